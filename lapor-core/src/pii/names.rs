//! Person names: after cues ("nama saya", "bernama", "a.n.", "Pelapor:", honorifics, "ayah
//! saya", "Saya"), before a contact value ("Budi Santoso, 0812…"), Balinese / Bugis / Butonese
//! name particles, every further mention of a name found, and names the caller added.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::kind::{Confidence, PiiKind};
use super::lexicon::{self, Cue};
use super::scan::{word_case, Case, Ctx, Mode};
use super::table::Column;
use super::token::{Gap, Tk};

/// Which capitalisations a name word may have after a given cue.
#[derive(Debug, Clone, Copy)]
struct Allow {
    title: bool,
    upper: bool,
    lower: bool,
    /// Also reject ALL-CAPS words that look like inflected verbs or are very short (for the
    /// weak "saya" cue in texts without case information). Never restricts Title words, so a
    /// text's mode never makes a rule stricter than in ordinary text.
    strict: bool,
}

const TITLE: Allow = Allow {
    title: true,
    upper: false,
    lower: false,
    strict: false,
};
const CAPITALS: Allow = Allow {
    title: true,
    upper: true,
    lower: false,
    strict: false,
};
const ANY: Allow = Allow {
    title: true,
    upper: true,
    lower: true,
    strict: false,
};

/// How a name was introduced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NameCue {
    /// "nama (saya)", "bernama", "a.n.", "atas nama", "Pelapor:", "Identitas saya:".
    Strong,
    /// Bapak, Ibu, Pak, Bu, Sdr., H., dr. … (and a role after it: "Pak RT").
    Honorific,
    /// "ayah saya", "tetangga saya", "anaknya".
    Kin,
    /// "Saya" followed by a capitalised word.
    Saya,
    /// A role or occupation right before the name: `Kepala Desa X`, `Lurah X`, `sopir X`,
    /// `oknum X`, `ketua rt (X)`, `pemilik akun itu X`, `yg dipanggil X`.
    Role,
}

/// `w` in lower case, borrowed when it already is (most words), so the scan rarely allocates.
fn lower_owned(w: &str) -> std::borrow::Cow<'_, str> {
    if w.bytes().any(|b| b.is_ascii_uppercase()) || !w.is_ascii() {
        std::borrow::Cow::Owned(w.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(w)
    }
}

/// Lower-case words that look like inflected Indonesian verbs or nouns, not names.
fn looks_affixed(lw: &str) -> bool {
    let n = lw.chars().count();
    lw.ends_with("kan")
        || lw.ends_with("nya")
        || (n > 6
            && [
                "mem", "men", "meng", "meny", "ber", "ter", "per", "pen", "pem", "peng",
            ]
            .iter()
            .any(|p| lw.starts_with(p)))
        || (n > 5 && lw.starts_with("di") && (lw.ends_with('i') || lw.ends_with("an")))
        // Passive verbs: `di` and a consonant (`dicoret`, `ditolak`, `dipukul`).
        || (n >= 7
            && lw.starts_with("di")
            && lw[2..].starts_with(|c: char| c.is_ascii_alphabetic() && !"aeiouy".contains(c)))
}

/// Whether word `k` sits inside a code joined by slashes on both sides, with no space: a court
/// case or letter number (`1351/Pdt.Sus-PHI/2019/PN`, `470/KUA.12/III/2024`). At most four
/// glued tokens each way are looked at.
fn in_code(ctx: &Ctx, k: usize) -> bool {
    if !(ctx.glued(k) && ctx.glued(k + 1)) {
        return false;
    }
    let slash_left = (1..=4)
        .take_while(|&d| k >= d && ctx.glued(k + 1 - d))
        .any(|d| ctx.is_punct(k - d, '/'));
    let slash_right = (1..=4)
        .take_while(|&d| ctx.glued(k + d))
        .any(|d| ctx.is_punct(k + d, '/'));
    slash_left && slash_right
}

/// Whether token `k` can be a (non-particle) name word under `allow`.
fn name_word(ctx: &Ctx, k: usize, allow: Allow) -> bool {
    if !ctx.is_word(k) || ctx.is_used(k) || in_code(ctx, k) {
        return false;
    }
    let w = ctx.s(k);
    let n = ctx.nchars(k);
    if n < 2 || ctx.in_set(k, lexicon::Set::Stop) || ctx.in_set(k, lexicon::Set::Honorific) {
        return false;
    }
    // A province, regency or city, or an area word (`Simpang`, `Ujung`), unless it is also a
    // known name word.
    if (ctx.in_set(k, lexicon::Set::Place) || ctx.in_set(k, lexicon::Set::AreaWord))
        && !ctx.in_set(k, lexicon::Set::GivenName)
        && !ctx.in_set(k, lexicon::Set::Surname)
    {
        return false;
    }
    if ctx.cue_word(k)
        // `saya`, `kula`, `tiang`; but Bugis `Ambo` is a given name (Minang `ambo` is `saya`).
        || (ctx.in_set(k, lexicon::Set::FirstPerson)
            && !ctx.in_set(k, lexicon::Set::GivenName)
            && !(ctx.case(k) != Case::Lower && ctx.word_is(k, "ambo")))
    {
        return false;
    }
    let case = ctx.case(k);
    let ok = match case {
        Case::Title => allow.title,
        Case::Upper => allow.upper,
        Case::Lower => allow.lower && n >= 3 && !looks_affixed(&lower_owned(w)),
    };
    // A name's ending (`PERMATASARI`, `PERWITASARI`, `PRASETYANINGSIH`) outweighs a prefix
    // that looks like an affix.
    let known = ctx.in_set(k, lexicon::Set::GivenName)
        || ctx.in_set(k, lexicon::Set::Surname)
        || case == Case::Upper && n >= 7 && {
            let l = lower_owned(w);
            has_name_ending(&l) || l.ends_with("sari")
        };
    ok && !(allow.strict && case == Case::Upper && n < 3)
        // In capitals an inflected word (`DICORET`, `DIUCAPKAN`, `PEMBAYARAN`) is no name.
        && !(case == Case::Upper && !known && looks_affixed(&lower_owned(w)))
        && !(allow.strict && case == Case::Upper && !known && looks_affixed(&lower_owned(w)))
        // Passive verbs (`diteror`, `dipukuli`) where capitals say nothing.
        && !(allow.strict && case != Case::Title && n >= 7 && lower_owned(w).starts_with("di"))
}

/// Whether token `k` is a role word that an area word can qualify (`kepala desa`, `wali nagari`,
/// `bidan desa`).
pub(crate) fn role_word(ctx: &Ctx, k: usize) -> bool {
    ctx.in_set(k, lexicon::Set::RoleHead) || ctx.in_set(k, lexicon::Set::RoleWord)
}

/// A role or occupation with `-nya` (`Pengemudinya`, `Mandornya`, `petugasnya`): it introduces
/// a name and is never part of one.
pub(crate) fn role_nya(lw: &str) -> bool {
    lw.strip_suffix("nya").is_some_and(|s| {
        s.len() >= 3
            && (lexicon::in_list(s, lexicon::Set::PersonNoun)
                || lexicon::in_list(s, lexicon::Set::Role)
                || role_head(s))
    })
}

/// Whether token `k` is a stop word that is also a name part (`Cucu`, `Mei`, `Tua`), in
/// capitals and followed by a further name word: `Lim Mei Ling`, `Maruli Tua Sihombing`.
fn name_too(ctx: &Ctx, k: usize, allow: Allow) -> bool {
    ctx.in_set(k, lexicon::Set::NameToo)
        && !ctx.is_used(k)
        && matches!(ctx.case(k), Case::Title | Case::Upper)
        && case_ok(ctx, k, allow)
        && ctx.gap(k + 1) == Gap::Space
        && name_word(ctx, k + 1, allow)
}

fn case_ok(ctx: &Ctx, k: usize, allow: Allow) -> bool {
    match ctx.case(k) {
        Case::Title => allow.title,
        Case::Upper => allow.upper || ctx.nchars(k) == 1,
        Case::Lower => allow.lower,
    }
}

/// A two-word name particle starting at `k` (`Ni Luh`, `Ida Bagus`, `Anak Agung`, `I Gusti`,
/// `La Ode`, `Wa Ode`); returns the token after it.
fn particle_pair(ctx: &Ctx, k: usize, allow: Allow) -> Option<usize> {
    // Buton's and Muna's `Wa` (women) and `La` (men) before a given name: `Wa Nurhayati`, `La
    // Tani`; written with its capital, before a capitalised word known as a name's or known as
    // nothing (not `WA 0812…`; a foreign `La` before an unknown word reads as a name too).
    if matches!(ctx.s(k), "Wa" | "La")
        && ctx.gap(k + 1) == Gap::Space
        && ctx.is_word(k + 1)
        && !ctx.is_used(k)
        && !ctx.is_used(k + 1)
        && ctx.case(k + 1) == Case::Title
        && ctx.nchars(k + 1) >= 3
        && !ctx.word_is(k + 1, "ode")
        && (lex_known(ctx, k + 1) || ctx.info.get(k + 1).is_some_and(|f| f.flags == 0))
    {
        return Some(k + 1);
    }
    // Every particle's first word has at most 4 letters, its second at most 6.
    if ctx.nchars(k) > 4
        || ctx.nchars(k + 1) > 6
        || !ctx.is_word(k)
        || !ctx.is_word(k + 1)
        || ctx.gap(k + 1) != Gap::Space
    {
        return None;
    }
    if ctx.is_used(k)
        || ctx.is_used(k + 1)
        || !case_ok(ctx, k, allow)
        || !case_ok(ctx, k + 1, allow)
    {
        return None;
    }
    let a = lower_owned(ctx.s(k));
    let b = lower_owned(ctx.s(k + 1));
    let pair = match &*a {
        "ni" | "i" => ctx.in_set(k + 1, lexicon::Set::BirthOrder),
        "ida" => matches!(&*b, "bagus" | "ayu"),
        "anak" => b == "agung",
        "la" | "wa" => b == "ode",
        "cut" => b == "nyak",
        _ => false,
    };
    pair.then_some(
        // `Anak Agung Istri`, the title of a noblewoman, is one particle.
        if (a.as_ref(), b.as_ref()) == ("anak", "agung")
            && ctx.word_is(k + 2, "istri")
            && ctx.gap(k + 2) == Gap::Space
            && case_ok(ctx, k + 2, allow)
            && ctx.is_word(k + 3)
            && ctx.gap(k + 3) == Gap::Space
            && matches!(ctx.case(k + 3), Case::Title | Case::Upper)
        {
            k + 3
        } else {
            k + 2
        },
    )
}

/// The start of the name words right before an inner title at `i` (`Abd. Rahman` before
/// `Daeng`), in ordinary text.
fn name_before_inner_title(ctx: &Ctx, i: usize) -> Option<usize> {
    if ctx.mode != Mode::Normal
        || ctx.case(i) != Case::Title
        || !ctx.in_set(i, lexicon::Set::InnerTitle)
        || ctx.gap(i) != Gap::Space
        || i == 0
        || !name_word(ctx, i - 1, TITLE)
    {
        return None;
    }
    let mut a = i - 1;
    for _ in 0..3 {
        if ctx.gap(a) != Gap::Space || a == 0 {
            break;
        }
        if name_word(ctx, a - 1, TITLE) && !ctx.in_set(a - 1, lexicon::Set::PlaceBeforeName) {
            a -= 1;
        } else if a >= 2
            && ctx.is_punct(a - 1, '.')
            && ctx.glued(a - 1)
            && ctx.in_set(a - 2, lexicon::Set::NameAbbrev)
        {
            a -= 2;
        } else {
            break;
        }
    }
    (!place_before(ctx, a)).then_some(a)
}

/// Titles written inside a name (between two name words): Bugis `Daeng`, Minang `Datuak`,
/// `Datuk`, `Malin`, `Sutan`, `Marah`, `Bagindo`.
fn inner_title(lw: &str) -> bool {
    lexicon::in_list(lw, lexicon::Set::InnerTitle)
}

/// Common Chinese-Indonesian family names that keep their own spelling in a full name.
fn chinese_surname(lw: &str) -> bool {
    lexicon::in_list(lw, lexicon::Set::ChineseSurname)
}

/// Collects name words from token `j`; returns the token range of the name.
fn collect(ctx: &Ctx, j: usize, allow: Allow, max_words: usize) -> Option<(usize, usize)> {
    let mut k = j;
    let mut words = 0;
    let mut end = None;
    while words < max_words {
        if k != j && !matches!(ctx.gap(k), Gap::Space | Gap::Wide) {
            break;
        }
        if !ctx.is_word(k) || ctx.is_used(k) {
            break;
        }
        // A tab or a wide run of spaces sets off a table's or a signature block's next cell
        // (`Partini        Suparmi`, `La Ode Hamirudin<TAB>Katobu`); two spaces are a typo.
        if k != j && ctx.wide_break(k) {
            break;
        }
        // In text with capitals, a name that opens with a capital goes on only in capitals:
        // `atas nama Merry Tahapary dibuat`, `jenengku Rubiyem durung dadi`.
        if words > 0
            && ctx.mode == Mode::Normal
            && ctx.case(j) != Case::Lower
            && ctx.case(k) == Case::Lower
            && !lexicon::in_list(&lower_owned(ctx.s(k)), lexicon::Set::NameParticleLower)
        {
            break;
        }
        if let Some(n) = particle_pair(ctx, k, allow) {
            // A two-word particle counts as one word ("Ni Luh Putu Ayu Lestari").
            k = n;
            words += 1;
            end = Some(n);
            // The name after a particle may be a word that elsewhere is an honorific (`Anak
            // Agung Istri Mas`, `Ida Ayu Mas`).
            if ctx.is_word(k)
                && !ctx.is_used(k)
                && ctx.gap(k) == Gap::Space
                && ctx.nchars(k) >= 2
                && ctx.case(k) == Case::Title
                && ctx.in_set(k, lexicon::Set::Honorific)
                && !name_word(ctx, k, allow)
            {
                k += 1;
                words += 1;
                end = Some(k);
            }
            continue;
        }
        // A degree after the name without a comma: `Obet Kambu M.H.`.
        if words > 0 && degree_at(ctx, k) {
            break;
        }
        let w = ctx.s(k);
        let lw = lower_owned(w);
        let dot = ctx.is_punct(k + 1, '.') && ctx.glued(k + 1);
        // Abbreviated parts (`Muh.`, `Abd.`, `St.`, initials `M.`) and `br.` need a name after them.
        if dot {
            let abbrev = (lexicon::in_list(&lw, lexicon::Set::NameAbbrev)
                && case_ok(ctx, k, allow))
                || (w.chars().count() == 1 && w.chars().all(char::is_uppercase));
            let particle = words > 0 && lexicon::in_list(&lw, lexicon::Set::NameParticleLower);
            if (abbrev || particle)
                && matches!(ctx.gap(k + 2), Gap::Space | Gap::None)
                && name_word(ctx, k + 2, allow)
            {
                k += 2;
                words += 1;
                continue;
            }
        }
        // `bin`, `binti`, `boru` between two name words.
        if words > 0
            && word_case(w) == Case::Lower
            && lexicon::in_list(&lw, lexicon::Set::NameParticleLower)
            && ctx.gap(k + 1) == Gap::Space
            && name_word(ctx, k + 1, allow)
        {
            k += 1;
            words += 1;
            continue;
        }
        // Titles written inside a name, between two name words: Bugis `Daeng`, Minang `Datuak`,
        // `Malin`, `Sutan` (`Abd. Rahman Daeng Situju`, `Syafrudin Malin Kayo`).
        if words > 0
            && matches!(ctx.case(k), Case::Title | Case::Upper)
            && case_ok(ctx, k, allow)
            && inner_title(&lw)
            && ctx.gap(k + 1) == Gap::Space
            && name_word(ctx, k + 1, allow)
        {
            k += 1;
            words += 1;
            continue;
        }
        // A Chinese-Indonesian family name and the two short given syllables after it (`Tan Kok
        // Liang`, `Ong Tjing Hwa`): the syllables may be stop words (`Kok`, `Lie`).
        if words == 0 && chinese_surname(&lw) && case_ok(ctx, k, allow) {
            let syllable = |q: usize| {
                ctx.is_word(q)
                    && !ctx.is_used(q)
                    && ctx.gap(q) == Gap::Space
                    && (2..=5).contains(&ctx.nchars(q))
                    && ctx.case(q) == ctx.case(k)
                    && !ctx.in_set(q, lexicon::Set::Honorific)
                    && !ctx.in_set(q, lexicon::Set::Kin)
                    && !ctx.in_set(q, lexicon::Set::Role)
            };
            if syllable(k + 1) && syllable(k + 2) && (ctx.case(k) != Case::Lower || allow.lower) {
                k += 3;
                words += 3;
                end = Some(k);
                continue;
            }
        }
        // An Arabic family name with its article: `Al-Jufri`, `El-Hamid`, `As-Segaf`.
        if matches!(&*lw, "al" | "el" | "as" | "ash" | "ad" | "ar" | "at")
            && ctx.is_punct(k + 1, '-')
            && ctx.glued(k + 1)
            && ctx.glued(k + 2)
            && case_ok(ctx, k, allow)
            && name_word(ctx, k + 2, allow)
        {
            k += 3;
            words += 1;
            end = Some(k);
            continue;
        }
        // Sasak `Lalu` / `Baiq` and Balinese `Cokorda` (`Cokorda Istri`) lead a name; `Lalu` is
        // also `then`, so only as the first word and before a name word.
        if words == 0
            && matches!(ctx.case(k), Case::Title | Case::Upper)
            && matches!(&*lw, "lalu" | "baiq" | "cokorda")
            && ctx.gap(k + 1) == Gap::Space
        {
            let next =
                if lw == "cokorda" && ctx.word_is(k + 1, "istri") && ctx.gap(k + 2) == Gap::Space {
                    k + 2
                } else {
                    k + 1
                };
            if name_word(ctx, next, allow) && !ctx.word_is(next, "lintas") {
                k = next;
                words += 1;
                continue;
            }
        }
        // Balinese `I` before a name.
        if w == "I" && ctx.gap(k + 1) == Gap::Space && name_word(ctx, k + 1, TITLE) {
            k += 1;
            words += 1;
            continue;
        }
        if name_word(ctx, k, allow) || name_too(ctx, k, allow) {
            k += 1;
            // A hyphenated part: a marga said twice (`Karo-karo`, `Perangin-angin`) or a
            // second name word (`Nur-Aini`).
            if ctx.is_punct(k, '-') && ctx.glued(k) && ctx.glued(k + 1) && ctx.is_word(k + 1) {
                let (a, b) = (lower_owned(ctx.s(k - 1)), lower_owned(ctx.s(k + 1)));
                let twice = ctx.case(k + 1) == Case::Lower && b.len() >= 3 && a.ends_with(&*b);
                if (twice || name_word(ctx, k + 1, allow)) && !ctx.is_used(k + 1) {
                    k += 2;
                }
            }
            words += 1;
            end = Some(k);
            continue;
        }
        break;
    }
    // An initial after the name: `Billy L.`, `Wagiman H.` (`Sigit P., sedang`).
    if let Some(e) = end.filter(|_| words < max_words) {
        let initial = ctx.gap(e) == Gap::Space
            && ctx.nchars(e) == 1
            && !ctx.is_used(e)
            && ctx.s(e).chars().all(char::is_uppercase)
            && ctx.s(e) != "I"
            && ctx.is_punct(e + 1, '.')
            && ctx.glued(e + 1)
            // Not a degree (`S.Pd`).
            && !(ctx.glued(e + 2) && ctx.is_word(e + 2));
        if initial {
            end = Some(e + 2);
        }
    }
    end.map(|e| (j, e))
}

/// The name cue ending at token `i`: the cue and the token where the name starts.
fn cue_at(ctx: &Ctx, i: usize) -> Option<(NameCue, usize)> {
    // Pictographs between the cue and the name are passed over (`a.n. 📌 Yosias`).
    cue_word_at(ctx, i).map(|(cue, mut start)| {
        let stop = start + 3;
        while start < stop && ctx.is_sign(start) {
            start += 1;
        }
        (cue, start)
    })
}

