//! The learned part of name detection: an averaged perceptron that reads each word the rules
//! left alone in the context of what they found, and adds the names they missed.
//!
//! The rules find a name from its cue (`a.n.`, `Bapak`, `pelapor`), its list or its form; a name
//! without any of these (`kabar dari kampung: Wempi Wenda dan anaknya`, `notaris melky
//! latuconsina memalsukan`) is left alone. The model scores every such word from hashed
//! features of the word and its neighbours: the word in small letters, its first and last
//! letters, its shape (capitalised, capitals, small letters), the word lists it is in
//! ([`lexicon`](super::lexicon)), the gaps around it, and what the rules made of it and of its
//! neighbours (a name, part of one, another value, nothing). A word that scores above
//! [`SEED`] starts a name; a neighbour one space away that scores above [`EXTEND`] joins it, as
//! does a name the rules found right beside it (`Elvira [Yanti]` becomes one name). The model
//! only adds: a span the rules found stays. A text with a placeholder (`[PERSON]`) or a `*`
//! mask is left to the rules, so that redacting twice changes nothing.
//!
//! The weights are trained at development time on the development corpora of
//! `tests/pii_corpus` (never on the corpora held out) by `cargo run --release -p lapor-tests
//! --bin pii-train`, and committed as data (`names.model`): features hashed into 2^18 buckets,
//! weights in fixed point (1/64), stored sparse. Each word's letters are hashed once per text
//! ([`Words`]); scoring a word then costs about thirty table lookups; every window is one or two
//! tokens wide, so detection stays linear.

use std::ops::Range;
use std::sync::OnceLock;

use super::kind::{Confidence, PiiKind, PiiSpan};
use super::lexicon;
use super::scan::Ctx;
use super::token::{Gap, Tk};

/// Number of hash bits: features fall into 2^18 buckets.
pub const BITS: u32 = 18;
/// Weights are stored as `round(weight × SCALE)` (1/64: coarse enough to keep the data small).
pub const SCALE: f32 = 64.0;
/// The score a word must pass to start a name (6.0 in the perceptron's units).
pub(crate) const SEED: i32 = 6 * 64;
/// The score a word beside a name must pass to join it.
pub(crate) const EXTEND: i32 = 0;

/// What the rules made of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Found {
    /// Nothing.
    Nothing = 0,
    /// The whole token is inside a person's name.
    Person = 1,
    /// A span covers part of it.
    Part = 2,
    /// It is inside another kind of value.
    Other = 3,
}

/// What the rules made of each token of `ctx`, from their resolved spans (sorted, disjoint).
pub(crate) fn found(ctx: &Ctx<'_>, spans: &[PiiSpan]) -> Vec<Found> {
    let mut out = Vec::with_capacity(ctx.toks.len());
    let mut k = 0;
    for t in &ctx.toks {
        while spans.get(k).is_some_and(|s| s.range.end <= t.start) {
            k += 1;
        }
        out.push(match spans.get(k) {
            Some(s) if s.range.start <= t.start && t.end <= s.range.end => {
                if s.kind == PiiKind::Person {
                    Found::Person
                } else {
                    Found::Other
                }
            }
            Some(s) if s.range.start < t.end => Found::Part,
            _ => Found::Nothing,
        });
    }
    out
}

/// A feature's hash: its template number and its parts, each mixed in with one multiply (the
/// step of rustc's Fx hash); the bucket is the top [`BITS`] bits, which depend on every part.
#[derive(Clone, Copy)]
struct Hash(u64);

impl Hash {
    fn new(template: u8) -> Hash {
        Hash(0).mix(u64::from(template))
    }
    fn mix(self, x: u64) -> Hash {
        Hash((self.0.rotate_left(5) ^ x).wrapping_mul(0x517c_c1b7_2722_0a95))
    }
    fn byte(self, b: u8) -> Hash {
        self.mix(u64::from(b))
    }
    fn bytes(self, s: &[u8]) -> Hash {
        s.iter().fold(self, |h, &b| h.byte(b))
    }
    fn bucket(self) -> u32 {
        u32::try_from(self.0 >> (64 - BITS)).unwrap_or(0)
    }
}

