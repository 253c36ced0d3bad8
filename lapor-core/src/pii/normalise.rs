//! What detection reads: the text with the disguises people (and attackers) use folded away,
//! and a map from every byte of it back to the original text, so that spans still point into
//! the text the caller gave.
//!
//! - Format characters are skipped: zero-width space, non-joiner and joiner (U+200B–U+200D),
//!   left-to-right and right-to-left marks (U+200E, U+200F), word joiner and the invisible
//!   operators (U+2060–U+2064), soft hyphen (U+00AD) and the byte-order mark (U+FEFF).
//! - Decimal digits of every script the table below lists (Arabic-Indic, Devanagari, Thai,
//!   full-width, mathematical…) become ASCII digits; full-width ASCII forms (U+FF01–U+FF5E, so
//!   also `＠`) become ASCII; the ideographic, fixed-width and narrow spaces (U+3000,
//!   U+2000–U+200A, U+202F, U+205F) become a space, and the other hyphens (U+2010–U+2012,
//!   the minus sign U+2212, U+FE63) the ASCII one (`0819\u{202F}1013\u{202F}3661`,
//!   `981‑707‑9551` with non-breaking hyphens).
//! - `[at]`, `(at)`, `{at}`, `[@]`, `(@)` between two words become `@`, and `[dot]`, `(dot)`,
//!   `{dot}`, `[.]` become `.`, with the spaces around them (`nama [at] gmail [dot] com`).
//! - After a `+62` country code, a trunk `(0)` is dropped and parentheses around an area or
//!   operator code are dropped (`+62 (0) 812…`, `+62 (812) …`).
//! - A `/` between two runs of at least eight digits becomes a space (`<nik>/<kk>`): two numbers,
//!   not a regulation number or an RT/RW pair. Dots and dashes inside a run count as part of it
//!   (`6471.0452.0795.0002/6471.0411.0210.0003`).
//! - A field name misread by OCR (a screenshot or a scanned KTP pasted as text) reads as the
//!   word it is: `N1K`, `Narna`, `Nam a`, `N a m a`, `Lah1r`, `Lahlr`, `TgI`, `Ternpat`,
//!   `PengirIm`, `Penerirna`, `Reken1ng` (`1`, `I`, `l` and `i` confused, `0` for `o`, `rn` for
//!   `m`, a word broken by a space), for a short list of field names (`nama`, `nik`, `lahir`,
//!   `tgl`, `tempat`, `alamat`, `pengirim`, `penerima`, `rekening`), in the case it was written
//!   in. A word written right is left as it is.
//! - In a URL's query or a form's `key=value` pairs, `%20` and `+` between two letters are a
//!   space and `%40` between two characters of an address is `@` (`nama=Zulfikar%20Usman`,
//!   `email=usman%40icloud.com`, `nama=Bistok+Siahaan`).
//! - A NIK or KK with digits misread by OCR (15 to 17 letters and digits at a token's start,
//!   at least 12 of them digits, the others `O`/`o` for 0, `l`/`I` for 1, `S` for 5) reads as
//!   its digits; the number rules then check it as any other (`3377O34904580l1S`).
//! - A number spoken in words, as in a transcribed call (`kosong delapan satu tiga 1545 tujuh
//!   enam`): a run of Indonesian digit words (`nol`/`kosong`, `satu` … `sembilan`, any case) and
//!   digit groups, joined by spaces or dashes, with at least three digit words and eight digits
//!   in all, becomes the digits it spells (`08131545 76…`, written without the separators).
//!   Digits read out in pairs count as two (`sebelas` 11, `lima belas` 15, `tiga puluh` 30,
//!   `tiga puluh satu` 31, but `dua puluh lima puluh tujuh` 20 57), and the run may start with
//!   a group of up to six digits that words go on from (`0813 tujuh tujuh …`).

use std::ops::Range;

/// The normalised text and, for each of its bytes, the original byte range it came from.
pub(crate) struct Normalised {
    pub(crate) text: String,
    /// `origin[i]` is the original range of the character that produced byte `i`.
    origin: Vec<(usize, usize)>,
}

impl Normalised {
    /// The original byte range of the normalised range `r` (non-empty, inside the text).
    pub(crate) fn original(&self, r: Range<usize>) -> Range<usize> {
        match (
            self.origin.get(r.start),
            r.end.checked_sub(1).and_then(|e| self.origin.get(e)),
        ) {
            (Some(&(start, _)), Some(&(_, end))) if start < end => start..end,
            _ => 0..0,
        }
    }
}

/// Code points of the digit zero of decimal digit sets (each followed by 1–9).
const ZEROS: [u32; 41] = [
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
    0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6,
];

/// The ASCII digit of a decimal digit of any listed script.
pub(crate) fn ascii_digit(c: char) -> Option<char> {
    if c.is_ascii_digit() {
        return Some(c);
    }
    let u = c as u32;
    if u < 0x0660 {
        return None;
    }
    ZEROS
        .iter()
        .find(|&&z| (z..z + 10).contains(&u))
        .and_then(|&z| char::from_digit(u - z, 10))
}

/// Characters skipped entirely.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{00AD}' | '\u{FEFF}'
    )
}

