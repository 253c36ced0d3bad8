//! House-level addresses: from the street / complex / hamlet designator through the house number
//! and the RT/RW that follow directly. A street without a house number (an incident location)
//! is not an address; a bare `RT x/RW y` is one only after "alamat saya" / "tinggal di".

use super::kind::{Confidence, PiiKind};
use super::lexicon;
use super::scan::{word_case, Case, Ctx, Mode};
use super::table::Column;
use super::token::{Gap, Tk};

/// Words that introduce a house number.
fn house_marker(w: &str) -> bool {
    matches!(w, "no" | "nomor" | "nmr" | "nomer" | "nr")
}

fn lower(w: &str) -> String {
    w.to_ascii_lowercase()
}

pub(crate) fn addresses(ctx: &mut Ctx) {
    ctx.mode = ctx.casing_mode();
    let mut i = 0;
    while i < ctx.toks.len() {
        if let Some(end) = address_at(ctx, i) {
            ctx.push(i, end, PiiKind::Address, Confidence::High);
            i = end;
            continue;
        }
        if let Some((start, end)) = bare_rt_rw_at(ctx, i) {
            ctx.push(start, end, PiiKind::Address, Confidence::Medium);
            i = end;
            continue;
        }
        if let Some(end) = address_cell(ctx, i) {
            ctx.push(i, end, PiiKind::Address, Confidence::Medium);
            i = end;
            continue;
        }
        i += 1;
    }
}

/// Skips a `.` glued to the token before `j`.
fn skip_dot(ctx: &Ctx, j: usize) -> usize {
    if ctx.is_punct(j, '.') && ctx.glued(j) {
        j + 1
    } else {
        j
    }
}

/// Balinese `Br.` (banjar) starting an address (`Alamat: Br. Dangin Peken No. 56`, `tinggal di
/// BR. KELOD KAUH …`): with a capital and its dot, not right after a name word, where it is
/// the Batak `br.` (boru) inside a woman's name (`Hotnida Br. Silaban`). Like a street, it
/// needs a house number or an RT/RW.
fn banjar(ctx: &Ctx, i: usize) -> bool {
    ctx.word_is(i, "br")
        && ctx.case(i) != Case::Lower
        && ctx.is_punct(i + 1, '.')
        && ctx.glued(i + 1)
        && !(i > 0
            && ctx.is_word(i - 1)
            && ctx.gap(i) != Gap::Line
            && ctx.case(i - 1) != Case::Lower)
}

