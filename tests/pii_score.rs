//! The one scorer of PII quality: exact-span F1, leak and PII-free texts touched, over a
//! corpus of annotated texts (JSON Lines: `{"id", "text", "spans": [{"start", "end", "label"}]}`,
//! offsets in code points, end exclusive). Used by `tests/pii_quality.rs` and by the
//! `pii-score` command (`cargo run -p lapor-tests --bin pii-score -- CORPUS [PREDICTIONS]`).
//!
//! - exact-span F1: a predicted span counts when its start, end and label equal a gold span's;
//! - leak: the share of non-whitespace characters inside gold spans that no predicted span covers;
//! - touched: the share of PII-free texts with any predicted span.

use std::collections::BTreeSet;

use lapor_core::Redactor;
use serde::Deserialize;

/// One annotated text.
#[derive(Debug, Clone, Deserialize)]
pub struct Row {
    /// The text's id.
    pub id: String,
    /// The text.
    pub text: String,
    /// Its spans (code points, end exclusive).
    pub spans: Vec<Span>,
}

/// A span of personal data.
#[derive(Debug, Clone, Deserialize)]
pub struct Span {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The kind's label (`NIK`, `PERSON`…).
    pub label: String,
}

/// Spans as a set of `(start, end, label)`.
pub type Spans = BTreeSet<(usize, usize, String)>;

/// The scores of one corpus.
#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    /// Texts scored.
    pub texts: usize,
    /// Exact-span F1.
    pub f1: f64,
    /// Share of gold non-whitespace characters no predicted span covers.
    pub leak: f64,
    /// Share of PII-free texts with a predicted span.
    pub touched: f64,
    /// The ids of the PII-free texts touched, with what was predicted.
    pub touched_ids: Vec<(String, Spans)>,
}

/// Reads a corpus (or a predictions file, in the same format). Blank lines are skipped; a line
/// that is not a record is an error naming it.
pub fn read(text: &str) -> Result<Vec<Row>, String> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| serde_json::from_str(l).map_err(|e| format!("line {}: {e}", i + 1)))
        .collect()
}

/// What `redactor` finds in `text`, in code points.
pub fn predict(redactor: &Redactor, text: &str) -> Spans {
    let found = redactor.detect(text);
    let offsets = lapor_core::PiiSpan::offsets_in(text, &found, lapor_core::TextUnit::CodePoints);
    found
        .iter()
        .zip(offsets)
        .map(|(s, (start, end))| (start, end, s.kind.as_str().to_string()))
        .collect()
}

/// Scores `predicted` (one set of spans per gold row) against `gold`.
pub fn score(gold: &[Row], mut predicted: impl FnMut(&Row) -> Spans) -> Score {
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let (mut gold_chars, mut leaked) = (0usize, 0usize);
    let (mut clean, mut touched_ids) = (0usize, Vec::new());
    for row in gold {
        let pred = predicted(row);
        let want: Spans = row
            .spans
            .iter()
            .map(|s| (s.start, s.end, s.label.clone()))
            .collect();
        tp += want.intersection(&pred).count();
        fn_ += want.difference(&pred).count();
        fp += pred.difference(&want).count();
        let chars: Vec<char> = row.text.chars().collect();
        for s in &row.spans {
            for i in s.start..s.end {
                if chars.get(i).is_some_and(|c| !c.is_whitespace()) {
                    gold_chars += 1;
                    if !pred.iter().any(|(a, b, _)| *a <= i && i < *b) {
                        leaked += 1;
                    }
                }
            }
        }
        if row.spans.is_empty() {
            clean += 1;
            if !pred.is_empty() {
                touched_ids.push((row.id.clone(), pred));
            }
        }
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    Score {
        texts: gold.len(),
        f1: if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        },
        leak: leaked as f64 / gold_chars.max(1) as f64,
        touched: touched_ids.len() as f64 / clean.max(1) as f64,
        touched_ids,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_perfect_prediction_scores_one_and_a_miss_leaks() {
        let gold = read(
            r#"{"id": "a", "text": "NIK 3273056010900009 ok", "spans": [{"start": 4, "end": 20, "label": "NIK"}]}
{"id": "b", "text": "tanpa data pribadi", "spans": []}"#,
        )
        .unwrap();
        let exact = score(&gold, |row| {
            row.spans
                .iter()
                .map(|s| (s.start, s.end, s.label.clone()))
                .collect()
        });
        assert_eq!((exact.f1, exact.leak, exact.touched), (1.0, 0.0, 0.0));
        let nothing = score(&gold, |_| Spans::new());
        assert_eq!((nothing.f1, nothing.leak), (0.0, 1.0));
        let wrong = score(&gold, |row| {
            [(0, 3, "PERSON".to_string())]
                .into_iter()
                .filter(|_| row.id == "b")
                .collect()
        });
        assert_eq!(wrong.touched, 1.0);
        assert_eq!(wrong.touched_ids[0].0, "b");
        assert!(read("not json").unwrap_err().starts_with("line 1"));
    }
}
