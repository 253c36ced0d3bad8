#!/usr/bin/env python3
"""Generate the held-out FINAL PII corpus for lapor (tests/pii_corpus/final/final.jsonl).

Standard library only, deterministic (fixed seed).  Written from the annotation guide (conventions in docs/pii.md)
alone.  Each text is assembled from pieces, so span offsets (Python str indices = Unicode
code points, end-exclusive) are exact by construction; a validation step re-checks them.

usage: python3 make_final.py            # writes final.jsonl next to this script
"""
from __future__ import annotations

import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import corpusgen as cg  # noqa: E402  (shared helpers of the older generators)
from corpusgen import BULAN as MONTHS, HARI as DAYS  # noqa: E402

SEED = 20250611
N_TOTAL = 250
N_NOPII = 75

rng = random.Random(SEED)

# ---------------------------------------------------------------------------------------
# Regions: Kemendagri province+kab/kota codes -> city name (used for NIK/KK and TTL)
# ---------------------------------------------------------------------------------------
REGIONS = {
    "jawa": [("3374", "Semarang"), ("3372", "Surakarta"), ("3310", "Klaten"), ("3302", "Banyumas"),
             ("3471", "Yogyakarta"), ("3404", "Sleman"), ("3402", "Bantul"), ("3578", "Surabaya"),
             ("3573", "Malang"), ("3515", "Sidoarjo"), ("3509", "Jember"), ("3571", "Kediri"),
             ("3172", "Jakarta"), ("3175", "Jakarta"), ("3275", "Bekasi"), ("3674", "Tangerang Selatan")],
    "sunda": [("3273", "Bandung"), ("3204", "Bandung"), ("3201", "Bogor"), ("3271", "Bogor"),
              ("3276", "Depok"), ("3277", "Cimahi"), ("3278", "Tasikmalaya"), ("3205", "Garut"),
              ("3671", "Tangerang"), ("3603", "Tangerang"), ("3209", "Cirebon")],
    "batak": [("1275", "Medan"), ("1212", "Deli Serdang"), ("1273", "Pematangsiantar"),
              ("1205", "Tarutung"), ("1206", "Balige"), ("1211", "Kabanjahe"), ("1271", "Sibolga")],
    "minang": [("1371", "Padang"), ("1375", "Bukittinggi"), ("1374", "Padang Panjang"), ("1471", "Pekanbaru")],
    "bugis": [("7371", "Makassar"), ("7311", "Watampone"), ("7372", "Parepare"), ("7306", "Sungguminasa")],
    "buton": [("7472", "Baubau"), ("7471", "Kendari")],
    "bali": [("5171", "Denpasar"), ("5103", "Mangupura"), ("5104", "Gianyar"), ("5108", "Singaraja")],
    "papua": [("9471", "Jayapura"), ("9171", "Sorong"), ("9402", "Wamena"), ("9106", "Manokwari")],
    "tionghoa": [("3173", "Jakarta"), ("3174", "Jakarta"), ("1275", "Medan"), ("6171", "Pontianak"),
                 ("3578", "Surabaya"), ("2171", "Batam")],
    "arab": [("3171", "Jakarta"), ("3578", "Surabaya"), ("3575", "Pasuruan"), ("7371", "Makassar"), ("6371", "Banjarmasin")],
    "aceh": [("1171", "Banda Aceh"), ("1106", "Jantho"), ("1173", "Lhokseumawe")],
    "ntt": [("5371", "Kupang"), ("5304", "Soe"), ("5306", "Atambua"), ("5310", "Maumere")],
    "manado": [("7171", "Manado"), ("7172", "Bitung"), ("7102", "Tondano")],
    "banjar": [("6371", "Banjarmasin"), ("6372", "Banjarbaru"), ("6303", "Martapura")],
    "maluku": [("8171", "Ambon"), ("8271", "Ternate"), ("8101", "Masohi")],
    "sumatra": [("1671", "Palembang"), ("1871", "Bandar Lampung"), ("1571", "Jambi"), ("1771", "Bengkulu"),
                ("1971", "Pangkalpinang"), ("6471", "Balikpapan"), ("6472", "Samarinda"), ("6271", "Palangka Raya"),
                ("7271", "Palu"), ("7571", "Gorontalo"), ("5271", "Mataram")],
}

# ---------------------------------------------------------------------------------------
# Names.  "Full name|call name" (call name defaults to the first word).
# ---------------------------------------------------------------------------------------
JAWA_M_FIRST = "Budi Agus Slamet Bambang Joko Eko Sugeng Wahyu Heru Teguh Suparman Puji Yoga Bayu Rudi Gunawan Priyo Arif Rizky Fajar Dimas Hendro Sigit Yusuf Gilang Wisnu Ilham Nanang Taufik".split()
JAWA_F_FIRST = "Sri Siti Endang Ratna Wulan Dewi Yuli Rina Puspita Ayu Nurul Dian Fitri Retno Sekar Kartika Anik Novita Erna Tutik Umi Indah Mega Lusi Heni".split()
JAWA_M_LAST = "Santoso Wibowo Susanto Prasetyo Hidayat Kurniawan Setiawan Nugroho Purnomo Saputra Firmansyah Hartanto Kusuma Raharjo Sulistyo Wicaksono Mulyadi Suharto Pamungkas Budiman".split()
JAWA_F_LAST = "Wijayanti Rahayu Lestari Handayani Wulandari Sulistyowati Kusumawati Puspitasari Anggraini Maharani Rahmawati Setyaningsih Purwaningsih Safitri Utami".split()
JAWA_SINGLE_M = "Sutrisno Paijo Wagiman Karsono Legiman Sukarjo Tarmuji Poniman Samijo Suyatno".split()
JAWA_SINGLE_F = "Tukiyem Sumiyati Painem Ngatini Suratmi Ponirah Suwarni Marsinah Sukinah Wartini".split()

FIXED = {
    ("sunda", "M"): ["Asep Saepudin", "Dadang Suherman", "Ujang Rohman", "Cecep Hidayat", "Deden Supriatna",
                     "Yayan Sopyan", "Engkos Kosasih", "Aep Saefulloh", "Iwan Ridwan", "Dede Rusmana",
                     "Ade Sukmana", "Jajang Nurjaman", "Ayi Suhendar"],
    ("sunda", "F"): ["Euis Komariah", "Cucu Rohaeti", "Neneng Hasanah", "Imas Masitoh", "Yeni Nuraeni",
                     "Enok Sumiati", "Lilis Suryani", "Tati Sumirah", "Nining Kurniasih", "Popon Rohayati",
                     "Iis Rosdiana", "Teti Herawati"],
    ("batak", "M"): ["Togar Simanjuntak|Simanjuntak", "Parlindungan Hutapea", "Maruli Tampubolon", "Jonner Sitorus|Sitorus",
                     "Binsar Nainggolan", "Hotman Panjaitan", "Rudolf Siregar", "Poltak Sihombing", "Darwin Lubis",
                     "Horas Manurung|Manurung", "Saut Marpaung", "Bonar Simatupang|Bonar"],
    ("batak", "F"): ["Hotma br. Sinaga|Hotma", "Rosmawati br. Tambunan|Rosmawati", "Lamria boru Situmorang|Lamria",
                     "Tiurma br. Hutagalung|Tiurma", "Nurhaida br. Nasution|Nurhaida", "Rugun br. Pasaribu|Rugun",
                     "Dameria Simatupang", "Lenny br. Sembiring|Lenny", "Sondang br. Hasibuan|Sondang"],
    ("minang", "M"): ["Rusdi Datuak Rajo Mudo|Rusdi", "Afrizal", "Zulkarnain", "Yusrizal", "Syafrudin Malin Kayo|Syafrudin",
                      "Novrizal", "Hendri Chaniago", "Irfan Piliang", "Fadli Tanjung", "Erwin Koto", "Andre Sikumbang"],
    ("minang", "F"): ["Yusnidar", "Rosmaniar", "Nurhasanah", "Desi Ratnasari Chaniago|Desi", "Elvi Syafitri",
                      "Yenni Marlina", "Rahmi Fitria", "Fitri Yanti Sikumbang|Fitri", "Nelmawati"],
    ("bugis", "M"): ["Andi Muhammad Ikhsan|Ikhsan", "Andi Baso Amir|Baso", "Muh. Arfah", "Abd. Rahman Lallo|Rahman",
                     "Syamsuddin", "Baharuddin", "Ansar Tahir", "Haeruddin", "Jamaluddin Sese", "Muh. Ilham Syam|Ilham"],
    ("bugis", "F"): ["Andi Nurhayati|Nurhayati", "St. Aminah|Aminah", "St. Hasnah Rauf|Hasnah", "Hasmawati", "Nurhaedah",
                     "Andi Tenri Ajeng|Tenri", "Rismawati Lallo", "Sitti Rahmatia|Rahmatia"],
    ("buton", "M"): ["La Ode Muhammad Sabri|Sabri", "La Ode Hasrun|Hasrun", "La Ode Abdul Gani|Gani"],
    ("buton", "F"): ["Wa Ode Nurhayati|Nurhayati", "Wa Ode Sitti Marlina|Marlina", "Wa Ode Rosmini|Rosmini"],
    ("bali", "M"): ["I Made Suarta|Made", "I Wayan Sudarma|Wayan", "I Ketut Arsana|Ketut", "I Nyoman Darma Putra|Nyoman",
                    "I Gusti Ngurah Oka|Ngurah", "Ida Bagus Putu Mahendra|Mahendra", "Anak Agung Gde Raka|Raka",
                    "Cokorda Gede Agung|Agung", "I Komang Adi Wiguna|Komang", "I Putu Eka Saputra|Putu"],
    ("bali", "F"): ["Ni Luh Putu Ariani|Ariani", "Ni Made Sukerti|Sukerti", "Ni Ketut Sriasih|Sriasih",
                    "Ni Wayan Rusmini|Rusmini", "Ni Komang Ayu Lestari|Komang", "Anak Agung Istri Mas|Mas",
                    "Ida Ayu Kade Sri|Dayu", "Ni Nyoman Sutarini|Sutarini"],
    ("papua", "M"): ["Yohanis Wenda", "Markus Tabuni", "Obaja Kogoya", "Petrus Rumbiak", "Daniel Wanimbo",
                     "Elias Tabuni", "Frans Awom", "Nataniel Karubaba", "Yosias Kambu", "Paulus Mirino"],
    ("papua", "F"): ["Maria Rumbekwan", "Yuliana Mote", "Ester Wonda", "Martha Wanggai", "Agustina Kambuaya",
                     "Lince Ayomi", "Naomi Kafiar"],
    ("tionghoa", "M"): ["Hendra Gunawan", "Lie Kian Hok|Kian Hok", "Tan Kok Liang|Kok Liang", "Andreas Halim",
                        "Willy Susanto", "Rudy Salim", "Kevin Sutanto", "Ferry Tjandra", "Budi Hartanto Lim|Budi",
                        "Aliong", "Sugianto Ong|Sugianto"],
    ("tionghoa", "F"): ["Lie Mei Ling|Mei Ling", "Fransiska Wijaya", "Oei Siok Hwa|Siok Hwa", "Melinda Kurniawan",
                        "Veronika Tjahjadi", "Susan Liem", "Linda Hartono", "Meliana Tanuwijaya", "Ay Ling"],
    ("arab", "M"): ["Ahmad bin Salim Alatas|Ahmad", "Hasan Assegaf", "Abdullah Bin Thalib", "Husein bin Muhammad Alaydrus|Husein",
                    "Salim Bajri", "Fahmi Bawazier", "Ali Alkaff", "Umar bin Abdurrahman Alatas|Umar"],
    ("arab", "F"): ["Fatimah binti Abdullah|Fatimah", "Syarifah Nur Alkaff|Syarifah", "Khadijah Assegaf",
                    "Aisyah binti Husein Bahasuan|Aisyah", "Nabila Alaydrus", "Salma Bafadal"],
    ("aceh", "M"): ["Teuku Rizal Fahmi|Rizal", "Tengku Zulfikar|Zulfikar", "Muhammad Nazar", "Iskandar Usman",
                    "Teuku Marzuki|Marzuki", "Fadhil Ilyas", "Zulfahmi"],
    ("aceh", "F"): ["Cut Nurul Fadhilah|Nurul", "Cut Rahmawati|Rahmawati", "Nurjannah Ismail", "Rosnani Yusuf",
                    "Cut Intan Mayasari|Intan"],
    ("ntt", "M"): ["Yohanes Bria Seran", "Agustinus Nahak", "Kornelius Lake", "Frans Ndolu", "Dominikus Laka",
                   "Marselinus Nggadas", "Yakobus Benu"],
    ("ntt", "F"): ["Maria Goreti Nahak|Maria", "Yuliana Bani", "Fransiska Mbete", "Theresia Lado", "Margaretha Seran"],
    ("manado", "M"): ["Stevanus Lumenta", "Johny Rumengan", "Frangky Pangemanan", "Ronald Sumampouw", "Hendrik Wowor"],
    ("manado", "F"): ["Grace Rumondor", "Meiske Tumewu", "Lusye Kalalo", "Vivi Sondakh"],
    ("banjar", "M"): ["Muhammad Rusdiansyah", "Gusti Ramli|Ramli", "Anang Syahrani|Anang", "Ahmad Fauzan Noor"],
    ("banjar", "F"): ["Siti Raudah", "Nor Laila", "Gusti Rahmah|Rahmah", "Hj. Masitah"],
    ("maluku", "M"): ["Johanis Latuheru", "Abraham Tuhumury", "Ongky Pattiasina", "Ruben Sahetapy"],
    ("maluku", "F"): ["Ruth Matulessy", "Maria Latupeirissa", "Yohana Souhuka"],
    ("sumatra", "M"): ["Muhammad Ridho Pratama", "Rahmat Hidayatullah", "Ardiansyah", "Rio Febrian", "Hadi Sucipto",
                       "Zainal Abidin", "Samsul Bahri"],
    ("sumatra", "F"): ["Rini Septiani", "Yuyun Marlina", "Novi Andriani", "Desy Ratnasari", "Mardiana"],
}
# "Hj." is a title, never part of the stored name
FIXED[("banjar", "F")] = [n for n in FIXED[("banjar", "F")] if not n.startswith("Hj.")] + ["Masitah"]