fn address_at(ctx: &Ctx, i: usize) -> Option<usize> {
    if !(ctx.in_set(i, lexicon::Set::StreetDesignator) || banjar(ctx, i)) || ctx.is_used(i) {
        return None;
    }
    // An office's address under its letterhead.
    if super::contact::under_letterhead(ctx, i) {
        return None;
    }
    let hamlet = ctx.in_set(i, lexicon::Set::HamletDesignator);
    let mut j = skip_dot(ctx, i + 1);
    let mut name_words = 0;
    let mut steps = 0;
    // Right after a (nested) designator: a number is the street's name (`Gg. 3`, `Lorong 2`).
    let mut after_designator = true;
    // Street (or complex / hamlet) name, with nested designators (`Jl. Kenanga Gg. Mawar III`).
    while steps < 10 {
        steps += 1;
        if ctx.is_used(j) || matches!(ctx.gap(j), Gap::Line) {
            break;
        }
        match ctx.kind(j) {
            Some(Tk::Word) => {
                let w = ctx.s(j);
                let lw = lower(w);
                if house_marker(&lw)
                    || matches!(
                        lw.as_str(),
                        "blok"
                            | "kav"
                            | "kavling"
                            | "rt"
                            | "rw"
                            | "tower"
                            | "unit"
                            | "lt"
                            | "lantai"
                    )
                {
                    break;
                }
                if lexicon::in_list(&lw, lexicon::Set::StreetDesignator) {
                    j = skip_dot(ctx, j + 1);
                    after_designator = true;
                    continue;
                }
                // `KM 5` inside a street name (the address still needs a house number).
                if lw == "km" {
                    let n = skip_dot(ctx, j + 1);
                    if ctx.is_num(n) && name_words > 0 {
                        j = n + 1;
                        if matches!(ctx.kind(j), Some(Tk::Punct(',' | '.')))
                            && ctx.glued(j)
                            && ctx.is_num(j + 1)
                            && ctx.glued(j + 1)
                        {
                            j += 2;
                        }
                        after_designator = false;
                        continue;
                    }
                    break;
                }
                let case = word_case(w);
                // In a text with capitals, a name begun with a capital ends at a word in small
                // letters (`Jl. Pangeran Antasari dijadwalkan …`, `Jl. Sam Ratulangi arah Blok
                // M`), unless a house number follows it directly (`Gg. Kamboja ujung No. 91`);
                // and a capitalised designator is not followed by a first-person word (`Griya
                // kulo ing …` is Javanese for `my house in …`).
                if ctx.mode == Mode::Normal && case == Case::Lower {
                    let stop = lexicon::in_list(&lw, lexicon::Set::Stop);
                    let ends = if name_words == 0 {
                        ctx.in_set(j, lexicon::Set::FirstPerson) && ctx.case(i) != Case::Lower
                    } else {
                        // (The first word of the name, past nested designators.)
                        (skip_dot(ctx, i + 1)..j)
                            .find(|&k| {
                                ctx.is_word(k) && !ctx.in_set(k, lexicon::Set::StreetDesignator)
                            })
                            .is_some_and(|k| ctx.case(k) != Case::Lower)
                            && (stop
                                || house_part(ctx, j + 1).is_none() && rt_rw(ctx, j + 1).is_none())
                    };
                    if ends {
                        break;
                    }
                }
                // An area word or (in small letters) a common word ends the name, unless a
                // house number, block or RT follows within a few words: `Gg. Kamboja Ujung No.
                // 91`, `jl. raya bogor no. 21a`, `perum pondok jati blok f`.
                if (lexicon::in_list(&lw, lexicon::Set::AreaWord)
                    || case == Case::Lower && lexicon::in_list(&lw, lexicon::Set::Stop))
                    && (hard_area_word(&lw) || !house_ahead(ctx, j + 1))
                {
                    break;
                }
                // Abbreviations inside street names: `Jend.`, `H.`, `Dr.`, `KH.`; a longer word
                // before a dot ends a sentence (`… di Jl. Teuku Umar. Sesuai UU No. 22 …`).
                let next = j + 1;
                let dotted = ctx.is_punct(next, '.') && ctx.glued(next) && case != Case::Lower;
                let abbreviation = ctx.nchars(j) <= 3
                    || matches!(
                        lw.as_str(),
                        "jend" | "prof" | "kapt" | "brig" | "letj" | "mayj"
                    );
                name_words += 1;
                after_designator = false;
                if dotted && abbreviation {
                    j = next + 1;
                } else if dotted {
                    j += 1;
                    break;
                } else {
                    j += 1;
                }
            }
            // A hyphenated name part: `Al-Ikhlas`, `Pao-Pao`.
            Some(Tk::Punct('-'))
                if name_words > 0
                    && ctx.glued(j)
                    && ctx.is_word(j + 1)
                    && ctx.glued(j + 1)
                    && !ctx.is_used(j + 1) =>
            {
                j += 2;
            }
            Some(Tk::Num) if name_words > 0 || !hamlet => {
                // A number inside the name (`Jl. 17 Agustus`, `Gg. Mawar 3 No. 5`): only when a
                // capitalised word or a house marker follows.
                let next = j + 1;
                let named = ctx.is_word(next)
                    && ctx.gap(next) == Gap::Space
                    && ctx.case(next) != Case::Lower
                    && !ctx.in_set(next, lexicon::Set::AreaWord)
                    // `Gg. Pelita 5 No. 38`, `Tahap 3 Blok AA-19`, `GANG SAWO 2 NO.120`.
                    || ctx.gap(next) == Gap::Space && house_part(ctx, next).is_some();
                if after_designator && name_words > 0 && ctx.s(j).len() <= 3 && !ctx.glued(j) {
                    j += 1;
                    after_designator = false;
                } else if named && !ctx.word_is(next, "RT") && !ctx.word_is(next, "RW") {
                    j = next;
                } else {
                    break;
                }
            }
            _ => break,
        }
    }
    if name_words == 0 {
        return None;
    }
    // A comma between the street or complex and its block or house number (`Perumahan Citra
    // Garden 2, Blok K3/18`).
    let street_end = if ctx.is_punct(j, ',') && house_part(ctx, j + 1).is_some() {
        j + 1
    } else {
        j
    };
    // House number, block, lot.
    let mut end = None;
    let mut k = street_end;
    if let Some(h) = house_part(ctx, k) {
        end = Some(h);
        k = h;
    } else if ctx.is_num(k) && ctx.gap(k) == Gap::Space && ctx.s(k).len() <= 4 {
        // A bare number right after the street counts only when RT/RW follows, or where the
        // text says someone lives there and the number ends the street (`tinggal di Jl. Sentosa
        // 17, Kelurahan …`, `beralamat di Jl. Nangka 1, …`).
        let after = house_number_end(ctx, k);
        let lives = cue_before_rt_rw(ctx, i, false) || home_before(ctx, i);
        let ends = after >= ctx.toks.len()
            || ctx.gap(after) == Gap::Line
            || matches!(ctx.kind(after), Some(Tk::Punct(',' | '.' | ';' | ')')))
            || ctx.in_set(after, lexicon::Set::AreaLevel);
        if rt_rw(ctx, after).is_some() || lives && ends {
            end = Some(after);
            k = after;
            // The block or house number after a comma (`Perumahan Citra Garden 2, Blok K3/18`).
            if let Some(h) = house_part(ctx, k + 1).filter(|_| ctx.is_punct(k, ',')) {
                end = Some(h);
                k = h;
            }
        }
    }
    if let Some(r) = rt_rw(ctx, k) {
        // The house number after the RT/RW: `gang Pinang rt 13 rw 04 no 34B`.
        end = Some(
            house_part(ctx, r)
                .filter(|_| ctx.gap(r) == Gap::Space)
                .unwrap_or(r),
        );
    } else if let Some(r) = rt_rw_next_line(ctx, k).filter(|_| cue_before_rt_rw(ctx, i, false)) {
        end = Some(r);
    }
    if end.is_none() && hamlet && (home_before(ctx, i) || cue_before_rt_rw(ctx, i, false)) {
        // `rumah kami di Jorong Koto Tuo`, `Alamat: DSN. NGAGLIK`: the hamlet where a person's
        // house is, in capitals.
        let mut k = skip_dot(ctx, i + 1);
        let first = k;
        // In capitals (all capitals after a designator in them), or in a text without any, in
        // small letters.
        let case = if ctx.mode == Mode::Lower {
            Case::Lower
        } else if ctx.case(i) == Case::Upper {
            Case::Upper
        } else {
            Case::Title
        };
        let mut words = 0;
        while words < 3
            && ctx.is_word(k)
            && !ctx.is_used(k)
            && ctx.gap(k) == Gap::Space
            && ctx.case(k) == case
            && !ctx.in_set(k, lexicon::Set::AreaWord)
            && !(case == Case::Lower && ctx.in_set(k, lexicon::Set::Stop))
        {
            words += 1;
            k += 1;
            // An abbreviation inside the name, when the name goes on: `Dusun Tgk. Dilhok`.
            if ctx.nchars(k - 1) <= 3
                && ctx.is_punct(k, '.')
                && ctx.glued(k)
                && ctx.is_word(k + 1)
                && ctx.gap(k + 1) == Gap::Space
                && ctx.case(k + 1) == case
                && !ctx.in_set(k + 1, lexicon::Set::Stop)
            {
                k += 1;
            }
        }
        if k > first {
            end = Some(k);
        }
    }
    end
}

