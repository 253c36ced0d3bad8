//! Checks a store after a crash: every case replays with the core's checks, its projection is
//! the one rebuilt from its events, no event is stored twice, and every acknowledged write
//! (from a file the load client writes) is found at its place in its case's log.
//!
//! An acknowledgement is one JSON line: `{"tracking_id": 7, "version": 4, "events":
//! ["breached", "followed_up"]}`: after the write the case was at `version`, and its last
//! `events.len()` events up to there have these names.

use serde::{Deserialize, Serialize};

use crate::api::{load_case, projection};
use crate::error::ApiError;
use crate::AppState;

/// One acknowledged write.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ack {
    /// The case.
    pub tracking_id: u64,
    /// Its version after the write.
    pub version: u64,
    /// The names of the events the write appended, in order.
    pub events: Vec<String>,
}

/// What [`verify`] found.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Cases in the store.
    pub cases: usize,
    /// Events in the store.
    pub events: i64,
    /// Events stored twice (same case and position): must be 0.
    pub duplicated_events: i64,
    /// Cases whose log does not replay: must be 0.
    pub not_replaying: usize,
    /// Cases whose projection differs from the one rebuilt from the events (the time-dependent
    /// `next_due_micros` aside): must be 0.
    pub projection_mismatches: usize,
    /// Acknowledged writes read from the file.
    pub acknowledged: usize,
    /// Of these, found in the store.
    pub acknowledged_found: usize,
}

impl Report {
    /// Whether everything holds.
    pub fn ok(&self) -> bool {
        self.duplicated_events == 0
            && self.not_replaying == 0
            && self.projection_mismatches == 0
            && self.acknowledged == self.acknowledged_found
    }
}

/// Checks the store against `acks`.
pub async fn verify(state: &AppState, acks: &[Ack]) -> Result<Report, ApiError> {
    let mut r = Report::default();
    let (n, distinct) = state.store.event_counts().await?;
    r.events = n;
    r.duplicated_events = n - distinct;
    let now = state.now();
    for id in state.store.all_ids().await? {
        r.cases += 1;
        let case = match load_case(state, id).await {
            Ok(c) => c,
            Err(_) => {
                r.not_replaying += 1;
                continue;
            }
        };
        let mut rebuilt = projection(state, &case, now);
        let stored = state.store.projection(id).await?;
        if let Some(stored) = stored {
            rebuilt.next_due_micros = stored.next_due_micros;
            if stored != rebuilt {
                r.projection_mismatches += 1;
            }
        } else {
            r.projection_mismatches += 1;
        }
    }
    r.acknowledged = acks.len();
    let mut cache: std::collections::HashMap<u64, Vec<String>> = std::collections::HashMap::new();
    for a in acks {
        if let std::collections::hash_map::Entry::Vacant(slot) = cache.entry(a.tracking_id) {
            let names = match state.store.load(a.tracking_id).await {
                Ok(Some(events)) => events.iter().map(|e| e.kind.as_str().to_string()).collect(),
                _ => Vec::new(),
            };
            slot.insert(names);
        }
        let names = &cache[&a.tracking_id];
        let v = a.version as usize;
        let found =
            v <= names.len() && v >= a.events.len() && names[v - a.events.len()..v] == a.events[..];
        if found {
            r.acknowledged_found += 1;
        }
    }
    Ok(r)
}
