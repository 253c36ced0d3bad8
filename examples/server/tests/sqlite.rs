//! The store scenarios on SQLite (a fresh file each), plus what only SQLite tests: the
//! OpenAPI document, the health check and a read-only database.

mod common;

use axum::http::StatusCode;
use common::*;

#[path = "common/scenarios.rs"]
mod scenarios;

#[tokio::test]
async fn lifecycle() {
    scenarios::lifecycle(&sqlite_url("lifecycle")).await;
}

#[tokio::test]
async fn stale_version() {
    scenarios::stale_version(&sqlite_url("stale")).await;
}

#[tokio::test]
async fn idempotent_submit() {
    scenarios::idempotent_submit(&sqlite_url("idem")).await;
}

#[tokio::test]
async fn bad_input() {
    scenarios::bad_input(&sqlite_url("bad")).await;
}

#[tokio::test]
async fn clock() {
    scenarios::clock(&sqlite_url("clock")).await;
}

#[tokio::test]
async fn open311() {
    scenarios::open311(&sqlite_url("open311")).await;
}

#[tokio::test]
async fn openapi_and_health() {
    let app = TestApp::sample(&sqlite_url("openapi")).await;
    let d = app.get("/openapi.json", None).await;
    assert_eq!(d.status, StatusCode::OK);
    for path in [
        "/api/v1/cases",
        "/api/v1/cases/{id}/commands",
        "/open311/v2/requests.json",
    ] {
        assert!(d.json["paths"].get(path).is_some(), "{path}");
    }
    assert!(d.json["components"]["schemas"].get("ErrorBody").is_some());
    let h = app.get("/healthz", None).await;
    assert_eq!(h.status, StatusCode::OK);
    assert_eq!(h.json["database"], "sqlite");
}

/// A database that cannot take writes: reads work, writes are a typed 503 and nothing is
/// acknowledged.
#[tokio::test]
async fn read_only_database() {
    let url = sqlite_url("readonly");
    let app = TestApp::sample(&url).await;
    let (id, _) = app.submit(&anonymous_report()).await;
    let ro = TestApp::sample(&format!("{url}?mode=ro")).await;
    let r = ro.get(&format!("/api/v1/cases/{id}"), Some(ADMIN)).await;
    assert_eq!(r.status, StatusCode::OK);
    let e = ro.post("/api/v1/cases", None, &anonymous_report()).await;
    assert_eq!(e.status, StatusCode::SERVICE_UNAVAILABLE, "{}", e.text);
    assert_eq!(e.json["code"], "storage_unavailable");
    let e = ro
        .command(
            id,
            Some(ADMIN),
            serde_json::json!({"command": "dispose", "agency": "dinkes-dumai"}),
        )
        .await;
    assert_eq!(e.status, StatusCode::SERVICE_UNAVAILABLE, "{}", e.text);
    assert_eq!(app.version(id).await, 1);
}
