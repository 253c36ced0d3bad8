#!/usr/bin/env python3
"""make_twentyfourth.py - synthetic Indonesian public-service complaint texts with gold PII spans.

Held-out test corpus "twentyfourth" for the lapor PII redactor, written to GUIDE.md only.
Standard library only; a single random.Random(2424); deterministic output.
Everything (people, numbers, addresses, accounts, handles) is invented.

usage: python3 make_twentyfourth.py        # runs all checks, then writes twentyfourth.jsonl
                                          # next to this file and prints statistics
"""
import datetime
import hashlib
import json
import os
import re
import sys
import unicodedata
import random

R = random.Random(2424)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "twentyfourth.jsonl")
SCORE_DIR = "/work/shared/pii"

LABELS = ("NIK", "KK", "NPWP", "PHONE", "EMAIL", "PLATE", "BANK_ACCOUNT", "PASSPORT",
          "BPJS", "NIP", "PERSON", "ADDRESS", "DATE_OF_BIRTH", "HANDLE")
NM = "NM"  # near-miss piece: plain text that looks like PII but is not (explicit allow-list)


def ch(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def nm(s):
    return (s, NM)


def per(s):
    return (s, "PERSON")


# ----------------------------------------------------------------------------- dates
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember"]
BLN = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
MONTH_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"]


def rdate(y0, y1, m1=12):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, m1, 28).toordinal()
    return datetime.date.fromordinal(R.randint(a, b))


def fdate(d, f=None):
    f = f or ch(["long", "long", "long", "short", "dash", "dash", "slash", "dot", "iso"])
    if f == "long":
        return f"{d.day} {BULAN[d.month - 1]} {d.year}"
    if f == "long0":
        return f"{d.day:02d} {BULAN[d.month - 1]} {d.year}"
    if f == "short":
        return f"{d.day} {BLN[d.month - 1]} {d.year}"
    if f == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if f == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if f == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if f == "iso":
        return f"{d.year}-{d.month:02d}-{d.day:02d}"
    if f == "en":
        return f"{d.day} {MONTH_EN[d.month - 1]} {d.year}"
    if f == "en_us":
        return f"{MONTH_EN[d.month - 1]} {d.day}, {d.year}"
    raise ValueError(f)


def event_date(f=None):
    """An incident date / deadline (not PII)."""
    d = rdate(2025, 2026, 3)
    f = f or ch(["long", "long", "dash", "slash", "short"])
    return fdate(d, f)


def date_pair(f=None):
    """Two ordered incident dates (not PII)."""
    a, b = sorted([rdate(2025, 2026, 3), rdate(2025, 2026, 3)])
    if a == b:
        b = b + datetime.timedelta(days=R.randint(3, 40))
    f = f or ch(["long", "long", "dash", "short"])
    return fdate(a, f), fdate(b, f)


def ticket7():
    return "#" + str(R.randint(3000000, 9899999))


def ticket8():
    return str(R.randint(41000000, 69999999))


def ticket16():
    return ch(["2025", "2026"]) + f"{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + \
        "".join(str(R.randint(0, 9)) for _ in range(8))


def rupiah(lo=0, hi=10 ** 9):
    v = ch([x for x in [15000, 30000, 50000, 75000, 150000, 250000, 300000, 350000, 500000, 600000,
                        750000, 1250000, 1500000, 2300000, 2750000, 4100000] if lo <= x <= hi])
    s = f"{v:,}".replace(",", ".")
    return ch([f"Rp {s}", f"Rp{s}", f"Rp. {s},-", f"Rp {s}"])


# ----------------------------------------------------------------------------- regions
# (province code, kab/kota code, name, landline area code, plate codes, kelurahan names)
REGIONS = [
    (11, 71, "Banda Aceh", "0651", ["BL"], ["Lampineung", "Peunayong", "Beurawe"]),
    (11, 6, "Aceh Besar", "0651", ["BL"], ["Lambaro", "Lamreung", "Cot Irie"]),
    (12, 71, "Medan", "061", ["BK"], ["Padang Bulan", "Sei Sikambing", "Helvetia"]),
    (12, 12, "Toba", "0632", ["BB"], ["Sibola Hotangsas", "Pardede Onan", "Lumban Dolok"]),
    (12, 78, "Gunungsitoli", "0639", ["BB"], ["Ilir", "Mudik", "Hilimbowo"]),
    (13, 71, "Padang", "0751", ["BA"], ["Lubuk Buaya", "Jati", "Air Tawar"]),
    (13, 75, "Bukittinggi", "0752", ["BA"], ["Aur Kuning", "Campago Ipuh", "Birugo"]),
    (14, 71, "Pekanbaru", "0761", ["BM"], ["Simpang Baru", "Tangkerang", "Rejosari"]),
    (15, 71, "Jambi", "0741", ["BH"], ["Telanaipura", "Talang Banjar", "Sungai Asam"]),
    (16, 71, "Palembang", "0711", ["BG"], ["Bukit Lama", "Sekip Jaya", "Plaju Ulu"]),
    (17, 71, "Bengkulu", "0736", ["BD"], ["Padang Harapan", "Kebun Tebeng", "Sawah Lebar"]),
    (18, 71, "Bandar Lampung", "0721", ["BE"], ["Rajabasa", "Way Halim", "Kedaton"]),
    (19, 71, "Pangkalpinang", "0717", ["BN"], ["Bukit Intan", "Gabek", "Taman Bunga"]),
    (21, 71, "Batam", "0778", ["BP"], ["Batu Aji", "Bengkong", "Sekupang"]),
    (31, 74, "Jakarta Selatan", "021", ["B"], ["Pela Mampang", "Tebet Barat", "Cipete Utara"]),
    (31, 75, "Jakarta Timur", "021", ["B"], ["Cipinang Melayu", "Pulo Gadung", "Kramat Jati"]),
    (32, 73, "Bandung", "022", ["D"], ["Sukajadi", "Antapani", "Cibeunying"]),
    (32, 1, "Bogor", "0251", ["F"], ["Cibinong", "Citeureup", "Ciomas"]),
    (32, 76, "Depok", "021", ["B"], ["Beji", "Sukmajaya", "Cilodong"]),
    (32, 75, "Bekasi", "021", ["B"], ["Harapan Jaya", "Jatiasih", "Margahayu"]),
    (32, 6, "Tasikmalaya", "0265", ["Z"], ["Singaparna", "Cikalong", "Sukaraja"]),
    (33, 74, "Semarang", "024", ["H"], ["Tembalang", "Pedurungan", "Banyumanik"]),
    (33, 72, "Surakarta", "0271", ["AD"], ["Laweyan", "Jebres", "Banjarsari"]),
    (33, 10, "Klaten", "0272", ["AD"], ["Ceper", "Delanggu", "Wedi"]),
    (34, 71, "Yogyakarta", "0274", ["AB"], ["Wirobrajan", "Kotagede", "Gondokusuman"]),
    (34, 4, "Sleman", "0274", ["AB"], ["Condongcatur", "Sinduadi", "Caturtunggal"]),
    (35, 78, "Surabaya", "031", ["L"], ["Wonokromo", "Rungkut", "Kenjeran"]),
    (35, 73, "Malang", "0341", ["N"], ["Lowokwaru", "Sukun", "Blimbing"]),
    (35, 9, "Jember", "0331", ["P"], ["Sumbersari", "Kaliwates", "Patrang"]),
    (35, 28, "Pamekasan", "0324", ["M"], ["Kolpajung", "Bugih", "Lawangan Daya"]),
    (36, 71, "Tangerang", "021", ["B"], ["Cipondoh", "Karawaci", "Periuk"]),
    (36, 73, "Serang", "0254", ["A"], ["Cipocok Jaya", "Kasemen", "Taktakan"]),
    (51, 71, "Denpasar", "0361", ["DK"], ["Panjer", "Dauh Puri", "Sesetan"]),
    (51, 8, "Buleleng", "0362", ["DK"], ["Banyuning", "Penarukan", "Kampung Anyar"]),
    (52, 71, "Mataram", "0370", ["DR"], ["Ampenan", "Cakranegara", "Pagesangan"]),
    (52, 2, "Lombok Tengah", "0370", ["DR"], ["Praya", "Jonggat", "Puyung"]),
    (53, 71, "Kupang", "0380", ["DH"], ["Oebobo", "Kelapa Lima", "Oesapa"]),
    (53, 4, "Timor Tengah Selatan", "0388", ["DH"], ["Soe", "Kota Baru", "Nonohonis"]),
    (53, 10, "Manggarai", "0385", ["EB"], ["Ruteng", "Watu", "Tenda"]),
    (61, 71, "Pontianak", "0561", ["KB"], ["Sungai Bangkong", "Parit Tokaya", "Siantan"]),
    (62, 71, "Palangka Raya", "0536", ["KH"], ["Palangka", "Menteng", "Panarung"]),
    (63, 71, "Banjarmasin", "0511", ["DA"], ["Kuin Utara", "Pemurus", "Sungai Miai"]),
    (64, 72, "Samarinda", "0541", ["KT"], ["Sempaja", "Air Putih", "Sungai Pinang"]),
    (64, 71, "Balikpapan", "0542", ["KT"], ["Gunung Samarinda", "Sepinggan", "Klandasan"]),
    (65, 71, "Tarakan", "0551", ["KU"], ["Karang Anyar", "Juata", "Sebengkok"]),
    (71, 71, "Manado", "0431", ["DB"], ["Malalayang", "Tikala", "Tuminting"]),
    (71, 2, "Minahasa", "0431", ["DB"], ["Tondano", "Sasaran", "Kakas"]),
    (72, 71, "Palu", "0451", ["DN"], ["Tondo", "Besusu", "Kamonji"]),
    (73, 71, "Makassar", "0411", ["DD"], ["Tamalanrea", "Mamajang", "Panakkukang"]),
    (73, 8, "Bone", "0481", ["DW"], ["Watampone", "Biru", "Macanang"]),
    (74, 71, "Kendari", "0401", ["DT"], ["Kambu", "Wua-Wua", "Mandonga"]),
    (74, 72, "Baubau", "0402", ["DT"], ["Wameo", "Bataraguru", "Lipu"]),
    (75, 71, "Gorontalo", "0435", ["DM"], ["Limba", "Heledulaa", "Dulalowo"]),
    (76, 4, "Mamuju", "0426", ["DC"], ["Binanga", "Karema", "Rimuku"]),
    (81, 71, "Ambon", "0911", ["DE"], ["Batu Merah", "Kudamati", "Passo"]),
    (82, 71, "Ternate", "0921", ["DG"], ["Kalumpang", "Gamalama", "Bastiong"]),
    (91, 71, "Jayapura", "0967", ["PA"], ["Entrop", "Hamadi", "Abepura"]),
    (92, 2, "Manokwari", "0986", ["PB"], ["Sanggeng", "Amban", "Wosi"]),
    (93, 1, "Merauke", "0971", ["PA"], ["Mandala", "Rimba Jaya", "Seringgu Jaya"]),
    (95, 1, "Jayawijaya", "0969", ["PA"], ["Wamena Kota", "Sinakma", "Hom-Hom"]),
    (96, 71, "Sorong", "0951", ["PB"], ["Klademak", "Remu", "Malaingkedi"]),
]
REG = {r[2]: r for r in REGIONS}
PROVINCE_CODES = set(list(range(11, 20)) + [21] + list(range(31, 37)) + [51, 52, 53] +
                     list(range(61, 66)) + list(range(71, 77)) + [81, 82] + list(range(91, 97)))
PLATE_CODES = sorted(set(c for r in REGIONS for c in r[4]) |
                     {"AA", "AE", "AG", "E", "G", "K", "R", "S", "T", "W", "EA", "ED", "DL", "DG", "PG"})
AREA_CODES = sorted(set(r[3] for r in REGIONS) | {"022", "024", "0251"})


def area_name(city, short=False):
    r = REG[city]
    if r[1] >= 71:
        return ("Kota " + city) if not short else city
    return ("Kab. " + city) if not short else city


# ----------------------------------------------------------------------------- names
def _ml(first, last, sep=" "):
    f = ch(first)
    l_ = ch(last)
    return f + sep + l_, f


def nm_jawa(sex):
    if chance(0.15):
        s = ch(["Ponimin", "Paijo", "Sukardi", "Tukiman", "Karno", "Sarno"]) if sex == "M" else \
            ch(["Sukirah", "Tukiyem", "Painem", "Sumarni", "Ngatini", "Sutarmi"])
        return s, s
    if sex == "M":
        return _ml(["Sutrisno", "Bambang", "Agus", "Joko", "Sugeng", "Tri", "Wahyu", "Dwi", "Eko",
                    "Heru", "Slamet", "Puji", "Suryo", "Hadi", "Teguh", "Yudi", "Bayu", "Rahmat",
                    "Anang", "Catur"],
                   ["Riyanto", "Wijanarko", "Setiyono", "Purnomo", "Raharjo", "Handoko", "Nugroho",
                    "Prasetyo", "Saputro", "Santosa", "Susilo", "Wibowo", "Kuncoro", "Pambudi",
                    "Haryadi", "Sulistyo", "Widagdo"])
    return _ml(["Sri", "Endang", "Siti", "Tutik", "Dewi", "Rini", "Wulan", "Yuni", "Retno",
                "Sulastri", "Wiwik", "Ratna", "Nur", "Anik", "Puji"],
               ["Lestari", "Sulistyowati", "Aminah", "Handayani", "Kusumawati", "Astuti", "Rahayu",
                "Wahyuni", "Purwanti", "Suryani", "Ningsih", "Widayati", "Winarsih", "Pratiwi"])


def nm_sunda(sex):
    if sex == "M":
        return _ml(["Asep", "Dadang", "Ujang", "Cecep", "Yayan", "Dede", "Aep", "Iwan", "Jajang",
                    "Deden", "Oman", "Engkos", "Usep"],
                   ["Saepudin", "Suhendar", "Rohmat", "Supriatna", "Sofyan", "Hidayat", "Kurnia",
                    "Permana", "Gunadi", "Sutisna", "Mulyana", "Ruhiyat"])
    return _ml(["Euis", "Neneng", "Imas", "Cucu", "Yeni", "Iis", "Enok", "Lilis", "Nining", "Elis",
                "Entin", "Popon"],
               ["Komariah", "Hasanah", "Masitoh", "Sumiati", "Rahmawati", "Nurhayati", "Kurniasih",
                "Juariah", "Rosmiati", "Halimah"])


MARGA_BATAK = ["Simanjuntak", "Sitompul", "Hutapea", "Nainggolan", "Manurung", "Siregar",
               "Tambunan", "Silalahi", "Sinaga", "Pardede", "Situmorang", "Simatupang",
               "Sihombing", "Lumbantobing", "Hutagalung", "Marpaung", "Purba", "Saragih",
               "Ginting", "Tarigan", "Sembiring", "Nasution", "Lubis", "Harahap", "Sianipar"]


def nm_batak(sex):
    if sex == "M":
        return _ml(["Parlindungan", "Togar", "Marihot", "Binsar", "Jonni", "Sahat", "Poltak",
                    "Hotma", "Tumpal", "Bonar", "Maruli", "Lamhot", "Darwin"], MARGA_BATAK)
    f = ch(["Rosdiana", "Tiurma", "Hotmaida", "Lamria", "Debora", "Rotua", "Nurmaida", "Sondang",
            "Melva", "Duma", "Romauli", "Tiominar"])
    return f + ch([" br. ", " br ", " boru ", " ", " "]) + ch(MARGA_BATAK), f


def nm_nias(sex):
    marga = ["Zebua", "Harefa", "Laia", "Gulö", "Telaumbanua", "Ndruru", "Hia", "Waruwu",
             "Zalukhu", "Halawa", "Lase", "Giawa", "Mendröfa"]
    if sex == "M":
        return _ml(["Faomasi", "Yosafati", "Sökhiaro", "Aroziduhu", "Fatolosa", "Hezekiel",
                    "Foarota", "Ingati", "Yupiter"], marga)
    return _ml(["Fatiani", "Elisabet", "Sarmawati", "Yurlina", "Aferiani", "Yasminar", "Ratiani"], marga)


def nm_minahasa(sex):
    marga = ["Wowor", "Lumowa", "Rumengan", "Pangemanan", "Mandagi", "Rondonuwu", "Kalangi",
             "Tumbelaka", "Supit", "Sondakh", "Kaunang", "Lengkong", "Tambuwun", "Rumondor",
             "Mamahit", "Lontoh", "Karamoy"]
    if sex == "M":
        return _ml(["Johny", "Ferry", "Stenly", "Ventje", "Alfrets", "Jemmy", "Novri", "Rommy",
                    "Meyer", "Hanny", "Fredy"], marga)
    return _ml(["Meiske", "Grace", "Lenny", "Vivi", "Deisy", "Jeane", "Olga", "Sisca", "Marlyn",
                "Stella", "Christin"], marga)


def nm_tionghoa(sex):
    if chance(0.3):
        s = ch(["Liem Swie Goan", "Tjoa Kian Hok", "Go Tjeng Hwa", "Kwee Bun Liong",
                "Lauw Tek Siong", "Ong Tjin Bie"]) if sex == "M" else \
            ch(["The Mei Ling", "Oey Siok Lan", "Lie Giok Nio", "Tan Lie Hwa", "Ang Siu Lan",
                "Njoo Kim Lian"])
        return s, " ".join(s.split()[1:])
    last = ["Gunawan", "Halim", "Setiadi", "Wijaya", "Tanuwijaya", "Hartanto", "Salim", "Sutanto",
            "Tjandra", "Gozali", "Chandra", "Tanujaya", "Kurniawan", "Lim", "Tan", "Susanto",
            "Kusuma", "Widjaja"]
    if sex == "M":
        return _ml(["Hendra", "Andreas", "Yohanes", "Kusnadi", "Stevanus", "Rudy", "Ferdinand",
                    "William", "Jimmy", "Sugianto", "Aliong", "Kevin", "Hengky", "Felix"], last)
    return _ml(["Lanny", "Vivian", "Fenny", "Susanti", "Meilani", "Yenny", "Cindy", "Lina", "Lili",
                "Silvia", "Jessica", "Megawati"], last)


def nm_arab(sex):
    fam = ["Alatas", "Assegaf", "Alkaff", "Bawazier", "Alaydrus", "Bahasyim", "Shahab",
           "Alhabsyi", "Basalamah", "Bafadhal", "Aljufri", "Baraja", "Bamatraf"]
    fathers = ["Umar", "Said", "Abdullah", "Salim", "Husin", "Ali", "Hamid"]
    if sex == "M":
        f = ch(["Ahmad", "Muhammad", "Hasan", "Umar", "Salim", "Husein", "Abdullah", "Zainal",
                "Faisal", "Fikri", "Abd. Rahman", "Muh. Taufik"])
        if chance(0.4):
            return f"{f} bin {ch(fathers)} {ch(fam)}", f.split()[-1] if f.startswith(("Abd", "Muh")) else f
        return f + " " + ch(fam), f.split()[-1] if f.startswith(("Abd", "Muh")) else f
    f = ch(["Fatimah", "Aisyah", "Syarifah", "Khadijah", "Nur", "Zahra", "Salma", "Rugayah",
            "Syarifah Nur", "Maryam"])
    if chance(0.4):
        return f"{f} binti {ch(fathers)} {ch(fam)}", f.split()[0]
    return f + " " + ch(fam), f.split()[0]


def nm_bali(sex):
    names_m = ["Sudarsana", "Wirawan", "Mahendra", "Raka", "Arya", "Oka", "Suardana", "Astawa",
               "Budiasa", "Mertayasa", "Suteja", "Sukadana", "Artawan", "Wiradana", "Darmayasa"]
    names_f = ["Sriani", "Diantari", "Suartini", "Ariani", "Sukasih", "Ratnadi", "Puspawati",
               "Widiastuti", "Suastini", "Astiti", "Purnamasari", "Sekarini", "Yuliantari"]
    if sex == "M":
        pre = ch(["I Made", "I Ketut", "I Wayan", "I Nyoman", "I Putu", "I Kadek", "I Komang",
                  "I Gede", "Ida Bagus", "Ida Bagus Putu", "Anak Agung Gede", "I Gusti Ngurah",
                  "I Gusti Made", "Cokorda Gede"])
        n = ch(names_m)
    else:
        pre = ch(["Ni Luh Putu", "Ni Kadek", "Ni Wayan", "Ni Made", "Ni Nyoman", "Ni Ketut",
                  "Ni Komang", "Ni Putu", "Ida Ayu", "Ida Ayu Made", "Anak Agung Istri",
                  "Anak Agung Ayu", "I Gusti Ayu", "Ni Luh"])
        n = ch(names_f)
    return pre + " " + n, n


def nm_papua(sex):
    marga = ["Kogoya", "Rumbewas", "Tabuni", "Mandowen", "Kareth", "Wanimbo", "Yikwa", "Rumkorem",
             "Wakerkwa", "Murib", "Gobay", "Mote", "Tebay", "Rumaropen", "Ayomi", "Kambu", "Sawaki",
             "Yoku", "Hamadi", "Itlay", "Wonda"]
    if sex == "M":
        return _ml(["Yulianus", "Marthen", "Frans", "Yance", "Otis", "Natan", "Yakobus", "Demianus",
                    "Korneles", "Lukas", "Alpius", "Herman", "Yermias"], marga)
    return _ml(["Yosina", "Maria", "Ester", "Agustina", "Selfina", "Yuliana", "Regina", "Dorkas",
                "Naomi", "Ribka", "Mince"], marga)


def nm_dayak(sex):
    marga = ["Ingan", "Usat", "Lawing", "Nyaring", "Dimang", "Ajang", "Lenjau", "Ding", "Anyi",
             "Bilung", "Lahang", "Njuk", "Tingang", "Rubai", "Hanyi", "Lambung"]
    if sex == "M":
        return _ml(["Paulus", "Yohanes", "Darius", "Rudolf", "Andreas", "Agustinus", "Simon",
                    "Yosef", "Ardianus", "Markus", "Kristianus"], marga)
    return _ml(["Natalia", "Elisabeth", "Fransiska", "Maria", "Theresia", "Veronika", "Yustina",
                "Anastasia", "Lusia"], marga)


def nm_ntt(sex):
    marga = ["Nenobais", "Kolo", "Bria", "Bere", "Nahak", "Tefa", "Manehat", "Seran", "Taolin",
             "Nubatonis", "Amtiran", "Klau", "Tanesib", "Nifu", "Jehadu", "Jaman", "Nggeong",
             "Mbete", "Wangge", "Parera", "da Costa"]
    if sex == "M":
        return _ml(["Yohanis", "Agustinus", "Mikhael", "Petrus", "Yoseph", "Aleksander",
                    "Siprianus", "Marselinus", "Fransiskus", "Kornelis"], marga)
    return _ml(["Maria Goreti", "Yuliana", "Sofia", "Maria", "Martha", "Florentina", "Yasinta",
                "Imakulata", "Oktovina"], marga)


def nm_bugis(sex):
    if sex == "M":
        pre = ch(["Andi", "Andi", "Muh.", "Abd.", "Andi Muh.", "Muhammad", ""])
        n = ch(["Baso Tenriangke", "Arfah", "Ilham Syamsuddin", "Haris", "Rahman Patiroi", "Asri",
                "Yusran", "Amiruddin", "Jufri", "Syahrir", "Mappasessu", "Rusdi Pananrangi",
                "Alimuddin", "Nasrullah"])
        full = (pre + " " + n).strip()
        return full, n.split()[0]
    pre = ch(["Andi", "St.", "Sitti", "Andi", "Nur", "Hj"])
    if pre == "Hj":
        pre = ""
    n = ch(["Tenri Ajeng", "Hadijah", "Hasnah Paewa", "Nurul Fadillah", "Aminah", "Rahmawati",
            "Irma Sulistiani", "Marwah", "Nurhaedah", "Bunga Tenri", "Jumriah", "Darmawati"])
    if pre == "Nur" and n.startswith("Nur"):
        pre = "Andi"
    full = (pre + " " + n).strip()
    return full, n.split()[0]


def nm_buton(sex):
    if sex == "M":
        pre = ch(["La Ode", "La Ode Muhammad", "La", "La Ode"])
        n = ch(["Safar", "Rusdin", "Faizal", "Hasim", "Tani", "Madi", "Amir", "Kamaruddin", "Ikra"])
    else:
        pre = ch(["Wa Ode", "Wa Ode Sitti", "Wa", "Wa Ode"])
        n = ch(["Nurhayati", "Rahma", "Hasnia", "Kuri", "Saadia", "Nuriati", "Fitriani", "Murni"])
    return pre + " " + n, n


