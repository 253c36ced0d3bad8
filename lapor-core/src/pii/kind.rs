//! The PII labels, confidence levels and detected spans.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::lang::Lang;

/// A kind of personal data, one per label of the annotation conventions (`docs/pii.md`).
///
/// Serialised as its label (`"NIK"`, `"BANK_ACCOUNT"`, `"DATE_OF_BIRTH"`…), which
/// [`as_str`](Self::as_str) gives; [`label`](Self::label) is its localised name.
///
/// ```
/// use lapor_core::{Lang, PiiKind};
/// assert_eq!(PiiKind::BankAccount.as_str(), "BANK_ACCOUNT");
/// assert_eq!(PiiKind::from_label("date_of_birth"), Some(PiiKind::DateOfBirth));
/// assert_eq!(PiiKind::Phone.label(Lang::Id), "nomor telepon");
/// assert_eq!(serde_json::to_string(&PiiKind::Nik).unwrap(), "\"NIK\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PiiKind {
    /// Nomor Induk Kependudukan (the 16-digit national identity number, "nomor KTP").
    Nik,
    /// Nomor Kartu Keluarga (family-card number, 16 digits).
    Kk,
    /// Nomor Pokok Wajib Pajak (tax number, 15 or 16 digits).
    Npwp,
    /// A phone number, mobile or landline.
    Phone,
    /// A personal e-mail address.
    Email,
    /// A vehicle registration plate (nomor polisi).
    Plate,
    /// A bank account number (nomor rekening).
    BankAccount,
    /// A passport number.
    Passport,
    /// A BPJS Kesehatan / JKN-KIS card number (13 digits).
    Bpjs,
    /// Nomor Induk Pegawai (civil-servant number, 18 digits).
    Nip,
    /// The name of a natural person.
    Person,
    /// A house-level address (street through house number and RT/RW).
    Address,
    /// A person's date of birth.
    DateOfBirth,
    /// A social-media handle of a person (`@name`).
    Handle,
}

impl PiiKind {
    /// Every kind, in declaration order.
    pub const ALL: [PiiKind; 14] = [
        PiiKind::Nik,
        PiiKind::Kk,
        PiiKind::Npwp,
        PiiKind::Phone,
        PiiKind::Email,
        PiiKind::Plate,
        PiiKind::BankAccount,
        PiiKind::Passport,
        PiiKind::Bpjs,
        PiiKind::Nip,
        PiiKind::Person,
        PiiKind::Address,
        PiiKind::DateOfBirth,
        PiiKind::Handle,
    ];