/// Area words that always end a street name: the area levels and the parts of an address that
/// follow the name.
fn hard_area_word(lw: &str) -> bool {
    lexicon::word_flags(lw) & (lexicon::Set::AreaLevel.bit() | lexicon::Set::StreetEnd.bit()) != 0
}

/// Whether a house number, a block or an RT comes within four tokens from `j` on the same line,
/// past words and numbers only (the street name goes on to it).
fn house_ahead(ctx: &Ctx, j: usize) -> bool {
    (j..j + 4)
        .take_while(|&k| {
            !ctx.is_used(k)
                && ctx.gap(k) != Gap::Line
                && (ctx.is_word(k) || ctx.is_num(k) || ctx.is_punct(k, '.') && ctx.glued(k))
        })
        .any(|k| ctx.is_word(k) && (house_part(ctx, k).is_some() || rt_rw(ctx, k).is_some()))
}

/// Whether a hamlet designator at `i` says where a person lives: after `rumah (kami|saya|nya)
/// di`, `tinggal di`, `warga`, or `dari` right after the person (`saya dari`, `ambo [PERSON]
/// dari`).
fn home_before(ctx: &Ctx, i: usize) -> bool {
    let Some(prev) = i.checked_sub(1) else {
        return false;
    };
    if ctx.word_is(prev, "warga") {
        return true;
    }
    if ctx.word_is(prev, "dari") {
        return prev.checked_sub(1).is_some_and(|p| {
            ctx.kind(p) == Some(Tk::Placeholder)
                || ctx.is_word(p) && matches!(lower(ctx.s(p)).as_str(), "saya" | "kami" | "sy")
        });
    }
    if i < 2 || !ctx.word_is(prev, "di") {
        return false;
    }
    let mut p = i - 2;
    if ctx.word_is(p, "tinggal") || ctx.word_is(p, "berdomisili") || ctx.word_is(p, "menetap") {
        return true;
    }
    if p > 0
        && ctx.is_word(p)
        && matches!(
            lower(ctx.s(p)).as_str(),
            "kami" | "saya" | "sayah" | "sy" | "kita" | "mereka"
        )
    {
        p -= 1;
    }
    ctx.word_is(p, "rumah") || ctx.word_is(p, "rumahnya") || ctx.word_is(p, "rumahku")
}