/// One character as detection reads it (`None`: skipped).
pub(crate) fn fold_char(c: char) -> Option<char> {
    if is_invisible(c) {
        return None;
    }
    if let Some(d) = ascii_digit(c) {
        return Some(d);
    }
    match c as u32 {
        0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0),
        // The ideographic space, and the fixed-width and narrow spaces (en, em, figure, thin,
        // hair, narrow no-break, medium mathematical).
        0x3000 | 0x2000..=0x200A | 0x202F | 0x205F => Some(' '),
        // Hyphens that are not the ASCII one: hyphen, non-breaking hyphen, figure dash, minus
        // sign, small hyphen-minus (an en or em dash keeps its own meaning).
        0x2010..=0x2012 | 0x2212 | 0xFE63 => Some('-'),
        _ => Some(c),
    }
}

/// The text with every character folded (no mapping): what a value is compared as.
pub(crate) fn fold(text: &str) -> String {
    text.chars().filter_map(fold_char).collect()
}

/// The normalised text, or `None` when it equals `text` (the common case costs one scan).
pub(crate) fn normalise(text: &str) -> Option<Normalised> {
    if !may_change(text) {
        return None;
    }
    let mut out = Normalised {
        text: String::with_capacity(text.len()),
        origin: Vec::with_capacity(text.len()),
    };
    let mut i = 0;
    // Where the closing mark of an open bold pair is.
    let mut bold_close: Option<usize> = None;
    while i < text.len() {
        let rest = &text[i..];
        if bold_close.is_some_and(|c| c < i) {
            bold_close = None;
        }
        // Inside a word of ASCII letters and digits no rule below can start (each needs a
        // bracket, a star, a slash or a word start): the rest of the run is copied as it is.
        if out
            .text
            .as_bytes()
            .last()
            .is_some_and(u8::is_ascii_alphanumeric)
        {
            let run = rest.bytes().take_while(u8::is_ascii_alphanumeric).count();
            if run > 0 {
                out.text.push_str(&rest[..run]);
                out.origin.extend((i..i + run).map(|k| (k, k + 1)));
                i += run;
                continue;
            }
        }
        if let Some((len, replacement)) = markup(&out.text, rest) {
            if let Some(c) = replacement {
                push(&mut out, c, i, i + len);
            }
            i += len;
            continue;
        }
        if let Some((len, replacement)) = obfuscation(&out.text, rest) {
            // The spaces before the disguise belong to it.
            let start = trim_trailing_spaces(&mut out, i);
            push(&mut out, replacement, start, i + len);
            i += len;
            continue;
        }
        if let Some(len) = phone_parentheses(&out.text, rest) {
            // Keep the digits inside, drop the parentheses (and a lone trunk zero).
            let inner = &rest[1..len - 1];
            i += len;
            if inner == "0" {
                // "+62 (0) 812": one space stays between the code and the number.
                if out.text.ends_with(' ') && text[i..].starts_with(' ') {
                    i += 1;
                }
            } else {
                let at = i - len + 1;
                for (k, c) in inner.char_indices() {
                    push(&mut out, c, at + k, at + k + c.len_utf8());
                }
            }
            continue;
        }
        if let Some((len, c)) = url_escape(&out.text, rest) {
            push(&mut out, c, i, i + len);
            i += len;
            continue;
        }
        if let Some(len) = ocr_number(&out.text, rest) {
            for (k, b) in rest.bytes().take(len).enumerate() {
                push(&mut out, char::from(ocr_digit(b)), i + k, i + k + 1);
            }
            i += len;
            continue;
        }
        if let Some((len, word)) = dotted_field(&out.text, rest) {
            for c in word.chars() {
                push(&mut out, c, i, i + len);
            }
            i += len;
            continue;
        }
        if let Some((len, word)) = ocr_field(&out.text, rest) {
            for c in word.chars() {
                push(&mut out, c, i, i + len);
            }
            i += len;
            continue;
        }
        if let Some(digits) =
            spoken_email(&out.text, rest).or_else(|| spoken_number(&out.text, rest))
        {
            for (d, r) in &digits {
                push(&mut out, char::from(*d), i + r.start, i + r.end);
            }
            i += digits.last().map_or(0, |(_, r)| r.end);
            continue;
        }
        // A pair of bold marks: the closing one is found with the opening one.
        let bold = if bold_close == Some(i) {
            bold_close = None;
            true
        } else if let Some(close) = markdown_bold(&out.text, rest) {
            bold_close = Some(i + close);
            true
        } else {
            false
        };
        if bold {
            push(&mut out, ' ', i, i + 1);
            push(&mut out, ' ', i + 1, i + 2);
            i += 2;
            continue;
        }
        let Some(c) = rest.chars().next() else { break };
        let end = i + c.len_utf8();
        if c == '/' && digits_before(&out.text) >= 8 && digits_after(&text[end..]) >= 8 {
            push(&mut out, ' ', i, end);
        } else if let Some(f) = fold_char(c) {
            push(&mut out, f, i, end);
        }
        i = end;
    }
    (out.text != text).then_some(out)
}

