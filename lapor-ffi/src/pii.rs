//! Personal-data detection and redaction, with offsets in UTF-16 code units.
//!
//! The core reports byte ranges into UTF-8 text. Kotlin/Java `String` indices
//! (`substring`, `length`) and Swift's `String.utf16` view count **UTF-16 code units**, so this
//! binding converts every offset: an emoji outside the Basic Multilingual Plane (😀) counts 2, a
//! character like `é` counts 1. In Kotlin `text.substring(span.start.toInt(), span.end.toInt())`
//! is the value; in Swift, index `text.utf16` with the offsets.

use crate::error::LaporError;
use lapor_core::{Confidence, PiiKind, Redactor};

#[uniffi::remote(Enum)]
enum Confidence {
    Low,
    Medium,
    High,
}

/// One piece of personal data found in a text.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct PiiSpan {
    /// What the value is.
    pub kind: PiiKind,
    /// How sure the detector is.
    pub confidence: Confidence,
    /// Start of the value, in UTF-16 code units (a Kotlin/Java `String` index, Swift
    /// `String.utf16` offset).
    pub start: u32,
    /// End of the value (exclusive), in UTF-16 code units.
    pub end: u32,
    /// The value as it appears in the text.
    pub value: String,
}

/// How detected values are replaced.
#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum RedactStyle {
    /// The label in brackets: `[NIK]`, `[PHONE]`, `[PERSON]`.
    Label,
    /// Mask with `*`, keeping separators; numbers keep their last four digits, e-mails their
    /// domain; names, addresses, dates of birth and plates are masked entirely.
    PartialMask,
    /// A keyed pseudonym `[NIK:7f3a9c21]` (HMAC-SHA256 of the normalised value): the same value
    /// under the same key always gives the same token. Keep the key secret.
    Pseudonym {
        /// The secret key: at least 16 bytes (32 random bytes recommended).
        key: Vec<u8>,
    },
}

impl TryFrom<RedactStyle> for lapor_core::RedactStyle {
    type Error = LaporError;
    fn try_from(s: RedactStyle) -> Result<Self, LaporError> {
        Ok(match s {
            RedactStyle::Label => lapor_core::RedactStyle::Label,
            RedactStyle::PartialMask => lapor_core::RedactStyle::PartialMask,
            RedactStyle::Pseudonym { key } => lapor_core::RedactStyle::pseudonym(key)?,
        })
    }
}

/// A reporter's identity, to find wherever and however it is written (see
/// [`redact_with_identity`]). Every field is optional.
#[derive(Debug, Clone, Default, PartialEq, uniffi::Record)]
pub struct ReporterIdentity {
    /// Full name.
    #[uniffi(default = None)]
    pub name: Option<String>,
    /// NIK.
    #[uniffi(default = None)]
    pub nik: Option<String>,
    /// Family card (KK) number.
    #[uniffi(default = None)]
    pub kk: Option<String>,
    /// Phone number.
    #[uniffi(default = None)]
    pub phone: Option<String>,
    /// E-mail address.
    #[uniffi(default = None)]
    pub email: Option<String>,
    /// Home address.
    #[uniffi(default = None)]
    pub address: Option<String>,
}

impl From<ReporterIdentity> for lapor_core::Identity {
    fn from(r: ReporterIdentity) -> Self {
        lapor_core::Identity::of(&lapor_core::Reporter {
            name: r.name,
            nik: r.nik,
            kk: r.kk,
            phone: r.phone,
            email: r.email,
            address: r.address,
        })
    }
}

/// The result of [`redact`].
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Redacted {
    /// The text with every detected value replaced.
    pub text: String,
    /// What was replaced: offsets in UTF-16 code units into the **input** text.
    pub spans: Vec<PiiSpan>,
}

/// The core's spans with their offsets in UTF-16 code units (the core's one conversion).
fn spans(text: &str, core: &[lapor_core::PiiSpan]) -> Vec<PiiSpan> {
    let offsets = lapor_core::PiiSpan::offsets_in(text, core, lapor_core::TextUnit::Utf16);
    core.iter()
        .zip(offsets)
        .map(|(s, (start, end))| PiiSpan {
            kind: s.kind,
            confidence: s.confidence,
            start: u32::try_from(start).unwrap_or(u32::MAX),
            end: u32::try_from(end).unwrap_or(u32::MAX),
            value: s.value(text).to_string(),
        })
        .collect()
}

/// The personal data in `text` (NIK, KK, NPWP, phone, e-mail, plate, bank account, passport,
/// BPJS, NIP, person, address, date of birth, handle): sorted, non-overlapping spans with
/// offsets in UTF-16 code units.
#[uniffi::export]
pub fn detect_pii(text: String) -> Vec<PiiSpan> {
    spans(&text, &Redactor::default().detect(&text))
}

/// Replaces the personal data in `text` in the given style; the spans are UTF-16 offsets into
/// the input text. Throws `Validation` (`pseudonym_key`) for a pseudonym key shorter than 16
/// bytes.
#[uniffi::export]
pub fn redact(text: String, style: RedactStyle) -> Result<Redacted, LaporError> {
    let out = Redactor::default()
        .with_style(style.try_into()?)
        .redact(&text);
    Ok(Redacted {
        spans: spans(&text, &out.spans),
        text: out.text,
    })
}

/// [`redact`], also finding the reporter's own identity wherever and however it is written:
/// any word of the name in any order or joined form (`KTP_Siti_Rahmawati.jpg`,
/// `#SitiRahmawati`), NIK, KK and phone by their digits, the e-mail by its local part, the
/// address. The identity is always replaced with a label, whatever the style.
#[uniffi::export]
pub fn redact_with_identity(
    text: String,
    style: RedactStyle,
    identity: ReporterIdentity,
) -> Result<Redacted, LaporError> {
    let out = Redactor::default()
        .with_style(style.try_into()?)
        .with_identity(identity.into())
        .redact(&text);
    Ok(Redacted {
        spans: spans(&text, &out.spans),
        text: out.text,
    })
}

/// The annotation label of a kind: `NIK`, `BANK_ACCOUNT`, `DATE_OF_BIRTH`, … (as in `[NIK]`).
#[uniffi::export]
pub fn pii_kind_label(kind: PiiKind) -> String {
    kind.as_str().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_utf16_units() {
        let text = "😀 é NIK: 3273056010900009";
        let got = detect_pii(text.into());
        assert_eq!(got.len(), 1);
        let units: Vec<u16> = text.encode_utf16().collect();
        let value = String::from_utf16(&units[got[0].start as usize..got[0].end as usize]);
        assert_eq!(value.unwrap(), "3273056010900009");
        assert_eq!(got[0].start, 10);
    }
}
