//! E-mail addresses and social-media handles, found around each `@`.

use super::kind::{Confidence, PiiKind};
use super::lexicon;
use super::scan::{Case, Ctx, Mode};
use super::token::{Gap, Tk};

fn local_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')
}

fn domain_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '-')
}

/// Token indices `a..b` whose bytes are exactly `start..end`, if the range falls on token
/// boundaries.
fn token_range(ctx: &Ctx, start: usize, end: usize) -> Option<(usize, usize)> {
    let a = ctx.toks.partition_point(|t| t.start < start);
    let b = ctx.toks.partition_point(|t| t.end <= end);
    (ctx.toks.get(a)?.start == start && b > a && ctx.toks.get(b - 1)?.end == end).then_some((a, b))
}

/// Whether an address belongs to an institution (`*.go.id`, `pengaduan@…`, `info@…`).
pub(crate) fn institutional_email(local: &str, domain: &str) -> bool {
    let d = domain.to_ascii_lowercase();
    const SUFFIXES: &[&str] = &[
        ".go.id", ".ac.id", ".sch.id", ".mil.id", ".desa.id", ".or.id", ".net.id",
    ];
    if SUFFIXES.iter().any(|s| d.ends_with(s)) || d == "lapor.go.id" {
        return true;
    }
    let first = local
        .split(|c: char| !c.is_ascii_alphabetic())
        .find(|p| !p.is_empty())
        .unwrap_or("");
    // A state company's box names the company on its own domain: `pln123@pln.co.id`.
    let company = d.split('.').next().unwrap_or("");
    lexicon::in_list(local, lexicon::Set::InstitutionalLocal)
        || lexicon::in_list(first, lexicon::Set::InstitutionalLocal)
        || (lexicon::is_institutional_handle(first) && lexicon::is_institutional_handle(company))
        || service_box_of(local, company)
}

/// Whether `local` is a company's service box on its own domain: the company's name and a
/// service word (`halobca@bca.co.id`, `tokopediacare@tokopedia.com`, `cs.jne@jne.co.id`).
fn service_box_of(local: &str, company: &str) -> bool {
    if company.len() < 3 {
        return false;
    }
    let letters: String = local
        .chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    letters.find(company).is_some_and(|at| {
        let rest = [&letters[..at], &letters[at + company.len()..]].concat();
        matches!(
            rest.as_str(),
            "halo" | "hallo" | "hello" | "cs" | "care" | "info" | "help" | "official" | "layanan"
        )
    })
}

/// A person's own address on an institution's domain (`budi.santoso@kemenkeu.go.id`): a
/// government, academic, school or military domain, a local part that is not a service box
/// (`pengaduan`, `humas`…), written in the first person ("e-mail kantor saya …", "… milik
/// saya") or in a signature ("Salam, … budi@…"). A whistle-blower's work address identifies
/// them as surely as a private one.
fn personal_on_institution(ctx: &Ctx, local: &str, domain: &str, a: usize, b: usize) -> bool {
    let d = domain.to_ascii_lowercase();
    let personal_domain = [".go.id", ".ac.id", ".sch.id", ".mil.id"]
        .iter()
        .any(|s| d.ends_with(s));
    if !(personal_domain || d.ends_with(".or.id"))
        || !personal_local(local)
        || under_letterhead(ctx, a)
        || office_sender(ctx, a)
    {
        return false;
    }
    // A student's account, or a local part that reads as a person's (`jajang93`,
    // `rumondang.harahap`), is someone's own wherever it is written.
    if student_domain(&d) || name_like_local(local) {
        return true;
    }
    if !personal_domain {
        return false;
    }
    const FIRST_PERSON: &str = "saya sy aku pribadi my ku";
    const SIGNATURE: &str = "salam hormat ttd regards wassalam";
    near(ctx, a, true, 5, FIRST_PERSON)
        || near(ctx, b, false, 3, FIRST_PERSON)
        || near(ctx, a, true, 12, SIGNATURE)
}

