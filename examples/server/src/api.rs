//! The case API (`/api/v1/`): submit, commands, the caller's view, the timeline, the SLA rows.
//! Every read replays the case's events with the core's checks ([`lapor_core::Case::replay`])
//! and shows the caller only the view their role allows ([`crate::auth`]).

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use chrono::{DateTime, SecondsFormat, Utc};
use lapor_core::{
    AgencyView, Case, Command, Event, EventKind, Metric, MetricState, PublicContent, Report, View,
    Viewer,
};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

use crate::auth::{self, Caller};
use crate::error::{json_response, parse_json, ApiError, ErrorBody};
use crate::store::{IdempotencyRecord, Projection, Submitted};
use crate::{AppState, Shared};

/// The response to a submission (201).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct SubmitResponse {
    /// The new case's tracking id.
    pub tracking_id: u64,
    /// The case's version (its number of events): 1.
    pub version: u64,
    /// The reporter's bearer token for this case (`rpt_<id>_<secret>`). Issued once: the server
    /// keeps only a hash of the secret (a replay with the same `Idempotency-Key` returns it
    /// again, decrypted with the key).
    pub reporter_token: String,
    /// The reporter's view of the case (`lapor_core::ReporterView`, tagged `"viewer"`).
    #[schema(value_type = Object)]
    pub view: Value,
}

/// A report as filed (documentation of `lapor_core::Report`'s JSON; docs/data-formats.md).
/// Unknown fields are refused.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"kind": "complaint", "title": "Jalan berlubang di depan sekolah",
    "body": "Sudah dua bulan jalan berlubang dan membahayakan murid.", "incident_date": "2026-02-27",
    "channel": "web", "category": "infrastruktur.jalan", "privacy": {"anonymous": true},
    "location": {"text": "Jl. Sudirman", "region": "14.72.01"},
    "reporter": {"name": "Budi Santoso", "phone": "081234567890"}}))]
pub struct ReportDoc {
    /// `complaint`, `aspiration`, `information_request`, `whistleblowing` (or the Indonesian
    /// aliases).
    #[schema(
        pattern = "^(complaint|aspiration|information_request|whistleblowing|pengaduan|aspirasi|permintaan_informasi)$"
    )]
    pub kind: String,
    /// The title.
    pub title: String,
    /// The chronology.
    pub body: String,
    /// `YYYY-MM-DD`.
    #[schema(format = Date)]
    pub incident_date: String,
    /// `web`, `android`, `ios`, `sms1708`, `twitter`, `walk_in` (the core also reads
    /// `{"integrated_app": {"name": …}}` and `{"manual_entry": {"source": …}}`).
    #[schema(pattern = "^(web|android|ios|sms1708|twitter|walk_in)$")]
    pub channel: String,
    /// A category id.
    pub category: Option<String>,
    /// Tags.
    pub tags: Option<Vec<String>>,
    /// The agency the reporter picked.
    pub target_agency: Option<String>,
    /// Where.
    pub location: Option<LocationDoc>,
    /// The privacy flags.
    pub privacy: Option<PrivacyDoc>,
    /// Who filed it (`kk` and `address` too).
    pub reporter: Option<ReporterDoc>,
}

/// A report's location.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LocationDoc {
    /// Free text.
    pub text: Option<String>,
    /// A region code (dotted or bare).
    #[schema(pattern = "^(14|14\\.72|14\\.72\\.0[1-3])$")]
    pub region: Option<String>,
}

/// A report's privacy flags (aliases `anonim`, `rahasia`).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PrivacyDoc {
    /// Neither the public nor the agency learns who filed it.
    pub anonymous: Option<bool>,
    /// The public does not see the content.
    pub confidential: Option<bool>,
}

/// A report's reporter.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReporterDoc {
    /// Name.
    pub name: Option<String>,
    /// NIK.
    pub nik: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// E-mail.
    pub email: Option<String>,
}

/// A case as the caller may see it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct CaseResponse {
    /// The tracking id.
    pub tracking_id: u64,
    /// The case's version (its number of events): what a command must carry.
    pub version: u64,
    /// Which view: `public`, `agency`, `national_admin` or `reporter`.
    pub viewer: String,
    /// The view (`lapor_core::View`, tagged `"viewer"`).
    #[schema(value_type = Object)]
    pub view: Value,
}

