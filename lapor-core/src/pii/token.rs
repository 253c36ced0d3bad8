//! One pass over the text: words, digit runs, single punctuation characters and redaction
//! placeholders, each with its byte range and the kind of gap before it.

use super::kind::PiiKind;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tk {
    /// A run of letters (any script), with inner apostrophes (`Ma'ruf`).
    Word,
    /// A run of ASCII digits.
    Num,
    /// One character that is neither a letter, an ASCII digit nor whitespace.
    Punct(char),
    /// A redaction placeholder such as `[NIK]` or `[PHONE:7f3a9c21]`: opaque to every rule, so
    /// redacting twice changes nothing.
    Placeholder,
}

/// The whitespace between a token and the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gap {
    /// Glued to the previous token (or first token).
    None,
    /// Exactly one space (U+0020 or U+00A0).
    Space,
    /// Other horizontal whitespace (several spaces, tabs).
    Wide,
    /// At least one line break.
    Line,
}

/// A token: kind, byte range, the gap before it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    pub(crate) kind: Tk,
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) gap: Gap,
}

/// Letters of a word (`char::is_alphabetic`, plus combining marks).
pub(crate) fn is_letter(c: char) -> bool {
    c.is_alphabetic() || ('\u{300}'..='\u{36f}').contains(&c)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '`')
}

/// Length in bytes of a placeholder `[LABEL]` or `[LABEL:hex]` starting at `s`, if any.
fn placeholder_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    if b.first() != Some(&b'[') {
        return None;
    }
    let mut i = 1;
    while i < b.len() && i < 16 && (b[i].is_ascii_uppercase() || b[i] == b'_') {
        i += 1;
    }
    let label = s.get(1..i)?;
    PiiKind::from_label(label)?;
    if label.bytes().any(|c| c.is_ascii_lowercase()) {
        return None;
    }
    if b.get(i) == Some(&b':') {
        let hex_start = i + 1;
        i += 1;
        while i < b.len() && i < hex_start + 32 && b[i].is_ascii_hexdigit() {
            i += 1;
        }
        if i == hex_start {
            return None;
        }
    }
    if b.get(i) == Some(&b']') {
        Some(i + 1)
    } else {
        None
    }
}

/// Length in bytes of an e-mail address masked in the partial-mask style (`*****@mail.co.id`)
/// starting at `s` (at the first star of a run: the caller asks once per run, so a long run of
/// stars is read once, not once per star), if any: like a placeholder, it is opaque to every rule, so that the domain
/// left visible is never read as a name when the text is redacted again.
fn masked_email_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let stars = b.iter().take_while(|&&c| c == b'*').count();
    if stars == 0 || b.get(stars) != Some(&b'@') {
        return None;
    }
    let domain = &s[stars + 1..];
    let len = domain
        .char_indices()
        .find(|&(_, c)| !(is_letter(c) || c.is_ascii_digit() || c == '-' || c == '.'))
        .map_or(domain.len(), |(i, _)| i);
    // Not a trailing dot (end of sentence), and a dotted domain.
    let domain = domain[..len].trim_end_matches('.');
    (domain.contains('.') && !domain.starts_with('.')).then_some(stars + 1 + domain.len())
}