fn cue_word_at(ctx: &Ctx, i: usize) -> Option<(NameCue, usize)> {
    if !ctx.is_word(i) {
        return None;
    }
    // Every cue is a short ASCII word: others (most of a text's words) end here without
    // lower-casing into a new string.
    let mut buf = [0u8; 24];
    let w = lexicon::lower(ctx.s(i), &mut buf)?;
    // A speaker's label in a transcript introduces a turn, not a name; a form's repeated `Nama:`
    // (two people in one form) still introduces a name.
    if ctx.info.get(i).is_some_and(|f| f.speaker)
        && !matches!(
            w,
            "nama" | "name" | "nami" | "namo" | "jeneng" | "identitas"
        )
    {
        return None;
    }
    // Also the quotes of a JSON export's key and value (`"name": "X"`), and an opening curly
    // quote before a capital, or in a text without capitals (`a.n. “Cut Mauliza”`; not
    // `Signature: “melayani dengan hati”`).
    let skip_punct = |mut j: usize| {
        while (matches!(
            ctx.kind(j),
            Some(Tk::Punct(':' | '-' | '\u{2013}' | '"' | '='))
        ) || matches!(ctx.kind(j), Some(Tk::Punct('\u{201c}' | '\u{2018}')))
            && (ctx.mode != Mode::Normal || ctx.case(j + 1) != Case::Lower))
            && j < i + 6
        {
            j += 1;
        }
        j
    };
    match w {
        _ if ctx.in_set(i, lexicon::Set::NameWord) => {
            if w == "nama" && i > 0 && ctx.word_is(i - 1, "ganti") {
                return None;
            }
            // Bare initials are how newspapers keep a name out (`berinisial RH`, `R.H.`).
            if w == "berinisial"
                && (ctx.nchars(i + 1) == 1
                    || ctx.case(i + 1) == Case::Upper && ctx.nchars(i + 1) <= 3)
            {
                return None;
            }
            // The name of a business, product or place is no person's name.
            if ctx.in_set(i + 1, lexicon::Set::Business) {
                return None;
            }
            let mut j = i + 1;
            // "nama saya", "nama lengkap", "nama anak saya", "Nama Pelapor:".
            for _ in 0..3 {
                let lj = lower_owned(ctx.s(j));
                if ctx.is_word(j)
                    && (ctx.in_set(j, lexicon::Set::FirstPerson)
                        || matches!(
                            &*lj,
                            "lengkap"
                                | "asli"
                                | "pelapor"
                                | "terlapor"
                                | "panggilan"
                                | "is"
                                | "dada"
                        )
                        || (ctx.in_set(j, lexicon::Set::Kin)
                            && (ctx.word_is(j + 1, "saya") || ctx.case(j) == Case::Lower))
                        || (ctx.case(j) == Case::Lower
                            && ctx.word_where(j, |w| {
                                role_head(w) || lexicon::in_list(w, lexicon::Set::PersonNoun)
                            })))
                {
                    j += 1;
                } else {
                    break;
                }
            }
            // Whose name it is, or as written where: `Nama di paspor: X`, `Nama KK X`, `Nama
            // wajib pajak X`, `nama sesuai KTP: X`; only before a colon or a capital.
            let mut q = j;
            while q < j + 3 && ctx.is_word(q) && ctx.in_set(q, lexicon::Set::NameWhose) {
                q += 1;
            }
            if q > j && (ctx.is_punct(q, ':') || ctx.case(q) != Case::Lower) {
                j = q;
            }
            // `atas nama saya, Nurhidayah.`: a comma after `nama saya`, then the name.
            let j = if j > i + 1
                && ctx.is_punct(j, ',')
                && ctx.in_set(j - 1, lexicon::Set::FirstPerson)
                && ctx.case(j + 1) == Case::Title
            {
                j + 1
            } else {
                j
            };
            // A note on which name it is, before the colon: `Nama (sesuai KTP) : X`, `Name (as in
            // ID): X`.
            let j = if ctx.is_punct(j, '(') {
                (j + 2..j + 8)
                    .take_while(|&k| ctx.gap(k) != Gap::Line)
                    .find(|&k| ctx.is_punct(k, ')'))
                    .filter(|&c| ctx.is_punct(c + 1, ':'))
                    .map_or(j, |c| c + 2)
            } else {
                j
            };
            let j = skip_punct(j);
            // A key-value row with a pipe (`Name | X`), not a table's header (`No | Nama |
            // Alamat`): no other pipe on the line.
            let j = if ctx.is_punct(j, '|')
                && !(j + 1..j + 12)
                    .take_while(|&k| k < ctx.toks.len() && ctx.gap(k) != Gap::Line)
                    .any(|k| ctx.is_punct(k, '|'))
            {
                j + 1
            } else {
                j
            };
            let j = if ctx.word_is(j, "adalah") || ctx.word_is(j, "yaitu") {
                j + 1
            } else {
                j
            };
            // `pelapor (Agustina) sudah dihubungi`: the name in brackets, closed within four
            // tokens.
            let j = if j == i + 1
                && ctx.is_punct(j, '(')
                && ctx.case(j + 1) == Case::Title
                && (j + 2..j + 6).any(|k| ctx.is_punct(k, ')'))
            {
                j + 1
            } else {
                j
            };
            Some((NameCue::Strong, j))
        }
        // `Yang bertanda tangan di bawah ini X,` (a name right after it, also on the next
        // line; a form's `Nama :` after it has its own cue).
        "ini" if i >= 2 && ctx.word_is(i - 1, "bawah") && ctx.word_is(i - 2, "di") => {
            let j = if ctx.is_punct(i + 1, ',') || ctx.is_punct(i + 1, ':') {
                i + 2
            } else {
                i + 1
            };
            // The name starts with a capital (`surat kuasa di bawah ini dianggap …` names no
            // one).
            (ctx.case(j) != Case::Lower).then_some((NameCue::Strong, j))
        }
        "identitas" if ctx.word_is(i + 1, "saya") || ctx.word_is(i + 1, "pelapor") => {
            Some((NameCue::Strong, skip_punct(i + 2)))
        }
        // a.n. / an. / a/n
        "a" if (ctx.is_punct(i + 1, '.') || ctx.is_punct(i + 1, '/'))
            && ctx.word_is(i + 2, "n")
            && ctx.glued(i + 1)
            && ctx.glued(i + 2) =>
        {
            let j = if ctx.is_punct(i + 3, '.') {
                i + 4
            } else {
                i + 3
            };
            Some((NameCue::Strong, skip_punct(j)))
        }
        "an" if ctx.is_punct(i + 1, '.') && ctx.glued(i + 1) => {
            Some((NameCue::Strong, skip_punct(i + 2)))
        }
        // English `I am X` (`I'm X` is a first-person word).
        "am" if i > 0 && ctx.s(i - 1) == "I" && ctx.gap(i) == Gap::Space => {
            Some((NameCue::Saya, i + 1))
        }
        // The article `si` before a person: `Itu si Odang Suhendar memang begitu`.
        "si" if ctx.case(i) == Case::Lower
            && ctx.gap(i + 1) == Gap::Space
            && ctx.case(i + 1) == Case::Title =>
        {
            Some((NameCue::Kin, i + 1))
        }
        // A child by birth order: `Si bungsu Paini yang lahir …`, `si sulung Rudi`.
        "si" if ["bungsu", "sulung"].iter().any(|w| ctx.word_is(i + 1, w))
            && ctx.gap(i + 2) == Gap::Space
            && ctx.case(i + 2) == Case::Title =>
        {
            Some((NameCue::Kin, i + 2))
        }
        // A party named in a form's or a statement's field: `Saksi: Entis.`, `Saksi mata:
        // Suwarno`, `Penerima: HOTMAN PURBA.`, `Pemesan: …`; in capitals only.
        "saksi" | "penerima" | "pemesan" | "korban" | "pelaku" => {
            let colon = if ctx.word_is(i + 1, "mata") {
                i + 2
            } else {
                i + 1
            };
            (ctx.is_punct(colon, ':') && ctx.gap(colon + 1) == Gap::Space)
                .then_some((NameCue::Kin, colon + 1))
        }
        // `DC yang mengaku Sarmin menghubungi …` (not `mengaku dari bank`).
        "mengaku" if ctx.gap(i + 1) == Gap::Space && ctx.case(i + 1) == Case::Title => {
            Some((NameCue::Saya, i + 1))
        }
        // A name someone goes by: `memperkenalkan diri sebagai X`, `menandatangani sebagai X`,
        // `mengaku sebagai X`, `gave his name as X`, `signed as X`.
        "sebagai" | "as"
            if ctx.gap(i + 1) == Gap::Space
                && ctx.prev_word(i).is_some_and(|p| {
                    [
                        "diri",
                        "menandatangani",
                        "mengaku",
                        "name",
                        "signed",
                        "introduced",
                    ]
                    .iter()
                    .any(|w| ctx.word_is(p, w))
                        || ["himself", "herself", "dirinya"]
                            .iter()
                            .any(|w| ctx.word_is(p, w))
                }) =>
        {
            Some((NameCue::Saya, i + 1))
        }
        // A nickname after a name: `Rojali alias Ucok`, `Sarmili als. Bogel`.
        "alias" | "als"
            if ctx.case(i) == Case::Lower
                && i > 0
                && (ctx.is_used(i - 1) || ctx.case(i - 1) == Case::Title) =>
        {
            let j = if ctx.is_punct(i + 1, '.') {
                i + 2
            } else {
                i + 1
            };
            Some((NameCue::Saya, j))
        }
        // `rek 0123… an budi`: `an` without its dot right after a number.
        "an" if i > 0
            && matches!(ctx.kind(i - 1), Some(Tk::Num | Tk::Placeholder))
            && ctx.gap(i + 1) == Gap::Space =>
        {
            Some((NameCue::Strong, i + 1))
        }
        // `ibu saya, X`; regional `budak abdi, X`, `meme tiang, X`, `uma ulun, X`.
        _ if (matches!(w, "saya" | "sayah" | "sy" | "aku" | "kami" | "ku")
            || ctx.in_set(i, lexicon::Set::FirstPerson))
            && i > 0
            && ctx
                .prev_word(i)
                .is_some_and(|p| ctx.in_set(p, lexicon::Set::Kin)) =>
        {
            // `ibu sy (Paulina Kakisina)`, `ibu sy (dyah wagiyem)`: the name alone in brackets,
            // in any case, or first in them (`Nenek saya (Cut Zahara, 1 September 1954)`).
            if ctx.is_punct(i + 1, '(') {
                let close = (i + 2..i + 9).find(|&k| !ctx.is_word(k) || ctx.is_used(k));
                return close
                    .filter(|&c| c > i + 2 && (ctx.is_punct(c, ')') || ctx.is_punct(c, ',')))
                    .map(|_| (NameCue::Strong, i + 2));
            }
            let mut j = if ctx.is_punct(i + 1, ',') {
                i + 2
            } else {
                i + 1
            };
            // An honorific after it: `Kakek saya H. X`.
            if ctx.in_set(j, lexicon::Set::Honorific) && !ctx.in_set(j, lexicon::Set::Role) {
                j += 1;
                if ctx.is_punct(j, '.') && ctx.glued(j) {
                    j += 1;
                }
            }
            Some((NameCue::Kin, j))
        }
        // `saya sendiri X`; Javanese `kula`; English `I'm`.
        // Papuan and eastern `sa` (= saya), only where capitals say where the name is.
        "sa" if ctx.mode != Mode::Normal => None,
        // Regional `saya`: Javanese `kulo`, Sundanese `abdi`, Balinese `tiang`, Banjar `ulun`,
        // eastern `beta`, Betawi `gue` / `ane` / `aye`, Minang `ambo`.
        // Minang `ambo` in small letters only (`Ambo` is a Bugis given name).
        "ambo" if ctx.case(i) != Case::Lower => None,
        _ if ctx.in_set(i, lexicon::Set::FirstPerson) => {
            // `saya sendiri X`, Sundanese `abdi teh X`, `kulo ini X`; Madurese `sengko'` ends in
            // its glottal stop.
            let j = if ["sendiri", "teh", "ini"]
                .iter()
                .any(|w| ctx.word_is(i + 1, w))
                || matches!(ctx.kind(i + 1), Some(Tk::Punct('\'' | '\u{2019}'))) && ctx.glued(i + 1)
            {
                i + 2
            } else {
                i + 1
            };
            Some((NameCue::Saya, j))
        }
        // `anaknya, X`, `mamaku, X`, eastern `kita pe mama, X`, `beta pung ana X`.
        _ if (w.ends_with("nya")
            && (ctx.in_set(i, lexicon::Set::Kin)
                || w.strip_suffix("nya")
                    .is_some_and(|k| lexicon::in_list(k, lexicon::Set::Kin))))
            || (ctx.is_punct(i + 1, ',')
                && ctx.case(i) != Case::Upper
                && (w
                    .strip_suffix("ku")
                    .is_some_and(|k| lexicon::in_list(k, lexicon::Set::Kin))
                    || ctx.in_set(i, lexicon::Set::Kin)
                        && ctx.prev_word(i).is_some_and(|p| {
                            ctx.word_is(p, "pe") || ctx.word_is(p, "pu") || ctx.word_is(p, "pung")
                        }))) =>
        {
            // "Yang lapor anaknya, Afrizal, HP …"
            let j = if ctx.is_punct(i + 1, ',') {
                i + 2
            } else {
                i + 1
            };
            Some((NameCue::Kin, j))
        }
        // A child or grandchild by birth order: `anak ke-1 Muzakir (lahir …)`, `anak ke 2
        // Sugeng`, `anak pertama saya Rudi`, `cucu kedua, Intan`.
        _ if ctx.in_set(i, lexicon::Set::Kin) && birth_order(ctx, i + 1).is_some() => {
            birth_order(ctx, i + 1).map(|j| (NameCue::Kin, j))
        }
        // A kin word right before a capitalised name in ordinary text: `suami Liem Tjoe Hok`,
        // `adikku Parmi`, Papuan `Mama X` / `Bapa X`, Minang `mamak X`.
        _ if ctx.mode == Mode::Normal
            && ctx.case(i) != Case::Upper
            && (ctx.in_set(i, lexicon::Set::Kin)
                || w == "mamak"
                || kin_ku(w))
            && !ctx.in_set(i, lexicon::Set::Honorific)
            && ctx.gap(i + 1) == Gap::Space
            && ctx.case(i + 1) == Case::Title
            && particle_pair(ctx, i, ANY).is_none()
            // `Putri Handayani`, `Cucu Suryani`: the kin word is the name's first part.
            && !(ctx.case(i) == Case::Title && ctx.in_set(i, lexicon::Set::NameToo))
            && !ctx.in_set(i + 1, lexicon::Set::Role)
            && !ctx.in_set(i + 1, lexicon::Set::RoleHead)
            && !(i > 0 && ctx.in_set(i - 1, lexicon::Set::PlaceBeforeName)) =>
        {
            Some((NameCue::Kin, i + 1))
        }
        _ if role_head(w) => role_cue(ctx, i, w),
        _ if role_nya(w) => {
            let mut j = i + 1;
            if ctx.is_punct(j, ',') || ctx.is_punct(j, ':') || ctx.is_punct(j, '(') {
                j += 1;
            }
            // A rank or honorific after it: `Penyidiknya Aipda X`.
            if ctx.in_set(j, lexicon::Set::Honorific) {
                j += 1;
                if ctx.is_punct(j, '.') && ctx.glued(j) {
                    j += 1;
                }
            }
            Some((NameCue::Role, j))
        }
        _ if ctx.in_set(i, lexicon::Set::Honorific) => {
            // `Mas` inside a capitalised run is a word of a business's name: `PT Bumi Mas
            // Insani`, `Toko Mas Sinar`.
            if w == "mas"
                && ctx.gap(i) == Gap::Space
                && ctx.prev_word(i).is_some_and(|p| {
                    p + 1 == i
                        && matches!(ctx.case(p), Case::Title | Case::Upper)
                        && !ctx.in_set(p, lexicon::Set::Stop)
                        && !ctx.in_set(p, lexicon::Set::Kin)
                        && !ctx.in_set(p, lexicon::Set::Role)
                })
            {
                return None;
            }
            let single = w.chars().count() == 1;
            let dot = ctx.is_punct(i + 1, '.') && ctx.glued(i + 1);
            if single && !dot {
                return None;
            }
            // `dr` without a dot in SMS style is `dari` (`dr batam`, `antri dr subuh`).
            if w == "dr" && !dot && ctx.mode == Mode::Lower {
                return None;
            }
            // Reduplicated plurals: `ibu-ibu`, `bapak-bapak`.
            let dash = |k: usize| ctx.is_punct(k, '-') && ctx.glued(k);
            if (i > 0 && dash(i - 1) && ctx.glued(i)) || (dash(i + 1) && ctx.glued(i + 2)) {
                return None;
            }
            // Not a place named after a person: `Jl. Dr. Sutomo`, `RSUP Dr. Sardjito`, past
            // the titles before this one (`Jl. Ir. H. Juanda`, `Jl. K.H. Wahid Hasyim`).
            // (`rumah Pak X` is X's house.)
            // (A full word's dot ends its sentence: `dibawa ke puskesmas. dr. X memberi …`.)
            if let Some(p) = word_before_titles(ctx, i) {
                if ctx.in_set(p, lexicon::Set::PlaceBeforeName)
                    && !ctx.word_is(p, "rumah")
                    && !(ctx.is_punct(p + 1, '.') && ctx.nchars(p) > 4)
                {
                    return None;
                }
            }
            let mut j = if dot { i + 2 } else { i + 1 };
            // Further honorifics and roles: `Bapak H. Ahmad`, `Pak RT Joko`, `Bu Lurah Sri`.
            for _ in 0..4 {
                if ctx.in_set(j, lexicon::Set::Honorific) && !ctx.in_set(j, lexicon::Set::Role) {
                    let single = ctx.nchars(j) == 1;
                    if ctx.is_punct(j + 1, '.') && ctx.glued(j + 1) {
                        j += 2;
                    } else if single {
                        break;
                    } else {
                        j += 1;
                    }
                } else if ctx.in_set(j, lexicon::Set::Role) {
                    // After a territorial role the next word is usually the territory
                    // ("Bapak Bupati Palu", "Bu Camat Coblong"); a known given name is the
                    // person. After a village's own officials with an honorific, a capitalised
                    // word is the official's name ("Pak Kadus Togar", "Bu Lurah Arniati", "Pak
                    // Carik Tris": 42 of 42 in the development corpora), unless it is a known
                    // region; a village's name ("Pak Kades Sukamaju") is taken too, since
                    // named officials are personal data and a place over-redacted loses less
                    // than a name leaked.
                    if ctx.in_set(j, lexicon::Set::TerritorialRole) {
                        let k = j + 1;
                        let village = matches!(
                            &*lower_owned(ctx.s(j)),
                            "lurah" | "kades" | "kadus" | "carik" | "sekdes" | "kasun" | "kepling"
                        );
                        let name = lex_known(ctx, k)
                            || (village
                                && ctx.is_word(k)
                                && ctx.case(k) != Case::Lower
                                && !ctx.in_set(k, lexicon::Set::Place)
                                && !ctx.in_set(k, lexicon::Set::Stop)
                                && !ctx.in_set(k, lexicon::Set::AreaWord)
                                && !ctx.in_set(k, lexicon::Set::AreaLevel));
                        return name.then_some((NameCue::Role, k));
                    }
                    j += 1;
                    if ctx.is_punct(j, '.') && ctx.glued(j) {
                        j += 1;
                    }
                    if ctx.is_num(j) && ctx.s(j).len() <= 3 {
                        j += 1;
                    }
                } else {
                    break;
                }
            }
            Some((NameCue::Honorific, j))
        }
        _ => None,
    }
}

/// Role and occupation words that introduce a name directly (`Lurah X`, `sopir X`).
fn role_head(w: &str) -> bool {
    lexicon::in_list(w, lexicon::Set::RoleHead)
}

/// The name start after a role word at `i` (`w` in lower case): skips the role's qualifiers
/// (`Kepala Desa`, `ketua rt 03 (`, `driver ojol`, `pemilik akun itu`, `Pelaksana lapangan
/// Bpk.`).
fn role_cue(ctx: &Ctx, i: usize, w: &str) -> Option<(NameCue, usize)> {
    // After an honorific the honorific rule decides (`Pak Kades X`, `Bapak Bupati Palu`).
    if ctx
        .prev_word(i)
        .is_some_and(|p| ctx.in_set(p, lexicon::Set::Honorific))
    {
        return None;
    }
    // The role of an institution named after a person: `Direktur RSUP Dr. Hasan Sadikin`.
    if (ctx.in_set(i + 1, lexicon::Set::PlaceBeforeName)
        || ctx.in_set(i + 1, lexicon::Set::Business))
        && ["dr", "ir", "prof", "kh"]
            .iter()
            .any(|t| ctx.word_is(i + 2, t))
    {
        return None;
    }
    let mut j = i + 1;
    // Space-separated words: one string each, not arrays (their pointers do not compress).
    let qualifiers: &str = match w {
        "kepala" => {
            "desa keluarga dusun lingkungan sekolah seksi bidang bagian kampung lorong ruangan \
            unit tukang"
        }
        "bendahara" | "bidan" | "operator" => {
            "desa kelurahan sekolah pns puskesmas koperasi panitia"
        }
        "ketua" => "koperasi komite yayasan rt rw kelompok pokja pkk panitia lingkungan",
        "sopir" | "supir" | "driver" | "pengemudi" | "kurir" => {
            "ojol ojek online angkot truk bus travel taksi grab gojek maxim ambulans mobil \
            pribadi paket ninja jne jnt sicepat anteraja tiki"
        }
        "pelaksana" | "pengawas" | "petugas" | "staf" | "staff" | "penagih" => {
            "lapangan proyek kebersihan parkir loket pajak pln pdam dukcapil bpjs tu"
        }
        "pemilik" => "akun toko warung usaha rumah kos kontrakan lahan",
        "tukang" => "parkir ojek bangunan sayur sampah kebun becak las pos",
        "juru" => "parkir bayar tulis bicara masak sita ukur kunci",
        "dokter" => "jaga umum gigi spesialis anak kandungan",
        "wali" => "nagari kelas murid santri jorong",
        "kaur" | "kasi" | "kabid" | "kadis" => {
            "kesra keuangan umum pemerintahan perencanaan pembangunan pelayanan trantib ekbang \
            pemberdayaan kesejahteraan tu sosial pendidikan kesehatan perizinan pendaftaran \
            datin"
        }
        "kelian" => "banjar adat dinas desa",
        "guru" => "bk les honorer ngaji agama kelas olahraga privat",
        "collector" => {
            if !(i > 0 && ctx.word_is(i - 1, "debt")) {
                return None;
            }
            ""
        }
        _ => "",
    };
    if !qualifiers.is_empty() {
        let mut buf = [0u8; 24];
        let q = lexicon::lower(ctx.s(j), &mut buf);
        if ctx.is_word(j) && q.is_some_and(|q| qualifiers.split_whitespace().any(|x| x == q)) {
            j += 1;
            // A section's head: its section's name often comes first (`Kepala Seksi Binadik`,
            // `Kepala Bidang Pendidikan`), so only a name the lexicons know is the head's.
            if w == "kepala"
                && q.is_some_and(|q| matches!(q, "seksi" | "bidang" | "bagian"))
                && !(ctx.in_set(j, lexicon::Set::GivenName) || ctx.in_set(j, lexicon::Set::Surname))
            {
                return None;
            }
        } else if matches!(
            w,
            "kepala" | "ketua" | "tukang" | "wali" | "kaur" | "kasi" | "kabid" | "juru"
        ) {
            // `kepala` / `ketua` alone is no role.
            if !(ctx.mode == Mode::Normal && generic_qualifier(ctx, j, false)) {
                return None;
            }
            j += 1;
        }
        if ctx.is_num(j) && ctx.s(j).len() <= 3 {
            j += 1;
        }
        if w == "pemilik" && (ctx.word_is(j, "itu") || ctx.word_is(j, "ini")) {
            j += 1;
        }
    }
    // SMS `-nya` written apart: `kepsek nya X`; a possessive: `klien kami X`, `sopir saya X`.
    if ctx.word_is(j, "nya") || ctx.word_is(j, "kami") || ctx.word_is(j, "saya") {
        j += 1;
    }
    // In ordinary text, up to two words that say where the person works before a capitalised
    // name: `Petugas imigrasi bandara X`, `Staf dinas X`, `Pegawai BPN X`, `Petugas Kemenag X`.
    if ctx.mode == Mode::Normal {
        // Staff (not a head, whose office is often followed by its place: `Kepala Puskesmas
        // Syiah Kuala`).
        let staff = matches!(
            w,
            "petugas"
                | "staf"
                | "staff"
                | "pegawai"
                | "oknum"
                | "pelaksana"
                | "pengawas"
                | "penagih"
                | "operator"
                | "satpam"
        );
        for _ in 0..2 {
            if generic_qualifier(ctx, j, staff) {
                j += 1;
            } else {
                break;
            }
        }
    }
    // An acronym after the role: `Oknum ASN X`, `Bidan PNS X`, `guru PNS x` (a name in small
    // letters is then checked by `lower_name`).
    if ctx.mode != Mode::Upper
        && ctx.is_word(j)
        && ctx.case(j) == Case::Upper
        && ctx.nchars(j) <= 4
        && ctx.is_word(j + 1)
        && ctx.case(j + 1) != Case::Upper
    {
        j += 1;
    }
    // An honorific after the role: `Pelaksana lapangan Bpk. Dwi`, `Sekdes Kak Cucu`.
    if ctx.in_set(j, lexicon::Set::Honorific) && !ctx.in_set(j, lexicon::Set::Role) {
        j += 1;
        if ctx.is_punct(j, '.') && ctx.glued(j) {
            j += 1;
        }
    }
    if ctx.is_punct(j, '(') || ctx.is_punct(j, ':') {
        j += 1;
    }
    Some((NameCue::Role, j))
}

/// Whether token `j` (after a role word, in ordinary text) qualifies the role rather than starts
/// the name: a lower-case word or a short acronym (`imigrasi`, `BPN`), or a capitalised word
/// that is no known given name, when a capitalised known given name follows it (`Kemenag`
/// before `Muhammad`).
fn generic_qualifier(ctx: &Ctx, j: usize, staff: bool) -> bool {
    if !ctx.is_word(j)
        || ctx.gap(j) == Gap::Line
        || !ctx.is_word(j + 1)
        || !matches!(ctx.gap(j + 1), Gap::Space)
        || ctx.case(j + 1) != Case::Title
        || ctx.in_set(j, lexicon::Set::Honorific)
    {
        return false;
    }
    match ctx.case(j) {
        Case::Lower => {
            let known_next = ctx.in_set(j + 1, lexicon::Set::GivenName)
                || particle_pair(ctx, j + 1, TITLE).is_some();
            ctx.nchars(j) >= 2
                && (!ctx.in_set(j, lexicon::Set::Stop)
                    || ctx.in_set(j, lexicon::Set::Office)
                    || ctx.in_set(j, lexicon::Set::Role)
                    // A workplace (`pasar`, `bandara`, `bank`) before a known given name.
                    || (known_next
                        && (ctx.in_set(j, lexicon::Set::PlaceBeforeName) || ctx.cue_word(j))))
                && (known_next || !ctx.in_set(j + 1, lexicon::Set::Stop))
        }
        Case::Upper => (2..=5).contains(&ctx.nchars(j)) && !ctx.in_set(j + 1, lexicon::Set::Stop),
        // `BRILink`, `KemenPAN`: a brand or an office, not a name.
        Case::Title if camel(ctx.s(j)) => true,
        // An office before a known given name (not before its place: `Puskesmas Sidomulyo`),
        // or, after a staff role, before two capitalised words of a name (`petugas Dishub
        // Marihot Silaban`; a department such as `Dinas Pendidikan` is then no name for the
        // role rule, and an area's office such as `Kelurahan Tanjung Rejo` is a place).
        Case::Title => {
            ctx.in_set(j, lexicon::Set::Office)
                && !ctx.in_set(j, lexicon::Set::GivenName)
                && (ctx.in_set(j + 1, lexicon::Set::GivenName)
                    || staff
                        && !ctx.in_set(j, lexicon::Set::AreaWord)
                        && !ctx.in_set(j, lexicon::Set::AreaLevel)
                        && ctx.case(j + 2) == Case::Title
                        && ctx.gap(j + 2) == Gap::Space
                        && ![j + 1, j + 2].iter().any(|&k| {
                            ctx.in_set(k, lexicon::Set::Stop)
                                || ctx.in_set(k, lexicon::Set::Office)
                                || ctx.in_set(k, lexicon::Set::AreaWord)
                        }))
        }
    }
}

