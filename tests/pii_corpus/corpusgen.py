"""Shared helpers of the five older PII corpus generators.

Used by `make_holdout.py`, `final/make_final.py`, `third/make_third.py`, `fourth/make_fourth.py`
and `fifth/make_fifth.py` (the sixth and seventh generators are independent and do not use it).
Standard library only.

What is here is what those scripts had in common:

* the record format: `LABELS`, piece joining with offset computation (`fill_slots`,
  `join_pieces`), the span checks (`validate`), JSON Lines writing and label counts;
* value formatters for the written forms of the guide (NIK/KK digits and their 16-digit forms,
  NPWP, NIP, BPJS, mobile and landline numbers, plates, account numbers, dates, RT/RW);
* shared tables (`BULAN`, `BULAN3`, `HARI`, `NAME_PARTICLES`, `PROVINCES`).

Each corpus keeps its own choices: its name pools, region tables, templates, weights and every
random draw stay in its own script.  The only helper here that draws is `digits`, and it makes
exactly the calls the scripts made before (`rng.randint(0, 9)` per digit), so regenerating a
corpus stays byte-identical.
"""
import datetime as dt
import json
import re
import sys
from collections import Counter

LABELS = ["NIK", "KK", "NPWP", "PHONE", "EMAIL", "PLATE", "BANK_ACCOUNT", "PASSPORT",
          "BPJS", "NIP", "PERSON", "ADDRESS", "DATE_OF_BIRTH", "HANDLE"]

BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
         "Oktober", "November", "Desember"]
BULAN3 = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]

# name particles left out of e-mail local parts
NAME_PARTICLES = ("br", "boru", "bin", "binti", "i", "ni", "muh", "abd", "st", "la", "wa")

# Kemendagri province codes (first two NIK/KK digits), old Papua codes included
PROVINCES = (set(range(11, 20)) | {21} | set(range(31, 37)) | {51, 52, 53} | set(range(61, 66))
             | set(range(71, 77)) | {81, 82} | set(range(91, 97)))


# ---------------------------------------------------------------------------------------------
# Small pieces
# ---------------------------------------------------------------------------------------------
def digits(rng, n):
    """n random digits, one rng.randint(0, 9) call each."""
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def by_cuts(r, cuts, choices):
    """choices[i] for the first cut that r (a rng.random() draw) is under, else the last choice."""
    for cut, choice in zip(cuts, choices):
        if r < cut:
            return choice
    return choices[-1]


def group(s, sizes, sep):
    """'1234567' with sizes (3, 4) and sep '-' -> '123-4567'; a size None takes the rest."""
    out, i = [], 0
    for k in sizes:
        out.append(s[i:] if k is None else s[i:i + k])
        i = len(s) if k is None else i + k
    return sep.join(out)


def alpha(s):
    """lower-case letters only"""
    return re.sub(r"[^a-z]", "", s.lower())


def slugs(name, stop=(), min_len=1):
    """The words of a name as lower-case letters, for e-mail and handle local parts."""
    words = [alpha(w) for w in name.split()]
    return [w for w in words if len(w) >= min_len and w not in stop]


# ---------------------------------------------------------------------------------------------
# Identity numbers
# ---------------------------------------------------------------------------------------------
def id16(region6, day, month, year, serial):
    """NIK / KK digits: region (province, kab/kota, kecamatan) + DDMMYY + a 4-digit serial str."""
    return "%s%02d%02d%02d%s" % (region6, day, month, year % 100, serial)


def nik16(region6, day, month, year, female, serial):
    """NIK digits; a woman's day of birth is written plus 40."""
    return id16(region6, day + 40 if female else day, month, year, serial)


# written forms of a 16-digit NIK/KK: (group sizes, separator)
FORMS16 = {"plain": ((None,), ""), "space": ((4, 4, 4, 4), " "), "dash": ((4, 4, 4, 4), "-"),
           "dot": ((2, 2, 2, 6, 4), "."), "space6": ((6, 6, 4), " ")}


def fmt16(d, style):
    return group(d, *FORMS16[style])


def fmt_npwp(s15, form):
    """A 15-digit (old) NPWP: dotted 99.999.999.9-999.999, plain, or zero16 ('0' + 15 digits)."""
    if form == "dotted":
        return "%s.%s.%s.%s-%s.%s" % (s15[0:2], s15[2:5], s15[5:8], s15[8], s15[9:12], s15[12:15])
    if form == "plain":
        return s15
    if form == "zero16":
        return "0" + s15
    raise ValueError(form)


