//! Shared by the integration tests: the app on a fresh database (a SQLite file under the
//! target directory, or the PostgreSQL of `DATABASE_URL`), called in-process with tower's
//! `oneshot`, with a clock the test moves.
#![allow(dead_code)]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode};
use axum::Router;
use chrono::{DateTime, TimeZone as _, Utc};
use http_body_util::BodyExt;
use lapor_server::config::{FileConfig, TokenConfig};
use lapor_server::{app, AppState, Config, ManualClock, Shared, Store};
use serde_json::Value;
use tower::ServiceExt;

pub const ADMIN: &str = "national-admin-token-0001";
pub const DINKES: &str = "agency-admin-dinkes-dumai-01";
pub const PKM: &str = "liaison-pkm-dumai-1-token-01";
pub const DLH: &str = "agency-admin-dlh-dumai-0001";

static N: AtomicUsize = AtomicUsize::new(0);

/// A fresh SQLite URL under the target directory.
pub fn sqlite_url(name: &str) -> String {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("lapor-server-tests");
    std::fs::create_dir_all(&dir).unwrap();
    let n = N.fetch_add(1, Ordering::SeqCst);
    let path = dir.join(format!("{name}-{}-{n}.db", std::process::id()));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    format!("sqlite://{}", path.display())
}

/// A fresh database on the PostgreSQL server of `DATABASE_URL` (one per test: the clock task
/// of one test must not advance another's cases), or `None` (the test says it skips).
pub async fn postgres_url(test: &str) -> Option<String> {
    use sqlx::Connection as _;
    let url = match std::env::var("DATABASE_URL") {
        Ok(u) if u.starts_with("postgres") => u,
        _ => {
            // Straight to stderr, past the test harness's capture: the skip is visible.
            use std::io::Write as _;
            let _ = writeln!(
                std::io::stderr(),
                "skipping {test}: DATABASE_URL is not a postgres:// URL \
                 (scripts/test-server.sh starts a PostgreSQL server and sets it)"
            );
            return None;
        }
    };
    let name = format!("lapor_{}_{}", test.replace("::", "_"), std::process::id());
    let mut conn = sqlx::PgConnection::connect(&url)
        .await
        .expect("PostgreSQL server");
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name}"))
        .execute(&mut conn)
        .await
        .unwrap();
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut conn)
        .await
        .unwrap();
    let base = url.rsplit_once('/').map_or(url.as_str(), |(b, _)| b);
    Some(format!("{base}/{name}"))
}

pub fn token(t: &str, role: &str, agency: Option<&str>) -> TokenConfig {
    TokenConfig {
        token: Some(t.into()),
        sha256: None,
        role: role.into(),
        agency: agency.map(Into::into),
    }
}

/// The default tokens over the sample directory.
pub fn sample_tokens() -> Vec<TokenConfig> {
    vec![
        token(ADMIN, "national_admin", None),
        token(DINKES, "agency_admin", Some("dinkes-dumai")),
        token(PKM, "liaison_officer", Some("pkm-dumai-1")),
        token(DLH, "agency_admin", Some("dlh-dumai")),
    ]
}

pub fn t0() -> DateTime<Utc> {
    // Monday 2 March 2026, 09:00 WIB.
    Utc.with_ymd_and_hms(2026, 3, 2, 2, 0, 0).unwrap()
}

pub struct TestApp {
    pub state: Shared,
    pub router: Router,
    pub clock: Arc<ManualClock>,
}

pub struct Resp {
    pub status: StatusCode,
    pub json: Value,
    pub text: String,
    pub headers: HeaderMap,
}

impl TestApp {
    pub async fn new(url: &str, file: FileConfig) -> TestApp {
        let mut config = Config::from_file(file, std::path::Path::new("."), |_| None).unwrap();
        config.database_url = url.to_string();
        let store = Store::connect(url).await.expect("database");
        let clock = Arc::new(ManualClock::new(t0()));
        let state = Arc::new(AppState {
            config,
            store,
            redactor: lapor_core::Redactor::default(),
            clock: clock.clone(),
        });
        TestApp {
            router: app(state.clone()),
            state,
            clock,
        }
    }

