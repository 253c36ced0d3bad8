//! Replaying and evaluating a synthetic log of 100,000 cases (about 6–8 events each).
//!
//! Run: `cargo bench -p lapor-core --bench cases`. The set-up prints the log's size and one
//! timed pass (cases per second for replay, for SLA evaluation, and for both); criterion then
//! times `replay` (JSON-free: events already parsed, grouped by tracking id and folded into
//! cases), `replay_owned` (the same, taking ownership of the events: what a parsed log does),
//! `evaluate` (every metric of every case at one instant) and `parse_and_replay`
//! (from JSON Lines text). `thrpt` is in cases per second.

use std::hint::black_box;
use std::time::Instant;

use chrono::{TimeZone as _, Utc};
use criterion::{criterion_main, BatchSize, Criterion, Throughput};
use lapor_core::{
    analytics, cases_from_events, cases_from_owned_events, read_event_log, synthetic,
    write_event_log, Context, LogErrors, SlaPolicy, WorkingCalendar,
};

const CASES: usize = 100_000;

fn bench(c: &mut Criterion) {
    let dir = synthetic::directory();
    let (cal, policy) = (
        WorkingCalendar::indonesia(),
        SlaPolicy::permenpanrb_62_2018(),
    );
    let ctx = Context::new(&dir, &cal, &policy);
    let t0 = Instant::now();
    let events = synthetic::event_log(&ctx, 2025, CASES).expect("synthetic log");
    let text = write_event_log(&events);
    println!(
        "synthetic log: {CASES} cases, {} events ({:.2} per case), {:.1} MB of JSON Lines, generated in {:.2?}",
        events.len(),
        events.len() as f64 / CASES as f64,
        text.len() as f64 / 1e6,
        t0.elapsed()
    );
    let now = Utc
        .with_ymd_and_hms(2025, 12, 31, 0, 0, 0)
        .single()
        .expect("instant");

    // One plain timed pass, printed as cases per second.
    let t = Instant::now();
    let cases = cases_from_events(&ctx, &events).expect("replay");
    let replay = t.elapsed();
    // Baseline in the same process: folding the same events without any check
    // (`Case::rewound` refolds a case's own, already checked, events).
    let t = Instant::now();
    let folded: usize = cases
        .iter()
        .map(|c| c.rewound(c.events().len()).events().len())
        .sum();
    let fold = t.elapsed();
    assert_eq!(folded, events.len());
    println!(
        "checked replay: {:.2}x the time of folding the same events without checks",
        replay.as_secs_f64() / fold.as_secs_f64()
    );
    let t = Instant::now();
    let mut metrics = 0usize;
    for case in &cases {
        metrics += case.sla(&ctx, now).expect("sla").len();
    }
    let evaluate = t.elapsed();
    let rate = |d: std::time::Duration| CASES as f64 / d.as_secs_f64();
    println!(
        "one pass: replay {:.0} cases/s, evaluate {:.0} cases/s ({metrics} metrics), replay + evaluate {:.0} cases/s",
        rate(replay),
        rate(evaluate),
        rate(replay + evaluate)
    );

    // CPU time of this thread (the machine is shared: wall time is noisy), over ten passes:
    // one million case evaluations.
    let cpu0 = thread_cpu_ns();
    let t = Instant::now();
    let mut n = 0usize;
    for _ in 0..10 {
        for case in &cases {
            n += case.sla(&ctx, black_box(now)).map_or(0, |m| m.len());
        }
    }
    let (wall, cpu) = (t.elapsed(), thread_cpu_ns().saturating_sub(cpu0));
    black_box(n);
    println!(
        "1,000,000 evaluations (10 passes): wall {:.3} s, thread cpu {:.3} s: {:.0} cases/s of cpu",
        wall.as_secs_f64(),
        cpu as f64 / 1e9,
        10.0 * CASES as f64 / (cpu as f64 / 1e9)
    );

    // The analytics table (one row per case and metric), as the bindings build it.
    let cpu0 = thread_cpu_ns();
    let mut rows = 0usize;
    for _ in 0..5 {
        rows += analytics::evaluate_sla(black_box(&cases), &ctx, now)
            .expect("table")
            .len();
    }
    let cpu = thread_cpu_ns().saturating_sub(cpu0);
    println!(
        "analytics::evaluate_sla, 5 x {CASES} cases ({} rows each): thread cpu {:.3} s: {:.0} cases/s of cpu",
        rows / 5,
        cpu as f64 / 1e9,
        5.0 * CASES as f64 / (cpu as f64 / 1e9)
    );

    let mut group = c.benchmark_group("cases_100k");
    group.sample_size(10);
    group.throughput(Throughput::Elements(CASES as u64));
    group.bench_function("replay", |b| {
        b.iter(|| black_box(cases_from_events(&ctx, black_box(&events)).map(|c| c.len())))
    });
    group.bench_function("replay_owned", |b| {
        b.iter_batched(
            || events.clone(),
            |events| black_box(cases_from_owned_events(&ctx, events).map(|c| c.len())),
            BatchSize::LargeInput,
        )
    });
    group.bench_function("evaluate", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for case in &cases {
                n += case.sla(&ctx, black_box(now)).map_or(0, |m| m.len());
            }
            black_box(n)
        })
    });
    group.bench_function("replay_and_evaluate", |b| {
        b.iter(|| {
            let cases = cases_from_events(&ctx, black_box(&events)).expect("replay");
            let mut n = 0usize;
            for case in &cases {
                n += case.sla(&ctx, black_box(now)).map_or(0, |m| m.len());
            }
            black_box(n)
        })
    });
    group.bench_function("parse_and_replay", |b| {
        b.iter(|| {
            let log = read_event_log(black_box(&text), LogErrors::Stop).expect("log");
            black_box(cases_from_owned_events(&ctx, log.events).map(|c| c.len()))
        })
    });
    group.finish();
}

/// Nanoseconds this thread has run on a CPU (Linux `/proc/thread-self/schedstat`; 0 elsewhere).
fn thread_cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|v| v.parse().ok()))
        .unwrap_or(0)
}

#[allow(missing_docs)]
mod group {
    criterion::criterion_group!(benches, super::bench);
}
use group::benches;
criterion_main!(benches);
