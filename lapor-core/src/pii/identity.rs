//! The reporter's own identity, matched loosely (`docs/privacy.md`): what an anonymous reporter must
//! never be recognisable by, however it is written.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::kind::PiiKind;
use super::normalise::{fold, normalise};

/// The identity of one person (in practice the reporter of a case), to find wherever and
/// however it is written in free text:
///
/// - every word of three letters or more of the **name**, in any order and case, also inside
///   joined forms: `KTP_Siti_Rahmawati.jpg`, `siti-rahmawati`, `#SitiRahmawati`,
///   `sitirahmawati`; an initial right after a matched word (`Siti R.`) goes with it;
/// - the **NIK**, **KK** and **phone** by their digits only, whatever the separators, digit
///   scripts or invisible characters between them (a phone also with its `+62`/`62`/`0` prefix);
/// - the **e-mail** by its local part, ignoring `+tags` and case, with any domain, and the
///   local part on its own;
/// - the **address**, when given: any three of its words (or numbers) in a row.
///
/// A [`Redactor`](super::Redactor) told an identity ([`with_identity`](super::Redactor::with_identity))
/// finds these besides its own rules, and always replaces them with a plain label (`[PERSON]`,
/// `[NIK]`…), never a keyed pseudonym: a token would let anyone link the person's cases.
///
/// ```
/// use lapor_core::{Identity, Redactor, Reporter};
/// let who = Reporter { name: Some("Siti Rahmawati".into()), nik: Some("6474014506900001".into()),
///                      phone: Some("081234567890".into()), email: Some("siti.rahma+lapor@gmail.com".into()),
///                      ..Reporter::default() };
/// let r = Redactor::default().with_identity(Identity::of(&who));
/// assert_eq!(r.redact("Rahmawati mohon, foto KTP_Siti_Rahmawati.jpg").text,
///            "[PERSON] mohon, foto KTP_[PERSON].jpg");
/// assert_eq!(r.redact("hub +62 (0) 812-3456-7890 / SITI.RAHMA@gmail.com").text,
///            "hub [PHONE] / [EMAIL]");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identity {
    /// Lower-case name words of three letters or more.
    words: Vec<String>,
    /// Significant digits of the NIK, KK and phone (a phone without its prefix).
    numbers: Vec<(PiiKind, String)>,
    /// The e-mail's local part, lower case, without `+tag`.
    email: Option<String>,
    /// The address's lower-case words.
    address: Vec<String>,
}

/// The fewest digits a number must have to be matched (shorter ones would match anything).
const MIN_DIGITS: usize = 6;

impl Identity {
    /// The kinds an identity is found as (and that a redactor told one always detects).
    pub const KINDS: [PiiKind; 6] = [
        PiiKind::Person,
        PiiKind::Nik,
        PiiKind::Kk,
        PiiKind::Phone,
        PiiKind::Email,
        PiiKind::Address,
    ];

    /// The identity in a reporter record (name, NIK, KK, phone, e-mail, address).
    pub fn of(reporter: &crate::report::Reporter) -> Identity {
        let mut id = Identity::default();
        if let Some(name) = &reporter.name {
            id = id.with_name(name);
        }
        for (kind, value) in [
            (PiiKind::Nik, &reporter.nik),
            (PiiKind::Kk, &reporter.kk),
            (PiiKind::Phone, &reporter.phone),
        ] {
            if let Some(v) = value {
                id = id.with_number(kind, v);
            }
        }
        if let Some(e) = &reporter.email {
            id = id.with_email(e);
        }
        if let Some(a) = &reporter.address {
            id = id.with_address(a);
        }
        id
    }

    /// Adds a name (its words of three letters or more).
    pub fn with_name(mut self, name: &str) -> Identity {
        for w in fold(name).split(|c: char| !c.is_alphabetic()) {
            let w = w.to_lowercase();
            if w.chars().count() >= 3 && !self.words.contains(&w) {
                self.words.push(w);
            }
        }
        self
    }

    /// Adds a number (NIK, KK or phone: give the kind), matched by its digits. Numbers of
    /// fewer than six digits are ignored.
    pub fn with_number(mut self, kind: PiiKind, number: &str) -> Identity {
        let digits: String = fold(number).chars().filter(char::is_ascii_digit).collect();
        let significant = if kind == PiiKind::Phone {
            significant_phone(&digits)
        } else {
            &digits
        };
        if significant.len() >= MIN_DIGITS {
            self.numbers.push((kind, significant.to_string()));
        }
        self
    }

    /// Adds an e-mail address (matched by its local part).
    pub fn with_email(mut self, email: &str) -> Identity {
        let folded = fold(email).to_lowercase();
        let local = folded.split('@').next().unwrap_or("");
        let local = local.split('+').next().unwrap_or("").trim();
        if local.chars().count() >= 3 {
            self.email = Some(local.to_string());
        }
        self
    }

