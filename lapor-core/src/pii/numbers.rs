//! Number-shaped values: NIK, KK, NPWP, phone, bank account, BPJS, NIP and numeric dates of
//! birth (from digit runs), plus plates, passports and written-out dates of birth.

use super::kind::{Confidence, PiiKind};
use super::lexicon::{self, Cue};
use super::scan::{Case, Ctx};
use super::token::{Gap, Tk};

/// Kemendagri province codes (the first two digits of a NIK).
pub(crate) fn is_province(p: u32) -> bool {
    matches!(p, 11..=19 | 21 | 31..=36 | 51..=53 | 61..=65 | 71..=76 | 81..=82 | 91..=96)
}

fn num(d: &[u8]) -> u32 {
    d.iter().fold(0u32, |acc, &c| {
        acc.saturating_mul(10)
            .saturating_add(u32::from(c.wrapping_sub(b'0')))
    })
}

fn days_in_month(m: u32) -> u32 {
    match m {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn valid_day_month(d: u32, m: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= days_in_month(m)
}

/// A structurally valid NIK: province, kab/kota and kecamatan non-zero, DDMMYY birth date (day
/// + 40 for women), serial non-zero.
pub(crate) fn valid_nik(d: &[u8]) -> bool {
    if d.len() != 16 || !d.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let day = num(&d[6..8]);
    let day = if day > 40 { day - 40 } else { day };
    is_province(num(&d[0..2]))
        && num(&d[2..4]) != 0
        && num(&d[4..6]) != 0
        && valid_day_month(day, num(&d[8..10]))
        && num(&d[12..16]) != 0
}

/// A structurally valid NIP: YYYYMMDD birth, YYYYMM appointment (at least 16 years later),
/// sex digit 1 or 2, serial non-zero.
pub(crate) fn valid_nip(d: &[u8]) -> bool {
    if d.len() != 18 || !d.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let by = num(&d[0..4]);
    let ay = num(&d[8..12]);
    (1940..=2010).contains(&by)
        && valid_day_month(num(&d[6..8]), num(&d[4..6]))
        && (1960..=2035).contains(&ay)
        && ay >= by + 16
        && (1..=12).contains(&num(&d[12..14]))
        && matches!(d[14], b'1' | b'2')
        && num(&d[15..18]) != 0
}

/// Mobile operator prefixes (the first four digits of the national number).
fn mobile_prefix(n: &[u8]) -> bool {
    if n.len() < 4 || n[0] != b'0' || n[1] != b'8' {
        return false;
    }
    matches!(
        num(&n[2..4]),
        11..=19 | 21..=23 | 28 | 31..=33 | 38 | 51..=53 | 55..=59 | 77 | 78 | 81..=89 | 95..=99
    )
}

/// The separator before a group of a digit run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sep {
    First,
    Space,
    Dot,
    Dash,
    Slash,
    /// The `)` after an area code or `(+62)`.
    Paren,
}

#[derive(Debug, Clone, Copy)]
struct Group {
    tok: usize,
    sep: Sep,
}

/// What a (sub-)run of digit groups looks like.
struct Info {
    digits: Vec<u8>,
    lens: Vec<usize>,
    seps: Vec<Sep>,
    plus: bool,
    paren_area: bool,
}

impl Info {
    fn n(&self) -> usize {
        self.digits.len()
    }

    fn starts(&self, p: &str) -> bool {
        self.digits.starts_with(p.as_bytes())
    }

    fn only_seps(&self, allowed: &[Sep]) -> bool {
        self.seps.iter().skip(1).all(|s| allowed.contains(s))
    }

    /// `1.500.000`, `10.000`: thousands groups.
    fn amount_like(&self) -> bool {
        self.lens.len() >= 2
            && self.only_seps(&[Sep::Dot])
            && self.lens[0] <= 3
            && self.digits.first() != Some(&b'0')
            && self.lens[1..].iter().all(|&l| l == 3)
    }

    /// `dd.ddd.ddd.d-ddd.ddd` (or with a leading 0, the 16-digit form).
    fn npwp_format(&self) -> bool {
        (self.lens == [2, 3, 3, 1, 3, 3] || self.lens == [3, 3, 3, 1, 3, 3])
            && self.seps[1..] == [Sep::Dot, Sep::Dot, Sep::Dot, Sep::Dash, Sep::Dot]
    }

    /// A written date `DD-MM-YYYY`, `D/M/YYYY`, `DD.MM.YYYY` or `YYYY-MM-DD`.
    fn date_like(&self) -> bool {
        if self.lens.len() != 3 || !self.only_seps(&[Sep::Dash, Sep::Slash, Sep::Dot]) {
            return false;
        }
        if self.seps[1] != self.seps[2] {
            return false;
        }
        let d = &self.digits;
        let (day, month, year) = match self.lens[..] {
            [a @ 1..=2, b @ 1..=2, 4] => (num(&d[..a]), num(&d[a..a + b]), num(&d[a + b..])),
            [4, 2, 2] => (num(&d[6..8]), num(&d[4..6]), num(&d[..4])),
            _ => return false,
        };
        (1900..=2100).contains(&year) && valid_day_month(day, month)
    }

    /// A written date with a two-digit year (`22/9/62`, `03-04-94`, `8.2.17`): a date of birth
    /// only after a birth cue.
    fn short_date(&self) -> bool {
        self.lens.len() == 3
            && matches!(self.lens[..], [1..=2, 1..=2, 2])
            && self.only_seps(&[Sep::Dash, Sep::Slash, Sep::Dot])
            && self.seps[1] == self.seps[2]
            && valid_day_month(
                num(&self.digits[..self.lens[0]]),
                num(&self.digits[self.lens[0]..self.lens[0] + self.lens[1]]),
            )
    }

    /// The national form (`08…`, `021…`) of a phone-looking number.
    fn national(&self) -> Option<Vec<u8>> {
        let d = &self.digits;
        let intl = self.plus || (d.starts_with(b"628") && (11..=15).contains(&d.len()));
        if intl {
            let rest = d.strip_prefix(b"62")?;
            let rest = rest.strip_prefix(b"0").unwrap_or(rest);
            let mut n = Vec::with_capacity(rest.len() + 1);
            n.push(b'0');
            n.extend_from_slice(rest);
            Some(n)
        } else if d.first() == Some(&b'0') {
            Some(d.clone())
        } else {
            None
        }
    }

    /// A phone number: `Some(High)` for a mobile number with an operator prefix or any
    /// international form, `Some(Medium)` for a landline written with its area code set off.
    /// With `cue`, any plausible national number counts.
    fn phone(&self, cue: bool, institution: bool) -> Option<Confidence> {
        if !self.only_seps(&[Sep::Space, Sep::Dot, Sep::Dash, Sep::Paren]) {
            return None;
        }
        // Another country's number, written internationally (a migrant worker's in Saudi
        // Arabia or Malaysia: `+966 54 418 6793`): a country code and its subscriber number,
        // at most 15 digits (E.164).
        if self.plus && !self.starts("62") {
            return (9..=15).contains(&self.n()).then_some(Confidence::High);
        }
        let n = self.national()?;
        let len = n.len();
        if n.get(1) == Some(&b'8') {
            if !(10..=13).contains(&len) {
                return None;
            }
            if mobile_prefix(&n) {
                return Some(if len == 10 && !cue {
                    Confidence::Medium
                } else {
                    Confidence::High
                });
            }
            return cue.then_some(Confidence::Medium);
        }
        // Landline: 0 + area code (2–3 digits, not 0, not 8) + subscriber number; an office's
        // number ("telepon kantor kelurahan (022) …", "call center …") is not a person's.
        if institution
            || !(9..=12).contains(&len)
            || matches!(n.get(1), Some(b'0' | b'1' | b'8') | None)
        {
            return None;
        }
        let set_off = self.paren_area
            || self.plus
            || (self.lens.len() >= 2
                && (3..=4).contains(&self.lens[0])
                && self.seps.get(1) == Some(&Sep::Dash));
        if cue || set_off {
            Some(if cue {
                Confidence::High
            } else {
                Confidence::Medium
            })
        } else {
            None
        }
    }
}

/// Whether the digits are an NPWP of a legal entity (`badan`): in the 15-digit form (or the
/// 16-digit form, a `0` before it), the taxpayer type in the first two digits is 01–03; a
/// person's is 04–09 (DJP's numbering, as the guide gives it).
fn entity_npwp(d: &[u8]) -> bool {
    let old = match d.len() {
        15 => d,
        16 if d[0] == b'0' => &d[1..],
        _ => return false,
    };
    old[0] == b'0' && matches!(old[1], b'1'..=b'3')
}

/// Classifies a (sub-)run given its nearest cue.
fn classify(info: &Info, cue: Option<Cue>, institution: bool) -> Option<(PiiKind, Confidence)> {
    use Confidence::{High, Low, Medium};
    let n = info.n();
    if info.date_like() || cue == Some(Cue::Dob) && info.short_date() {
        return (cue == Some(Cue::Dob)).then_some((PiiKind::DateOfBirth, High));
    }
    if info.seps.contains(&Sep::Slash) || matches!(cue, Some(Cue::NotPii)) {
        return None;
    }
    // A company's NPWP (taxpayer type 01–03) is no person's.
    if entity_npwp(&info.digits) && (info.npwp_format() || cue == Some(Cue::Npwp)) {
        return None;
    }
    if info.npwp_format() {
        return Some((PiiKind::Npwp, High));
    }
    if info.amount_like() {
        return None;
    }
    let d = &info.digits[..];
    let bpjs_shape = n == 13 && info.starts("000");
    match cue {
        Some(Cue::Nik) => match n {
            16 => return Some((PiiKind::Nik, High)),
            15 | 17 => return Some((PiiKind::Nik, Low)),
            _ => {}
        },
        Some(Cue::Kk) => match n {
            16 => return Some((PiiKind::Kk, High)),
            15 | 17 => return Some((PiiKind::Kk, Low)),
            _ => {}
        },
        Some(Cue::Npwp) if n == 15 || n == 16 => return Some((PiiKind::Npwp, High)),
        Some(Cue::Nip) if n == 18 => return Some((PiiKind::Nip, High)),
        Some(Cue::Bpjs | Cue::Card) if n == 13 => return Some((PiiKind::Bpjs, High)),
        Some(Cue::Bank)
            if !bpjs_shape
                && (8..=16).contains(&n)
                && info.only_seps(&[Sep::Space, Sep::Dash, Sep::Dot]) =>
        {
            return Some((PiiKind::BankAccount, High));
        }
        Some(Cue::Phone) => {
            if let Some(c) = info.phone(true, institution) {
                return Some((PiiKind::Phone, c));
            }
        }
        _ => {}
    }
    if n == 18 && valid_nip(d) {
        return Some((PiiKind::Nip, High));
    }
    if bpjs_shape {
        return Some((PiiKind::Bpjs, High));
    }
    if n == 16 && valid_nik(d) {
        return Some((PiiKind::Nik, High));
    }
    if let Some(c) = info.phone(false, institution) {
        return Some((PiiKind::Phone, c));
    }
    if n == 15 && d[0] == b'0' && (b'1'..=b'9').contains(&d[1]) && d.ends_with(b"000") {
        return Some((PiiKind::Npwp, Medium));
    }
    // A NIK mistyped by a digit (15 or 17), with no cue in reach (the question was on the line
    // before: `NIK-nya berapa?` / `137114481070009.`): a province and a regency code lead it.
    // Bank accounts and old NPWPs of these lengths start with `0`, ticket numbers with a year.
    // A `+` leads a phone number, never a NIK.
    if cue.is_none()
        && !info.plus
        && (n == 15 || n == 17)
        && is_province(num(&d[0..2]))
        && num(&d[2..4]) != 0
    {
        return Some((PiiKind::Nik, Low));
    }
    None
}

/// Finds every digit run and classifies it (and the longest valid sub-runs split at spaces).
pub(crate) fn digit_runs(ctx: &mut Ctx) {
    // The second cue of a pair and the token after the value that took the first.
    let mut pending: Option<(usize, Cue)> = None;
    let mut i = 0;
    while i < ctx.toks.len() {
        if !ctx.is_num(i) || ctx.is_used(i) {
            i += 1;
            continue;
        }
        let (first_tok, groups, paren_area, plus) = build_run(ctx, i);
        let last = groups.last().map_or(i, |g| g.tok);
        let next = last + 1;
        // Glued to letters or to a mask on the right, or to a mask on the left: not a value.
        let right_glued = ctx.glued(next)
            && matches!(
                ctx.kind(next),
                Some(Tk::Word | Tk::Punct('*') | Tk::Num | Tk::Placeholder)
            );
        let left = first_tok.checked_sub(1);
        let left_glued = left.is_some_and(|l| {
            ctx.glued(first_tok)
                && match ctx.kind(l) {
                    // A WhatsApp mention of an unsaved number (`@6281234567890`) is the number.
                    Some(Tk::Punct('@')) => !{
                        let d = ctx.s(first_tok).as_bytes();
                        (10..=15).contains(&d.len())
                            && (d.starts_with(b"62") || d.starts_with(b"08"))
                    },
                    Some(Tk::Punct('*') | Tk::Placeholder | Tk::Num) => true,
                    Some(Tk::Word) => !matches!(ctx.cue_at(l), Some(c) if c != Cue::NotPii),
                    // A code's part after its letters and a dash (`PBG-349658-16122026-67`,
                    // `SK-PBG-974713`), not a cue's value (`HP-0812…`).
                    Some(Tk::Punct('-')) => l.checked_sub(1).is_some_and(|w| {
                        ctx.glued(l)
                            && ctx.is_word(w)
                            && ctx.case(w) == Case::Upper
                            && ctx.cue_at(w).is_none()
                    }),
                    _ => false,
                }
        });
        // Digits right after a `*` mask, or after a separator glued to one, are what a partial
        // mask kept (`**** **** 0009 8123…`, `**.**.**.******.0009 12-03…`): never read them,
        // nor anything they run into.
        let after_mask = |l: usize| {
            ctx.is_punct(l, '*') && ctx.gap(first_tok) != Gap::Line
                || matches!(ctx.kind(l), Some(Tk::Punct('.' | '-' | '/')))
                    && ctx.glued(l)
                    && ctx.glued(first_tok)
                    && l.checked_sub(1).is_some_and(|m| ctx.is_punct(m, '*'))
        };
        if left.is_some_and(after_mask) {
            i = next;
            continue;
        }
        // Twenty digits in five groups of four: a prepaid electricity token (`3605 9888 0887
        // 1710 2676`); no personal number is that long, and no part of it is a phone number.
        if groups.len() == 5
            && groups.iter().all(|g| ctx.s(g.tok).len() == 4)
            && groups[1..].iter().all(|g| g.sep == groups[1].sep)
        {
            i = next;
            continue;
        }
        // A segment glued to letters (or to a redacted value) on its outer side is not a value;
        // the rest of the run still may be (`Blok C2 3105…`).
        classify_groups(
            ctx,
            first_tok,
            &groups,
            (paren_area, plus),
            (left_glued, right_glued),
            &mut pending,
        );
        i = next;
    }
}

/// Builds the run starting at Num token `i`: its first token (a `+` or `(` before it),
/// its groups, and whether it opens with `(0xx)` or a `+`.
fn build_run(ctx: &Ctx, i: usize) -> (usize, Vec<Group>, bool, bool) {
    let mut first_tok = i;
    let mut plus = false;
    let mut paren = false;
    if i >= 1 && ctx.is_punct(i - 1, '+') && ctx.glued(i) {
        plus = true;
        first_tok = i - 1;
        if i >= 2 && ctx.is_punct(i - 2, '(') && ctx.glued(i - 1) && ctx.is_punct(i + 1, ')') {
            paren = true;
            first_tok = i - 2;
        }
    } else if i >= 1
        && ctx.is_punct(i - 1, '(')
        && ctx.glued(i)
        && ctx.is_punct(i + 1, ')')
        && ctx.glued(i + 1)
        && ctx.s(i).starts_with('0')
        && (3..=4).contains(&ctx.s(i).len())
    {
        paren = true;
        first_tok = i - 1;
    }
    let mut groups = vec![Group {
        tok: i,
        sep: Sep::First,
    }];
    let mut j = i;
    // A country code, then an area code or trunk prefix in brackets: `+1 (415) 555-0132`,
    // `+61 (0)412 345 678`, `+62 (0)812-…`.
    if plus && !paren && ctx.s(i).len() <= 3 {
        let k = i + 1;
        let area = ctx.is_punct(k, '(')
            && ctx.gap(k) == Gap::Space
            && ctx.is_num(k + 1)
            && ctx.glued(k + 1)
            && ctx.s(k + 1).len() <= 4
            && ctx.is_punct(k + 2, ')')
            && ctx.glued(k + 2)
            && ctx.is_num(k + 3)
            && matches!(ctx.gap(k + 3), Gap::None | Gap::Space);
        if area {
            groups.push(Group {
                tok: k + 1,
                sep: Sep::Space,
            });
            groups.push(Group {
                tok: k + 3,
                sep: Sep::Paren,
            });
            j = k + 3;
        }
    }
    if paren {
        let k = i + 2;
        if ctx.is_num(k) && matches!(ctx.gap(k), Gap::None | Gap::Space) {
            groups.push(Group {
                tok: k,
                sep: Sep::Paren,
            });
            j = k;
        } else if plus {
            // `(+6281234567890)`: the `+` is part of the number, the brackets are not.
            return (i - 1, groups, false, true);
        } else {
            // `(021)` alone: no run.
            return (i, groups, false, false);
        }
    }
    loop {
        let k = j + 1;
        match ctx.kind(k) {
            Some(Tk::Num) if ctx.gap(k) == Gap::Space => {
                groups.push(Group {
                    tok: k,
                    sep: Sep::Space,
                });
                j = k;
            }
            Some(Tk::Punct(c @ ('.' | '-' | '/')))
                if ctx.glued(k) && ctx.is_num(k + 1) && ctx.glued(k + 1) =>
            {
                let sep = match c {
                    '.' => Sep::Dot,
                    '-' => Sep::Dash,
                    _ => Sep::Slash,
                };
                groups.push(Group { tok: k + 1, sep });
                j = k + 1;
            }
            Some(Tk::Punct('-'))
                if ctx.gap(k) == Gap::Space
                    && ctx.is_num(k + 1)
                    && ctx.gap(k + 1) == Gap::Space =>
            {
                groups.push(Group {
                    tok: k + 1,
                    sep: Sep::Space,
                });
                j = k + 1;
            }
            // Digits read out in groups: `0878... 6854... 8827`, `3528… 1405…`.
            Some(Tk::Punct('.' | '\u{2026}')) if ctx.glued(k) => {
                let mut e = k;
                while ctx.is_punct(e + 1, '.') && ctx.glued(e + 1) {
                    e += 1;
                }
                let ellipsis = ctx.is_punct(k, '\u{2026}') && e == k || e >= k + 2;
                if ellipsis && ctx.is_num(e + 1) && ctx.gap(e + 1) == Gap::Space {
                    groups.push(Group {
                        tok: e + 1,
                        sep: Sep::Space,
                    });
                    j = e + 1;
                } else {
                    break;
                }
            }
            // A number wrapped onto the next line of a form, the rest alone on its line:
            // `No. Telp/HP : 0818 3772` / `192`; only when what came before is too short for a
            // mobile number of its own, or the two make a NIK's or KK's sixteen digits (a page
            // number under a whole number is no part of it).
            Some(Tk::Num)
                if ctx.gap(k) == Gap::Line && digits_only_line(ctx, k) && {
                    let so_far: usize = groups.iter().map(|g| ctx.s(g.tok).len()).sum();
                    so_far < 11 || so_far + ctx.s(k).len() == 16
                } =>
            {
                groups.push(Group {
                    tok: k,
                    sep: Sep::Space,
                });
                j = k;
            }
            _ => break,
        }
    }
    (first_tok, groups, paren && !plus, plus)
}

/// Whether the line starting at token `k` holds only digits: at most three groups, single
/// spaces between them.
fn digits_only_line(ctx: &Ctx, k: usize) -> bool {
    let mut t = k;
    while t < k + 3 && ctx.is_num(t) {
        t += 1;
        if t >= ctx.toks.len() || ctx.gap(t) == Gap::Line {
            return true;
        }
        if ctx.gap(t) != Gap::Space {
            return false;
        }
    }
    false
}

fn info_of(ctx: &Ctx, groups: &[Group], paren_area: bool, plus: bool) -> Info {
    let mut digits = Vec::new();
    let mut lens = Vec::with_capacity(groups.len());
    let mut seps = Vec::with_capacity(groups.len());
    for g in groups {
        let s = ctx.s(g.tok).as_bytes();
        let take = s.len().min(40usize.saturating_sub(digits.len()));
        digits.extend_from_slice(&s[..take]);
        lens.push(s.len());
        seps.push(g.sep);
    }
    if let Some(first) = seps.first_mut() {
        *first = Sep::First;
    }
    Info {
        digits,
        lens,
        seps,
        plus,
        paren_area,
    }
}

/// Classifies the whole run, else its longest classifiable sub-runs (split only at spaces).
fn classify_groups(
    ctx: &mut Ctx,
    first_tok: usize,
    groups: &[Group],
    (paren_area, plus): (bool, bool),
    (glued_left, glued_right): (bool, bool),
    pending: &mut Option<(usize, Cue)>,
) {
    // Segments: maximal glued chains of groups (`0812-3456-7890`), separated by single spaces.
    // A value is one or more whole segments, at most `MAX_SEGMENTS` of them; a chain of more
    // than `MAX_GROUPS` groups is never (part of) a value. Both limits keep the scan linear and
    // make the decision at a segment depend only on the few segments after it.
    const MAX_SEGMENTS: usize = 9;
    const MAX_GROUPS: usize = 12;
    let mut seg_start: Vec<usize> = Vec::new();
    for (k, g) in groups.iter().enumerate() {
        if k == 0 || g.sep == Sep::Space {
            seg_start.push(k);
        }
    }
    let seg_end = |s: usize| seg_start.get(s + 1).copied().unwrap_or(groups.len());
    let segments = seg_start.len();
    let poisoned = |s: usize| {
        seg_end(s) - seg_start[s] > MAX_GROUPS
            || (glued_left && s == 0)
            || (glued_right && s + 1 == segments)
    };
    // A segment that is a date or a clock time (`08-06-2023 13:34`, a chat export's `16.21 -
    // 0812…`) is a value of its own: it never joins the segments around it.
    // (A run of one segment joins nothing: most runs.)
    let lone: Vec<bool> = (0..if segments > 1 { segments } else { 0 })
        .map(|s| {
            let (a, b) = (seg_start[s], seg_end(s));
            let last = groups[b - 1].tok;
            let clock = b - a == 2
                && groups[a + 1].sep == Sep::Dot
                && ctx.s(groups[a].tok).len() <= 2
                && ctx.s(last).len() == 2
                && num(ctx.s(groups[a].tok).as_bytes()) <= 23
                && num(ctx.s(last).as_bytes()) <= 59;
            clock
                || ctx.is_punct(last + 1, ':') && ctx.glued(last + 1) && ctx.is_num(last + 2)
                || info_of(ctx, &groups[a..b], false, false).date_like()
        })
        .collect();
    let mut sa = 0;
    while sa < seg_start.len() {
        let a = seg_start[sa];
        let start_tok = if a == 0 { first_tok } else { groups[a].tok };
        // The second value after a cue pair (`NIK/KK: <nik>/<kk>`) takes the pair's second cue.
        let (cue, second) = match pending.filter(|&(after, _)| {
            start_tok == after || start_tok == after + 1 && ctx.is_punct(after, '/')
        }) {
            Some((_, c)) => (Some(c), None),
            None => match ctx.cue_pair_before(start_tok, 8) {
                Some((first, second)) => (Some(first), Some(second)),
                None => (ctx.cue_before(start_tok, 8), None),
            },
        };
        let institution = institution_before(ctx, start_tok);
        let mut found = None;
        let last = (sa + MAX_SEGMENTS).min(seg_start.len());
        let usable = (sa..last).take_while(|&s| !poisoned(s)).count();
        let lone_at = |s: usize| lone.get(s).copied().unwrap_or(false);
        let joins = if lone_at(sa) {
            usable.min(1)
        } else {
            (sa..sa + usable).take_while(|&s| !lone_at(s)).count()
        };
        for sb in (sa..sa + joins).rev() {
            let b = seg_end(sb);
            let info = info_of(ctx, &groups[a..b], paren_area && a == 0, plus && a == 0);
            // A date with no birth cue of its own may still be one (`birth_context`).
            let cue = if info.date_like()
                && cue != Some(Cue::Dob)
                && birth_context(ctx, start_tok, groups[b - 1].tok + 1)
            {
                Some(Cue::Dob)
            } else {
                cue
            };
            if let Some(hit) = classify(&info, cue, institution).filter(|&(kind, _)| {
                kind != PiiKind::DateOfBirth || !clock_at(ctx, groups[b - 1].tok + 1)
            }) {
                found = Some((sb, b, hit));
                break;
            }
        }
        match found {
            Some((sb, b, (kind, conf))) => {
                let end_tok = groups[b - 1].tok + 1;
                ctx.push(start_tok, end_tok, kind, conf);
                *pending = second.map(|c| (end_tok, c));
                sa = sb + 1;
            }
            None => sa += 1,
        }
    }
}

/// Whether an office or service word comes shortly before token `i` (within four words, not
/// past another number), and not as a person's own office line after their other number.
fn institution_before(ctx: &Ctx, i: usize) -> bool {
    let mut words = 0;
    let mut j = i;
    while j > 0 && words < 4 {
        j -= 1;
        match ctx.kind(j) {
            Some(Tk::Num | Tk::Placeholder) => return false,
            Some(Tk::Word) => {
                words += 1;
                if ctx.in_set(j, lexicon::Set::Office) {
                    // A person's own office line next to their mobile (`0816… / kantor
                    // 024-2282631`, `0812…, kantor (0274) 512345`) is theirs.
                    let own_line = j + 1 == i
                        && ctx.word_is(j, "kantor")
                        && j >= 2
                        && matches!(ctx.kind(j - 1), Some(Tk::Punct('/' | ',')))
                        && matches!(ctx.kind(j - 2), Some(Tk::Num | Tk::Placeholder));
                    return !own_line;
                }
            }
            _ => {}
        }
    }
    false
}

/// Vehicle plates: region code + 1–4 digits + 1–3 letters (`B 1234 XYZ`, `B1234XYZ`,
/// `B-1234-XYZ`, `PA 120R`); lower case only after a plate cue.
pub(crate) fn plates(ctx: &mut Ctx) {
    let mut i = 0;
    while i + 2 < ctx.toks.len() {
        if let Some(end) = plate_at(ctx, i) {
            let conf = if ctx.has_cue_before(i, 6, Cue::Plate) {
                Confidence::High
            } else {
                Confidence::Medium
            };
            ctx.push(i, end, PiiKind::Plate, conf);
            i = end;
        } else {
            i += 1;
        }
    }
}

fn plate_at(ctx: &Ctx, i: usize) -> Option<usize> {
    if !ctx.in_set(i, lexicon::Set::PlateRegion) || ctx.is_used(i) {
        return None;
    }
    let region = ctx.s(i);
    if i > 0
        && ctx.glued(i)
        && matches!(
            ctx.kind(i - 1),
            Some(Tk::Word | Tk::Num | Tk::Placeholder | Tk::Punct('*' | '@'))
        )
    {
        return None;
    }
    // (Unless the plate's cue comes before that word: `plat nomor AB 3594 DBE`.)
    if let Some(p) = ctx.prev_word(i) {
        let mut buf = [0u8; 24];
        if lexicon::lower(ctx.s(p), &mut buf).is_some_and(|w| {
            lexicon::word_flags(w)
                & (lexicon::Set::StreetDesignator.bit() | lexicon::Set::NotPlateAfter.bit())
                != 0
        }) && !ctx.has_cue_before(i, 3, Cue::Plate)
        {
            return None;
        }
    }
    // Separator: nothing, one space, or a glued dash.
    let sep = |ctx: &Ctx, at: usize| -> Option<usize> {
        match (ctx.kind(at), ctx.gap(at)) {
            (Some(Tk::Punct('-')), Gap::None) if ctx.glued(at + 1) => Some(at + 1),
            (_, Gap::None | Gap::Space) => Some(at),
            _ => None,
        }
    };
    let n = sep(ctx, i + 1)?;
    if !ctx.is_num(n) || ctx.is_used(n) {
        return None;
    }
    let digits = ctx.s(n);
    if !(1..=4).contains(&digits.len()) || digits.starts_with('0') {
        return None;
    }
    let w = sep(ctx, n + 1)?;
    if !ctx.is_word(w) || ctx.is_used(w) {
        return None;
    }
    let suffix = ctx.s(w);
    if !(1..=3).contains(&suffix.len()) || !suffix.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let after = w + 1;
    if ctx.glued(after)
        && matches!(
            ctx.kind(after),
            Some(Tk::Word | Tk::Num | Tk::Placeholder | Tk::Punct('*'))
        )
    {
        return None;
    }
    let upper = |s: &str| s.bytes().all(|b| b.is_ascii_uppercase());
    let lower = |s: &str| s.bytes().all(|b| b.is_ascii_lowercase());
    let cue = ctx.has_cue_before(i, 6, Cue::Plate);
    let spaced = ctx.gap(n) == Gap::Space && ctx.gap(w) == Gap::Space;
    let glued = ctx.glued(n) && ctx.glued(w);
    // Without a cue: a lower-case plate only spaced out, with a real-looking number and suffix
    // (`bn 991 mfu`); a glued one only with 3–4 digits, as agency acronyms with a digit inside
    // (`BP2MI`, `P2TL`) have one.
    let case_ok = (upper(region) && upper(suffix) && (cue || !glued || digits.len() >= 3))
        || (lower(region)
            && lower(suffix)
            && (cue
                || (spaced
                    && region.len() == 2
                    && digits.len() >= 2
                    && suffix.len() >= 2
                    && !matches!(
                        suffix,
                        "kg" | "km" | "cm" | "mm" | "rb" | "jt" | "ml" | "gr" | "ha"
                    ))));
    if !case_ok || (!cue && !glued && lexicon::in_list(suffix, lexicon::Set::Stop)) {
        return None;
    }
    // `D3`, `S1` degrees glued to a word are not plates.
    if ctx.glued(n) && digits.len() == 1 && matches!(region, "D" | "S" | "d" | "s") {
        return None;
    }
    Some(w + 1)
}

/// Passports: one letter + 7 digits (`C1234567`, `B 7776255`). Spaced or lower-case forms only
/// after a passport cue; a bare glued form is a low-confidence guess.
pub(crate) fn passports(ctx: &mut Ctx) {
    let mut i = 0;
    while i + 1 < ctx.toks.len() {
        let Some((end, conf)) = passport_at(ctx, i) else {
            i += 1;
            continue;
        };
        ctx.push(i, end, PiiKind::Passport, conf);
        i = end;
    }
}

fn passport_at(ctx: &Ctx, i: usize) -> Option<(usize, Confidence)> {
    if !ctx.is_word(i) || ctx.is_used(i) {
        return None;
    }
    let letter = ctx.s(i);
    if letter.len() != 1 || !letter.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    if i > 0
        && ctx.glued(i)
        && matches!(
            ctx.kind(i - 1),
            Some(Tk::Word | Tk::Num | Tk::Placeholder | Tk::Punct('*' | '-' | '.' | '@'))
        )
    {
        return None;
    }
    let (n, spaced) = match (ctx.kind(i + 1), ctx.gap(i + 1)) {
        (Some(Tk::Num), Gap::None) => (i + 1, false),
        (Some(Tk::Num), Gap::Space) => (i + 1, true),
        _ => return None,
    };
    if ctx.s(n).len() != 7 || ctx.is_used(n) {
        return None;
    }
    let after = n + 1;
    if ctx.glued(after)
        && matches!(
            ctx.kind(after),
            Some(Tk::Word | Tk::Num | Tk::Placeholder | Tk::Punct('*' | '-' | '/'))
        )
    {
        return None;
    }
    if ctx.glued(after) && ctx.is_punct(after, '.') && ctx.glued(after + 1) && ctx.is_num(after + 1)
    {
        return None;
    }
    let cue = ctx.cue_before(i, 8);
    if cue == Some(Cue::NotPii) {
        return None;
    }
    let has_cue = cue == Some(Cue::Passport) || ctx.has_cue_before(i, 8, Cue::Passport);
    let upper = letter.bytes().all(|b| b.is_ascii_uppercase());
    if has_cue {
        Some((n + 1, Confidence::High))
    } else if upper && !spaced {
        Some((n + 1, Confidence::Low))
    } else {
        None
    }
}

/// A number from 1 to 99 written in Indonesian words from token `i` (`tujuh`, `sebelas`, `dua
/// belas`, `dua puluh`, `tiga puluh satu`): its value and the token after it.
fn spelled_below_100(ctx: &Ctx, i: usize) -> Option<(u32, usize)> {
    const UNITS: [&str; 9] = [
        "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
    ];
    let unit = |k: usize| {
        UNITS
            .iter()
            .position(|w| ctx.word_is(k, w))
            .and_then(|p| u32::try_from(p + 1).ok())
    };
    let spaced = |k: usize| ctx.gap(k) == Gap::Space;
    if ctx.word_is(i, "sepuluh") {
        return Some((10, i + 1));
    }
    if ctx.word_is(i, "sebelas") {
        return Some((11, i + 1));
    }
    if !ctx.is_word(i) {
        return None;
    }
    let u = unit(i)?;
    if spaced(i + 1) && ctx.word_is(i + 1, "belas") {
        return Some((10 + u, i + 2));
    }
    if spaced(i + 1) && ctx.word_is(i + 1, "puluh") {
        return Some(match unit(i + 2).filter(|_| spaced(i + 2)) {
            Some(v) => (u * 10 + v, i + 3),
            None => (u * 10, i + 2),
        });
    }
    Some((u, i + 1))
}

/// A day of the month written in Indonesian words from token `i` (`tujuh`, `dua belas`, `dua
/// puluh tujuh`, `tiga puluh satu`): the token after it.
fn spelled_day(ctx: &Ctx, i: usize) -> Option<usize> {
    spelled_below_100(ctx, i)
        .filter(|&(v, _)| v <= 31)
        .map(|(_, end)| end)
}

/// A year of birth written in Indonesian words from token `i`, as a caller says it: `seribu
/// sembilan ratus lima puluh` (1950), `sembilan belas lima puluh lima` (1955), `dua ribu tiga`
/// (2003). The token after it.
fn spelled_year(ctx: &Ctx, i: usize) -> Option<usize> {
    let spaced = |k: usize| ctx.gap(k) == Gap::Space;
    let tail = |k: usize| {
        spelled_below_100(ctx, k)
            .filter(|_| spaced(k))
            .map_or(k, |(_, end)| end)
    };
    if ctx.word_is(i, "seribu")
        && spaced(i + 1)
        && ctx.word_is(i + 1, "sembilan")
        && spaced(i + 2)
        && ctx.word_is(i + 2, "ratus")
    {
        return Some(tail(i + 3));
    }
    if ctx.word_is(i, "dua") && spaced(i + 1) && ctx.word_is(i + 1, "ribu") {
        return Some(tail(i + 2));
    }
    if ctx.word_is(i, "sembilan") && spaced(i + 1) && ctx.word_is(i + 1, "belas") {
        // Read in two pairs: the second one must be there.
        return spelled_below_100(ctx, i + 2)
            .filter(|_| spaced(i + 2))
            .map(|(_, end)| end);
    }
    None
}

/// Whether a clock time (`13:34`, `09.20:45`, `13:34:36`) starts at token `j`, after a space:
/// what follows a date there makes it a time stamp (a form's `Tanda waktu`, a chat export),
/// never a date of birth.
fn clock_at(ctx: &Ctx, j: usize) -> bool {
    // A chat export writes `7/12/26, 05.46 -` or `[12/09/25 19.37]`.
    let j = if ctx.is_punct(j, ',') && ctx.glued(j) {
        j + 1
    } else {
        j
    };
    ctx.gap(j) == Gap::Space
        && ctx.is_num(j)
        && ctx.s(j).len() <= 2
        && matches!(ctx.kind(j + 1), Some(Tk::Punct(':' | '.')))
        && ctx.glued(j + 1)
        && ctx.is_num(j + 2)
        && ctx.glued(j + 2)
        && ctx.s(j + 2).len() == 2
}

/// Written-out dates of birth after a birth cue: `12 Maret 1985`, `12 Mar. 1985`,
/// `12-Mar-1985`, `March 12, 1985`.
pub(crate) fn written_dates_of_birth(ctx: &mut Ctx) {
    let mut i = 0;
    while i + 2 < ctx.toks.len() {
        match written_date_at(ctx, i) {
            Some(end) if !clock_at(ctx, end) && birth_context(ctx, i, end) => {
                ctx.push(i, end, PiiKind::DateOfBirth, Confidence::High);
                i = end;
            }
            _ => i += 1,
        }
    }
}

/// Whether the date at token `i` is a date of birth by what comes before it: a birth cue as
/// the nearest cue; the document the date is written in right after a birth cue (`tanggal
/// lahir di KTP salah, tertulis …`); or a date of birth found just before that it is set
/// against ([`set_against`]).
fn birth_context(ctx: &Ctx, i: usize, end: usize) -> bool {
    let cued = match ctx.cue_word_before(i, 8) {
        Some((Cue::Dob, _)) => true,
        Some((Cue::Nik | Cue::Kk | Cue::Card | Cue::Passport | Cue::Bpjs, j)) => {
            j < i && (ctx.cue_before(j, 3) == Some(Cue::Dob) || recorded_against(ctx, j, i))
        }
        _ => false,
    };
    cued || beside_name(ctx, i, end)
        || (i.saturating_sub(8)..i)
            .rev()
            .find(|&k| ctx.is_used(k))
            .filter(|&k| ctx.just_found_ending(k, |kind| kind == PiiKind::DateOfBirth))
            .is_some_and(|k| set_against(ctx, k + 1, i))
}

/// Whether the date at token `i`, after the document cue at `j`, is the birth date as that
/// document records it, set against a birth cue a little before (`tanggal lahir di SIMKIM
/// tertulis beda dengan KTP (22-08-1966)`, `Birth date on my KTP should be 04/12/1960`): the
/// birth cue at most eight tokens before the document, a word that sets dates against each
/// other between the cue and the date, all in one sentence.
fn recorded_against(ctx: &Ctx, j: usize, i: usize) -> bool {
    ctx.cue_word_before(j, 8).is_some_and(|(cue, d)| {
        cue == Cue::Dob
            && (d + 1..i).any(|k| ctx.in_set(k, lexicon::Set::DateAgainst))
            && one_sentence(ctx, d, i)
    })
}

/// Whether tokens `a..=b` stand in one sentence on one line: no line break after `a`, no `.`,
/// `!`, `?` or `;` before `b`.
fn one_sentence(ctx: &Ctx, a: usize, b: usize) -> bool {
    (a + 1..=b).all(|k| ctx.gap(k) != Gap::Line)
        && !(a..b).any(|k| matches!(ctx.kind(k), Some(Tk::Punct('.' | '!' | '?' | ';'))))
}

/// Whether the date at tokens `i..end` stands alone right after a person's name found (or a
/// word of a name the lexicon knows), in brackets, between commas, or after a comma or a long
/// dash at the end of its line: `ahli waris: Jufri Latif (26 Nov 1979) dan …`, `Ibu Sumarni,
/// 10 Oktober 1955, tidak bisa berjalan`, `2. Sumiyati – 1 Mei 1962`.
fn beside_name(ctx: &Ctx, i: usize, end: usize) -> bool {
    // What ends the date: a comma or bracket, or the line (`Saya: Syafrizal, 26/02/1976`, a
    // family list's `2. Sumiyati – 1 Mei 1962`), or a dash on it.
    let line_ends = end >= ctx.toks.len() || ctx.gap(end) == Gap::Line || ctx.is_dash(end);
    let set_off = i >= 2
        && (ctx.is_punct(i - 1, '(') && ctx.is_punct(end, ')')
            || ctx.is_punct(i - 1, ',')
                && (matches!(ctx.kind(end), Some(Tk::Punct(',' | ')'))) || line_ends)
            || matches!(ctx.kind(i - 1), Some(Tk::Punct('\u{2013}' | '\u{2014}')))
                && ctx.gap(i - 1) == Gap::Space
                && line_ends);
    if !set_off {
        return false;
    }
    let name_end = i - 2;
    ctx.is_used(name_end) && ctx.just_found_ending(name_end, |kind| kind == PiiKind::Person)
        || ctx.is_punct(i - 1, '(')
            && (ctx.in_set(name_end, lexicon::Set::GivenName)
                || ctx.in_set(name_end, lexicon::Set::Surname))
}

/// Whether the date at token `i` is set against the date of birth that ends at token `e`, in
/// the same sentence and at most eight tokens on, with no other cue between but the document
/// it is written in: the same birth date written elsewhere or corrected (`lahir 09-09-1966 tp
/// di KTP ditulis 09-09-1969`, `tertulis 11/12/2010 padahal di akta kelahiran 11/12/2009`,
/// [`lexicon::Set::DateAgainst`]), or a list of them (`lahir 1 Mei 2010 dan 3 Juni 2012`).
fn set_against(ctx: &Ctx, e: usize, i: usize) -> bool {
    let listed = i == e + 1
        && (ctx.is_punct(e, ',') || ctx.is_punct(e, '&') || ctx.word_is(e, "dan"))
        || i == e + 2 && ctx.is_punct(e, ',') && ctx.word_is(e + 1, "dan");
    i >= e
        && i - e <= 8
        && one_sentence(ctx, e, i)
        && (listed || (e..i).any(|k| ctx.in_set(k, lexicon::Set::DateAgainst)))
        && match ctx.cue_word_before(i, i - e) {
            None => true,
            // The birth certificate is a document too (`padahal di akta kelahiran D`).
            Some((Cue::NotDob, k)) => ctx.word_is(k, "kelahiran"),
            Some((cue, _)) => matches!(cue, Cue::Nik | Cue::Kk | Cue::Card | Cue::Passport),
        }
}

fn written_date_at(ctx: &Ctx, i: usize) -> Option<usize> {
    if ctx.is_used(i) {
        return None;
    }
    // Four digits, or two after a month name (`7 April 97`: only dates of birth are read).
    let year_at = |j: usize| -> bool {
        ctx.is_num(j)
            && (ctx.s(j).len() == 4 && (1900..=2100).contains(&num(ctx.s(j).as_bytes()))
                || ctx.s(j).len() == 2
                    && j.checked_sub(1)
                        .is_some_and(|m| ctx.in_set(m, lexicon::Set::Month)))
            && !(ctx.glued(j + 1)
                && matches!(
                    ctx.kind(j + 1),
                    Some(Tk::Word | Tk::Num | Tk::Placeholder | Tk::Punct('*'))
                ))
    };
    // The token after a year: in digits, or in words (`seribu sembilan ratus lima puluh`).
    let year_end = |j: usize| -> Option<usize> {
        if year_at(j) {
            Some(j + 1)
        } else {
            spelled_year(ctx, j)
        }
    };
    let day_ok = |j: usize| {
        ctx.is_num(j) && ctx.s(j).len() <= 2 && (1..=31).contains(&num(ctx.s(j).as_bytes()))
    };
    let month_ok = |j: usize| {
        ctx.is_num(j) && ctx.s(j).len() <= 2 && (1..=12).contains(&num(ctx.s(j).as_bytes()))
    };
    // A day in words, as a caller says it: `dua puluh tujuh Mei 1994`, `lima April 1956` (a
    // month name within three words first: most words are no day).
    let month_near = ctx.is_word(i)
        && matches!(
            ctx.s(i).as_bytes().first().map(u8::to_ascii_lowercase),
            Some(b's' | b'd' | b't' | b'e' | b'l' | b'b')
        )
        && (i + 1..i + 4).any(|k| ctx.in_set(k, lexicon::Set::Month));
    if let Some(m) = month_near
        .then(|| spelled_day(ctx, i))
        .flatten()
        .filter(|&m| ctx.in_set(m, lexicon::Set::Month))
    {
        if ctx.gap(m) == Gap::Space && ctx.gap(m + 1) == Gap::Space {
            // `… november tahun sembilan belas …`: the word for year may come first.
            let y = if ctx.word_is(m + 1, "tahun") && ctx.gap(m + 2) == Gap::Space {
                m + 2
            } else {
                m + 1
            };
            if let Some(end) = year_end(y) {
                return Some(end);
            }
        }
    }
    // As a caller says it, the month by its number: `23 bulan 6 tahun 1961`.
    if day_ok(i)
        && ctx.word_is(i + 1, "bulan")
        && month_ok(i + 2)
        && ctx.word_is(i + 3, "tahun")
        && (i + 1..i + 5).all(|k| ctx.gap(k) == Gap::Space)
    {
        return year_end(i + 4);
    }
    // Day, month and year in numbers with spaces around their separators, as written by hand
    // (`26 - 06 - 1986`, `14 / 3 / 1963`); glued ones are digit runs.
    if day_ok(i)
        && matches!(ctx.gap(i + 1), Gap::Space | Gap::Wide)
        && matches!(ctx.kind(i + 1), Some(Tk::Punct('-' | '/' | '.')))
        && ctx.gap(i + 2) == Gap::Space
        && month_ok(i + 2)
        && ctx.kind(i + 3) == ctx.kind(i + 1)
        && ctx.gap(i + 3) == Gap::Space
        && ctx.gap(i + 4) == Gap::Space
        && ctx.s(i + 4).len() == 4
        && year_at(i + 4)
    {
        return Some(i + 5);
    }
    // Day month year.
    if day_ok(i) {
        let (m, dash) = match ctx.kind(i + 1) {
            Some(Tk::Word) if ctx.gap(i + 1) == Gap::Space => (i + 1, false),
            Some(Tk::Punct('-' | '/')) if ctx.glued(i + 1) && ctx.glued(i + 2) => (i + 2, true),
            _ => return None,
        };
        if !ctx.in_set(m, lexicon::Set::Month) {
            return None;
        }
        let mut y = m + 1;
        if dash {
            if !(matches!(ctx.kind(y), Some(Tk::Punct('-' | '/'))) && ctx.glued(y)) {
                return None;
            }
            y += 1;
        } else if ctx.is_punct(y, '.') && ctx.glued(y) {
            y += 1;
        }
        if i > 0
            && ctx.glued(i)
            && matches!(
                ctx.kind(i - 1),
                Some(Tk::Word | Tk::Num | Tk::Placeholder | Tk::Punct('*'))
            )
        {
            return None;
        }
        return if dash || ctx.gap(y) != Gap::Space {
            year_at(y).then_some(y + 1)
        } else {
            year_end(y)
        };
    }
    // Month day, year.
    if ctx.in_set(i, lexicon::Set::Month) && ctx.gap(i + 1) == Gap::Space && day_ok(i + 1) {
        let mut y = i + 2;
        if ctx.is_punct(y, ',') {
            y += 1;
        }
        if year_at(y) {
            return Some(y + 1);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nik_structure() {
        assert!(valid_nik(b"3273056010900009"));
        assert!(valid_nik(b"3205184706810032"));
        assert!(!valid_nik(b"2024021181078140"));
        assert!(!valid_nik(b"3273003212900009"));
        assert!(!valid_nik(b"3273056013900009"));
        assert!(!valid_nik(b"3273057310900009"));
        assert!(!valid_nik(b"3273056010900000"));
        assert!(!valid_nik(b"327305601090000"));
    }

    #[test]
    fn nip_structure() {
        assert!(valid_nip(b"198609262015051001"));
        assert!(valid_nip(b"196801041998102013"));
        assert!(!valid_nip(b"198609262015053001"));
        assert!(!valid_nip(b"198613262015051001"));
        assert!(!valid_nip(b"198609261995051001"));
    }

    #[test]
    fn provinces() {
        for p in [11, 19, 21, 31, 36, 51, 53, 61, 65, 71, 76, 81, 82, 91, 96] {
            assert!(is_province(p), "{p}");
        }
        for p in [10, 20, 22, 30, 37, 50, 54, 60, 66, 70, 77, 80, 83, 90, 97] {
            assert!(!is_province(p), "{p}");
        }
    }
}
