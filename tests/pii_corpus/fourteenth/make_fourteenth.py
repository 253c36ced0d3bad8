#!/usr/bin/env python3
"""Generate the `fourteenth` held-out PII corpus (synthetic Indonesian public-service complaints).

Written from the annotation guide only.  Standard library only, deterministic.

usage:
    python3 make_fourteenth.py            # validate, then write fourteenth.jsonl next to this script
    python3 make_fourteenth.py --stats    # same, and print per-style / per-label counts (Markdown)
    python3 make_fourteenth.py --check    # rebuild in memory, compare byte-for-byte with the file on disk

Every record gets its own random.Random seeded with the string
"14122026|<record number>|<style>", so nothing depends on PYTHONHASHSEED.  Texts are built
by appending pieces; span offsets are recorded while appending (never searched for afterwards).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import sys
from collections import Counter, OrderedDict

SEED = 14122026
N_RECORDS = 400
N_NOPII = 80
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fourteenth.jsonl")

LABELS = ["NIK", "KK", "NPWP", "PHONE", "EMAIL", "PLATE", "BANK_ACCOUNT", "PASSPORT",
          "BPJS", "NIP", "PERSON", "ADDRESS", "DATE_OF_BIRTH", "HANDLE"]

# style -> (number of texts, how many of them carry no PII at all)
STYLES = OrderedDict([
    ("surat", (26, 5)),        # formal letters with letterhead / Perihal / signature blocks
    ("telepon", (26, 5)),      # transcribed call-centre calls
    ("grupchat", (28, 6)),     # Telegram / Discord group chats
    ("komentar", (26, 5)),     # TikTok / YouTube comment threads
    ("forum", (24, 5)),        # Kaskus-style forum posts
    ("liputan", (26, 5)),      # journalist / NGO report paraphrasing a complaint
    ("petisi", (20, 3)),       # collective complaints with signatory lists
    ("layanan", (26, 5)),      # BPJS / hospital / school admission
    ("migran", (22, 4)),       # migrant workers (PMI) and Hajj pilgrims
    ("tanah", (26, 5)),        # land / inheritance disputes
    ("kendaraan", (24, 5)),    # vehicles, traffic, parking
    ("campur", (26, 5)),       # code-mixed regional language
    ("ocr", (24, 5)),          # OCR'd / badly typed
    ("pendek", (24, 6)),       # under 80 characters
    ("panjang", (16, 3)),      # 2-4 KB, several paragraphs
    ("kapital", (20, 4)),      # ALL CAPS or all lower case
    ("english", (16, 4)),      # English or English-mixed (diaspora, foreigners)
])


# --------------------------------------------------------------------------- text builder

class Doc:
    """Text built by appending pieces; PII pieces record their span as they are appended."""

    def __init__(self, case=None, noise=None):
        self.parts = []
        self.spans = []
        self.n = 0
        self.case = case          # None, "upper" or "lower" (applied piece by piece)
        self.noise = noise        # callable applied to non-PII pieces (OCR style)

    def _case(self, s):
        if self.case == "upper":
            r = s.upper()
        elif self.case == "lower":
            r = s.lower()
        else:
            r = s
        if len(r) != len(s):
            raise ValueError("case change altered length: %r" % s)
        return r

    def t(self, *pieces):
        for s in pieces:
            if not s:
                continue
            s = self._case(s)
            if self.noise is not None:
                s = self.noise(s)
            self.parts.append(s)
            self.n += len(s)
        return self

    def p(self, value, label):
        if label not in LABELS:
            raise ValueError(label)
        value = self._case(value)
        self.spans.append({"start": self.n, "end": self.n + len(value), "label": label,
                           "want": value})
        self.parts.append(value)
        self.n += len(value)
        return self

    def f(self, tpl, *args):
        """Template with positional {} holes; a hole gets a str (plain) or (value, LABEL)."""
        bits = tpl.split("{}")
        if len(bits) != len(args) + 1:
            raise ValueError("template/argument mismatch: %r" % tpl)
        for i, a in enumerate(args):
            self.t(bits[i])
            self.put(a)
        self.t(bits[-1])
        return self

    def put(self, a):
        if isinstance(a, tuple):
            self.p(a[0], a[1])
        elif isinstance(a, list):
            for x in a:
                self.put(x)
        else:
            self.t(a)
        return self

    def text(self):
        return "".join(self.parts)


# --------------------------------------------------------------------------- small helpers

def wchoice(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.uniform(0, total)
    acc = 0.0
    for v, w in pairs:
        acc += w
        if x <= acc:
            return v
    return pairs[-1][0]


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def mdays(y, m):
    if m == 2:
        return 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28
    return 30 if m in (4, 6, 9, 11) else 31


BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember"]
BLN3 = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]

# --------------------------------------------------------------------------- names (all invented combinations)

JAVA_M1 = ["Slamet", "Paijo", "Tukiman", "Ponimin", "Karyadi", "Sutrisno", "Suparno", "Sukardi",
           "Wagimin", "Sarmin", "Paimin", "Kasdi", "Darto", "Suyatno", "Sugeng", "Mulyono", "Parno",
           "Rusdi", "Tarno", "Jumadi", "Sukirno", "Legiman", "Marsono", "Sadimin", "Warsito",
           "Harjo", "Sumadi", "Kartono", "Supardi", "Ngadimin", "Tugiyo", "Painan"]
JAVA_F1 = ["Suparmi", "Sukinah", "Sumiyati", "Wagiyem", "Tumini", "Sulastri", "Painem", "Ngatini",
           "Sarinah", "Parmi", "Sumarni", "Suwarni", "Tukiyem", "Jumiati", "Mujiyem", "Kasiyah",
           "Rubiyah", "Sutinah", "Surtini", "Legini", "Warsini", "Partini", "Yatmi", "Ngatiyem",
           "Sriyani", "Sumirah", "Tarsih"]
JAVA_M = ["Budi", "Agus", "Bambang", "Joko", "Eko", "Dwi", "Teguh", "Hadi", "Bowo", "Wahyu", "Arief",
          "Hendro", "Yudi", "Priyo", "Tri", "Adi", "Dimas", "Bayu", "Anang", "Wisnu", "Heru", "Sigit",
          "Rudi", "Setyo", "Danang", "Gunadi", "Haryo"]
JAVA_F = ["Sri", "Dewi", "Endang", "Rina", "Wulan", "Ratna", "Tutik", "Yuni", "Indah", "Retno", "Ayu",
          "Dyah", "Siti", "Nur", "Anik", "Puji", "Eni", "Sekar", "Murni", "Winarti", "Kartika"]
JAVA_FAM = ["Santoso", "Wibowo", "Susilo", "Prasetyo", "Nugroho", "Hartono", "Setiawan", "Purnomo",
            "Wijayanto", "Kusuma", "Saputra", "Rahayu", "Lestari", "Handayani", "Wulandari", "Suryani",
            "Pratiwi", "Utomo", "Susanto", "Haryanto", "Sulistyo", "Mulyani", "Astuti", "Rahmawati",
            "Setyaningsih", "Puspitasari", "Yulianti", "Sutanto", "Budiman", "Wicaksono", "Permadi",
            "Hariyadi", "Subagyo", "Sasongko", "Darmawan", "Triyono", "Supriyadi", "Maryono",
            "Raharjo", "Wardoyo", "Purwanto", "Sudarsono", "Riyanto", "Kuswanto", "Winarno"]

SUNDA_M = ["Asep", "Ujang", "Dede", "Cecep", "Iwan", "Engkus", "Dadang", "Ade", "Yayan", "Aep",
           "Jajang", "Deden", "Encep", "Oman", "Dadan", "Usep"]
SUNDA_F = ["Euis", "Cucu", "Entin", "Iis", "Neneng", "Imas", "Yayah", "Lilis", "Elis", "Ai", "Ela",
           "Tati", "Nining", "Popon", "Enok", "Dedeh"]
SUNDA_FAM = ["Saepudin", "Supriatna", "Sopandi", "Hidayat", "Permana", "Gunawan", "Ruhiyat",
             "Sukmana", "Suryana", "Komara", "Rusmana", "Nurjaman", "Kusnadi", "Mulyana", "Sumarna",
             "Sobari", "Ruhimat", "Komalasari", "Rosmiati", "Nurhasanah", "Suhendar", "Hermawan",
             "Juhana", "Sopiah", "Badrudin"]

BATAK_M = ["Hotman", "Parulian", "Togar", "Binsar", "Jonggi", "Maruli", "Halomoan", "Saut", "Tigor",
           "Poltak", "Bonar", "Sahat", "Marihot", "Robinson", "Hasiholan", "Manaek"]
BATAK_F = ["Hotnida", "Rosmawati", "Tiurma", "Lasma", "Dame", "Riris", "Romauli", "Sondang",
           "Masniari", "Tionar", "Rotua", "Lamria", "Nurmala", "Tetty", "Hotmaida"]
BATAK_MARGA = ["Simanjuntak", "Siregar", "Nasution", "Lubis", "Harahap", "Sitompul", "Situmorang",
               "Hutapea", "Panjaitan", "Pardede", "Silaban", "Sinaga", "Tambunan", "Manurung",
               "Simatupang", "Sihombing", "Hutagalung", "Napitupulu", "Purba", "Saragih", "Damanik",
               "Ginting", "Sembiring", "Tarigan", "Sitepu", "Pohan", "Marpaung", "Gultom",
               "Aritonang", "Batubara", "Daulay", "Rangkuti", "Hutabarat", "Sianturi"]

BALI_M_PRE = ["I Wayan", "I Made", "I Nyoman", "I Ketut", "I Putu", "I Gede", "I Komang", "I Kadek"]
BALI_F_PRE = ["Ni Luh", "Ni Made", "Ni Nyoman", "Ni Ketut", "Ni Putu", "Ni Wayan", "Ni Komang",
              "Ni Kadek", "Ni Luh Putu", "Ni Luh Made"]
BALI_M_GENTRY = ["Ida Bagus", "Anak Agung", "I Gusti Ngurah", "Cokorda", "I Gusti Bagus",
                 "Anak Agung Gede"]
BALI_F_GENTRY = ["Ida Ayu", "Anak Agung Istri", "I Gusti Ayu", "Cokorda Istri", "Anak Agung Ayu"]
BALI_NAMES = ["Sudarma", "Astawa", "Wirawan", "Suarsana", "Mahendra", "Sumerta", "Budiarta", "Yasa",
              "Arsana", "Widiantara", "Suardana", "Wiratama", "Adnyana", "Sutama", "Mertayasa",
              "Darmawan", "Sukadana", "Parwata", "Gunarta", "Swastika"]
BALI_F_NAMES = ["Suartini", "Ariani", "Sukerti", "Parwati", "Dewi", "Kertiasih", "Sriasih", "Sugiani",
                "Rusmini", "Wiryani", "Astiti", "Sudiani", "Purnamasari", "Candrawati"]

BUGIS_M = ["Muh. Arifin", "Abd. Rahman", "Syamsul", "Ilham", "Baso", "Amiruddin", "Kamaruddin",
           "Jufri", "Haerul", "Nasrullah", "Muh. Yusuf", "Abd. Kadir", "Hamzah", "Suardi", "Tenri"]
BUGIS_F = ["St. Aisyah", "St. Hasnah", "Hasnawati", "Rosdiana", "Haslinda", "Jumriah",
           "Nurfadillah", "Kasmawati", "St. Rahmatia", "Nurbaya", "Hasmiati", "Sumarlin"]
BUGIS_FAM = ["Rahman", "Syamsuddin", "Latif", "Pawellangi", "Tajuddin", "Sulaiman", "Paturusi",
             "Mappanyompa", "Makkasau", "Parenrengi", "Mangkona", "Pabittei", "Ramli", "Salam",
             "Mappiare", "Tahir", "Baharuddin"]

BUTON_M = ["Muhammad Syarif", "Ali Imran", "Rusdin", "Abdul Halim", "Kaimudin", "Sahrun", "Nuhu"]
BUTON_F = ["Nurhayati", "Hasniah", "Sitti Marlina", "Zahra", "Rosmini", "Asnia", "Salmia"]

ACEH_M = ["Zulkifli", "Mukhlis", "Nurdin", "Husaini", "Safrizal", "Munawar", "Razali", "Bukhari",
          "Iskandar", "Fadli", "Khairul", "Mahdi", "Azhari", "Syarifuddin", "Mawardi", "Irwandi"]
ACEH_F = ["Fauziah", "Nurul Aini", "Khairunnisa", "Ainal Mardhiah", "Yusnidar", "Nurhafni",
          "Salmiah", "Rahmah", "Nurasiah", "Maisarah", "Zahratul"]
ACEH_FAM = ["Ibrahim", "Hasan", "Abdullah", "Yusuf", "Ismail", "Usman", "Daud", "Hanafiah", "Jalil",
            "Puteh", "Mahmud", "Harun", "Sabi", "Gani"]

MINANG_M = ["Afrizal", "Syafrudin", "Zulhendri", "Masrul", "Efrizon", "Nofriadi", "Yusrizal",
            "Hendri", "Irwan", "Arman", "Dasrul", "Yonaldi"]
MINANG_F = ["Yulnita", "Yusnimar", "Rosnani", "Elvina", "Desmawati", "Asnidar", "Marlina",
            "Yenti", "Nurlela", "Syafnidar"]
MINANG_FAM = ["Amir", "Syam", "Rusli", "Effendi", "Nasir", "Yunus", "Kamal", "Bahar", "Taher",
              "Jamal", "Syahrial", "Azwar"]

MADURA_M = ["Moh. Holil", "Hosnan", "Mattali", "Matrawi", "Busiri", "Marsuki", "Asmuni",
            "Fathorrahman", "Suhairi", "Buhari", "Moh. Sahri", "Jumali"]
MADURA_F = ["Sa'diyah", "Jumaati", "Holilah", "Muzayyanah", "Hosniyah", "Sutiha", "Asiyah",
            "Misnati", "Rohmatun", "Sitti Rahmah"]
MADURA_FAM = ["Rofiq", "Hamid", "Syafi'i", "Munir", "Sholeh", "Hasyim", "Zaini", "Mahfud"]

SASAK_M = ["Suhaimi", "Muhammad Ali", "Wirajaya", "Satriawan", "Amrullah", "Sahnan", "Muhir",
           "Mahsun", "Sahdan", "Zainal", "Junaidi"]
SASAK_F = ["Nurhayati", "Rahmi", "Mardiana", "Rusni", "Nurmiati", "Halimah", "Sumiati", "Marniati"]
SASAK_FAM = ["Hamdi", "Sabirin", "Ramdhan", "Fathurrahman", "Hariadi", "Mustiadi"]

TORAJA_M = ["Yohanis", "Markus", "Petrus", "Daniel", "Simon", "Yusuf", "Lukas", "Matius"]
TORAJA_F = ["Ruth", "Debora", "Agustina", "Yuliana", "Ribka", "Sarah", "Martha", "Lidia"]
TORAJA_FAM = ["Pakiding", "Palimbong", "Tandirerung", "Sampe", "Rante", "Tangdilintin", "Pasolang",
              "Sarungallo", "Toding", "Bua", "Tandi", "Tulak", "Pongsapan", "Limbong",
              "Pata'dungan", "Bunga'", "Allo", "Tammu"]

NTT_M = ["Yosef", "Fransiskus", "Yohanes", "Agustinus", "Kornelis", "Servasius", "Aloysius",
         "Mikhael", "Dominggus", "Herman", "Paulus", "Antonius", "Yeremias", "Blasius", "Viktor"]
NTT_F = ["Maria", "Fransiska", "Marselina", "Veronika", "Emerensiana", "Florentina", "Theresia",
         "Yasinta", "Imelda", "Maria Goreti", "Oktovina", "Adriana"]
NTT_FAM = ["Seran", "Nahak", "Bria", "Mau", "Tefa", "Nubatonis", "Boimau", "Amaral", "da Costa",
           "Fernandes", "Manek", "Klau", "Lake", "Nope", "Tallo", "Lado", "Ndoen", "Tukan", "Koten",
           "Kelen", "Lamury", "Bataona", "Dhae", "Woda", "Bhoka", "Lopes", "Tae", "Atok"]

PAPUA_M = ["Marthen", "Agus", "Yakobus", "Ruben", "Elias", "Nikolas", "Herman", "Yulius", "Otto",
           "Demianus", "Hans", "Melkias"]
PAPUA_F = ["Selfina", "Naomi", "Lince", "Ester", "Petronela", "Mince", "Yakomina", "Susana",
           "Dorkas", "Salomina"]
PAPUA_FAM = ["Wenda", "Kogoya", "Murib", "Tabuni", "Yikwa", "Wonda", "Rumbiak", "Mandowen", "Kareth",
             "Ayomi", "Sawaki", "Rumbewas", "Wamafma", "Karubaba", "Waromi", "Yoku", "Ohee",
             "Krey", "Mirino", "Kambu", "Gobai", "Tekege", "Douw", "Wandik", "Rumaropen"]

MANADO_M = ["Johanis", "Frans", "Stevie", "Rinto", "Jefry", "Meiky", "Olvie", "Ronald", "Hendrik",
            "Decky"]
MANADO_F = ["Grace", "Meiske", "Novita", "Femmy", "Jeane", "Vanny", "Stella", "Marlyn", "Deisy"]
MANADO_FAM = ["Pattinama", "Latuheru", "Sahetapy", "Tuhumury", "Wattimena", "Pelupessy", "Lumenta",
              "Rumengan", "Sondakh", "Wowor", "Mandagi", "Pangemanan", "Kaunang", "Tumbelaka",
              "Supit", "Rondonuwu", "Lolowang", "Tampi", "Matulessy", "Soselisa"]

CHINA_FAM = ["Tan", "Lie", "Oei", "Liem", "Go", "Kwee", "Gouw", "Tjoa", "Ong", "The", "Lim", "Khoe",
             "Sie", "Njoo", "Thio"]
CHINA_GIVEN = ["Siok Lan", "Kim Hwa", "Bing Hok", "Mei Ling", "Hong Gie", "Swie Lan", "Tjeng Hoat",
               "Kiem Nio", "Hok Seng", "Giok Lan", "Tiong Ho"]
CHINA_M = ["Hendra", "Rudy", "Steven", "Kevin", "Hartono", "Yohan", "Sugianto", "Budianto",
           "Aliong", "Ferry"]
CHINA_F = ["Lily", "Vivian", "Felicia", "Jessica", "Yohana", "Lina", "Susanti", "Meilani", "Selvi",
           "Aling"]
CHINA_IND = ["Halim", "Tanudjaja", "Widjaja", "Setiadi", "Hartanto", "Salim", "Gunadi", "Sutedja",
             "Tanujaya", "Wirawan", "Limanto", "Kurniadi", "Tjandra"]

ARAB_M = ["Ahmad", "Muhammad", "Abdullah", "Hasan", "Husein", "Umar", "Ali", "Salim", "Ismail",
          "Yusuf", "Zainal Abidin", "Fuad", "Alwi"]
ARAB_F = ["Fatimah", "Aisyah", "Khadijah", "Zainab", "Maryam", "Siti Fatimah", "Nur Aini",
          "Ruqayyah", "Syarifah Nur", "Aminah", "Hafsah"]
ARAB_FAM = ["Alatas", "Assegaf", "Alaydrus", "Al-Habsyi", "Bahasuan", "Bawazier", "Shahab",
            "Al-Jufri", "Basalamah", "Bafadal", "Alhadar", "Bamatraf", "Baraqbah", "Bin Thalib"]

MODERN_M = ["Rizky", "Fajar", "Yoga", "Reza", "Aditya", "Bagas", "Raka", "Aldi", "Farhan", "Galih",
            "Hafiz", "Irfan", "Naufal", "Rangga", "Satria", "Taufik", "Dimas", "Gilang", "Yusril"]
MODERN_F = ["Putri", "Nabila", "Dinda", "Amelia", "Aulia", "Salsabila", "Citra", "Fitri", "Intan",
            "Kirana", "Laras", "Maya", "Nadia", "Olivia", "Rahma", "Tiara", "Vina", "Yasmin",
            "Anisa", "Shinta"]
MODERN_FAM = ["Ramadhan", "Pratama", "Maulana", "Saputri", "Azzahra", "Putra", "Firmansyah",
              "Nugraha", "Syahputra", "Anggraini", "Febriani", "Kusumawardhani", "Adiputra",
              "Rachman", "Hakim", "Fauzi", "Prasetya", "Sanjaya", "Utami", "Maharani", "Oktaviani",
              "Septiani", "Hidayatullah", "Kurniasari"]

# surnames of foreigners and diaspora partners (English style)
FOREIGN_M = ["Daniel", "Thomas", "Lucas", "James", "Kenji", "Mark", "Pieter", "Samuel", "Liam"]
FOREIGN_F = ["Emily", "Sarah", "Hannah", "Chloe", "Yuki", "Anna", "Olivia", "Megan", "Sophie"]
FOREIGN_FAM = ["Mitchell", "Van der Berg", "Thompson", "O'Brien", "Tanaka", "Kowalski", "Fischer",
               "Harrington", "MacLeod", "Jansen", "Whitfield", "Nakamura"]

GIVEN_POOLS = [JAVA_M1, JAVA_F1, JAVA_M, JAVA_F, SUNDA_M, SUNDA_F, BATAK_M, BATAK_F, BALI_NAMES,
               BALI_F_NAMES, BUGIS_M, BUGIS_F, BUTON_M, BUTON_F, ACEH_M, ACEH_F, MINANG_M, MINANG_F,
               MADURA_M, MADURA_F, SASAK_M, SASAK_F, TORAJA_M, TORAJA_F, NTT_M, NTT_F, PAPUA_M,
               PAPUA_F, MANADO_M, MANADO_F, CHINA_GIVEN, CHINA_M, CHINA_F, ARAB_M, ARAB_F, MODERN_M,
               MODERN_F, FOREIGN_M, FOREIGN_F]
FAMILY_POOLS = [JAVA_FAM, SUNDA_FAM, BATAK_MARGA, BUGIS_FAM, ACEH_FAM, MINANG_FAM, MADURA_FAM,
                SASAK_FAM, TORAJA_FAM, NTT_FAM, PAPUA_FAM, MANADO_FAM, CHINA_FAM, CHINA_IND,
                ARAB_FAM, MODERN_FAM, FOREIGN_FAM]


FEM_FAM = {"Rahayu", "Lestari", "Handayani", "Wulandari", "Suryani", "Pratiwi", "Mulyani", "Astuti", "Rahmawati",
           "Setyaningsih", "Puspitasari", "Yulianti", "Komalasari", "Rosmiati", "Nurhasanah", "Sopiah", "Saputri",
           "Azzahra", "Anggraini", "Febriani", "Kusumawardhani", "Utami", "Maharani", "Oktaviani", "Septiani",
           "Kurniasari"}
SURNAME_POOLS = {"batak": BATAK_MARGA, "manado": MANADO_FAM, "toraja": TORAJA_FAM, "ntt": NTT_FAM,
                 "papua": PAPUA_FAM, "arabic": ARAB_FAM, "minang": [], "foreign": FOREIGN_FAM}


def surname_of(full, pool):
    fams = SURNAME_POOLS.get(pool) or []
    best = ""
    for f in fams:
        if full.endswith(" " + f) and len(f) > len(best):
            best = f
    return best


def make_name(rng, pool, sex):
    full, short = _make_name(rng, pool, sex)
    if sex == "L":
        toks = full.split(" ")
        while toks[-1] in FEM_FAM:
            toks[-1] = rng.choice([x for x in JAVA_FAM + SUNDA_FAM + MODERN_FAM if x not in FEM_FAM])
        full = " ".join(toks)
        if short not in full:
            short = toks[-1]
    return full, short


def _make_name(rng, pool, sex):
    """Return (full name, short call name) for a cultural pool and sex 'L'/'P'."""
    m = sex == "L"
    c = rng.choice
    r = rng.random()
    if pool == "java":
        if r < 0.4:
            n = c(JAVA_M1 if m else JAVA_F1)
            return n, n
        g = c(JAVA_M if m else JAVA_F)
        if r < 0.75:
            full = g + " " + c(JAVA_FAM)
        else:
            full = g + " " + c(JAVA_M1 if m else JAVA_F1)
        short = full.split()[1] if g in ("Sri", "Tri", "Dwi", "Siti", "Nur") else g
        return full, short
    if pool == "sunda":
        g = c(SUNDA_M if m else SUNDA_F)
        if r < 0.25:
            return g, g
        return g + " " + c(SUNDA_FAM), g
    if pool == "batak":
        g = c(BATAK_M if m else BATAK_F)
        marga = c(BATAK_MARGA)
        if not m and r < 0.45:
            return g + " " + c(["br.", "br", "boru"]) + " " + marga, g
        return g + " " + marga, g
    if pool == "bali":
        names = BALI_NAMES if m else BALI_F_NAMES
        if r < 0.18:
            pre = c(BALI_M_GENTRY if m else BALI_F_GENTRY)
        else:
            pre = c(BALI_M_PRE if m else BALI_F_PRE)
        nm = c(names)
        if rng.random() < 0.3:
            nm2 = c(BALI_NAMES + BALI_F_NAMES)
            if nm2 != nm:
                nm = nm + " " + nm2
        return pre + " " + nm, nm.split()[-1]
    if pool == "bugis":
        if r < 0.3:
            g = c(["Baso", "Tenri", "Ahmad", "Rahmat", "Amir"] if m else
                  ["Tenri Ajeng", "Irma", "Nurul", "Sitti", "Ratna"])
            full = "Andi " + g
            if rng.random() < 0.4:
                full += " " + c(BUGIS_FAM)
            return full, g.split()[0]
        g = c(BUGIS_M if m else BUGIS_F)
        if rng.random() < 0.3:
            return g, g.split()[-1]
        return g + " " + c(BUGIS_FAM), g.split()[-1]
    if pool == "buton":
        g = c(BUTON_M if m else BUTON_F)
        if r < 0.7:
            return ("La Ode " if m else "Wa Ode ") + g, g.split()[0]
        return g + " " + c(BUGIS_FAM), g.split()[0]
    if pool == "aceh":
        g = c(ACEH_M if m else ACEH_F)
        if r < 0.3:
            pre = c(["Teuku", "Tengku"]) if m else "Cut"
            return pre + " " + g, g.split()[0]
        if r < 0.45:
            return g, g.split()[0]
        return g + " " + c(ACEH_FAM), g.split()[0]
    if pool == "minang":
        g = c(MINANG_M if m else MINANG_F)
        if r < 0.3:
            return g, g
        return g + " " + c(MINANG_FAM), g
    if pool == "madura":
        g = c(MADURA_M if m else MADURA_F)
        if r < 0.5:
            return g, g.split()[-1]
        return g + " " + c(MADURA_FAM), g.split()[-1]
    if pool == "sasak":
        g = c(SASAK_M if m else SASAK_F)
        if r < 0.35:
            return ("Lalu " if m else "Baiq ") + g, g.split()[0]
        if r < 0.55:
            return g, g.split()[0]
        return g + " " + c(SASAK_FAM), g.split()[0]
    if pool == "toraja":
        g = c(TORAJA_M if m else TORAJA_F)
        return g + " " + c(TORAJA_FAM), g
    if pool == "ntt":
        g = c(NTT_M if m else NTT_F)
        return g + " " + c(NTT_FAM), g.split()[0]
    if pool == "papua":
        g = c(PAPUA_M if m else PAPUA_F)
        return g + " " + c(PAPUA_FAM), g
    if pool == "manado":
        g = c(MANADO_M if m else MANADO_F)
        return g + " " + c(MANADO_FAM), g
    if pool == "chinese":
        if r < 0.45:
            g = c(CHINA_GIVEN)
            return c(CHINA_FAM) + " " + g, g
        g = c(CHINA_M if m else CHINA_F)
        return g + " " + c(CHINA_IND), g
    if pool == "arabic":
        g = c(ARAB_M if m else ARAB_F)
        if r < 0.5:
            father = c(ARAB_M)
            return g + (" bin " if m else " binti ") + father, g.split()[0]
        return g + " " + c(ARAB_FAM), g.split()[0]
    if pool == "foreign":
        g = c(FOREIGN_M if m else FOREIGN_F)
        return g + " " + c(FOREIGN_FAM), g
    g = c(MODERN_M if m else MODERN_F)
    if r < 0.15:
        return g, g
    return g + " " + c(MODERN_FAM), g


def honorific(rng, pool, sex, formal=False):
    m = sex == "L"
    base = ["Bapak ", "Pak ", "Sdr. "] if m else ["Ibu ", "Bu ", "Sdri. "]
    if formal:
        return rng.choice(base)
    extra = {
        "java": (["Mas ", "Pak "], ["Mbak ", "Bu "]),
        "sunda": (["Kang ", "Mang "], ["Teh ", "Ceu "]),
        "batak": (["Bang ", "Amang "], ["Kak ", "Inang "]),
        "bali": (["Bli ", "Pak "], ["Mbok ", "Bu "]),
        "chinese": (["Koh ", "Om "], ["Ci ", "Tante "]),
        "ntt": (["Bapa ", "Om "], ["Mama ", "Kaka "]),
        "papua": (["Bapa ", "Kaka "], ["Mama ", "Kaka "]),
        "manado": (["Om ", "Bung "], ["Tante ", "Ibu "]),
        "aceh": (["Bang ", "Pak "], ["Kak ", "Bu "]),
        "minang": (["Uda ", "Pak "], ["Uni ", "Bu "]),
        "madura": (["Cak ", "Pak "], ["Bu ", "Mbak "]),
        "arabic": (["Habib ", "Pak "], ["Ibu ", "Bu "]),
    }.get(pool)
    if extra and rng.random() < 0.5:
        return rng.choice(extra[0] if m else extra[1])
    return rng.choice(base)

# --------------------------------------------------------------------------- regions

def R(prov, kabs, cities, plates, area, pools, kel, kec, post, streets_local=()):
    return dict(prov=prov, kabs=kabs, cities=cities, plates=plates, area=area, pools=pools,
                kel=kel, kec=kec, post=post, streets_local=list(streets_local))


REGIONS = OrderedDict([
    ("jakarta", R("31", ["71", "72", "73", "74", "75"],
                  ["Jakarta Timur", "Jakarta Selatan", "Jakarta Barat", "Jakarta Utara"], ["B"],
                  ["021"], [("java", 4), ("sunda", 2), ("chinese", 2), ("batak", 1), ("modern", 3),
                            ("arabic", 1), ("minang", 1), ("manado", 1)],
                  ["Cipinang Melayu", "Kebon Jeruk", "Tegal Parang", "Rawa Badak", "Pondok Kelapa"],
                  ["Makasar", "Kebon Jeruk", "Mampang Prapatan", "Koja", "Duren Sawit"], ["13", "11", "12", "14"])),
    ("jabar", R("32", ["73", "04", "01", "71", "75", "06", "10"],
                ["Bandung", "Bogor", "Tasikmalaya", "Bekasi", "Garut", "Cianjur"], ["D", "F", "Z", "T", "E"],
                ["022", "0251", "0265", "0262"], [("sunda", 6), ("java", 1), ("modern", 2), ("arabic", 1)],
                ["Sukajadi", "Cibeunying", "Mekarsari", "Sukamanah", "Babakan Sari", "Pasirjati"],
                ["Sukasari", "Coblong", "Cibeunying Kidul", "Tawang", "Tarogong Kidul"], ["40", "16", "46", "44"])),
    ("jateng", R("33", ["74", "72", "02", "10", "13", "15", "24"],
                 ["Semarang", "Surakarta", "Banyumas", "Klaten", "Karanganyar", "Grobogan"],
                 ["H", "AD", "R", "K", "G", "AA"], ["024", "0271", "0281", "0272"],
                 [("java", 8), ("modern", 2), ("chinese", 1)],
                 ["Sidorejo", "Tegalsari", "Karangasem", "Kauman", "Pandean", "Jebres"],
                 ["Banyumanik", "Laweyan", "Jebres", "Klaten Tengah", "Purwokerto Barat"], ["50", "57", "53", "59"])),
    ("diy", R("34", ["71", "04", "02", "03"], ["Yogyakarta", "Sleman", "Bantul", "Gunungkidul"], ["AB"],
              ["0274"], [("java", 8), ("modern", 3), ("chinese", 1)],
              ["Caturtunggal", "Condongcatur", "Bumijo", "Panggungharjo", "Wirobrajan"],
              ["Depok", "Jetis", "Sewon", "Wonosari", "Gondokusuman"], ["55"])),
    ("jatim", R("35", ["78", "73", "09", "28", "27", "15"],
                ["Surabaya", "Malang", "Jember", "Pamekasan", "Sampang", "Sidoarjo"],
                ["L", "N", "P", "M", "W", "AG"], ["031", "0341", "0331", "0324"],
                [("java", 6), ("madura", 3), ("modern", 2), ("arabic", 1), ("chinese", 1)],
                ["Wonokromo", "Sumbersari", "Kedungdoro", "Lawangan Daya", "Pademawu Barat"],
                ["Wonokromo", "Lowokwaru", "Sumbersari", "Pademawu", "Waru"], ["60", "65", "68", "69"])),
    ("banten", R("36", ["71", "03", "04", "72"], ["Tangerang", "Serang", "Cilegon", "Pandeglang"], ["A", "B"],
                 ["021", "0254"], [("sunda", 3), ("java", 3), ("modern", 2), ("chinese", 1)],
                 ["Cipondoh", "Karawaci", "Kaligandu", "Cikande"], ["Cipondoh", "Serang", "Cikande"], ["15", "42"])),
    ("aceh", R("11", ["71", "06", "08", "11"], ["Banda Aceh", "Aceh Besar", "Pidie", "Lhokseumawe"],
               ["BL"], ["0651", "0645"], [("aceh", 8), ("modern", 1)],
               ["Lamteumen", "Peunayong", "Lampineung", "Meunasah Papeun"],
               ["Jaya Baru", "Kuta Alam", "Syiah Kuala", "Krueng Barona Jaya"], ["23", "24"])),
    ("sumut", R("12", ["71", "07", "12", "02"], ["Medan", "Deli Serdang", "Tapanuli Utara", "Pematangsiantar"],
                ["BK", "BB"], ["061", "0633"], [("batak", 7), ("java", 2), ("chinese", 1), ("modern", 1)],
                ["Padang Bulan", "Helvetia", "Simpang Selayang", "Siopat Suhu"],
                ["Medan Baru", "Medan Helvetia", "Siborongborong", "Tarutung"], ["20", "22"])),
    ("sumbar", R("13", ["71", "06", "75"], ["Padang", "Bukittinggi", "Agam"], ["BA"], ["0751", "0752"],
                 [("minang", 8), ("modern", 1)], ["Koto Tangah", "Aur Kuning", "Lubuk Buaya"],
                 ["Koto Tangah", "Guguk Panjang", "Kuranji"], ["25", "26"])),
    ("sumsel", R("16", ["71", "07", "10"], ["Palembang", "Banyuasin", "Ogan Ilir"], ["BG"], ["0711"],
                 [("java", 2), ("modern", 3), ("minang", 1), ("arabic", 1)],
                 ["Sukarami", "Talang Betutu", "Plaju Ulu"], ["Sukarami", "Plaju", "Ilir Barat I"], ["30"])),
    ("bali", R("51", ["71", "03", "02", "08"], ["Denpasar", "Badung", "Tabanan", "Buleleng"], ["DK"],
               ["0361", "0362"], [("bali", 9), ("java", 1)],
               ["Dauh Puri", "Pemecutan", "Sanur Kaja", "Kerobokan Kelod", "Banjar Jawa"],
               ["Denpasar Barat", "Kuta Utara", "Kediri", "Buleleng"], ["80", "81"])),
    ("ntb", R("52", ["71", "01", "02", "03"], ["Mataram", "Lombok Barat", "Lombok Tengah", "Lombok Timur"],
              ["DR", "EA"], ["0370", "0376"], [("sasak", 8), ("arabic", 1), ("modern", 1)],
              ["Cakranegara Timur", "Ampenan Selatan", "Praya", "Sakra"],
              ["Cakranegara", "Ampenan", "Praya", "Sakra Barat"], ["83"])),
    ("ntt", R("53", ["71", "01", "04", "08", "10"], ["Kupang", "Timor Tengah Selatan", "Belu", "Sikka", "Ende"],
              ["DH", "EB", "ED"], ["0380", "0382", "0381"], [("ntt", 9), ("modern", 1)],
              ["Oesapa", "Oebobo", "Penfui", "Kuanino", "Fatululi"],
              ["Kelapa Lima", "Oebobo", "Maulafa", "Alok"], ["85", "86"])),
    ("kalbar", R("61", ["71", "72", "04"], ["Pontianak", "Singkawang", "Sanggau"], ["KB"], ["0561", "0562"],
                 [("chinese", 4), ("java", 2), ("modern", 2), ("arabic", 1)],
                 ["Sungai Jawi", "Pasiran", "Tanjung Hulu"], ["Pontianak Kota", "Singkawang Barat"], ["78", "79"])),
    ("kaltim", R("64", ["72", "71", "02"], ["Samarinda", "Balikpapan", "Kutai Kartanegara"], ["KT"], ["0541", "0542"],
                 [("bugis", 3), ("java", 3), ("modern", 2), ("toraja", 1)],
                 ["Sempaja Selatan", "Gunung Samarinda", "Loa Bakung"], ["Samarinda Utara", "Balikpapan Utara"], ["75", "76"])),
    ("sulut", R("71", ["71", "02", "05"], ["Manado", "Minahasa", "Bitung"], ["DB"], ["0431", "0438"],
                [("manado", 9), ("modern", 1)], ["Malalayang Satu", "Tikala Ares", "Tondano"],
                ["Malalayang", "Tikala", "Tondano Barat"], ["95"])),
    ("sulsel", R("73", ["71", "18", "06", "72"], ["Makassar", "Tana Toraja", "Gowa", "Parepare"],
                 ["DD", "DP", "DW"], ["0411", "0423"], [("bugis", 6), ("toraja", 3), ("modern", 1)],
                 ["Tamalanrea Indah", "Pandang", "Rantepao", "Sungguminasa"],
                 ["Tamalanrea", "Panakkukang", "Makale", "Somba Opu"], ["90", "91"])),
    ("sultra", R("74", ["71", "72", "04"], ["Kendari", "Baubau", "Buton"], ["DT"], ["0401", "0402"],
                 [("buton", 6), ("bugis", 2), ("modern", 1)], ["Wua-Wua", "Wameo", "Bataraguru"],
                 ["Wua-Wua", "Murhum", "Wolio"], ["93"])),
    ("maluku", R("81", ["71", "01"], ["Ambon", "Maluku Tengah"], ["DE"], ["0911"],
                 [("manado", 7), ("arabic", 1), ("modern", 1)], ["Batu Merah", "Benteng", "Passo"],
                 ["Sirimau", "Nusaniwe", "Baguala"], ["97"])),
    ("papua", R("91", ["71", "03", "02"], ["Jayapura", "Kabupaten Jayapura", "Jayawijaya"], ["PA", "DS"],
                ["0967", "0969"], [("papua", 8), ("java", 1), ("bugis", 1)],
                ["Entrop", "Kotaraja", "Hedam", "Sentani Kota"], ["Jayapura Selatan", "Abepura", "Heram", "Wamena"], ["99"])),
    ("kalsel", R("63", ["71", "03"], ["Banjarmasin", "Banjar"], ["DA"], ["0511"],
                 [("java", 2), ("modern", 3), ("arabic", 2)], ["Pekapuran Raya", "Sungai Miai"],
                 ["Banjarmasin Timur", "Martapura"], ["70"])),
])


STREETS = ["Melati", "Kenanga", "Mawar", "Anggrek", "Flamboyan", "Cempaka", "Dahlia", "Nusa Indah",
           "Bougenville", "Teratai", "Merpati", "Kutilang", "Cendrawasih", "Rajawali", "Kakatua",
           "Mangga", "Rambutan", "Durian", "Jambu Air", "Sawo", "Kelapa Dua", "Pinang", "Beringin",
           "Cemara", "Jati", "Mahoni", "Pendidikan", "Pemuda", "Masjid Al-Ikhlas", "Pasar Lama",
           "Swadaya", "Gotong Royong", "Bhakti", "Sejahtera", "Damai", "Harapan Jaya", "Karya Bakti",
           "Makmur", "Veteran", "Pahlawan", "Merdeka", "Imam Bonjol", "Diponegoro", "Hasanuddin",
           "Pattimura", "Sam Ratulangi", "Teuku Umar", "Gajah Mada", "Hayam Wuruk", "Cut Nyak Dhien",
           "Sisingamangaraja", "Kartini", "Sultan Agung", "Ki Hajar Dewantara", "Raya Sukamaju",
           "Kebon Jeruk", "Lembah Hijau", "Manggis", "Cikutra", "Kaliurang", "Palagan", "Nangka",
           "Kamboja", "Perintis Kemerdekaan", "Urip Sumoharjo", "Bypass Ngurah Rai", "Soekarno-Hatta"]
GANGS = ["Mawar III", "Swadaya 2", "H. Naim", "Langgar", "Buntu", "Masjid", "Sawo", "Kelinci",
         "Rukun", "Sentosa", "Kenari", "Belimbing", "Pinggir Kali", "Sepakat", "Dahlia IV", "Pelita"]
PERUMS = ["Griya Asri", "Bumi Asri", "Puri Indah", "Taman Sari", "Bukit Permai", "Graha Sejahtera",
          "Villa Mutiara", "Citra Indah", "Permata Hijau", "Pondok Hijau", "Griya Harapan",
          "Bumi Sentosa", "Taman Kencana", "Griya Paniki Indah", "Bumi Tamalanrea Permai",
          "Puri Kosambi", "Graha Kuanino", "Villa Bukit Sengkaling"]
KOMPS = ["Komp. Pertamina", "Komp. Bumi Asri", "Komp. Wartawan", "Komp. Guru", "Komp. Bank Indonesia",
         "Komp. Perdatam", "Komp. Griya Bhayangkara"]
DUSUNS = ["Krajan", "Sumberejo", "Karanganyar", "Kauman", "Ngemplak", "Gondang", "Sidomulyo",
          "Tegalrejo", "Banjarsari", "Kedungsari", "Gunung Sari", "Sukamanah", "Babakan", "Pasirjati",
          "Oeleta", "Nunbaun", "Lendang Bajur", "Dasan Baru", "Lamkuta", "Wonosari", "Kembang Kuning"]
KAMPUNGS = ["Cibeureum", "Cikoneng", "Sukaresmi", "Pasir Angin", "Babakan Jati", "Ciherang",
            "Kebon Kelapa", "Harapan", "Yoka", "Waena"]
JORONGS = ["Koto Tuo", "Padang Lua", "Kampung Tangah", "Balai Gurah", "Koto Baru"]
LORONGS = ["Damai", "Famili", "Sepakat", "Amal", "Pancasila", "Mesjid", "Pipa", "Bersama"]

# --------------------------------------------------------------------------- persons and identifiers

def pick_region(rng, weights=None):
    if weights:
        return wchoice(rng, weights)
    return wchoice(rng, [("jakarta", 3), ("jabar", 4), ("jateng", 4), ("diy", 2), ("jatim", 4),
                         ("banten", 1), ("aceh", 2), ("sumut", 2), ("sumbar", 1), ("sumsel", 1),
                         ("bali", 2), ("ntb", 2), ("ntt", 2), ("kalbar", 1), ("kaltim", 1),
                         ("sulut", 1), ("sulsel", 2), ("sultra", 1), ("maluku", 1), ("papua", 2),
                         ("kalsel", 1)])


class Person:
    def __init__(self, rng, region=None, pool=None, sex=None, age=(22, 70), born=None, like=None, kin=False):
        self.rng = rng
        if like is not None:               # a neighbour or relative: same region and kab/kec
            region = like.region
            if kin:
                pool = pool or like.pool
        self.region = region or pick_region(rng)
        reg = REGIONS[self.region]
        self.pool = pool or wchoice(rng, reg["pools"])
        self.sex = sex or rng.choice("LP")
        self.full, self.short = make_name(rng, self.pool, self.sex)
        if kin and like is not None and like.pool == self.pool:
            sn, mine = surname_of(like.full, like.pool), surname_of(self.full, self.pool)
            if sn and mine and sn != mine:
                self.full = self.full[:-len(mine)] + sn
            if self.pool == "chinese":
                a, b = like.full.split(" "), self.full.split(" ")
                if a[0] in CHINA_FAM and b[0] in CHINA_FAM:
                    self.full = " ".join([a[0]] + b[1:])
                elif a[-1] in CHINA_IND and b[-1] in CHINA_IND:
                    self.full = " ".join(b[:-1] + [a[-1]])
        self.home = None
        if born is None:
            y = 2024 - rng.randint(age[0], age[1])
        else:
            y = born
        m = rng.randint(1, 12)
        d = rng.randint(1, mdays(y, m))
        self.dob = (y, m, d)
        if like is not None:
            self.kab, self.kec = like.kab, like.kec
        else:
            self.kab = rng.choice(reg["kabs"])
            self.kec = "%02d" % rng.randint(1, 24)
        self.serial = "%04d" % wchoice(rng, [(rng.randint(1, 9), 6), (rng.randint(10, 99), 3),
                                             (rng.randint(100, 999), 1)])
        self.city = rng.choice(reg["cities"])
        self._kk = None
        self._nip = None

    # -- identifiers ---------------------------------------------------------
    def nik_raw(self):
        y, m, d = self.dob
        dd = d + 40 if self.sex == "P" else d
        return REGIONS[self.region]["prov"] + self.kab + self.kec + "%02d%02d%02d" % (dd, m, y % 100) + self.serial

    def region6(self):
        return REGIONS[self.region]["prov"] + self.kab + self.kec

    def nik(self, form=None, allow_typo=True):
        raw = self.nik_raw()
        rng = self.rng
        if allow_typo and rng.random() < 0.04:       # reporter mistyped: 15 or 17 digits
            i = rng.randint(6, 14)
            if rng.random() < 0.5:
                return raw[:i] + raw[i + 1:]
            return raw[:i] + raw[i] + raw[i:]
        return fmt16(rng, raw, form)

    def kk_raw(self):
        if self._kk is None:
            rng = self.rng
            y = rng.randint(2006, 2023)
            m = rng.randint(1, 12)
            d = rng.randint(1, mdays(y, m))
            self._kk = self.region6() + "%02d%02d%02d" % (d, m, y % 100) + "%04d" % rng.randint(1, 60)
        return self._kk

    def kk(self, form=None):
        return fmt16(self.rng, self.kk_raw(), form)

    def nip_raw(self):
        if self._nip is None:
            rng = self.rng
            y, m, d = self.dob
            ty = min(2023, y + rng.randint(22, 34))
            tm = rng.choice([1, 2, 3, 4, 12]) if ty < 2019 else rng.randint(1, 12)
            self._nip = "%04d%02d%02d%04d%02d%s%03d" % (y, m, d, ty, tm, "1" if self.sex == "L" else "2",
                                                         rng.randint(1, 12))
        return self._nip

    def nip(self, form=None):
        raw = self.nip_raw()
        form = form or wchoice(self.rng, [("sp", 6), ("plain", 3), ("sp2", 1)])
        if form == "plain":
            return raw
        if form == "sp2":
            return raw[:8] + "-" + raw[8:14] + "-" + raw[14] + "-" + raw[15:]
        return raw[:8] + " " + raw[8:14] + " " + raw[14] + " " + raw[15:]

    def dob_str(self, form=None):
        return fmt_date(self.rng, self.dob, form)

    def hon(self, formal=False):
        return honorific(self.rng, self.pool, self.sex, formal)

    def first(self):
        return self.full.split()[0]


def fmt16(rng, raw, form=None):
    form = form or wchoice(rng, [("plain", 6), ("sp", 2), ("dash", 1), ("dot", 1)])
    if len(raw) != 16:
        return raw
    if form == "plain":
        return raw
    if form == "sp":
        return " ".join(raw[i:i + 4] for i in range(0, 16, 4))
    if form == "dash":
        return "-".join(raw[i:i + 4] for i in range(0, 16, 4))
    return ".".join([raw[0:2], raw[2:4], raw[4:6], raw[6:12], raw[12:16]])


def fmt_date(rng, dob, form=None):
    y, m, d = dob
    form = form or wchoice(rng, [("long", 5), ("dash", 4), ("slash", 3), ("short", 1), ("dot", 1),
                                 ("iso", 1), ("slash2", 1), ("mon3", 1)])
    if form == "long":
        return "%d %s %d" % (d, BULAN[m - 1], y)
    if form == "long0":
        return "%02d %s %d" % (d, BULAN[m - 1], y)
    if form == "dash":
        return "%02d-%02d-%d" % (d, m, y)
    if form == "slash":
        return "%02d/%02d/%d" % (d, m, y)
    if form == "short":
        return "%d/%d/%02d" % (d, m, y % 100)
    if form == "slash2":
        return "%d/%d/%d" % (d, m, y)
    if form == "dot":
        return "%02d.%02d.%d" % (d, m, y)
    if form == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if form == "mon3":
        return "%d %s %d" % (d, BLN3[m - 1], y)
    if form == "en":
        return "%d %s %d" % (d, MONTHS_EN[m - 1], y)
    if form == "en_us":
        return "%s %d, %d" % (MONTHS_EN[m - 1], d, y)
    raise ValueError(form)


MOBILE_PREFIXES = ["0811", "0812", "0813", "0821", "0822", "0823", "0851", "0852", "0853", "0814",
                   "0815", "0816", "0855", "0856", "0857", "0858", "0817", "0818", "0819", "0859",
                   "0877", "0878", "0831", "0832", "0833", "0838", "0895", "0896", "0897", "0898",
                   "0899", "0881", "0882", "0883", "0887", "0888", "0889"]


def mobile_raw(rng):
    n = wchoice(rng, [(12, 6), (11, 2), (13, 2)])
    return rng.choice(MOBILE_PREFIXES) + digits(rng, n - 4)


def fmt_mobile(rng, raw, form=None):
    form = form or wchoice(rng, [("plain", 5), ("dash", 3), ("sp", 3), ("dot", 1), ("p62sp", 2),
                                 ("p62", 2), ("62", 1), ("paren", 1), ("sp3", 1)])
    rest = raw[1:]
    if form == "plain":
        return raw
    if form == "dash":
        return raw[:4] + "-" + raw[4:8] + "-" + raw[8:]
    if form == "sp":
        return raw[:4] + " " + raw[4:8] + " " + raw[8:]
    if form == "dot":
        return raw[:4] + "." + raw[4:8] + "." + raw[8:]
    if form == "p62sp":
        return "+62 " + rest[:3] + "-" + rest[3:7] + "-" + rest[7:]
    if form == "p62":
        return "+62" + rest
    if form == "62":
        return "62" + rest
    if form == "paren":
        return "(+62) " + rest[:3] + " " + rest[3:7] + " " + rest[7:]
    if form == "sp3":
        return raw[:4] + " " + raw[4:7] + " " + raw[7:10] + " " + raw[10:]
    raise ValueError(form)


def mobile(rng, form=None):
    return fmt_mobile(rng, mobile_raw(rng), form)


def landline(rng, region):
    code = rng.choice(REGIONS[region]["area"])
    if code == "021":
        num = str(rng.randint(2, 8)) + digits(rng, rng.choice([6, 7]))
    elif len(code) == 3:
        num = str(rng.randint(2, 8)) + digits(rng, 6)
    else:
        num = str(rng.randint(2, 8)) + digits(rng, 5)
    form = rng.choice(["paren", "dash", "paren_dash", "sp"])
    if form == "paren":
        return "(%s) %s" % (code, num)
    if form == "dash":
        return "%s-%s" % (code, num)
    if form == "paren_dash":
        return "(%s) %s-%s" % (code, num[:3], num[3:])
    return "%s %s" % (code, num)


FOREIGN_PHONES = [
    ("Malaysia", lambda r: "+60 1%d-%s %s" % (r.randint(1, 9), digits(r, 3), digits(r, 4))),
    ("Singapura", lambda r: "+65 %d%s %s" % (r.choice([8, 9]), digits(r, 3), digits(r, 4))),
    ("Hong Kong", lambda r: "+852 %d%s %s" % (r.choice([5, 6, 9]), digits(r, 3), digits(r, 4))),
    ("Taiwan", lambda r: "+886 9%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3))),
    ("Arab Saudi", lambda r: "+966 5%d %s %s" % (r.randint(0, 9), digits(r, 3), digits(r, 4))),
    ("Jepang", lambda r: "+81 90-%s-%s" % (digits(r, 4), digits(r, 4))),
    ("Korea Selatan", lambda r: "+82 10-%s-%s" % (digits(r, 4), digits(r, 4))),
    ("Australia", lambda r: "+61 4%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3))),
    ("Belanda", lambda r: "+31 6 %s" % digits(r, 8)),
    ("Inggris", lambda r: "+44 7700 900%s" % digits(r, 3)),
    ("Jerman", lambda r: "+49 15%d %s %s" % (r.randint(1, 9), digits(r, 4), digits(r, 4))),
    ("Kanada", lambda r: "+1 (604) 555-01%s" % digits(r, 2)),
]


def foreign_phone(rng, country=None):
    if country:
        for c, fn in FOREIGN_PHONES:
            if c == country:
                return fn(rng)
    return rng.choice(FOREIGN_PHONES)[1](rng)


def ascii_name(s):
    out = []
    for ch in s.lower():
        if ch.isalnum() and ch.isascii():
            out.append(ch)
        elif ch in " -":
            out.append(" ")
    return "".join(out).split()


def email_for(rng, person_or_name):
    name = person_or_name.full if isinstance(person_or_name, Person) else person_or_name
    toks = [t for t in ascii_name(name) if t not in ("br", "boru", "bin", "binti", "i", "ni", "muh", "abd", "st")]
    if not toks:
        toks = ["warga"]
    a = toks[0]
    b = toks[-1] if len(toks) > 1 else ""
    style = rng.randint(0, 6)
    num = str(rng.choice([rng.randint(1, 99), rng.randint(1960, 2005)]))
    if style == 0 and b:
        local = a + "." + b
    elif style == 1:
        local = a + b + num
    elif style == 2 and b:
        local = a + "_" + b
    elif style == 3:
        local = a + "." + num
    elif style == 4 and b:
        local = a[0] + b + num
    elif style == 5:
        local = a + rng.choice(["cantik", "keren", "ganteng", "kece", "official", "real"]) + num[-2:]
    else:
        local = a + (b[:3] if b else "") + num
    dom = wchoice(rng, [("gmail.com", 10), ("yahoo.co.id", 3), ("yahoo.com", 2), ("ymail.com", 1),
                        ("outlook.com", 1), ("hotmail.com", 1), ("icloud.com", 1)])
    return local + "@" + dom


def handle_for(rng, person_or_name):
    name = person_or_name.full if isinstance(person_or_name, Person) else person_or_name
    toks = [t for t in ascii_name(name) if t not in ("br", "boru", "bin", "binti", "i", "ni", "muh", "abd", "st")]
    if not toks:
        toks = ["warga"]
    a = toks[0]
    b = toks[-1] if len(toks) > 1 else ""
    style = rng.randint(0, 6)
    n = str(rng.randint(1, 99))
    if style == 0:
        h = a + "." + (b or "id") + n
    elif style == 1:
        h = a + "_" + (b or rng.choice(["jogja", "kupang", "medan", "bdg"]))
    elif style == 2:
        h = a + b + n
    elif style == 3:
        h = "its" + a + b
    elif style == 4:
        h = a + "_" + rng.choice(["real", "mama" + n, "papa" + n, "ofc", "story"])
    elif style == 5:
        h = (b or a) + "." + a[:1] + n
    else:
        h = "user" + digits(rng, 7) + rng.choice(["", "x", "abc"])
    return "@" + h


PLATE_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def plate(rng, region=None, form=None, red=False):
    region = region or pick_region(rng)
    code = rng.choice(REGIONS[region]["plates"])
    if red:
        num = str(rng.randint(1, 9999))
        suf = rng.choice(["", "A", "B", "C", "D", "E", "F", "G"])
        if not suf:
            suf = "A"
    else:
        num = str(rng.randint(1, 9999) if rng.random() < 0.3 else rng.randint(1000, 9999))
        suf = "".join(rng.choice(PLATE_LETTERS) for _ in range(wchoice(rng, [(1, 2), (2, 5), (3, 4)])))
    form = form or wchoice(rng, [("sp", 8), ("nosp", 2), ("dash", 2), ("lower", 1), ("lower_nosp", 1)])
    if form == "sp":
        return "%s %s %s" % (code, num, suf)
    if form == "nosp":
        return code + num + suf
    if form == "dash":
        return "%s-%s-%s" % (code, num, suf)
    if form == "lower":
        return ("%s %s %s" % (code, num, suf)).lower()
    if form == "lower_nosp":
        return (code + num + suf).lower()
    raise ValueError(form)


BANKS = {
    "BRI": lambda r: wchoice(r, [("%s-01-%s-5%d-%d" % (digits(r, 4), digits(r, 6), r.randint(0, 3), r.randint(0, 9)), 6),
                                 (digits(r, 4) + "01" + digits(r, 6) + "5" + digits(r, 2), 4)]),
    "BNI": lambda r: wchoice(r, [("0" + digits(r, 9), 6), ("0%s-%s-%s" % (digits(r, 2), digits(r, 3), digits(r, 4)), 2)]),
    "BCA": lambda r: wchoice(r, [(str(r.randint(1, 8)) + digits(r, 9), 6),
                                 ("%d%s-%s-%s" % (r.randint(1, 8), digits(r, 2), digits(r, 3), digits(r, 4)), 3),
                                 ("%d%s %s %s" % (r.randint(1, 8), digits(r, 2), digits(r, 3), digits(r, 4)), 1)]),
    "BSI": lambda r: "7" + digits(r, 9),
    "Mandiri": lambda r: wchoice(r, [("1%s-00-%s-%d" % (digits(r, 2), digits(r, 7), r.randint(0, 9)), 6),
                                     ("1" + digits(r, 2) + "00" + digits(r, 8), 4)]),
    "CIMB Niaga": lambda r: wchoice(r, [("70" + digits(r, 11), 1), ("80" + digits(r, 12), 1)]),
    "BTN": lambda r: wchoice(r, [("00" + digits(r, 14), 6), ("%s %s %s %s" % ("00" + digits(r, 2), digits(r, 4), digits(r, 4), digits(r, 4)), 1)]),
    "Bank Jateng": lambda r: "2" + digits(r, 9),
    "Bank NTT": lambda r: "0" + digits(r, 9),
    "Bank Papua": lambda r: "1" + digits(r, 9),
    "Bank Sumut": lambda r: "1" + digits(r, 9),
    "Bank Nagari": lambda r: "2" + digits(r, 9),
    "BPD Bali": lambda r: "0" + digits(r, 9),
    "Bank Aceh Syariah": lambda r: "0" + digits(r, 9),
    "Bank Sulselbar": lambda r: "1" + digits(r, 9),
    "Bank Kalbar": lambda r: "1" + digits(r, 9),
    "Bank DKI": lambda r: "1" + digits(r, 9),
    "bjb": lambda r: "0" + digits(r, 12),
}
BANK_BY_REGION = {"jateng": "Bank Jateng", "ntt": "Bank NTT", "papua": "Bank Papua", "sumut": "Bank Sumut",
                  "sumbar": "Bank Nagari", "bali": "BPD Bali", "aceh": "Bank Aceh Syariah",
                  "sulsel": "Bank Sulselbar", "kalbar": "Bank Kalbar", "jakarta": "Bank DKI", "jabar": "bjb"}


def bank(rng, region=None):
    names = ["BRI", "BRI", "BRI", "BNI", "BCA", "BCA", "BSI", "Mandiri", "Mandiri", "CIMB Niaga", "BTN"]
    if region in BANK_BY_REGION:
        names.append(BANK_BY_REGION[region])
    b = rng.choice(names)
    return b, BANKS[b](rng)


def passport(rng, form=None, letter=None):
    letter = letter or wchoice(rng, [("C", 4), ("B", 3), ("X", 2), ("E", 2), ("A", 1)])
    num = letter + " " + digits(rng, 7) if (form == "sp" or (form is None and rng.random() < 0.25)) else letter + digits(rng, 7)
    return num


def bpjs(rng, form=None):
    raw = "000" + str(rng.randint(1, 9)) + digits(rng, 9)
    form = form or wchoice(rng, [("plain", 6), ("grp", 3), ("dash", 1)])
    if form == "plain":
        return raw
    if form == "grp":
        return "%s %s %s %s" % (raw[:4], raw[4:8], raw[8:12], raw[12:])
    return "%s-%s-%s-%s" % (raw[:4], raw[4:8], raw[8:12], raw[12:])


def npwp(rng, person=None, form=None):
    form = form or wchoice(rng, [("old", 6), ("old15", 1), ("old16", 1), ("nik", 2)])
    if form == "nik" and person is not None:
        return person.nik(allow_typo=False)
    first = "%02d" % rng.randint(4, 9)
    body = first + digits(rng, 6) + digits(rng, 1) + digits(rng, 3) + "000"
    if form == "old15":
        return body
    if form == "old16":
        return "0" + body
    return "%s.%s.%s.%s-%s.%s" % (body[0:2], body[2:5], body[5:8], body[8], body[9:12], body[12:15])

# --------------------------------------------------------------------------- addresses (house level)

def rtrw(rng):
    rt, rw = rng.randint(1, 15), rng.randint(1, 12)
    return wchoice(rng, [
        ("RT %02d/RW %02d" % (rt, rw), 5), ("RT %03d RW %03d" % (rt, rw), 3),
        ("RT. %02d / RW. %02d" % (rt, rw), 2), ("RT %02d/%02d" % (rt, rw), 2),
        ("Rt %d Rw %d" % (rt, rw), 1), ("RT.%03d/RW.%03d" % (rt, rw), 1), ("RT %d RW %d" % (rt, rw), 2)])


def houseno(rng):
    n = rng.randint(1, 120)
    return wchoice(rng, [("No. %d" % n, 6), ("No.%d" % n, 2), ("no %d" % n, 1), ("Nomor %d" % n, 1),
                         ("No. %d%s" % (n, rng.choice("ABCD")), 1), ("No. %d/%s" % (n, rng.choice("AB")), 1)])


def address(rng, region, kind=None, with_area=True):
    """Return (span text, trailing area-level text that is NOT part of the span)."""
    reg = REGIONS[region]
    kinds = [("jl", 6), ("jl_gg", 2), ("gg", 2), ("perum", 3), ("komp", 1)]
    if region in ("jateng", "diy", "jatim", "ntb", "ntt", "aceh", "sumsel", "kaltim", "sulsel", "jabar"):
        kinds.append(("dusun", 4))
    if region in ("jabar", "banten", "jakarta", "papua"):
        kinds.append(("kp", 3))
    if region in ("sulsel", "sultra", "kaltim", "ntt", "kalsel"):
        kinds.append(("btn", 2))
    if region == "sumbar":
        kinds.append(("jorong", 4))
    if region in ("aceh", "sumsel", "sumut"):
        kinds.append(("lr", 3))
    kind = kind or wchoice(rng, kinds)
    st = rng.choice(STREETS + reg["streets_local"])
    jl = wchoice(rng, [("Jl. ", 6), ("Jln. ", 1), ("Jalan ", 2), ("JL. ", 1)])
    sep = rng.choice([", ", " ", ", "])
    if kind == "jl":
        s = jl + st + " " + houseno(rng)
        if rng.random() < 0.6:
            s += sep + rtrw(rng)
    elif kind == "jl_gg":
        s = jl + st + " Gg. " + rng.choice(GANGS) + " " + houseno(rng)
        if rng.random() < 0.6:
            s += sep + rtrw(rng)
    elif kind == "gg":
        s = "Gg. " + rng.choice(GANGS) + " " + houseno(rng)
        if rng.random() < 0.7:
            s += sep + rtrw(rng)
    elif kind == "perum":
        pre = rng.choice(["Perum ", "Perum. ", "Perumahan "])
        blok = rng.choice("ABCDEFGHJK") + (str(rng.randint(1, 12)) if rng.random() < 0.5 else "")
        s = pre + rng.choice(PERUMS) + " Blok " + blok + " " + houseno(rng)
        if rng.random() < 0.3:
            s += sep + rtrw(rng)
    elif kind == "kav":
        blok = rng.choice("ABCDEFGH")
        s = rng.choice(["Perum ", "Perumahan "]) + rng.choice(PERUMS) + " Blok " + blok + " Kav. " + str(rng.randint(1, 60))
    elif kind == "komp":
        s = rng.choice(KOMPS) + " Blok " + rng.choice("ABCDEF") + " " + houseno(rng)
    elif kind == "btn":
        s = "BTN " + rng.choice(PERUMS) + " Blok " + rng.choice("ABCDEF") + str(rng.randint(1, 9)) + " " + houseno(rng)
    elif kind == "dusun":
        s = rng.choice(["Dusun ", "Dsn. ", "Dusun "]) + rng.choice(DUSUNS) + " " + rtrw(rng)
    elif kind == "kp":
        s = rng.choice(["Kp. ", "Kp. ", "Kampung "]) + rng.choice(KAMPUNGS) + " " + rtrw(rng)
    elif kind == "jorong":
        s = "Jorong " + rng.choice(JORONGS)
    elif kind == "lr":
        s = "Lr. " + rng.choice(LORONGS) + " " + houseno(rng)
        if rng.random() < 0.5:
            s += sep + rtrw(rng)
    else:
        raise ValueError(kind)
    if not with_area:
        return s, ""
    kel = rng.choice(reg["kel"])
    kec = rng.choice(reg["kec"])
    city = rng.choice(reg["cities"])
    post = rng.choice(reg["post"]) + digits(rng, 3)
    if kind in ("dusun", "kp", "jorong"):
        unit = "Nagari " if kind == "jorong" else rng.choice(["Desa ", "Ds. ", "Desa "])
        area = wchoice(rng, [(", %s%s, Kec. %s, %s" % (unit, kel, kec, city), 4),
                             (" %s%s Kec. %s" % (unit, kel, kec), 1),
                             (", %s%s, Kecamatan %s" % (unit, kel, kec), 1)])
    else:
        area = wchoice(rng, [(", Kel. %s, Kec. %s, %s" % (kel, kec, city), 4),
                             (", Kelurahan %s, Kecamatan %s, %s %s" % (kel, kec, city, post), 2),
                             (" Kel. %s Kec. %s" % (kel, kec), 1),
                             (", %s %s" % (city, post), 1),
                             (", %s" % city, 2)])
    return s, area


# --------------------------------------------------------------------------- near-misses (never PII)

AIRPORTS = ["Bandara Soekarno-Hatta", "Bandara I Gusti Ngurah Rai", "Bandara Sultan Hasanuddin",
            "Bandara Juanda", "Bandara El Tari", "Bandara Sultan Iskandar Muda", "Bandara Sentani",
            "Bandara Zainuddin Abdul Madjid", "Bandara Adi Soemarmo", "Bandara Kualanamu",
            "Bandara Sam Ratulangi", "Bandara Pattimura"]
UNIVS = ["Universitas Hasanuddin", "Universitas Pattimura", "Universitas Sam Ratulangi",
         "Universitas Nusa Cendana", "Universitas Syiah Kuala", "Universitas Diponegoro",
         "Universitas Cenderawasih", "Universitas Udayana"]
INST_EMAILS = ["pengaduan@lapor.go.id", "humas@disdukcapil.kupangkota.go.id", "dinkes@slemankab.go.id",
               "ppid@bandung.go.id", "pengaduan@pupr.jatengprov.go.id", "layanan@dinsos.acehprov.go.id",
               "helpdesk@ppdb.makassarkota.go.id", "pengaduan@kemenag.go.id", "info@bp2mi.go.id",
               "aduan@dishub.denpasarkota.go.id"]
INST_HANDLES = ["@lapor1708", "@pln_123", "@kemenkes_ri", "@humaspemkot_smg", "@disdukcapil_kupang",
                "@dishubdki", "@bpjskesehatan_ri", "@polresta_mataram", "@pemkab_sleman", "@ombudsmanri137"]


GENERIC_ROADS = ["Jl. Jenderal Sudirman depan pasar", "Jl. Diponegoro", "Jl. Teuku Umar", "Jl. Ahmad Yani km 5",
                 "Jl. Gatot Subroto", "Jl. Pattimura", "Jl. Sam Ratulangi", "Jl. Sisingamangaraja", "Jl. Urip Sumoharjo",
                 "Jalan Diponegoro", "Jl. Cut Nyak Dhien", "Jl. Imam Bonjol dekat lampu merah", "Jl. Hasanuddin",
                 "Jl. Pahlawan", "Jl. W. R. Supratman", "Jl. Dr. Wahidin", "jalan poros desa sepanjang 3 km",
                 "Jl. Jenderal Sudirman", "Jl. Ki Hajar Dewantara", "Jl. Kartini"]
LOCAL_ROADS = {"jabar": ["Jl. Raya Bogor km 32", "Jl. Raya Cipanas", "Jl. Ir. H. Juanda"],
               "jateng": ["Jl. Slamet Riyadi", "Jl. Mgr. Soegijapranata", "Jl. Pandanaran"],
               "diy": ["Jl. Kaliurang km 9", "Jl. Malioboro", "Jl. Parangtritis km 6"],
               "jatim": ["Jl. Soekarno-Hatta", "Jl. Raya Darmo", "Jl. Trunojoyo"],
               "bali": ["Jl. Raya Sesetan", "Jl. By Pass I Gusti Ngurah Rai", "Jl. Gatot Subroto Barat"],
               "ntt": ["Jl. El Tari", "Jl. Frans Seda", "Jl. Timor Raya km 12"],
               "papua": ["ruas Jalan Trans Papua Wamena\u2013Habema", "Jl. Raya Abepura\u2013Sentani"],
               "sumsel": ["Jl. Lintas Sumatera km 87", "Jl. Jenderal Sudirman km 4"],
               "sumbar": ["Jl. Lintas Sumatera km 87", "Jl. Khatib Sulaiman"],
               "sumut": ["Jl. Gatot Subroto Medan", "Jl. Jamin Ginting km 11"],
               "sulsel": ["Jl. A. P. Pettarani", "Jl. Perintis Kemerdekaan km 10"],
               "aceh": ["Jl. Teuku Nyak Arief", "Jl. Sultan Iskandar Muda"],
               "ntb": ["Jl. Langko", "Jl. Bypass BIL"],
               "sulut": ["Jl. Piere Tendean", "Jl. Sam Ratulangi"],
               "jakarta": ["Jl. Raya Bogor km 21", "Jl. Daan Mogot km 13", "Jl. Jenderal Sudirman"]}
HOSP_BY_REGION = {"diy": ["RSUP Dr. Sardjito"], "aceh": ["RSUD dr. Zainoel Abidin"],
                  "jateng": ["RSUP Dr. Kariadi", "RSUD dr. Moewardi"],
                  "jatim": ["RSUD Dr. Soetomo", "RSUD dr. Saiful Anwar", "RSUD Dr. H. Koesnadi"],
                  "sulut": ["RSUP Prof. Dr. R. D. Kandou"], "sulsel": ["RSUP Dr. Wahidin Sudirohusodo"],
                  "ntt": ["RSUD Prof. Dr. W. Z. Johannes"], "papua": ["RSUD Dok II Jayapura"],
                  "jabar": ["RSUP Dr. Hasan Sadikin"], "sumut": ["RSUP H. Adam Malik"], "sumbar": ["RSUP Dr. M. Djamil"],
                  "kalbar": ["RSUD Dr. Soedarso"], "kaltim": ["RSUD Abdul Wahab Sjahranie"], "kalsel": ["RSUD Ulin"],
                  "ntb": ["RSUD Kota Mataram", "RSUD dr. R. Soedjono Selong"], "bali": ["RSUD Wangaya"],
                  "jakarta": ["RSUPN Dr. Cipto Mangunkusumo", "RSUP Fatmawati"], "banten": ["RSUD dr. Dradjat Prawiranegara"],
                  "sumsel": ["RSUP Dr. Mohammad Hoesin"], "sultra": ["RSUD Bahteramas"], "maluku": ["RSUD Dr. M. Haulussy"]}
AIRPORT_BY_REGION = {"bali": "Bandara I Gusti Ngurah Rai", "jakarta": "Bandara Soekarno-Hatta",
                     "banten": "Bandara Soekarno-Hatta", "sulsel": "Bandara Sultan Hasanuddin", "jatim": "Bandara Juanda",
                     "ntt": "Bandara El Tari", "aceh": "Bandara Sultan Iskandar Muda", "papua": "Bandara Sentani",
                     "ntb": "Bandara Zainuddin Abdul Madjid", "jateng": "Bandara Adi Soemarmo", "sumut": "Bandara Kualanamu",
                     "sulut": "Bandara Sam Ratulangi", "maluku": "Bandara Pattimura", "diy": "Bandara Adisutjipto",
                     "sumbar": "Bandara Minangkabau", "kaltim": "Bandara Sultan Aji Muhammad Sulaiman Sepinggan"}


def road_for(rng, region):
    if region in LOCAL_ROADS and rng.random() < 0.4:
        return rng.choice(LOCAL_ROADS[region])
    return rng.choice(GENERIC_ROADS)


def hosp_for(rng, region):
    r = rng.random()
    if region in HOSP_BY_REGION and r < 0.6:
        return rng.choice(HOSP_BY_REGION[region])
    if r < 0.8:
        return "RSUD " + rng.choice(REGIONS[region]["cities"])
    return rng.choice(["RS Bhayangkara", "Puskesmas " + rng.choice(REGIONS[region]["kec"]), "RS Bhayangkara"])


def airport_for(rng, region):
    return AIRPORT_BY_REGION.get(region) or rng.choice(AIRPORTS)


def school_for(rng, region):
    city = rng.choice(REGIONS[region]["cities"])
    return wchoice(rng, [("SD Negeri %d %s" % (rng.randint(1, 60), city), 2), ("SMP Negeri %d %s" % (rng.randint(1, 20), city), 4),
                         ("SMA Negeri %d %s" % (rng.randint(1, 12), city), 2), ("SMK Negeri %d %s" % (rng.randint(1, 6), city), 1),
                         ("MTsN %d %s" % (rng.randint(1, 4), city), 1), ("SD Inpres %s" % rng.choice(REGIONS[region]["kel"]), 1)])


def incident_date(rng, years=(2023, 2025), fmt=None):
    y = rng.randint(*years)
    m = rng.randint(1, 12)
    d = rng.randint(1, mdays(y, m))
    fmt = fmt or rng.choice(["long", "long", "slash", "hari", "short", "dm"])
    if fmt == "long":
        return "%d %s %d" % (d, BULAN[m - 1], y)
    if fmt == "hari":
        return "%s, %d %s %d" % (rng.choice(HARI), d, BULAN[m - 1], y)
    if fmt == "slash":
        return "%02d/%02d/%d" % (d, m, y)
    if fmt == "short":
        return "%d/%d" % (d, m)
    return "%d %s" % (d, BULAN[m - 1])


def chrono_dates(rng, n):
    """n increasing incident dates (long form)."""
    y, m = rng.randint(2023, 2024), rng.randint(1, 12)
    out = []
    for _ in range(n):
        m += rng.randint(0, 2)
        if m > 12:
            y, m = y + 1, m - 12
        out.append((y, m, rng.randint(1, 28)))
    out.sort()
    return ["%d %s %d" % (d, BULAN[mm - 1], yy) for yy, mm, d in out]


def rupiah(rng, scale="mid"):
    if scale == "small":
        return wchoice(rng, [("Rp %d.000" % rng.choice([2, 3, 5, 10, 15, 20, 25, 50]), 5),
                             ("Rp%d.000" % rng.choice([5, 10, 20]), 1), ("Rp %d ribu" % rng.choice([5, 10, 20, 50]), 2),
                             ("Rp %d.000,-" % rng.choice([5, 10, 15, 25]), 1), ("goceng", 1), ("ceban", 1)])
    if scale == "big":
        return wchoice(rng, [("Rp %d juta" % rng.choice([150, 250, 320, 475, 800]), 3),
                             ("Rp %d.%03d.000.000" % (rng.randint(1, 4), rng.choice([0, 150, 250, 500, 750])), 2),
                             ("Rp %d,%d miliar" % (rng.randint(1, 9), rng.randint(1, 9)), 2)])
    return wchoice(rng, [
        ("Rp %s.000" % "{:,}".format(rng.choice([50, 75, 100, 150, 200, 250, 300, 500, 750, 1500, 2350, 3500])).replace(",", "."), 5),
        ("Rp%d,%d juta" % (rng.randint(1, 3), rng.randint(1, 9)), 2),
        ("Rp %d ribu" % rng.choice([20, 25, 50, 100, 150, 200, 300]), 2),
        ("Rp %d.000,-" % rng.choice([5, 10, 15, 25, 50, 100]), 2),
        ("Rp %d juta" % rng.choice([1, 2, 3, 5]), 2)])


def ticket(rng):
    y = rng.randint(2023, 2025)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return wchoice(rng, [("#" + str(rng.randint(1000000, 9999999)), 3),
                         ("nomor laporan " + str(rng.randint(10000000, 99999999)), 2),
                         ("%04d%02d%02d%s" % (y, m, d, digits(rng, 8)), 2),
                         ("tiket LPR-%d-%s" % (y, digits(rng, 6)), 1)])


def ticket16(rng):
    y = rng.randint(2023, 2025)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return "%04d%02d%02d%s" % (y, m, d, digits(rng, 8))


def docno(rng):
    y = rng.randint(2022, 2025)
    return wchoice(rng, [
        ("%d/%d/Kel/%d" % (rng.choice([470, 471, 140, 593]), rng.randint(10, 999), y), 2),
        ("SK Bupati No. 188.45/%d/%d" % (rng.randint(10, 400), y), 1),
        ("%03d/FWR/%s/%d" % (rng.randint(1, 99), ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][rng.randint(0, 11)], y), 2),
        ("B-%d/Dinsos/%d" % (rng.randint(100, 999), y), 1)])


def spbu(rng):
    return "SPBU %d.%d.%02d" % (rng.randint(11, 84), rng.randint(101, 999), rng.randint(1, 99))


def npsn(rng):
    return "NPSN " + str(rng.choice([1, 2, 3, 5, 6, 7])) + digits(rng, 7)


def nm(rng, region, topic=None):
    """A bag of near-miss values (plain text, never labelled)."""
    reg = REGIONS[region]
    key = topic["key"] if topic else None
    regs = TOPIC_REGS.get(key, GENERIC_REGS)
    if rng.random() < 0.25:
        regs = GENERIC_REGS
    hot = TOPIC_HOTLINE.get(key, ["1708", "1708", "112", "1500200"])
    return dict(
        road=road_for(rng, region), year=str(rng.randint(2015, 2023)), date=incident_date(rng),
        date2=incident_date(rng, fmt="long"), dshort=incident_date(rng, fmt="short"),
        rp=rupiah(rng), rp2=rupiah(rng, "small"), rpbig=rupiah(rng, "big"), count=str(rng.randint(2, 9)),
        many=str(rng.randint(12, 240)),
        kk="%s KK" % rng.choice(["37", "52", "118", "2.350", "86", "412", "1.045"]),
        reg=rng.choice(regs), ticket=ticket(rng), hotline=rng.choice(hot),
        hosp=hosp_for(rng, region), school=school_for(rng, region), airport=airport_for(rng, region),
        univ=rng.choice(UNIVS), spbu=spbu(rng), npsn=npsn(rng), km="km %d" % rng.randint(2, 140),
        rt="RT %02d" % rng.randint(1, 12), rtrw="RT %02d/RW %02d" % (rng.randint(1, 12), rng.randint(1, 9)),
        docno=docno(rng), city=rng.choice(reg["cities"]), kel=rng.choice(reg["kel"]),
        kec=rng.choice(reg["kec"]), time="%02d.%02d" % (rng.randint(6, 22), rng.choice([0, 5, 15, 30, 45])),
        hours=str(rng.choice([2, 3, 4, 5, 6, 8])), months=str(rng.randint(2, 14)),
        kode="%s.%s.%02d" % (reg["prov"], rng.choice(reg["kabs"]), rng.randint(1, 24)),
        pct=str(rng.choice([30, 40, 50, 60, 75])))

# --------------------------------------------------------------------------- complaint topics (no PII inside)

TOPICS = [
    dict(key="jalan", perihal="Kerusakan Jalan", inst="Dinas PUPR",
         formal=["Jalan di {road} rusak berat dan berlubang sejak {year}, padahal setiap hari dilalui anak sekolah.",
                 "Warga sudah {count} kali menyampaikan laporan, terakhir pada {date}, namun belum ada perbaikan.",
                 "Menurut papan proyek, anggaran perbaikan sebesar {rpbig} sudah dialokasikan, tetapi pekerjaan berhenti di {km}.",
                 "Sedikitnya {many} pengendara terjatuh di lubang yang sama selama musim hujan."],
         casual=["jalan di {road} udah kayak kubangan kerbau, dari {year} ga pernah dibenerin",
                 "udah lapor {count} kali, terakhir tgl {dshort}, tetep aja ga ada respon",
                 "katanya anggaran {rpbig} udah turun tapi aspalnya cuma ditambal sulam",
                 "tiap ujan motor pada jatuh, kemaren aja ada {count} orang"]),
    dict(key="pju", perihal="Lampu Penerangan Jalan Mati", inst="Dinas Perhubungan",
         formal=["Lampu penerangan jalan umum di sepanjang {road} padam sejak {date}.",
                 "Akibatnya sudah terjadi {count} kali penjambretan di ruas tersebut pada malam hari.",
                 "Pengaduan melalui kanal resmi dengan {ticket} belum ditindaklanjuti."],
         casual=["lampu jalan di {road} mati total dari {dshort}, gelap gulita",
                 "udah {count} kali ada jambret di situ, ngeri lewat jam {time}",
                 "udh lapor, dapet {ticket}, trus ya gitu aja"]),
    dict(key="air", perihal="Gangguan Air Bersih PDAM", inst="Perumda Air Minum",
         formal=["Air PDAM di lingkungan kami keruh dan berbau sejak {date}, bahkan sering tidak mengalir hingga {hours} hari.",
                 "Meskipun demikian, tagihan bulan ini justru naik menjadi {rp}.",
                 "Gangguan ini dialami sekitar {kk} di wilayah {kel}."],
         casual=["air pdam keruh kayak kopi susu, udah {hours} hari ga ngalir",
                 "tagihan malah naik jadi {rp}, ga masuk akal",
                 "satu {rt} kena semua"]),
    dict(key="sampah", perihal="Penumpukan Sampah", inst="Dinas Lingkungan Hidup",
         formal=["Sampah di TPS dekat {road} tidak diangkut selama {hours} minggu dan menimbulkan bau menyengat.",
                 "Warga tetap ditarik iuran kebersihan {rp2} per bulan.",
                 "Kondisi ini berisiko menimbulkan penyakit, terutama bagi {many} anak di sekitar lokasi."],
         casual=["sampah numpuk di tps deket {road}, udah {hours} minggu ga diangkut",
                 "iuran kebersihan {rp2} tetep ditarik tiap bulan lho",
                 "baunya sampe ke masjid"]),
    dict(key="adminduk", perihal="Pungutan Liar Pengurusan KTP-el dan KK", inst="Dinas Kependudukan dan Pencatatan Sipil",
         formal=["Pada {date}, saya mengurus perubahan data KK dan KTP-el di kantor Disdukcapil {city}.",
                 "Petugas loket meminta uang {rp} agar berkas diproses cepat, padahal layanan adminduk gratis sesuai {reg}.",
                 "Berkas saya sudah {months} bulan belum selesai, sementara pemohon yang membayar selesai dalam {count} hari."],
         casual=["ngurus ktp di dukcapil {city} dimintain {rp} biar cepet",
                 "padahal gratis kan, ada aturannya {reg}",
                 "udah {months} bulan blanko katanya habis terus"]),
    dict(key="bansos", perihal="Bantuan Sosial PKH/BPNT Tidak Cair", inst="Dinas Sosial",
         formal=["Bantuan PKH tahap {count} tahun {year} tidak kami terima, padahal nama kami tercantum dalam DTKS.",
                 "Pendamping menyatakan dana sudah disalurkan ke rekening, tetapi saldo tidak bertambah sejak {date}.",
                 "Di {rt} kami ada {many} penerima yang mengalami hal yang sama."],
         casual=["bansos pkh tahap {count} ga cair2, katanya udah masuk rekening",
                 "saldo kosong dari {dshort}",
                 "tetangga se-{rt} juga pada ngeluh"]),
    dict(key="bpjs", perihal="Kepesertaan BPJS Kesehatan Nonaktif", inst="BPJS Kesehatan",
         formal=["Kartu JKN-KIS tiba-tiba dinyatakan nonaktif saat berobat di {hosp} pada {date}.",
                 "Kami terpaksa membayar biaya perawatan sebesar {rp} sebagai pasien umum.",
                 "Padahal iuran PBI ditanggung pemerintah daerah sesuai {reg}."],
         casual=["bpjs tiba2 nonaktif pas mau berobat di {hosp}",
                 "akhirnya bayar umum {rp}, mana duit segitu",
                 "telp ke {hotline} katanya disuruh ke kantor cabang"]),
    dict(key="ppdb", perihal="Seleksi PPDB Jalur Zonasi", inst="Dinas Pendidikan",
         formal=["Dalam PPDB jalur zonasi tahun {year}, anak kami tidak diterima di {school} ({npsn}) padahal jarak rumah hanya 450 meter.",
                 "Sebaliknya, terdapat calon siswa dari luar zona yang diterima setelah membayar {rp}.",
                 "Kami mohon verifikasi ulang sesuai {reg}."],
         casual=["anak gw ga keterima zonasi di {school}, padahal rumah cuma 450 m",
                 "yg jauh malah masuk, katanya bayar {rp}",
                 "ini sistem apa sih"]),
    dict(key="listrik", perihal="Pemadaman Listrik Berulang", inst="PLN UP3",
         formal=["Listrik di wilayah {kel} padam {count} kali dalam seminggu tanpa pemberitahuan, terakhir {date} selama {hours} jam.",
                 "Peralatan elektronik warga rusak dan usaha kecil merugi hingga {rp}.",
                 "Pengaduan ke layanan {hotline} hanya dijawab sedang ada pemeliharaan."],
         casual=["listrik mati {count}x seminggu, kulkas rusak",
                 "telp {hotline} jawabannya pemeliharaan mulu",
                 "rugi dagangan es {rp}"]),
    dict(key="banjir", perihal="Saluran Drainase Tersumbat", inst="Dinas PUPR",
         formal=["Saluran drainase di {road} tersumbat sehingga setiap hujan {hours} jam air masuk ke rumah warga.",
                 "Banjir terakhir pada {date} merendam sekitar {kk}.",
                 "Normalisasi yang dijanjikan sejak {year} belum dilaksanakan."],
         casual=["got di {road} mampet, ujan dikit langsung banjir",
                 "kemaren {dshort} air masuk rumah sepaha",
                 "janjinya dinormalisasi dari {year}"]),
    dict(key="parkir", perihal="Parkir Liar dan Pungutan Parkir", inst="Dinas Perhubungan",
         formal=["Juru parkir tanpa rompi resmi menarik tarif {rp2} di depan pertokoan {road}.",
                 "Kendaraan diparkir hingga dua lapis sehingga menutup jalur pejalan kaki.",
                 "Sesuai {reg}, tarif parkir tepi jalan hanya Rp 2.000 untuk sepeda motor."],
         casual=["tukang parkir liar di {road} narik {rp2}, ga ada karcis",
                 "parkir dua lapis, trotoar ketutup",
                 "dishub kemana aja"]),
    dict(key="izin", perihal="Bangunan Tanpa PBG", inst="DPMPTSP",
         formal=["Sebuah bangunan tiga lantai didirikan di {road} tanpa papan PBG dan menutup saluran air.",
                 "Pekerjaan dilakukan hingga pukul {time} sehingga mengganggu istirahat warga.",
                 "Kami sudah menyurati kelurahan dengan nomor {docno} namun belum ada tanggapan."],
         casual=["ada bangunan 3 lantai di {road}, ga ada plang PBG",
                 "kerja sampe jam {time}, berisik",
                 "surat ke kelurahan ga dibales"]),
    dict(key="pabrik", perihal="Pencemaran Limbah Pabrik", inst="Dinas Lingkungan Hidup",
         formal=["Pabrik pengolahan di dekat {road} membuang limbah cair ke sungai sejak {year}.",
                 "Sumur warga berwarna kuning dan sedikitnya {many} warga mengalami gatal-gatal.",
                 "Hasil uji laboratorium tanggal {date2} menunjukkan kadar melebihi baku mutu."],
         casual=["limbah pabrik deket {road} dibuang ke kali",
                 "sumur jadi kuning, {many} orang gatel2",
                 "udah dari {year} gini terus"]),
    dict(key="honorer", perihal="Honor Tenaga Honorer Belum Dibayar", inst="BKPSDM",
         formal=["Honor tenaga honorer di lingkungan sekolah kami belum dibayarkan selama {months} bulan.",
                 "Besaran honor hanya {rp} per bulan dan dipotong tanpa penjelasan.",
                 "Hal ini dialami oleh {many} tenaga honorer di kabupaten yang sama."],
         casual=["honor blm dibayar {months} bulan",
                 "cuma {rp} sebulan masih dipotong",
                 "kita ini juga butuh makan"]),
    dict(key="pajak", perihal="Tagihan PBB dan Data Perpajakan", inst="Bapenda",
         formal=["Tagihan PBB-P2 tahun {year} naik menjadi {rp} tanpa pemberitahuan penilaian ulang.",
                 "Data wajib pajak di sistem juga tertukar dengan warga lain sehingga SPPT terbit ganda.",
                 "Kami memohon koreksi sesuai ketentuan {reg}."],
         casual=["pbb naik jadi {rp}, ga ada sosialisasi",
                 "sppt dobel, data ketuker sama orang lain",
                 "ngurus ke bapenda disuruh bolak balik"]),
    dict(key="danadesa", perihal="Dugaan Penyimpangan Dana Desa", inst="Inspektorat Daerah",
         formal=["Pembangunan jalan rabat beton senilai {rpbig} dari Dana Desa tahun {year} hanya dikerjakan separuh.",
                 "Papan informasi proyek tidak dipasang dan musyawarah desa tidak melibatkan warga.",
                 "Hal ini bertentangan dengan {reg}."],
         casual=["proyek rabat beton dana desa {rpbig} cuma jadi setengah",
                 "ga ada papan proyek",
                 "musdes ga ngundang warga"]),
    dict(key="rsud", perihal="Pelayanan Rumah Sakit", inst="Direktur RSUD",
         formal=["Pada {date}, pasien di IGD {hosp} menunggu lebih dari {hours} jam tanpa pemeriksaan.",
                 "Petugas menyatakan kamar kelas 3 penuh, padahal keluarga pasien lain yang membayar {rp} langsung mendapat kamar.",
                 "Kami mohon evaluasi sesuai {reg}."],
         casual=["di igd {hosp} nunggu {hours} jam ga diperiksa",
                 "kamar kelas 3 katanya penuh, yg bayar {rp} langsung dapet",
                 "parah bgt"]),
    dict(key="tanah", perihal="Penerbitan Sertifikat Tanah", inst="Kantor Pertanahan",
         formal=["Permohonan sertifikat melalui program PTSL tahun {year} belum selesai walaupun biaya {rp} sudah dibayar.",
                 "Panitia desa meminta tambahan {rp2} tanpa kuitansi.",
                 "Menurut ketentuan, biaya PTSL di wilayah kami paling tinggi Rp 150.000."],
         casual=["ptsl dari {year} sertifikat blm jadi, udah bayar {rp}",
                 "diminta nambah {rp2} lagi ga ada kwitansi",
                 "katanya max 150rb"]),
    dict(key="sekolah", perihal="Pungutan di Sekolah", inst="Dinas Pendidikan",
         formal=["Komite {school} menarik sumbangan pembangunan {rp} per siswa yang bersifat wajib.",
                 "Siswa yang belum membayar tidak diberi kartu ujian pada {date}.",
                 "Pungutan semacam ini dilarang menurut Permendikbud No. 75 Tahun 2016."],
         casual=["komite {school} minta sumbangan {rp} wajib",
                 "yg blm bayar ga dapet kartu ujian",
                 "katanya sumbangan kok wajib"]),
    dict(key="samsat", perihal="Pelayanan Samsat dan Tilang", inst="Polres",
         formal=["Saat razia pada {date} di {road}, petugas meminta uang damai {rp} tanpa surat tilang.",
                 "Di kantor Samsat, pengurusan balik nama dikenakan biaya tambahan {rp2} di luar ketentuan.",
                 "Kami mohon ditindak sesuai {reg}."],
         casual=["kena razia di {road}, diminta damai {rp}",
                 "ga dikasih surat tilang",
                 "samsat juga minta tambahan {rp2}"]),
]
TOPIC_BY_KEY = {t["key"]: t for t in TOPICS}
GENERIC_REGS = ["UU No. 25 Tahun 2009 tentang Pelayanan Publik", "Perpres 76/2013", "Perda No. 5 Tahun 2019"]
TOPIC_REGS = {
    "jalan": ["UU No. 38 Tahun 2004 tentang Jalan", "UU No. 22 Tahun 2009 tentang LLAJ"],
    "pju": ["UU No. 22 Tahun 2009 tentang LLAJ"],
    "air": ["PP No. 122 Tahun 2015 tentang SPAM"],
    "sampah": ["UU No. 18 Tahun 2008 tentang Pengelolaan Sampah"],
    "adminduk": ["UU No. 24 Tahun 2013 tentang Administrasi Kependudukan", "Permendagri No. 108 Tahun 2019",
                 "UU No. 23 Tahun 2006 tentang Adminduk"],
    "bansos": ["Permensos No. 1 Tahun 2018", "UU No. 13 Tahun 2011 tentang Penanganan Fakir Miskin"],
    "bpjs": ["Perpres No. 82 Tahun 2018 tentang Jaminan Kesehatan", "UU No. 40 Tahun 2004 tentang SJSN"],
    "ppdb": ["Permendikbud No. 1 Tahun 2021"],
    "listrik": ["UU No. 30 Tahun 2009 tentang Ketenagalistrikan"],
    "banjir": ["Perda No. 5 Tahun 2019"],
    "parkir": ["Perda No. 5 Tahun 2019", "UU No. 22 Tahun 2009 tentang LLAJ"],
    "izin": ["PP No. 16 Tahun 2021 tentang Bangunan Gedung"],
    "pabrik": ["UU No. 32 Tahun 2009 tentang PPLH"],
    "honorer": ["UU No. 20 Tahun 2023 tentang ASN", "PP No. 49 Tahun 2018"],
    "pajak": ["UU No. 1 Tahun 2022 tentang HKPD", "PMK 112/PMK.03/2022"],
    "danadesa": ["UU No. 6 Tahun 2014 tentang Desa", "Permendagri No. 20 Tahun 2018"],
    "rsud": ["UU No. 17 Tahun 2023 tentang Kesehatan", "Perpres No. 82 Tahun 2018 tentang Jaminan Kesehatan"],
    "tanah": ["PP 24/1997 tentang Pendaftaran Tanah", "SKB 3 Menteri tentang biaya PTSL"],
    "sekolah": ["Permendikbud No. 75 Tahun 2016"],
    "samsat": ["UU No. 22 Tahun 2009 tentang LLAJ", "PP No. 80 Tahun 2012"],
}
TOPIC_HOTLINE = {"bpjs": ["165"], "listrik": ["123"], "rsud": ["119", "165"], "samsat": ["110"], "pju": ["112", "1708"],
                 "banjir": ["112", "1708"]}


def topic_sents(rng, topic, vals, k=2, casual=False):
    pool = topic["casual" if casual else "formal"]
    k = min(k, len(pool))
    idx = [0] + sorted(rng.sample(range(1, len(pool)), k - 1)) if (k >= 1 and (not casual or rng.random() < 0.6)) \
        else sorted(rng.sample(range(len(pool)), k))
    return [pool[i].format(**vals) for i in idx]


def joined(rng, sents, casual=False):
    """Join sentences; casual ones get commas / full stops the way people type."""
    out = []
    for i, x in enumerate(sents):
        x = x.rstrip(".")
        if i == 0 or not casual or rng.random() < 0.5:
            x = x[0].upper() + x[1:] if not casual or rng.random() < 0.6 else x
        out.append(x)
    if not casual:
        return ". ".join(out) + "."
    res = out[0]
    for x in out[1:]:
        res += rng.choice([", ", ". ", ". ", " .. ", ", trus "]) + x
    return res + rng.choice([".", "", "!!", " ..."])


JOBS = ["Ibu rumah tangga", "Petani", "Wiraswasta", "Buruh harian lepas", "Guru honorer", "Pedagang",
        "Karyawan swasta", "Nelayan", "Pensiunan", "Sopir", "Mahasiswa", "Perangkat desa", "Tukang ojek",
        "Peternak", "Buruh pabrik", "Tenaga kesehatan"]

# --------------------------------------------------------------------------- shared snippets

PRE_TITLES = ["Drs. ", "Ir. ", "dr. ", "H. ", "Hj. ", "Dr. ", "", "", "", ""]
POST_TITLES = [", S.Sos.", ", M.Si.", ", S.T., M.T.", ", S.H.", ", S.E.", ", S.Pd.", ", S.Kep., Ns.",
               ", M.M.", ", S.IP.", ", M.Kes.", "", "", ""]
def official_title(rng, topic, v):
    inst = topic["inst"]
    opts = ["Kepala " + inst if not inst.startswith("Direktur") else inst, "Kepala Bidang Pelayanan " + inst.replace("Direktur ", ""),
            "Camat " + v["kec"], "Lurah " + v["kel"], "Kepala Desa " + v["kel"], "Humas " + inst.replace("Direktur ", "")]
    if inst.startswith("Dinas"):
        opts.append("Sekretaris " + inst)
    return rng.choice(opts)


def titled(rng, p, allow_pre=True):
    """Pieces for a name with honorific titles / degrees outside the span."""
    pre = rng.choice(PRE_TITLES) if allow_pre else ""
    if pre == "Hj. " and p.sex == "L":
        pre = "H. "
    if pre == "H. " and p.sex == "P":
        pre = "Hj. "
    post = rng.choice(POST_TITLES)
    return [pre, (p.full, "PERSON"), post]


def addr_pieces(rng, p, kind=None, with_area=True):
    """A person's house-level address (span) plus area-level text (outside the span).
    The first address generated for a person is remembered and reused for later mentions."""
    if p.home is None:
        p.home = address(rng, p.region, kind, True)
    a, area = p.home
    return [(a, "ADDRESS"), area if with_area else ""]


def pad(label, width):
    return label + " " * max(1, width - len(label))


def letter_date(rng, city):
    return "%s, %s" % (city, incident_date(rng, (2024, 2025), fmt="long"))


def proper_org(name):
    small = {"DAN", "UNTUK", "DI"}
    keep = {"LBH", "RT", "RW", "PKH"}
    out = []
    for w in name.split(" "):
        if w in small:
            out.append(w.lower())
        elif w in keep or "/" in w or any(c.isdigit() for c in w):
            out.append(w)
        else:
            out.append(w.capitalize())
    return " ".join(out)


LSMS = ["LEMBAGA BANTUAN HUKUM RAKYAT NUSANTARA", "YAYASAN PEDULI PELAYANAN PUBLIK",
        "PERKUMPULAN ADVOKASI WARGA", "FORUM PEMANTAU PELAYANAN PUBLIK", "LBH KEADILAN TIMUR",
        "KOALISI MASYARAKAT SIPIL UNTUK TRANSPARANSI"]


def office_line(rng, region, with_email=False):
    """Letterhead line of an institution (office address, office phone): not PII."""
    st = rng.choice(["Pattimura", "Ahmad Yani", "Diponegoro", "Sudirman", "Gajah Mada", "Sam Ratulangi",
                     "El Tari", "Teuku Umar", "Veteran", "Merdeka"])
    s = "Sekretariat: Jl. %s No. %d, %s \u2022 Telp. %s" % (st, rng.randint(1, 200), rng.choice(REGIONS[region]["cities"]),
                                                           landline(rng, region))
    if with_email:
        s += " \u2022 " + rng.choice(["sekretariat@lbh-rakyat.or.id", "info@pantaupublik.or.id",
                                      "kontak@advokasiwarga.org"])
    return s


# --------------------------------------------------------------------------- style: surat (formal letters)

def addressee(rng, topic):
    inst = topic["inst"]
    if inst.startswith("Direktur"):
        return inst
    return rng.choice(["Bapak/Ibu Kepala ", "Kepala ", "Pimpinan "]) + inst

def g_surat(rng, nopii):
    region = pick_region(rng)
    topic = rng.choice(TOPICS)
    v = nm(rng, region, topic)
    d = Doc()
    city = v["city"]
    sents = topic_sents(rng, topic, v, k=rng.randint(2, 3))
    if nopii:
        forum = rng.choice(["FORUM WARGA %s" % v["rtrw"].upper(), "PAGUYUBAN PEDAGANG PASAR %s" % v["kel"].upper(),
                            "KELOMPOK TANI MAKMUR %s" % v["kel"].upper()] + LSMS)
        d.t(forum + "\n")
        if forum in LSMS:
            d.t(office_line(rng, region, with_email=rng.random() < 0.2) + "\n")
        else:
            d.t("Sekretariat: Balai Warga %s, Kelurahan %s, Kecamatan %s\n" % (v["rtrw"], v["kel"], v["kec"]))
        d.t("-" * rng.randint(30, 60) + "\n\n")
        d.t(letter_date(rng, city) + "\n\n")
        d.t("Nomor    : %s\nLampiran : %s\nPerihal  : %s\n\n" % (docno(rng), rng.choice(["1 (satu) berkas", "2 lembar foto", "-"]),
                                                               topic["perihal"]))
        d.t("Kepada Yth.\n%s %s\ndi -\n      Tempat\n\n" % (addressee(rng, topic), city))
        d.t("Dengan hormat,\n\n")
        d.t("Bersama surat ini kami, warga yang tergabung dalam forum di atas, menyampaikan pengaduan sebagai berikut:\n")
        for i, s in enumerate(sents, 1):
            d.t("%d. %s\n" % (i, s))
        d.t("%d. Sebelumnya pengaduan ini telah disampaikan melalui SP4N-LAPOR! dengan %s.\n\n" % (len(sents) + 1, v["ticket"]))
        d.t(rng.choice([
            "Kami berharap Bapak/Ibu dapat menindaklanjuti sesuai %s. Daftar nama dan tanda tangan %s warga terlampir dan tidak untuk dipublikasikan.\n\n" % (v["reg"], v["many"]),
            "Mohon tanggapan paling lambat %s. Pengaduan ini didukung oleh %s di wilayah kami.\n\n" % (v["date2"], v["kk"]),
            "Atas perhatian dan kerja sama Bapak/Ibu kami ucapkan terima kasih. NIK para pelapor sudah dicek di aplikasi Dukcapil dan valid.\n\n"]))
        d.t("Hormat kami,\nPengurus %s\n\n(tanda tangan dan cap)\n\n" % proper_org(forum))
        d.t("Tembusan:\n1. Inspektorat %s\n2. Ombudsman RI Perwakilan\n3. Arsip" % city)
        return d

    rep = Person(rng, region, age=(25, 68))
    pns = rng.random() < 0.22
    org = rng.random() < 0.3
    if org:
        d.t(rng.choice(LSMS) + "\n" + office_line(rng, region, with_email=rng.random() < 0.15) + "\n")
        d.t("=" * rng.randint(30, 56) + "\n\n")
    d.t(letter_date(rng, city) + "\n\n")
    lamp_kk = rng.random() < 0.35
    d.f("Nomor    : {}\nLampiran : {}\nPerihal  : Pengaduan {}\n\n",
        docno(rng) if org else "-", rng.choice(["1 (satu) berkas", "3 lembar", "fotokopi KTP dan KK"]), topic["perihal"])
    d.t("Kepada Yth.\n%s\n%s\ndi -\n      Tempat\n\n" % (addressee(rng, topic), city))
    d.t("Dengan hormat,\n")
    if org:
        d.t("Kami selaku pendamping menyampaikan pengaduan dari warga dampingan kami:\n")
    else:
        d.t(rng.choice(["Yang bertanda tangan di bawah ini:\n", "Saya yang bertanda tangan di bawah ini:\n"]))
    w = rng.choice([16, 19, 22])
    d.f(pad("Nama", w) + ": {}\n", (rep.full, "PERSON"))
    d.f(pad(rng.choice(["NIK", "No. KTP", "Nomor Induk Kependudukan"]), w) + ": {}\n", (rep.nik(), "NIK"))
    if pns:
        d.f(pad("NIP", w) + ": {}\n", (rep.nip(), "NIP"))
    if rng.random() < 0.6:
        d.f(pad(rng.choice(["Tempat/Tgl. Lahir", "TTL", "Tempat, tanggal lahir"]), w) + ": {}, {}\n",
            rep.city, (rep.dob_str(), "DATE_OF_BIRTH"))
    d.t(pad("Pekerjaan", w) + ": " + ("PNS pada %s" % topic["inst"] if pns else rng.choice(JOBS)) + "\n")
    d.t(pad("Alamat", w) + ": ")
    d.put(addr_pieces(rng, rep))
    d.t("\n")
    r = rng.random()
    if r < 0.6:
        d.f(pad(rng.choice(["No. HP/WA", "Telepon", "No. Telp."]), w) + ": {}\n", (mobile(rng), "PHONE"))
    elif r < 0.8:
        d.f(pad("Telp. rumah/HP", w) + ": {} / {}\n", (landline(rng, region), "PHONE"), (mobile(rng), "PHONE"))
    if rng.random() < 0.3:
        d.f(pad("E-mail", w) + ": {}\n", (email_for(rng, rep), "EMAIL"))
    if rng.random() < 0.2:
        d.f(pad("NPWP", w) + ": {}\n", (npwp(rng, rep), "NPWP"))
    d.t("\nDengan ini menyampaikan pengaduan sebagai berikut:\n")
    i = 0
    for i, s in enumerate(sents, 1):
        d.t("%d. %s\n" % (i, s))
    i += 1
    off = Person(rng, region, age=(30, 58))
    r = rng.random()
    if r < 0.45:
        d.f("%d. Pada {}, saya menemui petugas bernama {}" % i, v["date"], off.hon(formal=True))
        d.put((off.full, "PERSON"))
        if rng.random() < 0.6:
            d.f(" (NIP {})", (off.nip(), "NIP"))
        d.t(rng.choice([", namun beliau hanya menyatakan akan diteruskan ke atasan.\n",
                        ", yang justru meminta saya datang kembali minggu depan.\n",
                        ". Sdr. "]))
        if d.parts[-1].endswith("Sdr. "):
            d.put((off.short, "PERSON"))
            d.t(" menyarankan agar saya membayar biaya percepatan.\n")
    elif r < 0.75:
        nb = Person(rng, region, like=rep)
        d.f("%d. Hal serupa dialami tetangga saya, {}{}, yang tinggal di {}.\n" % i,
            nb.hon(), (nb.full, "PERSON"), addr_pieces(rng, nb, with_area=False))
    else:
        d.f("%d. Kondisi ini bertentangan dengan {}.\n" % i, v["reg"])
    d.t("\nSebagai bahan pertimbangan, bersama ini saya lampirkan fotokopi KTP")
    if lamp_kk:
        d.f(", fotokopi Kartu Keluarga No. {}", (rep.kk(), "KK"))
    d.t(" serta %s lembar foto kondisi di lapangan.\n\n" % v["count"])
    d.t("Demikian pengaduan ini saya sampaikan. Atas perhatian Bapak/Ibu, saya ucapkan terima kasih.\n\n")
    d.t(rng.choice(["Hormat saya,\n", "Pelapor,\n", "Hormat saya,\nPelapor\n"]))
    d.t(rng.choice(["\n(ttd)\n\n", "\nMeterai Rp10.000\n(ttd)\n\n", "\n\n\n"]))
    sig = rep.full.upper() if rng.random() < 0.4 else rep.full
    if rng.random() < 0.3:
        d.f("( {} )\n", (sig, "PERSON"))
    else:
        d.f("{}\n", (sig, "PERSON"))
    if pns:
        d.f("NIP. {}\n", (rep.nip(), "NIP"))
    else:
        d.f("NIK. {}\n", (rep.nik(allow_typo=False), "NIK"))
    if rng.random() < 0.6:
        d.put(addr_pieces(rng, rep))
        d.t("\n")
    if org or rng.random() < 0.4:
        ketua = Person(rng, region)
        d.t("\nMengetahui,\nKetua %s\n\n" % v["rtrw"])
        d.f("{}\n", (ketua.full, "PERSON"))
    d.t("\nTembusan:\n1. Ombudsman RI Perwakilan\n2. Arsip")
    return d

# --------------------------------------------------------------------------- style: telepon (call-centre transcripts)

DIGIT_WORDS = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def spell_digits(rng, raw, group=4):
    """Digits read aloud word by word; groups separated by a plain space."""
    zero = rng.choice(["nol", "nol", "kosong"])
    words = [zero if ch == "0" else DIGIT_WORDS[int(ch)] for ch in raw]
    return " ".join(words)


def grouped_digits(rng, raw, sizes=(4, 4)):
    out, i = [], 0
    for s in sizes:
        out.append(raw[i:i + s])
        i += s
    if i < len(raw):
        out.append(raw[i:])
    sep = rng.choice([" ", " ", " - ", "... "])
    return sep.join(out)


AGENTS_F = ["Rina", "Dewi", "Putri", "Nadia", "Sekar", "Anisa", "Maya", "Tiara"]
AGENTS_M = ["Yoga", "Raka", "Bagas", "Fajar", "Dimas"]


def g_telepon(rng, nopii):
    region = pick_region(rng)
    topic = rng.choice(TOPICS)
    v = nm(rng, region, topic)
    d = Doc()
    inst, line = rng.choice([("Call Center SP4N-LAPOR!", "1708"), ("Layanan Pengaduan %s" % topic["inst"], v["hotline"]),
                             ("Contact Center Pemkot", "112"), ("Layanan Aspirasi Warga", "1500200")])
    d.t("[Transkrip panggilan \u2014 %s (%s) \u2014 %s pukul %s WIB \u2014 durasi %02d:%02d]\n" % (
        inst, line, incident_date(rng, (2024, 2025), fmt="long"), v["time"], rng.randint(3, 14), rng.randint(0, 59)))
    P_, C_ = rng.choice([("Petugas", "Penelepon"), ("PETUGAS", "PELAPOR"), ("Agen", "Penelepon")])
    agent_named = (not nopii) and rng.random() < 0.5
    fem = rng.random() < 0.65
    sapa = "Mbak" if fem else "Mas"
    wkt = rng.choice(["pagi", "siang", "sore"])
    greet = rng.choice(["Selamat " + wkt, "Assalamualaikum, selamat " + wkt])
    if agent_named:
        ag = rng.choice(AGENTS_F if fem else AGENTS_M)
        d.f(P_ + ": {}, {}, dengan {} bisa dibantu?\n", greet, inst, (ag, "PERSON"))
    else:
        d.t("%s: %s, %s, ada yang bisa kami bantu?\n" % (P_, greet, inst))
    d.t("%s: %s, %s. Saya mau lapor soal %s.\n" % (C_, rng.choice(["Iya", "Halo", "Ee, iya", wkt.capitalize(),
                                                                  "Waalaikumsalam" if "Assalam" in greet else "Iya"]),
                                                  sapa, topic["perihal"].lower()))
    if nopii:
        d.t("%s: Baik. Boleh dengan Bapak/Ibu siapa?\n" % P_)
        d.t("%s: %s\n" % (C_, rng.choice([
            "Anu, saya nggak mau sebut nama dulu ya, %s. Takut." % sapa,
            "Saya warga %s saja, %s, nama tidak usah dicatat." % (v["rt"], sapa),
            "Nama nanti saja, yang penting ini ditindak."])))
        d.t("%s: Tidak apa-apa, laporan anonim tetap kami terima. Lokasinya di mana?\n" % P_)
        d.t("%s: Di %s, eh, dekat %s. Itu %s\n" % (C_, v["road"], rng.choice(["masjid", "pasar", "SD", "pangkalan ojek"]),
                                                 joined(rng, topic_sents(rng, topic, v, k=2, casual=True), True)))
        d.t("%s: Sejak kapan kejadiannya?\n%s: Sejak %s kalau nggak salah. %s\n" % (
            P_, C_, v["date"], rng.choice(["NIK saya sudah dicek di 3 aplikasi tapi tetap nggak muncul.",
                                           "Saya sudah telepon ke %s juga." % v["hotline"],
                                           "Di %s itu ada %s yang kena." % (v["rt"], v["kk"])])))
        d.t("%s: Baik, laporan sudah kami catat dengan %s. Tindak lanjut maksimal 5 hari kerja.%s\n" % (
            P_, ticket(rng), "" if rng.random() < 0.8 else " Bukti foto bisa dikirim ke pengaduan@lapor.go.id."))
        d.t("%s: Makasih, %s.\n[panggilan berakhir]" % (C_, sapa))
        return d
    rep = Person(rng, region)
    d.t("%s: Baik, dengan %s siapa saya berbicara?\n" % (P_, "Bapak" if rep.sex == "L" else "Ibu"))
    r = rng.random()
    if r < 0.25 and rep.full != rep.short:
        d.f(C_ + ": Saya {}. Eh, maksud saya nama lengkapnya {}.\n", (rep.short, "PERSON"), (rep.full, "PERSON"))
    elif r < 0.4:
        wrong = rep.full[:-1] + ("i" if rep.full[-1] != "i" else "a")
        d.f(C_ + ": {}... eh bukan, {}, pakai huruf {} di belakang.\n", (wrong, "PERSON"), (rep.full, "PERSON"),
            rep.full[-1].upper())
    else:
        d.f(C_ + ": Dengan {}{}.\n", rng.choice(["", "saya ", "saya sendiri, "]), (rep.full, "PERSON"))
    d.f(P_ + ": Baik {}{}. Boleh disebutkan NIK-nya?\n", rep.hon(formal=True), (rep.short, "PERSON"))
    raw = rep.nik_raw()
    mode = rng.choice(["group", "spell", "group"])
    if mode == "spell":
        d.f(C_ + ": Sebentar... {}.\n", (spell_digits(rng, raw), "NIK"))
    else:
        d.f(C_ + ": Ini saya baca dari KTP ya, {}.\n", (grouped_digits(rng, raw, (4, 4, 4)), "NIK"))
    d.f(P_ + ": Saya ulangi, {}, betul?\n", (raw, "NIK"))
    d.t(C_ + ": Betul, %s.\n" % sapa)
    d.t(P_ + ": Nomor telepon yang bisa dihubungi?\n")
    ph = mobile_raw(rng)
    r = rng.random()
    if r < 0.3:
        d.f(C_ + ": {}.\n", (spell_digits(rng, ph), "PHONE"))
    elif r < 0.5:
        bad = ph[:-2] + ph[-1] + ph[-2] if ph[-1] != ph[-2] else ph[:-1] + str((int(ph[-1]) + 1) % 10)
        d.f(C_ + ": {}, eh maksud saya {}. Maaf kebalik.\n", (grouped_digits(rng, bad, (4, 4)), "PHONE"),
            (grouped_digits(rng, ph, (4, 4)), "PHONE"))
    else:
        d.f(C_ + ": {}, itu ada WA-nya juga.\n", (grouped_digits(rng, ph, (4, 4)), "PHONE"))
    if rng.random() < 0.6:
        d.f(P_ + ": Saya ulangi, {}.\n", (fmt_mobile(rng, ph, rng.choice(["dash", "plain"])), "PHONE"))
    if rng.random() < 0.5:
        d.t(P_ + ": Tanggal lahir untuk verifikasi?\n")
        y, m, dd = rep.dob
        form = rng.choice(["long", "words", "short"])
        if form == "words":
            dob = "%s %s %d" % (["satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
                                 "sebelas", "dua belas", "tiga belas", "empat belas", "lima belas", "enam belas",
                                 "tujuh belas", "delapan belas", "sembilan belas", "dua puluh", "dua puluh satu",
                                 "dua puluh dua", "dua puluh tiga", "dua puluh empat", "dua puluh lima",
                                 "dua puluh enam", "dua puluh tujuh", "dua puluh delapan", "dua puluh sembilan",
                                 "tiga puluh", "tiga puluh satu"][dd - 1], BULAN[m - 1], y)
        elif form == "short":
            dob = "%d %s %02d" % (dd, BULAN[m - 1], y % 100)
        else:
            dob = "%d %s %d" % (dd, BULAN[m - 1], y)
        d.f(C_ + ": {}, " + sapa + ".\n", (dob, "DATE_OF_BIRTH"))
    d.t(P_ + ": Alamat lengkapnya?\n")
    if rng.random() < 0.2:
        # a bare RT/RW given as where the caller lives (ADDRESS per the guide)
        d.f(C_ + ": Alamat saya {}, Kelurahan {}, {}.\n", (rtrw(rng), "ADDRESS"), v["kel"], v["city"])
    else:
        d.f(C_ + ": {}{}.\n", rng.choice(["", "Di ", "Saya di "]), addr_pieces(rng, rep))
    d.t(P_ + ": Silakan ceritakan kejadiannya.\n")
    story = joined(rng, topic_sents(rng, topic, v, k=2, casual=True), True).rstrip(" .!")
    d.t(C_ + ": Jadi gini, " + story[0].lower() + story[1:] + ". ")
    third = Person(rng, region)
    r = rng.random()
    if r < 0.4:
        d.f("Yang jaga waktu itu namanya {}{}, {}.\n", third.hon(), (third.full, "PERSON"),
            rng.choice(["orangnya tinggi", "pakai seragam", "katanya orang kelurahan"]))
        d.f(P_ + ": {}{} ya, baik saya catat.\n", third.hon(formal=True), (third.short, "PERSON"))
    elif r < 0.7:
        d.f("Tetangga saya {} juga ngalamin, nomornya {} kalau mau dikonfirmasi.\n", (third.full, "PERSON"),
            (mobile(rng), "PHONE"))
    else:
        d.t("Itu saja, %s.\n" % sapa)
    d.t("%s: Baik, laporan sudah kami catat dengan %s. Estimasi tindak lanjut 3x24 jam.\n" % (P_, ticket(rng)))
    d.t("%s: %s\n[panggilan berakhir]" % (C_, rng.choice(["Makasih, %s." % sapa, "Iya, terima kasih.", "Tolong cepat ya."])))
    return d

# --------------------------------------------------------------------------- style: grupchat (Telegram / Discord)

PSEUDOS = ["kancil_ngebut", "WargaBiasa99", "anon_rt04", "si.mbolang", "kopi_pahit", "ronda_malam",
           "tukang_tambal", "MasterOfNone", "emak_rempong", "bocil_kematian", "pejuang_receh", "nasgor_mania"]
EMO = ["\U0001F64F", "\U0001F62D", "\U0001F621", "\U0001F44D", "\U0001F525", "\U0001F602", "\U0001F614",
       "\U0001F6A7", "\u2705", "\u203C\uFE0F", "\U0001F4CC", "\U0001F440"]


def g_grupchat(rng, nopii):
    region = pick_region(rng)
    topic = rng.choice(TOPICS)
    v = nm(rng, region, topic)
    d = Doc()
    tele = rng.random() < 0.6
    grp = rng.choice(["Info Warga %s" % v["rtrw"], "Paguyuban %s" % v["kel"], "Wali Murid Kelas 7B",
                      "Ojol %s Bersatu" % v["city"], "Warga Perum %s" % rng.choice(PERUMS), "Pedagang Pasar %s" % v["kel"]])
    people = [] if nopii else [Person(rng, region) for _ in range(rng.randint(2, 3))]
    speakers = []
    for p in people:
        speakers.append(("person", p))
    for _ in range(rng.randint(1, 3) if not nopii else rng.randint(3, 4)):
        speakers.append(("pseudo", rng.choice(PSEUDOS)))
    if nopii:
        speakers.append(("role", rng.choice(["Admin", "Pak RT", "Bu RW", "Sekretaris RW", "Bendahara"])))
    hh, mm = rng.randint(6, 21), rng.randint(0, 50)
    day = incident_date(rng, (2024, 2025), fmt="slash")

    display = {}
    for p in people:                       # a display name is fixed for the whole chat
        display[id(p)] = [(p.short, "PERSON"), " (%s)" % p.city] if (rng.random() < 0.3 and p.full != p.short) \
            else [(p.full, "PERSON")]

    def speaker(sp):
        kind, x = sp
        if kind == "person":
            return display[id(x)]
        return [x]

    def stamp():
        nonlocal hh, mm
        mm += rng.randint(1, 9)
        if mm >= 60:
            hh, mm = hh + 1, mm - 60
        if tele:
            return "[%s %02d:%02d] " % (day, hh, mm)
        return ""

    if tele:
        d.t("%sGrup Telegram \u201c%s\u201d \u2014 ekspor obrolan\n\n" % (rng.choice(["\U0001F4F1 ", "\U0001F4AC ", ""]), grp))
    else:
        d.t("#%s \u2014 server Discord %s\n\n" % (rng.choice(["pengaduan-warga", "lapor-jalan", "info-bansos", "umum"]), grp))

    def line(sp, body_pieces):
        if tele:
            d.t(stamp())
            d.put(speaker(sp))
            d.t(": ")
        else:
            stamp()
            d.put(speaker(sp))
            d.t(" \u2014 Hari ini pukul %02d.%02d\n" % (hh, mm))
        d.put(body_pieces)
        d.t("\n")

    rng.shuffle(speakers)
    pool = [x.format(**v) for x in topic["casual"]]
    rng.shuffle(pool)

    def chatter():
        return pool.pop() if pool else rng.choice(["iya bener", "aku jg", "mantap", "sabar ya", "ikut nyimak"])

    first = speakers[0]
    line(first, [rng.choice(["Bapak ibu, ", "guys, ", "Permisi, ", ""]) + chatter() + " " + rng.choice(EMO)])
    if tele and rng.random() < 0.6:
        d.t("%s[Diteruskan dari %s] %s\n" % (stamp(), rng.choice(["Humas Pemkab", "Info %s" % v["city"], "Dinas Sosial", "Kanal Berita Warga"]),
                                             rng.choice(["Pencairan bansos tahap berikutnya dijadwalkan %s." % v["date"],
                                                         "Pemadaman bergilir %s pukul %s\u201316.00." % (v["date"], v["time"]),
                                                         "Pengaduan dapat disampaikan ke %s atau SMS 1708." % rng.choice(INST_HANDLES)])))
    for sp in speakers[1:]:
        body = []
        if sp[0] == "person" and not nopii:
            p = sp[1]
            r = rng.random()
            if r < 0.2:
                body = ["sama, punyaku juga. NIK ", (p.nik(), "NIK"), " coba dicek min " + rng.choice(EMO)]
            elif r < 0.35:
                body = ["yg mau ikut ngadu japri aja ke WA ", (mobile(rng), "PHONE"), " ya"]
            elif r < 0.5:
                body = ["motor ", (plate(rng, region), "PLATE"), " yg sering parkir di situ tuh " + rng.choice(EMO)]
            elif r < 0.62:
                other = rng.choice([q for q in people if q is not p] or people)
                body = ["\u21AA membalas ", (other.short if other.full != other.short and rng.random() < 0.5 else other.full, "PERSON"),
                        ": \u201c" + rng.choice(["iya bener", "aku jg", "mantap"]) + "\u201d \u2014 " + chatter()]
            elif r < 0.72:
                body = ["alamat saya ", addr_pieces(rng, p, with_area=False), " kena juga, tolong didata " + rng.choice(EMO)]
            elif r < 0.82:
                other = rng.choice([q for q in people if q is not p] or people)
                if tele:
                    body = ["cc ", (handle_for(rng, other), "HANDLE"), " biar diteruskan ke admin kelurahan"]
                else:
                    body = [(handle_for(rng, other), "HANDLE"), " udah dikirim ke @lapor1708 belum?"]
            elif r < 0.9:
                nb = Person(rng, region)
                body = ["kemarin ", (nb.full, "PERSON"), " dan anaknya datang ke kantor kelurahan, disuruh balik lagi"]
            else:
                body = ["kontak " + rng.choice(["Pak RT ", "Bu RW ", "pak kades "]), (Person(rng, region).short, "PERSON"),
                        ": ", (mobile(rng), "PHONE")]
        elif sp[0] == "role":
            body = [rng.choice(["Mohon warga tetap tenang, sudah kami teruskan dengan %s." % v["ticket"],
                                "Rapat warga %s pukul %s di balai %s." % (v["date"], v["time"], v["rt"]),
                                "Yang belum terdata silakan lapor ke sekretariat, bawa fotokopi KK (jangan kirim foto KK di grup ya)."])]
        else:
            body = [rng.choice(["wkwk sabar", "up", "setuju " + rng.choice(EMO), "lapor aja ke %s" % rng.choice(["1708", "Ombudsman", "@lapor1708"]),
                                chatter(),
                                "katanya anggaran %s tapi gak jelas" % v["rpbig"], "di %s juga sama" % v["rt"]])]
        line(sp, body)
    if not nopii and not any(s["label"] != "PERSON" for s in d.spans) and rng.random() < 0.7:
        p = people[0]
        line(("person", p), ["ini no saya ", (mobile(rng), "PHONE"), " kalau ada petugas mau cek"])
    return d

# --------------------------------------------------------------------------- style: komentar (TikTok / YouTube)

SLANG_OPEN = ["wkwk", "sumpah", "anjir", "fix", "real", "ya allah", "parah", "bener bgt", "nangis", "gokil",
              "ini mah", "asli", "duh"]


def lc_name(rng, p):
    return p.full.lower() if rng.random() < 0.7 else p.full


def g_komentar(rng, nopii):
    region = pick_region(rng)
    topic = rng.choice(TOPICS)
    v = nm(rng, region, topic)
    d = Doc()
    yt = rng.random() < 0.5
    title = rng.choice(["%s parah di %s" % (topic["perihal"], v["city"]), "VIRAL! warga protes %s" % topic["perihal"].lower(),
                        "%s?? begini kondisinya" % topic["perihal"], "curhat warga %s soal %s" % (v["kel"], topic["perihal"].lower())])
    if yt:
        d.t("\u25B6 YouTube \u00B7 \u201c%s\u201d \u00B7 %s rb x ditonton\n\U0001F4AC %s komentar\n\n" % (title, rng.randint(2, 900), rng.randint(20, 999)))
    else:
        d.t("TikTok \u00B7 %s \u00B7 \u2764 %s,%srb\n\n" % (title, rng.randint(1, 99), rng.randint(0, 9)))
    if nopii:
        d.t("(nama akun disamarkan oleh admin pengaduan)\n\n")
        cands = [
                "%s %s %s" % (rng.choice(SLANG_OPEN), topic_sents(rng, topic, v, 1, casual=True)[0], rng.choice(EMO)),
                "udah lapor ke %s blm? biasanya cepet dibales" % rng.choice(["@lapor1708", "1708", "@ombudsmanri137"]),
                "di %s jg gitu, dari %s" % (v["rt"], v["year"]),
                "tag %s biar viral" % rng.choice(INST_HANDLES),
                "anggarannya %s kemana tuh %s" % (v["rpbig"], rng.choice(EMO)),
                "laporan aku (%s) blm ada kabar" % ticket(rng),
                "lokasi tepatnya %s, depan %s" % (v["road"], rng.choice(["indomaret", "sd inpres", "masjid", "bengkel"])),
                "NIK gw udah dicek di 3 aplikasi tetep ga kedaftar \U0001F62D",
                "%s %s" % (rng.choice(SLANG_OPEN), topic_sents(rng, topic, v, 1, casual=True)[0])]
        for c in rng.sample(cands, rng.randint(4, 6)):
            d.t("\u2022 %s \u00B7 %d %s lalu\n  %s \U0001F44D %d\n" % ("Pengguna", rng.randint(1, 23), rng.choice(["jam", "hari"]), c, rng.randint(0, 500)))
        return d
    users = [Person(rng, region) for _ in range(rng.randint(3, 5))]
    used = set()
    casual_pool = [x.format(**v) for x in topic["casual"]]
    rng.shuffle(casual_pool)
    handles = [handle_for(rng, u) for u in users]
    n = rng.randint(4, 6)
    prev = None
    for i in range(n):
        k = rng.randrange(len(users))
        u, h = users[k], handles[k]
        reply = prev is not None and rng.random() < 0.4
        indent = "    \u21B3 " if reply else ""
        if yt or rng.random() < 0.5:
            d.f(indent + "{} \u00B7 {} {} lalu\n", (h, "HANDLE"), str(rng.randint(1, 23)), rng.choice(["jam", "hari", "minggu"]))
        else:
            d.f(indent + "{} {}\n", (lc_name(rng, u), "PERSON"), rng.choice(EMO))
        d.t("    " if reply else "")
        if reply:
            d.f("{} ", (handles[prev], "HANDLE"))
        kinds = [("nb", 25), ("wa", 15), ("plate", 12), ("kades", 10), ("email", 8), ("addr", 8), ("topic", 22)]
        kinds = [(k, w) for k, w in kinds if k not in used] or [("generic", 1)]
        kind = wchoice(rng, kinds)
        if kind != "topic" or not casual_pool:
            used.add(kind)
        if kind == "nb":
            nb = Person(rng, region)
            d.f("{} kemarin {}{} {} {}\n", rng.choice(SLANG_OPEN), nb.hon().lower(), (nb.full.lower(), "PERSON"),
                rng.choice(["sampe nangis di kantor desa", "disuruh bayar lagi", "diusir satpam", "nunggu dari subuh"]), rng.choice(EMO))
        elif kind == "wa":
            d.f("yg mau gabung ngadu rame2 wa aku aja {} {}\n", (mobile(rng, rng.choice(["plain", "sp", "dash"])), "PHONE"), rng.choice(EMO))
        elif kind == "plate":
            d.f("{} plat {} sering markir di trotoar itu, tiap hari {}\n", rng.choice(SLANG_OPEN),
                (plate(rng, region, rng.choice(["lower", "lower_nosp", "sp"])), "PLATE"), rng.choice(EMO))
        elif kind == "kades":
            kades = Person(rng, region)
            d.f("pak kades {} mana suaranya?? {}\n", (kades.short.lower(), "PERSON"), rng.choice(EMO))
        elif kind == "email":
            d.f("kirim bukti ke email aku aja {} nanti aku rekap\n", (email_for(rng, u), "EMAIL"))
        elif kind == "addr":
            d.f("itu rumah {} bukan sih? yg di {} {}\n", (rng.choice(users).short.lower(), "PERSON"),
                (address(rng, region, rng.choice(["gg", "jl", "perum"]), with_area=False)[0].lower(), "ADDRESS"), rng.choice(EMO))
        elif kind == "topic" and casual_pool:
            d.t("%s %s %s\n" % (rng.choice(SLANG_OPEN), casual_pool.pop(), rng.choice(EMO)))
        else:
            d.t("%s %s\n" % (rng.choice(["semoga cepet ditangani", "up biar viral", "sabar ya kak", "ikut nyimak",
                                          "pemdanya kemana", "speechless"]), rng.choice(EMO)))
        d.t("    \U0001F44D %d  \u00B7 Balas\n" % rng.randint(0, 900))
        prev = k
    if rng.random() < 0.12:
        d.t("%s \u00B7 Kreator\n    makasih semua, sudah kami teruskan ke %s %s\n" % (rng.choice(INST_HANDLES), v["ticket"], "\U0001F64F"))
    return d

# --------------------------------------------------------------------------- style: forum (Kaskus-like)

FORUM_USERS = ["jurigkasep", "agan.sotoy", "kaskuser.lawas", "momod_galak", "sundul_gan", "bata_merah",
               "cendol.dawet", "ijo_lumut", "thread.starter", "juragan_kopi", "si_kabayan88", "ndoro.putri"]


def g_forum(rng, nopii):
    region = pick_region(rng)
    topic = rng.choice(TOPICS)
    v = nm(rng, region, topic)
    d = Doc()
    ts = rng.choice(FORUM_USERS)
    d.t("[Thread] %s %s di %s, %s\n" % (rng.choice(["Pengalaman soal", "Curhat", "Share:", "Waspada"]), topic["perihal"], v["city"],
                                     rng.choice(["Pungli %s?!" % v["rp"], "Ribet Banget Gan", "Akhirnya Beres Juga", "Mohon Pencerahan"])))
    d.t("Forum: The Lounge \u203A Keluhan Pelayanan Publik \u00B7 Original Poster: %s \u25BA\n\n" % ts)
    d.t("Permisi %s, ijin share pengalaman ane. " % rng.choice(["agan sista", "gan/sis", "para suhu", "kaskuser"]))
    sents = topic_sents(rng, topic, v, 2, casual=True)
    sents = [x[0].upper() + x[1:] for x in sents]
    d.t(sents[0] + ". ")
    if nopii:
        d.t(sents[1] + ".\n\n")
        d.t("Quote:\nOriginal Posted By %s \u25BA\n%s\n\n" % (rng.choice([u for u in FORUM_USERS if u != ts]), rng.choice([
            "coba lapor ke 1708 atau lewat %s gan, biasanya direspon" % rng.choice(["SP4N-LAPOR!", "Ombudsman", "@lapor1708"]),
            "dasar hukumnya ada gan, %s" % v["reg"], "ane juga di %s sama, udah dari %s" % (v["rt"], v["year"]),
            "tarif resminya ga segitu gan, cek perda"])))
        d.t("Ane udah laporin, dapet %s. Update nanti ane sundul lagi. %s\n\n" % (v["ticket"], rng.choice(["Cendol dipersilakan", "Jangan lupa rate bintang 5", "Mohon maaf kalo salah kamar"])))
        d.t("EDIT: per %s masih belum ada kabar. NIK ane udah dicek di 3 aplikasi tetep ga kedaftar, katanya harus ke kantor.\n" % v["date"])
        d.t("________________\nSignature: \u201cmelayani dengan hati\u201d katanya \u2022 %s" % rng.choice(["Jual beli akun? PM aja", "Bukan buzzer", "Since 2009"]))
        return d
    rep = Person(rng, region)
    r = rng.random()
    if r < 0.35:
        d.f("Btw nama asli ane {} (bukan nama samaran wkwk), tinggal di {}.\n\n", (rep.full, "PERSON"), addr_pieces(rng, rep))
    else:
        d.t(sents[1] + ".\n\n")
    r = rng.random()
    off = Person(rng, region)
    if r < 0.3:
        d.f("Petugasnya yang namanya {}{} bilang harus lewat \u201corang dalam\u201d. Ane disuruh transfer ke rek {} {} a.n. {}.\n\n",
            off.hon(), (off.full, "PERSON"), *(lambda b: [b[0], (b[1], "BANK_ACCOUNT")])(bank(rng, region)), (off.short, "PERSON"))
    elif r < 0.55:
        d.f("Terus NPWP ane {} katanya ga valid, padahal udah dipadankan sama NIK {} sejak 2022.\n\n",
            (npwp(rng, rep, rng.choice(["old", "old15"])), "NPWP"), (rep.nik(allow_typo=False), "NIK"))
    elif r < 0.75:
        d.f("Yang ngelayanin ane {}{}, ramah sih tapi sistemnya down terus. Nomor antrean ane {}.\n\n",
            off.hon(), (off.full, "PERSON"), "A-%03d" % rng.randint(1, 200))
    else:
        d.f("Buat agan yang senasib bisa kontak ane di {} atau mention {} biar bisa bareng2 ngadu.\n\n",
            (mobile(rng), "PHONE"), (handle_for(rng, rep), "HANDLE"))
    qu = rng.choice([u for u in FORUM_USERS if u != ts])
    d.t("Quote:\nOriginal Posted By %s \u25BA\n" % qu)
    if rng.random() < 0.5:
        nb = Person(rng, region)
        d.f("ane kenal gan sama {}, dia juga korban. rumahnya di {}, coba aja samperin\n\n", (nb.full, "PERSON"),
            addr_pieces(rng, nb, with_area=False))
    else:
        d.t("sabar gan, coba lapor ke 1708, dasar hukumnya %s\n\n" % v["reg"])
    d.t("Update: per %s udah ane laporin, dapet %s. " % (v["date"], v["ticket"]))
    if rng.random() < 0.5:
        d.f("Thanks buat {} yang udah bantu.\n", (rep.short if rng.random() < 0.3 else Person(rng, region).full, "PERSON"))
    else:
        d.t("Nanti ane update lagi.\n")
    d.t("________________\nSignature: ")
    r = rng.random()
    if r < 0.4:
        d.f("Jual beli motor bekas area {} \u2022 WA {} \u2022 COD aja gan", v["city"], (mobile(rng), "PHONE"))
    elif r < 0.7:
        d.f("IG {} \u2022 \u201chidup cuma sekali, ngurus KTP berkali-kali\u201d", (handle_for(rng, rep), "HANDLE"))
    else:
        d.f("{} \u2022 kaskuser sejak 2011", (rep.full if rng.random() < 0.5 else rep.short, "PERSON"))
    return d

# --------------------------------------------------------------------------- style: liputan (journalist / NGO report)

def third_person(x):
    """Turn a complainant's first-person sentence into reported speech."""
    for a, b in [(r"\bSaya\b", "Ia"), (r"\bsaya\b", "ia"), (r"\bKami\b", "Mereka"), (r"\bkami\b", "mereka")]:
        x = re.sub(a, b, x)
    return x