def nm_aceh(sex):
    if sex == "M":
        pre = ch(["Teuku", "Tengku", "", "", "Teuku"])
        n = ch(["Rizal Fahmi", "Muhammad Nasir", "Zulfikar", "Mahdi", "Munawar", "Fadhlullah",
                "Iskandar Muda Syah", "Hasbi", "Khairul Amri", "Mukhlis", "Safrizal"])
    else:
        pre = ch(["Cut", "Cut", "", ""])
        n = ch(["Mauliza", "Rahmi Safitri", "Nurul Husna", "Rosnani", "Fitriani", "Zahrul Fitri",
                "Intan Syarifah", "Raihanah", "Nurlaila"])
    full = (pre + " " + n).strip()
    return full, n.split()[0]


def nm_minang(sex):
    if sex == "M":
        f = ch(["Yusrizal", "Afrizal", "Zulfahmi", "Syafrudin", "Hendri", "Darman", "Efendi",
                "Yulizar", "Arman", "Rusdi", "Nofrizal"])
        suku = ch(["Koto", "Piliang", "Chaniago", "Sikumbang", "Tanjung", "Jambak", "Malayu",
                   "Guci", "Datuak Rajo Mangkuto", ""])
        return (f + " " + suku).strip(), f
    f = ch(["Nurhayati", "Yelfi", "Desmawati", "Rosmaini", "Yusnidar", "Elvi", "Rahmi",
            "Syofiarti", "Misrawati", "Yulnetti", "Ernawati"])
    if chance(0.5):
        return f, f
    return f + " " + ch(["Mardiana", "Sari", "Yanti", "Wahyuni", "Amelia", "Fitri"]), f


def nm_sasak(sex):
    s = ch(["Muhammad Sarapudin", "Zulkipli", "Hairul Anwar", "Sahnan", "Saparudin",
            "Lukmanul Hakim", "Muliadi", "Junaidi", "Rasyidi", "Jumahir"]) if sex == "M" else \
        ch(["Hurniati", "Rohani", "Mahnah", "Nurhasanah", "Sumiati", "Hapsah", "Rumenah",
            "Inaq Mariam"])
    if s.startswith("Inaq"):
        s = "Mariam"
    return s, s.split()[-1] if s.startswith("Muhammad") else s.split()[0]


def nm_madura(sex):
    s = ch(["Moh. Holil", "Moh. Rasid", "Abd. Hamid", "Moh. Syafi'i", "Sudarmo", "Matrawi",
            "Hosnan", "Fathorrahman", "Moh. Jakfar", "Ach. Rofiq"]) if sex == "M" else \
        ch(["Sitti Maimunah", "Hosniyah", "Siti Zubaidah", "Nur Aini", "Marsiyah", "Hatijah",
            "Jumaati", "Sitti Khotijah"])
    return s, s.split()[-1]


def nm_maluku(sex):
    marga = ["Pattinasarany", "Latuconsina", "Pattiasina", "Tuhumury", "Sahetapy", "Lewerissa",
             "Pelupessy", "Wattimena", "Tuasikal", "Ohorella", "Leiwakabessy", "Sopacua",
             "Tahapary", "Souisa"]
    if sex == "M":
        return _ml(["Johanis", "Abraham", "Yopi", "Semuel", "Frengky", "Ronald", "Hamid",
                    "Ridwan", "Max"], marga)
    return _ml(["Lenny", "Marlin", "Yohana", "Nona", "Fientje", "Salma", "Rosa", "Femmy"], marga)


def nm_gorontalo(sex):
    marga = ["Mohamad", "Hulopi", "Dunggio", "Mooduto", "Pakaya", "Olii", "Hiola", "Lamusu",
             "Katili", "Tangahu", "Gobel"]
    if sex == "M":
        return _ml(["Rahmat", "Yusuf", "Ismail", "Hamzah", "Arfan", "Risno", "Sofyan"], marga)
    return _ml(["Nurain", "Rahmawati", "Fadila", "Wirna", "Sartin", "Yulin"], marga)


def nm_banjar(sex):
    s = ch(["Muhammad Syarwani", "Ahmad Rifani", "Rahmadi", "Mahyuni", "Jailani", "Syahrani",
            "Fahrurrazi", "Abdul Basit"]) if sex == "M" else \
        ch(["Norhasanah", "Rusmini", "Mahmudah", "Siti Jamilah", "Masliani", "Noorhayati",
            "Rabiatul Adawiyah", "Jamilah"])
    return s, s.split()[0] if not s.startswith(("Muhammad", "Ahmad", "Abdul", "Siti")) else s.split()[-1]


def nm_melayu(sex):
    s = ch(["Syahrial Amran", "Rozali Hamid", "Azhar Ismail", "Mukhtar Daud", "Zainudin Yusof",
            "Khairil Anuar", "Jefri Alamsyah", "Rizwan Effendi"]) if sex == "M" else \
        ch(["Rosmawati", "Nurlela", "Zuraidah Hanum", "Siti Hajar", "Fauziah Rahman",
            "Rosnah Ismail", "Maimunah Daud", "Wan Nurul Ain"])
    return s, s.split()[0] if not s.startswith(("Siti", "Wan")) else s.split()[-1]


NAME_FN = {
    "jawa": nm_jawa, "sunda": nm_sunda, "batak": nm_batak, "nias": nm_nias,
    "minahasa": nm_minahasa, "tionghoa": nm_tionghoa, "arab": nm_arab, "bali": nm_bali,
    "papua": nm_papua, "dayak": nm_dayak, "ntt": nm_ntt, "bugis": nm_bugis, "buton": nm_buton,
    "aceh": nm_aceh, "minang": nm_minang, "sasak": nm_sasak, "madura": nm_madura,
    "maluku": nm_maluku, "gorontalo": nm_gorontalo, "banjar": nm_banjar, "melayu": nm_melayu,
}
TRAD_CITIES = {
    "jawa": ["Semarang", "Surakarta", "Klaten", "Yogyakarta", "Sleman", "Surabaya", "Malang",
             "Jember", "Jakarta Timur", "Depok", "Bekasi", "Tangerang", "Bandar Lampung",
             "Samarinda", "Jakarta Selatan", "Batam"],
    "sunda": ["Bandung", "Bogor", "Tasikmalaya", "Depok", "Bekasi", "Serang"],
    "batak": ["Medan", "Toba", "Jakarta Timur", "Pekanbaru", "Batam", "Bekasi"],
    "nias": ["Gunungsitoli", "Medan"],
    "minahasa": ["Manado", "Minahasa", "Jakarta Selatan"],
    "tionghoa": ["Medan", "Jakarta Selatan", "Pontianak", "Surabaya", "Pangkalpinang", "Semarang",
                 "Tangerang", "Makassar"],
    "arab": ["Jakarta Selatan", "Surabaya", "Pamekasan", "Palembang", "Surakarta", "Ambon"],
    "bali": ["Denpasar", "Buleleng", "Mataram"],
    "papua": ["Jayapura", "Manokwari", "Merauke", "Jayawijaya", "Sorong"],
    "dayak": ["Pontianak", "Palangka Raya", "Samarinda", "Tarakan"],
    "ntt": ["Kupang", "Timor Tengah Selatan", "Manggarai"],
    "bugis": ["Makassar", "Bone", "Kendari", "Mamuju", "Balikpapan", "Palu"],
    "buton": ["Baubau", "Kendari"],
    "aceh": ["Banda Aceh", "Aceh Besar", "Medan"],
    "minang": ["Padang", "Bukittinggi", "Pekanbaru", "Jakarta Timur"],
    "sasak": ["Mataram", "Lombok Tengah"],
    "madura": ["Pamekasan", "Surabaya", "Jember"],
    "maluku": ["Ambon", "Ternate"],
    "gorontalo": ["Gorontalo", "Palu", "Manado"],
    "banjar": ["Banjarmasin", "Samarinda", "Balikpapan"],
    "melayu": ["Pekanbaru", "Jambi", "Palembang", "Pangkalpinang", "Bengkulu", "Batam", "Pontianak"],
}
TRADS = list(NAME_FN)
MUSLIM_TRADS = ["jawa", "sunda", "bugis", "aceh", "minang", "madura", "sasak", "banjar", "melayu",
                "arab", "gorontalo", "buton"]
CHRISTIAN_TRADS = ["ntt", "minahasa", "batak", "dayak", "papua", "nias"]
EXPATS = [("Thomas Becker", "M"), ("Sophie van der Berg", "F"), ("Michael O'Connor", "M"),
          ("Hiroshi Tanaka", "M"), ("Emma Lindqvist", "F"), ("Lucas Moreau", "M"),
          ("James Whitfield", "M"), ("Anna Kowalska", "F"), ("Daniel Fischer", "M"),
          ("Chloé Martin", "F"), ("Pieter de Vries", "M"), ("Rebecca Hughes", "F"),
          ("Kenji Nakamura", "M"), ("Marco Bianchi", "M"), ("Liam Fraser", "M"),
          ("Olivia Brennan", "F"), ("Jean-Luc Girard", "M"), ("Ingrid Solberg", "F"),
          ("Mateo Fernández", "M"), ("Hannah Schmidt", "F"), ("Tom Ashworth", "M"),
          ("Yuki Sato", "F")]

USED_NAMES = set()


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if ord(c) < 128)


# ----------------------------------------------------------------------------- numbers
MOBILE_PREFIX = ["0811", "0812", "0813", "0821", "0822", "0823", "0851", "0852", "0853",
                 "0814", "0815", "0816", "0855", "0856", "0857", "0858", "0817", "0818", "0819",
                 "0859", "0877", "0878", "0831", "0832", "0833", "0838", "0895", "0896", "0897",
                 "0898", "0899", "0881", "0882", "0883", "0884", "0885", "0886", "0887", "0888",
                 "0889"]


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def fmt_mobile(d, f=None):
    f = f or ch(["plain", "plain", "plain", "dash", "dash", "space", "dot", "p62s", "p62",
                 "62", "paren", "grp3"])
    r = d[1:]
    if f == "plain":
        return d
    if f == "dash":
        return f"{d[:4]}-{d[4:8]}-{d[8:]}"
    if f == "space":
        return f"{d[:4]} {d[4:8]} {d[8:]}"
    if f == "dot":
        return f"{d[:4]}.{d[4:8]}.{d[8:]}"
    if f == "p62s":
        return f"+62 {r[:3]}-{r[3:7]}-{r[7:]}"
    if f == "p62":
        return "+62" + r
    if f == "62":
        return "62" + r
    if f == "paren":
        return f"(+62) {r[:3]} {r[3:7]} {r[7:]}"
    if f == "grp3":
        if len(d) >= 12:
            return f"{d[:4]} {d[4:7]} {d[7:10]} {d[10:]}"
        return f"{d[:4]} {d[4:7]} {d[7:]}"
    raise ValueError(f)


def fmt_land(area, local, f=None):
    f = f or ch(["paren", "paren", "dash", "parendash"])
    if f == "paren":
        return f"({area}) {local}"
    if f == "dash":
        return f"{area}-{local}"
    if f == "parendash":
        return f"({area}) {local[:3]}-{local[3:]}"
    raise ValueError(f)


def fmt16(d, f=None):
    f = f or ch(["plain", "plain", "plain", "plain", "sp", "dash", "dot"])
    if f == "plain":
        return d
    if f == "sp":
        return " ".join(d[i:i + 4] for i in range(0, 16, 4))
    if f == "dash":
        return "-".join(d[i:i + 4] for i in range(0, 16, 4))
    if f == "dot":
        return f"{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:12]}.{d[12:]}"
    raise ValueError(f)


TYPO_STATE = {"nik": 0, "typo": 0}

BANKS10 = ["BNI", "BCA", "BSI", "Bank Jatim", "Bank Nagari", "Bank Sumut", "Bank Papua",
           "Bank NTT", "Bank Kalbar", "Bank Sulselbar", "BPD Bali", "Bank Aceh Syariah", "Bank DKI"]


def bank_number(bank):
    if bank == "BRI":
        d = digits(4) + f"{R.randint(1, 99):02d}" + digits(6) + f"{R.randint(10, 99)}" + str(R.randint(0, 9))
        if chance(0.6):
            return f"{d[:4]}-{d[4:6]}-{d[6:12]}-{d[12:14]}-{d[14]}"
        return d
    if bank == "Mandiri":
        d = "1" + digits(2) + "00" + digits(8)
        if chance(0.5):
            return f"{d[:3]}-{d[3:5]}-{d[5:12]}-{d[12]}"
        return d
    if bank == "CIMB Niaga":
        return "70" + digits(R.choice([11, 12]))
    if bank == "BTN":
        return "00" + digits(14)
    # 10-digit banks
    d = str(R.randint(1, 9)) + digits(9)
    if bank == "BCA" and chance(0.3):
        return f"{d[:3]}-{d[3:6]}-{d[6:]}"
    return d


# ----------------------------------------------------------------------------- addresses
STREETS = ["Kenanga", "Melati", "Cempaka", "Flamboyan", "Mawar", "Anggrek", "Sawo", "Mangga",
           "Rambutan", "Durian", "Nangka", "Seroja", "Teratai", "Dahlia", "Kamboja", "Nusa Indah",
           "Merpati", "Kutilang", "Cendrawasih", "Rajawali", "Beringin", "Asoka", "Cemara", "Pala",
           "Cengkeh", "Damar", "Gaharu", "Salak", "Jambu", "Belimbing", "Bakung", "Kemuning",
           "Sirsak", "Pelita", "Swadaya", "Gotong Royong", "Pendidikan", "Pramuka", "Perintis",
           "Harapan", "Sentosa", "Bhakti", "Manunggal", "Delima", "Srikaya", "Matahari"]
HERO_STREETS = ["Teuku Umar", "Diponegoro", "Pattimura", "Sisingamangaraja", "Ahmad Yani",
                "Sam Ratulangi", "Cut Nyak Dhien", "Pangeran Antasari", "Imam Bonjol",
                "Dr. Wahidin", "Hasanuddin", "Gajah Mada"]
PERUM = ["Griya Asri", "Bumi Indah", "Taman Sari", "Puri Harmoni", "Villa Mutiara",
         "Graha Permai", "Citra Lestari", "Bukit Hijau", "Pesona Alam", "Grand Sentosa",
         "Pondok Hijau", "Taman Cemara", "Griya Permata"]
