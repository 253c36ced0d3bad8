//! The [`Redactor`]: configuration, detection pipeline and the three redaction styles.

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::hmac::{hex, hmac_sha256};
use super::identity::Identity;
use super::kind::{Confidence, KindSet, PiiKind, PiiSpan};
use super::learned;
use super::names::{self, NameIndex};
use super::normalise;
use super::scan::{Cand, Ctx};
use super::token::Tk;
use super::{address, contact, numbers};

/// How [`Redactor::redact`] replaces each detected value.
///
/// ```
/// use lapor_core::{PiiKind, RedactStyle};
/// assert_eq!(RedactStyle::Label.replacement(PiiKind::Nik, "3273056010900009"), "[NIK]");
/// assert_eq!(
///     RedactStyle::PartialMask.replacement(PiiKind::Phone, "0812-3456-7890"),
///     "****-****-7890"
/// );
/// let style = RedactStyle::pseudonym(*b"a 16-byte secret")?;
/// assert_eq!(
///     style.replacement(PiiKind::Phone, "0812-3456-7890"),
///     style.replacement(PiiKind::Phone, "+6281234567890"),
/// );
/// # Ok::<(), lapor_core::Error>(())
/// ```
#[derive(Clone, PartialEq, Eq, Default)]
pub enum RedactStyle {
    /// The label in brackets: `[NIK]`, `[PHONE]`, `[PERSON]` (the default).
    #[default]
    Label,
    /// Mask with `*`, keeping the separators (spaces, dots, dashes, `+`, parentheses).
    ///
    /// Number-shaped kinds (NIK, KK, NPWP, phone, bank account, passport, BPJS, NIP) keep their
    /// **last four** letters or digits: `3273056010900009` → `************0009`,
    /// `+62 812-3456-7890` → `+** ***-****-7890`. An e-mail keeps its domain
    /// (`budi88@gmail.com` → `******@gmail.com`), a handle its `@` (`@budi` → `@****`). Names,
    /// addresses, dates of birth and plates are masked entirely, so a name's last letters never
    /// leak. A value of four characters or fewer is masked entirely.
    PartialMask,
    /// A keyed pseudonym: `[NIK:7f3a9c21]`, the first 4 bytes (8 hex digits) of
    /// HMAC-SHA256(key, `LABEL` + `:` + normalised value). Built with
    /// [`RedactStyle::pseudonym`], which refuses keys shorter than
    /// [`PseudonymKey::MIN_BYTES`].
    ///
    /// The same value under the same key always gives the same token (so data sets redacted
    /// with one key can still be joined on it); another key gives another token. Values are
    /// normalised first: digits only for numbers (a phone's `+62` / `62` prefix becomes `0`, so
    /// `0812-3456-7890`, `081234567890` and `+6281234567890` agree), letters and digits upper
    /// case for plates and passports, lower case for e-mails and handles, lower-case words for
    /// names and addresses, `YYYY-MM-DD` for dates of birth when the date can be read.
    /// Eight hex digits are a join key, not an identifier: tokens of unrelated values collide
    /// with probability 2⁻³² per pair. Keep the key secret: anyone holding it can test guesses.
    /// A reporter's own identity ([`Redactor::with_identity`]) is never pseudonymised.
    Pseudonym(PseudonymKey),
}

/// The secret key of [`RedactStyle::Pseudonym`]: at least [`MIN_BYTES`](Self::MIN_BYTES)
/// bytes (a short key can be guessed, and then every token read back). `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct PseudonymKey(Vec<u8>);

impl PseudonymKey {
    /// The shortest key accepted: 16 bytes (32 random bytes recommended).
    pub const MIN_BYTES: usize = 16;

    /// The key's length in bytes.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Always `false`: an empty key is refused.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for RedactStyle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RedactStyle::Label => f.write_str("Label"),
            RedactStyle::PartialMask => f.write_str("PartialMask"),
            // Never print the key.
            RedactStyle::Pseudonym(key) => f
                .debug_struct("Pseudonym")
                .field("key", &format_args!("<{} bytes>", key.len()))
                .finish(),
        }
    }
}

impl RedactStyle {
    /// A [`RedactStyle::Pseudonym`] with this key.
    ///
    /// Errors: [`Error::PseudonymKey`](crate::Error::PseudonymKey) (`too_short`) for a key of
    /// fewer than [`PseudonymKey::MIN_BYTES`] bytes.
    ///
    /// ```
    /// use lapor_core::RedactStyle;
    /// assert!(RedactStyle::pseudonym(*b"0123456789abcdef").is_ok());
    /// assert_eq!(RedactStyle::pseudonym(*b"rahasia").unwrap_err().code(), "pseudonym_key");
    /// ```
    pub fn pseudonym(key: impl Into<Vec<u8>>) -> crate::Result<RedactStyle> {
        let key = key.into();
        if key.len() < PseudonymKey::MIN_BYTES {
            return Err(crate::Error::PseudonymKey {
                problem: "too_short",
                length: key.len(),
                minimum: PseudonymKey::MIN_BYTES,
            });
        }
        Ok(RedactStyle::Pseudonym(PseudonymKey(key)))
    }

