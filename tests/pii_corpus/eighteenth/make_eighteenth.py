#!/usr/bin/env python3
"""make_eighteenth.py - independent PII evaluation corpus no. 18 for SP4N-LAPOR! complaint texts.

Deterministic generator (Python 3 standard library only, random.Random(18122026)).
Every PII span is recorded while the text is being built (never found by searching).

usage:
  python3 make_eighteenth.py            # regenerate eighteenth.jsonl and validate it
  python3 make_eighteenth.py --check    # regenerate in memory, validate, compare byte-for-byte
  python3 make_eighteenth.py --stats    # print counts per style / label / near-miss kind
"""
import argparse
import datetime as dt
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

SEED = 18122026
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "eighteenth.jsonl")
LABELS = ["NIK", "KK", "NPWP", "PHONE", "EMAIL", "PLATE", "BANK_ACCOUNT", "PASSPORT",
          "BPJS", "NIP", "PERSON", "ADDRESS", "DATE_OF_BIRTH", "HANDLE"]
PROV_CODES = {11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53,
              61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96}

# --------------------------------------------------------------------------------------------
# plan: (style, with_pii, count)
PLAN = [
    ("bap", 32, 3), ("kuasa", 16, 2), ("domisili", 14, 2), ("ocr", 26, 6), ("ktp", 16, 0),
    ("chatbot", 28, 9), ("broadcast", 20, 8), ("scam", 30, 8), ("health", 26, 8),
    ("bilingual", 22, 6), ("regional", 26, 8), ("short", 18, 8), ("long", 14, 2),
    ("caps", 16, 5), ("lower", 16, 5),
]
MAX_FRAME_REUSE = 4
FRAME_MIN_WORDS = 5

# --------------------------------------------------------------------------------------------
# calendar
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]
MONABBR = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
DATE_FORMS_ID = ["long", "long", "long0", "abbr", "dash", "dash", "slash", "dot", "iso",
                 "dash1", "slash1"]
ALL_DATE_FORMS = ["long", "long0", "abbr", "abbr2", "dash", "slash", "dot", "iso", "dash1",
                  "slash1", "upper", "en", "en_us", "en_abbr"]


def fmt_date(d, form):
    D, M, Y = d.day, d.month, d.year
    if form == "long":
        return f"{D} {MONTHS[M-1]} {Y}"
    if form == "long0":
        return f"{D:02d} {MONTHS[M-1]} {Y}"
    if form == "abbr":
        return f"{D} {MONABBR[M-1]} {Y}"
    if form == "abbr2":
        return f"{D:02d} {MONABBR[M-1] if M != 8 else 'Agt'} {Y}"
    if form == "dash":
        return f"{D:02d}-{M:02d}-{Y}"
    if form == "slash":
        return f"{D:02d}/{M:02d}/{Y}"
    if form == "dot":
        return f"{D:02d}.{M:02d}.{Y}"
    if form == "iso":
        return f"{Y}-{M:02d}-{D:02d}"
    if form == "dash1":
        return f"{D}-{M}-{Y}"
    if form == "slash1":
        return f"{D}/{M}/{Y}"
    if form == "upper":
        return f"{D:02d} {MONTHS[M-1].upper()} {Y}"
    if form == "en":
        return f"{D} {MONTHS_EN[M-1]} {Y}"
    if form == "en_us":
        return f"{MONTHS_EN[M-1]} {D}, {Y}"
    if form == "en_abbr":
        return f"{D} {MONTHS_EN[M-1][:3]} {Y}"
    raise ValueError(form)


def rand_date(rng, y0, y1, m1=12):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, m1, 28).toordinal()
    return dt.date.fromordinal(rng.randint(a, b))


# --------------------------------------------------------------------------------------------
# regions: prov, kab, city, short, province, area code, plate codes, flavour, [(kec, code, [kel])]
R = [
    ("32", "73", "Kota Bandung", "Bandung", "Jawa Barat", "022", ["D"], "sunda",
     [("Sukasari", "05", ["Sukarasa", "Gegerkalong", "Isola"]), ("Coblong", "10", ["Dago", "Lebakgede", "Sekeloa"]),
      ("Antapani", "22", ["Antapani Kidul", "Antapani Tengah"])]),
    ("32", "04", "Kabupaten Bandung", "Bandung", "Jawa Barat", "022", ["D"], "sunda",
     [("Baleendah", "12", ["Andir", "Manggahang"]), ("Dayeuhkolot", "14", ["Citeureup", "Pasawahan"])]),
    ("32", "01", "Kabupaten Bogor", "Bogor", "Jawa Barat", "0251", ["F"], "sunda",
     [("Cibinong", "01", ["Pakansari", "Nanggewer"]), ("Citeureup", "03", ["Puspanegara", "Tarikolot"])]),
    ("32", "09", "Kabupaten Cirebon", "Cirebon", "Jawa Barat", "0231", ["E"], "jawa",
     [("Sumber", "16", ["Babakan", "Kenanga"]), ("Plered", "20", ["Trusmi Wetan", "Panembahan"])]),
    ("32", "75", "Kota Bekasi", "Bekasi", "Jawa Barat", "021", ["B"], "urban",
     [("Bekasi Timur", "03", ["Aren Jaya", "Duren Jaya"]), ("Rawalumbu", "09", ["Bojong Rawalumbu", "Sepanjang Jaya"])]),
    ("36", "71", "Kota Tangerang", "Tangerang", "Banten", "021", ["B"], "urban",
     [("Cipondoh", "04", ["Poris Plawad", "Ketapang"]), ("Karawaci", "07", ["Bojong Jaya", "Cimone"])]),
    ("36", "04", "Kabupaten Serang", "Serang", "Banten", "0254", ["A"], "sunda",
     [("Kramatwatu", "11", ["Margasana", "Pejaten"]), ("Ciruas", "06", ["Citerep", "Kaserangan"])]),
    ("31", "74", "Kota Adm. Jakarta Selatan", "Jakarta", "DKI Jakarta", "021", ["B"], "urban",
     [("Tebet", "01", ["Tebet Barat", "Manggarai", "Bukit Duri"]), ("Pancoran", "07", ["Kalibata", "Duren Tiga"]),
      ("Jagakarsa", "09", ["Ciganjur", "Srengseng Sawah", "Lenteng Agung"])]),
    ("31", "75", "Kota Adm. Jakarta Timur", "Jakarta", "DKI Jakarta", "021", ["B"], "urban",
     [("Duren Sawit", "08", ["Pondok Kopi", "Klender"]), ("Cakung", "06", ["Cakung Barat", "Pulo Gebang"])]),
    ("33", "74", "Kota Semarang", "Semarang", "Jawa Tengah", "024", ["H"], "jawa",
     [("Banyumanik", "11", ["Srondol Wetan", "Pedalangan"]), ("Tembalang", "13", ["Bulusan", "Meteseh"])]),
    ("33", "72", "Kota Surakarta", "Solo", "Jawa Tengah", "0271", ["AD"], "jawa",
     [("Laweyan", "01", ["Pajang", "Sondakan"]), ("Jebres", "04", ["Mojosongo", "Jebres"])]),
    ("33", "02", "Kabupaten Banyumas", "Purwokerto", "Jawa Tengah", "0281", ["R"], "jawa",
     [("Sokaraja", "19", ["Sokaraja Kulon", "Banjaranyar"]), ("Kembaran", "20", ["Bojongsari", "Karangsoka"])]),
    ("33", "29", "Kabupaten Brebes", "Brebes", "Jawa Tengah", "0283", ["G"], "jawa",
     [("Bulakamba", "13", ["Bulusari", "Kluwut"]), ("Wanasari", "12", ["Siasem", "Sigentong"])]),
    ("34", "71", "Kota Yogyakarta", "Yogyakarta", "DI Yogyakarta", "0274", ["AB"], "jawa",
     [("Umbulharjo", "07", ["Warungboto", "Giwangan"]), ("Gondokusuman", "10", ["Baciro", "Terban"])]),
    ("34", "04", "Kabupaten Sleman", "Sleman", "DI Yogyakarta", "0274", ["AB"], "jawa",
     [("Depok", "07", ["Caturtunggal", "Condongcatur"]), ("Ngaglik", "12", ["Sardonoharjo", "Sinduharjo"])]),
    ("35", "78", "Kota Surabaya", "Surabaya", "Jawa Timur", "031", ["L"], "urban",
     [("Wonokromo", "05", ["Jagir", "Ngagel Rejo"]), ("Rungkut", "09", ["Kali Rungkut", "Medokan Ayu"])]),
    ("35", "15", "Kabupaten Sidoarjo", "Sidoarjo", "Jawa Timur", "031", ["W"], "jawa",
     [("Waru", "17", ["Kureksari", "Tambak Sawah"]), ("Candi", "04", ["Larangan", "Sumokali"])]),
    ("35", "07", "Kabupaten Malang", "Malang", "Jawa Timur", "0341", ["N"], "jawa",
     [("Singosari", "24", ["Ardimulyo", "Pagentan"]), ("Lawang", "23", ["Kalirejo", "Bedali"])]),
    ("35", "09", "Kabupaten Jember", "Jember", "Jawa Timur", "0331", ["P"], "jawa",
     [("Sumbersari", "10", ["Antirogo", "Kranjingan"]), ("Ajung", "07", ["Klompangan", "Rowoindah"])]),
    ("51", "71", "Kota Denpasar", "Denpasar", "Bali", "0361", ["DK"], "bali",
     [("Denpasar Selatan", "01", ["Sesetan", "Panjer", "Sidakarya"]), ("Denpasar Barat", "03", ["Pemecutan", "Dauh Puri"])]),
    ("51", "03", "Kabupaten Badung", "Badung", "Bali", "0361", ["DK"], "bali",
     [("Kuta Utara", "06", ["Kerobokan", "Canggu"]), ("Mengwi", "03", ["Kapal", "Abianbase"])]),
    ("12", "71", "Kota Medan", "Medan", "Sumatera Utara", "061", ["BK"], "batak",
     [("Medan Johor", "01", ["Gedung Johor", "Kwala Bekala"]), ("Medan Sunggal", "12", ["Sunggal", "Tanjung Rejo"])]),
    ("12", "12", "Kabupaten Toba", "Balige", "Sumatera Utara", "0632", ["BB"], "batak",
     [("Balige", "05", ["Napitupulu Bagasan", "Sangkar Nihuta"]), ("Laguboti", "06", ["Pasar Laguboti", "Sitoluama"])]),
    ("11", "71", "Kota Banda Aceh", "Banda Aceh", "Aceh", "0651", ["BL"], "aceh",
     [("Syiah Kuala", "09", ["Kopelma Darussalam", "Lamgugob"]), ("Kuta Alam", "04", ["Peunayong", "Laksana"])]),
    ("13", "71", "Kota Padang", "Padang", "Sumatera Barat", "0751", ["BA"], "minang",
     [("Kuranji", "08", ["Kalumbuk", "Pasar Ambacang"]), ("Padang Utara", "04", ["Air Tawar Barat", "Ulak Karang Utara"])]),
    ("13", "06", "Kabupaten Agam", "Lubuk Basung", "Sumatera Barat", "0752", ["BA"], "minang",
     [("Ampek Angkek", "11", ["Nagari Biaro Gadang", "Nagari Balai Gurah"]), ("Banuhampu", "10", ["Nagari Ladang Laweh", "Nagari Sungai Tanang"])]),
    ("14", "71", "Kota Pekanbaru", "Pekanbaru", "Riau", "0761", ["BM"], "urban",
     [("Tampan", "10", ["Simpang Baru", "Sidomulyo Barat"]), ("Marpoyan Damai", "08", ["Tangkerang Tengah", "Sidomulyo Timur"])]),
    ("21", "71", "Kota Batam", "Batam", "Kepulauan Riau", "0778", ["BP"], "urban",
     [("Batam Kota", "04", ["Belian", "Teluk Tering"]), ("Sekupang", "06", ["Tiban Indah", "Tanjung Pinggir"])]),
    ("16", "71", "Kota Palembang", "Palembang", "Sumatera Selatan", "0711", ["BG"], "palembang",
     [("Ilir Timur I", "06", ["Sungai Pangeran", "Lorok Pakjo"]), ("Seberang Ulu I", "01", ["Silaberanti", "Tuan Kentang"])]),
    ("18", "71", "Kota Bandar Lampung", "Bandar Lampung", "Lampung", "0721", ["BE"], "urban",
     [("Kedaton", "07", ["Sidodadi", "Surabaya"]), ("Rajabasa", "12", ["Rajabasa Raya", "Gedong Meneng"])]),
    ("15", "71", "Kota Jambi", "Jambi", "Jambi", "0741", ["BH"], "palembang",
     [("Telanaipura", "04", ["Simpang IV Sipin", "Buluran Kenali"])]),
    ("17", "71", "Kota Bengkulu", "Bengkulu", "Bengkulu", "0736", ["BD"], "palembang",
     [("Ratu Agung", "05", ["Kebun Tebeng", "Sawah Lebar"])]),
    ("19", "71", "Kota Pangkalpinang", "Pangkalpinang", "Kepulauan Bangka Belitung", "0717", ["BN"], "urban",
     [("Taman Sari", "03", ["Rawa Bangun", "Gedung Nasional"])]),
    ("61", "71", "Kota Pontianak", "Pontianak", "Kalimantan Barat", "0561", ["KB"], "urban",
     [("Pontianak Kota", "02", ["Mariana", "Sungai Bangkong"]), ("Pontianak Barat", "05", ["Sungai Beliung", "Pal Lima"])]),
    ("63", "71", "Kota Banjarmasin", "Banjarmasin", "Kalimantan Selatan", "0511", ["DA"], "banjar",
     [("Banjarmasin Utara", "05", ["Sungai Miai", "Alalak Utara"]), ("Banjarmasin Selatan", "01", ["Kelayan Dalam", "Pekauman"])]),
    ("63", "03", "Kabupaten Banjar", "Martapura", "Kalimantan Selatan", "0511", ["DA"], "banjar",
     [("Martapura", "09", ["Tanjung Rema Darat", "Pasayangan"])]),
    ("64", "72", "Kota Samarinda", "Samarinda", "Kalimantan Timur", "0541", ["KT"], "banjar",
     [("Sungai Pinang", "08", ["Temindung Permai", "Gunung Lingai"])]),
    ("62", "71", "Kota Palangka Raya", "Palangka Raya", "Kalimantan Tengah", "0536", ["KH"], "banjar",
     [("Jekan Raya", "02", ["Palangka", "Menteng"])]),
    ("65", "71", "Kota Tarakan", "Tarakan", "Kalimantan Utara", "0551", ["KU"], "urban",
     [("Tarakan Barat", "01", ["Karang Anyar", "Sebengkok"])]),
    ("73", "71", "Kota Makassar", "Makassar", "Sulawesi Selatan", "0411", ["DD"], "makassar",
     [("Rappocini", "10", ["Gunung Sari", "Karunrung"]), ("Tamalanrea", "14", ["Tamalanrea Indah", "Kapasa"]),
      ("Manggala", "15", ["Antang", "Borong"])]),
    ("73", "08", "Kabupaten Bone", "Watampone", "Sulawesi Selatan", "0481", ["DD"], "makassar",
     [("Tanete Riattang", "17", ["Macanang", "Bukaka"])]),
    ("76", "05", "Kabupaten Majene", "Majene", "Sulawesi Barat", "0422", ["DC"], "makassar",
     [("Banggae", "01", ["Pangali-Ali", "Baru"])]),
    ("74", "71", "Kota Kendari", "Kendari", "Sulawesi Tenggara", "0401", ["DT"], "makassar",
     [("Kadia", "04", ["Bende", "Pondambea"]), ("Poasia", "06", ["Anduonohu", "Rahandouna"])]),
    ("74", "03", "Kabupaten Muna", "Raha", "Sulawesi Tenggara", "0403", ["DT"], "makassar",
     [("Katobu", "05", ["Raha I", "Laende"])]),
    ("72", "71", "Kota Palu", "Palu", "Sulawesi Tengah", "0451", ["DN"], "makassar",
     [("Palu Barat", "01", ["Ujuna", "Siranindi"])]),
    ("71", "71", "Kota Manado", "Manado", "Sulawesi Utara", "0431", ["DB"], "manado",
     [("Wanea", "04", ["Karombasan Utara", "Ranotana"]), ("Malalayang", "01", ["Malalayang Satu", "Bahu"])]),
    ("71", "02", "Kabupaten Minahasa", "Tondano", "Sulawesi Utara", "0431", ["DB"], "manado",
     [("Tondano Barat", "11", ["Wewelen", "Rinegetan"])]),
    ("75", "71", "Kota Gorontalo", "Gorontalo", "Gorontalo", "0435", ["DM"], "manado",
     [("Kota Tengah", "03", ["Wumialo", "Liluwo"])]),
    ("52", "71", "Kota Mataram", "Mataram", "Nusa Tenggara Barat", "0370", ["DR"], "sasak",
     [("Cakranegara", "05", ["Cakranegara Timur", "Sayang-Sayang"]), ("Ampenan", "01", ["Ampenan Selatan", "Taman Sari"])]),
    ("52", "03", "Kabupaten Lombok Timur", "Selong", "Nusa Tenggara Barat", "0376", ["DR"], "sasak",
     [("Masbagik", "13", ["Masbagik Utara", "Danger"]), ("Aikmel", "16", ["Aikmel Barat", "Toya"])]),
    ("53", "71", "Kota Kupang", "Kupang", "Nusa Tenggara Timur", "0380", ["DH"], "east",
     [("Oebobo", "04", ["Oebufu", "Kayu Putih"])]),
    ("81", "71", "Kota Ambon", "Ambon", "Maluku", "0911", ["DE"], "east",
     [("Sirimau", "02", ["Batu Meja", "Karang Panjang"])]),
    ("82", "71", "Kota Ternate", "Ternate", "Maluku Utara", "0921", ["DG"], "east",
     [("Ternate Tengah", "03", ["Gamalama", "Makassar Timur"])]),
    ("91", "71", "Kota Jayapura", "Jayapura", "Papua", "0967", ["PA"], "east",
     [("Abepura", "03", ["Kota Baru", "Asano"])]),
    ("92", "71", "Kota Sorong", "Sorong", "Papua Barat Daya", "0951", ["PB"], "east",
     [("Sorong Manoi", "05", ["Klabulu", "Malawei"])]),
]
REGIONS = []
for _r in R:
    REGIONS.append(dict(prov=_r[0], kab=_r[1], city=_r[2], short=_r[3], province=_r[4], area=_r[5],
                        plates=_r[6], fl=_r[7], kecs=_r[8]))
BYCITY = {r["city"]: r for r in REGIONS}


def regs(*names):
    out = []
    for n in names:
        out.extend(r for r in REGIONS if r["short"] == n or r["city"] == n)
    return out


GROUP_REGIONS = {
    "jawa": regs("Semarang", "Yogyakarta", "Sleman", "Kota Surabaya", "Sidoarjo", "Malang", "Solo",
                 "Purwokerto", "Brebes", "Jember", "Cirebon", "Kota Adm. Jakarta Timur", "Bekasi"),
    "sunda": regs("Kota Bandung", "Kabupaten Bandung", "Bogor", "Serang", "Tangerang", "Bekasi"),
    "melayu": regs("Palembang", "Jambi", "Bengkulu", "Pangkalpinang", "Pontianak", "Bandar Lampung",
                   "Tarakan", "Batam", "Pekanbaru"),
    "batak": regs("Medan", "Balige", "Batam", "Pekanbaru", "Kota Adm. Jakarta Timur"),
    "minang": regs("Padang", "Lubuk Basung", "Pekanbaru", "Kota Adm. Jakarta Selatan"),
    "bugis": regs("Makassar", "Watampone", "Majene", "Kendari", "Palu"),
    "buton": regs("Kendari", "Raha"),
    "bali": regs("Denpasar", "Badung"),
    "aceh": regs("Banda Aceh"),
    "banjar": regs("Banjarmasin", "Martapura", "Samarinda", "Palangka Raya"),
    "sasak": regs("Mataram", "Selong"),
    "manado": regs("Manado", "Tondano", "Gorontalo"),
    "chinese": regs("Kota Adm. Jakarta Selatan", "Medan", "Pontianak", "Kota Surabaya", "Batam", "Pangkalpinang"),
    "east": regs("Kupang", "Ambon", "Ternate", "Jayapura", "Sorong"),
    "arab": regs("Kota Adm. Jakarta Selatan", "Kota Surabaya", "Palembang", "Jambi", "Pekalongan") or [],
}
GROUP_WEIGHTS = [("jawa", 25), ("sunda", 12), ("melayu", 8), ("batak", 7), ("minang", 6), ("bugis", 6),
                 ("bali", 5), ("aceh", 4), ("banjar", 4), ("sasak", 4), ("manado", 4), ("chinese", 5),
                 ("east", 5), ("arab", 2), ("buton", 2)]

# --------------------------------------------------------------------------------------------
# name pools (invented combinations; no public figures intended)
NP = {
    "jawa": {
        "L": (["Agus", "Budi", "Joko", "Slamet", "Wahyu", "Eko", "Dwi", "Heru", "Bambang", "Teguh", "Sugeng",
               "Yudi", "Ari", "Tri", "Bayu", "Rizky", "Fajar", "Dimas", "Anton", "Hendra", "Imam", "Rudi",
               "Sigit", "Wawan", "Priyo", "Yoga", "Nanang", "Didik", "Puguh", "Galih", "Aris", "Danang"],
              ["Setiawan", "Santoso", "Susilo", "Riyadi", "Hidayat", "Prasetyo", "Cahyono", "Purnomo",
               "Wijanarko", "Raharjo", "Widodo", "Kurniawan", "Wibowo", "Handoko", "Saputro", "Nugroho",
               "Pratama", "Hermawan", "Suryadi", "Utomo", "Wicaksono", "Firmansyah", "Ramadhan", "Kusuma",
               "Priyanto", "Sulistyo", "Harjono", "Wardoyo"],
              ["Sutrisno", "Suparman", "Ponimin", "Hartono", "Sukirno", "Paijo", "Sarmin", "Tukiman",
               "Suwarno", "Karyono", "Mulyadi", "Sukardi", "Darmaji"]),
        "P": (["Sri", "Siti", "Dewi", "Rina", "Endang", "Nur", "Yuli", "Wulan", "Ayu", "Fitri", "Indah", "Ratna",
               "Eka", "Retno", "Nining", "Anik", "Desi", "Novi", "Lina", "Puji", "Dyah", "Sekar", "Putri",
               "Nanik", "Erna", "Tutik", "Umi"],
              ["Wahyuni", "Aminah", "Lestari", "Marlina", "Sulastri", "Hasanah", "Astuti", "Puspitasari",
               "Handayani", "Permatasari", "Yuliana", "Wulandari", "Suryani", "Rahmawati", "Kusumawati",
               "Anggraini", "Maharani", "Safitri", "Rahayu", "Pertiwi", "Ningsih", "Utami", "Setyaningrum",
               "Purwanti", "Mulyani"],
              ["Sumiati", "Tuminah", "Paini", "Sukarti", "Ngatini", "Suwarni", "Sarinah", "Painem",
               "Juwariyah", "Sumarni", "Tarsih", "Warsini"]),
    },
    "sunda": {
        "L": (["Asep", "Dadang", "Ujang", "Cecep", "Deden", "Iwan", "Yayat", "Aceng", "Dede", "Engkos", "Ade",
               "Ilham", "Jajang", "Ence", "Wawan", "Yana", "Ading", "Oman", "Rudi", "Hilman"],
              ["Saepudin", "Suhendar", "Rohmat", "Supriatna", "Hermawan", "Setiawan", "Supriyatna", "Kurnia",
               "Sunarya", "Kosasih", "Irawan", "Nugraha", "Sopandi", "Hidayat", "Ruhiyat", "Mulyana",
               "Permana", "Gunawan", "Sobari", "Ramdani"],
              ["Sukarna", "Karna", "Odih", "Entis", "Maman"]),
        "P": (["Euis", "Neng", "Enok", "Cucu", "Imas", "Yeni", "Lilis", "Teti", "Nia", "Rini", "Popon", "Elis",
               "Iis", "Nenden", "Ratna", "Wida", "Nurul", "Rika"],
              ["Komariah", "Rohmah", "Sumarni", "Cahyati", "Masitoh", "Nuraeni", "Suryani", "Rohaeti",
               "Kurniasih", "Nurhayati", "Sopiah", "Rostika", "Maryati", "Jubaedah", "Nurjanah", "Sumiati",
               "Fauziah", "Hasanah"],
              ["Oneng", "Icih", "Enah", "Entin", "Aas"]),
    },
    "melayu": {
        "L": (["Ahmad", "Darmawan", "Yusuf", "Hendra", "Zainal", "Syarifuddin", "Rizal", "Firdaus", "Azhar",
               "Khairul", "Fauzan", "Rahmad", "Herman", "Jufri"],
              ["Rizal", "Effendi", "Saputra", "Arifin", "Hamid", "Yunus", "Mahmud", "Ilyas", "Syahputra",
               "Bakar", "Zakaria", "Daud"],
              ["Darmawan", "Syarifuddin", "Jufri", "Mukhtar", "Usman"]),
        "P": (["Siti", "Nurbaiti", "Rini", "Marlina", "Yusnita", "Rosmiati", "Wan", "Fatimah", "Zuraida",
               "Nurhasanah", "Dahlia", "Aisyah"],
              ["Rohaya", "Apriyani", "Zahara", "Hasanah", "Yanti", "Sari", "Suryani", "Rahmah", "Aini"],
              ["Nurbaiti", "Marlina", "Rosmiati", "Zuraida", "Jamilah"]),
    },
    "minang": {
        "L": (["Rahmat", "Afrizal", "Zulkifli", "Yusrizal", "Hendri", "Fadli", "Zul", "Irwandi", "Asrul",
               "Deri", "Rafki", "Ilham", "Gusrizal", "Yulhendri"],
              ["Hidayat", "Saputra", "Rahman", "Fahmi", "Putra", "Anwar", "Effendi", "Syahputra", "Marzuki",
               "Kasim"],
              ["Afrizal", "Zulkifli", "Syafrudin", "Yusrizal", "Nofrizal", "Masril"]),
        "P": (["Yusnimar", "Nurmalis", "Fitria", "Yeni", "Rosnida", "Asmaniar", "Elvi", "Rahmi", "Mardiana",
               "Silvia", "Nelly", "Yulia"],
              ["Ningsih", "Marlina", "Susanti", "Yanti", "Wati", "Hayati", "Fitri", "Oktavia", "Rahmadani"],
              ["Yusnimar", "Nurmalis", "Rosnida", "Asmaniar", "Erniwati", "Nurhayati"]),
    },
}
BATAK_M = ["Parulian", "Hotman", "Bonar", "Marihot", "Sahat", "Togar", "Tumpal", "Jonny", "Robert", "Daniel",
           "Benny", "Martin", "Poltak", "Binsar", "Sabar", "Rikson", "Doli", "Halomoan"]
BATAK_F = ["Hotnida", "Rosmawati", "Tiurma", "Lamria", "Duma", "Nurhayati", "Masdiana", "Ruth", "Evalina",
           "Lisbet", "Rotua", "Sondang", "Romauli", "Tiarma"]
MARGA = ["Simanjuntak", "Siregar", "Nainggolan", "Hutapea", "Sitompul", "Pardede", "Panjaitan", "Sihombing",
         "Silaban", "Manurung", "Situmorang", "Harahap", "Nasution", "Lubis", "Tambunan", "Sinaga",
         "Simatupang", "Purba", "Damanik", "Ginting", "Tarigan", "Sembiring", "Hutagalung", "Napitupulu"]
BUGIS_M = ["Muh. Arif", "Muhammad Ilham", "Abd. Rahman", "Syamsul Bahri", "Baharuddin", "Nurdin", "Rusli",
           "Hamzah", "Jamaluddin", "Muh. Fadli", "Ikhsan", "Amiruddin", "Arman", "Syahrir", "Muh. Taufik"]
BUGIS_M2 = ["", "", "Latif", "Tahir", "Said", "Mappe", "Amir", "Hafid", "Saleh", "Rahim"]
BUGIS_F = ["St. Nurhaeda", "Sitti Rahmah", "Nurhayati", "Irma Suryani", "Hasnah", "Suriani", "Tenri Ajeng",
           "Besse Nurul", "Hasmawati", "Rosdiana", "Nurlela", "St. Aminah", "Haslinda"]
BUTON_M = ["La Ode Muh. Yasin", "La Ode Ahmad Rusli", "La Ode Kaimuddin", "La Ode Safiuddin", "La Ode Hasrun"]
BUTON_F = ["Wa Ode Nurhayati", "Wa Ode Sitti Marwah", "Wa Ode Rahmawati", "Wa Ode Hasniah"]
BALI_ORDER_M = ["Wayan", "Putu", "Gede", "Made", "Kadek", "Nyoman", "Komang", "Ketut"]
BALI_ORDER_F = ["Putu", "Made", "Kadek", "Nyoman", "Komang", "Ketut", "Wayan"]
BALI_GIVEN_M = ["Astawa", "Sudarsana", "Suarta", "Widiana", "Arya Wiguna", "Sudiarta", "Budiasa", "Darmawan",
                "Adi Putra", "Eka Saputra", "Suardana", "Mertayasa"]
BALI_GIVEN_F = ["Ariani", "Sriani", "Sukerni", "Dwi Lestari", "Ratna Dewi", "Sri Wahyuni", "Yuliantari",
                "Suciati", "Ayu Lestari", "Sumiarti"]
BALI_NOBLE_M = ["Ida Bagus Made Oka", "Anak Agung Gede Rai", "I Gusti Ngurah Wirawan", "Cokorda Gede Agung",
                "Ida Bagus Putu Suteja", "Anak Agung Ngurah Alit"]
BALI_NOBLE_F = ["I Gusti Ayu Ratna", "Anak Agung Istri Mas", "Ida Ayu Putu Sri", "Anak Agung Ayu Puspa"]
ACEH_M = ["Ridwan", "Zulfikar", "Muhammad Nazar", "Zulfahmi", "Husaini", "Ismail Hasan", "Safrizal",
          "Khairul Fahmi", "Munawar", "Iskandar", "Mukhlis", "Rizal Fahlevi", "Hasballah"]
ACEH_F = ["Nurul Aini", "Rahmawati", "Fauziah", "Rahmi Yanti", "Nurul Fajri", "Mutia", "Zahara", "Salmiah",
          "Yusniar", "Intan Maulida", "Cut Raihan"]
BANJAR_M = ["Muhammad Rusdi", "Gusti Irwansyah", "Ahmad Fauzan", "Aulia Rahman", "Saberi", "Jumberi",
            "Fahriannor", "Syahriansyah", "Rahmadi", "Ramli", "Gusti Rahmadi", "Abdul Hadi", "Muhammad Noor"]
BANJAR_F = ["Siti Jubaidah", "Rusmini", "Norhayati", "Hairani", "Mahdiah", "Arbainah", "Noorhasanah",
            "Fatimah Azzahra", "Raudah", "Mariatul Kiptiah", "Gusti Noorlatifah", "Halimatussa'diah"]
