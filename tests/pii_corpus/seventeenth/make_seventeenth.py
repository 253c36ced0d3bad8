#!/usr/bin/env python3
"""Generator for the 'seventeenth' held-out PII corpus (Indonesian SP4N-LAPOR! complaints).

Standard library only, fully deterministic (random.Random(17122026)).  Every text is built
piece by piece; span offsets are recorded while the text is appended (never found by
searching afterwards).  Near-misses (hotlines, tickets, institutional e-mails, ...) are also
registered while building so that the audit in validate() can tell them apart from leaks.

usage:
  python3 make_seventeenth.py            # write seventeenth.jsonl and validate
  python3 make_seventeenth.py --check    # regenerate in memory, compare byte-for-byte
  python3 make_seventeenth.py --stats    # print label / style / near-miss statistics
"""
from __future__ import annotations

import argparse
import calendar
import datetime
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 17122026
N_TOTAL = 400
N_NOPII = 80
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "seventeenth.jsonl")
LABELS = ["NIK", "KK", "NPWP", "PHONE", "EMAIL", "PLATE", "BANK_ACCOUNT", "PASSPORT",
          "BPJS", "NIP", "PERSON", "ADDRESS", "DATE_OF_BIRTH", "HANDLE"]

STYLE_COUNTS = [  # style, number of records (all PII-bearing except 'nihil')
    ("perantara", 35), ("admin", 30), ("ekspor", 30), ("mediasi", 25), ("sekolah", 28),
    ("bantuan", 22), ("typo", 30), ("pendek", 25), ("panjang", 15), ("kapital", 20),
    ("kecil", 20), ("daerah", 28), ("inggris", 12), ("nihil", N_NOPII),
]


# =====================================================================================
# builder
# =====================================================================================
class S:
    """A PII span piece."""
    __slots__ = ("label", "value")

    def __init__(self, label, value):
        self.label, self.value = label, value


class NM:
    """A registered near-miss piece (looks like PII but is not)."""
    __slots__ = ("value", "kind")

    def __init__(self, value, kind):
        self.value, self.kind = value, kind


class Builder:
    def __init__(self, case=None, typo=None):
        self.buf, self.n, self.spans, self.near = [], 0, [], []
        self.case, self.typo = case, typo

    def _c(self, s):
        if self.case == "upper":
            out = s.upper()
        elif self.case == "lower":
            out = s.lower()
        else:
            out = s
        assert len(out) == len(s), s
        return out

    def _put(self, s):
        self.buf.append(s)
        self.n += len(s)

    def __call__(self, *pieces):
        for pc in pieces:
            if pc is None or pc == "":
                continue
            if isinstance(pc, S):
                v = self._c(pc.value)
                self.spans.append({"start": self.n, "end": self.n + len(v), "label": pc.label,
                                   "value": v})
                self._put(v)
            elif isinstance(pc, NM):
                v = self._c(pc.value)
                self.near.append((self.n, self.n + len(v), pc.kind))
                self._put(v)
            elif isinstance(pc, (list, tuple)):
                self(*pc)
            else:
                s = self._c(pc)
                if self.typo:
                    s = self.typo(s)
                self._put(s)
        return self

    def text(self):
        return "".join(self.buf)


# =====================================================================================
# small helpers
# =====================================================================================
def maybe(r, p):
    return r.random() < p


def rdate(r, y0, y1):
    y = r.randint(y0, y1)
    m = r.randint(1, 12)
    d = r.randint(1, calendar.monthrange(y, m)[1])
    return datetime.date(y, m, d)


def digits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def fmt_dob(r, d, en=False, forms=None):
    f = r.choice(forms or ["long", "long", "dash", "slash", "abbr", "dot", "iso", "dash", "slash"])
    if f == "long":
        return f"{d.day} {(MONTHS_EN if en else MONTHS)[d.month - 1]} {d.year}"
    if f == "abbr":
        return f"{d.day:02d} {MON3[d.month - 1]} {d.year}"
    sep = {"dash": "-", "slash": "/", "dot": "."}.get(f)
    if sep:
        return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"
    return f"{d.year}-{d.month:02d}-{d.day:02d}"


def fmt_event_date(r, d):
    f = r.randint(0, 5)
    if f == 0:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if f == 1:
        return f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}"
    if f == 2:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if f == 3:
        return f"{d.day} {MON3[d.month - 1]} {d.year}"
    if f == 4:
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    return f"{DAYS[d.weekday()]} ({d.day:02d}/{d.month:02d}/{d.year % 100:02d})"


def ev_date(r, y0=2023, y1=2025):
    return NM(fmt_event_date(r, rdate(r, y0, y1)), "incident_date")


# =====================================================================================
# regions  (kemendagri-style 4-digit kab/kota codes, general knowledge)
# code4, city, plates, landline area code, ethnic group, kecamatan, kelurahan/desa, streets
# =====================================================================================
REGIONS = [
    ("3273", "Kota Bandung", ["D"], "022", "sunda", ["Coblong", "Sukajadi", "Antapani", "Kiaracondong"],
     ["Dago", "Sukagalih", "Cicaheum", "Babakan Sari"], ["Cigadung Raya", "Sukaluyu", "Cikutra Baru", "Sarijadi"]),
    ("3204", "Kab. Bandung", ["D"], "022", "sunda", ["Baleendah", "Dayeuhkolot", "Soreang", "Margahayu"],
     ["Andir", "Citeureup", "Pamekaran", "Sulaeman"], ["Raya Laswi", "Bojongsoang", "Sapan"]),
    ("3206", "Kab. Tasikmalaya", ["Z"], "0265", "sunda", ["Singaparna", "Manonjaya", "Cisayong"],
     ["Cikunir", "Sukaraja", "Kamulyan"], ["Raya Singaparna", "Cipasung", "Pasir Huni"]),
    ("3201", "Kab. Bogor", ["F"], "0251", "sunda", ["Cibinong", "Citeureup", "Gunung Putri", "Ciomas"],
     ["Pakansari", "Puspanegara", "Wanaherang", "Ciapus"], ["Raya Ciomas", "Tegar Beriman", "Kebon Kopi"]),
    ("3374", "Kota Semarang", ["H"], "024", "jawa", ["Tembalang", "Pedurungan", "Banyumanik", "Gayamsari"],
     ["Tandang", "Tlogosari Kulon", "Srondol Wetan", "Sambirejo"], ["Tlogosari Raya", "Majapahit", "Sompok", "Kedungmundu"]),
    ("3372", "Kota Surakarta", ["AD"], "0271", "jawa", ["Laweyan", "Banjarsari", "Jebres", "Pasar Kliwon"],
     ["Sondakan", "Kadipiro", "Mojosongo", "Semanggi"], ["Kahuripan", "Sumpah Pemuda", "Tangkuban Perahu"]),
    ("3471", "Kota Yogyakarta", ["AB"], "0274", "jawa", ["Umbulharjo", "Gondokusuman", "Kotagede", "Wirobrajan"],
     ["Warungboto", "Baciro", "Prenggan", "Patangpuluhan"], ["Kusumanegara", "Sorogenen", "Nitikan", "Bugisan"]),
    ("3402", "Kab. Bantul", ["AB"], "0274", "jawa", ["Sewon", "Kasihan", "Banguntapan", "Imogiri"],
     ["Panggungharjo", "Tamantirto", "Baturetno", "Wukirsari"], ["Parangtritis", "Imogiri Timur", "Bantul"]),
    ("3578", "Kota Surabaya", ["L"], "031", "jawa", ["Rungkut", "Tambaksari", "Wonokromo", "Kenjeran"],
     ["Kali Rungkut", "Pacarkeling", "Jagir", "Tanah Kali Kedinding"], ["Kali Rungkut", "Kapas Krampung", "Jagir Wonokromo", "Tambak Wedi"]),
    ("3507", "Kab. Malang", ["N"], "0341", "jawa", ["Pakis", "Singosari", "Kepanjen", "Turen"],
     ["Saptorenggo", "Ardimulyo", "Talangagung", "Sedayu"], ["Raya Pakis", "Tumapel", "Panji"]),
    ("3526", "Kab. Bangkalan", ["M"], "031", "madura", ["Socah", "Burneh", "Kamal", "Arosbaya"],
     ["Junganyar", "Tunjung", "Gili Anyar", "Tengket"], ["Soekarno-Hatta", "Raya Burneh", "Kamal"]),
    ("3529", "Kab. Sumenep", ["M"], "0328", "madura", ["Kota Sumenep", "Kalianget", "Saronggi", "Lenteng"],
     ["Pangarangan", "Karang Anyar", "Kebundadap", "Lenteng Timur"], ["Trunojoyo", "Raya Kalianget", "Kartini"]),
    ("1371", "Kota Padang", ["BA"], "0751", "minang", ["Kuranji", "Koto Tangah", "Lubuk Begalung", "Nanggalo"],
     ["Kalumbuk", "Lubuk Buaya", "Banuaran", "Surau Gadang"], ["Belanti Raya", "Ujung Gurun", "Kampung Nias", "Parak Gadang"]),
    ("1375", "Kota Bukittinggi", ["BA"], "0752", "minang", ["Guguk Panjang", "Mandiangin Koto Selayan", "Aur Birugo Tigo Baleh"],
     ["Benteng Pasar Atas", "Campago Ipuh", "Birugo"], ["Perwira", "Panorama", "Birugo Bungo"]),
    ("1306", "Kab. Agam", ["BA"], "0752", "minang", ["Banuhampu", "Canduang", "IV Angkek"],
     ["Nagari Sungai Tanang", "Nagari Lasi", "Nagari Balai Gurah"], ["Raya Bukittinggi-Padang", "Lasi"]),
    ("1271", "Kota Medan", ["BK"], "061", "batak", ["Medan Johor", "Medan Tuntungan", "Medan Denai", "Medan Helvetia"],
     ["Gedung Johor", "Simpang Selayang", "Tegal Sari Mandala", "Sei Sikambing"], ["Sei Batang Hari", "Setia Budi", "Jamin Ginting", "Karya Wisata"]),
    ("1202", "Kab. Tapanuli Utara", ["BB"], "0633", "batak", ["Tarutung", "Sipoholon", "Siatas Barita"],
     ["Hutatoruan", "Situmeang Habinsaran", "Simorangkir"], ["Sisingamangaraja", "Raya Tarutung"]),
    ("1212", "Kab. Toba", ["BB"], "0632", "batak", ["Balige", "Laguboti", "Porsea"],
     ["Napitupulu Bagasan", "Pardede Onan", "Sitoluama"], ["Patuan Nagari", "Raya Balige"]),
    ("7371", "Kota Makassar", ["DD"], "0411", "bugis", ["Tamalate", "Manggala", "Rappocini", "Biringkanaya"],
     ["Mangasa", "Antang", "Gunung Sari", "Sudiang"], ["Sungai Saddang", "Abdesir", "Daeng Tata", "Tamangapa Raya"]),
    ("7308", "Kab. Bone", ["DD"], "0481", "bugis", ["Tanete Riattang", "Palakka", "Awangpone"],
     ["Macanang", "Watampone", "Lappo Ase"], ["Poros Bone-Sinjai", "Ahmad Yani"]),
    ("7313", "Kab. Wajo", ["DD"], "0485", "bugis", ["Tempe", "Tanasitolo", "Sabbangparu"],
     ["Lapongkoda", "Pattirosompe", "Ujung Baru"], ["Veteran", "Rusa"]),
    ("5171", "Kota Denpasar", ["DK"], "0361", "bali", ["Denpasar Selatan", "Denpasar Barat", "Denpasar Utara"],
     ["Sesetan", "Pemecutan Kelod", "Peguyangan"], ["Tukad Badung", "Gunung Agung", "Nangka Utara", "Pulau Bungin"]),
    ("5103", "Kab. Badung", ["DK"], "0361", "bali", ["Kuta Utara", "Mengwi", "Abiansemal"],
     ["Dalung", "Kapal", "Sibang Gede"], ["Raya Dalung", "Raya Kapal", "Sibang"]),
    ("5108", "Kab. Buleleng", ["DK"], "0362", "bali", ["Buleleng", "Sukasada", "Seririt"],
     ["Banjar Jawa", "Panji", "Pangkung Paruk"], ["Pramuka", "Gajah Mada", "Srikandi"]),
    ("1171", "Kota Banda Aceh", ["BL"], "0651", "aceh", ["Kuta Alam", "Syiah Kuala", "Baiturrahman"],
     ["Lambaro Skep", "Rukoh", "Neusu Jaya"], ["Tgk. Chik Ditiro", "Lamnyong", "Tgk. Imum Lueng Bata"]),
    ("1111", "Kab. Aceh Utara", ["BL"], "0645", "aceh", ["Lhoksukon", "Dewantara", "Muara Batu"],
     ["Meunasah Meucat", "Keude Krueng Geukueh", "Bungkah"], ["Medan-Banda Aceh", "Lhoksukon"]),
    ("7472", "Kota Baubau", ["DT"], "0402", "buton", ["Wolio", "Betoambari", "Murhum"],
     ["Bataraguru", "Lipu", "Wajo"], ["Betoambari", "Erlangga", "Murhum"]),
    ("7471", "Kota Kendari", ["DT"], "0401", "buton", ["Kadia", "Poasia", "Mandonga"],
     ["Pondambea", "Anduonohu", "Korumba"], ["Bunggasi", "Malaka", "Budi Utomo"]),
    ("3175", "Kota Jakarta Utara", ["B"], "021", "betawi", ["Koja", "Tanjung Priok", "Cilincing", "Penjaringan"],
     ["Rawa Badak Utara", "Sunter Agung", "Semper Barat", "Pejagalan"], ["Rawa Badak", "Sunter Jaya", "Kebantenan", "Tanah Merah"]),
    ("3174", "Kota Jakarta Barat", ["B"], "021", "betawi", ["Kebon Jeruk", "Cengkareng", "Kalideres", "Palmerah"],
     ["Sukabumi Utara", "Kapuk", "Tegal Alur", "Kota Bambu Selatan"], ["Kebon Jeruk Raya", "Kapuk Raya", "Peta Barat", "Kemanggisan Ilir"]),
    ("3275", "Kota Bekasi", ["B"], "021", "betawi", ["Bekasi Utara", "Rawalumbu", "Bantargebang"],
     ["Harapan Jaya", "Bojong Rawalumbu", "Cikiwul"], ["Perjuangan", "Narogong", "Pangkalan Lima"]),
    ("3671", "Kota Tangerang", ["B"], "021", "betawi", ["Cipondoh", "Karawaci", "Periuk"],
     ["Poris Plawad", "Bugel", "Gebang Raya"], ["Maulana Hasanudin", "Imam Bonjol", "Gatot Subroto"]),
    ("7171", "Kota Manado", ["DB"], "0431", "timur", ["Wanea", "Malalayang", "Tikala"],
     ["Karombasan", "Bahu", "Paal Empat"], ["Sam Ratulangi", "Wolter Monginsidi", "Ahmad Yani"]),
    ("8171", "Kota Ambon", ["DE"], "0911", "timur", ["Sirimau", "Nusaniwe", "Teluk Ambon"],
     ["Batu Meja", "Benteng", "Rumah Tiga"], ["Pattimura", "Dr. Kayadoe", "Sultan Babullah"]),
    ("9171", "Kota Jayapura", ["PA"], "0967", "timur", ["Abepura", "Heram", "Jayapura Selatan"],
     ["Kota Baru", "Waena", "Entrop"], ["Raya Abepura", "Baru Kotaraja", "Percetakan"]),
    ("5371", "Kota Kupang", ["DH"], "0380", "timur", ["Oebobo", "Kelapa Lima", "Maulafa"],
     ["Oetete", "Oesapa", "Penfui"], ["El Tari", "Timor Raya", "Frans Seda"]),
    ("1671", "Kota Palembang", ["BG"], "0711", "umum", ["Ilir Timur I", "Seberang Ulu I", "Kemuning"],
     ["20 Ilir D II", "15 Ulu", "Sekip Jaya"], ["Mayor Ruslan", "KH Azhari", "Kolonel Atmo"]),
    ("6471", "Kota Balikpapan", ["KT"], "0542", "umum", ["Balikpapan Selatan", "Balikpapan Utara", "Balikpapan Tengah"],
     ["Sepinggan", "Batu Ampar", "Gunung Sari Ilir"], ["MT Haryono", "Soekarno-Hatta", "Ruhui Rahayu"]),
    ("6371", "Kota Banjarmasin", ["DA"], "0511", "umum", ["Banjarmasin Utara", "Banjarmasin Selatan", "Banjarmasin Timur"],
     ["Sungai Miai", "Kelayan Barat", "Pengambangan"], ["Sultan Adam", "Kelayan A", "Veteran"]),
    ("5271", "Kota Mataram", ["DR"], "0370", "umum", ["Ampenan", "Cakranegara", "Sekarbela"],
     ["Pejeruk", "Cakranegara Timur", "Karang Pule"], ["Saleh Sungkar", "Sultan Kaharudin", "Gora"]),
    ("1471", "Kota Pekanbaru", ["BM"], "0761", "umum", ["Tampan", "Marpoyan Damai", "Bukit Raya"],
     ["Simpang Baru", "Tangkerang Tengah", "Simpang Tiga"], ["HR Soebrantas", "Kaharudin Nasution", "Paus"]),
    ("6171", "Kota Pontianak", ["KB"], "0561", "umum", ["Pontianak Barat", "Pontianak Kota", "Pontianak Timur"],
     ["Sungai Jawi", "Sungai Bangkong", "Tanjung Hulu"], ["Gajah Mada", "Tanjungpura", "Tani"]),
]
REG_BY_ETH = {}
for _reg in REGIONS:
    REG_BY_ETH.setdefault(_reg[4], []).append(_reg)
ETH_REG = {"jawa": "jawa", "sunda": "sunda", "minang": "minang", "batak": "batak", "bugis": "bugis",
           "bali": "bali", "aceh": "aceh", "buton": "buton", "madura": "madura", "betawi": "betawi",
           "tionghoa": "betawi", "arab": "jawa", "timur": "timur", "umum": "umum"}


def city_short(reg):
    return reg[1].replace("Kota ", "").replace("Kab. ", "")


# =====================================================================================
# names
# =====================================================================================
N = {
    "jawa": dict(
        M1=["Slamet", "Bambang", "Joko", "Agus", "Budi", "Sugeng", "Teguh", "Wahyu", "Eko", "Heru", "Dwi",
            "Tri", "Bagus", "Rudi", "Wiji", "Haryanto", "Purwanto", "Yulianto", "Darmaji", "Sarwono", "Gatot",
            "Supri", "Kuswanto", "Anton"],
        M2=["Santoso", "Susilo", "Prasetyo", "Riyadi", "Wibowo", "Nugroho", "Purnomo", "Setiawan", "Cahyono",
            "Handoko", "Raharjo", "Wicaksono", "Saputro", "Kuncoro", "Pamungkas", "Utomo", "Sulistyo", "Widodo"],
        Ms=["Sutarno", "Suparman", "Ponijan", "Mulyono", "Ngatijo", "Sukirman", "Sutrisno", "Paimin", "Tukiran",
            "Karyadi", "Sarimin", "Ngadimin"],
        F1=["Sri", "Siti", "Endang", "Tutik", "Rini", "Dwi", "Wulan", "Yuliana", "Puji", "Retno", "Tri", "Dyah",
            "Eni", "Lilik", "Anik", "Umi"],
        F2=["Wahyuni", "Aminah", "Lestari", "Handayani", "Astuti", "Rahayu", "Wulandari", "Kusumawati",
            "Rahmawati", "Susanti", "Purwaningsih", "Setyaningsih", "Mulyani", "Sulistyowati", "Maryani"],
        Fs=["Sumiati", "Suparmi", "Ngatini", "Sulastri", "Painem", "Kasmini", "Sukarsih", "Sarmi", "Winarti",
            "Tuminah", "Parsiyem", "Tukinem"]),
    "sunda": dict(
        M1=["Asep", "Dadang", "Ujang", "Cecep", "Dede", "Iwan", "Yayan", "Encep", "Aep", "Dudi", "Engkos", "Ade",
            "Wawan", "Deden", "Jajang", "Dadan", "Usep", "Ayi"],
        M2=["Saepudin", "Supriatna", "Rohman", "Hidayat", "Kurnia", "Sopyan", "Ruhiyat", "Saefullah",
            "Hermawan", "Kosasih", "Sukmana", "Suryana", "Permana", "Sutisna", "Mulyana", "Ridwan"],
        Ms=["Oman", "Karta", "Sarip", "Endang", "Udin"],
        F1=["Euis", "Neneng", "Cucu", "Imas", "Lilis", "Entin", "Ai", "Tati", "Yeyen", "Iis", "Enung", "Eti",
            "Nining", "Popon", "Teti", "Nenden"],
        F2=["Komariah", "Hasanah", "Sumiati", "Masitoh", "Suryani", "Kartini", "Nurhayati", "Rohayati",
            "Nuraeni", "Sugiarti", "Rosita", "Juariah", "Maryati", "Sukaesih", "Nurjanah"],
        Fs=["Onah", "Icih", "Ijah", "Encah", "Omah"]),
    "minang": dict(
        M1=["Zulkifli", "Yusrizal", "Afrizal", "Rahmat", "Syafrudin", "Hendra", "Jufri", "Masrul", "Erizal",
            "Novrizal", "Yondri", "Dasril", "Syahrial", "Fadli"],
        M2=["Chaniago", "Piliang", "Tanjung", "Sikumbang", "Koto", "Guci", "Jambak", "Putra", "Saputra",
            "Effendi", "Syahputra", "Syafii"],
        Ms=["Nasrul", "Buyung", "Anwar", "Syamsir"],
        F1=["Fitriani", "Yulia", "Desi", "Mardiana", "Yusnidar", "Ernawati", "Elly", "Rahmi", "Syafrida",
            "Yanti", "Nurlela", "Rosmaniar"],
        F2=["Syafitri", "Ratnasari", "Yusra", "Wahyuni", "Oktavia", "Fitri", "Handayani", "Maisyarah"],
        Fs=["Rosmaniar", "Nurhasanah", "Upik", "Rosna", "Nurbaiti"]),
    "madura": dict(
        M1=["Moh.", "Abdul", "Mat", "Ach.", "Moh."],
        M2=["Sholeh", "Mukti", "Sairi", "Hasan Basri", "Toyyib", "Hosen", "Rofiq", "Juhri", "Ramli", "Kholil"],
        Ms=["Fathorrahman", "Marsuki", "Sahrawi", "Matrawi", "Sunarto", "Holili", "Suhairi"],
        F1=["Siti", "Nur", "St.", "Umi"],
        F2=["Fatimah", "Hasanah", "Rukayyah", "Badriyah", "Musyarofah", "Halimah", "Maimunah"],
        Fs=["Sumarni", "Holilah", "Suhartini", "Maimunah", "Marfu'ah", "Sa'diyah"]),
    "betawi": dict(
        M1=["Muhammad", "Ahmad", "Rizky", "Fajar", "Dimas", "Hendra", "Ilham", "Arief", "Yusuf", "Rahmat"],
        M2=["Iqbal", "Fauzi", "Ramadhan", "Nugraha", "Prakoso", "Gunawan", "Firmansyah", "Hakim", "Syahputra"],
        Ms=["Rohmat", "Jaelani", "Sanusi", "Mamat", "Firmansyah", "Ma'ruf", "Sarmili"],
        F1=["Nur", "Dewi", "Putri", "Nabila", "Ayu", "Indah", "Siti", "Rahma"],
        F2=["Aini", "Anggraini", "Maharani", "Zahra", "Lestari", "Permatasari", "Nurjanah", "Fauziah"],
        Fs=["Sa'adah", "Rohayah", "Maemunah", "Salsabila", "Mursidah"]),
    "tionghoa": dict(
        M1=["Hendra", "Yohanes", "Susanto", "Budi", "Kevin", "Andreas", "Ferry", "Lie", "Tan", "Liem", "Willy"],
        M2=["Wijaya", "Gunawan", "Tjahjadi", "Halim", "Santoso", "Tanoto", "Setiadi", "Kim Hwa", "Sun Ho", "Hartanto"],
        Ms=["Aseng", "Akiong"],
        F1=["Fransiska", "Meiliana", "Lily", "Yenny", "Agnes", "Linda", "Tan", "Liem", "Vivian"],
        F2=["Halim", "Tanoto", "Kurniawan", "Suryadi", "Wijaya", "Hartanto", "Sui Ling", "Mei Hwa"],
        Fs=["Ahui", "Meilan"]),
    "timur": dict(
        M1=["Johanis", "Marthen", "Yulius", "Stevanus", "Ferdinand", "Yakobus", "Agustinus", "Hendrik",
            "Petrus", "Obet", "Yermias"],
        M2=["Rumbewas", "Wonda", "Manafe", "Lumowa", "Latuheru", "Tefa", "Kambu", "Wenas", "Rumaropen",
            "Pattiasina", "Kogoya", "Mandagi", "Sumampow", "Ndoen", "Tanamal", "Waromi"],
        Ms=["Yance", "Frans"],
        F1=["Yohana", "Maria", "Grace", "Novita", "Agustina", "Selvi", "Dortea", "Juliana", "Meike", "Ester"],
        F2=["Rumbewas", "Manafe", "Lumowa", "Latuheru", "Wenas", "Rumaropen", "Pattiasina", "Kogoya",
            "Mandagi", "Leiwakabessy", "Ndoen", "Tefa"],
        Fs=["Mama Yosina"]),
    "umum": dict(
        M1=["Muhammad", "Ahmad", "Rizal", "Hendra", "Arif", "Andi", "Fajar", "Irwan", "Yusuf", "Ridho", "Hasan"],
        M2=["Effendi", "Saputra", "Hidayat", "Kurniawan", "Pratama", "Syahputra", "Rahman", "Harahap", "Ismail"],
        Ms=["Jumadi", "Syahrani", "Basuni", "Rusli"],
        F1=["Nur", "Rina", "Dewi", "Lina", "Ratna", "Yuli", "Fitri", "Novi", "Mega", "Rahmah"],
        F2=["Aisyah", "Marlina", "Sari", "Wati", "Anggraini", "Yanti", "Safitri", "Hayati", "Lestari"],
        Fs=["Rusmini", "Salmah", "Jamilah", "Zubaidah"]),
}
BATAK_M = ["Hotman", "Parlindungan", "Togar", "Benny", "Marulam", "Sahat", "Jonggi", "Tigor", "Poltak",
           "Bonar", "Halomoan", "Binsar", "Maruli", "Darwin", "Robert", "Tumpal"]