def g_liputan(rng, nopii):
    region = pick_region(rng)
    topic = rng.choice(TOPICS)
    v = nm(rng, region, topic)
    d = Doc()
    city = v["city"]
    outlet = rng.choice(["Warta Publik", "Kabar Warga", "Suara Rakyat Online", "Catatan Advokasi"])
    ngo = rng.random() < 0.4
    if ngo:
        d.t("CATATAN PENDAMPINGAN \u2014 %s\nKasus: %s\n\n" % (proper_org(rng.choice(LSMS)), topic["perihal"]))
    else:
        d.t("%s, %s \u2014 " % (city.upper(), outlet))
    sents = [third_person(x) for x in topic_sents(rng, topic, v, 3)]
    if nopii:
        d.t("Seorang %s berusia %d tahun di Kelurahan %s mengadukan %s. " % (
            rng.choice(["ibu rumah tangga", "petani", "pedagang sayur", "pensiunan guru", "buruh harian"]), rng.randint(30, 78),
            v["kel"], topic["perihal"].lower()))
        d.t(" ".join(sents) + "\n\n")
        d.t("\u201cKami cuma minta dilayani sesuai aturan,\u201d ujarnya. Ia meminta namanya tidak ditulis karena khawatir bantuan untuk keluarganya dihentikan.\n\n")
        d.t("%s %s, saat dikonfirmasi pada %s, menyatakan pihaknya akan menurunkan tim ke lokasi. " % (
            rng.choice(["Kepala", "Sekretaris", "Kepala Bidang di"]), topic["inst"], v["date"]))
        d.t("Menurutnya, warga dapat menghubungi layanan %s atau melapor melalui kanal SP4N-LAPOR!, yang hingga kini mencatat %s laporan serupa.%s\n\n" % (
            v["hotline"], v["many"], "" if rng.random() < 0.7 else " Pengaduan tertulis dapat dikirim ke " + rng.choice(INST_EMAILS) + "."))
        d.t(rng.choice(["Ombudsman RI Perwakilan setempat menilai persoalan ini melanggar %s." % v["reg"],
                        "Data kelurahan menunjukkan %s terdampak persoalan yang sama sejak %s." % (v["kk"], v["year"]),
                        "Laporan ini tercatat dengan %s dan masih dalam proses verifikasi." % ticket16(rng)]))
        return d
    rep = Person(rng, region, age=(25, 80))
    age = 2024 - rep.dob[0]
    d.f("{}{} ({}), warga {}, mengadukan {}. ", rng.choice(["", "", rep.hon(formal=True)]), (rep.full, "PERSON"),
        str(age) if rng.random() < 0.8 else "kelahiran %d" % rep.dob[0],
        rng.choice(["Kelurahan %s" % v["kel"], v["rt"] + " Kelurahan " + v["kel"], "Kecamatan %s" % v["kec"]]), topic["perihal"].lower())
    d.t(sents[0] + "\n\n")
    d.f("\u201c{},\u201d kata {}.", rng.choice(["Saya sudah bolak-balik ke kantor itu, tapi selalu disuruh menunggu",
                                                "Kami ini orang kecil, tidak tahu harus mengadu ke mana lagi",
                                                "Sudah berbulan-bulan kami menunggu kepastian"]), (rep.short, "PERSON"))
    d.t(" " + sents[1] + "\n\n")
    if rng.random() < 0.5:
        if age >= 42:
            kage = rng.randint(18, age - 22)
            kin = Person(rng, region, like=rep, kin=rep.sex == "L", age=(kage, kage))
            krel = "Anak"
        else:
            kage = rng.randint(max(17, age - 12), age - 1)
            kin = Person(rng, region, like=rep, kin=True, age=(kage, kage))
            krel = "Adik"
        d.f(krel + " {}, {} ({}), menunjukkan dokumen pendukung. ", (rep.short, "PERSON"), (kin.full, "PERSON"), str(kage))
        if rng.random() < 0.5:
            d.f("Di dalamnya tercantum NIK {} dan nomor KK {}.", (kin.nik(), "NIK"), (kin.kk(), "KK"))
        else:
            d.t("Nomor identitas keluarga tercantum dalam berkas, tetapi tidak kami muat.")
        d.t("\n\n")
    off = Person(rng, region, age=(35, 58))
    d.f("{}, {}, ketika dikonfirmasi pada {} {}. ", official_title(rng, topic, v), titled(rng, off), v["date"],
        rng.choice(["membantah adanya pungutan", "mengakui ada keterlambatan", "menyatakan akan menindaklanjuti laporan tersebut",
                    "berjanji mengevaluasi petugasnya"]))
    d.f("\u201cKami akan cek ke lapangan,\u201d kata {}.", (off.full.split()[-1] if rng.random() < 0.4 else off.short, "PERSON"))
    if rng.random() < 0.4:
        d.f(" Ia juga menyebut stafnya, {}{}, sudah diperiksa Inspektorat.", rng.choice(["", "Sdr. "]), (Person(rng, region).full, "PERSON"))
    d.t("\n\n")
    if rng.random() < 0.3:
        d.t("Seorang korban lain, sebut saja %s (bukan nama sebenarnya), mengaku mengalami hal yang sama. " % rng.choice(["Mawar", "Melati", "Bunga", "Anggrek"]))
    d.t(sents[2] + "\n\n")
    if ngo or rng.random() < 0.5:
        adv = Person(rng, region, age=(27, 50))
        d.f("Pendamping dari {}, {}, mendesak agar kasus ini ditangani sesuai {}. Narahubung: {} ({}",
            proper_org(rng.choice(LSMS)), (adv.full, "PERSON"), v["reg"], (adv.short, "PERSON"), (mobile(rng), "PHONE"))
        if rng.random() < 0.4:
            d.f(", {}", (email_for(rng, adv), "EMAIL"))
        d.t(").")
    else:
        d.t("Hingga berita ini diturunkan, laporan warga tersebut tercatat dengan %s." % v["ticket"])
    return d

