#!/usr/bin/env python3
"""Generate seventh.jsonl: 300 annotated Indonesian complaint texts (chat / social-media /
SMS style) with PII spans, written to the annotation guide.

Standard library only, fixed seed, deterministic.  Every text is built from pieces: plain
strings and (value, LABEL) tuples; offsets are computed while joining, so they are right by
construction.  validate() runs before anything is written.

usage: python3 tests/pii_corpus/seventh/make_seventh.py
"""
import datetime
import json
import os
import random
import re

SEED = 20260707
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "seventh.jsonl")
N_TEXTS = 300

LABELS = {"NIK", "KK", "NPWP", "PHONE", "EMAIL", "PLATE", "BANK_ACCOUNT", "PASSPORT",
          "BPJS", "NIP", "PERSON", "ADDRESS", "DATE_OF_BIRTH", "HANDLE"}

# Institutional accounts / mail domains that are NOT PII (guide §3).  validate() refuses any
# @handle or e-mail outside a span unless it is listed here.
INST_HANDLES = ["@lapor1708", "@kemenkes_ri", "@pln_123", "@KemensosRI", "@BPJSKesehatanRI",
                "@DKIJakarta", "@humaspolri", "@KAI121", "@pemkotsurabaya", "@dishubdki",
                "@kemendikbud.ri", "@pemkotmedan", "@ditjenpajakri", "@imigrasi_ri",
                "@pemprovjabar", "@tmcpoldametro"]
INST_EMAILS = ["pengaduan@lapor.go.id", "humas@kemenkes.go.id", "humas@jakarta.go.id",
               "pengaduan@kemensos.go.id", "humas@surabaya.go.id", "info@imigrasi.go.id",
               "pengaduan@pajak.go.id", "ppid@bandung.go.id", "halo@bpjs-kesehatan.go.id"]

# 16-digit LAPOR! ticket numbers that appear as near-misses (year-prefixed; fail the NIK
# province check).  validate() accepts an unlabelled long digit run only if it is listed here.
NEAR_MISS_NUMBERS = set()


# --------------------------------------------------------------------------- helpers
def o(*alts):
    return R.choice(alts)


def chance(p):
    return R.random() < p


def flat(pieces):
    for p in pieces:
        if p is None or p == "":
            continue
        if isinstance(p, list):
            yield from flat(p)
        else:
            yield p


def build(pieces):
    text, spans, pos = [], [], 0
    for p in flat(pieces):
        if isinstance(p, tuple):
            v, lab = p
            spans.append({"start": pos, "end": pos + len(v), "label": lab})
            text.append(v)
            pos += len(v)
        else:
            text.append(p)
            pos += len(p)
    return "".join(text), spans


def low(pieces):
    out = []
    for p in flat(pieces):
        if isinstance(p, tuple):
            v = p[0].lower()
            assert len(v) == len(p[0])
            out.append((v, p[1]))
        else:
            out.append(p.lower())
    return out


def maybe_low(pieces, p=0.3):
    return low(pieces) if chance(p) else pieces


EMO = ["🙏", "😭", "😡", "🤦‍♀️", "😤", "👍", "🙏🙏", "😢", "🔥", "🤣", "😩", "⚠️", "🥲", "😮‍💨",
       "🙏🏻", "😠", "💔", "🤬", "😔", "👆", "‼️"]


def emo(n=1):
    return "".join(R.choice(EMO) for _ in range(n))


# --------------------------------------------------------------------------- people
PREFIX_TOKENS = {"I", "Ni", "Luh", "Andi", "La", "Ode", "Wa", "Teuku", "Tengku", "Cut",
                 "Muh.", "Abd.", "St.", "Moh.", "Ida", "Bagus", "Ayu", "Anak", "Agung",
                 "Gusti", "Cokorda", "Ngurah", "Istri", "Wayan", "Made", "Nyoman", "Ketut",
                 "Putu", "Kadek", "Komang", "Gede"}

GROUPS = {
    "jawa": dict(
        m=["Sutrisno", "Slamet Riyadi", "Bambang Purwanto", "Agus Setiyono", "Wagiman",
           "Joko Susilo", "Heru Prasetyo", "Dwi Cahyono", "Eko Wahyudi", "Sugeng Raharjo",
           "Darto", "Paimin", "Yudi Kurniawan", "Teguh Santoso", "Ari Wibowo", "Suparno",
           "Gatot Subekti", "Wahyu Nugroho", "Sarwono", "Tukiman", "Priyo Utomo",
           "Hartono", "Mujiyono", "Sukardi"],
        f=["Sri Wahyuni", "Suparmi", "Tri Handayani", "Endang Lestari", "Sulastri",
           "Wulan Sari", "Dewi Kusumawati", "Ratna Ningsih", "Siti Aminah", "Rini Astuti",
           "Sumarni", "Yuli Purwaningsih", "Ngatini", "Puji Rahayu", "Nurul Hidayah",
           "Kartika Sari", "Tumini", "Wartini", "Sriyati", "Lestari Widodo", "Winarsih"],
        kab=["3374", "3372", "3471", "3404", "3402", "3578", "3515", "3573", "3507", "3310",
             "3302", "3313", "3517"],
        plate=["H", "AB", "L", "W", "AD", "N", "G", "K", "R", "AA", "S", "AG"],
        area=["024", "0274", "031", "0271", "0341"],
        hm=["Pak", "Mas", "Bapak", "Pakde", "Cak", "Bpk"], hf=["Bu", "Mbak", "Ibu", "Bude", "Mbok"]),
    "sunda": dict(
        m=["Asep Saepudin", "Ujang Sopandi", "Dede Rohmat", "Cecep Hidayat", "Aep Saefulloh",
           "Iwan Setiawan", "Dadang Suhendar", "Ade Supriatna", "Jajang Nurjaman",
           "Engkos Kosasih", "Deden Sukmana", "Yayat Sudrajat", "Ujang", "Oding Juhana",
           "Endang Sobari", "Rahmat Hidayat"],
        f=["Euis Komalasari", "Cucu Sumiati", "Lilis Suryani", "Imas Masitoh", "Ai Nurhayati",
           "Iis Rohaeti", "Nining Kurniasih", "Teti Herawati", "Enok Sartika", "Yuyun Wahyuni",
           "Entin", "Popon Suryati"],
        kab=["3273", "3204", "3201", "3271", "3277", "3205", "3206", "3278", "3202", "3211"],
        plate=["D", "F", "Z", "E", "T"],
        area=["022", "0251", "0262", "0265"],
        hm=["Kang", "Pak", "Mang", "Aa"], hf=["Teh", "Bu", "Ceu", "Ibu"]),
    "betawi": dict(
        m=["Mamat", "Rojali", "Sarmin", "Naim", "Mursid", "Bahrudin", "Jaelani", "Rohim",
           "Ahmad Sanusi", "Muhidin", "Zainal Arifin"],
        f=["Atun", "Mulyati", "Rohayah", "Saodah", "Munaroh", "Juleha", "Siti Masitoh",
           "Nur Aini"],
        kab=["3171", "3172", "3173", "3174", "3175"],
        plate=["B"], area=["021"],
        hm=["Bang", "Pak", "Babeh", "Engkong", "Bapak"], hf=["Mpok", "Bu", "Nyak", "Ibu"]),
    "batak": dict(
        m=["Togar Simanjuntak", "Parulian Hutagalung", "Hotman Sitorus", "Maruli Nainggolan",
           "Binsar Siregar", "Jonggi Pardede", "Sahat Manurung", "Tumpal Simatupang",
           "Poltak Situmorang", "Ridwan Lubis", "Irfan Nasution", "Darwin Harahap",
           "Parlin Sihombing"],
        f=["Rosmawati br. Sinaga", "Lasma boru Panjaitan", "Rugun br Siahaan",
           "Tiurma Hutapea", "Dame br. Tambunan", "Mariani Simbolon", "Sondang boru Napitupulu",
           "Nurhaida Lubis", "Rina Sari Nasution"],
        kab=["1271", "1207", "1212", "1202", "1273", "1275"],
        plate=["BK", "BB"], area=["061", "0622"],
        hm=["Bang", "Lae", "Amang", "Pak", "Tulang"], hf=["Kak", "Inang", "Bu", "Namboru"]),
    "minang": dict(
        m=["Rizal Effendi", "Afrizal", "Fadli Yusra", "Zulkifli", "Hendri Saputra",
           "Yulfiadi", "Erwin Syafrizal", "Syafrudin"],
        f=["Yulisma", "Elvira Yanti", "Fitri Handayani", "Nelly Marlina", "Desi Ratnasari",
           "Rosnelly", "Yusnimar"],
        kab=["1371", "1375", "1306", "1304"],
        plate=["BA"], area=["0751", "0752"],
        hm=["Uda", "Pak", "Mak", "Angku"], hf=["Uni", "Bu", "Etek"]),
    "bugis": dict(
        m=["Andi Baso Amir", "Muh. Arfah", "Syamsul Bahri", "Abd. Rahman", "Ilham Jaya",
           "Sudirman Rahim", "Andi Arman", "Rusdi Mappasessu", "Akbar Mappiare", "Muh. Ikhsan"],
        f=["Andi Tenri Sanna", "St. Aisyah", "Hasnawati", "Nurhayati Lathief",
           "Sitti Rahmawati", "Rosmiati", "Andi Nurul Fadillah"],
        kab=["7371", "7311", "7306", "7372", "7308"],
        plate=["DD", "DW", "DP"], area=["0411", "0421"],
        hm=["Daeng", "Pak", "Puang", "Bapak"], hf=["Daeng", "Bu", "Puang", "Kak"]),
    "bali": dict(
        m=["I Wayan Sudarsana", "I Made Suardika", "I Nyoman Wirawan", "I Ketut Budiarta",
           "I Putu Arya Dharma", "I Gede Sukerta", "Ida Bagus Putu Mantra",
           "Anak Agung Gede Rai", "I Gusti Ngurah Oka", "Cokorda Raka Pemayun",
           "I Komang Mahendra"],
        f=["Ni Luh Ariani", "Ni Made Sukarmini", "Ni Ketut Suarningsih", "Ni Putu Darmayanti",
           "Ni Wayan Sri Widyastuti", "Ida Ayu Ketut Sri", "Ni Kadek Yuliantari"],
        kab=["5171", "5103", "5104", "5108", "5102"],
        plate=["DK"], area=["0361", "0362"],
        hm=["Bli", "Pak", "Bapak"], hf=["Mbok", "Bu", "Ibu"]),
    "manado": dict(
        m=["Stevie Lumintang", "Frangky Pangemanan", "Jefry Rumengan", "Roni Tumbelaka",
           "Hendrik Wowor", "Noldy Kaunang", "Alfian Mokodompit", "Vicky Sumampouw"],
        f=["Meiske Rondonuwu", "Nova Tangkilisan", "Christy Supit", "Grace Sumual",
           "Yolanda Lengkong", "Deisy Mamahit", "Olvie Rompas"],
        kab=["7171", "7172", "7102", "7105"],
        plate=["DB"], area=["0431", "0438"],
        hm=["Om", "Pak", "Kaka"], hf=["Tante", "Ibu", "Kaka", "Ci"]),
    "madura": dict(
        m=["Marsuki", "Moh. Hasan", "Abd. Rahem", "Sumarto", "Muhlis", "Fathorrahman",
           "Sahrul", "Mat Sahri", "Moh. Syaiful", "Hosnan"],
        f=["Sitti Maimunah", "Halimah", "Rukayyah", "Suhaimah", "Nurul Qomariyah",
           "Mas'udah", "Sunaiyah"],
        kab=["3526", "3527", "3528", "3529"],
        plate=["M"], area=["031", "0324", "0328"],
        hm=["Pak", "Cak", "Ji", "Bapak"], hf=["Bu", "Mbak", "Ning"]),
    "aceh": dict(
        m=["Teuku Rizki Maulana", "Tengku Zulfikar", "Muhammad Iqbal", "Zulkarnaini",
           "Fauzan Hamdi", "Mukhlis Ibrahim", "Teuku Agam"],
        f=["Cut Nurul Azizah", "Nurmalawati", "Rahmi Husna", "Cut Rina Safitri", "Yusra Wati"],
        kab=["1171", "1108", "1173", "1111"],
        plate=["BL"], area=["0651", "0645"],
        hm=["Pak", "Bang", "Abu", "Abang"], hf=["Bu", "Kak", "Ummi"]),
    "timur": dict(
        m=["Yohanis Wenda", "Frans Rumbiak", "Nus Latuconsina", "Marthen Kafiar",
           "Yakob Mandacan", "Ronald Pattiasina", "Elia Tabuni", "Semuel Wattimury",
           "Yoseph Bria", "Agustinus Nahak", "Kornelis Seran"],
        f=["Maria Tuhuteru", "Yuliana Rumbewas", "Agustina Wanma", "Sarlota Imbiri",
           "Ester Pattipeilohy", "Magdalena Sapulete", "Maria Goreti Nahak", "Yasinta Seran"],
        kab=["9171", "9103", "8171", "8101", "5371", "5306"],
        plate=["PA", "DE", "DH"], area=["0967", "0911", "0380"],
        hm=["Bapa", "Om", "Pak", "Kaka", "Bung"], hf=["Mama", "Tanta", "Ibu", "Usi", "Kaka"]),
    "buton": dict(
        m=["La Ode Hasrun", "La Ode Muh. Sabar", "La Ode Arsyad", "Hamiruddin"],
        f=["Wa Ode Nurhayati", "Wa Ode Sitti Marlina", "Wa Ode Fitriani"],
        kab=["7472", "7404", "7471"],
        plate=["DT"], area=["0402", "0401"],
        hm=["Pak", "Bapak", "Kak"], hf=["Bu", "Ibu", "Kak"]),
    "banjar": dict(
        m=["Muhammad Hairiansyah", "Rahmadi", "Fahriannor", "Syahrani", "Ahmad Rizani"],
        f=["Norhayati", "Siti Jamilah", "Mahrita", "Masrah"],
        kab=["6371", "6471", "6303", "6472"],
        plate=["DA", "KT"], area=["0511", "0542"],
        hm=["Pak", "Julak", "Bapak", "Bang"], hf=["Bu", "Acil", "Ibu"]),
    "kota": dict(
        m=["Rizky Pratama", "Fajar Nugraha", "Kevin Ardiansyah", "Dimas Aditya",
           "Bagas Saputra", "Raka Firmansyah", "Hendra Wijaya", "Kevin Tanoto",
           "Willy Gunawan", "Sugianto Halim", "Abdullah bin Salim", "Reza Mahendra",
           "Galih Permana", "Yoga"],
        f=["Nabila Putri", "Aulia Rahma", "Salsabila Azzahra", "Tiara Anindita",
           "Cindy Oktaviani", "Putri Maharani", "Lie Siu Lan", "Meilani Kurniawan",
           "Yenny Tjahjadi", "Fransiska Liem", "Fatimah binti Ahmad", "Anisa", "Shinta Dewi"],
        kab=["3276", "3275", "3671", "3674", "3216", "3603", "2171", "1471", "6171", "1671"],
        plate=["B", "BP", "BM", "BG", "KB"], area=["021", "0778", "0761", "0711"],
        hm=["Mas", "Bang", "Kak", "Pak", "Sdr."], hf=["Mbak", "Kak", "Bu", "Sdri."]),
}
GROUP_NAMES = sorted(GROUPS)
USED_NAMES = {}