GROUP_WEIGHTS = [("jawa", 26), ("sunda", 12), ("batak", 7), ("minang", 5), ("bugis", 6), ("buton", 2),
                 ("bali", 6), ("papua", 4), ("tionghoa", 6), ("arab", 4), ("aceh", 4), ("ntt", 4),
                 ("manado", 3), ("banjar", 3), ("maluku", 2), ("sumatra", 6)]

SUNDA_M_FIRST = "Asep Dadang Ujang Cecep Deden Yayan Engkos Aep Iwan Dede Ade Jajang Ayi Encep Dedi Oman Ukar Wawan Yana Ceceng".split()
SUNDA_M_LAST = "Saepudin Suherman Rohman Hidayat Supriatna Sopyan Kosasih Saefulloh Ridwan Rusmana Sukmana Nurjaman Suhendar Mulyana Permana Gumilar Hermawan Kurnia Sobari Ruhiyat".split()
SUNDA_F_FIRST = "Euis Cucu Neneng Imas Yeni Enok Lilis Tati Nining Popon Iis Teti Eti Yanti Entin Nani Oneng Ai Tuti Cicih".split()
SUNDA_F_LAST = "Komariah Rohaeti Hasanah Masitoh Nuraeni Sumiati Suryani Sumirah Kurniasih Rohayati Rosdiana Herawati Nurhayati Maryati Sopiah Rukmini Jubaedah Kartini".split()
BATAK_M_FIRST = "Togar Parlindungan Maruli Jonner Binsar Hotman Rudolf Poltak Darwin Horas Saut Bonar Tigor Sahat Mangasi Robert Halomoan".split()
BATAK_F_FIRST = "Hotma Rosmawati Lamria Tiurma Nurhaida Rugun Dameria Lenny Sondang Rotua Tiarma Masniari Juliana Rohani".split()
MARGA = "Simanjuntak Hutapea Tampubolon Sitorus Nainggolan Panjaitan Siregar Sihombing Lubis Manurung Marpaung Simatupang Sinaga Tambunan Situmorang Hutagalung Nasution Pasaribu Sembiring Hasibuan Ginting Silalahi Harahap Purba Damanik".split()

NAME_PREFIXES = {"Muh.", "Abd.", "St.", "I", "Ni", "Andi", "La", "Wa", "Ida", "Anak", "Teuku", "Tengku", "Cut", "Gusti"}
USED_NAMES = set()


def pick_name(group, sex, young=False):
    for _ in range(60):
        if group == "sunda":
            first = rng.choice(SUNDA_M_FIRST if sex == "M" else SUNDA_F_FIRST)
            full = first if rng.random() < 0.08 else f"{first} {rng.choice(SUNDA_M_LAST if sex == 'M' else SUNDA_F_LAST)}"
            call = first
        elif group == "batak":
            first = rng.choice(BATAK_M_FIRST if sex == "M" else BATAK_F_FIRST)
            marga = rng.choice(MARGA)
            if sex == "M":
                full = f"{first} {marga}"
                call = marga if rng.random() < 0.4 else first
            else:
                full = f"{first} {rng.choices(['br.', 'boru', 'br'], [6, 1, 1])[0]} {marga}" if rng.random() < 0.7 else f"{first} {marga}"
                call = first
        elif group == "jawa":
            r = rng.random()
            if r < 0.15 and not young:
                full = rng.choice(JAWA_SINGLE_M if sex == "M" else JAWA_SINGLE_F)
            else:
                first = rng.choice(JAWA_M_FIRST if sex == "M" else JAWA_F_FIRST)
                last = rng.choice(JAWA_M_LAST if sex == "M" else JAWA_F_LAST)
                full = f"{first} {last}"
                if rng.random() < 0.12:
                    mid = rng.choice(JAWA_M_LAST if sex == "M" else JAWA_F_LAST)
                    if mid != last:
                        full = f"{first} {mid} {last}"
            call = full.split()[0]
        else:
            entry = rng.choice(FIXED[(group, sex)])
            full, _, call = entry.partition("|")
            call = call or next(w for w in full.split() if w not in NAME_PREFIXES)
        if full not in USED_NAMES:
            USED_NAMES.add(full)
            return full, call
    return full, call


def rand_date(y0, y1):
    start = date(y0, 1, 1)
    end = date(y1, 12, 31)
    return start + timedelta(days=rng.randrange((end - start).days + 1))