/// `No. 12`, `No.164`, `nomor 209`, `No. 8/28`, `No. 12A`, `Blok C2 No. 15`, `Kav. 5`, `Kavling
/// B-24`, `Blok H Lt. 2 No. 119`, `Tower D Unit 2302`; returns the token after it.
fn house_part(ctx: &Ctx, k: usize) -> Option<usize> {
    if ctx.is_used(k) || !ctx.is_word(k) {
        return None;
    }
    let w = lower(ctx.s(k));
    if house_or_lot(&w) {
        let mut n = skip_dot(ctx, k + 1);
        if ctx.is_punct(n, ':') {
            n += 1;
        }
        if matches!(ctx.gap(n), Gap::Line | Gap::Wide) || ctx.is_used(n) {
            return None;
        }
        // A lot's or unit's id may lead with its letter: `Kavling B-24`, `Unit A-12`.
        if w != "no"
            && ctx.is_word(n)
            && ctx.nchars(n) <= 2
            && ctx.s(n).bytes().all(|b| b.is_ascii_uppercase())
            && ctx.is_punct(n + 1, '-')
            && ctx.glued(n + 1)
            && ctx.is_num(n + 2)
            && ctx.glued(n + 2)
        {
            return Some(n + 3);
        }
        if !ctx.is_num(n) {
            return None;
        }
        return Some(house_number_end(ctx, n));
    }
    if w == "blok" || w == "tower" {
        let b = k + 1;
        if ctx.gap(b) != Gap::Space {
            return None;
        }
        // Block id: letters and/or digits, possibly `C-2`.
        // In small letters only a short id (`blok f`, `blok m20`, `blok bb-15`).
        let mut e = match ctx.kind(b) {
            Some(Tk::Word)
                if ctx.s(b).len() <= 3 && ctx.case(b) != Case::Lower
                    || ctx.s(b).len() <= 2 && ctx.s(b).bytes().all(|c| c.is_ascii_lowercase()) =>
            {
                b + 1
            }
            Some(Tk::Num) if ctx.s(b).len() <= 4 => b + 1,
            _ => return None,
        };
        while e < b + 4 && ctx.glued(e) {
            match ctx.kind(e) {
                Some(Tk::Num) => e += 1,
                Some(Tk::Word) if ctx.s(e).len() <= 2 => e += 1,
                Some(Tk::Punct('-' | '/'))
                    if ctx.glued(e + 1) && matches!(ctx.kind(e + 1), Some(Tk::Num | Tk::Word)) =>
                {
                    e += 2
                }
                _ => break,
            }
        }
        // Optional `No. 15` or `Kav. 24` after the block (directly or after a comma), past a
        // floor (`Blok H Lt. 2 No. 119`).
        let mut n = e;
        if ctx.is_punct(n, ',') && ctx.glued(n) {
            n += 1;
        }
        if ctx.word_is(n, "lt") || ctx.word_is(n, "lantai") {
            let f = skip_dot(ctx, n + 1);
            if ctx.is_num(f) && ctx.gap(f) == Gap::Space && ctx.s(f).len() <= 2 {
                n = f + 1;
            }
        }
        if let Some(h) =
            house_part(ctx, n).filter(|_| ctx.is_word(n) && house_or_lot(&lower(ctx.s(n))))
        {
            return Some(h);
        }
        // A bare house number after the block when RT/RW follows: `Blok D7 15 RT 3/5`; a
        // block number read apart from its letter before the house number: `blok g 10 nomor 3`.
        if ctx.is_num(e) && ctx.gap(e) == Gap::Space && ctx.s(e).len() <= 4 {
            let after = house_number_end(ctx, e);
            if rt_rw(ctx, after).is_some() {
                return Some(after);
            }
            if let Some(h) = house_part(ctx, after)
                .filter(|_| ctx.is_word(after) && house_marker(&lower(ctx.s(after))))
            {
                return Some(h);
            }
        }
        return Some(e);
    }
    None
}