/// A campus's domain for its students' own accounts: `students.unnes.ac.id`, `mhs.usk.ac.id`.
fn student_domain(d: &str) -> bool {
    d.ends_with(".ac.id")
        && [
            "student.",
            "students.",
            "mhs.",
            "mahasiswa.",
            "std.",
            "stud.",
        ]
        .iter()
        .any(|p| d.starts_with(p))
}

/// Whether an address's local part reads as a person's: letters with a trailing number of two to
/// four digits, as people add a birth year (`jajang93`, `wartinikurniasih86`, not `smpn1`), or
/// two words joined by a dot or an underscore of which one is a known name (`sarinah.lestari`,
/// `siska_oktaviani`).
fn name_like_local(local: &str) -> bool {
    let b = local.as_bytes();
    let digits = b.iter().rev().take_while(|c| c.is_ascii_digit()).count();
    let head = &b[..b.len() - digits];
    if (2..=4).contains(&digits)
        && head.iter().filter(|c| c.is_ascii_alphabetic()).count() >= 4
        && head
            .iter()
            .all(|c| c.is_ascii_alphabetic() || matches!(c, b'.' | b'_'))
    {
        return true;
    }
    let parts: Vec<&str> = local.split(['.', '_']).filter(|p| !p.is_empty()).collect();
    parts.len() == 2
        && parts
            .iter()
            .all(|p| p.len() >= 3 && p.bytes().all(|c| c.is_ascii_alphabetic()))
        && parts.iter().any(|p| {
            let l = p.to_ascii_lowercase();
            lexicon::in_list(&l, lexicon::Set::GivenName)
                || lexicon::in_list(&l, lexicon::Set::Surname)
        })
}

/// Whether the address starting at token `a` is in angle brackets after an office's name, as an
/// e-mail client quotes a reply's sender: `Admin Dinas PUPR Baubau <pupr@baubaukota.go.id>`.
fn office_sender(ctx: &Ctx, a: usize) -> bool {
    if a == 0 || !ctx.is_punct(a - 1, '<') {
        return false;
    }
    let mut k = a - 1;
    for _ in 0..6 {
        if k == 0 || ctx.gap(k) == Gap::Line {
            return false;
        }
        k -= 1;
        if ctx.is_word(k) && (ctx.in_set(k, lexicon::Set::Office) || ctx.word_is(k, "admin")) {
            return true;
        }
    }
    false
}

/// Whether one of `words` (separated by spaces) is within `n` units of the tokens in `order`
/// (walking away from an address). A unit is a word in small letters, or a run of anything
/// else: capitalised words, numbers, punctuation, values already found. A name or a number counts
/// as one unit, as its placeholder or mask will once redacted, so the answer does not change when
/// the text is redacted and read again. At most 64 tokens are looked at.
fn near(ctx: &Ctx, from: usize, back: bool, n: usize, words: &str) -> bool {
    let mut units = 0;
    let mut in_run = false;
    for step in 0..64 {
        let (i, crossed) = if back {
            let Some(i) = from.checked_sub(step + 1) else {
                break;
            };
            (i, step > 0 && ctx.gap(i + 1) == Gap::Line)
        } else {
            (from + step, step > 0 && ctx.gap(from + step) == Gap::Line)
        };
        if i >= ctx.toks.len() {
            break;
        }
        // A line break ends a run and counts as a unit of its own.
        if crossed {
            units += 1;
            in_run = false;
        }
        let word = ctx.is_word(i);
        let small = word && ctx.case(i) == Case::Lower;
        if small || !in_run {
            units += 1;
        }
        in_run = !small;
        if units > n {
            return false;
        }
        if word && words.split_whitespace().any(|w| ctx.word_is(i, w)) {
            return true;
        }
    }
    false
}

