#!/usr/bin/env python3
"""Generate ninth.jsonl: Indonesian public-service complaint texts with PII spans.

Python 3 standard library only, fixed seed, deterministic.  Every text is built
from pieces (plain strings and (value, LABEL) tuples); offsets are computed while
joining.  Run:  python3 tests/pii_corpus/ninth/make_ninth.py
"""
import json
import os
import random
import re
from datetime import date, timedelta

SEED = 90909
R = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ninth.jsonl")
N_TEXTS = 300

LABELS = {"NIK", "KK", "NPWP", "PHONE", "EMAIL", "PLATE", "BANK_ACCOUNT", "PASSPORT",
          "BPJS", "NIP", "PERSON", "ADDRESS", "DATE_OF_BIRTH", "HANDLE"}
NEAR = "NEAR"  # near-miss value: not a span, but allowed to be a long digit run


def ch(xs):
    return R.choice(xs)


# --------------------------------------------------------------------------
# Regions: kab/kota code, city, area code, plate codes, kelurahan/kecamatan, postcode
# --------------------------------------------------------------------------
REGIONS = [
    # code, city, phone area, plate, [(kel, kec)], postcode prefix, ethnic hint
    ("3273", "Bandung", "022", "D", [("Sukajadi", "Sukajadi"), ("Cicadas", "Cibeunying Kidul"), ("Antapani Kidul", "Antapani")], "401", "sunda"),
    ("3205", "Garut", "0262", "Z", [("Sukamentri", "Garut Kota"), ("Tarogong", "Tarogong Kidul")], "441", "sunda"),
    ("3578", "Surabaya", "031", "L", [("Wonokromo", "Wonokromo"), ("Rungkut Kidul", "Rungkut"), ("Tambaksari", "Tambaksari")], "602", "jawa"),
    ("3374", "Semarang", "024", "H", [("Tlogosari Kulon", "Pedurungan"), ("Gayamsari", "Gayamsari")], "501", "jawa"),
    ("3471", "Yogyakarta", "0274", "AB", [("Prawirodirjan", "Gondomanan"), ("Terban", "Gondokusuman")], "552", "jawa"),
    ("3372", "Surakarta", "0271", "AD", [("Jebres", "Jebres"), ("Laweyan", "Laweyan")], "571", "jawa"),
    ("3515", "Sidoarjo", "031", "W", [("Pagerwojo", "Buduran"), ("Sekardangan", "Sidoarjo")], "612", "jawa"),
    ("3175", "Jakarta Timur", "021", "B", [("Cipinang Melayu", "Makasar"), ("Kampung Melayu", "Jatinegara")], "134", "any"),
    ("3201", "Kabupaten Bogor", "0251", "F", [("Cibinong", "Cibinong"), ("Pabuaran", "Cibinong")], "169", "sunda"),
    ("3603", "Kabupaten Tangerang", "021", "B", [("Bojong Nangka", "Kelapa Dua"), ("Cikupa", "Cikupa")], "157", "any"),
    ("1271", "Medan", "061", "BK", [("Sei Sikambing B", "Medan Sunggal"), ("Titi Kuning", "Medan Johor")], "201", "batak"),
    ("1212", "Toba", "0632", "BB", [("Sibola Hotangsas", "Balige"), ("Napitupulu Bagasan", "Balige")], "223", "batak"),
    ("1371", "Padang", "0751", "BA", [("Lubuk Buaya", "Koto Tangah"), ("Jati", "Padang Timur")], "251", "minang"),
    ("1306", "Kabupaten Agam", "0752", "BA", [("Nagari Koto Tangah", "Tilatang Kamang")], "261", "minang"),
    ("7371", "Makassar", "0411", "DD", [("Tamalanrea Indah", "Tamalanrea"), ("Maccini", "Makassar")], "902", "bugis"),
    ("7308", "Bone", "0481", "DD", [("Watampone", "Tanete Riattang")], "927", "bugis"),
    ("7472", "Baubau", "0402", "DT", [("Wameo", "Batupoaro")], "937", "buton"),
    ("5171", "Denpasar", "0361", "DK", [("Panjer", "Denpasar Selatan"), ("Dangin Puri", "Denpasar Timur")], "802", "bali"),
    ("5108", "Buleleng", "0362", "DK", [("Kampung Baru", "Buleleng")], "811", "bali"),
    ("7171", "Manado", "0431", "DB", [("Malalayang Satu", "Malalayang"), ("Ranotana", "Sario")], "951", "manado"),
    ("8171", "Ambon", "0911", "DE", [("Benteng", "Nusaniwe"), ("Batu Merah", "Sirimau")], "971", "ambon"),
    ("9171", "Jayapura", "0967", "PA", [("Entrop", "Jayapura Selatan"), ("Waena", "Heram")], "991", "papua"),
    ("6171", "Pontianak", "0561", "KB", [("Tengah", "Pontianak Kota"), ("Sungai Bangkong", "Pontianak Kota")], "781", "chinese"),
    ("1671", "Palembang", "0711", "BG", [("Sekip Jaya", "Kemuning"), ("15 Ilir", "Ilir Timur I")], "301", "any"),
    ("1171", "Banda Aceh", "0651", "BL", [("Lamprit", "Kuta Alam"), ("Peunayong", "Kuta Alam")], "231", "aceh"),
    ("5371", "Kupang", "0380", "DH", [("Oebobo", "Oebobo"), ("Kelapa Lima", "Kelapa Lima")], "851", "flores"),
    ("2171", "Batam", "0778", "BP", [("Baloi Permai", "Batam Kota"), ("Tanjung Uma", "Lubuk Baja")], "294", "chinese"),
    ("6471", "Balikpapan", "0542", "KT", [("Gunung Samarinda", "Balikpapan Utara")], "761", "any"),
    ("3174", "Jakarta Selatan", "021", "B", [("Pasar Minggu", "Pasar Minggu"), ("Tebet Barat", "Tebet")], "121", "arab"),
    ("3573", "Malang", "0341", "N", [("Sawojajar", "Kedungkandang"), ("Lowokwaru", "Lowokwaru")], "651", "jawa"),
]

STREETS = ["Kenanga", "Melati Raya", "Cempaka Putih", "Flamboyan", "Anggrek", "Nangka", "Durian",
           "Pahlawan", "Merdeka", "Pemuda", "Raya Kalimalang", "Sisingamangaraja", "Imam Bonjol",
           "Cendrawasih", "Rajawali", "Beringin", "Kelapa Gading", "Soekarno-Hatta", "Pattimura",
           "Sam Ratulangi", "Gajah Mada", "Veteran", "Kapten Tendean", "Manggis", "Sawo Kecik",
           "Lingkar Selatan", "Tanjung Pura", "Perintis Kemerdekaan", "Teuku Umar", "Hasanuddin"]
GANGS = ["Mawar", "Sawo", "Kutilang", "Masjid", "Buntu", "Haji Dul", "Langgar", "Damai", "Rukun",
         "Sepakat", "Jambu", "Pelita", "Harapan", "Baru"]
KOMPLEKS = ["Griya Asri", "Bumi Indah", "Taman Sari Permai", "Pondok Hijau", "Puri Kencana",
            "Villa Mutiara", "Griya Bhayangkara", "Citra Harmoni", "Permata Hijau", "Graha Sejahtera",
            "Bukit Sakinah", "Mutiara Residence"]
DUSUNS = ["Krajan", "Karanganyar", "Sidomulyo", "Ngablak", "Cikaret", "Babakan", "Tegalsari",
          "Wonosari", "Cibeber", "Sukamaju", "Banjarsari"]
RURAL = {"Garut", "Kabupaten Bogor", "Kabupaten Tangerang", "Toba", "Kabupaten Agam", "Bone", "Buleleng",
         "Sidoarjo", "Baubau"}
JORONG = ["Koto Tuo", "Parik Panjang", "Sungai Jariang", "Batu Balantai"]


def rt():
    return R.randint(1, 15)


def rtrw():
    a, b = rt(), R.randint(1, 12)
    f = ch(["RT {a:02d}/RW {b:02d}", "RT {a:03d} RW {b:03d}", "RT.{a:02d}/RW.{b:02d}", "RT {a} RW {b}",
            "Rt 0{a} Rw 0{b}", "RT{a:02d}/RW{b:02d}"])
    return f.format(a=a, b=b)


