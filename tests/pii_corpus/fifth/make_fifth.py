#!/usr/bin/env python3
"""Generate fifth.jsonl: a held-out annotated corpus of Indonesian SP4N-LAPOR! complaint texts.

Standard library only, deterministic (fixed seed).  Texts are assembled from hand-written
skeletons whose {TOKENS} are filled with generated values; spans are recorded while the text is
assembled, so offsets are exact by construction (and re-checked by corpusgen.validate).

Written to the annotation guide (conventions in docs/pii.md), independently of the redactor code and of other corpora.

usage: python3 make_fifth.py            (writes fifth.jsonl next to this script)
"""
import random
import re
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import corpusgen as cg  # noqa: E402  (shared helpers of the older generators)
from corpusgen import BULAN, HARI  # noqa: E402

SEED = 20250505
N_RECORDS = 250
N_NOPII = 75
OUT = Path(__file__).resolve().parent / "fifth.jsonl"

R = random.Random(SEED)

# ----------------------------------------------------------------------------------------------
# Regions: real Kemendagri province+kab/kota codes, birth-place names, and name generators
# ----------------------------------------------------------------------------------------------
REGION_CODES = {
    "jawa": [("3374", "Semarang"), ("3372", "Surakarta"), ("3310", "Klaten"), ("3302", "Purwokerto"),
             ("3471", "Yogyakarta"), ("3404", "Sleman"), ("3578", "Surabaya"), ("3573", "Malang"),
             ("3515", "Sidoarjo"), ("3509", "Jember"), ("3318", "Pati")],
    "sunda": [("3273", "Bandung"), ("3201", "Bogor"), ("3205", "Garut"), ("3206", "Tasikmalaya"),
              ("3276", "Depok"), ("3275", "Bekasi"), ("3204", "Soreang")],
    "modern": [("3171", "Jakarta"), ("3172", "Jakarta"), ("3174", "Jakarta"), ("3175", "Jakarta"),
               ("3671", "Tangerang"), ("3674", "Tangerang Selatan"), ("3603", "Tangerang"),
               ("1471", "Pekanbaru"), ("2171", "Batam"), ("1571", "Jambi"), ("1671", "Palembang"),
               ("1971", "Pangkalpinang"), ("1871", "Bandar Lampung"), ("1771", "Bengkulu"),
               ("1804", "Sukadana")],
    "batak": [("1271", "Medan"), ("1202", "Tarutung"), ("1212", "Balige"), ("1207", "Lubuk Pakam")],
    "minang": [("1371", "Padang"), ("1375", "Bukittinggi"), ("1306", "Lubuk Basung"), ("1304", "Batusangkar")],
    "aceh": [("1171", "Banda Aceh"), ("1106", "Jantho"), ("1172", "Sabang")],
    "bugis": [("7371", "Makassar"), ("7372", "Parepare"), ("7308", "Watampone"), ("7604", "Mamuju")],
    "buton": [("7472", "Baubau"), ("7471", "Kendari")],
    "bali": [("5171", "Denpasar"), ("5103", "Mangupura"), ("5104", "Gianyar"), ("5108", "Singaraja")],
    "sasak": [("5271", "Mataram"), ("5201", "Gerung")],
    "ntt": [("5371", "Kupang")],
    "maluku": [("8171", "Ambon"), ("8271", "Ternate")],
    "manado": [("7171", "Manado"), ("7172", "Bitung")],
    "papua": [("9171", "Jayapura"), ("9202", "Manokwari")],
    "kalimantan": [("6371", "Banjarmasin"), ("6372", "Banjarbaru"), ("6271", "Palangka Raya"),
                   ("6171", "Pontianak"), ("6472", "Samarinda"), ("6471", "Balikpapan"), ("6571", "Tarakan")],
    "gorontalo": [("7571", "Gorontalo"), ("7271", "Palu")],
    "madura": [("3526", "Bangkalan"), ("3578", "Surabaya")],
    "tionghoa": [("3578", "Surabaya"), ("3173", "Jakarta"), ("1271", "Medan"), ("6171", "Pontianak"),
                 ("3273", "Bandung")],
    "arab": [("3171", "Jakarta"), ("3578", "Surabaya"), ("3374", "Semarang"), ("6371", "Banjarmasin")],
}
REGION_WEIGHTS = {"jawa": 24, "sunda": 12, "modern": 12, "batak": 6, "minang": 5, "aceh": 4,
                  "bugis": 5, "buton": 2, "bali": 5, "sasak": 3, "ntt": 3, "maluku": 3, "manado": 3,
                  "papua": 3, "kalimantan": 4, "gorontalo": 2, "madura": 3, "tionghoa": 3, "arab": 2}


def pick(xs):
    return R.choice(xs)


def name_two(firsts, lasts, three=0.0, mids=None):
    f = pick(firsts)
    if mids and R.random() < three:
        m = pick(mids)
        if m != f:
            f = f + " " + m
    l = pick(lasts)
    full = f + " " + l
    return full, f.split()[0]