class Person:
    def __init__(self, group=None, sex=None, y0=1950, y1=2003):
        self.group = group or R.choice(GROUP_NAMES)
        g = GROUPS[self.group]
        self.sex = sex or o("M", "F")
        pool = g["m"] if self.sex == "M" else g["f"]
        # prefer names not used yet, to spread the pool
        fresh = [n for n in pool if USED_NAMES.get(n, 0) == min(USED_NAMES.get(x, 0) for x in pool)]
        self.full = R.choice(fresh)
        if self.full.startswith("Hj. "):
            self.full = self.full[4:]
        USED_NAMES[self.full] = USED_NAMES.get(self.full, 0) + 1
        toks = self.full.split()
        rest = [t for t in toks if t not in PREFIX_TOKENS]
        self.call = rest[0] if rest else toks[-1]
        y = R.randint(y0, y1)
        m = R.randint(1, 12)
        d = R.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
        self.dob = datetime.date(y, m, d)
        self.prefix6 = R.choice(g["kab"]) + f"{R.randint(1, 24):02d}"
        self._nik = None
        self._kk = None
        self._hp = None
        self._hon = None

    def hon(self, fresh=False):
        g = GROUPS[self.group]
        if fresh or self._hon is None:
            self._hon = R.choice(g["hm"] if self.sex == "M" else g["hf"])
        return self._hon

    @property
    def nik(self):
        if self._nik is None:
            dd = self.dob.day + (40 if self.sex == "F" else 0)
            self._nik = (f"{self.prefix6}{dd:02d}{self.dob.month:02d}{self.dob.year % 100:02d}"
                         f"{R.randint(1, 160):04d}")
        return self._nik

    @property
    def kk(self):
        if self._kk is None:
            y = R.randint(2008, 2025)
            m = R.randint(1, 12)
            d = R.randint(1, 28)
            self._kk = f"{self.prefix6}{d:02d}{m:02d}{y % 100:02d}{R.randint(1, 9999):04d}"
        return self._kk

    @property
    def hp(self):
        if self._hp is None:
            self._hp = phone_digits()
        return self._hp

    def first_last(self):
        toks = [t for t in self.full.split() if t not in PREFIX_TOKENS]
        return toks


def pp(group=None, sex=None, **kw):
    return Person(group, sex, **kw)


# --------------------------------------------------------------------------- numbers
def fmt16(d, style=None):
    style = style or o("plain", "plain", "sp4", "dash4", "dot", "dot4", "odd", "sp_pairs")
    if style == "plain":
        return d
    if style == "sp4":
        return " ".join(d[i:i + 4] for i in range(0, len(d), 4))
    if style == "dash4":
        return "-".join(d[i:i + 4] for i in range(0, len(d), 4))
    if style == "dot4":
        return ".".join(d[i:i + 4] for i in range(0, len(d), 4))
    if style == "dot":
        return f"{d[0:2]}.{d[2:4]}.{d[4:6]}.{d[6:12]}.{d[12:]}"
    if style == "odd":
        return f"{d[:6]} {d[6:12]} {d[12:]}"
    if style == "sp_pairs":
        return f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:12]} {d[12:]}"
    raise ValueError(style)


def nik(p, style=None):
    return fmt16(p.nik, style)


def nik_typo(p, style=None):
    d = p.nik
    if chance(0.5):            # 15 digits: a digit dropped
        i = R.randint(6, 15)
        d = d[:i] + d[i + 1:]
    else:                      # 17 digits: a digit doubled
        i = R.randint(4, 15)
        d = d[:i] + d[i] + d[i:]
    style = style or o("plain", "plain", "sp4")
    if style == "sp4":
        return " ".join(d[i:i + 4] for i in range(0, len(d), 4))
    return d


def kk(p, style=None):
    return fmt16(p.kk, style)


PHONE_PREFIX = ["0811", "0812", "0813", "0821", "0822", "0823", "0851", "0852", "0853", "0814",
                "0815", "0816", "0855", "0856", "0857", "0858", "0817", "0818", "0819", "0859",
                "0877", "0878", "0831", "0832", "0833", "0838", "0895", "0896", "0897", "0898",
                "0899", "0881", "0882", "0883", "0887", "0888", "0889"]


def phone_digits():
    n = o(11, 12, 12, 12, 13)
    d = R.choice(PHONE_PREFIX)
    d += str(R.randint(1, 9))
    while len(d) < n:
        d += str(R.randint(0, 9))
    return d


def fmt_phone(d, style=None):
    style = style or o("plain", "plain", "dash", "space", "dot", "p62dash", "p62", "62",
                       "p62paren", "s3", "p62space", "dash2")
    r = d[1:]
    if style == "plain":
        return d
    if style == "dash":
        return f"{d[:4]}-{d[4:8]}-{d[8:]}"
    if style == "dash2":
        return f"{d[:4]}-{d[4:]}"
    if style == "space":
        return f"{d[:4]} {d[4:8]} {d[8:]}"
    if style == "dot":
        return f"{d[:4]}.{d[4:8]}.{d[8:]}"
    if style == "p62dash":
        return f"+62 {r[:3]}-{r[3:7]}-{r[7:]}"
    if style == "p62":
        return "+62" + r
    if style == "62":
        return "62" + r
    if style == "p62paren":
        return f"(+62) {r[:3]} {r[3:7]} {r[7:]}"
    if style == "p62space":
        return f"+62 {r[:3]} {r[3:7]} {r[7:]}"
    if style == "s3":
        return f"{d[:4]} {d[4:7]} {d[7:10]} {d[10:]}"
    raise ValueError(style)


def phone(p=None, style=None):
    d = p.hp if p is not None else phone_digits()
    return fmt_phone(d, style)


def phone_split(p=None):
    """phone written across a line break; returns a single value containing a newline"""
    d = p.hp if p is not None else phone_digits()
    k = R.randint(4, 8)
    sep = o("\n", "-\n", " \n")
    v = d[:k] + sep + d[k:]
    return v


def landline(group=None):
    g = GROUPS[group or R.choice(GROUP_NAMES)]
    code = R.choice(g["area"])
    n = 8 if code == "021" and chance(0.5) else (7 if len(code) <= 3 else 6)
    num = str(R.randint(2, 8)) + "".join(str(R.randint(0, 9)) for _ in range(n - 1))
    style = o("paren", "dash", "paren_dash", "space")
    if style == "paren":
        return f"({code}) {num}"
    if style == "dash":
        return f"{code}-{num}"
    if style == "paren_dash":
        return f"({code}) {num[:3]}-{num[3:]}"
    return f"{code} {num}"


def npwp_old(style=None):
    a = R.choice(["04", "05", "06", "07", "08", "09"])
    b = "".join(str(R.randint(0, 9)) for _ in range(6))
    c = str(R.randint(0, 9))
    k = f"{R.randint(100, 999)}"
    style = style or o("dots", "dots", "plain", "zero16")
    if style == "dots":
        return f"{a}.{b[:3]}.{b[3:]}.{c}-{k}.000"
    if style == "plain":
        return f"{a}{b}{c}{k}000"
    return f"0{a}{b}{c}{k}000"


def bank(kind=None):
    kind = kind or o("BRI", "BNI", "BCA", "Mandiri", "BSI", "BTN", "CIMB Niaga", "Bank Jatim",
                     "Bank Nagari", "BPD Bali")
    rd = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    if kind == "BRI":
        d = f"{R.randint(1, 9999):04d}" + "01" + rd(6) + f"{R.randint(10, 59)}" + rd(1)
        v = o(f"{d[:4]}-{d[4:6]}-{d[6:12]}-{d[12:14]}-{d[14]}", d, f"{d[:4]} {d[4:6]} {d[6:12]} {d[12:]}")
    elif kind == "Mandiri":
        d = f"1{R.randint(10, 79)}" + "00" + rd(8)
        v = o(f"{d[:3]}-{d[3:5]}-{d[5:12]}-{d[12]}", d)
    elif kind == "BTN":
        d = "00" + rd(14)
        v = o(d, f"{d[:4]}-{d[4:6]}-{d[6:]}")
    elif kind == "CIMB Niaga":
        d = "70" + rd(o(11, 12))
        v = d
    else:
        d = str(R.randint(1, 9)) + rd(9)
        v = o(d, f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}")
    return kind, v


def passport():
    return R.choice("ABCEX") + o("", "", " ") + f"{R.randint(0, 9999999):07d}"


def bpjs(style=None):
    d = "000" + f"{R.randint(1, 9)}" + "".join(str(R.randint(0, 9)) for _ in range(9))
    style = style or o("plain", "plain", "grp")
    if style == "grp":
        return f"{d[:4]} {d[4:8]} {d[8:12]} {d[12]}"
    return d


def nip(p):
    ay = min(2023, p.dob.year + R.randint(22, 35))
    am = R.choice([1, 2, 3, 4, 12])
    sx = "1" if p.sex == "M" else "2"
    s = f"{R.randint(1, 12):03d}"
    b = f"{p.dob.year}{p.dob.month:02d}{p.dob.day:02d}"
    t = f"{ay}{am:02d}"
    return o(f"{b} {t} {sx} {s}", f"{b}{t}{sx}{s}", f"{b} {t} {sx}{s}")


BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember"]
BLN3 = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def dob(p, style=None):
    d = p.dob
    style = style or o("long", "dash", "slash", "short", "dot", "iso", "long")
    if style == "long":
        return f"{d.day} {BULAN[d.month - 1]} {d.year}"
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "short":
        return f"{d.day} {BLN3[d.month - 1]} {d.year}"
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    return f"{d.year}-{d.month:02d}-{d.day:02d}"


CITY = {"jawa": ["Semarang", "Klaten", "Sleman", "Sidoarjo", "Malang", "Solo", "Purwokerto"],
        "sunda": ["Bandung", "Garut", "Tasikmalaya", "Cimahi", "Bogor", "Sukabumi"],
        "betawi": ["Jakarta", "Jakarta"], "batak": ["Medan", "Tarutung", "Balige", "Siantar"],
        "minang": ["Padang", "Bukittinggi", "Payakumbuh"], "bugis": ["Makassar", "Bone", "Parepare"],
        "bali": ["Denpasar", "Gianyar", "Singaraja"], "manado": ["Manado", "Bitung", "Tomohon"],
        "madura": ["Bangkalan", "Sampang", "Pamekasan", "Sumenep"],
        "aceh": ["Banda Aceh", "Lhokseumawe", "Bireuen"], "timur": ["Jayapura", "Ambon", "Kupang"],
        "buton": ["Baubau", "Pasarwajo"], "banjar": ["Banjarmasin", "Balikpapan", "Martapura"],
        "kota": ["Depok", "Bekasi", "Tangerang", "Batam", "Pekanbaru", "Pontianak", "Palembang"]}


def city(p):
    return R.choice(CITY[p.group])


def email(p, domain=None):
    toks = [t.lower().replace(".", "").replace("'", "") for t in p.first_last()]
    a = toks[0]
    b = toks[-1] if len(toks) > 1 else o("", "official", "id", "real")
    n = o("", str(R.randint(1, 99)), str(p.dob.year), f"{p.dob.year % 100:02d}", "_")
    sep = o(".", "_", "", ".")
    local = (a + sep + b + n).strip("._") if b else a + n
    if local.endswith("_") or local.endswith("."):
        local = local[:-1]
    domain = domain or o("gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.co.id",
                         "ymail.com", "outlook.com", "hotmail.com", "icloud.com")
    return f"{local}@{domain}"


def handle(p):
    toks = [t.lower().replace(".", "").replace("'", "") for t in p.first_last()]
    a = toks[0]
    b = toks[-1] if len(toks) > 1 else ""
    form = o("a_b", "ab", "a.b", "a_n", "an", "a_b_", "xa", "a_real")
    n = str(R.randint(2, 99))
    if form == "a_b":
        h = f"{a}_{b}" if b else f"{a}_{n}"
    elif form == "ab":
        h = f"{a}{b}" if b else f"{a}{n}"
    elif form == "a.b":
        h = f"{a}.{b}" if b else f"{a}.{n}"
    elif form == "a_n":
        h = f"{a}_{n}"
    elif form == "an":
        h = f"{a}{n}"
    elif form == "a_b_":
        h = f"{a}_{b}_" if b else f"_{a}_"
    elif form == "xa":
        h = f"{o('its', 'iam', 'bang', 'kak', 'mas')}{a}"
    else:
        h = f"{a}_{o('real', 'official', 'id', 'jkt', 'mdn', 'sby')}"
    return "@" + h


def plate(group=None, lower=False):
    g = GROUPS[group or R.choice(GROUP_NAMES)]
    code = R.choice(g["plate"])
    num = str(R.randint(1, 9999))
    suf = "".join(R.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(o(1, 2, 2, 3, 3)))
    style = o("sp", "sp", "sp", "glued", "dash")
    v = {"sp": f"{code} {num} {suf}", "glued": f"{code}{num}{suf}", "dash": f"{code}-{num}-{suf}"}[style]
    return v.lower() if lower else v


# --------------------------------------------------------------------------- addresses
STREETS = ["Kenari", "Flamboyan", "Cempaka", "Melati", "Anggrek", "Dahlia", "Kamboja", "Nangka",
           "Rambutan", "Pelita", "Swadaya", "Bakti", "Kebon Jeruk", "Tanah Merah", "Kali Baru",
           "Pemuda", "Karya Bersama", "Sukun", "Manggis", "Asem", "Bougenville", "Mawar Merah",
           "Beringin", "Pinang", "Sawo Kecik", "Wijaya Kusuma", "Rajawali", "Perintis",
           "Mesjid Al-Ikhlas", "Sepakat", "Tenggiri", "Kakap", "Bhayangkara"]
ROMAN = ["", "", "", " II", " III", " IV", " V", " VII", " 2", " 3"]
PERUM = ["Perum Bumi Citra Lestari", "Perum Taman Sari Indah", "Perum Puri Kartika",
         "Perumahan Villa Mutiara", "Perum Graha Permai", "Perumnas Klender",
         "Perum Pondok Hijau", "Perumahan Bukit Cemara"]
KOMP = ["Komp. Taman Cibodas", "Kompleks Pemda", "Komplek Deplu", "Komp. Batan Indah",
        "Kompleks Griya Mulya", "Komplek Perhubungan", "Komp. PJKA"]
BTNS = ["BTN Antang Jaya", "BTN Minasa Upa", "BTN Hamzy", "BTN Pao-Pao Permai"]
DUSUN = ["Dusun Sumberejo", "Dsn. Ngemplak", "Dusun Wonosari", "Dusun Karanganyar",
         "Dusun Cikadu", "Dsn. Tegalsari", "Dusun Lembah Hijau", "Dusun Bangunrejo"]
KAMPUNG = ["Kp. Cibeureum", "Kp. Rawa Bebek", "Kp. Sawah", "Kampung Pulo", "Kp. Babakan",
           "Kp. Cikaret"]
LORONG = ["Lr. Kenari", "Lrg. Sepakat", "Lorong Damai", "Lr. Jambu", "Lrg. Pendidikan"]
JORONG = ["Jorong Koto Tuo", "Jorong Padang Laweh", "Jorong Sungai Tanang"]


def house_no():
    n = R.randint(1, 120)
    suf = o("", "", "", "a", "A", "B", "c")
    form = o("No. {}", "no {}", "No.{}", "nomor {}", "no.{}", "No {}", "No. {}")
    return form.format(f"{n}{suf}")


def rtrw():
    rt, rw = R.randint(1, 16), R.randint(1, 12)
    return o(f"RT {rt:02d}/RW {rw:02d}", f"rt {rt} rw {rw}", f"rt.{rt:02d}/rw.{rw:02d}",
             f"RT {rt:03d} RW {rw:03d}", f"RT.{rt}/RW.{rw}", f"rt {rt:02d}/{rw:02d}",
             f"RT {rt} RW {rw}", f"RT{rt:02d}/RW{rw:02d}", f"Rt {rt} Rw {rw}")


def street():
    return R.choice(STREETS) + R.choice(ROMAN)