    pub async fn sample(url: &str) -> TestApp {
        TestApp::new(
            url,
            FileConfig {
                tokens: sample_tokens(),
                ..FileConfig::default()
            },
        )
        .await
    }

    pub async fn raw(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        headers: &[(&str, &str)],
        body: Vec<u8>,
    ) -> Resp {
        let mut req = Request::builder().method(method).uri(path);
        if let Some(t) = token {
            req = req.header("authorization", format!("Bearer {t}"));
        }
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let resp = self
            .router
            .clone()
            .oneshot(req.body(Body::from(body)).unwrap())
            .await
            .unwrap();
        let status = resp.status();
        let headers = resp.headers().clone();
        let bytes = resp.into_body().collect().await.unwrap().to_bytes();
        let text = String::from_utf8_lossy(&bytes).to_string();
        let json = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        if status.as_u16() >= 400 {
            assert!(
                headers["content-type"]
                    .to_str()
                    .unwrap()
                    .starts_with("application/json"),
                "{status} {text}"
            );
            for k in ["code", "category", "message_id", "message_en", "fields"] {
                assert!(json.get(k).is_some(), "error without {k}: {text}");
            }
        }
        Resp {
            status,
            json,
            text,
            headers,
        }
    }

    pub async fn get(&self, path: &str, token: Option<&str>) -> Resp {
        self.raw(Method::GET, path, token, &[], Vec::new()).await
    }

    pub async fn post(&self, path: &str, token: Option<&str>, body: &Value) -> Resp {
        self.raw(
            Method::POST,
            path,
            token,
            &[("content-type", "application/json")],
            body.to_string().into_bytes(),
        )
        .await
    }

    /// Files a report; returns (tracking id, reporter token).
    pub async fn submit(&self, report: &Value) -> (u64, String) {
        let r = self.post("/api/v1/cases", None, report).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        (
            r.json["tracking_id"].as_u64().unwrap(),
            r.json["reporter_token"].as_str().unwrap().to_string(),
        )
    }

    pub async fn version(&self, id: u64) -> u64 {
        let r = self.get(&format!("/api/v1/cases/{id}"), Some(ADMIN)).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        r.json["version"].as_u64().unwrap()
    }

    /// Gives a command at the case's current version.
    pub async fn command(&self, id: u64, token: Option<&str>, command: Value) -> Resp {
        let v = self.version(id).await;
        self.post(
            &format!("/api/v1/cases/{id}/commands"),
            token,
            &serde_json::json!({"expected_version": v, "command": command}),
        )
        .await
    }

    pub fn advance_clock(&self, d: chrono::Duration) {
        let now = self.state.clock.now();
        self.clock.set(now + d);
    }
}

/// An anonymous report about a puskesmas in Dumai, naming its reporter in the body.
pub fn anonymous_report() -> Value {
    serde_json::json!({
        "kind": "complaint",
        "title": "Obat hipertensi kosong di puskesmas",
        "body": "Saya Rini Kusumawati, NIK 1472014506900001, HP 0852-4411-7093. Sudah dua minggu obat kosong.",
        "incident_date": "2026-02-27",
        "channel": "web",
        "category": "kesehatan.puskesmas",
        "location": {"text": "Puskesmas Dumai Kota", "region": "14.72.01"},
        "privacy": {"anonim": true},
        "reporter": {"name": "Rini Kusumawati", "nik": "1472014506900001", "phone": "0852-4411-7093",
                     "email": "rini.kusuma@mail.com"}
    })
}

pub const IDENTITY: &[&str] = &[
    "Rini",
    "Kusumawati",
    "1472014506900001",
    "0852-4411-7093",
    "085244117093",
    "rini.kusuma",
];

pub fn assert_no_identity(what: &str, text: &str) {
    for s in IDENTITY {
        assert!(!text.contains(s), "{what}: {s:?} leaks in {text}");
    }
}

/// Whether an Open311 request is case `id`.
pub fn same_id(r: &Value, id: u64) -> bool {
    r["service_request_id"]
        .as_str()
        .and_then(|s| s.parse::<u64>().ok())
        == Some(id)
}