def nip18(year, month, day, tmt_year, tmt_month, female, serial):
    """NIP digits: date of birth, TMT (year, month), sex digit (1 man, 2 woman), 3-digit serial."""
    return "%04d%02d%02d%04d%02d%s%03d" % (year, month, day, tmt_year, tmt_month, "2" if female else "1", serial)


def fmt_nip(s, spaced):
    return "%s %s %s %s" % (s[:8], s[8:14], s[14], s[15:]) if spaced else s


def fmt_bpjs(d, grouped):
    """13-digit BPJS number, plain or 4 4 4 1."""
    return group(d, (4, 4, 4, 1), " ") if grouped else d


# the grouping each bank prints an account number in: (group sizes, separator)
ACCOUNT_GROUPS = {"BRI": ((4, 2, 6, 2, 1), "-"), "Mandiri": ((3, 2, 7, 1), "-"), "BCA": ((3, 3, 4), "-"),
                  "BNI": ((4, 3, 3), " ")}


def fmt_account(s, bank):
    return group(s, *ACCOUNT_GROUPS[bank])


# ---------------------------------------------------------------------------------------------
# Phones and plates
# ---------------------------------------------------------------------------------------------
# written forms of a mobile number '08…': (prefix, the 0 dropped?, group sizes, separator);
# e.g. dash 0812-3456-7890, 4333 0812 345 678 90, p62dash +62 812-3456-7890
MOBILE_FORMS = {
    "plain": ("", False, (None,), ""), "dash": ("", False, (4, 4, None), "-"),
    "dash4": ("", False, (4, None), "-"), "dash433": ("", False, (4, 3, None), "-"),
    "space": ("", False, (4, 4, None), " "), "4333": ("", False, (4, 3, 3, None), " "),
    "dot": ("", False, (4, 4, None), "."), "p62": ("+62", True, (None,), ""), "62": ("62", True, (None,), ""),
    "p62dash": ("+62 ", True, (3, 4, None), "-"), "p62space": ("+62 ", True, (3, 4, None), " "),
    "p62hyphen": ("+62-", True, (3, 4, None), "-"), "paren62": ("(+62) ", True, (3, 4, None), " "),
}


def fmt_mobile(s, form):
    prefix, drop0, sizes, sep = MOBILE_FORMS[form]
    return prefix + group(s[1:] if drop0 else s, sizes, sep)


# written forms of a landline: {a} area code, {n} local number, {n1} {n2} its two parts
LANDLINE_FORMS = {"paren": "({a}) {n}", "paren_dash": "({a}) {n1}-{n2}", "paren_split": "({a}) {n1} {n2}",
                  "dash": "{a}-{n}", "space": "{a} {n}", "space_split": "{a} {n1} {n2}", "glued": "{a}{n}"}


def fmt_landline(area, local, form, k=3):
    """A landline; the forms that split the local number split it after k digits."""
    return LANDLINE_FORMS[form].format(a=area, n=local, n1=local[:k], n2=local[k:])


PLATE_FORMS = {"space": "{} {} {}", "glued": "{}{}{}", "dash": "{}-{}-{}"}


def fmt_plate(code, num, suffix, form):
    """A plate: space 'B 1234 XYZ', glued 'B1234XYZ', dash 'B-1234-XYZ', lower 'b 1234 xyz'."""
    if form == "lower":
        return fmt_plate(code, num, suffix, "space").lower()
    return PLATE_FORMS[form].format(code, num, suffix)


# ---------------------------------------------------------------------------------------------
# Dates and RT/RW
# ---------------------------------------------------------------------------------------------
# written forms of a date: {d} {m} {y} numbers, {bulan} month name, {bln} short month name
DATE_FORMS = {"long": "{d} {bulan} {y}", "long0": "{d:02d} {bulan} {y}", "lower": "{d} {bulan_lower} {y}",
              "short": "{d} {bln} {y}", "dash": "{d:02d}-{m:02d}-{y}", "slash": "{d:02d}/{m:02d}/{y}",
              "dot": "{d:02d}.{m:02d}.{y}", "iso": "{y:04d}-{m:02d}-{d:02d}"}


