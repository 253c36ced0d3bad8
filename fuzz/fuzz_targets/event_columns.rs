//! The flat columnar form of a log (`Event::from_columns`, `RowReader`): arbitrary columns never
//! panic, and an event they give writes back to the same columns (its payload and instant) and
//! reads back equal.
#![no_main]

use lapor_core::{Event, EventRow, LogErrors, RowReader};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // case, instant, seq, then event, role, agency and payload, separated by unit separators.
    let mut parts = text.splitn(7, '\u{1f}');
    let number = |p: Option<&str>| p.and_then(|s| s.trim().parse::<i64>().ok()).unwrap_or(0);
    let (case, at, seq) = (number(parts.next()), number(parts.next()), number(parts.next()));
    let (event, role, agency, payload) = (
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
    );
    let case = case.unsigned_abs();
    if let Ok(e) = Event::from_columns(case, at, event, role, Some(agency), payload) {
        let back = Event::from_columns(
            e.case.0,
            e.at.timestamp_micros(),
            e.kind.as_str(),
            e.actor.role.as_str(),
            e.actor.agency.as_ref().map(|a| a.as_str()),
            &e.payload(),
        )
        .expect("an event's own columns read back");
        assert_eq!(back, e);
    }
    let mut reader = RowReader::new(LogErrors::Collect);
    for _ in 0..2 {
        let row = EventRow {
            case,
            at_micros: at,
            event,
            actor_role: role,
            actor_agency: Some(agency),
            payload,
            seq: Some(seq.unsigned_abs()),
        };
        reader.push(row).expect("collecting never stops");
    }
    let log = reader.finish();
    assert_eq!(log.events.len() + log.errors.len(), 2);
});
