//! Open311 GeoReport v2 (`/open311/v2/`, JSON only): the category tree as services, requests
//! filed as reports, and cases listed and shown through the core's export
//! ([`lapor_core::Case::to_open311`]), which is the public view and nothing more.
//!
//! Choices where GeoReport is silent or LAPOR! differs:
//! - A request is filed as a `complaint` whose category is the `service_code`, through the
//!   channel `{"integrated_app": {"name": "Open311"}}`, and always as *anonim*: Open311 has no
//!   privacy flags, and a name typed into a 311 app must never become public.
//! - The reporter's token is returned in the `X-Lapor-Reporter-Token` header of the response.
//! - Lists are newest first, at most `page_size` (default 50, at most 200; an extension);
//!   without `start_date` and `end_date` they cover the most recent 90 days, as GeoReport says.
//!   Deleted cases are never listed (one asked for by id shows its existence only).

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::Response;
use chrono::{DateTime, Utc};
use lapor_core::{Case, CategoryId, Open311Request, Report};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::ToSchema;

use crate::api::{file_report, load_case, parse_id};
use crate::auth;
use crate::error::{json_response, ApiError, ErrorBody};
use crate::store::ListFilter;
use crate::{AppState, Shared};

/// A GeoReport service: a node of the category tree.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Open311Service {
    /// The category id.
    pub service_code: String,
    /// The category's name.
    pub service_name: String,
    /// The category's name.
    pub description: String,
    /// Always `false`: no extra attributes.
    pub metadata: bool,
    /// Always `realtime`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Empty.
    pub keywords: String,
    /// The parent category's name (its own name at the top).
    pub group: String,
}

/// A GeoReport service definition (no attributes).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Open311ServiceDefinition {
    /// The category id.
    pub service_code: String,
    /// Always empty.
    #[schema(value_type = Vec<Object>)]
    pub attributes: Vec<serde_json::Value>,
}

/// The answer to a created request.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Open311Created {
    /// The tracking id's digits.
    pub service_request_id: String,
    /// What happens next.
    pub service_notice: String,
    /// Always null.
    #[schema(value_type = Option<String>)]
    pub account_id: Option<String>,
}

/// A service request as exported by `lapor_core::Open311Request` (documentation of its JSON).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Open311RequestDoc {
    /// The tracking id's digits.
    pub service_request_id: String,
    /// `open` or `closed`.
    pub status: String,
    /// The status's public label.
    pub status_notes: String,
    /// The kind (and the category when public).
    pub service_name: String,
    /// The category, when public.
    pub service_code: Option<String>,
    /// The redacted body, when public.
    pub description: Option<String>,
    /// The agency holding the case.
    pub agency_responsible: String,
    /// Submission instant.
    pub requested_datetime: String,
    /// Latest event.
    pub updated_datetime: String,
    /// The due instant of the running clock (from the SLA).
    pub expected_datetime: Option<String>,
    /// The redacted location text, when public.
    pub address: Option<String>,
    /// The region code, when public.
    pub address_id: Option<String>,
    /// Never filled.
    pub lat: Option<f64>,
    /// Never filled.
    pub long: Option<f64>,
}

fn bad(argument: &str, expected: &str) -> ApiError {
    ApiError::Core(lapor_core::Error::InvalidArgument {
        argument: argument.into(),
        expected: expected.into(),
    })
}

fn pairs(text: &str) -> Result<Vec<(String, String)>, ApiError> {
    serde_urlencoded::from_str::<Vec<(String, String)>>(text)
        .map_err(|_| bad("query", "application/x-www-form-urlencoded pairs"))
}

fn param<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .filter(|v| !v.is_empty())
}

fn check_jurisdiction(state: &AppState, pairs: &[(String, String)]) -> Result<(), ApiError> {
    match param(pairs, "jurisdiction_id") {
        Some(j) if j != state.config.jurisdiction_id => Err(ApiError::UnknownJurisdiction),
        _ => Ok(()),
    }
}