def address_value(reg):
    """House-level address value (span part only)."""
    n = R.randint(1, 199)
    eth = reg[6]
    kinds = ["jl", "jl_rt", "jln_gg", "gg_rt", "komp", "perum", "perumahan", "btn", "jalan_nomor"]
    if reg[1] in RURAL:
        kinds += ["dusun", "dusun", "kp"]
    elif reg[1] in ("Jakarta Timur", "Jakarta Selatan", "Bandung"):
        kinds += ["kp"]
    if eth == "minang":
        kinds += ["jorong"]
    if reg[1] == "Palembang":
        kinds += ["lr", "lr"]
    k = ch(kinds)
    if k == "jl":
        return ch(["Jl. {s} No. {n}", "Jl. {s} No.{n}", "Jl {s} no {n}", "JL. {s} NO. {n}", "Jln. {s} {n}"]).format(s=ch(STREETS), n=n)
    if k == "jl_rt":
        return "Jl. {} No. {}{}{}".format(ch(STREETS), n, ch([", ", " "]), rtrw())
    if k == "jln_gg":
        return "{} {} Gg. {} {}No. {}".format(ch(["Jln.", "Jl.", "Jalan"]), ch(STREETS), ch(GANGS),
                                              ch(["", "II ", "III ", "IV "]), n)
    if k == "gg_rt":
        return "Gg. {} No. {} {}".format(ch(GANGS), n, rtrw())
    if k == "komp":
        return "{} {} Blok {}{} No. {}".format(ch(["Komp.", "Kompleks", "Komplek"]), ch(KOMPLEKS),
                                               ch("ABCDEFGH"), R.randint(1, 9), R.randint(1, 40))
    if k == "perum":
        return "Perum {} Blok {} No. {}".format(ch(KOMPLEKS), ch("ABCDEFGHJK"), R.randint(1, 60))
    if k == "perumahan":
        return "Perumahan {} Blok {}-{}".format(ch(KOMPLEKS), ch("ABCDEFG") + str(R.randint(1, 5)), R.randint(1, 30))
    if k == "btn":
        return "BTN {} Blok {} No. {}".format(ch(KOMPLEKS), ch("ABCDE"), R.randint(1, 50))
    if k == "dusun":
        return "{} {} {}".format(ch(["Dusun", "Dsn.", "Dsn"]), ch(DUSUNS), rtrw())
    if k == "kp":
        return "Kp. {} {}".format(ch(DUSUNS), rtrw())
    if k == "jorong":
        return "Jorong {}".format(ch(JORONG))
    if k == "lr":
        return "Lr. {} No. {}".format(ch(GANGS), n)
    return "Jalan {} Nomor {}".format(ch(STREETS), n)


def area_tail(reg, kelkec=None):
    kel, kec = kelkec or ch(reg[4])
    pc = reg[5] + "{:02d}".format(R.randint(11, 99))
    return ch([", Kel. {kel}, Kec. {kec}, {city}",
               ", Kelurahan {kel}, Kecamatan {kec}, {city} {pc}",
               ", {kel}, {kec}, {city}",
               ", Kel {kel} Kec {kec} {city}",
               ", Desa {kel}, Kec. {kec}",
               " - {kel}, {city} {pc}"]).format(kel=kel, kec=kec, city=reg[1], pc=pc)


# --------------------------------------------------------------------------
# Names: "full|short|nick"  (short = how people call them; nick optional)
# --------------------------------------------------------------------------
NAMES = {
    ("jawa", "M"): ["Bambang Suprapto|Bambang|Mbang", "Agus Setiawan|Agus|Gus", "Slamet Riyadi Wibowo|Slamet|Met",
                    "Joko Susilo|Joko|", "Eko Prasetyo|Eko|", "Sugeng Widodo|Sugeng|Geng", "Hadi Purnomo|Hadi|",
                    "Wahyu Nugroho|Wahyu|Yuyu", "Teguh Santoso|Teguh|", "Sutrisno|Sutrisno|Tris",
                    "Ponijan|Ponijan|Jan", "Tukiran|Tukiran|", "Muhammad Arif Hidayat|Arif|", "Dimas Anggoro|Dimas|"],
    ("jawa", "F"): ["Sri Wahyuningsih|Sri|Ning", "Siti Aminah|Siti|", "Endang Lestari|Endang|", "Dwi Rahayu|Dwi|",
                    "Tri Handayani|Tri|Yani", "Sumiyati|Sumiyati|Sum", "Poniyem|Poniyem|Yem", "Wulan Sari|Wulan|",
                    "Rini Astuti|Rini|", "Ratna Kusumawati|Ratna|", "Intan Permatasari|Intan|", "Putri Ayuningtyas|Putri|"],
    ("sunda", "M"): ["Asep Saepudin|Asep|", "Dede Kurniawan|Dede|", "Ujang Sopandi|Ujang|Jang", "Cecep Hidayat|Cecep|",
                     "Encep Rustandi|Encep|", "Yayan Sopyan|Yayan|", "Dadang Suhendar|Dadang|", "Aa Gumilar|Gumilar|"],
    ("sunda", "F"): ["Euis Komalasari|Euis|", "Neneng Hasanah|Neneng|", "Imas Masitoh|Imas|", "Cucu Sumarni|Cucu|",
                     "Lilis Suryani|Lilis|", "Enok Nurhayati|Enok|", "Bunga Citra Lestari Dewi|Bunga|", "Cahaya Nurfitri|Cahaya|Aya"],
    ("batak", "M"): ["Hotman Simanjuntak|Hotman|", "Parulian Sitorus|Parulian|Ulian", "Tigor Hutapea|Tigor|",
                     "Marojahan Siregar|Marojahan|Jahan", "Binsar Nainggolan|Binsar|", "Rudolf Lumban Gaol|Rudolf|",
                     "Jonggi Pardede|Jonggi|", "Poltak Tambunan|Poltak|"],
    ("batak", "F"): ["Rosmawati br. Tambunan|Rosmawati|Ros", "Lamria boru Sinaga|Lamria|", "Tiurma br Panjaitan|Tiurma|Tiur",
                     "Dormauli Situmorang|Dormauli|Dorma", "Rugun Hasibuan|Rugun|", "Nurhaida br. Lubis|Nurhaida|"],
    ("minang", "M"): ["Afrizal Chaniago|Afrizal|Ijal", "Yusrizal|Yusrizal|Ijal", "Hendri Koto|Hendri|",
                      "Rahmat Piliang|Rahmat|", "Syafruddin Tanjung|Syafruddin|Udin", "Fadhil Sikumbang|Fadhil|"],
    ("minang", "F"): ["Yusnimar|Yusnimar|Nimar", "Nurhayati Caniago|Nurhayati|Yati", "Desi Ratnasari|Desi|",
                      "Rosnidar|Rosnidar|Nidar", "Mardiana Sikumbang|Mardiana|"],
    ("bugis", "M"): ["Andi Baso Amiruddin|Baso|", "Muh. Arsyad|Arsyad|", "Abd. Rahman Mappaturung|Rahman|",
                     "Andi Irfan Mallarangeng|Irfan|", "Syamsul Bahri|Syamsul|Accul", "Hasanuddin Lallo|Hasan|"],
    ("bugis", "F"): ["Andi Nurhayati|Nurhayati|Nur", "St. Aisyah|Aisyah|Ica", "Hasnawati|Hasnawati|Hasna",
                     "Andi Tenri Ajeng|Tenri|", "Nurmiati Daeng|Nurmiati|"],
    ("buton", "M"): ["La Ode Muhammad Syarif|La Ode Syarif|", "La Ode Hamzah|La Ode Hamzah|"],
    ("buton", "F"): ["Wa Ode Nurmala|Wa Ode Nurmala|", "Wa Ode Siti Hadija|Wa Ode Hadija|"],
    ("bali", "M"): ["I Made Sudarma|Made|", "I Ketut Arsana|Ketut|Tut", "I Wayan Gede Suardana|Wayan|",
                    "Ida Bagus Putu Mantra|Gus Putu|", "I Gusti Ketut Wirawan|Gusti Ketut|", "Anak Agung Gde Oka|Gung Oka|",
                    "Cokorda Raka Darmawan|Cok Raka|", "I Nyoman Sukerta|Nyoman|Man"],
    ("bali", "F"): ["Ni Luh Putu Ariani|Luh Putu|", "Ni Made Sukasih|Made Sukasih|", "Ni Ketut Suartini|Ketut|",
                    "Ni Wayan Rusmini|Wayan|", "Anak Agung Istri Mas Dewi|Gung Is|"],
    ("manado", "M"): ["Johny Rumengan|Johny|Jo", "Ferry Wowor|Ferry|", "Stevanus Lumintang|Stevan|Epan",
                      "Hendrik Mandagi|Hendrik|", "Robby Kaunang|Robby|"],
    ("manado", "F"): ["Meiske Tumbelaka|Meiske|Ike", "Grace Pangemanan|Grace|", "Vonny Sumampouw|Vonny|",
                      "Deysi Rondonuwu|Deysi|"],
    ("ambon", "M"): ["Johanis Pattiasina|Johanis|Anis", "Ferdinand Wattimena|Ferdinand|Ferdy", "Abraham Tuhumury|Abraham|Bram",
                     "Hasan Tuasikal|Hasan|"],
    ("ambon", "F"): ["Marlin Sahetapy|Marlin|", "Carolina Leiwakabessy|Carolina|Olin", "Ona Pattinama|Ona|",
                     "Fransina Manuputty|Fransina|Sina"],
    ("papua", "M"): ["Yohanis Wenda|Yohanis|Anis", "Markus Kogoya|Markus|", "Otniel Yikwa|Otniel|",
                     "Lukas Rumbiak|Lukas|", "Decky Mandowen|Decky|", "Amos|Amos|"],
    ("papua", "F"): ["Maria Yoku|Maria|", "Yuliana Wonda|Yuliana|Yuli", "Selina Rumbiak|Selina|",
                     "Ester Kafiar|Ester|"],
    ("chinese", "M"): ["Hendra Wijaya|Hendra|Ahen", "Liem Swie Kiong|Swie Kiong|Akiong", "Kurniawan Halim|Kurniawan|Awan",
                       "Steven Gunawan|Steven|", "Ong Tjoe Liang|Tjoe Liang|", "Budi Santoso Tanuwijaya|Budi|"],
    ("chinese", "F"): ["Lily Hartono|Lily|", "Meliana Susanto|Meliana|Mei", "Lie Mei Ling|Mei Ling|Aling",
                       "Fenny Tjandra|Fenny|", "Yenny Setiabudi|Yenny|"],
    ("arab", "M"): ["Ahmad Fauzi Assegaf|Fauzi|", "Hasan bin Salim Alatas|Hasan|", "Fadli Alaydrus|Fadli|",
                    "Husein Albar|Husein|", "Umar bin Abdullah Bawazier|Umar|"],
    ("arab", "F"): ["Fatimah binti Abdullah Alhabsyi|Fatimah|", "Syarifah Nur Aljufri|Syarifah|Ipah",
                    "Aisyah Bahasuan|Aisyah|", "Nabila Assegaf|Nabila|Bela"],
    ("flores", "M"): ["Yohanes Bosco Kewa|Yohanes|Anis", "Fransiskus Xaverius Nong|Frans|", "Agustinus Laka|Agus|",
                      "Petrus Kanisius Beda|Petrus|Piet"],
    ("flores", "F"): ["Maria Goretti Bota|Maria|Etti", "Theresia Ngadi|Theresia|Tere", "Yasinta Loni|Yasinta|Sinta"],
    ("aceh", "M"): ["Teuku Rizal Fahmi|Rizal|", "Tengku Zulfikar|Zulfikar|Zul", "Muhammad Nasir|Nasir|"],
    ("aceh", "F"): ["Cut Rahmawati|Cut Rahmawati|", "Cut Intan Safitri|Cut Intan|", "Nurul Husna|Husna|"],
}
ETHNICS = sorted({k[0] for k in NAMES})
USED = set()
TEXT_USED = set()  # names already used in the current text