/// A house number's marker (`No.`, `nomor`), a lot's (`Kav.`, `kavling`) or a flat's (`Unit`).
fn house_or_lot(w: &str) -> bool {
    house_marker(w) || matches!(w, "kav" | "kavling" | "unit")
}

/// The end of a house number starting at Num token `n`: `12`, `8/28`, `12A`, `12-A`.
fn house_number_end(ctx: &Ctx, n: usize) -> usize {
    let mut e = n + 1;
    if ctx.glued(e) {
        match ctx.kind(e) {
            Some(Tk::Word) if ctx.s(e).len() <= 2 => e += 1,
            Some(Tk::Punct('/' | '-'))
                if ctx.glued(e + 1)
                    && (ctx.is_num(e + 1) || (ctx.is_word(e + 1) && ctx.s(e + 1).len() <= 2)) =>
            {
                e += 2;
            }
            _ => {}
        }
    }
    e
}

/// `RT 03/RW 05`, `RT.03/RW.02`, `RT 014 RW 005`, `RT 14/4`, `RT/RW 03/05`, `RT03`, `RW 05`,
/// optionally after a comma; returns the token after it.
pub(crate) fn rt_rw(ctx: &Ctx, k: usize) -> Option<usize> {
    rt_rw_from(ctx, k, false)
}

/// The RT/RW of a form's address that goes on at the next line (`Alamat : Jl. Kenanga No. 93,`
/// / `RT. 01 RW. 11`): one line break (no blank line) before it, indented or not.
fn rt_rw_next_line(ctx: &Ctx, k: usize) -> Option<usize> {
    let mut k = k;
    if ctx.is_punct(k, ',') && ctx.glued(k) {
        k += 1;
    }
    if k == 0 || k >= ctx.toks.len() {
        return None;
    }
    let one_break = ctx.gap(k) == Gap::Line && ctx.gap_text(k).matches('\n').count() == 1;
    // A field of its own (`RT/RW : 011/007` under `Alamat : …` on a KTP) is not the address's
    // second line.
    let own_field = (k + 1..k + 5).any(|j| ctx.is_punct(j, ':'));
    if one_break && !own_field {
        rt_rw_from(ctx, k, true)
    } else {
        None
    }
}

