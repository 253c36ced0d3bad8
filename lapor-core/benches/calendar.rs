//! `add_working_days` with the rank tables against a plain day-by-day loop, in the same run.
//!
//! Run: `cargo bench -p lapor-core --bench calendar`. Each iteration of `tables` and `naive_loop`
//! is one call (cycling through 1,024 different start dates), so criterion's `time` is the time
//! per call and `thrpt` the calls per second. The bulk group handles 1,024 dates per iteration.

use std::collections::HashSet;
use std::hint::black_box;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use criterion::{criterion_main, BenchmarkId, Criterion, Throughput};
use lapor_core::WorkingCalendar;

/// What one would write without tables: step one day at a time, skipping weekends and holidays.
fn naive_add(holidays: &HashSet<NaiveDate>, date: NaiveDate, n: i64) -> NaiveDate {
    let mut cur = date;
    let mut left = n;
    while left > 0 {
        cur += Duration::days(1);
        let weekend = matches!(cur.weekday(), Weekday::Sat | Weekday::Sun);
        if !weekend && !holidays.contains(&cur) {
            left -= 1;
        }
    }
    cur
}

fn bench(c: &mut Criterion) {
    let cal = WorkingCalendar::indonesia();
    let holidays: HashSet<NaiveDate> = cal.holidays().iter().map(|h| h.date).collect();
    let first = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
    // 1,024 start dates spread over 2024-2025 (so that +60 working days stays in range).
    let dates: Vec<NaiveDate> = (0..1024)
        .map(|k| first + Duration::days((k * 7 + k / 3) % 700))
        .collect();
    for &n in &[3i64, 60] {
        // Same answers before timing anything.
        for &d in &dates {
            assert_eq!(
                cal.add_working_days(d, n).ok(),
                Some(naive_add(&holidays, d, n))
            );
        }
        let mut group = c.benchmark_group(format!("add_working_days_n{n}"));
        group.throughput(Throughput::Elements(1));
        group.bench_function(BenchmarkId::new("tables", n), |b| {
            let mut k = 0;
            b.iter(|| {
                k = (k + 1) & 1023;
                black_box(cal.add_working_days(black_box(dates[k]), black_box(n)).ok())
            })
        });
        group.bench_function(BenchmarkId::new("naive_loop", n), |b| {
            let mut k = 0;
            b.iter(|| {
                k = (k + 1) & 1023;
                black_box(naive_add(&holidays, black_box(dates[k]), black_box(n)))
            })
        });
        group.finish();
    }
    // The bulk form the Python and JS bindings call, on epoch days.
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
    let days: Vec<i64> = dates.iter().map(|d| (*d - epoch).num_days()).collect();
    let mut group = c.benchmark_group("add_working_days_many_n60");
    group.throughput(Throughput::Elements(days.len() as u64));
    group.bench_function("bulk", |b| {
        b.iter(|| black_box(cal.add_working_days_many(black_box(&days), &[60]).ok()))
    });
    group.finish();
}

#[allow(missing_docs)]
mod group {
    criterion::criterion_group!(benches, super::bench);
}
use group::benches;
criterion_main!(benches);
