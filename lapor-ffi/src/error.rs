//! [`LaporError`]: every [`lapor_core::Error`], as a uniffi error with one variant per family.
//!
//! Nothing here mirrors the core's variants: the code, family, both messages and the fields all
//! come from the core ([`CoreError::code`], [`CoreError::category`], [`CoreError::message`],
//! [`CoreError::fields`]), so a new core error reaches Kotlin and Swift without a change here.

use std::collections::HashMap;
use std::time::SystemTime;

use lapor_core::{Error as CoreError, Lang};

/// An error from `lapor` (`LaporException` in Kotlin, `LaporError` in Swift).
///
/// Every error has the core's stable `code` (the same in every binding: `region_code_syntax`,
/// `json`, `calendar_range`, `illegal_transition`…), its `category`, the message in Bahasa
/// Indonesia (`message_id`) and English (`message_en`), and the core error's own `fields`
/// (numbers and nested values as JSON text, absent when the core's value is none; the input that
/// was given is never among them).
///
/// The variant is the family, one per `category`: catch `Calendar` for every calendar problem,
/// `Transition` for every refused command. In Kotlin the generated bindings also give the base
/// class `code`, `category`, `messageId`, `messageEn` and `fields`, and `message` is `messageEn`
/// (see `src/bin/uniffi-bindgen.rs`).
#[derive(Debug, thiserror::Error, uniffi::Error)]
#[uniffi::export(Display)]
pub enum LaporError {
    /// Text that cannot be read: region codes, JSON, CSV, names, dates, event-log lines, text
    /// that is not valid Unicode.
    #[error("{message_en}")]
    Parse {
        /// Stable error code.
        code: String,
        /// `parse`.
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// The core error's fields, by name.
        fields: HashMap<String, String>,
    },
    /// An inconsistent agency or category directory (`duplicate_id`, `unknown_parent`, `cycle`).
    #[error("{message_en}")]
    Directory {
        /// Stable error code.
        code: String,
        /// `directory`.
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// The core error's fields, by name.
        fields: HashMap<String, String>,
    },
    /// An id the directory or the log does not hold (`unknown_agency`, `unknown_case`,
    /// `unknown_category`).
    #[error("{message_en}")]
    NotFound {
        /// Stable error code.
        code: String,
        /// `not_found`.
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// The core error's fields, by name.
        fields: HashMap<String, String>,
    },
    /// A value that breaks a rule: attachments over a limit, an interval that ends before it
    /// starts, a budget over the maximum, an instant out of range…
    #[error("{message_en}")]
    Validation {
        /// Stable error code.
        code: String,
        /// `validation`.
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// The core error's fields, by name.
        fields: HashMap<String, String>,
    },
    /// A date the calendar does not cover, or a calendar that cannot be built.
    #[error("{message_en}")]
    Calendar {
        /// Stable error code.
        code: String,
        /// `calendar`.
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// The core error's fields, by name.
        fields: HashMap<String, String>,
    },
    /// A command or event that the case's state or timeline does not allow.
    #[error("{message_en}")]
    Transition {
        /// Stable error code.
        code: String,
        /// `transition`.
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// The core error's fields, by name.
        fields: HashMap<String, String>,
    },
    /// An actor who may not act on the case.
    #[error("{message_en}")]
    Permission {
        /// Stable error code.
        code: String,
        /// `permission`.
        category: String,
        /// Message in Bahasa Indonesia.
        message_id: String,
        /// Message in English.
        message_en: String,
        /// The core error's fields, by name.
        fields: HashMap<String, String>,
    },
}

/// A UTC instant as a `SystemTime` (`Instant` in Kotlin, `Date` in Swift).
pub(crate) fn system_time(t: chrono::DateTime<chrono::Utc>) -> SystemTime {
    SystemTime::from(t)
}

/// A foreign instant as a UTC instant; an `instant_out_of_range` [`LaporError::Validation`]
/// outside chrono's range.
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
        .ok_or_else(|| CoreError::InstantOutOfRange.into())
}