    /// Adds a home address (any three of its words in a row are matched).
    pub fn with_address(mut self, address: &str) -> Identity {
        self.address = fold(address)
            .to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        self
    }

    /// Whether nothing would be matched.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
            && self.numbers.is_empty()
            && self.email.is_none()
            && self.address.is_empty()
    }

    /// Where the identity is written in `text`: kinds and byte ranges (they may overlap).
    ///
    /// ```
    /// use lapor_core::{Identity, PiiKind};
    /// let id = Identity::default().with_name("Muhammad Rizky Pratama");
    /// let text = "oleh #RizkyPratama";
    /// let found: Vec<_> = id.find(text).into_iter().map(|(k, r)| (k, &text[r])).collect();
    /// assert_eq!(found, [(PiiKind::Person, "RizkyPratama")]);
    /// ```
    pub fn find(&self, text: &str) -> Vec<(PiiKind, Range<usize>)> {
        if self.is_empty() {
            return Vec::new();
        }
        match normalise(text) {
            None => self.find_normalised(text),
            Some(n) => self
                .find_normalised(&n.text)
                .into_iter()
                .map(|(k, r)| (k, n.original(r)))
                .filter(|(_, r)| r.start < r.end)
                .collect(),
        }
    }

    /// Whether `value` (a detected value of any kind) is, or contains, this identity.
    pub fn owns(&self, value: &str) -> bool {
        !self.find(value).is_empty()
    }

    fn find_normalised(&self, text: &str) -> Vec<(PiiKind, Range<usize>)> {
        let mut out = Vec::new();
        if !self.words.is_empty() {
            self.names(text, &mut out);
        }
        if !self.numbers.is_empty() {
            self.digits(text, &mut out);
        }
        if let Some(local) = &self.email {
            emails(text, local, &mut out);
        }
        if self.address.len() >= 2 {
            self.addresses(text, &mut out);
        }
        out
    }

    /// Name words, alone or joined, merged across the separators between them.
    fn names(&self, text: &str, out: &mut Vec<(PiiKind, Range<usize>)>) {
        let pieces = pieces(text);
        let mut current: Option<Range<usize>> = None;
        let mut last_matched = usize::MAX;
        for (i, p) in pieces.iter().enumerate() {
            let word = &text[p.clone()];
            let matched = self.is_name_piece(word)
                // An initial right after a matched word: "Siti R."
                || (last_matched.wrapping_add(1) == i
                    && word.chars().count() == 1
                    && word.chars().all(char::is_uppercase)
                    && self.words.iter().any(|w| {
                        w.chars().next().map(|c| c.to_lowercase().eq(word.to_lowercase().chars()))
                            == Some(true)
                    })
                    && current
                        .as_ref()
                        .is_some_and(|c| text[c.end..p.start].chars().all(|c| c == ' ')));
            if !matched {
                continue;
            }
            match &mut current {
                Some(c) if joinable(&text[c.end..p.start]) => c.end = p.end,
                _ => {
                    if let Some(c) = current.take() {
                        out.push((PiiKind::Person, c));
                    }
                    current = Some(p.clone());
                }
            }
            last_matched = i;
        }
        if let Some(c) = current {
            out.push((PiiKind::Person, c));
        }
    }

    /// A piece of letters that is a name word, or name words run together.
    fn is_name_piece(&self, piece: &str) -> bool {
        if !piece.chars().all(char::is_alphabetic) {
            return false;
        }
        let lower = piece.to_lowercase();
        if self.words.contains(&lower) {
            return true;
        }
        // Joined without separators: "sitirahmawati" (two or more whole words).
        let n = lower.len();
        if n < 6 {
            return false;
        }
        let mut reach = vec![false; n + 1];
        reach[0] = true;
        for i in 0..n {
            if !reach[i] {
                continue;
            }
            for w in &self.words {
                if lower[i..].starts_with(w.as_str()) {
                    reach[i + w.len()] = true;
                }
            }
        }
        reach[n]
    }

    /// The numbers, by their digits across separators.
    fn digits(&self, text: &str, out: &mut Vec<(PiiKind, Range<usize>)>) {
        for run in digit_runs(text) {
            let digits: String = run.iter().map(|&(d, _)| d).collect();
            for (kind, number) in &self.numbers {
                for (i, _) in digits.match_indices(number.as_str()) {
                    let mut start = i;
                    if *kind == PiiKind::Phone {
                        if digits[..start].ends_with("62") {
                            start -= 2;
                        } else if digits[..start].ends_with('0') {
                            start -= 1;
                        }
                    }
                    let end = i + number.len();
                    let mut from = run[start].1.start;
                    // The `+` of a country code belongs to the number.
                    if *kind == PiiKind::Phone && text[..from].ends_with('+') {
                        from -= 1;
                    }
                    out.push((*kind, from..run[end - 1].1.end));
                }
            }
        }
    }

    /// Three or more address words in a row (all of them if the address has two).
    fn addresses(&self, text: &str, out: &mut Vec<(PiiKind, Range<usize>)>) {
        let words: Vec<(String, Range<usize>)> = word_ranges(text)
            .map(|r| (text[r.clone()].to_lowercase(), r))
            .collect();
        let need = self.address.len().min(3);
        let mut t = 0;
        while t < words.len() {
            let mut best = 0;
            for a in 0..self.address.len() {
                let k = (0..)
                    .take_while(|&k| {
                        t + k < words.len()
                            && a + k < self.address.len()
                            && words[t + k].0 == self.address[a + k]
                    })
                    .count();
                best = best.max(k);
            }
            if best >= need {
                out.push((
                    PiiKind::Address,
                    words[t].1.start..words[t + best - 1].1.end,
                ));
                t += best;
            } else {
                t += 1;
            }
        }
    }
}