def digits(n, first_nonzero=False):
    s = "".join(str(rng.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randrange(1, 10)) + s[1:]
    return s


# ---------------------------------------------------------------------------------------
# Value formatters
# ---------------------------------------------------------------------------------------
def choose_16_form():
    return cg.by_cuts(rng.random(), (0.58, 0.74, 0.86), ("plain", "space", "dash", "dot"))


MOBILE_PREFIXES = ["0811", "0812", "0813", "0821", "0822", "0823", "0851", "0852", "0853", "0814", "0815",
                   "0816", "0855", "0856", "0857", "0858", "0817", "0818", "0819", "0859", "0877", "0878",
                   "0831", "0832", "0833", "0838", "0895", "0896", "0897", "0898", "0899", "0881", "0882",
                   "0887", "0888", "0889"]
LANDLINES = [("021", 8), ("022", 7), ("0274", 6), ("0361", 6), ("031", 7), ("061", 7), ("0411", 6),
             ("024", 7), ("0341", 6), ("0751", 6), ("0561", 6), ("0431", 6), ("0370", 6), ("0711", 6)]


def make_mobile():
    pre = rng.choice(MOBILE_PREFIXES)
    total = rng.choice([11, 12, 12, 12, 13])
    return pre + digits(total - 4)


def fmt_mobile(num, form=None):
    if form is None:
        form = rng.choices(["plain", "dash", "space", "dot", "p62dash", "p62", "62", "paren62", "4333", "dash433"],
                           [30, 18, 12, 5, 8, 8, 5, 4, 3, 7])[0]
    if form == "dash433" and len(num) != 11:
        form = "dash"
    return cg.fmt_mobile(num, form)


def make_landline():
    area, n = rng.choice(LANDLINES)
    local = digits(n, first_nonzero=True)
    return cg.fmt_landline(area, local, rng.choice(["paren", "dash", "paren_dash", "space"]))


EMAIL_DOMAINS = ["gmail.com"] * 8 + ["yahoo.com", "yahoo.co.id", "ymail.com", "hotmail.com", "outlook.com",
                                      "rocketmail.com", "icloud.com"]


def slug_parts(name):
    return cg.slugs(name, cg.NAME_PARTICLES)


def make_email(name, birth):
    p = slug_parts(name) or ["warga"]
    yy = str(birth.year)
    r = rng.random()
    if r < 0.25:
        local = ".".join(p[:2])
    elif r < 0.45:
        local = p[0] + yy[2:]
    elif r < 0.6:
        local = p[0] + "_" + p[-1]
    elif r < 0.75:
        local = p[0] + p[-1] + str(rng.randrange(1, 99))
    elif r < 0.88:
        local = p[-1] + "." + p[0][0] + yy
    else:
        local = p[0][:4] + "." + rng.choice(["official", "id", "real", "cute", "mama", "papa"])
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


def make_handle(name):
    p = slug_parts(name) or ["warga"]
    r = rng.random()
    if r < 0.3:
        h = p[0] + "_" + p[-1]
    elif r < 0.5:
        h = p[0] + str(rng.randrange(10, 99))
    elif r < 0.65:
        h = p[0] + "." + p[-1]
    elif r < 0.8:
        h = p[-1] + p[0][:3]
    else:
        h = p[0] + rng.choice(["_id", "xx", "_real", "official", "_22", "ganteng", "__"])
        h = h.rstrip("_") if h.endswith("__") else h
    return "@" + h


PLATE_CODES = [("B", 3), ("B", 2), ("D", 2), ("F", 2), ("AB", 2), ("DK", 2), ("BK", 2), ("L", 2), ("N", 2),
               ("H", 2), ("AD", 2), ("DD", 2), ("KT", 2), ("BM", 2), ("BA", 2), ("DR", 2), ("E", 2), ("T", 2),
               ("Z", 2), ("R", 2), ("G", 2), ("K", 2), ("W", 2), ("S", 2), ("P", 2), ("AG", 2), ("AE", 2),
               ("BG", 2), ("BE", 2), ("DA", 2), ("KB", 2), ("DB", 2), ("DN", 2), ("DE", 1), ("PA", 1),
               ("DH", 2), ("EB", 1), ("BL", 2), ("BH", 2), ("DT", 2), ("A", 2), ("AA", 2)]
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def make_plate(code=None, form=None):
    if code is None:
        code, maxl = rng.choice(PLATE_CODES)
    else:
        maxl = 3 if code == "B" else 2
    num = str(rng.randrange(1, 10 ** rng.choice([2, 3, 4, 4, 4])))
    suf = "".join(rng.choice(LETTERS) for _ in range(rng.randint(1, maxl)))
    if form is None:
        form = rng.choices(["space", "glued", "dash", "lower"], [70, 14, 9, 7])[0]
    return cg.fmt_plate(code, num, suf, form)


BANKS = {
    "BRI": 15, "BNI": 10, "BCA": 10, "BSI": 10, "BPD": 10, "MANDIRI": 13, "CIMB": 13, "BTN": 16,
}


def make_account(bank):
    if bank == "BRI":
        s = digits(4) + rng.choice(["01", "02", "03"]) + digits(6) + rng.choice(["50", "51", "53"]) + digits(1)
        return cg.fmt_account(s, "BRI") if rng.random() < 0.55 else s
    if bank == "MANDIRI":
        s = rng.choice(["1", "1", "9"]) + digits(2) + "00" + digits(8)
        return cg.fmt_account(s, "Mandiri") if rng.random() < 0.5 else s
    if bank == "BTN":
        return rng.choice(["0001", "0002", "0013", "0022"]) + digits(12)
    if bank == "CIMB":
        return "7" + digits(rng.choice([12, 13]))
    s = digits(10, first_nonzero=rng.random() < 0.7)
    if bank in ("BCA", "BNI") and rng.random() < 0.3:
        return cg.fmt_account(s, bank)
    return s


def make_passport():
    letter = rng.choice("BBBCCCAEX")
    d = digits(7)
    return f"{letter} {d}" if rng.random() < 0.2 else f"{letter}{d}"


def make_npwp_old():
    s = rng.choice(["04", "05", "06", "07", "08", "09"]) + digits(7) + digits(3) + "000"
    return s


def fmt_dob(d, form=None):
    if form is None:
        form = rng.choice(["long", "long", "dash", "slash", "short", "dot", "iso", "long_nopad"])
    if form == "long":
        form = "long0" if rng.random() < 0.4 else "long"
    return cg.fmt_date(d.day, d.month, d.year, "long" if form == "long_nopad" else form)


STREETS = ["Kenanga", "Melati", "Flamboyan", "Cendrawasih", "Cempaka Putih Raya", "Mawar", "Anggrek", "Dahlia",
           "Kutilang", "Merpati", "Nangka", "Manggis", "Sawo Kecik", "Kapuk Raya", "Pahlawan Revolusi",
           "Diponegoro", "Pemuda", "Gajah Mada", "Kartini", "Teuku Umar", "Sisingamangaraja", "Veteran",
           "Sultan Agung", "Kaliurang", "Pandanaran", "Setiabudi", "Antang Raya", "Perintis Kemerdekaan",
           "Tanjung Duren Utara", "Bypass Ngurah Rai", "Gatot Subroto Barat", "Sudirman", "Samratulangi",
           "Kebon Sirih", "Cilandak KKO", "Margonda Raya", "Raya Lembang", "Imam Bonjol", "Pattimura",
           "Abepura", "Ahmad Yani", "Soekarno Hatta", "Wolter Monginsidi", "Panglima Polem", "HOS Cokroaminoto"]
GANGS = ["Mawar", "Sepakat Jaya", "Melati II", "Masjid", "Mushola", "Kelinci", "Buntu", "Sawo", "Haji Naim",
         "Kemuning", "Langgar", "Sadar", "Bahagia", "Damai", "Anggur", "Nusa Indah"]
PERUMS = ["Griya Asri", "Bumi Indah Permai", "Taman Cibodas", "Pondok Hijau", "Graha Mustika", "Villa Mutiara",
          "Puri Cendana", "Bukit Sengkaling", "Citra Harmoni", "Grand Permata", "Pesona Anggrek", "Tamansari Bukit Damai"]
KOMPS = ["Bumi Indah", "Kodam", "Pajak", "Perumnas III", "DPR", "Kejaksaan", "Mandala", "Bea Cukai", "PLN"]
DUSUNS = ["Krajan", "Sumberejo", "Kedungsari", "Ngasem", "Tegalrejo", "Karanganyar", "Sidomulyo", "Banjarsari",
          "Pucung", "Jetis Kulon"]
KAMPUNGS = ["Cibeureum", "Babakan", "Sukasari", "Cikaret", "Pasir Jati", "Bojong", "Cimanggu", "Kebon Kelapa"]
LORONGS = ["Karya", "Sepakat", "Rukun", "Pelita", "Kenari", "Bersama"]


def rt_rw():
    rt, rw = rng.randint(1, 15), rng.randint(1, 12)
    return cg.fmt_rtrw(rt, rw, rng.choice(["slash", "slash", "space", "pad3", "dot", "nopad", "short", "mixed_dot"]))


def house_no():
    n = rng.randint(1, 250)
    form = rng.choice(["No. ", "No. ", "No.", "Nomor ", "no ", "No "])
    suffix = rng.choice(["", "", "", "", "A", "B", "/14"])
    return f"{form}{n}{suffix}"


def make_address(kind=None):
    kind = kind or rng.choices(["jl", "jln", "jalan", "gg", "jlgg", "perum", "komp", "btn", "dusun", "dsn",
                                "kp", "lr"], [20, 6, 10, 8, 10, 10, 6, 4, 6, 4, 5, 3])[0]
    rr = rt_rw()
    with_rr = rng.random() < 0.7
    if kind in ("jl", "jln", "jalan"):
        d = {"jl": "Jl.", "jln": "Jln.", "jalan": "Jalan"}[kind]
        s = f"{d} {rng.choice(STREETS)} {house_no()}"
        return s + (rng.choice([" ", ", "]) + rr if with_rr else "")
    if kind == "gg":
        s = f"{rng.choice(['Gg.', 'Gang'])} {rng.choice(GANGS)} {house_no()}"
        return s + (" " + rr if with_rr else "")
    if kind == "jlgg":
        s = f"{rng.choice(['Jl.', 'Jalan', 'Jl'])} {rng.choice(STREETS)} {rng.choice(['Gg.', 'Gang'])} {rng.choice(GANGS)} {house_no()}"
        return s + (rng.choice([" ", ", "]) + rr if with_rr else "")
    if kind == "perum":
        s = f"{rng.choice(['Perum', 'Perum.', 'Perumahan'])} {rng.choice(PERUMS)} Blok {rng.choice('ABCDEFGHJK')}{rng.randint(1, 12)} No. {rng.randint(1, 40)}"
        return s + (" " + rr if rng.random() < 0.4 else "")
    if kind == "komp":
        s = f"{rng.choice(['Komp.', 'Komplek', 'Kompleks'])} {rng.choice(KOMPS)} Blok {rng.choice('ABCDEF')} No. {rng.randint(1, 60)}"
        return s + (" " + rr if rng.random() < 0.5 else "")
    if kind == "btn":
        return f"BTN {rng.choice(['Antang', 'Minasa Upa', 'Hamzy', 'Pao-Pao Permai', 'Kolhua'])} Blok {rng.choice('ABCDE')}{rng.randint(1, 9)} No. {rng.randint(1, 30)}"
    if kind == "dusun":
        return f"Dusun {rng.choice(DUSUNS)} {rr}"
    if kind == "dsn":
        return f"Dsn. {rng.choice(DUSUNS)} {rr}"
    if kind == "kp":
        return f"{rng.choice(['Kp.', 'Kampung'])} {rng.choice(KAMPUNGS)} {rr}"
    if kind == "rtrw":
        return rt_rw()
    if kind == "lr":
        return f"Lr. {rng.choice(LORONGS)} {house_no()}" + (" " + rr if with_rr else "")
    raise ValueError(kind)


# ---------------------------------------------------------------------------------------
# Persons
# ---------------------------------------------------------------------------------------
class Person:
    def __init__(self, spec):
        opts = spec.split("/") if spec else []
        self.sex = "F" if "F" in opts else "M" if "M" in opts else rng.choice("MF")
        groups = [g for g in opts if g in REGIONS]
        if groups:
            self.group = groups[0]
        else:
            self.group = rng.choices([g for g, _ in GROUP_WEIGHTS], [w for _, w in GROUP_WEIGHTS])[0]
        age = "baby" if "baby" in opts else "child" if "child" in opts else "elder" if "elder" in opts else "teen" if "teen" in opts else "adult"
        self.birth = {"baby": lambda: rand_date(2021, 2024), "child": lambda: rand_date(2009, 2019), "teen": lambda: rand_date(2005, 2011),
                      "elder": lambda: rand_date(1938, 1960), "adult": lambda: rand_date(1962, 2001)}[age]()
        if "pns" in opts:
            self.birth = rand_date(1964, 1996)
        self.name, self.call = pick_name(self.group, self.sex, young=age in ("baby", "child", "teen"))
        code, self.city = rng.choice(REGIONS[self.group])
        self.region6 = code + f"{rng.randint(1, 24):02d}"
        self.cache = {}

    def nik_digits(self):
        if "nikd" not in self.cache:
            b = self.birth
            self.cache["nikd"] = cg.nik16(self.region6, b.day, b.month, b.year, self.sex == "F",
                                          f"{rng.randint(1, 120):04d}")
        return self.cache["nikd"]

    def get(self, attr, form):
        key = attr + ":" + (form or "")
        if key in self.cache and attr not in ("phone",):
            return self.cache[key]
        v = self._make(attr, form)
        self.cache[key] = v
        return v

    def _make(self, attr, form):
        if attr == "name":
            return "PERSON", self.name
        if attr == "call":
            return "PERSON", self.call
        if attr == "nik":
            s = self.nik_digits()
            if form == "typo" or (form is None and rng.random() < 0.04):
                i = rng.randrange(7, 15)
                s = s[:i] + s[i + 1:] if rng.random() < 0.5 else s[:i] + s[i] + s[i:]
                return "NIK", s
            return "NIK", cg.fmt16(s, form or choose_16_form())
        if attr == "kk":
            issue = rand_date(min(max(self.birth.year, 2006), 2024), 2024)
            s = cg.id16(self.region6, issue.day, issue.month, issue.year, digits(4))
            return "KK", cg.fmt16(s, form or choose_16_form())
        if attr == "npwp":
            f = form or rng.choices(["dotted", "plain", "zero16", "nik"], [50, 15, 15, 20])[0]
            if f == "nik":
                return "NPWP", self.nik_digits()
            return "NPWP", cg.fmt_npwp(make_npwp_old(), f)
        if attr == "phone":
            if form == "land":
                return "PHONE", make_landline()
            if "mob" not in self.cache:
                self.cache["mob"] = make_mobile()
                self.cache["mobform"] = None
            v = fmt_mobile(self.cache["mob"], form)
            return "PHONE", v
        if attr == "email":
            return "EMAIL", make_email(self.name, self.birth)
        if attr == "handle":
            return "HANDLE", make_handle(self.name)
        if attr == "dob":
            return "DATE_OF_BIRTH", fmt_dob(self.birth, form)
        if attr == "nip":
            b = self.birth
            tmt_year = min(b.year + rng.randint(22, 32), 2023)
            s = cg.nip18(b.year, b.month, b.day, tmt_year, rng.choice([1, 2, 3, 4, 12]), self.sex == "F",
                         rng.randint(1, 15))
            f = form or rng.choice(["plain", "space", "space"])
            return "NIP", cg.fmt_nip(s, f != "plain")
        if attr == "bpjs":
            s = "000" + digits(10)
            f = form or rng.choice(["plain", "plain", "plain", "group"])
            return "BPJS", cg.fmt_bpjs(s, f != "plain")
        if attr == "paspor":
            return "PASSPORT", make_passport()
        if attr == "addr":
            return "ADDRESS", make_address(form)
        if attr == "rek":
            return "BANK_ACCOUNT", make_account(form or rng.choice(list(BANKS)))
        if attr == "ttl":  # plain text birthplace, not a span
            return None, self.city
        if attr == "age":
            return None, str(2025 - self.birth.year)
        if attr == "year":
            return None, str(self.birth.year)
        raise ValueError(attr)


# ---------------------------------------------------------------------------------------
# Fillers (plain text, never spans): near-miss material
# ---------------------------------------------------------------------------------------
KOTA = ["Bandung", "Bekasi", "Depok", "Semarang", "Surabaya", "Medan", "Makassar", "Palembang", "Pekanbaru",
        "Padang", "Denpasar", "Mataram", "Kupang", "Pontianak", "Banjarmasin", "Samarinda", "Manado", "Palu",
        "Kendari", "Ambon", "Jayapura", "Malang", "Sleman", "Bantul", "Klaten", "Garut", "Tasikmalaya",
        "Cirebon", "Tangerang", "Bogor", "Jember", "Sidoarjo", "Kediri", "Banda Aceh", "Jambi", "Bengkulu",
        "Bandar Lampung", "Pangkalpinang", "Batam", "Gorontalo", "Ternate", "Sorong", "Balikpapan", "Serang"]
KEC = ["Duren Sawit", "Cibinong", "Bergas", "Kuta Utara", "Medan Johor", "Tamalanrea", "Ngaglik", "Sukajadi",
       "Rungkut", "Panakkukang", "Kramat Jati", "Mlati", "Kasihan", "Lowokwaru", "Pontianak Barat", "Tampan",
       "Kota Tengah", "Baiturrahman", "Sukarame", "Kebayoran Lama", "Tanah Sareal", "Cimanggis", "Jatiasih",
       "Denpasar Selatan", "Abepura", "Wenang", "Kupang Tengah", "Banjarmasin Utara"]
KEL = ["Sukamaju", "Sidorejo", "Karang Anyar", "Tegal Sari", "Sungai Bambu", "Mekarsari", "Rawamangun",
       "Kebon Jeruk", "Labuhan Ratu", "Bontoala", "Panjer", "Cempaka Putih", "Pulo Gadung", "Jatimulya",
       "Margahayu", "Tanjung Rejo", "Lamprit", "Oebobo", "Sario", "Kotaraja"]
DESA = ["Sukamulya", "Tanjungsari", "Margamulya", "Wonokerto", "Pejeng Kangin", "Lamteumen", "Batu Merah",
        "Sidomukti", "Kedungwaru", "Pasir Jaya", "Ciherang", "Tegalwaru", "Banyuurip", "Lubuk Alung", "Oelnasi"]
JALAN_PUBLIK = ["Jl. Jenderal Sudirman", "Jl. Diponegoro", "Jl. Teuku Umar", "Jl. Gatot Subroto", "Jl. Ahmad Yani",
                "Jl. Imam Bonjol", "Jl. Sisingamangaraja", "Jl. Pattimura", "Jl. Sultan Hasanuddin",
                "Jl. Cut Nyak Dien", "Jl. Dr. Wahidin Sudirohusodo", "Jl. Pangeran Antasari", "Jl. RA Kartini",
                "Jl. Raya Bogor", "Jl. MH Thamrin", "Jl. Bypass I Gusti Ngurah Rai", "Jl. Letjen S. Parman",
                "Jalan Lintas Sumatera", "Jalan Trans Papua", "Jl. Raya Serang", "Jl. Soekarno-Hatta",
                "Jl. KH Hasyim Ashari", "Jl. Sam Ratulangi", "Jl. Jenderal Urip Sumoharjo", "Jl. Slamet Riyadi"]
RS = ["RSUD dr. Zainoel Abidin", "RSUP Dr. Sardjito", "RSUD Dr. Moewardi", "RSUP Dr. Hasan Sadikin",
      "RSUD dr. Soetomo", "RS Bhayangkara", "RSUP Prof. Dr. R. D. Kandou", "RSUD Ulin", "RSUP Dr. M. Djamil",
      "RSUD Dr. Saiful Anwar", "RSUP Dr. Wahidin Sudirohusodo", "RSUD Prof. Dr. W. Z. Johannes",
      "RSUD Sultan Syarif Mohamad Alkadrie", "RSUD Kota", "RSUP Fatmawati", "RSUD Dok II Jayapura"]
BPD = ["Bank Jatim", "Bank DKI", "Bank Jateng", "Bank Nagari", "Bank Sumut", "BPD Bali", "Bank Kalbar",
       "Bank Sulselbar", "Bank NTT", "Bank Papua", "bank bjb", "Bank Aceh Syariah", "Bank Kalsel"]
PASAR = ["Pasar Bulu", "Pasar Minggu", "Pasar Badung", "Pasar Raya Padang", "Pasar Terong", "Pasar Kosambi",
         "Pasar Beringharjo", "Pasar Petisah", "Pasar Inpres", "Pasar Youtefa"]
KOTA_SLUG = ["bandung", "semarangkota", "surabaya", "makassarkota", "medan", "denpasarkota", "jogjakota",
             "palembang", "kuburayakab", "bekasikota"]


def incident_date():
    d = rand_date(2023, 2025)
    f = rng.choice(["long", "long", "slash", "dash", "day", "short"])
    if f == "day":
        return f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}"
    return cg.fmt_date(d.day, d.month, d.year, f)


def rupiah():
    v = rng.choice([25, 50, 75, 100, 150, 200, 250, 300, 350, 500, 750, 1000, 1500, 2000, 2500, 3500, 5000])
    f = rng.choice(["Rp ", "Rp", "Rp. ", "rp "])
    if v >= 1000 and rng.random() < 0.4:
        jt = v / 1000
        js = (f"{jt:.1f}".replace(".", ",")).replace(",0", "")
        return f"{f}{js} juta"
    if v < 1000 and rng.random() < 0.25:
        return f"{v}rb"
    s = f"{v * 1000:,}".replace(",", ".")
    return f"{f}{s}" + (",-" if rng.random() < 0.15 else "")


LAST = {"kota": None}


def rupiah_small():
    v = rng.choice([5, 10, 15, 20, 25, 30, 50, 75, 100, 150, 200, 250, 300])
    f = rng.choice(["Rp ", "Rp", "Rp. ", "rp "])
    return f"{v}rb" if rng.random() < 0.2 else f"{f}{v * 1000:,}".replace(",", ".")


def rupiah_big():
    v = rng.choice([12, 25, 48, 75, 120, 180, 250, 375, 450, 600, 850, 1200, 1750])
    f = rng.choice(["Rp ", "Rp", "Rp. "])
    if v >= 1000:
        return f"{f}{str(v / 1000).replace('.', ',')} miliar"
    return f"{f}{v} juta" if rng.random() < 0.6 else f"{f}{v * 1000000:,}".replace(",", ".")


