//! Runs `tests/vectors/privacy_attacks.json` (written by `generate_privacy_attacks.py`): every
//! way an anonymous reporter's identity or an unverified report was shown to leak, through the
//! public API. The Python, Kotlin and JS suites run the same file.

use chrono::{TimeZone as _, Utc};
use lapor_core::{
    read_event_log, validate_report, AgencyDirectory, Case, Error, Identity, Lang, LogErrors,
    RedactStyle, Redactor, RegionCode, Report, ReportForm, Reporter, SlaPolicy, Viewer,
    WorkingCalendar, World,
};
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;

#[derive(Deserialize)]
struct Vectors {
    agencies: Value,
    views: Vec<ViewAttack>,
    replay: Vec<ReplayAttack>,
    redaction: Vec<RedactionAttack>,
    errors: Vec<ErrorAttack>,
    pseudonym_keys: Vec<Key>,
    forms: Vec<FormAttack>,
}

#[derive(Deserialize)]
struct ViewAttack {
    name: String,
    log: Vec<Value>,
    expect: BTreeMap<String, Expect>,
}

#[derive(Deserialize)]
struct Expect {
    absent: Vec<String>,
    present: Vec<String>,
}

#[derive(Deserialize)]
struct ReplayAttack {
    name: String,
    log: Vec<Value>,
    error: Rejected,
}

#[derive(Deserialize)]
struct Rejected {
    reason: String,
    line: usize,
}

#[derive(Deserialize)]
struct RedactionAttack {
    name: String,
    identity: Value,
    text: String,
    #[serde(default)]
    style_key_hex: Option<String>,
    absent: Vec<String>,
    present: Vec<String>,
}

#[derive(Deserialize)]
struct ErrorAttack {
    name: String,
    target: String,
    input: String,
    absent: Vec<String>,
    #[serde(default)]
    code: Option<String>,
}

#[derive(Deserialize)]
struct Key {
    key_hex: String,
    ok: bool,
}

#[derive(Deserialize)]
struct FormAttack {
    name: String,
    form: Value,
    #[serde(default)]
    warning: Option<Value>,
    #[serde(default)]
    absent: Vec<String>,
}

fn world(v: &Vectors) -> World {
    World::new(
        AgencyDirectory::from_json(&v.agencies.to_string()).unwrap(),
        WorkingCalendar::indonesia(),
        SlaPolicy::permenpanrb_62_2018(),
    )
    .unwrap()
}

fn jsonl(log: &[Value]) -> String {
    log.iter().map(|e| format!("{e}\n")).collect()
}

fn check(name: &str, what: &str, text: &str, absent: &[String], present: &[String]) {
    for s in absent {
        assert!(
            !text.contains(s.as_str()),
            "{name} {what}: {s:?} leaks in {text}"
        );
    }
    for s in present {
        assert!(
            text.contains(s.as_str()),
            "{name} {what}: missing {s:?} in {text}"
        );
    }
}

#[test]
fn views_leak_nothing() {
    let v: Vectors = lapor_tests::load("privacy_attacks.json");
    let world = world(&v);
    let ctx = world.context();
    assert!(v.views.len() >= 10);
    for a in &v.views {
        let log = read_event_log(&jsonl(&a.log), LogErrors::Stop).unwrap();
        let case = Case::replay(&ctx, &log.events).unwrap_or_else(|e| panic!("{}: {e}", a.name));
        for (viewer, expect) in &a.expect {
            let viewer: Viewer = serde_json::from_value(Value::String(viewer.clone())).unwrap();
            // Whatever style the caller's redactor uses, the reporter's identity is a label.
            for redactor in [
                Redactor::default(),
                Redactor::default()
                    .with_style(RedactStyle::pseudonym(*b"a data-export key").unwrap()),
            ] {
                let json = case.view(viewer, &redactor).to_json();
                check(
                    &a.name,
                    &format!("{viewer:?}"),
                    &json,
                    &expect.absent,
                    &expect.present,
                );
            }
            // The Open311 export contains nothing the public view leaves out.
            if viewer == Viewer::Public {
                let at = case.last_event_at();
                let o = case.to_open311(&ctx, at, &Redactor::default()).unwrap();
                let json = serde_json::to_string(&o).unwrap();
                check(&a.name, "open311", &json, &expect.absent, &[]);
            }
        }
    }
}

#[test]
fn replay_refuses_what_commands_refuse() {
    let v: Vectors = lapor_tests::load("privacy_attacks.json");
    let world = world(&v);
    let ctx = world.context();
    for a in &v.replay {
        let log = read_event_log(&jsonl(&a.log), LogErrors::Stop).unwrap();
        match log.into_cases(&ctx) {
            Err(Error::EventRejected { reason, line, .. }) => {
                assert_eq!(
                    (reason.code(), line),
                    (a.error.reason.as_str(), a.error.line),
                    "{}",
                    a.name
                )
            }
            other => panic!("{}: expected event_rejected, got {other:?}", a.name),
        }
    }
}

#[test]
fn redaction_with_the_identity() {
    let v: Vectors = lapor_tests::load("privacy_attacks.json");
    for a in &v.redaction {
        let who = Reporter::from_json(&a.identity.to_string()).unwrap();
        let mut r = Redactor::default().with_identity(Identity::of(&who));
        if let Some(hex) = &a.style_key_hex {
            r = r.with_style(RedactStyle::pseudonym_from_hex(hex).unwrap());
        }
        let out = r.redact(&a.text).text;
        check(&a.name, "redaction", &out, &a.absent, &a.present);
        assert_eq!(r.redact(&out).text, out, "{}: idempotent", a.name);
    }
}

#[test]
fn errors_never_quote_the_input() {
    let v: Vectors = lapor_tests::load("privacy_attacks.json");
    for a in &v.errors {
        let err = match a.target.as_str() {
            "report" => Report::from_json(&a.input).unwrap_err(),
            "region_code" => RegionCode::parse(&a.input).unwrap_err(),
            other => panic!("unknown target {other}"),
        };
        if let Some(code) = &a.code {
            assert_eq!(err.code(), code, "{}", a.name);
        }
        for text in [err.to_string(), err.message(Lang::Id)] {
            check(&a.name, "message", &text, &a.absent, &[]);
        }
    }
}

#[test]
fn pseudonym_keys_of_sixteen_bytes_or_more() {
    let v: Vectors = lapor_tests::load("privacy_attacks.json");
    for k in &v.pseudonym_keys {
        let got = RedactStyle::pseudonym_from_hex(&k.key_hex);
        assert_eq!(got.is_ok(), k.ok, "{}", k.key_hex);
        if let Err(e) = got {
            assert_eq!(e.code(), "pseudonym_key");
        }
    }
}

#[test]
fn forms_warn_and_never_echo() {
    let v: Vectors = lapor_tests::load("privacy_attacks.json");
    let now = Utc.with_ymd_and_hms(2025, 3, 10, 0, 0, 0).unwrap();
    for a in &v.forms {
        let form = ReportForm::from_json(&a.form.to_string()).unwrap();
        let out = validate_report(&form, now);
        if let Some(w) = &a.warning {
            assert!(
                out.issues.iter().any(|i| i.code == w["code"]
                    && i.field == w["field"]
                    && i.pii_kind.map(|k| k.as_str()) == w["pii_kind"].as_str()),
                "{}: {:?}",
                a.name,
                out.issues
            );
        }
        for i in &out.issues {
            check(&a.name, &i.code, &i.message_id, &a.absent, &[]);
            check(&a.name, &i.code, &i.message_en, &a.absent, &[]);
        }
    }
}