/// The character at byte `i` of `text` (on a char boundary) and its length in bytes, with a
/// fast path for ASCII.
#[inline]
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b.is_ascii() {
        return Some((char::from(b), 1));
    }
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// Splits `text` into tokens.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 4 + 4);
    let bytes = text.as_bytes();
    let mut gap = Gap::None;
    let mut i = 0;
    while let Some((c, len)) = char_at(text, i) {
        if c.is_whitespace() {
            gap = match (gap, c) {
                (_, '\n' | '\r' | '\u{2028}' | '\u{2029}') | (Gap::Line, _) => Gap::Line,
                (Gap::None, ' ' | '\u{a0}') => Gap::Space,
                _ => Gap::Wide,
            };
            i += len;
            continue;
        }
        let (kind, end) = if c.is_ascii_digit() {
            let mut end = i + 1;
            while bytes.get(end).is_some_and(u8::is_ascii_digit) {
                end += 1;
            }
            (Tk::Num, end)
        } else if is_letter(c) {
            let mut end = i + len;
            loop {
                if bytes.get(end).is_some_and(u8::is_ascii_alphabetic) {
                    end += 1;
                    continue;
                }
                match char_at(text, end) {
                    Some((d, dl)) if is_letter(d) => end += dl,
                    Some((d, dl)) if is_apostrophe(d) => {
                        // Keep an apostrophe only between two letters.
                        if char_at(text, end + dl).is_some_and(|(n, _)| is_letter(n)) {
                            end += dl;
                        } else {
                            break;
                        }
                    }
                    _ => break,
                }
            }
            (Tk::Word, end)
        } else if let Some(len) = (c == '[').then(|| placeholder_len(&text[i..])).flatten() {
            (Tk::Placeholder, i + len)
        } else if let Some(len) = (c == '*' && (i == 0 || bytes[i - 1] != b'*'))
            .then(|| masked_email_len(&text[i..]))
            .flatten()
        {
            (Tk::Placeholder, i + len)
        } else if let Some(stars) = (c == '@')
            .then(|| bytes[i + 1..].iter().take_while(|&&b| b == b'*').count())
            .filter(|&n| {
                n > 0
                    // Glued to a word, a number, an `@` or a placeholder's `[`, it is no mask
                    // of its own (`@*I Made` redacted is `@*[PERSON]`: neither is a handle).
                    && !char_at(text, i + 1 + n).is_some_and(|(d, _)| {
                        is_letter(d) || d.is_ascii_digit() || d == '@' || d == '['
                    })
            })
        {
            // A handle masked in the partial-mask style (`@****`): opaque like a placeholder.
            (Tk::Placeholder, i + 1 + stars)
        } else {
            (Tk::Punct(c), i + len)
        };
        out.push(Token {
            kind,
            start: i,
            end,
            gap,
        });
        gap = Gap::None;
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(Tk, &str, Gap)> {
        tokenize(text)
            .into_iter()
            .map(|t| (t.kind, &text[t.start..t.end], t.gap))
            .collect()
    }

    #[test]
    fn basic_tokens() {
        let k = kinds("NIK: 3273-05  Ma'ruf\n[NIK] [PHONE:ab12] [nik] 😀é");
        assert_eq!(k[0], (Tk::Word, "NIK", Gap::None));
        assert_eq!(k[1], (Tk::Punct(':'), ":", Gap::None));
        assert_eq!(k[2], (Tk::Num, "3273", Gap::Space));
        assert_eq!(k[3], (Tk::Punct('-'), "-", Gap::None));
        assert_eq!(k[4], (Tk::Num, "05", Gap::None));
        assert_eq!(k[5], (Tk::Word, "Ma'ruf", Gap::Wide));
        assert_eq!(k[6], (Tk::Placeholder, "[NIK]", Gap::Line));
        assert_eq!(k[7], (Tk::Placeholder, "[PHONE:ab12]", Gap::Space));
        assert_eq!(k[8], (Tk::Punct('['), "[", Gap::Space));
        assert_eq!(k[9], (Tk::Word, "nik", Gap::None));
        assert_eq!(k.last().unwrap().1, "é");
    }

    #[test]
    fn masked_emails_are_opaque() {
        let k = kinds("ke ****@h.Kutnamids. Lalu *@x, ***@mail.co.id");
        assert_eq!(k[1], (Tk::Placeholder, "****@h.Kutnamids", Gap::Space));
        assert_eq!(k[2].1, ".");
        assert_eq!(k[4].0, Tk::Punct('*'));
        assert_eq!(
            k.last().unwrap(),
            &(Tk::Placeholder, "***@mail.co.id", Gap::Space)
        );
    }

    #[test]
    fn odd_input() {
        assert!(tokenize("").is_empty());
        assert_eq!(kinds("'a'")[1], (Tk::Word, "a", Gap::None));
        assert_eq!(kinds("[")[0].0, Tk::Punct('['));
        assert_eq!(kinds("[NIK:]")[0].0, Tk::Punct('['));
        assert_eq!(kinds("٣٤")[0].0, Tk::Punct('٣'));
    }
}