/// A command to a case, with the version it was decided on.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CommandRequest {
    /// The case's version the caller saw; another version is `version_conflict` (409).
    pub expected_version: u64,
    /// The command (`lapor_core::Command` JSON, tagged `"command"`), e.g.
    /// `{"command": "dispose", "agency": "dinkes-dumai"}`.
    #[schema(value_type = Object, example = json!({"command": "dispose", "agency": "dinkes-dumai"}))]
    pub command: Value,
}

/// The response to an accepted command.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct CommandResponse {
    /// The tracking id.
    pub tracking_id: u64,
    /// The case's version after the command.
    pub version: u64,
    /// The names of the events appended: the time-driven events that were due first (breaches,
    /// auto-close…), then the command's.
    pub events: Vec<String>,
    /// The instant the command was recorded at (RFC 3339).
    pub at: String,
    /// The caller's view of the case after it.
    #[schema(value_type = Object)]
    pub view: Value,
}

/// One step of a case's timeline as the caller may see it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct TimelineEntry {
    /// 0-based position in the case's log.
    pub seq: u64,
    /// When (RFC 3339).
    pub at: String,
    /// The event's name.
    pub event: String,
    /// The case's status after it.
    pub status: String,
    /// The status's public label (Bahasa Indonesia).
    pub status_label: String,
    /// The actor's role (not shown to the public).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor_role: Option<String>,
    /// The actor's agency (not shown to the public).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor_agency: Option<String>,
    /// Who held the case after it (not shown to the public): `"national_admin"` or
    /// `{"agency": "…"}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<serde_json::Value>)]
    pub holder: Option<Value>,
    /// The event's own fields, only for viewers who see everything (the national admin, the
    /// reporter, the agency on a case that is not anonymous).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub fields: Option<Value>,
}

/// A case's timeline.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct TimelineResponse {
    /// The tracking id.
    pub tracking_id: u64,
    /// The case's version.
    pub version: u64,
    /// Which view the steps follow.
    pub viewer: String,
    /// The steps (empty where the view shows the case's existence only).
    pub steps: Vec<TimelineEntry>,
}

/// A case's SLA rows at an instant.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct SlaResponse {
    /// The tracking id.
    pub tracking_id: u64,
    /// The case's version.
    pub version: u64,
    /// The instant they were evaluated at (RFC 3339).
    pub at: String,
    /// One row per clock (`lapor_core::MetricStatus`).
    #[schema(value_type = Vec<Object>)]
    pub rows: Vec<Value>,
}

/// The health check's answer.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Health {
    /// `ok` or `degraded`.
    pub status: String,
    /// `sqlite` or `postgres`.
    pub database: String,
    /// Whether the database answered.
    pub database_ok: bool,
}

pub(crate) fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

/// A tracking id from a path segment.
pub(crate) fn parse_id(s: &str) -> Result<u64, ApiError> {
    s.parse::<u64>()
        .ok()
        .filter(|&n| n > 0 && n <= i64::MAX as u64)
        .ok_or_else(|| {
            ApiError::Core(lapor_core::Error::InvalidArgument {
                argument: "id".into(),
                expected: "a tracking id (a positive whole number)".into(),
            })
        })
}

/// A case's events replayed with the core's checks (`unknown_case` if there is none).
pub async fn load_case(state: &AppState, id: u64) -> Result<Case, ApiError> {
    let events = stored_events(state, id).await?;
    let ctx = state.world().context();
    Case::replay_owned(&ctx, events).map_err(|e| unreadable(id, &e))
}

/// The stored events of case `id` (`unknown_case` if it has none).
pub async fn stored_events(state: &AppState, id: u64) -> Result<Vec<Event>, ApiError> {
    state
        .store
        .load(id)
        .await?
        .ok_or(ApiError::Core(lapor_core::Error::UnknownCase { case: id }))
}

