//! The two languages of user-facing messages.

use serde::{Deserialize, Serialize};

/// A language for user-facing messages: every message the library shows a citizen or an officer
/// exists in Bahasa Indonesia and in English.
///
/// ```
/// use lapor_core::Lang;
/// assert_eq!("id".parse::<Lang>().unwrap(), Lang::Id);
/// assert_eq!(Lang::En.code(), "en");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// Bahasa Indonesia (the default).
    #[default]
    Id,
    /// English.
    En,
}

impl Lang {
    /// The ISO 639-1 code: `"id"` or `"en"`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// Picks the text in this language from a pair `(indonesian, english)`.
    pub fn pick<T>(self, id: T, en: T) -> T {
        match self {
            Lang::Id => id,
            Lang::En => en,
        }
    }
}

impl std::str::FromStr for Lang {
    type Err = crate::Error;

    fn from_str(s: &str) -> crate::Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "id" | "in" | "ind" | "bahasa" | "indonesia" => Ok(Lang::Id),
            "en" | "eng" | "english" => Ok(Lang::En),
            _ => Err(crate::Error::UnknownName {
                what: "lang",
                value: s.to_string(),
            }),
        }
    }
}