/// Drops the office's own contact lines from the candidates: a street address or a landline on a
/// line that holds an office's service address (`pupr@badungkab.go.id`, not `budi@ugm.ac.id`),
/// or under a letterhead ([`under_letterhead`]), unless the line speaks in the first person or is
/// a form's address field. An office's address and switchboard are no one's personal data; a
/// mobile number there stays found.
pub(crate) fn office_contacts(ctx: &mut Ctx) {
    if !ctx
        .cands
        .iter()
        .any(|c| matches!(c.kind, PiiKind::Address | PiiKind::Phone))
    {
        return;
    }
    // Line number of every token.
    let mut line_of = Vec::with_capacity(ctx.toks.len());
    let mut line = 0usize;
    for i in 0..ctx.toks.len() {
        if i > 0 && ctx.gap(i) == Gap::Line {
            line += 1;
        }
        line_of.push(line);
    }
    // The lines with an office's service address, and those that are someone's.
    let mut office = vec![false; line + 1];
    for &(a, _, at) in &ctx.institutional {
        let local = ctx
            .toks
            .get(a)
            .and_then(|t| ctx.text.get(t.start..at))
            .unwrap_or("");
        if !personal_local(local) {
            office[line_of[a]] = true;
        }
    }
    // Lines in the first person, and lines that are a form's address field.
    let mut first_person = vec![false; line + 1];
    let mut field = vec![false; line + 1];
    for (k, &l) in line_of.iter().enumerate() {
        // `word_is` compares lengths first: no word is copied.
        first_person[l] |= ctx.in_set(k, lexicon::Set::FirstPerson);
        // An organisation's own `Sekretariat: Jl. … • Telp. …` line.
        office[l] |= ctx.word_is(k, "sekretariat");
        field[l] |=
            ctx.word_is(k, "alamat") || ctx.word_is(k, "domisili") || ctx.word_is(k, "rumah");
    }
    let mut cands = std::mem::take(&mut ctx.cands);
    cands.retain(|c| {
        if !matches!(c.kind, PiiKind::Address | PiiKind::Phone) {
            return true;
        }
        let t = ctx.toks.partition_point(|t| t.start < c.start);
        let l = line_of.get(t).copied().unwrap_or(0);
        let value = ctx.text.get(c.start..c.end).unwrap_or("");
        // A letterhead's own `Alamat: … Telp. …` line is the office's.
        let ours = office[l] && !first_person[l] && !field[l]
            || !first_person[l] && under_letterhead(ctx, t);
        let service = c.kind == PiiKind::Phone && service_line(ctx, t, value);
        let office_at = c.kind == PiiKind::Address && office_located(ctx, t);
        !(service || office_at || ours && (c.kind == PiiKind::Address || landline(value)))
    });
    ctx.cands = cands;
}

