#!/usr/bin/env python3
"""Generate the held-out PII corpus `holdout.jsonl` (300 annotated Indonesian complaint texts).

Written from the annotation guide (conventions in docs/pii.md) only (not from the redactor's code).  Standard library
only, fixed seed, deterministic:

    python3 tests/pii_corpus/make_holdout.py            # writes tests/pii_corpus/holdout.jsonl

Every text is assembled from pieces: plain strings, or (value, LABEL) tuples.  Offsets are
computed while concatenating, so they are never written by hand.  `validate()` (in
corpusgen.py, shared with the other older generators) re-checks every record before the file is
written.
"""
from __future__ import annotations

import datetime as dt
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpusgen as cg  # noqa: E402  (shared helpers of the older generators)
from corpusgen import BULAN  # noqa: E402

SEED = 17082025
N_TOTAL = 300
N_NOPII = 90
OUT = Path(__file__).resolve().parent / "holdout.jsonl"

R = random.Random(SEED)


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def digits(n):
    return cg.digits(R, n)


# --------------------------------------------------------------------------------------------
# Region codes (Kemendagri).  Only regencies/cities with at least 8 kecamatan are used, and the
# kecamatan part of a NIK is drawn from 01..08, so every generated NIK prefix exists.
# --------------------------------------------------------------------------------------------
REGIONS = {
    "11": ["01", "03", "05", "06", "08", "71"],            # Aceh; 71 Banda Aceh (9 kec.)
    "12": ["01", "02", "04", "07", "12", "75"],            # Sumut; 75 Medan
    "13": ["02", "03", "05", "06", "07", "71"],            # Sumbar; 71 Padang
    "14": ["01", "03", "04", "06", "71"],                  # Riau; 71 Pekanbaru
    "15": ["01", "05", "71"],                              # Jambi
    "16": ["01", "02", "03", "71"],                        # Sumsel; 71 Palembang
    "17": ["01", "71"],                                    # Bengkulu; 71 Kota Bengkulu (9)
    "18": ["01", "02", "03", "04", "05", "71"],            # Lampung; 71 Bandar Lampung
    "19": ["01", "02"],                                    # Babel; Bangka, Belitung
    "21": ["71"],                                          # Kepri; 71 Batam
    "31": ["71", "72", "73", "74", "75"],                  # DKI
    "32": ["01", "02", "03", "04", "05", "06", "09", "12", "15", "16", "17", "71", "73", "75", "76"],
    "33": ["01", "02", "05", "09", "14", "17", "21", "22", "29", "72", "74"],
    "34": ["01", "02", "03", "04", "71"],                  # DIY; 71 Yogyakarta (14 kec.)
    "35": ["01", "05", "07", "09", "10", "15", "16", "24", "25", "73", "78"],
    "36": ["01", "02", "03", "04", "71", "74"],
    "51": ["01", "02", "03", "04", "07", "08"],            # Bali (kabupaten)
    "52": ["01", "02", "03", "04"],                        # NTB
    "53": ["01", "02", "03", "04", "05"],                  # NTT
    "61": ["01", "02", "04", "05"],                        # Kalbar
    "62": ["01", "02", "03"],                              # Kalteng
    "63": ["01", "03", "04", "71"],                        # Kalsel
    "64": ["01", "02", "03", "72"],                        # Kaltim; 72 Samarinda (10)
    "65": ["01", "02"],                                    # Kaltara
    "71": ["01", "02", "05"],                              # Sulut
    "72": ["01", "03", "05"],                              # Sulteng
    "73": ["02", "06", "08", "11", "71"],                  # Sulsel; 71 Makassar
    "74": ["01", "02", "03"],                              # Sultra
    "75": ["01", "02"],                                    # Gorontalo
    "76": ["02", "04"],                                    # Sulbar
    "81": ["01", "03"],                                    # Maluku
    "82": ["01", "03"],                                    # Malut
    "91": ["01", "02"],                                    # old-scheme codes
    "94": ["01", "03"],
}
GROUP_PROV = {
    "jawa": ["33", "34", "35", "31", "36", "32"], "sunda": ["32", "32", "36", "31"],
    "batak": ["12", "12", "14", "31"], "minang": ["13", "13", "14", "31"],
    "bugis": ["73", "73", "74", "64", "76"], "tionghoa": ["31", "12", "61", "35", "21"],
    "arab": ["31", "35", "36", "52", "63"], "bali": ["51"], "aceh": ["11"],
    "buton": ["74"], "timur": ["53", "81", "91", "94", "71", "82"], "other": list(REGIONS),
}

# --------------------------------------------------------------------------------------------
# Names: (full name, call name, sex, group).  The span is the full or the call name; honorifics,
# titles and degrees are always outside (annotation guide, PERSON).
# --------------------------------------------------------------------------------------------
NAMES = [
    ("Bambang Sutrisno", "Bambang", "M", "jawa"), ("Slamet Widodo", "Slamet", "M", "jawa"),
    ("Joko Susilo", "Joko", "M", "jawa"), ("Agus Setiawan", "Agus", "M", "jawa"),
    ("Sugeng Prasetyo", "Sugeng", "M", "jawa"), ("Wahyu Nugroho", "Wahyu", "M", "jawa"),
    ("Heru Purnomo", "Heru", "M", "jawa"), ("Teguh Santoso", "Teguh", "M", "jawa"),
    ("Sutarno", "Sutarno", "M", "jawa"), ("Paijo", "Paijo", "M", "jawa"),
    ("Wagiman", "Wagiman", "M", "jawa"), ("Eko Budi Raharjo", "Eko", "M", "jawa"),
    ("Dwi Cahyono", "Cahyo", "M", "jawa"), ("Ponijan", "Ponijan", "M", "jawa"),
    ("Asep Saepudin", "Asep", "M", "sunda"), ("Cecep Supriatna", "Cecep", "M", "sunda"),
    ("Dede Rohmat", "Dede", "M", "sunda"), ("Ujang Suherman", "Ujang", "M", "sunda"),
    ("Yayan Sopyan", "Yayan", "M", "sunda"), ("Deden Hidayat", "Deden", "M", "sunda"),
    ("Engkos Kosasih", "Engkos", "M", "sunda"), ("Aep Saripudin", "Aep", "M", "sunda"),
    ("Hotman Siregar", "Hotman", "M", "batak"), ("Togar Simanjuntak", "Togar", "M", "batak"),
    ("Lamhot Pardede", "Lamhot", "M", "batak"), ("Sahat Nainggolan", "Sahat", "M", "batak"),
    ("Parulian Situmorang", "Parulian", "M", "batak"), ("Binsar Hutagalung", "Binsar", "M", "batak"),
    ("Fauzi Chaniago", "Fauzi", "M", "minang"), ("Zulkifli Tanjung", "Zul", "M", "minang"),
    ("Hendri Koto", "Hendri", "M", "minang"), ("Afrizal", "Afrizal", "M", "minang"),
    ("Yusrizal Sikumbang", "Yusrizal", "M", "minang"),
    ("Andi Baso Amir", "Baso", "M", "bugis"), ("Muh. Arsyad", "Arsyad", "M", "bugis"),
    ("Abd. Rahman Tahir", "Rahman", "M", "bugis"), ("Syamsuddin", "Syam", "M", "bugis"),
    ("Irwan Pallawa", "Irwan", "M", "bugis"), ("Andi Muh. Yusuf", "Yusuf", "M", "bugis"),
    ("Hendra Gunawan", "Hendra", "M", "tionghoa"), ("Yohanes Tanuwijaya", "Yohanes", "M", "tionghoa"),
    ("Ferry Sutanto", "Ferry", "M", "tionghoa"), ("Lie Kim Hwa", "Kim Hwa", "M", "tionghoa"),
    ("Kevin Wijaya", "Kevin", "M", "tionghoa"), ("Tan Hok Liong", "Hok Liong", "M", "tionghoa"),
    ("Husein Alatas", "Husein", "M", "arab"), ("Salim bin Thalib", "Salim", "M", "arab"),
    ("Muhammad Fadhil Bawazier", "Fadhil", "M", "arab"), ("Ahmad Assegaf", "Ahmad", "M", "arab"),
    ("Abdullah Alkaff", "Abdullah", "M", "arab"),
    ("I Made Sudarsana", "Made", "M", "bali"), ("I Wayan Sudira", "Wayan", "M", "bali"),
    ("Ida Bagus Oka Wirawan", "Oka", "M", "bali"), ("Anak Agung Gede Jaya", "Jaya", "M", "bali"),
    ("I Gusti Ngurah Putra Astawa", "Astawa", "M", "bali"), ("Cokorda Gede Raka", "Raka", "M", "bali"),
    ("Teuku Rizal Fahmi", "Rizal", "M", "aceh"), ("Tengku Mukhlis", "Mukhlis", "M", "aceh"),
    ("La Ode Saleh", "Saleh", "M", "buton"), ("La Ode Muhammad Rusli", "Rusli", "M", "buton"),
    ("Yohanis Ndun", "Yohanis", "M", "timur"), ("Melkianus Tabuni", "Melki", "M", "timur"),
    ("Stevanus Lumowa", "Stevan", "M", "timur"), ("Frans Kabes", "Frans", "M", "timur"),
    ("Yosep Bere", "Yosep", "M", "timur"), ("Rusdi", "Rusdi", "M", "other"),
    ("Sri Wahyuni", "Yuni", "F", "jawa"), ("Tri Handayani", "Tri", "F", "jawa"),
    ("Dwi Lestari", "Dwi", "F", "jawa"), ("Endang Sulastri", "Endang", "F", "jawa"),
    ("Siti Aminah", "Siti", "F", "jawa"), ("Suparmi", "Suparmi", "F", "jawa"),
    ("Tukiyem", "Tukiyem", "F", "jawa"), ("Rini Astuti", "Rini", "F", "jawa"),
    ("Retno Palupi", "Retno", "F", "jawa"), ("Sukarti", "Sukarti", "F", "jawa"),
    ("Euis Komariah", "Euis", "F", "sunda"), ("Neneng Hasanah", "Neneng", "F", "sunda"),
    ("Enok Nurhayati", "Enok", "F", "sunda"), ("Cucu Sumiati", "Cucu", "F", "sunda"),
    ("Imas Masitoh", "Imas", "F", "sunda"), ("Yati Rohayati", "Yati", "F", "sunda"),
    ("Rosmawati br. Sitorus", "Rosma", "F", "batak"), ("Tiurma boru Hutapea", "Tiur", "F", "batak"),
    ("Lasma br Siahaan", "Lasma", "F", "batak"), ("Nurhayati Harahap", "Nur", "F", "batak"),
    ("Yulia Rahmi", "Yulia", "F", "minang"), ("Nurhasanah Piliang", "Nurhasanah", "F", "minang"),
    ("Rosnida", "Rosnida", "F", "minang"), ("Desi Rahmawati Caniago", "Desi", "F", "minang"),
    ("Andi Tenri Ajeng", "Tenri", "F", "bugis"), ("St. Aisyah", "Aisyah", "F", "bugis"),
    ("Hasnawati", "Hasna", "F", "bugis"), ("Andi Nurul Fadhilah", "Nurul", "F", "bugis"),
    ("Lim Mei Ling", "Mei Ling", "F", "tionghoa"), ("Susanti Halim", "Susanti", "F", "tionghoa"),
    ("Oei Giok Lan", "Giok Lan", "F", "tionghoa"), ("Wenny Setiadi", "Wenny", "F", "tionghoa"),
    ("Meliana Tjandra", "Meli", "F", "tionghoa"),
    ("Fatimah Assegaf", "Fatimah", "F", "arab"), ("Aisyah binti Hasan", "Aisyah", "F", "arab"),
    ("Syarifah Nur Alhabsyi", "Syarifah", "F", "arab"), ("Khadijah Bahasuan", "Khadijah", "F", "arab"),
    ("Ni Luh Putu Ariani", "Ariani", "F", "bali"), ("Ni Ketut Sumiati", "Ketut", "F", "bali"),
    ("I Gusti Ayu Ratih", "Ratih", "F", "bali"), ("Anak Agung Ayu Sri Dewi", "Dewi", "F", "bali"),
    ("Cut Rahmawati", "Rahma", "F", "aceh"), ("Cut Intan Fazira", "Intan", "F", "aceh"),
    ("Wa Ode Nurhaya", "Nurhaya", "F", "buton"),
    ("Maria Goreti Bere", "Maria", "F", "timur"), ("Agustina Rumbiak", "Agustina", "F", "timur"),
    ("Jeane Mamahit", "Jeane", "F", "timur"), ("Yuliana Ndoen", "Yuli", "F", "timur"),
    ("Darmi", "Darmi", "F", "other"),
    # more variety
    ("Mulyono", "Mulyono", "M", "jawa"), ("Ahmad Fauzan Nurhadi", "Fauzan", "M", "jawa"),
    ("Rudi Hartono", "Rudi", "M", "jawa"), ("Gunawan Wibisono", "Gunawan", "M", "jawa"),
    ("Iwan Setiawan", "Iwan", "M", "sunda"), ("Rahmat Hidayatullah", "Rahmat", "M", "sunda"),
    ("Maruli Tua Sihombing", "Maruli", "M", "batak"), ("Jonggi Manurung", "Jonggi", "M", "batak"),
    ("Rizki Ananda Putra", "Rizki", "M", "minang"), ("Ilham Syahputra", "Ilham", "M", "aceh"),
    ("Andi Irfan Mappasessu", "Irfan", "M", "bugis"), ("Haeruddin", "Haeruddin", "M", "bugis"),
    ("Budi Santoso Tan", "Budi", "M", "tionghoa"), ("Gilang Ramadhan", "Gilang", "M", "jawa"),
    ("Umar Bin Said Baraja", "Umar", "M", "arab"), ("I Ketut Arya Wibawa", "Arya", "M", "bali"),
    ("Petrus Kanisius Lake", "Petrus", "M", "timur"), ("Max Rumaropen", "Max", "M", "timur"),
    ("Wa Ode Sitti Hasnah", "Hasnah", "F", "buton"), ("Sumarni", "Sumarni", "F", "jawa"),
    ("Puji Rahayu", "Puji", "F", "jawa"), ("Nining Kurniasih", "Nining", "F", "sunda"),
    ("Ratna Sari Dewi Lubis", "Ratna", "F", "batak"), ("Ernawati Sinaga", "Erna", "F", "batak"),
    ("Fitri Handayani Putri", "Fitri", "F", "minang"), ("Andi Besse Arung", "Besse", "F", "bugis"),
    ("Veronika Liem", "Vero", "F", "tionghoa"), ("Nur Aini Bachmid", "Aini", "F", "arab"),
    ("Ni Made Wulandari", "Wulan", "F", "bali"), ("Cut Nurul Husna", "Husna", "F", "aceh"),
    ("Margaretha Wenda", "Margaretha", "F", "timur"), ("Ayu Kartika", "Ayu", "F", "jawa"),
]