def gen_name(region, sex):
    """return (full, call) for a person of the region and sex ('M'/'F')."""
    m = sex == "M"
    if region == "jawa":
        if R.random() < 0.18:
            n = pick(["Sutrisno", "Paijo", "Tukiman", "Mulyono", "Sugiman", "Wagiman", "Jumadi",
                      "Kasmadi", "Darsono", "Sarno", "Parjiman", "Slamet"] if m else
                     ["Suparmi", "Tukiyem", "Wagiyem", "Sarinah", "Rusmini", "Tarsih", "Painem",
                      "Sumiyati", "Kasiyem", "Mujiati", "Rubiyah"])
            return n, n
        if m:
            return name_two(["Agus", "Bambang", "Joko", "Heru", "Wahyu", "Dwi", "Eko", "Teguh", "Rudi",
                             "Bayu", "Aris", "Sigit", "Hadi", "Tri", "Sugeng", "Danang", "Yudi", "Anton"],
                            ["Santoso", "Wibowo", "Setiawan", "Prasetyo", "Nugroho", "Susanto", "Purnomo",
                             "Hartono", "Wicaksono", "Saputro", "Raharjo", "Widodo", "Sulistyo",
                             "Pamungkas", "Hermawan", "Suryadi"], 0.25,
                            ["Adi", "Budi", "Cahyo", "Eko", "Dwi"])
        return name_two(["Sri", "Dewi", "Endang", "Tri", "Rini", "Wulan", "Ani", "Yuli", "Siti", "Retno",
                         "Dyah", "Tutik", "Nanik", "Ika", "Eni"],
                        ["Wahyuni", "Lestari", "Rahayu", "Handayani", "Susilowati", "Purwaningsih",
                         "Pratiwi", "Astuti", "Ningsih", "Puspitasari", "Anggraini", "Wulandari",
                         "Setyaningsih", "Mulyani"], 0.25, ["Ayu", "Nur", "Indah", "Kurnia"])
    if region == "sunda":
        if m:
            return name_two(["Asep", "Ujang", "Dede", "Cecep", "Iwan", "Deden", "Yayan", "Aceng", "Dadang",
                             "Engkos", "Ade", "Agus"],
                            ["Sunarya", "Hidayat", "Permana", "Saepudin", "Supriatna", "Gumilar", "Kusnadi",
                             "Ruhiyat", "Mulyana", "Sopandi", "Ridwan", "Sudrajat"])
        return name_two(["Euis", "Neneng", "Imas", "Lilis", "Ai", "Yeni", "Tati", "Cucu", "Nining", "Rina",
                         "Enok", "Iis"],
                        ["Rohayati", "Nurjanah", "Komalasari", "Suryani", "Kurniasih", "Marlina",
                         "Sulastri", "Maryati", "Juariah", "Rosita"])
    if region == "modern":
        if m:
            return name_two(["Muhammad", "Ahmad", "Rizky", "Fajar", "Dimas", "Reza", "Aditya", "Fikri", "Ilham",
                             "Andika", "Hendri", "Syahrial", "Zulfikar", "Darmawan"],
                            ["Ramadhan", "Saputra", "Firmansyah", "Maulana", "Hakim", "Pratama", "Syahputra",
                             "Akbar", "Fadillah", "Ma'ruf", "Kurniawan", "Iskandar"], 0.3,
                            ["Rizki", "Nur", "Dwi", "Arif", "Fadli"])
        return name_two(["Nurul", "Putri", "Ayu", "Annisa", "Fitri", "Indah", "Rizka", "Novita", "Citra",
                         "Rini", "Syarifah", "Mega", "Tiara"],
                        ["Rahmawati", "Amelia", "Safitri", "Oktaviani", "Maharani", "Permatasari",
                         "Fauziah", "Aprilia", "Agustina", "Ramadhani", "Yulianti"], 0.3,
                        ["Dwi", "Nur", "Sari", "Ayu"])
    if region == "batak":
        marga = pick(["Simanjuntak", "Siregar", "Nainggolan", "Hutapea", "Sitompul", "Panjaitan", "Sinaga",
                      "Manurung", "Silalahi", "Pardede", "Hutagalung", "Situmorang", "Lumbantobing",
                      "Harahap", "Nasution", "Simatupang", "Sihombing", "Tambunan"])
        if m:
            f = pick(["Togar", "Hotman", "Parlindungan", "Binsar", "Maruli", "Sahat", "Jonni", "Rudolf",
                      "Poltak", "Mangasi", "Bonar", "Robert", "Daniel", "Jhon Piter"])
            return f + " " + marga, f.split()[0]
        f = pick(["Rosmawati", "Tiurma", "Hotmauli", "Lasmaria", "Dumaria", "Rugun", "Nurmaida", "Melva",
                  "Sondang", "Ruth", "Lamtiur", "Romauli"])
        sep = pick([" br. ", " boru ", " br ", " br. ", " "])
        return f + sep + marga, f
    if region == "minang":
        if m:
            f = pick(["Afrizal", "Zulkifli", "Syafrudin", "Yuliandri", "Hendri", "Erizal", "Arman", "Yusrizal",
                      "Defri", "Masrul", "Novrizal", "Alfian"])
            if R.random() < 0.3:
                return f, f
            return f + " " + pick(["Putra", "Effendi", "Chaniago", "Tanjung", "Piliang", "Koto", "Sikumbang",
                                   "Rangkuti", "Malin"]), f
        f = pick(["Yusnimar", "Rosmaini", "Desmawati", "Nurhasanah", "Elfi", "Yulmaini", "Rahmi", "Silvia",
                  "Nurlaili", "Syafnida"])
        if R.random() < 0.35:
            return f, f
        return f + " " + pick(["Yanti", "Fitri", "Novia", "Zahara", "Chaniago", "Tanjung", "Sari"]), f
    if region == "aceh":
        if m:
            pre = pick(["Teuku ", "Tengku ", "", "Muhammad ", "Teuku ", "T. "])
            f = pick(["Rizal", "Iskandar", "Zulfikar", "Fadli", "Mukhlis", "Irwansyah", "Syahrul", "Nazaruddin",
                      "Mahdi", "Hasballah", "Razali"])
            last = pick(["", " Hasan", " Abdullah", " Yusuf", " Ibrahim", " Daud", " Ishak"])
            return pre + f + last, f
        pre = pick(["Cut ", "", "Cut ", "Cut Nyak "])
        f = pick(["Rahmah", "Salwa", "Intan", "Rauzah", "Nurul Aini", "Fitriani", "Zahra", "Marlina",
                  "Safrida", "Yusniar"])
        last = pick(["", " Ismail", " Husna", " Syamsuddin", " Ali"])
        return pre + f + last, f.split()[0]
    if region == "bugis":
        if m:
            pre = pick(["Andi ", "Muh. ", "Abd. ", "", "Andi Muh. ", "Muhammad "])
            f = pick(["Baso", "Arfah", "Ikhsan", "Syamsuddin", "Rahman", "Amir", "Jufri", "Irfan", "Basri",
                      "Takdir", "Rusli", "Syahrir"])
            last = pick(["Tahir", "Rauf", "Lallo", "Pawelloi", "Mattalitti", "Sanusi", "Bakri", "Hamid",
                         "Mallarangeng", "Masse"])
            return pre + f + " " + last, f
        pre = pick(["Andi ", "St. ", "", "Sitti ", "Andi "])
        f = pick(["Nurhaedah", "Aminah", "Hajrah", "Hasnawati", "Tenriawaru", "Rosdiana", "Kasmawati",
                  "Mardiana", "Nurbaya", "Sumarni", "Haslinda"])
        last = pick(["", " Tahir", " Amir", " Ridwan", " Rauf", " Latief"])
        return pre + f + last, f
    if region == "buton":
        if m:
            f = pick(["Muh. Saleh", "Rahmat", "Ali Basri", "Ahmad Faisal", "Husein", "Musrifin", "Kamaluddin",
                      "Zainal"])
            return "La Ode " + f, f.split()[-1]
        f = pick(["Nurhaya", "Asma", "Sitti Kamariah", "Rosna", "Farida", "Hasmiati", "Nuraini"])
        return "Wa Ode " + f, f.split()[-1]
    if region == "bali":
        if m:
            pre = pick(["I Made", "I Wayan", "I Ketut", "I Nyoman", "I Putu", "I Gede", "Ida Bagus",
                        "I Gusti Ngurah", "Anak Agung Gede", "Cokorda Gede", "I Komang", "Gede", "I Kadek"])
            f = pick(["Suarjana", "Astawa", "Wirawan", "Sudiarta", "Artana", "Budiasa", "Mahendra", "Suardika",
                      "Wiryawan", "Darmayasa", "Sukadana", "Arsana", "Oka Sudarsana", "Rai Widnyana"])
            return pre + " " + f, f.split()[-1]
        pre = pick(["Ni Made", "Ni Luh", "Ni Ketut", "Ni Wayan", "Ni Nyoman", "Ida Ayu", "Anak Agung Istri",
                    "Ni Putu", "Ni Kadek", "Desak Made", "Ni Luh Putu", "I Gusti Ayu"])
        f = pick(["Sukerti", "Suastini", "Ariani", "Widiastuti", "Purnamasari", "Sriasih", "Sumertini",
                  "Darmini", "Yuliani", "Rai Sudani", "Sri Wahyuni", "Mirah"])
        return pre + " " + f, f.split()[-1]
    if region == "sasak":
        if m:
            pre = pick(["Lalu ", "", "", "Lalu "])
            f = pick(["Muhammad Zaini", "Ahmad Sahnan", "Rusdi", "Habiburrahman", "Supardi", "Hamdan",
                      "Zulkarnain", "Saparudin"])
            return pre + f, f.split()[-1] if pre else f.split()[0]
        pre = pick(["Baiq ", "", "Baiq "])
        f = pick(["Nurul Hidayati", "Rohani", "Sri Mulyani", "Zuhriah", "Salmah", "Rabiatul Adawiyah",
                  "Mahni"])
        return pre + f, f.split()[0]
    if region == "ntt":
        last = pick(["Bria", "Nahak", "Laka", "Seran", "Manek", "Nenobais", "Fallo", "Bere", "Lake", "Nope",
                     "Mbete", "Ndun", "Riwu", "Kolo", "Sabu"])
        if m:
            f = pick(["Yohanes", "Agustinus", "Yosef", "Fransiskus", "Dominikus", "Marselinus", "Paulus",
                      "Yeremias", "Aloysius", "Petrus Kanisius"])
        else:
            f = pick(["Maria Goreti", "Fransiska", "Marselina", "Yuliana", "Agustina", "Theresia",
                      "Maria Yasinta", "Oktovina", "Adriana Bunga"])
        return f + " " + last, f.split()[0] if not f.startswith("Maria ") else f.split()[1]
    if region == "maluku":
        last = pick(["Pattinasarany", "Tuhumury", "Pattiradjawane", "Sahetapy", "Leiwakabessy", "Latuconsina",
                     "Ohorella", "Tuasikal", "Pelupessy", "Wattimena", "Sangaji", "Umasangadji", "Tomagola"])
        f = pick(["Johanis", "Marthinus", "Ronny", "Jopie", "Semuel", "Abdul Kadir", "Ridwan", "Yoppy"] if m
                 else ["Elisabeth", "Novita", "Grace", "Yohana", "Salma", "Merry", "Fatma", "Ivone"])
        return f + " " + last, f.split()[0]
    if region == "manado":
        last = pick(["Mamahit", "Lumintang", "Rumengan", "Tumbelaka", "Wowor", "Sondakh", "Rondonuwu",
                     "Pangemanan", "Kalangi", "Mandagi", "Sumampouw", "Lengkong", "Tumewu"])
        f = pick(["Ronald", "Stevanus", "Fransiskus", "Vicky", "Jefry", "Hendrik", "Noldy", "Frangky", "Alfrits"]
                 if m else ["Jeane", "Meiske", "Vivi", "Marlien", "Stevani", "Olvie", "Deasy", "Feibe"])
        return f + " " + last, f
    if region == "papua":
        last = pick(["Wenda", "Kogoya", "Tabuni", "Wamafma", "Mandacan", "Rumbiak", "Murib", "Kossay",
                     "Wonda", "Yoku", "Ayomi", "Rumaropen", "Iyai", "Dimara", "Karubaba", "Indey"])
        f = pick(["Yakobus", "Marthen", "Yulius", "Frans", "Yance", "Elias", "Otniel", "Nikolaus", "Musa",
                  "Septinus"] if m else
                 ["Yosina", "Agustina", "Ribka", "Martha", "Debora", "Yuliana", "Naomi", "Selfina", "Orpa"])
        return f + " " + last, f
    if region == "kalimantan":
        full = pick(["Muhammad Rizani", "Rahmadi", "Ahmad Syarwani", "Fahrurrazi", "Markus Dungau",
                     "Yulius Ngabut", "Agustinus Lasan", "Petrus Ajang", "Abdul Muis", "Norhadi",
                     "Ardiansyah", "Bahrudin Noor"] if m else
                    ["Norhayati", "Salasiah", "Mahlina", "Rusmilawati", "Siti Norliana", "Jumiati",
                     "Yohana Nyaru", "Maria Ulan", "Lidia Bulan", "Ester Uyang", "Rabiatul Adawiah"])
        parts = full.split()
        call = parts[1] if parts[0] in ("Muhammad", "Ahmad") else parts[0]
        return full, call
    if region == "gorontalo":
        full = pick(["Yusuf Polapa", "Ramli Mohi", "Rahmat Dunggio", "Arifin Pakaya", "Jemmy Hulopi",
                     "Ismail Nento", "Abdullah Ishak Katili", "Rivai Lasena"] if m else
                    ["Ningsih Dunggio", "Hartini Pakaya", "Sri Yanti Lamato", "Rahmawati Tuli",
                     "Fitri Ahmad Daud", "Nurdin? "])
        full = full.replace("Nurdin? ", "Sartin Mooduto")
        return full, full.split()[0]
    if region == "madura":
        full = pick(["Moh. Kholil", "Sumarto", "Hosnan", "Matrawi", "Abd. Rasyid", "Moh. Ridwan",
                     "Fathorrahman", "Sahri", "Mat Tohir", "Moh. Syaiful Bahri"] if m else
                    ["Sitti Maimunah", "Holifah", "Sumiati", "Hosniyah", "Nurul Qomariyah", "Sitti Fatimah",
                     "Misnati", "Bu'ani"])
        parts = full.split()
        call = parts[1] if parts[0] in ("Moh.", "Abd.", "Sitti", "Mat") else parts[0]
        return full, call
    if region == "tionghoa":
        full = pick(["Hendra Wijaya", "Yohanes Gunawan", "Kevin Susanto", "Tan Kok Liang", "Budi Halim",
                     "Ricky Tanudjaja", "Andreas Salim", "Lie Ping An", "Stefanus Hartanto", "Wong Ah Kiong",
                     "Harianto Kosasih"] if m else
                    ["Lydia Halim", "Sherly Tanoto", "Tan Siok Lan", "Meliana Kusuma", "Fransisca Liem",
                     "Yuliana Oei", "Jessica Wijaya", "Lim Mei Hua", "Angeline Tjandra", "Lanny Sutanto"])
        parts = full.split()
        call = parts[-1] if parts[0] in ("Tan", "Lie", "Lim", "Wong") else parts[0]
        return full, call
    if region == "arab":
        full = pick(["Ahmad bin Abdullah Alatas", "Hasan Assegaf", "Umar Alkaff", "Salim bin Thalib",
                     "Muhammad Baraja", "Abdurrahman Bawazier", "Fuad bin Zein Alaydrus", "Husin Albar"] if m else
                    ["Fatimah binti Salim", "Syarifah Nur Alatas", "Aisyah Baraja", "Zahra Assegaf",
                     "Khadijah binti Umar Bafadhal", "Nabila Alaydrus", "Sechah Bawazier"])
        parts = full.split()
        call = parts[1] if parts[0] in ("Syarifah",) else parts[0]
        return full, call
    raise KeyError(region)