fn services_list(state: &AppState) -> Vec<Open311Service> {
    let Some(tree) = state.world().categories() else {
        return Vec::new();
    };
    tree.iter()
        .map(|c| Open311Service {
            service_code: c.id.to_string(),
            service_name: c.name.clone(),
            description: c.name.clone(),
            metadata: false,
            kind: "realtime".into(),
            keywords: String::new(),
            group: c
                .parent
                .as_ref()
                .and_then(|p| tree.get(p))
                .map_or_else(|| c.name.clone(), |p| p.name.clone()),
        })
        .collect()
}

/// `GET /open311/v2/services.json`.
#[utoipa::path(get, path = "/open311/v2/services.json", tag = "open311",
    params(("jurisdiction_id" = Option<String>, Query, description = "This server's jurisdiction")),
    responses((status = 200, description = "The services", body = Vec<Open311Service>),
              (status = 400, description = "Bad query", body = ErrorBody),
              (status = 404, description = "Unknown jurisdiction", body = ErrorBody)))]
pub async fn services(
    State(state): State<Shared>,
    RawQuery(q): RawQuery,
) -> Result<Response, ApiError> {
    let pairs = pairs(q.as_deref().unwrap_or(""))?;
    check_jurisdiction(&state, &pairs)?;
    Ok(json_response(StatusCode::OK, &services_list(&state)))
}

/// `GET /open311/v2/services/{service_code}.json`.
#[utoipa::path(get, path = "/open311/v2/services/{file}", tag = "open311",
    params(("file" = String, Path, pattern = r"^[a-z.]+\.json$", description = "`<service_code>.json`"),
           ("jurisdiction_id" = Option<String>, Query, description = "This server's jurisdiction")),
    responses((status = 200, description = "The definition", body = Open311ServiceDefinition),
              (status = 400, description = "Bad query", body = ErrorBody),
              (status = 404, description = "Unknown service or jurisdiction", body = ErrorBody)))]
pub async fn service_definition(
    State(state): State<Shared>,
    Path(file): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Response, ApiError> {
    let pairs = pairs(q.as_deref().unwrap_or(""))?;
    check_jurisdiction(&state, &pairs)?;
    let code = file.strip_suffix(".json").ok_or(ApiError::NoRoute)?;
    let known = state
        .world()
        .categories()
        .and_then(|t| t.get(&CategoryId::from(code)))
        .is_some();
    if !known {
        return Err(ApiError::Core(lapor_core::Error::UnknownCategory {
            id: code.to_string(),
        }));
    }
    Ok(json_response(
        StatusCode::OK,
        &Open311ServiceDefinition {
            service_code: code.to_string(),
            attributes: Vec::new(),
        },
    ))
}

/// The report a GeoReport request files (see the module documentation).
fn report_of(state: &AppState, form: &[(String, String)]) -> Result<Report, ApiError> {
    let code = param(form, "service_code").ok_or_else(|| bad("service_code", "a service code"))?;
    let tree = state.world().categories();
    let category = tree
        .and_then(|t| t.get(&CategoryId::from(code)))
        .ok_or_else(|| {
            ApiError::Core(lapor_core::Error::UnknownCategory {
                id: code.to_string(),
            })
        })?;
    let number = |name: &str| -> Result<Option<f64>, ApiError> {
        param(form, name)
            .map(|v| {
                v.parse::<f64>()
                    .ok()
                    .filter(|x| x.is_finite())
                    .ok_or_else(|| bad(name, "a decimal number"))
            })
            .transpose()
    };
    let (lat, lon) = (number("lat")?, number("long")?);
    let mut location = serde_json::Map::new();
    if let Some(t) = param(form, "address_string") {
        location.insert("text".into(), t.into());
    }
    if let Some(r) = param(form, "address_id") {
        location.insert("region".into(), r.into());
    }
    match (lat, lon) {
        (Some(lat), Some(lon)) => {
            location.insert("coordinates".into(), json!({"lat": lat, "lon": lon}));
        }
        (None, None) => {}
        _ => return Err(bad("lat", "lat and long together")),
    }
    let name = [param(form, "first_name"), param(form, "last_name")]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let mut reporter = serde_json::Map::new();
    if !name.is_empty() {
        reporter.insert("name".into(), name.into());
    }
    for (from, to) in [("email", "email"), ("phone", "phone")] {
        if let Some(v) = param(form, from) {
            reporter.insert(to.into(), v.into());
        }
    }
    let description = param(form, "description").ok_or_else(|| bad("description", "a text"))?;
    let today = crate::api::rfc3339(state.now());
    let mut report = json!({
        "kind": "complaint",
        "title": format!("Open311: {}", category.name),
        "body": description,
        "incident_date": today.get(..10).unwrap_or("2026-01-01"),
        "channel": {"integrated_app": {"name": "Open311"}},
        "category": code,
        "privacy": {"anonymous": true},
    });
    if !location.is_empty() {
        report["location"] = location.into();
    }
    if !reporter.is_empty() {
        report["reporter"] = reporter.into();
    }
    Ok(Report::from_json(&report.to_string())?)
}

/// `POST /open311/v2/requests.json` (form-encoded, as GeoReport sends it).
#[utoipa::path(post, path = "/open311/v2/requests.json", tag = "open311",
    request_body(content = Object, description = "GeoReport v2 fields: service_code, description, lat, long, address_string, address_id, first_name, last_name, email, phone, jurisdiction_id", content_type = "application/x-www-form-urlencoded"),
    responses((status = 201, description = "Filed (the reporter's token in X-Lapor-Reporter-Token)", body = Vec<Open311Created>),
              (status = 400, description = "Bad fields", body = ErrorBody),
              (status = 404, description = "Unknown service or jurisdiction", body = ErrorBody),
              (status = 409, description = "Refused", body = ErrorBody),
              (status = 413, description = "Body too large", body = ErrorBody),
              (status = 503, description = "Database unavailable: nothing stored", body = ErrorBody)))]