BATAK_F = ["Rosmawati", "Lamtiur", "Debora", "Tiurma", "Rut", "Rotua", "Nurmala", "Erna", "Hotnauli",
           "Sondang", "Melva", "Friska", "Lasma"]
MARGA = ["Sitompul", "Siregar", "Simanjuntak", "Hutapea", "Situmorang", "Panjaitan", "Pardede", "Simbolon",
         "Nainggolan", "Sinaga", "Tampubolon", "Manurung", "Hutagalung", "Sihombing", "Sitorus",
         "Napitupulu", "Purba", "Saragih", "Ginting", "Tarigan", "Sembiring", "Lumbantobing"]
MARGA_MUSLIM = ["Lubis", "Nasution", "Harahap", "Daulay", "Batubara"]
BUGIS_M = ["Baso", "Arham", "Arsyad", "Ilham", "Syamsuddin", "Jumardi", "Basri", "Haeruddin", "Syahrir",
           "Nasrullah", "Amiruddin", "Sudirman", "Rusdi", "Mustari", "Ridwan"]
BUGIS_M2 = ["Amir", "Tahir", "Latif", "Hamid", "Rauf", "Saleh", "Bakri", "Sewang", "Mappa", "Rasyid", "Rahim"]
BUGIS_F = ["Tenri Ajeng", "Nurhayati", "Aminah", "Hadijah", "Rahmatia", "Hasnah", "Nurdiana", "Rosdiana",
           "Asmawati", "Nurbaya", "Hasmiati", "Darmawati", "Megawati"]
BALI_ORDER = ["Wayan", "Made", "Nyoman", "Ketut", "Putu", "Gede", "Kadek", "Komang"]
BALI_M = ["Suarjana", "Sudarsana", "Artawan", "Sukadana", "Mantra", "Pasek", "Sudiarta", "Wirawan",
          "Darmawan", "Budiarta", "Suweta", "Adnyana", "Arsana", "Sukerta"]
BALI_F = ["Ariani", "Sukarini", "Sriasih", "Darmi", "Suartini", "Sukerti", "Puspawati", "Widiastuti",
          "Ratnawati", "Sudarmi", "Mariani", "Suciati"]
ACEH_M = ["Ridwan", "Zulfikar", "Iskandar", "Fadhil", "Nazaruddin", "Syahrul", "Mukhlis", "Nasir",
          "Zulkarnaini", "Fauzan", "Husaini", "Mukhtar", "Jamaluddin", "Razali"]
ACEH_F = ["Rahmawati", "Nurul Aini", "Fitriani", "Zainab", "Nurhayati", "Rosnidar", "Khairunnisa",
          "Salmiah", "Yusniar", "Maryam", "Safrida"]
BUTON_M = ["Muh. Harun", "Safaruddin", "Abdul Karim", "Hasrun", "Rizal", "Amiruddin", "Mursalim", "Kamaludin"]
BUTON_F = ["Nurhayati", "Sitti Marwah", "Hasnia", "Asmiati", "Fatma", "Wa Sania"]
ARAB_M = ["Salim", "Ahmad", "Umar", "Hasan", "Muhammad Rizki", "Abdullah", "Faisal", "Husein", "Yahya"]
ARAB_F = ["Fatimah", "Aisyah", "Khadijah", "Nurul", "Zahra", "Ruqayyah", "Maryam"]
ARAB_FATHER = ["Abdullah", "Sulaiman", "Hasan", "Ali", "Umar", "Ahmad", "Salim", "Abu Bakar", "Ismail"]
YOUNG_M = ["Rafa", "Arkan", "Naufal", "Alif", "Daffa", "Fikri", "Rizky", "Azka", "Farel", "Gibran",
           "Keenan", "Raihan", "Bima", "Satria", "Zidan", "Haikal", "Fathan", "Galang", "Ilyas"]
YOUNG_M2 = ["Alfarizi", "Maulana", "Pratama", "Aditya", "Ramadhan", "Saputra", "Firmansyah", "Hidayat",
            "Nugraha", "Al Fatih", "Putra", "Wijaya", "Akbar", "Prasetya"]
YOUNG_F = ["Aqila", "Keisha", "Zaskia", "Dinda", "Bilqis", "Nayla", "Alya", "Syifa", "Khanza", "Naura",
           "Kirana", "Salsa", "Anindya", "Nadhira", "Citra", "Hanum", "Aurel"]
YOUNG_F2 = ["Putri Ramadhani", "Azzahra", "Nur Aini", "Ayu Safitri", "Khumairah", "Salsabila", "Maharani",
            "Zahira", "Anggraini", "Permata Sari", "Febriani", "Oktaviani", "Larasati"]
ETHS = ["jawa", "jawa", "jawa", "sunda", "sunda", "minang", "batak", "bugis", "bali", "aceh", "buton",
        "madura", "betawi", "tionghoa", "arab", "timur", "umum", "umum"]


def make_name(r, eth, sex, young=False):
    """Return (full name, call name)."""
    f = sex == "F"
    if young:
        first = r.choice(YOUNG_F if f else YOUNG_M)
        if eth == "bali":
            nm = ("Ni " if f else "I ") + r.choice(["Kadek", "Komang", "Putu", "Gede" if not f else "Luh"]) + " " + first
            return nm, first
        if eth == "batak":
            mg = r.choice(MARGA)
            return (f"{first} br. {mg}" if f else f"{first} {mg}"), first
        if eth == "bugis" and maybe(r, 0.4):
            return f"Andi {first} {r.choice(YOUNG_F2 if f else YOUNG_M2)}", first
        pre = "Muhammad " if (not f and maybe(r, 0.25)) else ""
        if maybe(r, 0.8):
            return f"{pre}{first} {r.choice(YOUNG_F2 if f else YOUNG_M2)}", first
        return f"{pre}{first}", first
    if eth == "batak":
        if maybe(r, 0.2):
            mg = r.choice(MARGA_MUSLIM)
            g = r.choice(["Nurhayati", "Siti Aisyah", "Rosmiati"] if f else ["Ahmad Yani", "Syahrul", "Irfan", "Zulham"])
            return f"{g} {mg}", g.split()[0]
        if f:
            g = r.choice(BATAK_F)
            return f"{g} {r.choice(['br. ', 'br. ', 'boru ', 'br '])}{r.choice(MARGA)}", g
        g = r.choice(BATAK_M)
        return f"{g} {r.choice(MARGA)}", g
    if eth == "bugis":
        if f:
            g = r.choice(BUGIS_F)
            pre = r.choice(["Andi ", "St. ", "", "", "Andi "])
            return pre + g, g.split()[0]
        g = r.choice(BUGIS_M)
        pre = r.choice(["Andi ", "Muh. ", "Abd. ", "", ""])
        full = pre + g + (" " + r.choice(BUGIS_M2) if maybe(r, 0.6) else "")
        return full, g
    if eth == "bali":
        if maybe(r, 0.2):
            if f:
                pre = r.choice(["Ida Ayu ", "Anak Agung Ayu ", "I Gusti Ayu ", "Cokorda Istri "])
            else:
                pre = r.choice(["Ida Bagus ", "Anak Agung Gede ", "I Gusti Ngurah ", "Cokorda "])
            g = r.choice(BALI_F if f else BALI_M)
            return pre + g, g
        order = r.choice(BALI_ORDER if not f else ["Putu", "Made", "Nyoman", "Ketut", "Wayan", "Kadek"])
        g = r.choice(BALI_F if f else BALI_M)
        if f:
            pre = r.choice(["Ni ", "Ni Luh ", "Ni "])
            return f"{pre}{order} {g}", g
        return f"I {order} {g}", g
    if eth == "aceh":
        g = r.choice(ACEH_F if f else ACEH_M)
        if f:
            pre = r.choice(["Cut ", "", "", "Cut "])
        else:
            pre = r.choice(["Teuku ", "Tengku ", "", "Muhammad "])
        return pre + g, g.split()[0]
    if eth == "buton":
        g = r.choice(BUTON_F if f else BUTON_M)
        if g.startswith("Wa "):
            return g, g.split()[1]
        return ("Wa Ode " if f else "La Ode ") + g, g.split()[-1]
    if eth == "arab":
        g = r.choice(ARAB_F if f else ARAB_M)
        return f"{g} {'binti' if f else 'bin'} {r.choice(ARAB_FATHER)}", g.split()[0]
    pool = N[eth]
    if maybe(r, 0.25):
        g = r.choice(pool["Fs" if f else "Ms"])
        return g, g
    a = r.choice(pool["F1" if f else "M1"])
    b = r.choice(pool["F2" if f else "M2"])
    if a == b:
        b = r.choice(pool["F2" if f else "M2"])
    call = a
    if a in ("Moh.", "Ach.", "Muhammad", "St.", "Nur", "Siti", "Abdul") or a.endswith("."):
        call = b.split()[0]
    if a in ("Lie", "Tan", "Liem"):     # Chinese family name first: the call name is the given name
        call = b
    return f"{a} {b}", call


# =====================================================================================
# persons and identifiers
# =====================================================================================
class Person:
    def __init__(self, full, call, sex, dob, reg, kec, nik, eth):
        self.full, self.call, self.sex, self.dob, self.reg, self.kec, self.nik, self.eth = \
            full, call, sex, dob, reg, kec, nik, eth
        self.kk = None

    @property
    def f(self):
        return self.sex == "F"


class Ctx:
    """Corpus-wide state: uniqueness of identifiers and names."""

    def __init__(self, r):
        self.r = r
        self.used = set()      # membership only (never iterated)
        self.last = None
        self.style = None
        self.decks = {}
        self.nik_n = 0

    def variant(self, k):
        """Pick a sentence frame 0..k from a shuffled per-style deck (balanced reuse) and
        remember it for --stats."""
        deck = self.decks.setdefault((self.style, k), [])
        if not deck:
            deck.extend(range(k + 1))
            self.r.shuffle(deck)
        self.last = deck.pop()
        return self.last

    def uniq(self, fn):
        for _ in range(200):
            v = fn()
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("could not make a unique value")


def mk_person(cx, eth=None, sex=None, age="adult", reg=None):
    r = cx.r
    if eth is None and reg is not None and maybe(r, 0.75):
        eth = {"betawi": r.choice(["betawi", "betawi", "tionghoa", "arab", "jawa", "sunda", "batak"]),
               "umum": r.choice(["umum", "umum", "jawa", "bugis", "batak"])}.get(reg[4], reg[4])
    eth = eth or r.choice(ETHS)
    sex = sex or r.choice("MF")
    y0, y1 = {"elder": (1938, 1962), "adult": (1965, 1998), "child": (2008, 2018),
              "pns": (1967, 1995), "young": (1996, 2005)}[age]
    for _ in range(50):
        full, call = make_name(r, eth, sex, young=(age == "child"))
        if ("name", full) not in cx.used:
            cx.used.add(("name", full))
            break
    reg = reg or r.choice(REG_BY_ETH[ETH_REG[eth]])
    kec = r.randint(1, 24)
    dob = rdate(r, y0, y1)
    day = dob.day + (40 if sex == "F" else 0)
    prefix = f"{reg[0]}{kec:02d}{day:02d}{dob.month:02d}{dob.year % 100:02d}"
    nik = cx.uniq(lambda: prefix + f"{r.randint(1, 180):04d}")
    return Person(full, call, sex, dob, reg, kec, nik, eth)


def kk_of(cx, p, after=None):
    """KK number sharing the NIK's 6-digit region prefix; issued after the holder's 17th
    birthday (or after the youngest listed child's birth)."""
    if p.kk:
        return p.kk
    r = cx.r
    lo = max(2006, min(p.dob.year + 17, 2023), after or 0)
    lo = min(lo, 2024)
    d = rdate(r, lo, 2024)
    p.kk = cx.uniq(lambda: p.nik[:6] + f"{d.day:02d}{d.month:02d}{d.year % 100:02d}" + f"{r.randint(1, 9999):04d}")
    return p.kk


def nip_of(cx, p):
    r = cx.r
    y = min(p.dob.year + r.randint(21, 33), 2023)
    tmt = f"{y}{r.choice(['01', '02', '03', '04', '12', '06'])}"
    return cx.uniq(lambda: p.dob.strftime("%Y%m%d") + tmt + ("2" if p.f else "1") + f"{r.randint(1, 12):03d}")


def fmt_nip(r, n, forms=("sp", "sp", "plain")):
    f = r.choice(forms)
    if f == "plain":
        return n
    if f == "sp":
        return f"{n[:8]} {n[8:14]} {n[14]} {n[15:]}"
    return f"{n[:8]}.{n[8:14]}.{n[14]}.{n[15:]}"


def fmt16(r, d, forms=("plain", "plain", "plain", "sp", "dash", "dots")):
    f = r.choice(forms)
    if len(d) != 16:   # mistyped NIK: plain or loosely grouped
        return d if f in ("plain", "dots", "split", "odd") else " ".join(d[i:i + 4] for i in range(0, len(d), 4))
    if f == "plain":
        return d
    if f == "sp":
        return " ".join(d[i:i + 4] for i in range(0, 16, 4))
    if f == "dash":
        return "-".join(d[i:i + 4] for i in range(0, 16, 4))
    if f == "dots":
        return f"{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:12]}.{d[12:]}"
    if f == "split":
        return r.choice([d[:8] + "\n" + d[8:], d[:4] + " " + d[4:8] + "\n" + d[8:12] + " " + d[12:],
                         d[:6] + "\n" + d[6:]])
    # odd: dots / spaces in unusual places
    k = r.randint(0, 4)
    return [f"{d[:4]}.{d[4:8]}.{d[8:12]}.{d[12:]}", f"{d[:6]}.{d[6:12]}.{d[12:]}",
            f"{d[:2]}.{d[2:6]}.{d[6:10]}.{d[10:]}", f"{d[:4]} {d[4:6]} {d[6:12]} {d[12:]}",
            f"{d[:3]}.{d[3:9]}.{d[9:]}"][k]


def nik_val(cx, p, forms=None, mistype=None):
    """NIK span; every 25th NIK mention (4 %) is mistyped by one digit unless a rate is given."""
    r = cx.r
    d = p.nik
    cx.nik_n += 1
    if (cx.nik_n % 25 == 7) if mistype is None else maybe(r, mistype):
        i = r.randint(3, 14)
        d = d[:i] + d[i + 1:] if maybe(r, 0.5) else d[:i] + d[i] + d[i:]
    return S("NIK", fmt16(r, d, forms or ("plain", "plain", "plain", "sp", "dash", "dots")))


def kk_val(cx, p, forms=None):
    return S("KK", fmt16(cx.r, kk_of(cx, p), forms or ("plain", "plain", "sp", "dash", "dots")))


# ---- phones ------------------------------------------------------------------------
MOBILE = ["0811", "0812", "0813", "0821", "0822", "0823", "0851", "0852", "0853", "0814", "0815", "0816",
          "0855", "0856", "0857", "0858", "0817", "0818", "0819", "0859", "0877", "0878", "0831", "0832",
          "0833", "0838", "0895", "0896", "0897", "0898", "0899", "0881", "0882", "0883", "0887", "0888"]


def mobile_digits(cx):
    r = cx.r
    return cx.uniq(lambda: r.choice(MOBILE) + digits(r, r.choice([7, 8, 8, 8, 9])))


def group_rest(rest, r):
    n = len(rest)
    if n == 8:
        return r.choice([[rest[:4], rest[4:]], [rest[:3], rest[3:6], rest[6:]]])
    if n == 7:
        return r.choice([[rest[:4], rest[4:]], [rest[:3], rest[3:]]])
    if n == 9:
        return r.choice([[rest[:4], rest[4:]], [rest[:3], rest[3:6], rest[6:]], [rest[:5], rest[5:]]])
    return [rest]


def fmt_mobile(r, d, odd=False):
    head, rest = d[:4], d[4:]
    g = group_rest(rest, r)
    sub = d[1:]   # without leading 0
    if odd:
        f = r.randint(0, 8)
        if f == 0:
            return f"{head}.{g[0]}-{''.join(g[1:])}"
        if f == 1:
            return f"+62-{head[1:]}-{'-'.join(g)}"
        if f == 2:
            return f"(62){head[1:]} {' '.join(g)}"
        if f == 3:
            return f"{head} {g[0]}-{''.join(g[1:])}"
        if f == 4:
            return f"+62 {head[1:]}.{'.'.join(g)}"
        if f == 5:
            return f"62-{head[1:]}-{''.join(g)}"
        if f == 6:
            return f"{head}-{g[0]} {''.join(g[1:])}"
        if f == 7:
            return f"+62({head[1:]}) {' '.join(g)}"
        return f"{d[:2]} {d[2:5]} {d[5:8]} {d[8:]}"
    f = r.choice(["plain", "plain", "plain", "dash", "dash", "space", "dot", "intl_sp", "intl_plain",
                  "62", "paren", "split3"])
    if f == "plain":
        return d
    if f == "dash":
        return head + "-" + "-".join(g)
    if f == "space":
        return head + " " + " ".join(g)
    if f == "dot":
        return head + "." + ".".join(g)
    if f == "intl_sp":
        return f"+62 {head[1:]}-{'-'.join(g)}"
    if f == "intl_plain":
        return "+62" + sub
    if f == "62":
        return "62" + sub
    if f == "paren":
        return f"(+62) {head[1:]} {' '.join(g)}"
    return f"{head} {rest[:3]} {rest[3:6]} {rest[6:]}" if len(rest) >= 8 else f"{head} {rest[:3]} {rest[3:]}"


def phone_val(cx, odd=False):
    return S("PHONE", fmt_mobile(cx.r, mobile_digits(cx), odd))


def landline_val(cx, reg):
    r = cx.r
    area = reg[3]
    n = digits(r, 1).replace("0", "5") + digits(r, (7 if len(area) == 3 else 5))
    if r.random() < 0.5 and len(area) == 3:
        n = n[:7]
    f = r.randint(0, 3)
    if f == 0:
        v = f"({area}) {n}"
    elif f == 1:
        v = f"({area}) {n[:3]}-{n[3:]}"
    elif f == 2:
        v = f"{area}-{n}"
    else:
        v = f"{area} {n[:3]} {n[3:]}"
    return S("PHONE", v)


# ---- bank, passport, bpjs, npwp, plate, email, handle --------------------------------
def bank_val(cx, bank=None):
    r = cx.r
    bank = bank or r.choice(["BRI", "BRI", "BNI", "BCA", "BSI", "Mandiri", "Mandiri", "BTN", "CIMB Niaga",
                             "Bank Jatim", "Bank Nagari", "Bank BJB", "Bank Sumut", "Bank Aceh Syariah"])
    if bank == "BRI":
        d = cx.uniq(lambda: digits(r, 4) + r.choice(["01", "02"]) + digits(r, 6) + r.choice(["50", "53"]) + str(r.randint(1, 9)))
        v = r.choice([f"{d[:4]}-{d[4:6]}-{d[6:12]}-{d[12:14]}-{d[14]}", d, f"{d[:4]} {d[4:6]} {d[6:12]} {d[12:14]} {d[14]}"])
    elif bank == "Mandiri":
        d = cx.uniq(lambda: r.choice(["1", "9"]) + digits(r, 2) + "00" + digits(r, 8))
        v = r.choice([f"{d[:3]}-{d[3:5]}-{d[5:12]}-{d[12]}", d])
    elif bank == "BTN":
        d = cx.uniq(lambda: "00" + digits(r, 14))
        v = r.choice([d, " ".join(d[i:i + 4] for i in range(0, 16, 4))])
    elif bank == "CIMB Niaga":
        d = cx.uniq(lambda: "70" + digits(r, r.choice([11, 12])))
        v = d
    else:
        d = cx.uniq(lambda: str(r.randint(1, 9)) + digits(r, 9))
        v = r.choice([d, d, f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]} {d[3:7]} {d[7:]}"])
    return bank, S("BANK_ACCOUNT", v)


def passport_val(cx):
    r = cx.r
    v = cx.uniq(lambda: r.choice("ABCEX") + digits(r, 7))
    return S("PASSPORT", v if maybe(r, 0.75) else v[0] + " " + v[1:])


def bpjs_val(cx):
    r = cx.r
    d = cx.uniq(lambda: "000" + digits(r, 10))
    return S("BPJS", d if maybe(r, 0.6) else f"{d[:4]} {d[4:8]} {d[8:12]} {d[12]}")


def npwp_val(cx, p=None):
    r = cx.r
    f = r.choice(["old", "old", "old", "plain15", "zero16", "nik"] if p else ["old", "old", "plain15", "zero16"])
    if f == "nik":
        return S("NPWP", p.nik), "nik"
    d = cx.uniq(lambda: f"{r.randint(4, 9):02d}" + digits(r, 7) + digits(r, 3) + "000")
    if f == "old":
        return S("NPWP", f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"), f
    if f == "plain15":
        return S("NPWP", d), f
    return S("NPWP", "0" + d), f


PLATE_CODES = ["A", "B", "D", "E", "F", "G", "H", "K", "L", "M", "N", "P", "R", "S", "T", "W", "Z", "AA",
               "AB", "AD", "AE", "AG", "BA", "BB", "BD", "BE", "BG", "BH", "BK", "BL", "BM", "BN", "BP",
               "DA", "DB", "DD", "DE", "DG", "DH", "DK", "DL", "DM", "DN", "DR", "DS", "DT", "EA", "EB",
               "ED", "KB", "KH", "KT", "KU", "PA", "PB"]


def plate_val(cx, reg=None, form=None, merah=False):
    r = cx.r
    form = form or r.choice(["sp", "sp", "sp", "sp", "nosp", "dash", "lower"])

    def one():
        code = r.choice(reg[2]) if reg else r.choice(PLATE_CODES)
        num = str(r.randint(1, 9999)) if not merah else str(r.randint(1, 199))
        nlet = r.choice([1, 2, 2, 2, 3]) if code == "B" else r.choice([1, 2, 2, 2])
        let = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(nlet))
        return {"sp": f"{code} {num} {let}", "nosp": f"{code}{num}{let}", "dash": f"{code}-{num}-{let}",
                "lower": f"{code} {num} {let}".lower()}[form]
    return S("PLATE", cx.uniq(one))


EMAIL_DOM = ["gmail.com", "gmail.com", "gmail.com", "yahoo.co.id", "yahoo.com", "ymail.com", "outlook.com",
             "hotmail.com", "rocketmail.com", "gmail.co.id"]


def slug(s):
    s = s.lower().replace("'", "").replace(".", "")
    return re.sub(r"[^a-z ]", "", s).split()


def email_val(cx, p):
    return S("EMAIL", cx.uniq(lambda: _email(cx.r, p)))