    /// The label, as in JSON and in `[LABEL]` redactions: `"NIK"`, `"KK"`, `"NPWP"`, `"PHONE"`, `"EMAIL"`, `"PLATE"`,
    /// `"BANK_ACCOUNT"`, `"PASSPORT"`, `"BPJS"`, `"NIP"`, `"PERSON"`, `"ADDRESS"`,
    /// `"DATE_OF_BIRTH"` or `"HANDLE"` (also the serde form and the `[LABEL]` redaction).
    ///
    /// ```
    /// assert_eq!(lapor_core::PiiKind::DateOfBirth.as_str(), "DATE_OF_BIRTH");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            PiiKind::Nik => "NIK",
            PiiKind::Kk => "KK",
            PiiKind::Npwp => "NPWP",
            PiiKind::Phone => "PHONE",
            PiiKind::Email => "EMAIL",
            PiiKind::Plate => "PLATE",
            PiiKind::BankAccount => "BANK_ACCOUNT",
            PiiKind::Passport => "PASSPORT",
            PiiKind::Bpjs => "BPJS",
            PiiKind::Nip => "NIP",
            PiiKind::Person => "PERSON",
            PiiKind::Address => "ADDRESS",
            PiiKind::DateOfBirth => "DATE_OF_BIRTH",
            PiiKind::Handle => "HANDLE",
        }
    }

    /// The kind with this label, ignoring ASCII case and surrounding whitespace.
    ///
    /// ```
    /// use lapor_core::PiiKind;
    /// assert_eq!(PiiKind::from_label(" phone "), Some(PiiKind::Phone));
    /// assert_eq!(PiiKind::from_label("SSN"), None);
    /// ```
    pub fn from_label(label: &str) -> Option<PiiKind> {
        let label = label.trim();
        PiiKind::ALL
            .into_iter()
            .find(|k| k.as_str().eq_ignore_ascii_case(label))
    }

    /// A human name of the kind in Bahasa Indonesia or English, lower case.
    ///
    /// ```
    /// use lapor_core::{Lang, PiiKind};
    /// assert_eq!(PiiKind::Kk.label(Lang::Id), "nomor kartu keluarga");
    /// assert_eq!(PiiKind::Kk.label(Lang::En), "family card number");
    /// ```
    pub fn label(self, lang: Lang) -> &'static str {
        let (id, en) = match self {
            PiiKind::Nik => ("NIK", "national identity number (NIK)"),
            PiiKind::Kk => ("nomor kartu keluarga", "family card number"),
            PiiKind::Npwp => ("NPWP", "tax number (NPWP)"),
            PiiKind::Phone => ("nomor telepon", "phone number"),
            PiiKind::Email => ("alamat e-mail", "e-mail address"),
            PiiKind::Plate => ("nomor polisi kendaraan", "vehicle plate number"),
            PiiKind::BankAccount => ("nomor rekening", "bank account number"),
            PiiKind::Passport => ("nomor paspor", "passport number"),
            PiiKind::Bpjs => ("nomor kartu BPJS", "BPJS card number"),
            PiiKind::Nip => ("NIP", "civil-servant number (NIP)"),
            PiiKind::Person => ("nama orang", "person's name"),
            PiiKind::Address => ("alamat rumah", "home address"),
            PiiKind::DateOfBirth => ("tanggal lahir", "date of birth"),
            PiiKind::Handle => ("akun media sosial", "social-media handle"),
        };
        lang.pick(id, en)
    }

    /// Bit of this kind in a [`KindSet`].
    pub(crate) fn bit(self) -> u16 {
        1 << (self as u16)
    }

    /// Whether the value is made of digits (the kinds [`RedactStyle::PartialMask`] keeps the last
    /// four digits of).
    ///
    /// [`RedactStyle::PartialMask`]: super::RedactStyle::PartialMask
    pub(crate) fn is_numeric(self) -> bool {
        matches!(
            self,
            PiiKind::Nik
                | PiiKind::Kk
                | PiiKind::Npwp
                | PiiKind::Phone
                | PiiKind::BankAccount
                | PiiKind::Passport
                | PiiKind::Bpjs
                | PiiKind::Nip
        )
    }
}

impl std::fmt::Display for PiiKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A small set of kinds, one bit each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct KindSet(u16);

impl KindSet {
    pub(crate) const ALL: KindSet = KindSet((1 << 14) - 1);
    pub(crate) const EMPTY: KindSet = KindSet(0);

    pub(crate) fn contains(self, kind: PiiKind) -> bool {
        self.0 & kind.bit() != 0
    }

    pub(crate) fn insert(&mut self, kind: PiiKind) {
        self.0 |= kind.bit();
    }

    pub(crate) fn remove(&mut self, kind: PiiKind) {
        self.0 &= !kind.bit();
    }
}

/// How sure the detector is that a span is personal data.
///
/// `High`: the value's own structure proves it (a valid NIK, an e-mail address, a mobile number
/// with an operator prefix) or a cue word names it. `Medium`: a plausible value with weaker
/// context (a name after "saya", a landline without a cue). `Low`: a guess kept for the
/// anonymity view (a mistyped 15- or 17-digit NIK, a bare letter + 7 digits as a passport).
/// Serialised as `"high"`, `"medium"`, `"low"`; ordered `Low < Medium < High`.
///
/// ```
/// use lapor_core::Confidence;
/// assert!(Confidence::High > Confidence::Low);
/// assert_eq!(Confidence::Medium.score(), 0.7);
/// assert_eq!(serde_json::to_string(&Confidence::High).unwrap(), "\"high\"");
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// A guess: redacted for safety, expect some false alarms.
    Low,
    /// Plausible from format and context.
    Medium,
    /// Proven by the value's structure or named by a cue word.
    #[default]
    High,
}

impl Confidence {
    /// A number in `0.0..=1.0` for callers that want one threshold: 0.4, 0.7 or 0.95.
    pub fn score(self) -> f32 {
        match self {
            Confidence::Low => 0.4,
            Confidence::Medium => 0.7,
            Confidence::High => 0.95,
        }
    }
}