MUSLIM_GROUPS = {"jawa", "sunda", "minang", "bugis", "arab", "aceh", "buton", "other"}

BLN3 = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]


def rand_date(y0, y1):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(start, end))


_used_names: set = set()


class Person:
    def __init__(self, sex=None, minor=False, old=False, group=None, family=None, muslim=False, young=False):
        if family is not None:
            group = family.group
        pool = [n for n in NAMES if (sex is None or n[2] == sex) and (group is None or n[3] == group)
                and (not muslim or n[3] in MUSLIM_GROUPS) and n[0] not in _used_names]
        if not pool:
            pool = [n for n in NAMES if (sex is None or n[2] == sex)]
        self.name, self.call, self.sex, self.group = pick(pool)
        _used_names.add(self.name)
        if minor:
            self.dob = rand_date(2008, 2019)
        elif old:
            self.dob = rand_date(1938, 1960)
        elif young:
            self.dob = rand_date(1998, 2006)
        else:
            self.dob = rand_date(1958, 2003)
        prov = pick(GROUP_PROV[self.group])
        self.region6 = prov + pick(REGIONS[prov]) + "%02d" % R.randint(1, 8)
        if family is not None:
            self.region6 = family.region6
        self.serial = "%04d" % R.choice([R.randint(1, 40), R.randint(1, 400), R.randint(1, 2500)])
        self._nip = None
        self._npwp = None

    # value strings -------------------------------------------------------------------------
    def nik_digits(self):
        d = self.dob
        return cg.nik16(self.region6, d.day, d.month, d.year, self.sex == "F", self.serial)

    def nip_digits(self):
        if self._nip is None:
            d = self.dob
            y = min(d.year + R.randint(22, 32), 2024)
            self._nip = cg.nip18(d.year, d.month, d.day, y, R.choice([1, 2, 3, 4, 12]), self.sex == "F",
                                 R.randint(1, 14))
        return self._nip

    def npwp_digits(self):
        if self._npwp is None:
            self._npwp = "%02d" % R.randint(4, 9) + digits(7) + "%03d" % R.randint(401, 990) + "000"
        return self._npwp


# ---- labelled value helpers: each returns a (value, LABEL) tuple or a list of pieces --------
def NIK(p, style=None, mistype=False):
    d = p.nik_digits()
    if mistype:                               # guide: ~4% mistyped (15 or 17 digits), still NIK
        i = R.randint(6, 14)
        d = d[:i] + d[i + 1:] if chance(0.5) else d[:i] + d[i] + d[i:]
        return (d, "NIK")
    style = style or R.choices(["plain", "space", "dash", "dot"], [60, 15, 10, 15])[0]
    return (cg.fmt16(d, style), "NIK")


def KK(p, style=None):
    issue = rand_date(2009, 2024)
    d = cg.id16(p.region6, issue.day, issue.month, issue.year, "%04d" % R.randint(1, 9999))
    style = style or R.choices(["plain", "space", "dash", "dot"], [60, 15, 10, 15])[0]
    return (cg.fmt16(d, style), "KK")


def NPWP(p, style=None):
    style = style or R.choices(["dotted", "plain", "zero16", "nik16"], [50, 20, 15, 15])[0]
    d = p.npwp_digits()                       # drawn (and cached) even when the NIK is used
    if style == "nik16":
        return (p.nik_digits(), "NPWP")
    return (cg.fmt_npwp(d, style), "NPWP")


MOBILE = ["811", "812", "813", "821", "822", "823", "851", "852", "853", "814", "815", "816",
          "855", "856", "857", "858", "817", "818", "819", "859", "877", "878", "831", "832",
          "833", "838", "895", "896", "897", "898", "899", "881", "882", "883", "887", "888"]


def PHONE(form=None):
    d = pick(MOBILE) + digits(R.choice([7, 8, 8, 8, 9]))       # national part, 10-12 digits
    s = "0" + d
    forms = ["plain", "dash", "space", "dot", "p62dash", "p62", "62", "paren62", "4333", "p62space"]
    w = [30, 18, 10, 5, 7, 9, 5, 3, 4, 5]
    form = form or R.choices(forms, w)[0]
    if form == "4333" and len(s) < 12:
        form = "space"
    return (cg.fmt_mobile(s, form), "PHONE")


AREAS = [("021", 8), ("021", 7), ("022", 7), ("024", 7), ("031", 7), ("0274", 6), ("0361", 6),
         ("061", 7), ("0411", 6), ("0751", 6), ("0711", 6), ("0341", 6), ("0271", 6), ("0542", 6),
         ("0561", 6), ("0431", 6), ("0370", 6), ("0380", 6), ("0251", 7), ("0231", 6), ("0778", 6)]


def LANDLINE():
    area, n = pick(AREAS)
    sub = str(R.randint(2, 8)) + digits(n - 1)
    k = 3 if n <= 7 else 4
    v = pick([cg.fmt_landline(area, sub, f, k)
              for f in ("paren", "paren_dash", "dash", "space_split", "paren_split")])
    return (v, "PHONE")


DOMAINS = ["gmail.com"] * 8 + ["yahoo.com", "yahoo.co.id", "hotmail.com", "outlook.com", "ymail.com"]


def EMAIL(p):
    parts = cg.slugs(p.name, cg.NAME_PARTICLES) or [cg.alpha(p.call)]
    first, last = parts[0], parts[-1]
    local = pick([f"{first}.{last}", f"{first}{last}{R.randint(1, 99)}", f"{first}_{last}",
                  f"{first}{p.dob.year}", f"{cg.alpha(p.call)}{R.randint(10, 999)}", f"{first}.{last}{p.dob.year % 100:02d}"])
    if first == last:
        local = f"{first}{R.randint(10, 99)}"
    return (f"{local}@{pick(DOMAINS)}", "EMAIL")


def HANDLE(p):
    parts = cg.slugs(p.name, ("boru", "bin", "binti", "muh", "abd"), 3) or [cg.alpha(p.call)]
    first, last = parts[0], parts[-1]
    h = pick([f"{first}_{last}", f"{first}{last}{R.randint(1, 99)}", f"{first}.{last}",
              f"{cg.alpha(p.call)}_{R.randint(80, 99)}", f"real{first}", f"{first}.{R.choice(['id', 'official', 'xx', 'jr'])}"])
    return ("@" + h, "HANDLE")


PLATE_CODES = ["B", "D", "F", "T", "E", "Z", "A", "G", "H", "K", "R", "AA", "AB", "AD", "AE", "AG",
               "L", "M", "N", "P", "S", "W", "DK", "DR", "EA", "DH", "BK", "BB", "BA", "BM", "BH",
               "BG", "BN", "BE", "KB", "DA", "KT", "DB", "DD", "DN", "DT", "DE", "PA", "KH", "BP"]
PLATE_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def PLATE(form=None):
    code = pick(PLATE_CODES)
    num = str(R.randint(1, 9999)) if chance(0.7) else str(R.randint(1, 999))
    suf = "".join(pick(PLATE_LETTERS) for _ in range(R.choice([1, 2, 2, 3, 3])))
    form = form or R.choices(["space", "glued", "dash", "lower"], [65, 15, 10, 10])[0]
    return (cg.fmt_plate(code, num, suf, form), "PLATE")


def BANK(bank=None):
    """returns (bank name, (account, 'BANK_ACCOUNT'))"""
    bank = bank or pick(["BRI", "BRI", "BNI", "BCA", "BSI", "Mandiri", "Mandiri", "CIMB Niaga", "BTN",
                         "Bank Jatim", "Bank BJB", "Bank Sumut", "Bank Nagari", "Bank Kalbar", "BNI", "BCA"])
    if bank == "BRI":
        d = "%04d" % R.randint(1, 9999) + pick(["01", "02"]) + digits(6) + pick(["50", "51", "53"]) + str(R.randint(0, 9))
        v = pick([cg.fmt_account(d, bank), d])
    elif bank == "Mandiri":
        d = "1" + digits(2) + "00" + digits(8)
        v = pick([cg.fmt_account(d, bank), d])
    elif bank == "CIMB Niaga":
        v = "70" + digits(R.choice([11, 12]))
    elif bank == "BTN":
        v = "00" + digits(14)
    else:
        v = str(R.randint(1, 9)) + digits(9)
    return bank, (v, "BANK_ACCOUNT")


def PASSPORT():
    v = pick("BBCCXE") + (" " if chance(0.2) else "") + str(R.randint(1, 9)) + digits(6)
    return (v, "PASSPORT")


def BPJS():
    d = "000" + digits(10)
    return (pick([d, d, d, cg.fmt_bpjs(d, True)]), "BPJS")


def NIP(p):
    d = p.nip_digits()
    return (pick([d, cg.fmt_nip(d, True)]), "NIP")


def DOB(p, form=None):
    d = p.dob
    form = form or pick(["long", "long", "short", "dash", "slash", "dot", "iso", "dash", "slash"])
    return (cg.fmt_date(d.day, d.month, d.year, form, short=BLN3), "DATE_OF_BIRTH")


def N(p, call=False):
    return (p.call if call else p.name, "PERSON")


HON_M = ["Bapak ", "Pak ", "Bpk. ", "Sdr. ", "Saudara ", "Mas ", "Bang ", "H. ", "Pak Haji ", "Pak "]
HON_F = ["Ibu ", "Bu ", "Sdri. ", "Mbak ", "Kak ", "Hj. ", "Bu Hj. "]
TITLE_PRE = ["Dr. ", "dr. ", "Ir. ", "Drs. ", "H. ", "Prof. Dr. "]
DEGREE = [", S.Pd.", ", S.H.", ", S.E.", ", M.Si.", ", S.Kom.", ", S.Sos.", " S.Pd", ", S.T., M.T.", ", S.IP"]


def H(p, call=None, formal=False, degree=False):
    """honorific + name (+ degree).  Only the name is the span."""
    if call is None:
        call = chance(0.3)
    if formal:
        pre = pick(["Bapak ", "Ibu "] if False else (["Bapak ", "Bpk. ", "Sdr. "] if p.sex == "M" else ["Ibu ", "Sdri. "]))
        if chance(0.35):
            pre += pick(TITLE_PRE if p.sex == "M" else ["dr. ", "Dra. ", "Hj. ", "Dr. "])
            if p.group not in MUSLIM_GROUPS:
                pre = pre.replace("H. ", "").replace("Hj. ", "")
    else:
        pre = pick(HON_M if p.sex == "M" else HON_F)
    if p.group not in MUSLIM_GROUPS and any(x in pre for x in ("H.", "Hj.", "Haji")):
        pre = "Bapak " if p.sex == "M" else "Ibu "
    out = [pre, N(p, call)]
    if degree and not call:
        out.append(pick(DEGREE))
    return out


# --------------------------------------------------------------------------------------------
# Addresses (guide: from the designator through house number and RT/RW; area parts outside)
# --------------------------------------------------------------------------------------------
STREETS = ["Kenanga", "Melati", "Mawar", "Anggrek", "Cempaka", "Flamboyan", "Rajawali", "Merpati",
           "Kutilang", "Nusa Indah", "Kamboja", "Teratai", "Dahlia", "Cendrawasih", "Nangka",
           "Manggis", "Rambutan", "Pelita", "Swadaya", "Bakti", "Karya Bersama", "Harapan",
           "Masjid Al-Ikhlas", "Raya Cileungsi", "Raya Bojongsoang", "Tentara Pelajar", "Diponegoro",
           "Sudirman", "Pemuda", "Cut Nyak Dhien", "Gatot Subroto", "Pahlawan", "Veteran", "Sei Batang Hari",
           "Taman Siswa", "Cibaduyut Raya", "Bhayangkara", "Kebon Sirih", "Pramuka", "Palapa"]
GANGS = ["Mawar III", "Damai", "Buntu", "Sawo 2", "Masjid", "Kelinci", "H. Naim", "Jambu", "Sukun", "Sepakat", "Langgar"]
PERUMS = ["Griya Asri", "Bumi Indah Permai", "Taman Sari Indah", "Puri Cendana", "Graha Citra", "Villa Mutiara", "Pesona Alam"]
KOMPS = ["Bumi Asri", "Pondok Hijau", "Permata Biru", "Angkasa Pura", "Pemda", "Kodam"]
DUSUNS = ["Krajan", "Sumberejo", "Ngablak", "Karanganyar", "Cikadu", "Sukamulya", "Tegalrejo", "Wonokerto"]
KAMPUNGS = ["Cibogo", "Babakan", "Pasir Kaliki", "Ciherang", "Sawah Lega", "Cimanggu"]
BTNS = ["Minasa Upa", "Hamzy", "Antang Permai", "Pao-Pao"]
LORONG = ["Mawar", "Sepakat", "Kenari", "Harapan"]
KELS = ["Sukajadi", "Sukamaju", "Margahayu", "Sidomulyo", "Sumberrejo", "Tegalsari", "Pasir Putih",
        "Bojong Kulur", "Lebak Bulus", "Kebon Jeruk", "Mekarsari", "Tanjung Rejo", "Talang Banjar",
        "Lamper Kidul", "Batu Aji", "Air Tawar", "Kampung Baru", "Panjer", "Oebufu", "Tamalanrea"]