# --------------------------------------------------------------------------- style: petisi (collective complaints)

def g_petisi(rng, nopii):
    region = pick_region(rng)
    topic = rng.choice(TOPICS)
    v = nm(rng, region, topic)
    d = Doc()
    d.t("%s\n" % rng.choice(["PETISI WARGA", "PENGADUAN BERSAMA", "SURAT PERNYATAAN SIKAP WARGA", "MOSI TIDAK PERCAYA"]))
    d.t("Warga %s Kelurahan/Desa %s, Kecamatan %s\nPerihal: %s\n\n" % (v["rtrw"], v["kel"], v["kec"], topic["perihal"]))
    d.t("Kami yang bertanda tangan di bawah ini menyatakan keberatan atas hal-hal berikut:\n")
    for i, s in enumerate(topic_sents(rng, topic, v, 3), 1):
        d.t("%d. %s\n" % (i, s))
    d.t("\n")
    if nopii:
        d.t("Petisi ini ditandatangani oleh %s warga (%s). Daftar nama, NIK, dan tanda tangan disimpan oleh pengurus dan hanya diserahkan langsung kepada %s, tidak diunggah ke kanal publik.\n\n" % (
            v["many"], v["kk"], topic["inst"]))
        d.t("Tuntutan kami: tindak lanjut paling lambat %s dan pertemuan terbuka di balai %s (kode wilayah %s).\n" % (
            v["date2"], v["rt"], v["kode"]))
        d.t("Narahubung: sekretariat RW (hari kerja pukul 08.00\u201315.00). Pengaduan juga sudah didaftarkan dengan %s." % v["ticket"])
        return d
    n = rng.randint(3, 7)
    signers = []
    base = Person(rng, region)
    for i in range(n):
        signers.append(base if i == 0 else Person(rng, region, like=base if rng.random() < 0.7 else None))
    fmt = rng.choice(["table", "list", "inline"])
    if fmt == "table":
        cols = rng.choice([["No", "Nama", "NIK", "Alamat", "Tanda Tangan"], ["No", "Nama", "NIK", "Alamat", "No. HP", "TTD"]])
        d.t("| " + " | ".join(cols) + " |\n|" + "---|" * len(cols) + "\n")
        for i, p in enumerate(signers, 1):
            d.f("| {} | {} | {} | ", str(i), (p.full, "PERSON"), (p.nik(), "NIK"))
            d.put(addr_pieces(rng, p, with_area=False))
            if "No. HP" in cols:
                d.t(" | ")
                if rng.random() < 0.8:
                    d.p(mobile(rng, rng.choice(["plain", "dash", "sp"])), "PHONE")
                else:
                    d.t("-")
            d.t(" | %s |\n" % rng.choice(["ttd", "(ttd)", "\u2713", "cap jempol"]))
    elif fmt == "list":
        for i, p in enumerate(signers, 1):
            d.f("{}. Nama: {}\n   NIK: {}\n   Alamat: ", str(i), (p.full, "PERSON"), (p.nik(), "NIK"))
            d.put(addr_pieces(rng, p))
            d.t("\n   Tanda tangan: %s\n" % rng.choice(["........", "(ttd)", "ttd"]))
    else:
        for i, p in enumerate(signers, 1):
            d.f("{}) {} \u2014 NIK {} \u2014 ", str(i), (p.full.upper() if rng.random() < 0.3 else p.full, "PERSON"), (p.nik(), "NIK"))
            if rng.random() < 0.5:
                d.put(addr_pieces(rng, p, with_area=False))
            else:
                d.f("HP {}", (mobile(rng), "PHONE"))
            d.t(" \u2014 ttd\n")
    d.t("\n")
    coord = signers[0]
    d.f("Koordinator: {}{}", coord.hon(formal=True), (coord.short if rng.random() < 0.5 else coord.full, "PERSON"))
    if rng.random() < 0.7:
        d.f(" ({})", (mobile(rng), "PHONE"))
    d.t(". Mengetahui: Ketua %s" % v["rtrw"])
    if rng.random() < 0.5:
        d.f(", {}", (Person(rng, region).full, "PERSON"))
    d.t(".\nDaftar ini juga kami tembuskan ke Ombudsman dengan %s." % v["ticket"])
    return d