impl From<CoreError> for LaporError {
    fn from(e: CoreError) -> Self {
        let code = e.code().to_string();
        let category = e.category().to_string();
        let message_id = e.message(Lang::Id);
        let message_en = e.message(Lang::En);
        // A field without a value (`null`) is left out: an absent key is "none".
        let fields = e
            .fields()
            .into_iter()
            .filter_map(|(k, v)| match v {
                serde_json::Value::Null => None,
                serde_json::Value::String(s) => Some((k, s)),
                other => Some((k, other.to_string())),
            })
            .collect();
        match e.category() {
            "parse" => LaporError::Parse {
                code,
                category,
                message_id,
                message_en,
                fields,
            },
            "directory" => LaporError::Directory {
                code,
                category,
                message_id,
                message_en,
                fields,
            },
            "not_found" => LaporError::NotFound {
                code,
                category,
                message_id,
                message_en,
                fields,
            },
            "calendar" => LaporError::Calendar {
                code,
                category,
                message_id,
                message_en,
                fields,
            },
            "transition" => LaporError::Transition {
                code,
                category,
                message_id,
                message_en,
                fields,
            },
            "permission" => LaporError::Permission {
                code,
                category,
                message_id,
                message_en,
                fields,
            },
            // `validation`, and any family a later core adds.
            _ => LaporError::Validation {
                code,
                category,
                message_id,
                message_en,
                fields,
            },
        }
    }
}

impl LaporError {
    /// The stable code.
    pub fn code(&self) -> &str {
        match self {
            LaporError::Parse { code, .. }
            | LaporError::Directory { code, .. }
            | LaporError::NotFound { code, .. }
            | LaporError::Validation { code, .. }
            | LaporError::Calendar { code, .. }
            | LaporError::Transition { code, .. }
            | LaporError::Permission { code, .. } => code,
        }
    }

    /// The core error's fields.
    pub fn fields(&self) -> &HashMap<String, String> {
        match self {
            LaporError::Parse { fields, .. }
            | LaporError::Directory { fields, .. }
            | LaporError::NotFound { fields, .. }
            | LaporError::Validation { fields, .. }
            | LaporError::Calendar { fields, .. }
            | LaporError::Transition { fields, .. }
            | LaporError::Permission { fields, .. } => fields,
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
        let err = utc(far).unwrap_err();
        assert!(matches!(err, LaporError::Validation { .. }));
        assert_eq!(err.code(), "instant_out_of_range");
    }

    #[test]
    fn family_code_messages_and_fields_come_from_the_core() {
        let e = lapor_core::RegionDirectory::from_csv("11,Aceh\n11,Aceh lagi").unwrap_err();
        let err = LaporError::from(e);
        assert!(matches!(err, LaporError::Parse { .. }), "{err:?}");
        assert_eq!(err.code(), "csv");
        assert_eq!(err.fields()["line"], "2");
        assert!(err.fields()["problem"].contains("duplicate_code"));

        let t = Utc.with_ymd_and_hms(2026, 3, 16, 2, 0, 0).unwrap();
        let samples = [
            CoreError::IllegalTransition {
                status: "submitted".into(),
                command: "close".into(),
            },
            CoreError::TimeBackwards { last: t, at: t },
            CoreError::OutsideSubtree {
                agency: "a".into(),
                unit: "b".into(),
            },
            CoreError::UnknownCase { case: 9 },
            CoreError::DuplicateId {
                what: "agency",
                id: "x".into(),
            },
            CoreError::InvalidUnicode,
            CoreError::CalendarRange {
                date: t.date_naive(),
                first_year: 2024,
                last_year: 2027,
            },
            CoreError::LengthMismatch {
                expected: 2,
                found: 3,
            },
        ];
        for core in samples {
            let (want, category) = (core.code(), core.category());
            let (id, en) = (core.message(Lang::Id), core.message(Lang::En));
            let err = LaporError::from(core);
            assert_eq!(err.code(), want);
            assert_eq!(err.to_string(), en);
            let debug = format!("{err:?}");
            assert!(
                debug.contains(&format!("category: \"{category}\"")),
                "{debug}"
            );
            assert!(debug.contains(&format!("message_id: {id:?}")), "{debug}");
        }
        // Every family has its variant.
        let err = LaporError::from(CoreError::UnknownCase { case: 9 });
        assert!(matches!(err, LaporError::NotFound { .. }));
        assert_eq!(err.fields()["case"], "9");
    }

    #[test]
    fn the_input_is_never_a_field() {
        let err = LaporError::from(lapor_core::RegionCode::parse("3273056010900009x").unwrap_err());
        assert!(err
            .fields()
            .values()
            .all(|v| !v.contains("3273056010900009")));
        assert!(!format!("{err:?}").contains("3273056010900009"));
    }
}