def filler(key):
    if key == "kota":
        LAST["kota"] = rng.choice(KOTA)
        return LAST["kota"]
    if key == "kota2":
        return rng.choice([k for k in KOTA if k != LAST["kota"]])
    if key == "kec":
        return rng.choice(KEC)
    if key == "kel":
        return rng.choice(KEL)
    if key == "desa":
        return rng.choice(DESA)
    if key == "jalan":
        return rng.choice(JALAN_PUBLIK)
    if key == "rs":
        return rng.choice(RS)
    if key == "bpd":
        return rng.choice(BPD)
    if key == "pasar":
        return rng.choice(PASAR)
    if key == "tgl":
        return incident_date()
    if key == "jam":
        return rng.choice(["08.30", "14.15 WIB", "21.00", "10.00 WITA", "07.45", "23.30", "16.20 WIB", "09.10 WIT"])
    if key == "rp":
        return rupiah()
    if key == "rpk":
        return rupiah_small()
    if key == "rpj":
        v = rng.choice([5, 7, 8, 10, 12, 15, 18, 20, 25, 28, 35, 40, 45])
        return rng.choice([f"Rp {v} juta", f"Rp{v} jt", f"Rp {v * 1000000:,}".replace(",", "."), f"{v} juta"])
    if key == "rpb":
        return rupiah_big()
    if key == "tiket":
        return "#" + digits(7, True)
    if key == "tiket8":
        return digits(8, True)
    if key == "tiket16":
        d = rand_date(2023, 2025)
        return f"{d.year}{d.month:02d}{d.day:02d}" + digits(8)
    if key == "spbu":
        return f"{rng.randint(24, 74)}.{rng.randint(100, 999)}.{rng.randint(1, 99):02d}"
    if key == "npsn":
        return str(rng.choice([1, 2, 3, 5, 6, 7])) + digits(7)
    if key == "km":
        return str(rng.randint(3, 160))
    if key == "n":
        return str(rng.randint(1, 30))
    if key == "nn":
        return str(rng.randint(12, 480))
    if key == "slug":
        return rng.choice(KOTA_SLUG)
    if key == "tahun":
        return str(rng.randint(2019, 2024))
    raise KeyError(key)


# ---------------------------------------------------------------------------------------
# Template engine.  {A} / {A.attr} / {A.attr:form}  -> person A's value (span unless plain)
#                   {plate} {plate:DK} {rek:BRI} {paspor} {addr} {phone}  -> value spans
#                   {~key} -> plain filler text
#                   [[LABEL|literal]] -> literal span
# ---------------------------------------------------------------------------------------
TOKEN = re.compile(r"\{([^{}]+)\}|\[\[([A-Z_]+)\|([^\]]+)\]\]")


class T:
    def __init__(self, text, style=None, sig=False, **persons):
        self.text, self.style, self.sig, self.persons = text, style, sig, persons


def render(tpl_text, person_specs, style):
    persons = {}

    def fill(m):
        if m.group(2):
            return [(m.group(3), m.group(2))]
        key = m.group(1)
        if key.startswith("~"):
            return [filler(key[1:])]
        head, _, form = key.partition(":")
        form = form or None
        who, _, attr = head.partition(".")
        if len(who) == 1 and who.isupper():
            if who not in persons:
                persons[who] = Person(person_specs.get(who, ""))
            label, val = persons[who].get(attr or "name", form)
            return [(val, label)]
        if who == "plate":
            return [(make_plate(form), "PLATE")]
        if who == "rek":
            return [(make_account(form or rng.choice(list(BANKS))), "BANK_ACCOUNT")]
        if who == "paspor":
            return [(make_passport(), "PASSPORT")]
        if who == "addr":
            return [(make_address(form), "ADDRESS")]
        if who == "phone":
            return [(make_landline() if form == "land" else fmt_mobile(make_mobile(), form), "PHONE")]
        raise KeyError(key)

    def recase(val, label):
        if style == "caps" and label not in ("EMAIL", "HANDLE", "PASSPORT"):
            return val.upper()
        if style == "lower" and label not in ("PASSPORT",):
            return val.lower()
        return val

    return cg.join_pieces(cg.fill_slots(TOKEN, tpl_text, fill), recase, keep_value=True)


# ---------------------------------------------------------------------------------------
# Openings / closings (wrappers)
# ---------------------------------------------------------------------------------------
OPENINGS = ["", "", "", "", "Yth. Admin LAPOR!,\n", "Selamat pagi, ", "Assalamualaikum wr. wb. ",
            "Selamat siang admin. ", "Mohon izin melapor. ", "Yth. Bapak/Ibu pengelola SP4N-LAPOR!\n\n",
            "Permisi min, ", "Selamat malam. ", "Kepada Yth. Ombudsman RI,\n", "Salam sejahtera. "]
CLOSINGS = ["", "", "", " Terima kasih.", " Mohon segera ditindaklanjuti 🙏", "\nTrims.", " Makasih min 🙏🙏",
            " Mohon ditindak tegas.", "\n\nWassalam.", " Atas perhatiannya saya ucapkan terima kasih.",
            " Tolong jangan dibiarkan 😡", " Semoga cepat direspon."]
SIG_CLOSINGS = ["\n\nHormat saya,\n{A}", "\n\nSalam,\n{A}\n{A.phone}", "\n— {A}", "\nPelapor: {A} ({A.phone})",
                "\n\nHormat kami,\n{A}\nWA: {A.phone}", " Terima kasih. ttd {A}", "\nSaya, {A}, siap dihubungi."]


