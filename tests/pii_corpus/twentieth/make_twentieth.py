#!/usr/bin/env python3
"""make_twentieth.py - synthetic Indonesian public-service complaint texts with PII spans.

Independent evaluation corpus "twentieth" (t20).  Python 3 standard library only.
Deterministic: fixed seed 20122026, one random.Random instance, no set iteration, so two
runs write byte-identical output.  Every text is built from pieces: plain strings,
(value, LABEL) tuples that become spans, and (value, "NM") tuples that are deliberate
near-miss values (whitelisted for the unlabelled-digit-run check, never spans).
Offsets are computed while joining and are Python str (code point) indices, end-exclusive.

usage: python3 make_twentieth.py [OUTPUT.jsonl]   (default: twentieth.jsonl next to this file)
"""
import json
import os
import random
import re
import sys

SEED = 20122026
R = random.Random(SEED)
LABELS = ["NIK", "KK", "NPWP", "PHONE", "EMAIL", "PLATE", "BANK_ACCOUNT", "PASSPORT",
          "BPJS", "NIP", "PERSON", "ADDRESS", "DATE_OF_BIRTH", "HANDLE"]
NM = "NM"  # near-miss marker: not a span, but whitelisted for the digit-run check
PROV_CODES = ["11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33",
              "34", "35", "36", "51", "52", "53", "61", "62", "63", "64", "65", "71", "72",
              "73", "74", "75", "76", "81", "82", "91", "92", "93", "94", "95", "96"]