def _email(r, p):
    parts = [t for t in slug(p.full) if t not in ("br", "boru", "bin", "binti", "ni", "i", "la", "wa", "ode")] or ["user"]
    yy = f"{p.dob.year % 100:02d}"
    f = r.randint(0, 6)
    if f == 0:
        loc = ".".join(parts[:2])
    elif f == 1:
        loc = "".join(parts[:2]) + yy
    elif f == 2:
        loc = parts[0] + "_" + parts[-1] + str(r.randint(1, 99))
    elif f == 3:
        loc = parts[-1] + "." + parts[0][:1] + str(p.dob.year)
    elif f == 4:
        loc = parts[0] + r.choice(["", ".", "_"]) + r.choice(["official", "cantik", "keren", "jaya", "bdg", "mdn", "ok"])
    elif f == 5:
        loc = parts[0][:1] + "".join(parts[1:2]) + digits(r, 3)
    else:
        loc = "".join(parts)[:14] + yy
    return loc + "@" + r.choice(EMAIL_DOM)


def handle_val(cx, p=None, shop=False):
    return S("HANDLE", "@" + cx.uniq(lambda: _handle(cx.r, p, shop)))


def _handle(r, p, shop):
    if shop:
        base = r.choice(["olshop", "store", "collection", "gadget", "cell", "promo", "jastip", "hp_murah"])
        stem = r.choice(["berkah", "amanah", "mutiara", "sejahtera", "maju", "sinar", "jaya", "barokah", "putri"])
        h = f"{stem}{r.choice(['_', '.', ''])}{base}{r.choice(['', str(r.randint(1, 99))])}"
    else:
        parts = [t for t in slug(p.full) if t not in ("br", "boru", "bin", "binti", "ni", "i", "la", "wa", "ode")] or ["akun"]
        f = r.randint(0, 5)
        if f == 0:
            h = parts[0] + "_" + parts[-1]
        elif f == 1:
            h = "".join(parts[:2]) + str(r.randint(1, 99))
        elif f == 2:
            h = parts[0] + "." + parts[-1][:4] + str(p.dob.year % 100)
        elif f == 3:
            h = "its" + parts[0]
        elif f == 4:
            h = parts[0] + "_" + r.choice(["real", "official", "id", "xx", "ok"])
        else:
            h = r.choice(["bang", "kak", "mas", "uda", "teh"]) + parts[0] + digits(r, 2)
    return h


# =====================================================================================
# addresses
# =====================================================================================
GANG = ["Mawar", "Melati", "Kenari", "Damai", "Sukamaju", "Masjid", "Langgar", "Kelinci", "Sawo", "Rukun",
        "Bakti", "Swadaya", "Pelita", "Haji Naim", "Sejahtera", "Manggis", "Kemuning", "Jambu"]
ROMAN = ["", "", "", " II", " III", " IV", " VII"]
STREETS = ["Merdeka", "Pemuda", "Nusantara", "Kenanga", "Melati Raya", "Flamboyan", "Cempaka Putih",
           "Anggrek", "Dahlia", "Masjid Raya", "Pasar Baru", "Kebon Sirih", "Sawo Kecik", "Nangka",
           "Rambutan", "Manggis", "Delima", "Pelita", "Bougenville", "Kartika", "Cendana", "Beringin",
           "Rajawali", "Cenderawasih", "Kutilang", "Merpati", "Lestari", "Harapan", "Bhayangkara"]
HERO_ST = ["Diponegoro", "Jend. Sudirman", "Ahmad Yani", "Teuku Umar", "Cut Nyak Dien", "Imam Bonjol",
           "Pattimura", "Sultan Hasanuddin", "Gatot Subroto", "Dewi Sartika", "R.A. Kartini",
           "Pangeran Antasari", "Sisingamangaraja", "I Gusti Ngurah Rai", "Andi Djemma", "Sam Ratulangi",
           "H.R. Rasuna Said", "Ki Hajar Dewantara", "Dr. Wahidin", "Wolter Monginsidi", "Tuanku Tambusai",
           "Sultan Agung", "Hayam Wuruk", "M.H. Thamrin", "Ir. H. Juanda", "Dr. Sutomo", "Slamet Riyadi",
           "Kol. Sugiono", "K.H. Agus Salim", "Teuku Nyak Arief"]
COMPLEX = ["Griya Asri", "Bumi Permata", "Pesona Anggrek", "Villa Mutiara", "Graha Indah", "Puri Kartika",
           "Bukit Sakinah", "Citra Harmoni", "Permata Biru", "Korpri", "Perumnas Mandala", "Antang Permai",
           "Minasa Upa", "Pondok Hijau", "Pepabri", "Taman Sari Indah", "Griya Bukit Jaya", "Pesona Khayangan"]
HAMLET = {
    "sunda": ["Cibeureum", "Cisalak", "Babakan", "Cimanggu", "Pasirjati", "Sukamanah", "Cikoneng", "Legok"],
    "jawa": ["Krajan", "Ngemplak", "Karangrejo", "Sumberejo", "Kedungsari", "Tegalsari", "Ngablak", "Gondang"],
    "madura": ["Berek Daya", "Laok Songai", "Bara' Leke", "Tanjung Timur", "Dajah"],
    "minang": ["Koto Tuo", "Batu Taba", "Padang Laweh", "Sungai Tanang", "Lubuk Aro", "Koto Baru"],
    "batak": ["Lumban Tobing", "Huta Ginjang", "Sipoholon Dolok", "Lumban Julu"],
    "bugis": ["Lappae", "Tanete", "Bontoa", "Macanang", "Ujung Lamuru"],
    "aceh": ["Meunasah Baro", "Tgk. Dilampoh", "Lhok Keutapang"],
    "buton": ["Wakaokili", "Liabuku", "Bukit Asri"],
    "timur": ["Oebufu", "Kampung Harapan", "Tanah Hitam"],
    "betawi": ["Rawa Bebek", "Pulo Gadung", "Kandang Sapi", "Bulak"],
    "bali": [], "umum": ["Sungai Lulut", "Karang Rejo", "Suka Damai"],
}


def rt_rw(r, odd=False):
    rt, rw = r.randint(1, 19), r.randint(1, 14)
    if odd:
        return r.choice([f"rt{rt:02d}/rw{rw:02d}", f"Rt.{rt}/Rw.{rw}", f"RT{rt:03d}RW{rw:03d}",
                         f"RT.0{rt % 10}/0{rw % 10}", f"rt {rt} rw {rw}"])
    return r.choice([f"RT {rt:02d}/RW {rw:02d}", f"RT {rt:03d} RW {rw:03d}", f"RT. {rt:02d}/RW. {rw:02d}",
                     f"RT {rt} RW {rw}", f"RT{rt:02d}/RW{rw:02d}", f"RT {rt:03d}/{rw:03d}",
                     f"Rt {rt:02d} Rw {rw:02d}", f"RT {rt:02d} / RW {rw:02d}"])


def house_no(r, odd=False):
    n = r.randint(1, 148)
    sfx = r.choice(["", "", "", "", "A", "B"])
    if odd:
        return r.choice([f"no.{n}{sfx}", f"No{n}", f"no {n}", f"Nmr.{n}", f"NO.{n}"])
    return r.choice([f"No. {n}{sfx}", f"No. {n}{sfx}", f"No.{n}", f"Nomor {n}", f"no. {n}", f"No {n}"])


def addr_value(cx, reg, kind=None, odd=False):
    """Return an ADDRESS span value."""
    r = cx.r
    eth = reg[4]
    hamlets = HAMLET.get(eth) or HAMLET["umum"]
    kinds = ["jl", "jl", "jl_rt", "jl_gg", "gg_rt", "perum", "komp", "jalan", "kav"]
    if eth in ("sunda", "betawi"):
        kinds += ["kp", "kp", "kp"]
    if eth in ("jawa", "madura", "bugis", "batak", "aceh", "buton", "timur"):
        kinds += ["dusun", "dusun", "dsn"]
    if eth == "minang":
        kinds += ["jorong", "jorong"]
    if eth in ("bugis", "timur", "buton"):
        kinds += ["btn"]
    if eth in ("bugis", "umum", "aceh"):
        kinds += ["lr"]
    kind = kind or r.choice(kinds)
    st = r.choice(reg[7] + STREETS + STREETS[:6] + (HERO_ST if maybe(r, 0.15) else []))
    sep = ", " if maybe(r, 0.5) else " "
    jl = "Jl." if not odd else r.choice(["Jl.", "jl.", "JL.", "Jln.", "jln"])
    gg = "Gg." if not odd else r.choice(["Gg.", "gg.", "Gg", "GG."])
    if kind == "jl":
        return f"{r.choice([jl, jl, 'Jln.'])}{'' if odd and maybe(r, 0.5) else ' '}{st} {house_no(r, odd)}"
    if kind == "jl_rt":
        return f"{jl} {st} {house_no(r, odd)}{sep}{rt_rw(r, odd)}"
    if kind == "jalan":
        return f"Jalan {st} {house_no(r, odd)}" + (f"{sep}{rt_rw(r)}" if maybe(r, 0.4) else "")
    if kind == "jl_gg":
        return f"{jl} {st} {gg} {r.choice(GANG)}{r.choice(ROMAN)} {house_no(r, odd)}" + (f"{sep}{rt_rw(r, odd)}" if maybe(r, 0.4) else "")
    if kind == "gg_rt":
        return f"{gg}{'' if odd and gg.endswith('.') else ' '}{r.choice(GANG)}{r.choice(ROMAN)} {house_no(r, odd)}{sep}{rt_rw(r, odd)}"
    if kind == "perum":
        blk = r.choice("ABCDEFGHJK") + str(r.randint(1, 12))
        pre = r.choice(["Perum", "Perum", "Perumahan"]) if not odd else r.choice(["perum", "Perum.", "PERUM"])
        if odd and maybe(r, 0.5):
            return f"{pre} {r.choice(COMPLEX)} Blok {blk}/{r.randint(1, 40)}"
        return f"{pre} {r.choice(COMPLEX)} Blok {blk} {house_no(r, odd)}"
    if kind == "komp":
        return f"{r.choice(['Komp.', 'Kompleks', 'Komplek'])} {r.choice(COMPLEX)} Blok {r.choice('ABCDEF')}{r.choice(['', str(r.randint(1, 9))])} {house_no(r, odd)}"
    if kind == "btn":
        return f"BTN {r.choice(COMPLEX)} Blok {r.choice(['A', 'B', 'AB', 'C', 'D'])}{r.randint(1, 12)} {house_no(r, odd)}"
    if kind == "kav":
        return f"{jl} {st} Kav.{'' if odd else ' '}{r.randint(1, 60)}" + (f" {house_no(r)}" if maybe(r, 0.3) else "")
    if kind == "kp":
        kp = "Kp." if not odd else r.choice(["kp.", "Kp", "KP."])
        rr = rt_rw(r, odd) if maybe(r, 0.5) else f"RT {r.randint(1, 9):02d}/{r.randint(1, 12):02d}"
        return f"{kp} {r.choice(hamlets)} {rr}"
    if kind == "dusun":
        return f"Dusun {r.choice(hamlets)}" + (f" {rt_rw(r, odd)}" if maybe(r, 0.8) else "")
    if kind == "dsn":
        return f"Dsn. {r.choice(hamlets)} {rt_rw(r, odd)}"
    if kind == "jorong":
        return f"Jorong {r.choice(HAMLET['minang'])}"
    if kind == "lr":
        return f"Lr. {r.choice(['Sukarela', 'Lebak', 'Pasundan', 'Bakti', 'Kemuning', 'Ikhlas', '3', '7'])} {house_no(r, odd)}"
    raise ValueError(kind)


def addr_val(cx, reg, kind=None, odd=False):
    return S("ADDRESS", addr_value(cx, reg, kind, odd))


def bare_rt(r):
    """A bare RT/RW given as where a person lives (guide: ADDRESS only in that context)."""
    rt, rw = r.randint(1, 15), r.randint(1, 9)
    return S("ADDRESS", r.choice([f"RT {rt:02d}/RW {rw:02d}", f"RT {rt} RW {rw}", f"RT {rt:03d}/RW {rw:03d}"]))


def area_tail(r, reg, full=True):
    """Area-level text after an address (outside the span)."""
    kel, kec, city = r.choice(reg[6]), r.choice(reg[5]), reg[1]
    desa_word = "Kel." if reg[1].startswith("Kota") else r.choice(["Desa", "Ds."])
    if reg[4] == "minang" and reg[1].startswith("Kab."):
        desa_word = ""
    kel_s = f"{desa_word} {kel}".strip()
    f = r.randint(0, 4)
    if f == 0:
        return f", {kel_s}, Kec. {kec}, {city}"
    if f == 1:
        return f", {kel_s}, {city}"
    if f == 2:
        return f", Kec. {kec}"
    if f == 3:
        return f" {kel_s} Kec. {kec} {city_short(reg)}"
    return f", {kel_s}, Kecamatan {kec}, {city}" + (f" {r.randint(2, 9)}{digits(r, 4)}" if full and maybe(r, 0.5) else "")


# =====================================================================================
# honorifics and titles (always outside PERSON spans)
# =====================================================================================
def hon(r, p, reg="formal"):
    f = p.f
    tab = {
        "formal": (["Bapak ", "Pak ", "Sdr. ", "Saudara "], ["Ibu ", "Bu ", "Sdri. ", "Ibu "]),
        "casual": (["Pak ", "Mas ", "Bang ", "Om "], ["Bu ", "Mbak ", "Kak ", "Tante "]),
        "jawa": (["Mbah ", "Pakde ", "Mas ", "Pak "], ["Mbah ", "Bude ", "Mbak ", "Mbok "]),
        "sunda": (["Kang ", "Mang ", "Aki ", "Pa "], ["Teh ", "Ceu ", "Bi ", "Nini "]),
        "minang": (["Uda ", "Mak ", "Angku ", "Pak "], ["Uni ", "Etek ", "Amak ", "Bu "]),
        "batak": (["Amang ", "Tulang ", "Opung ", "Bang "], ["Inang ", "Nantulang ", "Opung ", "Kak "]),
        "madura": (["Cak ", "Pak ", "Mas "], ["Bu ", "Ning ", "Mbak "]),
        "bali": (["Bli ", "Pak ", "Bapak "], ["Mbok ", "Bu ", "Ibu "]),
        "betawi": (["Bang ", "Babe ", "Engkong "], ["Mpok ", "Enyak ", "Nyai "]),
        "en": (["Mr. ", "Mr "], ["Mrs. ", "Ms. "]),
    }[reg]
    return r.choice(tab[1] if f else tab[0])


def pakbu(r, p):
    return r.choice(["Bu ", "Ibu "] if p.f else ["Pak ", "Bapak "])


def hon_for(r, p):
    """An honorific that fits the person's region half of the time."""
    reg = p.eth if p.eth in ("jawa", "sunda", "minang", "batak", "madura", "bali", "betawi") else "formal"
    return hon(r, p, reg if maybe(r, 0.5) else "formal")


def pre_title(r, p):
    f = p.f
    return r.choice(["H. ", "Haji ", "Drs. ", "Ir. ", "dr. ", "Ustaz "] if not f else ["Hj. ", "Dra. ", "dr. ", "Ustazah ", "Ir. "])


def degree(r):
    return r.choice([", S.Pd.", ", S.H.", ", S.E.", ", M.Si.", ", S.Sos.", ", S.Kep.", ", A.Md.", ", S.T.",
                     ", S.Pd.I.", ", M.Pd.", ", S.H., M.H.", ", S.Kom."])


def P(p, form="full"):
    return S("PERSON", p.full if form == "full" else p.call)


def Pn(r, p, pfull=0.65):
    return S("PERSON", p.full if maybe(r, pfull) else p.call)


# =====================================================================================
# near-miss material (never PII)
# =====================================================================================
HOTLINES = [("112", "layanan darurat"), ("110", "polisi"), ("113", "pemadam kebakaran"), ("119", "ambulans"),
            ("123", "PLN"), ("165", "BPJS Kesehatan"), ("1708", "SMS LAPOR!"), ("1500200", "call center"),
            ("137", "Ombudsman"), ("129", "SAPA"), ("1500567", "Halo Kemenkes")]
INST_EMAILS = ["pengaduan@lapor.go.id", "pengaduan@ombudsman.go.id", "ppid@kemensos.go.id",
               "layanan@dukcapil.kemendagri.go.id", "humas@bandung.go.id", "disdik@jatengprov.go.id",
               "dumas@polri.go.id", "care@bpjs-kesehatan.go.id", "pengaduan@kemdikbud.go.id",
               "ppdb@disdik.sumbarprov.go.id", "info@pdam-kotamakassar.co.id", "bantuan@bnpb.go.id",
               "humas@denpasarkota.go.id", "sekretariat@dprd-medankota.go.id"]
INST_HANDLES = ["@lapor1708", "@pln_123", "@ombudsmanri137", "@kemensosri", "@dukcapil_kemendagri",
                "@bpjskesehatan_ri", "@pemkotbandung", "@humaspoldajabar", "@disdukcapil.kotamakassar",
                "@bnpb_indonesia", "@kemendikbud.ri", "@pemkot_surabaya"]
HOSPITALS = ["RSUP Dr. Sardjito", "RSUD dr. Zainoel Abidin", "RSUD Dr. Soetomo", "RSUP Dr. Hasan Sadikin",
             "RSUP Prof. Dr. I.G.N.G. Ngoerah", "RSUD Andi Makkasau", "RSUD Cut Meutia", "RSUP Dr. M. Djamil",
             "RSUP H. Adam Malik", "RSUD Dr. Moewardi", "RSUP Dr. Wahidin Sudirohusodo", "RSUD Ulin",
             "RSUD Prof. Dr. W.Z. Johannes", "RSUD Dr. Iskak", "RS Bhayangkara"]
HERO_PLACES = ["Bandara Sultan Hasanuddin", "Bandara I Gusti Ngurah Rai", "Bandara Sultan Iskandar Muda",
               "Universitas Gadjah Mada", "Stadion Gelora Bung Tomo", "Terminal Tirtonadi",
               "Masjid Agung Sunan Ampel", "Lapangan Ahmad Yani", "Taman Cut Nyak Dhien",
               "Pelabuhan Soekarno-Hatta", "GOR Haji Agus Salim", "Universitas Hasanuddin"]
REGS = ["UU No. 25 Tahun 2009 tentang Pelayanan Publik", "Perpres 76/2013", "UU 27/2022 tentang Pelindungan Data Pribadi",
        "Permendikbud No. 1 Tahun 2021", "PP No. 96 Tahun 2012", "Permensos No. 1 Tahun 2018",
        "Permendagri 108/2019", "UU No. 23 Tahun 2014", "Perpres 82/2018 tentang Jaminan Kesehatan",
        "Permendikbudristek No. 47 Tahun 2023", "UU No. 6 Tahun 2014 tentang Desa", "Perda No. 4 Tahun 2019",
        "UU 24/2013 tentang Adminduk", "Pasal 28H UUD 1945"]
ROLES = ["Pak Lurah", "kepala desa", "Bupati", "Pak RT", "operator sekolah", "petugas loket", "Camat",
         "oknum Satpol PP", "Kades", "Sekdes", "kepala sekolah", "Bu Lurah", "petugas Dukcapil", "Ketua RW",
         "pendamping PKH", "mandor proyek", "Kapolsek", "Wali Kota", "Carik", "Kepala Dusun"]


def nm_ticket(r, kind=None):
    kind = kind or r.choice(["hash", "nomor", "long", "long"])
    if kind == "hash":
        return NM(f"#{r.randint(1000000, 9999999)}", "ticket")
    if kind == "nomor":
        return NM(f"{r.randint(10000000, 99999999)}", "ticket")
    d = rdate(r, 2021, 2025)
    return NM(f"{d.year}{d.month:02d}{d.day:02d}{digits(r, 8)}", "ticket16")


def nm_price(r):
    f = r.randint(0, 5)
    if f == 0:
        return NM(f"Rp {r.choice(['150.000', '250.000', '500.000', '1.500.000', '2.750.000', '300.000', '75.000'])}", "price")
    if f == 1:
        return NM(f"Rp{r.choice(['1,5', '2', '3,2', '12'])} juta", "price")
    if f == 2:
        return NM(f"Rp {r.choice([25, 50, 100, 200, 350])} ribu", "price")
    if f == 3:
        return NM(f"Rp{r.choice(['50.000', '600.000', '1.200.000'])},-", "price")
    if f == 4:
        return NM(f"Rp {r.choice(['4.800.000', '10.000.000', '35.000'])}", "price")
    return NM(f"{r.choice([20, 30, 40, 50])} ribu rupiah", "price")


def nm_hotline(r):
    n, who = r.choice(HOTLINES)
    return who, NM(n, "hotline")


def nm_reg(r):
    return NM(r.choice(REGS), "regulation")


def nm_hero_road(r):
    return NM("Jl. " + r.choice(HERO_ST), "hero_road")


def nm_hosp(r):
    return NM(r.choice(HOSPITALS), "hero_institution")


def nm_spbu(r):
    return NM(f"SPBU {r.randint(11, 74)}.{r.randint(101, 999)}.{r.randint(1, 99):02d}", "spbu")


def nm_npsn(r):
    return NM(f"{r.choice(['1', '2', '3', '5', '6'])}{digits(r, 7)}", "npsn")


def nm_letter(r):
    return NM(r.choice([f"{r.choice([140, 470, 474, 421, 590, 800, 188])}/{r.randint(10, 999)}/{r.choice(['Pem', 'Kel', 'Disdik', 'Ds', 'BA-Med', 'Sos', 'Kesra'])}/{r.randint(2022, 2025)}",
                        f"{r.choice([400, 460, 900])}.{r.randint(1, 9)}/{r.randint(100, 999)}/{r.choice(['Dinsos', 'BPBD', 'Setda'])}/{r.choice(['III', 'VI', 'IX', 'XI'])}/{r.randint(2023, 2025)}"]),
              "letter_no")