# ---------------------------------------------------------------------------------------
# PII templates
# ---------------------------------------------------------------------------------------
PII = [
    # --- roads / infrastructure
    T("Saya {A}, warga Kel. {~kel}, ingin melaporkan jalan rusak di {~jalan} yang sudah 6 bulan tidak diperbaiki. "
      "Pada tanggal {~tgl} saya sudah menyampaikan ke Pak Lurah, lalu diarahkan ke Kasi Trantib, Bapak {B}. "
      "Beliau berjanji meneruskan ke Dinas PUPR tapi sampai sekarang belum ada kabar. Kemarin anak tetangga saya, "
      "{C.call}, jatuh dari motor di lubang tersebut dan kakinya dijahit 6 jahitan.\n\nHormat saya,\n{A}\nHP {A.phone}",
      B="M", C="child"),
    T("jalan cor di gang rumah sy udh retak2 padahal baru 4 bulan dibangun pake dana desa {~rpb}. kontraktornya "
      "{B} ponakannya pak kades. rumah sy {A.addr} persis di depan proyek. tolong diaudit", style="lower", B="M"),
    T("Drainase di depan rumah saya ({A.addr}, Kel. {~kel}, Kec. {~kec}) tersumbat sejak proyek galian kabel optik "
      "{~tgl}. Air meluap ke rumah tiap hujan. Mandor proyek yang saya temui bernama {B}, nomor HP {B.phone}, "
      "tapi dia lempar tanggung jawab ke subkon.", sig=True, B="M"),
    T("Jembatan kayu di kampung kami hampir putus. Kemarin sore motor Honda Beat {plate} milik anak saya {B.call} "
      "terperosok di sana. Mohon BPBD dan Dinas PU {~kota} segera melihat lokasi.", sig=True, B="teen/M"),
    T("Lampu PJU di {~jalan} mati total sepanjang 1 km. Sudah 3 kali lapor via aplikasi, nomor tiket {~tiket}. "
      "Petugas Dishub atas nama {B} bilang 'anggaran habis'. Gelap sekali, sudah ada 2 kasus jambret.", sig=True),
    # --- BPJS / health
    T("Assalamualaikum. Kartu BPJS ibu saya, {A}, No. {A.bpjs}, tiba-tiba tidak aktif padahal peserta PBI. "
      "Ibu saya lahir {A.dob}, sudah sepuh dan rutin cuci darah di {~rs}. Petugas di loket bilang harus ke Dinsos dulu "
      "baru bisa diaktifkan. Mohon bantuannya. {B}, {B.phone}", A="F/elder"),
    T("Istri saya {B} melahirkan di RSUD {~kota} tgl {~tgl} pakai BPJS ({B.bpjs}), tapi kami tetap disuruh bayar "
      "{~rp} untuk 'obat di luar tanggungan'. Kwitansi ditandatangani oleh {C}, bagian kasir. Kontak saya {A.phone} "
      "({A.call}).", B="F", A="M"),
    T("Min, bapak saya {A} (BPJS {A.bpjs}) ditolak IGD {~rs} jam 2 pagi, katanya bukan kondisi gawat darurat. "
      "Padahal sesak napas. Dokter jaga dr. {B} tidak mau memeriksa sama sekali. Akhirnya kami bawa ke klinik swasta "
      "bayar sendiri. Ini pelanggaran kan?", A="M/elder"),
    T("Saya peserta JKN mandiri kelas 3 a.n. {A}, nomor kartu {A.bpjs}, NIK {A.nik}. Iuran sudah autodebet tapi "
      "status kartu 'menunggak 7 bulan'. Sudah ke kantor cabang, dilayani Sdri. {B}, disuruh tunggu 14 hari kerja. "
      "Sekarang sudah 2 bulan.", B="F"),
    T("PUSKESMAS {~kec} MEMINTA BIAYA {~rpk} UNTUK SURAT RUJUKAN PADAHAL SAYA PESERTA BPJS NO {A.bpjs}. "
      "YANG MEMINTA PETUGAS PENDAFTARAN BERNAMA {B}. MOHON DITINDAK. {A} {A.phone}", style="caps"),
    T("Anak saya {B} (lahir {B.dob}, BPJS {B.bpjs}) butuh operasi jantung di {~rs}. Jadwal operasi diundur terus "
      "sejak {~tgl}. Kata perawat, kalau mau cepat harus jalur umum. Saya {A}, bisa dihubungi di {A.phone}.",
      B="child"),
    T("dokter {B} di puskesmas {~kec} jarang masuk, pasien ditangani perawat aja. tiap ditanya katanya lagi praktek "
      "di klinik pribadinya di {B.addr}. kasian warga yg udah antri dr subuh", style="lower"),
    # --- PPDB / schools
    T("Anak saya {A.call} ditolak di PPDB jalur zonasi SMPN {~n} {~kota} padahal jarak rumah kami cuma 400 m. "
      "Alamat kami {B.addr}. Sementara anak yang rumahnya 3 km malah diterima. NIK anak saya {A.nik}, KK {A.kk}. "
      "Tolong diperiksa min. Ortu: {B}", A="child"),
    T("Ada praktik jual beli kursi PPDB di SMA Negeri {~n} {~kota}. Kepala sekolahnya, Drs. {B}, M.Pd., lewat "
      "perantara bernama {C} meminta {~rpj} per siswa. Saya punya rekaman percakapan. Nomor perantara itu "
      "{C.phone}. Nama saya {A}, orang tua calon siswa.", B="M"),
    T("Di SD Negeri {~n} {~kota} (NPSN {~npsn}) wali murid dimintai {~rp} untuk 'uang gedung' oleh komite. Ketua "
      "komitenya {B}, bendahara {C}. Guru kelas anak saya, {D}, S.Pd., bilang itu wajib. Padahal Permendikbud 75/2016 "
      "melarang pungutan. Mohon identitas saya dirahasiakan: {A}, {A.phone}.", D="F"),
    T("Ijazah anak saya {B} ditahan SMK swasta di {~kota} karena tunggakan SPP {~rp}. Sekarang anak saya tidak bisa "
      "melamar kerja. Sudah bicara dengan kepala TU, Ibu {C}, tapi tetap tidak bisa. NIK anak saya {B.nik}.",
      sig=True, B="teen", C="F"),
    T("KIP Kuliah anak saya {B} (NIK {B.nik}) dicabut sepihak oleh kampus tanpa pemberitahuan. Dana semester ini "
      "tidak masuk ke rekening BNI {B.rek:BNI}. Mohon Kemendikbudristek memeriksa.", sig=True, B="teen"),
    T("Guru honorer an. {A}, NUPTK belum keluar sejak 2019. Saya mengajar di MI swasta di Desa {~desa}. Operator "
      "madrasah, Sdr. {B}, minta uang {~rpk} untuk 'pengurusan'. Email saya {A.email}."),
    # --- bansos / PKH / BLT
    T("pkh sy gk cair2 udh 3 tahap. nama {A} nik {A.nik} kk {A.kk}. pendamping pkh nya bu {B} blg data sy ga ada "
      "di dtks. tolong min 🙏", style="lower", A="F", B="F"),
    T("Warga yang layak tapi tidak pernah dapat BLT-DD di dusun kami: {B}, {C}, {D}, dan {E}. Semuanya janda dan "
      "lansia. Sementara istri Kaur Kesra dapat terus. Mohon Inspektorat turun.", B="F/elder", C="F/elder", D="F/elder",
      E="M/elder"),
    T("Bantuan BPNT mbah saya {B} (NIK {B.nik}) dipotong Rp 50.000 sama ketua kelompok KPM, {C}. Alasannya buat "
      "'uang transport'. Ini sudah 4 kali. DM aja ke {A.handle} kalau perlu bukti.", B="F/elder"),
    T("SAYA {A} UMUR {A.age} TAHUN, NIK {A.nik}. SUDAH 2 TAHUN TIDAK DAPAT BANTUAN LANSIA PADAHAL TERDAFTAR DI DTKS. "
      "KATA PAK RT {B.call} NAMA SAYA DICORET KADES. MOHON BANTUAN.", style="caps", A="elder", B="M"),
    T("Ibu saya {B} terdaftar sebagai penerima PKH tapi kartu KKS-nya dipegang oleh agen BRILink {C} di "
      "{C.addr}. Setiap pencairan ibu saya cuma dikasih {~rp}. Nomor rekening KKS ibu saya {B.rek:BRI}.", sig=True,
      B="F/elder"),
    T("Data penerima bansos beras 10 kg di Kelurahan {~kel} tidak sesuai. Tetangga saya {B} yang punya mobil "
      "{plate} dan ruko 2 lantai malah dapat. Saya yang buruh cuci tidak dapat. NIK saya {A.nik}, KK {A.kk}.",
      A="F"),
    T("Bapak/Ibu, mohon dicek DTKS atas nama {A}, NIK {A.nik}, KK {A.kk}, alamat {A.addr}. Sejak 2023 status "
      "saya 'tidak layak' padahal rumah saya masih papan dan lantai tanah."),
    # --- KTP-el / Dukcapil
    T("Sudah 8 bulan KTP-el saya belum jadi. Rekam tanggal {~tgl} di Disdukcapil {~kota}, katanya blangko kosong. "
      "Tapi tetangga saya Ibu {B} bisa jadi dalam 2 hari setelah bayar {~rp} ke calo bernama {C}. Data saya: {A}, "
      "NIK {A.nik}, TTL {A.ttl}, {A.dob}. HP/WA {A.phone}", B="F"),
    T("Akta kelahiran anak saya {B} (lahir {B.dob}) salah ketik nama ibu. Waktu mengurus di Disdukcapil saya dilayani "
      "petugas bernama {C}. Sekarang diminta urus ulang dan bayar. KK kami {A.kk}.", sig=True, B="child"),
    T("Nama di KTP saya tertulis '{A}' padahal di ijazah dan akta ada tambahan nama marga. NIK {A.nik}. Kata "
      "operator kecamatan harus sidang di pengadilan negeri. Apa benar?", A="batak"),
    T("Data saya di Dukcapil berubah sendiri, tanggal lahir jadi salah. Yang benar: lahir di {A.ttl} tanggal "
      "{A.dob}. NIK {A.nik}. Akibatnya pencairan JHT saya tertahan. Mohon diperbaiki. Email: {A.email}"),
    T("KK saya {A.kk} masih mencantumkan almarhum suami saya, {B}, padahal akta kematian sudah terbit {~tgl}. "
      "Petugas kelurahan bilang sistem error. Sudah 5 kali bolak-balik.", sig=True, A="F", B="M"),
    T("Mohon bantuan, NIK istri saya {B} ({B.nik}) dipakai orang lain untuk daftar pinjol dan kartu SIM. "
      "Tanggal lahir istri saya {B.dob}. Kami tidak pernah mengajukan apa pun.", sig=True, A="M", B="F"),
    # --- PLN / PDAM
    T("Meteran listrik di rumah saya {A.addr} dicabut petugas PLN tanpa pemberitahuan. Petugas yang datang 2 orang "
      "pakai mobil {plate}, salah satunya mengaku bernama {B}. Saya diminta bayar denda P2TL {~rp}. Saya {A}, WA "
      "{A.phone}.", B="M"),
    T("Pasang baru listrik 900 VA dimintai {~rp} oleh orang yang ngaku mitra PLN namanya {B}, no hp {B.phone}. "
      "Rekening transfernya BCA {rek:BCA} a.n. {C}. Katanya resmi. Alamat pemasangan: {A.addr}.", B="M"),
    T("air pdam mati udh 5 hari di tempat kami. udh telp call center tp ga diangkat. tolong min, rumah sy di "
      "{A.addr}. kontak {A.call} {A.phone}", style="lower"),
    T("Tagihan PDAM rumah kontrakan saya melonjak jadi {~rp}. Pemilik rumah, Bapak {B}, menyuruh saya mengurus "
      "sendiri. Saya penyewa di {A.addr}. Petugas pencatat meter, {C}, tidak pernah datang, hanya menebak angka.",
      sig=True, B="M", C="M"),
    T("@pln_123 listrik di rumah saya padam sejak tadi sore tp tetangga nyala. Sdh lapor di aplikasi PLN Mobile. "
      "Teknisi yg dateng minta uang rokok 100rb. Alamat {A.addr}. Hub {A.phone}"),
    # --- police / pungli / transport
    T("Pada {~tgl} sekitar jam {~jam} saya dihentikan di pos polisi dekat {~jalan}. Oknum polisi dengan nama "
      "{B} di seragamnya meminta uang damai {~rpk} padahal surat-surat lengkap. Motor saya {plate}. Saya tidak "
      "diberi surat tilang. Mohon Propam menindak. Pelapor: {A}, {A.email}", B="M"),
    T("@lapor1708 @DishubDKI bus TJ koridor {~n} ugal2an, sopirnya main hp sambil nyetir. nopol {plate:B}. "
      "video ada di akun saya {A.handle} 🙏", style="lower"),
    T("Mobil saya {plate} ditarik paksa oleh debt collector di jalan tol km {~km}. Mereka 5 orang, ketuanya mengaku "
      "bernama {B} dari perusahaan pembiayaan, nomor {B.phone}. Saya punya bukti sudah bayar cicilan. Saya {A}, "
      "NIK {A.nik}.", B="M"),
    T("tukang parkir liar di depan minimarket {~jalan} minta 5rb padahal ada tulisan 'parkir gratis'. dia bilang "
      "namanya {B.call} dan disuruh bang {C.call}. kalo ga bayar spion dipukul", style="lower", B="M", C="M"),
    T("Mobil dinas plat merah {plate} dipakai untuk antar anak sekolah dan belanja ke mal tiap Sabtu. Yang bawa "
      "biasanya {B}, staf di Bappeda. Foto terlampir.", B="M"),
    T("Truk sampah DLH dengan nomor polisi {plate} membuang sampah ke sungai di belakang pasar jam 5 pagi. "
      "Sopirnya saya kenal, namanya {B}, tinggal di {B.addr}.", sig=True, B="M"),
    T("Laporan polisi saya soal penipuan sudah 9 bulan tidak ada SP2HP. Penyidiknya Aipda {B} (HP {B.phone}) "
      "selalu bilang 'masih proses'. Terlapor {C} masih bebas dan terus menipu. Saya {A}, {A.addr}.", B="M"),
    T("Ojol saya ditilang di {~jalan} padahal tidak ada rambu larangan. Petugas Dishub bernama {B} minta "
      "{~rpk} 'biar cepat'. Nopol saya {plate}. Akun saya {A.handle}.", B="M"),
    T("Hi admin, mau complain soal taksi bandara. Driver-nya, Mas {B.call}, nge-charge extra {~rpk} tanpa argo. "
      "His car plate {plate}. Please follow up, contact me at {A.email}", B="M"),
    T("SOPIR ANGKOT TRAYEK {~n} JURUSAN TERMINAL - PASAR DENGAN NOPOL {plate} MENURUNKAN PENUMPANG DI TENGAH JALAN "
      "DAN MEMAKI SAYA. SAYA SEMPAT FOTO SIM-NYA, NAMANYA {B}. SAYA {A}, HP {A.phone}.", style="caps", B="M"),
    T("Saya korban pelecehan di KRL {~tgl}. Pelaku sudah diamankan petugas bernama {B}, tapi di stasiun pelaku "
      "dilepas begitu saja. Saya minta rekaman CCTV tidak diberi. Kontak saya {A.email} / {A.phone}.", A="F", B="M"),
    # --- pungli / officials / village
    T("DANA DESA DI DESA {~desa} TIDAK TRANSPARAN. KEPALA DESA {B} TIDAK PERNAH MEMASANG BALIHO APBDES. PROYEK "
      "RABAT BETON {~tahun} SEPANJANG 300 M ANGGARAN {~rpb} TAPI KUALITAS JELEK. BENDAHARA DESA {C} SELALU "
      "MENGHINDAR. PELAPOR {A} HP {A.phone}", style="caps", B="M"),
    T("Pengangkatan perangkat desa di Desa {~desa} curang. Yang diterima jadi Kaur Keuangan adalah {B}, keponakan "
      "Kades {C}, padahal nilai ujiannya di bawah saya. Nilai saya 87, dia 62. Saya {A}, NIK {A.nik}.", C="M"),
    T("Oknum ASN {B}, NIP {B.nip}, ikut kampanye caleg di lapangan desa {~tgl} pakai seragam dinas. Fotonya "
      "ada. Ini melanggar UU ASN.", sig=True, B="pns"),
    T("Pak Lurah {B} minta uang Rp 1 juta untuk tanda tangan surat keterangan waris. Katanya 'sudah biasa'. "
      "Surat itu untuk tanah almarhum bapak saya, {C}.", sig=True, B="M", C="M/elder"),
    T("{B} datang ke rumah saya tgl {~tgl} mengaku dari kelurahan dan minta data KTP untuk 'bantuan'. Setelah "
      "saya cek, ternyata tidak ada petugas bernama itu. Nomor yang dia tinggalkan {B.phone}. Warga lain juga "
      "didatangi.", sig=True),
    T("Retribusi pasar di {~pasar} ditarik 2 kali sehari oleh orang yang berbeda. Penarik pagi mengaku suruhan "
      "{B}, penarik sore dari Dinas Pasar dengan karcis tapi tanpa nomor seri. Saya pedagang sayur, {A}, lapak "
      "nomor 14.", B="M"),
    T("Saya bicara dengan Sekcam {B} soal rekomendasi izin keramaian, tapi beliau menyuruh saya menemui {C} "
      "di luar kantor dan 'bawa amplop'. Nomor {C.phone}. Saya tidak mau.", sig=True, B="M", C="M"),
    T("Uang ganti rugi lahan tol untuk ayah saya {B} sebesar {~rpb} diserahkan kepada {C}, kuasa yang tidak pernah "
      "kami tunjuk. Mohon BPN dan PPK tol menjelaskan.", sig=True, B="M/elder"),
    T("Ada pesan WhatsApp dari {B} yang mengaku pegawai Kemensos dan meminta saya transfer {~rp} ke rekening "
      "Mandiri {rek:MANDIRI} supaya bansos cair. Nomornya {B.phone}. Apakah ini resmi?", sig=True),
    # --- land / BPN
    T("Sertifikat tanah almarhum ayah saya, {B}, sudah diurus lewat PTSL sejak 2021 tapi belum terbit. Petugas "
      "BPN bernama {C} meminta biaya tambahan {~rp}, padahal PTSL hanya biaya pra-sertifikasi sesuai SKB 3 Menteri. "
      "Saya {A}, NIK {A.nik}, tinggal di {A.addr}.", B="M/elder"),
    T("Tanah kami di Desa {~desa} diserobot oleh {B} yang mengaku punya sertifikat. Kami punya girik atas nama "
      "kakek saya {C}. Sudah lapor ke BPN {~kota}, nomor berkas {~tiket8}, belum ada mediasi.", sig=True,
      C="M/elder"),
    T("Pengukuran ulang tanah saya oleh juru ukur BPN, Sdr. {B}, tidak sesuai. Luas berkurang 40 m2 dan bergeser "
      "ke tanah tetangga, Pak {C}. Patok dipindah malam hari. Rumah saya {A.addr}.", sig=True, B="M", C="M"),
    # --- NIP / teachers / pensions
    T("Tunjangan sertifikasi saya triwulan II belum cair sedangkan rekan lain sudah. Nama {A}, NIP {A.nip}, guru di "
      "SMP Negeri {~n} {~kota}. Rekening {~bpd} {A.rek:BPD}. Operator dinas, Sdr. {B}, bilang data saya di Info GTK "
      "bermasalah.", A="pns", B="M"),
    T("Ayah saya pensiunan PNS, {B}, NIP {B.nip}, meninggal dunia {~tgl}. Ibu saya {C} belum menerima pensiun "
      "janda dari Taspen sudah 4 bulan. Rekening ibu: Mandiri {C.rek:MANDIRI}. Saya {A}, {A.phone}", B="M/pns",
      C="F/elder"),
    T("Saya guru honorer di SD Inpres {~n} {~kota} sejak 2009, nama {A}, tapi tidak masuk database BKN. Kepala "
      "sekolah saya {B}, S.Pd., M.Pd. (NIP {B.nip}) menolak memberi SK pengangkatan. HP {A.phone}", B="pns"),
    T("Kenaikan pangkat saya tertahan di BKD sejak Oktober. Data: {A}, NIP {A.nip}, lahir {A.dob}. Katanya "
      "berkas harus diantar langsung lewat 'orang dalam' bernama {B}.", A="pns"),
    T("PNS di kantor kecamatan kami, Sdri. {B} (NIP {B.nip}), tidak pernah masuk kantor sejak Januari tapi gaji "
      "tetap jalan. Dia buka usaha laundry di {B.addr}.", sig=True, B="F/pns"),
    T("gaji ke-13 saya blm masuk, tmn2 udh. nip {A.nip}, rek bri {A.rek:BRI}. tolong dicek bkad ya 🙏",
      style="lower", A="pns"),
    T("Camat {~kec}, {B}, S.STP., M.Si., NIP {B.nip}, menggunakan mobil dinas {plate} untuk mudik lebaran ke "
      "luar provinsi. Mohon Inspektorat memeriksa.", B="pns"),
    T("Gaji pertama CPNS saya belum dibayar 3 bulan. Nama {A}, NIP {A.nip}, penempatan Puskesmas {~kec}. "
      "Rekening {~bpd} {A.rek:BPD}.", A="pns"),
    # --- passport / immigration / PMI
    T("Adik saya {B} bekerja sebagai PMI di Malaysia. Paspornya {B.paspor} ditahan majikan dan gajinya 5 bulan tidak "
      "dibayar. Agen penyalurnya bernama {C}. Kontak keluarga: {A} ({A.phone}). Mohon BP2MI membantu.", B="F"),
    T("Saya mengajukan paspor online tgl {~tgl} di Kanim {~kota}, sudah bayar {~rp} tapi status tidak berubah. "
      "Paspor lama saya {A.paspor} sudah habis masa berlakunya. Email {A.email}, HP {A.phone}."),
    T("Travel umroh menahan paspor ibu saya {B} (paspor {B.paspor}) dan paspor bapak saya ({C.paspor}) padahal "
      "keberangkatan dibatalkan. Uang {~rpj} juga belum dikembalikan.", sig=True, B="F/elder", C="M/elder"),
    T("Paspor saya hilang di bandara Soekarno-Hatta {~tgl}. Nomor paspor {A.paspor}, atas nama {A}, lahir {A.dob}. "
      "Petugas meminta saya membuat laporan kehilangan dulu, tapi Polsek Bandara tutup."),
    T("Anak saya {B}, mahasiswa di Jepang, paspornya {B.paspor} tertahan di KBRI karena proses perpanjangan. "
      "Kami sudah email ke fungsi konsuler 3 kali. Kontak: {A.email}", sig=True, B="teen"),
    T("Calo di depan kantor imigrasi {~kota} menawarkan paspor jadi 1 hari dengan {~rp}. Calonya pakai nomor "
      "{B.phone} dan mengaku kenal petugas. Paspor lama saya ({A.paspor}) sempat mau dia pegang."),
    T("SAYA PMI ASAL {~kota}. PASPOR SAYA {A.paspor} DIPEGANG PT PENYALUR DAN SAYA DIMINTA {~rpj} UNTUK "
      "MENGAMBILNYA. NAMA SAYA {A}. WA {A.phone}", style="caps"),
    # --- bank accounts / scams / pinjol
    T("Saya tertipu jual beli online. Sudah transfer {~rp} ke rekening BRI {rek:BRI} a.n. {B}. Penjual pakai akun "
      "IG {B.handle} dan nomor WA {B.phone}. Sudah lapor ke Polsek tapi disuruh ke Polres. Mohon bantu blokir "
      "rekening tersebut."),
    T("Saya diteror DC pinjol ilegal. Mereka sebar data KTP saya (NIK {A.nik}) ke semua kontak. Yang neror pakai "
      "nomor {B.phone} dan {C.phone}, mengaku bernama {B.call}. Saya {A}. Screenshot sudah ada."),
    T("Saya minta pengembalian kelebihan bayar UKT {~rp} dari kampus. Sudah 7 bulan. Rekening BNI {A.rek:BNI} "
      "a.n. {A}. Bagian keuangan, Ibu {B}, selalu bilang 'minggu depan'.", B="F"),
    T("KPR subsidi saya di BTN, rekening {A.rek:BTN}, dinyatakan menunggak padahal autodebet selalu jalan. Rumah "
      "saya {A.addr} diancam akan dilelang. Petugas collection bernama {B} datang dengan nada mengancam."),
    T("Dana BSU tidak masuk ke rekening Mandiri saya {A.rek:MANDIRI}, padahal di situs Kemnaker status 'tersalurkan'. "
      "Nama {A}, NIK {A.nik}."),
    T("Hati-hati, ada yang mengatasnamakan Dinas Sosial menawarkan bantuan modal UMKM. Rekening penampungnya "
      "BSI {rek:BSI} atas nama {B}. Akun TikTok-nya {B.handle}. Saya sudah rugi {~rp}.", sig=True),
    T("Refund tiket kereta saya sejak {~tgl} belum masuk. Rekening CIMB Niaga {A.rek:CIMB} atas nama {A}. Kode "
      "booking dan nomor tiket sudah saya kirim ke CS."),
    T("Koperasi simpan pinjam di kampung kami bangkrut, uang simpanan 200 anggota hilang. Ketua koperasi {B} kabur, "
      "rumahnya di {B.addr} kosong. Bendaharanya, Ibu {C}, masih ada tapi tutup mulut.", sig=True, B="M", C="F"),
    T("Uang jaminan kontrak kerja saya {~rp} ditransfer ke rekening {~bpd} {rek:BPD} a.n. {B} (HRD PT penyalur). "
      "Setelah itu HP-nya {B.phone} tidak aktif.", sig=True),
    # --- permits / tax / NPWP
    T("Izin usaha saya ditolak OSS berulang kali karena NPWP saya {A.npwp} katanya tidak valid, padahal sudah "
      "dipadankan dengan NIK {A.nik}. Nama {A}, email {A.email}"),
    T("Honor narasumber saya dari Pemda dipotong PPh 21 dengan tarif 20% karena dianggap tidak punya NPWP, padahal "
      "NPWP saya {A.npwp} sudah saya serahkan ke bendahara, Sdri. {B}.", sig=True, B="F"),
    T("Coretax error terus waktu saya mau lapor SPT. NPWP {A.npwp}, nama {A}. Sudah telepon Kring Pajak 1500200 "
      "tapi antre 40 menit lalu putus. Mohon bantuan, batas 31 Maret."),
    T("PBG untuk rumah tinggal saya di {A.addr} sudah 5 bulan tidak terbit di SIMBG. Petugas DPMPTSP atas nama "
      "{B} bilang bisa dipercepat dengan 'biaya koordinasi'. NPWP {A.npwp}.", B="M"),
    T("Restoran kecil saya didatangi orang yang mengaku petugas pajak daerah, {B}, dan meminta {~rp} tunai tanpa "
      "kuitansi. NPWPD restoran sudah ada, NPWP pribadi saya {A.npwp}. Kejadian {~tgl}.", sig=True),
    T("Bukti potong pajak dari tempat saya bekerja mencantumkan NPWP {A.npwp}, padahal itu bukan milik saya. "
      "NIK saya {A.nik}. Akibatnya SPT saya kurang bayar."),
    T("npwp sy {A.npwp} tiba2 dinyatakan non efektif, padahal sy masih jualan online dan bayar pajak umkm 0,5%. "
      "tolong djp cek. email {A.email}", style="lower"),
    T("Pengajuan NPWP untuk istri saya {B} ditolak KPP dengan alasan data NIK {B.nik} tidak ditemukan di "
      "Dukcapil. NPWP saya sendiri {A.npwp}.", sig=True, A="M", B="F"),
    # --- neighbours / waste / environment
    T("Tetangga saya {B} (rumahnya {B.addr}) membangun kandang ayam menempel tembok rumah saya. Bau dan banyak "
      "lalat. Sudah dimediasi Pak RT {C.call} 2 kali. Mohon Satpol PP {~kota} menindak. — {A}", C="M"),
    T("Sampah menumpuk di TPS dekat {~pasar} sudah 2 minggu tidak diangkut. Ketua RT 04, Pak {B.call}, sudah lapor "
      "ke DLH tapi tidak ada respon. Warga RT 04 mulai kena diare. Saya {A}, WA {A.phone}", B="M"),
    T("Min mau lapor\nDi kampung kami ada yg jual gas melon 3kg Rp 35rb\nPangkalannya punya {B}\nDi {B.addr}\n"
      "Padahal HET 19rb\nTolong ditindak\nMakasih"),
    T("Pabrik tahu milik {B} membuang limbah cair ke sungai. Airnya hitam dan bau, ikan mati. Lokasinya persis di "
      "belakang rumah saya, {A.addr}. Sudah lapor DLH tanggal {~tgl}, nomor pengaduan {~tiket}.", B="M"),
    T("Tetangga sebelah, {B}, menyetel musik keras sampai jam 3 pagi tiap malam Minggu. Sudah ditegur Pak RW "
      "tapi malah ngajak ribut. Saya tinggal di {A.addr}. Nomor saya {A.phone}.", B="M"),
    T("Pohon besar di depan rumah {B} di {B.addr} sudah miring dan hampir menimpa kabel listrik. Pemiliknya sudah "
      "lapor ke DLH via telepon (nomor {B.phone}) tapi belum ada penebangan.", sig=True),
    T("Ada pembakaran sampah plastik tiap sore di lahan kosong milik {B}. Asapnya masuk ke rumah, anak saya {C.call} "
      "sampai sesak napas dan dirawat di {~rs}.", sig=True, C="child"),
    T("Tambang galian C ilegal di Desa {~desa} milik {B}. Truk-truknya ({plate}, {plate}) lewat jalan desa tiap "
      "malam. Jalan hancur. Kades diam saja.", sig=True, B="M"),
    # --- Twitter / WA style with handles
    T("halo @KemensosRI, bantuan YAPI anak yatim keponakan saya {B} belum cair sejak {~tgl}. NIK anak {B.nik}. "
      "mohon dicek 🙏 dm ke {A.handle}", B="child"),
    T("Akun {B.handle} menyebarkan foto KTP dan KK warga yang katanya 'penerima bansos fiktif', termasuk KTP saya. "
      "Ini penyalahgunaan data pribadi. Saya {A}, {A.email}"),
    T("Buat yang mau laporan, aku {A} ({A.handle}) udah 3x lapor jalan rusak di {~jalan}, nomor laporan "
      "{~tiket8}, statusnya ditutup tanpa perbaikan 🙃 please @lapor1708", style=None),
    T("Admin, oknum guru di sekolah anak saya, {B} (IG {B.handle}), posting video murid yang sedang dihukum dan "
      "mengejeknya. Murid itu anak saya {C}.", sig=True, C="child"),
    T("Kenapa akun resmi @humaspemkot diam saja? Akun {B.handle} milik staf kelurahan bernama {B} menjual formulir "
      "pendaftaran UMKM yang seharusnya gratis."),
    T("@KAI121 saya ketinggalan dompet di KA {~n} gerbong 3. Isinya KTP a.n. {A}. Tolong hubungi {A.phone} atau "
      "{A.handle}. Makasih."),
    T("Twitter/X: {A.handle}\nEmail: {A.email}\nKeluhan: aplikasi SIPD error terus saat input usulan musrenbang "
      "tingkat kelurahan. Operator kelurahan kami, {B}, sudah lapor ke Bappeda tapi tidak direspon."),
    T("Yth. Admin, saya mau melaporkan akun Facebook '{B}' dan IG {B.handle} yang menjual obat keras daftar G "
      "secara bebas ke pelajar. Nomor WA di bio-nya {B.phone}."),
    # --- forms / structured
    T("Nama: {A}\nTTL: {A.ttl}, {A.dob}\nNIK: {A.nik}\nAlamat: {A.addr}, Kel. {~kel}\nNo HP: {A.phone}\n\n"
      "Keluhan: Sudah 3 kali mengajukan KIS PBI lewat kelurahan tapi tidak pernah diproses."),
    T("IDENTITAS PELAPOR\nNama : {A}\nNIK : {A.nik}\nNo. KK : {A.kk}\nEmail : {A.email}\n\nISI LAPORAN\nBantuan "
      "rehab RTLH atas nama saya tercatat sudah diterima {~rpj}, padahal saya tidak pernah menerima apa pun."),
    T("Data pelapor -- {A} / NIK {A.nik} / HP {A.phone}. Data terlapor -- {B}, oknum petugas kebersihan yang "
      "memungut uang sampah {~rpk} per rumah tanpa karcis.", B="M"),
    T("Nama lengkap: {A}\nTempat/Tgl lahir: {A.ttl} / {A.dob}\nPekerjaan: buruh harian lepas\nHP: {A.phone}\n"
      "Pengaduan: Saya di-PHK tanpa pesangon setelah 11 tahun bekerja."),
    T("Pelapor: {A} (NIK {A.nik})\nTerlapor: {B}, Kepala Dusun\nKejadian: pemotongan bantuan BLT {~rpk} per KPM, "
      "tanggal {~tgl}", B="M"),
    # --- misc, several persons, chronology
    T("Kronologi: tanggal {~tgl} suami saya {B} ditabrak mobil {plate} di {~jalan}. Pengemudinya {C} sempat "
      "berhenti lalu kabur. Di Unit Laka Lantas kami diminta {~rp} supaya berkas 'diproses'. Sampai sekarang "
      "suami saya masih dirawat. Saya {A}, istrinya. HP {A.phone}", A="F", B="M"),
    T("Saya {A}, orang tua dari {B}, siswi kelas 5 yang menjadi korban perundungan. Wali kelasnya, Ibu {C}, "
      "malah menyalahkan anak saya. Kepala sekolah {D} tidak menanggapi. Mohon Dinas Pendidikan turun.",
      B="F/child", C="F"),
    T("Anak saya {B}, kelas 8, dipukul oleh guru olahraga {C} pada {~tgl}. Visum sudah dilakukan di RS Bhayangkara. "
      "Laporan polisi dibuat tapi mandek. Ibu korban: {A}, {A.phone}, {A.email}", A="F", B="child", C="M"),
    T("Kami warga RT 03 melaporkan bahwa {B}, Ketua RT kami, menjual kupon daging kurban ke luar warga. Yang "
      "menyaksikan: saya sendiri ({A}), {C}, dan {D}.", sig=False),
    T("Rumah ibu saya {B} di {B.addr} rusak berat kena banjir bandang {~tgl}. Tim asesmen BPBD sudah datang "
      "(petugasnya {C}) tapi nama ibu saya tidak masuk daftar bantuan stimulan. NIK ibu {B.nik}.", sig=True,
      B="F/elder"),
    T("Bidan desa {B} meminta {~rp} untuk persalinan adik saya {C} yang peserta Jampersal. Kwitansi tidak diberikan. "
      "Kejadian di Polindes Desa {~desa}.", sig=True, B="F", C="F"),
    T("Lurah {B} dan Sekretaris Lurah {C} mewajibkan warga yang mengurus surat pindah membayar {~rp}. Istri saya, "
      "{D}, sudah membayar tanggal {~tgl} tanpa kuitansi.", sig=True, D="F"),
    T("Ayah saya {B} (usia {B.age} th, lahir {B.dob}) tertipu investasi emas oleh {C}. Uang pensiun {~rpj} "
      "raib. Pelaku pakai rekening BCA {rek:BCA} a.n. {C}.", sig=True, B="M/elder"),
    T("Saya, {A}, dengan ini melaporkan {B}, pengurus yayasan panti asuhan di {B.addr}, yang memakai dana "
      "hibah Pemda untuk membeli mobil pribadi {plate}."),
    T("Mohon bantuan: KTP saya a.n. {A} sudah dicetak tapi tertahan di kantor desa. Sekdes, {B}, minta "
      "'uang lelah'. NIK saya {A.nik}. Saya tinggal di Dusun ini sejak lahir, alamat saya {A.addr}.", B="M"),
    T("Maaf sebelumnya, saya {A}, tinggal di {A.addr}. Saya melapor "
      "tukang ojek pangkalan yang mengusir driver online di depan terminal. Ketuanya {B}.", A="bali", B="bali/M"),
    T("SMS dari 1708: nm {A}, nik {A.nik}, lapor jln desa putus krn longsor {~tgl}, mohon alat berat. "
      "hp {A.phone}", style="lower"),
    T("Ass.wr.wb. sy {A} dr {~kota}. sy mau tny knp BPJS sy ({A.bpjs}) dinonaktifkan stlh sy pindah kerja. "
      "hrd kantor lama, bu {B}, blg udh diurus. mksh", style="lower", B="F"),
    T("Yang terhormat Bapak Bupati {~kota}, saya {A}, petani dari Desa {~desa}. Pupuk subsidi di kios milik "
      "{B} dijual di atas HET. Kartu tani saya tidak bisa dipakai. NIK saya {A.nik}. Hormat saya."),
    T("Oknum satpam RS, {B}, meminta uang {~rpk} agar keluarga pasien bisa menginap di lorong. Pasien adalah mertua "
      "saya, {C}, BPJS {C.bpjs}.", sig=True, C="elder"),
    T("Perkenalkan, saya {A}. Saya ingin melapor bahwa dana hibah untuk sanggar tari kami dicairkan ke rekening "
      "pribadi ketua panitia, {B}, rekening {~bpd} {rek:BPD}. Kontak saya {A.email}."),
    T("Di pangkalan elpiji {~pasar} pemiliknya {B} hanya melayani yang bawa KTP dengan NIK terdaftar di aplikasi "
      "MAP, tapi NIK ibu saya ({C.nik}) ditolak terus. Ibu saya {C}.", sig=True, C="F/elder"),
    T("Dengan hormat, saya {A}, anak dari almarhum {B}, ahli waris tanah di Desa {~desa}. Kami dipersulit oleh Kades dalam "
      "pembuatan surat keterangan waris. NIK saya {A.nik}.", A="M", B="M/elder"),
    T("Saya, {A}, melaporkan dugaan pemalsuan tanda tangan ibu saya {B} dalam akta jual beli tanah. Ibu saya "
      "lahir {B.dob} dan buta huruf. NIK ibu {B.nik}.", B="F/elder"),
    T("alamat saya {A.addr:rtrw} kel {~kel}, tp petugas sensus bilang tdk ada rumah sy di data. nama sy {A}",
      style="lower"),
    T("Kepada Yth. Kepala Dinas Sosial,\nSaya {A}, lahir {A.dob}, penyandang disabilitas netra. Kartu penyandang "
      "disabilitas saya belum diterbitkan. Mohon bantuan. Keluarga yang bisa dihubungi: {B} ({B.phone})."),
    T("Kami sekeluarga pindah dari {~kota} ke {~kota2}. Surat pindah sudah keluar tapi KK baru belum terbit. "
      "KK lama {A.kk}. Anak saya {B} tidak bisa daftar sekolah.", sig=True, B="child"),
    T("Ibu Hj. {B} pemilik kos di {B.addr} menahan ijazah anak kos sebagai jaminan. Anak saya {C} tidak bisa "
      "melamar kerja karena itu.", sig=True, B="F", C="teen"),
    T("Kami melaporkan dr. {B}, Sp.PD yang praktik di {~rs} merangkap menjual obat sendiri ke pasien BPJS. "
      "Pasien diminta membeli di apotek milik istrinya, {C}.", sig=True, C="F"),
    T("Ir. {B}, M.T., konsultan pengawas proyek gedung sekolah, tidak pernah datang ke lokasi. Atap gedung "
      "ambruk {~tgl}. Kontraktornya H. {C}.", sig=True, B="M", C="M"),
    T("Suami saya {B} bekerja di proyek tol dan kecelakaan kerja {~tgl}, tapi BPJS Ketenagakerjaan tidak "
      "menanggung karena perusahaan tidak mendaftarkan. Mandornya {C}, nomor {C.phone}.", sig=True, A="F", B="M"),
    T("Anak saya {B} (NIK {B.nik}, TTL {B.ttl}, {B.dob}) tidak lolos verifikasi PIP karena beda data di Dapodik. "
      "Operator sekolah, {C}, menolak memperbaiki.", sig=True, B="child"),
    T("Tolong Satpol PP tertibkan PKL di trotoar {~jalan}. Koordinatornya {B} memungut {~rpk} per lapak. Rumahnya "
      "di {B.addr}.", sig=True, B="M"),
    # --- extra coverage: NPWP, KK, BPJS, passports, NIP, birth dates, e-mail, handles
    T("Saya wajib pajak orang pribadi, {A}, NPWP {A.npwp}. Sudah 3 bulan restitusi PPh saya {~rp} belum cair. "
      "Account Representative saya di KPP, {B}, tidak bisa dihubungi sama sekali."),
    T("Surat teguran pajak datang ke rumah saya di {A.addr} atas NPWP {A.npwp}, padahal NPWP itu sudah saya "
      "ajukan penghapusan sejak 2020 karena saya tidak punya penghasilan lagi."),
    T("NPWP almarhum suami saya, {B} ({B.npwp}), belum bisa dihapus karena KPP minta surat keterangan waris dari "
      "kelurahan, dan kelurahan minta surat dari KPP. Ping-pong terus. Saya {A}, HP {A.phone}.", A="F", B="M"),
    T("Daftar kerja di pabrik wajib NPWP. Waktu input online, NPWP saya {A.npwp:dotted} ditolak dengan pesan "
      "'NPWP sudah digunakan'. Siapa yang pakai? Email {A.email}"),
    T("NPWP SAYA {A.npwp} DIBLOKIR KARENA DIANGGAP TIDAK LAPOR SPT 5 TAHUN, PADAHAL SETIAP TAHUN SAYA LAPOR LEWAT "
      "KANTOR. BUKTI ADA. NAMA {A}.", style="caps"),
    T("Anak saya {B} tidak bisa ikut imunisasi karena di KK {A.kk} tanggal lahirnya salah. Lahir sebenarnya "
      "{B.dob}. Kelurahan minta bayar untuk perbaikan.", sig=True, B="child"),
    T("Nomor KK kami {A.kk} ternyata dipakai untuk mendaftarkan 3 orang yang tidak kami kenal di aplikasi "
      "pinjaman online. Mohon Dukcapil memblokir akses."),
    T("kk sy {A.kk} hilang wkt banjir kmrn. mau cetak ulang di dukcapil diminta surat dr desa + materai. pdhl "
      "katanya bs online. nama sy {A}", style="lower"),
    T("Kartu KIS anak saya {B}, nomor {B.bpjs}, masih tercatat di faskes lama di {~kota} padahal kami sudah pindah. "
      "Mohon dipindahkan. Ibu dari anak tersebut: {A}, email {A.email}.", A="F", B="child"),
    T("Klaim rawat inap ayah saya {B} (kartu JKN {B.bpjs}) ditolak rumah sakit dengan alasan kamar kelas 3 penuh, "
      "lalu disuruh naik kelas dan bayar selisih {~rp}. Petugas admisi yang melayani: {C}.", sig=True, B="M/elder"),
    T("Aplikasi Mobile JKN bilang nomor kartu {A.bpjs} tidak ditemukan, padahal kartunya saya pegang. NIK saya "
      "{A.nik}. Mohon dicek datanya."),
    T("Saya WNI yang bekerja di Hong Kong. Paspor saya {A.paspor} habis bulan depan dan antrean online KJRI "
      "penuh sampai 3 bulan. Mohon solusinya. Email {A.email}", A="F"),
    T("Permohonan paspor anak saya {B} ditolak Kanim {~kota} karena nama ayah di akta berbeda dengan di KK. "
      "Paspor saya sendiri {A.paspor} tidak ada masalah.", sig=True, B="child"),
    T("Kami jamaah umroh yang ditelantarkan travel: {B} (paspor {B.paspor}), {C} (paspor {C.paspor}), dan saya "
      "sendiri. Pemilik travel, {D}, tidak bisa dihubungi.", sig=True),
    T("Penilai kinerja saya, {B} (NIP {B.nip}), memberi nilai SKP 'kurang' karena saya menolak ikut kegiatan "
      "partai. Data saya: {A}, NIP {A.nip}.", A="pns", B="pns"),
    T("Bidan PNS {B}, NIP {B.nip}, membuka praktik mandiri pada jam dinas sehingga Poskesdes sering tutup.",
      sig=True, B="F/pns"),
    T("SK pensiun saya belum terbit padahal TMT pensiun sudah lewat. {A}, NIP {A.nip}, lahir {A.dob}. "
      "Berkas di BKN regional sejak {~tgl}.", A="pns"),
    T("Ibu saya {B}, lahir {B.dob}, tercatat 'meninggal' di data Dukcapil sehingga bansos dan BPJS-nya dicabut. "
      "Padahal beliau masih sehat. NIK ibu {B.nik}.", sig=True, B="F/elder"),
    T("Mohon balasan ke email saya {A.email} saja, jangan ke nomor HP karena HP saya hilang. Laporan ini tentang "
      "pungli di loket Samsat {~kota} oleh petugas bernama {B}.", B="M"),
    T("Akun Instagram {B.handle} mengaku bisa meloloskan tes CPNS dengan bayaran {~rp}. Adik saya sudah transfer ke "
      "rekening BRI {rek:BRI} a.n. {B}.", sig=True),
    T("@lapor1708 tolong, akun {B.handle} ngancam nyebar foto KTP saya kalau sy ga bayar utang pinjol temen. sy "
      "ga pernah pinjem. akun sy {A.handle} 😭", style="lower"),
    T("Assalamualaikum, saya {A} (lahir {A.ttl}, {A.dob}), ingin melapor bahwa pendaftaran haji saya tertunda "
      "karena tanggal lahir di KTP berbeda dengan di paspor {A.paspor}.", A="elder"),
    T("Kalau mau konfirmasi silakan email {A.email} atau DM IG {A.handle}. Intinya: tukang ojek online dipalak "
      "preman di depan stasiun setiap malam, nama pemimpinnya {B}.", B="M"),
    T("Balita saya {B} lahir {B.dob} di Puskesmas {~kec}. Sampai sekarang akta kelahiran belum jadi padahal "
      "program 3in1. NIK anak belum keluar.", sig=True, B="baby"),
    T("Saya {A}, {A.email}, mahasiswa penerima beasiswa daerah. Beasiswa semester ini ditahan oleh staf Dinas "
      "Pendidikan, {B}, yang meminta 10% 'potongan'.", A="teen"),
    T("Petugas sensus DTSEN yang datang ke rumah, mengaku bernama {B}, memotret KTP dan KK saya ({A.kk}) "
      "pakai HP pribadinya. Apakah itu prosedur resmi?", sig=True),
    T("Pendaftaran sekolah online meminta unggah KK. Sistem menolak nomor KK kami {A.kk} dengan pesan 'tidak "
      "ditemukan di Dapodik'. Anak saya {B} jadi tidak bisa daftar.", sig=True, B="child"),
    T("BPJS PBI keluarga kami dicoret semua, termasuk kartu anak saya yang sakit TB, nomor {B.bpjs}, dan kartu "
      "saya sendiri {A.bpjs}. Tidak ada pemberitahuan dari Dinsos.", sig=True, B="child"),
    T("ibu sy {B} stroke, bpjs {B.bpjs}, disuruh pulang dr rs stlh 3 hari krn 'plafon habis'. ini aturan dr "
      "mana?? sy {A.call}, wa {A.phone}", style="lower", B="F/elder"),
    T("Ayah saya {B} (lahir {B.dob}) sudah 3 minggu menunggu jadwal operasi katarak di {~rs}. Beliau tidak punya "
      "HP, jadi kalau ada kabar mohon hubungi telepon rumah {B.phone:land} atau saya sendiri, {A}, di {A.phone}.",
      B="M/elder"),
    T("Toko bangunan milik {B} (telp {B.phone:land}) menimbun semen bantuan rehab rumah korban gempa lalu "
      "menjualnya kembali. Sudah saya laporkan ke Babinsa.", sig=True),
    T("Kantor notaris {B}, S.H., M.Kn. di {B.addr} menahan sertifikat tanah kami 2 tahun. Telp kantornya "
      "{B.phone:land} tidak pernah diangkat. Saya {A}, {A.email}."),
    T("nama saya {A.call}, saya mau lapor suami saya {B} kerja jadi TKI di Arab sejak 2019, paspornya {B.paspor}, "
      "skrg hilang kontak. agen yg berangkatin namanya {C}", style="lower", A="F", B="M"),
]