HAMLETS = ["Krajan", "Ngemplak", "Sumberjo", "Karanganyar", "Sidorejo", "Tegalsari", "Kedungsari",
           "Gunungsari", "Sukamulya", "Babakan", "Pasir Eurih", "Wonosari", "Kauman", "Jatirejo"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"]


def rtrw(f=None):
    rt, rw = R.randint(1, 15), R.randint(1, 12)
    f = f or ch(["slash", "slash2", "sp3", "dot", "plain", "short"])
    if f == "slash":
        return f"RT {rt:02d}/RW {rw:02d}"
    if f == "slash2":
        return f"RT {rt:03d}/RW {rw:03d}"
    if f == "sp3":
        return f"RT {rt:03d} RW {rw:03d}"
    if f == "dot":
        return f"RT. {rt:02d} RW. {rw:02d}"
    if f == "plain":
        return f"RT {rt} RW {rw}"
    if f == "short":
        return f"RT {rt:02d}/{rw:02d}"
    raise ValueError(f)


def house_no():
    n = R.randint(1, 148)
    return ch([str(n), str(n), str(n), f"{n}A", f"{n}B", f"{n}/{R.randint(2, 9)}"])


def make_address(city, kind=None, hero_ok=True):
    """Return (address_value, area_text). area_text starts with ', ' and is not PII."""
    kel = REG[city][5]
    k = kind or ch(["jl", "jl", "jl", "jlgg", "gg", "perum", "komp", "btn", "dusun", "kp", "lr"])
    no = house_no()
    street = ch(HERO_STREETS) if (hero_ok and chance(0.12)) else ch(STREETS)
    rr = rtrw() if chance(0.55) else ""
    sep = ch([" ", " ", ", "])
    if k == "jl":
        a = f"{ch(['Jl.', 'Jl.', 'Jl.', 'Jln.', 'Jalan'])} {street} {ch(['No.', 'No.', 'No', 'no.', 'Nomor'])} {no}"
        if rr:
            a += sep + rr
    elif k == "jlgg":
        a = f"Jl. {street} Gg. {ch(STREETS)} {ch(ROMAN)} No. {no}"
        if rr:
            a += sep + rr
    elif k == "gg":
        a = f"Gg. {ch(STREETS)} {ch(['No.', 'No'])} {no} {rtrw()}"
    elif k == "perum":
        a = f"Perum {ch(PERUM)} Blok {ch('ABCDEFGHJK')}{R.randint(1, 12)} No. {R.randint(1, 40)}"
    elif k == "komp":
        a = f"{ch(['Komp.', 'Kompleks'])} {ch(PERUM)} Blok {ch('ABCDEFGH')} No. {R.randint(1, 60)}"
    elif k == "btn":
        a = f"BTN {ch(PERUM)} Blok {ch('ABCDEFGHJK')} No. {R.randint(1, 30)}"
    elif k == "dusun":
        a = f"{ch(['Dusun', 'Dsn.', 'Dusun'])} {ch(HAMLETS)} {rtrw()}"
    elif k == "kp":
        a = f"Kp. {ch(HAMLETS)} {rtrw(ch(['short', 'slash', 'plain']))}"
    elif k == "lr":
        a = f"Lr. {ch(STREETS)} No. {no}"
        if rr:
            a += sep + rr
    else:
        raise ValueError(k)
    desa = kel[R.randrange(len(kel))]
    kec = kel[(kel.index(desa) + 1) % len(kel)]
    if k in ("dusun", "kp"):
        area = f", Desa {desa}, Kec. {kec}, {area_name(city)}"
    else:
        area = ch([f", Kel. {desa}, Kec. {kec}, {area_name(city)}",
                   f", Kelurahan {desa}, {area_name(city)}",
                   f", {desa}, {area_name(city, True)}",
                   f", Kel. {desa}, {area_name(city)} {R.randint(1, 9)}{digits(4)}"])
    return a, area


# ----------------------------------------------------------------------------- persons
class Person:
    def __init__(self, trad=None, sex=None, y0=1958, y1=2002, city=None, expat=None):
        if expat:
            self.trad = "expat"
            self.sex = expat[1]
            self.full = expat[0]
            self.call = expat[0].split()[0]
        else:
            self.trad = trad or ch(TRADS)
            self.sex = sex or ch("MF")
            for _ in range(50):
                full, call = NAME_FN[self.trad](self.sex)
                if full not in USED_NAMES or chance(0.02):
                    break
            USED_NAMES.add(full)
            self.full, self.call = full, call
        if self.trad == "expat":
            self.city = city or ch(["Denpasar", "Jakarta Selatan", "Yogyakarta", "Bandung",
                                    "Mataram", "Buleleng", "Tangerang", "Sleman"])
        else:
            self.city = city or ch(TRAD_CITIES[self.trad])
        r = REG[self.city]
        self.prov, self.kab, self.area = r[0], r[1], r[3]
        self.kec = R.randint(1, 22)
        self.dob = rdate(y0, y1)
        self.serial = ch([R.randint(1, 9), R.randint(1, 60), R.randint(1, 800)])
        self._mobile = None
        self._land = None
        self._kk = None
        self._npwp = None
        self._bpjs = None
        self._nip = None
        self._passport = None
        self._email = None
        self._handle = None
        self._plate = None
        self._addr = None
        self._acct = {}

    # NIK -------------------------------------------------------------
    def nik_digits(self):
        dd = self.dob.day + (40 if self.sex == "F" else 0)
        return (f"{self.prov:02d}{self.kab:02d}{self.kec:02d}{dd:02d}{self.dob.month:02d}"
                f"{self.dob.year % 100:02d}{self.serial:04d}")

    def nik(self, f=None, typo=None):
        d = self.nik_digits()
        TYPO_STATE["nik"] += 1
        if typo is None:
            typo = chance(0.055)
        if typo:
            TYPO_STATE["typo"] += 1
            pos = R.randint(3, 15)
            if chance(0.5):
                d = d[:pos] + d[pos + 1:]          # 15 digits
            else:
                d = d[:pos] + d[pos] + d[pos:]     # 17 digits
            return (d, "NIK")
        return (fmt16(d, f), "NIK")

    def kk_digits(self):
        if self._kk is None:
            issue = rdate(2008, 2025)
            self._kk = (f"{self.prov:02d}{self.kab:02d}{self.kec:02d}{issue.day:02d}"
                        f"{issue.month:02d}{issue.year % 100:02d}{R.randint(1, 9999):04d}")
        return self._kk

    def set_kk_issue(self, d):
        self._kk = (f"{self.prov:02d}{self.kab:02d}{self.kec:02d}{d.day:02d}"
                    f"{d.month:02d}{d.year % 100:02d}{R.randint(1, 9999):04d}")

    def kk(self, f=None):
        return (fmt16(self.kk_digits(), f), "KK")

    # NPWP ------------------------------------------------------------
    def npwp(self, f=None):
        if self._npwp is None:
            self._npwp = f"0{R.randint(4, 9)}" + digits(7) + digits(3) + "000"
        d = self._npwp
        f = f or ch(["old", "old", "old", "plain", "p16", "nik"])
        if f == "old":
            return (f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}", "NPWP")
        if f == "plain":
            return (d, "NPWP")
        if f == "p16":
            return ("0" + d, "NPWP")
        if f == "nik":
            return (fmt16(self.nik_digits(), ch(["plain", "plain", "sp"])), "NPWP")
        raise ValueError(f)

    # phones ----------------------------------------------------------
    def mobile_digits(self):
        if self._mobile is None:
            pre = ch(MOBILE_PREFIX)
            n = ch([11, 12, 12, 12, 13])
            self._mobile = pre + digits(n - 4)
        return self._mobile

    def phone(self, f=None):
        return (fmt_mobile(self.mobile_digits(), f), "PHONE")

    def land(self, f=None):
        if self._land is None:
            n = 8 if self.area == "021" else ch([6, 7])
            self._land = str(R.randint(2, 8)) + digits(n - 1)
        return (fmt_land(self.area, self._land, f), "PHONE")

    # e-mail / handle -------------------------------------------------
    def _parts(self):
        toks = [t for t in re.split(r"[\s.'\-]+", ascii_fold(self.full).lower()) if t]
        drop = {"i", "ni", "luh", "bin", "binti", "br", "boru", "la", "wa", "ode", "st", "muh",
                "abd", "moh", "ach", "ida", "anak", "agung", "gusti", "cokorda", "teuku",
                "tengku", "cut", "andi", "van", "der", "de", "da"}
        core = [t for t in toks if t not in drop] or toks
        return core

    def email(self, domain=None):
        if self._email is None:
            c = self._parts()
            yy = f"{self.dob.year % 100:02d}"
            first, last = c[0], c[-1]
            local = ch([f"{first}.{last}", f"{first}{last}{yy}", f"{first}_{last}", f"{first}{yy}",
                        f"{first[0]}{last}", f"{last}.{first}{R.randint(1, 99)}",
                        f"{first}.{last}{self.dob.year}"])
            if len(c) == 1:
                local = ch([f"{first}{yy}", f"{first}.{self.city.split()[0].lower()}",
                            f"{first}{self.dob.year}"])
            dom = domain or ch(["gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.co.id",
                                "yahoo.com", "ymail.com", "outlook.com", "hotmail.com",
                                "icloud.com", "proton.me"])
            self._email = f"{local}@{dom}"
        return (self._email, "EMAIL")

    def handle(self):
        if self._handle is None:
            c = self._parts()
            first, last = c[0], c[-1]
            h = ch([f"{first}_{last}", f"{first}{last}", f"{first}.{last}", f"{first}{R.randint(10, 99)}",
                    f"{last}_{first[0]}", f"{first}_{self.city.split()[0].lower()}",
                    f"its{first}", f"{first}.{last}{R.randint(1, 9)}"])
            self._handle = "@" + h
        return (self._handle, "HANDLE")

    # others ----------------------------------------------------------
    def dob_(self, f=None):
        return (fdate(self.dob, f), "DATE_OF_BIRTH")

    def nip(self, f=None, tmt=None):
        if self._nip is None:
            if tmt is None:
                ty = min(2025, self.dob.year + R.randint(23, 33))
                tmt = (ty, R.choice([1, 2, 3, 4, 6, 10, 12]))
            sx = "1" if self.sex == "M" else "2"
            self._nip = (f"{self.dob.year}{self.dob.month:02d}{self.dob.day:02d}{tmt[0]}{tmt[1]:02d}"
                         f"{sx}{R.randint(1, 9):03d}")
        d = self._nip
        f = f or ch(["sp", "sp", "plain"])
        if f == "sp":
            return (f"{d[:8]} {d[8:14]} {d[14]} {d[15:]}", "NIP")
        return (d, "NIP")

    def bpjs(self, f=None):
        if self._bpjs is None:
            self._bpjs = "000" + digits(10)
        d = self._bpjs
        f = f or ch(["plain", "plain", "sp"])
        if f == "sp":
            return (f"{d[:4]} {d[4:8]} {d[8:12]} {d[12]}", "BPJS")
        return (d, "BPJS")

    def passport(self, f=None):
        if self._passport is None:
            self._passport = ch("ABCCEXX") + digits(7)
        d = self._passport
        f = f or ch(["plain", "plain", "sp"])
        if f == "sp":
            return (d[0] + " " + d[1:], "PASSPORT")
        return (d, "PASSPORT")

    def plate(self, f=None, code=None):
        if self._plate is None:
            code = code or ch(REG[self.city][4])
            n = R.randint(1, 9999) if len(code) == 1 else R.randint(1, 9999)
            suf = "".join(ch("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(ch([1, 2, 2, 3, 3])))
            self._plate = (code, str(n), suf)
        c, n, s = self._plate
        f = f or ch(["sp", "sp", "sp", "sp", "glued", "dash", "lower"])
        if f == "sp":
            return (f"{c} {n} {s}", "PLATE")
        if f == "glued":
            return (f"{c}{n}{s}", "PLATE")
        if f == "dash":
            return (f"{c}-{n}-{s}", "PLATE")
        if f == "lower":
            return (f"{c} {n} {s}".lower(), "PLATE")
        raise ValueError(f)

    def acct(self, bank):
        if bank not in self._acct:
            self._acct[bank] = bank_number(bank)
        return (self._acct[bank], "BANK_ACCOUNT")

    def addr(self, kind=None):
        """[ (address, ADDRESS), area-text ]"""
        if self._addr is None or kind is not None:
            self._addr = make_address(self.city, kind)
        a, area = self._addr
        return [(a, "ADDRESS"), area]

    def name(self):
        return (self.full, "PERSON")

    def cn(self):
        return (self.call, "PERSON")

    def hon(self, formal=True):
        if self.sex == "M":
            return ch(["Bapak", "Bapak", "Sdr."]) if formal else ch(["Pak", "Pak", "Bang", "Mas"])
        return ch(["Ibu", "Ibu", "Sdri."]) if formal else ch(["Bu", "Bu", "Kak", "Mbak"])


def lone_plate(code=None, f=None):
    """A plate not tied to a named person."""
    city = ch(list(REG))
    p = Person.__new__(Person)
    p.city = city
    p._plate = None
    return p.plate(f, code)


def greet():
    return ch(["Selamat pagi.", "Selamat siang,", "Assalamualaikum wr. wb.", "Yth. Admin LAPOR!,",
               "Dengan hormat,", "Permisi admin,", "Salam sejahtera.", "Selamat malam.",
               "Mohon izin melapor.", "Yth. Bapak/Ibu petugas,"])


def thanks():
    return ch(["Terima kasih.", "Mohon ditindaklanjuti.", "Atas perhatiannya saya ucapkan terima kasih.",
               "Mohon segera dibantu.", "Wassalam.", "Mohon ditindak tegas.", "Terima kasih banyak.",
               "Mohon kejelasannya.", "Saya tunggu tindak lanjutnya."])


# ============================================================================= styles
# Each style function takes (i, pii) and returns dict(pieces=[...], case=None|"upper"|"lower",
# channel=...).  Pieces are str, (value, LABEL) or (value, NM); lists nest.

def misspell(name):
    """A plausible clerical misspelling of a name (still a PERSON value)."""
    subs = [("u", "oe"), ("y", "i"), ("i", "y"), ("a", "o"), ("hm", "m"), ("mm", "m"),
            ("dj", "j"), ("e", "i"), ("o", "u"), ("ti", "thi")]
    toks = name.split(" ")
    idx = [k for k, t in enumerate(toks) if len(t) > 3 and t[0].isupper() and "." not in t]
    if not idx:
        return name + "h"
    k = idx[-1] if chance(0.6) else idx[0]
    t = toks[k]
    for a, b in R.sample(subs, len(subs)):
        if a in t[1:]:
            j = t.index(a, 1)
            toks[k] = t[:j] + b + t[j + len(a):]
            return " ".join(toks)
    toks[k] = t + t[-1]
    return " ".join(toks)


def long_pad(pieces, paras, tail):
    """Long letter: head + body paragraphs (kept in order; optional ones may be skipped) + tail,
    grown until the UTF-8 size reaches a random target in 2.1-3.8 KB.  Returned dict is marked
    long=True and the build step checks 2048 <= bytes <= 4096."""
    target = R.randint(2150, 3800)
    out = list(pieces)
    for para in paras:
        if blen(out) + blen(tail) >= target:
            break
        out.extend(["\n\n"] + list(para))
    return out + list(tail)


def flat(pieces):
    for p in pieces:
        if p is None:
            continue
        if isinstance(p, list):
            yield from flat(p)
        else:
            yield p


def blen(pieces):
    return sum(len((p if isinstance(p, str) else p[0]).encode("utf-8")) for p in flat(pieces))


# ----------------------------------------------------------------------------- 1 dukcapil
def st_dukcapil(i, pii):
    if not pii:
        city = ch(list(REG))
        k = i
        if k == 0:
            return dict(channel="web", pieces=[
                "Pelayanan perekaman KTP-el di Disdukcapil ", area_name(city), " sangat lambat. Tanggal ",
                event_date("long"), " saya datang pukul 07.30, dapat nomor antrean B-", str(R.randint(100, 190)),
                ", baru dipanggil pukul 14.10. Dari 6 loket hanya 2 yang buka. Sesuai Permendagri No. 95 Tahun 2019 "
                "seharusnya ada standar waktu layanan. Laporan saya sebelumnya ", nm(ticket7()),
                " juga belum dijawab sampai hari ini."])
        if k == 1:
            return dict(channel="app", pieces=[
                "NIK saya sudah dicek di 3 aplikasi (IKD, cek bansos, dan aplikasi BPJS) hasilnya tetap "
                "\"data tidak ditemukan\". Nomor laporan ", nm(ticket16()), ". Kenapa warga harus bolak-balik "
                "ke kantor padahal UU No. 24 Tahun 2013 mewajibkan pelayanan adminduk gratis dan cepat? "
                "Sudah 4 kali sejak ", event_date("long"), ", ongkos ojek pulang pergi ", rupiah(15000, 75000), "."])
        if k == 2:
            return dict(channel="web", pieces=[
                "Blanko KTP-el di Kecamatan ", REG[city][5][0], " kosong sejak ", event_date("long"),
                ". Sekitar ", f"{R.randint(1, 3)}.{R.randint(100, 999)}", " warga menunggu, termasuk ",
                str(R.randint(120, 480)), " KK terdampak banjir bulan lalu yang dokumennya hanyut. Warga hanya diberi "
                "surat keterangan (Suket) yang berlaku 6 bulan. Call center ", nm("1500-537"),
                " tidak pernah diangkat, nomor pengaduan lama ", nm(ticket8()), " juga tidak ada kabar."])
        if k == 3:
            c2 = city.lower().replace(" ", "")
            return dict(channel="email", pieces=[
                "Kepada Disdukcapil ", area_name(city), ",\n\nSaya sudah mengirim berkas perbaikan akta "
                "ke ", nm(f"pengaduan@disdukcapil.{c2}.go.id"), " tanggal ", event_date("dash"),
                " dan mention akun ", nm(f"@dukcapil_{c2}"), " di Instagram, tetapi belum ada balasan. "
                "Antrean online dibuka tiap Senin pukul 08.00 dengan kuota 150 orang per hari dan selalu habis "
                "dalam 3 menit. Mohon kuota ditambah atau dibuka loket khusus lansia.\n\nSalam,\nWarga ",
                REG[city][5][1]])
        return dict(channel="social", pieces=[
            "Jemput bola perekaman KTP-el di Balai RW 07 (RT 04) tanggal ", event_date("long"),
            " batal mendadak. Padahal sudah diumumkan lewat toa masjid dan ada ", str(R.randint(60, 200)),
            " lansia yang menunggu di pinggir Jl. Jenderal Sudirman km ", str(R.randint(2, 9)),
            ". Lalu di loket akta kelahiran dipungut ", rupiah(), " padahal gratis menurut Perpres 96/2018. "
            "#DukcapilGoDigital #LAPOR"])
    k = i % 8
    p = Person(y0=1960, y1=2004)
    if k == 0:
        wrong = misspell(p.full)
        return dict(channel="web", pieces=[
            greet(), " Saya ", p.name(), ", NIK ", p.nik(), ". Nama saya di KTP-el tercetak \"", per(wrong),
            "\", padahal di akta kelahiran dan ijazah tertulis \"", p.name(), "\". Sudah mengajukan perbaikan ke "
            "Disdukcapil ", area_name(p.city), " tanggal ", event_date(), " dengan nomor antrean A-0",
            str(R.randint(10, 99)), " tetapi sampai sekarang belum ada kabar. Mohon dibantu, HP/WA ", p.phone(), "."])
    if k == 1:
        mom = Person(sex="F", y0=1985, y1=2000)
        dad = Person(sex="M", trad=mom.trad if chance(0.6) else None, city=mom.city, y0=1980, y1=1998)
        kid = Person(sex=ch("MF"), trad=dad.trad, city=mom.city, y0=2025, y1=2025)
        return dict(channel="web", pieces=[
            "Anak kami ", kid.name(), " lahir ", kid.dob_(), " di puskesmas, tetapi akta kelahirannya belum terbit "
            "sampai sekarang. No. KK ", mom.kk(), ", NIK ibu ", mom.nik(), ". Nama ayah pada draf akta salah ketik "
            "menjadi ", per(misspell(dad.full)), ", seharusnya ", dad.name(), ". Kami tinggal di ", mom.addr(),
            ". Kontak ", mom.phone(), " (", mom.cn(), ")."])
    if k == 2:
        off = Person(city=p.city)
        head = [
            "Kepada Yth.\nKepala Dinas Kependudukan dan Pencatatan Sipil ", area_name(p.city), "\ndi tempat\n\n"
            "Perihal: Permohonan perbaikan tanggal lahir pada Kartu Keluarga\n\nDengan hormat,\n"
            "Yang bertanda tangan di bawah ini:\nNama              : ", p.name(),
            "\nTempat/Tgl. Lahir : ", area_name(p.city, True), ", ", p.dob_(),
            "\nNIK               : ", p.nik(), "\nNo. KK            : ", p.kk(),
            "\nAlamat            : ", p.addr(), "\nNo. HP            : ", p.phone(),
            "\nE-mail            : ", p.email(), "\n\n"
            "dengan ini mengajukan permohonan perbaikan data pada Kartu Keluarga. Pada KK yang terbit "
            "bulan lalu, tahun lahir saya tertulis ", str(p.dob.year + ch([-10, 9, 1, -1])),
            ", padahal pada akta kelahiran, ijazah, dan KTP-el tertulis ", str(p.dob.year), "."]
        paras = [
            ["Kesalahan ini berakibat pada pendaftaran BPJS Kesehatan dan rekening bank saya yang ditolak "
             "karena data tidak padan. Saya sudah datang ke kantor Disdukcapil pada ", event_date("long"), " dan ",
             event_date("long"), ". Pada kedatangan kedua saya dilayani oleh petugas bernama ", off.hon(),
             " ", off.name(), " yang menyatakan bahwa perbaikan hanya bisa dilakukan setelah ada surat "
             "pengantar dari kelurahan, padahal surat pengantar sudah saya lampirkan sejak awal."],
            ["Menurut informasi yang saya baca, perubahan elemen data penduduk diatur dalam Permendagri "
             "No. 108 Tahun 2019 dan Permendagri No. 7 Tahun 2019 tentang pelayanan administrasi kependudukan "
             "secara daring. Di situ disebutkan bahwa perbaikan data karena kesalahan petugas tidak dipungut "
             "biaya dan harus selesai dalam waktu yang wajar. Namun saya diminta membayar ", rupiah(150000, 1500000),
             " untuk \"biaya percepatan\" yang tidak disertai kuitansi."],
            ["Saya juga sudah mengirim laporan melalui kanal LAPOR! dengan nomor ", nm(ticket8()),
             " dan melalui surel resmi dinas, tetapi status laporan masih \"diproses\" tanpa keterangan. "
             "Antrean di loket 4 setiap pagi mencapai lebih dari ", str(R.randint(80, 160)),
             " orang, dan banyak warga lansia yang harus datang berkali-kali."],
            ["Sebagai bahan pertimbangan, bersama surat ini saya lampirkan fotokopi akta kelahiran, ijazah "
             "SMA, KTP-el, KK lama dan KK baru, serta surat pengantar RT/RW. Apabila diperlukan pemeriksaan "
             "dokumen asli, saya bersedia datang kembali pada hari kerja. Mohon kiranya saya diberi jadwal "
             "yang pasti agar tidak perlu mengambil cuti berulang kali dari tempat kerja saya."],
            ["Saya berharap Bapak/Ibu dapat memberikan perhatian pada kasus ini karena kesalahan serupa "
             "juga dialami beberapa tetangga di lingkungan kami. Perbaikan yang cepat akan sangat membantu "
             "warga yang membutuhkan KK untuk mendaftarkan anak sekolah dalam SPMB ", str(R.choice([2026, 2026, 2025])),
             " yang jadwalnya sudah dekat."],
            ["Sebagai informasi tambahan, petugas di kelurahan sudah memverifikasi bahwa data di SIAK "
             "berbeda dengan dokumen fisik. Petugas kelurahan menyarankan saya menyampaikan pengaduan "
             "resmi secara tertulis, dan itulah yang saya lakukan melalui surat ini."],
            ["Perlu saya sampaikan pula bahwa kesalahan tahun lahir ini membuat usia saya di sistem "
             "tercatat berbeda hampir satu dasawarsa. Akibatnya, ketika saya mendaftar program pelatihan "
             "kerja di balai latihan kerja, sistem menolak karena usia saya dianggap melewati batas. "
             "Kesempatan itu tidak dapat diulang karena kuotanya sudah terisi."],
            ["Saya memahami bahwa petugas dinas melayani ribuan warga setiap bulannya. Namun saya berharap "
             "ada mekanisme yang lebih jelas bagi warga yang datanya salah karena kekeliruan input, "
             "misalnya loket khusus perbaikan data atau layanan daring yang benar-benar dapat dipantau "
             "statusnya, sehingga warga tidak perlu datang berulang kali hanya untuk menanyakan kabar."],
            ["Apabila dalam proses pemeriksaan ternyata diperlukan saksi, orang tua saya masih dapat "
             "dimintai keterangan, dan bidan yang membantu persalinan saya juga masih tinggal di "
             "lingkungan yang sama. Surat keterangan lahir dari bidan tersebut masih saya simpan."],
        ]
        tail = ["\n\nDemikian permohonan ini saya sampaikan. Atas perhatian dan bantuan Bapak/Ibu, "
                "saya ucapkan terima kasih.\n\nHormat saya,\n\n\n", p.name()]
        return dict(channel="letter", long=True, pieces=long_pad(head, paras, tail))
    if k == 3:
        if i >= 8:
            return dict(channel="sms", pieces=["KTP blm jadi. NIK ", p.nik("plain", typo=False), ". ", p.cn()])
        return dict(channel="sms", pieces=[
            "Yth Dukcapil, KTP-el sy blm jadi sjk ", ch(BLN), " 2025. NIK ", p.nik(ch(["plain", "plain", "sp"]), typo=False),
            " a.n. ", p.name(), ". Mhn info. ", p.phone(ch(["plain", "dash"]))])
    if k == 4:
        ex = Person(sex="M" if p.sex == "F" else "F", city=p.city)
        kid = Person(trad=ex.trad if p.sex == "F" else p.trad, city=p.city, y0=2010, y1=2018)
        off = Person(city=p.city)
        return dict(channel="web", pieces=[
            "Setelah resmi bercerai dengan ", ex.name(), " (putusan Pengadilan Agama ", area_name(p.city, True),
            " nomor ", nm(f"{R.randint(100, 2999)}/Pdt.G/2025/PA.{p.city[:3]}"), "), saya mengurus pisah KK. "
            "KK lama ", ex.kk(), " masih memuat nama saya dan anak kami ", kid.name(), ". Petugas bernama ",
            off.name(), " meminta surat keterangan dari RT padahal akta cerai sudah ada. NIK saya ",
            p.nik(), ", alamat baru ", p.addr(), ". ", thanks()])
    if k == 5:
        dad = Person(sex="M", trad=p.trad, city=p.city, y0=1938, y1=1955)
        return dict(channel="whatsapp", pieces=[
            "Assalamualaikum. Ayah saya almarhum ", dad.name(), " (NIK ", dad.nik(), ", lahir ", dad.dob_(),
            ") meninggal ", event_date("long"), " di rumah, ", dad.addr(),
            ". Akta kematian belum bisa diproses karena katanya data beliau \"terblokir ganda\". "
            "Tolong dibantu karena kami perlu untuk urus pensiun. Saya anaknya, ", p.name(), ", WA ",
            p.phone(), "."])
    if k == 6:
        alt = Person(city=p.city)
        return dict(channel="app", pieces=[
            "Aktivasi IKD (KTP digital) gagal terus. Email verifikasi tidak pernah masuk ke ", p.email(),
            ", sudah dicoba ganti ke email anak saya ", alt.email(), " juga sama. Pesan error: \"NIK tidak "
            "sesuai\". NIK saya ", p.nik(), ", nomor HP terdaftar ", p.phone(), ". Atas nama ", p.name(), "."])
    mom = Person(sex="F", trad=p.trad, city=p.city, y0=1940, y1=1960)
    return dict(channel="whatsapp", case="upper", pieces=[
        "MIN KK SAYA ", p.kk(), " KOK MASIH ADA NAMA ALMARHUMAH IBU ", mom.name(),
        " PADAHAL SUDAH LAPOR KEMATIAN DARI TAHUN LALU. TOLONG DIBANTU. ", p.name(), " ", p.phone()])


# ----------------------------------------------------------------------------- 2 casn
def st_casn(i, pii):
    if not pii:
        if i == 0:
            return dict(channel="web", pieces=[
                "Pengumuman hasil seleksi PPPK tahap II formasi guru di kabupaten kami mundur dari ",
                event_date("long"), " menjadi ", event_date("long"), " tanpa penjelasan. Ada ",
                f"1.{R.randint(100, 999)}", " peserta yang menunggu. Sesuai PermenPAN-RB No. 6 Tahun 2024 "
                "jadwal harus diumumkan terbuka. Helpdesk ", nm("1500-795"), " hanya menjawab \"sabar\". "
                "Nomor tiket saya ", nm(ticket7()), "."])
        if i == 1:
            return dict(channel="email", pieces=[
                "Yth. Panitia Seleksi CASN,\n\nPassing grade SKD tahun ini 65/80/166, tetapi di portal "
                "tertulis nilai TIU minimal 85. Mana yang benar? Sudah saya tanyakan ke ",
                nm("helpdesk.sscasn@bkn.go.id"), " dan ke akun ", nm("@bkngoid"),
                " sejak ", event_date("dash"), ". Mohon diperjelas sebelum masa sanggah berakhir "
                "tanggal ", event_date("long"), ".\n\nTerima kasih."])
        if i == 2:
            return dict(channel="social", pieces=[
                "Formasi CPNS 2025 untuk lulusan D-III Keperawatan cuma ", str(R.randint(3, 12)),
                " kursi se-provinsi, padahal tenaga honorer di RSUD dr. Soedarso saja ada lebih dari ",
                str(R.randint(150, 400)), " orang. Usia maksimal 35 tahun per ", event_date("long"),
                ". NIP-nya baru terbit setahun kemudian pula. #CASN2025 #honorer"])
        if i == 3:
            return dict(channel="web", pieces=[
                "Lowongan di situs yang mengatasnamakan BUMN meminta \"biaya seragam dan pelatihan\" ",
                rupiah(), " ditransfer ke virtual account yang berganti-ganti setiap hari"
                ". Ini pasti penipuan karena rekrutmen bersama BUMN 2026 gratis. Tolong diblokir situsnya, "
                "sudah ", str(R.randint(20, 90)), " orang di grup alumni kami yang tertipu. Laporan ke "
                "patrolisiber sudah dengan nomor ", nm(ticket8()), "."])
        return dict(channel="whatsapp", pieces=[
            "Min, optimalisasi formasi PPPK paruh waktu kapan diumumkan? Di SK Bupati No. ",
            nm(f"800.1.2.3/{R.randint(100, 999)}/BKPSDM/2026"), " disebut gaji Rp2,1 juta tapi sampai ",
            event_date("long"), " belum ada yang cair. Di kantor ada 48 orang senasib. Helpdesk 1708 "
            "katanya bukan wewenang mereka 🙏"])
    k = i % 7
    p = Person(y0=1992, y1=2003)
    if k == 0:
        return dict(channel="web", pieces=[
            greet(), " Akun SSCASN saya terkunci setelah salah unggah pas foto. Email terdaftar ", p.email(),
            " tidak menerima kode OTP, padahal batas unggah dokumen tanggal ", event_date("long"),
            ". Data: ", p.name(), ", NIK ", p.nik(), ", lahir ", p.dob_(), ". Mohon akun dibuka kembali. HP ",
            p.phone(), "."])
    if k == 1:
        p = Person(y0=1994, y1=2000)
        kasubag = Person(y0=1970, y1=1982)
        return dict(channel="email", pieces=[
            "Kepada BKPSDM ", area_name(p.city), ",\n\nSaya CPNS formasi 2024, NIP ",
            p.nip(tmt=(2025, ch([3, 4, 6]))), ", belum menerima TPP sejak ", ch(BULAN), " 2025. Menurut "
            "Kasubag Kepegawaian, ", kasubag.hon(), " ", kasubag.name(), " (NIP ", kasubag.nip(),
            "), berkas saya \"tercecer\". Mohon dicek. Rekening gaji saya ", ch(["BRI", "Bank Jatim", "BNI"]),
            " sudah terdaftar.\n\nHormat saya,\n", p.name(), "\n", p.phone()])
    if k == 2:
        p = Person(y0=1986, y1=1992)
        ks = Person(y0=1965, y1=1978)
        return dict(channel="web", pieces=[
            "Nama saya ", p.name(), ", guru honorer sejak 2012 di sekolah dasar di ", area_name(p.city),
            ". Nama saya tidak muncul di pangkalan data non-ASN BKN padahal kepala sekolah, ", ks.hon(), " ",
            ks.name(), ", sudah menandatangani SPTJM. Teman seangkatan semua masuk. NIK ", p.nik(),
            ", tanggal lahir ", p.dob_(), ". ", thanks()])
    if k == 3:
        scam = Person()
        bank = ch(["BCA", "BRI", "Mandiri", "BNI"])
        return dict(channel="whatsapp", pieces=[
            "Saya melamar kerja lewat iklan Instagram ", scam.handle(), ". HRD yang mengaku bernama ",
            scam.name(), " (WA ", scam.phone(), ") meminta transfer biaya medical check-up ", rupiah(),
            " ke rekening ", bank, " ", scam.acct(bank), " a.n. ", scam.name(), ". Setelah ditransfer, "
            "nomor saya diblokir. Saya ", p.name(), ", ", p.phone(), "."])
    if k == 4:
        p = Person(y0=1990, y1=1991)
        if i >= 8:
            return dict(channel="sms", pieces=["Sy lhr ", p.dob_("dash"), " ditolak CPNS. ", p.phone("plain")])
        return dict(channel="sms", pieces=[
            "Sy ", p.cn(), " lahir ", p.dob_(ch(["dash", "slash", "short"])),
            " ditolak daftar CPNS krn usia lewat 35 thn per 1 Ags. Hitungannya salah. ", p.phone("plain")])
    if k == 5:
        ref = Person(y0=1970, y1=1985)
        head = [
            "Subject: Lamaran Pekerjaan - Staf Administrasi Keuangan\n\nYth. Bagian Personalia,\n\n"
            "Bersama email ini saya mengajukan lamaran untuk posisi Staf Administrasi Keuangan sesuai "
            "iklan di portal Karirhub Kemnaker tanggal ", event_date("long"), ". Data diri saya:\n\n"
            "Nama lengkap   : ", p.name(), "\nTempat, tgl lahir : ", area_name(p.city, True), ", ",
            p.dob_(), "\nNIK            : ", p.nik(), "\nNPWP           : ", p.npwp(),
            "\nAlamat         : ", p.addr(), "\nTelepon        : ", p.phone(), "\nEmail          : ",
            p.email(), "\n"]
        paras = [
            ["Saya lulusan S1 Akuntansi dengan IPK 3,41 dan pengalaman dua tahun sebagai staf keuangan di "
             "sebuah koperasi simpan pinjam. Saya terbiasa menyusun laporan bulanan, rekonsiliasi bank, dan "
             "menggunakan aplikasi akuntansi berbasis cloud."],
            ["Sebagai referensi, Bapak/Ibu dapat menghubungi mantan atasan saya, ", ref.hon(), " ", ref.name(),
             ", di nomor ", ref.phone(), "."],
            ["Namun saya juga ingin menyampaikan keluhan: pada tahap sebelumnya saya diminta membayar ",
             rupiah(), " untuk \"tes psikologi\" melalui pihak ketiga. Apakah benar ini kebijakan perusahaan? "
             "Aturan Permenaker No. 39 Tahun 2016 tentang penempatan tenaga kerja menyebutkan pencari kerja "
             "tidak boleh dipungut biaya. Saya mohon klarifikasi sebelum melanjutkan proses seleksi."],
            ["Saya bersedia ditempatkan di seluruh cabang dan siap mengikuti tes dan wawancara sesuai jadwal. "
             "Berkas CV, ijazah, transkrip, SKCK, dan surat keterangan sehat saya lampirkan dalam satu file PDF "
             "berukuran 2,4 MB sesuai ketentuan."],
            ["Selama dua tahun terakhir saya juga aktif sebagai relawan pendamping UMKM di kelurahan, membantu "
             "pelaku usaha kecil menyusun pembukuan sederhana dan mendaftarkan NIB melalui OSS. Pengalaman "
             "ini melatih saya berkomunikasi dengan berbagai kalangan dan bekerja dengan tenggat waktu ketat."],
            ["Saya memahami bahwa posisi ini memerlukan ketelitian tinggi. Oleh karena itu saya telah "
             "mengikuti pelatihan brevet pajak A dan B pada tahun 2024 serta sertifikasi teknisi akuntansi "
             "tingkat dasar. Sertifikat-sertifikat tersebut turut saya lampirkan."],
        ]
        paras += [
            ["Untuk posisi ini saya juga menguasai pengolahan data dengan lembar kerja, termasuk tabel pivot "
             "dan rumus pencarian data, serta terbiasa menyiapkan dokumen perpajakan bulanan. Saya terbiasa "
             "bekerja dalam tim kecil dan dapat bekerja di bawah tekanan, terutama menjelang tutup buku."],
            ["Terkait keluhan di atas, saya sudah mencoba menghubungi nomor layanan yang tercantum di iklan, "
             "tetapi tidak pernah tersambung. Saya berharap perusahaan dapat memastikan bahwa pihak ketiga "
             "yang bekerja sama tidak memungut biaya dari pelamar, karena banyak pencari kerja yang sedang "
             "dalam kesulitan ekonomi dan mudah menjadi korban."],
        ]
        tail = ["\n\nAtas perhatian Bapak/Ibu saya ucapkan terima kasih.\n\nHormat saya,\n", p.name()]
        return dict(channel="email", long=True, pieces=long_pad(head, paras, tail))
    panitia = Person()
    return dict(channel="social", case="lower" if chance(0.5) else None, pieces=[
        "Seleksi kompetensi PPPK di lokasi ", area_name(p.city), " kacau, komputer mati 40 menit. Pengawas ",
        panitia.hon(False), " ", panitia.cn(), " malah bilang \"salah kalian sendiri\". Saya peserta, ",
        p.name(), " ", p.handle(), ". Mohon ujian diulang."])


# ----------------------------------------------------------------------------- 3 samsat
def st_samsat(i, pii):
    if not pii:
        if i == 0:
            return dict(channel="web", pieces=[
                "Program pemutihan denda pajak kendaraan berlaku sampai ", event_date("long"),
                ", tetapi di Samsat Keliling depan kantor kecamatan petugas tetap menagih denda ", rupiah(50000, 500000),
                ". Opsen PKB 66% sesuai UU No. 1 Tahun 2022 juga tidak dijelaskan di struk. Antrean nomor ",
                "C-", str(R.randint(100, 250)), ", loket 3. Laporan terdahulu ", nm(ticket7()), "."])
        if i == 1:
            return dict(channel="social", pieces=[
                "Kenapa aplikasi SIGNAL error terus sejak ", event_date("long"), "? Bayar pajak tahunan sudah "
                "terpotong ", rupiah(), " tapi e-TBPKP tidak muncul. Kode bayar berakhiran ", str(R.randint(1000, 9999)),
                " katanya kedaluwarsa. CS di ", nm("@korlantas_signal"), " tidak membalas. #pajakkendaraan"])
        if i == 2:
            return dict(channel="web", pieces=[
                "Pungli di Samsat: biaya cek fisik kendaraan di pinggir Jl. Gatot Subroto km ",
                str(R.randint(3, 15)), " diminta ", rupiah(150000, 750000), " padahal tarif PNBP sesuai PP No. 76 Tahun 2020 "
                "untuk STNK roda dua hanya Rp100.000 dan TNKB Rp60.000. Kejadian ", event_date("long"),
                " sekitar pukul 10.15 WIB, ada ", str(R.randint(15, 40)), " pemohon yang mengantre di tenda."])
        if i == 3:
            return dict(channel="email", pieces=[
                "Yth. Bapenda,\n\nBBNKB kendaraan bekas tahun 2019 yang saya beli dihitung ", rupiah(),
                " padahal menurut Perda No. 9 Tahun 2023 tarif BBN II sudah dihapus. Saya datang ke UPT "
                "Samsat tanggal ", event_date("dash"), " jam 09.00, nomor antrean A-", str(R.randint(10, 99)),
                ". Mohon penjelasan resmi melalui ", nm("bapenda@jatimprov.go.id"), ".\n\nSalam."])
        d1, d2 = date_pair("short")
        return dict(channel="sms", pieces=[
            "Info: layanan BPKB Polresta tutup ", d1, " s/d ", d2,
            ". Cek status di 110 atau ", nm(ticket7()), ". Warga antre sjk 05.30 di depan pos 2."])
    k = i % 8
    p = Person()
    if k == 0:
        return dict(channel="web", pieces=[
            "Saya menerima surat konfirmasi tilang ETLE untuk kendaraan ", p.plate(), " di ", area_name(ch(list(REG))),
            ", padahal motor saya tidak pernah keluar kota. Di foto terlihat motor berbeda warna, jadi pelat "
            "saya dikloning. Pemilik: ", p.name(), ", NIK ", p.nik(), ", HP ", p.phone(), ". Mohon diblokir."])
    if k == 1:
        seller = Person(city=p.city)
        prev = Person(city=p.city)
        return dict(channel="web", pieces=[
            "Mobil yang saya beli dari ", seller.hon(), " ", seller.name(), " ternyata BPKB-nya masih atas nama ",
            prev.name(), " dan sedang diblokir karena ada tunggakan. Nopol ", p.plate(), ". Penjual sekarang "
            "tidak bisa dihubungi di ", seller.phone(), ". Alamatnya yang tertera di kuitansi ", seller.addr(),
            ". Mohon bantu proses balik nama."])
    if k == 2:
        if i >= 8:
            return dict(channel="sms", pieces=["Pjk ", p.plate("sp"), " udh byr, blm update. ", p.phone("plain")])
        return dict(channel="sms", pieces=[
            "Pjk motor ", p.plate(ch(["sp", "glued"])), " udh dibyr tgl ", event_date("dash"),
            " tp status blm update. ", p.cn(), " ", p.phone(ch(["plain", "dash"]))])
    if k == 3:
        bank = ch(["BRI", "BNI", "Mandiri", "Bank Jatim", "BCA"])
        return dict(channel="email", pieces=[
            "Yth. Bapenda ", area_name(p.city), ",\n\nPajak kendaraan ", p.plate(), " terpotong dua kali "
            "melalui e-Samsat pada ", event_date("long"), " (", rupiah(), "). Mohon kelebihan bayar dikembalikan "
            "ke rekening ", bank, " ", p.acct(bank), " a.n. ", p.name(), ". NPWP saya ", p.npwp(),
            " bila diperlukan.\n\nHormat saya,\n", p.name(), "\n", p.phone()])
    if k == 4:
        calo = Person(sex="M", city=p.city)
        return dict(channel="whatsapp", pieces=[
            "Di Samsat ", area_name(p.city, True), " ada calo namanya ", calo.cn(), " (", calo.phone(),
            ") yang bisa \"urus\" mutasi kendaraan tanpa cek fisik asal bayar ", rupiah(),
            ". Dia pakai seragam mirip petugas. Motor saya ", p.plate(), " sudah 3 minggu mutasinya tidak "
            "jadi. Saya ", p.name(), "."])
    if k == 5:
        return dict(channel="web", case="upper", pieces=[
            "STNK KENDARAAN ", p.plate("sp"), " HILANG DAN SAYA SUDAH PUNYA SURAT KEHILANGAN DARI POLSEK. "
            "TAPI SAMSAT MINTA KTP ASLI PEMILIK LAMA. PEMILIK LAMA ", Person(city=p.city).name(),
            " SUDAH MENINGGAL. SAYA ", p.name(), " NIK ", p.nik(), ". MOHON SOLUSI."])
    if k == 6:
        return dict(channel="social", pieces=[
            nm("@lapor1708"), " kendaraan dinas plat merah ", lone_plate(f="sp"), " dipakai ke pasar malam tiap "
            "Sabtu, parkir di trotoar depan rumah saya di ", p.addr(kind="jl"), ". Sudah saya foto. Lapor "
            "dari ", p.handle()])
    return dict(channel="web", pieces=[
        "Pelat nomor baru (TNKB) untuk ", p.plate(), " belum juga dibagikan sejak pembayaran ", event_date("long"),
        ". Alasan petugas: material kosong. Saya disuruh pakai pelat cetak sendiri padahal bisa ditilang. "
        "Nama ", p.name(), ", alamat ", p.addr(), ", HP ", p.phone(), "."])


# ----------------------------------------------------------------------------- 4 skck
def st_skck(i, pii):
    if not pii:
        if i == 0:
            return dict(channel="web", pieces=[
                "Biaya SKCK di Polsek kami ditarik ", rupiah(50000, 350000), " padahal PNBP sesuai PP No. 76 Tahun 2020 hanya "
                "Rp30.000. Kuitansi tidak diberikan. Kejadian ", event_date("long"), " di loket SKCK, "
                "antrean nomor ", str(R.randint(20, 80)), ". Laporan sebelumnya ", nm(ticket8()), "."])
        if i == 1:
            return dict(channel="app", pieces=[
                "Aplikasi Polri Presisi error saat upload sidik jari untuk SKCK online. Kode booking ",
                nm("SKCK-" + digits(6) + "-OL"), " sudah dibayar tapi status tetap \"menunggu verifikasi\" sejak ",
                event_date("long"), ". Layanan 110 bilang harus datang ke Polres. Lalu buat apa online?"])
        if i == 2:
            return dict(channel="web", pieces=[
                "Laporan polisi nomor ", nm(f"LP/B/{R.randint(100, 999)}/{ch(['I', 'II', 'III'])}/2026/SPKT/POLRESTA"),
                " tentang penipuan arisan online dengan kerugian total ratusan juta rupiah dari ",
                str(R.randint(12, 60)), " korban belum ada perkembangan sejak ", event_date("long"),
                ". SP2HP tidak pernah dikirim, padahal Perpol No. 6 Tahun 2019 mengatur hak pelapor."])
        if i == 3:
            return dict(channel="social", pieces=[
                "Razia di simpang empat Jl. Ahmad Yani depan RSUD dr. Zainoel Abidin tiap malam Jumat, "
                "pengendara disuruh \"damai\" ", rupiah(), ". Sudah mention ", nm("@divpropampolri"),
                " dan ", nm("@humaspolri"), ". Call center 110 juga sudah. Kapan ditertibkan? #PolriPresisi"])
        return dict(channel="sms", pieces=[
            "Yth Polres, SKCK utk lamaran CPNS hrs jadi sblm ", event_date("short"), ". Antrean hr ini sd nomor ",
            str(R.randint(150, 260)), ", loket tutup 12.00. Mohon ditambah loket. Trm ksh."])
    k = i % 8
    p = Person(y0=1980, y1=2004)
    if k == 0:
        return dict(channel="web", pieces=[
            "SKCK untuk kerja di Jepang atas nama ", p.name(), " tertulis tempat lahir salah, padahal paspor ",
            p.passport(), " dan KTP sudah benar. Tanggal lahir ", p.dob_(), ". Saya harus terbang ",
            event_date("long"), ", mohon perbaikan dipercepat. HP ", p.phone(), ", email ", p.email(), "."])
    if k == 1:
        cop = Person(sex="M", y0=1985, y1=1998)
        return dict(channel="web", pieces=[
            "Motor saya ", p.plate(), " dihentikan di pos polisi lalu lintas ", area_name(p.city, True),
            " pada ", event_date("long"), ". Oknum polisi bernama Bripka ", cop.name(),
            " meminta uang damai ", rupiah(50000, 500000), " tanpa surat tilang. Nama pada seragam jelas terbaca. Saya ",
            p.name(), ", ", p.phone(), "."])
    if k == 2:
        bank = ch(["BRI", "BCA", "BNI", "Mandiri"])
        return dict(channel="web", pieces=[
            "Laporan kehilangan ke Polsek saya buat tanggal ", event_date("long"), ": dompet berisi KTP dengan "
            "NIK ", p.nik(), ", kartu ATM ", bank, " rekening ", p.acct(bank), ", dan kartu BPJS ",
            p.bpjs(), ". Surat tanda penerimaan laporan hilang belum diberikan karena \"printer rusak\". "
            "Nama ", p.name(), ", tinggal di ", p.addr(), "."])
    if k == 3:
        scam = Person()
        bank = ch(["BRI", "BCA", "BSI", "CIMB Niaga", "Mandiri"])
        return dict(channel="whatsapp", pieces=[
            "Pak, saya sudah lapor ke Polsek soal penipuan jual beli HP di marketplace. Penipu pakai nama ",
            scam.name(), ", nomor ", scam.phone(), ", rekening ", bank, " ", scam.acct(bank),
            ". Sudah 2 bulan belum ada tindak lanjut, kata penyidik \"masih antre\". Saya ", p.cn(),
            ", WA ", p.phone(), "."])
    if k == 4:
        husband = Person(sex="M", trad=p.trad, city=p.city, y0=1975, y1=1995)
        p = Person(sex="F", trad=husband.trad, city=husband.city, y0=1980, y1=1998)
        return dict(channel="web", pieces=[
            "Saya korban KDRT oleh suami saya, ", husband.name(), ". Laporan saya di unit PPA ditolak dengan "
            "alasan \"masalah rumah tangga\". Saya sekarang mengungsi ke rumah kakak di ", p.addr(),
            ". Tolong, saya takut. Nama saya ", p.name(), ", NIK ", p.nik(), ", HP ", p.phone(), "."])
    if k == 5:
        if i >= 8:
            return dict(channel="sms", pieces=["SKCK a.n. ", p.name(), " blm jadi. ", p.phone("plain")])
        return dict(channel="sms", pieces=[
            "SKCK a.n. ", p.name(), " lahir ", p.dob_(ch(["dash", "slash"])), " blm bs dicetak, kt server down. Hub ",
            p.phone("plain")])
    if k == 6:
        kid = Person(trad=p.trad, city=p.city, y0=2008, y1=2010)
        p = Person(trad=kid.trad, city=kid.city, y0=1968, y1=1982)
        return dict(channel="email", pieces=[
            "Kepada Kapolres,\n\nAnak saya ", kid.name(), " (lahir ", kid.dob_(), ") ditahan sejak ",
            event_date("long"), " karena ikut tawuran, tetapi keluarga tidak boleh menjenguk dan tidak ada "
            "surat penahanan. Ia masih di bawah umur. Kami tinggal di ", p.addr(), ". Mohon penjelasan.\n\n",
            p.name(), "\n", p.phone(), "\n", p.land()])
    return dict(channel="web", case="lower", pieces=[
        "mobil ", p.plate("sp"), " yang ditahan sebagai barang bukti kecelakaan sudah 5 bulan di polres, "
        "perkaranya sudah SP3. saya pemilik sah, ", p.name(), ", bpkb atas nama saya. tolong dikembalikan. wa ",
        p.phone()])


# ----------------------------------------------------------------------------- 5 kua
def st_kua(i, pii):
    if not pii:
        if i == 0:
            return dict(channel="web", pieces=[
                "Biaya nikah di luar kantor KUA resmi ", "Rp600.000", " sesuai PP No. 48 Tahun 2014 jo. PP No. 19 "
                "Tahun 2015, tetapi di kecamatan kami diminta ", rupiah(), " \"untuk transport penghulu\". "
                "Akad dijadwalkan ", event_date("long"), ". Pengaduan lewat SIMKAH nomor ", nm(ticket8()),
                " tidak dibalas."])
        if i == 1:
            return dict(channel="social", pieces=[
                "Bimbingan perkawinan (Bimwin) angkatan ", str(R.randint(3, 12)), " di KUA dibatalkan H-1. "
                "Sudah ", str(R.randint(20, 40)), " pasang catin datang jam 07.30. Sesuai PMA No. 20 Tahun 2019 "
                "bimwin wajib sebelum akad. Info di ", nm("@kemenag_ri"), " juga tidak update. 😤"])
        if i == 2:
            return dict(channel="web", pieces=[
                "Sidang perkara cerai gugat nomor ", nm(f"{R.randint(100, 2999)}/Pdt.G/2026/PA.{ch(['Bdg', 'Smg', 'Mks', 'JS', 'Plg'])}"),
                " sudah ditunda ", str(R.randint(4, 7)), " kali sejak ", event_date("long"),
                ". E-court di ecourt.mahkamahagung.go.id menampilkan status \"mediasi\" terus. Biaya panjar ",
                rupiah(), " sudah lunas. Mohon pengawasan Badilag."])
        if i == 3:
            return dict(channel="email", pieces=[
                "Yth. Kemenag Kabupaten,\n\nDispensasi kawin di kabupaten kami tahun 2025 mencapai ",
                str(R.randint(180, 640)), " perkara, naik dari tahun sebelumnya. UU No. 16 Tahun 2019 sudah "
                "menetapkan batas usia 19 tahun. Kami mohon sosialisasi di sekolah-sekolah, bukan hanya di "
                "balai desa. Pengaduan ini juga kami tembuskan ke ", nm("pengaduan@kemenag.go.id"),
                ".\n\nForum Anak Kecamatan"])
        return dict(channel="whatsapp", pieces=[
            "Admin, buku nikah yang hilang apakah bisa diganti duplikat? Kata KUA harus ada surat kehilangan "
            "dari polsek dulu dan antre tiap Selasa-Kamis jam 08.00-12.00. Kami menikah tahun 1998, "
            "KUA lama sudah pindah ke Jl. Pangeran Diponegoro km ", str(R.randint(2, 8)), ". 🙏"])
    k = i % 8
    g = Person(sex="M", trad=ch(MUSLIM_TRADS), y0=1990, y1=2002)
    b = Person(sex="F", trad=g.trad if chance(0.6) else ch(MUSLIM_TRADS), city=g.city, y0=1993, y1=2004)
    if k == 0:
        wali = Person(sex="M", trad=b.trad, city=b.city, y0=1955, y1=1972)
        pengh = Person(sex="M", trad=ch(MUSLIM_TRADS), city=g.city, y0=1968, y1=1985)
        return dict(channel="web", pieces=[
            "Kami calon pengantin ", g.name(), " (NIK ", g.nik(), ") dan ", b.name(), " (NIK ", b.nik(),
            ") mendaftar di KUA ", area_name(g.city, True), " untuk akad ", event_date("long"),
            ". Penghulu ", pengh.hon(), " ", pengh.name(), " meminta ", rupiah(250000, 1500000), " di luar tarif resmi. Wali "
            "nikah ayah kandung mempelai perempuan, ", wali.name(), ". Kontak: ", g.phone(), "."])
    if k == 1:
        b = Person(sex="F", trad=g.trad, city=g.city, y0=2007, y1=2008)
        return dict(channel="web", pieces=[
            "Saya keberatan pernikahan adik saya ", b.name(), " (lahir ", b.dob_(), ") dengan ", g.name(),
            " tetap dilangsungkan secara siri karena dispensasi ditolak. Ia belum 19 tahun. Keluarga kami di ",
            b.addr(), ". Saya kakaknya, ", Person(trad=b.trad, city=b.city).name(), ". ", thanks()])
    if k == 2:
        ex = g
        p = b
        bank = ch(["BRI", "BNI", "BSI", "Mandiri"])
        return dict(channel="email", pieces=[
            "Yth. Ketua Pengadilan Agama ", area_name(p.city, True), ",\n\nPutusan cerai saya dengan ", ex.name(),
            " sudah inkracht, tetapi nafkah anak ", rupiah(500000, 2750000), " per bulan tidak pernah dibayarkan. Rekening "
            "penerima ", bank, " ", p.acct(bank), " a.n. ", p.name(), ". Mantan suami tinggal di ", ex.addr(),
            " dan masih bekerja. Mohon informasi cara eksekusi.\n\nHormat saya,\n", p.name(), "\n", p.phone()])
    if k == 3:
        return dict(channel="web", pieces=[
            "Nama saya di buku nikah tertulis ", per(misspell(b.full)), ", seharusnya ", b.name(),
            ". Nama suami ", g.name(), " benar. Perbaikan ditolak karena NIK saya ", b.nik(), " \"tidak "
            "sinkron\" dengan KK ", b.kk(), ". Mohon petunjuk. ", b.phone()])
    if k == 4:
        g = Person(sex="M", trad="bali", y0=1990, y1=2000)
        b = Person(sex="F", trad="bali", city=g.city, y0=1994, y1=2002)
        return dict(channel="web", pieces=[
            "Om Swastiastu. Perkawinan kami secara Hindu sudah diupacarai di griya ", event_date("long"),
            ", tetapi Disdukcapil menolak mencatat karena nama mempelai perempuan di KK masih ", b.name(),
            " dari keluarga asal. Suami ", g.name(), ", NIK ", g.nik(), ". Alamat ", g.addr(), ". HP ",
            g.phone(), ". Om Shanti Shanti Shanti Om."])
    if k == 5:
        if i >= 8:
            return dict(channel="sms", pieces=["Isbat nikah ditolak PA. ", b.cn(), " ", b.phone("plain")])
        return dict(channel="sms", pieces=[
            "Isbat nikah kami ditolak PA, pdhl nikah sah 2009. Suami ", g.cn(), ", istri ", b.cn(),
            ". NIK sy ", b.nik("plain", typo=False), ". ", b.phone(ch(["plain", "dash"]))])
    if k == 6:
        return dict(channel="whatsapp", case="lower", pieces=[
            "asalamualaikum admin, surat rekomendasi nikah dari kua asal atas nama ", g.name(),
            " sudah 3 minggu belum keluar, padahal akad kami di kampung istri ", event_date("long"),
            ". calon istri ", b.name(), " lahir ", b.dob_("dash"), ". nomor saya ", g.phone(), " 🙏"])
    pastor = Person(sex="M", trad=ch(CHRISTIAN_TRADS))
    g = Person(sex="M", trad=pastor.trad, city=pastor.city, y0=1988, y1=2000)
    b = Person(sex="F", trad=ch([pastor.trad, pastor.trad, "tionghoa", "minahasa"]), city=pastor.city, y0=1990, y1=2002)
    return dict(channel="email", pieces=[
        "Yth. Disdukcapil,\n\nPerkawinan kami diberkati di gereja oleh Pastor ", pastor.name(), " tanggal ",
        event_date("long"), ". Namun akta perkawinan belum terbit karena data calon istri, ", b.name(),
        ", tanggal lahirnya ", b.dob_(), " berbeda satu hari di SIAK. NIK suami ", g.nik(), ", NIK istri ",
        b.nik(), ". Email balasan ke ", g.email(), ".\n\nSalam,\n", g.name()])


# ----------------------------------------------------------------------------- 6 pensiun
def st_pensiun(i, pii):
    if not pii:
        if i == 0:
            return dict(channel="web", pieces=[
                "Kenaikan pensiun 12% sesuai PP No. 8 Tahun 2024 belum dibayarkan kepada pensiunan di kantor "
                "cabang kami. Rapelan Januari-", ch(BULAN[2:7]), " juga belum cair. Sudah ",
                str(R.randint(300, 900)), " pensiunan menandatangani petisi. Laporan ", nm(ticket7()), "."])
        if i == 1:
            return dict(channel="letter", pieces=[
                "Kepada Yth. Kepala Kantor Cabang PT Taspen\n\nDengan hormat,\nKami Persatuan Wredatama "
                "Republik Indonesia (PWRI) cabang kabupaten menyampaikan bahwa otentikasi pensiunan lewat "
                "aplikasi Andal by Taspen gagal untuk sekitar ", str(R.randint(40, 150)), " anggota lansia sejak ",
                event_date("long"), ". Mohon dibuka layanan jemput bola di aula kantor kecamatan. Call center ",
                nm("1500-919"), " sering sibuk.\n\nHormat kami,\nPengurus PWRI"])
        if i == 2:
            return dict(channel="social", pieces=[
                "THR pensiunan dijadwalkan cair ", event_date("long"), " tapi di kantor pos kami antre dari "
                "subuh. ", str(R.randint(100, 300)), " kakek nenek duduk di lantai. Tolong ", nm("@taspen_official"),
                " sediakan kursi dan tenda. Nomor aduan ", nm(ticket16())])
        if i == 3:
            return dict(channel="web", pieces=[
                "Pemotongan iuran pensiun janda/duda sesuai UU No. 11 Tahun 1969 masih memakai tabel lama. "
                "Ibu-ibu janda purnawirawan di asrama kami menerima ", rupiah(), " padahal di PP No. 8 "
                "Tahun 2024 seharusnya lebih. Kantor Asabri di Jl. Jenderal Gatot Subroto hanya buka 2 loket."])
        return dict(channel="sms", pieces=[
            "Yth Taspen, SMS pemberitahuan pensiun bln ", ch(BULAN), " tdk masuk lg. Dana baru cair tgl ",
            str(R.randint(5, 20)), ". Knp terlambat? Trm ksh."])
    k = i % 7
    p = Person(y0=1950, y1=1966)
    if k == 0:
        bank = ch(["BRI", "BTN", "Mandiri", "BNI"])
        return dict(channel="web", pieces=[
            "Saya pensiunan guru SD, NIP ", p.nip(), ", atas nama ", p.name(), ". Sejak saya pindah rekening "
            "ke ", bank, " ", p.acct(bank), ", uang pensiun bulan ", ch(BULAN), " dan ", ch(BULAN),
            " tidak masuk. Taspen bilang sudah ditransfer. NIK ", p.nik(), ". Anak saya yang bisa dihubungi: ",
            Person(trad=p.trad, city=p.city, y0=1980, y1=1995).phone(), "."])
    if k == 1:
        hub = Person(sex="M", y0=1940, y1=1955)
        w = Person(sex="F", trad=hub.trad, city=hub.city, y0=1945, y1=1960)
        return dict(channel="web", pieces=[
            "Suami saya almarhum ", hub.name(), " (NIP ", hub.nip(), ", lahir ", hub.dob_(),
            ") wafat ", event_date("long"), ". Pengajuan pensiun janda saya, ", w.name(), ", NIK ", w.nik(),
            ", sudah 5 bulan belum ada SK. Padahal semua berkas lengkap. Alamat saya ", w.addr(), ". ",
            thanks()])
    if k == 2:
        pur = Person(sex="M", y0=1950, y1=1962)
        son = Person(trad=pur.trad, city=pur.city, y0=1975, y1=1990)
        return dict(channel="whatsapp", pieces=[
            "Selamat siang. Ayah saya purnawirawan TNI AD, ", pur.name(), ", lahir ", pur.dob_(),
            ". Pensiun Asabri beliau dipotong angsuran pinjaman yang tidak pernah beliau ajukan. Rekening "
            "pensiun BRI ", pur.acct("BRI"), ". Mohon ditelusuri siapa yang mencairkan. Saya anaknya, ",
            son.name(), ", WA ", son.phone(), "."])
    if k == 3:
        off = Person(city=p.city, y0=1975, y1=1990)
        head = [
            "Kepada Yth.\nDirektur Utama PT Taspen (Persero)\nc.q. Kepala Kantor Cabang ", area_name(p.city, True),
            "\n\nPerihal: Keberatan atas pemotongan pajak dan salah hitung pensiun\n\nDengan hormat,\n"
            "Saya yang bertanda tangan di bawah ini:\nNama          : ", p.name(), "\nNIP           : ", p.nip(),
            "\nNIK           : ", p.nik(), "\nNPWP          : ", p.npwp(), "\nTanggal lahir : ", p.dob_(),
            "\nAlamat        : ", p.addr(), "\nTelepon       : ", p.land(), " / ", p.phone(), "\n\n"
            "menyampaikan keberatan atas besaran pensiun yang saya terima sejak pensiun pada bulan ",
            ch(BULAN), " ", str(p.dob.year + 58), "."]
        v1, v2 = date_pair("long")
        paras = [
            ["Dalam SK pensiun, masa kerja saya dihitung 31 tahun 4 bulan, padahal sesuai SK CPNS dan SK "
             "pengangkatan terakhir masa kerja saya 33 tahun 2 bulan. Selisih ini membuat pensiun pokok saya "
             "lebih rendah sekitar ", rupiah(), " per bulan."],
            ["Selain itu, pemotongan PPh Pasal 21 atas pensiun saya menggunakan tarif tanpa NPWP, padahal "
             "NPWP saya sudah dipadankan dengan NIK sejak 2024 sesuai PMK 112/PMK.03/2022. Potongan "
             "tambahan 20% ini jelas merugikan."],
            ["Saya sudah dua kali datang ke kantor cabang, pada ", v1, " dan ",
             v2, ". Pada kunjungan kedua saya dilayani oleh ", off.hon(), " ", off.name(),
             " yang berjanji memperbaiki dalam 14 hari kerja. Sampai surat ini saya tulis belum ada perubahan."],
            ["Saya juga mengalami kesulitan otentikasi bulanan melalui aplikasi karena wajah saya tidak "
             "terbaca kamera ponsel. Sebagai lansia berusia lebih dari 65 tahun, saya berharap ada "
             "alternatif otentikasi di kantor pos terdekat atau kunjungan petugas."],
            ["Sebagai bahan pemeriksaan saya lampirkan fotokopi SK CPNS, SK PNS, SK kenaikan pangkat terakhir, "
             "SK pensiun, kartu NPWP, dan bukti potong PPh 21 tiga bulan terakhir. Semua dokumen asli dapat "
             "saya tunjukkan bila diperlukan."],
            ["Rekan-rekan sesama pensiunan di ", area_name(p.city), " juga mengeluhkan hal serupa. Dalam "
             "pertemuan bulanan paguyuban pensiunan, setidaknya ", str(R.randint(12, 30)),
             " orang menyatakan pensiunnya dipotong pajak tanpa penjelasan."],
            ["Saya mohon agar perhitungan ulang dilakukan berdasarkan dokumen kepegawaian yang sah dan "
             "selisih pembayaran sejak bulan pertama pensiun dapat dibayarkan sekaligus (rapel). Saya juga "
             "mohon diberikan rincian tertulis mengenai komponen pensiun pokok, tunjangan keluarga, "
             "tunjangan pangan, dan potongan-potongan yang dikenakan setiap bulan."],
            ["Bila diperlukan, anak saya dapat mewakili saya untuk datang ke kantor cabang dengan membawa "
             "surat kuasa, mengingat kondisi kesehatan saya yang tidak memungkinkan untuk antre lama. "
             "Saya berharap pelayanan bagi pensiunan lansia dapat lebih ramah dan tidak berbelit."],
        ]
        tail = ["\n\nDemikian surat keberatan ini saya sampaikan. Atas perhatian Bapak/Ibu, saya ucapkan "
                "terima kasih.\n\nHormat saya,\n\n", p.name()]
        return dict(channel="letter", long=True, pieces=long_pad(head, paras, tail))
    if k == 4:
        if i >= 8:
            return dict(channel="sms", pieces=["Pensiun blm msk. NIP ", p.nip("plain"), ". ", p.cn()])
        return dict(channel="sms", pieces=[
            "Pensiun sy a.n. ", p.name(), " NIP ", p.nip("plain"), " blm masuk bln ini. Mhn dicek. ", p.phone("plain")])
    if k == 5:
        return dict(channel="web", case="upper", pieces=[
            "SAYA PENSIUNAN PNS ", p.name(), ", KARTU BPJS KESEHATAN ", p.bpjs(), " DINONAKTIFKAN PADAHAL IURAN "
            "DIPOTONG DARI PENSIUN. SAAT BEROBAT KE RUMAH SAKIT DITOLAK. TANGGAL LAHIR ", p.dob_(), ". MOHON "
            "SEGERA DIAKTIFKAN. TELP ", p.phone()])
    kid = Person(trad=p.trad, city=p.city, y0=1978, y1=1992)
    return dict(channel="email", pieces=[
        "Yth. Asabri,\n\nIbu saya ", p.name() if p.sex == "F" else Person(sex="F", trad=p.trad, city=p.city, y0=1950, y1=1962).name(),
        " (janda purnawirawan) tidak bisa mengambil pensiun karena kartu identitas pensiunnya hilang. "
        "Kami sudah ke kantor pada ", event_date("long"), " dan diminta surat kuasa bermeterai. Saya anaknya, ",
        kid.name(), ", NIK ", kid.nik(), ", email ", kid.email(), ", HP ", kid.phone(), ".\n\nTerima kasih."])


# ----------------------------------------------------------------------------- 7 beasiswa
def st_beasiswa(i, pii):
    if not pii:
        if i == 0:
            return dict(channel="web", pieces=[
                "SMA swasta dengan NPSN ", nm(str(R.randint(10200000, 69999999))), " menahan ijazah ",
                str(R.randint(15, 60)), " alumni angkatan 2025 karena tunggakan SPP. Padahal Permendikbudristek "
                "No. 58 Tahun 2024 melarang penahanan ijazah. Tunggakan rata-rata ", rupiah(), ". Laporan ",
                nm(ticket7()), " sudah diteruskan ke dinas tapi belum ada sanksi."])
        if i == 1:
            return dict(channel="social", pieces=[
                "KIP Kuliah semester genap cair ", event_date("long"), " tapi biaya hidup cuma ", rupiah(),
                " per bulan, padahal klaster 3 harusnya Rp1.400.000. Kampus bilang potong untuk \"pembinaan\". "
                "Tag ", nm("@puslapdik"), " dan ", nm("@kemdiktisaintek.ri"), " #KIPKuliah"])
        if i == 2:
            return dict(channel="web", pieces=[
                "SPMB jalur zonasi 2026: radius SMP Negeri 4 dihitung dari titik koordinat yang salah, jadi "
                "rumah berjarak 1.200 meter dianggap 2,3 km. Kuota afirmasi 15% dan mutasi 5%. Sudah ",
                str(R.randint(30, 90)), " orang tua datang ke dinas tanggal ", event_date("long"),
                ". Juknis nomor ", nm(f"400.3/{R.randint(1000, 9999)}/Disdik/2026"), "."])
        if i == 3:
            return dict(channel="email", pieces=[
                "Yth. LPDP,\n\nJadwal wawancara substansi batch 1 tahun 2026 berubah dari ", event_date("long"),
                " menjadi ", event_date("long"), " tanpa pemberitahuan via email. Kontak ", nm("cs.lpdp@kemenkeu.go.id"),
                " membalas dengan jawaban otomatis saja. Mohon kepastian bagi ", str(R.randint(200, 900)),
                " pendaftar.\n\nSalam, pendaftar LPDP"])
        return dict(channel="sms", pieces=[
            "Dana PIP anak sy blm cair. Sekolah SD Negeri 0", str(R.randint(10, 99)), " minta potong ",
            rupiah(), " utk \"admin\". Benar gk? Mohon dicek. Trm ksh."])
    k = i % 7
    kid = Person(y0=2005, y1=2009)
    par = Person(trad=kid.trad, city=kid.city, y0=1968, y1=1985)
    if k == 0:
        ks = Person(city=kid.city, y0=1965, y1=1980)
        return dict(channel="web", pieces=[
            "Ijazah SMA anak saya ", kid.name(), " (lahir ", kid.dob_(), ") ditahan sekolah karena tunggakan ",
            rupiah(), ". Kepala sekolah, ", ks.hon(), " ", ks.name(), ", bilang ijazah baru bisa diambil setelah "
            "lunas. Anak saya butuh untuk daftar kerja. Saya ", par.name(), ", tinggal di ", par.addr(), ", HP ",
            par.phone(), "."])
    if k == 1:
        bank = ch(["BTN", "BNI", "BRI", "Mandiri", "BSI"])
        return dict(channel="web", pieces=[
            "Dana KIP Kuliah saya belum masuk ke rekening ", bank, " ", kid.acct(bank), " a.n. ", kid.name(),
            ". Teman satu prodi sudah cair semua. NIK ", kid.nik(), ", email ", kid.email(), ". Mohon dicek "
            "ke pihak kampus. ", thanks()])
    if k == 2:
        kid = Person(y0=2009, y1=2013)
        par = Person(trad=kid.trad, city=kid.city, y0=1975, y1=1988)
        return dict(channel="whatsapp", pieces=[
            "Dana PIP anak saya ", kid.name(), " dicairkan oleh pihak sekolah tanpa sepengetahuan kami. Buku "
            "tabungan BRI atas nama anak dengan nomor ", kid.acct("BRI"), " dipegang guru. Tanggal lahir anak ",
            kid.dob_(), ". Saya ", "ibunya" if par.sex == "F" else "ayahnya", ", ", par.name(), " ", par.phone(), "."])
    if k == 3:
        wrong = misspell(kid.full)
        return dict(channel="web", pieces=[
            "Nama di ijazah SMK tertulis \"", per(wrong), "\" padahal di akta \"", kid.name(), "\". Sekolah minta "
            "surat keterangan dari Disdukcapil. NIK ", kid.nik(), ", No. KK ", par.kk(), ". Saya ",
            kid.cn(), ", ", kid.phone(), "."])
    if k == 4:
        kid = Person(y0=2011, y1=2014)
        par = Person(trad=kid.trad, city=kid.city, y0=1975, y1=1988)
        issue = rdate(2025, 2026, 2)
        par.set_kk_issue(issue)
        return dict(channel="web", pieces=[
            "Anak saya ", kid.name(), " ditolak SPMB jalur domisili karena tanggal terbit KK kami ",
            fdate(issue, "long"), " dianggap kurang dari 1 tahun. Padahal kami sudah tinggal di ", par.addr(),
            " sejak 2019, KK hanya diperbarui karena kelahiran adiknya. No. KK ", par.kk(), ". ", par.phone()])
    if k == 5:
        if i >= 8:
            return dict(channel="sms", pieces=["KIP-K ", kid.cn(), " ditangguhkan. NIK ", kid.nik("plain", typo=False)])
        return dict(channel="sms", pieces=[
            "KIP-K a.n. ", kid.name(), " NIK ", kid.nik("plain", typo=False), " status \"ditangguhkan\" tnp alasan. ",
            kid.phone("plain")])
    return dict(channel="social", case="lower", pieces=[
        "beasiswa daerah prestasi diberikan ke anak pejabat dinas, ", Person(city=kid.city).name(),
        ", padahal nilainya di bawah saya. saya ", kid.name(), " ", kid.handle(), " ranking 1 paralel. "
        "pengumuman ", event_date("long"), ". tolong diaudit"])


# ----------------------------------------------------------------------------- 8 darurat112
def st_darurat112(i, pii):
    def ts():
        return f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}"
    if not pii:
        if i == 0:
            return dict(channel="transcript", pieces=[
                "[Transkrip 112 | ", ts(), "] Operator: Layanan darurat 112, ada yang bisa dibantu?\n"
                "Penelepon: Ada kecelakaan beruntun di tol km ", str(R.randint(20, 180)), "+", str(R.randint(100, 900)),
                " arah Jakarta, tiga mobil, satu truk terbalik.\nOperator: Ada korban?\nPenelepon: Sepertinya "
                "dua orang luka. Saya cuma lewat.\nOperator: Baik, kami teruskan ke PJR dan ambulans 119. "
                "Nomor kejadian ", nm("CALL-" + digits(6)), "."])
        if i == 1:
            return dict(channel="transcript", pieces=[
                "[112 | ", ts(), "] Penelepon melaporkan kebakaran gudang di belakang pasar, RT 04 RW 02. "
                "Api sudah merambat ke 3 kios. Diteruskan ke Damkar 113, unit PMK-0", str(R.randint(1, 9)),
                " berangkat. Penelepon menolak menyebutkan nama. Estimasi tiba 12 menit."])
        if i == 2:
            return dict(channel="web", pieces=[
                "Saya menelepon 112 tanggal ", event_date("long"), " pukul 02.14 karena ada pohon tumbang "
                "menutup Jl. Hasanuddin depan SD Inpres, tapi operator bilang wilayah kami tidak tercakup. "
                "Baru tersambung setelah percobaan ke-4. Apakah benar layanan 112 belum menjangkau ",
                str(R.randint(3, 9)), " kecamatan di kabupaten ini?"])
        if i == 3:
            return dict(channel="transcript", pieces=[
                "Operator: 112, dengan siapa saya bicara?\nPenelepon: Saya tidak mau sebut nama, Pak. Ada "
                "anak-anak tenggelam di sungai dekat jembatan Kali ", ch(["Progo", "Brantas", "Musi", "Kahayan"]),
                ", di bawah tiang listrik nomor ", nm(str(R.randint(100, 999)) + "/" + str(R.randint(10, 99))),
                ".\nOperator: Berapa orang?\nPenelepon: Dua, umur sekitar 10 tahun.\nOperator: Tim SAR dan "
                "Basarnas sudah kami hubungi."])
        return dict(channel="sms", pieces=[
            "SMS 112: banjir setinggi 80 cm di perumahan blok C, ", str(R.randint(40, 120)),
            " KK terjebak, perlu perahu karet. Lokasi dekat SPBU ", nm(f"34.{R.randint(100, 999)}.{R.randint(10, 99)}"), "."])
    k = i % 7
    p = Person(y0=1965, y1=2003)
    if k == 0:
        pat = Person(trad=p.trad, city=p.city, y0=1945, y1=1960)
        return dict(channel="transcript", pieces=[
            "[Transkrip 112 | ", ts(), "] Operator: Layanan darurat 112, dengan siapa saya bicara?\n"
            "Penelepon: Saya ", p.name(), ". ", "Ibu" if pat.sex == "F" else "Bapak", " saya, ", pat.name(), ", pingsan di rumah, tidak sadar.\n"
            "Operator: Alamat lengkapnya?\nPenelepon: ", pat.addr(), ".\nOperator: Nomor yang bisa "
            "dihubungi?\nPenelepon: ", p.phone(), ".\nOperator: Ambulans sedang menuju lokasi, jangan "
            "tutup telepon."])
    if k == 1:
        return dict(channel="transcript", pieces=[
            "[112 | ", ts(), "] Penelepon ", p.name(), " (callback ", p.phone(), ") melaporkan tabrak lari di "
            "Jl. Raya ", ch(["Bogor", "Kaliurang", "Sesetan", "Perintis Kemerdekaan"]), " km ", str(R.randint(2, 40)),
            ". Pelaku mobil minibus hitam nopol ", lone_plate(), ", kabur ke arah utara. Korban pengendara "
            "motor ", lone_plate(), ", sadar. Diteruskan ke Satlantas."])
    if k == 2:
        return dict(channel="web", pieces=[
            "Saya menelepon 112 pukul 23.40 karena rumah tetangga saya di ", p.addr(kind=ch(["jl", "gg", "perum"])),
            " terbakar, tetapi pemadam baru datang 50 menit kemudian. Pemilik rumah, ",
            Person(city=p.city).name(), ", luka bakar. Saya pelapor, ", p.name(), ", ", p.phone(), "."])
    if k == 3:
        kid = Person(trad=p.trad, city=p.city, y0=2019, y1=2022)
        return dict(channel="transcript", pieces=[
            "Operator: 112, ada yang bisa dibantu?\nPenelepon: Tolong, anak saya ", kid.cn(),
            " kejang dan demam tinggi!\nOperator: Nama lengkap anak dan tanggal lahirnya?\nPenelepon: ",
            kid.name(), ", lahir ", kid.dob_(), ".\nOperator: Punya BPJS?\nPenelepon: Ada, ", kid.bpjs(),
            ".\nOperator: Ambulans puskesmas 24 jam kami arahkan ke rumah Ibu/Bapak. Alamatnya?\nPenelepon: ",
            p.addr(), "."])
    if k == 4:
        return dict(channel="sms", pieces=[
            "112 tlg ada maling msk rmh ", p.addr(kind=ch(["gg", "jl"]))[0], " skrg. ", p.cn(), " ", p.phone("plain")])
    if k == 5:
        pel = Person(sex="M", city=p.city)
        return dict(channel="transcript", case="upper", pieces=[
            "[112 | ", ts(), "] PELAPOR ", p.name(), " HP ", p.phone(), " MELAPORKAN KERIBUTAN. TETANGGANYA ",
            pel.name(), " MENGANCAM DENGAN PARANG DI DEPAN RUMAH ", pel.addr(kind="jl"),
            ". DITERUSKAN KE POLSEK, UNIT SABHARA MELUNCUR."])
    return dict(channel="web", pieces=[
        "Aduan atas layanan 112: tanggal ", event_date("long"), " saya, ", p.name(), ", melapor dari nomor ",
        p.phone(), " bahwa ada orang tua tersesat di Pasar ", ch(["Beringharjo", "Klewer", "Badung", "Terong"]),
        ". Operator malah menanyakan NIK saya (", p.nik(), ") berkali-kali sebelum mengirim petugas. "
        "Prosedurnya harus diperbaiki."])


# ----------------------------------------------------------------------------- 9 awam
def st_awam(i, pii):
    if not pii:
        opts = [
            ["pak jalan di rt 04 rusak parah udh 2 taun gk di aspal2 kalo ujan kaya kubangan kerbau anak sekola "
             "sering jatoh dari motor tolong pak di perbaiki dana desa 2025 katanya ", rupiah(), " tp gk tau kemana"],
            ["asalamualaikum pak nik sy udah di cek di 3 aplikasi tp bansos tetep gk keluar pdhl sy janda anak 4 "
             "kata pak kades nunggu data baru taun depan sy udh nunggu dr 2023 tlg pak"],
            ["pak sy mau tanya blt dd ", ch(["300 rb", "900 ribu", "rp 300.000"]), " tahap 2 kok cuma dpt 200 rb "
             "yg 100 rb katanya buat uang rokok perangkat desa di dusun kami ada ", str(R.randint(30, 90)),
             " kk yg di potong smua"],
            ["TOLONG PAK SUMUR BOR BANTUAN TAHUN 2024 DI DUSUN KAMI GK PERNAH NYALA POMPANYA RUSAK DARI AWAL "
             "WARGA ", str(R.randint(40, 120)), " KK AMBIL AIR KE KALI 2 KM SETIAP HARI"],
            ["pak sekolah smp negri minta uang perpisahan ", rupiah(), " per anak katanya wajib kalo gk bayar "
             "ijazah di tahan sy cuma buruh tani pak tanggal ", event_date("long"), " terakhir bayarnya"],
        ]
        return dict(channel=ch(["sms?", "whatsapp", "web"]), case="upper" if i == 3 else "lower",
                    pieces=opts[i])
    k = i % 8
    p = Person(y0=1950, y1=1995, trad=ch(["jawa", "sunda", "madura", "sasak", "bugis", "ntt", "banjar", "melayu",
                                         "batak", "papua"]))
    if k == 0:
        return dict(channel="whatsapp", case="lower", pieces=[
            "asalamualaikum pak sy mw lapor bantuan pkh sy gk cair2 udh 3 bulan nama sy ", p.name(), " nik ",
            p.nik(ch(["plain", "plain", "sp"])), " sy tingal di ", p.addr(kind=ch(["dusun", "kp", "gg"])),
            " tlg di bantu pak hp sy ", p.phone(ch(["plain", "plain", "space"]))])
    if k == 1:
        bank = ch(["BRI", "BRI", "BNI", "Mandiri"])
        return dict(channel="sms", case="lower", pieces=[
            "pak sy di tipu org ngaku dr bank minta kode otp trus uang di rek ", bank.lower(), " sy ",
            p.acct(bank), " abis 4 jt nama sy ", p.cn(), " hp ", p.phone("plain")])
    if k == 2:
        kid = Person(trad=p.trad, city=p.city, y0=2012, y1=2019)
        return dict(channel="whatsapp", case="lower", pieces=[
            "sy mau tanya knp bpjs sy ", p.bpjs(), " tida aktif pdhl sy org gk mampu kerja serabutan anak sy ",
            kid.cn(), " sakit paru2 tadi ke rumah sakit di suruh bayar ", rupiah(), " sy gk pny uang pak nama sy ",
            p.name(), " wa ", p.phone()])
    if k == 3:
        return dict(channel="web", case="upper", pieces=[
            "PAK SAYA MAU LAPOR RUMAH SAYA DI ", p.addr(kind=ch(["jl", "dusun", "gg"])),
            " KEBANJIRAN TIAP HUJAN KARNA GOT DI TUTUP SAMA PROYEK RUKO SUDAH LAPOR KE DESA TIDAK DI GUBRIS "
            "NAMA SAYA ", p.name(), " HP ", p.phone()])
    if k == 4:
        rt = Person(sex="M", trad=p.trad, city=p.city, y0=1960, y1=1980)
        p = Person(sex="F", trad=p.trad, city=p.city, y0=1950, y1=1962)
        return dict(channel="whatsapp", case="lower", pieces=[
            "sy ", p.cn(), " umur ", str(2026 - p.dob.year), " thn mau tanya bantuan lansia kok nama sy ilang dr "
            "data kata pak rt ", rt.cn(), " sy udah mampu pdhl rumah sy masih gedek bocor nik sy ", p.nik(),
            " kk ", p.kk(), " tlg pak"])
    if k == 5:
        return dict(channel="sms", case="lower", pieces=[
            "pak sy ", p.cn(), " tlg bls sms sy ", p.phone("plain")])
    if k == 6:
        kid = Person(trad=p.trad, city=p.city, y0=2018, y1=2021)
        return dict(channel="web", case="lower", pieces=[
            "anak sy ", kid.name(), " lahir ", kid.dob_(ch(["dash", "slash", "long"])),
            " blm pny akta krn sy nikah siri kata petugas hrs isbat dulu biaya nya mahal sy tinggal di ",
            p.addr(kind=ch(["kp", "dusun"])), " hp ", p.phone()])
    mandor = Person(sex="M", trad=p.trad, city=p.city)
    return dict(channel="whatsapp", case="lower", pieces=[
        "pak sy kerja di kebun sawit upah di potong trus sama mandor ", mandor.cn(), " katanya buat bpjs tp sy "
        "cek kartu bpjs ", p.bpjs(), " gk aktif nama sy ", p.name(), " nik ", p.nik(), " tlg pak"])


# ----------------------------------------------------------------------------- 10 unikode
FW = {ord(c): chr(0xFF10 + int(c)) for c in "0123456789"}
BOLD = {**{ord(c): chr(0x1D5D4 + ord(c) - 65) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
        **{ord(c): chr(0x1D5EE + ord(c) - 97) for c in "abcdefghijklmnopqrstuvwxyz"}}


def fullwidth(s):
    return s.translate(FW)


def interleave(s, mark, every=4):
    """Insert an invisible/space mark between digit groups."""
    ds = re.sub(r"[ .\-]", "", s)
    return mark.join(ds[j:j + every] for j in range(0, len(ds), every))


def st_unikode(i, pii):
    if not pii:
        opts = [
            ["\ufeff", "📢 ", "𝗣𝗘𝗡𝗚𝗨𝗠𝗨𝗠𝗔𝗡", " — layanan KTP‑el keliling di Kelurahan ", ch(REGIONS)[5][0],
             " pindah ke tanggal ", fullwidth("14"), " ", ch(BULAN), " 2026, pukul ", fullwidth("08.00"),
             "–", fullwidth("12.00"), " WIB. Kuota ", fullwidth("150"), " orang 🙏 Info: “hubungi 112 bila darurat”."],
            ["Tagihan PDAM naik dari Rp\u00a087.500 ➡️ Rp\u00a0212.000 😡😡 padahal pemakaian cuma 14\u00a0m³. "
             "Sesuai Perda No.\u00a03 Tahun 2022 kenaikan maksimal 10%. Laporan ", nm("#" + "\u200b".join(["48", "21", "907"])),
             " belum dijawab‼️"],
            ["「Keluhan」 Jalan berlubang di Jl.\u00a0Jenderal Sudirman km\u00a0", fullwidth(str(R.randint(2, 9))),
             " sudah 3 bulan 😤 sudah ada 2 kecelakaan (", event_date("long"), " dan ", event_date("long"),
             "). #JalanRusak #LAPOR\r\nMohon perbaikan sebelum musim mudik 🚗💨"],
            ["Nomor tiket: ", nm(fullwidth(ticket16())), "\r\nStatus: “diproses” sejak ", event_date("dash"),
             " 🙄\r\nPerihal: bantuan sosial beras 10\u202fkg tidak dibagikan di RW\u00a007. ",
             str(R.randint(40, 90)), " KK belum menerima. Pak Kades bilang “nanti”… 😔"],
            ["🚨🚨 Awas hoaks! Akun ", nm("@lapor1708"), " resmi TIDAK PERNAH minta transfer. Call center resmi: ",
             nm("1500\u2011200"), " (bukan nomor WhatsApp). ‼️ Sudah ", str(R.randint(10, 40)),
             " warga di grup kami kena tipu “undian BPJS 2026”. Mohon diblokir situs palsunya 🙏"],
        ]
        return dict(channel=ch(["social", "whatsapp", "web"]), pieces=opts[i])
    k = i % 10
    p = Person()
    if k == 0:
        return dict(channel="whatsapp", pieces=[
            "\ufeffMin 🙏 ", p.cn(), " di sini. NIK saya ", (fullwidth(p.nik("plain", typo=False)[0]), "NIK"),
            " tapi di aplikasi tertulis “data tidak padan” 😭 HP ", (fullwidth(p.phone("plain")[0]), "PHONE"),
            " ‼️"])
    if k == 1:
        return dict(channel="social", pieces=[
            "𝗧𝗢𝗟𝗢𝗡𝗚 𝗗𝗜𝗕𝗔𝗡𝗧𝗨 🙏 Ibu saya “", p.name() if p.sex == "F" else Person(sex="F", trad=p.trad).name(),
            "” hilang sejak kemarin sore di sekitar terminal. Kalau melihat, hubungi 📞", (
                p.phone("dash")[0].replace("-", "\u00a0"), "PHONE"), " (WA) 🙏🙏 #oranghilang"])
    if k == 2:
        return dict(channel="web", pieces=[
            "Data saya — Nama: ", p.name(), " · NIK: ", (interleave(p.nik("plain", typo=False)[0], "\u200b"), "NIK"),
            " · No.\u00a0KK: ", p.kk(), " — mohon dipadankan. Sudah 3× ditolak 😩"])
    if k == 3:
        p = Person(trad="nias")
        p.full = ch(["Sökhiaro Zebua", "Yosafati Gulö", "Fatiani Mendröfa", "Aroziduhu Gulö",
                     "Sökhiaro Mendröfa", "Yurlina Gulö"])
        nf = unicodedata.normalize("NFD", p.full)
        return dict(channel="email", pieces=[
            "Yth. Admin,\r\n\r\nNama saya ", (nf, "PERSON"), " (dengan tanda diaeresis/aksen sesuai akta). "
            "Sistem selalu menolak huruf itu sehingga nama di KTP‑el tertulis tanpa aksen. Lahir ",
            p.dob_("long"), ". E‑mail: ", p.email(), "\r\n\r\nTerima kasih 🙏"])
    if k == 4:
        bank = ch(["BRI", "BNI", "Mandiri", "BCA"])
        acc = p.acct(bank)[0]
        return dict(channel="whatsapp", pieces=[
            "Refund tiket kereta belum masuk 😤 Rek. ", bank, ": ", (acc.replace("-", "\u2011") if "-" in acc else acc, "BANK_ACCOUNT"),
            " a.n. “", p.name(), "” 👉 sudah 21 hari kerja‼️ Hubungi ", (p.phone("space")[0].replace(" ", "\u202f"), "PHONE")])
    if k == 5:
        nik = p.nik("sp", typo=False)[0].replace(" ", "\u2060")
        return dict(channel="social", pieces=[
            "🇮🇩 Lapor! Data saya bocor di grup jual-beli: NIK ", (nik, "NIK"), " + foto KTP dijual 😡 atas nama ",
            p.name(), ". IG saya ", p.handle(), " 🙏"])
    if k == 6:
        return dict(channel="web", pieces=[
            "Kendaraan saya 🏍️ ", (fullwidth(p.plate("sp")[0]), "PLATE"), " kena tilang elektronik padahal saat itu "
            "di bengkel. Pemilik: ", p.name(), " – ", p.addr(), " – ☎ ", p.land()])
    if k == 7:
        return dict(channel="email", pieces=[
            "Kepada Yth. BPJS Kesehatan,\r\n\r\nKartu JKN saya ", (p.bpjs("sp")[0].replace(" ", "\u00a0"), "BPJS"),
            " tiba‑tiba pindah segmen ke “PBPU mandiri” tanpa pemberitahuan. Tanggal lahir: ", p.dob_("dot"),
            ". Mohon dikembalikan ke segmen PBI.\r\n\r\nSalam, ", p.name(), "\r\n📱 ", p.phone()])
    if k == 8:
        return dict(channel="whatsapp", pieces=[
            "السلام عليكم\nPak, ", p.name(), " 👈 ini tetangga saya yang sakit stroke, belum dapat kursi roda "
            "bantuan. Rumahnya ", p.addr(), " 🏠 NIK beliau ", (p.nik("dash", typo=False)[0].replace("-", "\u00ad"), "NIK"),
            "… Terima kasih 🤲"])
    return dict(channel="sms", pieces=[
        "NIK\u00a0", (fullwidth(p.nik("plain", typo=False)[0][:8]) + p.nik_digits()[8:], "NIK"), " blm aktif 😭 ",
        p.cn(), " ", (p.phone("plain")[0][:4] + "\u00a0" + p.phone("plain")[0][4:], "PHONE")])


# ----------------------------------------------------------------------------- 11 tetangga
def st_tetangga(i, pii):
    if not pii:
        opts = [
            ["Warga RT 04 RW 09 keberatan dengan kafe karaoke di ujung gang yang buka sampai pukul 02.00 setiap "
             "malam. Sesuai Perda Ketertiban Umum No. 8 Tahun 2007 tempat hiburan di permukiman harus tutup pukul "
             "24.00. Pak RT dan Pak Lurah sudah tahu tapi diam saja. Pengaduan ", nm(ticket7()), "."],
            ["Iuran keamanan di perumahan kami naik dari Rp50.000 menjadi ", rupiah(), " per bulan tanpa rapat "
             "warga. Pengurus RW hanya mengumumkan lewat grup WhatsApp tanggal ", event_date("long"),
             ". Dari 214 KK, yang setuju hanya 30."],
            ["Kerja bakti tanggal ", event_date("long"), " di RT 05 menghasilkan 3 truk sampah, tetapi truk DLH "
             "tidak datang mengangkut sampai sekarang. Sampah menumpuk di lahan kosong dekat SD Negeri 2. "
             "Call center DLH ", nm("1500-263"), " tidak aktif."],
            ["Pembangunan ruko tiga lantai di pinggir Jl. Pattimura tidak memasang pagar pengaman. Material "
             "jatuh ke atap rumah-rumah di RT 02. IMB/PBG-nya nomor ", nm(f"SK-PBG/{R.randint(3100, 3600)}/{R.randint(100, 999)}/2025"),
             " katanya hanya untuk dua lantai. Mohon Satpol PP turun."],
            ["Saluran air di RT 07 tersumbat sejak ", event_date("long"), " karena warga membuang sampah "
             "sembarangan. Ketua RT sudah membuat surat edaran nomor 03/RT07/II/2026, tetapi tidak ada "
             "sanksi. Genangan setinggi 40 cm, nyamuk DBD, sudah 4 anak dirawat."],
        ]
        return dict(channel=ch(["web", "social", "whatsapp"]), pieces=opts[i])
    k = i % 8
    p = Person()
    n = Person(city=p.city)
    if k == 0:
        rt = Person(sex="M", city=p.city, y0=1960, y1=1980)
        return dict(channel="web", pieces=[
            "Tetangga saya, ", n.name(), ", yang tinggal di ", n.addr(), ", menyetel karaoke dengan speaker "
            "besar setiap malam sampai pukul 02.00. Sudah saya tegur baik-baik dan sudah lapor Pak RT ",
            rt.cn(), ", tapi tidak ada tindakan. Saya punya bayi. Pelapor ", p.name(), ", ", p.phone(), "."])
    if k == 1:
        return dict(channel="whatsapp", pieces=[
            "Mobil ", n.plate(), " milik tetangga depan selalu parkir menutup pagar rumah saya. Pemiliknya ",
            n.hon(False), " ", n.cn(), " kalau ditegur marah-marah. Saya sampai telat kerja 3 kali. Rumah saya ",
            p.addr(), ". ", p.cn(), " ", p.phone()])
    if k == 2:
        return dict(channel="web", pieces=[
            "Sengketa batas tanah: tetangga saya ", n.name(), " membangun tembok 60 cm masuk ke pekarangan "
            "kami di ", p.addr(kind=ch(["jl", "dusun", "perum"])), ". Sertifikat kami jelas. Mediasi di "
            "kelurahan ", event_date("long"), " gagal karena beliau tidak datang. Saya ", p.name(), ", NIK ",
            p.nik(), "."])
    if k == 3:
        rt = Person(sex="M", city=p.city, y0=1960, y1=1980)
        return dict(channel="web", case="upper" if chance(0.5) else None, pieces=[
            "Ketua RT kami, ", rt.hon(), " ", rt.name(), ", memungut ", rupiah(), " per KK untuk \"surat "
            "pengantar\" dan \"uang lelah\". Yang tidak bayar tidak dilayani. Sudah berlangsung sejak 2024. "
            "Kontak beliau ", rt.phone(), ". Saya minta identitas saya dirahasiakan."])
    if k == 4:
        return dict(channel="social", pieces=[
            "Tetangga saya menyebarkan fitnah tentang keluarga saya di Facebook dan Instagram lewat akun ",
            n.handle(), ". Namanya ", n.name(), ". Sudah saya screenshot semua. Apakah bisa dilaporkan? "
            "Saya ", p.handle(), " / ", p.phone()])
    if k == 5:
        if i >= 8:
            return dict(channel="sms", pieces=["Tetangga ", n.cn(), " bakar sampah tiap sore. ", p.phone("plain")])
        return dict(channel="sms", pieces=[
            "Tetangga ", n.cn(), " bakar sampah tiap sore, asap msk rmh. Anak sy asma. ", p.phone("plain")])
    if k == 6:
        rr = rtrw("slash")
        return dict(channel="web", case="lower" if chance(0.5) else None, pieces=[
            "Alamat saya ", (rr, "ADDRESS"), ", Kel. ", ch(REG[p.city][5]), ". Anjing peliharaan tetangga ",
            n.name(), " sudah menggigit 2 anak di gang kami. Dilepas tanpa rantai. Saya ", p.name(), ", ",
            p.phone(), ". Mohon ditertibkan."])
    pak = Person(sex="M", city=p.city, y0=1955, y1=1975)
    return dict(channel="whatsapp", pieces=[
        "Pak RW ", pak.cn(), " menolak tanda tangan surat domisili saya karena saya belum \"setor\" untuk "
        "acara 17-an. Padahal saya sudah tinggal di ", p.addr(), " sejak 2021. Nama saya ", p.name(), ". 🙏"])


# ----------------------------------------------------------------------------- 12 kerja
COMPANIES = ["PT Sumber Makmur Logistik", "PT Andalas Prima Tekstil", "CV Karya Bahari", "PT Nusantara "
             "Garmen Sejahtera", "PT Borneo Agro Lestari", "PT Cahaya Retail Indonesia", "Klinik Pratama Sehat "
             "Bersama", "PT Mega Sawit Timur", "PT Delta Kurir Express", "Hotel Anggrek Permai"]


def work_email(p, company):
    dom = re.sub(r"^(PT|CV) ", "", company).lower().replace(" ", "")[:18] + ".co.id"
    c = p._parts()
    return (f"{c[0]}.{c[-1]}@{dom}" if len(c) > 1 else f"{c[0]}@{dom}", "EMAIL")


def st_kerja(i, pii):
    if not pii:
        opts = [
            ["UMK ", str(R.randint(2025, 2026)), " di kabupaten kami ", f"Rp{R.randint(2, 5)}.{R.randint(100, 999)}.{R.randint(100, 999)}",
             ", tetapi pabrik garmen di kawasan industri km ", str(R.randint(12, 40)), " membayar buruh harian "
             "jauh di bawahnya. PP No. 35 Tahun 2021 dan PP No. 51 Tahun 2023 jelas mengatur. Sekitar ",
             str(R.randint(300, 1200)), " pekerja terdampak. Laporan ke Disnaker ", nm(ticket8()), "."],
            ["Satgas PPKS di kampus kami dibentuk sesuai Permendikbudristek No. 30 Tahun 2021 dan kini "
             "Permendikbudristek No. 55 Tahun 2024, tetapi kanal aduannya tidak pernah aktif. Email ",
             nm("satgasppks@univ.ac.id"), " memantul (bounce) sejak ", event_date("long"), "."],
            ["THR keagamaan tahun ini dicicil 3 kali oleh perusahaan, melanggar Permenaker No. 6 Tahun 2016. "
             "Posko THR Kemnaker sudah menerima aduan kami tanggal ", event_date("long"), " dengan nomor ",
             nm(ticket7()), ". ", str(R.randint(80, 250)), " karyawan belum menerima sepeser pun."],
            ["Perusahaan outsourcing di bandara I Gusti Ngurah Rai memotong gaji petugas kebersihan ",
             rupiah(), " per bulan untuk \"seragam\". Kontrak diperpanjang tiap 3 bulan sejak 2022. "
             "Sudah diadukan ke Disnaker Provinsi dan Ombudsman RI perwakilan."],
            ["Lembur di gudang e-commerce tidak dibayar sejak ", event_date("long"), ". Shift 12 jam, "
             "istirahat 30 menit. Hotline ", nm("1500-630"), " hanya meminta kami membuat laporan tertulis. "
             "Ini laporan tertulisnya."],
        ]
        return dict(channel=ch(["web", "email", "social"]), pieces=opts[i])
    k = i % 7
    p = Person(y0=1985, y1=2002)
    comp = ch(COMPANIES)
    if k == 0:
        boss = Person(sex="M", y0=1970, y1=1985)
        wit = Person(city=boss.city)
        p = Person(sex="F", city=boss.city, y0=1990, y1=2001)
        head = [
            "Perihal: Laporan dugaan pelecehan seksual oleh atasan\n\nKepada Yth. Inspektorat Daerah ",
            area_name(p.city), "\n\nDengan hormat,\nSaya ", p.name(), ", pegawai PPPK pada salah satu dinas di ",
            area_name(p.city), ", melaporkan dugaan pelecehan seksual yang dilakukan oleh atasan langsung saya, ",
            boss.hon(), " ", boss.name(), ", NIP ", boss.nip(), "."]
        paras = [
            ["Sejak ", event_date("long"), " beliau berulang kali mengirim pesan WhatsApp bernada seksual dari "
             "nomor ", boss.phone(), ", biasanya di atas pukul 22.00. Beliau juga mengikuti dan mengomentari "
             "foto-foto saya melalui akun Instagram ", boss.handle(), ". Tangkapan layar semua pesan sudah saya "
             "simpan dan saya lampirkan."],
            ["Pada ", event_date("long"), ", di ruang rapat lantai 2, beliau memegang bahu dan pinggang saya "
             "tanpa izin. Kejadian itu disaksikan oleh rekan kerja saya, ", wit.hon(), " ", wit.name(),
             ", yang bersedia memberikan keterangan."],
            ["Setelah saya menolak, penilaian kinerja saya diturunkan dan saya dipindahkan ke bagian arsip "
             "tanpa surat keputusan. Saya khawatir kontrak PPPK saya tidak diperpanjang karena hal ini."],
            ["Saya memohon agar laporan ini ditangani sesuai UU No. 12 Tahun 2022 tentang Tindak Pidana "
             "Kekerasan Seksual dan PP No. 94 Tahun 2021 tentang Disiplin PNS, serta agar identitas saya "
             "dilindungi. Saya juga memohon pendampingan dari UPTD PPA."],
            ["Saya sudah mencoba menyampaikan masalah ini kepada kepala bidang secara lisan, tetapi saya "
             "justru disarankan untuk \"menyelesaikan secara kekeluargaan\". Karena itu saya menempuh jalur "
             "pengaduan resmi ini."],
            ["Untuk keperluan klarifikasi, saya dapat dihubungi melalui nomor ", p.phone(), " atau surel ",
             p.email(), ". Saya mohon agar komunikasi tidak dilakukan melalui nomor kantor."],
            ["Beberapa pegawai perempuan lain di kantor kami juga pernah mengeluhkan perilaku serupa, "
             "namun tidak berani melapor karena khawatir akan dampaknya pada karier mereka. Saya berharap "
             "laporan ini dapat menjadi jalan bagi mereka untuk bersuara."],
            ["Sejak kejadian tersebut saya mengalami gangguan tidur dan kecemasan setiap kali harus masuk "
             "kantor. Saya sudah berkonsultasi dengan psikolog di puskesmas dan memperoleh surat keterangan "
             "yang dapat saya serahkan apabila diperlukan dalam proses pemeriksaan."],
            ["Saya juga memohon agar selama proses pemeriksaan berlangsung, saya tidak ditempatkan di bawah "
             "pengawasan langsung terlapor, dan agar tidak ada tindakan balasan berupa mutasi, penurunan "
             "penilaian, atau tidak diperpanjangnya perjanjian kerja saya."],
        ]
        tail = ["\n\nDemikian laporan ini saya buat dengan sebenar-benarnya.\n\nHormat saya,\n", p.name()]
        return dict(channel="email", long=True, pieces=long_pad(head, paras, tail))
    if k == 1:
        hrd = Person(y0=1978, y1=1992)
        return dict(channel="email", pieces=[
            "Yth. Disnaker ", area_name(p.city), ",\n\nGaji saya sebagai operator di ", comp, " belum dibayar "
            "2 bulan. HRD, ", hrd.hon(), " ", hrd.name(), " (", work_email(hrd, comp), "), hanya menjawab "
            "\"sabar\". Kartu BPJS Kesehatan saya ", p.bpjs(), " juga nonaktif karena iuran tidak disetor.\n\n",
            p.name(), "\n", p.phone()])
    if k == 2:
        kar = Person(sex="F", y0=1970, y1=1985)
        return dict(channel="web", pieces=[
            "Saya perawat di rumah sakit swasta. Kepala ruangan, ", kar.hon(), " ", kar.name(), ", sering "
            "membentak dan mempermalukan perawat junior di depan pasien, termasuk saya. Jadwal jaga malam "
            "saya dibuat 9 kali sebulan. Saya ", p.name(), ", email ", p.email(), "."])
    if k == 3:
        man = Person(y0=1975, y1=1988)
        p = Person(sex="F", y0=1992, y1=2000)
        return dict(channel="web", pieces=[
            "Kontrak saya di ", comp, " diputus sepihak setelah saya memberi tahu bahwa saya hamil 4 bulan. "
            "Manajer, ", man.name(), ", bilang \"perusahaan tidak butuh karyawan yang sering izin\". Saya ",
            p.name(), ", NIK ", p.nik(), ", tinggal di ", p.addr(), ". HP ", p.phone(), "."])
    if k == 4:
        boss = Person(sex="M", y0=1975, y1=1988)
        return dict(channel="whatsapp", pieces=[
            "Ini isi pesan dari supervisor saya:\n[", f"{R.randint(20, 23)}.{R.randint(10, 59)}", "] ", boss.name(),
            " (", boss.phone(), "): \"kalau mau kontrak diperpanjang, temani saya makan malam ya\"\n"
            "Saya tidak mau. Tolong, saya harus lapor ke mana? ", p.cn(), " ", p.phone()])
    if k == 5:
        mandor = Person(sex="M")
        if i >= 8:
            return dict(channel="sms", pieces=["Mandor ", mandor.cn(), " potong upah 20rb/hr. ", p.phone("plain")])
        return dict(channel="sms", pieces=[
            "Mandor ", mandor.cn(), " potong upah harian 20rb tiap hari tanpa alasan. ", p.cn(), " ",
            p.phone("plain")])
    sup = Person(sex="M", y0=1970, y1=1985)
    return dict(channel="web", case="upper", pieces=[
        "KAMI BURUH ", comp.upper(), " DIPAKSA LEMBUR TANPA UPAH LEMBUR. YANG PROTES DIANCAM PHK OLEH ",
        sup.name(), ". SAYA ", p.name(), " NIK ", p.nik(), " HP ", p.phone(), ". TOLONG DISNAKER TURUN."])


# ----------------------------------------------------------------------------- 13 utilitas
def st_utilitas(i, pii):
    if not pii:
        opts = [
            ["Listrik padam ", str(R.randint(3, 9)), " kali dalam seminggu di wilayah ", ch(REGIONS)[2],
             ", setiap kali 4-6 jam. Call center ", nm("123"), " hanya membuat nomor gangguan ", nm(ticket8()),
             ". Tarif tegangan rendah Rp1.444,70/kWh tetap ditagih penuh. Kompensasi sesuai Permen ESDM No. 8 "
             "Tahun 2023 tidak pernah diberikan."],
            [nm("@pln_123"), " token listrik yang saya beli tanggal ", event_date("long"), " tidak bisa dimasukkan, "
             "muncul tulisan \"REJECT\". Sudah dicoba 5 kali. Nominal ", rupiah(), ". Mohon bantuan, warga RT 04 "
             "lain juga mengalami hal sama. #PLNGangguan"],
            ["Air PDAM tidak mengalir sejak ", event_date("long"), " di sebagian besar wilayah kecamatan. Tangki "
             "bantuan hanya datang sekali untuk ", str(R.randint(300, 900)), " KK. Tagihan bulan ini tetap ",
             rupiah(), " karena \"biaya beban\". Pengaduan nomor ", nm(ticket7()), "."],
            ["Sinyal operator seluler hilang total di 4 desa sejak menara BTS roboh tanggal ", event_date("long"),
             ". Layanan darurat 112 pun tidak bisa dihubungi. Sesuai PP No. 46 Tahun 2021 penyelenggara wajib "
             "menjaga kualitas layanan. Mohon Komdigi menegur operator."],
            ["Internet rumah mati 9 hari. Teknisi datang sekali lalu bilang kabel optik di tiang km ",
             str(R.randint(3, 20)), " putus dan \"menunggu material\". Tagihan tetap ", rupiah(),
             ". Pengaduan ke ", nm("@IndiHomeCare"), " dan ", nm("188"), " tidak ada hasil."],
        ]
        return dict(channel=ch(["web", "social", "sms?"]) if i != 1 else "social", pieces=opts[i])
    k = i % 8
    p = Person()
    if k == 0:
        return dict(channel="web", pieces=[
            "Nomor saya ", p.phone(), " diblokir operator karena \"registrasi tidak valid\". Saya registrasi "
            "pakai NIK ", p.nik(), " dan KK ", p.kk(), " sesuai aturan. Di GraPARI disuruh beli kartu baru, "
            "padahal nomor itu terhubung ke m-banking. Atas nama ", p.name(), "."])
    if k == 1:
        tek = Person(sex="M", city=p.city)
        return dict(channel="web", pieces=[
            "Listrik di rumah saya, ", p.addr(), ", padam 3 hari. Petugas PLN yang datang, mengaku bernama ",
            tek.cn(), ", minta ", rupiah(), " untuk ganti MCB tanpa kuitansi. Nama saya ", p.name(),
            ", HP ", p.phone(), "."])
    if k == 2:
        return dict(channel="email", pieces=[
            "Yth. Perumda Air Minum,\n\nAir di rumah saya ", p.addr(), " mati seminggu tetapi tagihan bulan ini "
            "naik jadi ", rupiah(), ". Petugas pencatat meter tidak pernah datang. Mohon dicek dan dikoreksi.\n\n"
            "Salam,\n", p.name(), "\n", p.land(), "\n", p.email()])
    if k == 3:
        bank = ch(["BCA", "Mandiri", "BNI", "CIMB Niaga"])
        return dict(channel="web", pieces=[
            "Saya sudah berhenti berlangganan internet rumah sejak ", event_date("long"), " tetapi deposit ",
            rupiah(), " belum dikembalikan. Rekening pengembalian ", bank, " ", p.acct(bank), " a.n. ", p.name(),
            ". Email konfirmasi ke ", p.email(), " tidak pernah dibalas."])
    if k == 4:
        return dict(channel="social", pieces=[
            nm("@pln_123"), " sudah 7 jam mati lampu di ", p.addr(kind=ch(["perum", "komp", "jl"])),
            ", ada lansia pakai oksigen. Tolong!! – ", p.handle()])
    if k == 5:
        return dict(channel="sms", pieces=[
            "Pulsa ", p.phone("plain"), " kepotong 25rb/hr, VAS tdk daftar."])
    if k == 6:
        return dict(channel="web", pieces=[
            "Nomor lama saya ", p.phone(), " hangus karena telat isi ulang, lalu didaur ulang operator dan "
            "sekarang dipakai orang lain yang bisa menerima OTP akun e-wallet saya. Nomor baru saya ",
            ("0" + p.mobile_digits()[1:4] + digits(8), "PHONE"),
            ". Mohon operator bertanggung jawab. ", p.name()])
    pet = Person(sex="M", city=p.city)
    return dict(channel="whatsapp", case="upper", pieces=[
        "PETUGAS PDAM ", pet.name(), " MINTA UANG ", rupiah(), " SUPAYA METERAN AIR SAYA TIDAK DICABUT, PADAHAL "
        "TAGIHAN SUDAH LUNAS. ALAMAT ", p.addr(), ". SAYA ", p.name(), " WA ", p.phone()])


# ----------------------------------------------------------------------------- 14 ekspor
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def wa_ts():
    d = rdate(2025, 2026, 3)
    return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}", f"{R.randint(6, 22):02d}.{R.randint(0, 50):02d}"


def chat_day():
    """(date, 'YYYY.MM.DD Hari', 'YYYY-MM-DD')"""
    d = rdate(2025, 2026, 3)
    return d, f"{d.year}.{d.month:02d}.{d.day:02d} {HARI[d.weekday()]}", d.isoformat()


def st_ekspor(i, pii):
    if not pii:
        d, t = wa_ts()
        city = ch(list(REG))
        iso = chat_day()[2]
        opts = [
            ["BPBD ", area_name(city), ", [", d.replace("/", "."), " ", t.replace(".", ":"), "]\n"
             "⚠️ Peringatan dini: hujan lebat disertai angin kencang berpotensi terjadi pukul 14.00-18.00 WIB. "
             "Warga di bantaran sungai RT 04 dan RT 05 diimbau waspada. Darurat: 112.\n\nBPBD ",
             area_name(city), ", [", d.replace("/", "."), " ", t[:3].replace(".", ":"), "55]\nPosko pengungsian "
             "dibuka di GOR Pemuda, kapasitas 300 jiwa."],
            ["[", d, ", ", t, ".12] Admin Kelurahan: Jadwal posyandu balita bulan ini ", event_date("long"),
             " pukul 08.00 di Balai RW 03.\n[", d, ", ", t, ".40] Admin Kelurahan: Bawa buku KIA. "
             "Vaksin polio tetes untuk usia 0-59 bulan.\n[", d, ", ", t, ".55] Admin Kelurahan: Pengaduan layanan: ",
             nm("pengaduan@kelurahan-sukamaju.go.id")],
            [chat_day()[1], "\n09:12\tBot LAPOR!\tLaporan Anda ",
             nm(ticket16()), " telah diteruskan ke Dinas PUPR.\n09:13\tBot LAPOR!\tEstimasi tindak lanjut 14 "
             "hari kerja sesuai Perpres No. 76 Tahun 2013.\n09:20\tBot LAPOR!\tTerima kasih telah menggunakan "
             "layanan ", nm("@lapor1708"), "."],
            ["[", iso, " 07:30] Humas Polres: Operasi Keselamatan "
             "berlangsung 14 hari mulai Senin depan.\n[", iso, " 07:31] Humas Polres: Pelanggaran yang disasar: tanpa helm, melawan arus, "
             "dan knalpot brong. Aduan: 110."],
            ["Dinkes Kota, [", d.replace("/", "."), " ", t.replace(".", ":"), "]\nKasus DBD minggu ke-",
             str(R.randint(3, 9)), ": ", str(R.randint(40, 160)), " kasus, 2 meninggal. Fogging dijadwalkan di "
             "RT 02, RT 04, dan RT 07. Jangan membayar petugas fogging; layanan gratis sesuai Perwali No. ",
             str(R.randint(10, 60)), " Tahun 2025."],
        ]
        return dict(channel="chat-export", pieces=opts[i])
    k = i % 7
    a = Person()
    b = Person(city=a.city)
    c = Person(city=a.city)
    d, t = wa_ts()
    if k == 0:
        dc = Person(sex="M")
        return dict(channel="chat-export", pieces=[
            "[", d, ", ", t, ".05] ", a.name(), ": Ada yang diteror pinjol juga? Saya ditelepon dari ", dc.phone(),
            " terus, ngaku namanya ", dc.cn(), ".\n[", d, ", ", t, ".09] ", b.name(), ": Sama bu/pak. Foto KTP "
            "saya disebar ke kontak, NIK ", b.nik(), " kelihatan jelas 😭\n[", d, ", ", t, ".15] ", a.name(),
            ": Ayo kita lapor ke OJK 157 bareng."])
    if k == 1:
        return dict(channel="chat-export", pieces=[
            a.name(), ", [", d.replace("/", "."), " ", t.replace(".", ":"), "]\nPak ketua, iuran sekolah anak "
            "naik lagi. Rekening komite: BRI ", b.acct("BRI"), " a.n. ", b.name(), "\n\n", c.name(), ", [",
            d.replace("/", "."), " ", t.replace(".", ":"), "]\nItu rekening pribadi bendahara, bukan rekening "
            "sekolah. Harus dilaporkan."])
    if k == 2:
        return dict(channel="chat-export", pieces=[
            chat_day()[1], "\n20:14\t", a.name(),
            "\tMotor saya dicuri di parkiran pasar, nopol ", a.plate(), "\n20:15\t", b.name(),
            "\tSudah lapor polsek?\n20:19\t", a.name(), "\tSudah. Kalau ada yang lihat tolong kabari ke ",
            a.phone(), "\n20:21\t", c.name(), "\tSaya share ke grup RW ya"])
    if k == 3:
        iso = chat_day()[2]
        hh, mm = int(t[:2]), int(t[3:])
        return dict(channel="chat-export", pieces=[
            "[", iso, f" {hh:02d}:{mm:02d}] ", a.cn(), ": ini kontak pak lurah yang baru\n[", iso,
            f" {hh:02d}:{mm + 1:02d}] ", a.cn(), ": BEGIN:VCARD\nVERSION:3.0\nFN:", b.name(), "\nTEL;TYPE=CELL:",
            b.phone("p62"), "\nEMAIL:", b.email(), "\nEND:VCARD\n[", iso, f" {hh:02d}:{mm + 7:02d}] ", c.cn(),
            ": makasih, besok saya WA beliau"])
    if k == 4:
        return dict(channel="chat-export", pieces=[
            "---------- Pesan diteruskan ----------\nDari: ", a.name(), " <", a.email(), ">\nKepada: ", b.email(),
            "\n\nKepala sekolah minta uang ", rupiah(), " untuk \"studi tur wajib\". Yang tidak ikut tetap bayar. "
            "Tolong diteruskan ke LAPOR!. Nomor saya ", a.phone(), "."])
    if k == 5:
        return dict(channel="chat-export", case="lower", pieces=[
            "[", d, ", ", t, ".33] ", a.name(), ": akun ig ", c.handle(), " jual data ktp warga kita\n[", d, ", ",
            t, ".35] ", b.name(), ": iya nik saya ", b.nik(), " ada di postingannya\n[", d, ", ", t, ".36] ",
            a.name(), ": screenshot semua buat lapor"])
    c = Person(trad=b.trad, city=b.city, y0=2009, y1=2017)
    return dict(channel="chat-export", pieces=[
        b.name(), ", [", d.replace("/", "."), " ", t.replace(".", ":"), "]\nTolong bantu sebar: anak saya ",
        c.name(), " lahir ", c.dob_(), ", hilang sejak kemarin. Rumah kami ", b.addr(), ".\n\n", a.name(), ", [",
        d.replace("/", "."), " ", t.replace(".", ":"), "]\nSudah saya teruskan ke grup kecamatan 🙏"])


# ----------------------------------------------------------------------------- 15 bilingual
def st_bilingual(i, pii):
    if not pii:
        opts = [
            ["Dear LAPOR! team, the new ", nm("E33G"), " remote-worker visa fee is listed as Rp12.500.000 on one page and "
             "USD 350 on another. Mana yang benar? Permenkumham No. 22 Tahun 2023 doesn't say. My application "
             "number ", nm(ticket8()), " has been \"under review\" since ", event_date("en"), "."],
            ["Hi admin, the immigration office in Denpasar only serves 50 walk-ins per day (loket 1-4). "
             "Antrean dari jam 05.00. For C312 and D212 extensions you must come in person. Hotline 110 and "
             "the M-Paspor app keep crashing since ", event_date("en"), ". Please fix."],
            ["Complaint: the tourist levy (pungutan wisatawan asing) of Rp150.000 was charged twice at "
             "I Gusti Ngurah Rai Airport on ", event_date("en"), ". Receipt numbers ", nm("LVB-" + digits(6)),
             " and ", nm("LVB-" + digits(6)), ". Perda Bali No. 6 Tahun 2023 says once per entry."],
            ["Hello, I'm writing on behalf of our expat community WhatsApp group (", str(R.randint(150, 400)),
             " members). Jalan di depan sekolah internasional di Jl. Bypass Ngurah Rai km ", str(R.randint(2, 20)),
             " berlubang besar, two scooter accidents this month. Please repair. Thank you / terima kasih."],
            ["Is the new rule real? Foreigners must register with RT/RW within 24 hours (lapor diri) — "
             "the banjar in our area charges ", rupiah(), " \"kontribusi\" per month per villa. Perbup "
             "nomor berapa yang mengatur ini? Email ", nm("info@imigrasi.go.id"), " never replies."],
        ]
        return dict(channel=ch(["email", "web", "social"]), pieces=opts[i])
    k = i % 8
    ex = Person(expat=ch(EXPATS), y0=1965, y1=1995)
    sp = Person(sex="F" if ex.sex == "M" else "M", trad=ch(["bali", "jawa", "sunda", "sasak", "batak", "minahasa"]),
                city=ex.city, y0=1975, y1=1996)
    spw = "wife" if sp.sex == "F" else "husband"
    if k == 0:
        head = [
            "Dear Sir/Madam,\n\nMy name is ", ex.name(), ", passport no. ", ex.passport(), ", an ITAS holder "
            "married to an Indonesian citizen, ", sp.name(), " (NIK ", sp.nik(), "). We live at ", ex.addr(),
            ". Saya menulis dalam dua bahasa supaya jelas."]
        v1, v2 = date_pair("en")
        paras = [
            ["Our problem: the renewal of my ITAS was rejected because the KK of my ", spw, " still lists "
             "the old address. We updated the KK at Disdukcapil on ", v1, " and received the "
             "new KK ", sp.kk(), ", but the immigration system apparently still reads the old data."],
            ["Kami sudah datang ke kantor imigrasi tiga kali. Setiap kali kami diminta dokumen baru: surat "
             "sponsor, surat keterangan domisili dari kelurahan, dan bukti keuangan. All of these were "
             "submitted online on the M-Paspor and evisa portal already."],
            ["At our last visit on ", v2, ", the officer told us that we could \"speed things up\" by paying ",
             rupiah(), " in cash without a receipt. We refused. This is exactly what the anti-corruption "
             "posters in the waiting room say we should report, so here is our report."],
            ["Please note that my current stay permit expires at the end of next month. If it lapses I will "
             "have to pay overstay fines of Rp1.000.000 per day, which is not our fault. Mohon kiranya "
             "permohonan kami dapat diproses sebelum tanggal tersebut."],
            ["You can reach me at ", ex.phone(), " or by e-mail at ", ex.email(), ". My ", spw, " can also be "
             "reached at ", sp.phone(), ". Kami bisa datang kapan saja pada hari kerja."],
            ["We have lived in Indonesia for many years, pay our taxes, and our children go to a local school. "
             "Kami hanya ingin proses yang transparan dan sesuai aturan, tanpa biaya tambahan yang tidak resmi."],
            ["For completeness: our marriage was registered at the civil registry and later reported to "
             "our embassy, and all documents were translated by a sworn translator (penerjemah tersumpah). "
             "Salinan legalisir sudah kami serahkan dua kali. We are happy to provide originals again."],
            ["We also noticed that several other mixed-marriage families in our neighbourhood face the same "
             "problem, so this may be a system issue rather than an individual case. Mungkin perlu ada "
             "koordinasi antara Disdukcapil dan kantor imigrasi agar data KK baru langsung terbaca."],
            ["Finally, we would appreciate a written answer, in Indonesian or English, so that we can show it "
             "to the immigration officer at our next appointment. Terima kasih atas bantuan Bapak/Ibu."],
        ]
        tail = ["\n\nThank you for your attention. Terima kasih atas perhatiannya.\n\nSincerely,\n", ex.name()]
        return dict(channel="email", long=True, pieces=long_pad(head, paras, tail))
    if k == 1:
        ll = Person(city=ex.city)
        bank = ch(["BCA", "Mandiri", "BNI", "BRI"])
        return dict(channel="web", pieces=[
            "I paid one year rent for a villa to the \"owner\", ", ll.name(), ", via ", bank, " account ",
            ll.acct(bank), ". Ternyata dia bukan pemilik, the real owner evicted us. Nomor HP ", ll.phone(),
            " sudah tidak aktif. I'm ", ex.name(), ", ", ex.phone(), ". Please help, already reported to the "
            "police (no receipt given)."])
    if k == 2:
        kid = Person(trad=sp.trad, city=ex.city, y0=2024, y1=2025)
        if kid.trad != "bali" and ex.sex == "M":
            kid.full = kid.full.split()[0] + " " + ex.full.split()[-1]
            kid.call = kid.full.split()[0]
        father, mother = (ex, sp) if ex.sex == "M" else (sp, ex)
        wrong_who = ch(["father", "mother"])
        wrong = father if wrong_who == "father" else mother
        mom_id = [", NIK ", mother.nik()] if mother is sp else [", passport ", mother.passport()]
        return dict(channel="email", pieces=[
            "Hello Disdukcapil,\n\nOur ", "daughter" if kid.sex == "F" else "son", " ", kid.name(),
            " was born on ", kid.dob_(ch(["en", "long", "en_us"])), " at RSUD. The birth certificate (akta "
            "kelahiran) lists the ", wrong_who, "'s name as \"", per(misspell(wrong.full)), "\" instead of \"",
            wrong.name(), "\". Mother: ", mother.name(), mom_id, ". Father: ", father.name(),
            ". Mohon diperbaiki.\n\nRegards,\n", ex.name(), "\n", ex.email()])
    if k == 3:
        return dict(channel="social", pieces=[
            "Got stopped by police on Jl. Raya Canggu, rented scooter ", ex.plate(code=ch(["DK", "DK", "DR", "AB"])),
            ". Officer asked Rp1 juta \"fine\" without tilang slip. I have a valid international licence. "
            "My IG ", ex.handle(), " has the video. #Bali #pungli"])
    if k == 4:
        return dict(channel="web", pieces=[
            "My NPWP ", ex.npwp(ch(["old", "plain"])), " was registered in 2021, but the Coretax system now "
            "asks for NIK which foreigners don't have. Saya tidak bisa lapor SPT. Name ", ex.name(),
            ", passport ", ex.passport(), ", email ", ex.email(), ". Please advise."])
    if k == 5:
        if i >= 8:
            return dict(channel="sms", pieces=["Landlord keeps my passport ", ex.passport(), ". ", ex.cn()])
        return dict(channel="sms", pieces=[
            "Hi admin, landlord keeps my passport ", ex.passport(), " as \"jaminan\". ", ex.cn(), " ",
            ex.phone("plain")])
    if k == 6:
        return dict(channel="email", case="lower" if chance(0.3) else None, pieces=[
            "Dear BPJS Kesehatan,\n\nMy ", spw, " ", sp.name(), " and I are both registered, card no. ",
            sp.bpjs(), " and ", ex.bpjs(), ", but the hospital refused the card saying \"foreigner not "
            "covered\". Aturan bilang WNA pemegang ITAS lebih dari 6 bulan wajib ikut JKN. Date of birth of my ",
            spw, ": ", sp.dob_("en"), ".\n\n", ex.name()])
    col = Person(sex="F", trad=sp.trad, city=ex.city, y0=1985, y1=2002)
    return dict(channel="whatsapp", pieces=[
        "Hi, saya mau complain. My Indonesian colleague ", col.name(), " was harassed by the building "
        "manager, ", Person(sex="M", city=ex.city).name(), ". She's scared to report herself. Contact me at ",
        ex.phone(), " or ", ex.email(), ". Thanks 🙏"])


# ----------------------------------------------------------------------------- 16 daerah
def st_daerah(i, pii):
    if not pii:
        opts = [
            ["Nuwun sewu, kula badhe matur. Margi ing RT 04 sampun rusak wiwit taun 2024, dereng nate dipun "
             "dandosi. Yen jawah, toya ngantos sedhengkul. Dana desa taun punika ", rupiah(), ", nanging "
             "boten wonten kabaripun. Matur nuwun."],
            ["Punten, abdi bade lapor. Lampu jalan di Jl. Siliwangi ti km ", str(R.randint(2, 9)), " dugi ka km ",
             str(R.randint(10, 15)), " tos pareum 3 bulan. Tos seueur kacilakaan. Parantos lapor ka 112 sareng "
             "kalurahan, teu aya tindak lanjut. Hatur nuhun."],
            ["Horas. Dalan tu huta nami di Kecamatan Lumban Julu nunga maraburan. Angka dakdanak ",
             str(R.randint(40, 90)), " halak na laho tu sikola ingkon mardalan 5 km. Pengaduan nomor ",
             nm(ticket7()), " so adong alusna. Mauliate."],
            ["Sa mau lapor, Bapa. Puskesmas di distrik kami su tutup dari ", event_date("long"),
             ". Obat malaria trada. Mama-mama hamil harus jalan kaki 3 jam ke kota. Dana Otsus ", rupiah(),
             " itu ke mana? Trima kasih banyak."],
            ["Assalamualaikum. Jalan gampong kamoe ka reulöh that, hana geupeugöt lé pemerintah. Mobil "
             "ambulans hana jeut tamöng. Ka lheuh lapor bak 112 ngön bak keuchik. Teurimong geunaseh."],
        ]
        return dict(channel=ch(["web", "whatsapp", "sms?", "social"]), pieces=opts[i])
    k = i % 12
    if k == 0:
        p = Person(trad="jawa", city=ch(["Klaten", "Yogyakarta", "Sleman", "Surakarta", "Semarang"]), y0=1950, y1=1975)
        return dict(channel="web", pieces=[
            "Nuwun sewu, kula badhe matur bab bantuan sembako ingkang dereng nate dipun tampi. Asma kula ",
            p.name(), ", NIK ", p.nik(), ", griya kula wonten ", p.addr(kind=ch(["dusun", "jl"])),
            ". Nomer HP ", p.phone(), ". Menawi wonten kalepatan nyuwun pangapunten. Matur nuwun."])
    if k == 1:
        p = Person(trad="sunda", y0=1960, y1=1995)
        return dict(channel="whatsapp", pieces=[
            "Punten, abdi bade lapor. Bumi abdi di ", p.addr(kind=ch(["kp", "jl", "gg"])), " kabanjiran unggal "
            "hujan margi solokan ditutup ku proyek. Nami abdi ", p.name(), ", nomer WA ", p.phone(),
            ". Hatur nuhun."])
    if k == 2:
        p = Person(trad="batak", city=ch(["Toba", "Medan"]), y0=1960, y1=1995)
        kep = Person(trad="batak", sex="M", city=p.city, y0=1955, y1=1975)
        return dict(channel="web", pieces=[
            "Horas. Au si ", p.name(), ", NIK ", p.nik(), ". Kepala desa nami, ", kep.name(), ", mangalean BLT "
            "holan tu angka dongan tubuna. Hami na pogos dang dapotan. Nomor HP ", p.phone(), ". Mauliate."])
    if k == 3:
        p = Person(trad="bugis", y0=1960, y1=1995)
        return dict(channel="web", pieces=[
            "Tabe', iyya' ", p.name(), ", NIK ", p.nik(), ". Bola-ku ri ", p.addr(kind=ch(["btn", "jl", "perum"])),
            " de' na engka lampu jalan. Maega tau napolei bahaya. Nomor WA-ku ", p.phone(), ". Terima kasih, tabe'."])
    if k == 4:
        p = Person(trad="aceh", city=ch(["Banda Aceh", "Aceh Besar"]), y0=1960, y1=1995)
        return dict(channel="web", pieces=[
            "Assalamualaikum. Lon ", p.name(), ", NIK ", p.nik(), ". Rumoh lon di ", p.addr(kind=ch(["jl", "lr"])),
            " rhët lé geumpa, bantuan hana trôk sampoe jinoe. Nomor HP lon ", p.phone(), ". Teurimong geunaseh."])
    if k == 5:
        p = Person(trad="papua", y0=1965, y1=1998)
        return dict(channel="whatsapp", pieces=[
            "Selamat siang Bapa. Sa mau lapor, sa pu nama ", p.name(), ". Sa tinggal di ", p.addr(kind="jl"),
            ". Sa pu anak pu ijazah ditahan sekolah karena belum bayar uang komite. Sa pu nomor ", p.phone(),
            ". Trima kasih banyak."])
    if k == 6:
        p = Person(trad="nias", y0=1960, y1=1995)
        return dict(channel="web", pieces=[
            "Ya'ahowu. Ya'o ", p.name(), ", NIK ", p.nik(), ". Lala ba mbanua mami no abua, ambulans lö tola "
            "möi. Nomor HP-gu ", p.phone(), ". Saohagölö."])
    if k == 7:
        p = Person(trad="sasak", y0=1960, y1=1995)
        if i >= 12:
            return dict(channel="sms", pieces=["Tiang ", p.cn(), ", BPJS ", p.bpjs("plain"), " mati. Tampiasih."])
        return dict(channel="sms", pieces=[
            "Tiang ", p.cn(), ", BPJS tiang ", p.bpjs("plain"), " mati, tiang ndek bau berobat. Tampiasih."])
    if k == 8:
        p = Person(trad="minang", city=ch(["Padang", "Bukittinggi"]), y0=1955, y1=1995)
        return dict(channel="web", pieces=[
            "Assalamualaikum. Ambo ", p.name(), ", lahia ", p.dob_(), ". Rumah ambo di ", p.addr(),
            " alah tigo kali kanai longsor, tapi bantuan alun juo tibo. No. KK ambo ", p.kk(),
            ". Tarimo kasih."])
    if k == 9:
        p = Person(trad="madura", y0=1955, y1=1995)
        return dict(channel="whatsapp", case="lower" if chance(0.5) else None, pieces=[
            "Assalamualaikum. Kaulâ ", p.name(), ", NIK ", p.nik(), ". Bantuan pupuk subsidi ta' epaparèng ka "
            "kaulâ, ja' ghi' kodu majâr ", rupiah(), ". Nomer kaulâ ", p.phone(), ". Sakalangkong."])
    if k == 10:
        p = Person(trad="bali", y0=1955, y1=1995)
        return dict(channel="web", pieces=[
            "Om Swastiastu. Tiang ", p.name(), ", NIK ", p.nik(), ". Jalan ring ", p.addr(kind=ch(["jl", "gg"])),
            " rusak pisan, sampun kaping kalih tiang ngaturang laporan. Nomor HP ", p.phone(),
            ". Suksma. Om Shanti Shanti Shanti Om."])
    p = Person(trad="banjar", y0=1955, y1=1995)
    return dict(channel="web", pieces=[
        "Assalamualaikum. Ulun ", p.name(), ", NIK ", p.nik(), ". Banyu PDAM di rumah ulun ", p.addr(),
        " kada mengalir sudah saminggu. Nomor HP ulun ", p.phone(), ". Tarima kasih banar."])


# ============================================================================= building & checks
STYLES = [
    ("dukcapil", st_dukcapil),
    ("casn", st_casn),
    ("samsat", st_samsat),
    ("skck", st_skck),
    ("kua", st_kua),
    ("pensiun", st_pensiun),
    ("beasiswa", st_beasiswa),
    ("darurat112", st_darurat112),
    ("awam", st_awam),
    ("unikode", st_unikode),
    ("tetangga", st_tetangga),
    ("kerja", st_kerja),
    ("utilitas", st_utilitas),
    ("ekspor", st_ekspor),
    ("bilingual", st_bilingual),
    ("daerah", st_daerah),
]

# Explicit allow-list: institutional accounts / addresses that may appear as plain text.
INST_HANDLES = {"@lapor1708", "@pln_123", "@bkngoid", "@korlantas_signal", "@divpropampolri",
                "@humaspolri", "@kemenag_ri", "@taspen_official", "@puslapdik", "@kemdiktisaintek.ri",
                "@indihomecare"}
INST_EMAIL_SUFFIX = (".go.id", ".ac.id")


class CheckError(Exception):
    pass


def fail(msg, rec=None):
    raise CheckError(msg + ("" if rec is None else f"\n  in [{rec['style']}] {rec['text'][:300]!r}"))


ZW = {ord(c): None for c in "\u200b\u200c\u200d\u2060\u00ad\ufeff"}
DASHES = {0x2010: "-", 0x2011: "-"}


def norm(s):
    return unicodedata.normalize("NFKC", s.translate(ZW)).translate(DASHES)


def build(d, style):
    case = d.get("case")
    ch_ = d.get("channel", "web")
    if ch_ == "sms?":   # SMS if it fits in 160 characters, otherwise WhatsApp
        ch_ = "sms" if sum(len(x if isinstance(x, str) else x[0]) for x in flat(d["pieces"])) <= 160 else "whatsapp"
    if case is None and ch_ in ("sms", "whatsapp", "social") and chance(0.08):
        case = ch(["upper", "lower"])
    parts, spans, nms = [], [], []
    pos = 0
    for p in flat(d["pieces"]):
        if isinstance(p, str):
            s, lab = p, None
        else:
            s, lab = p
        if case == "upper":
            s = s.upper()
        elif case == "lower":
            s = s.lower()
        if lab in LABELS:
            spans.append({"start": pos, "end": pos + len(s), "label": lab, "_v": s})
        elif lab == NM:
            nms.append((pos, pos + len(s), s))
        elif lab is not None:
            fail(f"unknown piece label {lab!r}")
        parts.append(s)
        pos += len(s)
    rec = {"style": style, "channel": ch_, "case": case or "mixed", "text": "".join(parts),
           "spans": spans, "nms": nms, "long": bool(d.get("long"))}
    if rec["long"] and not (2048 <= len(rec["text"].encode("utf-8")) <= 4096):
        fail(f"long text is {len(rec['text'].encode('utf-8'))} bytes (want 2-4 KB)", rec)
    return rec


def _valid_date(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def _yy(yy, hi=26):
    return 2000 + yy if yy <= hi else 1900 + yy


def chk_16(n):
    return re.fullmatch(r"\d{16}|\d{4}([ -])\d{4}\1\d{4}\1\d{4}|\d{2}\.\d{2}\.\d{2}\.\d{6}\.\d{4}", n)


def valid_nik(v, allow_typo=True):
    n = norm(v)
    if chk_16(n):
        d = re.sub(r"\D", "", n)
        if int(d[:2]) not in PROVINCE_CODES:
            return False
        dd, mm, yy = int(d[6:8]), int(d[8:10]), int(d[10:12])
        if dd > 40:
            dd -= 40
        return _valid_date(_yy(yy), mm, dd)
    if allow_typo and re.fullmatch(r"\d{15}|\d{17}", n):
        return int(n[:2]) in PROVINCE_CODES
    return False


def valid_kk(v):
    n = norm(v)
    if not chk_16(n):
        return False
    d = re.sub(r"\D", "", n)
    return (int(d[:2]) in PROVINCE_CODES and int(d[8:10]) <= 12
            and _valid_date(2000 + int(d[10:12]), int(d[8:10]), int(d[6:8])) and int(d[10:12]) <= 26)


def valid_npwp(v):
    n = norm(v)
    if re.fullmatch(r"0[4-9]\.\d{3}\.\d{3}\.\d-\d{3}\.000", n):
        return True
    if re.fullmatch(r"0[4-9]\d{10}000|00[4-9]\d{10}000", n):
        return True
    return valid_nik(n, allow_typo=False)


def valid_phone(v):
    n = norm(v)
    s = n
    if s.startswith("(+62) "):
        s = "0" + s[6:]
    elif s.startswith("+62"):
        s = "0" + s[3:].lstrip()
    elif s.startswith("62"):
        s = "0" + s[2:]
    if not re.fullmatch(r"[\d() .\-]+", s):
        return False
    if not re.fullmatch(r"\(?\d+\)?(?:[ .\-]\d+)*|\(\d+\) \d+(?:-\d+)?", s):
        return False
    d = re.sub(r"\D", "", s)
    if d.startswith("08"):
        return d[:4] in MOBILE_PREFIX and 11 <= len(d) <= 13
    for a in sorted(AREA_CODES, key=len, reverse=True):
        if d.startswith(a):
            return 6 <= len(d) - len(a) <= 8
    return False


def valid_email(v):
    n = norm(v)
    return bool(re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+", n)) and \
        not n.lower().endswith(INST_EMAIL_SUFFIX)


def valid_plate(v):
    n = norm(v).upper()
    m = re.fullmatch(r"([A-Z]{1,2})([ -]?)(\d{1,4})\2([A-Z]{1,3})", n)
    return bool(m) and m.group(1) in PLATE_CODES


def valid_bank(v):
    n = norm(v)
    if not re.fullmatch(r"\d+(?:[ \-]\d+)*", n):
        return False
    return len(re.sub(r"\D", "", n)) in (10, 13, 14, 15, 16)


def valid_passport(v):
    return bool(re.fullmatch(r"[A-Z] ?\d{7}", norm(v).upper()))


def valid_bpjs(v):
    n = norm(v)
    return bool(re.fullmatch(r"000\d{10}|000\d \d{4} \d{4} \d", n))


def valid_nip(v):
    n = norm(v)
    if not re.fullmatch(r"\d{8} \d{6} \d \d{3}|\d{18}", n):
        return False
    d = n.replace(" ", "")
    by, bm, bd = int(d[:4]), int(d[4:6]), int(d[6:8])
    ty, tm = int(d[8:12]), int(d[12:14])
    return (_valid_date(by, bm, bd) and 1 <= tm <= 12 and by + 18 <= ty <= 2026 and d[14] in "12")


HONORIFICS = {"bapak", "pak", "ibu", "bu", "sdr.", "sdri.", "saudara", "mas", "mbak", "bang", "kak",
              "haji", "h.", "hj.", "ustaz", "dr.", "ir.", "drs.", "pastor", "bripka", "almarhum",
              "almarhumah", "pak rt", "lurah"}


def valid_person(v):
    n = norm(v)
    if not re.fullmatch(r"[^\W\d_]+\.?(?:(?: |-|'|\. ?)[^\W\d_]+\.?)*", n):
        return False
    first = n.split()[0].lower()
    return first not in HONORIFICS and not n.endswith(",")


ADDR_START = ("jl. ", "jln. ", "jalan ", "gg. ", "lr. ", "perum ", "komp. ", "kompleks ", "btn ",
              "dusun ", "dsn. ", "jorong ", "kp. ", "rt ")


def valid_address(v):
    n = norm(v)
    return n.lower().startswith(ADDR_START) and bool(re.search(r"\d", n)) and not n.endswith((",", "."))


def parse_dob(v):
    n = norm(v)
    months = {m.lower(): k + 1 for k, m in enumerate(BULAN)}
    months.update({m.lower(): k + 1 for k, m in enumerate(BLN)})
    months.update({m.lower(): k + 1 for k, m in enumerate(MONTH_EN)})
    m = re.fullmatch(r"(\d{1,2}) ([A-Za-z]+) (\d{4})", n)
    if m and m.group(2).lower() in months:
        return int(m.group(3)), months[m.group(2).lower()], int(m.group(1))
    m = re.fullmatch(r"([A-Za-z]+) (\d{1,2}), (\d{4})", n)
    if m and m.group(1).lower() in months:
        return int(m.group(3)), months[m.group(1).lower()], int(m.group(2))
    m = re.fullmatch(r"(\d{2})([-/.])(\d{2})\2(\d{4})", n)
    if m:
        return int(m.group(4)), int(m.group(3)), int(m.group(1))
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", n)
    if m:
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    return None


def valid_dob(v):
    t = parse_dob(v)
    return bool(t) and 1920 <= t[0] <= 2026 and _valid_date(*t)


def valid_handle(v):
    n = norm(v)
    return bool(re.fullmatch(r"@[A-Za-z0-9_.]{3,30}", n)) and not n.endswith(".") and \
        n.lower() not in INST_HANDLES


VALIDATORS = {"NIK": valid_nik, "KK": valid_kk, "NPWP": valid_npwp, "PHONE": valid_phone,
              "EMAIL": valid_email, "PLATE": valid_plate, "BANK_ACCOUNT": valid_bank,
              "PASSPORT": valid_passport, "BPJS": valid_bpjs, "NIP": valid_nip, "PERSON": valid_person,
              "ADDRESS": valid_address, "DATE_OF_BIRTH": valid_dob, "HANDLE": valid_handle}


def is_wordchar(c):
    return unicodedata.category(c)[0] in "LNM"


def bad_edge(c, start=True):
    """Whitespace or invisible format characters may not sit at a span edge; a combining mark may
    end a span (it belongs to the preceding letter) but not start one."""
    bad = ("Zs", "Zl", "Zp", "Cf", "Cc") + (("Mn", "Me") if start else ())
    return c.isspace() or unicodedata.category(c) in bad


def check_record(rec):
    t = rec["text"]
    prev_end = 0
    for s in rec["spans"]:
        a, b, lab = s["start"], s["end"], s["label"]
        if not (0 <= a < b <= len(t)):
            fail(f"offsets out of range {s}", rec)
        if t[a:b] != s["_v"]:
            fail(f"text[start:end] {t[a:b]!r} != {s['_v']!r}", rec)
        if lab not in LABELS:
            fail(f"label {lab}", rec)
        if a < prev_end:
            fail(f"overlap/unsorted at {s}", rec)
        prev_end = b
        if bad_edge(t[a]) or bad_edge(t[b - 1], start=False):
            fail(f"whitespace/format char at span edge {t[a:b]!r}", rec)
        if (a > 0 and is_wordchar(t[a - 1])) or (b < len(t) and is_wordchar(t[b])):
            fail(f"span glued to a letter/digit: {t[max(0, a - 3):b + 3]!r}", rec)
        if not VALIDATORS[lab](t[a:b]):
            fail(f"malformed {lab}: {t[a:b]!r}", rec)
    for a, b, v in rec["nms"]:
        nv = norm(v)
        for run in re.findall(r"\d(?:[ .\-]?\d)*", nv):
            dg = re.sub(r"\D", "", run)
            if len(dg) >= 9 and not re.fullmatch(r"20\d{14}", dg):
                fail(f"near-miss with a long number that is not a year-prefixed ticket: {v!r}", rec)
            if len(dg) == 16 and valid_nik(dg, allow_typo=False):
                fail(f"near-miss ticket passes NIK check: {v!r}", rec)
        for h in re.findall(r"@[\w.]+", nv):
            if "@" == nv[0] and h.lower() not in INST_HANDLES and not h.lower().startswith("@dukcapil_"):
                fail(f"near-miss handle not in allow-list: {h}", rec)
        if "@" in nv and nv[0] != "@" and not nv.lower().endswith(INST_EMAIL_SUFFIX):
            fail(f"near-miss e-mail not institutional: {v!r}", rec)
    if rec["channel"] == "sms" and len(t) > 160:
        fail(f"SMS longer than 160 chars ({len(t)})", rec)


PLATE_RX = re.compile(r"(?<![A-Za-z0-9])([A-Z]{1,2})[ -]?(\d{1,4})[ -]?([A-Z]{1,3})(?![A-Za-z0-9])")


def leak_scan(rec, all_names):
    """No personal value outside a span, except allow-listed near-miss pieces."""
    t = rec["text"]
    mask = [False] * len(t)
    for s in rec["spans"]:
        for k in range(s["start"], s["end"]):
            mask[k] = True
    for a, b, _ in rec["nms"]:
        for k in range(a, b):
            mask[k] = True
    outside = norm("".join("\x00" if m else c for c, m in zip(t, mask)))
    # allow-listed pattern: chat-export timestamps such as 2026-01-18 08:09
    outside = re.sub(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", "\x00", outside)
    for run in re.findall(r"\+?\d(?:[ .\-()]?\d)*", outside):
        if len(re.sub(r"\D", "", run)) >= 9:
            fail(f"long number outside spans: {run!r}", rec)
    for m in re.finditer(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+", outside):
        fail(f"e-mail outside spans: {m.group()!r}", rec)
    for m in re.finditer(r"(?<![\w@])@[\w.]{2,}", outside):
        fail(f"handle outside spans: {m.group()!r}", rec)
    for m in PLATE_RX.finditer(outside):
        if m.group(1) in PLATE_CODES:
            fail(f"plate-like string outside spans: {m.group()!r}", rec)
    for m in re.finditer(r"(?<![A-Za-z0-9])[A-Z] ?\d{7}(?![0-9])", outside):
        fail(f"passport-like string outside spans: {m.group()!r}", rec)
    low = outside.lower()
    own = {norm(s["_v"]).lower() for s in rec["spans"]}
    for nmv in sorted(own | all_names):
        if len(nmv) < 3:
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(nmv) + r"(?!\w)", low):
            fail(f"personal value {nmv!r} also appears outside spans", rec)


def run_checks(records):
    all_names = {norm(s["_v"]).lower() for r in records for s in r["spans"]
                 if s["label"] == "PERSON" and " " in norm(s["_v"]).strip()}
    for rec in records:
        check_record(rec)
        leak_scan(rec, all_names)
    texts = [r["text"] for r in records]
    if len(set(texts)) != len(texts):
        fail("duplicate texts")
    for name, _ in STYLES:
        rs = [r for r in records if r["style"] == name]
        n_pii = sum(1 for r in rs if r["spans"])
        if len(rs) != 25 or n_pii != 20:
            fail(f"style {name}: {len(rs)} texts, {n_pii} with PII (want 25/20)")
    if len(records) != 400:
        fail(f"{len(records)} records")
    labs = {s["label"] for r in records for s in r["spans"]}
    missing = set(LABELS) - labs
    if missing:
        fail(f"labels never used: {sorted(missing)}")


def score_check(rows):
    sys.dont_write_bytecode = True
    import importlib.util
    spec = importlib.util.spec_from_file_location("pii_score_t24", os.path.join(SCORE_DIR, "score.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    preds = [{"id": r["id"], "spans": r["spans"]} for r in rows]
    res = mod.score(rows, preds)
    o = res["overall"]
    if abs(o["exact_strict"]["f1"] - 1.0) > 1e-12 or abs(o["char_coarse"]["leak"]) > 1e-12:
        fail(f"gold-vs-gold score not perfect: F1 {o['exact_strict']['f1']}, leak {o['char_coarse']['leak']}")
    if o["nopii_texts"] != 80 or o["nopii_false_alarm_rate"] != 0.0:
        fail(f"no-PII texts {o['nopii_texts']}, false alarms {o['nopii_false_alarm_rate']}")
    empty = mod.score(rows, [])
    if abs(empty["overall"]["char_coarse"]["leak"] - 1.0) > 1e-12:
        fail("sanity: empty predictions should leak everything")
    return o["exact_strict"]["f1"], o["char_coarse"]["leak"]


def main():
    records = []
    for name, fn in STYLES:
        for i in range(20):
            rec = build(fn(i, True), name)
            if not rec["spans"]:
                fail(f"{name} PII text {i} has no spans", rec)
            records.append(rec)
        for i in range(5):
            rec = build(fn(i, False), name)
            if rec["spans"]:
                fail(f"{name} PII-free text {i} has spans", rec)
            records.append(rec)
    run_checks(records)
    R.shuffle(records)
    rows = []
    for k, rec in enumerate(records, 1):
        rec["id"] = f"t24-{k:04d}-{rec['style']}"
        rows.append({"id": rec["id"], "text": rec["text"],
                     "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]}
                               for s in rec["spans"]]})
    f1, leak = score_check(rows)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    with open(OUT, "wb") as f:
        f.write(data)
    # ---- statistics
    print(f"wrote {OUT}")
    print(f"md5 {hashlib.md5(data).hexdigest()}  bytes {len(data)}  records {len(rows)}  "
          f"spans {sum(len(r['spans']) for r in rows)}  pii-free {sum(1 for r in rows if not r['spans'])}")
    print(f"gold-vs-gold: exact F1 {f1:.3f}, char leak {leak:.3f}")
    print("spans per label:")
    for lab in LABELS:
        print(f"  {lab:14s} {sum(1 for r in rows for s in r['spans'] if s['label'] == lab)}")
    print("per style: texts / with PII / spans / labels")
    for name, _ in STYLES:
        rs = [r for r in records if r["style"] == name]
        cnt = {}
        for r in rs:
            for s in r["spans"]:
                cnt[s["label"]] = cnt.get(s["label"], 0) + 1
        print(f"  {name:11s} {len(rs)} / {sum(1 for r in rs if r['spans'])} / {sum(cnt.values())} / "
              + ", ".join(f"{k} {v}" for k, v in sorted(cnt.items())))
    lens = [len(r["text"].encode("utf-8")) for r in records]
    print(f"texts < 60 chars: {sum(1 for r in records if len(r['text']) < 60)}; "
          f"texts 2-4 KB: {sum(1 for x in lens if 2048 <= x <= 4096)}; max bytes {max(lens)}")
    cases = {}
    chans = {}
    for r in records:
        cases[r["case"]] = cases.get(r["case"], 0) + 1
        chans[r["channel"]] = chans.get(r["channel"], 0) + 1
    print("casing:", ", ".join(f"{k} {v}" for k, v in sorted(cases.items())))
    print("channels:", ", ".join(f"{k} {v}" for k, v in sorted(chans.items())))
    nik_sp = [r["text"][s["start"]:s["end"]] for r in rows for s in r["spans"] if s["label"] == "NIK"]
    n_typo = sum(1 for v in nik_sp if len(re.sub(r"\D", "", norm(v))) != 16)
    print(f"mistyped NIK (15/17 digits): {n_typo} of {len(nik_sp)}")
    print(f"non-ASCII texts: {sum(1 for r in rows if any(ord(c) > 127 for c in r['text']))}")


if __name__ == "__main__":
    try:
        main()
    except CheckError as e:
        print("CHECK FAILED:", e, file=sys.stderr)
        sys.exit(1)
