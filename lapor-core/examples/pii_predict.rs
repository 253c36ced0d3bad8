//! Runs the PII redactor over a JSON Lines corpus and prints predictions for the scorer.
//!
//! Input (stdin): one `{"id": …, "text": …}` object per line (other fields are ignored).
//! Output (stdout): one `{"id": …, "spans": [{"start", "end", "label", "confidence"}]}` per line,
//! offsets in Unicode code points (Python `str` indices), as `score.py` expects.
//!
//! ```sh
//! cargo run -p lapor-core --example pii_predict < corpus.jsonl > pred.jsonl
//! python3 score.py corpus.jsonl pred.jsonl
//! ```

use std::io::{self, BufRead, BufWriter, Write};

use lapor_core::Redactor;
use serde_json::{json, Value};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let redactor = Redactor::default();
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let row: Value = serde_json::from_str(&line).map_err(|e| format!("line {}: {e}", n + 1))?;
        let text = row
            .get("text")
            .and_then(Value::as_str)
            .ok_or_else(|| format!("line {}: no \"text\"", n + 1))?;
        let spans: Vec<Value> = redactor
            .detect(text)
            .into_iter()
            .map(|s| {
                // Byte offsets → code-point offsets.
                let start = text[..s.range.start].chars().count();
                let end = start + text[s.range.clone()].chars().count();
                json!({"start": start, "end": end, "label": s.kind.as_str(), "confidence": s.confidence})
            })
            .collect();
        let id = row.get("id").cloned().unwrap_or(Value::Null);
        writeln!(out, "{}", json!({"id": id, "spans": spans}))?;
    }
    out.flush()?;
    Ok(())
}
