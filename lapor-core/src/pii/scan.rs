//! The scanning context shared by the rules: the tokens, which of them a span already took, the
//! text's casing mode, the candidates found so far, and the final overlap resolution.

use std::collections::{BTreeMap, HashMap};
use std::hash::BuildHasherDefault;

use super::kind::{Confidence, KindSet, PiiKind, PiiSpan};
use super::lexicon::{self, Cue};
use super::table::{self, Column};
use super::token::{tokenize, Gap, Tk, Token};

/// How the text uses capitals, which decides how names are recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Ordinary text: a name is written with capitals (Title or ALL CAPS).
    Normal,
    /// No capitals at all (SMS style): capitalisation says nothing, names are found after cues
    /// and checked against the stop-list.
    Lower,
    /// All in capitals: as `Lower`, for capital words.
    Upper,
}

/// What the rules ask about a token, computed once when the text is scanned.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Info {
    /// The word lists the token is in ([`lexicon::word_flags`]; 0 for non-words).
    pub(crate) flags: u64,
    /// Its capitalisation ([`word_case`]).
    pub(crate) case: Case,
    /// Its length in `char`s.
    pub(crate) nchars: usize,
    /// A word of two letters or more with a small letter.
    small: bool,
    /// A word with a capital that is not an acronym cue (`NIK`, `RT`, a stop word in capitals).
    capital: bool,
    /// A value cue word (`NIK`, `hp`, `rekening`) or a role with `-nya`: never a name word.
    pub(crate) cue_word: bool,
    /// A word of 6 letters or more with a typical name ending (`-wati`, `-uddin`).
    pub(crate) name_suffix: bool,
    /// A speaker's label in a transcript or chat (`Pelapor:` starting two lines or more): it
    /// introduces a turn, not a name.
    pub(crate) speaker: bool,
    /// The column of the table cell the token is in ([`table::Column::None`] outside tables).
    pub(crate) column: Column,
    /// The first token of a table cell.
    pub(crate) cell_start: bool,
}

impl Info {
    fn of(w: &str, kind: Tk) -> Info {
        let nchars = if w.is_ascii() {
            w.len()
        } else {
            w.chars().count()
        };
        if kind != Tk::Word {
            return Info {
                flags: 0,
                case: word_case(w),
                nchars,
                small: false,
                capital: false,
                cue_word: false,
                name_suffix: false,
                speaker: false,
                column: Column::None,
                cell_start: false,
            };
        }
        let mut flags = lexicon::word_flags(w);
        // A stop word with `-nya` (`Nomornya`, `Rumahnya`, `Suaminya`) is a stop word too.
        if flags == 0 && nchars >= 6 {
            let mut buf = [0u8; 24];
            if let Some(stem) = lexicon::lower(w, &mut buf).and_then(|l| l.strip_suffix("nya")) {
                let stem_flags = lexicon::word_flags(stem);
                if stem_flags & lexicon::Set::Stop.bit() != 0 {
                    flags = lexicon::Set::Stop.bit();
                }
                // A value cue with `-nya` (`Paspornya`, `Rekeningnya`, `NPWPnya`) is the cue.
                if lexicon::cue_of(stem_flags).is_some() {
                    flags |= stem_flags & lexicon::CUE_BITS;
                }
            }
        }
        let (has_upper, has_lower) = if w.is_ascii() {
            let b = w.as_bytes();
            (
                b.iter().any(u8::is_ascii_uppercase),
                b.iter().any(u8::is_ascii_lowercase),
            )
        } else {
            (
                w.chars().any(char::is_uppercase),
                w.chars().any(char::is_lowercase),
            )
        };
        let is_cue = flags & lexicon::Set::ValueCue.bit() != 0;
        // The lower-case form, only for the few words that may be a role with `-nya` or have a
        // name ending.
        let mut buf = [0u8; 24];
        let lw = if nchars >= 6 {
            lexicon::lower(w, &mut buf)
        } else {
            None
        };
        let acronym = !has_lower && (flags & lexicon::Set::Stop.bit() != 0 || is_cue);
        Info {
            flags,
            case: word_case(w),
            nchars,
            small: has_lower && nchars >= 2,
            capital: has_upper && !acronym,
            cue_word: is_cue || lw.is_some_and(super::names::role_nya),
            name_suffix: nchars >= 6 && lw.is_some_and(super::names::has_name_ending),
            speaker: false,
            column: Column::None,
            cell_start: false,
        }
    }
}