def nm_frag(r, kind=None):
    """One no-PII sentence full of near-misses (ends with a space)."""
    kinds = ["hotline", "ticket", "ticket16", "reg", "price", "spbu", "npsn", "km", "date", "count", "kk_count",
             "rt", "hero_road", "hosp", "inst_email", "inst_handle", "cue", "role", "nonbirth", "area",
             "letter", "hero_place", "plate_cue", "bank_cue", "year_born", "time", "age"]
    k = kind or r.choice(kinds)
    if k == "hotline":
        who, n = nm_hotline(r)
        return r.choice([[f"Sudah telepon {who} ", n, " berkali-kali tapi tidak tersambung. "],
                         [f"Nomor {who} ", n, " juga sudah dicoba, hasilnya nihil. "],
                         ["Kami sudah menghubungi ", n, f" ({who}) sejak pagi. "],
                         ["Tolong jangan suruh kami telpon ", n, " lagi, sudah 5 kali. "]])
    if k == "ticket":
        return r.choice([["Laporan saya ", nm_ticket(r, "hash"), " belum ada tanggapan. "],
                         ["Ini lanjutan dari nomor laporan ", nm_ticket(r, "nomor"), ". "],
                         ["(Ref. tiket ", nm_ticket(r, "hash"), ") "]])
    if k == "ticket16":
        return r.choice([["Nomor tracking ", nm_ticket(r, "long"), " statusnya masih 'diproses'. "],
                         ["ID laporan ", nm_ticket(r, "long"), " sudah 30 hari tanpa respon. "],
                         ["Tiket ", nm_ticket(r, "long"), " ditutup sepihak. "]])
    if k == "reg":
        return r.choice([["Padahal sudah diatur dalam ", nm_reg(r), ". "],
                         ["Mohon ditegakkan sesuai ", nm_reg(r), ". "],
                         ["Bukankah ", nm_reg(r), " mewajibkan pelayanan tanpa pungutan? "]])
    if k == "price":
        return r.choice([["Kami dimintai ", nm_price(r), " tanpa kuitansi. "],
                         ["Biaya resmi nol rupiah tapi ditarik ", nm_price(r), ". "],
                         ["Harga gas melon sampai ", nm_price(r), " per tabung. "]])
    if k == "spbu":
        return r.choice([[nm_spbu(r), " sering kehabisan solar sejak subuh. "],
                         ["Antrean di ", nm_spbu(r), " mengular sampai ke jalan raya. "]])
    if k == "npsn":
        return [f"SD Negeri {r.randint(1, 12)} (NPSN ", nm_npsn(r), ") belum menerima dana BOS tahap 2. "]
    if k == "km":
        return [r.choice(["Jalan berlubang di ", "Longsor menutup jalan di ", "Lampu PJU mati di "]),
                NM(f"km {r.randint(3, 120)}", "km"), r.choice([" arah kota. ", " jalur provinsi. ", ". "])]
    if k == "date":
        return r.choice([["Kejadiannya pada ", ev_date(r), " sekitar magrib. "],
                         ["Sejak ", ev_date(r), " air PDAM tidak mengalir. "],
                         ["Batas akhir pendaftaran ", ev_date(r), " tapi situsnya error. "]])
    if k == "count":
        return r.choice([["Ada ", NM(f"{r.randint(40, 400)} peserta", "count"), " yang belum dapat sertifikat. "],
                         ["Sekitar ", NM(f"{r.randint(12, 90)} rumah", "count"), " terendam sejak semalam. "]])
    if k == "kk_count":
        return ["Total ", NM(f"{r.randint(1, 9)}.{r.randint(100, 999)} KK terdampak", "kk_count"), " di tiga kecamatan. "]
    if k == "rt":
        return r.choice([["Lampu jalan di ", NM(f"RT {r.randint(1, 15):02d}", "rt_alone"), " mati total. "],
                         ["Warga ", NM(f"RT {r.randint(1, 12):02d}/RW {r.randint(1, 9):02d}", "rt_alone"), " resah karena sampah menumpuk. "]])
    if k == "hero_road":
        return r.choice([["Lampu mati di sepanjang ", nm_hero_road(r), ". "],
                         ["Trotoar di ", nm_hero_road(r), " dipakai parkir liar. "],
                         ["Galian kabel di ", nm_hero_road(r), " dibiarkan terbuka. "]])
    if k == "hosp":
        return r.choice([["Antrean obat di ", nm_hosp(r), " sampai 6 jam. "],
                         ["Pasien dirujuk ke ", nm_hosp(r), " tapi kamar penuh. "]])
    if k == "hero_place":
        return ["Akses jalan menuju ", NM(r.choice(HERO_PLACES), "hero_institution"), " macet parah. "]
    if k == "inst_email":
        return r.choice([["Sudah kirim surel ke ", NM(r.choice(INST_EMAILS), "inst_email"), " belum dibalas. "],
                         ["Tembusan: ", NM(r.choice(INST_EMAILS), "inst_email"), ". "]])
    if k == "inst_handle":
        return r.choice([["Sudah mention ", NM(r.choice(INST_HANDLES), "inst_handle"), " tapi tidak direspon. "],
                         ["Admin ", NM(r.choice(INST_HANDLES), "inst_handle"), " hanya membalas 'silakan DM'. "]])
    if k == "cue":
        return [NM(r.choice(["NIK saya sudah dicek di 3 aplikasi", "NIK dan KK sudah saya lampirkan",
                             "nomor HP saya ada di profil akun", "alamat lengkap sudah di lampiran",
                             "No. KK sudah diverifikasi operator", "NPWP sudah dipadankan dengan NIK",
                             "rekening sudah dicek teller"]), "cue_no_value"), ". "]
    if k == "role":
        return [r.choice(["Sudah lapor ke ", "Sudah menghadap ", "Sudah disampaikan ke "]),
                NM(r.choice(ROLES), "role"), r.choice([" tapi tidak ada tindakan. ", ", katanya tunggu. ", " namun dilempar ke dinas. "])]
    if k == "nonbirth":
        return r.choice([["Akta kelahiran yang diajukan ", ev_date(r), " belum terbit. "],
                         ["Jadwal imunisasi ", ev_date(r), " dibatalkan mendadak. "],
                         ["Surat keterangan lahir dari bidan tertanggal ", ev_date(r), " ditolak. "]])
    if k == "area":
        reg = r.choice(REGIONS)
        return ["Lokasi: ", NM(f"Kel. {r.choice(reg[6])}, Kec. {r.choice(reg[5])}, {reg[1]}", "area"), ". "]
    if k == "letter":
        return ["Surat nomor ", nm_letter(r), " belum dijawab. "]
    if k == "plate_cue":
        return [NM(r.choice(["nomor polisinya tidak sempat saya catat", "plat nomornya ditutup lakban",
                             "nopolnya tidak kelihatan karena gelap"]), "cue_no_value"), ". "]
    if k == "bank_cue":
        return [r.choice(["Transfer lewat ", "Setoran via ", "Pencairan melalui "]),
                NM(r.choice(["BRI", "BNI", "Bank Nagari", "BSI", "kantor pos"]), "bank_name"), " tidak masuk-masuk. "]
    if k == "year_born":
        return ["Anak ", NM(f"kelahiran {r.randint(2014, 2019)}", "year"), " katanya tidak masuk zonasi. "]
    if k == "time":
        return ["Pukul ", NM(f"{r.randint(0, 23):02d}.{r.choice(['00', '15', '30', '45'])} WIB", "time"), " suara bising masih terdengar. "]
    return ["Nenek saya ", NM(f"usia {r.randint(66, 94)} tahun", "age"), " harus antre berdiri. "]


def nm_frags(r, n):
    out, seen = [], []
    while len(out) < n:
        k = r.choice(["hotline", "ticket", "ticket16", "reg", "price", "spbu", "npsn", "km", "date", "count",
                      "kk_count", "rt", "hero_road", "hosp", "inst_email", "inst_handle", "cue", "role",
                      "nonbirth", "area", "letter", "hero_place", "plate_cue", "bank_cue", "year_born",
                      "time", "age"])
        if k in seen:
            continue
        seen.append(k)
        out.append(nm_frag(r, k))
    return out


OPEN = ["Selamat pagi. ", "Yth. Admin LAPOR!, ", "Assalamualaikum wr. wb. ", "Mohon izin melapor. ",
        "Permisi, ", "Dengan hormat, ", "Salam sejahtera. ", "Halo min, ", "Selamat siang, ", "Tabik. ",
        "Kepada Yth. Bapak/Ibu pengelola pengaduan, ", "", "", "Sore min. ", "Mohon maaf mengganggu. "]
CLOSE = ["Terima kasih.", "Mohon ditindaklanjuti.", "Atas perhatiannya kami ucapkan terima kasih.",
         "Wassalam.", "Tolong segera dibantu 🙏", "Mohon respon cepat.", "Salam.", "Trims.",
         "Kami tunggu tindak lanjutnya.", "Semoga cepat ditangani 🙏🙏", "Mohon atensinya.", ""]


def opener(r):
    return r.choice(OPEN)


def closer(r):
    return r.choice(CLOSE)


ISSUES = [
    "KTP-el belum jadi padahal sudah rekam sejak tahun lalu",
    "bantuan PKH dihentikan tanpa pemberitahuan",
    "namanya hilang dari DTKS setelah pemutakhiran",
    "kartu BPJS PBI dinonaktifkan sepihak",
    "BLT Dana Desa tidak pernah diterima padahal tercatat",
    "BPNT dipotong oleh agen e-warong",
    "ditolak berobat karena status kepesertaan tidak aktif",
    "sertifikat PTSL belum dibagikan",
    "data kependudukan ganda sehingga tidak bisa daftar vaksin",
    "diminta uang pelicin saat mengurus surat pindah",
    "rumah rusak akibat banjir belum didata",
    "air PDAM mati dua minggu tapi tagihan tetap jalan",
    "KIS tidak bisa dipakai di puskesmas",
    "akta kematian suami belum terbit sehingga tidak bisa klaim",
]


# =====================================================================================
# shared composite helpers
# =====================================================================================
def ttl_pieces(cx, p, en=False, forms=None):
    r = cx.r
    return [city_short(p.reg) + r.choice([", ", ", ", " / ", ","]), S("DATE_OF_BIRTH", fmt_dob(r, p.dob, en, forms))]


def field(cx, p, f, odd=False):
    """(cue, pieces) for one identity field of person p."""
    r = cx.r
    if f == "name":
        return r.choice(["Nama", "Nama lengkap", "Nama sesuai KTP", "Nama"]), [P(p)]
    if f == "nik":
        return r.choice(["NIK", "No. KTP", "NIK", "Nomor KTP", "NIK (KTP)"]), [
            nik_val(cx, p, ("odd", "split", "plain", "sp") if odd else None)]
    if f == "kk":
        return r.choice(["No. KK", "Nomor KK", "No KK", "Kartu Keluarga"]), [kk_val(cx, p, ("odd", "plain", "sp") if odd else None)]
    if f == "ttl":
        return r.choice(["TTL", "Tempat/tgl lahir", "Tempat, tanggal lahir"]), ttl_pieces(cx, p)
    if f == "dob":
        return r.choice(["Tgl lahir", "Tanggal lahir", "Lahir"]), [S("DATE_OF_BIRTH", fmt_dob(r, p.dob))]
    if f == "addr":
        return r.choice(["Alamat", "Alamat rumah", "Domisili", "Alamat"]), [addr_val(cx, p.reg, odd=odd), area_tail(r, p.reg)]
    if f == "hp":
        return r.choice(["HP", "No. HP", "WA", "No HP/WA", "Telp"]), [phone_val(cx, odd)]
    if f == "email":
        return r.choice(["Email", "E-mail", "Surel"]), [email_val(cx, p)]
    if f == "bpjs":
        return r.choice(["No. BPJS", "No. kartu JKN", "Nomor BPJS Kesehatan", "No. KIS"]), [bpjs_val(cx)]
    if f == "npwp":
        return "NPWP", [npwp_val(cx, p)[0]]
    if f == "passport":
        return r.choice(["No. Paspor", "Paspor", "Nomor paspor"]), [passport_val(cx)]
    if f == "ig":
        return r.choice(["IG", "Instagram", "Akun IG", "TikTok"]), [handle_val(cx, p)]
    raise ValueError(f)


def ident(cx, b, p, fields, layout=None, odd=False, nl="\n"):
    r = cx.r
    layout = layout or r.choice(["vert", "vert", "inline", "semi", "dash"])
    items = [field(cx, p, f, odd) for f in fields]
    if layout == "vert":
        colon = r.choice([": ", " : ", ":\t", ": "])
        for cue, pcs in items:
            b(cue, colon, pcs, nl)
    elif layout == "dash":
        for cue, pcs in items:
            b("- ", cue, ": ", pcs, nl)
    elif layout == "inline":
        for i, (cue, pcs) in enumerate(items):
            b(", " if i else "", cue, " ", pcs)
        b(". ")
    else:
        for i, (cue, pcs) in enumerate(items):
            b("; " if i else "", cue, ": ", pcs)
        b(". ")


def family(cx, parent, n, age="child", dob_range=None):
    kids = []
    for _ in range(n):
        k = mk_person(cx, eth=parent.eth, age=age, reg=parent.reg)
        if dob_range:
            k.dob = rdate(cx.r, *dob_range)
        # same kecamatan as the parent so that the KK/NIK 6-digit prefix matches
        k.kec = parent.kec
        day = k.dob.day + (40 if k.f else 0)
        k.nik = cx.uniq(lambda: parent.nik[:6] + f"{day:02d}{k.dob.month:02d}{k.dob.year % 100:02d}"
                        + f"{cx.r.randint(1, 180):04d}")
        kids.append(k)
    after = max(k.dob.year for k in kids) if kids else None
    kk = kk_of(cx, parent, after=after)
    for k in kids:
        k.kk = kk
    return kids


def same_home(cx, p, other):
    """Make `other` live in p's kecamatan and share p's KK."""
    other.reg, other.kec = p.reg, p.kec
    other.nik = cx.uniq(lambda: p.nik[:6] + other.nik[6:12] + f"{cx.r.randint(1, 180):04d}")
    other.kk = kk_of(cx, p)
    return other


# =====================================================================================
# style: perantara (intermediaries reporting for a third party)
# =====================================================================================
def st_perantara(cx, b):
    r = cx.r
    v = cx.variant(11)
    if v > 8:
        return more_perantara(cx, b, v)
    if v == 0:   # RT head for an elderly resident
        ketua = mk_person(cx, sex="M")
        w = mk_person(cx, age="elder", reg=ketua.reg)
        b(opener(r), "Saya ", P(ketua), ", ", NM(f"Ketua RT {r.randint(1, 12):02d}", "role"),
          f" di wilayah {r.choice(ketua.reg[6])}, menyampaikan laporan atas nama warga kami, ",
          hon_for(r, w), P(w), " (", NM(f"usia {2024 - w.dob.year} tahun", "age"), "), NIK ",
          nik_val(cx, w), ", yang tinggal di ", addr_val(cx, w.reg), area_tail(r, w.reg), ". ",
          r.choice(["Beliau hidup sebatang kara dan ", "Beliau tinggal bersama cucu yang masih SD dan ",
                    "Beliau lumpuh sejak stroke dan "]),
          r.choice(ISSUES), ". ",
          r.choice(["Karena beliau tidak punya HP, mohon konfirmasi ke nomor saya ",
                    "Untuk klarifikasi silakan hubungi saya di "]), phone_val(cx),
          [" atau telp rumah ", landline_val(cx, ketua.reg)] if maybe(r, 0.5) else "", ". ", closer(r))
    elif v == 1:  # kader posyandu
        mom = mk_person(cx, sex="F", age="young")
        kid = family(cx, mom, 1, dob_range=(2021, 2023))[0]
        b(r.choice(["Izin melaporkan, ", "Assalamualaikum, ", ""]),
          f"kami kader Posyandu {r.choice(['Mawar', 'Melati', 'Dahlia', 'Kenanga', 'Seruni'])} {r.randint(1, 9)}. ",
          "Ada balita dengan gizi kurang, ananda ", P(kid), " (lahir ", S("DATE_OF_BIRTH", fmt_dob(r, kid.dob)),
          "), anak dari ", hon(r, mom), P(mom), ". ",
          "Keluarga ini belum terdaftar sebagai peserta PBI JKN padahal suaminya buruh serabutan. ",
          "No. KK ", kk_val(cx, mom), ", NIK ibu ", nik_val(cx, mom), ". Alamat: ", addr_val(cx, mom.reg),
          area_tail(r, mom.reg), ". ", r.choice(["HP ibunya ", "Nomor WA ibunya (sering tidak aktif) "]),
          phone_val(cx), ". ", nm_frag(r, r.choice(["role", "hotline", "date"])), closer(r))
    elif v == 2:  # lawyer / paralegal
        client = mk_person(cx)
        l1 = mk_person(cx, age="adult")
        l2 = mk_person(cx, age="adult")
        npwp, _ = npwp_val(cx, client)
        b("Dengan hormat,\n", "Kami yang bertanda tangan di bawah ini, ", P(l1), r.choice([", S.H.", ", S.H., M.H."]),
          " dan ", P(l2), r.choice([", S.H.", ", S.H.I.", ", S.H., M.Kn."]),
          f", advokat/paralegal pada Kantor Hukum {r.choice(['Adil', 'Nusantara', 'Satya', 'Garuda'])} & Rekan, ",
          "bertindak untuk dan atas nama klien kami ", hon(r, client), P(client), ", NIK ", nik_val(cx, client),
          ", NPWP ", npwp, ", beralamat di ", addr_val(cx, client.reg), area_tail(r, client.reg),
          ", berdasarkan Surat Kuasa Khusus tertanggal ", ev_date(r), ".\n\n",
          r.choice(["Klien kami keberatan atas penerbitan sertifikat ganda di atas bidang tanahnya. ",
                    "Klien kami diberhentikan tanpa pesangon dan laporan ke Disnaker tidak diproses. ",
                    "Klien kami dikenai tagihan PBB atas objek yang sudah dijual sejak lama. "]),
          nm_frag(r, "reg"), "\n\nKorespondensi dapat dialamatkan ke ", email_val(cx, l1), " atau ",
          phone_val(cx), ".\nHormat kami,\n", P(l1), ", S.H.")
    elif v == 3:  # NGO staff, migrant worker
        pmi = mk_person(cx, age="young" if maybe(r, 0.5) else "adult")
        sib = same_home(cx, pmi, mk_person(cx, eth=pmi.eth, reg=pmi.reg))
        staf = mk_person(cx)
        b(opener(r), f"Kami dari {r.choice(['Jaringan Peduli Buruh Migran', 'Serikat Pekerja Migran Desa', 'Lembaga Bantuan Migran Nusantara'])} ",
          "mendampingi keluarga PMI atas nama ", P(pmi), " (paspor ", passport_val(cx), "), berangkat ke ",
          r.choice(["Malaysia", "Taiwan", "Hong Kong", "Arab Saudi", "Singapura"]), " melalui ", NM("P3MI", "plate_like_acronym"), " tidak resmi. ",
          "Sejak ", ev_date(r), " yang bersangkutan tidak bisa dihubungi dan paspornya ditahan majikan. ",
          "Rumah keluarga di ", addr_val(cx, pmi.reg), area_tail(r, pmi.reg), ". Kontak keluarga: ",
          r.choice(["kakak korban", "adik korban", "ibu korban"]), " ", hon(r, sib), P(sib), ", HP ", phone_val(cx),
          ". Pendamping: ", P(staf), " (", phone_val(cx), "). ", nm_frag(r, r.choice(["hotline", "reg"])))
    elif v == 4:  # teacher for a pupil
        dad = mk_person(cx, sex="M")
        kid = family(cx, dad, 1)[0]
        guru = mk_person(cx, age="pns")
        b(opener(r), f"Saya wali kelas {r.choice(['IV', 'V', 'VI'])} SD Negeri {r.randint(1, 14)} {city_short(dad.reg)} (NPSN ",
          nm_npsn(r), "). Murid saya, ", P(kid), ", sudah dua semester tidak menerima dana PIP/KIP ",
          "padahal tercatat layak. Ayahnya, ", hon(r, dad), P(dad), ", buruh bangunan, NIK ", nik_val(cx, dad),
          ". Rumah mereka di ", addr_val(cx, dad.reg), area_tail(r, dad.reg),
          ". Mohon dicek ke bank penyalur. Saya siap memberi keterangan.\n\n", P(guru), degree(r), "\nNIP ",
          S("NIP", fmt_nip(r, nip_of(cx, guru))), "\nHP ", phone_val(cx))
    elif v == 5:  # child for an elderly parent
        par = mk_person(cx, age="elder")
        me = same_home(cx, par, mk_person(cx, eth=par.eth, age="adult", reg=par.reg))
        b(opener(r), "Saya anak dari ", hon(r, par), P(par), " (lahir ", S("DATE_OF_BIRTH", fmt_dob(r, par.dob)),
          "). ", r.choice(["Kartu BPJS beliau nomor ", "Kartu JKN-KIS ayah/ibu saya, nomor "]), bpjs_val(cx),
          ", tiba-tiba nonaktif saat beliau harus cuci darah di ", nm_hosp(r), ". ",
          "Beliau tinggal sendiri di ", addr_val(cx, par.reg), area_tail(r, par.reg), ". ",
          "Saya bekerja di luar kota, mohon kabari saya (", P(me), ") di ", phone_val(cx),
          r.choice([" atau email ", " / "]), email_val(cx, me), ". ", closer(r))
    elif v == 6:  # neighbour for a person with disability
        x = mk_person(cx)
        me = mk_person(cx, reg=x.reg)
        b(opener(r), "Tetangga kami, ", hon(r, x), P(x), ", penyandang disabilitas mental, ",
          r.choice(["dipasung oleh keluarganya di belakang rumah", "tidak pernah mendapat obat rutin",
                    "ditelantarkan setelah orang tuanya meninggal"]),
          ". Rumahnya di ", addr_val(cx, x.reg), area_tail(r, x.reg), ". ",
          nm_frag(r, "role"), "Saya ", P(me), ", bisa dihubungi di ", phone_val(cx),
          [" atau DM IG ", handle_val(cx, me)] if maybe(r, 0.5) else "", ". Identitas saya jangan dibuka ya min.")
    elif v == 7:  # PKH facilitator for a beneficiary
        kpm = mk_person(cx, sex="F")
        bank, acct = bank_val(cx, r.choice(["BNI", "BRI", "Mandiri", "BSI"]))
        b(f"Sebagai pendamping PKH Kecamatan {r.choice(kpm.reg[5])}, saya melaporkan KPM atas nama ", P(kpm),
          ", NIK ", nik_val(cx, kpm), ", No. KK ", kk_val(cx, kpm), ". Rekening KKS ", bank, " ", acct,
          " saldonya nol sejak tahap ", str(r.randint(2, 4)), " padahal di SIKS-NG tertulis sudah salur. Rumah KPM di ",
          addr_val(cx, kpm.reg), area_tail(r, kpm.reg), "; HP pendamping ", phone_val(cx), ". ",
          nm_frag(r, r.choice(["ticket", "letter", "date"])), closer(r))
    else:  # mosque board reporting an umrah fraud for pilgrims
        j1 = mk_person(cx, age="elder")
        j2 = mk_person(cx, age="elder", reg=j1.reg)
        boss = mk_person(cx, reg=j1.reg)
        bank, acct = bank_val(cx, r.choice(["Mandiri", "BCA", "BRI"]))
        b("Kami pengurus Masjid ", r.choice(["Al-Ikhlas", "Baiturrahim", "Nurul Huda", "At-Taqwa"]),
          " melaporkan penipuan travel umrah yang menimpa jamaah kami. Di antaranya ",
          pre_title(r, j1) if maybe(r, 0.5) else hon(r, j1), P(j1), " (paspor ", passport_val(cx), ") dan ",
          hon(r, j2), P(j2), " (paspor ", passport_val(cx), "). Setoran ", nm_price(r),
          " per orang ditransfer ke rekening ", bank, " ", acct, " a.n. ", P(boss),
          ", pemilik travel. Kantor travel di ", addr_val(cx, boss.reg, "jl"), " sudah tutup. ", closer(r))


# =====================================================================================
# style: admin (disposition notes, verifier notes, case logs, agency replies)
# =====================================================================================
def nm_stamp(r, d=None, t=None):
    d = d or rdate(r, 2023, 2025)
    return NM(f"{d.isoformat()} {r.randint(7, 21):02d}:{r.randint(0, 59):02d}", "timestamp")


def official_sig(cx, b, o, office):
    r = cx.r
    b(f"\n\n{office}\n\n", pre_title(r, o) if maybe(r, 0.5) else "", P(o), degree(r) if maybe(r, 0.7) else "",
      "\nNIP", r.choice([". ", " ", ": "]), S("NIP", fmt_nip(r, nip_of(cx, o))))