SASAK_M = ["Lalu Muhammad Zaki", "Lalu Ahmad Sukri", "Muhammad Saleh", "Sahnan", "Hamdan", "Saprudin",
           "Junaidi", "Lalu Wirajaya", "Mahsun", "Rusnadi", "Lalu Fathurrahman", "Zulkarnaen"]
SASAK_F = ["Baiq Nurhasanah", "Baiq Rina Apriani", "Rohani", "Mariam", "Sri Rahmawati", "Baiq Hartini",
           "Nurul Hidayati", "Zuhriah", "Husnul Khotimah", "Sumiati"]
MANADO_M = ["Stevie", "Jefry", "Rinaldi", "Frangky", "Hendrik", "Vicky", "Recky", "Johny", "Fredy", "Alfrets",
            "Novri", "Billy", "Jerry", "Meidy"]
MANADO_F = ["Novita", "Meiske", "Olivia", "Deasy", "Christy", "Marlin", "Jein", "Sintia", "Yuliana", "Grace",
            "Feyby", "Lenny", "Vanny"]
MANADO_MARGA = ["Rumengan", "Lumenta", "Wowor", "Tumbelaka", "Kaunang", "Mandagi", "Pangemanan", "Sondakh",
                "Rondonuwu", "Tangkudung", "Mamahit", "Supit", "Karundeng", "Lengkong", "Rompas", "Sumampouw",
                "Tumewu", "Lontoh"]
CHINESE_M = ["Hendra Wijaya", "Tan Kok Liong", "Yohanes Gunawan", "Kevin Tanuwijaya", "Ferry Sutanto",
             "Tjoa Hong Gie", "Wilson Salim", "Budi Hartanto", "Sugianto Lim", "Andreas Halim", "Johan Setiadi",
             "Aliong Tjandra"]
CHINESE_F = ["Lie Siu Lan", "Susanti Halim", "Melinda Tjahjadi", "Vivi Oktaviani", "Liem Swie Hoa",
             "Meilani Santoso", "Lily Kurniawan", "Fenny Wijaya", "Grace Angelina", "Ong Mei Hwa"]
EAST_M = ["Markus Kogoya", "Yakobus Tabuni", "Fransiskus Bere", "Yosef Nahak", "Mario Tuhumury",
          "Anselmus Ndun", "Yohanis Rumbiak", "Nikolas Pattinasarany", "Agustinus Nanlohy", "Simon Kafiar",
          "Petrus Lewerissa", "Rafael Kolo", "Melkianus Bessie"]
EAST_F = ["Maria Kafiar", "Agustina Rumbiak", "Maria Goreti Seran", "Yuliana Nahak", "Elsye Latuconsina",
          "Theresia Ndun", "Margaretha Tuhumury", "Ester Wenda", "Regina Bere", "Yosephina Tefa"]
ARAB_GIVEN_M = ["Ahmad Fauzi", "Abdul Aziz", "Muhammad Rizki", "Umar", "Hasan", "Zainal Abidin", "Fikri",
                "Salman"]
ARAB_GIVEN_F = ["Fatimah", "Aisyah", "Khadijah", "Nurul Huda", "Zainab", "Maryam"]
ARAB_FATHER = ["Abdullah", "Salim", "Hasan", "Ismail", "Yusuf", "Sulaiman", "Ahmad", "Bakri", "Thalib"]
EXPATS = [("John Whitfield", "L", "Australian"), ("Sarah O'Connor", "P", "Irish"),
          ("Michael Brennan", "L", "Australian"), ("Emma Lindqvist", "P", "Swedish"),
          ("Hiroshi Tanaka", "L", "Japanese"), ("Pieter van Dijk", "L", "Dutch"),
          ("Thomas Müller", "L", "German"), ("Claire Dubois", "P", "French"),
          ("David Kowalski", "L", "Polish"), ("Anna Schmidt", "P", "German"),
          ("Rachel Adeyemi", "P", "British"), ("Marco Rossi", "L", "Italian"),
          ("Jonas Berg", "L", "Norwegian"), ("Olivia Grant", "P", "New Zealander"),
          ("Kenji Morimoto", "L", "Japanese"), ("Laura Fernández", "P", "Spanish")]
EMPLOYERS = [("Chan Mei Ling", "P"), ("Wong Ka Fai", "L"), ("Lim Siew Hoon", "P"), ("Ahmad bin Ismail", "L"),
             ("Lin Chia-Hui", "P"), ("Tsai Ming-Jen", "L"), ("Faisal Al-Harbi", "L"), ("Cheung Wai Man", "P"),
             ("Lee Poh Choo", "P"), ("Huang Shu-Fen", "P")]
PREFIX_TOKENS = {"I", "Ni", "Luh", "Ida", "Bagus", "Anak", "Agung", "Gusti", "Cokorda", "Andi", "La", "Wa",
                 "Ode", "Teuku", "Tengku", "Cut", "Lalu", "Baiq", "Muh.", "Abd.", "St.", "Wayan", "Made",
                 "Nyoman", "Ketut", "Putu", "Kadek", "Komang", "Gede", "Ayu", "Istri", "Ngurah", "Tan", "Lie",
                 "Tjoa", "Liem", "Ong", "Muhammad", "Ahmad", "Abdul", "Sri", "Siti", "Nur", "Neng", "Dwi", "Tri",
                 "Eka", "Wan"}


def gen_name(rng, group, sex):
    c = rng.choice
    if group in NP:
        firsts, lasts, singles = NP[group][sex]
        r = rng.random()
        if r < 0.22:
            return c(singles)
        if r < 0.30:
            if rng.random() < 0.5:
                a, b = rng.sample(lasts, 2)
                return f"{c(firsts)} {a} {b}"
            a, b = rng.sample(firsts, 2)
            return f"{a} {b} {c(lasts)}"
        return f"{c(firsts)} {c(lasts)}"
    if group == "batak":
        if sex == "L":
            return f"{c(BATAK_M)} {c(MARGA)}"
        return f"{c(BATAK_F)} {c(['br.', 'br.', 'br', 'boru'])} {c(MARGA)}"
    if group == "bugis":
        if sex == "L":
            n = (c(BUGIS_M) + " " + c(BUGIS_M2)).strip()
        else:
            n = c(BUGIS_F)
        if rng.random() < 0.3 and not n.startswith("St."):
            n = "Andi " + n
        return n
    if group == "buton":
        return c(BUTON_M if sex == "L" else BUTON_F)
    if group == "bali":
        if rng.random() < 0.2:
            return c(BALI_NOBLE_M if sex == "L" else BALI_NOBLE_F)
        if sex == "L":
            return f"I {c(BALI_ORDER_M)} {c(BALI_GIVEN_M)}"
        return f"{c(['Ni', 'Ni Luh', 'Ni'])} {c(BALI_ORDER_F)} {c(BALI_GIVEN_F)}"
    if group == "aceh":
        if sex == "L":
            return (c(["Teuku ", "Tengku ", "", ""]) + c(ACEH_M))
        n = c(ACEH_F)
        return n if n.startswith("Cut") else c(["Cut ", "", ""]) + n
    if group == "banjar":
        return c(BANJAR_M if sex == "L" else BANJAR_F)
    if group == "sasak":
        return c(SASAK_M if sex == "L" else SASAK_F)
    if group == "manado":
        return f"{c(MANADO_M if sex == 'L' else MANADO_F)} {c(MANADO_MARGA)}"
    if group == "chinese":
        return c(CHINESE_M if sex == "L" else CHINESE_F)
    if group == "east":
        return c(EAST_M if sex == "L" else EAST_F)
    if group == "arab":
        if sex == "L":
            return f"{c(ARAB_GIVEN_M)} bin {c(ARAB_FATHER)}"
        return f"{c(ARAB_GIVEN_F)} binti {c(ARAB_FATHER)}"
    raise ValueError(group)


def call_name(full):
    toks = full.split()
    if toks[0] in {"Tan", "Lie", "Tjoa", "Liem", "Ong"}:
        return " ".join(toks[1:])
    stop = {"br.", "br", "boru", "bin", "binti"}
    for i, t in enumerate(toks):
        if t in stop:
            break
        if t not in PREFIX_TOKENS:
            return t
    # all prefixes: take the last token before a stop word
    for t in toks:
        if t in stop:
            break
        last = t
    return last if last not in {"Muh.", "Abd.", "St.", "I", "Ni"} else toks[-1]


def asciify(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ord(ch) < 128)


# --------------------------------------------------------------------------------------------
# value formats
MOBILE_PREFIXES = ["0811", "0812", "0813", "0821", "0822", "0823", "0851", "0852", "0853", "0814", "0815",
                   "0816", "0855", "0856", "0857", "0858", "0817", "0818", "0819", "0859", "0877", "0878",
                   "0831", "0832", "0833", "0838", "0895", "0896", "0897", "0898", "0899", "0881", "0882",
                   "0883", "0887", "0888", "0889"]
PHONE_FORMS = [("plain", 28), ("dash4", 14), ("space4", 12), ("dot4", 4), ("intl_dash", 7), ("intl_plain", 8),
               ("62", 4), ("paren", 4), ("space343", 5)]
PLATE_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
PLATE_CODES = ["A", "B", "D", "E", "F", "G", "H", "K", "L", "M", "N", "P", "R", "S", "T", "W", "Z", "AA", "AB",
               "AD", "AE", "AG", "BA", "BB", "BD", "BE", "BG", "BH", "BK", "BL", "BM", "BN", "BP", "DA", "DB",
               "DC", "DD", "DE", "DG", "DH", "DK", "DL", "DM", "DN", "DR", "DT", "EA", "EB", "ED", "KB", "KH",
               "KT", "KU", "PA", "PB"]
EMAIL_DOMAINS = [("gmail.com", 50), ("yahoo.com", 10), ("yahoo.co.id", 10), ("ymail.com", 4), ("hotmail.com", 5),
                 ("outlook.com", 6), ("icloud.com", 4), ("rocketmail.com", 2), ("proton.me", 2)]
BANKS = [("BRI", 15, 18), ("BNI", 10, 12), ("BCA", 10, 14), ("Mandiri", 13, 14), ("BSI", 10, 8),
         ("CIMB Niaga", 13, 3), ("CIMB Niaga", 14, 2), ("BTN", 16, 6), ("Bank Jatim", 10, 2),
         ("bank bjb", 10, 2), ("Bank Kalsel", 10, 1), ("Bank Nagari", 10, 1), ("Bank Sulselbar", 10, 1),
         ("BPD Bali", 10, 1), ("Bank Aceh Syariah", 10, 1)]
PASSPORT_LETTERS = ["A", "B", "C", "C", "E", "X", "X"]


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for it, w in pairs:
        x -= w
        if x <= 0:
            return it
    return pairs[-1][0]


