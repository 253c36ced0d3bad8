//! [`LaporError`]: every [`lapor_core::Error`] variant, as a uniffi error enum.

use std::time::SystemTime;

use lapor_core::{CsvProblem, Error as CoreError, Lang};

/// An error from `lapor` (`LaporException` in Kotlin, `LaporError` in Swift). Every variant
/// carries the stable `code` of the core error (the same in every binding), its `category`
/// (`parse`, `directory`, `not_found`, `validation`, `calendar`, `transition`, `permission`), the
/// message in Bahasa Indonesia (`message_id`) and English (`message_en`), and the core variant's
/// own fields.
#[derive(Debug, thiserror::Error, uniffi::Error)]
pub enum LaporError {
    /// A region code with a character other than digits and well-placed dots.
    #[error("{message_en}")]
    RegionCodeSyntax {
        /// Stable error code.
        code: String,
        /// Error family.
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// Index (in Unicode scalar values) of the offending character.
        position: u32,
        /// The offending character.
        found: String,
    },
    /// A region code whose digit count matches no level.
    #[error("{message_en}")]
    RegionCodeLength {
        /// Stable error code.
        code: String,
        /// Error family.
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// Number of digits found.
        digits: u32,
    },
    /// A region code of a province that does not exist.
    #[error("{message_en}")]
    UnknownProvince {
        /// Stable error code.
        code: String,
        /// Error family.
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// The province number found.
        province: u8,
    },
    /// A region code segment outside its level's range.
    #[error("{message_en}")]
    RegionCodeOutOfRange {
        /// Stable error code.
        code: String,
        /// Error family.
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// `province`, `regency`, `district` or `village`.
        level: String,
        /// The segment's value.
        value: u16,
    },
    /// JSON that does not fit the expected shape, with the path of the field and the position.
    #[error("{message_en}")]
    Json {
        /// Stable error code (`json`).
        code: String,
        /// Error family.
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// What was being read (`report form`, `agency directory`, `event`, …).
        target: String,
        /// The offending field's path (`.` for the root).
        path: String,
        /// 1-based line.
        line: u64,
        /// 1-based column.
        column: u64,
        /// What the JSON reader reported.
        detail: String,
    },
    /// A bad line in a `kode,nama` CSV file.
    #[error("{message_en}")]
    Csv {
        /// Stable error code.
        code: String,
        /// Error family.
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// 1-based line number.
        line: u64,
        /// What is wrong: `missing_name`, `unterminated_quote`, `bad_code` or `duplicate_code`.
        problem: String,
        /// For `duplicate_code`: the line where the code first appeared.
        first_line: Option<u64>,
    },
    /// A directory problem (`duplicate_id`, `unknown_parent`, `cycle`) or an unknown agency
    /// (`unknown_agency`).
    #[error("{message_en}")]
    Directory {
        /// Stable error code: `duplicate_id`, `unknown_parent`, `cycle`, `unknown_agency`,
        /// `unknown_case` or `unknown_category`.
        code: String,
        /// Error family.
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// The id concerned.
        id: String,
        /// `agency`, `category` or `case` (not for `unknown_agency`).
        what: Option<String>,
        /// The missing parent (`unknown_parent` only).
        parent: Option<String>,
    },
    /// Attachments over a configured limit (size or count).
    #[error("{message_en}")]
    Attachments {
        /// Stable error code: `attachments_too_large` or `too_many_attachments`.
        code: String,
        /// Error family.
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// The value found (bytes or count).
        actual: u64,
        /// The limit (bytes or count).
        limit: u64,
    },
    /// A name the library does not know (an enum value, a language, …).
    #[error("{message_en}")]
    UnknownName {
        /// Stable error code.
        code: String,
        /// Error family.
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// What kind of name was expected.
        what: String,
    },
    /// A date that is not a valid `YYYY-MM-DD` date (`invalid_date`).
    #[error("{message_en}")]
    InvalidDate {
        /// Stable error code.
        code: String,
        /// Error family.
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
    },
    /// A date outside the years the calendar covers (`calendar_range`), a calendar whose
    /// years are not a contiguous range (`calendar_years`), or an entry of calendar data that
    /// cannot be used (`calendar_entry`: `entry` names it, `problem` says why).
    #[error("{message_en}")]
    Calendar {
        /// Stable error code: `calendar_range` or `calendar_years`.
        code: String,
        /// Error family.
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// The date that is not covered (ISO `YYYY-MM-DD`), if the error is about a date.
        date: Option<String>,
        /// The calendar's years (first and last for `calendar_range`; those given otherwise).
        years: Vec<i32>,
        /// The entry of calendar data at fault (`calendar_entry`), such as `years[0]`.
        entry: Option<String>,
        /// Why the entry cannot be used (`calendar_entry`), such as `already_official`.
        problem: Option<String>,
    },
    /// An interval that ends before it starts (`invalid_interval`).
    #[error("{message_en}")]
    InvalidInterval {
        /// Stable error code.
        code: String,
        /// Error family.
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// Its start.
        start: SystemTime,
        /// Its end (before the start).
        end: SystemTime,
    },
    /// Lists of different lengths (`length_mismatch`).
    #[error("{message_en}")]
    LengthMismatch {
        /// Stable error code.
        code: String,
        /// Error family.
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// The length expected.
        expected: u64,
        /// The length found.
        found: u64,
    },
    /// An instant the library cannot represent (beyond the years ±262,000): raised by the
    /// binding when it converts a foreign `Instant`/`Date` (`instant_out_of_range`).
    #[error("{message_en}")]
    InstantOutOfRange {
        /// Stable error code.
        code: String,
        /// Error family (`validation`).
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
    },
    /// A command the case's current status does not allow (`illegal_transition`).
    #[error("{message_en}")]
    IllegalTransition {
        /// Stable error code.
        code: String,
        /// Error family.
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// The case's status (snake_case), or `none` before the case exists.
        status: String,
        /// The command or event (snake_case).
        command: String,
    },
    /// A command or event dated before the case's latest event (`time_backwards`).
    #[error("{message_en}")]
    TimeBackwards {
        /// Stable error code.
        code: String,
        /// Error family.
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// The latest event's instant.
        last: SystemTime,
        /// The instant given.
        at: SystemTime,
    },
    /// Disposing a case to an agency that already declined it (`already_declined`).
    #[error("{message_en}")]
    AlreadyDeclined {
        /// Stable error code.
        code: String,
        /// Error family.
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// The agency.
        agency: String,
    },
    /// A time-driven command (auto-close) given before it is due (`not_due`).
    #[error("{message_en}")]
    NotDue {
        /// Stable error code.
        code: String,
        /// Error family.
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// When it becomes due.
        due: SystemTime,
    },
    /// A command its own rules refuse (`command_refused`): an extension given twice or after
    /// the deadline, a duplicate of itself, an edit that changes nothing…
    #[error("{message_en}")]
    CommandRefused {
        /// Stable error code.
        code: String,
        /// Error family.
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// The command (snake_case).
        command: String,
        /// The rule it broke (`already_extended`, `deadline_passed`, `unchanged`, …).
        rule: String,
    },
    /// Reopening a resolved case after the reporter's window closed (`window_closed`).
    #[error("{message_en}")]
    WindowClosed {
        /// Stable error code.
        code: String,
        /// Error family.
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// When the window closed.
        closed_at: SystemTime,
    },
    /// An event for another case (`wrong_case`).
    #[error("{message_en}")]
    WrongCase {
        /// Stable error code.
        code: String,
        /// Error family.
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// The case's tracking id.
        expected: u64,
        /// The event's tracking id.
        found: u64,
    },
    /// An actor whose role may not give this command, or whose agency is outside the case's
    /// disposition chain (`permission_denied`).
    #[error("{message_en}")]
    PermissionDenied {
        /// Stable error code.
        code: String,
        /// Error family.
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// The actor's role (snake_case).
        role: String,
        /// The command (snake_case).
        command: String,
        /// The agency the actor acts for, if any.
        agency: Option<String>,
        /// `role`, `no_agency`, `outside_chain` or `not_holder`.
        reason: String,
    },
    /// Sub-disposing to a unit that is not below the acting agency (`outside_subtree`).
    #[error("{message_en}")]
    OutsideSubtree {
        /// Stable error code.
        code: String,
        /// Error family.
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// The acting agency.
        agency: String,
        /// The unit asked for.
        unit: String,
    },
    /// A pseudonym key that cannot be used (`pseudonym_key`): shorter than 16 bytes, or hex that
    /// is not an even number of hex digits.
    #[error("{message_en}")]
    PseudonymKey {
        /// Stable error code.
        code: String,
        /// Error family.
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// `too_short` or `not_hex`.
        problem: String,
        /// The key's length in bytes.
        length: u64,
        /// The shortest key accepted.
        minimum: u64,
    },
    /// A report whose tracking id is not its case's (`tracking_id_mismatch`).
    #[error("{message_en}")]
    TrackingIdMismatch {
        /// Stable error code.
        code: String,
        /// Error family.
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// The case's tracking id.
        case: u64,
        /// The tracking id in the report.
        report: u64,
    },
    /// An event of a log that no command could have produced there (`event_rejected`):
    /// replay applies exactly the checks of `handle`.
    #[error("{message_en}")]
    EventRejected {
        /// Stable error code.
        code: String,
        /// The family of `reason_code` (`transition`, `permission`, `not_found`…).
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// 1-based line of the event in the log.
        line: u64,
        /// The case's tracking id.
        case: u64,
        /// The event (snake_case).
        event: String,
        /// The code of the error its command would have got (`illegal_transition`,
        /// `permission_denied`, `unknown_agency`…).
        reason_code: String,
    },
    /// A bad line in an event log (JSON Lines) (`log_line`).
    #[error("{message_en}")]
    LogLine {
        /// Stable error code.
        code: String,
        /// Error family.
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// 1-based line number.
        line: u64,
        /// What is wrong with the line (English).
        detail: String,
    },
}