# --------------------------------------------------------------------------- style: layanan (BPJS / hospital / school admission)

def g_layanan(rng, nopii):
    region = pick_region(rng)
    kind = rng.choice(["bpjs", "ppdb", "puskesmas", "rsud"])
    v = nm(rng, region, TOPIC_BY_KEY["ppdb" if kind == "ppdb" else ("bpjs" if kind == "bpjs" else "rsud")])
    d = Doc()
    if nopii:
        if kind == "ppdb":
            d.t("Pengaduan PPDB %s \u2014 %s (%s)\n\n" % (rng.randint(2024, 2025), v["school"], v["npsn"]))
            d.t("Sistem PPDB daring tidak bisa diakses sejak %s pukul %s. Kuota jalur zonasi %s kursi, tetapi pengumuman hanya memuat %s nama. " % (
                v["date"], v["time"], v["many"], rng.randint(40, 120)))
            d.t("Orang tua diminta mengunggah ulang KK padahal data KK sudah terverifikasi. Helpdesk di %s tidak menjawab. " % rng.choice(["sekolah", "dinas", "kecamatan"]))
            d.t("Mohon perpanjangan waktu sesuai %s." % rng.choice(["Permendikbud No. 1 Tahun 2021", "juknis PPDB daerah"]))
        else:
            d.t("Keluhan layanan %s\n\n" % rng.choice(["JKN-KIS", "IGD", "rawat jalan", "puskesmas"]))
            d.t("Pada %s ibu saya (%d tahun) dirujuk ke %s. " % (v["date"], rng.randint(60, 85), v["hosp"]))
            d.t("Antrean rujukan mencapai %s pasien dan kami menunggu %s jam. Petugas meminta biaya %s untuk obat yang seharusnya ditanggung JKN sesuai %s. " % (
                v["many"], v["hours"], v["rp"], "Perpres No. 82 Tahun 2018 tentang Jaminan Kesehatan"))
            d.t("Saat kami menghubungi %s, operator menyarankan ke kantor cabang. Nomor kartu sudah kami tunjukkan di loket, tapi katanya sistem sedang gangguan. " % v["hotline"])
            if rng.random() < 0.2:
                d.t("Salinan pengaduan juga kami kirim ke %s." % rng.choice(INST_EMAILS[:4]))
            else:
                d.t("Mohon ditertibkan. Laporan sebelumnya: %s." % v["ticket"])
        return d
    if kind == "ppdb":
        parent = Person(rng, region, age=(32, 50))
        child = Person(rng, region, like=parent, kin=parent.sex == "L", born=rng.randint(2009, 2018))
        cage = 2024 - child.dob[0]
        lvl = "SD Negeri" if cage <= 8 else ("SMP Negeri" if cage <= 13 else rng.choice(["SMA Negeri", "SMK Negeri"]))
        v["school"] = "%s %d %s" % (lvl, rng.randint(1, 12), child.city)
        d.t("Perihal: Pengaduan PPDB jalur zonasi %s\n\n" % v["school"])
        d.f("Saya {}, orang tua dari calon peserta didik:\n", (parent.full, "PERSON"))
        d.f("- Nama: {}\n", (child.full, "PERSON"))
        d.f("- {}: {}, {}\n", rng.choice(["TTL", "Tempat/Tgl Lahir", "Tempat, tgl. lahir"]), child.city, (child.dob_str(), "DATE_OF_BIRTH"))
        d.f("- NIK: {}\n", (child.nik(), "NIK"))
        d.f("- No. KK: {}\n", (child.kk(), "KK"))
        d.t("- Alamat: ")
        d.put(addr_pieces(rng, parent))
        d.t("\n\n")
        d.f("Jarak rumah ke {} ({}) menurut peta sistem hanya {} meter, tetapi {} tidak lolos. ",
            v["school"], v["npsn"], str(rng.randint(200, 900)), (child.short, "PERSON"))
        d.t("Sementara itu ada siswa dari luar zona yang diterima setelah membayar %s. Mohon verifikasi ulang sesuai Permendikbud No. 1 Tahun 2021.\n" % v["rp"])
        d.f("Kontak: {}", (mobile(rng), "PHONE"))
        if rng.random() < 0.4:
            d.f(" / {}", (email_for(rng, parent), "EMAIL"))
        return d
    pat = Person(rng, region, age=(1, 88))
    page = 2024 - pat.dob[0]
    if page < 18:
        fam = Person(rng, region, like=pat, age=(page + 20, page + 40))
        pat_rel, fam_rel = "anak", ("ayah" if fam.sex == "L" else "ibu")
    elif page >= 60:
        fam = Person(rng, region, like=pat, kin=pat.sex == "L", age=(page - 40, page - 20))
        pat_rel = rng.choice(["ayah", "bapak"] if pat.sex == "L" else ["ibu", "mama"])
        fam_rel = rng.choice(["anak", "anak", "menantu"])
    else:
        fam = Person(rng, region, like=pat, sex="P" if pat.sex == "L" else "L", age=(max(20, page - 6), page + 6))
        pat_rel, fam_rel = ("suami", "istri") if pat.sex == "L" else ("istri", "suami")
    if kind == "bpjs":
        d.t("Keluhan kepesertaan JKN-KIS\n\n")
        d.f("Nama peserta : {}\nNo. Kartu   : {}\nNIK         : {}\nTgl. lahir  : {}\n\n",
            (pat.full, "PERSON"), (bpjs(rng), "BPJS"), (pat.nik(), "NIK"), (pat.dob_str(), "DATE_OF_BIRTH"))
        d.t("Kartu peserta di atas dinyatakan nonaktif saat berobat di %s pada %s, padahal tercatat sebagai PBI. " % (v["hosp"], v["date"]))
        d.t("Kami terpaksa membayar %s. " % v["rp"])
        if rng.random() < 0.5:
            d.f("Anggota keluarga lain, {} (lahir thn {}, No. Kartu {}), masih aktif. ", (fam.full, "PERSON"), str(fam.dob[0]),
                (bpjs(rng), "BPJS"))
        d.f("Pelapor: {} ({}), ", (fam.full, "PERSON"), fam_rel)
        d.f("HP {}.", (mobile(rng), "PHONE"))
        return d
    doc = Person(rng, region, age=(30, 60))
    d.t(rng.choice(["Yth. Direktur %s,\n\n" % v["hosp"], "Kepada Kepala Puskesmas %s,\n\n" % v["kec"]]))
    d.f("Pada {} {} saya, {}{} (lahir {}), ", v["date"], pat_rel,
        "" if page < 18 else rng.choice(["", ("Bapak " if pat.sex == "L" else "Ibu ") if page >= 60 else pat.hon(formal=True)]), (pat.full, "PERSON"), (pat.dob_str(), "DATE_OF_BIRTH"))
    d.t("datang dengan keluhan sesak napas. Kami menunggu %s jam di ruang tunggu tanpa pemeriksaan. " % v["hours"])
    d.f("{}{} yang bertugas saat itu mengatakan kartu BPJS {} tidak bisa dipakai karena ", rng.choice(["dr. ", "Dokter ", "Bidan "]),
        (doc.full, "PERSON"), (bpjs(rng), "BPJS"))
    d.t(rng.choice(["rujukan sudah kedaluwarsa.", "faskes tingkat pertama berbeda.", "kuota pasien JKN hari itu habis."]) + " ")
    if rng.random() < 0.5:
        d.f("Kami kemudian membayar {} ke rekening {} {} atas nama {}, bukan ke kasir rumah sakit. ", v["rp"],
            *(lambda b: [b[0], (b[1], "BANK_ACCOUNT")])(bank(rng, region)), (Person(rng, region).full, "PERSON"))
    d.t("Mohon ditindaklanjuti sesuai %s.\n\n" % v["reg"])
    d.f("Hormat kami,\n{}\n{}", (fam.full, "PERSON"), (mobile(rng) if rng.random() < 0.75 else landline(rng, region), "PHONE"))
    if rng.random() < 0.35:
        d.t("\n")
        d.put(addr_pieces(rng, fam))
    return d