def digits(rng, n, first_nonzero=False):
    s = "".join(str(rng.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def fmt16(dg, form):
    if form == "plain":
        return dg
    if form == "space":
        return " ".join(dg[i:i + 4] for i in range(0, 16, 4))
    if form == "dash":
        return "-".join(dg[i:i + 4] for i in range(0, 16, 4))
    if form == "dots":
        return f"{dg[0:2]}.{dg[2:4]}.{dg[4:6]}.{dg[6:12]}.{dg[12:16]}"
    raise ValueError(form)


def fmt_phone(dg, form):
    if form == "plain":
        return dg
    if form == "dash4":
        return f"{dg[:4]}-{dg[4:8]}-{dg[8:]}"
    if form == "space4":
        return f"{dg[:4]} {dg[4:8]} {dg[8:]}"
    if form == "dot4":
        return f"{dg[:4]}.{dg[4:8]}.{dg[8:]}"
    if form == "intl_dash":
        return f"+62 {dg[1:4]}-{dg[4:8]}-{dg[8:]}"
    if form == "intl_plain":
        return "+62" + dg[1:]
    if form == "62":
        return "62" + dg[1:]
    if form == "paren":
        return f"(+62) {dg[1:4]} {dg[4:8]} {dg[8:]}"
    if form == "space343":
        return f"{dg[:4]} {dg[4:7]} {dg[7:10]} {dg[10:]}".rstrip()
    raise ValueError(form)


def fmt_landline(area, sub, form):
    if form == 0:
        return f"({area}) {sub}"
    if form == 1:
        return f"({area}) {sub[:3]}-{sub[3:]}"
    return f"{area}-{sub}"


def fmt_plate(code, num, suf, form):
    if form == "std":
        return f"{code} {num} {suf}"
    if form == "tight":
        return f"{code}{num}{suf}"
    if form == "dash":
        return f"{code}-{num}-{suf}"
    if form == "lower":
        return f"{code} {num} {suf}".lower()
    raise ValueError(form)


def fmt_bank(bank, dg, rng):
    if bank == "BRI" and rng.random() < 0.6:
        return f"{dg[:4]}-{dg[4:6]}-{dg[6:12]}-{dg[12:14]}-{dg[14]}"
    if bank == "Mandiri" and rng.random() < 0.5:
        return f"{dg[:3]}-{dg[3:5]}-{dg[5:12]}-{dg[12]}"
    if bank == "BCA" and rng.random() < 0.3:
        return f"{dg[:3]} {dg[3:6]} {dg[6:]}"
    if bank == "BNI" and rng.random() < 0.2:
        return f"{dg[:4]}-{dg[4:7]}-{dg[7:]}"
    return dg


# --------------------------------------------------------------------------------------------
# span / near-miss value holders
class S:
    __slots__ = ("label", "value", "meta")

    def __init__(self, label, value, meta=None):
        self.label, self.value, self.meta = label, value, meta or {}


class N:
    __slots__ = ("value", "kind")

    def __init__(self, value, kind):
        self.value, self.kind = value, kind


class L:
    """literal text passed through a template slot (counts as frame text)"""
    __slots__ = ("s",)

    def __init__(self, s):
        self.s = s

# --------------------------------------------------------------------------------------------
# addresses
STREETS = ["Mawar", "Melati", "Kenanga", "Anggrek", "Cempaka", "Dahlia", "Flamboyan", "Kamboja", "Mangga",
           "Rambutan", "Durian", "Nangka", "Sawo", "Merpati", "Cendrawasih", "Rajawali", "Kutilang", "Nuri",
           "Merdeka", "Pemuda", "Kartika", "Sejahtera", "Bhayangkara", "Pelita", "Swadaya", "Karya Bakti",
           "Harapan", "Damai", "Manunggal", "Sentosa", "Kebon Jeruk", "Pintu Air", "Teratai", "Bougenville",
           "Seroja", "Pinang", "Kemuning", "Asoka", "Garuda", "Elang", "Kakatua", "Pramuka", "Mekar Sari",
           "Taman Siswa", "Pahlawan", "Arjuna", "Nakula", "Sadewa", "Kapten Muslim", "Perintis", "Sukamaju",
           "Bina Marga", "Kelapa Dua", "Raya Sukabumi", "Cisitu Lama", "Tegal Parang"]
LOCAL_STREETS = {
    "bali": ["Tukad Badung", "Tukad Yeh Aya", "Pulau Moyo", "Gunung Agung", "Raya Padang Luwih",
             "Pantai Berawa", "Batu Bolong", "Tunjung Sari"],
    "makassar": ["Perintis Kemerdekaan", "Tamalate", "Hertasning", "Abdullah Daeng Sirua", "Toddopuli Raya",
                 "Borong Raya", "Manuruki"],
    "aceh": ["T. Nyak Arief", "Tgk. Chik Ditiro", "Lamreung", "Inong Balee", "Syiah Kuala"],
    "banjar": ["Kelayan B", "Sultan Adam", "Cempaka Besar", "Veteran", "Pekapuran Raya", "A. Yani Km 4,5"],
    "manado": ["Ranotana", "Bethesda", "Sam Ratulangi", "Wolter Monginsidi", "Pumorow"],
    "palembang": ["Sekip Jaya", "Demang Lebar Daun", "Kapten A. Rivai", "Residen Abdul Rozak"],
    "batak": ["Sisingamangaraja", "Jamin Ginting", "Setia Budi", "Balige Lintas", "Karya Wisata"],
    "sasak": ["Bung Karno", "Pejanggik", "Gora II", "Swakarsa"],
    "east": ["El Tari", "Frans Seda", "Raya Abepura", "Dr. Sitanala", "Yos Sudarso"],
    "minang": ["Khatib Sulaiman", "Gajah Mada", "Belanti Raya", "Ampang Raya"],
    "sunda": ["Cigadung Raya", "Gegerkalong Girang", "Terusan Jakarta", "Pasir Impun", "Sukajadi"],
    "jawa": ["Kaliurang Km 7", "Godean", "Parangtritis", "Ngagel Jaya", "Rungkut Madya", "Setiabudi"],
    "urban": ["Kebon Kacang", "Tebet Timur Dalam", "Kalibata Tengah", "Duren Tiga Raya", "Pondok Kopi Raya"],
}
GANGS = ["Mawar III", "Buntu", "Masjid", "Langgar", "Sawo 2", "Kelinci", "Sepakat", "Keluarga", "Rukun",
         "Damai I", "Swadaya IV", "H. Maun", "Kenari", "Asem", "Kamboja 5", "Nurul Amal", "Al-Ikhlas",
         "Bersama", "Setia Kawan", "XII", "VII", "Mushola", "Anggrek 2", "Haji Dul", "Kembang"]
COMPLEXES = ["Griya Asri", "Bumi Indah Permai", "Taman Sari Residence", "Villa Mutiara", "Puri Cendana",
             "Graha Raya", "Pesona Anggrek", "Griya Permata Hijau", "Citra Harmoni", "Taman Kenari",
             "Pondok Hijau Permai", "Bukit Indah", "Mutiara Residence", "Villa Bukit Mas", "Taman Asri",
             "Griya Bhayangkara", "Permata Regency"]
KOMPLEKS = ["Pemda", "Perumnas", "Dosen", "Kehutanan", "Guru", "PLN", "Pertamina", "Pelita Indah",
            "Herlina Perkasa", "Bumi Mas Raya"]
BTN_COMPLEXES = ["Antang Permai", "Minasa Upa", "Hartaco Indah", "Pao-Pao Permai", "Bumi Tamalanrea Permai",
                 "Mangga Tiga", "Graha Sudiang", "Puri Kencana", "Tirta Sari", "Asal Mula"]
DUSUN = ["Krajan", "Sumbersari", "Karanganyar", "Ngemplak", "Gunungsari", "Sidomulyo", "Wonorejo",
         "Kedungrejo", "Sukorejo", "Tegalsari", "Gondang", "Pandansari", "Ngaglik Lor", "Jetis Kulon"]
DUSUN_SASAK = ["Lendang Bila", "Montong Baan", "Dasan Baru", "Karang Bongkot", "Gubuk Daya", "Lingkok Lima",
               "Otak Desa", "Repok Dasan"]
KAMPUNG = ["Cibeureum", "Cikadu", "Sukamanah", "Babakan", "Pasirjati", "Cilimus", "Ciherang", "Sindangsari",
           "Cijeruk", "Margahayu", "Leuwisari", "Pasir Honje", "Cigombong"]
JORONG = ["Koto Tuo", "Padang Tarok", "Balai Baru", "Koto Gadang", "Sungai Jariang", "Kapalo Koto",
          "Lurah Ampalu", "Tanjung Alam"]
LORONG = ["Rukun", "Sepakat", "Famili", "Bakti", "Sederhana", "Harapan", "Pancasila", "Masjid", "Keluarga",
          "Kenanga", "Pinang Masak"]


def gen_rtrw(rng, casual=False):
    rt, rw = rng.randint(1, 15), rng.randint(1, 12)
    if casual:
        return rng.choice([f" rt {rt} rw {rw}", f" rt {rt:02d}/rw {rw:02d}", f" rt.{rt:02d} rw.{rw:02d}",
                           f" rt{rt} rw{rw}"])
    return rng.choice([f", RT {rt:02d}/RW {rw:02d}", f" RT {rt:03d} RW {rw:03d}", f" RT.{rt:02d}/RW.{rw:02d}",
                       f" Rt {rt} Rw {rw}", f" RT {rt:02d}/RW {rw:02d}", f", RT/RW {rt:03d}/{rw:03d}",
                       f" RT {rt:02d}/{rw:02d}", f", RT {rt} RW {rw}", f" RT {rt:02d} RW {rw:02d}"])


def gen_address(rng, reg, casual=False, need_rtrw=None):
    fl = reg["fl"]
    n = rng.randint(1, 120)
    num = rng.choice([str(n), str(n), str(n), f"{n}A", f"{n}B", f"{n}/{rng.randint(2, 9)}"])
    st = rng.choice(LOCAL_STREETS.get(fl, []) + STREETS) if rng.random() < 0.45 else rng.choice(STREETS)
    rtrw = (rng.random() < 0.55) if need_rtrw is None else need_rtrw
    rr = gen_rtrw(rng, casual) if rtrw else ""
    forms = [("jl", 30), ("jln", 6), ("jalan", 8), ("jlgg", 10), ("gg", 6), ("perum", 8), ("komp", 5),
             ("nonum", 3)]
    if fl == "makassar":
        forms += [("btn", 14)]
    if fl in ("jawa", "sasak", "east"):
        forms += [("dusun", 10)]
    if fl == "sunda":
        forms += [("kp", 14)]
    if fl == "minang":
        forms += [("jorong", 10)]
    if fl in ("palembang", "aceh"):
        forms += [("lr", 12)]
    f = wchoice(rng, forms)
    if casual:
        if f in ("jl", "jln", "jalan", "nonum"):
            return f"{rng.choice(['jl', 'jl.', 'jln', 'jalan'])} {st.lower()} no {num.lower()}{rr}"
        if f in ("jlgg", "gg"):
            return f"gg {rng.choice(GANGS).lower()} no {num.lower()}{rr}"
        if f in ("perum", "komp", "btn"):
            return f"{rng.choice(['perum', 'komp', 'btn'])} {rng.choice(COMPLEXES).lower()} blok {rng.choice('abcdefg')}{rng.randint(1, 9)} no {n}"
        if f == "dusun":
            return f"dusun {rng.choice(DUSUN_SASAK if fl == 'sasak' else DUSUN).lower()}{gen_rtrw(rng, True)}"
        if f == "kp":
            return f"kp {rng.choice(KAMPUNG).lower()}{gen_rtrw(rng, True)}"
        if f == "jorong":
            return f"jorong {rng.choice(JORONG).lower()}"
        return f"lr. {rng.choice(LORONG).lower()} no {n}{rr}"
    if f == "jl":
        return f"Jl. {st} No. {num}{rr}"
    if f == "jln":
        return f"Jln. {st} No.{num}{rr}"
    if f == "jalan":
        return f"Jalan {st} Nomor {num}{rr}"
    if f == "jlgg":
        return f"Jl. {st} Gg. {rng.choice(GANGS)} No. {num}{rr}"
    if f == "gg":
        return f"Gg. {rng.choice(GANGS)} No. {num}{rr}"
    if f == "perum":
        return f"Perum {rng.choice(COMPLEXES)} Blok {rng.choice('ABCDEFGHJ')}{rng.randint(1, 12)} No. {n}"
    if f == "komp":
        return f"Komp. {rng.choice(KOMPLEKS)} Blok {rng.choice('ABCDEFG')} No. {n}{rr}"
    if f == "nonum":
        return f"Jl. {st} {n}{rr}"
    if f == "btn":
        return f"BTN {rng.choice(BTN_COMPLEXES)} Blok {rng.choice('ABCDEFGH')}{rng.randint(1, 15)}/{n}"
    rr2 = "" if need_rtrw is False else gen_rtrw(rng)
    if f == "dusun":
        pre = rng.choice(["Dusun", "Dusun", "Dsn."])
        return f"{pre} {rng.choice(DUSUN_SASAK if fl == 'sasak' else DUSUN)}{rr2}"
    if f == "kp":
        pre = rng.choice(["Kp.", "Kp.", "Kampung"])
        return f"{pre} {rng.choice(KAMPUNG)}{rr2}"
    if f == "jorong":
        return f"Jorong {rng.choice(JORONG)}"
    if f == "lr":
        return f"Lr. {rng.choice(LORONG)} No. {num}{rr}"
    raise ValueError(f)


def area_tail(rng, reg, kec, kel, casual=False):
    city = reg["city"]
    if casual:
        return rng.choice([f" kel. {kel.lower()}", f", {reg['short'].lower()}", f" kec {kec.lower()}", ""])
    postal = str(rng.randint(1, 9)) + digits(rng, 4)
    desa = "Desa" if reg["city"].startswith("Kabupaten") else "Kel."
    return rng.choice([f", {desa} {kel}, Kec. {kec}, {city}", f", Kelurahan {kel}, Kecamatan {kec}",
                       f", {kel}, {reg['short']}", f" Kec. {kec} {city}", f", {city} {postal}",
                       f", {desa} {kel} {reg['short']}", f", {kel}, {kec}, {city}, {reg['province']}",
                       "", ""])


# --------------------------------------------------------------------------------------------
class Person:
    def __init__(self, rng, group=None, sex=None, age="adult", reg=None, pns=False, name=None):
        self.rng = rng
        self.group = group or wchoice(rng, GROUP_WEIGHTS)
        if self.group == "arab" and not GROUP_REGIONS["arab"]:
            self.group = "jawa"
        self.sex = sex or rng.choice("LP")
        self.full = name or gen_name(rng, self.group, self.sex)
        self.call = call_name(self.full)
        self.reg = reg or rng.choice(GROUP_REGIONS[self.group])
        kec, kcode, kels = rng.choice(self.reg["kecs"])
        self.kec, self.kcode, self.kel = kec, kcode, rng.choice(kels)
        if age == "adult":
            self.dob = rand_date(rng, 1958, 2003)
        elif age == "elder":
            self.dob = rand_date(rng, 1936, 1957)
        elif age == "young":
            self.dob = rand_date(rng, 1996, 2006)
        elif age == "child":
            self.dob = rand_date(rng, 2009, 2019)
        elif age == "baby":
            self.dob = rand_date(rng, 2023, 2025, 5)
        elif age == "pns":
            self.dob = rand_date(rng, 1965, 1997)
        else:
            raise ValueError(age)
        self.pob = self.reg["short"] if rng.random() < 0.7 else rng.choice(REGIONS)["short"]
        d = self.dob
        day = d.day + (40 if self.sex == "P" else 0)
        self.prefix = self.reg["prov"] + self.reg["kab"] + self.kcode
        self.nik = f"{self.prefix}{day:02d}{d.month:02d}{d.year % 100:02d}{rng.randint(1, 350):04d}"
        kd = rand_date(rng, max(2012, d.year + 1 if d.year < 2024 else 2024), 2025, 3)
        if kd < d:
            kd = d + dt.timedelta(days=rng.randint(20, 90))
        self.kk_date = kd
        kpre = self.prefix if rng.random() < 0.9 else self.reg["prov"] + self.reg["kab"] + rng.choice(self.reg["kecs"])[1]
        self.kk = f"{kpre}{kd.day:02d}{kd.month:02d}{kd.year % 100:02d}{rng.randint(1, 9999):04d}"
        self.kk_same = kpre == self.prefix
        pre = rng.choice(MOBILE_PREFIXES)
        self.phone = pre + digits(rng, rng.choice([7, 8, 8, 8, 9]), True)
        self.phone_form = wchoice(rng, PHONE_FORMS)
        a = [asciify(t).lower().strip(".'") for t in self.full.split()
             if t not in {"I", "Ni", "br.", "br", "boru", "bin", "binti", "La", "Wa", "Ode", "Muh.", "Abd.", "St."}]
        a = [re.sub(r"[^a-z]", "", t) for t in a if re.sub(r"[^a-z]", "", t)] or ["user"]
        f0, l0 = a[0], (a[-1] if len(a) > 1 else rng.choice(["id", "real", str(rng.randint(70, 99)), "x"]))
        nn = str(rng.randint(1, 99)) if rng.random() < 0.6 else str(d.year)[2:]
        loc = rng.choice([f"{f0}.{l0}", f"{f0}{l0}{nn}", f"{f0}_{l0}", f"{f0}{nn}", f"{f0[0]}{l0}{nn}",
                          f"{l0}.{f0}", f"{f0}.{l0}{d.year}", f"{f0}{l0}"])
        self.email = f"{loc}@{wchoice(rng, EMAIL_DOMAINS)}"
        self.handle = "@" + rng.choice([f"{f0}_{l0}", f"{f0}.{l0}{nn}", f"{f0}{l0}", f"{f0}_{nn}",
                                        f"its.{f0}", f"{f0}{l0}_", f"real{f0}{nn}", f"{l0}{f0[0]}{nn}",
                                        f"{f0}.{nn}.{l0}"])
        self.addr = gen_address(rng, self.reg)
        self.addr_casual = gen_address(rng, self.reg, casual=True)
        self.tail = area_tail(rng, self.reg, self.kec, self.kel)
        if pns or age == "pns":
            y = rng.randint(d.year + 20, min(d.year + 38, 2023))
            m = rng.choice([1, 2, 3, 4, 10, 12])
            self.nip = f"{d.year}{d.month:02d}{d.day:02d}{y}{m:02d}{1 if self.sex == 'L' else 2}{rng.randint(1, 12):03d}"
        else:
            self.nip = None
        self.bpjs = "000" + digits(rng, 10, True)
        self.passport = rng.choice(PASSPORT_LETTERS) + digits(rng, 7, True)
        bank, ln, _ = wchoice(rng, [((b, n, w), w) for b, n, w in BANKS])
        self.bank = bank
        self.acct = digits(rng, ln, True) if bank != "BRI" else digits(rng, 4, True) + "01" + digits(rng, 9)
        self.acct_fmt = fmt_bank(bank, self.acct, rng)
        code = rng.choice(self.reg["plates"]) if rng.random() < 0.85 else rng.choice(PLATE_CODES)
        nd = rng.choice([1, 2, 3, 4, 4, 4, 4])
        self.plate = (code, digits(rng, nd, True), "".join(rng.choice(PLATE_LETTERS)
                                                             for _ in range(rng.choice([1, 2, 2, 3, 3]))))
        self.npwp_old = f"0{rng.randint(4, 9)}{digits(rng, 6)}{rng.randint(1, 9)}{digits(rng, 3)}000"

    # --- spans -------------------------------------------------------------------------
    def P(self, form="full"):
        v = {"full": self.full, "call": self.call, "upper": self.full.upper(),
             "lower": self.full.lower(), "first2": " ".join(self.full.split()[:2])}[form]
        return S("PERSON", v)

    def NIK(self, form=None, typo=None):
        rng = self.rng
        form = form or wchoice(rng, [("plain", 70), ("space", 12), ("dash", 6), ("dots", 8)])
        if typo is None:
            typo = rng.random() < 0.04
        if typo:
            dg = self.nik
            i = rng.randint(6, 14)
            v = dg[:i] + dg[i + 1:] if rng.random() < 0.5 else dg[:i] + dg[i] + dg[i:]
            return S("NIK", v, {"dob": self.dob, "sex": self.sex, "typo": True})
        return S("NIK", fmt16(self.nik, form), {"dob": self.dob, "sex": self.sex, "typo": False})

    def KK(self, form=None):
        form = form or wchoice(self.rng, [("plain", 75), ("space", 10), ("dots", 8), ("dash", 7)])
        return S("KK", fmt16(self.kk, form), {"nik": self.nik, "same": self.kk_same, "date": self.kk_date})

    def PH(self, form=None):
        return S("PHONE", fmt_phone(self.phone, form or self.phone_form))

    def EM(self):
        return S("EMAIL", self.email)

    def HD(self):
        return S("HANDLE", self.handle)

    def AD(self, casual=False, fresh=False):
        if fresh:
            return S("ADDRESS", gen_address(self.rng, self.reg, casual=casual))
        return S("ADDRESS", self.addr_casual if casual else self.addr)

    def DOB(self, form=None):
        form = form or self.rng.choice(DATE_FORMS_ID)
        return S("DATE_OF_BIRTH", fmt_date(self.dob, form), {"dob": self.dob})

    def NIP(self, form=None):
        assert self.nip
        form = form or self.rng.choice(["grp", "grp", "grp", "plain"])
        n = self.nip
        v = n if form == "plain" else f"{n[:8]} {n[8:14]} {n[14]} {n[15:]}"
        return S("NIP", v, {"dob": self.dob, "sex": self.sex})

    def BPJS(self, form=None):
        form = form or self.rng.choice(["plain", "plain", "plain", "grp"])
        b = self.bpjs
        return S("BPJS", b if form == "plain" else f"{b[:4]} {b[4:8]} {b[8:12]} {b[12]}")

    def PAS(self, form=None):
        form = form or self.rng.choice(["tight", "tight", "tight", "space"])
        p = self.passport
        return S("PASSPORT", p if form == "tight" else f"{p[0]} {p[1:]}")

    def ACC(self):
        return S("BANK_ACCOUNT", self.acct_fmt, {"bank": self.bank})

    def PL(self, form=None):
        form = form or wchoice(self.rng, [("std", 60), ("tight", 15), ("dash", 12), ("lower", 5)])
        return S("PLATE", fmt_plate(*self.plate, form))

    def NPWP(self, form=None):
        form = form or wchoice(self.rng, [("old", 55), ("plain15", 15), ("p16", 10), ("nik", 20)])
        o = self.npwp_old
        if form == "old":
            v = f"{o[:2]}.{o[2:5]}.{o[5:8]}.{o[8]}-{o[9:12]}.{o[12:]}"
        elif form == "plain15":
            v = o
        elif form == "p16":
            v = "0" + o
        else:
            v = self.nik
        return S("NPWP", v, {"nik": self.nik, "form": form})

    def HON(self, formal=True):
        rng = self.rng
        g = self.group
        if self.sex == "L":
            opts = ["Bapak", "Pak", "Sdr."] if formal else ["Pak", "Bapak", "Mas", "Bang", "Sdr."]
            extra = {"sunda": ["Kang", "Mang"], "bali": ["Bli"], "manado": ["Om", "Bung"], "bugis": ["Daeng"],
                     "chinese": ["Koh"], "minang": ["Uda"], "batak": ["Bang", "Amang"], "sasak": ["Amaq"],
                     "jawa": ["Mas", "Pakde"], "aceh": ["Bang", "Teungku"] if False else ["Bang"]}.get(g, [])
        else:
            opts = ["Ibu", "Bu", "Sdri."] if formal else ["Bu", "Ibu", "Mbak", "Kak", "Sdri."]
            extra = {"sunda": ["Teh", "Ceu"], "bali": ["Mbok"], "manado": ["Tante", "Usi"], "chinese": ["Cik"],
                     "minang": ["Uni"], "sasak": ["Inaq"], "jawa": ["Mbak", "Bude"], "batak": ["Kak", "Inang"]}.get(g, [])
        return rng.choice(opts + ([] if formal else extra))


def landline(rng, reg=None):
    reg = reg or rng.choice(REGIONS)
    a = reg["area"]
    sub = digits(rng, 8 if a == "021" else rng.choice([6, 7]), True)
    return S("PHONE", fmt_landline(a, sub, rng.randint(0, 2)))


FOREIGN_PHONES = [lambda r: f"+852 {r.choice('5679')}{digits(r, 3)} {digits(r, 4)}",
                  lambda r: f"+60 1{r.randint(0, 9)}-{digits(r, 3)} {digits(r, 4)}",
                  lambda r: f"+886 9{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}",
                  lambda r: f"+966 5{r.randint(0, 9)} {digits(r, 3)} {digits(r, 4)}",
                  lambda r: f"+61 4{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}",
                  lambda r: f"+65 {r.choice('89')}{digits(r, 3)} {digits(r, 4)}"]


def foreign_phone(rng, which=None):
    f = FOREIGN_PHONES[which] if which is not None else rng.choice(FOREIGN_PHONES)
    return S("PHONE", f(rng))


def plate_any(rng, reg=None, form=None):
    code = rng.choice(reg["plates"]) if reg else rng.choice(PLATE_CODES)
    nd = rng.choice([1, 2, 3, 4, 4, 4])
    suf = "".join(rng.choice(PLATE_LETTERS) for _ in range(rng.choice([1, 2, 3, 3])))
    form = form or wchoice(rng, [("std", 60), ("tight", 15), ("dash", 12), ("lower", 5)])
    return S("PLATE", fmt_plate(code, digits(rng, nd, True), suf, form))

# --------------------------------------------------------------------------------------------
ALT = re.compile(r"«([^«»]*)»")
SLOT = re.compile(r"\{(\w+)\}")


class Doc:
    def __init__(self, rng, case=None, litf=None):
        self.rng, self.case, self.litf = rng, case, litf
        self.parts, self.n, self.spans, self.near, self.skel = [], 0, [], [], []

    def _c(self, s):
        r = s.upper() if self.case == "upper" else s.lower() if self.case == "lower" else s
        assert len(r) == len(s), s
        return r

    def _put(self, s):
        s = self._c(s)
        st = self.n
        self.parts.append(s)
        self.n += len(s)
        return st, self.n, s

    def t(self, s):
        near = []
        if self.litf:
            s, near = self.litf(s)
        st, _, _ = self._put(s)
        for a, b, k in near:
            self.near.append((st + a, st + b, k))
        self.skel.append(s)

    def f(self, s):
        self._put(s)
        self.skel.append(" \x01F\x01 ")

    def nm(self, s, kind):
        st, en, v = self._put(s)
        self.near.append((st, en, kind))
        self.skel.append(" \x01N\x01 ")

    def p(self, label, value, meta=None):
        st, en, v = self._put(value)
        self.spans.append({"start": st, "end": en, "label": label, "value": v, "meta": meta or {}})
        self.skel.append(f" \x01{label}\x01 ")

    def put(self, x):
        if x is None:
            return
        if isinstance(x, S):
            self.p(x.label, x.value, x.meta)
        elif isinstance(x, N):
            self.nm(x.value, x.kind)
        elif isinstance(x, L):
            self.t(x.s)
        elif isinstance(x, (list, tuple)):
            for y in x:
                self.put(y)
        else:
            s = str(x)
            if s:
                self.f(s)

    def w(self, tpl, **v):
        while True:
            nt = ALT.sub(lambda m: self.rng.choice(m.group(1).split("|")), tpl)
            if nt == tpl:
                break
            tpl = nt
        tpl = re.sub(r"(?<=\S) {2}(?=[^\s:])", " ", tpl)          # empty alternative between two spaces
        tpl = re.sub(r" +(?=[,.;!?](?:\s|$|\{|\)))", "", tpl)    # space left before punctuation
        pos = 0
        for m in SLOT.finditer(tpl):
            if m.start() > pos:
                self.t(tpl[pos:m.start()])
            self.put(v[m.group(1)])
            pos = m.end()
        if pos < len(tpl):
            self.t(tpl[pos:])

    def text(self):
        return "".join(self.parts)


def alt(rng, s):
    """resolve «a|b» alternations in a plain string (used for fillers/literals built outside w())"""
    while True:
        nt = ALT.sub(lambda m: rng.choice(m.group(1).split("|")), s)
        if nt == s:
            return s
        s = nt


# --------------------------------------------------------------------------------------------
# near-misses (registered with their kind; never PII)
HOTLINES = ["112", "110", "119", "123", "165", "1708", "1500200", "1500400", "157", "1500046", "129",
            "1500888", "14040"]
REGULATIONS = ["UU No. 25 Tahun 2009", "Perpres 76/2013", "UU 27/2022", "UU No. 24 Tahun 2013",
               "Permendagri 108/2019", "UU 40/2004", "POJK 10/2022", "UU No. 11 Tahun 2008",
               "Perpres 82/2018", "UU 18/2017", "UU No. 22 Tahun 2009", "PP 96/2012", "Permenkes 28/2014",
               "UU No. 23 Tahun 2004", "Perpres 59/2021", "Permensos 3/2021", "UU No. 1 Tahun 2023",
               "Pasal 378 KUHP", "Pasal 351 KUHP", "PMK 112/PMK.03/2022"]
HERO_ROADS = ["Jl. Teuku Umar", "Jl. Diponegoro", "Jl. Jenderal Sudirman", "Jl. Ahmad Yani", "Jl. Gatot Subroto",
              "Jl. Imam Bonjol", "Jl. Pattimura", "Jl. Sam Ratulangi", "Jl. Sultan Hasanuddin",
              "Jl. Cut Nyak Dhien", "Jl. Gajah Mada", "Jl. Hayam Wuruk", "Jl. R.A. Kartini", "Jl. Dr. Wahidin",
              "Jl. M.H. Thamrin", "Jl. Pangeran Antasari", "Jl. I Gusti Ngurah Rai", "Jl. Ki Hajar Dewantara",
              "Jl. Raya Bogor", "Jl. Pahlawan", "Jl. Slamet Riyadi", "Jl. Pemuda", "Jl. Tuanku Tambusai",
              "Jl. Sisingamangaraja", "Jl. Panglima Polem", "Jl. Sultan Alauddin", "Jl. Urip Sumoharjo"]
HOSPITALS = ["RSUP Dr. Sardjito", "RSUD dr. Zainoel Abidin", "RSUP Dr. Hasan Sadikin", "RSUPN Dr. Cipto Mangunkusumo",
             "RSUD Dr. Soetomo", "RSUP Prof. Dr. R.D. Kandou", "RSUD Ulin", "RSUP Dr. Wahidin Sudirohusodo",
             "RSUD dr. Moewardi", "RSUD Dr. Saiful Anwar", "RSUP Prof. Ngoerah", "RSUD Raden Mattaher",
             "RSUD Abdul Wahab Sjahranie", "RSUP Dr. M. Djamil", "RSUD Dr. Pirngadi", "RSUD Dr. Soedarso",
             "RSUD Provinsi NTB", "RSUD Prof. Dr. W.Z. Johannes", "RSUD dr. Doris Sylvanus",
             "RSUD Sultan Syarif Mohamad Alkadrie", "RSUD Haji Makassar", "RSUP Dr. Kariadi"]
AIRPORTS = ["Bandara Soekarno-Hatta", "Bandara Sultan Hasanuddin", "Bandara I Gusti Ngurah Rai", "Bandara Juanda",
            "Bandara Sam Ratulangi", "Bandara Zainuddin Abdul Madjid", "Bandara Sultan Iskandar Muda",
            "Bandara Kualanamu", "Bandara Syamsudin Noor", "Bandara Sultan Thaha"]
INST_EMAILS = ["pengaduan@lapor.go.id", "humas@jakarta.go.id", "pengaduan@bpjs-kesehatan.go.id",
               "konsumen@ojk.go.id", "dukcapil@kemendagri.go.id", "halobca@bca.co.id", "callcenter@bri.co.id",
               "info@kemnaker.go.id", "pengaduan@ombudsman.go.id", "kontak@kominfo.go.id",
               "layanan@imigrasi.go.id", "pengaduan.dinkes@bandungkab.go.id", "humas@polri.go.id",
               "cs@pln.co.id", "bp2mi@bp2mi.go.id", "pengaduan@kemkes.go.id"]
INST_HANDLES = ["@lapor1708", "@pln_123", "@kemenkes_ri", "@DivHumas_Polri", "@BPJSKesehatanRI", "@ojkindonesia",
                "@kemnaker", "@ditjendukcapil", "@halobca", "@pemkotbandung", "@humaspolrestamataram",
                "@ombudsmanri137", "@kemensosri", "@bp2mi_ri", "@imigrasi_ri", "@ShopeeCare", "@TokopediaCare",
                "@dinkesjatim", "@pemprovsulsel", "@kominfo"]
BOT_NAMES = ["SAPA", "SiLapor", "ASIK", "Asisten Virtual", "Bot Dukcapil", "LAPORBot", "Si Jeki", "VIRA-Pemkot"]


def n_ticket(rng, kind=None):
    k = kind or rng.choice(["hash", "hash", "num8", "num16"])
    if k == "hash":
        return N("#" + str(rng.randint(1000000, 9999999)), "ticket")
    if k == "num8":
        return N(str(rng.randint(10000000, 99999999)), "ticket")
    d = rand_date(rng, 2022, 2025, 3)
    return N(f"{d.year}{d.month:02d}{d.day:02d}{digits(rng, 8)}", "ticket16")


def n_hotline(rng):
    return N(rng.choice(HOTLINES), "hotline")


def n_price(rng, big=False, small=False):
    if small:
        v = rng.choice([5, 10, 15, 20, 25, 35, 50, 65, 75, 100, 120, 150])
        s = f"{v * 1000:,}".replace(",", ".")
        return N(rng.choice([f"Rp {s}", f"Rp{s}", f"Rp. {s},-", f"{v} ribu", f"{v}rb", f"{s} rupiah"]), "price")
    v = rng.choice([50, 75, 100, 150, 250, 300, 500, 750, 1200, 1500, 2500, 3500, 4750, 8000, 12500, 25000])
    if big:
        v *= 10
    amt = v * 1000
    s = f"{amt:,}".replace(",", ".")
    f = rng.choice([f"Rp {s}", f"Rp{s}", f"Rp. {s},-", f"Rp {s},00", f"{s} rupiah"])
    if amt >= 1000000 and rng.random() < 0.3:
        jt = amt / 1000000
        f = f"Rp{jt:g} juta".replace(".", ",")
    elif amt < 1000000 and rng.random() < 0.3:
        f = f"{v} ribu" if rng.random() < 0.5 else f"{v}rb"
    return N(f, "price")


def n_reg(rng):
    return N(rng.choice(REGULATIONS), "regulation")


def n_spbu(rng):
    return N(f"{rng.choice([31, 34, 44, 54, 64, 74])}.{rng.randint(101, 999)}.{rng.randint(1, 99):02d}", "spbu")


def n_npsn(rng):
    return N(str(rng.randint(10100000, 69999999)), "npsn")


def n_km(rng):
    return N(rng.choice([f"km {rng.randint(2, 120)}", f"KM {rng.randint(2, 120)}", f"Km. {rng.randint(2, 60)}",
                         f"km {rng.randint(10, 99)}+{rng.randint(100, 900)}"]), "km")


def n_date(rng, form=None, y0=2023, y1=2025):
    d = rand_date(rng, y0, y1, 6 if y1 == 2025 else 12)
    form = form or rng.choice(["long", "long", "abbr", "dash", "slash", "slash1", "long0"])
    return N(fmt_date(d, form), "incident_date")


def n_year(rng, y0=2015, y1=2025):
    return N(str(rng.randint(y0, y1)), "year")


def n_count(rng, unit=None):
    r = rng.randint
    if unit == "dur":
        return N(rng.choice([f"{r(2, 14)} hari", f"{r(2, 6)} minggu", f"{r(2, 11)} bulan", "sebulan", "seminggu",
                             f"{r(2, 5)} hari"]), "count")
    if unit == "years":
        return N(f"{r(2, 8)} tahun", "count")
    if unit == "kali":
        return N(f"{r(2, 15)} kali", "count")
    if unit == "people":
        return N(rng.choice([f"{r(20, 400)} orang", f"{r(50, 900)} warga", f"{r(15, 200)} peserta"]), "count")
    if unit == "num":
        return N(str(r(12, 150)), "count")
    return N(rng.choice([f"{rng.randint(20, 400)} peserta", f"{rng.randint(3, 60)} rumah",
                         f"{rng.randint(2, 30)} kali", f"{rng.randint(50, 900)} warga",
                         f"{rng.randint(2, 14)} hari", f"{rng.randint(2, 9)} bulan"]), "count")


def n_kkcount(rng):
    return N(f"{rng.randint(1, 9)}.{rng.randint(100, 999)} KK" if rng.random() < 0.5 else f"{rng.randint(12, 480)} KK",
             "kk_count")


def n_rt(rng):
    return N(rng.choice([f"RT {rng.randint(1, 15):02d}", f"RT {rng.randint(1, 15)}", f"RW {rng.randint(1, 12):02d}",
                         f"RT {rng.randint(1, 9):02d}/RW {rng.randint(1, 9):02d}"]), "rt_alone")


def n_road(rng):
    return N(rng.choice(HERO_ROADS), "hero_road")


def n_hosp(rng):
    return N(rng.choice(HOSPITALS), "hospital")


def n_airport(rng):
    return N(rng.choice(AIRPORTS), "airport")


def n_iemail(rng):
    return N(rng.choice(INST_EMAILS), "inst_email")


def n_ihandle(rng):
    return N(rng.choice(INST_HANDLES), "inst_handle")


def n_rm(rng):
    return N(rng.choice([f"{rng.randint(0, 99):02d}-{rng.randint(0, 99):02d}-{rng.randint(0, 99):02d}",
                         f"{rng.randint(0, 9999999):08d}", f"RM-{rng.randint(100000, 999999)}",
                         f"{rng.randint(100000, 999999)}"]), "rekam_medis")


def n_order(rng):
    d = rand_date(rng, 2023, 2025, 5)
    return N(rng.choice([f"INV/{d.year}{d.month:02d}{d.day:02d}/MPL/{digits(rng, 10, True)}",
                         f"{d.year % 100}{d.month:02d}{d.day:02d}{rng.choice('ABCDEFGHJK')}{digits(rng, 5)}{rng.choice('ABCDEFGHJK')}",
                         f"JP{digits(rng, 10, True)}", f"SPXID0{digits(rng, 11)}"]), "order_id")


def n_lp(rng, reg):
    rom = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
    y = rng.randint(2023, 2025)
    pol = rng.choice(["POLRESTA", "POLRES", "POLRESTABES", "POLSEK"]) + " " + reg["short"].upper()
    return N(rng.choice([f"LP/B/{rng.randint(10, 999)}/{rng.choice(rom)}/{y}/SPKT/{pol}",
                         f"STTLP/{rng.randint(10, 999)}/{rng.choice(rom)}/{y}/{pol}",
                         f"LP/{rng.randint(100, 2999)}/{rng.choice(rom)}/{y}"]), "police_report_no")


def n_nrp(rng):
    return N(str(rng.randint(60000000, 99129999)), "nrp")


def n_surat(rng, kel=None):
    rom = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
    ab = "".join(w[0] for w in (kel or "Kel").split())
    return N(rng.choice([f"474/{rng.randint(10, 999)}/Kel.{ab}/{rng.choice(rom)}/{rng.randint(2023, 2025)}",
                         f"470/{rng.randint(10, 999)}/{rng.randint(2023, 2025)}",
                         f"145/{rng.randint(10, 300)}/DS/{rng.randint(2023, 2025)}"]), "letter_no")


def n_ref(rng):
    d = rand_date(rng, 2023, 2025, 5)
    return N(rng.choice([f"{d.year % 100}{d.month:02d}{d.day:02d}{digits(rng, 10)}", f"FT{digits(rng, 12)}",
                         f"{digits(rng, 12, True)}"]), "transaction_ref")


def n_cue(rng):
    return N(rng.choice(["NIK saya sudah dicek di 3 aplikasi", "NIK sudah saya cek di aplikasi Cek Bansos",
                         "nomor KK sudah valid di Dukcapil", "NIK saya terdaftar ganda",
                         "data NIK saya sudah dicek petugas"]), "cue_without_value")


NEARS = [n_ticket, n_hotline, n_price, n_reg, n_spbu, n_npsn, n_km, n_date, n_year, n_count, n_kkcount, n_rt,
         n_road, n_hosp, n_iemail, n_ihandle]


def time_str(rng, h0=6, h1=22):
    return N(f"{rng.randint(h0, h1):02d}.{rng.choice(['00', '15', '30', '45', '10', '20', '05'])}", "time")


def day_date(rng):
    """hari + tanggal of an incident, as a near-miss"""
    d = rand_date(rng, 2024, 2025, 6)
    return [HARI[d.weekday()], " ", N(fmt_date(d, rng.choice(["long", "dash", "slash"])), "incident_date")]


# --------------------------------------------------------------------------------------------
# shared phrase pools
GREET = ("«Yth. Admin LAPOR!,|Selamat pagi admin,|Selamat siang,|Assalamualaikum wr. wb.|"
         "Kepada Yth. Bapak/Ibu Admin LAPOR!|Permisi min,|Halo min,|Salam sejahtera.|Dengan hormat,|"
         "Mohon izin melapor.|Pagi min,|Malam admin,|Yth. Pengelola LAPOR!|Kepada yang terhormat pengelola pengaduan,|"
         "Sore admin.|Assalamualaikum.|Selamat malam Bapak/Ibu.|Halo LAPOR!|Izin lapor min.|Yth. Bapak/Ibu petugas,»")

CLOSE = ("«Mohon|Saya mohon|Kami mohon|Tolong|Harap|Besar harapan saya agar ini|Mohon kiranya ini|Mohon sekali ini|"
         "Saya minta ini|Kami berharap ini» «segera |secepatnya |dengan segera |benar-benar |»"
         "«ditindaklanjuti|diproses|dicek|dibantu|ditangani|ditertibkan|diusut tuntas|ditindak tegas|diselesaikan|"
         "diperhatikan|dievaluasi|ditinjau ulang»"
         "«.| ya.| 🙏| min.|, terima kasih.|. Terima kasih.|. Wassalam.|. Salam.|!|. Atas perhatian «Bapak/Ibu|admin|petugas» «saya|kami» ucapkan «terima kasih|banyak terima kasih».|"
         ". Makasih.|, matur nuwun.|. Hatur nuhun.|..|. Terima kasih banyak.|»")

JOBS = ["Wiraswasta", "Karyawan Swasta", "Ibu Rumah Tangga", "Petani", "Pedagang", "Buruh Harian Lepas",
        "Guru Honorer", "Mahasiswa", "Sopir", "Nelayan", "Pensiunan", "Pelajar", "Pengemudi Ojek Online",
        "Perangkat Desa", "Tukang Bangunan", "Karyawan BUMN", "Belum/Tidak Bekerja", "Perawat", "Montir"]
AGAMA = ["Islam", "Islam", "Islam", "Kristen", "Katolik", "Hindu", "Buddha", "Konghucu"]
AGAMA_BY_GROUP = {"bali": ["Hindu"] * 5 + ["Kristen"], "chinese": ["Buddha", "Kristen", "Katolik", "Konghucu", "Islam"],
                  "manado": ["Kristen"] * 4 + ["Katolik", "Islam"], "east": ["Kristen", "Katolik", "Kristen", "Islam"],
                  "batak": ["Kristen", "Kristen", "Katolik", "Islam"]}


def agama_of(rng, per):
    return rng.choice(AGAMA_BY_GROUP.get(per.group, ["Islam"] * 9 + ["Kristen"]))


def close(d):
    d.w(CLOSE)


def greet(d):
    if d.rng.random() < 0.85:
        d.w(GREET + " ")

# ============================================================================================
def ybt(rng):
    """the 'yang bertanda tangan di bawah ini' formula, in its many real spellings"""
    first = rng.choice(["Yang", "Yang", "Yg", "YANG"])
    s = alt(rng, " «bertanda tangan|bertandatangan|bertanda-tangan|menandatangani surat ini,» «di bawah ini|dibawah ini»")
    if first == "YANG":
        s = s.upper()
    if rng.random() < 0.5:
        return alt(rng, "«Saya|Kami|Saya,|Kami,» ") + (first.lower() if first != "YANG" else first) + s
    return first + s


# identity blocks (forms)
FIELD_LABELS = {
    "nama": ["Nama", "Nama Lengkap", "Nama lengkap", "N a m a", "NAMA"],
    "ttl": ["Tempat/Tgl Lahir", "Tempat/Tgl. Lahir", "Tempat, Tanggal Lahir", "TTL", "Tempat / Tanggal Lahir",
            "Tmp/Tgl Lahir", "Tempat & Tgl. Lahir"],
    "jk": ["Jenis Kelamin", "Jenis kelamin", "L/P", "Kelamin"],
    "agama": ["Agama"],
    "job": ["Pekerjaan", "Pekerjaan", "Pekerjaan/Jabatan"],
    "wn": ["Kewarganegaraan", "Warga Negara", "Kebangsaan"],
    "alamat": ["Alamat", "Alamat Rumah", "Alamat sesuai KTP", "Tempat Tinggal", "Alamat tinggal", "Alamat/Domisili"],
    "nik": ["NIK", "No. KTP", "Nomor Induk Kependudukan", "No. NIK", "NIK/No. KTP", "Nomor KTP"],
    "hp": ["No. HP", "No. Telp/HP", "Nomor HP/WA", "Telepon", "HP/WA", "No. Telepon", "Kontak"],
    "email": ["Email", "E-mail", "Alamat email", "Surel"],
    "umur": ["Umur", "Usia"],
    "kk": ["No. KK", "Nomor KK", "No. Kartu Keluarga"],
    "npwp": ["NPWP", "No. NPWP"],
    "status": ["Status Perkawinan", "Status"],
    "bpjs": ["No. BPJS", "No. Kartu JKN", "Nomor KIS"],
    "paspor": ["No. Paspor", "Nomor Paspor", "Paspor"],
}
SEPS = [" : ", ": ", "\t: ", " :", "  : ", " : "]


def age_of(per):
    return 2025 - per.dob.year - (1 if (per.dob.month, per.dob.day) > (6, 1) else 0)


def field_val(rng, per, f, upper=False):
    U = (lambda s: s.upper()) if upper else (lambda s: s)
    if f == "nama":
        return per.P("upper" if upper else "full")
    if f == "ttl":
        dob = per.DOB("dash" if upper and rng.random() < 0.7 else None)
        return [U(per.pob) + rng.choice([", ", ", ", " / ", ", "]), dob]
    if f == "jk":
        return U("Laki-laki" if per.sex == "L" else "Perempuan") if f else ""
    if f == "agama":
        return U(agama_of(rng, per))
    if f == "job":
        return U(rng.choice(JOBS))
    if f == "wn":
        return "WNI" if rng.random() < 0.5 else U("Indonesia")
    if f == "alamat":
        a = per.AD()
        if upper:
            a = S("ADDRESS", a.value.upper())
        return [a, U(per.tail)]
    if f == "nik":
        return per.NIK()
    if f == "hp":
        return landline(rng, per.reg) if rng.random() < 0.12 else per.PH()
    if f == "email":
        return per.EM()
    if f == "umur":
        return N(f"{age_of(per)} tahun", "age")
    if f == "kk":
        return per.KK()
    if f == "npwp":
        return per.NPWP()
    if f == "status":
        return U(rng.choice(["Kawin", "Belum Kawin", "Cerai Mati", "Kawin"]))
    if f == "bpjs":
        return per.BPJS()
    if f == "paspor":
        return per.PAS()
    raise ValueError(f)


def idblock(d, per, fields, sep=None, labels=None, upper=False, indent="", numbered=False):
    rng = d.rng
    sep = sep or rng.choice(SEPS)
    labels = labels or {}
    for i, f in enumerate(fields):
        lab = labels.get(f) or rng.choice(FIELD_LABELS[f])
        if upper:
            lab = lab.upper()
        pre = f"{indent}{i + 1}. " if numbered else indent
        d.t(pre + lab + sep)
        d.put(field_val(rng, per, f, upper))
        d.t("\n")


def pick_labels(rng):
    return {k: rng.choice(v) for k, v in FIELD_LABELS.items()}


def polres(rng, reg):
    return rng.choice([f"Polres {reg['short']}", f"Polresta {reg['short']}", f"Polsek {rng.choice(reg['kecs'])[0]}",
                       f"Polrestabes {reg['short']}", f"SPKT Polres {reg['short']}"])


RANKS = ["BRIPKA", "AIPDA", "AIPTU", "BRIGPOL", "IPDA", "IPTU", "Bripka", "Aipda", "Brigadir"]
MERK_MOTOR = ["Honda Beat", "Yamaha NMAX", "Honda Vario 125", "Suzuki Satria FU", "Yamaha Mio M3", "Honda Scoopy",
              "Kawasaki KLX 150", "Honda Supra X", "Yamaha Aerox"]
MERK_MOBIL = ["Toyota Avanza", "Daihatsu Xenia", "Honda Brio", "Suzuki Ertiga", "Toyota Innova", "Mitsubishi Xpander",
              "Daihatsu Sigra", "Toyota Calya", "pick up L300"]
WARNA = ["hitam", "putih", "merah", "abu-abu", "biru dop", "silver", "merah maroon", "putih-biru"]
BARANG = ["HP iPhone 13", "laptop Asus", "kamera mirrorless", "sepeda lipat", "kulkas dua pintu",
          "motor bekas", "PS5", "handphone Samsung A54", "mesin cuci", "emas 10 gram"]
def prod(rng, pool):
    """product / model names (e.g. 'Samsung A54', 'Mio M3') are registered plate-like near-misses"""
    return N(rng.choice(pool), "product_model")


PLACES = ["halaman Indomaret", "parkiran Pasar Induk", "depan masjid", "pinggir jalan depan rumah",
          "parkiran kampus", "area parkir minimarket", "depan warung kopi", "parkiran puskesmas"]


def case_story(d, rng, kind, pel, ter, extra):
    """narrative sentences of a police-report case; extra: dict of additional persons/values"""
    hari = day_date(rng)
    jam = time_str(rng)
    if kind == "motor":
        d.w("«Pada hari|Hari» {hari} «sekitar|kurang lebih|±» pukul {jam} «WIB|», «sepeda motor saya|motor milik saya|"
            "kendaraan saya» {merk} warna {warna} «dengan nomor polisi|bernopol|plat» {plate} «hilang|raib|dicuri orang» "
            "saat «diparkir|saya parkir|saya tinggal sebentar» di {lokasi}. «Yang saya curigai adalah|Belakangan saya tahu pelakunya|"
            "Warga menyebut pelakunya» {ter}«, yang sering nongkrong di sana| yang sebelumnya menawar motor itu|, tetangga kos saya|». ",
            hari=hari, jam=jam, merk=prod(rng, MERK_MOTOR), warna=rng.choice(WARNA), plate=pel.PL(),
            lokasi=rng.choice(PLACES), ter=ter.P())
    elif kind == "tabrak":
        d.w("«Hari|Pada» {hari} pukul {jam} «sebuah mobil|mobil» {mobil} warna {warna} «bernomor polisi|nopol|dengan plat» "
            "{plate} «menabrak|menyerempet» «saya|motor saya» di {road} lalu «kabur|melarikan diri|tancap gas». "
            "«Pengemudinya belakangan diketahui bernama|Menurut warga, sopirnya adalah|Pengemudinya mengaku bernama» {ter}. ",
            hari=hari, jam=jam, mobil=prod(rng, MERK_MOBIL), warna=rng.choice(WARNA), plate=ter.PL(),
            road=n_road(rng), ter=ter.P())
    elif kind == "tipu":
        d.w("«Saya membeli|Saya memesan|Saya hendak membeli» {barang} dari {ter} «melalui Facebook|lewat grup WA jual beli|"
            "di Marketplace» seharga {price}. «Uang saya transfer ke|Pembayaran saya kirim ke|Saya sudah transfer ke» rekening "
            "{bank} {acct} «atas nama|a.n.|an.» {ter2}, «lalu|tetapi» nomor WhatsApp {phone} «langsung memblokir saya|tidak aktif lagi|"
            "tidak bisa dihubungi». ",
            barang=prod(rng, BARANG), ter=ter.P(), price=n_price(rng), bank=ter.bank, acct=ter.ACC(),
            ter2=extra["ter2"].P(), phone=ter.PH())
    elif kind == "aniaya":
        d.w("«Pada|Hari» {hari} «sekitar|» pukul {jam}, {ter} «yang tinggal di|beralamat di|, penghuni rumah di» {addr}{tail} "
            "«memukul|mendorong lalu memukul|menganiaya» saya «menggunakan kayu|dengan tangan kosong|pakai helm» karena "
            "«masalah batas tanah|masalah parkir|utang Rp 2 juta|suara musik». ",
            hari=hari, jam=jam, ter=ter.P(), addr=ter.AD(), tail=ter.tail)
    elif kind == "ancam":
        d.w("«Sejak|Mulai» {date} saya «menerima|mendapat» «pesan ancaman|teror» dari nomor {phone} «yang mengaku bernama|"
            "atas nama|milik» {ter}. «Akun Instagram|Akun TikTok|Akun» {handle} «juga menyebarkan foto saya|ikut mengirim pesan "
            "serupa|memposting data pribadi saya». ",
            date=n_date(rng), phone=ter.PH(), ter=ter.P(), handle=ter.HD())
    elif kind == "gelap":
        d.w("{ter} «menyewa|merental» mobil {mobil} milik saya «bernomor polisi|dengan nomor polisi|nopol» {plate} sejak {date} "
            "«dengan jaminan fotokopi KTP|dengan menitipkan KTP» atas nama {ter2} «NIK|nomor KTP» {nik}, «namun|tetapi» "
            "«mobil tidak pernah kembali|sampai sekarang mobil belum dikembalikan». ",
            ter=ter.P(), mobil=prod(rng, MERK_MOBIL), plate=pel.PL(), date=n_date(rng), ter2=ter.P("upper"), nik=ter.NIK())
    elif kind == "pungli":
        d.w("«Oknum pegawai|Seorang staf|Petugas» {kantor} bernama {ter} «(NIP {nip})|, NIP {nip},» meminta uang {price} "
            "«untuk|sebagai biaya» «pengurusan surat|tanda tangan|percepatan sertifikat|pengambilan berkas». ",
            kantor=rng.choice(["kelurahan", "kecamatan", "Kantor Pertanahan", "Dinas Perhubungan", "desa"]),
            ter=ter.P(), nip=ter.NIP(), price=n_price(rng))


def saksi_sentence(d, rng, s1, s2):
    d.w("«Kejadian itu dilihat oleh|Saksi yang melihat adalah|Yang menyaksikan kejadian tersebut ialah|Yang ikut melihat» "
        "{s1} «(HP {ph})|, HP {ph},|yang rumahnya di {ad}|, tetangga saya» «dan|serta» {s2}«.| yang kebetulan lewat.| "
        "yang berjualan di dekat situ.»",
        s1=s1.P(), ph=s1.PH(), ad=s1.AD(), s2=s2.P())


def gen_bap(d, rng, pii):
    if not pii:
        return bap_blank(d, rng)
    pel = Person(rng)
    kind = rng.choice(["motor", "tabrak", "tipu", "aniaya", "ancam", "gelap", "pungli"])
    ter = Person(rng, reg=pel.reg, age="pns" if kind == "pungli" else "adult")
    extra = {"ter2": Person(rng)}
    s1, s2 = Person(rng, reg=pel.reg), Person(rng, reg=pel.reg)
    reg = pel.reg
    v = rng.choice(["bap", "bap", "pernyataan", "pernyataan", "lp"])
    if v == "bap":
        d.w("«BERITA ACARA PEMERIKSAAN|BERITA ACARA PEMERIKSAAN SAKSI|BAP SAKSI KORBAN|Berita Acara Pemeriksaan (Pelapor)|"
            "SALINAN BERITA ACARA PEMERIKSAAN|B E R I T A   A C A R A   P E M E R I K S A A N»\n\n")
        inv = Person(rng, reg=reg)
        d.w("«Pada hari ini|Hari ini» {hd} «sekitar |»pukul {jam} «WIB|Wita|», «saya|kami» {rank} {inv}, NRP {nrp}, "
            "«penyidik pembantu|penyidik» «pada|di» {pol}, «telah melakukan pemeriksaan terhadap|memeriksa|telah mendengar keterangan dari» "
            "«seorang|» {jk} yang «mengaku bernama|identitasnya sebagai berikut»:\n",
            hd=day_date(rng), jam=time_str(rng), rank=rng.choice(RANKS), inv=inv.P(), nrp=n_nrp(rng), pol=polres(rng, reg),
            jk="laki-laki" if pel.sex == "L" else "perempuan")
        fields = ["nama", "ttl", "jk", "agama", "job", "alamat", "nik", "hp"]
        if rng.random() < 0.4:
            fields.remove("agama")
        if rng.random() < 0.3:
            fields.insert(3, "wn")
        idblock(d, pel, fields, indent=rng.choice(["", "   ", "- "]))
        qa = rng.choice([("PERTANYAAN", "JAWABAN"), ("Pertanyaan", "Jawaban"), ("T", "J"), ("Tanya", "Jawab")])
        d.w("\n«Selanjutnya yang diperiksa memberikan keterangan sebagai berikut|Atas pertanyaan pemeriksa, ia menerangkan|"
            "Keterangan yang diberikan»:\n")
        d.t(f"1. {qa[0]}: ")
        d.w("«Apakah saudara dalam keadaan sehat jasmani dan rohani serta bersedia memberikan keterangan yang sebenarnya?|"
            "Apakah saudara saat ini sehat dan bersedia diperiksa?|Bersediakah saudara memberikan keterangan dengan sebenar-benarnya?|"
            "Apakah saudara sehat jasmani rohani dan siap diperiksa hari ini?|Apakah saudara mengerti mengapa dimintai keterangan?»\n")
        d.t(f"   {qa[1]}: ")
        d.w("«Ya|Iya|Benar», saya «sehat jasmani dan rohani|dalam keadaan sehat|sehat» dan «bersedia|siap|mengerti»«.| memberikan keterangan yang sebenarnya.»\n")
        d.t(f"2. {qa[0]}: ")
        d.w("«Jelaskan|Coba jelaskan|Ceritakan» «kronologis|kronologi|secara singkat» «kejadian yang saudara laporkan|peristiwa tersebut»?\n")
        d.t(f"   {qa[1]}: ")
        case_story(d, rng, kind, pel, ter, extra)
        d.t("\n")
        d.t(f"3. {qa[0]}: ")
        d.w("«Siapa saja yang mengetahui kejadian tersebut|Apakah ada saksi yang melihat|Siapa saksinya»?\n")
        d.t(f"   {qa[1]}: ")
        saksi_sentence(d, rng, s1, s2)
        d.t("\n")
        if rng.random() < 0.5:
            d.t(f"4. {qa[0]}: ")
            d.w("Apakah ada keterangan lain yang ingin saudara tambahkan?\n")
            d.t(f"   {qa[1]}: ")
            d.w("«Tidak ada.|Cukup sekian.|Ada, kerugian saya sekitar {price}.|Saya minta pelaku segera ditangkap.»\n",
                price=n_price(rng, big=True))
        d.w("\n«Demikian berita acara ini dibuat dengan sebenarnya|Setelah dibacakan kembali, yang diperiksa menyatakan setuju|"
            "Berita acara ini ditutup»«, lalu ditandatangani.|.»\n\n«Yang diperiksa|Yang memberi keterangan|Saksi»,\n\n{p}\n\n"
            "«Pemeriksa|Yang memeriksa»,\n{rank} {inv}",
            p=pel.P("upper" if rng.random() < 0.5 else "full"), rank=rng.choice(RANKS), inv=inv.P())
        return
    if v == "pernyataan":
        d.w("«SURAT PERNYATAAN|LAPORAN PENGADUAN|SURAT PENGADUAN|PERIHAL: LAPORAN KEJADIAN|Laporan Kejadian»\n\n")
        d.w(ybt(rng) + "«:| :|, dengan identitas:»\n")
        labels = pick_labels(rng)
        sep = rng.choice(SEPS)
        idblock(d, pel, rng.choice([["nama", "ttl", "job", "alamat", "hp"], ["nama", "nik", "ttl", "alamat", "hp"],
                                    ["nama", "ttl", "jk", "job", "alamat", "nik", "hp", "email"]]), sep=sep, labels=labels)
        d.w("\n«Dengan ini melaporkan|Melaporkan|Dengan ini mengadukan perbuatan|Hendak melaporkan» «seseorang|seorang "
            "laki-laki|orang|saudara» «bernama|dengan identitas|sebagai berikut»:\n")
        idblock(d, ter, rng.choice([["nama", "umur", "job", "alamat"], ["nama", "alamat", "hp"], ["nama", "umur", "alamat"]]),
                sep=sep, labels=labels)
        d.t("\n")
        case_story(d, rng, kind, pel, ter, extra)
        d.w("\n\n«Saksi-saksi|Saksi|Nama saksi»:\n1. {s1}, «alamat|beralamat di|tinggal di» {a1}\n2. {s2}«, HP |, no. HP |, telp »{p2}\n",
            s1=s1.P(), a1=[s1.AD(), s1.tail], s2=s2.P(), p2=s2.PH())
        d.w("\n«Demikian laporan ini saya buat dengan sebenar-benarnya|Demikian surat ini dibuat dengan sebenarnya "
            "tanpa paksaan dari pihak mana pun|Demikian pernyataan ini saya buat untuk dipergunakan sebagaimana mestinya|"
            "Pernyataan ini saya buat dalam keadaan sadar».\n\n{city}, {date}\n«Hormat saya|Pelapor|Yang membuat pernyataan»,\n\n\n{p}",
            city=reg["short"], date=n_date(rng), p=pel.P(rng.choice(["full", "upper"])))
        return
    # lp: complaint quoting police report
    greet(d)
    d.w("Saya {p}«, warga|, penduduk|, tinggal di» {kel}«,|» «sudah melaporkan|telah membuat laporan» «kasus|perkara» ini ke {pol} "
        "«dengan nomor|nomor» {lp} «pada|tanggal» {date}, «namun|tetapi» «hingga kini|sampai sekarang|sudah tiga bulan» "
        "«belum ada perkembangan|laporan saya jalan di tempat|penyidik tidak pernah menghubungi saya». ",
        p=pel.P(), kel=pel.kel, pol=polres(rng, reg), lp=n_lp(rng, reg), date=n_date(rng))
    case_story(d, rng, kind, pel, ter, extra)
    d.w("«Identitas terlapor yang saya ketahui|Data terlapor|Terlapor»: {t}, «alamat|tinggal di|rumahnya di» {ta}. "
        "«Saksi|Saksi mata»: {s1}. «Saya bisa dihubungi di|HP saya|Kontak saya|No. WA saya» {ph}. ",
        t=ter.P(), ta=ter.AD(), s1=s1.P(), ph=pel.PH())
    close(d)


def bap_blank(d, rng):
    reg = rng.choice(REGIONS)
    greet(d)
    dots = lambda: "." * rng.randint(12, 30)
    d.w(" «Saya sudah tiga kali|Sudah berkali-kali saya|Dua minggu ini saya bolak-balik dan» diminta mengisi «formulir|blangko» "
        "yang sama di {pol}:\n", pol=polres(rng, reg))
    for f in rng.sample(["nama", "ttl", "nik", "alamat", "job", "hp"], 5):
        d.w(rng.choice(FIELD_LABELS[f]) + " : " + dots() + "\n")
    d.w("«Padahal|Sementara» laporan saya {lp} «tertanggal|tanggal» {date} «sudah lengkap|belum juga diproses». {cue}, "
        "«tidak ada masalah|semua valid». «Biaya fotokopi saja sudah|Saya sudah keluar ongkos» {price}. ",
        lp=n_lp(rng, reg), date=n_date(rng), cue=n_cue(rng), price=n_price(rng))
    close(d)


# ============================================================================================
KUASA_URUSAN = ["bpjs", "pensiun", "paspor", "bpkb", "rekening", "kk", "akta", "npwp"]


def gen_kuasa(d, rng, pii):
    if not pii:
        return kuasa_blank(d, rng)
    urusan = rng.choice(KUASA_URUSAN)
    p1 = Person(rng, age="elder" if urusan == "pensiun" else "adult", pns=(urusan == "pensiun"))
    p2 = Person(rng, reg=p1.reg, group=p1.group if rng.random() < 0.7 else None)
    reg = p1.reg
    if rng.random() < 0.6:
        d.w("«Petugas menolak surat kuasa saya padahal sudah bermaterai|Surat kuasa ini ditolak loket tanpa alasan jelas|"
            "Mohon penjelasan kenapa surat kuasa di bawah ini dianggap tidak sah|Saya mewakili orang tua saya tapi kuasanya tidak diterima»"
            "«. Isi suratnya:|, berikut isinya:|. Berikut salinannya:»\n\n")
    d.w("«SURAT KUASA|SURAT KUASA KHUSUS|S U R A T   K U A S A|Surat Kuasa»\n\n")
    d.w(ybt(rng) + "«:| :»\n")
    labels = pick_labels(rng)
    sep = rng.choice(SEPS)
    f1 = ["nama", "nik", "ttl", "alamat"]
    if urusan == "pensiun":
        f1 = ["nama", "ttl", "alamat"]
    if rng.random() < 0.3:
        f1.append("hp")
    idblock(d, p1, f1, sep=sep, labels=labels)
    if urusan == "pensiun":
        d.t("NIP" + sep)
        d.put(p1.NIP())
        d.t("\n")
    d.w("«Selanjutnya disebut|Dalam hal ini disebut|Yang selanjutnya disebut» «PIHAK PERTAMA|Pihak Pertama»« (Pemberi Kuasa)| selaku pemberi kuasa|».\n\n")
    d.w("«Dengan ini memberikan kuasa kepada|Memberi kuasa penuh kepada|Dengan ini menguasakan kepada|Memberikan kuasa kepada»:\n")
    idblock(d, p2, rng.choice([["nama", "nik", "alamat", "hp"], ["nama", "ttl", "nik", "alamat"],
                               ["nama", "nik", "job", "alamat", "hp"]]), sep=sep, labels=labels)
    d.w("«Selanjutnya disebut|Dalam hal ini disebut|Yang selanjutnya disebut» «PIHAK KEDUA|Pihak Kedua»« (Penerima Kuasa)| selaku penerima kuasa|».\n\n")
    d.w("«Khusus untuk|KHUSUS UNTUK|Untuk|Guna|Adapun kuasa ini untuk»: ")
    if urusan == "bpjs":
        d.w("«mengurus aktivasi kembali|mengurus perubahan data» kepesertaan JKN-KIS PIHAK PERTAMA dengan nomor kartu {b}", b=p1.BPJS())
    elif urusan == "pensiun":
        d.w("«mengambil|mengurus» «dana pensiun|Taspen|tunjangan hari tua» atas nama PIHAK PERTAMA «di kantor cabang|ke» "
            "«PT Taspen|Taspen» {city}", city=reg["short"])
    elif urusan == "paspor":
        d.w("mengambil paspor «nomor|No.» {ps} «atas nama PIHAK PERTAMA|milik PIHAK PERTAMA» di {kanim}",
            ps=p1.PAS(), kanim=f"Kantor Imigrasi {reg['short']}")
    elif urusan == "bpkb":
        d.w("mengurus «balik nama|pengambilan» BPKB «sepeda motor|mobil» {merk} «dengan nomor polisi|nopol|No. Pol.» {pl}",
            merk=prod(rng, MERK_MOTOR + MERK_MOBIL), pl=p1.PL())
    elif urusan == "rekening":
        d.w("«menutup|mengurus pemblokiran|mencetak buku tabungan» rekening {bank} «nomor|No.» {ac} atas nama PIHAK PERTAMA",
            bank=p1.bank, ac=p1.ACC())
    elif urusan == "kk":
        d.w("«mengurus perubahan|mencetak ulang|memecah» Kartu Keluarga «nomor|No.» {kk} di Disdukcapil {city}",
            kk=p1.KK(), city=reg["city"])
    elif urusan == "akta":
        ch = Person(rng, age="baby" if rng.random() < 0.5 else "child", reg=reg)
        d.w("mengurus akta kelahiran anak kami, {c}, yang lahir «pada|tanggal» {dob}", c=ch.P(), dob=ch.DOB())
    elif urusan == "npwp":
        d.w("«mengurus pemadanan|memperbaiki data» NPWP {np} «dengan NIK|di KPP Pratama {city}»", np=p1.NPWP(), city=reg["short"])
    d.w(".\n\n«Demikian surat kuasa ini dibuat untuk dipergunakan sebagaimana mestinya|Demikian surat kuasa ini dibuat dengan "
        "sebenarnya|Surat kuasa ini berlaku sampai urusan selesai|Demikian kuasa ini diberikan dengan penuh tanggung jawab».\n\n"
        "{city}, {date}\n\n«PIHAK PERTAMA|Pemberi Kuasa»{gap}«PIHAK KEDUA|Penerima Kuasa»\n«(materai 10000)|[materai]|ttd»\n\n{n1}{gap2}{n2}",
        city=reg["short"], date=n_date(rng), gap=" " * rng.randint(6, 20), gap2=" " * rng.randint(6, 16),
        n1=p1.P(rng.choice(["full", "upper"])), n2=p2.P(rng.choice(["full", "upper"])))
    if rng.random() < 0.5:
        d.w("\n\n«Saya sudah antre sejak pagi|Mohon petugas diberi pemahaman|Tolong dijelaskan syarat yang benar»"
            "«, hubungi saya di {ph}.|. Kontak: {ph}|. Terima kasih.»", ph=p2.PH())


def kuasa_blank(d, rng):
    reg = rng.choice(REGIONS)
    d.w("«Admin, format surat kuasa yang diminta|Mohon dijelaskan, blangko surat kuasa dari» «kantor Disdukcapil|loket Samsat|kantor "
        "Taspen» {city} «berbeda-beda tiap petugas|tidak sesuai aturan». «Blangkonya|Formatnya» seperti ini:\n\nSURAT KUASA\n"
        + ybt(rng) + ":\nNama : ____________\nNIK : ____________\nAlamat : ____________\n"
        "selanjutnya disebut PIHAK PERTAMA, memberi kuasa kepada:\nNama : ____________\nNIK : ____________\n"
        "selanjutnya disebut PIHAK KEDUA.\n\n«Materai|Meterai» {price} «wajib|harus» dibeli di loket, «padahal|sementara» "
        "{reg} tidak mengatur begitu. «Nomor antrean saya|Tiket pengaduan saya» {tk}.",
        city=reg["short"], price=N("Rp 10.000", "price"), reg=n_reg(rng), tk=n_ticket(rng))


# ============================================================================================
def gen_domisili(d, rng, pii):
    if not pii:
        return domisili_blank(d, rng)
    per = Person(rng, age=rng.choice(["adult", "adult", "young"]))
    reg = per.reg
    lurah = Person(rng, reg=reg, age="pns")
    desa = reg["city"].startswith("Kabupaten") and rng.random() < 0.6
    kepala = "Kepala Desa" if desa else "Lurah"
    unit = "Desa" if desa else "Kelurahan"
    ctx = rng.random()
    if ctx < 0.55:
        d.w("«Surat keterangan domisili saya ditolak bank karena dianggap tidak valid|Lurah meminta biaya untuk surat di bawah ini|"
            "Surat domisili saya salah ketik dan tidak mau diperbaiki|Kelurahan menahan surat ini lebih dari seminggu|"
            "Mohon verifikasi keaslian surat domisili berikut»«.|, padahal gratis.|. Isinya:»\n\n")
    office_road = n_road(rng)
    d.w("«PEMERINTAH|Pemerintah» {kota}\n«KECAMATAN|Kecamatan» {kec}\n{unit} {kel}\n{road}«, Telp. | Telp »{otel}«| Kode Pos {pos}»\n\n",
        kota=(reg["city"].upper() if rng.random() < 0.5 else reg["city"]), kec=per.kec.upper(), unit=L(unit.upper()),
        kel=per.kel.upper(), road=office_road, pos=N(str(rng.randint(1, 9)) + digits(rng, 4), "postal_code"),
        otel=N(landline(rng, reg).value, "office_phone"))
    d.w("«SURAT KETERANGAN DOMISILI|SURAT KETERANGAN BERDOMISILI|SURAT KETERANGAN TEMPAT TINGGAL|Surat Keterangan Domisili»\n"
        "«Nomor|No.|Nomor Surat» : {no}\n\n", no=n_surat(rng, per.kel))
    d.w(ybt(rng) + " "
        "{kep} {kel}, Kecamatan {kec}, {city}, «dengan ini menerangkan bahwa|menerangkan dengan sebenarnya bahwa|menerangkan»:\n",
        kep=L(kepala), kel=per.kel, kec=per.kec, city=reg["city"])
    fields = ["nama", "nik", "ttl", "jk", "agama", "status", "job"]
    if rng.random() < 0.35:
        fields.insert(2, "kk")
    if rng.random() < 0.3:
        fields.remove("agama")
    idblock(d, per, fields, indent=rng.choice(["", "  "]), numbered=rng.random() < 0.3)
    d.w("\n«Adalah benar|Benar» «warga kami yang|penduduk yang|orang tersebut» «berdomisili|bertempat tinggal|tinggal» "
        "di {addr}{tail} «sejak|mulai» {since}«.|, berdasarkan pengantar Ketua RT setempat.|, sesuai keterangan Ketua RT.»\n",
        addr=per.AD(), tail=per.tail, since=n_year(rng) if rng.random() < 0.6 else n_date(rng))
    d.w("«Surat keterangan ini diberikan untuk keperluan|Keterangan ini dibuat untuk|Surat ini digunakan untuk keperluan»: {kep}.\n\n",
        kep=rng.choice(["pembukaan rekening bank", "melamar pekerjaan", "pendaftaran sekolah anak", "pengurusan BPJS",
                        "persyaratan nikah", "pengajuan KUR", "pendaftaran PPDB"]))
    titles_pre = rng.choice(["", "", "Drs. ", "H. ", "Hj. " if lurah.sex == "P" else "Ir. "])
    titles_post = rng.choice(["", ", S.Sos.", ", S.IP", ", M.Si.", ", S.H.", ", S.AP"])
    an = rng.random() < 0.25
    sig = L(f"a.n. {kepala} {per.kel}\nSekretaris {unit},") if an else [L(kepala + " "), per.kel, L(",")]
    d.w("{city}, {date}\n{sig}\n\n\n{pre}{lurah}{post}\n«NIP.|NIP|NIP:» {nip}",
        city=reg["short"], date=n_date(rng), sig=sig, pre=L(titles_pre), lurah=lurah.P(), post=L(titles_post),
        nip=lurah.NIP())
    if ctx >= 0.55 and rng.random() < 0.7:
        d.w("\n\n«Pertanyaan saya|Yang saya tanyakan»: «kenapa bank tidak menerima surat resmi ini|apakah wajar dimintai {price} "
            "untuk surat ini|siapa yang bisa memperbaiki tanggal lahir yang salah»? «WA saya|HP|Hubungi» {ph}",
            price=n_price(rng), ph=per.PH())


def domisili_blank(d, rng):
    reg = rng.choice(REGIONS)
    kec, _, kels = rng.choice(reg["kecs"])
    d.w("«Kelurahan {kel}|Kantor Kelurahan {kel}|Desa {kel}» «mewajibkan|meminta» «surat pengantar RT/RW|pengantar dari {rt}» "
        "«untuk|sebelum» «surat keterangan domisili|SKD», «lalu|kemudian» «dikenakan biaya|diminta uang» {price} «per lembar|tanpa kuitansi». "
        "«Kantornya di|Alamat kantor:» {road}, «jam layanan tidak jelas|sering tutup sebelum {jam}». «Menurut|Berdasarkan» {reg} "
        "«layanan ini gratis|tidak boleh ada pungutan». «Nomor surat saya|Nomor registrasi» {no}.",
        kel=rng.choice(kels), rt=n_rt(rng), price=n_price(rng), road=n_road(rng), jam=time_str(rng), reg=n_reg(rng),
        no=n_surat(rng))

# ============================================================================================
# OCR
OCR_SUBS = {
    "NIK": ["N1K", "NlK", "NIK", "N IK"], "Nama": ["Narna", "Nama", "Nam a", "Nama"],
    "Alamat": ["A1amat", "AIamat", "Alarnat", "Alamat"], "Lahir": ["Lahlr", "LahIr", "Lah1r", "Lahir"],
    "Tgl": ["Tg1", "TgI", "Tgl"], "No.": ["N0.", "No,", "N o.", "No."], "Nomor": ["N0mor", "Nornor", "NOmor", "Nomor"],
    "Rekening": ["Rekenlng", "Reken1ng", "Rekening"], "Telp": ["Te1p", "TeIp", "Telp"],
    "Email": ["Ema1l", "EmaiI", "Email"], "Penerima": ["Penerirna", "Pener1ma", "Penerima"],
    "Pengirim": ["Pengir1m", "PengirIm", "Pengirim"], "Tujuan": ["TujUan", "Tuju an", "Tujuan"],
    "Berhasil": ["Berhasi1", "BerhasiI", "Berhasil"], "Tempat": ["Ternpat", "Tempat"], "KOTA": ["K0TA", "KOTA"],
    "NOMOR": ["N0MOR", "NOMOR"], "Pelapor": ["PeIapor", "Pe1apor", "Pelapor"], "Total": ["T0tal", "Tota1", "Total"],
    "Kelamin": ["Ke1amin", "KeIamin", "Kelamin"], "Agama": ["Agarna", "Agama"], "Dari": ["Dar1", "Dari"],
    "PROVINSI": ["PROV1NSI", "PROVlNSI", "PROVINSI"], "Kecamatan": ["Kecarnatan", "Keca matan", "Kecamatan"],
    "Referensi": ["Referens1", "Referensl", "Referensi"], "Nominal": ["N0minal", "Nomina1", "Nominal"],
    "Status": ["Statu s", "Status"], "HP": ["HP", "H P", "Hp"], "Berita": ["Ber1ta", "Berita"],
    "Pekerjaan": ["Pekerjaam", "Pekerjaan"], "Darah": ["Darah", "Dara h"], "Berlaku": ["BerIaku", "Berlaku"],
    "Kepala": ["KepaIa", "Kepala"], "Keluarga": ["KeIuarga", "Keluarga"], "Kode": ["K0de", "Kode"],
}
OCR_RE = re.compile(r"(?<![A-Za-z])(" + "|".join(sorted(map(re.escape, OCR_SUBS), key=len, reverse=True)) + r")(?![A-Za-z])")
STRAYS = ["| ", "¦", "~ ", "• ", "» ", "_ ", "' ", ": ", "l ", "© ", "° "]


def make_ocr_filter(rng, strength=0.5):
    """returns f(s) -> (corrupted s, [(start, end, kind)]): corrupted cue words are registered near-misses"""
    def f(s):
        out, near, pos = [], [], 0
        for m in OCR_RE.finditer(s):
            out.append(s[pos:m.start()])
            w = rng.choice(OCR_SUBS[m.group(1)]) if rng.random() < strength else m.group(1)
            st = sum(len(x) for x in out)
            out.append(w)
            if w != m.group(1):
                near.append((st, st + len(w), "ocr_cue"))
            pos = m.end()
        out.append(s[pos:])
        s2 = "".join(out)
        res, mapping, n = [], [], 0
        for ch in s2:
            mapping.append(n)
            res.append(ch)
            n += 1
            if ch == "\n" and rng.random() < strength * 0.35:
                sy = rng.choice(STRAYS)
                res.append(sy)
                n += len(sy)
        final = "".join(res)
        near2 = [(mapping[a], mapping[b - 1] + 1, kd) for a, b, kd in near]
        return final, near2
    return f


def ocr_intro(d, rng, what):
    d.w("«Berikut|Ini» «hasil salin|teks hasil scan|copy-an teks» dari «screenshot|tangkapan layar|foto layar» {what}"
        "«, maaf kalau berantakan|, hasil OCR dari HP|»«:|.»\n", what=L(what))


def gen_ocr(d, rng, pii):
    d.litf = None
    if not pii:
        return ocr_nopii(d, rng)
    kind = rng.choice(["transfer", "transfer", "wa", "wa", "post", "sms", "status", "email"])
    pel = Person(rng)
    ter = Person(rng)
    if kind == "transfer":
        greet(d)
        d.w("«Saya tertipu penjual|Saya kena tipu|Uang saya dibawa kabur» «online|di grup FB|lewat WA» «sebesar|senilai» {pr}. ",
            pr=n_price(rng, big=True))
        ocr_intro(d, rng, rng.choice(["bukti transfer", "struk m-banking", "bukti transfer saya"]))
        d.litf = make_ocr_filter(rng)
        dd = rand_date(rng, 2024, 2025, 5)
        d.w("«Transfer Berhasil|TRANSAKSI BERHASIL|Transfer Sukses|Transaksi Berhasil»\n{dt} «{tm} WIB|- {tm}»\nNominal\n{pr}\n"
            "Rekening Sumber\n{sb} ****{mask}\nNama Pengirim «: |\n»{pn}\nRekening Tujuan «: |\n»{tb} - {ta}\n"
            "Nama Penerima «: |\n»{tn}\nNo. Referensi «: |\n»{ref}\nBerita «: |\n»{msg}\n",
            dt=N(fmt_date(dd, rng.choice(["abbr", "abbr2", "dash"])), "incident_date"), tm=time_str(rng), pr=n_price(rng, big=True),
            sb=pel.bank, mask=N(digits(rng, 4), "masked_account"), pn=pel.P("upper"), tb=ter.bank, ta=ter.ACC(),
            tn=ter.P("upper"), ref=n_ref(rng), msg=rng.choice(["DP motor", "pelunasan", "bayar HP", "titip", "-"]))
        d.litf = None
        d.w("«Penerimanya|Penjualnya|Orang itu» «mengaku bernama|pakai nama» {t2}«, nomor WA|, WA|, HP» {ph}«, sekarang sudah "
            "tidak aktif.|. Sudah diblokir.|.» ", t2=ter.P("call" if rng.random() < 0.5 else "full"), ph=ter.PH())
        close(d)
    elif kind == "wa":
        greet(d)
        d.w("«Saya diteror penagih pinjol|Saya terus diteror debt collector|Penagih utang mengancam saya». ")
        ocr_intro(d, rng, rng.choice(["chat WhatsApp", "percakapan WA", "chat dari penagih"]))
        d.litf = make_ocr_filter(rng)
        dc = Person(rng)
        d.w("{hdr}\n«online|terakhir dilihat hari ini pukul {tm}|mengetik...»\n", hdr=dc.PH("intl_dash"), tm=time_str(rng))
        d.w("[{t1}] «Selamat pagi|Pagi|Halo» {hon} {p}, «anda sudah telat|tagihan anda lewat» {cnt} «di aplikasi|».\n",
            t1=time_str(rng), hon=L(rng.choice(["Sdr", "Bpk", "Ibu", "sdr."])), p=pel.P(rng.choice(["full", "upper"])),
            cnt=n_count(rng, "dur"))
        d.w("[{t2}] «Kalau tidak bayar hari ini|Jika sampai jam 5 belum bayar», «KTP anda|data anda» «dengan NIK|NIK» {nik} "
            "«kami sebar|akan kami viralkan» ke «semua kontak|grup keluarga».\n", t2=time_str(rng), nik=pel.NIK())
        d.w("[{t3}] «Saya|Sy» {dcn} «dari|bagian» «desk collection|lapangan»«, hubungi|, WA|, telp» {ph2} ✓✓\n",
            t3=time_str(rng), dcn=dc.P("call"), ph2=dc.PH())
        d.litf = None
        d.w("«Nomor saya|HP saya» {me}. «Tolong ditindak|Mohon diblokir nomor penagih ini»«, saya takut.|.|!»",
            me=pel.PH())
    elif kind == "post":
        greet(d)
        d.w("«Motor saya yang hilang|Motor adik saya yang dicuri|Motor yang saya laporkan hilang» «bulan lalu|minggu lalu» "
            "«muncul|dijual» di «Facebook|Marketplace|Instagram». ")
        ocr_intro(d, rng, rng.choice(["postingan FB", "unggahan penjualnya", "postingan jual beli"]))
        d.litf = make_ocr_filter(rng)
        d.w("{h} • {cnt}\n«Dijual cepat|DIJUAL BU|Over kredit» {merk} {yr} {pl} «pajak hidup|surat lengkap|BPKB ada», "
            "«minat|serius» «hub|WA|japri» {ph} «a.n.|an» {n}\n", h=ter.HD(), cnt=N(f"{rng.randint(1, 23)} j", "count"),
            merk=prod(rng, MERK_MOTOR), yr=n_year(rng), pl=pel.PL(), ph=ter.PH(), n=ter.P())
        d.litf = None
        d.w("«Nopolnya sama persis dengan motor saya|Plat nomornya jelas milik saya». «Saya|Pemilik»: {p}, «HP|kontak» {me}.",
            p=pel.P(), me=pel.PH())
    elif kind == "sms":
        d.w("«Min, saya dapat SMS penipuan|Warga banyak menerima SMS hadiah palsu|Ibu saya hampir tertipu SMS ini». ")
        ocr_intro(d, rng, "SMS-nya")
        d.litf = make_ocr_filter(rng)
        d.w("Dari: {ph}\n{dt} {tm}\n«Selamat! No. Anda mendapat|Pelanggan Yth, Anda terpilih menerima» «hadiah|cashback» {pr}. "
            "«Hub. CS kami|Info lanjut hub.» «Bpk.|Ibu» {n} «di|WA» {ph2}\n",
            ph=ter.PH(rng.choice(["intl_plain", "62", "plain"])), dt=n_date(rng, "slash"), tm=time_str(rng),
            pr=n_price(rng, big=True), n=ter.P(), ph2=Person(rng).PH())
        d.litf = None
        d.w("«Mohon nomor-nomor ini diblokir|Tolong ditelusuri pemilik nomornya»«.|, sudah banyak korban.|, terima kasih.»")
    elif kind == "status":
        greet(d)
        d.w("«Data saya di aplikasi|Status di web» «Cek Bansos|DTKS|Dukcapil online» «tidak sesuai|tertulis salah». ")
        ocr_intro(d, rng, "hasil pencarian")
        d.litf = make_ocr_filter(rng)
        d.w("HASIL PENCARIAN\nNama «: |\n»{n}\nNIK «: |\n»{nik}\nKab/Kota «: |\n»{city}\nKecamatan «: |\n»{kec}\n"
            "Status «: |\n»«TIDAK TERDAFTAR|BELUM PADAN|DATA TIDAK DITEMUKAN»\n",
            n=pel.P("upper"), nik=pel.NIK(), city=pel.reg["city"].upper(), kec=pel.kec.upper())
        d.litf = None
        d.w("«Padahal saya lahir|Saya lahir|Tanggal lahir saya» {dob} «dan|,» «KK saya|No. KK» {kk} «masih aktif|sudah diperbarui». ",
            dob=pel.DOB(), kk=pel.KK())
        close(d)
    else:
        greet(d)
        d.w("«Email saya ke instansi tidak pernah dibalas|Saya sudah kirim email tapi tidak ada jawaban». ")
        ocr_intro(d, rng, "email terkirim")
        d.litf = make_ocr_filter(rng)
        d.w("«From|Dari»: {n} <{em}>\n«To|Kepada»: {ie}\n«Subject|Subjek»: «Pengaduan|Keluhan|Mohon tindak lanjut»\n"
            "«Dengan hormat|Yth. Bapak/Ibu», saya {n2} «melaporkan|mengadukan» «pungli|pelayanan» «di|oleh petugas» {tp}. "
            "«Terima kasih|Salam», {n3}\n", n=pel.P(), em=pel.EM(), ie=n_iemail(rng), n2=pel.P(),
            tp=rng.choice(["kantor kelurahan", "loket Samsat", "UPT Puskesmas", "kantor desa"]), n3=pel.P("call"))
        d.litf = None
        d.w("«Sudah|Lewat» {cnt} «tanpa balasan|belum dibalas».", cnt=n_count(rng, "dur"))
    d.wrap_p = rng.choice([0.0, 0.05, 0.1])


def ocr_nopii(d, rng):
    kind = rng.choice(["poster", "ticket", "spbu", "tweet"])
    d.w("«Ini|Berikut» «teks|salinan» dari «screenshot|foto» «yang beredar|pengumuman|yang saya terima»«:|.»\n")
    d.litf = make_ocr_filter(rng, 0.7)
    if kind == "poster":
        d.w("INFO PELAYANAN\n«Perekaman KTP-el|Layanan Adminduk keliling|Pendaftaran PPDB»\n{dt}, pukul {tm} s.d. selesai\n"
            "Lokasi: {road}\n«Kuota|Target» {cnt}\nInfo «hub.|:» Call Center {hot} / IG {ih}\n",
            dt=n_date(rng), tm=time_str(rng), road=n_road(rng), cnt=n_count(rng, "people"), hot=n_hotline(rng), ih=n_ihandle(rng))
        d.litf = None
        d.w("«Tapi di lokasi tidak ada petugas sama sekali|Pas datang ternyata dibatalkan tanpa pemberitahuan|Antrean dibatasi, "
            "banyak warga pulang». ")
    elif kind == "ticket":
        d.w("Nomor Laporan «: |»{tk}\nStatus «: |»«Diproses|Menunggu Verifikasi|Selesai»\nInstansi «: |»«Dinas PUPR|BPJS Kesehatan|"
            "Disdukcapil»\nTanggal «: |»{dt}\n", tk=n_ticket(rng), dt=n_date(rng))
        d.litf = None
        d.w("«Status selesai padahal jalan di {km} masih berlubang|Ditandai selesai tapi belum ada tindakan apa pun». ", km=n_km(rng))
    elif kind == "spbu":
        d.w("SPBU {sp}\n{road}\nProduk: «Pertalite|Solar|Pertamax»\nVolume: {v} L\nTotal: {pr}\n{dt} {tm}\n",
            sp=n_spbu(rng), road=n_road(rng), v=str(rng.randint(5, 40)), pr=n_price(rng), dt=n_date(rng, "slash"), tm=time_str(rng))
        d.litf = None
        d.w("«Takaran kurang|Nozzle dimainkan|Antrean solar dijual ke jeriken» «setiap malam|berulang kali». ")
    else:
        d.w("{ih}\n«Warga diimbau|Kami menghimbau masyarakat» «tidak memberikan|menjaga» data pribadi «kepada pihak|ke siapa pun» "
            "«yang mengatasnamakan|mengaku dari» instansi. «Pengaduan|Laporan»: {ie} / {hot}\n{dt}",
            ih=n_ihandle(rng), ie=n_iemail(rng), hot=n_hotline(rng), dt=n_date(rng))
        d.litf = None
        d.w("\n«Apakah akun ini resmi|Mohon konfirmasi keaslian pengumuman ini»? ")
    close(d)
    d.wrap_p = rng.choice([0.0, 0.06, 0.1])


# ============================================================================================
# KTP / KK dumps
def ktp_card(d, rng, per, ocr=True):
    if ocr:
        d.litf = make_ocr_filter(rng, 0.6)
    sep = rng.choice([" : ", ": ", " :", "\t: "])
    addr = gen_address(rng, per.reg, need_rtrw=False).upper()
    rt, rw = rng.randint(1, 15), rng.randint(1, 12)
    issue = rand_date(rng, 2012, 2024)
    d.w("PROVINSI {prov}\n{city}\n", prov=per.reg["province"].upper(), city=per.reg["city"].upper().replace("KOTA ADM. ", "KOTA ADM. "))
    d.w("NIK" + sep + "{nik}\nNama" + sep + "{n}\nTempat/Tgl Lahir" + sep + "{pob}, {dob}\n",
        nik=per.NIK(rng.choice(["plain", "plain", "plain", "space"])), n=per.P("upper"), pob=per.pob.upper(),
        dob=per.DOB("dash"))
    d.w("Jenis Kelamin" + sep + "{jk}«   |\t|    »Gol. Darah" + sep + "{gd}\nAlamat" + sep + "{a}\nRT/RW" + sep + "{rr}\n",
        jk="LAKI-LAKI" if per.sex == "L" else "PEREMPUAN", gd=rng.choice(["A", "B", "AB", "-", "O"]),
        a=S("ADDRESS", addr), rr=S("ADDRESS", f"{rt:03d}/{rw:03d}"))
    d.w("Kel/Desa" + sep + "{kel}\nKecamatan" + sep + "{kec}\nAgama" + sep + "{ag}\nStatus Perkawinan" + sep + "{st}\n"
        "Pekerjaan" + sep + "{job}\nKewarganegaraan" + sep + "WNI\nBerlaku Hingga" + sep + "SEUMUR HIDUP\n{city}\n{iss}\n",
        kel=per.kel.upper(), kec=per.kec.upper(), ag=agama_of(rng, per).upper(), st=rng.choice(["KAWIN", "BELUM KAWIN", "CERAI HIDUP"]),
        job=rng.choice(JOBS).upper(), city=per.reg["short"].upper(), iss=N(fmt_date(issue, "dash"), "issue_date"))
    d.litf = None


def kk_card(d, rng, head, members, ocr=True):
    if ocr:
        d.litf = make_ocr_filter(rng, 0.5)
    reg = head.reg
    addr = gen_address(rng, reg, need_rtrw=False).upper()
    rt, rw = rng.randint(1, 15), rng.randint(1, 12)
    d.w("«KARTU KELUARGA|KARTU KELUARGA\nREPUBLIK INDONESIA»\nNo. {kk}\nNama Kepala Keluarga : {n}\nAlamat : {a}\n"
        "RT/RW : {rr}\nDesa/Kelurahan : {kel}\nKecamatan : {kec}\nKabupaten/Kota : {city}\nKode Pos : {pos}\nProvinsi : {prov}\n",
        kk=head.KK(rng.choice(["plain", "plain", "space"])), n=head.P("upper"), a=S("ADDRESS", addr),
        rr=S("ADDRESS", f"{rt:03d}/{rw:03d}"), kel=head.kel.upper(), kec=head.kec.upper(), city=reg["city"].upper(),
        pos=N(str(rng.randint(1, 9)) + digits(rng, 4), "postal_code"), prov=reg["province"].upper())
    d.t("No | Nama Lengkap | NIK | Jenis Kelamin | Tempat Lahir | Tanggal Lahir | Agama\n")
    ag = agama_of(rng, head).upper()
    for i, m in enumerate([head] + members):
        d.w("{i} | {n} | {nik} | {jk} | {pob} | {dob} | {ag}\n", i=str(i + 1), n=m.P("upper"), nik=m.NIK("plain", typo=False),
            jk="LAKI-LAKI" if m.sex == "L" else "PEREMPUAN", pob=m.pob.upper(), dob=m.DOB("dash"), ag=ag)
    d.w("Dikeluarkan Tanggal : {dt}\n", dt=N(fmt_date(head.kk_date, "dash"), "issue_date"))
    d.litf = None


def family(rng, head):
    """spouse and children registered in the same kecamatan"""
    sp = Person(rng, sex="P" if head.sex == "L" else "L", reg=head.reg, group=head.group if rng.random() < 0.7 else None)
    kids = [Person(rng, reg=head.reg, group=head.group, age=rng.choice(["child", "child", "baby", "young"]))
            for _ in range(rng.randint(1, 3))]
    for p in [sp] + kids:
        # same kecamatan as the head, as on a real KK
        p.kec, p.kcode, p.kel = head.kec, head.kcode, head.kel
        p.prefix = head.prefix
        day = p.dob.day + (40 if p.sex == "P" else 0)
        p.nik = f"{p.prefix}{day:02d}{p.dob.month:02d}{p.dob.year % 100:02d}{rng.randint(1, 350):04d}"
    youngest = max(k.dob for k in kids)
    if head.kk_date <= youngest:
        kd = youngest + dt.timedelta(days=rng.randint(14, 120))
        head.kk_date = kd
        head.kk = f"{head.kk[:6]}{kd.day:02d}{kd.month:02d}{kd.year % 100:02d}{head.kk[12:]}"
    if head.group in ("jawa", "sunda", "melayu", "minang"):
        for k in kids:
            k.full = k.full.split()[0] + " " + rng.choice(NP[head.group][k.sex][1])
            k.call = call_name(k.full)
    return sp, kids


def gen_ktp(d, rng, pii):
    per = Person(rng)
    kind = rng.choice(["ktp", "ktp", "ktp", "ktp", "kk", "kk", "both"])
    if kind in ("ktp", "both"):
        d.w("«{gr} |»«KTP saya|e-KTP saya|KTP-el saya» «sudah jadi tapi datanya salah|dipakai orang lain untuk pinjol|"
            "tidak terbaca di rumah sakit|dianggap ganda oleh sistem». «Hasil scan KTP|Teks dari foto KTP|Data di KTP»«:|, sbb:»\n",
            gr=L(alt(rng, GREET)))
        ktp_card(d, rng, per, ocr=rng.random() < 0.8)
        d.w("«Mohon diperbaiki|Tolong dicek ke pusat|Mohon dibantu»«, HP saya {ph}.| ya, kontak {ph}.|. Email: {em}»",
            ph=per.PH(), em=per.EM())
    if kind in ("kk", "both"):
        head = per if per.sex == "L" or rng.random() < 0.3 else Person(rng, sex="L", reg=per.reg, group=per.group)
        sp, kids = family(rng, head)
        if kind == "both":
            d.t("\n\n")
        d.w("«Anak saya|Nama anak kami|Data anak saya» «belum masuk|tidak tercantum dengan benar di|salah tanggal lahirnya di» "
            "«Kartu Keluarga|KK». «Berikut isi KK dari foto|Isi KK hasil scan|Teks KK kami»:\n")
        kk_card(d, rng, head, [sp] + kids, ocr=rng.random() < 0.7)
        k = kids[-1]
        d.w("«Yang benar|Seharusnya» {kn} lahir «tanggal |»{kd}. «Tolong|Mohon» «Disdukcapil|petugas» «memperbaiki|mengoreksi»"
            "«.| secepatnya.| sebelum pendaftaran sekolah.»", kn=k.P(), kd=k.DOB(rng.choice(["long", "slash", "dash1"])))


# ============================================================================================
# chatbot
SPEAKERS = [("Bot", "Anda"), ("Asisten LAPOR!", "Anda"), ("SiLapor", "Saya"), ("🤖 Bot", "👤 Anda"), ("Chatbot", "User"),
            ("Bot SAPA", "Pengguna"), ("VA Dukcapil", "Anda"), ("ASIK", "Kamu"), ("Asisten Virtual", "Saya")]
BUTTONS = ["[Buat Laporan] [Cek Status] [Bantuan]", "[ Buat Laporan ]  [ Cek Status Laporan ]  [ Bicara dengan Petugas ]",
           "Pilih: 1️⃣ Pengaduan 2️⃣ Informasi 3️⃣ Aspirasi", "(Pengaduan) (Aspirasi) (Permintaan Informasi)",
           "▶ Lapor  ▶ Cek Tiket  ▶ FAQ", "[Ya] [Tidak]", "» Lanjut   ✖ Batal"]


class Chat:
    def __init__(self, d, rng, ts=None):
        self.d, self.rng = d, rng
        self.bot, self.me = rng.choice(SPEAKERS)
        self.ts = rng.random() < 0.4 if ts is None else ts
        self.h, self.m = rng.randint(7, 21), rng.randint(0, 50)
        self.first = True

    def _pre(self, who):
        if not self.first:
            self.d.t("\n")
        self.first = False
        if self.ts:
            self.m += self.rng.randint(0, 3)
            self.d.t(f"[{self.h:02d}.{min(self.m, 59):02d}] ")
        self.d.t(who + ": ")

    def b(self, tpl, **v):
        self._pre(self.bot)
        self.d.w(tpl, **v)

    def u(self, tpl, **v):
        self._pre(self.me)
        self.d.w(tpl, **v)

    def btn(self, s=None):
        self.d.t("\n")
        self.d.f(s or self.rng.choice(BUTTONS))


def chat_hello(c, rng):
    c.b("«Halo|Hai|Selamat datang|Halo, selamat datang|Selamat pagi|Hai kak»! «Saya|Aku|Perkenalkan, saya» {bn}, «asisten virtual|chatbot|asisten digital» "
        "«LAPOR!|layanan pengaduan|Pemkot|Pemda|pelayanan publik». «Ada yang bisa dibantu?|Silakan pilih menu:|Mau melakukan apa hari ini?|"
        "Ada yang bisa saya bantu hari ini?|Pilih layanan di bawah ya.|Silakan ketik atau pilih menu.»« 😊| 👋|»", bn=N(rng.choice(BOT_NAMES), "bot_name"))
    c.btn()


def gen_chatbot(d, rng, pii):
    c = Chat(d, rng)
    if not pii:
        return chat_nopii(c, d, rng)
    per = Person(rng)
    flow = rng.choice(["lapor", "lapor", "bpjs", "bansos", "agent", "paspor", "pajak"])
    chat_hello(c, rng)
    lowuser = rng.random() < 0.5
    if flow in ("lapor", "agent"):
        c.u("«Buat Laporan|buat laporan|1|Pengaduan|lapor»")
        c.b("«Silakan ketik nama lengkap Anda.|Boleh tahu nama lengkap Anda?|Masukkan nama sesuai KTP ya.»")
        if rng.random() < 0.35 and len(per.full.split()) >= 2:
            toks = per.full.split()
            k = rng.randint(1, len(toks) - 1)
            c.u("{a}", a=S("PERSON", " ".join(toks[:k]).lower() if lowuser else " ".join(toks[:k])))
            c.u("{a}«| maaf kepotong|»", a=S("PERSON", " ".join(toks[k:]).lower() if lowuser else " ".join(toks[k:])))
        else:
            c.u("«|nama saya |saya »{n}", n=per.P("lower" if lowuser else "full"))
        c.b("«Terima kasih, {c}.|Baik {c},|Hai {c}!» «Mohon masukkan NIK (16 digit).|Berapa NIK Anda?|Ketik NIK sesuai KTP.»",
            c=per.P("call"))
        r = rng.random()
        if r < 0.25:
            nk = per.nik
            c.u("{a}", a=S("NIK", nk[:8], {"fragment": True}))
            c.u("{a}«| itu lanjutannya|»", a=S("NIK", nk[8:], {"fragment": True}))
        elif r < 0.4:
            bad = per.NIK(typo=True)
            c.u("{a}", a=bad)
            c.b("«NIK harus 16 digit. Coba lagi ya.|Format NIK tidak valid ❌»")
            c.u("«oh maaf |sorry |»{a}", a=per.NIK("plain", typo=False))
        else:
            c.u("«|NIK |nik »{a}", a=per.NIK())
        c.b("«Nomor HP/WhatsApp yang bisa dihubungi?|Nomor WhatsApp aktif Anda?|Boleh minta nomor HP?»")
        c.u("«|wa |hp »{a}«| (WA)|»", a=per.PH())
        c.b("«Alamat domisili Anda?|Di mana alamat Anda tinggal?|Alamat lengkap (jalan, RT/RW)?»")
        if rng.random() < 0.4:
            a = gen_address(rng, per.reg, casual=lowuser, need_rtrw=False)
            c.u("{a}", a=S("ADDRESS", a))
            rt, rw = rng.randint(1, 15), rng.randint(1, 12)
            c.u("{a}", a=S("ADDRESS", rng.choice([f"rt {rt} rw {rw}", f"RT {rt:02d}/RW {rw:02d}", f"rt{rt:02d}/rw{rw:02d}"])))
        else:
            c.u("{a}", a=per.AD(casual=lowuser))
        c.b("«Ceritakan keluhan Anda secara singkat.|Apa yang ingin dilaporkan?|Silakan jelaskan permasalahannya.»")
        third = Person(rng, reg=per.reg)
        c.u(rng.choice([
            "«ketua rt|Pak RT|Ketua RT kami» {t} «minta uang|narik iuran» {pr} «buat|untuk» «surat pengantar|tanda tangan»",
            "«bansos|BLT|PKH» ibu saya {t} «tidak cair|dicoret» «sejak|dari» {yr}",
            "«tetangga|rumah sebelah» atas nama {t} «bangun di atas saluran air|buang sampah ke sungai»",
            "«jalan depan rumah rusak|lampu jalan mati» sudah {cnt}, «sudah lapor ke|sudah bilang» {t} «tapi diam saja|belum ada respon»"]),
            t=third.P("call" if rng.random() < 0.5 else "full"), pr=n_price(rng), yr=n_year(rng), cnt=n_count(rng, "dur"))
        if flow == "agent":
            agent = Person(rng)
            c.b("«Menghubungkan Anda ke petugas...|Mohon tunggu, laporan dialihkan ke petugas.» ⏳")
            c.d.t("\n")
            c.d.w("«Petugas|Agen|Admin» {a} «bergabung ke percakapan|telah bergabung».", a=agent.P("call"))
            c.d.t("\n")
            c.d.w("{a}: «Selamat siang|Halo», saya {a2} «dari|admin» {inst}. «Boleh minta email untuk bukti laporan?|"
                  "Mohon kirim email Anda untuk tindak lanjut.»",
                  a=agent.P("call"), a2=agent.P(rng.choice(["call", "full"])),
                  inst=rng.choice(["LAPOR!", "Diskominfo", "Inspektorat", "Pemkot"]))
            c.u("{e}", e=per.EM())
        c.b("«Laporan Anda tercatat dengan nomor|Terima kasih! Nomor tiket Anda:|Laporan diterima ✅ Nomor:» {tk}. "
            "«Simpan nomor ini untuk cek status.|Pantau di menu Cek Status.|»", tk=n_ticket(rng))
        c.btn(rng.choice(["[Selesai] [Buat Laporan Lain]", "[Cek Status] [Kembali ke Menu]", "👍 👎"]))
    elif flow == "bpjs":
        c.u("«cek bpjs|Cek status BPJS|Informasi»")
        c.b("«Masukkan nomor kartu JKN-KIS (13 digit).|Ketik nomor kartu BPJS Kesehatan Anda.»")
        c.u("{b}", b=per.BPJS())
        c.b("«Masukkan tanggal lahir (DD-MM-YYYY).|Tanggal lahir peserta?»")
        c.u("{t}", t=per.DOB(rng.choice(["dash", "dash", "slash", "long"])))
        c.b("«Status kepesertaan: NONAKTIF.|Kartu tidak aktif sejak {dt}.» «Hubungi|Silakan ke» «kantor cabang|Care Center» {hot}.",
            dt=n_date(rng), hot=n_hotline(rng))
        c.u("«lho kok nonaktif, saya|kenapa dinonaktifkan? saya» «PBI|penerima bantuan» «dan|,» «ibu saya|suami saya» {n} "
            "«juga|sama»«.| nonaktif.»", n=Person(rng).P())
        c.b("«Mohon maaf atas ketidaknyamanannya.|Kami teruskan ke petugas.» 🙏")
    elif flow == "bansos":
        c.u("«cek bansos|Informasi bansos|DTKS»")
        c.b("«Masukkan NIK penerima:|Ketik NIK Kepala Keluarga:»")
        c.u("{a}", a=per.NIK())
        c.b("«Masukkan nomor KK:|Nomor Kartu Keluarga?»")
        c.u("«kk nya |No KK »{k}", k=per.KK())
        c.b("«Data ditemukan atas nama|Penerima:» {n}. «Status: TIDAK LAYAK (desil 6).|Status: dalam proses verifikasi.»",
            n=per.P("upper"))
        c.u("«padahal|lho» «saya janda|rumah saya» {rest}«, tolong|. mohon» «dicek|disurvei ulang»",
            rest=rng.choice(["tinggal di rumah kontrakan", "bocor semua", "belum punya penghasilan tetap"]))
    elif flow == "pajak":
        c.u("«lupa EFIN|reset EFIN|pajak|Layanan pajak»")
        c.b("«Masukkan NPWP Anda (15 atau 16 digit).|Ketik NPWP yang terdaftar.|Silakan ketik NPWP Anda.»")
        c.u("«|npwp |NPWP: »{np}", np=per.NPWP())
        c.b("«Masukkan NIK pemilik NPWP.|NIK sesuai KTP?|Mohon ketik NIK Anda.»")
        c.u("{nik}", nik=per.NIK())
        c.b("«EFIN akan dikirim ke email terdaftar. Email Anda?|Ke email mana EFIN dikirim?|Alamat email aktif?»")
        c.u("{e}«| ya| tolong cepat ya|»", e=per.EM())
        c.b("«Permintaan diteruskan ke KPP, tiket {tk}.|Tercatat dengan tiket {tk}.|Nomor tiket: {tk}.»", tk=n_ticket(rng))
    else:
        c.u("«paspor|Layanan Imigrasi|info paspor»")
        c.b("«Masukkan nomor permohonan atau nomor paspor lama.|Nomor paspor Anda?»")
        c.u("{p}", p=per.PAS())
        c.b("«Masukkan tanggal lahir pemohon.|Tanggal lahir?»")
        c.u("{t}", t=per.DOB())
        c.b("«Status: menunggu wawancara.|Status: dicetak, siap diambil.» «Email konfirmasi dikirim ke alamat terdaftar.|»")
        c.u("«saya|sy» «belum terima email|tidak dapat email» di {e}«, sudah 2 minggu| dari kemarin|»", e=per.EM())


def chat_nopii(c, d, rng):
    chat_hello(c, rng)
    kind = rng.choice(["info", "decline", "status"])
    if kind == "info":
        c.u("«Informasi|info|Tanya»")
        c.u("«gimana cara lapor|cara melapor» «jalan rusak|lampu jalan mati|banjir» di {road}?", road=n_road(rng))
        c.b("«Anda bisa melapor lewat aplikasi, SMS ke|Silakan lapor via web atau SMS» {hot} «atau email|, email» {ie}.",
            hot=N("1708", "hotline"), ie=n_iemail(rng))
        c.u("«kalau darurat?|kalau ada kecelakaan?»")
        c.b("«Untuk keadaan darurat hubungi|Hubungi» {hot}.", hot=N("112", "hotline"))
    elif kind == "decline":
        c.u("«Buat Laporan|lapor»")
        c.b("«Silakan masukkan NIK Anda.|Ketik NIK (16 digit).»")
        c.u("«nanti saja|gak mau ah», «saya tidak mau kasih NIK di chat|takut data bocor». {cue}",
            cue=n_cue(rng))
        c.b("«Baik, Anda tetap bisa melapor secara anonim.|Tidak masalah, pilih opsi Rahasia/Anonim.»")
        c.btn("[Anonim] [Rahasia] [Batal]")
        c.u("«Anonim|anonim»")
        c.u("«ada|terjadi» pungli {pr} di «loket|pos» {road} «tiap|setiap» {dt}", pr=n_price(rng), road=n_road(rng),
            dt=L(rng.choice(["pagi", "malam", "hari Senin"])))
        c.b("Terima kasih, laporan tercatat: {tk}", tk=n_ticket(rng))
    else:
        c.u("«Cek Status|cek tiket»")
        c.b("«Masukkan nomor tiket laporan.|Nomor laporan Anda?»")
        c.u("{tk}", tk=n_ticket(rng))
        c.b("«Status: Diteruskan ke|Laporan sedang ditangani» {inst} «sejak|per» {dt}.",
            inst=rng.choice(["Dinas PUPR", "Dinas Perhubungan", "BPJS Kesehatan", "Disdukcapil"]), dt=n_date(rng))
        c.u("«sudah|udah» {cnt} «belum ada tindakan|tidak ada kabar», {rt} «masih gelap|masih banjir»", cnt=n_count(rng, "dur"),
            rt=n_rt(rng))
        c.b("«Mohon maaf, akan kami ingatkan instansi terkait.|Kami eskalasi laporan Anda.» 🙏")

# ============================================================================================
# WhatsApp broadcasts / community announcements
FWD = ["*Diteruskan berkali-kali*", "⏩ Diteruskan berkali-kali", "Forwarded many times", "_Diteruskan_",
       "[Forwarded]", "Copas dari grup sebelah 👇", "Info dari grup RW", "↪️ Diteruskan", "*Forwarded as received*"]


def bc_wrap_intro(d, rng):
    d.w("«Min, broadcast ini beredar di grup warga|Pesan berantai ini masuk ke grup keluarga|Beredar pesan berikut di grup kompleks|"
        "Nomor saya ikut disebar lewat broadcast ini tanpa izin|Mohon dicek kebenaran pesan berantai ini»«:|. Isinya:|, apakah benar?»\n\n")


def gen_broadcast(d, rng, pii):
    if not pii:
        return bc_nopii(d, rng)
    wrap = rng.random() < 0.6
    if wrap:
        bc_wrap_intro(d, rng)
    d.w("{f}\n", f=L(rng.choice(FWD)))
    kind = rng.choice(["pasar", "donor", "posyandu", "kerja", "hilang", "motor", "waspada", "sumbangan", "mudik"])
    reg = rng.choice(REGIONS)
    o1, o2 = Person(rng, reg=reg), Person(rng, reg=reg)
    if kind == "pasar":
        d.w("📢 «PASAR MURAH|OPERASI PASAR|BAZAR SEMBAKO MURAH» 📢\n«Hari/Tgl|Waktu»: {dt}\n«Tempat|Lokasi»: {road}\n"
            "«Beras 5 kg|Minyak 2 liter|Paket sembako» hanya {pr}! «Kuota|Terbatas» {cnt}.\n"
            "«CP|Info|Pendaftaran»: {h1} {n1} ({p1}) «&|/|dan» {h2} {n2} ({p2})\n«Mohon dibantu share|Sebarkan ke warga lain» 🙏",
            dt=n_date(rng), road=n_road(rng), pr=n_price(rng, small=True), cnt=n_count(rng, "people"), h1=L(o1.HON()), n1=o1.P("call"),
            p1=o1.PH(), h2=L(o2.HON()), n2=o2.P("call"), p2=o2.PH())
    elif kind == "donor":
        d.w("🩸 «DONOR DARAH|AKSI DONOR DARAH» «BERSAMA PMI|RUTIN» 🩸\n{dt} «di|bertempat di» Masjid {mq}\n"
            "«Pendaftaran via WA ke|Daftar ke|Konfirmasi ke» {h} {n} {p}\n«Syarat: sehat, usia 17-60 tahun|Bawa KTP ya» ✅",
            dt=n_date(rng), mq=rng.choice(["Al-Ikhlas", "Nurul Huda", "Baiturrahman", "Al-Falah"]), h=L(o1.HON(False)),
            n=o1.P(), p=o1.PH())
    elif kind == "posyandu":
        d.w("«Bunda-bunda|Ibu-ibu warga» {rt} 👶\n«Posyandu|Imunisasi|Penimbangan balita» «bulan ini|besok» {dt} jam {tm}\n"
            "«Bidan|Kader» {n} «mohon|minta» «bawa buku KIA|KMS dibawa». «Konfirmasi|Info» «ke|ke nomor» {p}\n"
            "«Bayi|Balita» «yang lahir setelah|lahir sesudah» {dl} «wajib|harap» «didaftarkan|dibawa».",
            rt=n_rt(rng), dt=n_date(rng), tm=time_str(rng), n=o1.P("call"), p=o1.PH(), dl=n_date(rng))
    elif kind == "kerja":
        d.w("«Assalamualaikum|Salam sejahtera» warga {rt} 🙏\n«Diharapkan kehadiran|Mengundang» «seluruh warga|bapak-bapak» "
            "«dalam|untuk» «kerja bakti|rapat warga|ronda» {dt} pukul {tm}.\n«Iuran|Sumbangan» {pr} «per KK|per rumah» "
            "«diserahkan ke|transfer ke» {bd} {n2} «rek.|rekening» {bank} {ac}\nTtd, Ketua RT {n1} ({p1})",
            rt=n_rt(rng), dt=n_date(rng), tm=time_str(rng), pr=n_price(rng, small=True), n2=o2.P(), bank=o2.bank, ac=o2.ACC(),
            bd=L(rng.choice(["bendahara", "Bu Bendahara" if o2.sex == "P" else "Pak Bendahara"])),
            n1=o1.P(), p1=o1.PH())
    elif kind == "hilang":
        kid = Person(rng, reg=reg, age=rng.choice(["child", "elder"]))
        d.w("‼️ «TELAH HILANG|DICARI|ORANG HILANG» ‼️\n«Nama|Nama lengkap»: {n}\n«Lahir|Tgl lahir|TTL»: {dob}\n"
            "«Ciri-ciri|Ciri»: «memakai kaos merah|berjilbab hitam, pakai sandal jepit|pendiam, bicara kurang jelas»\n"
            "«Terakhir terlihat|Hilang» «di|dekat» {road} «pada|tanggal» {dt}\n«Bagi yang melihat|Jika bertemu» «hubungi|mohon kabari» "
            "{rel} {rn} {p}\n🙏🙏",
            n=kid.P(), dob=kid.DOB(), road=n_road(rng), dt=n_date(rng), rel=L(rng.choice(["ayahnya,", "keluarga:", "anaknya,", "Bapak"])),
            rn=o1.P(), p=o1.PH())
    elif kind == "motor":
        d.w("🚨 «MOTOR HILANG|TELAH HILANG SEPEDA MOTOR|DICARI MOTOR» 🚨\n{merk} {w}\n«Nopol|No. Pol|Plat»: {pl}\n"
            "«Hilang|Raib» «di|dari» {pl2} {dt}\n«Info|Kabar» «ke|hub.» {n} {p} «ada imbalan|imbalan» {pr}",
            merk=prod(rng, MERK_MOTOR), w=rng.choice(WARNA), pl=o1.PL(), pl2=rng.choice(PLACES), dt=n_date(rng),
            n=o1.P(), p=o1.PH(), pr=n_price(rng))
    elif kind == "waspada":
        sc = Person(rng)
        d.w("⚠️ «WASPADA PENIPUAN|HATI-HATI» ⚠️\n«Ada yang mengatasnamakan|Beredar orang mengaku» «Pak Lurah|Camat|petugas Dinsos» "
            "«meminta transfer|minta uang» {pr} «untuk bansos|untuk bantuan».\n«Nomornya|Nomor pelaku»: {p}\n"
            "«Rekening|Rek» {bank} {ac} «a.n.|an.» {n}\n«Itu BUKAN nomor resmi|Jangan ditanggapi»! «Info resmi|Layanan resmi» hanya di {hot}.",
            pr=n_price(rng), p=sc.PH(), bank=sc.bank, ac=sc.ACC(), n=sc.P("upper"), hot=n_hotline(rng))
    elif kind == "sumbangan":
        sick = Person(rng, reg=reg)
        d.w("«Mohon doa dan bantuan|Mari bantu» 🤲\n«Tetangga kita|Warga kita» {n} «yang tinggal di|di» {a} «sedang dirawat di|"
            "dirawat di» {hs} «karena|akibat» «kecelakaan|stroke|gagal ginjal».\n«Donasi bisa ke|Bantuan dapat dikirim ke» "
            "rek {bank} {ac} a.n. {n2}\n«Konfirmasi|CP»: {p}",
            n=sick.P(), a=sick.AD(), hs=n_hosp(rng), bank=o1.bank, ac=o1.ACC(), n2=o1.P(), p=o1.PH())
    else:
        d.w("🚌 «MUDIK GRATIS|BALIK GRATIS» {yr} 🚌\n«Kuota|Tersedia» {cnt}\n«Daftar|Pendaftaran» «ke|via» {n} «WA |wa.me/»{p}"
            " «atau|/» email {e}\n«Syarat|Persyaratan»: «KTP, KK|fotokopi KTP & KK»\n«Berangkat|Keberangkatan» {dt} dari {road}",
            yr=n_year(rng), cnt=n_count(rng, "people"), n=o1.P(), p=o1.PH(rng.choice(["62", "plain"])), e=o1.EM(), dt=n_date(rng),
            road=n_road(rng))
    if wrap and rng.random() < 0.7:
        d.w("\n\n«Apakah ini resmi?|Mohon diverifikasi.|Nomor saya tidak pernah saya izinkan disebar.|Tolong ditindak kalau ini penipuan.»")


def bc_nopii(d, rng):
    if rng.random() < 0.5:
        bc_wrap_intro(d, rng)
    d.w("{f}\n", f=L(rng.choice(FWD)))
    kind = rng.choice(["resmi", "hoaks", "banjir", "jalan"])
    if kind == "resmi":
        d.w("📢 «PENGUMUMAN|INFO RESMI»\n«Perekaman KTP-el|Pembagian bantuan beras|Vaksinasi lansia» «untuk|bagi» {kk}\n"
            "{dt} pukul {tm}\n«Info|Pertanyaan»: IG {ih} atau «call center|hotline» {hot}", kk=n_kkcount(rng), dt=n_date(rng),
            tm=time_str(rng), ih=n_ihandle(rng), hot=n_hotline(rng))
    elif kind == "hoaks":
        d.w("«HOAKS|HOAX|Info palsu»: «pendaftaran bansos lewat link|pencairan BLT via WA» «tidak benar|bohong».\n"
            "«Sesuai|Berdasarkan» {reg}, «pendaftaran hanya di kantor desa|tidak dipungut biaya».\n«Laporkan ke|Aduan»: {ie}",
            reg=n_reg(rng), ie=n_iemail(rng))
    elif kind == "banjir":
        d.w("🌊 «Banjir setinggi|Genangan» «50 cm|sepinggang» di {road} {km}\n{cnt} «terdampak|mengungsi», {kk}\n"
            "«Posko|Dapur umum» di {rt}. «Darurat|Bantuan» {hot}", road=n_road(rng), km=n_km(rng), cnt=n_count(rng, "people"),
            kk=n_kkcount(rng), rt=n_rt(rng), hot=N("112", "hotline"))
    else:
        d.w("🚧 «Penutupan jalan|Rekayasa lalu lintas» {road} «mulai|sejak» {dt} «selama|hingga» {cnt}.\n"
            "«Pengalihan arus|Kendaraan dialihkan» lewat {road2}. «Info|Cek» {ih}", road=n_road(rng), dt=n_date(rng),
            cnt=n_count(rng, "dur"), road2=n_road(rng), ih=n_ihandle(rng))
    d.w("\n\n«Mohon dikonfirmasi apakah ini resmi.|Kenapa info seperti ini tidak diumumkan di kelurahan?|Sebarkan ke warga.|»")


# ============================================================================================
# marketplace / pinjol scams
PINJOL = ["KasCepat", "DanaKilat", "PinjamYuk", "UangMudah", "RupiahGo", "TunaiAja", "DompetSegar"]
EWALLETS = ["DANA", "OVO", "GoPay", "ShopeePay", "LinkAja"]


def gen_scam(d, rng, pii):
    if not pii:
        return scam_nopii(d, rng)
    me = Person(rng)
    sel = Person(rng)
    kind = rng.choice(["market", "market", "pinjol", "pinjol", "ewallet", "arisan", "lowongan", "kurir", "leak"])
    greet(d)
    if kind == "market":
        d.w("«Saya membeli|Saya checkout|Saya pesan» {brg} «dari akun|di toko milik|lewat akun» {h} «seharga|senilai» {pr}. "
            "«Penjual|Sellernya» «bernama|mengaku bernama|atas nama» {n} «minta transaksi di luar aplikasi|menyuruh transfer langsung» "
            "ke «rekening|rek.» {bank} {ac} «a.n.|atas nama» {n2}. «Nomor pesanan|No. invoice» {oid}. «Sampai sekarang|Sudah {cnt}» "
            "«barang tidak dikirim|tidak ada resi», «WA|nomor» {ph} «memblokir saya|tidak aktif». ",
            brg=prod(rng, BARANG), h=sel.HD(), pr=n_price(rng, big=True), n=sel.P(), bank=sel.bank, ac=sel.ACC(),
            n2=sel.P(rng.choice(["full", "upper"])), oid=n_order(rng), cnt=n_count(rng, "dur"), ph=sel.PH())
        d.w("«Kontak saya|Saya bisa dihubungi di|HP saya» {me}. ", me=me.PH())
    elif kind == "pinjol":
        dc = Person(rng)
        ap = rng.choice(PINJOL)
        d.w("«Aplikasi|Pinjol ilegal|Aplikasi pinjaman» «{ap}|\"{ap}\"» «menyebar data saya|meneror kontak saya» padahal «saya hanya|cuma» "
            "pinjam {pr} «tenor|jangka» {cnt}. «Penagih|Debt collector|DC» «bernama|yang mengaku» {dc} «menelepon|menghubungi» "
            "«dari nomor|lewat» {ph} «dan|serta» «mengancam|memaki» «ibu saya|atasan saya|teman-teman saya». «Data yang disebar|Yang mereka "
            "sebar»: «foto KTP dengan NIK|KTP saya, NIK» {nik} «dan|serta» «nomor saya|HP saya» {me}. ",
            ap=L(ap), pr=n_price(rng), cnt=n_count(rng, "dur"), dc=dc.P(rng.choice(["call", "full"])), ph=dc.PH(), nik=me.NIK(),
            me=me.PH())
        if rng.random() < 0.5:
            d.w("«Sesuai|Menurut» {reg} «ini jelas pelanggaran|tidak boleh begitu». ", reg=n_reg(rng))
    elif kind == "ewallet":
        ew = rng.choice(EWALLETS)
        d.w("«Akun|Saldo» {ew} saya «nomor|dengan nomor» {ph} «dibobol|dikuras» {pr} «setelah|gara-gara» «menerima telepon dari orang|"
            "ditelepon seseorang» «yang mengaku CS|mengaku petugas» bernama {n} ({p2}). «Uangnya dipindah ke|Saldo ditransfer ke» "
            "{ew2} {p3}. ", ew=L(ew), ph=me.PH(), pr=n_price(rng), n=sel.P(), p2=sel.PH(), ew2=L(rng.choice(EWALLETS)),
            p3=S("PHONE", fmt_phone(Person(rng).phone, "plain")))
        d.w("«Email akun saya|Email terdaftar» {e} «juga diganti|sudah diubah» «pelaku|oleh mereka». ", e=me.EM())
    elif kind == "arisan":
        d.w("«Arisan online|Arisan bodong» «yang dikelola|milik» {n} «(IG {h})|, akun {h},» «membawa kabur|tidak mengembalikan» "
            "uang {cnt} «anggota|member», «total|sekitar» {pr}. «Rumahnya di|Alamatnya» {a}{tl} «sudah kosong|dikontrakkan». "
            "«Pembayaran dulu ke|Kami transfer ke» rek {bank} {ac}. ",
            n=sel.P(), h=sel.HD(), cnt=n_count(rng, "num"), pr=n_price(rng, big=True), a=sel.AD(), tl=sel.tail, bank=sel.bank,
            ac=sel.ACC())
    elif kind == "lowongan":
        d.w("«Saya melamar|Saya mendaftar» «lowongan|kerja» «palsu|abal-abal» «dari|yang diposting» {h}. «HRD|Perekrut» bernama {n} "
            "«meminta|menyuruh saya kirim» «NIK, NPWP, dan foto KTP|data NPWP dan KTP»: «NIK|» {nik}«, NPWP|, npwp» {np}, "
            "«lalu minta|kemudian minta» «biaya seragam|uang pelatihan» {pr}. «Sekarang|Ternyata» «data saya dipakai pinjol|ada pinjaman atas nama saya». ",
            h=sel.HD(), n=sel.P(), nik=me.NIK(), np=me.NPWP(), pr=n_price(rng))
    elif kind == "kurir":
        d.w("«Saya menerima|Masuk» «pesan WA|chat» dari {ph} «mengaku kurir|mengaku J&T» «mengirim file|berisi file» "
            "\"«Lihat Foto Paket|Surat Tilang|Undangan».apk\". «Setelah dibuka|Begitu diklik», «m-banking saya|rekening saya» "
            "{bank} {ac} «terkuras|berkurang» {pr}. ",
            ph=sel.PH(), bank=me.bank, ac=me.ACC(), pr=n_price(rng, big=True))
        d.w("«Atas nama|Rekening a.n.» {n}. «Email|Email saya» {e}. ", n=me.P(), e=me.EM())
    else:
        d.w("«Data saya bocor|Identitas saya dipakai orang»: «ada pinjaman|ada tagihan» atas «nama saya|NIK saya» {nik} "
            "«di aplikasi|dari» {ap}. «Padahal|Sementara» «saya tidak pernah daftar|saya tidak pernah meminjam». "
            "«NPWP saya|Nomor NPWP» {np} «juga muncul|juga dipakai» «di laporan SLIK|untuk daftar akun». ",
            nik=me.NIK(), ap=L(rng.choice(PINJOL)), np=me.NPWP())
        d.w("«Saya|Pelapor» {n}, «lahir|tgl lahir» {dob}, «email|surel» {e}. ", n=me.P(), dob=me.DOB(), e=me.EM())
    close(d)


def scam_nopii(d, rng):
    greet(d)
    kind = rng.choice(["iklan", "market", "ojk"])
    if kind == "iklan":
        d.w("«Iklan|SMS» pinjol ilegal «{ap}|\"{ap}\"» «muncul terus|masuk tiap hari» «menawarkan|dengan tawaran» {pr} «cair 5 menit|tanpa jaminan». "
            "«Sudah saya laporkan ke|Saya sudah aduan ke» {ih} «dan|serta» {hot}, «tapi|namun» «belum diblokir|masih aktif». ",
            ap=L(rng.choice(PINJOL)), pr=n_price(rng, big=True), ih=n_ihandle(rng), hot=N("157", "hotline"))
    elif kind == "market":
        d.w("«Pesanan|Order» {oid} «di marketplace|di aplikasi belanja» «sudah|telah» {cnt} «tidak dikirim|tertahan», «dana|uang» {pr} "
            "«belum dikembalikan|belum refund». «CS|Layanan pelanggan» {ih} «hanya|cuma» «membalas template|jawab otomatis». ",
            oid=n_order(rng), cnt=n_count(rng, "dur"), pr=n_price(rng), ih=n_ihandle(rng))
    else:
        d.w("«Menurut|Berdasarkan» {reg}, «bunga|biaya» pinjol «maksimal|tidak boleh lebih dari» «0,3 persen|0,1 persen» per hari, "
            "«tapi|namun» «aplikasi|pinjol» «mengenakan|memotong» {pr} «di depan|biaya admin». «Tiket aduan saya di OJK|Nomor aduan» {tk}. ",
            reg=N("POJK 10/2022", "regulation"), pr=n_price(rng), tk=n_ticket(rng))
    close(d)


# ============================================================================================
# hospital / puskesmas
def gen_health(d, rng, pii):
    if not pii:
        return health_nopii(d, rng)
    kind = rng.choice(["igd", "bayi", "bayi", "tagihan", "kasar", "lansia", "rujukan"])
    rep = Person(rng)
    greet(d)
    hosp = n_hosp(rng) if rng.random() < 0.6 else f"Puskesmas {rep.kec}"
    if kind == "igd":
        rel, sx, ag = rng.choice([("Ayah saya", "L", "elder"), ("Ibu saya", "P", "elder"), ("Suami saya", "L", "adult"),
                                  ("Istri saya", "P", "adult"), ("Adik saya", None, "young"), ("Kakak saya", None, "adult")])
        pt = Person(rng, reg=rep.reg, sex=sx, age=ag)
        d.w(rel + ", {hon}{n} «(lahir {dob})|, lahir {dob},|» «ditolak|dibiarkan menunggu» «di IGD|di ruang IGD» "
            "{hs} «dengan alasan|karena katanya» «kamar penuh|BPJS tidak bisa dipakai». «Nomor kartu BPJS-nya|No. JKN|Kartu KIS» {b} "
            "«aktif|masih aktif, sudah saya cek». «No. RM|Nomor rekam medis» {rm}. ",
            hon=L(rng.choice(["Tn. " if pt.sex == "L" else "Ny. ", "Bapak " if pt.sex == "L" else "Ibu ",
                              "Sdr. " if pt.sex == "L" else "Sdri. "]) if rng.random() < 0.6 else ""),
            n=pt.P(), dob=pt.DOB(),
            hs=hosp, b=pt.BPJS(), rm=n_rm(rng))
        d.w("«Dokter jaga|Petugas»« saat itu|» {dr} «hanya bilang|cuma menyuruh» «tunggu|cari rumah sakit lain». ",
            dr=[L(rng.choice(["dr. ", "dr. ", "Perawat ", "Ners "])), Person(rng).P()])
    elif kind == "bayi":
        bb = Person(rng, reg=rep.reg, age="baby")
        mom = rep if rep.sex == "P" else Person(rng, sex="P", reg=rep.reg)
        d.w(("«Anak saya|Bayi kami|Putra kami»" if bb.sex == "L" else "«Anak saya|Bayi kami|Putri kami»") + " «lahir|dilahirkan» «pada|tanggal» {dob} di {hs}«, diberi nama| bernama|, namanya» {bn}. "
            "«Sampai sekarang|Sudah {cnt}» «belum bisa didaftarkan BPJS|belum terdaftar JKN» karena «NIK bayi belum keluar|katanya belum masuk KK». "
            "«Ibunya|Saya ibunya,» {mn}, «NIK|nomor KTP» {mnik}, «peserta BPJS|No. KIS» {mb}. ",
            dob=bb.DOB(), hs=hosp, bn=bb.P(), cnt=n_count(rng, "dur"), mn=mom.P(), mnik=mom.NIK(), mb=mom.BPJS())
        if rng.random() < 0.5:
            d.w("«Nomor KK kami|KK» {kk}. ", kk=mom.KK())
    elif kind == "tagihan":
        pt = Person(rng, reg=rep.reg, age="elder")
        d.w(("«Ibu saya|Mertua saya|Nenek saya»" if pt.sex == "P" else "«Bapak saya|Mertua saya|Kakek saya»") + " {n}, «lahir|tgl lahir» {dob}, «peserta JKN|pasien BPJS» «nomor|no.» {b}, "
            "«diminta membayar|ditagih» {pr} «untuk obat|biaya tambahan|naik kelas» «di|oleh» {hs}. «Kuitansi|Nota» «tanpa kop|tidak diberikan». "
            "«Kasirnya|Petugas kasir» bernama {k}. ", n=pt.P(), dob=pt.DOB(), b=pt.BPJS(), pr=n_price(rng), hs=hosp,
            k=Person(rng).P("call"))
    elif kind == "kasar":
        nurse = Person(rng, reg=rep.reg)
        d.w("«Perawat|Petugas pendaftaran|Bidan» «bernama|yang namanya» {n} di {hs} «membentak|memarahi» «saya|ibu saya» «di depan|di hadapan» "
            "«pasien lain|banyak orang» «hanya karena|gara-gara» «lupa bawa fotokopi KK|salah antre». ",
            n=nurse.P(rng.choice(["call", "full"])), hs=hosp)
        d.w("«Saya|Pelapor» {me}, «pasien|peserta» BPJS {b}, «HP|WA» {ph}. ", me=rep.P(), b=rep.BPJS(), ph=rep.PH())
    elif kind == "lansia":
        pt = Person(rng, reg=rep.reg, age="elder")
        d.w(("«Nenek saya|Ibu saya yang sudah lansia|Mertua saya»" if pt.sex == "P" else "«Kakek saya|Bapak saya yang sudah lansia|Mertua saya»") + " ({n}, {dob}) «harus antre dari subuh|disuruh bolak-balik» "
            "«untuk|demi» «ambil obat rutin|surat rujukan» di {hs}. «Alamat beliau|Beliau tinggal di» {a}{tl}, «jauh dari|sekitar» {km}. ",
            n=pt.P(), dob=pt.DOB(rng.choice(["long", "dash", "slash1", "iso"])), hs=hosp, a=pt.AD(), tl=pt.tail, km=n_km(rng))
    else:
        pt = Person(rng, reg=rep.reg)
        d.w("«Rujukan|Surat rujukan» «atas nama|untuk pasien» {n} «(NIK {nik})|, NIK {nik},» «ditolak|tidak diterima» {hs} «karena|alasan» "
            "«kode diagnosis|faskes» «tidak sesuai|salah input». «Kartu JKN|Nomor BPJS» {b}. ",
            n=pt.P(), nik=pt.NIK(), hs=hosp, b=pt.BPJS())
    if rng.random() < 0.6:
        d.w("«Saya|Pelapor|Keluarga pasien» {me}«, HP| - WA|, kontak|, telp.» {ph}. ", me=rep.P(),
            ph=landline(rng, rep.reg) if rng.random() < 0.2 else rep.PH())
    close(d)


def health_nopii(d, rng):
    greet(d)
    kind = rng.choice(["antre", "obat", "rm", "kelas"])
    hs = n_hosp(rng)
    if kind == "antre":
        d.w("«Antrean|Pendaftaran» «poli|rawat jalan» di {hs} «dibuka|mulai» jam {tm} «tapi|namun» «dokter baru datang|petugas baru buka» "
            "jam {tm2}. «Tanggal|Kejadian» {dt}, «lebih dari|sekitar» {cnt} «menunggu|telantar». ",
            hs=hs, tm=time_str(rng, 6, 8), tm2=time_str(rng, 10, 14), dt=n_date(rng), cnt=n_count(rng, "people"))
    elif kind == "obat":
        d.w("«Obat|Stok obat» «hipertensi|diabetes|TB» «kosong|habis» di «apotek|instalasi farmasi» {hs} «sejak|dari» {dt}, "
            "«pasien disuruh beli sendiri|harus beli di luar» {pr}. «Care center|Hotline» {hot} «tidak diangkat|sibuk terus». ",
            hs=hs, dt=n_date(rng), pr=n_price(rng), hot=N("165", "hotline"))
    elif kind == "rm":
        d.w("«Berkas|Rekam medis» «dengan No. RM|nomor RM» {rm} «hilang|tidak ditemukan» «di|oleh» {hs}, «pasien|kami» «disuruh|harus» "
            "«daftar ulang|mengulang pemeriksaan» dari awal. «Sesuai|Padahal» {reg} «rumah sakit wajib menyimpan|rekam medis wajib dijaga». ",
            rm=n_rm(rng), hs=hs, reg=N("Permenkes 24/2022", "regulation"))
    else:
        d.w("«Pasien|Peserta» kelas 3 di {hs} «ditempatkan|dirawat» «di lorong|di selasar» «selama|sampai» {cnt}. "
            "«Email ke|Sudah lapor ke» {ie} «belum dibalas|tanpa jawaban», «tiket|nomor» {tk}. ",
            hs=hs, cnt=n_count(rng, "dur"), ie=n_iemail(rng), tk=n_ticket(rng))
    close(d)

# ============================================================================================
# bilingual: expats and returning migrant workers
AGENCIES = ["Sinar Jaya Abadi", "Bumi Mas Sejahtera", "Cahaya Mandiri Utama", "Tenaga Kerja Prima", "Putra Jaya Mulia"]
PMI_COUNTRIES = [("Hong Kong", 0, [0, 2, 7]), ("Malaysia", 1, [3, 2, 8]), ("Taiwan", 2, [4, 5, 9]),
                 ("Arab Saudi", 3, [6]), ("Singapura", 5, [8, 2, 1])]


def expat_person(rng):
    name, sex, nat = rng.choice(EXPATS)
    reg = rng.choice(regs("Badung", "Denpasar", "Kota Adm. Jakarta Selatan", "Mataram", "Yogyakarta"))
    p = Person(rng, group="jawa", sex=sex, reg=reg, name=name)
    p.nat = nat
    return p


def gen_bilingual(d, rng, pii):
    if not pii:
        return bilingual_nopii(d, rng)
    kind = rng.choice(["kitas", "polisi", "landlord", "pmi", "pmi", "pmi", "codeswitch"])
    if kind in ("kitas", "polisi", "landlord"):
        ex = expat_person(rng)
        d.w("«Dear LAPOR! team|Hello|Good morning|To whom it may concern|Dear Sir/Madam», «selamat pagi. |»")
        if kind == "kitas":
            d.w("«I am|My name is» {n}, {nat} «citizen|national» «living in|staying at» {a}{tl}. «My KITAS extension|My visa "
                "application|Perpanjangan KITAS saya» «has been stuck|is pending|masih belum selesai» «for|since» {cnt} at Kantor Imigrasi {city}. "
                "«An agent|Someone at the counter|A man» «named|called|bernama» {ag} «asked for|demanded|minta» {pr} «to speed it up|as 'uang rokok'|"
                "to 'bantu proses'». «My passport number is|Passport no.|Nomor paspor saya» {ps}«, date of birth {dob}.|, born {dob}.|.» ",
                n=ex.P(), nat=L(("an " if ex.nat[0] in "AEIOU" else "a ") + ex.nat), a=ex.AD(), tl=ex.tail, cnt=n_count(rng, "dur"), city=ex.reg["short"], ag=Person(rng).P(),
                pr=n_price(rng), ps=ex.PAS(), dob=ex.DOB(rng.choice(["en", "en_us", "en_abbr", "slash"])))
        elif kind == "polisi":
            own = Person(rng, group="bali" if ex.reg["fl"] == "bali" else "sasak")
            d.w("«On|Yesterday,» {dt} «a police officer|an officer|polisi lalu lintas» «stopped me|pulled me over» «near|di dekat» {road} "
                "«and took|and held» «the key of my rental scooter|my scooter» {pl}. «He said|Katanya» «my license is not valid|STNK mati» "
                "«and asked for|lalu minta» {pr} «cash|tunai|». «The scooter belongs to|The owner is|Motornya punya» {hon}{ow}«, phone|, HP|, WA» {ph}. "
                "«I am|Me:» {n}, «passport|paspor» {ps}. ",
                dt=n_date(rng), road=n_road(rng), pl=plate_any(rng, ex.reg), pr=n_price(rng),
                hon=L(rng.choice(["Bli ", "Pak ", "Mr. ", ""] if own.sex == "L" else ["Mbok ", "Bu ", "Mrs. ", ""])), ow=own.P(),
                ph=Person(rng).PH(), n=ex.P(), ps=ex.PAS())
        else:
            ll = Person(rng, reg=ex.reg, group="bali" if ex.reg["fl"] == "bali" else None)
            d.w("«My landlord|The owner of my villa|Pemilik kos saya», {hon}{ll}, «refuses to return|won't give back|tidak mau mengembalikan» "
                "«my deposit|the security deposit|uang deposit» {pr} «after I moved out|padahal kamar sudah bersih». «The villa is at|Alamatnya|Lokasinya» "
                "{a}{tl}. {pr2} «number|WA» {lp}. ", hon=L(rng.choice((["Bu ", "Mrs. ", "Ibu ", ""] + (["Mbok "] if ll.group == "bali" else [])) if ll.sex == "P"
                                 else (["Pak ", "Mr. ", ""] + (["Bli "] if ll.group == "bali" else [])))),
                pr2=L(rng.choice(["Her" if ll.sex == "P" else "His", "Landlord's", "The owner's"])),
                ll=ll.P(), pr=n_price(rng, big=True), a=ll.AD(), tl=ll.tail, lp=ll.PH())
            d.w("«I'm|Saya» {n}«, email|, reach me at|, contact:» {e}. ", n=ex.P(), e=ex.EM())
        d.w("«Please help|Mohon bantuannya|Thank you, terima kasih|Please follow up, matur suksma|Appreciate your help»«.|!|🙏»")
        if rng.random() < 0.5:
            d.w(" «WA|Phone|My number:» {ph}", ph=ex.PH() if rng.random() < 0.5 else foreign_phone(rng, 4))
        return
    if kind == "pmi":
        pm = Person(rng, group=rng.choice(["jawa", "jawa", "sunda", "sasak", "melayu"]), sex="P" if rng.random() < 0.75 else "L")
        country, fi, emps = rng.choice(PMI_COUNTRIES)
        emp, esex = EMPLOYERS[rng.choice(emps)]
        hon = rng.choice(["Mr.", "Sir", "Tuan"] if esex == "L" else ["Mrs.", "Madam", "Ms.", "Nyonya"])
        st = Person(rng)
        d.w(("«Saya PMI|Saya pekerja migran|Saya mantan TKW|I'm a returning migrant worker»" if pm.sex == "P" else
             "«Saya PMI|Saya pekerja migran|Saya mantan TKI|I'm a returning migrant worker»") + " «baru pulang|just came back|pulang» «dari|from» "
            "{ct} «setelah|after» {cnt}. «Nama saya|My name is|Nama» {n}«, born {dob}|, lahir {dob}|», «paspor|passport no.|no paspor» {ps}. «Agensi|Agency|PT» {ag} "
            "«belum bayar|masih nahan|hold» «gaji|salary|my salary» {cnt2} «bulan|months». «Majikan saya|My employer|My boss», {hon} {emp}, "
            "«sudah transfer|already paid|bilang sudah bayar» «ke agensi|to the agency». «Staf agensi|Agency staff|Orang PT» «bernama|named» {st} "
            "«bilang|said» «tunggu aja|sabar dulu|wait lah». ",
            ct=L(country), cnt=n_count(rng, "years"), n=pm.P(), ps=pm.PAS(), dob=pm.DOB(rng.choice(["en", "long", "dash", "en_us"])), ag=L(rng.choice(AGENCIES)), cnt2=str(rng.randint(2, 9)),
            hon=L(hon), emp=S("PERSON", emp), st=st.P(rng.choice(["call", "full"])))
        d.w("«Nomor {ct} saya|My {ct} number|No luar saya» {fph} «masih aktif|still active», «nomor Indo|Indonesian number|HP Indo» {ph}. ",
            ct=L(country), fph=foreign_phone(rng, fi), ph=pm.PH())
        if rng.random() < 0.6:
            d.w("«Gaji seharusnya ke|Salary should go to|Rekening saya» {bank} {ac}. ", bank=pm.bank, ac=pm.ACC())
        if rng.random() < 0.4:
            d.w("«NIK|KTP» {nik}, «alamat|rumah» di {a}. ", nik=pm.NIK(), a=pm.AD())
        d.w("«Please help|Tolong bantu|Mohon dibantu {bp}» «😭|🙏|ya|, thank you»", bp=N("BP2MI", "institution"))
        return
    p = Person(rng, group=rng.choice(["chinese", "jawa", "sunda", "manado"]))
    o = Person(rng, reg=p.reg)
    svc, office = rng.choice([("balik nama", "Samsat"), ("SIM", "Satpas"), ("paspor", "Kanim"), ("KTP-el", "Disdukcapil"),
                              ("akta lahir", "Disdukcapil")])
    d.w("«Jadi|So» «literally|basically» «pengurusan|proses» {svc} «di|at» {off} «itu|tuh» «super lama|messy banget», "
        "«which is|yang mana» «gak make sense|nggak efisien». «Aku|Saya» «udah|sudah» «submit|upload» «semua dokumen|all documents», "
        "«tapi|but» «petugasnya|the officer», {mb} {o}, «minta|asked for» «fee tambahan|extra fee» {pr}. «FYI|Btw» «aku|saya» {n}, "
        "«email|email aku» {e}, «IG|Instagram» {h}. «Please|Tolong» «follow up|ditindaklanjuti» «ya|asap».",
        svc=L(svc), off=L(office), o=o.P("call"),
        mb=L(rng.choice(["mas", "bang", "pak"] if o.sex == "L" else ["mbak", "kak", "bu"])), pr=n_price(rng), n=p.P(),
        e=p.EM(), h=p.HD())


def bilingual_nopii(d, rng):
    d.w("«Dear LAPOR! team|Hello admin|Hi|Selamat siang», ")
    kind = rng.choice(["airport", "road", "visa"])
    if kind == "airport":
        d.w("«the immigration queue|antrean imigrasi» at {ap} «on|pada» {dt} «took|was» «almost|more than» «3 hours|two hours». "
            "«Only|Hanya» «two|2» «counters were open|loket dibuka» «for|untuk» {cnt}. «Very disappointing|Sangat mengecewakan», "
            "«terima kasih|thanks».", ap=n_airport(rng), dt=n_date(rng), cnt=n_count(rng, "people"))
    elif kind == "road":
        d.w("«the road|jalan» at {road} {km} «is badly damaged|rusak parah» «since|sejak» {dt}. «Several|Beberapa» «tourists|wisatawan» "
            "«fell|jatuh» «from their scooters|dari motor». «Emergency number|Nomor darurat» {hot} «didn't answer|tidak diangkat». "
            "«Please fix it|Mohon diperbaiki».", road=n_road(rng), km=n_km(rng), dt=n_date(rng), hot=N("112", "hotline"))
    else:
        d.w("«the new visa fee|biaya visa baru» «of|sebesar» {pr} «is not|tidak» «explained|dijelaskan» «anywhere|di mana pun». "
            "«According to|Menurut» {reg}«, it should be clear|, harusnya transparan». «I emailed|Saya sudah email» {ie} «twice|dua kali».",
            pr=n_price(rng, big=True), reg=n_reg(rng), ie=N("layanan@imigrasi.go.id", "inst_email"))


# ============================================================================================
# regional-language mixing
LANGS = ["aceh", "banjar", "sasak", "makassar", "manado", "jawa", "sunda", "minang"]
LANG_GROUP = {"aceh": "aceh", "banjar": "banjar", "sasak": "sasak", "makassar": "bugis", "manado": "manado",
              "jawa": "jawa", "sunda": "sunda", "minang": "minang"}


def gen_regional(d, rng, pii):
    lang = rng.choice(LANGS)
    if not pii:
        return regional_nopii(d, rng, lang)
    p = Person(rng, group=LANG_GROUP[lang])
    x = Person(rng, group=LANG_GROUP[lang], reg=p.reg)
    while x.call == p.call or x.full.split()[0] == p.full.split()[0]:
        x = Person(rng, group=LANG_GROUP[lang], reg=p.reg)
    if lang == "aceh":
        d.w("«Assalamualaikum.|Assalamualaikum, neu peu ampon.» «Lon|Ulon» {n} «dari|nibak» Gampong {kel}. «Jalan gampong|Jalan» "
            "«ka reuloh that|rusak parah» «sejak|dari» {yr}, «hana|tidak ada» «yang peduli|perbaikan». «Keuchik|Geuchik» {kc} «kheun|bilang» "
            "«dana desa hana|anggaran sudah habis». «Rumoh lon|Rumah lon» di {a}. «Neubantu|Tolong bantu» «beu|supaya» «geupeugot|diperbaiki». "
            "«No HP lon|HP lon» {ph}.", n=p.P(), kel=p.kel, yr=n_year(rng), kc=x.P(), a=p.AD(), ph=p.PH())
    elif lang == "banjar":
        d.w("«Ulun handak melapor|Ulun handak mengadu|Assalamualaikum, ulun handak madah», {iss}. «Ngaran ulun|Nama ulun» {n}, «rumah ulun|rumah» "
            "di {a}{tl}. «Kadada|Kada ada» «nang datang|yang maurusi» «sampai wayah ini|sampai sekarang». «Pambakal|Ketua RT» {kc} «kada hakun|"
            "kada mau» «mambantu|maurusi». «Nomor|HP» ulun {ph}. «Tolong banar dibantu|Mohon banar diurus».",
            iss=L(rng.choice(["banyu PDAM kada mengalir sudah saminggu", "jalan di kampung kami rusak banar",
                              "bansos uma ulun kada cair", "lampu jalan mati sabulan"])),
            n=p.P(), a=p.AD(), tl=p.tail, kc=x.P("call"), ph=p.PH())
    elif lang == "sasak":
        mom = Person(rng, group="sasak", sex="P", reg=p.reg, age="elder")
        d.w("«Tiang mele melapor|Tiang ngadu|Tiang melapor» «lamun|bahwa» Inaq tiang, {m}, «ndeq|ndek» «man|mauk» «bantuan|bansos» "
            "«sampai|sejak» {yr}. «Beliau lahir|Inaq lahir» {dob}, «NIK|nomor KTP» {nik}. «Bale|Rumah» tiang «lek|di» {a}{tl}. "
            "«Kadus|Kepala dusun» {kd} «ndeq|ndek» «mele|nyaman» «ngurus|bantu». «Aran tiang|Nama tiang» {n}, «HP|nomor» {ph}.",
            m=mom.P(), yr=n_year(rng), dob=mom.DOB(), nik=mom.NIK(), a=p.AD(), tl=p.tail, kd=x.P("call"), n=p.P(), ph=p.PH())
    elif lang == "makassar":
        d.w("«Iye'|Tabe'», «saya mau melapor|mau ka' melapor». «Di pasar|Di pinggir jalan» {road} «ada|ada itu» «Daeng|Dg.» {dn} "
            "«yang urus parkir|tukang parkir», «minta doi|ambil uang» {pr} «tiap malam|setiap hari»«, kodong|, nda' ada karcisnya». "
            "«Motor ku|Motor saya» {pl} «pernah ditahan|na tahan». «Nama ku|Saya» {n}, «tinggal ka'|rumah ku» di {a}{tl}. «Nomor ku|HP» {ph}.",
            road=n_road(rng), dn=x.P("call"), pr=n_price(rng, small=True), pl=p.PL(), n=p.P(), a=p.AD(), tl=p.tail, ph=p.PH())
    elif lang == "manado":
        d.w("«Kita pe nama|Kita» {n}, «mo lapor|mo kase tau» «kalo|bahwa» «aer PDAM so nyanda mengalir|jalan di kompleks so rusak skali|"
            "tetangga {t} ja bakar sampah tiap malam». «Torang so|Kita so» «lapor|kase tau» «pa|ke» «Om|Pak» {x} «mar|tapi» «nyanda|nda» "
            "«ada respon|ada tindakan». «Kita pe rumah|Rumah kita» di {a}{tl}. «Kita pe nomor|No HP kita» {ph}. «Tolong jo dibantu|Mohon dibantu neh».",
            n=p.P(), t=Person(rng, group="manado", reg=p.reg).P(), x=x.P("call"), a=p.AD(), tl=p.tail, ph=p.PH())
    elif lang == "jawa":
        d.w("«Aku arep lapor|Aku pengen lapor|Nyuwun sewu, aku arep lapor», «dalan ngarep omahku|ratan neng kampungku» «rusak|bolong-bolong» "
            "«wis|uwis» {cnt}. «Omahku|Omahku ning» {a}{tl}. «Pak RT|Pak RW» {x} «ora gelem|emoh» «ngurus|tanggung jawab», «malah|kok malah» "
            "«njaluk|nyuwun» «duit|dhuwit» {pr}. «Jenengku|Aku» {n}, «nomer|no» HP {ph}. «Tulung dibantu|Mohon ditindaklanjuti» «yo|nggih».",
            cnt=n_count(rng, "dur"), a=p.AD(), tl=p.tail, x=x.P("call"), pr=n_price(rng), n=p.P(), ph=p.PH())
    elif lang == "sunda":
        d.w("«Punten|Sampurasun», abdi «bade|hoyong» «ngalaporkeun|lapor». «Bumi abdi|Imah abdi» di {a}{tl}. {iss}. «Pa RT|Ketua RT» {x} "
            "«teu|henteu» «kersa|daek» «ngabantos|ngurus». «Nami abdi|Abdi» {n}, «nomer|no» HP {ph}«, email {e}|». «Hatur nuhun|Nuhun» «pisan|».",
            a=p.AD(), tl=p.tail, iss=L(rng.choice(["Cai PDAM tos saminggu teu ngocor", "Jalan payun bumi rusak parah",
                                                   "Sampah numpuk di sisi walungan", "Bantosan sembako teu kenging"])),
            x=x.P("call"), n=p.P(), ph=p.PH(), e=p.EM())
    else:
        d.w("«Ambo nio malapor|Ambo ka mangadu|Assalamualaikum, ambo nio manyampaikan», «jalan ka kampuang|banda irigasi» «rusak|ancua» "
            "«alah|sajak» {cnt}. «Wali Nagari|Wali Jorong» {x} «alun|indak» «datang|ado tindakan». «Namo ambo|Ambo» {n}, «rumah|tingga» di {a}{tl}. "
            "«No HP|Nomor» {ph}. «Tolong bana|Mohon» «dibantu|diurus».",
            cnt=n_count(rng, "dur"), x=x.P(), n=p.P(), a=p.AD(), tl=p.tail, ph=p.PH())


def regional_nopii(d, rng, lang):
    if lang == "jawa":
        d.w("«Nyuwun sewu|Kulo nuwun», «dalan|ratan» {road} {km} «bolong-bolong|rusak» «wis|uwis» «suwe|wiwit» {dt}, «akeh|okeh» «sing tiba|wong sing "
            "ceblok». «Jarene|Kabare» «biaya tambal|ragad ndandani» {pr}. «Tulung|Mohon» «didandani|digatekke» «nggih|yo».",
            road=n_road(rng), km=n_km(rng), dt=n_date(rng), pr=n_price(rng, big=True))
    elif lang == "sasak":
        d.w("«Tabe'|Tiang melapor», «rurung|jalan» {road} «rusak|ancur» «sejak|sangkaq» {dt}, «luèq|banyak» «dengan|orang» «ragap|jatuh». "
            "«Pelungguh|Bapak» «tulung|mohon» «perbaiki|gaweq».", road=n_road(rng), dt=n_date(rng))
    elif lang == "sunda":
        d.w("«Punten|Sampurasun», di {rt} «caina|cai PDAM» «tos|atos» {cnt} «teu ngocor|henteu kaluar». {kk} «kabeh|sadayana» «kasusahan|"
            "kerepotan». «Geus lapor|Atos ngalaporkeun» ka {hot}«, tacan aya jawaban|, can aya tindakan».", rt=n_rt(rng),
            cnt=n_count(rng, "dur"), kk=n_kkcount(rng), hot=N("1500200", "hotline"))
    elif lang == "minang":
        d.w("«Ambo nio mangadu|Mohon maaf», aia di {rt} «alah|lah» {cnt} «indak mangalia|mati». {kk} «sadonyo susah|kasulitan». "
            "«Alah lapor|Lah ambo laporan» ka {hot}«, alun ado jawaban|».", rt=n_rt(rng), cnt=n_count(rng, "dur"),
            kk=n_kkcount(rng), hot=N("1500200", "hotline"))
    elif lang == "manado":
        d.w("«Torang pe sekolah|Sekolah di kampung» NPSN {np} «so rusak skali|so ancor», «atap bocor|plafon so jatuh». «Ada|So ada» {cnt} "
            "«yang nda bisa belajar|nyanda bisa maso kelas». «Dana BOS|Doi BOS» {yr} «nda tau ke mana|nyanda jelas».",
            np=n_npsn(rng), cnt=n_count(rng, "people"), yr=n_year(rng))
    elif lang == "makassar":
        d.w("«Tabe'|Iye'», sekolah ta' NPSN {np} «rusak mi|hancur mi», «atapnya bocor|plafonnya jatuh». «Ada itu|Adami» {cnt} "
            "«tidak bisa belajar|nda bisa masuk kelas». «Anggaran|Dana BOS» {yr} «tidak jelas|nda ada kabarnya»«, kodong|».",
            np=n_npsn(rng), cnt=n_count(rng, "people"), yr=n_year(rng))
    elif lang == "aceh":
        d.w("«Lon|Ulon» «melapor|meulapor», «SPBU|pom bensin» {sp} «di|dekat» {road} «jual|publoe» solar «ke|u» jeriken «tiap malam|"
            "saban malam». «Harga|Geupublo» {pr}. «Ka lon kirim|Lon ka kirim» «ke|u» {ih}.",
            sp=n_spbu(rng), road=n_road(rng), pr=n_price(rng), ih=n_ihandle(rng))
    else:
        d.w("«Ulun|Ulun handak» «melapor|madah», «SPBU|pom bensin» {sp} «di|parak» {road} «manjual|jual» solar «ka|ke» jeriken «saban malam|"
            "tiap malam». «Harganya|Dijual» {pr}. «Sudah ulun kirim|Ulun sudah madah» «ka|ke» {ih}.",
            sp=n_spbu(rng), road=n_road(rng), pr=n_price(rng), ih=n_ihandle(rng))


# ============================================================================================
# very short
SHORT_PII = [
    "NIK {nik} «gak|tidak|blm» «bisa daftar|terdaftar di» «PPDB|DTKS|BPJS»",
    "«Tolong|Tlg» cek BPJS {b}, «kok nonaktif|nonaktif terus»",
    "«WA|Wa» «saya|sy» {ph}, «ditipu|kena tipu» «penjual|olshop» {h}",
    "«Plat|Nopol» {pl} «parkir liar|parkir di trotoar» «tiap malam|tiap hari»",
    "«Ketua RT|RT kami,|Pengurus RT» {c} «minta|narik» «pungli|uang» {pr}",
    "{h} «nyebar|sebar» data «saya|sy»! «Tolong|Mohon» «blokir|take down»",
    "«Email|Surel» «saya|sy» {e} «dipakai|didaftarkan» pinjol",
    "«Rek|Rekening» {bank} {ac} «penipu|scammer», «tolong blokir|mohon diblokir»",
    "«Lahir|Tgl lahir» {dob} «tapi|tp» «di KTP|di sistem» «salah|beda»",
    "«Paspor|Passport» {ps} «ditahan|masih ditahan» «agen|PT»",
    "NIP {nip} «pungli|minta uang» «di loket|pas layanan»",
    "KK {kk} «belum|blm» «update|diperbarui»",
    "NPWP {np} «dipakai orang|disalahgunakan»",
    "«Sy|Saya» {c}, «air mati|listrik padam» {cnt}",
    "{n} ({ph}) «jual|menjual» «LPG|gas melon» {pr}",
    "«Tetangga|Tetanggaku» {n} «bakar sampah|nyetel musik» «tiap malam|terus»",
    "«Halo|Hai», {c} «disini|di sini». «Bansos|BLT» «belum|blm» cair",
    "«Nomor|No» {ph} «teror|neror» «saya|sy» «tiap hari|terus»",
    "«Rumah|Alamat» {a}, «got|selokan» mampet",
    "«Anak saya|Anakku» {c} lahir {dob}, «akta|akte» «blm|belum» jadi",
    "{h} «ngaku|mengaku» «petugas|pegawai» Dinsos",
    "«Dipukul|Diancam» {n} «kemarin|tadi malam»",
]
SHORT_NOPII = [
    "«Jalan|Jln» «rusak|berlubang» di {km} «arah|menuju» kota",
    "«Lampu PJU|PJU» {road} «mati|padam» {cnt}",
    "«Nomor laporan|Laporan» {tk} «belum|blm» «direspon|ditanggapi»",
    "{cue}, «tetap|masih» «gagal|ditolak»",
    "«Pungli|Pungutan» {pr} «di|oleh pengurus» {rt}",
    "{kk} «belum|blm» «dapat|terima» «air bersih|bantuan»",
    "«Kenapa|Mengapa» {ih} «tidak|tak» «balas|membalas» DM?",
    "SPBU {sp} «jual|menjual» solar «ke|pakai» jeriken",
    "«SD|Sekolah» NPSN {np} «atapnya|plafonnya» «roboh|bocor»",
    "{hot} «tidak|gak» «bisa|pernah» «dihubungi|diangkat»",
    "«Banjir|Genangan» «lagi|terus» di {road}",
    "«Email|Surel» ke {ie} «mental|gagal terkirim»",
]


def gen_short(d, rng, pii):
    if not pii:
        tpl = rng.choice(SHORT_NOPII)
        d.w(tpl, km=n_km(rng), road=n_road(rng), cnt=n_count(rng, "dur"), tk=n_ticket(rng), cue=n_cue(rng), pr=n_price(rng),
            rt=n_rt(rng), kk=n_kkcount(rng), ih=n_ihandle(rng), sp=n_spbu(rng), np=n_npsn(rng), hot=n_hotline(rng),
            ie=n_iemail(rng))
        return
    p = Person(rng)
    tpl = rng.choice(SHORT_PII)
    pns = Person(rng, age="pns") if "{nip}" in tpl else None
    kid = Person(rng, age="baby") if tpl.startswith("«Anak saya") else None
    d.w(tpl, nik=p.NIK(), b=p.BPJS(), ph=p.PH(rng.choice(["plain", "dash4", "intl_plain"])), h=p.HD(), pl=p.PL(),
        c=(kid or p).P("call"), pr=n_price(rng), e=p.EM(), bank=p.bank, ac=p.ACC(), dob=(kid or p).DOB(), ps=p.PAS(),
        nip=pns.NIP() if pns else None, kk=p.KK(), np=p.NPWP(rng.choice(["old", "plain15"])), cnt=n_count(rng, "dur"),
        n=p.P(), a=S("ADDRESS", gen_address(rng, p.reg, need_rtrw=False)))

# ============================================================================================
# general complaints (used by ALL CAPS and all-lower-case styles)
INSTS = ["Perhubungan", "Pendidikan", "Sosial", "Kesehatan", "Lingkungan Hidup", "PUPR", "Perizinan", "Kependudukan"]


def gen_general(d, rng, pii):
    if not pii:
        return general_nopii(d, rng)
    p = Person(rng)
    x = Person(rng, reg=p.reg)
    topic = rng.choice(["bansos", "ektp", "parkir", "pajak", "sekolah", "pdam", "tanah", "pns", "npwp", "ojol"])
    greet(d)
    if topic == "bansos":
        d.w("«Saya|Nama saya» {n}, «warga|penduduk» {kel}«, NIK {nik}|». «Bansos PKH|BLT Dana Desa|Bantuan sembako» «saya|keluarga saya» "
            "«tidak cair|dicoret» «sejak|dari» {yr} «tanpa alasan|padahal masih layak». «Pendamping PKH|Operator desa» {x} «bilang|mengatakan» "
            "«data saya hilang|harus bayar {pr} dulu». «Rumah saya di|Alamat» {a}{tl}. «HP|No WA» {ph}. ",
            n=p.P(), kel=p.kel, nik=p.NIK(), yr=n_year(rng), x=x.P(), pr=n_price(rng), a=p.AD(), tl=p.tail, ph=p.PH())
    elif topic == "ektp":
        k = Person(rng, reg=p.reg, age="young")
        d.w("«E-KTP|KTP elektronik» «anak saya {c}|saya» «belum dicetak|belum jadi» «sejak|padahal sudah rekam» {dt}. «Alasannya blanko habis|"
            "Katanya blangko kosong». «NIK|No. KTP» {nik}, «lahir|tgl lahir» {dob}. «Petugas|Oknum» {x} «menawarkan|minta» «jalur cepat|bayar» {pr}. ",
            c=k.P(), dt=n_date(rng), nik=k.NIK(), dob=k.DOB(), x=x.P(), pr=n_price(rng))
    elif topic == "parkir":
        d.w("«Mobil|Kendaraan» «berplat|nopol|dengan nomor polisi» {pl} «selalu|setiap hari» «parkir|diparkir» «di depan|menutupi» «gang|jalan masuk» "
            "«rumah saya|kami» di {a}. «Pemiliknya|Yang punya» {x} «tidak peduli|malah marah». «Saya|Pelapor» {n}, {ph}. ",
            pl=x.PL(), a=p.AD(), x=x.P(), n=p.P("call"), ph=p.PH())
    elif topic == "pajak":
        d.w("«Pajak|PKB» «motor|kendaraan» saya {pl} «sudah dibayar|lunas» «tapi|namun» «di sistem|di Samsat» «masih tertunggak|belum masuk». "
            "«Struk|Bukti bayar» {ref}. «Atas nama|a.n.» {n}, «NIK|KTP» {nik}. ", pl=p.PL(), ref=n_ref(rng), n=p.P(), nik=p.NIK())
    elif topic == "sekolah":
        k = Person(rng, reg=p.reg, age="child", group=p.group)
        d.w("«Anak saya|Putri saya|Putra saya» {c}, «lahir|tgl lahir» {dob}, «tidak diterima|ditolak» «PPDB zonasi|di SD negeri» «padahal|meski» "
            "«rumah kami|jarak rumah» {a} «hanya|cuma» «300 meter|sepelemparan batu» «dari sekolah|ke sekolah» NPSN {np}. «Operator|Panitia» {x} "
            "«minta|meminta» «sumbangan|uang bangku» {pr}. ", c=k.P(), dob=k.DOB(), a=p.AD(), np=n_npsn(rng), x=x.P(), pr=n_price(rng))
    elif topic == "pdam":
        d.w("«Air PDAM|Air ledeng» «di rumah saya|ke rumah» {a} «mati|tidak mengalir» {cnt} «tapi|namun» «tagihan|rekening air» «tetap|justru naik» {pr}. "
            "«Petugas|Pencatat meter» {x} «tidak pernah datang|asal tulis». «Kontak|HP» {ph}, «email|surel» {e}. ",
            a=p.AD(), cnt=n_count(rng, "dur"), pr=n_price(rng), x=x.P("call"), ph=p.PH(), e=p.EM())
    elif topic == "tanah":
        m = Person(rng, reg=p.reg, age="elder")
        d.w("«Sertifikat tanah|Berkas PTSL» «atas nama|milik» {rel} {m}, «lahir|kelahiran» {dob}, «tidak kunjung jadi|ditahan» «di|oleh» "
            "«kantor desa|petugas BPN». «Kepala desa|Sekdes» {x} «minta|meminta» {pr}. «NIK beliau|NIK» {nik}, «KK|No. KK» {kk}. ",
            m=m.P(), dob=m.DOB(), x=x.P(), pr=n_price(rng, big=True), nik=m.NIK(), kk=m.KK(),
            rel=L(rng.choice(["ibu saya", "nenek saya", "almarhumah ibu"] if m.sex == "P" else ["ayah saya", "kakek saya", "almarhum bapak"])))
    elif topic == "pns":
        o = Person(rng, reg=p.reg, age="pns")
        d.w("«Oknum|Pegawai» «Dinas|Kantor» {inst} «atas nama|bernama» {x}, NIP {nip}, «sering|selalu» «bolos|tidak masuk» «dan|lalu» «main judi online|"
            "jualan saat jam kerja». «Akunnya|Akun TikTok-nya» {h}. ", inst=L(rng.choice(INSTS)), x=o.P(), nip=o.NIP(), h=o.HD())
    elif topic == "npwp":
        d.w("«NPWP|Nomor NPWP» saya {np} «belum|tidak» «padan|valid» «dengan NIK|dengan NIK saya» {nik} «sehingga|akibatnya» «tidak bisa|gagal» «lapor SPT|urus KUR». "
            "«Email|Email terdaftar» {e} «tidak menerima|tak dapat» «EFIN|kode verifikasi». ", np=p.NPWP(rng.choice(["old", "plain15", "p16"])),
            nik=p.NIK(), e=p.EM())
    else:
        d.w("«Driver ojol|Pengemudi ojek online» «bernama|atas nama» {x} «dengan motor|plat» {pl} «membawa kabur|tidak mengantar» «pesanan|paket» saya "
            "«senilai|seharga» {pr}. «Nomornya|HP-nya» {ph}. «Saya|Pemesan» {n}, «alamat antar|dikirim ke» {a}. ",
            x=x.P(), pl=x.PL(), pr=n_price(rng), ph=x.PH(), n=p.P(), a=p.AD())
    close(d)


def general_nopii(d, rng):
    greet(d)
    topic = rng.choice(["jalan", "sampah", "pungli", "samsat", "banjir"])
    if topic == "jalan":
        d.w("«Jalan|Ruas jalan» {road} {km} «rusak parah|berlubang besar» «sejak|dari» {dt}, «sudah|telah» {cnt} «kecelakaan|pengendara jatuh». ",
            road=n_road(rng), km=n_km(rng), dt=n_date(rng), cnt=n_count(rng, "kali"))
    elif topic == "sampah":
        d.w("«Sampah|Tumpukan sampah» di {rt} «tidak diangkut|menggunung» {cnt}. «Iuran|Retribusi» {pr} «tetap ditarik|jalan terus». ",
            rt=n_rt(rng), cnt=n_count(rng, "dur"), pr=n_price(rng))
    elif topic == "pungli":
        d.w("«Ada pungli|Ada pungutan» {pr} «di|pada» «pembuatan|pengurusan» «surat pindah|akta» «untuk|bagi» {kk}, «padahal|sesuai» {reg} «gratis|tidak dipungut biaya». ",
            pr=n_price(rng), kk=n_kkcount(rng), reg=n_reg(rng))
    elif topic == "samsat":
        d.w("«Antrean|Loket» Samsat «di|dekat» {road} «ditutup|tutup» jam {tm} «padahal|sementara» {cnt} «menunggu|masih antre». «Call center|Hotline» {hot} «tidak aktif|tak menjawab». ",
            road=n_road(rng), tm=time_str(rng), cnt=n_count(rng, "people"), hot=n_hotline(rng))
    else:
        d.w("«Banjir|Genangan» «setinggi|sampai» «lutut|50 cm» «merendam|menggenangi» {kk} di {rt} «sejak|dari» {dt}. «Pompa|Pintu air» {road} «rusak|tidak berfungsi». ",
            kk=n_kkcount(rng), rt=n_rt(rng), dt=n_date(rng), road=n_road(rng))
    close(d)


# ============================================================================================
# long texts (2-4 KB)
TOPICS_LONG = ["pungutan liar dalam pengurusan sertifikat tanah", "penyaluran bansos yang tidak tepat sasaran",
               "pembangunan drainase yang merusak rumah warga", "pelayanan IGD yang menelantarkan pasien",
               "penahanan ijazah anak kami oleh sekolah", "penarikan kendaraan oleh debt collector",
               "penutupan akses jalan oleh pengembang perumahan", "pemotongan dana PKH oleh pendamping"]


def long_intro(d, rng, p, topic):
    d.w("«Dengan hormat,|Kepada Yth. Bapak/Ibu pengelola LAPOR!,|Yth. Admin LAPOR!,|Assalamualaikum warahmatullahi wabarakatuh,»\n\n"
        "«Saya|Perkenalkan, saya|Yang bertanda tangan di bawah ini,» {n}, «warga|penduduk» {kel}, «Kecamatan|Kec.» {kec}, {city}, «ingin menyampaikan|"
        "hendak mengadukan|bermaksud melaporkan» «permasalahan|keluhan» «yang sudah berlangsung lama|yang berlarut-larut|yang sangat merugikan» "
        "«terkait|mengenai» {topic}. «Identitas saya|Data diri saya»: NIK {nik}«, NPWP {np}|»«, lahir di|, kelahiran» {pob} {dob}, «tinggal di|beralamat di» {a}{tl}.\n\n",
        n=p.P(), kel=p.kel, kec=p.kec, city=p.reg["city"], topic=L(topic), nik=p.NIK(), np=p.NPWP(), pob=p.pob + ",", dob=p.DOB(), a=p.AD(), tl=p.tail)


def long_chrono(d, rng, p, cast):
    o = cast["official"]
    d.w("«Kronologinya begini.|Kronologi kejadiannya sebagai berikut.|Awal mulanya» «Pada|Tanggal» {dt1} «saya mendatangi|saya datang ke» "
        "«kantor desa|kantor kelurahan|kantor kecamatan» «untuk menanyakan|guna mengurus» «berkas saya|permohonan saya». «Di sana saya dilayani oleh|"
        "Saya diterima oleh|Yang melayani saya adalah» {hon}{o}«, NIP {nip},|» «yang mengatakan|yang menyampaikan» «berkas belum lengkap|bahwa "
        "prosesnya harus lewat dia». «Seminggu kemudian|Pada {dt2}|Beberapa hari setelahnya» «ia menelepon saya dari nomor|saya ditelepon dari nomor» "
        "{oph} «dan meminta|lalu minta» «uang sebesar|biaya» {pr} «agar|supaya» «urusan cepat selesai|berkas diproses». ",
        dt1=n_date(rng), hon=L(o.HON() + " " if rng.random() < 0.8 else ""), o=o.P(), nip=o.NIP(), dt2=n_date(rng),
        oph=o.PH(), pr=n_price(rng, big=True))
    d.w("«Uang itu diminta ditransfer ke|Ia meminta pembayaran ke|Saya diminta mentransfer ke» rekening {bank} {ac} «atas nama|a.n.» {acn}"
        "«, yang ternyata bukan rekening resmi instansi.|, bukan rekening kantor.|.»\n\n",
        bank=cast["kin"].bank, ac=cast["kin"].ACC(), acn=cast["kin"].P())


def long_neighbors(d, rng, p, cast):
    n2, n3 = cast["n2"], cast["n3"]
    d.w("«Bukan hanya saya yang mengalami hal ini.|Hal serupa juga dialami warga lain.|Ternyata saya tidak sendirian.» «Tetangga saya|Warga lain,» "
        "{a2}«, HP {ph2},| ({ph2})» «dan|serta» {a3} «yang tinggal di|yang rumahnya di|beralamat di» {ad3} «juga|pun» «dimintai uang|diminta membayar» "
        "«dengan jumlah berbeda|dengan alasan yang sama». «Ketua RT kami|Pak RT», {rt}, «mengetahui hal ini|tahu soal ini» «tetapi|namun» "
        "«memilih diam|tidak berani bersuara»«.| karena takut.»\n\n",
        a2=n2.P(), ph2=n2.PH(), a3=n3.P(), ad3=n3.AD(), rt=cast["rt"].P("call"))


def long_vehicle(d, rng, p, cast):
    o = cast["official"]
    d.w("«Selain itu,|Di samping itu,|Yang juga meresahkan,» «mobil dinas berplat merah|kendaraan dinas» {pl} «sering|kerap» "
        "«dipakai {o} untuk keperluan pribadi|terlihat membawa keluarga {o} ke tempat wisata|terlihat parkir di rumah {o} pada akhir pekan». "
        "«Foto-fotonya|Bukti foto» «sudah beredar|sempat diunggah» «oleh akun|di akun» {h}«.|, sebelum akun itu dikunci.»\n\n",
        pl=plate_any(rng, p.reg), o=o.P("call"), h=cast["n2"].HD())


def long_impact(d, rng, p, cast):
    d.w("«Akibat kejadian ini,|Karena masalah ini,|Dampaknya,» «saya|keluarga kami» «mengalami kerugian|rugi» «sekitar|kurang lebih» {pr} "
        "«dan|serta» «harus bolak-balik|bolak-balik» {cnt} «tanpa hasil|tanpa kejelasan». {rel}, {sp}, «bahkan|sampai» "
        "«jatuh sakit|harus dirawat» «karena tekanan|karena terus kepikiran». «Anak kami|Si bungsu» {kid} «yang lahir|kelahiran» {kdob} "
        "«belum bisa|tidak bisa» «didaftarkan sekolah|mendapat layanan» «karena|sebab» «berkas keluarga kami|dokumen kami» «tertahan|masih ditahan».\n\n",
        rel=L(rng.choice(["Istri saya", "Pasangan saya"]) if cast["sp"].sex == "P" else rng.choice(["Suami saya", "Pasangan saya"])),
        pr=n_price(rng, big=True), cnt=n_count(rng, "kali"), sp=cast["sp"].P("call"), kid=cast["kid"].P(), kdob=cast["kid"].DOB())


def long_effort(d, rng, p, cast):
    d.w("«Saya sudah menempuh berbagai jalur.|Berbagai upaya sudah saya lakukan.|Upaya yang sudah saya tempuh:» «Pertama|Awalnya», "
        "«saya melapor ke|saya mengadu ke» «Inspektorat|Ombudsman perwakilan» «pada|tanggal» {dt}«, namun|, tetapi» «tidak ada tindak lanjut|"
        "hanya dijanjikan akan dicek». «Kedua|Setelah itu», «saya mengirim email ke|saya menyurati» {ie} «dan|lalu» «mendapat nomor tiket|"
        "memperoleh nomor» {tk}. «Ketiga|Terakhir», «saya mencoba menghubungi|saya menelepon» {hot}«, namun| tetapi» «tidak pernah tersambung|"
        "selalu sibuk».\n\n", dt=n_date(rng), ie=n_iemail(rng), tk=n_ticket(rng), hot=n_hotline(rng))


def long_legal(d, rng, p, cast):
    d.w("«Sepengetahuan saya,|Setahu saya,|Berdasarkan aturan yang saya baca,» {r1} «mewajibkan|mengatur» «pelayanan|penyelenggara layanan» "
        "«yang transparan|tanpa pungutan di luar ketentuan», «dan|sedangkan» {r2} «menjamin hak warga|memberi ruang» «untuk mengadu|untuk "
        "menyampaikan keluhan». «Karena itu|Oleh sebab itu», «praktik seperti ini|tindakan tersebut» «jelas tidak dapat dibenarkan|patut "
        "ditindak».\n\n", r1=n_reg(rng), r2=n_reg(rng))


def long_request(d, rng, p, cast):
    d.w("«Oleh karena itu, saya memohon|Dengan ini saya memohon|Melalui LAPOR! saya meminta»:\n1. «Agar|Supaya» «oknum|petugas» tersebut "
        "«diperiksa|diberi sanksi» «sesuai aturan|secara tegas»;\n2. «Uang|Pungutan» «yang sudah dibayarkan|warga» «dikembalikan|dikembalikan utuh»;\n"
        "3. «Berkas kami|Permohonan kami» «segera diproses|diselesaikan» «tanpa biaya tambahan|tanpa dipersulit».\n\n")


def long_contact(d, rng, p, cast):
    d.w("«Saya bersedia dihubungi|Untuk klarifikasi, saya dapat dihubungi» «melalui|lewat» {ph}«, telepon rumah {ll},| (rumah: {ll})|» «atau|maupun» «email|surel» {e}. "
        "«Saya juga siap|Saya bersedia» «menunjukkan bukti|menyerahkan bukti transfer dan rekaman». «Mohon identitas saya dirahasiakan|"
        "Mohon kerahasiaan pelapor dijaga».\n\n«Hormat saya|Salam hormat|Terima kasih»,\n{n}", ph=p.PH(), e=p.EM(), n=p.P(),
        ll=landline(rng, p.reg))


def long_background(d, rng, p, cast):
    d.w("«Sebagai informasi,|Perlu saya sampaikan,|Sebagai latar belakang,» saya «tinggal|menetap» di «lingkungan ini|wilayah tersebut» "
        "«sejak|mulai» {yr} «bersama|dengan» «pasangan saya|keluarga saya,» {sp} «dan|serta» «anak-anak|anak kami». «Kartu Keluarga kami|KK kami» "
        "«bernomor|nomor» {kk}«, dan semua|, seluruh» «pajak|kewajiban» «kami bayar tepat waktu|selalu kami penuhi». «Kami tidak pernah|Belum pernah "
        "sekalipun kami» «bermasalah dengan|berselisih dengan» «aparat|perangkat» «setempat|desa».\n\n",
        yr=n_year(rng, 1995, 2019), sp=cast["sp"].P(), kk=p.KK())


def long_witness(d, rng, p, cast):
    w = cast["w"]
    d.w("«Kejadian di kantor itu|Peristiwa tersebut» «disaksikan oleh|dilihat langsung oleh» {hon}{w} «yang saat itu|yang kebetulan» "
        "«sedang antre|juga mengurus surat». «Beliau|Ia» «bersedia|siap» «memberi keterangan|menjadi saksi» «dan|serta» «dapat dihubungi|bisa dihubungi» "
        "«di|melalui» {wph}. «Rumah beliau|Saksi tinggal» «di|tidak jauh dari rumah saya, di» {wa}.\n\n",
        hon=L(w.HON() + " "), w=w.P(), wph=w.PH(), wa=w.AD())


def long_social(d, rng, p, cast):
    o = cast["official"]
    k = cast["kin"]
    d.w("«Setelah saya|Begitu saya» «mengunggah|menceritakan» «masalah ini|keluhan ini» «di media sosial|di Facebook», «akun|seseorang dengan akun» "
        "{h} «mengirim pesan|mengomentari unggahan saya» «bernada ancaman|yang mengintimidasi». «Belakangan saya tahu|Ternyata» "
        "«akun itu dikelola|akun itu milik|pemilik akun itu adalah» {kn}, «kerabat|adik ipar» {o}. «Email|Alamat email» «yang tertaut|yang dipakai» «di akun itu|pada akun tersebut» {em}.\n\n",
        h=k.HD(), kn=k.P(), o=o.P("call"), em=k.EM())


def gen_long(d, rng, pii):
    if not pii:
        return long_nopii(d, rng)
    p = Person(rng)
    cast = {"official": Person(rng, reg=p.reg, age="pns"), "kin": Person(rng, reg=p.reg), "n2": Person(rng, reg=p.reg),
            "n3": Person(rng, reg=p.reg), "rt": Person(rng, reg=p.reg, sex="L"), "w": Person(rng, reg=p.reg),
            "sp": Person(rng, reg=p.reg, sex="P" if p.sex == "L" else "L", group=p.group),
            "kid": Person(rng, reg=p.reg, age="child", group=p.group)}
    long_intro(d, rng, p, rng.choice(TOPICS_LONG))
    long_chrono(d, rng, p, cast)
    rest = [long_neighbors, long_vehicle, long_impact, long_effort, long_legal, long_background, long_witness, long_social]
    rng.shuffle(rest)
    target = rng.randint(1900, 2700)
    for fn in rest:
        if d.n >= target:
            break
        fn(d, rng, p, cast)
    long_request(d, rng, p, cast)
    long_contact(d, rng, p, cast)


def nopii_econ(d, rng):
    d.w("«Kerusakan ini|Kondisi ini» «berdampak|berpengaruh» «pada|terhadap» «ekonomi warga|usaha kecil». «Ongkos angkut|Biaya angkut» «sayur|gabah» "
        "«naik|melonjak» «menjadi|hingga» {pr} «per karung|per kuintal», «dan|sementara» «pedagang|pelaku UMKM» «di sekitar|di sepanjang» {road} "
        "«mengeluh|merugi» «karena omzet turun|karena sepi pembeli». «Ojek|Angkot» «menolak|enggan» «masuk|lewat» «setelah|sejak» {dt}.\n\n",
        pr=n_price(rng), road=n_road(rng), dt=n_date(rng))


def nopii_history(d, rng):
    d.w("«Jalan ini|Ruas tersebut» «terakhir|pernah» «diperbaiki|diaspal» «pada|tahun» {yr} «dengan anggaran|senilai» {pr}, «namun|tetapi» "
        "«kualitasnya|hasilnya» «buruk|asal-asalan»; «baru|hanya» {cnt} «sudah|lalu» «rusak lagi|mengelupas». «Papan proyek|Papan informasi» "
        "«mencantumkan|menyebut» «nomor kontrak|kontrak» {ct}«, tanpa nama pelaksana yang jelas|, tetapi tidak mencantumkan masa pemeliharaan».\n\n",
        yr=n_year(rng), pr=n_price(rng, big=True), cnt=n_count(rng, "dur"),
        ct=N(f"{rng.randint(10, 999):03d}/SPK/PUPR/{rng.randint(2019, 2024)}", "contract_no"))


def nopii_petition(d, rng):
    d.w("«Sebanyak|Total» {cnt} «telah menandatangani|ikut menandatangani» «petisi|surat pernyataan» «yang|dan» «kami serahkan|sudah diserahkan» "
        "«ke|kepada» «kantor kecamatan|DPRD» «pada|tanggal» {dt}. «Tanda terima|Bukti penerimaan» «bernomor|nomor» {no}«, tetapi|, namun» "
        "«sampai kini|hingga hari ini» «tidak ada|belum ada» «jawaban tertulis|tindak lanjut».\n\n",
        cnt=n_count(rng, "people"), dt=n_date(rng), no=n_surat(rng))


def nopii_school(d, rng):
    d.w("«Anak-anak|Para siswa» «SD|SMP» «di wilayah kami|di sekitar lokasi» «harus|terpaksa» «berangkat|berjalan» «lebih awal|sejak subuh» "
        "«karena|sebab» «angkutan|mobil jemputan» «tidak bisa lewat|berhenti beroperasi». «Pihak sekolah|Kepala sekolah» «sudah|juga» "
        "«mengirim surat|melapor» «ke|kepada» {ie} «dan|serta» «menghubungi|menelepon» {hot}.\n\n",
        ie=n_iemail(rng), hot=n_hotline(rng))


def long_nopii(d, rng):
    d.w("«Dengan hormat,|Yth. Admin LAPOR!,»\n\n«Kami warga|Kami perwakilan warga» {rt} «ingin menyampaikan|menyampaikan» «keluhan|aspirasi» «mengenai|terkait» "
        "«kondisi|kerusakan» {road} {km}. «Sejak|Mulai» {dt}, «jalan tersebut|ruas itu» «berlubang di banyak titik|amblas sepanjang puluhan meter», "
        "«dan|sehingga» «sudah|setidaknya» {cnt} «kecelakaan|pengendara jatuh».\n\n", rt=n_rt(rng), road=n_road(rng), km=n_km(rng),
        dt=n_date(rng), cnt=n_count(rng, "kali"))
    d.w("«Jalan ini|Ruas ini» «merupakan akses utama|adalah satu-satunya akses» «menuju|ke» {hs} «dan|serta» «sekolah|SD negeri» «dengan|ber-»NPSN {np}. "
        "«Ambulans|Mobil jenazah» «sering|kerap» «terjebak|tertahan» «macet|di lubang», «dan|sedangkan» «siswa|anak-anak» «harus|terpaksa» "
        "«berjalan kaki|memutar» «sejauh|hingga» {km2}. «Tercatat|Sedikitnya» {kk} «terdampak langsung|merasakan dampaknya».\n\n",
        hs=n_hosp(rng), np=n_npsn(rng), km2=n_km(rng), kk=n_kkcount(rng))
    d.w("«Kami sudah|Warga sudah» «mengajukan|mengusulkan» «perbaikan|pengaspalan» «melalui|dalam» «musrenbang|rapat desa» {yr} «dan|lalu» {yr2}, "
        "«dengan estimasi biaya|dengan perkiraan anggaran» {pr}. «Namun|Tetapi» «usulan itu|usulan kami» «tidak pernah|belum pernah» «masuk|diakomodasi» "
        "«APBD|anggaran». «Laporan sebelumnya|Aduan kami sebelumnya» «dengan nomor|bernomor» {tk} «ditutup sepihak|ditandai selesai» "
        "«tanpa perbaikan|padahal belum diperbaiki».\n\n", yr=n_year(rng), yr2=n_year(rng), pr=n_price(rng, big=True), tk=n_ticket(rng))
    d.w("«Kami juga sudah|Kami pun telah» «mengirim surat|menyurati» {ie} «dan|serta» «menandai|menyebut» {ih} «di media sosial|di Instagram», "
        "«tetapi|namun» «belum ada tanggapan|tidak ada respons». «Saat hujan deras|Ketika hujan» {dt2}, «genangan|air» «mencapai|setinggi» "
        "«lutut orang dewasa|50 cm» «dan|sehingga» «SPBU|pom bensin» {sp} «di ujung jalan|di sekitar lokasi» «ikut tutup|terpaksa tutup».\n\n",
        ie=n_iemail(rng), ih=n_ihandle(rng), dt2=n_date(rng), sp=n_spbu(rng))
    extra = [nopii_econ, nopii_history, nopii_petition, nopii_school]
    rng.shuffle(extra)
    target = rng.randint(2050, 2600)
    for fn in extra:
        if d.n >= target - 650:
            break
        fn(d, rng)
    d.w("«Menurut|Berdasarkan» {reg}, «pemerintah daerah wajib|penyelenggara jalan wajib» «segera memperbaiki|memperbaiki» «jalan rusak|kerusakan jalan» "
        "«yang dapat membahayakan|yang membahayakan» «pengguna jalan|keselamatan». «Karena itu kami memohon|Kami mohon» «perbaikan permanen|"
        "penanganan darurat» «sebelum|menjelang» «musim hujan|puncak musim hujan», «dan|serta» «pemasangan|penambahan» «lampu|rambu» "
        "«di sepanjang|sepanjang» {road2}.\n\n«Dalam keadaan darurat|Jika terjadi kecelakaan lagi», «warga|kami» «menghubungi|akan menghubungi» {hot}. "
        "«Terima kasih atas perhatiannya.|Atas perhatian Bapak/Ibu kami ucapkan terima kasih.»\n\n«Hormat kami|Salam»,\n«Warga|Perwakilan warga» {rt}",
        reg=N("UU No. 22 Tahun 2009", "regulation"), road2=n_road(rng), hot=N("112", "hotline"), rt=n_rt(rng))


def gen_caps(d, rng, pii):
    d.case = "upper"
    gen_general(d, rng, pii) if rng.random() < 0.8 else (gen_regional(d, rng, pii) if rng.random() < 0.5 else gen_health(d, rng, pii))


def gen_lower(d, rng, pii):
    d.case = "lower"
    r = rng.random()
    if r < 0.6:
        gen_general(d, rng, pii)
    elif r < 0.8:
        gen_scam(d, rng, pii)
    else:
        gen_health(d, rng, pii)

# ============================================================================================
# driver
GEN = {"bap": gen_bap, "kuasa": gen_kuasa, "domisili": gen_domisili, "ocr": gen_ocr, "ktp": gen_ktp,
       "chatbot": gen_chatbot, "broadcast": gen_broadcast, "scam": gen_scam, "health": gen_health,
       "bilingual": gen_bilingual, "regional": gen_regional, "short": gen_short, "long": gen_long,
       "caps": gen_caps, "lower": gen_lower}
SEG = re.compile(r"\n|(?<=[.!?])\s+")
TOK = re.compile(r"\x01\w+\x01|[^\W\d_]{2,}")


def frames_of(skel):
    out = []
    for seg in SEG.split("".join(skel)):
        toks = TOK.findall(seg.lower())
        if sum(1 for t in toks if not t.startswith("\x01")) >= FRAME_MIN_WORDS:
            out.append(" ".join(toks))
    return out


def build(rng, style, pii):
    d = Doc(rng)
    d.wrap_p = 0.0
    GEN[style](d, rng, pii)
    text = d.text()
    n = len(text.rstrip())
    spans = [s for s in d.spans]
    assert all(s["end"] <= n for s in spans)
    text = text[:n]
    near = [(a, min(b, n), k) for a, b, k in d.near if a < n]
    if d.wrap_p:
        inside = [False] * len(text)
        for s in spans:
            for i in range(s["start"], s["end"]):
                inside[i] = True
        ch = list(text)
        for i, c in enumerate(ch):
            if c == " " and not inside[i] and 0 < i < len(ch) - 1 and ch[i - 1] != "\n" and ch[i + 1] not in " \n" \
                    and rng.random() < d.wrap_p:
                ch[i] = "\n"
        text = "".join(ch)
    return {"text": text, "spans": spans, "_near": near, "_frames": frames_of(d.skel), "_style": style, "_pii": pii}


def style_ok(rec):
    t, st = rec["text"], rec["_style"]
    if rec["_pii"] != bool(rec["spans"]):
        return False
    if not rec["_pii"] and not rec["_near"]:
        return False
    if st == "short" and len(t) >= 80:
        return False
    if st == "long" and not (2000 <= len(t) and len(t.encode("utf-8")) <= 4096):
        return False
    return True


def generate():
    rng = random.Random(SEED)
    plan = []
    for style, npii, nno in PLAN:
        plan += [(style, True)] * npii + [(style, False)] * nno
    rng.shuffle(plan)
    frames = Counter()
    records, retries = [], Counter()
    for i, (style, pii) in enumerate(plan, 1):
        for _ in range(400):
            rec = build(rng, style, pii)
            if not style_ok(rec):
                retries[style + ":shape"] += 1
                continue
            c = Counter(rec["_frames"])
            if any(frames[k] + v > MAX_FRAME_REUSE for k, v in c.items()):
                retries[style + ":frame"] += 1
                continue
            break
        else:
            raise RuntimeError(f"could not build record {i} ({style}, pii={pii})")
        frames.update(rec["_frames"])
        rec["id"] = f"t18-{i:04d}-{style}"
        records.append(rec)
    return records, retries


def public(rec):
    return {"id": rec["id"], "text": rec["text"],
            "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in rec["spans"]]}


def serialize(records):
    return "".join(json.dumps(public(r), ensure_ascii=False) + "\n" for r in records).encode("utf-8")


# ============================================================================================
# validation
HONORIFICS = {"bapak", "pak", "ibu", "bu", "sdr.", "sdri.", "saudara", "mas", "mbak", "bang", "kak", "haji", "h.", "hj.",
              "ustaz", "dr.", "ir.", "drs.", "tn.", "ny.", "an.", "by.", "om", "tante", "kang", "teh", "ceu", "bli", "mbok",
              "daeng", "dg.", "koh", "cik", "uda", "uni", "inaq", "amaq", "mr.", "mrs.", "ms.", "madam", "bidan", "pakde",
              "bude", "usi", "bung", "mang", "amang", "inang", "keuchik", "geuchik", "kadus", "ners", "perawat"}
ADDR_START = re.compile(r"(?i)(jl\.?|jln\.?|jalan|gg\.?|lr\.?|perum|komp\.?|btn|dusun|dsn\.|jorong|kp\.?|kampung|rt\.?)(?=[\s.]|\d|$)")
RE_EMAIL_FULL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")
RE_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
RE_DIGITS = re.compile(r"\d(?:[ .\-]?\d)*")
RE_PLATE = re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(sorted(PLATE_CODES, key=len, reverse=True)) +
                      r")[ -]?\d{1,4}[ -]?[A-Za-z]{1,3}(?![A-Za-z0-9])", re.I)
RE_PLATE_FULL = re.compile(r"([A-Za-z]{1,2})[ -]?\d{1,4}[ -]?[A-Za-z]{1,3}")


def nik_date_ok(dg, meta):
    dd, mm, yy = int(dg[6:8]), int(dg[8:10]), int(dg[10:12])
    if meta["sex"] == "P":
        dd -= 40
    dob = meta["dob"]
    return (dd, mm, yy) == (dob.day, dob.month, dob.year % 100)


def check_value(lab, v, meta):
    dg = re.sub(r"\D", "", v)
    if lab == "NIK":
        if meta.get("fragment"):
            return len(dg) == 8
        if meta.get("typo"):
            return len(dg) in (15, 17) and re.fullmatch(r"\d+", v) is not None
        return (len(dg) == 16 and int(dg[:2]) in PROV_CODES and nik_date_ok(dg, meta)
                and any(v == fmt16(dg, f) for f in ("plain", "space", "dash", "dots")))
    if lab == "KK":
        if len(dg) != 16 or int(dg[:2]) not in PROV_CODES:
            return False
        try:
            dt.date(2000 + int(dg[10:12]), int(dg[8:10]), int(dg[6:8]))
        except ValueError:
            return False
        return (not meta.get("same")) or dg[:6] == meta["nik"][:6]
    if lab == "NPWP":
        if meta.get("form") == "nik":
            return dg == meta["nik"]
        if len(dg) == 16:
            dg = dg[1:]
        return len(dg) == 15 and dg[0] == "0" and dg[1] in "456789" and dg.endswith("000")
    if lab == "PHONE":
        if v.startswith("+") and not v.startswith("+62"):
            return 9 <= len(dg) <= 14
        if v.startswith("(0") or re.match(r"0[2-7]", v):
            return 9 <= len(dg) <= 12
        loc = "0" + dg[2:] if dg.startswith("62") else dg
        return loc[:4] in MOBILE_PREFIXES and 11 <= len(loc) <= 13
    if lab == "EMAIL":
        return RE_EMAIL_FULL.fullmatch(v) is not None
    if lab == "PLATE":
        m = RE_PLATE_FULL.fullmatch(v)
        return m is not None and m.group(1).upper() in PLATE_CODES
    if lab == "BANK_ACCOUNT":
        return len(dg) in (10, 13, 14, 15, 16) and re.fullmatch(r"[\d \-]+", v) is not None
    if lab == "PASSPORT":
        return re.fullmatch(r"[A-Z] ?\d{7}", v) is not None
    if lab == "BPJS":
        return len(dg) == 13 and dg.startswith("000")
    if lab == "NIP":
        dob = meta["dob"]
        return (len(dg) == 18 and dg[:8] == f"{dob.year}{dob.month:02d}{dob.day:02d}"
                and dg[14] == ("1" if meta["sex"] == "L" else "2") and int(dg[8:12]) >= dob.year + 18)
    if lab == "DATE_OF_BIRTH":
        return v.lower() in {fmt_date(meta["dob"], f).lower() for f in ALL_DATE_FORMS}
    if lab == "HANDLE":
        return re.fullmatch(r"@[A-Za-z0-9_.]*[A-Za-z0-9_]", v) is not None
    if lab == "PERSON":
        first = v.split()[0].lower()
        return (first not in HONORIFICS and not re.search(r"\d", v) and re.search(r"[^\W\d_]", v) is not None
                and not v.endswith(","))
    if lab == "ADDRESS":
        return ADDR_START.match(v) is not None or re.fullmatch(r"\d{3}/\d{3}", v) is not None
    return False


def validate(records, retries=None):
    errs = []
    E = errs.append
    if len(records) != sum(a + b for _, a, b in PLAN):
        E(f"record count {len(records)}")
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        E("duplicate ids")
    want = {s: (a, b) for s, a, b in PLAN}
    got = defaultdict(lambda: [0, 0])
    labels = Counter()
    frames = Counter()
    for r in records:
        rid, t = r["id"], r["text"]
        m = re.fullmatch(r"t18-(\d{4})-([a-z]+)", rid)
        if not m or m.group(2) != r["_style"]:
            E(f"{rid}: bad id")
        got[r["_style"]][0 if r["spans"] else 1] += 1
        prev = 0
        mask = list(t)
        for s in r["spans"]:
            a, b, lab = s["start"], s["end"], s["label"]
            if not (0 <= a < b <= len(t)):
                E(f"{rid}: span out of range {s}")
                continue
            if a < prev:
                E(f"{rid}: spans unsorted/overlapping at {a}")
            prev = b
            v = t[a:b]
            if v != s["value"]:
                E(f"{rid}: value mismatch {v!r} vs {s['value']!r}")
            if v != v.strip():
                E(f"{rid}: outer whitespace {v!r}")
            if a > 0 and t[a - 1].isalnum():
                E(f"{rid}: glued left {t[a - 1:b]!r}")
            if b < len(t) and t[b].isalnum():
                E(f"{rid}: glued right {t[a:b + 1]!r}")
            if lab not in LABELS:
                E(f"{rid}: bad label {lab}")
            elif not check_value(lab, v, s["meta"]):
                E(f"{rid}: {lab} value fails format/consistency: {v!r}")
            labels[lab] += 1
            for i in range(a, b):
                mask[i] = "\x00"
        masked = "".join(mask)
        near = r["_near"]
        for a, b, k in near:
            if any(s["start"] < b and a < s["end"] for s in r["spans"]):
                E(f"{rid}: near-miss overlaps a span {t[a:b]!r}")

        def covered(a, b):
            return all(any(na <= i < nb for na, nb, _ in near) for i in range(a, b) if t[i].isalnum() or t[i] == "@")
        for mm in RE_EMAIL.finditer(masked):
            if not covered(*mm.span()):
                E(f"{rid}: unregistered email-like {mm.group()!r}")
        for i, c in enumerate(masked):
            if c == "@" and not covered(i, i + 1):
                E(f"{rid}: unregistered @ at {t[max(0, i - 10):i + 15]!r}")
        for mm in RE_DIGITS.finditer(masked):
            if sum(ch.isdigit() for ch in mm.group()) >= 10 and not covered(*mm.span()):
                E(f"{rid}: unregistered long digit run {mm.group()!r}")
        for mm in RE_PLATE.finditer(masked):
            # a plate-like window may run past a registered near-miss into the next word ('Samsung A54 di'):
            # it is accounted for when it overlaps a registered near-miss
            if not any(na < mm.end() and mm.start() < nb for na, nb, _ in near):
                E(f"{rid}: unregistered plate-like token {mm.group()!r}")
        st = r["_style"]
        if st == "short" and len(t) >= 80:
            E(f"{rid}: short text too long")
        if st == "long" and not (2000 <= len(t) and len(t.encode('utf-8')) <= 4096):
            E(f"{rid}: long text size {len(t)}")
        if st == "caps" and t != t.upper():
            E(f"{rid}: not all caps")
        if st == "lower" and t != t.lower():
            E(f"{rid}: not all lower case")
        if not r["spans"] and not near:
            E(f"{rid}: no-PII text without near-miss")
        frames.update(r["_frames"])
    for s, (a, b) in want.items():
        if tuple(got[s]) != (a, b):
            E(f"style {s}: got {got[s]}, want {(a, b)}")
    for lab in LABELS:
        if labels[lab] < 10:
            E(f"label {lab}: only {labels[lab]} spans")
    top = frames.most_common(1)
    if top and top[0][1] > MAX_FRAME_REUSE:
        E(f"frame reused {top[0][1]} times: {top[0][0]!r}")
    return errs, labels, frames


def stats(records, retries, labels, frames):
    out = []
    P = out.append
    P(f"records {len(records)}; with PII {sum(1 for r in records if r['spans'])}; "
      f"no PII {sum(1 for r in records if not r['spans'])}; spans {sum(len(r['spans']) for r in records)}")
    P("\nstyle        pii  nopii  avg_chars")
    by = defaultdict(list)
    for r in records:
        by[r["_style"]].append(r)
    for s, _, _ in PLAN:
        rs = by[s]
        P(f"{s:12s} {sum(1 for r in rs if r['spans']):4d} {sum(1 for r in rs if not r['spans']):6d} "
          f"{sum(len(r['text']) for r in rs) / len(rs):9.0f}")
    P("\nlabel          spans")
    for lab in LABELS:
        P(f"{lab:14s} {labels[lab]:5d}")
    nk = Counter(k for r in records for _, _, k in r["_near"])
    P("\nnear-miss kinds: " + ", ".join(f"{k}={v}" for k, v in sorted(nk.items(), key=lambda x: -x[1])))
    P(f"\nshortest text {min(len(r['text']) for r in records)} chars; longest {max(len(r['text']) for r in records)} chars")
    P(f"distinct sentence frames (>= {FRAME_MIN_WORDS} literal words) {len(frames)}; max reuse "
      f"{frames.most_common(1)[0][1] if frames else 0}")
    P("regeneration retries: " + (", ".join(f"{k}={v}" for k, v in sorted(retries.items())) or "none"))
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="regenerate and compare with eighteenth.jsonl byte-for-byte")
    ap.add_argument("--stats", action="store_true", help="print corpus statistics")
    ap.add_argument("--out", default=OUT)
    a = ap.parse_args()
    records, retries = generate()
    errs, labels, frames = validate(records, retries)
    if errs:
        print(f"VALIDATION FAILED ({len(errs)} problems)", file=sys.stderr)
        for e in errs[:60]:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    data = serialize(records)
    # re-read check: offsets survive the JSON round trip
    for line, r in zip(data.decode("utf-8").splitlines(), records):
        o = json.loads(line)
        assert o["text"] == r["text"] and all(o["text"][s["start"]:s["end"]] == q["value"] for s, q in zip(o["spans"], r["spans"]))
    if a.stats:
        print(stats(records, retries, labels, frames))
    if a.check:
        with open(a.out, "rb") as f:
            old = f.read()
        if old != data:
            print("CHECK FAILED: regenerated corpus differs from " + a.out, file=sys.stderr)
            sys.exit(1)
        print(f"check ok: {a.out} is byte-identical to the regenerated corpus ({len(records)} records), validation passed")
        return
    if not a.stats:
        with open(a.out, "wb") as f:
            f.write(data)
        print(f"wrote {a.out}: {len(records)} records, {sum(labels.values())} spans; validation passed")


if __name__ == "__main__":
    main()