/// A stored log the core refuses to replay: logged by its code only (the error may quote the
/// log) and answered as an internal error.
pub fn unreadable(id: u64, e: &lapor_core::Error) -> ApiError {
    tracing::error!(case = id, code = e.code(), "stored log does not replay");
    ApiError::Internal
}

/// The projection of a case at `now` (see [`Projection`]).
pub fn projection(state: &AppState, case: &Case, now: DateTime<Utc>) -> Projection {
    let ctx = state.world().context();
    let now = now.max(case.last_event_at());
    let service_code = case
        .to_open311(&ctx, now, &state.redactor)
        .ok()
        .and_then(|o| o.service_code);
    Projection {
        version: case.events().len() as i64,
        status: case.status().as_str().to_string(),
        open311_status: case.status().open311().to_string(),
        listed: !case
            .events()
            .iter()
            .any(|e| matches!(e.kind, EventKind::Deleted { .. })),
        requested_micros: case.submitted_at().timestamp_micros(),
        updated_micros: case.last_event_at().timestamp_micros(),
        service_code,
        next_due_micros: next_due(state, case, now).map(|t| t.timestamp_micros()),
    }
}

/// When the clock task should next look at the case: now if events are due, else the earliest
/// due instant of a running clock, of the auto-close or of the auto-archive.
pub fn next_due(state: &AppState, case: &Case, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let ctx = state.world().context();
    match case.due_events(&ctx, now) {
        Ok(events) if !events.is_empty() => return Some(now),
        Ok(_) => {}
        // A calendar that cannot say: look again in a day rather than never.
        Err(_) => return Some(now + chrono::Duration::days(1)),
    }
    let mut next: Option<DateTime<Utc>> = None;
    let mut consider = |t: DateTime<Utc>| {
        if next.map_or(true, |n| t < n) {
            next = Some(t);
        }
    };
    if let Ok(rows) = case.sla(&ctx, now) {
        for m in rows {
            if m.metric != Metric::ReplyWindow
                && m.stopped.is_none()
                && m.breached_at.is_none()
                && m.state == MetricState::Running
            {
                consider(m.due);
            }
        }
    }
    if let Ok(Some(t)) = case.auto_close_due(&ctx) {
        consider(t);
    }
    if let Ok(Some(t)) = case.auto_archive_due(&ctx) {
        consider(t);
    }
    // Never sooner than a minute from now when nothing is due now (no busy loop).
    next.map(|t| t.max(now + chrono::Duration::minutes(1)))
}

/// `/healthz`: the process answers, and whether the database does.
#[utoipa::path(get, path = "/healthz", tag = "operations",
    responses((status = 200, description = "Up", body = Health),
              (status = 503, description = "The database does not answer", body = Health)))]