    /// A [`RedactStyle::Pseudonym`] with a key given in hex (`"00ff…"`, case-insensitive).
    ///
    /// Errors: [`Error::PseudonymKey`](crate::Error::PseudonymKey): `not_hex` when `hex` is not
    /// an even number of hex digits, `too_short` as [`pseudonym`](Self::pseudonym).
    ///
    /// ```
    /// use lapor_core::RedactStyle;
    /// assert!(RedactStyle::pseudonym_from_hex(&"00ff".repeat(8)).is_ok());
    /// assert!(RedactStyle::pseudonym_from_hex("0f0").is_err());
    /// ```
    pub fn pseudonym_from_hex(hex: &str) -> crate::Result<RedactStyle> {
        let hex = hex.trim();
        let not_hex = || crate::Error::PseudonymKey {
            problem: "not_hex",
            length: 0,
            minimum: PseudonymKey::MIN_BYTES,
        };
        if hex.len() % 2 != 0 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(not_hex());
        }
        let key = (0..hex.len())
            .step_by(2)
            .map(|i| {
                hex.get(i..i + 2)
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
            })
            .collect::<Option<Vec<u8>>>()
            .ok_or_else(not_hex)?;
        RedactStyle::pseudonym(key)
    }

    /// The text that replaces `value` (a detected value of `kind`) in this style.
    pub fn replacement(&self, kind: PiiKind, value: &str) -> String {
        match self {
            RedactStyle::Label => format!("[{}]", kind.as_str()),
            RedactStyle::PartialMask => mask(kind, value),
            RedactStyle::Pseudonym(PseudonymKey(key)) => {
                let mut msg = String::with_capacity(value.len() + 16);
                msg.push_str(kind.as_str());
                msg.push(':');
                msg.push_str(&normalise(kind, &normalise::fold(value)));
                let mac = hmac_sha256(key, msg.as_bytes());
                format!("[{}:{}]", kind.as_str(), hex(&mac[..4]))
            }
        }
    }
}

fn mask(kind: PiiKind, value: &str) -> String {
    let alnum = value.chars().filter(|c| c.is_alphanumeric()).count();
    match kind {
        _ if kind.is_numeric() && alnum > 4 => {
            let mut seen = 0;
            value
                .chars()
                .map(|c| {
                    if c.is_alphanumeric() {
                        seen += 1;
                        if seen > alnum - 4 {
                            return c;
                        }
                        '*'
                    } else {
                        c
                    }
                })
                .collect()
        }
        PiiKind::Email => match value.rfind('@') {
            Some(at) => {
                let (local, domain) = value.split_at(at);
                let mut out: String = local.chars().map(|_| '*').collect();
                out.push_str(domain);
                out
            }
            None => value.chars().map(|_| '*').collect(),
        },
        PiiKind::Handle => value
            .chars()
            .enumerate()
            .map(|(i, c)| if i == 0 && c == '@' { c } else { '*' })
            .collect(),
        _ => value
            .chars()
            .map(|c| if c.is_alphanumeric() { '*' } else { c })
            .collect(),
    }
}

/// The normal form of a value for pseudonyms.
fn normalise(kind: PiiKind, value: &str) -> String {
    let digits = || {
        value
            .chars()
            .filter(char::is_ascii_digit)
            .collect::<String>()
    };
    let words = || {
        value
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
            .join(" ")
    };
    match kind {
        PiiKind::Phone => {
            let d = digits();
            let intl = value.trim_start().starts_with('+')
                || value.trim_start().starts_with("(+")
                || (d.starts_with("628") && d.len() >= 11);
            match d.strip_prefix("62").filter(|_| intl) {
                Some(rest) => format!("0{}", rest.strip_prefix('0').unwrap_or(rest)),
                None => d,
            }
        }
        PiiKind::Passport | PiiKind::Plate => value
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_uppercase())
            .collect(),
        PiiKind::Email | PiiKind::Handle => value.trim().to_lowercase(),
        PiiKind::Person | PiiKind::Address => words(),
        PiiKind::DateOfBirth => dob_iso(value).unwrap_or_else(words),
        _ => digits(),
    }
}