def st_admin(cx, b):
    r = cx.r
    v = cx.variant(10)
    if v > 8:
        return more_admin(cx, b, v)
    if v == 0:
        x = mk_person(cx)
        kabid = mk_person(cx, age="pns")
        b("LEMBAR DISPOSISI\nNo. Agenda   : ", nm_letter(r), "\nTgl terima   : ", ev_date(r),
          "\nPerihal      : Laporan ", nm_ticket(r, "hash"), " a.n. ", P(x),
          "\nDiteruskan   : ", r.choice(["Kasi Pendataan", "Kabid Linjamsos", "Kasi Pelayanan Adminduk", "Sekdis"]),
          "\nIsi          : Mohon dicek NIK ", nik_val(cx, x), " di SIAK dan DTKS; survei ke ", addr_val(cx, x.reg),
          ". Pelapor bisa dihubungi di ", phone_val(cx), ". Tenggat 3 hari kerja.\nParaf        : ", P(kabid, "call"), " (",
          r.choice(["Kabid", "Kadis", "Sekdis"]), ")")
    elif v == 1:
        x = mk_person(cx)
        reg2 = r.choice(REGIONS)
        b(f"Catatan verifikator (tahap {r.randint(1, 3)}, ", ev_date(r), "): identitas pelapor sesuai dokumen - ",
          P(x), ", NIK ", nik_val(cx, x), ", TTL ", ttl_pieces(cx, x), ". KK ", kk_val(cx, x),
          f" aktif, {r.randint(2, 7)} anggota. ", ["NPWP ", npwp_val(cx, x)[0], " valid. "] if maybe(r, 0.35) else "",
          "Domisili saat ini berbeda dengan KTP: ", r.choice(["kos di ", "mengontrak di ", "menumpang di rumah saudara di "]),
          addr_val(cx, reg2), area_tail(r, reg2), ". HP aktif ", phone_val(cx), ". Rekomendasi: teruskan ke OPD teknis. ",
          r.choice(["Verif: ", "Petugas: ", "-- "]), P(mk_person(cx), "call"))
    elif v == 2:
        x = mk_person(cx)
        t0 = datetime.datetime.combine(rdate(r, 2023, 2025), datetime.time(r.randint(7, 10), r.randint(0, 59)))
        steps = [t0]
        for gap in (r.randint(5, 90), r.randint(600, 1800), r.randint(2000, 4000), r.randint(1000, 2000)):
            steps.append(steps[-1] + datetime.timedelta(minutes=gap))
        st = [NM(t.strftime("%Y-%m-%d %H:%M"), "timestamp") for t in steps]
        ph = phone_val(cx)
        ph2 = S("PHONE", ph.value)
        b("LOG PENANGANAN ", nm_ticket(r, "long"), "\n",
          "[", st[0], "] tiket dibuka oleh operator\n",
          "[", st[1], "] telp ke pelapor (", ph, ") tidak diangkat\n",
          "[", st[2], "] WA terkirim ke ", ph2, "; pelapor (", P(x),
          ") minta identitasnya dirahasiakan\n",
          "[", st[3], "] cek lapangan: rumah di ", addr_val(cx, x.reg),
          r.choice([" benar rusak berat", " terdampak longsor", " tidak teraliri air"]), "\n",
          "[", st[4], "] diteruskan ke ",
          r.choice(["BPBD", "Dinas PUPR", "PDAM", "Dinsos"]), ", status: proses")
    elif v == 3:
        x = mk_person(cx)
        o = mk_person(cx, age="pns")
        staff = mk_person(cx, age="adult")
        b("Yth. Pelapor,\nMenindaklanjuti laporan nomor ", nm_ticket(r, "nomor"), " yang disampaikan oleh ",
          hon(r, x), P(x), " (NIK ", nik_val(cx, x), ") terkait ", r.choice(ISSUES),
          ", bersama ini kami sampaikan bahwa petugas telah melakukan verifikasi ke alamat ",
          addr_val(cx, x.reg), area_tail(r, x.reg), " pada ", ev_date(r), ". ",
          r.choice(["Yang bersangkutan sudah diusulkan kembali dalam pemutakhiran bulan depan. ",
                    "Data telah diperbaiki dan kartu dapat diambil di kantor kecamatan. ",
                    "Permasalahan telah diselesaikan secara musyawarah. "]),
          "Informasi lebih lanjut dapat menghubungi petugas kami, ", hon(r, staff), P(staff), ", di ",
          phone_val(cx), ".")
        official_sig(cx, b, o, r.choice(["Kepala Dinas Sosial", "Kepala Dinas Kependudukan dan Pencatatan Sipil",
                                         "a.n. Camat, Sekretaris Kecamatan", "Kepala Bidang Pelayanan"]))
    elif v == 4:
        t = mk_person(cx, age="pns")
        x = mk_person(cx)
        b("NOTA DINAS - eskalasi ke Inspektorat\nTerlapor : ", P(t), ", NIP ", S("NIP", fmt_nip(r, nip_of(cx, t))),
          f", staf {r.choice(['Kelurahan', 'Kecamatan', 'UPT Samsat', 'Disdukcapil'])}\n",
          "Pelapor  : ", P(x), " (HP ", phone_val(cx), ")\nUraian   : terlapor diduga meminta ", nm_price(r),
          " saat pelapor mengurus ", r.choice(["KTP-el", "balik nama kendaraan", "surat pindah", "IMB/PBG"]),
          ". Kendaraan dinas yang dipakai terlapor saat menagih: ", plate_val(cx, t.reg, merah=True),
          " (plat merah).\nBukti    : rekaman suara, tangkapan layar WA.")
    elif v == 5:
        x = mk_person(cx, age="adult")
        kid = family(cx, x, 1)[0]
        b("Catatan agen CC (shift malam, ", nm_stamp(r), "): penelepon mengaku bernama ", P(x), ", orang tua dari ",
          P(kid), " (lahir ", S("DATE_OF_BIRTH", fmt_dob(r, kid.dob)), "). ",
          r.choice(["Anak ditolak IGD karena BPJS belum aktif. ", "Akta kelahiran anak salah tulis nama. ",
                    "Anak tidak masuk daftar imunisasi. "]),
          "Minta ditelepon balik di ", landline_val(cx, x.reg), " atau ", phone_val(cx), "; email ",
          email_val(cx, x), ". Tiket dibuat: ", nm_ticket(r, "long"), ".")
    elif v == 6:
        x = mk_person(cx)
        b("Cek duplikasi: laporan ", nm_ticket(r, "hash"), " dan ", nm_ticket(r, "hash"),
          " berasal dari pelapor yang sama (", P(x), ", akun X ", handle_val(cx, x), ", email ", email_val(cx, x),
          "), sama-sama soal ", r.choice(ISSUES), ". Digabung ke laporan pertama. ",
          r.choice(["Pelapor sudah diberi tahu.", "Mohon tidak dibalas dua kali.", "Status: digabung."]))
    elif v == 7:
        x = mk_person(cx)
        ar = mk_person(cx, age="pns")
        npwp, kind = npwp_val(cx, x)
        b("Tindak lanjut KPP Pratama ", city_short(x.reg), ": Wajib Pajak a.n. ", P(x), " NPWP ", npwp,
          " telah dipadankan dengan NIK ", nik_val(cx, x, ("plain",)),
          ". Tagihan ganda yang dikeluhkan sudah dibatalkan melalui surat ", nm_letter(r),
          ". Petugas AR: ", P(ar), " (NIP ", S("NIP", fmt_nip(r, nip_of(cx, ar))), ").")
    else:
        x = mk_person(cx)
        b("Catatan Kanim kelas I: pemohon ", P(x), ", lahir ", S("DATE_OF_BIRTH", fmt_dob(r, x.dob)),
          ", melaporkan paspor lama ", passport_val(cx), " hilang saat banjir. Paspor pengganti ",
          passport_val(cx), " sudah terbit ", ev_date(r), " namun belum diambil. Alamat sesuai KTP: ",
          addr_val(cx, x.reg), area_tail(r, x.reg), ". Hubungi ", landline_val(cx, x.reg) if maybe(r, 0.4) else phone_val(cx), " sebelum dikirim.")


# =====================================================================================
# style: ekspor (JSON / key=value / CSV / TSV exports pasted into a complaint)
# =====================================================================================
def st_ekspor(cx, b):
    r = cx.r
    v = cx.variant(9)
    if v > 7:
        return more_ekspor(cx, b, v)
    x = mk_person(cx)
    if v == 0:
        b(r.choice(["Data dari formulir online saya salin di sini:\n", "Ini data yang tersimpan di aplikasi, kok salah?\n", ""]),
          '{"nama":"', P(x), '","nik":"', nik_val(cx, x, ("plain",)), '","tgl_lahir":"',
          S("DATE_OF_BIRTH", fmt_dob(r, x.dob, forms=["iso", "dash"])), '","hp":"', phone_val(cx),
          '","alamat":"', addr_val(cx, x.reg),
          ['","npwp":"', npwp_val(cx, x)[0]] if maybe(r, 0.4) else "",
          ['","ig":"', handle_val(cx, x)] if maybe(r, 0.4) else "", '","kategori":"', r.choice(["adminduk", "bansos", "kesehatan"]),
          '","status":"', r.choice(["ditolak", "pending", "verifikasi"]), '"}\n',
          r.choice(["Kenapa status saya ditolak?", "Tanggal lahir di sini beda dengan KTP.", "Tolong diperbaiki."]))
    elif v == 1:
        bank, acct = bank_val(cx)
        b("nama=", P(x), "; nik=", nik_val(cx, x, ("plain",)), "; hp=", phone_val(cx), "; alamat=", addr_val(cx, x.reg),
          "; bank=", bank,
          "; rek=", acct, "; kel=", r.choice(x.reg[6]), "; keluhan=",
          r.choice(["dana bantuan belum masuk", "potongan tidak jelas", "rekening diblokir"]), "\n",
          r.choice(["(hasil export dari aplikasi desa)", "^ data saya seperti itu di sistem", "mohon dicek min"]))
    elif v == 2:
        ys = [x] + [mk_person(cx, reg=x.reg) for _ in range(r.randint(1, 3))]
        b("Berikut CSV data warga yang ", r.choice(["belum menerima bantuan", "KTP-nya belum jadi", "datanya ganda"]), ":\n",
          "no,nama,nik,no_hp,alamat\n")
        for i, y in enumerate(ys, 1):
            b(f"{i},", P(y), ",", nik_val(cx, y, ("plain",)), ",", phone_val(cx), ',"', addr_val(cx, y.reg), '"\n')
        b(nm_frag(r, r.choice(["role", "date", "ticket"])))
    elif v == 3:
        ys = [x] + [mk_person(cx, reg=x.reg) for _ in range(r.randint(1, 2))]
        b("Nama\tNIK\tTgl Lahir\tNo HP\n")
        for y in ys:
            b(P(y), "\t", nik_val(cx, y, ("plain",)), "\t", S("DATE_OF_BIRTH", fmt_dob(r, y.dob, forms=["slash", "dash", "dot"])),
              "\t", phone_val(cx), "\n")
        b("(copas dari excel pendataan ", r.choice(["banjir", "vaksinasi", "BLT"]), ") ", closer(r))
    elif v == 4:
        b("=== FORM PENGADUAN ===\n")
        ident(cx, b, x, r.choice([["name", "nik", "email", "hp"], ["name", "ttl", "addr", "hp"],
                                   ["name", "nik", "npwp", "email"], ["name", "passport", "hp", "email"]]), layout="vert")
        b("Kategori : ", r.choice(["Kependudukan", "Perpajakan", "Keimigrasian", "Sosial"]), "\nLokasi   : ",
          nm_hero_road(r), r.choice([" (depan pasar)", " km 3", ""]), "\nIsi      : ", r.choice(ISSUES), ".")
    elif v == 5:
        b(nm_stamp(r), " INFO reporter={name: '", P(x), "', msisdn: '",
          S("PHONE", "62" + mobile_digits(cx)[1:]), "', email: '", email_val(cx, x), "'} ticket=", nm_ticket(r, "long"),
          " channel=", r.choice(["web", "android", "sms"]), "\n", r.choice(["Log ini muncul di halaman status saya, apa aman?",
                                                                          "Kenapa data pribadi saya tampil di log?"]))
    elif v == 6:
        ys = [x] + [mk_person(cx) for _ in range(r.randint(1, 2))]
        b("| Nama | Alamat | Plat kendaraan | Keterangan |\n|---|---|---|---|\n")
        for y in ys:
            b("| ", P(y), " | ", addr_val(cx, y.reg), " | ", plate_val(cx, y.reg), " | ",
              r.choice(["pajak sudah dibayar", "kena tilang elektronik salah", "STNK belum terbit"]), " |\n")
        b(r.choice(["Tabel ini dari Samsat, data kami ditukar.", "Mohon penjelasan Samsat."]))
    else:
        if maybe(r, 0.5):
            b("NAMA;NIK;NO_KK;BPJS;HP\n", P(x), ";", nik_val(cx, x, ("plain",)), ";", kk_val(cx, x, ("plain",)), ";",
              bpjs_val(cx), ";", phone_val(cx), "\n")
        else:
            b("NAMA;NPWP;ALAMAT;HP\n", P(x), ";", npwp_val(cx, x)[0], ";", addr_val(cx, x.reg), ";", phone_val(cx), "\n")
        b(
          r.choice(["Kolom BPJS saya tertukar dengan orang lain.", "Ini data saya di aplikasi puskesmas.",
                    "Data ini dibagikan di grup WA desa tanpa izin!"]))


# =====================================================================================
# style: mediasi (dispute / mediation records with several parties and witnesses)
# =====================================================================================
RANKS = ["Bripka ", "Aiptu ", "Brigpol ", "Serda ", "Serka ", "Peltu ", "Aipda ", "Sertu "]


def st_mediasi(cx, b):
    r = cx.r
    v = cx.variant(6)
    if v > 4:
        return more_mediasi(cx, b, v)
    if v == 0:
        a = mk_person(cx)
        bb = mk_person(cx, reg=a.reg)
        c, d, e = (mk_person(cx, reg=a.reg) for _ in range(3))
        desa = r.choice(a.reg[6])
        b(r.choice(["Mohon keadilan. Kesepakatan mediasi berikut dilanggar pihak kedua:\n\n",
                    "Saya lampirkan isi berita acara mediasi kami:\n\n"]),
          "BERITA ACARA MEDIASI\nNomor: ", nm_letter(r), "\n\nPada hari ini, ", ev_date(r),
          f", bertempat di Balai Desa {desa}, telah dilaksanakan mediasi sengketa batas tanah antara:\n",
          "1. ", P(a), ", NIK ", nik_val(cx, a), ", alamat ", addr_val(cx, a.reg), ", HP ", phone_val(cx), " (“Pihak Pertama”);\n",
          "2. ", pre_title(r, bb) if maybe(r, 0.4) else "", P(bb), ", NIK ", nik_val(cx, bb), ", alamat ",
          addr_val(cx, bb.reg), " (“Pihak Kedua”).\n",
          "Saksi-saksi: ", P(c), " dan ", P(d), ". Mediator: ", NM("Kepala Desa", "role"), f" {desa} dibantu Bhabinkamtibmas ",
          r.choice(RANKS), P(e), ".\n",
          f"Kesepakatan: patok batas dikembalikan sesuai {r.choice(['gambar ukur', 'sertifikat hak milik', 'peta bidang BPN'])}; Pihak Kedua membongkar pagar paling lambat ",
          ev_date(r), ".\n\n", r.choice(["Sampai sekarang pagar belum dibongkar.", "Pihak kedua malah menambah bangunan.",
                                         "Pagar dibongkar tapi patok dipindah lagi."]))
    elif v == 1:
        alm = mk_person(cx, age="elder", sex="M")
        heirs = []
        for i in range(r.randint(2, 4)):
            h = mk_person(cx, eth=alm.eth, reg=alm.reg)
            if maybe(r, 0.5) and alm.eth not in ("bali", "timur", "tionghoa", "batak", "buton"):
                h.full = f"{h.call} {'binti' if h.f else 'bin'} {alm.call}"
            heirs.append(h)
        buyer = mk_person(cx)
        b("Sengketa warisan ", r.choice(["alm. ", "almarhum ", "Alm. Bapak "]), P(alm), " (wafat ", ev_date(r, 2019, 2023),
          "). Ahli waris:\n")
        for i, h in enumerate(heirs):
            b(f"{i + 1}) ", P(h), r.choice([" (anak sulung)", " (anak kedua)", " (anak bungsu)", ""]))
            if i == 0 or maybe(r, 0.4):
                b(", HP ", phone_val(cx))
            if i == len(heirs) - 1:
                b(", tinggal di ", addr_val(cx, h.reg), area_tail(r, h.reg))
            b(";\n")
        b(f"Tanah seluas {r.randint(3, 40) * 50} m² di desa kami dijual sepihak oleh ", P(heirs[1], "call"),
          " kepada ", P(buyer), " tanpa persetujuan ahli waris lain. Mediasi di kantor desa pada ", ev_date(r),
          " gagal karena pembeli tidak hadir. ", nm_frag(r, r.choice(["reg", "role"])), closer(r))
    elif v == 2:
        a = mk_person(cx)
        bb = mk_person(cx, reg=a.reg)
        rt = mk_person(cx, reg=a.reg, sex="M")
        b("Perselisihan antar tetangga.\nPihak I: ", P(a), ", rumah di ", addr_val(cx, a.reg, r.choice(["jl", "gg_rt", "perum"])),
          "\nPihak II: ", hon(r, bb), P(bb), ", rumah di ", addr_val(cx, a.reg, r.choice(["jl", "gg_rt", "perum"])),
          "\nMasalah: ", r.choice(["mobil ", "pikap ", "truk kecil "]), plate_val(cx, a.reg),
          " milik Pihak II setiap malam diparkir menutup akses jalan gang. ",
          "Pertemuan di rumah Ketua RT (", P(rt, "call"), ") pada ", ev_date(r), " tidak menghasilkan kesepakatan.\n",
          "Saya Pihak I, mohon bantuan Satpol PP. HP ", phone_val(cx), ".")
    elif v == 3:
        a = mk_person(cx)
        bb = mk_person(cx)
        pol = mk_person(cx, sex="M")
        wit = mk_person(cx)
        bank, acct = bank_val(cx, r.choice(["BCA", "BRI", "BNI"]))
        b("Surat pernyataan damai kecelakaan (", ev_date(r), "):\n",
          "Pihak pertama ", P(a), ", pengendara sepeda motor ", plate_val(cx, a.reg), ", alamat ", addr_val(cx, a.reg), ";\n",
          "Pihak kedua ", P(bb), ", pengemudi mobil ", plate_val(cx), ";\n",
          "Saksi: ", r.choice(RANKS), P(pol), " (Unit Gakkum Satlantas) dan ", P(wit), ".\n",
          "Isi: pihak kedua mengganti biaya perawatan ", nm_price(r), " ke rekening ", bank, " ", acct, " a.n. ",
          P(a), ".\n\n", r.choice(["Sudah 3 bulan uang tidak ditransfer.", "Pihak kedua tidak bisa dihubungi lagi."]),
          " Nomor pihak kedua: ", phone_val(cx), ".")
    else:
        a = mk_person(cx)
        dc = mk_person(cx, sex="M", age="young")
        ko = mk_person(cx)
        b("Mediasi sengketa pinjaman koperasi di kantor kelurahan (", ev_date(r), ") antara anggota ", P(a),
          " (NIK ", nik_val(cx, a), ") dan pengurus koperasi ", hon(r, ko), P(ko), " gagal. ",
          "Penagih dari koperasi, ", P(dc), ", datang memakai motor ", plate_val(cx, a.reg),
          " dan menyebar foto KTP ", P(a, "call"), " di IG ", handle_val(cx, dc), ". ",
          "Bunga dihitung ", NM(f"{r.randint(10, 30)}% per bulan", "count"), ". ", nm_frag(r, "reg"), closer(r))


# =====================================================================================
# style: sekolah (PPDB zonasi, KIP/PIP, ijazah ditahan, pungli, bullying, teachers)
# =====================================================================================
def st_sekolah(cx, b):
    r = cx.r
    v = cx.variant(8)
    if v > 6:
        return more_sekolah(cx, b, v)
    par = mk_person(cx, age="adult")
    if v == 0:
        kid = family(cx, par, 1, dob_range=(2011, 2012))[0]
        par.kk = None
        kk = kk_of(cx, par, after=2024)
        kid.kk = kk
        b(opener(r), "Anak saya, ", P(kid), " (NIK ", nik_val(cx, kid), ", lahir ", S("DATE_OF_BIRTH", fmt_dob(r, kid.dob)),
          f"), ditolak di PPDB zonasi SMP Negeri {r.randint(1, 30)} (NPSN ", nm_npsn(r), ") padahal rumah kami di ",
          addr_val(cx, par.reg), f" hanya {r.randint(2, 9)}00 meter dari sekolah. Alasan panitia: KK ",
          S("KK", fmt16(r, kk)), " baru terbit kurang dari setahun. Padahal kami pindah karena rumah lama kena gusuran. ",
          nm_frag(r, "reg"), "Saya ", r.choice(["ibunya" if par.f else "ayahnya", "walinya"]), ", ", P(par), ", HP ", phone_val(cx), ".")
    elif v == 1:
        kid = family(cx, par, 1, dob_range=(2006, 2010))[0]
        guru = mk_person(cx, age="pns")
        bank, acct = bank_val(cx, r.choice(["BRI", "BNI", "BSI"]))
        b("PIP atas nama ", P(kid), r.choice([" (kelas XI)", " (kelas IX)", " (kelas XII)"]),
          " tidak cair sejak tahun lalu. Rekening SimPel ", bank, " ", acct, " saldonya nol, sedangkan teman-temannya sudah terima. ",
          "Wali kelas, ", pakbu(r, guru), P(guru, "call" if maybe(r, 0.5) else "full"), ", bilang itu urusan ",
          NM("operator sekolah", "role"), ". Kami orang tua, ", P(par), ", tinggal di ", addr_val(cx, par.reg),
          area_tail(r, par.reg), ". ", closer(r))
    elif v == 2:
        kid = family(cx, par, 1, dob_range=(2004, 2006))[0]
        b("Ijazah SMK adik saya, ", P(kid), " (lahir ", S("DATE_OF_BIRTH", fmt_dob(r, kid.dob)),
          f", lulus {r.randint(2022, 2024)}), ditahan sekolah karena tunggakan ", nm_price(r), ". ",
          NM("Kepala sekolah", "role"), " bilang ijazah baru diberikan kalau lunas, padahal adik saya butuh untuk melamar kerja. ",
          "Saya kakaknya, ", P(family(cx, par, 1, age="young")[0]), ", WA ", phone_val(cx), ". ", nm_frag(r, "reg"))
    elif v == 3:
        kid = family(cx, par, 1, dob_range=(2010, 2012))[0]
        bend = mk_person(cx, sex="F", reg=par.reg)
        bank, acct = bank_val(cx, r.choice(["BNI", "BRI", "Bank Jatim", "Bank BJB"]))
        b(f"Orang tua murid kelas VII SMPN {r.randint(1, 20)} diminta membayar ", nm_price(r),
          " untuk seragam dan buku LKS. Bendahara komite, ", hon(r, bend), P(bend),
          ", meminta uang ditransfer ke rekening pribadi ", bank, " ", acct, ". ",
          "Saya wali murid dari ", P(kid), ", nama saya ", P(par), ". ", nm_frag(r, r.choice(["reg", "price"])), closer(r))
    elif v == 4:
        kid = family(cx, par, 1, dob_range=(2009, 2012))[0]
        bully = mk_person(cx, age="child")
        guru = mk_person(cx, age="pns")
        b("Anak saya ", P(kid), r.choice([" (kelas 8)", " (kelas 5)", " (kelas 7)"]),
          " menjadi korban perundungan oleh kakak kelas, ", P(bully), ". Videonya tersebar di TikTok lewat akun ",
          handle_val(cx, bully), ". Wali kelas, ", pakbu(r, guru), P(guru), ", tidak menindak. ",
          "Saya ", "ibunya" if par.f else "ayahnya", ", ", P(par), ", ", phone_val(cx), ". ", nm_frag(r, "hotline"))
    elif v == 5:
        g = mk_person(cx, age="pns")
        bank, acct = bank_val(cx, r.choice(["Bank Jateng", "Bank BJB", "Bank Nagari", "BRI", "Bank Sumut"]))
        b("Saya guru PNS, ", P(g), degree(r), ", NIP ", S("NIP", fmt_nip(r, nip_of(cx, g))),
          f", mengajar di SD Negeri {r.randint(1, 40)} {city_short(g.reg)} sejak {r.randint(2008, 2016)}. ",
          "Tunjangan profesi triwulan ", str(r.randint(1, 4)), " belum cair ke rekening ", bank, " ", acct,
          " padahal SKTP sudah terbit. ", nm_frag(r, r.choice(["inst_email", "reg", "ticket"])),
          "Balasan bisa ke ", email_val(cx, g), ".")
    else:
        kid = family(cx, par, 1, dob_range=(2017, 2018))[0]
        b("Pendaftaran SD anak kami, ", P(kid), " (lahir ", S("DATE_OF_BIRTH", fmt_dob(r, kid.dob)),
          "), ditolak sistem karena NIK ", nik_val(cx, kid), " dianggap tidak valid. ",
          "Sudah ke Dukcapil dan katanya data sudah benar. ", nm_frag(r, "date"),
          "Orang tua: ", P(par), " / ", phone_val(cx), " / ", addr_val(cx, par.reg), area_tail(r, par.reg), ".")


# =====================================================================================
# style: bantuan (aid distribution lists with numbered rows)
# =====================================================================================
def st_bantuan(cx, b):
    r = cx.r
    v = cx.variant(7)
    if v > 5:
        return more_bantuan(cx, b, v)
    reg = r.choice(REGIONS)
    n = r.randint(3, 6)
    ppl = [mk_person(cx, eth=reg[4], age=r.choice(["adult", "elder", "adult"]), reg=reg) for _ in range(n)]
    if v == 0:
        b(r.choice(["Warga kami belum terima bantuan banjir. Data yang sudah kami serahkan:\n",
                    "DATA WARGA TERDAMPAK BANJIR (belum tersalurkan)\n"]))
        for i, p in enumerate(ppl, 1):
            b(f"{i}. ", P(p), " – NIK ", nik_val(cx, p), " – ", addr_val(cx, reg), "\n")
        b(nm_frag(r, "kk_count"), nm_frag(r, r.choice(["role", "hotline"])))
    elif v == 1:
        b("Rumah rusak berat akibat gempa ", ev_date(r), " yang belum menerima dana stimulan:\n")
        for i, p in enumerate(ppl):
            b(f" {'abcdefg'[i]}) ", P(p), " (", nik_val(cx, p), "), ", addr_val(cx, reg), "\n")
        b("Total kerugian ditaksir ", nm_price(r), ". ", nm_frag(r, r.choice(["letter", "reg"])))
    elif v == 2:
        bank = r.choice(["BSI", "BRI", "BNI", "Mandiri"])
        b("Penerima BLT DD yang dananya tidak masuk:\nNo | Nama | Alamat | Rek ", bank, "\n")
        for i, p in enumerate(ppl, 1):
            _, acct = bank_val(cx, bank)
            b(f"{i} | ", P(p), " | ", addr_val(cx, reg), " | ", acct, "\n")
        b("Pencairan dijadwalkan ", ev_date(r), " tapi sampai sekarang nihil.")
    elif v == 3:
        b("Daftar KPM sembako yang dicoret ", NM("Kades", "role"), " tanpa musyawarah (copas dari spreadsheet):\n")
        for i, p in enumerate(ppl, 1):
            b(str(i), "\t", P(p), "\t", kk_val(cx, p, ("plain",)), "\t", phone_val(cx), "\t",
              r.choice(["dicoret", "diganti", "tidak ada di SIKS"]), "\n")
        b(closer(r))
    elif v == 4:
        b("Lansia di desa kami yang kartu PBI-nya nonaktif:\n")
        for i, p in enumerate(ppl, 1):
            b(f"{i}) ", hon(r, p), P(p), ", lahir ", S("DATE_OF_BIRTH", fmt_dob(r, p.dob)), ", No. BPJS ", bpjs_val(cx), "\n")
        b("Semuanya tidak mampu membayar iuran mandiri. ", nm_frag(r, r.choice(["hosp", "reg"])))
    else:
        b(r.choice(["Laporan posko pengungsian. ", "Rekap posko (gempa/longsor). "]),
          "Kepala keluarga yang belum dapat hunian sementara:\n")
        for i, p in enumerate(ppl, 1):
            b(f"{i}. KK ", kk_val(cx, p), f" – kepala keluarga ", P(p), f" – {r.randint(2, 7)} jiwa – ",
              addr_val(cx, reg), "\n")
        b("Koordinator posko: ", P(mk_person(cx, reg=reg)), ", ", phone_val(cx), ". ", nm_frag(r, "count"))