class Person:
    def __init__(self, gender=None, ethnic=None, reg=None, age=None):
        self.g = gender or ch("MF")
        if reg is None:
            reg = ch(REGIONS)
        if ethnic is None:
            hint = reg[6]
            ethnic = hint if (hint in ETHNICS and R.random() < 0.7) else ch(ETHNICS)
        entry = None
        for attempt in range(40):
            pool = NAMES[(ethnic, self.g)]
            cand = ch(pool)
            f_, s_, n_ = cand.split("|")
            clash = f_ in TEXT_USED or s_ in TEXT_USED or (n_ and n_ in TEXT_USED)
            if not clash and (cand not in USED or attempt > 4):
                entry = cand
                break
            if attempt > 8:
                ethnic = ch(ETHNICS)
        assert entry is not None
        USED.add(entry)
        if len(USED) > 80:
            USED.clear()
        full, short, nick = entry.split("|")
        TEXT_USED.update(x for x in (full, short, nick) if x)
        self.full, self.short, self.nick = full, short, nick or short
        self.ethnic, self.reg = ethnic, reg
        age = age if age is not None else R.randint(20, 75)
        y = 2024 - age
        self.dob = date(y, 1, 1) + timedelta(days=R.randint(0, 364))
        self.kec = R.randint(1, 25)
        self.kelkec = ch(reg[4])
        self.serial = R.randint(1, 180)
        self._cache = {}

    def hon(self):
        if self.ethnic == "sunda":
            return ch(["Pak", "Bapak", "Kang"]) if self.g == "M" else ch(["Bu", "Ibu", "Teh"])
        if self.ethnic == "batak":
            return ch(["Pak", "Bapak", "Amang"]) if self.g == "M" else ch(["Bu", "Ibu", "Inang"])
        if self.ethnic in ("manado", "ambon", "papua"):
            return ch(["Pak", "Bapak", "Om"]) if self.g == "M" else ch(["Bu", "Ibu", "Tante"])
        return ch(["Pak", "Bapak"]) if self.g == "M" else ch(["Bu", "Ibu"])

    def once(self, key, fn):
        if key not in self._cache:
            self._cache[key] = fn()
        return self._cache[key]

    # digits -------------------------------------------------------------
    def nik_digits(self):
        def mk():
            d = self.dob.day + (40 if self.g == "F" else 0)
            return "{}{:02d}{:02d}{:02d}{:02d}{:04d}".format(self.reg[0], self.kec, d, self.dob.month,
                                                             self.dob.year % 100, self.serial)
        return self.once("nikd", mk)

    def nik(self, mistype=None):
        def mk():
            d = self.nik_digits()
            mt = mistype if mistype is not None else (R.random() < 0.05)
            if mt:
                i = R.randint(6, 14)
                d = d[:i] + d[i + 1:] if R.random() < 0.5 else d[:i] + d[i] + d[i:]
                return d if R.random() < 0.6 else fmt_ocr(d)
            return fmt16(d)
        return self.once("nik", mk)

    def kk(self):
        def mk():
            issued = date(R.randint(2006, 2023), R.randint(1, 12), R.randint(1, 28))
            d = "{}{:02d}{:%d%m}{:02d}{:04d}".format(self.reg[0], self.kec, issued, issued.year % 100, R.randint(1, 9999))
            return fmt16(d)
        return self.once("kk", mk)

    def npwp(self):
        def mk():
            k = R.random()
            if k < 0.25:
                return fmt16(self.nik_digits())
            a = "{:02d}{:03d}{:03d}{}{:03d}000".format(R.randint(4, 9), R.randint(0, 999), R.randint(0, 999),
                                                       R.randint(0, 9), R.randint(400, 999))
            if k < 0.7:
                return "{}.{}.{}.{}-{}.{}".format(a[0:2], a[2:5], a[5:8], a[8], a[9:12], a[12:15])
            if k < 0.85:
                return a
            return "0" + a
        return self.once("npwp", mk)

    def nip(self):
        def mk():
            tmt_y = min(self.dob.year + R.randint(22, 32), 2023)
            d = "{:%Y%m%d}{}{:02d}{}{:03d}".format(self.dob, tmt_y, ch([1, 3, 4, 12]), 1 if self.g == "M" else 2,
                                                   R.randint(1, 12))
            return ch(["{} {} {} {}", "{}{}{}{}", "{} {} {} {}", "{}.{}.{}.{}"]).format(d[:8], d[8:14], d[14], d[15:])
        return self.once("nip", mk)

    def bpjs(self):
        def mk():
            d = "000" + "".join(str(R.randint(0, 9)) for _ in range(10))
            return d if R.random() < 0.6 else "{} {} {} {}".format(d[:4], d[4:8], d[8:12], d[12])
        return self.once("bpjs", mk)

    def phone(self):
        return self.once("phone", lambda: mk_phone())

    def landline(self):
        return self.once("land", lambda: mk_landline(self.reg))

    def email(self):
        def mk():
            parts = re.sub(r"[^a-z ]", "", self.full.lower()).split()
            parts = [p for p in parts if p not in ("br", "boru", "bin", "binti", "i", "ni", "la", "wa", "st", "muh", "abd")] or ["user"]
            first, last = parts[0], parts[-1]
            local = ch(["{f}.{l}", "{f}{l}{n}", "{f}_{l}", "{f}{n}", "{l}.{f}{n}", "{f}.{l}{y}"]).format(
                f=first, l=last, n=R.randint(1, 99), y=self.dob.year % 100)
            return local + "@" + ch(["gmail.com", "gmail.com", "yahoo.co.id", "yahoo.com", "ymail.com",
                                     "outlook.com", "hotmail.com", "proton.me"])
        return self.once("email", mk)

    def handle(self):
        def mk():
            parts = re.sub(r"[^a-z ]", "", self.full.lower()).split()
            return "@" + ch(["{a}_{b}", "{a}{n}", "{a}.{b}", "real{a}", "{b}_{a}{n}"]).format(a=parts[0], b=parts[-1], n=R.randint(2, 99))
        return self.once("handle", mk)

    def plate(self):
        return self.once("plate", lambda: mk_plate(self.reg))

    def passport(self):
        return self.once("pass", lambda: ch("ABCEX") + ch(["", " "]) + "{:07d}".format(R.randint(100000, 9999999)))

    def bank(self):
        return self.once("bank", lambda: mk_bank(self.reg))

    def address(self):
        return self.once("addr", lambda: address_value(self.reg))

    def dob_str(self, english=False):
        return self.once("dob", lambda: fmt_date(self.dob, english))


MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def fmt_date(d, english=False):
    if english and R.random() < 0.6:
        return ch(["{d} {M} {y}", "{M} {d}, {y}"]).format(d=d.day, M=MONTHS_EN[d.month - 1], y=d.year)
    return ch(["{d} {M} {y}", "{dd}-{mm}-{y}", "{dd}/{mm}/{y}", "{d} {m3} {y}", "{dd}.{mm}.{y}", "{y}-{mm}-{dd}",
               "{dd} {M} {y}"]).format(d=d.day, dd="{:02d}".format(d.day), M=MONTHS[d.month - 1],
                                       mm="{:02d}".format(d.month), y=d.year, m3=MON3[d.month - 1])


def fmt16(d):
    k = R.random()
    if k < 0.45:
        return d
    if k < 0.6:
        return " ".join(d[i:i + 4] for i in range(0, 16, 4))
    if k < 0.72:
        return "-".join(d[i:i + 4] for i in range(0, 16, 4))
    if k < 0.87:
        return "{}.{}.{}.{}.{}".format(d[:2], d[2:4], d[4:6], d[6:12], d[12:])
    return fmt_ocr(d)


def fmt_ocr(d):
    """Irregular spaces inside a digit string (OCR / typing), digits unchanged."""
    out, i = [], 0
    while i < len(d):
        step = R.randint(3, 7)
        out.append(d[i:i + step])
        i += step
    return " ".join(out)


MOBILE_PREFIX = ["0811", "0812", "0813", "0821", "0822", "0823", "0851", "0852", "0853", "0814", "0815",
                 "0816", "0855", "0856", "0857", "0858", "0817", "0818", "0819", "0859", "0877", "0878",
                 "0831", "0832", "0838", "0895", "0896", "0897", "0898", "0899", "0881", "0882", "0887", "0888"]