/// A word whose first two letters are capitals and that has small letters (`BRILink`).
fn camel(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 3
        && b[0].is_ascii_uppercase()
        && b[1].is_ascii_uppercase()
        && b.iter().any(u8::is_ascii_lowercase)
}

/// A department or service named by an affixed noun (`Pendaftaran`, `Pelayanan`, `Kesehatan`):
/// after `Kepala Seksi` it is no name.
fn department_noun(ctx: &Ctx, k: usize) -> bool {
    let mut buf = [0u8; 24];
    ctx.nchars(k) >= 8
        && lexicon::lower(ctx.s(k), &mut buf).is_some_and(|l| {
            l.ends_with("an")
                && ["pe", "ke", "pem", "pen", "per"]
                    .iter()
                    .any(|p| l.starts_with(p))
        })
}

/// Whether token `p` is a territorial role (`Lurah`, `Camat`) or ends one (`Kepala Desa`).
fn territorial_at(ctx: &Ctx, p: usize) -> bool {
    ctx.in_set(p, lexicon::Set::TerritorialRole)
        || (matches!(
            lower_owned(ctx.s(p)).as_ref(),
            "desa" | "dusun" | "lingkungan" | "kampung" | "lorong"
        ) && ctx.prev_word(p).is_some_and(|q| ctx.word_is(q, "kepala")))
        || (ctx.word_is(p, "nagari") || ctx.word_is(p, "jorong"))
            && ctx.prev_word(p).is_some_and(|q| ctx.word_is(q, "wali"))
}

fn allow_for(cue: NameCue, mode: Mode) -> Allow {
    match (cue, mode) {
        (NameCue::Strong, _) | (_, Mode::Lower) => ANY,
        (NameCue::Honorific | NameCue::Kin, _) => CAPITALS,
        (NameCue::Saya, Mode::Normal) => TITLE,
        (NameCue::Saya, Mode::Upper) => Allow {
            strict: true,
            ..CAPITALS
        },
        (NameCue::Role, Mode::Normal) => TITLE,
        (NameCue::Role, Mode::Upper) => Allow {
            strict: true,
            ..CAPITALS
        },
    }
}

/// Whether the name at `a..b` is a chatbot's (`Saya SiLapor, asisten virtual …`, `Aku Si Jeki,
/// chatbot Pemkot`, `LAPORBot`): a program introducing itself names no person.
fn bot_persona(ctx: &Ctx, a: usize, b: usize) -> bool {
    let bot_word = |k: usize| {
        ["asisten", "chatbot", "bot", "virtual", "assistant"]
            .iter()
            .any(|w| ctx.word_is(k, w))
    };
    let named_bot = (a..b).any(|k| {
        let w = ctx.s(k);
        ctx.is_word(k) && w.len() > 3 && w.as_bytes()[w.len() - 3..].eq_ignore_ascii_case(b"bot")
    });
    named_bot || ctx.is_punct(b, ',') && bot_word(b + 1)
}

/// Whether `w` ends in `-nya` (any case).
fn ends_nya(w: &str) -> bool {
    w.len() > 3 && w.as_bytes()[w.len() - 3..].eq_ignore_ascii_case(b"nya")
}

/// A name in small letters at `start` in ordinary text (after a cue): known name words (given
/// names, family names, particles) from a known given name on; after an honorific also up to
/// three plain words that end the clause (punctuation, a line end, a value cue or a redacted
/// value after them), after a role only before a value cue or a redacted value (`oknum guru PNS
/// tiurma boru nainggolan NIP …`, `ojol aep plat …`). After `saya` or a kin word the next
/// word in small letters is usually no name (`saya catat`, `saya siap`): known names only.
fn lower_name(ctx: &Ctx, start: usize, cue: NameCue) -> Option<(usize, usize)> {
    let plain = |k: usize| {
        ctx.is_word(k)
            && !ctx.is_used(k)
            && ctx.case(k) == Case::Lower
            && ctx.nchars(k) >= 3
            && !ctx.in_set(k, lexicon::Set::Stop)
            && !ctx.in_set(k, lexicon::Set::Honorific)
            && !ctx.in_set(k, lexicon::Set::Role)
            && !ctx.in_set(k, lexicon::Set::Place)
            && !ctx.cue_word(k)
            && !looks_affixed(&lower_owned(ctx.s(k)))
            // `bentak2`: a reduplicated word.
            && !(ctx.glued(k + 1) && ctx.is_num(k + 1))
    };
    let known = |k: usize| lex_known(ctx, k) || ctx.in_set(k, lexicon::Set::NameParticleLower);
    if !plain(start) {
        return None;
    }
    if ctx.in_set(start, lexicon::Set::GivenName) {
        // After `saya` or a kin word the words that follow a known given name are its family
        // name (`sy yoga maulana`); after an honorific or a role only known name words are, as
        // the sentence goes on (`kades dimas prasetyo sombong`).
        let any = matches!(cue, NameCue::Saya | NameCue::Kin);
        let mut b = start + 1;
        while b < start + 3 && ctx.gap(b) == Gap::Space && plain(b) && (any || known(b)) {
            b += 1;
        }
        return Some((start, b));
    }
    if !matches!(cue, NameCue::Honorific | NameCue::Role) {
        // Speech written down: `ini saya jefry rondonuwu pak`, `saya rubiyem dari kel
        // sidodadi`, `nenek saya tri handayani belum …`: two or three words before a word of
        // address, a `dari` + area word or a value cue; one word if it ends like a name.
        let mut b = start;
        while b < start + 3 && (b == start || ctx.gap(b) == Gap::Space) && plain(b) {
            b += 1;
        }
        let addressed = [
            "pak", "bu", "bapak", "ibu", "mas", "mbak", "kak", "bang", "min", "admin",
        ]
        .iter()
        .any(|w| ctx.word_is(b, w))
            || ctx.word_is(b, "dari")
                && (ctx.in_set(b + 1, lexicon::Set::AreaLevel)
                    || ctx.in_set(b + 1, lexicon::Set::HamletDesignator))
            || ctx.cue_word(b);
        let enough = b >= start + 2 || has_name_ending(&lower_owned(ctx.s(start)));
        return (cue == NameCue::Saya && addressed && enough && ctx.gap(b) == Gap::Space)
            .then_some((start, b));
    }
    let mut b = start;
    while b < start + 3 && (b == start || ctx.gap(b) == Gap::Space) && plain(b) {
        b += 1;
    }
    // A value cue, or a value already found that is a number or a handle (not a name found
    // after it: `Pengelola makam Irwansyah`).
    let value_after = ctx.cue_word(b)
        || ctx.kind(b) == Some(Tk::Placeholder)
            && ctx
                .toks
                .get(b)
                .and_then(|t| ctx.text.as_bytes().get(t.start))
                .is_some_and(|c| c.is_ascii_digit() || matches!(c, b'+' | b'(' | b'@'));
    // (A `*` is what a partial mask left of a value: as the value itself was, it ends nothing.)
    let ends = ctx.gap(b) == Gap::Line
        || match ctx.kind(b) {
            None => true,
            Some(Tk::Punct(c)) => c != '*',
            _ => false,
        };
    (value_after || cue == NameCue::Honorific && ends).then_some((start, b))
}

/// The end of a form's name value wrapped onto the next line (`Nama Pelapor : Olvie` / `Wowor`
/// / `NIK : …`): the next line's one or two name words, when the line after them opens the
/// form's next field (a cue word, or a colon). `b` otherwise.
fn wrapped_name_end(ctx: &Ctx, b: usize) -> usize {
    if ctx.gap(b) != Gap::Line || !ctx.is_word(b) {
        return b;
    }
    let allow = plain_allow(ctx.mode);
    let mut e = b;
    while e < b + 2 && (e == b || ctx.gap(e) == Gap::Space) && name_word(ctx, e, allow) {
        e += 1;
    }
    let field_next = e > b
        && (e >= ctx.toks.len()
            || ctx.gap(e) == Gap::Line
                && (ctx.cue_word(e)
                    || ctx.is_punct(e, ':')
                    || ctx.in_set(e, lexicon::Set::AddressWord)
                    || ctx.word_is(e, "alamat")));
    if field_next {
        e
    } else {
        b
    }
}

/// After a kin word at `k - 1`, a birth order (`ke-1`, `ke 2`, `pertama`, `bungsu`) and an
/// optional `saya` / `kami` and comma: where the name starts, if a word follows.
fn birth_order(ctx: &Ctx, k: usize) -> Option<usize> {
    let mut j = if ctx.word_is(k, "ke") {
        let n = if ctx.is_punct(k + 1, '-') && ctx.glued(k + 1) {
            k + 2
        } else {
            k + 1
        };
        (ctx.is_num(n) && ctx.s(n).len() <= 2).then_some(n + 1)?
    } else if [
        "pertama",
        "kedua",
        "ketiga",
        "keempat",
        "kelima",
        "keenam",
        "ketujuh",
        "bungsu",
        "sulung",
        "tertua",
        "sulungnya",
        "bungsunya",
    ]
    .iter()
    .any(|w| ctx.word_is(k, w))
    {
        k + 1
    } else {
        return None;
    };
    if ctx.word_is(j, "saya") || ctx.word_is(j, "kami") || ctx.word_is(j, "sy") {
        j += 1;
    }
    if ctx.is_punct(j, ',') {
        j += 1;
    }
    (ctx.is_word(j) && matches!(ctx.gap(j), Gap::Space | Gap::Wide)).then_some(j)
}

/// A kin word with `-ku` (`mamaku`, `adikku`).
fn kin_ku(w: &str) -> bool {
    w.len() > 4
        && w.get(w.len() - 2..)
            .is_some_and(|e| e.eq_ignore_ascii_case("ku"))
        && w.get(..w.len() - 2)
            .is_some_and(|k| lexicon::in_list(k, lexicon::Set::Kin))
}

/// Finds names after cues.
fn after_cues(ctx: &mut Ctx) {
    let mut i = 0;
    while i < ctx.toks.len() {
        // Most words are no cue: the word lists say so without reading the word.
        if !ctx.is_word(i)
            || !(ctx.in_set(i, lexicon::Set::NameCue)
                || ctx.in_set(i, lexicon::Set::RoleHead)
                || ctx.in_set(i, lexicon::Set::Honorific)
                || ctx.in_set(i, lexicon::Set::Kin)
                || ends_nya(ctx.s(i))
                || kin_ku(ctx.s(i)))
        {
            i += 1;
            continue;
        }
        // `Daeng` / `Datuak` inside a name (`Abd. Rahman Daeng Situju`): the whole name from
        // the words before it, not only the words after it as after an honorific.
        if let Some(a) = name_before_inner_title(ctx, i) {
            if let Some((a, b)) = collect(ctx, a, CAPITALS, 6).filter(|&(_, b)| b > i + 1) {
                ctx.push(a, b, PiiKind::Person, Confidence::Medium);
                i = b;
                continue;
            }
        }
        let Some((cue, start)) = cue_at(ctx, i) else {
            i += 1;
            continue;
        };
        if start <= i || matches!(ctx.gap(start), Gap::Line) && cue != NameCue::Strong {
            i += 1;
            continue;
        }
        // A field left empty with a dash (`Full name: -` / `Category: …`): the next line is
        // another field, not the name.
        if matches!(ctx.gap(start), Gap::Line) && (i + 1..start).any(|k| ctx.is_dash(k)) {
            i += 1;
            continue;
        }
        let mut allow = allow_for(cue, ctx.mode);
        if matches!(cue, NameCue::Saya | NameCue::Role) && ctx.mode == Mode::Lower {
            allow.strict = true;
        }
        // `kerahasiaan pelapor dijaga`: in a text with capitals, a party's name right after
        // `pelapor` or `terlapor` starts with one.
        if cue == NameCue::Strong
            && ctx.mode == Mode::Normal
            && start == i + 1
            && ["pelapor", "terlapor", "pengadu"]
                .iter()
                .any(|w| ctx.word_is(i, w))
        {
            allow = CAPITALS;
        }
        let found = collect(ctx, start, allow, 4).filter(|&(a, b)| {
            if bot_persona(ctx, a, b) {
                return false;
            }
            match (cue, ctx.mode) {
                // After plain "Saya" in ordinary text the name starts with a capital.
                (NameCue::Saya, Mode::Normal) => ctx.case(a) == Case::Title,
                // Without case information, a single word after "saya" must end the clause
                // ("SAYA SAINEM." yes, "SAYA KIRIM SURAT" no); Title words pass as in
                // ordinary text.
                (NameCue::Saya, _) => {
                    let words = (a..b).filter(|&k| ctx.is_word(k)).count();
                    (a..b).all(|k| !ctx.is_word(k) || ctx.case(k) == Case::Title)
                        || words >= 2
                        // `sy yudi dr ternate`: a known given name; `sy rugun hp 0877…`: a
                        // contact cue after it.
                        || (ctx.mode == Mode::Lower && lex_known(ctx, a))
                        || matches!(ctx.cue_at(b), Some(Cue::Phone | Cue::Nik))
                        || ctx.gap(b) == Gap::Line
                        || matches!(
                            ctx.kind(b),
                            None | Some(Tk::Punct(',' | '.' | '(' | '!' | '?' | ';'))
                        )
                }
                // A territorial role is often followed by its territory, not a name: only in
                // ordinary text, and not "Camat Sirimau, Sdr. …" (the person comes after).
                (NameCue::Role, _) if ctx.prev_word(a).is_some_and(|p| territorial_at(ctx, p)) => {
                    let above_village = ctx.prev_word(a).is_some_and(|p| {
                        [
                            "camat", "bupati", "walikota", "gubernur", "sekcam", "kapolsek",
                            "kapolres",
                        ]
                        .iter()
                        .any(|r| ctx.word_is(p, r))
                    });
                    // A signature block's role line (`Kepala Desa Sukamaju` / a blank line / the
                    // signatory): the words after the role are its village.
                    // Or over the signature mark (`Kepala Desa Pemurus` / `(ttd)` / the name).
                    let signs = ctx.blank_line_before(b)
                        || ctx.gap(b) == Gap::Line
                            && (ctx.word_is(b, "ttd")
                                || ctx.is_punct(b, '(') && ctx.word_is(b + 1, "ttd"));
                    ctx.mode == Mode::Normal
                        // `Camat Cakung` ending a line of a letter's address or copy list
                        // (`c.q. Camat Barabai`, `Tembusan: 1. Camat Tamalate`): a territory,
                        // unless a word is known as a name's or a value follows.
                        && (!(above_village || signs)
                            || !matches!(ctx.gap(b), Gap::Line) && b < ctx.toks.len()
                            || words_of(ctx, a, b).any(|k| lex_known(ctx, k)))
                        && !(ctx.is_punct(b, ',')
                            && (ctx.in_set(b + 1, lexicon::Set::Honorific)
                                || ctx.gap(b + 1) == Gap::Space
                                    // (A name found in an earlier round is taken.)
                                    && (ctx.is_used(b + 1)
                                        || ctx.case(b + 1) == Case::Title
                                            && !ctx.in_set(b + 1, lexicon::Set::Stop))))
                        && !ctx.in_set(b, lexicon::Set::AreaLevel)
                        // In capitals, only a known given name that a stop word follows
                        // (`KEPALA DESA SUPARMAN TIDAK MAU`, not `KEPALA DESA SUKAMAJU`).
                        || ctx.mode == Mode::Upper
                            && ctx.in_set(b, lexicon::Set::Stop)
                            && words_of(ctx, a, b).all(|k| ctx.in_set(k, lexicon::Set::GivenName))
                }
                // Without case information, a name after a role ends the clause
                // ("ketua rt (mulyono) sudah", not "oknum polantas dgn nama").
                (NameCue::Role, Mode::Lower | Mode::Upper) => {
                    ctx.gap(b) == Gap::Line
                        || ctx.cue_word(b)
                        || (ctx.mode == Mode::Upper
                            && ctx.in_set(b, lexicon::Set::Stop)
                            && !ctx.in_set(b, lexicon::Set::Kin))
                        || matches!(
                            ctx.kind(b),
                            None | Some(Tk::Punct(',' | '.' | '(' | ')' | '!' | '?' | ';' | '|'))
                        )
                }
                (NameCue::Role, _) => {
                    !department_noun(ctx, a)
                        && !camel(ctx.s(a))
                        && !ctx.in_set(a, lexicon::Set::Office)
                }
                _ => true,
            }
        });
        // In ordinary text, a known given name in small letters after `saya`, a kin word or
        // a role (`sy yoga maulana`, `anak sy zaskia putri`): the words in small letters.
        // After an honorific or a role, names in small letters too (`bu mega nyuruh`, `kades
        // dimas prasetyo sombong`, `oknum satpol pp euis komariah mukul`): a known given name
        // and the known name words after it, or any words up to a clause end or a value cue.
        let found = found.or_else(|| {
            (ctx.mode == Mode::Normal
                && matches!(
                    cue,
                    NameCue::Saya | NameCue::Kin | NameCue::Honorific | NameCue::Role
                )
                && ctx.case(start) == Case::Lower)
                .then(|| lower_name(ctx, start, cue))
                .flatten()
        });
        let found = found.or_else(|| {
            (cue == NameCue::Saya)
                .then(|| self_named_before(ctx, start))
                .flatten()
        });
        match found {
            Some((a, b)) => {
                let conf = match cue {
                    NameCue::Strong | NameCue::Honorific => Confidence::High,
                    NameCue::Kin | NameCue::Saya | NameCue::Role => Confidence::Medium,
                };
                let b = if cue == NameCue::Strong {
                    wrapped_name_end(ctx, b)
                } else {
                    b
                };
                ctx.push(a, b, PiiKind::Person, conf);
                i = b;
            }
            None => i += 1,
        }
    }
}

/// The SMS 1708 format `LAPOR nama#NIK#kota#isi`: the name is the first field.
fn sms_1708(ctx: &mut Ctx) {
    let mut i = 0;
    while i + 2 < ctx.toks.len() {
        if (i == 0 || ctx.gap(i) == Gap::Line)
            && ctx.word_is(i, "lapor")
            && ctx.gap(i + 1) == Gap::Space
        {
            if let Some((a, b)) = collect(ctx, i + 1, ANY, 4) {
                if ctx.is_punct(b, '#') && ctx.glued(b) {
                    ctx.push(a, b, PiiKind::Person, Confidence::High);
                    i = b;
                }
            }
        }
        i += 1;
    }
}

/// Whether token `k` is a boundary before a name with no cue: start of text, end of a sentence,
/// a line break, a colon or an opening bracket.
fn boundary_before(ctx: &Ctx, s: usize) -> bool {
    if s == 0 || ctx.gap(s) == Gap::Line {
        return true;
    }
    match ctx.kind(s - 1) {
        // `Kec. Cakung, 0812…`: the dot of an abbreviated place word is no sentence end.
        Some(Tk::Punct('.')) => !ctx.prev_word(s).is_some_and(|p| {
            ctx.glued(s - 1)
                && (ctx.in_set(p, lexicon::Set::PlaceBeforeName)
                    || ctx.in_set(p, lexicon::Set::AreaWord)
                    || ctx.in_set(p, lexicon::Set::StreetDesignator)
                    || ctx.in_set(p, lexicon::Set::Honorific))
        }),
        Some(Tk::Punct(
            '!' | '?' | ':' | ';' | '(' | '"' | '\u{201c}' | '\n' | '-' | '\u{2013}' | '\u{2014}'
            | '|',
        )) => true,
        Some(Tk::Placeholder) => true,
        // A numbered item: `1) Name — NIK …`.
        Some(Tk::Punct(')')) => s >= 2 && ctx.is_num(s - 2) && ctx.glued(s - 1),
        Some(Tk::Word) => {
            let w = ctx.s(s - 1);
            let set = |set| ctx.in_set(s - 1, set);
            // A verb or function word before the name is fine ("hubungi Budi, 0812…"), a place
            // or institution word is not ("Desa Sukamaju, 0812…").
            (set(lexicon::Set::Stop) || ctx.cue_at(s - 1).is_some())
                && !set(lexicon::Set::PlaceBeforeName)
                && !set(lexicon::Set::Role)
                && !set(lexicon::Set::Honorific)
                && !matches!(word_case(w), Case::Title | Case::Upper)
        }
        _ => false,
    }
}