/// A phone number's digits without its country or trunk prefix.
fn significant_phone(digits: &str) -> &str {
    digits
        .strip_prefix("62")
        .or_else(|| digits.strip_prefix('0'))
        .unwrap_or(digits)
}

/// Whether the text between two name pieces keeps them one name: spaces, `_`, `-`, `.`, or
/// nothing (camelCase).
fn joinable(gap: &str) -> bool {
    gap.len() <= 3 && gap.chars().all(|c| matches!(c, ' ' | '_' | '-' | '.'))
}

/// The pieces of a text: runs of letters or of digits, split where a lower-case letter meets an
/// upper-case one (camelCase).
fn pieces(text: &str) -> Vec<Range<usize>> {
    #[derive(PartialEq, Clone, Copy)]
    enum Class {
        Upper,
        Lower,
        Digit,
        Other,
    }
    let class = |c: char| {
        if c.is_ascii_digit() {
            Class::Digit
        } else if c.is_uppercase() {
            Class::Upper
        } else if c.is_alphabetic() {
            Class::Lower
        } else {
            Class::Other
        }
    };
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut prev = Class::Other;
    for (i, c) in text.char_indices() {
        let k = class(c);
        let breaks = match (prev, k) {
            (_, Class::Other) => true,
            (Class::Other, _) => true,
            (Class::Digit, Class::Digit) => false,
            (Class::Digit, _) | (_, Class::Digit) => true,
            // camelCase: a capital after a lower-case letter starts a new piece.
            (Class::Lower, Class::Upper) => true,
            _ => false,
        };
        if breaks {
            if let Some(s) = start.take() {
                out.push(s..i);
            }
            if k != Class::Other {
                start = Some(i);
            }
        }
        prev = k;
    }
    if let Some(s) = start {
        out.push(s..text.len());
    }
    // "SITIRahmawati": a capital run followed by a lower-case run keeps its last capital with
    // the lower-case part. Rare enough to leave; whole-word matching still finds "SITI".
    out
}

/// Maximal runs of letters and digits.
fn word_ranges(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start: Option<usize> = None;
    let mut ranges = Vec::new();
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            ranges.push(s..i);
        }
    }
    if let Some(s) = start {
        ranges.push(s..text.len());
    }
    ranges.into_iter()
}

