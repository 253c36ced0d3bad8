//! Errors as JSON: the core's typed errors, and the few the server adds (authentication,
//! version conflicts, idempotency, storage), all in one shape:
//!
//! ```json
//! {"code": "illegal_transition", "category": "transition",
//!  "message_id": "perintah close tidak diizinkan pada kasus berstatus submitted",
//!  "message_en": "command close is not allowed on a case with status submitted",
//!  "fields": {"status": "submitted", "command": "close"}}
//! ```
//!
//! Like the core's, no message or field ever repeats a value the caller sent (it may be a NIK).

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use lapor_core::Lang;
use serde::Serialize;
use serde_json::{Map, Value};
use utoipa::ToSchema;

/// The JSON body of every error response.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, ToSchema)]
pub struct ErrorBody {
    /// A stable snake_case code (the core's [`lapor_core::Error::code`], or one of the server's:
    /// `unauthenticated`, `not_allowed`, `version_conflict`, `idempotency_key_reused`,
    /// `storage_unavailable`, `no_route`, `method_not_allowed`, `payload_too_large`,
    /// `unsupported_media_type`, `unknown_jurisdiction`, `internal`).
    pub code: String,
    /// The family of the code (the core's [`lapor_core::Error::category`], or `auth`,
    /// `conflict`, `storage`, `http`, `internal`).
    pub category: String,
    /// The message in Bahasa Indonesia.
    pub message_id: String,
    /// The message in English.
    pub message_en: String,
    /// The error's own fields (never the value that was given).
    #[schema(value_type = Object)]
    pub fields: Map<String, Value>,
}

/// Everything a request can fail with.
#[derive(Debug)]
pub enum ApiError {
    /// A typed error of the core (parsing, permission, transition…).
    Core(lapor_core::Error),
    /// A bearer token the configuration does not know (or a reporter token whose secret is
    /// wrong).
    Unauthenticated,
    /// A read the caller's role does not allow (what: `sla`, `commands`…).
    NotAllowed {
        /// What was asked.
        what: &'static str,
    },
    /// The command carried a version that is no longer the case's.
    VersionConflict {
        /// The version the command carried.
        expected: u64,
        /// The case's version now.
        actual: u64,
    },
    /// An idempotency key already used with another request body.
    IdempotencyKeyReused,
    /// The database cannot take the write (read-only, down, busy beyond the timeout); nothing
    /// was acknowledged.
    StorageUnavailable,
    /// No such route.
    NoRoute,
    /// The route exists, not with this method.
    MethodNotAllowed,
    /// The body is over the limit.
    PayloadTooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// The body's media type is not the one the operation reads.
    UnsupportedMediaType {
        /// The media type expected.
        expected: &'static str,
    },
    /// An Open311 `jurisdiction_id` other than this server's.
    UnknownJurisdiction,
    /// A bug or an event log that no longer replays: logged, never detailed to the caller.
    Internal,
}

impl From<lapor_core::Error> for ApiError {
    fn from(e: lapor_core::Error) -> Self {
        ApiError::Core(e)
    }
}

