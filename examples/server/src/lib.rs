//! # lapor-server
//!
//! A reference agency back end for `lapor`: an HTTP service (axum on tokio) with two faces over
//! the same cases, both read through the core's privacy views.
//!
//! - **Open311 GeoReport v2** under `/open311/v2/`: services, requests (create, list with
//!   filters, one by id), the public view only ([`lapor_core::Open311Request`]).
//! - **The case API** under `/api/v1/`: submit, every command of the state machine as the
//!   caller's role, the case's view for the caller, its timeline and its SLA rows; the OpenAPI
//!   document at `/openapi.json`.
//!
//! The store ([`store::Store`]) is the append-only event log in SQLite (default, embedded) or
//! PostgreSQL, with optimistic concurrency and idempotent submissions; a background task
//! ([`clock`]) records the time-driven events (breaches, escalations, auto-close,
//! auto-archive). Who asks decides what is seen: [`auth`] maps bearer tokens to actors, and
//! every read goes through [`lapor_core::Case::view`] or [`lapor_core::Case::to_open311`].

pub mod api;
pub mod auth;
pub mod clock;
pub mod config;
pub mod error;
pub mod open311;
pub mod openapi;
pub mod store;
pub mod verify;

use std::sync::Arc;

use axum::extract::{DefaultBodyLimit, Request};
use axum::http::{header, StatusCode};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use chrono::{DateTime, Utc};
use lapor_core::{Redactor, World};

pub use config::Config;
pub use error::{ApiError, ErrorBody};
pub use store::Store;

/// Where the server reads the time (the tests move it by hand).
pub trait Clock: Send + Sync + std::fmt::Debug {
    /// The current instant.
    fn now(&self) -> DateTime<Utc>;
}

/// The machine's clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        // chrono's `clock` feature stays off: the workspace's core never reads the clock.
        let micros = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_micros()).unwrap_or(i64::MAX));
        DateTime::from_timestamp_micros(micros).unwrap_or_default()
    }
}

/// A clock the caller sets (tests): starts at an instant and moves only when told.
#[derive(Debug)]
pub struct ManualClock(std::sync::Mutex<DateTime<Utc>>);

impl ManualClock {
    /// A clock standing at `t`.
    pub fn new(t: DateTime<Utc>) -> ManualClock {
        ManualClock(std::sync::Mutex::new(t))
    }

    /// Moves the clock to `t`.
    pub fn set(&self, t: DateTime<Utc>) {
        if let Ok(mut g) = self.0.lock() {
            *g = t;
        }
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        self.0
            .lock()
            .map(|g| *g)
            .unwrap_or_else(|_| SystemClock.now())
    }
}

/// What every handler shares.
#[derive(Debug)]
pub struct AppState {
    /// The configuration (tokens, world, jurisdiction).
    pub config: Config,
    /// The event log.
    pub store: Store,
    /// The redactor of public and anonymous views.
    pub redactor: Redactor,
    /// The time.
    pub clock: Arc<dyn Clock>,
}

impl AppState {
    /// The world (directory, calendar, policy, categories).
    pub fn world(&self) -> &World {
        &self.config.world
    }

    /// Now, to the microsecond (the event log's resolution).
    pub fn now(&self) -> DateTime<Utc> {
        let t = self.clock.now();
        DateTime::from_timestamp_micros(t.timestamp_micros()).unwrap_or(t)
    }
}

/// Shared state.
pub type Shared = Arc<AppState>;

/// The whole HTTP application.
pub fn app(state: Shared) -> Router {
    let limit = state.config.max_body_bytes;
    Router::new()
        .route("/healthz", get(api::healthz))
        .route("/openapi.json", get(openapi::document))
        .route("/api/v1/cases", post(api::submit))
        .route("/api/v1/cases/{id}", get(api::get_case))
        .route("/api/v1/cases/{id}/commands", post(api::command))
        .route("/api/v1/cases/{id}/timeline", get(api::timeline))
        .route("/api/v1/cases/{id}/sla", get(api::sla))
        .route("/open311/v2/services.json", get(open311::services))
        .route(
            "/open311/v2/services/{file}",
            get(open311::service_definition),
        )
        .route(
            "/open311/v2/requests.json",
            get(open311::list_requests).post(open311::create_request),
        )
        .route("/open311/v2/requests/{file}", get(open311::get_request))
        .fallback(api::no_route)
        .layer(middleware::from_fn(move |req, next| {
            typed_errors(req, next, limit)
        }))
        .layer(middleware::from_fn(access_log))
        .layer(DefaultBodyLimit::max(limit))
        .with_state(state)
}

/// Every error response is a typed JSON error: the framework's own (unknown method, body too
/// large, undecodable path) are turned into one.
async fn typed_errors(req: Request, next: Next, limit: usize) -> Response {
    let resp = next.run(req).await;
    let status = resp.status();
    let is_json = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if status.as_u16() < 400 || is_json {
        return resp;
    }
    let err = match status {
        StatusCode::NOT_FOUND => ApiError::NoRoute,
        StatusCode::METHOD_NOT_ALLOWED => ApiError::MethodNotAllowed,
        StatusCode::PAYLOAD_TOO_LARGE => ApiError::PayloadTooLarge { limit },
        StatusCode::UNSUPPORTED_MEDIA_TYPE => ApiError::UnsupportedMediaType {
            expected: "application/json",
        },
        s if s.is_server_error() => ApiError::Internal,
        _ => ApiError::Core(lapor_core::Error::InvalidArgument {
            argument: "request".into(),
            expected: "a well-formed request".into(),
        }),
    };
    let mut out = axum::response::IntoResponse::into_response(err);
    *out.status_mut() = if status == StatusCode::METHOD_NOT_ALLOWED
        || status == StatusCode::PAYLOAD_TOO_LARGE
        || status == StatusCode::UNSUPPORTED_MEDIA_TYPE
        || status == StatusCode::NOT_FOUND
    {
        status
    } else {
        out.status()
    };
    out
}

/// One log line per request: method, route template (never the query or the body), status and
/// duration. No personal data: tracking ids and routes only.
async fn access_log(req: Request, next: Next) -> Response {
    let method = req.method().clone();
    let route = req
        .extensions()
        .get::<axum::extract::MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "(unmatched)".to_string());
    let started = std::time::Instant::now();
    let resp = next.run(req).await;
    tracing::info!(
        %method,
        route,
        status = resp.status().as_u16(),
        micros = started.elapsed().as_micros() as u64,
        "request"
    );
    resp
}
