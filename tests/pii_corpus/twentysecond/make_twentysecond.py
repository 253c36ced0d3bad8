#!/usr/bin/env python3
"""Generator for the `twentysecond` synthetic PII evaluation corpus (Indonesian complaint texts).

Deterministic: fixed seed 2222, standard library only.  Writes twentysecond.jsonl next to this
file, byte-identical on every run.  All people, numbers and addresses are invented.

    python3 make_twentysecond.py            # generate, validate, write
    python3 make_twentysecond.py --stats    # also print span counts per label / style
"""
import datetime as dt
import json
import os
import random
import re
import sys

SEED = 2222
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "twentysecond.jsonl")

LABELS = ["NIK", "KK", "NPWP", "PHONE", "EMAIL", "PLATE", "BANK_ACCOUNT", "PASSPORT",
          "BPJS", "NIP", "PERSON", "ADDRESS", "DATE_OF_BIRTH", "HANDLE"]
STYLES = ["ppdb", "pertanahan", "lapas", "buruh", "utilitas", "transportasi", "pemilu",
          "kesehatan", "wawancara", "formulir", "markdown", "krama", "kapital", "kecil",
          "panjang", "pendek"]
VALID_PROV = {11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53,
              61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96}

# ----------------------------------------------------------------------------------------
# Text assembly: a Doc is a list of parts; plain text, labelled spans, deliberate near-misses
# ----------------------------------------------------------------------------------------


class Span:
    __slots__ = ("v", "l")

    def __init__(self, v, l):
        assert l in LABELS, l
        self.v, self.l = v, l


class NM:
    """A deliberate near-miss: plain text the unlabelled-PII scan must not complain about."""
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


SLOT = re.compile(r"\$\{(\w+)\}|\$([A-Za-z_][A-Za-z0-9_]*)")


class Doc:
    def __init__(self):
        self.parts = []  # (kind, text, label) kind: t plain, s span, n near-miss

    def add(self, tmpl, **kw):
        pos = 0
        for m in SLOT.finditer(tmpl):
            if m.start() > pos:
                self.parts.append(("t", tmpl[pos:m.start()], None))
            self.put(kw[m.group(1) or m.group(2)])
            pos = m.end()
        if pos < len(tmpl):
            self.parts.append(("t", tmpl[pos:], None))
        return self

    def put(self, v):
        if isinstance(v, Span):
            self.parts.append(("s", v.v, v.l))
        elif isinstance(v, NM):
            self.parts.append(("n", v.v, None))
        elif isinstance(v, Doc):
            self.parts.extend(v.parts)
        elif isinstance(v, (list, tuple)):
            for x in v:
                self.put(x)
        elif v is None:
            pass
        else:
            self.parts.append(("t", str(v), None))
        return self

    def map_case(self, fn, plain_fn=None):
        out = []
        for kind, s, lab in self.parts:
            if kind == "t" and plain_fn is not None:
                s = plain_fn(s)
            s2 = fn(s)
            assert len(s2) == len(s), (s, s2)
            out.append((kind, s2, lab))
        self.parts = out
        return self

    def build(self):
        text, spans, nms, pos = [], [], [], 0
        for kind, s, lab in self.parts:
            if kind == "s":
                spans.append((pos, pos + len(s), lab, s))
            elif kind == "n":
                nms.append((pos, pos + len(s)))
            text.append(s)
            pos += len(s)
        return "".join(text), spans, nms


# ----------------------------------------------------------------------------------------
# Pools
# ----------------------------------------------------------------------------------------

def W(s):
    return [x.strip() for x in s.split("|") if x.strip()]


MONTHS = W("Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember")
MON3 = W("Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Sep|Okt|Nov|Des")
MONTHS_EN = W("January|February|March|April|May|June|July|August|September|October|November|December")
DIG = W("nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan")