# ---------------------------------------------------------------------------------------
# No-PII templates (near-misses only)
# ---------------------------------------------------------------------------------------
NOPII = [
    "Jalan di {~jalan} km {~km} berlubang besar, sudah 3 pengendara jatuh minggu ini. Mohon Dinas PU segera menambal sebelum musim hujan.",
    "Laporan saya {~tiket} belum ditindaklanjuti sejak {~tgl}. Lampu PJU di sepanjang {~jalan} masih mati.",
    "Nomor laporan {~tiket16} statusnya 'selesai' padahal drainase di RT 04 masih mampet. Tolong jangan asal tutup laporan.",
    "SPBU {~spbu} di {~kota} menolak melayani pembelian solar pakai jeriken untuk petani yang punya surat rekomendasi, tapi truk industri dilayani. Mohon Pertamina cek. Call center 135 tidak bisa dihubungi.",
    "Harga Minyakita di {~pasar} Rp 18.000/liter padahal HET Rp 15.700. Sudah lapor ke Disperindag {~kota} tanggal {~tgl}.",
    "Banjir setinggi 60 cm merendam {~nn} KK di Kecamatan {~kec} sejak {~tgl}. Bantuan logistik baru sampai ke 140 KK. Mohon BPBD menambah posko.",
    "NIK saya sudah dicek di 3 aplikasi (Cek Bansos, SIKS-NG, dan DTKS) hasilnya tetap 'tidak terdaftar'. Kenapa bisa begitu? Padahal kami keluarga miskin.",
    "Di {~rs} antrean poli jantung mulai jam 4 subuh, nomor antrean online habis dalam 5 menit. Mohon sistem diperbaiki.",
    "PUNGUTAN PPDB DI SMA NEGERI {~n} {~kota} {~rp} UNTUK SERAGAM DAN BUKU. MENURUT PERMENDIKBUD NO. 1 TAHUN 2021 TIDAK BOLEH. MOHON DITINDAK.",
    "Sudah kirim email ke pengaduan@lapor.go.id dan mention @lapor1708 di Twitter tapi tidak ada tanggapan soal PJU mati di {~jalan}.",
    "Mohon info, apakah benar pembuatan SKCK dikenai PNBP Rp 30.000 sesuai PP 76 Tahun 2020? Di Polsek kami diminta {~rpk}.",
    "lampu merah di perempatan {~jalan} mati udh 3 hari, tiap pagi macet parah. tolong dishub {~kota} 🙏",
    "Bantuan PKH tahap 3 tahun {~tahun} belum cair di Desa {~desa}, padahal di desa sebelah sudah sejak {~tgl}. Pendamping PKH bilang tunggu SP2D.",
    "Ada 12 rumah di RT 04 RW 02 Kelurahan {~kel} yang belum teraliri PDAM meskipun pipa sudah terpasang sejak 2022.",
    "Trotoar di {~jalan} depan pusat perbelanjaan dipakai parkir motor ojol, pejalan kaki harus turun ke badan jalan. Kejadian tiap hari jam 11.00-14.00.",
    "Petugas Dukcapil Kecamatan {~kec} minta {~rpk} untuk percepatan KTP-el. Padahal UU No. 24 Tahun 2013 menyatakan gratis. Kejadian {~tgl} jam {~jam}.",
    "Kepala desa kami tidak pernah ngantor, kalau warga mau minta tanda tangan harus ke rumahnya malam hari. Sekdes juga jarang ada. Mohon Camat menegur.",
    "Bus AKAP jurusan {~kota}–{~kota2} menaikkan tarif lebaran jadi Rp 450.000 dari tarif normal Rp 250.000, melebihi batas atas Kemenhub.",
    "Ambulans desa dipakai untuk kampanye caleg tanggal {~tgl}. Ini melanggar UU 7/2017 Pasal 280 ayat (1).",
    "@PLN_123 listrik padam 6 jam di Kec. {~kec} tanpa pemberitahuan 😡😡 kulkas warga rusak. tolong kompensasi sesuai Permen ESDM 18/2019",
    "Sinyal internet di SMP Negeri {~n} {~kota} (NPSN {~npsn}) tidak ada, ujian ANBK harus numpang di sekolah lain yang jaraknya 15 km.",
    "Pemkot memungut retribusi sampah Rp 25.000/bulan lewat tagihan PDAM, tapi sampah di RT 07 tidak pernah diangkut sejak Januari.",
    "Jembatan gantung yang menghubungkan Dusun Krajan dan Dusun Sidomulyo putus sejak {~tgl}. Anak-anak sekolah harus menyeberang sungai. Mohon BPBD {~kota} segera membangun jembatan darurat.",
    "Nomor darurat 112 di {~kota} tidak bisa dihubungi saat kebakaran {~tgl}. Damkar baru datang 1 jam kemudian, 4 rumah habis terbakar.",
    "Aplikasi MyPertamina menolak QR code kendaraan saya dengan keterangan 'kendaraan tidak terdaftar', padahal sudah daftar 2 kali. Di SPBU {~spbu} tidak ada petugas yang bisa bantu.",
    "Why is the e-KTP service at Disdukcapil {~kota} always 'offline'? Udah 4x datang, system down terus. Please fix asap.",
    "Ada penarikan retribusi {~rpk} di pintu masuk pantai tanpa karcis resmi. Menurut Perda No. 5 Tahun 2019 tarifnya cuma Rp 5.000.",
    "Guru honorer di sekolah kami digaji Rp 300.000 per bulan, dibayar 3 bulan sekali. Total ada 14 guru honorer. Mohon Pemda memperhatikan.",
    "Proyek pelebaran jalan nasional ruas {~kota}-{~kota2} km 112 sampai km 118 terbengkalai, material menumpuk di bahu jalan sejak Agustus 2023.",
    "Antrean di kantor cabang BPJS Kesehatan {~kota} sangat panjang, aplikasi Mobile JKN error terus saat ganti faskes. Care center 165 juga sibuk.",
    "Dari {~nn} KK di desa kami, hanya 96 KK yang dapat BLT-DD {~tahun}. Kriterianya tidak jelas dan tidak ada musdes.",
    "Mohon Ombudsman memeriksa {~rs} yang menolak pasien BPJS kelas 3 dengan alasan kamar penuh pada {~tgl} pukul {~jam}.",
    "Berdasarkan Perpres 76/2013 dan UU No. 25 Tahun 2009, unit pengaduan harus merespons maksimal 14 hari. Laporan saya nomor {~tiket8} sudah 60 hari.",
    "min knp pendaftaran cpns di sscasn error trs, udh coba dr jam 1 malem. deadline tgl {~tgl} 😭",
    "KRL jurusan Bogor–Jakarta Kota tertahan 45 menit di Stasiun Manggarai tanpa informasi. Mohon KAI Commuter memperbaiki pengumuman.",
    "Atap SD Negeri {~n} {~kota} ambruk {~tgl}, 3 kelas tidak bisa dipakai, 87 siswa belajar di musala. Sudah diajukan DAK tapi belum ada kabar.",
    "Pak Camat dan Pak Lurah sudah tahu soal galian C ilegal ini tapi diam saja. Truk lewat tiap hari jam 22.00 sampai jam 04.00.",
    "Tagihan PDAM bulan Mei naik dari Rp 85.000 jadi Rp 640.000, pemakaian tercatat 210 m³. Meteran kemungkinan rusak. Mohon ditera ulang.",
    "Stok vaksin rabies di Puskesmas {~kec} kosong sejak {~tgl}; korban gigitan anjing harus dirujuk ke RSUP Prof. Dr. I.G.N.G. Ngoerah di Denpasar.",
    "Jl. Teuku Umar depan SMA Negeri {~n} gelap, PJU mati 8 titik. Sudah ada 2 kasus begal bulan ini.",
    "Di Bandara Sultan Hasanuddin porter memaksa minta tip {~rpk}. Tidak ada petugas Angkasa Pura yang mengawasi.",
    "Pengumuman PPPK guru tahap 2 diundur terus. Sesuai KepmenPANRB No. 347 Tahun 2024 seharusnya bulan Desember.",
    "Uang tunai bantuan Rp 600.000 dipotong Rp 100.000 'untuk kas desa' oleh perangkat desa. Terjadi di balai desa tanggal {~tgl}.",
    "Sudah email ke humas@{~slug}.go.id dan dumas@polri.go.id soal balap liar di {~jalan} setiap malam Minggu, belum ada balasan.",
    "Pelayanan Samsat {~kota} lambat, antre dari jam 07.30 sampai 14.00 untuk perpanjangan STNK 5 tahunan. Loket cuma 2 yang buka.",
    "Tolong cek truk ODOL yang lewat jalur Pantura km {~km} tiap malam, jembatan timbang tidak berfungsi sejak {~tahun}.",
    "PEMADAMAN BERGILIR DI {~kota} TERJADI 3X SEMINGGU SELAMA 4 JAM. KERUGIAN UMKM BESAR. KAPAN SELESAI?",
    "NPWP saya sudah dipadankan dengan NIK sejak 2023 tapi Coretax tetap menolak login. Kring Pajak 1500200 tidak membantu.",
    "KK saya sudah diperbarui di Dukcapil bulan lalu tapi data di aplikasi Satu Sehat masih versi lama. Tolong sinkronkan.",
    "Halo @kemenkes, vaksin polio di posyandu wilayah RW 09 Kel. {~kel} habis sejak {~tgl}. Ada 54 balita yang belum dapat.",
    "Pasar tumpah di {~jalan} setiap pagi bikin macet 2 km. Dishub dan Satpol PP cuma lewat. Mohon ditertibkan, kejadian sejak {~tahun}.",
    "Pengerukan sungai di Kec. {~kec} dengan anggaran {~rpb} tidak selesai, alat berat ditinggal begitu saja sejak {~tgl}.",
    "Tarif parkir di RSUD {~kota} Rp 5.000/jam untuk motor, jauh di atas Perda. Keluarga pasien keberatan.",
    "saya mau tanya, syarat KIP Kuliah {~tahun} apa saja? di web katanya pakai NISN dan NIK tapi di sekolah bilang harus ada SKTM.",
    "Bau sampah dari TPA {~kota} tercium sampai radius 3 km. Warga 4 RW terdampak, banyak anak ISPA.",
    "Pungli di jembatan timbang Jalan Lintas Sumatera km {~km}: sopir truk dimintai Rp 20.000 per kendaraan tanpa tanda terima.",
    "Tolong kami, sudah 3 bulan sekolah kami tanpa kepala sekolah definitif. Plt kepala sekolah juga jarang datang. SMP Negeri {~n} {~kota}.",
    "Program makan bergizi gratis di sekolah anak saya, SD Negeri {~n} {~kota}, lauknya basi tanggal {~tgl}. 23 siswa mual dan muntah.",
    "Nomor tiket: {~tiket16}. Mohon update, proses balik nama sertifikat di BPN {~kota} sudah 14 bulan padahal SOP 5 hari kerja.",
    "Puskesmas Pembantu di Desa {~desa} tutup sejak {~tahun} karena tidak ada tenaga kesehatan. Warga harus ke kota 27 km.",
    "Sesuai UU 27/2022 tentang Pelindungan Data Pribadi, kenapa fotokopi KTP warga di kantor kelurahan dibuang begitu saja di tempat sampah depan kantor?",
    "Pembangunan Puskesmas senilai Rp 4,2 miliar di Kec. {~kec} mangkrak. Papan proyek mencantumkan kontrak nomor 027/PPK-DINKES/{~tahun}.",
    "Ratusan ikan mati di Sungai Citarum dekat jembatan Cisirung sejak {~tgl}. Diduga limbah pabrik. Mohon DLH ambil sampel.",
    "bus damri bandara ke {~kota} jadwalnya ga sesuai, td nunggu 2 jam. tiket Rp 80.000. cs di 1500825 ga bisa dihubungi",
    "Kenapa izin keramaian untuk acara 17 Agustus di RT 05 harus bayar {~rpk} di Polsek? Bukannya gratis?",
    "Kebijakan sekolah mewajibkan beli LKS Rp 150.000 per semester melanggar Permendikbud 75/2016 Pasal 12. Terjadi di MTs Negeri {~n} {~kota}.",
    "Sejak {~tgl} air sumur warga di RT 02 dan RT 03 berbau solar. Ada SPBU {~spbu} di dekat permukiman, kemungkinan tangki bocor.",
    "Harga tiket masuk Candi Borobudur untuk wisatawan lokal naik jadi Rp 50.000. Mohon kejelasan dasar hukumnya.",
    "Lapak UMKM di Alun-alun {~kota} dipungut sewa {~rp} per bulan oleh paguyuban, tidak ada Perda yang mengatur.",
    "Halte TransJakarta Harmoni liftnya rusak sejak {~tgl}, penyandang disabilitas dan lansia kesulitan naik.",
    "Sudah {~nn} hari jalan tol {~kota}–{~kota2} km {~km} ditutup satu lajur tanpa pekerjaan. Antrean sampai 5 km.",
    "Akun resmi @BPJSKesehatanRI hanya membalas 'silakan DM' tapi DM tidak dibalas sejak {~tgl}. Ini soal rujukan balik yang ditolak faskes.",
    "MOHON PERHATIAN DINAS PERHUBUNGAN: PALANG PINTU PERLINTASAN KERETA DI {~jalan} RUSAK SEJAK {~tgl}. SUDAH 2 KALI HAMPIR TERJADI TABRAKAN.",
    "Tolong cek penyaluran BLT BBM di Kantor Pos {~kota} tgl {~tgl}, antrean 500 orang dan 3 lansia pingsan.",
]