def mk_phone():
    p = ch(MOBILE_PREFIX)
    n = R.randint(11, 13)
    d = p + "".join(str(R.randint(0, 9)) for _ in range(n - 4))
    rest = d[4:]
    core = d[1:]
    k = R.randint(0, 11)
    if k <= 2:
        return d
    if k == 3:
        return "{}-{}-{}".format(d[:4], rest[:4], rest[4:])
    if k == 4:
        return "{} {} {}".format(d[:4], rest[:4], rest[4:])
    if k == 5:
        return "{}.{}.{}".format(d[:4], rest[:4], rest[4:])
    if k == 6:
        return "+62 {}-{}-{}".format(core[:3], core[3:7], core[7:])
    if k == 7:
        return "+62" + core
    if k == 8:
        return "62" + core
    if k == 9:
        return "(+62) {} {} {}".format(core[:3], core[3:7], core[7:])
    if k == 10:
        return "{} {} {} {}".format(d[:4], rest[:3], rest[3:6], rest[6:])
    return "{}-{}".format(d[:4], rest)


def mk_landline(reg):
    code = reg[2]
    n = 7 if len(code) == 3 else 6
    if code == "021":
        n = ch([7, 8])
    num = str(R.randint(2, 8)) + "".join(str(R.randint(0, 9)) for _ in range(n - 1))
    return ch(["({c}) {n}", "({c}) {a}-{b}", "{c}-{n}", "{c} {n}", "({c}){n}"]).format(c=code, n=num, a=num[:3], b=num[3:])


