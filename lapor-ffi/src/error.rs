//! [`LaporError`]: every [`lapor_core::Error`] variant, as a uniffi error enum.

use lapor_core::{Error as CoreError, Lang};

/// An error from `lapor`. Every variant carries a stable `code` (as in every binding) and the
/// message in Bahasa Indonesia (`message_id`) and English (`message_en`), plus its own fields.
#[derive(Debug, thiserror::Error, uniffi::Error)]
pub enum LaporError {
    /// A region code with a character other than digits and well-placed dots.
    #[error("{message_en}")]
    RegionCodeSyntax {
        /// Stable error code.
        code: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// The text that was parsed.
        input: String,
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
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// The text that was parsed.
        input: String,
        /// Number of digits found.
        digits: u32,
    },
    /// A region code of a province that does not exist.
    #[error("{message_en}")]
    UnknownProvince {
        /// Stable error code.
        code: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// The text that was parsed.
        input: String,
        /// The province number found.
        province: u8,
    },
    /// A region code segment outside its level's range.
    #[error("{message_en}")]
    RegionCodeOutOfRange {
        /// Stable error code.
        code: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// The text that was parsed.
        input: String,
        /// `province`, `regency`, `district` or `village`.
        level: String,
        /// The segment's value.
        value: u16,
    },
    /// Malformed JSON, with the path of the field and the position.
    #[error("{message_en}")]
    Json {
        /// Stable error code.
        code: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// The offending field's path.
        path: String,
        /// 1-based line.
        line: u64,
        /// 1-based column.
        column: u64,
    },
    /// A bad line in a `kode,nama` CSV file.
    #[error("{message_en}")]
    Csv {
        /// Stable error code.
        code: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// 1-based line number.
        line: u64,
    },
    /// A directory problem (duplicate id, unknown parent, cycle) or an unknown agency.
    #[error("{message_en}")]
    Directory {
        /// Stable error code: `duplicate_id`, `unknown_parent`, `cycle` or `unknown_agency`.
        code: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// The id concerned.
        id: String,
    },
    /// Attachments over a configured limit (size or count).
    #[error("{message_en}")]
    Attachments {
        /// Stable error code: `attachments_too_large` or `too_many_attachments`.
        code: String,
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
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// The text given.
        value: String,
    },
    /// A date outside the years the calendar covers (`calendar_range`), or a calendar whose
    /// years are not a contiguous range (`calendar_years`).
    #[error("{message_en}")]
    Calendar {
        /// Stable error code: `calendar_range` or `calendar_years`.
        code: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// The date that is not covered (ISO `YYYY-MM-DD`), if the error is about a date.
        date: Option<String>,
        /// The calendar's years (first and last for `calendar_range`; those given otherwise).
        years: Vec<i32>,
    },
    /// An argument that breaks a rule of the function: an interval ending before it starts
    /// (`invalid_interval`), lists of different lengths (`length_mismatch`).
    #[error("{message_en}")]
    InvalidArgument {
        /// Stable error code.
        code: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
    },
    /// A command the case's state or timeline does not allow: `illegal_transition`,
    /// `time_backwards`, `already_declined`, `not_due`, `window_closed`, `wrong_case`.
    #[error("{message_en}")]
    Transition {
        /// Stable error code.
        code: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
    },
    /// An actor who may not act on the case: `permission_denied`, `outside_subtree`.
    #[error("{message_en}")]
    Permission {
        /// Stable error code.
        code: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// The agency concerned, if any.
        agency: Option<String>,
    },
    /// A bad line in an event log (JSON Lines).
    #[error("{message_en}")]
    LogLine {
        /// Stable error code.
        code: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// 1-based line number.
        line: u64,
    },
}

impl From<CoreError> for LaporError {
    fn from(e: CoreError) -> Self {
        let code = e.code().to_string();
        let message_id = e.message(Lang::Id);
        let message_en = e.message(Lang::En);
        // Exhaustive on purpose: a new core variant does not compile until it is mapped here.
        match e {
            CoreError::RegionCodeSyntax {
                input,
                position,
                found,
            } => LaporError::RegionCodeSyntax {
                code,
                message_id,
                message_en,
                input,
                position: u32::try_from(position).unwrap_or(u32::MAX),
                found: found.to_string(),
            },
            CoreError::RegionCodeLength { input, digits } => LaporError::RegionCodeLength {
                code,
                message_id,
                message_en,
                input,
                digits: u32::try_from(digits).unwrap_or(u32::MAX),
            },
            CoreError::UnknownProvince { input, province } => LaporError::UnknownProvince {
                code,
                message_id,
                message_en,
                input,
                province,
            },
            CoreError::RegionCodeOutOfRange {
                input,
                level,
                value,
            } => LaporError::RegionCodeOutOfRange {
                code,
                message_id,
                message_en,
                input,
                level: level.as_str().to_string(),
                value,
            },
            CoreError::Json {
                path, line, column, ..
            } => LaporError::Json {
                code,
                message_id,
                message_en,
                path,
                line: line as u64,
                column: column as u64,
            },
            // The line is what a caller acts on; the problem is spelled out in the messages.
            CoreError::Csv { line, .. } => LaporError::Csv {
                code,
                message_id,
                message_en,
                line: line as u64,
            },
            CoreError::DuplicateId { id, .. }
            | CoreError::UnknownParent { id, .. }
            | CoreError::Cycle { id, .. }
            | CoreError::UnknownAgency { id } => LaporError::Directory {
                code,
                message_id,
                message_en,
                id,
            },
            CoreError::AttachmentsTooLarge {
                total_bytes,
                limit_bytes,
            } => LaporError::Attachments {
                code,
                message_id,
                message_en,
                actual: total_bytes,
                limit: limit_bytes,
            },
            CoreError::TooManyAttachments { count, limit } => LaporError::Attachments {
                code,
                message_id,
                message_en,
                actual: count as u64,
                limit: limit as u64,
            },
            CoreError::UnknownName { value, .. } => LaporError::UnknownName {
                code,
                message_id,
                message_en,
                value,
            },
            CoreError::CalendarRange {
                date,
                first_year,
                last_year,
            } => LaporError::Calendar {
                code,
                message_id,
                message_en,
                date: Some(date.to_string()),
                years: vec![first_year, last_year],
            },
            CoreError::CalendarYears { years } => LaporError::Calendar {
                code,
                message_id,
                message_en,
                date: None,
                years,
            },
            CoreError::InvalidInterval { .. } | CoreError::LengthMismatch { .. } => {
                LaporError::InvalidArgument {
                    code,
                    message_id,
                    message_en,
                }
            }
            CoreError::IllegalTransition { .. }
            | CoreError::TimeBackwards { .. }
            | CoreError::AlreadyDeclined { .. }
            | CoreError::NotDue { .. }
            | CoreError::WindowClosed { .. }
            | CoreError::WrongCase { .. } => LaporError::Transition {
                code,
                message_id,
                message_en,
            },
            CoreError::PermissionDenied { agency, .. } => LaporError::Permission {
                code,
                message_id,
                message_en,
                agency,
            },
            CoreError::OutsideSubtree { agency, .. } => LaporError::Permission {
                code,
                message_id,
                message_en,
                agency: Some(agency),
            },
            CoreError::LogLine { line, .. } => LaporError::LogLine {
                code,
                message_id,
                message_en,
                line: line as u64,
            },
        }
    }
}
