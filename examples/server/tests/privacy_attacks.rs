//! `tests/vectors/privacy_attacks.json` (the repository's, as `tests/privacy_attacks.rs` runs
//! it on the core) replayed through the HTTP API: each attack's report is submitted, each later
//! event given as its command with the token of its actor, and every read a public caller or an
//! agency can make (the case, its timeline, its SLA rows, the Open311 request, the Open311 list)
//! is checked for the strings that must never appear, with every kind of token: none, each
//! agency's admin and liaison officer (handling the case or not), a wrong reporter.

mod common;

use axum::http::StatusCode;
use common::*;
use lapor_server::config::FileConfig;
use serde_json::{json, Value};

fn vectors() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/vectors/privacy_attacks.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn check(name: &str, what: &str, text: &str, absent: &[Value], present: &[Value]) {
    for s in absent {
        let s = s.as_str().unwrap();
        assert!(!text.contains(s), "{name} / {what}: {s:?} leaks in {text}");
    }
    for s in present {
        let s = s.as_str().unwrap();
        assert!(text.contains(s), "{name} / {what}: missing {s:?} in {text}");
    }
}

/// The command that produces an event (the event's fields are the command's).
fn command_of(event: &Value) -> Value {
    let name = event["event"].as_str().unwrap();
    let command = match name {
        "disposed" => "dispose",
        "disposed_many" => "dispose_many",
        "followed_up" => "follow_up",
        "replied" => "reply",
        "sub_disposed" => "sub_dispose",
        "declined" => "decline_authority",
        "deleted" => "delete",
        "withdrawn" => "withdraw",
        "archived" => "archive",
        "postponed" => "postpone",
        "resumed" => "resume",
        "closed" => "close",
        "reopened" => "reopen",
        "rerouted" => "reroute",
        "completed" => "complete",
        "tagged" => "tag",
        "category_set" => "set_category",
        "rated" => "rate",
        "reclassified" => "reclassify",
        other => panic!("no command for event {other}"),
    };
    let mut c = event.as_object().unwrap().clone();
    for k in ["case", "at", "actor", "event"] {
        c.remove(k);
    }
    c.insert("command".into(), command.into());
    Value::Object(c)
}

fn staff_token(role: &str, agency: &str) -> String {
    format!("{role}-token-for-{agency}-0000")
}