pub async fn create_request(
    State(state): State<Shared>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let text = std::str::from_utf8(&body).map_err(|_| bad("body", "UTF-8 form data"))?;
    let form = pairs(text)?;
    check_jurisdiction(&state, &form)?;
    let report = report_of(&state, &form)?;
    // Open311 requests are filed by the public (an `api_key` is not a case API token).
    let (id, token, _, created) =
        file_report(&state, &auth::Caller::Public, &headers, &body, report).await?;
    let out = [Open311Created {
        service_request_id: id.to_string(),
        service_notice: "Laporan diterima dan menunggu verifikasi admin SP4N-LAPOR!".into(),
        account_id: None,
    }];
    let mut resp = json_response(
        if created {
            StatusCode::CREATED
        } else {
            StatusCode::OK
        },
        &out,
    );
    if let Ok(v) = HeaderValue::from_str(&token) {
        resp.headers_mut().insert("x-lapor-reporter-token", v);
    }
    Ok(resp)
}

fn export(state: &AppState, case: &Case, now: DateTime<Utc>) -> Result<Open311Request, ApiError> {
    let now = now.max(case.last_event_at());
    Ok(case.to_open311(&state.world().context(), now, &state.redactor)?)
}

fn instant(pairs: &[(String, String)], name: &str) -> Result<Option<DateTime<Utc>>, ApiError> {
    param(pairs, name)
        .map(|v| {
            DateTime::parse_from_rfc3339(v)
                .map(|t| t.with_timezone(&Utc))
                .map_err(|_| {
                    bad(
                        name,
                        "a W3C date-time with an offset, e.g. 2026-03-01T00:00:00Z",
                    )
                })
        })
        .transpose()
}

/// `GET /open311/v2/requests.json`.
#[utoipa::path(get, path = "/open311/v2/requests.json", tag = "open311",
    params(("jurisdiction_id" = Option<String>, Query, description = "This server's jurisdiction"),
           ("service_request_id" = Option<String>, Query, description = "Comma-separated ids (overrides the other filters)"),
           ("service_code" = Option<String>, Query, description = "Comma-separated service codes"),
           ("start_date" = Option<String>, Query, description = "Earliest requested_datetime (RFC 3339)"),
           ("end_date" = Option<String>, Query, description = "Latest requested_datetime (RFC 3339)"),
           ("status" = Option<String>, Query, description = "open, closed, or both comma-separated"),
           ("page_size" = Option<String>, Query, description = "At most this many (1–200, default 50)")),
    responses((status = 200, description = "The requests, newest first", body = Vec<Open311RequestDoc>),
              (status = 400, description = "Bad filter", body = ErrorBody),
              (status = 404, description = "Unknown jurisdiction", body = ErrorBody),
              (status = 503, description = "Database unavailable", body = ErrorBody)))]