/// Whether the address starting at token `t` says where an office is: `Kantor Dukcapil di Jl.
/// Trikora No. 79`, `Puskesmas Tamalanrea di …`, `Gedung rektorat di …`, `Kantor pelayanan yang
/// kami datangi berada di …`, `Kantor Imigrasi Kelas I TPI (Jl. …)`, `di Kantor Disdukcapil, Jl.
/// …` (an office word in the six words before `di`, the bracket or the comma, in capitals unless
/// right before `di`; not `kantor saya di …` nor `beralamat kantor di …`, a person's workplace).
fn office_located(ctx: &Ctx, t: usize) -> bool {
    // (Only where capitals tell a name from a word.)
    if ctx.mode != Mode::Normal {
        return false;
    }
    // `di` before the address, or the bracket of `Kantor Imigrasi Kelas I TPI (Jl. …)`.
    // Or the comma of `di Kantor Disdukcapil, Jl. …`.
    let Some(di) = t.checked_sub(1).filter(|&d| {
        ctx.word_is(d, "di")
            || (ctx.is_punct(d, '(') || ctx.is_punct(d, ',') && ctx.glued(d))
                && ctx.gap(d) != Gap::Line
    }) else {
        return false;
    };
    let bracket = !ctx.word_is(di, "di");
    // Right before it: the office's name in capitals, an office word (`kantor imigrasi di`), or
    // where it is (`yang kami datangi berada di`).
    if !ctx.prev_word(di).is_some_and(|p| {
        p + 1 == di
            && (ctx.case(p) != Case::Lower
                || !bracket
                    && (ctx.in_set(p, lexicon::Set::Office)
                        || ctx.word_is(p, "berada")
                        || ctx.word_is(p, "terletak")))
    }) {
        return false;
    }
    // An office word within six words, in the same sentence and line, with nobody's between
    // (`kantor saya di …`), though a clause may be (`yang kami datangi`).
    let mut k = di;
    for _ in 0..6 {
        let Some(p) = ctx
            .prev_word(k)
            .filter(|&p| p + 4 >= k && (p + 1..=k).all(|q| ctx.gap(q) != Gap::Line))
        else {
            return false;
        };
        if (p + 1..k).any(|q| matches!(ctx.kind(q), Some(Tk::Punct('.' | '!' | '?' | ';')))) {
            return false;
        }
        if ctx.in_set(p, lexicon::Set::FirstPerson)
            && !ctx
                .prev_word(p)
                .is_some_and(|y| y + 1 == p && ctx.word_is(y, "yang"))
        {
            return false;
        }
        // In small letters only right before `di` and not `kantor` (`beralamat kantor di`, a
        // person's workplace): `rektorat di`, `kantor imigrasi di`.
        let named = ctx.case(p) != Case::Lower || p + 1 == di && !ctx.word_is(p, "kantor");
        if ctx.in_set(p, lexicon::Set::Office) && named {
            // `Air PDAM di …`, `Listrik PLN di …`: what the utility supplies, at a house.
            let supplied = ctx
                .prev_word(p)
                .is_some_and(|q| q + 1 == p && ctx.in_set(q, lexicon::Set::Supply));
            return !supplied;
        }
        k = p;
    }
    false
}

/// National complaint channels' own mobile numbers, written in any form (`0811-2131-708`,
/// `+62 811 2131 708`): SP4N-LAPOR!'s WhatsApp and the Ombudsman RI's.
fn national_service_number(value: &str) -> bool {
    const NUMBERS: [&str; 2] = ["8112131708", "82137373737"];
    after_trunk(value).is_some_and(|n| NUMBERS.contains(&n.as_str()))
}

/// Whether the phone number starting at token `t` is a public service line: it follows a
/// service word (`WA center`, `call center`, `hotline`, `WA pengaduan`), or it is a landline
/// paired with a service number (`Sudah saya hubungi (0914) 553264 dan 113`, `SMS 1708 atau
/// 0328-345125`).
fn service_line(ctx: &Ctx, t: usize, value: &str) -> bool {
    if national_service_number(value) {
        return true;
    }
    let word_before = |k: usize| {
        let mut j = k;
        while j > 0 && matches!(ctx.kind(j - 1), Some(Tk::Punct(':' | '('))) {
            j -= 1;
        }
        ctx.prev_word(j)
            .filter(|&p| p + 3 >= j && ctx.gap(j) != Gap::Line)
    };
    if let Some(p) = word_before(t) {
        let service = ["center", "centre", "hotline", "callcenter"]
            .iter()
            .any(|w| ctx.word_is(p, w))
            || (ctx.word_is(p, "pengaduan") || ctx.word_is(p, "resmi"))
                && ctx.prev_word(p).is_some_and(|q| {
                    ["wa", "sms", "layanan", "nomor"]
                        .iter()
                        .any(|w| ctx.word_is(q, w))
                });
        if service {
            return true;
        }
    }
    if !landline(value) {
        return false;
    }
    // A short public number (3 to 7 digits, `1500200`, `0800-1000`) next to it, across `dan`,
    // `atau` or `/`.
    let short =
        |k: usize| ctx.is_num(k) && (3..=7).contains(&ctx.s(k).len()) && !ctx.s(k).starts_with('0');
    let joiner = |k: usize| ctx.word_is(k, "dan") || ctx.word_is(k, "atau") || ctx.is_punct(k, '/');
    // After the number: its last token, the joiner, the short number.
    let mut e = t;
    while e + 1 < ctx.toks.len() && ctx.gap(e + 1) != Gap::Line && !ctx.is_word(e + 1) && e < t + 6
    {
        e += 1;
    }
    let after = joiner(e + 1) && short(e + 2);
    let before = t >= 2 && joiner(t - 1) && short(t - 2);
    after || before
}