/// A candidate span before overlap resolution.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Cand {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: PiiKind,
    pub(crate) conf: Confidence,
}

/// The scanning context.
pub(crate) struct Ctx<'a> {
    pub(crate) text: &'a str,
    pub(crate) toks: Vec<Token>,
    /// Token taken by a span (or by an institutional address that must not be re-read).
    pub(crate) used: Vec<bool>,
    /// What the rules ask about each token, computed once.
    pub(crate) info: Vec<Info>,
    pub(crate) mode: Mode,
    pub(crate) cands: Vec<Cand>,
    /// Institutional e-mail addresses (tokens `a..b`, byte of the `@`), taken without a span:
    /// a later round may find one a person's own (see `contact::emails`).
    pub(crate) institutional: Vec<(usize, usize, usize)>,
}

impl<'a> Ctx<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        let toks = tokenize(text);
        let used = vec![false; toks.len()];
        let info = toks
            .iter()
            .map(|t| Info::of(text.get(t.start..t.end).unwrap_or(""), t.kind))
            .collect();
        let mut ctx = Ctx {
            text,
            toks,
            used,
            info,
            mode: Mode::Normal,
            cands: Vec::new(),
            institutional: Vec::new(),
        };
        ctx.mark_speakers();
        ctx.mark_area_names();
        for (a, b, column) in table::mark(&ctx) {
            for info in ctx.info.iter_mut().take(b).skip(a) {
                info.column = column;
            }
            if let Some(info) = ctx.info.get_mut(a) {
                info.cell_start = true;
            }
        }
        ctx
    }

    /// The one-word value cue token `i` is (not taken), from its flags.
    pub(crate) fn cue_at(&self, i: usize) -> Option<Cue> {
        if self.is_used(i) {
            return None;
        }
        self.info.get(i).and_then(|f| lexicon::cue_of(f.flags))
    }

    /// The table column of token `i` ([`Column::None`] outside a table's data cells).
    pub(crate) fn column(&self, i: usize) -> Column {
        self.info.get(i).map_or(Column::None, |f| f.column)
    }

    /// The end of the table cell that starts at token `i` (the token after its last), as the
    /// table's rows were read ([`table::mark`]).
    pub(crate) fn cell_end(&self, i: usize) -> usize {
        let column = self.column(i);
        let mut k = i + 1;
        while k < self.toks.len()
            && self.column(k) == column
            && !self.info.get(k).is_some_and(|f| f.cell_start)
        {
            k += 1;
        }
        k
    }

    /// Whether token `i` starts a table cell of `column`.
    pub(crate) fn cell_of(&self, i: usize, column: Column) -> bool {
        self.info
            .get(i)
            .is_some_and(|f| f.cell_start && f.column == column)
    }

    /// Marks the speakers' labels of a transcript or chat: a word that starts two lines or more
    /// (after an optional `[00:01:41]` time stamp and a chat app's sign, `👤`) followed by `:`
    /// (`Pelapor: …`, `CS: …`).
    fn mark_speakers(&mut self) {
        // Label positions, and how often each label (in lower case) starts a line: in the map
        // type of the name index (no new code in the wasm module).
        let mut at: Vec<usize> = Vec::new();
        let mut counts: HashMap<String, u32, BuildHasherDefault<lexicon::WordHasher>> =
            HashMap::default();
        let mut i = 0;
        while i < self.toks.len() {
            if i > 0 && self.toks[i].gap != Gap::Line {
                i += 1;
                continue;
            }
            let mut k = i;
            if self.is_punct(k, '[') {
                // A time stamp: up to eight tokens to the closing bracket.
                match (k + 1..(k + 9).min(self.toks.len())).find(|&q| self.is_punct(q, ']')) {
                    Some(close) => k = close + 1,
                    None => {
                        i += 1;
                        continue;
                    }
                }
            }
            // A chat app's sign before the name (`👤 Anda:`, `🤖 Bot:`).
            if matches!(self.kind(k), Some(Tk::Punct(c)) if !c.is_ascii()) {
                k += 1;
            }
            if self.is_word(k) && self.is_punct(k + 1, ':') {
                *counts.entry(self.s(k).to_lowercase()).or_default() += 1;
                at.push(k);
            }
            i += 1;
        }
        if at.len() < 2 {
            return;
        }
        for k in at {
            if counts
                .get(&self.s(k).to_lowercase())
                .is_some_and(|&n| n >= 2)
            {
                if let Some(info) = self.info.get_mut(k) {
                    info.speaker = true;
                }
            }
        }
    }

    /// Marks as places the capitalised words named after an area word anywhere in the text
    /// (`Kec. Laweyan`, `Kelurahan Padangsambian`, `Desa Tabek Panjang`), wherever they occur:
    /// `Camat Laweyan` and `Lurah Padangsambian` then name no person. Known given names and
    /// family names stay name words.
    /// Whether token `i` is inside a handle: glued words, numbers, dots and underscores back to
    /// an `@` (at most 16 tokens back).
    fn in_handle(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0 && i - k < 16 && self.glued(k) {
            match self.toks[k - 1].kind {
                Tk::Punct('@') => return true,
                Tk::Word | Tk::Num | Tk::Punct('.' | '_') => k -= 1,
                _ => return false,
            }
        }
        false
    }

    fn mark_area_names(&mut self) {
        // A set in the map type of the name index (no new code in the wasm module).
        let mut names: HashMap<String, u32, BuildHasherDefault<lexicon::WordHasher>> =
            HashMap::default();
        for i in 0..self.toks.len() {
            // An area level (`Kec.`, `Desa`), never part of a span, so the marks are the same
            // when the redacted text is read again (a hamlet or a complex starts an address,
            // whose placeholder would hide it).
            if !self.in_set(i, lexicon::Set::AreaLevel) {
                continue;
            }
            // After a role the area word qualifies the role and a name follows: `Kepala Desa
            // Jonggi Manurung`, `bidan desa Rosnelly`, `petugas kelurahan Ngatini`.
            let after_role = i.checked_sub(1).is_some_and(|p| {
                self.is_word(p)
                    && (self.in_set(p, lexicon::Set::Role)
                        || self.in_set(p, lexicon::Set::PersonNoun)
                        || super::names::role_word(self, p))
            });
            // Inside a handle or glued to another word (`@Kec`, `santoso88Kec`) it is no area
            // level: a rule may take it, and its placeholder would not mark what follows.
            let inside = i > 0
                && self.glued(i)
                && matches!(
                    self.toks[i - 1].kind,
                    Tk::Word | Tk::Num | Tk::Punct('@' | '_')
                )
                || self.in_handle(i);
            if after_role || inside {
                continue;
            }
            let mut k = i + 1;
            // The dot of an abbreviation (`Kec.`), not a full stop after a whole word.
            if self.is_punct(k, '.') && self.glued(k) && self.nchars(i) <= 4 {
                k += 1;
            }
            for _ in 0..2 {
                if !self.is_word(k)
                    || self.toks[k].gap == Gap::Line
                    || !matches!(self.case(k), Case::Title | Case::Upper)
                    || self.in_set(k, lexicon::Set::Stop)
                    || self.in_set(k, lexicon::Set::AreaWord)
                    || self.in_set(k, lexicon::Set::GivenName)
                    || self.in_set(k, lexicon::Set::Surname)
                {
                    break;
                }
                names.insert(self.s(k).to_lowercase(), 0);
                k += 1;
            }
        }
        if names.is_empty() {
            return;
        }
        let place = lexicon::Set::Place.bit();
        for i in 0..self.toks.len() {
            if !self.is_word(i) || self.case(i) == Case::Lower {
                continue;
            }
            let mut buf = [0u8; 24];
            let known = match lexicon::lower(self.s(i), &mut buf) {
                Some(lw) => names.contains_key(lw),
                None => names.contains_key(&self.s(i).to_lowercase()),
            };
            if known {
                self.info[i].flags |= place;
            }
        }
    }

    /// The text of token `i` (empty when out of range or taken by a span: see [`Ctx::kind`]).
    pub(crate) fn s(&self, i: usize) -> &'a str {
        if self.is_used(i) {
            return "";
        }
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }

    /// The kind of token `i`. A token a span has taken reads as a placeholder: to every later
    /// rule, a detected value looks exactly as it will once redacted (`[PHONE]`), so redacting
    /// changes no decision and redacting twice changes nothing.
    pub(crate) fn kind(&self, i: usize) -> Option<Tk> {
        let t = self.toks.get(i)?;
        Some(if self.used.get(i).copied().unwrap_or(false) {
            Tk::Placeholder
        } else {
            t.kind
        })
    }

    pub(crate) fn gap(&self, i: usize) -> Gap {
        self.toks.get(i).map_or(Gap::Line, |t| t.gap)
    }

    /// The whitespace between token `i` and the one before it (from the text's start for the
    /// first token; empty out of range).
    pub(crate) fn gap_text(&self, i: usize) -> &'a str {
        let Some(t) = self.toks.get(i) else {
            return "";
        };
        let start = i
            .checked_sub(1)
            .and_then(|p| self.toks.get(p))
            .map_or(0, |p| p.end);
        self.text.get(start..t.start).unwrap_or("")
    }

    /// Whether the whitespace before token `i` on its line is a break between cells: a tab or
    /// three spaces or more (`Partini        Suparmi`, two signatures side by side); two spaces
    /// are a typo.
    pub(crate) fn wide_break(&self, i: usize) -> bool {
        self.gap(i) == Gap::Wide && {
            let gap = self.gap_text(i);
            gap.contains('\t') || gap.chars().count() >= 3
        }
    }

    /// Whether a blank line comes before token `i` (two line breaks or more).
    pub(crate) fn blank_line_before(&self, i: usize) -> bool {
        self.gap(i) == Gap::Line && self.gap_text(i).matches('\n').count() >= 2
    }

    pub(crate) fn glued(&self, i: usize) -> bool {
        self.gap(i) == Gap::None
    }

    pub(crate) fn is_punct(&self, i: usize, c: char) -> bool {
        matches!(self.kind(i), Some(Tk::Punct(p)) if p == c)
    }

    #[inline(always)]
    /// Whether token `i` is a hyphen, an en dash or an em dash.
    pub(crate) fn is_dash(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(Tk::Punct('-' | '\u{2013}' | '\u{2014}')))
    }

    pub(crate) fn is_word(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(Tk::Word))
    }

    pub(crate) fn is_num(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(Tk::Num))
    }

    pub(crate) fn is_used(&self, i: usize) -> bool {
        self.used.get(i).copied().unwrap_or(true)
    }

    /// Whether token `i` is a pictograph (an emoji, a dingbat, a variation selector or a
    /// joiner), which people put between a cue and its value (`a.n. 📌 X`, `saya 🧾 X`).
    pub(crate) fn is_sign(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(Tk::Punct(c)) if matches!(c,
            '\u{1f000}'..='\u{1faff}' | '\u{2600}'..='\u{27bf}' | '\u{2b00}'..='\u{2bff}'
                | '\u{fe0f}' | '\u{200d}'))
    }

    /// Whether token `i` is the word `w` (ASCII case-insensitive).
    pub(crate) fn word_is(&self, i: usize, w: &str) -> bool {
        self.toks.get(i).is_some_and(|t| t.end - t.start == w.len())
            && self.is_word(i)
            && self.s(i).eq_ignore_ascii_case(w)
    }

    /// Whether token `i` is a word (not taken by a span) in the word list `set`.
    pub(crate) fn in_set(&self, i: usize, set: lexicon::Set) -> bool {
        // The flags first: most tokens are in no set, and the kind is then never looked at.
        self.info.get(i).is_some_and(|f| f.flags & set.bit() != 0) && self.is_word(i)
    }

    /// The capitalisation of token `i` ([`word_case`] of [`Ctx::s`]: `Lower` when taken).
    pub(crate) fn case(&self, i: usize) -> Case {
        match self.info.get(i) {
            Some(info) if !self.is_used(i) => info.case,
            _ => Case::Lower,
        }
    }

    /// The number of `char`s of token `i` (0 when taken, as [`Ctx::s`] is then empty).
    /// Whether token `i` (not taken) is a value cue word or a role with `-nya`.
    pub(crate) fn cue_word(&self, i: usize) -> bool {
        !self.is_used(i) && self.info.get(i).is_some_and(|n| n.cue_word)
    }

    /// Whether token `i` (not taken) has a typical name ending.
    pub(crate) fn name_suffix(&self, i: usize) -> bool {
        !self.is_used(i) && self.info.get(i).is_some_and(|n| n.name_suffix)
    }

    pub(crate) fn nchars(&self, i: usize) -> usize {
        match self.info.get(i) {
            Some(info) if !self.is_used(i) => info.nchars,
            _ => 0,
        }
    }

    /// Whether token `i` is a word accepted by `pred`.
    pub(crate) fn word_where(&self, i: usize, pred: fn(&str) -> bool) -> bool {
        self.is_word(i) && pred(self.s(i))
    }

    /// Marks tokens `a..b` as taken.
    pub(crate) fn take(&mut self, a: usize, b: usize) {
        let b = b.min(self.used.len());
        for u in self.used.iter_mut().take(b).skip(a) {
            *u = true;
        }
    }

    /// Whether a candidate found lately, of a kind `want` accepts, ends where token `k` ends.
    /// Only the last sixteen candidates are read (a value just found is among them), so a rule
    /// may ask at every token and stay linear.
    pub(crate) fn just_found_ending(&self, k: usize, want: impl Fn(PiiKind) -> bool) -> bool {
        self.toks
            .get(k)
            .is_some_and(|t| self.recent().any(|c| c.end == t.end && want(c.kind)))
    }

    /// [`Ctx::just_found_ending`] for a candidate that starts where token `k` starts.
    pub(crate) fn just_found_starting(&self, k: usize, want: impl Fn(PiiKind) -> bool) -> bool {
        self.toks
            .get(k)
            .is_some_and(|t| self.recent().any(|c| c.start == t.start && want(c.kind)))
    }

    /// The last sixteen candidates, latest first.
    fn recent(&self) -> impl Iterator<Item = &Cand> {
        self.cands.iter().rev().take(16)
    }

    /// Records a candidate over tokens `a..b` (byte range `start..end`) and marks them taken.
    pub(crate) fn push(&mut self, a: usize, b: usize, kind: PiiKind, conf: Confidence) {
        let (Some(first), Some(last)) = (
            self.toks.get(a),
            b.checked_sub(1).and_then(|l| self.toks.get(l)),
        ) else {
            return;
        };
        let (start, end) = (first.start, last.end);
        // One or two capitals alone are initials or a code (`berinisial AS`, `(UK)`), no name,
        // unless the whole text is in capitals.
        let initials = kind == PiiKind::Person
            && b == a + 1
            && self.mode != Mode::Upper
            && self.case(a) == Case::Upper
            && self.nchars(a) <= 2;
        if start < end && !initials {
            self.cands.push(Cand {
                start,
                end,
                kind,
                conf,
            });
            self.take(a, b);
        }
    }

    /// The nearest cue before token `i`, looking back at most `max` tokens and stopping at a
    /// number, a placeholder or a line break after the first line. Negative cues (`Rp`, `UU`,
    /// `sejak`…) only count within three tokens; farther away they are skipped.
    pub(crate) fn cue_before(&self, i: usize, max: usize) -> Option<Cue> {
        self.cue_word_before(i, max).map(|(cue, _)| cue)
    }

    /// The cues of a pair joined by `/` or `&` just before token `i` (`NIK/KK: <nik>/<kk>`):
    /// the first value after it belongs to the first cue, the value right after that to the
    /// second. `None` unless the nearest cue is the second of such a pair.
    pub(crate) fn cue_pair_before(&self, i: usize, max: usize) -> Option<(Cue, Cue)> {
        let (second, j) = self.cue_word_before(i, max)?;
        let sep = j.checked_sub(1)?;
        if !matches!(self.kind(sep), Some(Tk::Punct('/' | '&'))) {
            return None;
        }
        let w = sep.checked_sub(1).filter(|&w| self.is_word(w))?;
        let first = self.cue_at(w)?;
        (first != second && !matches!(first, Cue::NotPii | Cue::NotDob)).then_some((first, second))
    }

    /// [`Ctx::cue_before`] with the token of the cue word.
    pub(crate) fn cue_word_before(&self, i: usize, max: usize) -> Option<(Cue, usize)> {
        // A date in a table's birth-date column: its header is the cue.
        match self.column(i) {
            Column::Birth => return Some((Cue::Dob, i)),
            Column::Value(cue) => return Some((cue, i)),
            _ => {}
        }
        let mut j = i;
        let mut steps = 0;
        // Whether the line being walked back over holds only words in capitals, and how many
        // such lines were crossed: a document's heading above its number (`KARTU KELUARGA` /
        // `REPUBLIK INDONESIA` / `No. 3209…`).
        let mut capitals_only = true;
        let mut headings = 0;
        // Whether the search went on to the turn before (a chat's answer: `Bot: Masukkan tanggal
        // lahir.` / `[08.56] 👤 Anda: 12-12-1991`).
        let mut turn_before = false;
        // On the turn before, the question's first cue (`Masukkan NIK pemilik NPWP.` asks for
        // a NIK).
        let mut asked: Option<(Cue, usize)> = None;
        while j > 0 && steps < max {
            j -= 1;
            steps += 1;
            // The value opens a turn of a chat: its cue is the question of the turn before, up
            // to eight tokens back on that line.
            if !turn_before
                && j + 2 == i
                && self.info.get(j).is_some_and(|f| f.speaker)
                && self.is_punct(j + 1, ':')
                && self.cue_at(j).is_none()
            {
                let start = (j.saturating_sub(10)..=j)
                    .rev()
                    .find(|&k| k == 0 || self.toks[k].gap == Gap::Line);
                match start {
                    Some(k) if k > 0 => {
                        j = k;
                        steps = 0;
                        turn_before = true;
                        capitals_only = false;
                        continue;
                    }
                    _ => return None,
                }
            }
            capitals_only &= self.is_word(j) && self.case(j) == Case::Upper;
            match self.kind(j) {
                // A count between the cue and the value: `NPWP 16 digit saya …`.
                Some(Tk::Num)
                    if self.s(j).len() <= 2
                        && self.word_where(j + 1, |w| {
                            matches!(
                                w.to_ascii_lowercase().as_str(),
                                "digit" | "angka" | "digits"
                            )
                        }) => {}
                // A cue's ordinal before a colon: `IMEI 1: …`, `HP 2: …`.
                Some(Tk::Num)
                    if self.s(j).len() == 1
                        && self.is_punct(j + 1, ':')
                        && j > 0
                        && self.cue_at(j - 1).is_some() => {}
                None | Some(Tk::Num | Tk::Placeholder) => return asked,
                // `#4714835` is a ticket number; in SMS 1708 fields (`LAPOR nama#NIK#kota#isi`)
                // the `#` is glued to the word before it and is only a separator.
                Some(Tk::Punct('#'))
                    if steps == 1 && !(j > 0 && self.glued(j) && self.is_word(j - 1)) =>
                {
                    return Some((Cue::NotPii, j))
                }
                // A bracketed note between the cue and the value (`Tanggal lahir (yyyy-mm-dd):
                // 2001-04-10`) counts as one step.
                Some(Tk::Punct(')')) => {
                    let open = (j.saturating_sub(8)..j)
                        .rev()
                        .find(|&k| matches!(self.kind(k), Some(Tk::Punct('('))));
                    let inner_ok = open.is_some_and(|o| {
                        (o + 1..j).all(|k| matches!(self.kind(k), Some(Tk::Word | Tk::Punct(_))))
                            && (o + 1..=j).all(|k| self.toks[k].gap != Gap::Line)
                    });
                    if let (Some(o), true) = (open, inner_ok) {
                        j = o;
                    }
                }
                Some(Tk::Punct(_)) => {}
                Some(Tk::Word) => {
                    let mut buf = [0u8; 24];
                    if let Some(w) = lexicon::lower(self.s(j), &mut buf) {
                        let cue = self.prev_word(j).and_then(|p| {
                            let mut pbuf = [0u8; 24];
                            lexicon::lower(self.s(p), &mut pbuf)
                                .and_then(|pw| lexicon::pair_cue(pw, w))
                        });
                        // The token's flags say which one-word cue it is, if any.
                        let single = || self.cue_at(j);
                        match cue.or_else(single) {
                            Some(Cue::NotPii | Cue::NotDob) if steps > 3 => {}
                            Some(c) if turn_before => asked = Some((c, j)),
                            Some(c) => return Some((c, j)),
                            None => {}
                        }
                    }
                }
            }
            if self.toks[j].gap == Gap::Line && (steps > 2 || turn_before) {
                if turn_before {
                    return asked;
                }
                if !(capitals_only && headings < 2) {
                    return None;
                }
                headings += 1;
            }
            if self.toks[j].gap == Gap::Line {
                capitals_only = true;
            }
        }
        asked
    }

    /// The word before token `i`, skipping at most one `.`, `-` or `/`.
    pub(crate) fn prev_word(&self, i: usize) -> Option<usize> {
        let p = i.checked_sub(1)?;
        if self.is_word(p) {
            return Some(p);
        }
        if matches!(self.kind(p), Some(Tk::Punct('.' | '-' | '/'))) {
            let q = p.checked_sub(1)?;
            if self.is_word(q) {
                return Some(q);
            }
        }
        None
    }

    /// Whether any cue of `want` appears within `max` tokens before `i` (not just the nearest).
    pub(crate) fn has_cue_before(&self, i: usize, max: usize, want: Cue) -> bool {
        let lo = i.saturating_sub(max);
        // Stop at a number or a redacted value, as `cue_before` does.
        let lo = (lo..i)
            .rev()
            .find(|&j| matches!(self.kind(j), Some(Tk::Num | Tk::Placeholder)))
            .map_or(lo, |j| j + 1);
        (lo..i).rev().any(|j| {
            if !self.is_word(j) {
                return false;
            }
            let mut buf = [0u8; 24];
            lexicon::lower(self.s(j), &mut buf).is_some_and(|w| {
                self.cue_at(j) == Some(want)
                    || self.prev_word(j).is_some_and(|p| {
                        let mut pbuf = [0u8; 24];
                        lexicon::lower(self.s(p), &mut pbuf)
                            .is_some_and(|pw| lexicon::pair_cue(pw, w) == Some(want))
                    })
            })
        })
    }

    /// Resolves overlaps among the candidates of the enabled kinds: higher confidence first,
    /// then the longer span; returns the kept spans sorted by start.
    pub(crate) fn resolve(&mut self, kinds: KindSet) -> Vec<PiiSpan> {
        self.cands
            .retain(|c| kinds.contains(c.kind) && c.start < c.end);
        self.cands.sort_by(|a, b| {
            b.conf
                .cmp(&a.conf)
                .then((b.end - b.start).cmp(&(a.end - a.start)))
                .then(a.start.cmp(&b.start))
                .then(a.kind.cmp(&b.kind))
        });
        // Kept spans by start; no two overlap, so a new span overlaps one iff it overlaps its
        // predecessor or successor in start order.
        let mut kept: BTreeMap<usize, (usize, PiiKind, Confidence)> = BTreeMap::new();
        for c in &self.cands {
            let before = kept.range(..c.end).next_back();
            if before.is_some_and(|(_, &(end, _, _))| end > c.start) {
                continue;
            }
            kept.insert(c.start, (c.end, c.kind, c.conf));
        }
        kept.into_iter()
            .map(|(start, (end, kind, confidence))| PiiSpan {
                range: start..end,
                kind,
                confidence,
            })
            .collect()
    }
}

