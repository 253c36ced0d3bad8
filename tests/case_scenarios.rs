//! Runs `tests/vectors/case_scenarios.json` (written by `generate_case_scenarios.py`, deadlines
//! derived by hand) against `lapor_core::Case`.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use lapor_core::{
    read_event_log, Actor, AgencyDirectory, Case, CategoryTree, Command, Context, Event, LogErrors,
    Redactor, SlaPolicy, TrackingId, WorkingCalendar,
};
use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
struct Vectors {
    agencies: Value,
    categories: Value,
    tracking_id: u64,
    scenarios: Vec<Scenario>,
    log: Log,
    replay: Replay,
}

#[derive(Deserialize)]
struct Scenario {
    name: String,
    #[serde(default)]
    policy: Option<Value>,
    #[serde(default)]
    known_cases: BTreeMap<String, DateTime<Utc>>,
    steps: Vec<Step>,
}

#[derive(Deserialize)]
struct Step {
    #[serde(default)]
    at: Option<DateTime<Utc>>,
    #[serde(default)]
    actor: Option<Actor>,
    #[serde(default)]
    command: Option<Value>,
    #[serde(default)]
    advance_to: Option<DateTime<Utc>>,
    #[serde(default)]
    events: Vec<(String, DateTime<Utc>)>,
    #[serde(default)]
    error: Option<String>,
    #[serde(default)]
    expect: Option<Expect>,
}

#[derive(Deserialize)]
struct Expect {
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    holder: Option<Value>,
    #[serde(default)]
    sla: serde_json::Map<String, Value>,
    #[serde(default)]
    public_visibility: Option<String>,
    #[serde(default)]
    duplicate_of: Option<u64>,
}

#[derive(Deserialize)]
struct Log {
    lines: Vec<String>,
    good: usize,
    bad_lines: Vec<usize>,
    replay_error: String,
    replay_error_line: usize,
}

#[derive(Deserialize)]
struct Replay {
    events: Vec<Value>,
    error: String,
    line: usize,
}

fn check(name: &str, i: usize, case: &Case, ctx: &Context<'_>, at: DateTime<Utc>, e: &Expect) {
    let whr = format!("{name} step {i}");
    if let Some(s) = &e.status {
        assert_eq!(case.status().as_str(), s, "{whr}: status");
    }
    if let Some(h) = &e.holder {
        assert_eq!(
            &serde_json::to_value(case.holder()).unwrap(),
            h,
            "{whr}: holder"
        );
    }
    let sla = case.sla(ctx, at).unwrap();
    for (key, want) in &e.sla {
        // `completion` is a metric's first clock, `completion#2` its second, `completion@pemkot`
        // the first of the branch sent to pemkot.
        let (name, branch) = match key.split_once('@') {
            Some((n, b)) => (n, Some(b)),
            None => (key.as_str(), None),
        };
        let (metric, round) = match name.split_once('#') {
            Some((m, r)) => (m, r.parse::<u32>().unwrap()),
            None => (name, 1),
        };
        let got = sla
            .iter()
            .find(|m| {
                m.metric.as_str() == metric
                    && m.round == round
                    && m.branch.as_ref().map(|b| b.as_str()) == branch
            })
            .unwrap_or_else(|| panic!("{whr}: no metric {key}"));
        let got = serde_json::to_value(got).unwrap();
        assert_eq!(got["state"], want["state"], "{whr}: {key} {got}");
        if let Some(due) = want.get("due") {
            assert_eq!(&got["due"], due, "{whr}: {key} due");
        }
        if let Some(r) = want.get("responsible") {
            assert_eq!(&got["responsible"], r, "{whr}: {key} responsible");
        }
    }
    let public: Value =
        serde_json::from_str(&case.public_view(&Redactor::default()).to_json()).unwrap();
    if let Some(v) = &e.public_visibility {
        assert_eq!(
            public["content"]["visibility"],
            v.as_str(),
            "{whr}: {public}"
        );
    }
    if let Some(of) = e.duplicate_of {
        assert_eq!(public["duplicate_of"], of, "{whr}: {public}");
    }
}