/// Whether token `i` is on one of the three lines under a letterhead: a line in capitals that
/// opens with an office's name (`DINAS PEKERJAAN UMUM`, `KANTOR PERTANAHAN KOTA`), in a text not
/// all in capitals. Reads back at most 120 tokens.
pub(crate) fn under_letterhead(ctx: &Ctx, i: usize) -> bool {
    if ctx.mode == Mode::Upper {
        return false;
    }
    // The start of token `i`'s line, then each line above it.
    let line_start = |end: usize| {
        let mut s = end;
        while s > 0 && ctx.gap(s) != Gap::Line && end - s < 40 {
            s -= 1;
        }
        s
    };
    let mut start = line_start(i);
    for _ in 0..3 {
        if start == 0 || ctx.gap(start) != Gap::Line {
            return false;
        }
        let above = line_start(start - 1);
        // One pass over the line's words: the first names an office, all are in capitals, and
        // there are two or more.
        let mut words = (above..start).filter(|&k| ctx.is_word(k));
        let office = words.next().is_some_and(|k| {
            ctx.case(k) == Case::Upper
                && ctx.in_set(k, lexicon::Set::Office)
                && !ctx.word_where(k, |w| {
                    matches!(
                        w.to_ascii_lowercase().as_str(),
                        "pengaduan" | "layanan" | "informasi" | "lapor"
                    )
                })
        });
        let mut more = 0;
        let letterhead = office
            && words.all(|k| {
                more += 1;
                ctx.case(k) == Case::Upper
            })
            && more >= 1;
        if letterhead {
            return true;
        }
        start = above;
    }
    false
}

/// A phone number's digits after its country code `62` or trunk `0`, if it has either.
fn after_trunk(value: &str) -> Option<String> {
    let digits: String = value.chars().filter(char::is_ascii_digit).collect();
    digits
        .strip_prefix("62")
        .or_else(|| digits.strip_prefix('0'))
        .map(str::to_owned)
}

/// Whether a phone number is a landline (an area code, not a mobile `08…` / `+628…`).
fn landline(value: &str) -> bool {
    after_trunk(value).is_some_and(|n| !n.starts_with('8'))
}

/// A local part that reads like a person's (not a service box such as `pengaduan` or `info`).
fn personal_local(local: &str) -> bool {
    let first = local
        .split(|c: char| !c.is_ascii_alphabetic())
        .find(|p| !p.is_empty())
        .unwrap_or("");
    !lexicon::in_list(local, lexicon::Set::InstitutionalLocal)
        && !lexicon::in_list(first, lexicon::Set::InstitutionalLocal)
        // An office's own box (`dinsos@…`, `inspektorat@…`).
        && !lexicon::in_list(first, lexicon::Set::Office)
        && local.chars().any(|c| c.is_ascii_alphabetic())
}

