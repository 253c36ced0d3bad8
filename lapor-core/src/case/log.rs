//! Event logs as JSON Lines: one [`Event`] per line, RFC 3339 instants.

use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};

use super::{Case, Event};
use crate::error::{Error, Result};
use crate::report::TrackingId;

/// What [`read_event_log`] does with a line it cannot read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LogErrors {
    /// Stop at the first bad line and return its error.
    #[default]
    Stop,
    /// Keep the good lines and collect the bad ones.
    Collect,
}

/// The events read from a log, and (with [`LogErrors::Collect`]) the lines that failed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EventLog {
    /// The events, in file order.
    pub events: Vec<Event>,
    /// One [`Error::LogLine`] per bad line.
    pub errors: Vec<Error>,
}

/// Reads a JSON Lines event log. Blank lines are skipped.
///
/// Errors (with [`LogErrors::Stop`]): [`Error::LogLine`] naming the 1-based line number.
///
/// ```
/// use lapor_core::{read_event_log, LogErrors};
/// let text = "{\"case\":1,\"at\":\"2025-03-03T02:00:00Z\",\"actor\":{\"role\":\"national_admin\"},\"event\":\"resumed\"}\nnot json\n";
/// assert_eq!(read_event_log(text, LogErrors::Stop).unwrap_err().code(), "log_line");
/// let log = read_event_log(text, LogErrors::Collect)?;
/// assert_eq!((log.events.len(), log.errors.len()), (1, 1));
/// # Ok::<(), lapor_core::Error>(())
/// ```
pub fn read_event_log(text: &str, on_error: LogErrors) -> Result<EventLog> {
    let mut log = EventLog::default();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match Event::from_json(line) {
            Ok(e) => log.events.push(e),
            Err(e) => {
                let err = Error::LogLine {
                    line: i + 1,
                    message: e.to_string(),
                };
                match on_error {
                    LogErrors::Stop => return Err(err),
                    LogErrors::Collect => log.errors.push(err),
                }
            }
        }
    }
    Ok(log)
}

/// Writes events as JSON Lines (each line ends with `\n`).
pub fn write_event_log<'e>(events: impl IntoIterator<Item = &'e Event>) -> String {
    let mut out = String::new();
    for e in events {
        out.push_str(&e.to_json());
        out.push('\n');
    }
    out
}

/// Groups events by tracking id (in order of first appearance) and replays each group into a
/// case ([`Case::replay`]). The events of one case must be in time order; cases may interleave.
pub fn cases_from_events<'e>(events: impl IntoIterator<Item = &'e Event>) -> Result<Vec<Case>> {
    let events = events.into_iter();
    let mut index: IdMap = HashMap::with_capacity_and_hasher(events.size_hint().0 / 4, IdHash);
    let mut cases: Vec<Case> = Vec::with_capacity(events.size_hint().0 / 4);
    for e in events {
        match index.get(&e.case) {
            Some(&i) => {
                let case = &mut cases[i];
                case.check_event(e)?;
                case.apply(e);
            }
            None => {
                index.insert(e.case, cases.len());
                cases.push(Case::from_first(e)?);
            }
        }
    }
    Ok(cases)
}

/// [`cases_from_events`], taking ownership of the events (the fast path after
/// [`read_event_log`]: no event, text or agency id is cloned).
/// `cases_from_owned_events(events.clone()) == cases_from_events(&events)`.
pub fn cases_from_owned_events(events: impl IntoIterator<Item = Event>) -> Result<Vec<Case>> {
    let events = events.into_iter();
    let mut index: IdMap = HashMap::with_capacity_and_hasher(events.size_hint().0 / 4, IdHash);
    let mut cases: Vec<Case> = Vec::with_capacity(events.size_hint().0 / 4);
    for e in events {
        match index.get(&e.case) {
            Some(&i) => {
                let case = &mut cases[i];
                case.check_event(&e)?;
                case.apply_owned(e);
            }
            None => {
                index.insert(e.case, cases.len());
                cases.push(Case::from_first_owned(e)?);
            }
        }
    }
    Ok(cases)
}

/// Tracking id to position: tracking ids are integers, so a multiplicative hash is enough (and
/// much cheaper than SipHash; the input is the caller's own log, not an attacker's keys).
type IdMap = HashMap<TrackingId, usize, IdHash>;

#[derive(Clone, Copy, Default)]
struct IdHash;

impl BuildHasher for IdHash {
    type Hasher = IdHasher;
    fn build_hasher(&self) -> IdHasher {
        IdHasher(0)
    }
}

struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        // Fibonacci hashing; hashbrown takes the top bits for the group and the low bits for
        // the bucket, so mix both.
        let h = self.0.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        h ^ (h >> 32)
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x100_0000_01B3);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = self.0.rotate_left(29) ^ n;
    }
}