# =====================================================================================
# style: typo (typos, missing spaces, doubled letters, odd value forms)
# =====================================================================================
ABBR = {"yang": "yg", "tidak": "tdk", "sudah": "sdh", "saya": "sy", "dengan": "dgn", "untuk": "utk",
        "karena": "krn", "tolong": "tlg", "belum": "blm", "sampai": "smp", "bagaimana": "gmn", "nomor": "no",
        "padahal": "pdhl", "sekarang": "skrg", "kalau": "klo", "juga": "jg", "dari": "dr", "bulan": "bln",
        "tahun": "thn", "mohon": "mhn", "terima": "trima", "kasih": "ksh", "alamat": "almt", "rumah": "rmh",
        "pak": "pk", "bisa": "bs", "tapi": "tp", "sama": "sm", "hari": "hr"}


def make_typo(r, rate):
    def f(s):
        toks = re.split(r"(\s+)", s)
        out = []
        for i, t in enumerate(toks):
            if not t:
                continue
            if t.isspace():
                if "\n" not in t and 0 < i < len(toks) - 1 and toks[i - 1] and toks[i + 1]:
                    if r.random() < rate * 0.5:
                        continue          # missing space
                    if r.random() < rate * 0.25:
                        t = t + " "       # doubled space
                out.append(t)
                continue
            w, lw = t, t.lower()
            x = r.random()
            if lw in ABBR and x < 0.55:
                w = ABBR[lw].upper() if t.isupper() and len(t) > 1 else ABBR[lw]
            elif x < 0.55 + rate:
                idx = [j for j, c in enumerate(w) if c.isalpha()]
                if idx:
                    j = r.choice(idx)
                    w = w[:j + 1] + w[j] + w[j + 1:]       # doubled letter
            elif x < 0.55 + rate * 1.6:
                idx = [j for j in range(1, len(w) - 2) if w[j].isalpha() and w[j + 1].isalpha()]
                if idx:
                    j = r.choice(idx)
                    w = w[:j] + w[j + 1] + w[j] + w[j + 2:]  # swapped letters
            elif x < 0.55 + rate * 2.2:
                w = r.choice([w.upper(), w.lower(), w.capitalize(), w.swapcase()])
            out.append(w)
        res = "".join(out)
        if r.random() < rate and res.endswith((". ", "! ", "? ")):
            res = res[:-2] + res[-2] * r.randint(2, 3) + " "
        return res
    return f


def st_typo(cx, b):
    r = cx.r
    v = cx.variant(9)
    if v > 5:
        return more_typo(cx, b, v)
    x = mk_person(cx)
    if v == 0:
        b(r.choice(["tolong min,, ", "min tolong ", "TOLONG DIBANTU ", "permisi min "]),
          "KTP saya belum jadi juga padahal sudah rekam dari bulan ", str(r.randint(1, 12)), ". ",
          "nama saya ", P(x), " nik ", nik_val(cx, x, ("odd", "odd", "plain"), mistype=0.15),
          " alamat ", addr_val(cx, x.reg, odd=True), area_tail(r, x.reg, False), " hp ",
          phone_val(cx, odd=True), " makasih")
    elif v == 1:
        kid = family(cx, x, 1)[0]
        b("Sudah 3 kali ke kantor capil tapi data anak saya tidak muncul.\nNIK anak saya:\n",
          nik_val(cx, kid, ("split",)), "\n(nama ", P(kid), ", lahir ", S("DATE_OF_BIRTH", fmt_dob(r, kid.dob)),
          ")\nKK: ", kk_val(cx, x, ("odd", "split", "plain")), "\nYang bisa dihubungi ", P(x), " ", phone_val(cx, odd=True))
    elif v == 2:
        b(opener(r), "Sy mau lapor pungli di kantor kelurahan. ", "Sy ", P(x), ", tinggal di ",
          bare_rt(r) if maybe(r, 0.9) else addr_val(cx, x.reg, r.choice(["perum", "kav", "kp", "gg_rt"]), odd=True),
          area_tail(r, x.reg, False), ". Pas ngurus surat domisili dimintai ",
          nm_price(r), ". ", "No sy ", phone_val(cx, odd=True), " atau ", phone_val(cx, odd=True), " (istri). ", closer(r))
    elif v == 3:
        ident(cx, b, x, r.choice([["name", "nik", "ttl", "addr", "hp"], ["name", "addr", "kk", "hp"],
                                   ["name", "ttl", "npwp", "email"], ["name", "npwp", "addr", "hp"]]),
              layout=r.choice(["vert", "dash"]), odd=True)
        b(r.choice(["Data di atas sudah benar tapi bantuan tidak cair.", "mohon di cek kenapa saya tdk terdaftar",
                    "Ini identitas saya, jangan disebar ya."]))
    elif v == 4:
        bank, acct = bank_val(cx)
        scam = mk_person(cx)
        b("Saya ketipu jual beli motor online. Penjual ngaku bernama ", P(scam), ", minta DP ke rek ", bank, " ",
          acct, ", nomor WA-nya ", phone_val(cx, odd=True), ". Motornya katanya ", plate_val(cx, form=r.choice(["nosp", "dash", "lower"])),
          ". Setelah transfer nomor saya diblokir. Saya ", P(x), ", ", phone_val(cx, odd=True), ".")
    else:
        b("assalamualaikum pak/bu.saya mau tanya kenapa BPJS ibu saya tidak aktif. nama ", hon(r, x), P(x),
          " no kartu ", bpjs_val(cx), " nik ", nik_val(cx, x, ("odd", "sp")), " lahir ", S("DATE_OF_BIRTH", fmt_dob(r, x.dob)),
          " . rumah di ", addr_val(cx, x.reg, odd=True), ". Sudah bayar iuran tiap bulan. ", nm_frag(r, r.choice(["hotline", "price"])))


# =====================================================================================
# style: pendek (< 80 characters)
# =====================================================================================
def st_pendek(cx, b):
    r = cx.r
    x = mk_person(cx)
    v = cx.variant(15)
    if v == 0:
        b(r.choice(["HP ibu sy ", "No. bapak saya ", "WA adik saya "]), phone_val(cx), r.choice([", mohon ditelpon.", ", tlg dihubungi", "."]))
    elif v == 1:
        b("Nopol ", plate_val(cx), r.choice([" tabrak lari, tlg usut!", " parkir di trotoar tiap hari.", " knalpot brong tiap malam"]))
    elif v == 2:
        bank, acct = bank_val(cx, r.choice(["BCA", "BRI", "BNI", "BSI"]))
        b("Rek ", bank, " ", acct, " a.n. ", P(x, "call"), " penipu!")
    elif v == 3:
        b("Akun ", handle_val(cx, x), r.choice([" jual data KTP.", " menipu arisan online.", " sebar foto KTP sy"]))
    elif v == 4:
        b("NIK ", nik_val(cx, x), r.choice([" ditolak terus di aplikasi.", " tdk terbaca.", " dipakai org lain!"]))
    elif v == 5:
        b("KK ", kk_val(cx, x), r.choice([" tdk terbaca di SIAK.", " ganda, mohon dicek."]))
    elif v == 6:
        b("Paspor ", passport_val(cx), r.choice([" blm jadi 3 bln.", " ditahan agen.", " hilang, mohon info."]))
    elif v == 7:
        b(P(x), ", ", phone_val(cx), r.choice(["", ". Mohon dihubungi.", " (pelapor)"]))
    elif v == 8:
        b("BPJS ", bpjs_val(cx), r.choice([" nonaktif, tolong.", " diblokir tanpa alasan."]))
    elif v == 9:
        o = mk_person(cx, age="pns")
        b("NIP ", S("NIP", fmt_nip(r, nip_of(cx, o), ("sp", "plain"))), r.choice([" bolos tiap Jumat.", " minta pungli."]))
    elif v == 10:
        rt, rw = r.randint(1, 12), r.randint(1, 9)
        b(r.choice(["alamat saya ", "Rumah saya "]), S("ADDRESS", r.choice([f"RT {rt:02d}/RW {rw:02d}", f"RT {rt} RW {rw}"])),
          r.choice([", air mati 5 hari.", ", belum dapat bansos."]))
    elif v == 11:
        b("email ", email_val(cx, x), " tdk dpt OTP.")
    elif v == 12:
        b("Sy lahir ", S("DATE_OF_BIRTH", fmt_dob(r, x.dob)), ", di KTP kok beda?")
    elif v == 13:
        npwp, _ = npwp_val(cx)
        b("NPWP ", npwp, r.choice([" terblokir.", " tdk bisa login."]))
    elif v == 14:
        b(hon(r, x), P(x, "call"), r.choice([" pungli ", " minta "]), nm_price(r), r.choice([".", " tiap urus KTP."]))
    else:
        b("Tinggal di ", addr_val(cx, x.reg, r.choice(["jl", "gg_rt", "dusun", "kp"])), ", sampah tak diangkut.")


# =====================================================================================
# style: panjang (2-4 KB, several paragraphs)
# =====================================================================================
FILLER = [
    "Awalnya kami mengira ini hanya keterlambatan biasa, namun setelah ditanyakan ke beberapa tetangga ternyata mereka juga mengalami hal yang sama.",
    "Setiap kali datang ke kantor, petugas yang melayani selalu berbeda dan jawabannya juga tidak konsisten, sehingga kami bingung harus bertanya kepada siapa.",
    "Kami sudah mengikuti semua prosedur yang diminta, termasuk melengkapi fotokopi dokumen dan surat pengantar dari kelurahan.",
    "Kami juga sudah mencoba mengurus secara daring, tetapi aplikasinya sering galat dan tidak bisa mengunggah berkas lebih dari 2 MB.",
    "Situasi ini sangat memberatkan karena kami harus izin dari pekerjaan setiap kali dipanggil, dan itu berarti upah harian hilang.",
    "Kami bukan ingin mencari-cari kesalahan, kami hanya ingin kepastian dan pelayanan yang sesuai dengan standar yang dijanjikan pemerintah.",
    "Beberapa warga yang lebih tua bahkan sampai jatuh sakit karena harus menunggu berjam-jam di ruang tunggu yang panas tanpa kursi yang memadai.",
    "Yang paling mengecewakan, ketika kami bertanya baik-baik, justru dijawab dengan ketus dan disuruh kembali minggu depan tanpa kejelasan.",
    "Kami sudah menyimpan semua bukti berupa foto, tangkapan layar percakapan, dan kuitansi yang bisa kami kirimkan bila diperlukan.",
    "Kami berharap laporan ini tidak hanya dibalas dengan template, tetapi benar-benar ditindaklanjuti oleh instansi yang berwenang.",
    "Menurut informasi dari grup warga, masalah serupa juga terjadi di kecamatan sebelah sejak awal tahun.",
    "Kami khawatir kalau dibiarkan, akan semakin banyak warga yang dirugikan dan kepercayaan kepada pemerintah desa semakin menurun.",
    "Kami pernah diarahkan ke loket lain, lalu dari loket itu diarahkan kembali ke loket semula, begitu terus sampai kantor tutup.",
    "Tetangga kami yang punya kenalan orang dalam justru urusannya selesai dalam dua hari, sehingga kami merasa diperlakukan tidak adil.",
    "Kami sudah bertanya di media sosial resmi instansi, tetapi jawabannya hanya berupa tautan ke laman yang tidak bisa dibuka.",
    "Anak-anak kami ikut terdampak karena beberapa persyaratan sekolah menunggu dokumen ini selesai.",
    "Setiap pertemuan kami catat tanggal dan jamnya, termasuk nama jabatan petugas yang menerima berkas.",
    "Perlu kami sampaikan juga bahwa kami tidak pernah menerima surat pemberitahuan apa pun, baik tertulis maupun lewat pesan singkat.",
    "Kondisi ekonomi kami sedang sulit karena musim panen gagal, sehingga setiap pengeluaran tambahan sangat terasa.",
    "Kami sempat ditawari jalur cepat dengan imbalan tertentu, namun kami menolak karena itu jelas melanggar aturan.",
    "Kami percaya masih banyak petugas yang jujur, karena itu kami berharap laporan ini sampai ke pimpinan yang tepat.",
    "Di grup WhatsApp kampung, banyak warga yang akhirnya memilih diam karena takut urusannya malah dipersulit.",
    "Kami tidak keberatan dipanggil untuk memberikan keterangan tambahan kapan saja pada hari kerja.",
    "Sebagai warga kami sudah membayar pajak dengan tertib, jadi wajar bila kami menuntut pelayanan yang layak.",
]


def st_panjang(cx, b):
    r = cx.r
    fill = r.sample(FILLER, len(FILLER))
    me = mk_person(cx)
    v = cx.variant(4)
    if v > 2:
        return more_panjang(cx, b, v)
    b(r.choice(["Kepada Yth.\nBapak/Ibu Admin LAPOR!\ndi tempat\n\n", "Assalamualaikum warahmatullahi wabarakatuh.\n\n",
                "Dengan hormat,\n\n"]))
    b("Perkenalkan, saya ", P(me), ", ", r.choice(["warga", "penduduk asli", "perantau yang sudah 10 tahun tinggal di"]),
      f" {me.reg[1]}. Identitas saya: NIK ", nik_val(cx, me),
      [", NPWP ", npwp_val(cx, me)[0]] if maybe(r, 0.3) else "", ", lahir di ", ttl_pieces(cx, me),
      ", beralamat di ", addr_val(cx, me.reg), area_tail(r, me.reg), ". ",
      "Melalui surat ini saya ingin menyampaikan pengaduan yang sudah lama kami pendam.\n\n")
    if v == 0:
        mom = same_home(cx, me, mk_person(cx, eth=me.eth, age="elder", reg=me.reg, sex="F"))
        o = mk_person(cx, age="pns")
        b("Ibu saya, ", r.choice(["", "Ibu ", "Hj. "]), P(mom), " (lahir ", S("DATE_OF_BIRTH", fmt_dob(r, mom.dob)),
          "), adalah peserta JKN dengan nomor kartu ", bpjs_val(cx), ". Pada ", ev_date(r),
          " beliau dibawa ke ", nm_hosp(r), " karena sesak napas, namun bagian pendaftaran menyatakan kartunya nonaktif. ",
          "Kami terpaksa membayar sebagai pasien umum sebesar ", nm_price(r), ". ", fill.pop(), "\n\n",
          "Ketika kami menanyakan ke kantor cabang, petugas bernama ", P(o), " menyatakan bahwa status PBI ibu saya dicabut oleh Dinas Sosial. ",
          "Belakangan kami tahu dari surat ", nm_letter(r), " bahwa yang bersangkutan (NIP ", S("NIP", fmt_nip(r, nip_of(cx, o))),
          ") sebenarnya berwenang mengaktifkan kembali melalui mekanisme reaktivasi. ", fill.pop(), "\n\n")
    elif v == 1:
        t = mk_person(cx, sex="M")
        bank, acct = bank_val(cx)
        b("Pada ", ev_date(r), " saya mendaftar umrah melalui sebuah biro perjalanan milik ", hon(r, t), P(t),
          ". Saya menyetor ", nm_price(r), " ke rekening ", bank, " ", acct, " atas nama ", P(t),
          ". Paspor saya (", passport_val(cx), ") juga ditahan oleh pihak biro dengan alasan untuk pengurusan visa. ",
          fill.pop(), "\n\n", "Hingga jadwal keberangkatan lewat, tidak ada kabar. Kantor biro di ",
          addr_val(cx, t.reg, "jl"), " sudah kosong. Nomor ", P(t, "call"), " (", phone_val(cx), ") tidak aktif, dan akun Instagram biro, ",
          handle_val(cx, shop=True), ", sudah menonaktifkan kolom komentar. ", fill.pop(), "\n\n")
    else:
        t = mk_person(cx, sex="M", age="pns")
        b("Pada ", ev_date(r), " terjadi kecelakaan di ", nm_hero_road(r), " dekat ", NM(f"km {r.randint(2, 60)}", "km"),
          ". Anak saya yang mengendarai motor ", plate_val(cx, me.reg), " ditabrak mobil dinas ", plate_val(cx, me.reg, merah=True),
          " yang dikemudikan oleh ", P(t), ", pegawai dengan NIP ", S("NIP", fmt_nip(r, nip_of(cx, t))), ". ",
          fill.pop(), "\n\n", "Pengemudi sempat berjanji menanggung biaya rumah sakit, tapi setelah itu nomornya, ",
          phone_val(cx), ", tidak bisa dihubungi. ", fill.pop(), "\n\n")
    # padding paragraphs
    frs = nm_frags(r, 8)
    while len(b.text().encode("utf-8")) < 2300:
        b(fill.pop(), " ", fill.pop(), " ", frs.pop(), "\n\n")
    b(r.choice(["Oleh karena itu, ", "Dengan demikian, ", "Atas dasar itu, "]),
      "kami memohon agar persoalan ini diperiksa sesuai ", nm_reg(r), ". ",
      "Apabila diperlukan klarifikasi, saya dapat dihubungi melalui ", phone_val(cx), r.choice([" atau surel ", " / "]),
      email_val(cx, me), ".\n\nHormat saya,\n", P(me))


# =====================================================================================
# style: kapital (ALL CAPS; the builder upper-cases every piece, spans included)
# =====================================================================================
def st_kapital(cx, b):
    r = cx.r
    v = cx.variant(7)
    if v > 5:
        return more_kapital(cx, b, v)
    if v == 0:
        reg = r.choice(REGIONS)
        a, c = mk_person(cx, reg=reg), mk_person(cx, reg=reg)
        b("KAMI WARGA ", NM(f"RT {r.randint(1, 9):02d}/RW {r.randint(1, 9):02d}", "rt_alone"),
          f" KELURAHAN {r.choice(reg[6])} MENOLAK PEMBANGUNAN TOWER DI TENGAH PEMUKIMAN!!! TIDAK ADA SOSIALISASI SAMA SEKALI. ",
          "PERWAKILAN WARGA:\n1. ", P(a), " (", phone_val(cx), ")\n2. ", P(c), " (", phone_val(cx), ")\n", nm_frag(r, "reg"))
    elif v == 1:
        x = mk_person(cx)
        b("SAMSAT TIDAK BECUS!! PAJAK MOTOR ", plate_val(cx, x.reg, form=r.choice(["sp", "nosp"])), " ATAS NAMA ", P(x),
          " SUDAH SAYA BAYAR TANGGAL ", ev_date(r), " TAPI DI APLIKASI MASIH TERTAGIH ", nm_price(r),
          ". NIK SAYA ", nik_val(cx, x), ", ALAMAT ", addr_val(cx, x.reg), area_tail(r, x.reg), ". HUBUNGI ", phone_val(cx),
          ". TOLONG DIPERBAIKI!!!")
    elif v == 2:
        mom = mk_person(cx, age="elder", sex="F")
        me = same_home(cx, mom, mk_person(cx, eth=mom.eth, reg=mom.reg))
        bank, acct = bank_val(cx, r.choice(["BRI", "BNI", "Mandiri"]))
        b("KARTU KKS DAN BUKU TABUNGAN IBU SAYA ", P(mom), " (REK ", bank, " ", acct,
          ") DITAHAN OLEH AGEN BRILINK DENGAN ALASAN 'BIAR AMAN'. SETIAP PENCAIRAN DIPOTONG ", nm_price(r),
          ". SAYA ANAKNYA, ", P(me), ", HP ", phone_val(cx), ". MOHON DITINDAK!")
    elif v == 3:
        x = mk_person(cx)
        b("DATA PRIBADI SAYA DIPAKAI PINJOL ILEGAL!!\nNAMA: ", P(x), "\nNIK: ", nik_val(cx, x), "\nTTL: ",
          ttl_pieces(cx, x), "\nALAMAT: ", addr_val(cx, x.reg), area_tail(r, x.reg),
          "\nSAYA TIDAK PERNAH PINJAM. PENAGIH MENELPON DARI ", phone_val(cx), " DAN ", phone_val(cx), " SETIAP HARI.")
    elif v == 4:
        o = mk_person(cx, age="pns")
        x = mk_person(cx)
        b("PEGAWAI ", r.choice(["KECAMATAN", "DINAS PERHUBUNGAN", "KANTOR DESA"]), " BERNAMA ", P(o), " (NIP ",
          S("NIP", fmt_nip(r, nip_of(cx, o))), ") MEMINTA UANG ", nm_price(r), " UNTUK TANDA TANGAN SURAT. ",
          "SAYA ", P(x), ", SIAP JADI SAKSI. ", nm_frag(r, "ticket"))
    else:
        kid = mk_person(cx, age="young")
        par = same_home(cx, kid, mk_person(cx, eth=kid.eth, age="elder", reg=kid.reg))
        b("SURAT TERBUKA UNTUK BAPAK BUPATI. ANAK SAYA ", P(kid), ", PMI DI ",
          r.choice(["MALAYSIA", "TAIWAN", "ARAB SAUDI"]), ", PASPOR ", passport_val(cx),
          ", SUDAH 8 BULAN TIDAK DIGAJI DAN TIDAK BOLEH PULANG. SAYA ", P(par), ", RUMAH DI ", addr_val(cx, par.reg),
          ". TOLONG PULANGKAN ANAK SAYA!!! ", nm_frag(r, "hotline"))


# =====================================================================================
# style: kecil (all lower case, chat register)
# =====================================================================================
def st_kecil(cx, b):
    r = cx.r
    v = cx.variant(8)
    if v > 6:
        return more_kecil(cx, b, v)
    x = mk_person(cx, age=r.choice(["young", "adult"]))
    if v == 6:
        b("aku freelancer, npwp aku ", npwp_val(cx, x)[0], " tiba2 dapet surat teguran padahal spt udah lapor. ",
          "pas login djp online muncul nama ", P(mk_person(cx)), ", bukan aku (", P(x), "). alamatnya juga beda: ",
          addr_val(cx, x.reg), ". tolong dibenerin 🙏 wa ", phone_val(cx))
    elif v == 0:
        seller = mk_person(cx)
        bank, acct = bank_val(cx, r.choice(["BCA", "BRI", "Mandiri", "BNI"]))
        b("min aku ketipu olshop di ig ", handle_val(cx, shop=True), ", udah tf ", nm_price(r), " ke rek ", bank, " ",
          acct, " a.n. ", P(seller), ", wa nya ", phone_val(cx), " skrg centang satu. tolong diusut ya, aku ",
          P(x, "call"), r.choice([" 😭", " 🙏", ""]))
    elif v == 1:
        dc = mk_person(cx)
        b("dc pinjol neror terus dari nomor ", phone_val(cx), " sama ", phone_val(cx),
          ", nyebarin foto ktp aku (nik ", nik_val(cx, x), ") ke semua kontak. yg ngaku namanya ", P(dc),
          ". akun tiktok ", handle_val(cx, dc), " juga ikut upload. aku ga pernah minjem sama sekali")
    elif v == 2:
        drv = mk_person(cx, sex="M")
        b("driver ojol plat ", plate_val(cx, x.reg), " namanya ", P(drv), " ngancem aku gara2 aku kasih bintang 1. ",
          "dia tau rumah aku di ", addr_val(cx, x.reg, r.choice(["gg_rt", "jl", "kp", "perum"])), " jadi takut keluar. hp aku ",
          phone_val(cx))
    elif v == 3:
        owner = mk_person(cx, sex="F")
        b("aku anak kos di ", bare_rt(r) if maybe(r, 0.6) else addr_val(cx, x.reg, r.choice(["jl_gg", "gg_rt", "jl"])),
          area_tail(r, x.reg, False),
          ". ibu kos (", hon(r, owner, "casual"), P(owner, "call"), ") nahan ktp aku krn telat bayar 3 hari. ",
          "udah lapor ", NM("pak rt", "role"), " tp katanya bukan urusan dia. kontak aku ", phone_val(cx), " / ", email_val(cx, x))
    elif v == 4:
        b("email aku ", email_val(cx, x), " kena hack trus dipake daftar bansos atas nama ", P(mk_person(cx)),
          " nik ", nik_val(cx, x), ". aku ", P(x), " ga pernah daftar apa2. ", nm_frag(r, "inst_email"))
    else:
        nen = mk_person(cx, age="elder", sex="F")
        b("tolong bantu nenek aku, ", hon(r, nen, "formal") if maybe(r, 0.5) else "", P(nen), ", lahir ", S("DATE_OF_BIRTH", fmt_dob(r, nen.dob)),
          ", ga dapet blt padahal hidup sendiri. rumahnya di ", addr_val(cx, nen.reg), ". kalo mau survei hubungi aku ",
          P(x, "call"), " ", phone_val(cx), " ya")