pub async fn healthz(State(state): State<Shared>) -> Response {
    let ok = state.store.ping().await;
    let health = Health {
        status: if ok { "ok" } else { "degraded" }.into(),
        database: match state.store.backend() {
            crate::store::Backend::Sqlite => "sqlite",
            crate::store::Backend::Postgres => "postgres",
        }
        .into(),
        database_ok: ok,
    };
    let status = if ok {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    json_response(status, &health)
}

/// The fallback of unknown routes.
pub async fn no_route() -> ApiError {
    ApiError::NoRoute
}

fn view_json(view: &View) -> Value {
    serde_json::to_value(view).unwrap_or(Value::Null)
}

/// The idempotency record of a request (key from the `Idempotency-Key` header).
fn idempotency(
    headers: &HeaderMap,
    body: &[u8],
    secret: &[u8; 32],
) -> Result<Option<IdempotencyRecord>, ApiError> {
    let Some(key) = headers.get("idempotency-key") else {
        return Ok(None);
    };
    let key = key
        .to_str()
        .ok()
        .filter(|k| !k.is_empty() && k.len() <= 200)
        .ok_or_else(|| {
            ApiError::Core(lapor_core::Error::InvalidArgument {
                argument: "Idempotency-Key".into(),
                expected: "1 to 200 visible ASCII characters".into(),
            })
        })?;
    let stream = auth::digest("lapor-idempotency-stream", key.as_bytes());
    let enc: Vec<u8> = secret.iter().zip(stream).map(|(a, b)| a ^ b).collect();
    Ok(Some(IdempotencyRecord {
        key_hash: auth::hex(&auth::digest("lapor-idempotency-key", key.as_bytes())),
        request_hash: auth::hex(&auth::digest("lapor-idempotency-request", body)),
        secret_enc: auth::hex(&enc),
    }))
}

/// The secret stored encrypted under an idempotency key, decrypted.
fn decrypt_secret(headers: &HeaderMap, enc: &str) -> Option<Vec<u8>> {
    let key = headers.get("idempotency-key")?.to_str().ok()?;
    let stream = auth::digest("lapor-idempotency-stream", key.as_bytes());
    let enc = auth::unhex(enc)?;
    Some(enc.iter().zip(stream).map(|(a, b)| a ^ b).collect())
}

/// Files a report (the core's `submit`) and returns the reporter's token. Shared by the case
/// API and Open311.
pub async fn file_report(
    state: &AppState,
    caller: &Caller,
    headers: &HeaderMap,
    body_for_key: &[u8],
    report: Report,
) -> Result<(u64, String, Case, bool), ApiError> {
    let actor = caller.submitter();
    let secret = auth::new_secret();
    let idem = idempotency(headers, body_for_key, &secret)?;
    let now = state.now();
    let ctx = state.world().context();
    let mut created: Option<Case> = None;
    let outcome = state
        .store
        .submit(idem.as_ref(), &auth::secret_hash(&secret), |id| {
            let event = Case::decide_submit(&ctx, &actor, id, report, now)?;
            let case = Case::replay_owned(&ctx, [event.clone()])?;
            let p = projection(state, &case, now);
            created = Some(case);
            Ok((event, p))
        })
        .await?;
    match outcome {
        Submitted::Created(id) => {
            let case = created.ok_or(ApiError::Internal)?;
            tracing::info!(case = id, "case submitted");
            Ok((id, auth::reporter_token(id, &secret), case, true))
        }
        Submitted::Replayed {
            tracking_id,
            secret_enc,
        } => {
            let secret = decrypt_secret(headers, &secret_enc).ok_or(ApiError::Internal)?;
            let case = load_case(state, tracking_id).await?.rewound(1);
            Ok((
                tracking_id,
                auth::reporter_token(tracking_id, &secret),
                case,
                false,
            ))
        }
    }
}

/// `POST /api/v1/cases`: files a report (the body is a `lapor_core::Report`).
#[utoipa::path(post, path = "/api/v1/cases", tag = "cases",
    request_body(content = ReportDoc, description = "A report (lapor_core::Report JSON, docs/data-formats.md)", content_type = "application/json"),
    params(("Idempotency-Key" = Option<String>, Header, description = "Same key and body: the same response, no second case")),
    responses(
        (status = 201, description = "Filed", body = SubmitResponse),
        (status = 200, description = "Already filed with this Idempotency-Key", body = SubmitResponse),
        (status = 400, description = "Not a report", body = ErrorBody),
        (status = 401, description = "Unknown token", body = ErrorBody),
        (status = 403, description = "The role may not submit", body = ErrorBody),
        (status = 404, description = "Unknown target agency", body = ErrorBody),
        (status = 409, description = "Refused by the state machine", body = ErrorBody),
        (status = 413, description = "Body too large", body = ErrorBody),
        (status = 422, description = "Idempotency key reused with another body", body = ErrorBody),
        (status = 503, description = "Database unavailable: nothing stored", body = ErrorBody)),
    security((), ("bearer" = [])))]
pub async fn submit(
    State(state): State<Shared>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let caller = auth::caller(&state, &headers).await?;
    let text = std::str::from_utf8(&body).map_err(|_| {
        ApiError::Core(lapor_core::Error::InvalidArgument {
            argument: "body".into(),
            expected: "UTF-8 JSON".into(),
        })
    })?;
    let report = Report::from_json(text)?;
    let (id, token, case, created) = file_report(&state, &caller, &headers, &body, report).await?;
    let resp = SubmitResponse {
        tracking_id: id,
        version: case.events().len() as u64,
        reporter_token: token,
        view: view_json(&case.view(Viewer::Reporter, &state.redactor)),
    };
    let status = if created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok(json_response(status, &resp))
}