#[tokio::test]
async fn privacy_attacks_over_http() {
    let v = vectors();
    let agencies: Vec<String> = v["agencies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect();
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("lapor-server-tests");
    std::fs::create_dir_all(&dir).unwrap();
    let directory = dir.join(format!("privacy-agencies-{}.json", std::process::id()));
    std::fs::write(&directory, v["agencies"].to_string()).unwrap();
    let mut tokens = vec![token(ADMIN, "national_admin", None)];
    for a in &agencies {
        tokens.push(token(
            &staff_token("agency_admin", a),
            "agency_admin",
            Some(a),
        ));
        tokens.push(token(
            &staff_token("liaison_officer", a),
            "liaison_officer",
            Some(a),
        ));
    }
    let app = TestApp::new(
        &sqlite_url("privacy"),
        FileConfig {
            directory: Some(directory),
            tokens,
            ..FileConfig::default()
        },
    )
    .await;
    // A reporter of another case.
    let (_, stranger) = app.submit(&anonymous_report()).await;

    let views = v["views"].as_array().unwrap();
    assert!(views.len() >= 10);
    let mut checked = 0;
    let mut ids = Vec::new();
    for attack in views {
        let name = attack["name"].as_str().unwrap();
        let log = attack["log"].as_array().unwrap();
        let first = &log[0];
        let submitter = match first["actor"]["role"].as_str().unwrap() {
            "national_admin" => Some(ADMIN),
            _ => None,
        };
        let r = app.post("/api/v1/cases", submitter, &first["report"]).await;
        assert_eq!(r.status, StatusCode::CREATED, "{name}: {}", r.text);
        let id = r.json["tracking_id"].as_u64().unwrap();
        let reporter = r.json["reporter_token"].as_str().unwrap().to_string();
        ids.push(id);
        for e in &log[1..] {
            let actor = &e["actor"];
            let token = match actor["role"].as_str().unwrap() {
                "national_admin" => ADMIN.to_string(),
                "reporter" => reporter.clone(),
                role => staff_token(role, actor["agency"].as_str().unwrap()),
            };
            let r = app.command(id, Some(&token), command_of(e)).await;
            assert_eq!(r.status, StatusCode::OK, "{name}: {}", r.text);
            // The command's own response is a view too.
            if let Some(exp) = attack["expect"].get("agency") {
                if r.json["view"]["viewer"] == "agency" {
                    check(
                        name,
                        "command response",
                        &r.text,
                        exp["absent"].as_array().unwrap(),
                        &[],
                    );
                }
            }
        }
        let case = format!("/api/v1/cases/{id}");
        let mut callers: Vec<Option<String>> = vec![None, Some(stranger.clone())];
        for a in &agencies {
            callers.push(Some(staff_token("agency_admin", a)));
            callers.push(Some(staff_token("liaison_officer", a)));
        }
        let mut seen_agency = false;
        for caller in &callers {
            let r = app.get(&case, caller.as_deref()).await;
            assert_eq!(r.status, StatusCode::OK, "{name}: {}", r.text);
            let viewer = r.json["viewer"].as_str().unwrap().to_string();
            assert!(viewer == "public" || viewer == "agency", "{name}: {viewer}");
            // An agency that no longer handles the case (it declined) gets the public view:
            // the attack's agency list (what must never reach an agency) still applies to it.
            let exp = match (
                attack["expect"].get(&viewer),
                attack["expect"].get("agency"),
            ) {
                (Some(exp), _) => exp.clone(),
                (None, Some(agency))
                    if caller.as_deref().is_some_and(|c| !c.starts_with("rpt_")) =>
                {
                    json!({"absent": agency["absent"], "present": []})
                }
                _ => continue,
            };
            seen_agency |= viewer == "agency";
            let (absent, present) = (
                exp["absent"].as_array().unwrap(),
                exp["present"].as_array().unwrap(),
            );
            check(
                name,
                &format!("{viewer} view ({caller:?})"),
                &r.text,
                absent,
                present,
            );
            let t = app
                .get(&format!("{case}/timeline"), caller.as_deref())
                .await;
            assert_eq!(t.status, StatusCode::OK);
            check(name, &format!("{viewer} timeline"), &t.text, absent, &[]);
            let s = app.get(&format!("{case}/sla"), caller.as_deref()).await;
            check(name, &format!("{viewer} sla"), &s.text, absent, &[]);
            if viewer == "public" {
                let o = app
                    .get(
                        &format!("/open311/v2/requests/{id}.json"),
                        caller.as_deref(),
                    )
                    .await;
                assert_eq!(o.status, StatusCode::OK);
                check(name, "open311", &o.text, absent, &[]);
                let l = app
                    .get(
                        &format!("/open311/v2/requests.json?service_request_id={id}"),
                        None,
                    )
                    .await;
                check(name, "open311 list", &l.text, absent, &[]);
            }
            checked += 1;
        }
        // Every attack with an agency list but the deleted case (no agency handles it any
        // more) was read with the agency view by the agency handling it.
        if attack["expect"].get("agency").is_some() && !name.contains("deleted") {
            assert!(seen_agency, "{name}: no agency token got the agency view");
        }
    }
    // The whole Open311 list at the end: each attack's entry in it.
    let l = app
        .get(
            "/open311/v2/requests.json?start_date=2000-01-01T00:00:00Z&page_size=200",
            None,
        )
        .await;
    for (attack, id) in views.iter().zip(&ids) {
        let Some(exp) = attack["expect"].get("public") else {
            continue;
        };
        let entry = l.json.as_array().unwrap().iter().find(|r| same_id(r, *id));
        if let Some(entry) = entry {
            check(
                "list",
                "open311 list",
                &entry.to_string(),
                exp["absent"].as_array().unwrap(),
                &[],
            );
        }
    }
    assert!(checked > 40, "{checked}");
}