/// Runs of digits that may be one number: digits with at most two separators (space, `.`,
/// `-`, `(`, `)`, `+`) between them. Each digit with its byte range.
fn digit_runs(text: &str) -> Vec<Vec<(char, Range<usize>)>> {
    let mut runs = Vec::new();
    let mut run: Vec<(char, Range<usize>)> = Vec::new();
    let mut gap = 0;
    for (i, c) in text.char_indices() {
        if c.is_ascii_digit() {
            run.push((c, i..i + 1));
            gap = 0;
        } else if matches!(c, ' ' | '.' | '-' | '(' | ')' | '+') && !run.is_empty() && gap < 2 {
            gap += 1;
        } else if !run.is_empty() {
            runs.push(std::mem::take(&mut run));
            gap = 0;
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    runs
}

/// E-mail addresses whose local part (without `+tag`) is `local`, and `local` on its own.
fn emails(text: &str, local: &str, out: &mut Vec<(PiiKind, Range<usize>)>) {
    let is_local = |c: char| c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-');
    let is_domain = |c: char| c.is_alphanumeric() || matches!(c, '.' | '-');
    for (at, _) in text.match_indices('@') {
        let start = text[..at]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_local(c))
            .last()
            .map_or(at, |(i, _)| i);
        let found = text[start..at].to_lowercase();
        let found = found.split('+').next().unwrap_or("");
        if found.trim_matches('.') != local {
            continue;
        }
        let end = text[at + 1..]
            .char_indices()
            .take_while(|&(_, c)| is_domain(c))
            .last()
            .map_or(at + 1, |(i, c)| at + 1 + i + c.len_utf8());
        let end = at + 1 + text[at + 1..end].trim_end_matches('.').len();
        out.push((PiiKind::Email, start..end));
    }
    // The local part alone ("siti.rahma"), as a whole token.
    if local.chars().count() >= 5 && local.contains(['.', '_', '-']) {
        let lower = text.to_lowercase();
        if lower.len() != text.len() {
            return;
        }
        for (i, _) in lower.match_indices(local) {
            let end = i + local.len();
            let before = text[..i].chars().next_back();
            let after = text[end..].chars().next();
            let glued = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '@');
            if !glued(before) && !glued(after) {
                out.push((PiiKind::Email, i..end));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Reporter;

    fn siti() -> Identity {
        Identity::of(&Reporter {
            name: Some("Siti Rahmawati".into()),
            nik: Some("6474014506900001".into()),
            kk: Some("6474010101080002".into()),
            phone: Some("081234567890".into()),
            email: Some("siti.rahma+lapor@gmail.com".into()),
            address: Some("Jl. Mawar No. 115A RT 10 RW 20, Bontang".into()),
        })
    }

    fn found(id: &Identity, text: &str) -> Vec<String> {
        id.find(text)
            .into_iter()
            .map(|(k, r)| format!("{}:{}", k.as_str(), &text[r]))
            .collect()
    }

    #[test]
    fn names_in_any_order_and_joined() {
        let id = siti();
        for (text, want) in [
            ("... diperbaiki. Siti.", vec!["PERSON:Siti"]),
            ("Rahmawati mohon", vec!["PERSON:Rahmawati"]),
            ("Rahmawati Siti", vec!["PERSON:Rahmawati Siti"]),
            ("siti_rahmawati", vec!["PERSON:siti_rahmawati"]),
            ("#SitiRahmawati", vec!["PERSON:SitiRahmawati"]),
            ("KTP_Siti_Rahmawati.jpg", vec!["PERSON:Siti_Rahmawati"]),
            ("siti-rahmawati-ktp.jpg", vec!["PERSON:siti-rahmawati"]),
            ("sitirahmawati.png", vec!["PERSON:sitirahmawati"]),
            ("Salam, Siti R.", vec!["PERSON:Siti R"]),
            ("Situ Rahmat tidak", vec![]),
        ] {
            assert_eq!(found(&id, text), want, "{text}");
        }
        let id = Identity::default().with_name("Muhammad Rizky Pratama");
        assert_eq!(found(&id, "Rizky Pratama"), ["PERSON:Rizky Pratama"]);
    }

    #[test]
    fn numbers_by_digits_whatever_the_writing() {
        let id = siti();
        for text in [
            "NIK 6474014506900001",
            "NIK 6474 0145 0690 0001",
            "NIK ６４７４０１４５０６９００００１",
            "NIK 647401\u{200B}4506900001",
        ] {
            assert_eq!(found(&id, text).len(), 1, "{text}: {:?}", found(&id, text));
        }
        assert_eq!(
            found(&id, "HP +62 (0) 812 3456 7890."),
            ["PHONE:+62 (0) 812 3456 7890"]
        );
        assert_eq!(
            found(&id, "HP +62 (812) 3456 7890"),
            ["PHONE:+62 (812) 3456 7890"]
        );
        assert_eq!(found(&id, "wa 0812.3456.7890"), ["PHONE:0812.3456.7890"]);
        assert_eq!(
            found(&id, "NIK/KK: 6474014506900001/6474010101080002"),
            ["NIK:6474014506900001", "KK:6474010101080002"]
        );
    }

    #[test]
    fn email_by_local_part_and_address_words() {
        let id = siti();
        // The name word inside is found as well; the redactor keeps the longer span.
        let email = |text: &str| -> Vec<String> {
            found(&id, text)
                .into_iter()
                .filter(|f| f.starts_with("EMAIL"))
                .collect()
        };
        assert_eq!(
            email("mail SITI.RAHMA@gmail.com."),
            ["EMAIL:SITI.RAHMA@gmail.com"]
        );
        assert_eq!(
            email("siti.rahma [at] yahoo [dot] com"),
            ["EMAIL:siti.rahma [at] yahoo [dot] com"]
        );
        assert_eq!(email("akun siti.rahma ya"), ["EMAIL:siti.rahma"]);
        assert_eq!(
            found(&id, "rumah di jl mawar no 115a dekat"),
            ["ADDRESS:jl mawar no 115a"]
        );
        assert!(found(&id, "jalan mawar indah").is_empty());
    }
}
