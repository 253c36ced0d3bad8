//! The one error type of `lapor-core`.
//!
//! Every fallible function of the crate returns [`Result<T>`]. Each variant carries the data a
//! caller needs to act on it, has a stable snake_case [`Error::code`] (the bindings expose it as
//! the error's `code`), and a message in Bahasa Indonesia and English ([`Error::message`]);
//! `Display` gives the English one.

use crate::lang::Lang;
use crate::region::RegionLevel;

/// `Result` with the crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in `lapor-core`.
///
/// The enum is deliberately exhaustive: each binding maps every variant with a `match` that stops
/// compiling when a variant is added, so no error reaches a foreign caller untranslated.
///
/// Messages (`Display`, [`message`](Error::message)) and the JSON form never quote the value
/// that was given (it may be a NIK or a phone number, and errors end up in logs): they name the
/// field, the position and what was expected. The `input` and `value` fields of a variant keep
/// it for the Rust caller's own use only.
///
/// Serialising an error gives its [`code`](Error::code) as `"code"` and its fields beside it
/// (`{"code": "unknown_province", "input": "97", "province": 97}`): the bindings use that to
/// attach the fields to their foreign exceptions without a hand-written list per variant.
#[derive(Debug, Clone, PartialEq, thiserror::Error, serde::Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Error {
    /// A region code holds a character other than digits and the dots between its segments.
    #[error("region code: unexpected character at position {position}")]
    RegionCodeSyntax {
        /// The text that was parsed (for the caller; never in a message or the JSON).
        #[serde(skip_serializing)]
        input: String,
        /// Character index (0-based) of the offending character.
        position: usize,
        /// The offending character.
        found: char,
    },
    /// A region code has a number of digits that matches no level (2, 4, 6 or 10).
    #[error("region code: {digits} digits match no level (expected 2, 4, 6 or 10)")]
    RegionCodeLength {
        /// The text that was parsed (for the caller; never in a message or the JSON).
        #[serde(skip_serializing)]
        input: String,
        /// How many digits it holds.
        digits: usize,
    },
    /// A region code's first two digits are not one of the 38 provinces.
    #[error("region code: unknown province {province:02}")]
    UnknownProvince {
        /// The text that was parsed (for the caller; never in a message or the JSON).
        #[serde(skip_serializing)]
        input: String,
        /// The two-digit province number found.
        province: u8,
    },
    /// A segment of a region code is outside the range its level allows (kabupaten 01–69,
    /// kota 71–99, kecamatan 01–99, village 1001–3999).
    #[error("region code: {level} number {value} is out of range")]
    RegionCodeOutOfRange {
        /// The text that was parsed (for the caller; never in a message or the JSON).
        #[serde(skip_serializing)]
        input: String,
        /// The level of the offending segment.
        level: RegionLevel,
        /// The segment's value.
        value: u16,
    },
    /// JSON input that does not fit the expected shape.
    #[error("invalid {target} JSON at `{path}` (line {line}, column {column}): {message}")]
    Json {
        /// What was being read (`"report"`, `"agency directory"`, …).
        target: &'static str,
        /// Path of the offending field, such as `attachments[2].size_bytes` (`.` for the root).
        path: String,
        /// 1-based line of the error in the input.
        line: usize,
        /// 1-based column of the error in the input.
        column: usize,
        /// What serde reported.
        message: String,
    },
    /// A line of a `kode,nama` CSV file that cannot be read.
    #[error("CSV line {line}: {problem}")]
    Csv {
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        problem: CsvProblem,
    },
    /// Two entries of a directory share one id.
    #[error("duplicate {what} id {id:?}")]
    DuplicateId {
        /// `"agency"` or `"category"`.
        what: &'static str,
        /// The repeated id.
        id: String,
    },
    /// An entry names a parent that is not in the directory.
    #[error("{what} {id:?} names unknown parent {parent:?}")]
    UnknownParent {
        /// `"agency"` or `"category"`.
        what: &'static str,
        /// The entry.
        id: String,
        /// The missing parent.
        parent: String,
    },
    /// Following the parents of an entry comes back to it.
    #[error("{what} {id:?} is its own ancestor (cycle in the parent links)")]
    Cycle {
        /// `"agency"` or `"category"`.
        what: &'static str,
        /// An entry on the cycle.
        id: String,
    },
    /// An agency id that the directory does not hold.
    #[error("unknown agency {id:?}")]
    UnknownAgency {
        /// The id asked for.
        id: String,
    },
    /// The attachments of a report are larger together than the configured limit.
    #[error("attachments total {total_bytes} bytes, over the limit of {limit_bytes} bytes")]
    AttachmentsTooLarge {
        /// Sum of the attachment sizes.
        total_bytes: u64,
        /// The configured limit.
        limit_bytes: u64,
    },
    /// A report has more attachments than the configured limit.
    #[error("{count} attachments, over the limit of {limit}")]
    TooManyAttachments {
        /// Number of attachments.
        count: usize,
        /// The configured limit.
        limit: usize,
    },
    /// A date outside the years a [`WorkingCalendar`](crate::WorkingCalendar) covers: the
    /// calendar cannot say whether it is a working day.
    #[error("date {date} is outside the calendar's years {first_year}–{last_year}")]
    CalendarRange {
        /// The first date needed that the calendar does not cover.
        date: chrono::NaiveDate,
        /// First covered year.
        first_year: i32,
        /// Last covered year.
        last_year: i32,
    },
    /// A calendar's years are empty, not contiguous, or outside 1900–2199.
    #[error("calendar years {years:?} must be a non-empty contiguous range within 1900–2199")]
    CalendarYears {
        /// The years given.
        years: Vec<i32>,
    },
    /// An entry of calendar data that cannot be used: a year given twice or already official, a
    /// year not adjacent to the covered ones, a missing source, a date outside its entry's year.
    #[error("calendar data `{entry}`: {}", calendar_problem(problem, Lang::En))]
    CalendarEntry {
        /// The entry, such as `years[1]` or `years[0].holidays[3]`.
        entry: String,
        /// `duplicate_year`, `already_official`, `not_contiguous`, `year_out_of_bounds`,
        /// `missing_source`, `date_outside_year`, `not_a_covered_year` or
        /// `not_an_official_year`.
        problem: &'static str,
    },
    /// An interval that ends before it starts.
    #[error("interval ends at {end} before it starts at {start}")]
    InvalidInterval {
        /// Its start.
        start: chrono::DateTime<chrono::Utc>,
        /// Its end.
        end: chrono::DateTime<chrono::Utc>,
    },
    /// Two inputs of a bulk function that must have the same length (or length 1) do not.
    #[error("expected {expected} values (or 1), found {found}")]
    LengthMismatch {
        /// The length of the longest input.
        expected: usize,
        /// The length found.
        found: usize,
    },
    /// A name (of an enum value, a language, …) that the library does not know.
    #[error("unknown {what}")]
    UnknownName {
        /// What kind of name was expected.
        what: &'static str,
        /// The text given (for the caller; never in a message or the JSON).
        #[serde(skip_serializing)]
        value: String,
    },
    /// A command that the case's current status does not allow (see the transition table in
    /// [`crate::case`]).
    #[error("command {command} is not allowed on a case with status {status}")]
    IllegalTransition {
        /// The case's status (snake_case), or `none` before the case exists.
        status: String,
        /// The command or event (snake_case).
        command: String,
    },
    /// An actor whose role may not give this command, or whose agency is outside the case's
    /// disposition chain.
    #[error("{role} may not {command} this case: {}", permission_reason_en(reason))]
    PermissionDenied {
        /// The actor's role (snake_case).
        role: String,
        /// The command (snake_case).
        command: String,
        /// The agency the actor acts for, if any.
        agency: Option<String>,
        /// Why: `role` (the role may not give the command), `no_agency` (the role needs an
        /// agency), `outside_chain` (the agency does not hold the case and is not above its holder
        /// in the chain) or `not_holder` (only the holder may give it).
        reason: &'static str,
    },
    /// A command or event dated before the case's latest event.
    #[error("instant {at} is before the case's latest event at {last}")]
    TimeBackwards {
        /// The latest event's instant.
        last: chrono::DateTime<chrono::Utc>,
        /// The instant given.
        at: chrono::DateTime<chrono::Utc>,
    },
    /// Disposing a case to an agency that already declined it (*bukan wewenang*).
    #[error("agency {agency:?} already declined this case")]
    AlreadyDeclined {
        /// The agency.
        agency: String,
    },
    /// Sub-disposing to a unit that is not below the acting agency.
    #[error("unit {unit:?} is not below agency {agency:?}")]
    OutsideSubtree {
        /// The acting agency.
        agency: String,
        /// The unit asked for.
        unit: String,
    },
    /// A time-driven command (auto-close) given before it is due.
    #[error("not due before {due}")]
    NotDue {
        /// When it becomes due.
        due: chrono::DateTime<chrono::Utc>,
    },
    /// Reopening a resolved case after the reporter's window closed.
    #[error("the window to reopen closed at {closed_at}")]
    WindowClosed {
        /// When the window closed.
        closed_at: chrono::DateTime<chrono::Utc>,
    },
    /// An event for another case.
    #[error("event for case #{found} applied to case #{expected}")]
    WrongCase {
        /// The case's tracking id.
        expected: u64,
        /// The event's tracking id.
        found: u64,
    },
    /// A pseudonym key that cannot be used: `too_short` (fewer than `minimum` bytes) or
    /// `not_hex` (a hex key that is not an even number of hex digits).
    #[error("pseudonym key: {}", if *problem == "not_hex" { "not an even number of hex digits".to_string() } else { format!("{length} bytes, at least {minimum} needed") })]
    PseudonymKey {
        /// `too_short` or `not_hex`.
        problem: &'static str,
        /// The key's length in bytes (0 for `not_hex`).
        length: usize,
        /// The shortest key accepted.
        minimum: usize,
    },
    /// A report whose `tracking_id` is not the tracking id of the case it is filed as.
    #[error("the report carries tracking id #{report}, not the case's #{case}")]
    TrackingIdMismatch {
        /// The case's tracking id.
        case: u64,
        /// The tracking id in the report.
        report: u64,
    },
    /// An event of a log that the command producing it could not have produced: replay applies
    /// exactly the checks of [`Case::decide`](crate::Case::decide). `reason` is the error that
    /// command would have got.
    #[error("event log line {line} (case #{case}, event {event}) rejected: {reason}")]
    EventRejected {
        /// 1-based line of the event in the log (its position among the events given, for
        /// events that do not come from a text).
        line: usize,
        /// The case's tracking id.
        case: u64,
        /// The event's name (snake_case).
        event: &'static str,
        /// Why.
        reason: Box<Error>,
    },
    /// A command that its own rules refuse (the case's status and the actor's role allow it).
    #[error("command {command} refused: {}", refusal(rule, Lang::En))]
    CommandRefused {
        /// The command (snake_case).
        command: String,
        /// The rule it broke: `unchanged`, `not_information_request`, `already_extended`,
        /// `deadline_passed`, `extension_unit`, `no_category_tree`, `invalid_tags`,
        /// `duplicate_of_itself`, `original_later`, `score_out_of_range`, `already_rated`,
        /// `no_instance`, `same_instance`, `too_few_agencies`, `duplicate_agencies`,
        /// `nested_agencies` or `several_agencies`.
        rule: &'static str,
    },
    /// A case the context does not know (the original of a duplicate).
    #[error("unknown case #{case}")]
    UnknownCase {
        /// The tracking id.
        case: u64,
    },
    /// A category the category tree does not hold.
    #[error("unknown category {id:?}")]
    UnknownCategory {
        /// The category id.
        id: String,
    },
    /// A date that is not a valid ISO `YYYY-MM-DD` calendar date (see
    /// [`parse_date`](crate::parse_date)).
    #[error("date is not a valid YYYY-MM-DD date")]
    InvalidDate {
        /// The text given (for the caller; never in a message or the JSON).
        #[serde(skip_serializing)]
        input: String,
    },
    /// A budget longer than any step of a case may take (see [`Budget::MAX_WORKING_DAYS`]
    /// and its siblings): a deadline that far away is a mistake in the input, not a date.
    ///
    /// [`Budget::MAX_WORKING_DAYS`]: crate::Budget::MAX_WORKING_DAYS
    #[error("a budget in {unit} is at most {max}")]
    BudgetTooLarge {
        /// `"working_days"`, `"working_hours"` or `"calendar_days"`.
        unit: &'static str,
        /// The largest amount allowed in that unit.
        max: u32,
    },
    /// Text that is not valid Unicode: a foreign string (Kotlin, Java, JS) holding a lone UTF-16
    /// surrogate, as a length filter cutting an emoji in half produces. Rust strings are always
    /// valid, so only the bindings raise it, before the text reaches the core.
    #[error("text holds a lone UTF-16 surrogate (for example an emoji cut in half) and is not valid Unicode")]
    InvalidUnicode,
    /// A binding was given a value of the wrong kind (a list where a dict is expected, an object
    /// after it was freed, a `Map` where a plain object is expected). Only the bindings raise it;
    /// the message names the argument and what was expected, never the value.
    #[error("argument {argument}: expected {expected}")]
    InvalidArgument {
        /// The argument's name (`form`, `start`, `cases`…).
        argument: String,
        /// What it should be, in English (`an aware datetime`, `a plain object`…).
        expected: String,
    },
    /// A case's events were asked for and there are none: a case starts with its `submitted`
    /// event.
    #[error("the event log holds no event: a case starts with its submitted event")]
    EmptyLog,
    /// A foreign instant (Kotlin `Instant`, Swift `Date`, Python `datetime`) outside the range
    /// the library can compute with (about ±262,000 years). Only the bindings raise it.
    #[error("instant out of the supported range")]
    InstantOutOfRange,
    /// A line of an event log (JSON Lines) that cannot be read.
    #[error("event log line {line}: {message}")]
    LogLine {
        /// 1-based line number.
        line: usize,
        /// What is wrong with it (the underlying error's English message).
        message: String,
    },
}