/// An HTML tag or character entity at the start of `rest` (text pasted from a web form or a
/// page): its length and what it reads as. A line break for a tag that breaks a line (`<br>`,
/// `</p>`, `</div>`, `<tr>`, `<li>`…), a tab between table cells (`<td>`, `<th>`), and for an
/// inline tag (`<b>`, `<span>`, `<label>`…) a space between two words, nothing next to a space
/// (`<b>Nama:</b> X` reads `Nama: X`). Only known tag names without attributes count:
/// `<budi@mail.com>` and `<a href="mailto:…">` stay. `&nbsp;` is a space, `&amp;` `&lt;`
/// `&gt;` `&quot;` `&#39;` their characters.
fn markup(before: &str, rest: &str) -> Option<(usize, Option<char>)> {
    let b = rest.as_bytes();
    match b.first()? {
        b'&' => {
            const ENTITIES: [(&str, char); 7] = [
                ("&nbsp;", ' '),
                ("&amp;", '&'),
                ("&lt;", '<'),
                ("&gt;", '>'),
                ("&quot;", '"'),
                ("&#39;", '\''),
                ("&apos;", '\''),
            ];
            ENTITIES
                .iter()
                .find(|(e, _)| {
                    b.get(..e.len())
                        .is_some_and(|p| p.eq_ignore_ascii_case(e.as_bytes()))
                })
                .map(|&(e, c)| (e.len(), Some(c)))
        }
        b'<' => {
            let close = usize::from(b.get(1) == Some(&b'/'));
            let name_len = b[1 + close..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric())
                .count();
            let name = rest
                .get(1 + close..1 + close + name_len)?
                .to_ascii_lowercase();
            const BREAKS: [&str; 17] = [
                "br", "p", "div", "tr", "li", "ul", "ol", "table", "tbody", "thead", "h1", "h2",
                "h3", "h4", "h5", "h6", "hr",
            ];
            const INLINE: [&str; 13] = [
                "b", "i", "u", "em", "strong", "span", "label", "a", "font", "small", "img",
                "input", "section",
            ];
            let cell = matches!(name.as_str(), "td" | "th");
            let line = BREAKS.contains(&name.as_str());
            if !(cell || line || INLINE.contains(&name.as_str())) {
                return None;
            }
            // A tag without attributes only (`<b>`, `</td>`, `<br/>`, `<br />`): an attribute
            // may hold a value (`<a href="mailto:…">`, `title="…"`), which must stay readable.
            let after = 1 + close + name_len;
            let len = [">", "/>", " />"]
                .iter()
                .find(|end| b[after..].starts_with(end.as_bytes()))
                .map(|end| after + end.len())?;
            let replacement = if line {
                Some('\n')
            } else if cell {
                Some('\t')
            } else {
                let spaced = before.ends_with(char::is_whitespace)
                    || before.is_empty()
                    || rest[len..].starts_with(char::is_whitespace)
                    || rest[len..].starts_with('<');
                (!spaced).then_some(' ')
            };
            Some((len, replacement))
        }
        _ => None,
    }
}

/// A cheap first look: whether any rule could change `text` (most texts are plain ASCII with
/// no disguise, and are then read as they are, without copying).
fn may_change(text: &str) -> bool {
    let b = text.as_bytes();
    !text.is_ascii()
        || b.iter().any(|&c| c == b'[' || c == b'{')
        || b.windows(2).any(|w| {
            w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/')
                || w[0] == b'&' && (w[1].is_ascii_alphabetic() || w[1] == b'#')
        })
        || text.contains("**")
        || (b.contains(&b'(')
            && (text.contains("+62")
                || b.windows(2)
                    .any(|w| w[0] == b'(' && matches!(w[1], b'a' | b'A' | b'd' | b'D' | b'@'))))
        || b.windows(3)
            .any(|w| w[1] == b'/' && w[0].is_ascii_digit() && w[2].is_ascii_digit())
        || spoken_digits_may_occur(b)
        || ocr_field_may_occur(text)
        || b.windows(3)
            .any(|w| w[0] == b'%' && (w[1..] == *b"20" || w[1..] == *b"40"))
        || b.contains(&b'=') && b.contains(&b'+')
        || ocr_number_may_occur(b)
        || dotted_field_may_occur(text)
        || b.windows(4).any(|w| {
            (w[0] == b' '
                && w[3] == b' '
                && matches!(w[1] | 0x20, b'a' | b'e')
                && w[2] | 0x20 == b't')
                || (w[0].is_ascii_digit() && w[1] == b',' && w[2] == b' ' && w[3].is_ascii_digit())
        })
}

/// Whether an OCR look-alike may stand inside a long number ([`ocr_number`]): one of them
/// with a digit on either side.
fn ocr_number_may_occur(b: &[u8]) -> bool {
    b.windows(3).any(|w| {
        matches!(w[1], b'O' | b'o' | b'l' | b'I' | b'S')
            && (w[0].is_ascii_digit() || w[2].is_ascii_digit())
    })
}

/// Whether a number spoken in words may occur: a word ending in `lapan` (`delapan`), `bilan`
/// (`sembilan`), `belas` or `puluh`, the word `kosong` or the word `nol` (every spoken phone
/// number has a zero and an eight or a nine in its prefix; a spoken NIK has sixteen digits).
fn spoken_digits_may_occur(b: &[u8]) -> bool {
    let letter = |k: usize| b.get(k).is_some_and(u8::is_ascii_alphabetic);
    let at = |k: usize, w: &[u8]| {
        b.get(k..k + w.len())
            .is_some_and(|s| s.iter().zip(w).all(|(x, y)| x | 0x20 == *y))
            && !letter(k + w.len())
    };
    (0..b.len()).any(|k| match b[k] | 0x20 {
        b'l' => at(k, b"lapan"),
        b'b' => at(k, b"bilan") || at(k, b"belas"),
        b'p' => at(k, b"puluh"),
        b'k' => at(k, b"kosong") && (k == 0 || !letter(k - 1)),
        b'n' => at(k, b"nol") && (k == 0 || !letter(k - 1)),
        _ => false,
    })
}