# --------------------------------------------------------------------------- style: migran (PMI / Hajj)

PMI_COUNTRIES = ["Malaysia", "Hong Kong", "Taiwan", "Arab Saudi", "Singapura", "Korea Selatan", "Jepang"]
P3MI = ["PT Sinar Jaya Abadi", "PT Mitra Karya Sejahtera", "PT Bumi Mas Insani", "PT Citra Buana Prima",
        "PT Arafah Mandiri"]
EMBARKASI = ["SUB", "SOC", "JKG", "UPG", "KNO", "BTH", "LOP", "BDJ"]


def g_migran(rng, nopii):
    region = pick_region(rng, [("jatim", 4), ("ntb", 4), ("ntt", 3), ("jateng", 3), ("jabar", 3), ("sulsel", 2),
                               ("aceh", 1), ("banten", 1), ("sumut", 1)])
    v = nm(rng, region)
    d = Doc()
    hajj = rng.random() < 0.35
    if nopii:
        if hajj:
            d.t("Pengaduan jemaah haji kloter %d embarkasi %s\n\n" % (rng.randint(1, 60), rng.choice(EMBARKASI)))
            d.t("Sebanyak %d jemaah lansia dari kabupaten kami tertahan di asrama haji sejak %s karena visa belum terbit. " % (rng.randint(20, 90), v["date"]))
            d.t("Biaya pelunasan %s sudah dibayar sejak %s. Petugas KBIH hanya meminta kami menunggu informasi dari Kemenag. " % (
                rng.choice(["sekitar Rp 25 juta per orang", "Rp 35.750.000", "lebih dari Rp 50 juta"]), v["year"]))
            d.t("Pengaduan via %s belum dijawab; kami juga sudah menelepon %s." % (rng.choice(["pengaduan@kemenag.go.id", "call center Kemenag", "SP4N-LAPOR!"]), v["hotline"]))
        else:
            c = rng.choice(PMI_COUNTRIES)
            d.t("Laporan keluarga PMI \u2014 penempatan %s\n\n" % c)
            d.t("Anak kami berangkat bekerja ke %s melalui %s pada %s. Biaya penempatan yang ditarik %s, padahal menurut %s calon PMI sektor domestik dibebaskan dari biaya penempatan. " % (
                c, rng.choice(P3MI), v["date"], rng.choice(["Rp 45 juta", "Rp 32.500.000", "Rp 28 juta"]), "UU No. 18 Tahun 2017 tentang Pelindungan PMI"))
            d.t("Sudah %s bulan gaji tidak dibayar dan paspornya ditahan majikan. Kami sudah melapor ke BP2MI dan %s, dengan %s.\n" % (
                v["months"], rng.choice(["Disnaker kabupaten", "KBRI", "UPT BP2MI"]), v["ticket"]))
        return d
    rep = Person(rng, region)
    if hajj:
        pil = Person(rng, region, pool="arabic" if rng.random() < 0.4 else None, age=(55, 85))
        d.t("Yth. Kepala Kantor Kemenag %s,\n\n" % v["city"])
        d.f("Kami keluarga dari calon jemaah haji atas nama {} (lahir {}), nomor paspor {}, kloter {} embarkasi {}. ",
            (pil.full, "PERSON"), (pil.dob_str(), "DATE_OF_BIRTH"), (passport(rng, letter=rng.choice(["X", "C", "E"])), "PASSPORT"),
            str(rng.randint(1, 60)), rng.choice(EMBARKASI))
        d.t("Beliau sudah melunasi biaya %s sejak %s, namun visa belum terbit sampai %s. " % (
            rng.choice(["Rp 25.500.000", "Rp 35 juta", "Rp 56.046.172", "Rp 93,4 juta"]), v["year"], v["date"]))
        if rng.random() < 0.6:
            sp = Person(rng, region, like=pil, age=(50, 85), sex="P" if pil.sex == "L" else "L")
            d.f("Pendamping mahramnya, {}, dengan paspor {}, sudah mendapat visa lebih dulu. ", (sp.full, "PERSON"),
                (passport(rng, letter="X"), "PASSPORT"))
        d.f("Pihak KBIH yang diwakili {}{} tidak memberi penjelasan.\n\n", rng.choice(["Ustaz ", "H. ", "Pak "]),
            (Person(rng, region, sex="L", pool=rng.choice(["arabic", REGIONS[region]["pools"][0][0]])).full, "PERSON"))
        d.f("Pelapor: {} ({}), {}", (rep.full, "PERSON"), rng.choice(["anak", "cucu", "menantu"]), (mobile(rng), "PHONE"))
        if rng.random() < 0.4:
            d.f(", NIK {}", (rep.nik(), "NIK"))
        d.t(".")
        return d
    c = rng.choice(PMI_COUNTRIES)
    pmi = Person(rng, region, age=(20, 42), sex="P" if rng.random() < 0.7 else "L")
    self_report = rng.random() < 0.35
    if self_report:
        d.f("Saya {}, PMI di {}, {} {}. ", (pmi.full, "PERSON"), c, rng.choice(["nomor paspor", "paspor saya", "paspor No."]),
            (passport(rng), "PASSPORT"))
        d.t("Paspor saya ditahan oleh agensi sejak %s dan gaji %s bulan belum dibayar. " % (v["date"], v["months"]))
        d.f("Nomor saya di sini {} (WhatsApp). ", (foreign_phone(rng, c), "PHONE"))
        if rng.random() < 0.5:
            d.f("Keluarga di kampung: {}{} ({}), ", rep.hon(), (rep.full, "PERSON"), rng.choice(["ibu", "suami", "kakak"]))
            d.put(addr_pieces(rng, rep))
            d.t(". ")
        if rng.random() < 0.5:
            b = bank(rng, region)
            d.f("Gaji biasanya dikirim ke rekening {} {} a.n. {}. ", b[0], (b[1], "BANK_ACCOUNT"), (pmi.full, "PERSON"))
        d.t("Saya berangkat lewat %s. Mohon dibantu KBRI/KDEI." % rng.choice(P3MI))
        return d
    rel = rng.choice(["adik", "anak", "istri", "kakak", "keponakan"])
    father = rng.choice(ARAB_M + JAVA_M1 + SASAK_M)
    name = pmi.full
    if rng.random() < 0.4 and " bin" not in name:
        name = name + (" binti " if pmi.sex == "P" else " bin ") + father
    d.f("Saya {}, ingin melaporkan {} saya, {}, PMI di {}. Paspornya {} dan ", (rep.full, "PERSON"), rel, (name, "PERSON"), c,
        (passport(rng), "PASSPORT"))
    d.f("NIK {}. ", (pmi.nik(), "NIK"))
    d.t("Ia berangkat melalui %s pada %s. Sejak %s ia tidak bisa dihubungi. " % (rng.choice(P3MI), v["date"], v["date2"]))
    d.f("Nomor terakhir yang dipakai {}: {}. ", (pmi.short, "PERSON"), (foreign_phone(rng, c), "PHONE"))
    if rng.random() < 0.4:
        mate = Person(rng, region, sex="P")
        while mate.full == pmi.full or mate.short == pmi.short:
            mate = Person(rng, region, sex="P")
        d.f("Teman sekamarnya, {}, sempat mengirim pesan dari nomor {}. ", (mate.full, "PERSON"),
            (foreign_phone(rng, c), "PHONE"))
    d.t("Kami sudah melapor ke Disnaker dan BP2MI. ")
    d.f("Kontak saya {}", (mobile(rng), "PHONE"))
    if rng.random() < 0.5:
        d.t(", alamat ")
        d.put(addr_pieces(rng, rep))
    d.t(".")
    return d