# ---------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------
NO_OPENING = ("Yth", "Kepada", "Assalamualaikum", "Ass.", "Yang terhormat", "Dengan hormat", "Perkenalkan",
              "Min ", "Hi ", "Halo", "halo", "@", "Nama", "IDENTITAS", "SMS", "Data", "Pelapor", "Twitter",
              "Kronologi", "Bapak/Ibu", "Admin", "Kalau", "Mohon")


def build_pii(tpl):
    for attempt in range(20):
        text = tpl.text
        opening = "" if (tpl.text[:1].islower() or tpl.text.startswith(NO_OPENING)) else rng.choice(OPENINGS)
        if tpl.style == "caps":
            opening = opening.upper()
        closing = rng.choice(SIG_CLOSINGS) if tpl.sig and rng.random() < 0.85 else rng.choice(CLOSINGS)
        if tpl.style == "lower":
            closing = closing.lower()
        body = opening + text + closing
        # Expand the body: text pieces in caps/lower style get transformed too
        out_text, spans = render(_styled(body, tpl.style), tpl.persons, tpl.style)
        if 1 <= len(spans) <= 6:
            return out_text, spans
    raise RuntimeError(f"could not fit spans for template: {tpl.text[:60]}")


def _styled(body, style):
    """Apply caps/lower to literal template text while keeping {slot} keys intact."""
    if style is None:
        return body
    out, pos = [], 0
    for m in TOKEN.finditer(body):
        lit = body[pos:m.start()]
        out.append(lit.upper() if style == "caps" else lit.lower())
        out.append(m.group(0))
        pos = m.end()
    lit = body[pos:]
    out.append(lit.upper() if style == "caps" else lit.lower())
    return "".join(out)


