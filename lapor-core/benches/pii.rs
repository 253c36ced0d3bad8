//! `Redactor::detect` and `Redactor::redact` against a plain copy of the same texts in the same
//! run (the least any redactor must do: write its output).
//!
//! Run: `cargo bench -p lapor-core --bench pii`. The texts are the titles and bodies of the 300
//! sample reports of the demo (`examples/data/reports.jsonl`: Indonesian complaint texts, some
//! with the reporter's NIK, phone numbers, names and addresses).
//!
//! - `pii_short_bytes` / `pii_short_texts`: the texts of 100–400 bytes (the size citizens write),
//!   one iteration handles them all: MiB/s and texts/s.
//! - `pii_long`: `detect` on texts of 1 KB, 100 KB, 1 MB and 10 MB, all cut from the same 1 MB
//!   of bodies joined (the 1 MB split into 1,000 texts of 1 KB, into 10 of 100 KB; repeated ten
//!   times for 10 MB), so that every size reads the same content: the time per byte must stay
//!   flat. Before criterion runs, the bench prints ns per byte for each size (best of three
//!   runs) and the ratio of the largest to the smallest.

use std::hint::black_box;
use std::time::Instant;

use criterion::{criterion_main, BenchmarkId, Criterion, Throughput};
use lapor_core::{Redactor, Report};

fn texts() -> Vec<String> {
    include_str!("../../examples/data/reports.jsonl")
        .lines()
        .filter_map(|line| Report::from_json(line).ok())
        .flat_map(|r| [r.title, r.body])
        .collect()
}

/// The bodies joined (with a blank line between) and repeated to at least `size` bytes, then cut
/// at a `char` boundary.
fn long_text(texts: &[String], size: usize) -> String {
    let mut out = String::with_capacity(size + 4096);
    'fill: loop {
        for t in texts {
            out.push_str(t);
            out.push_str("\n\n");
            if out.len() >= size {
                break 'fill;
            }
        }
    }
    let mut cut = size;
    while !out.is_char_boundary(cut) {
        cut -= 1;
    }
    out.truncate(cut);
    out
}

/// The same 1 MB of text as pieces of `size` bytes (cut at `char` boundaries), or repeated to
/// `size` when it is larger.
fn pieces(base: &str, size: usize) -> Vec<String> {
    if size >= base.len() {
        return vec![base.repeat(size / base.len())];
    }
    let mut out = Vec::new();
    let mut at = 0;
    while at < base.len() {
        let mut end = (at + size).min(base.len());
        while !base.is_char_boundary(end) {
            end -= 1;
        }
        out.push(base[at..end].to_string());
        at = end;
    }
    out
}

const SIZES: [(usize, &str); 4] = [
    (1_000, "1KB"),
    (100_000, "100KB"),
    (1_000_000, "1MB"),
    (10_000_000, "10MB"),
];

fn bench(c: &mut Criterion) {
    let all = texts();
    assert!(all.len() >= 600, "the sample reports did not load");
    let short: Vec<String> = all
        .iter()
        .filter(|t| (100..=400).contains(&t.len()))
        .cloned()
        .collect();
    let bytes: usize = short.iter().map(String::len).sum();
    let redactor = Redactor::default();
    let found: usize = short.iter().map(|t| redactor.detect(t).len()).sum();
    println!(
        "short texts: {} texts of 100-400 bytes, {} bytes, {} PII spans found",
        short.len(),
        bytes,
        found
    );

    // Time per byte by size, printed first (criterion's own figures follow).
    let base = long_text(&all, 1_000_000);
    let sized: Vec<(&str, Vec<String>)> = SIZES
        .iter()
        .map(|&(size, name)| (name, pieces(&base, size)))
        .collect();
    let mut per_byte = Vec::new();
    for (name, texts) in &sized {
        let total: usize = texts.iter().map(String::len).sum();
        let best = (0..3)
            .map(|_| {
                let t = Instant::now();
                for text in texts {
                    black_box(redactor.detect(black_box(text)));
                }
                t.elapsed().as_nanos() as f64 / total as f64
            })
            .fold(f64::INFINITY, f64::min);
        println!("detect on {name:>5} texts: {best:6.1} ns per byte");
        per_byte.push(best);
    }
    let (lo, hi) = per_byte
        .iter()
        .fold((f64::INFINITY, 0f64), |(lo, hi), &x| (lo.min(x), hi.max(x)));
    println!("largest / smallest time per byte: {:.2}", hi / lo);

    for (group_name, throughput) in [
        ("pii_short_bytes", Throughput::Bytes(bytes as u64)),
        ("pii_short_texts", Throughput::Elements(short.len() as u64)),
    ] {
        let mut group = c.benchmark_group(group_name);
        group.throughput(throughput);
        group.bench_function("copy_baseline", |b| {
            b.iter(|| {
                for t in &short {
                    black_box(String::from(black_box(t.as_str())));
                }
            })
        });
        group.bench_function("detect", |b| {
            b.iter(|| {
                for t in &short {
                    black_box(redactor.detect(black_box(t)));
                }
            })
        });
        group.bench_function("redact", |b| {
            b.iter(|| {
                for t in &short {
                    black_box(redactor.redact(black_box(t)));
                }
            })
        });
        group.finish();
    }

    let mut group = c.benchmark_group("pii_long");
    group.sample_size(10);
    for (name, texts) in &sized {
        group.throughput(Throughput::Bytes(
            texts.iter().map(String::len).sum::<usize>() as u64,
        ));
        group.bench_with_input(BenchmarkId::new("copy_baseline", name), texts, |b, ts| {
            b.iter(|| {
                for t in ts {
                    black_box(String::from(black_box(t.as_str())));
                }
            })
        });
        group.bench_with_input(BenchmarkId::new("detect", name), texts, |b, ts| {
            b.iter(|| {
                for t in ts {
                    black_box(redactor.detect(black_box(t)));
                }
            })
        });
    }
    group.finish();
}

#[allow(missing_docs)]
mod group {
    criterion::criterion_group!(benches, super::bench);
}
use group::benches;
criterion_main!(benches);