def addr(kind=None, rt_p=0.65, bare_street=False):
    kind = kind or o("jl", "jl", "jl", "gg", "gg", "jlgg", "perum", "komp", "dusun", "kp", "lr",
                     "btn", "jorong")
    jl = o("Jl.", "Jl.", "Jln.", "Jalan", "jl", "Jl")
    if kind == "jl":
        v = f"{jl} {street()} {house_no()}"
    elif kind == "gg":
        v = f"{o('Gg.', 'Gg.', 'gg', 'Gang')} {street()} {house_no()}"
    elif kind == "jlgg":
        v = f"{jl} {street()} {o('Gg.', 'gg.')} {street()} {house_no()}"
    elif kind == "perum":
        v = f"{R.choice(PERUM)} Blok {R.choice('ABCDEFGH')}{R.randint(1, 12)} {house_no()}"
    elif kind == "komp":
        v = f"{R.choice(KOMP)} {o('Blok ' + R.choice('ABCDEF') + str(R.randint(1, 9)) + ' ', '')}{house_no()}"
    elif kind == "btn":
        v = f"{R.choice(BTNS)} Blok {R.choice('ABCDE')}{R.randint(1, 20)} {house_no()}"
    elif kind == "lr":
        v = f"{R.choice(LORONG)} {house_no()}"
    elif kind == "dusun":
        v = f"{R.choice(DUSUN)}"
        rt_p = 1.0
    elif kind == "kp":
        v = f"{R.choice(KAMPUNG)}"
        rt_p = 1.0
    elif kind == "jorong":
        v = f"{R.choice(JORONG)}"
        rt_p = 0.0
    else:
        raise ValueError(kind)
    if chance(rt_p):
        v += o(" ", ", ", " ") + rtrw()
    return v


KEL = ["Sukajadi", "Pasir Kaliki", "Tegalrejo", "Karang Anyar", "Sukamaju", "Mekarsari",
       "Cipinang Besar", "Rawamangun", "Sidomulyo", "Kebonsari", "Margahayu", "Tamansari",
       "Bojongsari", "Padang Bulan", "Lappa", "Tello Baru", "Pedungan", "Malalayang",
       "Sumbersari", "Tanjung Rejo", "Wonokromo", "Pakuncen", "Kotabaru", "Ciracas"]


def area_tail():
    k = R.choice(KEL)
    return o(f", Kel. {k}", f" kel {k}", f", Desa {k}", f" desa {k}", f", Kelurahan {k}",
             f" kec. {k}", f", {k}", "")


def ticket16():
    y = R.choice([2023, 2024, 2025, 2026])
    t = f"{y}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + "".join(str(R.randint(0, 9)) for _ in range(8))
    NEAR_MISS_NUMBERS.add(t)
    return t


def ticket7():
    return f"{R.randint(1000000, 9999999)}"


def wa_dt():
    return datetime.datetime(R.choice([2025, 2026]), R.randint(1, 12), R.randint(1, 28),
                             R.randint(5, 22), R.randint(0, 59))


class Chat:
    def __init__(self, style=None):
        self.style = R.randint(0, 4) if style is None else style
        self.dt = wa_dt()

    def t(self):
        self.dt += datetime.timedelta(minutes=R.randint(0, 25), seconds=R.randint(0, 59))
        d = self.dt
        if self.style == 0:
            return f"[{d:%d/%m/%y} {d:%H.%M}] "
        if self.style == 1:
            return f"[{d.hour:02d}:{d.minute:02d}, {d.day}/{d.month}/{d.year}] "
        if self.style == 2:
            return f"{d.day}/{d.month}/{d:%y}, {d:%H.%M} - "
        if self.style == 3:
            return f"[{d:%d/%m/%Y}, {d:%H:%M:%S}] "
        return f"[{d:%H.%M}] "


def who(p, hon=True, suffix=""):
    """WhatsApp sender label: honorific + call name (+ contact-list suffix)"""
    out = []
    if hon:
        out.append(p.hon() + " ")
    out.append((p.call, "PERSON"))
    if suffix:
        out.append(" " + suffix)
    return out


# =========================================================================== frames
FRAMES = []


def frame(n):
    def deco(fn):
        FRAMES.append((fn, n))
        return fn
    return deco


P = "PERSON"


# --------------------------------------------------------------- WhatsApp chats
@frame(4)
def wa_banjir():
    c = Chat()
    rt = pp(sex="F")
    w = pp()
    L = [o("Fwd dari grup WA warga, mohon ditindaklanjuti:\n", "Ini chat grup RT kami min 👇\n",
           "Diteruskan:\n", "")]
    L += [c.t(), "Bu ", (rt.call, P), " RT: ",
          o("ibu2 bpk2 yg rumahnya kemasukan air tlg japri sy ya, utk didata bantuan 🙏",
            "warga yg kebanjiran smlm tlg lapor sy, bsk pagi didata kelurahan",
            "yg rumahnya kena banjir tlg kirim alamat lengkap ya, sy rekap utk BPBD"), "\n"]
    L += [c.t(), who(w), ": ", o("sy bu", "sy juga buuu", "sy bu RT", "lapor bu"), ", rumah sy ",
          (addr(), "ADDRESS"), " ",
          o("air msh selutut " + emo(2), "kasur sdh basah semua " + emo(), "airnya blm surut2 dr subuh",
            "dapur ambrol bu 😭"), "\n"]
    L += [c.t(), "Bu ", (rt.call, P), " RT: ", o("ok, no hp nya berapa?", "siap, kirim no wa ya",
                                                  "nomer yg bs dihubungi petugas?"), "\n"]
    L += [c.t(), who(w), ": ", (phone(w), "PHONE"), o("", " bu", " itu wa jg", " mksh bu 🙏")]
    return L


@frame(3)
def wa_pungli_kades():
    c = Chat()
    kd = pp(sex="M")
    me = pp()
    role = o("Pak Kades", "Kades", "Pak Sekdes", "Pak Carik", "Kadus")
    kind, acc = bank(o("BRI", "BRI", "BNI", "BSI", "Mandiri", "Bank Jatim"))
    L = [o("Min ini bukti chat sy dgn perangkat desa, diminta transfer utk ngurus sertifikat:\n",
           "Sy lampirkan chat yg minta uang pelicin 👇\n", "Tolong ditindak, ini chat aslinya:\n")]
    L += [c.t(), role, ": ", o("sdh sy bilang, kalau mau cepet ya ada biayanya",
                               "berkasnya blm bisa naik kalau blm ada uang rokoknya",
                               "PTSL itu gratis tp ukurnya kan butuh bensin"), "\n"]
    L += [c.t(), o("Saya", "Sy", "Me"), ": ", o("brp pak?", "berapa pak totalnya?", "mahal bgt pak 😢",
                                              "gmn pak caranya?"), "\n"]
    L += [c.t(), role, ": ", o("Rp2,5jt aja", "1,5jt, itu sdh murah", "3 juta, bs dicicil 2x",
                               "800rb per bidang"), ". ",
          o("tf ke rek ", "transfer ke ", "kirim ke "), kind, " ", (acc, "BANK_ACCOUNT"), " ",
          o("a.n. ", "an ", "atas nama ", "a/n "), (kd.full, P), "\n"]
    L += ["\n", o("Sy ", "Pelapor: ", "Yg lapor "), (me.full, P), o(", hp ", " wa ", " - "),
          (phone(me), "PHONE")]
    return L


@frame(3)
def wa_penipuan_bansos():
    c = Chat()
    mom = pp(sex="F", y0=1950, y1=1975)
    scam = phone_digits()
    s1 = fmt_phone(scam, o("p62dash", "p62space"))
    L = [o("Ada yg WA ibu sy ngaku dr dinsos, minta data. Ini chatnya:\n",
           "Hati2 penipuan bansos!! nomor ini chat ibu sy:\n",
           "Min, apa bener ini petugas PKH? ss chat:\n")]
    L += [c.t(), (s1, "PHONE"), ": ",
          o("Selamat siang ibu, sy pendamping PKH. Ibu dpt bantuan Rp600rb, tlg kirim data KTP & KK ya",
            "Slmt pagi bu, bansos ibu cair tp hrs verifikasi dulu, kirim nik dan kk"), "\n"]
    L += [c.t(), who(mom, suffix=o("", "", "(Mamah)")), ": ",
          o("ini pak nik sy ", "nik ", "nik sy "), (nik(mom), "NIK"), o(" kk ", " no kk ", ", kk: "),
          (kk(mom), "KK"), "\n"]
    L += [c.t(), (fmt_phone(scam, o("p62dash", "p62space")), "PHONE"), ": ",
          o("ok bu, skrg transfer biaya admin 150rb dulu ke DANA ", "sip bu, biaya materai 75rb ke ovo "),
          (phone(None, o("plain", "dash")), "PHONE"), "\n"]
    L += [o("Untung blm sy transfer " + emo(), "Ibu sy sdh terlanjur kirim 150rb 😭 tlg diusut",
            "tlg ditindak min, korbannya banyak")]
    return L


@frame(3)
def wa_tabrak_lari():
    c = Chat(style=2)
    g = R.choice(GROUP_NAMES)
    w1 = pp(g)
    w2 = pp()
    L = [o("Kronologi dr grup ojol, mohon polisi cek cctv:\n", "Chat grup driver:\n", "")]
    sfx = o("Ojol", "Gojek", "Grab", "Maxim")
    L += [c.t(), who(w1, suffix=sfx), ": ",
          o("td ada mobil nabrak ibu2 penjual sayur di pertigaan pasar, langsung kabur!!",
            "barusan ada yg diserempet truk di flyover, truknya ga brenti",
            "ada pengendara motor ditabrak lari dpn indomaret, korban dibawa ke RSUD"), "\n"]
    L += [c.t(), who(w2), ": ", o("platnya kecatet ga?", "nopolnya brp?", "ada yg foto platnya?"), "\n"]
    L += [c.t(), who(w1, suffix=sfx), ": ",
          o("sempet kefoto ", "inget sy ", "plat "), (plate(g), "PLATE"), " ",
          o("avanza item", "xenia silver", "truk engkel kuning", "pajero putih", "pick up L300"), "\n"]
    L += [c.t(), who(w2), ": ", o("lapor 110 aja", "sdh sy teruskan ke TMC", "share ke grup sebelah")]
    return L


@frame(3)
def wa_bpjs_ibu():
    c = Chat()
    mom = pp(sex="F", y0=1940, y1=1965)
    ch = pp(mom.group)
    L = [o("", "Chat sy dgn admin faskes, sdh 2 minggu blm ada jawaban:\n")]
    L += [c.t(), who(ch, hon=False), ": ",
          o("min tlg bantu, kartu BPJS ibu sy ", "selamat pagi, kartu JKN ibu sy ", "kartu KIS mamak sy "),
          (bpjs(), "BPJS"), o(" tdk aktif pdhl PBI", " ditolak di RS, katanya nonaktif", " tiba2 ga bs dipake"), "\n"]
    L += [c.t(), o("Admin Faskes", "CS Puskesmas", "Admin Klinik"), ": ",
          o("mohon maaf, boleh kirim NIK dan tgl lahir peserta?", "mohon dikirim NIK dan tanggal lahir ibu ya"), "\n"]
    L += [c.t(), who(ch, hon=False), ": ", o("nik ", "NIK: ", "n1k ", "nik nya "), (nik(mom), "NIK"),
          o(", lahir ", " tgl lahir ", " lhr "), (dob(mom), "DATE_OF_BIRTH"),
          o(" a.n. ", ", nama ", " atas nama "), (mom.full, P)]
    return L


@frame(3)
def wa_ppdb():
    c = Chat()
    par = pp()
    kid = pp(par.group, y0=2010, y1=2014)
    a = addr(o("jl", "gg", "perum", "jlgg"))
    L = [o("Keluhan PPDB zonasi, ini chat sy dgn panitia:\n", "Tolong diperiksa PPDB SMPN, chat sy:\n", "")]
    L += [c.t(), who(par, hon=False), ": ",
          o("bu anak sy ", "selamat siang, anak sy ", "pak, anak sy "), (kid.full, P),
          o(" ga lolos zonasi pdhl rumah cm 400 m dr sekolah", " ditolak jalur zonasi, jaraknya kedeteksi 3 km"), "\n"]
    L += [c.t(), "Panitia PPDB: ", o("alamat di KK nya dimana?", "mohon kirim no KK dan alamat sesuai KK"), "\n"]
    L += [c.t(), who(par, hon=False), ": ", o("kk ", "no kk ", "KK: ", "nomor kk "), (kk(par), "KK"),
          o(", alamat ", " alamat: ", " almt "), (a, "ADDRESS"), area_tail(), "\n"]
    L += [c.t(), "Panitia PPDB: ", o("nanti sy cek ya", "sistemnya pakai titik koordinat, bukan kami",
                                       "silakan ajukan sanggah")]
    return L


@frame(3)
def wa_split_phone():
    c = Chat(style=o(0, 1, 4))
    p = pp()
    L = [c.t(), who(p, hon=o(True, False)), ": ",
         o("tlg sampaikan ke petugas PDAM, air mati 4 hari", "mas2 petugas sampah blm ambil sampah sdh seminggu",
           "min lampu jalan depan masjid mati, anak2 pulang ngaji gelap"), "\n"]
    L += [c.t(), who(p, hon=False) if chance(0.4) else who(p), ": ",
          o("kalo mau survey hub sy di ", "no sy ", "wa sy ", "bs tlp ke "),
          (phone_split(p), "PHONE"), "\n"]
    L += [c.t(), who(p, hon=False), ": ", o("mksh", "tks 🙏", "ditunggu yaa", "sori kepencet enter")]
    return L


@frame(2)
def wa_pensiun_nip():
    c = Chat()
    dad = pp(sex="M", y0=1950, y1=1962)
    ch = pp(dad.group)
    L = [o("Forward chat keluarga sy, mohon bantuan Taspen:\n", "")]
    L += [c.t(), who(ch), ": ", o("sdh ke kantor taspen 3x blm cair jg pensiun janda ibu",
                                 "katanya berkas almarhum bapak blm lengkap terus"), "\n"]
    L += [c.t(), who(pp(dad.group, sex="F")), ": ", o("NIP almarhum brp?", "nip bapak ada ga?"), "\n"]
    L += [c.t(), who(ch), ": ", o("NIP ", "nip ", "NIP nya "), (nip(dad), "NIP"), " a.n. ", (dad.full, P),
          o(", guru SD", ", dulu di dinas PU", ", pensiunan kecamatan"), "\n"]
    L += [c.t(), who(ch), ": ", o("ibu sdh 70 th, kasian bolak balik", "tlg dibantu ya min 🙏")]
    return L


@frame(3)
def wa_pinjol():
    c = Chat()
    me = pp()
    dc = pp(sex="M")
    dcp = phone(dc, o("plain", "p62", "62"))
    L = [o("Sy diteror DC pinjol, data sy disebar ke kontak. Ini chatnya:\n",
           "Lapor min, debt collector ilegal ngancam keluarga sy 😡\n", "")]
    L += [c.t(), (dcp, "PHONE"), ": ",
          o("bayar hari ini atau foto KTP lo gue sebar ke semua kontak",
            "sdr ", "sodara "), ]
    if L[-1] in ("sdr ", "sodara "):
        L += [(me.full, P), o(" NIK ", " nik "), (nik(me), "NIK"), ", tagihan anda sudah lewat 30 hari"]
    L += ["\n", c.t(), o("Me", "Saya", "Sy"), ": ", o("siapa ini?", "sy sdh bayar pak", "ini org mana?"), "\n"]
    L += [c.t(), (dcp, "PHONE"), ": ", o("gue ", "sy "), (dc.call, P), o(" dari collection", " lapangan", " tim desk"),
          ". ", o("alamat lo ", "rumah lo di "), (addr(), "ADDRESS"), o(" kan? bsk gue dtg", ", tunggu aja")]
    return L


@frame(2)
def wa_posyandu():
    c = Chat()
    kader = pp(sex="F")
    mom = pp(sex="F", y0=1990, y1=2002)
    baby = pp(mom.group, y0=2022, y1=2024)
    L = [o("Grup posyandu, sy keberatan data anak sy disebar:\n", "Min, kader posyandu share data balita di grup umum:\n")]
    L += [c.t(), who(kader, suffix="Kader"), ": ", "ibu2 ini yg blm imunisasi campak ya:\n",
          "1. ", (baby.full, P), " lhr ", (dob(baby), "DATE_OF_BIRTH"), o(", ibu ", " anak ibu "), (mom.call, P),
          "\n2. dst", "\n"]
    L += [c.t(), who(mom), ": ", o("bu kok data anak sy disebar di grup yg ada bapak2 nya 😡",
                                   "bu tlg dihapus, itu data pribadi")]
    return L


