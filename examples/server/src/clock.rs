//! The clock task: records the time-driven events of due cases (SLA breaches and their
//! escalations, auto-close, auto-archive) as the core computes them ([`Case::advance`]).
//!
//! The projection keeps, per case, when it next needs a look (`next_due_micros`). Each tick
//! takes the cases due by now, replays each, appends `Case::advance`'s events with the version
//! check of every append, and stores the new projection. It is idempotent (a case advanced to
//! `now` has nothing more due at `now`) and safe with several processes on one database: two
//! processes advancing the same case compute the same events, and the second append fails the
//! version check and is dropped.

use std::sync::Arc;
use std::time::Duration;

use lapor_core::Case;

use crate::api::{load_case, projection};
use crate::error::ApiError;
use crate::AppState;

/// What one tick did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tick {
    /// Cases looked at.
    pub cases: usize,
    /// Events appended.
    pub events: usize,
    /// Cases another writer changed first (left for the next tick).
    pub conflicts: usize,
}

/// Advances one case to now; the number of events appended.
pub async fn advance_case(state: &AppState, id: u64) -> Result<usize, ApiError> {
    let mut case: Case = load_case(state, id).await?;
    let version = case.events().len() as u64;
    let now = state.now().max(case.last_event_at());
    let events = case.advance(&state.world().context(), now)?;
    let p = projection(state, &case, now);
    state.store.append(id, version, &events, &p).await?;
    if !events.is_empty() {
        tracing::info!(
            case = id,
            events = events.len(),
            "time-driven events recorded"
        );
    }
    Ok(events.len())
}

/// One pass over the due cases (at most `batch`).
pub async fn tick(state: &AppState, batch: i64) -> Result<Tick, ApiError> {
    let ids = state.store.due(state.now(), batch).await?;
    let mut t = Tick::default();
    for id in ids {
        t.cases += 1;
        match advance_case(state, id).await {
            Ok(n) => t.events += n,
            Err(ApiError::VersionConflict { .. }) => t.conflicts += 1,
            Err(e) => tracing::warn!(case = id, code = e.code(), "could not advance case"),
        }
    }
    Ok(t)
}

/// Runs [`tick`] every `period` until `stop` says so.
pub async fn run(
    state: Arc<AppState>,
    period: Duration,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    let mut interval = tokio::time::interval(period);
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = interval.tick() => {}
            _ = stop.changed() => break,
        }
        loop {
            match tick(&state, 200).await {
                // A full batch: more may be due.
                Ok(t) if t.cases == 200 => continue,
                Ok(_) => break,
                Err(e) => {
                    tracing::warn!(code = e.code(), "clock tick failed");
                    break;
                }
            }
        }
    }
}
