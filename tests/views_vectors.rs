//! Runs `tests/vectors/views.json` (the visibility matrix, expectations written by hand in
//! `generate_views.py`) against `lapor_core::Case::view`.

use chrono::{DateTime, Utc};
use lapor_core::{
    Actor, AgencyDirectory, AgencyView, Case, Command, Context, Redactor, SlaPolicy, TrackingId,
    Viewer, WorkingCalendar,
};
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;

#[derive(Deserialize)]
struct Vectors {
    agencies: Value,
    tracking_id: u64,
    cells: Vec<Cell>,
}

#[derive(Deserialize)]
struct Cell {
    anonymous: bool,
    confidential: bool,
    steps: Vec<Step>,
    views: BTreeMap<String, Expect>,
    agency_anonymous_body: Option<String>,
}

#[derive(Deserialize)]
struct Step {
    at: DateTime<Utc>,
    actor: Actor,
    command: Command,
}

#[derive(Deserialize)]
struct Expect {
    present: Vec<String>,
    absent: Vec<String>,
}

#[test]
fn every_cell_of_the_visibility_matrix() {
    let v: Vectors = lapor_tests::load("views.json");
    let dir = AgencyDirectory::from_json(&v.agencies.to_string()).unwrap();
    let (cal, policy) = (
        WorkingCalendar::indonesia(),
        SlaPolicy::permenpanrb_62_2018(),
    );
    let ctx = Context::new(&dir, &cal, &policy);
    let redactor = Redactor::default();
    assert_eq!(v.cells.len(), 4);
    for cell in &v.cells {
        let name = format!("anonim={} rahasia={}", cell.anonymous, cell.confidential);
        let mut steps = cell.steps.iter();
        let first = steps.next().unwrap();
        let Command::Submit { report } = &first.command else {
            panic!("{name}: the first step submits");
        };
        let mut case = Case::submit(
            &ctx,
            &first.actor,
            TrackingId(v.tracking_id),
            (**report).clone(),
            first.at,
        )
        .unwrap();
        for s in steps {
            case.handle(&ctx, &s.actor, &s.command, s.at).unwrap();
        }
        assert_eq!(case.report().privacy.anonymous, cell.anonymous);
        assert_eq!(cell.views.len(), 4, "{name}: four viewers");
        for (viewer, expect) in &cell.views {
            let viewer: Viewer = serde_json::from_value(Value::String(viewer.clone())).unwrap();
            let json = case.view(viewer, &redactor).to_json();
            for s in &expect.present {
                assert!(
                    json.contains(s),
                    "{name} {viewer:?}: missing {s:?} in {json}"
                );
            }
            for s in &expect.absent {
                assert!(
                    !json.contains(s),
                    "{name} {viewer:?}: shows {s:?} in {json}"
                );
            }
        }
        match (case.agency_view(&redactor), &cell.agency_anonymous_body) {
            (AgencyView::Anonymous(seen), Some(body)) => assert_eq!(&seen.body, body, "{name}"),
            (AgencyView::Identified(_), None) => {}
            _ => panic!("{name}: wrong agency view"),
        }
    }
}