/// Finds e-mail addresses; institutional ones are skipped (but their tokens are taken, so no
/// other rule reads digits inside them).
pub(crate) fn emails(ctx: &mut Ctx) {
    // Institutional addresses are decided again each round: once a name or a value between a
    // first-person word and the address is found, it reads as one unit (as its placeholder
    // will), and the address may turn out to be a person's own.
    let text = ctx.text;
    for (a, b, at) in std::mem::take(&mut ctx.institutional) {
        let (local, domain) = (
            &text[ctx.toks[a].start..at],
            &text[at + 1..ctx.toks[b - 1].end],
        );
        if personal_on_institution(ctx, local, domain, a, b) {
            ctx.push(a, b, PiiKind::Email, Confidence::Medium);
        } else {
            ctx.institutional.push((a, b, at));
        }
    }
    // End of the last address's domain: a local part never reaches back into it, so addresses
    // glued together (`budi@gmail.combudi@gmail.com`) give spans that do not overlap.
    let mut prev_end = 0;
    for i in 0..ctx.toks.len() {
        if !ctx.is_punct(i, '@') || ctx.is_used(i) {
            continue;
        }
        let at = ctx.toks[i].start;
        // E-mail: local part to the left, domain to the right, both glued to the `@` (letters of
        // any script count, so an address is never cut inside a word).
        let text = ctx.text;
        let mut ls = at;
        for (k, c) in text[..at].char_indices().rev() {
            if !local_char(c) {
                break;
            }
            ls = k;
        }
        ls = ls.max(prev_end);
        while let Some(c) = text[ls..at].chars().next().filter(|c| !c.is_alphanumeric()) {
            ls += c.len_utf8();
        }
        let mut de = at + 1;
        for (k, c) in text[at + 1..].char_indices() {
            if !domain_char(c) {
                break;
            }
            de = at + 1 + k + c.len_utf8();
        }
        while let Some(c) = text[at + 1..de]
            .chars()
            .next_back()
            .filter(|c| !c.is_alphanumeric())
        {
            de -= c.len_utf8();
        }
        // Back off label by label (or at a dash) to the longest valid domain (`gmail.com.3273…`
        // and `gmail.com-Budi` read as `gmail.com`), so what follows an address never changes
        // whether it is one.
        while de > at + 1 && !valid_domain(&text[at + 1..de]) {
            match text[at + 1..de].rfind(['.', '-']) {
                Some(dot) => de = at + 1 + dot,
                None => break,
            }
        }
        if ls < at && de > at + 1 {
            let local = &ctx.text[ls..at];
            let domain = &ctx.text[at + 1..de];
            // A platform's name glued to a handle (`ig@yenny.halim`, `tiktok@rina_77`) is no
            // address: the handle rule reads what follows the `@`.
            if valid_domain(domain) && !platform(local) {
                prev_end = de;
                match token_range(ctx, ls, de) {
                    Some((a, b)) if !institutional_email(local, domain) => {
                        ctx.push(a, b, PiiKind::Email, Confidence::High);
                    }
                    Some((a, b)) if personal_on_institution(ctx, local, domain, a, b) => {
                        ctx.push(a, b, PiiKind::Email, Confidence::Medium);
                    }
                    range => {
                        // Institutional, or cut inside a token (combining marks): no span, and
                        // no other rule reads inside it either.
                        let a = ctx.toks.partition_point(|t| t.end <= ls);
                        let b = ctx.toks.partition_point(|t| t.start < de);
                        ctx.take(a, b);
                        if let Some((a, b)) = range {
                            ctx.institutional.push((a, b, at));
                        }
                    }
                }
                continue;
            }
        }
    }
}

/// Whether `word` is a social platform's name, as people glue it to a handle
/// (`ig@yenny.halim`, `tiktok@rina_77`): no e-mail address's local part then.
fn platform(word: &str) -> bool {
    [
        "ig",
        "instagram",
        "tiktok",
        "twitter",
        "fb",
        "facebook",
        "threads",
        "yt",
    ]
    .iter()
    .any(|p| word.eq_ignore_ascii_case(p))
}