/// `usize` to `u64` (lossless on every supported target).
fn n(v: usize) -> u64 {
    u64::try_from(v).unwrap_or(u64::MAX)
}

/// A UTC instant as a `SystemTime` (`Instant` in Kotlin, `Date` in Swift).
pub(crate) fn system_time(t: chrono::DateTime<chrono::Utc>) -> SystemTime {
    SystemTime::from(t)
}

/// A foreign instant as a UTC instant; [`LaporError::InstantOutOfRange`] outside chrono's range.
pub(crate) fn utc(t: SystemTime) -> Result<chrono::DateTime<chrono::Utc>, LaporError> {
    let (secs, nanos) = match t.duration_since(SystemTime::UNIX_EPOCH) {
        Ok(d) => (i64::try_from(d.as_secs()).ok(), d.subsec_nanos()),
        Err(e) => {
            // Before 1970: negative seconds, nanoseconds counted forward.
            let d = e.duration();
            let (s, ns) = (i64::try_from(d.as_secs()).ok(), d.subsec_nanos());
            match (s, ns) {
                (Some(s), 0) => (Some(-s), 0),
                (Some(s), ns) => (Some(-s - 1), 1_000_000_000 - ns),
                (None, _) => (None, 0),
            }
        }
    };
    secs.and_then(|s| chrono::DateTime::from_timestamp(s, nanos))
        .ok_or_else(|| LaporError::InstantOutOfRange {
            code: "instant_out_of_range".into(),
            category: "validation".into(),
            message_id: "waktu di luar rentang yang dapat diolah".into(),
            message_en: "instant out of the supported range".into(),
        })
}