fn rt_rw_from(ctx: &Ctx, k: usize, new_line: bool) -> Option<usize> {
    let mut k = k;
    if ctx.is_punct(k, ',') && ctx.glued(k) && matches!(ctx.gap(k + 1), Gap::Space | Gap::None) {
        k += 1;
    }
    if ctx.is_used(k) || (!new_line && matches!(ctx.gap(k), Gap::Line)) {
        return None;
    }
    // Voice dictation spells them as they sound: `erte 4 erwe 1`.
    let is_rt = ctx.word_is(k, "RT") || ctx.word_is(k, "erte");
    let is_rw = ctx.word_is(k, "RW") || ctx.word_is(k, "erwe");
    if !is_rt && !is_rw {
        return None;
    }
    // `RT/RW 03/05`
    if is_rt && ctx.is_punct(k + 1, '/') && ctx.word_is(k + 2, "RW") {
        let mut n = k + 3;
        if ctx.is_punct(n, ':') || ctx.is_punct(n, '.') {
            n += 1;
        }
        if !ctx.is_num(n) {
            return None;
        }
        let mut e = n + 1;
        if matches!(ctx.kind(e), Some(Tk::Punct('/' | '-')))
            && ctx.is_num(e + 1)
            && ctx.gap(e + 1) != Gap::Line
        {
            e += 2;
        }
        return Some(e);
    }
    let number_after = |w: usize| -> Option<usize> {
        let mut n = w + 1;
        if (ctx.is_punct(n, '.') || ctx.is_punct(n, ':')) && ctx.glued(n) {
            n += 1;
        }
        (ctx.is_num(n) && matches!(ctx.gap(n), Gap::None | Gap::Space) && ctx.s(n).len() <= 3)
            .then_some(n + 1)
    };
    let mut e = number_after(k)?;
    if is_rw {
        return Some(e);
    }
    // After RT: `/RW 05`, ` RW 05`, ` / RW 05`, `/05`, `, RW 05`.
    let mut m = e;
    if ctx.is_punct(m, '/') || (ctx.is_punct(m, ',') && ctx.glued(m)) {
        if ctx.is_num(m + 1) && ctx.glued(m + 1) && ctx.s(m + 1).len() <= 3 {
            return Some(m + 2);
        }
        m += 1;
    }
    if (ctx.word_is(m, "RW") || ctx.word_is(m, "erwe")) && !matches!(ctx.gap(m), Gap::Line) {
        if let Some(r) = number_after(m) {
            e = r;
        }
    }
    Some(e)
}

/// A cell under a table's address column that is only an RT/RW (`RT 1 RW 13`, `RT.04/RW.03`) or
/// only its two numbers (`002/008` under `RT/RW`): where that row's person lives.
fn address_cell(ctx: &Ctx, i: usize) -> Option<usize> {
    if !ctx.cell_of(i, Column::Address) || ctx.is_used(i) {
        return None;
    }
    let end = ctx.cell_end(i);
    let e = rt_rw(ctx, i).or_else(|| {
        let pair = ctx.is_num(i)
            && ctx.is_punct(i + 1, '/')
            && ctx.glued(i + 1)
            && ctx.is_num(i + 2)
            && ctx.glued(i + 2)
            && ctx.s(i).len() <= 3
            && ctx.s(i + 2).len() <= 3;
        pair.then_some(i + 3)
    })?;
    (e == end).then_some(e)
}

/// Whether the RT/RW at `i..e` stands as a field of its own in a line about a person (`1.
/// Norhayati – RT 12/10 – tlp …`, `Ratna – KTP … – RT.02/RW.08 – HP …`, `Sy Dwi Anggraini RT
/// 008/RW 008, air mati`): two numbers, after a separator, a wide gap or a value, with a
/// separator, a bracket or the end of the line after it, and a person's value (a name, a number)
/// in the field before it (past separators and `-`) or in the field after it. `Ketua RT 03/RW
/// 05` or `banjir di RT 04/RW 02` is no such field.
fn rt_rw_field(ctx: &Ctx, i: usize, e: usize) -> bool {
    if (i..e).filter(|&k| ctx.is_num(k)).count() < 2 {
        return false;
    }
    let sep = |k: usize| {
        matches!(
            ctx.kind(k),
            Some(Tk::Punct('–' | '—' | '-' | '/' | '|' | ',' | ';'))
        )
    };
    let after = e >= ctx.toks.len()
        || matches!(ctx.gap(e), Gap::Line | Gap::Wide)
        || sep(e)
        || ctx.is_punct(e, '(')
        || ctx.is_punct(e, '.') && !ctx.glued(e + 1);
    if !after {
        return false;
    }
    // A field: after a separator, a wide gap or a value (`[PERSON] RT 08/RW 08`), not after a
    // word (`Ketua RT 05/RW 03`).
    let field = i > 0
        && (ctx.gap(i) == Gap::Wide || sep(i - 1) || ctx.kind(i - 1) == Some(Tk::Placeholder));
    if !field {
        return false;
    }
    // A person's value in the field after it (`RT 12/10 – tlp [PHONE]`).
    if sep(e)
        && (e + 1..e + 4).any(|k| ctx.kind(k) == Some(Tk::Placeholder) && ctx.gap(k) != Gap::Line)
    {
        return true;
    }
    // Back over separators and empty fields (`-`) to the field before.
    let mut k = i;
    let mut steps = 0;
    while k > 0 && steps < 4 {
        if ctx.gap(k) == Gap::Line {
            return false;
        }
        k -= 1;
        steps += 1;
        match ctx.kind(k) {
            Some(Tk::Placeholder) => return true,
            _ if sep(k) => {}
            _ => return false,
        }
    }
    false
}