/// Names right before a contact value with no cue: `Ponimin, 0818…`, `Budi Santoso (0812…)`,
/// `Nabila, NIK 3515…`.
fn before_values(ctx: &mut Ctx) {
    // Token starts of the values found so far (and of placeholders, so that a redacted text
    // behaves like the original).
    // (token, whether the value is a date of birth, whether it is a phone number, whether it is
    // an identity number: phone, NIK, KK, NPWP, NIP or BPJS; the token after it)
    let mut anchors: Vec<(usize, bool, bool, bool, usize)> = ctx
        .cands
        .iter()
        .filter(|c| {
            matches!(
                c.kind,
                PiiKind::Phone
                    | PiiKind::Nik
                    | PiiKind::Email
                    | PiiKind::Kk
                    | PiiKind::Npwp
                    | PiiKind::Nip
                    | PiiKind::Bpjs
                    | PiiKind::DateOfBirth
                    | PiiKind::Address
            )
        })
        .map(|c| {
            (
                ctx.toks.partition_point(|t| t.start < c.start),
                c.kind == PiiKind::DateOfBirth,
                c.kind == PiiKind::Phone,
                !matches!(
                    c.kind,
                    PiiKind::DateOfBirth | PiiKind::Address | PiiKind::Email
                ),
                ctx.toks.partition_point(|t| t.end <= c.end),
            )
        })
        .collect();
    anchors.extend(
        ctx.toks
            .iter()
            .enumerate()
            .filter(|(_, t)| t.kind == Tk::Placeholder)
            .filter(|(_, t)| {
                let label = ctx.text[t.start..t.end].trim_matches(['[', ']']);
                let label = label.split(':').next().unwrap_or("");
                matches!(
                    label,
                    "PHONE"
                        | "NIK"
                        | "EMAIL"
                        | "KK"
                        | "NPWP"
                        | "NIP"
                        | "BPJS"
                        | "DATE_OF_BIRTH"
                        | "ADDRESS"
                )
            })
            .map(|(i, t)| {
                let value = &ctx.text[t.start..];
                (
                    i,
                    value.starts_with("[DATE"),
                    value.starts_with("[PHONE"),
                    !["[DATE", "[ADDRESS", "[EMAIL"]
                        .iter()
                        .any(|l| value.starts_with(l)),
                    i + 1,
                )
            }),
    );
    let allow = match ctx.mode {
        Mode::Normal | Mode::Upper => CAPITALS,
        Mode::Lower => Allow {
            strict: true,
            ..ANY
        },
    };
    for (p, dob, phone, id_value, end) in anchors {
        let mut j = p;
        // Cue words between the comma and the value: ", NIK 3515", ", telp 0832", ", HP: 0812".
        let mut skipped = 0;
        // Before a date of birth only with its cue in between (`Darmi, lahir 16/11/1970`): in
        // `TTL: Medan, 12-03-1985` the word before the comma is the place of birth.
        let mut dob_cue = false;
        while j > 0 && skipped < 4 {
            let k = j - 1;
            let is_cue = ctx.is_word(k) && {
                let mut buf = [0u8; 24];
                lexicon::lower(ctx.s(k), &mut buf)
                    .is_some_and(|l| matches!(l, "no" | "nomor" | "nmr"))
                    || ctx.cue_at(k).is_some_and(|c| c != Cue::NotPii)
            };
            if is_cue || matches!(ctx.kind(k), Some(Tk::Punct(':' | '.'))) {
                dob_cue |= is_cue && {
                    let mut buf = [0u8; 24];
                    lexicon::lower(ctx.s(k), &mut buf)
                        .is_some_and(|l| matches!(l, "lahir" | "lhr" | "lair" | "kelahiran"))
                };
                j = k;
                skipped += 1;
            } else {
                break;
            }
        }
        if dob && !dob_cue {
            continue;
        }
        let Some(sep) = j.checked_sub(1) else {
            continue;
        };
        // `Telp Asep: +62 883…`, `Nomor terakhir yang dipakai Rahmah: +966 …`: one name word
        // right before the colon, the word known as a name's or known as nothing.
        // A list of people's numbers, a name opening each line: `saodah: 0008821379133`,
        // `Arkan: 0003835423706`.
        let line_label = (sep == 0 || ctx.gap(sep) == Gap::Line)
            && id_value
            && ctx.gap(j + 1) == Gap::Space
            && ctx.nchars(sep) >= 3
            // Not a cue misread by OCR (`NlK:`).
            && !ctx.s(sep).chars().skip(1).any(char::is_uppercase);
        if skipped == 1
            && ctx.is_punct(j, ':')
            && ctx.glued(j)
            && (phone && ctx.case(sep) == Case::Title
                || line_label && ctx.case(sep) != Case::Upper)
            && (lex_known(ctx, sep) || ctx.info.get(sep).is_some_and(|f| f.flags == 0))
            && !ctx.info.get(sep).is_some_and(|f| f.speaker)
            && !ctx.in_set(sep, lexicon::Set::PersonNoun)
            && !ctx.in_set(sep, lexicon::Set::Role)
            && name_word(ctx, sep, allow)
            // Not the last word of a longer capitalised run (`WA Center:`, `Kantor Desa:`).
            && !(ctx.gap(sep) == Gap::Space
                && sep > 0
                && ctx.is_word(sep - 1)
                && ctx.case(sep - 1) != Case::Lower
                && !ctx.cue_word(sep - 1))
        {
            ctx.push(sep, sep + 1, PiiKind::Person, Confidence::Medium);
            continue;
        }
        // An e-mail's display name: `Triyono <ttriyono1963@gmail.com> menulis:`, `Cc: Novrizal
        // <novrizal83@proton.me>`.
        let display_name = ctx.is_punct(sep, '<') && skipped == 0 && ctx.glued(j);
        // `INTAN PERMATASARI dengan NIK 3402…`: the person who has the number.
        let having =
            skipped > 0 && id_value && (ctx.word_is(sep, "dengan") || ctx.word_is(sep, "dgn"));
        // A message signed with a name and a phone number and nothing after: `… skrg. Fientje
        // 088548204767`, `Tolong dibantu.\nBudi Santoso 0812…` (the name opens its sentence
        // or line, see below).
        // (Or the name alone on the line above the number: `Saparudin` / `0814…`.)
        let signed = skipped == 0
            && phone
            && ctx.mode != Mode::Lower
            && ctx.is_word(sep)
            && matches!(ctx.gap(j), Gap::Space | Gap::Line)
            && closes_message(ctx, end).0;
        let sep = if signed { j } else { sep };
        if !display_name
            && !having
            && !signed
            && !matches!(
                ctx.kind(sep),
                Some(Tk::Punct(',' | '(' | '/' | '-' | '\u{2013}' | '\u{2014}'))
            )
        {
            continue;
        }
        if ctx.is_punct(sep, '(') && skipped > 0 {
            continue;
        }
        // Walk back over name words (at most 4).
        let mut s = sep;
        let mut n = 0;
        while s > 0 && n < 4 {
            let k = s - 1;
            // A hyphenated name part: `Anwar Al-Kaff <…>`.
            if display_name
                && n > 0
                && ctx.is_punct(k, '-')
                && ctx.glued(k)
                && ctx.glued(s)
                && k > 0
                && name_word(ctx, k - 1, allow)
            {
                s = k - 1;
                n += 1;
                continue;
            }
            let ok = name_word(ctx, k, allow)
                || (ctx.is_punct(k, '.')
                    && k > 0
                    && ctx.glued(k)
                    && (ctx.in_set(k - 1, lexicon::Set::NameAbbrev)
                        || (n > 0 && ctx.in_set(k - 1, lexicon::Set::NameParticleLower))))
                || (n > 0
                    && ctx.in_set(k, lexicon::Set::NameParticleLower)
                    && ctx.case(k) == Case::Lower)
                || (n > 0 && name_too(ctx, k, allow));
            if !ok {
                break;
            }
            if ctx.is_punct(k, '.') {
                s = k - 1;
            } else {
                s = k;
            }
            n += 1;
            if ctx.gap(s) == Gap::Line || ctx.gap(s) == Gap::None && s > 0 && ctx.is_word(s - 1) {
                break;
            }
        }
        // A quoted reply's header puts the date and time before the sender (`Pada 20/02/2024
        // 16.55 Saodah Rifa’i <…>`, `…, Zaskia <…>`).
        let header = display_name
            && s > 0
            && (ctx.is_num(s - 1) || matches!(ctx.kind(s - 1), Some(Tk::Punct(',' | ':'))));
        if n == 0 || !(signed || boundary_before(ctx, s) || header) {
            continue;
        }
        // A signature opens its line or sentence, and is no contact word, office or role
        // (`Hubungi 0812…`, `Call Center 0812…`, `Pak RT 0812…`).
        // (An emoji ends a sentence too: `blm aktif 😭 Khotijah 0832…`.)
        if signed
            && !(s == 0
                || ctx.gap(s) == Gap::Line
                || ctx.gap(j) != Gap::Line
                    && matches!(ctx.kind(s - 1), Some(Tk::Punct(c))
                        if c == '.' && boundary_before(ctx, s)
                            || matches!(c, '!' | '?')
                            || !c.is_ascii() && !c.is_alphanumeric()))
            || signed
                && words_of(ctx, s, sep).any(|k| {
                    ctx.in_set(k, lexicon::Set::Stop)
                        || ctx.in_set(k, lexicon::Set::Office)
                        || ctx.in_set(k, lexicon::Set::Role)
                        || ctx.in_set(k, lexicon::Set::ContactWord)
                        || ctx.in_set(k, lexicon::Set::Honorific)
                        || ctx.cue_word(k)
                })
        {
            continue;
        }
        // A lone short acronym in ordinary text (`peserta PBI, no BPJS …`) is no name.
        if ctx.mode == Mode::Normal
            && s + 1 == sep
            && ctx.case(s) == Case::Upper
            && ctx.nchars(s) <= 4
        {
            continue;
        }
        // Without capitals, only right after a sentence boundary.
        if ctx.mode == Mode::Lower
            && s > 0
            && ctx.gap(s) != Gap::Line
            && !matches!(
                ctx.kind(s - 1),
                Some(Tk::Punct('.' | '!' | '?' | ':' | '\n'))
            )
        {
            continue;
        }
        if let Some((a, b)) = collect(ctx, s, allow, 5) {
            if b == sep {
                ctx.push(a, b, PiiKind::Person, Confidence::Medium);
            }
        }
    }
}

/// A name in brackets right after a phone number (`0812… (Wagiman)`) or another identity value
/// found (`BPJS 0001585696457 (Poltak) ditolak`).
fn bracketed_after_values(ctx: &mut Ctx) {
    let allow = match ctx.mode {
        Mode::Normal | Mode::Upper => CAPITALS,
        Mode::Lower => Allow {
            strict: true,
            ..ANY
        },
    };
    let mut i = 1;
    while i + 2 < ctx.toks.len() {
        let after_value = ctx.is_punct(i, '(')
            && ctx.gap(i) != Gap::Line
            && (matches!(ctx.kind(i - 1), Some(Tk::Placeholder)) && phone_like(ctx, i - 1)
                || ctx.is_used(i - 1) && identity_value_ends(ctx, i - 1));
        if after_value {
            if let Some((a, b)) = collect(ctx, i + 1, allow, 5) {
                if ctx.is_punct(b, ')') {
                    ctx.push(a, b, PiiKind::Person, Confidence::Medium);
                    i = b;
                    continue;
                }
            }
        }
        i += 1;
    }
}

/// Whether an identity value just found (a NIK, KK, BPJS, phone, account or passport number)
/// ends at token `k`.
fn identity_value_ends(ctx: &Ctx, k: usize) -> bool {
    ctx.just_found_ending(k, |kind| {
        matches!(
            kind,
            PiiKind::Nik
                | PiiKind::Kk
                | PiiKind::Bpjs
                | PiiKind::Phone
                | PiiKind::BankAccount
                | PiiKind::Passport
        )
    })
}

/// Whether token `k` (taken or a placeholder) is a phone number.
fn phone_like(ctx: &Ctx, k: usize) -> bool {
    let Some(t) = ctx.toks.get(k) else {
        return false;
    };
    if t.kind == Tk::Placeholder {
        return ctx.text[t.start..t.end].starts_with("[PHONE");
    }
    ctx.cands
        .iter()
        .any(|c| c.kind == PiiKind::Phone && c.start <= t.start && t.end <= c.end)
}

/// Whether a name ending before token `b` closes a message: the end of the text or of its line
/// (only trailing punctuation or emoji after it), or a thanks / request word (`Thanks`,
/// `trims`, `pls`, `mohon ditindak`, 🙏). Returns (at end, before a marker).
fn closes_message(ctx: &Ctx, b: usize) -> (bool, bool) {
    let mut k = b;
    loop {
        match ctx.kind(k) {
            None => return (true, false),
            _ if k > b && ctx.gap(k) == Gap::Line => return (true, false),
            _ if k == b && ctx.gap(k) == Gap::Line => return (true, false),
            Some(Tk::Punct('\u{1f64f}')) => return (false, true),
            Some(Tk::Punct(c)) if !c.is_ascii() || matches!(c, '.' | '!') => k += 1,
            Some(Tk::Word) if k == b => {
                let w = lower_owned(ctx.s(k));
                let marker = ctx.in_set(k, lexicon::Set::Thanks)
                    || (w == "terima" && ctx.word_is(k + 1, "kasih"))
                    || (w == "mohon"
                        && ctx.word_where(k + 1, |v| {
                            let v = v.to_ascii_lowercase();
                            v.starts_with("ditindak") || v == "dibantu" || v == "segera"
                        }));
                return (false, marker);
            }
            _ => return (false, false),
        }
    }
}

/// A letter's signatory under the role they sign as: `Mengetahui,` / `Ketua RT 02/RW 04` / (a
/// blank line) / `Abd. Rahman Salam`. The role line opens with a role word and holds no more
/// than six tokens; the name is alone on the next line with text, one or two lines below.
fn signed_under_role(ctx: &mut Ctx) {
    let allow = plain_allow(ctx.mode);
    let mut i = 0;
    while i < ctx.toks.len() {
        if !(i == 0 || ctx.gap(i) == Gap::Line)
            || !(ctx.in_set(i, lexicon::Set::RoleHead)
                || ctx.in_set(i, lexicon::Set::TerritorialRole))
        {
            i += 1;
            continue;
        }
        // The role line `i..e`.
        let mut e = i + 1;
        while e < ctx.toks.len() && ctx.gap(e) != Gap::Line && e < i + 8 {
            e += 1;
        }
        if e >= ctx.toks.len() || ctx.gap(e) != Gap::Line || e > i + 6 {
            i = e;
            continue;
        }
        // The name's line: one or two lines below (a blank line for the signature between).
        if ctx.blank_line_before(e) {
            if let Some((a, b)) = collect(ctx, e, allow, 5) {
                let alone = b >= ctx.toks.len() || ctx.gap(b) == Gap::Line;
                if alone && !place_before(ctx, a) && !has_hero(ctx, a, b) {
                    ctx.push(a, b, PiiKind::Person, Confidence::Medium);
                }
            }
        }
        i = e;
    }
}

/// A letter's signature names in brackets, alone on their line: `( RAZALI DAUD )`, `( Syafrizal
/// )        ( JUMADI )` under `Ketua RW` and `Ketua RT`.
fn bracketed_signatures(ctx: &mut Ctx) {
    let mut i = 0;
    while i < ctx.toks.len() {
        if !(i == 0 || ctx.gap(i) == Gap::Line) || !ctx.is_punct(i, '(') {
            i += 1;
            continue;
        }
        // Every group on the line: `(`, name words, `)`.
        let mut groups = Vec::new();
        let mut k = i;
        let whole = loop {
            if !ctx.is_punct(k, '(') {
                break false;
            }
            // A name another rule found already.
            let mut t = k + 1;
            while ctx.is_used(t) && t < k + 8 {
                t += 1;
            }
            if t > k + 1 && ctx.is_punct(t, ')') {
                k = t + 1;
                if k >= ctx.toks.len() || ctx.gap(k) == Gap::Line {
                    break true;
                }
                continue;
            }
            let Some((a, b)) = collect(ctx, k + 1, CAPITALS, 5) else {
                break false;
            };
            if !ctx.is_punct(b, ')') {
                break false;
            }
            groups.push((a, b));
            k = b + 1;
            if k >= ctx.toks.len() || ctx.gap(k) == Gap::Line {
                break true;
            }
        };
        if whole {
            for (a, b) in groups {
                ctx.push(a, b, PiiKind::Person, Confidence::Medium);
            }
        }
        i = k.max(i + 1);
    }
}

/// A person greeted or thanked by a known given name (a chat's reply: `Terima kasih, Eko.`,
/// `Hai Eko!`, `Halo Popon,`): one or two capitalised words, the first known as a given name,
/// before the greeting's punctuation.
fn greeted(ctx: &mut Ctx) {
    if ctx.mode != Mode::Normal {
        return;
    }
    for i in 0..ctx.toks.len().saturating_sub(2) {
        // (Most words are none of these: their length and first letter say so at once.)
        let w = ctx.s(i).as_bytes();
        if !(2..=5).contains(&w.len()) || !matches!(w[0] | 0x20, b'h' | b'k') {
            continue;
        }
        let start = if ctx.word_is(i, "kasih") && ctx.is_punct(i + 1, ',') && ctx.glued(i + 1) {
            i + 2
        } else if ["hai", "halo", "hallo", "hi"]
            .iter()
            .any(|w| ctx.word_is(i, w))
        {
            i + 1
        } else {
            continue;
        };
        if ctx.gap(start) != Gap::Space || !ctx.in_set(start, lexicon::Set::GivenName) {
            continue;
        }
        if let Some((a, b)) = collect(ctx, start, TITLE, 2) {
            if a == start && matches!(ctx.kind(b), Some(Tk::Punct('.' | '!' | ',' | '?'))) {
                ctx.push(a, b, PiiKind::Person, Confidence::Medium);
            }
        }
    }
}

/// A dash and the sender's name ending the text, after a sentence or a value: `Terima kasih. –
/// Melati`, `WA saya 0855-2958-81223 – Bulan.` One to three capitalised words; a word that is
/// also vocabulary counts when it is also a given name (`Melati`, `Bulan`), not a month's or a
/// day's (`Senin – Jumat`).
fn dash_signoff(ctx: &mut Ctx) {
    let n = ctx.toks.len();
    let end = if ctx.is_punct(n - 1, '.') { n - 1 } else { n };
    // The dash is at most four tokens before the end.
    for i in end.saturating_sub(5)..end.saturating_sub(1) {
        let dash = ctx.is_dash(i)
            && ctx.gap(i) != Gap::None
            && ctx.gap(i + 1) == Gap::Space
            && i > 0
            && (ctx.kind(i - 1) == Some(Tk::Placeholder)
                || matches!(ctx.kind(i - 1), Some(Tk::Punct('.' | '!'))));
        if !dash {
            continue;
        }
        let (a, b) = (i + 1, end);
        let names = (a..b).all(|k| {
            ctx.is_word(k)
                && ctx.gap(k) == Gap::Space
                && ctx.case(k) == Case::Title
                && (!ctx.in_set(k, lexicon::Set::Stop) || ctx.in_set(k, lexicon::Set::NameToo))
                && !ctx.in_set(k, lexicon::Set::Month)
                && !ctx.in_set(k, lexicon::Set::Office)
                && !ctx.in_set(k, lexicon::Set::Place)
        });
        if names && !has_hero(ctx, a, b) {
            ctx.push(a, b, PiiKind::Person, Confidence::Medium);
        }
        return;
    }
}

/// A short sign-off: an e-mail's `-- Ferry` alone on its line, or an SMS that ends in its
/// sender's name after the last sentence (`mhn direset. Firdaus`): one or two capitalised name
/// words, the last thing on the line or in the text.
fn short_signoffs(ctx: &mut Ctx) {
    let n = ctx.toks.len();
    let alone = |ctx: &Ctx, a: usize, b: usize| {
        let b = if ctx.is_punct(b, '.') && ctx.glued(b) {
            b + 1
        } else {
            b
        };
        (b >= n || ctx.gap(b) == Gap::Line)
            && words_of(ctx, a, b).all(|k| !ctx.in_set(k, lexicon::Set::Stop))
    };
    for i in 0..n.saturating_sub(2) {
        let dashes = ctx.is_punct(i, '-')
            && ctx.is_punct(i + 1, '-')
            && ctx.glued(i + 1)
            && (i == 0 || ctx.gap(i) == Gap::Line)
            && ctx.gap(i + 2) == Gap::Space;
        if !dashes {
            continue;
        }
        if let Some((a, b)) = collect(ctx, i + 2, CAPITALS, 3) {
            if alone(ctx, a, b) {
                ctx.push(a, b, PiiKind::Person, Confidence::Medium);
            }
        }
    }
    if ctx.mode != Mode::Normal || n < 4 {
        return;
    }
    dash_signoff(ctx);
    // The text's last one or two words, after a sentence that ends glued to a word in small
    // letters (not an abbreviation: `Kel. Sidomulyo`).
    let last = if ctx.is_punct(n - 1, '.') {
        n - 2
    } else {
        n - 1
    };
    let first = if last >= 1 && ctx.is_word(last - 1) && ctx.gap(last) == Gap::Space {
        last - 1
    } else {
        last
    };
    for a in [first, last] {
        if a < 2 || !ctx.is_punct(a - 1, '.') || ctx.gap(a) != Gap::Space || !ctx.glued(a - 1) {
            continue;
        }
        let before = a - 2;
        // (Or a sentence that ends with an identity number: `NIP 1956…. Jamilah`, `my passport
        // B 6768375. Rebecca`.)
        let sentence_end = ctx.is_word(before)
            && ctx.case(before) == Case::Lower
            && ctx.nchars(before) >= 4
            && !ctx.in_set(before, lexicon::Set::AreaLevel)
            || ctx.just_found_ending(before, |kind| {
                matches!(
                    kind,
                    PiiKind::Nik
                        | PiiKind::Kk
                        | PiiKind::Bpjs
                        | PiiKind::Nip
                        | PiiKind::Npwp
                        | PiiKind::BankAccount
                        | PiiKind::Passport
                )
            });
        if !sentence_end {
            continue;
        }
        if let Some((s, e)) = collect(ctx, a, TITLE, 2) {
            // (Word lists hold ASCII words: `Sauhagölö`, Nias thanks, is known to none.)
            let all_names = words_of(ctx, s, e).all(|k| {
                ctx.case(k) == Case::Title
                    && ctx.s(k).is_ascii()
                    && !ctx.in_set(k, lexicon::Set::Office)
                    && !ctx.in_set(k, lexicon::Set::PlaceBeforeName)
            });
            if s == a && e == last + 1 && all_names && alone(ctx, s, e) {
                ctx.push(s, e, PiiKind::Person, Confidence::Medium);
            }
        }
        break;
    }
}