/// `12 Maret 1985`, `12-03-1985`, `1985-03-12` → `1985-03-12`.
fn dob_iso(value: &str) -> Option<String> {
    let parts: Vec<&str> = value
        .split(|c: char| !c.is_alphanumeric())
        .filter(|p| !p.is_empty())
        .collect();
    let [a, b, c] = parts[..] else {
        return None;
    };
    let month = |m: &str| -> Option<u32> {
        if let Ok(n) = m.parse::<u32>() {
            return (1..=12).contains(&n).then_some(n);
        }
        let m = m.to_lowercase();
        const NAMES: [&[&str]; 12] = [
            &["jan", "januari", "january"],
            &["feb", "peb", "februari", "pebruari", "february"],
            &["mar", "maret", "march"],
            &["apr", "april"],
            &["mei", "may"],
            &["jun", "juni", "june"],
            &["jul", "juli", "july"],
            &[
                "agu", "agt", "ags", "agst", "agus", "aug", "agustus", "august",
            ],
            &["sep", "sept", "september"],
            &["okt", "oct", "oktober", "october"],
            &["nov", "nop", "november", "nopember"],
            &["des", "dec", "desember", "december"],
        ];
        NAMES
            .iter()
            .position(|names| names.contains(&m.as_str()))
            .and_then(|i| u32::try_from(i + 1).ok())
    };
    let (y, m, d) = if a.len() == 4 {
        (a.parse::<u32>().ok()?, month(b)?, c.parse::<u32>().ok()?)
    } else if c.len() == 4 && a.parse::<u32>().is_ok() {
        (c.parse::<u32>().ok()?, month(b)?, a.parse::<u32>().ok()?)
    } else {
        (c.parse::<u32>().ok()?, month(a)?, b.parse::<u32>().ok()?)
    };
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// The result of [`Redactor::redact`]: the redacted text and the spans that were replaced
/// (byte ranges into the **input** text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Redacted {
    /// The text with every detected value replaced.
    pub text: String,
    /// What was replaced, sorted, byte ranges into the input.
    pub spans: Vec<PiiSpan>,
}

/// A caller-supplied matcher: returns byte ranges of values in the text.
type Matcher = Arc<dyn Fn(&str) -> Vec<Range<usize>> + Send + Sync>;

/// Detects and redacts personal data in Indonesian complaint text.
///
/// `Redactor::default()` detects every [`PiiKind`] and redacts with [`RedactStyle::Label`].
/// A redactor is immutable once built, `Send + Sync`, and cheap to clone (the word lists are
/// shared); build one and reuse it.
///
/// The rules are a hand-written scanner, one linear pass over the tokens, using the formats
/// (NIK structure with the province code and birth date, NIP, operator prefixes, plate region
/// codes…) and the cue words before a value (`NIK`, `No. KK`, `HP`, `rek.`, `a.n.`, `Bapak`,
/// `lahir`…), as described in the annotation guide. Redacting twice changes nothing, and the
/// redacted text contains nothing the same redactor detects again.
///
/// ```
/// use lapor_core::{PiiKind, RedactStyle, Redactor};
/// let r = Redactor::default();
/// let out = r.redact("Saya Budi Santoso, HP 0812-3456-7890, NIK 3273056010900009.");
/// assert_eq!(out.text, "Saya [PERSON], HP [PHONE], NIK [NIK].");
/// assert_eq!(out.spans.len(), 3);
///
/// let masked = Redactor::default()
///     .with_style(RedactStyle::PartialMask)
///     .disable(PiiKind::Person)
///     .redact("HP 0812-3456-7890");
/// assert_eq!(masked.text, "HP ****-****-7890");
/// ```
#[derive(Clone)]
pub struct Redactor {
    kinds: KindSet,
    style: RedactStyle,
    names: Arc<NameIndex>,
    literals: Arc<Vec<(PiiKind, String)>>,
    matchers: Arc<Vec<(PiiKind, Matcher)>>,
    identity: Option<Arc<Identity>>,
}

impl Default for Redactor {
    fn default() -> Self {
        Redactor {
            kinds: KindSet::ALL,
            style: RedactStyle::Label,
            names: Arc::new(NameIndex::default()),
            literals: Arc::new(Vec::new()),
            matchers: Arc::new(Vec::new()),
            identity: None,
        }
    }
}

impl fmt::Debug for Redactor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Redactor")
            .field("kinds", &self.kinds())
            .field("style", &self.style)
            .field("names", &self.names.len())
            .field("literals", &self.literals.len())
            .field("matchers", &self.matchers.len())
            .field("identity", &self.identity.is_some())
            .finish()
    }
}