/// FNV-1a (64 bits) of a word's letters: computed once per word, then mixed into features.
fn fnv(s: &[u8]) -> u64 {
    s.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The parts of a word the features read, in small letters.
#[derive(Clone, Copy)]
enum Part {
    Whole = 0,
    First3 = 1,
    Last3 = 2,
    Last2 = 3,
}

/// What scoring needs of each token, computed once per text: its shape and the hashes of its
/// word in small letters, whole and its first and last letters (features read each word up to
/// seven times, as itself and as a neighbour).
pub(crate) struct Words<'c, 'a> {
    ctx: &'c Ctx<'a>,
    /// Per token: its shape ([`shape`]) and the [`fnv`] of each [`Part`] (0 for a non-word).
    at: Vec<(u8, [u64; 4])>,
}

impl<'c, 'a> Words<'c, 'a> {
    pub(crate) fn new(ctx: &'c Ctx<'a>) -> Self {
        let mut low = String::new();
        let at = ctx
            .toks
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let w = ctx.text.get(t.start..t.end).unwrap_or("");
                let parts = if t.kind != Tk::Word {
                    [0; 4]
                } else if w.is_ascii() {
                    let mut buf = [0u8; 64];
                    match buf.get_mut(..w.len()) {
                        Some(l) => {
                            l.copy_from_slice(w.as_bytes());
                            l.make_ascii_lowercase();
                            parts(l, |k| k, |k| l.len().saturating_sub(k))
                        }
                        None => {
                            let l = w.to_ascii_lowercase();
                            parts(l.as_bytes(), |k| k, |k| l.len().saturating_sub(k))
                        }
                    }
                } else {
                    low.clear();
                    low.extend(w.chars().flat_map(char::to_lowercase));
                    let nth = |k: usize| low.char_indices().nth(k).map_or(low.len(), |(b, _)| b);
                    let n = low.chars().count();
                    parts(low.as_bytes(), nth, |k| nth(n.saturating_sub(k)))
                };
                (shape(ctx, Some(i)), parts)
            })
            .collect();
        Words { ctx, at }
    }

    /// Token `i`'s shape, `x` beyond the text.
    fn shape(&self, i: Option<usize>) -> u8 {
        i.and_then(|i| self.at.get(i)).map_or(b'x', |a| a.0)
    }

    /// `h` with a part of word token `i` in small letters mixed in.
    fn lower(&self, h: Hash, i: usize, part: Part) -> Hash {
        h.mix(self.at.get(i).map_or(0, |a| a.1[part as usize]))
    }
}

/// The [`fnv`] of each [`Part`] of word `low` (in small letters), given the byte offset where
/// its `k`th character starts and where its last `k` characters start.
fn parts(low: &[u8], first: impl Fn(usize) -> usize, last: impl Fn(usize) -> usize) -> [u64; 4] {
    let get = |r: std::ops::Range<usize>| fnv(low.get(r).unwrap_or(&[]));
    [
        fnv(low),
        get(0..first(3).min(low.len())),
        get(last(3)..low.len()),
        get(last(2)..low.len()),
    ]
}

/// The templates of the features, each hashed with its own number.
#[derive(Clone, Copy)]
enum T {
    Bias = 0,
    Word,
    Shape,
    First3,
    Last3,
    Last2,
    Found,
    Len,
    Gap,
    GapAfter,
    List,
    ListShape,
    NearWord,
    NearShape,
    NearFound,
    NearList,
    ShapeWordBefore,
    ShapeFound,
    Shapes,
    Founds,
    GapShape,
}