/// A letter's sign-off that gives the writer's name with where they live or their identity
/// card: after a blank line, a line that opens with a name and goes on with a town or an
/// address (`Costansa Manuputty, Tobelo` / `KTP 8101…`, `Lalu Hamdani – Perum Puri Kencana
/// Blok K7`), or a name alone on its line over an address or identity line (`Mulyono` /
/// `Dusun Mekarsari RT 14 RW 1`).
fn signoff_lines(ctx: &mut Ctx) {
    if ctx.mode == Mode::Lower {
        return;
    }
    let allow = plain_allow(ctx.mode);
    let n = ctx.toks.len();
    let line_end = |from: usize| {
        let mut e = from + 1;
        while e < n && ctx.gap(e) != Gap::Line {
            e += 1;
        }
        e
    };
    // Whether token `a` opens an address, a NIK or a KK, or is a KTP cue.
    let opens_identity = |a: usize| {
        ctx.toks.get(a).is_some_and(|t| {
            ctx.cands.iter().any(|c| {
                c.start == t.start
                    && matches!(c.kind, PiiKind::Address | PiiKind::Nik | PiiKind::Kk)
            })
        }) || ctx.word_is(a, "ktp")
            || ctx.word_is(a, "nik")
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < n {
        if !(ctx.blank_line_before(i) && ctx.is_word(i) && !ctx.is_used(i)) {
            i += 1;
            continue;
        }
        let e = line_end(i);
        let Some((a, b)) = collect(ctx, i, allow, 4) else {
            i = e;
            continue;
        };
        let words: Vec<usize> = words_of(ctx, a, b).collect();
        let plain = !words.is_empty()
            && words.iter().all(|&k| {
                !ctx.in_set(k, lexicon::Set::Stop)
                    && !ctx.in_set(k, lexicon::Set::Office)
                    && !ctx.in_set(k, lexicon::Set::Business)
                    && !ctx.in_set(k, lexicon::Set::PlaceBeforeName)
                    && !ctx.in_set(k, lexicon::Set::AreaWord)
                    && !ctx.in_set(k, lexicon::Set::Role)
            })
            && !has_hero(ctx, a, b)
            && !place_before(ctx, a);
        let signs = plain
            && if b >= e {
                // The name alone; the next line is where the writer lives or their card.
                e < n && opens_identity(e)
            } else if ctx.gap(b) != Gap::None && ctx.is_dash(b) {
                // `Name – <address>`.
                opens_identity(b + 1)
            } else if ctx.is_punct(b, ',') {
                // `Name, Town` over a KTP or address line: the town is one to three
                // capitalised words ending the line.
                let town = b + 1..e;
                (1..=3).contains(&town.len())
                    && town
                        .clone()
                        .all(|k| ctx.is_word(k) && ctx.case(k) != Case::Lower)
                    && e < n
                    && opens_identity(e)
            } else {
                false
            };
        if signs {
            found.push((a, b));
        }
        i = e;
    }
    for (a, b) in found {
        ctx.push(a, b, PiiKind::Person, Confidence::Medium);
    }
}

/// A name and its nickname around `alias`: `datang Rojali alias Ucok`, `Aleksander Djami alias
/// Bogel`. The words before `alias` (the nickname after it is found by the cue rule).
fn before_alias(ctx: &mut Ctx) {
    if ctx.mode != Mode::Normal {
        return;
    }
    for i in 1..ctx.toks.len() {
        if !(ctx.word_is(i, "alias") && ctx.case(i) == Case::Lower)
            || ctx.gap(i) != Gap::Space
            || ctx.is_used(i - 1)
            || ctx.case(i - 1) != Case::Title
        {
            continue;
        }
        // Walk back over at most four capitalised words on the line.
        let mut a = i;
        while a > 0
            && i - a < 4
            && ctx.is_word(a - 1)
            && !ctx.is_used(a - 1)
            && ctx.case(a - 1) == Case::Title
            && name_word(ctx, a - 1, TITLE)
            && (a == i || ctx.gap(a) == Gap::Space)
        {
            a -= 1;
        }
        if a < i && !place_before(ctx, a) && !has_hero(ctx, a, i) {
            ctx.push(a, i, PiiKind::Person, Confidence::Medium);
        }
    }
}

/// Signatures: a name on its own line after a closing (`Hormat saya,` / `Salam,` / `Terima
/// kasih,`), and a name standing alone after a sentence, a dash or a line break at the end of
/// the text or a line, or before `Thanks` / `trims` / `mohon ditindak` / 🙏.
fn signatures(ctx: &mut Ctx) {
    let mut i = 0;
    while i < ctx.toks.len() {
        if !ctx.is_word(i) || ctx.is_used(i) {
            i += 1;
            continue;
        }
        // A name starts with a capital, except in lower-case text.
        if ctx.mode != Mode::Lower && ctx.case(i) == Case::Lower {
            i += 1;
            continue;
        }
        let closing_line = closing_before(ctx, i);
        // `Salam, Tukimin.` at the end of the text, on the closing's line.
        let closing_same_line = !closing_line
            && i > 0
            && ctx.gap(i) == Gap::Space
            && matches!(ctx.kind(i - 1), Some(Tk::Punct(',' | '.' | '!')))
            && closing_ends_before(ctx, i);
        let boundary = i > 0
            && (ctx.gap(i) == Gap::Line
                || closing_same_line
                || matches!(
                    ctx.kind(i - 1),
                    Some(Tk::Punct('.' | '!' | '?' | '\u{2014}' | '\u{2013}'))
                )
                || (ctx.is_punct(i - 1, '-') && ctx.gap(i - 1) != Gap::None));
        if !boundary {
            i += 1;
            continue;
        }
        // After an abbreviation's dot (`Kec.`, `Jl.`, `Bpk.`) the sentence goes on.
        if ctx.gap(i) != Gap::Line
            && ctx.is_punct(i - 1, '.')
            && ctx.prev_word(i).is_some_and(|p| {
                (ctx.nchars(p) <= 3 && ctx.in_set(p, lexicon::Set::AreaWord))
                    || ctx.nchars(p) <= 4
                        && (ctx.in_set(p, lexicon::Set::PlaceBeforeName)
                            || ctx.in_set(p, lexicon::Set::StreetDesignator)
                            || ctx.in_set(p, lexicon::Set::Honorific)
                            || ctx.in_set(p, lexicon::Set::NameAbbrev)
                            || ctx.in_set(p, lexicon::Set::NameParticleLower))
            })
        {
            i += 1;
            continue;
        }
        let allow = match ctx.mode {
            Mode::Normal | Mode::Upper => CAPITALS,
            Mode::Lower => Allow {
                strict: true,
                ..ANY
            },
        };
        let Some((a, b)) = collect(ctx, i, allow, 5) else {
            i += 1;
            continue;
        };
        let words = (a..b)
            .filter(|&k| ctx.is_word(k) && !ctx.in_set(k, lexicon::Set::NameParticleLower))
            .count();
        let title = (a..b).all(|k| {
            !ctx.is_word(k)
                || ctx.in_set(k, lexicon::Set::NameParticleLower)
                || ctx.case(k) == Case::Title
                || ctx.nchars(k) == 1
        });
        // An office or organisation signs (`Hormat kami,` / `LBH Nusa Bakti`), or a role
        // does (`Hormat kami,` / `Kaur Yanduan`).
        if ctx.in_set(a, lexicon::Set::Office) || ctx.in_set(a, lexicon::Set::Role) {
            i = b;
            continue;
        }
        let (at_end, marker) = closes_message(ctx, b);
        // Right after a contact value and a dash: `0811 5035 660 – Painem`.
        let after_value = i >= 2
            && ctx.is_dash(i - 1)
            && ctx.gap(i - 1) != Gap::Line
            && ctx.kind(i - 2) == Some(Tk::Placeholder);
        let ok = if closing_line {
            // `Hormat saya,` / `Elsye Leiwakabessy (tetangga)`: a note on who signs. Not a
            // letter's place and date (`Tobelo, 23-11-2024`).
            at_end
                || ctx.is_punct(b, ',') && !date_at(ctx, b + 1)
                || ctx.is_num(b)
                || ctx.is_punct(b, '(')
        } else if closing_same_line {
            at_end && (title || ctx.mode != Mode::Normal)
        } else {
            match ctx.mode {
                Mode::Normal => title && (marker || (at_end && (words >= 2 || after_value))),
                Mode::Upper => words >= 2 && (marker || at_end),
                Mode::Lower => words >= 2 && marker,
            }
        };
        if ok {
            ctx.push(a, b, PiiKind::Person, Confidence::Medium);
            i = b;
        } else {
            i += 1;
        }
    }
}

/// Whether a date starts at token `k`: `23-11-2024`, `27/6/2023`, `5 Mei 2024`.
fn date_at(ctx: &Ctx, k: usize) -> bool {
    ctx.is_num(k)
        && ((matches!(ctx.kind(k + 1), Some(Tk::Punct('-' | '/' | '.')))
            && ctx.glued(k + 1)
            && ctx.glued(k + 2)
            && ctx.is_num(k + 2))
            || ctx.in_set(k + 1, lexicon::Set::Month))
}

/// Whether token `i` starts the line right after a closing: `Hormat saya,`, `Salam,`,
/// `Terima kasih,`, `Wassalam,`, `Regards,`.
fn closing_before(ctx: &Ctx, i: usize) -> bool {
    if ctx.gap(i) != Gap::Line || i == 0 {
        return false;
    }
    if closing_ends_before(ctx, i) {
        return true;
    }
    // One short line between the closing and the name that says who signs (`Hormat kami,` /
    // `Ketua RT 9` / name, `Kuasa Hukum`, `ttd`).
    let Some(start) = (i.saturating_sub(6)..i)
        .rev()
        .find(|&k| ctx.gap(k) == Gap::Line)
    else {
        return false;
    };
    let role_line = (start..i).any(|k| {
        ctx.is_word(k)
            && (ctx.in_set(k, lexicon::Set::Role)
                || ctx.in_set(k, lexicon::Set::PersonNoun)
                || role_word(ctx, k)
                || ctx.word_where(k, |w| {
                    matches!(
                        w.to_ascii_lowercase().as_str(),
                        "ttd" | "tertanda" | "kuasa" | "hukum" | "pelapor" | "pengadu"
                    )
                }))
    }) && (start..i).all(|k| !ctx.is_word(k) || !lex_known(ctx, k));
    role_line && start > 0 && closing_ends_before(ctx, start)
}

/// Whether a closing (`Salam`, `Hormat saya`, `Terima kasih`) ends right before token `i`, past
/// its punctuation.
fn closing_ends_before(ctx: &Ctx, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let mut k = i - 1;
    while k > 0 && matches!(ctx.kind(k), Some(Tk::Punct(',' | '.' | '!'))) {
        k -= 1;
    }
    if !ctx.is_word(k) {
        return false;
    }
    let w = lower_owned(ctx.s(k));
    let prev = ctx.prev_word(k).map(|p| lower_owned(ctx.s(p)).into_owned());
    // A particle or intensifier after the closing: `Matur nuwun sanget.`, `Makasih min.`,
    // `Tarima kasih lah.`, `Terima kasih banyak.`
    let (w, prev, k) = if ctx.in_set(k, lexicon::Set::AfterClosing) {
        match ctx.prev_word(k) {
            Some(p) => (
                lower_owned(ctx.s(p)),
                ctx.prev_word(p).map(|q| lower_owned(ctx.s(q)).into_owned()),
                p,
            ),
            None => return false,
        }
    } else {
        (w, prev, k)
    };
    let alone = ctx.gap(k) == Gap::Line || k == 0 || ctx.kind(k - 1).is_some_and(|t| t != Tk::Word);
    match w.as_ref() {
        "saya" | "sy" | "kami" => prev.as_deref() == Some("hormat"),
        "kasih" => matches!(prev.as_deref(), Some("terima" | "tarima" | "trima")),
        // Javanese, Sundanese, Balinese closings.
        "nuwun" | "suwun" => matches!(prev.as_deref(), Some("matur" | "maturnuwun")) || alone,
        "nuhun" => prev.as_deref() == Some("hatur") || alone,
        _ if ctx.in_set(k, lexicon::Set::Closing) => alone,
        _ => false,
    }
}

/// The business after `nama usaha` / `nama toko` (`Nama usaha Keripik Mbok Sri`) is no person:
/// its capitalised words are set aside for the name rules.
fn business_names(ctx: &mut Ctx) {
    let mut i = 0;
    while i + 2 < ctx.toks.len() {
        if ctx.nchars(i) == 4 && ctx.word_is(i, "nama") && ctx.in_set(i + 1, lexicon::Set::Business)
        {
            let mut j = i + 2;
            if ctx.is_punct(j, ':') {
                j += 1;
            }
            let a = j;
            while j < a + 6
                && ctx.is_word(j)
                && matches!(ctx.case(j), Case::Title | Case::Upper)
                && (j == a || ctx.gap(j) == Gap::Space)
            {
                j += 1;
            }
            ctx.take(a, j);
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
}

/// Balinese and other particle-led names with no cue: `I Made Astawa`, `Ni Luh Putu Sari`,
/// `Ida Bagus Oka`, `Anak Agung Gede`, `La Ode Ida`.
fn particle_led(ctx: &mut Ctx) {
    let allow = TITLE;
    let mut i = 0;
    while i + 1 < ctx.toks.len() {
        let Some(after) = particle_pair(ctx, i, allow) else {
            i += 1;
            continue;
        };
        if place_before(ctx, i) {
            i = after;
            continue;
        }
        match collect(ctx, i, allow, 5) {
            Some((a, b)) if has_hero(ctx, a, b) => i = b,
            Some((a, b)) if b > after || ctx.s(i) != "I" => {
                ctx.push(a, b, PiiKind::Person, Confidence::Medium);
                i = b;
            }
            _ => i += 1,
        }
    }
}

/// Whether token `k` ends in a typical name ending (`-wati`, `-ningsih`, `-uddin`, `-syah`).
fn name_suffix(ctx: &Ctx, k: usize) -> bool {
    ctx.name_suffix(k)
}

/// Whether the lower-case `l` ends in a typical name ending.
pub(crate) fn has_name_ending(l: &str) -> bool {
    matches!(l.as_bytes().last(), Some(b'i' | b'h' | b'm' | b'n'))
        && [
            "wati", "ningsih", "ningrum", "uddin", "syah", "yanti", "iyah",
        ]
        .iter()
        .any(|e| l.ends_with(e))
}

/// Whether token `k` is a known family name (or has a name ending).
fn lex_surname(ctx: &Ctx, k: usize) -> bool {
    ctx.in_set(k, lexicon::Set::Surname) || name_suffix(ctx, k)
}

/// Whether token `k` is a word the name lexicons know.
fn lex_known(ctx: &Ctx, k: usize) -> bool {
    ctx.in_set(k, lexicon::Set::GivenName) || lex_surname(ctx, k)
}

/// The name words of `a..b` (not the lower-case particles).
fn words_of<'c>(ctx: &'c Ctx<'_>, a: usize, b: usize) -> impl Iterator<Item = usize> + 'c {
    (a..b).filter(move |&k| ctx.is_word(k) && !ctx.in_set(k, lexicon::Set::NameParticleLower))
}

/// The capitalisation a name without a cue must have in this text.
fn plain_allow(mode: Mode) -> Allow {
    match mode {
        Mode::Normal => TITLE,
        Mode::Upper => Allow {
            strict: true,
            ..CAPITALS
        },
        Mode::Lower => Allow {
            strict: true,
            ..ANY
        },
    }
}

/// Whether the word before token `a` makes a capitalised run a place, an institution or a
/// business (`Jl. Ahmad Yani`, `RSUD Budi Asih`, `Toko Sri Rejeki`).
fn place_before(ctx: &Ctx, a: usize) -> bool {
    // `RSUD Dr. X`, `Jl. K.H. X`: past the titles.
    word_before_titles(ctx, a).is_some_and(|p| {
        (ctx.in_set(p, lexicon::Set::PlaceBeforeName) && !ctx.word_is(p, "rumah"))
            || ctx.in_set(p, lexicon::Set::StreetDesignator)
            || ctx.in_set(p, lexicon::Set::HamletDesignator)
            || ctx.in_set(p, lexicon::Set::Office)
            || ctx.in_set(p, lexicon::Set::Business) && !ctx.word_is(p, "rumah")
    })
}

/// The word before token `i`, past at most three titles before it (`Dr.`, `Ir. H.`, `K.H.`,
/// `Prof. Dr.`): what a name after titles is named after (`Jl.`, `RSUD`).
fn word_before_titles(ctx: &Ctx, i: usize) -> Option<usize> {
    let mut p = ctx.prev_word(i);
    for _ in 0..3 {
        match p {
            Some(q)
                if ctx.in_set(q, lexicon::Set::Honorific)
                    || ctx.nchars(q) == 1 && ctx.is_punct(q + 1, '.') =>
            {
                match ctx.prev_word(q) {
                    Some(r) => p = Some(r),
                    None => break,
                }
            }
            _ => break,
        }
    }
    p
}

/// Whether the run `a..b` holds a hero's name (streets and airports are named after them).
fn has_hero(ctx: &Ctx, a: usize, b: usize) -> bool {
    (a..b).any(|k| ctx.in_set(k, lexicon::Set::Hero))
}

/// Whether a run ending before `b` goes on with a further capitalised word (an organisation's
/// long name, not a person).
fn run_goes_on(ctx: &Ctx, b: usize, allow: Allow) -> bool {
    matches!(ctx.gap(b), Gap::Space) && name_word(ctx, b, allow)
}

/// Names with no cue, known by the name lexicons: a run of 2–4 name words that starts with a
/// common given name or ends with a common family name (`Desi Ratnasari Chaniago datang`,
/// `Oknum ASN Elvi Syafitri,`), not after a place, street or institution word.
fn lexicon_runs(ctx: &mut Ctx) {
    let allow = plain_allow(ctx.mode);
    let mut i = 0;
    while i < ctx.toks.len() {
        if !ctx.is_word(i) || ctx.is_used(i) || !case_ok(ctx, i, allow) {
            i += 1;
            continue;
        }
        // A known given name here, or a family name within reach.
        let chinese = ctx.mode == Mode::Normal
            && ctx.case(i) == Case::Title
            && ctx.nchars(i) <= 5
            && ctx.in_set(i, lexicon::Set::ChineseSurname);
        let hint = chinese
            || ctx.in_set(i, lexicon::Set::GivenName)
            || (i + 1..(i + 8).min(ctx.toks.len()))
                .any(|k| ctx.in_set(k, lexicon::Set::Surname) || name_suffix(ctx, k));
        if !hint {
            i += 1;
            continue;
        }
        // Only at the start of a run of capitals (not inside `Universitas Budi Luhur`).
        if let Some(p) = i.checked_sub(1) {
            let prev_free = ctx.is_word(p)
                && !ctx.is_used(p)
                && ctx.gap(i) != Gap::Line
                && !ctx.in_set(p, lexicon::Set::Stop)
                && !ctx.in_set(p, lexicon::Set::Role)
                && !ctx.in_set(p, lexicon::Set::Honorific)
                && !ctx.in_set(p, lexicon::Set::Kin)
                && !ctx.in_set(p, lexicon::Set::PersonNoun);
            let inside = match ctx.mode {
                Mode::Normal => {
                    prev_free
                        && (ctx.case(p) == Case::Title
                            || ctx.in_set(p, lexicon::Set::NameParticleLower))
                }
                _ => prev_free,
            };
            if inside || (ctx.glued(i) && ctx.is_word(p)) {
                i += 1;
                continue;
            }
        }
        if place_before(ctx, i) {
            i += 1;
            continue;
        }
        // A name part that is also a stop word right before it: `Cucu Suryani`, `Putri Amelia`.
        let start = if i > 0 && ctx.gap(i) == Gap::Space && name_too(ctx, i - 1, allow) {
            i - 1
        } else {
            i
        };
        let Some((a, b)) = collect(ctx, start, allow, 4) else {
            i += 1;
            continue;
        };
        let words: Vec<usize> = words_of(ctx, a, b).collect();
        let ok = words.len() >= 2
            && !run_goes_on(ctx, b, allow)
            && !has_hero(ctx, a, b)
            && (ctx.in_set(words[0], lexicon::Set::GivenName)
                || words.last().is_some_and(|&l| lex_surname(ctx, l))
                || (chinese && a == i && words.len() == 3))
            // Without capitals, both ends must look like a name.
            && (ctx.mode == Mode::Normal
                || ctx.in_set(words[0], lexicon::Set::GivenName)
                    && words.last().is_some_and(|&l| lex_known(ctx, l) || words.len() == 2));
        if ok {
            ctx.push(a, b, PiiKind::Person, Confidence::Medium);
            i = b;
        } else {
            i += 1;
        }
    }
}

/// Names after a preposition or verb that takes a person (`oleh X`, `kepada X`, `milik X`,
/// `punya X`, `suruhan X`, `ttd X`, `bersama X`): the run of capitals must hold a known name
/// word, or (after the words that take only a person) be two words or more.
fn after_prepositions(ctx: &mut Ctx) {
    let allow = plain_allow(ctx.mode);
    let mut i = 0;
    while i + 1 < ctx.toks.len() {
        // `ke` after a verb of handing over is `kepada` (`sudah saya jual ke Maulidar`).
        let handed = ctx.word_is(i, "ke")
            && ctx
                .prev_word(i)
                .is_some_and(|p| p + 1 == i && ctx.in_set(p, lexicon::Set::HandOver));
        // `Hubungi Eko di +62 853 …`: whom to call, when the number follows the name.
        // (`word_is` compares lengths first: no word is copied.)
        let call = ["hubungi", "hubungin", "menghubungi", "hub"]
            .iter()
            .any(|w| ctx.word_is(i, w));
        // Most words are no cue, which a look at their length and first letter says.
        if !handed
            && !call
            && (!ctx.is_word(i)
                || !lexicon::may_take_name_after(
                    ctx.nchars(i),
                    ctx.s(i).as_bytes().first().copied().unwrap_or(0),
                ))
        {
            i += 1;
            continue;
        }
        let strength = if handed || call || ctx.in_set(i, lexicon::Set::NameAfterStrong) {
            2
        } else if ctx.in_set(i, lexicon::Set::NameAfterWeak) {
            1
        } else {
            0
        };
        if strength == 0 {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        if matches!(
            ctx.kind(j),
            Some(Tk::Punct('\'' | '"' | '\u{2018}' | '\u{201c}' | ':'))
        ) || ctx.word_is(i, "ttd") && (ctx.is_punct(j, '.') || ctx.is_punct(j, ')'))
        {
            j += 1;
        }
        // `ttd` then the name on the next line; after another strong word, a name wrapped
        // onto the next line needs two words and a comma after it (`memberikan kuasa kepada` /
        // `Darnelis Yanti, pemegang NIK …`).
        let wrapped = ctx.gap(j) == Gap::Line && !ctx.word_is(i, "ttd");
        if wrapped && strength < 2 {
            i += 1;
            continue;
        }
        let Some((a, b)) = collect(ctx, j, allow, 4) else {
            i += 1;
            continue;
        };
        let words: Vec<usize> = words_of(ctx, a, b).collect();
        let known = words.iter().any(|&k| lex_known(ctx, k));
        let plain = strength == 2
            && ctx.mode == Mode::Normal
            && words.len() >= 2
            && words.iter().all(|&k| {
                !ctx.in_set(k, lexicon::Set::Office)
                    && !ctx.in_set(k, lexicon::Set::PlaceBeforeName)
                    && !looks_affixed(&lower_owned(ctx.s(k)))
            });
        // One capitalised word after `milik`, `oleh`, `kepada` (`milik Zulfahmi dipakai`),
        // when nothing says it is a place, an office or a thing.
        let single = strength == 2
            && ctx.mode == Mode::Normal
            && !ctx.word_is(i, "rumah")
            && words.len() == 1
            && ctx.case(a) == Case::Title
            && ctx.nchars(a) >= 4
            && !ctx.in_set(a, lexicon::Set::Office)
            && !ctx.in_set(a, lexicon::Set::Business)
            && !ctx.in_set(a, lexicon::Set::PlaceBeforeName)
            && !ctx.in_set(a, lexicon::Set::AreaWord)
            // `dijual ke Surabaya`: a place.
            && !(handed && ctx.in_set(a, lexicon::Set::Place))
            && !looks_affixed(&lower_owned(ctx.s(a)));
        // `rumah Makan Padang`, `rumah Sakit`, `rumah Susun`: a building, not a person's house.
        let building = ctx.word_is(i, "rumah")
            && [
                "makan", "sakit", "susun", "adat", "dinas", "ibadah", "potong", "singgah",
            ]
            .iter()
            .any(|w| ctx.word_is(a, w));
        // (After `hubungi`, a found number or address must follow, read as the placeholder it
        // becomes: `hubungi Dinas Sosial` names nobody.)
        let number_after = |k: usize| ctx.kind(k) == Some(Tk::Placeholder);
        let called = !call
            || number_after(b)
            || (ctx.word_is(b, "di")
                || ctx.word_is(b, "ke")
                || ctx.is_punct(b, ':')
                || ctx.is_punct(b, '('))
                && number_after(b + 1);
        let ok = !words.is_empty()
            && called
            // (After `hubungi`, one word only when it is known as a name's: `hub Pusdalops
            // (0423) …` calls an office.)
            && (known || plain || single && !call)
            && (!wrapped || words.len() >= 2 && ctx.is_punct(b, ','))
            && !building
            // `oleh Kaur Keuangan, Pak …`: a role and its department.
            && !ctx.in_set(a, lexicon::Set::Role)
            && !has_hero(ctx, a, b)
            && !run_goes_on(ctx, b, allow)
            && (ctx.mode == Mode::Normal || known);
        if ok {
            ctx.push(a, b, PiiKind::Person, Confidence::Medium);
            i = b;
        } else {
            i += 1;
        }
    }
}

/// Names joined to a name found: `Bambang dan Tri`, `Yanti Susanti, dan Aling`, `Pak Darto
/// serta Sulastri`. In ordinary text the joined run is capitalised and no office, place or
/// hero; after a bare comma it must hold a known name word or go on with `dan`.
fn coordinated(ctx: &mut Ctx) {
    if ctx.mode != Mode::Normal {
        return;
    }
    // A set, not a list: the check below runs once per token.
    // Whether a name found ends at each token: a flag per token, read once per token.
    let mut ends = vec![false; ctx.toks.len()];
    let mut any = false;
    for c in ctx.cands.iter().filter(|c| c.kind == PiiKind::Person) {
        let last = ctx.toks.partition_point(|t| t.end < c.end);
        if let Some(e) = ends.get_mut(last).filter(|_| ctx.toks[last].end == c.end) {
            *e = true;
            any = true;
        }
    }
    if !any {
        return;
    }
    let mut i = 1;
    while i + 1 < ctx.toks.len() {
        if !ctx.is_used(i - 1) || !ends[i - 1] {
            i += 1;
            continue;
        }
        let (j, bare_comma) = if ctx.word_is(i, "dan") || ctx.word_is(i, "serta") {
            (i + 1, false)
        } else if ctx.is_punct(i, ',') && ctx.word_is(i + 1, "dan") {
            (i + 2, false)
        } else if ctx.is_punct(i, ',') {
            (i + 1, true)
        } else {
            i += 1;
            continue;
        };
        if ctx.gap(j) == Gap::Line
            || ctx.in_set(j, lexicon::Set::Honorific)
            || ctx.in_set(j, lexicon::Set::NameCue)
            || ctx.in_set(j, lexicon::Set::RoleHead)
        {
            i += 1;
            continue;
        }
        let Some((a, b)) = collect(ctx, j, TITLE, 4) else {
            i += 1;
            continue;
        };
        let words: Vec<usize> = words_of(ctx, a, b).collect();
        let plain = words.iter().all(|&k| {
            ctx.case(k) == Case::Title
                && !ctx.in_set(k, lexicon::Set::Office)
                && !ctx.in_set(k, lexicon::Set::PlaceBeforeName)
                && !ctx.in_set(k, lexicon::Set::AreaWord)
                && !ctx.in_set(k, lexicon::Set::Month)
                && !camel(ctx.s(k))
                && !looks_affixed(&lower_owned(ctx.s(k)))
        });
        let known = words.iter().any(|&k| lex_known(ctx, k));
        let list_goes_on = ctx.word_is(b, "dan") || ctx.is_punct(b, ',');
        let ok = !words.is_empty()
            && plain
            && (!bare_comma || known || list_goes_on)
            && !has_hero(ctx, a, b)
            && !run_goes_on(ctx, b, TITLE);
        if ok {
            ctx.push(a, b, PiiKind::Person, Confidence::Medium);
            // A list goes on from the name just found.
            ends[b - 1] = true;
            i = b;
        } else {
            i += 1;
        }
    }
}

/// Whether the words before the comma at `c` describe a person: a role, an occupation, a kin
/// word or `saya` / `kami` within the clause (`Operator sekolah, X,`, `Penilai kinerja saya,
/// X (`, `Saya, X, siap dihubungi`).
fn person_before_comma(ctx: &Ctx, c: usize, max: usize) -> bool {
    let mut k = c;
    for _ in 0..max {
        let Some(p) = k.checked_sub(1) else {
            return false;
        };
        k = p;
        if !ctx.is_word(p) {
            if ctx.is_punct(p, '.') && ctx.glued(p) || ctx.is_num(p) {
                continue;
            }
            return false;
        }
        let mut buf = [0u8; 24];
        let l = lexicon::lower(ctx.s(p), &mut buf).unwrap_or("");
        if ctx.in_set(p, lexicon::Set::Role)
            || ctx.in_set(p, lexicon::Set::PersonNoun)
            || ctx.in_set(p, lexicon::Set::PeopleHead)
            || ctx.in_set(p, lexicon::Set::Kin)
            || role_head(l)
            || l.strip_suffix("nya")
                .is_some_and(|s| lexicon::in_list(s, lexicon::Set::PersonNoun))
            || (p + 1 == c && matches!(l, "saya" | "kami" | "sy"))
        {
            return true;
        }
        if ctx.gap(p) == Gap::Line {
            return false;
        }
    }
    false
}

/// Whether token `b` is a bracket that opens a note, not a value (`Rosmaniar (pedagang)`, not
/// `X (+**) ***` left by a partial mask, whose original the value rules took whole).
fn opens_note(ctx: &Ctx, b: usize) -> bool {
    ctx.is_punct(b, '(') && !matches!(ctx.kind(b + 1), Some(Tk::Num | Tk::Punct('+' | '*')) | None)
}

/// Whether an academic degree starts at token `k`: dotted parts, the first one capital letter of
/// `S`, `M`, `D` (Sarjana, Magister, Doktor) or `A.Md.`: `S.H.`, `S.Pd.`, `M.Si.`, `A.Md.Kep.`.
fn degree_at(ctx: &Ctx, k: usize) -> bool {
    let first = ctx.s(k);
    matches!(first, "S" | "M" | "D" | "A")
        && ctx.is_word(k)
        && ctx.is_punct(k + 1, '.')
        && ctx.glued(k + 1)
        && ctx.is_word(k + 2)
        && ctx.glued(k + 2)
        && ctx.nchars(k + 2) <= 4
        && ctx.s(k + 2).starts_with(|c: char| c.is_ascii_uppercase())
        && ctx.is_punct(k + 3, '.')
}

/// A name before an academic degree: `Kasno, S.H., M.H.`, `Dinda Maharani, S.Ag.` (a signature,
/// an official's name). The name is the capitalised words on the comma's line before it.
fn before_degrees(ctx: &mut Ctx) {
    if ctx.mode != Mode::Normal {
        return;
    }
    for c in 1..ctx.toks.len() {
        if !ctx.is_punct(c, ',') || !ctx.glued(c) || !degree_at(ctx, c + 1) {
            continue;
        }
        // Back over the name words (a particle between two of them: `Anwar bin Ali`), at most
        // six tokens, to the first one of the run.
        let mut a = c;
        while a > 0
            && c - a < 6
            && (name_word(ctx, a - 1, CAPITALS)
                || a >= 2
                    && a < c
                    && lexicon::in_list(ctx.s(a - 1), lexicon::Set::NameParticleLower)
                    && name_word(ctx, a - 2, CAPITALS))
            && (a == c || ctx.gap(a) == Gap::Space)
        {
            a -= 1;
        }
        // Not a degree of a list of them (`I Ketut Arsana, SKM, M.Kes.`).
        let degree_before = a >= 2
            && ctx.is_punct(a - 1, ',')
            && (ctx.is_punct(a - 2, '.')
                || ctx.case(a - 2) == Case::Upper && ctx.nchars(a - 2) <= 4)
            || a + 1 == c && ctx.case(a) == Case::Upper && ctx.nchars(a) <= 4;
        if a == c || place_before(ctx, a) || degree_before {
            continue;
        }
        if let Some((s, e)) = collect(ctx, a, CAPITALS, 4).filter(|&(_, e)| e == c) {
            if !has_hero(ctx, s, e) {
                ctx.push(s, e, PiiKind::Person, Confidence::Medium);
            }
        }
    }
}

/// Numbered or bulleted lists of people under a heading that names them (`Saksi:`, `Saksi-saksi:`,
/// `Daftar warga pendukung:`): each item a name alone, or a name before a bracket, a comma or a
/// dash (`1. Sabeni`, `2. Efrizal (..........)`, `- STEVEN HALIM, RT 06/RW 12, ttd`).
fn person_lists(ctx: &mut Ctx) {
    let mut i = 0;
    let mut in_list = false;
    while i < ctx.toks.len() {
        let line_start = i == 0 || ctx.gap(i) == Gap::Line;
        if !line_start {
            i += 1;
            continue;
        }
        // The line `i..e`.
        let mut e = i + 1;
        while e < ctx.toks.len() && ctx.gap(e) != Gap::Line {
            e += 1;
        }
        // A heading: a line ending with `:` that holds a person noun.
        if e > i + 1 && ctx.is_punct(e - 1, ':') {
            in_list = (i..e).any(|k| names_people(ctx, k));
            i = e;
            continue;
        }
        // An item: `1.`, `1)`, `-`, `•` then the name.
        let marker = if ctx.is_num(i) && matches!(ctx.kind(i + 1), Some(Tk::Punct('.' | ')'))) {
            Some(i + 2)
        } else if matches!(ctx.kind(i), Some(Tk::Punct('-' | '\u{2022}'))) {
            Some(i + 1)
        } else {
            None
        };
        match marker {
            Some(n) if in_list => {
                let allow = plain_allow(ctx.mode);
                let found = collect(ctx, n, allow, 5).filter(|&(a, b)| {
                    let ends = b >= e
                        || ctx.is_punct(b, ',')
                        || matches!(ctx.kind(b), Some(Tk::Punct('(' | '-' | '\u{2013}')))
                            && ctx.gap(b) != Gap::None;
                    ends && !place_before(ctx, a) && !has_hero(ctx, a, b)
                });
                match found {
                    Some((a, b)) => ctx.push(a, b, PiiKind::Person, Confidence::Medium),
                    None => identity_row(ctx, n, e),
                }
            }
            Some(n) => {
                in_list = false;
                identity_row(ctx, n, e);
            }
            None => in_list = false,
        }
        i = e;
    }
}

/// Whether token `i` is a word that heads a list of people (`Saksi-saksi:`, `Ahli waris:`,
/// `Peserta rapat:`, a person noun).
fn names_people(ctx: &Ctx, i: usize) -> bool {
    ctx.is_word(i)
        && (ctx.in_set(i, lexicon::Set::PersonNoun) || ctx.in_set(i, lexicon::Set::PeopleHead))
}

/// Whether token `i` is an inline list item's number (`1.`, `2)`) before a word.
fn item_number(ctx: &Ctx, i: usize) -> bool {
    ctx.is_num(i)
        && ctx.s(i).len() <= 2
        && matches!(ctx.kind(i + 1), Some(Tk::Punct('.' | ')')))
        && ctx.gap(i + 2) == Gap::Space
        && (ctx.is_word(i + 2) || ctx.is_used(i + 2))
}

/// A numbered item that holds an identity value (a NIK, KK, passport, phone, date of birth…)
/// names its person first, with or without a heading over the list: `1. Muh. Arsyad, nomor
/// paspor X…`, `2) SERLINA DUHA (58 th) - … NIK:1225…`, `3. Intan Amin<TAB>1171…`. The name
/// (tokens from `n`, the line ending before `e`) ends at a comma, a bracket, a dash, a tab or
/// wide gap, or a value's cue word.
fn identity_row(ctx: &mut Ctx, n: usize, e: usize) {
    let (Some(start), Some(end)) = (ctx.toks.get(n), ctx.toks.get(e - 1)) else {
        return;
    };
    let (start, end) = (start.start, end.end);
    let holds_value = ctx.cands.iter().any(|c| {
        c.start >= start
            && c.end <= end
            && matches!(
                c.kind,
                PiiKind::Nik
                    | PiiKind::Kk
                    | PiiKind::Passport
                    | PiiKind::Phone
                    | PiiKind::DateOfBirth
                    | PiiKind::Npwp
                    | PiiKind::Bpjs
                    | PiiKind::Nip
            )
    }) || (n..e).any(|k| {
        ctx.toks.get(k).is_some_and(|t| t.kind == Tk::Placeholder) && {
            let v = &ctx.text[ctx.toks[k].start..];
            [
                "[NIK",
                "[KK",
                "[PASSPORT",
                "[PHONE",
                "[DATE_OF_BIRTH",
                "[NPWP",
                "[BPJS",
                "[NIP",
            ]
            .iter()
            .any(|l| v.starts_with(l))
        }
    });
    if !holds_value {
        return;
    }
    // A list of people is often typed in capitals inside ordinary text (`1) SERLINA DUHA (58
    // th)`): the value on the row says it is a person's.
    let allow = match ctx.mode {
        Mode::Normal => CAPITALS,
        mode => plain_allow(mode),
    };
    let Some((a, b)) = collect(ctx, n, allow, 5) else {
        return;
    };
    if b >= e {
        return;
    }
    let ends = matches!(
        ctx.kind(b),
        Some(Tk::Punct('(' | ',' | '-' | '\u{2013}' | '\u{2014}' | ';'))
    ) && ctx.gap(b) != Gap::None
        || ctx.is_punct(b, ',')
        || ctx.is_punct(b, ';')
        || ctx.wide_break(b)
        || ctx.cue_word(b);
    if ends && !place_before(ctx, a) && !has_hero(ctx, a, b) && !ctx.in_set(a, lexicon::Set::Stop) {
        ctx.push(a, b, PiiKind::Person, Confidence::Medium);
    }
}

/// Appositive names: `Operator sekolah, Arif Hartanto, menolak`, `Saya, Rosmaniar, siap`.
fn appositives(ctx: &mut Ctx) {
    if ctx.mode == Mode::Lower {
        return;
    }
    let allow = plain_allow(ctx.mode);
    let mut c = 1;
    while c + 1 < ctx.toks.len() {
        if !ctx.is_punct(c, ',') || !person_before_comma(ctx, c, 7) {
            c += 1;
            continue;
        }
        // A hard wrap after the comma (text copied from a PDF: `Keluarga peserta,` / `Ngatiyem,
        // memohon …`) needs the sentence to go on after the name.
        let wrapped = ctx.gap(c + 1) == Gap::Line;
        if wrapped && ctx.blank_line_before(c + 1) {
            c += 1;
            continue;
        }
        let Some((a, b)) = collect(ctx, c + 1, allow, 4) else {
            c += 1;
            continue;
        };
        let words: Vec<usize> = words_of(ctx, a, b).collect();
        let note = opens_note(ctx, b);
        // `Kami, Partini dan Suparno, mengangkat …`: the first of two joined names.
        let joined = ctx.word_is(b, "dan") && ctx.case(b + 1) == Case::Title;
        let closes = ctx.gap(b) == Gap::Line
            || note
            || joined
            || matches!(ctx.kind(b), None | Some(Tk::Punct(',' | '.' | ')' | ';')))
            || degree_at(ctx, b);
        // After the name, the sentence goes on in small letters, a degree or a bracket.
        let after_ok = note
            || joined
            || ctx.is_punct(b, ',')
                && (ctx.case(b + 1) == Case::Lower && ctx.is_word(b + 1)
                    // `Kasi Pemerintahan, Zuraidah, NIP 1986…`: the person's number.
                    || ctx.cue_word(b + 1)
                    || ctx.is_word(b + 1) && ctx.glued(b + 2) && ctx.is_punct(b + 2, '.'));
        let ok = closes
            && !words.is_empty()
            && !has_hero(ctx, a, b)
            && (words.len() >= 2 || after_ok || words.iter().any(|&k| lex_known(ctx, k)))
            && (words.len() >= 2 || after_ok && person_before_comma(ctx, c, 3))
            && (!wrapped || after_ok);
        if ok {
            ctx.push(a, b, PiiKind::Person, Confidence::Medium);
            c = b;
        } else {
            c += 1;
        }
    }
}

/// A subject named after a colon or a dash, before its verb: `23 Jan 2025 — Mamat Suryadi
/// meminta uang`, `memakan korban: Shinta Amelia jatuh`. Two or three capitalised words that no
/// list knows as anything but name words, then a word in small letters with a verb's prefix
/// (`me-`, `di-`, `ber-`, `ter-`) or a common verb of a complaint; in mixed-case text only.
fn subject_after_colon(ctx: &mut Ctx) {
    if ctx.mode != Mode::Normal {
        return;
    }
    const VERBS: &str = "datang minta bilang jatuh pergi sempat tidak sudah belum masih juga \
                         kabur lari marah pulang tinggal ingin mau";
    for c in 0..ctx.toks.len() {
        if !matches!(ctx.kind(c), Some(Tk::Punct(':' | '\u{2014}' | '\u{2013}')))
            || ctx.gap(c + 1) != Gap::Space
        {
            continue;
        }
        let a = c + 1;
        let mut b = a;
        while b < a + 3
            && (b == a || ctx.gap(b) == Gap::Space)
            && ctx.case(b) == Case::Title
            && name_word(ctx, b, TITLE)
            && ctx.info.get(b).is_some_and(|f| name_only(f.flags))
        {
            b += 1;
        }
        if b < a + 2 || ctx.gap(b) != Gap::Space || ctx.case(b) != Case::Lower {
            continue;
        }
        let verb = {
            let lw = lower_owned(ctx.s(b));
            ["me", "di", "ber", "ter"].iter().any(|p| lw.starts_with(p)) && lw.len() >= 5
                || VERBS.split_whitespace().any(|v| v == lw)
        };
        if verb && !has_hero(ctx, a, b) && !place_before(ctx, a) {
            ctx.push(a, b, PiiKind::Person, Confidence::Medium);
        }
    }
}

/// Lists of names after a colon: `Penerima: Ani Lestari, Budi Hartono, dan Candra Wijaya`; a
/// single name after a colon when a person word comes before it (`Ortu: X`, `Petugas yang
/// melayani: X`) or it holds a known name word.
fn colon_lists(ctx: &mut Ctx) {
    if ctx.mode == Mode::Lower {
        return;
    }
    let allow = plain_allow(ctx.mode);
    let mut c = 0;
    while c + 1 < ctx.toks.len() {
        if !ctx.is_punct(c, ':') || ctx.gap(c + 1) == Gap::Line {
            c += 1;
            continue;
        }
        // The runs of the list, up to the end of the sentence.
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let mut all_names = true;
        let mut j = c + 1;
        while j < ctx.toks.len() && runs.len() < 8 {
            if j > c + 1 && ctx.gap(j) == Gap::Line {
                break;
            }
            if ctx.is_punct(j, '.') || ctx.is_punct(j, '!') || ctx.is_punct(j, '?') {
                break;
            }
            match collect(ctx, j, allow, 4) {
                Some((a, b)) => {
                    let n = words_of(ctx, a, b).count();
                    if n < 2 || has_hero(ctx, a, b) || run_goes_on(ctx, b, allow) {
                        all_names = false;
                    }
                    runs.push((a, b));
                    j = b;
                }
                None if item_number(ctx, j) => j += 2,
                None => {
                    // Separators: `,`, `dan`, brackets and what a rule already took inside.
                    let sep = matches!(ctx.kind(j), Some(Tk::Punct(',' | '(' | ')' | ';' | '/')))
                        || ctx.word_is(j, "dan")
                        || ctx.word_is(j, "serta")
                        || ctx.is_used(j);
                    if !sep {
                        // Something else between the names (`saya sendiri`, a cue and value).
                        let mut buf = [0u8; 24];
                        let ok = ctx.is_word(j)
                            && lexicon::lower(ctx.s(j), &mut buf).is_some_and(|l| {
                                matches!(l, "saya" | "sendiri" | "paspor" | "nik" | "hp" | "wa")
                            });
                        if !ok {
                            break;
                        }
                    }
                    j += 1;
                }
            }
        }
        let person_ctx = (c.saturating_sub(6)..c).any(|k| {
            ctx.in_set(k, lexicon::Set::Kin)
                || names_people(ctx, k)
                || ctx.in_set(k, lexicon::Set::Role)
                || ctx.word_is(k, "melayani")
        }) && !(c.saturating_sub(6)..c)
            .any(|k| ctx.gap(k + 1) == Gap::Line && k + 1 < c);
        // Under a heading of people, a list of single capitalised words is a list of names
        // (`Peserta rapat: Tukiman, Sarmi, dan Paijo.`, `Saksi-saksi: 1. Kasim 2. Ngadiman`).
        let singles = person_ctx
            && ctx.mode == Mode::Normal
            && runs.len() >= 2
            && runs.iter().all(|&(a, b)| {
                words_of(ctx, a, b).all(|k| {
                    ctx.case(k) == Case::Title
                        && ctx.nchars(k) >= 3
                        && !ctx.in_set(k, lexicon::Set::Office)
                        && !ctx.in_set(k, lexicon::Set::Place)
                        && !ctx.in_set(k, lexicon::Set::PlaceBeforeName)
                        && !ctx.in_set(k, lexicon::Set::Business)
                })
            });
        let accept = |ctx: &Ctx, a: usize, b: usize| {
            let n = words_of(ctx, a, b).count();
            (n >= 2 || singles && n == 1)
                && !has_hero(ctx, a, b)
                && !run_goes_on(ctx, b, allow)
                && (ctx.is_punct(b, ',')
                    || opens_note(ctx, b)
                    || ctx.is_punct(b, '.')
                    || ctx.word_is(b, "dan")
                    || item_number(ctx, b)
                    // An age or a birth date in brackets (`Jufri Latif (26 Nov 1979) dan …`).
                    || ctx.is_punct(b, '(') && ctx.is_num(b + 1)
                    || ctx.gap(b) == Gap::Line
                    || ctx.kind(b).is_none())
        };
        let list = runs.len() >= 2 && all_names;
        let mut pushed = Vec::new();
        for &(a, b) in &runs {
            let known = words_of(ctx, a, b).any(|k| lex_known(ctx, k));
            if accept(ctx, a, b) && (list || person_ctx || known) {
                pushed.push((a, b));
            }
        }
        for (a, b) in pushed {
            ctx.push(a, b, PiiKind::Person, Confidence::Medium);
        }
        c = j.max(c + 1);
    }
}

/// A name as its lower-case words.
pub(crate) type NameWords = Vec<String>;

/// Person names to find wherever they occur, as a trie of lower-case words: the longest name
/// starting at a word is found in one step per word of it, however many names the index holds
/// (a text naming thousands of people must not make every later word try each of them).
#[derive(Clone, Debug)]
pub(crate) struct NameIndex {
    /// The children of each node by word; node 0 is the root.
    nodes: Vec<HashMap<String, u32, BuildHasherDefault<lexicon::WordHasher>>>,
    /// Whether a name ends at each node.
    ends: Vec<bool>,
    /// How many distinct names the index holds.
    names: usize,
}

impl Default for NameIndex {
    fn default() -> Self {
        NameIndex {
            nodes: vec![HashMap::default()],
            ends: vec![false],
            names: 0,
        }
    }
}

impl NameIndex {
    /// Adds a name given as lower-case words (from [`name_words`]); an empty or known name is
    /// ignored.
    pub(crate) fn insert(&mut self, words: &[String]) {
        if words.is_empty() {
            return;
        }
        let mut node = 0usize;
        for w in words {
            node = match self.nodes[node].get(w.as_str()) {
                Some(&child) => child as usize,
                None => {
                    let child = self.nodes.len();
                    self.nodes.push(HashMap::default());
                    self.ends.push(false);
                    self.nodes[node].insert(w.clone(), child as u32);
                    child
                }
            };
        }
        if !self.ends[node] {
            self.ends[node] = true;
            self.names += 1;
        }
    }

    /// How many distinct names the index holds.
    pub(crate) fn len(&self) -> usize {
        self.names
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.names == 0
    }

    /// The child of `node` by `word` (any case), without allocating for short ASCII words.
    fn child(&self, node: usize, word: &str) -> Option<usize> {
        let map = self.nodes.get(node)?;
        let mut buf = [0u8; 24];
        let found =
            match lexicon::lower_bytes(word, &mut buf).and_then(|b| std::str::from_utf8(b).ok()) {
                Some(lw) => map.get(lw),
                None => map.get(word.to_lowercase().as_str()),
            };
        found.map(|&c| c as usize)
    }
}

/// Splits a name into lower-case words (letters only).
pub(crate) fn name_words(name: &str) -> NameWords {
    name.split(|c: char| !super::token::is_letter(c) && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Matches `index` against the words of the text; each match is pushed with `conf`. With `parts`
/// (words of names found, alone): not after a place word nor inside a file name or handle, and
/// taking the unknown capitalised words that follow.
fn mentions(ctx: &mut Ctx, index: &NameIndex, conf: Confidence, need_capital: bool, parts: bool) {
    let mut i = 0;
    while i < ctx.toks.len() {
        if !ctx.is_word(i) || ctx.is_used(i) || (i > 0 && ctx.glued(i) && ctx.is_word(i - 1)) {
            i += 1;
            continue;
        }
        let place = |p: usize| {
            ctx.in_set(p, lexicon::Set::PlaceBeforeName)
                || ctx.in_set(p, lexicon::Set::StreetDesignator)
                || ctx.in_set(p, lexicon::Set::HamletDesignator)
                || ctx.in_set(p, lexicon::Set::AreaWord)
                || ctx.in_set(p, lexicon::Set::AreaLevel)
                || ctx.in_set(p, lexicon::Set::Place)
        };
        // Also past titles or a word before the name (`RSD dr. Soebandi`, `Jl. Teuku Umar`), and
        // not inside a file name or handle (`KTP_Siti_Rahmawati.jpg`).
        let before = ctx.prev_word(i);
        let glued_in = |k: usize| matches!(ctx.kind(k), Some(Tk::Punct('_' | '@' | '/' | '\\')));
        if parts
            && ((ctx.glued(i) && i > 0 && glued_in(i - 1))
                || before.is_some_and(place)
                || before.and_then(|p| ctx.prev_word(p)).is_some_and(place)
                || word_before_titles(ctx, i).is_some_and(place))
        {
            i += 1;
            continue;
        }
        match longest_name(ctx, index, i, need_capital) {
            Some(mut end) => {
                // A word of a name found, then more words no list knows (`Giok` of `Giok Lan`):
                // the mention is of a whole name, up to four words.
                while parts
                    && end - i < 4
                    && ctx.gap(end) == Gap::Space
                    && unknown_capitalised(ctx, end)
                {
                    end += 1;
                }
                ctx.push(i, end, PiiKind::Person, conf);
                i = end;
            }
            None => i += 1,
        }
    }
}

/// Whether a word with these list `flags` can only be read as a name: it is in no list but the
/// lists of name words (or in none).
fn name_only(flags: u64) -> bool {
    const NAME_LISTS: u64 = lexicon::Set::GivenName.bit()
        | lexicon::Set::Surname.bit()
        | lexicon::Set::ChineseSurname.bit()
        | lexicon::Set::NameToo.bit();
    flags & !NAME_LISTS == 0
}

/// The Chinese-Indonesian family name `The` (`The Kian Hong`, `THE KIM KIAT`): `The` and two
/// capitalised words that no list knows, each one syllable of the old spelling (at most two
/// consonants, vowels, then nothing or `ng`, `n`, `m`, `k`, `t`, `p`, `h`: `Kian`, `Kim`, `Tjoen`), so
/// that English (`The Best Way`, `The Body Shop`) is none.
fn the_surname(ctx: &mut Ctx) {
    fn short(ctx: &Ctx, k: usize) -> bool {
        let w = ctx.s(k).to_ascii_lowercase();
        let vowel = |c: &u8| b"aeiou".contains(c);
        let b = w.as_bytes();
        let first = b.iter().position(vowel).unwrap_or(b.len());
        let last = b.iter().rposition(vowel).map_or(0, |p| p + 1);
        ctx.gap(k) == Gap::Space
            && w.is_ascii()
            && first <= 2
            && (first..last).all(|p| vowel(&b[p]))
            && matches!(&w[last..], "" | "ng" | "n" | "m" | "k" | "t" | "p" | "h")
            && unknown_capitalised(ctx, k)
    }
    for i in 0..ctx.toks.len().saturating_sub(2) {
        if ctx.word_is(i, "the")
            && ctx.case(i) != Case::Lower
            && short(ctx, i + 1)
            && short(ctx, i + 2)
        {
            ctx.push(i, i + 3, PiiKind::Person, Confidence::Medium);
        }
    }
}

/// Whether token `k` is a capitalised word, not taken, that no word list knows as anything but a
/// name word, and not glued to a further word.
fn unknown_capitalised(ctx: &Ctx, k: usize) -> bool {
    ctx.is_word(k)
        && !ctx.is_used(k)
        && ctx.case(k) != Case::Lower
        && ctx.info.get(k).is_some_and(|f| name_only(f.flags))
        && !(ctx.glued(k + 1) && ctx.is_word(k + 1))
}

/// The end (exclusive token) of the longest name of `index` starting at word `i`: its words
/// separated by spaces (a glued `.` of an abbreviation allowed), none taken, capitalised when
/// `need_capital`, and not glued to a further word.
fn longest_name(ctx: &Ctx, index: &NameIndex, i: usize, need_capital: bool) -> Option<usize> {
    let mut node = 0;
    let mut k = i;
    let mut best = None;
    loop {
        if k > i {
            // Allow a glued `.` (abbreviations) then a space.
            if ctx.is_punct(k, '.') && ctx.glued(k) {
                k += 1;
            }
            if !matches!(ctx.gap(k), Gap::Space | Gap::Wide | Gap::None)
                || ctx.gap(k) == Gap::None && ctx.is_word(k.saturating_sub(1))
            {
                return best;
            }
        }
        if !ctx.is_word(k) || ctx.is_used(k) || need_capital && ctx.case(k) == Case::Lower {
            return best;
        }
        let Some(child) = index.child(node, ctx.s(k)) else {
            return best;
        };
        node = child;
        k += 1;
        // Not glued to a further word.
        if index.ends[node] && !(ctx.glued(k) && ctx.is_word(k)) {
            best = Some(k);
        }
    }
}

/// Names spelled letter by letter, as on the phone: `D-I-N-D-A`, `B-A-H-A-R-U-D-D-I-N`
/// (three capital letters or more joined by dashes).
fn spelled(ctx: &mut Ctx) {
    fn letter(ctx: &Ctx, k: usize) -> bool {
        // A single capital reads as Title case.
        ctx.is_word(k) && ctx.nchars(k) == 1 && ctx.case(k) != Case::Lower
    }
    let mut i = 0;
    while i < ctx.toks.len() {
        if !letter(ctx, i) || ctx.is_used(i) || (i > 0 && ctx.glued(i) && ctx.is_word(i - 1)) {
            i += 1;
            continue;
        }
        let mut b = i + 1;
        let mut letters = 1;
        // At most 30 letters: a name, not a pattern (and a bounded name for the index of names
        // found, which is matched again from every word).
        while letters < 30
            && ctx.is_punct(b, '-')
            && ctx.glued(b)
            && ctx.glued(b + 1)
            && letter(ctx, b + 1)
        {
            b += 2;
            letters += 1;
        }
        // Letters read out one by one with single spaces: `B A H A S U A N` (four at least).
        let hyphened = letters >= 3;
        let mut spaced = false;
        if letters == 1 {
            while letters < 30 && letter(ctx, b) && ctx.gap(b) == Gap::Space {
                b += 1;
                letters += 1;
            }
            spaced = letters >= 4;
        }
        let glued_after = ctx.glued(b) && (ctx.is_word(b) || ctx.is_num(b));
        // A heading set out letter by letter (`S U R A T   K U A S A`, `B E R I T A   A C A R A`):
        // the letters spell a word some list knows as no name's.
        let heading = spaced && {
            let word: String = (i..b).map(|k| ctx.s(k)).collect();
            let flags = lexicon::word_flags(&word);
            flags != 0 && flags & (lexicon::Set::GivenName.bit() | lexicon::Set::Surname.bit()) == 0
        };
        if (hyphened || spaced) && !glued_after && !heading {
            ctx.push(i, b, PiiKind::Person, Confidence::Medium);
        }
        i = b;
    }
}

/// The answer to a question for a name, in a transcript: `Petugas: Boleh disebutkan nama
/// lengkapnya?` then `Pelapor: Christina Matulessy.`; `T: Nama ayahnya?` then `J: Yosef
/// Tabuni`. The answer is a whole turn: after its speaker's label, capitalised name words up to
/// the turn's end (or a full stop or comma that ends it).
fn answered(ctx: &mut Ctx) {
    if ctx.mode != Mode::Normal {
        return;
    }
    let allow = plain_allow(ctx.mode);
    // Whether the line being read has a name word, and whether it asks for a name.
    let mut name_on_line = false;
    let mut asks = false;
    let mut i = 0;
    while i < ctx.toks.len() {
        if i > 0 && ctx.gap(i) == Gap::Line {
            name_on_line = false;
            if std::mem::take(&mut asks) {
                if let Some(b) = answer_turn(ctx, i, allow) {
                    i = b;
                    continue;
                }
            }
        }
        if ctx.is_word(i) && ctx.in_set(i, lexicon::Set::NameWord) {
            name_on_line = true;
        }
        // The question mark ends the line (`nama lengkapnya?`).
        asks = ctx.is_punct(i, '?') && name_on_line && ctx.gap(i + 1) == Gap::Line;
        i += 1;
    }
}

/// The name in the turn that starts at token `i` (after a speaker's label of one or two words
/// and a colon, if any) when the turn is nothing else; the end of the name.
fn answer_turn(ctx: &mut Ctx, i: usize, allow: Allow) -> Option<usize> {
    let label = (i + 1..i + 3).find(|&k| ctx.is_punct(k, ':') && ctx.gap(k) == Gap::None);
    let start = match label {
        Some(c) if (i..c).all(|k| ctx.is_word(k)) => c + 1,
        _ => i,
    };
    if ctx.case(start) != Case::Title && ctx.case(start) != Case::Upper {
        return None;
    }
    let (a, b) = collect(ctx, start, allow, 4)?;
    let ends = |k: usize| k >= ctx.toks.len() || ctx.gap(k) == Gap::Line;
    let whole =
        a == start && (ends(b) || matches!(ctx.kind(b), Some(Tk::Punct('.' | ','))) && ends(b + 1));
    let person = (a..b).all(|k| {
        !ctx.is_word(k)
            || !ctx.in_set(k, lexicon::Set::Office)
                && !ctx.in_set(k, lexicon::Set::Stop)
                && !ctx.in_set(k, lexicon::Set::Place)
    });
    if whole && person && !has_hero(ctx, a, b) {
        ctx.push(a, b, PiiKind::Person, Confidence::Medium);
        Some(b)
    } else {
        None
    }
}

/// The second of two names set side by side with a tab or a wide run of spaces (a letter's
/// two signatures, `Ketua,<TAB>Sekretaris,` above them): after a name found, the capitalised
/// words up to the line's end or the next such break. Also a row of cells split by
/// semicolons whose first cell is a role (`Ketua;Jacob Leiwakabessy;(+62) 887…`).
fn side_by_side(ctx: &mut Ctx) {
    if ctx.mode == Mode::Lower {
        return;
    }
    let allow = plain_allow(ctx.mode);
    let line_end = |ctx: &Ctx, b: usize| b >= ctx.toks.len() || ctx.gap(b) == Gap::Line;
    let mut i = 1;
    while i < ctx.toks.len() {
        // (Not in a table, whose columns the table rule reads: `1<TAB>Suparmi<TAB>Sukamaju`.)
        let after_name = ctx.wide_break(i)
            && ctx.is_used(i - 1)
            && ctx.toks[i - 1].kind == Tk::Word
            && ctx.just_found_ending(i - 1, |k| k == PiiKind::Person)
            && !(i.saturating_sub(8)..i).any(|k| ctx.info.get(k).is_some_and(|f| f.cell_start));
        // `Ketua;X;…`: a role alone in the line's first cell.
        let role_cell = ctx.is_punct(i - 1, ';')
            && ctx.glued(i - 1)
            && i >= 2
            && ctx.is_word(i - 2)
            && (i == 2 || ctx.gap(i - 2) == Gap::Line)
            && (ctx.in_set(i - 2, lexicon::Set::Role)
                || ctx.in_set(i - 2, lexicon::Set::PersonNoun));
        if !(after_name || role_cell) || ctx.case(i) == Case::Lower {
            i += 1;
            continue;
        }
        let name = collect(ctx, i, allow, 4).filter(|&(a, b)| {
            a == i
                && if role_cell {
                    ctx.is_punct(b, ';') && ctx.glued(b)
                } else {
                    line_end(ctx, b) || ctx.wide_break(b)
                }
                && words_of(ctx, a, b).all(|k| {
                    !ctx.in_set(k, lexicon::Set::Office) && !ctx.in_set(k, lexicon::Set::Place)
                })
                && !has_hero(ctx, a, b)
        });
        match name {
            Some((a, b)) => {
                ctx.push(a, b, PiiKind::Person, Confidence::Medium);
                i = b;
            }
            None => i += 1,
        }
    }
}

/// An English self-introduction opening the text or a line: `Joost de Vries here, a digital
/// nomad in Ubud`.
fn named_here(ctx: &mut Ctx) {
    if ctx.mode != Mode::Normal {
        return;
    }
    let mut i = 0;
    while i < ctx.toks.len() {
        if i > 0 && ctx.gap(i) != Gap::Line || ctx.case(i) != Case::Title {
            i += 1;
            continue;
        }
        let here = collect(ctx, i, TITLE, 4).filter(|&(a, b)| {
            a == i
                && (words_of(ctx, a, b).count() >= 2 || lex_known(ctx, a))
                && ctx.word_is(b, "here")
                && matches!(ctx.kind(b + 1), Some(Tk::Punct(',' | '.' | '!')))
                && !has_hero(ctx, a, b)
        });
        match here {
            Some((a, b)) => {
                ctx.push(a, b, PiiKind::Person, Confidence::Medium);
                i = b;
            }
            None => i += 1,
        }
    }
}

/// After `saya`, one or two words no list knows, in small letters or in capitals, and then a
/// value or where the person lives: `sy hada 0883…`, `sy RUGAYAH RAMLAH 0886…`, `sy
/// parlindungan warga kel oebobo`. The range of the name.
fn self_named_before(ctx: &Ctx, start: usize) -> Option<(usize, usize)> {
    // In capitals in a text that has small letters; in small letters in a text without
    // capitals, and then no word that reads as a verb (`sy dibawa warga`).
    let case = match ctx.mode {
        Mode::Normal => Case::Upper,
        Mode::Lower => Case::Lower,
        Mode::Upper => return None,
    };
    let mut e = start;
    while e < start + 2
        && ctx.is_word(e)
        && !ctx.is_used(e)
        && (e == start || ctx.gap(e) == Gap::Space)
        && ctx.case(e) == case
        && ctx.nchars(e) >= 3
        && !ctx.in_set(e, lexicon::Set::Stop)
        && !ctx.in_set(e, lexicon::Set::Role)
        && !ctx.in_set(e, lexicon::Set::Honorific)
        && !ctx.cue_word(e)
        && !(case == Case::Lower && looks_affixed(&lower_owned(ctx.s(e))))
    {
        e += 1;
    }
    // A number found after it (not a name: `saya BRIGPOL [Cut Nurul Aini]`), or its
    // placeholder in a text redacted before; or where the person lives.
    let value = ctx.is_used(e)
        && match ctx.toks.get(e).map(|t| t.kind) {
            Some(Tk::Num | Tk::Punct('+' | '(')) => true,
            Some(Tk::Placeholder) => !ctx.text[ctx.toks[e].start..].starts_with("[PERSON"),
            _ => false,
        };
    let then = ctx.gap(e) == Gap::Space
        && (value
            || ["warga", "rt", "almt", "alamat", "tinggal"]
                .iter()
                .any(|w| ctx.word_is(e, w)));
    (e > start && then).then_some((start, e))
}

/// A name introduced on the phone: `dengan Mardianto di sini`, `Dengan Sukarjo.` at the start
/// of a turn.
fn on_the_phone(ctx: &mut Ctx) {
    if ctx.mode == Mode::Lower {
        return;
    }
    let mut i = 0;
    while i + 1 < ctx.toks.len() {
        if !ctx.word_is(i, "dengan") || ctx.is_used(i) {
            i += 1;
            continue;
        }
        let Some((a, b)) = collect(ctx, i + 1, plain_allow(ctx.mode), 3) else {
            i += 1;
            continue;
        };
        let here = ctx.word_is(b, "di") && ctx.word_is(b + 1, "sini")
            // The agent's greeting: `dengan Rina, ada yang bisa dibantu?`, `dengan Rina
            // bisa dibantu?`, `dengan Rina, silakan.`
            || {
                let n = if ctx.is_punct(b, ',') { b + 1 } else { b };
                ctx.word_is(n, "silakan")
                    || ctx.word_is(n, "bisa") && ctx.word_is(n + 1, "dibantu")
                    || ctx.word_is(n, "ada") && ctx.word_is(n + 1, "yang")
            };
        // `Iya, selamat pagi. Dengan Sukarjo.`: the turn's own name, then a full stop.
        let turn = ctx.case(i) == Case::Title
            && ctx.is_punct(b, '.')
            && (a..b).all(|k| !ctx.is_word(k) || !ctx.in_set(k, lexicon::Set::Office));
        if (here || turn) && !has_hero(ctx, a, b) {
            ctx.push(a, b, PiiKind::Person, Confidence::Medium);
            i = b;
        } else {
            i += 1;
        }
    }
}

/// A name followed by a comma and who the person is: `Masliani, tetangga sebelah rumah saya`,
/// `Kata Normah, warga yang …`, `Ja'far Alkaff, pedagang di dekat lokasi`.
fn before_person_noun(ctx: &mut Ctx) {
    if ctx.mode == Mode::Lower {
        return;
    }
    let mut c = 1;
    while c + 1 < ctx.toks.len() {
        let described = ctx.is_punct(c, ',')
            && ctx.gap(c + 1) == Gap::Space
            && ctx.is_word(c + 1)
            && ctx.case(c + 1) == Case::Lower
            && (ctx.in_set(c + 1, lexicon::Set::PersonNoun)
                || ctx.in_set(c + 1, lexicon::Set::Kin)
                || ctx.in_set(c + 1, lexicon::Set::Role));
        if !described {
            c += 1;
            continue;
        }
        // The capitalised words right before the comma (at most three).
        let mut a = c;
        while a > 0
            && c - a < 6
            && (ctx.is_word(a - 1)
                || ctx.is_punct(a - 1, '\'')
                || ctx.is_punct(a - 1, '.') && ctx.glued(a - 1))
        {
            a -= 1;
            if ctx.gap(a) == Gap::Line {
                break;
            }
        }
        let start = (a..c)
            .find(|&k| ctx.is_word(k) && ctx.case(k) == Case::Title && name_word(ctx, k, TITLE));
        if let Some(start) = start {
            if let Some((x, y)) = collect(ctx, start, TITLE, 3).filter(|&(_, y)| y == c) {
                let first_of_sentence = x == 0
                    || ctx.gap(x) == Gap::Line
                    || matches!(ctx.kind(x - 1), Some(Tk::Punct('.' | '!' | '?')));
                let words: Vec<usize> = words_of(ctx, x, y).collect();
                let plain = words.iter().all(|&k| {
                    !ctx.in_set(k, lexicon::Set::Office)
                        && !ctx.in_set(k, lexicon::Set::AreaWord)
                        && !ctx.in_set(k, lexicon::Set::Month)
                        && !camel(ctx.s(k))
                });
                // A sentence's first word is capitalised anyway, and a single capitalised word
                // may be a system or a brand (`sistem Dapodik, anak tdk bisa daftar`): either
                // needs a second word or a known name, unless a word that only describes
                // (`tetangga`, `warga`, `pedagang`, not `anak` or `ibu`, which often start the
                // next clause) follows the comma.
                let describing = !ctx.word_where(c + 1, |w| {
                    matches!(
                        w.to_ascii_lowercase().as_str(),
                        "anak"
                            | "ibu"
                            | "bapak"
                            | "ayah"
                            | "suami"
                            | "istri"
                            | "isteri"
                            | "adik"
                            | "kakak"
                            | "orang"
                    )
                });
                let enough = words.len() >= 2
                    || words.iter().any(|&k| lex_known(ctx, k))
                    || !first_of_sentence && describing;
                if plain && enough && !has_hero(ctx, x, y) && !place_before(ctx, x) {
                    ctx.push(x, y, PiiKind::Person, Confidence::Medium);
                }
            }
        }
        c += 1;
    }
}

/// The end of a chat export's time stamp starting the line at `i` (`[21.15, 18/6/2024]`,
/// `8/27/25, 1:27 pm -`, `04/08/24 17.40 -`, `08:09`): numbers joined by `.`, `:`, `/`, `,`
/// with a time among them, brackets, `am`/`pm`, and a dash after it. `None` without a time.
fn time_stamp_end(ctx: &Ctx, i: usize) -> Option<usize> {
    stamp_end(ctx, i, false)
}

/// [`time_stamp_end`], or with `closing` the end of a time stamp that closes its line (a
/// Telegram export's `Moh. Jakfar, [27.01.26 06:20]`).
fn stamp_end(ctx: &Ctx, i: usize, closing: bool) -> Option<usize> {
    let mut k = i;
    let mut nums = 0;
    let mut time = false;
    while k < i + 16 {
        match ctx.kind(k) {
            Some(Tk::Num) => {
                nums += 1;
                if matches!(ctx.kind(k + 1), Some(Tk::Punct(':' | '.')))
                    && ctx.glued(k + 1)
                    && ctx.is_num(k + 2)
                    && ctx.glued(k + 2)
                {
                    time = true;
                }
            }
            Some(Tk::Punct('[' | ']' | ',' | '.' | ':' | '/')) => {}
            // An ISO date's dashes: `[2026-01-30 21:34]`.
            Some(Tk::Punct('-')) if ctx.glued(k) && ctx.is_num(k + 1) && ctx.glued(k + 1) => {}
            Some(Tk::Word) if ctx.word_is(k, "am") || ctx.word_is(k, "pm") => {}
            _ => break,
        }
        k += 1;
        if k >= ctx.toks.len() || ctx.gap(k) == Gap::Line {
            if closing && time && nums >= 2 {
                return Some(k);
            }
            return None;
        }
    }
    // The time stamp ends at a space; a dash may follow it.
    if !time || nums < 2 || ctx.glued(k) {
        return None;
    }
    if matches!(ctx.kind(k), Some(Tk::Punct('-' | '\u{2013}'))) {
        k += 1;
    }
    Some(k)
}

/// Whether the word at `k` may be part of a chat sender's or a poster's display name: no
/// common word, role, cue, place or acronym.
fn display_name_word(ctx: &Ctx, k: usize) -> bool {
    ctx.is_word(k)
        && !ctx.is_used(k)
        && ctx.nchars(k) >= 2
        && ctx.case(k) != Case::Upper
        && !ctx.in_set(k, lexicon::Set::Stop)
        && !ctx.in_set(k, lexicon::Set::Role)
        && !ctx.in_set(k, lexicon::Set::PersonNoun)
        && !ctx.in_set(k, lexicon::Set::Office)
        && !ctx.in_set(k, lexicon::Set::Place)
        // (`Agus` is also a month's abbreviation.)
        && (!ctx.in_set(k, lexicon::Set::Month) || ctx.in_set(k, lexicon::Set::GivenName))
        && !ctx.cue_word(k)
        && !looks_affixed(&lower_owned(ctx.s(k)))
        // A nickname in camel case (`MasterOfNone`) names no one.
        && !inner_capital(ctx.s(k))
}

/// Whether a word has a capital after a small letter (`MasterOfNone`, `DitjenPajak`).
fn inner_capital(w: &str) -> bool {
    w.as_bytes()
        .windows(2)
        .any(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase())
}

/// The display name starting at `k` (a word of address before it skipped): up to four name
/// words, then emoji or other non-ASCII signs; returns the name's tokens and the token after the
/// signs.
fn display_name(ctx: &Ctx, k: usize) -> Option<(usize, usize, usize)> {
    let mut a = k;
    if ctx.in_set(a, lexicon::Set::Honorific) || ctx.in_set(a, lexicon::Set::AddressWord) {
        a += 1;
        if ctx.is_punct(a, '.') && ctx.glued(a) {
            a += 1;
        }
    }
    let mut b = a;
    while b < a + 4 && display_name_word(ctx, b) && (b == a || ctx.gap(b) == Gap::Space) {
        b += 1;
        // An abbreviated first name: `Moh. Jakfar`.
        if b == a + 1
            && ctx.is_punct(b, '.')
            && ctx.glued(b)
            && ctx.in_set(a, lexicon::Set::NameAbbrev)
            && ctx.is_word(b + 1)
        {
            b += 1;
        }
    }
    if b == a {
        return None;
    }
    let mut after = b;
    while matches!(ctx.kind(after), Some(Tk::Punct(c)) if !c.is_ascii())
        && ctx.gap(after) != Gap::Line
    {
        after += 1;
    }
    Some((a, b, after))
}

/// Chat exports and social posts name people in their layout: the sender of each message
/// (`[21.15, 18/6/2024] popon: …`, `04/08/24 17.40 - Mbak shafa: …`, or a sender that starts
/// two lines or more), the poster's display name before the handle (`Encep Rustandi 🌸
/// @enceppp_ · 40m`) and the reviewer's name above a review's stars (`eka safitri` / `★☆☆☆☆ 5
/// hari lalu`); in threads also after a reply or quote mark (`↳`, `🔁`), a quote's author
/// (`🔁 Rini mengutip:`), a reply's author before its colon (`↳ Rini: iya bener`) and a group
/// post's author (`Rini ▸ INFO WARGA`).
fn chat_layout(ctx: &mut Ctx) {
    let mut i = 0;
    while i < ctx.toks.len() {
        if !(i == 0 || ctx.gap(i) == Gap::Line) {
            i += 1;
            continue;
        }
        let (mut k, stamped) = match time_stamp_end(ctx, i) {
            Some(k) => (k, true),
            None => (i, false),
        };
        // A thread's reply or quote mark before the name: `↳ Rini @rini_ · 2j`, `🔁 Rini
        // mengutip:`.
        while matches!(ctx.kind(k), Some(Tk::Punct(c)) if !c.is_ascii()) && k < i + 3 {
            k += 1;
        }
        let Some((a, b, after)) = display_name(ctx, k) else {
            i += 1;
            continue;
        };
        // A sender's town in brackets before the colon or the dash: `Frans (Ambon):`.
        let after = if ctx.is_punct(after, '(') && ctx.gap(after) == Gap::Space {
            (after + 1..(after + 6).min(ctx.toks.len()))
                .find(|&t| ctx.is_punct(t, ')'))
                .map_or(after, |t| t + 1)
        } else {
            after
        };
        // (Or in columns after its time, the message in the next: `20:15\tYulin Katili\tSudah
        // lapor polsek?`; or before its time, a Telegram export: `Moh. Jakfar, [27.01.26
        // 06:20]`, the message on the next line.)
        let telegram = !stamped
            && ctx.is_punct(after, ',')
            && ctx.is_punct(after + 1, '[')
            && stamp_end(ctx, after + 1, true)
                .is_some_and(|e| e >= ctx.toks.len() || ctx.gap(e) == Gap::Line);
        let sender = telegram
            || ctx.is_punct(after, ':') && (stamped || ctx.info.get(a).is_some_and(|f| f.speaker))
            || stamped
                && after == b
                && ctx.gap(a) == Gap::Wide
                && ctx.gap(after) == Gap::Wide
                && ctx.is_word(after);
        // A Discord or forum post's author: `Muhir — Hari ini pukul 16.41`, `Rahma (Sleman) —
        // Kemarin pukul 14.15`.
        // (The dash is a non-ASCII sign, which `display_name` skips like an emoji.)
        let dash = [b, after].into_iter().find(|&t| ctx.is_dash(t));
        let discord = !stamped
            && dash.is_some_and(|d| {
                (d + 1..(d + 5).min(ctx.toks.len())).any(|t| ctx.word_is(t, "pukul"))
                    && (ctx.word_is(d + 1, "hari") || ctx.word_is(d + 1, "kemarin"))
            });
        // The handle: found already (a value that starts with `@`), or `@` and a word (not a
        // masked `@*****`, so that redacting twice finds nothing new).
        let handle_found = ctx.kind(after) == Some(Tk::Placeholder)
            && ctx
                .toks
                .get(after)
                .is_some_and(|t| ctx.text.as_bytes().get(t.start) == Some(&b'@'));
        let handle_written = ctx.is_punct(after, '@')
            && ctx.glued(after + 1)
            && (ctx.is_word(after + 1) || ctx.is_num(after + 1));
        // A group post's author before `▸`, a quote's author before `mengutip`.
        let poster = !stamped
            && (handle_found
                || handle_written
                || ctx.word_is(after, "mengutip")
                || (b..after).any(|t| ctx.is_punct(t, '\u{25b8}')))
            && ctx.gap(after) != Gap::Line;
        let reviewer = !stamped
            && ctx.gap(after) == Gap::Line
            && (matches!(
                ctx.kind(after),
                Some(Tk::Punct('\u{2605}' | '\u{2606}' | '\u{2b50}'))
            ) || ctx.is_num(after) && ctx.word_is(after + 1, "ulasan"));
        // A Facebook comment's or post's author, alone on a line: a comment's footer (`Suka ·
        // Balas · 12 j`) within the next three lines, or the post's time (`Kemarin pukul 11.59
        // · 🌐`) on the next; a reply's author after `↳`, before the reply.
        let alone = !stamped && (after >= ctx.toks.len() || ctx.gap(after) == Gap::Line);
        let facebook = alone && (comment_footer_follows(ctx, after) || post_time_next(ctx, after));
        let reply = !stamped
            && k > i
            && ctx.is_punct(i, '\u{21b3}')
            && (after >= ctx.toks.len() || ctx.gap(after) != Gap::None || ctx.is_punct(after, ':'));
        if sender || poster || reviewer || facebook || reply || discord {
            ctx.push(a, b, PiiKind::Person, Confidence::Medium);
        }
        i = b.max(i + 1);
    }
}

/// Whether a Facebook comment footer (`Suka · Balas`) starts one of the three lines from token
/// `t` (the start of a line). Reads at most 120 tokens.
fn comment_footer_follows(ctx: &Ctx, t: usize) -> bool {
    let mut lines = 0;
    let end = (t + 120).min(ctx.toks.len());
    for k in t..end {
        if k > t && ctx.gap(k) == Gap::Line {
            lines += 1;
            if lines > 3 {
                return false;
            }
        }
        // `Suka · Balas · 12 j`, `👍 50  · Balas`.
        if lines >= 1 && ctx.is_punct(k, '\u{b7}') && ctx.word_is(k + 1, "balas") {
            return true;
        }
    }
    false
}

/// Whether the line starting at token `t` is a post's time: `pukul` and a `·` on it (`Kemarin
/// pukul 11.59 · 🌐`, `2 Juli pukul 07.16 · 🌐`).
fn post_time_next(ctx: &Ctx, t: usize) -> bool {
    let mut pukul = false;
    let mut k = t;
    while k < ctx.toks.len() && k < t + 12 && (k == t || ctx.gap(k) != Gap::Line) {
        pukul |= ctx.word_is(k, "pukul");
        if pukul && ctx.is_punct(k, '\u{b7}') {
            return true;
        }
        k += 1;
    }
    false
}

/// A contact person named right before a phone number: `hub Enok 0818 …`, `CP Febri 62817…`,
/// `info hub Willy (+62) 895 …`, in any case.
fn contact_person(ctx: &mut Ctx) {
    let mut i = 0;
    while i + 2 < ctx.toks.len() {
        // Also a broadcast's `Info ke X 0889…`, `Kabar ke X 0819…`.
        let tell = ctx.word_is(i, "ke")
            && i > 0
            && ["info", "kabar", "konfirmasi"]
                .iter()
                .any(|w| ctx.word_is(i - 1, w));
        if !ctx.in_set(i, lexicon::Set::ContactWord) && !tell {
            i += 1;
            continue;
        }
        let a = i + 1;
        let mut b = a;
        while b < a + 3 && display_name_word(ctx, b) && ctx.gap(b) == Gap::Space {
            b += 1;
        }
        let value = b > a
            && (ctx.kind(b) == Some(Tk::Placeholder)
                || ctx.is_punct(b, '(') && ctx.kind(b + 1) == Some(Tk::Placeholder));
        if value {
            ctx.push(a, b, PiiKind::Person, Confidence::Medium);
            i = b;
        } else {
            i += 1;
        }
    }
}

/// Names tied to a value or an age: between a value cue and its value (`NIK Rizki [NIK]`, `HP
/// Bu Sari [PHONE]` is the honorific rule's) and before an age in brackets (`Jumriati Ruslan
/// (25)`, `Pak Frans Pattinama (65 thn)`), in capitals.
fn named_by_value(ctx: &mut Ctx) {
    let mut i = 0;
    while i + 2 < ctx.toks.len() {
        let by_cue = matches!(
            ctx.cue_at(i),
            Some(Cue::Nik | Cue::Kk | Cue::Npwp | Cue::Phone | Cue::Bpjs)
        );
        // Not a word that says which number it is (`HP Indo 0878…`, `HP baru 0812…`).
        let which = || {
            [
                "indo",
                "indonesia",
                "lokal",
                "baru",
                "lama",
                "utama",
                "aktif",
            ]
            .iter()
            .any(|w| ctx.word_is(i + 1, w))
        };
        if by_cue && ctx.gap(i + 1) == Gap::Space && !which() {
            if let Some((a, b)) = collect(ctx, i + 1, TITLE, 3) {
                if ctx.kind(b) == Some(Tk::Placeholder) && ctx.gap(b) == Gap::Space {
                    ctx.push(a, b, PiiKind::Person, Confidence::Medium);
                    i = b;
                    continue;
                }
            }
        }
        if let Some((a, b)) = name_before_age(ctx, i)
            .or_else(|| name_before_birth(ctx, i))
            .or_else(|| name_before_role(ctx, i))
            .or_else(|| name_before_residence(ctx, i))
        {
            ctx.push(a, b, PiiKind::Person, Confidence::Medium);
        }
        i += 1;
    }
}

/// Arabic patronymics, `X bin Y` and `X binti Y` (`Umar bin Maryam`, `ZAHRA BINTI SALIM
/// ALJUFRI`): the name words before the particle and one to three after it, with a capital or
/// in capitals, are one name (the particle is part of it). Not in text without capitals.
fn patronymics(ctx: &mut Ctx) {
    if ctx.mode == Mode::Lower {
        return;
    }
    let mut i = 1;
    while i + 1 < ctx.toks.len() {
        if !(ctx.word_is(i, "bin") || ctx.word_is(i, "binti"))
            || ctx.gap(i) != Gap::Space
            || ctx.gap(i + 1) != Gap::Space
        {
            i += 1;
            continue;
        }
        let a = name_run_back(ctx, i - 1, true, true);
        let a = if a < i {
            abbreviations_before(ctx, a)
        } else {
            a
        };
        let allow = if ctx.case(i - 1) == Case::Upper {
            CAPITALS
        } else {
            TITLE
        };
        match collect(ctx, i + 1, allow, 3) {
            Some((s, b)) if a < i && s == i + 1 && !has_hero(ctx, a, b) => {
                ctx.push(a, b, PiiKind::Person, Confidence::High);
                i = b;
            }
            _ => i += 1,
        }
    }
}

/// A name right before its handle in brackets, as posts and press releases credit people
/// (`kontributor Painem (@painem88)`, `BASO PANANRANGI (@BASO_OFFICIAL)`).
fn name_before_handle(ctx: &mut Ctx) {
    let mut i = 0;
    while i + 2 < ctx.toks.len() {
        let handle = ctx.is_punct(i + 1, '(')
            && ctx.gap(i + 1) == Gap::Space
            && ctx.is_used(i + 2)
            && ctx.just_found_starting(i + 2, |kind| kind == PiiKind::Handle);
        if handle && ctx.is_word(i) {
            let a = name_run_back(ctx, i, true, true);
            if a <= i && !has_hero(ctx, a, i + 1) {
                ctx.push(a, i + 1, PiiKind::Person, Confidence::Medium);
            }
        }
        // Without brackets, after a comma or a sentence's end: `Saya peserta, Aferiani Ndruru
        // @aferiani65.`; two words, or one known as a name's.
        let bare = ctx.gap(i + 1) == Gap::Space
            && ctx.is_used(i + 1)
            && ctx.just_found_starting(i + 1, |kind| kind == PiiKind::Handle);
        if bare && ctx.is_word(i) && !ctx.is_used(i) && ctx.mode != Mode::Lower {
            let a = name_run_back(ctx, i, true, true);
            let opens = a > 0
                && a <= i
                && match ctx.kind(a - 1) {
                    Some(Tk::Punct(',' | '!' | '?')) => true,
                    // A sentence's end, not an abbreviation's dot (`Dorma br. Sinaga`).
                    Some(Tk::Punct('.')) => {
                        a >= 2
                            && ctx.is_word(a - 2)
                            && ctx.case(a - 2) == Case::Lower
                            && ctx.nchars(a - 2) >= 4
                    }
                    _ => false,
                };
            if opens && (a < i || lex_known(ctx, a)) && !has_hero(ctx, a, i + 1) {
                ctx.push(a, i + 1, PiiKind::Person, Confidence::Medium);
            }
        }
        i += 1;
    }
}

/// The start of the run of at most four name words that ends at token `i` (`i + 1` when there is
/// none): capitalised words a name may hold, or, with `capitals` and `i` in capitals, words in
/// capitals; never a name cue, and with `untitled` never an honorific or a role either.
fn name_run_back(ctx: &Ctx, i: usize, capitals: bool, untitled: bool) -> usize {
    let upper = capitals && ctx.case(i) == Case::Upper;
    let mut a = i + 1;
    while a > i.saturating_sub(3)
        && a > 0
        && (if upper {
            ctx.case(a - 1) == Case::Upper && name_word(ctx, a - 1, CAPITALS)
        } else {
            ctx.case(a - 1) == Case::Title && name_word(ctx, a - 1, TITLE)
        })
        && !ctx.in_set(a - 1, lexicon::Set::NameCue)
        && !(untitled
            && (ctx.in_set(a - 1, lexicon::Set::Honorific)
                || ctx.in_set(a - 1, lexicon::Set::Role)))
        && (a - 1 == i || ctx.gap(a) == Gap::Space)
    {
        a -= 1;
    }
    a
}

/// After word `i`, a space and an opening bracket: the bracketed note's first token (an age, a
/// birth, a role about the name that ends at `i`).
fn note_after(ctx: &Ctx, i: usize) -> Option<usize> {
    let open = i + 1;
    (ctx.is_punct(open, '(') && ctx.gap(open) == Gap::Space && ctx.is_word(i)).then_some(open + 1)
}

/// The name that ends at token `i`, right before an age in brackets (`(25)`, `(71 thn)`,
/// `(usia 83 tahun)`): one to four capitalised name words back from it. A bare number needs
/// two words or a known given name.
fn name_before_age(ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
    let mut n = note_after(ctx, i)?;
    if ctx.word_is(n, "usia") || ctx.word_is(n, "umur") {
        n += 1;
    }
    let age =
        ctx.is_num(n) && ctx.s(n).len() <= 3 && ctx.s(n).parse::<u32>().is_ok_and(|a| a <= 120);
    if !age {
        return None;
    }
    let unit = ["thn", "tahun", "th"].iter().any(|u| ctx.word_is(n + 1, u));
    let close = if unit { n + 2 } else { n + 1 };
    let close = if ctx.is_punct(close, '.') {
        close + 1
    } else {
        close
    };
    if !ctx.is_punct(close, ')') {
        return None;
    }
    let a = name_run_back(ctx, i, ctx.mode == Mode::Upper, false);
    let words = i + 1 - a;
    // One capitalised word with a two-digit age and a comma, as the press writes a person
    // (`Dedi (41), warga RT 02, mengaku …`).
    let press = words == 1
        && ctx.s(n).len() == 2
        && !unit
        && ctx.is_punct(close + 1, ',')
        && ctx.case(a) == Case::Title
        && ctx.nchars(a) >= 3
        && !ctx.in_set(a, lexicon::Set::Stop)
        && !ctx.in_set(a, lexicon::Set::Office)
        && !ctx.in_set(a, lexicon::Set::Place);
    if words == 0 || !(words >= 2 || unit || press || lex_known(ctx, a)) {
        return None;
    }
    Some((abbreviations_before(ctx, a), i + 1))
}

/// The name that ends at token `i`, right before its bearer's birth in brackets: `anak ke-1
/// Muzakir (lahir 10 November 2007)`, `Sri Wahyuningsih (T.T.L : Bantul, …)`, `Bejo (lhr
/// 1954)`. One to four name words back from it, with a capital or in capitals; a single word
/// of at least three letters that is no common word, place or office.
fn name_before_birth(ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
    if ctx.cue_at(note_after(ctx, i)?) != Some(Cue::Dob) {
        return None;
    }
    let a = name_run_back(ctx, i, ctx.mode == Mode::Upper, false);
    let words = i + 1 - a;
    let single_ok = || {
        ctx.nchars(a) >= 3
            && !ctx.in_set(a, lexicon::Set::Stop)
            && !ctx.in_set(a, lexicon::Set::Office)
            && !ctx.in_set(a, lexicon::Set::Place)
            && !ctx.in_set(a, lexicon::Set::Month)
    };
    if words == 0 || words == 1 && !single_ok() {
        return None;
    }
    Some((abbreviations_before(ctx, a), i + 1))
}

/// The start of a name that starts at token `a`, with the abbreviations and particles before
/// it: `Muh. Yusran Nur`, `I Nyoman Suarjana`.
fn abbreviations_before(ctx: &Ctx, mut a: usize) -> usize {
    for _ in 0..2 {
        if a >= 2
            && ctx.is_punct(a - 1, '.')
            && ctx.glued(a - 1)
            && ctx.in_set(a - 2, lexicon::Set::NameAbbrev)
        {
            a -= 2;
        } else if a >= 1 && (ctx.word_is(a - 1, "I") || ctx.word_is(a - 1, "Ni")) {
            a -= 1;
        }
    }
    a
}

/// The name that ends at token `i`, right before the role its bearer holds, in brackets: a list
/// of who spoke at a meeting (`2. Ko Stevanus Rumengan (Kepala Dusun) mempertanyakan`), a
/// minutes' header (`Notulis : Sarmadi (Sekretaris Desa)`), a witness (`Saksi: Yosias (tukang
/// parkir)`). One to four name words back from it, in capitals or with a capital; a single
/// word only after a colon, a list number or at a line's start.
fn name_before_role(ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
    let role = note_after(ctx, i)?;
    let is_role = ctx.in_set(role, lexicon::Set::Role)
        || ctx.in_set(role, lexicon::Set::RoleHead)
        || ctx.in_set(role, lexicon::Set::PersonNoun)
        || ctx.word_is(role, "tokoh")
        || ctx.word_is(role, "tukang");
    if !is_role || !(role + 1..role + 6).any(|k| ctx.is_punct(k, ')')) {
        return None;
    }
    let a = name_run_back(ctx, i, true, true);
    let words = i + 1 - a;
    if words == 0 {
        return None;
    }
    let colon = a > 0 && ctx.is_punct(a - 1, ':');
    let set_off = a == 0
        || ctx.gap(a) == Gap::Line
        || colon
        || ctx.is_punct(a - 1, '.') && a >= 2 && ctx.is_num(a - 2) && ctx.gap(a - 2) == Gap::Line;
    let after_honorific = a > 0 && ctx.in_set(a - 1, lexicon::Set::Honorific);
    let ok = if set_off {
        words >= 2 || colon || lex_known(ctx, a)
    } else {
        words >= 2 && after_honorific
    };
    if !ok {
        return None;
    }
    Some((a, i + 1))
}

/// The name that ends at token `i`, right before where its bearer lives: `serta Sarmin beralamat
/// di …`, `Teuku Husaini beralamat di …`, `Sekar Maharani yang rumahnya di …`. One to four
/// capitalised name words after a comma, a colon, `serta`, `dan` or at a line's start.
fn name_before_residence(ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
    if !ctx.is_word(i) || ctx.case(i) != Case::Title || ctx.gap(i + 1) != Gap::Space {
        return None;
    }
    let lives = ctx.word_is(i + 1, "beralamat")
        || ctx.word_is(i + 1, "yang")
            && ["rumahnya", "beralamat", "tinggal"]
                .iter()
                .any(|w| ctx.word_is(i + 2, w));
    if !lives {
        return None;
    }
    let a = name_run_back(ctx, i, false, true);
    if a == i + 1 {
        return None;
    }
    let set_off = a == 0
        || ctx.gap(a) == Gap::Line
        || matches!(ctx.kind(a - 1), Some(Tk::Punct(',' | ':' | ';')))
        || ["serta", "dan"].iter().any(|w| ctx.word_is(a - 1, w));
    set_off.then_some((a, i + 1))
}

/// Tables of people ([`super::table`]): the cell under a name column is a name, in any case,
/// when the whole cell reads as one.
fn table_names(ctx: &mut Ctx) {
    for i in 0..ctx.toks.len() {
        if !ctx.cell_of(i, Column::Name) || ctx.is_used(i) {
            continue;
        }
        let end = ctx.cell_end(i);
        if let Some((s, e)) = collect(ctx, i, ANY, 6) {
            // A stop word starts no name, but for a particle (`Anak Agung`).
            let particle = particle_pair(ctx, s, ANY).is_some();
            if e == end && (particle || !ctx.in_set(s, lexicon::Set::Stop)) {
                ctx.push(s, e, PiiKind::Person, Confidence::Medium);
            }
        }
    }
}

/// A name as a document wrongly shows it and as it should read, in a sentence about a name:
/// `Nama saya di buku nikah tertulis Ruhani, seharusnya Rohani.`, `Nama ayah pada draf akta
/// salah ketik menjadi Jumahyr, seharusnya Jumahir.`, `Nama saya di KTP-el tercetak "Simun
/// Ingan"`. After `tertulis`, `tercetak`, `ditulis`, `menjadi`, `seharusnya`, `harusnya` or
/// `semestinya` (a quote may open), a capitalised run, when a person's `nama` (`nama saya`,
/// `nama ayah`, `nama di …`; not `nama desa`) comes at most twelve tokens before in the same
/// sentence and line. Only where capitals tell a name from a word.
fn corrected_names(ctx: &mut Ctx) {
    if ctx.mode != Mode::Normal {
        return;
    }
    for i in 1..ctx.toks.len() {
        let shown = [
            "tertulis",
            "tercetak",
            "ditulis",
            "menjadi",
            "seharusnya",
            "harusnya",
            "semestinya",
        ]
        .iter()
        .any(|w| ctx.word_is(i, w));
        if !shown {
            continue;
        }
        // `nama` earlier in the sentence, on the same line.
        let mut about_name = false;
        let mut k = i;
        while k > 0 && k + 12 > i {
            if ctx.gap(k) == Gap::Line
                || matches!(ctx.kind(k - 1), Some(Tk::Punct('.' | '!' | '?')))
            {
                break;
            }
            k -= 1;
            // A person's name: `nama saya`, `nama ayah`, `nama di ijazah` (not `nama desa`).
            if ctx.word_is(k, "nama") {
                let n = k + 1;
                about_name = ctx.in_set(n, lexicon::Set::FirstPerson)
                    || ctx.in_set(n, lexicon::Set::Kin)
                    || ctx.in_set(n, lexicon::Set::PersonNoun)
                    || ["di", "pada", "dalam", "lengkap", "asli"]
                        .iter()
                        .any(|w| ctx.word_is(n, w));
                break;
            }
        }
        if !about_name {
            continue;
        }
        let mut j = i + 1;
        if matches!(ctx.kind(j), Some(Tk::Punct('"' | '\u{201c}' | '\'')))
            && ctx.gap(j) == Gap::Space
            && ctx.glued(j + 1)
        {
            j += 1;
        } else if ctx.gap(j) != Gap::Space {
            continue;
        }
        if ctx.case(j) != Case::Title {
            continue;
        }
        if let Some((a, b)) = collect(ctx, j, CAPITALS, 5) {
            if a == j && !has_hero(ctx, a, b) && !place_before(ctx, a) {
                ctx.push(a, b, PiiKind::Person, Confidence::Medium);
            }
        }
    }
}

/// Every name rule, in order.
pub(crate) fn persons(ctx: &mut Ctx, user_names: &NameIndex) {
    if !user_names.is_empty() {
        mentions(ctx, user_names, Confidence::High, false, false);
    }
    ctx.mode = ctx.casing_mode();
    business_names(ctx);
    patronymics(ctx);
    chat_layout(ctx);
    table_names(ctx);
    contact_person(ctx);
    sms_1708(ctx);
    // The family name `The`, and names led by a particle (`Anak Agung Istri Sukarmi`), before
    // any rule takes a part of one.
    the_surname(ctx);
    particle_led(ctx);
    after_cues(ctx);
    corrected_names(ctx);
    before_values(ctx);
    bracketed_after_values(ctx);
    name_before_handle(ctx);
    spelled(ctx);
    on_the_phone(ctx);
    answered(ctx);
    named_here(ctx);
    signatures(ctx);
    signoff_lines(ctx);
    short_signoffs(ctx);
    greeted(ctx);
    before_alias(ctx);
    bracketed_signatures(ctx);
    signed_under_role(ctx);
    before_degrees(ctx);
    person_lists(ctx);
    appositives(ctx);
    before_person_noun(ctx);
    colon_lists(ctx);
    subject_after_colon(ctx);
    after_prepositions(ctx);
    named_by_value(ctx);
    lexicon_runs(ctx);
    coordinated(ctx);
    side_by_side(ctx);
    mentions_of_found(ctx);
}

/// Further mentions of the names found (one span per mention), then of their words alone
/// (`Ferry Sahusilawane` ... `supaya Ferry bisa pulang`): a word of four letters or more that
/// no list knows as anything but a name word (not `Anak` of `Anak Agung`, not `Sari` of a
/// place), and not right after a place word (`Tanjung Sari`, `Jl. Sudirman`).
/// Reads `ctx.mode` as the caller set it.
pub(crate) fn mentions_of_found(ctx: &mut Ctx) {
    let mut found = NameIndex::default();
    let mut parts = NameIndex::default();
    for c in ctx.cands.iter().filter(|c| c.kind == PiiKind::Person) {
        let words = name_words(ctx.text.get(c.start..c.end).unwrap_or(""));
        let letters: usize = words.iter().map(|w| w.chars().count()).sum();
        if letters < 4 || (words.len() == 1 && lexicon::in_list(&words[0], lexicon::Set::Stop)) {
            continue;
        }
        // A name of more than eight words is no name to look for again (and matching it from
        // every word could cost a step per word of it).
        if words.len() <= 8 {
            found.insert(&words);
        }
        if (2..=8).contains(&words.len()) {
            for w in &words {
                if w.chars().count() >= 4 && name_only(lexicon::word_flags(w)) {
                    parts.insert(std::slice::from_ref(w));
                }
            }
        }
    }
    let need_capital = ctx.mode == Mode::Normal;
    if !found.is_empty() {
        mentions(ctx, &found, Confidence::Medium, need_capital, false);
    }
    // Only where case tells names apart (not in all lower case or all capitals).
    if !parts.is_empty() && need_capital {
        mentions(ctx, &parts, Confidence::Medium, true, true);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(text: &str) -> Vec<&str> {
        let mut ctx = Ctx::new(text);
        persons(&mut ctx, &NameIndex::default());
        let mut c: Vec<_> = ctx
            .cands
            .iter()
            .map(|c| (c.start, &text[c.start..c.end]))
            .collect();
        c.sort();
        c.into_iter().map(|(_, s)| s).collect()
    }

    #[test]
    fn cues() {
        assert_eq!(people("Nama saya Budi Santoso, warga"), ["Budi Santoso"]);
        assert_eq!(people("nama saya budi santoso, warga"), ["budi santoso"]);
        assert_eq!(people("a.n. Hotnida br. Silaban"), ["Hotnida br. Silaban"]);
        assert_eq!(
            people("Ibu Sri Wahyuni dan Pak RT Joko"),
            ["Sri Wahyuni", "Joko"]
        );
        assert_eq!(people("Saya Entin Rostini."), ["Entin Rostini"]);
        assert_eq!(people("Saya kehilangan paspor"), Vec::<&str>::new());
        assert_eq!(
            people("BPJS ayah saya Muh. Ridwan Sikki (0003)"),
            ["Muh. Ridwan Sikki"]
        );
        assert_eq!(
            people("RSUP Dr. Sardjito dan Jl. Teuku Umar"),
            Vec::<&str>::new()
        );
        assert_eq!(people("kata I Made Astawa kemarin"), ["I Made Astawa"]);
        assert_eq!(people("Pak Lurah tidak datang"), Vec::<&str>::new());
        assert_eq!(people("NAMA SAINEM, NIP"), ["SAINEM"]);
    }
}