/// A username without its `@` at the start of a line, as comment exports write it
/// (`kayla.azzahra` / the comment below, `andi.13  min kk saya …`): letters and digits joined by
/// `.` or `_`, or letters with digits (four or more, or two after six letters or more:
/// `user4142319278198`, `dartodarto43`; not `rt05` or `covid19`), in small letters, alone on its line above the comment or two spaces before it.
pub(crate) fn bare_usernames(ctx: &mut Ctx) {
    let mut i = 0;
    while i < ctx.toks.len() {
        if !(i == 0 || ctx.gap(i) == Gap::Line) || !ctx.is_word(i) && !ctx.is_num(i) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < i + 12
            && ctx.glued(j)
            && match ctx.kind(j) {
                Some(Tk::Word | Tk::Num) => true,
                Some(Tk::Punct('_' | '.')) => ctx.glued(j + 1) || ctx.is_punct(j, '_'),
                _ => false,
            }
        {
            j += 1;
        }
        let (Some(first), Some(last)) = (ctx.toks.get(i), ctx.toks.get(j - 1)) else {
            break;
        };
        let name = &ctx.text[first.start..last.end];
        let b = name.as_bytes();
        let joined = b.iter().any(|&c| c == b'.' || c == b'_');
        let digits = b.iter().filter(|c| c.is_ascii_digit()).count();
        let letters = b.iter().filter(|c| c.is_ascii_alphabetic()).count();
        let mixed = letters > 0 && (digits >= 4 || digits >= 2 && letters >= 6);
        let small = b
            .iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'.' | b'_'));
        // Alone on its line above the comment, or two spaces before it (a text that is only a
        // name like this is a file name or an id, not a comment's author).
        let alone = j < ctx.toks.len()
            && (ctx.gap(j) == Gap::Line
                || ctx.gap(j) == Gap::Wide && ctx.text[last.end..].starts_with("  "));
        let file = name.rsplit_once('.').is_some_and(|(_, ext)| {
            matches!(
                ext,
                "jpg" | "jpeg" | "png" | "pdf" | "heic" | "doc" | "docx" | "mp4" | "xlsx" | "txt"
            )
        });
        if (joined || mixed)
            && small
            && alone
            && !file
            && (4..=30).contains(&name.len())
            && b[0].is_ascii_alphabetic()
            && !lexicon::is_institutional_handle(name)
        {
            ctx.push(i, j, PiiKind::Handle, Confidence::Medium);
        }
        i = j.max(i + 1);
    }
}

/// Finds social-media handles: `@` at a word start, then letters, digits, `_` and inner dots
/// (at most 30), read token by token so a value found earlier ends a handle exactly as its
/// placeholder will once redacted. Institutional accounts are taken without a span.
pub(crate) fn handles(ctx: &mut Ctx) {
    // Each handle's tokens and text; the handles said to be an office's official account
    // (at most 16, so the lookup stays short whatever the text).
    let mut found: Vec<(usize, usize, &str)> = Vec::new();
    let mut officials: Vec<&str> = Vec::new();
    for i in 0..ctx.toks.len() {
        if !ctx.is_punct(i, '@') || ctx.is_used(i) {
            continue;
        }
        let left_ok = i == 0
            || ctx.gap(i) != Gap::None
            // A platform's name glued before it: `ig@yenny.halim`.
            || ctx.kind(i - 1) == Some(Tk::Word) && platform(ctx.s(i - 1))
            || matches!(
                ctx.kind(i - 1),
                Some(Tk::Punct(
                    '(' | '[' | '{' | ':' | ';' | ',' | '"' | '\'' | '\u{201c}' | '\u{2018}' | '/'
                ))
            );
        if !left_ok {
            continue;
        }
        let mut j = i + 1;
        while ctx.glued(j)
            && match ctx.kind(j) {
                Some(Tk::Word) => ctx.s(j).bytes().all(|b| b.is_ascii_alphabetic()),
                Some(Tk::Num | Tk::Punct('_' | '.')) => true,
                _ => false,
            }
        {
            j += 1;
        }
        let raw_end = j;
        while j > i + 1 && ctx.is_punct(j - 1, '.') {
            j -= 1;
        }
        // A run that goes on with other letters, or another `@`, is no handle.
        let runs_on =
            ctx.glued(raw_end) && matches!(ctx.kind(raw_end), Some(Tk::Word | Tk::Punct('@')));
        if j <= i + 1 || runs_on {
            continue;
        }
        let (Some(first), Some(last)) = (ctx.toks.get(i + 1), ctx.toks.get(j - 1)) else {
            continue;
        };
        let handle = &ctx.text[first.start..last.end];
        if handle.len() > 30
            || handle.starts_with('.')
            || !handle.bytes().any(|b| b.is_ascii_alphabetic())
        {
            continue;
        }
        // `Akun resmi @X`, `official account @X`: an office speaking, wherever else it is named.
        let official = i > 0
            && ctx.gap(i) == Gap::Space
            && (ctx.word_is(i - 1, "resmi") || ctx.word_is(i - 1, "official"));
        if official && officials.len() < 16 && !officials.contains(&handle) {
            officials.push(handle);
        }
        found.push((i, j, handle));
    }
    for (i, j, handle) in found {
        if lexicon::is_institutional_handle(handle) || officials.contains(&handle) {
            ctx.take(i, j);
        } else {
            ctx.push(i, j, PiiKind::Handle, Confidence::High);
        }
    }
}

