//! `Redactor::detect` and `Redactor::redact` over realistic complaint texts, against a plain copy
//! of the same texts in the same run (the least any redactor must do: write its output).
//!
//! Run: `cargo bench -p lapor-core --bench pii`. The corpus is the title and body of the 300
//! sample reports of the demo (`examples/data/reports.jsonl`: Indonesian complaint texts, some
//! with the reporter's NIK, phone numbers, names and addresses). Each iteration handles the whole
//! corpus: the `pii_bytes` group reports MiB/s, the `pii_texts` group texts/s.

use std::hint::black_box;

use criterion::{criterion_main, Criterion, Throughput};
use lapor_core::{Redactor, Report};

fn corpus() -> Vec<String> {
    include_str!("../../examples/data/reports.jsonl")
        .lines()
        .filter_map(|line| Report::from_json(line).ok())
        .flat_map(|r| [r.title.clone(), r.body.clone()])
        .collect()
}

fn bench(c: &mut Criterion) {
    let texts = corpus();
    assert!(texts.len() >= 600, "the sample reports did not load");
    let bytes: usize = texts.iter().map(String::len).sum();
    let redactor = Redactor::default();
    let found: usize = texts.iter().map(|t| redactor.detect(t).len()).sum();
    println!(
        "corpus: {} texts, {} bytes, {} PII spans found",
        texts.len(),
        bytes,
        found
    );
    for (group_name, throughput) in [
        ("pii_bytes", Throughput::Bytes(bytes as u64)),
        ("pii_texts", Throughput::Elements(texts.len() as u64)),
    ] {
        let mut group = c.benchmark_group(group_name);
        group.throughput(throughput);
        group.bench_function("copy_baseline", |b| {
            b.iter(|| {
                for t in &texts {
                    black_box(String::from(black_box(t.as_str())));
                }
            })
        });
        group.bench_function("detect", |b| {
            b.iter(|| {
                for t in &texts {
                    black_box(redactor.detect(black_box(t)));
                }
            })
        });
        group.bench_function("redact", |b| {
            b.iter(|| {
                for t in &texts {
                    black_box(redactor.redact(black_box(t)));
                }
            })
        });
        group.finish();
    }
}

#[allow(missing_docs)]
mod group {
    criterion::criterion_group!(benches, super::bench);
}
use group::benches;
criterion_main!(benches);