def words_id(n):
    s = DIG + ["sepuluh", "sebelas"]
    if n < 12:
        return s[n]
    if n < 20:
        return s[n - 10] + " belas"
    if n < 100:
        return s[n // 10] + " puluh" + ("" if n % 10 == 0 else " " + s[n % 10])
    if n < 200:
        return "seratus" + ("" if n == 100 else " " + words_id(n - 100))
    if n < 1000:
        return s[n // 100] + " ratus" + ("" if n % 100 == 0 else " " + words_id(n % 100))
    if n < 2000:
        return "seribu" + ("" if n == 1000 else " " + words_id(n - 1000))
    return s[n // 1000] + " ribu" + ("" if n % 1000 == 0 else " " + words_id(n % 1000))


# region code (4 digits), city, kind -- per name tradition
REG = {
    "jawa": [("3374", "Semarang", "Kota"), ("3372", "Surakarta", "Kota"), ("3310", "Klaten", "Kab."),
             ("3302", "Banyumas", "Kab."), ("3471", "Yogyakarta", "Kota"), ("3402", "Bantul", "Kab."),
             ("3404", "Sleman", "Kab."), ("3578", "Surabaya", "Kota"), ("3573", "Malang", "Kota"),
             ("3509", "Jember", "Kab."), ("3313", "Karanganyar", "Kab."), ("3403", "Gunungkidul", "Kab.")],
    "sunda": [("3273", "Bandung", "Kota"), ("3204", "Bandung", "Kab."), ("3201", "Bogor", "Kab."),
              ("3205", "Garut", "Kab."), ("3278", "Tasikmalaya", "Kota"), ("3209", "Cirebon", "Kab."),
              ("3276", "Depok", "Kota"), ("3275", "Bekasi", "Kota"), ("3602", "Lebak", "Kab.")],
    "batak": [("1271", "Medan", "Kota"), ("1202", "Tapanuli Utara", "Kab."), ("1212", "Toba", "Kab."),
              ("1272", "Pematangsiantar", "Kota"), ("1207", "Deli Serdang", "Kab.")],
    "minang": [("1371", "Padang", "Kota"), ("1375", "Bukittinggi", "Kota"), ("1306", "Agam", "Kab."),
               ("1305", "Padang Pariaman", "Kab."), ("1307", "Lima Puluh Kota", "Kab.")],
    "bugis": [("7371", "Makassar", "Kota"), ("7311", "Bone", "Kab."), ("7313", "Wajo", "Kab."),
              ("7372", "Parepare", "Kota"), ("7306", "Gowa", "Kab.")],
    "buton": [("7472", "Baubau", "Kota"), ("7404", "Buton", "Kab."), ("7471", "Kendari", "Kota")],
    "bali": [("5171", "Denpasar", "Kota"), ("5103", "Badung", "Kab."), ("5104", "Gianyar", "Kab."),
             ("5108", "Buleleng", "Kab."), ("5102", "Tabanan", "Kab.")],
    "aceh": [("1171", "Banda Aceh", "Kota"), ("1106", "Aceh Besar", "Kab."), ("1173", "Lhokseumawe", "Kota"),
             ("1111", "Aceh Utara", "Kab."), ("1107", "Pidie", "Kab.")],
    "papua": [("9171", "Jayapura", "Kota"), ("9103", "Jayapura", "Kab."), ("9105", "Biak Numfor", "Kab."),
              ("9202", "Manokwari", "Kab."), ("9102", "Jayawijaya", "Kab.")],
    "tionghoa": [("3171", "Jakarta Selatan", "Kota"), ("3173", "Jakarta Pusat", "Kota"),
                 ("3174", "Jakarta Barat", "Kota"), ("1271", "Medan", "Kota"), ("6171", "Pontianak", "Kota"),
                 ("3578", "Surabaya", "Kota"), ("2171", "Batam", "Kota"), ("6172", "Singkawang", "Kota")],
    "arab": [("3172", "Jakarta Timur", "Kota"), ("3578", "Surabaya", "Kota"), ("3575", "Pasuruan", "Kota"),
             ("6371", "Banjarmasin", "Kota"), ("1671", "Palembang", "Kota"), ("3671", "Tangerang", "Kota")],
    "timur": [("7171", "Manado", "Kota"), ("7102", "Minahasa", "Kab."), ("5371", "Kupang", "Kota"),
              ("5303", "Timor Tengah Selatan", "Kab."), ("8171", "Ambon", "Kota"), ("8271", "Ternate", "Kota"),
              ("5307", "Sikka", "Kab.")],
    "madura": [("3526", "Bangkalan", "Kab."), ("3528", "Pamekasan", "Kab."), ("3529", "Sumenep", "Kab."),
               ("3527", "Sampang", "Kab.")],
    "banjar": [("6371", "Banjarmasin", "Kota"), ("6372", "Banjarbaru", "Kota"), ("6303", "Banjar", "Kab."),
               ("6307", "Hulu Sungai Tengah", "Kab.")],
    "umum": [("1471", "Pekanbaru", "Kota"), ("1571", "Jambi", "Kota"), ("1671", "Palembang", "Kota"),
             ("1771", "Bengkulu", "Kota"), ("1871", "Bandar Lampung", "Kota"), ("1971", "Pangkalpinang", "Kota"),
             ("2171", "Batam", "Kota"), ("3671", "Tangerang", "Kota"), ("3603", "Tangerang", "Kab."),
             ("5271", "Mataram", "Kota"), ("6271", "Palangka Raya", "Kota"), ("6472", "Samarinda", "Kota"),
             ("6471", "Balikpapan", "Kota"), ("6571", "Tarakan", "Kota"), ("7271", "Palu", "Kota"),
             ("7571", "Gorontalo", "Kota"), ("7604", "Mamuju", "Kab."), ("8271", "Ternate", "Kota"),
             ("3175", "Jakarta Utara", "Kota"), ("9671", "Sorong", "Kota"), ("6171", "Pontianak", "Kota")],
}
REG["word"] = REG["jawa"] + REG["sunda"]

KEL = {
    "jawa": W("Tegalrejo|Sidomulyo|Karangasem|Sumbersari|Wirobrajan|Pandean|Mojosongo|Jebres|Sendangadi|Trirenggo|Ngestiharjo|Kalirejo|Banyuanyar|Purwosari"),
    "sunda": W("Sukajadi|Cibeunying|Cipedes|Sindangsari|Margahayu|Cikutra|Pasirkaliki|Sukamulya|Cilame|Tarogong|Babakan Sari|Kebonwaru"),
    "batak": W("Padang Bulan|Sitoluama|Siborongborong|Hutabarat|Pardamean|Sei Sikambing|Tanjung Rejo|Laguboti"),
    "minang": W("Lubuk Buaya|Kurao Pagang|Aur Kuning|Ampang|Koto Baru|Sungai Sapih|Parak Gadang|Pauh"),
    "bugis": W("Tamalanrea|Panakkukang|Watampone|Tempe|Macanang|Biring Romang|Lapadde|Sudiang"),
    "buton": W("Wameo|Lipu|Bataraguru|Kadolomoko|Wandonga|Anduonohu"),
    "bali": W("Renon|Sanur Kaja|Sumerta Kelod|Ubud|Kerobokan|Penatih|Banjar Tegal|Dauh Puri"),
    "aceh": W("Lamlagang|Peunayong|Lamteumen|Ulee Kareng|Batoh|Lambaro|Punteut|Mon Geudong"),
    "papua": W("Entrop|Hamadi|Kotaraja|Waena|Abepura|Sentani Kota|Wosi|Yabansai"),
    "tionghoa": W("Glodok|Tanjung Duren|Kebon Jeruk|Pademangan|Sei Jawi|Tanjung Hulu|Lubuk Baja|Petisah Tengah"),
    "arab": W("Ampel|Kebon Kacang|Condet|Bugul Kidul|Kertapati|Sungai Jingah|Empang|Pekojan"),
    "timur": W("Wanea|Oebobo|Batu Merah|Kairagi|Tomohon Satu|Liliba|Gamalama|Waihaong"),
    "madura": W("Pejagan|Barurambat|Pangarangan|Kolpajung|Gladak Anyar|Bancaran|Kebun Agung"),
    "banjar": W("Sungai Miai|Kelayan|Teluk Dalam|Pasar Lama|Sungai Ulin|Loktabat|Alalak Utara"),
    "umum": W("Sukajaya|Tangkerang|Kenali Asam|Sukarame|Rawa Laut|Air Itam|Batu Ampar|Cakranegara|Langkai|Sungai Pinang|Gunung Samarinda|Pamulang Barat|Tondo|Wumialo"),
}
KEL["word"] = KEL["jawa"] + KEL["sunda"]

STREETS = W("Kenanga|Melati|Cempaka|Flamboyan|Anggrek|Merpati|Rajawali|Cendrawasih|Pelita|Swadaya|"
            "Karya Bakti|Sukamaju|Pemuda|Veteran|Pahlawan|Kaliurang|Cibeureum|Tukad Badung|Bougenville|"
            "Nangka|Manggis|Rambutan|Dahlia|Seroja|Kutilang|Garuda|Perintis|Bhayangkara|Pramuka|Kartika|"
            "Sawo|Asoka|Teratai|Bakung|Mangga Dua|Lembah Hijau|Taman Sari|Sumber Rejeki|Kebon Sirih|"
            "Gatot Subroto|Ahmad Yani|Diponegoro|Imam Bonjol|Teuku Umar|Sam Ratulangi|Pattimura|Hasanuddin|"
            "Sisingamangaraja|Panglima Polem|Sultan Agung|Gajah Mada|Hayam Wuruk|Raya Sentani|Tgk. Chik Ditiro")
GANGS = W("Mawar III|Masjid|Sawo 2|Kelinci|Haji Ridwan|Buntu|Damai|Langgar|Melati II|Pandega Marta|Pinus|Lurah|Cempaka Putih|Swadaya 4")
COMPLEX = W("Griya Asri|Bumi Indah Permai|Graha Mutiara|Puri Harmoni|Citra Garden|Villa Bukit Mas|Griya Harapan|"
            "Griya Permai|Pondok Hijau|Bumi Sentosa|Palem Raya|Mutiara Biru|Taman Sentosa|Bumi Asri Lestari")
HAMLETS = W("Krajan|Ngablak|Sumberejo|Karanganyar|Bendungan|Tegalsari|Kedungjati|Plosokerep|Cikoneng|Pasirmalang|Sukamanah")
JORONG = W("Koto Tangah|Padang Laweh|Bukik Apit|Tanjung Alam|Batang Palupuh|Ampang Gadang")
LORONG = W("Lr. Mesjid|Lr. Kenari|Lr. Keluarga|Lr. Sepakat|Lr. Harapan|Lr. Rahmat|Lr. Damai II")

HERO_STREETS = W("Jl. Diponegoro|Jl. Jenderal Sudirman|Jl. Ahmad Yani|Jl. Gatot Subroto|Jl. Teuku Umar|"
                 "Jl. Imam Bonjol|Jl. Sam Ratulangi|Jl. Pattimura|Jl. Sultan Hasanuddin|Jl. Cut Nyak Dhien|"
                 "Jl. Dr. Wahidin Sudirohusodo|Jl. Urip Sumoharjo|Jl. Slamet Riyadi|Jl. Pangeran Antasari|"
                 "Jl. Sisingamangaraja|Jl. Raya Bogor|Jl. MH Thamrin|Jl. Gajah Mada|Jl. RA Kartini|Jl. Kapten Muslihat")
HOSPITALS = W("RSUP Dr. Sardjito|RSUD dr. Soetomo|RSUD dr. Zainoel Abidin|RSUP Dr. Hasan Sadikin|"
              "RSUP Dr. Wahidin Sudirohusodo|RSUD Dr. Moewardi|RSUP Prof. dr. I.G.N.G. Ngoerah|RSUD Ulin|"
              "RSUP Dr. M. Djamil|RSUD Dok II|RSUP Prof. Dr. R.D. Kandou|RSUD Dr. Saiful Anwar|RSUD Cut Meutia")

# ---- names -------------------------------------------------------------------------------
NAMES = {
    "jawa": dict(
        m1=W("Sutrisno|Bambang|Joko|Agus|Heru|Teguh|Sugeng|Paiman|Ngatijo|Wagiman|Suyatno|Tukimin|Darmaji|Yulianto|Eko|Purnomo|Sarwono|Giyono|Margono|Suwarno"),
        m2=W("Sugiarto|Wibowo|Santoso|Prasetyo|Nugroho|Hartono|Susilo|Setiawan|Purwanto|Raharjo|Wicaksono|Widodo|Kuncoro|Hadi Saputro"),
        f1=W("Suprapti|Endang|Tukiyem|Sumarni|Wartini|Rukmini|Ngatini|Sulastri|Kusumawati|Painem|Sukirah|Sutarni|Parmi|Tumini|Yuni|Sarinah"),
        f2=W("Rahayu|Lestari|Wulandari|Ningsih|Handayani|Pratiwi|Astuti|Sulistyowati|Rahmawati|Kurniasih|Widayati|Susanti"),
        single=0.4,
        nick={"Sutrisno": "Tris", "Suprapti": "Prapti", "Sumarni": "Marni", "Yulianto": "Yuli", "Purnomo": "Pur",
              "Sarwono": "Wono", "Kusumawati": "Kusum", "Sulastri": "Las", "Darmaji": "Darmo", "Suwarno": "Warno"}),
    "sunda": dict(
        m1=W("Asep|Dede|Ujang|Dadang|Yayan|Cecep|Encep|Engkos|Deden|Iwan|Jajang|Aep|Usep|Oman"),
        m2=W("Saepudin|Rukmana|Sopandi|Hermawan|Suryana|Permana|Hidayat|Sunarya|Rustandi|Ruhiyat|Somantri|Kusnadi"),
        f1=W("Euis|Cucu|Entin|Iis|Neneng|Enok|Imas|Yeti|Popon|Nining|Lilis|Tati"),
        f2=W("Komariah|Cahyati|Rohaeti|Nurhayati|Suryani|Rosmiati|Sumiati|Jubaedah|Maryati|Nurjanah|Kurniasih"),
        single=0.1, nick={}),
    "umum": dict(
        m1=W("Dedi|Rizky|Ahmad|Hendra|Fajar|Arief|Irfan|Andika|Yudi|Rahmat|Ferry|Doni|Reza|Ilham|Bayu|Yoga"),
        m2=W("Kurniawan|Pratama|Fauzi|Saputra|Nugraha|Rahman|Maulana|Hartanto|Irawan|Firmansyah|Setiadi|Ramadhan|Syahputra|Gunadi"),
        f1=W("Rina|Fitri|Nur|Dewi|Yuliana|Siska|Mega|Anisa|Lina|Novi|Riska|Wulan|Dian|Ratih|Yesi"),
        f2=W("Marlina|Handayani|Aini|Kartika|Amelia|Puspita|Rahmadani|Rahmawati|Andriani|Safitri|Oktaviani|Permatasari|Anggraini|Maharani"),
        single=0.0, nick={}),
    "minang": dict(
        m1=W("Syafrizal|Zulkifli|Efrinaldi|Afrizal|Yusrizal|Hendri|Novrizal|Irwansyah|Jasman|Firdaus"),
        m2=W("Chaniago|Piliang|Sikumbang|Jambak|Anwar|Caniago|Syamsuddin|Efendi"),
        f1=W("Yulianti|Nurhasanah|Deswita|Rahmi|Fitri Yanti|Elfi Yanti|Mardiana|Syafitri|Nelmawati|Yusnidar|Rosnelli|Desmawati"),
        f2=W("Chaniago|Piliang|Sikumbang|Jambak|Yusuf|Amir"),
        single=0.5, nick={"Syafrizal": "Ijal", "Zulkifli": "Zul", "Efrinaldi": "Ef", "Yusrizal": "Rizal", "Novrizal": "Nov"}),
}


def _name_batak(r, sex):
    marga = r.choice(W("Sinaga|Simanjuntak|Hutagalung|Siregar|Nasution|Harahap|Pardede|Sitorus|Simbolon|"
                       "Nainggolan|Sihombing|Manurung|Panjaitan|Situmorang|Lubis|Tampubolon|Gultom|Hutapea|Silalahi"))
    if sex == "L":
        first = r.choice(W("Martua|Hotman|Parulian|Binsar|Togar|Poltak|Jonner|Halomoan|Sahat|Tumpal|Maruli|Bonar|Sabar"))
        call = r.choice([first, first, marga, "Ucok"])
        return f"{first} {marga}", call
    first = r.choice(W("Rosmawati|Tiurma|Lasmaria|Rospita|Masniari|Dearma|Rumondang|Tiarma|Romauli|Nurmaida|Sondang|Mawar"))
    link = r.choice([" br. ", " br ", " boru ", " Br. ", " "])
    return f"{first}{link}{marga}", r.choice([first, first, "Butet"])


def _name_bugis(r, sex):
    if sex == "L":
        full = r.choice(W("Andi Baso Amir|Andi Muh. Ikhsan|Muh. Arsyad|Abd. Rahman Lahuddin|Syamsuddin Pallawa|"
                          "Baharuddin Tahir|Hamzah Mustari|Amiruddin Lamba|Andi Jufri Paturusi|Rusli Daming|"
                          "Muh. Syukri Mappatoba|Andi Tenri Sessu|Abd. Gaffar Lamusu"))
    else:
        full = r.choice(W("Andi Tenri Ajeng|St. Hasnah|Hasnawati Mustari|St. Rahmah|Nurjannah Tahir|Asmawati|"
                          "Haslinda Pallawa|Andi Nurul Ilmi|Sitti Aisyah Daming|St. Maryam Lamba|Rahmatia"))
    toks = full.split()
    while len(toks) > 1 and toks[0] in ("Andi", "Muh.", "Abd.", "St."):
        toks = toks[1:]
    return full, toks[0]


def _name_buton(r, sex):
    if sex == "L":
        full = r.choice(W("La Ode Muh. Syarif|La Ode Hasrun|La Ode Ahmad Kadir|La Ode Muhidin|La Ode Rusdin Ali"))
    else:
        full = r.choice(W("Wa Ode Nurhayati|Wa Ode Sitti Rahma|Wa Ode Hasmia|Wa Ode Nirmala Sari"))
    return full, full.split()[-1] if r.random() < 0.5 else full.split()[2]


def _name_bali(r, sex):
    order = r.choice(W("Wayan|Made|Nyoman|Ketut|Putu|Kadek|Komang|Gede"))
    if sex == "L":
        given = r.choice(W("Sudarsana|Sukadana|Suarjana|Wirata|Adi Putra|Ariawan|Eka Saputra|Arsana|Widnyana|Mertayasa|Suparta|Darmika"))
        pat = r.random()
        if pat < 0.65:
            full = f"I {order} {given}"
        elif pat < 0.75:
            full = f"Ida Bagus {given}"
        elif pat < 0.85:
            full = f"I Gusti Ngurah {given}"
        elif pat < 0.93:
            full = f"Anak Agung Gde {given}"
        else:
            full = f"Cokorda Gde {given}"
    else:
        given = r.choice(W("Ariani|Suartini|Sukerti|Widiastuti|Sriani|Sukarmi|Yuliantari|Purnami|Sintya Dewi|Sudiasih|Warsiki"))
        pat = r.random()
        if pat < 0.4:
            full = f"Ni Luh {order if order not in ('Gede', 'Wayan') else 'Putu'} {given}"
        elif pat < 0.7:
            full = f"Ni {order if order != 'Gede' else 'Kadek'} {given}"
        elif pat < 0.8:
            full = f"Ida Ayu {given}"
        elif pat < 0.9:
            full = f"Anak Agung Ayu {given}"
        else:
            full = f"I Gusti Ayu {given}"
    call = r.choice([given.split()[0], order]) if full.startswith(("I ", "Ni ")) and "Gusti" not in full else given.split()[0]
    return full, call


def _name_aceh(r, sex):
    if sex == "L":
        full = r.choice(W("Teuku Rizal Fahmi|Tengku Muhammad Yusri|Zulfikar Ibrahim|Muhammad Nasir|Mukhlis Abdullah|"
                          "Bukhari Daud|Khairul Fahmi|Safrizal Hasballah|Rahmat Fitrah|Teuku Syahrul Amri|Tengku Anwar Kasim"))
    else:
        full = r.choice(W("Cut Rahmi Zahara|Cut Nurul Hayati|Nurul Aflah|Rauzatul Jannah|Maulidar|Ainul Mardhiah|"
                          "Fitriani Yusuf|Safriana|Cut Intan Mutia|Nurhafni Ismail"))
    toks = full.split()
    call = toks[1] if toks[0] in ("Teuku", "Tengku", "Cut", "Muhammad") and len(toks) > 1 else toks[0]
    return full, call


def _name_papua(r, sex):
    last = r.choice(W("Wenda|Kogoya|Tabuni|Kambu|Ayomi|Rumbiak|Wonda|Yikwa|Murib|Karoba|Mote|Mandowen|Sawaki|Krey|Rumaropen|Wanimbo"))
    if sex == "L":
        first = r.choice(W("Yosias|Marthen|Natalis|Otto|Elieser|Nikolaus|Yulius|Benyamin|Demianus|Habel|Set"))
        nick = {"Yosias": "Yos", "Benyamin": "Beni", "Nikolaus": "Niko", "Demianus": "Demi"}.get(first, first)
    else:
        first = r.choice(W("Yuliana|Agustina|Fransina|Martha|Ribka|Naomi|Selfina|Dorkas|Yohana|Ester"))
        nick = {"Yuliana": "Yuli", "Agustina": "Tina", "Fransina": "Fani", "Selfina": "Selfi"}.get(first, first)
    return f"{first} {last}", r.choice([first, nick])


def _name_tionghoa(r, sex):
    if sex == "L":
        full = r.choice(W("Tan Bun Hok|Ong Kiem Tjoan|Liem Kok Seng|Hendra Wijaya|Yohanes Halim|Sutanto Lim|"
                          "Andreas Tjandra|Kwee Han Liong|Oei Tjin San|William Sutedja|Lie Tjong Hwie|Gunawan Tanoesoe"))
        call = r.choice(["Acong", "Ameng", "Ahong", full.split()[0] if full.split()[0] not in ("Tan", "Ong", "Liem", "Kwee", "Oei", "Lie") else full.split()[-1]])
    else:
        full = r.choice(W("Liem Siok Hwa|Kwee Tjing Lan|Lily Gunawan|Susanti Halim|Meiliana Tanujaya|Vivian Salim|"
                          "Lanny Hartono|The Giok Nio|Go Siu Lan|Fransiska Lim|Tjhin Mei Lie"))
        call = r.choice(["Alin", "Ling", "Amoi", full.split()[0] if full.split()[0] not in ("Liem", "Kwee", "The", "Go", "Tjhin") else full.split()[-1]])
    return full, call


def _name_arab(r, sex):
    fathers = W("Abdullah|Umar|Muhammad|Said|Hasan|Ali|Salim|Abubakar|Husin")
    clans = W("Alatas|Assegaf|Bahasuan|Baraja|Alaydrus|Alhabsyi|Alkaff|Bafadal|Bawazier|Alhamid|Basyaiban|Aljufri")
    if sex == "L":
        first = r.choice(W("Ahmad|Husein|Abdul Kadir|Salim|Hasan|Muhammad Rizq|Umar|Thoha|Alwi|Zein"))
        link = " bin "
    else:
        first = r.choice(W("Salmah|Aisyah|Fatimah Azzahra|Nadia|Khadijah|Syifa|Zahra|Rugayah|Nur Layla"))
        link = " binti "
    if r.random() < 0.6:
        full = f"{first}{link}{r.choice(fathers)} {r.choice(clans)}"
    else:
        full = f"{first} {r.choice(clans)}"
    return full, first.split()[0]


def _name_timur(r, sex):
    if sex == "L":
        full = r.choice(W("Johanis Lumenta|Stevie Rondonuwu|Yakobus Bria Seran|Markus Ndun|Agustinus Latuheru|"
                          "Hendrik Pelupessy|Yance Manuhutu|Maximus Tefa|Jefri Sumampouw|Oktavianus Lado|"
                          "Frans Lewerissa|Petrus Kiik|Yermias Nenobais|Richard Wowor"))
    else:
        full = r.choice(W("Meiske Tumbelaka|Maria Goreti Nahak|Femmy Pattiasina|Theresia Bere|Olivia Wenas|"
                          "Yuliana Ndolu|Christina Matulessy|Anastasia Leki|Novita Kalangi|Selvie Mamahit|"
                          "Marselina Bunga|Yohana Sopacua"))
    first = full.split()[0]
    nick = {"Johanis": "Anis", "Yakobus": "Kobus", "Oktavianus": "Okto", "Agustinus": "Agus", "Stevie": "Epi",
            "Anastasia": "Sia", "Christina": "Tina", "Maximus": "Max"}.get(first, first)
    return full, r.choice([first, nick])


def _name_madura(r, sex):
    if sex == "L":
        full = r.choice(W("Moh. Sahri|Mat Rawi|Buhari|Abd. Gani|Holili|Ach. Fauzi|Moh. Junaidi|Marsuki|Matrasid|Moh. Hosnan"))
    else:
        full = r.choice(W("Holifah|Juhairiyah|Sumayyah|Siti Romlah|Hosniyah|Maimunah|Rukayyah|Sunarti Mahmud|Fathorrosi"))
    toks = full.split()
    return full, toks[-1] if toks[0] in ("Moh.", "Mat", "Abd.", "Ach.", "Siti") else toks[0]


def _name_banjar(r, sex):
    if sex == "L":
        full = r.choice(W("Ahmad Rifani|Mahlianor|Jumberi|Fahrurrazi|Syahriannor|Rahmadi Noor|Gusti Rusdiansyah|Muhammad Iberahim|Sugianor"))
    else:
        full = r.choice(W("Siti Rusdiana|Mahrita|Norhayati|Rusmini|Jamilah Hasan|Masitah|Noorlaila|Rahmah Fitriani|Sarifah Aini"))
    toks = full.split()
    return full, toks[-1] if toks[0] in ("Ahmad", "Siti", "Muhammad", "Gusti") else toks[0]


def _name_word(r, sex):
    if sex == "L":
        full = r.choice(W("Untung Sugiharto|Sabar|Jaya Kusuma|Bagus Prakoso|Teguh Santosa|Untung|Selamat Ginting|Bintang Ramadhan|Sehat Riyanto|Budi"))
    else:
        full = r.choice(W("Bunga Anggraini|Intan Permatasari|Cahaya Ramadhani|Murni|Kasih Lestari|Embun Sari|Melati|Bulan Purnamasari|Suci"))
    return full, full.split()[0]


SPECIAL = {"batak": _name_batak, "bugis": _name_bugis, "buton": _name_buton, "bali": _name_bali,
           "aceh": _name_aceh, "papua": _name_papua, "tionghoa": _name_tionghoa, "arab": _name_arab,
           "timur": _name_timur, "madura": _name_madura, "banjar": _name_banjar, "word": _name_word}
TRADS = ["jawa"] * 5 + ["sunda"] * 4 + ["umum"] * 4 + ["batak"] * 3 + ["minang"] * 2 + ["bugis"] * 2 + \
        ["buton", "bali", "bali", "aceh", "aceh", "papua", "papua", "tionghoa", "tionghoa", "arab", "timur", "timur",
         "madura", "banjar", "word", "word"]


def make_name(r, trad, sex):
    if trad in SPECIAL:
        return SPECIAL[trad](r, sex)
    d = NAMES[trad]
    k1, k2 = ("m1", "m2") if sex == "L" else ("f1", "f2")
    first = r.choice(d[k1])
    nick = d["nick"].get(first, first)
    if r.random() < d["single"]:
        return first, r.choice([first, nick])
    return f"{first} {r.choice(d[k2])}", r.choice([first, first, nick])


# ---- phones ------------------------------------------------------------------------------
MOBILE_PREFIX = W("0811|0812|0813|0821|0822|0823|0851|0852|0853|0814|0815|0816|0855|0856|0857|0858|0817|0818|"
                  "0819|0859|0877|0878|0831|0832|0833|0838|0895|0896|0897|0898|0899|0881|0882|0883|0887|0888|0889")
AREA = {"31": ["021"], "32": ["022", "0251", "0262", "0265", "0231"], "33": ["024", "0271", "0272", "0281"],
        "34": ["0274"], "35": ["031", "0341", "0331", "0324", "0328"], "36": ["021", "0254"],
        "12": ["061", "0633", "0632"], "13": ["0751", "0752"], "73": ["0411", "0481", "0485"], "74": ["0402", "0401"],
        "51": ["0361", "0362"], "11": ["0651", "0645"], "91": ["0967", "0986"], "92": ["0986"],
        "61": ["0561", "0562"], "71": ["0431"], "53": ["0380", "0382"], "81": ["0911"], "82": ["0921"],
        "63": ["0511"], "14": ["0761"], "15": ["0741"], "16": ["0711"], "17": ["0736"], "18": ["0721"],
        "19": ["0717"], "21": ["0778"], "52": ["0370"], "62": ["0536"], "64": ["0541", "0542"], "65": ["0551"],
        "72": ["0451"], "75": ["0435"], "76": ["0426"], "96": ["0951"]}

BANKS = {"BRI": 15, "BNI": 10, "BCA": 10, "BSI": 10, "Mandiri": 13, "CIMB Niaga": 14, "BTN": 16,
         "Bank Jatim": 10, "Bank Nagari": 10, "Bank Kalsel": 10, "BPD Bali": 10, "Bank Papua": 10,
         "Bank Sumut": 10, "Bank Aceh Syariah": 10, "Bank DKI": 10, "Bank BJB": 13}
BANK_FOR = {"minang": "Bank Nagari", "banjar": "Bank Kalsel", "bali": "BPD Bali", "papua": "Bank Papua",
            "batak": "Bank Sumut", "aceh": "Bank Aceh Syariah", "sunda": "Bank BJB", "madura": "Bank Jatim"}

PLATE_PREFIX = W("B|D|F|T|E|Z|A|G|H|K|R|AA|AB|AD|AE|AG|L|M|N|P|S|W|DK|DR|EA|DH|BK|BB|BA|BM|BH|BG|BN|BE|BD|KB|"
                 "DA|KT|KU|DB|DL|DM|DN|DT|DD|DC|DE|DG|PA|PB|BL")
PLATE_FOR = {"jawa": ["AB", "AD", "H", "G", "L", "N", "W", "K", "R"], "sunda": ["D", "F", "Z", "E", "T", "B"],
             "batak": ["BK", "BB"], "minang": ["BA"], "bugis": ["DD", "DP", "DW"], "buton": ["DT"],
             "bali": ["DK"], "aceh": ["BL"], "papua": ["PA", "PB"], "tionghoa": ["B", "BK", "KB", "L", "BP"],
             "arab": ["B", "L", "N"], "timur": ["DB", "EB", "DE", "DG"], "madura": ["M"], "banjar": ["DA"],
             "umum": ["BM", "BH", "BG", "BE", "BN", "BP", "DR", "KT", "KH", "DN", "DM", "DC"], "word": ["B", "D", "AB"]}


# ----------------------------------------------------------------------------------------
# People and value formatting
# ----------------------------------------------------------------------------------------

def rand_date(r, y1, y2):
    a = dt.date(y1, 1, 1).toordinal()
    b = dt.date(y2, 12, 31).toordinal()
    return dt.date.fromordinal(r.randint(a, b))


def fmt_date(d, form):
    D, M, Y = d.day, d.month, d.year
    return {
        "long": f"{D} {MONTHS[M - 1]} {Y}",
        "long0": f"{D:02d} {MONTHS[M - 1]} {Y}",
        "abbr": f"{D} {MON3[M - 1]} {Y}",
        "abbr_up": f"{D:02d}-{MON3[M - 1].upper()}-{Y}",
        "dash": f"{D:02d}-{M:02d}-{Y}",
        "slash": f"{D:02d}/{M:02d}/{Y}",
        "dot": f"{D:02d}.{M:02d}.{Y}",
        "iso": f"{Y}-{M:02d}-{D:02d}",
        "dash2": f"{D:02d}-{M:02d}-{Y % 100:02d}",
        "slash2": f"{D}/{M}/{Y % 100:02d}",
        "nozero": f"{D}-{M}-{Y}",
        "words": f"{words_id(D)} {MONTHS[M - 1]} {Y}",
        "allwords": f"{words_id(D)} {MONTHS[M - 1]} {words_id(Y)}",
        "en": f"{D} {MONTHS_EN[M - 1]} {Y}",
        "en_us": f"{MONTHS_EN[M - 1]} {D}, {Y}",
    }[form]


DOB_FORMS = ["long"] * 5 + ["long0", "abbr", "abbr", "dash", "dash", "dash", "slash", "slash", "dot", "iso",
                            "dash2", "slash2", "nozero", "abbr_up"]


def fmt16(d, form):
    if form == "plain" or len(d) != 16 and form == "dot":
        return d
    if form == "sp4":
        return " ".join(d[i:i + 4] for i in range(0, len(d), 4))
    if form == "dash4":
        return "-".join(d[i:i + 4] for i in range(0, len(d), 4))
    if form == "dot":
        return f"{d[0:2]}.{d[2:4]}.{d[4:6]}.{d[6:12]}.{d[12:16]}"
    if form == "pairs":
        return " ".join(d[i:i + 2] for i in range(0, len(d), 2))
    if form == "664":
        return f"{d[:6]} {d[6:12]} {d[12:]}"
    raise ValueError(form)


class Person:
    pass


class G:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.people = []   # persons mentioned in the current text (for the scan)
        self.used = set()  # name parts already given to someone in the current text

    # small random helpers
    def c(self, seq):
        return self.r.choice(seq)

    def p(self, x):
        return self.r.random() < x

    def ri(self, a, b):
        return self.r.randint(a, b)

    def digits(self, n, first_nonzero=False):
        s = "".join(str(self.r.randint(0, 9)) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.r.randint(1, 9)) + s[1:]
        return s

    def sample(self, seq, k):
        return self.r.sample(seq, k)

    # ---- persons ------------------------------------------------------------------
    def person(self, trad=None, sex=None, born=(1958, 2001), region=None):
        p = Person()
        p.trad = trad or self.c(TRADS)
        p.sex = sex or self.c("LP")
        for _ in range(50):  # people in one text never share a name part
            p.name, p.call = make_name(self.r, p.trad, p.sex)
            toks = {t.lower() for t in p.name.split() + [p.call] if t.lower() not in NAME_STOP}
            if not toks & self.used:
                break
        self.used |= toks
        p.dob = rand_date(self.r, born[0], born[1])
        p.region = region or self.c(REG[p.trad])
        p.code, p.city, p.kind = p.region
        p.kec = f"{self.ri(1, 24):02d}"
        p.serial = f"{self.ri(1, 420):04d}"
        dd = p.dob.day + (40 if p.sex == "P" else 0)
        p.nik = f"{p.code}{p.kec}{dd:02d}{p.dob.month:02d}{p.dob.year % 100:02d}{p.serial}"
        p.kel = self.c(KEL[p.trad])
        p.birthplace = p.city if self.p(0.7) else self.c(REG[p.trad])[1]
        p._cache = {}
        return p

    def child(self, parent, born, sex=None):
        c = self.person(trad=parent.trad if parent.trad not in ("word",) else "jawa", sex=sex, born=born,
                        region=parent.region)
        c.kec, c.kel = parent.kec, parent.kel
        dd = c.dob.day + (40 if c.sex == "P" else 0)
        c.nik = f"{c.code}{c.kec}{dd:02d}{c.dob.month:02d}{c.dob.year % 100:02d}{c.serial}"
        first = c.name.split()[0]
        if parent.trad == "batak":  # children carry the marga
            marga = parent.name.split()[-1]
            c.name = f"{first} {marga}" if c.sex == "L" else f"{first} {self.c(['br.', 'br', 'boru'])} {marga}"
            c.call = first if c.call.lower() != marga.lower() else first
        elif parent.trad in ("timur", "papua") and len(parent.name.split()) > 1:  # family name passed on
            c.name = f"{first} {parent.name.split()[-1]}"
            c.call = first
        elif parent.trad == "arab" and parent.sex == "L":
            c.name = f"{first} {'bin' if c.sex == 'L' else 'binti'} {parent.name.split()[0]} {parent.name.split()[-1]}"
            c.call = first
        c._cache["addr"] = parent._cache.get("addr")
        if c._cache["addr"] is None:
            del c._cache["addr"]
        return c

    def twin(self, sib, sex=None):
        t = self.child(sib, (sib.dob.year, sib.dob.year), sex=sex)
        t.dob = sib.dob
        t.kec, t.kel, t._cache = sib.kec, sib.kel, dict(sib._cache)
        t.serial = f"{int(sib.serial) + 1:04d}"
        dd = t.dob.day + (40 if t.sex == "P" else 0)
        t.nik = f"{t.code}{t.kec}{dd:02d}{t.dob.month:02d}{t.dob.year % 100:02d}{t.serial}"
        return t

    def kk_for(self, p, year=None):
        key = "kk"
        if key not in p._cache:
            d = rand_date(self.r, year or 2008, year or 2023)
            p._cache[key] = (f"{p.code}{p.kec}{d.day:02d}{d.month:02d}{d.year % 100:02d}{self.ri(1, 9999):04d}", d)
        return p._cache[key]

    def share_kk(self, src, dst):
        dst._cache["kk"] = self.kk_for(src)

    # ---- spans --------------------------------------------------------------------
    def name(self, p, form="full", case=None):
        self.people.append(p)
        v = {"full": p.name, "call": p.call, "spelled": "-".join(ch for ch in p.call.upper() if ch.isalpha()),
             "last": p.name.split()[-1]}[form]
        if case == "upper":
            v = v.upper()
        elif case == "lower":
            v = v.lower()
        return Span(v, "PERSON")

    def hon(self, p, kind="formal"):
        if kind == "formal":
            return self.c(["Bapak", "Pak", "Sdr."]) if p.sex == "L" else self.c(["Ibu", "Bu", "Sdri."])
        reg = {"jawa": ("Mas", "Mbak"), "sunda": ("Kang", "Teh"), "batak": ("Amang", "Inang"),
               "minang": ("Uda", "Uni"), "bugis": ("Daeng", "Daeng"), "bali": ("Bli", "Mbok"),
               "papua": ("Pace", "Mace"), "tionghoa": ("Koh", "Cik"), "aceh": ("Bang", "Kak"),
               "timur": ("Om", "Tante"), "madura": ("Cak", "Ning"), "banjar": ("Abang", "Acil")}
        m, f = reg.get(p.trad, ("Mas", "Mbak"))
        return m if p.sex == "L" else f

    def nik(self, p, form=None, mistype=None, digits=None):
        d = digits or p.nik
        assert len(d) == 16
        if mistype is None:
            mistype = self.p(0.05)
        if mistype:
            i = self.ri(6, 15)
            d = d[:i] + d[i + 1:] if self.p(0.5) else d[:i] + d[i] + d[i:]
            form = form if form in ("plain", "sp4") else self.c(["plain", "plain", "sp4"])
        else:
            chk_nik(d, p)
        form = form or self.c(["plain"] * 5 + ["sp4", "sp4", "dash4", "dot", "dot", "664"])
        return Span(fmt16(d, form), "NIK")

    def kk(self, p, form=None, year=None):
        d, _ = self.kk_for(p, year)
        form = form or self.c(["plain"] * 4 + ["sp4", "dash4", "dot", "664"])
        return Span(fmt16(d, form), "KK")

    def kk_year(self, p):
        return self.kk_for(p)[1].year

    def dob(self, p, form=None, d=None):
        return Span(fmt_date(d or p.dob, form or self.c(DOB_FORMS)), "DATE_OF_BIRTH")

    def _mobile_digits(self, p):
        if "hp" not in p._cache:
            pre = self.c(MOBILE_PREFIX)
            total = self.c([11, 12, 12, 12, 13])
            p._cache["hp"] = pre + self.digits(total - 4)
        return p._cache["hp"]

    def hp_digits(self, p):
        return self._mobile_digits(p)

    def hp(self, p, form=None, digits=None):
        d = digits or self._mobile_digits(p)
        n = d[1:]
        form = form or self.c(["plain"] * 4 + ["dash"] * 3 + ["space", "space", "dot", "p62sp", "p62", "p62",
                                                             "62", "paren", "4332", "p62dash"])
        v = {"plain": d, "dash": f"{d[:4]}-{d[4:8]}-{d[8:]}", "space": f"{d[:4]} {d[4:8]} {d[8:]}",
             "dot": f"{d[:4]}.{d[4:8]}.{d[8:]}", "p62sp": f"+62 {n[:3]}-{n[3:7]}-{n[7:]}", "p62": "+62" + n,
             "62": "62" + n, "paren": f"(+62) {n[:3]} {n[3:7]} {n[7:]}",
             "4332": f"{d[:4]} {d[4:7]} {d[7:10]} {d[10:]}", "p62dash": f"+62-{n[:3]}-{n[3:7]}-{n[7:]}"}[form]
        return Span(v, "PHONE")

    def hp_words(self, p, zero="nol"):
        d = self._mobile_digits(p)
        return Span(" ".join(zero if ch == "0" else DIG[int(ch)] for ch in d), "PHONE")

    def tel(self, p, form=None):
        if "tel" not in p._cache:
            ac = self.c(AREA.get(p.code[:2], ["021"]))
            n = 8 if ac in ("021",) else (7 if len(ac) == 3 else self.c([6, 6, 7]))
            p._cache["tel"] = (ac, self.digits(n, first_nonzero=True))
        ac, s = p._cache["tel"]
        form = form or self.c(["paren", "paren", "dash", "space", "parendash"])
        v = {"paren": f"({ac}) {s}", "dash": f"{ac}-{s}", "space": f"{ac} {s}",
             "parendash": f"({ac}) {s[:3]}-{s[3:]}"}[form]
        return Span(v, "PHONE")

    def _ascii_tokens(self, p):
        toks = [re.sub(r"[^a-z]", "", t.lower()) for t in p.name.split()]
        toks = [t for t in toks if t and t not in ("i", "ni", "br", "boru", "bin", "binti", "la", "wa", "muh", "abd", "st", "ach", "moh")]
        return toks or ["warga"]

    def email(self, p, domain=None):
        if "mail" not in p._cache:
            t = self._ascii_tokens(p)
            yy = f"{p.dob.year % 100:02d}"
            first, last = t[0], t[-1]
            local = self.c([f"{first}.{last}", f"{first}{last}{yy}", f"{first}_{last}", f"{first[0]}.{last}",
                            f"{first}{self.ri(1, 99)}", f"{last}.{first}", f"{first}.{last}{yy}"])
            if first == last:
                local = self.c([f"{first}{yy}", f"{first}.{p.city.split()[0].lower()}", f"{first}_{self.ri(10, 999)}"])
            dom = domain or self.c(["gmail.com"] * 6 + ["yahoo.co.id", "yahoo.com", "ymail.com", "outlook.com",
                                                      "hotmail.com", "icloud.com", "proton.me"])
            if domain is None and self.p(0.22):
                dom = self.c(["student.ugm.ac.id", "mhs.unesa.ac.id", "students.unnes.ac.id", "mail.unpad.ac.id",
                              "student.untan.ac.id", "mhs.usk.ac.id", "sinarabaditekstil.co.id", "bintangtimurkargo.com",
                              "karyamandirigarmen.co.id", "kopsyah-sejahtera.or.id", "deltasarana.co.id"])
            p._cache["mail"] = f"{local}@{dom}"
        return Span(p._cache["mail"], "EMAIL")

    def handle(self, p):
        if "handle" not in p._cache:
            t = self._ascii_tokens(p)
            h = self.c([f"{t[0]}_{t[-1]}", f"{t[0]}.{t[-1]}{self.ri(1, 99)}", f"{t[0]}{t[-1][:3]}",
                        f"{p.call.lower()}_{p.city.split()[0].lower()}", f"{t[0]}{p.dob.year}",
                        f"real{t[0]}", f"{t[-1]}.official", f"{t[0]}__"])
            h = re.sub(r"[^a-z0-9_.]", "", h)[:24].rstrip(".")
            p._cache["handle"] = "@" + h
        return Span(p._cache["handle"], "HANDLE")

    def bpjs(self, p, form=None):
        if "bpjs" not in p._cache:
            p._cache["bpjs"] = "000" + self.digits(10)
        d = p._cache["bpjs"]
        form = form or self.c(["plain"] * 4 + ["grp", "grp", "dash"])
        v = {"plain": d, "grp": f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}", "dash": f"{d[:4]}-{d[4:8]}-{d[8:12]}-{d[12:]}"}[form]
        return Span(v, "BPJS")

    def nip(self, p, form=None):
        if "nip" not in p._cache:
            y = min(p.dob.year + self.ri(22, 34), 2023)
            p._cache["nip"] = (f"{p.dob:%Y%m%d}", f"{y}{self.ri(1, 12):02d}", "1" if p.sex == "L" else "2",
                               f"{self.ri(1, 12):03d}")
        a, b, s, n = p._cache["nip"]
        form = form or self.c(["sp", "sp", "sp", "plain", "plain", "dot"])
        v = {"sp": f"{a} {b} {s} {n}", "plain": a + b + s + n, "dot": f"{a}.{b}.{s}.{n}"}[form]
        return Span(v, "NIP")

    def npwp(self, p, form=None):
        if "npwp" not in p._cache:
            p._cache["npwp"] = f"{self.ri(4, 9):02d}{self.digits(6)}{self.ri(0, 9)}{self.ri(401, 999):03d}000"
        d = p._cache["npwp"]
        form = form or self.c(["old", "old", "old", "plain", "zero16", "nik"])
        if form == "nik":
            return Span(fmt16(p.nik, self.c(["plain", "plain", "sp4"])), "NPWP")
        v = {"old": f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}", "plain": d, "zero16": "0" + d}[form]
        return Span(v, "NPWP")

    def passport(self, p, form=None):
        if "pass" not in p._cache:
            p._cache["pass"] = self.c("BBBCCCXXE") + self.digits(7, first_nonzero=True)
        d = p._cache["pass"]
        form = form or self.c(["plain", "plain", "plain", "space"])
        return Span(d if form == "plain" else d[0] + " " + d[1:], "PASSPORT")

    def bank(self, p=None, bank=None):
        """returns (bank name, account span)"""
        bank = bank or (BANK_FOR.get(p.trad) if p is not None and self.p(0.4) else None) or \
            self.c(["BRI", "BRI", "BRI", "BNI", "BNI", "BCA", "BCA", "BSI", "Mandiri", "Mandiri", "CIMB Niaga", "BTN", "Bank DKI"])
        n = BANKS[bank]
        if bank == "CIMB Niaga":
            n = self.c([13, 14])
        d = self.digits(n, first_nonzero=bank not in ("BNI", "BTN", "BRI"))
        if bank == "BRI":
            d = d[:4] + "01" + d[6:12] + self.c(["50", "53", "51"]) + d[14]
            v = self.c([f"{d[:4]}-{d[4:6]}-{d[6:12]}-{d[12:14]}-{d[14]}", d, d,
                        f"{d[:4]} {d[4:6]} {d[6:12]} {d[12:14]} {d[14]}"])
        elif bank == "Mandiri":
            d = d[:3] + "00" + d[5:]
            v = self.c([f"{d[:3]}-{d[3:5]}-{d[5:12]}-{d[12]}", d, d])
        elif bank == "BTN":
            d = "00" + d[2:]
            v = self.c([d, d, " ".join(d[i:i + 4] for i in range(0, 16, 4))])
        elif bank == "BCA":
            v = self.c([d, d, f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}"])
        else:
            v = self.c([d, d, d, "-".join([d[:3], d[3:6], d[6:]]) if n == 10 else d])
        return bank, Span(v, "BANK_ACCOUNT")

    def plate(self, p=None, form=None):
        pre = self.c(PLATE_FOR.get(p.trad, PLATE_PREFIX)) if p is not None and self.p(0.7) else self.c(PLATE_PREFIX)
        num = str(self.ri(1, 9999)) if self.p(0.8) else str(self.ri(1, 999))
        suf = "".join(self.c("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(self.c([1, 2, 2, 3, 3])))
        form = form or self.c(["sp"] * 6 + ["nosp", "nosp", "dash", "lower"])
        v = {"sp": f"{pre} {num} {suf}", "nosp": f"{pre}{num}{suf}", "dash": f"{pre}-{num}-{suf}",
             "lower": f"{pre} {num} {suf}".lower()}[form]
        return Span(v, "PLATE")

    # ---- addresses ----------------------------------------------------------------
    def _addr_parts(self, p):
        if "addr" in p._cache:
            return p._cache["addr"]
        k = self.c(["jl"] * 7 + ["jlgg"] * 3 + ["perum", "perum", "komp", "dusun"])
        if p.trad == "minang" and self.p(0.45):
            k = "jorong"
        if p.trad in ("aceh", "umum", "arab") and p.code[:2] in ("11", "16", "73", "74") and self.p(0.4):
            k = "lr"
        if p.trad == "sunda" and self.p(0.3):
            k = "kp"
        if p.code[:2] in ("73", "74", "75", "76", "72") and self.p(0.35):
            k = "btn"
        num = str(self.ri(1, 180)) + (self.c(["A", "B", "C", ""]) if self.p(0.15) else "")
        st = self.c(STREETS)
        if k == "jl":
            head = f"{self.c(['Jl.', 'Jl.', 'Jl.', 'Jln.', 'Jalan', 'JL.'])} {st}"
        elif k == "jlgg":
            head = f"{self.c(['Jl.', 'Jalan', 'Jln.'])} {st} {self.c(['Gg.', 'Gang', 'Gg'])} {self.c(GANGS)}"
        elif k == "perum":
            head = f"{self.c(['Perum', 'Perum.', 'Perumahan'])} {self.c(COMPLEX)} Blok {self.c('ABCDEFGH')}{self.ri(1, 12)}"
        elif k == "komp":
            head = f"{self.c(['Komp.', 'Kompleks', 'Komplek'])} {self.c(COMPLEX)} Blok {self.c('ABCDEFGH')}"
        elif k == "btn":
            head = f"BTN {self.c(COMPLEX)} Blok {self.c('ABCDEFGH')}{self.ri(1, 9)}"
        elif k == "dusun":
            head = f"{self.c(['Dusun', 'Dsn.', 'Dusun'])} {self.c(HAMLETS)}"
        elif k == "kp":
            head = f"{self.c(['Kp.', 'Kampung'])} {self.c(HAMLETS)}"
        elif k == "lr":
            head = self.c(LORONG)
        else:
            head = f"Jorong {self.c(JORONG)}"
        has_num = k not in ("dusun", "kp") or self.p(0.3)
        has_rt = k in ("dusun", "kp") or (k != "jorong" and self.p(0.65))
        p._cache["addr"] = (k, head, num if has_num else None, has_rt, self.ri(1, 15), self.ri(1, 12))
        return p._cache["addr"]

    def rtrw(self, rt, rw, form=None):
        form = form or self.c(["a", "a", "b", "c", "d", "e", "f", "g", "h"])
        return {"a": f"RT {rt:02d}/RW {rw:02d}", "b": f"RT {rt:03d} RW {rw:03d}", "c": f"RT.{rt:02d}/RW.{rw:02d}",
                "d": f"RT {rt} RW {rw}", "e": f"Rt. {rt:02d} Rw. {rw:02d}", "f": f"RT/RW {rt:03d}/{rw:03d}",
                "g": f"RT {rt:02d} / RW {rw:02d}", "h": f"rt {rt}/rw {rw}"}[form]

    def addr(self, p, rt=None):
        k, head, num, has_rt, rt_, rw_ = self._addr_parts(p)
        s = head
        if num:
            s += " " + self.c(["No. ", "No. ", "No.", "no ", "Nomor ", "No "]) + num
        if (has_rt if rt is None else rt):
            s += self.c([", ", " ", ", "]) + self.rtrw(rt_, rw_)
        return Span(s, "ADDRESS")

    def area(self, p, lead=", "):
        kind = "Kel." if p.kind == "Kota" else self.c(["Desa", "Ds.", "Kel."])
        city = f"{'Kota' if p.kind == 'Kota' else 'Kab.'} {p.city}"
        if p.trad == "minang" and p.kind == "Kab.":
            kind = "Nagari"
        return lead + self.c([f"{kind} {p.kel}, {city}", f"{kind} {p.kel}, Kec. {self.c([k for k in KEL[p.trad] if k != p.kel])}, {city}",
                              f"{kind} {p.kel}", f"{city}", f"{p.kel}, {p.city}"])

    def rt_only(self, p):
        k, head, num, has_rt, rt_, rw_ = self._addr_parts(p)
        return Span(self.rtrw(rt_, rw_, self.c(["a", "d", "g", "c"])), "ADDRESS")

    # ---- near-misses (returned as NM so the scan accepts them) ---------------------
    def nm(self, s):
        return NM(s)

    def tiket(self):
        f = self.ri(0, 5)
        if f == 0:
            return NM(f"#{self.ri(1000000, 9999999)}")
        if f == 1:
            return NM(f"{self.ri(10000000, 99999999)}")
        if f == 2:
            d = min(rand_date(self.r, 2023, 2025), dt.date(2025, 8, 31))
            return NM(f"{d:%Y%m%d}{self.digits(8)}")
        if f == 3:
            return NM(f"LPR-{self.ri(2023, 2025)}-{self.ri(1, 99999):05d}")
        if f == 4:
            return NM(f"REG-{min(rand_date(self.r, 2023, 2025), dt.date(2025, 8, 31)):%Y%m%d}-{self.ri(1, 999):04d}")
        return NM(f"#{self.ri(1000000, 9999999)}")

    def tiket16(self):
        d = min(rand_date(self.r, 2023, 2025), dt.date(2025, 8, 31))
        return NM(f"{d:%Y%m%d}{self.digits(8)}")

    def surat(self, unit="Disdik"):
        return NM(self.c([f"{self.c(['421.5', '800', '474.1', '593', '560', '445', '300'])}/{self.ri(100, 9999)}/{unit}/{self.ri(2023, 2025)}",
                          f"B-{self.ri(100, 9999)}/{unit}/{self.ri(1, 12):02d}/{self.ri(2023, 2025)}",
                          f"{self.c(['PW', 'HK', 'KP', 'UM'])}.{self.ri(1, 9):02d}.{self.ri(1, 9):02d}/{self.ri(10, 999)}/{self.ri(2023, 2025)}"]))

    def perkara(self, kind=None):
        y = self.ri(2019, 2024)
        n = self.ri(12, 1450)
        court = self.c(["Bdg", "Smg", "Sby", "Mdn", "Mks", "Dps", "Jkt.Sel", "Yyk", "Plg", "Ptk", "Jap"])
        kind = kind or self.c(["pdt", "ptun", "pa", "phi", "pid"])
        return NM({"pdt": f"{n}/Pdt.G/{y}/PN {court}", "ptun": f"{n}/G/{y}/PTUN.{court.upper()[:3]}",
                   "pa": f"{n}/Pdt.P/{y}/PA.{court}", "phi": f"{n}/Pdt.Sus-PHI/{y}/PN {court}",
                   "pid": f"{n}/Pid.B/{y}/PN {court}"}[kind])

    def hotline(self, kind=None):
        opts = {"lapor": ["SMS 1708", "1708", "WhatsApp 08112131708"], "pln": ["PLN 123", "call center 123", "PLN Mobile / 123"],
                "kai": ["KAI 121", "contact center 121", "Contact Center KAI 121"], "bpjs": ["Care Center 165", "1500400", "165"],
                "tk": ["175", "call center 175"], "darurat": ["112", "110", "119"], "dukcapil": ["1500537", "1500-537"],
                "ombudsman": ["137", "0821-3737-3737"], "pertamina": ["135", "Pertamina Call Center 135"],
                "kemnaker": ["1500-630"], "kpu": ["(021) 31937223"], "pdam": ["call center PDAM 1500 828", "WA center PDAM"]}
        kind = kind or self.c(list(opts))
        return NM(self.c(opts[kind]))

    def inst_mail(self, kind=None):
        opts = {"lapor": "pengaduan@lapor.go.id", "ppdb": self.c(["ppdb@disdik.jabarprov.go.id", "helpdesk.ppdb@disdikbud.jatengprov.go.id", "ppdb@dindik.surabaya.go.id"]),
                "bpn": "pengaduan@atrbpn.go.id", "lapas": self.c(["humas@kemenkumham.go.id", "pengaduan.lapas@kemenkumham.go.id"]),
                "tk": "care@bpjsketenagakerjaan.go.id", "pln": "pln123@pln.co.id", "kai": "cs@kai.id",
                "kpu": "info@kpu.go.id", "bpjs": "pengaduan@bpjs-kesehatan.go.id", "ombudsman": "pengaduan@ombudsman.go.id",
                "disnaker": "pengaduan@kemnaker.go.id", "pdam": "pengaduan@pdamtirtanadi.co.id"}
        kind = kind or self.c(list(opts))
        return NM(opts[kind])

    def inst_handle(self, kind=None):
        opts = {"lapor": "@lapor1708", "pln": "@pln_123", "kai": "@KAI121", "bpjs": "@BPJSKesehatanRI",
                "kpu": "@KPU_ID", "tk": "@bpjs.ketenagakerjaan", "ombudsman": "@OmbudsmanRI137",
                "dukcapil": "@dukcapilkemendagri", "kumham": "@kemenkumham_ri", "ppdb": "@disdikjabar",
                "bpn": "@kementerian.atrbpn", "pdam": "@pdamkotabdg", "polantas": "@NTMCLantasPolri"}
        kind = kind or self.c(list(opts))
        return NM(opts[kind])

    def rp(self, lo, hi, step=1000):
        v = self.ri(lo // step, hi // step) * step
        s = f"{v:,}".replace(",", ".")
        return NM(self.c([f"Rp {s}", f"Rp{s}", f"Rp {s},-", f"Rp. {s}"]))

    def tgl(self, y1=2023, y2=2025, form=None):
        d = rand_date(self.r, y1, y2)
        if d > dt.date(2025, 8, 31):
            d = d.replace(year=2024)
        return NM(fmt_date(d, form or self.c(["long", "long", "long", "dash", "slash", "abbr"])))

    def chrono(self, n, y1, y2, form="long"):
        ds = sorted(rand_date(self.r, y1, y2) for _ in range(n))
        ds = [d if d <= dt.date(2025, 8, 31) else d.replace(year=2025, month=8) for d in ds]
        return [NM(fmt_date(d, form)) for d in ds]

    def hero(self):
        return NM(self.c(HERO_STREETS))

    def rs(self):
        return NM(self.c(HOSPITALS))

    def office(self, kind):
        st = self.c(HERO_STREETS)
        return NM(f"{st} No. {self.ri(1, 250)}")

    def rt_place(self):
        return NM(self.c([f"RT {self.ri(1, 15):02d}", f"RT {self.ri(1, 15)}", f"RT {self.ri(1, 9):02d}/RW {self.ri(1, 9):02d}", f"RW {self.ri(1, 12):02d}"]))

    def npsn(self):
        return NM(f"{self.c(['1', '2', '3', '6'])}{self.digits(7)}")

    def tps(self):
        return NM(f"TPS {self.ri(1, 45):03d}" if self.p(0.6) else f"TPS {self.ri(1, 45)}")

    def kota(self, trad=None):
        reg = self.c(REG[trad] if trad else REG[self.c(TRADS)])
        return f"{'Kota' if reg[2] == 'Kota' else 'Kabupaten'} {reg[1]}"


def chk_nik(d, p):
    assert len(d) == 16 and int(d[:2]) in VALID_PROV, d
    dd, mm, yy = int(d[6:8]), int(d[8:10]), int(d[10:12])
    if p is not None:
        exp = p.dob.day + (40 if p.sex == "P" else 0)
        assert (dd, mm, yy) == (exp, p.dob.month, p.dob.year % 100), (d, p.dob, p.sex)


# ----------------------------------------------------------------------------------------
# Templates.  Each returns a Doc.  PII templates take (g), near-miss-only templates too.
# ----------------------------------------------------------------------------------------

def kotap(p):
    return f"{'Kota' if p.kind == 'Kota' else 'Kabupaten'} {p.city}"


def closing(g):
    return g.c(["Terima kasih.", "Mohon ditindaklanjuti.", "Atas perhatiannya saya ucapkan terima kasih.",
                "Mohon segera dibantu.", "Terima kasih atas perhatiannya.", "Mohon tindak lanjutnya. Terima kasih."])


def lvl_child(g, par):
    lvl, born = g.c([("SD", (2017, 2018)), ("SMP", (2011, 2012)), ("SMP", (2011, 2012)),
                     ("SMA", (2008, 2009)), ("SMK", (2008, 2009))])
    return lvl, g.child(par, born)


# ---- 1. ppdb ------------------------------------------------------------------------------

def ppdb_1(g):
    par = g.person(born=(1972, 1992))
    lvl, ch = lvl_child(g, par)
    return Doc().add(
        "Yth. Panitia PPDB $kota,\n\nSaya $hon $par, orang tua dari calon peserta didik $ch (lahir $dob, NIK $nik). "
        "Anak saya tidak lolos jalur zonasi $lvl Negeri $n padahal rumah kami di $addr$area hanya $dist meter dari sekolah "
        "menurut titik koordinat aplikasi. Nomor KK kami $kk terbit tahun $kky, jadi syarat domisili minimal satu tahun "
        "sudah terpenuhi. Yang diterima justru pendaftar yang jaraknya $dist2 km. Mohon ditinjau ulang sesuai $reg.\n"
        "Kontak saya: $hp.\n$close",
        kota=kotap(par), hon=g.hon(par), par=g.name(par), ch=g.name(ch), dob=g.dob(ch), nik=g.nik(ch), lvl=lvl,
        n=g.ri(1, 40), addr=g.addr(par), area=g.area(par), dist=g.ri(180, 900), kk=g.kk(par), kky=g.kk_year(par),
        dist2=f"{g.ri(1, 3)},{g.ri(1, 9)}", reg=g.nm(g.c(["Permendikbud No. 1 Tahun 2021", "juknis PPDB tahun ini"])),
        hp=g.hp(par), close=closing(g))


def ppdb_2(g):
    par = g.person(born=(1970, 1990))
    lvl, ch = lvl_child(g, par)
    wrong = ch.dob.replace(year=ch.dob.year + 1) if not (ch.dob.month == 2 and ch.dob.day == 29) else ch.dob.replace(day=28, year=ch.dob.year + 1)
    f = g.c(DOB_FORMS)
    return Doc().add(
        "Selamat siang. Di akun PPDB anak saya, $ch, tanggal lahir tertulis $wrong padahal di akta kelahiran $dob. "
        "Akibatnya usia anak saya dihitung kurang dan skor usianya turun. NIK anak $nik, nomor KK $kk. "
        "Saya sudah datang ke operator $lvl Negeri $n pada $tgl tapi disuruh ke Dukcapil, lalu Dukcapil bilang data mereka sudah benar. "
        "Tiket pengaduan saya di aplikasi $tiket belum dijawab. Mohon bantuannya, pendaftaran tahap 2 ditutup $tgl2.\n\n$par ($hp)",
        ch=g.name(ch), wrong=g.dob(ch, f, d=wrong), dob=g.dob(ch, f), nik=g.nik(ch), kk=g.kk(par), lvl=lvl,
        n=g.ri(1, 30), tgl=g.tgl(2024, 2024), tiket=g.tiket(), tgl2=g.tgl(2024, 2024), par=g.name(par), hp=g.hp(par))


def ppdb_3(g):
    par = g.person(born=(1972, 1990))
    lvl, ch = lvl_child(g, par)
    calo = g.person(born=(1965, 1995))
    bank, acc = g.bank(calo)
    return Doc().add(
        "Saya ingin melaporkan dugaan pungli PPDB. Seseorang yang mengaku orang dalam dinas, bernama $calo, menawarkan "
        "kursi di $lvl Negeri $n untuk anak saya $ch dengan imbalan $rp. Uang diminta ditransfer ke rekening $bank $acc "
        "a.n. $calo2. Nomor WA yang menghubungi saya $chp. Saya simpan semua tangkapan layar percakapannya. "
        "Ia juga promosi di TikTok lewat akun $tt. Saya menolak, tapi khawatir banyak orang tua lain yang sudah membayar.\n\n"
        "Pelapor: $par, email $mail",
        calo=g.name(calo, "call"), lvl=lvl, n=g.ri(1, 20), ch=g.name(ch), rp=g.rp(3000000, 15000000, 500000),
        bank=bank, acc=acc, calo2=g.name(calo, case=g.c([None, "upper"])), chp=g.hp(calo), tt=g.handle(calo), par=g.name(par),
        mail=g.email(par))


def ppdb_4(g):
    par = g.person(born=(1975, 1990))
    c1 = g.child(par, (2011, 2012))
    c2 = g.twin(c1)
    return Doc().add(
        "Anak kembar saya, $c1 dan $c2, lahir $dob, mendaftar SMP Negeri $n lewat jalur zonasi dengan KK yang sama ($kk). "
        "Yang diterima hanya $c1b, sedangkan $c2b terlempar ke pilihan ketiga yang jaraknya $km km. Padahal alamatnya sama persis, "
        "$addr$area. NIK masing-masing $nik1 dan $nik2. Apakah tidak ada kebijakan untuk saudara kembar? "
        "Mohon penjelasan dari dinas. Saya bisa dihubungi di $hp atau $mail.\n$par",
        c1=g.name(c1), c2=g.name(c2), dob=g.dob(c1), n=g.ri(1, 40), kk=g.kk(par), c1b=g.name(c1, "call"),
        c2b=g.name(c2, "call"), km=g.ri(3, 9), addr=g.addr(par), area=g.area(par), nik1=g.nik(c1), nik2=g.nik(c2),
        hp=g.hp(par), mail=g.email(par), par=g.name(par))


def ppdb_5(g):
    par = g.person(born=(1970, 1988))
    lvl, ch = lvl_child(g, par)
    ks = g.person(born=(1966, 1980))
    return Doc().add(
        "Kepada Ombudsman. Anak saya $ch (NIK $nik) pemegang KIP dan keluarga kami masuk DTKS, tetapi ditolak di jalur afirmasi "
        "$lvl Negeri $n. Kepala sekolah, $hon $ks, $gelar, NIP $nip, mengatakan kuota afirmasi sudah penuh padahal menurut "
        "pengumuman kuota $q kursi baru terisi $q2. Saat saya tanya daftar penerimanya, beliau menolak memperlihatkan. "
        "Saya $par, tinggal di $addr$area. HP $hp.",
        ch=g.name(ch), nik=g.nik(ch), lvl=lvl, n=g.ri(1, 30), hon=g.hon(ks), ks=g.name(ks),
        gelar=g.c(["S.Pd., M.Pd.", "M.Pd.", "S.Pd.", "S.Ag., M.Pd.I."]), nip=g.nip(ks), q=g.ri(40, 90), q2=g.ri(10, 35),
        par=g.name(par), addr=g.addr(par), area=g.area(par), hp=g.hp(par))


def ppdb_6(g):
    par = g.person(born=(1975, 1990))
    lvl, ch = lvl_child(g, par)
    return Doc().add(
        "Saya $par, ASN yang pindah tugas ke $kota per $tgl (SK $sk). NIP saya $nip. Anak saya $ch, lahir di $bp, $dob, "
        "mendaftar jalur perpindahan tugas orang tua di $lvl Negeri $n tetapi ditolak karena KK baru kami ($kk) dianggap "
        "belum setahun. Padahal juknis menyebut jalur ini justru untuk ASN yang baru pindah. Keberatan sudah saya kirim dari "
        "$mail ke $inst tanggal $tgl2, belum ada balasan. $close",
        par=g.name(par), kota=kotap(par), tgl=g.tgl(2023, 2024), sk=g.surat("BKPSDM"), nip=g.nip(par), ch=g.name(ch),
        bp=ch.birthplace, dob=g.dob(ch), lvl=lvl, n=g.ri(1, 20), kk=g.kk(par, year=2024), mail=g.email(par),
        inst=g.inst_mail("ppdb"), tgl2=g.tgl(2024, 2024), close=closing(g))


def ppdb_7(g):
    par = g.person(born=(1975, 1992))
    lvl, ch = lvl_child(g, par)
    op = g.person(born=(1985, 2000))
    return Doc().add(
        "Lapor 🙏 operator sekolah $lvl Negeri $n atas nama $oh $op salah input titik rumah kami, jadi jaraknya tercatat $km km. "
        "Rumah kami di $addr, bukan di $hero. Sudah saya bawa KK ($kk) dan foto rumah, tapi dia bilang \u201csistem sudah dikunci\u201d. "
        "Data anak: $ch, TTL $bp, $dob. Nomor WA saya $hp \u2013 $par.",
        lvl=lvl, n=g.ri(1, 25), oh=g.hon(op, "regional"), op=g.name(op), km=f"{g.ri(2, 6)},{g.ri(1, 9)}", addr=g.addr(par), hero=g.hero(),
        kk=g.kk(par), ch=g.name(ch), bp=ch.birthplace, dob=g.dob(ch), hp=g.hp(par), par=g.name(par, "call"))


def ppdb_n1(g):
    return Doc().add(
        "Pengumuman hasil seleksi PPDB SMP Negeri $n $kota yang dijadwalkan $tgl molor tanpa pemberitahuan. Nomor pendaftaran "
        "anak saya $reg. Menurut juknis nomor $surat, kuota zonasi $q persen, tapi di papan pengumuman hanya $q2 kursi. "
        "NPSN sekolah $npsn. NIK anak saya sudah sesuai dengan KK, jadi bukan masalah data. Call center dinas $hot tidak diangkat "
        "dari pagi. Mohon kejelasan. $close",
        n=g.ri(1, 40), kota=g.kota(), tgl=g.tgl(2024, 2025), reg=g.nm(f"{g.ri(2024, 2025)}{g.digits(8)}"), surat=g.surat("Disdik"),
        q=g.c([50, 40, 55]), q2=g.ri(60, 140), npsn=g.npsn(), hot=g.hotline("lapor"),
        close=closing(g))


def ppdb_n2(g):
    return Doc().add(
        "Titik koordinat di aplikasi PPDB bergeser sekitar $km km ke arah $hero, sehingga banyak warga $rt tidak masuk zonasi "
        "SMA Negeri $n. Sudah ada $cnt orang tua yang melapor ke posko PPDB sejak $tgl. Nomor tiket kami $t1 dan $t2. "
        "Selain itu sekolah meminta uang seragam $rp yang menurut $perm tidak boleh diwajibkan. Mohon Dinas Pendidikan "
        "turun tangan sebelum daftar ulang tanggal $tgl2.",
        km=f"{g.ri(1, 4)},{g.ri(1, 9)}", hero=g.hero(), rt=g.rt_place(), n=g.ri(1, 15), cnt=g.ri(12, 60),
        tgl=g.tgl(2024, 2024), t1=g.tiket(), t2=g.tiket(), rp=g.rp(900000, 2500000, 50000),
        perm=g.nm("Permendikbud No. 75 Tahun 2016"), tgl2=g.tgl(2024, 2024))


def ppdb_n3(g):
    return Doc().add(
        "Komite sekolah SD Negeri $n meminta sumbangan pembangunan $rp per siswa baru, dibayar paling lambat $tgl. "
        "Kepala sekolah dan ketua komite bilang itu sudah disepakati rapat, padahal rapatnya hanya dihadiri $cnt orang. "
        "Surat edaran nomor $surat tidak menyebut nominal. Sudah saya laporkan juga lewat $handle dan email $mail dengan "
        "nomor laporan $tiket. Anak saya usia $age tahun, baru masuk kelas 1. NIK saya sudah terverifikasi di aplikasi, "
        "jadi tolong jangan diminta data lagi.",
        n=g.ri(1, 60), rp=g.rp(750000, 3500000, 250000), tgl=g.tgl(2024, 2025), cnt=g.ri(15, 40), surat=g.surat("SDN"),
        handle=g.inst_handle("lapor"), mail=g.inst_mail("lapor"), tiket=g.tiket(), age=g.ri(6, 7))


def ppdb_n4(g):
    return Doc().add(
        "Jalur prestasi PPDB $yr di $kota tidak transparan. Nilai rapor minimal diumumkan $nil, tetapi ada siswa dengan nilai "
        "$nil2 yang lolos. Server PPDB down tanggal $tgl pukul $jam sampai $jam2. Kuota $q kursi, pendaftar $p orang. "
        "Mohon audit oleh Inspektorat. Laporan saya nomor $t.",
        yr=g.ri(2023, 2025), kota=g.kota(), nil=f"{g.ri(85, 90)},{g.ri(0, 9)}", nil2=f"{g.ri(78, 84)},{g.ri(0, 9)}",
        tgl=g.tgl(2024, 2025), jam=f"{g.ri(8, 11):02d}.00", jam2=f"{g.ri(13, 16):02d}.30", q=g.ri(40, 120),
        p=g.ri(300, 900), t=g.tiket16())


# ---- 2. pertanahan ------------------------------------------------------------------------

def tanah_1(g):
    father = g.person(born=(1935, 1955), sex="L")
    trad = father.trad
    heirs = [g.child(father, (1960, 1985)) for _ in range(g.ri(2, 4))]
    d = Doc().add("Perihal: sengketa balik nama tanah waris SHM No. $shm, Desa $desa\n\n"
                  "Almarhum ayah kami, $father, meninggal $tgl dan meninggalkan tanah seluas $luas m\u00b2. Penetapan ahli waris "
                  "sudah keluar dari Pengadilan Agama dengan nomor $pk. Ahli waris yang sah:\n",
                  shm=g.nm(f"{g.ri(100, 3999):05d}"), desa=father.kel, father=g.name(father), tgl=g.tgl(2015, 2023),
                  luas=g.ri(120, 2400), pk=g.perkara("pa"))
    for i, h in enumerate(heirs, 1):
        if g.p(0.7):
            d.add("$i. $h, NIK $nik, alamat $addr$area;\n", i=i, h=g.name(h), nik=g.nik(h), addr=g.addr(h), area=g.area(h))
        else:
            d.add("$i. $h, lahir $dob, tinggal di $addr$area;\n", i=i, h=g.name(h), dob=g.dob(h), addr=g.addr(h), area=g.area(h))
    off = g.person(born=(1970, 1992))
    d.add("\nPermohonan balik nama kami ditolak loket Kantor Pertanahan dengan alasan ada blokir dari pihak lain. Petugas yang "
          "melayani, $off (NIP $nip), tidak mau menyebut siapa yang memblokir. Mohon penjelasan. Hubungi $h1 di $hp.",
          off=g.name(off), nip=g.nip(off), h1=g.name(heirs[0], "call"), hp=g.hp(heirs[0]))
    return d


def tanah_2(g):
    mom = g.person(born=(1945, 1965), sex="P")
    me = g.child(mom, (1970, 1990))
    pd = g.person(born=(1965, 1985), sex="L")
    bank, acc = g.bank(pd)
    return Doc().add(
        "Sertifikat program PTSL atas nama ibu saya, $mom (lahir $dob, NIK $nik), sudah jadi sejak $tgl tetapi ditahan oleh "
        "perangkat desa bernama $pd. Ia minta uang tebusan $rp, jauh di atas biaya resmi $rp2. Uang diminta dikirim ke rekening "
        "$bank nomor $acc atas nama istrinya. Kami tinggal di $addr$area. Saya $me, anak kandung, HP $hp.",
        mom=g.name(mom), dob=g.dob(mom), nik=g.nik(mom), tgl=g.tgl(2023, 2024), pd=g.name(pd),
        rp=g.rp(1500000, 5000000, 500000), rp2=g.nm("Rp 150.000"), bank=bank, acc=acc, addr=g.addr(mom), area=g.area(mom),
        me=g.name(me), hp=g.hp(me))


def tanah_3(g):
    me = g.person(born=(1960, 1990))
    other = g.person(born=(1955, 1985))
    return Doc().add(
        "Tanah saya di $addr$area ternyata juga disertifikatkan atas nama $other yang beralamat di $addr2$area2. "
        "Sertifikat saya terbit $y1, miliknya terbit $y2. Gugatan sudah didaftarkan dengan perkara nomor $pk. Saya minta BPN "
        "tidak memproses peralihan apa pun sampai putusan inkrah. Data saya: $me, NIK $nik, telp $tel / $hp.",
        addr=g.addr(me), area=g.area(me), other=g.name(other), addr2=g.addr(other), area2=g.area(other),
        y1=g.ri(1995, 2010), y2=g.ri(2015, 2023), pk=g.perkara("pdt"), me=g.name(me), nik=g.nik(me), tel=g.tel(me), hp=g.hp(me))


def tanah_4(g):
    me = g.person(born=(1965, 1995))
    nt = g.person(born=(1960, 1985))
    return Doc().add(
        "Saat mengurus AJB di kantor notaris $nt, $gelar, NPWP saya $npwp ditolak sistem validasi BPHTB. Padahal NPWP itu "
        "aktif dan sudah dipadankan dengan NIK $nik. Akibatnya balik nama tertunda dan saya kena denda $rp. Staf notaris "
        "menyarankan \u201cpakai NPWP orang lain saja\u201d, yang jelas tidak benar. Mohon Bapenda dan BPN berkoordinasi. "
        "Kontak: $mail, $hp. Salam, $me.",
        nt=g.name(nt), gelar=g.c(["S.H., M.Kn.", "S.H.", "S.H., M.Kn"]), npwp=g.npwp(me, g.c(["old", "old", "plain", "zero16"])),
        nik=g.nik(me), rp=g.rp(500000, 3000000, 100000), mail=g.email(me), hp=g.hp(me), me=g.name(me))


def tanah_5(g):
    father = g.person(trad="bali", born=(1938, 1955), sex="L")
    heirs = [g.child(father, (1962, 1985), sex="L") for _ in range(2)] + [g.child(father, (1962, 1985), sex="P")]
    return Doc().add(
        "Om Swastiastu. Tanah warisan almarhum $f di $addr dibagi oleh desa adat tanpa melibatkan semua ahli waris. "
        "Kami bertiga, $h1, $h2, dan $h3, tidak pernah menandatangani surat pernyataan pembagian. Tanda tangan $h3b di berkas "
        "tertanggal $tgl jelas dipalsukan karena saat itu ia bekerja di luar negeri (paspor $pas). Mohon Kantor Pertanahan "
        "membatalkan proses pemecahan sertifikat. Kontak $h1b: $hp. Om Shanti Shanti Shanti Om.",
        f=g.name(father), addr=g.addr(father), h1=g.name(heirs[0]), h2=g.name(heirs[1]), h3=g.name(heirs[2]),
        h3b=g.name(heirs[2], "call"), tgl=g.tgl(2022, 2024), pas=g.passport(heirs[2]), h1b=g.name(heirs[0], "call"),
        hp=g.hp(heirs[0]))


def tanah_6(g):
    me = g.person(born=(1960, 1990))
    sv = g.person(born=(1975, 1995), sex="L")
    return Doc().add(
        "Petugas ukur BPN bernama $sv datang ke lahan kami tanggal $tgl tanpa surat tugas, memakai mobil $plate. Ia meminta "
        "uang bensin $rp dan bilang pengukuran bisa dipercepat kalau kami \u201cmengerti\u201d. Lahan terletak di belakang rumah saya, "
        "$addr$area. Saya $me, pemohon pengukuran berkas nomor $berkas, WA $hp.",
        sv=g.name(sv), tgl=g.tgl(2024, 2025), plate=g.plate(sv), rp=g.rp(300000, 1500000, 100000), addr=g.addr(me),
        area=g.area(me), me=g.name(me), berkas=g.nm(f"{g.ri(1000, 99999)}/{g.ri(2023, 2025)}"), hp=g.hp(me))


def tanah_n1(g):
    return Doc().add(
        "Berkas PTSL warga Desa $desa sudah diserahkan sejak $tgl tapi sampai sekarang sertifikat belum dibagikan. Biaya yang "
        "dipungut panitia desa $rp per bidang, padahal SKB 3 Menteri menetapkan maksimal $rp2 untuk wilayah Jawa-Bali. "
        "Jumlah bidang $cnt. Kami sudah bertanya ke Kantor Pertanahan di $office tetapi hanya diberi nomor antrean $ant. "
        "Mohon pengawasan. Laporan nomor $tiket.",
        desa=g.c(KEL["jawa"] + KEL["sunda"]), tgl=g.tgl(2023, 2024), rp=g.rp(400000, 900000, 50000), rp2=g.nm("Rp 150.000"),
        cnt=g.ri(120, 900), office=g.office("bpn"), ant=g.nm(f"B-{g.ri(10, 199):03d}"), tiket=g.tiket())


def tanah_n2(g):
    return Doc().add(
        "Sengketa batas tanah antara warga $rt dan perusahaan perkebunan sudah diputus dengan nomor perkara $pk, tetapi "
        "eksekusi belum juga dilaksanakan. Luas objek sengketa $luas hektare. Sertifikat HGU nomor $hgu habis masa berlaku "
        "tahun $yr. Kepala Kantor Pertanahan berjanji mediasi ulang pada $tgl. Kami mohon Ombudsman memantau. Email "
        "pengaduan ke $mail sudah dikirim.",
        rt=g.rt_place(), pk=g.perkara(g.c(["pdt", "ptun"])), luas=g.ri(12, 450), hgu=g.nm(f"{g.ri(1, 99):02d}/{g.ri(1990, 2005)}"),
        yr=g.ri(2019, 2024), tgl=g.tgl(2025, 2025), mail=g.inst_mail("bpn"))


def tanah_n3(g):
    return Doc().add(
        "Pelayanan loket Kantor Pertanahan $kota sangat lambat. Saya antre sejak pukul $jam dengan nomor $ant dan baru dipanggil "
        "pukul $jam2. Pengecekan sertifikat yang menurut $reg seharusnya selesai $hari hari kerja sudah $hari2 hari belum "
        "selesai. Biaya PNBP $rp sudah saya bayar. NIK saya dan NPWP sudah valid, jadi bukan masalah berkas. Mohon perbaikan.",
        kota=g.kota(), jam=f"0{g.ri(6, 8)}.{g.c(['00', '15', '30', '45'])}", ant=g.nm(f"A{g.ri(10, 120):03d}"),
        jam2=f"{g.ri(11, 15)}.{g.c(['05', '20', '40'])}", reg=g.nm(g.c(["PP No. 128 Tahun 2015", "Perkaban No. 1 Tahun 2010", "PP No. 18 Tahun 2021"])),
        hari=g.ri(1, 7), hari2=g.ri(20, 60), rp=g.rp(50000, 350000, 5000))


# ---- 3. lapas -----------------------------------------------------------------------------

def regnap(g):
    return NM(g.c([f"B.I {g.ri(10, 999)}/{g.ri(2020, 2024)}", f"AI.{g.ri(10, 999)}/{g.ri(2021, 2025)}",
                   f"BI-{g.ri(100, 2999)}/{g.ri(2019, 2024)}", f"B.IIa {g.ri(10, 500)}/{g.ri(2020, 2024)}",
                   f"A.II {g.ri(10, 300)}/{g.ri(2023, 2025)}"]))


LAPAS = W("Lapas Kelas IIA|Lapas Kelas I|Rutan Kelas IIB|Lapas Perempuan Kelas IIA|Rutan Kelas I|LPKA Kelas II|Lapas Narkotika Kelas IIA")


def lapas_1(g):
    inm = g.person(born=(1975, 1998), sex="L")
    vis = g.person(trad=inm.trad, born=(1975, 2000), sex="P")
    off = g.person(born=(1980, 1998), sex="L")
    bank, acc = g.bank(off)
    return Doc().add(
        "Saya $vis, istri dari warga binaan $inm (No. Reg. $reg) di $lapas $kota. Pada $tgl saya datang membesuk membawa "
        "KTP (NIK $nik) dan KK, tetapi petugas jaga bernama $off menolak karena nama saya \u201ctidak ada di daftar\u201d. Ia lalu "
        "meminta uang titip $rp supaya bisa masuk, ditransfer ke rekening $bank $acc. Saya tidak membayar dan pulang tanpa "
        "bertemu suami. Mohon diperiksa. HP $hp.",
        vis=g.name(vis), inm=g.name(inm), reg=regnap(g), lapas=g.c(LAPAS), kota=inm.city, tgl=g.tgl(2024, 2025),
        nik=g.nik(vis), off=g.name(off), rp=g.rp(100000, 500000, 50000), bank=bank, acc=acc, hp=g.hp(vis))


def lapas_2(g):
    inm = g.person(born=(1985, 2004))
    mom = g.person(trad=inm.trad, born=(1955, 1975), sex="P")
    return Doc().add(
        "Layanan video call untuk keluarga warga binaan di $lapas $kota tidak berjalan. Anak saya, $inm, sudah tiga minggu tidak "
        "bisa dihubungi. Saya mendaftar lewat WA layanan dengan nomor $hp dan email $mail sejak $tgl, statusnya selalu "
        "\u201cmenunggu jadwal\u201d. Saya ibu kandungnya, $mom, tinggal di $addr$area, terlalu jauh untuk datang langsung. "
        "$close",
        lapas=g.c(LAPAS), kota=inm.city, inm=g.name(inm), hp=g.hp(mom), mail=g.email(mom), tgl=g.tgl(2024, 2025),
        mom=g.name(mom), addr=g.addr(mom), area=g.area(mom), close=closing(g))


def lapas_3(g):
    inm = g.person(born=(1948, 1960), sex="L")
    kid = g.child(inm, (1975, 1990))
    wali = g.person(born=(1975, 1993))
    return Doc().add(
        "Ayah saya $inm, lahir $dob (sekarang usia $age tahun), warga binaan $lapas dengan nomor register $reg. Menurut "
        "perhitungan, beliau sudah berhak pembebasan bersyarat sejak $tgl. Wali pemasyarakatan, $hon $wali (NIP $nip), tidak "
        "pernah merespons surat kami. Beliau juga sakit jantung; kartu JKN-nya $bpjs tidak bisa dipakai di klinik lapas. "
        "Saya $kid, HP $hp.",
        inm=g.name(inm), dob=g.dob(inm), age=2025 - inm.dob.year, lapas=g.c(LAPAS), reg=regnap(g), tgl=g.tgl(2024, 2025),
        hon=g.hon(wali), wali=g.name(wali), nip=g.nip(wali), bpjs=g.bpjs(inm), kid=g.name(kid), hp=g.hp(kid))


def lapas_4(g):
    inm = g.person(born=(1980, 2000))
    vs = [g.person(trad=inm.trad, born=(1960, 2002)) for _ in range(g.ri(2, 3))]
    d = Doc().add("Daftar pengunjung yang ditolak masuk $lapas pada $tgl, padahal sudah mendaftar online untuk membesuk $inm:\n",
                  lapas=g.c(LAPAS), tgl=g.tgl(2024, 2025), inm=g.name(inm))
    for i, v in enumerate(vs, 1):
        d.add("$i) $v \u2013 NIK $nik\n", i=i, v=g.name(v), nik=g.nik(v))
    d.add("Kami datang dengan mobil $plate dan parkir di area pengunjung sejak pukul $jam. Alasan petugas: kuota kunjungan "
          "hari itu sudah $q orang. Nomor antrean kami $ant. Koordinator rombongan: $v1, $hp.",
          plate=g.plate(vs[0]), jam=f"0{g.ri(7, 9)}.{g.c(['00', '30'])}", q=g.ri(100, 250), ant=g.nm(f"{g.ri(100, 260)}"),
          v1=g.name(vs[0], "call"), hp=g.hp(vs[0]))
    return d


def lapas_5(g):
    inm = g.person(born=(1990, 2005), sex="L")
    sis = g.person(trad=inm.trad, born=(1985, 2003), sex="P")
    return Doc().add(
        "Adik saya $inm ditahan di Rutan Polres $kota sejak $tgl dan jatuh sakit. Keluarga diminta membayar $rp untuk biaya "
        "berobat ke luar, padahal ia peserta JKN aktif nomor $bpjs. Penyidik yang menangani, $hon $pen, hanya bilang \u201ctunggu "
        "saja\u201d. Alamat keluarga kami di $addr$area. Saya kakaknya, $sis, telp $hp / email $mail.",
        inm=g.name(inm), kota=inm.city, tgl=g.tgl(2024, 2025), rp=g.rp(1000000, 4000000, 250000), bpjs=g.bpjs(inm),
        hon=g.c(["Bripka", "Aipda", "Brigpol", "Ipda"]), pen=g.name(g.person(born=(1985, 1998), sex="L")),
        addr=g.addr(sis), area=g.area(sis), sis=g.name(sis), hp=g.hp(sis), mail=g.email(sis))


def lapas_6(g):
    inm = g.person(born=(1975, 1995), sex="P")
    hus = g.person(trad=inm.trad, born=(1970, 1995), sex="L")
    return Doc().add(
        "Istri saya $inm menjalani pidana di Lapas Perempuan $kota (register $reg). Barang titipan berupa obat dan pakaian "
        "yang saya kirim $tgl tidak pernah sampai kepadanya. Tanda terima ditandatangani petugas bernama $off. Mohon Kanwil "
        "memeriksa. Saya $hus, NIK $nik, alamat $addr$area, WA $hp.",
        inm=g.name(inm), kota=inm.city, reg=regnap(g), tgl=g.tgl(2024, 2025), off=g.name(g.person(born=(1985, 1999), sex="P")),
        hus=g.name(hus), nik=g.nik(hus), addr=g.addr(hus), area=g.area(hus), hp=g.hp(hus))


def lapas_n1(g):
    return Doc().add(
        "Jadwal kunjungan di $lapas $kota berubah tanpa pengumuman. Di papan tertulis Selasa dan Kamis pukul $j1\u2013$j2, tetapi "
        "tanggal $tgl pintu ditutup pukul $j3. Warga binaan dengan register $r1 dan $r2 tidak bisa dijenguk keluarganya. Harga "
        "makanan di kantin $rp per porsi, jauh di atas harga pasar. Menurut $reg layanan kunjungan tidak dipungut biaya. "
        "Mohon dibenahi.",
        lapas=g.c(LAPAS), kota=g.kota(), j1=f"0{g.ri(8, 9)}.00", j2=f"{g.ri(11, 12)}.00", tgl=g.tgl(2024, 2025),
        j3=f"{g.ri(9, 10)}.30", r1=regnap(g), r2=regnap(g), rp=g.rp(25000, 60000, 5000),
        reg=g.nm(g.c(["Permenkumham No. 6 Tahun 2013", "UU No. 22 Tahun 2022 tentang Pemasyarakatan"])))


def lapas_n2(g):
    return Doc().add(
        "Blok $blok kamar $km di $lapas dihuni $n orang padahal kapasitasnya $cap. Keluarga yang berkunjung tanggal $tgl melihat "
        "sendiri kondisinya. Pengaduan lewat $hot dan email $mail dengan nomor $tiket belum dijawab. Kepala Lapas dan Kepala "
        "Seksi Binadik tidak pernah menemui keluarga. Kantor lapas di $office juga tidak menyediakan loket pengaduan.",
        blok=g.c("ABCDE"), km=g.ri(1, 20), lapas=g.c(LAPAS), n=g.ri(30, 60), cap=g.ri(10, 18), tgl=g.tgl(2024, 2025),
        hot=g.hotline("lapor"), mail=g.inst_mail("lapas"), tiket=g.tiket(), office=g.office("lapas"))


def lapas_n3(g):
    return Doc().add(
        "Keluarga warga binaan diminta membayar $rp untuk \u201ckartu besuk\u201d yang berlaku $bln bulan. Tidak ada kuitansi resmi. "
        "Nomor register anggota keluarga kami $reg, kasus nomor $pk. NIK kami sudah terdaftar di sistem kunjungan online, "
        "jadi tidak ada alasan meminta uang. Kejadian tanggal $tgl sekitar pukul $jam.",
        rp=g.rp(50000, 300000, 25000), bln=g.ri(1, 6), reg=regnap(g), pk=g.perkara("pid"), tgl=g.tgl(2024, 2025),
        jam=f"{g.ri(9, 14)}.{g.c(['00', '15', '30', '45'])}")


# ---- 4. buruh -----------------------------------------------------------------------------

COMPANIES = W("PT Sinar Abadi Tekstil|PT Karya Mandiri Garmen|CV Berkah Logistik|PT Mitra Sawit Lestari|PT Samudra Plastindo|"
              "PT Cahaya Boga Nusantara|PT Prima Alas Kaki|CV Tiga Saudara Konveksi|PT Bintang Timur Kargo|PT Delta Sarana Security")


def buruh_1(g):
    comp = g.c(COMPANIES)
    ws = [g.person(born=(1975, 2000)) for _ in range(g.ri(3, 4))]
    rep = ws[0]
    d = Doc().add("Kami pekerja $comp ($kota) di-PHK sepihak per $tgl tanpa pesangon sesuai $reg. Daftar pekerja:\n",
                  comp=comp, kota=kotap(rep), tgl=g.tgl(2024, 2025), reg=g.nm(g.c(["PP 35/2021", "PP No. 35 Tahun 2021", "UU No. 6 Tahun 2023"])))
    sep = g.c([" \u2013 ", " - ", " | ", ", "])
    for i, w in enumerate(ws, 1):
        d.add("$i. $w${s}NIK $nik${s}BPJS Kesehatan $bpjs\n", i=i, w=g.name(w), s=sep, nik=g.nik(w), bpjs=g.bpjs(w))
    d.add("Gaji bulan $bln belum dibayar dan iuran BPJS Ketenagakerjaan tidak disetor sejak $yr, padahal dipotong dari upah. "
          "Kuasa pekerja: $rep, HP $hp.",
          bln=g.c(MONTHS), yr=g.ri(2022, 2024), rep=g.name(rep, "call"), hp=g.hp(rep))
    return d


def buruh_2(g):
    me = g.person(born=(1978, 2001))
    hrd = g.person(born=(1975, 1995))
    bank, acc = g.bank(me)
    return Doc().add(
        "Upah saya sebagai $job di $comp selama $n bulan, total $rp, belum ditransfer ke rekening $bank $acc a.n. $me. HRD, "
        "$hon $hrd, hanya berjanji \u201cminggu depan\u201d sejak $tgl. Yang lebih parah, NPWP saya $npwp dipakai perusahaan untuk "
        "melapor PPh 21 seolah-olah saya sudah dibayar. Mohon Disnaker memanggil perusahaan. Kontak: $hp.",
        job=g.c(["operator jahit", "sopir", "satpam", "admin gudang", "kasir", "buruh harian lepas"]), comp=g.c(COMPANIES),
        n=g.ri(2, 5), rp=g.rp(6000000, 20000000, 250000), bank=bank, acc=acc, me=g.name(me), hon=g.hon(hrd),
        hrd=g.name(hrd), tgl=g.tgl(2024, 2025), npwp=g.npwp(me), hp=g.hp(me))


def buruh_3(g):
    me = g.person(born=(1968, 1995))
    wrong = me.nik[:12] + f"{(int(me.nik[12:]) + g.ri(1, 80)) % 10000:04d}"
    return Doc().add(
        "Pencairan JHT saya ditolak karena data di BPJS Ketenagakerjaan tidak padan: NIK di sana tertulis $wrong, padahal NIK "
        "saya $nik sesuai KTP dan KK $kk. Petugas kantor cabang meminta surat keterangan dari perusahaan, padahal perusahaan "
        "sudah tutup sejak $yr. Saya $me, lahir $dob, sudah tidak bekerja dan sangat butuh dana tersebut. Mohon bantuan. $hp",
        wrong=Span(fmt16(wrong, "plain"), "NIK"), nik=g.nik(me, "plain", mistype=False), kk=g.kk(me), yr=g.ri(2021, 2024),
        me=g.name(me), dob=g.dob(me), hp=g.hp(me))


def buruh_4(g):
    me = g.person(born=(1975, 1995))
    sis = g.child(g.person(trad=me.trad, born=(1945, 1965)), (1990, 2003), sex="P")
    ag = g.person(born=(1970, 1990))
    return Doc().add(
        "Adik saya, $sis, berangkat sebagai pekerja migran ke $neg lewat agen perorangan bernama $ag tanpa perusahaan resmi. "
        "Paspornya ($pas) ditahan majikan dan gajinya tidak dibayar $n bulan. Agen itu tinggal di $addr$area, nomor HP-nya "
        "$ahp, tapi sekarang tidak bisa dihubungi. Kami sudah lapor ke $bp dengan nomor $tiket. Mohon dibantu pemulangan. "
        "Saya $me, telp $hp.",
        sis=g.name(sis), neg=g.c(["Malaysia", "Arab Saudi", "Taiwan", "Hong Kong", "Kamboja"]), ag=g.name(ag),
        pas=g.passport(sis), n=g.ri(3, 14), bp=g.nm("BP2MI"), addr=g.addr(ag), area=g.area(ag), ahp=g.hp(ag), tiket=g.tiket(),
        me=g.name(me), hp=g.hp(me))


def buruh_5(g):
    me = g.person(born=(1975, 1998), sex="L")
    own = g.person(born=(1955, 1985))
    return Doc().add(
        "Saya bekerja sebagai penjaga gudang milik $hon $own di $addr$area sejak $yr. Upah saya $rp per bulan, di bawah UMK "
        "$umk. Saya juga tidak didaftarkan BPJS, padahal pernah kecelakaan kerja tanggal $tgl dan berobat dengan biaya sendiri. "
        "Waktu saya minta hak, $own2 mengancam memecat. Saya $me, NIK $nik, HP $hp.",
        hon=g.c(["H.", "Pak Haji", "Bapak"]) if own.sex == "L" else g.c(["Hj.", "Bu Hj.", "Ibu"]), own=g.name(own), addr=g.addr(own),
        area=g.area(own), yr=g.ri(2015, 2021),
        rp=g.rp(1200000, 2200000, 50000), umk=g.rp(2500000, 5200000, 1000), tgl=g.tgl(2023, 2025),
        own2=g.name(own, "call"), me=g.name(me), nik=g.nik(me), hp=g.hp(me))


def buruh_6(g):
    me = g.person(born=(1975, 1998))
    med = g.person(born=(1970, 1990))
    hrd = g.person(born=(1975, 1992))
    w = g.person(born=(1980, 2000))
    return Doc().add(
        "Risalah mediasi di Disnaker tanggal $tgl tidak mencatat keterangan saya dengan benar. Mediator, $hon $med (NIP $nip), "
        "menulis bahwa saya \u201cmengundurkan diri\u201d, padahal saya di-PHK lisan oleh manajer $hrd. Saksi rekan kerja saya, "
        "$w, bisa dihubungi di $whp. Saya minta risalah diperbaiki sebelum perkara didaftarkan ke PHI. Pelapor $me, email "
        "$mail.",
        tgl=g.tgl(2024, 2025), hon=g.hon(med), med=g.name(med), nip=g.nip(med), hrd=g.name(hrd),
        w=g.name(w), whp=g.hp(w), me=g.name(me), mail=g.email(me, g.c(["gmail.com", "yahoo.co.id"])))


def buruh_n1(g):
    return Doc().add(
        "Sebanyak $n pekerja $comp di-PHK dengan alasan efisiensi pada $tgl. Pesangon hanya dibayar $pct persen dari ketentuan "
        "$reg. Anjuran Disnaker nomor $surat tidak dijalankan perusahaan. Perkara sudah terdaftar di PHI dengan nomor $pk. "
        "UMK tahun ini $umk, tetapi upah kami masih $rp. Call center BPJS Ketenagakerjaan $hot menyarankan lapor ke kantor cabang. "
        "NIK dan nomor kepesertaan saya sudah benar, yang bermasalah perusahaan tidak menyetor iuran.",
        n=g.ri(40, 600), comp=g.c(COMPANIES), tgl=g.tgl(2024, 2025), pct=g.ri(25, 60),
        reg=g.nm(g.c(["PP No. 35 Tahun 2021", "UU No. 13 Tahun 2003"])), surat=g.surat("Disnaker"), pk=g.perkara("phi"),
        umk=g.rp(2500000, 5300000, 1000), rp=g.rp(1500000, 2400000, 50000), hot=g.hotline("tk"))


def buruh_n2(g):
    return Doc().add(
        "Perusahaan outsourcing di kawasan industri $kota memotong upah $rp per bulan untuk \u201cbiaya seragam\u201d. Kontrak "
        "diperpanjang setiap $bln bulan sejak $yr. Pekerja yang protes dipindah ke shift malam. Sudah kami laporkan ke $mail "
        "dan $handle dengan nomor laporan $tiket. Pengawas ketenagakerjaan provinsi belum turun. Lokasi pabrik di $hero km "
        "$km, sebelah $spbu.",
        kota=g.kota(), rp=g.rp(50000, 300000, 10000), bln=g.ri(3, 12), yr=g.ri(2019, 2023), mail=g.inst_mail("disnaker"),
        handle=g.inst_handle("tk"), tiket=g.tiket(), hero=g.hero(), km=g.ri(3, 40),
        spbu=g.nm(f"SPBU {g.ri(31, 74)}.{g.ri(101, 999)}.{g.ri(1, 99):02d}"))


def buruh_n3(g):
    return Doc().add(
        "THR tahun $yr belum dibayar oleh $comp padahal sudah lewat H-7. Menurut $reg, THR wajib dibayar paling lambat tujuh hari "
        "sebelum hari raya. Besarnya satu bulan upah, sekitar $rp. Jumlah pekerja yang belum menerima $n orang, sebagian sudah "
        "bekerja lebih dari $th tahun. Posko THR Kemnaker nomor $hot menerima laporan kami dengan nomor $tiket.",
        yr=g.ri(2023, 2025), comp=g.c(COMPANIES), reg=g.nm("Permenaker No. 6 Tahun 2016"), rp=g.rp(2500000, 4800000, 1000),
        n=g.ri(20, 300), th=g.ri(5, 15), hot=g.hotline("kemnaker"), tiket=g.tiket())


# ---- 5. utilitas --------------------------------------------------------------------------

def util_1(g):
    me = g.person(born=(1960, 1995))
    fa = g.person(trad=me.trad, born=(1935, 1955), sex="L")
    return Doc().add(
        "Tagihan listrik rumah saya di $addr$area bulan $bln melonjak dari $rp1 menjadi $rp2. Meteran masih atas nama almarhum "
        "ayah, $fa. ID pelanggan sudah saya sebutkan waktu menelepon $hot dan mendapat nomor pengaduan $tiket, tapi petugas yang "
        "datang hanya memotret meteran. Mohon pemeriksaan ulang. $me, $hp.",
        addr=g.addr(me), area=g.area(me), bln=g.c(MONTHS), rp1=g.rp(250000, 500000, 1000), rp2=g.rp(1500000, 4000000, 1000),
        fa=g.name(fa), hot=g.hotline("pln"), tiket=g.tiket(), me=g.name(me), hp=g.hp(me))


def util_2(g):
    me = g.person(born=(1960, 1995))
    off = g.person(born=(1980, 1998), sex="L")
    return Doc().add(
        "Air PDAM di $addr mati total sejak $tgl. Petugas bernama $off datang naik motor $plate, bilang pipa induk bocor dan "
        "minta $rp untuk \u201cperbaikan cepat\u201d. Setelah dibayar, air tetap tidak mengalir. Nomor petugas itu $ohp, sekarang tidak "
        "aktif. Kepala cabang, Ir. $kc, M.T., hanya bilang akan menegur. Saya $me, bisa dihubungi di $tel.",
        kc=g.name(g.person(born=(1965, 1985))),
        addr=g.addr(me), tgl=g.tgl(2024, 2025), off=g.name(off), plate=g.plate(off), rp=g.rp(150000, 600000, 50000),
        ohp=g.hp(off), me=g.name(me), tel=g.tel(me))


def util_3(g):
    me = g.person(born=(1960, 1998))
    own = g.person(born=(1960, 1990))
    return Doc().add(
        "Pangkalan LPG 3 kg milik $own di $addr mewajibkan pembeli menunjukkan KTP. Saat saya beli tanggal $tgl, NIK saya $nik "
        "ternyata sudah tercatat membeli $n tabung bulan ini, padahal saya baru beli satu. Artinya NIK saya dipakai orang lain. "
        "Harga di pangkalan itu juga $rp, di atas HET. Saya $me, $hp.",
        own=g.name(own), addr=g.addr(own), tgl=g.tgl(2024, 2025), nik=g.nik(me), n=g.ri(8, 20),
        rp=g.rp(22000, 30000, 500), me=g.name(me), hp=g.hp(me))


def util_4(g):
    me = g.person(born=(1965, 1995))
    bank, acc = g.bank(me)
    return Doc().add(
        "Sambungan gas bumi rumah tangga di rumah saya ($addr$area) sudah diputus sejak $tgl atas permintaan saya sendiri karena "
        "pindah. Uang jaminan $rp seharusnya dikembalikan ke rekening $bank $acc a.n. $me, sesuai formulir yang saya isi. "
        "Sudah $n bulan belum ada. Email konfirmasi dari $mail ke $inst tidak dibalas.",
        addr=g.addr(me), area=g.area(me), tgl=g.tgl(2024, 2024), rp=g.rp(200000, 900000, 50000), bank=bank, acc=acc,
        me=g.name(me), n=g.ri(2, 8), mail=g.email(me), inst=g.nm("contact.center@pgn.co.id"))


def util_5(g):
    me = g.person(born=(1965, 1995))
    return Doc().add(
        "Permohonan pasang baru listrik untuk warung saya ditolak karena NPWP dianggap tidak valid. Saya sudah memakai NPWP "
        "format baru, yaitu NIK $npwp, sesuai aturan sejak 2022. Petugas tetap meminta NPWP lama $old. Mohon PLN memperbarui "
        "sistemnya. Lokasi warung di depan rumah, $addr$area. $me / $hp / $mail",
        npwp=g.npwp(me, "nik"), old=g.npwp(me, "old"), addr=g.addr(me), area=g.area(me), me=g.name(me), hp=g.hp(me),
        mail=g.email(me))


def util_6(g):
    me = g.person(born=(1955, 1990))
    nb = g.person(born=(1955, 1990))
    return Doc().add(
        "Tetangga saya, $nb, menyambung kabel listrik langsung dari tiang ke rumahnya di $addr tanpa meteran. Kabelnya "
        "melintang di atas atap rumah saya dan sudah dua kali memercikkan api. Petugas $p2 sudah pernah datang tanggal $tgl "
        "tapi tidak ada tindakan. Saya $me, rumah persis di sebelahnya. HP $hp.",
        p2=g.nm("P2TL"), nb=g.name(nb), addr=g.addr(nb), tgl=g.tgl(2024, 2025), me=g.name(me), hp=g.hp(me))


def util_n1(g):
    return Doc().add(
        "Listrik padam bergilir di sepanjang $hero dan $rt sejak $tgl, rata-rata $jam jam per hari. Pengaduan ke $hot mendapat "
        "nomor $t1 dan $t2, tapi tidak ada jadwal resmi. Tarif $tarif per kWh tetap ditagih penuh. Token yang saya beli "
        "$rp tanggal $tgl2 juga gagal masuk; nomor token $tok. ID pelanggan saya sudah benar di aplikasi.",
        hero=g.hero(), rt=g.rt_place(), tgl=g.tgl(2024, 2025), jam=g.ri(2, 6), hot=g.hotline("pln"), t1=g.tiket(),
        t2=g.tiket(), tarif=g.nm("Rp 1.444,70"), rp=g.rp(50000, 200000, 50000), tgl2=g.tgl(2024, 2025),
        tok=g.nm(" ".join(g.digits(4) for _ in range(5))))


def util_n2(g):
    return Doc().add(
        "PDAM $kota menaikkan tarif air dari $r1 menjadi $r2 per meter kubik berdasarkan $perda, tanpa sosialisasi. Air keruh "
        "sejak $tgl di wilayah $rt. Kantor PDAM di $office hanya memberi nomor antrean $ant. Pengaduan via $mail dan $hot "
        "belum dijawab.",
        kota=g.kota(), r1=g.rp(3000, 5000, 100), r2=g.rp(6000, 9000, 100), perda=g.nm(f"Perwali No. {g.ri(5, 60)} Tahun {g.ri(2023, 2025)}"),
        tgl=g.tgl(2024, 2025), rt=g.rt_place(), office=g.office("pdam"), ant=g.nm(f"{g.ri(20, 150)}"),
        mail=g.inst_mail("pdam"), hot=g.hotline("pdam"))


def util_n3(g):
    return Doc().add(
        "Gas elpiji 3 kg langka di $kota sejak $tgl. Pangkalan beralasan kuota dikurangi. Harga di pengecer $rp, padahal HET "
        "$het. Pertamina menyarankan lapor ke $hot. Kami sudah laporkan dengan nomor $tiket. Setiap pembeli diminta KTP, "
        "tetapi NIK tidak dicek ke sistem, hanya difoto.",
        kota=g.kota(), tgl=g.tgl(2024, 2025), rp=g.rp(25000, 35000, 1000), het=g.rp(16000, 19000, 500),
        hot=g.hotline("pertamina"), tiket=g.tiket())


# ---- 6. transportasi ------------------------------------------------------------------------

def trans_1(g):
    me = g.person(born=(1975, 2004))
    dr = g.person(born=(1975, 2000), sex="L")
    return Doc().add(
        "Driver ojol bernama $dr (motor $plate) mengantar saya tanggal $tgl dari $hero ke stasiun, lalu membentak dan meminta "
        "tambahan $rp di luar aplikasi. Setelah saya beri bintang satu, ia mengirim pesan ancaman dari nomor $dhp dan mengomentari "
        "akun IG saya. Akun IG dia $dh. Saya $me, HP $hp. Mohon aplikator dan kepolisian menindak.",
        dr=g.name(dr), plate=g.plate(dr), tgl=g.tgl(2024, 2025), hero=g.hero(), rp=g.rp(10000, 50000, 5000),
        dhp=g.hp(dr), dh=g.handle(dr), me=g.name(me), hp=g.hp(me))


def trans_2(g):
    me = g.person(born=(1960, 2002))
    return Doc().add(
        "Tas saya tertinggal di kereta $ka tanggal $tgl, gerbong $gb kursi $kursi. Kode booking $kode. Sudah lapor ke $hot dan "
        "ke bagian lost & found stasiun, diminta menunggu kabar. Isinya dompet dengan KTP (NIK $nik) dan kartu ATM. Mohon "
        "kabari ke $hp atau $mail. Terima kasih. \u2013 $me",
        ka=g.c(["Argo Bromo Anggrek", "Taksaka", "Matarmaja", "Jayakarta", "Kertajaya", "Sancaka", "Gajayana", "Serayu"]),
        tgl=g.tgl(2024, 2025), gb=g.c(["Eksekutif 2", "Ekonomi 5", "Eko 3", "Premium 4"]), kursi=f"{g.ri(1, 20)}{g.c('ABCD')}",
        kode=g.nm("".join(g.c("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7))), hot=g.hotline("kai"),
        nik=g.nik(me), hp=g.hp(me), mail=g.email(me), me=g.name(me))


def trans_3(g):
    me = g.person(born=(1965, 2000))
    return Doc().add(
        "Koper saya hilang setelah penerbangan $fl dari $asal tanggal $tgl. Di dalamnya ada paspor atas nama $nm dengan nomor "
        "$pas. Laporan PIR sudah dibuat di bandara dengan nomor $pir. Maskapai hanya menawarkan kompensasi $rp. Saya perlu "
        "paspor itu untuk berangkat umrah bulan depan. Kontak $hp, $mail.",
        fl=g.nm(f"{g.c(['GA', 'JT', 'QZ', 'ID', 'IU', 'QG'])} {g.ri(100, 999)}"),
        asal=g.c(["Jeddah", "Kuala Lumpur", "Singapura", "Denpasar", "Medan"]), tgl=g.tgl(2024, 2025),
        nm=g.name(me, case=g.c([None, "upper", "upper"])), pas=g.passport(me), pir=g.nm(f"CGK{g.c(['GA', 'JT', 'QZ'])}{g.ri(10000, 99999)}"),
        rp=g.rp(500000, 2000000, 100000), hp=g.hp(me), mail=g.email(me))


def trans_4(g):
    me = g.person(born=(1965, 2000))
    dr = g.person(born=(1965, 1990), sex="L")
    return Doc().add(
        "Bus AKAP PO $po nopol $plate yang dikemudikan $dr ugal-ugalan di tol $tol km $km tanggal $tgl malam. Penumpang sudah "
        "berteriak tapi sopir malah menelepon sambil menyetir. Saya duduk di kursi $kursi. Mohon Dishub dan PO menindak. "
        "Pelapor $me ($hp).",
        po=g.c(["Sumber Makmur", "Harapan Baru", "Pahala Mulya", "Karya Mulia", "Lintas Utara"]),
        plate=g.plate(dr), dr=g.name(dr), tol=g.c(["Cipali", "Trans Jawa", "Cipularang", "Jagorawi", "Palembang-Kayuagung"]),
        km=g.ri(12, 180), tgl=g.tgl(2024, 2025), kursi=f"{g.ri(1, 12)}{g.c('ABCD')}", me=g.name(me), hp=g.hp(me))


def trans_5(g):
    me = g.person(born=(1965, 2000))
    buyer = g.person(born=(1965, 2000))
    return Doc().add(
        "Surat konfirmasi tilang ETLE untuk kendaraan $plate dikirim ke rumah saya, padahal mobil itu sudah saya jual ke "
        "$buyer tanggal $tgl dan ia belum balik nama. Pembeli tinggal di $addr$area, nomor HP $bhp. Saya sudah lapor blokir "
        "STNK di Samsat. Mohon data kepemilikan diperbarui. Saya $me, NIK $nik.",
        plate=g.plate(buyer), buyer=g.name(buyer), tgl=g.tgl(2023, 2024), addr=g.addr(buyer), area=g.area(buyer),
        bhp=g.hp(buyer), me=g.name(me), nik=g.nik(me))


def trans_6(g):
    me = g.person(born=(1965, 2003))
    bank, acc = g.bank(me)
    return Doc().add(
        "Penerbangan saya dibatalkan sepihak tanggal $tgl. Refund $rp dijanjikan masuk ke rekening $bank $acc a.n. $me dalam "
        "$n hari kerja, sekarang sudah $n2 hari. Nomor refund $ref. CS maskapai menyuruh menunggu. Menurut $reg penumpang berhak "
        "atas pengembalian penuh. $hp",
        tgl=g.tgl(2024, 2025), rp=g.rp(800000, 5000000, 10000), bank=bank, acc=acc, me=g.name(me), n=g.ri(14, 30),
        n2=g.ri(45, 120), ref=g.tiket(), reg=g.nm("PM 185 Tahun 2015"), hp=g.hp(me))


def trans_7(g):
    me = g.person(born=(1975, 2004), sex="P")
    dr = g.person(born=(1975, 2000), sex="L")
    return Doc().add(
        "Saya penumpang taksi online $app tanggal $tgl. Sopir yang di aplikasi bernama $dr ternyata orang lain, mobilnya juga "
        "beda: di aplikasi $p1, yang datang $p2. Di perjalanan ia bertanya alamat rumah dan minta nomor WA saya. Saya turun di "
        "tengah jalan. Malamnya akun $h mengikuti Instagram saya. Tolong aplikator menindak mitra ini. $me, $mail",
        app=g.c(["Maxim", "Grab", "Gojek", "inDrive"]), tgl=g.tgl(2024, 2025), dr=g.name(dr), p1=g.plate(dr), p2=g.plate(),
        h=g.handle(dr),
        me=g.name(me), mail=g.email(me))


def trans_n1(g):
    return Doc().add(
        "Kereta $ka tanggal $tgl terlambat $jam jam tanpa pengumuman. Penumpang di stasiun $st tidak mendapat kompensasi sesuai "
        "$reg. Layanan $hot hanya membalas template. Tiket saya kelas ekonomi seharga $rp, kode booking $kode. "
        "Mohon KAI memperbaiki informasi keterlambatan. Sudah saya mention juga ke $handle.",
        ka=g.c(["Brantas", "Kahuripan", "Bengawan", "Progo", "Sri Tanjung"]), tgl=g.tgl(2024, 2025), jam=g.ri(2, 6),
        st=g.c(["Lempuyangan", "Pasar Senen", "Kiaracondong", "Gubeng", "Tugu", "Poncol"]), reg=g.nm("PM 63 Tahun 2019"),
        hot=g.hotline("kai"), rp=g.rp(60000, 350000, 1000), kode=g.nm("".join(g.c("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7))),
        handle=g.inst_handle("kai"))


def trans_n2(g):
    return Doc().add(
        "Penerbangan $f1 dan $f2 tanggal $tgl sama-sama delay lebih dari $jam jam di bandara $bd. Penumpang tidak diberi makanan "
        "padahal $reg mewajibkan kompensasi. Gate dipindah tiga kali. Pengaduan ke maskapai nomor $tiket. Harga tiket $rp.",
        f1=g.nm(f"{g.c(['JT', 'ID', 'IW', 'QG'])} {g.ri(100, 999)}"), f2=g.nm(f"{g.c(['GA', 'QZ', 'IU'])} {g.ri(100, 999)}"),
        tgl=g.tgl(2024, 2025), jam=g.ri(3, 8), bd=g.c(["Soekarno-Hatta", "Juanda", "Kualanamu", "Sultan Hasanuddin", "YIA"]),
        reg=g.nm("PM 89 Tahun 2015"), tiket=g.tiket(), rp=g.rp(700000, 2500000, 1000))


def trans_n3(g):
    return Doc().add(
        "Jalan di $hero km $km rusak parah dan sudah memakan korban tanggal $tgl. Angkot trayek $tr tidak mau lewat. Halte Trans "
        "di depan $rs rusak sejak $yr. Dishub menjawab pengaduan $tiket dengan \u201csudah diteruskan\u201d. Tarif angkot naik dari "
        "$r1 jadi $r2 tanpa SK baru.",
        hero=g.hero(), km=g.ri(2, 45), tgl=g.tgl(2024, 2025), tr=g.nm(f"{g.c(['T', 'K', 'C', 'D'])}{g.ri(1, 40):02d}"),
        rs=g.rs(), yr=g.ri(2021, 2024), tiket=g.tiket(), r1=g.rp(4000, 6000, 500), r2=g.rp(7000, 10000, 500))


# ---- 7. pemilu ----------------------------------------------------------------------------

def pemilu_1(g):
    me = g.person(born=(1950, 2006))
    return Doc().add(
        "Nama saya $me tidak ada di DPT $tps Kelurahan $kel, padahal pada pemilu sebelumnya saya memilih di TPS yang sama. "
        "Data saya: NIK $nik, lahir di $bp, $dob, alamat $addr$area. Di situs cek DPT muncul \u201cdata tidak ditemukan\u201d. "
        "PPS menyuruh saya memakai formulir A5, tapi saya tidak pindah. Mohon dimasukkan ke DPTb. HP $hp.",
        me=g.name(me), tps=g.tps(), kel=me.kel, nik=g.nik(me), bp=me.birthplace, dob=g.dob(me), addr=g.addr(me),
        area=g.area(me), hp=g.hp(me))


def pemilu_2(g):
    me = g.person(born=(1965, 1995))
    mom = g.person(trad=me.trad, born=(1930, 1955), sex="P")
    return Doc().add(
        "Almarhumah ibu saya, $mom (NIK $nik, lahir $dob), masih tercatat sebagai pemilih di DPT $tps padahal beliau wafat "
        "$tgl dan akta kematiannya sudah terbit. Undangan memilih (C6) atas nama beliau diantar ke rumah kami di $addr. Kami "
        "khawatir undangan itu dipakai orang lain. Pelapor: $me, anak kandung, $hp.",
        mom=g.name(mom), nik=g.nik(mom), dob=g.dob(mom), tps=g.tps(), tgl=g.tgl(2021, 2023), addr=g.addr(me),
        me=g.name(me), hp=g.hp(me))


def pemilu_3(g):
    x = g.person(born=(1960, 2005))
    me = g.person(born=(1965, 2000))
    return Doc().add(
        "Ditemukan pemilih ganda: $x dengan NIK $nik1 terdaftar di $t1 Kel. $k1 dan juga di $t2 Kel. $k2 dengan NIK $nik2 "
        "yang hanya beda satu digit. Tanggal lahir di kedua data sama, $dob. Mohon Bawaslu menindaklanjuti sebelum rekapitulasi. "
        "Pelapor $me, pemantau terdaftar, email $mail.",
        x=g.name(x, case=g.c([None, "upper"])), nik1=g.nik(x, "plain", mistype=False), t1=g.tps(), k1=x.kel, t2=g.tps(),
        k2=g.c(KEL["umum"]), nik2=Span(x.nik[:-1] + str((int(x.nik[-1]) + 1) % 10), "NIK"), dob=g.dob(x),
        me=g.name(me), mail=g.email(me))


def pemilu_4(g):
    me = g.person(born=(1960, 2000))
    k = g.person(born=(1965, 1995))
    return Doc().add(
        "Ketua KPPS di $tps, $kh $k, membawa pulang sisa surat suara dan menolak saksi memotret formulir C.Hasil. Kejadian tanggal "
        "$tgl sekitar pukul $jam. Rumah ketua KPPS itu di $addr, dan saksi melihat kotak suara dibawa ke sana dengan mobil $plate. "
        "Saya $me, saksi partai, HP $hp. Bukti video ada.",
        tps=g.tps(), kh=g.c(["H.", "Haji", "Bapak"]) if k.sex == "L" else g.c(["Hj.", "Ibu Hj.", "Ibu"]), k=g.name(k), tgl=g.tgl(2024, 2024), jam=f"{g.ri(19, 23)}.{g.c(['00', '15', '30', '45'])}",
        addr=g.addr(k), plate=g.plate(k), me=g.name(me), hp=g.hp(me))


def pemilu_5(g):
    me = g.person(born=(1965, 2004))
    x = g.person(born=(1985, 2004))
    return Doc().add(
        "Akun $h menyebarkan tangkapan layar DPT berisi nama, NIK, dan alamat warga $kota. Salah satunya data saya sendiri: "
        "$me, NIK $nik. Unggahan itu sudah dibagikan ratusan kali. Pemilik akun diduga bernama $x. Mohon KPU dan Kominfo "
        "menurunkan konten tersebut. Kontak saya $mail.",
        h=g.handle(x), kota=kotap(me), me=g.name(me), nik=g.nik(me), x=g.name(x), mail=g.email(me))


def pemilu_6(g):
    kid = g.person(born=(2006, 2007))
    me = g.child(g.person(trad=kid.trad, born=(1970, 1985)), (1970, 1985))
    return Doc().add(
        "Anak saya $kid lahir $dob, jadi sudah genap 17 tahun sebelum hari pemungutan suara, tapi tidak masuk DPT karena sistem membaca "
        "tahun lahirnya salah. NIK anak $nik, KK $kk. Sudah ke PPS Kelurahan $kel dua kali. Mohon dibantu supaya ia bisa "
        "memilih. Saya $me, $hp.",
        kid=g.name(kid), dob=g.dob(kid), nik=g.nik(kid), kk=g.kk(kid), kel=kid.kel, me=g.name(me), hp=g.hp(me))


def pemilu_n1(g):
    return Doc().add(
        "DPT $kota tercatat $n pemilih, tetapi di $tps ada $x nama yang sudah meninggal dan $y yang pindah. Menurut $reg, "
        "pemutakhiran harus dilakukan sebelum DPT ditetapkan. Kami sudah melapor ke PPS dan ke $mail dengan nomor $tiket. "
        "Cek DPT online juga sering error sejak $tgl. NIK saya sudah dicek di tiga aplikasi dan hasilnya berbeda-beda.",
        kota=g.kota(), n=f"{g.ri(120, 2400):,}.{g.ri(100, 999)}".replace(",", "."), tps=g.tps(), x=g.ri(5, 40),
        y=g.ri(10, 80), reg=g.nm(g.c(["PKPU No. 7 Tahun 2022", "UU No. 7 Tahun 2017"])), mail=g.inst_mail("kpu"),
        tiket=g.tiket(), tgl=g.tgl(2023, 2024))


def pemilu_n2(g):
    return Doc().add(
        "Rekapitulasi di PPK Kecamatan $kec molor sampai $tgl. Formulir C.Hasil dari $t1, $t2 dan $t3 tidak sesuai dengan "
        "Sirekap. Selisih suara $n. Pemilih pemula usia 17 tahun di $rt banyak yang tidak mendapat undangan. Saksi sudah "
        "mengajukan keberatan dengan formulir D.Kejadian Khusus. Mohon Bawaslu ($handle) mengawasi.",
        kec=g.c(KEL["jawa"] + KEL["umum"]), tgl=g.tgl(2024, 2024), t1=g.tps(), t2=g.tps(), t3=g.tps(), n=g.ri(40, 900),
        rt=g.rt_place(), handle=g.nm("@bawaslu_ri"))


def pemilu_n3(g):
    return Doc().add(
        "Honor KPPS di $kota dipotong $rp per orang tanpa penjelasan, padahal $reg menetapkan honor ketua KPPS $h1 dan anggota "
        "$h2. Petugas yang bertugas di $n TPS mengeluhkan hal yang sama. Surat permintaan klarifikasi nomor $surat belum "
        "dibalas KPU. Laporan nomor $tiket.",
        kota=g.kota(), rp=g.rp(100000, 300000, 50000), reg=g.nm("Kepkeu No. S-647/MK.02/2022"), h1=g.nm("Rp 1.200.000"),
        h2=g.nm("Rp 1.100.000"), n=g.ri(20, 300), surat=g.surat("KPU-Kab"), tiket=g.tiket())


# ---- 8. kesehatan -------------------------------------------------------------------------

def kes_1(g):
    pt = g.person(born=(1940, 2000))
    me = g.person(trad=pt.trad, born=(1965, 1998))
    rel = g.c(["ayah", "ibu", "suami", "istri", "kakak", "mertua"])
    return Doc().add(
        "Kartu JKN-KIS $rel saya, $pt, nomor $bpjs, tiba-tiba nonaktif saat berobat di $rs tanggal $tgl. Padahal beliau peserta "
        "PBI dan tidak pernah menunggak. Petugas meminta kami membayar umum $rp. Data beliau: NIK $nik, lahir $dob. Saya $me, "
        "HP $hp. Mohon BPJS segera mengaktifkan kembali.",
        rel=rel, pt=g.name(pt), bpjs=g.bpjs(pt), rs=g.rs(), tgl=g.tgl(2024, 2025), rp=g.rp(1500000, 9000000, 50000),
        nik=g.nik(pt), dob=g.dob(pt), me=g.name(me), hp=g.hp(me))


def kes_2(g):
    pt = g.person(born=(1985, 2002), sex="P")
    hus = g.person(trad=pt.trad, born=(1980, 2000), sex="L")
    doc = g.person(born=(1970, 1990))
    nurse = g.person(born=(1985, 2000), sex="P")
    return Doc().add(
        "Istri saya, $pt, ditolak operasi sesar di $rsu dengan alasan kamar penuh. $dhon $doc, $sp, menyuruh kami mencari rumah "
        "sakit lain padahal pembukaan sudah lengkap. Perawat jaga, $nurse, bahkan tidak mau membuatkan surat rujukan. Nomor BPJS "
        "istri $bpjs. Kejadian $tgl pukul $jam. Saya suaminya, $hus, $hp.",
        pt=g.name(pt), rsu=g.c(["RSUD setempat", "RS swasta mitra BPJS", "rumah sakit daerah"]), dhon=g.c(["dr.", "Dr. dr."]),
        doc=g.name(doc), sp=g.c(["Sp.OG", "Sp.OG(K)", "Sp.OG, M.Kes."]), nurse=g.name(nurse, "call"), bpjs=g.bpjs(pt),
        tgl=g.tgl(2024, 2025), jam=f"{g.ri(0, 23):02d}.{g.c(['10', '25', '40', '55'])}", hus=g.name(hus), hp=g.hp(hus))


def kes_3(g):
    par = g.person(born=(1985, 2000))
    baby = g.child(par, (2024, 2025))
    return Doc().add(
        "Bayi kami lahir $dob di $rs dan sudah punya NIK ($nik) serta masuk KK $kk, tetapi belum bisa didaftarkan sebagai peserta "
        "JKN karena sistem menolak. Biaya perawatan NICU sudah $rp. Nama bayi $baby. Saya $par, peserta JKN nomor $bpjs, "
        "alamat $addr$area. Mohon bantuan. $hp",
        dob=g.dob(baby), rs=g.rs(), nik=g.nik(baby), kk=g.kk(par), rp=g.rp(8000000, 40000000, 500000), baby=g.name(baby),
        par=g.name(par), bpjs=g.bpjs(par), addr=g.addr(par), area=g.area(par), hp=g.hp(par))


def kes_4(g):
    mom = g.person(born=(1942, 1960), sex="P")
    me = g.child(mom, (1965, 1990))
    return Doc().add(
        "Rujukan ibu saya, $mom (BPJS $bpjs, usia $age tahun), dari Puskesmas $pkm ke $rs ditunda terus dengan alasan kuota "
        "rujukan habis. Beliau cuci darah dua kali seminggu. Dokter puskesmas bilang \u201ckembali minggu depan\u201d sudah empat kali. "
        "Saya $me, tinggal serumah di $addr$area. Telp $tel, HP $hp.",
        mom=g.name(mom), bpjs=g.bpjs(mom), age=2025 - mom.dob.year, pkm=g.c(KEL["jawa"] + KEL["sunda"] + KEL["umum"]),
        rs=g.rs(), me=g.name(me), addr=g.addr(mom), area=g.area(mom), tel=g.tel(mom), hp=g.hp(me))


def kes_5(g):
    me = g.person(born=(1965, 1998))
    fa = g.person(trad=me.trad, born=(1945, 1962), sex="L")
    dr = g.person(born=(1975, 1995), sex="L")
    return Doc().add(
        "Ambulans desa dengan nopol $plate menolak menjemput ayah saya yang terkena stroke tanggal $tgl karena sopirnya, $dr, "
        "sedang dipakai untuk keperluan pribadi kepala desa. Ayah saya, $fa, lahir $dob, akhirnya dibawa dengan mobil bak terbuka. "
        "Mohon Dinkes menegur. $me, $hp",
        plate=g.plate(dr), tgl=g.tgl(2024, 2025), dr=g.name(dr), fa=g.name(fa), dob=g.dob(fa), me=g.name(me), hp=g.hp(me))


def kes_6(g):
    me = g.person(born=(1975, 2000))
    bank, acc = g.bank(me)
    return Doc().add(
        "Saya $me, peserta JKN mandiri kelas $kl nomor $bpjs. Iuran sudah autodebet dari rekening $bank $acc tiap bulan, tapi "
        "status kepesertaan menunggak $n bulan. Mutasi rekening menunjukkan potongan masuk. Mohon BPJS Kesehatan memeriksa. "
        "Email $mail, NIK $nik.",
        me=g.name(me), kl=g.c(["1", "2", "3"]), bpjs=g.bpjs(me), bank=bank, acc=acc, n=g.ri(2, 6), mail=g.email(me), nik=g.nik(me))


def kes_n1(g):
    return Doc().add(
        "Antrean di $rs sangat panjang. Pasien lansia usia $age tahun menunggu dari pukul $jam sampai sore dengan nomor antrean "
        "$ant. Iuran JKN kelas 3 sebesar $rp tetap dibayar tepat waktu. Menurut $reg, rumah sakit wajib menerapkan antrean "
        "online. Care Center $hot menyuruh lapor ke petugas BPJS SATU! di rumah sakit, yang ternyata kosong. Laporan $tiket.",
        rs=g.rs(), age=g.ri(65, 88), jam=f"0{g.ri(5, 7)}.{g.c(['00', '30'])}", ant=g.nm(f"{g.c('ABC')}-{g.ri(1, 199):03d}"),
        rp=g.nm("Rp 42.000"), reg=g.nm(g.c(["Perpres No. 82 Tahun 2018", "Perpres 59/2024", "Permenkes No. 3 Tahun 2023"])),
        hot=g.hotline("bpjs"), tiket=g.tiket())


def kes_n2(g):
    return Doc().add(
        "Puskesmas di $kec hanya buka sampai pukul $jam, padahal jadwal resmi sampai $jam2. Obat hipertensi sering kosong sejak "
        "$tgl sehingga pasien disuruh membeli sendiri seharga $rp. Kepala puskesmas tidak bisa ditemui. Mohon Dinas Kesehatan "
        "$kota memeriksa. Sudah saya laporkan ke $mail dan $handle.",
        kec=g.c(KEL["jawa"] + KEL["umum"]), jam=f"{g.ri(11, 12)}.00", jam2=f"{g.ri(14, 16)}.00", tgl=g.tgl(2024, 2025),
        rp=g.rp(30000, 150000, 5000), kota=g.kota(), mail=g.inst_mail("bpjs"), handle=g.inst_handle("bpjs"))


def kes_n3(g):
    return Doc().add(
        "Vaksin untuk balita di posyandu $rt kosong sejak $tgl. Bidan desa menyarankan ke puskesmas kecamatan yang berjarak $km km. "
        "Anak-anak usia $u bulan terlambat imunisasi. Stok di $rs juga habis. NIK anak sudah terdaftar di aplikasi, tapi slot "
        "selalu penuh. Nomor laporan $tiket.",
        rt=g.rt_place(), tgl=g.tgl(2024, 2025), km=g.ri(5, 25), u=g.ri(2, 18), rs=g.rs(), tiket=g.tiket())


# ---- 9. wawancara -------------------------------------------------------------------------

UNITS = W("Ombudsman RI Perwakilan Jawa Tengah|Posko Pengaduan Dinas Pendidikan|Unit Layanan Pengaduan Kantor Pertanahan|"
          "Pos Pelayanan Terpadu Disnaker|Ruang Klarifikasi Inspektorat Daerah|Layanan Pengaduan Kanwil Kemenkumham|"
          "Posko Pengaduan Bawaslu Kabupaten|Unit Pengaduan BPJS Kesehatan Cabang")

COMPLAINTS = [
    "Bantuan sosial PKH ibu saya sudah tiga bulan tidak cair, Pak.",
    "KTP-el saya sudah setahun belum jadi, katanya blangko kosong.",
    "Gaji saya dua bulan belum dibayar sejak dipindah ke bagian gudang.",
    "Sertifikat tanah hasil PTSL belum dibagikan padahal sudah bayar.",
    "Kartu BPJS saya dinonaktifkan tanpa pemberitahuan.",
    "Anak saya ditolak di sekolah negeri padahal rumah dekat.",
]


def wrong_date(g, d):
    y = d.year + g.c([-10, -1, 1, 10])
    day = min(d.day, 28)
    return d.replace(year=y, day=day)


def wawancara_1(g):
    me = g.person(born=(1950, 2000))
    f = g.c(["long", "long", "dash", "slash"])
    d = Doc().add("Transkrip wawancara pengaduan \u2013 $unit\nTanggal: $tgl\n\n"
                  "Petugas: Selamat pagi, $hon. Boleh disebutkan nama lengkapnya?\nPelapor: $nm.\n",
                  unit=g.c(UNITS), tgl=g.tgl(2024, 2025), hon="Pak" if me.sex == "L" else "Bu", nm=g.name(me))
    if g.p(0.7):
        if len(me.name.split()) > 1 and me.call != me.name.split()[-1]:
            d.add("Petugas: Ejaannya?\nPelapor: $sp. Yang belakang $last.\n", sp=g.name(me, "spelled"), last=g.name(me, "last"))
        else:
            d.add("Petugas: Ejaannya?\nPelapor: $sp, $nm2.\n", sp=g.name(me, "spelled"), nm2=g.name(me, "call"))
    if g.p(0.5):
        d.add("Petugas: Tanggal lahir?\nPelapor: $w, eh maaf, salah, $dob.\n", w=g.dob(me, f, d=wrong_date(g, me.dob)), dob=g.dob(me, f))
    else:
        d.add("Petugas: Tanggal lahir?\nPelapor: $dob.\n", dob=g.dob(me, g.c(["words", "allwords", "words"])))
    d.add("Petugas: NIK-nya?\nPelapor: Sebentar saya lihat KTP dulu... $np.\nPetugas: Saya ulangi, $nik. Betul?\nPelapor: Betul.\n",
          np=g.nik(me, "pairs", mistype=False), nik=g.nik(me, "plain", mistype=False))
    if g.p(0.5):
        d.add("Petugas: Nomor yang bisa dihubungi?\nPelapor: $hw. Kalau WA lebih cepat, sama saja, $hp.\n",
              hw=g.hp_words(me, g.c(["nol", "kosong"])), hp=g.hp(me))
    else:
        d.add("Petugas: Nomor HP?\nPelapor: $hp.\n", hp=g.hp(me))
    d.add("Petugas: Baik. Apa yang mau dilaporkan?\nPelapor: $c", c=g.c(COMPLAINTS))
    return d


def wawancara_2(g):
    me = g.person(born=(1960, 2000))
    x = g.person(born=(1955, 1995))
    xd = g.hp_digits(x)
    wrong = xd[:-3] + "".join(reversed(xd[-3:])) if xd[-3:] != xd[-3:][::-1] else xd[:-1] + str((int(xd[-1]) + 3) % 10)
    return Doc().add(
        "T: Saudara kenal dengan orang yang Saudara laporkan?\nJ: Kenal, namanya $x, biasa dipanggil $xc.\n"
        "T: Tinggal di mana?\nJ: Di $addr, dekat masjid.\nT: Nomor HP-nya ada?\nJ: $w... eh bukan, yang benar $hp.\n"
        "T: Kapan kejadiannya?\nJ: Tanggal $tgl, sekitar jam $jam malam. Dia datang minta uang $rp katanya untuk urus berkas.\n"
        "T: Ada saksi?\nJ: Ada, adik saya $sib.\nT: Baik. Identitas Saudara sudah kami catat: $me, HP $mhp.",
        x=g.name(x), xc=g.name(x, "call"), addr=g.addr(x), w=g.hp(x, "dash", digits=wrong), hp=g.hp(x, "dash"),
        tgl=g.tgl(2024, 2025), jam=g.ri(7, 10), rp=g.rp(500000, 3000000, 100000),
        sib=g.name(g.person(trad=me.trad, born=(1970, 2003))), me=g.name(me), mhp=g.hp(me))


def wawancara_3(g):
    me = g.person(born=(1960, 1995))
    off = g.person(born=(1968, 1992))
    mc, oc = g.name(me, "call"), g.name(off, "call")
    return Doc().add(
        "RISALAH KLARIFIKASI\nPemeriksa: Silakan pihak terlapor memperkenalkan diri.\nTerlapor: Nama saya $off, NIP $nip, "
        "Kepala Seksi Pelayanan.\nPemeriksa: Pihak pelapor?\nPelapor: $me, Pak. Saya yang melapor soal berkas $berkas.\n"
        "Pemeriksa: Saudara $oc2, benar berkas itu tertahan di meja Saudara?\n$oc: Tidak benar. Berkas kurang fotokopi KK.\n"
        "$mc: KK sudah saya serahkan, nomornya $kk, ada tanda terimanya tanggal $tgl.\n"
        "Pemeriksa: Baik, dicatat. Pertemuan berikutnya $tgl2.",
        off=g.name(off), nip=g.nip(off), me=g.name(me), berkas=g.nm(f"{g.ri(1000, 99999)}/{g.ri(2023, 2025)}"),
        oc2=g.name(off, "call"), oc=oc, mc=mc, kk=g.kk(me), tgl=g.tgl(2024, 2025), tgl2=g.tgl(2025, 2025))


def wawancara_4(g):
    me = g.person(born=(1970, 2002))
    mail = g.email(me).v
    local, dom = mail.split("@")
    spoken = local.replace(".", " titik ").replace("_", " garis bawah ") + " et " + dom.replace(".", " titik ")
    return Doc().add(
        "Operator: Layanan pengaduan $hot, dengan siapa saya bicara?\nPenelepon: Dengan $me dari $kota.\n"
        "Operator: Baik, $hon. Ada alamat email?\nPenelepon: Ada, $sp.\nOperator: Saya tulis $mail, betul?\n"
        "Penelepon: Betul.\nOperator: Nomor KK?\nPenelepon: $kk.\nOperator: Silakan sampaikan keluhannya.\n"
        "Penelepon: $c",
        hot=g.hotline("lapor"), me=g.name(me), kota=me.city, hon="Bapak" if me.sex == "L" else "Ibu",
        sp=Span(spoken, "EMAIL"), mail=g.email(me), kk=g.kk(me), c=g.c(COMPLAINTS))


def wawancara_5(g):
    me = g.person(born=(1970, 2000))
    boss = g.person(born=(1965, 1990))
    return Doc().add(
        "Petugas: $hon bekerja di mana?\nPelapor: Di toko bangunan milik $boss, di $addr.\nPetugas: Berapa lama?\n"
        "Pelapor: Sejak $yr. Saya dibayar $rp sebulan, tidak ada BPJS.\nPetugas: Gaji ditransfer?\nPelapor: Kadang tunai, kadang ke "
        "rekening $bank saya, $acc.\nPetugas: Nama di rekening?\nPelapor: $up.\nPetugas: Baik, cukup. Nanti kami hubungi ke $hp.",
        hon="Bapak" if me.sex == "L" else "Ibu", boss=g.name(boss), addr=g.addr(boss), yr=g.ri(2015, 2022), rp=g.rp(1000000, 2000000, 50000),
        bank="BRI", acc=g.bank(me, "BRI")[1], up=g.name(me, case="upper"), hp=g.hp(me))


def wawancara_n1(g):
    return Doc().add(
        "T: Boleh sebutkan NIK Bapak?\nJ: NIK saya sudah ada di laporan sebelumnya, tiket $t1. Saya tidak mau menyebut lagi.\n"
        "T: Baik. Lokasi kejadian di mana?\nJ: Di $hero, dekat $rt, jalannya berlubang sepanjang $m meter.\n"
        "T: Sejak kapan?\nJ: Sejak $tgl. Sudah $n motor jatuh.\nT: Sudah lapor ke dinas?\nJ: Sudah ke $handle dan ke $hot, "
        "belum ada tindakan.\nT: Baik, laporan dicatat dengan nomor $t2.",
        t1=g.tiket(), hero=g.hero(), rt=g.rt_place(), m=g.ri(50, 400), tgl=g.tgl(2024, 2025), n=g.ri(3, 15),
        handle=g.inst_handle("lapor"), hot=g.hotline("lapor"), t2=g.tiket())


def wawancara_n2(g):
    return Doc().add(
        "Pemeriksa: Pihak rumah sakit, mengapa pasien peserta JKN diminta membayar $rp?\nDirektur: Itu untuk obat di luar "
        "formularium, sesuai $reg.\nPemeriksa: Apakah ada persetujuan tertulis dari keluarga?\nKabid Pelayanan: Ada, Pak, tapi "
        "arsipnya di bagian rekam medis.\nPemeriksa: Kami minta dikirim paling lambat $tgl ke $mail. Pertemuan berikutnya di "
        "kantor kami, $office, pukul $jam.",
        rp=g.rp(500000, 5000000, 50000), reg=g.nm("Permenkes No. 3 Tahun 2023"), tgl=g.tgl(2025, 2025),
        mail=g.inst_mail("ombudsman"), office=g.office("ombudsman"), jam=f"{g.ri(9, 14)}.00")


# ---- 10. formulir -------------------------------------------------------------------------

EMPTY = ["-", "", "N/A", "(tidak diisi)", "\u2014", "tidak ada", "n/a", "(kosong)"]


def form_fields(g, p, upper_name=False):
    bank, acc = g.bank(p)
    other = g.person(trad=p.trad, born=(1950, 2000))
    f = [
        ("name", g.c(["Full name", "Name", "Nama / Name", "Nama lengkap", "Applicant name", "FULL NAME"]),
         [g.name(p, case="upper" if upper_name else g.c([None, None, "upper"]))]),
        ("nik", g.c(["ID number", "ID No. (NIK)", "NIK", "National ID", "No. KTP", "Identity no."]), [g.nik(p)]),
        ("kk", g.c(["Family card no.", "No. KK", "KK number", "Family Card (KK)"]), [g.kk(p)]),
        ("dob", g.c(["Date of birth", "DOB", "Tgl. lahir / Date of birth", "Birth date"]),
         [g.dob(p, g.c(["en", "en_us", "iso", "dash", "slash", "long", "dot"]))]),
        ("pob", g.c(["Place/date of birth", "TTL", "Tempat, tgl lahir", "Place & DOB"]), [p.birthplace + ", ", g.dob(p)]),
        ("sex", g.c(["Sex", "Gender", "Jenis kelamin"]), [g.c(["Male", "L", "Laki-laki"]) if p.sex == "L" else g.c(["Female", "P", "Perempuan"])]),
        ("addr", g.c(["Address", "Alamat", "Home address", "Residential address", "Alamat domisili"]), [g.addr(p), g.area(p)]),
        ("phone", g.c(["Phone", "Mobile", "No. HP/WA", "Contact number", "Telephone", "Phone (WA)"]), [g.hp(p)]),
        ("tel", g.c(["Home phone", "Telp. rumah", "Landline"]), [g.tel(p)]),
        ("email", g.c(["Email", "E-mail", "Email address"]), [g.email(p)]),
        ("npwp", g.c(["Tax ID (NPWP)", "NPWP", "TIN / NPWP"]), [g.npwp(p)]),
        ("pass", g.c(["Passport no.", "Passport number", "No. Paspor"]), [g.passport(p)]),
        ("bpjs", g.c(["BPJS/JKN no.", "Health insurance no.", "No. JKN-KIS"]), [g.bpjs(p)]),
        ("job", g.c(["Occupation", "Pekerjaan", "Job"]), [g.c(["Wiraswasta", "Farmer", "Ibu rumah tangga", "Teacher", "Karyawan swasta", "Pedagang"])]),
        ("ig", g.c(["Social media", "Instagram", "IG/TikTok"]), [g.handle(p)]),
        ("bank", g.c(["Bank account", "Rekening", "Account (bank)"]), [bank + " ", acc]),
        ("emerg", g.c(["Emergency contact", "Kontak darurat", "Next of kin"]), [g.name(other), " (" + g.c(["adik", "kakak", "suami", "istri", "anak"]) + ") ", g.hp(other)]),
    ]
    return f


def formulir_1(g, pii=True):
    p = g.person(born=(1950, 2003))
    fields = form_fields(g, p)
    keep = ["name", "nik"] + g.sample(["kk", "dob", "pob", "sex", "addr", "phone", "tel", "email", "npwp", "pass", "bpjs",
                                      "job", "ig", "bank", "emerg"], g.ri(4, 8))
    chosen = [f for f in fields if f[0] in keep]
    g.r.shuffle(chosen)
    if chosen[0][0] != "name" and g.p(0.6):
        chosen.sort(key=lambda f: f[0] != "name")
    sep = g.c([": ", " : ", "\t: ", " - "])
    d = Doc().add("$hdr\nRef. no.: $ref\nChannel: $ch\n\n", hdr=g.c(["FORMULIR PENGADUAN (diketik ulang oleh operator)",
                                                                     "Complaint intake form \u2013 re-typed", "DATA PELAPOR / REPORTER DATA",
                                                                     "Form LAPOR walk-in, input operator"]),
                  ref=g.tiket(), ch=g.c(["walk-in", "surat", "WhatsApp", "telepon", "kotak saran"]))
    fieldpool = [("empty", lab) for lab in g.sample(["Fax", "Email", "Passport no.", "Second phone", "NPWP", "Social media", "Kontak darurat"], 2)]
    for key, lab, vals in chosen:
        d.add("$l$s", l=lab, s=sep)
        if g.p(0.06) and key not in ("name", "nik"):
            d.add("$e\n", e=g.c(EMPTY))
            continue
        d.put(vals)
        d.add("\n")
    for _, lab in fieldpool:
        if any(lab.lower() in c[1].lower() for c in chosen):
            continue
        d.add("$l$s$e\n", l=lab, s=sep, e=g.c(EMPTY))
    d.add("Complaint$s$c\nOperator note$s$n", s=sep, c=g.c(COMPLAINTS), n=g.c(["berkas lengkap", "KTP difotokopi", "pelapor minta identitas dirahasiakan", "-"]))
    return d


def formulir_2(g):
    p = g.person(born=(1960, 2000))
    kid = g.child(p, (2008, 2018))
    sep = g.c([": ", " : "])
    return Doc().add(
        "APPLICANT$s\nName (as in ID)$s$nm\nID number$s$nik\nDate of birth$s$dob\nMobile$s$hp\n\nDEPENDANT$s\n"
        "Name$s$kn\nID number$s$knik\nDate of birth$s$kdob\nRelation$s$rel\n\nAddress (both)$s$addr$area\n"
        "Email$s$e\nSubject$s$subj",
        s=sep, nm=g.name(p, case="upper"), nik=g.nik(p), dob=g.dob(p, g.c(["en", "iso", "dash"])), hp=g.hp(p),
        kn=g.name(kid, case="upper"), knik=g.nik(kid), kdob=g.dob(kid, g.c(["en", "iso", "dash", "en_us"])),
        rel=g.c(["child", "anak kandung", "son" if kid.sex == "L" else "daughter"]), addr=g.addr(p), area=g.area(p),
        e=g.c(EMPTY), subj=g.c(["PPDB zonasi", "JKN-KIS nonaktif", "KIA belum terbit", "Bansos PIP"]))


def formulir_n1(g):
    sep = g.c([": ", " : ", "\t: "])
    d = Doc().add("Complaint intake form \u2013 anonymous\nRef. no.$s$ref\n", s=sep, ref=g.tiket())
    for lab in g.sample(["Full name", "ID number", "Date of birth", "Address", "Phone", "Email", "NPWP", "Passport no.", "Social media"], 6):
        d.add("$l$s$e\n", l=lab, s=sep, e=g.c(EMPTY + ["(dirahasiakan)", "anonim"]))
    d.add("Category$s$cat\nIncident date$s$tgl\nLocation$s$loc\nDescription$s$desc\nRelated regulation$s$reg\nForwarded to$s$mail",
          s=sep, cat=g.c(["Infrastruktur", "Pelayanan publik", "Kesehatan", "Pendidikan"]), tgl=g.tgl(2024, 2025),
          loc=g.c([[g.hero(), " km ", str(g.ri(2, 30))], [g.rt_place(), " ", g.c(["Kel. ", "Desa "]), g.c(KEL["jawa"])], [g.rs()]]),
          desc=g.c(["Jembatan ambruk, biaya perbaikan diperkirakan Rp 450 juta.", "Pungutan Rp 50.000 untuk surat pengantar RT.",
                    "Pasien usia 70 tahun menunggu 6 jam.", "Lampu PJU mati 12 titik sejak 3 bulan."]),
          reg=g.nm(g.c(["UU No. 25 Tahun 2009", "Perpres 76/2013", "PP No. 96 Tahun 2012"])), mail=g.inst_mail())
    return d


def formulir_n2(g):
    return Doc().add(
        "Reporter type: anonymous\nName: (withheld)\nNIK: (withheld)\nContact: via app only\nTicket: $t\nSubmitted: $tgl\n"
        "Agency: $ag\nSummary: Biaya pembuatan $doc dipungut $rp, padahal gratis menurut $reg. Antrean nomor $ant, loket $lk.\n"
        "Status: diteruskan ke $mail",
        t=g.tiket16(), tgl=g.tgl(2024, 2025), ag=g.c(["Dinas Dukcapil", "Kantor Kecamatan", "Samsat", "Kantor Imigrasi"]),
        doc=g.c(["KTP-el", "akta kelahiran", "KIA", "surat pindah"]), rp=g.rp(25000, 250000, 5000),
        reg=g.nm("UU No. 24 Tahun 2013"), ant=g.nm(f"{g.c('ABCD')}{g.ri(1, 150):03d}"), lk=g.ri(1, 8), mail=g.inst_mail("lapor"))


# ---- 11. markdown -------------------------------------------------------------------------

def md_1(g):
    ps = [g.person(born=(1945, 2000)) for _ in range(g.ri(2, 4))]
    st = ["belum cair", "NIK tidak padan", "dobel data", "meninggal, masih tercatat", "pindah domisili"]
    d = Doc().add("Data penerima bansos yang bermasalah (disalin dari aplikasi):\n\n| No | Nama | NIK | Tgl Lahir | Keterangan |\n"
                  "|---|---|---|---|---|\n")
    for i, p in enumerate(ps, 1):
        d.add("| $i | $n | $nik | $dob | $k |\n", i=i, n=g.name(p), nik=g.nik(p), dob=g.dob(p, g.c(["dash", "slash", "iso", "long"])), k=g.c(st))
    d.add("\nMohon verifikasi ulang. Pelapor: **$me** ($hp)", me=g.name(ps[0], "call"), hp=g.hp(ps[0]))
    return d


def md_2(g):
    p = g.person(born=(1960, 2003))
    return Doc().add(
        "Export dari aplikasi pengaduan (JSON):\n```json\n{\n  \"tiket\": \"$t\",\n  \"pelapor\": {\n    \"nama\": \"$n\",\n"
        "    \"nik\": \"$nik\",\n    \"hp\": \"$hp\",\n    \"email\": \"$mail\",\n    \"alamat\": \"$addr\"\n  },\n"
        "  \"kategori\": \"$cat\",\n  \"isi\": \"$isi\"\n}\n```",
        t=g.tiket16(), n=g.name(p), nik=g.nik(p, g.c(["plain", "plain", "dot"])), hp=g.hp(p, g.c(["plain", "p62", "62"])),
        mail=g.email(p), addr=g.addr(p), cat=g.c(["Kependudukan", "Kesehatan", "Ketenagakerjaan", "Pendidikan"]), isi=g.c(COMPLAINTS))


def md_3(g):
    ps = [g.person(born=(1970, 2000)) for _ in range(g.ri(2, 3))]
    d = Doc().add("<table>\n<tr><th>Nama</th><th>No. BPJS</th><th>No. HP</th><th>Rekening</th></tr>\n")
    for p in ps:
        bank, acc = g.bank(p)
        d.add("<tr><td>$n</td><td>$b</td><td>$hp</td><td>$bank $acc</td></tr>\n", n=g.name(p), b=g.bpjs(p), hp=g.hp(p), bank=bank, acc=acc)
    d.add("</table>\n<p>Pekerja di atas belum menerima upah $bln. Dikirim oleh serikat, tiket $t.</p>", bln=g.c(MONTHS), t=g.tiket())
    return d


def md_4(g):
    p = g.person(born=(1960, 2002))
    x = g.person(born=(1970, 2000), sex="L")
    return Doc().add(
        "## Laporan kejadian\n\n- **Pelapor:** $n\n- **Kontak:** $hp / $mail\n- **Terlapor:** $x (driver)\n- **Kendaraan:** `$pl`\n"
        "- **Akun terlapor:** $h\n- **Waktu:** $tgl pukul $jam\n- **Lokasi:** $hero\n\n> Terlapor meminta ongkos tambahan dan "
        "mengancam. Bukti tangkapan layar terlampir.",
        n=g.name(p), hp=g.hp(p), mail=g.email(p), x=g.name(x), pl=g.plate(x), h=g.handle(x), tgl=g.tgl(2024, 2025),
        jam=f"{g.ri(5, 23):02d}.{g.c(['05', '20', '45'])}", hero=g.hero())


def md_5(g):
    p = g.person(born=(1965, 2000))
    return Doc().add(
        "```\npemohon:\n  nama: $n\n  nik: $nik\n  npwp: $npwp\n  paspor: $pas\n  ttl: $bp, $dob\n  alamat: $addr\n"
        "layanan: $lay\nstatus: ditolak\n```\nMohon penjelasan kenapa permohonan di atas ditolak tanpa alasan. \U0001F64F",
        n=g.name(p), nik=g.nik(p), npwp=g.npwp(p), pas=g.passport(p), bp=p.birthplace, dob=g.dob(p),
        addr=g.addr(p), lay=g.c(["paspor baru", "penggantian paspor rusak", "visa kunjungan keluarga"]))


def md_6(g):
    p = g.person(born=(1965, 2000))
    kids = [g.child(p, (2008, 2018)) for _ in range(2)]
    d = Doc().add("**Data keluarga** (KK: $kk)\n\n| Hubungan | Nama | NIK | Tanggal lahir |\n|:--|:--|:--|:--|\n"
                  "| Kepala keluarga | $n | $nik | $dob |\n", kk=g.kk(p), n=g.name(p), nik=g.nik(p), dob=g.dob(p))
    for k in kids:
        d.add("| Anak | $n | $nik | $dob |\n", n=g.name(k), nik=g.nik(k), dob=g.dob(k))
    d.add("\nSemua anggota keluarga hilang dari data DTKS sejak $tgl.", tgl=g.tgl(2024, 2025))
    return d


def md_n1(g):
    d = Doc().add("| Kanal | Jumlah laporan | Selesai | Rata-rata hari |\n|---|---:|---:|---:|\n")
    for ch in g.sample(["SMS 1708", "WhatsApp", "Website", "Aplikasi", "Instagram", "Surat"], 4):
        d.add("| $c | $n | $s | $h |\n", c=g.nm(ch) if "1708" in ch else ch, n=g.ri(100, 9000), s=g.ri(50, 90), h=g.ri(3, 40))
    d.add("\nRekap triwulan $tw $yr. Sumber: $mail, akun $h. Tiket terlama: $t.", tw=g.c(["I", "II", "III", "IV"]),
          yr=g.ri(2023, 2025), mail=g.inst_mail("lapor"), h=g.inst_handle("lapor"), t=g.tiket16())
    return d


def md_n2(g):
    return Doc().add(
        "```json\n{\"ticket_id\": \"$t\", \"channel\": \"$ch\", \"category\": \"$cat\", \"location\": \"$loc\", "
        "\"incident_date\": \"$tgl\", \"amount\": \"$rp\", \"regulation\": \"$reg\", \"reporter\": \"anonim\", "
        "\"forwarded_to\": \"$mail\"}\n```",
        t=g.tiket16(), ch=g.c(["sms", "web", "app", "wa"]), cat=g.c(["jalan rusak", "pungli", "layanan kesehatan"]),
        loc=g.hero(), tgl=NM(f"{min(rand_date(g.r, 2024, 2025), dt.date(2025, 8, 31)):%Y-%m-%d}"), rp=g.rp(50000, 5000000, 50000),
        reg=g.nm("UU 25/2009"), mail=g.inst_mail())


def md_n3(g):
    T = g.chrono(4, 2024, 2025, g.c(["long", "slash", "abbr"]))
    return Doc().add(
        "### Kronologi\n1. $t1 \u2013 laporan masuk, nomor $tk\n2. $t2 \u2013 diteruskan ke $ag\n3. $t3 \u2013 survei lokasi di $hero "
        "dan $rt\n4. $t4 \u2013 anggaran $rp disetujui (DPA nomor $surat)\n\n*Catatan:* NIK pelapor tidak dicantumkan atas "
        "permintaan pelapor.",
        t1=T[0], tk=g.tiket(), t2=T[1], ag=g.c(["Dinas PUPR", "Dinas Perhubungan", "BPBD"]),
        t3=T[2], hero=g.hero(), rt=g.rt_place(), t4=T[3], rp=g.rp(50000000, 900000000, 1000000),
        surat=g.surat("BPKAD"))


# ---- 12. krama (regional languages mixed with Indonesian) ---------------------------------

def krama_jv_krama(g):
    me = g.person(trad="jawa", born=(1955, 1990))
    mom = g.person(trad="jawa", born=(1935, 1955), sex="P", region=me.region)
    return Doc().add(
        "Nuwun sewu, kula $me, warga $addr$area. Kula badhe matur bilih bantuan PKH kagem ibu kula, $mom, ingkang miyos "
        "$dob, sampun tigang wulan mboten cair. NIK ibu kula $nik. Pendamping PKH ngendika datanipun \u201cdipun blokir pusat\u201d. "
        "Menawi wonten ingkang kirang, saged hubungi kula wonten nomer $hp. Matur nuwun sanget.",
        me=g.name(me), addr=g.addr(me), area=g.area(me), mom=g.name(mom), dob=g.dob(mom, g.c(["long", "long", "dash"])),
        nik=g.nik(mom), hp=g.hp(me))


def krama_jv_ngoko(g):
    me = g.person(trad=g.c(["jawa", "jawa", "word"]), born=(1975, 2003))
    x = g.person(trad="jawa", born=(1960, 1990), sex="L")
    bank, acc = g.bank(x)
    return Doc().add(
        "Lur, aku $me arep wadul. KTP-ku wis telung sasi durung dadi, jarene blangko entek. NIK-ku $nik. Terus ana oknum "
        "jenenge Mas $x sing nawani \u201cjalur cepet\u201d nek mbayar $rp, ditransfer menyang rekening $bank $acc. Aku ora gelem. "
        "Omahku neng $addr. WA wae neng $hp.",
        me=g.name(me), nik=g.nik(me), x=g.name(x), rp=g.rp(100000, 500000, 50000), bank=bank, acc=acc, addr=g.addr(me), hp=g.hp(me))


def krama_sunda(g):
    me = g.person(trad="sunda", born=(1960, 1995))
    mom = g.person(trad="sunda", born=(1938, 1958), sex="P", region=me.region)
    return Doc().add(
        "Punten, abdi $me, ti $addr$area. Bade ngalaporkeun yen kartu KIS pun biang abdi, $mom, nomer $bpjs, teu tiasa "
        "dianggo di puskesmas ti kapungkur $tgl. Pun biang lahir $dob, ayeuna nuju gering. Petugasna nyarios kedah ka kantor "
        "BPJS di kota. Mugi tiasa dibantos. Nomer HP abdi $hp. Hatur nuhun.",
        me=g.name(me), addr=g.addr(me), area=g.area(me), mom=g.name(mom), bpjs=g.bpjs(mom), tgl=g.tgl(2024, 2025),
        dob=g.dob(mom), hp=g.hp(me))


def krama_madura(g):
    me = g.person(trad="madura", born=(1960, 1995))
    x = g.person(trad="madura", born=(1960, 1990), sex="L")
    return Doc().add(
        "Assalamualaikum. Sengko' $me, oreng dhari $addr$area. Sengko' terro alapor, bantuan BLT ka'dhinto ta' nyampe' ka "
        "sengko', padahal nyama sengko' bada e daftar. NIK sengko' $nik. Ca'na kalebun, se ngatur daftar reya $x. Mon bada "
        "perlona, telpon ka $hp. Mator sakalangkong.",
        me=g.name(me), addr=g.addr(me), area=g.area(me), nik=g.nik(me), x=g.name(x), hp=g.hp(me))


def krama_minang(g):
    me = g.person(trad="minang", born=(1960, 1995))
    amak = g.person(trad="minang", born=(1938, 1958), sex="P", region=me.region)
    return Doc().add(
        "Assalamualaikum. Ambo $me dari $addr$area. Ambo nio mangadu, sertifikat tanah amak ambo, $amak, alun juo salasai "
        "sajak $yr padahal lah dibayia $rp ka urang nan mangaku petugas, namonyo Uda $x. Amak ambo lahia $dob, kini lah gaek. "
        "Nomor HP ambo $hp. Tarimo kasih banyak.",
        me=g.name(me), addr=g.addr(me), area=g.area(me), amak=g.name(amak), yr=g.ri(2019, 2023),
        rp=g.rp(1000000, 5000000, 500000), x=g.name(g.person(trad="minang", born=(1965, 1990), sex="L")),
        dob=g.dob(amak), hp=g.hp(me))


def krama_banjar(g):
    me = g.person(trad="banjar", born=(1960, 2000))
    return Doc().add(
        "Ulun $me, warga $addr$area. Ulun handak batakun, napa sampai wayah ini KTP ulun balum jadi? Sudah $n bulan bulik "
        "bulang ka kantor Disdukcapil. NIK ulun $nik, KK $kk. Kawa hubungi ulun di $hp atawa email $mail. Makasih banyak lah.",
        me=g.name(me), addr=g.addr(me), area=g.area(me), n=g.ri(3, 11), nik=g.nik(me), kk=g.kk(me), hp=g.hp(me), mail=g.email(me))


def krama_bugis(g):
    me = g.person(trad=g.c(["bugis", "bugis", "buton"]), born=(1960, 1998))
    mom = g.person(trad=me.trad, born=(1940, 1960), sex="P", region=me.region)
    return Doc().add(
        "Tabe', iye' saya $me dari $addr$area. Mau ka lapor, BLT-na ibu ku $mom belum cair-cair mi padahal namana ada ji di "
        "daftar. NIK-na $nik, lahir-na $dob. Sudah ma tanya ke kantor desa, na bilang tunggu mi saja. Kasihan mi, sudah tua. "
        "Nomor HP ku $hp. Terima kasih, tabe'.",
        me=g.name(me), addr=g.addr(me), area=g.area(me), mom=g.name(mom), nik=g.nik(mom), dob=g.dob(mom), hp=g.hp(me))


def krama_papua(g):
    me = g.person(trad="papua", born=(1965, 2002))
    x = g.person(trad=g.c(["papua", "timur", "bugis"]), born=(1970, 1995), sex="L")
    return Doc().add(
        "Sa pu nama $me, sa tinggal di $addr$area. Sa mo lapor, dong su janji bikin sa pu KTP tapi sampe skarang blum jadi. "
        "Sa pu NIK $nik. Ada petugas, Pace $x, de bilang harus bayar $rp baru bisa cepat. Itu tra benar to? Kalo mo hubungi sa, "
        "telepon ke $hp saja. Trima kasih banyak.",
        me=g.name(me), addr=g.addr(me), area=g.area(me), nik=g.nik(me), x=g.name(x), rp=g.rp(200000, 1000000, 50000), hp=g.hp(me))


def krama_jv_krama2(g):
    me = g.person(trad="jawa", born=(1950, 1985), sex="L")
    lurah = g.person(trad="jawa", born=(1965, 1985), sex="L")
    return Doc().add(
        "Sugeng enjing Bapak/Ibu. Kula $me saking $addr. Siti kagungan kula ingkang sampun gadhah sertifikat (atas nama "
        "kula, NIK $nik) dipun klaim dening $lurah, ingkang sapunika dados perangkat desa. Panjenenganipun ngendika gadhah "
        "\u201cleter C\u201d ingkang langkung sepuh. Kula nyuwun pitulungan. Telpon griya $tel.",
        me=g.name(me), addr=g.addr(me), nik=g.nik(me), lurah=g.name(lurah), tel=g.tel(me))


def krama_n1(g):
    return Doc().add(
        "Nuwun sewu, margi ing $hero caket $rt sampun rusak awrat wiwit $tgl. Sampun wonten $n tiyang dhawah saking motor. "
        "Kula sampun lapor dhateng $hot, nomer laporan $t, nanging dereng wonten tindak lanjut. Anggaran perbaikan miturut "
        "Pak Lurah $rp. Matur nuwun.",
        hero=g.hero(), rt=g.rt_place(), tgl=g.tgl(2024, 2025), n=g.ri(3, 12), hot=g.hotline("lapor"), t=g.tiket(),
        rp=g.rp(50000000, 300000000, 5000000))


def krama_n2(g):
    return Doc().add(
        "Punten, cai PDAM di wewengkon $rt tos $n dinten teu ngocor. Tagihan bulan $bln tetep $rp. Tos ngalaporkeun ka $hot "
        "sareng ka $mail, nomer tiket $t. Mugi enggal dibereskeun. Hatur nuhun.",
        rt=g.rt_place(), n=g.ri(3, 20), bln=g.c(MONTHS), rp=g.rp(80000, 300000, 500), hot=g.hotline("pdam"),
        mail=g.inst_mail("pdam"), t=g.tiket())


def krama_n3(g):
    return Doc().add(
        "Sa mo lapor, jalan di $hero su rusak sejak $yr. Kalo hujan, mobil tra bisa lewat. Dong bilang anggaran $rp su turun "
        "tapi sampe skarang tra ada kerja. Kitong su lapor ke $h deng nomor $t. Tolong Pemda liat ka.",
        hero=g.hero(), yr=g.ri(2020, 2024), rp=g.rp(100000000, 900000000, 10000000), h=g.inst_handle("lapor"), t=g.tiket())


def krama_n4(g):
    return Doc().add(
        "Ulun handak mangadu, lampu jalan di $hero mati sudah $n bulan. Banyak urang kada wani bulik malam. Sudah dilapurakan "
        "ka kantor kelurahan tanggal $tgl, nomor surat $s. Urang $rt jua mangaluh. Makasih.",
        hero=g.hero(), n=g.ri(2, 8), tgl=g.tgl(2024, 2025), s=g.surat("Kel"), rt=g.rt_place())


def krama_n5(g):
    return Doc().add(
        "Assalamualaikum. Ambo nio mangadu, jalan ka sawah di $rt Nagari $ng rusak sajak $yr. Dana nagari $rp alah cair, tapi "
        "karajo alun dimulai. Lah ambo lapor ka $h, nomor $t. Tarimo kasih.",
        rt=g.rt_place(), ng=g.c(KEL["minang"]), yr=g.ri(2021, 2024), rp=g.rp(50000000, 400000000, 5000000),
        h=g.inst_handle("lapor"), t=g.tiket())


# ---- 13. kapital --------------------------------------------------------------------------

def kap_1(g):
    me = g.person(born=(1950, 2000))
    rt = g.person(born=(1955, 1985), sex="L")
    return Doc().add(
        "KEPADA YTH. KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL $kota\nPERIHAL: PERMOHONAN PERBAIKAN DATA\n\n"
        "YANG BERTANDA TANGAN DI BAWAH INI:\nNAMA : $nm\nNIK : $nik\nTEMPAT/TGL LAHIR : $bp, $dob\nALAMAT : $addr$area\n"
        "NO. HP : $hp\n\nDENGAN INI MENGAJUKAN PERBAIKAN TANGGAL LAHIR PADA KTP-EL SAYA YANG SALAH CETAK. DEMIKIAN SURAT INI "
        "SAYA BUAT DENGAN SEBENARNYA.\n\n$kotaonly, $tgl\nHORMAT SAYA,\n(TTD)\n$nm2\n\nMENGETAHUI,\nKETUA $rtp\n(CAP DAN TTD)\n$rtn",
        kota=kotap(me), nm=g.name(me), nik=g.nik(me), bp=me.birthplace, dob=g.dob(me, g.c(["long", "dash", "abbr_up", "long0"])),
        addr=g.addr(me), area=g.area(me), hp=g.hp(me), kotaonly=me.city, tgl=g.tgl(2024, 2025), nm2=g.name(me),
        rtp=g.nm(f"RT {g.ri(1, 15):02d} / RW {g.ri(1, 9):02d}"), rtn=g.name(rt))


def kap_2(g):
    me = g.person(born=(1960, 1998))
    return Doc().add(
        "SURAT PENGADUAN\n\nSAYA $nm, NIK $nik, PEMEGANG KARTU JKN NOMOR $bpjs, MELAPORKAN BAHWA PADA TANGGAL $tgl SAYA DITOLAK "
        "BEROBAT DI $rs DENGAN ALASAN KARTU TIDAK AKTIF. PADAHAL IURAN SUDAH SAYA BAYAR SAMPAI BULAN $bln. MOHON DITINDAKLANJUTI.\n\n"
        "TTD,\n$nm2\nHP $hp / EMAIL $mail",
        nm=g.name(me), nik=g.nik(me), bpjs=g.bpjs(me), tgl=g.tgl(2024, 2025), rs=g.rs(), bln=g.c(MONTHS), nm2=g.name(me),
        hp=g.hp(me), mail=g.email(me))


def kap_3(g):
    me = g.person(born=(1960, 1998))
    x = g.person(born=(1965, 1995))
    return Doc().add(
        "LAPORAN PUNGUTAN LIAR!!! OKNUM $jab BERNAMA $x (NIP $nip) MEMINTA UANG $rp UNTUK PENGURUSAN $urus. UANG DIMINTA DIKIRIM "
        "KE REKENING $bank $acc. SAYA PUNYA BUKTI CHAT WA DARI NOMOR $xhp. PELAPOR: $me, ALAMAT $addr. MOHON DITINDAK TEGAS!!!",
        jab=g.c(["PEGAWAI KECAMATAN", "STAF DINAS", "PETUGAS SAMSAT", "PEGAWAI KELURAHAN"]), x=g.name(x), nip=g.nip(x),
        rp=g.rp(300000, 3000000, 100000), urus=g.c(["IMB", "SURAT PINDAH", "AKTA KELAHIRAN", "IZIN USAHA"]),
        bank="BNI", acc=g.bank(x, "BNI")[1], xhp=g.hp(x), me=g.name(me), addr=g.addr(me))


def kap_4(g):
    fa = g.person(born=(1950, 1975), sex="L")
    kids = [g.child(fa, (1980, 2005)) for _ in range(2)]
    return Doc().add(
        "SURAT KETERANGAN AHLI WARIS\n\nKAMI YANG BERTANDA TANGAN DI BAWAH INI MENERANGKAN BAHWA ALMARHUM $fa, NIK $nik, "
        "MENINGGAL DUNIA PADA $tgl DI $kota, DAN MENINGGALKAN AHLI WARIS:\n1. $k1, LAHIR $d1\n2. $k2, LAHIR $d2\n\n"
        "YANG BERALAMAT DI $addr$area.\n\nSTEMPEL KELURAHAN \u2013 LURAH (TTD)\nSAKSI: $s",
        fa=g.name(fa), nik=g.nik(fa), tgl=g.tgl(2020, 2024), kota=fa.city, k1=g.name(kids[0]), d1=g.dob(kids[0]),
        k2=g.name(kids[1]), d2=g.dob(kids[1]), addr=g.addr(fa), area=g.area(fa), s=g.name(g.person(born=(1950, 1990))))


def kap_5(g):
    me = g.person(born=(1960, 2000))
    return Doc().add(
        "PERHATIAN!!! MOBIL DINAS PLAT MERAH $pl DIPAKAI UNTUK MUDIK KE $kota TANGGAL $tgl. SAYA MELIHAT SENDIRI DI $hero. "
        "PENGEMUDINYA $x. FOTO SUDAH SAYA KIRIM KE $mail. SAYA $me, $hp.",
        pl=g.plate(form="sp"), kota=g.kota(), tgl=g.tgl(2024, 2025), hero=g.hero(),
        x=g.name(g.person(born=(1970, 1995), sex="L")), mail=g.inst_mail("lapor"), me=g.name(me), hp=g.hp(me))


def kap_n1(g):
    return Doc().add(
        "PENGUMUMAN WARGA $rt\nSEHUBUNGAN DENGAN RUSAKNYA JALAN DI $hero KM $km, WARGA DIMOHON BERHATI-HATI. LAPORAN SUDAH "
        "DIKIRIM KE DINAS PUPR DENGAN NOMOR $t PADA TANGGAL $tgl. ANGGARAN PERBAIKAN $rp SESUAI $reg.\nKETUA RT (TTD)",
        rt=g.rt_place(), hero=g.hero(), km=g.ri(2, 40), t=g.tiket(), tgl=g.tgl(2024, 2025), rp=g.rp(50000000, 500000000, 1000000),
        reg=g.nm(f"PERDA NO. {g.ri(1, 20)} TAHUN {g.ri(2022, 2024)}"))


def kap_n2(g):
    return Doc().add(
        "KAMI WARGA $kota MENOLAK KENAIKAN TARIF PDAM DARI $r1 MENJADI $r2 PER M3. SURAT KEBERATAN NOMOR $s SUDAH DIKIRIM TANGGAL "
        "$tgl. HUBUNGI $hot ATAU $mail. NIK KAMI SUDAH DILAMPIRKAN DI PETISI FISIK, TIDAK DIUNGGAH.",
        kota=g.kota(), r1=g.rp(3000, 5000, 100), r2=g.rp(6000, 9000, 100), s=g.surat("FKW"), tgl=g.tgl(2024, 2025),
        hot=g.hotline("pdam"), mail=g.inst_mail("pdam"))


def kap_n3(g):
    return Doc().add(
        "PERKARA NOMOR $pk TELAH BERKEKUATAN HUKUM TETAP SEJAK $tgl, NAMUN EKSEKUSI BELUM DILAKSANAKAN. MOHON KETUA PENGADILAN "
        "NEGERI DAN KEPALA KANTOR PERTANAHAN MENINDAKLANJUTI. BIAYA EKSEKUSI $rp SUDAH DIBAYAR. TIKET LAPOR $t.",
        pk=g.perkara(g.c(["pdt", "ptun"])), tgl=g.tgl(2022, 2024), rp=g.rp(5000000, 30000000, 500000), t=g.tiket())


# ---- 14. kecil (lower case, fast typing) -------------------------------------------------

def kec_1(g):
    par = g.person(born=(1975, 1992))
    lvl, ch = lvl_child(g, par)
    return Doc().add(
        "tolong min anak sy $ch gak ketrima zonasi $lvl negeri $n pdhl rumah cm $m meter. nik anak $nik kk $kk. sy udh ke "
        "sekolah 2x disuruh nunggu aja. hp/wa $hp",
        ch=g.name(ch), lvl=lvl.lower(), n=g.ri(1, 30), m=g.ri(150, 700), nik=g.nik(ch), kk=g.kk(par), hp=g.hp(par))


def kec_2(g):
    me = g.person(born=(1980, 2004))
    dr = g.person(born=(1975, 2000), sex="L")
    return Doc().add(
        "min driver ojol namanya $rh $dr plat $pl td nabrak spion mobil sy trs kabur. ig nya $h. nomernya $hp tp ga diangkat. "
        "kejadian td jam $jam di $hero. sy $me",
        rh=g.hon(dr, "regional"), dr=g.name(dr), pl=g.plate(dr, g.c(["lower", "nosp", "sp"])), h=g.handle(dr), hp=g.hp(dr), jam=f"{g.ri(6, 22)}.{g.c(['10', '30', '45'])}",
        hero=g.hero(), me=g.name(me, "call"))


def kec_3(g):
    me = g.person(born=(1960, 2000))
    return Doc().add(
        "bpjs sy $b nonaktif pdhl bayar terus tiap bulan. nama $me tgl lahir $dob nik $nik. cs nya blg suruh ke kantor cabang. "
        "emailsy $mail",
        b=g.bpjs(me), me=g.name(me), dob=g.dob(me, g.c(["slash2", "dash2", "nozero", "dash"])), nik=g.nik(me), mail=g.email(me))


def kec_4(g):
    me = g.person(born=(1975, 2002))
    x = g.person(born=(1970, 1995))
    bank, acc = g.bank(x)
    return Doc().add(
        "ati2 penipuan ngaku petugas bansos a.n. $x minta transfer ke rek $bank $acc. nomernya $hp. sy udh transfer $rp "
        "trs diblok. tlg diusut. sy $me rmh di $addr",
        x=g.name(x), bank=bank.lower(), acc=acc, hp=g.hp(x), rp=g.rp(100000, 1000000, 50000), me=g.name(me), addr=g.addr(me))


def kec_5(g):
    me = g.person(born=(1980, 2003))
    boss = g.person(born=(1965, 1990))
    return Doc().add(
        "gaji sy udh dua bulan blm dibayar sm bos $boss. sy kerja di toko dia di $addr. nik sy $nik npwp $npwp. wa $hp. plis bantu",
        boss=g.name(boss), addr=g.addr(boss), nik=g.nik(me), npwp=g.npwp(me), hp=g.hp(me))


def kec_n1(g):
    return Doc().add(
        "min lampu pju di $hero mati smua udh $n minggu. gelap bgt rawan begal. udh lapor ke $h tiket $t blm ada respon. "
        "tlg dong",
        hero=g.hero(), n=g.ri(2, 9), h=g.inst_handle("pln"), t=g.tiket())


def kec_n2(g):
    return Doc().add(
        "knp ya nik sy udh bener tp di aplikasi ditolak trs. udh coba dr tgl $tgl. cs $hot cm blg tunggu. tiket $t",
        tgl=g.tgl(2024, 2025, "slash"), hot=g.hotline(g.c(["dukcapil", "bpjs", "lapor"])), t=g.tiket())


def kec_n3(g):
    return Doc().add(
        "harga gas melon di $rt skrg $rp min pdhl het $het. pangkalan blg stok kosong trs. tlg dicek",
        rt=g.rt_place(), rp=g.rp(25000, 35000, 1000), het=g.rp(16000, 19000, 500))


# ---- 15. panjang (long multi-paragraph chronologies) ---------------------------------------

def fit_long(g, paras, lo=2000, hi=3800):
    """paras: list of (Doc, optional).  Drop optional paragraphs (random order) until the text fits."""
    keep = list(paras)
    def length(ps):
        return sum(len(x) for p, _ in ps for _, x, _ in p.parts) + 2 * (len(ps) - 1)
    opt = [i for i, (_, o) in enumerate(keep) if o]
    g.r.shuffle(opt)
    target = g.ri(lo + 150, hi - 100)
    drop = set()
    for i in opt:
        if length([p for j, p in enumerate(keep) if j not in drop]) <= target:
            break
        drop.add(i)
    d = Doc()
    first = True
    for j, (p, _) in enumerate(keep):
        if j in drop:
            continue
        if not first:
            d.add("\n\n")
        d.put(p)
        first = False
    return d


def panjang_tanah(g):
    me = g.person(born=(1962, 1990))
    fa = g.person(trad=me.trad, born=(1930, 1950), sex="L", region=me.region)
    s1 = g.child(fa, (1960, 1992))
    s2 = g.child(fa, (1960, 1992))
    off = g.person(born=(1970, 1992))
    calo = g.person(born=(1965, 1990), sex="L")
    x = g.person(born=(1960, 1990))
    nt = g.person(born=(1960, 1985))
    nb = g.person(born=(1950, 1975))
    bank, acc = g.bank(calo)
    paid = g.rp(5000000, 9000000, 500000)
    P = []
    P.append((Doc().add("Dengan hormat,\nSaya yang bertanda tangan di bawah ini, $me, lahir di $bp pada $dob, NIK $nik, beralamat di "
                        "$addr$area, nomor HP $hp, email $mail, dengan ini mengadukan dugaan praktik mafia tanah yang menimpa "
                        "tanah warisan keluarga kami.",
                        me=g.name(me), bp=me.birthplace, dob=g.dob(me), nik=g.nik(me), addr=g.addr(me), area=g.area(me),
                        hp=g.hp(me), mail=g.email(me)), False))
    P.append((Doc().add("Latar belakang. Ayah kami, almarhum $fa (lahir $fdob), memiliki sebidang tanah Sertifikat Hak Milik nomor $shm "
                        "seluas $luas m\u00b2. Beliau wafat pada $tgl. Ahli warisnya adalah saya, $s1 (NIK $n1), dan $s2 yang kini "
                        "tinggal di $a2$ar2. Ibu kami sudah lebih dahulu meninggal pada tahun $yr.",
                        fa=g.name(fa), fdob=g.dob(fa), shm=g.nm(f"{g.ri(100, 4999):05d}"), luas=g.ri(200, 3000),
                        tgl=g.tgl(2016, 2020), s1=g.name(s1), n1=g.nik(s1), s2=g.name(s2), a2=g.addr(s2), ar2=g.area(s2),
                        yr=g.ri(2005, 2015)), False))
    P.append((Doc().add("Pada $t1 kami mengajukan permohonan balik nama waris ke Kantor Pertanahan. Petugas loket, $off (NIP $nip), "
                        "menyatakan berkas lengkap dan memberikan tanda terima berkas nomor $b. Kami dijanjikan sertifikat selesai "
                        "dalam $h hari kerja sesuai standar pelayanan.",
                        t1=g.tgl(2021, 2021), off=g.name(off), nip=g.nip(off), b=g.nm(f"{g.ri(1000, 99999)}/{g.ri(2021, 2021)}"),
                        h=g.ri(5, 30)), False))
    P.append((Doc().add("Pada $t2, seseorang bernama $calo menghubungi saya dari nomor $chp. Ia mengaku \u201corang dalam\u201d dan "
                        "bisa mempercepat proses asal kami membayar $rp. Uang diminta ditransfer ke rekening $bank $acc atas nama "
                        "$calo2. Karena takut berkas dipersulit, saya mentransfer $rp2 pada $t3. Bukti transfer terlampir.",
                        t2=g.tgl(2021, 2022), calo=g.name(calo, "call"), chp=g.hp(calo), rp=g.rp(10000000, 40000000, 1000000),
                        bank=bank, acc=acc, calo2=g.name(calo), rp2=paid, t3=g.tgl(2022, 2022)), False))
    P.append((Doc().add("Pada $t4 kami mendapati bahwa di atas tanah tersebut sudah terbit sertifikat baru atas nama $x, berdasarkan "
                        "akta jual beli yang dibuat di kantor notaris $nt, $gel, tertanggal $t5. Kami tidak pernah menjual tanah "
                        "itu, dan tanda tangan ayah kami pada akta tersebut jelas dipalsukan karena tanggalnya setelah beliau wafat.",
                        t4=g.tgl(2023, 2023), x=g.name(x), nt=g.name(nt), gel=g.c(["S.H., M.Kn.", "S.H."]), t5=g.tgl(2021, 2022)), False))
    P.append((Doc().add("Tetangga kami, $hon $nb, yang tinggal di $a3, bersedia menjadi saksi bahwa tanah tersebut dikuasai dan "
                        "digarap keluarga kami sejak $yr tanpa putus. Ketua RT setempat juga mengetahui hal ini dan sudah "
                        "membuat surat keterangan tertanggal $t6.",
                        hon=g.hon(nb), nb=g.name(nb), a3=g.addr(nb), yr=g.ri(1975, 1990), t6=g.tgl(2023, 2024)), True))
    P.append((Doc().add("Kami telah melaporkan dugaan pemalsuan ke kepolisian pada $t7 dan mengajukan gugatan perdata dengan nomor "
                        "perkara $pk. Sidang pertama dijadwalkan $t8, namun pihak tergugat tidak hadir. Kuasa hukum kami menyarankan "
                        "agar kami juga meminta BPN memblokir sertifikat baru tersebut.",
                        t7=g.tgl(2023, 2024), pk=g.perkara("pdt"), t8=g.tgl(2024, 2024)), True))
    P.append((Doc().add("Pada $t9 saya mengirim surat permohonan blokir ke Kantor Pertanahan dan tembusan ke $mail. Sampai hari ini "
                        "belum ada jawaban tertulis. Saat saya datang langsung, petugas yang sama, $offc, hanya mengatakan "
                        "\u201csedang diproses\u201d. Adik saya $s2c juga sudah dua kali datang dari luar kota.",
                        t9=g.tgl(2024, 2024), mail=g.inst_mail("bpn"), offc=g.name(off, "call"), s2c=g.name(s2, "call")), True))
    P.append((Doc().add("Untuk melengkapi pengaduan ini saya lampirkan fotokopi KTP, KK nomor $kk, penetapan ahli waris, dan bukti "
                        "transfer. Saudara kami $s1c sudah memberi kuasa tertulis kepada saya untuk mewakili seluruh ahli waris "
                        "dalam urusan ini.", kk=g.kk(me), s1c=g.name(s1, "call")), True))
    P.append((Doc().add("Belakangan kami tahu bahwa $xc menawarkan tanah itu untuk dijual lewat akun $h dengan harga $rp. Iklan "
                        "itu masih tayang ketika laporan ini ditulis, lengkap dengan foto rumah peninggalan ayah kami.",
                        xc=g.name(x, "call"), h=g.handle(x), rp=g.rp(300000000, 2000000000, 50000000)), True))
    P.append((Doc().add("Permohonan kami: (1) memeriksa proses terbitnya sertifikat atas nama $x2; (2) memblokir peralihan hak sampai "
                        "ada putusan; (3) memeriksa petugas yang terlibat; (4) mengembalikan uang $rp yang sudah kami bayarkan.\n\n"
                        "Demikian pengaduan ini saya sampaikan dengan sebenar-benarnya.\n\nHormat saya,\n$me2",
                        x2=g.name(x), rp=paid, me2=g.name(me)), False))
    return fit_long(g, P)


def panjang_sosial(g):
    T = g.chrono(6, 2023, 2025)
    mom = g.person(born=(1935, 1952), sex="P")
    me = g.child(mom, (1965, 1992))
    bro = g.child(mom, (1960, 1990), sex="L")
    doc = g.person(born=(1970, 1990))
    pend = g.person(born=(1985, 1998), sex="P")
    rtn = g.person(born=(1955, 1980), sex="L")
    bank, acc = g.bank(mom, "BRI") if g.p(0.5) else g.bank(mom, "BNI")
    P = []
    P.append((Doc().add("Kepada Yth. Dinas Sosial dan BPJS Kesehatan,\n\nSaya $me, anak kandung dari $mom. Ibu saya lahir $dob, NIK $nik, "
                        "kartu JKN nomor $bpjs, tinggal bersama saya di $addr$area. Saya ingin menyampaikan kronologi masalah "
                        "bantuan dan layanan kesehatan yang beliau alami selama setahun terakhir.",
                        me=g.name(me), mom=g.name(mom), dob=g.dob(mom), nik=g.nik(mom), bpjs=g.bpjs(mom), addr=g.addr(mom),
                        area=g.area(mom)), False))
    P.append((Doc().add("$t1: Bantuan PKH lansia untuk ibu saya berhenti tanpa pemberitahuan. Saldo di rekening $bank $acc yang "
                        "terhubung ke KKS kosong sejak tahap $tahap. Pendamping PKH, $pend, mengatakan data ibu \u201ctidak lolos "
                        "verifikasi\u201d dan menyarankan mengurus ulang di kelurahan.",
                        t1=T[0], bank=bank, acc=acc, tahap=g.c(["I", "II", "III"]), pend=g.name(pend)), False))
    P.append((Doc().add("$t2: Kami mengurus surat keterangan tidak mampu. Ketua RT, Pak $rt, sudah menandatangani, tetapi kelurahan "
                        "meminta fotokopi KK terbaru. KK kami nomor $kk ternyata masih mencantumkan almarhum ayah sebagai kepala "
                        "keluarga, sehingga harus diperbarui di Dukcapil.",
                        t2=T[1], rt=g.name(rtn, "call"), kk=g.kk(mom)), False))
    P.append((Doc().add("$t3: Ibu mengalami sesak napas dan dibawa ke puskesmas. $dh $doc memberi rujukan ke $rs, tetapi di rumah sakit "
                        "kartu JKN ibu dinyatakan nonaktif. Kami terpaksa membayar sebagai pasien umum $rp untuk tiga hari rawat inap.",
                        t3=T[2], dh=g.c(["dr.", "dr."]), doc=g.name(doc), rs=g.rs(), rp=g.rp(3000000, 9000000, 50000)), False))
    P.append((Doc().add("$t4: Kakak saya, $bro, mendatangi kantor BPJS Kesehatan. Petugas menjelaskan bahwa status PBI ibu dicabut "
                        "karena data DTKS tidak diperbarui oleh desa. Kakak saya bisa dihubungi di $bhp bila diperlukan.",
                        t4=T[3], bro=g.name(bro), bhp=g.hp(bro)), True))
    P.append((Doc().add("$t5: Kami mengajukan usulan DTKS baru melalui musyawarah desa. Formulir sudah diisi lengkap dengan NIK ibu "
                        "($nik2) dan nomor KK. Operator SIKS-NG mengatakan hasilnya baru keluar bulan $bln.",
                        t5=T[4], nik2=g.nik(mom, "sp4"), bln=g.c(MONTHS)), True))
    P.append((Doc().add("$t6: Pendamping PKH $pendc kembali menghubungi saya lewat WA dari nomor $php dan meminta \u201cuang administrasi\u201d "
                        "$rp agar data ibu cepat diaktifkan. Saya menolak dan menyimpan tangkapan layar percakapan tersebut.",
                        t6=T[5], pendc=g.name(pend, "call"), php=g.hp(pend), rp=g.rp(200000, 750000, 50000)), True))
    nb = g.person(born=(1940, 1960), sex="P")
    P.append((Doc().add("Sebagai perbandingan, tetangga kami, $hon $nb (tinggal di $a), yang kondisinya serupa, justru tetap "
                        "menerima bantuan dan status JKN-nya aktif. Kami tidak iri, hanya ingin tahu mengapa data ibu kami "
                        "diperlakukan berbeda.", hon=g.hon(nb), nb=g.name(nb), a=g.addr(nb)), True))
    P.append((Doc().add("Semua dokumen sudah saya kirim lewat email $mail ke $inst, namun yang datang hanya balasan otomatis "
                        "berisi nomor tiket $tk tanpa tindak lanjut.", mail=g.email(me), inst=g.inst_mail("bpjs"), tk=g.tiket()), True))
    P.append((Doc().add("Ibu saya kini berusia $age tahun, menderita hipertensi dan gagal jantung, dan harus kontrol setiap bulan. "
                        "Tanpa JKN kami tidak sanggup menanggung biayanya. Kami mohon: pengaktifan kembali status PBI, pencairan "
                        "PKH yang tertunda, dan pemeriksaan atas permintaan uang oleh pendamping.\n\nHormat saya,\n$me2 ($hp)",
                        age=2025 - mom.dob.year, me2=g.name(me), hp=g.hp(me)), False))
    return fit_long(g, P)


def panjang_buruh(g):
    T = g.chrono(6, 2023, 2025)
    comp = g.c(COMPANIES)
    lead = g.person(born=(1975, 1995))
    ws = [g.person(born=(1975, 2001)) for _ in range(3)]
    hrd = g.person(born=(1970, 1990))
    med = g.person(born=(1968, 1990))
    own = g.person(born=(1955, 1975))
    P = []
    P.append((Doc().add("Kepada Yth. Kepala Dinas Tenaga Kerja,\n\nKami, perwakilan pekerja $comp, melalui koordinator $lead (NIK $nik, "
                        "HP $hp, email $mail), menyampaikan kronologi perselisihan hubungan industrial yang belum selesai hingga "
                        "sekarang.",
                        comp=comp, lead=g.name(lead), nik=g.nik(lead), hp=g.hp(lead), mail=g.email(lead)), False))
    P.append((Doc().add("Pada $t1 manajemen melalui HRD, $hhon $hrd, mengumumkan bahwa upah bulan itu dibayar setengah karena "
                        "\u201cpesanan turun\u201d. Tidak ada perundingan dengan serikat. Pada $t2 pembayaran upah berhenti sama sekali.",
                        t1=T[0], hhon=g.hon(hrd), hrd=g.name(hrd), t2=T[1]), False))
    d = Doc().add("Pekerja yang terdampak langsung antara lain:\n")
    for w in ws:
        bank, acc = g.bank(w)
        d.add("- $w, lahir $dob, NIK $nik, rekening gaji $bank $acc;\n", w=g.name(w), dob=g.dob(w), nik=g.nik(w), bank=bank, acc=acc)
    d.add("dan $n pekerja lain yang datanya kami lampirkan terpisah.", n=g.ri(40, 300))
    P.append((d, False))
    P.append((Doc().add("Pada $t3 kami mengetahui bahwa iuran BPJS Ketenagakerjaan dan BPJS Kesehatan tidak disetor sejak $yr, "
                        "padahal potongan tercantum di slip gaji. Salah satu pekerja, $w1, ditolak berobat dengan kartu JKN "
                        "nomor $bpjs saat anaknya demam berdarah.",
                        t3=T[2], yr=g.ri(2022, 2023), w1=g.name(ws[0], "call"), bpjs=g.bpjs(ws[0])), True))
    P.append((Doc().add("Mediasi pertama di Disnaker berlangsung $t4 dipimpin mediator $mhon $med (NIP $nip). Perusahaan tidak hadir. "
                        "Mediasi kedua $t5 dihadiri kuasa perusahaan yang menyatakan pemilik, $own, sedang di luar negeri. Anjuran "
                        "tertulis nomor $surat terbit $t6, tetapi tidak dijalankan.",
                        t4=T[3], mhon=g.hon(med), med=g.name(med), nip=g.nip(med), t5=T[4],
                        own=g.name(own), surat=g.surat("Disnaker"), t6=T[5]), False))
    P.append((Doc().add("Kami juga menemukan bahwa mesin-mesin pabrik mulai dipindahkan malam hari ke gudang milik $own2 di $a, "
                        "menggunakan truk bernomor $pl. Kami khawatir aset dialihkan sebelum hak pekerja dibayar.",
                        own2=g.name(own, "call"), a=g.addr(own), pl=g.plate()), True))
    wp = g.person(born=(1990, 2001), sex="P")
    P.append((Doc().add("Seorang pekerja perempuan, $w, sedang hamil tujuh bulan ketika upah dihentikan. Ia lahir $dob dan "
                        "terdaftar JKN nomor $bpjs, tetapi kartunya ikut nonaktif karena iuran tidak disetor perusahaan. Ia kini "
                        "menumpang di rumah orang tuanya di $a$ar.", w=g.name(wp), dob=g.dob(wp), bpjs=g.bpjs(wp), a=g.addr(wp),
                        ar=g.area(wp)), True))
    P.append((Doc().add("Pemilik perusahaan sempat membalas surat kami dari email pribadinya, $om, dan berjanji membayar dalam "
                        "dua minggu. Janji itu tidak ditepati, dan nomor teleponnya, $oh, kini tidak aktif.",
                        om=g.email(own), oh=g.hp(own)), True))
    P.append((Doc().add("Tuntutan kami: pembayaran upah tertunda sebesar $rp, pesangon sesuai $reg, penyetoran iuran BPJS yang "
                        "tertunggak, dan pengawasan atas pemindahan aset perusahaan.\n\nHormat kami,\n$lead2, koordinator",
                        rp=g.rp(500000000, 2000000000, 1000000), reg=g.nm("PP No. 35 Tahun 2021"), lead2=g.name(lead)), False))
    return fit_long(g, P)


def panjang_n_jalan(g):
    T = g.chrono(8, 2023, 2025)
    rtx = g.rt_place().v
    P = []
    P.append((Doc().add("Kepada Yth. Dinas Pekerjaan Umum dan Penataan Ruang $kota,\n\nKami warga $rt menyampaikan kronologi kerusakan "
                        "jembatan dan jalan penghubung di $hero yang hingga kini belum ditangani, meskipun sudah berkali-kali "
                        "dilaporkan melalui berbagai kanal.", kota=g.kota(), rt=NM(rtx), hero=g.hero()), False))
    P.append((Doc().add("$t1: Hujan deras menyebabkan tebing di sisi jalan longsor sepanjang $m meter. Lalu lintas kendaraan roda empat "
                        "terputus. Kerugian warga ditaksir $rp. Laporan pertama kami masuk dengan nomor $tk.",
                        t1=T[0], m=g.ri(20, 150), rp=g.rp(50000000, 400000000, 1000000), tk=g.tiket()), False))
    P.append((Doc().add("$t2: Tim dinas melakukan survei lokasi. Menurut petugas, perbaikan masuk usulan APBD tahun $yr dengan pagu "
                        "$rp. Surat jawaban nomor $s kami terima dua minggu kemudian.",
                        t2=T[1], yr=g.ri(2024, 2025), rp=g.rp(500000000, 3000000000, 10000000), s=g.surat("PUPR")), False))
    P.append((Doc().add("$t3: Seorang pengendara sepeda motor usia $age tahun terjatuh ke sungai karena pagar pengaman hilang. Korban "
                        "dirawat di $rs selama $h hari. Kejadian ini dilaporkan ke $hot.",
                        t3=T[2], age=g.ri(17, 70), rs=g.rs(), h=g.ri(3, 14), hot=g.hotline("darurat")), False))
    P.append((Doc().add("$t4: Musrenbang kecamatan kembali memasukkan perbaikan jembatan sebagai prioritas nomor $n. Berita acara "
                        "ditandatangani camat dan perwakilan $k desa. Anggaran yang dialokasikan ternyata hanya $rp, jauh dari "
                        "kebutuhan.", t4=T[3], n=g.ri(1, 3), k=g.ri(4, 12), rp=g.rp(100000000, 400000000, 5000000)), False))
    P.append((Doc().add("$t5: Warga bergotong royong memasang jembatan darurat dari bambu. Biaya $rp dikumpulkan dari iuran $kk KK. "
                        "Jembatan darurat itu kini mulai lapuk.", t5=T[4], rp=g.rp(5000000, 30000000, 500000),
                        kk=g.ri(80, 450)), True))
    P.append((Doc().add("$t6: Kami mengirim pengaduan ke $mail dan akun $h. Balasan otomatis menyebut laporan diteruskan dengan nomor "
                        "$tk. Kami juga menyurati DPRD dengan surat nomor $s.", t6=T[5],
                        mail=g.inst_mail("lapor"), h=g.inst_handle("lapor"), tk=g.tiket16(), s=g.surat("Warga")), True))
    P.append((Doc().add("$t7: Truk pengangkut material dengan muatan lebih dari $ton ton masih melintas setiap hari, padahal rambu "
                        "batas muatan sudah dipasang sesuai $reg. Kerusakan semakin parah di km $km.",
                        t7=T[6], ton=g.ri(8, 30), reg=g.nm("UU No. 22 Tahun 2009"), km=g.ri(2, 25)), True))
    P.append((Doc().add("$t8: Anak-anak sekolah dasar harus memutar sejauh $km km untuk sampai ke sekolah. Kepala sekolah melaporkan "
                        "penurunan kehadiran hingga $p persen selama musim hujan.", t8=T[7],
                        km=g.ri(3, 9), p=g.ri(10, 40)), True))
    P.append((Doc().add("Kami memohon agar perbaikan permanen segera dianggarkan dan dikerjakan sebelum musim hujan berikutnya, "
                        "serta agar pengawasan kendaraan bermuatan lebih ditegakkan. Kami siap mendampingi petugas di lapangan.\n\n"
                        "Hormat kami,\nWarga $rt", rt=NM(rtx)), False))
    return fit_long(g, P)


def panjang_n_dukcapil(g):
    T = g.chrono(10, 2023, 2025)
    P = []
    P.append((Doc().add("Yth. Inspektorat dan Ombudsman,\n\nLaporan ini merangkum keluhan warga $kota tentang layanan administrasi "
                        "kependudukan selama $n bulan terakhir. Nama pelapor tidak kami cantumkan atas permintaan warga.",
                        kota=g.kota(), n=g.ri(6, 14)), False))
    P.append((Doc().add("$t1: Blangko KTP-el habis. Warga hanya diberi surat keterangan pengganti yang berlaku $h hari. Antrean di "
                        "kantor Dukcapil di $office mencapai $a orang per hari, sebagian datang sejak pukul $j.",
                        t1=T[0], h=g.c([30, 60, 180]), office=g.office("dukcapil"), a=g.ri(150, 600),
                        j=f"0{g.ri(3, 6)}.00"), False))
    P.append((Doc().add("$t2: Sistem daring untuk pengurusan akta kelahiran dan KIA tidak bisa diakses. Call center $hot menyatakan "
                        "server sedang pemeliharaan. Aduan warga dicatat dengan nomor $tk.",
                        t2=T[1], hot=g.hotline("dukcapil"), tk=g.tiket()), False))
    P.append((Doc().add("$t3: Ditemukan pungutan $rp untuk \u201cpercepatan\u201d pencetakan KTP-el di loket. Menurut $reg layanan "
                        "administrasi kependudukan tidak dipungut biaya. Warga yang menolak membayar diminta kembali minggu depan.",
                        t3=T[2], rp=g.rp(50000, 300000, 25000), reg=g.nm("UU No. 24 Tahun 2013")), False))
    P.append((Doc().add("$t4: Banyak warga mendapati NIK tidak padan saat mendaftar JKN, bansos, dan sekolah. Petugas menyatakan "
                        "data sedang dimutakhirkan secara nasional. Warga yang NIK-nya sudah benar pun tetap ditolak.",
                        t4=T[3]), False))
    P.append((Doc().add("$t5: Sebanyak $kk KK di $rt belum menerima KK baru setelah pemekaran kelurahan. Surat edaran nomor $s "
                        "menjanjikan pencetakan massal paling lambat $t6, tetapi belum terlaksana.",
                        t5=T[4], kk=g.ri(100, 900), rt=g.rt_place(), s=g.surat("Disdukcapil"),
                        t6=T[5]), True))
    P.append((Doc().add("$t7: Layanan jemput bola untuk lansia dan penyandang disabilitas dihentikan dengan alasan anggaran. Padahal "
                        "ada $n lansia usia di atas $u tahun yang belum memiliki KTP-el.",
                        t7=T[6], n=g.ri(50, 400), u=g.c([70, 75, 80])), True))
    P.append((Doc().add("$t8: Pengaduan melalui $mail dan $h tidak mendapat balasan lebih dari $h2 hari kerja, melampaui standar "
                        "pelayanan sesuai $reg.", t8=T[7], mail=g.inst_mail("lapor"), h=g.inst_handle("dukcapil"),
                        h2=g.ri(14, 60), reg=g.nm("Perpres 76/2013")), True))
    P.append((Doc().add("$t9: Kantor kecamatan menolak melayani pindah datang karena aplikasi SIAK terkunci. Warga diarahkan ke kantor "
                        "kabupaten yang berjarak $km km, dengan ongkos angkutan sekitar $rp sekali jalan.",
                        t9=T[8], km=g.ri(20, 80), rp=g.rp(20000, 80000, 5000)), True))
    P.append((Doc().add("Kami mohon pemeriksaan atas pungutan di loket, kepastian ketersediaan blangko, dan pemulihan layanan daring. "
                        "Laporan ini juga kami kirim ke DPRD sebagai bahan rapat dengar pendapat tanggal $t.\n\nForum Warga Peduli "
                        "Pelayanan Publik", t=T[9]), False))
    return fit_long(g, P)


def panjang_n_rs(g):
    bodies = [
        lambda t: Doc().add("$t: Jadwal hemodialisis dikurangi dari dua kali menjadi satu kali seminggu untuk $n pasien dengan alasan "
                            "mesin rusak. Teknisi dari vendor baru datang $h hari kemudian, dan selama itu pasien yang sesak napas "
                            "diarahkan ke IGD.", t=t, n=g.ri(10, 40), h=g.ri(3, 14)),
        lambda t: Doc().add("$t: Pasien diminta membeli sendiri selang dan dialyzer seharga $rp per tindakan, padahal bahan habis "
                            "pakai itu sudah termasuk paket INA-CBG sesuai $reg. Kuitansi yang diberikan hanya tulisan tangan.",
                            t=t, rp=g.rp(150000, 900000, 10000), reg=g.nm("Permenkes No. 3 Tahun 2023")),
        lambda t: Doc().add("$t: Antrean pendaftaran dibuka pukul $j, tetapi nomor antrean sampai $a sudah habis dibagikan sebelum "
                            "loket buka. Keluhan hanya dicatat satpam di buku tamu tanpa nomor pengaduan.",
                            t=t, j=f"0{g.ri(4, 6)}.00", a=g.nm(f"HD-{g.ri(1, 60):03d}")),
        lambda t: Doc().add("$t: Seorang pasien lansia usia $u tahun pingsan di ruang tunggu yang tidak ber-AC. Perawat jaga hanya "
                            "dua orang untuk $n tempat tidur, sehingga pertolongan pertama terlambat hampir $m menit.",
                            t=t, u=g.ri(60, 85), n=g.ri(20, 40), m=g.ri(10, 30)),
        lambda t: Doc().add("$t: Pengaduan ke Care Center $hot mendapat nomor $tk, lalu ditutup sepihak dengan status "
                            "\u201cselesai\u201d tanpa konfirmasi kepada pelapor.", t=t, hot=g.hotline("bpjs"), tk=g.tiket()),
        lambda t: Doc().add("$t: Rujukan balik ke FKTP ditolak puskesmas karena stok $ob habis. Pasien terpaksa membeli di apotek "
                            "luar sekitar $rp per bulan, padahal obat itu tercantum di Formularium Nasional.",
                            t=t, ob=g.c(["eritropoietin", "asam folat", "kalsium karbonat"]), rp=g.rp(300000, 1500000, 10000)),
        lambda t: Doc().add("$t: Rapat dengan manajemen rumah sakit menghasilkan notulen nomor $s yang menjanjikan penambahan $m "
                            "mesin hemodialisis paling lambat bulan $bln. Sampai laporan ini dibuat, belum ada mesin baru.",
                            t=t, s=g.surat("RS"), m=g.ri(2, 8), bln=g.c(MONTHS)),
        lambda t: Doc().add("$t: Surat paguyuban ke $mail belum dibalas. Kami juga menandai $h di media sosial dengan bukti foto "
                            "ruang tunggu dan daftar antrean.", t=t, mail=g.inst_mail("bpjs"), h=g.inst_handle("bpjs")),
        lambda t: Doc().add("$t: Iuran peserta mandiri kelas 3 naik menjadi $rp, tetapi pelayanan tidak membaik. Beberapa anggota "
                            "paguyuban menunggak karena ongkos transportasi ke rumah sakit mencapai $rp2 sekali jalan.",
                            t=t, rp=g.nm("Rp 42.000"), rp2=g.rp(30000, 120000, 5000)),
        lambda t: Doc().add("$t: Listrik rumah sakit padam $m menit saat tindakan berlangsung dan genset terlambat menyala. Dua "
                            "mesin berhenti di tengah proses sehingga darah pasien harus dikembalikan secara manual.",
                            t=t, m=g.ri(10, 45)),
        lambda t: Doc().add("$t: Dinas Kesehatan $kota melakukan kunjungan dan meminta rumah sakit menyusun rencana perbaikan dalam "
                            "$h hari. Surat dinas nomor $s ditembuskan kepada paguyuban.", t=t, kota=g.kota(), h=g.ri(14, 30),
                            s=g.surat("Dinkes")),
    ]
    g.r.shuffle(bodies)
    T = g.chrono(len(bodies), 2024, 2025)
    P = [(Doc().add("Kepada Direktur $rs dan BPJS Kesehatan,\n\nKami, paguyuban pasien cuci darah, menyampaikan kronologi keluhan "
                    "layanan hemodialisis. Identitas pasien sengaja tidak kami sertakan dalam laporan ini.", rs=g.rs()), False)]
    for i, b in enumerate(bodies):
        P.append((b(T[i]), i >= 5))
    P.append((Doc().add("Kami memohon penambahan mesin dan perawat, penghentian pungutan bahan habis pakai, dan sistem antrean "
                        "yang transparan. Kontak paguyuban melalui sekretariat di $office.\n\nHormat kami,\nPaguyuban Pasien HD",
                        office=g.office("rs")), False))
    return fit_long(g, P)


# ---- 16. pendek (< 80 characters) ---------------------------------------------------------

def pendek(g):
    p = g.person(born=(1950, 2004))
    x = g.person(born=(1970, 2000), sex="L")
    opts = [
        lambda: Doc().add("NIK $n ditolak saat daftar PPDB. Tolong cek.", n=g.nik(p)),
        lambda: Doc().add("Ojol $pl ugal2an di $h!", pl=g.plate(x), h=g.hero()),
        lambda: Doc().add("Nomor $hp penipu ngaku petugas PLN.", hp=g.hp(x)),
        lambda: Doc().add("$n blm terima gaji 2 bln. WA $hp", n=g.name(p, "call"), hp=g.hp(p)),
        lambda: Doc().add("Akun $h nyebar data KTP warga!", h=g.handle(x)),
        lambda: Doc().add("Email sy $m ga dibalas BPJS.", m=g.email(p)),
        lambda: Doc().add("Paspor $ps hilang di bandara, mohon bantu.", ps=g.passport(p)),
        lambda: Doc().add("KIS $b tdk aktif, ibu sy sakit.", b=g.bpjs(p)),
        lambda: Doc().add("Oknum NIP $n minta pungli.", n=g.nip(x)),
        lambda: Doc().add("KK $k belum diupdate Dukcapil.", k=g.kk(p)),
        lambda: Doc().add("NPWP $n error terus di Coretax.", n=g.npwp(p, g.c(["old", "plain"]))),
        lambda: Doc().add("Sy $n, lahir $d, tdk ada di DPT.", n=g.name(p, "call"), d=g.dob(p, g.c(["dash", "slash2", "dash2"]))),
        lambda: Doc().add("Tlg cek rek $b $a, penipu.", b=g.c(["BCA", "BNI", "BSI"]), a=g.bank(x, "BCA")[1]),
        lambda: Doc().add("Pak RT $n minta uang surat pindah \U0001F621", n=g.name(x, "call")),
        lambda: Doc().add("Alamat sy $a, air mati 5 hari.", a=g.addr(p)),
        lambda: Doc().add("Telp rumah $t diteror debt collector.", t=g.tel(p)),
        lambda: Doc().add("Bus $pl ngebut di tol, sopir $n.", pl=g.plate(x), n=g.name(x, "call")),
    ]
    return g.c(opts)()


def pendek_n(g):
    opts = [
        lambda: Doc().add("Lampu jalan mati di $rt sejak $t.", rt=g.rt_place(), t=g.tgl(2024, 2025)),
        lambda: Doc().add("Tiket $t belum direspons.", t=g.tiket()),
        lambda: Doc().add("Call center $h tidak bisa dihubungi.", h=g.hotline(g.c(["pln", "kai", "bpjs", "dukcapil"]))),
        lambda: Doc().add("NIK saya sudah benar, kenapa ditolak?"),
        lambda: Doc().add("LPG 3 kg $rp di pangkalan, mahal!", rp=g.rp(25000, 32000, 1000)),
        lambda: Doc().add("$h km $k berlubang parah.", h=g.hero(), k=g.ri(2, 40)),
        lambda: Doc().add("Antre di $r dari jam 5 pagi.", r=g.rs()),
        lambda: Doc().add("Sudah kirim ke $m, belum dibalas.", m=g.inst_mail()),
        lambda: Doc().add("Laporan $t16 statusnya macet.", t16=g.tiket16()),
        lambda: Doc().add("Pungli $rp di loket Samsat.", rp=g.rp(50000, 300000, 10000)),
        lambda: Doc().add("KRL telat 40 menit lagi, tgl $t.", t=g.tgl(2024, 2025)),
        lambda: Doc().add("Ibu saya usia $u thn ditolak puskesmas.", u=g.ri(65, 90)),
        lambda: Doc().add("Perkara $p kapan dieksekusi?", p=g.perkara()),
        lambda: Doc().add("$kk KK di desa kami belum dapat BLT.", kk=g.nm(f"{g.ri(1, 3)}.{g.ri(100, 999)}")),
    ]
    return g.c(opts)()


# ----------------------------------------------------------------------------------------
# Style registry and post-processing
# ----------------------------------------------------------------------------------------

REGISTRY = {
    "ppdb": ([ppdb_1, ppdb_2, ppdb_3, ppdb_4, ppdb_5, ppdb_6, ppdb_7], [ppdb_n1, ppdb_n2, ppdb_n3, ppdb_n4]),
    "pertanahan": ([tanah_1, tanah_2, tanah_3, tanah_4, tanah_5, tanah_6], [tanah_n1, tanah_n2, tanah_n3]),
    "lapas": ([lapas_1, lapas_2, lapas_3, lapas_4, lapas_5, lapas_6], [lapas_n1, lapas_n2, lapas_n3]),
    "buruh": ([buruh_1, buruh_2, buruh_3, buruh_4, buruh_5, buruh_6], [buruh_n1, buruh_n2, buruh_n3]),
    "utilitas": ([util_1, util_2, util_3, util_4, util_5, util_6], [util_n1, util_n2, util_n3]),
    "transportasi": ([trans_1, trans_2, trans_3, trans_4, trans_5, trans_6, trans_7], [trans_n1, trans_n2, trans_n3]),
    "pemilu": ([pemilu_1, pemilu_2, pemilu_3, pemilu_4, pemilu_5, pemilu_6], [pemilu_n1, pemilu_n2, pemilu_n3]),
    "kesehatan": ([kes_1, kes_2, kes_3, kes_4, kes_5, kes_6], [kes_n1, kes_n2, kes_n3]),
    "wawancara": ([wawancara_1, wawancara_2, wawancara_3, wawancara_4, wawancara_5], [wawancara_n1, wawancara_n2]),
    "formulir": ([formulir_1, formulir_1, formulir_1, formulir_2], [formulir_n1, formulir_n2]),
    "markdown": ([md_1, md_2, md_3, md_4, md_5, md_6], [md_n1, md_n2, md_n3]),
    "krama": ([krama_jv_krama, krama_jv_ngoko, krama_sunda, krama_madura, krama_minang, krama_banjar, krama_bugis,
               krama_papua, krama_jv_krama2], [krama_n1, krama_n2, krama_n3, krama_n4, krama_n5]),
    "kapital": ([kap_1, kap_2, kap_3, kap_4, kap_5, buruh_2, tanah_3, pemilu_2], [kap_n1, kap_n2, kap_n3, lapas_n3]),
    "kecil": ([kec_1, kec_2, kec_3, kec_4, kec_5, kes_1, util_3, pemilu_1, trans_5], [kec_n1, kec_n2, kec_n3, util_n3]),
    "panjang": ([panjang_tanah, panjang_sosial, panjang_buruh], [panjang_n_jalan, panjang_n_dukcapil, panjang_n_rs]),
    "pendek": ([pendek], [pendek_n]),
}

ABBR = [("yang", "yg"), ("tidak", "gak"), ("sudah", "udh"), ("saya", "sy"), ("dengan", "dgn"), ("untuk", "utk"),
        ("tolong", "tlg"), ("karena", "krn"), ("belum", "blm"), ("juga", "jg"), ("sama", "sm"), ("lagi", "lg"),
        ("dari", "dr"), ("nomor", "no"), ("tanggal", "tgl"), ("terima kasih", "makasih"), ("sekarang", "skrg"),
        ("padahal", "pdhl"), ("bulan", "bln"), ("hari", "hr"), ("mohon", "mhn"), ("rumah", "rmh")]


def kecil_plain(g):
    def fn(s):
        if not s.strip():
            return s
        lead = s[:len(s) - len(s.lstrip())]
        trail = s[len(s.rstrip()):]
        core = s.strip()
        for a, b in ABBR:
            if g.p(0.7):
                core = re.sub(r"\b%s\b" % a, b, core, flags=re.I)
        core = re.sub(r"[.,;](?= |$)", lambda m: "" if g.p(0.5) else m.group(0), core)
        words = core.split(" ")
        out = []
        for i, w in enumerate(words):
            if len(w) >= 6 and w.isalpha() and g.p(0.06):
                j = g.ri(1, len(w) - 2)
                w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            out.append(w)
        core = ""
        for i, w in enumerate(out):
            if i:
                core += "" if (g.p(0.05) and out[i - 1].isalpha() and w.isalpha()) else " "
            core += w
        return lead + core + trail
    return fn


def finish(g, style, doc):
    if style == "kapital":
        doc.map_case(str.upper)
    elif style == "kecil":
        doc.map_case(str.lower, kecil_plain(g))
    return doc


# ----------------------------------------------------------------------------------------
# Validation
# ----------------------------------------------------------------------------------------

NAME_STOP = {"anak", "agung", "ida", "bagus", "gusti", "ngurah", "ayu", "putu", "made", "gede", "gde", "wayan", "nyoman",
             "ketut", "kadek", "komang", "luh", "cokorda", "istri", "teuku", "tengku", "andi", "binti", "boru", "muh.",
             "abd.", "st.", "moh.", "ach.", "muhammad", "ahmad", "siti", "sitti", "abdul", "putra", "the", "bin", "br.",
             "daeng", "datuak", "rajo", "sutan", "malin", "basa"}
RX_DIGITS = re.compile(r"\+?\d[\d .\-()]*\d")
RX_PLATE = re.compile(r"(?<![A-Za-z0-9])([A-Z]{1,2})[ -]?(\d{1,4})[ -]?([A-Z]{1,3})(?![A-Za-z0-9])")
RX_MOBILE = re.compile(r"(?<!\d)(?:\+?62|0)[\s\-.]?8\d{2}[\s\-.]?\d{3,4}")
RX_LAND = re.compile(r"\(0\d{2,3}\)\s?\d{3}|(?<!\d)0\d{2,3}-\d{5,8}(?!\d)")
RX_PASS = re.compile(r"(?<![A-Za-z0-9])[A-Z] ?\d{7}(?!\d)")
RX_DOBCUE = re.compile(r"(?i)\b(lahir|lahia|lair|miyos|ttl|dob|birth|lahir-na)\b[^\n\d§]{0,20}(?<!\d)\d{1,2}(?:[ ./\-]\d{1,2}|\s+[A-Za-z]{3,})")
PLATE_STOP = {"RT", "RW", "NO", "KM", "DI", "KE", "SD", "JL", "GG", "TPS", "UU", "PP", "PM", "HD", "B.I", "A", "I", "II", "DAN",
              "TH", "SMA", "SMP", "SMK", "KK", "PN", "PA", "C", "M"}


def mask(text, ranges):
    t = list(text)
    for s, e in ranges:
        for i in range(s, e):
            t[i] = "§"
    return "".join(t)


def check_value(lab, v):
    d = re.sub(r"\D", "", v)
    if lab == "NIK":
        if len(d) not in (15, 16, 17):
            return "NIK length"
        if len(d) == 16 and (int(d[:2]) not in VALID_PROV or not (1 <= int(d[8:10]) <= 12) or
                             not (1 <= int(d[6:8]) <= 31 or 41 <= int(d[6:8]) <= 71)):
            return "NIK structure"
    elif lab == "KK":
        if len(d) != 16 or int(d[:2]) not in VALID_PROV or not (1 <= int(d[6:8]) <= 31):
            return "KK structure"
    elif lab == "NIP":
        if len(d) != 18 or d[14] not in "12":
            return "NIP structure"
    elif lab == "BPJS":
        if len(d) != 13 or not d.startswith("000"):
            return "BPJS structure"
    elif lab == "PASSPORT":
        if not re.fullmatch(r"[A-Z] ?\d{7}", v):
            return "passport"
    elif lab == "NPWP":
        if len(d) not in (15, 16):
            return "NPWP length"
    elif lab == "BANK_ACCOUNT":
        if not 10 <= len(d) <= 16:
            return "bank length"
    elif lab == "PLATE":
        if not re.fullmatch(r"[A-Za-z]{1,2}[ -]?\d{1,4}[ -]?[A-Za-z]{1,3}", v):
            return "plate"
    elif lab == "HANDLE":
        if not v.startswith("@"):
            return "handle"
    elif lab == "PHONE":
        if d and not 9 <= len(d) <= 14:
            return "phone length"
    return None


def validate(style, pii, text, spans, nms, people):
    errs = []
    last = 0
    for s, e, lab, v in spans:
        if not (0 <= s < e <= len(text)):
            errs.append("range")
            continue
        if text[s:e] != v:
            errs.append("value mismatch")
        if s < last:
            errs.append("overlap")
        last = e
        if v != v.strip():
            errs.append("edge whitespace")
        if s > 0 and text[s - 1].isalnum():
            errs.append(f"glued left {v!r}")
        if e < len(text) and text[e].isalnum():
            errs.append(f"glued right {v!r}")
        ce = check_value(lab, v)
        if ce:
            errs.append(f"{ce}: {v!r}")
    if pii and not spans:
        errs.append("no spans in PII text")
    if not pii and spans:
        errs.append("spans in PII-free text")
    if len(text.encode("utf-8")) > 4096:
        errs.append("too many bytes")
    if style == "pendek" and len(text) >= 80:
        errs.append("pendek too long")
    if style == "panjang" and not (2000 <= len(text) <= 3800):
        errs.append(f"panjang length {len(text)}")
    m = mask(text, [(s, e) for s, e, _, _ in spans] + nms)
    for x in RX_DIGITS.finditer(m):
        if len(re.sub(r"\D", "", x.group(0))) >= 9:
            errs.append(f"digit run {x.group(0)!r}")
    if "@" in m:
        errs.append("stray @")
    up = m.upper() if style in ("kecil",) else m
    for x in RX_PLATE.finditer(up):
        if x.group(1) not in PLATE_STOP and x.group(3) not in PLATE_STOP:
            errs.append(f"plate-like {x.group(0)!r}")
    for rx, nm_ in ((RX_MOBILE, "mobile-like"), (RX_LAND, "landline-like"), (RX_PASS, "passport-like"), (RX_DOBCUE, "dob cue")):
        for x in rx.finditer(m):
            errs.append(f"{nm_} {x.group(0)!r}")
    seen = set()
    for p in people:
        toks = [p.name, p.call] + p.name.split()
        for t in toks:
            tl = t.lower()
            if tl in seen or tl in NAME_STOP or (len(t) < 4 and t != p.name):
                continue
            seen.add(tl)
            if re.search(r"(?<![A-Za-z])%s(?![A-Za-z])" % re.escape(t), m, flags=re.I):
                errs.append(f"name outside span {t!r}")
    return errs


# ----------------------------------------------------------------------------------------
# Main
# ----------------------------------------------------------------------------------------

def generate():
    g = G(SEED)
    records = []
    texts = set()
    all_people = []
    for style in STYLES:
        pii_t, nopii_t = REGISTRY[style]
        plan = []
        order = list(pii_t) * (20 // len(pii_t) + 1)
        order = order[:20]
        g.r.shuffle(order)
        plan += [(t, True) for t in order]
        order = (list(nopii_t) * 5)[:5]
        plan += [(t, False) for t in order]
        for tmpl, pii in plan:
            for attempt in range(300):
                g.people = []
                g.used = set()
                doc = finish(g, style, tmpl(g))
                text, spans, nms = doc.build()
                errs = validate(style, pii, text, spans, nms, g.people)
                if text in texts:
                    errs.append("duplicate text")
                if not errs:
                    break
                if os.environ.get("T22_DEBUG"):
                    print(style, tmpl.__name__, errs[:3], file=sys.stderr)
                if attempt == 299:
                    raise SystemExit(f"{style}/{tmpl.__name__}: cannot draw a valid text: {errs}\n{text}")
            texts.add(text)
            all_people.extend(g.people)
            records.append({"style": style, "text": text,
                            "spans": [{"start": s, "end": e, "label": l} for s, e, l, _ in spans],
                            "_nms": nms})
    # global check: no full name of any person used anywhere appears outside spans anywhere
    names = sorted({p.name for p in all_people if len(p.name.split()) >= 2})
    rx = re.compile(r"(?<![A-Za-z])(?:%s)(?![A-Za-z])" % "|".join(re.escape(n) for n in names), re.I)
    for r in records:
        m = mask(r["text"], [(s["start"], s["end"]) for s in r["spans"]] + r["_nms"])
        hit = rx.search(m)
        if hit:
            raise SystemExit(f"pooled name outside span: {hit.group(0)!r} in {r['text'][:80]!r}")
    g.r.shuffle(records)
    out = []
    for i, r in enumerate(records, 1):
        out.append({"id": f"t22-{i:04d}-{r['style']}", "text": r["text"], "spans": r["spans"]})
    return out


def main():
    recs = generate()
    self_score(recs)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "--stats" in sys.argv:
        from collections import Counter
        lab = Counter(s["label"] for r in recs for s in r["spans"])
        st = Counter(r["id"].split("-", 2)[2] for r in recs)
        nopii = Counter(r["id"].split("-", 2)[2] for r in recs if not r["spans"])
        sp = Counter()
        for r in recs:
            sp[r["id"].split("-", 2)[2]] += len(r["spans"])
        print("texts", len(recs), "spans", sum(lab.values()), "no-PII", sum(nopii.values()))
        for l in LABELS:
            print(f"  {l:14s} {lab[l]}")
        for s in STYLES:
            ls = [len(r["text"]) for r in recs if r["id"].endswith("-" + s)]
            print(f"  {s:13s} texts {st[s]} no-PII {nopii[s]} spans {sp[s]} chars {min(ls)}-{max(ls)}")
    print(f"wrote {len(recs)} records to {OUT}")


def self_score(recs):
    """Score the gold file against itself with the shared scorer: must be perfect, no false alarms."""
    path = os.environ.get("PII_SCORE", "/work/shared/pii/score.py")
    if not os.path.exists(path):
        print(f"self-score skipped ({path} not found)")
        return
    import importlib.util
    sys.dont_write_bytecode = True  # do not leave a __pycache__ beside the shared scorer
    spec = importlib.util.spec_from_file_location("pii_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    res = mod.score(recs, [{"id": r["id"], "spans": r["spans"]} for r in recs])
    o = res["overall"]
    ok = (o["exact_strict"]["f1"] == 1.0 and o["char_coarse"]["leak"] == 0.0 and o["nopii_false_alarm_rate"] == 0.0
          and o["nopii_texts"] == 80 and res["n_texts"] == 400)
    print(f"self-score: exact F1 {o['exact_strict']['f1']:.3f}, char leak {o['char_coarse']['leak']:.3f}, "
          f"no-PII false alarms {o['nopii_false_alarm_rate']:.3f} of {o['nopii_texts']}")
    if not ok:
        raise SystemExit("self-score is not perfect")


if __name__ == "__main__":
    main()