# =====================================================================================
# style: daerah (regional-language mixing)
# =====================================================================================
KIN = {
    "jawa": (["Bapak kulo", "Simbah kakung kulo", "Pakdhe kulo"], ["Ibu kulo", "Simbah putri kulo", "Budhe kulo"]),
    "sunda": (["Pun bapa", "Aki abdi", "Mamang abdi"], ["Pun biang", "Nini abdi", "Bibi abdi"]),
    "minang": (["apak ambo", "mamak ambo", "inyiak ambo"], ["amak ambo", "etek ambo", "uwo ambo"]),
    "bugis": (["Ambo'ku", "Nene'ku"], ["Indo'ku", "Nene'ku"]),
    "batak": (["Amang nami", "Opung doli nami", "Tulang nami"], ["Inang nami", "Opung boru nami", "Nantulang nami"]),
    "madura": (["Eppa' kaule", "Emba' lake' kaule"], ["Embu' kaule", "Emba' bine' kaule"]),
    "bali": (["Bapa tiang", "Pekak tiang"], ["Meme tiang", "Dadong tiang"]),
    "betawi": (["Babe aye", "Engkong aye"], ["Enyak aye", "Nyai aye"]),
}


def kin(r, lang, p):
    return r.choice(KIN[lang][1 if p.f else 0])


def st_daerah(cx, b):
    r = cx.r
    langs = ["jawa", "sunda", "minang", "bugis", "batak", "madura", "bali", "betawi"]
    lang = langs[cx.variant(7)]
    if maybe(r, 0.45):
        cx.last = lang + "-2"
        return more_daerah(cx, b, lang)
    cx.last = lang
    x = mk_person(cx, eth=lang, age=r.choice(["elder", "adult"]))
    me = same_home(cx, x, mk_person(cx, eth=x.eth, reg=x.reg))
    if lang == "jawa":
        b(r.choice(["Nyuwun sewu, ", "Sugeng enjing, "]), "kulo badhe lapor. ", kin(r, lang, x), ", ", hon(r, x, "jawa") if maybe(r, 0.4) else "", P(x), ", NIK ", nik_val(cx, x), ", manggen wonten ", addr_val(cx, x.reg), area_tail(r, x.reg),
          ", ", r.choice(["dereng nampi BLT blas", "kartu KIS-ipun mboten saged dienggo", "griyane ambruk dereng dibantu"]),
          ". Menawi wonten pitakenan, saged hubungi kulo, ", P(me), ", ", phone_val(cx), ". Matur nuwun sanget.")
    elif lang == "sunda":
        b("Punten, abdi bade ngalaporkeun. ", kin(r, lang, x), ", ", hon(r, x, "sunda") if maybe(r, 0.4) else "", P(x),
          " (lahir ", S("DATE_OF_BIRTH", fmt_dob(r, x.dob)), "), bumina di ", addr_val(cx, x.reg, r.choice(["kp", "kp", "jl_rt"])),
          area_tail(r, x.reg), ", teu kenging bantosan ti desa margi saurna NIK-na teu kapanggih. ",
          "Upami aya naon-naon, mangga hubungi abdi (", P(me), ") di ", phone_val(cx), ". Hatur nuhun.")
    elif lang == "minang":
        b("Assalamualaikum. Ambo nak malapor, ", kin(r, lang, x), ", ", P(x),
          ", tingga di ", addr_val(cx, x.reg, r.choice(["jorong", "jorong", "jl"])), area_tail(r, x.reg),
          ", alun dapek bantuan sajak galodo ", ev_date(r), ". No. KK ", kk_val(cx, x),
          ". Kok ado nan nio batanyo, hubungi ambo, ", hon(r, me, "minang"), P(me), ", di ", phone_val(cx), ". Tarimo kasih.")
    elif lang == "bugis":
        b(r.choice(["Tabe', ", "Tabe’, "]), "iyya' melapor. ", kin(r, lang, x), ", ", P(x), ", NIK ", nik_val(cx, x),
          ", monro ri ", addr_val(cx, x.reg, r.choice(["btn", "dusun", "jl"])), area_tail(r, x.reg),
          ", de'na narapi bantuan PKH. Rekening BRI-na ", bank_val(cx, "BRI")[1], " kosong mopi. ",
          "Nomor HP-ku ", phone_val(cx), ". Terima kasih, Puang.")
    elif lang == "batak":
        b("Horas. Au mangadu, amang. ", kin(r, lang, x), ", ", hon(r, x, "batak") if maybe(r, 0.4) else "", P(x),
          ", na tinggal di ", addr_val(cx, x.reg), area_tail(r, x.reg), ", dang dapot bantuan sian pemerintah. ",
          "BPJS-na nomor ", bpjs_val(cx), " dipanonaktif. Hubungi ma au, ", P(me), ", di ", phone_val(cx), ". Mauliate.")
    elif lang == "madura":
        b("Assalamualaikum. Kaule terro alapor. ", kin(r, lang, x), ", ", P(x),
          ", e ", addr_val(cx, x.reg, r.choice(["dusun", "dsn", "jl"])), area_tail(r, x.reg),
          ", ta' olle bantuan padahal la toa. Lahirra ", S("DATE_OF_BIRTH", fmt_dob(r, x.dob)), ". ",
          "Nomer kaule ", phone_val(cx), ". Sakalangkong.")
    elif lang == "bali":
        b("Om Swastiastu. Tiang nunas tulung. ", kin(r, lang, x), ", ", P(x),
          ", magenah ring ", addr_val(cx, x.reg, r.choice(["jl_gg", "jl", "perum"])), area_tail(r, x.reg),
          ", durung polih bantuan sosial. NIK ", nik_val(cx, x), ". Yening wenten pitaken, hubungi tiang, ", P(me), ", ",
          phone_val(cx), ". Suksma. Om Santih Santih Santih Om.")
    else:
        b("Aye mau ngadu nih, Bang. ", kin(r, lang, x), ", ", hon(r, x, "betawi") if maybe(r, 0.3) else "", P(x),
          ", rumahnye di ", addr_val(cx, x.reg, r.choice(["kp", "jl_gg", "gg_rt"])), area_tail(r, x.reg),
          ", kagak dapet bansos padahal udeh didata. NIK-nye ", nik_val(cx, x), ". Kalo ade ape-ape, telpon aye ",
          P(me, "call"), " di ", phone_val(cx), " aje.")


# =====================================================================================
# style: inggris (English, partly mixed with Indonesian)
# =====================================================================================
def st_inggris(cx, b):
    r = cx.r
    v = cx.variant(6)
    if v > 4:
        return more_inggris(cx, b, v)
    x = mk_person(cx)
    if v == 0:
        mil = mk_person(cx, age="elder")
        b("Good afternoon. I am writing on behalf of my ", "mother-in-law" if mil.f else "father-in-law", ", ",
          hon(r, mil, "en"), P(mil), " (NIK ", nik_val(cx, mil),
          ", born ", S("DATE_OF_BIRTH", fmt_dob(r, mil.dob, en=True, forms=["long", "slash"])), "), who lives at ",
          addr_val(cx, mil.reg), area_tail(r, mil.reg), ". ", "Her" if mil.f else "His", " BPJS card (", bpjs_val(cx),
          ") was deactivated without notice. Please contact me, ", P(x), ", at ", phone_val(cx), " or ", email_val(cx, x), ".")
    elif v == 1:
        b("Dear LAPOR team, I'm an Indonesian student abroad. My passport ", passport_val(cx),
          " expires soon and the embassy's online queue keeps rejecting my NIK (", nik_val(cx, x), "). ",
          "My name is ", P(x), ", DOB ", S("DATE_OF_BIRTH", fmt_dob(r, x.dob, en=True, forms=["slash", "iso", "long"])),
          ". Email: ", email_val(cx, x), ". ", r.choice(["Thanks in advance.", "Any help is appreciated."]))
    elif v == 2:
        bank, acct = bank_val(cx, r.choice(["BCA", "Mandiri", "BNI"]))
        s = mk_person(cx)
        b("Hi, I got scammed by a seller on Instagram, ", handle_val(cx, shop=True), ". I transferred ", nm_price(r),
          " to ", bank, " account ", acct, " under the name ", P(s), ". Their WhatsApp ", phone_val(cx),
          " blocked me right after. I'm ", P(x), ", reachable at ", email_val(cx, x), ".")
    elif v == 3:
        b("Request under ", NM("UU 27/2022", "regulation"), " (PDP law): please delete my personal data that was published in the ",
          "village WhatsApp group. It included my name (", P(x), "), NIK ", nik_val(cx, x), ", home address ",
          addr_val(cx, x.reg), " and phone ", phone_val(cx), ". ", r.choice(["This is unacceptable.", "Kindly confirm once removed."]))
    else:
        npwp, _ = npwp_val(cx, x)
        b("Hello, my tax ID (NPWP ", npwp, ") was merged with someone else's record after the NIK-NPWP integration. ",
          "I am ", hon(r, x, "en"), P(x), ", tinggal di ", addr_val(cx, x.reg), area_tail(r, x.reg), ". ",
          "The KPP told me to call ", NM("1500200", "hotline"), ", which never picks up. Please advise; my number is ",
          phone_val(cx), ".")


# =====================================================================================
# style: nihil (no PII at all, near-misses only)
# =====================================================================================
def en_date(r):
    d = rdate(r, 2023, 2025)
    return NM(r.choice([f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}", f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
                        f"{d.day:02d}/{d.month:02d}/{d.year}"]), "incident_date")


EN_FRAGS = [
    lambda r: ["The street lights along ", nm_hero_road(r), " have been off since ", en_date(r), ". "],
    lambda r: ["Registration closed on ", en_date(r), " although the website was down all week. "],
    lambda r: ["Around ", NM(f"{r.randint(30, 300)} households", "count"), " in ", NM(f"RT {r.randint(1, 12):02d}", "rt_alone"),
               " still have no clean water. "],
    lambda r: ["Their account ", NM(r.choice(INST_HANDLES), "inst_handle"), " only replies with a template. "],
    lambda r: ["I called ", nm_hotline(r)[1], " three times and nobody answered. "],
    lambda r: ["My report ", nm_ticket(r, "hash"), " was closed without any follow-up. "],
    lambda r: ["According to ", nm_reg(r), ", this service should be free, yet we were charged ", nm_price(r), ". "],
    lambda r: ["I already emailed ", NM(r.choice(INST_EMAILS), "inst_email"), " but got no reply. "],
    lambda r: ["The queue at ", nm_hosp(r), " took more than five hours. "],
    lambda r: [NM("My NIK was already checked in three different apps", "cue_no_value"), ". "],
    lambda r: ["The ", NM("village head", "role"), " said it is not his responsibility. "],
]
REG_FRAGS = {
    "jawa": ([lambda r: ["Dalan ing ", nm_hero_road(r), " rusak parah, wis telung sasi ora didandani. "],
              lambda r: ["Banyu PDAM ora mili wiwit ", ev_date(r), ", nanging tagihan tetep teka. "],
              lambda r: ["Kulo sampun telpon ", nm_hotline(r)[1], " ping pinten-pinten ora diangkat. "]], "Matur nuwun."),
    "sunda": ([lambda r: ["Punten, lampu jalan di ", NM(f"RT {r.randint(1, 9):02d}", "rt_alone"), " tos paeh saminggu. "],
               lambda r: ["Parantos lapor ka ", NM("Pak Lurah", "role"), " tapi teu aya tindakan. "],
               lambda r: ["Antosan di ", nm_hosp(r), " dugi ka 6 jam. "]], "Hatur nuhun."),
    "minang": ([lambda r: ["Alah ambo talepon ", nm_hotline(r)[1], " tapi indak diangkek. "],
                lambda r: ["Jalan di ", NM(f"km {r.randint(3, 80)}", "km"), " arah Bukittinggi banyak lubang, alah ado nan jatuah. "],
                lambda r: ["Laporan ", nm_ticket(r, "hash"), " alun dibaleh sampai kini. "]], "Tarimo kasih."),
    "bugis": ([lambda r: ["Tabe', antrian di ", nm_hosp(r), " lama sekali mi. "],
               lambda r: ["Harga gas elpiji sampai ", nm_price(r), " di sini, Puang. "],
               lambda r: ["Sudah mi kami lapor ke ", NM("Pak Camat", "role"), " tapi belum ada kabar. "]], "Terima kasih, Puang."),
    "batak": ([lambda r: ["Horas, dalan tu huta rusak, sudah lapor tu ", NM("kepala desa", "role"), " alai dang adong. "],
               lambda r: ["Nunga ", NM(f"{r.randint(20, 90)} KK", "kk_count"), " so dapot aek bersih. "],
               lambda r: ["Dang adong balos sian ", NM(r.choice(INST_HANDLES), "inst_handle"), ". "]], "Mauliate."),
    "madura": ([lambda r: ["Kaule la ngerem laporan ", nm_ticket(r, "hash"), " tape ta' e bales. "],
                lambda r: ["Lampu e ", nm_hero_road(r), " mate kabbi. "],
                lambda r: ["Ongkos ngurus KTP e pentah ", nm_price(r), ". "]], "Sakalangkong."),
    "bali": ([lambda r: ["Tiang sampun ngirim surel ka ", NM(r.choice(INST_EMAILS), "inst_email"), " nanging durung kasaurin. "],
              lambda r: ["Margi ring ", nm_hero_road(r), " macet pisan nyabran sanja. "],
              lambda r: ["Sampah ring ", NM(f"RT {r.randint(1, 9):02d}", "rt_alone"), " nenten kaambil sampun ", NM("2 minggu", "count"), ". "]], "Suksma."),
}
NIHIL_VARIANTS = ["plain", "plain", "plain", "plain", "caps", "lower", "short", "english", "regional", "admin",
                  "typo", "long"]


def st_nihil(cx, b, variant):
    r = cx.r
    if variant in ("plain", "caps", "lower", "typo"):
        b(opener(r))
        if maybe(r, 0.6):
            b(r.choice(["Warga mengeluhkan ", "Kami melaporkan ", "Mau lapor, "]),
              r.choice(["jalan rusak", "sampah menumpuk", "pungli parkir", "pelayanan lambat", "air PDAM mati",
                        "bansos tidak merata", "guru sering bolos", "antrean BBM"]), ". ")
        for fr in nm_frags(r, r.randint(2, 4)):
            b(fr)
        b(closer(r))
    elif variant == "short":
        fr = nm_frag(r, r.choice(["hotline", "ticket", "rt", "km", "hero_road", "cue", "role", "price", "inst_handle",
                                  "kk_count", "spbu"]))
        b(fr)
    elif variant == "english":
        for fr in r.sample(EN_FRAGS, r.randint(2, 4)):
            b(fr(r))
        b(r.choice(["Thank you.", "Please follow up.", ""]))
    elif variant == "regional":
        frs, bye = REG_FRAGS[r.choice(list(REG_FRAGS))]
        for fr in r.sample(frs, r.randint(1, 3)):
            b(fr(r))
        b(bye)
    elif variant == "admin":
        b(r.choice(["DISPOSISI\n", "Catatan verifikator: ", "Tindak lanjut: "]),
          "laporan ", nm_ticket(r), " (pelapor anonim / identitas dirahasiakan). ",
          "Diteruskan ke ", NM(r.choice(["Kabid Bina Marga", "Kasi Trantib", "Kepala UPT Puskesmas", "Kabid PPDB"]), "role"),
          ". Cek lokasi ", nm_hero_road(r), " dekat ", NM(f"km {r.randint(1, 40)}", "km"), ". Tenggat ", ev_date(r), ". ",
          "Tembusan: ", NM(r.choice(INST_EMAILS), "inst_email"), ".")
    else:  # long, several paragraphs, still no PII
        fill = r.sample(FILLER, len(FILLER))
        b(opener(r), "\n\n")
        for _ in range(r.randint(4, 6)):
            for fr in nm_frags(r, 3):
                b(fr)
            b(fill.pop(), "\n\n")
        b(closer(r))


# =====================================================================================
# additional sentence frames (keep any one frame from dominating a style)
# =====================================================================================
def more_perantara(cx, b, v):
    r = cx.r
    if v == 9:
        unc = mk_person(cx, sex="M")
        kid = family(cx, unc, 1, dob_range=(2008, 2012))[0]
        b(r.choice(["Assalamualaikum. ", "Bismillah. "]), "Kami pengasuh Pondok Pesantren ",
          r.choice(["Darul Ulum", "Al-Hikmah", "Miftahul Huda", "Nurul Falah"]), ". Santri kami, ", P(kid),
          " (lahir ", S("DATE_OF_BIRTH", fmt_dob(r, kid.dob)), ", NIK ", nik_val(cx, kid),
          "), yatim sejak 2022 dan tidak bisa mendaftar PIP karena datanya masih tercatat di KK ", kk_val(cx, unc),
          " milik pamannya. ", r.choice(["Paman beliau, ", "Walinya, "]), hon_for(r, unc), P(unc), ", bisa dihubungi di ",
          phone_val(cx), ". ", nm_frag(r, r.choice(["reg", "role", "letter"])), closer(r))
    elif v == 10:
        mom = mk_person(cx, sex="F", age="young")
        hus = same_home(cx, mom, mk_person(cx, eth=mom.eth, sex="M", reg=mom.reg))
        b("Saya bidan desa. Ibu hamil ", str(r.randint(7, 9)), " bulan di wilayah kami, ", pakbu(r, mom), P(mom),
          " (NIK ", nik_val(cx, mom), ", kartu JKN ", bpjs_val(cx), "), ditolak rujukan ke ", nm_hosp(r),
          " dengan alasan faskes tujuan penuh. ", "Suaminya, ", P(hus), ", HP ", phone_val(cx),
          ", tinggal di ", addr_val(cx, mom.reg), area_tail(r, mom.reg), ". ",
          r.choice(["Mohon jalur rujukan dibuka.", "Kondisi ibu ini risiko tinggi.", "Kami takut terlambat."]))
    else:
        w = mk_person(cx)
        hrd = mk_person(cx)
        b(f"Kami pengurus serikat pekerja {r.choice(['PUK', 'PK', 'SP'])} ", r.choice(["PT Sinar Tekstil", "PT Maju Garmen", "CV Sumber Rejeki"]),
          ". Anggota kami, ", P(w), ", di-PHK sepihak setelah ", r.choice(["hamil", "ikut mogok", "kecelakaan kerja"]),
          ". Manajer HRD, ", hon(r, hrd), P(hrd), ", menolak memberi surat PHK. ",
          "Anggota kami dapat dihubungi di ", phone_val(cx), " atau ", email_val(cx, w), "; alamatnya ",
          addr_val(cx, w.reg), area_tail(r, w.reg), ". ", nm_frag(r, r.choice(["reg", "hotline"])))


def more_admin(cx, b, v):
    r = cx.r
    if v == 9:
        x, y = mk_person(cx), mk_person(cx)
        s1, s2 = mk_person(cx, age="pns"), mk_person(cx, age="pns")
        b("Notulen rakor penanganan aduan, ", ev_date(r), "\n",
          "1. Aduan ", nm_ticket(r, "hash"), " (pelapor ", P(x), ", HP ", phone_val(cx), ") - PIC: ", P(s1),
          " (", r.choice(["Dinsos", "Disdukcapil", "Dinkes"]), "), target selesai 7 hari.\n",
          "2. Aduan ", nm_ticket(r, "hash"), " - rumah ", P(y), " di ", addr_val(cx, y.reg),
          " perlu survei ulang - PIC: ", P(s2, "call"), ".\n",
          "3. Aduan ", nm_ticket(r, "long"), " - pelapor anonim, lokasi ", nm_hero_road(r), ", diteruskan ke ",
          NM("Dinas PUPR", "role"), ".")
    else:
        x = mk_person(cx)
        y = same_home(cx, x, mk_person(cx, eth=x.eth, reg=x.reg))
        b(r.choice(["Balasan Disdukcapil: ", "Jawaban instansi: "]), "NIK ", nik_val(cx, x), " a.n. ", P(x),
          " sudah diaktifkan kembali; KK ", kk_val(cx, x), " dicetak ulang. Dokumen dapat diambil di loket ",
          str(r.randint(1, 6)), " oleh yang bersangkutan atau kuasanya (", P(y), ", HP ", phone_val(cx), "). ",
          nm_frag(r, r.choice(["hotline", "inst_handle"])))


def more_ekspor(cx, b, v):
    r = cx.r
    x = mk_person(cx)
    if v == 8:
        b(r.choice(["Link dari petugas desa: ", "Saya dikirimi tautan ini: "]), "https://cek-bansos.",
          r.choice(["desa.id", "kab.go.id", "info"]), "/status?nik=", nik_val(cx, x, ("plain",)), "&hp=",
          S("PHONE", mobile_digits(cx)), "&tahap=", str(r.randint(1, 4)), "\n",
          r.choice(["Apakah aman NIK dan HP saya ditaruh di link begini?", "Link ini disebar di grup, data saya terbuka."]),
          " (", P(x), ")")
    else:
        b("<pelapor><nama>", P(x), "</nama><nik>", nik_val(cx, x, ("plain",)), "</nik><email>", email_val(cx, x),
          "</email><alamat>", addr_val(cx, x.reg), "</alamat></pelapor>\n",
          r.choice(["Itu isi file yang dikirim balik oleh aplikasi, kenapa identitas saya ikut?",
                    "Respon API aplikasi pengaduan menampilkan data ini ke publik."]))


def more_mediasi(cx, b, v):
    r = cx.r
    if v == 5:
        a = mk_person(cx)
        bb = mk_person(cx, reg=a.reg)
        c, d = mk_person(cx, reg=a.reg), mk_person(cx, reg=a.reg)
        bank, acct = bank_val(cx, r.choice(["BRI", "Bank Nagari", "Bank Sumut", "BSI"]))
        b("Catatan musyawarah dusun (", ev_date(r), "): sapi milik ", P(a), " masuk dan merusak kebun jagung milik ",
          hon_for(r, bb), P(bb), ". Disepakati ganti rugi ", nm_price(r), " ditransfer ke rekening ", bank, " ", acct,
          " a.n. ", P(bb), ". Saksi: ", P(c), " dan ", P(d), "; dipimpin ", NM("Kepala Dusun", "role"), ". ",
          r.choice(["Sampai sekarang ganti rugi belum dibayar.", "Pemilik sapi malah melapor balik ke polsek."]))
    else:
        a = mk_person(cx)
        bb = mk_person(cx)
        n = mk_person(cx)
        b("Sengketa sewa rumah. Pemilik: ", P(a), " (", r.choice(["HP ", "telp "]),
          landline_val(cx, a.reg) if maybe(r, 0.5) else phone_val(cx), "). Penyewa: ", P(bb), " (NIK ",
          nik_val(cx, bb), "). Objek: rumah di ", addr_val(cx, a.reg), area_tail(r, a.reg),
          ". Perjanjian sewa 2 tahun dibuat di hadapan notaris ", P(n), ", S.H., M.Kn., tetapi penyewa diusir pada ",
          ev_date(r), " sebelum masa sewa habis. Mediasi di kelurahan gagal karena pemilik tidak hadir.")


def more_sekolah(cx, b, v):
    r = cx.r
    if v == 7:
        mom = mk_person(cx, sex="F")
        kid = family(cx, mom, 1, dob_range=(2008, 2012))[0]
        b("Jalur afirmasi SPMB: anak kami ", P(kid), ", NIK ", nik_val(cx, kid), ", lahir ",
          S("DATE_OF_BIRTH", fmt_dob(r, kid.dob)), ", pemegang KIP, tetapi dinyatakan tidak memenuhi syarat. ",
          "KK kami ", kk_val(cx, mom), ". ", nm_frag(r, r.choice(["inst_email", "reg"])),
          "Hubungi ibunya, ", P(mom), ", di ", phone_val(cx), ".")
    else:
        g = mk_person(cx, age="pns")
        g.dob = rdate(r, 1990, 1998)
        b("Saya ", P(g), degree(r), ", guru PPPK formasi ", str(r.randint(2022, 2024)), ", NIP ",
          S("NIP", fmt_nip(r, nip_of(cx, g))), ". Penempatan saya dipindah sepihak ke sekolah yang jaraknya ",
          str(r.randint(40, 120)), " km dari rumah tanpa SK. ", nm_frag(r, r.choice(["reg", "role"])),
          "Mohon dibalas ke ", email_val(cx, g), ".")