fn valid_domain(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'))
        && labels
            .last()
            .is_some_and(|tld| tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn institutional() {
        assert!(institutional_email("pengaduan", "lapor.go.id"));
        assert!(institutional_email("budi", "unpad.ac.id"));
        assert!(institutional_email("info", "tokoku.com"));
        assert!(institutional_email("humas.rsud", "gmail.com"));
        assert!(!institutional_email("budi.santoso88", "gmail.com"));
        // A company's service box on its own domain; a person's box on a company's is not.
        assert!(institutional_email("halobca", "bca.co.id"));
        assert!(institutional_email("cs.jne", "jne.co.id"));
        assert!(!institutional_email("budi.bca", "bca.co.id"));
        assert!(!institutional_email("rina", "rina.id"));
        assert!(valid_domain("gmail.com"));
        assert!(!valid_domain("gmail"));
        assert!(!valid_domain("gmail..com"));
        assert!(!valid_domain("gmail.c0m"));
    }

    #[test]
    fn an_address_before_a_dash_is_found() {
        // Found by the idempotence property: `gmail.com-I` is no domain, and the address was
        // left in clear (the redacted `…gmail.com-[PERSON]` then read as one).
        let r = crate::Redactor::default();
        let text = "budi.santoso88@gmail.com-I Made Astawa ";
        assert_eq!(r.redact(text).text, "[EMAIL]-[PERSON] ");
    }

    #[test]
    fn glued_addresses_do_not_overlap() {
        // Found by the idempotence property: the second address's local part once reached back
        // over the first one's domain, the longer span won and `budi.santoso88@` stayed.
        let r = crate::Redactor::default();
        let text = "alamat saya budi.santoso88@gmail.combudi.santoso88@gmail.com ";
        let once = r.redact(text).text;
        assert_eq!(once, "alamat saya [EMAIL].[EMAIL] ");
        assert!(r.detect(&once).is_empty());
    }

    #[test]
    fn personal_addresses_on_institutional_domains() {
        let r = crate::Redactor::default();
        for (text, want) in [
            (
                "e-mail kantor saya budi.santoso@kemenkeu.go.id",
                "e-mail kantor saya [EMAIL]",
            ),
            (
                "balas ke budi.santoso@kemenkeu.go.id milik saya",
                "balas ke [EMAIL] milik saya",
            ),
            (
                "Terima kasih. Salam, Budi (budi.s@ugm.ac.id)",
                "Terima kasih. Salam, [PERSON] ([EMAIL])",
            ),
            // Service boxes and addresses without a first-person or signature cue stay.
            (
                "saya kirim ke pengaduan@kemenkeu.go.id",
                "saya kirim ke pengaduan@kemenkeu.go.id",
            ),
            (
                "kontak dinas: kepala.dinas@bontangkota.go.id",
                "kontak dinas: kepala.dinas@bontangkota.go.id",
            ),
        ] {
            assert_eq!(r.redact(text).text, want, "{text}");
        }
    }
}