/// Markdown bold marks, read as two spaces: a pair on one line (`- **NIK:** 3204…`,
/// `1. **Rosnah** —`), the opening `**` at a word start before a letter, the closing one after
/// a non-space and not before a letter or digit. Returns the byte offset in `rest` of the
/// closing `**` when `rest` starts with an opening one. Anything else with stars is a mask and
/// stays as written (`0812****7890`, `**** **** 0009`, a masked name `**` or the partial mask
/// `**.***.***.*-**4.000`), so a text redacted in the partial-mask style reads as it did.
/// The closing mark is looked for within 256 bytes, so the scan stays linear.
fn markdown_bold(out: &str, rest: &str) -> Option<usize> {
    // Bytes only: any non-ASCII byte counts as part of a letter.
    let letter = |c: u8| c.is_ascii_alphanumeric() || c >= 0x80;
    let b = rest.as_bytes();
    let opens = b.starts_with(b"**")
        && !out
            .bytes()
            .next_back()
            .is_some_and(|c| c == b'*' || letter(c))
        && b.get(2)
            .is_some_and(|&c| c == b'[' || letter(c) && !c.is_ascii_digit());
    if !opens {
        return None;
    }
    let window = &b[..b.len().min(256)];
    (3..window.len().saturating_sub(1))
        .take_while(|&k| window[k] != b'\n')
        .find(|&k| {
            window[k..].starts_with(b"**")
                && !matches!(window[k - 1], b'*' | b' ' | b'\t')
                && !window.get(k + 2).is_some_and(|&c| c == b'*' || letter(c))
        })
}

fn push(out: &mut Normalised, c: char, start: usize, end: usize) {
    out.text.push(c);
    for _ in 0..c.len_utf8() {
        out.origin.push((start, end));
    }
}

/// Drops spaces at the end of the output; returns the original start of the first dropped one
/// (or `i` if none).
fn trim_trailing_spaces(out: &mut Normalised, i: usize) -> usize {
    let mut start = i;
    while out.text.ends_with(' ') {
        out.text.pop();
        if let Some((s, _)) = out.origin.pop() {
            start = s;
        }
    }
    start
}

/// An e-mail disguise at the start of `rest` (with the spaces after it), between a word that
/// ends `before` and a word that follows: its length and the character it stands for.
fn obfuscation(before: &str, rest: &str) -> Option<(usize, char)> {
    let first = rest.as_bytes().first()?;
    if !matches!(first, b'[' | b'(' | b'{') {
        return None;
    }
    let word_before = before
        .trim_end_matches(' ')
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric());
    if !word_before {
        return None;
    }
    const FORMS: [(&str, char); 7] = [
        ("[at]", '@'),
        ("(at)", '@'),
        ("{at}", '@'),
        ("[@]", '@'),
        ("(@)", '@'),
        ("[dot]", '.'),
        ("(dot)", '.'),
    ];
    let extra = [("{dot}", '.'), ("[.]", '.')];
    let (form, c) = FORMS.iter().chain(extra.iter()).find(|(f, _)| {
        rest.get(..f.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(f))
    })?;
    let after = &rest[form.len()..];
    let spaces = after.len() - after.trim_start_matches(' ').len();
    let word_after = after[spaces..]
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric());
    word_after.then_some((form.len() + spaces, *c))
}

/// Parentheses around digits right after a `+62` country code (`+62 (0)`, `+62 (812)`): the
/// length of `(…)`.
fn phone_parentheses(before: &str, rest: &str) -> Option<usize> {
    if !rest.starts_with('(') || !before.trim_end_matches(' ').ends_with("+62") {
        return None;
    }
    let close = rest.find(')')?;
    let inner = &rest[1..close];
    (!inner.is_empty() && inner.len() <= 4 && inner.bytes().all(|b| b.is_ascii_digit()))
        .then_some(close + 1)
}

/// A URL's or a form's escape inside a `key=value` (`?nik=…&nama=Zulfikar%20Usman&email=
/// usman%40icloud.com`, `nama=Bistok+Siahaan`): its length and the character it stands for.
/// `%20` and `+` are spaces between two letters, `%40` is `@` between two characters of an
/// address; only after an `=` in the same run of text without whitespace.
fn url_escape(before: &str, rest: &str) -> Option<(usize, char)> {
    let (len, c) = match rest.as_bytes() {
        [b'%', b'2', b'0', ..] => (3, ' '),
        [b'%', b'4', b'0', ..] => (3, '@'),
        [b'+', ..] => (1, ' '),
        _ => return None,
    };
    let prev = before.as_bytes().last().copied()?;
    let next = rest.as_bytes().get(len).copied()?;
    let around = if c == '@' {
        prev.is_ascii_alphanumeric() && next.is_ascii_alphanumeric()
    } else {
        prev.is_ascii_alphabetic() && next.is_ascii_alphabetic()
    };
    // The value of a key: an `=` since the last whitespace (read back at most 80 bytes; a value
    // decoded before reads back as spaces, so the look goes on past them to its `=`).
    let in_value = || {
        before
            .bytes()
            .rev()
            .take(80)
            .take_while(|&b| b != b'\n' && b != b'\t' && b != b'&' && b != b'?')
            .any(|b| b == b'=')
    };
    (around && in_value()).then_some((len, c))
}

/// The length of a NIK or KK with digits misread by OCR at the start of `rest` (`3377O34904580l1S`:
/// `O` for 0, `l` and `I` for 1, `S` for 5), at a token's start: 15 to 17 letters and digits, at
/// least 12 of them digits and the others only those look-alikes. Read as the digits they
/// stand for (the number rules then check it as any other).
fn ocr_number(before: &str, rest: &str) -> Option<usize> {
    if before
        .as_bytes()
        .last()
        .is_some_and(u8::is_ascii_alphanumeric)
    {
        return None;
    }
    let b = rest.as_bytes();
    let len = b
        .iter()
        .take(18)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if !(15..=17).contains(&len) {
        return None;
    }
    let digits = b[..len].iter().filter(|c| c.is_ascii_digit()).count();
    let look_alike = b[..len]
        .iter()
        .all(|&c| c.is_ascii_digit() || matches!(c, b'O' | b'o' | b'l' | b'I' | b'S'));
    (digits >= 12 && digits < len && look_alike && b[0].is_ascii_digit()).then_some(len)
}