impl Redactor {
    /// A redactor with every kind enabled and the [`RedactStyle::Label`] style
    /// (same as `Redactor::default()`).
    pub fn new() -> Self {
        Self::default()
    }

    /// Detects only these kinds.
    ///
    /// ```
    /// use lapor_core::{PiiKind, Redactor};
    /// let r = Redactor::default().with_kinds(&[PiiKind::Phone]);
    /// assert_eq!(r.redact("NIK 3273056010900009 HP 081234567890").text, "NIK 3273056010900009 HP [PHONE]");
    /// ```
    pub fn with_kinds(mut self, kinds: &[PiiKind]) -> Self {
        self.kinds = KindSet::EMPTY;
        for &k in kinds {
            self.kinds.insert(k);
        }
        self
    }

    /// Also detects `kind`.
    pub fn enable(mut self, kind: PiiKind) -> Self {
        self.kinds.insert(kind);
        self
    }

    /// Stops detecting `kind`.
    pub fn disable(mut self, kind: PiiKind) -> Self {
        self.kinds.remove(kind);
        self
    }

    /// Whether `kind` is detected.
    pub fn is_enabled(&self, kind: PiiKind) -> bool {
        self.kinds.contains(kind)
    }

    /// The kinds detected, in [`PiiKind::ALL`] order.
    pub fn kinds(&self) -> Vec<PiiKind> {
        PiiKind::ALL
            .into_iter()
            .filter(|&k| self.kinds.contains(k))
            .collect()
    }

    /// Uses this redaction style.
    pub fn with_style(mut self, style: RedactStyle) -> Self {
        self.style = style;
        self
    }

    /// The redaction style.
    pub fn style(&self) -> &RedactStyle {
        &self.style
    }

    /// Person names to detect wherever they occur, whatever the context (matched word by word,
    /// case-insensitively, on whole words: `"Budi Santoso"` matches `BUDI SANTOSO` but not
    /// `Budiman`). Useful for the reporter's own name, known from the form.
    ///
    /// ```
    /// use lapor_core::Redactor;
    /// let r = Redactor::default().add_names(["Siti Aminah"]);
    /// assert_eq!(r.redact("kata siti aminah kemarin").text, "kata [PERSON] kemarin");
    /// ```
    pub fn add_names<I, S>(mut self, names: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let index = Arc::make_mut(&mut self.names);
        for name in names {
            index.insert(&names::name_words(name.as_ref()));
        }
        self
    }

    /// An exact text to detect as `kind` wherever it occurs, ignoring ASCII case. When the
    /// literal starts (ends) with a letter or digit, the match must not be glued to another
    /// letter or digit on that side. Surrounding whitespace of `text` is ignored; an empty
    /// literal is ignored. (There is no regex engine in the core: use
    /// [`add_matcher`](Self::add_matcher) for anything richer.)
    ///
    /// ```
    /// use lapor_core::{PiiKind, Redactor};
    /// let r = Redactor::default().add_literal(PiiKind::Person, "si Kancil");
    /// assert_eq!(r.redact("SI KANCIL datang").text, "[PERSON] datang");
    /// ```
    pub fn add_literal(mut self, kind: PiiKind, text: impl AsRef<str>) -> Self {
        let text = text.as_ref().trim();
        if !text.is_empty() {
            Arc::make_mut(&mut self.literals).push((kind, text.to_string()));
        }
        self
    }

    /// A custom matcher for `kind`: a function from the text to the byte ranges of values in it.
    /// Ranges that are empty, out of bounds or not on `char` boundaries are ignored; whitespace
    /// at their ends is trimmed. Matches count as [`Confidence::High`].
    ///
    /// ```
    /// use lapor_core::{PiiKind, Redactor};
    /// // PLN customer numbers: "ID pelanggan" + 12 digits.
    /// let r = Redactor::default().add_matcher(PiiKind::BankAccount, |text: &str| {
    ///     text.match_indices("ID pelanggan ")
    ///         .map(|(i, m)| i + m.len()..i + m.len() + 12)
    ///         .filter(|r| text.get(r.clone()).is_some_and(|s| s.bytes().all(|b| b.is_ascii_digit())))
    ///         .collect()
    /// });
    /// assert_eq!(r.redact("ID pelanggan 512345678901").text, "ID pelanggan [BANK_ACCOUNT]");
    /// ```
    pub fn add_matcher<F>(mut self, kind: PiiKind, matcher: F) -> Self
    where
        F: Fn(&str) -> Vec<Range<usize>> + Send + Sync + 'static,
    {
        Arc::make_mut(&mut self.matchers).push((kind, Arc::new(matcher)));
        self
    }