/// `GET /api/v1/cases/{id}`: the case as the caller may see it.
#[utoipa::path(get, path = "/api/v1/cases/{id}", tag = "cases",
    params(("id" = u64, Path, minimum = 1, description = "Tracking id")),
    responses(
        (status = 200, description = "The caller's view", body = CaseResponse),
        (status = 400, description = "Not a tracking id", body = ErrorBody),
        (status = 401, description = "Unknown token", body = ErrorBody),
        (status = 404, description = "No such case", body = ErrorBody),
        (status = 503, description = "Database unavailable", body = ErrorBody)),
    security((), ("bearer" = [])))]
pub async fn get_case(
    State(state): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id = parse_id(&id)?;
    let caller = auth::caller(&state, &headers).await?;
    let case = load_case(&state, id).await?;
    let viewer = caller.viewer(&case);
    let resp = CaseResponse {
        tracking_id: id,
        version: case.events().len() as u64,
        viewer: viewer.as_str().into(),
        view: view_json(&case.view(viewer, &state.redactor)),
    };
    Ok(json_response(StatusCode::OK, &resp))
}

/// `POST /api/v1/cases/{id}/commands`: one command of the state machine, as the caller's actor.
#[utoipa::path(post, path = "/api/v1/cases/{id}/commands", tag = "cases",
    params(("id" = u64, Path, minimum = 1, description = "Tracking id")),
    request_body(content = CommandRequest, content_type = "application/json"),
    responses(
        (status = 200, description = "Accepted", body = CommandResponse),
        (status = 400, description = "Not a command", body = ErrorBody),
        (status = 401, description = "No token or an unknown one", body = ErrorBody),
        (status = 403, description = "The actor may not give it", body = ErrorBody),
        (status = 404, description = "No such case, agency or category", body = ErrorBody),
        (status = 409, description = "Refused by the state machine, or version conflict", body = ErrorBody),
        (status = 413, description = "Body too large", body = ErrorBody),
        (status = 422, description = "A deadline the calendar cannot compute", body = ErrorBody),
        (status = 503, description = "Database unavailable: nothing stored", body = ErrorBody)),
    security((), ("bearer" = [])))]
pub async fn command(
    State(state): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let id = parse_id(&id)?;
    let caller = auth::caller(&state, &headers).await?;
    let req: CommandRequest = parse_json("command request", &body)?;
    let command = Command::from_json(&req.command.to_string())?;
    let actor = caller.actor_for(id)?;
    let mut case = load_case(&state, id).await?;
    let version = case.events().len() as u64;
    if req.expected_version != version {
        return Err(ApiError::VersionConflict {
            expected: req.expected_version,
            actual: version,
        });
    }
    let ctx = state.world().context();
    let now = state.now().max(case.last_event_at());
    // What time made due comes first: a reply after the reply window ran out finds the case
    // auto-closed, as it would have been had the clock task run at that instant.
    let mut events = case.advance(&ctx, now)?;
    let event: Event = case.handle(&ctx, &actor, &command, now)?;
    events.push(event);
    let p = projection(&state, &case, now);
    state.store.append(id, version, &events, &p).await?;
    tracing::info!(case = id, command = command.as_str(), "command accepted");
    let viewer = caller.viewer(&case);
    let resp = CommandResponse {
        tracking_id: id,
        version: case.events().len() as u64,
        events: events.iter().map(|e| e.kind.as_str().to_string()).collect(),
        at: rfc3339(now),
        view: view_json(&case.view(viewer, &state.redactor)),
    };
    Ok(json_response(StatusCode::OK, &resp))
}

/// Whether the view of `case` for `viewer` shows more than the case's existence, and whether it
/// shows everything.
fn visibility(state: &AppState, case: &Case, viewer: Viewer) -> (bool, bool) {
    match viewer {
        Viewer::NationalAdmin | Viewer::Reporter => (true, true),
        Viewer::Agency => match case.agency_view(&state.redactor) {
            AgencyView::Identified(_) => (true, true),
            AgencyView::Anonymous(_) => (true, false),
            AgencyView::Deleted { .. } => (false, false),
        },
        Viewer::Public => match case.public_view(&state.redactor).content {
            PublicContent::Named { .. } | PublicContent::Anonymous(_) => (true, false),
            _ => (false, false),
        },
    }
}