# --------------------------------------------------------------------------- style: tanah (land / inheritance)

def g_tanah(rng, nopii):
    region = pick_region(rng)
    v = nm(rng, region, TOPIC_BY_KEY["tanah"])
    d = Doc()
    shm = "SHM No. %05d" % rng.randint(1, 9999)
    letterc = "Letter C No. %d, Persil %d, Klas %s" % (rng.randint(10, 999), rng.randint(1, 120), rng.choice(["D.II", "S.III", "D.I"]))
    luas = "%s m\u00B2" % "{:,}".format(rng.choice([120, 240, 450, 600, 1200, 2400, 5000])).replace(",", ".")
    if nopii:
        d.t("Pengaduan sengketa tanah kas desa %s\n\n" % v["kel"])
        d.t("Tanah kas desa seluas %s (%s) yang berada di sebelah %s disewakan kepada pihak swasta sejak %s tanpa musyawarah desa. " % (
            luas, letterc, rng.choice(["balai desa", "lapangan", "makam umum"]), v["year"]))
        d.t("Nilai sewa %s per tahun tidak pernah dicantumkan dalam APBDes. Sebanyak %s penggarap kehilangan lahan. " % (v["rp"], v["kk"]))
        d.t("Menurut %s, aset desa hanya dapat disewakan melalui peraturan desa. " % "Permendagri No. 1 Tahun 2016")
        d.t("Mediasi di kantor kecamatan pada %s tidak menghasilkan kesepakatan. Perkara serupa (No. %d/Pdt.G/%d/PN) masih berjalan. Mohon BPN dan Inspektorat turun tangan." % (
            v["date"], rng.randint(10, 300), rng.randint(2022, 2024)))
        return d
    elder = Person(rng, region, sex="L", age=(70, 95))
    heirs = [Person(rng, region, like=elder, kin=True, age=(35, 65)) for _ in range(rng.randint(2, 4))]
    if elder.pool in ("arabic", "aceh", "madura", "sasak", "bugis") or (elder.pool in ("java", "sunda", "minang") and rng.random() < 0.25):
        dec = elder.full if " bin " in elder.full else elder.full + " bin " + rng.choice(ARAB_M + JAVA_M1)
    else:
        dec = elder.full
    rep = heirs[0]
    d.t(rng.choice(["Perihal: Sengketa waris dan penyerobotan tanah\n\n", "Kepada Yth. Kepala Kantor Pertanahan %s\n\n" % v["city"], ""]))
    d.f("Saya {}, salah satu ahli waris almarhum {}{}{} yang meninggal pada {}. ", (rep.full, "PERSON"), rng.choice(["", "Bapak ", "H. "]),
        (dec, "PERSON"), rng.choice(["", " (lahir thn %d)" % elder.dob[0]]), v["year"])
    d.f("Almarhum meninggalkan rumah dan pekarangan seluas {} ({}) yang selama ini ditempati ibu kami di {}", luas, shm,
        addr_pieces(rng, elder, rng.choice(["dusun", "jl", "kp", None])))
    d.t(", serta sawah dengan %s.\n\n" % letterc)
    d.t("Ahli waris yang sah adalah:\n")
    rels = ["anak sulung", "anak kedua", "anak ketiga", "anak keempat"][:len(heirs)]
    rels[-1] = rng.choice(["anak bungsu", rels[-1], "cucu, mewakili ayahnya"])
    for i, h in enumerate(heirs, 1):
        d.f("{}. {} ({}), tinggal di ", str(i), (h.full, "PERSON"), rels[i - 1])
        d.put(addr_pieces(rng, h, rng.choice([None, "perum", "kav", "btn", "jl_gg"]) if rng.random() < 0.7 else None))
        if rng.random() < 0.3:
            d.f(", NIK {}", (h.nik(), "NIK"))
        d.t(";\n")
    unc = Person(rng, region, sex="L", like=elder, kin=True, age=(55, 85))
    buyer = Person(rng, region, sex="L")
    d.t("\n")
    d.f("Pada {}, paman kami {}{} menjual sebagian tanah tersebut kepada {} tanpa persetujuan ahli waris lain. ",
        v["date"], unc.hon(formal=True), (unc.full, "PERSON"), (buyer.full, "PERSON"))
    d.f("Akta jual beli dibuat di hadapan PPAT {} seharga {}. ", (Person(rng, region).full, "PERSON"), v["rpbig"])
    if rng.random() < 0.5:
        d.f("{} kini memasang pagar dan mengaku memegang sertifikat baru atas nama istrinya, {}. ",
            (buyer.short, "PERSON"), (Person(rng, region, sex="P").full, "PERSON"))
    kades = Person(rng, region)
    d.f("Kepala desa, {}{}, menolak memberikan salinan buku Letter C. ", rng.choice(["", kades.hon(formal=True)]), (kades.full, "PERSON"))
    if rng.random() < 0.5:
        d.f("Kami juga diminta membayar biaya pengukuran ulang {} ke rekening {} {} atas nama {}. ", v["rp"],
            *(lambda b: [b[0], (b[1], "BANK_ACCOUNT")])(bank(rng, region)), (kades.short, "PERSON"))
    d.t("\n\nMohon BPN memblokir permohonan balik nama atas bidang tersebut sampai sengketa selesai.\n\n")
    d.f("Hormat saya,\n{}\n", (rep.full, "PERSON"))
    r = rng.random()
    if r < 0.5:
        d.f("NIK {} \u2022 No. KK {}\n", (rep.nik(), "NIK"), (rep.kk(), "KK"))
    elif r < 0.8:
        d.f("HP/WA {}\n", (mobile(rng), "PHONE"))
    else:
        d.f("Telp. {}\n", (landline(rng, region), "PHONE"))
    return d

# --------------------------------------------------------------------------- style: kendaraan (vehicles / traffic / parking)

