#!/usr/bin/env python3
"""Build the `twentythird` synthetic PII corpus (Indonesian public-service complaints).

Standard library only, fixed seed 2323, deterministic: every run writes a byte-identical
twentythird.jsonl next to this script.

Texts are assembled from pieces: plain strings and (value, LABEL) tuples.  Span offsets are
computed while joining (Python str code-point offsets, end exclusive) and the whole corpus is
validated before anything is written.

usage: python3 make_twentythird.py [--stats] [--no-score]
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import random
import sys

SEED = 2323
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "twentythird.jsonl")
SCORE_PY = "/work/shared/pii/score.py"

LABELS = ["NIK", "KK", "NPWP", "PHONE", "EMAIL", "PLATE", "BANK_ACCOUNT", "PASSPORT",
          "BPJS", "NIP", "PERSON", "ADDRESS", "DATE_OF_BIRTH", "HANDLE"]


# ----------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------

def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def rint(a, b):
    return R.randint(a, b)


def sample(seq, k):
    return R.sample(list(seq), k)


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def flatten(pieces):
    for p in pieces:
        if p is None or p == "":
            continue
        if isinstance(p, list):
            yield from flatten(p)
        else:
            yield p


def build(pieces):
    """Join pieces; return (text, spans).  A piece is a str or a (value, LABEL) tuple."""
    out, spans, pos = [], [], 0
    for p in flatten(pieces):
        if isinstance(p, tuple):
            v, lab = p
            spans.append({"start": pos, "end": pos + len(v), "label": lab, "_v": v})
            out.append(v)
            pos += len(v)
        else:
            out.append(p)
            pos += len(p)
    return "".join(out), spans


# ----------------------------------------------------------------------------------------
# names
# ----------------------------------------------------------------------------------------

G = {  # region -> pools
    "jawa": dict(prov=[33, 34, 35],
                 mf=["Agus", "Bambang", "Sutrisno", "Joko", "Slamet", "Wahyu", "Eko", "Heru", "Sugeng",
                     "Teguh", "Budi", "Hadi", "Suparman", "Darmaji", "Suwarno", "Mulyono", "Triyono",
                     "Sukirman", "Wagiman", "Priyo", "Bayu", "Galih", "Anggoro", "Danang", "Sarwono",
                     "Tukiman", "Parjo", "Giyanto", "Supriyadi", "Yulianto"],
                 ff=["Sri", "Siti", "Endang", "Wulan", "Sulastri", "Suwarni", "Ponijem", "Tumini", "Yati",
                     "Sumiati", "Rini", "Dewi", "Ratna", "Puji", "Retno", "Yuliana", "Anjani", "Novi",
                     "Fitri", "Sunarti", "Tri", "Kasini", "Warsini", "Partini", "Lestari"],
                 ml=["Santoso", "Wibowo", "Susanto", "Purnomo", "Setiawan", "Prasetyo", "Hidayat", "Nugroho",
                     "Saputro", "Kurniawan", "Utomo", "Wicaksono", "Raharjo", "Sulistyo", "Hartono",
                     "Pamungkas", "Widiyanto", "Nurcahyo", "Kuncoro", "Haryanto"],
                 fl=["Handayani", "Rahayu", "Wulandari", "Astuti", "Susilowati", "Permatasari",
                     "Kusumawati", "Hartati", "Ningsih", "Purwanti", "Wahyuni", "Lestari", "Suryani",
                     "Mulyani", "Setyaningsih"]),
    "sunda": dict(prov=[32, 36],
                  mf=["Asep", "Ujang", "Dadang", "Cecep", "Encep", "Deden", "Iwan", "Yayan", "Aep", "Dede",
                      "Wawan", "Hendi", "Ade", "Engkus", "Oman", "Jajang", "Ruslan", "Dadan"],
                  ff=["Euis", "Neneng", "Iis", "Enok", "Cucu", "Lilis", "Imas", "Entin", "Yeti", "Nining",
                      "Tati", "Ai", "Eneng", "Popon", "Elis"],
                  ml=["Suryana", "Sopandi", "Hermawan", "Gunawan", "Supriatna", "Kusnadi", "Rusmana",
                      "Sudrajat", "Permana", "Ruhiyat", "Setiadi", "Saepudin", "Mulyana", "Rukmana",
                      "Sukmana"],
                  fl=["Rostika", "Maryati", "Nurhayati", "Komalasari", "Sumarni", "Rosmiati", "Mulyani",
                      "Apriani", "Hasanah", "Kurniasih", "Nurjanah", "Rosita"]),
    "betawi": dict(prov=[31],
                   mf=["Rohmat", "Saiful", "Jaelani", "Mursid", "Sanusi", "Ali", "Bachtiar", "Ma'ruf",
                       "Sarmili", "Jamhari"],
                   ff=["Atun", "Rohaye", "Salmah", "Mursidah", "Juleha", "Romlah", "Nurhasanah",
                       "Aisyah"],
                   ml=["Sanip", "Ridwan", "Saputra", "Syarifudin", "Hasbullah", "Ismail"],
                   fl=["Hasanah", "Fauziah", "Marlina", "Rosidah"]),
    "madura": dict(prov=[35],
                   mf=["Moh. Holil", "Ach. Syaiful", "Abd. Rahman", "Matsari", "Subairi", "Hosnan",
                       "Mat Rawi", "Moh. Sahri", "Ach. Fauzi", "Jufri"],
                   ff=["Hosniyah", "Juma'ati", "Marhamah", "Siti Aisyah", "Sumrati", "Hamidah",
                       "Rukayyah"],
                   ml=["", "", "Hasan", "Bakri", "Sahrawi", "Arifin"],
                   fl=["", "", "Rahmah", "Zahro"]),
    "minang": dict(prov=[13],
                   mf=["Afrizal", "Zulkifli", "Yusrizal", "Rusdi", "Syafri", "Hendri", "Irwan", "Fadli",
                       "Rahmat", "Yuhardi", "Novrizal", "Erizon", "Dasril"],
                   ff=["Nurhasanah", "Yusnimar", "Rosmaniar", "Elfi", "Yenni", "Mardiana", "Desi",
                       "Yusnaini", "Rahmi", "Fitria", "Rosnelly"],
                   ml=["Syam", "Piliang", "Koto", "Tanjung", "Sikumbang", "Caniago", "Chaniago", "Rajo",
                       "Putra", "Malin"],
                   fl=["Marlina", "Yanti", "Susanti", "Wati", "Novita", "Rahayu"]),
    "aceh": dict(prov=[11],
                 mf=["Zulfikar", "Mukhlis", "Fauzan", "Munawar", "Husaini", "Iskandar", "Razali",
                     "Nasruddin", "Muzakir", "Khairul"],
                 ff=["Nurul", "Ramlah", "Safrida", "Rahmiati", "Zuraida", "Nurhayati", "Mutia", "Fitriani",
                     "Rosmawati"],
                 ml=["Abdullah", "Ibrahim", "Yusuf", "Hasan", "Ali", "Basyah", "Usman", "Amin"],
                 fl=["Aini", "Zahara", "Hanum", "Wardah", "Maulida"]),
    "melayu": dict(prov=[14, 21, 15, 16, 19, 18],
                   mf=["Syahrial", "Azhar", "Zulkarnain", "Hasbi", "Rozali", "Rustam", "Nurdin", "Khairil",
                       "Amran", "Ridwan", "Firdaus", "Herman"],
                   ff=["Zubaidah", "Halimah", "Rohani", "Juwita", "Salmah", "Marlina", "Nurbaiti", "Laila",
                       "Masitah", "Rosnani"],
                   ml=["Effendi", "Hamzah", "Saleh", "Ahmad", "Thaib", "Yunus", "Manan", "Syukri"],
                   fl=["Hayati", "Sari", "Wati", "Ningsih", "Fadillah"]),
    "banjar": dict(prov=[63, 64],
                   mf=["Ahmad Rifani", "Muhammad Yamani", "Rusmadi", "Syahriansyah", "Fahrurrazi", "Abdul Gafur",
                       "Jumberi", "Masrani"],
                   ff=["Norhayati", "Siti Jahrah", "Rusmilawati", "Mahliana", "Noorjannah", "Aluh Nafisah"],
                   ml=["", "Noor", "Arsyad", "Rahman"], fl=["", "", "Rahmah"]),
    "dayak": dict(prov=[62, 61, 64],
                  mf=["Yansen", "Salundik", "Agustinus", "Ramses", "Yulius", "Petrus", "Sabran", "Dimas"],
                  ff=["Dahlia", "Marselina", "Yohana", "Natalia", "Serlin", "Lusiana"],
                  ml=["Dehen", "Ungang", "Nyahu", "Ahen", "Kuhu", "Bahat", "Ranying", "Asang"],
                  fl=["Nyahu", "Lusi", "Sina", "Ipah", "Kuhu", "Bunu"]),
    "gorontalo": dict(prov=[75],
                      mf=["Rahmat", "Ismail", "Ridwan", "Yusuf", "Arfan", "Sofyan", "Hamzah"],
                      ff=["Sri Yanti", "Nurain", "Ramla", "Wiwin", "Rahmatia", "Sitti Nurhaya"],
                      ml=["Pakaya", "Mohamad", "Dunggio", "Hulopi", "Tangahu", "Botutihe", "Daud", "Nusi"],
                      fl=["Tangahu", "Pakaya", "Hulopi", "Lamusu", "Dunggio"]),
    "kaili": dict(prov=[72],
                  mf=["Moh. Rizal", "Hasanuddin", "Moh. Ikbal", "Yusak", "Rinto", "Abd. Kadir", "Sahlan"],
                  ff=["Nurhayati", "Herlina", "Sri Rahayu", "Nurmala", "Yuliana"],
                  ml=["Lamarauna", "Lasahido", "Tampai", "Tumonggi", "Lapatta", "Labalu"],
                  fl=["Lahuseng", "Tobondo", "Lamarauna", "Tampai"]),
    "bima": dict(prov=[52],
                 mf=["Syamsuddin", "Abdul Haris", "Muhtar", "Ilham", "Sukri"],
                 ff=["Nurhaidah", "Siti Hawa", "Rugayah", "Hadijah"],
                 ml=["", "", "M. Saleh", "Yasin"], fl=["", "Ramlah"]),
}

BATAK_MARGA = ["Simanjuntak", "Siregar", "Hutapea", "Nainggolan", "Sitorus", "Pardede", "Manurung",
               "Sinaga", "Silaban", "Situmorang", "Panjaitan", "Lubis", "Nasution", "Harahap", "Tambunan",
               "Hutagalung", "Siahaan", "Simatupang", "Purba", "Saragih", "Ginting", "Tarigan",
               "Sembiring", "Sitepu", "Napitupulu", "Gultom", "Sihombing", "Marpaung"]
BATAK_M = ["Horas", "Bonar", "Parlindungan", "Tigor", "Marolop", "Sahat", "Bistok", "Tumpal", "Jhonson",
           "Ferdinand", "Poltak", "Robert", "Halomoan", "Mangasi", "Darwin", "Rianto", "Gibson"]
BATAK_F = ["Rosdiana", "Hotnida", "Lamtiur", "Tiurma", "Romauli", "Dormaida", "Sondang", "Rugun",
           "Masniari", "Rotua", "Ninta", "Rasmita", "Sarma", "Melva", "Lenny"]

BALI_BIRTH_M = ["Putu", "Gede", "Wayan", "Made", "Kadek", "Nyoman", "Komang", "Ketut"]
BALI_BIRTH_F = ["Putu", "Wayan", "Made", "Kadek", "Nyoman", "Komang", "Ketut"]
BALI_M = ["Astawa", "Sudarma", "Budiarta", "Sukadana", "Wirawan", "Artawan", "Suparta", "Adnyana",
          "Mahendra", "Sutrisna", "Arsana", "Suarjana", "Darmayasa", "Wiradana", "Sudana", "Widnyana"]
BALI_F = ["Sukerti", "Ariani", "Suartini", "Sari", "Sriani", "Astiti", "Ratih", "Widiastuti",
          "Puspitasari", "Mertasari", "Suciani", "Sudiasih", "Darmini", "Rai Antari"]

SASAK_M = ["Muhamad Zaini", "Hendra Wirawan", "Saparudin", "Sahnun", "Abdul Hakim", "Marzuki", "Sahabudin", "Zulkarnaen",
           "Muh. Junaidi", "Husnul Yakin", "Sapuan", "Lukmanul Hakim"]
SASAK_F = ["Nurul Hidayati", "Rohimah", "Sumiati", "Fatmawati", "Hadijah", "Sri Wahyuni", "Nurhasanah", "Mahnun", "Rabiatun",
           "Sri Ayu", "Sukmawati", "Halimatus Sakdiah"]

BUGIS_M = ["Fadli", "Arsyad", "Syamsul Alam", "Haerul", "Ashar", "Irfan", "Hamka", "Ridwan", "Suardi",
           "Amiruddin", "Jufri", "Kaharuddin", "Darwis", "Nasrullah"]
BUGIS_F = ["Nurhaedah", "Hasnawati", "Nurmiati", "Aminah", "Hadijah", "Megasari", "Hasmiah", "Rosdiana",
           "Nurhalisa", "Syamsiah", "Haslinda"]
BUGIS_L = ["", "", "Patawari", "Massalinri", "Tahir", "Rahim", "Hamid", "Latif", "Baso"]

BUTON_M = ["Muh. Yasin", "Amiruddin", "Rusdin", "Hasrun", "Kamaludin", "Samsuddin", "Ikhsan", "Rahim Sabara", "Hamiruddin", "Sukri Tamim"]
BUTON_F = ["Nurhayati", "Sitti Hasanah", "Hasmia", "Rosmini", "Kartini", "Nurmala", "Hasriani", "Salmia", "Fitri", "Rahmawati"]

NTT_M = ["Yohanes", "Fransiskus", "Agustinus", "Yosef", "Petrus", "Yakobus", "Melkianus", "Yunus",
         "Marthen", "Dominggus", "Adrianus", "Mesakh", "Lukas", "Ayub", "Kristoforus", "Blasius",
         "Benediktus", "Yeskiel", "Isak", "Aloysius"]
NTT_F = ["Maria Goreti", "Selfina", "Ester", "Yosefina", "Naomi", "Theresia", "Yuliana", "Agnes",
         "Maria Imakulata", "Dorkas", "Ance", "Serly", "Margaretha", "Bernadeta"]
NTT_L = ["Jehadut", "Jemarus", "Moa", "Dasilva", "Lado", "Nenometa", "Tefa", "Benu", "Sabuna",
         "Nubatonis", "Tanesib", "Bria", "Seran", "Klau", "Ndun", "Pah", "Ratu", "Hede", "Nahak",
         "Wungo", "Bere", "Kolo", "Fernandez", "Parera", "Manafe", "Messakh", "Ully", "Pello",
         "Taek", "Mau", "Laka", "Nggadas", "Jelahu", "Dawa"]
SUMBA_M = ["Ndima Kaborang", "Pekuwali", "Hamba Mehang", "Remi Hunggu", "Djangga Lili", "Tanggu Djawa", "Kahumbu Nggiku",
           "Ngailu Meha", "Yiwa Lunggi", "Hapu Karewu"]
SUMBA_F = ["Ndapa Hamu", "Lika Ndaumanu", "Kahi Ata", "Yuliana Eti", "Hada Kaborang", "Tamar Ndakularak"]

MALUKU_M = ["Jacob", "Johanis", "Nikolas", "Stevi", "Ronny", "Max", "Jopie", "Yance", "Marthinus",
            "Elias", "Abdul Gani", "Hasan", "Ismail", "Rustam", "Dominggus", "Agus", "Semuel", "Costan"]
MALUKU_F = ["Femmy", "Cornelia", "Agustina", "Welhelmina", "Ivon", "Ela", "Fatma", "Nurlela", "Salma",
            "Oktoviana", "Martha", "Greis", "Sherly"]
MALUKU_L_C = ["Pattiasina", "Manuputty", "Tuhumury", "Sahetapy", "Tahitu", "Wattimena", "Leiwakabessy",
              "Soselisa", "Pattipeilohy", "Nanlohy", "Siahaya", "Latumahina", "Pelupessy", "Huwae",
              "Lekahena", "Loppies", "Tamaela", "Renwarin", "Ngabalin", "Elmas", "Sopacua", "Kakisina"]
MALUKU_L_M = ["Latuconsina", "Rumahlatu", "Tuasikal", "Ohorella", "Marasabessy", "Tuanaya", "Wailissa",
              "Lestaluhu", "Sangadji", "Assagaf"]

PAPUA_M = ["Yeremias", "Otniel", "Nius", "Yunus", "Elias", "Marthen", "Yosias", "Beni", "Yan",
           "Selfius", "Hendrik", "Obeth", "Daniel", "Natalis", "Yulianus", "Demianus", "Melianus",
           "Septinus", "Sefnat", "Obaja", "Nataniel", "Naftali", "Meki", "Yohanis", "Yermias"]
PAPUA_F = ["Agustina", "Yuliana", "Mariana", "Nelce", "Yakomina", "Ruth", "Ester", "Debora", "Rahel",
           "Selfina", "Martha", "Magdalena", "Nelly", "Oktovina", "Paulina", "Fransina", "Dorsila"]
PAPUA_L = ["Wenda", "Kogoya", "Murib", "Wandik", "Gobai", "Pekei", "Douw", "Tebai", "Yogi", "Kossay",
           "Rumbiak", "Mandowen", "Sawaki", "Yoku", "Ohee", "Mebri", "Wanggai", "Rumkorem", "Ayomi",
           "Waromi", "Kambu", "Tabuni", "Wakerkwa", "Karoba", "Tekege", "Mote", "Boma",
           "Krey", "Rumaropen", "Sroyer", "Korwa", "Fonataba", "Kafiar", "Womsiwor", "Nerotouw"]

MINAHASA_M = ["Frangky", "Stenly", "Jefry", "Ronald", "Jemmy", "Refly", "Christo", "Decky", "Rivo",
              "Marvel", "Alfrits", "Hendrik", "Novry", "Jullius"]
MINAHASA_F = ["Meyske", "Novita", "Vonny", "Deysi", "Hanny", "Olvie", "Marlyn", "Gledys", "Tirza",
              "Fanny", "Jein", "Sisca", "Riany", "Lidya"]
MINAHASA_L = ["Wowor", "Rumengan", "Lumintang", "Sondakh", "Tumbelaka", "Pangemanan", "Mandagi",
              "Kawengian", "Supit", "Lasut", "Rondonuwu", "Tumewu", "Kaunang", "Pinontoan", "Lumanauw",
              "Karamoy", "Makalew", "Sumampouw", "Tangkere", "Walangitan", "Mamuaya", "Manoppo",
              "Mokodompit", "Paputungan", "Damopolii", "Tamaka", "Makaminan"]

TORAJA_M = ["Yohanis", "Markus", "Paulus", "Yulianus", "Petrus", "Daniel", "Lukas", "Simon",
            "Yusuf", "Ruben", "Frans", "Matius"]
TORAJA_F = ["Agustina", "Yosefina", "Martina", "Lince", "Ribka", "Elisabeth", "Debora", "Yuliani"]
TORAJA_L = ["Tandi Rerung", "Pasulu", "Sampe Tonglo", "Pakiding", "Palimbong", "Sarungallo",
            "Bua' Datu", "Tangdilintin", "Limbong", "Tappi", "Rante Lembang", "Pong Masak",
            "Parinding", "Sambo", "Kombong", "Patandianan", "Tulak"]

CHINESE_ID_M = ["Hendra Wijaya", "Susanto Halim", "Budi Sugiarto", "Andreas Salim", "Hartanto Kusuma",
                "Rudy Setiawan", "Jimmy Tanujaya", "Kevin Hartono", "Wilson Tjandra", "Sugianto Lim",
                "Fredy Kurniadi", "Hengky Winata", "Darmawan Sutanto"]
CHINESE_ID_F = ["Yenny Kurniawati", "Lina Wijaya", "Meliana Halim", "Susi Wijayanti", "Fransiska Tjahjadi",
                "Lanny Santoso", "Vivian Hartono", "Elisabeth Tanusaputra", "Monica Wongso", "Herlina Kosasih"]
CHINESE_CN_M = ["Tan Ah Seng", "Oey Kim Hwa", "Liem Swie Hwa", "Lim Tjoen Liong", "Go Tjoen Hwa",
                "Kwee Tiong Bing", "The Kian Hok", "Tjia Hok Lay", "Njo Kim Tjoe", "Gouw Tek Liong",
                "Ang Boen Hok", "Sie Tjin Gie"]
CHINESE_CN_F = ["Lim Siok Lan", "Tan Mei Hua", "Oey Lian Nio", "Liem Giok Nio", "Kwee Siu Lan",
                "Tjoa Bwee Kiauw", "Go Lay Hoa", "Ong Siu Tjin", "Tan Sioe Lie", "Khoe Mei Ling"]
CHINESE_NICK = ["Acong", "Aseng", "Ahong", "Akiong", "Afuk", "Ameng", "Amei", "Alin", "Ahwa", "Asiong"]

ARAB_M = ["Muhammad", "Husein", "Umar", "Salim", "Abdullah", "Ali", "Hasan", "Ahmad", "Zein", "Thoha",
          "Abubakar", "Hamid"]
ARAB_F = ["Fatimah", "Aisyah", "Khadijah", "Nur", "Zahra", "Maryam", "Sarah", "Hafsah", "Salwa"]
ARAB_CLAN = ["Alatas", "Assegaf", "al-Habsyi", "Bawazier", "Baraqbah", "Alkaff", "Shahab", "Aljufri",
             "Alaydrus", "al-Muhdor", "Bin Thalib", "Basyaiban", "Bajri", "Mauladawilah"]

EXPAT_M = ["Daniel Whitmore", "Mark van der Berg", "Kenji Nakamura", "Lukas Brenner", "Oliver Grant",
           "Rohan Mehta", "Tomasz Kowalczyk", "Pierre Lambert", "Sean O'Donnell", "James Holloway",
           "Arjun Nair", "Matteo Bellini", "Joost de Vries", "Aaron Fitzgerald"]
EXPAT_F = ["Sarah O'Connell", "Priya Raghavan", "Emma Lindqvist", "Hannah Becker", "Chloe Martin",
           "Aisha Rahman", "Yuki Tanaka", "Claire Dubois", "Megan Carter", "Anika Sharma",
           "Sophie van Dijk", "Rachel Goldberg", "Lauren McKenzie"]

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"]


class Person:
    def __init__(self, full, call, sex, prov, region, alt=None, nick=None, born=(1948, 2006)):
        self.full, self.call, self.sex, self.prov, self.region = full, call, sex, prov, region
        self.alt = alt        # second name (e.g. Chinese name)
        self.nick = nick      # nickname
        y = rint(*born)
        m = rint(1, 12)
        d = rint(1, 28)
        self.dob = (d, m, y)
        self._nik = None
        self._phone = None

    def age(self, year=2026):
        return year - self.dob[2]

    def __repr__(self):
        return f"Person({self.full!r})"

    @property
    def first(self):
        return self.call

    # --- identity numbers -------------------------------------------------------------
    def nik_digits(self):
        if self._nik is None:
            kab = self.kab if getattr(self, "kab", None) else (pick([rint(1, 24), rint(71, 79)]) if chance(0.85) else rint(1, 12))
            kec = getattr(self, "kec", None) or rint(1, 32)
            d, m, y = self.dob
            dd = d + (40 if self.sex == "P" else 0)
            self._nik = f"{self.prov:02d}{kab:02d}{kec:02d}{dd:02d}{m:02d}{y % 100:02d}{rint(1, 140):04d}"
        return self._nik

    def phone_digits(self):
        if self._phone is None:
            self._phone = mobile_digits()
        return self._phone


def mk(region=None, sex=None, born=(1948, 2006), pl=None):
    """Random person of a region (optionally registered in place pl: NIK province/regency codes follow it)."""
    p = _mk(region, sex, born)
    if pl is not None:
        p.prov, p.kab, p.kec = pl.pcode, pl.kcode, rint(1, 24)
    return p


CALL_SKIP = {"Muhammad", "Ahmad", "Abdul", "Siti", "Sri", "Nur", "Aluh", "Moh.", "Ach.", "Abd.", "Muh.", "Maria", "St."}


def _mk(region=None, sex=None, born=(1948, 2006)):
    """Random person of a region."""
    if region is None:
        region = pick(ALL_REGIONS)
    if sex is None:
        sex = pick("LP")
    alt = nick = None
    if region in G:
        g = G[region]
        prov = pick(g["prov"])
        first = pick(g["mf"] if sex == "L" else g["ff"])
        last = pick(g["ml"] if sex == "L" else g["fl"])
        if chance(0.25):
            last = ""
        full = f"{first} {last}".strip()
        call = first.split()[-1] if first.startswith(("Moh.", "Ach.", "Abd.")) else first.split()[0]
        if region == "minang" and sex == "L" and chance(0.3):
            nick = "Buyung"
    elif region == "batak":
        prov = 12
        marga = pick(BATAK_MARGA)
        if sex == "L":
            first = pick(BATAK_M)
            full = f"{first} {marga}"
        else:
            first = pick(BATAK_F)
            if marga in ("Ginting", "Tarigan", "Sembiring", "Sitepu"):
                full = f"{first} br {marga}"
            else:
                full = f"{first} {pick(['br.', 'br.', 'boru', 'Br.'])} {marga}"
        call = first
    elif region == "bali":
        prov = 51
        if sex == "L":
            birth = pick(BALI_BIRTH_M)
            given = pick(BALI_M)
            pre = pick(["I", "I", "I", "I", "Ida Bagus", "Anak Agung Gede", "I Gusti Ngurah", "Cokorda Gde",
                        "Dewa"])
        else:
            birth = pick(BALI_BIRTH_F)
            given = pick(BALI_F)
            pre = pick(["Ni", "Ni", "Ni Luh", "Ni", "Ida Ayu", "Anak Agung Istri", "I Gusti Ayu", "Desak"])
        if pre.startswith(("Cokorda", "Anak Agung Gede", "I Gusti Ngurah")) and chance(0.5):
            full = f"{pre} {given}"
        else:
            full = f"{pre} {birth} {given}"
        call = birth if chance(0.6) else given.split()[0]
    elif region == "sasak":
        prov = 52
        if sex == "L":
            full = pick(SASAK_M)
            if chance(0.4):
                full = "Lalu " + full
        else:
            full = pick(SASAK_F)
            if chance(0.4):
                full = "Baiq " + full
        call = [w for w in full.split() if w not in ("Lalu", "Baiq", "Muhamad", "Abdul", "Sri")][0]
    elif region == "aceh":
        prov = 11
        g = G["aceh"]
        first = pick(g["mf"] if sex == "L" else g["ff"])
        last = pick(g["ml"] if sex == "L" else g["fl"])
        pre = ""
        if chance(0.4):
            pre = "Teuku " if sex == "L" else "Cut "
        elif sex == "L" and chance(0.2):
            pre = "Tengku "
        full = f"{pre}{first} {last}"
        call = first
    elif region == "bugis":
        prov = pick([73, 73, 76, 74])
        if sex == "L":
            first = pick(BUGIS_M)
            pre = pick(["Andi ", "Muh. ", "Abd. ", "", "", "Andi Muh. "])
        else:
            first = pick(BUGIS_F)
            pre = pick(["Andi ", "St. ", "", "", ""])
        last = pick(BUGIS_L)
        full = f"{pre}{first} {last}".strip()
        call = first.split()[0]
    elif region == "buton":
        prov = 74
        first = pick(BUTON_M if sex == "L" else BUTON_F)
        full = ("La Ode " if sex == "L" else "Wa Ode ") + first
        call = first.split()[-1] if first.startswith("Muh.") else first.split()[0]
    elif region == "ntt":
        prov = 53
        if chance(0.15):
            full = ("Umbu " + pick(SUMBA_M)) if sex == "L" else ("Rambu " + pick(SUMBA_F))
            call = full.split()[1]
        else:
            first = pick(NTT_M if sex == "L" else NTT_F)
            last = pick(NTT_L)
            full = f"{first} {last}"
            call = first.split()[0] if not first.startswith("Maria") else first.split()[1]
    elif region == "maluku":
        prov = pick([81, 81, 82])
        if chance(0.3):
            first = pick(["Abdul Gani", "Hasan", "Ismail", "Rustam"] if sex == "L" else ["Fatma", "Nurlela", "Salma"])
            last = pick(MALUKU_L_M)
        else:
            first = pick([x for x in MALUKU_M if x not in ("Abdul Gani", "Hasan", "Ismail", "Rustam")]
                         if sex == "L" else [x for x in MALUKU_F if x not in ("Fatma", "Nurlela", "Salma")])
            last = pick(MALUKU_L_C)
        full = f"{first} {last}"
        call = first.split()[0]
    elif region == "papua":
        prov = pick([91, 91, 92, 94, 95, 96, 93])
        first = pick(PAPUA_M if sex == "L" else PAPUA_F)
        full = f"{first} {pick(PAPUA_L)}"
        call = first
    elif region == "minahasa":
        prov = 71
        first = pick(MINAHASA_M if sex == "L" else MINAHASA_F)
        full = f"{first} {pick(MINAHASA_L)}"
        call = first
    elif region == "toraja":
        prov = 73
        first = pick(TORAJA_M if sex == "L" else TORAJA_F)
        full = f"{first} {pick(TORAJA_L)}"
        call = first
    elif region == "chinese":
        prov = pick([31, 12, 61, 35, 32, 33, 21, 19])
        indo = pick(CHINESE_ID_M if sex == "L" else CHINESE_ID_F)
        cn = pick(CHINESE_CN_M if sex == "L" else CHINESE_CN_F)
        mode = pick(["indo", "indo", "cn", "both"])
        if mode == "indo":
            full, call = indo, indo.split()[0]
        elif mode == "cn":
            full, call = cn, " ".join(cn.split()[1:])
        else:
            full, call, alt = indo, indo.split()[0], cn
        if chance(0.3):
            nick = pick(CHINESE_NICK)
    elif region == "arab":
        prov = pick([31, 35, 33, 11, 63, 52])
        if sex == "L":
            first = pick(ARAB_M)
            full = pick([f"{first} bin {pick(ARAB_M)} {pick(ARAB_CLAN)}", f"{first} {pick(ARAB_CLAN)}",
                         f"{first} bin {pick(ARAB_M)}"])
        else:
            first = pick(ARAB_F)
            full = pick([f"{first} binti {pick(ARAB_M)} {pick(ARAB_CLAN)}", f"{first} {pick(ARAB_CLAN)}",
                         f"{first} binti {pick(ARAB_M)}"])
        call = first
        full = full.replace("  ", " ")
    elif region == "expat":
        prov = pick([31, 51, 34])
        full = pick(EXPAT_M if sex == "L" else EXPAT_F)
        call = full.split()[0]
    else:
        raise ValueError(region)
    ws = full.split()
    if call in CALL_SKIP:
        i = ws.index(call) if call in ws else 0
        if i + 1 < len(ws) and ws[i + 1] not in ("bin", "binti", "br.", "br", "boru"):
            call = ws[i + 1]
    return Person(full, call, sex, prov, region, alt=alt, nick=nick, born=born)


ALL_REGIONS = ["jawa", "jawa", "jawa", "sunda", "sunda", "betawi", "madura", "minang", "aceh", "melayu",
               "banjar", "dayak", "gorontalo", "kaili", "bima", "batak", "batak", "bali", "sasak", "bugis",
               "bugis", "buton", "ntt", "maluku", "papua", "minahasa", "toraja", "chinese", "arab"]
EAST = ["ntt", "ntt", "maluku", "maluku", "papua", "papua", "papua", "minahasa", "minahasa", "toraja",
        "kaili", "gorontalo"]


def people(n, regions=None, sexes=None, born=(1948, 2006), pl=None):
    out, seen, tries = [], set(), 0
    while len(out) < n:
        tries += 1
        p = mk(pick(regions) if regions else None, sexes[len(out)] if sexes else None, born=born, pl=pl)
        if p.full in seen or p.call in {q.call for q in out}:
            continue
        if tries < 300 and p.full.split()[-1] in {q.full.split()[-1] for q in out if q.region != "batak"}:
            continue
        if pl is not None and out:
            p.kec = getattr(out[0], "kec", None)
        seen.add(p.full)
        out.append(p)
    return out


# ----------------------------------------------------------------------------------------
# value generators (formats from GUIDE.md section 2)
# ----------------------------------------------------------------------------------------

MOBILE_PREFIX = ["0811", "0812", "0813", "0821", "0822", "0823", "0851", "0852", "0853", "0814",
                 "0815", "0816", "0855", "0856", "0857", "0858", "0817", "0818", "0819", "0859", "0877",
                 "0878", "0831", "0832", "0833", "0838", "0895", "0896", "0897", "0898", "0899", "0881",
                 "0882", "0883", "0884", "0885", "0886", "0887", "0888", "0889"]


def mobile_digits():
    pre = pick(MOBILE_PREFIX)
    total = pick([11, 12, 12, 12, 13, 13])
    return pre + digits(total - 4)


def fmt_phone(d, style=None):
    """d: 08xxxxxxxxx digits."""
    if style is None:
        style = pick(["plain", "plain", "plain", "dash", "dash", "space", "dot", "p62dash", "p62plain",
                      "62plain", "p62paren", "space3"])
    rest = d[4:]
    n = d[1:]  # without leading 0
    if style == "plain":
        return d
    if style == "dash":
        return f"{d[:4]}-{rest[:4]}-{rest[4:]}"
    if style == "space":
        return f"{d[:4]} {rest[:4]} {rest[4:]}"
    if style == "dot":
        return f"{d[:4]}.{rest[:4]}.{rest[4:]}"
    if style == "p62dash":
        return f"+62 {n[:3]}-{n[3:7]}-{n[7:]}"
    if style == "p62space":
        return f"+62 {n[:3]} {n[3:7]} {n[7:]}"
    if style == "p62plain":
        return f"+62{n}"
    if style == "62plain":
        return f"62{n}"
    if style == "p62paren":
        return f"(+62) {n[:3]} {n[3:7]} {n[7:]}"
    if style == "space3":
        return f"{d[:4]} {rest[:3]} {rest[3:6]} {rest[6:]}"
    raise ValueError(style)


def phone(p=None, style=None):
    d = p.phone_digits() if p is not None else mobile_digits()
    return (fmt_phone(d, style), "PHONE")


LANDLINE_AREAS = ["021", "022", "024", "0274", "031", "0361", "061", "0411", "0431", "0401", "0911",
                  "0967", "0380", "0751", "0761", "0511", "0561", "0341", "0370", "0451", "0921", "0435"]


def landline(area=None, style=None):
    area = area or pick(LANDLINE_AREAS)
    n = digits(8 if area == "021" and chance(0.5) else 7 if len(area) == 3 else 6)
    n = str(rint(2, 8)) + n[1:]
    style = style or pick(["paren", "paren_dash", "dash"])
    if style == "paren":
        return (f"({area}) {n}", "PHONE")
    if style == "paren_dash":
        return (f"({area}) {n[:3]}-{n[3:]}", "PHONE")
    return (f"{area}-{n}", "PHONE")


EXPAT_CC = {"Daniel Whitmore": ("au", "Australian"), "Mark van der Berg": ("nl", "Dutch"), "Kenji Nakamura": ("jp", "Japanese"),
            "Lukas Brenner": ("de", "German"), "Oliver Grant": ("uk", "British"), "Rohan Mehta": ("in", "Indian"),
            "Tomasz Kowalczyk": ("pl", "Polish"), "Pierre Lambert": ("fr", "French"), "Sean O'Donnell": ("ie", "Irish"),
            "James Holloway": ("us", "American"), "Arjun Nair": ("in", "Indian"), "Matteo Bellini": ("it", "Italian"),
            "Joost de Vries": ("nl", "Dutch"), "Aaron Fitzgerald": ("us", "American"), "Sarah O'Connell": ("ie", "Irish"),
            "Priya Raghavan": ("in", "Indian"), "Emma Lindqvist": ("se", "Swedish"), "Hannah Becker": ("de", "German"),
            "Chloe Martin": ("fr", "French"), "Aisha Rahman": ("uk", "British"), "Yuki Tanaka": ("jp", "Japanese"),
            "Claire Dubois": ("fr", "French"), "Megan Carter": ("us", "American"), "Anika Sharma": ("in", "Indian"),
            "Sophie van Dijk": ("nl", "Dutch"), "Rachel Goldberg": ("us", "American"), "Lauren McKenzie": ("au", "Australian")}


def foreign_phone(kind=None):
    kind = kind or pick(["au", "in", "us", "nl", "my", "uk", "jp"])
    if kind == "de":
        return (f"+49 15{digits(1)} {digits(7)}", "PHONE")
    if kind == "fr":
        return ("+33 6 " + " ".join(digits(2) for _ in range(4)), "PHONE")
    if kind == "ie":
        return (f"+353 8{pick('3567')} {digits(3)} {digits(4)}", "PHONE")
    if kind == "se":
        return (f"+46 70 {digits(3)} {digits(2)} {digits(2)}", "PHONE")
    if kind == "pl":
        return (f"+48 5{digits(2)} {digits(3)} {digits(3)}", "PHONE")
    if kind == "it":
        return (f"+39 3{digits(2)} {digits(3)} {digits(4)}", "PHONE")
    if kind == "au":
        return (f"+61 4{digits(2)} {digits(3)} {digits(3)}", "PHONE")
    if kind == "in":
        return (f"+91 9{digits(4)} {digits(5)}", "PHONE")
    if kind == "us":
        return (f"+1 (415) 555-{digits(4)}", "PHONE")
    if kind == "nl":
        return (f"+31 6 {digits(4)} {digits(4)}", "PHONE")
    if kind == "my":
        return (f"+60 12-{digits(3)} {digits(4)}", "PHONE")
    if kind == "uk":
        return (f"+44 7{digits(3)} {digits(6)}", "PHONE")
    return (f"+81 90-{digits(4)}-{digits(4)}", "PHONE")


def fmt16(d, style):
    if style == "plain":
        return d
    if style == "space":
        return " ".join(d[i:i + 4] for i in range(0, 16, 4))
    if style == "dash":
        return "-".join(d[i:i + 4] for i in range(0, 16, 4))
    if style == "dots":
        return f"{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:12]}.{d[12:]}"
    raise ValueError(style)


def nik(p, style=None, typo=None):
    """NIK in one of the written forms; about 4% are mistyped by the reporter (15 or 17 digits), as the GUIDE says."""
    d = p.nik_digits()
    if typo is None:
        typo = chance(0.045)
    if typo:
        i = rint(4, 14)
        d = d[:i] + d[i + 1:] if chance(0.5) else d[:i] + d[i] + d[i:]
        return (d, "NIK")
    style = style or pick(["plain", "plain", "plain", "plain", "space", "dash", "dots"])
    return (fmt16(d, style), "NIK")


def kk(p=None, style=None):
    pre = p.nik_digits()[:6] if p is not None else f"{pick([32, 33, 35, 73, 12])}{rint(1, 20):02d}{rint(1, 30):02d}"
    y = rint(2005, 2025)
    d = f"{pre}{rint(1, 28):02d}{rint(1, 12):02d}{y % 100:02d}{rint(1, 9999):04d}"
    style = style or pick(["plain", "plain", "plain", "space", "dash", "dots"])
    return (fmt16(d, style), "KK")


def npwp(p=None, style=None):
    style = style or pick(["old", "old", "old", "plain15", "p16", "nik"])
    if style == "nik" and p is not None:
        return (p.nik_digits(), "NPWP")
    if style == "nik":
        style = "old"
    a = f"{pick(['04', '05', '06', '07', '08', '09'])}{digits(7)}{digits(3)}000"
    if style == "old":
        return (f"{a[:2]}.{a[2:5]}.{a[5:8]}.{a[8]}-{a[9:12]}.{a[12:]}", "NPWP")
    if style == "plain15":
        return (a, "NPWP")
    return ("0" + a, "NPWP")


def npwp_badan():
    """company NPWP (01-03): not a personal tax number -> not labelled."""
    a = f"{pick(['01', '02', '03'])}{digits(7)}{digits(3)}000"
    if chance(0.6):
        return f"{a[:2]}.{a[2:5]}.{a[5:8]}.{a[8]}-{a[9:12]}.{a[12:]}"
    return "0" + a


def bank(kind=None):
    kind = kind or pick(["BRI", "BRI", "BNI", "BCA", "BSI", "Mandiri", "Mandiri", "BTN", "CIMB Niaga",
                         "Bank NTT", "Bank Papua", "Bank Nagari", "Bank Sulutgo", "Bank Kalbar"])
    if kind == "BRI":
        d = digits(15)
        v = pick([f"{d[:4]}-{d[4:6]}-{d[6:12]}-{d[12:14]}-{d[14]}", d])
    elif kind == "Mandiri":
        d = digits(13)
        v = pick([f"{d[:3]}-{d[3:5]}-{d[5:12]}-{d[12]}", d])
    elif kind == "BTN":
        v = digits(16)
    elif kind == "CIMB Niaga":
        v = digits(pick([13, 14]))
    else:
        d = digits(10)
        v = pick([d, d, f"{d[:3]}-{d[3:6]}-{d[6:]}" if kind == "BCA" else d])
    return kind, (v, "BANK_ACCOUNT")


def bpjs(style=None):
    d = "000" + digits(10)
    style = style or pick(["plain", "plain", "group"])
    if style == "group":
        return (f"{d[:4]} {d[4:8]} {d[8:12]} {d[12]}", "BPJS")
    return (d, "BPJS")


def nip(p, style=None):
    d, m, y = p.dob
    ty = max(y + rint(21, 32), 1985)
    ty = min(ty, 2024)
    v = f"{y}{m:02d}{d:02d}{ty}{rint(1, 12):02d}{1 if p.sex == 'L' else 2}{rint(1, 12):03d}"
    style = style or pick(["space", "space", "plain"])
    if style == "space":
        return (f"{v[:8]} {v[8:14]} {v[14]} {v[15:]}", "NIP")
    return (v, "NIP")


def passport(prefix=None):
    return (f"{prefix or pick('ABCXE')}{digits(7)}", "PASSPORT")


PLATE_REG = ["B", "D", "F", "T", "E", "Z", "G", "H", "K", "R", "AA", "AB", "AD", "AE", "AG", "L", "M",
             "N", "P", "S", "W", "DK", "DR", "EA", "DH", "EB", "ED", "KB", "DA", "KH", "KT", "DB", "DL",
             "DM", "DN", "DD", "DT", "DC", "DE", "DG", "BL", "BB", "BK", "BA", "BM", "BP", "BG", "BN",
             "BE", "BD", "BH", "PA", "PB", "DS"]


def plate(reg=None, style=None, red=False):
    reg = reg or pick(PLATE_REG)
    num = str(rint(1, 9999)) if not red else str(rint(1, 120))
    suf = "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rint(1, 3)))
    if red:
        suf = pick(["A", "B", "C", "D", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "T", "U"])
    style = style or pick(["space", "space", "space", "glued", "dash", "lower"])
    if style == "space":
        v = f"{reg} {num} {suf}"
    elif style == "glued":
        v = f"{reg}{num}{suf}"
    elif style == "dash":
        v = f"{reg}-{num}-{suf}"
    else:
        v = f"{reg} {num} {suf}".lower()
    return (v, "PLATE")


BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
         "Oktober", "November", "Desember"]
BLN = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]


def dob(p, style=None):
    d, m, y = p.dob
    style = style or pick(["long", "long", "dash", "dash", "slash", "short", "dot", "iso"])
    v = {"long": f"{d} {BULAN[m - 1]} {y}", "dash": f"{d:02d}-{m:02d}-{y}",
         "slash": f"{d:02d}/{m:02d}/{y}", "short": f"{d} {BLN[m - 1]} {y}",
         "dot": f"{d:02d}.{m:02d}.{y}", "iso": f"{y}-{m:02d}-{d:02d}",
         "en": f"{d} {MONTH[m - 1]} {y}", "us": f"{MONTH[m - 1]} {d}, {y}",
         "upper": f"{d:02d} {BULAN[m - 1].upper()} {y}"}[style]
    return (v, "DATE_OF_BIRTH")


def _slug(s):
    s = s.lower().replace("'", "")
    s = re.sub(r"[^a-z ]", "", s)
    return [w for w in s.split() if w not in ("br", "boru", "bin", "binti", "al", "i", "ni", "la", "wa",
                                               "ode", "luh", "st", "muh", "moh", "abd", "ach")] or ["user"]


MAIL_DOM = ["gmail.com"] * 7 + ["yahoo.com", "yahoo.co.id", "ymail.com", "outlook.com", "hotmail.com",
                                "icloud.com", "rocketmail.com", "proton.me"]


def email(p, dom=None, caps=False):
    w = _slug(p.full)
    base = pick([".".join(w[:2]), "_".join(w[:2]), "".join(w[:2]), w[0], w[-1] + w[0][:1], w[0] + "." + w[-1]])
    if chance(0.6):
        base += pick([str(p.dob[2] % 100).zfill(2), str(p.dob[2]), str(rint(1, 99)), "_" + str(rint(1, 9))])
    v = f"{base}@{dom or pick(MAIL_DOM)}"
    if caps or chance(0.06):
        v = v[0].upper() + v[1:]
    return (v, "EMAIL")


def handle(p):
    w = _slug(p.full)
    base = pick(["_".join(w[:2]), ".".join(w[:2]), "".join(w[:2]), w[0] + "_" + str(rint(1, 99)),
                 w[0] + w[-1][:3], "its" + w[0], w[0] + "." + w[-1], "kak" + w[0],
                 w[0] + "_" + pick(["gaming", "art", "shop", "jr", "real", "id", "pyk", "mks", "amq"])])
    if chance(0.3):
        base += str(rint(1, 99))
    return ("@" + base, "HANDLE")


STREETS = ["Kenanga", "Mawar", "Melati", "Flamboyan", "Cempaka", "Anggrek", "Merpati", "Kutilang",
           "Cendrawasih", "Nusantara", "Merdeka", "Pahlawan", "Sukun", "Durian", "Rambutan", "Manggis",
           "Swadaya", "Karya Bakti", "Pemuda", "Sejahtera", "Bhakti", "Veteran", "Gotong Royong",
           "Bougenville", "Teratai", "Seroja", "Cemara", "Beringin", "Sawo", "Jati", "Mangga", "Kamboja",
           "Dahlia", "Perintis", "Pelita", "Harapan", "Damai", "Sentosa", "Kelapa Dua", "Raya Cilebut",
           "Kaliurang", "Sei Batang Hari", "Kartika", "Tanjung Pura", "Sultan Hasanuddin",
           "Sam Ratulangi", "Teuku Umar", "Ahmad Yani", "Pattimura", "Diponegoro", "Imam Bonjol"]
GANG = ["Mawar", "Melati", "Kelinci", "Buntu", "Masjid", "Haji Naim", "Sepakat", "Rukun", "Family",
        "Pinang", "Damai", "Lurus", "Swadaya", "Kenari", "Asem", "Langgar"]
PERUM = ["Griya Asri", "Bumi Permai", "Taman Sari Indah", "Villa Mutiara", "Puri Kencana",
         "Graha Mandiri", "Permata Hijau Residence", "Citra Harmoni", "Bukit Indah", "Lembah Hijau",
         "Pesona Alam", "Mutiara Garden", "Royal Sentosa", "Griya Bhayangkara"]
DUSUN = ["Krajan", "Sumberejo", "Karanganyar", "Sidomulyo", "Ngaglik", "Tegalsari", "Wonorejo",
         "Kedungsari", "Gondang", "Sukamaju", "Banaran", "Jatirejo", "Kauman", "Ngemplak"]
KAMPUNG_SUNDA = ["Cibeureum", "Cikoneng", "Sukamanah", "Babakan", "Cijerah", "Pasirjati", "Cilame",
                 "Sindangsari", "Nagrak", "Cisalak"]
JORONG = ["Koto Tangah", "Balai Gadang", "Padang Lua", "Kampung Tangah", "Sungai Janiah", "Parak Laweh"]
BANJAR = ["Banjar Kaja", "Banjar Kelod", "Banjar Tengah", "Banjar Dinas Sari", "Banjar Pande",
          "Banjar Kauh", "Banjar Dangin Peken"]
KEL = ["Sukajadi", "Sukamaju", "Tegalrejo", "Karangasem", "Kebon Jeruk", "Tanjung Harapan", "Mekarsari",
       "Bumi Raya", "Sidorejo", "Margahayu", "Pasir Putih", "Air Mata", "Oebobo", "Tikala", "Banjer",
       "Batu Merah", "Hamadi", "Kampung Baru", "Lapadde", "Talise", "Malalayang"]

class Place:
    def __init__(self, gov, prov, pcode, kcode, area, regions, kec, kel, unit="Kel."):
        self.gov, self.prov, self.pcode, self.kcode, self.area = gov, prov, pcode, kcode, area
        self.regions, self.kec, self.kel, self.unit = regions, kec, kel, unit
        self.city = gov.split(" ", 1)[1]
        self.kind = "KOTA" if gov.startswith("Kota") else "KABUPATEN"


PLACES = [
    Place("Kota Kupang", "Nusa Tenggara Timur", 53, 71, "0380", ["ntt"], ["Oebobo", "Kelapa Lima", "Maulafa", "Alak"],
          ["Oebobo", "Oesapa", "Liliba", "Naikoten I", "Fatululi", "Kayu Putih"]),
    Place("Kabupaten Kupang", "Nusa Tenggara Timur", 53, 1, "0380", ["ntt"], ["Kupang Tengah", "Taebenu", "Amarasi Barat"],
          ["Noelbaki", "Oelnasi", "Baumata", "Tuapukan"], "Desa"),
    Place("Kota Manado", "Sulawesi Utara", 71, 71, "0431", ["minahasa"], ["Wenang", "Malalayang", "Tikala", "Wanea"],
          ["Tikala Baru", "Banjer", "Malalayang Satu", "Ranotana Weru", "Bahu"]),
    Place("Kota Ambon", "Maluku", 81, 71, "0911", ["maluku"], ["Sirimau", "Nusaniwe", "Baguala"],
          ["Batu Merah", "Kudamati", "Benteng", "Waihaong", "Rijali"]),
    Place("Kota Jayapura", "Papua", 91, 71, "0967", ["papua"], ["Jayapura Selatan", "Abepura", "Heram"],
          ["Hamadi", "Entrop", "Kotabaru", "Vim", "Waena"]),
    Place("Kota Palu", "Sulawesi Tengah", 72, 71, "0451", ["kaili"], ["Palu Barat", "Palu Timur", "Mantikulore"],
          ["Talise", "Lolu Utara", "Birobuli Utara", "Petobo", "Kamonji"]),
    Place("Kabupaten Toraja Utara", "Sulawesi Selatan", 73, 26, "0423", ["toraja"], ["Rantepao", "Sesean", "Tallunglipu"],
          ["Tallunglipu", "Singki'", "Pasele", "Malango'"]),
    Place("Kota Makassar", "Sulawesi Selatan", 73, 71, "0411", ["bugis"], ["Rappocini", "Tamalate", "Panakkukang"],
          ["Banta-Bantaeng", "Mangasa", "Pandang", "Karunrung"]),
    Place("Kabupaten Sleman", "DI Yogyakarta", 34, 4, "0274", ["jawa"], ["Depok", "Ngaglik", "Kalasan", "Mlati"],
          ["Caturtunggal", "Sinduharjo", "Tamanmartani", "Sendangadi"], "Desa"),
    Place("Kabupaten Klaten", "Jawa Tengah", 33, 10, "0272", ["jawa"], ["Kebonarum", "Kalikotes", "Ngawen", "Jogonalan"],
          ["Kebonarum", "Ngawen", "Jambakan", "Gondangan"], "Desa"),
    Place("Kota Semarang", "Jawa Tengah", 33, 74, "024", ["jawa"], ["Ngaliyan", "Tembalang", "Banyumanik"],
          ["Tambakaji", "Bulusan", "Pedalangan", "Sumurboto"]),
    Place("Kabupaten Bandung", "Jawa Barat", 32, 4, "022", ["sunda"], ["Margahayu", "Cileunyi", "Soreang", "Baleendah"],
          ["Sukamenak", "Cinunuk", "Pamekaran", "Manggahang"], "Desa"),
    Place("Kota Bogor", "Jawa Barat", 32, 71, "0251", ["sunda", "betawi"], ["Bogor Barat", "Tanah Sareal", "Bogor Utara"],
          ["Cilendek Barat", "Kebon Pedes", "Tegal Gundil"]),
    Place("Kota Surabaya", "Jawa Timur", 35, 78, "031", ["jawa", "madura", "arab", "chinese"], ["Sukolilo", "Semampir", "Rungkut"],
          ["Keputih", "Ampel", "Kalirungkut", "Nyamplungan"]),
    Place("Kota Pontianak", "Kalimantan Barat", 61, 71, "0561", ["dayak", "chinese", "melayu"], ["Pontianak Selatan", "Pontianak Kota"],
          ["Akcaya", "Sungai Bangkong", "Darat Sekip"]),
    Place("Kota Samarinda", "Kalimantan Timur", 64, 72, "0541", ["banjar", "bugis"], ["Samarinda Ulu", "Sungai Kunjang"],
          ["Air Putih", "Loa Bakung", "Teluk Lerong Ilir"]),
    Place("Kabupaten Agam", "Sumatera Barat", 13, 6, "0752", ["minang"], ["Sungai Pua", "Ampek Angkek", "Tilatang Kamang"],
          ["Sungai Pua", "Biaro Gadang", "Koto Tangah"], "Nagari"),
    Place("Kabupaten Aceh Besar", "Aceh", 11, 6, "0651", ["aceh"], ["Baitussalam", "Darul Imarah", "Ingin Jaya"],
          ["Lam Ujong", "Cot Lamkuweueh", "Meunasah Papeun"], "Gampong"),
    Place("Kabupaten Buleleng", "Bali", 51, 8, "0362", ["bali"], ["Banjar", "Sukasada", "Seririt"],
          ["Munduk", "Gitgit", "Pangkung Paruk"], "Desa"),
    Place("Kota Denpasar", "Bali", 51, 71, "0361", ["bali"], ["Denpasar Utara", "Denpasar Barat"], ["Peguyangan", "Padangsambian"]),
    Place("Kabupaten Lombok Timur", "Nusa Tenggara Barat", 52, 3, "0376", ["sasak"], ["Selong", "Sikur", "Masbagik"],
          ["Pancor", "Kotaraja", "Masbagik Utara"], "Desa"),
    Place("Kota Medan", "Sumatera Utara", 12, 71, "061", ["batak", "chinese", "melayu"], ["Medan Johor", "Medan Tuntungan", "Medan Baru"],
          ["Gedung Johor", "Simpang Selayang", "Padang Bulan"]),
    Place("Kota Gorontalo", "Gorontalo", 75, 71, "0435", ["gorontalo"], ["Kota Tengah", "Dungingi"], ["Dulalowo", "Tuladenggi"]),
    Place("Kota Baubau", "Sulawesi Tenggara", 74, 72, "0402", ["buton"], ["Wolio", "Murhum"], ["Wale", "Bone-Bone"]),
    Place("Kota Palembang", "Sumatera Selatan", 16, 71, "0711", ["melayu"], ["Ilir Barat I", "Seberang Ulu I"], ["Bukit Lama", "Tuan Kentang"]),
    Place("Kota Bima", "Nusa Tenggara Barat", 52, 72, "0374", ["bima"], ["Rasanae Barat", "Asakota"], ["Paruga", "Jatiwangi"]),
    Place("Kota Jakarta Barat", "DKI Jakarta", 31, 73, "021", ["betawi", "chinese", "arab"], ["Tambora", "Kebon Jeruk"], ["Pekojan", "Duri Kepa"]),
]
REGION_PLACES = {}
for _pl in PLACES:
    for _r in _pl.regions:
        REGION_PLACES.setdefault(_r, []).append(_pl)


def place_for(region=None):
    if region in REGION_PLACES:
        return pick(REGION_PLACES[region])
    return pick(PLACES)


def area_tail(pl=None, city=None):
    pl = pl or pick(PLACES)
    t = f", {pl.unit} {pick(pl.kel)}, Kec. {pick(pl.kec)}"
    if city or (city is None and chance(0.4)):
        t += f", {pl.gov}"
    return t


def rtrw(style=None):
    rt, rw = rint(1, 18), rint(1, 12)
    style = style or pick(["a", "b", "c", "d", "e"])
    return {"a": f"RT {rt:02d}/RW {rw:02d}", "b": f"RT {rt:03d} RW {rw:03d}", "c": f"RT.{rt:02d} RW.{rw:02d}",
            "d": f"RT {rt:03d}/RW {rw:03d}", "e": f"Rt {rt} Rw {rw}"}[style]


def hno():
    n = str(rint(1, 180))
    if chance(0.15):
        n += pick("ABC")
    return n


def address(kind=None, rt=None, pl=None):
    """(ADDRESS value, area tail) -- the tail (kelurahan/kecamatan/city) is never in the span."""
    if pl is None:
        if kind == "kp":
            pl = pick(REGION_PLACES["sunda"])
        elif kind == "dusun":
            pl = pick([p for p in PLACES if p.unit != "Kel."])
        elif kind in ("perum", "komp", "btn", "gg", "lr", "jlgg"):
            pl = pick([p for p in PLACES if p.unit == "Kel."])
        elif kind is not None:
            pl = pick(PLACES)
    if kind is None and pl is not None:
        kind = pick(["jl", "jl", "gg", "perum", "btn", "lr", "jlgg"] if pl.unit == "Kel." else ["dusun", "dusun", "jl"])
    kind = kind or pick(["jl", "jl", "jl", "gg", "perum", "komp", "btn", "dusun", "kp", "lr", "jlgg"])
    if pl is not None and kind == "kp" and "sunda" not in pl.regions:
        kind = "dusun"
    rt = chance(0.5) if rt is None else rt
    no = pick(["No. ", "No ", "no. ", "No."]) + hno()
    if kind == "jl":
        v = f"{pick(['Jl.', 'Jl.', 'Jln.', 'Jalan', 'JL.'])} {pick(STREETS)} {no}"
    elif kind == "jlgg":
        v = f"Jl. {pick(STREETS)} Gg. {pick(GANG)} {pick(ROMAN[:4])} {no}"
    elif kind == "gg":
        v = f"Gg. {pick(GANG)} {no}"
    elif kind == "perum":
        v = f"Perum {pick(PERUM)} Blok {pick('ABCDEFGH')}{rint(1, 12)} {no}"
    elif kind == "komp":
        v = f"Komp. {pick(PERUM)} Blok {pick('ABCDEF')} {no}"
    elif kind == "btn":
        v = f"BTN {pick(PERUM)} Blok {pick('ABCDEFGHJK')} {no}"
    elif kind == "dusun":
        if pl is not None and not set(pl.regions) & {"jawa", "madura", "sunda"}:
            v = f"Dusun {pick(ROMAN[:5] + ['Oeleu', 'Lampoh Raya', 'Tanjung', 'Sumber Jaya', 'Harapan'])}"
        else:
            v = f"{pick(['Dusun', 'Dsn.', 'Dusun'])} {pick(DUSUN)}"
        rt = True
    elif kind == "kp":
        v = f"Kp. {pick(KAMPUNG_SUNDA)}"
        rt = True
    elif kind == "lr":
        v = f"{pick(['Lr.', 'Lorong'])} {pick(GANG)} {no}"
    else:
        raise ValueError(kind)
    if rt:
        v += pick([" ", ", ", " "]) + rtrw()
    return (v, "ADDRESS"), area_tail(pl)


# ---- public near-misses --------------------------------------------------------------------

def ticket7():
    return f"#{rint(1000000, 9999999)}"


def ticket16():
    return f"20{rint(24, 26)}{rint(1, 12):02d}{rint(1, 28):02d}{digits(8)}"


def incident_date():
    d, m, y = rint(1, 28), rint(1, 12), pick([2025, 2026])
    return pick([f"{d} {BULAN[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{d}-{m}-{y}", f"{d} {BLN[m - 1]} {y}"])


def rupiah(lo=50_000, hi=5_000_000):
    """a round rupiah amount between lo and hi (log-uniform), in one of the usual written forms."""
    import math
    v = math.exp(R.uniform(math.log(lo), math.log(hi))) if hi > lo else lo
    step = 10 ** max(2, int(math.log10(v)) - 1)
    if step >= 10_000 and chance(0.5):
        step //= 2
    v = max(step, int(round(v / step)) * step)
    s = f"{v:,}".replace(",", ".")
    forms = [f"Rp {s}", f"Rp{s}", f"Rp. {s},-", f"Rp {s},00"]
    if v >= 1_000_000 and v % 100_000 == 0 and chance(0.3):
        j = v / 1_000_000
        forms.append(f"Rp{j:g} juta".replace(".", ","))
    elif v < 1_000_000 and v % 1000 == 0 and chance(0.2):
        forms.append(f"{v // 1000}rb")
    return pick(forms)


INSTITUTIONAL = []   # phone-like strings that are deliberately NOT labelled (agency lines)


def inst(v):
    INSTITUTIONAL.append(v)
    return v


def weekday(d, m, y):
    import datetime
    return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][datetime.date(y, m, d).weekday()]


RELIGION = {"jawa": "ISLAM", "sunda": "ISLAM", "betawi": "ISLAM", "madura": "ISLAM", "minang": "ISLAM", "aceh": "ISLAM",
            "melayu": "ISLAM", "banjar": "ISLAM", "gorontalo": "ISLAM", "kaili": "ISLAM", "bima": "ISLAM", "sasak": "ISLAM",
            "bugis": "ISLAM", "buton": "ISLAM", "arab": "ISLAM", "bali": "HINDU", "batak": "KRISTEN", "papua": "KRISTEN",
            "minahasa": "KRISTEN", "toraja": "KRISTEN", "ntt": "KATOLIK", "maluku": "KRISTEN", "dayak": "KATOLIK",
            "chinese": "BUDDHA", "expat": "KRISTEN"}


def religion(p):
    r = RELIGION.get(p.region, "ISLAM")
    if p.region == "maluku" and p.full.split()[-1] in MALUKU_L_M:
        r = "ISLAM"
    if p.region == "chinese" and chance(0.5):
        r = pick(["KRISTEN", "KATOLIK", "KONGHUCU"])
    if p.region == "ntt" and chance(0.4):
        r = "KRISTEN"
    return r


# ----------------------------------------------------------------------------------------
# shared text helpers
# ----------------------------------------------------------------------------------------

HON = {
    "jawa": (["Pak", "Mas", "Mbah", "Pakde"], ["Bu", "Mbak", "Mbah", "Bude"]),
    "sunda": (["Pak", "Kang", "Aa", "Mang"], ["Bu", "Teh", "Ceu", "Bi"]),
    "betawi": (["Bang", "Babe", "Pak"], ["Mpok", "Nyak", "Bu"]),
    "madura": (["Pak", "Cak", "Mas"], ["Bu", "Mbak", "Ning"]),
    "batak": (["Pak", "Bang", "Amang", "Lae"], ["Bu", "Kak", "Inang", "Ito"]),
    "minang": (["Pak", "Uda", "Angku"], ["Bu", "Uni", "Etek"]),
    "aceh": (["Pak", "Bang"], ["Bu", "Kak"]),
    "melayu": (["Pak", "Abang", "Wak"], ["Bu", "Kakak", "Mak Cik"]),
    "bali": (["Pak", "Bli"], ["Bu", "Mbok"]),
    "sasak": (["Pak", "Bang"], ["Bu", "Kak"]),
    "bugis": (["Pak", "Daeng", "Puang"], ["Bu", "Daeng", "Puang"]),
    "buton": (["Pak", "Bang"], ["Bu", "Kak"]),
    "papua": (["Bapa", "Kaka", "Pak"], ["Mama", "Kaka", "Ibu"]),
    "maluku": (["Bapa", "Bung", "Om"], ["Mama", "Usi", "Tante"]),
    "minahasa": (["Om", "Pak", "Bapak"], ["Tante", "Ibu", "Bu"]),
    "ntt": (["Bapa", "Om", "Kaka"], ["Mama", "Tanta", "Kaka"]),
    "toraja": (["Pak", "Ambe'"], ["Bu", "Indo'"]),
    "chinese": (["Pak", "Koh", "Ko"], ["Bu", "Cik", "Ci"]),
    "arab": (["Pak", "Bang", "Ami"], ["Bu", "Umi"]),
    "expat": (["Mr.", "Mr", "Pak"], ["Ms.", "Mrs.", "Bu"]),
}


def hon(p, formal=False):
    if formal:
        return pick(["Bapak", "Bpk.", "Sdr."]) if p.sex == "L" else pick(["Ibu", "Ibu", "Sdri."])
    m, f = HON.get(p.region, (["Pak", "Bapak"], ["Bu", "Ibu"]))
    return pick(m if p.sex == "L" else f)


def N(p, form="full"):
    v = {"full": p.full, "call": p.call, "upper": p.full.upper(), "lower": p.full.lower(),
         "alt": p.alt or p.full, "nick": p.nick or p.call}[form]
    return (v, "PERSON")


def HN(p, form=None, formal=False):
    """honorific + name, the honorific outside the span."""
    form = form or pick(["full", "call"])
    return [hon(p, formal) + " ", N(p, form)]


def nl(*lines):
    out = []
    for i, ln in enumerate(lines):
        if i:
            out.append("\n")
        out.append(ln)
    return out


# ----------------------------------------------------------------------------------------
# 1. wagrup -- WhatsApp group chat exports
# ----------------------------------------------------------------------------------------

WA_ROLES = ["RT 05", "RT 03", "Sekdes", "Bendahara", "Karang Taruna", "Posyandu", "Ketua RW", "Kader",
            "Linmas", "Kadus", "PKK", "Takmir", "Blok C", "Gang 3", "Guru Ngaji"]


class Chat:
    def __init__(self, fmt=None):
        self.fmt = fmt or pick(["ios", "android", "android", "android_en"])
        self.d, self.m, self.y = rint(1, 27), rint(1, 12), pick([2025, 2026])
        self.h, self.mi = rint(5, 20), rint(0, 59)
        self.lines = []
        self.memo = {}
        self.roles = list(WA_ROLES)
        R.shuffle(self.roles)

    def sender_saved(self, p, role=True, hon_=True, suffix=None):
        """a saved contact name is fixed for the whole export"""
        if id(p) not in self.memo:
            self.memo[id(p)] = self._saved(p, role, hon_, suffix)
        return self.memo[id(p)]

    def _saved(self, p, role, hon_, suffix):
        out = []
        if hon_:
            out.append(hon(p) + " ")
        out.append(N(p, pick(["call", "call", "full"])))
        if suffix:
            out.append(" " + suffix)
        elif role and chance(0.6) and self.roles:
            out.append(" " + self.roles.pop())
        if chance(0.15):
            out.append(" " + pick(["🙏", "🌹", "✨", "😇"]))
        return out

    def sender_num(self, p):
        return [phone(p, "p62dash")]

    def stamp(self):
        self.mi += rint(0, 14)
        if self.mi > 59:
            self.mi -= 60
            self.h = min(self.h + 1, 23)
        yy = self.y % 100
        if self.fmt == "ios":
            return f"[{self.d:02d}/{self.m:02d}/{yy:02d} {self.h:02d}.{self.mi:02d}] "
        if self.fmt == "android":
            return f"{self.d:02d}/{self.m:02d}/{self.y}, {self.h:02d}:{self.mi:02d} - "
        h12 = self.h % 12 or 12
        return f"{self.m}/{self.d}/{yy:02d}, {h12}:{self.mi:02d} {'AM' if self.h < 12 else 'PM'} - "

    def say(self, sender, *body):
        self.lines.append([self.stamp(), sender, ": ", list(body)])

    def render(self, pre=None, post=None):
        out = []
        if pre:
            out += [pre, "\n"]
        for i, ln in enumerate(self.lines):
            if i:
                out.append("\n")
            out.append(ln)
        if post:
            out += ["\n", post]
        return out


def grp(n, **kw):
    """members of one neighbourhood group: mostly from the regions of one place, sometimes a newcomer"""
    pl = pick(PLACES)
    regs = list(pl.regions) * 3 + [pick(ALL_REGIONS)]
    return people(n, regs, **kw)


def wa_intro():
    return pick(["Min, ini sy lampirkan chat grup warga kami:", "Mohon ditindaklanjuti, berikut isi percakapan di grup RT:",
                 "Lapor min, ss chat grup saya ketik ulang:", "Bukti chat grup WA warga (diexport):", None, None])


def wa_outro():
    return pick(["Mohon dibantu 🙏", "tolong ditindak min", "Terima kasih.", "mhn dicek kebenarannya", None, None])


def wagrup_sampah():
    c = Chat()
    a, b, d = grp(3)
    sa = c.sender_saved(a)
    sb = c.sender_num(b) if chance(0.5) else c.sender_saved(b)
    c.say(sa, pick(["bpk2 ibu2", "Assalamualaikum warga", "Pagi semua"]), ", tadi subuh ada truk buang sampah lagi di lahan kosong blkg masjid 😡")
    c.say(sb, "nopolnya ", plate(), " sy sempet foto", pick(["", " tp agak blur"]))
    c.say(c.sender_saved(d), pick(["wah parah", "udh berkali2 ini", "lapor aja ke DLH"]), " ", pick(["", "🤦‍♂️", "😤"]))
    if chance(0.6):
        c.say(sa, "sy lapor ke LAPOR! ya, nomor pengaduan nanti sy share. Yg punya video kirim japri ke sy ", phone(a), " ya")
    return c.render(wa_intro(), wa_outro())


def wagrup_blt():
    c = Chat()
    adm, w1, w2 = grp(3)
    s_adm = c.sender_saved(adm, suffix=pick(["Sekdes", "Kasi Kesra", "Operator Desa", "Pendamping PKH"]))
    c.say(s_adm, pick(["Yg blm ngumpulin data BLT tolong kirim NIK sama no KK hari ini ya",
                       "Warga yg namanya blm keluar di DTKS tlg kirim NIK + KK ke sini, besok terakhir"]))
    sw1 = c.sender_num(w1) if chance(0.5) else c.sender_saved(w1)
    c.say(sw1, "NIK ", nik(w1), " KK ", kk(w1), " a.n. ", N(w1, pick(["full", "upper"])))
    if chance(0.5):
        c.say(c.sender_saved(w2), "punya ibu sy ", "pak" if adm.sex == "L" else "bu", ", nik ", nik(mk(w2.region, "P", born=(1940, 1960))), " tp kok tdk ada di daftar ya 🙏")
    else:
        c.say(c.sender_saved(w2), "sdh sy kirim japri ", "pak" if adm.sex == "L" else "bu", " 🙏 mksh")
    c.say(s_adm, pick(["Siap, sy input sore ini", "ok dicatat", "👍"]))
    return c.render(wa_intro(), wa_outro())


def wagrup_iuran():
    c = Chat()
    ben, w1, w2 = grp(3)
    kind, acc = bank()
    c.say(c.sender_saved(ben, suffix="Bendahara RT"), pick(["Iuran perbaikan jalan gang ", "Sumbangan utk korban banjir "]),
          rupiah(10000, 150000), " per KK ya bpk ibu. Transfer ke ", kind, " ", acc, " a.n. ", N(ben, "full"))
    c.say(c.sender_num(w1), "lho kok rekening pribadi ", "pak" if ben.sex == "L" else "bu", "? bukannya kas RT ada rekening sendiri")
    c.say(c.sender_saved(w2), "iya, sdh ", str(rint(2, 5)), " bulan gk ada laporan keuangan 🙄")
    c.say(c.sender_num(w1), "sy mau lapor ke kelurahan aja lah")
    return c.render(pick(["Lapor, ada pungutan di RT kami tanpa musyawarah. Chat grup:", "Pungli berkedok iuran. Bukti chat:"]), wa_outro())


def wagrup_forward():
    scam, p, q = grp(3)
    body = [pick(["*Diteruskan*", "↪️ Diteruskan berkali-kali", "_Forwarded_", "[Pesan diteruskan]"]), "\n",
            pick(["⚠️ HATI2 ⚠️ ", "INFO PENTING!! ", ""]),
            pick(["Ada orang ngaku petugas PLN ", "Ada yg ngaku dr Dinsos ", "Ada oknum ngaku petugas sensus "]),
            "a.n. ", N(scam, pick(["full", "call"])), ", bawa motor ", plate(), ", minta uang ", rupiah(50000, 500000),
            " ke rumah2. Nomornya ", phone(scam), ". JANGAN DIKASIH!!", "\n"]
    c = Chat()
    c.say(c.sender_saved(p), *body)
    c.say(c.sender_saved(q), pick(["astaghfirullah", "td sore ke rumah sy jg", "sdh lapor polsek blm?"]))
    return c.render(wa_intro(), wa_outro())


def wagrup_quote():
    c = Chat(pick(["ios", "android"]))
    a, b, kades, e = grp(4)
    q_stamp = c.stamp()
    c.lines.append(["> ", q_stamp, c.sender_saved(a), ": ", pick(["Dana desa utk jalan usaha tani kemana ya",
                                                                   "Kenapa BLT bulan ini cuma cair sebagian"])])
    c.say(c.sender_saved(b), pick(["Kemarin ", "Tadi "]), "sy tanya ke ", "Pak" if kades.sex == "L" else "Bu", " Kades ", N(kades, "call"),
          " katanya ", pick(["masih nunggu SPJ", "uangnya dipinjam dulu utk kegiatan lain", "nanti dibagi setelah lebaran"]),
          " 🙄")
    c.say(c.sender_saved(a), pick(["Rumah beliau kan di ", "Kita datengin aja ke rumahnya di "]),
          ADDRESS_V(), pick([" ramai2", ", bsk pagi", ""]))
    c.say(c.sender_saved(e), "sabar dulu bpk2, lapor resmi aja ke inspektorat 🙏")
    return c.render(wa_intro(), wa_outro())


def ADDRESS_V(kind=None, rt=None, pl=None):
    a, _ = address(kind, rt, pl)
    return a


def wagrup_hilang():
    c = Chat()
    ortu, x1, x2 = grp(3)
    anak = mk(ortu.region, born=(2010, 2017))
    c.say(c.sender_num(ortu) if chance(0.5) else c.sender_saved(ortu),
          pick(["Mohon bantuan 🙏 ", "Tolong dibantu share "]), "anak sy ", N(anak, "full"), " umur ", str(anak.age()),
          " thn blm pulang dr kmrn sore. Terakhir pake baju ", pick(["pramuka", "merah", "olahraga"]),
          ". Kalau ada yg liat hub ", phone(ortu), pick([" atau ", " / "]), phone(None), " (", pick(["pamannya", "kakaknya"]), ")")
    c.say(c.sender_saved(x1), "siap sy share ke grup lain")
    c.say(c.sender_saved(x2), pick(["sdh lapor polsek pak?", "semoga cepat ketemu aamiin", "aamiin 🤲"]))
    return c.render(pick(["Min tolong bantu, polsek blm respon. Chat grup:", None]), None)


def wagrup_kades():
    c = Chat("android")
    rep, kades, sek = grp(3)
    c.say(c.sender_saved(kades, suffix="Kades"),
          pick(["Yg protes soal tanah kas desa silakan keluar dari grup ini", "Warga yg lapor2 ke LAPOR siap2 tdk dpt bantuan lagi"]))
    c.say(c.sender_num(rep), "Pak " if kades.sex == "L" else "Bu ", N(kades, "call"), ", kami cuma minta transparansi. Jgn ancam warga")
    c.say(c.sender_saved(sek, suffix="Sekdes"), "sdh2 bpk ibu, bsk kita musyawarah di balai desa jam 9")
    intro = ["Saya ", N(rep, "full"), pick([", warga ", " dari "]),
             pick(["Desa Sukamaju", "Desa Mekarsari", "Desa Tanjung Harapan"]), ". Kepala desa mengancam warga di grup WA:"]
    return c.render(intro, wa_outro())


def wagrup_tetangga():
    c = Chat()
    a, b, c3 = grp(3)
    c.say(c.sender_saved(a), "mohon maaf nggih, rumah ", hon(b), " ", N(b, "call"), " di ", ADDRESS_V(pick(["gg", "jl", "perum"]), False),
          " tiap malam karaoke smp jam 2 😩")
    c.say(c.sender_saved(c3), pick(["betul, anak sy gk bisa tidur", "sdh ditegur pak RT blm?"]))
    c.say(c.sender_saved(a), "sdh, malah dimarahin. WA nya ", phone(b), " sy japri gk dibales")
    return c.render(wa_intro(), wa_outro())


def wagrup_kurir():
    c = Chat(pick(["ios", "android_en"]))
    a, kur, x1, x2 = grp(4)
    c.say(c.sender_saved(a), "ada yg kenal kurir ini gk? paket sy diterima ", pick(["'tetangga'", "org lain"]), " katanya")
    c.say(c.sender_saved(a), "nama di aplikasi ", N(kur, "full"), ", no ", phone(kur), ", motor ", plate(style=pick(["space", "glued"])))
    c.say(c.sender_saved(x1), "oh itu yg biasa mangkal di pos ronda", pick(["", " 😅"]))
    c.say(c.sender_saved(x2), pick(["lapor ke ekspedisinya aja", "sy jg pernah hilang paket"]))
    return c.render(wa_intro(), wa_outro())


def wagrup_ijazah():
    c = Chat()
    a, x1 = grp(2)
    e = email(a)
    c.say(c.sender_saved(a), "Info bpk ibu, pendaftaran sekolah ", pick(["online", "zonasi"]), " error terus. Sy udh kirim email ke dinas dr ",
          e, " gk ada balasan")
    c.say(c.sender_saved(x1), "samaa, sy jg. anak sy NIK nya katanya 'tidak ditemukan'")
    c.say(c.sender_saved(a), "wkwk padahal KTP udh el. sy lapor ke LAPOR aja ya")
    return c.render(None, wa_outro())


def wagrup_no_1():
    c = Chat()
    s = ["Info Kelurahan ", pick(["Sukamaju", "Tegalrejo", "Mekarsari"])]
    c.say(s, "Yth. warga, pemadaman listrik terjadwal hari ", pick(["Sabtu", "Minggu", "Rabu"]), " ", incident_date(),
          " pukul 09.00–15.00 WIB. Info gangguan hubungi PLN 123 🙏")
    c.say(["Anda"], "Pak, lampu jalan di RT 04 jg mati sdh seminggu")
    c.say(s, "Baik, sdh diteruskan ke Dinas Perkim. Bisa juga lapor lewat lapor.go.id atau SMS 1708")
    return c.render(None, None)


def wagrup_no_2():
    return nl("*Diteruskan*",
              "📢 PENGUMUMAN 📢",
              f"Pembagian BLT Dana Desa tahap {pick(['II', 'III'])} dilaksanakan {incident_date()} di balai desa mulai jam 08.00.",
              "Yg dibawa: KTP asli, KK asli, dan undangan. Besarnya " + rupiah(600000, 900000) + " utk 3 bulan.",
              "Penerima total " + str(rint(90, 240)) + " KK. Yg tdk terdaftar silakan ke posko pengaduan di kantor desa.",
              "Dasar: " + pick(["Permendes PDTT No. 7 Tahun 2023", "Perbup No. 14 Tahun 2024", "UU No. 6 Tahun 2014"]) + ".",
              "Hati2 penipuan, petugas tdk pernah minta transfer. Pengaduan resmi: pengaduan@lapor.go.id / 1708")


def wagrup_no_3():
    c = Chat("android")
    admin = ["Admin Grup Warga RW 0", str(rint(1, 9))]
    c.say(admin, "Info: jalan di Jl. Raya Bogor km ", str(rint(28, 45)), " ambles lagi, hati2 kalo lewat malam")
    c.say(["Anda"], "sdh sy lapor ke LAPOR!, nomor laporan ", ticket7(), " tp status masih 'verifikasi'")
    c.say(admin, "mantap. sy jg tag ", pick(["@lapor1708", "@pupr_kabbogor", "@dishub_kabupaten"]), " di IG")
    c.say(["Anda"], "wkwk semoga dibaca 🙏")
    return c.render(pick(["Chat grup (nama anggota sy hapus):", None]), None)


def wagrup_no_4():
    c = Chat("ios")
    s = [pick(["Posyandu Melati", "Posyandu Mawar 2", "Puskesmas Pembantu"])]
    c.say(s, "Jadwal imunisasi bulan ini tgl ", str(rint(5, 25)), ". Bayi usia 9 bln wajib campak-rubella ya bun 💉")
    c.say(["Anda"], "bun, yg blm punya buku KIA gmn?")
    c.say(s, "bawa KK aja bun, nanti dibuatkan. Info lbh lanjut hub puskesmas atau hotline 119")
    c.say(["Anda"], "siap, makasih 🙏")
    return c.render(None, None)


def wagrup_no_5():
    return nl(pick(["_Forwarded_", "↪️ Diteruskan"]),
              "HOAKS!! Beredar pesan bantuan " + rupiah(300000, 3000000) + " dari Kemensos, cukup kirim NIK ke nomor WA. ITU PENIPUAN.",
              "Kemensos tdk pernah minta NIK lewat WA. Cek bansos resmi di cekbansos.kemensos.go.id atau IG " + pick(["@kemensosri", "@lapor1708"]) + ".",
              "NIK saya sudah dicek di 3 aplikasi, aman. Sebarkan ke grup keluarga ya 🙏🙏",
              f"(diteruskan dr grup RT {rint(1, 9):02d}/RW {rint(1, 9):02d})")


WAGRUP = ([wagrup_sampah, wagrup_blt, wagrup_iuran, wagrup_forward, wagrup_quote, wagrup_hilang, wagrup_kades,
           wagrup_tetangga, wagrup_kurir, wagrup_ijazah],
          [wagrup_no_1, wagrup_no_2, wagrup_no_3, wagrup_no_4, wagrup_no_5])


# ----------------------------------------------------------------------------------------
# 2. tanggapan -- agency follow-up replies
# ----------------------------------------------------------------------------------------

AGENCY = [("Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil"), ("Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas PUPR"),
          ("Dinas Sosial", "Dinsos"), ("Dinas Kesehatan", "Dinkes"), ("Dinas Lingkungan Hidup", "DLH"),
          ("Dinas Perhubungan", "Dishub"), ("Badan Pendapatan Daerah", "Bapenda"), ("Dinas Pendidikan", "Disdik"),
          ("Inspektorat Daerah", "Inspektorat"), ("Satuan Polisi Pamong Praja", "Satpol PP"),
          ("Dinas Penanaman Modal dan PTSP", "DPMPTSP"), ("Dinas Pemberdayaan Masyarakat dan Desa", "DPMD")]
REGION_GOV = ["Kabupaten Sleman", "Kota Kupang", "Kabupaten Jayapura", "Kota Manado", "Kabupaten Bandung",
              "Kota Palu", "Kabupaten Toraja Utara", "Kota Ambon", "Kabupaten Gowa", "Kota Pontianak",
              "Kabupaten Lombok Timur", "Kota Bukittinggi", "Kabupaten Aceh Besar", "Kota Samarinda",
              "Kabupaten Buleleng", "Kota Semarang", "Kabupaten Deli Serdang", "Kabupaten Sumba Timur"]
DEG_PRE = ["Dr. ", "Ir. ", "Drs. ", "H. ", "Hj. ", "Dr. Ir. ", "dr. ", "", "", ""]
DEG_POST = [", S.Sos.", ", S.H., M.H.", ", S.T., M.T.", ", M.Si.", ", S.E.", ", S.Kom.", ", M.Kes.",
            ", S.STP., M.Si.", ", S.IP.", ", M.AP.", ", S.Pd., M.Pd.", ""]


def official(p):
    """name with titles around it; only the name is PERSON."""
    pre = pick(DEG_PRE)
    if pre in ("H. ",) and p.sex == "P":
        pre = "Hj. "
    if pre == "Hj. " and p.sex == "L":
        pre = "H. "
    return [pre, N(p, pick(["full", "full", "upper"])), pick(DEG_POST)]


def quote_complaint(rep, kind=None):
    kind = kind or pick(["jalan", "dukcapil", "bansos", "air", "pungli"])
    if kind == "jalan":
        return ["\"Jalan depan rumah saya di ", ADDRESS_V("jl", chance(0.5)), " berlubang sejak ", pick(["Januari", "Maret", "bulan puasa"]),
                ", sudah dua pengendara motor jatuh. Hubungi saya di ", phone(rep), ".\""]
    if kind == "dukcapil":
        return ["\"KTP-el saya belum jadi padahal rekam sejak ", incident_date(), ". NIK ", nik(rep), ", lahir ", dob(rep), ".\""]
    if kind == "bansos":
        return ["\"Nama saya ", N(rep, "full"), " dicoret dari penerima PKH tanpa pemberitahuan. No. KK ", kk(rep), ".\""]
    if kind == "air":
        return ["\"Air PDAM mati total di rumah saya (", ADDRESS_V(pick(["perum", "btn", "gg"]), chance(0.4)), "), tagihan tetap jalan.\""]
    return ["\"Petugas ", pick(["parkir", "pasar", "samsat"]), " minta uang ", rupiah(5000, 100000), " tanpa karcis. Saya bisa dihubungi di ",
            email(rep), ".\""]


def sig(p, jab, inst=None):
    return ["\n\n", jab, ",", "\n\n", pick(["ttd", "(ttd)", "TTD", ""]), "\n\n"] + official(p) + ["\n", pick(["NIP ", "NIP. ", "NIP: "]), nip(p)]


TOPIC_AG = {"jalan": ("Dinas PUPR", "Bina Marga", "Tim teknis telah meninjau lokasi pada {d}; perbaikan dijadwalkan pada triwulan berikutnya."),
            "dukcapil": ("Disdukcapil", "Pendaftaran Penduduk", "KTP-el Saudara telah dicetak pada {d} dan dapat diambil di loket 3."),
            "bansos": ("Dinas Sosial", "Perlindungan dan Jaminan Sosial", "Data Saudara telah diverifikasi ulang pada {d} dan diusulkan kembali dalam DTKS."),
            "air": ("Perumda Air Minum", "Pelayanan Pelanggan", "Petugas telah memperbaiki pipa distribusi pada {d}; tagihan bulan berjalan dikoreksi."),
            "pungli": ("Inspektorat Daerah", "Investigasi", "Petugas yang bersangkutan telah dipanggil dan diperiksa pada {d}.")}


def tanggapan_1():
    pl = pick(PLACES)
    rep, kab = mk(pick(pl.regions), pl=pl), mk(pick(pl.regions), born=(1968, 1985))
    kind = pick(sorted(TOPIC_AG))
    ag, bid, act = TOPIC_AG[kind]
    return ["Yth. ", hon(rep, True), " ", N(rep, pick(["full", "full", "upper"])), "\n\n",
            "Terima kasih atas laporan ", pick(["Saudara", "Bapak/Ibu", "Anda"]), " melalui SP4N-LAPOR! nomor ", ticket7(), " sebagai berikut:\n",
            quote_complaint(rep, kind), "\n\n",
            "Menindaklanjuti laporan tersebut, ", ag, " ", pl.gov, " menyampaikan bahwa ", act.format(d=incident_date()),
            sig(kab, ("Kepala Bidang " if ag != "Perumda Air Minum" else "Manajer ") + bid)]


def tanggapan_2():
    kadis, sek, kabid, kasi, rep = grp(5, born=(1966, 1992))
    return ["LEMBAR DISPOSISI\n", "No. Agenda: ", str(rint(100, 999)), "/", pick(["DSP", "SET", "UM"]), "/", str(rint(2025, 2026)),
            "\nPerihal: Pengaduan a.n. ", N(rep, "full"), " (", pick(["pungutan liar", "keterlambatan izin", "pelayanan kasar"]), ")\n\n",
            "Kadis (", N(kadis, "call"), "): Teruskan ke Sekretaris untuk dikoordinasikan.\n",
            "Sekretaris (", hon(sek, True), " ", N(sek, "full"), "): Kepada Kabid ", pick(["Pelayanan", "Perizinan", "Rehabsos"]),
            ", mohon klarifikasi dan lapor dalam 3 hari.\n",
            "Kabid (", N(kabid, "full"), ", NIP ", nip(kabid), "): Kasi ", pick(["Verifikasi", "Pengaduan", "Data"]), " ",
            N(kasi, "full"), " agar menghubungi pelapor di ", phone(rep), ".\n",
            "Kasi: Sudah dihubungi ", incident_date(), ", pelapor menerima penjelasan."]


def tanggapan_3():
    rep = mk()
    b = bpjs()
    return ["Yth. ", hon(rep, True), " ", N(rep, "full"), pick([",", ""]), "\n",
            "Menanggapi laporan mengenai kartu JKN-KIS nomor ", b, " yang berstatus nonaktif, kami sampaikan bahwa status kepesertaan ",
            pick(["telah diaktifkan kembali per ", "sudah dipindahkan ke segmen PBI APBD per "]), incident_date(), ". ",
            "Apabila masih terdapat kendala, silakan menghubungi Care Center 165 atau datang ke kantor cabang terdekat.\n\nSalam,\nBPJS Kesehatan Kantor Cabang ",
            pick(["Kupang", "Manado", "Jayapura", "Ambon", "Palu", "Mataram"])]


def tanggapan_4():
    rep, ter, kab = grp(3, born=(1968, 1990))
    pl = plate(pick(["KB", "DK", "DH", "DN", "DB", "PA", "DE"]), pick(["space", "space", "glued"]), red=True)
    return ["Kepada Yth.\n", hon(rep, True), " ", N(rep, "full"), "\ndi tempat\n\n",
            "Terkait laporan penggunaan kendaraan dinas ", pl, " untuk keperluan pribadi ", pick(["di tempat wisata", "saat hari libur", "untuk mudik"]),
            ", hasil pemeriksaan menyatakan kendaraan tersebut dipegang oleh ", hon(ter, True), " ", N(ter, "full"),
            " (", pick(["Kasubag Umum", "staf Bagian Perlengkapan", "Sekretaris Camat"]), "). Yang bersangkutan telah diberi teguran tertulis sesuai ",
            pick(["PP 94/2021", "Perbup No. 14 Tahun 2024"]), ".",
            sig(kab, "Inspektur Pembantu Wilayah " + pick(ROMAN[:4]))]


def tanggapan_5():
    rep, pet = mk(), mk(born=(1975, 1995))
    ag, sh = pick(AGENCY[:1])
    k = kk(rep)
    return ["Yth. Saudari " if rep.sex == "P" else "Yth. Saudara ", N(rep, pick(["full", "upper"])), "\n",
            "Sehubungan dengan laporan perbaikan data, bersama ini kami informasikan:\n",
            "1. NIK ", nik(rep), " telah dipadankan dan berstatus aktif;\n",
            "2. Kartu Keluarga nomor ", k, " telah diterbitkan ulang pada ", incident_date(), ";\n",
            "3. Dokumen dapat diambil di kantor ", sh, " dengan menunjukkan tanda terima, dilayani oleh petugas ", N(pet, "full"), ".\n",
            "Layanan ini tidak dipungut biaya (", pick(["UU No. 24 Tahun 2013", "Perpres 96/2018"]), ")."]


def tanggapan_6():
    rep, ter = mk(), mk(born=(1980, 1998), sex="L")
    return ["Tanggapan Bidpropam Polda ", pick(["Sulut", "NTT", "Papua", "Maluku", "Sulteng", "Sulsel"]), ":\n",
            "Yth. ", hon(rep, True), " ", N(rep, "call"), ", laporan Saudara mengenai oknum anggota berinisial ",
            "".join(w[0] for w in ter.full.split()[:2]).upper(), " yang meminta uang damai di pos ", pick(["lantas", "penjagaan"]),
            " telah kami terima dan diproses dengan nomor register ", f"LP/{rint(10, 99)}/{pick(ROMAN)}/{pick([2025, 2026])}/Yanduan", ". ",
            "Untuk kelengkapan, mohon Saudara hadir memberikan keterangan. Petugas kami akan menghubungi nomor ", phone(rep), ".",
            "\nHormat kami, ", pick(["Kasubbid Yanduan", "Kaur Yanduan"])]


def tanggapan_7():
    rep, lurah, kasi = grp(3, born=(1968, 1995))
    what, result = pick([(" tidak pernah ada di kantor", "Yang bersangkutan diberi teguran dan jam pelayanan kini diawasi camat."),
                         (" meminta uang untuk surat keterangan domisili", "Pungutan dihentikan dan uang telah dikembalikan kepada pelapor.")])
    return ["Yth. Ibu/Bapak pelapor (", N(rep, "full"), ")\n\n",
            "Laporan: \"", pick(["Lurah", "Pak Lurah" if lurah.sex == "L" else "Bu Lurah"]), " ", N(lurah, "call"), what,
            ". Saya warga ", ADDRESS_V(pick(["gg", "jl", "lr"]), True), ".\"\n\n",
            "Tindak lanjut: Camat telah memanggil Lurah ", N(lurah, "full"), " dan Kasi Pelayanan ", N(kasi, "full"),
            " pada ", incident_date(), ". ", result, "\n",
            "Status laporan: Selesai."]


def tanggapan_8():
    rep, staff = mk(), mk(born=(1985, 1998))
    e = email(staff, dom=pick(["gmail.com", "yahoo.co.id"]))
    ag, berkas, mail = pick([("Dinas Pendidikan Kabupaten Sleman", "pengajuan beasiswa", "pengaduan@disdik.slemankab.go.id"),
                             ("Dinas Sosial Kota Kupang", "permohonan bantuan", "layanan@dinsos.kupangkota.go.id"),
                             ("Dinas Perhubungan Kota Manado", "izin trayek", "humas@dishub.manadokota.go.id")])
    return ["Tindak lanjut dari ", ag, ":\n\n",
            "Yth. ", hon(rep, True), " ", N(rep, "full"), ",\n",
            "mohon maaf atas ketidaknyamanan. Berkas ", berkas,
            " Saudara tertahan karena operator kami ", N(staff, "full"), " memakai e-mail pribadi (", e, ") untuk korespondensi. ",
            "Mulai ", incident_date(), " semua korespondensi hanya melalui alamat resmi ", mail, "."]


def tanggapan_9():
    rep, ka = grp(2, born=(1968, 1984))
    return ["TANGGAPAN ATAS LAPORAN ", ticket16(), "\n",
            "Kepada ", hon(rep, True), " ", N(rep, "upper"), "\n",
            "Laporan Saudara: \"", pick(["Gaji honorer", "Tunjangan guru", "Insentif kader"]), " istri saya " if rep.sex == "L" else " suami saya ",
            N(mk(rep.region, "P" if rep.sex == "L" else "L"), "full"),
            " belum dibayar ", str(rint(3, 7)), " bulan. Transfer ke ", *(lambda b: [b[0], " ", b[1]])(bank()), ".\"\n",
            "Jawaban: Pembayaran telah direalisasikan ", incident_date(), " ke rekening tersebut.", sig(ka, "Plt. Kepala Badan Keuangan Daerah")]


def tanggapan_10():
    rep, kab = grp(2, born=(1968, 1990))
    return ["Re: ", pick(["Pengaduan banjir", "Drainase tersumbat", "Pohon tumbang"]), " ", ticket7(), "\n",
            "> ", pick(["saya ", "sy "]), N(rep, "lower"), ", rumah di ", ADDRESS_V(None, None), " kebanjiran tiap hujan, mohon dibantu\n\n",
            "Terima kasih ", hon(rep), " ", N(rep, "call"), ". Tim UPT Drainase telah membersihkan saluran pada ", incident_date(), ". ",
            "Koordinator lapangan: ", N(kab, "full"), " (", phone(kab), ")."]


def tanggapan_no_1():
    ag, sh = pick(AGENCY)
    return ["Yth. Pelapor (identitas dirahasiakan),\n\n",
            "Terima kasih atas laporan Saudara nomor ", ticket16(), ". Berdasarkan hasil verifikasi, ",
            sh, " ", pick(REGION_GOV), " telah menugaskan tim teknis untuk meninjau lokasi di sepanjang Jl. ", pick(["Ahmad Yani", "Sam Ratulangi", "El Tari", "Pattimura"]),
            " km ", str(rint(2, 30)), " pada ", incident_date(), ". Perbaikan dianggarkan sebesar ", rupiah(50000000, 900000000), " dalam APBD Perubahan.\n\n",
            "Informasi lebih lanjut dapat disampaikan ke ", pick(["pengaduan@lapor.go.id", "ppid@pupr.kupangkota.go.id"]), " atau SMS 1708.\n\n",
            "Hormat kami,\nKepala ", sh, "\n(ttd)"]


def tanggapan_no_2():
    return ["Tindak lanjut: Laporan Saudara telah diteruskan dari Kementerian ke Pemerintah ", pick(REGION_GOV),
            " sesuai ", pick(["Perpres 76/2013", "Permenpan RB No. 62 Tahun 2018"]), ". Disposisi: Bupati → Sekretaris Daerah → Asisten II → Kepala Dinas PUPR. ",
            "Batas waktu tindak lanjut: ", incident_date(), ". Status: Dalam proses."]


def tanggapan_no_3():
    return ["Yth. Bapak/Ibu Pelapor,\n",
            "Menanggapi keluhan terkait antrean layanan KTP-el, mulai ", incident_date(), " Disdukcapil membuka layanan Sabtu pukul 08.00–12.00 ",
            "di Kantor Disdukcapil, Jl. Jenderal Sudirman No. ", str(rint(1, 99)), ". Kuota ", str(rint(100, 300)), " pemohon per hari. ",
            "Pemohon cukup membawa fotokopi KK; pengecekan NIK dapat dilakukan mandiri melalui aplikasi Identitas Kependudukan Digital.\n",
            "Call center: ", inst("(0380) 821" + digits(4)), " / WA resmi ", inst("0811-" + digits(4) + "-1708"), " (Senin–Jumat).\n",
            "Salam, Tim Pengelola Pengaduan"]


def tanggapan_no_4():
    return ["TANGGAPAN INSTANSI\nInstansi: Inspektorat Daerah ", pick(REGION_GOV), "\n",
            "Hasil audit investigatif atas pengelolaan dana desa tahun anggaran ", str(rint(2023, 2025)), ": ditemukan kelebihan bayar ",
            rupiah(20000000, 300000000), " pada kegiatan rabat beton. Kepala Desa dan Bendahara Desa diwajibkan mengembalikan ke kas desa paling lambat ",
            incident_date(), ". Laporan hasil pemeriksaan No. 700/", str(rint(10, 99)), "/LHP-K/ITDA/", str(rint(2025, 2026)),
            " telah disampaikan kepada Bupati."]


def tanggapan_no_5():
    return ["Yth. Pelapor,\nKeluhan Saudara mengenai antrean di RSUD dr. ", pick(["Soedarso", "Zainoel Abidin", "Kanujoso Djatiwibowo"]),
            " telah kami teruskan kepada Direktur RSUD. Mulai bulan depan pendaftaran pasien BPJS dapat dilakukan melalui aplikasi Mobile JKN. ",
            "Pengaduan lanjutan dapat melalui 165 atau akun @bpjskesehatan_ri.\n\nHormat kami,\nSekretariat Dinas Kesehatan"]


TANGGAPAN = ([tanggapan_1, tanggapan_2, tanggapan_3, tanggapan_4, tanggapan_5, tanggapan_6, tanggapan_7, tanggapan_8,
              tanggapan_9, tanggapan_10],
             [tanggapan_no_1, tanggapan_no_2, tanggapan_no_3, tanggapan_no_4, tanggapan_no_5])


# ----------------------------------------------------------------------------------------
# 3. angka -- numbers that are not PII, mixed with a few that are
# ----------------------------------------------------------------------------------------

def nop():
    return f"{pick([32, 33, 35, 73, 71, 53])}.{rint(1, 79):02d}.{rint(10, 190):03d}.{rint(1, 30):03d}.{rint(1, 60):03d}-{rint(1, 9999):04d}.{rint(0, 9)}"


def imei():
    return pick(["35", "86", "35", "49"]) + digits(13)


def nib():
    return pick(["91", "81", "12", "02"]) + digits(11)


def invoice():
    return pick([f"INV/{rint(2025, 2026)}/{rint(1, 12):02d}/{rint(1, 99999):05d}", f"INV-{digits(10)}",
                 f"No. Faktur {rint(10, 99)}{digits(8)}", f"TRX{digits(12)}"])


def resi():
    return pick([f"JP{digits(10)}", f"JNE {pick(['CGK', 'SUB', 'BDO', 'UPG', 'MDC'])}{digits(12)}", f"SPXID0{digits(11)}",
                 f"{pick(['TKP', 'JX'])}{digits(10)}", f"00{digits(10)}"])


def chassis():
    return pick(["MH1", "MH3", "MHK", "MHF", "MHR"]) + "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14))


def engine():
    return pick(["JFZ1E", "E3X3E", "1NR", "K15B", "JM51E"]) + digits(7)


def pln_id():
    return pick(["5", "1", "3", "2"]) + digits(11)


def meter():
    return pick(["14", "45", "56", "32"]) + digits(9)


def pdam():
    return f"{rint(1, 9):02d}.{rint(1, 99):02d}.{digits(5)}"


def shm():
    return pick([f"SHM No. {rint(100, 9999):05d}/{pick(['Sukamaju', 'Oebobo', 'Tikala', 'Kalasan'])}", f"sertifikat No. {rint(1, 99):02d}.{rint(1, 99):02d}.{rint(1, 99):02d}.{rint(1, 99):02d}.1.{rint(1, 9999):05d}",
                 f"SHGB No. {rint(100, 9999)}"])


def sk_no():
    return pick([f"{rint(100, 900)}/{rint(1, 999)}/{pick(['BKPSDM', 'DPMPTSP', 'Kpts', 'DPMD'])}/{pick([2025, 2026])}",
                 f"188.45/{rint(1, 500)}/{pick([2025, 2026])}", f"{rint(800, 899)}/{rint(100, 999)}/BKPSDM/{pick([2025, 2026])}"])


def perkara():
    return pick([f"{rint(1, 999)}/Pdt.G/{pick([2025, 2026])}/PN {pick(['Kpg', 'Mnd', 'Jap', 'Amb', 'Pal', 'Smg'])}",
                 f"{rint(1, 400)}/Pid.Sus/{pick([2025, 2026])}/PN {pick(['Kpg', 'Mnd', 'Jap'])}",
                 f"LP/B/{rint(10, 999)}/{pick(ROMAN)}/{pick([2025, 2026])}/SPKT/POLDA {pick(['NTT', 'SULUT', 'PAPUA', 'MALUKU'])}"])


def angka_pln():
    p = mk()
    return ["Tagihan listrik saya ID pelanggan ", pln_id(), " (nomor meter ", meter(), ") bulan ini ", rupiah(800000, 4000000), ", padahal biasanya ",
            rupiah(150000, 600000), ". Token terakhir dibeli dgn nomor transaksi ", f"{digits(20)}", " tidak masuk. ",
            "Sudah lapor PLN 123 tiket ", f"K{digits(9)}", ". Atas nama ", N(p, "full"), ", HP ", phone(p), "."]


def angka_hp():
    p = mk()
    return ["HP saya hilang di ", pick(["angkot", "pasar", "KRL", "pelabuhan"]), " tgl ", incident_date(), ". IMEI 1: ", imei(), ", IMEI 2: ",
            imei(), ". Surat kehilangan polsek No. ", f"SKTLK/{rint(10, 999)}/{pick(ROMAN)}/{pick([2025, 2026])}", ". ",
            "Nomor yg ada di HP itu ", phone(p), " sudah sy blokir. Pelapor: ", N(p, pick(["full", "upper"]))]


def angka_oss():
    p = mk()
    return ["Permohonan PBG saya nomor ", f"PBG-{digits(6)}-{rint(1, 28):02d}{rint(1, 12):02d}{pick([2025, 2026])}-{rint(1, 99):02d}",
            " sudah ", str(rint(40, 120)), " hari belum selesai. NIB usaha ", nib(), ", KBLI ", pick(["56102", "47111", "10710", "96011"]),
            ", luas bangunan ", str(rint(36, 400)), " m2, SHM No. ", str(rint(100, 9999)), ". Retribusi sudah dibayar ", rupiah(500000, 15000000),
            " (kode billing ", digits(15), "). Kontak: ", N(p, "full"), " / ", phone(p)]


def angka_pbb():
    p = mk()
    return ["PBB rumah saya NOP ", nop(), " naik dari ", rupiah(150000, 900000), " jadi ", rupiah(1000000, 4000000), ". NJOP bumi per m2 ", rupiah(300000, 3000000),
            ". Luas tanah ", str(rint(60, 900)), " m2 (", shm(), "). Wajib pajak: ", N(p, "full"), ", NIK ", nik(p), "."]


def angka_paket():
    p = mk()
    a, t = address(pick(["jl", "perum", "gg"]))
    return ["Paket dgn resi ", resi(), " (", invoice(), ", total ", rupiah(80000, 3000000), ") statusnya 'diterima' ", incident_date(),
            " pukul ", f"{rint(8, 20):02d}.{rint(0, 59):02d}", " padahal tdk ada yg terima. Alamat kirim ", a, t, ". Penerima: ",
            N(p, "full"), ", ", phone(p)]


def angka_motor():
    p = mk()
    return ["Mutasi motor saya di Samsat tertahan. No rangka ", chassis(), ", no mesin ", engine(), ", BPKB No. ",
            pick("LMNPQ") + digits(8), ". Plat lama ", plate(), ". Biaya yg diminta calo ", rupiah(500000, 3000000), " di luar PNBP. Pemilik: ",
            N(p, "full")]


def angka_sengketa():
    p, q = mk(), mk()
    return ["Perkara tanah kami No. ", f"{rint(1, 300)}/Pdt.G/{pick([2023, 2024])}/PN {pick(['Kpg', 'Mnd', 'Jap', 'Amb', 'Pal', 'Smg', 'Mks'])}",
            " sudah inkracht, tapi BPN belum mencoret ", shm(), ". ",
            "Surat Kantah No. ", f"{rint(100, 999)}/{rint(10, 99)}.{rint(10, 99)}-{rint(100, 900)}/{pick(ROMAN)}/{pick([2025, 2026])}", " tgl ", incident_date(), " tidak dijalankan. Kuasa hukum kami ", N(q, "full"),
            ", telp ", landline(), ". Pemohon ", N(p, "full"), "."]


def angka_pdam():
    p = mk()
    return ["No sambungan PDAM ", pdam(), ", rekening air ", str(rint(2, 6)), " bulan (total ", rupiah(300000, 3000000), ") tetap ditagih walau meter ",
            meter(), " rusak sejak ", incident_date(), ". Tiket pengaduan PDAM ", f"ADU-{digits(7)}", ". Mohon kirim jawaban ke ",
            email(p)]


def angka_cpns():
    p = mk(born=(1994, 2002))
    return ["Nomor peserta seleksi PPPK saya ", f"{rint(10, 99)}{digits(13)}", ", nilai SKD ", str(rint(300, 480)), ", ranking ",
            str(rint(1, 9)), " dari ", str(rint(20, 60)), " formasi kode ", f"{digits(6)}", ", tapi tidak lolos. SK pengumuman No. ", sk_no(),
            ". Nama ", N(p, "full"), ", lahir ", dob(p), "."]


def angka_tilang():
    p = mk()
    return ["Tilang ETLE nomor ", f"{pick(['A', 'B'])}{digits(9)}", " dikirim ke saya, padahal kendaraan ", plate(),
            " sudah dijual ", incident_date(), " (kwitansi No. ", str(rint(1, 999)), "). Denda ", rupiah(250000, 500000),
            ", kode BRIVA ", digits(16 + 2), ". Pemilik lama: ", N(p, "full"), "."]


def angka_no_1():
    return ["Tagihan listrik ID pelanggan ", pln_id(), " melonjak jadi ", rupiah(1000000, 6000000), ". Nomor meter ", meter(), ", daya 1300 VA. ",
            "Token ", f"{digits(4)}-{digits(4)}-{digits(4)}-{digits(4)}-{digits(4)}", " gagal masuk. Sudah telp 123 dengan tiket ",
            f"K{digits(9)}", " tgl ", incident_date(), " belum ada respon."]


def angka_no_2():
    return ["Paket COD resi ", resi(), " (", invoice(), ") ditolak tapi saldo dipotong ", rupiah(100000, 5000000), ". Nomor pesanan ", f"{rint(2025, 2026)}{digits(10)}",
            ", refund ID ", f"RF{digits(9)}", ". IMEI HP yang dibeli ", imei(), " ternyata terblokir Kemenperin. Mohon dibantu sesuai ", pick(["UU No. 8 Tahun 1999", "Permendag 31/2023"]), "."]


def angka_no_3():
    return ["Izin usaha kami: NIB ", nib(), ", sertifikat standar No. ", f"{nib()}000{rint(1, 9)}", ", NPWP badan ", npwp_badan(),
            ", PBG No. ", f"SK-PBG-{digits(6)}-{digits(8)}-{rint(1, 99):02d}", ". Tetap didatangi petugas yang minta ", rupiah(1000000, 20000000),
            " 'uang koordinasi'. Laporan polisi ", perkara(), "."]


def angka_no_4():
    return ["PBB NOP ", nop(), " tahun ", str(rint(2024, 2026)), " tertulis luas bangunan ", str(rint(90, 300)), " m2 padahal rumah hanya ",
            str(rint(36, 70)), " m2. ", shm(), ". Sudah ajukan keberatan No. ", sk_no(), " tgl ", incident_date(), ", nomor laporan ",
            ticket16(), ". ", str(rint(30, 120)), " KK di RT 04 mengalami hal sama."]


def angka_no_5():
    return ["Kendaraan dinas dijual lelang dengan no rangka ", chassis(), " no mesin ", engine(), ", harga limit ", rupiah(5000000, 150000000),
            ". Risalah lelang No. ", f"{rint(100, 999)}/{rint(10, 99)}/{pick([2025, 2026])}", ". SPBU ", f"{rint(11, 74)}.{rint(100, 999)}.{rint(1, 99):02d}",
            " masih mengisi BBM subsidi untuk kendaraan tsb. Kwitansi ", invoice(), "."]


ANGKA = ([angka_pln, angka_hp, angka_oss, angka_pbb, angka_paket, angka_motor, angka_sengketa, angka_pdam, angka_cpns, angka_tilang],
         [angka_no_1, angka_no_2, angka_no_3, angka_no_4, angka_no_5])


# ----------------------------------------------------------------------------------------
# 4. timur -- eastern Indonesia
# ----------------------------------------------------------------------------------------

PAPUA_PLACES = [("Kampung Harapan", "Distrik Sentani Timur", "Kab. Jayapura"), ("Kampung Yoka", "Distrik Heram", "Kota Jayapura"),
                ("Kampung Sereh", "Distrik Sentani", "Kab. Jayapura"), ("Kampung Wouma", "Distrik Wamena", "Kab. Jayawijaya"),
                ("Kampung Mokmer", "Distrik Biak Kota", "Kab. Biak Numfor"), ("Kampung Sowi", "Distrik Manokwari Selatan", "Kab. Manokwari")]
PAPUA_STREETS = ["Jl. Raya Sentani", "Jl. Biak", "Jl. Baru Kotaraja", "Jl. Pasar Lama", "Jl. Trikora", "Jl. Irian",
                 "Jl. Youtefa", "Jl. Gerilyawan"]
AMBON_STREETS = ["Jl. Dr. Kayadoe", "Jl. Kapitan Ulupaha", "Jl. Batu Gajah", "Lorong Pela", "Jl. Rijali", "Lr. Air Salobar"]
MANADO_STREETS = ["Jl. Pumorow", "Jl. Sea", "Jl. 17 Agustus", "Jl. Bethesda", "Jl. Wolter Monginsidi", "Jl. Ranotana"]
KUPANG_STREETS = ["Jl. Cak Doko", "Jl. Kejora", "Jl. Sumba", "Jl. Perintis Kemerdekaan", "Jl. Frans Seda", "Jl. Amabi"]


def addr_east(region):
    no = pick(["No. ", "No ", "no. "]) + hno()
    if region == "papua":
        if chance(0.4):
            v = f"BTN {pick(['Puskopad', 'Organda', 'Kamkey', 'Griya Sentani'])} Blok {pick('ABCDEF')} {no}"
        else:
            v = f"{pick(PAPUA_STREETS)} {no}"
        k, d, kab = pick(PAPUA_PLACES)
        return (v, "ADDRESS"), f", {k}, {d}, {kab}"
    if region == "maluku":
        v = f"{pick(AMBON_STREETS)} {no}"
        if chance(0.5):
            v += " " + rtrw(pick(["a", "d"]))
        return (v, "ADDRESS"), f", Kel. {pick(['Kudamati', 'Batu Merah', 'Benteng', 'Waihaong'])}, Kec. {pick(['Sirimau', 'Nusaniwe'])}, Kota Ambon"
    if region == "minahasa":
        v = f"{pick(MANADO_STREETS)} {no}"
        return (v, "ADDRESS"), f", Lingkungan {pick(ROMAN[:5])}, Kel. {pick(['Banjer', 'Tikala', 'Malalayang Satu', 'Ranotana Weru'])}, Manado"
    if region == "ntt":
        v = f"{pick(KUPANG_STREETS)} {no}"
        if chance(0.6):
            v += ", " + rtrw("d")
        return (v, "ADDRESS"), f", Kel. {pick(['Oebobo', 'Oesapa', 'Liliba', 'Naikoten I'])}, Kota Kupang"
    v = f"Jl. {pick(['Poros Rantepao', 'Pongtiku', 'Diponegoro', 'Emmy Saelan', 'Tanjung Manimbaya'])} {no}"
    return (v, "ADDRESS"), f", {pick(['Lembang Tallunglipu', 'Kel. Talise', 'Kel. Lolu Utara', 'Lembang Sa’dan'])}"


def timur_papua_listrik():
    p = mk("papua")
    a, t = addr_east("papua")
    return [pick(["Selamat siang bapa ibu admin. ", "Tabea. ", "Shalom, "]), "Sa pu nama ", N(p, "full"), ", sa tinggal di ", a, t, ". ",
            "Listrik di sini mati terus su ", str(rint(2, 4)), " minggu, dong bilang trafo rusak tapi tra ada yang datang perbaiki. ",
            "Mama-mama tra bisa jual pinang malam. Kalau mo hubungi sa, ", pick(["sa pu HP ", "nomor WA "]), phone(p), ". Terima kasih."]


def timur_papua_dana():
    rep, kk_ = mk("papua", "L"), mk("papua", "L")
    k, d, kab = pick(PAPUA_PLACES)
    return [pick(["Bapa ", "Kaka ", ""]), N(rep, "full"), " dari ", k, ", ", d, ". Dana kampung tahun ini tra sampe ke masyarakat. ",
            "Kepala Kampung ", N(kk_, pick(["full", "call"])), " bawa uang ke ", pick(["Wamena", "Jayapura", "Nabire"]),
            " baru pulang dengan motor baru plat ", plate(pick(["PA", "DS", "PB"])), ". Torang su tanya tapi de bilang 'itu urusan saya'. ",
            "Tolong Inspektorat turun cek. Sa pu nomor ", phone(rep)]


def timur_ambon_ktp():
    p = mk("maluku")
    a, t = addr_east("maluku")
    return ["Beta ", N(p, "full"), ", tinggal di ", a, t, ". Beta su rekam KTP-el dari ", incident_date(),
            " mar sampe sakarang seng jadi. Dong bilang blangko abis. NIK beta ", nik(p),
            ". Beta mau urus BPJS jua seng bisa. Tolong bantu e, danke."]


def timur_manado_jalan():
    p = mk("minahasa")
    a, t = addr_east("minahasa")
    return ["Kita ", N(p, "full"), pick([", ", " "]), "warga ", a, t, ". Torang pe jalan so rusak parah dari taong lalu, ",
            "kalo ujang ",
            "aer maso rumah. Somo lapor lei ke kelurahan mar nyanda ada tindak lanjut. Kita pe nomor ", phone(p), pick([" (WA)", ""]),
            ". Makase banyak."]


def timur_kupang_blt():
    rep, mama, kades = mk("ntt"), mk("ntt", "P", born=(1945, 1960)), mk("ntt", "L")
    return ["Selamat pagi. Beta ", N(rep, "full"), " dari Desa ", pick(["Oelnasi", "Noelbaki", "Baumata", "Tuapukan"]),
            ", Kab. Kupang. Bapa desa ", N(kades, "call"), " sonde kasih BLT ke beta pung mama ", N(mama, "full"),
            " padahal mama su tua, lahir ", dob(mama), ". Dong kasih ke dong pung keluarga sa. ",
            "Kalo mau konfirmasi, telepon beta di ", phone(rep), "."]


def timur_flores_honor():
    p = mk("ntt")
    kind, acc = bank(pick(["BRI", "Bank NTT"]))
    return ["Dengan hormat, saya ", N(p, "full"), ", guru honorer di SDK ", pick(["Ruteng III", "Wangkung", "Nita", "Watuneso"]),
            ", Kab. ", pick(["Manggarai", "Sikka", "Ende", "Ngada"]), ". Honor komite kami belum dibayar ", str(rint(5, 9)), " bulan. ",
            "Kepala sekolah beralasan dana BOS terlambat. Mohon honor ditransfer ke rekening ", kind, " ", acc, " a.n. ", N(p, "upper"), ". ",
            pick(["Terima kasih.", "Tabe.", "Salam."])]


def timur_toraja():
    p = mk("toraja")
    q = mk("toraja", "L")
    return ["Saya ", N(p, "full"), ", warga Lembang ", pick(["Tallunglipu", "Sa'dan Malimbong", "Pangala'", "Nonongan"]), ", Toraja Utara. ",
            "Kami keberatan dengan pungutan ", rupiah(50000, 500000), " per ekor kerbau pada acara rambu solo' keluarga kami. ",
            "Petugas atas nama ", N(q, "full"), " tidak memberikan karcis resmi. ", "Kontak saya: ", phone(p), pick([" / ", ", e-mail "]),
            email(p), "."]


def timur_palu_huntap():
    p = mk("kaili")
    return ["Saya ", N(p, pick(["full", "upper"])), " penyintas gempa dan likuefaksi ", pick(["Petobo", "Balaroa", "Jono Oge"]),
            ". Sampai sekarang belum dapat huntap, padahal data sudah masuk sejak ", str(rint(2019, 2021)), ". ",
            "No. KK ", kk(p), ", NIK ", nik(p), ". Sekarang saya menumpang di ", ADDRESS_V(pick(["jl", "btn", "lr"]), chance(0.5)),
            ", Kel. ", pick(["Talise", "Lolu Utara", "Birobuli"]), ", Kota Palu."]


def timur_biak_beasiswa():
    p = mk("papua", born=(2001, 2006))
    return ["Selamat malam. Ade ", N(p, "full"), ", mahasiswa asal ", pick(["Biak", "Serui", "Nabire", "Sorong"]),
            " yang kuliah di Jayapura. Beasiswa Otsus sa tra cair dari semester lalu, padahal berkas su lengkap. ",
            "Sa pu email ", email(p), " dan WA ", phone(p), ". Tolong bapa ibu bantu e 🙏"]


def timur_jemaat():
    pdt, rep = mk(pick(["papua", "minahasa", "toraja"]), "L"), mk(pick(EAST))
    return ["Kami Majelis Jemaat ", pick(["GKI Efata", "GMIM Bukit Zaitun", "GPM Rehoboth", "GMIT Betel"]),
            " melaporkan bantuan rumah ibadah sebesar ", rupiah(10000000, 200000000), " yang dipotong oknum di kantor ", pick(["Kemenag", "Kesbangpol", "Bagian Kesra"]),
            ".\nKetua Majelis: Pdt. ", N(pdt, "full"), pick([", S.Th.", ", M.Th.", ""]), "\nNarahubung: ", hon(rep), " ", N(rep, "full"), " (", phone(rep), ")"]


def timur_sumba():
    p = mk("ntt", "L")
    while not p.full.startswith("Umbu"):
        p = mk("ntt", "L")
    q = mk("ntt")
    return ["Saya ", N(p, "full"), " dari Kab. Sumba Timur. Tanah ulayat keluarga kami di Kec. ", pick(["Pandawai", "Kahaunga Eti", "Haharu"]),
            " diukur BPN atas nama orang lain, yaitu ", hon(q, True), " ", N(q, "full"), ", tanpa persetujuan kabisu. ",
            "Mohon ditinjau. Hubungi saya ", phone(p)]


def timur_no_1():
    return ["Jalan Trans ", pick(["Wamena–Habema", "Nabire–Enarotali", "Jayapura–Sarmi"]), " di km ", str(rint(12, 90)),
            " rusak parah, mobil tra bisa lewat kalau hujan. Masyarakat Distrik ", pick(["Bokondini", "Kamu", "Bonggo"]),
            " su lapor ke Dinas PUPR tahun lalu tapi tra ada tindakan. Sembako jadi mahal, beras ", rupiah(350000, 800000), " per karung. Tolong perhatikan kami."]


def timur_no_2():
    return ["Air PDAM di Kel. Batu Merah mati su ", str(rint(2, 4)), " minggu. Katong su telpon 112 seng ada jawaban. ",
            "Mama-mama musti beli air ", rupiah(5000, 25000), " satu jeriken. Tolong Pak Wali Kota perhatikan katong di RT 04 dan RT 05."]


def timur_no_3():
    return ["Torang di Lingkungan ", pick(ROMAN[:5]), " Kel. ", pick(["Malalayang Satu", "Bahu", "Tikala Baru"]),
            " so tiga bulan nyanda dapa angkutan sampah. Sampah so ba tumpuk di pinggir Jl. Sam Ratulangi. ",
            "Dinas Lingkungan Hidup bilang truk rusak. Laporan di LAPOR! ", ticket7(), " belum direspon."]


def timur_no_4():
    return ["Yth. Dinas Pendidikan Kab. ", pick(["Manggarai Barat", "Timor Tengah Selatan", "Alor", "Sumba Barat Daya"]), ", ",
            "SD Inpres ", pick(["Oenlasi", "Watu Kalo", "Lamaleka"]), " (NPSN ", f"503{digits(5)}", ") hanya punya 2 guru untuk ", str(rint(90, 180)),
            " murid. Ruang kelas 3 roboh sejak ", incident_date(), ". Kepala Sekolah su kirim surat tapi belum dibalas. ",
            "Mohon sesuai ", pick(["UU No. 20 Tahun 2003", "Permendikbud No. 24 Tahun 2007", "PP 57/2021"]), " sekolah kami diperhatikan."]


def timur_no_5():
    return ["Jalan poros Rantepao–Palopo km ", str(rint(8, 30)), " longsor lagi, hanya bisa dilewati motor. ",
            "Jemaat Gereja Toraja Klasis ", pick(["Sa'dan", "Rindingallo", "Buntao'"]), " tidak bisa ke gereja hari Minggu. ",
            "BPBD sudah survei ", incident_date(), " tetapi alat berat belum datang. Info hub Pusdalops (0423) ", inst(digits(5)), "."]


TIMUR = ([timur_papua_listrik, timur_papua_dana, timur_ambon_ktp, timur_manado_jalan, timur_kupang_blt, timur_flores_honor,
          timur_toraja, timur_palu_huntap, timur_biak_beasiswa, timur_jemaat, timur_sumba],
         [timur_no_1, timur_no_2, timur_no_3, timur_no_4, timur_no_5])


# ----------------------------------------------------------------------------------------
# 5. nama -- names in hard forms
# ----------------------------------------------------------------------------------------

def nama_tionghoa():
    p = mk("chinese", "L")
    while p.alt is None:
        p = mk("chinese", "L")
    q = Person(pick(CHINESE_ID_F), "", "P", p.prov, "chinese", born=(1970, 1990))
    return ["Ayah saya ", N(p, "full"), " (", N(p, "alt"), ") ", "meninggal tahun lalu. Akta kematian tidak bisa terbit karena di KK namanya tertulis ",
            N(p, "alt"), " sedangkan di KTP ", N(p, "upper"), ". Petugas Dukcapil minta surat ganti nama tahun 1966 yang sudah hilang. ",
            "Saya anaknya, ", N(q, "full"), ", HP ", phone(q), "."]


def nama_arab():
    p, q = mk("arab", "P"), mk("arab", "L")
    while "bin" not in q.full:
        q = mk("arab", "L")
    return ["Saya ", N(p, "full"), ". Suami saya ", N(q, "full"), " ditahan di ", pick(["Jeddah", "Riyadh", "Doha"]),
            " dan KBRI belum memberi kabar. Paspor suami ", passport(), ". Mohon bantuan. Alamat kami ", ADDRESS_V(pick(["jl", "gg"]), True),
            ", ", pick(["Kel. Ampel, Surabaya", "Kel. Pekojan, Jakarta Barat", "Kel. Kauman, Pekalongan"]), "."]


def nama_gelar():
    a = mk(born=(1965, 1980))
    b = mk(a.region, pick("LP"), born=(1985, 1996))
    pa = pick(["Dr. Ir. H. ", "Prof. Dr. ", "Ir. ", "Drs. H. ", "H. "]) if a.sex == "L" else pick(["Dr. Hj. ", "Prof. Dr. ", "Hj. ", "Dra. "])
    unit, deg_a, job, deg_b = pick([("Puskesmas", [", M.Kes.", ", MPH"], "bidan", [", A.Md.Keb.", ", S.Tr.Keb."]),
                                    ("Puskesmas", [", M.Kes.", ", M.M."], "perawat", [", S.Kep., Ns.", ", A.Md.Kep."]),
                                    ("Sekolah", [", M.Pd.", ", S.Pd., M.Pd."], "guru", [", S.Pd.", ", S.Pd.I"]),
                                    ("Balai Latihan Kerja", [", M.Si.", ", S.E., M.Ak.", ", M.M."], "staf", [", S.Kom.", ", A.Md."])])
    if job == "bidan" and b.sex == "L":
        b = mk(a.region, "P", born=(1985, 1996))
    return ["Kepala ", unit, " kami, ", pa, N(a, "full"), pick(deg_a),
            ", memberhentikan ", job, " honorer ", N(b, "full"), pick(deg_b),
            " tanpa alasan tertulis. Padahal ", hon(b), " ", N(b, "call"), " sudah mengabdi ", str(rint(5, 14)), " tahun. Mohon ditinjau."]


def nama_agama():
    u, pd, rep = mk(pick(["jawa", "sunda", "madura", "aceh", "arab"]), "L"), mk(pick(["papua", "batak", "minahasa", "toraja"]), "L"), mk()
    return ["Izin pembangunan rumah ibadah di lingkungan kami dihambat. Ketua FKUB kecamatan, Ustadz ", N(u, pick(["full", "call"])),
            ", dan Pdt. ", N(pd, "full"), pick([", S.Th.", ", M.Th.", ""]), " sudah tanda tangan rekomendasi, tetapi kelurahan menolak. ",
            "Pelapor: ", N(rep, "full"), ", ", phone(rep), "."]


def nama_alias():
    p = mk(pick(["batak", "jawa", "betawi", "sunda", "melayu"]), "L")
    nick = pick(["Ucok", "Gondrong", "Bule", "Kribo", "Item", "Codet", "Jabrik", "Bogel"])
    als = pick(["alias", "als.", "als", "alias"])
    q = mk()
    return ["Preman pasar bernama ", N(p, pick(["full", "upper"])), " ", als, " ", (nick, "PERSON"),
            " memungut uang keamanan ", rupiah(5000, 30000), " per lapak setiap hari. Pedagang takut melapor. Kalau ditanya, \"",
            (nick, "PERSON"), "\" bilang dia orangnya ", pick(["oknum aparat", "pejabat kelurahan"]), ". ",
            "Yang bisa dihubungi: ", N(q, "full"), " (pedagang sayur), ", phone(q), "."]


def nama_tunggal():
    a = mk("jawa", pick("LP"), born=(1945, 1965))
    while " " in a.full:
        a = mk("jawa", a.sex, born=(1945, 1965))
    b = mk("jawa", born=(1980, 1998))
    return ["Nenek" if a.sex == "P" else "Kakek", " kami ", pick(["bernama", "atas nama"]), " ", N(a, "full"), " (usia ", str(a.age()), " tahun) ",
            "tidak bisa cairkan bansos karena nama di KTP hanya satu kata dan sistem bank minta dua kata. Akhirnya di buku tabungan ditulis ",
            (a.full + " " + a.full, "PERSON"), ". ", "NIK ", nik(a), ". Yang mengurus: cucunya ", N(b, "full"), "."]


WORD_NAMES_F = ["Bunga", "Embun", "Mawar", "Indah", "Kasih", "Murni", "Cahaya", "Rejeki"]
WORD_NAMES_M = {"Sabar": "saya cuma disuruh sabar", "Untung": "untung-untungan kalau berkas selesai bulan depan",
                "Bagus": "bagus kalau bisa selesai bulan depan", "Selamat": "selamat mencoba lagi minggu depan",
                "Sehat": "yang penting sehat dulu, berkas belakangan", "Waras": "orang waras pasti mau antre"}


def nama_kata():
    f = pick(WORD_NAMES_F)
    m = pick(sorted(WORD_NAMES_M))
    return [pick(["Petugas loket bilang \"harap sabar\" terus. ", "Sudah sebulan urus akta, jawabannya selalu sama. "]),
            "Saya ", (f, "PERSON"), pick([" ", ", "]), "sudah ", str(rint(3, 6)), " kali datang ke Disdukcapil untuk akta kelahiran anak. ",
            "Yang melayani Pak ", (m, "PERSON"), ", katanya ", WORD_NAMES_M[m], ". ",
            pick(["Bunga bank pinjaman saya jalan terus", "Indah sekali pelayanannya", "Murni karena sistem, katanya"]), ". ",
            "Nomor saya ", phone(), ". Terima kasih."]


def nama_inisial():
    p = mk(pick(["jawa", "sunda", "melayu", "bugis"]), "L")
    first = pick(["M.", "Moh.", "A.", "R.", "Ach.", "Muh."])
    full = f"{first} {pick(['Rizky Pratama', 'Rahman', 'Fauzan Hakim', 'Arif Setiawan', 'Ilham Saputra', 'Yusuf Effendi'])}"
    return ["Anak saya ", (full, "PERSON"), " dibully kakak kelas di ", pick(["SMPN 3", "MTsN 1", "SMKN 2"]), ". Pelakunya berinisial ",
            pick(["AS", "RH", "DN", "FK"]), " dan ", pick(["MT", "YP", "BS"]), " (nama lengkap tidak saya tulis karena masih anak-anak). ",
            "Wali kelasnya ", hon(p, True), " ", N(p, "full"), " tidak menanggapi. Saya ", N(mk(sex="P"), "full"), "."]


def nama_prefiks():
    ppl = [mk("bali"), mk("bugis"), mk("buton"), mk("aceh"), mk("batak", "P"), mk("sasak")]
    ps = sample(ppl, 3)
    return ["Daftar penerima bantuan alat tangkap yang dicoret tanpa alasan: ", N(ps[0], "full"), "; ", N(ps[1], "full"), "; ",
            N(ps[2], "full"), ". Semuanya nelayan aktif dan punya kartu KUSUKA. Mohon dikembalikan."]


def nama_haji():
    p = mk(pick(["banjar", "bugis", "madura", "betawi", "minang"]), "L")
    q = mk("bugis", "P")
    return ["Travel umrah milik H. ", N(p, "full"), " menahan paspor jamaah. Ibu saya Hj. ", (("St. " + q.call) if chance(0.6) else q.full, "PERSON"),
            " sudah bayar ", rupiah(25000000, 45000000), " sejak ", incident_date(), ". Paspor ibu nomor ", passport(), ". Kantornya di ",
            ADDRESS_V("jl", False), ", ", pick(["Makassar", "Banjarmasin", "Sumenep", "Padang"]), "."]


def nama_kapital():
    p, q = mk(), mk()
    return ["KEPADA YTH. BUPATI. SAYA ", N(p, "upper"), " MELAPORKAN SDR. ", N(q, "upper"),
            " YANG MENGAKU-NGAKU WARTAWAN DAN MEMERAS KEPALA SEKOLAH. NO HP DIA ", phone(q), ". ", "terima kasih, ", N(p, "lower")]


def nama_petik():
    p = mk(pick(["jawa", "sunda", "betawi", "chinese", "batak"]))
    nick = pick(["Ucil", "Bule", "Cimot", "Ndut", "Embul", "Kriting"])
    return ["Yang menagih utang pinjol ke tetangga saya adalah ", N(p, "full"), " yang biasa dipanggil \"", (nick, "PERSON"),
            "\". Dia datang tiap malam sambil teriak-teriak. Rumahnya di ", ADDRESS_V(pick(["gg", "perum", "jl"]), chance(0.5)),
            ". Mohon ditindak aparat."]


def nama_apostrof():
    p = mk("toraja")
    while "'" not in p.full:
        p = mk("toraja")
    q = mk(pick(["betawi", "madura"]))
    while "'" not in q.full:
        q = mk(pick(["betawi", "madura"]))
    return ["Nama saya di ijazah ", N(p, "full"), " (dengan tanda petik), tetapi di Dapodik tertulis ", (p.full.replace("'", ""), "PERSON"),
            " sehingga pencairan PIP ditolak. Hal yang sama dialami teman saya ", N(q, "full"), ". Mohon sistem diperbaiki."]


def nama_no_1():
    return ["Lampu jalan di sepanjang Jl. Teuku Umar sampai simpang RSUD dr. Zainoel Abidin mati sejak ", incident_date(),
            ". Di depan Masjid Al-Ikhlas dan SMA Negeri 1 gelap total. Sudah lapor ke Pak Lurah dan Bu Camat, katanya menunggu anggaran. ",
            "Mohon Dinas Perkim segera memperbaiki."]


def nama_no_2():
    return ["Oknum berinisial AS di kantor kelurahan meminta ", rupiah(50000, 300000), " untuk surat pengantar SKCK. Saat ditanya, Sekretaris Lurah bilang ",
            "\"harap sabar, bagus kalau selesai minggu ini\". Jam pelayanan tertulis 08.00–15.00 tapi loket tutup pukul 12.00. ",
            "Mohon Ombudsman memperhatikan."]


def nama_no_3():
    return ["Bandara Sultan Hasanuddin: antrean imigrasi kedatangan internasional lebih dari 2 jam pada ", incident_date(),
            ". Konter Kantor Imigrasi Kelas I hanya buka 3 dari 10. Petugas menyarankan menghubungi @ditjen_imigrasi. Mohon ditambah petugas."]


def nama_no_4():
    return ["Di Jl. Jenderal Sudirman depan Toko Bunga Melati sering terjadi kecelakaan karena marka jalan hilang. ",
            "Warga RT 04 sudah minta Kepala Dinas Perhubungan memasang lampu APILL. Jalan menuju RS Bhayangkara dan Universitas Sam Ratulangi ikut macet."]


def nama_no_5():
    return ["Pendaftaran Beasiswa Indonesia Maju lewat portal Puspresnas selalu gagal. Kepala sekolah dan wali kelas sudah membantu, ",
            "namun sistem menolak NISN siswa kelahiran tahun ", str(rint(2008, 2010)), ". Sesuai ", pick(["juknis Puspresnas 2025", "Permendikbud No. 10 Tahun 2020"]), " seharusnya ",
            "pendaftaran dibuka sampai ", incident_date(), ". Kontak resmi hanya ", pick(["beasiswa@kemdikbud.go.id", "info@puspresnas.id"]), "."]


NAMA = ([nama_tionghoa, nama_arab, nama_gelar, nama_agama, nama_alias, nama_tunggal, nama_kata, nama_inisial, nama_prefiks,
         nama_haji, nama_kapital, nama_petik, nama_apostrof],
        [nama_no_1, nama_no_2, nama_no_3, nama_no_4, nama_no_5])


# ----------------------------------------------------------------------------------------
# 6. komentar -- public comments under posts
# ----------------------------------------------------------------------------------------

INST_ACC = ["@lapor1708", "@pln_123", "@humaspemkot_kupang", "@dishub.manado", "@polres_jayapura", "@dukcapil.slemankab",
            "@pupr_provsulteng", "@bpjskesehatan_ri", "@pemkab_toraja_utara", "@satpolpp.ambon"]
EMO = ["😡", "🙏", "😂", "🤣", "😭", "👍", "🔥", "💯", "🤦‍♀️", "🙄", "😤", "❤️", "👏", "🥲", "😅"]
AGO = ["1 j", "2 j", "5 j", "1 hr", "3 hr", "1 mgg", "2m", "14m", "3 jam", "kemarin"]

def ig_head(p):
    return [handle(p), " · ", pick(AGO), "\n"]


def fb_head(p):
    return [N(p, pick(["full", "full", "call"])), pick(["\n", " · ", "\n"])]


def tw_head(p):
    return [N(p, "full"), " ", handle(p), " · ", pick(AGO), "\n"]


def komentar_dox_hp():
    a, b, c = mk(), mk(), mk()
    acc = pick(["@dishub.manado", "@humaspemkot_kupang", "@satpolpp.ambon"])
    return ["Postingan ", acc, ": \"Pemkot tertibkan parkir liar di kawasan pasar\"\n\n",
            ig_head(a), "Tukang parkir yang minta ", rupiah(5000, 20000), " itu namanya ", N(b, "call"), ", ini nomornya ", phone(b), " ", pick(EMO), " ",
            pick(["#PungliJanganDibiarkan", "#ViralDuluBaruDitindak", "#UsutTuntas"]),
            "\n  ↳ ", handle(c), " waduh jangan sebar nomor orang bro", pick(EMO),
            "\n  ↳ ", acc, " Terima kasih infonya, mohon laporkan lewat DM ya 🙏"]


def komentar_dox_alamat():
    a, b = mk(), mk()
    return [fb_head(a), "Ini rumah ", pick(["rentenir", "pemilik tambang ilegal", "kades yang korupsi"]), " itu, ", ADDRESS_V(None, chance(0.5)),
            ", samping warung. Namanya ", N(b, "full"), " ", pick(EMO), pick(EMO), "\nSuka · Balas · ", pick(AGO), "\n\n",
            fb_head(mk()), "Nah gini dong diviralin ", pick(["#ViralDuluBaruDitindak", "#UsutTuntas", "#SaveWargaKecil", "#LaporPakBupati", "#PungliJanganDibiarkan"]), "\nSuka · Balas · ", pick(AGO)]


def komentar_thread():
    a, b, c = mk(), mk(), mk()
    ha, hb = handle(a), handle(b)
    return [ha, " ", pick(["Sdh 3x lapor jalan rusak di kampung sy gk ada respon", "Kapan air bersih masuk dusun kami"]), " ", pick(EMO), "\n",
            "  ↳ ", hb, " ", ha, " sama kak, di tempat sy juga ", pick(EMO), "\n",
            "    ↳ ", handle(c), " ", hb, " coba tag ", pick(["@pupr_provsulteng", "@lapor1708", "@pemkab_toraja_utara"]), " biar dibaca\n",
            "      ↳ ", ha, " udh kak, blm dibalas ", pick(EMO)]


def komentar_yt():
    a, b = mk(), mk()
    e = email(b)
    return ["Komentar di video \"", pick(["Sidak Wali Kota ke Puskesmas", "Banjir Rob Kota Pesisir", "Antrean BBM Solar"]), "\":\n",
            handle(a), " ", pick(["3 hari yang lalu", "1 minggu yang lalu"]), "\n",
            "Saya korban arisan bodong yg dikelola ", hon(b), " ", N(b, "full"), ", emailnya ", e, ". Total kerugian warga ", rupiah(20000000, 400000000), " ", pick(EMO),
            "\n👍 ", str(rint(2, 900)), "  👎  Balas"]


def komentar_twitter():
    a, b = mk(), mk()
    return [tw_head(a), pick(["@lapor1708", "@satpolpp.ambon", "@dishub.manado"]), " min, mobil dinas plat merah ", plate(red=True, style=pick(["space", "glued"])),
            " parkir di trotoar tiap hari depan kantor. Yg bawa katanya ", hon(b, True), " ", N(b, pick(["full", "call"])), " ", pick(EMO), " ", pick(["#ViralDuluBaruDitindak", "#UsutTuntas", "#SaveWargaKecil", "#LaporPakBupati", "#PungliJanganDibiarkan"])]


def komentar_tiktok():
    a, b = mk(born=(1998, 2007)), mk()
    return ["[komentar TikTok]\n", N(a, "full"), "\n", pick(["sumpah ini pegawai kelurahan", "ini guru honorer yg dipecat itu kan"]),
            " 😭 namanya ", N(b, "full"), " ig nya ", handle(b), "\n", str(rint(3, 99)), " rb suka · Balas\n",
            "Lihat ", str(rint(2, 40)), " balasan"]


def komentar_rekening():
    a, b = mk(), mk()
    kind, acc = bank()
    return [fb_head(a), "AWAS PENIPUAN!! Yg ngaku panitia penerimaan ", pick(["PPPK", "Bintara", "perangkat desa"]), " minta transfer ke ",
            kind, " ", acc, " a.n. ", N(b, pick(["upper", "full"])), ". Sy udh rugi ", rupiah(500000, 20000000), " ", pick(EMO), "\n",
            "Suka · Balas · ", pick(AGO), "\n   ", pick(["@polres_jayapura", "@lapor1708"]), " Terima kasih, sudah diteruskan ke Cyber Crime."]


def komentar_anak():
    a, b = mk(), mk(born=(2010, 2016))
    return [ig_head(a), "Anak sy ", N(b, "call"), " gk dpt kuota zonasi padahal rumah cuma 300 m dr sekolah, di ", ADDRESS_V(pick(["gg", "jl", "perum"]), True),
            " ", pick(EMO), " ", pick(["#ViralDuluBaruDitindak", "#UsutTuntas", "#SaveWargaKecil", "#LaporPakBupati", "#PungliJanganDibiarkan"]), "\n", str(rint(1, 90)), " suka  Balas"]


def komentar_bpjs():
    a = mk()
    return [handle(a), " ", pick(EMO), " ", "BPJS sy ", bpjs(), " nonaktif pas mau operasi. Admin tolong cek dong #BPJSribet\n",
            "  ↳ ", "@bpjskesehatan_ri", " Halo Kak, mohon kirim data melalui DM ya, jangan di kolom komentar 🙏"]


def komentar_no_1():
    return ["Postingan @humaspemkot_kupang: \"Perbaikan Jl. El Tari dimulai ", incident_date(), "\"\n\n",
            "Komentar warga (nama akun sengaja tidak saya cantumkan):\n",
            "1) akhirnyaaa 😭🙏 #JalanRusak\n2) km ", str(rint(3, 12)), " juga min, lubangnya kayak kolam 😂\n",
            "3) semoga gk cuma tambal sulam #JalanRusak\n4) ", pick(INST_ACC), " tolong dipantau ya"]


def komentar_no_2():
    return ["@pln_123 · ", pick(AGO), "\nInfo pemadaman bergilir wilayah ", pick(["Manado", "Ambon", "Sorong", "Palu"]),
            " tanggal ", incident_date(), " pukul 08.00–16.00 WITA. Pengaduan hubungi 123 atau aplikasi PLN Mobile.\n",
            "  ↳ Balasan (", str(rint(10, 300)), ") – sebagian besar berisi emoji 😡😡😡 dan tagar #PLNmatiLagi"]


def komentar_no_3():
    return ["Kolom komentar berita \"Bansos Rp600 ribu cair minggu depan\":\n",
            "\"NIK saya sudah dicek di 3 aplikasi tapi tetap tidak terdaftar 😭\"\n",
            "\"sama, ", str(rint(200, 900)), " KK di desa kami juga belum\"\n",
            "\"lapor ke @lapor1708 atau SMS 1708 aja\" 👍 ", str(rint(2, 80))]


def komentar_no_4():
    return ["🔥🔥 #JalanRusak #LaporPakBupati\nJalan di depan SMPN ", str(rint(1, 9)), " sudah ", str(rint(2, 5)),
            " tahun rusak. Pak Bupati kapan turun? Kami tag @pupr_provsulteng dan @lapor1708 🙏 ", pick(EMO)]


def komentar_no_5():
    return ["Netizen nanya: biaya buat SIM C berapa sih? Katanya resmi ", rupiah(100000, 150000), " sesuai PP 76/2020 tapi di lapangan diminta ", rupiah(400000, 1000000),
            " 🙄\n  ↳ ", "@polres_jayapura", " Silakan laporkan ke Propam 110 atau Dumas Presisi. Biaya resmi sesuai PNBP, di luar itu pungli."]


KOMENTAR = ([komentar_dox_hp, komentar_dox_alamat, komentar_thread, komentar_yt, komentar_twitter, komentar_tiktok, komentar_rekening,
             komentar_anak, komentar_bpjs],
            [komentar_no_1, komentar_no_2, komentar_no_3, komentar_no_4, komentar_no_5])


# ----------------------------------------------------------------------------------------
# 7. english -- English or mixed complaints
# ----------------------------------------------------------------------------------------

def en_expat_landlord():
    p, q = mk("expat"), mk(pick(["bali", "bali", "jawa", "betawi"]), "L")
    a, t = address(pick(["jl", "gg", "perum"]), False, pl=place_for(q.region))
    ph, nat = EXPAT_CC[p.full]
    return ["Hi, my name is ", N(p, "full"), " (", nat, " passport ", passport(pick("EMN")), "). ",
            "I rented a villa at ", a, t, " from ", pick(["Mr. ", "Pak ", "Bapak "]), N(q, "full"), ". He refuses to return my deposit of ",
            pick(["IDR 15,000,000", "Rp 20.000.000", "IDR 12.5 million"]), " and now blocks my calls. His WhatsApp is ", phone(q, pick(["p62dash", "p62plain", "plain"])),
            ". Please advise. You can reach me at ", foreign_phone(ph), " or ", email(p), "."]


def en_student_abroad():
    p = mk(pick(["jawa", "sunda", "minang", "batak", "bugis"]), born=(1998, 2004))
    city, ph = pick([("Melbourne", "au"), ("Leiden", "nl"), ("Manchester", "uk"), ("Osaka", "jp"), ("Kuala Lumpur", "my")])
    return ["Dear LAPOR! team, I am ", N(p, "full"), ", an Indonesian student in ", city,
            ". My passport ", passport(pick("CX")), " expires next month and the KJRI online queue keeps failing with 'NIK tidak valid'. My NIK is ",
            nik(p), ". Please help, I can be contacted at ", foreign_phone(ph), " (WhatsApp) or ", email(p), ". Thank you."]


def en_taxi():
    p, d = mk("expat"), mk(pick(["bali", "sasak", "jawa"]), "L")
    return ["Complaint: the driver of a taxi with plate ", plate(pick(["DK", "DR", "B"])), " took us from the airport and demanded ",
            pick(["IDR 750,000", "Rp 900.000"]), " instead of the meter price. His ID card said ", N(d, "full"), ". ",
            "I am ", N(p, "full"), ", staying in Seminyak, phone ", foreign_phone(EXPAT_CC[p.full][0]), ". The incident was on ", incident_date(), "."]


def en_mixed_nik():
    p = mk()
    return ["Tolong ya min, I already submitted my KTP update twice tapi NIK saya ", nik(p, typo=chance(0.3)), " masih 'invalid' di aplikasi. ",
            "Birth date ", pick(["on my KTP", "in my record"]), " should be ", dob(p, pick(["en", "dash", "slash"])),
            ", not 01-01-", str(p.dob[2]), ". Kindly reply to ", email(p), ". Thanks!"]


def en_wife():
    h, w = mk("expat", "L"), mk(pick(["jawa", "sunda", "minahasa", "bali", "ntt"]), "P", born=(1985, 1998))
    k = kk(w)
    return ["To whom it may concern,\n\nMy wife ", N(w, "full"), " (born ", dob(w, pick(["en", "us", "long"])), ") and I registered our marriage, ",
            "but our Kartu Keluarga no. ", k, " lists me as 'anak' instead of 'suami'. I am ", N(h, "full"), ", passport ", passport(pick("NEK")),
            ". The Disdukcapil counter told us to 'come back next month' three times. Could someone please look into this?\n\nRegards,\n", N(h, "call")]


def en_indian_student():
    p = mk("expat")
    while p.full not in ("Rohan Mehta", "Arjun Nair", "Priya Raghavan", "Anika Sharma"):
        p = mk("expat")
    q = mk(born=(1970, 1985))
    return ["Respected Sir/Madam, I am ", N(p, "full"), ", a postgraduate student from India (passport ", passport(pick("JKLMNPRTZ")), "). ",
            "My lecturer ", pick(["Dr. ", "Pak " if q.sex == "L" else "Bu "]), N(q, "full"), " has not signed my thesis approval for ", str(rint(4, 9)), " months ",
            "and asked me to pay for 'lab fees' to a personal account. My Indian number is ", foreign_phone("in"), " and local ", phone(None), "."]


def en_imigrasi():
    p, o = mk("expat"), mk(born=(1980, 1995), sex="L")
    return [N(p, "full"), " here, ", pick(["a retiree", "a digital nomad", "a volunteer teacher"]), " in ", pick(["Ubud", "Labuan Bajo", "Yogyakarta", "Lombok"]),
            ". At the immigration office an officer who introduced himself as ", pick(["Mr. ", "Pak ", ""]), N(o, "call"),
            " asked for ", pick(["IDR 5,000,000", "five million rupiah"]), " as 'fast track' for my KITAS extension. Receipt was never given. ",
            "Contact: ", email(p)]


def en_diaspora_pension():
    p = mk(pick(["jawa", "minang", "batak", "chinese", "maluku"]), born=(1975, 1990))
    f = mk(p.region, "L", born=(1940, 1955))
    kind, acc = bank(pick(["BRI", "BNI", "Mandiri", "BTN"]))
    country, ph = pick([("the Netherlands", "nl"), ("Australia", "au"), ("the US", "us"), ("Japan", "jp")])
    return ["Hello, I live in ", country, " and handle the pension of my late father, ",
            N(f, "full"), " (NIP ", nip(f), "). Taspen stopped payments to his ", kind, " account ", acc,
            " before the death certificate was even issued. I am ", N(p, "full"), ", ", foreign_phone(ph), "."]


def en_volunteer():
    p, q = mk("expat", "P"), mk(pick(["papua", "ntt", "maluku"]), born=(2008, 2014))
    return ["Hi, I volunteer at a reading house in ", pick(["Sentani", "Kupang", "Tual"]), ". One of our kids, ", N(q, "full"),
            ", was refused at the puskesmas because 'no BPJS'. ", "His" if q.sex == "L" else "Her", " card is actually ", bpjs(), ". Please check. ", N(p, "call"), " (", email(p), ")"]


def en_no_1():
    return ["Complaint about the visa on arrival counter at Ngurah Rai airport on ", incident_date(), ": the card machine was down and officers asked for cash only (IDR 500,000). ",
            "No receipt was given. The queue took 2.5 hours. Please improve this, it is the first impression of Indonesia."]


def en_no_2():
    return ["Jl. Raya Canggu near km ", str(rint(2, 9)), " has had a broken drain for three weeks, the road floods every afternoon. ",
            "We reported it to the banjar and the Dinas PUPR hotline (", inst("0361-" + digits(6)), ") but nothing happened. Ticket ", ticket7(), "."]


def en_no_3():
    return ["Hi admin, is the new rule on tourist levy (", pick(["Perda Bali No. 6 Tahun 2023", "PP 5/2021"]), ") IDR 150,000 per person? ",
            "The payment website love.bali.go.id keeps rejecting foreign cards. Email to info@lovebali.baliprov.go.id bounced. Thanks."]


def en_no_4():
    return ["I want to report that the ferry from Labuan Bajo to Sape on ", incident_date(), " carried about ", str(rint(300, 600)),
            " passengers although the capacity is ", str(rint(150, 250)), ". No life jackets for children. The harbour master office did nothing. ",
            "Reference: ASDP ticket ", f"LBJ{digits(8)}", "."]


def en_no_5():
    return ["Dear Ombudsman, we are a group of international students at a state university in Makassar. The rector's decree ",
            f"{rint(100, 999)}/UN{rint(10, 60)}/KU/{pick([2025, 2026])}", " raised the dormitory fee to Rp 2.500.000 per semester on ", incident_date(), " without consultation. ",
            "We contacted the international office (io@univ.ac.id) and the student affairs hotline 1500-400 with no reply."]


ENGLISH = ([en_expat_landlord, en_student_abroad, en_taxi, en_mixed_nik, en_wife, en_indian_student, en_imigrasi, en_diaspora_pension,
            en_volunteer],
           [en_no_1, en_no_2, en_no_3, en_no_4, en_no_5])


# ----------------------------------------------------------------------------------------
# 8. tabel -- pasted spreadsheet rows
# ----------------------------------------------------------------------------------------

def table(rows, sep, header=None, quote=False, pipe_edges=False):
    """rows: list of lists of cells; a cell is '' / str / tuple / list of pieces."""
    out = []

    def cell(c):
        if quote and c not in ("", None):
            return ['"', c, '"']
        return c

    lines = ([header] if header else []) + rows
    for i, r in enumerate(lines):
        if i:
            out.append("\n")
        if pipe_edges:
            out.append("| ")
        for j, c in enumerate(r):
            if j:
                out.append(sep)
            out.append(cell(c) if i or not header else (('"' + c + '"') if quote else c))
        if pipe_edges:
            out.append(" |")
    return out


def tsep():
    return pick([("\t", False, False), (",", True, False), (";", False, False), (" | ", False, True), ("|", False, False)])


def xl(v):
    """spreadsheet users often force text with a leading apostrophe -- it is outside the span."""
    return ["'", v] if chance(0.25) else [v]


def tabel_blt():
    sep, q, pe = tsep()
    pl = pick([p for p in PLACES if p.unit != "Kel."])
    ppl = people(rint(3, 5), pl.regions, pl=pl)
    rows = []
    for i, p in enumerate(ppl, 1):
        rows.append([str(i), N(p, pick(["upper", "full"])), xl(nik(p, "plain")), xl(kk(p, "plain")) if chance(0.7) else "",
                     ADDRESS_V(None, True, pl) if chance(0.8) else "", pick(["dicoret", "tdk cair", "ganda", ""])])
    hdr = [pick(["No", "NO"]), "Nama", "NIK", pick(["No KK", "No. KK", "KK"]), "Alamat", "Ket"] if chance(0.75) else None
    return [pick(["Berikut data warga yang dicoret dari penerima BLT DD tanpa musyawarah desa:", "Data penerima BLT yg namanya hilang (copas dari excel desa):",
                  "Mohon dicek, ini data dari operator desa:"]), "\n", table(rows, sep, hdr, q, pe), "\n",
            pick(["Mohon diverifikasi ulang.", "Tolong ditindaklanjuti, mereka semua layak.", ""])]


def tabel_lansia():
    sep, q, pe = tsep()
    pl = pick(PLACES)
    ppl = people(rint(3, 4), pl.regions, born=(1938, 1955), pl=pl)
    rows = []
    for p in ppl:
        rows.append([N(p, "full"), dob(p, pick(["dash", "slash", "iso", "dot"])), xl(nik(p, "plain")) if chance(0.7) else "",
                     xl(bpjs("plain")) if chance(0.75) else "", (phone(None) if chance(0.7) else landline(pl.area)) if chance(0.6) else ""])
    hdr = ["Nama", pick(["Tgl Lahir", "Tanggal Lahir", "TTL"]), "NIK", pick(["No BPJS", "No. KIS", "BPJS"]), pick(["HP keluarga", "No HP"])]
    return ["Lansia di posyandu kami yang kartu KIS-nya nonaktif:\n", table(rows, sep, hdr, q, pe), "\n",
            "Semua sudah usia di atas 70 tahun. Mohon diaktifkan kembali."]


def tabel_honorer():
    sep, q, pe = tsep()
    pl = pick(PLACES)
    ppl = people(rint(3, 5), pl.regions, born=(1980, 1998), pl=pl)
    bpd = {"Nusa Tenggara Timur": "Bank NTT", "Papua": "Bank Papua", "Sumatera Barat": "Bank Nagari", "Sulawesi Utara": "Bank SulutGo",
           "Kalimantan Barat": "Bank Kalbar", "Aceh": "Bank Aceh", "Jawa Tengah": "Bank Jateng", "DI Yogyakarta": "BPD DIY",
           "Jawa Barat": "bank bjb", "Jawa Timur": "Bank Jatim", "Sulawesi Selatan": "Bank Sulselbar", "Sulawesi Tengah": "Bank Sulteng",
           "Maluku": "Bank Maluku", "Kalimantan Timur": "Bankaltimtara", "Nusa Tenggara Barat": "Bank NTB Syariah", "Bali": "BPD Bali",
           "Sumatera Utara": "Bank Sumut", "Sumatera Selatan": "Bank Sumsel Babel", "Gorontalo": "Bank SulutGo",
           "Sulawesi Tenggara": "Bank Sultra", "DKI Jakarta": "Bank DKI"}.get(pl.prov, "BPD")
    rows = []
    with_npwp = chance(0.5)
    for i, p in enumerate(ppl, 1):
        kind, acc = bank(pick(["BRI", "BNI", bpd, bpd]))
        row = [str(i), [N(p, "full"), pick([", S.Pd.", ", S.Pd.I", ", A.Md.", "", ""])],
               pick(["Guru Kelas", "Guru Mapel", "Operator", "Penjaga"]), kind, acc if chance(0.85) else "", str(rint(3, 9))]
        if with_npwp:
            row.insert(2, npwp(p, pick(["nik", "nik", "old"])) if chance(0.8) else "")
        rows.append(row)
    hdr = ["No", "Nama", "Tugas", "Bank", "No Rek", "Bln blm dibayar"] if chance(0.8) or with_npwp else None
    if with_npwp:
        hdr.insert(2, "NPWP")
    return ["Honor guru honorer SD kami belum dibayar. Rekap dari bendahara:\n", table(rows, sep, hdr, q, pe)]


def tabel_penipuan():
    sep, q, pe = tsep()
    vict = people(rint(2, 4))
    scam = mk()
    kind, acc = bank()
    rows = [[N(v, "full"), phone(v), rupiah(500000, 50000000), incident_date()] for v in vict]
    hdr = ["Nama korban", "No HP", "Kerugian", "Tgl transfer"]
    return ["Kami korban investasi bodong yang dikelola ", N(scam, "full"), ". Semua transfer ke ", kind, " ", acc, ".\n",
            table(rows, sep, hdr, q, pe), "\nMohon polisi segera bertindak."]


def tabel_pelatihan():
    sep, q, pe = tsep()
    ppl = people(rint(3, 5), born=(1990, 2004))
    rows = []
    for p in ppl:
        rows.append([N(p, pick(["full", "upper"])), email(p) if chance(0.85) else "", phone(p) if chance(0.7) else "",
                     pick(["Desa Sukamaju", "Kel. Oebobo", "Kampung Yoka", "Nagari Koto Tangah", ""])])
    hdr = None if chance(0.3) else ["nama", "email", "hp", "asal"]
    return ["Peserta pelatihan kerja BLK angkatan ", pick(ROMAN), " belum terima uang saku. Data peserta:\n",
            table(rows, sep, hdr, q, pe)]


def tabel_plat():
    sep, q, pe = tsep()
    rows = [[incident_date(), plate(), pick(["trotoar Jl. Merdeka", "depan SDN 3", "bahu jalan tol km 12", "halte Trans"]),
             pick(["parkir liar", "truk ODOL", "knalpot brong", ""])] for _ in range(rint(3, 5))]
    hdr = ["Tanggal", "Nopol", "Lokasi", "Keterangan"]
    return ["Rekap pelanggaran yang kami foto selama sebulan (warga ", pick(["RT 04", "RW 07", "Kel. Sukajadi"]), "):\n", table(rows, sep, hdr, q, pe),
            "\nMohon Dishub menindak."]


def tabel_pengurus():
    sep, q, pe = tsep()
    pl = pick(PLACES)
    ppl = people(4, pl.regions, pl=pl)
    jab = ["Ketua", "Sekretaris", "Bendahara", "Anggota"]
    rows = [[j, N(p, "full"), phone(p) if k != 3 or chance(0.5) else ""] for k, (j, p) in enumerate(zip(jab, ppl))]
    return ["Pengurus koperasi simpan pinjam desa kami tidak pernah RAT ", str(rint(3, 6)), " tahun dan dana anggota ", rupiah(50000000, 900000000), " tidak jelas.\n",
            table(rows, sep, None, q, pe), "\nMohon Dinas Koperasi memeriksa."]


def tabel_pasien():
    sep, q, pe = tsep()
    ppl = people(rint(2, 4))
    rows = [[f"RM-{digits(6)}", N(p, "upper"), dob(p, "dash"), bpjs("plain") if chance(0.8) else "", pick(["ditolak", "disuruh bayar", "rujuk balik"])] for p in ppl]
    return ["Pasien cuci darah yang ditolak RS minggu ini:\n", table(rows, sep, ["No RM", "Nama", "Tgl lahir", "No kartu", "Status"], q, pe)]


def tabel_petani():
    sep, q, pe = tsep()
    pl = pick([p for p in PLACES if p.unit != "Kel."])
    ppl = people(rint(3, 5), pl.regions, pl=pl)
    rows = [[str(i), N(p, "full"), xl(nik(p, "plain")), str(rint(25, 200)) + " kg", str(rint(0, 50)) + " kg", ""] for i, p in enumerate(ppl, 1)]
    return ["Anggota kelompok tani ", pick(["Sri Rejeki", "Tani Makmur", "Subur Jaya"]), " (nama kelompok) dan jatah pupuk subsidi di RDKK vs yang diterima:\n",
            table(rows, sep, ["no", "nama", "nik", "RDKK", "diterima", "paraf"], q, pe)]


def tabel_no_1():
    sep, q, pe = tsep()
    rows = [[k, rupiah(20000000, 300000000), rupiah(5000000, 200000000), f"{rint(10, 100)}%"] for k in ["Rabat beton jalan dusun", "Posyandu", "BLT DD", "Operasional pemdes", "Ketahanan pangan"]]
    return ["Realisasi APBDes ", str(rint(2024, 2025)), " yang ditempel di balai desa tidak sama dengan di Siskeudes:\n",
            table(rows, sep, ["Kegiatan", "Anggaran", "Realisasi", "Persen"], q, pe), "\nMohon Inspektorat mengaudit."]


def tabel_no_2():
    sep, q, pe = tsep()
    rows = [[f"RT {rint(1, 12):02d}", str(rint(20, 140)), str(rint(2, 30)), str(rint(0, 10))] for _ in range(rint(4, 6))]
    return ["Data KK terdampak banjir per RT (sumber: posko):\n", table(rows, sep, ["RT", "KK terdampak", "Rumah rusak", "Pengungsi lansia"], q, pe),
            "\nBantuan baru sampai ke 2 RT. Mohon BPBD meratakan distribusi."]


def tabel_no_3():
    sep, q, pe = tsep()
    rows = [[ticket7(), incident_date(), pick(["Jalan rusak", "Lampu PJU", "Sampah", "Drainase"]), pick(["Diproses", "Selesai", "Belum direspon"])] for _ in range(4)]
    return ["Status laporan saya di LAPOR! (sudah ", str(rint(3, 9)), " bulan):\n", table(rows, sep, ["Tiket", "Tanggal", "Kategori", "Status"], q, pe)]


def tabel_no_4():
    sep, q, pe = tsep()
    rows = []
    for k, het in [("Beras medium 5 kg", 62500), ("Minyakita 1 L", 15700), ("Gula pasir 1 kg", 17500), ("Elpiji 3 kg", 19000), ("Telur ayam 1 kg", 30000)]:
        rows.append([k, f"Rp{het:,}".replace(",", "."), f"Rp{int(het * R.uniform(1.15, 1.7) / 500) * 500:,}".replace(",", ".")])
    return ["Harga di pasar ", pick(["Oeba", "Bersehati", "Mardika", "Inpres Manonda"]), " jauh di atas HET:\n",
            table(rows, sep, ["Barang", "HET", "Harga pasar"], q, pe), "\nMohon Disperindag operasi pasar."]


def tabel_no_5():
    sep, q, pe = tsep()
    rows = [[f"PJU-{rint(1, 400):03d}", f"Jl. {pick(['Ahmad Yani', 'Diponegoro', 'Pattimura', 'Sam Ratulangi'])} km {rint(1, 20)}", pick(["mati", "kedip", "tiang miring"]), incident_date()] for _ in range(4)]
    return ["Lampu PJU rusak yang belum diperbaiki:\n", table(rows, sep, ["Kode", "Lokasi", "Kondisi", "Dilaporkan"], q, pe)]


TABEL = ([tabel_blt, tabel_lansia, tabel_honorer, tabel_penipuan, tabel_pelatihan, tabel_plat, tabel_pengurus, tabel_pasien, tabel_petani],
         [tabel_no_1, tabel_no_2, tabel_no_3, tabel_no_4, tabel_no_5])


# ----------------------------------------------------------------------------------------
# 9. ktp_ocr -- OCR of identity documents
# ----------------------------------------------------------------------------------------


CITY = ["KLATEN", "BANDUNG", "KUPANG", "MANADO", "AMBON", "JAYAPURA", "PALU", "MAKASSAR", "MEDAN", "PADANG", "SLEMAN",
        "DENPASAR", "MATARAM", "PONTIANAK", "SAMARINDA", "BANDA ACEH", "GORONTALO", "SORONG", "ENDE", "TOMOHON"]


def ocr_noise(s, rate=0.12):
    """OCR confusions on a digit string (O for 0, l/I for 1, S for 5, B for 8)."""
    m = {"0": "O", "1": pick(["l", "I"]), "5": "S", "8": "B"}
    out = []
    for ch in s:
        out.append(m[ch] if ch in m and chance(rate) else ch)
    return "".join(out)


def ocr_label(lbl):
    subs = {"Nama": ["Nama", "Narna", "Nama", "NAMA"], "Alamat": ["Alamat", "Alarnat", "Alamat", "AIamat"],
            "Tempat/Tgl Lahir": ["Tempat/Tgl Lahir", "Tempat/TgI Lahir", "Tempat/Tgl Lahlr", "Ternpat/Tgl Lahir"],
            "RT/RW": ["RT/RW", "RTRW", "RT/ RW", "RT/RW"], "Kel/Desa": ["Kel/Desa", "KeI/Desa", "Kel/Desa"],
            "Kecamatan": ["Kecamatan", "Kecarnatan", "K ecamatan"], "Agama": ["Agama", "Agarna"],
            "Jenis Kelamin": ["Jenis Kelamin", "Jenis KeIamin", "Jenis kelamin"], "Pekerjaan": ["Pekerjaan", "Pekerjaan", "Pekerjaaan"]}
    return pick(subs.get(lbl, [lbl]))


def colon():
    return pick([" : ", ": ", " :", " ; ", " . ", ":"])


def ktp_addr(kind):
    no = pick(["NO. ", "NO ", "NO."]) + hno()
    return {"jl": f"{pick(['JL.', 'JL', 'JALAN'])} {pick(STREETS).upper()} {no}", "gg": f"GG. {pick(GANG).upper()} {no}",
            "perum": f"PERUM {pick(PERUM).upper()} BLOK {pick('ABCDEF')}{rint(1, 12)} {no}",
            "btn": f"BTN {pick(PERUM).upper()} BLOK {pick('ABCDEF')} {no}", "dusun": f"{pick(['DUSUN', 'DSN.', 'DSN'])} {pick(DUSUN).upper()}",
            "kp": f"KP. {pick(KAMPUNG_SUNDA).upper()}"}[kind]


def ktp_block(p, noisy=True, pl=None):
    pl = pl or place_for(p.region)
    p.prov, p.kab = pl.pcode, pl.kcode
    d = p.nik_digits()
    nikv = ocr_noise(d) if noisy and chance(0.6) else d
    if noisy and chance(0.25):
        k = rint(4, 12)
        nikv = nikv[:k] + " " + nikv[k:]
    aval = ktp_addr(pick((["kp"] if "sunda" in pl.regions else ["dusun"]) + ["jl", "jl"] if pl.unit != "Kel." else ["jl", "jl", "gg", "perum", "btn"]))
    rt = f"{rint(1, 15):03d}/{rint(1, 12):03d}"
    if noisy and chance(0.3):
        rt = rt.replace("0", "O", 1)
    sexw = "LAKI-LAKI" if p.sex == "L" else "PEREMPUAN"
    name = p.full.upper()
    if noisy and chance(0.2) and " " in name:
        i = name.index(" ")
        name = name[:i] + name[i + 1:] if chance(0.5) else name[:i + 2] + " " + name[i + 2:]
    city = pl.city.upper() if chance(0.7) else pick(CITY)
    dobv = dob(p, "dash")[0]
    if noisy and chance(0.2):
        dobv = dobv.replace("-", " -", 1)
    lines = [f"PROVINSI {pl.prov.upper()}", "\n", f"{pl.kind} {pl.city.upper()}", "\n",
             "NIK", colon(), (nikv, "NIK"), "\n",
             ocr_label("Nama"), colon(), (name, "PERSON"), "\n",
             ocr_label("Tempat/Tgl Lahir"), colon(), city, pick([", ", ",", " , "]), (dobv, "DATE_OF_BIRTH"), "\n",
             ocr_label("Jenis Kelamin"), colon(), sexw, pick(["   Gol. Darah : ", " Gol Darah: ", "  Gol. Darah "]), pick(["O", "A", "B", "AB", "-"]), "\n",
             ocr_label("Alamat"), colon(), (aval, "ADDRESS"), "\n",
             "    ", ocr_label("RT/RW"), colon(), (rt, "ADDRESS"), "\n",
             "    ", ocr_label("Kel/Desa"), colon(), pick(pl.kel).upper(), "\n",
             "    ", ocr_label("Kecamatan"), colon(), pick(pl.kec).upper(), "\n",
             ocr_label("Agama"), colon(), religion(p), "\n",
             "Status Perkawinan", colon(), pick(["KAWIN", "BELUM KAWIN", "CERAI MATI"]), "\n",
             ocr_label("Pekerjaan"), colon(), pick(["WIRASWASTA", "PETANI/PEKEBUN", "MENGURUS RUMAH TANGGA", "PELAJAR/MAHASISWA", "NELAYAN/PERIKANAN", "KARYAWAN SWASTA"]), "\n",
             "Kewarganegaraan", colon(), "WNI", "\n", "Berlaku Hingga", colon(), "SEUMUR HIDUP", "\n",
             f"{pl.city.upper()}\n{rint(1, 28):02d}-{rint(1, 12):02d}-{rint(2012, 2024)}"]
    return lines


def ktp_1():
    p = mk()
    return [pick(["Hasil scan KTP saya (copas dari aplikasi):", "Ini KTP saya pak (hasil foto, teks dr google lens):", "KTP:"]), "\n",
            ktp_block(p), "\n\n",
            pick([["KTP ini dipakai orang lain buat pinjol, saya ditagih ", rupiah(1000000, 20000000), " padahal tidak pernah pinjam."],
                  "NIK di KTP ini katanya sudah dipakai untuk daftar parpol, padahal saya tidak pernah daftar.",
                  "Data di KTP ini salah tanggal lahir, mohon dibantu perbaikan."]), " Hubungi ", phone(p)]


def kk_1():
    head = mk(sex="L", born=(1960, 1985))
    pl = place_for(head.region)
    head.prov, head.kab = pl.pcode, pl.kcode
    fam = [head, mk(head.region, "P", born=(1965, 1990)), mk(head.region, born=(2005, 2018))]
    if chance(0.5):
        fam.append(mk(head.region, born=(2008, 2020)))
    for f in fam[1:]:
        f.prov, f.kab = head.prov, head.kab
        f.kec = int(head.nik_digits()[4:6])
    kkv = kk(head, "plain")
    rel = ["KEPALA KELUARGA", "ISTRI", "ANAK", "ANAK"]
    agama = religion(head)

    def row(i, p):
        return [str(i), "  ", N(p, "upper"), "  ", (ocr_noise(p.nik_digits(), 0.05), "NIK"), "  ", "LAKI-LAKI" if p.sex == "L" else "PEREMPUAN", "  ",
                pl.city.upper() if chance(0.7) else pick(CITY), "  ", dob(p, "dash"), "  ", agama, "  ", rel[i - 1]]

    rows = []
    for i, f in enumerate(fam, 1):
        rows += [row(i, f), "\n"]
    return ["KARTU KELUARGA\nNo. ", kkv, "\n", "Nama Kepala Keluarga", colon(), N(head, "upper"), "\n",
            ocr_label("Alamat"), colon(), (ktp_addr(pick((["kp"] if "sunda" in pl.regions else ["dusun"]) + ["jl"] if pl.unit != "Kel." else ["jl", "gg", "perum", "btn"])), "ADDRESS"), "\n", ocr_label("RT/RW"), colon(), (f"{rint(1, 15):03d}/{rint(1, 12):03d}", "ADDRESS"), "\n",
            "Desa/Kelurahan", colon(), pick(pl.kel).upper(), "\nKecamatan", colon(), pick(pl.kec).upper(), "\nKabupaten/Kota", colon(), pl.city.upper(),
            "\nKode Pos", colon(), str(rint(10000, 99999)), "\nProvinsi", colon(), pl.prov.upper(), "\n",
            "No  Nama Lengkap  NIK  Jenis Kelamin  Tempat Lahir  Tanggal Lahir  Agama  Hubungan\n", rows,
            "Dikeluarkan Tanggal", colon(), f"{rint(1, 28):02d}-{rint(1, 12):02d}-{rint(2015, 2025)}", "\n\n",
            pick(["Anak kami tidak muncul di data DTKS padahal ada di KK ini. Mohon dicek.", "KK ini sudah 3 bulan diajukan perubahan tapi belum dicetak.",
                  "Nama istri di KK salah eja, tolong diperbaiki."]), " ", pick(["Email: ", "e-mail "]), email(head)]


def npwp_card():
    p = mk()
    return ["Foto kartu NPWP saya (OCR):\n", pick(["KEMENTERIAN KEUANGAN REPUBLIK INDONESIA\nDIREKTORAT JENDERAL PAJAK\n", "DIREKTORAT JENDERAL PAJAK\n"]),
            "NPWP", colon(), npwp(p, pick(["old", "old", "p16"])), "\n", N(p, "upper"), "\n", "NIK", colon(), nik(p, "plain"), "\n",
            (ADDRESS_V(pick(["jl", "perum"]), True)[0].upper(), "ADDRESS"), "\n", f"KPP PRATAMA {pick(CITY)}", "\n",
            "Tanggal Terdaftar ", f"{rint(1, 28):02d}/{rint(1, 12):02d}/{rint(2008, 2022)}", "\n\n",
            "Pajak mengirim tagihan denda ", rupiah(1000000, 30000000), " padahal saya tidak punya usaha. Mohon diklarifikasi."]


def kis_card():
    p = mk()
    return ["OCR kartu KIS:\nKARTU INDONESIA SEHAT\n", pick(["Nomor", "No. Kartu", "N0mor"]), colon(), bpjs(), "\n",
            ocr_label("Nama"), colon(), N(p, "upper"), "\n", "NIK", colon(), nik(p, "plain"), "\n", "Tgl. Lahir", colon(), dob(p, "dash"), "\n",
            "Faskes Tingkat I", colon(), f"PUSKESMAS {pick(KEL).upper()}", "\n\n",
            "Kartu ini ditolak di RS saat ", pick(["ibu saya", "saya"]), " mau operasi. Katanya nonaktif sejak ", incident_date(), "."]


def stnk():
    p = mk()
    a, _ = address(pick(["jl", "perum", "gg"]), True)
    return ["STNK motor saya (hasil scan):\n", "NOMOR REGISTRASI", colon(), plate(style="space"), "\n", "NAMA PEMILIK", colon(), N(p, "upper"), "\n",
            "ALAMAT", colon(), (a[0].upper(), "ADDRESS"), "\n", "MERK", colon(), pick(["HONDA", "YAMAHA", "SUZUKI"]), "  TYPE", colon(), pick(["NF11B1C", "B65", "FU150"]), "\n",
            "NO. RANGKA", colon(), chassis(), "\n", "NO. MESIN", colon(), engine(), "\n", "BERLAKU SAMPAI ", f"{rint(1, 28):02d}-{rint(1, 12):02d}-{rint(2026, 2030)}", "\n\n",
            "Motor ini ditarik leasing padahal sudah lunas. Mohon perlindungan OJK."]


def paspor_ocr():
    p = mk()
    return ["Data paspor saya (copas OCR):\nREPUBLIK INDONESIA  PASPOR / PASSPORT\n", "Jenis/Type: P  Kode Negara/Country Code: IDN\n",
            "No. Paspor/Passport No.", colon(), passport(pick("CXE")), "\n", "Nama Lengkap/Full Name", colon(), N(p, "upper"), "\n",
            "Tanggal Lahir/Date of Birth", colon(), dob(p, "upper"), "\n", "Tempat Lahir/Place of Birth", colon(), pick(CITY), "\n",
            "Tanggal Habis Berlaku/Date of Expiry: ", f"{rint(1, 28):02d} {pick(BULAN).upper()} {rint(2027, 2035)}", "\n\n",
            "Paspor sudah jadi ", str(rint(2, 6)), " minggu tapi belum bisa diambil di Kanim ", pick(["Kupang", "Ambon", "Manado", "Jayapura"]), "."]


def ktp_short():
    p = mk()
    d = p.nik_digits()
    v = ocr_noise(d, 0.3)
    if v == d:
        k = d.index("0", 2) if "0" in d[2:] else 6
        v = d[:k] + ("O" if d[k] == "0" else "l") + d[k + 1:]
    what = "angka 0 kebaca O" if "O" in v else "angka 1 kebaca huruf l"
    return ["NIK ", (v, "NIK"), " (hasil OCR, ", what, ") dan nama ", N(p, "upper"),
            " sudah saya kirim 3x di form online tapi selalu ditolak 'data tidak valid'. Apakah karena hurufnya?"]


def ktp_no_1():
    return ["Hasil scan formulir kosong dari kelurahan:\n", "FORMULIR BIODATA PENDUDUK WARGA NEGARA INDONESIA (F-1.01)\n",
            "NIK : ................................\nNama Lengkap : ................................\nTempat/Tgl Lahir : ............ / ..-..-....\n",
            "Alamat : ................................ RT/RW : .../...\n\n", "Formulir ini dijual ", rupiah(5000, 50000), " di loket, padahal gratis sesuai ", pick(["UU No. 24 Tahun 2013", "Perpres 96/2018"]), "."]


def ktp_no_2():
    return ["OCR papan pengumuman Disdukcapil:\n", "PERSYARATAN PENERBITAN KK BARU\n1. Surat pengantar RT/RW\n2. KK lama (asli)\n3. Buku nikah / akta cerai\n",
            "4. SPTJM bila tidak ada dokumen\nLAYANAN TIDAK DIPUNGUT BIAYA\nPengaduan: 1500-537 / ", inst("(0380) 82" + digits(4)), "\n\n",
            "Tapi di loket tetap diminta ", rupiah(10000, 150000), " untuk 'map dan materai'."]


def ktp_no_3():
    return ["Teks dari foto struk antrean:\n", f"NOMOR ANTRIAN\nA-{rint(1, 200):03d}\nLAYANAN KTP-el\n{incident_date()} {rint(7, 11):02d}:{rint(0, 59):02d}\n",
            f"SISA ANTRIAN: {rint(40, 180)}\n\n", "Sudah menunggu dari subuh, kuota habis jam 9. Mohon tambah kuota."]


def ktp_no_4():
    return ["OCR tagihan listrik:\nPT PLN (PERSERO)\nIDPEL : ", pln_id(), "\nNAMA : S****** W*******\nTARIF/DAYA : R1/1300 VA\n",
            f"STAND METER : {rint(10000, 30000)}-{rint(30001, 40000)}\nRP TAG PLN : ", rupiah(300000, 2000000), "\n\n", "Tagihan bulan ini tiga kali lipat tanpa alasan."]


def ktp_no_5():
    return ["Scan bagian belakang kartu KIS:\n", "Kartu ini berlaku di fasilitas kesehatan yang bekerja sama dengan BPJS Kesehatan.\n",
            "Bila kartu ditemukan harap dikembalikan ke kantor BPJS Kesehatan terdekat.\nBPJS Kesehatan Care Center 165\n\n",
            "Di bagian depan tidak ada tulisan apa-apa (cetakan gagal), mohon dicetak ulang tanpa biaya."]


KTP = ([ktp_1, ktp_1, kk_1, npwp_card, kis_card, stnk, paspor_ocr, ktp_short],
       [ktp_no_1, ktp_no_2, ktp_no_3, ktp_no_4, ktp_no_5])


# ----------------------------------------------------------------------------------------
# 10. kunci_nilai -- machine-ish text
# ----------------------------------------------------------------------------------------

def urlname(p):
    return (p.full.replace(" ", pick(["+", "%20"])), "PERSON")


def kv_lines():
    p = mk()
    a, t = address(None, True)
    sep = pick([";", ";\n", "; ", "\n"])
    eq = pick(["=", "=", ": ", ":"])
    parts = [("nama", N(p, "full")), ("nik", nik(p, "plain")), ("hp", phone(p, pick(["plain", "62plain"]))),
             ("alamat", a), ("kategori", "infrastruktur"), ("tgl_lapor", incident_date()), ("email", email(p))]
    R.shuffle(parts)
    parts = parts[:rint(4, 7)]
    out = []
    for k, v in parts:
        out += [k, eq, v, sep]
    return [pick(["Data pelapor dari form lama (format mentah):\n", "export_pengaduan.txt\n", ""]), out, "\nisi=", pick(["jalan rusak parah", "pungli parkir", "air mati"])]


def kv_url():
    p = mk()
    e = email(p)[0]
    enc = e.replace("@", "%40")
    return ["Link formulir yang dikirim ke WA saya, apakah ini resmi? Datanya sudah terisi:\n",
            "https://", pick(["bansos-cair.xyz", "daftar-bpum.site", "cek-blt2026.info"]), "/form?nik=", nik(p, "plain"), "&hp=", phone(p, pick(["plain", "62plain"])),
            "&nama=", urlname(p), "&email=", (enc, "EMAIL"), "&ref=", digits(6), "\n", "Saya takut data saya disalahgunakan."]


def kv_log():
    p, q = mk(), mk()
    y, m, d = pick([2025, 2026]), rint(1, 12), rint(1, 28)
    tz = pick(["+07:00", "+08:00", "+09:00"])
    secs = sorted(rint(0, 86399) for _ in range(4))

    def t(i):
        x = secs[i]
        return f"{y}-{m:02d}-{d:02d}T{x // 3600:02d}:{x % 3600 // 60:02d}:{x % 60:02d}{tz}"
    return ["Log SMS gateway 1708 yang kami terima (potongan):\n",
            t(0), " INFO  sms.in   from=", phone(p, "62plain"), " to=1708 len=", str(rint(60, 160)), " msg=\"", pick(["jln rusak", "blt blm cair", "lampu mati"]), " ", N(p, "lower"), "\"\n",
            t(1), " WARN  sms.route ticket=", ticket7()[1:], " status=queued retry=", str(rint(1, 3)), "\n",
            t(2), " INFO  sms.in   from=", phone(q, "62plain"), " to=1708 msg=\"", "sy ", N(q, "call"), " ", pick(["ktp blm jadi", "bpjs nonaktif"]), " nik ", nik(q, "plain"), "\"\n",
            t(3), " ERROR sms.out  to=", phone(q, "62plain"), " err=\"operator timeout\"\n\n", "Balasan ke nomor kedua gagal terus, mohon dicek."]


def kv_email_hdr():
    p, c1 = mk(), mk()
    subj, body = pick([("Pengaduan pungli sekolah", ["kepala sekolah anak saya memungut ", rupiah(150000, 1000000), " untuk seragam."]),
                       ("Re: Tindak lanjut laporan " + ticket7(), "laporan saya bulan lalu statusnya 'selesai' padahal jalan belum diperbaiki."),
                       ("Fw: BLT belum cair", ["BLT ibu saya tahap ini belum cair, padahal tahap lalu dapat ", rupiah(900000, 900000), "."])])
    return ["From: ", N(p, "full"), " <", email(p), ">\n", "To: ", pick(["pengaduan@lapor.go.id", "ombudsman@ombudsman.go.id", "humas@pemkot.go.id"]), "\n",
            "Cc: ", N(c1, "full"), " <", email(c1), ">\n", "Subject: ", subj, "\n",
            "Date: ", (lambda d, m, y: f"{weekday(d, m, y)}, {d} {MONTH[m - 1][:3]} {y}")(rint(1, 28), rint(1, 12), pick([2025, 2026])),
            " ", f"{rint(7, 22):02d}:{rint(0, 59):02d}:{rint(0, 59):02d} +0700", "\n\n",
            pick(["Yth. Admin, ", "Selamat siang, "]), body, " Nomor saya ", phone(p), ".\n\n-- \n", N(p, "call")]


def kv_json():
    p = mk()
    a, t = address(None, True)
    return ["Respon API aplikasi desa yang bocor (bisa diakses publik):\n",
            "{\"id\": ", str(rint(1000, 99999)), ", \"nama\": \"", N(p, "upper"), "\", \"nik\": \"", nik(p, "plain"), "\", \"kk\": \"", kk(p, "plain"),
            "\", \"tgl_lahir\": \"", dob(p, "iso"), "\", \"alamat\": \"", a, "\", \"status\": \"", pick(["DTKS", "NON-DTKS"]), "\"}\n",
            "Mohon Kominfo segera menutup endpoint ini."]


def kv_form():
    p = mk()
    return ["Export form-encoded dari aplikasi pengaduan:\n",
            "tiket=", ticket16(), "&nama_pelapor=", urlname(p), "&tgl_lahir=", dob(p, "iso"), "&telp=", phone(p, "plain"),
            "&npwp=", npwp(p, "plain15"), "&kategori=pajak&isi=", pick(["denda+pajak+tidak+wajar", "SPT+ditolak+terus"]), "\n"]


def kv_yaml():
    p, r = mk(), mk()
    kind, acc = bank()
    return ["pelapor:\n  nama: ", N(p, "full"), "\n  kontak: ", phone(p), "\nterlapor:\n  nama: ", N(r, "full"), "\n  jabatan: ",
            pick(["Kaur Keuangan", "Bendahara Desa", "Operator SIKS-NG"]), "\n  rekening: ", acc, "  # ", kind, "\n",
            "uraian: dana bantuan dipindah ke rekening pribadi terlapor\n"]


def kv_csvlog():
    p = mk()
    return ["audit_login.log\n", f"{incident_date()} 08:{rint(10, 59)}:{rint(10, 59)}|user=", email(p), "|ip=10.", str(rint(0, 255)), ".", str(rint(0, 255)), ".",
            str(rint(1, 254)), "|action=EXPORT_DATA|rows=", str(rint(1000, 9000)), "\n",
            "User di atas adalah operator ", N(p, "full"), " yang sudah pindah tugas tapi akunnya masih aktif dan dipakai mengunduh data penduduk."]


def kv_no_1():
    return ["Log status laporan:\n", f"ticket={ticket16()};status=DIPROSES;instansi=DISHUB;sla_hari=14;eskalasi=0;\n",
            f"ticket={ticket16()};status=SELESAI;instansi=DLH;sla_hari=7;eskalasi=1;\n", "Dua-duanya laporan saya, yang kedua ditandai selesai padahal belum."]


def kv_no_2():
    return ["From: noreply@lapor.go.id\nTo: pengaduan@dinsos.kupangkota.go.id\nSubject: [Disposisi] Laporan ", ticket7(), "\n",
            "Date: ", incident_date(), "\n\nLaporan telah didisposisikan ke instansi Anda. Batas waktu tindak lanjut 5 hari kerja sesuai Perpres 76/2013."]


def kv_no_3():
    return ["https://lapor.go.id/laporan/detil/", ticket16(), "?utm_source=wa&utm_medium=share&status=verifikasi\n",
            "Link ini sudah ", str(rint(3, 9)), " kali saya kirim ke admin, tetap tidak ada jawaban."]


def kv_no_4():
    d = f"{rint(1, 28):02d}/{pick(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug'])}/{pick([2025, 2026])}"
    return ["error_log:\n", f"[{d}:09:12:44 +0700] PHP Fatal error: Uncaught Exception 'NIK tidak valid' in /var/www/siak/verify.php:212\n",
            f"[{d}:09:12:45 +0700] upstream timed out (110) while reading response header from upstream, client: 10.0.{rint(0, 255)}.{rint(1, 254)}\n",
            "Aplikasi pendaftaran online error terus sejak minggu lalu."]


def kv_no_5():
    return ["kode_wilayah=", f"{rint(11, 96)}.{rint(1, 79):02d}.{rint(1, 30):02d}", "; jumlah_kk=", str(rint(300, 2000)), "; jumlah_jiwa=", str(rint(1000, 7000)),
            "; blt_tahap_3=", rupiah(20000000, 300000000), "; tgl_salur=", incident_date(), ";\n", "Data di dashboard desa berbeda dengan data penerima sebenarnya."]


KUNCI = ([kv_lines, kv_url, kv_log, kv_email_hdr, kv_json, kv_form, kv_yaml, kv_csvlog],
         [kv_no_1, kv_no_2, kv_no_3, kv_no_4, kv_no_5])


# ----------------------------------------------------------------------------------------
# 11. bisnis -- business owners
# ----------------------------------------------------------------------------------------

CO = ["PT Sinar Laut Timur", "CV Sumber Rejeki", "PT Maju Bersama Nusantara", "UD Tani Makmur", "CV Karya Mandiri Utama",
      "Koperasi Produsen Kopi Arabika Toraja", "PT Cahaya Papua Sejahtera", "CV Flobamora Jaya", "KSU Harapan Nelayan",
      "PT Minahasa Agro Lestari", "UD Bintang Timur", "CV Tiga Saudara", "PT Bumi Kaili Konstruksi", "Koperasi Wanita Melati"]


def biz_oss():
    p = mk()
    co = pick([c for c in CO if c.startswith(("PT", "CV"))])
    return ["Kami ", co, " (NIB ", nib(), ", NPWP badan ", npwp_badan(), "). Permohonan izin lingkungan di OSS RBA tertahan ", str(rint(2, 8)),
            " bulan di verifikasi DPMPTSP. Direktur kami, ", hon(p, True), " ", N(p, "full"), ", sudah ", str(rint(3, 6)),
            " kali ke kantor dan diminta 'uang percepatan' ", rupiah(5000000, 75000000), ". Narahubung: ", N(p, "call"), " ", phone(p), "."]


def biz_npwp():
    p = mk()
    co = pick([c for c in CO if c.startswith(("PT", "CV", "UD"))])
    return ["Saya ", N(p, "full"), ", pemilik ", co, ". Faktur pajak kami tertulis NPWP pribadi saya ", npwp(p, pick(["old", "plain15"])),
            " padahal seharusnya NPWP badan ", npwp_badan(), ". Akibatnya SPT pribadi saya kurang bayar ", rupiah(2000000, 40000000), ". KPP tidak mau membetulkan. ",
            pick(["Email: ", "Surel "]), email(p)]


def biz_warung():
    p = mk()
    a, t = address(pick(["jl", "gg", "lr"]), chance(0.5))
    return ["Warung makan saya di ", a, t, " (rumah sekaligus tempat usaha) dipungut retribusi sampah ", rupiah(25000, 300000), " per bulan oleh orang yang mengaku petugas, ",
            "tanpa karcis. Saya ", N(p, "full"), ", HP ", phone(p), ". Usaha mikro, omzet di bawah ", rupiah(2000000, 25000000), " per bulan."]


def biz_koperasi():
    k, b = mk(), mk()
    kind, acc = bank()
    return [pick(["Koperasi Wanita Melati", "KSU Harapan Nelayan", "Koperasi Produsen Kopi Arabika Toraja"]), " mengajukan dana bergulir LPDB sejak ",
            incident_date(), ". Ketua koperasi ", N(k, "full"), " dan bendahara ", N(b, "full"),
            " sudah melengkapi berkas. Pencairan ke rekening koperasi tertunda, malah ada oknum minta fee 10% ditransfer ke ", kind, " ", acc, "."]


def biz_pajak_nik():
    p = mk()
    return ["Sejak NIK jadi NPWP, akun DJP Online saya error. NPWP (NIK) ", npwp(p, "nik"), " tidak bisa login, usaha katering saya tidak bisa ikut tender. ",
            "Nama ", N(p, "full"), ", lahir ", dob(p), "."]


def biz_tender():
    p, q = mk(), mk()
    co1, co2 = sample(CO, 2)
    return ["Tender pembangunan ", pick(["pasar rakyat", "jembatan gantung", "puskesmas pembantu"]), " (kode tender ", digits(8), ") dimenangkan ", co2,
            " milik adik ipar Kepala Dinas, ", hon(q, True), " ", N(q, "full"), ". Penawaran ", co1, " lebih rendah ", rupiah(50000000, 900000000), ". ",
            "Penanggung jawab kami: ", N(p, "full"), ", ", email(p), "."]


def biz_truk():
    p, d = mk(), mk(sex="L")
    return ["Truk angkutan kami ", plate(), " dan ", plate(), " milik ", pick(CO), " ditahan di jembatan timbang ", pick(["Sumberjati", "Balonggandu", "Losarang"]),
            " karena dianggap ODOL padahal muatan sesuai JBI. Sopir ", N(d, "full"), " diminta ", rupiah(100000, 2000000), ". Kontak manajer operasional ", N(p, "full"), " ", phone(p)]


def biz_halal():
    p = mk()
    return ["Sertifikasi halal gratis (SEHATI) untuk UMKM keripik saya ditolak karena alamat usaha beda dengan KTP. Usaha saya di ",
            ADDRESS_V(pick(["jl", "perum", "gg"]), True), " (rumah sendiri). ", "Pemilik: ", N(p, "full"), ", NIB ", nib(), ", WA ", phone(p)]


def biz_no_1():
    co = pick(CO)
    return [co, " (NIB ", nib(), ", NPWP badan ", npwp_badan(), ") mengeluhkan layanan OSS RBA yang error sejak ", incident_date(),
            ". Kode KBLI ", pick(["10792", "46311", "41011"]), " tidak muncul. Call center OSS ", inst("1500-441"), " tidak bisa dihubungi. Kerugian akibat keterlambatan kontrak ",
            rupiah(50000000, 2000000000), "."]


def biz_no_2():
    return ["Retribusi pasar naik dari ", rupiah(50000, 200000), " jadi ", rupiah(250000, 900000), " per los tanpa sosialisasi. ", str(rint(100, 400)),
            " pedagang keberatan. Perda No. ", str(rint(1, 20)), " Tahun ", str(rint(2011, 2023)), " belum dicabut. Mohon Pemda meninjau."]


def biz_no_3():
    return ["Kami pengusaha angkutan di Terminal Tipe A ", pick(["Oebobo", "Malalayang", "Entrop", "Mardika"]), ". Izin trayek diperpanjang lewat Spionam tapi kartu pengawasan tidak terbit. ",
            "Sudah email ke info@hubdat.dephub.go.id dan telepon ", inst("(021) 381" + digits(4)), ". Dasar: ", pick(["PM 15 Tahun 2019", "UU No. 22 Tahun 2009"]), "."]


def biz_no_4():
    return ["Koperasi Produsen Kopi Arabika Toraja mempertanyakan pungutan ekspor ", rupiah(1000000, 10000000), " per kontainer di pelabuhan. Invoice ", invoice(),
            ", PEB nomor ", digits(6), ", tanggal ", incident_date(), ". Bea Cukai tidak memberi rincian."]


def biz_no_5():
    return ["UMKM di kawasan Jl. Malioboro diminta pindah lapak oleh Satpol PP mulai ", incident_date(), " tanpa relokasi. ",
            "Paguyuban PKL sudah audiensi dengan DPRD, hasilnya nihil. ", str(rint(200, 600)), " pedagang terdampak."]


BISNIS = ([biz_oss, biz_npwp, biz_warung, biz_koperasi, biz_pajak_nik, biz_tender, biz_truk, biz_halal],
          [biz_no_1, biz_no_2, biz_no_3, biz_no_4, biz_no_5])


# ----------------------------------------------------------------------------------------
# 12. desa -- village matters
# ----------------------------------------------------------------------------------------

def desa_jawa_tanah():
    rep, mbah, carik = mk("jawa"), mk("jawa", "L", born=(1930, 1950)), mk("jawa", "L", born=(1965, 1980))
    while carik.call == mbah.call or carik.call == rep.call:
        carik = mk("jawa", "L", born=(1965, 1980))
    a, t = address("dusun", True)
    return ["Nyuwun sewu, saya ", N(rep, "full"), ", tinggal di ", a, ", Desa ", pick(["Kebonarum", "Ngawen", "Sidoharjo", "Karangrejo"]), ". ",
            "Tanah warisan almarhum Mbah ", N(mbah, "call"), " seluas ", str(rint(500, 3000)), " m2 tiba-tiba sudah bersertifikat atas nama Carik ",
            N(carik, pick(["call", "full"])), ". Letter C desa katanya 'hilang'. Kami anak cucu tidak pernah tanda tangan jual beli. Mohon BPN dan Inspektorat memeriksa. ",
            pick(["HP ", "WA "]), phone(rep)]


def desa_bali():
    rep, kelian = mk("bali"), mk("bali", "L")
    desa, kab = pick([("Sukawati", "Gianyar"), ("Tegallalang", "Gianyar"), ("Sidemen", "Karangasem"), ("Munduk", "Buleleng"), ("Jatiluwih", "Tabanan")])
    return ["Om Swastyastu. Tiang ", N(rep, "full"), ", tinggal di ", (pick(BANJAR), "ADDRESS"), ", Desa ", desa,
            ", Kab. ", kab, ". Dana hibah untuk perbaikan bale banjar ", rupiah(20000000, 300000000), " tidak jelas penggunaannya. ",
            "Kelian ", N(kelian, "call"), " tidak pernah menyampaikan laporan di paruman. Mohon ditinjau. Om Shanti Shanti Shanti Om."]


def desa_minang():
    rep, wali = mk("minang"), mk("minang", "L", born=(1965, 1982))
    return ["Assalamualaikum. Ambo ", N(rep, "full"), ", tinggal di ", ("Jorong " + pick(JORONG), "ADDRESS"), ", Nagari ", pick(["Sungai Pua", "Koto Baru", "Pandai Sikek", "Lasi"]),
            ", Kab. Agam. Bantuan rumah tidak layak huni tahun ini diberikan ke keluarga Wali Nagari ", N(wali, "full"),
            ", sedangkan rumah amak ambo yang hampir roboh tidak dapat. Nomor ambo ", phone(rep), ". Terima kasih."]


def desa_aceh():
    rep, keuchik = mk("aceh"), mk("aceh", "L", born=(1960, 1980))
    return ["Saya ", N(rep, "full"), ", warga ", ("Dusun " + pick(["Lampoh Raya", "Tgk. Dilhok", "Meunasah Baro", "Cot Keueung"]), "ADDRESS"),
            ", Gampong ", pick(["Lam Ujong", "Cot Lamkuweueh", "Meunasah Papeun"]), ", Kec. ", pick(["Baitussalam", "Darul Imarah", "Ingin Jaya"]), ". ",
            "Keuchik ", N(keuchik, pick(["full", "call"])), " memotong BLT dana desa ", rupiah(50000, 300000), " per penerima dengan alasan 'uang adat'. ",
            "Kami punya rekaman. NIK saya ", nik(rep), "."]


def desa_lorong():
    reg = pick(["melayu", "bugis", "maluku"])
    rep, rt = people(2, [reg])
    a, t = address("lr", chance(0.5), pl=place_for(reg))
    return ["Saya tinggal di ", a, t, ". ", "Pak" if rt.sex == "L" else "Bu", " RT ", N(rt, "call"), " menarik uang ", rupiah(50000, 500000), " per rumah untuk 'pengaspalan lorong' tapi yang dikerjakan hanya tambal semen. ",
            "Sudah ", str(rint(2, 4)), " tahun. Saya ", N(rep, "full"), ", WA ", phone(rep)]


def desa_sunda():
    rep, kades, bibi = mk("sunda"), mk("sunda", "L", born=(1965, 1982)), mk("sunda", "P", born=(1940, 1955))
    a, t = address("kp", True, pl=place_for("sunda"))
    return ["Punten, abdi ", N(rep, "full"), " ti ", a, ", Desa ", pick(["Cikoneng", "Sukamanah", "Nagrak"]), ". ",
            "Bi ", N(bibi, "call"), " (", str(bibi.age()), " taun) teu kenging BLT deui ti bulan ", pick(BULAN), ". Cenah dicoret ku Pak Kuwu ", N(kades, "call"),
            " kusabab teu milih anjeunna waktos pilkades. Mohon dibantos. NIK Bi ", N(bibi, "call"), ": ", nik(bibi)]


def desa_papua():
    rep, kk_ = mk("papua"), mk("papua", "L")
    k, d, kab = pick(PAPUA_PLACES)
    kind, acc = bank(pick(["BRI", "Bank Papua"]))
    return ["Kami masyarakat ", k, ", ", d, ". Dana desa tahap II ", rupiah(200000000, 900000000), " su cair ke rekening kampung tapi Kepala Kampung ", N(kk_, "full"),
            " pindah ke rekening pribadi ", kind, " ", acc, ". Sa ", N(rep, "call"), ", ketua pemuda kampung, siap kasih bukti."]


def desa_kerabat():
    reg = pick(["jawa", "melayu", "betawi"])
    rep, wak, paklik = people(3, [reg], sexes=[pick("LP"), "L", "L"])
    wak.dob = (wak.dob[0], wak.dob[1], rint(1945, 1960))
    kin = {"jawa": ("Pakde", "Paklik"), "melayu": ("Wak", "Pak Cik"), "betawi": ("Babe", "Encang")}[reg]
    return ["Pak Kades, mohon keadilan. ", kin[0], " ", N(wak, "call"), " (kakak almarhum bapak saya) tinggal sendirian di ",
            ADDRESS_V(pick(["dusun", "gg", "jl"]), True), " dan tidak pernah dapat bantuan apa pun. Sementara ", kin[1], " ", N(paklik, "full"),
            " yang perangkat desa dapat dua kali. Saya ", N(rep, "full"), " siap dipanggil."]


def desa_mobil():
    sek = mk(born=(1975, 1990))
    return ["Mobil siaga desa yang dibeli pakai dana desa ", rupiah(150000000, 450000000), " (", plate(style=pick(["space", "dash"])), ") dipakai Sekdes ", N(sek, "full"),
            " untuk antar anak sekolah dan ke kebun. Warga yang sakit malah sewa mobil. ", pick(["Mohon ditertibkan.", "Tolong Pak Camat tegur."])]


def desa_bumdes():
    dir_, rep = mk(), mk()
    return ["BUMDes kami (unit air bersih) tidak pernah bagi hasil. Direktur BUMDes ", N(dir_, "full"), " juga anak kepala desa. ",
            "Modal ", rupiah(50000000, 500000000), " dari dana desa ", str(rint(2021, 2024)), ". Pelapor ", N(rep, "full"), ", ", pick(["email ", "surel "]), email(rep)]


def desa_no_1():
    return ["Jembatan gantung di Dusun Krajan putus sejak ", incident_date(), ". Anak sekolah harus menyeberang sungai. Pak Kades sudah ajukan ke Musrenbang kecamatan, ",
            "tapi belum masuk APBD. ", str(rint(80, 300)), " KK terisolasi. Mohon BPBD dan Dinas PUPR turun."]


def desa_no_2():
    return ["Musyawarah desa penetapan penerima BLT tidak melibatkan BPD dan RT. Daftar ditempel di balai desa hanya ", str(rint(20, 60)),
            " nama, padahal usulan ", str(rint(80, 150)), " KK. Sesuai ", pick(["Permendes PDTT No. 7 Tahun 2023", "UU No. 6 Tahun 2014"]), " harus ada musdes khusus."]


def desa_no_3():
    return ["Irigasi tersier di Jorong Balai Gadang rusak, sawah ", str(rint(20, 90)), " ha kekeringan. Wali Nagari bilang menunggu dana dari kabupaten. ",
            "Harga pupuk subsidi di kios ", rupiah(120000, 250000), " per sak, di atas HET ", rupiah(90000, 115000), "."]


def desa_no_4():
    return ["Jalan rabat beton ke Banjar Kelod baru 6 bulan sudah retak dan hancur. Nilai proyek ", rupiah(150000000, 800000000), " (papan proyek: DD tahap I ", str(rint(2024, 2026)),
            "). Krama banjar minta Inspektorat memeriksa kualitas pekerjaan."]


def desa_no_5():
    return ["Posyandu di RT 04 Gampong ", pick(["Lam Ujong", "Meunasah Baro"]), " sudah 3 bulan tidak buka karena PMT tidak dianggarkan. Balita stunting di desa kami ",
            str(rint(12, 40)), " anak. Keuchik dan Tuha Peut belum menanggapi. Hotline Dinkes 119 tidak tersambung."]


DESA = ([desa_jawa_tanah, desa_bali, desa_minang, desa_aceh, desa_lorong, desa_sunda, desa_papua, desa_kerabat, desa_mobil, desa_bumdes],
        [desa_no_1, desa_no_2, desa_no_3, desa_no_4, desa_no_5])


# ----------------------------------------------------------------------------------------
# 13. rumahsakit -- hospitals and clinics
# ----------------------------------------------------------------------------------------

RS = ["RSUD Kota Sungai Kuning", "RSU Bhakti Medika", "RSUD dr. Soedarso", "RSUP Dr. Sardjito", "RSUD Dok II Jayapura",
      "RSUD Prof. dr. W.Z. Johannes", "RS Bhayangkara", "RSUD dr. M. Haulussy", "RSUP Prof. Dr. R.D. Kandou", "RSUD Undata",
      "RSUD Lakipadada", "Klinik Pratama Sehat Sentosa"]
SP = [", Sp.PD", ", Sp.OG", ", Sp.A", ", Sp.B", ", Sp.JP", ", Sp.An", ", Sp.N", ""]


def rs_tolak():
    pas = mk(sex="L", born=(1945, 1965))
    ana, dok = mk(pas.region, born=(1980, 1998)), mk(born=(1970, 1990))
    return ["Ayah saya ", N(pas, "full"), " (No. RM ", f"{rint(10, 99)}-{rint(10, 99)}-{rint(10, 99)}", ") ditolak rawat inap di ", pick(RS),
            " dengan alasan kamar penuh, padahal kartu BPJS-nya (", bpjs(), ") aktif. dr. ", N(dok, "full"), pick(SP),
            " hanya memeriksa 2 menit. Saya anaknya, ", N(ana, "full"), ", ", phone(ana), "."]


def rs_perawat():
    ner, rep = mk(born=(1985, 2000)), mk()
    return ["Perawat jaga IGD malam ", incident_date(), " bernama ", N(ner, pick(["call", "full"])), " (sesuai name tag) membentak ibu saya yang sesak napas. ",
            "Saat saya minta nama lengkapnya, ", "Suster" if ner.sex == "P" else "Mas", " ", N(ner, "call"), " menolak. Pelapor ", N(rep, "full"), ", ", pick(["telepon ", "HP "]), phone(rep)]


def rs_bayi():
    ibu, bdn, kapus = mk(sex="P", born=(1990, 2002)), mk(sex="P", born=(1980, 1995)), mk(born=(1970, 1985))
    return ["Istri saya ", N(ibu, "full"), " melahirkan di Puskesmas ", pick(["Oesapa", "Tikala", "Kotaraja", "Waena"]), " ", incident_date(),
            ". Bidan ", N(bdn, "call"), " terlambat merujuk, bayi kami meninggal. Kepala Puskesmas ", N(kapus, "full"),
            " bilang itu 'takdir'. Kami minta audit maternal perinatal. NIK istri ", nik(ibu), "."]


def rs_tagihan():
    p = mk()
    return ["Saya pasien BPJS (", bpjs("group"), ") tapi disuruh bayar obat ", rupiah(150000, 3000000), " dengan kwitansi No. ", f"KW/{rint(1000, 9999)}/{pick(ROMAN)}/{pick([2025, 2026])}",
            ". Nomor SEP ", f"{digits(4)}R{digits(3)}{rint(1, 12):02d}{pick([25, 26])}V{digits(6)}", ". Nama ", N(p, "full"), ", lahir ", dob(p), "."]


def rs_ambulans():
    kades, rep = mk(sex="L"), mk()
    return ["Ambulans desa ", plate(), " tidak bisa dipakai mengantar pasien karena dipakai Kepala Desa ", N(kades, "call"),
            " ke ", pick(["pesta", "kota", "kampanye"]), ". Kakek saya meninggal di jalan naik pikap. Saya ", N(rep, "full"), ", ", phone(rep)]


def rs_jiwa():
    adik, rep = mk(born=(1990, 2004)), mk()
    a, t = address(pick(["dusun", "kp", "jl"]), True)
    return ["Adik saya ", N(adik, "full"), " (lahir ", dob(adik), ") ODGJ dan dipasung keluarga besar di ", a, t, ". ",
            "RSJ menolak karena 'tidak ada surat rujukan'. Puskesmas tidak punya dokter jiwa. Mohon Dinsos membantu. Saya ", N(rep, "full"), "."]


def rs_papua():
    mama, rep = people(2, ["papua"], sexes=["P", pick("LP")])
    mama.dob = (mama.dob[0], mama.dob[1], rint(1950, 1970))
    return ["Mama ", N(mama, "full"), " sakit gula, su ", str(rint(3, 6)), " hari di ", pick(["RSUD Dok II Jayapura", "RSUD Wamena", "RSUD Nabire"]),
            " tapi dokter spesialis tra ada. Kartu KIS mama ", bpjs(), ". Tolong rujuk ke Makassar. Sa pu nomor ", phone(rep), " (", N(rep, "call"), ")."]


def rs_dokter_praktik():
    dok, rep = mk(born=(1970, 1988)), mk()
    a, t = address(pick(["jl", "komp"]), False)
    return ["dr. ", N(dok, "full"), pick(SP), " yang praktik sore di ", a, t, " meminta pasien BPJS datang ke praktik pribadinya kalau mau cepat operasi, bayar ",
            rupiah(3000000, 30000000), ". Banyak pasien jadi korban. Pelapor: ", N(rep, "full"), " (", email(rep), ")"]


def rs_regis():
    p, s = mk(), mk(born=(1990, 2002))
    return ["Pendaftaran online di ", pick(RS), " kacau. Nomor registrasi saya ", f"{pick([2025, 2026])}{digits(6)}", " dan No. RM ", f"{digits(8)}",
            " tidak terbaca di loket. Petugas pendaftaran ", N(s, "call"), " menyuruh daftar ulang dari subuh. Nama pasien ", N(p, "upper"), ", HP ", phone(p)]


def rs_no_1():
    return ["Antrean poli penyakit dalam di ", pick(RS), " mulai jam 5 pagi, dokter baru datang jam 11. No. antrean saya 87, pulang jam 4 sore. ",
            "Mohon Direktur RS dan Dinas Kesehatan menertibkan jadwal dokter."]


def rs_no_2():
    return ["Obat kronis untuk pasien prolanis kosong sejak ", incident_date(), " di apotek ", pick(RS), ". Pasien disuruh beli sendiri ", rupiah(100000, 2000000),
            ". Sesuai ", pick(["Permenkes 28/2014", "Perpres 82/2018"]), " obat harus dijamin. Pengaduan ke BPJS 165 dijawab 'koordinasi dengan RS'."]


def rs_no_3():
    return ["Pasien No. RM 12-45-78 (identitas di berkas RS) dipulangkan pada hari ke-3 karena 'paket INA-CBG habis'. Praktik seperti ini melanggar ketentuan JKN. ",
            "Ruang kelas III di RSUD dr. ", pick(["Soedarso", "M. Haulussy", "Zainoel Abidin"]), " juga bocor."]


def rs_no_4():
    return ["IGD Puskesmas ", pick(["Oesapa", "Waena", "Tikala"]), " tutup jam 14.00 padahal tertulis 24 jam. Ambulans hanya 1 untuk ", str(rint(8, 20)),
            " desa. Kepala Puskesmas bilang kurang tenaga. Hotline 119 dialihkan ke nomor kantor yang tidak diangkat."]


def rs_no_5():
    return ["Tarif parkir di ", pick(RS), " naik jadi ", rupiah(5000, 15000), " per jam untuk keluarga pasien yang menunggu. Keluarga pasien rawat inap kelas III keberatan. ",
            "Kami sudah email ke humas@rsud.go.id sejak ", incident_date(), "."]


RUMAHSAKIT = ([rs_tolak, rs_perawat, rs_bayi, rs_tagihan, rs_ambulans, rs_jiwa, rs_papua, rs_dokter_praktik, rs_regis],
              [rs_no_1, rs_no_2, rs_no_3, rs_no_4, rs_no_5])


# ----------------------------------------------------------------------------------------
# 14. sekolah_tinggi -- university matters
# ----------------------------------------------------------------------------------------

UNIV = [("Universitas Bumi Khatulistiwa", "ubk.ac.id"), ("Universitas Lembah Baliem", "ulb.ac.id"),
        ("Institut Teknologi Tanjung Harapan", "itth.ac.id"), ("Universitas Negeri Kepulauan Rempah", "unkr.ac.id"),
        ("STKIP Nusa Flobamora", "stkipnf.ac.id"), ("Universitas Islam Serambi Barat", "uisb.ac.id"),
        ("Politeknik Kesehatan Teluk Cenderawasih", "poltekkes-tc.ac.id"), ("Universitas Nyiur Melambai", "unm-manado.ac.id")]


def nim():
    return pick([f"{rint(19, 24)}{digits(8)}", f"{pick(['A', 'B', 'F', 'H'])}{rint(1, 9)}{rint(19, 24)}{digits(5)}", f"{rint(2019, 2024)}{digits(6)}"])


def campus_mail(p, dom):
    w = _slug(p.full)
    base = pick([".".join(w[:2]), w[0] + str(rint(19, 24)), w[0] + "." + w[-1]])
    return (f"{base}@{pick(['student.', 'mhs.', 'students.', ''])}{dom}", "EMAIL")


def st_kipk():
    p = mk(born=(2002, 2006))
    u, dom = pick(UNIV)
    return ["Saya ", N(p, "full"), ", mahasiswa ", u, " (NIM ", nim(), "), penerima KIP-K angkatan ", str(rint(2021, 2024)), ". ",
            "Bantuan biaya hidup semester ini tidak cair, kata bagian kemahasiswaan nama saya 'diganti' tanpa pemberitahuan. ",
            "Email saya ", campus_mail(p, dom), pick([" atau ", " / "]), phone(p), "."]


def st_ukt():
    ayah = mk(sex="L", born=(1965, 1980))
    p = mk(ayah.region, born=(2003, 2006))
    u, dom = pick(UNIV)
    return ["UKT anak saya ", N(p, "full"), " ditetapkan golongan ", str(rint(5, 8)), " (", rupiah(4000000, 12000000), ") padahal saya buruh tani. Banding UKT ditolak tanpa verifikasi. ",
            "Saya ayahnya, ", N(ayah, "full"), ", penghasilan di bawah UMR, slip dari kepala desa sudah dilampirkan. Kontak ", phone(ayah)]


def st_skripsi():
    s, d = mk(born=(1999, 2003)), mk(born=(1965, 1985))
    u, dom = pick(UNIV)
    return ["Dosen pembimbing saya ", pick(["Prof. Dr. ", "Dr. ", "Dr. Ir. ", ""]), N(d, "full"), pick([", M.Sc.", ", M.Pd.", ", M.T.", ", M.Si.", ", Ph.D."]),
            " (NIP ", nip(d), ", NIDN ", f"00{digits(8)}", ") tidak pernah membalas bimbingan ", str(rint(6, 14)), " bulan dan meminta saya ",
            pick(["membelikan laptop", "mengerjakan proyek pribadinya", "membayar 'uang bimbingan'"]), ". Saya ", N(s, "full"), ", ", u, ", ", campus_mail(s, dom)]


def st_pelecehan():
    d, rep = mk(sex="L", born=(1965, 1985)), mk(sex="P", born=(2001, 2005))
    u, dom = pick(UNIV)
    return ["Saya melaporkan dugaan kekerasan seksual oleh dosen ", u, " bernama ", N(d, "full"), " terhadap beberapa mahasiswi, termasuk saya. ",
            "Laporan ke Satgas PPKS (satgasppks@", dom, ") sejak ", incident_date(), " belum ditindaklanjuti. Saya ", N(rep, "call"),
            ", bisa dihubungi lewat ", pick(["WA ", "nomor "]), phone(rep), ". Mohon identitas saya dirahasiakan."]


def st_senior():
    a, b, rep = mk(born=(2001, 2004)), mk(born=(2001, 2004)), mk(born=(2004, 2007))
    return ["Perpeloncoan maba di fakultas kami. Senior dengan akun IG ", handle(a), " dan ", handle(b), " menyuruh maba push up dan memungut ", rupiah(50000, 500000),
            " untuk 'kas angkatan'. Saya ", N(rep, "full"), ", maba ", str(pick([2025, 2026])), "."]


def st_ijazah():
    p, kap = mk(born=(1998, 2002)), mk(born=(1970, 1985))
    u, dom = pick(UNIV)
    return ["Ijazah saya ditahan ", u, " karena tunggakan ", rupiah(2000000, 15000000), ", padahal saya penerima beasiswa daerah yang dibayar langsung Pemda. ",
            "Kaprodi ", N(kap, "full"), " tidak mau tanda tangan surat keterangan lulus. Saya ", N(p, "full"), ", lahir ", dob(p), ", ", email(p)]


def st_otsus():
    p = mk("papua", born=(2000, 2005))
    u, dom = pick(UNIV)
    kind, acc = bank(pick(["BRI", "Bank Papua", "BNI"]))
    return ["Beasiswa Otsus untuk mahasiswa asal ", pick(["Lanny Jaya", "Yahukimo", "Asmat", "Mappi"]), " di ", u, " belum ditransfer semester ini. ",
            "Sa ", N(p, "full"), ", rekening ", kind, " ", acc, ". Kami makan seadanya di asrama."]


def st_kkn():
    p, kades = mk(born=(2001, 2004)), mk(sex="L")
    return ["Mahasiswa KKN kami di desa ", pick(["Oenlasi", "Watu Kalo", "Sidomulyo", "Koto Baru"]), " diusir Kepala Desa ", N(kades, "call"),
            " karena menanyakan APBDes. Koordinator KKN: ", N(p, "full"), ", ", phone(p), ". Dosen pembimbing lapangan tidak bisa dihubungi."]


def st_no_1():
    u, dom = pick(UNIV)
    return ["Kenaikan UKT di ", u, " tahun ajaran ", str(rint(2025, 2026)), " mencapai 80% tanpa sosialisasi. SK Rektor ", f"{rint(100, 999)}/UN{rint(10, 60)}/KU/{pick([2025, 2026])}", ". ",
            "BEM sudah audiensi, rektorat berjanji meninjau. Informasi resmi hanya lewat akademik@", dom, "."]


def st_no_2():
    return ["Kuota KIP-K di kampus kami dipotong dari ", str(rint(300, 600)), " jadi ", str(rint(100, 250)), " mahasiswa. Pendaftar tahun ini ",
            str(rint(1000, 3000)), " orang. Mohon Puslapdik menjelaskan. Sesuai Permendikbud No. 10 Tahun 2020 KIP-K prioritas keluarga miskin."]


def st_no_3():
    u, dom = pick(UNIV)
    return ["Satgas PPKS ", u, " belum terbentuk padahal ", pick(["Permendikbudristek No. 30 Tahun 2021", "Permendikbudristek No. 55 Tahun 2024"]),
            " mewajibkan. Kanal aduan satgasppks@", dom, " tidak aktif. Kami mahasiswa tidak tahu harus melapor ke mana."]


def st_no_4():
    return ["Jadwal wisuda diundur ", str(rint(2, 4)), " kali. Biaya wisuda ", rupiah(500000, 2000000), " sudah dibayar sejak ", incident_date(),
            ". NIM angkatan 2020 belum masuk PDDikti. Rektorat hanya menjawab 'menunggu kebijakan yayasan'."]


def st_no_5():
    return ["Asrama mahasiswa Papua di ", pick(["Yogyakarta", "Makassar", "Manado", "Malang"]), " listriknya diputus karena tunggakan ", rupiah(20000000, 150000000),
            ". Pemprov sudah janji bayar. ", str(rint(40, 120)), " mahasiswa terdampak. Mohon Badan Penghubung Daerah segera bertindak."]


SEKOLAH = ([st_kipk, st_ukt, st_skripsi, st_pelecehan, st_senior, st_ijazah, st_otsus, st_kkn],
           [st_no_1, st_no_2, st_no_3, st_no_4, st_no_5])


# ----------------------------------------------------------------------------------------
# 15. sms -- very short hotline messages (20-160 chars, no punctuation)
# ----------------------------------------------------------------------------------------

def sms_pl(p):
    return (p.full.lower() if chance(0.5) else p.full.upper()) if chance(0.6) else p.call.lower()


def sms_1():
    p = mk()
    return ["sy ", (sms_pl(p), "PERSON"), " ", phone(p, "plain"), " blt blm cair ", str(rint(2, 5)), " bln mhn dibantu"]


def sms_2():
    return ["lapor pungli samsat nopol ", plate(style=pick(["glued", "lower", "space"])), " dimintai ", str(rint(1, 5)), "00rb"]


def sms_3():
    p = mk()
    return ["nik ", nik(p, "plain", typo=chance(0.3)), " knp gk terdaftar pkh ", pick(["mhn dicek", "tlg bantu", "pdhl miskin"])]


def sms_4():
    return ["bpjs ", bpjs("plain"), " nonaktif pdhl pbi ", pick(["tlg dicek", "ibu sy mau opname", "mhn diaktifkn"])]


def sms_5():
    p = mk(born=(2010, 2016))
    return ["ank sy ", (sms_pl(p), "PERSON"), " dipukul guru di sdn ", str(rint(1, 9)), " ", pick(["mhn ditindak", "tlg diusut", "sy tdk terima"])]


def sms_6():
    return ["tlg hub sy di ", phone(None, pick(["plain", "62plain"])), " soal laporan kmrn ", pick(["blm ada kabar", "mksh", "sdh 2 mgg"])]


def sms_7():
    p = mk(sex="L")
    return ["kades ", (p.call.lower(), "PERSON"), " jual beras bansos ke toko ", pick(["tlg diperiksa", "wrg resah", "sdh lama"])]


def sms_8():
    p = mk()
    return ["email sy ", email(p), " blm dpt balasan dr dinas ttg izin usaha"]


def sms_9():
    a, _ = address(pick(["gg", "jl", "dusun", "kp"]), False)
    return ["rmh sy ", (a[0].lower() if chance(0.5) else a[0], "ADDRESS"), " kebanjiran tiap hujan gorong2 mampet"]


def sms_10():
    p = mk()
    return ["PAK TOLONG ", (p.full.upper(), "PERSON"), " NO ", phone(p, "plain"), " SUDAH 3X DITOLAK RS"]


def sms_11():
    p = mk()
    kind, acc = bank(pick(["BRI", "BNI", "BCA", "Mandiri"]))
    return ["penipu minta trf ke rek ", kind.lower(), " ", (acc[0].replace("-", ""), "BANK_ACCOUNT"), " an ", (sms_pl(p), "PERSON")]


def sms_12():
    p = mk()
    return [(sms_pl(p), "PERSON"), " ", phone(p, "plain"), " lampu jln mati"]


def sms_no_1():
    return ["lampu jln mati 2 mgg di rt 04 tlg diperbaiki"]


def sms_no_2():
    return ["jalan km ", str(rint(10, 80)), " ambles bahaya utk motor mlm"]


def sms_no_3():
    return ["air pdam mati ", str(rint(2, 6)), " hr tdk ada info"]


def sms_no_4():
    return ["antrian dukcapil smp sore kuota cm ", str(rint(30, 80)), " org"]


def sms_no_5():
    return ["sms ke 1708 blm dibalas tiket ", str(rint(1000000, 9999999))]


def sms_13():
    p, q = mk(), mk(sex="L")
    return ["pak sy ", (sms_pl(p), "PERSON"), " warga ", pick(["desa", "kel"]), " ", pick(["sukamaju", "oebobo", "tikala", "lam ujong"]),
            " mau lapor kades ", (q.call.lower(), "PERSON"), " potong blt ", str(rint(1, 3)), "00rb per org kalau mau konfirmasi hub ", phone(p, "plain"),
            " mksh"]


def sms_14():
    p = mk()
    a, _ = address(pick(["jl", "gg", "perum"]), True)
    return ["lapor tiang listrik miring depan rmh sy ", (a[0].lower().replace(".", "").replace(",", ""), "ADDRESS"), " kabel hampir putus bahaya anak2 ",
            (sms_pl(p), "PERSON")]


SMS = ([sms_1, sms_13, sms_14, sms_2, sms_3, sms_4, sms_5, sms_6, sms_7, sms_8, sms_9, sms_10, sms_11, sms_12],
       [sms_no_1, sms_no_2, sms_no_3, sms_no_4, sms_no_5])


# ----------------------------------------------------------------------------------------
# 16. surat -- long formal letters (2-4 KB)
# ----------------------------------------------------------------------------------------

def surat_no(code):
    return f"{rint(1, 120):03d}/{code}/{pick(ROMAN + ['VIII', 'IX', 'X', 'XI', 'XII'])}/{pick([2025, 2026])}"


def kepada(pl):
    head = "Bupati " if pl.kind == "KABUPATEN" else "Wali Kota "
    return pick([["Kepada Yth.\n", pick(["Bapak ", "Ibu "]), head, pl.city, "\ndi –\n      Tempat"],
                 ["Kepada Yth.\nKepala Perwakilan Ombudsman RI Provinsi ", pl.prov, "\ndi\n   Tempat"],
                 ["Yth. Inspektur Daerah ", pl.gov, "\ndi tempat"]])


def identitas(p, pl, with_addr=True, job=None):
    a, t = address(pick(["jl", "perum", "btn", "jlgg"] if pl.unit == "Kel." else ["dusun", "jl", "kp", "dusun"]), None, pl=pl)
    city = pl.city if chance(0.6) else pick(CITY).title()
    rows = ["Nama", pick(["\t\t: ", "            : ", " : "]), N(p, "full"), "\n",
            "NIK", pick(["\t\t\t: ", "             : ", " : "]), nik(p), "\n",
            "Tempat/Tgl. Lahir", pick(["\t: ", " : "]), city, ", ", dob(p), "\n",
            "Pekerjaan", pick(["\t\t: ", " : "]), job or pick(["Petani", "Wiraswasta", "Guru Honorer", "Nelayan", "Mengurus Rumah Tangga", "Pensiunan PNS"]), "\n"]
    if with_addr:
        rows += ["Alamat", pick(["\t\t: ", " : "]), a, t, "\n"]
    rows += ["No. HP/WA", pick(["\t\t: ", " : "]), phone(p), "\n"]
    if chance(0.35):
        rows += ["Telp. rumah", pick(["\t: ", " : "]), landline(pl.area), "\n"]
    return rows


def ttd(p, role):
    return [role, "\n\n\n", pick(["(", ""]), N(p, pick(["full", "upper"])), pick([")", ""])]


P_LAND = ["Bahwa kami adalah ahli waris yang sah atas sebidang tanah seluas kurang lebih {luas} m2 berdasarkan Letter C Desa Nomor {c} persil {ps}, yang telah dikuasai secara turun-temurun sejak tahun 1960-an dan pajaknya dibayar setiap tahun.",
          "Bahwa pada bulan {bln} {thn}, tanpa sepengetahuan para ahli waris, tanah tersebut telah diterbitkan sertifikat hak milik atas nama pihak lain, sedangkan kami tidak pernah menandatangani akta jual beli maupun hibah.",
          "Bahwa kami telah berusaha menyelesaikan secara kekeluargaan melalui mediasi di kantor desa sebanyak {n} kali, namun pihak terlapor tidak pernah hadir dengan alasan sibuk.",
          "Bahwa akibat perbuatan tersebut kami mengalami kerugian materiil dan immateriil, serta tidak dapat mengolah lahan yang menjadi satu-satunya sumber penghidupan keluarga.",
          "Bahwa berdasarkan UU No. 25 Tahun 2009 tentang Pelayanan Publik, setiap warga negara berhak memperoleh pelayanan publik yang adil dan tidak diskriminatif, termasuk dalam urusan pertanahan.",
    'Bahwa berdasarkan keterangan para saksi yang masih hidup, tidak pernah ada pengukuran ulang oleh petugas pertanahan di atas bidang tanah tersebut, dan patok batas yang dipasang orang tua kami masih berdiri sampai sekarang.',
    'Bahwa pada {tgl} pihak terlapor mendatangkan alat berat untuk meratakan tanah dan menebang {n2} pohon kelapa milik keluarga kami tanpa pemberitahuan, sehingga kami terpaksa melapor ke Polsek setempat.']
P_DD = ["Bahwa berdasarkan papan informasi kegiatan yang terpasang di balai desa, anggaran pembangunan jalan rabat beton Tahun Anggaran {thn} sebesar {rpb} hanya direalisasikan sepanjang {m} meter dari rencana {m2} meter.",
        "Bahwa pengadaan bibit dan ternak untuk program ketahanan pangan senilai {rpb} tidak pernah diterima oleh kelompok sasaran, dan daftar penerima yang ditempel berisi nama-nama keluarga perangkat desa.",
        "Bahwa musyawarah desa pertanggungjawaban tidak pernah dilaksanakan selama {n} tahun terakhir, dan Badan Permusyawaratan Desa tidak pernah diundang membahas APBDes perubahan.",
        "Bahwa kami telah menyampaikan permintaan informasi publik secara tertulis pada {tgl}, namun sampai batas waktu yang ditentukan dalam UU No. 14 Tahun 2008 tidak ada jawaban.",
        "Bahwa keadaan tersebut menimbulkan keresahan di tengah masyarakat dan berpotensi menimbulkan konflik horizontal apabila tidak segera ditangani oleh aparat pengawas internal pemerintah.",
    'Bahwa pembayaran insentif kader posyandu, guru PAUD, dan linmas selama {n} bulan tertunda, padahal dalam APBDes anggarannya telah dicairkan dari rekening kas desa.',
    'Bahwa sebagian material proyek dibeli dari toko milik keluarga perangkat desa dengan harga jauh di atas harga pasar, sebagaimana terlihat dari perbandingan nota yang kami lampirkan.']
P_SEK = ["Bahwa pada awal tahun ajaran baru pihak sekolah memungut biaya seragam, buku LKS, dan 'uang pembangunan' sebesar {rp} per siswa tanpa persetujuan rapat orang tua.",
         "Bahwa siswa yang belum melunasi pungutan tersebut tidak diperbolehkan mengikuti ujian tengah semester dan namanya diumumkan di depan kelas, sehingga anak-anak merasa malu.",
         "Bahwa dana BOS yang diterima sekolah pada tahun {thn} berjumlah {rpb}, namun laporan penggunaannya tidak pernah dipublikasikan sebagaimana diwajibkan dalam petunjuk teknis.",
         "Bahwa Komite Sekolah telah dua kali mengundang Kepala Sekolah untuk klarifikasi pada {tgl}, namun undangan tersebut tidak dihadiri.",
         "Bahwa berdasarkan Permendikbud No. 75 Tahun 2016, komite sekolah dilarang melakukan pungutan dari peserta didik atau orang tua/walinya.",
    'Bahwa pembelian buku LKS diwajibkan melalui koperasi sekolah dengan harga {rp} per paket, sedangkan di toko buku harga buku yang sama jauh lebih murah.',
    'Bahwa pengumuman pungutan disampaikan melalui grup WhatsApp wali kelas disertai ancaman bahwa siswa yang tidak membayar tidak akan mendapatkan kartu ujian.']
P_TANI = ["Bahwa kelompok tani kami beranggotakan {n2} orang petani penggarap dengan luas lahan keseluruhan {ha} hektare yang tercatat dalam RDKK musim tanam {thn}.",
          "Bahwa alokasi pupuk bersubsidi yang kami terima hanya sekitar sepertiga dari kebutuhan dalam RDKK, sementara kios pengecer menjual pupuk non-subsidi dengan harga {rps} per sak.",
          "Bahwa beberapa anggota kami dicoret dari e-RDKK tanpa pemberitahuan, padahal masih aktif mengolah lahan dan memiliki kartu tani.",
          "Bahwa petugas penyuluh lapangan telah kami laporkan kondisi ini pada {tgl}, tetapi hanya dijawab bahwa kuota kabupaten terbatas.",
          "Bahwa keterlambatan pupuk menyebabkan gagal tanam pada sebagian lahan dan kerugian yang diperkirakan mencapai {rpb}.",
    'Bahwa distribusi pupuk dari distributor ke kios sering terlambat hingga melewati masa pemupukan pertama, sehingga tanaman padi menguning dan tumbuh tidak merata.',
    'Bahwa beberapa anggota kelompok diminta membayar biaya tambahan untuk pengangkutan pupuk dari gudang kecamatan, padahal harga eceran tertinggi sudah termasuk biaya angkut.']
P_POL = ["Bahwa sejak beroperasinya pabrik pengolahan di sekitar permukiman kami, air sumur warga berubah warna dan berbau, sehingga tidak layak dikonsumsi.",
         "Bahwa asap dan debu dari cerobong pabrik menyebabkan banyak anak-anak mengalami batuk dan sesak napas; data puskesmas mencatat kenaikan kasus ISPA sebesar {pct}%.",
         "Bahwa limbah cair dibuang ke sungai yang menjadi sumber irigasi sawah seluas {ha} hektare, sehingga hasil panen menurun drastis.",
         "Bahwa warga telah menyampaikan keberatan kepada pihak perusahaan pada {tgl}, namun tidak ada perubahan berarti dan dokumen AMDAL tidak pernah disosialisasikan.",
         "Bahwa kami memohon agar Dinas Lingkungan Hidup melakukan uji laboratorium secara terbuka dan meninjau kembali izin lingkungan perusahaan tersebut.",
    'Bahwa pada malam hari kebisingan mesin pabrik melebihi baku mutu, sehingga warga lanjut usia dan bayi sulit beristirahat, dan pengukuran sederhana menunjukkan tingkat kebisingan di atas 70 dB.',
    'Bahwa truk pengangkut bahan baku melintas di jalan kampung yang sempit dengan kecepatan tinggi dan telah menyebabkan {n} kali kecelakaan yang melibatkan anak sekolah.']
P_BURUH = ["Bahwa upah kami bulan {bln} dan bulan berikutnya belum dibayarkan oleh perusahaan, dengan alasan arus kas terganggu.",
           "Bahwa perusahaan membayar upah di bawah Upah Minimum Kabupaten tahun {thn}, dan tidak ada kesepakatan penangguhan yang disahkan oleh gubernur.",
           "Bahwa iuran jaminan sosial yang dipotong dari upah pekerja tidak disetorkan sehingga kartu kepesertaan banyak pekerja tidak aktif ketika berobat.",
           "Bahwa upaya perundingan bipartit telah dilakukan sebanyak {n} kali dan dituangkan dalam risalah, tetapi manajemen tidak menepati hasil perundingan.",
           "Bahwa sesuai PP No. 36 Tahun 2021 tentang Pengupahan, pengusaha wajib membayar upah tepat waktu dan dapat dikenai denda keterlambatan.",
    'Bahwa pekerja yang mempertanyakan keterlambatan upah justru dimutasi ke bagian lain atau tidak diperpanjang kontraknya, tanpa alasan yang jelas dan tanpa surat peringatan.',
    'Bahwa jam kerja lembur tidak dihitung sesuai ketentuan dan banyak pekerja bekerja lebih dari 12 jam per hari pada masa puncak produksi tanpa upah lembur.']

PERMOHONAN = ["melakukan pemeriksaan lapangan dan klarifikasi kepada pihak-pihak terkait sesegera mungkin",
              "memberikan perlindungan kepada pelapor dan saksi dari segala bentuk intimidasi, mengingat kami masih tinggal di lingkungan yang sama",
              "menyampaikan hasil pemeriksaan secara tertulis kepada kami sesuai batas waktu penyelesaian pengaduan",
              "mengambil tindakan administratif maupun hukum sesuai ketentuan peraturan perundang-undangan apabila terbukti terjadi pelanggaran",
              "memulihkan hak-hak masyarakat yang dirugikan dan memastikan kejadian serupa tidak terulang"]

PERMOHONAN = ["melakukan pemeriksaan lapangan dan klarifikasi kepada pihak-pihak terkait sesegera mungkin",
              "memberikan perlindungan kepada pelapor dan saksi dari segala bentuk intimidasi, mengingat kami masih tinggal di lingkungan yang sama",
              "menyampaikan hasil pemeriksaan secara tertulis kepada kami sesuai batas waktu penyelesaian pengaduan",
              "mengambil tindakan administratif maupun hukum sesuai ketentuan peraturan perundang-undangan apabila terbukti terjadi pelanggaran",
              "memulihkan hak-hak masyarakat yang dirugikan dan memastikan kejadian serupa tidak terulang"]
PENUTUP = ["Kami menyadari bahwa aparatur pemerintah memiliki beban kerja yang besar. Namun demikian, kami berharap pengaduan ini dapat ditangani secara sungguh-sungguh, karena menyangkut hak dasar warga dan kepercayaan masyarakat terhadap pemerintah.",
           "Kami tetap menghormati proses yang berjalan dan siap memberikan keterangan tambahan apabila diperlukan. Seluruh dokumen asli dapat kami perlihatkan pada saat pemeriksaan.",
           "Pengaduan ini kami sampaikan dengan itikad baik, semata-mata agar penyelenggaraan pelayanan publik berjalan sesuai asas kepastian hukum, keterbukaan, dan akuntabilitas."]


def permohonan(k=None, skip_b=False):
    items = [x for i, x in enumerate(PERMOHONAN) if not (skip_b and i == 1)]
    k = min(k or rint(3, 5), len(items))
    out = ["Sehubungan dengan hal tersebut, kami memohon agar Bapak/Ibu berkenan:\n"]
    for i, s in enumerate(items[:k]):
        out += [f"{'abcde'[i]}. ", s, ";\n" if i < k - 1 else ".\n"]
    return out


def penutup():
    return [pick(PENUTUP), "\n\n"]


def dasar(regs):
    out = ["Dasar:\n"]
    for i, r in enumerate(regs, 1):
        out += [f"{i}. ", r, ";\n" if i < len(regs) else ".\n"]
    return out


TEMBUSAN = ["Ketua DPRD {r}", "Inspektur Daerah {r}", "Camat {c}", "Kapolres {r}", "Kepala Perwakilan Ombudsman RI Provinsi {p}",
            "Kepala Dinas PMD {r}", "Kepala Dinas Pendidikan {r}", "Kepala Dinas Lingkungan Hidup {r}", "Kepala Dinas Tenaga Kerja {r}",
            "Kepala Kantor Pertanahan {r}", "Kepala Dinas Pertanian {r}", "Kepala Dinas Kesehatan {r}"]
TEMB_FOR = {"tanah": [0, 1, 2, 3, 9], "dd": [0, 1, 2, 4, 5], "sekolah": [0, 1, 4, 6], "tani": [0, 2, 10, 5], "pol": [0, 2, 3, 7, 11],
            "buruh": [0, 4, 8, 3], "umum": [0, 1, 2, 4], "kes": [0, 4, 11]}


def tembusan(k, pl, kind="umum"):
    idx = TEMB_FOR[kind]
    items = [TEMBUSAN[i].format(r=pl.gov, c=pick(pl.kec), p=pl.prov) for i in sample(idx, min(k, len(idx)))] + ["Arsip"]
    out = ["Tembusan:\n"]
    for i, it in enumerate(items, 1):
        out += [f"{i}. ", "Yth. " if it != "Arsip" else "", it, "\n"]
    return out


def fill(s):
    return s.format(luas=rint(400, 5000), c=rint(10, 900), ps=rint(1, 99), bln=pick(BULAN), thn=rint(2022, 2025), n=rint(2, 5),
                    reg=pick(["UU No. 25 Tahun 2009", "UU No. 6 Tahun 2023", "PP 36/2021", "UU No. 30 Tahun 2014"]), rp=rupiah(150_000, 2_500_000),
                    rpb=rupiah(50_000_000, 500_000_000), rps=rupiah(250_000, 450_000), m=rint(100, 400), m2=rint(500, 1200), tgl=incident_date(), n2=rint(20, 60),
                    ha=rint(10, 120), pct=rint(20, 80))


def paras(pool, k):
    out = []
    for i, s in enumerate(pool[:k], 1):
        out += [f"{i}. ", fill(s), "\n"]
    return out


def lampiran(items):
    out = ["Lampiran:\n"]
    for i, it in enumerate(items, 1):
        out += [f"{i}. ", it, ";\n" if i < len(items) else ".\n"]
    return out


def desa_of(pl):
    return pick(pl.kel) if pl.unit != "Kel." else pick(["Sukamaju", "Mekarsari", "Tanjung Harapan", "Sidomulyo"])


def surat_tanah(k):
    pl = pick([p for p in PLACES if p.unit != "Kel."])
    rep, ter, s1, s2 = people(4, pl.regions, pl=pl)
    alm = mk(pick(pl.regions), "L", born=(1925, 1945))
    return [tgl_surat(pl.city), "\n\n", "Nomor\t: -\nLampiran\t: 1 (satu) berkas\nPerihal\t: Pengaduan Penerbitan Sertifikat Tanah Warisan\n\n", kepada(pl), "\n\n",
            "Dengan hormat,\nYang bertanda tangan di bawah ini:\n", identitas(rep, pl), "\n",
            "bertindak untuk diri sendiri dan mewakili para ahli waris almarhum ", N(alm, "full"),
            ", dengan ini menyampaikan pengaduan terhadap ", hon(ter, True), " ", N(ter, "full"), " (", pick(["mantan Kepala Desa", "Sekretaris Desa", "perangkat desa"]), " ",
            desa_of(pl), ") dengan uraian sebagai berikut:\n\n",
            paras(P_LAND, k), "\n", permohonan(), "\n", penutup(),
            lampiran(["Fotokopi KTP dan KK pelapor", "Fotokopi Letter C Desa", "Surat keterangan ahli waris", "Foto lokasi tanah"][:rint(2, 4)]), "\n",
            "Demikian pengaduan ini kami sampaikan. Atas perhatian dan tindak lanjutnya kami ucapkan terima kasih.\n\n",
            ttd(rep, "Hormat kami,\nPelapor,"), "\n\nSaksi-saksi:\n1. ", N(s1, "full"), " (", phone(s1), ")\n2. ", N(s2, "full"), "\n\n", tembusan(rint(2, 4), pl, "tanah")]


def surat_lsm(k):
    pl = pick(PLACES)
    ket, sek, kades, bend = people(4, pl.regions, pl=pl)
    nm = pick(["LEMBAGA SWADAYA MASYARAKAT PEDULI DESA MANDIRI", "FORUM MASYARAKAT PEMANTAU ANGGARAN", "LSM GERAKAN TRANSPARANSI DESA"])
    return [nm, "\nSekretariat: Jl. ", pick(["Perintis Kemerdekaan", "Gatot Subroto", "Pahlawan"]), " No. ", str(rint(1, 90)), ", ", pl.city,
            " | Telp. ", inst(f"({pl.area}) {digits(6)}"), " | Email: sekretariat@", pick(["pedulidesa.or.id", "fmpa.or.id", "getrades.or.id"]), "\n",
            "=" * rint(40, 60), "\n\n", "Nomor\t\t: ", surat_no(pick(["LSM-PDM", "FMPA", "GTD"])), "\nLampiran\t: 1 (satu) bundel\nPerihal\t\t: Laporan Dugaan Penyimpangan Dana Desa\n\n",
            kepada(pl), "\n\n", "Dengan hormat,\n",
            "Berdasarkan hasil pemantauan dan pengaduan masyarakat, kami menyampaikan dugaan penyimpangan pengelolaan Dana Desa oleh Kepala Desa ",
            desa_of(pl), ", ", hon(kades, True), " ", N(kades, "full"), ", bersama Kaur Keuangan ", N(bend, "full"), ", dengan uraian sebagai berikut:\n\n", paras(P_DD, k), "\n",
            permohonan(), "\n", penutup(),
            lampiran(["Foto papan informasi kegiatan", "Salinan APBDes", "Daftar hadir warga yang dirugikan", "Kronologi kejadian"][:rint(2, 4)]), "\n",
            pl.city, ", ", incident_date(), "\n\n", "Ketua,", "\t\t\t\t", "Sekretaris,", "\n\n\n", N(ket, "full"), "\t\t\t", N(sek, "full"), "\n\n", tembusan(rint(3, 4), pl, "dd")]


def surat_komite(k):
    pl = pick(PLACES)
    ket, sek, ks, ortu = people(4, pl.regions, pl=pl)
    ks = mk(pick(pl.regions), born=(1968, 1985))
    return ["KOMITE SEKOLAH ", pick(["SMP NEGERI 4", "SD NEGERI 12", "SMA NEGERI 2", "MTs NEGERI 1"]), " ", pl.city.upper(), "\n",
            "Alamat: Jl. ", pick(["Pendidikan", "Sekolah", "Kampus"]), " No. ", str(rint(1, 40)), ", ", pl.city, " (NPSN ", f"{rint(10, 70)}{digits(6)}", ")\n\n",
            "Nomor\t: ", surat_no("KOMITE"), "\nPerihal\t: Keberatan atas Pungutan dan Pengelolaan Dana BOS\n\n", kepada(pl), "\n\n", "Dengan hormat,\n",
            "Kami, pengurus Komite Sekolah, menyampaikan keberatan para orang tua/wali murid terhadap kebijakan Kepala Sekolah, ", hon(ks, True), " ",
            N(ks, "full"), pick([", S.Pd., M.Pd.", ", S.Pd.", ", M.Pd."]), " (NIP ", nip(ks), "), dengan pokok-pokok sebagai berikut:\n\n", paras(P_SEK, k), "\n",
            "Salah satu orang tua murid, ", hon(ortu, True), " ", N(ortu, "full"), ", bahkan diminta menandatangani surat pernyataan sanggup membayar sebelum anaknya dapat mengambil rapor.\n\n",
            "Kami memohon agar Dinas Pendidikan melakukan pembinaan dan pemeriksaan, serta menghentikan pungutan yang tidak sesuai ketentuan.\n\n", penutup(),
            lampiran(["Daftar hadir rapat orang tua", "Salinan surat edaran sekolah", "Bukti kwitansi pembayaran"][:rint(2, 3)]), "\n",
            pl.city, ", ", incident_date(), "\nKetua Komite,\t\t\tSekretaris,\n\n\n", N(ket, "full"), "\t\t\t", N(sek, "full"), "\n\n", tembusan(rint(2, 3), pl, "sekolah")]


def surat_tani(k):
    pl = pick([p for p in PLACES if p.unit != "Kel."])
    ket = mk(pick(pl.regions), pl=pl)
    anggota = people(rint(3, 5), pl.regions, pl=pl)
    rows = []
    for i, a in enumerate(anggota, 1):
        rows += [f"{i}. ", N(a, pick(["full", "upper"])), " – NIK ", nik(a, pick(["plain", "plain", "space"])), "\n"]
    return ["KELOMPOK TANI \"", pick(["SRI REJEKI", "SUBUR MAKMUR", "TUNAS HARAPAN", "MAWAR MEKAR"]), "\"\n", pl.unit, " ", pick(pl.kel), ", ",
            "Kecamatan ", pick(pl.kec), ", ", pl.gov, "\n\n", "Nomor\t: ", surat_no("KT"), "\nPerihal\t: Permohonan Penambahan Alokasi Pupuk Bersubsidi\n\n", kepada(pl), "\n\n",
            "Dengan hormat,\nKami atas nama pengurus dan anggota Kelompok Tani menyampaikan hal-hal sebagai berikut:\n\n", paras(P_TANI, k), "\n",
            "Adapun anggota yang dicoret dari e-RDKK tanpa pemberitahuan adalah:\n", rows, "\n", permohonan(), "\n", penutup(),
            lampiran(["Salinan RDKK", "Fotokopi kartu tani anggota", "Berita acara rapat kelompok"][:rint(2, 3)]), "\n",
            pl.city, ", ", incident_date(), "\nKetua Kelompok Tani,\n\n\n", N(ket, "full"), "\n", phone(ket), "\n\n", tembusan(rint(2, 3), pl, "tani")]


def surat_petisi(k):
    pl = pick(PLACES)
    koor = mk(pick(pl.regions), pl=pl)
    warga = people(rint(3, 5), pl.regions, pl=pl)
    rows = []
    for i, w in enumerate(warga, 1):
        rows += [f"{i}. ", N(w, "full"), ", ", ADDRESS_V(pick(["jl", "gg", "dusun", "perum"]), True), pick([", ttd", " (ttd)", ""]), "\n"]
    return ["Perihal: Pengaduan Pencemaran Lingkungan oleh Pabrik di Sekitar Permukiman\n\n", kepada(pl), "\n\n",
            "Dengan hormat,\nKami warga yang tinggal di sekitar kawasan industri Kecamatan ", pick(pl.kec), ", ", pl.gov,
            ", menyampaikan pengaduan sebagai berikut:\n\n", paras(P_POL, k), "\n", permohonan(), "\n", penutup(),
            "Demikian pengaduan ini kami sampaikan dengan dukungan tanda tangan warga (daftar lengkap terlampir, ", str(rint(80, 400)), " KK). Perwakilan warga:\n", rows, "\n",
            "Koordinator warga: ", N(koor, "full"), ", ", phone(koor), ", ", email(koor), "\n\n", tembusan(rint(3, 4), pl, "pol")]


def surat_kuasa(k):
    pl = pick(PLACES)
    pem, adv1, adv2, ter = mk(pick(pl.regions), pl=pl, born=(1975, 2000)), mk(born=(1970, 1990)), mk(born=(1975, 1995)), mk()
    a, t = address("jl", False, pl=pl)
    return ["KANTOR HUKUM ", N(adv1, "upper"), " & REKAN\n", "Advokat – Konsultan Hukum\n\n", tgl_surat(pl.city), "\n\n",
            "Nomor\t: ", surat_no("KH-" + "".join(w[0] for w in adv1.full.split()[:2]).upper()), "\nPerihal\t: Pengaduan atas Pemutusan Hubungan Kerja Sepihak dan Upah yang Tidak Dibayar\n\n",
            "Kepada Yth.\nKepala Dinas Tenaga Kerja ", pl.gov, "\ndi –\n      Tempat", "\n\n",
            "Dengan hormat,\nKami yang bertanda tangan di bawah ini, ", N(adv1, "full"), ", S.H., M.H. dan ", N(adv2, "full"), ", S.H., para Advokat yang berkantor di ",
            a, t, ", berdasarkan Surat Kuasa Khusus tertanggal ", incident_date(), " bertindak untuk dan atas nama klien kami:\n",
            identitas(pem, pl, with_addr=False, job=pick(["Karyawan Swasta", "Buruh Harian Lepas", "Operator Produksi"])), "\n",
            "Klien kami adalah pekerja pada perusahaan yang dipimpin oleh ", hon(ter, True), " ", N(ter, "full"), ". Adapun duduk perkaranya sebagai berikut:\n\n",
            paras([x.replace("upah kami", "upah klien kami") for x in P_BURUH], k), "\n",
            permohonan(rint(3, 4), skip_b=True), "\n", "Kami mohon pula agar Dinas Tenaga Kerja memanggil pihak perusahaan dan menerbitkan nota pemeriksaan.\n\n",
            lampiran(["Surat Kuasa Khusus", "Slip gaji terakhir", "Risalah perundingan bipartit"]), "\n", "Hormat kami,\nKuasa Hukum,\n\n\n",
            N(adv1, "full"), ", S.H., M.H.\t\t", N(adv2, "full"), ", S.H.\n\n", tembusan(rint(2, 3), pl, "buruh")]


def surat_serikat(k):
    pl = pick(PLACES)
    ket, sek, hrd = people(3, pl.regions, pl=pl)
    kind, acc = bank(pick(["BRI", "BNI", "Mandiri"]))
    return ["PENGURUS UNIT KERJA SERIKAT PEKERJA ", pick(["PT SINAR LAUT TIMUR", "PT MINAHASA AGRO LESTARI", "PT CAHAYA PAPUA SEJAHTERA", "PT MAJU BERSAMA NUSANTARA"]),
            "\n", pl.gov.upper(), "\n\n",
            "Nomor\t: ", surat_no("PUK-SP"), "\nPerihal\t: Pengaduan Upah dan Iuran Jaminan Sosial\n\n", kepada(pl), "\n\n", "Dengan hormat,\n",
            "Kami pengurus serikat pekerja menyampaikan pengaduan terhadap manajemen perusahaan, khususnya Manajer HRD ", N(hrd, "full"), ", dengan uraian:\n\n",
            paras(P_BURUH, k), "\n", "Sebagai bukti itikad baik, iuran anggota serikat selama ini dikumpulkan di rekening ", kind, " ", acc,
            " atas nama bendahara serikat dan dapat diaudit kapan saja.\n\n", permohonan(rint(3, 4), skip_b=True), "\n", penutup(),
            lampiran(["Daftar pekerja terdampak", "Risalah bipartit", "Slip upah"][:rint(2, 3)]), "\n",
            pl.city, ", ", incident_date(), "\nKetua,\t\t\t\tSekretaris,\n\n\n", N(ket, "full"), "\t\t\t", N(sek, "full"), "\n", phone(ket), "\n\n", tembusan(rint(2, 4), pl, "buruh")]


def tgl_surat(kota):
    return f"{kota}, {incident_date()}"


def surat_no_edaran(k):
    pl = pick(PLACES)
    dom = pl.city.lower().replace(" ", "") + ("kab" if pl.kind == "KABUPATEN" else "kota") + ".go.id"
    return ["PEMERINTAH ", pl.gov.upper(), "\nDINAS KEPENDUDUKAN DAN PENCATATAN SIPIL\n", "Jl. Jenderal Sudirman No. ", str(rint(1, 99)), ", ", pl.city,
            " – Telp. ", inst(f"({pl.area}) {digits(6)}"), " – Email: disdukcapil@", dom, "\n\n",
            "SURAT EDARAN\nNomor: 470/", str(rint(100, 999)), "/DKPS/", str(pick([2025, 2026])), "\nTENTANG\nPELAYANAN ADMINISTRASI KEPENDUDUKAN TANPA PUNGUTAN BIAYA\n\n",
            dasar(["UU No. 23 Tahun 2006 tentang Administrasi Kependudukan sebagaimana telah diubah dengan UU No. 24 Tahun 2013",
                   "UU No. 25 Tahun 2009 tentang Pelayanan Publik", "Perpres No. 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil"][:rint(2, 3)]), "\n",
            "Menindaklanjuti banyaknya pengaduan masyarakat melalui SP4N-LAPOR! terkait pungutan dalam pelayanan administrasi kependudukan, dengan ini disampaikan hal-hal sebagai berikut:\n\n",
            "1. Seluruh layanan administrasi kependudukan tidak dipungut biaya.\n",
            "2. Petugas dilarang meminta imbalan dalam bentuk apa pun, termasuk biaya map, fotokopi, atau 'uang lelah'.\n",
            "3. Lurah dan Kepala Desa agar menyosialisasikan ketentuan ini kepada Ketua RT/RW dan masyarakat, serta menempelkan surat edaran ini di papan pengumuman kantor.\n",
            "4. Masyarakat yang dimintai pungutan dapat melapor melalui SMS 1708, laman lapor.go.id, atau datang langsung ke ruang pengaduan di lantai 1 kantor dinas.\n",
            "5. Kuota layanan perekaman KTP-el ditambah menjadi ", str(rint(150, 300)), " pemohon per hari mulai ", incident_date(), ", dan layanan Sabtu dibuka pukul 08.00–12.00.\n",
            "6. Pelayanan jemput bola bagi lansia, penyandang disabilitas, dan warga di daerah terpencil dijadwalkan setiap hari Kamis melalui kecamatan.\n",
            "7. Pengecekan NIK dapat dilakukan mandiri melalui aplikasi Identitas Kependudukan Digital; NIK yang sudah dicek di aplikasi lain tidak perlu dicetak ulang.\n",
            "8. Setiap loket wajib memasang papan informasi standar pelayanan yang memuat persyaratan, waktu penyelesaian, biaya (Rp0,-), dan saluran pengaduan.\n\n",
            "Pelanggaran terhadap ketentuan ini akan dikenakan sanksi disiplin sesuai PP No. 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil. ",
            "Kepala perangkat daerah dan camat bertanggung jawab atas pengawasan pelaksanaannya di wilayah masing-masing.\n\n",
            "Demikian surat edaran ini untuk dilaksanakan dengan penuh tanggung jawab.\n\n", pl.city, ", ", incident_date(), "\n",
            "KEPALA DINAS KEPENDUDUKAN\nDAN PENCATATAN SIPIL,\n\n(ttd dan cap)\n\n", tembusan(rint(3, 4), pl, "umum")]


def surat_no_forum(k):
    pl = pick([p for p in PLACES if p.unit == "Kel."])
    kel = pick(pl.kel)
    return ["FORUM KETUA RT/RW SE-KELURAHAN ", kel.upper(), "\nSekretariat: Kantor Kelurahan ", kel, ", ", pl.gov, "\n\n",
            "Nomor\t: ", surat_no("FRTRW"), "\nLampiran\t: 1 (satu) berkas\nPerihal\t: Permohonan Perbaikan Drainase dan Jalan Lingkungan\n\n", kepada(pl), "\n\n",
            "Dengan hormat,\nBersama ini kami para Ketua RT dan RW se-Kelurahan ", kel, " menyampaikan permohonan sebagai berikut:\n\n",
            "1. Saluran drainase primer di sepanjang Jl. Ahmad Yani dan Jl. Sam Ratulangi tersumbat sedimen sehingga setiap hujan deras air meluap ke permukiman di RT 04, RT 05, dan RT 07.\n",
            "2. Pada banjir tanggal ", incident_date(), " tercatat ", str(rint(120, 400)), " KK terdampak, ", str(rint(10, 60)), " rumah rusak ringan, dan ", str(rint(2, 9)),
            " fasilitas umum tidak dapat digunakan selama tiga hari.\n",
            "3. Usulan perbaikan telah kami sampaikan dalam Musrenbang Kelurahan tahun ", str(rint(2023, 2025)), " dan Musrenbang Kecamatan dengan nomor usulan ", str(rint(100, 999)),
            ", namun belum terakomodasi dalam APBD.\n",
            "4. Jalan lingkungan menuju SD Negeri ", str(rint(1, 20)), " dan puskesmas pembantu rusak sepanjang kurang lebih ", str(rint(300, 900)), " meter, membahayakan anak sekolah dan lansia.\n",
            "5. Sejumlah gorong-gorong di bawah jalan kolektor runtuh sehingga air tertahan dan menimbulkan genangan berhari-hari yang menjadi sarang nyamuk; kasus demam berdarah meningkat pada musim hujan lalu.\n",
            "6. Warga siap bergotong royong menyediakan tenaga kerja apabila pemerintah menyediakan material secara swakelola.\n\n",
            "Kami berharap Bapak/Ibu berkenan memerintahkan Dinas PUPR untuk meninjau lokasi dan mengalokasikan anggaran pada APBD Perubahan. ",
            "Estimasi kebutuhan berdasarkan perhitungan kasar tim teknis kelurahan adalah ", rupiah(300_000_000, 2_000_000_000), ". ",
            "Permohonan ini kami sampaikan dengan itikad baik, semata-mata agar genangan yang berulang setiap musim hujan dapat diatasi secara tuntas.\n\n",
            lampiran(["Foto-foto lokasi", "Peta sebaran genangan", "Berita acara Musrenbang", "Rekap KK terdampak per RT"]), "\n",
            "Demikian permohonan ini kami sampaikan. Atas perhatian Bapak/Ibu kami ucapkan terima kasih.\n\n", pl.city, ", ", incident_date(), "\n",
            "Atas nama Forum Ketua RT/RW,\nKoordinator\n\n(tanda tangan dan stempel forum)\n\n", tembusan(rint(3, 4), pl, "umum")]


def surat_no_mhs(k):
    pl = pick(PLACES)
    u, dom = pick(UNIV)
    return ["ALIANSI MAHASISWA PEDULI PENDIDIKAN\n", u.upper(), "\nSekretariat: Gedung Pusat Kegiatan Mahasiswa Lt. 2 | Email: bem@", dom, "\n\n",
            "Nomor\t: ", surat_no("AMPP"), "\nPerihal\t: Tuntutan Peninjauan Kembali Kenaikan UKT dan IPI\n\n", "Kepada Yth.\nRektor ", u, "\ndi Tempat\n\n",
            "Dengan hormat,\nMenindaklanjuti Surat Keputusan Rektor Nomor ", f"{rint(100, 999)}/UN{rint(10, 60)}/KU/{pick([2025, 2026])}", " tentang Besaran Uang Kuliah Tunggal, kami menyampaikan sikap dan tuntutan sebagai berikut:\n\n",
            "1. Kenaikan UKT rata-rata ", str(rint(30, 90)), "% untuk mahasiswa baru ditetapkan tanpa konsultasi dengan perwakilan mahasiswa dan orang tua, bertentangan dengan asas partisipasi.\n",
            "2. Proses penetapan golongan UKT tidak transparan; banyak mahasiswa dari keluarga petani dan nelayan ditempatkan di golongan 6 sampai 8.\n",
            "3. Mekanisme banding hanya dibuka selama ", str(rint(3, 7)), " hari kerja dan mensyaratkan dokumen yang sulit diperoleh di daerah asal, seperti surat keterangan penghasilan yang dilegalisasi camat.\n",
            "4. Iuran Pengembangan Institusi sebesar ", rupiah(10_000_000, 60_000_000), " dibebankan juga kepada mahasiswa jalur afirmasi dan penerima KIP-Kuliah.\n",
            "5. Kami meminta rektorat membuka data jumlah mahasiswa per golongan UKT dan dasar perhitungan Biaya Kuliah Tunggal sesuai ", pick(["Permendikbudristek No. 2 Tahun 2024", "UU No. 12 Tahun 2012"]), ".\n",
            "6. Kami meminta pembentukan tim verifikasi UKT yang melibatkan perwakilan BEM dan dosen, dengan hasil verifikasi yang dapat diakses oleh mahasiswa yang bersangkutan.\n",
            "7. Kami juga meminta agar mahasiswa yang orang tuanya terdampak bencana atau kehilangan pekerjaan diberi keringanan otomatis tanpa harus menempuh prosedur banding yang berbelit.\n\n",
            "Apabila tuntutan ini tidak ditanggapi dalam waktu 7 (tujuh) hari sejak surat ini diterima, kami akan menyampaikan pengaduan kepada Ombudsman RI dan Kementerian terkait ",
            "serta menyelenggarakan mimbar bebas secara damai di lingkungan kampus.\n\n", "Demikian surat ini kami sampaikan. Hidup mahasiswa!\n\n", pl.city, ", ", incident_date(), "\n",
            "Koordinator Aliansi\n\n(ttd)\n\n", "Tembusan:\n1. Yth. Ketua Senat Universitas\n2. Yth. Kepala LLDIKTI Wilayah ", pick(ROMAN + ["VIII", "IX", "XII", "XIV"]),
            "\n3. Yth. Kepala Perwakilan Ombudsman RI Provinsi ", pl.prov, "\n4. Arsip"]


def surat_no_desa(k):
    pl = pick([p for p in PLACES if p.unit != "Kel."])
    desa = pick(pl.kel)
    unit = {"Desa": "DESA", "Nagari": "NAGARI", "Gampong": "GAMPONG"}[pl.unit]
    return ["PEMERINTAH ", unit, " ", desa.upper(), "\nKECAMATAN ", pick(pl.kec).upper(), "\n", pl.gov.upper(), "\n",
            "Alamat: Kantor ", pl.unit, ", Jl. Poros ", pl.unit, " km ", str(rint(1, 9)), " – Email: pemdes@", desa.lower().replace(" ", "").replace("'", ""), ".desa.id\n\n",
            "PENGUMUMAN\nNomor: 141/", str(rint(10, 99)), "/", str(pick([2025, 2026])), "\nTENTANG\nHASIL MUSYAWARAH DESA KHUSUS PENETAPAN KELUARGA PENERIMA MANFAAT BLT DANA DESA\n\n",
            dasar(["UU No. 6 Tahun 2014 tentang Desa", "Permendes PDTT No. 7 Tahun 2023", "Peraturan Bupati tentang Rincian Dana Desa"][:rint(2, 3)]), "\n",
            "Berdasarkan hasil Musyawarah Desa Khusus yang dilaksanakan pada ", incident_date(), " dan dihadiri oleh unsur BPD, Ketua RT/RW, tokoh agama, tokoh adat, dan pendamping desa, ",
            "dengan ini diumumkan hal-hal sebagai berikut:\n\n",
            "1. Jumlah Keluarga Penerima Manfaat (KPM) BLT Dana Desa tahun ", str(rint(2025, 2026)), " ditetapkan sebanyak ", str(rint(40, 150)), " KK, berkurang dari tahun sebelumnya karena penyesuaian pagu.\n",
            "2. Besaran BLT adalah Rp300.000 per KPM per bulan, disalurkan setiap tiga bulan secara tunai di kantor desa dengan membawa KTP-el dan KK asli.\n",
            "3. Kriteria penerima adalah keluarga miskin ekstrem, keluarga dengan anggota berpenyakit kronis, dan lansia tunggal.\n",
            "4. Daftar nama KPM ditempel di papan pengumuman kantor desa dan di setiap dusun; daftar tidak disebarkan melalui media sosial untuk melindungi data pribadi warga.\n",
            "5. Warga yang merasa memenuhi kriteria namun tidak tercantum dapat mengajukan sanggahan tertulis kepada BPD paling lambat ", incident_date(), ".\n",
            "6. Pengaduan juga dapat disampaikan melalui SP4N-LAPOR! (lapor.go.id, SMS 1708) atau pendamping desa kecamatan.\n",
            "7. Penerima yang meninggal dunia, pindah domisili, atau sudah menerima bantuan sosial lain dari pemerintah pusat akan digantikan melalui musyawarah desa berikutnya.\n",
            "8. Penyaluran tahap pertama dijadwalkan pada minggu kedua bulan berjalan; jadwal per dusun diumumkan oleh kepala dusun dan ketua RT.\n\n",
            "Pemerintah desa menegaskan bahwa tidak ada pungutan dalam bentuk apa pun dalam penyaluran BLT. Apabila ada oknum yang meminta uang, warga diminta segera melapor ",
            "kepada BPD, Babinsa, atau Bhabinkamtibmas.\n\n", "Demikian pengumuman ini untuk diketahui dan disebarluaskan.\n\n", desa, ", ", incident_date(), "\n",
            "Kepala ", pl.unit if pl.unit != "Gampong" else "Gampong (Keuchik)", ",\n\n(ttd dan cap)\n\n", "Tembusan:\n1. Yth. Camat ", pick(pl.kec), "\n2. Yth. Ketua BPD\n3. Arsip"]


def surat_no_rs(k):
    pl = pick(PLACES)
    rs = pick(["RSUD " + pl.city, "RSU Bhakti Medika " + pl.city, "RSUD Kota " + pl.city])
    return ["DEWAN PENGAWAS\n", rs.upper(), "\n", "Jl. dr. Wahidin Sudirohusodo No. ", str(rint(1, 80)), ", ", pl.city, " | Telp. ", inst(f"({pl.area}) {digits(6)}"), "\n\n",
            "Nomor\t: 445/", str(rint(10, 300)), "/DEWAS/", str(pick([2025, 2026])), "\nPerihal\t: Tanggapan atas Pengaduan Masyarakat mengenai Pelayanan Rawat Jalan\n\n",
            "Kepada Yth.\nPengelola SP4N-LAPOR! ", pl.gov, "\ndi Tempat\n\n", "Dengan hormat,\n",
            "Menindaklanjuti sejumlah laporan masyarakat mengenai lamanya waktu tunggu rawat jalan dan kekosongan obat, Dewan Pengawas telah melakukan rapat evaluasi bersama Direksi pada ",
            incident_date(), ". Dengan ini kami sampaikan hasilnya:\n\n",
            "1. Rata-rata waktu tunggu poli rawat jalan pada triwulan lalu adalah ", str(rint(120, 240)), " menit, jauh di atas standar pelayanan minimal 60 menit.\n",
            "2. Penyebab utama adalah keterlambatan kehadiran dokter spesialis dan sistem antrean yang belum terintegrasi dengan aplikasi Mobile JKN.\n",
            "3. Kekosongan obat kronis terjadi karena keterlambatan pembayaran kepada distributor senilai ", rupiah(1_000_000_000, 9_000_000_000), " akibat klaim yang tertunda.\n",
            "4. Direksi telah menerbitkan kebijakan absensi elektronik bagi dokter, penambahan loket pendaftaran menjadi ", str(rint(6, 12)), " loket, dan layanan antar obat bagi pasien prolanis.\n",
            "5. Rumah sakit menambah dua apoteker dan membuka depo farmasi rawat jalan hingga pukul 20.00, serta menyediakan ruang tunggu tambahan bagi lansia dan penyandang disabilitas.\n",
            "6. Pengaduan lanjutan dapat disampaikan melalui unit pengaduan rumah sakit, hotline BPJS Kesehatan 165, atau kanal SP4N-LAPOR!.\n\n",
            "Dewan Pengawas akan memantau pelaksanaan perbaikan tersebut dan melaporkan perkembangannya setiap bulan kepada kepala daerah. ",
            "Kami menyampaikan terima kasih atas partisipasi masyarakat yang telah menyampaikan pengaduan secara santun dan disertai bukti; ",
            "seluruh identitas pelapor tetap kami rahasiakan sesuai ketentuan pengelolaan pengaduan pelayanan publik.\n\n",
            lampiran(["Notulen rapat evaluasi Dewan Pengawas", "Rencana aksi perbaikan layanan rawat jalan", "Rekapitulasi pengaduan triwulan"]), "\n",
            "Demikian tanggapan ini kami sampaikan.\n\n", pl.city, ", ", incident_date(), "\nKetua Dewan Pengawas,\n\n(ttd)\n\n", tembusan(rint(2, 3), pl, "kes")]


def surat_wrap(fn):
    """choose the number of paragraphs so that the letter is 2-4 KB (UTF-8 bytes)."""
    def g():
        for _ in range(60):
            state = R.getstate()
            ks = [7, 6, 5, 4, 3]
            R.shuffle(ks)
            for k in ks:
                R.setstate(state)
                pieces = fn(k)
                text, _ = build(pieces)
                n = len(text.strip().encode("utf-8"))
                if 2048 <= n <= 4096:
                    return pieces
            R.setstate(state)
            R.random()
        raise RuntimeError(f"cannot fit {fn.__name__} into 2-4 KB")
    g.__name__ = fn.__name__
    return g


SURAT = ([surat_wrap(f) for f in (surat_tanah, surat_lsm, surat_komite, surat_tani, surat_petisi, surat_kuasa, surat_serikat)],
         [surat_wrap(f) for f in (surat_no_edaran, surat_no_forum, surat_no_mhs, surat_no_desa, surat_no_rs)])



STYLES = [("wagrup", WAGRUP), ("tanggapan", TANGGAPAN), ("angka", ANGKA), ("timur", TIMUR), ("nama", NAMA),
          ("komentar", KOMENTAR), ("english", ENGLISH), ("tabel", TABEL), ("ktp_ocr", KTP), ("kunci_nilai", KUNCI),
          ("bisnis", BISNIS), ("desa", DESA), ("rumahsakit", RUMAHSAKIT), ("sekolah_tinggi", SEKOLAH), ("sms", SMS),
          ("surat", SURAT)]
N_PII, N_NOPII = 20, 5

OCR_MAP = str.maketrans({"O": "0", "l": "1", "I": "1", "S": "5", "B": "8"})
PHONE_RE = re.compile(r"^(\+?\(?\+?62\)?[ -]?8\d{2}[ .-]?\d{3,4}[ .-]?\d{3,5}|0[1-9][\d .-]{7,15}\d|\(0\d{2,3}\) ?[\d-]{5,9}|0\d{2,3}-\d{5,8}|\+\d{1,2}[\d ()-]{8,16}\d)$")
PLATE_RE = re.compile(r"^[A-Za-z]{1,2}[ -]?\d{1,4}[ -]?[A-Za-z]{1,3}$")


def check_value(lab, v, style):
    d = re.sub(r"\D", "", v.translate(OCR_MAP) if style in ("ktp_ocr", "kunci_nilai") else v)
    if lab == "NIK":
        return len(d) in (15, 16, 17) and (11 <= int(d[:2]) <= 96)
    if lab == "KK":
        return len(d) == 16
    if lab == "NPWP":
        return len(d) in (15, 16)
    if lab == "PHONE":
        return bool(PHONE_RE.match(v)) and 9 <= len(d) <= 14
    if lab == "EMAIL":
        return ("@" in v or "%40" in v) and "." in v.split("@")[-1]
    if lab == "PLATE":
        return bool(PLATE_RE.match(v))
    if lab == "BANK_ACCOUNT":
        return len(d) in (10, 13, 14, 15, 16)
    if lab == "PASSPORT":
        return bool(re.match(r"^[A-Z]\d{7}$", v))
    if lab == "BPJS":
        return len(d) == 13 and d.startswith("000")
    if lab == "NIP":
        return len(d) == 18
    if lab == "HANDLE":
        return v.startswith("@") and len(v) > 2
    if lab == "DATE_OF_BIRTH":
        return bool(re.search(r"(19|20)\d\d", v))
    return True


LEAK_RES = [re.compile(r"(?<![\d+])(?:\+?62|0)8[1-9]\d{7,10}(?!\d)"), re.compile(r"[\w.]+@(?:gmail|yahoo|ymail|outlook|hotmail|icloud|rocketmail|proton)\.")]


def validate(rec, style, pii):
    text, spans = rec["text"], rec["spans"]
    errs = []
    prev_end = -1
    for s in spans:
        st, en, lab = s["start"], s["end"], s["label"]
        if not (0 <= st < en <= len(text)):
            errs.append(f"offsets out of range {s}")
            continue
        v = text[st:en]
        if v != s["_v"]:
            errs.append(f"value mismatch {v!r} != {s['_v']!r}")
        if lab not in LABELS:
            errs.append(f"bad label {lab}")
        if st < prev_end:
            errs.append(f"overlap/unsorted at {st}")
        prev_end = en
        if v != v.strip():
            errs.append(f"whitespace at edge {v!r}")
        if st > 0 and text[st - 1].isalnum():
            errs.append(f"glued left {text[st - 1:en]!r}")
        if en < len(text) and text[en].isalnum():
            errs.append(f"glued right {text[st:en + 1]!r}")
        if not check_value(lab, v, style):
            errs.append(f"format check failed {lab} {v!r}")
    if pii and not spans:
        errs.append("PII text without spans")
    if not pii and spans:
        errs.append("no-PII text with spans")
    # anything that looks like a personal phone / webmail address must be inside a span
    covered = [False] * len(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            covered[i] = True
    for rx in LEAK_RES:
        for m in rx.finditer(text):
            if not any(covered[m.start():m.end()]) and not any(m.group(0) in x.replace("-", "") or m.group(0) in x for x in INSTITUTIONAL):
                errs.append(f"unlabelled look-alike {m.group(0)!r}")
    if style == "sms":
        if not 20 <= len(text) <= 160:
            errs.append(f"sms length {len(text)}")
        stripped = text
        for s in reversed(spans):
            stripped = stripped[:s["start"]] + stripped[s["end"]:]
        if re.search(r"[.,;:!?]", stripped):
            errs.append("sms punctuation")
    if style == "surat":
        n = len(text.encode("utf-8"))
        if not 2048 <= n <= 4096:
            errs.append(f"surat size {n}")
    if "  \n" in text or text != text.strip():
        pass
    return errs


def generate():
    records = []
    seen = set()
    for style, (pii_t, no_t) in STYLES:
        order = []
        while len(order) < N_PII:
            block = list(pii_t)
            R.shuffle(block)
            order += block
        order = order[:N_PII]
        jobs = [(f, True) for f in order] + [(f, False) for f in no_t]
        assert len(no_t) == N_NOPII
        for f, pii in jobs:
            for attempt in range(50):
                text, spans = build(f())
                text_c = text.strip()
                if text_c != text:
                    lead = len(text) - len(text.lstrip())
                    for s in spans:
                        s["start"] -= lead
                        s["end"] -= lead
                    text = text_c
                if text in seen:
                    continue
                rec = {"text": text, "spans": spans}
                errs = validate(rec, style, pii)
                if errs:
                    raise SystemExit(f"[{style}/{f.__name__}] {errs}\n{text}")
                seen.add(text)
                records.append((style, f.__name__, rec))
                break
            else:
                raise SystemExit(f"could not make a unique text with {f.__name__}")
    R.shuffle(records)
    out = []
    for i, (style, fname, rec) in enumerate(records, 1):
        out.append({"id": f"t23-{i:04d}-{style}", "text": rec["text"],
                    "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in rec["spans"]],
                    "_style": style, "_tmpl": fname})
    return out


def self_score(rows):
    # import score.py without writing a __pycache__ next to it (the shared folder is not ours)
    old = sys.dont_write_bytecode
    sys.dont_write_bytecode = True
    try:
        spec = importlib.util.spec_from_file_location("pii_score", SCORE_PY)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
    finally:
        sys.dont_write_bytecode = old
    gold = [{"id": r["id"], "text": r["text"], "spans": r["spans"]} for r in rows]
    pred = [{"id": r["id"], "spans": r["spans"]} for r in rows]
    res = mod.score(gold, pred)
    f1 = res["overall"]["exact_strict"]["f1"]
    if abs(f1 - 1.0) > 1e-12 or res["overall"]["char_coarse"]["leak"] > 1e-12:
        raise SystemExit(f"self-score is not perfect: {res['overall']}")
    return f1


def stats(rows):
    from collections import Counter, defaultdict
    lab = Counter(s["label"] for r in rows for s in r["spans"])
    by_style = defaultdict(list)
    for r in rows:
        by_style[r["_style"]].append(r)
    print("| style | texts | with PII | spans | chars (min–max) |")
    for st, _ in STYLES:
        rs = by_style[st]
        ls = [len(r["text"]) for r in rs]
        print(f"| {st} | {len(rs)} | {sum(1 for r in rs if r['spans'])} | {sum(len(r['spans']) for r in rs)} | {min(ls)}–{max(ls)} |")
    print()
    for l in LABELS:
        print(f"| {l} | {lab.get(l, 0)} |")
    print("total spans", sum(lab.values()), "texts", len(rows))


def main():
    rows = generate()
    lines = [json.dumps({"id": r["id"], "text": r["text"], "spans": r["spans"]}, ensure_ascii=False) for r in rows]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(OUT, "wb") as f:
        f.write(data)
    print(f"wrote {OUT}: {len(rows)} records, md5 {hashlib.md5(data).hexdigest()}")
    if "--no-score" not in sys.argv:
        print(f"self-score exact strict F1 = {self_score(rows):.3f}")
    if "--stats" in sys.argv:
        stats(rows)


if __name__ == "__main__":
    main()