fn permission_reason_en(reason: &str) -> &str {
    match reason {
        "role" => "the role may not give this command",
        "no_agency" => "the role must act for an agency",
        "outside_chain" => "the agency is outside the case's disposition chain",
        "not_holder" => "only the case's holder may",
        other => other,
    }
}

/// What is wrong with one line of a `kode,nama` CSV file.
#[derive(Debug, Clone, PartialEq, thiserror::Error, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CsvProblem {
    /// The line has no comma-separated name.
    #[error("expected `kode,nama`")]
    MissingName,
    /// A quoted field is not closed.
    #[error("unterminated quoted field")]
    UnterminatedQuote,
    /// The code column is not a valid region code.
    #[error("{0}")]
    BadCode(Box<Error>),
    /// The code was already on an earlier line.
    #[error("code {code} already appears on line {first_line}")]
    DuplicateCode {
        /// The repeated code, dotted.
        code: String,
        /// Where it first appeared.
        first_line: usize,
    },
}

impl CsvProblem {
    fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (CsvProblem::MissingName, Lang::Id) => "format harus `kode,nama`".into(),
            (CsvProblem::UnterminatedQuote, Lang::Id) => "tanda kutip tidak ditutup".into(),
            (CsvProblem::BadCode(e), lang) => e.message(lang),
            (CsvProblem::DuplicateCode { code, first_line }, Lang::Id) => {
                format!("kode {code} sudah ada di baris {first_line}")
            }
            (other, Lang::En) => other.to_string(),
        }
    }
}