KECS = ["Cibeunying Kidul", "Coblong", "Tebet", "Cakung", "Medan Johor", "Tamalate", "Banyumanik",
        "Wonokromo", "Ilir Timur I", "Tampan", "Kuranji", "Banjarmasin Utara", "Oebobo", "Ampenan",
        "Denpasar Selatan", "Pontianak Barat", "Sungai Kunjang", "Wenang", "Sirimau", "Abepura",
        "Umbulharjo", "Lowokwaru", "Tanah Sareal", "Ciledug", "Kejaksan", "Tarogong Kidul", "Sewon", "Waru"]
CITIES = ["Bandung", "Bekasi", "Depok", "Medan", "Makassar", "Semarang", "Surabaya", "Palembang",
          "Pekanbaru", "Padang", "Banjarmasin", "Kupang", "Mataram", "Denpasar", "Pontianak", "Samarinda",
          "Manado", "Ambon", "Jayapura", "Yogyakarta", "Malang", "Bogor", "Tangerang", "Cirebon",
          "Tasikmalaya", "Garut", "Sleman", "Bantul", "Sidoarjo", "Kendari", "Banda Aceh", "Jambi"]


def rtrw():
    a, b = R.randint(1, 15), R.randint(1, 12)
    return pick([cg.fmt_rtrw(a, b, f) for f in ("slash", "pad3", "dot", "nopad", "space", "short3", "short")])


def housenum():
    n = R.randint(1, 250)
    return pick([f"No. {n}", f"No.{n}", f"No {n}", f"nomor {n}", f"No. {n}{pick('ABC')}", f"No. {n}/{R.randint(1, 30)}"])


def ADDR(kind=None):
    kind = kind or R.choices(["jl", "jlgg", "gg", "perum", "komp", "dusun", "kp", "btn", "lr", "jlkm"],
                             [30, 12, 10, 10, 7, 8, 7, 4, 4, 3])[0]
    sep = pick([" ", " ", ", "])
    with_rt = chance(0.55)
    if kind == "jl":
        v = pick(["Jl. ", "Jl. ", "Jln. ", "Jalan ", "JL. "]) + pick(STREETS) + " " + housenum()
    elif kind == "jlgg":
        v = pick(["Jl. ", "Jalan "]) + pick(STREETS) + pick([" Gg. ", " Gang "]) + pick(GANGS) + " " + housenum()
    elif kind == "gg":
        v = "Gg. " + pick(GANGS) + " " + housenum()
    elif kind == "perum":
        v = pick(["Perum ", "Perumahan "]) + pick(PERUMS) + f" Blok {pick('ABCDEFGH')}{R.randint(1, 12)} No. {R.randint(1, 40)}"
    elif kind == "komp":
        v = pick(["Komp. ", "Komplek "]) + pick(KOMPS) + f" Blok {pick('ABCDEF')} No. {R.randint(1, 60)}"
    elif kind == "dusun":
        v = pick(["Dusun ", "Dsn. "]) + pick(DUSUNS)
        with_rt = True
    elif kind == "kp":
        v = "Kp. " + pick(KAMPUNGS)
        with_rt = True
    elif kind == "btn":
        v = "BTN " + pick(BTNS) + f" Blok {pick('ABCD')}{R.randint(1, 9)} No. {R.randint(1, 30)}"
    elif kind == "lr":
        v = "Lr. " + pick(LORONG) + " " + housenum()
    else:  # jlkm, e.g. Yogyakarta style
        v = pick(["Jl. Kaliurang Km 5,6", "Jl. Magelang Km 8", "Jl. Wates Km 4"]) + f" Gg. {pick(GANGS)} No. {R.randint(1, 40)}"
    if with_rt:
        v += (" " if kind in ("dusun", "kp") else sep) + rtrw()
    return (v, "ADDRESS")


def AREA_TAIL():
    return pick([f", Kel. {pick(KELS)}", f", Kel. {pick(KELS)}, Kec. {pick(KECS)}",
                 f" Kelurahan {pick(KELS)} Kecamatan {pick(KECS)}", f", Desa {pick(KELS)}, Kec. {pick(KECS)}",
                 f", Kota {pick(CITIES)} {R.randint(20, 99)}{R.randint(100, 999)}", f" Kec. {pick(KECS)}", ""])


# --------------------------------------------------------------------------------------------
# Near-miss generators (never PII)
# --------------------------------------------------------------------------------------------
PRICE_TIER = {
    "s": ["Rp 10.000", "Rp25.000", "Rp 50rb", "Rp 20 ribu", "Rp 35.000", "Rp15rb", "Rp 50.000"],
    "m": ["Rp 150.000", "Rp. 250.000,-", "Rp300 ribu", "Rp 500rb", "Rp. 750.000,-", "Rp 600.000", "Rp 200 ribu", "150rb"],
    "l": ["Rp 1.500.000", "Rp1,5 juta", "Rp 2 jt", "Rp 3,5 juta", "Rp 5.000.000", "Rp 2.750.000", "Rp 10 juta"],
}


def PRICE(tier=None):
    if tier:
        return pick(PRICE_TIER[pick(tier)])
    return pick(["Rp 1.500.000", "Rp1,5 juta", "Rp. 250.000,-", "Rp 50rb", "300 ribu", "Rp 2 jt",
                 "Rp750.000", f"Rp {R.randint(2, 95) * 5}.000", f"Rp{R.randint(1, 9)}.{R.randint(1, 9)}00.000",
                 "Rp 100 ribu", "Rp 25.000", "Rp 3,2 juta", "Rp 600.000", "Rp 10.000", "150rb", "Rp 5 juta"])


def REG():
    return pick(["Perpres 76/2013", "UU No. 25 Tahun 2009", "PermenPANRB 62/2018", "PP 43/2021",
                 "Permendikbud No. 1 Tahun 2021", "UU 27/2022", "Perda No. 5 Tahun 2019", "Permenkes 4/2019",
                 "Permendagri 108/2019", "Perpres 82/2018", "PP 60/2016", "Permendikbud 75/2016",
                 "UU No. 14 Tahun 2008", "Perpres No. 59 Tahun 2020", "Permensos 1/2018"])


def HOTLINE():
    return pick(["1708", "112", "110", "119", "123", "165", "1500200", "113"])


def TICKET():
    k = R.randint(0, 2)
    if k == 0:
        return "#" + str(R.randint(1000000, 9999999))
    if k == 1:
        return str(R.randint(10000000, 99999999))
    y = R.randint(2021, 2025)
    return f"{y}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + digits(8)   # 16 digits, starts 20..


def TICKET16():
    y = R.randint(2021, 2025)
    return f"{y}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + digits(8)


