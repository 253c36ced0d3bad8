//! Who asks: bearer tokens to callers, and callers to the core's viewers and actors.
//!
//! - No `Authorization` header: the public ([`Caller::Public`]).
//! - `Bearer rpt_<tracking id>_<secret>`: the reporter of that one case, if the secret's hash is
//!   the one stored at submission ([`Caller::Reporter`]). The secret is issued once, in the
//!   submission's response; the store keeps only its SHA-256.
//! - `Bearer <token>`: the actor the configuration gives the token's SHA-256 (national admin,
//!   agency admin or liaison officer of an agency) ([`Caller::Staff`]).
//!
//! Anything else is `unauthenticated` (401): a wrong token is never read as the public.
//!
//! What a caller sees of a case ([`Caller::viewer`]): the national admin the admin view; the
//! reporter of the case the reporter view; an agency admin or liaison officer the agency view
//! only while their agency is on the case's current disposition path (the holder or an agency
//! above it, on any active branch), the public view otherwise; everyone else the public view.

use axum::http::HeaderMap;
use lapor_core::{Actor, AgencyId, Case, Holder, Role, Viewer};
use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::error::ApiError;
use crate::AppState;

/// The caller of a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Caller {
    /// No token.
    Public,
    /// The reporter of one case.
    Reporter(u64),
    /// A configured token's actor.
    Staff(Actor),
}

/// Lowercase hex of bytes.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[usize::from(b >> 4)] as char);
        s.push(DIGITS[usize::from(b & 15)] as char);
    }
    s
}

/// Bytes of lowercase or uppercase hex (`None` if it is not hex).
pub fn unhex(s: &str) -> Option<Vec<u8>> {
    if s.len() % 2 != 0 {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

/// SHA-256 of `domain`, a zero byte and `data`.
pub fn digest(domain: &str, data: &[u8]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(domain.as_bytes());
    h.update([0u8]);
    h.update(data);
    h.finalize().into()
}

/// A new reporter secret (32 random bytes from the OS).
pub fn new_secret() -> [u8; 32] {
    let mut s = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut s);
    s
}

/// The stored form of a secret: hex SHA-256, domain-separated.
pub fn secret_hash(secret: &[u8]) -> String {
    hex(&digest("lapor-reporter-secret", secret))
}

/// The reporter's bearer token for case `id`.
pub fn reporter_token(id: u64, secret: &[u8]) -> String {
    format!("rpt_{id}_{}", hex(secret))
}

/// Compares two byte strings in time independent of where they differ.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The caller of a request, from its `Authorization` header.
pub async fn caller(state: &AppState, headers: &HeaderMap) -> Result<Caller, ApiError> {
    let Some(value) = headers.get(axum::http::header::AUTHORIZATION) else {
        return Ok(Caller::Public);
    };
    let value = value.to_str().map_err(|_| ApiError::Unauthenticated)?;
    let token = value
        .strip_prefix("Bearer ")
        .or_else(|| value.strip_prefix("bearer "))
        .ok_or(ApiError::Unauthenticated)?
        .trim();
    if let Some(rest) = token.strip_prefix("rpt_") {
        let (id, secret) = rest.split_once('_').ok_or(ApiError::Unauthenticated)?;
        let id: u64 = id.parse().map_err(|_| ApiError::Unauthenticated)?;
        let secret = unhex(secret).ok_or(ApiError::Unauthenticated)?;
        let stored = state
            .store
            .secret_hash(id)
            .await?
            .ok_or(ApiError::Unauthenticated)?;
        if same(secret_hash(&secret).as_bytes(), stored.as_bytes()) {
            return Ok(Caller::Reporter(id));
        }
        return Err(ApiError::Unauthenticated);
    }
    let hash = crate::config::sha256(token);
    match state.config.tokens.get(&hash) {
        Some(actor) => Ok(Caller::Staff(actor.clone())),
        None => Err(ApiError::Unauthenticated),
    }
}

/// Whether `agency` is on the case's current disposition path (any active branch's).
pub fn handles(case: &Case, agency: &AgencyId) -> bool {
    let on = |c: &Case| {
        c.path()
            .iter()
            .any(|h| h == &Holder::Agency(agency.clone()))
    };
    on(case) || case.active_branches().any(on)
}

impl Caller {
    /// The viewer this caller is for `case` (see the module documentation).
    pub fn viewer(&self, case: &Case) -> Viewer {
        match self {
            Caller::Public => Viewer::Public,
            Caller::Reporter(id) if *id == case.id().0 => Viewer::Reporter,
            Caller::Reporter(_) => Viewer::Public,
            Caller::Staff(a) => match (a.role, &a.agency) {
                (Role::NationalAdmin, _) => Viewer::NationalAdmin,
                (Role::AgencyAdmin | Role::LiaisonOfficer, Some(agency))
                    if handles(case, agency) =>
                {
                    Viewer::Agency
                }
                _ => Viewer::Public,
            },
        }
    }

    /// The actor giving commands to case `id`: the reporter only on their own case.
    pub fn actor_for(&self, id: u64) -> Result<Actor, ApiError> {
        match self {
            Caller::Public => Err(ApiError::Unauthenticated),
            Caller::Reporter(own) if *own == id => Ok(Actor::reporter()),
            Caller::Reporter(_) => Err(ApiError::NotAllowed { what: "commands" }),
            Caller::Staff(a) => Ok(a.clone()),
        }
    }

    /// The actor filing a new report: the national admin for a manual entry, the reporter
    /// otherwise (an agency token gets the core's `permission_denied`).
    pub fn submitter(&self) -> Actor {
        match self {
            Caller::Staff(a) => a.clone(),
            _ => Actor::reporter(),
        }
    }
}