/// The digit an OCR look-alike stands for ([`ocr_number`]); a digit stays.
fn ocr_digit(c: u8) -> u8 {
    match c {
        b'O' | b'o' => b'0',
        b'l' | b'I' => b'1',
        b'S' => b'5',
        _ => c,
    }
}

/// The digits of the number that ends `out`, counting dots and dashes between digits as part of
/// it (`6471.0452.0795.0002`); at most 40 bytes are read back, so the scan stays linear.
fn digits_before(out: &str) -> usize {
    let b = out.as_bytes();
    let mut digits = 0;
    let mut k = b.len();
    while k > 0 && b.len() - k < 40 {
        let c = b[k - 1];
        if c.is_ascii_digit() {
            digits += 1;
        } else if !(matches!(c, b'.' | b'-') && k >= 2 && b[k - 2].is_ascii_digit() && digits > 0) {
            break;
        }
        k -= 1;
    }
    digits
}

/// Field names whose OCR misreadings are read as the name (see the module notes).
const OCR_FIELDS: [&str; 9] = [
    "nama", "nik", "lahir", "tgl", "tempat", "alamat", "pengirim", "penerima", "rekening",
];

/// Whether byte `c` as OCR wrote it may stand for the letter `t` of a field name: the same
/// letter in any case, `1`/`I`/`l`/`i` for one another, `0` for `o`.
fn ocr_same(c: u8, t: u8) -> bool {
    let c = c.to_ascii_lowercase();
    c == t || matches!(t, b'i' | b'l') && matches!(c, b'1' | b'i' | b'l') || t == b'o' && c == b'0'
}

/// Whether the letters `w` (spaces taken out) are an OCR misreading of `field`: letter for
/// letter under [`ocr_same`], `rn` standing for `m`.
fn ocr_matches(w: &[u8], field: &[u8]) -> bool {
    let (mut a, mut b) = (0, 0);
    while a < w.len() && b < field.len() {
        if ocr_same(w[a], field[b]) {
            a += 1;
        } else if field[b] == b'm' && w[a..].len() >= 2 && w[a..a + 2].eq_ignore_ascii_case(b"rn") {
            a += 2;
        } else {
            return false;
        }
        b += 1;
    }
    a == w.len() && b == field.len()
}

/// A field name misread by OCR at the start of `rest`, after a non-word character of `out`:
/// its length in `rest` and the field name in the case it was written in. At most four pieces
/// joined by single spaces (`N a m a`, `Nam a`), 12 letters at most.
fn ocr_field(out: &str, rest: &str) -> Option<(usize, String)> {
    let b = rest.as_bytes();
    let first = *b.first()?;
    if !matches!(
        first.to_ascii_lowercase(),
        b'n' | b'l' | b't' | b'a' | b'p' | b'r'
    ) || out
        .bytes()
        .next_back()
        .is_some_and(|c| c.is_ascii_alphanumeric() || c >= 0x80)
    {
        return None;
    }
    let run = |k: usize| {
        b[k..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count()
    };
    // The letters so far, without the spaces (no allocation: this runs at every word start).
    let mut buf = [0u8; 12];
    let mut len = run(0);
    if len > buf.len() {
        return None;
    }
    buf[..len].copy_from_slice(&b[..len]);
    let mut end = len;
    let mut pieces = 1;
    loop {
        let letters = &buf[..len];
        if b.get(end).is_some_and(|&c| c >= 0x80) {
            return None;
        }
        // Only the fields of a fitting first letter and length (`rn` for `m` is one longer).
        let candidates = OCR_FIELDS.iter().filter(|f| {
            let f = f.as_bytes();
            ocr_same(letters[0], f[0]) && (f.len()..=f.len() + 1).contains(&letters.len())
        });
        let mut found = None;
        for field in candidates {
            if letters.eq_ignore_ascii_case(field.as_bytes()) {
                // Written right: a field name in one piece stays as it is.
                if pieces == 1 {
                    return None;
                }
                found = Some(field);
                break;
            }
            if found.is_none() && ocr_matches(letters, field.as_bytes()) {
                found = Some(field);
            }
        }
        if let Some(field) = found {
            // The word ends here (a field name before its value, not the start of a longer word).
            let next = b.get(end).copied();
            if !next.is_some_and(|c| c.is_ascii_alphanumeric()) {
                let original = &b[..end];
                let upper = original.iter().filter(|c| c.is_ascii_uppercase()).count();
                let lower = original.iter().filter(|c| c.is_ascii_lowercase()).count();
                let word = if upper > lower {
                    field.to_ascii_uppercase()
                } else if original[0].is_ascii_uppercase() {
                    let mut w = field.to_string();
                    w[..1].make_ascii_uppercase();
                    w
                } else {
                    field.to_string()
                };
                return Some((end, word));
            }
        }
        // One more piece after a single space: a word broken by OCR.
        if pieces == 4 || b.get(end) != Some(&b' ') {
            return None;
        }
        let n = run(end + 1);
        if n == 0
            || n > 3
            || len + n > buf.len()
            || b[end + 1..end + 1 + n].iter().any(u8::is_ascii_digit)
        {
            return None;
        }
        buf[len..len + n].copy_from_slice(&b[end + 1..end + 1 + n]);
        len += n;
        end += 1 + n;
        pieces += 1;
    }
}

/// Field names written as dotted initials (`T.T.L`, `N.I.K.`, `n.p.w.p`): the name as one
/// word, in capitals if the initials were.
const DOTTED_FIELDS: [&str; 4] = ["ttl", "nik", "nip", "npwp"];

/// A field name in dotted initials at the start of `rest`, after a non-word character of
/// `out`: its length in `rest` (with a closing dot, unless it ends the line) and the field name.
fn dotted_field(out: &str, rest: &str) -> Option<(usize, String)> {
    let b = rest.as_bytes();
    if !b.first()?.is_ascii_alphabetic()
        || out
            .bytes()
            .next_back()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c >= 0x80)
    {
        return None;
    }
    let mut letters = [0u8; 4];
    let mut n = 0;
    let mut k = 0;
    // Letter, dot, letter, dot …: at most four letters.
    while n < letters.len() && b.get(k).is_some_and(u8::is_ascii_alphabetic) {
        letters[n] = b[k];
        n += 1;
        k += 1;
        if b.get(k) != Some(&b'.') {
            break;
        }
        k += 1;
    }
    // `k` is past the last letter, or past its dot.
    let dotted_end = b.get(k - 1) == Some(&b'.');
    let end = if dotted_end {
        // A closing dot at a line's end (or the text's) ends a sentence: it stays.
        if matches!(b.get(k), None | Some(b'\n' | b'\r')) {
            k - 1
        } else {
            k
        }
    } else {
        k
    };
    if n < 3 || b.get(k).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let word = &letters[..n];
    let field = DOTTED_FIELDS
        .iter()
        .find(|f| f.as_bytes().eq_ignore_ascii_case(word))?;
    Some((
        end,
        if word.iter().all(u8::is_ascii_uppercase) {
            field.to_ascii_uppercase()
        } else {
            (*field).to_string()
        },
    ))
}