/// Why a command was refused ([`Error::CommandRefused`]).
fn refusal(rule: &str, lang: Lang) -> &'static str {
    let (id, en) = match rule {
        "unchanged" => ("tidak ada yang berubah", "nothing would change"),
        "not_information_request" => (
            "bukan permintaan informasi yang berjalan",
            "not a running information request",
        ),
        "already_extended" => ("sudah pernah diperpanjang", "already extended once"),
        "deadline_passed" => ("tenggat sudah lewat", "the deadline passed"),
        "extension_unit" => (
            "satuan perpanjangan berbeda dari satuan batas waktu",
            "the extension's unit differs from the budget's",
        ),
        "no_category_tree" => ("tidak ada pohon kategori", "no category tree was given"),
        "invalid_tags" => (
            "tag harus 1–100 karakter, paling banyak 50",
            "tags must be 1–100 characters, at most 50",
        ),
        "duplicate_of_itself" => (
            "kasus tidak bisa menduplikasi dirinya",
            "a case cannot duplicate itself",
        ),
        "original_later" => (
            "kasus asli diajukan lebih lambat",
            "the original was submitted later",
        ),
        "score_out_of_range" => ("nilai harus 1 sampai 5", "the score must be 1 to 5"),
        "already_rated" => ("sudah dinilai", "already rated"),
        "no_instance" => ("nama instansi SP4N kosong", "no instance name"),
        "same_instance" => (
            "kasus sudah di instansi itu",
            "the case is already with that instance",
        ),
        "too_few_agencies" => ("minimal dua instansi", "at least two agencies"),
        "duplicate_agencies" => ("instansi disebut dua kali", "an agency is named twice"),
        "nested_agencies" => (
            "satu instansi berada di bawah instansi lain",
            "one agency is below another",
        ),
        "several_agencies" => (
            "kasus ditangani beberapa instansi",
            "several agencies handle the case",
        ),
        _ => (
            "aturan perintah dilanggar",
            "a rule of the command was broken",
        ),
    };
    if lang == Lang::En {
        en
    } else {
        id
    }
}