# ---------------------------------------------------------------- small random helpers
def ch(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def ri(a, b):
    return R.randint(a, b)


def shuf(*items):
    items = list(items)
    R.shuffle(items)
    return items


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


class Ctx:
    """Per-text flags set by templates (regional, emoji, ...)."""
    def __init__(self):
        self.flags = []


CTX = Ctx()


def flag(name):
    if name not in CTX.flags:
        CTX.flags.append(name)


# ---------------------------------------------------------------- template mini-language
_PH = re.compile(r"\{(\w+)\}")


def F(fmt, **kw):
    """'Saya {n}, NIK {k}.' with n=(value, 'PERSON') ... -> list of pieces."""
    out, pos = [], 0
    for m in _PH.finditer(fmt):
        key = m.group(1)
        if key not in kw:
            raise KeyError(f"slot {key!r} missing in template {fmt[:60]!r}")
        out.append(fmt[pos:m.start()])
        out.append(kw[key])
        pos = m.end()
    out.append(fmt[pos:])
    return out


def flatten(p, out):
    if p is None:
        return out
    if isinstance(p, int):
        p = str(p)
    if isinstance(p, str):
        if p:
            out.append(p)
    elif isinstance(p, tuple):
        if len(p) != 2 or not isinstance(p[0], str):
            raise TypeError(f"bad span piece {p!r}")
        out.append(p)
    elif isinstance(p, list):
        for x in p:
            flatten(x, out)
    else:
        raise TypeError(f"bad piece {p!r}")
    return out


def _case(s, case):
    if case == "upper":
        return s.upper()
    if case == "lower":
        return s.lower()
    return s


def _typo_once(s):
    """One typo inside s, never within 3 chars of its edges. Returns new s or None."""
    n = len(s)
    if n < 14:
        return None
    op = ch(["glue", "glue", "swap", "dup", "drop"])
    idx = list(range(3, n - 4))
    R.shuffle(idx)
    for j in idx:
        a, b, c = s[j - 1], s[j], s[j + 1]
        if op == "glue" and b == " " and c.isalpha() and (a.isalpha() or a in ",."):
            return s[:j] + s[j + 1:]
        if op == "swap" and b.isalpha() and c.isalpha() and b != c and a.isalpha():
            return s[:j] + c + b + s[j + 2:]
        if op == "dup" and b.isalpha() and a.isalpha() and c.isalpha():
            return s[:j] + b + s[j:]
        if op == "drop" and b in "aeiou" and a.isalpha() and c.isalpha():
            return s[:j] + s[j + 1:]
    return None


def build(pieces, case=None, typos=0):
    """Join pieces; returns (text, spans, near_miss_ranges, typos_applied)."""
    flat = flatten(pieces, [])
    done = 0
    if typos:
        cand = [i for i, p in enumerate(flat) if isinstance(p, str) and len(p) >= 14]
        for _ in range(typos * 4):
            if done >= typos or not cand:
                break
            i = ch(cand)
            new = _typo_once(flat[i])
            if new is not None:
                flat[i] = new
                done += 1
    if flat and isinstance(flat[0], str):
        flat[0] = flat[0].lstrip()
    if flat and isinstance(flat[-1], str):
        flat[-1] = flat[-1].rstrip()
    parts, spans, nms, pos, prev = [], [], [], 0, None
    for p in flat:
        if isinstance(p, str):
            s = _case(p, case)
            if parts and isinstance(prev, str) and s[:1] in ". " and parts[-1].endswith(s[:1]):
                s = s[1:]
        else:
            s = _case(p[0], case)
            if p[1] == NM:
                nms.append((pos, pos + len(s), s))
            else:
                spans.append({"start": pos, "end": pos + len(s), "label": p[1], "value": s})
        parts.append(s)
        pos += len(s)
        prev = p
    return "".join(parts), spans, nms, done


# ---------------------------------------------------------------- validator
HONORIFICS = ["bapak", "pak", "ibu", "bu", "sdr.", "sdri.", "saudara", "saudari", "mas", "mbak",
              "bang", "kak", "haji", "h.", "hj.", "ustaz", "ustadz", "dr.", "ir.", "drs.", "dra.",
              "prof.", "pak rt", "bripda", "briptu", "bripka", "aipda", "aiptu", "ipda", "iptu",
              "akp", "kompol", "brigpol"]
_MONTHS = "(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|" \
          "desember|jan|feb|mar|apr|jun|jul|agu|agt|ags|sep|okt|nov|des)"
CHECKS = {
    "NIK": lambda v: re.fullmatch(r"[\d .\-]+", v) and 15 <= _nd(v) <= 17 and _dig(v)[:2] in PROV_CODES,
    "KK": lambda v: re.fullmatch(r"[\d .\-]+", v) and _nd(v) == 16 and _dig(v)[:2] in PROV_CODES,
    "NPWP": lambda v: re.fullmatch(r"[\d .\-]+", v) and _nd(v) in (15, 16),
    "PHONE": lambda v: re.fullmatch(r"[\d +().\-]+", v) and 9 <= _nd(v) <= 15,
    "EMAIL": lambda v: re.fullmatch(r"[a-z0-9._]+@[a-z0-9\-]+(\.[a-z]{2,})+", v.lower()),
    "PLATE": lambda v: re.fullmatch(r"[A-Z]{1,2}[ \-]?\d{1,4}[ \-]?[A-Z]{1,3}", v.upper()),
    "BANK_ACCOUNT": lambda v: re.fullmatch(r"[\d .\-]+", v) and 10 <= _nd(v) <= 16,
    "PASSPORT": lambda v: re.fullmatch(r"[A-Z] ?\d{7}", v.upper()),
    "BPJS": lambda v: re.fullmatch(r"[\d ]+", v) and _nd(v) == 13 and _dig(v).startswith("000"),
    "NIP": lambda v: re.fullmatch(r"[\d ]+", v) and _nd(v) == 18 and _dig(v)[14] in "12",
    "PERSON": lambda v: not re.search(r"\d", v) and not any(
        v.lower().startswith(h + " ") for h in HONORIFICS),
    "ADDRESS": lambda v: re.match(r"(jl\.|jln\.|gg\.|lr\.|komp\.|dsn\.|kp\.|jalan\b|lorong\b|perum\w*\b|"
                                  r"kompleks\b|btn\b|dusun\b|jorong\b|kampung\b|rt\b)", v.lower()),
    "DATE_OF_BIRTH": lambda v: re.fullmatch(r"\d{1,2}[-/.]\d{2}[-/.]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2} "
                                            + _MONTHS + r" \d{4}", v.lower()),
    "HANDLE": lambda v: re.fullmatch(r"@[A-Za-z0-9_.]{3,30}", v),
}


def _dig(v):
    return re.sub(r"\D", "", v)


def _nd(v):
    return len(_dig(v))


class CorpusError(Exception):
    pass


def fail(rid, msg):
    raise CorpusError(f"[{rid}] {msg}")


def validate_record(rid, text, spans, nms):
    prev_end = -1
    for s in spans:
        a, b, lab, val = s["start"], s["end"], s["label"], s["value"]
        if not (0 <= a < b <= len(text)):
            fail(rid, f"span out of range {s}")
        if text[a:b] != val:
            fail(rid, f"span text {text[a:b]!r} != value {val!r}")
        if lab not in LABELS:
            fail(rid, f"bad label {lab}")
        if a < prev_end:
            fail(rid, f"overlap/unsorted at {a}")
        prev_end = b
        if val != val.strip() or val[0].isspace() or val[-1].isspace():
            fail(rid, f"whitespace at span edge {val!r}")
        if a > 0 and text[a - 1].isalnum():
            fail(rid, f"span {val!r} glued to {text[a - 1]!r} on the left")
        if b < len(text) and text[b].isalnum():
            fail(rid, f"span {val!r} glued to {text[b]!r} on the right")
        if not CHECKS[lab](val):
            fail(rid, f"value {val!r} fails the {lab} format check")
    for a, b, v in nms:
        for s in spans:
            if a < s["end"] and s["start"] < b:
                fail(rid, f"near-miss {v!r} overlaps span {s['value']!r}")
    for m in re.finditer(r"\d{9,}", text):
        a, b = m.span()
        ok = any(s["start"] <= a and b <= s["end"] for s in spans) or \
            any(x <= a and b <= y for x, y, _ in nms)
        if not ok:
            fail(rid, f"unlabelled digit run {m.group()!r} not whitelisted")


# ================================================================ part 2: pools (own general knowledge)
def _s(x):
    return x.split("|")


# key: (prov, kab, area name, province, kecamatan list, kelurahan/desa list, postal prefix,
#       ethnic groups, plate codes, landline area code, language)
REGIONS = {
    "bdg": ("32", "73", "Kota Bandung", "Jawa Barat", _s("Coblong|Sukajadi|Cibeunying Kidul|Antapani|Buahbatu"),
            _s("Dago|Sukagalih|Cicadas|Antapani Kidul|Margasari"), "40", _s("sunda|sunda|jawa|batak"), _s("D"), "022", "sunda"),
    "kbd": ("32", "04", "Kab. Bandung", "Jawa Barat", _s("Baleendah|Dayeuhkolot|Soreang|Cileunyi"),
            _s("Andir|Citeureup|Cingcin|Cimekar"), "40", _s("sunda"), _s("D"), "022", "sunda"),
    "bgr": ("32", "01", "Kab. Bogor", "Jawa Barat", _s("Cibinong|Citeureup|Parung|Ciawi"),
            _s("Pakansari|Puspanegara|Waru|Bendungan"), "16", _s("sunda|betawi"), _s("F"), "0251", "sunda"),
    "krw": ("32", "15", "Kab. Karawang", "Jawa Barat", _s("Telukjambe Timur|Cikampek|Klari"),
            _s("Sukaluyu|Dawuan Barat|Gintungkerta"), "41", _s("sunda|jawa"), _s("T"), "0267", "sunda"),
    "jks": ("31", "74", "Jakarta Selatan", "DKI Jakarta", _s("Tebet|Pancoran|Kebayoran Baru|Pasar Minggu"),
            _s("Menteng Dalam|Kalibata|Gandaria Utara|Pejaten Timur"), "12", _s("betawi|jawa|tionghoa|minang"), _s("B"), "021", "betawi"),
    "jkt": ("31", "75", "Jakarta Timur", "DKI Jakarta", _s("Cakung|Duren Sawit|Jatinegara|Pulo Gadung"),
            _s("Pulo Gebang|Pondok Kopi|Cipinang Besar Utara|Jati"), "13", _s("betawi|jawa|batak|sunda"), _s("B"), "021", "betawi"),
    "tng": ("36", "71", "Kota Tangerang", "Banten", _s("Ciledug|Karawaci|Cipondoh"),
            _s("Sudimara Barat|Nusa Jaya|Poris Plawad"), "15", _s("betawi|sunda|tionghoa"), _s("B"), "021", "betawi"),
    "smg": ("33", "74", "Kota Semarang", "Jawa Tengah", _s("Tembalang|Banyumanik|Pedurungan|Semarang Barat"),
            _s("Bulusan|Srondol Wetan|Tlogosari Kulon|Krobokan"), "50", _s("jawa|jawa|tionghoa"), _s("H"), "024", "jawa"),
    "byl": ("33", "09", "Kab. Boyolali", "Jawa Tengah", _s("Ampel|Banyudono|Mojosongo|Teras"),
            _s("Jembungan|Kemiri|Tawangsari|Nepen"), "57", _s("jawa"), _s("AD"), "0276", "jawa"),
    "ygy": ("34", "71", "Kota Yogyakarta", "DI Yogyakarta", _s("Umbulharjo|Mergangsan|Gondokusuman|Kotagede"),
            _s("Warungboto|Brontokusuman|Klitren|Prenggan"), "55", _s("jawa"), _s("AB"), "0274", "jawa"),
    "sby": ("35", "78", "Kota Surabaya", "Jawa Timur", _s("Wonokromo|Rungkut|Tambaksari|Sukolilo"),
            _s("Jagir|Kali Rungkut|Pacar Keling|Keputih"), "60", _s("jawa|jawa|madura|tionghoa"), _s("L"), "031", "jawa"),
    "jbr": ("35", "09", "Kab. Jember", "Jawa Timur", _s("Sumbersari|Kaliwates|Ambulu|Puger"),
            _s("Antirogo|Mangli|Sabrang|Wonosari"), "68", _s("jawa|madura"), _s("P"), "0331", "jawa"),
    "bkl": ("35", "26", "Kab. Bangkalan", "Jawa Timur", _s("Kamal|Socah|Burneh|Arosbaya"),
            _s("Gili Anyar|Junganyar|Alas Kokon|Tengket"), "69", _s("madura"), _s("M"), "031", "madura"),
    "dps": ("51", "71", "Kota Denpasar", "Bali", _s("Denpasar Selatan|Denpasar Utara|Denpasar Barat"),
            _s("Sesetan|Peguyangan|Padangsambian|Sanur Kaja"), "80", _s("bali"), _s("DK"), "0361", "bali"),
    "gnr": ("51", "04", "Kab. Gianyar", "Bali", _s("Ubud|Sukawati|Blahbatuh"),
            _s("Mas|Celuk|Bedulu|Batuan"), "80", _s("bali"), _s("DK"), "0361", "bali"),
    "mdn": ("12", "71", "Kota Medan", "Sumatera Utara", _s("Medan Baru|Medan Johor|Medan Tembung|Medan Helvetia"),
            _s("Padang Bulan|Gedung Johor|Bandar Selamat|Dwikora"), "20", _s("batak|batak|jawa|tionghoa|minang"), _s("BK"), "061", "batak"),
    "tob": ("12", "12", "Kab. Toba", "Sumatera Utara", _s("Balige|Laguboti|Porsea|Silaen"),
            _s("Pardede Onan|Sitoluama|Pasar Porsea|Hutagaol"), "22", _s("batak"), _s("BB"), "0632", "batak"),
    "pdg": ("13", "71", "Kota Padang", "Sumatera Barat", _s("Koto Tangah|Kuranji|Padang Utara|Lubuk Begalung"),
            _s("Lubuk Buaya|Kalumbuk|Air Tawar Barat|Parak Laweh"), "25", _s("minang"), _s("BA"), "0751", "minang"),
    "agm": ("13", "06", "Kab. Agam", "Sumatera Barat", _s("Lubuk Basung|Tilatang Kamang|Baso"),
            _s("Nagari Koto Tangah|Nagari Gadut|Nagari Tabek Panjang"), "26", _s("minang"), _s("BA"), "0752", "minang"),
    "plg": ("16", "71", "Kota Palembang", "Sumatera Selatan", _s("Ilir Timur I|Seberang Ulu I|Kemuning"),
            _s("Sungai Pangeran|15 Ulu|Ario Kemuning"), "30", _s("melayu|jawa"), _s("BG"), "0711", "melayu"),
    "bna": ("11", "71", "Kota Banda Aceh", "Aceh", _s("Kuta Alam|Syiah Kuala|Baiturrahman"),
            _s("Lambaro Skep|Kopelma Darussalam|Neusu Jaya"), "23", _s("aceh"), _s("BL"), "0651", "aceh"),
    "btm": ("21", "71", "Kota Batam", "Kepulauan Riau", _s("Batam Kota|Sekupang|Batu Aji"),
            _s("Belian|Tiban Indah|Bukit Tempayan"), "29", _s("melayu|jawa|batak|minang"), _s("BP"), "0778", "melayu"),
    "bjm": ("63", "71", "Kota Banjarmasin", "Kalimantan Selatan", _s("Banjarmasin Utara|Banjarmasin Selatan|Banjarmasin Timur"),
            _s("Sungai Jingah|Kelayan Selatan|Kuripan|Pekapuran Raya"), "70", _s("banjar"), _s("DA"), "0511", "banjar"),
    "mks": ("73", "71", "Kota Makassar", "Sulawesi Selatan", _s("Rappocini|Panakkukang|Tamalate|Biringkanaya"),
            _s("Karunrung|Pandang|Mangasa|Sudiang"), "90", _s("bugis"), _s("DD"), "0411", "bugis"),
    "wjo": ("73", "13", "Kab. Wajo", "Sulawesi Selatan", _s("Tempe|Tanasitolo|Pammana"),
            _s("Atakkae|Maddukelleng|Tempe"), "90", _s("bugis"), _s("DD"), "0485", "bugis"),
    "bau": ("74", "72", "Kota Baubau", "Sulawesi Tenggara", _s("Wolio|Betoambari|Murhum"),
            _s("Batulo|Katobengke|Wajo"), "93", _s("buton"), _s("DT"), "0402", "buton"),
    "mdo": ("71", "71", "Kota Manado", "Sulawesi Utara", _s("Wanea|Malalayang|Tikala|Mapanget"),
            _s("Ranotana|Bahu|Banjer|Paniki Bawah"), "95", _s("manado"), _s("DB"), "0431", "manado"),
    "jyp": ("94", "71", "Kota Jayapura", "Papua", _s("Abepura|Heram|Jayapura Selatan|Jayapura Utara"),
            _s("Kota Baru|Waena|Entrop|Gurabesi"), "99", _s("papua|papua|bugis|jawa"), _s("PA"), "0967", "papua"),
}
REGION_KEYS = list(REGIONS)
LANG_REGIONS = {}
for _k in REGION_KEYS:
    LANG_REGIONS.setdefault(REGIONS[_k][10], []).append(_k)

# ------------------------------------------------------------------ names
NAMES = {
    "jawa": (_s("Agus|Bambang|Sugeng|Joko|Slamet|Wahyu|Teguh|Budi|Eko|Dwi|Heru|Yudi|Sarwono|Rudi|Bagus|Aris|Fajar|Gilang|Priyo|Hadi"),
             _s("Santoso|Wibowo|Prasetyo|Susanto|Hartono|Nugroho|Setiawan|Purnomo|Kurniawan|Saputra|Riyadi|Suryanto|Pramono|Widodo|Sutrisno|Darmanto"),
             _s("Sri|Siti|Endang|Dewi|Wulan|Rini|Sulastri|Ratna|Yuni|Puji|Ayu|Dian|Eka|Intan|Sekar|Tri"),
             _s("Wahyuni|Rahayu|Lestari|Handayani|Astuti|Utami|Pertiwi|Suryani|Rahmawati|Wulandari|Kusumawati|Purwaningsih|Setyowati|Ningsih"),
             _s("Ponimin|Wagiman|Paijo|Sukirno|Tarno|Ngatijo"), _s("Tukiyem|Sumiati|Sukirah|Painem|Ngatini|Sarinah")),
    "sunda": (_s("Asep|Ujang|Dede|Cecep|Dadang|Yayat|Iwan|Deden|Ade|Rahmat|Nandang|Encep|Hendra|Ilham"),
              _s("Supriatna|Sudrajat|Kurnia|Hidayat|Permana|Suryana|Mulyana|Sopandi|Saepudin|Rukmana|Gunawan|Nugraha|Firmansyah"),
              _s("Euis|Neng|Iis|Yanti|Lilis|Nining|Enok|Cucu|Elis|Teti|Rina|Siti|Ai"),
              _s("Rohaeti|Nurhayati|Komalasari|Juariah|Kurniasih|Maryani|Suryani|Herlina|Rosita|Sumarni"),
              _s("Karta|Odang|Enjang|Uton"), _s("Iyah|Onah|Enah|Imas")),
    "betawi": (_s("Ahmad|Muhammad|Rizal|Irfan|Dimas|Fikri|Andika|Rizki|Faisal|Hendra|Yusuf|Arif"),
               _s("Fauzi|Ramadhan|Maulana|Pratama|Hakim|Firdaus|Syahputra|Hidayatullah|Saputra|Kurniawan"),
               _s("Nurul|Fitri|Annisa|Aulia|Nabila|Rahma|Indah|Putri|Mega|Dewi|Ratih"),
               _s("Rahmawati|Safitri|Amalia|Permatasari|Oktaviani|Ramadhani|Anggraini|Maharani|Fadilah"),
               _s("Rojali|Mamat|Sanusi|Jaenudin"), _s("Rohmah|Saodah|Rodiah|Mursidah")),
    "batak": (_s("Hotman|Parulian|Binsar|Togar|Jonner|Martua|Sahat|Tumpal|Poltak|Daniel|Andreas|Marihot|Robert"),
              _s("Simanjuntak|Siregar|Nainggolan|Hutapea|Sitorus|Situmorang|Silaban|Panjaitan|Manurung|Pardede|"
                 "Sinaga|Tambunan|Hutagalung|Napitupulu|Pasaribu|Sihombing|Lumbantobing|Simatupang"),
              _s("Hotnida|Rosmawati|Tiurma|Lamria|Nurmala|Rotua|Rumondang|Sondang|Maria|Dumaria|Nurhayati"), [], [], []),
    "minang": (_s("Afrizal|Zulkifli|Yusrizal|Hendri|Syafrudin|Rinaldi|Irwan|Fadli|Erman|Zainal|Yulisman|Alfian"),
               _s("Tanjung|Chaniago|Koto|Piliang|Sikumbang|Jambak|Putra|Syahputra"),
               _s("Yuliarni|Rosnelli|Desmawati|Elvi|Yusnimar|Fitri|Rahmi|Mardiah|Nelly|Yenni"),
               _s("Sikumbang|Jambak|Caniago|Piliang|Tanjung|Koto|Wati|Yanti"), [], []),
    "bugis": (_s("Andi Muhammad|Andi Baso|Muh.|Abd.|Andi|Syamsuddin|Basri|Nasrullah|Amiruddin|Jumardi|Ilham|Muh. Ikhsan"),
              _s("Arif|Rahman|Jufri|Latif|Syam|Rauf|Ibrahim|Amir|Ridwan|Haris|Tahir|Sultan|Mappa"),
              _s("Andi Tenri|Andi Nurhaedah|St.|Nurhayati|Hasniah|Rosmiati|Haslinda|Irmawati|Husnul|Andi Rahmawati"),
              _s("Aminah|Hasnah|Khatimah|Jusni|Nurlia|Rahmatia|Syamsiah|Hamsinah"), [], []),
    "madura": (_s("Moh.|Abd.|Ach.|Syamsul|Hosnan|Marsuki|Sahrul|Badrus|Jamaluddin|Mat"),
               _s("Holil|Rohim|Arifin|Fauzi|Hasan|Rasid|Sholeh|Munir|Zaini|Hamid"),
               _s("Siti|Nur|Hosniyah|Maimunah|Halimah|Jumiati|Rofiqoh|Mastura|Sitti"),
               _s("Fatimah|Hasanah|Sumarni|Aisyah|Zahro|Rahmah|Qomariyah"), [], []),
    "banjar": (_s("Ahmad|Muhammad|Rusmadi|Saberan|Fahriansyah|Hairul|Mahyuni|Aliansyah|Rahmadi|Norhalis|Arbani"),
               _s("Rifani|Arsyad|Anam|Noor|Hidayat|Fauzan|Ramli|Sarbini|Jumberi"),
               _s("Masliana|Noorhayati|Rusmini|Siti|Hamidah|Norjannah|Nurul|Fitriani|Salasiah|Raudah"),
               _s("Aisyah|Hidayah|Rahmah|Wati|Jannah|Mariana"), [], []),
    "manado": (_s("Jefri|Stenly|Novri|Recky|Meidy|Frangky|Alfrets|Johny|Deki|Hendrik"),
               _s("Wowor|Lumowa|Sondakh|Rumengan|Mandagi|Tumbelaka|Pangemanan|Kaunang|Runtuwene|Lengkong|Pantow|Warouw|Wenas"),
               _s("Meiske|Vivi|Jeane|Olivia|Debby|Stevi|Nancy|Febby|Grace|Marlyn"), None, [], []),
    "papua": (_s("Yohanis|Markus|Yakobus|Paulus|Elias|Nikolas|Frans|Agustinus|Obed|Yance|Benny"),
              _s("Wenda|Kogoya|Rumbiak|Mandowen|Wanggai|Kambu|Ayomi|Tabuni|Wonda|Rumaropen|Yikwa|Sawaki|Krey|Mambor"),
              _s("Maria|Yuliana|Fransina|Naomi|Ester|Debora|Selfina|Agustina|Mince|Yosina"), None, [], []),
    "aceh": (_s("Teuku Muhammad|Teuku|Tengku|Munawar|Zulfikar|Iskandar|Fakhrurrazi|Khairul|Safrizal|Mukhlis"),
             _s("Nasir|Rizal|Fadhil|Fahmi|Hasballah|Mahdi|Ismail|Yusri|Ridwan"),
             _s("Cut Nurul|Cut|Nurul|Rahmah|Fitriani|Yusniar|Darmawati|Zahratul|Nurlaila"),
             _s("Aini|Husna|Rahmawati|Safrina|Maulidar|Hayati"), [], []),
    "buton": (_s("La Ode Muhammad|La Ode|La Ode Abdul|Hasiludin|Sadli|Laode"),
              _s("Syarif|Rahmat|Gafur|Jumadil|Sukri|Halim|Ridwan|Amir"),
              _s("Wa Ode|Wa Ode Sitti|Nurhalima|Wa Ode Siti"), _s("Nurhayati|Fitriani|Asni|Hamsia|Rosmini|Salma"), [], []),
    "bali": (_s("I Made|I Wayan|I Ketut|I Nyoman|I Putu|I Gede|Ida Bagus|I Gusti Ngurah|Anak Agung Gede|Cokorda Gede|Made|Wayan"),
             _s("Astawa|Sudarma|Suarjana|Widiana|Artawan|Sukadana|Mahendra|Adnyana|Darmawan|Wirawan|Arimbawa|Budiarta|Sudiarta"),
             _s("Ni Luh|Ni Made|Ni Wayan|Ni Ketut|Ni Putu|Ida Ayu|Ni Nyoman|Ni Luh Putu|Anak Agung Istri"),
             _s("Sukarini|Sariasih|Ayu Lestari|Sri Dewi|Puspawati|Ariani|Suartini|Kartini|Sumerti|Widiastuti|Rai Suciani"), [], []),
    "melayu": (_s("Zulkarnain|Syahrial|Hendra|Junaidi|Rusli|Azhar|Mahmud|Firdaus|Effendi"),
               _s("Effendi|Syahputra|Hamid|Kadir|Saleh|Yusuf|Rahim|Harahap|Lubis"),
               _s("Rosmaniar|Nurbaiti|Zuraida|Halimah|Fauziah|Yusnani|Salmah|Juwita"),
               _s("Lubis|Nasution|Rahmah|Aini|Wati|Sari|Hasibuan"), [], []),
    "tionghoa": (_s("Hendrik|Sugiarto|Tommy|Andreas|Kevin|Budi|Yohanes|Felix|Hengky|Willy"),
                 _s("Halim|Tanuwijaya|Setiadi|Gunawan|Wijaya|Tjahjadi|Hartanto|Salim|Kusuma|Susilo|Lim|Tanoto"),
                 _s("Lenny|Melinda|Susan|Yuliana|Meliana|Lanny|Vivian|Elisabeth|Irene|Cynthia"),
                 None, _s("Liem Siok Hwa|Tan Kim Liong|Oei Hok Sen"), _s("Tan Giok Lan|Lie Mei Hwa")),
}
CHILD_FIRST_M = _s("Muhammad Alif|Arkan Dzaki|Rafa|Raka|Fathan|Azka|Kenzo|Daffa|Rizky|Bima|Galang|Naufal|Yusuf|Farel")
CHILD_FIRST_F = _s("Keisha|Nayla|Alya|Aisyah|Zahra|Salsabila|Khanza|Naura|Aurel|Syifa|Kirana|Nadia|Cinta|Zaskia")
CHILD_LAST = _s("Ramadhan|Pratama|Azzahra|Putri|Aulia|Saputra|Maulana|Nugraha|Lestari|Permana|Febriani|Wibowo|Hidayat")

# ------------------------------------------------------------------ streets and places
STREETS = _s("Melati|Kenanga|Mawar|Anggrek|Flamboyan|Cempaka|Dahlia|Nusantara|Merdeka|Pemuda|Veteran|Pahlawan|"
             "Kartini|Cendrawasih|Kutilang|Beringin|Sawo Kecik|Manggis|Rambutan|Kelapa Gading|Cisitu Lama|"
             "Kaliurang|Parangtritis|Perintis Kemerdekaan|Sei Padang|Setia Budi|Pettarani|Tukad Yeh Aya|"
             "Raya Sesetan|Veteran Selatan|Sam Ratulangi|Kotaraja Dalam|Pramuka|Teratai|Wijaya Kusuma|Bougenville")
GANGS = _s("Mawar III|Sawo|H. Naim|Buntu|Langgar|Masjid|Swadaya|Rukun|Sederhana|Damai II|Kelinci|Kenari")
PERUMS = _s("Griya Asri|Bumi Indah|Puri Harmoni|Taman Sari Indah|Graha Permai|Bumi Citra Lestari|Pesona Ciganitri|"
            "Villa Mutiara|Griya Permata Hijau|Bukit Kencana Jaya")
KOMPS = _s("Pondok Hijau|Pesona Alam|Bumi Sentosa|Pajak|Batan Indah|DPR|Kodam")
BTNS = _s("Minasa Upa|Antang|Hamzy|Pao-Pao Permai|Tamalanrea Indah")
DUSUNS = _s("Krajan|Karanganyar|Sumberejo|Kaliwungu|Ngemplak|Gondangrejo|Tegalsari|Kebonsari|Sidomulyo")
KAMPUNGS = _s("Cibeureum|Ciherang|Babakan|Sukamulya|Cilangkap|Pasirjati|Cikoneng")
JORONGS = _s("Koto Baru|Balai Gadang|Pasar Lamo|Simpang Ampek|Koto Panjang")
LORONGS = _s("Sepakat|Rukun|Kenari|Pendawa|Karya Bakti|Cempedak")
HERO_ROADS = _s("Jl. Teuku Umar|Jl. Diponegoro|Jl. Jenderal Sudirman|Jl. Ahmad Yani|Jl. Gatot Subroto|"
                "Jl. Imam Bonjol|Jl. Pangeran Antasari|Jl. Sultan Hasanuddin|Jl. RA Kartini|Jl. Cut Nyak Dhien")
HOSPITALS = _s("RSUP Dr. Sardjito|RSUD dr. Zainoel Abidin|RSUD Dr. Soetomo|RSUP Dr. Hasan Sadikin|RSUD Dr. Moewardi|"
               "RSUP Prof. Dr. R. D. Kandou|RSUD Ulin|RSUP Dr. Wahidin Sudirohusodo|RSUD Dok II Jayapura|"
               "RSUP Sanglah|RSUD Pasar Minggu|RSUD dr. Soekardjo|RSUP H. Adam Malik|RSUP Dr. M. Djamil")
PUSKESMAS = _s("Puskesmas Kecamatan|Puskesmas Pembantu|Puskesmas Rawat Inap|Puskesmas Induk")
COMPANIES = _s("PT Sinar Mas Abadi Jaya|PT Bintang Sejahtera Abadi|CV Karya Mandiri|PT Mitra Tenaga Utama|"
               "PT Global Garmen Indonesia|PT Surya Plastindo|PT Duta Anugerah Sejati|PT Citra Makmur Textile")
BANKS10 = _s("BCA|BNI|BSI|Bank Jateng|Bank DKI|BPD Bali|Bank Nagari|Bank Kalsel|Bank SulutGo|Bank Papua|Bank Sumut|Bank Aceh Syariah")
EMAIL_DOMAINS = _s("gmail.com|gmail.com|gmail.com|yahoo.co.id|yahoo.com|ymail.com|outlook.com|hotmail.com|gmail.com")
INSTITUTION_MAILS = _s("pengaduan@lapor.go.id|pengaduan@ombudsman.go.id|humas@bpn.go.id|layanan@kemensos.go.id|"
                       "cs@bpjs-kesehatan.go.id|dumas@polri.go.id|pengaduan@kemnaker.go.id|ppdb@disdik.jabarprov.go.id")
INSTITUTION_HANDLES = _s("@lapor1708|@pln_123|@ombudsmanri137|@BPJSKesehatanRI|@kemensosri|@DivHumas_Polri|@KemnakerRI|@atr_bpnri")
EMOJI = _s("🙏|🙏🏻|😡|😭|🤲|👍|🙄|😤|🔥|💔|😢|🤔|👎|📌|🚨|🥺|😩|🤦‍♀️|🤦‍♂️|💸|🏥|🚓|📢|😔")
MONTHS = _s("Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember")
MONTHS3 = _s("Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Sep|Okt|Nov|Des")


# ================================================================ part 3: persons and value formatters
PREFIX_TOKENS = _s("I|Ni|Luh|Ida|Bagus|Ayu|Gusti|Ngurah|Anak|Agung|Gede|Istri|Cokorda|Andi|La|Ode|Laode|Wa|"
                   "Teuku|Tengku|Cut|Muh.|Abd.|Ach.|Moh.|St.|Muhammad|Putu|Nyoman|Ketut|Made|Wayan|Tenri|Sitti|Siti")
BIN_ETH = _s("jawa|betawi|madura|aceh|melayu|banjar|bugis")
_CITY_BIRTH = _s("Medan|Bandung|Boyolali|Sleman|Klaten|Garut|Tasikmalaya|Kediri|Jember|Bangkalan|Makassar|Sengkang|"
                 "Padang|Bukittinggi|Balige|Denpasar|Tabanan|Banjarmasin|Manado|Jayapura|Baubau|Palembang|Jakarta|"
                 "Surabaya|Semarang|Pati|Cirebon|Sumenep|Ambon|Kupang")


def make_name(eth, sex):
    fm, lm, ff, lf, sm, sf = NAMES[eth]
    if sex == "M":
        if sm and chance(0.12):
            n = ch(sm)
            return n, n.split()[0]
        first, last = ch(fm), ch(lm)
    else:
        if sf and chance(0.12):
            n = ch(sf)
            return n, n.split()[0]
        first = ch(ff)
        if eth == "batak":
            full = f"{first} {ch(['br.', 'br.', 'boru', 'Br.'])} {ch(lm)}"
            return full, first
        last = ch(lf if lf else lm)
    if eth in BIN_ETH and chance(0.07) and not first.endswith("."):
        fathers = [t.split()[-1] for t in fm if "." not in t and t.split()[-1] not in PREFIX_TOKENS]
        full = f"{first.split()[-1]} {'bin' if sex == 'M' else 'binti'} {ch(fathers)}"
        return full, full.split()[0]
    full = f"{first} {last}"
    toks = full.split()
    rest = [t for t in toks if t not in PREFIX_TOKENS]
    call = rest[0] if rest else toks[-1]
    if eth == "batak" and sex == "M" and chance(0.4):
        call = last
    return full, call


class Person:
    def __init__(self, reg=None, sex=None, eth=None, age=(22, 66), child=False, fam=None):
        """fam: a household member whose region, KK and address this person shares."""
        self.reg = fam.reg if fam else reg or ch(REGION_KEYS)
        rp = REGIONS[self.reg]
        self.sex = sex or ch("MF")
        self.eth = eth or (fam.eth if fam and fam.eth != "batak" else None) or ch(rp[7])
        if child:
            first = ch(CHILD_FIRST_M if self.sex == "M" else CHILD_FIRST_F)
            if self.eth == "bali":
                first = ("I " if self.sex == "M" else "Ni ") + ch(["Putu", "Made", "Komang", "Ketut"]) + " " + first.split()[-1]
            self.full = f"{first} {ch(CHILD_LAST)}"
            self.call = [t for t in self.full.split() if t not in PREFIX_TOKENS][0]
        else:
            self.full, self.call = make_name(self.eth, self.sex)
        self.dob = (2025 - ri(*age), ri(1, 12), ri(1, 28))
        self.kec = f"{ri(1, 24):02d}"
        self.kel, self.kecname = ch(rp[5]), ch(rp[4])
        y, m, d = self.dob
        dd = d + 40 if self.sex == "F" else d
        self.nik = f"{rp[0]}{rp[1]}{self.kec}{dd:02d}{m:02d}{y % 100:02d}{ri(1, 350):04d}"
        iy = ri(min(2024, max(2006, y + 18)) if not child else 2008, 2024)
        self.kk = f"{rp[0]}{rp[1]}{self.kec}{ri(1, 28):02d}{ri(1, 12):02d}{iy % 100:02d}{ri(1, 9999):04d}"
        self._phone = self._email = self._handle = self._addr = None
        if fam:
            AD(fam)
            self.kec, self.kel, self.kecname, self.kk, self._addr = fam.kec, fam.kel, fam.kecname, fam.kk, fam._addr
            self.nik = self.nik[:4] + self.kec + self.nik[6:]
        self.birthplace = ch(_CITY_BIRTH) if chance(0.4) else rp[2].replace("Kota ", "").replace("Kab. ", "")


def fmt16(dg, form):
    if form == "plain" or len(dg) != 16:
        return dg
    if form == "space":
        return " ".join(dg[i:i + 4] for i in range(0, 16, 4))
    if form == "dash":
        return "-".join(dg[i:i + 4] for i in range(0, 16, 4))
    return f"{dg[:2]}.{dg[2:4]}.{dg[4:6]}.{dg[6:12]}.{dg[12:]}"


def NIK(p, form=None, typo_ok=True):
    dg = p.nik
    if typo_ok and chance(0.05):
        i = ri(6, 14)
        dg = dg[:i] + dg[i + 1:] if chance(0.5) else dg[:i] + dg[i] + dg[i:]
        return (dg, "NIK")
    return (fmt16(dg, form or ch(["plain"] * 5 + ["space", "dash", "dots"])), "NIK")


def KK(p, form=None):
    return (fmt16(p.kk, form or ch(["plain"] * 5 + ["space", "dash", "dots"])), "KK")


def NPWP(p, form=None):
    form = form or ch(["old", "old", "old", "plain15", "zero16", "nik"])
    if form == "nik":
        return (p.nik, "NPWP")
    d = f"{ri(4, 9):02d}{digits(7)}{ri(1, 9)}{digits(2)}000"
    if form == "plain15":
        return (d, "NPWP")
    if form == "zero16":
        return ("0" + d, "NPWP")
    return (f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}", "NPWP")


# ================================================================ part 3b: phone, e-mail, handle, plate, bank, passport, BPJS, NIP, DOB, address, near-misses
_MOB = _s("0811|0812|0813|0821|0822|0823|0851|0852|0853|0814|0815|0816|0855|0856|0857|0858|0817|0818|0819|"
          "0859|0877|0878|0831|0832|0833|0838|0895|0896|0897|0898|0899|0881|0882|0883|0887|0888|0889")


def phone_fmt(dg, form):
    r = dg[4:]
    if form == "plain":
        return dg
    if form in ("dash", "space", "dot"):
        sep = {"dash": "-", "space": " ", "dot": "."}[form]
        return sep.join([dg[:4], r[:4], r[4:]])
    if form == "p62dash":
        return f"+62 {dg[1:4]}-{r[:4]}-{r[4:]}"
    if form == "p62":
        return "+62" + dg[1:]
    if form == "62":
        return "62" + dg[1:]
    if form == "paren":
        return f"(+62) {dg[1:4]} {r[:4]} {r[4:]}"
    return f"{dg[:4]} {r[:3]} {r[3:6]} {r[6:]}"


def PH(p, form=None):
    if p._phone is None:
        p._phone = ch(_MOB) + digits(ri(7, 9))
    form = form or ch(["plain"] * 4 + ["dash"] * 3 + ["space", "space", "dot", "p62dash", "p62", "62", "paren", "s433"])
    return (phone_fmt(p._phone, form), "PHONE")


def LANDLINE(reg=None):
    code = REGIONS[reg or ch(REGION_KEYS)][9]
    n = digits(7 if code in ("021", "022", "024", "031", "061") else 6)
    n = str(ri(2, 8)) + n[1:]
    return (ch([f"({code}) {n}", f"({code}) {n[:3]}-{n[3:]}", f"{code}-{n}", f"{code} {n}"]), "PHONE")


def _ascii_tokens(p):
    toks = [t.lower().strip(".'") for t in p.full.replace("'", "").split()
            if t not in PREFIX_TOKENS and t.lower() not in ("br.", "boru", "bin", "binti")]
    return [t for t in toks if t.isalpha()] or ["warga"]


def EM(p):
    if p._email is None:
        t = _ascii_tokens(p)
        base = ch([".".join(t[:2]), "".join(t[:2]), "_".join(t[:2]), t[0], t[-1] + t[0][:1]])
        if chance(0.65):
            base += ch([str(p.dob[0] % 100).zfill(2), str(p.dob[0]), str(ri(1, 999))])
        p._email = f"{base}@{ch(EMAIL_DOMAINS)}"
    return (p._email, "EMAIL")


def HD(p):
    if p._handle is None:
        t = _ascii_tokens(p)
        base = ch(["_".join(t[:2]), "".join(t[:2]), ".".join(t[:2]), t[0] + "_" + ch(["official", "real", "id", "xx"]),
                   t[0] + str(ri(1, 99)), "its" + t[-1]])
        p._handle = "@" + base[:28]
    return (p._handle, "HANDLE")


def PL(reg=None, form=None):
    code = ch(REGIONS[reg][8]) if reg and chance(0.8) else ch(_s("B|D|F|AB|AD|H|L|N|DK|BK|DD|DA|DB|BA|T|E|K|R|S|W|Z|KT|KB|PA|BL|G"))
    num, suf = str(ri(1, 9999)), "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(ri(1, 3)))
    form = form or ch(["sp"] * 6 + ["glued", "glued", "dash", "lower"])
    v = {"sp": f"{code} {num} {suf}", "glued": f"{code}{num}{suf}", "dash": f"{code}-{num}-{suf}",
         "lower": f"{code} {num} {suf}".lower()}[form]
    return (v, "PLATE")


def BA(bank=None, form=None):
    """returns (bank name, (number, 'BANK_ACCOUNT'))"""
    bank = bank or ch(["BRI", "BRI", "Mandiri", "BTN", "CIMB Niaga"] + BANKS10)
    if bank == "BRI":
        d = f"{ri(1, 9999):04d}01{digits(6)}5{ri(0, 9)}{ri(1, 9)}"
        v = f"{d[:4]}-{d[4:6]}-{d[6:12]}-{d[12:14]}-{d[14]}" if (form or ch(["f", "f", "p"])) == "f" else d
    elif bank == "Mandiri":
        d = f"1{ri(10, 80)}00{digits(8)}"
        v = f"{d[:3]}-{d[3:5]}-{d[5:12]}-{d[12]}" if (form or ch(["f", "p"])) == "f" else d
    elif bank == "BTN":
        v = "000" + digits(13) if chance(0.5) else str(ri(1, 9)) + digits(15)
    elif bank == "CIMB Niaga":
        v = "7" + digits(ri(12, 13))
    else:
        v = str(ri(0, 9)) + digits(9)
        if bank == "BCA" and chance(0.3):
            v = f"{v[:3]}-{v[3:6]}-{v[6:]}"
    return bank, (v, "BANK_ACCOUNT")


def PS():
    v = ch("BBBCCCXXEA") + digits(7)
    return (v[0] + " " + v[1:] if chance(0.15) else v, "PASSPORT")


def BP(form=None):
    d = "000" + str(ri(1, 9)) + digits(9)
    return (f"{d[:4]} {d[4:8]} {d[8:12]} {d[12]}" if (form or ch(["p", "p", "g"])) == "g" else d, "BPJS")


def NIP(p, form=None):
    y, m, d = p.dob
    ty = ri(y + 21, min(2024, y + 36))
    v = f"{y}{m:02d}{d:02d}{ty}{ri(1, 12):02d}{1 if p.sex == 'M' else 2}{ri(1, 60):03d}"
    return (f"{v[:8]} {v[8:14]} {v[14]} {v[15:]}" if (form or ch(["s", "s", "p"])) == "s" else v, "NIP")


def DB(p, form=None):
    y, m, d = p.dob
    form = form or ch(["long", "long", "dash", "slash", "short", "dot", "iso"])
    v = {"long": f"{d} {MONTHS[m - 1]} {y}", "dash": f"{d:02d}-{m:02d}-{y}", "slash": f"{d:02d}/{m:02d}/{y}",
         "short": f"{d} {MONTHS3[m - 1]} {y}", "dot": f"{d:02d}.{m:02d}.{y}", "iso": f"{y}-{m:02d}-{d:02d}"}[form]
    return (v, "DATE_OF_BIRTH")


def _rtrw():
    rt, rw = ri(1, 15), ri(1, 12)
    return ch([f"RT {rt:02d}/RW {rw:02d}", f"RT {rt:03d} RW {rw:03d}", f"RT {rt:02d} RW {rw:02d}",
               f"RT.{rt:02d}/RW.{rw:02d}", f"RT {rt}/{rw}", f"Rt {rt:02d} Rw {rw:02d}"])


def AD(p, kind=None):
    if p._addr is None:
        lang, no = REGIONS[p.reg][10], ri(1, 120)
        opts = ["jl", "jl", "jlgg", "perum", "gg", "komp"]
        opts += {"sunda": ["kp", "kp"], "jawa": ["dusun", "dusun"], "madura": ["dusun"], "minang": ["jorong"],
                 "bugis": ["btn"], "melayu": ["lr"], "bali": ["jlgg"], "papua": ["perumnas"]}.get(lang, [])
        kind = kind or ch(opts)
        jl = ch(["Jl.", "Jl.", "Jl.", "Jln.", "Jalan"])
        rtrw = (ch([" ", ", ", " "]) + _rtrw()) if chance(0.6) else ""
        blk = f"{ch('ABCDEFGH')}{ri(1, 12)}"
        p._addr = {
            "jl": f"{jl} {ch(STREETS)} No. {no}{rtrw}", "jlgg": f"{jl} {ch(STREETS)} Gg. {ch(GANGS)} No. {ri(1, 40)}{rtrw}",
            "perum": f"Perum {ch(PERUMS)} Blok {blk} No. {ri(1, 40)}", "gg": f"Gg. {ch(GANGS)} No. {no}{rtrw}",
            "komp": f"Komp. {ch(KOMPS)} Blok {ch('ABCDEF')} No. {ri(1, 60)}", "kp": f"Kp. {ch(KAMPUNGS)} " + _rtrw(),
            "dusun": f"{ch(['Dusun', 'Dsn.'])} {ch(DUSUNS)} " + _rtrw(), "jorong": f"Jorong {ch(JORONGS)}",
            "btn": f"BTN {ch(BTNS)} Blok {blk} No. {ri(1, 30)}", "lr": f"Lr. {ch(LORONGS)} No. {no}{rtrw}",
            "perumnas": f"Perumnas {ch(['II', 'III', 'IV'])} Waena Blok {blk} No. {ri(1, 50)}",
        }[kind]
    return (p._addr, "ADDRESS")


def AREA(p, short=False):
    rp = REGIONS[p.reg]
    kel = ("Desa " if rp[2].startswith("Kab.") else "Kel. ") + p.kel if not p.kel.startswith("Nagari") else p.kel
    if short:
        return f"{kel}, {rp[2]}"
    tail = f", {rp[2]}" + (f" {rp[6]}{digits(3)}" if chance(0.3) else "")
    return f"{kel}, Kec. {p.kecname}{tail}"


def RTONLY():
    return (_rtrw(), "ADDRESS")


def PN(p):
    return (p.full, "PERSON")


def PC(p):
    return (p.call, "PERSON")


def HON(p, kind="any"):
    if kind == "formal":
        return ch(["Bapak", "Sdr."]) if p.sex == "M" else ch(["Ibu", "Sdri."])
    if p.eth in ("batak", "melayu", "minang") and chance(0.4):
        return "Bang" if p.sex == "M" else "Kak"
    if p.eth == "jawa" and chance(0.3):
        return "Mas" if p.sex == "M" else "Mbak"
    return ch(["Pak", "Pak", "Bapak"]) if p.sex == "M" else ch(["Bu", "Bu", "Ibu"])


# ---------------------------------------------------------------- near-miss values (never spans)
def NM_TICKET(kind=None):
    kind = kind or ch(["hash", "eight", "sixteen", "sixteen"])
    if kind == "hash":
        return ("#" + str(ri(1000000, 9999999)), NM)
    if kind == "eight":
        return (str(ri(10000000, 99999999)), NM)
    return (f"{ri(2022, 2025)}{ri(1, 12):02d}{ri(1, 28):02d}{digits(8)}", NM)


def NM_HOTLINE():
    return (ch(["112", "110", "119", "123", "165", "1708", "1500200", "1500400", "129"]), NM)


def NM_REG():
    return (ch(["UU No. 25 Tahun 2009", "UU No. 37 Tahun 2008", "Perpres 76/2013", "UU 27/2022", "PP 24/1997",
                "Permendikbud No. 1 Tahun 2021", "Permensos No. 1 Tahun 2018", "UU No. 22 Tahun 2009",
                "Perpres No. 82 Tahun 2018", "UU No. 18 Tahun 2017", "PMK 112/PMK.03/2022", "Perkap No. 14 Tahun 2011",
                "UU No. 5 Tahun 1960", "Permen ATR/BPN No. 6 Tahun 2018", "UU 35/2014"]), NM)


def NM_PRICE():
    j = ri(1, 60)
    return (ch([f"Rp {j * 250:,}.000".replace(",", "."), f"Rp{j // 4 + 1},5 juta", f"Rp {ri(2, 9)}00 ribu",
                f"Rp. {ri(1, 9)}.{ri(1, 9)}50.000,-", f"Rp{ri(10, 99)}.000", f"Rp {ri(1, 20)} juta"]), NM)


def NM_DATE(year=None):
    y, m, d = year or ch([2023, 2024, 2024, 2025]), ri(1, 12), ri(1, 28)
    return (ch([f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{y}", f"{d} {MONTHS3[m - 1]} {y}",
                f"{y}-{m:02d}-{d:02d}"]), NM)


def NM_SPBU():
    return (f"{ri(11, 74)}.{ri(101, 999)}.{ri(1, 40):02d}", NM)


def NM_NPSN():
    return (str(ri(10100000, 69999999)), NM)


def NM_KM():
    return (ch([f"km {ri(2, 140)}", f"KM {ri(2, 99)}+{ri(1, 9)}00", f"Km. {ri(2, 60)}"]), NM)


def NM_COUNT(kind="people"):
    if kind == "impact":
        return (ch([f"{ri(2, 9)}.{ri(100, 999)} KK terdampak", f"{ri(120, 990)} KK terdampak", f"{ri(40, 400)} rumah terdampak"]), NM)
    if kind == "peserta":
        return (ch([f"{ri(20, 400)} peserta", f"{ri(12, 300)} penerima", f"{ri(30, 160)} siswa"]), NM)
    return (ch([f"{ri(12, 300)} warga", f"{ri(3, 90)} KK", f"{ri(5, 70)} orang", f"{ri(20, 150)} pasien"]), NM)


def NM_RT():
    return (ch([f"RT {ri(1, 12):02d}", f"RT {ri(1, 9)} RW {ri(1, 9)}", f"RW {ri(1, 15):02d}"]), NM)


def NM_RM():
    return (ch([f"{ri(0, 99):02d}-{ri(0, 99):02d}-{ri(0, 99):02d}", str(ri(100000, 999999)),
                f"RM{ri(10000, 99999)}"]), NM)


def NM_LP():
    return (f"LP/B/{ri(100, 2999)}/{ch(_s('I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII'))}/{ch(['2024', '2025'])}/SPKT", NM)


def NM_INST():
    return (ch(INSTITUTION_MAILS) if chance(0.5) else ch(INSTITUTION_HANDLES), NM)


def NMV(v):
    return (v, NM)


def EMO():
    flag("emoji")
    return ch(EMOJI)


# ================================================================ part 4: shared template helpers + ombudsman, school, health
STYLE_PII, STYLE_NOPII = {}, {}


def city(reg):
    return REGIONS[reg][2]


def TITLED(p, kind="official"):
    """honorific/title + PERSON + optional degree; titles stay outside the span."""
    pre = HON(p, "formal") + " " if chance(0.75) else ""
    if kind == "official" and chance(0.2):
        pre = ch(["Drs. ", "Ir. ", "H. ", "Bapak H. "]) if p.sex == "M" else ch(["Dra. ", "Hj. ", "Ibu Hj. "])
    if kind == "doctor":
        pre = ch(["dr. ", "dr. ", "Dr. dr. ", "dr. "])
    deg = ch(["", "", ", S.Sos.", ", S.H.", ", S.STP", ", M.Si.", ", S.E.", ", S.Pd.", ", S.Kom."])
    if kind == "doctor":
        deg = ch(["", ", Sp.PD", ", Sp.A", ", Sp.OG", ", Sp.B"])
    if kind == "teacher":
        deg = ch(["", "", ", S.Pd.", ", S.Pd.I", ", M.Pd."])
    return [pre, PN(p), deg]


def NMS():
    return ch([
        lambda: F("Laporan ini sudah saya kirim lewat SMS {h} dengan nomor tiket {t}. ", h=NM_HOTLINE(), t=NM_TICKET()),
        lambda: F("Sesuai {r}, pelayanan publik wajib ada kepastian waktu. ", r=NM_REG()),
        lambda: F("Kejadian terakhir tanggal {d}. ", d=NM_DATE()),
        lambda: F("Biaya yang diminta {p} padahal seharusnya gratis. ", p=NM_PRICE()),
        lambda: F("Nomor laporan sebelumnya {t} belum ada tindak lanjut. ", t=NM_TICKET("sixteen")),
        lambda: F("Sudah {c} yang mengeluhkan hal sama. ", c=NM_COUNT()),
    ])()


SVC = _s("penerbitan akta kelahiran|perekaman KTP-el|penerbitan PBG (izin bangunan)|balik nama sertifikat|"
         "pencairan dana pensiun|legalisir ijazah|surat keterangan ahli waris|perubahan data KK|izin usaha mikro")


def OFFICE(reg):
    c = city(reg)
    return ch([f"Disdukcapil {c}", f"Kantor Kelurahan {ch(REGIONS[reg][5])}", f"Kantor Pertanahan {c}",
               f"DPMPTSP {c}", f"Kantor Kecamatan {ch(REGIONS[reg][4])}", f"Dinas Pendidikan {c}"])


def IDBLOCK(r, extra=()):
    sep = ch([" : ", ": ", "\t: ", " = "])
    head = ch(["Identitas Pelapor:", "IDENTITAS PELAPOR", "Data pelapor", "Hormat saya,", "Pelapor:"])
    rows = [["Nama", PN(r)], ["NIK", NIK(r)], ["Alamat", [AD(r), ", " + AREA(r)]], ["No. HP", PH(r)]]
    if chance(0.3):
        rows.append(["NPWP", NPWP(r)])
    for e in extra:
        rows.append({"email": ["Email", EM(r)], "ttl": ["TTL", [r.birthplace + ", ", DB(r)]],
                     "kk": ["No. KK", KK(r)], "npwp": ["NPWP", NPWP(r)]}[e])
    if chance(0.3):
        rows.insert(3, rows.pop())
    return ["\n\n", head, "\n"] + [[k, sep, v, "\n"] for k, v in rows]


# ---------------------------------------------------------------- ombudsman
def om1():
    r = Person(); reg = r.reg; o1, o2 = Person(reg), Person(reg, age=(30, 55))
    return [F("Kepada Yth.\nKepala Perwakilan Ombudsman RI Provinsi {pv}\ndi tempat\n\nDengan hormat,\nSaya melaporkan dugaan "
              "maladministrasi berupa penundaan berlarut atas {svc} di {off}. Kronologinya sebagai berikut:\n",
              pv=REGIONS[reg][3], svc=ch(SVC), off=OFFICE(reg)),
            F("1. Tanggal {d1} berkas saya serahkan ke petugas loket, ", d1=NM_DATE(2024)), TITLED(o1), ".\n",
            F("2. Tanggal {d2} saya menghadap Kasi Pelayanan ", d2=NM_DATE(2024)), TITLED(o2),
            F(" (NIP {nip}) yang menjanjikan selesai 14 hari kerja.\n3. Sampai hari ini belum selesai, dan saya malah ditawari "
              "\"jalur cepat\" {pr}.\n", nip=NIP(o2), pr=NM_PRICE()),
            "Hal ini bertentangan dengan ", NM_REG(), ".", IDBLOCK(r, ch([(), ("email",), ("email", "ttl"), ("npwp",)]))]


def om2():
    r = Person(); reg = r.reg; o1, o2, o3 = Person(reg), Person(reg), Person(reg)
    body = shuf(F("Petugas bernama {a} menolak menerima berkas karena katanya formulir sudah diganti. ", a=PN(o1)),
                F("Ketika saya minta penjelasan, {h} {b} selaku Sekretaris Lurah hanya bilang 'tunggu arahan atasan'. ",
                  h=HON(o2, "formal"), b=PN(o2)),
                F("Saya juga sudah menghubungi {c} (NIP {n}) lewat WA tapi tidak dibalas. ", c=PN(o3), n=NIP(o3)))
    return [F("Yth. Ombudsman Republik Indonesia,\nperihal: pengaduan pelayanan {svc} pada {off}.\n\n", svc=ch(SVC), off=OFFICE(reg)),
            body, NMS(), "\nDemikian laporan ini saya buat dengan sebenarnya.\n\n", PN(r),
            F("\nNIK {k}\n{a}, {ar}\nHP/WA {p}", k=NIK(r), a=AD(r), ar=AREA(r, True), p=PH(r))]


def om3():
    r = Person(); reg = r.reg; o1 = Person(reg, age=(35, 58)); o2 = Person(reg)
    return [F("Laporan Maladministrasi - Permintaan Imbalan\n\nPada hari {d} saya mengurus {svc}. Oknum pegawai {off} atas nama ",
              d=NM_DATE(), svc=ch(SVC), off=OFFICE(reg)), TITLED(o1),
            F(", NIP {n}, meminta uang {pr} agar berkas diproses. Permintaan itu disampaikan di depan rekan kerjanya, {b}. ",
              n=NIP(o1), pr=NM_PRICE(), b=PN(o2)),
            "Saya menolak dan berkas saya sampai sekarang \u201cmasih di meja\u201d. ", NMS(),
            F("\n\nPelapor: {n}, lahir di {bp} {dob}, tinggal di {a}, {ar}. Kontak {p} / {e}.",
              n=PN(r), bp=r.birthplace, dob=DB(r), a=AD(r), ar=AREA(r), p=PH(r), e=EM(r))]


def om4():
    r = Person(); reg = r.reg; o1, o2 = Person(reg), Person(reg)
    return [F("Dengan hormat, bersama ini saya {n} mengadukan tindakan {h1} {a} (Kepala Seksi Pemerintahan) dan {h2} {b} "
              "(operator SIAK) yang tidak memproses {svc} milik ibu saya selama {w} bulan.\n\n",
              n=PN(r), h1=HON(o1, "formal"), a=PN(o1), h2=HON(o2, "formal"), b=PN(o2), svc=ch(SVC), w=ch(["tiga", "lima", "7", "4"])),
            F("Kronologi singkat: pengajuan {d1}; dijanjikan jadi {d2}; ditolak lisan {d3} tanpa surat. ",
              d1=NM_DATE(2024), d2=NM_DATE(2024), d3=NM_DATE(2025)),
            "Mohon Ombudsman melakukan pemeriksaan sesuai ", NM_REG(), ".", IDBLOCK(r, ("email",))]


def om5():
    r = Person(); reg = r.reg; o1, o2, o3 = Person(reg, age=(30, 56)), Person(reg), Person(reg)
    return [F("KRONOLOGIS\n- {d1}: saya datang ke {off}, diterima oleh ", d1=NM_DATE(2024), off=OFFICE(reg)), TITLED(o1),
            F(" (NIP {n}).\n- {d2}: diminta melengkapi surat pengantar RT; Ketua RT {a} sudah tanda tangan.\n", n=NIP(o1),
              d2=NM_DATE(2024), a=PN(o2)),
            F("- {d3}: berkas dinyatakan hilang oleh staf bernama {b}.\n\n", d3=NM_DATE(2025), b=PC(o3)),
            "Saya merasa dirugikan waktu dan biaya. ", NMS(), "\n\nPELAPOR\n",
            F("{n} / {k}\n{a}\n{ar}\nTelp {p}", n=PN(r), k=NIK(r), a=AD(r), ar=AREA(r), p=PH(r))]


def om6():
    r = Person(); reg = r.reg; o1 = Person(reg, age=(40, 58)); o2 = Person(reg)
    return [F("Saya ingin menyampaikan keberatan kepada Ombudsman. Kepala Desa kami, {h} {a}, menahan surat keterangan "
              "tidak mampu untuk warga yang tidak mendukungnya saat pilkades. Perangkat desa {b} mengaku diperintah langsung. ",
              h=HON(o1, "formal"), a=PN(o1), b=PN(o2)),
            NMS(), F("Pungutan yang diminta {p}. ", p=NM_PRICE()), F("\nTerlampir foto dan rekaman.\n\nSalam,\n{n}\nNIK: {k}\nKK: {kk}\nHP: {p}",
                            n=PN(r), k=NIK(r), kk=KK(r), p=PH(r))]


def om7():
    r = Person(); reg = r.reg; o1, o2 = Person(reg, age=(28, 55)), Person(reg, age=(28, 55))
    return [F("Yth. Asisten Ombudsman,\n\nMenindaklanjuti laporan nomor {t}, saya sampaikan tambahan bukti. "
              "Pegawai yang melayani saya adalah ", t=NM_TICKET("sixteen")), TITLED(o1), F(" (NIP {n1}) dan atasannya ",
              n1=NIP(o1)), TITLED(o2), F(" (NIP {n2}). Keduanya tidak memakai tanda pengenal.\n\nMohon identitas saya "
              "dirahasiakan: {n}, {bp}, {dob}, email {e}, HP {p}.", n2=NIP(o2), n=PN(r), bp=r.birthplace, dob=DB(r), e=EM(r), p=PH(r))]


def om8():
    r = Person(); reg = r.reg; o1 = Person(reg); w = Person(reg)
    return [F("Perihal: Dugaan maladministrasi layanan {svc}\n\nSaya {n} bersama tetangga saya {h} {wn} sudah tiga kali "
              "datang ke {off}. Petugas {o} selalu menyuruh kembali minggu depan. ",
              svc=ch(SVC), n=PN(r), h=HON(w), wn=PN(w), off=OFFICE(reg), o=PN(o1)),
            F("Tetangga saya itu berumur {u} tahun dan sudah sakit-sakitan. ", u=ri(66, 84)), NMS(),
            F("\nAlamat saya {a}, {ar}. WA {p}.", a=AD(r), ar=AREA(r), p=PH(r))]


def omn1():
    reg = ch(REGION_KEYS)
    return [F("Yth. Ombudsman RI, kami melaporkan penundaan layanan {svc} di {off}. Lebih dari {c} menunggu sejak {d}. ",
              svc=ch(SVC), off=OFFICE(reg), c=NM_COUNT(), d=NM_DATE(2024)),
            "Petugas loket hanya bilang sistem sedang gangguan. ", NMS(), F("Mohon ditindak sesuai {r}.", r=NM_REG())]


def omn2():
    reg = ch(REGION_KEYS)
    return [F("Laporan nomor {t} yang saya kirim {d} statusnya masih 'diverifikasi'. Sudah saya tanyakan ke call center {h} "
              "dan dijawab tunggu. Kepala Seksi tidak pernah ada di tempat, Sekretaris Camat juga. ",
              t=NM_TICKET(), d=NM_DATE(), h=NM_HOTLINE()), NMS(), "Mohon kepastian."]


def omn3():
    return [F("Kepada Ombudsman, pungutan {p} untuk surat pindah di kantor kecamatan tidak ada dasar hukumnya. "
              "Menurut {r} tidak boleh ada biaya. NIK saya sudah dicek di 3 aplikasi dan datanya benar, tetap disuruh bayar. ",
              p=NM_PRICE(), r=NM_REG()), "Tembusan: ", NM_INST(), "."]


STYLE_PII["ombudsman"] = [om1, om2, om3, om4, om5, om6, om7, om8]
STYLE_NOPII["ombudsman"] = [omn1, omn2, omn3]


# ================================================================ part 5: regional asides + school, health
ASIDES = {
    "jawa": _s("Nyuwun sewu sanget nggih.|Pripun niki, kok dadi angel ngeten.|Wis kesel tenan aku.|Mboten wonten tanggapan blas.|"
               "Tulung digatekke, Pak.|Kula namung tiyang alit."),
    "sunda": _s("Punten pisan nya.|Abdi mah tos bingung kedah kumaha deui.|Hapunten upami aya basa nu teu merenah.|"
                "Meni hese pisan ngurusna.|Mugi enggal dibantosan."),
    "betawi": _s("Aye udah bolak-balik, kagak ada hasilnye.|Gimane sih, masa begini terus.|Tolong dah diurusin."),
    "batak": _s("Songon on do hape, Amang.|Mauliate godang di tingki na.|Unang ma nian songon on."),
    "minang": _s("Baa juo lah caronyo ko.|Ambo lah litak manunggu.|Tolong bana lah, Pak."),
    "bugis": _s("Tabe', iyye.|Magai na makkoniro?|Kurru sumange'."),
    "madura": _s("Sakalangkong.|Ta' etemmo jalanna.|Tolong ebantu, Pak."),
    "bali": _s("Tiang nunas tulung.|Suksma pisan.|Sampun kaping tiga tiang rauh."),
    "banjar": _s("Ulun sudah kada tahu lagi handak kemana.|Tolong banar lah.|Kada sakali dua kali ulun datang."),
    "manado": _s("Tolong jo dang.|So capek kita bolak-balik.|Nyanda ada yang mo bantu."),
    "papua": _s("Sa su capek bolak-balik.|Kam tolong bantu kitong.|Dong bilang tunggu saja."),
    "melayu": _s("Tolonglah, Pak.|Dah penat kami menunggu.|Macam mana ni?"),
    "aceh": _s("Meunyoe jeut, tulong bantu.|Kamoe ka leupah lelah.|Teurimong geunaseh."),
    "buton": _s("Tolong sekali, Pak.|Kami su capek menunggu.|Mokole tolong dibantu."),
}


def MIX(reg, p=0.35):
    lang = REGIONS[reg][10]
    if chance(p) and lang in ASIDES:
        flag("regional")
        return " " + ch(ASIDES[lang]) + " "
    return " "


SCHOOLS = _s("SMPN {n} {c}|SDN {n} {c}|SMAN {n} {c}|SMKN {n} {c}|MTsN {n} {c}|SD Inpres {n} {c}")


def SCH(reg):
    return ch(SCHOOLS).replace("{n}", str(ri(1, 30))).replace("{c}", city(reg).replace("Kota ", "").replace("Kab. ", ""))


def kid(reg, lo=6, hi=16, fam=None):
    return Person(reg, age=(lo, hi), child=True, fam=fam)


# ---------------------------------------------------------------- school
def sc1():
    r = Person(age=(30, 50)); reg = r.reg; c, o, pn = kid(reg, 11, 12, r), kid(reg, 11, 12), Person(reg)
    return [F("Anak saya {c} (lahir {dob}) tidak lolos PPDB jalur zonasi di {s}, padahal jarak rumah kami cuma {m} meter. "
              "Rumah kami di {a}, {ar}. Sebaliknya {o} yang rumahnya lebih jauh justru diterima.",
              c=PN(c), dob=DB(c), s=SCH(reg), m=ri(180, 650), a=AD(r), ar=AREA(r, True), o=PN(o)), MIX(reg),
            F("Ketua panitia PPDB, {h} {pn}, hanya bilang 'sistem yang menentukan'. NPSN sekolah {np}. ",
              h=HON(pn, "formal"), pn=PN(pn), np=NM_NPSN()), F("Saya {r}, bisa dihubungi di {p}.", r=PN(r), p=PH(r))]


def sc2():
    r = Person(age=(30, 55)); reg = r.reg; c, k, g = kid(reg, 12, 17), Person(reg, age=(40, 58)), Person(reg)
    return [F("Komite {s} memungut uang gedung {pr} dan uang LKS {pr2} per siswa. ", s=SCH(reg), pr=NM_PRICE(), pr2=NM_PRICE()),
            shuf(F("Kepala sekolah {h} {k} (NIP {n}) bilang itu sumbangan sukarela, tapi anak yang belum bayar dipanggil ke ruang TU. ",
                   h=HON(k, "formal"), k=PN(k), n=NIP(k)),
                 ["Wali kelasnya, ", TITLED(g, "teacher"), ", ikut menagih di grup kelas. "]),
            F("Anak saya {c} kelas {kl} sampai malu masuk sekolah.{mx}Saya {r}, WA {p}.", c=PN(c), kl=ch(["7B", "8A", "X IPS 2", "XI TKJ 1"]),
              mx=MIX(reg), r=PN(r), p=PH(r))]


def sc3():
    r = Person(sex="F", age=(30, 50)); reg = r.reg; c, b1, g = kid(reg, 12, 16, r), kid(reg, 12, 16), Person(reg)
    return [F("Anak saya {c} jadi korban perundungan di {s}. Videonya diunggah oleh akun {hd} milik {b} dan sudah ditonton ribuan kali. ",
              c=PN(c), s=SCH(reg), hd=HD(b1), b=PN(b1)),
            F("Wali kelas {h} {g} sudah kami lapori {d} tapi katanya 'cuma bercanda'.", h=HON(g), g=PN(g), d=NM_DATE()), MIX(reg),
            F("Mohon Dinas Pendidikan turun tangan. Saya ibunya, {r}, HP {p}, email {e}.", r=PN(r), p=PH(r), e=EM(r))]


def sc4():
    r = Person(age=(35, 60)); reg = r.reg; c, t = kid(reg, 18, 20, r), Person(reg)
    return [F("Ijazah SMA anak saya atas nama {c}, NIK {k}, ditahan sekolah karena tunggakan {pr}. ", c=PN(c), k=NIK(c), pr=NM_PRICE()),
            F("Bagian TU, {h} {t}, bilang ijazah baru keluar kalau lunas. Padahal menurut {rg} sekolah negeri tidak boleh menahan ijazah.",
              h=HON(t), t=PN(t), rg=NM_REG()), MIX(reg),
            F("\n{r}\n{a}\n{p}", r=PN(r), a=AD(r), p=PH(r))]


def sc5():
    r = Person(age=(30, 50)); reg = r.reg; c, op = kid(reg, 8, 14, r), Person(reg)
    bank, acct = BA("BRI")
    return [F("Dana PIP untuk anak saya {c} tahun ini belum cair. Rekening {b} atas nama anak, nomor {ac}, masih kosong. ",
              c=PN(c), b=bank, ac=acct),
            F("Operator Dapodik {op} bilang data NIK anak tidak padan, padahal NIK {k} sudah benar sesuai KK {kk}. ",
              op=PN(op), k=NIK(c, typo_ok=False), kk=KK(r)), NMS(), F("Hubungi saya {r} di {p}.", r=PC(r), p=PH(r))]


def sc6():
    r = Person(age=(30, 50)); reg = r.reg; c, g, k = kid(reg, 9, 13), Person(reg, sex="M"), Person(reg, age=(45, 58))
    return [F("Tanggal {d} anak saya {c} dipukul pakai penggaris oleh guru olahraga ", d=NM_DATE(), c=PN(c)), TITLED(g, "teacher"),
            F(" sampai memar. Kami sudah visum. Kepala sekolah {h} {k} malah meminta kami berdamai saja. ", h=HON(k, "formal"), k=PN(k)),
            F("Data anak: lahir {bp}, {dob}, kelas {kl}. Orang tua: {r}, {a}, HP {p}.", bp=c.birthplace, dob=DB(c), kl=ri(3, 6),
              r=PN(r), a=AD(r), p=PH(r))]


def sc7():
    r = Person(age=(30, 50)); reg = r.reg; b = Person(reg, sex="F"); c = kid(reg, 12, 15)
    bank, acct = BA()
    return [F("Siswa baru di {s} wajib beli seragam lengkap di koperasi seharga {pr}. Pembayaran ditransfer ke rekening pribadi "
              "bendahara, {bk} {ac} a.n. {bn}, bukan rekening sekolah. ", s=SCH(reg), pr=NM_PRICE(), bk=bank, ac=acct, bn=PN(b)),
            MIX(reg), F("Anak saya {c} belum bisa ikut MPLS karena belum bayar. Saya {r} ({p}).", c=PC(c), r=PN(r), p=PH(r))]


def sc8():
    r = Person(sex="F", age=(28, 48)); reg = r.reg; c = kid(reg, 6, 7, r); pn = Person(reg)
    return [F("Pendaftaran SD jalur afirmasi untuk anak saya ditolak karena KK kami ({kk}) dianggap baru terbit. ", kk=KK(r)),
            "Data anak:\n", F("Nama: {c}\nTanggal lahir: {dob}\nNIK: {k}\n", c=PN(c), dob=DB(c), k=NIK(c)),
            F("Petugas verifikasi {h} {pn} tidak mau menjelaskan aturannya.", h=HON(pn), pn=PN(pn)), MIX(reg),
            F("Tolong balas ke {e} atau {p}.", e=EM(r), p=PH(r))]


def scn1():
    reg = ch(REGION_KEYS)
    return [F("PPDB zonasi di {s} (NPSN {np}) kacau. Titik koordinat banyak yang dipindah, {c} tergeser. Pengumuman tanggal {d} "
              "ditunda tanpa alasan. Mohon dievaluasi sesuai {r}.", s=SCH(reg), np=NM_NPSN(), c=NMV(f"{ri(30, 120)} calon siswa"), d=NM_DATE(), r=NM_REG())]


def scn2():
    reg = ch(REGION_KEYS)
    return [F("Pungutan study tour {pr} per siswa di {s} memberatkan. Sudah {c} keberatan tapi komite jalan terus. "
              "Kepala sekolah tidak mau ditemui.{mx}", pr=NM_PRICE(), s=SCH(reg), c=NMV(f"{ri(20, 90)} orang tua"), mx=MIX(reg)), NMS()]


def scn3():
    reg = ch(REGION_KEYS)
    return [F("Atap kelas {s} ambruk sejak {d} dan belum diperbaiki. Anak-anak belajar di musala. Dana BOS {y} kemana? "
              "Laporan ke Disdik nomor {t}.", s=SCH(reg), d=NM_DATE(), y=NMV(ch(["2023", "2024"])), t=NM_TICKET())]


STYLE_PII["school"] = [sc1, sc2, sc3, sc4, sc5, sc6, sc7, sc8]
STYLE_NOPII["school"] = [scn1, scn2, scn3]


# ---------------------------------------------------------------- health
def he1():
    r = Person(age=(25, 45)); reg = r.reg; m = Person(reg, sex="F", age=(55, 80)); st = Person(reg)
    return [F("Kartu BPJS ibu saya {m} nomor {bp} dinyatakan nonaktif saat berobat ke {hs}, padahal iuran kelas 3 selalu dibayar. ",
              m=PN(m), bp=BP(), hs=ch(HOSPITALS)),
            F("Petugas admisi {st} menyuruh kami bayar umum {pr}. Nomor RM ibu {rm}.", st=PN(st), pr=NM_PRICE(), rm=NM_RM()), MIX(reg),
            F("Saya anaknya, {r}, HP {p}.", r=PN(r), p=PH(r))]


def he2():
    r = Person(age=(25, 50)); reg = r.reg; f = Person(reg, sex="M", age=(60, 85)); d, n = Person(reg), Person(reg, sex="F")
    return [F("Ayah saya {f} (lahir {dob}) ditolak IGD {hs} malam {dt} dengan alasan bed penuh. Dokter jaga ",
              f=PN(f), dob=DB(f), hs=ch(HOSPITALS), dt=NM_DATE()), TITLED(d, "doctor"),
            F(" tidak memeriksa sama sekali, hanya perawat {n} yang mengukur tensi. Kami disuruh cari RS lain sendiri. ", n=PN(n)),
            F("Hubungi saya {r}: {p}.", r=PN(r), p=PH(r))]


def he3():
    r = Person(); reg = r.reg; a = Person(reg)
    return [F("Saya peserta JKN-KIS no. kartu {bp}. Di {hs} saya disuruh beli obat sendiri di apotek luar seharga {pr}, "
              "kata apoteker {h} {a} obatnya kosong. ", bp=BP(), hs=ch(HOSPITALS), pr=NM_PRICE(), h=HON(a), a=PN(a)),
            NMS(), MIX(reg), F("\n-- {r}, NIK {k}, {p}", r=PN(r), k=NIK(r), p=PH(r))]


def he4():
    r = Person(sex="F", age=(22, 38)); reg = r.reg; c = kid(reg, 1, 2, r); b = Person(reg, sex="F")
    return [F("Di {pk} {kc} antrean imunisasi dibuka jam 10, padahal jadwal jam 8. Bidan {b} marah-marah waktu ditanya. ",
              pk=ch(PUSKESMAS), kc=ch(REGIONS[reg][4]), b=PN(b)), MIX(reg),
            F("Anak saya {c}, lahir {dob}, sampai telat imunisasi dua bulan. Saya {r}, alamat {a}, {ar}, WA {p}.",
              c=PN(c), dob=DB(c), r=PN(r), a=AD(r), ar=AREA(r), p=PH(r))]


def he5():
    r = Person(); reg = r.reg; p = Person(reg, age=(40, 75))
    return ["Pasien BPJS kelas 1 ditempatkan di bangsal kelas 3 dan diminta bayar selisih ", NM_PRICE(), ". ",
            F("Nama pasien {n}, NIK {k}, No. BPJS {bp}, No. RM {rm}, dirawat di {hs} sejak {d}.", n=PN(p), k=NIK(p), bp=BP(),
              rm=NM_RM(), hs=ch(HOSPITALS), d=NM_DATE()),
            F(" Pelapor: {r} (menantu), telp {p}.", r=PN(r), p=PH(r))]


def he6():
    r = Person(); reg = r.reg; d = Person(reg)
    return [F("Rujukan dari puskesmas untuk kontrol jantung ditolak karena 'kuota poli habis'. ", ), "Sudah tiga kali saya datang, "
            "dan ", TITLED(d, "doctor"), F(" cuma praktik {j} jam. Call center {h} tidak bisa membantu. ", j=ri(1, 2), h=NM_HOTLINE()),
            MIX(reg), F("Saya {r}, lahir {dob}, bisa dihubungi lewat email {e} atau HP {p}.", r=PN(r), dob=DB(r), e=EM(r), p=PH(r))]


def he7():
    r = Person(); reg = r.reg; s, p = Person(reg, sex="M"), Person(reg, age=(50, 80))
    return [F("Sopir ambulans desa, {h} {s}, meminta uang bensin {pr} untuk mengantar jenazah {p} ke rumah duka, padahal "
              "ambulans itu dibiayai dana desa.", h=HON(s), s=PC(s), pr=NM_PRICE(), p=PN(p)), MIX(reg),
            F("Nomor polisi ambulans {pl}. Saya keponakan almarhum, {r}, {ph}.", pl=PL(reg), r=PN(r), ph=PH(r))]


def he8():
    r = Person(); reg = r.reg; p = Person(reg, age=(5, 80)); n = Person(reg, sex="F")
    return ["Mohon dicek pelayanan rawat inap. Data pasien:\n",
            F("Nama pasien : {n}\nTTL : {bp}, {dob}\nNo. BPJS : {bp2}\nNo. RM : {rm}\nAlamat : {a}, {ar}\n\n", n=PN(p), bp=p.birthplace,
              dob=DB(p), bp2=BP(), rm=NM_RM(), a=AD(p), ar=AREA(p)),
            F("Infus macet berjam-jam, perawat jaga {ns} tidak datang walau bel ditekan. Penanggung jawab: {r}, HP {ph}.",
              ns=PN(n), r=PN(r), ph=PH(r))]


def hen1():
    return [F("Antrean pendaftaran di {hs} mengular sampai ke parkiran, {c} menunggu sejak subuh. Aplikasi Mobile JKN error "
              "sejak {d}. Care center {h} sibuk terus.", hs=ch(HOSPITALS), c=NM_COUNT(), d=NM_DATE(), h=NM_HOTLINE())]


def hen2():
    reg = ch(REGION_KEYS)
    return [F("Obat hipertensi di {pk} kosong sejak {d}. Pasien disuruh beli sendiri {pr}.{mx}", pk=ch(PUSKESMAS), d=NM_DATE(),
              pr=NM_PRICE(), mx=MIX(reg)), NMS()]


def hen3():
    return [F("Iuran BPJS mandiri naik sesuai {r}, tapi layanan di {hs} tidak membaik. Sudah lapor ke {i}, nomor tiket {t}.",
              r=NMV("Perpres 64/2020"), hs=ch(HOSPITALS), i=NM_INST(), t=NM_TICKET())]


STYLE_PII["health"] = [he1, he2, he3, he4, he5, he6, he7, he8]
STYLE_NOPII["health"] = [hen1, hen2, hen3]


# ================================================================ part 6: land, police, worker
def la1():
    r = Person(age=(35, 70)); reg = r.reg; k = Person(reg, sex="M")
    return [F("Program PTSL di desa kami dipungut {pr} per bidang oleh panitia. Ketua panitianya {h} {k}, perangkat desa. "
              "Yang tidak bayar katanya sertifikat tidak akan diserahkan.", pr=NM_PRICE(), h=HON(k), k=PN(k)), MIX(reg),
            F("Pelapor: {r}, NIK {n}, No. KK {kk}, alamat {a}, {ar}. HP {p}.", r=PN(r), n=NIK(r), kk=KK(r), a=AD(r), ar=AREA(r), p=PH(r)),
            [" NPWP ", NPWP(r), " (untuk BPHTB)."] if chance(0.4) else ""]


def la2():
    r = Person(age=(30, 60)); reg = r.reg; f = Person(reg, sex="M", age=(60, 90)); o = Person(reg, age=(30, 55))
    return [F("Sertifikat tanah warisan almarhum ayah saya, {f}, belum terbit sejak permohonan {d}. Petugas ukur Kantor Pertanahan "
              "{c}, ", f=PN(f), d=NM_DATE(2023), c=city(reg)), TITLED(o), F(" (NIP {n}), sudah dua kali mengukur tapi tidak ada kabar. ",
              n=NIP(o)), NMS(), F("Salam, {r} - {p}", r=PN(r), p=PH(r))]


def la3():
    r = Person(); reg = r.reg; n1, n2, n3 = Person(reg), Person(reg), Person(reg)
    return [F("Rumah kami di {a}, {ar} akan digusur oleh {co} dengan ganti rugi {pr}, jauh di bawah NJOP. ", a=AD(r), ar=AREA(r, True),
              co=ch(COMPANIES), pr=NM_PRICE()),
            F("Tetangga saya {a1}, {a2} dan {h} {a3} juga menerima surat peringatan ketiga. Tidak pernah ada musyawarah.",
              a1=PN(n1), a2=PN(n2), h=HON(n3), a3=PN(n3)), MIX(reg), F("Saya {r}, KK {kk}, HP {p}.", r=PN(r), kk=KK(r), p=PH(r))]


def la4():
    r = Person(); reg = r.reg; t, k = Person(reg), Person(reg, sex="M", age=(40, 65)); t._addr = None
    return [F("Tetangga saya {t} yang tinggal di {a2} menggeser patok batas tanah saya sekitar dua meter. ", t=PN(t), a2=AD(t)),
            F("Kepala dusun, {h} {k}, malah memihak dia dan bilang saya tidak punya bukti. Padahal gambar ukur BPN jelas.", h=HON(k),
              k=PC(k)), MIX(reg, 0.5), F("Rumah saya {a}. Nama saya {r}, NIK {n}.", a=AD(r), r=PN(r), n=NIK(r))]


def la5():
    r = Person(); reg = r.reg; m, nt = Person(reg), Person(reg)
    return [F("Di atas tanah saya terbit sertifikat ganda atas nama {m}. Akta jual belinya dibuat di kantor notaris ", m=PN(m)),
            [ch(["", "Ibu ", "Bapak "]), PN(nt), ch([", S.H., M.Kn.", ", S.H.", ""])],
            F(" padahal saya tidak pernah menjual. Saya menduga ada mafia tanah. Sertifikat asli masih saya pegang.\n\n"
              "{r}\nNIK {n}\nNPWP {np}\n{a}, {ar}\n{p}", r=PN(r), n=NIK(r), np=NPWP(r), a=AD(r), ar=AREA(r), p=PH(r))]


def la6():
    r = Person(age=(30, 65)); reg = r.reg; o = Person(reg)
    return ["Permohonan balik nama sertifikat ditolak dua kali tanpa alasan tertulis.\n\n",
            F("Pemohon\nNama: {n}\nNIK: {k}\nNo. KK: {kk}\nNPWP: {np}\nAlamat: {a}, {ar}\nTelepon: {p}\n\n",
              n=PN(r), k=NIK(r), kk=KK(r), np=NPWP(r), a=AD(r), ar=AREA(r), p=PH(r)),
            F("Loket 3 dilayani oleh {o}. Biaya BPHTB sudah lunas {pr}.", o=PN(o), pr=NM_PRICE())]


def la7():
    reg = ch(REGION_KEYS); a, b, c = Person(reg), Person(reg), Person(reg)
    return [F("Lahan warga yang terkena proyek jalan tol di {km} belum dibayar sejak penetapan lokasi {d}. Yang belum menerima:\n",
              km=NM_KM(), d=NM_DATE(2023)),
            F("1. {a} (NIK {na})\n2. {b} (NIK {nb})\n3. {c} (NIK {nc})\n", a=PN(a), na=NIK(a), b=PN(b), nb=NIK(b), c=PN(c), nc=NIK(c)),
            F("Perwakilan warga: {a}, {p}.", a=PC(a), p=PH(a))]


def la8():
    r = Person(reg=ch(LANG_REGIONS["jawa"]), eth="jawa", age=(45, 75)); reg = r.reg; k = Person(reg, sex="M"); flag("regional")
    return [F("Nyuwun sewu, kula {n} saking {ar}. Siti kula ingkang wonten {a} dipunklaim {h} {k} minangka tanah kas desa. ",
              n=PN(r), ar=AREA(r, True), a=AD(r), h=HON(k), k=PN(k)),
            "Kula gadhah letter C lan sertifikat PTSL. Mohon dibantu, kula sampun sepuh. ",
            F("NIK kula {nk}, HP anak kula {p}.", nk=NIK(r), p=PH(Person(reg)))]


def lan1():
    return [F("Sudah {c} di desa kami ikut PTSL tapi sertifikat belum dibagikan sejak {d}. Panitia minta tambahan {pr}. "
              "Menurut SKB 3 Menteri biaya maksimal Rp150.000.", c=NM_COUNT(), d=NM_DATE(2024), pr=NM_PRICE())]


def lan2():
    return [F("Penggusuran pedagang di sepanjang {rd} dilakukan tanpa sosialisasi, {c}. Dasar hukumnya {r} pun tidak ditunjukkan.",
              rd=NMV(ch(HERO_ROADS)), c=NM_COUNT("impact"), r=NM_REG())]


def lan3():
    reg = ch(REGION_KEYS)
    return [F("Antrean loket Kantor Pertanahan {c} dibuka jam 9. Warga {rt} harus datang subuh. ", c=city(reg), rt=NM_RT()),
            MIX(reg), NMS()]


STYLE_PII["land"] = [la1, la2, la3, la4, la5, la6, la7, la8]
STYLE_NOPII["land"] = [lan1, lan2, lan3]

RANKS = _s("Bripda|Briptu|Brigpol|Bripka|Aipda|Aiptu|Ipda|Iptu|AKP|Kompol")


def COP(reg):
    o = Person(reg, sex=ch("MMMMF"), age=(22, 50))
    return o, [ch(RANKS), " ", PN(o) if chance(0.7) else PC(o)]


def po1():
    r = Person(); reg = r.reg; o, ot = COP(reg)
    return [F("Saya dihentikan di {rd} dekat {km} oleh petugas lalu lintas ", rd=NMV(ch(HERO_ROADS)), km=NM_KM()), ot,
            F(". Tidak ada surat tilang, dia langsung minta 'uang damai' {pr}. Motor saya nopol {pl}.", pr=NM_PRICE(), pl=PL(reg)),
            MIX(reg), F("Nama saya {r}, HP {p}.", r=PN(r), p=PH(r))]


def po2():
    r = Person(); reg = r.reg; o, ot = COP(reg); x = Person(reg); bank, acct = BA()
    return [F("Laporan polisi saya nomor {lp} tentang penipuan jual beli online tidak ada perkembangan. Penyidiknya ", lp=NM_LP()), ot,
            F(" susah ditemui. Pelaku bernama {x}, nomor HP {px}, rekening {b} {ac}. ", x=PN(x), px=PH(x), b=bank, ac=acct),
            F("Saya {r}, NIK {n}, {p}.", r=PN(r), n=NIK(r), p=PH(r))]


def po3():
    r = Person(); reg = r.reg; w1, w2, v = Person(reg), Person(reg), Person(reg)
    return [F("Tabrak lari tanggal {d} di {rd}. Mobil pelaku warna hitam plat {pl}. Korban {v} patah kaki. Saksi: {w1} dan {w2}. ",
              d=NM_DATE(), rd=NMV(ch(HERO_ROADS)), pl=PL(reg), v=PN(v), w1=PN(w1), w2=PN(w2)),
            "Unit Gakkum sampai sekarang belum memanggil saksi. ",
            ["Video kejadian sudah viral di akun ", HD(w1), ". "] if chance(0.6) else "", F("Keluarga korban: {r} ({p}).", r=PN(r), p=PH(r))]


def po4():
    r = Person(); reg = r.reg
    return [F("Saya dapat surat konfirmasi ETLE untuk kendaraan {p1}, padahal kendaraan saya {p2} dan tidak pernah lewat {rd}. "
              "Sepertinya ada plat palsu. ", p1=PL(reg), p2=PL(reg), rd=NMV(ch(HERO_ROADS))),
            F("Mohon diperiksa. {r}, {a}, {ar}, {p}", r=PN(r), a=AD(r), ar=AREA(r), p=PH(r))]


def po5():
    r = Person(); reg = r.reg; b = Person(reg, sex="M", age=(18, 25)); o, ot = COP(reg); w = Person(reg)
    return [F("Adik saya {b} (lahir {dob}) ditangkap saat pulang kerja tanggal {d}, dituduh ikut tawuran. Yang menangkap oknum ",
              b=PN(b), dob=DB(b), d=NM_DATE()), ot,
            F(" dari polsek setempat. Saksi mata, {h} {w}, melihat adik saya dipukul. ", h=HON(w), w=PN(w)), MIX(reg),
            F("Saya kakaknya, {r}, telp {p}.", r=PN(r), p=PH(r))]


def po6():
    r = Person(age=(19, 35)); reg = r.reg; o = Person(reg)
    return [F("Bikin SKCK di Polres {c} dipungut {pr} tanpa kuitansi oleh petugas bernama {o}. ", c=city(reg).replace("Kota ", "").replace("Kab. ", ""),
              pr=NM_PRICE(), o=PN(o)), NMS(),
            F("Data saya: {r}, TTL {bp}, {dob}, NIK {n}.", r=PN(r), bp=r.birthplace, dob=DB(r), n=NIK(r))]


def po7():
    r = Person(); reg = r.reg; o, ot = COP(reg)
    return [F("Motor saya Honda Beat {pl} hilang di parkiran pasar tanggal {d}. Waktu lapor di SPKT, ", pl=PL(reg), d=NM_DATE()), ot,
            F(" malah menyalahkan saya dan bilang 'percuma lapor'. Surat tanda laporan baru dikasih setelah saya bayar {pr}.",
              pr=NM_PRICE()), MIX(reg), F("{r} / {p} / {e}", r=PN(r), p=PH(r), e=EM(r))]


def po8():
    r = Person(); reg = r.reg; d = Person(reg, sex="M"); o, ot = COP(reg)
    return [F("Motor saya {pl} dirampas di jalan oleh debt collector yang mengaku bernama {d} (WA {pd}). ", pl=PL(reg), d=PN(d), pd=PH(d)),
            "Ada polisi, ", ot, ", di lokasi tapi diam saja. ",
            F("Cicilan saya baru telat {n} hari. Saya {r}, {a}.", n=ri(3, 20), r=PN(r), a=AD(r))]


def pon1():
    return [F("Razia di {rd} {km} tiap malam Minggu bikin macet parah. Tidak ada papan pemberitahuan. ", rd=NMV(ch(HERO_ROADS)),
              km=NM_KM()), F("Kalau ada pungli tolong hubungi {h}. Dasarnya {r}.", h=NM_HOTLINE(), r=NMV("Perkap No. 14 Tahun 2011"))]


def pon2():
    return [F("Laporan {lp} tentang pencurian di warung kami tidak ada kabar sejak {d}. Padahal CCTV ada. ", lp=NM_LP(), d=NM_DATE()),
            NMS()]


def pon3():
    reg = ch(REGION_KEYS)
    return [F("Balap liar di {rd} setiap malam, warga {rt} resah.{mx}Tolong patroli. Sudah lapor {h} tapi tidak datang.",
              rd=NMV(ch(HERO_ROADS)), rt=NM_RT(), mx=MIX(reg), h=NM_HOTLINE())]


STYLE_PII["police"] = [po1, po2, po3, po4, po5, po6, po7, po8]
STYLE_NOPII["police"] = [pon1, pon2, pon3]

COUNTRIES = _s("Malaysia|Taiwan|Hong Kong|Arab Saudi|Singapura|Korea Selatan|Brunei")


def wo1():
    r = Person(); reg = r.reg; a = Person(reg, sex="F", age=(20, 35)); g = Person(reg, sex="M")
    return [F("Adik saya {a} (paspor {ps}) berangkat ke {ct} lewat {co} sejak {d}. Sudah {n} bulan gajinya tidak dibayar dan paspornya "
              "dipegang majikan. ", a=PN(a), ps=PS(), ct=ch(COUNTRIES), co=ch(COMPANIES), d=NM_DATE(2023), n=ri(4, 9)),
            F("Sponsor yang memberangkatkan, {h} {g}, tidak bisa dihubungi di {pg}.", h=HON(g), g=PN(g), pg=PH(g)), MIX(reg),
            F("Keluarga: {r}, HP {p}.", r=PN(r), p=PH(r))]


def wo2():
    r = Person(sex="F", age=(22, 40)); reg = r.reg; h = Person(reg, sex="M", fam=r)
    bank, acct = BA(ch(["BNI", "BRI", "BCA"]))
    return [F("Saya {r}, PMI di {ct}, paspor {ps}. Agency menahan gaji 7 bulan dengan alasan potongan biaya penempatan {pr}. ",
              r=PN(r), ct=ch(COUNTRIES), ps=PS(), pr=NM_PRICE()),
            F("Kiriman uang untuk keluarga ke rekening {b} {ac} atas nama suami saya {h} tidak pernah sampai. ", b=bank, ac=acct, h=PN(h)),
            F("WA saya {p}, email {e} {emo}", p=PH(r), e=EM(r), emo=EMO())]


def wo3():
    r = Person(); reg = r.reg; h = Person(reg)
    return [F("{co} di {c} tidak membayar THR tahun ini. Manajer HRD, {hh} {h}, bilang perusahaan rugi. ", co=ch(COMPANIES),
              c=city(reg), hh=HON(h, "formal"), h=PN(h)), NMS(),
            F("Identitas saya: {r}, NIK {n}, NPWP {np}, HP {p}.", r=PN(r), n=NIK(r), np=NPWP(r), p=PH(r))]


def wo4():
    r = Person(age=(22, 50)); reg = r.reg; c = Person(reg)
    return [F("Akun driver ojol saya disuspend permanen setelah penumpang bernama {c} komplain palsu tanggal {d}. ", c=PN(c), d=NM_DATE()),
            "Padahal rating saya 4.9. ", MIX(reg),
            F("Data akun: nama {r}, motor {pl}, HP {p}, email {e}, IG {h}. Mohon aplikator dipanggil.", r=PN(r), pl=PL(reg), p=PH(r),
              e=EM(r), h=HD(r))]


def wo5():
    r = Person(); reg = r.reg; h = Person(reg)
    bank, acct = BA("Mandiri")
    return [F("Klaim JHT BPJS Ketenagakerjaan saya ditolak karena data perusahaan belum nonaktif. HRD lama saya, {h}, tidak mau "
              "tanda tangan paklaring. ", h=PN(h)),
            F("Nama {r}, NIK {n}, rekening {b} {ac}. Kontak {p}.", r=PN(r), n=NIK(r), b=bank, ac=acct, p=PH(r))]


def wo6():
    r = Person(); reg = r.reg; a, b, m = Person(reg), Person(reg), Person(reg, sex="M")
    return [F("Saya bersama {a} dan {b} di-PHK sepihak tanpa pesangon oleh {co}. Mandor kami, {m}, bilang 'kalau protes, tidak akan "
              "dipanggil lagi'. ", a=PN(a), b=PN(b), co=ch(COMPANIES), m=PC(m)), MIX(reg), NMS(),
            F("Perwakilan: {r} ({p}), {x} ({px}).", r=PN(r), p=PH(r), x=PC(a), px=PH(a))]


def wo7():
    r = Person(age=(20, 30)); reg = r.reg; s = Person(reg, sex="M")
    bank, acct = BA("BRI")
    return [F("Saya calon PMI, {r}. Sponsor {s} memungut {pr} untuk biaya medical dan pelatihan, ditransfer ke {b} {ac} a.n. {s2}. ",
              r=PN(r), s=PN(s), pr=NM_PRICE(), b=bank, ac=acct, s2=PN(s)),
            F("Sudah {n} bulan tidak berangkat dan paspor saya {ps} masih ditahan dia. ", n=ri(5, 14), ps=PS()),
            F("Tolong hubungi {p}.", p=PH(r))]


def wo8():
    r = Person(sex="F", age=(25, 50)); reg = r.reg; h = Person(reg, sex="M", age=(25, 50))
    return [F("Suami saya {h}, lahir {dob}, dideportasi dari {ct} dan sekarang ditahan di penampungan. Nomor paspornya {ps}. ",
              h=PN(h), dob=DB(h), ct=ch(COUNTRIES), ps=PS()), MIX(reg),
            F("Saya sudah telpon KBRI tapi belum ada jawaban. Istri: {r}, {a}, {ar}, HP {p}.", r=PN(r), a=AD(r), ar=AREA(r), p=PH(r))]


def won1():
    return [F("Ratusan driver ojol demo tanggal {d} soal potongan aplikasi 20%. Tarif {pr} per km tidak sesuai {r}.",
              d=NM_DATE(), pr=NMV(f"Rp{ri(2, 3)}.{ri(1, 9)}00"), r=NMV("Kepmenhub KP 1001/2022"))]


def won2():
    return [F("{co} memotong upah {c} karena hujan. Upah minimum {y} sudah ditetapkan {pr}. Laporan ke Disnaker nomor {t}.",
              co=ch(COMPANIES), c=NMV(f"{ri(40, 300)} buruh"), y=NMV("2025"), pr=NMV(f"Rp{ri(2, 5)}.{ri(100, 999)}.{ri(100, 999)}"), t=NM_TICKET())]


def won3():
    return [F("Calon PMI ke {ct} dipungut {pr} oleh P3MI, padahal menurut {r} biaya penempatan ditanggung pemberi kerja. Pengaduan "
              "bisa lewat {i}.", ct=ch(COUNTRIES), pr=NM_PRICE(), r=NMV("UU No. 18 Tahun 2017"), i=NM_INST())]


STYLE_PII["worker"] = [wo1, wo2, wo3, wo4, wo5, wo6, wo7, wo8]
STYLE_NOPII["worker"] = [won1, won2, won3]


# ================================================================ part 7: aid, voice, email
PROGRAMS = _s("PKH|BLT Dana Desa|BPNT|BLT BBM|bantuan beras 10 kg|PBI JKN")


def aid_row(p, i):
    return ch([F("{i}. {n} - NIK {k} - KK {kk}\n", i=i, n=PN(p), k=NIK(p), kk=KK(p)),
               F("{i}. {n}, NIK {k}\n", i=i, n=PN(p), k=NIK(p)),
               F("{i}) {n} ({k}), {a}\n", i=i, n=PN(p), k=NIK(p), a=AD(p))])


def ai1():
    reg = ch(REGION_KEYS); ps = [Person(reg, age=(40, 80)) for _ in range(ri(2, 4))]; r = Person(reg)
    return [F("Warga miskin berikut dicoret dari {pg} tahap {t} tanpa pemberitahuan:\n", pg=ch(PROGRAMS), t=ri(1, 4)),
            [aid_row(p, i + 1) for i, p in enumerate(ps)],
            F("Sementara keluarga perangkat desa tetap dapat.{mx}Pelapor {r}, HP {p}.", mx=MIX(reg), r=PN(r), p=PH(r))]


def ai2():
    r = Person(); reg = r.reg; k = Person(reg)
    return [F("BLT Dana Desa yang seharusnya {pr} dipotong untuk 'uang kas' oleh Kaur Keuangan, {h} {k}. ", pr=NM_PRICE(),
              h=HON(k), k=PN(k)), "Yang protes diancam dicoret tahun depan. ", MIX(reg, 0.5),
            F("Saya penerima atas nama {r}, NIK {n}, tinggal di {a}.", r=PN(r), n=NIK(r), a=AD(r))]


def ai3():
    r = Person(); reg = r.reg; m = Person(reg, sex="F", age=(55, 85)); e = Person(reg)
    return [F("Kartu KKS ibu saya {m} (NIK {n}) saldonya nol sejak {d}. Pemilik e-warong, {e}, bilang dana belum masuk, "
              "tapi tetangga sudah bisa ambil sembako. ", m=PN(m), n=NIK(m), d=NM_DATE(), e=PN(e)), NMS(),
            F("Saya {r}, {p}.", r=PN(r), p=PH(r))]


def ai4():
    r = Person(); reg = r.reg; w = Person(reg, sex="F", age=(30, 55))
    return [F("Istri kepala desa kami, {h} {w}, tercatat sebagai penerima {pg}, padahal yang bersangkutan PNS dengan NIP {n}. ",
              h=HON(w), w=PN(w), pg=ch(PROGRAMS), n=NIP(w)), MIX(reg),
            F("Mohon diverifikasi ulang DTKS. Pelapor: {r}, {a}, {ar}.", r=PN(r), a=AD(r), ar=AREA(r))]


def ai5():
    r = Person(); reg = r.reg; f = Person(reg, sex="M", age=(60, 85))
    return [F("Kepesertaan BPJS PBI ayah saya {f} nomor {b} dinonaktifkan, padahal beliau lansia tidak bekerja dan sakit diabetes. ",
              f=PN(f), b=BP()), F("Lahirnya {dob}. ", dob=DB(f)), MIX(reg),
            F("KK kami {kk}. Mohon diaktifkan kembali. Kontak {r} {p}", kk=KK(r), r=PC(r), p=PH(r))]


def ai6():
    r = Person(sex="F"); reg = r.reg; pd = Person(reg)
    bank, acct = BA(ch(["BRI", "BNI", "BSI", "Mandiri"]))
    return [F("Dana PKH saya tidak masuk ke rekening KKS {b} {ac} atas nama {r}. ", b=bank, ac=acct, r=PN(r)),
            F("Pendamping PKH, {h} {pd} (HP {pp}), menyuruh saya menunggu tahap berikutnya. ", h=HON(pd), pd=PN(pd), pp=PH(pd)),
            F("Sudah {n} tahap tidak cair.{mx}", n=ri(2, 4), mx=MIX(reg)), "NIK saya ", NIK(r), "."]


def ai7():
    reg = ch(LANG_REGIONS[ch(["sunda", "madura", "jawa"])]); r = Person(reg); k = Person(reg, sex="M"); flag("regional")
    lang = REGIONS[reg][10]
    intro = {"sunda": "Punten, abdi bade lapor. Beas bantosan 10 kg teu acan dugi ka bumi abdi, padahal nami abdi aya dina daptar. ",
             "madura": "Sengko' terro alapor. Bantuan beras 10 kilo ta' etarema, padahal nyama sengko' bada e daftar. ",
             "jawa": "Nyuwun sewu, beras bantuan 10 kilo dereng dugi griya kula, mangka nami kula wonten daftar. "}[lang]
    return [intro, F("Kata {h} {k} kuotanya habis. Nama {r}, NIK {n}, alamat {a}, {ar}. HP {p}", h=HON(k), k=PN(k), r=PN(r),
                     n=NIK(r), a=AD(r), ar=AREA(r, True), p=PH(r))]


def ai8():
    reg = ch(REGION_KEYS); ps = [Person(reg, age=(35, 80)) for _ in range(3)]; r = Person(reg)
    rows = [F("{n};{k};{kk};{a}\n", n=PN(p), k=NIK(p, "plain", False), kk=KK(p, "plain"), a=AD(p)) for p in ps]
    return ["Data warga yang belum terima BLT (dari catatan Pak RT, saya salin apa adanya):\n", "nama;nik;no_kk;alamat\n",
            rows, F("Pengirim {r}", r=PN(r))]


def ain1():
    return [F("Sebanyak {c} akibat banjir {d} belum menerima bantuan logistik. Posko hanya buka siang. Info {h}.",
              c=NM_COUNT("impact"), d=NM_DATE(), h=NM_HOTLINE())]


def ain2():
    reg = ch(REGION_KEYS)
    return [F("BLT {pr} per bulan untuk tahap {t} di desa kami baru cair untuk {c}. Sisanya belum jelas.{mx}", pr=NM_PRICE(),
              t=ri(1, 4), c=NM_COUNT("peserta"), mx=MIX(reg)), NMS()]


def ain3():
    return [F("Musdes validasi DTKS tanggal {d} tidak mengundang warga {rt}. Padahal {r} mewajibkan musyawarah. "
              "NIK saya sudah dicek di 3 aplikasi, statusnya aneh-aneh.", d=NM_DATE(), rt=NM_RT(), r=NM_REG())]


STYLE_PII["aid"] = [ai1, ai2, ai3, ai4, ai5, ai6, ai7, ai8]
STYLE_NOPII["aid"] = [ain1, ain2, ain3]


# ---------------------------------------------------------------- voice (speech-to-text, lowercased by main)
def VP(reg=None, **kw):
    p = Person(reg, **kw)
    p.full = p.full.replace(".", "")
    return p


def FL():
    return " " + ch(["eh", "anu", "gitu", "ya", "apa namanya", "hmm", "nah", "terus", "jadi", "eee"]) + " "


def VADDR(p):
    return (ch([f"jalan {ch(STREETS).lower()} nomor {ri(1, 90)} rt {ri(1, 12)} rw {ri(1, 9)}",
                f"jalan {ch(STREETS).lower()} nomor {ri(1, 90)}", f"dusun {ch(DUSUNS).lower()} rt {ri(1, 9)} rw {ri(1, 9)}",
                f"perumahan {ch(PERUMS).lower()} blok {ch('abcde')} nomor {ri(1, 40)}"]), "ADDRESS")


def VPH(p):
    return PH(p, ch(["plain", "plain", "space", "s433"]))


def vo1():
    r = VP(); reg = r.reg; m = VP(reg, sex="F", age=(60, 85))
    return ["halo selamat siang", FL(), "saya mau lapor soal bantuan pkh ibu saya", FL(), "namanya ", PN(m),
            " udah tiga bulan nggak cair", FL(), "nik nya ", NIK(m, ch(["plain", "space"]), False), FL(),
            "saya anaknya ", PN(r), " nomor saya ", VPH(r), " makasih"]


def vo2():
    r = VP(); reg = r.reg; o = VP(reg)
    jw = chance(0.5)
    if jw:
        flag("regional")
    return ["assalamualaikum pak", FL(), "iki lho pak aku wis antri ket subuh nang kelurahan tapi blangko ktp ne entek jare "
            if jw else "saya sudah antri dari subuh di kelurahan tapi katanya blangko ktp habis ", FL(),
            "petugasnya ", ch(["pak ", "bu ", "mas ", ""]), PC(o), " cuma bilang besok lagi besok lagi", FL(),
            "nama saya ", PN(r), " alamat ", VADDR(r), FL(), "tolong ya pak"]


def vo3():
    r = VP(); reg = r.reg; c = VP(reg, age=(7, 12), child=True, fam=r)
    return ["ini mau ngadu soal sekolah anak saya", FL(), "anak saya ", PN(c), " lahir ", DB(c, "long"),
            " disuruh bayar uang seragam ", ch(["lima ratus ribu", "tujuh ratus ribu", "satu juta"]), FL(),
            "padahal katanya gratis", FL(), "saya ", PN(r), " hape saya ", VPH(r)]


def vo4():
    r = VP(); reg = r.reg; o = VP(reg, sex="M")
    return ["selamat malam", FL(), "tadi motor saya ditilang di perempatan sama polisi namanya ", PN(o),
            " dia minta uang damai dua ratus ribu", FL(), "plat motor saya ", PL(reg, ch(["sp", "glued"])), FL(),
            "nama saya ", PN(r), " nomor ", VPH(r), " sekian"]


def vo5():
    reg = ch(LANG_REGIONS[ch(["sunda", "jawa"])]); r = VP(reg); k = VP(reg, sex="M"); flag("regional")
    lang = REGIONS[reg][10]
    core = ("punten abdi bade lapor jalan di lembur abdi ruksak parah tos dua taun teu dioprek" if lang == "sunda" else
            "nuwun sewu kula badhe lapor dalan ing desa kula rusak parah sampun kalih taun mboten dipundandosi")
    return [core, FL(), "kades na eh kepala desa ", PN(k), " ", ch(["ngan ukur jangji", "namung janji mawon"]), FL(),
            "abdi " if lang == "sunda" else "kula ", PN(r), " ", VPH(r)]


def vo6():
    r = VP(); reg = r.reg; p = VP(reg, sex="M", age=(50, 80))
    return ["iya halo", FL(), "saya mau tanya kenapa kartu bpjs bapak saya ", PN(p), " nonaktif", FL(), "nomornya ", BP("p"),
            FL(), "padahal bayar terus tiap bulan", FL(), "bapak lahir ", DB(p, "long"), " ", FL(), "nik saya ",
            NIK(r, ch(["plain", "space"]), False), " nama ", PN(r)]


def vo7():
    r = VP(sex="F"); reg = r.reg; a = VP(reg, sex="M")
    return ["mbak ini saya mau lapor", FL(), "suami saya kerja di malaysia lewat sponsor namanya ", PN(a), FL(),
            "terus paspornya ditahan nomor paspornya ", PS(), FL(), "saya ", PN(r), " alamat ", VADDR(r), " wa saya ", VPH(r)]


def vo8():
    r = VP(); reg = r.reg; t = VP(reg)
    return ["oke ini direkam ya", FL(), "saya ", PN(r), " mau komplain tetangga saya ", PN(t),
            " bakar sampah tiap hari asapnya masuk rumah", FL(), "udah ditegur pak rt gak mempan", FL(), "rumah saya di ",
            VADDR(r), FL(), "nomor saya ", VPH(r), " ", VPH(r), " ya dua kali biar jelas"]


def von1():
    return ["halo", FL(), "mau lapor lampu jalan mati sepanjang ", NMV(ch(HERO_ROADS).lower().replace(".", "")),
            " udah dua minggu", FL(), "gelap banget bahaya", FL(), "nomor laporan sebelumnya ", NM_TICKET("eight")]


def von2():
    return ["ini soal antrean di rumah sakit", FL(), NMV(ch(HOSPITALS).lower().replace(".", "")),
            " antre dari jam lima pagi", FL(), "call center ", NM_HOTLINE(), " gak diangkat", FL(), "tolong diperbaiki"]


def von3():
    return ["selamat pagi", FL(), "air pdam mati udah tiga hari di ", NM_RT(), FL(),
            "tagihan tetap ", NMV(f"{ri(80, 250)} ribu"), " gitu", FL(), "makasih"]


STYLE_PII["voice"] = [vo1, vo2, vo3, vo4, vo5, vo6, vo7, vo8]
STYLE_NOPII["voice"] = [von1, von2, von3]


# ================================================================ part 7b: email
# ---------------------------------------------------------------- email
DAYS = _s("Sen|Sel|Rab|Kam|Jum|Sab|Min")


def TO(reg):
    x = R.random()
    if x < 0.25:
        return NM_INST()
    if x < 0.75:
        o = Person(reg)
        return [PN(o), " <", EM(o), ">"]
    return ch(["undisclosed-recipients:;", "Admin Pengaduan", "Humas Pemkot", "Tim Pengelola SP4N"])


def HDR(frm, to, cc=None, subj="", date=True):
    out = [F("From: {n} <{e}>\n", n=PN(frm), e=EM(frm)), "To: ", to if to is not None else TO(frm.reg), "\n"]
    if cc is not None:
        out += ["Cc: ", cc, "\n"]
    if date:
        out += ["Date: ", ch(DAYS) + ", ", NM_DATE(), f" {ri(7, 22):02d}:{ri(0, 59):02d}" if chance(0.5) else "", "\n"]
    return out + ["Subject: " + subj + "\n\n"]


def SIG(p, title=True):
    deg = ch(["", ", S.T.", ", S.E.", ", M.M.", ", S.Kom."]) if title else ""
    return ["\n\n", ch(["Hormat saya,", "Salam,", "Terima kasih,", "Wassalam,"]), "\n", ch(["", "Ir. ", "H. "]) if p.sex == "M" and title else "",
            PN(p), deg, "\n", ch(["HP", "Telp", "WA", "Mobile"]), ": ", PH(p)]


def em1():
    r = Person(); reg = r.reg; o = Person(reg)
    return [HDR(r, None, None, "Pengaduan pungutan legalisir ijazah"),
            F("Yth. Admin,\n\nSaya ingin melaporkan pungutan {pr} untuk legalisir di {off}. Petugas loket, {h} {o}, menyatakan itu "
              "'biaya administrasi'.", pr=NM_PRICE(), off=OFFICE(reg), h=HON(o), o=PN(o)), SIG(r)]


def em2():
    r = Person(); reg = r.reg; o = Person(reg, age=(35, 58))
    return [HDR(o, [PN(r), " <", EM(r), ">"], NMV(ch(INSTITUTION_MAILS)), "Re: Tindak lanjut laporan " + ch(["PPDB", "IMB", "KTP-el"])),
            F("Yth. Bapak/Ibu {r},\n\nLaporan Saudara sedang kami proses. Mohon bersabar.\n\nSalam,\n", r=PC(r)),
            TITLED(o), F("\nNIP {n}\n\n", n=NIP(o)),
            F("Pada {d}, {r} <{e}> menulis:\n> Sudah dua bulan laporan saya tidak ada kabar.\n> Mohon kepastian.\n> HP saya {p}",
              d=NM_DATE(), r=PN(r), e=EM(r), p=PH(r))]


def em3():
    r = Person(age=(19, 23)); reg = r.reg; w = Person(reg, sex="F", age=(40, 60)); o = Person(reg)
    return [HDR(r, None, [PN(w), " <", EM(w), ">"], "Keberatan atas penolakan KIP Kuliah"),
            F("Dengan hormat,\n\nSaya {r}, lahir {dob}, mahasiswa semester 3. Pengajuan KIP Kuliah saya ditolak oleh operator "
              "kampus ({o}) tanpa alasan. Saya lampirkan KK {kk} sebagai bukti. Tembusan saya kirim ke wali saya, {w}.",
              r=PN(r), dob=DB(r), o=PN(o), kk=KK(r), w=PC(w)), SIG(r, False)]


def em4():
    r = Person(); reg = r.reg; a, b = Person(reg), Person(reg); bank, acct = BA("Mandiri")
    return [HDR(r, None, None, ch(["FW: rekening pungli", "Fwd: bukti transfer"])),
            F("---------- Forwarded message ---------\nDari: {a} <{ea}>\nKepada: {r}\n\nPak, untuk biaya pengurusan silakan transfer "
              "ke {bk} {ac} a.n. {b}. Terima kasih.\n----------\n\nAdmin yth, di atas bukti permintaan transfer dari oknum pegawai. ",
              a=PN(a), ea=EM(a), r=EM(r), bk=bank, ac=acct, b=PN(b)), SIG(r)]


def em5():
    r = Person(); reg = r.reg
    return [HDR(r, None, None, "Data pemohon paspor"),
            F("Selamat siang,\n\nPermohonan penggantian paspor lama saya ({ps}) sudah {n} minggu belum selesai di kantor imigrasi. "
              "Data saya:\nNama: {r}\nNIK: {k}\nTTL: {bp}, {dob}\nAlamat: {a}, {ar}", ps=PS(), n=ri(3, 8), r=PN(r), k=NIK(r),
              bp=r.birthplace, dob=DB(r), a=AD(r), ar=AREA(r)), SIG(r)]


def em6():
    r = Person(); reg = r.reg; o = Person(reg)
    return [HDR(r, None, None, "Permintaan klarifikasi NPWP ganda"),
            F("Kepada Yth. KPP Pratama {c},\n\nNPWP saya {np1} ternyata juga tercatat dengan nomor lain, {np2}. Sesuai {rg}, "
              "NIK saya ({k}) seharusnya sudah menjadi NPWP. Petugas AR {o} meminta saya datang langsung.",
              c=city(reg).replace("Kota ", "").replace("Kab. ", ""), np1=NPWP(r, "old"), np2=NPWP(r, "plain15"), rg=NMV("PMK 112/PMK.03/2022"),
              k=NIK(r, None, False), o=PN(o)), SIG(r)]


def em7():
    r = Person(); reg = r.reg; k = Person(reg, age=(40, 58))
    return [HDR(k, [PN(r), " <", EM(r), ">"], None, "Balasan: keluhan orang tua murid"),
            "Ibu/Bapak yth,\n\nKami sudah memanggil wali kelas terkait. Ke depan komunikasi silakan lewat saya langsung.\n\n",
            TITLED(k, "teacher"), F("\nKepala {s}\nNIP {n}\nHP {p}\n\n> -----Original Message-----\n> From: {r}\n> Anak saya diejek terus "
                                   "di kelas dan dibiarkan.", s=SCH(reg), n=NIP(k), p=PH(k), r=EM(r))]


def em8():
    r = Person(); reg = r.reg; c = Person(reg)
    return [HDR(r, None, [PN(c), " <", EM(c), ">"], "Laporan jalan rusak & pungli parkir " + EMO()),
            F("Yth. Dinas PUPR,\n\nJalan di depan rumah saya ({a}) berlubang sejak {d}. Selain itu juru parkir minimarket menagih {pr}. "
              "Tetangga saya {c} ikut menandatangani laporan ini.", a=AD(r), d=NM_DATE(), pr=NM_PRICE(), c=PN(c)), SIG(r),
            ["\nIG: ", HD(r)] if chance(0.6) else ""]


def emn1():
    return [F("To: {i}\nSubject: Laporan jalan berlubang\n\nYth. Admin,\nJalan di {rd} {km} berlubang besar, sudah {c} "
              "kecelakaan. Nomor laporan sebelumnya {t}.\n\nSalam,\nWarga", i=NM_INST(), rd=NMV(ch(HERO_ROADS)), km=NM_KM(),
              c=NMV(f"{ri(3, 12)} kali"), t=NM_TICKET())]


def emn2():
    return [F("Subject: Re: tiket {t}\n\n> Laporan Anda sedang diverifikasi.\n\nSudah lewat {n} hari sejak {d}. Mohon dipercepat "
              "sesuai {r}.\n\n-- \nPengurus RW", t=NM_TICKET("sixteen"), n=ri(14, 60), d=NM_DATE(), r=NM_REG())]


def emn3():
    return [F("Kepada: {i}\nPerihal: Tarif parkir\n\nTarif parkir di {hs} naik jadi {pr} per jam tanpa sosialisasi. Mohon "
              "dicek.\n\nTerima kasih", i=NM_INST(), hs=ch(HOSPITALS), pr=NMV(f"Rp{ri(3, 9)}.000"))]


STYLE_PII["email"] = [em1, em2, em3, em4, em5, em6, em7, em8]
STYLE_NOPII["email"] = [emn1, emn2, emn3]


# ================================================================ part 8a: form, regional
def KV(rows, sep=None):
    sep = sep or ch([" : ", ": ", " :", "\t: "])
    return [[k, sep, v, "\n"] for k, v in rows]


def fo1():
    r = Person()
    rows = [["Nama Lengkap", PN(r)], ["NIK", NIK(r)], ["Tempat/Tgl Lahir", [r.birthplace + ", ", DB(r)]],
            ["Alamat", [AD(r), ", " + AREA(r)]], ["No. HP/WA", PH(r)], ["Email", EM(r)]]
    if chance(0.5):
        rows.insert(2, ["NPWP", NPWP(r)])
    if chance(0.4):
        rows.append(["Instagram", HD(r)])
    return [ch(["FORMULIR PENGADUAN\n", "Form Pengaduan Masyarakat\n", ""]), KV(rows),
            F("Kategori : {k}\nIsi Pengaduan : {i}", k=ch(["Kependudukan", "Pendidikan", "Kesehatan", "Infrastruktur"]),
              i=ch(["Pelayanan lambat dan ada pungutan.", "Data saya tidak muncul di sistem.", "Petugas tidak ramah."]))]


def fo2():
    reg = ch(REGION_KEYS); ps = [Person(reg) for _ in range(ri(2, 3))]
    rows = [F('{n},{k},{p},{e},{kat},{d}\n', n=PN(p), k=NIK(p, "plain", False), p=PH(p, ch(["plain", "62"])), e=EM(p),
              kat=ch(["pungli", "infrastruktur", "adminduk"]), d=NM_DATE()) for p in ps]
    return ["nama,nik,no_hp,email,kategori,tgl_kejadian\n", rows]


def fo3():
    r = Person(); o = Person(r.reg)
    return [['{"nama": "', PN(r), '", "nik": "', NIK(r, "plain", False), '", "hp": "', PH(r), '", "ig": "', HD(r),
             '", "tiket": "', NM_TICKET("sixteen"), '"}\n'],
            ['{"terlapor": "', PN(o), '", "jabatan": "', ch(["staf kelurahan", "operator desa", "juru parkir"]),
             '", "lokasi": "', ch(REGIONS[r.reg][5]), '"}']]


def fo4():
    r = Person(age=(18, 40))
    return ["Timestamp: ", NM_DATE(), f" {ri(7, 23):02d}:{ri(10, 59)}:{ri(10, 59)}\n",
            KV([["Nama", PN(r)], ["Nomor WhatsApp", PH(r)], ["Akun Instagram/TikTok", HD(r)],
                ["Uraian", ch(["Jalan depan sekolah rusak parah.", "Ada calo di kantor samsat.", "Pungutan di pasar."])]], ": ")]


def fo5():
    r = Person()
    return ["Pelapor\n", "\u2014\n", "Nama\n", PN(r), "\nNIK\n", NIK(r), "\nNo. KK\n", KK(r), "\nAlamat\n", AD(r), "\n",
            AREA(r), "\nTelepon\n", PH(r), "\n\nStatus: ", ch(["Menunggu verifikasi", "Diproses", "Didisposisikan"])]


def fo6():
    reg = ch(REGION_KEYS); ps = [Person(reg, age=(30, 80)) for _ in range(ri(2, 4))]
    rows = [[f"{i + 1}\t", PN(p), "\t", NIK(p, "plain", False), "\t", KK(p, "plain"), "\t", BP(), "\n"] for i, p in enumerate(ps)]
    return ["No\tNama\tNIK\tNo KK\tNo BPJS\n", rows]


def fo7():
    r = Person(); bank, acct = BA()
    return [KV([["Nama Wajib Pajak", PN(r)], ["NPWP", NPWP(r)], ["NIK", NIK(r)], ["Bank", bank], ["No. Rekening", acct],
                ["Atas Nama", PN(r)], ["Telp", PH(r)]]), "Keterangan : restitusi belum cair sejak ", NM_DATE(2024)]


def fo8():
    r = Person()
    return [KV([["No. Paspor Lama", PS()], ["Nama", PN(r)], ["Tgl Lahir", DB(r)], ["Tempat Lahir", r.birthplace],
                ["Alamat", AD(r)], ["Email", EM(r)], ["HP", PH(r)]]),
            "Kendala : ", ch(["jadwal wawancara M-Paspor selalu penuh.", "paspor rusak terkena banjir, disuruh bayar denda."])]


def fon1():
    return [KV([["Kategori", "Infrastruktur"], ["Lokasi", NMV(ch(HERO_ROADS) + " " + NM_KM()[0])], ["Tanggal kejadian", NM_DATE()],
                ["No. Tiket", NM_TICKET("sixteen")], ["Status", "Diteruskan ke Dinas PUPR"]])]


def fon2():
    return ["kategori,lokasi,tgl,biaya\n", "pungli,", NMV(f"SPBU {NM_SPBU()[0]}"), ",", NM_DATE(), ",", NMV(f"Rp{ri(5, 50)}.000"),
            "\n", "pendidikan,", NMV(f"NPSN {NM_NPSN()[0]}"), ",", NM_DATE(), ",", NM_PRICE()]


def fon3():
    return ['{"kanal": "SMS ', NM_HOTLINE(), '", "nomor_laporan": "', NM_TICKET("eight"), '", "regulasi": "', NM_REG(),
            '", "jumlah_pelapor": ', NMV(str(ri(2, 60))), '}']


STYLE_PII["form"] = [fo1, fo2, fo3, fo4, fo5, fo6, fo7, fo8]
STYLE_NOPII["form"] = [fon1, fon2, fon3]


# ---------------------------------------------------------------- regional (mostly regional language)
def RP(lang, **kw):
    flag("regional")
    reg = ch(LANG_REGIONS[lang])
    return Person(reg, **kw), reg


def rg1():  # Javanese krama
    r, reg = RP("jawa", age=(45, 75)); m = Person(reg, sex="F", age=(65, 85)); k = Person(reg, sex="M")
    return [F("Nyuwun sewu Bapak/Ibu, kula badhe matur bilih bantuan PKH kagunganipun ibu kula, {m}, dereng dipunparingaken "
              "wiwit wulan {b}. Sampun kula aturaken dhateng Pak Kadus {k} nanging dereng wonten wangsulan. ", m=PN(m),
              b=ch(MONTHS), k=PC(k)),
            F("Nami kula {n}, NIK {nk}, griya kula wonten {a}, {ar}. Menawi wonten kalepatan nyuwun pangapunten. Nomer HP kula {p}. "
              "Matur nuwun.", n=PN(r), nk=NIK(r), a=AD(r), ar=AREA(r), p=PH(r))]


def rg2():  # Javanese ngoko
    r, reg = RP("jawa"); o = Person(reg)
    return [F("Iki piye to, aku wis antri ket esuk nang kelurahan, jare blangko KTP entek. Sing jaga loket jenenge {o}, ditakoni "
              "malah nesu-nesu. Jenengku {n}, omahku {a}. Nek arep ngabari WA wae nang {p} yo. Suwun.", o=PN(o), n=PN(r),
              a=AD(r), p=PH(r))]


def rg3():  # Sundanese
    r, reg = RP("sunda"); k = Person(reg, sex="M")
    return [F("Punten, abdi bade ngalaporkeun. Jalan di payuneun bumi abdi ruksak parah tos dua taun, unggal hujan caah. "
              "Tos dilaporkeun ka Pak Kades {k} namung teu aya tindakan. ", k=PN(k)),
            F("Nami abdi {n}, lahir {dob}, bumi di {a}, {ar}. Nomer HP {p}. Hatur nuhun.", n=PN(r), dob=DB(r), a=AD(r),
              ar=AREA(r), p=PH(r))]


def rg4():  # Madurese
    r, reg = RP("madura"); b = Person(reg, sex="F", age=(60, 85)); k = Person(reg)
    return [F("Sengko' terro alapor, bantuan BLT se kodhu narema bibi' sengko', {b} (NIK {nb}), ta' etarema dhari bulan {m}. ",
              b=PN(b), nb=NIK(b), m=ch(MONTHS)),
            F("Ca'na {k} ghi' eproses. Bengko sengko' e {a}. Nomer HP {p}. Sakalangkong.", k=PN(k), a=AD(r), p=PH(r))]


def rg5():  # Bugis
    r, reg = RP("bugis"); o = Person(reg)
    return [F("Tabe' Puang, iyya' {n} pole ri {c}. Sertifika' tanaku dé'pa napura, purani ubayara {pr} lao ri petugas'e {o}. ",
              n=PN(r), c=city(reg), pr=NM_PRICE(), o=PN(o)),
            F("Bolaku ri {a}. NIK-ku {nk}, nomoro HP {p}. Kurru sumange'.", a=AD(r), nk=NIK(r), p=PH(r))]


def rg6():  # Minang
    r, reg = RP("minang"); w = Person(reg, sex="M")
    return [F("Assalamualaikum. Ambo ka mangadu, jalan di kampuang ambo alah rusak bana, alun juo diperbaiki dari {y}. "
              "Wali nagari, Pak {w}, hanyo bajanji sajo. ", y=NMV(ch(["2022", "2023"])), w=PC(w)),
            F("Namo ambo {n}, rumah ambo di {a}, {ar}. Kok ado nan ka ditanyoan, hubungi ambo di {p}. Tarimo kasih.",
              n=PN(r), a=AD(r), ar=AREA(r), p=PH(r))]


def rg7():  # Batak Toba
    r, reg = RP("batak"); o = Person(reg, sex="M")
    return [F("Horas. Au {n} sian {c}. Dang adong dope bantuan tu hami, padahal nungnga didaftarhon {o} sian taon na salpu. ",
              n=PN(r), c=city(reg), o=PN(o)),
            F("Jabu nami di {a}. No. KK {kk}, HP {p}. Mauliate godang.", a=AD(r), kk=KK(r), p=PH(r))]


def rg8():  # Balinese
    r, reg = RP("bali"); k = Person(reg, sex="M")
    return [F("Om Swastyastu. Tiang {n}, saking {ar}. Tiang nunas tulung, sampun tigang sasih aji BPJS tiang ({bp}) nonaktif. "
              "Sampun tiang matur ring Pak Kelian {k}. ", n=PN(r), ar=AREA(r, True), bp=BP(), k=PC(k)),
            F("Umah tiang ring {a}. HP {p}. Suksma. Om Santih, Santih, Santih Om.", a=AD(r), p=PH(r))]


def rg9():  # Banjar
    r, reg = RP("banjar"); o = Person(reg)
    return [F("Assalamualaikum. Ulun handak melapor, jalan di kampung ulun rusak banar, kada kawa dilalui motor. Sudah ulun "
              "sampaikan ka {o} di kelurahan. Ngaran ulun {n}, rumah ulun di {a}. Nomor HP ulun {p}. Makasih banyak lah.",
              o=PN(o), n=PN(r), a=AD(r), p=PH(r))]


def rg10():  # Manado Malay / Papuan Malay
    if chance(0.5):
        r, reg = RP("manado"); o = Person(reg)
        return [F("Kita mo lapor, tu jalan di kampung so rusak skali, nyanda ada yang mo perbaiki. Kemarin kita so bilang pa {o} "
                  "mar dia cuma tatawa. Kita pe nama {n}, kita pe rumah di {a}. Tolong jo dang. Kita pe nomor {p}.",
                  o=PN(o), n=PN(r), a=AD(r), p=PH(r))]
    r, reg = RP("papua"); o = Person(reg)
    return [F("Sa mo lapor, bantuan untuk mama-mama di kampung belum sampe. Bapa {o} bilang tunggu saja, tapi su tiga bulan. "
              "Sa pu nama {n}, sa pu rumah di {a}. Kam tolong cek dulu. Sa pu nomor {p}.", o=PC(o), n=PN(r), a=AD(r), p=PH(r))]


def rgn1():
    flag("regional")
    return [F("Nyuwun sewu, dalan ing {rd} rusak parah wiwit {d}. Sampun wonten {c} ingkang kecelakaan. Laporan kula nomer {t}.",
              rd=NMV(ch(HERO_ROADS)), d=NM_DATE(), c=NMV(f"{ri(3, 15)} tiyang"), t=NM_TICKET())]


def rgn2():
    flag("regional")
    return [F("Punten, di {rt} cai PDAM tos saminggu teu ngocor. Tagihan tetep {pr}. Tos nelepon {h} teu aya jawaban. Hatur nuhun.",
              rt=NM_RT(), pr=NM_PRICE(), h=NM_HOTLINE())]


def rgn3():
    flag("regional")
    return [F("Ulun handak betakun, BLT {pr} tahap {t} kenapa kada cair? Di kampung kami {c} balum menerima. "
              "Ujar urang kantor desa tunggu haja.", pr=NM_PRICE(), t=ri(1, 3), c=NM_COUNT("peserta"))]


STYLE_PII["regional"] = [rg1, rg2, rg3, rg4, rg5, rg6, rg7, rg8, rg9, rg10]
STYLE_NOPII["regional"] = [rgn1, rgn2, rgn3]


# ================================================================ part 8b: chat, short
def CHAT(lines):
    d, mo, y, h, mi = ri(1, 28), ri(1, 12), ch([2024, 2025]), ri(6, 20), ri(0, 40)
    form = ch(["br", "dash"])
    out = []
    for who, msg in lines:
        mi += ri(0, 6)
        hh, mm = h + mi // 60, mi % 60
        ts = (f"[{d:02d}/{mo:02d}/{y % 100:02d} {hh:02d}.{mm:02d}] " if form == "br" else
              f"{d:02d}/{mo:02d}/{y}, {hh:02d}:{mm:02d} - ")
        out += [ts, who, ": ", msg, "\n"]
    return out


def WHO(p):
    """a sender keeps one display form (saved name, call name or bare number) within a chat."""
    if not hasattr(p, "_who"):
        p._who = ch(["full", "full", "call", "phone"])
    return {"full": PN, "call": PC, "phone": lambda q: PH(q, "p62dash")}[p._who](p)


def ch1():
    reg = ch(REGION_KEYS); a, b, c, x = Person(reg), Person(reg), Person(reg), Person(reg, age=(60, 85))
    return CHAT([(WHO(a), "Bpk2 ibu2, sy mau tanya, BLT tahap ini udh cair blm ya?"),
                 (WHO(b), ["Blm bu. ", PC(x), " jg blm, pdhl namanya ada di daftar ", EMO()]),
                 (WHO(c), F("Ini NIK nya mbah {x}: {n}, tlg dicek sm admin desa", x=PC(x), n=NIK(x))),
                 (WHO(a), "Oke sy teruskan ke pak RT ya"), (WHO(b), ch(["siap", "mksh bu", "👍"]))])


def ch2():
    r = Person(); reg = r.reg; o = Person(reg); bank, acct = BA()
    return ["(chat sy dgn oknum petugas, sy lampirkan utk bukti)\n",
            CHAT([(PN(o), F("Kalau mau cepat transfer aja {pr} ke {b} {ac} a.n. {o}", pr=NM_PRICE(), b=bank, ac=acct, o=PN(o))),
                  (PN(r), "Itu resmi pak? Ada kuitansinya?"), (PN(o), "Gk usah byk tanya, mau cepat gk"),
                  (PN(r), ["Ok pak sy pikir dulu ", EMO()])]),
            F("Pelapor: {r}, {p}", r=PN(r), p=PH(r))]


def ch3():
    reg = ch(REGION_KEYS); a, b, g = Person(reg, sex="F"), Person(reg, sex="F"), Person(reg); k1, k2 = kid(reg, 10, 13), kid(reg, 10, 13)
    return CHAT([(WHO(a), F("Bun, video anak sy {k} dipukul itu diupload akun {h} 😭", k=PC(k1), h=HD(k2))),
                 (WHO(b), F("Ya Allah.. itu akun nya {k} kan? yg kls 6B", k=PN(k2))),
                 (WHO(a), ["Sy udh lapor ke ", HON(g), " ", PN(g), " tp blm ada respon"]),
                 (WHO(g), "Mohon maaf bunda, besok kami panggil orang tuanya."),
                 (WHO(a), ["Tlg bgt ya bu. Ini no sy kl perlu ", PH(a)])])


def ch4():
    reg = ch(REGION_KEYS); a, b, c = Person(reg, sex="M"), Person(reg, sex="M"), Person(reg)
    return CHAT([(WHO(a), F("Bro, ada yg kena tilang di depan mall td? plat {p} ditahan STNK nya", p=PL(reg))),
                 (WHO(b), ["Iya itu motor sy. Polisinya ngaku nama ", PN(c), ", minta 300rb ", EMO()]),
                 (WHO(a), "Jgn kasih, lapor propam aja"), (WHO(b), F("Sy gk brani bro. Kl ada yg bs bantu WA sy {p}", p=PH(b)))])


def ch5():
    reg = ch(REGION_KEYS); a, b, d = Person(reg, sex="F"), Person(reg), Person(reg); p = Person(reg, sex="M", age=(60, 85))
    return CHAT([(WHO(a), F("Bapak msh di IGD, kata perawat kamar penuh {e}", e=EMO())),
                 (WHO(b), F("No BPJS bapak {bp}, nama di kartu {n}. Coba kasih ke admisi", bp=BP(), n=PN(p))),
                 (WHO(a), ["Udh. Dokternya ", TITLED(d, "doctor"), " blm dateng dr td"]),
                 (WHO(b), "Sabar ya dek, sy otw"), (WHO(a), "Tlg bawa KK asli jg")])


def ch6():
    r = Person(sex="F", age=(20, 35)); reg = r.reg; g = Person(reg, sex="M")
    return CHAT([(WHO(r), F("Pak {g}, paspor sy {ps} kapan dibalikin? Sy udh mau pulang", g=PC(g), ps=PS())),
                 (WHO(g), "Nanti kalau utang biaya proses lunas"), (WHO(r), ["Sy udh bayar ", NM_PRICE(), " pak"]),
                 (WHO(g), "Itu blm termasuk tiket"), (WHO(r), [EMO(), " sy lapor BP2MI aja"])])


def ch7():
    reg = ch(LANG_REGIONS["jawa"]); a, b, c = Person(reg, eth="jawa"), Person(reg, eth="jawa"), Person(reg, eth="jawa"); flag("regional")
    return CHAT([(WHO(a), "Lur, jare omah2 pinggir kali arep digusur minggu ngarep. Bener ora?"),
                 (WHO(b), ["Bener. Omahku ", AD(b), " wis ditempeli surat"]),
                 (WHO(c), ["Aku yo. Pak Lurah ", PC(Person(reg, sex="M")), " ra gelem ditemoni ", EMO()]),
                 (WHO(a), "Ayo lapor bareng2. Sing nulis sopo?"), (WHO(b), F("Aku wae. Kirim NIK mu nang {p} yo", p=PH(b)))])


def ch8():
    r = Person(); reg = r.reg
    return CHAT([("Admin Desa", "Selamat pagi, ada yg bs dibantu?"),
                 (WHO(r), "Min sy mau ngurus KK baru, anak sy blm masuk"),
                 ("Admin Desa", "Kirim no KK lama & NIK ortu ya"),
                 (WHO(r), F("No KK {kk}, NIK sy {n}. Nama {r}", kk=KK(r), n=NIK(r), r=PN(r))),
                 ("Admin Desa", "Baik, sy teruskan ke operator 🙏")])


def chn1():
    return CHAT([("Ketua RW", F("Info: kerja bakti hari Minggu {d}, kumpul di pos {rt}", d=NM_DATE(), rt=NM_RT())),
                 ("Sekretaris RW", ["Lampu jalan ", NMV(ch(HERO_ROADS)), " mati lg, sdh sy lapor ke ", NM_HOTLINE()]),
                 ("Bendahara", ["Iuran sampah naik jd ", NMV(f"Rp{ri(15, 40)}.000"), " mulai bln depan ", EMO()])])


def chn2():
    return CHAT([("Admin Grup", ["Nomor pengaduan PLN ", NMV("123"), ", kl mati lampu lapor ke sana ya"]),
                 ("Warga Blok C", ["Tiket sy ", NM_TICKET(), " blm ditanggapi jg", " " + EMO()]),
                 ("Admin Grup", ["Coba mention ", NMV(ch(["@pln_123", "@lapor1708"])), " di X"])])


def chn3():
    return CHAT([("Ortu Kelas 5A", ["Uang study tour ", NM_PRICE(), " wajib ya bun?"]),
                 ("Ortu Kelas 5B", ["Katanya sukarela, tp kl gk bayar gk boleh ikut ", EMO()]),
                 ("Komite", ["Sesuai ", NMV("Permendikbud 75/2016"), " komite blh galang dana bkn pungutan"])])


STYLE_PII["chat"] = [ch1, ch2, ch3, ch4, ch5, ch6, ch7, ch8]
STYLE_NOPII["chat"] = [chn1, chn2, chn3]


# ---------------------------------------------------------------- short (< 80 chars, retried by main)
def sh1():
    p = Person(); return ["NIK sy ", NIK(p), " gk kebaca di dukcapil ", EMO()]


def sh2():
    p = Person(age=(50, 80)); return ["Tlg cek BPJS ", BP(), " a.n. ", PC(p)]


def sh3():
    return ["Plat ", PL(), " parkir liar tiap hari depan rumah ", EMO()]


def sh4():
    p = Person(); return [HON(p), " ", PN(p), " minta 50rb utk surat domisili"]


def sh5():
    p = Person(); return ["WA sy ", PH(p), ", tolong dibalas min"]


def sh6():
    p = Person(); return ["Akun ", HD(p), " nyebar foto KTP warga! ", EMO()]


def sh7():
    p = Person(); bank, acct = BA(ch(["BCA", "BNI", "BRI", "BSI"])); return ["Rek ", bank, " ", acct, " a.n. ", PC(p), " penipu"]


def sh8():
    return ["Paspor ", PS(), " blm jadi 3 bln"]


def sh9():
    p = Person(); return ["Email sy ", EM(p), " gk dpt balasan"]


def sh10():
    p = Person(); return [PC(p), ", lahir ", DB(p), ", data KK salah"]


def sh11():
    p = Person(); flag("regional")
    return ch([["Tulung, nomer kula ", PH(p, "plain"), " nggih"], ["Punten, nomer abdi ", PH(p, "plain"), " nya"],
               ["Kita pe nomor ", PH(p, "plain"), ", tolong jo"]])


def sh12():
    p = Person(age=(30, 55)); return ["NIP ", NIP(p, "s"), " itu PNS yg minta uang"]


def shn1():
    return ["Lampu jalan ", NMV(ch(HERO_ROADS)), " mati ", EMO()]


def shn2():
    return ["Tiket ", NM_TICKET("hash"), " blm ditanggapi"]


def shn3():
    return ["Pungli ", NMV(f"Rp{ri(5, 30)}rb"), " di SPBU ", NM_SPBU()]


def sh13():
    p = Person(); return ["NPWP sy ", NPWP(p), " kok terdaftar 2x?"]


def sh14():
    p, q = Person(), Person(); return [ch(["TikTok ", "IG ", "Akun X "]), HD(p), " fitnah ", PC(q), " ", EMO()]


STYLE_PII["short"] = [sh1, sh2, sh3, sh4, sh5, sh6, sh7, sh8, sh9, sh10, sh11, sh12, sh13, sh14]
STYLE_NOPII["short"] = [shn1, shn2, shn3]


# ================================================================ part 8c: long (2-4 KB, several people, several value kinds)
def plen(pieces):
    return sum(len(x if isinstance(x, str) else x[0]) for x in flatten(pieces, []))


def pbytes(pieces):
    return sum(len((x if isinstance(x, str) else x[0]).encode("utf-8")) for x in flatten(pieces, []))


def LP_chrono(reg):
    a, b = Person(reg, age=(30, 56)), Person(reg, age=(30, 56))
    return [F("Kronologinya begini. Pada {d1} saya datang pertama kali dan diterima oleh ", d1=NM_DATE(2024)), TITLED(a),
            F(" (NIP {na}). Beliau mengatakan berkas lengkap dan akan selesai dalam dua minggu. Pada {d2} saya kembali, "
              "tetapi yang ada hanya ", na=NIP(a), d2=NM_DATE(2024)), TITLED(b),
            F(", NIP {nb}, yang mengatakan berkas saya belum pernah masuk. Saya tunjukkan tanda terima, ia hanya tertawa dan "
              "menyuruh saya 'ikut prosedur'. Prosedur apa, tidak pernah dijelaskan.\n\n", nb=NIP(b))]


def LP_family(r):
    s = Person(r.reg, sex="F" if r.sex == "M" else "M", age=(25, 60), fam=r); c = kid(r.reg, 3, 15, r)
    return [F("Data keluarga kami sudah berkali-kali diserahkan. Saya {r} (NIK {nr}), {rel} saya {s} (NIK {ns}, lahir {ds}), "
              "dan anak kami {c} yang lahir {dc}. Semuanya tercantum dalam KK nomor {kk}. Petugas tetap bilang data tidak padan "
              "dengan pusat.\n\n", r=PC(r), nr=NIK(r), rel="istri" if r.sex == "M" else "suami", s=PN(s), ns=NIK(s), ds=DB(s),
              c=PN(c), dc=DB(c), kk=KK(r))]


def LP_money(reg):
    a = Person(reg); b1, a1 = BA(); b2, a2 = BA()
    return [F("Soal uang, saya punya bukti lengkap. Transfer pertama {p1} ke rekening {b1} {a1} atas nama {a}. Transfer kedua "
              "{p2} ke {b2} {a2}, katanya rekening 'bendahara'. Setelah itu {a2n} tidak bisa dihubungi lagi di {ph}. "
              "Bukti mutasi rekening saya lampirkan.\n\n", p1=NM_PRICE(), b1=b1, a1=a1, a=PN(a), p2=NM_PRICE(), b2=b2, a2=a2,
              a2n=PC(a), ph=PH(a))]


def LP_vehicle(reg):
    o, ot = COP(reg); w = Person(reg)
    return [F("Kejadian lain yang tidak kalah penting: mobil {p1} milik kantor, yang plat merahnya jelas terlihat, sering "
              "dipakai untuk urusan pribadi. Tanggal {d} mobil itu parkir di depan rumah makan bersama motor {p2}. Saat saya "
              "memotret, datang ", p1=PL(reg), d=NM_DATE(), p2=PL(reg)), ot,
            F(" dan meminta foto dihapus. Tetangga saya {w} ikut menyaksikan.\n\n", w=PN(w))]


def LP_contact(r):
    return [F("Saya bisa dihubungi kapan saja di {p}, atau lewat email {e}. Akun media sosial saya {h} juga aktif. Mohon "
              "identitas saya dirahasiakan karena saya khawatir ada intimidasi.\n\n", p=PH(r), e=EM(r), h=HD(r))]


def LP_health(reg):
    p = Person(reg, age=(55, 85)); n = Person(reg, sex="F"); d = Person(reg)
    return [F("Sementara itu mertua saya {p}, peserta BPJS nomor {b}, sempat dirawat dan disuruh pulang dalam keadaan belum "
              "pulih. Perawat {n} mengatakan 'kuota hari rawat sudah habis'. ", p=PN(p), b=BP(), n=PN(n)),
            TITLED(d, "doctor"), " yang merawat tidak pernah menemui keluarga. Padahal menurut ", NM_REG(),
            " pelayanan tidak boleh dibatasi seperti itu.\n\n"]


def LP_worker(reg):
    a = Person(reg, age=(20, 40)); g = Person(reg, sex="M")
    return [F("Keponakan saya {a} juga jadi korban. Paspornya ({ps}) ditahan sponsor bernama {g} sejak {d}, dan ia dijanjikan "
              "kerja di {ct} dengan gaji besar. Sampai sekarang ia masih di penampungan, tidak digaji.\n\n",
              a=PN(a), ps=PS(), g=PN(g), d=NM_DATE(2024), ct=ch(COUNTRIES))]


def LP_neighbors(reg):
    a, b = Person(reg), Person(reg)
    return [F("Tetangga yang mengalami hal sama antara lain {a} yang tinggal di {aa}, dan {h} {b} di {ab}. "
              "Mereka bersedia menjadi saksi.\n\n", a=PN(a), aa=AD(a), h=HON(b), b=PN(b), ab=AD(b))]


LP_ALL = [LP_chrono, LP_money, LP_vehicle, LP_health, LP_worker, LP_neighbors]


def LP_close(r):
    return [ch(["Demikian laporan ini saya buat dengan sebenar-benarnya.", "Atas perhatian Bapak/Ibu saya ucapkan terima kasih.",
                "Saya berharap laporan ini ditindaklanjuti, bukan sekadar diarsipkan."]),
            F("\n\nHormat saya,\n{r}\nNIK {n}\n{a}, {ar}\nHP {p}", r=PN(r), n=NIK(r), a=AD(r), ar=AREA(r), p=PH(r)),
            ["\nNPWP ", NPWP(r)] if chance(0.4) else ""]


LONG_INTROS = [
    "Dengan hormat,\n\nSaya menulis laporan panjang ini karena sudah tiga kali mengadu lewat jalur biasa dan tidak ada hasil. "
    "Masalahnya menyangkut pelayanan administrasi kependudukan di kantor kelurahan kami, tetapi ternyata melebar ke banyak hal.\n\n",
    "Yth. Tim Pengelola SP4N-LAPOR!\n\nIzinkan saya menyampaikan pengaduan mengenai dugaan pungutan liar dan penyalahgunaan "
    "wewenang oleh beberapa aparat di wilayah kami. Saya susun selengkap mungkin supaya mudah ditelusuri.\n\n",
    "Kepada Yth. Bapak Bupati/Wali Kota\nc.q. Inspektorat Daerah\n\nPerihal: pengaduan masyarakat\n\nSaya warga biasa yang "
    "sudah lelah dipingpong dari satu meja ke meja lain. Berikut uraian kejadian yang kami alami sekeluarga.\n\n",
    "Assalamualaikum wr. wb.\n\nMohon maaf kalau tulisan ini panjang. Saya tidak tahu lagi harus mengadu ke mana. "
    "Semua yang saya tulis di bawah ini bisa saya buktikan dengan foto, rekaman, dan saksi.\n\n",
    "LAPORAN PENGADUAN\n\nLatar belakang: sejak awal tahun, warga di lingkungan kami mengalami berbagai kesulitan dalam "
    "mengurus bantuan sosial, sertifikat tanah, dan layanan kesehatan. Saya mewakili beberapa keluarga.\n\n",
    "Selamat pagi Admin,\n\nIni lanjutan laporan saya sebelumnya yang dinyatakan 'selesai' padahal belum ada tindakan apa pun. "
    "Kali ini saya tulis rinci, lengkap dengan nama dan nomor.\n\n",
    "Yth. Ombudsman RI dan Inspektorat,\n\nSaya melaporkan rangkaian maladministrasi yang melibatkan lebih dari satu instansi. "
    "Karena saling terkait, saya satukan dalam satu laporan.\n\n",
    "Bapak/Ibu yang terhormat,\n\nSaya seorang ibu rumah tangga. Sejak suami sakit, saya yang mengurus semua urusan keluarga, "
    "dan di setiap kantor saya menemui masalah. Mohon dibaca sampai selesai.\n\n",
]


def make_long(intro_idx):
    def fn():
        r = Person(); reg = r.reg
        body = [LP_family(r)] if chance(0.6) else []
        pool = LP_ALL[:]
        R.shuffle(pool)
        aside = MIX(reg, 0.4).strip()
        pieces = [LONG_INTROS[intro_idx], aside + "\n\n" if aside else ""]
        for f in pool:
            trial = pieces + body + [f(reg)]
            if pbytes(trial) + 420 > 4000:
                break
            body.append(trial[-1])
            if plen(pieces + body) > 2100 + ri(0, 900):
                break
        if chance(0.5):
            body.append(LP_contact(r))
        return pieces + body + [LP_close(r)]
    fn.__name__ = f"lo{intro_idx + 1}"
    return fn


NP_LONG = [
    lambda: F("Jalan di {rd} sudah rusak sejak {y}. Lubangnya makin dalam setiap musim hujan dan di {km} sudah ada {c} kecelakaan "
              "tahun ini. Anggaran perbaikan sebesar {pr} katanya sudah disetujui, tetapi pengerjaan tidak pernah dimulai.\n\n",
              rd=NMV(ch(HERO_ROADS)), y=NMV(ch(["2021", "2022", "2023"])), km=NM_KM(), c=NMV(f"{ri(3, 19)} kali"), pr=NM_PRICE()),
    lambda: F("Saluran drainase di {rt} tersumbat sampah. Banjir tanggal {d} merendam {c}. Warga sudah kerja bakti, tetapi "
              "tanpa alat berat tidak akan selesai. Laporan ke dinas terkait bernomor {t} belum dijawab.\n\n",
              rt=NM_RT(), d=NM_DATE(), c=NM_COUNT("impact"), t=NM_TICKET()),
    lambda: F("Di {hs}, antrean pasien BPJS dimulai pukul empat pagi. Sekitar {c} menunggu di lorong tanpa kursi. Call center "
              "{h} sulit dihubungi dan aplikasi antrean sering gagal. Padahal {r} menjamin hak atas pelayanan yang layak.\n\n",
              hs=ch(HOSPITALS), c=NM_COUNT(), h=NM_HOTLINE(), r=NM_REG()),
    lambda: F("Biaya seragam dan buku di sekolah negeri mencapai {pr}, ditambah uang gedung {pr2}. Sekolah dengan NPSN {np} "
              "bahkan mewajibkan les tambahan. Orang tua yang keberatan diminta menandatangani surat pernyataan.\n\n",
              pr=NM_PRICE(), pr2=NM_PRICE(), np=NM_NPSN()),
    lambda: F("Di SPBU {sp} solar sering habis sejak pagi, sementara jeriken milik pengepul tetap dilayani. Harga eceran di "
              "kios naik jadi {pr} per liter. Nelayan dan sopir angkot paling dirugikan.\n\n", sp=NM_SPBU(), pr=NMV(f"Rp{ri(8, 12)}.{ri(1, 9)}00")),
    lambda: F("Penyaluran bantuan sosial tahap {t} baru menjangkau {c}. Data DTKS tidak diperbarui sejak {y}, sehingga banyak "
              "warga yang sudah meninggal masih tercatat dan yang benar-benar miskin tidak masuk.\n\n",
              t=ri(1, 4), c=NM_COUNT("peserta"), y=NMV(ch(["2019", "2020", "2021"]))),
    lambda: F("Pengaduan sebelumnya sudah dikirim melalui SMS {h} dan media sosial {i}, nomor tiket {t}. Statusnya ditutup "
              "tanpa penjelasan pada {d}. Kami menilai ini bertentangan dengan {r} tentang standar pelayanan.\n\n",
              h=NMV("1708"), i=NMV("@lapor1708"), t=NM_TICKET("sixteen"), d=NM_DATE(), r=NMV("UU No. 25 Tahun 2009")),
    lambda: F("Retribusi pasar naik dari {p1} menjadi {p2} per hari tanpa sosialisasi. Pedagang yang menolak membayar "
              "dipindah ke los belakang yang becek. Total ada {c} yang terdampak.\n\n",
              p1=NMV(f"Rp{ri(2, 5)}.000"), p2=NMV(f"Rp{ri(6, 15)}.000"), c=NMV(f"{ri(40, 300)} pedagang")),
]


def lon_make(k):
    def fn():
        pool = NP_LONG[:]
        R.shuffle(pool)
        out = [ch(["Yth. Admin LAPOR!,\n\n", "Kepada Yth. Pemerintah Daerah,\n\n", "Dengan hormat,\n\n"])]
        for f in pool:
            out.append(f())
            if plen(out) > 2150:
                break
        while plen(out) < 2150:
            out.append([NMS(), "\n\n"])
        return out + ["Mohon perhatian dan tindak lanjut. Terima kasih."]
    fn.__name__ = f"lon{k}"
    return fn


STYLE_PII["long"] = [make_long(i) for i in range(len(LONG_INTROS))]
STYLE_NOPII["long"] = [lon_make(k) for k in range(1, 4)]


# ================================================================ part 9: assembly, corpus-level checks, output
STYLES = ["ombudsman", "school", "health", "land", "police", "worker", "aid", "voice", "email", "form", "regional",
          "chat", "short", "long"]
N_PII = {s: 23 for s in STYLES}
N_PII.update({"short": 22, "long": 22})
N_NOPII = {s: 6 for s in STYLES}
N_NOPII.update({"voice": 5, "form": 5, "short": 5, "long": 5})
P_UPPER = {"chat": 0.2, "short": 0.3, "police": 0.12, "aid": 0.12, "land": 0.1}
P_LOWER = {"chat": 0.25, "short": 0.25, "regional": 0.1, "worker": 0.06, "school": 0.06}
NO_TYPO = ("form", "short")


def typography(text, spans):
    """Curly quotes, typographic apostrophes and en dashes outside spans (1:1, offsets unchanged)."""
    inside = [False] * len(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            inside[i] = True
    out, open_q = list(text), True
    for i, c in enumerate(out):
        if inside[i]:
            continue
        if c == '"':
            out[i], open_q = ("\u201c" if open_q else "\u201d"), not open_q
        elif c == "'":
            out[i] = "\u2019"
        elif c == "-" and 0 < i < len(out) - 1 and out[i - 1] == " " and out[i + 1] == " ":
            out[i] = "\u2013"
    return "".join(out)


def length_ok(style, text):
    if style == "short":
        return len(text) < 80
    if style == "long":
        return len(text) >= 2000 and len(text.encode("utf-8")) <= 4096
    return True


def make_one(style, fn, pii):
    if style == "voice":
        case = "lower"
    else:
        x = R.random()
        case = "upper" if x < P_UPPER.get(style, 0) else "lower" if x < P_UPPER.get(style, 0) + P_LOWER.get(style, 0) else None
    typos = 0 if style in NO_TYPO or not chance(0.13) else ri(1, 3)
    for _ in range(200):
        CTX.flags = []
        text, spans, nms, done = build(fn(), case, typos)
        if length_ok(style, text):
            break
    else:
        raise CorpusError(f"{style}/{fn.__name__}: could not meet the length constraint")
    if pii and not spans:
        raise CorpusError(f"{style}/{fn.__name__}: PII template produced no span")
    if not pii and (spans or not nms):
        raise CorpusError(f"{style}/{fn.__name__}: PII-free text must have no span and at least one near-miss")
    flags = list(CTX.flags)
    if style not in ("form", "chat", "voice") and chance(0.3):
        new = typography(text, spans)
        if new != text:
            text = new
            flags.append("typography")
    if case:
        flags.append(case)
    if done:
        flags.append("typo")
    return {"style": style, "template": fn.__name__, "text": text, "spans": spans, "nms": nms, "flags": flags}


def generate():
    recs = []
    for style in STYLES:
        for pii, table, n in ((True, STYLE_PII, N_PII[style]), (False, STYLE_NOPII, N_NOPII[style])):
            temps = table[style]
            if pii and len(temps) < 8:
                raise CorpusError(f"{style}: fewer than 8 templates")
            order = list(range(len(temps)))
            R.shuffle(order)
            for i in range(n):
                recs.append(make_one(style, temps[order[i % len(order)]], pii))
    R.shuffle(recs)
    for i, r in enumerate(recs, 1):
        r["id"] = f"t20-{i:04d}-{r['style']}"
    return recs


def corpus_checks(recs):
    for r in recs:
        validate_record(r["id"], r["text"], r["spans"], r["nms"])
        t = r["text"]
        if "upper" in r["flags"] and t != t.upper():
            fail(r["id"], "flagged ALL CAPS but is not")
        if "lower" in r["flags"] and t != t.lower():
            fail(r["id"], "flagged lower case but is not")
    texts = [r["text"] for r in recs]
    if len(set(texts)) != len(texts):
        raise CorpusError("duplicate texts")
    n_free = sum(1 for r in recs if not r["spans"])
    lab = {l: 0 for l in LABELS}
    for r in recs:
        for s in r["spans"]:
            lab[s["label"]] += 1
    cnt = lambda f: sum(1 for r in recs if f in r["flags"])
    emoji = sum(1 for t in texts if any(ord(c) > 0xFFFF for c in t))
    need = [(len(recs) == 400, f"total {len(recs)} != 400"), (n_free == 80, f"PII-free {n_free} != 80"),
            (min(lab.values()) >= 20, f"label under 20: {lab}"), (cnt("upper") >= 15, f"ALL CAPS {cnt('upper')} < 15"),
            (cnt("lower") >= 15, f"lower {cnt('lower')} < 15"), (cnt("regional") >= 40, f"regional {cnt('regional')} < 40"),
            (emoji >= 20, f"emoji {emoji} < 20"), (cnt("typo") >= 20, f"typo {cnt('typo')} < 20")]
    for r in recs:
        if r["style"] == "short" and len(r["text"]) >= 80:
            fail(r["id"], "short text not under 80 chars")
        if r["style"] == "long" and not length_ok("long", r["text"]):
            fail(r["id"], "long text outside 2000 chars .. 4096 bytes")
    for ok, msg in need:
        if not ok:
            raise CorpusError(msg)
    return lab, {"upper": cnt("upper"), "lower": cnt("lower"), "regional": cnt("regional"), "emoji": emoji,
                 "typo": cnt("typo"), "typography": cnt("typography"), "pii_free": n_free}


def stats_table(recs):
    rows = []
    for s in STYLES:
        rs = [r for r in recs if r["style"] == s]
        rows.append((s, sum(1 for r in rs if r["spans"]), sum(1 for r in rs if not r["spans"]),
                     round(sum(len(r["text"]) for r in rs) / len(rs)), len({r["template"] for r in rs})))
    return rows


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "twentieth.jsonl")
    recs = generate()
    lab, extra = corpus_checks(recs)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            spans = [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in r["spans"]]
            f.write(json.dumps({"id": r["id"], "text": r["text"], "spans": spans}, ensure_ascii=False) + "\n")
    print(f"wrote {out}: {len(recs)} texts, {sum(lab.values())} spans")
    print("labels:", ", ".join(f"{k}={v}" for k, v in lab.items()))
    print("features:", ", ".join(f"{k}={v}" for k, v in extra.items()))
    print("| style | with PII | without | avg chars | templates used |")
    for row in stats_table(recs):
        print("| " + " | ".join(str(x) for x in row) + " |")


if __name__ == "__main__":
    try:
        main()
    except CorpusError as e:
        sys.exit(f"VALIDATION FAILED: {e}")
