//! `pii-score CORPUS [PREDICTIONS]`: scores the redactor (or a predictions file in the corpus's
//! format, from any tool) against an annotated corpus, with the scorer of `tests/pii_quality.rs`.
//! Prints texts, exact-span F1, leak and PII-free texts touched; exits 2 on bad input.
//!
//! `pii-score CORPUS --write PREDICTIONS` writes the redactor's predictions instead, in the
//! corpus's format (for the guide's `score.py`, which breaks the figures down per label).

use std::collections::HashMap;

use lapor_core::Redactor;
use lapor_tests::pii_score::{predict, read, score, Spans};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let load = |path: &str| {
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("{path}: {e}")));
        read(&text).unwrap_or_else(|e| fail(&format!("{path}: {e}")))
    };
    let gold = match args.as_slice() {
        [corpus] | [corpus, _] => load(corpus),
        [corpus, flag, out] if flag == "--write" => {
            let r = Redactor::default();
            let lines: Vec<String> = load(corpus)
                .iter()
                .map(|row| {
                    let spans: Vec<_> = predict(&r, &row.text)
                        .into_iter()
                        .map(|(start, end, label)| {
                            serde_json::json!({"start": start, "end": end, "label": label})
                        })
                        .collect();
                    serde_json::json!({"id": row.id, "spans": spans}).to_string()
                })
                .collect();
            std::fs::write(out, lines.join("\n") + "\n")
                .unwrap_or_else(|e| fail(&format!("{out}: {e}")));
            return;
        }
        _ => fail("usage: pii-score CORPUS.jsonl [PREDICTIONS.jsonl | --write PREDICTIONS.jsonl]"),
    };
    let s = match args.get(1) {
        None => {
            let r = Redactor::default();
            score(&gold, |row| predict(&r, &row.text))
        }
        Some(path) => {
            let by_id: HashMap<String, Spans> = load(path)
                .into_iter()
                .map(|row| {
                    let spans = row
                        .spans
                        .into_iter()
                        .map(|s| (s.start, s.end, s.label))
                        .collect();
                    (row.id, spans)
                })
                .collect();
            score(&gold, |row| by_id.get(&row.id).cloned().unwrap_or_default())
        }
    };
    println!(
        "{} texts, exact-span F1 {:.3}, leak {:.3}, PII-free texts touched {:.3}",
        s.texts, s.f1, s.leak, s.touched
    );
}

fn fail(message: &str) -> ! {
    eprintln!("pii-score: {message}");
    std::process::exit(2)
}