/// Whether a field name in dotted initials may occur: `x.y.` somewhere that [`dotted_field`]
/// reads as one.
fn dotted_field_may_occur(text: &str) -> bool {
    let b = text.as_bytes();
    b.windows(4).enumerate().any(|(k, w)| {
        w[0].is_ascii_alphabetic()
            && w[1] == b'.'
            && w[2].is_ascii_alphabetic()
            && w[3] == b'.'
            && dotted_field(&text[..k], &text[k..]).is_some()
    })
}

/// Whether a field name misread by OCR may occur: a word start that [`ocr_field`] reads as one.
/// Only words that start with a field name's first letter are looked at.
fn ocr_field_may_occur(text: &str) -> bool {
    let b = text.as_bytes();
    (0..b.len()).any(|k| {
        (k == 0 || !(b[k - 1].is_ascii_alphanumeric() || b[k - 1] >= 0x80))
            && matches!(b[k] | 0x20, b'n' | b'l' | b't' | b'a' | b'p' | b'r')
            && ocr_field(&text[..k], &text[k..]).is_some()
    })
}

/// Indonesian digit words.
const DIGIT_WORDS: [(&str, u8); 11] = [
    ("nol", b'0'),
    ("kosong", b'0'),
    ("satu", b'1'),
    ("dua", b'2'),
    ("tiga", b'3'),
    ("empat", b'4'),
    ("lima", b'5'),
    ("enam", b'6'),
    ("tujuh", b'7'),
    ("delapan", b'8'),
    ("sembilan", b'9'),
];

/// The digit word at the start of `rest` (a whole word, any case) and its length.
fn digit_word(rest: &str) -> Option<(usize, u8)> {
    let b = rest.as_bytes();
    DIGIT_WORDS.iter().find_map(|&(w, d)| {
        let n = w.len();
        (b.len() >= n
            && b[..n].eq_ignore_ascii_case(w.as_bytes())
            && !b.get(n).is_some_and(|c| c.is_ascii_alphanumeric()))
        .then_some((n, d))
    })
}

/// Whether `rest` starts with the word `w` (any case, a whole word).
fn starts_with_word(rest: &str, w: &str) -> bool {
    let b = rest.as_bytes();
    b.len() >= w.len()
        && b[..w.len()].eq_ignore_ascii_case(w.as_bytes())
        && !b.get(w.len()).is_some_and(u8::is_ascii_alphanumeric)
}

/// Two digits read out as one number below a hundred, the way numbers are read in pairs:
/// `sepuluh` (10), `sebelas` (11), `lima belas` (15), `tiga puluh` (30), `tiga puluh satu`
/// (31). Its length in `rest`, the two digits, and where the words of the first digit end.
fn spoken_pair(rest: &str) -> Option<(usize, [u8; 2], usize)> {
    if starts_with_word(rest, "sepuluh") {
        return Some((7, [b'1', b'0'], 2));
    }
    if starts_with_word(rest, "sebelas") {
        return Some((7, [b'1', b'1'], 2));
    }
    let (n, d) = digit_word(rest)?;
    if d == b'0' {
        return None;
    }
    let after = rest.get(n..)?.strip_prefix(' ')?;
    if starts_with_word(after, "belas") {
        return Some((n + 6, [b'1', d], n));
    }
    if !starts_with_word(after, "puluh") {
        return None;
    }
    let end = n + 6;
    match rest[end..].strip_prefix(' ').and_then(digit_word) {
        // A unit that opens the next pair stays with it: `dua puluh lima puluh tujuh` is 20 57.
        Some((m, u))
            if u != b'0'
                && !rest[end + 1 + m..].strip_prefix(' ').is_some_and(|r| {
                    starts_with_word(r, "puluh") || starts_with_word(r, "belas")
                }) =>
        {
            Some((end + 1 + m, [d, u], n))
        }
        _ => Some((end, [d, b'0'], n)),
    }
}

