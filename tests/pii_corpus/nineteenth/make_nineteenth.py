#!/usr/bin/env python3
"""make_nineteenth.py -- deterministic generator of the `nineteenth` synthetic PII corpus.

Indonesian public-service complaint texts with personal-data spans, written only from
/work/shared/pii/GUIDE.md.  Python 3 standard library only, fixed seed 7122026.
Texts are built from pieces: plain strings and (value, LABEL) tuples; a (value, "~") tuple is
a deliberate near-miss (plain text, whitelisted for the 9+-digit check).  Offsets are computed
while joining, then every record is validated; any problem raises SystemExit.
usage: python3 make_nineteenth.py [OUTPUT.jsonl]
"""
import datetime
import json
import os
import re
import sys

import random

SEED = 7122026
R = random.Random(SEED)
LABELS = ["NIK", "KK", "NPWP", "PHONE", "EMAIL", "PLATE", "BANK_ACCOUNT", "PASSPORT",
          "BPJS", "NIP", "PERSON", "ADDRESS", "DATE_OF_BIRTH", "HANDLE"]


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def digits(n, first_nonzero=False):
    s = "".join(str(R.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def group(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember"]
BULAN_S = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
MONTH_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"]


def rand_date(y0, y1):
    a = datetime.date(y0, 1, 1)
    b = datetime.date(y1, 12, 31)
    return a + datetime.timedelta(days=R.randrange((b - a).days + 1))


# ---------------------------------------------------------------- value formatters
def nik_raw(region6, dob, sex):
    dd = dob.day + (40 if sex == "F" else 0)
    return region6 + "%02d%02d%02d" % (dd, dob.month, dob.year % 100) + "%04d" % R.randint(1, 180)


def mistype(raw):
    """15 or 17 digits: a dropped or doubled digit somewhere after the province code."""
    i = R.randint(3, len(raw) - 2)
    if chance(0.5):
        return raw[:i] + raw[i + 1:]
    return raw[:i] + raw[i] + raw[i:]


def fmt16(raw, form=None):
    form = form or pick(["plain", "plain", "plain", "space", "dash", "dot"])
    if len(raw) != 16 or form == "plain":
        return raw
    if form == "space":
        return group(raw, [4, 4, 4, 4], " ")
    if form == "dash":
        return group(raw, [4, 4, 4, 4], "-")
    return group(raw, [2, 2, 2, 6, 4], ".")


def kk_raw(region6):
    d = rand_date(2006, 2024)
    return region6 + "%02d%02d%02d" % (d.day, d.month, d.year % 100) + "%04d" % R.randint(1, 9999)


def npwp_value(nik):
    form = pick(["old", "old", "old", "plain15", "zero16", "nik"])
    base = "%02d" % R.randint(4, 9) + digits(6) + digits(1) + digits(3) + "000"
    if form == "old":
        return base[:2] + "." + base[2:5] + "." + base[5:8] + "." + base[8] + "-" + base[9:12] + "." + base[12:]
    if form == "plain15":
        return base
    if form == "zero16":
        return "0" + base
    return nik


MOBILE_PFX = ["0811", "0812", "0813", "0821", "0822", "0823", "0851", "0852", "0853", "0814",
              "0815", "0816", "0855", "0856", "0857", "0858", "0817", "0818", "0819", "0859",
              "0877", "0878", "0831", "0832", "0838", "0895", "0896", "0897", "0898", "0899",
              "0881", "0882", "0887", "0888"]


def phone_value(form=None):
    n = R.choice([11, 12, 12, 12, 13])
    d = pick(MOBILE_PFX) + digits(n - 4)
    form = form or pick(["plain", "plain", "dash", "space", "dot", "p62dash", "p62", "62", "p62par", "space343"])
    rest = d[1:]
    if form == "plain":
        return d
    if form == "dash":
        return group(d, [4, 4], "-")
    if form == "space":
        return group(d, [4, 4], " ")
    if form == "dot":
        return group(d, [4, 4], ".")
    if form == "p62dash":
        return "+62 " + group(rest, [3, 4], "-")
    if form == "p62":
        return "+62" + rest
    if form == "62":
        return "62" + rest
    if form == "p62par":
        return "(+62) " + group(rest, [3, 4], " ")
    return group(d, [4, 3, 3], " ")


AREA_CODES = [("021", 8), ("021", 7), ("022", 7), ("024", 7), ("031", 7), ("0274", 6),
              ("0361", 6), ("061", 7), ("0411", 6), ("0341", 6), ("0711", 6), ("0511", 6),
              ("0251", 7), ("0761", 6), ("0751", 6), ("0911", 6), ("0967", 6), ("0431", 6)]


def landline_value():
    code, n = pick(AREA_CODES)
    sub = digits(n, first_nonzero=True)
    form = pick(["par", "pardash", "dash"])
    if form == "par":
        return "(%s) %s" % (code, sub)
    if form == "pardash":
        return "(%s) %s-%s" % (code, sub[:3], sub[3:])
    return "%s-%s" % (code, sub)


PLATE_REGIONS = ["B", "B", "B", "D", "F", "E", "T", "Z", "A", "AB", "AD", "H", "K", "G", "R",
                 "AA", "L", "N", "W", "S", "P", "AG", "AE", "M", "DK", "DR", "EA", "DH", "BK",
                 "BB", "BA", "BM", "BG", "BE", "BL", "KB", "DA", "KT", "DD", "DP", "DB", "DT",
                 "DE", "PA"]


def plate_value(region=None, form=None):
    reg = region or pick(PLATE_REGIONS)
    num = str(R.randint(1, 9999)) if chance(0.8) else str(R.randint(1, 99))
    let = "".join(pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(R.choice([1, 2, 2, 3, 3])))
    form = form or pick(["space", "space", "space", "space", "none", "dash", "lower"])
    if form == "none":
        return reg + num + let
    if form == "dash":
        return "-".join([reg, num, let])
    if form == "lower":
        return ("%s %s %s" % (reg, num, let)).lower()
    return "%s %s %s" % (reg, num, let)


BANKS = [("BRI", 15), ("BNI", 10), ("BCA", 10), ("Mandiri", 13), ("BSI", 10), ("BTN", 16),
         ("CIMB Niaga", 13), ("CIMB Niaga", 14), ("Bank DKI", 10), ("Bank Jatim", 10),
         ("Bank Nagari", 10), ("BJB", 10), ("Bank Sulselbar", 10), ("Bank Papua", 10)]


def bank_value(bank=None):
    if bank is None:
        name, n = pick(BANKS)
    else:
        name, n = [b for b in BANKS if b[0] == bank][0]
    d = digits(n)
    grouped = chance(0.45)
    if name == "BRI" and grouped:
        return name, group(d, [4, 2, 6, 2, 1], "-")
    if name == "Mandiri" and grouped:
        return name, group(d, [3, 2, 7, 1], "-")
    if name == "BTN" and grouped:
        return name, group(d, [4, 4, 4, 4], " ")
    if n == 10 and grouped:
        return name, group(d, [3, 3, 4], "-")
    return name, d


def passport_value():
    letter = pick(["A", "B", "B", "C", "C", "E", "X", "X"])
    return letter + (" " if chance(0.2) else "") + digits(7, first_nonzero=True)


def bpjs_value():
    d = "000" + digits(10)
    return group(d, [4, 4, 4, 1], " ") if chance(0.35) else d


def nip_value(dob, sex):
    y = min(2023, dob.year + R.randint(21, 33))
    raw = "%04d%02d%02d" % (dob.year, dob.month, dob.day) + "%04d%02d" % (y, R.randint(1, 12))
    raw += ("1" if sex == "M" else "2") + "%03d" % R.randint(1, 12)
    return group(raw, [8, 6, 1, 3], " ") if chance(0.6) else raw


def dob_value(d, form=None, lang="id"):
    form = form or pick(["long", "long", "dash", "slash", "short", "dot", "iso"])
    if form == "long":
        return "%d %s %d" % (d.day, (MONTH_EN if lang == "en" else BULAN)[d.month - 1], d.year)
    if form == "short":
        return "%d %s %d" % (d.day, BULAN_S[d.month - 1] if lang == "id" else MONTH_EN[d.month - 1][:3], d.year)
    if form == "dash":
        return "%02d-%02d-%d" % (d.day, d.month, d.year)
    if form == "slash":
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if form == "dot":
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    return "%d-%02d-%02d" % (d.year, d.month, d.day)


def incident_date():
    d = rand_date(2023, 2025)
    return pick(["%d %s %d" % (d.day, BULAN[d.month - 1], d.year), "%02d/%02d/%d" % (d.day, d.month, d.year),
                 "%d %s" % (d.day, BULAN[d.month - 1]), "%02d-%02d-%d" % (d.day, d.month, d.year)])


ASTRAL_EMOJI = ["\U0001F64F", "\U0001F621", "\U0001F4DE", "\U0001F4F1", "\U0001F3E0", "\U0001F449",
                "\U0001F697", "\U0001F194", "\U0001F62D", "\U0001F525", "\U0001F447", "\U0001F4E7",
                "\U0001F4CC", "\U0001F9FE", "\U0001F4B3", "\U0001F6A8", "\U0001F624", "\U0001F9D3"]


# ---------------------------------------------------------------- pieces -> record
TOKEN = re.compile(r"\{([A-Za-z0-9_.]+)\}")


def render(tpl, ctx):
    """Template string with {slot} markers -> list of pieces, slots resolved by ctx.get."""
    out = []
    for i, part in enumerate(TOKEN.split(tpl)):
        if i % 2 == 0:
            if part:
                out.append(part)
            continue
        v = ctx.get(part)
        if isinstance(v, list):
            out.extend(v)
        elif v:
            out.append(v)
    return out


def map_case(pieces, fn):
    res = []
    for pc in pieces:
        if isinstance(pc, str):
            res.append(fn(pc))
        else:
            res.append((fn(pc[0]), pc[1]))
    return res


def join(pieces):
    buf, spans, wl, pos = [], [], [], 0
    for pc in pieces:
        if isinstance(pc, str):
            s = pc
        else:
            s, lab = pc
            if lab == "~":
                wl.append(s)
            elif lab is not None:
                if lab not in LABELS:
                    raise SystemExit("unknown label %r" % (lab,))
                spans.append({"start": pos, "end": pos + len(s), "label": lab, "_v": s})
        buf.append(s)
        pos += len(s)
    return "".join(buf), spans, wl


FORMAT_CHECKS = {
    "NIK": lambda v: re.fullmatch(r"[\d .-]+", v) and len(re.sub(r"\D", "", v)) in (15, 16, 17),
    "KK": lambda v: re.fullmatch(r"[\d .-]+", v) and len(re.sub(r"\D", "", v)) == 16,
    "NPWP": lambda v: re.fullmatch(r"[\d .-]+", v) and len(re.sub(r"\D", "", v)) in (15, 16),
    "PHONE": lambda v: re.fullmatch(r"[\d +().-]+", v) and 9 <= len(re.sub(r"\D", "", v)) <= 14,
    "EMAIL": lambda v: re.fullmatch(r"[A-Za-z0-9._-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", v),
    "PLATE": lambda v: re.fullmatch(r"[A-Za-z]{1,2}[ -]?\d{1,4}[ -]?[A-Za-z]{1,3}", v),
    "BANK_ACCOUNT": lambda v: re.fullmatch(r"[\d .-]+", v) and len(re.sub(r"\D", "", v)) in (10, 13, 14, 15, 16),
    "PASSPORT": lambda v: re.fullmatch(r"[A-Za-z] ?\d{7}", v),
    "BPJS": lambda v: re.fullmatch(r"000[\d ]+", v) and len(re.sub(r"\D", "", v)) == 13,
    "NIP": lambda v: re.fullmatch(r"[\d ]+", v) and len(re.sub(r"\D", "", v)) == 18,
    "PERSON": lambda v: re.search(r"[A-Za-z]", v) and not re.search(r"\d", v),
    "ADDRESS": lambda v: re.search(r"[A-Za-z]", v),
    "DATE_OF_BIRTH": lambda v: re.search(r"\d{4}", v),
    "HANDLE": lambda v: re.fullmatch(r"@[A-Za-z0-9_.]+", v),
}
PROV = {11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63,
        64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96}
DIGIT_RUN = re.compile(r"\d{9,}")


def fail(rid, msg):
    raise SystemExit("VALIDATION FAILED %s: %s" % (rid, msg))


def validate(rid, style, text, spans, wl):
    """Checks one record; the glued style may have a letter directly before a span."""
    prev_end = 0
    for s in spans:
        st, en, lab = s["start"], s["end"], s["label"]
        if not (0 <= st < en <= len(text)):
            fail(rid, "offsets out of range %r" % s)
        if text[st:en] != s["_v"]:
            fail(rid, "text[start:end] != value %r" % s)
        if lab not in LABELS:
            fail(rid, "bad label %r" % lab)
        if st < prev_end:
            fail(rid, "overlap or unsorted at %d" % st)
        prev_end = en
        v = text[st:en]
        if v != v.strip():
            fail(rid, "whitespace at span edge %r" % v)
        if st > 0 and text[st - 1].isalnum() and not (style == "glued" and text[st - 1].isalpha()):
            fail(rid, "span glued on the left %r" % text[max(0, st - 5):en])
        if en < len(text) and text[en].isalnum():
            fail(rid, "span glued on the right %r" % text[st:en + 5])
        if not FORMAT_CHECKS[lab](v):
            fail(rid, "format check %s %r" % (lab, v))
        if lab == "NIK" and len(re.sub(r"\D", "", v)) == 16:
            d = re.sub(r"\D", "", v)
            day = int(d[6:8]) % 40 if int(d[6:8]) > 40 else int(d[6:8])
            if int(d[:2]) not in PROV or not (1 <= day <= 31 and 1 <= int(d[8:10]) <= 12):
                fail(rid, "NIK structure %r" % v)
    masked = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            masked[i] = "\x00"
    masked = "".join(masked)
    for w in sorted(wl, key=len, reverse=True):
        masked = masked.replace(w, "\x01" * len(w))
    m = DIGIT_RUN.search(masked)
    if m:
        fail(rid, "unlabelled 9+ digit run %r" % text[m.start():m.end()])


def is_caps(t):
    return any(c.isalpha() for c in t) and t == t.upper()


def is_lower(t):
    return any(c.isalpha() for c in t) and t == t.lower()


def has_emoji_before_span(text, spans):
    for s in spans:
        pre = text[max(0, s["start"] - 3):s["start"]]
        if any(ord(c) > 0xFFFF for c in pre):
            return True
    return False


# ---------------------------------------------------------------- pools (invented combinations)
def W(s):
    return s.split()


REGIONS = {  # tradition -> [(prov, kab, city)]
    "jawa": [("33", "10", "Klaten"), ("33", "02", "Banyumas"), ("33", "74", "Semarang"), ("33", "72", "Surakarta"),
             ("34", "04", "Sleman"), ("34", "02", "Bantul"), ("34", "71", "Yogyakarta"), ("35", "78", "Surabaya"),
             ("35", "07", "Malang"), ("35", "09", "Jember"), ("35", "15", "Sidoarjo"), ("35", "02", "Ponorogo")],
    "sunda": [("32", "73", "Bandung"), ("32", "05", "Garut"), ("32", "06", "Tasikmalaya"), ("32", "01", "Bogor"),
              ("32", "76", "Depok"), ("32", "75", "Bekasi"), ("32", "15", "Karawang"), ("32", "03", "Cianjur")],
    "betawi": [("31", "71", "Jakarta Pusat"), ("31", "72", "Jakarta Utara"), ("31", "73", "Jakarta Barat"),
               ("31", "74", "Jakarta Selatan"), ("31", "75", "Jakarta Timur"), ("36", "71", "Tangerang")],
    "batak": [("12", "71", "Medan"), ("12", "07", "Deli Serdang"), ("12", "05", "Tapanuli Utara"),
              ("12", "72", "Pematangsiantar"), ("12", "12", "Toba")],
    "minang": [("13", "71", "Padang"), ("13", "75", "Bukittinggi"), ("13", "06", "Agam"), ("13", "04", "Tanah Datar")],
    "bugis": [("73", "71", "Makassar"), ("73", "08", "Bone"), ("73", "06", "Gowa"), ("73", "72", "Parepare")],
    "buton": [("74", "71", "Kendari"), ("74", "72", "Baubau"), ("74", "04", "Buton")],
    "bali": [("51", "71", "Denpasar"), ("51", "03", "Badung"), ("51", "04", "Gianyar"), ("51", "02", "Tabanan"),
             ("51", "08", "Buleleng")],
    "aceh": [("11", "71", "Banda Aceh"), ("11", "08", "Aceh Besar"), ("11", "73", "Lhokseumawe")],
    "papua": [("91", "71", "Jayapura"), ("91", "03", "Jayapura"), ("95", "01", "Wamena"), ("92", "02", "Manokwari")],
    "maluku": [("81", "71", "Ambon"), ("81", "01", "Masohi"), ("82", "71", "Ternate")],
    "tionghoa": [("31", "73", "Jakarta Barat"), ("12", "71", "Medan"), ("61", "71", "Pontianak"),
                 ("35", "78", "Surabaya"), ("61", "72", "Singkawang")],
    "arab": [("31", "74", "Jakarta Selatan"), ("35", "78", "Surabaya"), ("35", "13", "Pasuruan"), ("11", "71", "Banda Aceh")],
    "banjar": [("63", "71", "Banjarmasin"), ("63", "03", "Martapura"), ("63", "72", "Banjarbaru")],
    "umum": [("36", "74", "Tangerang Selatan"), ("32", "75", "Bekasi"), ("16", "71", "Palembang"),
             ("18", "71", "Bandar Lampung"), ("14", "71", "Pekanbaru"), ("64", "72", "Samarinda"),
             ("64", "71", "Balikpapan"), ("71", "71", "Manado"), ("52", "71", "Mataram"), ("53", "71", "Kupang")],
}
TRADS = list(REGIONS)

JAWA_M = W("Ponimin Sutrisno Paijo Wagiman Slamet Sugeng Suparno Marjuki Sukirman Tukijo Legiman Darsono "
           "Prapto Joko Sumarno Gatot Waluyo Kasno Tarno Wiryo Sarwono Giyanto Purwanto Hadi")
JAWA_F = W("Suparmi Tukiyem Sumarni Painem Rahayu Sulastri Wartini Ngatiyem Sriyani Surati Kasmini "
           "Giyem Tumini Lestari Warsini Partini Jumiyati Sumiyati Ngadinem")
JAWA_LAST = W("Santoso Wibowo Prasetyo Nugroho Susilo Raharjo Wicaksono Hartono Setiawan Purnomo Utomo "
              "Widodo Sasongko Mulyono Handoko Kuncoro")
SUNDA_M = W("Asep Ujang Dede Cecep Jajang Dadang Engkus Ade Yayan Aep Odang Iwan Ruslan")
SUNDA_F = W("Euis Neneng Iis Entin Imas Cucu Nining Eneng Lilis Teti Yeni Nunung")
SUNDA_LAST = W("Sunarya Permana Hidayat Suhendar Kurnia Saputra Setiadi Ramdani Mulyana Sopandi Gunawan Nurjaman")
BETAWI_M = W("Mamat Rojali Sanusi Udin Bahrudin Saiman Sabeni Ma'ruf Zakaria Ridwan Mansur")
BETAWI_F = W("Rohaya Mursidah Saodah Maemunah Romlah Juleha Fatmawati Nurlela")
BATAK_M = W("Parulian Marojahan Sahat Lamhot Rudolf Tumpal Hotman Binsar Jonggi Marihot Togar Poltak")
BATAK_F = W("Hotnida Tiurma Rosmawati Lasma Nurcahaya Sondang Rotua Dorma Riris Tiolina")
MARGA = W("Simanjuntak Siregar Nasution Situmorang Sitompul Hutapea Pardede Silaban Manurung Sinaga "
          "Panjaitan Harahap Lubis Tambunan Sihombing Hutagalung Napitupulu Simatupang Gultom Purba")
MINANG_M = W("Yusrizal Afrizal Syafrizal Zulkifli Erizal Asril Novrianto Hendri Yuliardi Firdaus Jasman")
MINANG_F = W("Nofriyanti Desrianti Yenni Elvira Rosnida Yusnimar Darnelis Fitriani Nurhasni Efrida")
MINANG_LAST = W("Marlina Putra Syahputra Yanti Rahmad Amri Chaniago Piliang Koto Tanjung")
BUGIS_M = W("Baso Haeruddin Syamsuddin Basri Arfah Fadli Rustam Jufri Amiruddin Sultan Lukman Kaharuddin")
BUGIS_F = W("Nurhayati Jumriani Hasnah Tenri Sitti Rosmiati Nurhaeda Hasmawati Murni")
BUGIS_LAST = W("Rahman Mappiasse Latif Pawellangi Tahir Mattalatta Rasyid Dollah Pananrangi")
BALI_M_PFX = ["I Made", "I Wayan", "I Ketut", "I Nyoman", "I Putu", "I Gede", "Ida Bagus", "I Gusti Ngurah",
              "Anak Agung", "Cokorda Gede"]
BALI_F_PFX = ["Ni Luh", "Ni Made", "Ni Ketut", "Ni Wayan", "Ni Nyoman", "Ni Putu", "Ida Ayu", "Anak Agung Ayu",
              "I Gusti Ayu"]
BALI_M = W("Astawa Sudarsana Suastika Wirawan Sukadana Arsana Parwata Mertayasa Gunawan Darmika Sumerta")
BALI_F = W("Ariani Mirah Sukerti Suarni Wiadnyani Puspawati Sriasih Rai Widiastuti Sudiani")
ACEH_M = W("Teuku-Iskandar Teuku-Rizal Tengku-Fauzan Muzakkir Zulfikar Rusli Munawar Hasballah")
ACEH_F = W("Cut-Nyak-Rahmah Cut-Mutia-Sari Cut-Aini Nurjannah Rosmiati Khairiyah")
ACEH_LAST = W("Hasan Daud Yusuf Ibrahim Mahmud Abdullah Ismail")
PAPUA_M = W("Yosias Markus Yulianus Otniel Yakob Elieser Septinus Wempi Nikolaus Pilemon Daud")
PAPUA_F = W("Agustina Naomi Yuliana Martha Ribka Susana Dorkas Elsina Yosina Mariam")
PAPUA_LAST = W("Wenda Kogoya Tabuni Mote Yikwa Murib Wanimbo Rumbiak Rumaropen Mandowen Sawor Ayomi "
               "Wonda Karoba Dimara Kambu")
MALUKU_M = W("Yohanis Marthen Ricky Melky Johny Frans Jacob Semuel Agus Rudy")
MALUKU_F = W("Novita Johana Christina Mercy Olivia Selvi Theresia Welhelmina Ivone")
MALUKU_LAST = W("Pattikawa Latuconsina Tuhumury Pattiasina Sopacua Wattimena Ohorella Lessy Matakupan "
                "Tuanakotta Siahaya Rehatta Talakua")
TIONGHOA = ["Lim Swie Hong", "Tan Giok Lan", "Liem Kok Hwa", "Oey Siok Nio", "Kwee Lie Tjoe", "Lie Mei Ling",
            "Ong Tjie Hin", "The Bun Kiat", "Go Siu Lan", "Tjia Hok Seng", "Han Mei Hwa", "Phang Ah Kiong"]
TIONGHOA_M = W("Hendra Yohanes Rudy Steven Ferry Budiman Kurniadi Wilson Jimmy Hartanto")
TIONGHOA_F = W("Susanti Melinda Linda Lily Vivian Meiliana Sherly Yenny Fransiska")
TIONGHOA_LAST = W("Wijaya Halim Gunawan Tanoyo Salim Kusuma Hartono Sutanto Lukito Tjandra Setiadi")
ARAB_M = W("Ahmad Umar Hasan Husein Salim Abdullah Muhsin Fuad Zein Ali")
ARAB_F = W("Fatimah Aisyah Khadijah Zahra Salma Nadia Maryam Syifa")
ARAB_LAST = W("Alatas Assegaf Alkaff Al-Habsyi Bafadhal Bawazier Basalamah Shahab Baraqbah Aljufri")
BANJAR_M = W("Rahmadi Fahriansyah Ismail Saberi Jumberi Aidil Syahrani Maswan")
BANJAR_F = W("Norhayati Rusmilawati Jamilah Aslamiah Masliani Rabiatul")
BANJAR_LAST = W("Noor Rifani Hidayat Saukani Arsyad Ramli")
UMUM_M = W("Rizky Eko Agus Dimas Fajar Andri Yoga Bayu Arief Hendra Ilham Reza Doni Wahyu Bagus Untung "
           "Sabar Jaya Budi Teguh")
UMUM_F = W("Dewi Fitri Dian Rina Nur Ayu Indah Putri Lestari Wulan Anisa Ratna Mawar Bunga Intan Melati "
           "Cahaya Sekar")
UMUM_LAST = W("Pratama Anggraini Handayani Puspitasari Kurniawan Saputra Ramadhan Wulandari Permatasari "
              "Firmansyah Hidayati Nugraha Kusumawati Maulana Safitri Oktaviani")


def _j(s):
    return s.replace("-", " ")


def make_name(trad, sex):
    """Returns (full name, call name)."""
    m = sex == "M"
    if trad == "jawa":
        f = pick(JAWA_M if m else JAWA_F)
        return (f, f) if chance(0.55) else (f + " " + pick(JAWA_LAST), f)
    if trad == "sunda":
        f = pick(SUNDA_M if m else SUNDA_F)
        return f + " " + pick(SUNDA_LAST), f
    if trad == "betawi":
        f = pick(BETAWI_M if m else BETAWI_F)
        return (f, f) if chance(0.4) else (f + (" bin " if m else " binti ") + pick(BETAWI_M), f)
    if trad == "batak":
        g = pick(MARGA)
        if m:
            f = pick(BATAK_M)
            return f + " " + g, f
        f = pick(BATAK_F)
        return f + " " + pick(["br. ", "br ", "boru "]) + g, f
    if trad == "minang":
        f = pick(MINANG_M if m else MINANG_F)
        return f + " " + pick(MINANG_LAST if m else W("Marlina Yanti Sari Wati Chaniago Koto Tanjung")), f
    if trad == "bugis":
        f = pick(BUGIS_M if m else BUGIS_F)
        pf = pick(["Andi ", "", "", "Muh. " if m else "St. ", "Abd. " if m else ""])
        if pf == "Abd. ":
            x = "Abd. " + pick(BUGIS_LAST)
            return x, x
        full = pf + f + ("" if chance(0.3) else " " + pick(BUGIS_LAST))
        return full, f
    if trad == "buton":
        f = pick(BUGIS_M if m else BUGIS_F)
        return ("La Ode " if m else "Wa Ode ") + f, f
    if trad == "bali":
        f = pick(BALI_M if m else BALI_F)
        return pick(BALI_M_PFX if m else BALI_F_PFX) + " " + f, f
    if trad == "aceh":
        f = _j(pick(ACEH_M if m else ACEH_F))
        return f + " " + pick(ACEH_LAST), f.split()[-1]
    if trad == "papua":
        f = pick(PAPUA_M if m else PAPUA_F)
        return f + " " + pick(PAPUA_LAST), f
    if trad == "maluku":
        f = pick(MALUKU_M if m else MALUKU_F)
        return f + " " + pick(MALUKU_LAST), f
    if trad == "tionghoa":
        if chance(0.35):
            n = pick(TIONGHOA)
            return n, " ".join(n.split()[1:])
        f = pick(TIONGHOA_M if m else TIONGHOA_F)
        return f + " " + pick(TIONGHOA_LAST), f
    if trad == "arab":
        f = pick(ARAB_M if m else ARAB_F)
        if chance(0.6):
            return f + (" bin " if m else " binti ") + pick(ARAB_M) + " " + pick(ARAB_LAST), f
        return f + " " + pick(ARAB_LAST), f
    if trad == "banjar":
        f = pick(BANJAR_M if m else BANJAR_F)
        return f + " " + pick(BANJAR_LAST), f
    f = pick(UMUM_M if m else UMUM_F)
    return (f + " " + pick(UMUM_LAST), f) if chance(0.85) else (f, f)


STREETS = W("Kenanga Mawar Melati Flamboyan Cempaka Anggrek Merpati Kutilang Nangka Durian Rambutan Mangga "
            "Kenari Cendrawasih Pelita Swadaya Bhakti Karya Pembangunan Masjid Sawo Jambu Belimbing Teratai "
            "Seroja Nusa-Indah Bougenville Asem Beringin Waru Kamboja Pinang Rajawali Garuda Mekar Sari-Asih "
            "Sukamulya Pahlawan Veteran Kartini Diponegoro Sudirman Pattimura Sisingamangaraja Gajah-Mada")
GANGS = W("Mawar-III Damai Sawo Masjid Buntu Langgar Haji-Naim Kelapa Sepakat Rukun Melati-II Madrasah Kelor")
PERUMS = ["Griya Asri", "Bumi Indah", "Pesona Alam", "Villa Mutiara", "Taman Cipta Karya", "Graha Permai",
          "Puri Harapan", "Bumi Citra Lestari", "Griya Bhayangkara", "Taman Sari Residence"]
KOMPS = ["Bumi Sentosa", "Pertamina", "Perumnas II", "Pemda", "Angkatan Laut", "Dosen UNHAS", "Pajak"]
BTNS = ["Antang Permai", "Griya Harapan", "Hamzy", "Minasa Upa", "Pao-Pao Permai", "Kodam III"]
DUSUNS = W("Krajan Sumberjo Ngemplak Karanganyar Tegalrejo Sidomulyo Kedungwaru Ngablak Gondang Jetis")
KAMPUNGS = W("Cibeureum Cisalak Babakan Rawa-Bebek Ciherang Pasir-Kaliki Cikoneng Sukasari Tegal-Alur")
JORONGS = ["Koto Baru", "Padang Laweh", "Koto Tuo", "Sungai Pua", "Balai Gurah", "Lubuk Sikaping"]
LORONGS = ["Karya", "Sepakat", "Pancasila", "Sukarela", "Kenanga", "Famili"]
KELS = W("Sukajadi Sukamaju Margahayu Tegalsari Karanganyar Sidomulyo Mekarsari Cempaka-Putih Pasar-Baru "
         "Rawamangun Tamalanrea Panakkukang Lamper Kalibanteng Sumbersari Kebonsari Pademangan Kampung-Melayu "
         "Air-Tawar Lolong-Belanti Kuranji Dauh-Puri Panjer Kotaraja Entrop Batu-Merah Benteng")
KECS = W("Cibeunying Coblong Tembalang Pedurungan Lowokwaru Klojen Tamalate Biringkanaya Denpasar-Selatan "
         "Abepura Sirimau Nusaniwe Kuranji Medan-Johor Medan-Baru Jebres Banjarmasin-Utara Kuta-Alam")


def addr_value(trad):
    rt, rw = R.randint(1, 15), R.randint(1, 12)
    rtrw = pick(["RT %02d/RW %02d" % (rt, rw), "RT %03d RW %03d" % (rt, rw), "RT.%02d/RW.%02d" % (rt, rw),
                 "RT %d RW %d" % (rt, rw), "RT %02d RW %02d" % (rt, rw)])
    no = str(R.randint(1, 150)) + (pick("ABC") if chance(0.1) else "")
    kinds = ["jl", "jl", "jl", "gg", "perum", "komp"]
    kinds += {"jawa": ["dusun", "dusun"], "sunda": ["kp", "kp"], "minang": ["jorong"], "bugis": ["btn", "btn"],
              "buton": ["btn"], "umum": ["lr"], "betawi": ["gg", "kp"]}.get(trad, [])
    k = pick(kinds)
    jl = pick(["Jl.", "Jl.", "Jl.", "Jln.", "Jalan"])
    sep = pick([" ", ", "])
    if k == "jl":
        v = "%s %s No. %s" % (jl, _j(pick(STREETS)), no)
        return v + (sep + rtrw if chance(0.6) else "")
    if k == "gg":
        v = "%s %s Gg. %s No. %s" % (jl, _j(pick(STREETS)), _j(pick(GANGS)), no)
        return v + (sep + rtrw if chance(0.6) else "")
    if k == "perum":
        return "Perum %s Blok %s%d No. %s" % (pick(PERUMS), pick("ABCDEFGH"), R.randint(1, 12), no)
    if k == "komp":
        return "Komp. %s Blok %s No. %s" % (pick(KOMPS), pick("ABCDEFGHJK"), no)
    if k == "btn":
        return "BTN %s Blok %s%d No. %s" % (pick(BTNS), pick("ABCDE"), R.randint(1, 9), no)
    if k == "dusun":
        return "%s %s %s" % (pick(["Dusun", "Dsn."]), pick(DUSUNS), rtrw)
    if k == "kp":
        return "Kp. %s %s" % (_j(pick(KAMPUNGS)), rtrw)
    if k == "jorong":
        return "Jorong %s" % pick(JORONGS) + (" No. %s" % no if chance(0.5) else "")
    return "Lr. %s No. %s %s" % (pick(LORONGS), no, "RT %02d" % rt)


def area_value(city, trad):
    kel = _j(pick(KELS))
    if trad == "minang" and chance(0.6):
        kel_s = "Nagari " + pick(["Koto Gadang", "Pandai Sikek", "Sungai Tarab", "Batipuh"])
    elif trad in ("jawa", "sunda") and chance(0.5):
        kel_s = "Desa " + kel
    else:
        kel_s = pick(["Kel. ", "Kelurahan ", "Kel "]) + kel
    kec = pick(["Kec. ", "Kecamatan "]) + _j(pick(KECS))
    return pick(["%s, %s, %s" % (kel_s, kec, city), "%s, %s" % (kel_s, city), "%s %s" % (kel_s, kec),
                 "%s, %s %s" % (kel_s, city, R.randint(10, 99) * 1000 + R.randint(100, 999))])


REGIONAL = {
    "jawa": ["nyuwun sewu", "matur nuwun sanget", "wis suwe ora didandani", "piye iki pak", "aku wis bola-bali lapor",
             "ojo dipingpong terus", "tulung digatekke", "kok ra ono tindak lanjut"],
    "sunda": ["punten", "hatur nuhun", "kumaha ieu teh", "teu acan aya kabar", "parantos lami pisan",
              "mangga dicek deui", "abdi tos ka kantor tilu kali"],
    "betawi": ["aye udeh bolak-balik", "kagak ada kabar", "bener dah susah amat", "ente jangan diem aje",
               "kite ini rakyat kecil", "udeh kelamaan nih"],
    "minang": ["ambo alah datang tigo kali", "baa ko pak", "indak ado kaba", "lah lamo bana", "tolong dibantu yo da",
               "sabana susah kini"],
    "bugis": ["tabe' pak", "iye', sudah lama mi", "de'na gaga kabar", "ajji' tolong dibantu", "kodong susahnya mi",
              "ndak ji ditanggapi"],
    "banjar": ["ulun sudah lawas menunggu", "kada ada kabar", "pian tolong bantu", "kaya apa ini", "sudah lawas banar",
               "ulun bingung banar"],
    "ambon": ["beta su lama tunggu", "seng ada kabar", "katong ini susah", "ale tolong bantu", "dong bilang tunggu sa",
              "su talalu lama"],
    "papua": ["sa su lama tunggu", "ko tolong bantu kami", "kitong tra dapat kabar", "pace dorang bilang tunggu",
              "mace su capek", "tra ada yang urus"],
}
TRAD_LANG = {"jawa": "jawa", "sunda": "sunda", "betawi": "betawi", "minang": "minang", "bugis": "bugis",
             "buton": "bugis", "banjar": "banjar", "maluku": "ambon", "papua": "papua"}


class Person:
    def __init__(self, sex=None, trad=None, age="adult"):
        self.sex = sex or pick("MF")
        self.trad = trad or pick(TRADS + ["umum", "jawa", "sunda"])
        self.name, self.call = make_name(self.trad, self.sex)
        prov, kab, self.city = pick(REGIONS[self.trad])
        self.region6 = prov + kab + "%02d" % R.randint(1, 24)
        y = {"child": (2008, 2020), "old": (1938, 1960), "adult": (1962, 2002), "pns": (1965, 1998)}[age]
        self.dob = rand_date(*y)
        self.nik_raw = nik_raw(self.region6, self.dob, self.sex)
        self.cache = {}

    def attr(self, a):
        if a in self.cache:
            return self.cache[a]
        v = self._make(a)
        self.cache[a] = v
        return v

    def _make(self, a):
        base = a.rstrip("0123456789") if a not in ("p62",) else a
        if base == "name":
            return (self.name, "PERSON")
        if base == "call":
            return (self.call, "PERSON")
        if base == "nik":
            raw = mistype(self.nik_raw) if chance(0.05) else self.nik_raw
            return (fmt16(raw), "NIK")
        if base == "nikplain":
            return (self.nik_raw, "NIK")
        if base == "niktypo":
            return (mistype(self.nik_raw), "NIK")
        if base == "kk":
            reg = self.region6 if chance(0.9) else self.region6[:4] + "%02d" % R.randint(1, 24)
            return (fmt16(kk_raw(reg)), "KK")
        if base == "npwp":
            return (npwp_value(self.nik_raw), "NPWP")
        if base in ("hp", "phone"):
            return (phone_value(), "PHONE")
        if base == "hpplain":
            return (phone_value("plain"), "PHONE")
        if base == "tel":
            return (landline_value(), "PHONE")
        if base == "email":
            return (self.email(), "EMAIL")
        if base == "handle":
            return (self.handle(), "HANDLE")
        if base == "plate":
            return (plate_value(), "PLATE")
        if base == "bankname":
            self.cache["bank"] = None
            name, num = bank_value()
            self.cache["bank"] = (num, "BANK_ACCOUNT")
            return name
        if base == "bank":
            name, num = bank_value()
            self.cache["bankname"] = name
            return (num, "BANK_ACCOUNT")
        if base == "passport":
            return (passport_value(), "PASSPORT")
        if base == "bpjs":
            return (bpjs_value(), "BPJS")
        if base == "nip":
            return (nip_value(self.dob, self.sex), "NIP")
        if base == "dob":
            return (dob_value(self.dob), "DATE_OF_BIRTH")
        if base == "dobnum":
            return (dob_value(self.dob, pick(["dash", "slash", "dot"])), "DATE_OF_BIRTH")
        if base == "dobeng":
            return (dob_value(self.dob, pick(["long", "short", "slash", "iso"]), "en"), "DATE_OF_BIRTH")
        if base == "addr":
            return (addr_value(self.trad), "ADDRESS")
        if base == "rtrw":
            return ("RT %02d/RW %02d" % (R.randint(1, 15), R.randint(1, 12)), "ADDRESS")
        if base == "area":
            return area_value(self.city, self.trad)
        if base == "city":
            return self.city
        if base == "age":
            return str(max(1, 2025 - self.dob.year))
        if base == "hon":
            return pick(["Bapak", "Pak"]) if self.sex == "M" else pick(["Ibu", "Bu"])
        if base == "Hon":
            return "Bapak" if self.sex == "M" else "Ibu"
        if base == "sdr":
            return "Sdr." if self.sex == "M" else "Sdri."
        if base == "bin":
            return "bin" if self.sex == "M" else "binti"
        if base == "alm":
            return "alm." if self.sex == "M" else "almh."
        if base == "spouse":
            return "Istri" if self.sex == "M" else "Suami"
        if base == "lp":
            return "laki-laki" if self.sex == "M" else "perempuan"
        raise SystemExit("unknown person attribute %r" % a)

    def _ascii(self):
        parts = [re.sub(r"[^a-z]", "", p.lower()) for p in self.name.split()]
        return [p for p in parts if p and p not in ("br", "boru", "bin", "binti", "i", "ni", "la", "wa", "ode",
                                                      "muh", "abd", "st")] or ["warga"]

    def email(self):
        p = self._ascii()
        first, last = p[0], p[-1]
        local = pick([first + "." + last, first + last + digits(2), first + "_" + digits(4), last + first[0] + digits(2),
                      first + "." + last + str(self.dob.year)[2:], first[0] + last + digits(3)])
        return local + "@" + pick(["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.co.id", "hotmail.com",
                                   "outlook.com", "ymail.com", "icloud.com"])

    def handle(self):
        p = self._ascii()
        first, last = p[0], p[-1]
        return "@" + pick([first + "_" + last, first + last + digits(2), first + "." + last, first + digits(3),
                           last + "_" + first[:3], first + "_official", "its" + first + last[:2]])


# ---------------------------------------------------------------- near-miss values (never PII)
HOTLINES = ["Call Center 112", "hotline 110", "Damkar 113", "ambulans 119", "PLN 123", "BPJS Kesehatan 165",
            "LAPOR! 1708", "call center 1500200", "Ombudsman 137", "KAI 121", "Halo Kemenkes 1500-567",
            "Contact Center 14045", "layanan 1500-102", "Dukcapil 1500537", "SAPA 129"]
REGS = ["UU No. 25 Tahun 2009", "Perpres 76/2013", "UU 27/2022", "PP No. 96 Tahun 2012", "Permenhub PM 63 Tahun 2019",
        "Perda No. 3 Tahun 2021", "UU No. 23 Tahun 2006", "Permendagri 108/2019", "PMK 112/PMK.03/2022",
        "UU No. 8 Tahun 1999", "Permensos No. 3 Tahun 2021", "Perpres No. 82 Tahun 2018"]
HOSP = ["RSUP Dr. Sardjito", "RSUD dr. Zainoel Abidin", "RSUP Dr. Kariadi", "RSUD Dr. Soetomo", "RSUP H. Adam Malik",
        "RSUD dr. Soedarso", "RSUP Prof. Dr. R. D. Kandou", "RSUD Ulin", "RSUP Dr. Wahidin Sudirohusodo",
        "RSUD Dr. Moewardi", "RSUD Cut Meutia"]
HERO_ROADS = ["Jl. Teuku Umar", "Jl. Diponegoro", "Jl. Sisingamangaraja", "Jl. Sultan Hasanuddin", "Jl. Pattimura",
              "Jl. Ahmad Yani", "Jl. Gatot Subroto", "Jl. Imam Bonjol", "Jl. Raya Bogor", "Jl. Cut Nyak Dhien",
              "Jl. Urip Sumoharjo", "Jl. Pangeran Antasari", "Jl. Jenderal Sudirman", "Jl. MH Thamrin"]
INST_MAIL = ["pengaduan@lapor.go.id", "humas@dishub.jakarta.go.id", "pengaduan@ombudsman.go.id",
             "layanan@dukcapil.kemendagri.go.id", "cs@transjakarta.co.id", "halo@bpjs-kesehatan.go.id",
             "info@disdik.kalselprov.go.id", "ppid@kemenhub.go.id"]
INST_HANDLE = ["@lapor1708", "@pln_123", "@KAI121", "@PT_Transjakarta", "@kemenkes_ri", "@ombudsmanri137",
               "@dukcapil_kemendagri", "@DishubDKI", "@BPJSKesehatanRI", "@humaspemkot", "@commuterline"]
INSTITUTIONS = ["Dinas Dukcapil", "Dinas Sosial", "kantor kelurahan", "kantor desa", "Puskesmas", "Samsat",
                "kantor BPN", "Dinas Pendidikan", "kantor BPJS Kesehatan", "PDAM", "kantor kecamatan", "Disnaker"]
COUNTS = ["140 peserta", "2.350 KK terdampak", "37 rumah", "12 KK", "85 warga", "sekitar 200 orang", "6 RT",
          "1.200 jiwa", "18 unit", "45 siswa", "3 dusun", "420 KK"]


def gen_tiket(c):
    return ("#" + str(R.randint(1000000, 9999999)), "~") if chance(0.4) else (str(R.randint(10000000, 99999999)), "~")


def gen_tiket16(c):
    d = rand_date(2022, 2025)
    return ("%04d%02d%02d" % (d.year, d.month, d.day) + digits(8), "~")


def gen_price(c):
    n = R.choice([25, 50, 75, 150, 250, 350, 500, 750, 1500, 2500, 3500, 12500, 125000])
    if n >= 1000 and chance(0.3):
        return ("Rp%s juta" % ("%g" % (n / 1000)).replace(".", ","), "~")
    return (pick(["Rp ", "Rp", "Rp. "]) + "{:,}".format(n * 1000).replace(",", "."), "~")


def gen_order(c):
    d = rand_date(2023, 2025)
    return (pick(["INV/%04d%02d%02d/MPL/%s" % (d.year, d.month, d.day, digits(10, True)),
                  "RB-%s" % digits(10, True), "F-%s" % digits(9, True), "ORD%s" % digits(12, True),
                  "%04d%02d%02d%s" % (d.year, d.month, d.day, digits(6))]), "~")


def gen_booking(c):
    return ("".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), "~")


def gen_npsn(c):
    return (str(R.choice([1, 2, 3, 6]) * 10000000 + R.randint(0, 9999999)), "~")


def gen_spbu(c):
    return ("%02d.%03d.%02d" % (R.randint(11, 84), R.randint(100, 999), R.randint(1, 99)), "~")


def gen_nopol_bus(c):
    return ("koridor %d" % R.randint(1, 13), "~")


GLOBAL_GEN = {
    "tiket": gen_tiket, "tiket16x": gen_tiket16, "harga": gen_price, "order": gen_order, "booking": gen_booking,
    "npsn": gen_npsn, "spbu": gen_spbu, "koridor": gen_nopol_bus,
    "hotline": lambda c: (pick(HOTLINES), "~"),
    "reg": lambda c: (pick(REGS), "~"),
    "rs": lambda c: pick(HOSP),
    "jalan": lambda c: pick(HERO_ROADS),
    "instmail": lambda c: (pick(INST_MAIL), "~"),
    "insthandle": lambda c: (pick(INST_HANDLE), "~"),
    "inst": lambda c: pick(INSTITUTIONS),
    "jml": lambda c: (pick(COUNTS), "~"),
    "tgl": lambda c: (incident_date(), "~"),
    "jam": lambda c: "pukul %02d.%02d" % (R.randint(5, 22), R.choice([0, 10, 15, 20, 30, 45])),
    "km": lambda c: "km %d" % R.randint(3, 120),
    "rt": lambda c: "RT %02d" % R.randint(1, 15),
    "kel": lambda c: _j(pick(KELS)),
    "kec": lambda c: _j(pick(KECS)),
    "kota": lambda c: pick(REGIONS[pick(TRADS)])[2],
    "tahun": lambda c: str(R.randint(2015, 2025)),
    "n": lambda c: str(R.randint(2, 9)),
    "e": lambda c: c.emoji(),
    "rg": lambda c: c.regional(),
}


class Ctx:
    """Resolves template slots: pN.attr for people, other keys from GLOBAL_GEN (cached per key)."""

    def __init__(self, style):
        self.style = style
        self.people = {}
        self.cache = {}
        self.tags = []
        self.lang = None

    def P(self, pid, **kw):
        self.people[pid] = Person(**kw)
        return self.people[pid]

    def set(self, **kw):
        self.cache.update(kw)

    def get(self, key):
        if key in self.cache:
            return self.cache[key]
        if "." in key:
            pid, a = key.split(".", 1)
            if pid not in self.people:
                self.P(pid)
            return self.people[pid].attr(a)
        base = key.rstrip("0123456789")
        if base not in GLOBAL_GEN:
            raise SystemExit("unknown slot %r" % key)
        v = GLOBAL_GEN[base](self)
        self.cache[key] = v
        return v

    def emoji(self):
        self.tags.append("emoji")
        return pick(ASTRAL_EMOJI)

    def regional(self):
        if self.lang is None:
            for p in self.people.values():
                if p.trad in TRAD_LANG:
                    self.lang = TRAD_LANG[p.trad]
                    break
            else:
                self.lang = pick(sorted(REGIONAL))
        self.tags.append("regional:" + self.lang)
        return pick(REGIONAL[self.lang])

    def r(self, tpl):
        return render(tpl, self)


# ================================================================ styles
STYLES = {}  # name -> (pii templates, no-pii templates)


def style(name, pii, nopii):
    STYLES[name] = (pii, nopii)


def pns(c, pid, **kw):
    return c.P(pid, age="pns", **kw)


# ---------------------------------------------------------------- 1. reses / musrenbang
def _rs1(c):
    return ("CATATAN RESES ANGGOTA DPRD KOTA {kota}\nMasa Sidang {n} Tahun {tahun}, lokasi balai warga {rt} Kel. {kel}\n"
            "1. {p1.hon} {p1.name} ({p1.hp}), warga {p1.addr}: minta drainase diperbaiki, tiap hujan air masuk rumah.\n"
            "2. {p2.hon} {p2.name}, tinggal di {p2.addr}, {p2.area}: anaknya belum dapat KIP, NIK {p2.nik}.\n"
            "3. Pak RT {p3.call} menyampaikan lampu jalan di {jalan} mati sejak {tgl}.\nHadir {jml}.")


def _rs2(c):
    return ("Notulen Musrenbang Desa {kel} {tahun}\nUsulan warga:\n- {p1.sdr} {p1.name} ({p1.addr}) minta "
            "pengerasan jalan usaha tani.\n- {p2.Hon} {p2.name}, HP {p2.hp}, minta posyandu dibuka lagi; {rg}.\n"
            "- {p3.name} selaku ketua kelompok tani minta bantuan pupuk, No. KK {p3.kk}.\n"
            "Usulan dibawa ke Musrenbang Kecamatan {kec}.")


def _rs3(c):
    c.P("p2", age="old", sex="F")
    return ("Dalam reses di Kelurahan {kel}, {p1.Hon} {p1.name} mengadukan kartu BPJS ibunya, {p2.name}, "
            "nomor {p2.bpjs}, mendadak nonaktif. Alamat pengadu {p1.addr}, {p1.area}. Kontak WA {p1.hp}. "
            "Staf dewan berjanji meneruskan ke {inst}.")


def _rs4(c):
    return ("Aspirasi no. {n} — warga atas nama {p1.name}, lahir {p1.dob}, NIK {p1.nik}, alamat {p1.addr}, "
            "mengeluhkan bantuan PKH dihentikan tanpa pemberitahuan. \"{rg},\" katanya. Telp {p1.hp}.")


def _rs5(c):
    return ("Rekap aspirasi reses dapil {n}:\n{p1.name} – {p1.addr} – jalan lingkungan rusak – {p1.hp}\n"
            "{p2.name} – {p2.addr} – sertifikat tanah belum terbit – {p2.hp}\n"
            "{p3.name} – {p3.addr} – minta sumur bor – {p3.hp}\nCatatan: total usulan senilai {harga}.")


def _rs6(c):
    return ("Reses tanggal {tgl}. {p1.Hon} {p1.name} menyampaikan: \"Alamat saya {p1.rtrw}, Kel. {kel}, sudah tiga "
            "tahun air PDAM tidak mengalir.\" Ia minta dihubungi lewat {p1.hp}. Warga lain, {p2.name}, menguatkan.")


def _rs7(c):
    pns(c, "p2")
    return ("Anggota DPRD {p1.name} menerima keluhan soal lurah {p2.name} (NIP {p2.nip}) yang jarang masuk kantor. "
            "Pelapor: {p3.name}, {p3.hp}, {p3.addr}. {rg}.")


def _rs8(c):
    return ("Hasil Musrenbang Kel. {kel}: usulan dikirim lewat email ketua RW, {p1.name} ({p1.email}). "
            "Warga {p2.name} ({p2.hp}) minta PJU di gang depan rumahnya, {p2.addr}. Anggaran diusulkan {harga}.")


def _rs9(c):
    c.P("p1", trad=pick(["minang", "bugis", "banjar", "maluku", "papua"]))
    return ("Reses dewan di kampung kami. {p1.Hon} {p1.name} bilang: {rg}. Rumahnya di {p1.addr}, "
            "{p1.area}, atap sekolah dekat situ bocor. No HP {p1.hp}, NIK {p1.nik}.")


def _rsn1(c):
    return ("Reses anggota DPRD di {rt} Kel. {kel} diikuti {jml}. Warga mengeluhkan jalan rusak di {jalan} {km}, "
            "sudah dilaporkan lewat LAPOR! nomor {tiket}. {rg}.")


def _rsn2(c):
    return ("Musrenbang Kecamatan {kec} tahun {tahun}: usulan pengerasan jalan senilai {harga} merujuk {reg}. "
            "Pak Lurah dan ketua RT hadir, {jml}.")


def _rsn3(c):
    return ("Catatan reses: banjir merendam {jml} sejak {tgl}. Posko ada di balai desa, warga diminta melapor ke "
            "{hotline}. Pengaduan tertulis bisa ke {instmail}.")


def _rsn4(c):
    return ("Aspirasi warga {rt}: \"NIK saya sudah dicek di 3 aplikasi tapi bansos tetap tidak cair,\" kata seorang "
            "ibu peserta reses. Tiket {tiket16x} belum dijawab sampai {tgl}.")


def _rsn5(c):
    return ("Musrenbang desa {tahun}. Usulan: 1) rehab jembatan {km} ({harga}); 2) sumur bor untuk {jml}; "
            "3) pelatihan UMKM. {rg}. Notulen dikirim ke kantor kecamatan.")


style("reses", [_rs1, _rs2, _rs3, _rs4, _rs5, _rs6, _rs7, _rs8, _rs9], [_rsn1, _rsn2, _rsn3, _rsn4, _rsn5])


# ---------------------------------------------------------------- 2. press / citizen journalism
def _pr1(c):
    p1 = c.P("p1")
    c.P("p2", age="child", trad=p1.trad)
    return ("SIARAN PERS\nLBH {kota} mendampingi {p1.name} ({p1.age} tahun), korban penggusuran di {p1.addr}, "
            "{p1.area}. Anak korban, {p2.name}, lahir {p2.dob}, terpaksa putus sekolah.\n"
            "Narahubung media: {p3.name} ({p3.hp}).")


def _pr2(c):
    pns(c, "p2")
    return ("Warga Kelurahan {kel} dikejutkan dugaan penganiayaan terhadap {p1.name} oleh pegawai {inst} bernama "
            "{p2.name} (NIP {p2.nip}) pada {tgl}. Korban kini dirawat di {rs}. Keluarga tinggal di {p1.addr}.")


def _pr3(c):
    return ("#SolidaritasWarga Penggalangan dana untuk keluarga {p1.name} yang rumahnya terbakar {tgl}. "
            "Donasi ke rekening {p1.bankname} {p1.bank} a.n. {p1.name}. Konfirmasi ke {p2.name}, WA {e} {p2.hp}.")


def _pr4(c):
    p1 = c.P("p1", sex="M", trad=pick(["arab", "betawi", "aceh"]))
    c.P("p2", sex="M", age="old", trad=p1.trad)
    return ("Koalisi Masyarakat Sipil mendesak polisi mengusut kematian {p1.name}. Ayah korban, {p2.name}, "
            "NIK {p2.nik}, tinggal di {p2.addr}, {p2.area}, mengaku belum menerima salinan visum.")


def _pr5(c):
    c.P("p1", age="child", sex="F")
    c.P("p2", sex="F")
    return ("Korban, {p1.name} (lahir {p1.dob}), siswi kelas 5 di sekolah ber-NPSN {npsn}. Ibunya, "
            "{p2.name}, dapat dihubungi di {p2.hp}. Kami meminta Dinas Pendidikan menindak oknum guru {p3.name}.")


def _pr6(c):
    return ("[Jurnalisme Warga] Dilaporkan oleh kontributor {p1.name} ({p1.handle}). Keluarga korban, {p2.Hon} "
            "{p2.name}, bisa dihubungi di {p2.hp} atau {p2.email}. {rg}.")


def _pr7(c):
    return ("Rilis LSM Peduli Sehat: pendamping hukum {p1.name} menyebut korban {p2.name}, TTL {p2.city}, "
            "{p2.dob}, ditolak rumah sakit meski kartu JKN-nya ({p2.bpjs}) aktif. {reg} dilanggar.")


def _pr8(c):
    return ("PERS RILIS FORUM WARGA\nKepala desa {p1.name} diduga memotong BLT {harga} per keluarga. Saksi: "
            "{p2.name} ({p2.addr}) dan {p3.name} ({p3.hp}). Mobil dinas yang dipakai ke rumah saksi bernopol "
            "{p4.plate}.")


def _pr9(c):
    p1 = c.P("p1", trad=pick(["papua", "maluku"]))
    c.P("p2", age="child", trad=p1.trad)
    return ("Kabar dari kampung: {p1.name} dan anaknya {p2.name} (lahir {p2.dobnum}) belum terdaftar di Dukcapil. "
            "\"{rg},\" kata {p1.call}. NIK sang ayah {p1.nik}, KK {p1.kk}.")


def _prn1(c):
    return ("SIARAN PERS — Koalisi warga mencatat {jml} terdampak penggusuran di {jalan}. Kerugian ditaksir {harga}. "
            "Kami mengingatkan pemerintah akan {reg}. Narahubung: {instmail}.")


def _prn2(c):
    return ("Jurnalisme warga: lampu PJU di sepanjang {jalan} mati sejak {tgl}. Laporan nomor {tiket} di LAPOR! "
            "belum ditindaklanjuti. Info lanjut: {insthandle}.")


def _prn3(c):
    return ("Rilis posko: korban keracunan massal dirawat di {rs}, {jml}. Hotline posko {hotline}. "
            "Relawan yang ingin membantu diminta mendaftar lewat kantor kecamatan.")


def _prn4(c):
    return ("RILIS: bupati dan kepala dinas belum merespons. Sekolah NPSN {npsn} rusak berat sejak {tgl}; "
            "anggaran rehab {harga} tak kunjung cair. {rg}.")


def _prn5(c):
    return ("Catatan pemantauan: {jml} mengadu soal pungli di {inst}; tarif resmi {harga}, dipungut lebih. "
            "Pengaduan ke Ombudsman bernomor {tiket16x}.")


style("press", [_pr1, _pr2, _pr3, _pr4, _pr5, _pr6, _pr7, _pr8, _pr9], [_prn1, _prn2, _prn3, _prn4, _prn5])


# ---------------------------------------------------------------- 3. ticket (apps)
def _tk1(c):
    return ("Tiket #{tiket} | Kategori: Keluhan Mitra Driver\nOrder ID: {order}\nDriver: {p1.name} | Plat: {p1.plate}\n"
            "Pelanggan: {p2.name} ({p2.email})\nIsi: driver minta bayar {harga} di luar aplikasi dan mengancam.")


def _tk2(c):
    return ("[CS Chat] Pesanan {order} tidak sampai. Penjual menyuruh transfer ke rekening pribadi {p1.bankname} "
            "{p1.bank} a.n. {p1.name}. Akun saya terdaftar dengan email {p2.email}, HP {p2.hp}.")


def _tk3(c):
    return ("Ref. pengaduan: {tiket16x}\nNasabah: {p1.name}\nNo. rekening: {p1.bank}\nNIK: {p1.nik}\n"
            "Keluhan: saldo terpotong {harga} tanpa transaksi pada {tgl}. Sudah ke kantor cabang, disuruh menunggu.")


def _tk4(c):
    return ("Tiket Telco #{tiket}: nomor {p1.hp} milik {p1.name} diblokir setelah registrasi ulang pakai NIK "
            "{p1.nik} dan KK {p1.kk}. {rg}.")


def _tk5(c):
    return ("Order {order}: makanan tidak diantar, driver {p1.name} plat {p1.plate} malah offline. "
            "Saya {p2.name}, {p2.hp}. Minta refund {harga}.")


def _tk6(c):
    return ("Subject: Akun e-wallet dibobol\nFrom: {p1.email}\nNama: {p1.name}\nNo HP terdaftar: {p1.hp}\n"
            "Penipu pakai akun IG {p2.handle}, minta transfer ke {p3.bankname} {p3.bank} a.n. {p3.name}.")


def _tk7(c):
    return ("Toko online {p1.handle} tidak mengirim barang senilai {harga}. Pemilik toko {p1.name}, alamat retur "
            "{p1.addr}, {p1.area}. Kode resi {booking} tidak terlacak.")


def _tk8(c):
    return ("Tiket CS pinjol: penagih menelepon kantor saya di {p1.tel} dan menyebar data saya ({p1.name}, NIK "
            "{p1.nik}) ke kontak. Debt collector mengaku bernama {p2.name}, nomor {e} {p2.hp}.")


def _tk9(c):
    return ("Ojol {p1.name} dengan motor {p1.plate} menyerempet mobil saya {p2.plate} lalu kabur. Order {order}. "
            "Pelapor {p3.name} ({p3.email}). TikTok driver: {p1.handle}")


def _tkn1(c):
    return ("Tiket #{tiket} | Order ID {order} | Status: Eskalasi\nPelanggan melaporkan kendaraan tidak sesuai "
            "aplikasi. Refund {harga} diproses 3x24 jam.")


def _tkn2(c):
    return ("Ref {tiket16x}: saldo terpotong {harga} tanggal {tgl}. Sudah menghubungi {hotline}, belum ada solusi. "
            "NIK saya sudah dicek di 3 aplikasi, datanya cocok.")


def _tkn3(c):
    return ("Keluhan telco: sinyal hilang di {jalan} {km} sejak {tgl}. Nomor tiket {tiket}. Mohon cek BTS. "
            "Mention ke {insthandle} tidak dibalas.")


def _tkn4(c):
    return "Pesanan {order} sampai dalam keadaan rusak, refund {harga} ditolak. Kode booking kurir {booking}. CS: {instmail}."


def _tkn5(c):
    return "Tiket {tiket}: promo ongkir tidak berlaku, potongan {harga} hilang di checkout. {rg}."


style("ticket", [_tk1, _tk2, _tk3, _tk4, _tk5, _tk6, _tk7, _tk8, _tk9], [_tkn1, _tkn2, _tkn3, _tkn4, _tkn5])


# ---------------------------------------------------------------- 4. markup remnants
def _mk1(c):
    return ("<p><b>Nama:</b> {p1.name}<br><b>NIK:</b> {p1.nik}<br><b>Alamat:</b> {p1.addr}, {p1.area}<br>"
            "<b>No. HP:</b>&nbsp;{p1.hp}</p><p>Isi laporan: jalan depan rumah berlubang, sudah {n} kali motor jatuh.</p>")


def _mk2(c):
    return ("**Nama Pelapor**: {p1.name}\n**NIK**: {p1.nik}\n**Email**: {p1.email}\n\n### Uraian\n"
            "- Petugas {inst} atas nama {p2.name} minta uang {harga}\n- Kejadian {tgl}\n")


def _mk3(c):
    return ("| Nama | NIK | HP |\n|---|---|---|\n| {p1.name} | {p1.nik} | {p1.hp} |\n| {p2.name} | {p2.nik} | "
            "{p2.hp} |\n\nMohon verifikasi data DTKS kami, {rg}.")


def _mk4(c):
    return ("Nama\t: {p1.name}\nTTL\t: {p1.city}, {p1.dob}\nAlamat\t: {p1.addr}\nNo. KK\t: {p1.kk}\n"
            "Keluhan\t: KTP-el belum jadi sejak {tgl}.")


def _mk5(c):
    pns(c, "p2")
    return ("<div class=\"form-row\"><label>Nama&nbsp;lengkap</label><span>{p1.name}</span></div>\n"
            "<div class=\"form-row\"><label>Email</label><span>{p1.email}</span></div>\n"
            "<div>Pesan: saya melaporkan pegawai bernama {p2.name}, NIP&nbsp;{p2.nip}, yang meminta pungutan.</div>")


def _mk6(c):
    return ("* Pelapor: {p1.hon} {p1.name}\n* Kontak: {p1.hp} / {p1.email}\n* Terlapor: {p2.name} (plat "
            "{p2.plate})\n* Lokasi kejadian: {jalan} {km}\n* Waktu: {tgl}, {jam}")


def _mk7(c):
    c.P("p2", sex="F", age="old")
    return ("&gt; Kutipan dari {p1.name}:<br>\n&gt; kartu BPJS saya {p1.bpjs} ditolak di faskes&nbsp;&nbsp;<br>\n"
            "Balas: sama, punya ibu saya {p2.name} juga ({p2.bpjs}). {rg}")


def _mk8(c):
    return ("## Data Wajib Pajak\n- **Nama**: {p1.name}\n- **NPWP**: {p1.npwp}\n- **Alamat**: {p1.addr}\n\n"
            "Keluhan: restitusi {harga} belum cair sejak {tgl}.&nbsp;")


def _mk9(c):
    c.P("p2", age="child")
    return ("<tr><td>Nama Ayah/Ibu</td><td>{p1.name}</td></tr><tr><td>Nama Anak</td><td>{p2.name}</td></tr>"
            "<tr><td>Tgl Lahir Anak</td><td>{p2.dobnum}</td></tr><tr><td>HP</td><td>{p1.hp}</td></tr>\n"
            "Anak ditolak PPDB zonasi padahal rumah kami di {p1.addr}.")


def _mkn1(c):
    return ("<p><b>Kategori:</b> Infrastruktur<br><b>Lokasi:</b> {jalan} {km}<br><b>Nomor laporan:</b>&nbsp;"
            "{tiket}</p><p>Jembatan retak sejak {tgl}.</p>")


def _mkn2(c):
    return "**Ringkasan**\n- Tarif retribusi naik jadi {harga}\n- Dasar hukum: {reg}\n- Tiket: {tiket16x}\n"


def _mkn3(c):
    return ("| Tanggal | Lokasi | Keterangan |\n|---|---|---|\n| {tgl} | {rt} | banjir, {jml} |\n"
            "| {tgl2} | {jalan} | pohon tumbang |")


def _mkn4(c):
    return ("<ul><li>Hotline: {hotline}</li><li>Email: {instmail}</li><li>Akun: {insthandle}</li></ul>\n"
            "NIK saya sudah dicek di 3 aplikasi&nbsp;tapi tetap error.")


def _mkn5(c):
    return "### Keluhan SPBU\n* SPBU {spbu} di {jalan} {km}\t- antre solar sejak {jam}\n* harga eceran {harga}\n* {rg}"


style("markup", [_mk1, _mk2, _mk3, _mk4, _mk5, _mk6, _mk7, _mk8, _mk9], [_mkn1, _mkn2, _mkn3, _mkn4, _mkn5])


# ---------------------------------------------------------------- 5. pdf copy-paste
POST = {}


def wrap_lines(pieces, width, hyph=0.5):
    """Greedy line wrap of pieces; values are atomic, long plain words may be hyphenated across lines."""
    lines, state = [[]], {"col": 0}

    def emit(x):
        lines[-1].append(x)
        state["col"] += len(x if isinstance(x, str) else x[0])

    def newline():
        lines.append([])
        state["col"] = 0

    pending = ""
    for pc in pieces:
        toks = [pc] if isinstance(pc, tuple) else [t for t in re.split(r"(\s+)", pc) if t]
        for tok in toks:
            if isinstance(tok, str) and tok.isspace():
                if "\n" in tok:
                    for _ in range(tok.count("\n")):
                        newline()
                    pending = ""
                elif state["col"] > 0:
                    pending += tok
                continue
            w = tok if isinstance(tok, str) else tok[0]
            if pending:
                if state["col"] + len(pending) + len(w) > width:
                    if (isinstance(tok, str) and len(w) >= 8 and w.isalpha() and chance(hyph)
                            and state["col"] + len(pending) + 4 <= width):
                        k = R.randint(3, len(w) - 3)
                        emit(pending)
                        emit(w[:k] + "-")
                        newline()
                        emit(w[k:])
                        pending = ""
                        continue
                    newline()
                else:
                    emit(pending)
                pending = ""
            emit(tok)
    return lines


PDF_HEADERS = ["LAPORAN PENGADUAN MASYARAKAT", "Ombudsman RI Perwakilan Provinsi", "Formulir Pengaduan — SP4N LAPOR!",
               "DOKUMEN TIDAK RESMI", "Lampiran Surat Pengaduan", "Berita Acara Klarifikasi"]


def lines_to_pieces(lines, header=True):
    n = len(lines)
    out = []
    cut = R.randint(max(1, n // 3), max(1, (2 * n) // 3)) if header and n > 2 else -1
    for i, ln in enumerate(lines):
        if i:
            out.append("\n")
        if i == cut:
            pg = R.randint(1, 4)
            out.append(pick(["Halaman %d dari %d\n" % (pg, pg + 1), "- %d -\n" % pg, "%d\n" % pg, "Hal. %d\n" % pg])
                       + "\n" + pick(PDF_HEADERS) + pick(["\n", "\n\n", "   %d\n" % (pg + 1)]))
        out.extend(ln)
    if header and chance(0.5):
        out.append("\n" + str(R.randint(1, 9)))
    return out


def pdf_post(pieces, c):
    if "cols" in c.tags:
        return pieces
    return lines_to_pieces(wrap_lines(pieces, R.randint(48, 72)))


POST["pdf"] = pdf_post


def two_cols(c, left_tpl, right_tpl):
    c.tags.append("cols")
    left = wrap_lines(c.r(left_tpl), R.randint(34, 42))
    right = wrap_lines(c.r(right_tpl), 36, hyph=0)
    out = []
    for i in range(max(len(left), len(right))):
        lp = left[i] if i < len(left) else []
        rp = right[i] if i < len(right) else []
        ln = len(join(lp)[0])
        out.extend(lp)
        if rp:
            out.append(" " * (46 - ln if ln < 44 else 3))
            out.extend(rp)
        out.append("\n")
    tail = [str(R.randint(1, 9))] if chance(0.5) else []
    return [pick(PDF_HEADERS) + "\n\n"] + out + tail


def _pd1(c):
    c.P("p2", age="child")
    return ("Dengan hormat, saya yang bertanda tangan di bawah ini, {p1.name}, NIK {p1.nik}, beralamat di {p1.addr}, "
            "{p1.area}, menyampaikan pengaduan mengenai pelayanan administrasi kependudukan yang berlarut-larut. "
            "Permohonan akta kelahiran anak saya, {p2.name}, lahir {p2.dob}, diajukan sejak {tgl} namun belum "
            "diterbitkan. Saya dapat dihubungi melalui telepon {p1.hp}.")


def _pd2(c):
    pns(c, "p2")
    return ("Berdasarkan keterangan saksi {p1.name} dan {p3.name}, petugas yang bersangkutan adalah {p2.name}, "
            "NIP {p2.nip}, yang meminta sejumlah uang sebesar {harga} sebagai biaya percepatan penerbitan "
            "sertifikat. Pemberian uang dilakukan di rumah saksi, {p1.addr}, pada {tgl}.")


def _pd3(c):
    return two_cols(c, "Kronologis: kendaraan dinas menabrak pagar rumah warga dan pengemudinya menolak "
                       "bertanggung jawab. Kejadian {tgl} {jam}. Kerusakan ditaksir {harga}.",
                    "Identitas Pelapor: Nama: {p1.name} NIK: {p1.nik} Telp: {p1.hp} Kendaraan: {p2.plate}")


def _pd4(c):
    return ("Surat Kuasa. Yang bertanda tangan di bawah ini {p1.name}, tempat/tanggal lahir {p1.city}, {p1.dob}, "
            "memberikan kuasa kepada {p2.name}, pemegang NIK {p2.nik}, untuk mengurus pencairan dana pensiun ke "
            "rekening {p1.bankname} nomor {p1.bank}. Demikian surat kuasa ini dibuat dengan sebenarnya.")


def _pd5(c):
    return two_cols(c, "Pengaduan ini berkaitan dengan pemotongan dana bantuan sosial oleh pendamping "
                       "program di kelurahan kami. Besaran potongan {harga} per penerima.",
                    "Data Pelapor Nama: {p1.name} Alamat: {p1.addr} Email: {p1.email} HP: {p1.hp}")


def _pd6(c):
    return ("Notulensi Klarifikasi. Hadir: {p1.name} (pelapor), {p2.name} (terlapor), dan perwakilan {inst}. "
            "Pelapor menjelaskan bahwa permohonan NPWP {p1.npwp} atas namanya disalahgunakan untuk pinjaman. "
            "Terlapor tinggal di {p2.addr} dan dapat dihubungi di {p2.hp}. Pertemuan ditutup {jam}.")


def _pd7(c):
    c.P("p1", age="old")
    return ("Perihal: Permohonan Aktivasi Kembali Kepesertaan JKN. Peserta atas nama {p1.name}, nomor kartu "
            "{p1.bpjs}, tanggal lahir {p1.dob}, telah dinonaktifkan secara sepihak. Keluarga peserta, {p2.name}, "
            "memohon peninjauan ulang berdasarkan {reg}.")


def _pd8(c):
    return two_cols(c, "Kami keberatan atas penerbitan sertifikat ganda atas bidang tanah milik keluarga. "
                       "Mohon dilakukan pengukuran ulang.",
                    "Pemohon: {p1.name} No. KK: {p1.kk} Alamat: {p1.addr} Kontak: {p1.hp}")


def _pdn1(c):
    return ("Menindaklanjuti laporan nomor {tiket}, kami sampaikan bahwa perbaikan ruas {jalan} {km} telah "
            "dianggarkan sebesar {harga} sesuai {reg}. Pelaksanaan dijadwalkan mulai {tgl}.")


def _pdn2(c):
    return two_cols(c, "Rekapitulasi pengaduan triwulan: {jml} terkait layanan kependudukan, sebagian besar "
                       "mengenai keterlambatan KTP-el.", "Kontak layanan: {hotline} Email: {instmail}")


def _pdn3(c):
    return ("Hasil pemeriksaan lapangan pada {tgl}: sekolah dengan NPSN {npsn} mengalami kerusakan atap. Jumlah "
            "siswa terdampak {jml}. Pengaduan tercatat dengan nomor {tiket16x} dan diteruskan ke {inst}.")


def _pdn4(c):
    return ("Pengelola SPBU {spbu} di {jalan} diminta memperbaiki antrean. Masyarakat dapat menyampaikan "
            "pengaduan melalui {hotline} atau akun {insthandle}. Catatan: NIK saya sudah dicek di 3 aplikasi.")


def _pdn5(c):
    return ("Ringkasan rapat koordinasi penanganan banjir di {rt} Kelurahan {kel}. Bantuan logistik senilai "
            "{harga} disalurkan kepada {jml}. Dasar pelaksanaan {reg}. Rapat dipimpin Pak Lurah.")


style("pdf", [_pd1, _pd2, _pd3, _pd4, _pd5, _pd6, _pd7, _pd8], [_pdn1, _pdn2, _pdn3, _pdn4, _pdn5])


# ---------------------------------------------------------------- 6. glued (fast mobile typing)
# In this style a span may touch a LETTER on its left (cue glued to value: "NIK3201...", "hp0812...").
def glue_post(pieces, c):
    mode = pick(["lower", "lower", "lower", "mixed", "upper"])
    out = []
    for pc in pieces:
        if isinstance(pc, tuple):
            v = pc[0].lower() if mode == "lower" and pc[1] != "PLATE" else pc[0]
            out.append((v.upper() if mode == "upper" else v, pc[1]))
            continue
        words = re.split(r"(\s+)", pc)
        res = []
        for w in words:
            if w and w[-1].isalpha() and len(w) >= 3 and chance(0.12):
                w = w + w[-1]
            if mode == "lower":
                w = w.lower()
            elif mode == "upper":
                w = w.upper()
            elif chance(0.25):
                w = w.upper()
            res.append(w)
        out.append("".join(res))
    if mode == "lower":  # keep plates lower too so the whole text is lower case
        out = [(p[0].lower(), p[1]) if isinstance(p, tuple) else p for p in out]
    return out


POST["glued"] = glue_post


def _gl1(c):
    return "tolong pak nik{p1.nikplain} a.n {p1.name} blm bs aktivasi ikd hp:{p1.hpplain} mksh"


def _gl2(c):
    return "sy {p1.name} wa{p1.hpplain} mau lapor jalan dpn rmh di {p1.addr} rusak parah udh {n} bln gk diperbaiki"


def _gl3(c):
    return "NIK{p1.nikplain} KK{p1.kk} knp blm masuk dtks pdhl sy warga miskin {rg}"


def _gl4(c):
    c.P("p1", age="old")
    return "min bpjs{p1.bpjs} an {p1.name} lahir{p1.dobnum} gak aktif2 tolong bgt ibu sy sakit"


def _gl5(c):
    return "rek:{p1.bank} a.n {p1.name} dana bansos ga msk2 udh {n} bln email{p1.email} ga dibales"


def _gl6(c):
    return "nopol:{p1.plate} nyerempet motor sy trs kabur ke arah {jalan} sy {p2.name} hp{p2.hpplain}"


def _gl7(c):
    return "ig{p1.handle} nipu sy {harga} tlg diblokir nama asli {p1.name} nohp{p1.hpplain}"


def _gl8(c):
    return "NAMA:{p1.name} NIK:{p1.nikplain} TTL:{p1.city},{p1.dobnum} ALAMAT:{p1.addr} KTP BLM JADI2"


def _gl9(c):
    return "pak rt {p1.call} gamau ttd surat pindah sy {p2.name} nik{p2.nikplain} {rg} tlg ditegur"


def _gl10(c):
    return "npwp{p1.npwp} an {p1.name} kena denda pdhl sdh lapor spt email:{p1.email}"


def _gln1(c):
    return "tiket{tiket} udh {n}hr gak dibls min tlg"


def _gln2(c):
    return "jalan di {jalan} {km} rusak parah bnyk lubang tlg diperbaiki {rg}"


def _gln3(c):
    return "nik sy udh dicek di 3 aplikasi tp bansos ga cair2 telp {hotline} ga diangkat"


def _gln4(c):
    return "bayar {harga} buat urus kk dikantor desa pdhl gratis menurut {reg}"


def _gln5(c):
    return "antrian samsat penuh dr {jam} smpe siang nomor antrian {n}00 gk dipanggil2 {rg}"


style("glued", [_gl1, _gl2, _gl3, _gl4, _gl5, _gl6, _gl7, _gl8, _gl9, _gl10], [_gln1, _gln2, _gln3, _gln4, _gln5])


# ---------------------------------------------------------------- 7. family disputes
GLOBAL_GEN["flight"] = lambda c: "%s %d" % (pick(["GA", "JT", "QZ", "ID", "IU", "QG", "IW"]), R.randint(100, 999))


def family(c, n, trad=None, old=None):
    trad = trad or pick(TRADS)
    if old:
        c.P(old, trad=trad, age="old")
    for k in range(1, n + 1):
        c.P("p%d" % k, trad=trad)
    return trad


def binname(c, pid, father):
    p, f = c.people[pid], c.people[father]
    return (p.call + " " + p.attr("bin") + " " + f.call, "PERSON")


def _fm1(c):
    family(c, 4, old="p0")
    c.P("p4", sex="M", trad=c.people["p1"].trad)
    return ("Sengketa waris tanah {n} hektar di Desa {kel}. Ahli waris dari {p0.alm} {p0.name}:\n1) {p1.name}, NIK "
            "{p1.nik}, lahir {p1.dob};\n2) {p2.name}, NIK {p2.nik}, lahir {p2.dob};\n3) {p3.name}, NIK {p3.nik}.\n"
            "Paman kami, {p4.name}, menguasai sertifikat sendirian.")


def _fm2(c):
    family(c, 2)
    c.P("p3", age="child")
    c.P("p4", sex="F")
    return ("Kami, {p1.name} dan {p2.name}, mengangkat anak bernama {p3.name}, lahir {p3.dob}, dari ibu kandung "
            "{p4.name} (alamat {p4.addr}). Penetapan pengadilan sudah ada, tapi Dukcapil menolak memasukkan anak ke "
            "KK kami nomor {p1.kk}.")


def _fm3(c):
    family(c, 3, trad=pick(["arab", "betawi", "aceh"]), old="p0")
    c.P("p3", sex="M", trad=c.people["p1"].trad)
    c.set(bn1=binname(c, "p1", "p0"), bn2=binname(c, "p2", "p0"))
    return ("{bn1} dan {bn2} mengklaim tanah peninggalan {p0.alm} {p0.name} di {p0.addr}, {p0.area}. Padahal ayah "
            "saya, {p3.name}, sudah membelinya tahun {tahun} dengan kuitansi {harga}. HP saya {p3.hp}.")


def _fm4(c):
    family(c, 3, trad="batak")
    return ("Tanah warisan oppung kami digugat oleh {p1.name}. Ibu saya, {p2.name} (NIK {p2.nik}), adalah ahli "
            "waris sah. Mohon BPN menunda balik nama. Hubungi saya, {p3.name}, di {p3.hp}. {e}")


def _fm5(c):
    family(c, 2, trad="bali", old="p0")
    return ("Warisan tanah dari {p0.alm} {p0.name} di {p0.addr} dibagi tidak adil oleh {p1.name}. Saya {p2.name}, "
            "KK {p2.kk}, tidak mendapat bagian sama sekali. {rg}")


def _fm6(c):
    family(c, 3, old="p0")
    c.P("p3", sex="F")
    return ("Surat keterangan ahli waris ditolak kelurahan. Pewaris, {p0.alm} {p0.name}, meninggal {tgl}, ahli waris: "
            "{p1.name} ({p1.dob}) dan {p2.name} ({p2.dob}). Ibu tiri kami, {p3.name}, menahan sertifikat dan BPKB "
            "mobil {p0.plate}.")


def _fm7(c):
    c.P("p2", age="old", sex="M")
    return ("Oknum notaris {p1.name} memalsukan tanda tangan bapak saya {p2.name} (NIK {p2.nik}, lahir {p2.dob}). "
            "Sertifikat rumah di {p2.addr} berpindah nama. Saya {p3.name}, HP {p3.hp}, email {p3.email}.")


def _fm8(c):
    c.P("p1", sex="M")
    c.P("p2", age="child")
    c.P("p3", sex="F")
    return ("Mantan suami saya, {p1.name}, membawa anak kami {p2.name} (lahir {p2.dobnum}) tanpa izin. NIK anak "
            "{p2.nik} masih di KK saya {p3.kk}. Alamat mantan suami: {p1.addr}. {rg}")


def _fm9(c):
    family(c, 3, trad=pick(["minang", "bugis", "banjar"]))
    return ("Harta pusaka keluarga di {p1.addr} dijual {p1.name} tanpa musyawarah. Kemenakan yang dirugikan: "
            "{p2.name} dan {p3.name} (BPJS {p3.bpjs}, sedang sakit). {rg}.")


def _fmn1(c):
    return ("Sengketa batas tanah di {rt} Desa {kel} belum selesai sejak {tahun}. Sudah dimediasi kepala desa {n} "
            "kali. Biaya ukur ulang BPN {harga}.")


def _fmn2(c):
    return "Pengurusan surat keterangan waris di kelurahan dipungut {harga}, padahal {reg} mengatur layanan gratis. Laporan {tiket}."


def _fmn3(c):
    return ("Adopsi anak lewat Dinas Sosial prosesnya lama; sudah {n} bulan sejak {tgl}. NIK saya sudah dicek di "
            "3 aplikasi dan valid, tapi berkas belum diproses.")


def _fmn4(c):
    return "Sertifikat tanah warisan keluarga hilang di kantor BPN sejak {tgl}. Nomor berkas {tiket16x}. {rg}."


def _fmn5(c):
    return ("Pembagian tanah ulayat untuk {jml} masih diperdebatkan di kantor desa. Mohon Pak Camat menengahi. "
            "Kontak posko {hotline}.")


style("family", [_fm1, _fm2, _fm3, _fm4, _fm5, _fm6, _fm7, _fm8, _fm9], [_fmn1, _fmn2, _fmn3, _fmn4, _fmn5])


# ---------------------------------------------------------------- 8. transport
def _tr1(c):
    return ("KRL relasi Bogor–Jakarta Kota, {tgl} {jam}: petugas keamanan {p1.name} membentak ibu hamil. Saksi: "
            "{p2.name} ({p2.hp}). Sudah lapor ke KAI 121, tiket {tiket}.")


def _tr2(c):
    return ("Bus TransJakarta {koridor} nopol {p1.plate} menerobos lampu merah di {jalan}. Pramudi bernama "
            "{p2.name} sesuai name tag. Saya {p3.name}, penumpang, email {p3.email}.")


def _tr3(c):
    return ("Bus AKAP plat {p1.plate} ugal-ugalan di tol {km}. Sopirnya {p1.name}, kondektur dipanggil {p2.call}. "
            "Pelapor {p3.name}, {p3.hp}. Kode booking {booking}.")


def _tr4(c):
    pns(c, "p2")
    return ("Di pelabuhan Merak, {tgl}: mobil saya {p1.plate} tergores saat diarahkan petugas Dishub {p2.name} "
            "(NIP {p2.nip}). Kode booking {booking}. Saya {p1.name}, {p1.hp}.")


def _tr5(c):
    return ("Bandara: koper saya hilang setelah penerbangan {flight}. Paspor {p1.passport} ada di dalamnya. "
            "Nama {p1.name}, HP {p1.hp}. Kode booking {booking}. {rg}")


def _tr6(c):
    return ("Angkot jurusan terminal plat {p1.plate} menarik tarif {harga}, dua kali lipat. Sopir mengaku bernama "
            "{p1.call}. Saya {p2.name}, tinggal di {p2.addr}.")


def _tr7(c):
    return ("Juru parkir liar di {jalan} memaksa bayar {harga}. Namanya {p1.name}, katanya orang suruhan "
            "{p2.name}. Mobil saya {p3.plate}; saya {p3.name}, {p3.hp}.")


def _tr8(c):
    return ("Barang tertinggal di KRL {tgl}. Petugas lost and found {p1.name} minta data KTP: NIK {p2.nik}, nama "
            "{p2.name}. Tiket pengaduan {tiket}. {rg}")


def _tr9(c):
    c.P("p2", age="old", trad=pick(["maluku", "papua", "bugis"]))
    return ("Kapal ke Ambon: ABK {p1.name} minta uang tambahan {harga}. Penumpang lansia {p2.name}, lahir {p2.dob}, "
            "tidak dapat tempat tidur. Booking {booking}. {rg}")


def _trn1(c):
    return "KRL {jam} tertahan {n}0 menit di Manggarai tanpa pengumuman. Keluhan sudah ke KAI 121, tiket {tiket}."


def _trn2(c):
    return "Halte TransJakarta {koridor} di {jalan} rusak, atap bocor sejak {tgl}. Sudah mention {insthandle}."


def _trn3(c):
    return "Kode booking {booking}, kapal berangkat terlambat {n} jam. Tarif {harga} tapi fasilitas buruk. {rg}."


def _trn4(c):
    return "Penerbangan {flight} tertunda {n} jam, kompensasi {harga} sesuai {reg} belum dibayar. Laporan {tiket16x}."


def _trn5(c):
    return "Bus AKAP ugal-ugalan di tol {km} arah Cikampek {jam}. Mohon Dishub menindak, hotline {hotline}."


style("transport", [_tr1, _tr2, _tr3, _tr4, _tr5, _tr6, _tr7, _tr8, _tr9], [_trn1, _trn2, _trn3, _trn4, _trn5])


# ---------------------------------------------------------------- 9. proxy (written for someone else)
def _px1(c):
    c.P("p2", age="old", sex="M")
    return ("Saya {p1.name}, menulis atas nama ayah saya {p2.name} ({p2.age} tahun) yang tidak bisa memakai HP. "
            "NIK beliau {p2.nik}, nomor BPJS {p2.bpjs}. Uang pensiun beliau belum cair. Kontak saya {p1.hp}.")


def _px2(c):
    return ("Laporan ini saya tuliskan sebagai juru bahasa isyarat untuk {p1.Hon} {p1.name}, warga Tuli, lahir "
            "{p1.dob}. Beliau ditolak saat mengurus SIM D di Satpas. Saya {p2.name}, email {p2.email}.")


def _px3(c):
    c.P("p2", age="old", sex="F")
    return ("Saya caregiver {p1.name}, mendampingi Oma {p2.name} di {p2.addr}, {p2.area}. Oma punya KK {p2.kk} "
            "tapi namanya hilang dari DTKS. WA saya {p1.hp}.")


def _px4(c):
    return ("Sebagai kader desa, saya {p1.name} melaporkan nasib {p2.Hon} {p2.name} (NIK {p2.nik}) di {p2.addr}: "
            "rumahnya roboh sejak {tgl} dan belum dapat bantuan. {rg}")


def _px5(c):
    c.P("p1", age="old", sex="F")
    return ("Ibu saya, {p1.name}, lahir {p1.dob}, NIK {p1.nik}, ditolak berobat karena data tidak padan. Saya "
            "anaknya, {p2.name}, bisa dihubungi di {p2.hp} atau {p2.email}.")


def _px6(c):
    c.P("p1", age="old", trad=pick(["jawa", "sunda", "betawi"]))
    return ("Mewakili tetangga saya, Mbah {p1.call}, yang buta huruf: listrik rumahnya di {p1.addr} diputus padahal "
            "sudah bayar {harga}. Saya {p2.name}, HP {p2.hp}. {rg}")


def _px7(c):
    return ("Pendamping disabilitas {p1.name} dari LSM melaporkan: klien kami {p2.name}, tanggal lahir {p2.dobnum}, "
            "KK {p2.kk}, tidak bisa rekam KTP-el karena tidak dapat merekam sidik jari.")


def _px8(c):
    c.P("p1", age="old", sex="M")
    return ("Kakek saya {p1.name} (NIK {p1.nik}) disuruh bolak-balik ke {p1.bankname} untuk rekening {p1.bank}. "
            "Saya cucunya, {p2.name}. Video antreannya saya unggah di IG {p2.handle}.")


def _px9(c):
    c.P("p1", age="child")
    return ("Atas nama anak saya {p1.name} (lahir {p1.dob}, NIK {p1.nik}) yang sekolah di luar negeri dengan paspor "
            "{p1.passport}: legalisir ijazah ditolak. Saya ayahnya, {p2.name}, {p2.tel}.")


def _pxn1(c):
    return ("Saya menulis untuk orang tua saya yang sudah lansia: antrean di {inst} dimulai {jam} dan baru dilayani "
            "sore. Nomor antrean tidak jelas. {rg}.")


def _pxn2(c):
    return ("Mewakili warga Tuli di Kecamatan {kec}: {inst} tidak menyediakan juru bahasa isyarat, padahal {reg} "
            "mewajibkan layanan yang setara.")


def _pxn3(c):
    return "Sebagai kader posyandu, saya laporkan {jml} balita belum mendapat PMT sejak {tgl}. Laporan {tiket}."


def _pxn4(c):
    return ("Orang tua saya sudah daftar ulang BPJS; NIK saya sudah dicek di 3 aplikasi. Call center {hotline} tidak "
            "bisa dihubungi.")


def _pxn5(c):
    return "Relawan desa melaporkan: bantuan {harga} per KK untuk {jml} belum diterima. Ref {tiket16x}. {rg}"


style("proxy", [_px1, _px2, _px3, _px4, _px5, _px6, _px7, _px8, _px9], [_pxn1, _pxn2, _pxn3, _pxn4, _pxn5])


# ---------------------------------------------------------------- 10. english / mixed
FOREIGN = ["Hannah Schmidt", "Kenji Watanabe", "Liam O'Connor", "Sophie Laurent", "Daniel Kowalski",
           "Emma van der Berg", "Lucas Moreau", "Olivia Bennett", "Marco Rossi", "Sarah Mitchell", "Jonas Eriksson",
           "Chloe Dubois", "Aiko Nakamura", "Ravi Menon"]
GLOBAL_GEN["fn"] = lambda c: (pick(FOREIGN), "PERSON")


def _en1(c):
    return ("Full name: {p1.name}\nDate of birth: {p1.dobeng}\nID no.: {p1.nik}\nAddress: {p1.addr}, {p1.area}\n"
            "Complaint: my KTP-el has been 'dalam proses' since {tgl}, please follow up.")


def _en2(c):
    return ("Dear LAPOR! admin, I am a foreign resident married to an Indonesian, {p2.name}. My name is {fn1} "
            "(Passport No: {p1.passport}). An officer asked for {harga} to speed up my KITAS. Phone {p2.hp}.")


def _en3(c):
    c.P("p2", sex="F", age="old")
    return ("Hi, I'm {p1.name}, Indonesian living in Melbourne. Passport {p1.passport} expires soon and the consulate "
            "says my NIK {p1.nik} is not found. Mum's name {p2.name}, DOB {p2.dobeng}. WhatsApp {p1.hp}.")


def _en4(c):
    c.P("p1", sex="M", age="old")
    return ("Guys tolong, my dad {p1.name} got scammed by someone claiming to be from the bank, rekening "
            "{p1.bankname} {p1.bank} langsung drained. The scammer's IG is {p2.handle}. Please help {e}")


def _en5(c):
    return ("Name | {p1.name}\nPassport No | {p1.passport}\nNationality | Indonesian\nPhone | {p1.hp}\nE-mail | "
            "{p1.email}\nIssue | visa refund {harga} not received since {tgl}")


def _en6(c):
    return ("Re: complaint {tiket}. The driver, {p1.name}, plate {p1.plate}, overcharged me {harga}. I'm {fn1} from "
            "the Netherlands, renting a room at {p3.addr}. Email: {p3.email}")


def _en7(c):
    return ("Full name: {p1.name}\nNPWP: {p1.npwp}\nBPJS card no.: {p1.bpjs}\nMobile: {p1.hp}\nMy BPJS was "
            "deactivated because my employer stopped paying. Kantor cabang bilang harus nunggu.")


def _en8(c):
    c.P("p1", sex="F")
    return ("Our helper {p1.name} (ID no. {p1.nik}, born {p1.dobeng}) was refused at the puskesmas because her KK "
            "{p1.kk} is from another province. I'm her employer, {fn1}, contact {p2.email}.")


def _en9(c):
    c.P("p1", age="old")
    return ("Reporting on behalf of my Oma {p1.name}, date of birth {p1.dobeng}, passport no. {p1.passport}, who "
            "flew back from Amsterdam and got stuck at imigrasi. Me: {p2.name}, mobile {p2.hp}.")


def _enn1(c):
    return "Hi admin, the street light on {jalan} has been out since {tgl}. Complaint no. {tiket}. Thanks!"


def _enn2(c):
    return "Flight {flight} delayed {n} hours, compensation {harga} under {reg} still not paid. Ref {tiket16x}."


def _enn3(c):
    return "Dear team, the visa-on-arrival counter charged {harga}. Hotline {hotline} didn't answer. Please check, thx."


def _enn4(c):
    return "FYI the school (NPSN {npsn}) roof collapsed on {tgl}; {jml}. Email to {instmail} got no reply."


def _enn5(c):
    return "Bro the KRL was packed banget at {jam}, AC mati, {jml}. Already tweeted {insthandle} tapi dicuekin. {rg}"


style("english", [_en1, _en2, _en3, _en4, _en5, _en6, _en7, _en8, _en9], [_enn1, _enn2, _enn3, _enn4, _enn5])


# ---------------------------------------------------------------- 11. names (many traditions)
WORDNAMES = ["Untung", "Sabar", "Slamet", "Bunga", "Intan", "Mawar", "Melati", "Cahaya", "Jaya", "Bagus", "Indah",
             "Teguh", "Damai", "Ayu", "Budi", "Lestari", "Rahayu", "Tentrem", "Senang", "Berkah", "Mulia", "Sehat"]


def mixed(c, n, trads=None):
    pool = list(trads or ["batak", "minang", "bugis", "buton", "bali", "aceh", "papua", "maluku", "tionghoa", "arab",
                          "jawa", "sunda", "banjar", "betawi"])
    R.shuffle(pool)
    for k in range(1, n + 1):
        c.P("p%d" % k, trad=pool[(k - 1) % len(pool)])


def wordname(c, pid, sex=None):
    p = c.people.get(pid) or c.P(pid, trad="jawa", sex=sex)
    p.name = p.call = pick(WORDNAMES)
    return p


def _nm1(c):
    mixed(c, 6)
    return ("Daftar penerima bansos yang dicoret sepihak di Kelurahan {kel}: {p1.name}, {p2.name}, {p3.name}, "
            "{p4.name}, dan {p5.name}. Semua warga {rt}. Koordinator warga: {p6.name}, {p6.hp}.")


def _nm2(c):
    mixed(c, 4)
    return ("Anggota kelompok tani penerima alsintan: {p1.name} (ketua), {p2.name} (sekretaris), {p3.name} "
            "(bendahara, HP {p3.hp}). Traktornya malah dikuasai {p4.name} untuk disewakan.")


def _nm3(c):
    mixed(c, 4)
    return ("Petugas loket {p1.name} melempar berkas saya ke {p2.name}, lalu ke {p3.name}. Tiga kali saya "
            "dipingpong. Saya {p4.name}, NIK {p4.nik}.")


def _nm4(c):
    t = pick(["papua", "maluku"])
    c.P("p1", sex="F", trad=t)
    c.P("p2", sex="M", trad=t)
    c.P("p3", age="child", trad=c.people["p1"].trad)
    return ("Mama {p1.name} dan Bapa {p2.name} dari kampung kami belum terima bantuan. Anak mereka, {p3.name}, "
            "lahir {p3.dob}, belum punya akta. {rg}")


def _nm5(c):
    c.P("p1", trad="tionghoa")
    c.set(tn=(pick(TIONGHOA), "PERSON"))
    return ("Toko milik {p1.name} (nama Tionghoa {tn}) di {p1.addr} dipalak preman bernama {p2.name}. Saksi: "
            "{p3.name} dan {p4.name}.")


def _nm6(c):
    mixed(c, 3, ["bugis", "buton", "aceh"])
    return ("Kepala sekolah {p1.name}, guru honorer {p2.name}, dan operator {p3.name} sama-sama belum menerima "
            "tunjangan. Email sekolah tidak dibalas; kontak pribadi guru: {p2.email}.")


def _nm7(c):
    wordname(c, "p1", "M")
    wordname(c, "p2", "F")
    return ("Pak {p1.name} dan Bu {p2.name} tidak seberuntung namanya: rumah mereka di {p1.addr} digusur tanpa "
            "ganti rugi. Anak mereka, {p3.name}, bisa dihubungi di {p3.hp}.")


def _nm8(c):
    mixed(c, 4, ["bali", "jawa"])
    return ("Warga banjar {p1.name} dan {p2.name} melapor bersama {p3.name} dan {p4.name}: sertifikat PTSL "
            "mereka dicetak dengan nama tertukar. NIK {p1.call}: {p1.nik}.")


def _nm9(c):
    c.P("p0", trad="arab", sex="M", age="old")
    c.P("p1", trad="arab")
    c.set(bn=binname(c, "p1", "p0"))
    wordname(c, "p2", "F")
    return ("{bn} meminjam sertifikat tanah milik Ibu {p2.name} dan tidak mengembalikannya. Pak RT {p3.call} "
            "sudah tahu. Ibu {p2.call} tinggal di {p2.addr}.")


def _nmn1(c):
    return ("Pasien rujukan dari {rs} ke RSUP Dr. Sardjito ditolak karena kamar penuh; {jml}. Hotline {hotline} "
            "tidak menjawab.")


def _nmn2(c):
    return "Jalan rusak di {jalan} dan Jl. Sultan Hasanuddin, laporan {tiket}. Nama jalan pahlawan, kondisinya memprihatinkan."


def _nmn3(c):
    return ("Antrean imigrasi di Bandara I Gusti Ngurah Rai dan Bandara Sultan Hasanuddin sangat panjang {tgl}. "
            "Kiosk {n} rusak. {rg}")


def _nmn4(c):
    return ("Dermaga Pelabuhan Yos Sudarso dan halte dekat Universitas Pattimura gelap tiap malam. Sudah "
            "dilaporkan ke {insthandle}, ref {tiket16x}.")


def _nmn5(c):
    return "Jl. Teuku Umar dan Jl. Cut Nyak Dhien banjir setinggi lutut, {jml}. Posko di Masjid Raya Baiturrahman."


style("names", [_nm1, _nm2, _nm3, _nm4, _nm5, _nm6, _nm7, _nm8, _nm9], [_nmn1, _nmn2, _nmn3, _nmn4, _nmn5])


# ---------------------------------------------------------------- 12. thread (X / Facebook)
def _th1(c):
    return ("{p1.name} {p1.handle} · 2j\nMin {insthandle} KTP saya udah 6 bulan belum jadi \U0001F621\n"
            "↳ {p2.handle}: sama kak, NIK saya {p2.nik} juga nyangkut\n↳ {p1.handle}: {p2.handle} coba DM aja")


def _th2(c):
    return ("RT {p1.handle}: \"Sopir angkot plat {p2.plate} ini kasar banget\"\nQuote {p3.handle}: aku kenal, namanya "
            "{p2.name}, rumahnya di {p2.addr} \U0001F644")


def _th3(c):
    c.P("p2", sex="F")
    return ("[Grup Info Warga {kota}]\n{p1.name}: Siapa kenal ibu ini? Katanya penipu arisan, {p2.name}, nomornya "
            "{p2.hp}\n  ↳ {p3.name}: iya bener, rekening {p2.bankname} {p2.bank} jangan ditransfer\n"
            "  ↳ {p4.name}: tag {p5.handle}, dia korban juga")


def _th4(c):
    return ("1/ Thread soal pungli di {inst}. Petugasnya {p1.name}, minta {harga}.\n2/ Waktu saya protes dia "
            "mengancam. Ini plat motornya: {p1.plate}\n3/ cc {insthandle} {p2.handle}")


def _th5(c):
    c.P("p4", age="old", sex="F")
    return ("{p1.name} {p1.handle}\nbalasan untuk {p2.handle} dan {p3.handle}\nkak itu ibu saya {p4.name}, lahir "
            "{p4.dob}, BPJS {e} {p4.bpjs} nonaktif huhu")


def _th6(c):
    return ("Komentar teratas:\n{p1.handle}: lapor aja ke LAPOR! 1708\n{p2.handle}: udah, tiket {tiket}, belum ada "
            "respon\n{p3.handle}: DM aku kak, aku kenal staf dinas {p4.name}, nomornya {p4.hp}")


def _th7(c):
    c.P("p2", age="child")
    return ("Postingan {p1.name} dibagikan {n}00 kali: 'Anak saya {p2.name} hilang sejak {tgl}, terakhir pakai "
            "baju merah. Hubungi {p1.hp}.' {rg}")


def _th8(c):
    return ("Replying to {p1.handle} and {p2.handle}\nbukan cuma kamu, email ku {p3.email} juga dipakai daftar pinjol "
            "tanpa izin. Nama {p3.name}. {rg}")


def _th9(c):
    return ("{p1.name} ✔ {p1.handle}\nwarga {rt} kehilangan motor {p2.plate}, pemiliknya {p2.call}. ada yang "
            "lihat? \U0001F447 kontak {p2.hp}")


def _thn1(c):
    return "Replying to {insthandle}\nmin, {jalan} {km} gelap total sejak {tgl}, tiket {tiket}. kapan diperbaiki?"


def _thn2(c):
    return ("Thread \U0001F9F5 1/ Pungli parkir di {jalan}: tarif resmi {harga}.\n2/ Sesuai {reg} harusnya ada karcis.\n"
            "3/ cc {insthandle}")


def _thn3(c):
    return ("Grup Info Warga: ada yang tahu {inst} buka jam berapa? Antrean dari {jam}.\n↳ biasanya 08.00 kak\n"
            "↳ bawa KK asli ya")


def _thn4(c):
    return "RT {insthandle}: Layanan pengaduan 24 jam melalui {hotline}.\nQuote: tapi gak diangkat-angkat {rg}"


def _thn5(c):
    return ("Replying to {insthandle}\nNIK saya sudah dicek di 3 aplikasi, valid semua, tapi tetap gagal daftar. "
            "Ref {tiket16x}")


style("thread", [_th1, _th2, _th3, _th4, _th5, _th6, _th7, _th8, _th9], [_thn1, _thn2, _thn3, _thn4, _thn5])


# ---------------------------------------------------------------- 13. short (< 80 characters)
SHORT_PII = [
    "NIK {p1.nik} a.n. {p1.call} blm aktif, mohon dicek",
    "Sopir plat {p1.plate} kasar sekali. Pelapor: {p2.call}",
    "WA saya {p1.hp}, tolong hubungi. {p1.call}",
    "BPJS {p1.bpjs} ({p1.call}) ditolak RS",
    "Email: {p1.email} – akun saya diretas",
    "IG {p1.handle} jual data KTP! {rg}",
    "Alamat: {p1.addr}. Sampah tak diangkut.",
    "TTL {p1.city}, {p1.dob}. KTP hilang.",
    "Rek {p1.bankname} {p1.bank} a.n. {p1.call} blm terima BLT",
    "Paspor {p1.passport} ditahan agen, tolong {e}",
    "NIP {p1.nip} pegawai ini minta uang",
    "KK {p1.kk} tidak terbaca di sistem",
    "NPWP {p1.npwp} salah nama",
]
SHORT_NOPII = [
    "Laporan {tiket} belum dijawab.",
    "{jalan} {km} berlubang parah!",
    "Tarif parkir {harga}, kok mahal?",
    "Telp {hotline} tidak aktif. {rg}",
    "NIK saya sudah dicek di 3 aplikasi.",
    "Lampu {rt} mati sejak {tgl}.",
    "SPBU {spbu} antre solar {n} jam",
]


def _short_factory(tpl, pii):
    def f(c):
        if "nip" in tpl:
            pns(c, "p1")
        return tpl
    return f


style("short", [_short_factory(t, True) for t in SHORT_PII], [_short_factory(t, False) for t in SHORT_NOPII])


# ---------------------------------------------------------------- 14. long (2,000 chars .. 4,096 bytes)
LONG_INTRO = [
    "Kepada Yth. Pengelola LAPOR! dan instansi terkait,\n\nSaya {p1.name}, NIK {p1.nik}, lahir di {p1.city} pada "
    "{p1.dob}, beralamat di {p1.addr}, {p1.area}. Melalui surat ini saya menyampaikan pengaduan yang cukup panjang "
    "karena masalahnya berlapis dan sudah berlangsung berbulan-bulan.",
    "Assalamualaikum wr. wb.\n\nPerkenalkan, nama saya {p1.name}. Saya tinggal di {p1.addr} bersama keluarga. "
    "Saya menulis ini dengan perasaan kecewa setelah berulang kali datang ke {inst} tanpa hasil.",
    "Yth. Ombudsman RI,\n\nBersama ini saya, {p1.Hon} {p1.name} (TTL {p1.city}, {p1.dobnum}; HP {p1.hp}), "
    "melaporkan dugaan maladministrasi yang menimpa keluarga kami.",
    "Selamat siang admin. Maaf panjang, tapi tolong dibaca sampai habis. Saya {p1.name}, warga {p1.area}, "
    "NIK {p1.nik}. Rumah kami di {p1.addr}.",
]
LONG_BODY = [
    "Kronologisnya begini. Pada {tgl} saya datang ke {inst} untuk mengurus dokumen. Petugas bernama {p2.name} "
    "(NIP {p2.nip}) meminta uang {harga} supaya berkas cepat selesai. Saya menolak, dan sejak itu berkas saya "
    "seperti sengaja dihambat.",
    "Saya sudah menghubungi {hotline} dan membuat laporan dengan nomor {tiket}, tetapi jawabannya hanya diminta "
    "menunggu. Padahal menurut {reg}, layanan ini punya standar waktu yang jelas.",
    "{p1.spouse} saya, {p3.name} (NIK {p3.nik}), juga mengalami hal serupa. Kartu BPJS-nya nomor {p3.bpjs} tiba-tiba "
    "nonaktif sehingga ia harus membayar sendiri saat kontrol di puskesmas.",
    "Saksi kejadian adalah tetangga kami, {p4.Hon} {p4.name}, yang tinggal di {p4.addr}. Beliau bersedia "
    "memberi keterangan dan bisa dihubungi di {p4.hp}.",
    "Selain itu, mobil dinas bernomor polisi {p5.plate} beberapa kali parkir di depan rumah kami malam hari. "
    "Pengemudinya, {p5.name}, mengaku disuruh atasannya untuk \"mengingatkan\" kami agar mencabut laporan.",
    "Uang yang pernah saya transfer karena terpaksa masuk ke rekening {p2.bankname} {p2.bank} atas nama "
    "{p2.call}. Bukti transfernya masih saya simpan.",
    "Anak kami, {p6.name}, lahir {p6.dob}, sampai sekarang belum punya akta kelahiran karena KK kami nomor "
    "{p1.kk} dianggap bermasalah oleh sistem.",
    "Foto KTP saya bahkan sempat disebar oleh akun {p7.handle}, yang belakangan kami ketahui dikelola kerabat "
    "petugas tersebut. Saya sudah melaporkannya ke platform.",
    "{rg}. Mohon maaf kalau bahasa saya campur aduk, saya sudah terlalu lelah menghadapi urusan ini.",
    "Untuk urusan pajak, NPWP saya {p1.npwp} juga tercatat ganda sehingga saya menerima surat teguran yang "
    "tidak jelas dasarnya.",
    "Ibu mertua saya, {p8.name}, ikut terdampak: namanya dicoret dari daftar penerima bantuan meski usianya sudah "
    "lanjut dan tinggal sendirian di {p8.addr}.",
]
LONG_END = [
    "Demikian pengaduan ini saya sampaikan. Saya dapat dihubungi melalui {p1.hp} atau email {p1.email}. "
    "Terima kasih atas perhatiannya.",
    "Atas perhatian Bapak/Ibu saya ucapkan terima kasih. Kontak: {p1.email}.",
    "Hormat saya,\n{p1.name}\n{p1.hp}",
]
LONG_NOPII_BODY = [
    "Kami warga {rt} Kelurahan {kel} menyampaikan keluhan bersama mengenai kondisi lingkungan yang terus "
    "memburuk dan tidak kunjung ditangani walaupun sudah berkali-kali disampaikan dalam forum warga.",
    "Ruas {jalan} mulai {km} rusak berat sejak {tgl}. Lubangnya dalam, sudah banyak pengendara motor yang jatuh, "
    "terutama malam hari ketika lampu penerangan jalan padam.",
    "Kami sudah menghubungi {hotline} dan membuat laporan dengan nomor {tiket}. Sampai hari ini belum ada petugas "
    "yang datang meninjau lokasi.",
    "Menurut {reg}, pemerintah daerah wajib menindaklanjuti pengaduan dalam jangka waktu tertentu. Kami hanya "
    "meminta hak kami sebagai warga dipenuhi.",
    "Perkiraan biaya perbaikan dari konsultan kelurahan adalah {harga}, jumlah yang kecil dibanding kerugian warga "
    "setiap bulan karena kendaraan rusak dan usaha kecil sepi pembeli.",
    "Banjir juga merendam permukiman kami, tercatat {jml}. Saluran air tersumbat sampah dan sedimen, sementara "
    "pompa air milik dinas tidak pernah dinyalakan.",
    "Sekolah dasar di dekat kami, dengan NPSN {npsn}, terpaksa meliburkan murid karena ruang kelas tergenang dan "
    "atapnya bocor di beberapa tempat.",
    "Antrean di SPBU {spbu} juga mengular sampai ke jalan raya, sehingga kemacetan makin parah setiap pagi "
    "dan sore hari.",
    "Warga yang sakit akibat banjir dirujuk ke {rs}, tetapi banyak yang ditolak dengan alasan kamar penuh.",
    "Akun {insthandle} dan email {instmail} sudah kami hubungi, namun hanya dibalas dengan pesan otomatis.",
    "Beberapa warga bercerita, \"NIK saya sudah dicek di 3 aplikasi\" tetapi bantuan tetap tidak cair. {rg}.",
    "Laporan sebelumnya di LAPOR! dengan nomor {tiket16x} ditutup sepihak dengan status selesai, padahal kondisi "
    "di lapangan tidak berubah sama sekali.",
]

LONG_NOPII_BODY += [
    "Pada rapat warga terakhir yang dihadiri {jml2}, disepakati bahwa pengaduan ini dikirim atas nama forum warga, "
    "bukan atas nama perorangan, karena hampir semua rumah tangga merasakan dampaknya secara langsung.",
    "Kami juga mencatat bahwa proyek perbaikan drainase tahun {tahun} dengan nilai kontrak {harga2} tidak selesai. "
    "Papan proyek masih berdiri, tetapi pekerjaan berhenti di tengah jalan dan material dibiarkan menumpuk.",
    "Pengendara yang melintas di {jalan2} pada malam hari harus berhati-hati karena tidak ada rambu peringatan "
    "sama sekali di sekitar galian. Sudah ada kecelakaan pada {tgl2} yang menyebabkan korban luka.",
    "Kami memahami anggaran daerah terbatas, namun setidaknya ada kejelasan jadwal. Warga siap bergotong royong "
    "membersihkan saluran jika dinas menyediakan alat berat dan truk pengangkut sedimen.",
    "Pedagang di pasar dekat {rt2} mengeluhkan omzet turun drastis karena pembeli enggan datang saat jalan "
    "tergenang. Retribusi harian tetap ditarik penuh sebesar {harga3} per lapak.",
    "Puskesmas setempat melaporkan kenaikan kasus diare dan penyakit kulit setelah genangan bertahan lebih dari "
    "seminggu. Petugas kesehatan sudah turun, tetapi persediaan obat terbatas.",
    "Kami melampirkan foto, video, dan daftar hadir rapat sebagai bukti pendukung. Seluruh dokumen dapat diminta "
    "melalui sekretariat forum warga di balai {rt3} setiap hari kerja.",
    "Harapan kami sederhana: ada petugas yang datang meninjau, ada jadwal perbaikan yang diumumkan, dan ada "
    "kanal informasi yang bisa dipantau warga tanpa harus datang berkali-kali ke kantor dinas.",
]

LONG_BODY += [
    "Kakak saya, {p9.name}, yang bekerja sebagai TKI dan baru pulang dengan paspor {p9.passport}, ikut dimintai "
    "uang ketika mengurus surat pindah. Ia sempat merekam percakapan itu.",
    "Ketua RT kami, Pak {p10.call}, sebenarnya sudah membuat surat pengantar. Beliau bisa dihubungi di telepon "
    "rumah {p10.tel} bila petugas memerlukan konfirmasi.",
    "Kami juga sudah menulis ke email pribadi kepala seksi, {p2.email}, karena email kantor tidak pernah dibalas. "
    "Sampai sekarang tidak ada jawaban apa pun.",
    "Pada kunjungan berikutnya, {tgl2}, petugas lain bernama {p11.name} mengatakan berkas saya tidak pernah "
    "tercatat. Padahal saya memegang tanda terima bernomor {tiket2}.",
]


def _long(pii):
    def f(c):
        p1 = c.P("p1")
        c.P("p3", sex="F" if p1.sex == "M" else "M")
        pns(c, "p2")
        c.P("p6", age="child")
        c.P("p8", age="old", sex="F")
        for _ in range(60):
            if pii:
                body = list(LONG_BODY)
                paras = [pick(LONG_INTRO)]
            else:
                body = list(LONG_NOPII_BODY)
                paras = ["Kepada Yth. Bapak/Ibu pengelola layanan pengaduan,"]
            R.shuffle(body)
            paras += body[:R.randint(9, 13) if pii else R.randint(12, 16)]
            paras.append(pick(LONG_END) if pii else "Demikian, atas perhatiannya kami ucapkan terima kasih.")
            pieces = c.r("\n\n".join(paras))
            t = join(pieces)[0]
            if 2000 <= len(t) and len(t.encode("utf-8")) <= 4096:
                return pieces
        raise SystemExit("could not build a long text")
    return f


style("long", [_long(True)], [_long(False)])


# ================================================================ main
ORDER = ["reses", "press", "ticket", "markup", "pdf", "glued", "family", "transport", "proxy", "english", "names",
         "thread", "short", "long"]
N_PII = {s: (23 if k < 12 else 22) for k, s in enumerate(ORDER)}     # 12*23 + 2*22 = 320
N_NOPII = {s: (6 if k < 10 else 5) for k, s in enumerate(ORDER)}     # 10*6 + 4*5 = 80
CASE_STYLES = ["reses", "press", "ticket", "family", "transport", "proxy", "names", "thread", "short"]


def build_one(style_name, i, pii):
    tpls = STYLES[style_name][0 if pii else 1]
    for _ in range(200):
        c = Ctx(style_name)
        out = tpls[i % len(tpls)](c)
        pieces = c.r(out) if isinstance(out, str) else list(out)
        if style_name in POST:
            pieces = POST[style_name](pieces, c)
        if style_name != "short" or len(join(pieces)[0]) < 80:
            return pieces, c.tags
    raise SystemExit("could not build a short text for template %d" % (i % len(tpls)))


def add_emoji(pieces):
    idx = [k for k, p in enumerate(pieces) if isinstance(p, tuple) and p[1] in LABELS and k > 0
           and isinstance(pieces[k - 1], str) and pieces[k - 1][-1:] in (" ", ":")]
    if not idx:
        return pieces, False
    k = pick(idx)
    sep = "" if pieces[k - 1].endswith(" ") else " "
    return pieces[:k] + [sep + pick(ASTRAL_EMOJI) + " "] + pieces[k:], True


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "nineteenth.jsonl")
    items = []  # [style, pii, pieces, tags]
    for s in ORDER:
        for i in range(N_PII[s]):
            pcs, tags = build_one(s, i, True)
            items.append([s, True, pcs, tags])
        for i in range(N_NOPII[s]):
            pcs, tags = build_one(s, i, False)
            items.append([s, False, pcs, tags])
    # casing: ALL CAPS and all lower case texts drawn from styles where it is natural
    cand = [k for k, it in enumerate(items) if it[0] in CASE_STYLES]
    R.shuffle(cand)
    for k in cand[:18]:
        items[k][2] = map_case(items[k][2], str.upper)
        items[k][3].append("caps")
    for k in cand[18:34]:
        items[k][2] = map_case(items[k][2], str.lower)
        items[k][3].append("lower")
    # astral-plane emoji directly before a span in extra PII texts
    cand = [k for k, it in enumerate(items) if it[1] and it[0] not in ("pdf", "markup")]
    R.shuffle(cand)
    added = 0
    for k in cand:
        if added >= 30:
            break
        if "emoji" in items[k][3]:
            continue
        items[k][2], ok = add_emoji(items[k][2])
        if ok:
            items[k][3].append("emoji")
            added += 1
    R.shuffle(items)
    records, stats = [], {s: [0, 0, 0] for s in ORDER}
    label_counts = {l: 0 for l in LABELS}
    n_caps = n_lower = n_emoji = n_regional = 0
    for n, (s, pii, pcs, tags) in enumerate(items, 1):
        rid = "t19-%04d-%s" % (n, s)
        text, spans, wl = join(pcs)
        validate(rid, s, text, spans, wl)
        if pii != bool(spans):
            fail(rid, "PII flag %s but %d spans" % (pii, len(spans)))
        if s == "short" and len(text) >= 80:
            fail(rid, "short text too long")
        if s == "long" and not (len(text) >= 2000 and len(text.encode("utf-8")) <= 4096):
            fail(rid, "long text out of bounds (%d chars)" % len(text))
        stats[s][0 if pii else 1] += 1
        stats[s][2] += len(text)
        for sp in spans:
            label_counts[sp["label"]] += 1
        n_caps += is_caps(text)
        n_lower += is_lower(text)
        n_emoji += has_emoji_before_span(text, spans)
        n_regional += any(t.startswith("regional:") for t in tags)
        records.append({"id": rid, "text": text,
                        "spans": [{"start": x["start"], "end": x["end"], "label": x["label"]} for x in spans]})
    n_free = sum(1 for r in records if not r["spans"])
    checks = [(len(records) == 400, "400 texts"), (n_free == 80, "80 PII-free texts"),
              (min(label_counts.values()) >= 20, "every label >= 20 spans"), (n_caps >= 15, ">= 15 ALL CAPS"),
              (n_lower >= 15, ">= 15 lower case"), (n_emoji >= 30, ">= 30 emoji before a span"),
              (n_regional >= 30, ">= 30 regional-language texts")]
    for ok, what in checks:
        if not ok:
            raise SystemExit("COUNT CHECK FAILED: %s (labels %r, caps %d, lower %d, emoji %d, regional %d)"
                             % (what, label_counts, n_caps, n_lower, n_emoji, n_regional))
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d texts, %d spans -> %s" % (len(records), sum(label_counts.values()), out_path))
    print("| style | with PII | without | avg chars |")
    for s in ORDER:
        p, q, ch = stats[s]
        print("| %s | %d | %d | %d |" % (s, p, q, round(ch / (p + q))))
    print("labels:", json.dumps(label_counts))
    print("caps %d, lower %d, emoji-before-span %d, regional %d" % (n_caps, n_lower, n_emoji, n_regional))


if __name__ == "__main__":
    main()
