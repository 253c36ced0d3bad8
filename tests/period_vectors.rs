//! Runs `tests/vectors/period_evaluation.json` (written by `generate_period_evaluation.py`, the
//! figures derived by hand) against `lapor_core::analytics::evaluate_period`: per period and
//! agency, every figure listed must match, and the rows must be exactly the agencies listed.

use lapor_core::analytics::{evaluate_period, ColumnData, Period, RankingPolicy};
use lapor_core::{
    cases_from_owned_events, AgencyDirectory, Context, Event, SlaPolicy, WorkingCalendar,
};
use serde_json::{json, Map, Value};

#[test]
fn period_evaluation_vectors() {
    let v: Value = lapor_tests::load("period_evaluation.json");
    let dir = AgencyDirectory::from_json(&v["agencies"].to_string()).unwrap();
    let (cal, policy) = (
        WorkingCalendar::indonesia(),
        SlaPolicy::permenpanrb_62_2018(),
    );
    let ctx = Context::new(&dir, &cal, &policy);
    let events: Vec<Event> = v["log"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| Event::from_json(&e.to_string()).unwrap())
        .collect();
    let cases = cases_from_owned_events(&ctx, events).unwrap();
    let ranking = RankingPolicy::from_json(&v["ranking"].to_string()).unwrap();
    let mut checked = 0;
    for (label, want) in v["expected"].as_object().unwrap() {
        let period = Period::parse(label).unwrap();
        let got = evaluate_period(&cases, &ctx, &period, &ranking).unwrap();
        assert_eq!(got.period, *label);
        let columns = got.columns();
        let mut rows: Map<String, Value> = Map::new();
        for i in 0..got.len() {
            let mut row = Map::new();
            for c in &columns {
                let value = match &c.data {
                    ColumnData::U64(v) => json!(v[i]),
                    ColumnData::F64(v) => v[i].map_or(Value::Null, |f| json!(f)),
                    ColumnData::Dict { keys, values } => json!(values[keys[i] as usize]),
                    other => panic!("unexpected column {other:?}"),
                };
                row.insert(c.name.to_string(), value);
            }
            rows.insert(got.key[i].clone(), Value::Object(row));
        }
        let want = want.as_object().unwrap();
        let keys: Vec<&String> = rows.keys().collect();
        assert_eq!(keys, want.keys().collect::<Vec<_>>(), "{label}: rows");
        for (key, figures) in want {
            for (name, expected) in figures.as_object().unwrap() {
                let actual = &rows[key][name];
                let same = match (actual.as_f64(), expected.as_f64()) {
                    (Some(a), Some(e)) => (a - e).abs() < 1e-9,
                    _ => actual == expected,
                };
                assert!(same, "{label} {key} {name}: {actual} != {expected}");
                checked += 1;
            }
        }
    }
    assert!(checked >= 60, "{checked}");
}
