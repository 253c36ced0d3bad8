//! Personal-data (PII) detection and redaction for Indonesian complaint text.
//!
//! An anonymous (*anonim*) report must not identify its reporter, and a public view must not
//! show anyone's NIK or phone number (`docs/privacy.md`, Perpres 76/2013). [`Redactor`] finds the
//! personal data citizens actually write — with typos, SMS spellings ("no hp", "a.n."), ALL
//! CAPS, emoji — and replaces it in one of three [`RedactStyle`]s.
//!
//! Labels ([`PiiKind`]) and span boundaries follow the project's annotation guide: NIK, KK,
//! NPWP, phone, e-mail, plate, bank account, passport, BPJS, NIP, person, address, date of birth
//! and social-media handle. A span is the value only (no cue words, honorifics or
//! punctuation); spans never overlap. Not personal data: amounts (`Rp 1.500.000`), regulation
//! numbers (`Perpres 76/2013`), hotlines (`1708`, `112`), ticket numbers (including 16-digit
//! ones starting with a year, which fail the NIK province check), SPBU and NPSN codes, incident
//! dates, institutional e-mail addresses and accounts, streets without a house number, roles
//! without a name, counts (`2.350 KK terdampak`).
//!
//! Offsets are **byte** ranges into the `&str`; the bindings convert them to their own string
//! indices (Python code points, JS UTF-16 units).
//!
//! ```
//! use lapor_core::{PiiKind, RedactStyle, Redactor};
//! let text = "Yth. Admin, saya Sekar Rahmadani, NIK 3205184706810032, WA 0812 3456 7890. \
//!             Tagihan Rp 1.500.000 menurut Perpres 76/2013.";
//! let out = Redactor::default().redact(text);
//! assert_eq!(
//!     out.text,
//!     "Yth. Admin, saya [PERSON], NIK [NIK], WA [PHONE]. Tagihan Rp 1.500.000 menurut Perpres 76/2013."
//! );
//! assert_eq!(out.spans[1].kind, PiiKind::Nik);
//! assert_eq!(&text[out.spans[1].range.clone()], "3205184706810032");
//!
//! // Redacting twice changes nothing.
//! assert_eq!(Redactor::default().redact(&out.text).text, out.text);
//!
//! // A keyed pseudonym: the same number gives the same token, however it is written.
//! let r = Redactor::default().with_style(RedactStyle::pseudonym(*b"a 16-byte secret")?);
//! assert_eq!(r.redact("HP 0812-3456-7890").text, r.redact("HP +6281234567890").text);
//! # Ok::<(), lapor_core::Error>(())
//! ```

mod address;
mod contact;
mod hmac;
mod identity;
mod kind;
mod learned;
mod lexicon;
mod names;
pub(crate) mod normalise;
mod numbers;
mod redact;
mod scan;
mod table;
mod token;

#[cfg(test)]
mod tests;

pub use identity::Identity;
pub use kind::{Confidence, PiiKind, PiiSpan, TextUnit};
#[doc(hidden)]
pub use learned::{
    encode as encode_name_model, BITS as NAME_MODEL_BITS, SCALE as NAME_MODEL_SCALE,
};
pub(crate) use numbers::valid_nik;
pub use redact::{PseudonymKey, RedactStyle, Redacted, Redactor};