def fmt_date(day, month, year, form, short=BULAN3):
    """A date as written; `short` is the list of 3-letter month names."""
    return DATE_FORMS[form].format(d=day, m=month, y=year, bulan=BULAN[month - 1],
                                   bulan_lower=BULAN[month - 1].lower(), bln=short[month - 1])


RTRW_FORMS = {
    "slash": "RT {rt:02d}/RW {rw:02d}", "space": "RT {rt:02d} RW {rw:02d}",
    "pad3": "RT {rt:03d} RW {rw:03d}", "nopad": "RT {rt} RW {rw}", "slash_nopad": "RT {rt}/RW {rw}",
    "dot": "RT.{rt:02d}/RW.{rw:02d}", "dot3": "RT.{rt:03d}/RW.{rw:03d}",
    "short": "RT {rt:02d}/{rw:02d}", "short3": "RT {rt:03d}/{rw:03d}", "short_nopad": "RT {rt}/{rw}",
    "mixed": "Rt {rt:02d} Rw {rw:02d}", "mixed_dot": "Rt. {rt:02d} Rw. {rw:02d}",
}


def fmt_rtrw(rt, rw, form):
    return RTRW_FORMS[form].format(rt=rt, rw=rw)


# ---------------------------------------------------------------------------------------------
# Pieces -> text and spans
# ---------------------------------------------------------------------------------------------
def fill_slots(pattern, template, fill):
    """Split a template at the matches of `pattern`: the text between them becomes plain str
    pieces, and each match is replaced, in order, by the list of pieces fill(match) returns."""
    pieces, pos = [], 0
    for m in pattern.finditer(template):
        if m.start() > pos:
            pieces.append(template[pos:m.start()])
        pieces.extend(fill(m))
        pos = m.end()
    if pos < len(template):
        pieces.append(template[pos:])
    return pieces


def join_pieces(pieces, transform=None, keep_value=False):
    """Join pieces into (text, spans).  A piece is plain text (a str, or (text, None)) or a
    labelled value (value, LABEL); offsets are code points, end exclusive.  transform(s, label)
    may rewrite each piece first (label None for plain text); keep_value stores the value in the
    span as "_value", which validate() compares with the text."""
    text, spans = "", []
    for p in pieces:
        s, label = (p, None) if isinstance(p, str) else p
        if transform is not None:
            s = transform(s, label)
        if label:
            span = {"start": len(text), "end": len(text) + len(s), "label": label}
            if keep_value:
                span["_value"] = s
            spans.append(span)
        text += s
    return text, spans


# ---------------------------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------------------------
def _real_nik_date(d):
    day, month, yy = int(d[6:8]), int(d[8:10]), int(d[10:12])
    if day > 40:
        day -= 40
    try:
        dt.date(2000 + yy if yy < 30 else 1900 + yy, month, day)
    except ValueError:
        return False
    return True


def value_error(label, v, ignore_case=False, bank_lengths=range(10, 17)):
    """What is wrong with the written form of a value of this label, or None."""
    d = re.sub(r"\D", "", v)
    if label in ("NIK", "KK"):
        if len(d) not in ((15, 16, 17) if label == "NIK" else (16,)):
            return f"{label} length"
        if len(d) == 16 and int(d[:2]) not in PROVINCES:
            return f"{label} province"
        if label == "NIK" and len(d) == 16 and not _real_nik_date(d):
            return "NIK date"
    elif label == "NPWP" and len(d) not in (15, 16):
        return "NPWP length"
    elif label == "NIP" and (len(d) != 18 or d[14] not in "12"):
        return "NIP form"
    elif label == "BPJS" and (len(d) != 13 or not d.startswith("000")):
        return "BPJS form"
    elif label == "PASSPORT" and not re.fullmatch(r"[A-Z] ?\d{7}", v, re.I if ignore_case else 0):
        return "passport form"
    elif label == "PHONE" and not 9 <= len(d) <= 14:
        return "phone length"
    elif label == "EMAIL" and not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v):
        return "e-mail form"
    elif label == "HANDLE" and (not re.fullmatch(r"@[\w.]+", v) or v.endswith(".")):
        return "handle form"
    elif label == "PLATE" and not re.fullmatch(r"[A-Za-z]{1,2}[ -]?\d{1,4}[ -]?[A-Za-z]{1,3}", v):
        return "plate form"
    elif label == "BANK_ACCOUNT" and len(d) not in bank_lengths:
        return "account length"
    return None