@frame(2)
def wa_parkir():
    c = Chat(style=o(0, 3))
    j = pp("betawi" if chance(0.5) else "kota", sex="M")
    me = pp()
    L = [c.t(), who(me, hon=False), ": ",
         o("pak RW mobil ", "bpk2 mobil "), (plate(), "PLATE"),
         o(" parkir di bahu jalan depan gg tiap malem, ambulans ga bs masuk",
           " nginep di trotoar 3 hari, ga ada yg negur"), "\n"]
    L += [c.t(), "Pak RW: ", o("itu jukirnya siapa?", "sdh ditegur blm?"), "\n"]
    L += [c.t(), who(me, hon=False), ": ", o("si ", "kata warga yg jaga ", "jukirnya "), (j.call, P),
          o(", minta 10rb/mlm", ", anaknya pak haji", " yg tinggal di ujung gg")]
    return L


@frame(2)
def wa_media_email():
    c = Chat()
    p = pp()
    L = [c.t(), who(p, hon=False), ": <Media tidak disertakan>\n"]
    L += [c.t(), who(p, hon=False), ": ", o("itu fotonya min, jembatan gantung putus", "foto tumpukan sampah di kali"), "\n"]
    L += [c.t(), who(p, hon=False), ": ", o("kalau perlu dokumen lengkap kirim ke email sy ",
                                         "email sy ", "bs dibls lewat email aja: "), (email(p), "EMAIL"), "\n"]
    L += [c.t(), who(p, hon=False), ": ", o("Pesan ini telah dihapus", "🙏", "tks")]
    return L


@frame(3)
def wa_lower_nikkk():
    c = Chat(style=o(0, 2, 4))
    p = pp()
    sep = o("/", " / ", " dan ", " & ")
    L = [c.t(), who(p), ": ", o("min sy mau tanya ", "tlg dicek ", "mohon bantuannya "),
         o("kenapa bansos sy dicoret", "kok sy ga muncul di cek bansos", "kenapa nama sy ga ada di dtks"), "\n"]
    L += [c.t(), who(p), ": ", o("nik/kk ", "nik & kk ", "nik kk "), (nik(p, o("plain", "sp4")), "NIK"), sep,
          (kk(p, o("plain", "sp4")), "KK"), "\n"]
    L += [c.t(), who(p), ": ", o("sy janda anak 3 " + emo(), "suami sy sdh meninggal thn lalu", "tlg y min") if p.sex == "F"
          else o("sy duda anak 2", "istri sy sakit stroke, sy ga kerja", "tlg y min")]
    return low(L)


@frame(2)
def wa_ktp_hilang():
    c = Chat()
    p = pp()
    fnd = pp()
    L = [o("Cerita di grup komplek:\n", "")]
    L += [c.t(), who(fnd), ": ", o("ada yg kehilangan dompet? ketemu di musholla. KTP a.n. ",
                                    "nemu KTP di parkiran pasar, atas nama "), (p.full, P),
          o(", nik ", " NIK "), (nik(p), "NIK"), "\n"]
    L += [c.t(), who(fnd), ": ", o("yg kenal tlg hub sy ", "wa sy aja "), (phone(fnd), "PHONE"), "\n"]
    L += [c.t(), "Admin: ", o("pak jgn share nik di grup, bahaya", "mohon data pribadi jgn disebar ya bpk ibu")]
    return L


@frame(3)
def wa_pmi():
    c = Chat()
    me = pp()
    sis = pp(me.group, sex="F", y0=1985, y1=2002)
    kind, acc = bank(o("BRI", "BNI", "Mandiri"))
    L = [o("Tolong BP2MI bantu, ini chat sy dgn agen:\n", "Kakak sy PMI, ini chat sy sama sponsornya:\n", "")]
    L += [c.t(), who(me, hon=False), ": ", o("pak paspor kakak sy ", "pak, paspor ", "paspor "), (passport(), "PASSPORT"),
          o(" msh ditahan majikan?", " katanya ditahan agensi di Malaysia", " blm dibalikin"), "\n"]
    sp = o("Sponsor", "Agen PT", "Pak Sponsor")
    L += [c.t(), sp, ": ", o("bs diurus, tp ada biaya tebus ", "kirim dulu biaya pengurusan "),
          o("Rp7jt", "8 juta", "RM 2.000"), "\n"]
    L += [c.t(), sp, ": ", "tf ke ", kind, " ", (acc, "BANK_ACCOUNT"), o(" a.n. ", " an "),
          (pp(sex="M").full, P), "\n"]
    L += [c.t(), who(me, hon=False), ": ", o("nama kakak sy ", "atas nama "), (sis.full, P), o(", lahir ", " tgl lahir "),
          (dob(sis), "DATE_OF_BIRTH"), o(", kerja di Johor", ", skrg di penampungan", "")]
    return L


# --------------------------------------------------------------- social media
TAGS = ["#LaporPak", "#JalanRusak", "#PLNPadam", "#BansosSalahSasaran", "#PungliSekolah",
        "#Banjir", "#SaveWarga", "#TolongViralkan", "#PelayananPublik", "#PDAMMacet", "#Pungli",
        "#PPDB2026", "#fyp", "#viral"]


def tags(n=None):
    n = n if n is not None else R.randint(0, 3)
    return " ".join(R.sample(TAGS, n))


@frame(4)
def x_min_tolong():
    p = pp()
    L = [R.choice(["@lapor1708", "@DKIJakarta", "@pemkotsurabaya", "@pemprovjabar", "@pemkotmedan"]), " ",
         o("min tolong", "min tolonggg", "min pls", "mimin yg baik,", "halo min"), " ",
         ] + R.choice([[o("jalan di depan rumah sy ", "jln dpn rmh sy "), (addr(), "ADDRESS"), area_tail(), " rusak parah udh 6 bulan"],
                       ["saluran air depan rumah sy ", (addr(), "ADDRESS"), area_tail(), " mampet, tiap ujan banjir"],
                       ["tiang listrik miring dpn rmh ", (addr(), "ADDRESS"), area_tail(), " hampir roboh"],
                       ["pohon tumbang dpn rumah ", (addr(), "ADDRESS"), area_tail(), " blm dievakuasi dr kmrn"]]) + [" ",
         emo(o(1, 2)), " ", o("DM aja ya min, no sy ", "kalau mau survei hub ", "wa: ", "hp "), (phone(p), "PHONE")]
    t = tags()
    if t:
        L += [" ", t]
    return maybe_low(L, 0.25)


@frame(3)
def x_reply_handle():
    p1 = pp()
    L = [o("Membalas ", "Replying to ", "Balasan untuk "), (handle(p1), "HANDLE"), o(" dan ", " and "),
         R.choice(["@KemensosRI", "@lapor1708", "@BPJSKesehatanRI", "@kemenkes_ri"]), "\n\n",
         o("iya bang sama", "kak sama bgt", "bener bgt ini", "sama persis kyk sy"), ", ",
         o("sy jg blm dpt BLT pdhl terdaftar", "PIP anak sy jg blm cair", "ibu sy jg ditolak di faskes",
           "KIS sy jg nonaktif tiba2"), ". ",
         o("cc ", "cc: ", "tolong ", "mohon "), R.choice(["@KemensosRI", "@lapor1708", "@BPJSKesehatanRI", "@kemenkes_ri"])]
    if chance(0.5):
        p2 = pp()
        L += [" ", o("sama temen sy ", "ini jg ", "+ "), (handle(p2), "HANDLE"),
              o(" yg ngalamin", " korban jg", "")]
    return L


@frame(3)
def ig_comment():
    p = pp()
    L = [R.choice(["@pemkotmedan", "@pemkotsurabaya", "@DKIJakarta", "@pemprovjabar"]), " ",
         o("min ", "mimin ", "kak admin "), o("kapan lingkungan sy diaspal?", "tolong sampah di sini numpuk",
                                               "sumur bor bantuan mangkrak"), " ",
         o("rumah sy di ", "lokasi: depan rumah sy ", "tepatnya "), (addr(), "ADDRESS"), ". ",
         o("wa aja ", "WA ", "hub ", "call "), (phone(p), "PHONE"), " ", emo(o(1, 3))]
    return maybe_low(L, 0.3)


@frame(3)
def fb_post():
    dad = pp(sex="M", y0=1945, y1=1968)
    me = pp(dad.group)
    nurse = pp()
    hos = o("RSUD", "RS swasta", "puskesmas", "klinik")
    L = [o("Mohon bantu share ya teman2 🙏\n\n", "[MOHON VIRALKAN]\n", "Sy cuma mau cerita.\n\n"),
         o("Tgl 3 kemarin bapak sy ", "Kemarin malam bapak sy ", "Ayah sy "), (dad.full, P),
         R.choice([[" (", str(2026 - dad.dob.year), " thn)"], [" umur ", str(2026 - dad.dob.year), " tahun"],
                   [" usia ", str(2026 - dad.dob.year), " th"]]),
         o(" sesak napas dan dibawa ke ", " jatuh di kamar mandi, kami bawa ke "), hos, ". ",
         o("Di IGD kami disuruh nunggu 5 jam tanpa diperiksa", "Petugas bilang kamar penuh padahal kami lihat kosong",
           "Kami disuruh bayar deposit Rp5jt padahal pakai BPJS"), ". ",
         o("Yang jaga waktu itu namanya ", "Petugas jaga bernama ", "Perawat yg nolak kami, "),
         o(nurse.hon() + " ", ""), (nurse.full, P), ". ",
         o("Sy sdh lapor ke 1708 tp blm ada jawaban.", "Dimana hati nurani kalian?", "Tolong @kemenkes_ri lihat ini."),
         "\n\n", o("Yg mau bantu hub sy ", "Kontak sy: ", "Info lbh lanjut: "), (phone(me), "PHONE"), o("\n", " - "), (me.full, P)]
    return L


@frame(3)
def x_plate():
    g = R.choice(GROUP_NAMES)
    ow = pp(g, sex="M")
    L = [o("ini mobil ", "plat ", "motor ", "nih "), (plate(g, lower=chance(0.3)), "PLATE"), " ",
         o("parkir di trotoar tiap hari", "knalpot brong tiap jam 2 pagi", "pakai strobo sirine padahal bukan ambulans",
           "plat merah dipake ke mall hari minggu"), ", ",
         o("punya ", "kata tetangga punya ", "katanya punya ", "yg pake "), o("pak ", "oknum ", "si ", "bapak "),
         (ow.call, P), " ", o("pegawai kecamatan", "anggota dewan", "org dinas", "warga blok sebelah"), ". ",
         R.choice(["@tmcpoldametro", "@humaspolri", "@dishubdki", "@lapor1708"]), " ", o("tolong ditindak", "cek min", "gmn nih")]
    t = tags(R.randint(0, 2))
    if t:
        L += [" ", t]
    return maybe_low(L, 0.3)


@frame(2)
def fb_motor_hilang():
    g = R.choice(GROUP_NAMES)
    ow = pp(g)
    L = [o("DICARI!! ", "INFO KEHILANGAN\n", "Motor sy hilang di parkiran pasar "), o("", "Honda Beat hitam, ", "Vario merah, "),
         o("nopol ", "plat ", "No. Pol "), (plate(g), "PLATE"), ". ",
         o("Yg liat tlg hub ", "Info hub ", "Kontak: "), o("", ow.hon() + " "), (ow.call, P), " ",
         (phone(ow), "PHONE"), ". ", o("Ada imbalan.", "Terima kasih 🙏", "Polsek sdh dilapori tp lambat.")]
    return L


@frame(2)
def ig_dm_aja():
    p = pp()
    L = [o("@imigrasi_ri ", "@BPJSKesehatanRI ", "@ditjenpajakri "),
         o("kak sy udh DM 3x ga dibales", "min DM aja ga sih, sy udh nunggu seminggu", "admin tolong cek DM"), " ",
         emo(), " ", o("kalau ga bs DM contact me at ", "email aja ya: ", "ini email sy "), (email(p), "EMAIL")]
    return maybe_low(L, 0.4)


@frame(2)
def x_thread():
    p = pp()
    off = pp(sex="M")
    a = addr(o("jl", "gg", "perum"))
    L = ["1/3 ", o("Thread soal pungli pembuatan KTP di kecamatan kami.", "Utas: listrik rumah sy diputus sepihak."), "\n",
         "2/3 ", o("Petugas bernama ", "Oknum yg minta uang namanya ", "Yg datang ngaku petugas, "), (off.full, P),
         o(" minta Rp200rb biar cepat.", " minta 'uang jalan' 350rb.", " nyuruh bayar denda 1,2jt di tempat."), "\n",
         "3/3 ", o("Alamat sy ", "Rumah sy di ", "Lokasi: "), (a, "ADDRESS"), area_tail(), ". ",
         o("Sdh lapor @lapor1708 no tiket #", "Sdh lapor ke 1708, tiket #"), ticket7(), o(", blm ada respon.", ".")]
    return L


@frame(2)
def fb_pungli_sekolah():
    guru = pp(y0=1970, y1=1990)
    me = pp()
    L = [o("Ibu2 wali murid ada yg ngalamin jg? ", "Sharing aja, "), o("Wali kelas 5 ", "Guru kelas anak sy, ", "Wakasek "),
         o(guru.hon() + " ", ""), (guru.full, P),
         o(" narik iuran Rp150rb utk 'perpisahan' padahal sdh ada BOS.", " jual LKS wajib Rp85rb per buku.",
           " minta uang seragam 450rb, harus lunas."), " ",
         o("NIP nya ", "Sy cek NIP nya "), (nip(guru), "NIP"), ". ",
         o("Tolong Disdik turun tangan.", "Mohon ditertibkan @kemendikbud.ri", "Sy sdh capek."), " - ", (me.call, P)]
    return L


# --------------------------------------------------------------- TikTok comments
@frame(3)
def tt_viralin():
    dad = pp(sex="M", y0=1950, y1=1975)
    me = pp(dad.group)
    L = [o("kak tolong viralin ", "tolong up kak ", "bantu fyp in "), emo(2), " ",
         o("bapak sy dipukul satpam RS pas antri", "ayah sy ditahan di RS krn blm lunas", "bpk sy ditolak puskesmas"), " ",
         o("namanya pak ", "nama bapak sy ", "a.n. "), (dad.full, P), ", ",
         o("ini akun sy ", "sy ", "dm sy di "), (handle(me), "HANDLE"), " ", o("🙏🙏🙏", "makasih kakk", "pliss")]
    return maybe_low(L, 0.6)


@frame(3)
def tt_reply():
    a = pp()
    b = pp()
    L = [o("Balas ke ", "membalas "), (handle(a), "HANDLE"), ": ",
         o("sama kak di desa sy jg gitu", "iyaa bener bgt", "wkwk sama persis 😭"), ", ",
         o("kades nya minta 50rb per KK", "bansos dibagi ke keluarga perangkat", "jalan cuma ditambal pas mau pilkades"), ". ",
         o("tag temen sy ", "ini jg ngalamin ", "cc "), (handle(b), "HANDLE")]
    return maybe_low(L, 0.5)


@frame(3)
def tt_live():
    p = pp()
    L = [o("min ", "kak ", "bg "), o("ini gmn", "sy udh lapor blm ada respon", "tlg bacain laporan sy"), " ",
         o("nik sy ", "nohp ", "wa ", "no.hp "), ]
    if L[-1] == "nik sy ":
        L += [(nik(p), "NIK")]
    else:
        L += [(phone(p, o("plain", "plain", "62")), "PHONE")]
    L += [" ", emo(o(1, 2))]
    return maybe_low(L, 0.7)