pub async fn list_requests(
    State(state): State<Shared>,
    RawQuery(q): RawQuery,
) -> Result<Response, ApiError> {
    let pairs = pairs(q.as_deref().unwrap_or(""))?;
    check_jurisdiction(&state, &pairs)?;
    let now = state.now();
    let limit = match param(&pairs, "page_size") {
        Some(v) => v
            .parse::<i64>()
            .ok()
            .filter(|n| (1..=200).contains(n))
            .ok_or_else(|| bad("page_size", "a whole number from 1 to 200"))?,
        None => 50,
    };
    let ids: Vec<u64> = if let Some(list) = param(&pairs, "service_request_id") {
        let ids = list
            .split(',')
            .map(|s| {
                parse_id(s.trim())
                    .map_err(|_| bad("service_request_id", "comma-separated tracking ids"))
            })
            .collect::<Result<Vec<u64>, ApiError>>()?;
        if ids.len() > 200 {
            return Err(bad("service_request_id", "at most 200 ids"));
        }
        ids
    } else {
        let status = match param(&pairs, "status") {
            None => None,
            Some(s) => {
                let mut set: Vec<&str> = s.split(',').map(str::trim).collect();
                set.sort_unstable();
                set.dedup();
                match set.as_slice() {
                    ["open"] => Some("open".to_string()),
                    ["closed"] => Some("closed".to_string()),
                    ["closed", "open"] => None,
                    _ => return Err(bad("status", "open, closed or both")),
                }
            }
        };
        let (start, end) = (instant(&pairs, "start_date")?, instant(&pairs, "end_date")?);
        let start = match (start, end) {
            (None, None) => Some(now - chrono::Duration::days(90)),
            (s, _) => s,
        };
        let service_codes: Vec<String> = param(&pairs, "service_code")
            .map(|s| s.split(',').map(|c| c.trim().to_string()).collect())
            .unwrap_or_default();
        if service_codes.len() > 100 {
            return Err(bad("service_code", "at most 100 codes"));
        }
        state
            .store
            .list(&ListFilter {
                status,
                start_micros: start.map(|t| t.timestamp_micros()),
                end_micros: end.map(|t| t.timestamp_micros()),
                service_codes,
                limit,
            })
            .await?
    };
    let ids: Vec<u64> = ids.into_iter().take(limit as usize).collect();
    // One query for every listed case's events, then each replayed with the core's checks.
    let mut logs = state.store.load_many(&ids).await?;
    let ctx = state.world().context();
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        let Some(events) = logs.remove(&id) else {
            continue;
        };
        let case = Case::replay_owned(&ctx, events).map_err(|e| crate::api::unreadable(id, &e))?;
        out.push(export(&state, &case, now)?);
    }
    Ok(json_response(StatusCode::OK, &out))
}

/// `GET /open311/v2/requests/{service_request_id}.json` (a one-element array, as GeoReport
/// says).
#[utoipa::path(get, path = "/open311/v2/requests/{file}", tag = "open311",
    params(("file" = String, Path, pattern = r"^[1-9][0-9]{0,5}\.json$", description = "`<service_request_id>.json`"),
           ("jurisdiction_id" = Option<String>, Query, description = "This server's jurisdiction")),
    responses((status = 200, description = "The request", body = Vec<Open311RequestDoc>),
              (status = 400, description = "Not a tracking id", body = ErrorBody),
              (status = 404, description = "No such request or jurisdiction", body = ErrorBody),
              (status = 503, description = "Database unavailable", body = ErrorBody)))]
pub async fn get_request(
    State(state): State<Shared>,
    Path(file): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Response, ApiError> {
    let pairs = pairs(q.as_deref().unwrap_or(""))?;
    check_jurisdiction(&state, &pairs)?;
    let id = file.strip_suffix(".json").ok_or(ApiError::NoRoute)?;
    let id = parse_id(id)?;
    let case = load_case(&state, id).await?;
    Ok(json_response(
        StatusCode::OK,
        &[export(&state, &case, state.now())?],
    ))
}