/// A number spoken in words at the start of `rest` (see the module notes), right after a
/// non-word character of `out`: each digit with its byte range in `rest`.
fn spoken_number(out: &str, rest: &str) -> Option<Vec<(u8, Range<usize>)>> {
    let first = *rest.as_bytes().first()?;
    if !(first.is_ascii_digit()
        || matches!(
            first.to_ascii_lowercase(),
            b'n' | b'k' | b's' | b'd' | b't' | b'e' | b'l'
        ))
        || out.chars().next_back().is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    let b = rest.as_bytes();
    // A number that starts in digits and goes on in words (`0813 tujuh tujuh dua …`, a NIK's
    // region `127324 enam tujuh …`).
    let lead = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let words_follow = (1..=6).contains(&lead)
        && b.get(lead) == Some(&b' ')
        && digit_word(&rest[lead + 1..]).is_some();
    if !first.is_ascii_digit() {
        if digit_word(rest).is_none() && spoken_pair(rest).is_none() {
            return None;
        }
    } else if !(b.iter().take(8).any(|&c| c == b',') || words_follow)
        || out
            .trim_end_matches([' ', '-', '.', '/'])
            .ends_with(|c: char| c.is_ascii_digit())
    {
        // Digits alone change only when groups are read out with commas between them, from
        // the first group on (`3273 0560 1090 0009, 0812…` is a NIK and a phone, not a number
        // read out from `0009` on), or when words go on from them.
        return None;
    }
    let mut digits: Vec<(u8, Range<usize>)> = Vec::new();
    let (mut words, mut commas, mut group, mut first_group) = (0, 0, 0, 0);
    let mut at = 0;
    loop {
        let before = digits.len();
        if let Some((n, [d1, d2], split)) = spoken_pair(&rest[at..]) {
            digits.push((d1, at..at + split));
            digits.push((d2, at + split..at + n));
            words += 1;
            at += n;
        } else if let Some((n, d)) = digit_word(&rest[at..]) {
            digits.push((d, at..at + n));
            words += 1;
            at += n;
        } else {
            let n = b[at..].iter().take_while(|c| c.is_ascii_digit()).count();
            let longest = if at == 0 && words_follow { 6 } else { 5 };
            if n == 0 || n > longest || b.get(at + n).is_some_and(|c| c.is_ascii_alphabetic()) {
                if commas > 0 && group == 0 {
                    // A list of numbers (`0 1708, 0001 2345 6789 0, 19860926 …`): whether its
                    // first items read as one number must not hang on what the last one is.
                    return None;
                }
                break;
            }
            digits.extend((at..at + n).map(|k| (b[k], k..k + 1)));
            at += n;
        }
        group += digits.len() - before;
        // The separator to the next item: a space, a dash, a dash between spaces, or a comma
        // and a space after a group of three digits or more (`0858, 5737, 63862`).
        let (sep, comma) = match &b[at..] {
            [b' ', b'-', b' ', ..] => (3, false),
            [b',', b' ', ..] if group >= 3 => (2, true),
            [b' ', ..] | [b'-', ..] => (1, false),
            _ => break,
        };
        let next = at + sep;
        let item_follows = digit_word(&rest[next..]).is_some()
            || spoken_pair(&rest[next..]).is_some()
            || b.get(next).is_some_and(u8::is_ascii_digit);
        if !item_follows || digits.len() > 40 {
            break;
        }
        if comma {
            if commas == 0 {
                first_group = group;
            }
            commas += 1;
            group = 0;
        }
        at = next;
    }
    let n = digits.len();
    let read_out = words >= 3 || first_group >= 4;
    (read_out && (n >= 8 && words >= 3 || commas >= 2 && (10..=18).contains(&n))).then_some(digits)
}

/// Words that stand for a character of an e-mail address read out in a call (`titik`, `dot`,
/// `garis bawah`, `strip`; `at` and `et` for the `@`), with the spaces around.
fn spoken_sign(rest: &str) -> Option<(usize, u8)> {
    const SIGNS: [(&str, u8); 6] = [
        (" at ", b'@'),
        (" et ", b'@'),
        (" titik ", b'.'),
        (" dot ", b'.'),
        (" garis bawah ", b'_'),
        (" strip ", b'-'),
    ];
    SIGNS.iter().find_map(|&(w, c)| {
        rest.get(..w.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(w))
            .then_some((w.len(), c))
    })
}