#[test]
fn scenarios() {
    let v: Vectors = lapor_tests::load("case_scenarios.json");
    let dir = AgencyDirectory::from_json(&v.agencies.to_string()).unwrap();
    let cal = WorkingCalendar::indonesia();
    let categories = CategoryTree::from_json(&v.categories.to_string()).unwrap();
    let mut steps_run = 0;
    for s in &v.scenarios {
        let policy = match &s.policy {
            Some(p) => SlaPolicy::from_json(&p.to_string()).unwrap(),
            None => SlaPolicy::permenpanrb_62_2018(),
        };
        let known: BTreeMap<TrackingId, DateTime<Utc>> = s
            .known_cases
            .iter()
            .map(|(id, at)| (TrackingId(id.parse().unwrap()), *at))
            .collect();
        let ctx = Context::new(&dir, &cal, &policy)
            .with_categories(&categories)
            .with_cases(&known);
        let mut case: Option<Case> = None;
        for (i, step) in s.steps.iter().enumerate() {
            steps_run += 1;
            let whr = format!("{} step {i}", s.name);
            let (at, result) = if let Some(at) = step.advance_to {
                let c = case.as_mut().expect("advance before submit");
                let events = c.advance(&ctx, at).unwrap();
                let got: Vec<(String, DateTime<Utc>)> = events
                    .iter()
                    .map(|e| (e.kind.as_str().to_string(), e.at))
                    .collect();
                assert_eq!(got, step.events, "{whr}: events");
                (at, Ok(()))
            } else {
                let at = step.at.expect("at");
                let actor = step.actor.clone().expect("actor");
                let command =
                    Command::from_json(&step.command.as_ref().expect("command").to_string())
                        .unwrap_or_else(|e| panic!("{whr}: {e}"));
                let result = match (&mut case, command) {
                    (None, Command::Submit { report }) => {
                        Case::submit(&ctx, &actor, TrackingId(v.tracking_id), *report, at)
                            .map(|c| case = Some(c))
                    }
                    (Some(c), command) => {
                        let before = c.clone();
                        let r = c.handle(&ctx, &actor, &command, at).map(|_| ());
                        if r.is_err() {
                            assert_eq!(c, &before, "{whr}: a refused command changed the case");
                        }
                        r
                    }
                    (None, _) => panic!("{whr}: command before submit"),
                };
                (at, result)
            };
            match (&step.error, result) {
                (Some(code), Err(e)) => assert_eq!(e.code(), code, "{whr}: {e}"),
                (Some(code), Ok(())) => panic!("{whr}: expected {code}, got success"),
                (None, Err(e)) => panic!("{whr}: unexpected error {e}"),
                (None, Ok(())) => {}
            }
            if let (Some(e), Some(c)) = (&step.expect, &case) {
                check(&s.name, i, c, &ctx, at, e);
            }
        }
        // Every scenario's log replays to the same case.
        if let Some(c) = &case {
            assert_eq!(
                &Case::replay(&ctx, c.events()).unwrap(),
                c,
                "{}: replay",
                s.name
            );
        }
    }
    assert!(steps_run >= 120, "{steps_run}");
}

#[test]
fn event_log_lines() {
    let v: Vectors = lapor_tests::load("case_scenarios.json");
    let text = v.log.lines.join("\n");
    let err = read_event_log(&text, LogErrors::Stop).unwrap_err();
    assert_eq!(err.code(), "log_line");
    let log = read_event_log(&text, LogErrors::Collect).unwrap();
    assert_eq!(log.events.len(), v.log.good);
    let bad: Vec<usize> = log
        .errors
        .iter()
        .map(|e| {
            serde_json::from_str::<Value>(&e.to_json()).unwrap()["line"]
                .as_u64()
                .unwrap() as usize
        })
        .collect();
    assert_eq!(bad, v.log.bad_lines);
    let dir = AgencyDirectory::from_json(&v.agencies.to_string()).unwrap();
    let (cal, policy) = (
        WorkingCalendar::indonesia(),
        SlaPolicy::permenpanrb_62_2018(),
    );
    let ctx = Context::new(&dir, &cal, &policy);
    let err = log.into_cases(&ctx).unwrap_err();
    assert_eq!(
        rejected(&err),
        (v.log.replay_error.as_str(), v.log.replay_error_line)
    );
    let events: Vec<Event> = v
        .replay
        .events
        .iter()
        .map(|e| Event::from_json(&e.to_string()).unwrap())
        .collect();
    let err = Case::replay(&ctx, &events).unwrap_err();
    assert_eq!(rejected(&err), (v.replay.error.as_str(), v.replay.line));
}

/// The reason's code and the line of an `event_rejected` error.
fn rejected(e: &lapor_core::Error) -> (&'static str, usize) {
    match e {
        lapor_core::Error::EventRejected { reason, line, .. } => (reason.code(), *line),
        other => panic!("expected event_rejected, got {other}"),
    }
}