impl From<CoreError> for LaporError {
    fn from(e: CoreError) -> Self {
        let code = e.code().to_string();
        let category = e.category().to_string();
        let message_id = e.message(Lang::Id);
        let message_en = e.message(Lang::En);
        // Exhaustive on purpose: a new core variant does not compile until it is mapped here.
        match e {
            // The input itself is never carried across: the caller has it, and the foreign
            // exception's message lists every field (a NIK given as a region code would be
            // logged).
            CoreError::RegionCodeSyntax {
                position, found, ..
            } => LaporError::RegionCodeSyntax {
                code,
                category,
                message_id,
                message_en,
                position: u32::try_from(position).unwrap_or(u32::MAX),
                found: found.to_string(),
            },
            CoreError::RegionCodeLength { digits, .. } => LaporError::RegionCodeLength {
                code,
                category,
                message_id,
                message_en,
                digits: u32::try_from(digits).unwrap_or(u32::MAX),
            },
            CoreError::UnknownProvince { province, .. } => LaporError::UnknownProvince {
                code,
                category,
                message_id,
                message_en,
                province,
            },
            CoreError::RegionCodeOutOfRange { level, value, .. } => {
                LaporError::RegionCodeOutOfRange {
                    code,
                    category,
                    message_id,
                    message_en,
                    level: level.as_str().to_string(),
                    value,
                }
            }
            CoreError::Json {
                target,
                path,
                line,
                column,
                message,
            } => LaporError::Json {
                code,
                category,
                message_id,
                message_en,
                target: target.to_string(),
                path,
                line: n(line),
                column: n(column),
                detail: message,
            },
            CoreError::Csv { line, problem } => {
                let (problem, first_line) = match problem {
                    CsvProblem::MissingName => ("missing_name", None),
                    CsvProblem::UnterminatedQuote => ("unterminated_quote", None),
                    // The region-code error is spelled out in the messages.
                    CsvProblem::BadCode(_) => ("bad_code", None),
                    CsvProblem::DuplicateCode { first_line, .. } => {
                        ("duplicate_code", Some(n(first_line)))
                    }
                };
                LaporError::Csv {
                    code,
                    category,
                    message_id,
                    message_en,
                    line: n(line),
                    problem: problem.to_string(),
                    first_line,
                }
            }
            CoreError::DuplicateId { what, id } | CoreError::Cycle { what, id } => {
                LaporError::Directory {
                    code,
                    category,
                    message_id,
                    message_en,
                    id,
                    what: Some(what.to_string()),
                    parent: None,
                }
            }
            CoreError::UnknownParent { what, id, parent } => LaporError::Directory {
                code,
                category,
                message_id,
                message_en,
                id,
                what: Some(what.to_string()),
                parent: Some(parent),
            },
            CoreError::UnknownAgency { id } => LaporError::Directory {
                code,
                category,
                message_id,
                message_en,
                id,
                what: None,
                parent: None,
            },
            CoreError::UnknownCase { case } => LaporError::Directory {
                code,
                category,
                message_id,
                message_en,
                id: case.to_string(),
                what: Some("case".into()),
                parent: None,
            },
            CoreError::UnknownCategory { id } => LaporError::Directory {
                code,
                category,
                message_id,
                message_en,
                id,
                what: Some("category".into()),
                parent: None,
            },
            CoreError::CommandRefused { command, rule } => LaporError::CommandRefused {
                code,
                category,
                message_id,
                message_en,
                command,
                rule: rule.to_string(),
            },
            CoreError::AttachmentsTooLarge {
                total_bytes,
                limit_bytes,
            } => LaporError::Attachments {
                code,
                category,
                message_id,
                message_en,
                actual: total_bytes,
                limit: limit_bytes,
            },
            CoreError::TooManyAttachments { count, limit } => LaporError::Attachments {
                code,
                category,
                message_id,
                message_en,
                actual: n(count),
                limit: n(limit),
            },
            CoreError::UnknownName { what, .. } => LaporError::UnknownName {
                code,
                category,
                message_id,
                message_en,
                what: what.to_string(),
            },
            CoreError::InvalidDate { .. } => LaporError::InvalidDate {
                code,
                category,
                message_id,
                message_en,
            },
            CoreError::CalendarRange {
                date,
                first_year,
                last_year,
            } => LaporError::Calendar {
                code,
                category,
                message_id,
                message_en,
                date: Some(date.to_string()),
                years: vec![first_year, last_year],
                entry: None,
                problem: None,
            },
            CoreError::CalendarYears { years } => LaporError::Calendar {
                code,
                category,
                message_id,
                message_en,
                date: None,
                years,
                entry: None,
                problem: None,
            },
            CoreError::CalendarEntry { entry, problem } => LaporError::Calendar {
                code,
                category,
                message_id,
                message_en,
                date: None,
                years: Vec::new(),
                entry: Some(entry),
                problem: Some(problem.to_string()),
            },
            CoreError::InvalidInterval { start, end } => LaporError::InvalidInterval {
                code,
                category,
                message_id,
                message_en,
                start: system_time(start),
                end: system_time(end),
            },
            CoreError::LengthMismatch { expected, found } => LaporError::LengthMismatch {
                code,
                category,
                message_id,
                message_en,
                expected: n(expected),
                found: n(found),
            },
            CoreError::IllegalTransition { status, command } => LaporError::IllegalTransition {
                code,
                category,
                message_id,
                message_en,
                status,
                command,
            },
            CoreError::TimeBackwards { last, at } => LaporError::TimeBackwards {
                code,
                category,
                message_id,
                message_en,
                last: system_time(last),
                at: system_time(at),
            },
            CoreError::AlreadyDeclined { agency } => LaporError::AlreadyDeclined {
                code,
                category,
                message_id,
                message_en,
                agency,
            },
            CoreError::NotDue { due } => LaporError::NotDue {
                code,
                category,
                message_id,
                message_en,
                due: system_time(due),
            },
            CoreError::WindowClosed { closed_at } => LaporError::WindowClosed {
                code,
                category,
                message_id,
                message_en,
                closed_at: system_time(closed_at),
            },
            CoreError::WrongCase { expected, found } => LaporError::WrongCase {
                code,
                category,
                message_id,
                message_en,
                expected,
                found,
            },
            CoreError::PermissionDenied {
                role,
                command,
                agency,
                reason,
            } => LaporError::PermissionDenied {
                code,
                category,
                message_id,
                message_en,
                role,
                command,
                agency,
                reason: reason.to_string(),
            },
            CoreError::OutsideSubtree { agency, unit } => LaporError::OutsideSubtree {
                code,
                category,
                message_id,
                message_en,
                agency,
                unit,
            },
            CoreError::PseudonymKey {
                problem,
                length,
                minimum,
            } => LaporError::PseudonymKey {
                code,
                category,
                message_id,
                message_en,
                problem: problem.to_string(),
                length: n(length),
                minimum: n(minimum),
            },
            CoreError::TrackingIdMismatch { case, report } => LaporError::TrackingIdMismatch {
                code,
                category,
                message_id,
                message_en,
                case,
                report,
            },
            CoreError::EventRejected {
                line,
                case,
                event,
                reason,
            } => LaporError::EventRejected {
                code,
                category,
                message_id,
                message_en,
                line: n(line),
                case,
                event: event.to_string(),
                reason_code: reason.code().to_string(),
            },
            CoreError::LogLine { line, message } => LaporError::LogLine {
                code,
                category,
                message_id,
                message_en,
                line: n(line),
                detail: message,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone as _, Utc};

    #[test]
    fn instants_round_trip_and_overflow_is_an_error() {
        for t in [
            Utc.with_ymd_and_hms(2026, 3, 16, 2, 0, 0).unwrap(),
            Utc.timestamp_opt(-1, 500).unwrap(),
            Utc.timestamp_opt(-86_400 * 365 * 100, 0).unwrap(),
        ] {
            assert_eq!(utc(system_time(t)).unwrap(), t);
        }
        let far = SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(u64::MAX / 4);
        assert!(matches!(
            utc(far),
            Err(LaporError::InstantOutOfRange { .. })
        ));
    }

    #[test]
    fn csv_problem_and_every_code_reach_the_foreign_error() {
        let e = lapor_core::RegionDirectory::from_csv("11,Aceh\n11,Aceh lagi").unwrap_err();
        match LaporError::from(e) {
            LaporError::Csv {
                code,
                line,
                problem,
                first_line,
                ..
            } => {
                assert_eq!((code.as_str(), line), ("csv", 2));
                assert_eq!((problem.as_str(), first_line), ("duplicate_code", Some(1)));
            }
            other => panic!("{other:?}"),
        }
        let t = Utc.with_ymd_and_hms(2026, 3, 16, 2, 0, 0).unwrap();
        let samples = [
            CoreError::IllegalTransition {
                status: "submitted".into(),
                command: "close".into(),
            },
            CoreError::TimeBackwards { last: t, at: t },
            CoreError::AlreadyDeclined { agency: "a".into() },
            CoreError::NotDue { due: t },
            CoreError::WindowClosed { closed_at: t },
            CoreError::WrongCase {
                expected: 1,
                found: 2,
            },
            CoreError::OutsideSubtree {
                agency: "a".into(),
                unit: "b".into(),
            },
            CoreError::LogLine {
                line: 3,
                message: "x".into(),
            },
            CoreError::TrackingIdMismatch { case: 1, report: 2 },
            CoreError::PseudonymKey {
                problem: "too_short",
                length: 3,
                minimum: 16,
            },
            CoreError::EventRejected {
                line: 2,
                case: 1,
                event: "closed",
                reason: Box::new(CoreError::UnknownAgency { id: "x".into() }),
            },
            CoreError::InvalidDate { input: "x".into() },
            CoreError::CommandRefused {
                command: "extend_information_request".into(),
                rule: "already_extended",
            },
            CoreError::UnknownCase { case: 9 },
            CoreError::UnknownCategory { id: "x".into() },
            CoreError::LengthMismatch {
                expected: 2,
                found: 3,
            },
        ];
        for core in samples {
            let (want, category) = (core.code(), core.category());
            let debug = format!("{:?}", LaporError::from(core));
            assert!(debug.contains(&format!("code: \"{want}\"")), "{debug}");
            assert!(
                debug.contains(&format!("category: \"{category}\"")),
                "{debug}"
            );
        }
    }
}