/// An e-mail address read out in words at the start of `rest`, right after a non-word
/// character of `out` (`budi titik 77 et gmail dot com`): each character of the address with
/// its byte range in `rest`. The local part may hold `titik`, `garis bawah`…; after `at`/`et`
/// the domain needs a `dot`/`titik` and ends in a common top-level label (`com`, `id`…). At most twelve parts
/// are read, so the look-ahead is bounded.
fn spoken_email(out: &str, rest: &str) -> Option<Vec<(u8, Range<usize>)>> {
    let b = rest.as_bytes();
    if !b.first()?.is_ascii_alphanumeric()
        || out.chars().next_back().is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    let part = |at: usize| {
        b[at..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count()
    };
    let mut chars: Vec<(u8, Range<usize>)> = Vec::new();
    let (mut at, mut domain_dots, mut after_at) = (0, 0, false);
    let mut last = 0..0;
    for _ in 0..12 {
        let n = part(at);
        if n == 0 || n > 30 {
            return None;
        }
        chars.extend((at..at + n).map(|k| (b[k], k..k + 1)));
        last = at..at + n;
        at += n;
        let Some((len, c)) = spoken_sign(&rest[at..]) else {
            break;
        };
        if (after_at && c != b'.') || part(at + len) == 0 {
            break;
        }
        after_at |= c == b'@';
        domain_dots += usize::from(after_at && c == b'.');
        chars.push((c, at..at + len));
        at += len;
    }
    let tld = &rest[last];
    // A trailing `@` or `.` was not pushed: the address ends with its last part.
    const TLDS: [&str; 8] = ["com", "id", "net", "org", "info", "biz", "me", "io"];
    (after_at && domain_dots >= 1 && TLDS.iter().any(|t| tld.eq_ignore_ascii_case(t)))
        .then_some(chars)
}

/// The digits of the number that starts `rest`, dots and dashes between digits included (as
/// [`digits_before`], at most 40 bytes read).
fn digits_after(rest: &str) -> usize {
    let b = rest.as_bytes();
    let mut digits = 0;
    let mut k = 0;
    while k < b.len() && k < 40 {
        let c = b[k];
        if c.is_ascii_digit() {
            digits += 1;
        } else if !(matches!(c, b'.' | b'-')
            && digits > 0
            && b.get(k + 1).is_some_and(u8::is_ascii_digit))
        {
            break;
        }
        k += 1;
    }
    // Other scripts' digits (full-width…) are folded one by one: count them as before.
    if digits == 0 {
        return rest.chars().map_while(ascii_digit).count();
    }
    digits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        normalise(s).map_or_else(|| s.to_string(), |n| n.text)
    }

    #[test]
    fn masks_are_not_markdown_bold() {
        // Bold marks are read as spaces, a partial mask stays (found by the idempotence
        // property: `TTL: Muh. Ridwan **.***…` once lost its mask and read the name as a list).
        assert_eq!(norm("- **NIK:** 3204"), "-   NIK:   3204");
        assert_eq!(
            norm("TTL: Ridwan **.***.***.*-**4.000"),
            "TTL: Ridwan **.***.***.*-**4.000"
        );
        assert_eq!(norm("HP +** ***-****-7890"), "HP +** ***-****-7890");
        assert_eq!(
            norm("1. **Rosnah** — **Budi**, x"),
            "1.   Rosnah   —   Budi  , x"
        );
        // Masked names of two letters are no marks, paired or not.
        assert_eq!(norm("Bapak ** aa"), "Bapak ** aa");
        assert_eq!(norm("**@budi_santoso88"), "**@budi_santoso88");
        assert_eq!(
            norm("a.n.telp**.**.**.******.0009"),
            "a.n.telp**.**.**.******.0009"
        );
    }

    #[test]
    fn folds_digits_invisibles_and_disguises() {
        assert_eq!(norm("６４７４０１４５０６９００００１"), "6474014506900001");
        assert_eq!(norm("٠٨١٢٣٤٥٦٧٨٩٠"), "081234567890");
        assert_eq!(norm("0812\u{200B}3456\u{00AD}7890\u{2060}"), "081234567890");
        assert_eq!(norm("+62 (0) 812 3456 7890"), "+62 812 3456 7890");
        assert_eq!(norm("+62 (812) 3456 7890"), "+62 812 3456 7890");
        assert_eq!(norm("siti [at] gmail [dot] com"), "siti@gmail.com");
        assert_eq!(norm("siti(AT)gmail(dot)com"), "siti@gmail.com");
        assert_eq!(norm("siti＠gmail．com"), "siti@gmail.com");
        assert_eq!(
            norm("6474014506900001/6474010101010001"),
            "6474014506900001 6474010101010001"
        );
        // Left alone: regulation numbers, RT/RW, brackets that are not disguises.
        for s in [
            "Perpres 76/2013",
            "RT 08/02",
            "(021) 555-1234",
            "[catatan] ok",
            "Rp 1.500.000",
        ] {
            assert_eq!(norm(s), s);
        }
    }

    #[test]
    fn maps_back_to_the_original_bytes() {
        let text = "HP ０８１２\u{200B}３４５６ ok";
        let n = normalise(text).unwrap();
        let start = n.text.find('0').unwrap();
        let end = n.text.rfind('6').unwrap() + 1;
        let r = n.original(start..end);
        assert_eq!(&text[r], "０８１２\u{200B}３４５６");
        let text = "nama [at] gmail [dot] com.";
        let n = normalise(text).unwrap();
        assert_eq!(n.text, "nama@gmail.com.");
        assert_eq!(&text[n.original(0..14)], "nama [at] gmail [dot] com");
    }

    #[test]
    fn numbers_read_out_in_pairs() {
        assert_eq!(
            norm("hp nol delapan satu dua tiga puluh empat lima belas enam sebelas ya"),
            "hp 08123415611 ya"
        );
        assert_eq!(norm("no 0813 tujuh tujuh dua sembilan."), "no 08137729.");
        assert_eq!(
            norm("nik tiga enam dua puluh lima puluh tujuh sebelas nol x"),
            "nik 362057110 x"
        );
        // A word after `puluh` that is no digit ends the pair: `dua puluh` is 20.
        assert_eq!(
            norm("nol delapan dua puluh kali"),
            "nol delapan dua puluh kali"
        );
        assert_eq!(
            norm("nol delapan sepuluh dua puluh tiga satu dua x"),
            "08102312 x"
        );
    }
}