/// `GET /api/v1/cases/{id}/timeline`: every event with the status after it, as much of each as
/// the caller's view allows.
#[utoipa::path(get, path = "/api/v1/cases/{id}/timeline", tag = "cases",
    params(("id" = u64, Path, minimum = 1, description = "Tracking id")),
    responses(
        (status = 200, description = "The timeline", body = TimelineResponse),
        (status = 400, description = "Not a tracking id", body = ErrorBody),
        (status = 401, description = "Unknown token", body = ErrorBody),
        (status = 404, description = "No such case", body = ErrorBody),
        (status = 503, description = "Database unavailable", body = ErrorBody)),
    security((), ("bearer" = [])))]
pub async fn timeline(
    State(state): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id = parse_id(&id)?;
    let caller = auth::caller(&state, &headers).await?;
    let events = stored_events(&state, id).await?;
    let ctx = state.world().context();
    let (case, steps) = Case::replay_steps(&ctx, &events).map_err(|e| unreadable(id, &e))?;
    let viewer = caller.viewer(&case);
    let (shown, everything) = visibility(&state, &case, viewer);
    let public = viewer == Viewer::Public;
    let steps = if !shown {
        Vec::new()
    } else {
        steps
            .iter()
            .enumerate()
            .map(|(i, s)| TimelineEntry {
                seq: i as u64,
                at: rfc3339(s.event.at),
                event: s.event.kind.as_str().into(),
                status: s.status.as_str().into(),
                status_label: s.status.public_label(lapor_core::Lang::Id).into(),
                actor_role: (!public).then(|| s.event.actor.role.as_str().into()),
                actor_agency: if public {
                    None
                } else {
                    s.event.actor.agency.as_ref().map(|a| a.to_string())
                },
                holder: (!public).then(|| serde_json::to_value(&s.holder).unwrap_or(Value::Null)),
                fields: everything
                    .then(|| serde_json::from_str(&s.event.payload()).unwrap_or(Value::Null)),
            })
            .collect()
    };
    let resp = TimelineResponse {
        tracking_id: id,
        version: case.events().len() as u64,
        viewer: viewer.as_str().into(),
        steps,
    };
    Ok(json_response(StatusCode::OK, &resp))
}

/// `GET /api/v1/cases/{id}/sla`: the case's SLA rows now (not for the public).
#[utoipa::path(get, path = "/api/v1/cases/{id}/sla", tag = "cases",
    params(("id" = u64, Path, minimum = 1, description = "Tracking id")),
    responses(
        (status = 200, description = "One row per clock", body = SlaResponse),
        (status = 400, description = "Not a tracking id", body = ErrorBody),
        (status = 401, description = "Unknown token", body = ErrorBody),
        (status = 403, description = "The public, agencies not handling the case, an agency on a deleted case", body = ErrorBody),
        (status = 404, description = "No such case", body = ErrorBody),
        (status = 422, description = "A deadline the calendar cannot compute", body = ErrorBody),
        (status = 503, description = "Database unavailable", body = ErrorBody)),
    security((), ("bearer" = [])))]
pub async fn sla(
    State(state): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id = parse_id(&id)?;
    let caller = auth::caller(&state, &headers).await?;
    let case = load_case(&state, id).await?;
    // Not for the public, nor for a viewer whose view shows the case's existence only (an
    // agency on a case deleted as spam).
    let viewer = caller.viewer(&case);
    if viewer == Viewer::Public || !visibility(&state, &case, viewer).0 {
        return Err(ApiError::NotAllowed { what: "sla" });
    }
    let now = state.now().max(case.last_event_at());
    let rows = case.sla(&state.world().context(), now)?;
    let resp = SlaResponse {
        tracking_id: id,
        version: case.events().len() as u64,
        at: rfc3339(now),
        rows: rows
            .iter()
            .map(|m| serde_json::to_value(m).unwrap_or(Value::Null))
            .collect(),
    };
    Ok(json_response(StatusCode::OK, &resp))
}