class Person:
    def __init__(self, sex, age):
        self.sex = sex or pick("MF")
        self.region = R.choices(list(REGION_WEIGHTS), weights=list(REGION_WEIGHTS.values()))[0]
        self.full, self.call = gen_name(self.region, self.sex)
        code, self.birthplace = pick(REGION_CODES[self.region])
        self.region6 = code + "%02d" % R.randint(1, 24)
        if age == "O":
            y0, y1 = 1938, 1962
        elif age == "K":
            y0, y1 = 2006, 2020
        else:
            y0, y1 = 1964, 2003
        self.dob = date(R.randint(y0, y1), 1, 1) + timedelta(days=R.randint(0, 364))
        self.cache = {}

    # ---- values -----------------------------------------------------------------------------
    def nik_digits(self):
        if "nikd" not in self.cache:
            b = self.dob
            self.cache["nikd"] = cg.nik16(self.region6, b.day, b.month, b.year, self.sex == "F",
                                          "%04d" % R.randint(1, 180))
        return self.cache["nikd"]

    def get(self, attr):
        if attr in self.cache:
            return self.cache[attr]
        v = getattr(self, "make_" + attr)()
        self.cache[attr] = v
        return v

    def make_full(self):
        return self.full

    def make_first(self):
        return self.call

    def make_hon(self):
        return "Bapak" if self.sex == "M" else "Ibu"

    def make_hons(self):
        return "Pak" if self.sex == "M" else "Bu"

    def make_tl(self):
        return self.birthplace

    def make_nik(self):
        d = self.nik_digits()
        if R.random() < 0.05:  # mistyped by the reporter: 15 or 17 digits
            i = R.randint(6, 14)
            return d[:i] + d[i + 1:] if R.random() < 0.5 else d[:i] + d[i] + d[i:]
        return fmt16(d)

    def make_kk(self):
        prefix = self.region6 if R.random() < 0.85 else pick(REGION_CODES[self.region])[0] + "%02d" % R.randint(1, 24)
        issue = date(R.randint(2006, 2024), 1, 1) + timedelta(days=R.randint(0, 364))
        d = cg.id16(prefix, issue.day, issue.month, issue.year, "%04d" % R.randint(1, 9999))
        return fmt16(d)

    def make_npwp(self):
        r = R.random()
        if r < 0.22:
            return self.get("nik") if "nik" in self.cache else fmt16(self.nik_digits())
        core = "%02d%06d%d%03d" % (R.randint(4, 9), R.randint(0, 999999), R.randint(0, 9), R.randint(1, 999))
        return cg.fmt_npwp(core + "000", cg.by_cuts(r, (0.72, 0.86), ("dotted", "plain", "zero16")))

    def make_phone(self):
        return mobile()

    def make_landline(self):
        return landline()

    def make_email(self):
        words = cg.slugs(self.full, ("bin", "binti", "boru"), 3) or ["warga"]
        a = words[0]
        b = words[-1] if len(words) > 1 else ""
        yy = "%02d" % (self.dob.year % 100)
        style = R.randint(0, 6)
        if style == 0 and b:
            local = a + "." + b
        elif style == 1:
            local = a + b + yy
        elif style == 2 and b:
            local = a + "_" + b
        elif style == 3:
            local = cg.alpha(self.call) + str(R.randint(1, 999))
        elif style == 4:
            local = a[0] + b + str(self.dob.year)
        else:
            local = a + str(R.randint(10, 99))
        dom = R.choices(["gmail.com", "yahoo.co.id", "yahoo.com", "outlook.com", "hotmail.com", "ymail.com",
                         "icloud.com", "rocketmail.com", "proton.me"], weights=[50, 12, 10, 7, 6, 4, 4, 3, 2])[0]
        return local + "@" + dom

    def make_handle(self):
        words = cg.slugs(self.full, (), 2) or ["warga"]
        a, b = words[0], words[-1]
        c = cg.alpha(self.call) or a
        opts = [c + "_" + b, a + "." + b, c + str(R.randint(1, 99)), a + b[:3] + "_", c + "_real",
                "its" + c, b + "." + c + str(R.randint(70, 99)), c + "official", "_" + c + b]
        h = pick(opts).strip(".")
        return "@" + h

    def make_plate(self):
        return plate()

    def make_bankname(self):
        self.cache["bankkind"] = kind = R.choices(
            ["BRI", "BNI", "BCA", "BSI", "BPD", "Mandiri", "CIMB Niaga", "BTN"],
            weights=[26, 14, 14, 10, 14, 14, 4, 4])[0]
        if kind == "BPD":
            return pick(["Bank Jatim", "Bank Nagari", "Bank Kalbar", "Bank Papua", "BPD Bali", "Bank Sulselbar",
                         "Bank NTT", "Bank Jateng", "Bank DKI", "Bank Aceh Syariah", "Bank Sumut", "Bank BJB"])
        return kind

    def make_bank(self):
        self.get("bankname")
        k = self.cache["bankkind"]
        if k == "BRI":
            d = "%04d%02d%06d%02d%d" % (R.randint(1, 9999), R.randint(1, 99), R.randint(0, 999999), R.randint(0, 99),
                                        R.randint(0, 9))
            return cg.fmt_account(d, k) if R.random() < 0.55 else d
        if k == "Mandiri":
            d = "1" + cg.digits(R, 12)
            return cg.fmt_account(d, k) if R.random() < 0.5 else d
        if k == "CIMB Niaga":
            return "7" + cg.digits(R, R.choice([12, 13]))
        if k == "BTN":
            return "0" + cg.digits(R, 15)
        return str(R.randint(1, 9)) + cg.digits(R, 9)

    def make_passport(self):
        n = pick("BBBCCCEXXA") + "%07d" % R.randint(0, 9999999)
        return n[0] + " " + n[1:] if R.random() < 0.2 else n

    def make_bpjs(self):
        d = "000" + cg.digits(R, 10)
        return cg.fmt_bpjs(d, R.random() < 0.25)

    def make_nip(self):
        y = self.dob.year
        ty = min(y + R.randint(21, 31), 2024)
        ty = max(ty, y + 18)
        s = cg.nip18(y, self.dob.month, self.dob.day, ty, R.choice([1, 2, 3, 4, 6, 10, 12]), self.sex == "F",
                     R.randint(1, 12))
        return cg.fmt_nip(s, R.random() < 0.5)

    def make_addr(self):
        return address()

    def make_rtrw(self):
        form = "slash" if R.random() < 0.6 else "pad3"       # drawn before RT and RW
        return cg.fmt_rtrw(R.randint(1, 15), R.randint(1, 12), form)

    def make_dob(self):
        d = self.dob
        form = ("long", "long", "dash", "slash", "short", "dot", "iso")[R.randint(0, 6)]
        return cg.fmt_date(d.day, d.month, d.year, form)


def fmt16(d):
    if len(d) != 16:
        return d
    return cg.fmt16(d, cg.by_cuts(R.random(), (0.68, 0.78, 0.88), ("plain", "space", "dash", "dot")))


PREFIXES = ["0811", "0812", "0813", "0821", "0822", "0823", "0851", "0852", "0853", "0814", "0815", "0816",
            "0855", "0856", "0857", "0858", "0817", "0818", "0819", "0859", "0877", "0878", "0831", "0832",
            "0833", "0838", "0895", "0896", "0897", "0898", "0899", "0881", "0882", "0883", "0885", "0887",
            "0888", "0889"]


def mobile():
    n = R.choices([11, 12, 13], weights=[2, 5, 3])[0]
    d = pick(PREFIXES) + cg.digits(R, n - 4)
    f = R.choices(range(10), weights=[30, 14, 8, 5, 8, 8, 6, 5, 3, 4])[0]
    forms = ("plain", "dash", "space", "dot", "p62dash", "p62", "62", "paren62", "4333", "p62hyphen")
    return cg.fmt_mobile(d, forms[f])


AREAS = [("021", 8), ("021", 7), ("022", 7), ("024", 7), ("031", 7), ("0274", 6), ("0361", 6), ("061", 7),
         ("0411", 6), ("0431", 6), ("0511", 6), ("0541", 6), ("0561", 6), ("0711", 6), ("0751", 6),
         ("0761", 6), ("0370", 6), ("0380", 6), ("0967", 6), ("0911", 6), ("0251", 7)]