    /// The identity of a person (the reporter) to find wherever and however it is written
    /// (see [`Identity`]), replacing any identity given before. Its kinds are detected even if
    /// they were disabled, and its values are always replaced with a plain label, whatever the
    /// style: a keyed pseudonym of the reporter's own NIK would link their cases.
    ///
    /// ```
    /// use lapor_core::{Identity, PiiKind, RedactStyle, Redactor};
    /// let r = Redactor::default()
    ///     .with_style(RedactStyle::PartialMask)
    ///     .with_identity(Identity::default().with_name("Siti Rahmawati")
    ///                                       .with_number(PiiKind::Phone, "081234567890"));
    /// assert_eq!(r.redact("Rahmawati, HP +62 812 3456 7890, tetangga 0811 2233 4455").text,
    ///            "[PERSON], HP [PHONE], tetangga ****-****-4455".replace('-', " "));
    /// ```
    pub fn with_identity(mut self, identity: Identity) -> Self {
        for kind in Identity::KINDS {
            self.kinds.insert(kind);
        }
        self.identity = (!identity.is_empty()).then(|| Arc::new(identity));
        self
    }

    /// The identity given with [`with_identity`](Self::with_identity).
    pub fn identity(&self) -> Option<&Identity> {
        self.identity.as_deref()
    }

    /// The personal data in `text`: sorted, non-overlapping spans of the enabled kinds, byte
    /// ranges on `char` boundaries. Digits of other scripts, full-width forms, invisible
    /// characters and e-mail disguises (`[at]`, `[dot]`) are read through (see the module
    /// documentation); spans still point into `text`. Never panics.
    ///
    /// ```
    /// use lapor_core::{PiiKind, Redactor};
    /// let text = "😀 Pelapor: Weni Roza, telp 0859005291860";
    /// let spans = Redactor::default().detect(text);
    /// let found: Vec<_> = spans.iter().map(|s| (s.kind, &text[s.range.clone()])).collect();
    /// assert_eq!(found, [(PiiKind::Person, "Weni Roza"), (PiiKind::Phone, "0859005291860")]);
    /// ```
    pub fn detect(&self, text: &str) -> Vec<PiiSpan> {
        let Some(n) = normalise::normalise(text) else {
            return self.detect_normalised(text);
        };
        self.detect_normalised(&n.text)
            .into_iter()
            .filter_map(|s| {
                let range = n.original(s.range.clone());
                (range.start < range.end).then_some(PiiSpan { range, ..s })
            })
            .collect()
    }

    fn detect_normalised(&self, text: &str) -> Vec<PiiSpan> {
        let (mut ctx, identity) = self.rules(text);
        let mut spans = ctx.resolve(self.kinds);
        if self.kinds.contains(PiiKind::Person) {
            let with = learned::add_names(&ctx, spans.clone());
            // What the model added: new names and rule names it widened. Both lists are sorted
            // by start and disjoint, so one walk finds them.
            let mut k = 0;
            let added: Vec<&PiiSpan> = with
                .iter()
                .filter(|s| {
                    while spans.get(k).is_some_and(|o| o.range.start < s.range.start) {
                        k += 1;
                    }
                    spans.get(k) != Some(*s)
                })
                .collect();
            if !added.is_empty() {
                // The model's names become the rules' own, and the rules run again around them:
                // a name hides its words from the rules and is context for them (a surname
                // after it, an RT/RW after a person), exactly as its placeholder will be in the
                // redacted text, where the model does not run. So redacting twice finds nothing.
                // One more round, on texts of any length: more rounds let a long text full of
                // names cascade from one name to the next, which `tests/pii_linear.rs` measured
                // as 1.4 times the cost per byte at 4-32 KB as at 2-4 KB.
                for s in added {
                    let a = ctx.toks.partition_point(|t| t.start < s.range.start);
                    let b = ctx.toks.partition_point(|t| t.end <= s.range.end);
                    ctx.push(a, b, s.kind, s.confidence);
                }
                // Their other mentions first (`… Santoso 0361-… budi santoso`): found within the
                // round, after the value rules, they would hide context those rules had read.
                // (In the mode the text reads in with those names taken, as the round's own
                // name rules will read it.)
                ctx.mode = ctx.casing_mode();
                names::mentions_of_found(&mut ctx);
                self.rounds(&mut ctx, 1);
                spans = ctx.resolve(self.kinds);
            } else {
                spans = with;
            }
        }
        cover(spans, &identity)
    }