/// A bare RT/RW right after "alamat (saya)", "tinggal di", "domisili", "beralamat di".
fn bare_rt_rw_at(ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
    if !["RT", "RW", "erte", "erwe"]
        .iter()
        .any(|w| ctx.word_is(i, w))
    {
        return None;
    }
    if let Some(value) = rt_rw_under_address(ctx, i) {
        return Some(value);
    }
    let end = rt_rw(ctx, i)?;
    (cue_before_rt_rw(ctx, i, true) || rt_rw_field(ctx, i, end)).then_some((i, end))
}

/// A KTP's or a form's own `RT/RW` field on the line under its `Alamat` field (`Alamat : JL.
/// PINANG NO. 96` / `RT/RW : 014/007`, OCR's stray marks before either allowed): the numbers,
/// without their label, are where the holder lives.
fn rt_rw_under_address(ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
    // The line's first word, past one stray mark (`• RT/RW`, `| RT/RW`).
    let line_start = |k: usize| {
        ctx.gap(k) == Gap::Line
            || k == 0
            || k >= 1 && !ctx.is_word(k - 1) && !ctx.is_num(k - 1) && ctx.gap(k - 1) == Gap::Line
    };
    let label = ctx.word_is(i, "RT") && ctx.is_punct(i + 1, '/') && ctx.word_is(i + 2, "RW");
    if !(label && line_start(i)) {
        return None;
    }
    let mut v = i + 3;
    if !ctx.is_punct(v, ':') {
        return None;
    }
    v += 1;
    if !(ctx.is_num(v)
        && ctx.is_punct(v + 1, '/')
        && ctx.glued(v + 1)
        && ctx.is_num(v + 2)
        && ctx.glued(v + 2))
    {
        return None;
    }
    // The line above opens with `Alamat` (at most 40 tokens back).
    let mut k = if ctx.gap(i) == Gap::Line { i } else { i - 1 };
    let mut steps = 0;
    loop {
        if k == 0 || steps == 40 {
            return None;
        }
        k -= 1;
        steps += 1;
        if ctx.gap(k) == Gap::Line || k == 0 {
            break;
        }
    }
    // (Past one stray mark: `~ AIamat : …`.)
    let first = if ctx.is_word(k) { k } else { k + 1 };
    ctx.word_is(first, "alamat").then_some((v, v + 3))
}