def g_kendaraan(rng, nopii):
    region = pick_region(rng)
    v = nm(rng, region, TOPIC_BY_KEY[rng.choice(["samsat", "parkir"])])
    d = Doc()
    kind = rng.choice(["parkir", "dinas", "ugal", "curanmor", "tilang", "ojol"])
    if nopii:
        d.t(rng.choice(["Lapor: ", "Aduan lalu lintas \u2014 ", "Mohon ditindak: ", ""]))
        d.t(rng.choice([
            "mobil bak terbuka parkir di bahu %s setiap malam, plat nomornya ditutup lakban sehingga tidak terbaca. " % v["road"],
            "bus jurusan %s\u2013%s ngetem di %s sampai %s menit dan menimbulkan macet panjang. " % (v["city"], rng.choice(["Terminal Induk", "terminal antarkota", "pelabuhan"]), v["road"], rng.randint(15, 60)),
            "antrean solar di %s mengular sampai %s; truk menginap di badan jalan. " % (v["spbu"], v["km"]),
            "rambu larangan parkir di %s tertutup spanduk, juru parkir menarik %s tanpa karcis. " % (v["road"], v["rp2"]),
            "kendaraan plat merah terlihat dipakai belanja di pasar pada hari libur %s, nomornya tidak sempat saya catat. " % v["date"]]))
        d.t(rng.choice(["Kejadian terakhir %s pukul %s. " % (v["date"], v["time"]),
                        "Sudah dilaporkan lewat %s dengan %s. " % (rng.choice(["SP4N-LAPOR!", "aplikasi Polri", "call center 110"]), v["ticket"]),
                        "Di tol %s juga ada pungutan serupa. " % v["km"]]))
        d.t(rng.choice(["Mohon ditertibkan sesuai %s." % "UU No. 22 Tahun 2009 tentang LLAJ",
                        "Sudah %s kali terjadi kecelakaan kecil di titik itu." % v["count"],
                        "Tolong Dishub dan Satlantas turun."]))
        return d
    rep = Person(rng, region)
    pl = plate(rng, region)
    if kind == "parkir":
        d.f("{} {} parkir tiap hari di trotoar depan {}, menutup akses kursi roda. ", rng.choice(["Mobil", "Avanza hitam", "Pikap", "Truk"]),
            (pl, "PLATE"), rng.choice(["ruko", "SD", "puskesmas", "gereja"]) + " di " + v["road"])
        own = Person(rng, region)
        d.f("Pemiliknya {}{}, tinggal di ", own.hon(), (own.full, "PERSON"))
        d.put(addr_pieces(rng, own, with_area=False))
        d.t(", sudah ditegur %s kali. " % v["count"])
        tk = Person(rng, region, sex="L")
        d.f("Juru parkir {} malah minta {}. ", (tk.short, "PERSON"), v["rp2"])
    elif kind == "dinas":
        red = plate(rng, region, red=True, form=rng.choice(["sp", "nosp", "dash"]))
        off = Person(rng, region, age=(35, 58))
        d.f("Mobil dinas plat merah {} dipakai {}{} (NIP {}) untuk {} pada {}. ", (red, "PLATE"), rng.choice(["Sdr. ", "oknum pejabat ", "Bapak "]),
            (off.full, "PERSON"), (off.nip(), "NIP"), rng.choice(["mudik", "antar anak sekolah", "belanja ke mal", "acara keluarga"]), v["date"])
        if rng.random() < 0.5:
            d.t("Mobil itu biasa diparkir di rumahnya di ")
            d.put(addr_pieces(rng, off))
            d.t(". ")
    elif kind == "ugal":
        d.f("Sopir {} dengan nopol {} ugal-ugalan di {} dan hampir menabrak anak sekolah. ", rng.choice(["angkot", "truk tangki", "bus AKDP", "travel"]),
            (pl, "PLATE"), v["road"])
        if rng.random() < 0.5:
            drv = Person(rng, region, sex="L")
            d.f("Menurut penumpang, sopirnya bernama {}{}. ", rng.choice(["", "Bang ", "Pak "]), (drv.short, "PERSON"))
        d.t("Kejadian %s pukul %s. " % (v["date"], v["time"]))
    elif kind == "curanmor":
        d.f("Motor saya {} hilang di parkiran {} pada {}. ", (plate(rng, region, rng.choice(["sp", "lower", "nosp"])), "PLATE"),
            rng.choice(["pasar", "masjid", "kampus", "RSUD"]), v["date"])
        d.t("Laporan polisi %s belum ada perkembangan. " % ("LP/B/%d/%s/%d/SPKT" % (rng.randint(100, 999), rng.choice(["III", "VII", "X"]), rng.randint(2023, 2025))))
        if rng.random() < 0.5:
            d.f("Seminggu kemudian motor itu terlihat dipakai dengan plat palsu {}. ", (plate(rng, region), "PLATE"))
    elif kind == "tilang":
        d.f("Pada {} di {} kendaraan saya {} diberhentikan. Petugas ", v["date"], v["road"], (pl, "PLATE"))
        if rng.random() < 0.5:
            cop = Person(rng, region, sex="L")
            d.f("dengan papan nama bertuliskan \u201c{}\u201d ", (cop.full.split()[-1], "PERSON"))
        d.t("meminta uang damai %s dan menolak memberi surat tilang. " % v["rp"])
        if rng.random() < 0.4:
            b = bank(rng, region)
            d.f("Uang ditransfer ke rekening {} {}. ", b[0], (b[1], "BANK_ACCOUNT"))
    else:
        drv = Person(rng, region, sex="L", age=(20, 45))
        d.f("Driver ojol {} ({}) membatalkan pesanan setelah menjemput dan meminta tambahan {} di luar aplikasi. ",
            (drv.full if rng.random() < 0.5 else drv.short, "PERSON"), (pl, "PLATE"), v["rp2"])
        if rng.random() < 0.5:
            d.f("Nomornya {}. ", (mobile(rng), "PHONE"))
    d.t(rng.choice(["Mohon ditindak.", "Tolong Dishub/Satlantas turun.", "Foto terlampir."]) + " ")
    r = rng.random()
    if r < 0.4:
        d.f("\u2014 {}, {}", (rep.full, "PERSON"), (mobile(rng), "PHONE"))
    elif r < 0.6:
        d.f("Pelapor: {} / {}", (rep.short, "PERSON"), (email_for(rng, rep), "EMAIL"))
    elif r < 0.8:
        d.f("Kendaraan saya sendiri {} sering jadi korban serempetan di situ. \u2014{}", (plate(rng, region), "PLATE"), (rep.full, "PERSON"))
    return d

# --------------------------------------------------------------------------- style: campur (code-mixed regional)

LANGS = {
    # lang: (regions, opener, self-intro, live, issues, phone cue, closing)
    "jawa": (["jateng", "diy", "jatim"], ["Nuwun sewu, Bapak/Ibu.", "Sugeng enjing.", "Assalamualaikum, nyuwun pirsa."],
             "Kulo {}", "griya kulo wonten {}",
             ["dalan teng {road} rusak parah, sampun {count} taun mboten didandosi",
              "bansos PKH kulo mboten cair, jare pendamping sampun mlebet rekening",
              "banyu PDAM buthek, tagihane malah mundhak dados {rp}",
              "ngurus KTP teng dukcapil dijaluki arto {rp}, jarene ben cepet"],
             "Nomer HP kulo", ["Matur nuwun sanget.", "Nyuwun tulung dipun tindak lanjuti.", "Maturnuwun."]),
    "sunda": (["jabar", "banten"], ["Punten, Bapa/Ibu.", "Wilujeng enjing.", "Sampurasun."],
              "Abdi {}", "bumi abdi di {}",
              ["jalan di {road} ruksak pisan ti taun {year}, teu acan dibenerkeun",
               "bantuan PKH teu acan cair, saurna tos lebet ka rekening",
               "cai PDAM kiruh, tagihan malah naek janten {rp}",
               "ngurus KTP di disdukcapil dipenta artos {rp}"],
              "Nomer WA abdi", ["Hatur nuhun.", "Hatur nuhun pisan kana perhatosanana.", "Nuhun."]),
    "aceh": (["aceh"], ["Assalamualaikum.", "Assalamualaikum, Pak/Bu."],
             "Lon {}", "lon tinggai di {}",
             ["jalan di {road} ka reuloh, hana geupeugot sampoe jinoe",
              "bantuan PKH hana trok, padahai kata pendamping ka masok rekening",
              "ie PDAM keruh, tagihan jeut keu {rp}"],
             "No HP lon", ["Teurimong geunaseh.", "Lon lake bantuan."]),
    "madura": (["jatim"], ["Assalamualaikum.", "Nyo'on sapora."],
               "Kaula {}", "bengko kaula e {}",
               ["bantuan PKH ta' cair, ca'na pendamping la mlebbu rekening",
                "jalan e {road} rusak parah, la {count} taon ta' eromba'",
                "ngurus KTP e dukcapil e tagih pesse {rp}"],
               "Nomer HP kaula", ["Sakalangkong.", "Sakalangkong ongguh."]),
    "sasak": (["ntb"], ["Assalamualaikum.", "Tabe'."],
              "Tiang {}", "bale tiang leq {}",
              ["bantuan PKH ndek man tetu, padahal pendamping bebase wah tame rekening",
               "jalan leq {road} rusak, wah {count} taun ndek naon perbaiki",
               "aik PDAM keruh, tagihan jari {rp}"],
              "Nomer HP tiang", ["Tampi asih.", "Tampiasih."]),
    "toraja": (["sulsel"], ["Salama'.", "Kurre sumanga', Pak/Bu."],
               "Aku' {}", "banua ku dio {}",
               ["jalan dio {road} rusak, mintu' tau sussa lendu'",
                "bantuan PKH tae' na tarru', napa ma'kada pendamping la sule",
                "mangurus KTP na pelaku doi' {rp}"],
               "Nomor HP ku", ["Kurre sumanga'.", "Kurre sumanga' buda."]),
    "ntt": (["ntt"], ["Selamat pagi, Bapa/Mama.", "Salam sejahtera.", "Bondia, Bapa/Mama."],
            "Beta pung nama {}", "beta tinggal di {}",
            ["bantuan PKH sonde pernah masuk, padahal dong bilang su transfer",
             "jalan di {road} rusak parah, oto sonde bisa lewat",
             "air PDAM sonde jalan su {count} minggu, tagihan tetap {rp}"],
            "Beta pung HP", ["Makasih banyak, Bapa/Mama.", "Tuhan berkati.", "Obrigadu barak."]),
    "papua": (["papua"], ["Selamat siang, Bapa/Ibu.", "Shalom."],
              "Sa pu nama {}", "sa tinggal di {}",
              ["jalan ke kampung rusak, dong bilang mo perbaiki tapi sampe skarang trada",
               "bantuan sembako trada sampe, padahal nama su tercatat",
               "listrik mati terus, dong tra kasih tau"],
              "Sa pu nomor", ["Trima kasih banyak.", "Tuhan berkati."]),
    "bali": (["bali"], ["Om Swastyastu.", "Om Swastyastu, Bapak/Ibu."],
             "Tiang {}", "genah tiang ring {}",
             ["jalan ring {road} rusak, sampun {count} warsa nenten kaperbaiki",
              "bantuan PKH nenten cair, pendamping ngorahang sampun ka rekening",
              "ngurus KTP ring dukcapil kaorahin mayah {rp}"],
             "Nomor HP tiang", ["Suksma.", "Om Shanti Shanti Shanti Om."]),
    "batak": (["sumut"], ["Horas.", "Horas, Amang/Inang."],
              "Au {}", "huta nami di {}",
              ["dalan di {road} rusak, nunga {count} taon so dipauli",
               "bantuan PKH ndang dope ro, padahal nunga masuk rekening ninna",
               "mangurus KTP di dukcapil dipangido hepeng {rp}"],
              "Nomor HP hu", ["Mauliate.", "Mauliate godang."]),
    "manado": (["sulut", "maluku"], ["Slamat siang.", "Torang mo lapor."],
               "Kita pe nama {}", "kita tinggal di {}",
               ["jalan di {road} so rusak skali, nda ada yang urus",
                "bantuan PKH nda cair-cair, dorang bilang so masuk rekening",
                "aer PDAM nda mangalir so {count} hari"],
               "Kita pe nomor", ["Makase banyak.", "Tuhan memberkati."]),
    "tionghoa": (["kalbar", "sumut", "jakarta"], ["Permisi, mau lapor.", "Halo, Pak/Bu."],
                 "Gua {}", "toko gua di {}",
                 ["tiap bulan ada oknum minta duit keamanan {rp}, katanya buat koordinasi",
                  "ngurus izin usaha dipersulit, disuruh bayar {rp} baru cincai",
                  "parkir liar depan toko, pelanggan pada kabur"],
                 "WA gua", ["Kamsia.", "Thanks ya, tolong ditindak."]),
    "minang": (["sumbar"], ["Assalamualaikum, Pak/Buk.", "Ampun maaf."],
               "Ambo {}", "rumah ambo di {}",
               ["jalan di {road} rusak parah, alah {count} tahun indak diperbaiki",
                "bantuan PKH indak cair, kato pendamping alah masuak ka rekening",
                "ma urus KTP di dukcapil diminta pitih {rp}"],
               "Nomor HP ambo", ["Tarimo kasih.", "Tarimo kasih banyak."]),
    "makassar": (["sulsel", "sultra", "kaltim"], ["Iye', permisi.", "Assalamualaikum, Pak/Bu."],
                 "Saya {}", "rumahku di {}",
                 ["jalan di {road} rusak sekali mi, tidak pernah diperbaiki",
                  "bantuan PKH tidak cair-cair, na bilang pendamping sudah masuk rekening",
                  "urus KTP di dukcapil na minta doi {rp}"],
                 "Nomorku", ["Terima kasih banyak, di'.", "Makasih, Pak."]),
}


def g_campur(rng, nopii):
    lang = rng.choice(sorted(LANGS))
    regions, openers, intro, live, issues, phcue, closes = LANGS[lang]
    region = rng.choice(regions)
    v = nm(rng, region)
    d = Doc()
    d.t(rng.choice(openers) + " ")
    iss = [x.format(**v) for x in rng.sample(issues, 2)]
    if nopii:
        d.t(iss[0][0].upper() + iss[0][1:] + ". ")
        d.t(iss[1][0].upper() + iss[1][1:] + ". ")
        d.t(rng.choice(["Sudah lapor ke 1708, dapat %s." % v["ticket"], "Kejadian %s." % v["date"],
                        "Warga %s kena semua, kurang lebih %s." % (v["rt"], v["kk"]),
                        "Aturannya %s." % v["reg"], "Kemarin ada %s warga protes ke kantor desa." % v["many"]]) + " ")
        d.t(rng.choice(closes))
        return d
    pool = None
    if lang == "tionghoa":
        pool = "chinese"
    rep = Person(rng, region, pool=pool)
    d.f(intro + ", ", (rep.full, "PERSON"))
    d.f(live + ". ", addr_pieces(rng, rep, None if lang != "tionghoa" else rng.choice(["jl", "komp"])))
    d.t(iss[0][0].upper() + iss[0][1:] + ". ")
    r = rng.random()
    third = Person(rng, region)
    if r < 0.35:
        d.f("{}{} {}. ", rng.choice(["Pak Kades ", "Pendamping ", "Petugas ", "Pak RT "]), (third.full, "PERSON"),
            rng.choice(["ngomong ngoten", "bilang begitu", "cuma diam saja", "tidak mau tanggung jawab"]))
    elif r < 0.55:
        d.f("Tetangga {} juga sama, NIK-nya {}. ", (third.full, "PERSON"), (third.nik(), "NIK"))
    elif r < 0.7:
        d.f("Kartu BPJS {} juga nonaktif. ", (bpjs(rng), "BPJS"))
    elif r < 0.8:
        d.t("Ibu saya sudah sepuh, lahir thn %d, tidak kuat antre. " % rng.randint(1935, 1955))
    d.t(iss[1][0].upper() + iss[1][1:] + ". ")
    if rng.random() < 0.45:
        d.f("NIK {}", (rep.nik(), "NIK"))
        if rng.random() < 0.4:
            d.f(", KK {}", (rep.kk(), "KK"))
        d.t(". ")
    d.f(phcue + " {}. ", (mobile(rng), "PHONE"))
    d.t(rng.choice(closes))
    if rng.random() < 0.4:
        d.f(rng.choice(["\n\u2014 {}", "\n- {}", " ({})"]), (rep.short, "PERSON"))
    return d

# --------------------------------------------------------------------------- style: ocr (scanned / badly typed)

def make_noise(rng, level):
    subs = {"i": "l", "e": "c", "m": "rn", "a": "o", "n": "ri", "o": "0", "h": "b", "u": "v"}

    def noise(s):
        if len(s) < 6:
            return s
        out = [s[:2]]
        mid = s[2:-2]
        i = 0
        while i < len(mid):
            ch = mid[i]
            x = rng.random()
            if ch == " ":
                if x < 0.10 * level:
                    pass                                  # space lost
                elif x < 0.17 * level:
                    out.append("  ")                      # doubled space
                elif x < 0.21 * level:
                    out.append("\n")                      # broken line wrap
                else:
                    out.append(" ")
            elif ch.isalpha() and x < 0.035 * level and ch.lower() in subs:
                rep = subs[ch.lower()]
                out.append(rep.upper() if ch.isupper() else rep)
            else:
                out.append(ch)
            i += 1
        out.append(s[-2:])
        return "".join(out)
    return noise


def wrap_value(rng, s, label):
    """Break a value across lines the way a scanner or a narrow column does (still one span)."""
    r = rng.random()
    if " " in s and r < 0.6:
        idx = [i for i, c in enumerate(s) if c == " "]
        i = rng.choice(idx)
        return s[:i] + "\n" + s[i + 1:]
    if label == "PERSON" and len(s) > 7 and r < 0.8:
        words = s.split(" ")
        w = max(words, key=len)
        if len(w) >= 6:
            k = s.index(w) + len(w) // 2
            return s[:k] + "-\n" + s[k:]
    if s.isdigit() and len(s) >= 12:
        k = rng.choice([4, 6, 8, 10])
        return s[:k] + "\n" + s[k:]
    if label == "PERSON" and " " in s:
        return s.replace(" ", "", 1)          # lost space inside a name
    return s


def g_ocr(rng, nopii):
    region = pick_region(rng)
    topic = rng.choice(TOPICS)
    v = nm(rng, region, topic)
    d = Doc(noise=make_noise(rng, rng.choice([0.6, 1.0, 1.4])))
    d.t(rng.choice(["FORMULIR PENGADUAN MASYARAKAT", "LEMBAR PENGADUAN", "F0RMULIR PENGADUAN", "SURAT PENGADUAN"]) + "\n")
    d.t("%s Kab./Kota %s\n" % (rng.choice(["Pemerintah", "PEMERINTAH", "Dinas Kominfo"]), v["city"]))
    d.t("No. Reg: %s   Tgl: %s\n\n" % (rng.choice([ticket16(rng), "%d/PGD/%d" % (rng.randint(1, 999), rng.randint(2023, 2025))]), v["date"]))
    if nopii:
        d.t("Kode wilayah      : %s\n" % v["kode"])
        d.t("Nama Pelapor      : ..............................\nNIK               : ..............................\n")
        d.t("Alamat            : ..............................\nNo. Telp/HP       : ..............................\n")
        d.t("(dirahasiakan atas permintaan pelapor)\n\nUraian Pengaduan :\n")
        d.t(" ".join(topic_sents(rng, topic, v, 3)) + "\n")
        d.t("--- Halaman 1 dari 1 ---\n")
        d.t("Diterima oleh petugas loket %s, pukul %s. Dasar: %s." % (rng.choice(["Mal Pelayanan Publik", "UPT Pengaduan", "kantor kelurahan"]), v["time"], v["reg"]))
        return d
    rep = Person(rng, region)
    wrapped = set(rng.sample(["PERSON", "NIK", "ADDRESS", "PHONE", "KK"], rng.randint(1, 3)))

    def val(s, label):
        return (wrap_value(rng, s, label) if label in wrapped else s, label)

    d.f("Nama Pelapor      : {}\n", val(rep.full if rng.random() < 0.6 else rep.full.upper(), "PERSON"))
    d.f("NIK               : {}\n", val(rep.nik(form=rng.choice(["plain", "sp"])), "NIK"))
    if rng.random() < 0.5:
        d.f("No. KK            : {}\n", val(rep.kk(form="plain"), "KK"))
    if rng.random() < 0.6:
        d.f("Tempat/Tgl Lahir  : {}, {}\n", rep.city, (rep.dob_str(rng.choice(["dash", "slash", "long", "dot"])), "DATE_OF_BIRTH"))
    a, area = address(rng, region)
    d.f("Alamat            : {}{}\n", val(a, "ADDRESS"), area)
    d.f("No. Telp/HP       : {}\n", val(mobile(rng, rng.choice(["plain", "sp", "dash"])), "PHONE"))
    if rng.random() < 0.2:
        d.f("NPWP              : {}\n", (npwp(rng, rep, "old"), "NPWP"))
    d.t("\nUraian Pengaduan :\n")
    d.t(" ".join(topic_sents(rng, topic, v, 2)) + " ")
    if rng.random() < 0.6:
        off = Person(rng, region)
        d.f("Petugas a.n. {} {}", val(off.full, "PERSON"), rng.choice(["tidak ada di tempat. ", "meminta biaya tambahan. ", "menolak berkas saya. "]))
    d.t("\n--- Halaman 1 dari 2 ---\n")
    d.t(rng.choice(["Demikian pengaduan ini saya buat dengan sebenarnya.\n", "Demikian, atas perhatiannya diucapkan terima kasih.\n"]))
    d.t("Pelapor,\n\n")
    d.f("( {} )", (rep.full.upper() if rng.random() < 0.5 else rep.full, "PERSON"))
    return d

# --------------------------------------------------------------------------- style: pendek (under 80 characters)

def g_pendek(rng, nopii):
    for _ in range(200):
        d = _pendek_once(rng, nopii)
        if len(d.text()) < 80:
            return d
    raise RuntimeError("could not make a short text")


def _pendek_once(rng, nopii):
    region = pick_region(rng)
    v = nm(rng, region)
    d = Doc()
    if nopii:
        d.t(rng.choice([
            "Lampu PJU %s mati sejak %s." % (v["road"], v["dshort"]),
            "Laporan %s belum ditanggapi." % ticket(rng),
            "%s: antre solar sampai %s." % (v["spbu"], v["km"]),
            "NIK saya sudah dicek di 3 aplikasi, tetap tidak terdaftar.",
            "Banjir lagi di %s, %s terdampak." % (v["rt"], v["kk"]),
            "Pungli %s di loket Samsat %s." % (v["rp2"], v["city"]),
            "Jalan %s berlubang, %s." % (v["km"], v["date"]),
            "Call center %s tidak bisa dihubungi sejak pagi." % v["hotline"],
            "IGD %s penuh, pasien di lorong." % v["hosp"],
            "Sampah di %s belum diangkut %s hari." % (v["rt"], v["count"]),
            "PPDB %s error, kuota %s kursi." % (v["npsn"], v["many"]),
            "Mohon tindak lanjut %s." % v["ticket"]]))
        return d
    p = Person(rng, region)
    r = rng.randint(0, 14)
    if r == 0:
        d.f("NIK {}: bansos blm cair. \u2014{}", (p.nik(), "NIK"), (p.short, "PERSON"))
    elif r == 1:
        d.f("Plat {} parkir di trotoar tiap hari.", (plate(rng, region), "PLATE"))
    elif r == 2:
        d.f("Tolong hub {} ({}{}).", (mobile(rng), "PHONE"), p.hon(), (p.short, "PERSON"))
    elif r == 3:
        d.f("{}: KIS {} nonaktif, mohon cek.", (p.full, "PERSON"), (bpjs(rng), "BPJS"))
    elif r == 4:
        d.f("Pungli KTP di kelurahan. Hubungi saya {}", (email_for(rng, p), "EMAIL"))
    elif r == 5:
        d.f("{} dicopet di {}. HP {}", (p.short, "PERSON"), rng.choice(["pasar", "terminal", "halte"]), (mobile(rng, "plain"), "PHONE"))
    elif r == 6:
        d.f("Paspor {} ditahan agen. \u2014{}", (passport(rng), "PASSPORT"), (p.short, "PERSON"))
    elif r == 7:
        if rng.random() < 0.4:
            d.f("Alamat saya {}, air mati 3 hari.", (rtrw(rng), "ADDRESS"))
        else:
            d.f("Rumah saya {} kebanjiran lagi!", (address(rng, region, rng.choice(["gg", "dusun", "kp"]), False)[0], "ADDRESS"))
    elif r == 8:
        d.f("{} ngancam warga, cek akunnya.", (handle_for(rng, p), "HANDLE"))
    elif r == 9:
        d.f("KK {} belum diperbarui.", (p.kk(), "KK"))
    elif r == 10:
        d.f("Lahir {}, tapi di KTP salah.", (p.dob_str(), "DATE_OF_BIRTH"))
    elif r == 11:
        b = bank(rng, region)
        d.f("Refund ke {} {} a.n. {}", b[0], (b[1], "BANK_ACCOUNT"), (p.short, "PERSON"))
    elif r == 12:
        d.f("{} {}: {}", rng.choice(["WA", "Telp", "HP"]), (p.short, "PERSON"), (mobile(rng), "PHONE"))
    elif r == 13:
        d.f("Oknum {} (NIP {}) minta uang.", (p.short, "PERSON"), (p.nip("plain"), "NIP"))
    else:
        d.f("NPWP {} dobel.", (npwp(rng, p, "old"), "NPWP"))
    return d

# --------------------------------------------------------------------------- style: panjang (2-4 KB)

def g_panjang(rng, nopii):
    for _ in range(100):
        d = _panjang_once(rng, nopii)
        b = len(d.text().encode("utf-8"))
        if 2048 <= b <= 4096:
            return d
    raise RuntimeError("could not make a long text")