/// A token's shape: `d` digits, `p` punctuation, `h` a placeholder, `U` capitals, `C`
/// capitalised, `l` small letters, `m` mixed, `x` beyond the text.
fn shape(ctx: &Ctx<'_>, i: Option<usize>) -> u8 {
    let Some(t) = i.and_then(|i| ctx.toks.get(i)) else {
        return b'x';
    };
    match t.kind {
        Tk::Num => b'd',
        Tk::Punct(_) => b'p',
        Tk::Placeholder => b'h',
        Tk::Word => {
            let w = ctx.text.get(t.start..t.end).unwrap_or("");
            let (first_upper, upper, lower) = if w.is_ascii() {
                let b = w.as_bytes();
                (
                    b.first().is_some_and(u8::is_ascii_uppercase),
                    b.iter().filter(|c| c.is_ascii_uppercase()).count(),
                    b.iter().filter(|c| c.is_ascii_lowercase()).count(),
                )
            } else {
                (
                    w.chars().next().is_some_and(char::is_uppercase),
                    w.chars().filter(|c| c.is_uppercase()).count(),
                    w.chars().filter(|c| c.is_lowercase()).count(),
                )
            };
            if lower == 0 && upper > 1 {
                b'U'
            } else if first_upper && upper == 1 {
                b'C'
            } else if upper == 0 {
                b'l'
            } else {
                b'm'
            }
        }
    }
}

/// A neighbour's word, hashed: small letters for a word, a class for the rest.
fn near_word(words: &Words<'_, '_>, h: Hash, i: Option<usize>, after: bool) -> Hash {
    match i.and_then(|i| words.ctx.toks.get(i).map(|t| (i, t))) {
        None => h.bytes(if after { b"</s>" } else { b"<s>" }),
        Some((i, t)) => match t.kind {
            Tk::Word => words.lower(h, i, Part::Whole),
            Tk::Num => h.bytes(b"NUM"),
            Tk::Placeholder => h.bytes(b"[PH]"),
            Tk::Punct(c) => {
                let mut buf = [0u8; 4];
                h.bytes(c.encode_utf8(&mut buf).as_bytes())
            }
        },
    }
}

fn gap_byte(g: Option<Gap>) -> u8 {
    match g {
        None | Some(Gap::Line) => b'N',
        Some(Gap::None) => b'_',
        Some(Gap::Space | Gap::Wide) => b'S',
    }
}

fn found_byte(f: &[Found], i: Option<usize>) -> u8 {
    i.and_then(|i| f.get(i)).map_or(b'x', |&f| f as u8 + b'0')
}

/// The word lists a token is in (the low bits of its flags; the cue code above them is left
/// out).
fn lists(ctx: &Ctx<'_>, i: Option<usize>) -> impl Iterator<Item = u8> {
    let mut flags = i
        .and_then(|i| ctx.info.get(i))
        .map_or(0, |info| info.flags & ((1 << 48) - 1));
    std::iter::from_fn(move || {
        let b = flags.trailing_zeros();
        flags &= flags.wrapping_sub(1);
        u8::try_from(b).ok().filter(|&b| b < 48)
    })
}