/// Whether "alamat (saya)", "tinggal di", "domisili" or "beralamat di" comes just before the
/// RT/RW (or the address) at `i`, looking back over `:`, `di`, `saya`. `rumah` counts too, for a
/// `bare` RT/RW only with a first-person word after it (`rumah saya di RT 03`).
fn cue_before_rt_rw(ctx: &Ctx, i: usize, bare: bool) -> bool {
    let mut j = i;
    let mut steps = 0;
    // A first-person word between (`rumah saya di RT 03`, not `atap rumah di RT 02`).
    let mut whose = false;
    while j > 0 && steps < 4 {
        j -= 1;
        steps += 1;
        let t = ctx.s(j);
        if matches!(ctx.kind(j), Some(Tk::Punct(':' | '-'))) {
            continue;
        }
        if !ctx.is_word(j) {
            return false;
        }
        let lw = lower(t);
        match lw.as_str() {
            // Which address it is: `alamat KTP`, `alamat sekarang`, `alamat sesuai KTP`.
            "ktp" | "sekarang" | "sesuai" | "asal" | "lama" | "terkini" => continue,
            "di" | "kami" | "rumah" | "lengkap" | "domisili" | "beralamat" => {
                if matches!(lw.as_str(), "domisili" | "beralamat") {
                    break;
                }
                if lw == "di"
                    && j > 0
                    && (ctx.word_is(j - 1, "tinggal") || ctx.word_is(j - 1, "berdomisili"))
                {
                    break;
                }
                if lw == "rumah" {
                    // `rumah saya di RT 03`; a bare RT/RW after `rumah` only with its owner
                    // (`alamat rumah di RT 03`, not `atap rumah di RT 02`).
                    if bare && !whose && !(j > 0 && ctx.word_is(j - 1, "alamat")) {
                        return false;
                    }
                    break;
                }
                whose |= lw == "kami";
                continue;
            }
            "alamat" | "alamatnya" | "almt" | "tinggal" | "berdomisili" => break,
            _ if ctx.in_set(j, lexicon::Set::FirstPerson) => {
                whose = true;
                continue;
            }
            _ => return false,
        }
    }
    j < i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn addr(text: &str) -> Vec<&str> {
        let mut ctx = Ctx::new(text);
        addresses(&mut ctx);
        ctx.cands.iter().map(|c| &text[c.start..c.end]).collect()
    }

    #[test]
    fn street_forms() {
        assert_eq!(
            addr("di Jl. Merdeka No. 12 RT 03/RW 05, Kel. X"),
            ["Jl. Merdeka No. 12 RT 03/RW 05"]
        );
        assert_eq!(
            addr("Perum Griya Asri Blok C2 No. 15 Bekasi"),
            ["Perum Griya Asri Blok C2 No. 15"]
        );
        assert_eq!(
            addr("tinggal di Kompleks Bumi Indah Blok A3 Kav. 19, Kelurahan Wajo"),
            ["Kompleks Bumi Indah Blok A3 Kav. 19"]
        );
        // A form's address whose RT/RW goes on at the next line; not after a blank line, and
        // not without the form's `Alamat`.
        assert_eq!(
            addr("Alamat : Jl. Kenanga Gg. Kelinci No.93,\n\tRT. 01 RW. 11, Nagari Balingka"),
            ["Jl. Kenanga Gg. Kelinci No.93,\n\tRT. 01 RW. 11"]
        );
        assert_eq!(
            addr("Almt : Dusun Sidomulyo\nRT 13 RW 08, Desa Bona"),
            ["Dusun Sidomulyo\nRT 13 RW 08"]
        );
        assert_eq!(
            addr("Alamat: Jl. Kenanga No.93\n\nRT 01 RW 11 banjir"),
            ["Jl. Kenanga No.93"]
        );
        assert_eq!(
            addr("Sampah di Jl. Kenanga No.93\nRT 05 diam saja"),
            ["Jl. Kenanga No.93"]
        );
        assert_eq!(
            addr("Dusun Krajan RT 02 RW 01, Desa X"),
            ["Dusun Krajan RT 02 RW 01"]
        );
        assert_eq!(
            addr("tinggal di Jl. Kenanga Gg. Mawar III No. 7, RT 002 RW 011, Kel. Sukajadi"),
            ["Jl. Kenanga Gg. Mawar III No. 7, RT 002 RW 011"]
        );
        assert_eq!(
            addr("Jl. Ki Hajar Dewantara No.164, Kel. Wonosari"),
            ["Jl. Ki Hajar Dewantara No.164"]
        );
        assert_eq!(
            addr("Jl. Ki Hajar Dewantara Gang Swadaya No. 8/28 RT 14/4, nomor"),
            ["Jl. Ki Hajar Dewantara Gang Swadaya No. 8/28 RT 14/4"]
        );
        assert_eq!(addr("RT/RW 03/05"), Vec::<&str>::new());
        assert_eq!(addr("alamat saya RT 03/RW 05"), ["RT 03/RW 05"]);
        assert_eq!(addr("tinggal di RT 02 RW 01"), ["RT 02 RW 01"]);
        assert_eq!(
            addr("jalan rusak di Jl. Raya Bogor km 32"),
            Vec::<&str>::new()
        );
        assert_eq!(
            addr("lampu mati di sepanjang Jl. Diponegoro."),
            Vec::<&str>::new()
        );
        assert_eq!(addr("warga RT 04 mengeluh"), Vec::<&str>::new());
    }
}