# --------------------------------------------------------------- SMS 1708 / one-liners (< 100 chars)
def short(fn):
    def wrapped():
        for _ in range(50):
            L = fn()
            if len(build(L)[0]) < 100:
                return L
        raise RuntimeError("could not make a short text with " + fn.__name__)
    wrapped.__name__ = fn.__name__
    return wrapped


@frame(3)
@short
def sms_jalan():
    p = pp()
    L = [o("LAPOR ", "Lapor: ", "", "1708 ", "LAPOR#"),
         o("jln rusak dpn SDN 2 Pakis", "jalan berlubang dkt pasar", "lampu PJU mati 2 mgg", "sampah numpuk di TPS",
           "jembatan bambu mau putus", "got mampet bau", "air PDAM keruh"),
         o(". ", " ", ", "), (p.call if chance(0.6) else p.full, P), o(" ", ", ", " hp "), (phone(p, o("plain", "plain", "dash")), "PHONE")]
    return maybe_low(L, 0.3)


@frame(4)
@short
def sms_nik():
    p = pp()
    L = [o("Bansos blm cair", "BLT blm masuk", "KIS sy nonaktif", "PKH dicoret", "nama sy hilang di DTKS"), o(". ", " "),
         o("NIK ", "nik ", "Nik:", "NIK:", "n1k ", "nik.", "No KTP "), (nik(p, o("plain", "plain", "sp4", "dot")), "NIK"),
         o(". Tks", "", " tlg dicek", " mohon info", ". mksh")]
    return maybe_low(L, 0.3)


@frame(3)
@short
def sms_pju():
    p = pp()
    L = [o("PJU mati dpn rmh ", "Pipa bocor dpn ", "Tiang roboh di ", "Sampah blm diangkut di "),
         (addr(o("gg", "jl", "lr"), rt_p=0.4), "ADDRESS"), o(". hp ", " hp:", " wa ", ". "), (phone(p, "plain"), "PHONE")]
    return maybe_low(L, 0.5)


@frame(4)
@short
def sms_bansos():
    p = pp()
    L = [o("Sy ", "Nama ", "sy ") if p.sex == "M" else o("Sy ", "Nama ", "Sy ibu ", "sy "), (p.full, P),
         o(" nik ", " NIK ", ", nik "), (nik(p, "plain"), "NIK"),
         o(" blm trima BPNT 3 bln", " tdk dpt BLT", " ditolak KIP", " blm dpt beras")]
    return maybe_low(L, 0.4)


@frame(4)
@short
def sms_lower():
    p = pp()
    k = o("a", "b", "c")
    if k == "a":
        L = ["lapor ", o("air mati", "listrik padam", "jalan longsor"), " di ", (addr(o("dusun", "kp", "gg"), rt_p=0.8), "ADDRESS"),
             " ", o("hp ", "wa "), (phone(p, "plain"), "PHONE")]
    elif k == "b":
        L = [o("sy ", "aku "), (p.call, P), " ", o("mau lapor", "mohon bantu"), " ", o("nik ", "n1k ", "no ktp "),
             (nik(p, "plain"), "NIK")]
    else:
        L = [o("kartu bpjs sy ", "no bpjs "), (bpjs("plain"), "BPJS"), " ", o("ga aktif", "ditolak rs", "nunggak padahal pbi")]
    return low(L)


@frame(3)
@short
def one_hp():
    p = pp()
    L = [o("no hp sy ", "nohp ", "No.HP: ", "hp: ", "nmr sy ", "wa. ", "tlpn "), (phone(p), "PHONE"),
         o(" tlg dihubungi, blm ada kabar", " mohon ditelpon balik", ", sdh 2 mgg nunggu", " — tlg respon " + emo())]
    return maybe_low(L, 0.4)


@frame(3)
@short
def one_plate():
    g = R.choice(GROUP_NAMES)
    L = [o("truk ", "mobil tangki ", "pick up ", "bus "), (plate(g, lower=chance(0.3)), "PLATE"), " ",
         o("buang limbah ke sungai tiap malem", "ngebut di jalan sekolah", "buang sampah ke kali",
           "nyerempet pagar sekolah lalu kabur")]
    return maybe_low(L, 0.3)


@frame(3)
@short
def one_email():
    p = pp()
    L = [o("bls ke email sy aja: ", "jawaban tlg kirim ke ", "email: ", "contact me at "), (email(p), "EMAIL"),
         o("", " tks", " 🙏", " ya min")]
    return L


@frame(3)
@short
def one_sign():
    p = pp()
    L = [o("Got mampet, tiap hujan banjir. Tks", "Sdh 3 hari air mati. Mohon dicek", "Tolong tindak pungli parkir RS",
           "Bau limbah pabrik tiap malam"), o(" - ", " —", " ~", "\n-", " -", " — "), (p.call if chance(0.5) else p.full, P)]
    return L


@frame(3)
@short
def one_nik_typo():
    p = pp()
    L = [o("nik sy ", "NIK ", "n1k ", "nik: "), (nik_typo(p), "NIK"),
         o(" kok ga kebaca di sistem", " ditolak terus", " tdk ditemukan", " gmn ini min")]
    return maybe_low(L, 0.5)


# --------------------------------------------------------------- English mixing
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def dob_en(p):
    d = p.dob
    return o(f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}", f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
             f"{d.day:02d}/{d.month:02d}/{d.year}")


@frame(3)
def en_father():
    dad = pp(sex="M", y0=1945, y1=1965)
    me = pp(dad.group)
    L = [o("Hi admin, ", "Hello min, ", "Good morning, "), "my father ", (dad.full, P), " (NIK ", (nik(dad), "NIK"), ") ",
         o("was rejected at the Puskesmas bcs his BPJS is 'nonaktif'", "can't get his pension since March",
           "got charged Rp3jt at RSUD even tho he's a PBI member"), ". ",
         o("Pls help ASAP, ", "This is so frustrating, ", "Already reported via 1708 but no reply. "),
         o("contact me at ", "you can reach me at ", "my WA: "), (phone(me), "PHONE"),
         o("", " or " + "email "), ]
    if L[-1] == " or email ":
        L += [(email(me), "EMAIL")]
    L += [o(". Thanks!", " 🙏", ". Regards, ")]
    if L[-1] == ". Regards, ":
        L += [(me.call, P)]
    return L


@frame(3)
def en_address():
    p = pp()
    L = [o("my address is ", "My address: ", "fyi my address is "), (addr(), "ADDRESS"), area_tail(), ". ",
         o("The streetlight in front of my house has been broken since last month",
           "Garbage truck hasn't come for 2 weeks, it smells so bad",
           "Our water pipe burst and PDAM said 'tunggu antrian'"), ". ",
         o("Already called PLN 123 tp ga ada yg dateng.", "Pls send someone.", "Seriously, sudah 3x lapor."), " ",
         o("Thanks, ", "Cheers, ", "- "), (p.call, P)]
    return maybe_low(L, 0.3)


@frame(3)
def en_contact():
    p = pp(y0=1995, y1=2004)
    L = [o("literally udah 3x ke kantor dukcapil and they keep saying sistemnya offline",
           "so basically KTP-el sy udh 8 bulan blm jadi, which is insane",
           "honestly capek bgt, antrian online nya always full"), ". ",
         o("my NIK ", "NIK: ", "for reference my nik is "), (nik(p), "NIK"), ", ",
         o("pls fix asap. ", "kindly check. ", "hope someone reads this. "),
         o("contact me at wa ", "hit me up di ", "reach me at "), (phone(p), "PHONE"),
         o("", " or dm " )]
    if L[-1] == " or dm ":
        L += [(handle(p), "HANDLE")]
    return maybe_low(L, 0.5)


@frame(2)
def en_passport():
    p = pp(y0=1975, y1=2000)
    L = [o("Dear Imigrasi, ", "@imigrasi_ri hi, "), "my passport ", (passport(), "PASSPORT"),
         o(" is still 'dalam proses' after 3 weeks", " was held at the airport without clear reason",
           " shows wrong birth date"), ". ", o("My name is ", "Name: "), (p.full, P), ", ",
         o("born ", "DOB ", "date of birth "), (dob_en(p), "DATE_OF_BIRTH"), ". ",
         o("I need it for umroh next month.", "My flight is in 10 days, please help.", "Thank you.")]
    return L


@frame(2)
def en_tweet():
    p = pp()
    other = pp(sex="M")
    L = [o("not me getting scammed by a fake 'petugas PLN' 💀 ", "PSA: ada penipu ngaku petugas dinsos "),
         o("his number ", "nomornya ", "the guy's wa "), (phone(other), "PHONE"), o(", namanya ", ", calls himself "),
         (other.call, P), ". ", o("pls RT biar ga ada korban lagi", "stay safe guys", "@lapor1708 @humaspolri pls check"),
         o("", " — my dm open: ")]
    if L[-1] == " — my dm open: ":
        L += [(handle(p), "HANDLE")]
    return L


# --------------------------------------------------------------- regional languages
@frame(3)
def jv_ngoko():
    p = pp("jawa")
    L = [o("Min, ", "Lur, ", "Mas admin, "),
         o("dalan neng ngarep omahku rusak parah, wis setaun ra didandani",
           "banyu PDAM mati wis seminggu, ra ono kabar babar blas",
           "tanggulé jebol, sawah2 kebanjiran kabeh"), ". ",
         o("Omahku ", "Omahku neng ", "Alamatku "), (addr(o("jl", "gg", "dusun")), "ADDRESS"), area_tail(), ". ",
         o("Jenengku ", "Aku ", "Ngaranku "), (p.full, P), o(", nomerku ", ", hp ", " wa "), (phone(p), "PHONE"),
         o(". Suwun", ". Matur nuwun", " suwun min " + emo())]
    return maybe_low(L, 0.4)


@frame(2)
def jv_krama():
    p = pp("jawa", y0=1950, y1=1975)
    L = ["Nyuwun sewu, ", o("kula badhe matur bab ", "kula nyuwun pirsa babagan "),
         o("bantuan sembako ingkang dereng dumugi", "pensiun bapak ingkang dereng cair", "sertifikat siti ingkang dipun tahan kantor desa"),
         ". Griya kula wonten ", (addr("dusun"), "ADDRESS"), o(", desa ", " desa ") + R.choice(KEL), ". ",
         o("Asma kula ", "Nami kula "), (p.full, P), ", NIK ", (nik(p), "NIK"), ". ",
         o("Matur nuwun sanget.", "Nuwun.", "Sugeng dalu.")]
    return L


@frame(3)
def su_punten():
    p = pp("sunda")
    L = [o("Punten min, ", "Punten, ", "Wilujeng siang, "), "abdi bade lapor, ",
         o("jalan di lembur abdi ruksak pisan, teu acan dibenerkeun", "cai PDAM tos saminggu teu ngocor",
           "runtah di sisi walungan ngahunyud"), ". ",
         o("Bumi abdi di ", "Alamat abdi ", "Abdi di "), (addr(o("kp", "kp", "gg", "jl")), "ADDRESS"), area_tail(), ". ",
         o("Nami abdi ", "Abdi "), (p.full, P), o(", no hp ", ", wa ", " hp: "), (phone(p), "PHONE"),
         o(". Hatur nuhun", ", nuhun pisan", ". Hapunten")]
    return maybe_low(L, 0.3)


@frame(2)
def su_sampurasun():
    p = pp("sunda")
    L = ["Sampurasun. ", o("Kumaha ieu bantuan teu acan cair, tos 4 bulan", "Naha nami abdi dicoret tina DTKS"), ". ",
         "NIK abdi ", (nik(p), "NIK"), o(", KK ", ", kk: "), (kk(p), "KK"), ". ",
         o("Mangga dipariksa. ", "Nyuhunkeun bantosanana. "), "Hatur nuhun, ", (p.hon() + " ") if chance(0.5) else "", (p.call, P)]
    return L


@frame(3)
def md_sengko():
    p = pp("madura")
    L = [o("Sengko' terro lapor, ", "Engkok terro ngadu, ", "Assalamualaikum, sengko' "),
         o("jalan e dhisa engkok rosak, bannya' lobangnga", "lampu jalan ampon mate bulanan", "bantuan beras ta' nyampe' ka engkok"),
         ". ", o("Bengkona engkok e ", "Bengko engkok "), (addr(o("dusun", "jl", "gg")), "ADDRESS"), area_tail(), ". ",
         o("Nyama engkok ", "Nyama kaula ", "Engkok "), (p.full, P), o(", nomer hp ", ", hp ", " wa "), (phone(p), "PHONE"),
         o(". Sakalangkong", ". Sakalangkong sanget", " " + emo())]
    return maybe_low(L, 0.3)


@frame(3)
def bt_horas():
    p = pp("batak", sex="M")
    g = "batak"
    L = [o("Horas lae! ", "Horas min, ", "Bah! "),
         o("Tolong kam bantu, kereta ku hilang di parkiran pajak, ", "Kek mana ini, keretaku ditarik leasing tanpa surat, ",
           "Parah kali, keretaku diambil preman di simpang, "),
         o("plat ", "nopol ", "BK nya "), (plate(g), "PLATE"), ". ",
         o("Kalo ada info telpon aku, ", "Info sama aku ya, ", "Hubungi lah aku, "), (p.call, P), ", ", (phone(p), "PHONE"), ". ",
         o("Mauliate.", "Mauliate godang.", "Makasih lae.")]
    return L


@frame(2)
def bt_medan():
    p = pp("batak")
    L = [o("Min, pigi ke kantor camat ", "Udah tiga kali aku ke dukcapil "),
         o("cuma disuruh balek besok", "KTP ku tak siap-siap", "orang tu bilang blanko habis, tapi calo bisa"), ", ",
         o("kek mana lah ini. ", "capek kali lah. ", "apa kerja kelen? "),
         o("NIK ku ", "nik aku "), (nik(p), "NIK"), o(", rumahku di ", ", tinggal di "), (addr(o("lr", "jl", "gg")), "ADDRESS"),
         o(". ", " "), (p.full, P)]
    return maybe_low(L, 0.3)


@frame(3)
def mn_kita():
    p = pp("manado")
    L = [o("Kita mo lapor, ", "Permisi min, kita mo bilang, ", "Tolong jo, "),
         o("jalan di kita pe kampung so rusak parah, nyanda ada yang perbaiki",
           "kita pe mama pe kartu BPJS nyanda bisa pake di RS", "lampu jalan so mati dari bulan lalu, torang takut jalan malam"),
         ". ", o("Kita pe rumah di ", "Alamat: "), (addr(o("jl", "lr", "jl")), "ADDRESS"), area_tail(), ". ",
         o("Kita pe nama ", "Nama "), (p.full, P), o(", nomor ", ", hp ", ", wa "), (phone(p), "PHONE"),
         o(". Makase banyak", ". Makase", ", Tuhan berkati")]
    return maybe_low(L, 0.3)


@frame(2)
def mn_kitorang():
    p = pp("manado")
    kid = pp("manado", y0=2008, y1=2015)
    L = [o("Kitorang di sini so tiga bulan ", "Dorang bilang "), o("bantuan PIP nyanda cair", "beasiswa dorang potong 200rb"),
         ". ", o("Kita pe anak ", "Ana "), (kid.full, P), o(" sekolah di SMP negeri, ", " kelas 8, "),
         o("kita pe KK ", "no KK "), (kk(p), "KK"), ". ", o("Ngana bisa bantu?", "Tolong torang."), " - ", (p.call, P)]
    return L


@frame(3)
def bw_aye():
    p = pp("betawi")
    dad = pp("betawi", sex="M", y0=1945, y1=1960)
    L = [o("Bang admin, aye mau ngadu nih. ", "Assalamualaikum, aye mau lapor. ", "Pegimane nih pak, "),
         o("Got depan rumah aye di ", "Rumah aye di "), (addr(o("gg", "jl", "kp")), "ADDRESS"), " ",
         o("mampet kagak dibenerin", "kebanjiran mulu tiap ujan", "kagak kebagian aer"), ". ",
         o("Babeh aye ", "Engkong aye ", "Bapak aye "), (dad.call, P),
         o(" udeh lapor ke RT kagak ada hasil", " udeh bolak balik ke kelurahan"), ". ",
         o("Nomer aye ", "Hape aye ", "Kontak aye "), (phone(p), "PHONE")]
    return maybe_low(L, 0.3)


