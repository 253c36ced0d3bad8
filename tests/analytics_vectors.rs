//! Runs `tests/vectors/analytics.json` against `lapor_core::analytics`: a small synthetic log
//! (8 cases, the synthetic directory), an as-of instant, the per-case SLA rows and the
//! summaries by agency, province and kind. The expected values were produced by the core and
//! checked by hand on a few rows (see the vector's `description`); every binding runs the same
//! file. Regenerate with `LAPOR_WRITE_VECTORS=1 cargo test -p lapor-tests --test analytics_vectors`.

use chrono::{DateTime, TimeZone as _, Utc};
use lapor_core::analytics::{evaluate_sla, summarize, Column, ColumnData, GroupBy};
use lapor_core::{
    cases_from_owned_events, read_event_log, synthetic, write_event_log, AgencyDirectory, Context,
    LogErrors, SlaPolicy, WorkingCalendar,
};
use serde_json::{json, Map, Value};

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/vectors/analytics.json");

/// Columns as a list of row objects: instants as RFC 3339 (`Z`), missing values as null.
fn rows(columns: &[Column<'_>]) -> Vec<Value> {
    let n = columns.first().map_or(0, |c| c.data.len());
    (0..n)
        .map(|i| {
            let mut row = Map::new();
            for c in columns {
                let v = match &c.data {
                    ColumnData::U64(v) => json!(v[i]),
                    ColumnData::Bool(v) => json!(v[i]),
                    ColumnData::F64(v) => v[i].map_or(Value::Null, |f| json!(f)),
                    ColumnData::Micros(v) => v[i].map_or(Value::Null, |m| {
                        let t = DateTime::<Utc>::from_timestamp_micros(m).expect("instant");
                        json!(t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true))
                    }),
                    ColumnData::Dict { keys, values } => json!(values[keys[i] as usize]),
                };
                row.insert(c.name.to_string(), v);
            }
            Value::Object(row)
        })
        .collect()
}

fn close(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            let (x, y) = (
                x.as_f64().unwrap_or(f64::NAN),
                y.as_f64().unwrap_or(f64::NAN),
            );
            (x - y).abs() <= 1e-9 * x.abs().max(1.0)
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| close(v, w)))
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(v, w)| close(v, w))
        }
        _ => a == b,
    }
}

#[test]
fn analytics_vectors() {
    let write = std::env::var_os("LAPOR_WRITE_VECTORS").is_some();
    let vectors: Value = if write {
        let dir = synthetic::directory();
        let (cal, policy) = (
            WorkingCalendar::indonesia(),
            SlaPolicy::permenpanrb_62_2018(),
        );
        let ctx = Context::new(&dir, &cal, &policy);
        let events = synthetic::event_log(&ctx, 11, 8).expect("log");
        let lines: Vec<Value> = write_event_log(&events)
            .lines()
            .map(|l| serde_json::from_str(l).expect("json"))
            .collect();
        json!({
            "description": "Analytics over a small log: `log` holds the events (one JSON Lines line each), `agencies` the directory, `as_of` the instant; `sla_rows` is evaluate_sla (one row per case and metric; instants RFC 3339 UTC, `used` in the budget's unit), `summaries` is summarize by each key (percentages 0-100, null when nothing to count). Produced by lapor-core; hand-checked: the counts by status add up to `cases`, each case has a verification row, and rows with a stop before the due instant are met.",
            "agencies": serde_json::from_str::<Value>(&dir.to_json()).expect("json"),
            "as_of": "2025-07-01T00:00:00Z",
            "log": lines,
        })
    } else {
        serde_json::from_str(&std::fs::read_to_string(PATH).expect("vector file")).expect("json")
    };
    let dir = AgencyDirectory::from_json(&vectors["agencies"].to_string()).expect("directory");
    let (cal, policy) = (
        WorkingCalendar::indonesia(),
        SlaPolicy::permenpanrb_62_2018(),
    );
    let ctx = Context::new(&dir, &cal, &policy);
    let text: String = vectors["log"]
        .as_array()
        .expect("log")
        .iter()
        .map(|e| e.to_string() + "\n")
        .collect();
    let log = read_event_log(&text, LogErrors::Stop).expect("log");
    let cases = cases_from_owned_events(&ctx, log.events).expect("replay");
    let as_of: DateTime<Utc> = vectors["as_of"]
        .as_str()
        .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
        .map(|t| t.with_timezone(&Utc))
        .expect("as_of");
    assert!(as_of > Utc.with_ymd_and_hms(2025, 1, 1, 0, 0, 0).unwrap());
    let sla_rows = rows(&evaluate_sla(&cases, &ctx, as_of).expect("sla").columns());
    let mut summaries = Map::new();
    for by in [GroupBy::Agency, GroupBy::Province, GroupBy::Kind] {
        let s = summarize(&cases, &ctx, as_of, by).expect("summary");
        summaries.insert(by.as_str().into(), Value::Array(rows(&s.columns())));
    }
    let got = json!({"sla_rows": sla_rows, "summaries": summaries});
    if write {
        let mut out = vectors.clone();
        out["expected"] = got;
        std::fs::write(
            PATH,
            serde_json::to_string_pretty(&out).expect("json") + "\n",
        )
        .expect("write");
        return;
    }
    assert!(
        close(&got, &vectors["expected"]),
        "analytics differ from the vector:\n{}",
        serde_json::to_string_pretty(&got).unwrap_or_default()
    );
}