/// One piece of personal data found in a text.
///
/// `range` is a **byte** range into the `&str` that was scanned, so `&text[span.range.clone()]`
/// is the value (always on `char` boundaries). Bindings convert it to their own string indices.
/// The span covers the value only: cue words (`NIK`, `HP`, `a.n.`, `Bapak`), honorifics and
/// surrounding punctuation are outside it.
///
/// Serialised as `{"start": …, "end": …, "kind": "NIK", "confidence": "high"}` (byte offsets).
///
/// ```
/// use lapor_core::{PiiKind, Redactor};
/// let text = "NIK 3273056010900009";
/// let spans = Redactor::default().detect(text);
/// assert_eq!(spans[0].kind, PiiKind::Nik);
/// assert_eq!(&text[spans[0].range.clone()], "3273056010900009");
/// assert_eq!(
///     serde_json::to_string(&spans[0]).unwrap(),
///     r#"{"start":4,"end":20,"kind":"NIK","confidence":"high"}"#
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PiiSpan {
    /// Byte range of the value in the scanned text.
    pub range: Range<usize>,
    /// What the value is.
    pub kind: PiiKind,
    /// How sure the detector is.
    pub confidence: Confidence,
}

impl PiiSpan {
    /// The value this span covers in `text` (the text it was detected in), or `""` when the
    /// range does not fit `text`.
    pub fn value<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.range.clone()).unwrap_or("")
    }

    /// The `(start, end)` of each span counted in `unit` instead of UTF-8 bytes: what a binding
    /// gives its language (UTF-16 code units for Kotlin, Swift's `utf16` view and JS; code
    /// points for Python).
    ///
    /// One pass over `text` for spans in order and apart, as [`Redactor::detect`] and
    /// [`Redactor::redact`] give them; other spans are converted too, counting each offset from
    /// the start of the text. An offset inside a character counts as the start of the next
    /// character; one past the end of `text` as its end.
    ///
    /// [`Redactor::detect`]: crate::Redactor::detect
    /// [`Redactor::redact`]: crate::Redactor::redact
    ///
    /// ```
    /// use lapor_core::{PiiSpan, Redactor, TextUnit};
    /// let text = "🙏 HP 0812-3456-7890";
    /// let spans = Redactor::default().detect(text);
    /// assert_eq!(spans[0].range, 8..22); // bytes: the emoji is 4
    /// assert_eq!(PiiSpan::offsets_in(text, &spans, TextUnit::Utf16), [(6, 20)]); // emoji: 2
    /// assert_eq!(PiiSpan::offsets_in(text, &spans, TextUnit::CodePoints), [(5, 19)]); // 1
    /// // Past the end is the end, in ASCII text as in any other.
    /// let past = [PiiSpan { range: 3..99, ..spans[0].clone() }];
    /// assert_eq!(PiiSpan::offsets_in("HP 0812", &past, TextUnit::Utf16), [(3, 7)]);
    /// assert_eq!(PiiSpan::offsets_in("HP 0812 🙏", &past, TextUnit::Utf16), [(3, 10)]);
    /// ```
    pub fn offsets_in(text: &str, spans: &[PiiSpan], unit: TextUnit) -> Vec<(usize, usize)> {
        if unit == TextUnit::Utf8 {
            return spans.iter().map(|s| (s.range.start, s.range.end)).collect();
        }
        // In ASCII text every unit is a byte (an offset past the end is the end).
        if text.is_ascii() {
            let n = text.len();
            return spans
                .iter()
                .map(|s| (s.range.start.min(n), s.range.end.min(n)))
                .collect();
        }
        let width = |c: char| match unit {
            TextUnit::Utf16 => c.len_utf16(),
            _ => 1,
        };
        let bounds: Vec<usize> = spans
            .iter()
            .flat_map(|s| [s.range.start, s.range.end])
            .collect();
        let counted: Vec<usize> = if bounds.windows(2).all(|w| w[0] <= w[1]) {
            // In order: one walk over the text.
            let mut counted = Vec::with_capacity(bounds.len());
            let mut next = bounds.iter().peekable();
            let mut units = 0usize;
            for (byte, c) in text.char_indices() {
                while next.next_if(|&&b| b <= byte).is_some() {
                    counted.push(units);
                }
                units += width(c);
            }
            counted.resize(bounds.len(), units);
            counted
        } else {
            // Not the core's: each offset counted on its own (no sort, which would cost the
            // browser module 4 KB for spans it never gives).
            bounds
                .iter()
                .map(|&b| {
                    text.char_indices()
                        .take_while(|&(at, _)| at < b)
                        .map(|(_, c)| width(c))
                        .sum()
                })
                .collect()
        };
        counted.chunks(2).map(|c| (c[0], c[1])).collect()
    }
}