def IDATE():
    d = dt.date.fromordinal(R.randint(dt.date(2023, 1, 1).toordinal(), dt.date(2025, 11, 30).toordinal()))
    return pick([f"{d.day} {BULAN[d.month - 1]} {d.year}", f"{d.day:02d}-{d.month:02d}-{d.year}",
                 f"{d.day}/{d.month}/{d.year % 100:02d}", f"tgl {d.day} {BLN3[d.month - 1]}",
                 f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {BULAN[d.month - 1]}"])


def TIME():
    return pick(["pukul 21.30 WIB", "jam 7 pagi", "jam 14.00", "pkl 09.15", "pukul 23.00 WITA",
                 "jam 2 siang", "sekitar jam 10 malam", "pukul 06.45 WIT"])


def COUNT():
    return pick([f"{R.randint(1, 9)}.{R.randint(100, 999)} KK terdampak", f"{R.randint(40, 300)} peserta",
                 f"sekitar {R.randint(30, 500)} warga", f"{R.randint(12, 90)} kepala keluarga",
                 f"{R.randint(2, 40)} rumah", f"{R.randint(100, 900)} KK"])


def NPSN():
    return str(pick([1, 2, 3, 6, 5])) + digits(7)


def SPBU():
    return f"{R.randint(11, 84)}.{R.randint(101, 999)}.{R.randint(1, 99):02d}"


HERO_ST = ["Jl. Sudirman", "Jalan Ahmad Yani", "Jl. Diponegoro", "Jl. Gatot Subroto", "Jl. Teuku Umar",
           "Jl. Pattimura", "Jl. Imam Bonjol", "Jl. Sisingamangaraja", "Jl. Pangeran Antasari",
           "Jalan Jenderal Sudirman", "Jl. MT Haryono", "Jl. Dr. Wahidin Sudirohusodo", "Jl. HOS Cokroaminoto",
           "Jl. R.A. Kartini", "Jl. Hasanuddin", "Jl. Ki Hajar Dewantara", "Jl. Cut Nyak Dhien", "Jl. Urip Sumoharjo"]
ROADS = ["Jl. Raya Bogor", "Jalan Lintas Sumatera", "Jl. Raya Pantura", "Jalan Trans Sulawesi",
         "Jl. Raya Puncak", "Jalan Lintas Timur", "Jl. Raya Serang", "Jalan Poros Maros"]
HOSP = ["RSUP Dr. Sardjito", "RSUD dr. Soetomo", "RSUD dr. Zainoel Abidin", "RSUP Dr. Wahidin Sudirohusodo",
        "RSUD Dr. Moewardi", "RSUD Tarakan", "RSUD Koja", "RSUP H. Adam Malik", "RSUD dr. Iskak", "RSUD Kota Bekasi"]
SCHOOLS = ["SDN 4 Sukajadi", "SMPN 2 Cibinong", "SMAN 3 Bekasi", "SMKN 1 Mataram", "MIN 2 Banda Aceh",
           "SMA Negeri 1 Kupang", "SDN 060 Medan Johor", "SMPN 12 Makassar", "SDN Cibogo 02", "SMAN 5 Padang"]
AGENCIES = ["Dinas PU Kota Bandung", "Dinas PUPR Kabupaten Bogor", "Disdukcapil Kota Medan",
            "Dinas Pendidikan Provinsi Jawa Barat", "Dinas Sosial Kab. Garut", "Dishub DKI Jakarta",
            "DLH Kota Semarang", "Kantor Pertanahan Kab. Sleman", "PLN ULP Cimahi", "PDAM Tirta Pakuan",
            "Perumda Tirtanadi", "BPJS Kesehatan Cabang Bogor", "DPMPTSP Kota Makassar", "Dinkes Kota Depok",
            "Kecamatan Cibeunying", "Bapenda Kota Tangerang", "Satpol PP Kota Surabaya", "Disdukcapil Kab. Bekasi"]
INST_EMAIL = ["pengaduan@lapor.go.id", "humas@jakarta.go.id", "dukcapil@pekanbaru.go.id",
              "pengaduan@kemdikbud.go.id", "info@dinsos.jatimprov.go.id"]
INST_HANDLE = ["@lapor1708", "@pln_123", "@humaspolri", "@kemenkes_ri", "@dukcapilkemendagri",
               "@bpjskesehatan_ri", "@dishubdki", "@kemensosri", "@pemkotbandung"]


def CITY():
    return pick(CITIES)


def KEL():
    return pick(KELS)


def KEC():
    return pick(KECS)


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------
SLOT = re.compile(r"\{(\w+)\}")


def T(tpl, **f):
    """'text {x} text' with f[x] = str | (value, LABEL) | list of those -> list of pieces"""
    def fill(m):
        v = f[m.group(1)]
        return [v] if isinstance(v, (str, tuple)) else v
    return cg.fill_slots(SLOT, tpl, fill)


OPEN_FORMAL = ["Yth. Admin LAPOR!,\n", "Kepada Yth. Pengelola SP4N-LAPOR!\n\n", "Assalamualaikum wr. wb.\n",
               "Selamat pagi Bapak/Ibu,\n", "Dengan hormat,\n", "Mohon izin melapor. ", "Selamat siang. ",
               "Yth. Bapak/Ibu petugas, ", "Selamat malam admin. "]
OPEN_CASUAL = ["Min, ", "Halo admin 🙏 ", "Pagi min. ", "Permisi min 🙏🙏\n", "min tolong ", "Hi admin, ",
               "Assalamualaikum min. ", "Lapor min! ", "😡 ", "Tolong dibantu min… ", ""]
CLOSE_FORMAL = [" Terima kasih.", " Mohon ditindaklanjuti.", "\nAtas perhatiannya saya ucapkan terima kasih.",
                " Wassalamualaikum wr. wb.", " Mohon segera ditindak sesuai aturan.", "\n\nHormat saya.", ""]
CLOSE_CASUAL = [" Makasih min 🙏", " Tolong segera ditindak!!", " Thanks.", " pls follow up asap",
                " 😭😭", " Mohon respon cepat‼️", " trims", "", " 🙏", " Sekian, terima kasih."]

SMS_MAP = [(r"\bsaya\b", "sy"), (r"\byang\b", "yg"), (r"\btidak\b", "tdk"), (r"\bdengan\b", "dgn"),
           (r"\bkarena\b", "krn"), (r"\bsudah\b", "sdh"), (r"\bbelum\b", "blm"), (r"\buntuk\b", "utk"),
           (r"\bnomor HP\b", "no hp"), (r"\batas nama\b", "a.n."), (r"\btolong\b", "tlg"),
           (r"\bmohon\b", "mhn"), (r"\btapi\b", "tp"), (r"\bpadahal\b", "pdhl"), (r"\bsekarang\b", "skrg"),
           (r"\bsegera\b", "sgr"), (r"\bjuga\b", "jg"), (r"\bbisa\b", "bs"), (r"\bterima kasih\b", "trmksh"),
           (r"\bgimana\b", "gmn"), (r"\bkalau\b", "klo"), (r"\bsampai\b", "smp"), (r"\bjalan\b", "jln"),
           (r"\bdari\b", "dr"), (r"\bbulan\b", "bln"), (r"\btanggal\b", "tgl")]
TYPOS = [("rusak", "rusakk"), ("dibantu", "dibatu"), ("sekolah", "sekolh"), ("petugas", "ptugas"),
         ("diperbaiki", "diperbaikin"), ("kantor", "kantr"), ("segera", "segra"), ("minta", "mnta")]


def sms_piece(s):
    for pat, rep in SMS_MAP:
        s = re.sub(pat, lambda m: rep if chance(0.75) else m.group(0), s)
    for a, b in TYPOS:
        if a in s and chance(0.3):
            s = s.replace(a, b, 1)
    return s


def apply_register(pieces, reg):
    out = []
    for p in pieces:
        if isinstance(p, str):
            if reg == "caps":
                p = p.upper()
            elif reg == "lower":
                p = p.lower()
            elif reg == "sms":
                p = sms_piece(p)
            out.append(p)
        else:
            v, lab = p
            if reg == "caps" and lab not in ("EMAIL", "HANDLE"):
                v = v.upper()
            elif reg == "lower" and lab not in ("PASSPORT",):
                v = v.lower()
            out.append((v, lab))
    return out


# --------------------------------------------------------------------------------------------
# Templates with PII.  Each returns a list of pieces.
# --------------------------------------------------------------------------------------------
PII_TEMPLATES = []
NOPII_TEMPLATES = []


def pii(fn):
    PII_TEMPLATES.append(fn)
    return fn


def nopii(fn):
    NOPII_TEMPLATES.append(fn)
    return fn


def REPORTER_TAIL(p, budget):
    """identity block of the reporter, at most `budget` spans"""
    if budget <= 0:
        return []
    opts = [
        lambda: T("\nPelapor: {n}, HP {ph}", n=N(p), ph=PHONE()),
        lambda: T(" Identitas saya: {n}, NIK {nik}.", n=N(p), nik=NIK(p)),
        lambda: T("\n\nHormat saya,\n{n}\n{ph}", n=N(p), ph=PHONE()),
        lambda: T(" Sy {n}, bs dihubungi di WA {ph}", n=N(p), ph=PHONE()),
        lambda: T("\nNama: {n}\nNIK: {nik}\nNo HP/WA: {ph}", n=N(p), nik=NIK(p), ph=PHONE()),
        lambda: T(" CP: {ph} a.n. {n}", ph=PHONE(), n=N(p)),
        lambda: T(" — {n} ({ph})", n=N(p), ph=PHONE()),
        lambda: T(" Kontak sy: {e}", e=EMAIL(p)),
        lambda: T(" Pelapor {n}, email {e}", n=N(p), e=EMAIL(p)),
        lambda: T(" Telp rumah {ph}, HP {ph2}", ph=LANDLINE(), ph2=PHONE()),
        lambda: T("\nTTD,\n{n}", n=N(p)),
        lambda: T(" Mohon identitas saya ({n}, {ph}) dirahasiakan.", n=N(p), ph=PHONE()),
        lambda: T("\nIdentitas pelapor: {n}, NIK {nik}, HP {ph}", n=N(p), nik=NIK(p), ph=PHONE()),
        lambda: T(" (pelapor: {n}, KTP {nik})", n=N(p), nik=NIK(p)),
        lambda: T("\n\n{n}\nNIK {nik}\nTelp/WA {ph}", n=N(p), nik=NIK(p), ph=PHONE()),
        lambda: T(" Hub. sy di {ph} atau IG {h}", ph=PHONE(), h=HANDLE(p)),
        lambda: T("\nPelapor: {n}, telp. {ph}", n=N(p), ph=LANDLINE()),
        lambda: T(" Saya {n}, bisa ditelepon ke {ph} (rumah).", n=N(p), ph=LANDLINE()),
    ]
    for _ in range(30):
        cand = pick(opts)()
        if sum(1 for x in cand if isinstance(x, tuple)) <= budget:
            return cand
    return []


TAILMARK = "\x00TAIL"


def n_spans(pieces):
    return sum(1 for x in pieces if isinstance(x, tuple))


def with_tail(body, rep=None, p_tail=0.5):
    rep = rep or Person()
    if chance(p_tail):
        tail = REPORTER_TAIL(rep, 5 - n_spans(body))
        if tail:
            return body + [TAILMARK] + tail
    return body


# ---- roads / infrastructure ----
@pii
def t_road_home():
    rep = Person()
    body = T("Jalan di depan rumah saya, {a}{ar}, rusak parah sejak {d}. Lubangnya sedalam 30 cm dan sudah "
             "{k} motor jatuh. Sudah lapor ke {ag} tapi belum ada perbaikan.",
             a=ADDR(pick(["jl", "jlgg", "gg"])), ar=AREA_TAIL(), d=IDATE(), k=str(R.randint(2, 9)), ag=pick(AGENCIES))
    return with_tail(body, rep, 0.8)


@pii
def t_drainage():
    rep, ketua = Person(), Person(sex="M")
    return T("Saluran air di gang kami mampet sejak {d}, tiap hujan banjir selutut. Ketua RT ({hn}) sudah "
             "mengajukan ke kelurahan tapi katanya tunggu anggaran {y}. Rumah saya {a}.",
             d=IDATE(), hn=N(ketua), y=str(R.randint(2025, 2026)), a=ADDR()) + \
        REPORTER_TAIL(rep, 2)


@pii
def t_pju():
    rep = Person()
    return T("Lampu PJU di {st} mati total {n} minggu, rawan begal. Pernah ada korban {t}. "
             "Saya warga {kel}, no HP {ph}.",
             st=pick(HERO_ST), n=str(R.randint(2, 6)), t=TIME(), kel="Kel. " + KEL(), ph=PHONE())


@pii
def t_bridge_contractor():
    kontraktor = Person(sex="M")
    return T("Proyek jembatan di {road} km {km} senilai {pr} mangkrak. Pelaksana lapangan {hn} tdk pernah "
             "muncul, nomornya {ph} tidak aktif. Mobil proyek {pl} ditinggal begitu saja.",
             road=pick(ROADS), km=str(R.randint(3, 120)), pr=pick(["Rp 4,7 miliar", "Rp 2,1 M", "Rp 850 juta"]), hn=H(kontraktor), ph=PHONE(), pl=PLATE())


# ---- BPJS / health ----
@pii
def t_bpjs_parent():
    par = Person(old=True)
    rep = Person()
    rel = "ibu" if par.sex == "F" else "bapak"
    body = T("Kartu BPJS Kesehatan {rel} saya {n} (no. kartu {b}) tiba-tiba nonaktif padahal iuran {pr}/bulan "
             "dibayar rutin. Beliau lahir {dob}, usia {age} tahun, harus cuci darah 2x seminggu.",
             rel=rel, n=N(par), b=BPJS(), pr=pick(["Rp 35.000", "Rp 42.000", "Rp 150.000", "Rp100 ribu"]),
             dob=DOB(par), age=str(2025 - par.dob.year))
    return with_tail(body, rep, 0.4)


@pii
def t_bpjs_pbi():
    rep = Person()
    return T("Saya peserta PBI, no BPJS {b}, NIK {nik}. Di faskes dibilang tidak aktif sejak {d}. "
             "Saya tidak mampu bayar mandiri. Sesuai {reg} seharusnya ada pemberitahuan dulu.",
             b=BPJS(), nik=NIK(rep), d=IDATE(), reg=pick(["Perpres 82/2018", "Permensos 1/2018"]))


@pii
def t_igd_refused():
    pat = Person(old=True)
    return T("{rel} kami {n} ditolak di IGD {h} {t} dengan alasan kamar penuh, padahal kondisinya sesak napas. "
             "Kartu JKN-KIS {b}. Kami terpaksa ke klinik swasta bayar {pr}.",
             rel=pick(["Nenek", "Ibu"] if pat.sex == "F" else ["Kakek", "Ayah"]), n=N(pat), h=pick(HOSP), t=TIME(), b=BPJS(), pr=PRICE("ml"))


@pii
def t_doctor_rude():
    doc = Person()
    rep = Person()
    body = T("Pelayanan poli penyakit dalam di {h} sangat buruk. {pre}{n}{suf} datang jam 11 padahal "
             "jadwal jam 8, pasien antre {c} orang. Waktu ditanya malah marah-marah.",
             h=pick(HOSP), pre="dr. ", n=N(doc), suf=pick([", Sp.PD", " Sp.PD", ""]), c=str(R.randint(40, 120)))
    return with_tail(body, rep, 0.5)


@pii
def t_kis_child():
    par = Person()
    ch = Person(minor=True, family=par)
    return T("KIS anak saya {n} no {b} tdk bisa dipakai berobat. Lahir {dob}, sdh didaftarkan sejak bayi. "
             "Tolong cek ya min 🙏 No KK {kk}",
             n=N(ch), b=BPJS(), dob=DOB(ch), kk=KK(par))


@pii
def t_puskesmas_bidan():
    bidan = Person(sex="F")
    return T("Bidan desa, {hn}, minta bayaran {pr} utk persalinan padahal kami peserta JKN. "
             "Kartu BPJS istri saya {b}. Kalau tdk bayar katanya surat keterangan lahir ditahan.",
             hn=H(bidan), pr=PRICE("ml"), b=BPJS())


# ---- schools / PPDB ----
@pii
def t_ppdb_zonasi():
    par = Person()
    ch = Person(minor=True, family=par)
    return T("Anak saya {n} ditolak di {s} jalur zonasi padahal jarak rumah kami ({a}) ke sekolah "
             "cuma {m} meter. NIK anak {nik}, KK {kk}. Yang diterima malah dari kecamatan lain.",
             n=N(ch), s=pick(SCHOOLS), a=ADDR(pick(["jl", "gg", "perum", "jlgg"])), m=str(R.randint(150, 900)),
             nik=NIK(ch), kk=KK(par))


@pii
def t_ppdb_pungli():
    kepsek = Person()
    return T("Kepala sekolah {s} ({hn}) minta uang seragam + gedung {pr} ke semua wali murid baru. "
             "Yang tdk bayar diancam tdk dapat kursi. No WA beliau {ph}. Melanggar {reg}.",
             s=pick(SCHOOLS), hn=H(kepsek, formal=True, degree=True), pr=PRICE("ml"), ph=PHONE(),
             reg=pick(["Permendikbud 75/2016", "Permendikbud No. 1 Tahun 2021"]))


@pii
def t_lks():
    guru = Person()
    rep = Person()
    body = T("Wali kelas anak saya, {hn}, mewajibkan beli LKS {pr} per semester di koperasi sekolah {s}. "
             "NPSN sekolah {np}.",
             hn=H(guru, degree=True), pr=PRICE("m"), s=pick(SCHOOLS), np=NPSN())
    return with_tail(body, rep, 0.6)


@pii
def t_pip():
    par = Person()
    ch = Person(minor=True, family=par)
    bank, acc = BANK("BRI")
    return T("Dana PIP anak sy {n} tahun {y} belum masuk ke rekening {bank} {acc} atas nama {pn}. "
             "Kata pihak sekolah sudah cair {d}.",
             n=N(ch), y=str(R.randint(2023, 2025)), bank=bank, acc=acc, pn=N(par), d=IDATE())


@pii
def t_ijazah_ditahan():
    rep = Person(young=True)
    return T("Ijazah saya ditahan {s} karena tunggakan SPP {pr}. Saya lulus {y}, skrg butuh buat melamar kerja. "
             "Nama {n}, lahir {dob}. WA {ph}",
             s=pick(SCHOOLS), pr=PRICE("ml"), y=str(R.randint(2019, 2024)), n=N(rep), dob=DOB(rep), ph=PHONE())


@pii
def t_teacher_tpg():
    g = Person()
    bank, acc = BANK(pick(["BRI", "Bank Jatim", "Bank BJB", "BNI", "Bank Sumut"]))
    return T("Tunjangan profesi guru triwulan {q} belum cair. Nama {n}, NIP {nip}, rekening {bank} {acc}. "
             "Operator dinas bilang data SIMPKB bermasalah tapi tidak ada solusi.",
             q=pick(["I", "II", "III"]), n=N(g), nip=NIP(g), bank=bank, acc=acc)


# ---- bansos / PKH / BLT ----
@pii
def t_pkh():
    rep = Person(sex="F")
    pend = Person()
    return T("Nama saya {n}, NIK {nik}, terdaftar di DTKS tapi PKH tahap {k} belum cair. Pendamping PKH "
             "{hp} tidak bisa dihubungi di {ph}.",
             n=N(rep), nik=NIK(rep), k=str(R.randint(1, 4)), hp=H(pend), ph=PHONE())


@pii
def t_blt_cut():
    rt = Person(sex="M")
    return T("BLT Dana Desa {pr} per bulan dipotong {pr2} oleh Pak RT {n} dengan alasan 'uang kas'. "
             "Ada {c} KPM yang kena potong. Mohon Inspektorat turun.",
             pr=pick(["Rp 300.000", "Rp300 ribu"]), pr2=pick(["Rp 50.000", "Rp50rb", "Rp 100.000"]), n=N(rt, call=True), c=str(R.randint(20, 140)))


@pii
def t_bpnt_rek():
    rep = Person(sex="F")
    bank, acc = BANK(pick(["BNI", "BRI", "Mandiri", "BSI"]))
    return T("Dana BPNT masuk ke rekening {bank} {acc} tapi saldo saya 0, kata agen sudah ditarik. "
             "KKS a.n. {n}, NIK {nik}.",
             bank=bank, acc=acc, n=N(rep), nik=NIK(rep))


@pii
def t_bansos_wrong():
    kades = Person(sex="M")
    nb = Person(sex="F", old=True)
    return T("Bansos beras 10 kg di desa kami cuma dibagi ke keluarga Kepala Desa {n}. Tetangga saya "
             "{hn}, janda lansia, tidak pernah dapat. Rumahnya di {a}{ar}.",
             n=N(kades), hn=H(nb, call=False), a=ADDR(pick(["dusun", "kp", "gg", "jl"])), ar=AREA_TAIL())


@pii
def t_pkh_graduate_forced():
    rep = Person(sex="F")
    return T("Sy dipaksa tanda tangan graduasi mandiri PKH oleh pendamping, pdhl suami sy sakit stroke. "
             "KK {kk}, NIK sy {nik}.",
             kk=KK(rep), nik=NIK(rep))


# ---- Dukcapil ----
@pii
def t_ktp_not_printed():
    rep = Person()
    body = T("Saya rekam KTP-el sejak {d} di {ag} tapi sampai sekarang belum dicetak, alasannya blanko habis. "
             "NIK {nik}, tgl lahir {dob}.",
             d=IDATE(), ag=pick(["Disdukcapil Kota Medan", "Disdukcapil Kab. Bekasi", "kantor kecamatan"]),
             nik=NIK(rep), dob=DOB(rep))
    return with_tail(body, rep, 0.4)


@pii
def t_kk_update():
    rep = Person()
    return T("Mau update KK karena anak lahir, No. KK {kk}, tapi petugas di loket minta {pr} biar cepat. "
             "Katanya kalau gratis tunggu {n} bulan. Padahal {reg} bilang gratis.",
             kk=KK(rep), pr=PRICE("sm"), n=str(R.randint(2, 6)),
             reg=pick(["UU No. 24 Tahun 2013", "Perpres 96/2018"]))


@pii
def t_akta():
    ch = Person(minor=True)
    return T("Akta kelahiran anak saya {n} salah tanggal lahir. Harusnya {dob}, tertulis lain. Sudah 3x "
             "bolak-balik Dukcapil, disuruh bawa surat RT lagi. NIK anak: {nik}",
             n=N(ch), dob=DOB(ch), nik=NIK(ch))


@pii
def t_calo_dukcapil():
    calo = Person(sex="M")
    rep = Person()
    body = T("Ada calo di depan {ag} namanya {n}, no HP {ph}, nawarin KTP jadi 1 hari bayar {pr}. "
             "Petugas dalam kayaknya kerja sama.",
             ag=pick(["Disdukcapil Kota Medan", "Disdukcapil Kab. Bekasi", "Mal Pelayanan Publik"]),
             n=N(calo, call=chance(0.5)), ph=PHONE(), pr=PRICE("m"))
    return with_tail(body, rep, 0.3)


@pii
def t_nik_ganda():
    rep = Person()
    return T("NIK saya {nik} ternyata ganda dengan orang lain di {c}, jadi tidak bisa daftar BPJS dan "
             "vaksin. Nama saya {n}, TTL {city}, {dob}.",
             nik=NIK(rep), c=CITY(), n=N(rep), city=CITY(), dob=DOB(rep))


@pii
def t_nik_mistyped():
    rep = Person()
    return T("data saya di sistem dukcapil ga muncul, NIK {nik}. udh dicek berkali-kali. tolong min. {n}",
             nik=NIK(rep, mistype=True), n=N(rep))


@pii
def t_form_style():
    rep = Person()
    return T("Nama : {n}\nNIK : {nik}\nAlamat : {a}{ar}\nNo HP : {ph}\nIsi laporan : {body}",
             n=N(rep), nik=NIK(rep), a=ADDR(), ar=AREA_TAIL(), ph=PHONE(),
             body=pick(["jalan depan rumah rusak, tiap hujan jadi kolam.", "air PDAM mati 5 hari.",
                        "bantuan sembako tdk sampai ke warga.", "listrik padam tiap malam."]))


@pii
def t_ttl_form():
    rep = Person()
    return T("Data diri pelapor\nNama lengkap: {n}\nTTL: {city}, {dob}\nNIK: {nik}\nEmail: {e}\n\n"
             "Keluhan: pengajuan {x} saya ditolak tanpa alasan jelas sejak {d}.",
             n=N(rep), city=CITY(), dob=DOB(rep), nik=NIK(rep), e=EMAIL(rep),
             x=pick(["KIP Kuliah", "bantuan UMKM", "beasiswa daerah", "rumah subsidi"]), d=IDATE())


# ---- PLN / PDAM ----
@pii
def t_pln_outage():
    rep = Person()
    return T("Listrik di {a}{ar} padam {k} kali seminggu, kulkas dan pompa air rusak. Call center {h} "
             "cuma dijawab 'sedang gangguan'. Hubungi saya di {ph}.",
             a=ADDR(), ar=AREA_TAIL(), k=str(R.randint(3, 7)), h="123", ph=LANDLINE() if chance(0.5) else PHONE())


@pii
def t_pln_petugas():
    pet = Person(sex="M")
    return T("Petugas PLN yang datang ke rumah ngaku bernama {n} minta {pr} untuk ganti meteran, katanya "
             "biar tidak kena denda P2TL. Mobilnya {pl}. Apa benar ada biaya seperti itu?",
             n=N(pet), pr=PRICE("ml"), pl=PLATE())


@pii
def t_pdam():
    rep = Person()
    return T("Air PDAM di rumah saya {a} tidak mengalir sejak {d}, tapi tagihan tetap {pr}. "
             "Sudah lapor via WA resmi PDAM tidak dibalas. {n}",
             a=ADDR(), d=IDATE(), pr=PRICE("m"), n=N(rep))


@pii
def t_pdam_landline():
    rep = Person()
    return T("Pipa PDAM bocor di depan rumah kami ({a}) sdh {k} hari, air terbuang percuma. Telp rumah {ph}.",
             a=ADDR(pick(["jl", "jlgg", "komp", "perum"])), k=str(R.randint(3, 14)), ph=LANDLINE())


# ---- police / traffic ----
@pii
def t_tilang_damai():
    pol = Person(sex="M")
    return T("Saya ditilang di {st} {t}, oknum polantas {nm} minta damai {pr}. Kendaraan saya {pl}. "
             "Tidak diberi surat tilang sama sekali.",
             st=pick(HERO_ST), t=TIME(), nm=[pick(["bernama ", "an. ", "dgn nama dada "]), N(pol)], pr=PRICE("sm"), pl=PLATE())


@pii
def t_motor_stolen():
    rep = Person()
    body = T("Motor saya dicuri di parkiran pasar {d}, nopol {pl}. Sudah buat LP di Polsek {kec} tapi "
             "{m} bulan tidak ada kabar. Nomor LP {tk}.",
             d=IDATE(), pl=PLATE(), kec=KEC(), m=str(R.randint(2, 8)), tk=f"LP/B/{R.randint(100, 999)}/{pick(['III', 'V', 'IX'])}/{R.randint(2023, 2025)}")
    return with_tail(body, rep, 0.7)


@pii
def t_parkir():
    return T("Juru parkir liar depan minimarket di {st} minta 5rb, motor saya {pl} dibaret waktu saya tolak. "
             "Katanya dia orangnya {hn}.",
             st=pick(HERO_ST), pl=PLATE(), hn=H(Person(sex="M"), call=True))


@pii
def t_truck_odol():
    return T("Truk ODOL {pl} tiap malam lewat jalan desa, padahal kelas jalan cuma 8 ton. Jalan hancur. "
             "Truk lain {pl2} juga.",
             pl=PLATE(), pl2=PLATE())


@pii
def t_angkot():
    return T("angkot trayek {tr} nopol {pl} ngetem sembarangan dan minta ongkos {pr}, lebih dari tarif "
             "perwali. sopirnya kasar.",
             tr=pick(["05", "T12", "Cicaheum–Ledeng", "M24"]), pl=PLATE(), pr=pick(["10rb", "Rp 8.000", "Rp15.000"]))


@pii
def t_plat_merah():
    return T("Mobil dinas plat merah {pl} dipakai mudik/belanja di mal hari Minggu {d}. Apakah boleh pakai "
             "fasilitas negara untuk pribadi?",
             pl=PLATE(pick(["space", "glued"])), d=IDATE())


@pii
def t_ojol():
    drv = Person(sex="M")
    return T("Driver ojol {n} ({pl}) ugal-ugalan dan nyerempet anak saya di {st}, lalu kabur. Akun "
             "IG-nya {h}.",
             n=N(drv), pl=PLATE(), st=pick(HERO_ST), h=HANDLE(drv))


@pii
def t_police_slow():
    rep = Person()
    perp = Person()
    return T("Saya korban penipuan arisan oleh {hn} (alamat {a}{ar}), kerugian {pr}. Laporan ke Polres "
             "sdh {m} bulan mandek. HP saya {ph}",
             hn=H(perp, call=False), a=ADDR(pick(["jl", "jlgg", "perum", "komp"])), ar=AREA_TAIL(),
             pr=PRICE("l"), m=str(R.randint(2, 9)), ph=PHONE())


# ---- pungli / levies ----
@pii
def t_pungli_kelurahan():
    lurah_staff = Person()
    return T("Staf Kelurahan {kel} atas nama {n} minta {pr} untuk surat pengantar SKCK. Katanya 'uang "
             "rokok'. No WA yang dipakai: {ph}",
             kel=KEL(), n=N(lurah_staff), pr=PRICE("sm"), ph=PHONE())


@pii
def t_pungli_sekolah_caps():
    rep = Person()
    return T("PUNGUTAN UANG PERPISAHAN {pr} DI {s} TIDAK MASUK AKAL!! ORTU DIPAKSA BAYAR. SAYA {n}, HP {ph}",
             pr=PRICE("m"), s=pick(SCHOOLS), n=N(rep), ph=PHONE())


@pii
def t_pungli_pasar():
    preman = Person(sex="M")
    return T("Pedagang di Pasar {kel} dipungut retribusi ganda, {pr}/hari oleh dinas + {pr2} oleh preman "
             "{n}. Karcis tidak diberikan.",
             kel=KEL(), pr=pick(["Rp 5.000", "Rp3.000"]), pr2=pick(["Rp 10.000", "Rp20rb"]), n=[pick(["bernama ", "yg dipanggil "]), N(preman, call=True)])


@pii
def t_pungli_ptsl():
    kades = Person(sex="M")
    rep = Person()
    return T("Program PTSL di desa kami dipungut {pr} per bidang, padahal SKB 3 Menteri hanya Rp 150.000. "
             "Yang mengumpulkan uang Sekdes {n}. Saya bisa dihubungi {ph}.",
             pr=pick(["Rp 600.000", "Rp750 ribu", "Rp 1 juta"]), n=N(kades), ph=PHONE())


# ---- land ----
@pii
def t_land_cert():
    dad = Person(sex="M", old=True)
    oknum = Person(sex="M")
    return T("Sertifikat tanah atas nama almarhum ayah saya, {n}, belum jadi sejak {y} di {ag}. Sudah bayar "
             "{pr} ke oknum {o} ({ph}) yang janji bisa bantu.",
             n=N(dad), y=str(R.randint(2018, 2022)), ag=pick(["Kantor Pertanahan Kab. Sleman", "BPN Kota Depok", "Kantor Pertanahan Kab. Bogor"]),
             pr=PRICE("l"), o=N(oknum), ph=PHONE())


@pii
def t_land_grab():
    rep = Person()
    perp = Person()
    return T("Tanah warisan saya di {a}{ar} diserobot oleh {hn} yang mengaku punya SHM. Luas {m} m². "
             "Saya punya girik asli.",
             a=ADDR(pick(["dusun", "kp", "jl"])), ar=AREA_TAIL(), hn=H(perp, call=False), m=str(R.randint(100, 900)))


# ---- waste / environment ----
@pii
def t_waste_neighbor():
    nb = Person()
    return T("Tetangga saya {hn} buang sampah ke sungai tiap malam, sudah ditegur Pak RT tapi ngeyel. "
             "Rumahnya di {a}.",
             hn=H(nb, call=chance(0.5)), a=ADDR(pick(["jl", "gg", "jlgg", "perum"])))


@pii
def t_waste_tps():
    rep = Person()
    return T("TPS di dekat rumah saya ({a}) tidak diangkut {k} hari, bau dan banyak lalat 🤢. "
             "DLH tidak merespon. Mohon ditindak. {n} - {ph}",
             a=ADDR(), k=str(R.randint(4, 14)), n=N(rep), ph=PHONE())


@pii
def t_factory():
    owner = Person(sex="M")
    return T("Pabrik tahu milik {hn} di {a} buang limbah ke selokan warga, bau menyengat sampai radius {c} meter. "
             "Sudah {k} tahun begini.",
             hn=H(owner, call=False), a=ADDR(pick(["jl", "gg", "kp"])), c=str(R.randint(2, 8) * 100), k=str(R.randint(2, 6)))


@pii
def t_karaoke():
    owner = Person()
    return T("Tempat karaoke milik {hn} di {a}{ar} buka sampai jam 3 pagi, musik keras. Warga sdh "
             "protes ke Satpol PP.",
             hn=H(owner, call=False), a=ADDR(pick(["jl", "jlgg"])), ar=AREA_TAIL())


# ---- permits / tax ----
@pii
def t_pbg():
    rep = Person()
    return T("Permohonan PBG saya di DPMPTSP sudah {m} bulan tidak selesai padahal SLA 28 hari (sesuai {reg}). "
             "Pemohon: {n}, NPWP {np}, email {e}.",
             m=str(R.randint(3, 9)), reg="PP 16/2021", n=N(rep), np=NPWP(rep), e=EMAIL(rep))


@pii
def t_npwp_blocked():
    rep = Person()
    return T("NPWP saya {np} tidak bisa login DJP Online sejak pemadanan NIK. Sdh email ke kring pajak "
             "tapi belum dibalas. Nama {n}.",
             np=NPWP(rep), n=N(rep))


@pii
def t_npwp_nik():
    rep = Person()
    return T("Sejak NIK jadi NPWP (PMK 112/2022), NPWP saya {np} tercatat atas nama orang lain di aplikasi "
             "bank. NIK saya {nik}. Mohon dibantu.",
             np=NPWP(rep, "nik16"), nik=NIK(rep, "plain"))


@pii
def t_umkm_nib():
    rep = Person()
    return T("Pengajuan izin usaha mikro saya tertahan di OSS. Sudah 4x upload. Nama usaha {u}, pemilik "
             "{n}, NPWP {np}, WA {ph}.",
             u=pick(["Warung Berkah", "Keripik Mbok Sri", "Laundry Kilat", "Bengkel Maju Jaya"]), n=N(rep),
             np=NPWP(rep), ph=PHONE())


# ---- passport / immigration ----
@pii
def t_passport_lost():
    rep = Person()
    return T("Saya kehilangan paspor nomor {pp} di bandara. Kantor Imigrasi minta denda {pr} dan surat "
             "kehilangan dari polisi. Apakah dendanya resmi? Email: {e}",
             pp=PASSPORT(), pr=pick(["Rp 1.000.000", "Rp 2,5 juta", "Rp500 ribu"]), e=EMAIL(rep))


@pii
def t_passport_tki():
    sis = Person(sex="F")
    rep = Person()
    return T("Adik saya {n} (paspor {pp}) bekerja di Malaysia, paspornya ditahan agen PT penyalur. Dia "
             "minta tolong via WA {ph}. Mohon BP2MI bantu 🙏",
             n=N(sis), pp=PASSPORT(), ph=PHONE(pick(["p62", "p62dash", "62", "plain"])))


@pii
def t_passport_slow():
    rep = Person()
    return T("Pembuatan paspor online antrean penuh terus, tapi calo di luar kantor bisa dapat slot hari "
             "ini bayar {pr}. Paspor lama saya {pp} sudah mati. {n}",
             pr=PRICE("ml"), pp=PASSPORT(), n=N(rep))


@pii
def t_passport_wrongdata():
    rep = Person()
    return T("Data tanggal lahir di paspor saya ({pp}) salah cetak. Yang benar {dob} sesuai KTP, NIK {nik}. "
             "Petugas minta buat baru bayar penuh.",
             pp=PASSPORT(), dob=DOB(rep), nik=NIK(rep))


# ---- civil servants ----
@pii
def t_asn_bolos():
    asn = Person()
    return T("Oknum ASN di {ag} bernama {n}, NIP {nip}, jarang masuk kantor tapi tunjangan tetap jalan. "
             "Tiap hari cuma absen pagi lalu pergi.",
             ag=pick(AGENCIES), n=N(asn), nip=NIP(asn))


@pii
def t_pension():
    rep = Person(old=True)
    bank, acc = BANK(pick(["BRI", "Mandiri", "BTN", "BNI"]))
    return T("Saya pensiunan PNS, NIP {nip}, gaji pensiun bulan ini tidak masuk ke rekening {bank} {acc}. "
             "Taspen bilang data sudah dikirim.",
             nip=NIP(rep), bank=bank, acc=acc)


@pii
def t_pppk():
    rep = Person()
    return T("Saya honorer sejak {y}, lulus PPPK tapi SK belum keluar. {n}, lahir {dob}, NIK {nik}.",
             y=str(max(rep.dob.year + 20, R.randint(2008, 2016))), n=N(rep), dob=DOB(rep), nik=NIK(rep))


@pii
def t_camat_nip():
    c = Person()
    return T("Camat {kec}, {hn}, NIP {nip}, ikut kampanye salah satu paslon. Ada foto dan videonya di "
             "akun {h}.",
             kec=KEC(), hn=H(c, formal=True, degree=True, call=False), nip=NIP(c), h=HANDLE(Person()))


# ---- banking / scams / data leaks ----
@pii
def t_scam_online():
    seller = Person()
    bank, acc = BANK(pick(["BCA", "BRI", "BNI", "Mandiri", "BSI", "CIMB Niaga"]))
    return T("Saya ditipu penjual HP di marketplace, akun IG {h}. Sudah transfer {pr} ke rekening {bank} "
             "{acc} a.n. {n}, WA {ph} sekarang diblokir.",
             h=HANDLE(seller), pr=PRICE("l"), bank=bank, acc=acc, n=N(seller), ph=PHONE())


@pii
def t_pinjol():
    rep = Person()
    return T("Data KTP saya (NIK {nik}) dipakai pinjol ilegal tanpa izin, sekarang saya diteror debt "
             "collector. Email saya {e}, sy tdk pernah pinjam. Sesuai UU 27/2022 mohon ditindak.",
             nik=NIK(rep), e=EMAIL(rep))


@pii
def t_data_leak_handle():
    rep = Person()
    seller = Person()
    return T("Akun {h} jual data KK dan KTP warga di Telegram. Data saya ikut bocor: {n}, KK {kk}.",
             h=HANDLE(seller), n=N(rep), kk=KK(rep))


@pii
def t_tol_ganti_rugi():
    rep = Person()
    bank, acc = BANK(pick(["Mandiri", "BTN", "BRI"]))
    return T("Uang ganti rugi lahan tol belum dibayar ke rekening {bank} {acc} atas nama {n}, padahal "
             "appraisal selesai {d}. Nilai {pr}.",
             bank=bank, acc=acc, n=N(rep), d=IDATE(), pr=pick(["Rp 450 juta", "Rp1,2 miliar", "Rp 320.000.000"]))


@pii
def t_kpr():
    rep = Person()
    bank, acc = BANK("BTN")
    return T("KPR subsidi saya di BTN, rek {acc}, kena denda padahal autodebet. Developer juga belum "
             "serahkan sertifikat rumah {a}.",
             acc=acc, a=ADDR(pick(["perum", "btn"])))


@pii
def t_koperasi():
    bend = Person(sex="F")
    return T("Bendahara koperasi simpan pinjam, {hn}, kabur bawa uang anggota {pr}. Rekening {bank} "
             "{acc} atas nama dia sudah kosong.",
             hn=H(bend, call=False), pr=pick(["Rp 2,3 miliar", "Rp 870 juta"]), bank="BRI",
             acc=BANK("BRI")[1])


# ---- social media / officials ----
@pii
def t_kades_medsos():
    kd = Person(sex="M")
    return T("Kepala Desa kami, {hn}, memaki warga yang kritik dana desa di Facebook dan IG {h}. "
             "Screenshot sudah saya simpan.",
             hn=H(kd, call=False), h=HANDLE(kd))


@pii
def t_email_followup():
    rep = Person()
    return T("Saya sudah kirim email dari {e} ke {ie} pada {d}, juga mention {ih}, tapi tidak ada "
             "balasan. Nomor laporan {tk}.",
             e=EMAIL(rep), ie=pick(INST_EMAIL), d=IDATE(), ih=pick(INST_HANDLE), tk=TICKET())


@pii
def t_english():
    rep = Person()
    return T("Hi admin, I want to report that the streetlights on {st} have been off for weeks and it's "
             "dangerous at night. My name is {n}, phone {ph}, email {e}. Thanks!",
             st=pick(HERO_ST), n=N(rep), ph=PHONE(pick(["p62", "p62space", "p62dash", "paren62"])), e=EMAIL(rep))


@pii
def t_english_mixed():
    rep = Person()
    return T("So disappointed 😤 udah 3x complain soal {x} tp ga ada follow up sama sekali. Please "
             "contact me di {ph} atau DM {h}.",
             x=pick(["KRL delay", "bus Transjakarta", "trotoar rusak", "parkir liar"]), ph=PHONE(), h=HANDLE(rep))


@pii
def t_rt_bare():
    rep = Person()
    return T("Alamat saya {a}, Kel. {kel}. Di lingkungan kami ada {c} rumah yang belum teraliri air bersih. "
             "Tolong diperhatikan. {n}",
             a=(rtrw(), "ADDRESS"), kel=KEL(), c=str(R.randint(12, 60)), n=N(rep))


@pii
def t_dusun_road():
    rep = Person()
    return T("Jalan desa menuju dusun kami rusak parah, ambulans tidak bisa lewat. Saya tinggal di {a}, "
             "Desa {kel}. Mohon Dinas PUPR turun. HP {ph}",
             a=ADDR(pick(["dusun", "kp"])), kel=KEL(), ph=PHONE())


@pii
def t_lpg():
    owner = Person()
    return T("Pangkalan LPG 3 kg milik {hn} di {a} jual {pr} per tabung, di atas HET Rp 18.000. "
             "Kalau protes tidak dilayani.",
             hn=H(owner, call=True), a=ADDR(pick(["jl", "gg", "jlgg"])), pr=pick(["Rp 25.000", "Rp28rb", "Rp 30 ribu"]))


@pii
def t_workplace():
    boss = Person(sex="M")
    return T("Gaji karyawan toko bangunan milik {hn} di {a}{ar} di bawah UMK, cuma {pr}/bulan, tanpa "
             "BPJS. Tolong Disnaker cek.",
             hn=H(boss, call=False), a=ADDR("jl"), ar=AREA_TAIL(), pr=pick(["Rp 1,5 juta", "Rp1.200.000", "Rp 900 ribu"]))


@pii
def t_vaccine_cert():
    rep = Person()
    return T("Sertifikat vaksin saya salah tgl lahir, harusnya {dob}. NIK {nik}. Mau perbaiki di aplikasi "
             "tidak bisa.",
             dob=DOB(rep), nik=NIK(rep))


@pii
def t_sms_short():
    rep = Person()
    return T("LAPOR: bantuan rumah tdk layak huni di desa sy tdk tepat sasaran. Sy {n} {nik}",
             n=N(rep), nik=NIK(rep))


@pii
def t_whatsapp_multi():
    rep = Person()
    return T("Assalamualaikum\n\nSaya mau lapor 🙏\nSudah 2 bulan sampah di {st} tidak diangkut\n"
             "Bau banget 😷\n\nSaya {n}\nWA {ph}",
             st=pick(HERO_ST), n=N(rep), ph=PHONE())


@pii
def t_two_phones():
    rep = Person()
    return T("Tolong hubungi saya utk klarifikasi laporan {tk}: {ph} / {ph2} ({n}).",
             tk=TICKET(), ph=PHONE(), ph2=PHONE(), n=N(rep))


@pii
def t_child_school_dob():
    ch = Person(minor=True)
    ch.dob = rand_date(2018, 2019)          # school-entry age
    return T("Anak saya {n} lahir {dob} ditolak masuk SD karena usia kurang 7 tahun per {d}, padahal "
             "Permendikbud membolehkan usia 6 tahun.",
             n=N(ch, call=chance(0.3)), dob=DOB(ch), d=pick(["1 Juli", "1 Juli 2025", "Juli"]))


@pii
def t_debt_collector():
    dc = Person(sex="M")
    return T("Debt collector {n} ({ph}) datang ke rumah dan menyita motor {pl} tanpa surat, padahal "
             "cicilan baru telat {k} hari.",
             n=N(dc), ph=PHONE(), pl=PLATE(), k=str(R.randint(5, 30)))


@pii
def t_kk_nik_dotted():
    rep = Person()
    return T("Nomor KK saya {kk} tidak terbaca di sistem Dapodik, anak tidak bisa daftar sekolah. NIK "
             "kepala keluarga {nik}.",
             kk=KK(rep, "dot"), nik=NIK(rep, "dot"))


@pii
def t_bpjs_ktp_caps():
    rep = Person()
    return T("KARTU BPJS SAYA {b} DIPINDAH KE FASKES LAIN TANPA SEPENGETAHUAN SAYA. NIK {nik}, NAMA {n}.",
             b=BPJS(), nik=NIK(rep), n=N(rep))


@pii
def t_rusun():
    rep = Person()
    return T("Saya penghuni rusunawa, tarif sewa naik {p} tanpa sosialisasi. Pengelola {hn} bilang itu "
             "keputusan dinas. Email {e}",
             p=pick(["30%", "25 persen", "50%"]), hn=H(Person(), call=chance(0.5)), e=EMAIL(rep))


@pii
def t_handle_only():
    pen = Person()
    return T("Oknum guru honorer dengan akun TikTok {h} menyebarkan video siswa tanpa izin, "
             "{c} menonton. Mohon Disdik menindak.",
             h=HANDLE(pen), c=pick(["ribuan orang", "lebih dari 50.000 orang", "ratusan ribu akun"]))


@pii
def t_transport_bus():
    return T("Bus AKAP {pl} ugal-ugalan di {road} km {km} {t}, hampir tabrak pemotor. Mohon Dishub cek "
             "KIR-nya.",
             pl=PLATE(), road=pick(ROADS), km=str(R.randint(10, 150)), t=TIME())


@pii
def t_travel_gelap():
    drv = Person(sex="M")
    return T("Travel gelap {pl} angkut penumpang melebihi kapasitas, sopir {n} ({ph}).",
             pl=PLATE(), n=N(drv, call=True), ph=PHONE())


@pii
def t_housing_permit():
    rep = Person()
    return T("Tetangga bangun ruko 4 lantai tanpa PBG, menutup akses jalan ke rumah saya di {a}. Nama saya "
             "{n}, KTP {nik}.",
             a=ADDR(pick(["jl", "jlgg", "gg", "komp"])), n=N(rep), nik=NIK(rep))


@pii
def t_old_widow():
    rep = Person(sex="F", old=True)
    son = Person(sex="M")
    return T("Ibu saya {n}, janda {age} tahun, lahir {dob}, tidak dapat bantuan lansia. Yang lapor "
             "anaknya, {sn}, HP {ph}.",
             n=N(rep), age=str(2025 - rep.dob.year), dob=DOB(rep), sn=N(son), ph=PHONE())


@pii
def t_npwp_restitusi():
    rep = Person()
    return T("Restitusi PPh saya tahun pajak {y} belum cair sejak {d}, padahal SPT sudah diperiksa. "
             "NPWP {np}. Konfirmasi ke KPP tidak pernah dijawab, email saya {e}.",
             y=str(R.randint(2021, 2023)), d=IDATE(), np=NPWP(rep), e=EMAIL(rep))


@pii
def t_npwp_cpns():
    rep = Person()
    return T("Waktu daftar CASN, NPWP saya {np} dibilang tidak valid, padahal sudah dipadankan dengan NIK "
             "{nik}. Batas unggah berkas {d}. Mohon BKN bantu.",
             np=NPWP(rep), nik=NIK(rep), d=IDATE())


@pii
def t_npwp_wife():
    hus = Person(sex="M")
    wife = Person(sex="F")
    return T("Istri saya {n} punya NPWP sendiri ({np}) tapi di e-Filing SPT-nya masuk ke NPWP suami. "
             "Sudah lapor ke Kring Pajak, nomor tiket {tk}.",
             n=N(wife), np=NPWP(wife, pick(["dotted", "zero16", "plain"])), tk=TICKET())


@pii
def t_passport_umroh():
    mom = Person(sex="F", old=True)
    rep = Person()
    return T("Travel umroh {tv} menahan paspor jamaah yang batal berangkat, termasuk paspor ibu saya {n} "
             "({pp}) dan paspor saya {pp2}. Biaya {pr} sudah lunas sejak {y}.",
             tv=pick(["PT Amanah Safar", "PT Berkah Mulia Wisata", "KBIH Al-Hikmah"]), n=N(mom), pp=PASSPORT(),
             pp2=PASSPORT(), pr=pick(["Rp 35 juta", "Rp32.500.000", "Rp 29,9 juta"]), y=str(R.randint(2022, 2024)))


@pii
def t_passport_deport():
    hus = Person(sex="M")
    rep = Person(sex="F")
    return T("Suami saya {n}, paspor {pp}, ditahan imigrasi Malaysia sejak {d}. KBRI belum kasih kabar. "
             "Saya istrinya, HP {ph}.",
             n=N(hus), pp=PASSPORT(), d=IDATE(), ph=PHONE())


@pii
def t_nip_mutasi():
    g = Person()
    return T("Saya guru PNS, NIP {nip}, dimutasi sepihak ke sekolah di pulau lain tanpa SK yang jelas, "
             "diduga karena menolak pungutan. Nama saya {n}.",
             nip=NIP(g), n=N(g))


@pii
def t_nip_kapus():
    k = Person()
    return T("Kepala Puskesmas {kel}, {hn}, NIP {nip}, mewajibkan pegawai setor {pr} dari jasa "
             "pelayanan. Yang menolak dipindah tugas.",
             kel=KEL(), hn=H(k, formal=True, degree=True, call=False), nip=NIP(k), pr=PRICE("m"))


@pii
def t_nip_cuti():
    rep = Person(sex="F")
    return T("Cuti melahirkan saya ditolak atasan. Saya ASN di {ag}, NIP {nip}, lahir {dob}. Padahal hak "
             "cuti diatur PP 11/2017.",
             ag=pick(AGENCIES), nip=NIP(rep), dob=DOB(rep))


@pii
def t_kk_dtks():
    rep = Person()
    return T("Nama kami hilang dari DTKS setelah pemutakhiran {y}. No KK {kk}, kepala keluarga {n}. "
             "Operator desa bilang tidak tahu.",
             y=str(R.randint(2023, 2025)), kk=KK(rep), n=N(rep))


@pii
def t_kk_split():
    rep = Person()
    return T("Mau pisah KK dari orang tua karena sudah menikah, kartu keluarga lama {kk}. Petugas minta "
             "surat nikah dilegalisir di KUA bayar {pr}. NIK sy {nik}",
             kk=KK(rep), pr=PRICE("sm"), nik=NIK(rep))


@pii
def t_bpjs_autodebet():
    rep = Person()
    bank, acc = BANK(pick(["BCA", "BNI", "Mandiri"]))
    return T("Iuran BPJS mandiri kelas 3 saya (no. kartu {b}) terpotong dua kali lewat autodebet {bank} "
             "rek {acc}. Minta refund malah disuruh ke kantor cabang.",
             b=BPJS(), bank=bank, acc=acc)


@pii
def t_handle_threat():
    st = Person()
    rep = Person()
    return T("Saya diancam lewat DM oleh akun {h} karena melaporkan pungli. Pemilik akun itu {n}, staf "
             "kelurahan. Mohon perlindungan pelapor.",
             h=HANDLE(st), n=N(st))


@pii
def t_email_sekdes():
    sd = Person()
    return T("Sekdes {hn} minta berkas pengajuan dikirim ke email pribadinya {e}, bukan email resmi desa, "
             "dan minta {pr} 'biaya admin'.",
             hn=H(sd, call=chance(0.5)), e=EMAIL(sd), pr=PRICE("sm"))


@pii
def t_ustaz_zakat():
    u = Person(sex="M", muslim=True)
    return T("Pembagian beras bansos lewat masjid cuma untuk jamaah pengajian Ustaz {n}. Warga lain "
             "tidak kebagian. {c} di RT kami.",
             n=N(u, call=chance(0.5)), c=pick(["Ada 30 keluarga", "Sekitar 25 lansia", "Belasan janda"]))


@pii
def t_lurah_hp():
    lr = Person()
    return T("Telp kantor kelurahan tidak pernah diangkat, akhirnya saya hubungi Lurah {n} di HP pribadinya "
             "{ph}, malah dimarahi. Apa harus begini pelayanan publik?",
             n=N(lr), ph=PHONE())


@pii
def t_kontrakan():
    rep = Person()
    owner = Person()
    return T("Saya ngontrak di {a}{ar}. Pemilik kontrakan {hn} memutus listrik sepihak krn saya lapor soal "
             "sampah. HP sy {ph}.",
             a=ADDR(), ar=AREA_TAIL(), hn=H(owner), ph=PHONE())


@pii
def t_dob_iso():
    rep = Person()
    return T("Formulir online KIP Kuliah menolak data saya. Tanggal lahir (yyyy-mm-dd): {dob}, NIK {nik}, "
             "email {e}. Selalu muncul 'data tidak padan'.",
             dob=DOB(rep, "iso"), nik=NIK(rep), e=EMAIL(rep))


@pii
def t_nik_ktp_mistype():
    rep = Person()
    return T("Nomor KTP saya {nik} tidak ditemukan waktu daftar subsidi LPG, padahal KTP asli. Saya {n}, "
             "WA {ph}",
             nik=NIK(rep, mistype=True), n=N(rep), ph=PHONE())


@pii
def t_mother_hospital():
    mom = Person(sex="F", old=True)
    rep = Person()
    return T("Ibu saya {n} (NIK {nik}) dirawat di {h} disuruh pulang padahal belum sembuh, katanya "
             "kuota BPJS habis. Mohon Dinkes cek.",
             n=N(mom), nik=NIK(mom), h=pick(HOSP))


@pii
def t_kades_landline():
    rep = Person()
    return T("Kepala desa tidak pernah di kantor. Warga yang perlu surat disuruh ke rumahnya di {a}. "
             "Saya {n}, telp {ph}.",
             a=ADDR(pick(["dusun", "jl", "kp"])), n=N(rep), ph=LANDLINE())


# --------------------------------------------------------------------------------------------
# Templates WITHOUT PII (near-misses only)
# --------------------------------------------------------------------------------------------
@nopii
def n_road_km():
    return T("Jalan berlubang di {road} km {km} sudah makan korban, {c}. Sejak {d} belum ada perbaikan dari "
             "{ag}.", road=pick(ROADS), km=str(R.randint(3, 140)), c=pick(["3 pemotor jatuh", "2 orang luka", "1 meninggal"]),
             d=IDATE(), ag=pick(AGENCIES))


@nopii
def n_pju():
    return T("Lampu jalan di sepanjang {st} mati sejak {d}. Sudah lapor ke {ag}, katanya tunggu anggaran "
             "perubahan.", st=pick(HERO_ST), d=IDATE(), ag=pick(["Dishub", "Dinas PU Kota Bandung", "DLH Kota Semarang"]))


@nopii
def n_samsat():
    return T("Di Samsat {c} ada pungutan {pr} per STNK untuk 'cek fisik', padahal tarif sudah diatur di "
             "{reg}. Tidak ada kuitansi.", c=CITY(), pr=pick(["Rp 50.000", "Rp30rb", "Rp 75.000"]), reg="PP 60/2016")


@nopii
def n_uang_gedung():
    return T("{s} (NPSN {np}) memungut uang gedung {pr} untuk siswa baru. Menurut {reg}, sekolah negeri "
             "dilarang memungut. Tolong ditindak.", s=pick(SCHOOLS), np=NPSN(), pr=PRICE("l"),
             reg=pick(["Permendikbud 75/2016", "Permendikbud No. 44 Tahun 2012"]))


@nopii
def n_ppdb_site():
    return T("Website PPDB {prov} down terus dari {t}, padahal batas pendaftaran {d}. Ribuan orang tua "
             "panik. Mohon perpanjang.", prov=pick(["Jawa Barat", "Jatim", "DKI", "Sumut", "Sulsel"]), t=TIME(),
             d=IDATE())


@nopii
def n_faskes():
    return T("Puskesmas {kel} menolak pasien BPJS setelah jam 12 siang, {c} pasien tidak terlayani minggu ini. "
             "Menurut {reg} pelayanan wajib sesuai jam operasional.", kel=KEL(), c=str(R.randint(30, 140)), reg="Perpres 82/2018")


@nopii
def n_banjir_kk():
    return T("Banjir di Kecamatan {kec} sejak {d}, {c}. Bantuan logistik belum datang, posko hanya "
             "punya {n} dus mi instan.", kec=KEC(), d=IDATE(), c=f"{R.randint(1, 9)}.{R.randint(100, 999)} KK terdampak",
             n=str(R.randint(20, 90)))


@nopii
def n_pak_rt():
    return T("Pak RT di lingkungan kami pilih kasih dalam pembagian bansos, yang dapat cuma keluarganya. "
             "Bu Lurah sudah tahu tapi diam saja. {c} tidak dapat.", c=pick(["Sekitar 40 keluarga miskin", "Ada 23 janda lansia yang", "Puluhan KK miskin"]))


@nopii
def n_blanko():
    return T("Blanko KTP-el di {ag} habis sejak {m} bulan lalu. NIK saya sudah dicek di 3 aplikasi dan "
             "datanya valid, tapi tetap tidak bisa cetak.", ag=pick(["Disdukcapil Kota Medan", "Disdukcapil Kab. Bekasi", "kantor kecamatan"]),
             m=str(R.randint(2, 6)))


@nopii
def n_pln_padam():
    return T("Listrik di Kecamatan {kec} padam tiap hari {t} selama {n} jam. Call center {h} tidak bisa "
             "dihubungi, aplikasi PLN Mobile cuma bilang 'gangguan'.", kec=KEC(), t=pick(["jam 18.00–21.00", "pukul 19.00", "jam 5 sore"]),
             n=str(R.randint(2, 5)), h="123")


@nopii
def n_pdam_keruh():
    return T("Air PDAM keruh dan bau kaporit sejak {d}, tapi tarif naik {p} mulai {m}. Mohon {ag} jelaskan.",
             d=IDATE(), p=pick(["30%", "25 persen", "40%"]), m=pick(["Januari", "bulan ini", "Maret 2025"]),
             ag=pick(["PDAM Tirta Pakuan", "Perumda Tirtanadi", "PDAM Kota Makassar"]))


@nopii
def n_110():
    return T("Telepon {h} waktu ada perampokan {t} baru direspon {n} menit kemudian. Polsek {kec} jaraknya "
             "cuma 2 km.", h=pick(["110", "112"]), t=TIME(), n=str(R.randint(30, 90)), kec=KEC())


@nopii
def n_ticket():
    return T("Laporan saya {tk} sudah {n} hari belum ditindaklanjuti. Sesuai {reg} seharusnya maksimal "
             "{k} hari kerja.", tk=pick([TICKET(), "#" + str(R.randint(1000000, 9999999))]), n=str(R.randint(20, 90)),
             reg=pick(["PermenPANRB 62/2018", "Perpres 76/2013", "UU No. 25 Tahun 2009"]), k=pick(["14", "60"]))


@nopii
def n_ticket16():
    return T("Nomor laporan {tk} statusnya 'diteruskan ke instansi' sejak {d}, tapi instansinya bilang "
             "belum terima. Bagaimana ini?", tk=TICKET16(), d=IDATE())


@nopii
def n_ptsl():
    return T("PTSL di Desa {kel} dipungut {pr} per bidang, padahal SKB 3 Menteri untuk Jawa-Bali hanya "
             "Rp 150.000. {c} sudah bayar.", kel=KEL(), pr=pick(["Rp 500.000", "Rp800 ribu", "Rp 1 juta"]),
             c=pick(["Sekitar 300 warga", "Ada 140 pemilik bidang yang", "Hampir 2.000 bidang"]))


@nopii
def n_rsud():
    return T("Obat kemoterapi di {h} kosong sejak {d}. Pasien disuruh beli sendiri di luar {pr} per siklus.",
             h=pick(HOSP), d=IDATE(), pr=pick(["Rp 3,2 juta", "Rp 4.500.000", "Rp7 juta"]))


@nopii
def n_transjakarta():
    return T("Halte Transjakarta koridor {k} di {st} rusak, atap bocor dan lift mati. Penyandang "
             "disabilitas tidak bisa naik.", k=str(R.randint(1, 13)), st=pick(HERO_ST))


@nopii
def n_terminal():
    return T("Bus AKAP ngetem di luar terminal {t} sampai jam 10 malam, bikin macet {st}. Petugas Dishub "
             "cuma lihat.", t=pick(["Kampung Rambutan", "Leuwipanjang", "Terboyo", "Amplas", "Purabaya"]),
             st=pick(HERO_ST))


@nopii
def n_tps_liar():
    return T("TPS liar di pinggir {st} makin tinggi, kira-kira {n} ton. Truk DLH datang cuma {k}x sebulan.",
             st=pick(HERO_ST), n=str(R.randint(2, 20)), k=str(R.randint(1, 3)))


@nopii
def n_no_pbg():
    return T("Ada pembangunan gedung 5 lantai di {st} tanpa papan PBG, melanggar {reg}. Satpol PP "
             "sudah dilapori {d}.", st=pick(HERO_ST), reg=pick(["Perda No. 5 Tahun 2019", "PP 16/2021"]), d=IDATE())


@nopii
def n_spbu():
    return T("SPBU {sp} di {road} sering kosong solar, tapi truk tertentu bisa isi pakai jeriken {t}. "
             "Antrean sampai {k} km.", sp=SPBU(), road=pick(ROADS), t=TIME(), k=str(R.randint(1, 3)))


@nopii
def n_lpg_het():
    return T("Harga LPG 3 kg di pengecer {kec} {pr}, jauh di atas HET Rp 18.000. Pangkalan bilang "
             "kiriman dikurangi {p}.", kec="Kec. " + KEC(), pr=pick(["Rp 25.000", "Rp30rb", "Rp 27 ribu"]),
             p=pick(["40%", "separuh", "30 persen"]))


@nopii
def n_inst_contact():
    return T("Sudah email ke {e} dan mention {h} di X sejak {d}, tapi tidak ada respon soal {x}.",
             e=pick(INST_EMAIL), h=pick(INST_HANDLE), d=IDATE(),
             x=pick(["jalan rusak", "bansos", "blanko KTP", "banjir", "tarif PDAM"]))


@nopii
def n_call_center():
    return T("Call center {h} dan {h2} sama-sama tidak diangkat, padahal katanya layanan 24 jam. Saya "
             "coba {n} kali dari {t}.", h=pick(["165", "1500200", "123"]), h2=pick(["1708", "112", "119"]),
             n=str(R.randint(5, 20)), t=TIME())


@nopii
def n_rt04():
    return T("Warga RT {rt} Kelurahan {kel} kebanjiran setinggi {m} cm sejak {d}. Pompa air di "
             "rumah pompa tidak dinyalakan.", rt=f"{R.randint(1, 12):02d}", kel=KEL(), m=str(R.randint(40, 150)), d=IDATE())


@nopii
def n_bridge():
    return T("Jembatan gantung di km {km} {road} putus sejak {d}. Anak sekolah harus memutar {k} km.",
             km=str(R.randint(10, 200)), road=pick(ROADS), d=IDATE(), k=str(R.randint(5, 15)))


@nopii
def n_pasar():
    return T("Atap Pasar {kel} bocor di {n} titik, pedagang tetap ditarik retribusi {pr} per hari. Uangnya "
             "ke mana?", kel=KEL(), n=str(R.randint(5, 30)), pr=pick(["Rp 5.000", "Rp 3.000", "Rp2rb"]))


@nopii
def n_honor_guru():
    return T("Honor guru ngaji dan guru PAUD di kecamatan kami {pr}/bulan belum dibayar {n} bulan. "
             "Kepala sekolah bilang tunggu dana BOS tahap {k}.", pr=pick(["Rp 300 ribu", "Rp 250.000", "Rp500rb"]),
             n=str(R.randint(3, 8)), k=pick(["II", "III", "2"]))


@nopii
def n_pmt():
    return T("PMT untuk balita stunting di Posyandu RW {rw} {p} biskuitnya kedaluwarsa. Ada {c}.",
             rw=f"{R.randint(1, 15):02d}", p=pick(["40%", "hampir separuh", "60 persen"]), c=pick(["86 balita sasaran", "120 balita", "45 anak"]))


@nopii
def n_caps():
    return T("PUNGLI DI KANTOR KELURAHAN {kel}!!! SURAT PENGANTAR NIKAH DIMINTA {pr}. KATA LURAHNYA "
             "SUDAH ATURAN. MOHON DICEK.", kel=KEL().upper(), pr=pick(["RP 100.000", "RP 150 RIBU", "RP200RB"]))


@nopii
def n_english():
    return T("The road in front of {s} is badly damaged since {d}, kids have to walk in mud. Please fix "
             "asap, thx.", s=pick(SCHOOLS), d=pick(["last month", "January", "the rainy season started"]))


@nopii
def n_macet():
    return T("{st} macet parah tiap hari karena galian kabel yang tidak ditutup rapi. Sudah {n} minggu. "
             "Jam sibuk {t} bisa 1 jam untuk 2 km.", st=pick(HERO_ST), n=str(R.randint(2, 8)), t=pick(["pagi", "jam 17.00", "pukul 7 pagi"]))


@nopii
def n_bandara():
    return T("Taksi liar di {b} memaksa penumpang, tarif ke kota {pr}. Argo tidak dipakai.",
             b=pick(["Bandara Sultan Hasanuddin", "Bandara Soekarno-Hatta", "Bandara I Gusti Ngurah Rai", "Bandara Kualanamu"]),
             pr=pick(["Rp 350.000", "Rp500rb", "Rp 400 ribu"]))


@nopii
def n_sound():
    return T("Sound horeg di kampung kami tiap malam minggu sampai {t}, kaca rumah retak. Kapolsek dan "
             "Pak Camat sudah dikasih tahu.", t=pick(["jam 2 pagi", "pukul 01.00", "subuh"]))


@nopii
def n_tol():
    return T("Di tol {t} KM {km}+{m} ada lubang besar di lajur kanan, sudah {n} mobil pecah ban {d}.",
             t=pick(["Cipularang", "Jagorawi", "Trans Jawa", "Medan–Binjai"]), km=str(R.randint(10, 150)), m=str(R.randint(100, 900)),
             n=str(R.randint(2, 9)), d=pick(["kemarin", "minggu ini", IDATE()]))


@nopii
def n_pppk():
    return T("Pengumuman hasil seleksi PPPK guru tahap {k} tahun {y} ditunda terus, dari {d} sampai sekarang. "
             "Ada {c} honorer menunggu kepastian.", k=pick(["I", "II"]), y=str(R.randint(2023, 2025)), d=IDATE(),
             c=pick(["140 peserta", "2.310 peserta", "ribuan"]))


@nopii
def n_sms1708():
    return T("LAPOR jln rusak di desa {kel} kec {kec} sdh {n} thn tdk diperbaiki tlg", kel=KEL().lower(),
             kec=KEC().lower(), n=str(R.randint(2, 10)))


@nopii
def n_regs():
    return T("Sesuai {reg} dan {reg2}, laporan wajib ditindaklanjuti. Tapi laporan kami soal {x} cuma "
             "dijawab 'sudah diteruskan'.", reg="PermenPANRB 62/2018", reg2=pick(["Perpres 76/2013", "UU No. 25 Tahun 2009"]),
             x=pick(["drainase", "pungli parkir", "sekolah rusak", "PJU mati"]))


@nopii
def n_roles():
    return T("Bu Lurah dan Pak Camat jarang ada di kantor, surat harus nunggu {n} hari untuk tanda tangan. "
             "Sekdes juga sama. Kepala desa tidak pernah ada di kantor desa.", n=str(R.randint(3, 14)))


@nopii
def n_percent():
    return T("Realisasi perbaikan jalan kabupaten baru {p}, padahal anggaran {pr} sudah cair {y}. "
             "Ada {c} di wilayah kami yang masih lewat jalan tanah.", p=pick(["23%", "30 persen", "15%"]),
             pr=pick(["Rp 12 miliar", "Rp 4,5 M", "Rp 800 juta"]), y=str(R.randint(2023, 2024)), c=pick(["1.240 KK", "sekitar 300 warga", "12 dusun", "45 kepala keluarga"]))


@nopii
def n_dates():
    return T("Tanggal {d} {t} terjadi kebakaran di Pasar {kel}, mobil damkar ({h}) baru datang 40 menit "
             "kemudian. {c} kios habis.", d=IDATE(), t=TIME(), kel=KEL(), h="113",
             c=str(R.randint(20, 120)))


@nopii
def n_sekolah_rusak():
    return T("Atap 3 ruang kelas {s} ambruk {d}, siswa belajar di teras. NPSN {np}. Dana DAK {y} belum "
             "turun.", s=pick(SCHOOLS), d=IDATE(), np=NPSN(), y=str(R.randint(2024, 2025)))


@nopii
def n_jkn_antre():
    return T("Antrean BPJS Kesehatan Cabang {c} mengular, nomor antrean 1 sampai {n} dibagi jam 6 pagi. "
             "Lansia usia 80 tahun pun harus berdiri.", c=CITY(), n=str(R.randint(80, 200)))


@nopii
def n_nik_cue():
    return T("Kenapa setiap urus apa pun harus foto KTP dan KK lagi? NIK saya sudah dicek di 3 aplikasi, "
             "data Dukcapil sudah padan. Ini pemborosan waktu. Mohon integrasi data sesuai {reg}.",
             reg=pick(["Perpres 39/2019", "Perpres No. 95 Tahun 2018"]))


@nopii
def n_kk_count():
    return T("Longsor di Kec. {kec} menimbun jalan, {c} terisolasi. Jalur alternatif lewat {road} "
             "km {km} juga rawan.", kec=KEC(), c=f"{R.randint(100, 999)} KK", road=pick(ROADS), km=str(R.randint(5, 90)))


@nopii
def n_emoji():
    return T("😭😭 jalan ke {s} banjir lagi, anak2 ga bisa sekolah. Udah lapor {n}x. Tlg dong 🙏",
             s=pick(SCHOOLS), n=str(R.randint(2, 6)))


@nopii
def n_hero_hospital():
    return T("Parkir di {h} mahal sekali, {pr} per jam, dan dikelola pihak ketiga tanpa karcis. Keluarga "
             "pasien keberatan.", h=pick(HOSP), pr=pick(["Rp 5.000", "Rp10rb", "Rp 4.000"]))


@nopii
def n_ojol_zone():
    return T("Pangkalan ojek pangkalan di depan Stasiun {s} melarang ojol ambil penumpang, sopir ojol "
             "dipukul {d}. Mohon polisi tegas.", s=pick(["Bekasi", "Bogor", "Depok Baru", "Tugu", "Poncol"]), d=IDATE())


@nopii
def n_crlf_structured():
    return T("Kronologi:\n1. {d} {t} – pipa PDAM pecah di {st}.\n2. Air meluap ke rumah warga.\n"
             "3. Sampai sekarang belum diperbaiki.\n\nMohon {ag} segera turun.",
             d=IDATE(), t=TIME(), st=pick(HERO_ST), ag=pick(["PDAM Tirta Pakuan", "Perumda Tirtanadi", "PDAM"]))


@nopii
def n_quotes():
    return T("Petugas kelurahan bilang “nanti saja, sistem lagi error” sudah {n} kali. Pelayanan publik "
             "harusnya sesuai {reg}.", n=str(R.randint(3, 7)), reg="UU No. 25 Tahun 2009")


# --------------------------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------------------------
def wrap(body, formal):
    op = pick(OPEN_FORMAL if formal else OPEN_CASUAL) if chance(0.7) else ""
    cl = pick(CLOSE_FORMAL if formal else CLOSE_CASUAL) if chance(0.65) else ""
    tail = []
    if TAILMARK in body:
        k = body.index(TAILMARK)
        body, tail = body[:k], body[k + 1:]
    return ([op] if op else []) + body + ([cl] if cl else []) + tail


# templates that only name third parties / vehicles: the reporter may sign off with an identity block
THIRD_PARTY = {"t_parkir", "t_truck_odol", "t_angkot", "t_plat_merah", "t_transport_bus", "t_handle_only",
               "t_waste_neighbor", "t_factory", "t_karaoke", "t_tilang_damai", "t_pln_petugas", "t_asn_bolos",
               "t_nip_kapus", "t_lpg", "t_workplace", "t_kades_medsos", "t_pungli_pasar", "t_blt_cut",
               "t_bansos_wrong", "t_ustaz_zakat", "t_igd_refused", "t_puskesmas_bidan", "t_ppdb_pungli",
               "t_pungli_kelurahan", "t_travel_gelap", "t_debt_collector", "t_bridge_contractor", "t_email_sekdes",
               "t_lurah_hp", "t_kk_update", "t_plat_merah", "t_handle_threat", "t_mother_hospital", "t_akta"}


def build():
    n_pii = N_TOTAL - N_NOPII
    plan = []
    pii_order, nop_order = [], []
    while len(pii_order) < n_pii:
        batch = PII_TEMPLATES[:]
        R.shuffle(batch)
        pii_order += batch
    while len(nop_order) < N_NOPII:
        batch = NOPII_TEMPLATES[:]
        R.shuffle(batch)
        nop_order += batch
    plan = [(f, True) for f in pii_order[:n_pii]] + [(f, False) for f in nop_order[:N_NOPII]]
    R.shuffle(plan)
    records = []
    for i, (fn, has_pii) in enumerate(plan, 1):
        _used_names.clear()
        body = fn()
        assert (n_spans(body) > 0) == has_pii, fn.__name__
        if fn.__name__ in THIRD_PARTY and TAILMARK not in body and chance(0.55):
            body = with_tail(body, Person(), 1.0)
        formal = chance(0.5)
        pieces = wrap(body, formal)
        reg = R.choices(["normal", "sms", "caps", "lower"], [62, 22, 8, 8])[0]
        if fn.__name__ in ("n_caps", "t_pungli_sekolah_caps", "t_bpjs_ktp_caps"):
            reg = "caps"
        if fn.__name__ in ("t_english", "n_english"):
            reg = "normal"
        pieces = apply_register(pieces, reg)
        text, spans = cg.join_pieces(pieces, keep_value=True)
        records.append({"id": f"hold-{i:04d}", "text": text, "spans": spans, "_tpl": fn.__name__})
    return records


def main():
    records = build()
    cg.require_valid(records, max_spans=5, inst_ok=set(INST_EMAIL) | set(INST_HANDLE))
    cnt = cg.label_counts(records)
    cg.require_label_counts(cnt, 12)
    cg.write_jsonl(OUT, records)
    n_no = sum(1 for r in records if not r["spans"])
    print(f"wrote {OUT}: {len(records)} records, {n_no} without PII, {sum(cnt.values())} spans")
    cg.print_label_counts(cnt)
    lens = Counter(len(r["spans"]) for r in records)
    print("  spans/record:", dict(sorted(lens.items())))


if __name__ == "__main__":
    main()