/// The hashed features of word token `i` (of `words`' text), into `out` (cleared first).
pub(crate) fn features(words: &Words<'_, '_>, f: &[Found], i: usize, out: &mut Vec<u32>) {
    out.clear();
    let ctx = words.ctx;
    let Some(t) = ctx.toks.get(i) else {
        return;
    };
    let at = |d: isize| i.checked_add_signed(d).filter(|&j| j < ctx.toks.len());
    let sh = words.shape(Some(i));
    let mut push = |h: Hash| out.push(h.bucket());
    push(Hash::new(T::Bias as u8));
    push(words.lower(Hash::new(T::Word as u8), i, Part::Whole));
    push(Hash::new(T::Shape as u8).byte(sh));
    push(words.lower(Hash::new(T::First3 as u8), i, Part::First3));
    push(words.lower(Hash::new(T::Last3 as u8), i, Part::Last3));
    push(words.lower(Hash::new(T::Last2 as u8), i, Part::Last2));
    push(Hash::new(T::Found as u8).byte(found_byte(f, Some(i))));
    let nchars = ctx.info.get(i).map_or(0, |info| info.nchars);
    let len = u8::try_from(nchars.min(12)).unwrap_or(12);
    push(Hash::new(T::Len as u8).byte(len));
    let gap = gap_byte(Some(t.gap));
    push(Hash::new(T::Gap as u8).byte(gap));
    push(
        Hash::new(T::GapAfter as u8)
            .byte(gap_byte(at(1).and_then(|j| ctx.toks.get(j)).map(|t| t.gap))),
    );
    for l in lists(ctx, Some(i)) {
        push(Hash::new(T::List as u8).byte(l));
        push(Hash::new(T::ListShape as u8).byte(l).byte(sh));
    }
    for d in [-2isize, -1, 1, 2] {
        let j = at(d);
        let dd = d.to_le_bytes()[0];
        push(near_word(
            words,
            Hash::new(T::NearWord as u8).byte(dd),
            j,
            d > 0,
        ));
        push(Hash::new(T::NearShape as u8).byte(dd).byte(words.shape(j)));
        push(
            Hash::new(T::NearFound as u8)
                .byte(dd)
                .byte(found_byte(f, j)),
        );
    }
    for d in [-1isize, 1] {
        let dd = d.to_le_bytes()[0];
        for l in lists(ctx, at(d)) {
            push(Hash::new(T::NearList as u8).byte(dd).byte(l));
        }
    }
    push(near_word(
        words,
        Hash::new(T::ShapeWordBefore as u8).byte(sh),
        at(-1),
        false,
    ));
    push(
        Hash::new(T::ShapeFound as u8)
            .byte(sh)
            .byte(found_byte(f, Some(i))),
    );
    push(Hash::new(T::Shapes as u8).bytes(&[words.shape(at(-1)), sh, words.shape(at(1))]));
    push(Hash::new(T::Founds as u8).bytes(&[
        found_byte(f, at(-1)),
        found_byte(f, Some(i)),
        found_byte(f, at(1)),
    ]));
    push(Hash::new(T::GapShape as u8).byte(gap).byte(sh));
}

/// The committed weights, sparse: a magic line, then per non-zero bucket the distance from the
/// previous one and the weight, both as LEB128 varints (the weight zigzag-encoded).
const MODEL: &[u8] = include_bytes!("names.model");
/// The first bytes of [`MODEL`].
pub(crate) const MAGIC: &[u8] = b"lapor-names-1\n";

/// The weights, dense, decoded once. `None` if the committed data does not decode (a unit test
/// keeps that from happening; detection then runs on the rules alone rather than panic).
fn weights() -> Option<&'static [i16]> {
    static W: OnceLock<Option<Box<[i16]>>> = OnceLock::new();
    W.get_or_init(|| decode(MODEL)).as_deref()
}

fn varint(bytes: &[u8], at: &mut usize) -> Option<u32> {
    let mut v: u32 = 0;
    for shift in (0..35).step_by(7) {
        let b = *bytes.get(*at)?;
        *at += 1;
        v |= u32::from(b & 0x7f).checked_shl(shift)?;
        if b & 0x80 == 0 {
            return Some(v);
        }
    }
    None
}

/// Decodes weights written by [`encode`].
pub(crate) fn decode(bytes: &[u8]) -> Option<Box<[i16]>> {
    let body = bytes.strip_prefix(MAGIC)?;
    let mut w = vec![0i16; 1 << BITS];
    let (mut at, mut bucket) = (0usize, 0usize);
    let mut first = true;
    while at < body.len() {
        let step = usize::try_from(varint(body, &mut at)?).ok()?;
        bucket = if first {
            step
        } else {
            bucket.checked_add(step)?
        };
        first = false;
        let z = varint(body, &mut at)?;
        let v = i32::try_from(z >> 1).ok()? ^ -i32::try_from(z & 1).ok()?;
        *w.get_mut(bucket)? = i16::try_from(v).ok()?;
    }
    Some(w.into_boxed_slice())
}

/// Encodes dense weights (2^[`BITS`] of them) in the sparse form the redactor reads
/// (`names.model`); `pii-train` writes its weights with it.
pub fn encode(weights: &[i16]) -> Vec<u8> {
    fn put(out: &mut Vec<u8>, mut v: u32) {
        while v >= 0x80 {
            out.push((v as u8) | 0x80);
            v >>= 7;
        }
        out.push(v as u8);
    }
    let mut out = MAGIC.to_vec();
    let mut last = None;
    for (i, &v) in weights.iter().enumerate().filter(|(_, v)| **v != 0) {
        let i = u32::try_from(i).unwrap_or(u32::MAX);
        put(&mut out, last.map_or(i, |l| i - l));
        last = Some(i);
        let v = i32::from(v);
        put(&mut out, ((v << 1) ^ (v >> 31)) as u32);
    }
    out
}