def mk_plate(reg):
    code = reg[3]
    num = str(R.randint(1, 9999))
    suf = "".join(ch("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(R.randint(1, 3)))
    f = ch(["{c} {n} {s}", "{c} {n} {s}", "{c}{n}{s}", "{c}-{n}-{s}", "{c} {n} {s}"])
    v = f.format(c=code, n=num, s=suf)
    return v.lower() if R.random() < 0.1 else v


def digits(n):
    return str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


BPD = {"sunda": "Bank BJB", "jawa": "Bank Jatim", "batak": "Bank Sumut", "minang": "Bank Nagari", "bali": "BPD Bali",
       "papua": "Bank Papua", "manado": "Bank SulutGo", "bugis": "Bank Sulselbar", "aceh": "Bank Aceh Syariah"}


def mk_bank(reg=None):
    pool = ["BRI", "BRI", "BCA", "BNI", "Mandiri", "BSI", "BTN", "CIMB Niaga"]
    if reg is not None and reg[6] in BPD:
        pool += [BPD[reg[6]]] * 2
    b = ch(pool)
    if b == "BRI":
        d = "{:04d}".format(R.randint(1, 9999)) + digits(11)
        v = ch([d, "{}-{}-{}-{}-{}".format(d[:4], d[4:6], d[6:12], d[12:14], d[14])])
    elif b == "Mandiri":
        d = ch(["1", "9"]) + digits(12)
        v = ch([d, "{}-{}-{}-{}".format(d[:3], d[3:5], d[5:12], d[12])])
    elif b == "BTN":
        v = "0" + digits(15)
    elif b == "CIMB Niaga":
        v = "7" + digits(R.choice([12, 13]))
    else:
        v = digits(10)
        if R.random() < 0.25:
            v = "{}-{}-{}".format(v[:3], v[3:6], v[6:])
    return b, v


# --------------------------------------------------------------------------
# Builder and a tiny template language
# --------------------------------------------------------------------------
class Doc:
    def __init__(self):
        self.pieces = []

    def add(self, *xs):
        for x in xs:
            self.pieces.append(x)
        return self

    def t(self, template, ctx):
        """Render 'text {key} text'; ctx[key] is str (plain), (value, LABEL) or callable."""
        pos = 0
        for m in re.finditer(r"\{([A-Za-z0-9_.]+)\}", template):
            if m.start() > pos:
                self.pieces.append(template[pos:m.start()])
            v = ctx[m.group(1)]
            if callable(v):
                v = v()
            self.pieces.append(v)
            pos = m.end()
        if pos < len(template):
            self.pieces.append(template[pos:])
        return self

    def build(self):
        text, spans, near = "", [], []
        for p in self.pieces:
            if isinstance(p, tuple):
                val, lab = p
                s = len(text)
                text += val
                if lab == NEAR:
                    near.append((s, len(text)))
                else:
                    spans.append({"start": s, "end": len(text), "label": lab})
            else:
                text += p
        return text, spans, near


def pctx(ctx, k, p, english=False):
    """Register person p under prefix k."""
    ctx[k] = (p.full, "PERSON")
    ctx[k + "s"] = (p.short, "PERSON")
    ctx[k + "n"] = (p.nick, "PERSON")
    ctx[k + "h"] = lambda: p.hon()
    ctx[k + "hs"] = lambda: (p.hon() + " ")  # honorific plus space (plain)
    ctx[k + "nik"] = lambda: (p.nik(), "NIK")
    ctx[k + "kk"] = lambda: (p.kk(), "KK")
    ctx[k + "npwp"] = lambda: (p.npwp(), "NPWP")
    ctx[k + "nip"] = lambda: (p.nip(), "NIP")
    ctx[k + "bpjs"] = lambda: (p.bpjs(), "BPJS")
    ctx[k + "hp"] = lambda: (p.phone(), "PHONE")
    ctx[k + "tel"] = lambda: (p.landline(), "PHONE")
    ctx[k + "mail"] = lambda: (p.email(), "EMAIL")
    ctx[k + "ig"] = lambda: (p.handle(), "HANDLE")
    ctx[k + "plat"] = lambda: (p.plate(), "PLATE")
    ctx[k + "pas"] = lambda: (p.passport(), "PASSPORT")
    ctx[k + "bank"] = lambda: p.bank()[0]
    ctx[k + "rek"] = lambda: (p.bank()[1], "BANK_ACCOUNT")
    ctx[k + "addr"] = lambda: (p.address(), "ADDRESS")
    ctx[k + "tail"] = lambda: area_tail(p.reg, p.kelkec)
    ctx[k + "dob"] = lambda: (p.dob_str(english), "DATE_OF_BIRTH")
    ctx[k + "city"] = p.reg[1]
    ctx[k + "age"] = str(2024 - p.dob.year)
    ctx[k + "anak"] = "putra" if p.g == "M" else "putri"
    ctx[k + "role"] = ("suami" if p.g == "M" else "istri")
    ctx[k + "Role"] = ("Suami" if p.g == "M" else "Istri")
    ctx[k + "par"] = ("ayah" if p.g == "M" else "ibu")
    ctx[k + "Par"] = ("Ayah" if p.g == "M" else "Ibu")
    ctx[k + "en"] = ("dad" if p.g == "M" else "mom")
    ctx[k + "she"] = ("He" if p.g == "M" else "She")
    return ctx


def near_ctx(ctx):
    ctx["amt"] = lambda: ch(["Rp 1.500.000", "Rp350.000", "Rp 2,5 juta", "Rp 75.000", "Rp1.250.000,-", "Rp 500 ribu",
                             "Rp 12.000.000", "Rp 200.000", "Rp 4.750.000", "Rp 30 ribu"])
    ctx["tiket"] = lambda: ch(["#" + str(R.randint(3000000, 9999999)), "nomor laporan " + str(R.randint(10000000, 99999999)),
                               "tiket " + str(R.randint(1000000, 9999999))])
    ctx["tiket16"] = lambda: ("20{:02d}{:02d}{:02d}{}".format(R.randint(21, 24), R.randint(1, 12), R.randint(1, 28),
                                                           digits(10)), NEAR)
    ctx["reg"] = lambda: ch(["UU No. 25 Tahun 2009", "Perpres 76/2013", "Permendagri No. 108 Tahun 2019",
                             "PP 96 Tahun 2012", "UU 27/2022", "Permenkes No. 3 Tahun 2023", "Perda No. 5 Tahun 2018",
                             "Permendikbud 75/2016", "PMK 112/PMK.03/2022"])
    ctx["hotline"] = lambda: ch(["112", "110", "123", "1708", "1500200", "165", "119", "1500 400", "14040"])
    ctx["tgl"] = lambda: "{} {} {}".format(R.randint(1, 28), ch(MONTHS), ch([2023, 2024]))
    ctx["tgl2"] = lambda: "{:02d}/{:02d}/2024".format(R.randint(1, 28), R.randint(1, 12))
    ctx["insmail"] = lambda: ch(["pengaduan@lapor.go.id", "humas@bandung.go.id", "disdukcapil@surabaya.go.id",
                                 "layanan@bpjs-kesehatan.go.id", "kontak@kemdikbud.go.id", "pengaduan@ombudsman.go.id",
                                 "pelayanan@pln.co.id", "info@pdam-tirtanadi.co.id", "halo@kemkes.go.id"])
    ctx["insig"] = lambda: ch(["@lapor1708", "@pln_123", "@bpjskesehatan_ri", "@humaspoldametrojaya",
                               "@dukcapil_kemendagri", "@ombudsmanri137", "@kemensosri"])
    ctx["km"] = lambda: "km {}".format(R.randint(3, 120))
    ctx["spbu"] = lambda: "SPBU {}.{}.{:02d}".format(ch(["34", "44", "54", "64", "14"]), R.randint(101, 999), R.randint(1, 99))
    ctx["npsn"] = lambda: "NPSN {}".format(R.randint(10100000, 69999999))
    ctx["jml"] = lambda: str(R.randint(12, 480))
    return ctx


# --------------------------------------------------------------------------
# Styles
# --------------------------------------------------------------------------
AGENCIES = [
    ("Disdukcapil", "disdukcapil"), ("BPJS Kesehatan", "bpjs"), ("Samsat", "samsat"), ("Kantor Imigrasi", "imigrasi"),
    ("KPP Pratama", "pajak"), ("BKPSDM", "bkpsdm"), ("Dinas Sosial", "dinsos"), ("Dinas Pendidikan", "disdik"),
    ("RSUD", "rsud"), ("Polres", "polres"), ("Kantor Pertanahan", "bpn"), ("Dinas PUPR", "pupr"),
]
RANKS = ["Aipda", "Bripka", "Brigpol", "Briptu", "Aiptu", "Iptu", "AKP", "Bripda"]


def agency_mail(key, reg):
    city = reg[1].lower().replace("kabupaten ", "").replace(" ", "")
    return ch(["pengaduan.{k}@{c}.go.id", "{k}@{c}kota.go.id", "layanan.{k}@{c}.go.id", "{k}.pengaduan@{c}.go.id"]).format(k=key, c=city)


def issue_lines(key, ctx):
    """Return list of template strings describing the complaint for an agency key."""
    opts = {
        "disdukcapil": [
            "Saya mengurus perubahan data KK sejak {tgl} tetapi sampai sekarang belum selesai. Nomor KK kami {Rkk}, atas nama kepala keluarga {S}. Anak kami {C} lahir {Cdob} belum juga masuk ke KK.",
            "NIK saya {Rnik} di aplikasi tertulis lahir tanggal yang salah. Seharusnya saya lahir {Rdob}. Petugas loket bernama {Os} meminta {amt} supaya cepat.",
            "KTP-el istri saya, {S} (NIK {Snik}), hilang dan saat mau cetak ulang blangko katanya kosong sejak {tgl}.",
        ],
        "bpjs": [
            "Kartu BPJS {Ppar} saya {P} dengan nomor {Pbpjs} tiba-tiba nonaktif padahal iuran dibayar rutin. Beliau lahir {Pdob} dan sedang cuci darah.",
            "Kartu JKN-KIS saya {Rbpjs} dan anak saya {C} ({Cbpjs}) tidak bisa dipakai di puskesmas sejak {tgl}.",
        ],
        "samsat": [
            "Motor saya dengan nopol {Rplat} sudah bayar pajak tapi di e-Samsat masih tertulis menunggak. Bukti bayar {tiket}.",
            "Saat razia di {Rcity}, petugas {rank} {O} meminta uang {amt} untuk kendaraan {Rplat} tanpa surat tilang.",
        ],
        "imigrasi": [
            "Paspor saya nomor {Rpas} belum bisa diambil padahal sudah lewat 14 hari kerja. Tanggal lahir di sistem juga keliru, seharusnya {Rdob}.",
            "Paspor anak saya {C} ({Cpas}) dan paspor saya {Rpas} diblokir tanpa penjelasan menjelang keberangkatan umrah.",
        ],
        "pajak": [
            "NPWP saya {Rnpwp} belum dipadankan dengan NIK {Rnik} sehingga saya tidak bisa lapor SPT.",
            "Ada tagihan pajak atas NPWP {Rnpwp} padahal saya tidak punya usaha. Mohon penjelasan sesuai {reg}.",
        ],
        "bkpsdm": [
            "Saya guru PNS dengan NIP {Rnip}. TPP saya tidak dibayarkan sejak {tgl} sementara rekan lain sudah.",
            "Data NIP saya {Rnip} di SIASN tertulis tanggal lahir salah; seharusnya {Rdob}. Sudah saya laporkan ke {Oh} {O} di bagian mutasi.",
        ],
        "dinsos": [
            "Bantuan PKH untuk {Ppar} saya {P} tidak masuk ke rekening {Pbank} {Prek} sejak tiga bulan lalu. Pendamping PKH, {Oh} {Os}, tidak bisa dihubungi.",
            "Nama saya {R} terdaftar di DTKS tetapi BPNT tidak pernah cair. KKS saya terhubung ke rekening {Rbank} {Rrek}.",
        ],
        "disdik": [
            "Anak saya {C} (lahir {Cdob}) ditolak PPDB zonasi padahal rumah kami di {Raddr} hanya 400 meter dari sekolah.",
            "Wali kelas anak saya, {Oh} {O}, meminta uang seragam {amt} per siswa, padahal sudah dilarang {reg}.",
        ],
        "rsud": [
            "{PPar} saya {P}, peserta BPJS {Pbpjs}, disuruh pulang oleh dr. {O} padahal kondisinya masih lemah.",
            "Istri saya {S} melahirkan di RSUD tanggal {tgl} dan kami diminta membayar {amt} walau punya BPJS {Sbpjs}.",
        ],
        "polres": [
            "Motor saya {Rplat} hilang dan laporan polisi saya ditangani {rank} {O}, tetapi sudah dua bulan tanpa kabar.",
            "Saya ditipu lewat Instagram oleh akun {Tig} yang memakai nomor {Thp}. Uang saya {amt} ditransfer ke rekening {Tbank} {Trek} a.n. {T}.",
        ],
        "bpn": [
            "Sertifikat tanah kami di {Raddr} diblokir karena ada klaim dari {T}. Padahal jual beli dengan {Ths}{Ts} sah di depan PPAT.",
        ],
        "pupr": [
            "Saluran air di depan rumah saya, {Raddr}, tersumbat sejak proyek jalan dikerjakan. Mandor proyek, {Ts}, tidak mau tahu.",
        ],
    }
    return opts[key]


SUBJECTS = {
    "disdukcapil": ["Pengaduan perubahan data KK", "KTP-el belum dicetak", "Data NIK salah", "Permohonan perbaikan data kependudukan"],
    "bpjs": ["Kartu BPJS nonaktif", "Keluhan JKN-KIS", "Mohon aktivasi kepesertaan BPJS"],
    "samsat": ["Pajak kendaraan sudah dibayar", "Pungli saat razia", "Keluhan layanan Samsat"],
    "imigrasi": ["Paspor terlambat", "Paspor diblokir", "Keluhan layanan paspor"],
    "pajak": ["Pemadanan NIK-NPWP", "Tagihan pajak tidak sesuai"],
    "bkpsdm": ["TPP tidak dibayar", "Koreksi data ASN"],
    "dinsos": ["Bansos PKH tidak cair", "BPNT tidak diterima"],
    "disdik": ["PPDB zonasi", "Pungutan sekolah"],
    "rsud": ["Pelayanan RSUD", "Pasien BPJS dipulangkan"],
    "polres": ["Laporan polisi tidak ditindaklanjuti", "Penipuan online"],
    "bpn": ["Sertifikat diblokir"],
    "pupr": ["Saluran air tersumbat"],
}


def make_cast(english=False):
    reg = ch(REGIONS)
    rep = Person(reg=reg, age=R.randint(25, 60))
    sp = Person(gender="F" if rep.g == "M" else "M", ethnic=rep.ethnic if R.random() < 0.7 else None, reg=reg,
                age=R.randint(25, 60))
    child = Person(ethnic=rep.ethnic, reg=reg, age=R.randint(5, 17))
    parent = Person(ethnic=rep.ethnic, reg=reg, age=R.randint(62, 85))
    off = Person(age=R.randint(30, 56))
    third = Person(reg=reg)
    ctx = {}
    for k, p in (("R", rep), ("S", sp), ("C", child), ("P", parent), ("O", off), ("T", third)):
        pctx(ctx, k, p, english)
    near_ctx(ctx)
    ctx["rank"] = lambda: ch(RANKS)
    return ctx, (rep, sp, child, parent, off, third)


def style_email(doc, english=False):
    ctx, cast = make_cast(english)
    rep = cast[0]
    name, key = ch(AGENCIES)
    if key not in SUBJECTS:
        key = "disdukcapil"
    if ch([0, 1]):
        doc.add("Kepada: ", agency_mail(key, rep.reg), "\n")
    doc.add(ch(["Subject: ", "Subjek: ", "Perihal: ", "Hal: ", "RE: ", "Subject: [Pengaduan] "]), ch(SUBJECTS[key]), "\n\n")
    doc.add(ch(["Yth. Bapak/Ibu Petugas Pengaduan,", "Dengan hormat,", "Selamat pagi Admin,",
                "Kepada Yth. Kepala {} {},".format(name, rep.reg[1]), "Assalamualaikum wr. wb.", "Salam sejahtera,",
                "Halo tim LAPOR!,", "Dear Sir/Madam,", "Yth. Tim Pengaduan " + name + ","]), "\n\n")
    doc.t(ch(["Saya {R}, warga {Rcity}, ingin menyampaikan pengaduan. ",
              "Perkenalkan, nama saya {R}. ",
              "Yang bertanda tangan di bawah ini, {R}, beralamat di {Raddr}{Rtail}, menyampaikan keluhan berikut. ",
              "Saya {R} (NIK {Rnik}) mohon bantuan. ",
              "",
              "Melalui email ini saya, {R}, melaporkan masalah yang sudah lama tidak selesai. "]), ctx)
    lines = issue_lines(key, ctx)
    doc.t(ch(lines), ctx)
    doc.t(ch([" Mohon segera ditindaklanjuti.", " Saya lampirkan foto KTP dan KK.", " Sudah saya laporkan juga ke {hotline} tapi tidak ada respons.",
              " Terima kasih atas perhatiannya.", " Mohon tidak dipublikasikan identitas saya.", ""]), ctx)
    doc.add("\n\n")
    sig = R.randint(0, 5)
    if sig == 0:
        doc.t("Hormat saya,\n{R}\nHP/WA: {Rhp}\nAlamat: {Raddr}{Rtail}", ctx)
    elif sig == 1:
        doc.t("Salam,\n--\n{R} | {Rhp} | {Rmail}", ctx)
    elif sig == 2:
        doc.t("Terima kasih.\n\n{R} (NIK {Rnik})\nTelp. {Rhp}", ctx)
    elif sig == 3:
        doc.t("Wassalam,\n{Rs}\n{Raddr}{Rtail}\nTelp rumah {Rtel}, HP {Rhp}", ctx)
    elif sig == 4:
        doc.t("Hormat kami,\n\n{R}\nEmail: {Rmail}\nNo. HP: {Rhp}", ctx)
    else:
        doc.t("Regards,\n{R}\nMobile: {Rhp}\nSent from my iPhone", ctx)


FIELD_LABELS = {
    "nama": ["Nama Lengkap", "Nama", "NAMA LENGKAP", "nama lengkap", "Nama Pelapor", "nama"],
    "nik": ["NIK", "No. KTP", "Nomor Induk Kependudukan", "nik", "No KTP", "NIK Pelapor"],
    "kk": ["No. KK", "No KK", "Nomor Kartu Keluarga", "no. kk", "Nomor KK"],
    "alamat": ["Alamat", "Alamat Domisili", "alamat", "ALAMAT", "Alamat Rumah", "Alamat sesuai KTP"],
    "hp": ["No. HP", "No HP", "Telp/HP", "no. hp", "WA", "Nomor HP/WA", "Telepon"],
    "mail": ["Email", "E-mail", "email", "Surel", "Alamat Email"],
    "ttl": ["Tempat/Tgl Lahir", "TTL", "Tempat, tanggal lahir", "tempat/tgl lahir", "Tmp/Tgl Lahir"],
    "npwp": ["NPWP", "No. NPWP"], "bpjs": ["No. BPJS", "No. Kartu JKN", "Nomor BPJS Kesehatan"],
    "nip": ["NIP"], "plat": ["No. Polisi", "Nopol", "Plat Nomor"],
}
OCR_LABELS = {
    "nama": ["Narna Lengkap", "Nama Lengkap", "Nama Lengkaq", "NAMA LENGKAP"],
    "nik": ["N1K", "NlK", "N I K", "NIK.", "No.KTP"],
    "kk": ["No.KK", "No. K K", "N0. KK", "Nmr KK"],
    "alamat": ["Aiamat", "Alarnat", "Alamt", "ALAMAT"],
    "hp": ["No.Hp", "No.HP", "N0 HP", "No Hp.", "Tlp"],
    "mail": ["Ernail", "E mail", "Emai1", "email"],
    "ttl": ["Tgl Lahlr", "TTL", "Tempat/TgI Lahir", "Tmpt/Tgl Lhr"],
    "npwp": ["NPVVP", "N P W P"], "bpjs": ["No BPJS", "N0. BPJS"], "nip": ["N1P", "NIP"], "plat": ["Nopol", "N0pol"],
}


def field_val(f, ctx, p_key="R"):
    if f == "nama":
        return [ctx[p_key]]
    if f == "ttl":
        return [ctx[p_key + "city"] + ", ", ctx[p_key + "dob"]()]
    if f == "alamat":
        return [ctx[p_key + "addr"](), ctx[p_key + "tail"]()]
    m = {"nik": "nik", "kk": "kk", "hp": "hp", "mail": "mail", "npwp": "npwp", "bpjs": "bpjs", "nip": "nip", "plat": "plat"}
    return [ctx[p_key + m[f]]()]


def style_form(doc, ocr=False, english=False):
    ctx, cast = make_cast(english)
    labels = OCR_LABELS if ocr else FIELD_LABELS
    doc.add(ch(["Berikut data pelapor:\n", "DATA PELAPOR\n", "Form pengaduan (copy dari formulir):\n", "Identitas:\n",
                "Mohon dibantu, data saya:\n", "", "--- FORMULIR PENGADUAN ---\n", "Reporter details:\n"]))
    fields = ["nama", "nik", "alamat", "hp"]
    fields += R.sample(["kk", "mail", "ttl", "npwp", "bpjs", "nip", "plat"], R.randint(1, 4))
    fields = ["nama"] + R.sample(fields[1:], len(fields) - 1) if R.random() < 0.7 else R.sample(fields, len(fields))
    sep = ch([": ", " : ", ":", " ", " - ", " = ", ":\t"])
    extra = ch([None, "Pekerjaan: Wiraswasta", "Jenis Kelamin: " + ("Laki-laki" if cast[0].g == "M" else "Perempuan"),
                "Agama: Islam", "Kategori: Administrasi Kependudukan", "Pekerjaan: Guru honorer", "Status: Kawin"])
    for i, f in enumerate(fields):
        lab = ch(labels[f])
        s = sep if R.random() < 0.85 else ch([" ", ": "])
        doc.add(lab, s)
        doc.add(*field_val(f, ctx))
        doc.add("\n")
        if extra and i == 1:
            doc.add(extra, "\n")
    doc.add(ch(["Lokasi Kejadian: ", "Lokasi: ", "Tempat kejadian: "]),
            ch(["Kantor Kecamatan " + ch(cast[0].reg[4])[1], "Jl. " + ch(STREETS), "Puskesmas " + ch(cast[0].reg[4])[0],
                "Kantor Samsat " + cast[0].reg[1], "SDN " + str(R.randint(1, 120)) + " " + cast[0].reg[1]]), "\n")
    doc.add(ch(["Isi Laporan: ", "Uraian: ", "Keterangan:\n", "Isi pengaduan: ", "Complaint: "]))
    key = ch(list(SUBJECTS))
    doc.t(ch(issue_lines(key, ctx)), ctx)
    doc.t(ch(["", " Tgl kejadian {tgl2}.", " Sudah lapor ke {hotline}.", " Mohon ditindaklanjuti."]), ctx)


# ---------- narratives ----------
NARR_OPEN = [
    "Saya {R}, {Rage} tahun, tinggal di {Raddr}{Rtail}. ",
    "Perkenalkan, saya {R}, biasa dipanggil {Rn}. Saya tinggal bersama {Srole} saya {S} dan anak kami {Cs} di {Raddr}{Rtail}. ",
    "Nama saya {R} (NIK {Rnik}), warga {Rcity}. ",
    "Dengan ini saya {R}, pemilik rumah di {Raddr}, menyampaikan kronologi kejadian secara lengkap. ",
    "Assalamualaikum. Saya {Rs}, lengkapnya {R}, lahir {Rdob}, sehari-hari berjualan di pasar. ",
]

NARR_SCENES = {
    "tanah": [
        "Masalah ini berawal pada {tgl} ketika tetangga kami, {N}, memasang pagar yang masuk sekitar dua meter ke tanah kami.",
        "Saya sudah bicara baik-baik dengan {Nhs}{Ns}, tetapi beliau mengatakan sudah mendapat izin dari lurah.",
        "Lurah {L}, saat kami temui di kantor kelurahan, hanya berkata akan memanggil kedua pihak. Sampai sekarang {Ls} belum pernah memanggil kami.",
        "Anak {Ns}, yang biasa dipanggil {Nn2}, bahkan sempat mengancam {Srole} saya, {Ss}, di depan rumah.",
        "Kami lalu datang ke kantor camat. Camat {M} menyarankan mediasi, tapi mediasi batal karena {Ns} tidak datang.",
        "Surat ukur tanah kami jelas, dan batasnya sudah ditandatangani almarhum ayah saya, {P}, pada tahun 1998.",
        "Pak RT, {Ks}, tahu persis batas tanah itu tetapi tidak mau bersaksi karena masih kerabat {N}.",
    ],
    "bansos": [
        "{PPar} saya, {P}, sudah berusia {Page} tahun dan terdaftar sebagai penerima PKH sejak 2019.",
        "Sejak {tgl} bantuan itu tidak pernah masuk lagi ke rekening {Pbank} atas nama beliau.",
        "Pendamping PKH di desa kami, {L}, mengatakan nama {Phs}{Ps} sudah dicoret karena dianggap mampu.",
        "Padahal rumah kami masih berdinding papan. Tetangga kami, {N}, yang punya mobil dan kios, justru tetap menerima.",
        "Saya tanya ke {Lhs}{Ls} dasar pencoretan, beliau hanya menjawab itu keputusan Dinas Sosial.",
        "Ketika saya datang ke Dinas Sosial, petugas bernama {M} menyuruh saya kembali ke desa.",
        "Kepala desa, {Ks}, juga tidak mau menandatangani surat keterangan tidak mampu untuk {Phs}{Pn}.",
    ],
    "sekolah": [
        "Anak saya {C}, kelas {kelas}, pulang menangis karena ditegur di depan kelas oleh gurunya, {Lhs}{L}.",
        "Menurut {Cs}, {Lhs}{Ls} meminta setiap siswa membayar {amt} untuk study tour, dan yang tidak bayar tidak boleh ikut ujian praktik.",
        "Saya sudah menemui kepala sekolah, {M}, tapi {Mhs}{Ms} justru membela guru tersebut.",
        "Teman sekelas {Cn}, anak tetangga kami {N}, juga mengalami hal yang sama.",
        "{SRole} saya, {S}, sempat merekam percakapan dengan {Lhs}{Ls} sebagai bukti.",
        "Kami khawatir {Cs} akan dipersulit jika kami melapor, karena itu mohon identitas kami dirahasiakan.",
    ],
    "rs": [
        "Pada {tgl} {Ppar} saya, {P}, dibawa ke IGD dengan keluhan sesak napas.",
        "Dokter jaga, dr. {L}, mengatakan kamar penuh dan menyuruh kami menunggu di lorong selama sembilan jam.",
        "Nomor BPJS {Ps} adalah {Pbpjs} dan statusnya aktif, tetapi kasir tetap meminta deposit {amt}.",
        "Perawat bernama {M} bahkan berkata bahwa pasien BPJS memang harus sabar.",
        "Setelah saya telepon saudara saya, {N}, yang bekerja di dinas kesehatan, baru {Phs}{Ps} mendapat kamar.",
        "Keesokan harinya dr. {Ls} tidak visit sama sekali, sehingga kondisi {Pn} memburuk.",
    ],
    "polisi": [
        "Pada {tgl} sepeda motor saya bernomor polisi {Rplat} dicuri dari depan rumah.",
        "Saya langsung membuat laporan di Polsek dan diterima oleh {rank} {L}.",
        "{rankL} {Ls} mengatakan akan segera melakukan penyelidikan, tetapi meminta uang operasional {amt}.",
        "Tetangga saya, {N}, melihat pelaku dan sempat memotret motor yang dipakai pelaku, bernomor {Tplat}.",
        "Dua minggu kemudian saya tanyakan perkembangannya, {Ls} malah menyuruh saya menghubungi atasannya, {rank2} {M}.",
        "Sampai sekarang tidak ada kabar, padahal {Ns} sudah siap menjadi saksi.",
    ],
    "pungli": [
        "Saya mengurus akta kelahiran anak saya {C}, yang lahir {Cdob}, di kantor kecamatan.",
        "Staf bernama {L} mengatakan berkas bisa selesai hari itu juga kalau saya transfer {amt} ke rekening {Lbank} {Lrek} atas nama {L}.",
        "Saya menolak, dan {Ls} langsung menyimpan berkas saya di laci.",
        "Camat {M} ketika saya temui mengaku tidak tahu dan menyuruh saya mengurus ulang.",
        "Tetangga saya {N} juga pernah dimintai uang oleh {Ls} saat mengurus KK.",
        "Bukti chat WhatsApp dari nomor {Lhp} masih saya simpan.",
    ],
    "pinjol": [
        "Sejak {tgl} saya terus diteror oleh penagih pinjaman online yang mengaku bernama {T}.",
        "Ia menghubungi dari nomor {Thp} dan akun Instagram {Tig}, lalu menyebarkan foto KTP saya ke grup WhatsApp keluarga.",
        "Yang membuat saya malu, ia juga menelepon kakak saya {N} dan atasan saya di kantor, {M}.",
        "Padahal saya tidak pernah meminjam; yang meminjam memakai data saya adalah mantan rekan kerja, {L}.",
        "Bunga pinjamannya disebut mencapai {amt} per minggu, angka yang tidak masuk akal.",
        "{Ts} juga mengancam akan datang ke rumah saya di {Raddr}.",
    ],
}


def style_narrative(doc, english=False):
    ctx, cast = make_cast(english)
    rep = cast[0]
    extra = {"N": Person(reg=rep.reg), "L": Person(age=R.randint(30, 58)), "M": Person(age=R.randint(35, 58)),
             "K": Person(gender="M", reg=rep.reg)}
    for k, p in extra.items():
        pctx(ctx, k, p, english)
    ctx["Nn2"] = (Person(reg=rep.reg).nick, "PERSON")
    ctx["kelas"] = str(R.randint(1, 12))
    r1, r2 = ch(RANKS), ch(RANKS)
    ctx["rank"], ctx["rankL"], ctx["rank2"] = r1, r1, r2
    doc.t(ch(NARR_OPEN), ctx)
    keys = R.sample(list(NARR_SCENES), ch([2, 2, 3]))
    conn = R.sample(["Ada satu hal lagi. ", "Masalah lain yang kami alami: ", "Hal berikut juga perlu saya sampaikan. ", "", ""], 3)
    for j, k in enumerate(keys):
        if j > 0:  # a new episode brings other officials and neighbours
            for kk, p in (("N", Person(reg=rep.reg)), ("L", Person(age=R.randint(30, 58))), ("M", Person(age=R.randint(35, 58))),
                          ("T", Person(reg=rep.reg)), ("K", Person(gender="M", reg=rep.reg))):
                pctx(ctx, kk, p)
            r1, r2 = ch(RANKS), ch(RANKS)
            ctx["rank"], ctx["rankL"], ctx["rank2"] = r1, r1, r2
            doc.add(conn.pop())
        sents = NARR_SCENES[k]
        n = len(sents) if j == 0 else R.randint(3, len(sents))
        chosen = sents[:n]
        doc.t(" ".join(chosen), ctx)
        doc.add("\n\n")
    doc.t(ch(["Kalau perlu konfirmasi, saya bisa dihubungi di {Rhp}. ",
              "Nomor WA saya {Rhp}, email {Rmail}. ",
              "Saya, {Rs}, siap dimintai keterangan kapan saja. ",
              "Untuk verifikasi, NIK saya {Rnik} dan No. KK {Rkk}. "]), ctx)
    doc.t(ch(["Mohon Bapak/Ibu menindaklanjuti sesuai {reg}. Terima kasih.",
              "Saya sudah melapor ke {hotline} tetapi diarahkan ke LAPOR!. Terima kasih.",
              "Saya berharap laporan ini tidak dibalas dengan intimidasi. Salam, {Rn}.",
              "Demikian kronologi ini saya buat dengan sebenar-benarnya.\n\n{R}"]), ctx)


# ---------- English-mixed ----------
def style_english(doc):
    ctx, cast = make_cast(english=True)
    opts = [
        "Hi admin, I'm {R}, a resident of {Rcity}. My e-KTP with NIK {Rnik} still hasn't been printed after 3 months. Tolong dibantu ya. You can reach me at {Rhp} or {Rmail}. Thanks!",
        "Dear LAPOR team,\n\nMy name is {R} (DOB {Rdob}). My passport number {Rpas} was flagged at the airport and I missed my flight. The officer, {rank} {O}, didn't explain anything. Please help, this is urgent.\n\nBest,\n{Rs}\n{Rhp}",
        "Halo, mau komplain. My {Pen} {P}, BPJS no. {Pbpjs}, got rejected at the hospital because 'system error'. {Pshe}'s {Page} years old. Please follow up, my WA {Rhp}.",
        "Good morning. I want to report a scam: account {Tig} sold fake CPNS seats and asked my brother {C} to transfer {amt} to {Tbank} {Trek} under the name {T}. Contact me: {Rmail}.",
        "Hello, we live at {Raddr}{Rtail}. Since {tgl} the garbage hasn't been collected. Pak RT {Ks} said the truck is broken. Honestly this is so annoying. Regards, {R} ({Rhp}).",
        "FYI, my tax ID (NPWP) {Rnpwp} is not linked with my NIK {Rnik}. Sudah coba di DJP Online tapi error terus. Thank you. -- {R}",
        "To whom it may concern, my car {Rplat} got towed near {Rcity} station although I parked legally. The tow driver, {T}, asked for {amt} cash. Please investigate. {R}, phone {Rtel}.",
        "Hi, I'm a teacher (NIP {Rnip}) and my salary allowance hasn't been paid since {tgl}. Kepala dinas {O} keeps ignoring my letters. Thanks, {R}.",
    ]
    extra = Person(gender="M")
    pctx(ctx, "K", extra, True)
    doc.t(ch(opts), ctx)


# ---------- short mixed complaints ----------
def style_short(doc):
    ctx, cast = make_cast()
    opts = [
        "Tolong min, tetangga saya {T} di {Taddr} buka karaoke sampai jam 2 pagi. Sudah ditegur Pak RT tapi tidak digubris. {Rn} ({Rhp})",
        "Rekening {Rbank} saya {Rrek} a.n. {R} kena potongan bansos {amt} oleh oknum pendamping {O}.",
        "Mobil dinas plat merah {Oplat} dipakai {Oh} {O} untuk mudik lebaran. Saya lihat sendiri di rest area {km}.",
        "Guru honorer atas nama {R}, NIK {Rnik}, belum terima insentif sejak {tgl}. Kontak: {Rmail}",
        "Akun {Tig} ngaku petugas Dukcapil dan minta foto KK. Korbannya {Ppar} saya {P}. Nomor penipu {Thp}.",
        "Lapor, ada pengeluaran KK baru atas nama {S} dengan No. KK {Skk} tanpa sepengetahuan saya sebagai {Rrole} sah. {R}",
        "{Oh} lurah {O} menahan surat pindah saya. Alamat lama {Raddr}, alamat baru {Saddr}{Stail}. Tolong dibantu.",
        "{PPar} saya {P} lahir {Pdob}, NIK {Pnik}, tercatat meninggal di data Dukcapil padahal masih hidup!",
        "{R} - {Rhp} - {Raddr}. Jalan depan rumah berlubang besar dan sudah makan korban, mohon diperbaiki.",
        "Pelaku pungli di parkir pasar bernama {Tn}, kalau siang mangkal pakai motor {Tplat}. Saya {R}.",
        "intinya nik sy {Rnik} gak bisa daftar bpjs mandiri, kata cs harus ke dukcapil dulu. hp sy {Rhp}",
        "dr. {O}, Sp.PD di puskesmas sering datang terlambat, pasien menunggu sejak jam 7. Saya pasien, {R}.",
    ]
    doc.t(ch(opts), ctx)


# ---------- no-PII texts with near-misses ----------
NOPII = [
    "Jalan rusak parah di Jl. {street} {km} sudah enam bulan tidak diperbaiki. Sudah ada {jml} pengendara jatuh. Mohon Dinas PUPR segera bertindak sesuai {reg}.",
    "Laporan saya {tiket} belum ditindaklanjuti sejak {tgl}. Mohon admin mengecek kembali.",
    "Lampu penerangan jalan mati di sepanjang Jl. {street}, dekat RSUD dr. Soetomo. Gelap sekali kalau malam, cahaya dari warung saja tidak cukup.",
    "Banjir di {kec} merendam rumah warga, tercatat 2.350 KK terdampak. Bantuan baru datang untuk {jml} KK.",
    "Harga gas elpiji 3 kg di pangkalan sekitar RT 04 mencapai {amt}, jauh di atas HET. Mohon ditertibkan.",
    "Antrian BBM di {spbu} mengular sampai {km}. Solar subsidi habis sejak pagi tanggal {tgl}.",
    "Sekolah dengan {npsn} memungut uang perpisahan {amt} per siswa. Kepala sekolah beralasan sudah disetujui komite.",
    "NIK saya sudah dicek di 3 aplikasi tetapi status bansos tetap 'tidak terdaftar'. Mohon penjelasan dari Dinas Sosial.",
    "Nomor tiket {tiket16} sudah ditutup padahal masalah belum selesai. Tolong dibuka lagi.",
    "Sudah saya kirim email ke {insmail} dan mention {insig} tapi tidak ada balasan sama sekali.",
    "Kepala desa dan sekdes tidak pernah ada di kantor pada jam kerja. Warga yang butuh surat keterangan harus datang berkali-kali.",
    "Petugas loket Samsat {city} meminta tambahan {amt} untuk cek fisik. Kejadian {tgl2} sekitar pukul 10.00.",
    "Bunga pinjaman KUR di bank daerah naik tanpa pemberitahuan, dari 6% menjadi 9%. Mohon OJK memeriksa.",
    "Call center {hotline} tidak bisa dihubungi saat terjadi kebakaran di pasar {city} pada {tgl}.",
    "Pembangunan jembatan di Desa {kel} mangkrak. Anggaran {amt} dari dana desa tahun 2023 tidak jelas penggunaannya.",
    "Bupati sudah berjanji memperbaiki irigasi di Kecamatan {kec} sejak kampanye, tetapi sampai sekarang sawah {jml} hektare kekeringan.",
    "Pelayanan di Puskesmas {kel} lambat, dokter baru datang pukul 10.30. Antrean pasien lebih dari {jml} orang.",
    "Trotoar di Jl. {street} dipakai parkir liar. Pejalan kaki terpaksa jalan di badan jalan. Sesuai {reg}, trotoar untuk pejalan kaki.",
    "Tarif parkir di Bandara {city} naik menjadi {amt} per jam tanpa sosialisasi. Nomor pengaduan {hotline} selalu sibuk.",
    "Sertifikat PTSL di desa kami belum dibagikan sejak {tgl}, padahal warga sudah membayar {amt} per bidang.",
    "Kenapa e-KTP yang rusak harus antre dari jam 5 pagi? Kuota cuma {jml} per hari. Mohon tambah blangko.",
    "Saya ingin menanyakan status laporan {tiket} dan {tiket}. Keduanya sudah lewat 14 hari kerja.",
    "Info untuk admin: akun resmi {insig} sering membalas dengan template. Mohon respons yang lebih manusiawi.",
    "Perbaikan pipa PDAM di Jl. {street} membuat air mati tiga hari. Warga di sekitar {km} harus membeli air {amt} per jeriken.",
    "Lurah tidak mau menerbitkan surat domisili tanpa surat pengantar RT, padahal Pak RT sedang sakit. Aturannya di {reg} tidak seperti itu.",
    "Wah parah, tiket #{small} dibalas 'sudah ditangani' padahal belum ada petugas datang. Cahaya lampu jalan di gang kami masih padam.",
    "Pohon tumbang di Jl. {street} depan SMPN {jml} {city} belum dipotong sejak {tgl}. Membahayakan siswa.",
    "Dear admin, the road near Jl. {street} has been flooded since {tgl}. Please fix the drainage. Thank you.",
    "Distribusi beras SPHP di Kelurahan {kel} tidak merata. Harga di pasar masih {amt} per 5 kg.",
    "Mohon info, apakah NPWP wajib dipadankan dengan NIK paling lambat {tgl}? Di {reg} katanya begitu.",
]


def style_nopii(doc):
    ctx = near_ctx({})
    reg = ch(REGIONS)
    kel, kec = ch(reg[4])
    ctx.update({"street": ch(STREETS), "city": reg[1], "kel": kel, "kec": kec, "small": str(R.randint(100000, 9999999))})
    doc.t(ch(NOPII), ctx)
    if R.random() < 0.3:
        doc.t(ch([" Terima kasih.", " Mohon segera ditindaklanjuti.", " Salam, warga {city}.", " Kejadian {tgl2}."]), ctx)


# --------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------
INST_EMAIL = re.compile(r"(\.go\.id|\.co\.id|lapor\.go\.id)$")
INST_HANDLES = {"@lapor1708", "@pln_123", "@bpjskesehatan_ri", "@humaspoldametrojaya", "@dukcapil_kemendagri",
                "@ombudsmanri137", "@kemensosri"}


def covered(i, ranges):
    return any(s <= i < e for s, e in ranges)


def validate(rec, near):
    text, spans = rec["text"], rec["spans"]
    prev_end = -1
    for sp in sorted(spans, key=lambda s: s["start"]):
        s, e, lab = sp["start"], sp["end"], sp["label"]
        assert 0 <= s < e <= len(text), (rec["id"], sp)
        assert lab in LABELS, (rec["id"], lab)
        assert s >= prev_end, ("overlap", rec["id"], sp)
        prev_end = e
        v = text[s:e]
        assert v == v.strip(), ("edge whitespace", rec["id"], v)
        if s > 0:
            assert not text[s - 1].isalnum(), ("glued left", rec["id"], text[s - 5:e])
        if e < len(text):
            assert not text[e].isalnum(), ("glued right", rec["id"], text[s:e + 5])
    ranges = [(sp["start"], sp["end"]) for sp in spans]
    allowed = ranges + list(near)
    for m in re.finditer(r"\d(?:[ .\-]?\d)+", text):
        if sum(c.isdigit() for c in m.group()) >= 9:
            digs = [i for i in range(m.start(), m.end()) if text[i].isdigit()]
            bad = [i for i in digs if not covered(i, allowed)]
            assert not bad, ("unlabelled long digit run", rec["id"], m.group())
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        if not covered(m.start(), ranges):
            assert INST_EMAIL.search(m.group()), ("unlabelled email", rec["id"], m.group())
    for m in re.finditer(r"(?<![\w.])@\w+", text):
        if not covered(m.start(), ranges):
            assert m.group() in INST_HANDLES, ("unlabelled handle", rec["id"], m.group())
    # values in spans carry the right shape
    for sp in spans:
        v, lab = text[sp["start"]:sp["end"]], sp["label"]
        nd = sum(c.isdigit() for c in v)
        if lab == "NIK":
            assert nd in (15, 16, 17), (rec["id"], v)
        if lab == "KK":
            assert nd == 16, (rec["id"], v)
        if lab == "NIP":
            assert nd == 18, (rec["id"], v)
        if lab == "BPJS":
            assert nd == 13, (rec["id"], v)
        if lab == "PHONE":
            assert 8 <= nd <= 14, (rec["id"], v)


def main():
    plan = (["email"] * 62 + ["form"] * 45 + ["ocr"] * 28 + ["narr"] * 45 + ["eng"] * 26 + ["short"] * 34
            + ["nopii"] * 60)
    assert len(plan) == N_TEXTS
    R.shuffle(plan)
    recs = []
    for i, st in enumerate(plan, 1):
        doc = Doc()
        TEXT_USED.clear()
        if st == "email":
            style_email(doc, english=False)
        elif st == "form":
            style_form(doc)
        elif st == "ocr":
            if R.random() < 0.7:
                style_form(doc, ocr=True)
            else:
                style_email(doc)
                # OCR-ish: replace some cue words in plain pieces only
                doc.pieces = [p if isinstance(p, tuple) else
                              p.replace("NIK ", "N1K ").replace("HP", "Hp").replace("Alamat", "Aiamat")
                              for p in doc.pieces]
        elif st == "narr":
            style_narrative(doc)
        elif st == "eng":
            style_english(doc) if R.random() < 0.75 else style_email(doc, english=True)
        elif st == "short":
            style_short(doc)
        else:
            style_nopii(doc)
        text, spans, near = doc.build()
        rec = {"id": "ninth-{:04d}".format(i), "text": text, "spans": spans}
        validate(rec, near)
        if st == "nopii":
            assert not spans, rec
        recs.append(rec)
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    counts = {}
    for rec in recs:
        for sp in rec["spans"]:
            counts[sp["label"]] = counts.get(sp["label"], 0) + 1
    print("wrote", len(recs), "records to", os.path.basename(OUT))
    for k in sorted(counts):
        print("  {:14s} {}".format(k, counts[k]))
    print("  no-PII texts:", sum(1 for r in recs if not r["spans"]))


if __name__ == "__main__":
    main()