impl Ctx<'_> {
    /// The casing mode of the words no rule has taken yet (names are found last, so e-mail
    /// addresses, handles and such do not count).
    ///
    /// `Lower` when no such word has a capital letter (ignoring ALL-CAPS cue words such as
    /// `NIK`, `HP`, `RT`); `Upper` when every such word of two letters or more is in capitals;
    /// else `Normal`. A placeholder (`[PERSON]`) or a `*` mask forces `Normal`: a redacted text
    /// must never look lower case or all caps, where the name rules are more permissive.
    pub(crate) fn casing_mode(&self) -> Mode {
        let mut any_capital = false;
        let mut any_small = false;
        for (i, t) in self.toks.iter().enumerate() {
            match t.kind {
                Tk::Placeholder | Tk::Punct('*') => return Mode::Normal,
                Tk::Word if !self.used[i] => {
                    if let Some(info) = self.info.get(i) {
                        any_small |= info.small;
                        any_capital |= info.capital;
                    }
                }
                _ => {}
            }
        }
        match (any_capital, any_small) {
            (false, _) => Mode::Lower,
            (true, false) => Mode::Upper,
            (true, true) => Mode::Normal,
        }
    }
}

/// How a word is capitalised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Case {
    /// `Budi`, `McDonald`, a single capital `I`.
    Title,
    /// `BUDI` (two letters or more).
    Upper,
    /// `budi`.
    Lower,
}