/// The message of a [`Error::CalendarEntry`] problem.
fn calendar_problem(problem: &str, lang: Lang) -> &'static str {
    let (id, en) = match problem {
        "duplicate_year" => ("tahun disebut dua kali", "the year is given twice"),
        "already_official" => (
            "tahun ini sudah berisi data resmi (ubah hari per hari)",
            "the year already holds official data (change single days instead)",
        ),
        "not_contiguous" => (
            "tahun tidak bersambung dengan tahun yang dicakup",
            "the year is not adjacent to the covered years",
        ),
        "year_out_of_bounds" => ("tahun di luar 1900–2199", "the year is outside 1900–2199"),
        "missing_source" => ("sumber (source) kosong", "the source is empty"),
        "date_outside_year" => (
            "tanggal di luar tahun entri ini",
            "the date lies outside the entry's year",
        ),
        "not_a_covered_year" => (
            "bukan tahun yang dicakup kalender, atau disebut dua kali",
            "not a year the calendar covers, or given twice",
        ),
        _ => (
            "bukan tahun resmi kalender, atau disebut dua kali",
            "not an official year of the calendar, or given twice",
        ),
    };
    if lang == Lang::En {
        en
    } else {
        id
    }
}

impl Error {
    /// A stable snake_case identifier of the variant, the same in every binding.
    ///
    /// ```
    /// let err = lapor_core::RegionCode::parse("1x").unwrap_err();
    /// assert_eq!(err.code(), "region_code_syntax");
    /// ```
    pub fn code(&self) -> &'static str {
        match self {
            Error::RegionCodeSyntax { .. } => "region_code_syntax",
            Error::RegionCodeLength { .. } => "region_code_length",
            Error::UnknownProvince { .. } => "unknown_province",
            Error::RegionCodeOutOfRange { .. } => "region_code_out_of_range",
            Error::Json { .. } => "json",
            Error::Csv { .. } => "csv",
            Error::DuplicateId { .. } => "duplicate_id",
            Error::UnknownParent { .. } => "unknown_parent",
            Error::Cycle { .. } => "cycle",
            Error::UnknownAgency { .. } => "unknown_agency",
            Error::AttachmentsTooLarge { .. } => "attachments_too_large",
            Error::TooManyAttachments { .. } => "too_many_attachments",
            Error::UnknownName { .. } => "unknown_name",
            Error::CalendarRange { .. } => "calendar_range",
            Error::CalendarYears { .. } => "calendar_years",
            Error::CalendarEntry { .. } => "calendar_entry",
            Error::InvalidInterval { .. } => "invalid_interval",
            Error::LengthMismatch { .. } => "length_mismatch",
            Error::IllegalTransition { .. } => "illegal_transition",
            Error::PermissionDenied { .. } => "permission_denied",
            Error::TimeBackwards { .. } => "time_backwards",
            Error::AlreadyDeclined { .. } => "already_declined",
            Error::OutsideSubtree { .. } => "outside_subtree",
            Error::NotDue { .. } => "not_due",
            Error::WindowClosed { .. } => "window_closed",
            Error::WrongCase { .. } => "wrong_case",
            Error::LogLine { .. } => "log_line",
            Error::TrackingIdMismatch { .. } => "tracking_id_mismatch",
            Error::PseudonymKey { .. } => "pseudonym_key",
            Error::EventRejected { .. } => "event_rejected",
            Error::InvalidDate { .. } => "invalid_date",
            Error::BudgetTooLarge { .. } => "budget_too_large",
            Error::InvalidUnicode => "invalid_unicode",
            Error::InvalidArgument { .. } => "invalid_argument",
            Error::EmptyLog => "empty_log",
            Error::InstantOutOfRange => "instant_out_of_range",
            Error::CommandRefused { .. } => "command_refused",
            Error::UnknownCase { .. } => "unknown_case",
            Error::UnknownCategory { .. } => "unknown_category",
        }
    }

    /// The family of the error, for bindings that group errors into classes: `"parse"` (text that
    /// cannot be read: region codes, JSON, CSV, names), `"directory"` (an inconsistent agency or
    /// category directory), `"not_found"` (an id the directory lacks), `"validation"` (values
    /// that break a configured rule) or `"calendar"` (a date the calendar does not cover, or a
    /// calendar that cannot be built), `"transition"` (a command or event the case's state or
    /// timeline does not allow) or `"permission"` (an actor who may not act on the case).
    pub fn category(&self) -> &'static str {
        match self {
            Error::RegionCodeSyntax { .. }
            | Error::RegionCodeLength { .. }
            | Error::UnknownProvince { .. }
            | Error::RegionCodeOutOfRange { .. }
            | Error::Json { .. }
            | Error::Csv { .. }
            | Error::UnknownName { .. }
            | Error::LogLine { .. }
            | Error::InvalidDate { .. }
            | Error::InvalidUnicode
            | Error::InvalidArgument { .. }
            | Error::EmptyLog => "parse",
            Error::DuplicateId { .. } | Error::UnknownParent { .. } | Error::Cycle { .. } => {
                "directory"
            }
            Error::UnknownAgency { .. }
            | Error::UnknownCase { .. }
            | Error::UnknownCategory { .. } => "not_found",
            Error::AttachmentsTooLarge { .. }
            | Error::TooManyAttachments { .. }
            | Error::InvalidInterval { .. }
            | Error::LengthMismatch { .. }
            | Error::PseudonymKey { .. }
            | Error::BudgetTooLarge { .. }
            | Error::InstantOutOfRange => "validation",
            Error::CalendarRange { .. }
            | Error::CalendarYears { .. }
            | Error::CalendarEntry { .. } => "calendar",
            Error::IllegalTransition { .. }
            | Error::TimeBackwards { .. }
            | Error::AlreadyDeclined { .. }
            | Error::NotDue { .. }
            | Error::WindowClosed { .. }
            | Error::WrongCase { .. }
            | Error::TrackingIdMismatch { .. }
            | Error::CommandRefused { .. } => "transition",
            // A rejected event is of the family of the error its command would have got.
            Error::EventRejected { reason, .. } => reason.category(),
            Error::PermissionDenied { .. } | Error::OutsideSubtree { .. } => "permission",
        }
    }

    /// An [`Error::Json`] from serde_json's error at `path` while reading `target`, its message
    /// without the value serde quotes (for bindings that read JSON themselves).
    pub fn json(target: &'static str, path: String, error: &serde_json::Error) -> Error {
        Error::Json {
            target,
            path,
            line: error.line(),
            column: error.column(),
            message: quiet(&strip_position(&error.to_string())),
        }
    }

    /// The error's code and fields as a JSON object (see the type's documentation).
    pub fn to_json(&self) -> String {
        to_json(self)
    }

    /// The error's own fields (its JSON form without `code`), never the input it was given: the
    /// one mapping every binding attaches to its foreign error (`fields` in Kotlin and Swift,
    /// attributes in Python, properties in JS).
    ///
    /// ```
    /// let err = lapor_core::RegionCode::parse("97").unwrap_err();
    /// let fields = err.fields();
    /// assert_eq!(fields["province"], 97);
    /// assert!(!fields.contains_key("input") && !fields.contains_key("code"));
    /// ```
    pub fn fields(&self) -> serde_json::Map<String, serde_json::Value> {
        match serde_json::to_value(self) {
            Ok(serde_json::Value::Object(mut map)) => {
                map.remove("code");
                map
            }
            _ => serde_json::Map::new(),
        }
    }

    /// The message in the given language (`Display` gives the English one).
    ///
    /// ```
    /// use lapor_core::{Lang, RegionCode};
    /// let err = RegionCode::parse("99").unwrap_err();
    /// assert_eq!(err.message(Lang::Id), "kode wilayah: provinsi 99 tidak dikenal");
    /// ```
    pub fn message(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            Error::RegionCodeSyntax { position, .. } => {
                format!("kode wilayah: karakter tidak sah pada posisi {position}")
            }
            Error::RegionCodeLength { digits, .. } => format!(
                "kode wilayah: {digits} digit tidak cocok dengan tingkat mana pun (harus 2, 4, 6, atau 10)"
            ),
            Error::UnknownProvince { province, .. } => {
                format!("kode wilayah: provinsi {province:02} tidak dikenal")
            }
            Error::RegionCodeOutOfRange { level, value, .. } => format!(
                "kode wilayah: nomor {} {value} di luar rentang",
                level.label(Lang::Id)
            ),
            Error::Json {
                target,
                path,
                line,
                column,
                message,
            } => format!(
                "JSON {target} tidak sah pada `{path}` (baris {line}, kolom {column}): {message}"
            ),
            Error::Csv { line, problem } => {
                format!("CSV baris {line}: {}", problem.message(Lang::Id))
            }
            Error::DuplicateId { what, id } => format!("id {what} {id:?} ganda"),
            Error::UnknownParent { what, id, parent } => {
                format!("{what} {id:?} menyebut induk {parent:?} yang tidak dikenal")
            }
            Error::Cycle { what, id } => {
                format!("{what} {id:?} menjadi leluhurnya sendiri (tautan induk berputar)")
            }
            Error::UnknownAgency { id } => format!("instansi {id:?} tidak dikenal"),
            Error::AttachmentsTooLarge {
                total_bytes,
                limit_bytes,
            } => format!(
                "total lampiran {total_bytes} byte, melebihi batas {limit_bytes} byte"
            ),
            Error::TooManyAttachments { count, limit } => {
                format!("{count} lampiran, melebihi batas {limit}")
            }
            Error::UnknownName { what, .. } => format!("{what} tidak dikenal"),
            Error::CalendarRange {
                date,
                first_year,
                last_year,
            } => format!(
                "tanggal {date} di luar tahun yang dicakup kalender ({first_year}–{last_year})"
            ),
            Error::CalendarYears { years } => format!(
                "tahun kalender {years:?} harus berurutan, tidak kosong, dan di antara 1900–2199"
            ),
            Error::CalendarEntry { entry, problem } => format!(
                "data kalender `{entry}`: {}",
                calendar_problem(problem, Lang::Id)
            ),
            Error::InvalidInterval { start, end } => {
                format!("interval berakhir pada {end} sebelum dimulai pada {start}")
            }
            Error::LengthMismatch { expected, found } => {
                format!("diharapkan {expected} nilai (atau 1), ditemukan {found}")
            }
            Error::IllegalTransition { status, command } => {
                format!("perintah {command} tidak diizinkan pada kasus berstatus {status}")
            }
            Error::PermissionDenied {
                role,
                command,
                reason,
                ..
            } => {
                let why = match *reason {
                    "role" => "peran ini tidak berwenang",
                    "no_agency" => "peran ini harus bertindak atas nama instansi",
                    "outside_chain" => "instansi di luar rantai disposisi kasus",
                    "not_holder" => "hanya pemegang kasus yang boleh",
                    other => other,
                };
                format!("{role} tidak boleh {command} kasus ini: {why}")
            }
            Error::TimeBackwards { last, at } => {
                format!("waktu {at} lebih awal dari peristiwa terakhir kasus pada {last}")
            }
            Error::AlreadyDeclined { agency } => {
                format!("instansi {agency:?} sudah menyatakan kasus ini bukan wewenangnya")
            }
            Error::OutsideSubtree { agency, unit } => {
                format!("unit {unit:?} tidak berada di bawah instansi {agency:?}")
            }
            Error::NotDue { due } => format!("belum jatuh tempo sebelum {due}"),
            Error::WindowClosed { closed_at } => {
                format!("batas waktu membuka kembali sudah lewat pada {closed_at}")
            }
            Error::WrongCase { expected, found } => {
                format!("peristiwa untuk kasus #{found} diterapkan pada kasus #{expected}")
            }
            Error::LogLine { line, message } => {
                format!("log peristiwa baris {line}: {message}")
            }
            Error::PseudonymKey {
                problem,
                length,
                minimum,
            } => {
                if *problem == "not_hex" {
                    "kunci pseudonim: bukan deret digit heksadesimal berjumlah genap".into()
                } else {
                    format!("kunci pseudonim: {length} byte, minimal {minimum}")
                }
            }
            Error::TrackingIdMismatch { case, report } => {
                format!("laporan membawa nomor pelacakan #{report}, bukan #{case} milik kasus")
            }
            Error::EventRejected {
                line,
                case,
                event,
                reason,
            } => format!(
                "log peristiwa baris {line} (kasus #{case}, peristiwa {event}) ditolak: {}",
                reason.message(Lang::Id)
            ),
            Error::InvalidDate { .. } => "tanggal bukan tanggal YYYY-MM-DD yang sah".to_string(),
            Error::InvalidUnicode => "teks memuat surrogate UTF-16 tunggal (misalnya emoji yang \
                 terpotong) dan bukan Unicode yang sah"
                .to_string(),
            Error::InstantOutOfRange => "waktu di luar rentang yang dapat diolah".to_string(),
            Error::InvalidArgument { argument, expected } => {
                format!("argumen {argument}: seharusnya {expected}")
            }
            Error::EmptyLog => {
                "log peristiwa tidak memuat peristiwa apa pun: kasus dimulai dengan peristiwa \
                 submitted"
                    .to_string()
            }
            Error::BudgetTooLarge { unit, max } => {
                let unit = match *unit {
                    "working_hours" => "jam kerja",
                    "calendar_days" => "hari kalender",
                    _ => "hari kerja",
                };
                format!("batas waktu dalam {unit} paling banyak {max}")
            }
            Error::CommandRefused { command, rule } => {
                format!("perintah {command} ditolak: {}", refusal(rule, Lang::Id))
            }
            Error::UnknownCase { case } => format!("kasus #{case} tidak dikenal"),
            Error::UnknownCategory { id } => format!("kategori {id:?} tidak dikenal"),
        }
    }
}

