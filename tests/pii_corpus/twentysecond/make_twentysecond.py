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
COMPLEX = W("Griya Asri|Bumi Indah Permai|Graha Mutiara|Puri Harmoni|Taman Cibodas|Citra Garden|Villa Bukit Mas|"
            "Bukit Sanur Permai|Griya Permai|Tamalanrea Indah|Pondok Hijau|Bumi Sentosa|Palem Raya|Mutiara Biru")
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
        m2=W("Chaniago|Piliang|Sikumbang|Jambak|Anwar|Datuak Rajo|Malin|Sutan Basa"),
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
    call = toks[1] if toks[0] in ("Andi", "Muh.", "Abd.", "St.") and len(toks) > 1 else toks[0]
    return full, call


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
        full = r.choice(W("Ahmad Rifani|Mahlianor|Jumberi|Fahrurrazi|Syahriannor|Rahmadi Noor|Gusti Rusdiansyah|Muhammad Iberahim|Anang Sugianor"))
    else:
        full = r.choice(W("Siti Rusdiana|Mahrita|Norhayati|Rusmini|Jamilah Hasan|Masitah|Noorlaila|Galuh Rahmah|Aluh Sarifah"))
    toks = full.split()
    return full, toks[-1] if toks[0] in ("Ahmad", "Siti", "Muhammad", "Gusti", "Galuh", "Aluh", "Anang") else toks[0]


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
        p.name, p.call = make_name(self.r, p.trad, p.sex)
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
        if parent.trad == "batak":  # children carry the marga
            marga = parent.name.split()[-1]
            first = c.name.split()[0]
            c.name = f"{first} {marga}" if c.sex == "L" else f"{first} br. {marga}"
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
            mistype = self.p(0.045)
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
            p._cache["npwp"] = f"{self.ri(4, 9):02d}{self.digits(7)}{self.ri(0, 9)}{self.ri(401, 999):03d}000"
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
        k = self.c(["jl"] * 6 + ["jlgg"] * 3 + ["perum", "perum", "komp", "btn", "dusun", "kp", "lr", "jorong"])
        if p.trad == "minang" and self.p(0.5):
            k = "jorong"
        if p.trad == "aceh" and self.p(0.4):
            k = "lr"
        if p.trad == "sunda" and self.p(0.3):
            k = "kp"
        if p.trad == "bugis" and self.p(0.3):
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
        return lead + self.c([f"{kind} {p.kel}, {city}", f"{kind} {p.kel}, Kec. {p.kel.split()[0]}, {city}",
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
            d = rand_date(self.r, 2023, 2025)
            return NM(f"{d:%Y%m%d}{self.digits(8)}")
        if f == 3:
            return NM(f"LPR-{self.ri(2023, 2025)}-{self.ri(1, 99999):05d}")
        if f == 4:
            return NM(f"REG-{rand_date(self.r, 2023, 2025):%Y%m%d}-{self.ri(1, 999):04d}")
        return NM(f"#{self.ri(1000000, 9999999)}")

    def tiket16(self):
        d = rand_date(self.r, 2023, 2025)
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
        opts = {"lapor": ["SMS 1708", "1708", "WhatsApp 08112131708"], "pln": ["PLN 123", "call center 123", "(kode area) 123"],
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
        return NM(fmt_date(d, form or self.c(["long", "long", "long", "dash", "slash", "abbr"])))

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
        "Saya menolak, tapi khawatir banyak orang tua lain yang sudah membayar.\n\nPelapor: $par, email $mail",
        calo=g.name(calo, "call"), lvl=lvl, n=g.ri(1, 20), ch=g.name(ch), rp=g.rp(3000000, 15000000, 500000),
        bank=bank, acc=acc, calo2=g.name(calo, case=g.c([None, "upper"])), chp=g.hp(calo), par=g.name(par),
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
        "Lapor 🙏 operator sekolah $lvl Negeri $n atas nama $op salah input titik rumah kami, jadi jaraknya tercatat $km km. "
        "Rumah kami di $addr, bukan di $hero. Sudah saya bawa KK ($kk) dan foto rumah, tapi dia bilang \u201csistem sudah dikunci\u201d. "
        "Data anak: $ch, TTL $bp, $dob. Nomor WA saya $hp \u2013 $par.",
        lvl=lvl, n=g.ri(1, 25), op=g.name(op), km=f"{g.ri(2, 6)},{g.ri(1, 9)}", addr=g.addr(par), hero=g.hero(),
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
        "$ahp, tapi sekarang tidak bisa dihubungi. Kami sudah lapor ke BP2MI dengan nomor $tiket. Mohon dibantu pemulangan. "
        "Saya $me, telp $hp.",
        sis=g.name(sis), neg=g.c(["Malaysia", "Arab Saudi", "Taiwan", "Hong Kong", "Kamboja"]), ag=g.name(ag),
        pas=g.passport(sis), n=g.ri(3, 14), addr=g.addr(ag), area=g.area(ag), ahp=g.hp(ag), tiket=g.tiket(),
        me=g.name(me), hp=g.hp(me))


def buruh_5(g):
    me = g.person(born=(1975, 1998), sex="L")
    own = g.person(born=(1955, 1985))
    return Doc().add(
        "Saya bekerja sebagai penjaga gudang milik $hon $own di $addr$area sejak $yr. Upah saya $rp per bulan, di bawah UMK "
        "$umk. Saya juga tidak didaftarkan BPJS, padahal pernah kecelakaan kerja tanggal $tgl dan berobat dengan biaya sendiri. "
        "Waktu saya minta hak, $own2 mengancam memecat. Saya $me, NIK $nik, HP $hp.",
        hon=g.hon(own), own=g.name(own), addr=g.addr(own), area=g.area(own), yr=g.ri(2015, 2021),
        rp=g.rp(1200000, 2200000, 50000), umk=g.rp(2500000, 5200000, 1000), tgl=g.tgl(2023, 2025),
        own2=g.name(own, "call"), me=g.name(me), nik=g.nik(me), hp=g.hp(me))


def buruh_6(g):
    me = g.person(born=(1975, 1998))
    med = g.person(born=(1970, 1990))
    hrd = g.person(born=(1975, 1992))
    return Doc().add(
        "Risalah mediasi di Disnaker tanggal $tgl tidak mencatat keterangan saya dengan benar. Mediator, $hon $med (NIP $nip), "
        "menulis bahwa saya \u201cmengundurkan diri\u201d, padahal saya di-PHK lisan oleh manajer $hrd. Saksi rekan kerja saya, "
        "$w, bisa dihubungi di $whp. Saya minta risalah diperbaiki sebelum perkara didaftarkan ke PHI. Pelapor $me, email "
        "$mail.",
        tgl=g.tgl(2024, 2025), hon=g.hon(med), med=g.name(med), nip=g.nip(med), hrd=g.name(hrd),
        w=g.name(g.person(born=(1980, 2000))), whp=None, me=g.name(me), mail=g.email(me))


def buruh_6_fix(g):
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
        "aktif. Saya $me, bisa dihubungi di $tel.",
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
        "melintang di atas atap rumah saya dan sudah dua kali memercikkan api. Petugas P2TL sudah pernah datang tanggal $tgl "
        "tapi tidak ada tindakan. Saya $me, rumah persis di sebelahnya. HP $hp.",
        nb=g.name(nb), addr=g.addr(nb), tgl=g.tgl(2024, 2025), me=g.name(me), hp=g.hp(me))


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
        po=g.c(["Sinar Jaya Abadi", "Harapan Baru", "Rosalia Indah Sari", "Pahala Mulya", "Lorena Karya"]) if False else g.c(["Sumber Makmur", "Harapan Baru", "Pahala Mulya", "Karya Mulia", "Lintas Utara"]),
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
        "tengah jalan. Tolong aplikator menindak mitra ini. $me, $mail",
        app=g.c(["Maxim", "Grab", "Gojek", "inDrive"]), tgl=g.tgl(2024, 2025), dr=g.name(dr), p1=g.plate(dr), p2=g.plate(),
        me=g.name(me), mail=g.email(me))


def trans_n1(g):
    return Doc().add(
        "Kereta $ka tanggal $tgl terlambat $jam jam tanpa pengumuman. Penumpang di stasiun $st tidak mendapat kompensasi sesuai "
        "$reg. Contact center $hot hanya membalas template. Tiket saya kelas ekonomi seharga $rp, kode booking $kode. "
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