    /// The rules' scan of a normalised text: the context with their candidates, and the
    /// identity's matches.
    fn rules<'t>(&self, text: &'t str) -> (Ctx<'t>, Vec<(PiiKind, Range<usize>)>) {
        let mut ctx = Ctx::new(text);
        // The identity's matches are weak candidates that take no tokens: a rule that finds a
        // longer value around one (the e-mail around a name) wins, and `cover` then makes sure
        // every match is inside a kept span.
        let identity = self
            .identity
            .as_ref()
            .map(|id| id.find(text))
            .unwrap_or_default();
        for (kind, r) in &identity {
            ctx.cands.push(Cand {
                start: r.start,
                end: r.end,
                kind: *kind,
                conf: Confidence::Low,
            });
        }
        self.custom(&mut ctx);
        self.rounds(&mut ctx, 8);
        (ctx, identity)
    }

    /// The rules, run over what is left of `ctx` until they find nothing new (at most `max`
    /// rounds).
    fn rounds(&self, ctx: &mut Ctx<'_>, max: usize) {
        // Rules read context (cue words before a value, the word before a name), and a value
        // found later (a name) hides context from rules that ran earlier, exactly as its
        // placeholder will in the redacted text. So the rules run again over what is left until
        // nothing new turns up: the redacted text then reads like the last round, and redacting
        // it again finds nothing. Almost every text settles in one or two rounds.
        for _ in 0..max {
            let before = ctx.cands.len();
            contact::emails(ctx);
            numbers::plates(ctx);
            numbers::passports(ctx);
            numbers::digit_runs(ctx);
            contact::handles(ctx);
            contact::bare_usernames(ctx);
            numbers::written_dates_of_birth(ctx);
            address::addresses(ctx);
            names::persons(ctx, &self.names);
            if ctx.cands.len() == before {
                break;
            }
        }
        contact::office_contacts(ctx);
    }

    /// For training the name model (`pii-train`, development only): each word of `text`, with
    /// its byte range in `text` and its hashed features (what the rules made of it among them).
    /// Not part of the API.
    #[doc(hidden)]
    pub fn name_features(&self, text: &str) -> Vec<(Range<usize>, Vec<u32>)> {
        let n = normalise::normalise(text);
        let scanned = n.as_ref().map_or(text, |n| n.text.as_str());
        let (mut ctx, _) = self.rules(scanned);
        let spans = ctx.resolve(self.kinds);
        let found = learned::found(&ctx, &spans);
        let words = learned::Words::new(&ctx);
        let mut out = Vec::new();
        for (i, t) in ctx.toks.iter().enumerate() {
            if t.kind != Tk::Word {
                continue;
            }
            let mut f = Vec::new();
            learned::features(&words, &found, i, &mut f);
            let range = n
                .as_ref()
                .map_or(t.start..t.end, |n| n.original(t.start..t.end));
            out.push((range, f));
        }
        out
    }

    /// Detects and replaces personal data in the redactor's style.
    pub fn redact(&self, text: &str) -> Redacted {
        let spans = self.detect(text);
        let text = self.rewrite(text, &spans, |kind, value| {
            Some(if self.is_identity(value) {
                RedactStyle::Label.replacement(kind, value)
            } else {
                self.style.replacement(kind, value)
            })
        });
        Redacted { text, spans }
    }

    /// `text` with the value of each of `spans` (sorted, non-overlapping) replaced by what
    /// `replace` gives for it, or left as written when it gives `None`.
    pub(crate) fn rewrite(
        &self,
        text: &str,
        spans: &[PiiSpan],
        mut replace: impl FnMut(PiiKind, &str) -> Option<String>,
    ) -> String {
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        for s in spans {
            let Some(new) = replace(s.kind, s.value(text)) else {
                continue;
            };
            out.push_str(text.get(last..s.range.start).unwrap_or(""));
            out.push_str(&new);
            last = s.range.end;
        }
        out.push_str(text.get(last..).unwrap_or(""));
        out
    }

    /// Whether a detected value is (or holds) the identity given to the redactor.
    pub(crate) fn is_identity(&self, value: &str) -> bool {
        self.identity.as_ref().is_some_and(|id| id.owns(value))
    }

    /// Candidates from literals and custom matchers.
    fn custom(&self, ctx: &mut Ctx) {
        let text = ctx.text;
        for (kind, lit) in self.literals.iter() {
            for r in find_literal(text, lit) {
                push_range(ctx, r, *kind);
            }
        }
        for (kind, m) in self.matchers.iter() {
            for r in m(text) {
                push_range(ctx, r, *kind);
            }
        }
    }
}