@frame(2)
def bw_gue():
    p = pp(o("betawi", "kota"))
    L = [o("gue udah bolak balik ke kelurahan, ", "ane udah 5x dateng ke samsat, ", "gue dipingpong mulu, "),
         o("kagak diladenin", "disuruh balik lagi bsk", "katanya sistem error mulu"), ". ",
         o("NIK gue ", "nik ane ", "NIK "), (nik(p), "NIK"), ", ",
         o("nama ", "atas nama "), (p.full, P), ". ", o("parah bener dah", "dasar", "kapan benernya nih") + " " + emo()]
    return maybe_low(L, 0.5)


@frame(2)
def pp_sapu():
    p = pp("timur")
    L = [o("Sa mo lapor, ", "Bapa admin, sa mo kasih tau, "),
         o("sa pu rumah di ", "kitorang pu kampung, sa pu rumah di "), (addr(o("jl", "lr", "kp")), "ADDRESS"), ", ",
         o("air bersih tra ada su 2 minggu", "listrik mati terus, dong tra datang perbaiki", "jalan longsor, mobil tra bisa lewat"),
         ". ", o("Kitorang susah skali. ", "Dong bilang tunggu saja. "), o("Sa pu nama ", "Sa "), (p.full, P),
         o(", hp ", ", nomor "), (phone(p), "PHONE")]
    return maybe_low(L, 0.3)


@frame(2)
def am_beta():
    mom = pp("timur", sex="F", y0=1950, y1=1965)
    me = pp("timur")
    L = [o("Beta mau lapor, ", "Permisi, beta mau tanya, "), o("beta pung mama pung BPJS seng bisa pake", "beta pung mama dapa tolak di RS"),
         ". ", o("Nomor kartu ", "BPJS nomor "), (bpjs(), "BPJS"), o(", atas nama ", ", nama "), (mom.full, P), ". ",
         o("Katong su urus di kantor BPJS tapi dong seng kasih jawaban. ", "Katong su bayar tapi seng aktif. "),
         "Beta pung nama ", (me.full, P), o(", nomor ", ", hp "), (phone(me), "PHONE"), ". Danke"]
    return L


@frame(2)
def jv_wa():
    c = Chat()
    a = pp("jawa", sex="M")
    b = pp("jawa", sex="F")
    mbah = pp("jawa", y0=1935, y1=1950)
    L = [c.t(), who(a), ": ", o("lurr dalane ambles neng ngarep omahe mbah ", "cah, kali mbludak, omahe mbah "), (mbah.call, P),
         " ", o("wis kelep", "arep ambruk", "kebanjiran"), "\n"]
    L += [c.t(), who(b), ": ", o("omahe neng ", "alamate "), (addr(o("dusun", "gg", "jl")), "ADDRESS"), " ",
          o("to? aku tak lapor kelurahan", "kan? tak fotoke"), "\n"]
    L += [c.t(), who(a), ": ", o("iyo mbak, ", "yo "), o("nek petugas takon hubungi aku wae ", "wenehi nomerku "), (phone(a), "PHONE")]
    return maybe_low(L, 0.4)


@frame(2)
def jv_suroboyo():
    p = pp("jawa", sex="M")
    L = [o("Rek, ", "Cak admin, ", "Jancuk, "), o("dalan neng kampungku bolong kabeh, ", "sampah neng kali ga diangkut2, "),
         o("wis lapor RT ga direken", "pemkot ndi ae"), ". ", o("Omahku ", "Aku nang "), (addr(o("gg", "jl")), "ADDRESS"), " ",
         o("Suroboyo. ", "Sby. ", ""), o("Telpon aku ", "Hubungi cak "), (p.call, P), " ", (phone(p), "PHONE"), " @pemkotsurabaya"]
    return maybe_low(L, 0.4)


@frame(2)
def md_wa():
    c = Chat()
    a = pp("madura")
    b = pp("madura")
    L = [c.t(), who(a), ": ", o("ana' engkok ta' olle KIP, padahal miskin", "bantuan dhari dhisa ta' rata"), "\n"]
    L += [c.t(), who(b), ": ", o("lapor ka 1708 bai", "kirim NIK ka engkok, tak bantoagi"), "\n"]
    L += [c.t(), who(a), ": ", o("NIK ", "nik "), (nik(a), "NIK"), o(" kk ", " KK "), (kk(a), "KK"), "\n"]
    L += [c.t(), who(b), ": ", o("la ekirim", "iye, sabbar yee")]
    return L


# --------------------------------------------------------------- odd number formats, names, addresses
@frame(3)
def nikkk_slash():
    p = pp()
    L = [o("Yth. Admin, ", "Kepada Yth. Admin LAPOR!, ", "Min, "), o("sy ", "saya "), (p.full, P), ", ",
         o("nik/kk ", "NIK/KK ", "NIK & KK: ", "nik-kk "), (nik(p, o("plain", "dot", "sp4")), "NIK"), o("/", " / ", " - "),
         (kk(p, o("plain", "dot", "sp4")), "KK"), ", ",
         o("mengajukan keberatan krn nama sy hilang dr daftar penerima PKH",
           "mau tanya kenapa status sy di SIKS-NG 'tidak layak'",
           "minta penjelasan kenapa bantuan dialihkan ke org lain"), ". ",
         o("Terima kasih.", "Mohon tindak lanjut.", "Sy tunggu jawabannya.")]
    return L


@frame(3)
def nik_typo_long():
    p = pp()
    L = [o("Sy sdh daftar BPJS mandiri lewat aplikasi tp ", "Pendaftaran prakerja sy ", "Pengajuan KUR sy di bank "),
         o("ditolak terus dgn alasan NIK tdk valid", "gagal, katanya data tdk padan", "mentok di verifikasi dukcapil"), ". ",
         o("NIK sy ", "Nomor KTP: ", "nik "), (nik_typo(p), "NIK"), o(" (sesuai KTP)", "", " —sdh sy cek berkali2"), ". ",
         o("Mohon bantuan ", "Tolong "), o("Dukcapil ", "pihak terkait "), o("utk sinkronisasi.", "memperbaiki data sy.")]
    return maybe_low(L, 0.2)


@frame(3)
def npwp_pajak():
    p = pp(y0=1965, y1=1998)
    L = [o("Sy dapat surat teguran pajak padahal sdh tdk bekerja sejak 2021",
           "Akun DJP Online sy dibajak, ada SPT yg dilaporkan bukan oleh sy",
           "Ada yg pakai NPWP sy utk bikin faktur fiktif", "Sy ditagih denda telat lapor SPT padahal sdh lapor"), ". ",
         o("NPWP ", "npwp sy ", "No. NPWP: "), (npwp_old(), "NPWP"), o(" a.n. ", ", atas nama ", " an "), (p.full, P), ". ",
         o("Mohon @ditjenpajakri bantu.", "Sudah email ke pengaduan@pajak.go.id tp blm dibalas.", "KPP bilang urus sendiri.")]
    return L


@frame(2)
def npwp_nik():
    p = pp(y0=1970, y1=2000)
    L = [o("Sejak NIK jadi NPWP, ", "Setelah pemadanan NIK-NPWP, "),
         o("sy tdk bisa login coretax", "bukti potong sy tercatat atas org lain", "status sy jadi 'non efektif'"), ". ",
         o("NPWP (16 digit) ", "NPWP baru sy ", "npwp 16 digit "), (nik(p, o("plain", "sp4")), "NPWP"), ". ",
         o("Mohon dibantu.", "Tolong dicek ya min.", "Sudah 3x ke KPP.")]
    return L


@frame(2)
def passport_imigrasi():
    p = pp()
    L = [o("Paspor sy ", "Paspor anak sy ", "paspor "), "(", (passport(), "PASSPORT"), ") ",
         o("ditahan kantor imigrasi krn dicurigai PMI non prosedural", "salah cetak nama, sdh 2 bln blm diganti",
           "hilang di kantor saat penggantian"), ". ",
         o("Nama di paspor: ", "a.n. ", "Nama "), (p.full, P), o(", lahir ", ", tgl lahir ", " TTL " + city(p) + ", "),
         (dob(p), "DATE_OF_BIRTH"), ". ", o("Tlg dibantu @imigrasi_ri", "Sy kecewa.", "Mohon kejelasan.")]
    return L


@frame(3)
def bank_refund():
    p = pp()
    kind, acc = bank()
    L = [o("Uang pengembalian tiket kereta yg dibatalkan", "Refund biaya pendaftaran CPNS", "Dana ganti rugi lahan tol",
           "Pengembalian kelebihan bayar PBB", "Refund tiket pesawat"),
         o(" blm masuk ke rekening sy. ", " blm ditransfer. "),
         o("Rek ", "Rekening ", "No rek "), kind, " ", (acc, "BANK_ACCOUNT"), " ", o("a.n. ", "an. ", "atas nama "), (p.full, P),
         ". ", o("Sdh 45 hari kerja.", "Janjinya 14 hari.", "CS bilang tunggu terus."), " ",
         o("Hp ", "WA ", "Kontak "), (phone(p), "PHONE")]
    return L


@frame(3)
def nip_pungli():
    off = pp(y0=1968, y1=1992)
    L = [o("Melaporkan oknum ASN ", "Lapor pungli oleh pegawai ", "Oknum "),
         o("di kantor kelurahan", "di UPT Samsat", "di Dinas Perizinan", "di puskesmas"), " ",
         o("bernama ", "a.n. ", "namanya "), (off.full, P)] + R.choice([[", NIP ", (nip(off), "NIP"), ", "], [" (NIP ", (nip(off), "NIP"), ") "],
                                  [" nip ", (nip(off), "NIP"), " "]]) + [o("meminta uang Rp500rb utk percepatan berkas", "menerima amplop dr pemohon izin",
                                "menjual formulir yg seharusnya gratis"), ". ",
         o("Ada rekaman videonya.", "Sy punya bukti foto.", "Mohon Inspektorat menindak.")]
    return L


@frame(3)
def dob_ttl():
    p = pp()
    L = [o("Data sy di aplikasi SatuSehat", "Di KTP-el baru sy", "Di ijazah paket C sy", "Di kartu BPJS sy", "Data sy di Dapodik"), " ",
         o("tgl lahirnya salah. ", "keliru. "), o("Seharusnya ", "Yg benar: ", "Harusnya "),
         o("TTL: ", "ttl ", "lahir di "), city(p), ", ", (dob(p), "DATE_OF_BIRTH"), ". ",
         o("Nama ", "Atas nama ", "a.n. "), (p.full, P), ", NIK ", (nik(p), "NIK"), ". ",
         o("Mohon dikoreksi.", "Tlg dibetulkan.", "Gmn cara benerinnya?")]
    return maybe_low(L, 0.3)


@frame(3)
def landline_fr():
    p = pp()
    L = [o("Telepon rumah sy ", "Telp rumah ", "No telp kantor sy ", "Telpon "), (landline(p.group), "PHONE"), " ",
         o("sdh 2 minggu mati, teknisi tdk datang", "ditagih padahal sdh berhenti langganan", "sering dapat telpon penipuan"),
         ". ", o("Kalau perlu hubungi HP ", "Alternatif HP "), (phone(p), "PHONE")] + R.choice([[" (", (p.full, P), ")"], [" a.n. ", (p.full, P)], [", ", (p.full, P)]])
    return L


@frame(3)
def lower_long():
    p = pp()
    spouse = pp(p.group, sex="M" if p.sex == "F" else "F")
    L = [o("selamat malam pak bu ", "assalamualaikum min ", "malam admin "),
         o("sy mau lapor kalo ", "mau ngadu "),
         o("suami sy ", "bapak sy ", "adik sy ") if spouse.sex == "M" else o("istri sy ", "ibu sy ", "anak sy "),
         (spouse.full, P), " ",
         o("kena phk tp bpjs tk nya ga bs dicairkan", "sakit stroke tp ditolak rs krn kamar penuh",
           "ditangkap tanpa surat, keluarga ga dikabari"), " ",
         o("alamat kami ", "rumah kami di ", "almt "), (addr(), "ADDRESS"), area_tail(), " ",
         o("nohp ", "hp: ", "no.hp "), (phone(p), "PHONE"), " ", o("makasih", "tlg dibantu ya", "ditunggu balasannya")]
    return low(L)


@frame(4)
def nopunct():
    p = pp()
    a = addr(o("jl", "gg", "dusun", "kp"), rt_p=0.8).replace(".", "").replace(",", "").replace("/", " ")
    L = [o("tolong ", "mohon ", "min "), o("jalan di depan rumah saya ", "saluran di depan rumah sy "),
         (a, "ADDRESS"), " ", o("sudah rusak parah", "mampet total", "longsor separuh"), " ",
         o("sudah lapor ke rt tapi tidak ada tindakan ", "anak anak sering jatuh "),
         o("saya ", "sy ", "nama saya "), (p.call, P), " ", o("hp ", "wa ", "nomor "), (phone(p, "plain"), "PHONE")]
    return maybe_low(L, 0.6)


@frame(3)
def nopunct2():
    p = pp()
    kid = pp(p.group, y0=2008, y1=2016)
    L = [o("anak saya ", "anak sy "), (kid.full, P), " ", o("tidak bisa daftar sekolah ", "dikeluarkan dari sekolah "),
         o("karena belum bayar uang gedung ", "karena kk nya beda kota "), o("kk saya ", "nomor kk "), (kk(p, "plain"), "KK"), " ",
         o("mohon dibantu ", "tolong ya pak "), o("wassalam ", "terimakasih "), (p.full, P)]
    return maybe_low(L, 0.5)


@frame(4)
def kin_verbs():
    p = pp()
    x = pp(sex="M")
    kin = pp(p.group)
    src = pp()
    L = [o("Tetangga sy ", "Ada warga "), o("buka bengkel las di gang sempit sampai malam", "pelihara anjing galak dilepas",
                                         "bangun ruko nutup saluran air", "bakar sampah plastik tiap sore"), ". "]
    k = R.randint(0, 4)
    if k == 0:
        L += ["Yg punya katanya ", (x.full, P), ". "]
    elif k == 1:
        L += ["Menurut ", o(src.hon() + " ", ""), (src.call, P), o(" (ketua RT)", " tetangga sebelah", ""), ", pemiliknya ",
              (x.full, P), ". "]
    elif k == 2:
        L += ["Kata si ", (src.call, P), ", itu punya ", o("pak ", "juragan ", ""), (x.call, P), ". "]
    elif k == 3:
        L += ["Pemiliknya yg namanya ", (x.full, P), ", ", o("orang dinas", "anaknya pak haji", "pendatang baru"), ". "]
    else:
        L += ["Kata pak RT, pemiliknya ", (x.full, P), ". "]
    if kin.sex == "M":
        kw = o("Suami sy ", "Bapak sy ", "Anak sy ", "Adik sy ")
    else:
        kw = o("Istri sy ", "Ibu sy ", "Anak sy ", "Mertua sy ")
    L += [kw, (kin.call, P), o(" sdh negur tp malah dimaki", " pernah diancam", " sampai sesak napas"), ". ",
          o("Mohon Satpol PP turun.", "Tolong dinas terkait cek.", "Kami capek.")]
    return maybe_low(L, 0.25)


@frame(3)
def end_name():
    p = pp()
    L = [o("Pelayanan di kantor ", "Antrian di "), o("Samsat", "kecamatan", "Dukcapil", "PDAM"), " ",
         o("sangat lambat, nomor antrian dijual calo Rp50rb", "buruk sekali, petugas main HP", "ditutup jam 12 padahal jadwal jam 3"),
         ". ", o("Mohon dibenahi. ", "Tolong diperbaiki. ", ""),
         o("Hormat sy, ", "Ttd ", "Salam, ", "Pelapor: ", "dr "), (p.full if chance(0.6) else p.call, P)]
    return maybe_low(L, 0.3)