impl ApiError {
    /// The HTTP status of the error.
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::Core(e) => match e.category() {
                "not_found" => StatusCode::NOT_FOUND,
                "permission" => StatusCode::FORBIDDEN,
                "transition" => StatusCode::CONFLICT,
                "calendar" => StatusCode::UNPROCESSABLE_ENTITY,
                _ => StatusCode::BAD_REQUEST,
            },
            ApiError::Unauthenticated => StatusCode::UNAUTHORIZED,
            ApiError::NotAllowed { .. } => StatusCode::FORBIDDEN,
            ApiError::VersionConflict { .. } => StatusCode::CONFLICT,
            ApiError::IdempotencyKeyReused => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::StorageUnavailable => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::NoRoute | ApiError::UnknownJurisdiction => StatusCode::NOT_FOUND,
            ApiError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::PayloadTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::UnsupportedMediaType { .. } => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The stable code.
    pub fn code(&self) -> &'static str {
        match self {
            ApiError::Core(e) => e.code(),
            ApiError::Unauthenticated => "unauthenticated",
            ApiError::NotAllowed { .. } => "not_allowed",
            ApiError::VersionConflict { .. } => "version_conflict",
            ApiError::IdempotencyKeyReused => "idempotency_key_reused",
            ApiError::StorageUnavailable => "storage_unavailable",
            ApiError::NoRoute => "no_route",
            ApiError::MethodNotAllowed => "method_not_allowed",
            ApiError::PayloadTooLarge { .. } => "payload_too_large",
            ApiError::UnsupportedMediaType { .. } => "unsupported_media_type",
            ApiError::UnknownJurisdiction => "unknown_jurisdiction",
            ApiError::Internal => "internal",
        }
    }

    /// The error as its JSON body.
    pub fn body(&self) -> ErrorBody {
        let (category, id, en, fields): (&str, String, String, Map<String, Value>) = match self {
            ApiError::Core(e) => (
                e.category(),
                e.message(Lang::Id),
                e.message(Lang::En),
                e.fields(),
            ),
            ApiError::Unauthenticated => (
                "auth",
                "token tidak dikenal".into(),
                "unknown bearer token".into(),
                Map::new(),
            ),
            ApiError::NotAllowed { what } => (
                "permission",
                format!("peran ini tidak boleh membaca {what} kasus ini"),
                format!("this role may not read the case's {what}"),
                fields([("what", Value::from(*what))]),
            ),
            ApiError::VersionConflict { expected, actual } => (
                "conflict",
                format!(
                    "versi kasus sudah berubah: perintah membawa versi {expected}, kasus kini versi {actual}"
                ),
                format!(
                    "the case changed: the command carries version {expected}, the case is at version {actual}"
                ),
                fields([
                    ("expected_version", Value::from(*expected)),
                    ("actual_version", Value::from(*actual)),
                ]),
            ),
            ApiError::IdempotencyKeyReused => (
                "conflict",
                "kunci idempotensi sudah dipakai untuk permintaan lain".into(),
                "the idempotency key was already used with another request".into(),
                Map::new(),
            ),
            ApiError::StorageUnavailable => (
                "storage",
                "basis data tidak dapat menerima perubahan; tidak ada yang disimpan, coba lagi".into(),
                "the database cannot take the write; nothing was stored, try again".into(),
                Map::new(),
            ),
            ApiError::NoRoute => (
                "http",
                "alamat tidak dikenal".into(),
                "no such route".into(),
                Map::new(),
            ),
            ApiError::MethodNotAllowed => (
                "http",
                "metode tidak diizinkan pada alamat ini".into(),
                "method not allowed on this route".into(),
                Map::new(),
            ),
            ApiError::PayloadTooLarge { limit } => (
                "http",
                format!("isi permintaan melebihi {limit} byte"),
                format!("the request body is over {limit} bytes"),
                fields([("limit", Value::from(*limit))]),
            ),
            ApiError::UnsupportedMediaType { expected } => (
                "http",
                format!("jenis isi harus {expected}"),
                format!("the body must be {expected}"),
                fields([("expected", Value::from(*expected))]),
            ),
            ApiError::UnknownJurisdiction => (
                "not_found",
                "jurisdiction_id tidak dikenal".into(),
                "unknown jurisdiction_id".into(),
                Map::new(),
            ),
            ApiError::Internal => (
                "internal",
                "kesalahan internal".into(),
                "internal error".into(),
                Map::new(),
            ),
        };
        ErrorBody {
            code: self.code().to_string(),
            category: category.to_string(),
            message_id: id,
            message_en: en,
            fields,
        }
    }
}

fn fields<const N: usize>(pairs: [(&str, Value); N]) -> Map<String, Value> {
    pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        if status.is_server_error() {
            tracing::warn!(
                code = self.code(),
                status = status.as_u16(),
                "request failed"
            );
        } else {
            tracing::debug!(
                code = self.code(),
                status = status.as_u16(),
                "request refused"
            );
        }
        json_response(status, &self.body())
    }
}

/// A JSON response (`application/json`) of `value`.
pub fn json_response<T: Serialize>(status: StatusCode, value: &T) -> Response {
    match serde_json::to_vec(value) {
        Ok(bytes) => {
            let mut r = (status, bytes).into_response();
            r.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
            r
        }
        Err(_) => (StatusCode::INTERNAL_SERVER_ERROR, "").into_response(),
    }
}

/// A body parse error of serde_json (via `serde_path_to_error`) as the core's `json` error
/// (the path of the field, never its value).
pub fn json_error(
    target: &'static str,
    e: serde_path_to_error::Error<serde_json::Error>,
) -> ApiError {
    let path = e.path().to_string();
    let path = if path.is_empty() {
        ".".to_string()
    } else {
        path
    };
    ApiError::Core(lapor_core::Error::json(target, path, e.inner()))
}

/// Reads `bytes` as JSON into `T`, errors as the core's `json` error.
pub fn parse_json<T: serde::de::DeserializeOwned>(
    target: &'static str,
    bytes: &[u8],
) -> Result<T, ApiError> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(|e| json_error(target, e))?;
    de.end()
        .map_err(|e| ApiError::Core(lapor_core::Error::json(target, ".".to_string(), &e)))?;
    Ok(value)
}