/// The kept spans, widened so that every identity match lies inside one: a match that a kept
/// span only partly covers (a rule found `Siti` in `Siti_Rahmawati`) is merged with every span
/// and match it overlaps into one span, of the longest one's kind. One sweep in start order
/// (the spans are sorted and disjoint), so the time is linear in the number of spans and
/// matches, however many of each a text holds.
fn cover(spans: Vec<PiiSpan>, identity: &[(PiiKind, Range<usize>)]) -> Vec<PiiSpan> {
    // The matches by start (the longest at each start), in the map type the overlap resolution
    // already uses: sorted without a sort of their own.
    let mut ids: BTreeMap<usize, (usize, PiiKind, Confidence)> = BTreeMap::new();
    for (kind, r) in identity.iter().filter(|(_, r)| r.start < r.end) {
        if !matches!(ids.get(&r.start), Some(&(end, _, _)) if end >= r.end) {
            ids.insert(r.start, (r.end, *kind, Confidence::High));
        }
    }
    if ids.is_empty() {
        return spans;
    }
    // A span that is exactly an identity match is certain, and of the kind the identity knows
    // (the reporter's NIK is a NIK even after a "KK" cue); it was a weak candidate only so that
    // longer values around it could win.
    let exact = |r: &Range<usize>| {
        ids.get(&r.start)
            .filter(|&&(end, _, _)| end == r.end)
            .map(|&(_, kind, _)| kind)
    };

    /// Overlapping spans and matches, gathered until the next item starts after them.
    struct Group {
        range: Range<usize>,
        longest: (usize, PiiKind),
        spans: Vec<PiiSpan>,
        /// Whether a match of the group lies outside every single span of it.
        widen: bool,
    }
    fn close(group: Option<Group>, out: &mut Vec<PiiSpan>) {
        match group {
            Some(g) if g.widen => out.push(PiiSpan {
                range: g.range,
                kind: g.longest.1,
                confidence: Confidence::High,
            }),
            Some(g) => out.extend(g.spans),
            None => {}
        }
    }

    let mut out = Vec::with_capacity(spans.len());
    let mut group: Option<Group> = None;
    let mut spans = spans.into_iter().peekable();
    let mut ids = ids
        .iter()
        .map(|(&start, &(end, kind, _))| (kind, start..end))
        .peekable();
    loop {
        // The next item by start; a span before a match at the same start, so that the
        // containment check below sees it.
        let take_span = match (spans.peek(), ids.peek()) {
            (Some(s), Some((_, r))) => s.range.start <= r.start,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        let (range, kind, span) = if take_span {
            let Some(mut s) = spans.next() else { break };
            if let Some(k) = exact(&s.range) {
                s.kind = k;
                s.confidence = Confidence::High;
            }
            (s.range.clone(), s.kind, Some(s))
        } else {
            let Some((k, r)) = ids.next() else { break };
            (r, k, None)
        };
        let joins = group.as_ref().is_some_and(|g| range.start < g.range.end);
        if !joins {
            close(group.take(), &mut out);
        }
        let g = group.get_or_insert_with(|| Group {
            range: range.clone(),
            longest: (0, kind),
            spans: Vec::new(),
            widen: false,
        });
        if span.is_none() {
            // A match inside the group's last span changes nothing.
            let inside = g
                .spans
                .last()
                .is_some_and(|s| s.range.start <= range.start && range.end <= s.range.end);
            if !inside {
                g.widen = true;
            }
        }
        let len = range.end - range.start;
        // The longest item gives the kind; on a tie a match wins over a rule's span.
        if len > g.longest.0 || len == g.longest.0 && span.is_none() {
            g.longest = (len, kind);
        }
        g.range.end = g.range.end.max(range.end);
        if let Some(s) = span {
            g.spans.push(s);
        }
    }
    close(group, &mut out);
    out
}

/// Adds a caller-supplied byte range as a candidate (validated and trimmed).
fn push_range(ctx: &mut Ctx, r: Range<usize>, kind: PiiKind) {
    let text = ctx.text;
    let (Some(value), true) = (text.get(r.clone()), r.start < r.end) else {
        return;
    };
    let start = r.start + (value.len() - value.trim_start().len());
    let end = r.end - (value.len() - value.trim_end().len());
    if start >= end {
        return;
    }
    ctx.cands.push(Cand {
        start,
        end,
        kind,
        conf: Confidence::High,
    });
    let a = ctx.toks.partition_point(|t| t.end <= start);
    let b = ctx.toks.partition_point(|t| t.start < end);
    ctx.take(a, b);
}

/// ASCII-case-insensitive occurrences of `lit` in `text`, with word boundaries at alphanumeric
/// ends.
fn find_literal(text: &str, lit: &str) -> Vec<Range<usize>> {
    let t = text.as_bytes();
    let l = lit.as_bytes();
    let mut out = Vec::new();
    if l.is_empty() || l.len() > t.len() {
        return out;
    }
    let alnum_start = lit.chars().next().is_some_and(char::is_alphanumeric);
    let alnum_end = lit.chars().next_back().is_some_and(char::is_alphanumeric);
    let mut i = 0;
    while i + l.len() <= t.len() {
        if t[i..i + l.len()].eq_ignore_ascii_case(l)
            && text.is_char_boundary(i)
            && text.is_char_boundary(i + l.len())
        {
            let before = text[..i].chars().next_back();
            let after = text[i + l.len()..].chars().next();
            let glued_before = alnum_start && before.is_some_and(char::is_alphanumeric);
            let glued_after = alnum_end && after.is_some_and(char::is_alphanumeric);
            if !glued_before && !glued_after {
                out.push(i..i + l.len());
                i += l.len();
                continue;
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_search() {
        assert_eq!(find_literal("Budi budiman BUDI", "budi"), [0..4, 13..17]);
        let found = find_literal("é-x", "-x");
        assert_eq!((found.len(), found.first()), (1, Some(&(2..4))));
        assert!(find_literal("ab", "abc").is_empty());
    }

    #[test]
    fn masks() {
        assert_eq!(mask(PiiKind::Nik, "3273056010900009"), "************0009");
        assert_eq!(
            mask(PiiKind::Phone, "+62 812-3456-7890"),
            "+** ***-****-7890"
        );
        assert_eq!(mask(PiiKind::Email, "budi88@gmail.com"), "******@gmail.com");
        assert_eq!(mask(PiiKind::Handle, "@budi"), "@****");
        assert_eq!(mask(PiiKind::Person, "Sri Wahyuni"), "*** *******");
        assert_eq!(mask(PiiKind::Passport, "C123"), "****");
    }

    #[test]
    fn normal_forms() {
        for v in [
            "0812-3456-7890",
            "081234567890",
            "+6281234567890",
            "+62 812 3456 7890",
            "(+62) 812-3456-7890",
            "6281234567890",
        ] {
            assert_eq!(normalise(PiiKind::Phone, v), "081234567890", "{v}");
        }
        assert_eq!(
            normalise(PiiKind::Nik, "32.73.05.601090.0009"),
            "3273056010900009"
        );
        assert_eq!(
            normalise(PiiKind::Person, "  Sri   WAHYUNI "),
            "sri wahyuni"
        );
        assert_eq!(normalise(PiiKind::Plate, "b-1234-xyz"), "B1234XYZ");
        assert_eq!(
            normalise(PiiKind::DateOfBirth, "12 Maret 1985"),
            "1985-03-12"
        );
        assert_eq!(normalise(PiiKind::DateOfBirth, "12-03-1985"), "1985-03-12");
        assert_eq!(normalise(PiiKind::DateOfBirth, "1985-03-12"), "1985-03-12");
        assert_eq!(
            normalise(PiiKind::DateOfBirth, "March 12, 1985"),
            "1985-03-12"
        );
    }

    #[test]
    fn pseudonyms() {
        let a = RedactStyle::pseudonym(b"key-a-0123456789".to_vec()).unwrap();
        let b = RedactStyle::pseudonym(b"key-b-0123456789".to_vec()).unwrap();
        let t = a.replacement(PiiKind::Nik, "3273056010900009");
        assert!(
            t.starts_with("[NIK:") && t.len() == "[NIK:12345678]".len(),
            "{t}"
        );
        assert_eq!(t, a.replacement(PiiKind::Nik, "3273 0560 1090 0009"));
        assert_ne!(t, b.replacement(PiiKind::Nik, "3273056010900009"));
        assert_eq!(format!("{a:?}"), "Pseudonym { key: <16 bytes> }");
        assert_eq!(
            RedactStyle::pseudonym_from_hex("6b65792d612d30313233343536373839"),
            Ok(a)
        );
        for (bad, problem) in [
            ("zz", "not_hex"),
            ("", "too_short"),
            ("6b65792d61", "too_short"),
        ] {
            match RedactStyle::pseudonym_from_hex(bad) {
                Err(crate::Error::PseudonymKey { problem: p, .. }) => assert_eq!(p, problem),
                other => panic!("{bad}: {other:?}"),
            }
        }
    }

    #[test]
    fn send_sync_clone() {
        fn assert_send_sync<T: Send + Sync + Clone>() {}
        assert_send_sync::<Redactor>();
        assert_send_sync::<RedactStyle>();
        let r = Redactor::default()
            .add_names(["Budi"])
            .disable(PiiKind::Plate);
        let c = r.clone();
        assert!(!c.is_enabled(PiiKind::Plate));
        assert_eq!(c.kinds().len(), 13);
        assert!(format!("{r:?}").contains("names: 1"));
    }
}