/// How a binding counts positions in a text (see [`PiiSpan::offsets_in`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextUnit {
    /// UTF-8 bytes, as Rust and the core count.
    Utf8,
    /// UTF-16 code units: Kotlin/Java `String` indices, JS string indices, Swift's `utf16`.
    Utf16,
    /// Unicode code points (scalar values): Python `str` indices.
    CodePoints,
}

#[derive(Serialize, Deserialize)]
struct SpanRepr {
    start: usize,
    end: usize,
    kind: PiiKind,
    #[serde(default)]
    confidence: Confidence,
}

impl Serialize for PiiSpan {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        SpanRepr {
            start: self.range.start,
            end: self.range.end,
            kind: self.kind,
            confidence: self.confidence,
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for PiiSpan {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let r = SpanRepr::deserialize(deserializer)?;
        if r.start > r.end {
            return Err(serde::de::Error::custom("span start is after its end"));
        }
        Ok(PiiSpan {
            range: r.start..r.end,
            kind: r.kind,
            confidence: r.confidence,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_round_trip() {
        for kind in PiiKind::ALL {
            assert_eq!(PiiKind::from_label(kind.as_str()), Some(kind));
            assert_eq!(
                PiiKind::from_label(&kind.as_str().to_lowercase()),
                Some(kind)
            );
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.as_str()));
            assert_eq!(serde_json::from_str::<PiiKind>(&json).unwrap(), kind);
            assert!(!kind.label(Lang::Id).is_empty());
            assert!(!kind.label(Lang::En).is_empty());
            assert_eq!(kind.to_string(), kind.as_str());
        }
        assert_eq!(PiiKind::from_label(""), None);
        assert_eq!(PiiKind::Phone.label(Lang::En), "phone number");
    }

    #[test]
    fn kind_set() {
        let mut set = KindSet::EMPTY;
        assert!(!set.contains(PiiKind::Handle));
        set.insert(PiiKind::Handle);
        assert!(set.contains(PiiKind::Handle));
        set.remove(PiiKind::Handle);
        assert_eq!(set, KindSet::EMPTY);
        for kind in PiiKind::ALL {
            assert!(KindSet::ALL.contains(kind));
        }
    }

    #[test]
    fn span_serde() {
        let span = PiiSpan {
            range: 3..9,
            kind: PiiKind::BankAccount,
            confidence: Confidence::Medium,
        };
        let json = serde_json::to_string(&span).unwrap();
        assert_eq!(
            json,
            r#"{"start":3,"end":9,"kind":"BANK_ACCOUNT","confidence":"medium"}"#
        );
        assert_eq!(serde_json::from_str::<PiiSpan>(&json).unwrap(), span);
        assert!(serde_json::from_str::<PiiSpan>(r#"{"start":9,"end":3,"kind":"NIK"}"#).is_err());
        assert_eq!(span.value("abcdefghijkl"), "defghi");
        assert_eq!(span.value("ab"), "");
    }

    proptest::proptest! {
        /// Every offset in every unit is what counting the text up to it gives, whatever the
        /// order and overlap of the spans.
        #[test]
        fn offsets_count_the_text_before_them(
            text in "[a-z 🙏é\u{10348}ß]{0,40}",
            picks in proptest::collection::vec((0usize..50, 0usize..50), 0..8),
        ) {
            let bounds: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
            let spans: Vec<PiiSpan> = picks
                .iter()
                .map(|&(a, b)| {
                    let (a, b) = (bounds[a % bounds.len()], bounds[b % bounds.len()]);
                    PiiSpan { range: a.min(b)..a.max(b), kind: PiiKind::Nik, confidence: Confidence::High }
                })
                .collect();
            let utf16 = PiiSpan::offsets_in(&text, &spans, TextUnit::Utf16);
            let points = PiiSpan::offsets_in(&text, &spans, TextUnit::CodePoints);
            let bytes = PiiSpan::offsets_in(&text, &spans, TextUnit::Utf8);
            for (k, s) in spans.iter().enumerate() {
                let count16 = |b: usize| text[..b].encode_utf16().count();
                let count = |b: usize| text[..b].chars().count();
                proptest::prop_assert_eq!(utf16[k], (count16(s.range.start), count16(s.range.end)));
                proptest::prop_assert_eq!(points[k], (count(s.range.start), count(s.range.end)));
                proptest::prop_assert_eq!(bytes[k], (s.range.start, s.range.end));
            }
        }
    }
}
