#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""make_tenth.py - deterministic generator of the `tenth` PII evaluation corpus.

Writes tenth.jsonl (400 records) next to this file.  Python 3 standard library
only, one fixed seed, no I/O besides the output file.  Every name, number and
address is invented.  Texts are built from pieces: plain strings and
(value, LABEL) tuples; offsets (Python str indices, end exclusive) are computed
while joining.  (value, OK) tuples mark explicitly whitelisted non-PII values
(ticket numbers, institutional e-mail addresses and accounts, big amounts);
they are not written, only used by validate().

    python3 make_tenth.py           # generate, validate, write tenth.jsonl
    python3 make_tenth.py --stats   # generate, validate, print stats, write nothing
"""
import datetime
import json
import os
import re
import sys
from collections import Counter
import random

SEED = 20241010
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "tenth.jsonl")

LABELS = ("NIK", "KK", "NPWP", "PHONE", "EMAIL", "PLATE", "BANK_ACCOUNT", "PASSPORT",
          "BPJS", "NIP", "PERSON", "ADDRESS", "DATE_OF_BIRTH", "HANDLE")
OK = "OK"  # whitelist marker for explicit non-PII values (not written)


def ch(*a):
    return R.choice(a)


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


# ----------------------------------------------------------------------------
# building texts
# ----------------------------------------------------------------------------

def flat(x):
    if x is None:
        return
    if isinstance(x, (str, tuple)):
        yield x
        return
    for y in x:
        yield from flat(y)


def build(pieces):
    out, spans, oks, pos = [], [], [], 0
    for p in flat(pieces):
        if isinstance(p, tuple):
            v, lab = p
            assert isinstance(v, str) and (lab in LABELS or lab == OK), p
            if lab == OK:
                oks.append((pos, pos + len(v), v))
            else:
                spans.append({"start": pos, "end": pos + len(v), "label": lab, "_v": v})
        else:
            v = p
            # never let two plain spaces meet at a piece boundary
            if out and out[-1].endswith(" ") and v.startswith(" "):
                v = v.lstrip(" ")
        out.append(v)
        pos += len(v)
    return "".join(out), spans, oks


# ----------------------------------------------------------------------------
# regions: (Kemendagri kab/kota code, name, kind, province, kecamatan, kelurahan/desa,
#           plate prefix, landline area code)
# ----------------------------------------------------------------------------

class Region:
    def __init__(self, code, name, kind, prov, kecs, kels, plate, area):
        self.code, self.name, self.kind, self.prov = code, name, kind, prov
        self.kecs, self.kels, self.plate, self.area = kecs, kels, plate, area

    @property
    def display(self):
        return ("Kota " if self.kind == "Kota" else "Kabupaten ") + self.name

    @property
    def short(self):
        return ("Kota " if self.kind == "Kota" else "Kab. ") + self.name

    @property
    def slug(self):
        return re.sub(r"[^a-z]", "", self.name.lower())


REGIONS = [Region(*t) for t in [
    ("1171", "Banda Aceh", "Kota", "Aceh", ["Kuta Alam", "Syiah Kuala", "Ulee Kareng"], ["Lamprit", "Peunayong", "Lambhuk"], "BL", "0651"),
    ("1271", "Medan", "Kota", "Sumatera Utara", ["Medan Johor", "Medan Tembung", "Medan Helvetia"], ["Gedung Johor", "Bandar Selamat", "Tanjung Gusta"], "BK", "061"),
    ("1207", "Deli Serdang", "Kab", "Sumatera Utara", ["Percut Sei Tuan", "Tanjung Morawa", "Lubuk Pakam"], ["Bandar Klippa", "Tembung", "Bangun Sari"], "BK", "061"),
    ("1371", "Padang", "Kota", "Sumatera Barat", ["Kuranji", "Lubuk Begalung", "Koto Tangah"], ["Pasar Ambacang", "Gurun Laweh", "Lubuk Buaya"], "BA", "0751"),
    ("1375", "Bukittinggi", "Kota", "Sumatera Barat", ["Mandiangin Koto Selayan", "Guguk Panjang"], ["Campago Ipuh", "Tarok Dipo", "Bukit Cangang"], "BA", "0752"),
    ("1471", "Pekanbaru", "Kota", "Riau", ["Tampan", "Marpoyan Damai", "Rumbai"], ["Sidomulyo Barat", "Tangkerang Tengah", "Umban Sari"], "BM", "0761"),
    ("1571", "Jambi", "Kota", "Jambi", ["Telanaipura", "Kota Baru"], ["Pematang Sulur", "Simpang IV Sipin", "Kenali Asam"], "BH", "0741"),
    ("1671", "Palembang", "Kota", "Sumatera Selatan", ["Ilir Timur I", "Seberang Ulu I", "Sukarami"], ["Sungai Pangeran", "Tuan Kentang", "Kebun Bunga"], "BG", "0711"),
    ("1771", "Bengkulu", "Kota", "Bengkulu", ["Gading Cempaka", "Ratu Samban"], ["Lingkar Barat", "Penurunan", "Padang Harapan"], "BD", "0736"),
    ("1871", "Bandar Lampung", "Kota", "Lampung", ["Kedaton", "Rajabasa", "Sukarame"], ["Sidodadi", "Rajabasa Raya", "Way Dadi"], "BE", "0721"),
    ("1971", "Pangkalpinang", "Kota", "Kepulauan Bangka Belitung", ["Taman Sari", "Gerunggang"], ["Rawa Bangun", "Bukit Intan", "Kacang Pedang"], "BN", "0717"),
    ("2171", "Batam", "Kota", "Kepulauan Riau", ["Batam Kota", "Sekupang", "Batu Aji"], ["Belian", "Tiban Indah", "Bukit Tempayan"], "BP", "0778"),
    ("2172", "Tanjungpinang", "Kota", "Kepulauan Riau", ["Tanjungpinang Timur", "Bukit Bestari"], ["Air Raja", "Tanjung Ayun Sakti", "Dompak"], "BP", "0771"),
    ("3172", "Jakarta Timur", "Kota", "DKI Jakarta", ["Duren Sawit", "Cakung", "Kramat Jati"], ["Pondok Kopi", "Pulo Gebang", "Batu Ampar"], "B", "021"),
    ("3171", "Jakarta Selatan", "Kota", "DKI Jakarta", ["Tebet", "Pancoran", "Cilandak"], ["Menteng Dalam", "Pengadegan", "Cipete Selatan"], "B", "021"),
    ("3174", "Jakarta Barat", "Kota", "DKI Jakarta", ["Kalideres", "Cengkareng", "Palmerah"], ["Tegal Alur", "Kapuk", "Kota Bambu Utara"], "B", "021"),
    ("3175", "Jakarta Utara", "Kota", "DKI Jakarta", ["Koja", "Cilincing", "Penjaringan"], ["Tugu Utara", "Semper Barat", "Pluit"], "B", "021"),
    ("3201", "Bogor", "Kab", "Jawa Barat", ["Cibinong", "Citeureup", "Gunung Putri"], ["Pakansari", "Puspanegara", "Wanaherang"], "F", "021"),
    ("3204", "Bandung", "Kab", "Jawa Barat", ["Baleendah", "Dayeuhkolot", "Soreang"], ["Andir", "Citeureup", "Pamekaran"], "D", "022"),
    ("3273", "Bandung", "Kota", "Jawa Barat", ["Coblong", "Antapani", "Bojongloa Kaler"], ["Dago", "Antapani Kidul", "Suka Asih"], "D", "022"),
    ("3275", "Bekasi", "Kota", "Jawa Barat", ["Bekasi Timur", "Rawalumbu", "Bantargebang"], ["Aren Jaya", "Bojong Rawalumbu", "Ciketing Udik"], "B", "021"),
    ("3276", "Depok", "Kota", "Jawa Barat", ["Sukmajaya", "Pancoran Mas", "Cimanggis"], ["Abadijaya", "Rangkapan Jaya", "Tugu"], "B", "021"),
    ("3278", "Tasikmalaya", "Kota", "Jawa Barat", ["Cihideung", "Kawalu"], ["Tuguraja", "Karsamenak", "Nagarawangi"], "Z", "0265"),
    ("3205", "Garut", "Kab", "Jawa Barat", ["Tarogong Kidul", "Karangpawitan"], ["Pataruman", "Jayaraga", "Suci"], "Z", "0262"),
    ("3374", "Semarang", "Kota", "Jawa Tengah", ["Tembalang", "Banyumanik", "Semarang Utara"], ["Bulusan", "Pedalangan", "Bandarharjo"], "H", "024"),
    ("3372", "Surakarta", "Kota", "Jawa Tengah", ["Laweyan", "Jebres", "Banjarsari"], ["Sondakan", "Mojosongo", "Nusukan"], "AD", "0271"),
    ("3310", "Klaten", "Kab", "Jawa Tengah", ["Wedi", "Delanggu", "Klaten Tengah"], ["Pasung", "Sabrang", "Tegalyoso"], "AD", "0272"),
    ("3302", "Banyumas", "Kab", "Jawa Tengah", ["Sokaraja", "Kembaran"], ["Sokaraja Kulon", "Ledug", "Bojongsari"], "R", "0281"),
    ("3471", "Yogyakarta", "Kota", "DI Yogyakarta", ["Umbulharjo", "Gondokusuman", "Mergangsan"], ["Warungboto", "Baciro", "Wirogunan"], "AB", "0274"),
    ("3404", "Sleman", "Kab", "DI Yogyakarta", ["Depok", "Ngaglik", "Mlati"], ["Caturtunggal", "Sardonoharjo", "Sinduadi"], "AB", "0274"),
    ("3402", "Bantul", "Kab", "DI Yogyakarta", ["Sewon", "Kasihan", "Banguntapan"], ["Panggungharjo", "Tamantirto", "Jambidan"], "AB", "0274"),
    ("3578", "Surabaya", "Kota", "Jawa Timur", ["Rungkut", "Wonokromo", "Tambaksari"], ["Kalirungkut", "Ngagel Rejo", "Pacar Keling"], "L", "031"),
    ("3573", "Malang", "Kota", "Jawa Timur", ["Lowokwaru", "Blimbing", "Sukun"], ["Tunggulwulung", "Purwantoro", "Bandungrejosari"], "N", "0341"),
    ("3515", "Sidoarjo", "Kab", "Jawa Timur", ["Waru", "Taman", "Candi"], ["Kureksari", "Sepanjang", "Sugihwaras"], "W", "031"),
    ("3509", "Jember", "Kab", "Jawa Timur", ["Kaliwates", "Sumbersari", "Patrang"], ["Kepatihan", "Kranjingan", "Baratan"], "P", "0331"),
    ("3671", "Tangerang", "Kota", "Banten", ["Cipondoh", "Karawaci", "Ciledug"], ["Poris Plawad", "Bojong Jaya", "Sudimara Barat"], "B", "021"),
    ("3674", "Tangerang Selatan", "Kota", "Banten", ["Pamulang", "Ciputat", "Serpong"], ["Pondok Benda", "Cipayung", "Rawa Buntu"], "B", "021"),
    ("3673", "Serang", "Kota", "Banten", ["Cipocok Jaya", "Walantaka"], ["Banjar Agung", "Pipitan", "Karundang"], "A", "0254"),
    ("5171", "Denpasar", "Kota", "Bali", ["Denpasar Barat", "Denpasar Selatan"], ["Pemecutan Kelod", "Sesetan", "Panjer"], "DK", "0361"),
    ("5104", "Gianyar", "Kab", "Bali", ["Ubud", "Sukawati", "Blahbatuh"], ["Peliatan", "Batubulan", "Bona"], "DK", "0361"),
    ("5108", "Buleleng", "Kab", "Bali", ["Sukasada", "Seririt", "Buleleng"], ["Panji", "Pangkung Paruk", "Banyuasri"], "DK", "0362"),
    ("5271", "Mataram", "Kota", "Nusa Tenggara Barat", ["Ampenan", "Cakranegara", "Sekarbela"], ["Pejarakan Karya", "Cakranegara Timur", "Karang Pule"], "DR", "0370"),
    ("5201", "Lombok Barat", "Kab", "Nusa Tenggara Barat", ["Gerung", "Narmada", "Lingsar"], ["Dasan Geres", "Lembuak", "Batu Kumbung"], "DR", "0370"),
    ("5371", "Kupang", "Kota", "Nusa Tenggara Timur", ["Oebobo", "Maulafa", "Kelapa Lima"], ["Oebufu", "Penfui", "Oesapa"], "DH", "0380"),
    ("6171", "Pontianak", "Kota", "Kalimantan Barat", ["Pontianak Barat", "Pontianak Kota"], ["Sungai Beliung", "Sungai Bangkong", "Pal Lima"], "KB", "0561"),
    ("6271", "Palangka Raya", "Kota", "Kalimantan Tengah", ["Jekan Raya", "Pahandut"], ["Bukit Tunggal", "Panarung", "Menteng"], "KH", "0536"),
    ("6371", "Banjarmasin", "Kota", "Kalimantan Selatan", ["Banjarmasin Utara", "Banjarmasin Selatan"], ["Sungai Miai", "Kelayan Barat", "Pemurus Dalam"], "DA", "0511"),
    ("6372", "Banjarbaru", "Kota", "Kalimantan Selatan", ["Banjarbaru Utara", "Landasan Ulin"], ["Loktabat Utara", "Guntung Payung", "Syamsudin Noor"], "DA", "0511"),
    ("6471", "Balikpapan", "Kota", "Kalimantan Timur", ["Balikpapan Selatan", "Balikpapan Utara"], ["Sepinggan", "Batu Ampar", "Gunung Samarinda"], "KT", "0542"),
    ("6472", "Samarinda", "Kota", "Kalimantan Timur", ["Sungai Kunjang", "Samarinda Ulu"], ["Loa Bakung", "Air Hitam", "Teluk Lerong Ilir"], "KT", "0541"),
    ("6571", "Tarakan", "Kota", "Kalimantan Utara", ["Tarakan Barat", "Tarakan Timur"], ["Karang Anyar", "Kampung Empat", "Juata Laut"], "KU", "0551"),
    ("7171", "Manado", "Kota", "Sulawesi Utara", ["Malalayang", "Wenang", "Tikala"], ["Bahu", "Tikala Kumaraka", "Banjer"], "DB", "0431"),
    ("7271", "Palu", "Kota", "Sulawesi Tengah", ["Palu Barat", "Mantikulore"], ["Balaroa", "Talise", "Tondo"], "DN", "0451"),
    ("7371", "Makassar", "Kota", "Sulawesi Selatan", ["Tamalate", "Rappocini", "Panakkukang", "Biringkanaya"], ["Mangasa", "Gunung Sari", "Pandang", "Sudiang Raya"], "DD", "0411"),
    ("7306", "Gowa", "Kab", "Sulawesi Selatan", ["Somba Opu", "Pallangga"], ["Sungguminasa", "Tompobalang", "Mangalli"], "DD", "0411"),
    ("7471", "Kendari", "Kota", "Sulawesi Tenggara", ["Kadia", "Mandonga", "Poasia"], ["Bende", "Wawombalata", "Anduonohu"], "DT", "0401"),
    ("7472", "Baubau", "Kota", "Sulawesi Tenggara", ["Wolio", "Betoambari"], ["Wameo", "Katobengke", "Bataraguru"], "DT", "0402"),
    ("7571", "Gorontalo", "Kota", "Gorontalo", ["Kota Selatan", "Dungingi"], ["Limba U Dua", "Tuladenggi", "Huangobotu"], "DM", "0435"),
    ("7604", "Mamuju", "Kab", "Sulawesi Barat", ["Mamuju", "Simboro"], ["Binanga", "Rimuku", "Karema"], "DC", "0426"),
    ("8171", "Ambon", "Kota", "Maluku", ["Sirimau", "Nusaniwe", "Baguala"], ["Batu Meja", "Benteng", "Passo"], "DE", "0911"),
    ("8271", "Ternate", "Kota", "Maluku Utara", ["Ternate Selatan", "Ternate Utara"], ["Kalumata", "Dufa-Dufa", "Kayu Merah"], "DG", "0921"),
    ("9171", "Jayapura", "Kota", "Papua", ["Abepura", "Jayapura Utara", "Heram"], ["Kota Baru", "Gurabesi", "Hedam"], "PA", "0967"),
    ("9202", "Manokwari", "Kab", "Papua Barat", ["Manokwari Barat", "Manokwari Timur"], ["Sanggeng", "Padarni", "Pasir Putih"], "PB", "0986"),
]]

PROV_OK = {11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53,
           61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96}

# ----------------------------------------------------------------------------
# names: (full name, sex, call name)
# ----------------------------------------------------------------------------

NAMES = {
    "jawa": [
        ("Sutrisno", "m", "Tris"), ("Bambang Sulistyo", "m", "Bambang"), ("Joko Priyanto", "m", "Joko"),
        ("Agus Setiawan", "m", "Agus"), ("Wahyu Nugroho", "m", "Wahyu"), ("Heru Prasetyo", "m", "Heru"),
        ("Sugeng Riyanto", "m", "Sugeng"), ("Tri Haryanto", "m", "Tri"), ("Eko Saputro", "m", "Eko"),
        ("Dwi Cahyono", "m", "Dwi"), ("Ngadiman", "m", "Ngadiman"), ("Wagiman Hadi Susilo", "m", "Wagiman"),
        ("Harjono", "m", "Harjono"), ("Teguh Wibisono", "m", "Teguh"), ("Priyo Utomo", "m", "Priyo"),
        ("Sumarno", "m", "Marno"), ("Gatot Prakoso", "m", "Gatot"), ("Rahmat Hidayat", "m", "Rahmat"),
        ("Yudi Kristanto", "m", "Yudi"), ("Dimas Aditya Pratama", "m", "Dimas"), ("Bagas Satria Nugraha", "m", "Bagas"),
        ("Fajar Nur Hidayat", "m", "Fajar"), ("Anton Wicaksono", "m", "Anton"),
        ("Sri Rahayu", "f", "Sri"), ("Endang Lestari", "f", "Endang"), ("Tri Wahyuningsih", "f", "Tri"),
        ("Suwarni", "f", "Warni"), ("Sumiyati", "f", "Sum"), ("Dwi Astuti", "f", "Dwi"),
        ("Wulan Sari", "f", "Wulan"), ("Rini Handayani", "f", "Rini"), ("Yuni Kartikasari", "f", "Yuni"),
        ("Ngatini", "f", "Ngatini"), ("Sulastri", "f", "Lastri"), ("Kusmiyati", "f", "Kus"),
        ("Retno Palupi", "f", "Retno"), ("Ayu Pratiwi", "f", "Ayu"), ("Dewi Kusumawati", "f", "Dewi"),
        ("Siti Munawaroh", "f", "Siti"), ("Tutik Setyowati", "f", "Tutik"), ("Aulia Rahmawati", "f", "Aulia"),
        ("Intan Permatasari", "f", "Intan"), ("Putri Ayuningtyas", "f", "Putri"),
    ],
    "sunda": [
        ("Asep Saepudin", "m", "Asep"), ("Ujang Suherman", "m", "Ujang"), ("Dadang Hermawan", "m", "Dadang"),
        ("Cecep Supriatna", "m", "Cecep"), ("Yayat Sudrajat", "m", "Yayat"), ("Entis Sutisna", "m", "Entis"),
        ("Encep Rahmat", "m", "Encep"), ("Deden Kurniawan", "m", "Deden"), ("Aceng Mulyana", "m", "Aceng"),
        ("Ade Sobari", "m", "Ade"), ("Oman Abdurahman", "m", "Oman"), ("Dudi Rustandi", "m", "Dudi"),
        ("Iwan Ridwan", "m", "Iwan"), ("Yoyo Suryana", "m", "Yoyo"),
        ("Iis Rosita", "f", "Iis"), ("Euis Komariah", "f", "Euis"), ("Neneng Hasanah", "f", "Neneng"),
        ("Imas Masitoh", "f", "Imas"), ("Cucu Sumiati", "f", "Cucu"), ("Tati Rohaeti", "f", "Tati"),
        ("Dedeh Kurniasih", "f", "Dedeh"), ("Yuyun Yuningsih", "f", "Yuyun"), ("Enok Nurhayati", "f", "Enok"),
        ("Nining Suningsih", "f", "Nining"), ("Rika Rostika", "f", "Rika"), ("Ai Siti Fatimah", "f", "Ai"),
    ],
    "batak": [
        ("Hotman Situmorang", "m", "Hotman"), ("Parlindungan Simanjuntak", "m", "Parlin"), ("Marojahan Sinaga", "m", "Jahan"),
        ("Togar Hutapea", "m", "Togar"), ("Benny Nainggolan", "m", "Benny"), ("Sahat Pardede", "m", "Sahat"),
        ("Lamhot Panjaitan", "m", "Lamhot"), ("Martua Harahap", "m", "Martua"), ("Ronggur Simatupang", "m", "Ronggur"),
        ("Bonar Tampubolon", "m", "Bonar"), ("Poltak Hasibuan", "m", "Poltak"), ("Jonson Sihaloho", "m", "Jonson"),
        ("Darwin Lumbantobing", "m", "Darwin"),
        ("Tiurma br. Sihombing", "f", "Tiur"), ("Rosmawati boru Lubis", "f", "Rosma"), ("Dorkas br Manurung", "f", "Dorkas"),
        ("Nurmala br. Tambunan", "f", "Nurmala"), ("Juliana br. Sitorus", "f", "Juli"), ("Lasmaria Siahaan", "f", "Lasma"),
        ("Rismauli br. Purba", "f", "Risma"), ("Masniari Nasution", "f", "Masniari"), ("Hotnauli boru Hutagalung", "f", "Nauli"),
    ],
    "minang": [
        ("Syahrial", "m", "Syahrial"), ("Nofrizal", "m", "Nofri"), ("Efrizal Chaniago", "m", "Efrizal"),
        ("Darmawel", "m", "Darmawel"), ("Hendri Yunaldi", "m", "Hendri"), ("Zulhendri", "m", "Zul"),
        ("Irwan Piliang", "m", "Irwan"), ("Afdal Yusra", "m", "Afdal"), ("Yosmeldi", "m", "Yos"),
        ("Rusdi Koto", "m", "Rusdi"), ("Mardanus", "m", "Mardanus"),
        ("Yusnaini", "f", "Yus"), ("Rosmaniar", "f", "Ros"), ("Yulia Fitri", "f", "Yulia"),
        ("Mardiana Jambak", "f", "Diana"), ("Yuliarni", "f", "Yuliarni"), ("Desfitri", "f", "Desi"),
        ("Nurhasni Tanjung", "f", "Hasni"), ("Elvira Sari", "f", "Elvi"), ("Gusnidar", "f", "Gusnidar"),
        ("Rahmi Yeni", "f", "Yeni"),
    ],
    "bugis": [
        ("Andi Baso Tenriangke", "m", "Baso"), ("Muh. Arsyad", "m", "Arsyad"), ("Abd. Rahman Pallawa", "m", "Rahman"),
        ("Syamsuddin Patongai", "m", "Syam"), ("Nurdin Lamba", "m", "Nurdin"), ("Andi Muh. Fadli", "m", "Fadli"),
        ("Haeruddin", "m", "Haeruddin"), ("Ilham Mappasessu", "m", "Ilham"), ("La Ode Muhammad Ridwan", "m", "Ridwan"),
        ("La Ode Hamzah", "m", "Hamzah"), ("Amiruddin Sese", "m", "Amir"), ("Muh. Takdir", "m", "Takdir"),
        ("Andi Tenri Ajeng", "f", "Tenri"), ("St. Hasnah", "f", "Hasnah"), ("Sitti Rahmatia", "f", "Rahma"),
        ("Wa Ode Nurlina", "f", "Nurlina"), ("Hasnawati", "f", "Hasna"), ("St. Aminah Rauf", "f", "Aminah"),
        ("Nurhaedah", "f", "Edah"), ("Andi Nurul Fadillah", "f", "Nurul"), ("Wa Ode Siti Marlina", "f", "Marlina"),
    ],
    "bali": [
        ("I Made Suardana", "m", "Made"), ("I Wayan Sudiarta", "m", "Wayan"), ("I Nyoman Widnyana", "m", "Nyoman"),
        ("I Ketut Arsana", "m", "Ketut"), ("Ida Bagus Putu Wirawan", "m", "Wirawan"), ("Anak Agung Ngurah Oka", "m", "Ngurah"),
        ("I Putu Eka Darmawan", "m", "Eka"), ("Cokorda Gede Raka", "m", "Raka"), ("I Gede Ariawan", "m", "Gede"),
        ("I Komang Adi Saputra", "m", "Komang"), ("I Gusti Ngurah Bagus Mahendra", "m", "Mahendra"),
        ("Ni Luh Putu Sriani", "f", "Sriani"), ("Ni Ketut Sukasih", "f", "Sukasih"), ("I Gusti Ayu Komang Suarniti", "f", "Suarniti"),
        ("Ni Made Ayu Lestari", "f", "Ayu"), ("Ni Wayan Sukerti", "f", "Sukerti"), ("Ni Nyoman Ratini", "f", "Ratini"),
        ("Ida Ayu Made Sri Wahyuni", "f", "Dayu"), ("Anak Agung Istri Mas Dewi", "f", "Dewi"), ("Ni Kadek Ari Pertiwi", "f", "Kadek"),
    ],
    "tionghoa": [
        ("Tan Kim Hwa", "m", "Kim Hwa"), ("Hendra Wijaya", "m", "Hendra"), ("Budiman Gunawan", "m", "Budiman"),
        ("Lukas Tanuwijaya", "m", "Lukas"), ("Kwee Tjiauw Bing", "m", "Bing"), ("Yohanes Santoso Kurniawan", "m", "Yohanes"),
        ("Herman Salim", "m", "Herman"), ("The Ing Hwat", "m", "Ing Hwat"), ("Wilson Tjandra", "m", "Wilson"),
        ("Tjhin Fuk Sen", "m", "Fuk Sen"), ("Andreas Halim", "m", "Andreas"), ("Ferry Gozali", "m", "Ferry"),
        ("Lie Siu Mei", "f", "Siu Mei"), ("Fransiska Halim", "f", "Siska"), ("Oey Giok Nio", "f", "Giok Nio"),
        ("Meliana Susanto", "f", "Meli"), ("Go Tjing Lan", "f", "Tjing Lan"), ("Ong Bie Ling", "f", "Bie Ling"),
        ("Sinta Hartono", "f", "Sinta"), ("Lanny Kusuma", "f", "Lanny"), ("Mei Ling Sutanto", "f", "Mei Ling"),
    ],
    "arab": [
        ("Muhammad Rizki Ramadhan", "m", "Rizki"), ("Ahmad Fauzi bin Abdullah", "m", "Fauzi"), ("Abdul Karim Assegaf", "m", "Karim"),
        ("Husein Alatas", "m", "Husein"), ("Umar Baraja", "m", "Umar"), ("Abdurrahman Bahasuan", "m", "Rahman"),
        ("Salim Bawazier", "m", "Salim"), ("Rahmatullah", "m", "Rahmat"), ("Hasan Basri bin Ismail", "m", "Hasan"),
        ("Faisal Alhabsyi", "m", "Faisal"), ("Zainal Arifin", "m", "Zainal"),
        ("Siti Khadijah binti Umar", "f", "Khadijah"), ("Fatimah Azzahra", "f", "Fatimah"), ("Nur Aisyah", "f", "Aisyah"),
        ("Syarifah Nadia Alkaff", "f", "Nadia"), ("Khairunnisa", "f", "Nisa"), ("Aminah binti Saleh", "f", "Aminah"),
        ("Halimah Assagaf", "f", "Halimah"), ("Rukayah", "f", "Ikah"), ("Zubaidah", "f", "Zubaidah"),
    ],
    "papua": [
        ("Yohanis Wenda", "m", "Yohanis"), ("Markus Kogoya", "m", "Markus"), ("Ones Rumbiak", "m", "Ones"),
        ("Frans Kambu", "m", "Frans"), ("Demianus Tabuni", "m", "Demi"), ("Niko Wonda", "m", "Niko"),
        ("Alfons Kaize", "m", "Alfons"), ("Paulus Waromi", "m", "Paulus"), ("Yance Mandowen", "m", "Yance"),
        ("Hengky Yoweni", "m", "Hengky"), ("Melkias Gobay", "m", "Melkias"),
        ("Elisabeth Yikwa", "f", "Elis"), ("Martha Wanimbo", "f", "Martha"), ("Agustina Rumbewas", "f", "Agustina"),
        ("Yosina Karubaba", "f", "Yosina"), ("Selfina Mansawan", "f", "Selfi"), ("Dorince Mote", "f", "Dorince"),
        ("Naomi Waker", "f", "Naomi"), ("Ribka Pekei", "f", "Ribka"),
    ],
    "melayu": [
        ("Tengku Irwansyah", "m", "Irwan"), ("Wan Abdul Rahim", "m", "Rahim"), ("Syamsul Bahri", "m", "Syamsul"),
        ("Zulkarnain", "m", "Zul"), ("Azhar Effendi", "m", "Azhar"), ("Ridwan Hamid", "m", "Ridwan"),
        ("Teuku Fadhlullah", "m", "Fadhil"), ("Teuku Rizal Mahdi", "m", "Rizal"), ("Tengku Mukhlis", "m", "Mukhlis"),
        ("Muhammad Noor", "m", "Noor"), ("Ahmad Rifani", "m", "Rifani"), ("Mahyuddin", "m", "Mahyuddin"),
        ("Rosnah", "f", "Rosnah"), ("Norhayati", "f", "Yati"), ("Rosidah", "f", "Idah"),
        ("Juliana Syafitri", "f", "Juli"), ("Cut Nurul Aini", "f", "Nurul"), ("Cut Rahmawati", "f", "Rahma"),
        ("Norliani", "f", "Lia"), ("Wan Zuraidah", "f", "Zuraidah"), ("Syarifah Maimunah", "f", "Munah"),
        ("Nurbaiti", "f", "Baiti"),
    ],
    "timur": [
        ("Jefry Lumintang", "m", "Jefry"), ("Ferdinand Pattinasarany", "m", "Ferdi"), ("Yohanes Bria", "m", "Anis"),
        ("Fransiskus Ola Tukan", "m", "Frans"), ("Oktovianus Nenobais", "m", "Okto"), ("Melkianus Ndun", "m", "Melki"),
        ("Ricky Mamahit", "m", "Ricky"), ("Yansen Ngadi", "m", "Yansen"), ("Agustinus Dohu", "m", "Agus"),
        ("Semuel Tuhumury", "m", "Semi"), ("Rudolf Lapian", "m", "Rudi"),
        ("Stevi Rumengan", "f", "Stevi"), ("Maria Goreti Seran", "f", "Goreti"), ("Theresia Ina Lewar", "f", "Ina"),
        ("Natalia Wuisan", "f", "Lia"), ("Christin Latuconsina", "f", "Christin"), ("Yuliana Nahak", "f", "Yuli"),
        ("Frederika Bunga", "f", "Rika"), ("Marlina Lahoi", "f", "Marlin"),
    ],
    "tunggal": [
        ("Paimin", "m", "Paimin"), ("Marwoto", "m", "Marwoto"), ("Kasmadi", "m", "Kasmadi"), ("Jumadi", "m", "Jumadi"),
        ("Sanusi", "m", "Sanusi"), ("Darsono", "m", "Darsono"), ("Mulyadi", "m", "Mulyadi"), ("Karto", "m", "Karto"),
        ("Sarmin", "m", "Sarmin"), ("Tarjo", "m", "Tarjo"),
        ("Suharti", "f", "Suharti"), ("Tukiyem", "f", "Tukiyem"), ("Sarinah", "f", "Sarinah"), ("Tumini", "f", "Tumini"),
        ("Rukmini", "f", "Rukmini"), ("Kamsiah", "f", "Kamsiah"), ("Waginah", "f", "Waginah"), ("Sainah", "f", "Sainah"),
        ("Mursidah", "f", "Mursidah"), ("Jariyah", "f", "Jariyah"),
    ],
}
ALLGROUPS = list(NAMES)
PROV_GROUPS = {
    "11": ["melayu", "arab"], "12": ["batak", "melayu", "tionghoa"], "13": ["minang"], "14": ["melayu", "minang", "batak"],
    "15": ["melayu", "jawa"], "16": ["melayu", "jawa", "tionghoa"], "17": ["melayu", "minang"], "18": ["jawa", "sunda", "melayu"],
    "19": ["melayu", "tionghoa"], "21": ["melayu", "tionghoa", "batak"], "31": ["jawa", "sunda", "tionghoa", "arab", "batak"],
    "32": ["sunda", "sunda", "jawa"], "33": ["jawa", "tunggal"], "34": ["jawa", "tunggal"], "35": ["jawa", "tunggal", "arab"],
    "36": ["sunda", "jawa"], "51": ["bali"], "52": ["arab", "melayu", "bali"], "53": ["timur"], "61": ["melayu", "tionghoa"],
    "62": ["timur", "melayu"], "63": ["melayu", "arab"], "64": ["bugis", "jawa", "melayu"], "65": ["bugis", "timur"],
    "71": ["timur"], "72": ["bugis", "arab"], "73": ["bugis"], "74": ["bugis"], "75": ["arab", "melayu"], "76": ["bugis"],
    "81": ["timur", "arab"], "82": ["timur", "arab"], "91": ["papua"], "92": ["papua", "timur"],
}

HONORIFICS_M = ["Pak", "Bapak", "Bpk.", "Sdr."]
HONORIFICS_F = ["Bu", "Ibu", "Sdri."]
REG_HON = {"jawa": ("Mas", "Mbak"), "sunda": ("Kang", "Teh"), "batak": ("Bang", "Kak"), "minang": ("Uda", "Uni"),
           "bugis": ("Kak", "Kak"), "bali": ("Bli", "Mbok"), "tionghoa": ("Koh", "Cik"), "arab": ("Bang", "Kak"),
           "papua": ("Om", "Mama"), "melayu": ("Bang", "Kak"), "timur": ("Om", "Tante"), "tunggal": ("Mbah", "Mbah")}
PERSON_STOP = {"pak", "bapak", "bpk", "bpk.", "ibu", "bu", "sdr.", "sdri.", "sdr", "saudara", "mas", "mbak", "bang",
               "kak", "haji", "h.", "hj.", "ustaz", "dr.", "ir.", "drs.", "alm.", "almh.", "kang", "teh", "bli", "uda",
               "uni", "koh", "cik", "om", "tante", "mama", "mbah", "mbok"}


class Ctx:
    def __init__(self, region=None):
        self.region = region or pick(REGIONS)
        self.used = []
        self.kel = pick(self.region.kels)
        self.kec = pick(self.region.kecs)

    def person(self, **kw):
        return Person(self, **kw)


class Person:
    def __init__(self, ctx, sex=None, group=None, age=None, region=None, official=False):
        self.region = region or (ctx.region if chance(0.85) else pick(REGIONS))
        if group is None:
            pg = PROV_GROUPS.get(self.region.code[:2], ALLGROUPS)
            group = pick(pg) if chance(0.75) else pick(ALLGROUPS)
        pool = NAMES[group]
        cand = [e for e in pool if (sex is None or e[1] == sex) and e[0] not in ctx.used
                and e[2] not in [u for u in ctx.used]]
        if not cand:
            cand = [e for e in pool if sex is None or e[1] == sex]
        e = pick(cand)
        ctx.used.append(e[0])
        ctx.used.append(e[2])
        self.full, self.sex, self.call, self.group = e[0], e[1], e[2], group
        if age is None:
            age = R.randint(26, 58) if official else R.randint(22, 79)
        y = 2024 - age
        self.age = age
        self.birth = datetime.date(y, R.randint(1, 12), R.randint(1, 28))
        self.kecn = R.randint(1, 14)
        self.serial = R.randint(1, 40) if chance(0.75) else R.randint(41, 3999)
        self.kel = pick(self.region.kels)
        self.kec = pick(self.region.kecs)
        self.c = {}

    def memo(self, k, fn):
        if k not in self.c:
            self.c[k] = fn()
        return self.c[k]

    # ---------- identifiers (digit strings) ----------
    def nik16(self):
        d = self.birth.day + (40 if self.sex == "f" else 0)
        return "%s%02d%02d%02d%02d%04d" % (self.region.code, self.kecn, d, self.birth.month, self.birth.year % 100, self.serial)

    def kk16(self):
        def mk():
            y = R.randint(2008, 2023)
            return "%s%02d%02d%02d%02d%04d" % (self.region.code, self.kecn, R.randint(1, 28), R.randint(1, 12), y % 100, R.randint(1, 9999))
        return self.memo("kk", mk)

    def npwp15(self):
        return self.memo("npwp", lambda: "%s%03d%03d%d%03d000" % (pick(["04", "05", "06", "07", "08", "09"]), R.randint(0, 999), R.randint(0, 999), R.randint(0, 9), R.randint(101, 999)))

    def bpjs13(self):
        return self.memo("bpjs", lambda: "000" + "%d" % R.randint(1, 3) + "".join(str(R.randint(0, 9)) for _ in range(9)))

    def nip18(self):
        def mk():
            ty = min(self.birth.year + R.randint(22, 31), 2023)
            tm = pick([1, 1, 2, 3, 3, 4, 6, 10, 12, 12])
            return "%04d%02d%02d%04d%02d%d%03d" % (self.birth.year, self.birth.month, self.birth.day, ty, tm, 1 if self.sex == "m" else 2, R.randint(1, 12))
        return self.memo("nip", mk)

    def passport(self):
        return self.memo("pas", lambda: pick("ABCCCEX") + "%07d" % R.randint(100000, 9999999))

    def mobile(self, k="hp"):
        def mk():
            pre = pick(MOBILE_PREFIXES)
            n = pick([11, 12, 12, 12, 13])
            return pre + "".join(str(R.randint(0, 9)) for _ in range(n - 4))
        return self.memo(k, mk)

    def landline(self):
        def mk():
            a = self.region.area
            n = (8 if chance(0.5) else 7) if len(a) == 3 else (6 if chance(0.8) else 7)
            return a, str(R.randint(2, 8)) + "".join(str(R.randint(0, 9)) for _ in range(n - 1))
        return self.memo("land", mk)

    def acct(self, bank=None):
        def mk():
            b = bank or pick(["BRI", "BNI", "BCA", "Mandiri", "BSI", "BTN", "CIMB Niaga", "Bank Jateng", "Bank Nagari", "Bank Sulselbar", "Bank BJB"])
            ln = {"BRI": 15, "BNI": 10, "BCA": 10, "BSI": 10, "Mandiri": 13, "BTN": 16, "CIMB Niaga": pick([13, 14])}.get(b, 10)
            d = "".join(str(R.randint(0, 9)) for _ in range(ln))
            if b == "BRI":
                d = d[:4] + "01" + d[6:12] + pick(["50", "51", "53"]) + d[14]
            if b == "Mandiri":
                d = d[:3] + "00" + d[5:]
            if d[0] == "0" and b not in ("BRI", "BTN"):
                d = "1" + d[1:]
            return b, d
        return self.memo("acct" + (bank or ""), mk)

    def plate(self):
        def mk():
            code = self.region.plate if chance(0.8) else pick(["B", "D", "F", "AB", "L", "DK", "BK", "DD", "H", "N", "KT", "BM"])
            num = str(R.randint(1, 9999)) if chance(0.8) else str(R.randint(1, 999))
            suf = "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(pick([1, 2, 2, 2, 3, 3])))
            return code, num, suf
        return self.memo("plate", mk)

    def email(self):
        def mk():
            base = re.sub(r"[^a-z ]", "", self.full.lower().replace("br.", "").replace("boru", "")).split()
            base = [b for b in base if b not in ("i", "ni", "bin", "binti", "la", "wa", "ode", "muh", "abd", "st", "br")] or ["user"]
            call = re.sub(r"[^a-z]", "", self.call.lower()) or base[0]
            yy = self.birth.year % 100
            loc = pick([
                lambda: "%s.%s" % (base[0], base[-1]) if len(base) > 1 else "%s%02d" % (base[0], yy),
                lambda: "%s_%s%d" % (call, base[-1][:4], R.randint(1, 99)),
                lambda: "%s%d" % (base[0], self.birth.year),
                lambda: "%s.%s%02d" % (call, base[0][:3], yy),
                lambda: "%s%s" % (call, pick(["official", "ganteng", "cantik", "mama", "papa", "store", "jaya"])),
                lambda: "%s.%02d%02d" % (base[-1], self.birth.day, self.birth.month),
            ])()
            dom = pick(["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.co.id", "ymail.com", "outlook.com", "hotmail.com", "icloud.com"])
            return loc + "@" + dom
        return self.memo("email", mk)

    def handle(self):
        def mk():
            base = re.sub(r"[^a-z]", "", self.call.lower()) or "warga"
            last = re.sub(r"[^a-z]", "", self.full.split()[-1].lower())
            h = pick([
                lambda: "%s_%s" % (base, last[:5]),
                lambda: "%s%d" % (base, R.randint(2, 999)),
                lambda: "%s.%s" % (base, last),
                lambda: "%s_%s" % (pick(["mas", "bang", "kak", "bunda", "ayah", "om", "si", "real"]), base),
                lambda: "%s%s%02d" % (base, last[:3], self.birth.year % 100),
                lambda: "%s_%s_" % (base, pick(["official", "jr", "id", "zz"])),
            ])()
            return "@" + h
        return self.memo("handle", mk)

    def addr(self):
        return self.memo("addr", lambda: make_addr(self))


MOBILE_PREFIXES = ["0811", "0812", "0812", "0813", "0821", "0822", "0822", "0823", "0851", "0852", "0852", "0853",
                   "0814", "0815", "0816", "0855", "0856", "0857", "0857", "0858", "0817", "0818", "0819", "0859",
                   "0877", "0878", "0878", "0831", "0832", "0833", "0838", "0895", "0896", "0897", "0898", "0899",
                   "0881", "0882", "0883", "0885", "0887", "0888", "0889"]


# ----------------------------------------------------------------------------
# addresses
# ----------------------------------------------------------------------------

STREETS = ["Kenanga", "Melati", "Cempaka Putih", "Anggrek", "Flamboyan", "Bougenville", "Dahlia", "Nangka",
           "Rambutan", "Sawo Kecik", "Durian", "Beringin", "Merpati", "Cendrawasih", "Kakatua", "Rajawali",
           "Pemuda", "Veteran", "Pahlawan", "Kaliurang", "Parangtritis", "Imogiri Timur", "Sisingamangaraja",
           "Perintis Kemerdekaan", "Urip Sumoharjo", "Gatot Subroto", "Hayam Wuruk", "Sultan Alauddin",
           "Andi Pangeran Pettarani", "Tukad Badung", "Gunung Batur", "Ki Hajar Dewantara", "Kebon Jeruk",
           "Haji Nawi", "Siliwangi", "Pajajaran", "Bung Tomo", "Kapten Tendean", "Kolonel Sugiono",
           "KH. Ahmad Dahlan", "Lingkar Selatan", "Pramuka", "Kelapa Gading", "Salak", "Manggis", "Cendana",
           "Kamboja", "Kemuning", "Srikaya", "Jambu Air", "Raya Cileunyi", "Sei Batang Hari", "Panglima Polim",
           "Poros Malino", "Abepura Raya", "Wolter Monginsidi", "Tanjung Pura", "Adi Sucipto", "Soekarno-Hatta",
           "Letda Sujono", "Karya Wisata", "Bakti", "Teratai", "Palapa", "Tgk. Chik Ditiro", "Kesehatan"]
GANGS = ["Masjid", "Damai", "Sawo", "Haji Naim", "Buntu", "Mawar", "Melati II", "Kenari", "Musholla", "Sepakat",
         "Rukun", "Langgar", "Bambu", "Swadaya", "Mangga", "Kamboja III", "Pelita", "Nusa Indah", "Sumur Bor",
         "Abadi", "III", "IV", "VII", "12", "Kelapa", "Sukun", "Keluarga", "Aman"]
PERUMS = ["Griya Permata Hijau", "Bumi Citra Lestari", "Puri Indah Asri", "Taman Sari Residence", "Graha Mandiri",
          "Villa Mutiara", "Pesona Ciganitri", "Bukit Cemara", "Citra Harmoni", "Griya Prima Lestari",
          "Permata Biru", "Bumi Tamalanrea Permai", "Mutiara Garuda", "Regensi Melati", "Taman Alamanda",
          "Pondok Hijau Permai", "Sukodono Indah", "Griya Tegal Besar", "Bumi Sempaja", "Pondok Jati"]
KOMPS = ["PU", "Pertamina", "Polri", "TNI AU", "Bumi Asri", "Pemda", "Griya Saliwangi", "Taman Kopo Indah",
         "Margahayu Raya", "Perhubungan", "Dosen", "Inkopad"]
BTNS = ["Hamzy", "Minasa Upa", "Antara", "Pao-Pao Permai", "Griya Pesona", "Kendari Permai", "Asal Mula", "Bumi Mas"]
DUSUNS = ["Krajan", "Ngemplak", "Sidorejo", "Kauman", "Karangtengah", "Sumberan", "Gendeng", "Jetis", "Plosokuning",
          "Tegalsari", "Cikadu", "Babakan", "Kebon Kopi", "Sukamanah", "Tanjung", "Lembah Hijau", "Lauk", "Daya",
          "Bontoa", "Kajang", "Wonosari II", "Pucung"]
KPS = ["Cibeureum", "Cikaret", "Pulo", "Rawa Bebek", "Cilebut", "Babakan Sari", "Kebon Pala", "Bojong", "Ciherang",
       "Sawah", "Baru", "Cipete", "Tegal Gede", "Leuwi Gajah"]
JORONGS = ["Koto Tuo", "Balai Gurah", "Padang Lua", "Kapalo Koto", "Sungai Janiah", "Parak Laweh", "Koto Baru", "Limo Suku"]
LORONGS = ["Sei Tawar", "Pandawa", "Kemuning", "Langgar", "Sukarela", "Lebak", "Mesjid", "Buntu", "Kenari", "Famili"]


def make_addr(p):
    pc = p.region.code[:2]
    kinds = ["jl", "jl", "jlgg", "gg", "perum", "komp"]
    if pc in ("33", "34", "35", "18"):
        kinds += ["dusun", "dusun", "gg"]
    if pc in ("32", "36", "31"):
        kinds += ["kp", "kp", "gg"]
    if pc in ("73", "74", "76", "72", "71", "64", "75"):
        kinds += ["btn", "btn", "lr"]
    if pc in ("16", "12", "63"):
        kinds += ["lr", "lr"]
    if pc == "13":
        kinds += ["jorong", "jorong"]
    if pc in ("51", "52"):
        kinds += ["jlgg", "jlgg", "dusun"]
    k = pick(kinds)
    a = {"kind": k, "no": str(R.randint(1, 120)) if chance(0.85) else "%d%s" % (R.randint(1, 60), pick("ABC")),
         "rt": R.randint(1, 15), "rw": R.randint(1, 12), "street": pick(STREETS), "gang": pick(GANGS),
         "blok": pick("ABCDEFGHJK") + (str(R.randint(1, 12)) if chance(0.6) else ""),
         "rtrw": chance(0.6) if k in ("jl", "jlgg", "gg", "lr") else (k in ("dusun", "kp")),
         "perum": pick(PERUMS), "komp": pick(KOMPS), "btn": pick(BTNS), "dusun": pick(DUSUNS), "kp": pick(KPS),
         "jorong": pick(JORONGS), "lr": pick(LORONGS)}
    return a


def rtrw(rt, rw, tone):
    if tone in ("formal", "std", "table"):
        f = pick(["RT %03d/RW %03d", "RT %02d/RW %02d", "RT %03d RW %03d", "RT. %02d RW. %02d", "RT %02d RW %02d"])
        if chance(0.12):
            return "RT/RW %03d/%03d" % (rt, rw)
        return f % (rt, rw)
    if tone == "upper":
        return pick(["RT %03d RW %03d", "RT %03d/RW %03d", "RT/RW %03d/%03d"]) % (rt, rw)
    if tone == "old":
        return pick(["rt%d/rw%d", "rt %02d rw %02d", "Rt.%02d/Rw.%02d", "rt/rw %d/%d", "RT.%03d/RW.%03d", "rt %d/%d",
                     "Rt %d Rw %d", "RT%02d RW%02d"]) % (rt, rw)
    if tone == "voice":
        return pick(["rt %d rw %d", "erte %d erwe %d", "rt %02d rw %02d", "rt %d erwe %d"]) % (rt, rw)
    return "RT %02d/RW %02d" % (rt, rw)


def addr_str(p, tone="std"):
    a = p.addr()
    k = a["kind"]
    up = tone == "upper"
    if tone in ("std", "formal", "table", "upper"):
        jl = pick(["Jl.", "Jl.", "Jalan", "Jln."])
        gg = pick(["Gg.", "Gg.", "Gang"])
        no = pick(["No. ", "No. ", "No.", "Nomor "]) + a["no"]
        sep = pick([" ", " ", ", "])
    elif tone == "old":
        jl = pick(["jln.", "jl.", "jl ", "Jln ", "jln "])
        gg = pick(["gg.", "gg ", "Gg."])
        no = pick(["no.", "no ", "No.", "no.", "nmr "]) + a["no"].lower()
        sep = pick([" ", " ", ","])
    else:  # voice
        jl, gg, no, sep = "jalan ", "gang ", "nomor " + a["no"].lower(), " "
    jl = jl if jl.endswith(" ") or (tone == "old" and chance(0.5)) else jl + " "
    gg = gg if gg.endswith(" ") or (tone == "old" and chance(0.5)) else gg + " "
    st, gng = a["street"], a["gang"]
    if tone in ("old", "voice"):
        st, gng = st.lower(), gng.lower()
    rr = (sep + rtrw(a["rt"], a["rw"], "formal" if up else tone)) if a["rtrw"] else ""
    blok = a["blok"] if tone not in ("old", "voice") else a["blok"].lower()
    if tone == "voice":
        blok = " ".join(re.findall(r"[a-z]+|\d+", blok))
    if k == "jl":
        s = "%s%s %s%s" % (jl, st, no, rr)
    elif k == "jlgg":
        s = "%s%s %s%s %s%s" % (jl, st, gg, gng, no, rr)
    elif k == "gg":
        s = "%s%s %s%s" % (gg, gng, no, rr)
    elif k == "lr":
        lr = {"voice": "lorong ", "old": pick(["lr.", "lrg ", "lorong "])}.get(tone, pick(["Lr. ", "Lorong ", "Lrg. "]))
        s = "%s%s %s%s" % (lr, a["lr"] if tone not in ("old", "voice") else a["lr"].lower(), no, rr)
    elif k == "perum":
        pn = a["perum"] if tone not in ("old", "voice") else a["perum"].lower()
        if tone == "voice":
            s = "perumahan %s blok %s nomor %s" % (pn, blok, a["no"].lower())
        elif tone == "old":
            s = pick(["perum %s blok %s/%s", "Perum %s blok %s no.%s", "perumahan %s blk %s no %s"]) % (pn, blok, a["no"].lower())
        else:
            s = pick(["Perum %s Blok %s No. %s", "Perumahan %s Blok %s No. %s", "Perum %s Blok %s/%s"]) % (pn, blok, a["no"])
    elif k == "komp":
        if tone == "voice":
            s = "komplek %s blok %s nomor %s" % (a["komp"].lower(), blok, a["no"].lower())
        elif tone == "old":
            s = pick(["komp.%s blok %s no %s", "komplek %s blok %s no.%s", "kompleks %s %s/%s"]) % (a["komp"].lower(), blok, a["no"].lower())
        else:
            s = pick(["Komp. %s Blok %s No. %s", "Komplek %s Blok %s No. %s", "Kompleks %s Blok %s/%s"]) % (a["komp"], blok, a["no"])
    elif k == "btn":
        if tone == "voice":
            s = "btn %s blok %s nomor %s" % (a["btn"].lower(), blok, a["no"].lower())
        elif tone == "old":
            s = pick(["btn %s blok %s/%s", "BTN %s blk %s no %s", "btn.%s blok %s no.%s"]) % (a["btn"].lower(), blok, a["no"].lower())
        else:
            s = pick(["BTN %s Blok %s No. %s", "BTN %s Blok %s/%s"]) % (a["btn"], blok, a["no"])
    elif k == "dusun":
        d = a["dusun"]
        if tone == "voice":
            s = "dusun %s %s" % (d.lower(), rtrw(a["rt"], a["rw"], "voice"))
        elif tone == "old":
            s = "%s%s %s" % (pick(["dsn.", "dsn ", "dusun ", "Dsn."]), d.lower() if chance(0.6) else d, rtrw(a["rt"], a["rw"], "old"))
        else:
            s = "%s%s %s" % (pick(["Dusun ", "Dsn. ", "Dusun "]), d, rtrw(a["rt"], a["rw"], "formal"))
    elif k == "kp":
        d = a["kp"]
        if tone == "voice":
            s = "kampung %s %s" % (d.lower(), rtrw(a["rt"], a["rw"], "voice"))
        elif tone == "old":
            s = "%s%s %s" % (pick(["kp.", "kp ", "kampung ", "Kp."]), d.lower() if chance(0.6) else d, rtrw(a["rt"], a["rw"], "old"))
        else:
            s = "%s%s %s" % (pick(["Kp. ", "Kampung ", "Kp. "]), d, rtrw(a["rt"], a["rw"], "formal"))
    else:  # jorong
        s = ("jorong " + a["jorong"].lower()) if tone in ("old", "voice") else "Jorong " + a["jorong"]
    s = re.sub(r" {2,}", " ", s).strip()
    if up:
        s = s.upper()
    return s


def ADDR(p, tone="std"):
    return (addr_str(p, tone), "ADDRESS")


def tail(p, tone="std"):
    r = p.region
    kel, kec = p.kel, p.kec
    if tone in ("voice",):
        return " %s %s kecamatan %s" % (pick(["kelurahan", "desa", "kelurahan"]), kel.lower(), kec.lower())
    if tone == "old":
        return pick([" kel.%s kec.%s", " Kel %s Kec %s", " ds.%s kec.%s", ", kel %s ,kec %s"]) % (kel.lower() if chance(0.5) else kel, kec.lower() if chance(0.5) else kec)
    if tone == "upper":
        return ", %s %s, KEC. %s, %s" % ("KEL." if r.kind == "Kota" else "DESA", kel.upper(), kec.upper(), r.display.upper())
    d = "Kel." if r.kind == "Kota" else pick(["Desa", "Ds."])
    if r.code[:2] == "13" and r.kind == "Kab":
        d = "Nagari"
    f = pick(["formal", "formal", "short", "postal"])
    if f == "formal":
        return ", %s %s, Kec. %s, %s" % (d, kel, kec, r.display)
    if f == "short":
        return ", %s %s, %s" % (d, kel, r.short)
    return ", %s %s, Kec. %s, %s %d" % (d, kel, kec, r.name, R.randint(10, 99) * 1000 + R.randint(100, 999))


def bare_rtrw(tone="std"):
    rt, rw = R.randint(1, 15), R.randint(1, 12)
    return (rtrw(rt, rw, tone if tone in ("old", "voice") else "formal"), "ADDRESS")


# ----------------------------------------------------------------------------
# value formatters
# ----------------------------------------------------------------------------

DW = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def words(ds, zero=None):
    z = zero or pick(["nol", "kosong"])
    return " ".join(z if c == "0" else DW[int(c)] for c in ds)


def grp(d, sizes, sep):
    out, i = [], 0
    for s in sizes:
        if i >= len(d):
            break
        out.append(d[i:i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return sep.join(out)


def fmt16(d, f):
    if f == "plain":
        return d
    if f == "sp4":
        return grp(d, [4, 4, 4, 4], " ")
    if f == "dash4":
        return grp(d, [4, 4, 4, 4], "-")
    if f == "dot":
        return "%s.%s.%s.%s.%s" % (d[:2], d[2:4], d[4:6], d[6:12], d[12:])
    if f == "sp6":
        return "%s %s %s" % (d[:6], d[6:12], d[12:])
    if f == "pairs":
        return " ".join(d[i:i + 2] for i in range(0, len(d), 2))
    if f == "half":
        return "%s %s" % (d[:8], d[8:])
    raise ValueError(f)


def mistype(d):
    i = R.randint(6, len(d) - 1)
    if chance(0.5):
        return d[:i] + d[i + 1:]
    return d[:i] + d[i] + d[i:]


NIK_FMTS = {"std": ["plain"] * 5 + ["sp4", "sp4", "dash4", "dot", "dot"],
            "formal": ["plain"] * 6 + ["dot", "sp4"],
            "table": ["plain"] * 6 + ["dot", "dash4", "sp4"],
            "old": ["plain"] * 4 + ["dot", "sp4", "dash4", "half"],
            "voice": ["plain", "sp4", "sp4", "half", "pairs"],
            "call": ["sp4", "sp6", "pairs", "half"]}


def read_digits(d, mode):
    """how a call-centre transcript renders a number read aloud"""
    if mode == "words":
        return ", ".join(words(d[i:i + 4]) for i in range(0, len(d), 4))
    if mode == "mixed":
        return words(d[:4]) + ", " + grp(d[4:], [4, 4, 4, 4], " ")
    if mode == "groups":
        return grp(d, [4, 4, 4, 4, 4], ", ")
    if mode == "pairs":
        return " ".join(d[i:i + 2] for i in range(0, len(d), 2))
    return d


def NIK(p, tone="std", f=None, mis=None):
    d = p.nik16()
    if mis is None:
        mis = chance(0.05)
    if mis:
        d = mistype(d)
        f = pick(["plain", "plain", "sp4"]) if tone != "call" else "groups"
        v = d if f == "plain" else (grp(d, [4, 4, 4, 4, 4], " ") if f == "sp4" else grp(d, [4, 4, 4, 4, 4], ", "))
        return (v, "NIK")
    if tone == "call" and f is None:
        m = pick(["groups", "groups", "mixed", "pairs", "sp4", "sp6", "words"])
        if m in ("sp4", "sp6"):
            return (fmt16(d, m), "NIK")
        return (read_digits(d, m), "NIK")
    f = f or pick(NIK_FMTS.get(tone, NIK_FMTS["std"]))
    return (fmt16(d, f), "NIK")


def KK(p, tone="std", f=None):
    d = p.kk16()
    if tone == "call" and f is None:
        return (read_digits(d, pick(["groups", "mixed", "sp4"])) if chance(0.6) else fmt16(d, "sp4"), "KK")
    f = f or pick(NIK_FMTS.get(tone, NIK_FMTS["std"]))
    return (fmt16(d, f), "KK")


def NPWP(p, tone="std", f=None):
    o = p.npwp15()
    f = f or pick(["dot", "dot", "dot", "plain", "zero", "nik"] if tone != "voice" else ["plain", "nik", "sp"])
    if f == "dot":
        v = "%s.%s.%s.%s-%s.%s" % (o[:2], o[2:5], o[5:8], o[8], o[9:12], o[12:])
    elif f == "plain":
        v = o
    elif f == "zero":
        v = "0" + o
    elif f == "sp":
        v = "%s %s %s %s %s" % (o[:2], o[2:5], o[5:8], o[8:12], o[12:])
    else:
        v = p.nik16()
    return (v, "NPWP")


def mob_sizes(n):
    return {11: [4, 3, 4], 12: [4, 4, 4], 13: [4, 4, 5]}[n]


def fmt_mobile(d, f):
    n = len(d)
    c = d[1:]
    if f == "plain":
        return d
    if f in ("dash", "space", "dot"):
        return grp(d, mob_sizes(n), {"dash": "-", "space": " ", "dot": "."}[f])
    if f == "+62sp":
        return "+62 " + grp(c, [3, 4], "-")
    if f == "+62":
        return "+62" + c
    if f == "62":
        return "62" + c
    if f == "(+62)":
        return "(+62) " + grp(c, [3, 4], " ")
    if f == "4332":
        return grp(d, [4, 3, 3], " ")
    raise ValueError(f)


PHONE_FMTS = {"std": ["plain", "plain", "plain", "dash", "space", "dot", "+62sp", "+62", "62", "(+62)", "4332"],
              "formal": ["plain", "plain", "dash", "space", "+62sp"],
              "table": ["plain", "plain", "dash", "+62", "62"],
              "old": ["plain", "plain", "plain", "dot", "space", "dash", "4332", "62"],
              "voice": ["plain", "space", "space", "4332"],
              "sms": ["plain", "plain", "62", "+62"]}


def PHONE(p, tone="std", f=None, k="hp"):
    d = p.mobile(k)
    if tone == "call" and f is None:
        m = pick(["words", "mixed", "groups", "groups", "space", "pairs"])
        if m == "space":
            return (fmt_mobile(d, "space"), "PHONE")
        if m == "words":
            return (", ".join(words(x) for x in grp(d, mob_sizes(len(d)), "|").split("|")), "PHONE")
        if m == "mixed":
            s = mob_sizes(len(d))
            return (words(d[:4]) + ", " + grp(d[4:], s[1:], " "), "PHONE")
        return (read_digits(d, m) if m != "groups" else grp(d, mob_sizes(len(d)), ", "), "PHONE")
    f = f or pick(PHONE_FMTS.get(tone, PHONE_FMTS["std"]))
    return (fmt_mobile(d, f), "PHONE")


def LAND(p, f=None):
    a, s = p.landline()
    f = f or pick(["paren", "paren", "dash", "parendash", "space"])
    if f == "paren":
        v = "(%s) %s" % (a, s)
    elif f == "parendash":
        h = 3 if len(s) <= 7 else 4
        v = "(%s) %s-%s" % (a, s[:h], s[h:])
    elif f == "dash":
        v = "%s-%s" % (a, s)
    else:
        v = "%s %s" % (a, s)
    return (v, "PHONE")


def wrong_prefix(p, k="hp"):
    """an aborted start of a phone number (a repair), never labelled"""
    d = p.mobile(k)
    alt = pick([x for x in MOBILE_PREFIXES if x != d[:4]])
    return words(alt)


MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def fmt_date(dt, f):
    if f == "long":
        return "%d %s %d" % (dt.day, MONTHS[dt.month - 1], dt.year)
    if f == "long0":
        return "%02d %s %d" % (dt.day, MONTHS[dt.month - 1], dt.year)
    if f == "lower":
        return "%d %s %d" % (dt.day, MONTHS[dt.month - 1].lower(), dt.year)
    if f == "upper":
        return "%02d %s %d" % (dt.day, MONTHS[dt.month - 1].upper(), dt.year)
    if f == "mon3":
        return "%d %s %d" % (dt.day, MON3[dt.month - 1], dt.year)
    if f == "dash":
        return "%02d-%02d-%d" % (dt.day, dt.month, dt.year)
    if f == "slash":
        return "%02d/%02d/%d" % (dt.day, dt.month, dt.year)
    if f == "dot":
        return "%02d.%02d.%d" % (dt.day, dt.month, dt.year)
    if f == "iso":
        return "%d-%02d-%02d" % (dt.year, dt.month, dt.day)
    if f == "nopad":
        return "%d-%d-%d" % (dt.day, dt.month, dt.year)
    if f == "spoken":
        return "%d bulan %d tahun %d" % (dt.day, dt.month, dt.year)
    raise ValueError(f)


def DOB(p, tone="std", f=None):
    f = f or pick({"std": ["long", "long", "dash", "slash", "mon3", "dot", "iso", "long0"],
                   "formal": ["long", "long", "dash", "long0"],
                   "table": ["dash", "dash", "slash", "iso", "dot"],
                   "old": ["dash", "slash", "lower", "nopad", "dot"],
                   "voice": ["lower", "lower", "lower", "spoken"],
                   "call": ["long", "lower", "dash"],
                   "upper": ["upper", "dash"]}.get(tone, ["long"]))
    return (fmt_date(p.birth, f), "DATE_OF_BIRTH")


def NIP(p, f=None):
    d = p.nip18()
    f = f or pick(["sp", "sp", "sp", "plain", "plain", "dot"])
    if f == "sp":
        v = "%s %s %s %s" % (d[:8], d[8:14], d[14], d[15:])
    elif f == "dot":
        v = "%s.%s.%s.%s" % (d[:8], d[8:14], d[14], d[15:])
    else:
        v = d
    return (v, "NIP")


def BPJS(p, f=None):
    d = p.bpjs13()
    f = f or pick(["plain", "plain", "plain", "grp", "grp", "dash"])
    v = {"plain": d, "grp": grp(d, [4, 4, 4], " "), "dash": grp(d, [4, 4, 4], "-")}[f]
    return (v, "BPJS")


def PASSPORT(p, f=None):
    d = p.passport()
    f = f or pick(["plain", "plain", "plain", "sp"])
    return (d if f == "plain" else d[0] + " " + d[1:], "PASSPORT")


def PLATE(p, tone="std", f=None):
    c, n, s = p.plate()
    f = f or pick(["sp", "sp", "sp", "sp", "glue", "dash"] + (["lower", "lower"] if tone in ("old", "voice", "sms") else []))
    if tone == "voice":
        f = "lower"
    if f == "sp":
        v = "%s %s %s" % (c, n, s)
    elif f == "glue":
        v = c + n + s
    elif f == "dash":
        v = "%s-%s-%s" % (c, n, s)
    else:
        v = ("%s %s %s" % (c, n, s)).lower()
    return (v, "PLATE")


def ACCT(p, bank=None, f=None):
    b, d = p.acct(bank)
    f = f or pick(["plain", "plain", "fmt"])
    v = d
    if f == "fmt":
        if b == "BRI":
            v = "%s-%s-%s-%s-%s" % (d[:4], d[4:6], d[6:12], d[12:14], d[14])
        elif b == "Mandiri":
            v = "%s-%s-%s-%s" % (d[:3], d[3:5], d[5:12], d[12])
        elif b == "BCA":
            v = "%s %s %s" % (d[:3], d[3:6], d[6:])
        elif b == "BTN":
            v = grp(d, [4, 4, 4, 4], " ")
        elif len(d) == 10:
            v = "%s-%s-%s" % (d[:3], d[3:6], d[6:])
    return b, (v, "BANK_ACCOUNT")


def EMAIL(p, tone="std"):
    e = p.email()
    if tone == "voice" and chance(0.6):
        loc, dom = e.split("@")
        loc = loc.replace(".", " titik ").replace("_", " garis bawah ")
        dom = dom.replace(".", pick([" titik ", " dot "]))
        return (loc + pick([" at ", " et "]) + dom, "EMAIL")
    return (e if tone != "upper" else e.upper(), "EMAIL")


def HANDLE(p):
    return (p.handle(), "HANDLE")


def NAME(p, form=None):
    toks = p.full.split()
    if form is None:
        form = pick(["full"] * 11 + ["call"] * 4 + ["upper", "lower"])
    if form == "full":
        v = p.full
    elif form == "call":
        v = p.call
    elif form == "upper":
        v = p.full.upper()
    elif form == "lower":
        v = p.full.lower()
    elif form == "calllower":
        v = p.call.lower()
    elif form == "first2":
        v = " ".join(toks[:2]) if len(toks) >= 3 and toks[1] not in ("br.", "br", "boru", "bin", "binti") else p.full
    elif form == "last":
        v = toks[-1] if len(toks) > 1 and toks[-1] not in ("Mas",) else p.call
    else:
        raise ValueError(form)
    return (v, "PERSON")


def spelled(word, f=None):
    w = re.sub(r"[^A-Za-z]", "", word).upper()
    f = f or pick(["dash", "space"])
    return ("-".join(w) if f == "dash" else " ".join(w), "PERSON")


def hon(p, formal=False):
    if formal:
        return "Bapak " if p.sex == "m" else "Ibu "
    m, f = REG_HON[p.group]
    if p.sex == "m":
        return pick(["Pak ", "Bapak ", "Pak ", m + " "])
    return pick(["Bu ", "Ibu ", "Bu ", f + " "])


def anak(p):
    return "Sdr. " if p.sex == "m" else "Sdri. "


# ----------------------------------------------------------------------------
# near-misses (never PII)
# ----------------------------------------------------------------------------

def rp():
    f = pick(["a", "b", "c", "d", "e"])
    if f == "a":
        return "Rp %s.000" % "{:,}".format(R.choice([50, 75, 100, 150, 200, 250, 350, 500, 750, 1250, 1500, 2750, 4200])).replace(",", ".")
    if f == "b":
        return "Rp%s juta" % pick(["1,5", "2", "3,2", "12", "25", "4,75", "600"])
    if f == "c":
        return "Rp. %d ribu" % pick([20, 25, 50, 100, 150, 300])
    if f == "d":
        return "Rp %s,-" % "{:,}".format(R.choice([15000, 35000, 125000, 650000, 2350000, 8500000])).replace(",", ".")
    return "Rp %s" % "{:,}".format(R.choice([1500000, 3000000, 600000, 950000, 12500000, 47500000])).replace(",", ".")


REGS = ["UU No. 25 Tahun 2009 tentang Pelayanan Publik", "Perpres 76/2013", "UU 27/2022 tentang Pelindungan Data Pribadi",
        "Permendagri No. 108 Tahun 2019", "PP No. 96 Tahun 2012", "Permensos No. 3 Tahun 2021", "UU No. 24 Tahun 2013",
        "Perpres No. 82 Tahun 2018", "Permenpan-RB No. 62 Tahun 2018", "PMK 112/PMK.03/2022", "Perda No. 4 Tahun 2020",
        "UU No. 11 Tahun 2009 tentang Kesejahteraan Sosial", "Permendikbud No. 75 Tahun 2016", "PP 94/2021 tentang Disiplin PNS",
        "Perpres 95/2018 tentang SPBE", "UU No. 14 Tahun 2008 tentang KIP"]
HOTLINES = ["112", "1708", "110", "119", "113", "165", "123", "129", "1500200", "14040"]
INST_PLACES = ["RSUD dr. Soetomo", "RSUP Dr. Sardjito", "RSUD dr. Zainoel Abidin", "RSUP Prof. Dr. R. D. Kandou",
               "RSUD Dr. Moewardi", "RSUD Ulin", "RSUP Dr. Wahidin Sudirohusodo", "RSUD Prof. Dr. W. Z. Johannes",
               "RSUD Dr. H. Abdul Moeloek", "Bandara Sultan Hasanuddin", "Bandara I Gusti Ngurah Rai",
               "Bandara Sultan Syarif Kasim II", "Bandara Sam Ratulangi", "Jl. Jenderal Sudirman", "Jl. Teuku Umar",
               "Jl. Ahmad Yani", "Jl. Diponegoro", "Jl. Sultan Alauddin", "Jl. Sam Ratulangi", "Jl. Pattimura",
               "Jl. Cut Nyak Dhien", "Jl. Gajah Mada", "Universitas Hasanuddin", "Terminal Tirtonadi",
               "Masjid Raya Baiturrahman", "RSUD Dr. Soedarso", "RSUD Abdul Wahab Sjahranie", "RSUD Dok II Jayapura",
               "Pasar Beringharjo", "RSUD Sultan Syarif Mohamad Alkadrie", "Jl. Raya Bogor", "Jl. Ki Hajar Dewantara",
               "Jl. Imam Bonjol", "Stadion Mandala Krida", "Jl. I Gusti Ngurah Rai"]
ROADS = ["Jl. Raya Bogor", "Jl. Jenderal Sudirman", "Jl. Diponegoro", "Jl. Ahmad Yani", "Jl. Raya Cileunyi",
         "Jl. Lintas Sumatera", "Jl. Trans Sulawesi", "Jl. Poros Malino", "Jl. Imam Bonjol", "Jl. Soekarno-Hatta",
         "Jl. Gatot Subroto", "Jl. Raya Serang", "Jl. Adi Sucipto", "Jl. Pattimura", "Jl. Sam Ratulangi",
         "Jl. Ringroad Utara", "Jl. Lingkar Selatan", "Jl. Pantura", "Jl. Teuku Umar", "Jl. Hasanuddin"]


def ticket():
    f = pick(["hash", "hash", "lap", "long", "long", "lapor"])
    if f == "hash":
        return ["#", "%07d" % R.randint(1000000, 9999999)]
    if f == "lap":
        return ["nomor laporan ", "%08d" % R.randint(10000000, 99999999)]
    if f == "lapor":
        return ["LAP-", ("%d%02d%04d" % (R.choice([2023, 2024]), R.randint(1, 12), R.randint(1, 9999)), OK)]
    y = R.choice([2023, 2024])
    v = "%d%02d%02d%08d" % (y, R.randint(1, 12), R.randint(1, 28), R.randint(0, 99999999))
    return [(v, OK)]


def tnum():
    """ticket number value only (no cue)"""
    if chance(0.5):
        y = R.choice([2023, 2024])
        return [("%d%02d%02d%08d" % (y, R.randint(1, 12), R.randint(1, 28), R.randint(0, 99999999)), OK)]
    return ["%07d" % R.randint(1000000, 9999999)]


def spbu():
    return "%s.%d.%02d" % (pick(["34", "44", "54", "64", "74", "14", "24", "31"]), R.randint(101, 999), R.randint(1, 99))


def npsn():
    return "%d%07d" % (pick([1, 2, 2, 3, 5, 6]), R.randint(0, 9999999))


def evdate(f=None, year=None):
    y = year or pick([2023, 2024, 2024])
    dt = datetime.date(y, R.randint(1, 12), R.randint(1, 28))
    return fmt_date(dt, f or pick(["long", "long", "slash", "dash", "mon3"]))


def inst_email(ctx):
    s = ctx.region.slug
    return (pick(["pengaduan@lapor.go.id", "dinsos@%skota.go.id" % s, "disdukcapil@%skab.go.id" % s, "ppid@%s.go.id" % s,
                  "humas@%s.go.id" % s, "pengaduan.rsud@%s.go.id" % s, "inspektorat@%s.go.id" % s]), OK)


def inst_handle(ctx):
    s = ctx.region.slug[:10]
    return (pick(["@lapor1708", "@lapor1708", "@pln_123", "@pemkot%s" % s, "@humas_%s" % s, "@dishub_%s" % s,
                  "@polres_%s" % s, "@dinsos.%s" % s, "@bpjskesehatan_ri", "@disdukcapil_%s" % s, "@ombudsmanri137"]), OK)


def hashtag():
    return pick(["#LaporPakWali", "#JalanRusak", "#BansosTidakTepatSasaran", "#SP4NLAPOR", "#PelayananPublik",
                 "#PungliNoWay", "#TolongViralkan", "#WargaBersuara", "#SaberPungli", "#KTPelBelumJadi", "#AirMatiLagi",
                 "#LaporPakBupati", "#DataBocor", "#SaveWarga"])


EMO = ["😡", "🙏", "😭", "🔥", "👇", "📢", "⚠️", "🚨", "🤦‍♂️", "😤", "🙏🏻", "💔", "👆", "😢", "🤬", "✅", "📌", "‼️"]


def emo(n=1):
    return "".join(pick(EMO) for _ in range(n))


# ----------------------------------------------------------------------------
# topics: an issue phrase and fact sentences (lists of pieces) with the PII they carry
# ----------------------------------------------------------------------------

TOPICS = {
    "pkh": ("bantuan PKH keluarga saya tidak cair lagi sejak tahap kedua", "Dinas Sosial"),
    "bpjs": ("kartu BPJS Kesehatan orang tua saya tiba-tiba nonaktif padahal peserta PBI", "BPJS Kesehatan"),
    "ktp": ("e-KTP saya belum dicetak padahal sudah rekam sejak awal tahun", "Disdukcapil"),
    "paspor": ("paspor saya belum terbit padahal sudah bayar dan wawancara", "Kantor Imigrasi"),
    "pensiun": ("dana pensiun almarhum ayah saya belum dibayarkan ke ibu saya", "Taspen"),
    "pajak": ("NPWP saya tercatat ganda sehingga muncul tagihan pajak yang bukan milik saya", "KPP Pratama"),
    "parkir": ("mobil tetangga parkir menutup jalan gang setiap malam", "Dinas Perhubungan"),
    "platmerah": ("mobil dinas plat merah dipakai untuk keperluan pribadi di hari libur", "Inspektorat"),
    "guru": ("tunjangan profesi guru istri saya belum cair dua triwulan", "Dinas Pendidikan"),
    "rs": ("orang tua saya ditolak di IGD rumah sakit dengan alasan kamar penuh", "Dinas Kesehatan"),
    "kip": ("anak saya tidak menerima KIP padahal keluarga kami terdaftar di DTKS", "Dinas Pendidikan"),
    "pinjol": ("data KTP saya disebarkan oleh penagih pinjaman online ilegal", "OJK"),
    "penipuan": ("saya ditipu orang yang mengaku petugas bansos dan disuruh transfer uang", "Polres"),
    "pungli": ("ada pungutan liar untuk surat pengantar di kantor desa", "Inspektorat"),
    "tanah": ("sertifikat tanah kami tidak kunjung selesai padahal sudah diukur", "Kantor Pertanahan"),
    "pmi": ("keluarga kami yang bekerja di luar negeri tidak bisa dihubungi dan gajinya tidak dibayar", "BP2MI"),
    "asn": ("ada oknum ASN yang jarang masuk kantor tapi tetap menerima tunjangan", "Inspektorat"),
    "leasing": ("motor saya ditarik paksa di jalan oleh debt collector", "Polres"),
    "listrik": ("meteran listrik rumah kami diputus sepihak tanpa pemberitahuan", "PLN"),
    "adminduk": ("nama anak saya salah ketik di akta kelahiran dan KK", "Disdukcapil"),
}
PII_TOPICS = list(TOPICS)

CLEAN_TOPICS = {
    "jalan": "jalan berlubang dan sudah memakan korban",
    "lampu": "lampu penerangan jalan umum mati berbulan-bulan",
    "sampah": "sampah di TPS tidak diangkut lebih dari seminggu",
    "banjir": "saluran drainase tersumbat sehingga banjir setiap hujan",
    "pdam": "air PDAM mati tanpa pemberitahuan",
    "antre": "antrean layanan di kantor Disdukcapil sangat panjang",
    "spbu": "SPBU sering kehabisan solar subsidi",
    "sekolah": "ada pungutan di sekolah negeri yang tidak jelas dasarnya",
    "angkot": "angkutan umum ngetem sembarangan dan menyebabkan macet",
    "bansos": "penyaluran bansos beras di kelurahan tidak merata",
    "rsud": "pelayanan rumah sakit daerah lambat dan ruang tunggu penuh",
    "sinyal": "jaringan internet di sekolah dan kantor desa tidak ada sama sekali",
}
CLEAN_KEYS = list(CLEAN_TOPICS)


def relative(ctx, rep, rel, age=None):
    """a relative whose sex and age fit the relation (one father, mother, spouse per person)"""
    if rel in ("istri", "suami", "ayah", "ibu", "kakek") and ("rel:" + rel) in rep.c:
        return rep.c["rel:" + rel]
    p = _relative(ctx, rep, rel, age)
    if rel in ("istri", "suami", "ayah", "ibu", "kakek"):
        rep.c["rel:" + rel] = p
    return p


def _relative(ctx, rep, rel, age_override=None):
    a = rep.age
    if rel in ("istri", "suami"):
        sex, age = ("f" if rel == "istri" else "m"), max(20, min(85, a + R.randint(-6, 6)))
    elif rel == "anak":
        sex, age = None, R.randint(1, max(1, a - 20))
    elif rel == "cucu":
        sex, age = None, R.randint(1, max(1, a - 42))
    elif rel in ("ayah", "ibu", "kakek"):
        sex = "m" if rel in ("ayah", "kakek") else "f"
        age = min(a + R.randint(20, 34) + (25 if rel == "kakek" else 0), 99)
    else:  # adik, kakak, keponakan, menantu
        sex, age = None, max(18, a + R.randint(-9, 9))
    if age_override is not None:
        age = age_override
    return ctx.person(sex=sex, group=rep.group, region=rep.region, age=age)


def spouse_word(rep):
    return "istri" if rep.sex == "m" else "suami"


def topic_facts(ctx, rep, t, tone="std"):
    """fact sentences for a PII topic; each is a list of pieces"""
    S = []
    vt = "voice" if tone == "voice" else ("old" if tone == "old" else "std")
    if t == "pkh":
        S.append([pick(["Nomor KK kami ", "No. KK saya ", "KK kami nomor "]), KK(rep, vt), "."])
        b, a = ACCT(rep, pick(["BRI", "BNI", "BSI", "Mandiri"]))
        S.append(["Biasanya bantuan masuk ke rekening KKS ", b, " ", a, " atas nama ", NAME(rep), ", tapi sejak ", evdate(), " saldonya kosong."])
        pend = ctx.person(official=True)
        S.append(["Pendamping PKH di desa kami, ", hon(pend), NAME(pend), ", bilang nama saya sudah tidak ada di DTKS tanpa penjelasan."])
    elif t == "bpjs":
        mom = relative(ctx, rep, "ibu")
        S.append(["Kartu atas nama ibu saya, ", NAME(mom, "full"), ", nomor ", BPJS(mom), pick([".", ", lahir ", ", tanggal lahir "]) if True else ""])
        if S[-1][-1] != ".":
            S[-1] += [DOB(mom, vt), "."]
        S.append(["Beliau harus cuci darah dua kali seminggu di ", pick(INST_PLACES[:9]), " dan sekarang diminta bayar umum ", rp(), "."])
        if chance(0.5):
            S.append(["Kartu saya sendiri nomor ", BPJS(rep), " masih aktif, jadi kami bingung kenapa hanya beliau yang dinonaktifkan."])
    elif t == "ktp":
        S.append(["NIK saya ", NIK(rep, vt), " dan nomor KK ", KK(rep, vt), ", rekam tanggal ", evdate(), "."])
        nb = ctx.person()
        S.append(["Petugas loket bilang blangko habis, padahal tetangga saya ", NAME(nb), " yang rekam belakangan sudah jadi."])
    elif t == "paspor":
        S.append(["Nomor paspor lama saya ", PASSPORT(rep), ", permohonan penggantian saya ajukan tanggal ", evdate(), "."])
        if chance(0.6):
            kid = relative(ctx, rep, "anak")
            S.append(["Paspor anak saya ", NAME(kid), " (", PASSPORT(kid), ") sudah terbit, tapi punya saya belum, padahal berangkat umrah bulan depan."])
        else:
            S.append(["Sudah tiga kali saya datang ke kantor imigrasi dan selalu disuruh menunggu SMS."])
    elif t == "pensiun":
        dad = relative(ctx, rep, "ayah")
        mom = relative(ctx, rep, "ibu")
        S.append(["Almarhum ayah saya, ", NAME(dad, "full"), ", NIP ", NIP(dad), ", meninggal tanggal ", evdate(), "."])
        b, a = ACCT(mom, pick(["BRI", "BTN", "Mandiri", "BNI"]))
        S.append(["Dana pensiun janda seharusnya masuk ke rekening ", b, " ", a, " atas nama ibu saya ", NAME(mom), ", tetapi sampai sekarang belum ada."])
    elif t == "pajak":
        S.append(["NPWP saya ", NPWP(rep), ", tetapi di sistem muncul NPWP lain atas nama saya."])
        if chance(0.5):
            S.append(["NIK saya ", NIK(rep, vt), " sudah dipadankan sejak tahun lalu sesuai ", pick(REGS[9:10] + REGS[:1]), "."])
    elif t == "parkir":
        nb = ctx.person(region=rep.region)
        S.append(["Mobilnya ", pick(["Avanza", "Xenia", "Innova", "Ertiga", "Pajero", "Brio", "pikap L300"]), " ", pick(["hitam", "putih", "silver", "merah"]), " nopol ", PLATE(nb, vt),
                  ", milik ", hon(nb), NAME(nb, pick(["call", "full"])), " yang tinggal di ", ADDR(nb, vt), "."])
        S.append(["Sudah ditegur Pak RT tapi tetap saja, ambulans pun susah lewat."])
    elif t == "platmerah":
        o = ctx.person(official=True)
        S.append(["Mobil dinas dengan nomor polisi ", PLATE(o, vt), " terlihat di ", pick(["tempat wisata", "pantai", "mal", "acara hajatan"]), " pada ", evdate(), "."])
        S.append(["Yang menyetir katanya ", pick(["staf", "sopir", "ajudan"]), " dinas bernama ", NAME(o), "."])
    elif t == "guru":
        w = relative(ctx, rep, spouse_word(rep))
        S.append([spouse_word(rep).capitalize() + " saya, ", NAME(w, "full"), ", NIP ", NIP(w), ", guru di SDN ", str(R.randint(1, 30)), " ", rep.kel, "."])
        b, a = ACCT(w, pick(["BRI", "Bank Jateng", "Bank BJB", "BNI", "Bank Nagari", "Bank Sulselbar"]))
        S.append(["Tunjangan biasanya masuk ke rekening ", b, " ", a, ", tapi triwulan ini tidak ada."])
    elif t == "rs":
        dad = relative(ctx, rep, "ayah")
        S.append(["Ayah saya, ", NAME(dad, "full"), ", lahir ", DOB(dad, vt), ", peserta BPJS nomor ", BPJS(dad), "."])
        S.append(["Beliau datang ke IGD jam 2 pagi dengan sesak napas dan disuruh pulang."])
    elif t == "kip":
        rl = "adik" if rep.age < 30 else ("anak" if rep.age < 58 else "cucu")
        kid = relative(ctx, rep, rl, age=R.randint(7, 17) if rl != "anak" else R.randint(7, min(17, rep.age - 21)))
        S.append([rl.capitalize() + " saya ", NAME(kid, "full"), ", lahir ", DOB(kid, vt), ", sekarang kelas ", str(kid.age - 6), "."])
        S.append(["Nomor KK kami ", KK(rep, vt), " dan sudah terdaftar di DTKS sejak 2021."])
    elif t == "pinjol":
        c = ctx.person()
        S.append(["Penagih menelepon dari nomor ", PHONE(c, vt), " dan mengaku bernama ", NAME(c, "call"), "."])
        S.append(["Dia menyebarkan foto KTP saya dengan NIK ", NIK(rep, vt), " ke grup WA keluarga dan teman kantor."])
    elif t == "penipuan":
        c = ctx.person()
        b, a = ACCT(c)
        S.append(["Saya transfer ", rp(), " ke rekening ", b, " ", a, " a.n. ", NAME(c, "full"), "."])
        S.append(["Nomor WA pelaku ", PHONE(c, vt), ", sekarang sudah tidak aktif."])
    elif t == "pungli":
        o = ctx.person(official=True)
        S.append(["Yang meminta uang ", rp(), " adalah staf kantor desa bernama ", NAME(o), "."])
        S.append(["Katanya untuk uang administrasi, tanpa kuitansi."])
    elif t == "tanah":
        o = ctx.person(official=True)
        S.append(["Petugas ukur, ", hon(o), NAME(o), ", sudah datang dua kali pada ", evdate(), " tapi berkas tidak ada kabar."])
        S.append(["Tanah itu warisan almarhum kakek, ", NAME(relative(ctx, rep, "kakek"), "full"), ", dengan luas 312 m2."])
    elif t == "pmi":
        s = relative(ctx, rep, "adik")
        S.append([pick(["Adik saya ", "Kakak saya ", "Saudara saya "]), NAME(s, "full"), ", nomor paspor ", PASSPORT(s), ", berangkat ke ", pick(["Malaysia", "Hong Kong", "Taiwan", "Arab Saudi", "Singapura"]), " tanggal ", evdate(), "."])
        S.append(["Nomor HP-nya di sana ", PHONE(s, vt, k="hp2"), " sudah tidak aktif sejak dua bulan."])
    elif t == "asn":
        o = ctx.person(official=True)
        S.append(["Oknum tersebut bernama ", NAME(o, "full"), ", NIP ", NIP(o), ", staf di kantor kecamatan."])
        S.append(["Dalam sebulan paling hanya masuk 5 hari, tapi absensi selalu penuh."])
    elif t == "leasing":
        dc = ctx.person(sex="m")
        S.append(["Motor ", pick(["Honda Beat", "Yamaha NMAX", "Honda Vario", "Suzuki Satria"]), " saya nopol ", PLATE(rep, vt), " dihentikan di ", pick(ROADS), "."])
        S.append(["Salah satu penagih bernama ", NAME(dc), ", nomornya ", PHONE(dc, vt), "."])
    elif t == "listrik":
        S.append(["Rumah saya di ", ADDR(rep, vt), tail(rep, vt), "."])
        if chance(0.6):
            o = ctx.person(sex="m")
            S.append(["Petugas yang datang bernama ", NAME(o), " dan tidak menunjukkan surat tugas."])
    elif t == "adminduk":
        kid = relative(ctx, rep, "anak" if rep.age < 55 else "cucu")
        S.append(["Nama " + ("anak" if rep.age < 55 else "cucu") + " saya seharusnya ", NAME(kid, "full"), ", lahir ", DOB(kid, vt), ", tapi di akta tertulis salah."])
        S.append(["KK kami nomor ", KK(rep, vt), "."])
    return S


def clean_facts(ctx, t, tone="std"):
    """near-miss sentences for a no-PII complaint"""
    r = ctx.region
    S = []
    if t == "jalan":
        S.append(["Lokasi di ", pick(ROADS), " km ", str(R.randint(2, 80)), pick(["", "+%d00" % R.randint(1, 9)]), ", dekat ", pick(INST_PLACES[:13]), "."])
        S.append(["Sudah ", str(R.randint(2, 9)), " pengendara motor jatuh sejak ", evdate(), "."])
    elif t == "lampu":
        S.append(["Lampu mati di sepanjang ", pick(ROADS), " mulai dari simpang ", pick(["Terminal", "Pasar", "Masjid Agung", "Kantor Pos"]), " sampai ", pick(["jembatan", "SPBU " + spbu(), "kantor camat"]), "."])
        S.append(["Warga RT ", "%02d" % R.randint(1, 12), " sudah lapor lewat ", pick(HOTLINES[:2]), " tapi belum ada perbaikan."])
    elif t == "sampah":
        S.append(["TPS di dekat ", pick(["Pasar Induk", "SDN %d" % R.randint(1, 40), "Puskesmas %s" % r.kecs[0], "Masjid Raya"]), " penuh sampai ke badan jalan."])
        S.append(["Retribusi sampah ", rp(), " per bulan tetap ditarik."])
    elif t == "banjir":
        S.append(["Akibatnya ", "{:,}".format(R.randint(120, 3500)).replace(",", "."), " KK terdampak banjir di Kelurahan ", pick(r.kels), " pada ", evdate(), "."])
        S.append(["Normalisasi dijanjikan dengan anggaran ", rp(), " sesuai ", pick(REGS), "."])
    elif t == "pdam":
        S.append(["Air mati sejak ", evdate(), " di wilayah RT 0", str(R.randint(1, 9)), " dan RT 0", str(R.randint(1, 9)), ", Kecamatan ", pick(r.kecs), "."])
        S.append(["Tagihan bulan ini tetap ", rp(), "."])
    elif t == "antre":
        S.append(["Antre dari jam 06.00, nomor antrean ", str(R.randint(120, 480)), ", baru dipanggil jam 14.30."])
        S.append(["NIK saya sudah dicek di 3 aplikasi dan datanya benar, tapi tetap disuruh datang lagi."])
    elif t == "spbu":
        S.append(["SPBU ", spbu(), " di ", pick(ROADS), " sudah ", str(R.randint(3, 12)), " hari kosong solar."])
        S.append(["Antrean truk sampai ", str(R.randint(1, 3)), " km, sementara pengecer menjual ", rp(), " per liter."])
    elif t == "sekolah":
        S.append(["SMPN ", str(R.randint(1, 30)), " ", r.name, " (NPSN ", npsn(), ") menarik uang ", rp(), " per siswa untuk ", pick(["seragam", "study tour", "perpisahan", "buku LKS"]), "."])
        S.append(["Padahal menurut ", pick(REGS[10:13] + REGS[:1]), " pungutan seperti itu tidak boleh."])
    elif t == "angkot":
        S.append(["Titiknya di depan ", pick(INST_PLACES), " setiap jam 07.00-08.30."])
        S.append(["Sudah ", str(R.randint(2, 6)), " kali dilaporkan ke ", pick(["Dishub", "Satlantas", "kelurahan"]), "."])
    elif t == "bansos":
        S.append(["Dari ", str(R.randint(140, 900)), " penerima yang terdaftar, baru ", str(R.randint(20, 130)), " yang menerima beras 10 kg."])
        S.append(["Nomor KK sudah kami serahkan ke kelurahan sejak ", evdate(), "."])
    elif t == "rsud":
        S.append(["Di ", pick(INST_PLACES[:9] + INST_PLACES[25:30]), " pasien menunggu sampai ", str(R.randint(4, 9)), " jam di poli."])
        S.append(["Informasi di nomor ", pick(HOTLINES[4:7]), " tidak pernah diangkat."])
    else:
        S.append(["Sudah dilaporkan ke kantor desa pada ", evdate(), " dan ke ", pick(HOTLINES[:2]), "."])
        S.append(["Ada ", str(R.randint(140, 600)), " siswa yang terdampak."])
    return S


# ----------------------------------------------------------------------------
# style helpers
# ----------------------------------------------------------------------------

ABBR = [("yang", "yg"), ("dengan", "dgn"), ("sudah", "sdh"), ("belum", "blm"), ("tidak", "tdk"), ("saya", "sy"),
        ("Saya", "Sy"), ("untuk", "utk"), ("karena", "krn"), ("tersebut", "tsb"), ("bapak", "bpk"), ("Bapak", "Bpk"),
        ("kelurahan", "kel"), ("kecamatan", "kec"), ("kabupaten", "kab"), ("terima kasih", "trmksh"),
        ("sampai", "smp"), ("bulan", "bln"), ("tahun", "thn"), ("juga", "jg"), ("sekarang", "skrg"), ("tolong", "tlg"),
        ("mohon", "mhn"), ("Mohon", "Mhn"), ("bagaimana", "bgmn"), ("sama", "sm"), ("dari", "dr"), ("pada", "pd"),
        ("orang", "org"), ("harus", "hrs"), ("banyak", "byk"), ("keterangan", "ket"), ("nomor", "no"), ("Nomor", "No"),
        ("dan", "&"), ("atas nama", "an"), ("alamat", "almt"), ("kami", "kmi"), ("tapi", "tp"), ("padahal", "pdhl")]


def oldify(s):
    for a, b in ABBR:
        if chance(0.6):
            s = re.sub(r"\b%s\b" % a, b, s)
    s = re.sub(r", ", lambda m: pick([", ", " ,", ",", " , ", ",  "]), s)
    s = re.sub(r"\. ", lambda m: pick([". ", "..", ". ", ".  ", " . ", "... ", "."]), s)
    if chance(0.2):
        s = s.lower()
    return s


def voiceify(s):
    s = s.lower()
    s = re.sub(r"[.,;:!?()\"“”’]", " ", s)
    s = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", s)
    s = re.sub(r" {2,}", " ", s)
    return s


def transform(pieces, fn):
    out = []
    for p in flat(pieces):
        out.append(p if isinstance(p, tuple) else fn(p))
    return out


def sent(pieces_list):
    """join sentences with spaces"""
    out = []
    for i, s in enumerate(pieces_list):
        if i:
            out.append(" ")
        out.append(s)
    return out


def name_word(p):
    """a word of the name worth spelling out"""
    toks = [t for t in p.full.split() if t not in ("I", "Ni", "Luh", "br.", "br", "boru", "bin", "binti", "La", "Wa", "Ode",
                                                   "Muh.", "Abd.", "St.", "Ida", "Bagus", "Ayu", "Anak", "Agung", "Gusti", "Cut",
                                                   "Teuku", "Tengku", "Andi", "Made", "Putu", "Ketut", "Wayan", "Nyoman", "Kadek")]
    toks = [t for t in toks if len(t) >= 4] or [p.call]
    return pick(toks)


def fix_voice_values(pieces):
    out = []
    for p in flat(pieces):
        if isinstance(p, tuple) and p[1] != OK:
            v, lab = p
            if lab == "PERSON":
                v = v.lower()
            elif lab in ("BANK_ACCOUNT", "NIP", "BPJS", "NPWP"):
                v = re.sub(r"[.\-]", " ", v)
                v = re.sub(r" {2,}", " ", v)
            elif lab == "PASSPORT":
                v = v.lower() if chance(0.5) else v
            p = (v, lab)
        out.append(p)
    return out


# ============================================================================
# STYLE 1: call-centre transcripts
# ============================================================================

SPEAKERS = [("Petugas", "Pelapor"), ("A", "B"), ("Agen", "Penelepon"), ("CS", "Warga"), ("Operator", "Pelapor"),
            ("P", "W"), ("Petugas", "Penelepon"), ("AGENT", "CALLER")]


def s_call(clean):
    ctx = Ctx()
    O, C = pick(SPEAKERS)
    rep = ctx.person()
    agent = ctx.person(official=True, region=ctx.region)
    lines = []

    def say(w, *p):
        lines.append((w, list(p)))

    H = "Pak" if rep.sex == "m" else "Bu"
    part = pick(["pagi", "siang", "sore", "malam"])
    inst = pick(["layanan pengaduan SP4N-LAPOR!", "Call Center 1708", "Command Center %s" % ctx.region.display,
                 "layanan aspirasi %s" % ctx.region.display, "pengaduan Pemkot %s" % ctx.region.name, "Ombudsman RI, layanan 137"])
    with_agent = (not clean) and chance(0.65)
    if with_agent:
        say(O, "Selamat %s, %s, dengan " % (part, inst), NAME(agent, pick(["call", "call", "full"])), pick([", ada yang bisa dibantu?", " bisa dibantu?", ", silakan."]))
    else:
        say(O, "Selamat %s, %s, ada yang bisa kami bantu?" % (part, inst))
    if clean:
        t = pick(CLEAN_KEYS)
        say(C, pick(["Halo mbak, ", "Iya halo, ", "%s, " % part.capitalize(), "Ya, "]), "saya mau lapor, %s." % CLEAN_TOPICS[t])
        say(O, "Baik, boleh dengan %s siapa?" % pick(["Bapak/Ibu", "Bapak", "Ibu"]))
        say(C, pick(["Nggak usah pakai nama ya mbak, saya warga RT 0%d saja." % R.randint(1, 9),
                     "Anonim aja, saya takut nanti ada apa-apa.", "Rahasiakan saja, saya warga sekitar situ.",
                     "Maaf, saya nggak mau sebut nama. NIK saya sudah dicek di 3 aplikasi kok, saya warga asli sini."]))
        say(O, "Baik, kami catat sebagai laporan anonim. Lokasinya di mana?")
        for s in clean_facts(ctx, t):
            say(C, s)
            if chance(0.5):
                say(O, pick(["Hmm, iya.", "Baik.", "Sejak kapan itu?", "Oke, saya catat.", "Ada fotonya?"]))
        say(O, "Laporan sudah kami teruskan ke %s dengan " % pick(["dinas terkait", "Dinas PUPR", "kecamatan", "OPD terkait"]), ticket(),
            pick([". Bisa dipantau di lapor.go.id.", ". Kalau darurat silakan telepon 112.", ", estimasi tindak lanjut 5 hari kerja sesuai %s." % pick(REGS[:2])]))
        say(C, pick(["Oke mbak, makasih.", "Siap, terima kasih.", "Ya, makasih ya."]))
    else:
        t = pick(PII_TOPICS)
        say(C, pick(["Halo mbak, ", "Iya halo, ", "%s mbak, " % part.capitalize(), "Ya, assalamualaikum, ", "Halo? Kedengaran? "]), "saya mau lapor, %s." % TOPICS[t][0])
        say(O, "Baik, sebelumnya dengan %s siapa?" % pick(["Bapak/Ibu", "Bapak" if rep.sex == "m" else "Ibu"]))
        m = pick(["plain", "spell", "spell", "call", "ask"])
        if m == "plain":
            say(C, pick(["Saya ", "Nama saya ", "", "Dengan "]), NAME(rep, "full"), ".")
        elif m == "spell":
            w = name_word(rep)
            say(C, "Saya ", NAME(rep, "full"), pick([", ", ". "]), pick(["pakai ", "dieja ", "ejaannya ", ""]), spelled(w), ".")
        elif m == "call":
            say(C, NAME(rep, "call"), pick([" aja mbak, lengkapnya ", ", panjangnya "]), NAME(rep, "full"), ".")
        else:
            say(C, "Saya ", NAME(rep, "full"), ".")
            say(O, "Maaf, kurang jelas, %s. Bisa dieja?" % H)
            say(C, spelled(name_word(rep)), pick([".", ", pakai dobel kalau ada ya, hehe.", ", betul."]))
        if chance(0.5):
            say(O, "Baik %s " % H, NAME(rep, pick(["call", "full"])), ". Boleh disebutkan NIK-nya?")
        else:
            say(O, pick(["Boleh dibacakan nomor KTP-nya?", "NIK-nya berapa, %s?" % H, "Untuk verifikasi, NIK sesuai KTP?"]))
        if chance(0.3):
            d = rep.nik16()
            say(C, "Sebentar... ", "%s %s" % (d[:4], d[4:6][::-1]), pick([", eh salah, ulang ya. ", "... bukan, maaf. "]), NIK(rep, "call"), ".")
        else:
            say(C, pick(["", "Ini ya, ", "Sebentar saya ambil dompet dulu... nah, "]), NIK(rep, "call"), ".")
        if chance(0.6):
            say(O, "Saya ulangi, ", NIK(rep, "std", f=pick(["sp4", "plain"]), mis=False), ", betul?")
            say(C, pick(["Betul.", "Iya betul.", "Betul mbak.", "Ya."]))
        if chance(0.4):
            say(O, "Tanggal lahir?")
            say(C, DOB(rep, "call"), ".")
        say(O, pick(["Nomor yang bisa dihubungi?", "Nomor HP atau WA aktif?", "Kalau untuk konfirmasi, nomornya berapa?"]))
        r = pick(["plain", "repair", "repair", "two"])
        if r == "plain":
            say(C, pick(["", "Ini, ", "HP saya "]), PHONE(rep, "call"), pick([", itu juga WA.", ".", ", WA sama."]))
        elif r == "repair":
            say(C, wrong_prefix(rep), pick(["... eh maaf, ", ", eh bukan, itu nomor lama. ", "... sebentar, salah. "]), PHONE(rep, "call"), ".")
        else:
            sp = relative(ctx, rep, spouse_word(rep))
            say(C, PHONE(rep, "call"), ", kalau nggak aktif ke nomor %s saya, " % spouse_word(rep), NAME(sp, "call"), ", ", PHONE(sp, "call"), ".")
        if chance(0.35):
            say(O, "Email ada?")
            say(C, pick(["Ada, ", "Ada mbak, "]), EMAIL(rep, "voice"), ".")
        say(O, pick(["Alamat lengkapnya?", "Alamat sesuai KTP?", "Domisilinya di mana, %s?" % H]))
        say(C, ADDR(rep, pick(["std", "std", "voice"])), tail(rep, "std"), ".")
        facts = topic_facts(ctx, rep, t)
        for i, s in enumerate(facts):
            say(C, s)
            if chance(0.45):
                say(O, pick(["Baik.", "Hmm.", "Iya, saya catat.", "Oke.", "Lalu?"]))
        say(O, "Baik %s, laporan sudah kami catat dengan " % H, ticket(),
            pick([". Nanti diteruskan ke %s." % TOPICS[t][1], ". Mohon ditunggu 3 sampai 5 hari kerja.", ". Bisa dicek di lapor.go.id."]))
        say(C, pick(["Makasih mbak.", "Iya, terima kasih.", "Oke, ditunggu ya.", "Matur nuwun."]))
    ts = chance(0.35)
    out = []
    if chance(0.4):
        out.append(pick(["[Transkrip panggilan, %s]" % evdate("long", 2024), "REKAMAN #%d - durasi %02d:%02d" % (R.randint(10000, 99999), R.randint(3, 14), R.randint(0, 59)),
                         "Transkrip otomatis (belum dikoreksi)", "=== Call log %s ===" % evdate("slash", 2024)]) + "\n")
    sec = R.randint(0, 9)
    for w, p in lines:
        if ts:
            out.append("[%02d:%02d] " % (sec // 60, sec % 60))
            sec += R.randint(3, 25)
        out += [w, ": ", p, "\n"]
    out[-1] = ""
    return out


# ============================================================================
# STYLE 2: voice-to-text dictation
# ============================================================================

MISHEAR = [(r"\bnik\b", ["nik", "nick", "enik", "nik nya", "ni k"]), (r"\bkk\b", ["kk", "kaka", "ka ka", "kakak"]),
           (r"\bbpjs\b", ["bpjs", "bpjes", "be pe je es", "bpj s"]), (r"\bktp\b", ["ktp", "katepe", "ka te pe"]),
           (r"\bwa\b", ["wa", "wae", "whatsapp", "wasap"]), (r"\bpkh\b", ["pkh", "peka ha", "pk h"]),
           (r"\bdtks\b", ["dtks", "de te ka es", "dtk s"]), (r"\bigd\b", ["igd", "i g d", "ig de"]),
           (r"\bnopol\b", ["nopol", "no pol", "nopal"]), (r"\bnip\b", ["nip", "nib", "nip nya"]),
           (r"\bdinas sosial\b", ["dinas sosial", "dinas sosialnya", "dina sosial"]), (r"\bnomor\b", ["nomor", "nomer", "nomor"]),
           (r"\brekening\b", ["rekening", "rek ening", "rekeningnya"]), (r"\bpaspor\b", ["paspor", "pas por", "passport"]),
           (r"\bdisdukcapil\b", ["disdukcapil", "dis duk capil", "dukcapil"]), (r"\bsaya\b", ["saya", "saya", "saya", "sayah"])]
FILLERS = ["eee", "apa namanya", "terus", "nah", "gitu", "ya kan", "pokoknya", "jadi", "anu", "eh"]


def mishear(s):
    for pat, alts in MISHEAR:
        s = re.sub(pat, lambda m: pick(alts), s)
    return s


def mis_name(v):
    if chance(0.2):
        toks = v.split()
        i = max(range(len(toks)), key=lambda j: len(toks[j]))
        w = toks[i]
        if len(w) >= 6:
            k = R.randint(3, len(w) - 3)
            toks[i] = w[:k] + " " + w[k:]
            return " ".join(toks)
    return v


def s_voice(clean):
    ctx = Ctx()
    rep = ctx.person()
    chunks = []
    chunks.append([pick(["halo min ", "assalamualaikum pak ", "selamat pagi bapak ibu ", "tes tes ini udah nyala ya oke ",
                         "permisi saya mau lapor ", "halo lapor ", "bismillah ", "ini pakai suara ya soalnya saya nggak bisa ngetik "])])
    if clean:
        t = pick(CLEAN_KEYS)
        chunks.append(["saya mau lapor %s " % CLEAN_TOPICS[t]])
        chunks.append([pick(["saya nggak usah sebut nama ya ", "nama saya dirahasiakan saja ", "saya warga biasa "])])
        for s in clean_facts(ctx, t):
            chunks.append(s + [" ", pick(FILLERS), " "])
        chunks.append([pick(["tolong segera ditindaklanjuti terima kasih", "sekian dari saya wassalamualaikum",
                             "mohon dibantu ya pak soalnya sudah lama", "udah itu aja makasih"])])
        body = transform(chunks, lambda s: mishear(voiceify(s)))
        return body
    t = pick(PII_TOPICS)
    intro = pick(["nama saya ", "saya ", "dengan ", "saya atas nama "])
    chunks.append([intro, (mis_name(rep.full.lower()) if chance(0.85) else rep.call.lower(), "PERSON"), " "])
    order = ["issue", "nik", "addr", "phone"]
    R.shuffle(order)
    for o in order:
        if o == "issue":
            chunks.append(["mau lapor %s " % TOPICS[t][0], pick(FILLERS), " "])
        elif o == "nik" and chance(0.85):
            chunks.append([pick(["nik saya ", "nomor ktp saya ", "nik nya ", "ini nik "]), NIK(rep, "voice"), " "])
            if chance(0.3):
                chunks.append(["kk nya ", KK(rep, "voice"), " "])
        elif o == "addr":
            chunks.append([pick(["saya tinggal di ", "alamat saya ", "rumah saya di ", "domisili "]), ADDR(rep, "voice"), tail(rep, "voice"), " "])
        elif o == "phone":
            if chance(0.3):
                ph = (words(rep.mobile()), "PHONE")
            else:
                ph = PHONE(rep, "voice")
            chunks.append([pick(["nomor hp saya ", "wa saya ", "bisa hubungi ke ", "nomornya "]), ph, " "])
    if chance(0.35):
        chunks.append(["saya lahir ", DOB(rep, "voice"), " "])
    if chance(0.3):
        chunks.append([pick(["email saya ", "imel nya "]), EMAIL(rep, "voice"), " "])
    for s in topic_facts(ctx, rep, t, "voice"):
        chunks.append(s + [" ", pick(FILLERS + [""]), " "])
    if chance(0.3):
        nb = ctx.person()
        chunks.append([pick(["kalau nggak percaya tanya saja ke ", "saksinya ada ", "tetangga saya juga tahu namanya "]), hon(nb), NAME(nb), " "])
    chunks.append([pick(["tolong ditindaklanjuti ya terima kasih", "sekian wassalamualaikum", "mohon bantuannya pak soalnya sudah lama",
                         "udah itu aja makasih banyak", "saya tunggu kabarnya"])])
    body = transform(chunks, lambda s: mishear(voiceify(s)))
    body = fix_voice_values(body)
    return body


# ============================================================================
# STYLE 3: social-media threads
# ============================================================================

def disp(p):
    """display name of an account: the name, a nickname with emoji, or no name"""
    f = pick(["full", "full", "call", "callemo", "noname"])
    if f == "full":
        return [NAME(p, "full")]
    if f == "call":
        return [NAME(p, "call")]
    if f == "callemo":
        return [NAME(p, "call"), " ", emo()]
    return [pick(["Warga Resah", "Si Paling Lapor", "Akun Kedua", "Pejuang Receh", "Mamah Muda", "Anak Rantau", "Netizen 62"]), " ", emo()]


def x_head(p, hours):
    return [disp(p), " ", HANDLE(p), " · %d%s" % (hours, pick(["j", "m", "h"])), "\n"]


def leak_reply(ctx, victim, kind, tone="std"):
    if kind == "addr":
        return ["itu rumahnya ", hon(victim), NAME(victim, pick(["call", "full"])), " kan? di ", ADDR(victim, tone), " yang pagernya ", pick(["hijau", "biru", "item"]), " ", emo()]
    if kind == "phone":
        return ["ini nomor ", pick(["pelakunya", "orangnya", "yang nagih"]), " ", PHONE(victim, tone), " sebarin aja biar kapok ", emo()]
    if kind == "plate":
        return ["mobilnya ", PLATE(victim, tone), " aku liat sendiri parkir di situ tiap hari ", emo()]
    if kind == "nik":
        return ["KTP nya udah kesebar di grup: ", NAME(victim, "upper"), " NIK ", NIK(victim, "std"), " ", emo(), " jangan ikut nyebarin woy"]
    if kind == "email":
        return ["kirim aja bukti ke emailnya langsung ", EMAIL(victim), " biar dibaca"]
    if kind == "dob":
        return ["dia lahir ", DOB(victim, "std"), ", masih muda udah berani pungli ", emo()]
    return ["orangnya namanya ", NAME(victim), ", kerja di kantor desa ", emo()]


def s_social(clean):
    ctx = Ctx()
    fmt = pick(["x", "x", "fb", "ig", "wa", "tiktok"])
    out = []
    if clean:
        t = pick(CLEAN_KEYS)
        if fmt in ("x", "ig", "tiktok"):
            ih = inst_handle(ctx)
            facts = clean_facts(ctx, t)
            out += ["[Unggahan akun anonim, dibagikan ulang]\n", "Min ", ih, " ", CLEAN_TOPICS[t], " ", emo(), "\n", facts[0], " ", hashtag(), " ", hashtag(), "\n\n"]
            out += ["↳ ", ("@lapor1708", OK), " · %dj\n" % R.randint(1, 9), "Halo, terima kasih atas informasinya. Laporan sudah kami teruskan dengan ", ticket(),
                    ". Mohon tidak mencantumkan data pribadi di kolom komentar ya. 🙏\n\n"]
            out += ["↳ ", inst_handle(ctx), " · %dj\n" % R.randint(1, 9), facts[1], " Tim akan turun ke lokasi paling lambat ", evdate("long", 2024), "."]
        elif fmt == "fb":
            out += ["INFO WARGA %s (Grup Publik)\n" % ctx.region.name.upper(), "Anggota anonim · %d jam\n" % R.randint(1, 20)]
            f = clean_facts(ctx, t)
            out += ["Numpang info min, ", CLEAN_TOPICS[t], " ", emo(2), "\n", f[0], "\n", f[1], "\n", hashtag(), "\n\n"]
            out += ["👍😡 %d · %d komentar\n" % (R.randint(20, 900), R.randint(3, 80)), "Admin Grup: Sudah kami teruskan ke ", inst_handle(ctx), " ya. Yang mau lapor juga bisa SMS 1708 atau ke ", inst_email(ctx), "."]
        else:
            out += ["[Diteruskan dari grup WA Warga RT 0%d]\n" % R.randint(1, 9)]
            f = clean_facts(ctx, t)
            out += ["📢 INFO: ", CLEAN_TOPICS[t], ".\n", f[0], "\n", f[1], "\n", "Yang mau lapor bisa lewat ", inst_email(ctx), " atau 1708. Jangan share KTP sembarangan ya bapak ibu 🙏"]
        return out
    t = pick(PII_TOPICS)
    a = ctx.person(age=R.randint(19, 55))
    b = ctx.person(age=R.randint(19, 60))
    c = ctx.person(age=R.randint(19, 60))
    victim = ctx.person(official=chance(0.5))
    kinds = ["addr", "phone", "plate", "nik", "name", "email", "dob"]
    if fmt == "x":
        out += x_head(a, R.randint(1, 23))
        post = [pick(["Tolong ", "Min ", "Halo ", "Parah banget, "]), inst_handle(ctx) if chance(0.6) else "", " ", TOPICS[t][0], " ", emo(2)]
        if chance(0.5):
            f = topic_facts(ctx, a, t)
            post += ["\n", f[0]]
        post += ["\n", hashtag(), " ", hashtag()]
        out += post + ["\n💬 %d  🔁 %d  ❤️ %d\n\n" % (R.randint(2, 99), R.randint(0, 300), R.randint(5, 2000))]
        for rp_, who in ((1, b), (2, c)):
            out += ["↳ "] + x_head(who, R.randint(1, 12))
            out += ["Membalas ", HANDLE(a), [" dan ", inst_handle(ctx)] if chance(0.4) else "", "\n"]
            k = pick(kinds)
            out += leak_reply(ctx, victim, k) + ["\n\n"]
        if chance(0.6):
            out += ["↳ ", inst_handle(ctx), " · %dj\n" % R.randint(1, 5), "Halo kak ", HANDLE(a), ", mohon maaf atas ketidaknyamanannya. Silakan DM kronologi dan ", ticket(), " tidak perlu dicantumkan di sini. Mohon tidak menyebarkan data pribadi orang lain ya 🙏\n\n"]
        if chance(0.5):
            d = ctx.person()
            out += ["🔁 ", disp(d), " mengutip:\n", "\u201cini kelakuan ", pick(["tetangga", "pejabat", "oknum"]), " kita ", emo(), "\u201d cc ", HANDLE(b), " ", HANDLE(d) if chance(0.5) else "", " ", hashtag()]
    elif fmt == "fb":
        out += ["INFO WARGA %s (Grup Publik)\n" % ctx.region.name.upper(), NAME(a, "full"), " ▸ INFO %s\n" % ctx.region.name.upper(), "%d jam · 🌏\n" % R.randint(1, 20)]
        out += ["Assalamualaikum, mau tanya ", TOPICS[t][0], " ", emo(), "\n"]
        f = topic_facts(ctx, a, t)
        out += [f[0], "\n"]
        out += ["Mohon info ", NAME(b, "full"), " ", NAME(c, "full"), " yang kerja di kantor ", pick(["desa", "camat", "dinas"]), "\n\n"]
        out += ["👍😮 %d · %d komentar\n\n" % (R.randint(20, 900), R.randint(3, 80))]
        out += [NAME(b, "full"), "\n", pick(["Coba langsung ke kantor aja bun", "Sabar ya, di sini juga sama", "Udah lapor 1708 belum?"]), "\nSuka · Balas · %dj\n\n" % R.randint(1, 9)]
        out += ["    ", NAME(c, "full"), "\n    ", NAME(a, "call"), " "] + leak_reply(ctx, victim, pick(kinds)) + ["\n    Suka · Balas · %dm\n\n" % R.randint(1, 50)]
        if chance(0.5):
            d = ctx.person()
            out += [NAME(d, "full"), "\n", "Japri aku aja, WA ", PHONE(d), " ", emo(), "\nSuka · Balas · 1j"]
    elif fmt in ("ig", "tiktok"):
        ih = inst_handle(ctx)
        out += ["[Komentar di unggahan ", ih, " tentang ", TOPICS[t][0], "]\n\n"]
        out += [HANDLE(a), " ", pick(["min tolong", "kapan beres?", "ini juga kejadian ke saya"]), " ", emo(2), " "]
        f = topic_facts(ctx, a, t)
        out += [f[0], "\n"]
        out += ["❤️ %d   Balas\n" % R.randint(1, 300)]
        out += ["   ", HANDLE(b), " ", HANDLE(a), " "] + leak_reply(ctx, victim, pick(kinds)) + ["\n"]
        out += ["   ", HANDLE(c), " ", HANDLE(b), " ", pick(["hapus kak, itu data pribadi", "wkwk gas", "bener, aku kenal orangnya"]), " ", emo(), "\n"]
        if chance(0.6):
            out += [HANDLE(victim), " ", pick(["fitnah itu semua", "saya sudah klarifikasi ke kantor", "silakan lapor ke polisi kalau berani"]), "\n"]
        if chance(0.5):
            out += [ih, " Halo kak ", HANDLE(a), ", silakan lapor melalui ", ("@lapor1708", OK), " atau SMS 1708 ya 🙏"]
    else:  # whatsapp group export
        dt = "%d/%d/%d" % (R.randint(1, 28), R.randint(1, 12), pick([23, 24]))
        rt_ketua = ctx.person(sex="m", age=R.randint(45, 70))
        clock = [R.randint(6 * 60, 21 * 60)]

        def wa(sender, *p):
            clock[0] += R.randint(1, 25)
            return ["[%02d.%02d, %s] " % (clock[0] // 60 % 24, clock[0] % 60, dt), sender, ": ", list(p), "\n"]
        out += ["*Grup WA Warga RT %02d* (ekspor chat)\n" % R.randint(1, 12)]
        out += wa(["Pak RT ", NAME(rt_ketua, "call")], "Bapak ibu, ada yang tahu soal ", TOPICS[t][0], "?")
        out += wa([PHONE(a, f=pick(["+62sp", "+62sp", "(+62)"]))], "Saya pak ", emo(), " ", topic_facts(ctx, a, t)[0])
        out += wa([NAME(b, pick(["full", "call"])), pick(["", " Posyandu", " Kader"])], leak_reply(ctx, victim, pick(kinds)))
        out += wa(["Pak RT ", NAME(rt_ketua, "call")], "Tolong jangan sebar data orang di grup ya. Lapor resmi saja ke ", inst_handle(ctx) if chance(0.5) else "1708", ".")
        if chance(0.6):
            out += wa([PHONE(c, f="+62sp")], "Siap pak ", emo())
    while out and out[-1] in ("\n", "\n\n"):
        out.pop()
    return out


# ============================================================================
# STYLE 4: layouts (lists, tables, key-value blocks, markdown)
# ============================================================================

def kv_block(ctx, rep, bold=False, extra=()):
    """key-value identity block"""
    k = (lambda s: "**%s:** " % s) if bold else (lambda s: s.ljust(pick([12, 14, 16])) + ": ")
    rows = [[k(pick(["Nama", "Nama Lengkap", "Nama Pelapor"])), NAME(rep, pick(["full", "full", "upper"]))]]
    if chance(0.3):
        rows.append([k(pick(["NIK/KK", "NIK / No. KK"])), NIK(rep, "table"), pick([" / ", "/"]), KK(rep, "table")])
    else:
        rows.append([k(pick(["NIK", "No. KTP", "NIK (KTP)", "Nik"])), NIK(rep, "table")])
        if chance(0.4):
            rows.append([k(pick(["No. KK", "Nomor KK", "KK"])), KK(rep, "table")])
    if chance(0.6):
        if chance(0.5):
            rows.append([k(pick(["TTL", "Tempat/Tgl Lahir", "Tempat, tgl lahir"])), rep.region.name, pick([", ", "/", " , "]), DOB(rep, "table")])
        else:
            rows.append([k(pick(["Tgl. Lahir", "Tanggal Lahir"])), DOB(rep, "table")])
    rows.append([k(pick(["Alamat", "Alamat KTP", "Domisili"])), ADDR(rep, pick(["std", "table", "upper"])), tail(rep)])
    r = pick(["one", "one", "slash", "land"])
    if r == "one":
        rows.append([k(pick(["No. HP", "HP/WA", "No. Telp", "WhatsApp", "No HP"])), PHONE(rep, "table")])
    elif r == "slash":
        rows.append([k("HP/WA"), PHONE(rep, "table"), " / ", PHONE(rep, "table", k="wa")])
    else:
        rows.append([k("Telp/HP"), LAND(rep), " / ", PHONE(rep, "table")])
    if chance(0.45):
        rows.append([k(pick(["Email", "E-mail", "Surel"])), EMAIL(rep)])
    for e in extra:
        if e == "npwp":
            rows.append([k("NPWP"), NPWP(rep)])
        elif e == "bpjs":
            rows.append([k(pick(["No. BPJS", "No. JKN-KIS", "No Kartu BPJS"])), BPJS(rep)])
        elif e == "passport":
            rows.append([k(pick(["No. Paspor", "Paspor"])), PASSPORT(rep)])
        elif e == "acct":
            b, a = ACCT(rep)
            rows.append([k("Rekening"), b, " ", a, " a.n. ", NAME(rep, "full")])
        elif e == "plate":
            rows.append([k(pick(["Nopol", "No. Polisi", "Plat Nomor"])), PLATE(rep)])
    out = []
    for r_ in rows:
        out += [("- " if bold and chance(0.5) else ""), r_, "\n"]
    return out


def person_line(ctx, p, i, f, tone="table"):
    if f == "dash":
        return ["%d. " % i, NAME(p, pick(["full", "upper"])), " \u2013 NIK ", NIK(p, tone), " \u2013 ", ADDR(p, "std"), "\n"]
    if f == "pipe":
        return ["%d) Nama: " % i, NAME(p), " | NIK: ", NIK(p, tone), " | Alamat: ", ADDR(p, "std"), "\n"]
    if f == "bullet":
        return ["\u2022 ", NAME(p), " (", NIK(p, tone), "), ", ADDR(p, "std"), tail(p), "\n"]
    if f == "slash":
        return ["%s. " % "abcdefgh"[i - 1], NAME(p), " / ", NIK(p, tone), " / ", ADDR(p, "old"), "\n"]
    if f == "bold":
        return ["%d. **" % i, NAME(p), "** \u2014 NIK ", NIK(p, tone), ", KK ", KK(p, tone), "\n"]
    return ["- ", NAME(p), ", lahir ", DOB(p, "table"), ", NIK ", NIK(p, tone), "\n"]


def s_layout(clean):
    ctx = Ctx()
    kind = pick(["list", "table", "kv", "md", "list", "table", "kv"])
    out = []
    if clean:
        t = pick(CLEAN_KEYS)
        f = clean_facts(ctx, t)
        if chance(0.5):
            out += ["**Laporan warga: %s**\n\n" % CLEAN_TOPICS[t], "| No | Lokasi | Keterangan | Sejak |\n|---|---|---|---|\n"]
            for i in range(1, R.randint(3, 5)):
                out += ["| %d | %s km %d | %s | %s |\n" % (i, pick(ROADS), R.randint(1, 60), pick(["lubang 1 m", "lampu mati", "drainase tersumbat", "aspal mengelupas", "longsor kecil"]), evdate("slash"))]
            out += ["\n", f[0], "\n", f[1], "\n\nTiket sebelumnya: ", ticket(), ", ", ticket(), "\nHotline: 112 / 1708"]
        else:
            out += ["Perihal: %s\n" % CLEAN_TOPICS[t]]
            out += ["- Lokasi: Kec. %s, %s\n" % (pick(ctx.region.kecs), ctx.region.display)]
            out += ["- Dasar: ", pick(REGS), "\n- Anggaran: ", rp(), "\n- Kejadian: ", evdate(), "\n"]
            out += ["- Keterangan: ", f[0], " ", f[1], "\n", "- Kontak instansi: ", inst_email(ctx), "\n", "- No. tiket: ", ticket(), "\n"]
            out += ["- Catatan: pelapor minta identitas dirahasiakan."]
        return out
    t = pick(PII_TOPICS)
    if kind == "list":
        n = R.randint(3, 6)
        f = pick(["dash", "pipe", "bullet", "slash", "bold", "dob"])
        rep = ctx.person()
        head = pick(["Berikut data warga %s yang %s:\n\n" % (pick(["RT 03", "RT 07", "dusun kami", "kampung kami", "Blok C"]), pick(["belum menerima BLT", "tidak terdaftar PBI", "dihapus dari DTKS", "belum dapat e-KTP"])),
                     "Daftar korban %s:\n" % pick(["penipuan arisan", "pungli sertifikat", "pemotongan bansos"]),
                     "Nama-nama yang terdampak (dikumpulkan oleh %s):\n" % pick(["ketua RT", "kader posyandu", "saya sendiri"])])
        out += [head]
        for i in range(1, n + 1):
            out += person_line(ctx, ctx.person(), i, f)
        out += ["\nKoordinator: ", NAME(rep), " (", PHONE(rep, "table"), ")"]
        if chance(0.5):
            out += ["\nTiket awal ", ticket(), ", dilaporkan ", evdate(), "."]
    elif kind == "table":
        tt = pick(["nik", "kk", "bpjs", "paspor", "guru", "hp"])
        if tt == "nik":
            out += ["Data warga yang belum menerima bantuan:\n\n| No | Nama | NIK | Alamat |\n|----|------|-----|--------|\n"]
        elif tt == "kk":
            out += ["| Nama KK | No. KK | No. HP |\n| --- | --- | --- |\n"]
        elif tt == "bpjs":
            out += ["Peserta PBI yang dinonaktifkan:\n\n| Nama Peserta | No. Kartu JKN | Tgl Lahir |\n|:--|:--|:--|\n"]
        elif tt == "paspor":
            out += ["Data PMI yang belum dipulangkan:\n| No | Nama | No. Paspor | Negara | Kontak keluarga |\n|---|---|---|---|---|\n"]
        elif tt == "guru":
            out += ["Guru honorer/PPPK yang TPP-nya belum cair:\n\n| Nama | NIP | Rekening |\n|---|---|---|\n"]
        else:
            out += ["| Nama | HP | Email |\n|---|---|---|\n"]
        for i in range(1, R.randint(3, 6)):
            p = ctx.person(official=(tt == "guru"))
            if tt == "nik":
                row = ["| %d | " % i, NAME(p), " | ", NIK(p, "table"), " | ", ADDR(p, pick(["std", "upper"])), " |"]
            elif tt == "kk":
                row = ["| ", NAME(p), " | ", KK(p, "table"), " | ", PHONE(p, "table"), " |"]
            elif tt == "bpjs":
                row = ["| ", NAME(p, pick(["full", "upper"])), " | ", BPJS(p), " | ", DOB(p, "table"), " |"]
            elif tt == "paspor":
                fam = ctx.person(group=p.group, region=p.region)
                row = ["| %d | " % i, NAME(p), " | ", PASSPORT(p), " | ", pick(["Malaysia", "Taiwan", "Hong Kong", "Arab Saudi", "Korea Selatan"]), " | ", NAME(fam, "call"), " ", PHONE(fam, "table"), " |"]
            elif tt == "guru":
                b, a = ACCT(p, pick(["BRI", "Bank Jateng", "BNI", "Bank BJB", "BTN"]))
                row = ["| ", NAME(p), " | ", NIP(p), " | ", b, " ", a, " |"]
            else:
                row = ["| ", NAME(p), " | ", PHONE(p, "table"), " | ", EMAIL(p), " |"]
            out += row + ["\n"]
        rep = ctx.person()
        out += ["\nDilaporkan oleh ", NAME(rep), ", ", pick(["ketua RT", "warga", "kader PKK", "pendamping desa"]), ", ", pick(["HP ", "WA ", "kontak: "]), PHONE(rep), "."]
        out += [" Keluhan: ", TOPICS[t][0], "."]
    elif kind == "kv":
        rep = ctx.person()
        ex = {"pajak": ["npwp"], "bpjs": ["bpjs"], "rs": ["bpjs"], "paspor": ["passport"], "pmi": ["passport"],
              "penipuan": ["acct"], "leasing": ["plate"], "parkir": ["plate"], "pensiun": ["acct"]}.get(t, [])
        if chance(0.4):
            ex = ex + [pick(["npwp", "npwp", "bpjs", "passport", "acct", "plate"])]
        out += [pick(["IDENTITAS PELAPOR\n", "Data Pelapor\n", "== FORMULIR PENGADUAN ==\n", "Identitas:\n"])]
        out += kv_block(ctx, rep, bold=False, extra=ex)
        out += ["\n", pick(["URAIAN PENGADUAN\n", "Isi laporan:\n", "Kronologi:\n"])]
        out += ["Saya melaporkan ", TOPICS[t][0], ". "]
        out += sent(topic_facts(ctx, rep, t))
        out += ["\n\nTerima kasih."]
    else:  # markdown report
        rep = ctx.person()
        out += ["## Pengaduan: %s\n\n" % (TOPICS[t][0][0].upper() + TOPICS[t][0][1:]), "### Pelapor\n"]
        out += kv_block(ctx, rep, bold=True)
        out += ["\n### Kronologi\n"]
        for i, s in enumerate(topic_facts(ctx, rep, t), 1):
            out += ["%d. " % i, s, "\n"]
        o = ctx.person(official=True)
        out += ["\n### Terlapor\n- **Nama:** ", NAME(o), "\n- **Jabatan:** ", pick(["Kasi Pelayanan", "Staf Desa", "Kepala Dusun", "Operator Dapodik", "Bendahara"]), "\n"]
        if chance(0.6):
            out += ["- **NIP:** ", NIP(o), "\n"]
        if chance(0.5):
            out += ["- **Kendaraan:** **", PLATE(o), "**\n"]
        out += ["\n> Mohon identitas saya dirahasiakan. Tiket sebelumnya: ", ticket()]
    return out


# ============================================================================
# STYLE 5: older / less fluent writers, regional language mixing
# ============================================================================

DIALECT = {
    "jawa": dict(open=["Nyuwun sewu bpk/ibu", "Assalamualaikum wr wb", "Kulo nuwun", "Sugeng enjang"], me="kulo", home="griyo kulo",
                 not_yet="dereng", done="sampun", thanks=["Matur nuwun sanget", "Maturnuwun", "matur suwun"], filler=["nggih", "lho", "to"]),
    "sunda": dict(open=["Punten", "Assalamualaikum, punten", "Sampurasun"], me="abdi", home="bumi abdi", not_yet="teu acan",
                  done="atos", thanks=["Hatur nuhun", "hatur nuhun pisan"], filler=["atuh", "mah", "teh"]),
    "minang": dict(open=["Assalamualaikum", "Mohon maaf sabalunnyo"], me="ambo", home="rumah ambo", not_yet="alun",
                   done="alah", thanks=["Tarimo kasih", "terima kasih banyak"], filler=["lah", "bana", "koq"]),
    "betawi": dict(open=["Permisi", "Assalamualaikum"], me="aye", home="rumah aye", not_yet="belon", done="udeh",
                   thanks=["Makasih", "makasih banyak ye"], filler=["dah", "kagak", "nyak"]),
    "bugis": dict(open=["Tabe' pak", "Assalamualaikum, tabe'"], me="saya", home="rumahku", not_yet="belum pi",
                  done="sudah mi", thanks=["Terima kasih banyak", "makasih pak di'"], filler=["iye", "ji", "mi"]),
    "batak": dict(open=["Horas", "Selamat pagi lae"], me="aku", home="rumahku", not_yet="belum", done="udah",
                  thanks=["Mauliate", "Terima kasih banyak"], filler=["lae", "nya", "kali"]),
    "plain": dict(open=["Dengan hormat", "Selamat siang", "Yth bapak/ibu petugas", "Kepada yth"], me="saya", home="rumah saya",
                  not_yet="belum", done="sudah", thanks=["Terima kasih", "Trims", "Atas perhatiannya diucapkan terima kasih"], filler=["", "", ""]),
}
GROUP_DIALECT = {"jawa": "jawa", "tunggal": "jawa", "sunda": "sunda", "minang": "minang", "bugis": "bugis", "batak": "batak",
                 "arab": "betawi", "tionghoa": "plain", "melayu": "plain", "bali": "plain", "papua": "plain", "timur": "plain"}


def s_old(clean):
    ctx = Ctx()
    rep = ctx.person(age=R.randint(52, 82))
    dl = DIALECT[GROUP_DIALECT[rep.group] if chance(0.8) else pick(list(DIALECT))]
    me = dl["me"]
    out = []
    out += [pick(dl["open"]), pick(["..", " ,", ". ", "!! ", ", "])]
    if clean:
        t = pick(CLEAN_KEYS)
        out += ["mau lapor ", CLEAN_TOPICS[t], " ", pick(dl["filler"]), ". "]
        for s in clean_facts(ctx, t):
            out += [s, " "]
        out += ["%s %s lapor ke pak RT tp %s ada tindakan. " % (me, dl["done"], dl["not_yet"]),
                "%s warga biasa tdk usah disebut nama. " % me.capitalize(), pick(dl["thanks"]), pick(["..", ".", " wassalam", "!!"])]
        return transform(out, oldify)
    t = pick(PII_TOPICS)
    intro = pick(["%s " % me, "%s bpk. " % me if rep.sex == "m" else "%s ibu " % me, "%s ini " % me, "yg lapor "])
    nm = NAME(rep, pick(["full", "full", "upper", "lower", "call"]))
    out += [intro, nm, pick([" ,umur %d thn" % rep.age, " (%d th)" % rep.age, " usia %d" % rep.age, "", ""])]
    if chance(0.1):
        out += [pick([" , alamat sy ", " ,tinggal di "]), bare_rtrw("old"), tail(rep, "old"), pick([". ", " .", ".. "])]
    else:
        out += [pick([" , tinggal di ", " alamat ", " ,almt: ", " warga ", " tgl di "]), ADDR(rep, "old"), tail(rep, "old"), pick([". ", " .", ".. ", " , "])]
    out += ["mau lapor ", TOPICS[t][0], " ", pick(dl["filler"]), pick([". ", "!! ", ".. "])]
    # identity bits, written the way they come
    if chance(0.8):
        cue = pick(["NIK ", "nik: ", "Nik.", "no ktp ", "NIK sy ", "NKI ", "nik:", "n1k "])
        if chance(0.25):
            out += [pick(["nik/kk ", "NIK/KK: ", "Nik & kk "]), NIK(rep, "old"), pick(["/", " / ", " & "]), KK(rep, "old"), " "]
        else:
            out += [cue, NIK(rep, "old"), pick([" , ", ". ", " "])]
    fam = None
    if chance(0.5):
        rw_ = pick(["anak", "menantu", "ponakan"] + (["cucu"] if rep.age >= 68 else []))
        fam = relative(ctx, rep, rw_, age=R.randint(17, rep.age - 45) if rw_ == "cucu" else max(18, min(60, rep.age - R.randint(20, 32))))
        rel = rw_ + ("" if rw_ in ("menantu", "ponakan") else " %s" % me)
        po, pc = pick([("", " "), ("(", ") "), ("", ": "), ("(", " ")])
        out += ["hp ", po, rel, " ", NAME(fam, pick(["call", "full"])), pc, PHONE(fam, "old"), pick([" ", ". ", " krn %s tdk punya hp. " % me])]
    else:
        out += [pick(["no hp ", "hp.", "No.Hp:", "tlp ", "nmr wa "]), PHONE(rep, "old"), pick([" ", ". ", " (wa) "])]
    # story
    if chance(0.5):
        dead = relative(ctx, rep, spouse_word(rep))
        out += [pick(["%s %s %s " % (spouse_word(rep), me, "alm." if rep.sex == "f" else "almh."), "almarhum " if rep.sex == "f" else "almarhumah "]), NAME(dead, pick(["full", "call"])), " %s meninggal thn %d" % (dl["done"], R.randint(2015, 2023)), pick([". ", " , ", ".. "])]
    for s in topic_facts(ctx, rep, t, "old"):
        out += [s, " "]
    if chance(0.6):
        o = ctx.person(official=chance(0.5))
        role = pick(["pak RT", "pak kadus", "bu lurah", "carik", "petugas", "sdr.", "pendamping", "kades"])
        out += ["%s %s tanya ke %s " % (me, dl["done"], role), NAME(o, pick(["call", "full", "lower"])), " tp jawabnya %s ada kabar. " % dl["not_yet"]]
    if chance(0.3):
        out += ["kalo perlu %s bisa datang ke kantor, atau ke %s di " % (me, dl["home"]), ADDR(rep, "old"), ". "]
    if chance(0.25):
        out += ["ttl ", rep.region.name.lower(), pick([" ", ", ", " , "]), DOB(rep, "old"), ". "]
    out += [pick(["mohon dibantu ", "tlg dibantu ", "mhn bantuannya ", "tolong di tindak lanjuti "]), pick(["krn %s sdh tua" % me, "krn %s tdk paham internet" % me, "", "ini yg ke 3 kali %s lapor" % me]),
            pick(["..", ". ", "!! "]), pick(dl["thanks"]), pick(["..", ".", " wassalam", "!!", " 🙏"])]
    return transform(out, oldify)


# ============================================================================
# STYLE 6: formal letters and dispositions between offices
# ============================================================================

DINAS = ["DINAS SOSIAL", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "DINAS PENDIDIKAN", "DINAS KESEHATAN",
         "INSPEKTORAT DAERAH", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SDM", "DINAS PERHUBUNGAN", "BADAN PENDAPATAN DAERAH",
         "DINAS KOMUNIKASI DAN INFORMATIKA", "SEKRETARIAT DAERAH"]
PANGKAT = ["Pembina Tk. I (IV/b)", "Penata (III/c)", "Pembina Utama Muda (IV/c)", "Penata Muda Tk. I (III/b)",
           "Pembina (IV/a)", "Penata Tk. I (III/d)"]
JOBS = ["Petani", "Wiraswasta", "Ibu Rumah Tangga", "Buruh Harian Lepas", "Pedagang", "Pensiunan", "Karyawan Swasta",
        "Nelayan", "Guru Honorer", "Sopir", "Mengurus Rumah Tangga", "Pelajar/Mahasiswa"]


def kop(ctx):
    r = ctx.region
    d = pick(DINAS)
    out = ["PEMERINTAH %s\n%s\n" % (r.display.upper(), d)]
    out += ["%s %s Nomor %d, %s, Kode Pos %d\n" % (pick(["Jalan", "Jl."]), pick(["Jenderal Sudirman", "Pahlawan", "Diponegoro", "Veteran", "Ahmad Yani", "Pemuda", "Merdeka Timur"]),
                                                   R.randint(1, 90), r.name, R.randint(10, 99) * 1000 + R.randint(100, 999))]
    if chance(0.6):
        out += ["Laman: %s.go.id  Pos-el: " % r.slug, inst_email(ctx), "\n"]
    out += ["-" * pick([40, 50, 60]) + "\n"]
    return out, d


def letter_no(code):
    return "%s/%d/%s/%s/%d" % (pick(["400", "800", "045.2", "470", "B-", "700", "460"]), R.randint(12, 2999), code, pick(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]), pick([2023, 2024]))


def sig_official(o, jab, nip=True, caps=None):
    pre = pick(["", "", "Drs. ", "Dr. ", "Ir. ", "H. " if o.sex == "m" else "Hj. ", "dr. ", "Dr. Ir. H. " if o.sex == "m" else "Dr. "])
    post = pick(["", ", S.Sos.", ", M.Si.", ", S.H., M.H.", ", S.Kom.", ", M.M.", ", S.Pd., M.Pd.", ", S.E., M.Ak.", ", SKM, M.Kes."])
    caps = chance(0.4) if caps is None else caps
    out = [jab, ",\n\n", pick(["ttd\n\n", "\n\n", "(ttd & cap)\n\n"]), pre, NAME(o, "upper" if caps else "full"), post, "\n"]
    if nip:
        out += [pick(PANGKAT), "\n", pick(["NIP ", "NIP. ", "NIP: "]), NIP(o), "\n"]
    return out


def identity_formal(ctx, p, job=True, hdr=None):
    w = pick([18, 20, 22])
    k = lambda s: s.ljust(w) + ": "
    out = [k("Nama"), NAME(p, pick(["full", "full", "upper"])), "\n"]
    out += [k(pick(["NIK", "Nomor Induk Kependudukan", "No. KTP"])), NIK(p, "formal"), "\n"]
    if chance(0.7):
        out += [k(pick(["Tempat/Tgl. Lahir", "Tempat, Tanggal Lahir", "Tempat/Tanggal Lahir"])), p.region.name, pick([", ", "/", ", "]), DOB(p, "formal"), "\n"]
    if job:
        out += [k("Pekerjaan"), pick(JOBS), "\n"]
    out += [k("Alamat"), ADDR(p, pick(["formal", "formal", "upper"])), tail(p), "\n"]
    if chance(0.8):
        out += [k(pick(["No. HP", "Nomor Telepon", "No. Telp/HP"])), PHONE(p, "formal") if chance(0.85) else LAND(p), "\n"]
    if chance(0.3):
        out += [k(pick(["Surel", "E-mail"])), EMAIL(p), "\n"]
    if chance(0.15):
        out += [k("NPWP"), NPWP(p), "\n"]
    return out


def s_letter(clean):
    ctx = Ctx()
    kind = pick(["pengaduan", "pengaduan", "disposisi", "nota", "sket", "bak", "kuasa"])
    out = []
    r = ctx.region
    if clean:
        k, d = kop(ctx)
        out += k
        out += ["Nomor    : %s\nSifat    : Segera\nLampiran : 1 (satu) berkas\nHal      : Tindak lanjut laporan SP4N-LAPOR! " % letter_no(pick(["Dishub", "PUPR", "DLH", "Disdik"])), ticket(), "\n\n"]
        t = pick(CLEAN_KEYS)
        out += ["Yth. Kepala %s\ndi Tempat\n\n" % pick(["Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas Lingkungan Hidup", "Bagian Umum", "Camat %s" % pick(r.kecs)])]
        out += ["Menindaklanjuti laporan masyarakat melalui SP4N-LAPOR! tanggal ", evdate(), " mengenai %s, dengan ini kami sampaikan hal-hal sebagai berikut:\n" % CLEAN_TOPICS[t]]
        for i, s in enumerate(clean_facts(ctx, t), 1):
            out += ["%d. " % i, s, "\n"]
        out += ["%d. Sesuai %s, pengaduan wajib ditindaklanjuti paling lambat 14 (empat belas) hari kerja.\n" % (3, pick(REGS[:2]))]
        out += ["\nDemikian disampaikan untuk dapat ditindaklanjuti. Identitas pelapor dirahasiakan sesuai permintaan.\n\n"]
        out += ["a.n. KEPALA %s\nSekretaris,\n\nttd\n\n(nama dan NIP terlampir pada naskah asli)\n" % d]
        out += ["\nTembusan:\n1. Yth. Inspektur Daerah;\n2. Arsip."]
        return out
    t = pick(PII_TOPICS)
    rep = ctx.person(age=R.randint(28, 75))
    if kind == "pengaduan":
        out += ["%s, %s\n\n" % (r.name, evdate("long", 2024))]
        out += ["Nomor    : -\nLampiran : %s\nPerihal  : Pengaduan %s\n\n" % (pick(["1 (satu) berkas", "2 (dua) lembar", "fotokopi KTP dan KK"]), TOPICS[t][0])]
        out += ["Kepada Yth.\n%s\ndi -\n%s\n\n" % (pick(["Bupati %s" % r.name if r.kind == "Kab" else "Wali Kota %s" % r.name, "Kepala Ombudsman RI Perwakilan %s" % r.prov, "Kepala %s %s" % (TOPICS[t][1], r.display)]), pick(["Tempat", r.name]))]
        out += ["Dengan hormat,\nYang bertanda tangan di bawah ini:\n\n"]
        out += identity_formal(ctx, rep)
        out += ["\ndengan ini mengajukan pengaduan mengenai ", TOPICS[t][0], ".\n\n"]
        out += sent(topic_facts(ctx, rep, t, "formal")) + ["\n\n"]
        if chance(0.6):
            out += ["Adapun anggota keluarga kami yang terdampak:\n"]
            for i in range(1, R.randint(2, 4)):
                rl = pick([spouse_word(rep), "anak", "anak", "menantu" if rep.age > 45 else "adik"]) if i == 1 else pick(["anak", "anak", "adik"])
                f = relative(ctx, rep, rl)
                out += ["%d. " % i, NAME(f, "full"), ", NIK ", NIK(f, "formal"), ", lahir ", DOB(f, "formal"), " (%s);\n" % rl]
            out += ["\n"]
        if chance(0.6):
            out += ["Kejadian tersebut disaksikan oleh:\n"]
            for i in range(1, R.randint(2, 4)):
                w = ctx.person()
                out += ["%d. %s" % (i, anak(w)), NAME(w), ", ", pick(["warga setempat", "tetangga", "Ketua RT", "pemilik warung"]), pick([", HP ", ", telp. "]), PHONE(w, "formal"), ";\n"]
            out += ["\n"]
        out += ["Demikian pengaduan ini saya buat dengan sebenarnya, sesuai %s. Atas perhatian Bapak/Ibu saya ucapkan terima kasih.\n\n" % pick(REGS[:3])]
        out += ["Hormat saya,\nPelapor\n\nttd\n\n", NAME(rep, pick(["full", "upper"])), "\n"]
        if chance(0.6):
            rt = ctx.person(sex="m", age=R.randint(45, 70))
            out += ["\nMengetahui,\nKetua RT %03d/RW %03d\n\nttd\n\n" % (R.randint(1, 15), R.randint(1, 12)), NAME(rt, pick(["full", "upper"])), "\n"]
    elif kind == "disposisi":
        k, d = kop(ctx)
        out += k
        boss = ctx.person(official=True)
        o = ctx.person(official=True)
        out += ["LEMBAR DISPOSISI\n\n"]
        out += ["Surat dari    : %s\n" % pick(["Ombudsman RI Perwakilan %s" % r.prov, "Sekretariat SP4N-LAPOR! KemenPAN-RB", "Bupati/Wali Kota", "Inspektorat Provinsi"])]
        out += ["No. Surat     : %s\n" % letter_no(pick(["PW", "LAPOR", "Setda"]))]
        out += ["Tgl. Surat    : ", evdate("dash", 2024), "\nDiterima Tgl. : ", evdate("dash", 2024), "\nNo. Agenda    : %d\nSifat         : %s\n" % (R.randint(100, 4999), pick(["Segera", "Sangat Segera", "Biasa"]))]
        out += ["Hal           : Tindak lanjut laporan ", ticket(), " a.n. ", NAME(rep), "\n\n"]
        out += ["Diteruskan kepada Sdr.:\n[x] Sekretaris\n[x] Kabid %s\n[ ] Kasubag Umum\n\n" % pick(["Rehabilitasi Sosial", "Pelayanan Pendaftaran Penduduk", "Pembinaan SD", "Pelayanan Kesehatan", "Investigasi"])]
        out += ["Catatan: Mohon segera dikonfirmasi ke pelapor (", PHONE(rep, "formal"), ") dan dipanggil klarifikasi terhadap ", anak(o), NAME(o), ", NIP ", NIP(o), ", paling lambat ", evdate("long", 2024), ".\n"]
        if chance(0.5):
            out += ["Pelapor tinggal di ", ADDR(rep, "formal"), tail(rep), ".\n"]
        out += ["\n"] + sig_official(boss, "Kepala %s" % d.title().replace("Dan", "dan"))
    elif kind == "nota":
        a1 = ctx.person(official=True)
        a2 = ctx.person(official=True)
        o = ctx.person(official=True)
        out += ["NOTA DINAS\n\n"]
        out += ["Kepada  : Yth. Inspektur Pembantu Wilayah %s\nDari    : Sekretaris Inspektorat\nTembusan: Kepala BKPSDM\nTanggal : " % pick(["I", "II", "III", "IV"]), evdate("long", 2024), "\nNomor   : %s\nSifat   : Rahasia\nHal     : Pemeriksaan dugaan pelanggaran disiplin\n\n" % letter_no("Insp")]
        out += ["1. Berdasarkan laporan masyarakat melalui SP4N-LAPOR! ", ticket(), " tanggal ", evdate(), ", pelapor ", anak(rep), NAME(rep, "full"), " (NIK ", NIK(rep, "formal"), ") menyampaikan ", TOPICS[t][0], ".\n"]
        out += ["2. Terlapor adalah ", anak(o), NAME(o, "full"), ", NIP ", NIP(o), ", ", pick(PANGKAT), ", ", pick(["Kasi Pemerintahan", "Bendahara Pengeluaran", "Staf Pelayanan", "Operator SIAK"]), ".\n"]
        if chance(0.7):
            out += ["3. Terlapor diduga menggunakan kendaraan dinas ", PLATE(o), " untuk kepentingan pribadi dan tercatat tinggal di ", ADDR(o, "formal"), tail(o), ".\n"]
        out += ["4. Sehubungan dengan itu, mohon ditugaskan ", anak(a1), NAME(a1), ", NIP ", NIP(a1), ", sebagai ketua tim, dengan anggota ", anak(a2), NAME(a2), ", NIP ", NIP(a2), ".\n"]
        out += ["5. Pemeriksaan mengacu pada ", REGS[13], ".\n\nDemikian, untuk menjadi perhatian.\n\n"]
        out += sig_official(ctx.person(official=True), "Sekretaris")
    elif kind == "sket":
        kades = ctx.person(age=R.randint(35, 65))
        sek = ctx.person(official=True)
        desa = rep.kel
        out += ["PEMERINTAH %s\nKECAMATAN %s\n%s %s\n\n" % (r.display.upper(), rep.kec.upper(), "KELURAHAN" if r.kind == "Kota" else "DESA", desa.upper())]
        out += ["SURAT KETERANGAN %s\nNomor: %s\n\n" % (pick(["TIDAK MAMPU", "DOMISILI", "KEMATIAN", "BEDA NAMA"]), letter_no("Ds"))]
        out += ["Yang bertanda tangan di bawah ini %s %s, menerangkan bahwa:\n\n" % ("Lurah" if r.kind == "Kota" else "Kepala Desa", desa)]
        out += identity_formal(ctx, rep)
        if chance(0.5):
            out += ["No. KK".ljust(20) + ": ", KK(rep, "formal"), "\n"]
        out += ["\nadalah benar warga kami. Surat ini dibuat untuk keperluan pengaduan terkait ", TOPICS[t][0], ".\n\n"]
        out += ["%s, " % desa, evdate("long", 2024), "\n"]
        out += ["%s %s,\n\nttd\n\n" % ("Lurah" if r.kind == "Kota" else "Kepala Desa", desa), NAME(kades, "upper"), "\n"]
        if r.kind == "Kota":
            out += ["NIP ", NIP(kades), "\n"]
        if chance(0.5):
            out += ["\nCatatan: konsep disiapkan oleh Sekretaris %s, " % ("Kelurahan" if r.kind == "Kota" else "Desa"), NAME(sek), ", NIP ", NIP(sek), "."]
    elif kind == "bak":
        o1 = ctx.person(official=True)
        o2 = ctx.person(official=True)
        o3 = ctx.person(official=True)
        w = ctx.person()
        out += ["BERITA ACARA KLARIFIKASI\nNomor: %s\n\n" % letter_no("BAK")]
        out += ["Pada hari ini %s tanggal " % pick(["Senin", "Selasa", "Rabu", "Kamis", "Jumat"]), evdate("long", 2024), ", bertempat di Kantor %s %s, telah dilaksanakan klarifikasi atas laporan " % (TOPICS[t][1], r.display), ticket(), ".\n\n"]
        out += ["Hadir:\n"]
        out += ["1. ", NAME(o1), ", NIP ", NIP(o1), " (pimpinan rapat)\n"]
        out += ["2. ", NAME(o2), ", NIP ", NIP(o2), " (notulis)\n"]
        out += ["3. ", NAME(rep), " (pelapor), NIK ", NIK(rep, "formal"), ", HP ", PHONE(rep, "formal"), "\n"]
        out += ["4. ", NAME(o3), ", NIP ", NIP(o3), " (terlapor)\n"]
        out += ["5. ", NAME(w), " (saksi), ", ADDR(w, "formal"), tail(w), "\n\n"]
        out += ["Hasil klarifikasi:\n"]
        for i, s in enumerate(topic_facts(ctx, rep, t, "formal"), 1):
            out += ["%s. " % "abcd"[i - 1], s, "\n"]
        out += ["\nDemikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya.\n\n"]
        out += ["Pelapor,\n\n", NAME(rep, "upper"), "\n\nTerlapor,\n\n", NAME(o3, "upper"), "\n"]
    else:  # surat kuasa
        q = ctx.person(group=rep.group)
        out += ["SURAT KUASA\n\nYang bertanda tangan di bawah ini:\n\n"]
        out += identity_formal(ctx, rep)
        out += ["\nselanjutnya disebut PEMBERI KUASA, memberikan kuasa kepada:\n\n"]
        out += identity_formal(ctx, q)
        out += ["\nselanjutnya disebut PENERIMA KUASA,\n\nKHUSUS\n\nuntuk mengurus pengaduan mengenai ", TOPICS[t][0], " pada ", TOPICS[t][1], " %s, termasuk menerima dokumen atas nama Pemberi Kuasa.\n" % r.display]
        if t in ("paspor", "pmi"):
            out += ["Nomor paspor Pemberi Kuasa: ", PASSPORT(rep), ".\n"]
        elif t in ("pensiun", "penipuan", "pkh", "guru"):
            b, a = ACCT(rep)
            out += ["Pembayaran agar ditransfer ke rekening ", b, " nomor ", a, " atas nama Pemberi Kuasa.\n"]
        else:
            out += ["NPWP Pemberi Kuasa: ", NPWP(rep), ".\n"]
        out += ["\n%s, " % r.name, evdate("long", 2024), "\n\nPenerima Kuasa,          Pemberi Kuasa,\n\n\n", NAME(q, "upper"), "          ", NAME(rep, "upper"), "\n"]
    return out


# ============================================================================
# STYLE 7: very short (SMS) and very long texts
# ============================================================================

def s_short(clean):
    ctx = Ctx()
    p = ctx.person()
    if clean:
        return [pick([
            ["Lap ", ticket(), " blm ada respon, sdh %d hari." % R.randint(14, 60)],
            ["Jalan rusak parah %s km %d, tlg diperbaiki sblm ada korban lg" % (pick(ROADS), R.randint(2, 70))],
            ["SPBU %s solar kosong lg hr ini. Antre dr subuh" % spbu()],
            ["Sdh telp 112 & 1708 gak diangkat2. Lampu PJU RT 0%d mati smua" % R.randint(1, 9)],
            ["Pungutan %s di SMPN %d utk study tour, wajib katanya. Mhn ditindak" % (rp(), R.randint(1, 20))],
            ["Air PDAM mati sejak %s, %s KK terdampak. Kapan nyala?" % (evdate("slash"), "{:,}".format(R.randint(150, 2500)).replace(",", "."))],
            ["NIK saya sudah dicek di 3 aplikasi tp tetap gagal daftar, sistemnya error trs"],
            ["Cek tiket ", ticket(), " tolong, sdh diverifikasi tp blm ditindaklanjuti"],
        ])]
    f = pick(["nik", "plate", "bpjs", "ticket", "acct", "pas", "npwp", "handle", "email", "nip", "kk", "addr", "phone2", "dob",
              "pln", "kip", "bpjsibu", "bare", "tabrak", "teror", "tpg"])
    if f == "pln":
        o = ctx.person(sex="m")
        return ["Pak, ada org ngaku petugas PLN minta uang, namanya ", NAME(o, "call"), " hp ", PHONE(o, "sms"), ". Rumah sy di ", ADDR(p, "old")]
    if f == "kip":
        kid = relative(ctx, p, "anak", age=R.randint(7, 17)) if p.age >= 30 else p
        return [NAME(kid), " (", DOB(kid, "old"), ") blm dpt KIP. NIK ", NIK(kid, "old")]
    if f == "bpjsibu":
        mom = relative(ctx, p, "ibu")
        return ["tolong cek no bpjs ibu sy ", BPJS(mom), " a.n ", NAME(mom, pick(["full", "upper"])), ", ditolak di puskesmas"]
    if f == "bare":
        return [pick(["alamat sy ", "Sy tinggal di ", "rumah sy "]), bare_rtrw("old"), " kel. %s, gak dpt bansos lg. " % p.kel, NAME(p, "call"), " ", PHONE(p, "sms")]
    if f == "tabrak":
        o = ctx.person()
        return ["Mobil ", PLATE(o, "sms"), " nabrak lari anak sy td pagi di %s, pengemudinya katanya " % pick(ROADS), NAME(o), "!!"]
    if f == "teror":
        o = ctx.person()
        return ["WA ", PHONE(o, "sms"), " neror sy tiap hari ngaku dr pinjol. Sy gak pernah pinjam. ", emo()]
    if f == "tpg":
        b, a = ACCT(p, pick(["BRI", "Bank Jateng", "BNI", "BTN", "Mandiri"]))
        return ["Mhn info pencairan TPG a.n ", NAME(p), " NIP ", NIP(p), " rek ", b, " ", a]
    if f == "nik":
        return [pick(["NIK ", "nik ", "Nik: "]), NIK(p, "std"), pick([" blm terdaftar DTKS mhn dicek. ", " ditolak terus pas daftar PBI. "]), NAME(p, pick(["call", "full"])), " ", PHONE(p, "sms")]
    if f == "plate":
        return ["Lapor: mobil ", PLATE(p, "sms"), pick([" parkir liar tiap malam di dpn gg, ", " plat merah dipake ke pasar tiap minggu, ", " ugal2an bawa anak sekolah, "]), pick(["tq", "mhn ditindak", "🙏"])]
    if f == "bpjs":
        return ["Sy ", NAME(p, "call"), ", bpjs ", BPJS(p), " nonaktif knp ya? mhn info", [". wa ", PHONE(p, "sms")] if chance(0.5) else ""]
    if f == "ticket":
        return ["sy ", NAME(p), " hp ", PHONE(p, "sms"), " mau tanya lap ", ticket(), " kok blm ada tanggapan"]
    if f == "acct":
        b, a = ACCT(p)
        return ["Awas penipu ngaku petugas dinsos!! minta transfer ke rek ", b, " ", a, " an ", NAME(p, pick(["full", "upper"])), " ", emo()]
    if f == "pas":
        return ["Paspor ", PASSPORT(p), " a.n. ", NAME(p), " blm terbit sdh 2 bln, pdhl sdh bayar ", rp()]
    if f == "npwp":
        return [pick(["Tanya: NPWP ", "npwp sy ", "NPWP a.n sy "]), NPWP(p), pick([" kok tdk bisa login djp online? ", " diblokir, pdhl sdh lapor SPT. ", " terdaftar dobel. "]), NAME(p, "call")]
    if f == "handle":
        return ["Akun ", HANDLE(p), " jual data KTP warga, tolong ", inst_handle(ctx), " ditindak ", emo()]
    if f == "email":
        return ["Sdh kirim berkas ke dinas dr email ", EMAIL(p), " tp gak pernah dibales. ", NAME(p, "call")]
    if f == "nip":
        return ["Guru a.n. ", NAME(p), " NIP ", NIP(p), " blm terima TPP 3 bln"]
    if f == "kk":
        kid = ctx.person(age=0, group=p.group, region=p.region)
        return ["KK ", KK(p), " blm update, %s sy " % ("anak" if p.age < 45 else "cucu"), NAME(kid, "call"), " lahir ", DOB(kid, "old"), " blm masuk"]
    if f == "addr":
        return ["alamat: ", ADDR(p, "old"), " air mati %d hari. %s" % (R.randint(2, 9), pick(["tlg", "mhn dicek", "kapan nyala"]))]
    if f == "dob":
        return [NAME(p, "lower"), " ttl ", p.region.name.lower(), " ", DOB(p, "old"), " data di dukcapil salah tahun lahirnya"]
    return ["HP/WA ", PHONE(p, "sms"), "/", PHONE(p, "sms", k="wa"), " a.n. ", NAME(p), " mohon dihubungi soal ", pick(["bansos", "PKH", "KIP", "e-KTP"])]


def para_identity(ctx, rep):
    f = pick(["prose", "prose", "block"])
    if f == "block":
        return ["Identitas pelapor:\n"] + kv_block(ctx, rep)
    o, c = pick([(", NIK ", ", "), (" (NIK ", "), "), (", nomor KTP ", ", ")])
    return ["Perkenalkan, saya ", NAME(rep, "full"), o, NIK(rep), c,
            "tinggal di ", ADDR(rep), tail(rep), ". Saya bisa dihubungi di ", PHONE(rep), pick([" atau email ", " (WA) dan ", " / "]), EMAIL(rep) if chance(0.6) else PHONE(rep, k="wa"), "."]


def para_numbers(ctx):
    s = [pick(["Sebagai informasi tambahan, ", "Perlu kami sampaikan juga, ", "Untuk diketahui, "])]
    bits = [
        ["kami sudah melapor lewat SMS 1708 dengan ", ticket(), " dan lewat aplikasi dengan ", ticket()],
        ["total kerugian warga diperkirakan ", rp(), " sementara anggaran yang tercantum di papan proyek ", rp()],
        ["menurut ", pick(REGS), " dan ", pick(REGS), ", pengaduan harus dijawab paling lambat 14 hari kerja"],
        ["kejadian pertama tanggal ", evdate(), " dan terulang lagi tanggal ", evdate()],
        ["saya juga sudah menghubungi 112 dan %s tapi diarahkan ke dinas" % pick(HOTLINES[2:])],
        ["SPBU ", spbu(), " di ", pick(ROADS), " km ", str(R.randint(3, 60)), " jadi titik kumpul warga"],
        ["sekolah anak kami (NPSN ", npsn(), ") juga ikut terdampak, ", str(R.randint(140, 600)), " siswa diliburkan"],
        ["sekitar ", "{:,}".format(R.randint(150, 3500)).replace(",", "."), " KK terdampak di RT 0", str(R.randint(1, 9)), " sampai RT 1", str(R.randint(0, 5))],
        ["surat dinas nomor ", letter_no("Dinsos"), " tanggal ", evdate(), " belum dijalankan"],
        ["pengaduan tertulis juga sudah dikirim ke ", inst_email(ctx)],
    ]
    R.shuffle(bits)
    for i, b in enumerate(bits[:R.randint(3, 5)]):
        s += ([", " if i else ""] + b)
    s.append(".")
    return s


def para_people(ctx, rep):
    o = ctx.person(official=True)
    nb = ctx.person()
    rl = pick(["anak", spouse_word(rep), "adik"])
    fam = relative(ctx, rep, rl)
    po, pc = pick([(", NIP ", ". "), (" (NIP ", "). ")])
    opts = [
        ["Petugas yang melayani kami waktu itu adalah ", hon(o), NAME(o, "full"), po, NIP(o), pc,
         "Beliau berjanji akan menelepon kembali ke nomor saya, tetapi sampai sekarang tidak ada kabar."],
        ["Tetangga saya, ", hon(nb), NAME(nb), ", yang tinggal di ", ADDR(nb), ", mengalami hal yang sama dan bersedia menjadi saksi. Nomor beliau ", PHONE(nb), "."],
        [rl.capitalize() + " saya, ", NAME(fam, "full"), ", lahir ", DOB(fam), ", NIK ", NIK(fam), ", juga tercantum di KK yang sama dengan nomor ", KK(rep), "."],
        ["Ketika kami datang ke kantor, ", pick(["Kasi Pelayanan", "operator", "petugas loket"]), " bernama ", NAME(o, "call"), " malah menyuruh kami membayar ", rp(), " tanpa kuitansi. Mobil dinas yang dipakainya bernomor ", PLATE(o), "."],
    ]
    R.shuffle(opts)
    return sent(opts[:R.randint(2, 3)])


def s_long(clean):
    ctx = Ctx()
    out = []
    if clean:
        out += ["Yth. Admin SP4N-LAPOR! dan %s,\n\n" % ctx.region.display]
        out += ["Saya menulis sebagai warga %s yang tidak ingin disebutkan namanya. Laporan ini merangkum beberapa masalah pelayanan publik yang sudah berulang kali kami sampaikan tetapi belum ditangani.\n\n" % ctx.region.display]
        keys = CLEAN_KEYS[:]
        R.shuffle(keys)
        for t in keys:
            b = build(out)[0]
            if len(b) > 2600:
                break
            out += ["Pertama, " if len(out) < 4 else pick(["Selanjutnya, ", "Selain itu, ", "Masalah lain, "]), CLEAN_TOPICS[t], ". "]
            out += sent(clean_facts(ctx, t)) + ["\n\n"]
            if chance(0.5):
                out += para_numbers(ctx) + ["\n\n"]
        out += ["Kami berharap laporan ini ditindaklanjuti sesuai ", pick(REGS[:3]), ". Identitas saya mohon dirahasiakan. Terima kasih."]
        return out
    rep = ctx.person()
    t1, t2 = R.sample(PII_TOPICS, 2)
    out += [pick(["Yth. Bapak/Ibu Pengelola SP4N-LAPOR!", "Kepada Yth. %s %s" % ("Wali Kota" if ctx.region.kind == "Kota" else "Bupati", ctx.region.name), "Assalamualaikum wr. wb.", "Selamat malam admin,"]), "\n\n"]
    out += para_identity(ctx, rep) + ["\n\n"]
    out += ["Saya ingin menyampaikan pengaduan tentang ", TOPICS[t1][0], ". "] + sent(topic_facts(ctx, rep, t1)) + ["\n\n"]
    out += para_numbers(ctx) + ["\n\n"]
    out += para_people(ctx, rep) + ["\n\n"]
    out += ["Selain itu, ", TOPICS[t2][0], ". "] + sent(topic_facts(ctx, rep, t2)) + ["\n\n"]
    target = R.randint(2100, 3300)
    while len(build(out)[0]) < target:
        out += [pick([para_numbers(ctx), para_people(ctx, rep)]), "\n\n"]
    tail_ = ["Lampiran: fotokopi KTP, KK dan foto lokasi (dikirim terpisah).\n\nHormat saya,\n", NAME(rep, pick(["full", "upper"])), "\n", PHONE(rep)]
    out += tail_
    return out


# ============================================================================
# validation
# ============================================================================

DIGW = {"nol": "0", "kosong": "0", "satu": "1", "dua": "2", "tiga": "3", "empat": "4", "lima": "5", "enam": "6",
        "tujuh": "7", "delapan": "8", "sembilan": "9"}
ADDR_START = re.compile(r"(?i)^(jl\.?|jln\.?|jalan|gg\.?|gang|lr\.?|lrg\.?|lorong|perum|perumahan|komp\.?|komplek|kompleks|btn|dusun|dsn\.?|jorong|kp\.?|kampung|rt)(?![a-z])")
AREA_CODES = {r.area for r in REGIONS}


def digits_of(v):
    out = ""
    for tok in re.findall(r"[A-Za-z]+|\d+", v):
        if tok.isdigit():
            out += tok
        elif tok.lower() in DIGW:
            out += DIGW[tok.lower()]
        else:
            return None
    return out


def valid_date(d, m, y):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def check_value(v, lab):
    """format checks per label; returns an error string or None"""
    if lab in ("NIK", "KK", "NPWP", "PHONE", "BANK_ACCOUNT", "BPJS", "NIP"):
        d = digits_of(v)
        if d is None:
            return "non-digit word"
        if lab == "NIK":
            if not 15 <= len(d) <= 17 or int(d[:2]) not in PROV_OK:
                return "bad NIK"
            if len(d) == 16:
                dd, mm = int(d[6:8]), int(d[8:10])
                if dd > 40:
                    dd -= 40
                if not valid_date(dd, mm, 2000 + int(d[10:12]) if int(d[10:12]) < 25 else 1900 + int(d[10:12])):
                    return "bad NIK date"
        elif lab == "KK":
            if len(d) != 16 or int(d[:2]) not in PROV_OK or not valid_date(int(d[6:8]), int(d[8:10]), 2000 + int(d[10:12])):
                return "bad KK"
        elif lab == "NPWP":
            if len(d) == 15:
                if not ("04" <= d[:2] <= "09" and d.endswith("000")):
                    return "bad NPWP15"
            elif len(d) == 16:
                if not ((d[0] == "0" and "04" <= d[1:3] <= "09" and d.endswith("000")) or int(d[:2]) in PROV_OK):
                    return "bad NPWP16"
            else:
                return "bad NPWP len"
        elif lab == "PHONE":
            if d.startswith("62"):
                d = "0" + d[2:]
            if d.startswith("08"):
                if not 11 <= len(d) <= 13 or d[:4] not in MOBILE_PREFIXES:
                    return "bad mobile"
            elif not (any(d.startswith(a) for a in AREA_CODES) and 9 <= len(d) <= 12):
                return "bad landline"
        elif lab == "BANK_ACCOUNT":
            if len(d) not in (10, 13, 14, 15, 16):
                return "bad account"
        elif lab == "BPJS":
            if len(d) != 13 or not d.startswith("000"):
                return "bad BPJS"
        elif lab == "NIP":
            if len(d) != 18 or not valid_date(int(d[6:8]), int(d[4:6]), int(d[:4])) or d[14] not in "12":
                return "bad NIP"
    elif lab == "PASSPORT":
        if not re.fullmatch(r"[A-Za-z] ?\d{7}", v):
            return "bad passport"
    elif lab == "PLATE":
        if not re.fullmatch(r"[A-Za-z]{1,2}[ -]?\d{1,4}[ -]?[A-Za-z]{1,3}", v):
            return "bad plate"
    elif lab == "EMAIL":
        if not (re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v) or re.search(r" (at|et) ", v)):
            return "bad email"
    elif lab == "HANDLE":
        if not re.fullmatch(r"@[A-Za-z0-9_.]*[A-Za-z0-9_]", v):
            return "bad handle"
    elif lab == "DATE_OF_BIRTH":
        if not re.search(r"(19|20)\d\d", v):
            return "bad dob"
    elif lab == "PERSON":
        if re.search(r"\d", v) or v.split()[0].lower() in PERSON_STOP:
            return "bad person"
    elif lab == "ADDRESS":
        if not ADDR_START.match(v):
            return "bad address start"
    return None


def validate(records):
    errs = []
    ids = set()
    for rec in records:
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        oks = rec.get("_ok", [])
        if rid in ids:
            errs.append((rid, "duplicate id"))
        ids.add(rid)
        cover = [False] * len(text)
        prev_end = -1
        for s in spans:
            a, b, lab = s["start"], s["end"], s["label"]
            if not (0 <= a < b <= len(text)):
                errs.append((rid, "offset out of range %r" % s))
                continue
            v = text[a:b]
            if s.get("_v") is not None and v != s["_v"]:
                errs.append((rid, "value mismatch %r vs %r" % (v, s["_v"])))
            if lab not in LABELS:
                errs.append((rid, "bad label %s" % lab))
            if a < prev_end:
                errs.append((rid, "overlap at %d" % a))
            prev_end = b
            if v != v.strip():
                errs.append((rid, "whitespace edge %r" % v))
            if a > 0 and text[a - 1].isalnum():
                errs.append((rid, "glued left %r" % text[max(0, a - 5):b]))
            if b < len(text) and text[b].isalnum():
                errs.append((rid, "glued right %r" % text[a:b + 5]))
            e = check_value(v, lab)
            if e:
                errs.append((rid, "%s: %r" % (e, v)))
            for i in range(a, b):
                cover[i] = True
        for a, b, v in oks:
            if text[a:b] != v:
                errs.append((rid, "ok mismatch"))
            for i in range(a, b):
                if cover[i]:
                    errs.append((rid, "whitelist overlaps a span"))
                    break
                cover[i] = True
        masked = "".join("#" if c else ch_ for c, ch_ in zip(cover, text))
        for m in re.finditer(r"\d(?:\d|[ .\-](?=\d))*", masked):
            if sum(c.isdigit() for c in m.group()) >= 9:
                errs.append((rid, "unlabelled digit run %r" % m.group()))
        for m in re.finditer(r"[\w.+-]+@[\w-]+\.[\w.-]+", masked):
            errs.append((rid, "unlabelled e-mail %r" % m.group()))
        for m in re.finditer(r"(?<![\w@#])@[A-Za-z0-9_]", masked):
            errs.append((rid, "unlabelled handle %r" % masked[m.start():m.start() + 20]))
    return errs


# ============================================================================
# main
# ============================================================================

STYLES = [  # (name, generator, count, clean count)
    ("call-centre transcript", s_call, 57, 6),
    ("voice-to-text dictation", s_voice, 57, 6),
    ("social-media thread", s_social, 57, 6),
    ("layout (lists/tables/key-value/markdown)", s_layout, 57, 6),
    ("older/less fluent writer, dialect mixing", s_old, 57, 6),
    ("formal letter / disposition", s_letter, 57, 6),
    ("very short (SMS)", s_short, 30, 4),
    ("very long (2-4 KB)", s_long, 28, 1),
]


def make_record(gen, clean):
    text, spans, oks = build(gen(clean))
    # trim outer whitespace, shifting offsets
    lead = len(text) - len(text.lstrip())
    text2 = text.strip()
    for s in spans:
        s["start"] -= lead
        s["end"] -= lead
    oks = [(a - lead, b - lead, v) for a, b, v in oks]
    text2 = re.sub(r"[ \t]+\n", lambda m: m.group(), text2)
    return text2, spans, oks


def generate():
    records = []
    styles_of = []
    n = 0
    for name, gen, count, nclean in STYLES:
        clean_idx = set(R.sample(range(count), nclean))
        for i in range(count):
            clean = i in clean_idx
            for attempt in range(50):
                text, spans, oks = make_record(gen, clean)
                if clean and spans:
                    continue
                if not clean and not spans:
                    continue
                if gen is s_long and not (2000 <= len(text.encode("utf-8")) <= 4096):
                    continue
                if gen is s_short and len(text) > 200:
                    continue
                break
            else:
                raise SystemExit("could not generate %s" % name)
            n += 1
            records.append({"id": "tenth-%04d" % n, "text": text, "spans": spans, "_ok": oks})
            styles_of.append(name)
    return records, styles_of


def main():
    records, styles_of = generate()
    errs = validate(records)
    if errs:
        for e in errs[:60]:
            print("ERROR", *e)
        raise SystemExit("%d validation errors" % len(errs))
    counts = Counter(s["label"] for r in records for s in r["spans"])
    missing = [l for l in LABELS if counts[l] < 15]
    if missing:
        raise SystemExit("labels under 15 spans: %s %s" % (missing, dict(counts)))
    if "--stats" in sys.argv:
        print("texts", len(records), "spans", sum(counts.values()))
        for l in LABELS:
            print(" ", l, counts[l])
        print("no-PII texts", sum(1 for r in records if not r["spans"]))
        sc = Counter(styles_of)
        for name, *_ in STYLES:
            ids = [r["id"] for r, s in zip(records, styles_of) if s == name]
            print("  %-45s %3d  %s..%s  clean=%d" % (name, sc[name], ids[0], ids[-1],
                                                      sum(1 for r, s in zip(records, styles_of) if s == name and not r["spans"])))
        return
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            rec = {"id": r["id"], "text": r["text"],
                   "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in r["spans"]]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), OUT))


if __name__ == "__main__":
    main()