HON_NICK = [("Bang", "batak"), ("Mas", "jawa"), ("Mbak", "jawa"), ("Kak", "kota"), ("Cak", "jawa"),
            ("Uda", "minang"), ("Ucok", "batak"), ("Daeng", "bugis"), ("Bli", "bali"), ("Kang", "sunda"),
            ("Uni", "minang"), ("Mpok", "betawi"), ("Om", "manado"), ("Bung", "timur")]


@frame(3)
def hon_nicks():
    h, g = R.choice(HON_NICK)
    sex = "F" if h in ("Mbak", "Uni", "Mpok") else "M"
    x = pp(g, sex=sex)
    me = pp()
    who_, act = R.choice([("Preman pasar ", o("minta jatah 20rb ke tiap pedagang", "ngancam pedagang yg ga mau bayar")),
                          ("Juru parkir liar ", "maksa bayar parkir 10rb di depan puskesmas"),
                          ("Calo SIM ", "jual jasa 'nembak' SIM 750rb"),
                          ("Oknum penjaga pintu air ", "minta uang ke warga biar pintu air dibuka"),
                          ("Calo di samsat ", "minta 300rb biar balik nama cepat")])
    L = [who_, o("yg biasa dipanggil ", "namanya ", "dikenal sbg "),
         [h.lower() if chance(0.3) else h, " ", (x.call, P)] if h != "Ucok" else ("Ucok", P), " ",
         act, ". ",
         o("Sy sdh lapor polsek tapi ", "Warga takut krn "), o("dia kebal hukum", "dia bilang punya beking"), ". ",
         o("Kontak sy ", "Hubungi sy "), (phone(me), "PHONE"), o(" - ", " "), (me.call, P)]
    return L


@frame(3)
def bpjs_rs():
    p = pp()
    L = [o("RS menolak pasien BPJS ", "Puskesmas minta bayar "), o("dgn alasan kuota habis", "katanya obat tdk ditanggung"), ". ",
         o("Pasien: ", "Atas nama "), (p.full, P), o(", no kartu ", ", BPJS ", ", JKN "), (bpjs(), "BPJS"),
         o(", lahir ", ", tgl lahir "), (dob(p), "DATE_OF_BIRTH"), ". ",
         o("Mohon @BPJSKesehatanRI tindak lanjut.", "Sdh telp 165 tp disuruh nunggu.", "Tolong diinvestigasi.")]
    return L


@frame(2)
def email_lower():
    p = pp()
    L = [o("min sy sdh kirim berkas ke ", "berkas sdh sy email ke "), R.choice(INST_EMAILS), " ",
         o("tp balasan dikirim ke email yg salah", "tp blm ada balasan"), ", ",
         o("email sy yg benar ", "tlg bls ke "), (email(p), "EMAIL"), " ", o("ya", "tks", "")]
    return low(L)


@frame(3)
def addr_variants():
    p = pp()
    kind = o("perum", "komp", "btn", "jlgg", "lr", "jorong", "dusun")
    L = [o("Rumah kontrakan sy ", "Kos sy ", "Toko sy ", "Rumah ortu sy "), o("di ", "beralamat di ", "di "),
         (addr(kind), "ADDRESS"), area_tail(), " ",
         o("kena gusur tanpa sosialisasi", "dipalak ormas tiap bulan", "listriknya diputus pemilik tanpa alasan",
           "dimasuki maling 3x, patroli ga ada"), ". ",
         o("Sy ", "Pelapor "), (p.full, P), ", ", o("hp ", "wa ", "telp "), (phone(p), "PHONE")]
    return maybe_low(L, 0.3)


@frame(3)
def x_quote():
    off = pp(sex="M", y0=1965, y1=1985)
    me = pp()
    L = [o("Ini Kabid nya, ", "Pejabatnya yg ini: ", "Ini akun pak camat: "), (handle(off), "HANDLE"), " ",
         o("malah pamer mobil baru ", "sibuk flexing "), o("pas warga kebanjiran", "padahal jalan desa ga diaspal 10 thn"), ". ",
         o("Pak ", "Bapak "), (off.call, P), o(", tolong liat ke bawah.", ", malu dong."), " ",
         o("@lapor1708", "@pemprovjabar", "@DKIJakarta"), " ", tags(R.randint(1, 2))]
    return L


@frame(3)
def fb_jual_data():
    seller = pp()
    vic = pp()
    L = [o("Akun ", "Ada akun "), (handle(seller), "HANDLE"), o(" jualan data KTP+selfie ", " jual data KK lengkap "),
         o("di grup FB", "di telegram"), ". ", o("Data sy ikut dijual, ", "Salah satunya data sy, "),
         (vic.full, P), o(", NIK ", " nik "), (nik(vic), "NIK"), ". ", o("Tolong @humaspolri tangkap.", "Mohon Kominfo take down.")]
    return L


@frame(2)
def wa_rt_iuran():
    c = Chat()
    bend = pp(sex="F")
    kind, acc = bank(o("BCA", "BRI", "BNI", "BSI"))
    L = [o("Ini chat grup, iuran keamanan dipaksa naik tanpa musyawarah:\n", "Pungutan di grup RT:\n")]
    L += [c.t(), who(bend, suffix="Bendahara"), ": ", o("bpk ibu iuran sampah+keamanan naik jd 150rb/bln mulai bln ini",
                                                      "yg blm bayar iuran 17an 100rb per KK tlg segera"), "\n"]
    L += [c.t(), who(bend, suffix="Bendahara"), ": ", "tf ke ", kind, " ", (acc, "BANK_ACCOUNT"), " ", o("a/n ", "an "),
          (bend.full, P), " ", emo(), "\n"]
    L += [c.t(), "Warga: ", o("kok ga ada rapat dulu bu?", "ini dasar hukumnya apa ya?")]
    return L


@frame(3)
@short
def sms_kk():
    p = pp()
    L = [o("kk sy ", "No KK ", "KK: ", "no.kk "), (kk(p, o("plain", "plain", "dot4", "sp4")), "KK"),
         o(" blm terdaftar di DTKS", " tdk muncul di sistem PPDB", " ditolak utk daftar BPJS", " salah alamat")]
    return maybe_low(L, 0.5)


@frame(2)
@short
def sms_npwp():
    p = pp()
    L = [o("npwp ", "NPWP sy ", "No.NPWP "), (npwp_old(o("dots", "plain")), "NPWP"),
         o(" diblokir tanpa info", " dipakai org lain", " tdk bs login", " kena denda")]
    return maybe_low(L, 0.5)


@frame(3)
@short
def one_addr():
    p = pp()
    L = [o("alamat: ", "almt ", "Alamat:", "rumah sy "), (addr(o("jl", "gg", "perum", "lr"), rt_p=0.5), "ADDRESS"),
         o(" blm dpt air 5 hari", " jalannya amblas", " pohon tumbang", " sampah ga diangkut")]
    return maybe_low(L, 0.5)


@frame(3)
def wa_dukcapil():
    c = Chat()
    p = pp()
    mom = pp(p.group, sex="F", y0=1940, y1=1970)
    L = [c.t(), o("Petugas Dukcapil", "Admin Disdukcapil", "CS Dukcapil"), ": ",
         "utk cetak ulang mohon kirim NIK, tgl lahir, dan nama ibu kandung", "\n"]
    L += [c.t(), who(p, hon=False), ": ", o("NIK ", "nik: "), (nik(p), "NIK"), "\n",
          o("tgl lahir ", "lahir "), (dob(p), "DATE_OF_BIRTH"), "\n", o("ibu kandung ", "nama ibu "), (mom.full, P), "\n"]
    L += [c.t(), o("Petugas Dukcapil", "Admin Disdukcapil", "CS Dukcapil"), ": ",
          o("blanko habis, mohon bersabar", "data sdh kami terima, proses 14 hari kerja"), "\n"]
    L += [o("Itu sdh 3 bulan lalu min, blm jadi jg.", "Sampai skrg blm ada kabar " + emo())]
    return L


@frame(3)
def lower_addr():
    p = pp()
    L = [o("rumah sy di ", "alamat ", "sy tinggal di "), (addr(), "ADDRESS"), area_tail(), " ",
         o("sdh 3 hari listrik padam", "jalannya ditutup proyek tanpa pemberitahuan", "dekat kandang ayam bau bgt"),
         " ", o("sy ", "a.n "), (p.full, P), " ", o("hp ", "wa ", ""), (phone(p), "PHONE")]
    return low(L)


@frame(3)
def wa_hp_sig():
    p = pp()
    L = [o("Kpd Yth Dinas PU, ", "Mohon perhatian, ", ""),
         o("drainase di perumahan kami tersumbat sejak proyek jalan tol", "tanggul sungai retak dan air mulai rembes",
           "bangunan SD di sebelah rumah sy retak-retak"), ". ",
         o("Sy siap mendampingi petugas.", "Foto sdh sy kirim lewat aplikasi.", "Warga resah."), "\n",
         (phone(p), "PHONE"), o(" ", "\n", " - "), (p.full, P)]
    return L


@frame(2)
def plate_dinas():
    off = pp(sex="M")
    L = [o("Mobil dinas plat merah ", "Kendaraan dinas "), (plate(), "PLATE"),
         o(" dipakai mudik ke luar kota", " parkir di tempat hiburan malam", " dipakai antar anak sekolah"), ". ",
         o("Yg bawa ", "Pengemudinya "), o("Pak ", "pejabat Dinas, Bpk. ", ""), (off.full, P), ". ",
         o("Mohon diperiksa.", "Ini pemborosan anggaran.", "Foto terlampir.")]
    return L


@frame(2)
def wa_ojol_plate():
    c = Chat(style=o(1, 4))
    me = pp(sex="F")
    drv = pp(sex="M")
    L = [c.t(), who(me, hon=False), ": ", o("min sy dilecehkan driver ojol td malem", "sy diturunin di tengah jalan sm driver"), "\n",
         c.t(), who(me, hon=False), ": ", o("namanya ", "driver a.n. "), (drv.full, P), o(", plat ", " nopol "), (plate(), "PLATE"), "\n",
         c.t(), "CS: ", o("mohon maaf kak, boleh DM nomor yg terdaftar?", "baik kak, kami eskalasi"), "\n",
         c.t(), who(me, hon=False), ": ", (phone(me), "PHONE")]
    return L


# =========================================================================== no-PII texts (near-misses)
ROADS_HERO = ["Jl. Sudirman", "Jl. Diponegoro", "Jl. Ahmad Yani", "Jl. Teuku Umar", "Jl. Gatot Subroto",
              "Jl. Imam Bonjol", "Jl. Pattimura", "Jl. Sam Ratulangi", "Jl. Raya Bogor", "Jl. Gajah Mada",
              "Jl. Cut Nyak Dien", "Jl. Sultan Hasanuddin", "Jl. Raden Saleh"]
HOSP = ["RSUP Dr. Sardjito", "RSUD dr. Soetomo", "RSUD dr. Zainoel Abidin", "RSUP Dr. Kariadi",
        "RSUD Dr. Moewardi", "RSUP H. Adam Malik", "RSUD Prof. Dr. W. Z. Johannes", "RSUP Dr. Wahidin Sudirohusodo"]
ROLES = ["Pak Lurah", "Pak Camat", "Kadis PU", "Bupati", "Kepala Desa", "Pak RT", "Bu RW", "Kapolsek",
         "Kepala Puskesmas", "Sekdes", "Kepala Sekolah", "Walikota", "Kabid Perizinan", "Danramil"]
REGS = ["UU No. 25 Tahun 2009", "Perpres 76/2013", "Permendagri No. 108 Tahun 2019", "PP 96/2012",
        "Permenkes 4/2019", "UU 14/2008 tentang KIP", "Perda No. 3 Tahun 2021", "Permendikbud 44/2019"]


def amt():
    return o("50rb", "Rp1,5jt", "Rp 1.500.000", "150 ribu", "Rp25.000", "2 juta", "Rp350rb", "Rp 750.000",
             "10rb", "Rp2,5 juta", "Rp 120.000", "300rb")


@frame(3)
def z_wa_roles():
    c = Chat()
    L = [c.t(), "Ketua RW 05: ", o("bpk ibu, iuran perbaikan jalan ", "yg blm bayar iuran sampah ") + amt() + " per KK, tlg dilunasi", "\n"]
    L += [c.t(), o("Admin Grup", "Sekretaris RT 04", "Humas Kelurahan"), ": ",
          o("kata Pak Lurah dana dr kelurahan blm turun", "sesuai edaran Pak Camat tgl 12, kerja bakti minggu pagi"), "\n"]
    L += [c.t(), o("Bendahara RT", "Pengurus Masjid"), ": ", o("total terkumpul ", "sisa kas ") + amt() + ", laporan nyusul", "\n"]
    L += [o("Min ini wajar ga sih dipungut ", "Apa boleh RW narik ") + amt() + "? " + o("Ada dasarnya?", "Sy keberatan.")]
    return maybe_low(L, 0.3)


@frame(3)
def z_tweet_kemenkes():
    L = [o("@kemenkes_ri ", "@BPJSKesehatanRI ", "@kemenkes_ri @BPJSKesehatanRI "),
         o("stok vaksin campak di puskesmas kecamatan kami kosong sejak ", "obat TB di puskesmas habis sejak ",
           "antrian faskes di kota kami sudah ga manusiawi sejak "), o("Maret", "awal bulan", "lebaran"), ". ",
         o("Sudah telp 119 ext 9 tp disuruh tunggu.", "Kata Kepala Puskesmas tunggu kiriman dinkes.",
           "Ratusan balita blm imunisasi."), " ", tags(R.randint(1, 3))]
    return L


@frame(3)
@short
def z_sms_km():
    L = [o("Jln berlubang di ", "Lampu mati sepanjang ", "Longsor di ", "Macet parah di "), R.choice(ROADS_HERO),
         o(" km ", " KM "), str(R.randint(2, 90)), o(" sdh 2 bln", ", bahaya", " tlg ditangani", " sdh 3 korban jatuh")]
    return maybe_low(L, 0.4)


@frame(3)
def z_ticket16():
    L = [o("Laporan sy ", "Pengaduan dgn nomor laporan ", "Tiket LAPOR "), ticket16(), " ",
         o("sdh 40 hari blm ditindaklanjuti", "statusnya 'selesai' padahal jalan msh rusak",
           "didisposisi ke instansi yg salah"), ". ",
         o("Mohon @lapor1708 cek.", "Sdh sy follow up lewat 1708 jg.", "Tolong eskalasi ke Inspektorat."),
         o("", " Laporan lama #" + ticket7() + " jg sama.")]
    return maybe_low(L, 0.3)


@frame(3)
def z_regulation():
    r1, r2 = R.sample(REGS, 2)
    L = [o("Menurut ", "Sesuai ", "Berdasarkan "), r1, o(" dan ", " serta "), r2, ", ",
         o("pelayanan administrasi kependudukan tidak dipungut biaya", "setiap penyelenggara wajib punya standar pelayanan",
           "sekolah negeri dilarang menjual seragam"), ". ",
         o("Tapi di kantor kecamatan kami masih diminta ", "Faktanya di sekolah kami diminta "), amt(), ". ",
         o("Mohon ditertibkan.", "Ini jelas maladministrasi.", "Kami minta Ombudsman turun.")]
    return L


@frame(3)
def z_kk_count():
    n = f"{R.randint(1, 4)}.{R.randint(100, 999)}"
    L = [o("Banjir bandang ", "Kebakaran lahan ", "Longsor "), o("kemarin ", "tgl 14 "), "membuat ", n,
         o(" KK terdampak", " KK mengungsi", " KK kehilangan rumah"), o(" di Kecamatan ", " di ") + R.choice(KEL), ". ",
         o("Warga RT 04 dan RT 05 ", "Warga RW 03 "), o("belum dapat logistik", "tidur di tenda tanpa selimut",
                                                      "butuh air bersih"), ". ",
         o("Posko di balai desa kekurangan ", "Kami butuh ") + o("140 paket sembako", "50 terpal", "obat-obatan") + "."]
    return maybe_low(L, 0.25)