/// The spans of `spans` (the rules' resolved spans of `ctx`) with the names the model adds:
/// new names, and rule names widened by a word beside them. Sorted and disjoint, as given.
pub(crate) fn add_names(ctx: &Ctx<'_>, spans: Vec<PiiSpan>) -> Vec<PiiSpan> {
    let Some(w) = weights() else {
        return spans;
    };
    // A text with a placeholder or a `*` mask reads as redacted: the model leaves it to the
    // rules. So redacting twice changes nothing: the first redaction leaves a placeholder or a
    // mask wherever it found something, and the model, which reads the words around a value,
    // never sees a value's neighbourhood change under it.
    if ctx
        .toks
        .iter()
        .any(|t| matches!(t.kind, Tk::Placeholder | Tk::Punct('*')))
    {
        return spans;
    }
    let f = found(ctx, &spans);
    let words = Words::new(ctx);
    let n = ctx.toks.len();
    let mut buf = Vec::with_capacity(64);
    let eligible = |i: usize| {
        ctx.toks.get(i).is_some_and(|t| t.kind == Tk::Word) && f.get(i) == Some(&Found::Nothing)
    };
    let scores: Vec<i32> = (0..n)
        .map(|i| {
            if !eligible(i) {
                return i32::MIN;
            }
            features(&words, &f, i, &mut buf);
            buf.iter()
                .map(|&b| i32::from(w.get(b as usize).copied().unwrap_or(0)))
                .sum()
        })
        .collect();
    let mut name: Vec<bool> = scores.iter().map(|&s| s > SEED).collect();
    if !name.iter().any(|&b| b) && !scores.iter().any(|&s| s > EXTEND) {
        return spans;
    }
    // One space apart (or after an abbreviation's dot): a word joins the name (or the rules'
    // name) before or after it when it scores above EXTEND. Forward, then backward: a word joins
    // whatever chain reaches it.
    let link = |i: usize| link(ctx, i);
    let person = |i: usize, name: &[bool]| name[i] || f[i] == Found::Person;
    // After an abbreviated name word, a capitalised word joins whatever it scores: `Muh.
    // Ridwan`, `Hotnida br. Silaban` (the dot would otherwise read as a sentence's end).
    let joins = |i: usize, p: usize| {
        scores[i] > EXTEND
            || scores[i] != i32::MIN && p + 2 == i && matches!(words.shape(Some(i)), b'C' | b'U')
    };
    for i in 1..n {
        if !name[i] && link(i).is_some_and(|p| person(p, &name) && joins(i, p)) {
            name[i] = true;
        }
    }
    for k in (1..n).rev() {
        if let Some(p) = link(k).filter(|&p| person(k, &name) && !name[p]) {
            if scores[p] > EXTEND {
                name[p] = true;
            }
        }
    }
    // Runs of new name words, each linked to the one before.
    let mut runs: Vec<Range<usize>> = Vec::new();
    let mut i = 0;
    while i < n {
        if !name[i] {
            i += 1;
            continue;
        }
        let mut j = i;
        while let Some(q) = [j + 1, j + 2]
            .into_iter()
            .find(|&q| q < n && name[q] && link(q) == Some(j))
        {
            j = q;
        }
        runs.push(i..j + 1);
        i = j + 1;
    }
    merge(ctx, spans, &runs, &f)
}