pub(crate) fn word_case(w: &str) -> Case {
    if w.is_ascii() {
        let b = w.as_bytes();
        let Some((first, rest)) = b.split_first() else {
            return Case::Lower;
        };
        if !first.is_ascii_uppercase() {
            return Case::Lower;
        }
        let any_upper = rest.iter().any(u8::is_ascii_uppercase);
        let any_lower = rest.iter().any(u8::is_ascii_lowercase);
        return if any_upper && !any_lower {
            Case::Upper
        } else {
            Case::Title
        };
    }
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return Case::Lower;
    };
    if !first.is_uppercase() {
        return Case::Lower;
    }
    let mut any_lower = false;
    let mut any_upper = false;
    for c in chars {
        any_lower |= c.is_lowercase();
        any_upper |= c.is_uppercase();
    }
    if any_upper && !any_lower {
        Case::Upper
    } else {
        Case::Title
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn casing() {
        assert_eq!(word_case("Budi"), Case::Title);
        assert_eq!(word_case("I"), Case::Title);
        assert_eq!(word_case("BUDI"), Case::Upper);
        assert_eq!(word_case("budi"), Case::Lower);
        assert_eq!(word_case(""), Case::Lower);
        assert_eq!(Ctx::new("nama saya budi, NIK 1").casing_mode(), Mode::Lower);
        assert_eq!(Ctx::new("nama saya Budi").casing_mode(), Mode::Normal);
        assert_eq!(Ctx::new("NAMA SAYA BUDI, a").casing_mode(), Mode::Upper);
        assert_eq!(Ctx::new("nama saya [PERSON]").casing_mode(), Mode::Normal);
        assert_eq!(Ctx::new("NAMA SAYA [PERSON]").casing_mode(), Mode::Normal);
        assert_eq!(Ctx::new("nama saya *****").casing_mode(), Mode::Normal);
    }

    #[test]
    fn cues() {
        let ctx = Ctx::new("No. KK: 1234 dan Rp 5");
        assert_eq!(ctx.cue_before(4, 6), Some(Cue::Kk));
        assert_eq!(ctx.cue_before(7, 6), Some(Cue::NotPii));
        let ctx = Ctx::new("kartu keluarga 1");
        assert_eq!(ctx.cue_before(2, 6), Some(Cue::Kk));
    }
}