@frame(3)
def z_inst_email():
    e = R.choice(INST_EMAILS)
    L = [o("Sy sdh kirim surat keberatan ke ", "Email ke ", "Sudah 3x saya email "), e, " ",
         o("sejak bulan lalu tp tdk ada balasan", "dan cuma dapat auto-reply", "tp katanya alamat tdk aktif"), ". ",
         o("Apa ada kontak lain?", "Call center 1500200 juga sibuk terus.", "Mohon informasi."), " ",
         o("", "cc " + R.choice(INST_HANDLES))]
    return maybe_low(L, 0.3)


@frame(3)
def z_nik_novalue():
    L = [o("NIK saya sudah dicek di 3 aplikasi ", "Nik sy sdh valid di dukcapil ", "NIK & KK sdh sy cocokkan "),
         o("tapi tetap tidak terdaftar sbg penerima", "tp di aplikasi bank ditolak", "tp status BPJS msh nonaktif"), ". ",
         o("Petugas cuma bilang tunggu pemutakhiran.", "Kepala Desa bilang itu urusan pusat.", "CS 165 tdk membantu."), " ",
         o("Gmn solusinya?", "Tolong dijelaskan.", emo())]
    return maybe_low(L, 0.4)


@frame(3)
def z_hospital():
    h = R.choice(HOSP)
    L = [o("Antrian poli di ", "Pelayanan IGD ", "Parkir di "), h, " ",
         o("sangat lama, datang jam 6 baru dipanggil jam 2", "mahal, motor Rp5.000/jam", "kacau, pasien di lorong"), ". ",
         o("Akses dari ", "Jalan masuk dari "), R.choice(ROADS_HERO), o(" juga macet total.", " tidak ada rambu."), " ",
         o("Mohon Direktur RS evaluasi.", "Tolong dibenahi.", "")]
    return L


@frame(3)
def z_spbu():
    L = [o("SPBU ", "Pom bensin "), f"{R.randint(31, 74)}.{R.randint(100, 999)}.{R.randint(1, 99):02d}", " ",
         o("di ", "dekat "), R.choice(ROADS_HERO), " ",
         o("sering kehabisan solar tapi jeriken dilayani", "takarannya kurang, isi 20 liter cuma keluar 18",
           "jual pertalite ke pengecer pakai jeriken"), ". ",
         o("Harga eceran jadi ", "Di pengecer jadi "), o("Rp15.000/liter", "Rp 13.500 per liter"), ". ",
         o("Mohon Pertamina cek.", "Tlg ditindak.")]
    return maybe_low(L, 0.3)


@frame(3)
def z_npsn():
    L = [o("SDN ", "SMPN ", "SMAN "), str(R.randint(1, 12)), " ", R.choice(KEL), " (NPSN ", str(R.randint(10000000, 69999999)), ") ",
         o("meminta sumbangan ", "memungut uang komite "), amt(), o(" per siswa", " per anak"), ". ",
         o("Ada ", "Total "), str(R.randint(120, 480)), o(" peserta didik", " siswa"), ". ",
         o("Kepala Sekolah bilang sudah disetujui komite.", "Dana BOS kemana?", "Sesuai " + R.choice(REGS) + " itu dilarang.")]
    return L


@frame(3)
@short
def z_tiktok():
    L = [o("wkwk ", "sumpah ", "min ", "kak "), o("di kampungku jg gini", "ini mah tiap tahun", "sama persis",
                                               "kades kami jg"), " ",
         o("😭😭", "🤣", "🙏", "🔥🔥"), " ", o("#fyp", "#viral", "", "@lapor1708")]
    return maybe_low(L, 0.7)


@frame(4)
def z_regional():
    k = R.randint(0, 4)
    if k == 0:
        L = ["Lur, dalan ", R.choice(ROADS_HERO), " bolong kabeh, wis ono 3 wong tibo. Pak Lurah ra gelem ngurus. Piye iki?"]
    elif k == 1:
        L = ["Punten, naha jalan di lembur abdi teu acan dibenerkeun? Tos 2 taun. Kepala Desa cicing wae. ",
             "Hatur nuhun."]
    elif k == 2:
        L = ["Bang, aer di RT 04 kagak ngalir udeh seminggu. Kata Pak RT udeh lapor PAM tapi kagak ada nyang dateng. ",
             "Tolongin dah."]
    elif k == 3:
        L = ["Torang di kampung so tiga hari nyanda ada listrik. ", R.choice(["@pln_123", "PLN"]),
             " tolong jo, anak-anak mo ujian. Makase."]
    else:
        L = ["Beta mau tanya, kenapa bantuan beras seng sampe di katong pung kampung? Kata Bapa Raja su dikirim ",
             o("tgl 3", "bulan lalu"), ". Danke."]
    return maybe_low(L, 0.4)


@frame(3)
def z_english():
    L = [o("Hi admin, ", "honestly ", "Hello, "), o("the road near ", "the traffic light at ", "the sidewalk along "),
         R.choice(ROADS_HERO), o(" has been broken for months", " is always flooded after rain", " is full of illegal parking"),
         ". ", o("Already reported via 1708, ticket #", "My ticket number is #"), ticket7(), ", ",
         o("no update at all.", "but status says 'closed' lol.", "still waiting."), " ", o("Pls fix asap 🙏", "Thanks.", "")]
    return maybe_low(L, 0.3)


@frame(4)
def z_lower():
    L = [R.choice([
        ["pungli di jembatan timbang tiap truk dimintain ", amt(), " udh lapor ke 112 ga ada respon"],
        ["parkir liar di pasar induk tarifnya ", o("10rb", "15rb", "20rb"), " sekali masuk tolong dishub cek"],
        ["bus transjakarta jurusan kampung melayu telat terus nunggu ", o("40 menit", "1 jam"), " tiap pagi"],
        ["krl jam pulang kantor gangguan lagi ", o("2 jam", "90 menit"), " ketahan di manggarai kompensasi nol"],
        ["pengamen maksa di lampu merah ", o("simpang lima", "perempatan pasar"), " minta ", o("5rb", "10rb"), " kalo ga dikasih ngamuk"],
    ]), " ", o("", "cc " + R.choice(["@dishubdki", "@KAI121", "@tmcpoldametro"]))]
    return low(L)


@frame(3)
def z_incident_date():
    d = f"{R.randint(1, 28)}-{R.randint(1, 12):02d}-{R.choice([2025, 2026])}"
    L = [o("Pada tanggal ", "Tgl ", "Hari Senin "), d, " ",
         o("terjadi pemadaman listrik 9 jam", "truk sampah tidak datang", "pipa PDAM pecah di depan balai RW"), " ",
         o("di ", "sepanjang "), R.choice(ROADS_HERO), ". ", o("Kerugian warga ditaksir ", "Kerugian pedagang sekitar "),
         amt(), ". ", o("Sampai " + str(R.randint(1, 28)) + "/" + str(R.randint(1, 12)) + " belum ada perbaikan.", "Mohon kompensasi.")]
    return L


@frame(3)
def z_pln():
    L = ["@pln_123 ", o("listrik padam sejak jam 7 pagi ", "voltase naik turun, kulkas warga rusak ", "padam bergilir tanpa jadwal "),
         o("di ", "se-"), o("Kec. ", "kelurahan ") + R.choice(KEL), ". ",
         o("Sudah telpon 123 ", "Sdh lapor lewat PLN Mobile "), o("tapi cuma dijawab mesin.", "tiket no " + ticket7() + "."), " ",
         o("Kompensasi 10% mana?", "Tolong segera.", emo(2))]
    return maybe_low(L, 0.4)


@frame(4)
@short
def z_short():
    L = [o("PJU mati di ", "Pohon tumbang di ", "Jalan ambles di ", "Banjir di "), R.choice(ROADS_HERO),
         o(" dpn masjid", " dkt pasar", " arah terminal", ""), o(". tlg", ", mohon dicek", " sdh 5 hari", "")]
    return maybe_low(L, 0.5)


@frame(3)
def z_officials():
    r1, r2 = R.sample(["Pak Lurah", "Pak Camat", "Kepala Desa", "Sekdes", "Pak Kades", "Kadis PU", "Bupati"], 2)
    L = [o("Kami warga ", "Warga "), o("Desa ", "Kelurahan "), R.choice(KEL), " ", o("kecewa dengan ", "mempertanyakan kinerja "),
         r1, ". ", o("Dana desa ", "Anggaran drainase "), o("Rp1,2 miliar ", "Rp 450 juta ", "ratusan juta "),
         o("tidak jelas penggunaannya", "habis tapi saluran tetap mampet"), ". ",
         r2, o(" sudah dilapori sejak Januari.", " hanya janji-janji."), " ", o("Mohon Inspektorat audit.", "Tolong transparan.")]
    return L


# =========================================================================== validation
HONORIFIC_START = re.compile(
    r"^(bapak|pak|bpk|ibu|bu|mas|mbak|bang|kak|sdr\.?|sdri\.?|saudara|haji|h\.|hj\.|ustaz|dr\.|ir\.|"
    r"kang|teh|uda|uni|daeng|bli|mpok|om|tante|cak|lae)\s", re.I)
ADDR_START = re.compile(r"^(jl\.?|jln\.?|jalan|gg\.?|gang|lr\.|lrg\.|lorong|perum|perumahan|perumnas|komp\.|kompleks|"
                        r"komplek|btn|dusun|dsn\.?|jorong|kp\.?|kampung|rt)(?![a-z])", re.I)
FORMAT = {
    "NIK": lambda v, d: len(d) in (15, 16, 17),
    "KK": lambda v, d: len(d) == 16,
    "NPWP": lambda v, d: len(d) in (15, 16),
    "PHONE": lambda v, d: 9 <= len(d) <= 14 and re.match(r"^(\+62|62|0|\(0|\(\+62\))", v) is not None,
    "EMAIL": lambda v, d: re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}", v) is not None,
    "PLATE": lambda v, d: re.fullmatch(r"[A-Za-z]{1,2}[ -]?\d{1,4}[ -]?[A-Za-z]{1,3}", v) is not None,
    "BANK_ACCOUNT": lambda v, d: 10 <= len(d) <= 16,
    "PASSPORT": lambda v, d: re.fullmatch(r"[A-Z] ?\d{7}", v) is not None,
    "BPJS": lambda v, d: len(d) == 13 and d.startswith("000"),
    "NIP": lambda v, d: len(d) == 18,
    "PERSON": lambda v, d: not d and HONORIFIC_START.match(v) is None,
    "ADDRESS": lambda v, d: ADDR_START.match(v) is not None,
    "DATE_OF_BIRTH": lambda v, d: 5 <= len(d) <= 8 and re.search(r"(19|20)\d\d", v) is not None,
    "HANDLE": lambda v, d: re.fullmatch(r"@[a-z0-9_.]+", v) is not None,
}
PROV = {11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65,
        71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96}
INST_H = {h.lower() for h in INST_HANDLES}


def validate(recs):
    errors = []
    ids = set()
    for r in recs:
        rid, t = r["id"], r["text"]
        if rid in ids:
            errors.append(f"{rid}: duplicate id")
        ids.add(rid)
        spans = sorted(r["spans"], key=lambda s: s["start"])
        if len(spans) != len(r["_values"]):
            errors.append(f"{rid}: span/value count mismatch")
        prev = 0
        for s, v in zip(r["spans"], r["_values"]):
            st, en, lab = s["start"], s["end"], s["label"]
            if not (0 <= st < en <= len(t)):
                errors.append(f"{rid}: offsets out of range {s}")
                continue
            if t[st:en] != v:
                errors.append(f"{rid}: text[{st}:{en}]={t[st:en]!r} != value {v!r}")
            if lab not in LABELS:
                errors.append(f"{rid}: bad label {lab}")
            if v != v.strip():
                errors.append(f"{rid}: whitespace at span edge {v!r}")
            if st > 0 and t[st - 1].isalnum():
                errors.append(f"{rid}: span glued on the left {v!r}")
            if en < len(t) and t[en].isalnum():
                errors.append(f"{rid}: span glued on the right {v!r}")
            d = re.sub(r"\D", "", v)
            if not FORMAT[lab](v, d):
                errors.append(f"{rid}: {lab} format check failed for {v!r}")
            if lab in ("NIK", "KK") and len(d) == 16 and int(d[:2]) not in PROV:
                errors.append(f"{rid}: {lab} bad province code {v!r}")
        for s in spans:
            if s["start"] < prev:
                errors.append(f"{rid}: overlapping spans")
            prev = s["end"]
        # what is left outside the spans must hold no unlabelled personal identifiers
        chars = list(t)
        for s in spans:
            for i in range(s["start"], s["end"]):
                chars[i] = "\x00"
        rest = "".join(chars)
        for m in re.finditer(r"\d{9,}", rest):
            if m.group() not in NEAR_MISS_NUMBERS:
                errors.append(f"{rid}: unlabelled digit run {m.group()!r}")
        for m in re.finditer(r"\d+(?:[ .\-]\d+)+", rest):
            dg = re.sub(r"\D", "", m.group())
            if len(dg) >= 10 and dg not in NEAR_MISS_NUMBERS:
                errors.append(f"{rid}: unlabelled grouped number {m.group()!r}")
        for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", rest):
            if m.group().lower() not in INST_EMAILS:
                errors.append(f"{rid}: unlabelled e-mail {m.group()!r}")
        for m in re.finditer(r"(?<![\w.@])@[A-Za-z0-9_.]*[A-Za-z0-9_]", rest):
            if m.group().lower() not in INST_H:
                errors.append(f"{rid}: unlabelled handle {m.group()!r}")
        for m in re.finditer(r"\b[A-Z]{1,2} \d{1,4} [A-Z]{1,3}\b", rest):
            errors.append(f"{rid}: unlabelled plate-like string {m.group()!r}")
    if errors:
        raise SystemExit("validation failed:\n" + "\n".join(errors[:50]))


# =========================================================================== main
def generate():
    jobs = [fn for fn, n in FRAMES for _ in range(n)]
    assert len(jobs) == N_TEXTS, f"frames give {len(jobs)} texts, expected {N_TEXTS}"
    R.shuffle(jobs)
    recs, seen = [], set()
    for i, fn in enumerate(jobs, 1):
        for _ in range(30):
            pieces = list(flat(fn()))
            text, spans = build(pieces)
            text = text.rstrip()
            assert all(sp["end"] <= len(text) for sp in spans)
            if text not in seen:
                break
        else:
            raise RuntimeError("duplicate text from " + fn.__name__)
        seen.add(text)
        vals = [p[0] for p in pieces if isinstance(p, tuple)]
        recs.append({"id": f"seventh-{i:04d}", "text": text, "spans": spans, "_values": vals,
                     "_frame": fn.__name__})
    return recs


def stats(recs):
    per = {}
    for r in recs:
        for s in r["spans"]:
            per[s["label"]] = per.get(s["label"], 0) + 1
    return {
        "texts": len(recs),
        "spans": sum(per.values()),
        "per_label": dict(sorted(per.items(), key=lambda kv: -kv[1])),
        "no_pii": sum(1 for r in recs if not r["spans"]),
        "short_lt100": sum(1 for r in recs if len(r["text"]) < 100),
        "all_lower": sum(1 for r in recs if r["text"] == r["text"].lower()),
    }


def main():
    recs = generate()
    validate(recs)
    st = stats(recs)
    assert st["short_lt100"] >= 40, st
    assert st["all_lower"] >= 40, st
    assert 0.17 <= st["no_pii"] / st["texts"] <= 0.23, st
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps({"id": r["id"], "text": r["text"], "spans": r["spans"]}, ensure_ascii=False) + "\n")
    print(json.dumps(st, indent=1))


if __name__ == "__main__":
    main()