def validate(records, max_spans=None, ignore_case=False, bank_lengths=range(10, 17), inst_ok=None):
    """Check every record; return a list of error strings (empty when all is well).

    Always: unique ids and texts, no leftover template markup, known labels, offsets in range,
    `text[start:end]` equal to the generated value (when the span kept it), no overlaps, no
    whitespace at a span edge, no span touching a letter or digit, no span ending in .,;: except
    a PERSON, the written form of each value (value_error), and no unlabelled run of 9+ digits
    outside the spans except a 16-digit ticket number starting 20.  Options: at most max_spans
    spans a text; ignore_case for corpora whose texts are re-cased after joining (lower-case
    passports); bank_lengths, the allowed account lengths; inst_ok, the institutional
    e-mail addresses and handles: when given, every `@` outside a span must be one of them."""
    errors, ids, texts = [], set(), set()
    inst = {x.lower() for x in inst_ok} if inst_ok is not None else None
    for r in records:
        rid, t = r["id"], r["text"]
        if rid in ids:
            errors.append(f"{rid}: duplicate id")
        ids.add(rid)
        if t in texts:
            errors.append(f"{rid}: duplicate text")
        texts.add(t)
        if any(c in t for c in "{}«»\x00"):
            errors.append(f"{rid}: template markup left in the text")
        spans = sorted(r["spans"], key=lambda s: s["start"])
        if max_spans is not None and len(spans) > max_spans:
            errors.append(f"{rid}: more than {max_spans} spans")
        prev_end = -1
        for s in spans:
            st, en, lab = s["start"], s["end"], s["label"]
            if lab not in LABELS:
                errors.append(f"{rid}: bad label {lab}")
            if not 0 <= st < en <= len(t):
                errors.append(f"{rid}: offsets out of range {s}")
                continue
            v = t[st:en]
            if "_value" in s and v != s["_value"]:
                errors.append(f"{rid}: value mismatch {v!r} != {s['_value']!r}")
            if st < prev_end:
                errors.append(f"{rid}: overlap at {st}")
            prev_end = en
            if v != v.strip():
                errors.append(f"{rid}: whitespace at a span edge {v!r}")
            if (st > 0 and t[st - 1].isalnum()) or (en < len(t) and t[en].isalnum()):
                errors.append(f"{rid}: span glued to a letter/digit {t[max(0, st - 3):en + 3]!r}")
            if v[-1] in ".,;:" and lab != "PERSON":
                errors.append(f"{rid}: trailing punctuation {v!r}")
            problem = value_error(lab, v, ignore_case, bank_lengths)
            if problem:
                errors.append(f"{rid}: {problem} {v!r}")
        covered = set()
        for s in spans:
            covered.update(range(s["start"], s["end"]))
        for m in re.finditer(r"\d{9,}", t):
            if not covered.intersection(range(m.start(), m.end())) \
                    and not (len(m.group(0)) == 16 and m.group(0).startswith("20")):
                errors.append(f"{rid}: unlabelled digit run {m.group(0)}")
        for m in re.finditer(r"\S*@\S+", t) if inst is not None else ():
            if m.start() not in covered and m.group(0).rstrip(".,)").lower() not in inst:
                errors.append(f"{rid}: unlabelled @ {m.group(0)}")
    return errors


def require_valid(records, **options):
    """validate(), and stop with the first errors listed when there are any."""
    errors = validate(records, **options)
    if errors:
        for e in errors[:50]:
            print("ERROR", e, file=sys.stderr)
        sys.exit(f"{len(errors)} validation errors")


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------
def write_jsonl(path, records):
    """One {"id", "text", "spans": [{"start", "end", "label"}]} object a line, UTF-8."""
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            row = {"id": r["id"], "text": r["text"],
                   "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in r["spans"]]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def label_counts(records):
    return Counter(s["label"] for r in records for s in r["spans"])


def print_label_counts(counts):
    for lab in LABELS:
        print(f"  {lab:14s} {counts[lab]}")


def require_label_counts(counts, minimum, person_minimum=0):
    """Stop when a label has fewer than `minimum` spans or PERSON fewer than `person_minimum`."""
    low = [lab for lab in LABELS if counts[lab] < minimum]
    if counts["PERSON"] < person_minimum:
        low.append(f"PERSON<{person_minimum}")
    if low:
        sys.exit(f"labels under target: {low}")