def _panjang_once(rng, nopii):
    region = pick_region(rng)
    topic = rng.choice(TOPICS)
    v = nm(rng, region, topic)
    topic2 = rng.choice(TOPICS)
    d = Doc()
    d.t("Perihal: %s \u2014 kronologi lengkap\n\n" % topic["perihal"])
    if nopii:
        d.t("Yth. %s %s,\n\n" % (topic["inst"], v["city"]))
        d.t("Kami warga %s Kelurahan %s menyampaikan pengaduan yang sudah berlangsung lama. " % (v["rtrw"], v["kel"]))
        d.t(" ".join(topic_sents(rng, topic, v, 4)) + "\n\n")
        d.t("Kronologi singkat:\n")
        steps = rng.randint(4, 6)
        dates = chrono_dates(rng, steps)
        for i in range(steps):
            d.t("%d) %s \u2014 %s\n" % (i + 1, dates[i], rng.choice([
                "warga menyampaikan keluhan lisan kepada perangkat kelurahan;",
                "pengaduan tertulis dikirim dengan nomor surat %s;" % docno(rng),
                "laporan didaftarkan di SP4N-LAPOR! dengan %s;" % ticket(rng),
                "petugas dinas meninjau lokasi di %s dan berjanji menindaklanjuti dalam 14 hari;" % road_for(rng, region),
                "rapat warga di balai %s dihadiri %s orang;" % (v["rt"], v["many"]),
                "kondisi memburuk; %s terdampak dan %s warga mengungsi ke %s;" % (v["kk"], v["many"], rng.choice(["masjid", "balai desa", "gedung SD"])),
                "Ombudsman RI Perwakilan menerima tembusan dan meminta klarifikasi;",
                "tidak ada tanggapan; kanal %s hanya membalas otomatis;" % rng.choice(INST_HANDLES[:3])])))
        d.t("\n")
        d.t(" ".join(topic_sents(rng, topic2, nm(rng, region, topic2), 3)) + "\n\n")
        d.t("Dampak yang kami rasakan: %s warga lansia harus dirujuk ke %s karena puskesmas tutup; ongkos angkutan pulang-pergi %s; " % (
            v["count"], v["hosp"], v["rp2"]))
        d.t("anak-anak %s terlambat masuk sekolah hampir setiap hari; dan pedagang di %s kehilangan pendapatan sekitar %s per minggu. " % (
            v["school"], road_for(rng, region), rupiah(rng, "mid")))
        d.t("Kondisi serupa juga dilaporkan di kecamatan %s (kode wilayah %s) dan sudah diberitakan media lokal pada %s.\n\n" % (
            v["kec"], v["kode"], incident_date(rng, (2024, 2025), "long")))
        d.t("Menurut %s, penyelenggara wajib menanggapi pengaduan paling lambat 60 hari. " % "UU No. 25 Tahun 2009 tentang Pelayanan Publik")
        d.t("Kami juga mencatat bahwa anggaran sebesar %s untuk kegiatan ini tercantum dalam APBD %s. " % (v["rpbig"], v["year"]))
        d.t("Sebagian warga lansia sudah berusia di atas 70 tahun dan lahir sebelum tahun 1955, sehingga sulit bolak-balik ke kantor.\n\n")
        if rng.random() < 0.6:
            d.t("Riwayat pengaduan sebelumnya: surat nomor %s tertanggal %s; laporan SP4N-LAPOR! %s; " % (
                docno(rng), incident_date(rng, (2022, 2023), "long"), ticket16(rng)))
            d.t("pengaduan lisan dalam Musrenbang kelurahan tahun %s; serta aduan melalui %s yang dijawab dengan nomor %s. " % (
                rng.randint(2019, 2023), rng.choice(["call center 112", "layanan 1708", "Ombudsman RI Perwakilan"]), ticket(rng)))
            d.t("Semua jalur tersebut berakhir tanpa kejelasan, sementara kerugian warga terus bertambah.\n\n")
        if rng.random() < 0.6:
            d.t("Harapan kami:\n1. Perbaikan dimulai paling lambat %s;\n2. Anggaran %s dibuka kepada warga;\n" % (
                incident_date(rng, (2025, 2025), "long"), v["rpbig"]))
            d.t("3. Petugas yang menarik biaya %s tanpa kuitansi diperiksa Inspektorat;\n4. Warga %s dilibatkan dalam pengawasan;\n" % (
                v["rp"], v["rtrw"]))
            d.t("5. Jawaban tertulis dikirim ke sekretariat RW, bukan hanya melalui %s.\n\n" % rng.choice(["telepon", "grup WhatsApp", "media sosial"]))
        d.t("Kami tidak mencantumkan nama dan nomor identitas dalam surat ini karena khawatir akan intimidasi; daftar %s warga pendukung dapat diverifikasi langsung oleh tim dinas di balai %s. " % (v["many"], v["rt"]))
        d.t("Untuk koordinasi, dinas dapat menghubungi sekretariat RW melalui kantor kelurahan %s pada jam kerja.\n\n" % v["kel"])
        d.t("Hormat kami,\nWarga %s" % v["rtrw"])
        return d
    rep = Person(rng, region, age=(30, 65))
    sp = Person(rng, region, like=rep, sex="P" if rep.sex == "L" else "L", age=(28, 65))
    kid = Person(rng, region, like=rep if rep.sex == "L" else sp, kin=True, born=rng.randint(2005, 2019))
    off = Person(rng, region, age=(30, 58))
    off2 = Person(rng, region, age=(35, 58))
    d.t("Yth. %s %s,\n\n" % (topic["inst"], v["city"]))
    d.f("Saya {}, NIK {}, lahir di {} pada {}, tinggal di ", (rep.full, "PERSON"), (rep.nik(), "NIK"), rep.city,
        (rep.dob_str(), "DATE_OF_BIRTH"))
    d.put(addr_pieces(rng, rep))
    d.t(". Pekerjaan saya %s. " % rng.choice(JOBS).lower())
    d.t(" ".join(topic_sents(rng, topic, v, 3)) + "\n\n")
    paras = ["kronologi", "pejabat", "keluarga", "uang", "saksi", "medsos", "kendaraan", "bpjs", "npwp", "tetangga",
             "riwayat", "lampiran"]
    rng.shuffle(paras)
    target = rng.randint(2300, 3700)
    for para in paras:
        if len(d.text().encode("utf-8")) > target:
            break
        if rng.random() < 0.15:
            continue
        if para == "kronologi":
            dates = chrono_dates(rng, 3)
            d.t("Kronologi:\n")
            d.f("1) {}: saya datang ke kantor {} membawa berkas lengkap.\n", dates[0], topic["inst"])
            d.f("2) {}: berkas dinyatakan kurang, saya diminta kembali.\n", dates[1])
            d.f("3) {}: {}{} menelepon saya dari nomor {} dan menawarkan \u201cjalur cepat\u201d.\n",
                dates[2], off.hon(formal=True), (off.full, "PERSON"), (mobile(rng), "PHONE"))
            d.t("4) Sampai hari ini belum ada kepastian.\n\n")
        elif para == "pejabat":
            d.f("Petugas yang menangani adalah {}{} (NIP {}). ", off.hon(formal=True), (off.full, "PERSON"), (off.nip(), "NIP"))
            d.f("Ketika saya mengadu kepada atasannya, {}, saya hanya diminta bersabar. ", titled(rng, off2))
            d.f("{} bahkan mengatakan bahwa \u201csemua juga begitu\u201d.\n\n", (off.short, "PERSON"))
        elif para == "keluarga":
            d.f("Anggota keluarga yang ikut terdampak: {} saya, {} (NIK {}), dan anak kami {} yang lahir {}. ",
                "istri" if sp.sex == "P" else "suami", (sp.full, "PERSON"), (sp.nik(), "NIK"), (kid.full, "PERSON"), (kid.dob_str(), "DATE_OF_BIRTH"))
            d.f("Semua tercatat dalam KK nomor {}.\n\n", (rep.kk(), "KK"))
        elif para == "uang":
            b = bank(rng, region)
            d.f("Pada {} saya terpaksa mentransfer {} ke rekening {} {} atas nama {} sebagai \u201cbiaya administrasi\u201d. ",
                v["date2"], v["rp"], b[0], (b[1], "BANK_ACCOUNT"), (off.full, "PERSON"))
            d.t("Bukti transfer saya lampirkan. Tidak ada kuitansi resmi.\n\n")
        elif para == "saksi":
            d.t("Saksi yang dapat dimintai keterangan:\n")
            for i in range(rng.randint(2, 3)):
                w = Person(rng, region)
                d.f("- {}, ", (w.full, "PERSON"))
                if rng.random() < 0.7:
                    d.f("HP {}", (mobile(rng), "PHONE"))
                else:
                    d.f("e-mail {}", (email_for(rng, w), "EMAIL"))
                d.t(";\n")
            d.t("\n")
        elif para == "medsos":
            d.f("Kejadian ini juga saya unggah di akun {}; beberapa warga lain ikut berkomentar, termasuk {}. ",
                (handle_for(rng, rep), "HANDLE"), (handle_for(rng, Person(rng, region)), "HANDLE"))
            d.t("Unggahan itu kemudian dilaporkan dan dihapus.\n\n")
        elif para == "kendaraan":
            d.f("Saat petugas datang ke rumah untuk \u201cverifikasi\u201d, mereka memakai mobil dinas {} dan sepeda motor {}. ",
                (plate(rng, region, red=True), "PLATE"), (plate(rng, region), "PLATE"))
            d.t("Kendaraan itu diparkir menutup akses jalan warga selama %s jam.\n\n" % v["hours"])
        elif para == "bpjs":
            d.f("Akibat stres, {} sempat dirawat; kartu JKN-KIS-nya ({}) ternyata nonaktif sehingga kami membayar {}.\n\n",
                (sp.short, "PERSON"), (bpjs(rng), "BPJS"), v["rp"])
        elif para == "npwp":
            d.f("Sebagai wajib pajak yang tertib (NPWP {}), saya merasa diperlakukan tidak adil.\n\n", (npwp(rng, rep), "NPWP"))
        elif para == "tetangga":
            d.t("Tetangga yang mengalami hal serupa antara lain ")
            nbs = [Person(rng, region, like=rep) for _ in range(rng.randint(2, 3))]
            for i, nb in enumerate(nbs):
                if i:
                    d.t(", " if i < len(nbs) - 1 else ", serta ")
                d.f("{}{} ({})", nb.hon(formal=True), (nb.full, "PERSON"), addr_pieces(rng, nb, with_area=False))
            d.t(". Mereka bersedia dimintai keterangan.\n\n")
        elif para == "riwayat":
            d.t("Pengaduan ini bukan yang pertama. Sebelumnya saya melapor melalui SP4N-LAPOR! (%s) dan surat tertanggal %s, " % (
                ticket(rng), incident_date(rng, (2022, 2023), "long")))
            d.t("tetapi keduanya ditutup tanpa penjelasan. Saya juga sudah mendatangi kantor kelurahan %s sebanyak %s kali.\n\n" % (
                v["kel"], v["count"]))
        elif para == "lampiran":
            d.t("Lampiran: (1) fotokopi KTP; (2) fotokopi KK ")
            d.f("No. {}; (3) bukti transfer; (4) foto lokasi; (5) salinan tanda terima berkas nomor {}.\n\n", (rep.kk(), "KK"),
                "%d/%s/%d" % (rng.randint(10, 999), rng.choice(["PLY", "DKP", "LKT"]), rng.randint(2023, 2025)))
    if topic2 is not topic:
        d.t("Selain itu, ada hal lain yang perlu saya laporkan. ")
    d.t(" ".join(topic_sents(rng, topic2, nm(rng, region, topic2), 2)) + "\n\n")
    d.t("Saya memohon agar pengaduan ini ditindaklanjuti sesuai %s dan identitas saya dirahasiakan.\n\n" % v["reg"])
    d.f("Hormat saya,\n{}\n{}", (rep.full, "PERSON"), (mobile(rng), "PHONE"))
    if rng.random() < 0.5:
        d.f(" \u2022 {}", (email_for(rng, rep), "EMAIL"))
    return d

# --------------------------------------------------------------------------- style: kapital (ALL CAPS / all lower case)

def g_kapital(rng, nopii):
    region = pick_region(rng)
    topic = rng.choice(TOPICS)
    v = nm(rng, region, topic)
    case = rng.choice(["upper", "lower"])
    d = Doc(case=case)
    casual = case == "lower"
    bang = "!!!" if case == "upper" else ""
    sents = topic_sents(rng, topic, v, 2, casual=casual)
    if nopii:
        d.t(rng.choice(["MOHON PERHATIAN %s%s " % (topic["inst"], bang), "tolong ", "LAPOR%s " % bang]))
        body = joined(rng, sents, casual)
        d.t(body + ("" if body.endswith((".", "!")) else ".") + " ")
        d.t(rng.choice(["SUDAH LAPOR %s, BELUM ADA TINDAKAN. " % v["ticket"], "DI %s ADA %s YANG KENA. " % (v["rt"], v["kk"]),
                        "ATURANNYA JELAS %s. " % v["reg"], "KEJADIAN %s JAM %s. " % (v["date"], v["time"])]))
        d.t(rng.choice(["TOLONG DITINDAK%s" % bang, "NIK SAYA SUDAH DICEK DI 3 APLIKASI, TETAP TIDAK MUNCUL.",
                        "HUBUNGI SAJA CALL CENTER %s KATANYA, TAPI TIDAK DIANGKAT." % v["hotline"]]))
        return d
    rep = Person(rng, region)
    r = rng.random()
    if r < 0.5:
        d.f("SAYA {}{} ", (rep.full, "PERSON"), rng.choice([",", " DARI %s," % v["kel"], ""]))
        d.f("NIK {} ", (rep.nik(), "NIK"))
    else:
        d.f("{}{} ", rng.choice(["", "DARI ", "PELAPOR: "]), (rep.full, "PERSON"))
    d.t("MENGADUKAN %s%s " % (topic["perihal"], bang))
    d.t(joined(rng, sents, casual) + " ")
    k = rng.random()
    if k < 0.25:
        off = Person(rng, region)
        d.f("PETUGAS BERNAMA {} MINTA UANG {} DI LUAR KETENTUAN. ", (off.full, "PERSON"), v["rp"])
    elif k < 0.45:
        d.f("MOBIL {} SELALU PARKIR DI DEPAN RUMAH SAYA DI ", (plate(rng, region, "sp"), "PLATE"))
        d.put(addr_pieces(rng, rep, with_area=False))
        d.t(". ")
    elif k < 0.6:
        d.f("NO KARTU BPJS {} DITOLAK DI {}. ", (bpjs(rng), "BPJS"), v["hosp"])
    elif k < 0.75:
        d.f("TANGGAL LAHIR SAYA {} TAPI DI DATA TERTULIS LAIN. ", (rep.dob_str(rng.choice(["long", "dash", "slash"])), "DATE_OF_BIRTH"))
    else:
        d.f("ALAMAT SAYA ", )
        d.put(addr_pieces(rng, rep))
        d.t(". ")
    d.t(rng.choice(["HUBUNGI SAYA ", "HP ", "NO WA "]))
    d.p(mobile(rng), "PHONE")
    if rng.random() < 0.3:
        d.f(" ATAU EMAIL {}", (email_for(rng, rep), "EMAIL"))
    if rng.random() < 0.25:
        d.f(" IG {}", (handle_for(rng, rep), "HANDLE"))
    d.t(". TERIMA KASIH%s" % bang)
    return d


# --------------------------------------------------------------------------- style: english (diaspora / foreigners)

def g_english(rng, nopii):
    region = pick_region(rng, [("bali", 4), ("jakarta", 3), ("ntb", 2), ("diy", 2), ("jatim", 1), ("sulut", 1), ("ntt", 1)])
    v = nm(rng, region)
    d = Doc()
    if nopii:
        d.t(rng.choice(["Dear Sir/Madam,\n\n", "To whom it may concern,\n\n", "Hi LAPOR team,\n\n"]))
        d.t(rng.choice([
            "I arrived at %s on %s and was asked to pay %s in cash for a \u201cfast track\u201d visa on arrival, with no receipt. " % (v["airport"], v["date"], rng.choice(["Rp 500,000", "USD 50", "Rp 1.000.000"])),
            "The road at %s has been flooded for weeks and tourists are being charged %s by informal parking attendants. " % (v["road"], v["rp2"]),
            "As an Indonesian living abroad, I tried to renew my e-KTP data online, but the system keeps rejecting the upload. "]))
        d.t(rng.choice([
            "According to %s, public services must publish their fees. " % "Law No. 25 of 2009 on Public Services",
            "I have called %s and e-mailed %s, but got no reply. " % (v["hotline"], rng.choice(INST_EMAILS[:4])),
            "My previous report (%s) was closed without explanation. " % v["ticket"]]))
        d.t(rng.choice(["About %s other passengers in my queue had the same experience. " % v["many"],
                        "The counter staff said my NIK had already been checked in 3 apps. ",
                        "This happened around %s local time. " % v["time"]]))
        d.t(rng.choice(["\n\nKind regards,\nA concerned visitor", "\n\nThank you.\n(name withheld)", "\n\nRegards,\nan Indonesian student in Europe"]))
        return d
    diaspora = rng.random() < 0.55
    if diaspora:
        rep = Person(rng, region)
        country = rng.choice(["Japan", "the Netherlands", "Australia", "South Korea", "Taiwan", "the UK"])
        cmap = {"Japan": "Jepang", "the Netherlands": "Belanda", "Australia": "Australia", "South Korea": "Korea Selatan",
                "Taiwan": "Taiwan", "the UK": "Inggris"}
        d.t(rng.choice(["Dear Sir/Madam,\n\n", "Hello,\n\n", "Good afternoon,\n\n"]))
        d.f("My name is {}, an Indonesian citizen living in {} (passport {}). ", (rep.full, "PERSON"), country,
            (passport(rng, letter=rng.choice(["C", "X", "E"])), "PASSPORT"))
        mom = Person(rng, region, like=rep, sex="P", age=(55, 85))
        d.f("My mother, {}{}, lives at ", rng.choice(["", "Ibu ", "Mrs. "]), (mom.full, "PERSON"))
        d.put(addr_pieces(rng, mom))
        d.t(". ")
        d.f("Her date of birth is {} and her NIK is {}. ", (mom.dob_str(rng.choice(["en", "en_us", "slash"])), "DATE_OF_BIRTH"),
            (mom.nik(), "NIK"))
        why = rng.choice(["bpjs", "pension", "pkh"])
        if why == "bpjs":
            d.t("Her BPJS Kesehatan card")
            if rng.random() < 0.7:
                d.f(" (no. {})", (bpjs(rng), "BPJS"))
            d.t(" was deactivated without notice")
        elif why == "pension":
            d.t("Her pension has not been paid for %s months" % v["months"])
        else:
            d.t("Her social assistance (PKH) stopped in %s" % v["year"])
        d.t(". Officials at the kelurahan told her to come back with her son/daughter, which is impossible for me. ")
        d.f("Please contact me on WhatsApp {} or at {}", (foreign_phone(rng, cmap[country]), "PHONE"), (email_for(rng, rep), "EMAIL"))
        if rng.random() < 0.5:
            d.f(", or my cousin {} in {} ({})", (Person(rng, region).full, "PERSON"), v["city"], (mobile(rng, rng.choice(["p62sp", "p62", "dash"])), "PHONE"))
        d.t(".\n\nBest regards,\n")
        d.p(rep.full, "PERSON")
        return d
    fo = Person(rng, region, pool="foreign")
    nat, ctry = rng.choice([("Australian", "Australia"), ("Dutch", "Belanda"), ("British", "Inggris"), ("Japanese", "Jepang"),
                            ("German", "Jerman"), ("Canadian", "Kanada")])
    d.t(rng.choice(["Hi,\n\n", "Dear Ombudsman,\n\n", "Complaint \u2014 "]))
    d.f("I am {}, {} {} tourist (passport no. {}). ", (fo.full, "PERSON"), "an" if nat[0] in "AEIOU" else "a", nat, (passport(rng, letter=rng.choice(["N", "P", "E", "C"])), "PASSPORT"))
    k = rng.random()
    if k < 0.4:
        d.f("On {} a police officer stopped my rented scooter ({}) near {} and demanded {} \u201cfine\u201d with no ticket. ",
            v["date"], (plate(rng, region), "PLATE"), v["road"], rng.choice(["Rp 500,000", "Rp 1 million", "USD 30"]))
        if rng.random() < 0.5:
            d.f("His name tag read \u201c{}\u201d. ", (Person(rng, region, sex="L").full.split()[-1], "PERSON"))
    elif k < 0.7:
        d.f("At {} an immigration agent who introduced himself as {} asked me to transfer {} to a personal {} account {}. ",
            v["airport"], (Person(rng, region, sex="L").short, "PERSON"), rng.choice(["Rp 2,000,000", "Rp 750,000"]),
            *(lambda b: [b[0], (b[1], "BANK_ACCOUNT")])(bank(rng, region)))
    else:
        host = Person(rng, region)
        d.f("My homestay host, {}, at ", (host.full, "PERSON"))
        d.put(addr_pieces(rng, host, with_area=False))
        d.t(", was told by village officials to pay a \u201cforeigner levy\u201d for every guest. ")
    d.f("You can reach me at {}", (foreign_phone(rng, ctry), "PHONE"))
    if rng.random() < 0.6:
        dom = rng.choice(["gmail.com", "outlook.com", "bigpond.com", "gmx.de", "yahoo.co.uk"])
        local = ".".join(ascii_name(fo.full)).replace(" ", "")
        d.f(" or {}", (local + "@" + dom, "EMAIL"))
    if rng.random() < 0.4:
        d.f(" (Instagram {})", (handle_for(rng, fo), "HANDLE"))
    d.t(". Thank you.")
    return d

# --------------------------------------------------------------------------- corpus assembly

GENERATORS = {
    "surat": g_surat, "telepon": g_telepon, "grupchat": g_grupchat, "komentar": g_komentar, "forum": g_forum,
    "liputan": g_liputan, "petisi": g_petisi, "layanan": g_layanan, "migran": g_migran, "tanah": g_tanah,
    "kendaraan": g_kendaraan, "campur": g_campur, "ocr": g_ocr, "pendek": g_pendek, "panjang": g_panjang,
    "kapital": g_kapital, "english": g_english,
}


def plan():
    """Deterministic (record number, style, no-PII flag) list."""
    order = []
    for style, (n, _) in STYLES.items():
        order.extend([style] * n)
    random.Random("%d|order" % SEED).shuffle(order)
    nopii_pos = {style: set(random.Random("%d|nopii|%s" % (SEED, style)).sample(range(n), k))
                 for style, (n, k) in STYLES.items()}
    seen = Counter()
    out = []
    for i, style in enumerate(order, 1):
        out.append((i, style, seen[style] in nopii_pos[style]))
        seen[style] += 1
    return out


def build():
    records, wants = [], []
    for n, style, nopii in plan():
        rng = random.Random("%d|%04d|%s" % (SEED, n, style))
        d = GENERATORS[style](rng, nopii)
        if not nopii and not d.spans:
            # extremely rare: the random branches produced no PII; add a signature line
            p = Person(rng)
            d.t("\n\u2014 ")
            d.p(p.full, "PERSON")
        text = d.text()
        spans = sorted(d.spans, key=lambda s: (s["start"], s["end"]))
        records.append({"id": "t14-%04d-%s" % (n, style), "text": text,
                        "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in spans]})
        wants.append((style, nopii, [s["want"] for s in spans]))
    return records, wants


def serialize(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# --------------------------------------------------------------------------- validation

FORMAT = {
    "EMAIL": re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$"),
    "HANDLE": re.compile(r"^@[A-Za-z0-9._]+$"),
    "PASSPORT": re.compile(r"^[A-Z] ?\d{7}$"),
    "PLATE": re.compile(r"^[A-Za-z]{1,2}[ -]?\d{1,4}[ -]?[A-Za-z]{1,3}$"),
}
DIGIT_LEN = {"NIK": (15, 17), "KK": (16, 16), "NPWP": (15, 16), "BPJS": (13, 13), "NIP": (18, 18),
             "BANK_ACCOUNT": (10, 16), "PHONE": (9, 15)}
SPELLED = re.compile(r"^(?:(?:nol|kosong|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan) ?)+$")
INST_RE = re.compile("|".join(re.escape(x) for x in INST_EMAILS + INST_HANDLES + ["@lapor1708", "@ombudsmanri137"]))


def selftest_identifiers():
    """NIK birth date / sex agree with NIP and the stated date of birth; KK shares the region prefix."""
    rng = random.Random("%d|selftest" % SEED)
    for _ in range(300):
        p = Person(rng)
        y, m, d = p.dob
        nik = p.nik_raw()
        dd = int(nik[6:8])
        assert len(nik) == 16 and nik[:2] == REGIONS[p.region]["prov"]
        assert (dd - 40 if p.sex == "P" else dd) == d and int(nik[8:10]) == m and int(nik[10:12]) == y % 100
        nip = p.nip_raw()
        assert len(nip) == 18 and nip[:8] == "%04d%02d%02d" % (y, m, d) and nip[14] == ("1" if p.sex == "L" else "2")
        assert p.kk_raw()[:6] == nik[:6] and len(p.kk_raw()) == 16


def validate(records, wants):
    errors = []
    selftest_identifiers()

    def err(rid, msg):
        errors.append("%s: %s" % (rid, msg))

    if len(records) != N_RECORDS:
        err("-", "expected %d records, got %d" % (N_RECORDS, len(records)))
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        err("-", "duplicate ids")
    by_style = Counter(w[0] for w in wants)
    nop_style = Counter(w[0] for w in wants if w[1])
    for style, (n, k) in STYLES.items():
        if by_style[style] != n or nop_style[style] != k:
            err(style, "style count %d/%d, no-PII %d/%d" % (by_style[style], n, nop_style[style], k))
    if sum(1 for w in wants if w[1]) != N_NOPII:
        err("-", "no-PII count wrong")
    label_counts = Counter()
    for rec, (style, nopii, want) in zip(records, wants):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if not re.fullmatch(r"t14-\d{4}-[a-z]+", rid) or not rid.endswith("-" + style):
            err(rid, "bad id")
        if nopii and spans:
            err(rid, "no-PII text has spans")
        if not nopii and not spans:
            err(rid, "PII text without spans")
        prev_end = -1
        for s, w in zip(spans, want):
            st, en, lab = s["start"], s["end"], s["label"]
            label_counts[lab] += 1
            if lab not in LABELS:
                err(rid, "unknown label %s" % lab)
            if not (0 <= st < en <= len(text)):
                err(rid, "span out of range %s" % s)
                continue
            if st < prev_end:
                err(rid, "overlapping or unsorted span %s" % s)
            prev_end = en
            val = text[st:en]
            if val != w:
                err(rid, "span text %r != intended %r" % (val, w))
            if val != val.strip():
                err(rid, "whitespace at span edge %r" % val)
            if st > 0 and text[st - 1].isalnum():
                err(rid, "span glued on the left %r" % text[max(0, st - 5):en])
            if en < len(text) and text[en].isalnum():
                err(rid, "span glued on the right %r" % text[st:en + 5])
            flat = val.replace("\n", " ")
            if lab in FORMAT and not FORMAT[lab].match(flat):
                err(rid, "%s format %r" % (lab, val))
            if lab in DIGIT_LEN and not SPELLED.match(flat):
                nd = sum(c.isdigit() for c in val)
                lo, hi = DIGIT_LEN[lab]
                if not lo <= nd <= hi:
                    err(rid, "%s has %d digits: %r" % (lab, nd, val))
                if re.search(r"[A-Za-z]", val):
                    err(rid, "%s contains letters: %r" % (lab, val))
            if lab == "DATE_OF_BIRTH" and not re.search(r"\d{2}", val):
                err(rid, "date without year %r" % val)
            if lab == "ADDRESS" and not re.match(r"(?i)(jl\.|jln\.|jalan|gg\.|lr\.|perum|komp\.|btn|dusun|dsn\.|jorong|kp\.|kampung|rt\b|rt\.)", val):
                err(rid, "address without designator %r" % val)
        if nopii:
            if re.search(r"(?<!\d)(?:\+?62|0)8\d{8,11}(?!\d)", text) or re.search(r"@(gmail|yahoo|outlook|hotmail|icloud)\.", text):
                err(rid, "no-PII text contains a personal-looking contact")
        if style == "pendek" and len(text) >= 80:
            err(rid, "pendek text too long (%d)" % len(text))
        if style == "panjang" and not 2048 <= len(text.encode("utf-8")) <= 4096:
            err(rid, "panjang text size %d bytes" % len(text.encode("utf-8")))
        if style == "kapital" and text not in (text.upper(), text.lower()):
            err(rid, "kapital text is mixed case")
    for lab in LABELS:
        if label_counts[lab] < 10:
            err("-", "label %s appears only %d times" % (lab, label_counts[lab]))
    given = set(x for pool in GIVEN_POOLS for x in pool)
    family = set(x for pool in FAMILY_POOLS for x in pool)
    if len(given) < 300 or len(family) < 200:
        err("-", "name lists too small: %d given, %d family" % (len(given), len(family)))
    data = serialize(records)
    if [json.loads(l) for l in data.splitlines()] != records:
        err("-", "JSON round trip failed")
    if errors:
        for e in errors[:60]:
            print("INVALID", e, file=sys.stderr)
        raise SystemExit("validation failed: %d problems" % len(errors))
    return label_counts


# --------------------------------------------------------------------------- stats

def stats_md(records, wants):
    lines = []
    head = ["style", "texts", "no-PII", "spans"] + LABELS
    lines.append("| " + " | ".join(head) + " |")
    lines.append("|" + "---|" + "---:|" * (len(head) - 1))
    tot = Counter()
    for style in STYLES:
        c = Counter()
        nt = nn = ns = 0
        for rec, w in zip(records, wants):
            if w[0] != style:
                continue
            nt += 1
            nn += 1 if w[1] else 0
            ns += len(rec["spans"])
            c.update(s["label"] for s in rec["spans"])
        tot.update(c)
        tot["_t"] += nt
        tot["_n"] += nn
        tot["_s"] += ns
        lines.append("| %s | %d | %d | %d | " % (style, nt, nn, ns) + " | ".join(str(c[l]) for l in LABELS) + " |")
    lines.append("| **total** | %d | %d | %d | " % (tot["_t"], tot["_n"], tot["_s"]) + " | ".join(str(tot[l]) for l in LABELS) + " |")
    pii = [r for r in records if r["spans"]]
    nonascii = sum(1 for r in pii if any(ord(ch) > 127 for ch in r["text"][:r["spans"][-1]["start"]]))
    astral = sum(1 for r in pii if any(ord(ch) > 0xFFFF for ch in r["text"][:r["spans"][-1]["start"]]))
    inst = sum(1 for r in records if INST_RE.search(r["text"]))
    lines.append("")
    lines.append("PII texts: %d; with a non-ASCII character before at least one span: %d; with an astral "
                 "(non-BMP, e.g. emoji) character before at least one span: %d." % (len(pii), nonascii, astral))
    lines.append("Texts mentioning an institutional e-mail address or account (not PII): %d." % inst)
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--stats", action="store_true", help="also print per-style / per-label counts as Markdown")
    ap.add_argument("--check", action="store_true", help="rebuild in memory and compare with the file on disk")
    a = ap.parse_args()
    records, wants = build()
    validate(records, wants)
    data = serialize(records).encode("utf-8")
    if a.check:
        try:
            with open(OUT, "rb") as f:
                disk = f.read()
        except FileNotFoundError:
            print("missing %s" % OUT, file=sys.stderr)
            sys.exit(1)
        if disk != data:
            print("DIFFERENT: %s does not match the generator output" % OUT, file=sys.stderr)
            sys.exit(1)
        print("OK: %s is byte-identical (sha256 %s)" % (os.path.basename(OUT), hashlib.sha256(data).hexdigest()))
        if a.stats:
            print(stats_md(records, wants))
        return
    with open(OUT, "wb") as f:
        f.write(data)
    print("wrote %s: %d records, sha256 %s" % (OUT, len(records), hashlib.sha256(data).hexdigest()))
    if a.stats:
        print(stats_md(records, wants))


if __name__ == "__main__":
    main()