def landline():
    a, n = pick(AREAS)
    loc = str(R.randint(2, 8)) + cg.digits(R, n - 1)
    return cg.fmt_landline(a, loc, ("paren", "paren_dash", "dash", "space")[R.randint(0, 3)], n // 2)


PLATE_CODES = ["B", "D", "F", "T", "E", "Z", "H", "G", "K", "R", "AA", "AB", "AD", "AE", "AG", "L", "M", "N",
               "P", "S", "W", "DK", "DR", "EA", "DH", "DA", "KB", "KH", "KT", "DD", "DB", "DM", "DN", "DT",
               "PA", "BK", "BB", "BA", "BM", "BP", "BG", "BH", "BD", "BE", "BN", "BL", "KU", "DE", "DG"]


def plate():
    c = pick(PLATE_CODES)
    n = str(R.randint(1, 9999))
    s = "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(R.choice([1, 2, 2, 3])))
    f = R.choices([0, 1, 2, 3], weights=[70, 12, 10, 8])[0]
    return cg.fmt_plate(c, n, s, ("space", "glued", "dash", "lower")[f])


STREETS = ["Merdeka", "Kenanga", "Melati", "Anggrek", "Flamboyan", "Pahlawan", "Veteran", "Bhayangkara",
           "Pemuda", "Cendrawasih", "Sukarame", "Kamboja", "Nangka", "Delima", "Beringin", "Mangga Dua",
           "Teuku Umar", "Diponegoro", "Sisingamangaraja", "Perintis Kemerdekaan", "Sam Ratulangi",
           "Gunung Sari", "Lintas Timur", "Raya Kalimalang", "Urip Sumoharjo", "Dr. Sutomo", "Kakatua"]
GANGS = ["Mawar", "Masjid", "H. Naim", "Sawo", "Buntu", "Kelinci", "Damai", "Sepakat", "Mushola", "Langgar",
         "Kenari", "Family", "Haji Saleh", "Nusa Indah"]
PERUMS = ["Griya Permata Hijau", "Bumi Asri", "Taman Sari Indah", "Citra Harmoni", "Graha Mutiara",
          "Puri Cendana", "Villa Mutiara Gading", "Bukit Sejahtera"]
DUSUNS = ["Krajan", "Sumberrejo", "Karanganyar", "Tegalsari", "Ngemplak", "Sidomulyo", "Babakan", "Wates",
          "Lamongan Barat", "Sukamulya"]


def rtrw_suffix():
    rt, rw = R.randint(1, 16), R.randint(1, 12)
    return pick([sep + cg.fmt_rtrw(rt, rw, form) for sep, form in (
        (" ", "slash"), (" ", "nopad"), (", ", "pad3"), (" ", "dot"), (" ", "short"), (", ", "slash_nopad"))])


def house_no():
    n = R.randint(1, 240)
    return pick(["No. %d" % n, "No.%d" % n, "nomor %d" % n, "No. %d%s" % (n, pick("ABC")), "No. %d/%d" % (n, R.randint(2, 40)),
                 "No. %d" % n])


def address():
    f = R.randint(0, 11)
    rr = rtrw_suffix() if R.random() < 0.6 else ""
    if f in (0, 1):
        return "%s %s %s%s" % (pick(["Jl.", "Jalan", "Jln."]), pick(STREETS), house_no(), rr)
    if f == 2:
        return "Jl. %s Gg. %s %s%s" % (pick(STREETS), pick(GANGS), house_no(), rr)
    if f == 3:
        return "Gg. %s %s%s" % (pick(GANGS), house_no(), rtrw_suffix())
    if f == 4:
        return "Perum %s Blok %s%d %s" % (pick(PERUMS), pick("ABCDEFGH"), R.randint(1, 12), house_no())
    if f == 5:
        return "Komp. %s Blok %s %s" % (pick(["Bumi Kencana", "Perumnas Antang", "Pemda", "Griya Indah",
                                                "Villa Permata"]), pick("ABCDEFGH"), house_no())
    if f == 6:
        return "BTN %s Blok %s%d %s" % (pick(["Minasa Upa", "Hamzy", "Asal Mula", "Pao-Pao Permai", "Antara"]),
                                         pick("ABCDEFGH"), R.randint(1, 9), house_no())
    if f == 7:
        return "%s %s%s" % (pick(["Dusun", "Dsn."]), pick(DUSUNS), rtrw_suffix())
    if f == 8:
        return "Kp. %s%s" % (pick(["Cibeureum", "Sukamaju", "Pasir Jambu", "Cikoneng", "Babakan Sari"]), rtrw_suffix())
    if f == 9:
        return "Lr. %s %s%s" % (pick(["Sukadamai", "Bangau", "Jambu", "Pinang Mas"]), house_no(), rr)
    if f == 10:
        return "Jorong %s %s" % (pick(["Koto Tuo", "Padang Laweh", "Balai Gadang", "Sungai Janiah"]), house_no())
    return "Jalan %s Gang %s %s%s" % (pick(STREETS), pick(GANGS), house_no(), rr)


# ----------------------------------------------------------------------------------------------
# Non-PII fillers (near-misses)
# ----------------------------------------------------------------------------------------------
KELS = ["Sukamaju", "Tegalrejo", "Sumbersari", "Karang Anyar", "Bojong Gede", "Sei Sikambing B", "Tanjung Priok",
        "Lamper Kidul", "Panakkukang", "Oebobo", "Wonokromo", "Cilandak Barat", "Air Tawar Barat", "Kampung Baru",
        "Talise", "Kolongan", "Mangga Besar", "Kebun Bunga", "Ngaliyan", "Rappocini", "Sidorejo", "Ulak Karang",
        "Ujung Menteng", "Batu Ampar", "Teluk Betung", "Ampenan Tengah", "Waena", "Air Salobar", "Petobo"]
CITIES = ["Medan", "Padang", "Pekanbaru", "Palembang", "Bandar Lampung", "Jakarta Timur", "Bekasi", "Bogor",
          "Bandung", "Semarang", "Surakarta", "Yogyakarta", "Surabaya", "Malang", "Denpasar", "Mataram",
          "Kupang", "Pontianak", "Banjarmasin", "Samarinda", "Makassar", "Manado", "Palu", "Kendari",
          "Ambon", "Ternate", "Jayapura", "Sorong", "Banda Aceh", "Jambi", "Tangerang", "Cirebon", "Garut"]
KABS = ["Kab. Bogor", "Kabupaten Garut", "Kab. Klaten", "Kabupaten Sleman", "Kota Medan", "Kab. Deli Serdang",
        "Kota Makassar", "Kabupaten Bone", "Kab. Lombok Timur", "Kota Kupang", "Kab. Jayapura", "Kota Ambon",
        "Kabupaten Banyumas", "Kab. Agam", "Kota Pontianak", "Kab. Kutai Kartanegara", "Kab. Gianyar",
        "Kabupaten Pati", "Kota Palembang", "Kab. Aceh Besar"]
PROVS = ["Jawa Tengah", "Sumatera Utara", "Sulawesi Selatan", "Nusa Tenggara Timur", "Kalimantan Barat",
         "Jawa Timur", "Bali", "Papua", "Maluku", "Sumatera Barat", "DI Yogyakarta", "Banten"]
HERO_STS = ["Jl. Teuku Umar", "Jalan Jenderal Sudirman", "Jl. Ahmad Yani", "Jl. Diponegoro", "Jl. Gatot Subroto",
            "Jl. Cut Nyak Dien", "Jl. Sam Ratulangi", "Jl. I Gusti Ngurah Rai", "Jl. A.P. Pettarani",
            "Jl. Imam Bonjol", "Jl. Pattimura", "Jl. Dr. Wahidin Sudirohusodo", "Jl. R.A. Kartini",
            "Jl. Sultan Hasanuddin", "Jl. KH. Hasyim Asy'ari", "Jl. RE Martadinata", "Jl. HOS Cokroaminoto",
            "Jl. Sisingamangaraja", "Jl. Mohammad Hatta", "Jl. Soekarno-Hatta", "Jl. Tuanku Tambusai",
            "Jl. Frans Kaisiepo", "Jl. W.R. Supratman", "Jalan Lintas Sumatera", "Jl. Raya Bogor",
            "Jl. Letjen S. Parman", "Jl. Sultan Agung"]
HOSPS = ["RSUP Dr. Sardjito", "RSUD dr. Zainoel Abidin", "RSUP Dr. Kariadi", "RSUD Dr. Soetomo",
         "RSUP H. Adam Malik", "RSUP Dr. Wahidin Sudirohusodo", "RSUD Dr. Moewardi", "RSUD dr. Saiful Anwar",
         "RSUD Abdul Wahab Sjahranie", "RSUD Ulin", "RSUP Prof. Dr. R.D. Kandou", "RSUD Prof. Dr. W.Z. Johannes",
         "RSUD Dr. M. Haulussy", "RSUD Kota Bekasi", "RSUD Cengkareng", "RSUD Dr. Soedarso",
         "RSUD Dr. H. Chasan Boesoirie", "RSUP Dr. M. Djamil", "RSUD Sultan Syarif Mohamad Alkadrie"]
AIRPORTS = ["Sultan Hasanuddin", "I Gusti Ngurah Rai", "Sam Ratulangi", "Soekarno-Hatta", "Sultan Mahmud Badaruddin II",
            "Kualanamu", "Juanda", "Sultan Aji Muhammad Sulaiman Sepinggan", "El Tari", "Dominique Edward Osok"]
TERMINALS = ["Kampung Rambutan", "Pulo Gebang", "Bungurasih", "Giwangan", "Terboyo", "Amplas", "Daya", "Ubung"]
STASIUNS = ["Bogor", "Citayam", "Manggarai", "Tanah Abang", "Bekasi", "Depok Baru", "Parung Panjang", "Tangerang"]
PASARS = ["Johar", "Klewer", "Beringharjo", "Terong", "Sentral", "Inpres", "Badung", "Kosambi", "Raya Padang",
          "Lama", "Induk Kramat Jati", "Minggu"]
COMPANIES = ["Sinar Jaya Abadi", "Agro Lestari Nusantara", "Mitra Sawit Sejahtera", "Bumi Karya Utama",
             "Tirta Makmur Perkasa", "Nusantara Logistik Mandiri"]
INST_EMAILS = ["pengaduan@kemendikdasmen.go.id", "dumas@ombudsman.go.id", "humas@semarangkota.go.id",
               "pengaduan@dinkes.jatimprov.go.id", "layanan@bpn.go.id"]
INST_HANDLES = ["@PLN_123", "@ditjenpajakri", "@KAI121", "@humasjabar", "@BPJSKesehatanRI", "@kemkominfo"]


def incident_date():
    d = date(2023, 1, 1) + timedelta(days=R.randint(0, 910))  # up to mid-2025
    f = R.randint(0, 6)
    if f < 4:
        return cg.fmt_date(d.day, d.month, d.year, ("long", "long", "dash", "slash")[f])
    if f == 4:
        return "%s, %d %s %d" % (pick(HARI), d.day, BULAN[d.month - 1], d.year)
    if f == 5:
        return "tanggal %d %s" % (d.day, BULAN[d.month - 1])
    return "%s (%d/%d)" % (pick(HARI), d.day, d.month)


def amount(small=False):
    if small:
        v = pick([5000, 10000, 15000, 20000, 25000, 35000, 50000, 75000, 100000, 150000])
    else:
        v = pick([250000, 300000, 500000, 750000, 1000000, 1500000, 2500000, 3000000, 5000000, 7500000,
                  10000000, 15000000, 25000000])
    s = "{:,}".format(v).replace(",", ".")
    f = R.randint(0, 5)
    if f == 0:
        return "Rp " + s
    if f == 1:
        return "Rp" + s
    if f == 2:
        return "Rp " + s + ",-"
    if f == 3:
        return "Rp. " + s
    if f == 4 and v % 1000000 == 0:
        return "Rp %d juta" % (v // 1000000)
    if f == 4 and v < 1000000:
        return "Rp %d ribu" % (v // 1000)
    return "Rp" + s


# non-PII fillers by token name (a trailing number only tells two uses apart: {KEL1} {KEL2})
GENERIC = {
    "CITY": lambda: pick(CITIES), "KAB": lambda: pick(KABS), "PROV": lambda: pick(PROVS),
    "KEC": lambda: pick(["Kec. ", "Kecamatan "]) + pick(KELS),
    "RP": lambda: amount(), "RPS": lambda: amount(small=True),
    "TICKET": lambda: pick(["#%d" % R.randint(1000000, 9999999), "nomor %d" % R.randint(10000000, 99999999),
                            "#%d" % R.randint(10000000, 99999999)]),
    "TNUM": lambda: "%d" % R.randint(1000000, 9999999),
    "TICKETLONG": lambda: "%d%02d%02d%08d" % (R.choice([2023, 2024, 2025]), R.randint(1, 12), R.randint(1, 28),
                                              R.randint(0, 99999999)),
    "DATE": lambda: incident_date(), "DATESHORT": lambda: "%d/%d" % (R.randint(1, 28), R.randint(1, 12)),
    "MONTH": lambda: "%s %d" % (pick(BULAN), R.choice([2024, 2025])), "YEAR": lambda: str(R.randint(2018, 2024)),
    "HERO_ST": lambda: pick(HERO_STS), "HOSP": lambda: pick(HOSPS), "AIRPORT": lambda: pick(AIRPORTS),
    "TERMINAL": lambda: pick(TERMINALS), "STASIUN": lambda: pick(STASIUNS), "PASAR": lambda: pick(PASARS),
    "COMPANY": lambda: pick(COMPANIES),
    "SCHOOL": lambda: pick(["SDN %d %s" % (R.randint(1, 12), pick(KELS)), "SMPN %d %s" % (R.randint(1, 20), pick(CITIES)),
                            "SMAN %d %s" % (R.randint(1, 15), pick(CITIES)), "SMKN %d %s" % (R.randint(1, 9), pick(CITIES)),
                            "MIN %d %s" % (R.randint(1, 5), pick(CITIES)), "SD Inpres %s" % pick(KELS)]),
    "NPSN": lambda: "%d" % R.randint(10100000, 69999999),
    "SPBU": lambda: "%d.%03d.%02d" % (R.randint(11, 84), R.randint(100, 999), R.randint(1, 99)),
    "KMN": lambda: str(R.randint(3, 140)), "N": lambda: str(R.randint(2, 9)), "AGE": lambda: str(R.randint(66, 91)),
    "RT": lambda: pick(["RT %02d" % R.randint(1, 12), "RT %d RW %d" % (R.randint(1, 12), R.randint(1, 9)),
                        "RT %03d" % R.randint(1, 12)]),
    "INST_EMAIL": lambda: pick(INST_EMAILS), "INST_HANDLE": lambda: pick(INST_HANDLES),
}


def generic(name, ctx):
    base = name.rstrip("0123456789")
    if base == "KEL":       # a kelurahan not used yet in this text
        used = ctx.setdefault("kels", [])
        return pick([k for k in KELS if k not in used])
    if base not in GENERIC:
        raise KeyError(name)
    return GENERIC[base]()


# ----------------------------------------------------------------------------------------------
# Skeletons.  style: n = ordinary (may get greeting/closing, rarely all caps/lower), caps, sms
# (lower-cased), raw (as written).  Tokens: {P1.full} etc. (P[M|F][O|K]<n> = person; M/F sex,
# O old, K child), {PLATE} (PII), other {UPPER} tokens are non-PII fillers.
# ----------------------------------------------------------------------------------------------
PII = [
    ("n", "Saya {P1.full}, warga {KEL}, {CITY}. Sudah tiga kali mengurus akta kelahiran anak di Disdukcapil tetapi selalu disuruh kembali minggu depan. Mohon kejelasan. HP {P1.phone}."),
    ("n", "Pengajuan KTP-el saya sejak {DATE} belum juga dicetak dengan alasan blangko habis. NIK {P1.nik}, atas nama {P1.full}."),
    ("n", "Oknum petugas Samsat {CITY} bernama {PM2.full} meminta tambahan {RP} untuk mempercepat balik nama kendaraan {PLATE}. Saya punya bukti chat WA. Pelapor: {P1.full} ({P1.phone})."),
    ("n", "Jalan di depan rumah saya, {P1.addr}, Kel. {KEL}, sudah rusak parah sejak {YEAR} dan belum pernah diperbaiki. Mohon Dinas PUPR {KAB} turun tangan."),
    ("n", "Ayah saya, {PMO2.full}, peserta BPJS Kesehatan nomor {PMO2.bpjs}, ditolak rawat inap di {HOSP} dengan alasan kamar penuh. Beliau lahir {PMO2.dob}. Mohon bantuan."),
    ("n", "Ibu saya {PFO2.full} (NIK {PFO2.nik}) sudah lansia namun namanya dicoret dari daftar penerima BLT tanpa pemberitahuan. Kepala desa hanya bilang kuota sudah penuh."),
    ("n", "Saya guru honorer di {SCHOOL}. Sudah 5 bulan honor belum dibayar. Kepala sekolah, {P2.hon} {P2.full}, selalu menghindar saat ditanya. Nama saya {P1.full}, WA {P1.phone}."),
    ("n", "Mohon bantuan, gaji saya sebagai PNS di Dinas Pertanian {KAB} dipotong {RP} setiap bulan tanpa dasar. Nama {P1.full}, NIP {P1.nip}."),
    ("n", "Pengembalian kelebihan bayar pajak saya belum masuk. NPWP {P1.npwp} a.n. {P1.full}. Sudah lewat {N} bulan sejak SKPLB terbit."),
    ("n", "Penggantian paspor saya di Kantor Imigrasi {CITY} ditunda terus dengan alasan sistem. Nomor paspor lama {P1.passport}, atas nama {P1.full}, lahir {P1.dob}."),
    ("n", "Dana PIP anak saya {PK2.full} belum masuk ke rekening {P1.bankname} {P1.bank} a.n. {P1.full}. Padahal di sekolah lain sudah cair sejak {DATE}."),
    ("n", "Kartu Keluarga saya belum diperbarui padahal sudah mengajukan penambahan anggota keluarga sejak {DATE}. No. KK {P1.kk}, kepala keluarga {P1.full}."),
    ("n", "Akun Instagram {P2.handle} mengaku sebagai petugas PLN dan meminta transfer untuk pasang meteran baru. Sudah banyak warga {KEL} tertipu."),
    ("raw", "halo min, jalan di {KEL} bolong2 udh makan korban 2 motor minggu ini 😡 yg motret temen saya {P2.handle}, kontak saya aja di {P1.handle}"),
    ("sms", "lapor pak, lampu jln di {RT} {KEL} mati sdh 2 mgg. tlg dibenerin. {P1.first} {P1.phone}"),
    ("sms", "sy {P1.full} mau tny bansos pkh sy kok g cair bln ini, nik {P1.nik} mohon dibantu"),
    ("caps", "Saya {P1.full} melaporkan pungli di kantor desa {KEL} oleh Sekdes {PM2.full}. Setiap warga yang mengurus surat dimintai {RPS}. No HP saya {P1.phone}."),
    ("raw", "Kepada Yth.\nPengelola SP4N-LAPOR!\n\nDengan hormat,\nBersama ini saya sampaikan keberatan atas terbitnya sertifikat tanah di atas lahan milik orang tua kami di Desa {KEL}, {KAB}, atas nama {PM2.full}. Lahan tersebut kami tempati sejak 1987 dan PBB selalu kami bayar.\n\nHormat saya,\n{P1.full}\n{P1.addr}, Desa {KEL}\nTelp. {P1.phone}\nEmail: {P1.email}"),
    ("raw", "Kronologi: pada {DATE} sekitar pukul 08.00 saya datang ke Puskesmas {KEL} membawa anak saya {PK2.full} yang demam tinggi. Petugas pendaftaran, Mbak {PF3.first}, meminta fotokopi KK padahal kartu BPJS anak saya ({PK2.bpjs}) aktif. Setelah menunggu dua jam, dokter jaga dr. {P4.full} baru datang dan hanya memeriksa lima menit. Saat saya protes, satpam Pak {PM5.first} menyuruh saya keluar. Mohon Dinkes {KAB} mengevaluasi pelayanan. Pelapor: {P1.full}, {P1.phone}."),
    ("n", "Mobil dinas berpelat merah {PLATE} dipakai untuk antar anak sekolah dan belanja ke mal setiap akhir pekan. Foto terlampir."),
    ("n", "Tetangga saya {P2.full} membuang limbah usaha tahu langsung ke selokan sehingga bau menyengat ke seluruh gang. Sudah ditegur Pak RT tapi tidak digubris. Saya tinggal di {P1.addr}."),
    ("n", "Saya ingin melaporkan penipuan lowongan kerja BUMN. Uang {RP} sudah saya transfer ke rekening {P2.bankname} {P2.bank} atas nama {P2.full}. Nomor pelaku {P2.phone} sekarang tidak aktif."),
    ("n", "Nama saya {PF1.full}, TTL {PF1.tl}, {PF1.dob}. Tanggal lahir di KTP saya salah cetak dan sudah 3 kali minta perbaikan di Disdukcapil tanpa hasil. NIK {PF1.nik}."),
    ("n", "Petugas PDAM bernama {P2.full} memutus sambungan air kami padahal tagihan sudah dibayar lunas {DATE}. Bukti bayar ada. Hubungi saya di {P1.landline} atau {P1.phone}."),
    ("n", "Anak saya {PK2.full} tidak diterima di {SCHOOL} lewat jalur zonasi padahal jarak rumah kami hanya 300 meter. Yang diterima justru anak dari luar kecamatan. Alamat kami {P1.addr}, {KEC}."),
    ("n", "Motor saya {P1.plate} ditarik paksa debt collector di {HERO_ST} tanpa putusan pengadilan. Salah satunya mengaku bernama {PM2.first}. Mohon polisi menindak. {P1.full}, {P1.phone}."),
    ("n", "Sertifikat PTSL saya sudah 2 tahun tidak terbit. Petugas BPN, {P2.hon} {P2.full}, minta biaya tambahan {RP}. NIK saya {P1.nik}, KK {P1.kk}."),
    ("n", "Saya pensiunan guru, {PO1.full}, NIP {PO1.nip}. Dana Taspen saya belum cair sejak purnatugas {DATE}. Mohon dibantu."),
    ("n", "Klaim JHT saya ditolak BPJS Ketenagakerjaan karena beda tanggal lahir. Di KTP saya lahir {P1.dob}, di data perusahaan tertulis lain. Mohon perbaikan. NIK {P1.nik}, e-mail {P1.email}."),
    ("raw", "Tolong diviralkan 🙏 akun {P2.handle} jual beli data KTP & KK warga, harganya {RPS} per data. Sudah saya laporkan tapi akunnya masih aktif."),
    ("n", "Bapak saya {PMO2.full} meninggal {DATE}, tapi akta kematian belum juga terbit sehingga kami tidak bisa mengurus pensiun janda ibu saya, {PFO3.full}."),
    ("n", "Tumpukan sampah liar di belakang rumah {P2.full}, {P2.addr}, sudah berbulan-bulan tidak diangkut. Lalat dan bau sampai ke SD sebelah."),
    ("n", "Pak Lurah {KEL}, {PM2.full}, memungut biaya surat keterangan domisili {RPS}. Padahal menurut Perda seharusnya gratis. Mohon Inspektorat memeriksa."),
    ("n", "Saya {P1.full}, alamat saya {P1.rtrw} Kel. {KEL}. Sudah 3 bulan jatah beras bantuan untuk lingkungan kami diduga ditahan oleh pengurus."),
    ("n", "Suami saya {PM2.full} ditahan di Polsek {KEL} tanpa surat penangkapan sejak {DATE}. Keluarga tidak diizinkan menjenguk. Saya istrinya, {PF1.full}, {PF1.phone}."),
    ("n", "Paket kiriman dari luar negeri ditahan Bea Cukai dan saya diminta bayar {RP}. Nomor paspor {P1.passport}, nama penerima {P1.full}. Isinya hanya sepatu bekas."),
    ("n", "KIS saya nomor {P1.bpjs} tiba-tiba nonaktif padahal saya masuk DTKS. Di Puskesmas disuruh bayar umum. Mohon diaktifkan kembali. {P1.full}."),
    ("n", "Mutasi saya sudah disetujui BKN sejak {DATE} tetapi SK belum diterbitkan BKPSDM {KAB}. Nama: {P1.full}, NIP: {P1.nip}, HP: {P1.phone}."),
    ("n", "Kami warga {KEL} keberatan dengan tambang galian C milik {PM2.full} yang beroperasi tanpa izin di tepi sungai. Truk-truknya ({PLATE}, {PLATE}) lewat jalan desa setiap hari."),
    ("raw", "Yth. Kepala Kantor Pertanahan {KAB},\n\nSaya, {P1.full}, pemilik bidang tanah di {P1.addr}, Desa {KEL}, memohon kejelasan atas berkas {TICKET} yang diajukan sejak {DATE}.\n\nTerima kasih.\n{P1.full}\nHP/WA {P1.phone}"),
    ("sms", "bpjs sy {P1.bpjs} ga bs dipake di rs, kata petugas nunggak pdhl sy pbi. tlg cek. {P1.full}"),
    ("sms", "mhn info bantuan utk lansia, ibu sy {PFO2.full} umur {AGE} thn blm prnh dpt. hp {P1.phone}"),
    ("caps", "Tolong! Anak saya {PK2.full} dipukul oleh guru olahraga bernama {PM3.full} di {SCHOOL} pada {DATE}. Sudah lapor ke sekolah tapi didiamkan."),
    ("n", "Saya pengemudi ojol, kena tilang elektronik padahal motor saya {P1.plate} sedang di bengkel saat kejadian. Surat konfirmasi dikirim ke alamat {P1.addr}."),
    ("n", "Atasan saya di kantor kecamatan, Bapak {PM2.full}, menahan usulan kenaikan pangkat saya. NIP saya {P1.nip}. Mohon BKD menindaklanjuti."),
    ("n", "Saya mahasiswa penerima KIP Kuliah. Dana semester ini belum masuk ke rekening {P1.bankname} {P1.bank}. Nama {P1.full}, email {P1.email}."),
    ("n", "Paspor suami saya {PM2.full} nomor {PM2.passport} ditahan oleh agen penyalur TKI di {CITY} dan kami diminta tebusan {RP}."),
    ("n", "Pembangunan rumah ibadah di {KEL} dihalangi sekelompok orang yang dipimpin {PM2.full}. Kami minta perlindungan aparat."),
    ("n", "NPWP saya {P1.npwp} berstatus non-efektif padahal saya masih aktif bekerja. Mohon KPP Pratama {CITY} mengaktifkan kembali. {P1.full}."),
    ("n", "Untuk Kementerian Agama: setoran awal haji saya atas nama {P1.full} (lahir {P1.dob}) tidak muncul di aplikasi, padahal sudah bayar {RP}. Mohon dibantu."),
    ("raw", "Kronologi singkat:\n1. {DATE} – {PM2.full} (Kepala Dusun) datang ke rumah kami di {P1.addr} dan meminta tanda tangan ayah saya, {PMO3.full}, tanpa menjelaskan isinya.\n2. Dua minggu kemudian tanah kami sudah atas nama {PF4.full}, istri Kepala Dusun.\n3. Saat kami tanya ke kantor desa, Carik {PM5.first} bilang itu urusan keluarga.\nKami mohon BPN {KAB} membatalkan sertifikat tersebut. Pelapor {P1.full}, {P1.phone}."),
    ("n", "Saya korban pinjol ilegal. Data KTP saya (NIK {P1.nik}) disebar ke kontak saya dan saya diancam. Penagih memakai nomor {P2.phone} dan mengaku bernama {P2.first}."),
    ("raw", "Kak, aku mau lapor. Ada oknum ASN {P2.handle} yang pamer mobil mewah dan nongkrong di kafe pas jam kerja. Dia kerja di Pemkot {CITY}. Bukti ada di story aku {P1.handle}."),
    ("n", "Pemotongan dana BOS di {SCHOOL} (NPSN {NPSN}) dilakukan oleh bendahara sekolah {PF2.full} sebesar {RP}. Guru-guru takut melapor."),
    ("n", "Pasang baru listrik di rumah saya {P1.addr} sudah dibayar sejak {DATE} tapi belum dipasang. Petugas yang menerima berkas bernama {PM2.full}. Telepon rumah {P1.landline}."),
    ("n", "Bapak {PM2.full}, oknum polisi dari Polres {CITY}, meminta uang damai {RPS} saat razia di {HERO_ST}. Motor saya {P1.plate}."),
    ("n", "Mohon bantuan, suami saya {PM2.full} bekerja di Malaysia dan tidak bisa dihubungi sejak {DATE}. Nomor paspornya {PM2.passport}. Saya {PF1.full}, HP {PF1.phone}."),
    ("n", "Sudah 6 bulan saya menunggu pencairan bantuan rumah tidak layak huni. Rumah saya di {P1.addr}. Fasilitator, {P2.full}, tidak bisa dihubungi."),
    ("n", "Data BPJS PBI saya salah: nama di kartu {P1.full} tetapi NIK yang tercantum milik orang lain. NIK asli saya {P1.nik}, nomor kartu {P1.bpjs}."),
    ("n", "Keponakan saya, {PF2.full}, dijanjikan kerja sebagai ART di luar negeri oleh {PM3.full}. Paspornya ({PF2.passport}) ditahan di penampungan di {CITY}. Kami takut ini perdagangan orang."),
    ("raw", "Subject: Keberatan tagihan PBB\n\nSelamat siang,\n\nTagihan PBB untuk objek pajak di {P1.addr} naik dari {RPS} menjadi {RP} tanpa pemberitahuan. Mohon Bapenda meninjau ulang.\n\nSalam,\n{P1.full}\n{P1.email} | {P1.phone}"),
    ("raw", "Kepada\nYth. Inspektorat {KAB}\n\nDengan ini kami melaporkan dugaan penyalahgunaan dana desa oleh Kepala Desa {KEL}, {PM2.full}, yang membangun jalan usaha tani hanya 200 meter dari rencana 1 km.\n\nHormat kami,\nPerwakilan warga\n1. {P1.full}\n2. {P3.full}\n3. {P4.full}"),
    ("sms", "pgaduan: sy {P1.first} dr {KEL}, beras bansos dijual kades {PM2.first} ke tengkulak. no wa {P1.phone}"),
    ("sms", "min nik sy {P1.nik} kok terdaftar jd anggota parpol?? sy asn gk prnh daftar. tlg dihapus"),
    ("caps", "Kami warga {KEL} menolak penggusuran tanpa ganti rugi. Koordinator warga: {PM1.full}, HP {PM1.phone}."),
    ("n", "Rekening {P1.bankname} saya {P1.bank} diblokir sepihak karena dianggap terkait judi online. Saya tidak pernah main. Pemilik rekening {P1.full}, NIK {P1.nik}."),
    ("n", "Dokter di {HOSP}, dr. {P2.full}, Sp.OG, menyarankan operasi caesar dengan biaya {RP} meski kami peserta JKN. Istri saya {PF3.full}, nomor kartu JKN {PF3.bpjs}."),
    ("n", "Oknum Satpol PP bernama {PM2.full} dan {PM3.full} merampas dagangan ibu-ibu di Pasar {PASAR}. Kejadian {DATE}."),
    ("n", "Anak saya {PK2.full}, lahir {PK2.dob}, belum bisa dibuatkan akta karena nama ayahnya, {PM3.full}, belum tercantum di KK. No. KK {P1.kk}."),
    ("n", "Pembuatan SIM saya dipersulit di Satpas {CITY}. Petugas bernama {P2.first} meminta {RPS} agar saya lulus ujian praktik. {P1.full} ({P1.phone})."),
    ("raw", "Pada {DATE} rumah saya di {P1.addr}, Kel. {KEL} kebanjiran setinggi 1 meter akibat tanggul jebol. Ketua RT, Pak {PM2.first}, sudah melapor ke kelurahan. Pak Lurah menjanjikan bantuan, namun yang menerima hanya keluarga {PM3.full} dan {PF4.full}, kerabat lurah. Ibu saya, {PFO5.full}, sampai sekarang mengungsi di masjid. Mohon BPBD meninjau ulang pembagian bantuan. Kontak {P1.phone}."),
    ("n", "Ada pungutan {RPS} per siswa untuk 'uang perpisahan' di {SCHOOL}. Komite sekolah diketuai {P2.full}. Saya orang tua murid, mohon nama saya dirahasiakan."),
    ("n", "Lapak saya di Pasar {PASAR} dibongkar tanpa pemberitahuan. Kepala pasar {P2.full} bilang ada perintah lisan. Nama saya {P1.full}, NIK {P1.nik}, HP {P1.phone}."),
    ("raw", "Yang punya akun {P2.handle} tolong berhenti nyebar hoaks soal vaksin di grup warga {KEL}. Admin LAPOR mohon ditindaklanjuti ya 🙏"),
    ("n", "Mohon dibantu verifikasi NPWP istri saya {PF2.full}. NPWP-nya {PF2.npwp} terdaftar ganda di DJP Online."),
    ("n", "Tiket kereta atas nama {P1.full} dibatalkan sepihak dan dana {RP} tidak kembali. Email pemesanan {P1.email}, kode booking QX7RLM."),
    ("n", "Sejak jalan tol dibangun, rumah kami di {P1.addr} retak-retak dan tidak ada ganti rugi. Pimpinan proyek, {P2.hon} {P2.full}, menolak menemui warga."),
    ("n", "Seorang ibu bernama {PF2.full}, warga {KEL}, mengalami gangguan jiwa dan dipasung keluarganya. Mohon Dinas Sosial {KAB} segera menjemput."),
    ("n", "Pendaftaran Prakerja atas nama {P1.full} (lahir {P1.dob}) ditolak karena NIK dipakai orang lain. NIK {P1.nik}."),
    ("n", "Gaji ke-13 PPPK di {KAB} belum dibayar. Saya {P1.full}, NIP {P1.nip}, rekening {P1.bankname} {P1.bank}."),
    ("raw", "“Sabar ya bu, nanti juga keluar” – itu jawaban petugas Disdukcapil tiap saya tanya akta cerai. Sudah 4 bulan! 😤 Saya {PF1.full}, WA {PF1.phone}."),
    ("n", "Saya {P1.full}. Mobil saya {P1.plate} ditabrak truk milik PT {COMPANY} di km {KMN} jalan tol. Sopirnya, {PM2.full}, kabur dan polisi lambat menangani."),
    ("n", "Pendamping PKH di desa kami, {PF2.full}, menahan kartu KKS milik 30 keluarga penerima. Uangnya ditarik sendiri lalu dibagi sebagian."),
    ("n", "Bidan desa {PF2.full} hanya datang seminggu sekali ke Polindes {KEL}. Ibu hamil harus ke puskesmas yang jaraknya 15 km."),
    ("n", "Sudah setahun saya menunggu pembayaran ganti rugi lahan bendungan. Nama penerima {P1.full}, NIK {P1.nik}, rekening {P1.bankname} {P1.bank}."),
    ("sms", "mlm pak, ada truk {PLATE} buang sampah di kali {KEL} tiap jam 2 pgi. mhn ditindak"),
    ("sms", "ass. sy {PF1.full} warga {KEL}. sdh 3x ke kantor pos utk ambil blt tp disuruh plg trs. hp {PF1.phone} mksh"),
    ("caps", "Mohon diperiksa kepala sekolah {SCHOOL}, Ibu {PF2.full}, yang menjual LKS seharga {RPS} ke semua siswa."),
    ("n", "Dear admin, saya WNA yang menikah dengan WNI. Permohonan KITAS saya terhambat. Paspor {P1.passport}, istri saya {PF2.full} (NIK {PF2.nik}). Email {P1.email}."),
    ("raw", "Kronologi pungli rekrutmen perangkat desa {KEL}:\n- {DATE}: saya mendaftar dan lulus ujian tertulis peringkat 1.\n- Seminggu kemudian Sekdes {PM2.full} menelepon dari nomor {PM2.phone} meminta {RP} agar saya dilantik.\n- Saya menolak. Yang dilantik justru {P3.full}, keponakan Kades {PM4.full}.\nSaya {P1.full}, NIK {P1.nik}."),
    ("n", "Data DTKS keluarga kami hilang setelah pemutakhiran. KK {P1.kk}, kepala keluarga {PM2.full}, istri {PF3.full}. Akibatnya KIS kami nonaktif."),
    ("n", "Oknum petugas Lapas {CITY} bernama {PM2.full} meminta uang {RPS} setiap kali kami membesuk adik saya, {PM3.full}."),
    ("n", "Klaim asuransi usaha tani saya ditolak. Saya petani padi di {P1.addr}, Desa {KEL}. NIK {P1.nik}. PPL {P2.full} bilang berkas hilang."),
    ("n", "Honor saya sebagai petugas KPPS belum dibayar. Nama {P1.full}, rekening {P1.bankname} {P1.bank}, HP {P1.phone}."),
    ("n", "Saya ingin memperbaiki nama di ijazah dari '{P1.first}' menjadi '{P1.full}' sesuai akta, tapi Dinas Pendidikan meminta penetapan pengadilan."),
    ("raw", "{P1.handle} ngelaporin: angkot {PLATE} ugal-ugalan di {HERO_ST}, hampir nabrak anak sekolah. Videonya ada di IG saya."),
    ("n", "Pemilik kos di {PF2.addr}, {PF2.hon} {PF2.full}, menahan KTP saya dan tidak mengembalikan uang deposit {RP}."),
    ("n", "Saya {P1.full}, pedagang di Pasar {PASAR}. Retribusi harian dinaikkan oleh petugas bernama {PM2.first} menjadi {RPS} tanpa karcis resmi."),
    ("raw", "Kepada Yth. Ombudsman RI Perwakilan {PROV}\n\nPerihal: Dugaan maladministrasi penerbitan PBG\n\nKami mengajukan PBG rumah tinggal di {P1.addr} sejak {DATE}. Hingga kini tidak ada kepastian dari DPMPTSP {KAB}. Petugas loket, Sdri. {PF2.full}, malah menyarankan memakai jasa biro.\n\nHormat kami,\n{P1.full}\nNPWP {P1.npwp}\n{P1.email}"),
    ("n", "Bapak {PMO2.full} (NIK {PMO2.nik}, lahir {PMO2.dob}) adalah veteran, tunjangannya tidak cair 3 bulan. Saya anaknya, {P1.full}, {P1.phone}."),
    ("n", "Mertua saya {PFO2.full} berobat ke {HOSP} dengan KIS nomor {PFO2.bpjs} tetapi diminta membeli obat sendiri {RP}."),
    ("n", "Pangkalan LPG 3 kg di {KEL} milik {PM2.full} menjual di atas HET, {RPS} per tabung."),
    ("raw", "Thread 🧵 Kejadian di kantor kelurahan {KEL} hari ini ({DATE}): saya antre dari jam 7. Jam 10 datang {P2.full} (katanya saudara Pak Lurah) langsung dilayani. Saya protes ke petugas, {P3.full}, malah dibentak. Ibu di sebelah saya, Bu {PF4.first}, sampai nangis. Saya {P1.handle}, silakan DM."),
    ("n", "Atas nama {P1.full} ingin menanyakan status laporan {TICKET}. Sampai sekarang belum ada tanggapan dari Dinas Sosial. Kontak {P1.email}."),
    ("n", "Saya {PF1.full}, istri almarhum {PM2.full}, NIP {PM2.nip}. Pensiun janda saya belum diproses Taspen sejak {DATE}."),
    ("sms", "lpr: {HERO_ST} dkt km {KMN} longsor sebagian, bahaya utk motor. sy {P1.first} {P1.phone}"),
    ("caps", "Nama: {P1.full}\nNIK: {P1.nik}\nAlamat: {P1.addr}, {KEC}\nKeluhan: bantuan pangan beras 10 kg tidak diterima sejak {MONTH}."),
    ("raw", "Nama: {P1.full}\nTempat/tgl lahir: {P1.tl}, {P1.dob}\nNo. HP: {P1.phone}\nAduan: Perekaman KTP-el di {KEC} hanya dibuka 2 jam sehari."),
    ("n", "Jenazah ayah kami, {PMO2.full}, ditahan {HOSP} karena kekurangan biaya {RP}. Padahal beliau peserta BPJS nomor {PMO2.bpjs}."),
    ("n", "Saya {P1.full}, nasabah {P1.bankname}. KUR saya sudah lunas tapi SLIK OJK masih kolektibilitas 5. Nomor rekening {P1.bank}. Mohon OJK membantu."),
    ("n", "HP saya hilang dan nomor {P1.phone} dipakai orang untuk menipu teman-teman saya. Operator menolak blokir tanpa KTP asli, padahal KTP saya ikut hilang. NIK {P1.nik}."),
    ("raw", "Mohon bantuannya min 🙏 Akun {P2.handle} dan {P3.handle} menjual obat keras tanpa resep, COD di sekitar {CITY}."),
    ("n", "Pak {PM2.first}, operator sekolah di {SCHOOL}, salah menginput data Dapodik anak saya {PK3.full} sehingga NISN tidak terbit. Saya sudah minta perbaikan sejak {DATE}."),
    ("n", "Tolong sampaikan ke Kapolsek: kami sudah melapor pencurian ternak ke Bripka {PM2.full} sejak {DATE}, tapi belum ada olah TKP. Pemilik sapi, {PM3.full}, rugi {RP}."),
    ("n", "Surat tanah ayah saya disita oleh rentenir bernama {P2.full} yang tinggal di {P2.addr}. Bunganya 20% per bulan. Mohon perlindungan hukum."),
    ("n", "Pengajuan kartu lansia untuk nenek saya, {PFO2.full}, lahir {PFO2.dob}, ditolak dengan alasan usia belum cukup padahal umurnya sudah {AGE} tahun."),
    ("raw", "Lapor min, yang jual kupon BBM subsidi di SPBU {SPBU} itu {PM2.full}, pegawai SPBU sendiri. Kalau mau konfirmasi DM saya {P1.handle}."),
    ("n", "Mohon diperiksa, nomor {P2.phone} atas nama {P2.full} mengaku pegawai Disdukcapil dan menawarkan jasa percepatan KTP {RPS}."),
    ("n", "Istri saya {PF2.full} melahirkan di {HOSP} tanggal {DATE}. Rumah sakit menahan akta kelahiran bayi kami sampai tagihan {RP} dilunasi. KK kami {P1.kk}."),
    ("sms", "tlg pak, kades {PM2.first} {KEL} pakai mobil siaga desa {PLATE} buat urusan pribadi. warga butuh utk antar org sakit"),
    ("caps", "Saya {P1.full}, korban penipuan arisan online oleh {PF2.full} dengan kerugian {RP}. Nomor rekening pelaku {PF2.bankname} {PF2.bank}."),
    ("n", "{P2.hons} {P2.first}, petugas kebersihan di {HOSP}, dipecat sepihak setelah 12 tahun bekerja tanpa pesangon. Saya rekannya, {P1.full}, WA {P1.phone}."),
    ("n", "Dinas Perhubungan menderek mobil saya {P1.plate} padahal parkir di lahan resmi di {HERO_ST}. Petugas yang menderek, {PM2.full}, tidak bisa menunjukkan surat tugas."),
    ("raw", "Salam,\n\nSaya mendaftar CPNS formasi guru dengan nomor peserta {TNUM}, tetapi nama saya, {P1.full}, tidak muncul di pengumuman padahal nilai SKD saya di atas passing grade.\n\nNIK {P1.nik}\nTTL {P1.tl}, {P1.dob}\nEmail {P1.email}"),
    ("n", "Guru BK di {SCHOOL}, {P2.hon} {P2.full}, menyita HP siswa dan meminta tebusan {RPS}. Anak saya {PK3.full} salah satu korbannya."),
    ("n", "Rumah ibu saya, {PFO2.full}, di {PFO2.addr} terkena proyek pelebaran jalan tapi ganti ruginya hanya {RP}, jauh di bawah NJOP."),
    ("sms", "assalamualaikum, sy {P1.full} mau nanya kenapa npwp sy {P1.npwp} kok ga bs login djp online. udh reset 3x"),
    ("n", "Sejak {DATE}, warga yang berobat ke Puskesmas {KEL} dilayani oleh {PM2.full}, yang mengaku mantri padahal bukan tenaga kesehatan."),
    ("caps", "Kepada Bapak Bupati, kami mohon Kades {KEL}, {PM2.full}, diperiksa. Dana BLT warga dipotong {RPS}. Pelapor {P1.full}, KK {P1.kk}."),
    ("raw", "Selamat malam admin 🙏\nSaya {PF1.full}, ibu dari {PFK2.full} (lahir {PFK2.dob}). Anak saya penyandang disabilitas tapi tidak dapat KIP. NIK anak {PFK2.nik}. Mohon dibantu ya."),
    ("n", "Saya {P1.full} sudah mengirim berkas sanggahan ke {INST_EMAIL} pada {DATE}, tapi tidak ada balasan. Mohon ditindaklanjuti. HP {P1.phone}."),
    ("n", "Oknum ASN Dinas Perizinan bernama {PM2.full} (NIP {PM2.nip}) meminta fee 10% untuk menerbitkan izin usaha kami."),
]

NOPII = [
    ("n", "Jalan provinsi di {HERO_ST} km {KMN} berlubang besar dan sudah menyebabkan 3 kecelakaan sejak {DATE}. Mohon Dinas PUPR Provinsi segera menambal."),
    ("n", "Antrean solar di SPBU {SPBU} mengular sampai 2 km setiap hari. Truk menunggu 6 jam. Mohon Pertamina menambah kuota."),
    ("n", "Biaya daftar ulang di {SCHOOL} (NPSN {NPSN}) sebesar {RP}, padahal sekolah negeri. Mohon Dinas Pendidikan menindak sesuai Permendikbud No. 44 Tahun 2012."),
    ("n", "Laporan saya nomor {TICKETLONG} sudah 14 hari berstatus 'diproses' tanpa tanggapan. Mohon ditindaklanjuti."),
    ("n", "Banjir di {KEL} merendam 1.240 rumah; 2.350 KK terdampak. Bantuan logistik baru datang hari ketiga."),
    ("n", "Lampu penerangan jalan di sepanjang {HERO_ST} mati total sejak {DATE}. Rawan begal."),
    ("n", "Pasien di IGD {HOSP} menunggu lebih dari 8 jam karena tidak ada kamar. Pelayanan sangat buruk."),
    ("n", "NIK saya sudah dicek di 3 aplikasi dan statusnya aktif, tapi tetap ditolak saat mendaftar Prakerja. Mohon penjelasan sistemnya."),
    ("sms", "lampu merah prempatan {HERO_ST} mati dr kmrn, macet parah. tlg dishub"),
    ("caps", "Harga pupuk subsidi di kios resmi {KEL} dijual {RPS} per sak, di atas HET. Mohon ditindak."),
    ("n", "Petugas loket Samsat {CITY} meminta uang jasa {RPS} di luar biaya resmi. Kejadian {DATE} sekitar pukul 10.00."),
    ("n", "Call center PLN 123 tidak bisa dihubungi saat listrik padam 12 jam di {KEL}."),
    ("n", "Saya sudah menghubungi 112 tiga kali saat kebakaran di {RT} {KEL}, tapi damkar baru datang 1 jam kemudian."),
    ("n", "Kuota PPDB jalur afirmasi di {SCHOOL} hanya 15%, tidak sesuai Permendikbud 1/2021. Banyak anak dari keluarga miskin tidak tertampung."),
    ("n", "Armada BRT koridor 3 di {CITY} sering mogok; dari 20 unit hanya 12 yang jalan. Penumpang menunggu lebih dari 40 menit."),
    ("inst", "Pengaduan saya ke {INST_EMAIL} tidak pernah dibalas sejak {DATE}. Mohon LAPOR! meneruskan ke instansi terkait."),
    ("inst", "Min {INST_HANDLE}, gangguan di {KEL} dari jam 5 sore belum beres sampai sekarang 😩 sudah lapor lewat aplikasi tapi tidak ada respon."),
    ("n", "Jembatan gantung penghubung {KEL} dan {KEL2} putus sejak {DATE}. Anak-anak sekolah harus menyeberang sungai."),
    ("n", "Puskesmas {KEL} tidak punya dokter sejak awal {YEAR}; hanya 2 perawat melayani 140 pasien per hari."),
    ("n", "Tarif parkir di {HOSP} Rp5.000 per jam untuk motor, tidak sesuai Perda No. 3 Tahun 2019. Mohon dievaluasi."),
    ("n", "Aplikasi pelaporan SPT error sejak {DATE}. Layanan Kring Pajak 1500200 sibuk terus."),
    ("n", "Pelayanan KTP-el di Disdukcapil {CITY} dibatasi 50 nomor antrean per hari. Warga datang jam 4 pagi."),
    ("n", "Kami warga {RT} {KEL} sudah 3 minggu tidak dapat air PDAM. Tagihan tetap datang {RPS}."),
    ("n", "Harga tiket kapal rute {CITY}–{CITY2} naik dari {RPS} menjadi {RP} tanpa sosialisasi."),
    ("n", "Guru di {SCHOOL} sering tidak masuk; dari 24 jam pelajaran seminggu hanya 10 yang terlaksana."),
    ("n", "Program makan bergizi gratis di {SCHOOL} menyebabkan 37 siswa keracunan pada {DATE}. Mohon BPOM menyelidiki."),
    ("n", "Trotoar di {HERO_ST} dipakai parkir mobil dan PKL. Pejalan kaki termasuk penyandang disabilitas harus turun ke jalan."),
    ("n", "Kantor Pos {CITY} menolak pencairan bansos bagi lansia yang tidak bisa datang sendiri, padahal surat kuasa sudah dibawa."),
    ("n", "Penyaluran bantuan tahap 3 di {KEC} terlambat 2 bulan dari jadwal {DATE}."),
    ("n", "Pohon tumbang di depan {HOSP} sejak kemarin sore belum dibersihkan, menutup separuh jalan."),
    ("sms", "knp pendaftaran cpns {YEAR} di web sscasn error trs? udh 3 hr g bs upload"),
    ("sms", "sinyal di {KEL} ilang smua sjk tower rusak tgl {DATESHORT}. mhn kominfo"),
    ("caps", "Pelayanan di Kantor Imigrasi {CITY} sangat lambat, antre paspor dari jam 7 sampai jam 3 sore."),
    ("n", "Perpres 82 Tahun 2018 menjamin pelayanan kesehatan, tapi {HOSP} masih meminta uang muka Rp 2 juta untuk pasien BPJS."),
    ("n", "Gedung {SCHOOL} ambruk sebagian pada {DATE}. Untung tidak ada korban. Sudah diusulkan rehab sejak {YEAR} tapi belum ada anggaran."),
    ("n", "Dana desa {KEL} tahun {YEAR} sebesar Rp1,2 miliar tidak jelas penggunaannya. Papan informasi APBDes tidak pernah dipasang."),
    ("n", "Di Bandara {AIRPORT}, taksi resmi menolak memakai argo dan memasang tarif tetap Rp250.000 ke pusat kota."),
    ("n", "Ratusan ton sampah menumpuk di TPA {KEL} karena truk DLH rusak. Sudah 10 hari tidak diangkut."),
    ("n", "Jadwal KRL sering terlambat 20–30 menit di Stasiun {STASIUN} pada jam sibuk."),
    ("n", "Keputusan Gubernur Nomor 561/Kep.1025-Kesra/2024 tentang UMK belum dijalankan perusahaan di kawasan industri {CITY}."),
    ("n", "Saya sudah lapor lewat SMS 1708 dan mendapat nomor tiket #{TNUM}, tapi belum ada respon."),
    ("n", "Kendaraan dinas kantor {KEC} dipakai untuk kampanye. Mohon Bawaslu menindak."),
    ("n", "Ketua RT di lingkungan kami memungut iuran keamanan Rp 50.000 per bulan tanpa musyawarah. Kami warga {RT} keberatan."),
    ("n", "{HOSP} kekurangan vaksin anti-rabies; 3 korban gigitan anjing dirujuk ke kota lain."),
    ("n", "Mohon pemasangan rambu di tikungan tajam {HERO_ST} km {KMN}; sudah 5 orang meninggal sejak {YEAR}."),
    ("n", "SD di {KEL} belum teraliri listrik. 120 siswa belajar tanpa kipas dan lampu."),
    ("raw", "Kepada Yth. Dinas Lingkungan Hidup {KAB}\n\nDengan hormat,\nKami warga {KEL} melaporkan bau menyengat dari pabrik kelapa sawit PT {COMPANY} sejak {DATE}. Sungai berwarna hitam dan ikan mati.\n\nHormat kami,\nWarga {KEL}"),
    ("raw", "Yth. Admin,\n\nKuota sertifikasi halal gratis untuk {CITY} ditutup hanya 3 hari setelah dibuka. UMKM kecil tidak kebagian.\n\nSalam,\nPaguyuban Pedagang Pasar {PASAR}"),
    ("n", "Ada 16 titik jalan berlubang antara km 12 dan km 19 jalan lintas {CITY}–{CITY2}."),
    ("n", "Kami dari Forum Anak {KAB} meminta taman bermain di alun-alun dibuka kembali setelah renovasi selesai {DATE}."),
    ("n", "Listrik padam bergilir 3 kali seminggu di {KEC}; kerugian UMKM ditaksir Rp 40 juta per minggu."),
    ("raw", "Thread: 5 kali ngurus SKCK di Polres {CITY}, 5 kali disuruh balik. Sistem online-nya buat apa? 😤 #PelayananPublik"),
    ("n", "Bantuan traktor (2 unit) untuk kelompok tani di {KEL} justru disewakan pengurus Rp 300.000 per hari."),
    ("n", "Pemadaman air di {KEL} dari {DATE} sampai {DATE2} tidak diumumkan. Mohon PDAM menginformasikan lewat kanal resmi."),
    ("n", "Ojek pangkalan di Terminal {TERMINAL} memalak penumpang yang baru turun bus, tarif minimal Rp 50.000."),
    ("caps", "Kapan {HERO_ST} diperbaiki?? Sudah 2 tahun rusak dan dijanjikan terus sejak {YEAR}!!"),
    ("sms", "mhn info, tunjangan sertifikasi guru triwulan 2 {YEAR} kpn cair? di {KAB} blm smua"),
    ("n", "Rekomendasi paspor umrah di Kantor Kemenag {KAB} memakan waktu 2 minggu, padahal SOP 3 hari kerja."),
    ("n", "Jalan lingkungan di {RT} {KEL} belum dicor padahal sudah diusulkan di Musrenbang {YEAR}."),
    ("n", "Penerimaan siswa di {SCHOOL} memungut uang gedung {RP}, bertentangan dengan UU No. 20 Tahun 2003 dan PP 17/2010."),
    ("n", "Sudah 3 kali saya telepon 110 untuk melaporkan balap liar di {HERO_ST} tiap malam Minggu, tapi patroli tidak pernah datang."),
    ("n", "Ambulans desa di {KEL} rusak sejak {MONTH}. Warga yang sakit harus dibawa dengan mobil bak terbuka ke {HOSP}."),
    ("inst", "Sudah kirim email ke {INST_EMAIL} dengan lampiran lengkap pada {DATE}, balasan otomatis saja. Kapan diproses?"),
    ("n", "Dari 45 penerima bantuan bibit di {KEL}, hanya 20 yang benar-benar petani. Sisanya keluarga perangkat desa."),
    ("n", "Kuota LPG 3 kg untuk {KEC} dikurangi menjadi 1.200 tabung per minggu, padahal ada 3.400 KK pengguna."),
    ("caps", "Antrean BPJS Kesehatan di kantor cabang {CITY} dibatasi 100 orang per hari. Lansia pingsan menunggu {DATE}."),
    ("sms", "jln ke {KEL} putus kena longsor sjk {DATESHORT}, anak2 g bs sekolah. mhn bpbd"),
    ("inst", "Sudah DM {INST_HANDLE} sejak {DATE} soal tagihan ganda bulan ini, dibalas template saja. Mohon LAPOR! bantu teruskan."),
    ("n", "Pengumuman hasil seleksi PPPK {YEAR} di {KAB} ditunda tiga kali tanpa penjelasan. Ada 1.874 peserta menunggu kepastian."),
]

TOKEN = re.compile(r"\{([A-Z0-9_]+)(?:\.([a-z_]+))?\}")
PERSON_TOK = re.compile(r"P([MF]?)([OK]?)(\d)")
ATTR_LABEL = {"full": "PERSON", "first": "PERSON", "nik": "NIK", "kk": "KK", "npwp": "NPWP", "phone": "PHONE",
              "landline": "PHONE", "email": "EMAIL", "handle": "HANDLE", "plate": "PLATE", "bank": "BANK_ACCOUNT",
              "passport": "PASSPORT", "bpjs": "BPJS", "nip": "NIP", "addr": "ADDRESS", "rtrw": "ADDRESS",
              "dob": "DATE_OF_BIRTH"}
NON_SPAN_ATTRS = {"hon", "hons", "bankname", "tl"}

GREET = ["", "", "", "", "Yth. Admin LAPOR!, ", "Selamat pagi. ", "Selamat siang, ", "Assalamualaikum. ",
         "Mohon izin melapor. ", "Permisi min, ", "Yth. Bapak/Ibu,\n", "Salam sejahtera. ", "Selamat malam. "]
CLOSE = ["", "", "", "", " Terima kasih.", " Mohon ditindaklanjuti.", " Mohon segera ditindak.",
         "\nTerima kasih atas perhatiannya.", " Trims.", " Wassalam.", " Terima kasih 🙏"]


def render(template):
    persons = {}
    ctx = {}

    def fill(m):
        name, attr = m.group(1), m.group(2)
        pm = PERSON_TOK.fullmatch(name)
        if pm and attr:
            if name not in persons:
                persons[name] = Person(pm.group(1) or None, pm.group(2) or None)
            val = persons[name].get(attr)
            if attr not in ATTR_LABEL and attr not in NON_SPAN_ATTRS:
                raise KeyError(attr)
            return [(val, ATTR_LABEL.get(attr))]
        if name == "PLATE":
            return [(plate(), "PLATE")]
        val = generic(name, ctx)
        if name.startswith("KEL"):
            ctx["kels"].append(val)
        return [val]

    return cg.join_pieces(cg.fill_slots(TOKEN, template, fill))


def make_record(style, template):
    text, spans = render(template)
    if style in ("n", "caps", "inst"):
        g = pick(GREET) if R.random() < 0.6 else ""
        c = pick(CLOSE) if R.random() < 0.5 and not text.endswith(("ditindak.", "ditindaklanjuti.", "dibantu.", "!!")) else ""
        if g and text[:1].isupper() and not text.startswith(("Saya", "Pak", "Bapak", "Ibu", "Bu", "NIK")) \
                and g.endswith(", ") and text[1:2].islower() and not any(sp["start"] == 0 for sp in spans):
            text = text[0].lower() + text[1:] if R.random() < 0.5 else text
        text = g + text + c
        spans = [{"start": s["start"] + len(g), "end": s["end"] + len(g), "label": s["label"]} for s in spans]
    case = None
    if style == "caps":
        case = "upper"
    elif style == "sms":
        case = "lower"
    elif style == "n":
        r = R.random()
        case = "upper" if r < 0.05 else ("lower" if r < 0.09 else None)
    if case:
        new = text.upper() if case == "upper" else text.lower()
        assert len(new) == len(text)
        text = new
    return text, spans


def static_labels(template):
    labs = Counter()
    for m in TOKEN.finditer(template):
        name, attr = m.group(1), m.group(2)
        if attr in ATTR_LABEL:
            labs[ATTR_LABEL[attr]] += 1
        elif name == "PLATE":
            labs["PLATE"] += 1
    return labs


def main():
    assert len(PII) + len(NOPII) >= 150, (len(PII), len(NOPII))
    for st, t in NOPII:
        assert not static_labels(t), t
    for st, t in PII:
        assert static_labels(t), t
    recs = []  # (skeleton key, text, spans)
    counts = Counter()
    for i, (st, t) in enumerate(PII):
        text, spans = make_record(st, t)
        recs.append(("p%d" % i, text, spans))
        counts.update(s["label"] for s in spans)
    n_pii = N_RECORDS - N_NOPII
    uses = Counter()
    while len(recs) < n_pii:
        # choose the skeleton that best fills label deficits (target 14 per label), fewest reuses
        best = None
        for i, (st, t) in enumerate(PII):
            sl = static_labels(t)
            gain = sum(max(0, 14 - counts[l]) for l in sl) + R.random() * 2 - 3 * uses[i]
            if best is None or gain > best[0]:
                best = (gain, i)
        i = best[1]
        uses[i] += 1
        st, t = PII[i]
        text, spans = make_record(st, t)
        recs.append(("p%d" % i, text, spans))
        counts.update(s["label"] for s in spans)
    nop = []
    for i, (st, t) in enumerate(NOPII):
        nop.append(i)
    reusable = [i for i, (st, t) in enumerate(NOPII) if st != "inst"]
    extra = R.sample(reusable, N_NOPII - len(NOPII))
    for i in nop + extra:
        st, t = NOPII[i]
        text, spans = make_record(st, t)
        assert not spans
        recs.append(("n%d" % i, text, spans))
    R.shuffle(recs)
    records = []
    for k, (key, text, spans) in enumerate(recs, 1):
        records.append({"id": "fifth-%04d" % k, "text": text,
                        "spans": sorted(spans, key=lambda s: s["start"])})
    # texts are re-cased after joining, so a passport may be written in lower case
    cg.require_valid(records, ignore_case=True, bank_lengths=(10, 13, 14, 15, 16),
                     inst_ok=INST_EMAILS + INST_HANDLES)
    cg.write_jsonl(OUT, records)
    lab = cg.label_counts(records)
    print("records %d, with PII %d, without PII %d, skeletons %d (PII %d, no-PII %d), spans %d" % (
        len(records), sum(1 for r in records if r["spans"]), sum(1 for r in records if not r["spans"]),
        len(PII) + len(NOPII), len(PII), len(NOPII), sum(lab.values())))
    cg.print_label_counts(lab)
    cg.require_label_counts(lab, 10, person_minimum=200)


if __name__ == "__main__":
    main()