/// The token a word at `i` follows as the next word of a name: the one before it, one space (or
/// a few blanks, no line break) away; or a short word two tokens back when a dot glued to it
/// sits between (`Muh. Ridwan`, `Abd. Rahman`, `M. Nasir`), as an abbreviated name word.
fn link(ctx: &Ctx<'_>, i: usize) -> Option<usize> {
    // (Not across a break between cells: two signatures side by side.)
    let spaced = matches!(ctx.toks.get(i).map(|t| t.gap), Some(Gap::Space | Gap::Wide))
        && !ctx.wide_break(i);
    if !spaced || i == 0 {
        return None;
    }
    let before = ctx.toks.get(i - 1)?;
    if before.kind != Tk::Punct('.') {
        return Some(i - 1);
    }
    let abbreviated = i >= 2
        && before.gap == Gap::None
        && ctx.toks.get(i - 2).is_some_and(|t| t.kind == Tk::Word)
        && ctx.info.get(i - 2).is_some_and(|info| info.nchars <= 3)
        && !ctx.in_set(i - 2, lexicon::Set::Honorific);
    abbreviated.then(|| i - 2)
}

/// `spans` with `runs` (token ranges) added as names; a run one space from a name of the rules
/// makes one name with it.
fn merge(ctx: &Ctx<'_>, spans: Vec<PiiSpan>, runs: &[Range<usize>], f: &[Found]) -> Vec<PiiSpan> {
    let tok = |i: usize| ctx.toks[i];
    let mut out: Vec<PiiSpan> = Vec::with_capacity(spans.len() + runs.len());
    let mut rest = spans.into_iter().peekable();
    for r in runs {
        let (start, end) = (tok(r.start).start, tok(r.end - 1).end);
        while let Some(s) = rest.next_if(|s| s.range.end <= start) {
            out.push(s);
        }
        let mut span = PiiSpan {
            range: start..end,
            kind: PiiKind::Person,
            confidence: Confidence::Low,
        };
        // The rules' name just before, linked to the run.
        if let Some(p) = link(ctx, r.start).filter(|&p| f[p] == Found::Person) {
            let before = tok(p).end;
            if out
                .last()
                .is_some_and(|p| p.kind == PiiKind::Person && p.range.end == before)
            {
                if let Some(prev) = out.pop() {
                    span.range.start = prev.range.start;
                    span.confidence = prev.confidence;
                }
            }
        }
        // And just after.
        let last = r.end - 1;
        if let Some(q) = [r.end, r.end + 1]
            .into_iter()
            .find(|&q| q < ctx.toks.len() && f[q] == Found::Person && link(ctx, q) == Some(last))
        {
            if let Some(next) =
                rest.next_if(|s| s.kind == PiiKind::Person && s.range.start == tok(q).start)
            {
                span.range.end = next.range.end;
                span.confidence = span.confidence.max(next.confidence);
            }
        }
        // A previous run may already have taken the rules' name this one would join.
        match out.last_mut() {
            Some(p) if p.range.end > span.range.start => {
                p.range.end = p.range.end.max(span.range.end)
            }
            _ => out.push(span),
        }
    }
    out.extend(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Redactor;
    use proptest::prelude::*;

    #[test]
    fn the_committed_weights_decode() {
        let w = weights().expect("names.model decodes");
        assert_eq!(w.len(), 1 << BITS);
        assert!(w.iter().filter(|&&v| v != 0).count() > 1000);
        // And encode back to the same bytes.
        assert_eq!(encode(w), MODEL);
    }

    #[test]
    fn weights_round_trip_and_bad_data_is_refused() {
        let mut w = vec![0i16; 1 << BITS];
        w[0] = -7;
        w[5] = i16::MAX;
        w[(1 << BITS) - 1] = i16::MIN;
        let bytes = encode(&w);
        assert_eq!(decode(&bytes).as_deref(), Some(&w[..]));
        assert!(decode(b"not a model").is_none());
        // A bucket beyond the table, a truncated varint.
        let mut beyond = MAGIC.to_vec();
        beyond.extend([0xff, 0xff, 0x7f, 2]);
        assert!(decode(&beyond).is_none());
        let mut cut = MAGIC.to_vec();
        cut.push(0x80);
        assert!(decode(&cut).is_none());
    }

    #[test]
    fn a_dot_opening_the_text_links_to_nothing() {
        // Found by the property test in a debug build: the token two back was computed even
        // when there is none.
        let ctx = Ctx::new(". Budi");
        assert_eq!(link(&ctx, 1), None);
    }

    #[test]
    fn what_the_rules_found_labels_each_token() {
        let text = "Pak Budi Santoso NIK 3273056010900009 kemarin";
        let mut ctx = Ctx::new(text);
        let spans = vec![
            PiiSpan {
                range: 4..16,
                kind: PiiKind::Person,
                confidence: Confidence::High,
            },
            PiiSpan {
                range: 21..29,
                kind: PiiKind::Nik,
                confidence: Confidence::High,
            },
        ];
        let f = found(&ctx, &spans);
        assert_eq!(
            f,
            [
                Found::Nothing,
                Found::Person,
                Found::Person,
                Found::Nothing,
                Found::Part,
                Found::Nothing
            ]
        );
        // Features are deterministic and bounded.
        let (mut a, mut b) = (Vec::new(), Vec::new());
        let words = Words::new(&ctx);
        features(&words, &f, 5, &mut a);
        features(&words, &f, 5, &mut b);
        assert_eq!(a, b);
        assert!(a.len() > 20 && a.iter().all(|&h| h < 1 << BITS));
        ctx.toks.clear();
        assert!(found(&ctx, &spans).is_empty());
    }

    #[test]
    fn the_model_adds_names_without_a_cue_and_widens_the_rules_names() {
        let r = Redactor::default();
        for (text, name) in [
            // Names without a cue word before them.
            (
                "Yang memukul anak saya adalah Rudolf Wanggai, tetangga sebelah.",
                "Rudolf Wanggai",
            ),
            (
                "Sudah dua kali Markus Yoweni datang minta uang pungli.",
                "Markus Yoweni",
            ),
            (
                "oknum notaris melky latuconsina memalsukan tanda tangan",
                "melky latuconsina",
            ),
            (
                "Konfirmasi ke Elvira Yanti, WA 0812 3456 7890",
                "Elvira Yanti",
            ),
        ] {
            let found: Vec<_> = r
                .detect(text)
                .into_iter()
                .filter(|s| s.kind == PiiKind::Person)
                .map(|s| &text[s.range])
                .collect();
            assert_eq!(found, [name], "{text}");
        }
        // A long text (over 4 KB, longer than a complaint) keeps the model's names too.
        let long = format!(
            "{}oknum notaris melky latuconsina memalsukan tanda tangan",
            "jalan rusak sejak bulan lalu, mohon segera diperbaiki. ".repeat(90)
        );
        assert!(long.len() > 4096);
        assert!(r
            .detect(&long)
            .iter()
            .any(|s| s.kind == PiiKind::Person && &long[s.range.clone()] == "melky latuconsina"));
        // Nothing in ordinary text, and a redacted text is left to the rules.
        assert!(r
            .detect("Jalan rusak sejak bulan lalu, mohon segera diperbaiki.")
            .is_empty());
        assert!(r
            .detect("Kabar dari kampung: [PERSON] dan anaknya sakit.")
            .is_empty());
    }

    proptest! {
        #[test]
        fn a_word_hashes_the_same_in_any_case(w in "[a-zA-ZÀÉÖàéö]{1,70}") {
            // The ASCII path (bytes, a stack buffer up to 64) and the general path (chars)
            // agree: a word and the same word in capitals or in small letters hash alike.
            let text = format!("{w} {} {}", w.to_uppercase(), w.to_lowercase());
            let ctx = Ctx::new(&text);
            let words = Words::new(&ctx);
            prop_assume!(ctx.toks.len() == 3);
            for part in [Part::Whole, Part::First3, Part::Last3, Part::Last2] {
                let h = |i| words.lower(Hash::new(1), i, part).0;
                prop_assert_eq!(h(0), h(2));
                prop_assert_eq!(h(1), h(2));
            }
        }

        #[test]
        fn decoding_never_panics(body in proptest::collection::vec(any::<u8>(), 0..64)) {
            let mut bytes = MAGIC.to_vec();
            bytes.extend(body);
            let _ = decode(&bytes);
        }
    }
}