/// Reads JSON into `T`, turning serde's error into [`Error::Json`] with the path of the field.
pub(crate) fn from_json<T: serde::de::DeserializeOwned>(
    target: &'static str,
    json: &str,
) -> Result<T> {
    let mut de = serde_json::Deserializer::from_str(json);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| json_error(target, e))?;
    de.end().map_err(|e| Error::Json {
        target,
        path: ".".into(),
        line: e.line(),
        column: e.column(),
        message: quiet(&strip_position(&e.to_string())),
    })?;
    Ok(value)
}

/// An [`Error::Json`] about a value that reads as JSON but breaks a rule of `target` at `path`.
pub(crate) fn shape_error(target: &'static str, path: &str, message: &str) -> Error {
    Error::Json {
        target,
        path: path.to_string(),
        line: 1,
        column: 1,
        message: message.to_string(),
    }
}

/// Checks that the JSON object `json` (already read successfully) has no field beyond
/// `allowed`; the error names the first other field when it looks like a field name.
pub(crate) fn only_fields(target: &'static str, json: &str, allowed: &[&str]) -> Result<()> {
    let Ok(serde_json::Value::Object(map)) = serde_json::from_str::<serde_json::Value>(json) else {
        return Ok(());
    };
    match map.keys().find(|k| !allowed.contains(&k.as_str())) {
        None => Ok(()),
        Some(k) => Err(Error::Json {
            target,
            path: ".".into(),
            line: 1,
            column: 1,
            message: quiet(&format!(
                "unknown field `{k}`, expected only {}",
                allowed
                    .iter()
                    .map(|a| format!("`{a}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        }),
    }
}

fn json_error(target: &'static str, e: serde_path_to_error::Error<serde_json::Error>) -> Error {
    let path = e.path().to_string();
    let inner = e.into_inner();
    Error::Json {
        target,
        path,
        line: inner.line(),
        column: inner.column(),
        message: quiet(&strip_position(&inner.to_string())),
    }
}

/// serde's message without the value it quotes (`invalid type: integer `6474014506900001`,
/// expected a string` becomes `invalid type: integer, expected a string`; an unknown variant
/// or a field name that is not an identifier is dropped the same way). What was expected, and
/// the names of missing, duplicate or unknown fields that look like identifiers, stay.
pub(crate) fn quiet(message: &str) -> String {
    let (head, tail) = match message.find(", expected") {
        Some(i) => message.split_at(i),
        None => (message, ""),
    };
    let keeps_name = head.starts_with("missing field")
        || head.starts_with("duplicate field")
        || (head.starts_with("unknown field") && {
            let name = head
                .trim_start_matches("unknown field")
                .trim()
                .trim_matches('`');
            !name.is_empty()
                && name.len() <= 40
                && name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        });
    if keeps_name {
        return message.to_string();
    }
    let mut out = String::with_capacity(message.len());
    let mut rest = head;
    while let Some(i) = rest.find(['`', '"']) {
        let quote = rest[i..].chars().next().unwrap_or('`');
        let Some(len) = rest[i + 1..].find(quote) else {
            break;
        };
        out.push_str(rest[..i].trim_end());
        rest = &rest[i + 1 + len + 1..];
    }
    out.push_str(rest);
    out.push_str(tail);
    out
}

/// serde_json appends " at line L column C"; the variant carries those as fields.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

/// Writes `value` as compact JSON. Serialising the crate's types cannot fail (no maps with
/// non-string keys, no non-finite floats reach here), so this returns the string directly.
pub(crate) fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|e| format!("{{\"error\":{:?}}}", e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_never_quote_values() {
        for (given, want) in [
            (
                "invalid type: integer `6474014506900001`, expected a string",
                "invalid type: integer, expected a string",
            ),
            (
                "invalid type: string \"081234567890\", expected u64",
                "invalid type: string, expected u64",
            ),
            (
                "unknown variant `Siti Rahmawati 081234567890`, expected one of `web`, `sms1708`",
                "unknown variant, expected one of `web`, `sms1708`",
            ),
            (
                "unknown field `6474014506900001`, expected `name`",
                "unknown field, expected `name`",
            ),
            (
                "unknown field `anonymus`, expected `anonymous` or `confidential`",
                "unknown field `anonymus`, expected `anonymous` or `confidential`",
            ),
            ("missing field `title`", "missing field `title`"),
            ("trailing characters", "trailing characters"),
        ] {
            assert_eq!(quiet(given), want);
        }
        let e = crate::Report::from_json(r#"{"kind": "complaint", "title": 6474014506900001}"#)
            .unwrap_err();
        assert!(!e.to_string().contains("6474014506900001"), "{e}");
        assert!(!e.message(Lang::Id).contains("6474014506900001"));
        let e = crate::RegionCode::parse("6474014506900001").unwrap_err();
        assert!(!e.to_string().contains("6474014506900001"), "{e}");
        assert!(!e.message(Lang::Id).contains("6474014506900001"));
    }

    #[test]
    fn serialised_code_matches_code() {
        let samples = [
            crate::RegionCode::parse("1x").unwrap_err(),
            crate::RegionCode::parse("1").unwrap_err(),
            crate::RegionCode::parse("99").unwrap_err(),
            crate::RegionCode::parse("11.70").unwrap_err(),
            crate::Report::from_json("{}").unwrap_err(),
            crate::RegionDirectory::from_csv("11").unwrap_err(),
            Error::DuplicateId {
                what: "agency",
                id: "a".into(),
            },
            Error::UnknownParent {
                what: "agency",
                id: "a".into(),
                parent: "b".into(),
            },
            Error::Cycle {
                what: "agency",
                id: "a".into(),
            },
            Error::UnknownAgency { id: "a".into() },
            Error::AttachmentsTooLarge {
                total_bytes: 2,
                limit_bytes: 1,
            },
            Error::TooManyAttachments { count: 2, limit: 1 },
            "xx".parse::<Lang>().unwrap_err(),
            crate::parse_date("2025-02-30").unwrap_err(),
        ];
        for e in samples {
            let value: serde_json::Value = serde_json::from_str(&e.to_json()).unwrap();
            assert_eq!(value["code"], e.code(), "{e:?}");
            assert!(!e.message(Lang::Id).is_empty() && e.message(Lang::Id) != e.message(Lang::En));
            assert!([
                "parse",
                "directory",
                "not_found",
                "validation",
                "transition",
                "permission"
            ]
            .contains(&e.category()));
        }
        let e = crate::RegionCode::parse("97").unwrap_err();
        assert_eq!(e.to_json(), r#"{"code":"unknown_province","province":97}"#);
    }
}