def more_bantuan(cx, b, v):
    r = cx.r
    reg = r.choice(REGIONS)
    ppl = [mk_person(cx, eth=reg[4], reg=reg, age=r.choice(["adult", "elder"])) for _ in range(r.randint(3, 5))]
    if v == 6:
        b("Rekap KPM BPNT yang saldonya nol (", ev_date(r), "):\n")
        for i, p in enumerate(ppl, 1):
            _, acct = bank_val(cx, "BSI")
            b(f"{i}. ", P(p), " — HP ", phone_val(cx), " — Rek BSI ", acct, "\n")
        b(nm_frag(r, r.choice(["bank_cue", "role"])))
    else:
        b("Lansia tunggal yang belum tersentuh program ATENSI:\n")
        for i, p in enumerate(ppl, 1):
            b(f"{i}) ", hon_for(r, p), P(p), ", lahir ", S("DATE_OF_BIRTH", fmt_dob(r, p.dob)), ", alamat ",
              addr_val(cx, reg), "\n")
        b("Data ini sudah kami serahkan ke ", NM("pendamping PKH", "role"), " sejak ", ev_date(r), ".")


def more_typo(cx, b, v):
    r = cx.r
    x = mk_person(cx)
    if v == 6:
        b("tlg dicek pungli di kantor desa, buat surat keterangan usaha aja dimintai ", nm_price(r), ". ",
          "sy ", P(x), " nik ", nik_val(cx, x, ("odd",)), " rumah ", addr_val(cx, x.reg, r.choice(["kav", "perum", "komp"]), odd=True),
          ". ", closer(r))
    elif v == 7:
        y = same_home(cx, x, mk_person(cx, eth=x.eth, reg=x.reg))
        b("nomer yg bs dihubungi: ", phone_val(cx, odd=True), " (", P(x, "call"), "), ", phone_val(cx, odd=True),
          " (", P(y, "call"), "), atau ", phone_val(cx, odd=True), " (rumah). air PDAM mati udh ",
          str(r.randint(3, 14)), " hari di ", addr_val(cx, x.reg, r.choice(["gg_rt", "kp", "jl_rt"]), odd=True), ".")
    elif v == 8:
        b("Sertifikat vaksin sy ga muncul2 krn NIK ", nik_val(cx, x, ("odd", "split")),
          " katanya salah, pdhl tgl lahir ", S("DATE_OF_BIRTH", fmt_dob(r, x.dob)), " udh bener. Nama ", P(x), ". ",
          nm_frag(r, r.choice(["hotline", "inst_handle"])))
    else:
        b("KK baru kami tdk terbaca di aplikasi sekolah.\nNo KK:\n", kk_val(cx, x, ("split",)), "\nkepala keluarga ",
          P(x), ", alamat ", addr_val(cx, x.reg, r.choice(["perum", "komp", "btn", "kav"]), odd=True), ". hp ", phone_val(cx, odd=True))


def more_panjang(cx, b, v):
    r = cx.r
    fill = r.sample(FILLER, len(FILLER))
    reg = r.choice(REGIONS)
    reps = [mk_person(cx, reg=reg) for _ in range(3)]
    if v == 3:
        dev = mk_person(cx, sex="M")
        b("Kepada Yth. Bapak Gubernur\nc.q. Pengelola SP4N-LAPOR!\n\nKami, warga ", reg[1],
          " yang terdampak proyek perumahan, menyampaikan keberatan sebagai berikut.\n\n",
          "Sejak ", ev_date(r), " lahan garapan kami dipagari oleh pengembang milik ", hon(r, dev), P(dev),
          ". Alat berat masuk tanpa pemberitahuan, dan saluran irigasi ditimbun. ", fill.pop(), " ", fill.pop(), "\n\n",
          "Kami sudah bertemu perwakilan pengembang di kantor kecamatan. Mereka menunjukkan sertifikat yang menurut kami ",
          "terbit di atas tanah yang sejak lama kami garap. ", nm_frag(r, "reg"), fill.pop(), "\n\n")
    else:
        kid = family(cx, reps[0], 1, dob_range=(2004, 2007))[0]
        kep = mk_person(cx, age="pns", reg=reg)
        b("Dengan hormat,\n\nSaya ", P(reps[0]), ", orang tua dari ", P(kid), " (lahir ", S("DATE_OF_BIRTH", fmt_dob(r, kid.dob)),
          "), alumni sebuah SMA swasta di ", reg[1], ". Ijazah anak saya ditahan sejak kelulusan karena tunggakan ",
          nm_price(r), ". ", fill.pop(), "\n\n", "Kami sudah menemui kepala sekolah, ", pakbu(r, kep), P(kep),
          " (NIP ", S("NIP", fmt_nip(r, nip_of(cx, kep))), "), yang menyatakan ijazah hanya bisa diambil setelah lunas. ",
          fill.pop(), " ", fill.pop(), "\n\n")
    frs = nm_frags(r, 8)
    while len(b.text().encode("utf-8")) < 2200:
        b(fill.pop(), " ", fill.pop(), " ", frs.pop(), "\n\n")
    if v == 3:
        b("Perwakilan yang dapat dihubungi:\n")
        for p in reps:
            b("- ", P(p), ", NIK ", nik_val(cx, p), ", HP ", phone_val(cx), "\n")
        b("\nDemikian, atas perhatiannya kami ucapkan terima kasih.")
    else:
        b("Saya siap memberikan keterangan. NIK saya ", nik_val(cx, reps[0]), ", rumah di ", addr_val(cx, reps[0].reg),
          area_tail(r, reps[0].reg), ", HP/WA ", phone_val(cx), ".\n\nHormat saya,\n", P(reps[0]))


def more_kapital(cx, b, v):
    r = cx.r
    if v == 6:
        reg = r.choice(REGIONS)
        a, c = mk_person(cx, reg=reg, sex="F"), mk_person(cx, reg=reg, sex="F", age="elder")
        b("BANSOS SALAH SASARAN!! YANG DAPAT MALAH ", P(a), " (ISTRI ", NM("KADES", "role"), "), NIK ", nik_val(cx, a),
          ", PADAHAL RUMAHNYA BESAR DI ", addr_val(cx, reg), ". SEMENTARA ", hon(r, c), P(c),
          " YANG JANDA DAN TINGGAL DI GUBUK TIDAK DAPAT APA-APA. ", nm_frag(r, "reg"))
    else:
        x = mk_person(cx, age="elder")
        me = same_home(cx, x, mk_person(cx, eth=x.eth, reg=x.reg))
        b("MOHON BANTUAN!!! ", "AYAH" if not x.f else "IBU", " SAYA ", P(x), " (LAHIR ", S("DATE_OF_BIRTH", fmt_dob(r, x.dob)),
          ") HILANG SEJAK ", ev_date(r), " SETELAH KELUAR DARI ", nm_hosp(r), ". BELIAU PIKUN. ",
          "JIKA MELIHAT HUBUNGI ", P(me), " DI ", phone_val(cx), " / ", landline_val(cx, x.reg), ".")


def more_kecil(cx, b, v):
    r = cx.r
    x = mk_person(cx, age="young")
    if v == 7:
        org = mk_person(cx, sex="F")
        bank, acct = bank_val(cx, "BRI")
        b("arisan online yg dikelola ", P(org), " (ig ", handle_val(cx, org), ") kabur bawa duit member hampir ",
          nm_price(r), ". terakhir tf ke rek bri ", acct, ". aku salah satu korban, ", P(x), ", ", phone_val(cx), " 😭")
    else:
        kur = mk_person(cx, sex="M")
        b("kurir paket namanya ", P(kur), " (hp ", phone_val(cx), ") marah2 krn alamat aku ", addr_val(cx, x.reg),
          " katanya ga ketemu, trus paketnya dibalikin ke seller. ", nm_frag(r, r.choice(["inst_handle", "hotline"])))


def more_inggris(cx, b, v):
    r = cx.r
    if v == 5:
        w = mk_person(cx, sex="F")
        b("My wife, ", P(w), " (NIK ", nik_val(cx, w), "), and I married on ", en_date(r), ". ",
          "Her family card (KK ", kk_val(cx, w), ") still lists her at her parents' house at ", addr_val(cx, w.reg),
          ", so the civil registry refuses to issue our new KK. ", r.choice(["Any guidance?", "Please help."]))
    else:
        d = mk_person(cx, sex="M", eth="bali")
        b("I'm a tourist and was overcharged by a driver named ", P(d), ", car plate ",
          plate_val(cx, d.reg, form=r.choice(["sp", "nosp"])), ". He demanded ", nm_price(r),
          " for a short trip and threatened us. His phone: ", phone_val(cx), ". I called ", NM("112", "hotline"),
          " but was told to report online.")


def more_daerah(cx, b, lang):
    r = cx.r
    x = mk_person(cx, eth=lang)
    if lang == "jawa":
        o = mk_person(cx, reg=x.reg)
        b("Mas/Mbak admin, kulo badhe ngadu babagan pungli wonten kelurahan. Petugas ingkang asmane ", P(o),
          " nyuwun arta ", nm_price(r), " kangge tanda tangan. Nomer WA-ne ", phone_val(cx), ". Kulo ", P(x),
          ", griya kulo ", addr_val(cx, x.reg), ". Nyuwun dipun tindak.")
    elif lang == "sunda":
        dc = mk_person(cx, sex="M")
        b("Wilujeng enjing. Abdi ", P(x), ", NIK ", nik_val(cx, x), ". Motor abdi ", plate_val(cx, x.reg),
          " dicandak paksa ku debt collector nu ngaku namina ", P(dc), " di jalan. Padahal cicilan teu acan telat. ",
          "Mangga hubungi abdi di ", phone_val(cx), ".")
    elif lang == "minang":
        bank, acct = bank_val(cx, "Bank Nagari")
        b("Ambo ", P(x), ", padagang di pasa. Kios ambo dibongka tanpa pambaritahuan, padahal sewa alah ambo bayia ",
          "ka rekening ", bank, " ", acct, ". Kalau nio konfirmasi, talepon ambo di ", phone_val(cx), ". ", nm_frag(r, "letter"))
    elif lang == "bugis":
        kid = family(cx, x, 1, dob_range=(2011, 2012))[0]
        b(r.choice(["Tabe', ", "Tabe’, "]), "ana'ku ", P(kid), " lahir ", S("DATE_OF_BIRTH", fmt_dob(r, kid.dob)),
          ", de'na nalolongeng sikola negeri padahal dekat ji rumahta. Nomor KK ", kk_val(cx, x), ". ",
          "Iyya' ", P(x), ", HP ", phone_val(cx), ".")
    elif lang == "batak":
        o = mk_person(cx, eth="batak", age="elder", reg=x.reg)
        b("Horas. Tano ni ", r.choice(["ompung", "amang", "inang"]), " nami, ", P(o), ", di ", addr_val(cx, x.reg),
          area_tail(r, x.reg), ", dibuat batas baru sepihak. Nunga hu lapor tu kantor desa, alai dang adong. ",
          "Hubungi au, ", P(x), ", di ", phone_val(cx), ". Mauliate godang.")
    elif lang == "madura":
        b("Kaule ", P(x), ", sopir pick up ", plate_val(cx, x.reg), ". Surat tilang elektronik dateng ka roma kaule e ",
          addr_val(cx, x.reg), ", padahal kaule ta' lebat e jalan jareya. Nomer kaule ", phone_val(cx), ".")
    elif lang == "bali":
        bank, acct = bank_val(cx, "BPD Bali")
        b("Om Swastiastu. Tiang ", P(x), ", pedagang canang. Bantuan UMKM ten masuk ke rekening ", bank, " ", acct,
          ", sedangkan sane lianan sampun. WA tiang ", phone_val(cx), ". Suksma.")
    else:
        dc = mk_person(cx, sex="M")
        b("Bang, ini ade debt collector namanye ", P(dc), ", IG-nye ", handle_val(cx, dc),
          ", nagih ke rumah aye di ", addr_val(cx, x.reg), " padahal aye kagak pernah minjem. Aye ", P(x), ", HP ",
          phone_val(cx), ".")


# =====================================================================================
# driver
# =====================================================================================
STYLE_FUNCS = {"perantara": st_perantara, "admin": st_admin, "ekspor": st_ekspor, "mediasi": st_mediasi,
               "sekolah": st_sekolah, "bantuan": st_bantuan, "typo": st_typo, "pendek": st_pendek,
               "panjang": st_panjang, "kapital": st_kapital, "kecil": st_kecil, "daerah": st_daerah,
               "inggris": st_inggris}


def length_ok(style, text, variant=None):
    if style == "pendek" or variant == "short":
        return len(text) < 80
    if style == "panjang":
        return 2100 <= len(text.encode("utf-8")) <= 3900
    if variant == "long":
        return len(text.encode("utf-8")) >= 900
    return True


def generate():
    r = random.Random(SEED)
    cx = Ctx(r)
    schedule = [s for s, n in STYLE_COUNTS for _ in range(n)]
    r.shuffle(schedule)
    records, meta = [], []
    for i, style in enumerate(schedule, 1):
        for _attempt in range(100):
            variant, case, typo = None, None, None
            if style == "nihil":
                variant = r.choice(NIHIL_VARIANTS)
                case = {"caps": "upper", "lower": "lower"}.get(variant)
                if variant == "typo":
                    typo = make_typo(r, 0.06)
            elif style == "kapital":
                case = "upper"
            elif style == "kecil":
                case = "lower"
            elif style == "typo":
                typo = make_typo(r, r.choice([0.03, 0.05, 0.08]))
            b = Builder(case, typo)
            cx.style = style
            if style == "nihil":
                st_nihil(cx, b, variant)
            else:
                STYLE_FUNCS[style](cx, b)
            text = b.text().rstrip()
            has = bool(b.spans)
            if (style == "nihil") == (not has) and length_ok(style, text, variant) and \
                    all(s["end"] <= len(text) for s in b.spans):
                break
        else:
            raise RuntimeError(f"could not generate a valid {style} record")
        rid = f"t17-{i:04d}-{style}"
        records.append({"id": rid, "text": text,
                        "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in b.spans]})
        meta.append({"id": rid, "style": style, "variant": variant if style == "nihil" else cx.last,
                     "case": case, "typo": typo is not None,
                     "values": [s["value"] for s in b.spans],
                     "near": [(s, e, k) for s, e, k in b.near if e <= len(text)]})
    return records, meta


def serialize(records):
    return "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in records).encode("utf-8")


# =====================================================================================
# validation
# =====================================================================================
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
HANDLE_RE = re.compile(r"(?<![A-Za-z0-9._%+\-])@[A-Za-z0-9_.]*[A-Za-z0-9_]")
DIGITRUN_RE = re.compile(r"\d(?:[ .\-]?\d)*")
PLATE_RE = re.compile(r"(?<![A-Z0-9])(?:" + "|".join(sorted(PLATE_CODES, key=len, reverse=True))
                      + r")[ \-]?\d{1,4}[ \-]?[A-Z]{1,3}(?![A-Z0-9])")
PROV = {11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65,
        71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96}
HONORIFIC_HEADS = {"bapak", "pak", "ibu", "bu", "sdr.", "sdri.", "saudara", "mas", "mbak", "bang", "kak", "haji",
                   "h.", "hj.", "ustaz", "ustazah", "dr.", "ir.", "drs.", "dra.", "mbah", "pakde", "bude", "mbok",
                   "kang", "teh", "mang", "ceu", "bi", "aki", "nini", "uda", "uni", "etek", "amak", "angku",
                   "amang", "inang", "tulang", "nantulang", "opung", "cak", "ning", "bli", "mr.", "mrs.", "ms.",
                   "alm.", "almarhum", "bripka", "aiptu", "brigpol", "serda", "serka", "peltu", "aipda", "sertu",
                   "om", "tante", "babe", "enyak", "engkong", "mpok", "nyai", "mr", "prof."}
ADDR_HEADS = ("jl", "jln", "jalan", "gg", "lr", "perum", "perumahan", "komp", "kompleks", "komplek", "btn",
              "dusun", "dsn", "jorong", "kp", "rt")


def check_value(label, v):
    """Format check of one span value; returns an error string or None."""
    d = re.sub(r"\D", "", v)
    if label == "NIK":
        if not (15 <= len(d) <= 17) or int(d[:2]) not in PROV:
            return "bad NIK"
        if len(d) == 16:
            dd, mm = int(d[6:8]), int(d[8:10])
            if not (1 <= (dd - 40 if dd > 40 else dd) <= 31 and 1 <= mm <= 12):
                return "bad NIK date"
    elif label == "KK":
        if len(d) != 16 or int(d[:2]) not in PROV or not (1 <= int(d[6:8]) <= 31 and 1 <= int(d[8:10]) <= 12):
            return "bad KK"
    elif label == "NPWP":
        if len(d) not in (15, 16):
            return "bad NPWP"
    elif label == "PHONE":
        if not (8 <= len(d) <= 14):
            return "bad PHONE"
    elif label == "EMAIL":
        if not EMAIL_RE.fullmatch(v):
            return "bad EMAIL"
    elif label == "PLATE":
        if not PLATE_RE.fullmatch(v.upper()):
            return "bad PLATE"
    elif label == "BANK_ACCOUNT":
        if not (10 <= len(d) <= 16):
            return "bad BANK_ACCOUNT"
    elif label == "PASSPORT":
        if not re.fullmatch(r"[A-Z] ?\d{7}", v.upper()):
            return "bad PASSPORT"
    elif label == "BPJS":
        if len(d) != 13 or not d.startswith("000"):
            return "bad BPJS"
    elif label == "NIP":
        if len(d) != 18 or d[14] not in "12":
            return "bad NIP"
        datetime.date(int(d[:4]), int(d[4:6]), int(d[6:8]))
    elif label == "HANDLE":
        if not re.fullmatch(r"@[A-Za-z0-9_.]+", v):
            return "bad HANDLE"
    elif label == "PERSON":
        if v.split()[0].lower() in HONORIFIC_HEADS or v[-1] in ",.;:" and not v.endswith(("Muh.", "Abd.", "St.", "Moh.", "Ach.")):
            return "PERSON includes an honorific or punctuation"
    elif label == "ADDRESS":
        if not re.sub(r"[^a-z]", "", v.split()[0].lower().split(".")[0]).startswith(ADDR_HEADS):
            return "ADDRESS without a designator"
    elif label == "DATE_OF_BIRTH":
        if not re.search(r"(19|20)\d\d", v):
            return "bad DATE_OF_BIRTH"
    return None


def audit(text, spans, near):
    """Everything outside spans that looks like PII must lie inside a registered near-miss."""
    masked = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            masked[i] = "\x00"
    masked = "".join(masked)
    problems = []

    def covered(a, z):
        return any(s <= a and z <= e for s, e, _ in near)

    for m in EMAIL_RE.finditer(masked):
        if not covered(m.start(), m.end()):
            problems.append(("email", m.group()))
    for m in HANDLE_RE.finditer(masked):
        if not covered(m.start(), m.end()):
            problems.append(("handle", m.group()))
    for m in DIGITRUN_RE.finditer(masked):
        if sum(c.isdigit() for c in m.group()) >= 10 and not covered(m.start(), m.end()):
            problems.append(("digits", m.group()))
    for m in PLATE_RE.finditer(masked.upper()):
        if not covered(m.start(), m.end()):
            problems.append(("plate", m.group()))
    return problems


def validate(records, meta):
    errs = []
    if len(records) != N_TOTAL:
        errs.append(f"expected {N_TOTAL} records, got {len(records)}")
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    nopii = sum(1 for r in records if not r["spans"])
    if nopii != N_NOPII:
        errs.append(f"expected {N_NOPII} no-PII texts, got {nopii}")
    counts = Counter()
    for rec, m in zip(records, meta):
        t = rec["text"]
        if not re.fullmatch(r"t17-\d{4}-[a-z]+", rec["id"]) or rec["id"] != m["id"]:
            errs.append(f"{rec['id']}: bad id")
        if not (m["style"] == "nihil") == (not rec["spans"]):
            errs.append(f"{rec['id']}: style/PII mismatch")
        prev_end = -1
        for s, val in zip(rec["spans"], m["values"]):
            a, z, lab = s["start"], s["end"], s["label"]
            counts[lab] += 1
            where = f"{rec['id']} [{a}:{z}] {lab} {t[a:z]!r}"
            if lab not in LABELS:
                errs.append(f"{where}: unknown label")
            if not (0 <= a < z <= len(t)):
                errs.append(f"{where}: out of range")
                continue
            if a < prev_end:
                errs.append(f"{where}: overlapping or unsorted")
            prev_end = z
            if t[a:z] != val:
                errs.append(f"{where}: text differs from recorded value {val!r}")
            if t[a].isspace() or t[z - 1].isspace():
                errs.append(f"{where}: outer whitespace")
            if (a > 0 and t[a - 1].isalnum()) or (z < len(t) and t[z].isalnum()):
                errs.append(f"{where}: glued to a letter/digit")
            e = check_value(lab, t[a:z])
            if e:
                errs.append(f"{where}: {e}")
        for kind, val in audit(t, rec["spans"], m["near"]):
            errs.append(f"{rec['id']}: unregistered PII-like {kind} {val!r} outside spans")
        if m["style"] == "pendek" and len(t) >= 80:
            errs.append(f"{rec['id']}: short text too long")
        if m["style"] == "panjang" and not 2000 <= len(t.encode()) <= 4000:
            errs.append(f"{rec['id']}: long text not 2-4 KB")
    for lab in LABELS:
        if counts[lab] < 10:
            errs.append(f"label {lab} has only {counts[lab]} spans")
    return errs, counts


# =====================================================================================
# statistics
# =====================================================================================
def stats(records, meta):
    lab = Counter(s["label"] for r in records for s in r["spans"])
    sty = Counter(m["style"] for m in meta)
    sty_spans = Counter()
    for r, m in zip(records, meta):
        sty_spans[m["style"]] += len(r["spans"])
    var = Counter(m["variant"] for m in meta if m["style"] == "nihil")
    near = Counter(k for m in meta for _, _, k in m["near"])
    nik_len = Counter(len(re.sub(r"\D", "", r["text"][s["start"]:s["end"]])) for r in records for s in r["spans"]
                      if s["label"] == "NIK")
    lens = [len(r["text"]) for r in records]
    print(f"records {len(records)}  spans {sum(lab.values())}  no-PII {sum(1 for r in records if not r['spans'])}")
    print("labels:", ", ".join(f"{k} {lab[k]}" for k in LABELS))
    print("styles:", ", ".join(f"{s} {sty[s]} ({sty_spans[s]} spans)" for s, _ in STYLE_COUNTS))
    print("nihil variants:", ", ".join(f"{k} {v}" for k, v in sorted(var.items())))
    frames = {}
    for m in meta:
        if m["style"] != "nihil":
            frames.setdefault(m["style"], Counter())[str(m["variant"])] += 1
    print("frames used (distinct / most reused):", ", ".join(
        f"{st} {len(c)}/{max(c.values())}" for st, c in frames.items()))
    print("near-miss kinds:", ", ".join(f"{k} {v}" for k, v in sorted(near.items())))
    print("NIK digit lengths:", dict(sorted(nik_len.items())))
    print(f"text length (code points): min {min(lens)}, max {max(lens)}, "
          f"<80: {sum(1 for x in lens if x < 80)}, >=2000 bytes: {sum(1 for r in records if len(r['text'].encode()) >= 2000)}")
    multi = sum(1 for r in records for s in r["spans"] if "\n" in r["text"][s["start"]:s["end"]])
    nonascii = sum(1 for r in records if any(ord(c) > 127 for c in r["text"]))
    print(f"spans containing a line break: {multi}; texts with non-ASCII characters: {nonascii}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="regenerate and compare byte-for-byte")
    ap.add_argument("--stats", action="store_true", help="print statistics")
    a = ap.parse_args()
    records, meta = generate()
    errs, _ = validate(records, meta)
    if errs:
        print("\n".join(errs[:60]))
        print(f"VALIDATION FAILED: {len(errs)} problems")
        sys.exit(1)
    data = serialize(records)
    if a.check:
        with open(OUT, "rb") as f:
            old = f.read()
        if old != data:
            print("CHECK FAILED: regenerated corpus differs from seventeenth.jsonl")
            sys.exit(1)
        print(f"check ok: {OUT} is byte-identical to a fresh generation ({len(records)} records)")
    elif not a.stats:
        with open(OUT, "wb") as f:
            f.write(data)
        print(f"wrote {OUT}: {len(records)} records; validation ok")
    if a.stats:
        stats(records, meta)


if __name__ == "__main__":
    main()
