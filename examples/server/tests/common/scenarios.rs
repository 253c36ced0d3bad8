//! The store scenarios, run on SQLite (`tests/sqlite.rs`) and on PostgreSQL
//! (`tests/postgres.rs`).

use axum::http::{Method, StatusCode};
use serde_json::{json, Value};

use super::*;

/// Submit, route, handle, close: each role's view, timeline, SLA rows and Open311 export.
pub async fn lifecycle(url: &str) {
    let app = TestApp::sample(url).await;
    let (id, reporter) = app.submit(&anonymous_report()).await;
    let case = format!("/api/v1/cases/{id}");

    // Before verification: the public sees the existence only; the reporter everything.
    let public = app.get(&case, None).await;
    assert_eq!(public.status, StatusCode::OK);
    assert_eq!(public.json["viewer"], "public");
    assert_eq!(public.json["view"]["content"]["visibility"], "not_verified");
    assert_no_identity("public", &public.text);
    let own = app.get(&case, Some(&reporter)).await;
    assert_eq!(own.json["viewer"], "reporter");
    assert!(own.text.contains("Rini Kusumawati"));
    // An agency that does not handle the case sees the public view.
    let dinkes = app.get(&case, Some(DINKES)).await;
    assert_eq!(dinkes.json["viewer"], "public");

    // The admin routes it to the health office.
    let r = app
        .command(
            id,
            Some(ADMIN),
            json!({"command": "dispose", "agency": "dinkes-dumai"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["version"], 2);
    assert_eq!(r.json["events"], json!(["disposed"]));
    assert_eq!(r.json["view"]["viewer"], "national_admin");

    let dinkes = app.get(&case, Some(DINKES)).await;
    assert_eq!(dinkes.json["viewer"], "agency");
    assert_eq!(dinkes.json["view"]["identity"], "anonymous");
    assert_no_identity("agency", &dinkes.text);
    assert!(dinkes.text.contains("obat kosong"));
    let pkm = app.get(&case, Some(PKM)).await;
    assert_eq!(pkm.json["viewer"], "public");
    assert_no_identity("public after disposition", &pkm.text);

    // A liaison officer of a unit not yet on the path may not act; the agency passes it down.
    let r = app
        .command(
            id,
            Some(PKM),
            json!({"command": "follow_up", "text": "Sedang dicek."}),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.text);
    assert_eq!(r.json["code"], "permission_denied");
    assert_eq!(r.json["fields"]["reason"], "outside_chain");
    let r = app
        .command(
            id,
            Some(DINKES),
            json!({"command": "sub_dispose", "unit": "pkm-dumai-1"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_no_identity("agency command response", &r.text);
    app.advance_clock(chrono::Duration::hours(2));
    let r = app
        .command(
            id,
            Some(PKM),
            json!({"command": "follow_up", "text": "Stok obat datang besok pagi."}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["view"]["viewer"], "agency");
    assert_eq!(r.json["view"]["status"], "in_progress");
    assert_no_identity("liaison", &r.text);

    // The public now sees the content, redacted.
    let public = app.get(&case, None).await;
    assert_eq!(public.json["view"]["content"]["visibility"], "anonymous");
    assert_no_identity("public in progress", &public.text);
    // Open311: the public view, with the SLA's expected instant while open.
    let o = app
        .get(&format!("/open311/v2/requests/{id}.json"), None)
        .await;
    assert_eq!(o.status, StatusCode::OK, "{}", o.text);
    assert_eq!(o.json[0]["service_request_id"], id.to_string());
    assert_eq!(o.json[0]["status"], "open");
    assert!(o.json[0]["expected_datetime"].is_string(), "{}", o.text);
    assert_no_identity("open311", &o.text);

    // The public and the unrelated agency may not read the SLA rows; the handling agency may.
    let s = app.get(&format!("{case}/sla"), None).await;
    assert_eq!(s.status, StatusCode::FORBIDDEN);
    assert_eq!(s.json["code"], "not_allowed");
    let s = app.get(&format!("{case}/sla"), Some(DLH)).await;
    assert_eq!(s.status, StatusCode::FORBIDDEN);
    let s = app.get(&format!("{case}/sla"), Some(PKM)).await;
    assert_eq!(s.status, StatusCode::OK, "{}", s.text);
    let metrics: Vec<&str> = s.json["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["metric"].as_str().unwrap())
        .collect();
    assert!(metrics.contains(&"verification") && metrics.contains(&"first_follow_up"));

    // Reply, close, rate.
    let r = app
        .command(
            id,
            Some(&reporter),
            json!({"command": "reply", "text": "Terima kasih, saya Rini."}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let r = app
        .command(id, Some(ADMIN), json!({"command": "close"}))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["view"]["0"], Value::Null);
    let r = app
        .command(id, Some(&reporter), json!({"command": "rate", "score": 5}))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["version"], 7);

    // The reply named the reporter: the agency and the public never see it.
    for token in [None, Some(DINKES), Some(PKM), Some(DLH)] {
        let v = app.get(&case, token).await;
        assert_no_identity("after reply", &v.text);
        let t = app.get(&format!("{case}/timeline"), token).await;
        assert_eq!(t.status, StatusCode::OK);
        assert_no_identity("timeline", &t.text);
    }
    // Timelines by role: the public sees steps without actors, the agency of an anonymous case
    // no fields, the admin everything.
    let t = app.get(&format!("{case}/timeline"), None).await;
    let steps = t.json["steps"].as_array().unwrap();
    assert_eq!(steps.len(), 7);
    assert!(steps
        .iter()
        .all(|s| s.get("actor_role").is_none() && s.get("fields").is_none()));
    let t = app.get(&format!("{case}/timeline"), Some(PKM)).await;
    assert_eq!(t.json["viewer"], "agency");
    assert!(t.json["steps"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s.get("fields").is_none()));
    let t = app.get(&format!("{case}/timeline"), Some(ADMIN)).await;
    assert_eq!(
        t.json["steps"][0]["fields"]["report"]["reporter"]["name"],
        "Rini Kusumawati"
    );
    assert_eq!(t.json["steps"][6]["event"], "rated");

    // Closed in Open311, and listed with the closed filter.
    let l = app
        .get("/open311/v2/requests.json?status=closed", None)
        .await;
    assert_eq!(l.status, StatusCode::OK, "{}", l.text);
    assert!(l.json.as_array().unwrap().iter().any(|r| same_id(r, id)));
    assert_no_identity("open311 list", &l.text);
    let l = app
        .get(
            "/open311/v2/requests.json?status=open&service_code=kesehatan.puskesmas",
            None,
        )
        .await;
    assert!(!l.json.as_array().unwrap().iter().any(|r| same_id(r, id)));
}

/// A command carries the version it saw: a stale one is a typed 409 and writes nothing.
pub async fn stale_version(url: &str) {
    let app = TestApp::sample(url).await;
    let (id, _) = app.submit(&anonymous_report()).await;
    let path = format!("/api/v1/cases/{id}/commands");
    let first =
        json!({"expected_version": 1, "command": {"command": "dispose", "agency": "dinkes-dumai"}});
    let second =
        json!({"expected_version": 1, "command": {"command": "archive", "reason": "Tidak jelas."}});
    let (a, b) = tokio::join!(
        app.post(&path, Some(ADMIN), &first),
        app.post(&path, Some(ADMIN), &second)
    );
    let statuses = [a.status, b.status];
    assert!(statuses.contains(&StatusCode::OK), "{} {}", a.text, b.text);
    assert!(
        statuses.contains(&StatusCode::CONFLICT),
        "{} {}",
        a.text,
        b.text
    );
    let loser = if a.status == StatusCode::CONFLICT {
        &a
    } else {
        &b
    };
    assert_eq!(loser.json["code"], "version_conflict");
    assert_eq!(loser.json["category"], "conflict");
    assert_eq!(loser.json["fields"]["expected_version"], 1);
    assert!(loser.json["message_id"].as_str().unwrap().contains("versi"));
    assert_eq!(app.version(id).await, 2);
    // A stale version later on: 409 with the case's version now.
    let r = app.post(&path, Some(ADMIN), &second).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_eq!(r.json["fields"]["actual_version"], 2);
    // The state machine's own refusals keep the core's codes and both languages.
    // (Either command may have won the race.)
    let status = app
        .get(&format!("/api/v1/cases/{id}"), Some(ADMIN))
        .await
        .json["view"]["status"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(status == "disposed" || status == "archived", "{status}");
    let r = app
        .command(id, Some(ADMIN), json!({"command": "resume"}))
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_eq!(r.json["code"], "illegal_transition");
    assert_eq!(r.json["category"], "transition");
    assert_eq!(
        r.json["message_id"],
        format!("perintah resume tidak diizinkan pada kasus berstatus {status}")
    );
    assert_eq!(
        r.json["message_en"],
        format!("command resume is not allowed on a case with status {status}")
    );
    assert_eq!(app.version(id).await, 2);
}

/// The same Idempotency-Key and body: the same response and one case; another body: 422.
pub async fn idempotent_submit(url: &str) {
    let app = TestApp::sample(url).await;
    let body = anonymous_report().to_string().into_bytes();
    let key = format!("submit-{}", rand_key());
    let send = |b: Vec<u8>| {
        let key = key.clone();
        let app = &app;
        async move {
            app.raw(
                Method::POST,
                "/api/v1/cases",
                None,
                &[
                    ("content-type", "application/json"),
                    ("idempotency-key", &key),
                ],
                b,
            )
            .await
        }
    };
    let (a, b) = tokio::join!(send(body.clone()), send(body.clone()));
    let mut statuses = [a.status.as_u16(), b.status.as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 201], "{} {}", a.text, b.text);
    assert_eq!(a.json, b.json);
    let c = send(body.clone()).await;
    assert_eq!(c.status, StatusCode::OK);
    assert_eq!(c.json, a.json);
    let id = a.json["tracking_id"].as_u64().unwrap();
    // The token returned again works.
    let own = app
        .get(
            &format!("/api/v1/cases/{id}"),
            c.json["reporter_token"].as_str(),
        )
        .await;
    assert_eq!(own.json["viewer"], "reporter");
    // No second case: the next submission gets the next id.
    let (next, _) = app.submit(&anonymous_report()).await;
    assert!(next > id);
    let other = app
        .get(&format!("/api/v1/cases/{}", id + 1), Some(ADMIN))
        .await;
    assert!(other.status == StatusCode::NOT_FOUND || id + 1 == next || other.json["version"] == 1);
    // Another body under the same key.
    let mut changed = anonymous_report();
    changed["title"] = json!("Judul lain untuk laporan yang sama");
    let d = send(changed.to_string().into_bytes()).await;
    assert_eq!(d.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", d.text);
    assert_eq!(d.json["code"], "idempotency_key_reused");
}

fn rand_key() -> String {
    format!("{:?}", std::time::SystemTime::now())
        .chars()
        .filter(char::is_ascii_digit)
        .collect()
}

/// Bad input of every kind: typed JSON errors that never repeat the value.
pub async fn bad_input(url: &str) {
    let app = TestApp::sample(url).await;
    let nik = "1472014506900001";
    let mut r = anonymous_report();
    r["title"] = json!(1472014506900001u64);
    let e = app.post("/api/v1/cases", None, &r).await;
    assert_eq!(e.status, StatusCode::BAD_REQUEST, "{}", e.text);
    assert_eq!(e.json["code"], "json");
    assert_eq!(e.json["fields"]["path"], "title");
    assert!(
        !e.text.contains(nik) && !e.text.contains("1.472"),
        "{}",
        e.text
    );
    let mut r = anonymous_report();
    r["privacy"] = json!({"anonymus": true});
    let e = app.post("/api/v1/cases", None, &r).await;
    assert_eq!(e.status, StatusCode::BAD_REQUEST);
    assert!(e.json["message_en"].as_str().unwrap().contains("anonymus"));
    for body in ["", "{", "[1,2]", "null", "\u{0}"] {
        let e = app
            .raw(
                Method::POST,
                "/api/v1/cases",
                None,
                &[],
                body.as_bytes().to_vec(),
            )
            .await;
        assert_eq!(e.status, StatusCode::BAD_REQUEST, "{body:?}: {}", e.text);
    }
    let e = app
        .raw(Method::POST, "/api/v1/cases", None, &[], vec![0xff, 0xfe])
        .await;
    assert_eq!(e.status, StatusCode::BAD_REQUEST);
    // Unknown tokens are refused, never read as the public.
    let e = app.get("/api/v1/cases/1", Some("not-a-token")).await;
    assert_eq!(e.status, StatusCode::UNAUTHORIZED);
    assert_eq!(e.json["code"], "unauthenticated");
    let e = app.get("/api/v1/cases/1", Some("rpt_1_00")).await;
    assert_eq!(e.status, StatusCode::UNAUTHORIZED);
    // Ids, routes, methods, commands.
    for path in [
        "/api/v1/cases/abc",
        "/api/v1/cases/-1",
        "/api/v1/cases/0",
        "/api/v1/cases/99999999999999999999",
    ] {
        let e = app.get(path, None).await;
        assert_eq!(e.status, StatusCode::BAD_REQUEST, "{path}: {}", e.text);
        assert_eq!(e.json["code"], "invalid_argument");
    }
    let e = app.get("/api/v1/cases/987654321", None).await;
    assert_eq!(e.status, StatusCode::NOT_FOUND);
    assert_eq!(e.json["code"], "unknown_case");
    let e = app.get("/nowhere", None).await;
    assert_eq!(e.status, StatusCode::NOT_FOUND);
    assert_eq!(e.json["code"], "no_route");
    let e = app
        .raw(Method::DELETE, "/api/v1/cases", None, &[], Vec::new())
        .await;
    assert_eq!(e.status, StatusCode::METHOD_NOT_ALLOWED);
    let (id, reporter) = app.submit(&anonymous_report()).await;
    let path = format!("/api/v1/cases/{id}/commands");
    let e = app
        .post(
            &path,
            None,
            &json!({"expected_version": 1, "command": {"command": "withdraw"}}),
        )
        .await;
    assert_eq!(e.status, StatusCode::UNAUTHORIZED);
    let e = app
        .post(
            &path,
            Some(ADMIN),
            &json!({"expected_version": 1, "command": {"command": "explode"}}),
        )
        .await;
    assert_eq!(e.status, StatusCode::BAD_REQUEST);
    let e = app
        .post(
            &path,
            Some(ADMIN),
            &json!({"expected_version": 1, "command": {"command": "dispose", "agency": "nowhere"}}),
        )
        .await;
    assert_eq!(e.status, StatusCode::NOT_FOUND);
    assert_eq!(e.json["code"], "unknown_agency");
    let e = app
        .post(
            &path,
            Some(ADMIN),
            &json!({"expected_version": 1, "command": {"command": "resume"}, "extra": 1}),
        )
        .await;
    assert_eq!(e.status, StatusCode::BAD_REQUEST);
    let e = app
        .post(
            &path,
            Some(ADMIN),
            &json!({"command": {"command": "resume"}}),
        )
        .await;
    assert_eq!(e.status, StatusCode::BAD_REQUEST);
    // An agency token may not file a report (the core's permission check).
    let e = app
        .post("/api/v1/cases", Some(DINKES), &anonymous_report())
        .await;
    assert_eq!(e.status, StatusCode::FORBIDDEN);
    assert_eq!(e.json["code"], "permission_denied");
    // The reporter withdraws; a reporter token on another case gives nothing.
    let (other, _) = app.submit(&anonymous_report()).await;
    let e = app
        .post(
            &format!("/api/v1/cases/{other}/commands"),
            Some(&reporter),
            &json!({"expected_version": 1, "command": {"command": "withdraw"}}),
        )
        .await;
    assert_eq!(e.status, StatusCode::FORBIDDEN);
    let v = app
        .get(&format!("/api/v1/cases/{other}"), Some(&reporter))
        .await;
    assert_eq!(v.json["viewer"], "public");
    let r = app
        .post(
            &path,
            Some(&reporter),
            &json!({"expected_version": 1, "command": {"command": "withdraw"}}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json["view"]["status"], "archived");
    // A body over the limit.
    let big = vec![b' '; 300 * 1024];
    let e = app
        .raw(
            Method::POST,
            "/api/v1/cases",
            None,
            &[("content-type", "application/json")],
            big,
        )
        .await;
    assert_eq!(e.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", e.text);
}

/// The clock: breaches and escalations, auto-close, idempotent ticks; two "processes" ticking
/// the same store at once record each event once.
pub async fn clock(url: &str) {
    let app = TestApp::sample(url).await;
    let (id, _) = app.submit(&anonymous_report()).await;
    let r = app
        .command(
            id,
            Some(ADMIN),
            json!({"command": "dispose", "agency": "dinkes-dumai"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    // Nothing due yet.
    lapor_server::clock::advance_case(&app.state, id)
        .await
        .unwrap();
    assert_eq!(app.version(id).await, 2);
    // Three weeks later, the first follow-up and completion clocks have run out.
    app.advance_clock(chrono::Duration::days(21));
    let second = TestApp::sample(url).await;
    second.clock.set(app.state.clock.now());
    let (a, b) = tokio::join!(
        lapor_server::clock::tick(&app.state, 1000),
        lapor_server::clock::tick(&second.state, 1000)
    );
    let (a, b) = (a.unwrap(), b.unwrap());
    assert!(a.events + b.events >= 2, "{a:?} {b:?}");
    let t = app
        .get(&format!("/api/v1/cases/{id}/timeline"), Some(ADMIN))
        .await;
    let names: Vec<&str> = t.json["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["event"].as_str().unwrap())
        .collect();
    assert!(
        names.contains(&"breached") && names.contains(&"escalated"),
        "{names:?}"
    );
    let breaches = names.iter().filter(|n| **n == "breached").count();
    let v = app.version(id).await;
    // Idempotent: nothing more at the same instant.
    lapor_server::clock::advance_case(&app.state, id)
        .await
        .unwrap();
    assert_eq!(app.version(id).await, v);
    // Follow-up, then the reply window runs out: auto-closed by the system.
    let r = app
        .command(
            id,
            Some(DINKES),
            json!({"command": "follow_up", "text": "Sudah ditangani."}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    app.advance_clock(chrono::Duration::days(30));
    let t1 = lapor_server::clock::tick(&app.state, 1000).await.unwrap();
    assert!(t1.events >= 1, "{t1:?}");
    let v = app.get(&format!("/api/v1/cases/{id}"), Some(ADMIN)).await;
    assert_eq!(v.json["view"]["status"], "resolved", "{}", v.text);
    let t2 = lapor_server::clock::tick(&app.state, 1000).await.unwrap();
    assert_eq!(t2.events, 0);
    let t = app
        .get(&format!("/api/v1/cases/{id}/timeline"), Some(ADMIN))
        .await;
    let names: Vec<&str> = t.json["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["event"].as_str().unwrap())
        .collect();
    assert_eq!(
        names.iter().filter(|n| **n == "breached").count(),
        breaches,
        "{names:?}"
    );
    assert_eq!(names.last(), Some(&"auto_closed"));
    // The store checks out: every case replays to its projection, no duplicate.
    let report = lapor_server::verify::verify(&app.state, &[]).await.unwrap();
    assert!(report.ok(), "{report:?}");
}

/// Open311: services, a request filed the GeoReport way, lists with filters, errors.
pub async fn open311(url: &str) {
    let app = TestApp::sample(url).await;
    let s = app.get("/open311/v2/services.json", None).await;
    assert_eq!(s.status, StatusCode::OK);
    assert!(s
        .json
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["service_code"] == "infrastruktur.jalan"));
    let d = app
        .get("/open311/v2/services/infrastruktur.jalan.json", None)
        .await;
    assert_eq!(d.json["service_code"], "infrastruktur.jalan");
    let d = app.get("/open311/v2/services/nothing.json", None).await;
    assert_eq!(d.status, StatusCode::NOT_FOUND);
    let form = "service_code=infrastruktur.jalan&description=Jalan+berlubang+besar+di+depan+SD+Negeri+3%2C+sudah+dua+bulan.&lat=1.68&long=101.44&address_string=Jl.+Sudirman&address_id=14.72&first_name=Budi&last_name=Santoso&email=budi.santoso%40mail.com&phone=081234567890";
    let c = app
        .raw(
            Method::POST,
            "/open311/v2/requests.json",
            None,
            &[("content-type", "application/x-www-form-urlencoded")],
            form.as_bytes().to_vec(),
        )
        .await;
    assert_eq!(c.status, StatusCode::CREATED, "{}", c.text);
    let id: u64 = c.json[0]["service_request_id"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let token = c.headers["x-lapor-reporter-token"]
        .to_str()
        .unwrap()
        .to_string();
    let own = app.get(&format!("/api/v1/cases/{id}"), Some(&token)).await;
    assert_eq!(
        own.json["view"]["report"]["reporter"]["name"],
        "Budi Santoso"
    );
    assert_eq!(own.json["view"]["report"]["privacy"]["anonymous"], true);
    // Not verified: listed with its existence only.
    let g = app
        .get(&format!("/open311/v2/requests/{id}.json"), None)
        .await;
    assert_eq!(g.json[0]["service_name"], "report");
    assert!(g.json[0].get("description").is_none());
    let r = app
        .command(
            id,
            Some(ADMIN),
            json!({"command": "dispose", "agency": "dpupr-dumai"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let g = app
        .get(
            &format!("/open311/v2/requests/{id}.json?jurisdiction_id=lapor.go.id"),
            None,
        )
        .await;
    assert_eq!(g.json[0]["service_code"], "infrastruktur.jalan");
    assert_eq!(
        g.json[0]["agency_responsible"],
        "Dinas Pekerjaan Umum dan Penataan Ruang Kota Dumai"
    );
    assert!(g.json[0]["description"]
        .as_str()
        .unwrap()
        .contains("Jalan berlubang"));
    for leak in ["Budi", "Santoso", "081234567890", "budi.santoso", "1.68"] {
        assert!(!g.text.contains(leak), "{leak} in {}", g.text);
    }
    let l = app
        .get(
            "/open311/v2/requests.json?service_code=infrastruktur.jalan&status=open",
            None,
        )
        .await;
    assert!(l.json.as_array().unwrap().iter().any(|r| same_id(r, id)));
    let l = app
        .get("/open311/v2/requests.json?service_code=air", None)
        .await;
    assert!(!l.json.as_array().unwrap().iter().any(|r| same_id(r, id)));
    let l = app.get("/open311/v2/requests.json?start_date=2026-03-01T00:00:00Z&end_date=2026-03-03T00:00:00%2B07:00", None).await;
    assert!(
        l.json.as_array().unwrap().iter().any(|r| same_id(r, id)),
        "{}",
        l.text
    );
    let l = app
        .get(
            "/open311/v2/requests.json?end_date=2026-03-01T00:00:00Z",
            None,
        )
        .await;
    assert!(!l.json.as_array().unwrap().iter().any(|r| same_id(r, id)));
    let l = app
        .get(
            &format!("/open311/v2/requests.json?service_request_id={id},987654"),
            None,
        )
        .await;
    assert_eq!(l.json.as_array().unwrap().len(), 1);
    for bad in [
        "status=pending",
        "start_date=yesterday",
        "page_size=0",
        "service_request_id=x",
    ] {
        let e = app
            .get(&format!("/open311/v2/requests.json?{bad}"), None)
            .await;
        assert_eq!(e.status, StatusCode::BAD_REQUEST, "{bad}: {}", e.text);
    }
    let e = app
        .get("/open311/v2/requests.json?jurisdiction_id=elsewhere", None)
        .await;
    assert_eq!(e.status, StatusCode::NOT_FOUND);
    assert_eq!(e.json["code"], "unknown_jurisdiction");
    let e = app
        .raw(
            Method::POST,
            "/open311/v2/requests.json",
            None,
            &[],
            b"service_code=nothing&description=x".to_vec(),
        )
        .await;
    assert_eq!(e.status, StatusCode::NOT_FOUND);
    let e = app
        .raw(
            Method::POST,
            "/open311/v2/requests.json",
            None,
            &[],
            b"service_code=air&description=Air+mati&lat=95&long=1".to_vec(),
        )
        .await;
    assert_eq!(e.status, StatusCode::BAD_REQUEST, "{}", e.text);
    let e = app.get("/open311/v2/requests/12.xml", None).await;
    assert_eq!(e.status, StatusCode::NOT_FOUND);
}