def build_nopii(tpl):
    opening = rng.choice(OPENINGS) if not tpl[:1].islower() else ""
    closing = rng.choice(CLOSINGS)
    text, spans = render(opening + tpl + closing, {}, None)
    letters = re.sub(r"\{[^}]*\}|[^A-Za-z]", "", tpl)
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.9:
        text = text.upper()
    assert not spans
    return text, spans


def main():
    n_pii = N_TOTAL - N_NOPII
    pii_order = list(range(len(PII)))
    rng.shuffle(pii_order)
    seq = pii_order + [i for i in rng.sample(range(len(PII)), n_pii - len(PII))] if n_pii > len(PII) else pii_order[:n_pii]
    nopii_order = list(range(len(NOPII)))
    rng.shuffle(nopii_order)
    nseq = nopii_order + rng.sample(range(len(NOPII)), N_NOPII - len(NOPII)) if N_NOPII > len(NOPII) else nopii_order[:N_NOPII]

    records = []
    for i in seq:
        text, spans = build_pii(PII[i])
        records.append({"text": text, "spans": spans})
    for i in nseq:
        text, spans = build_nopii(NOPII[i])
        records.append({"text": text, "spans": spans})
    rng.shuffle(records)
    for k, r in enumerate(records, 1):
        r["id"] = f"final-{k:04d}"

    cg.require_valid(records, max_spans=6)

    out = Path(__file__).resolve().parent / "final.jsonl"
    cg.write_jsonl(out, records)

    counts = cg.label_counts(records)
    n_empty = sum(1 for r in records if not r["spans"])
    print(f"wrote {out}: {len(records)} records, {n_empty} without PII, {sum(counts.values())} spans")
    cg.print_label_counts(counts)
    cg.require_label_counts(counts, 10)


if __name__ == "__main__":
    main()
