#!/usr/bin/env python3
"""Generate eighth.jsonl: informal (chat / social media / SMS) Indonesian complaint texts
with gold PII spans, written to the annotation guide.

Standard library only, fixed seed, deterministic.  Every text is assembled from pieces:
plain strings (which may hold slang tokens such as {sy}, {tdk}, {e}) and (value, LABEL)
tuples.  Offsets are computed while joining, so they are right by construction; validate()
re-checks everything before the file is written.

    python3 tests/pii_corpus/eighth/make_eighth.py
"""
import datetime
import json
import os
import random
import re
from collections import Counter

SEED = 80808
R = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "eighth.jsonl")
N_TEXTS = 400

LABELS = {"NIK", "KK", "NPWP", "PHONE", "EMAIL", "PLATE", "BANK_ACCOUNT", "PASSPORT",
          "BPJS", "NIP", "PERSON", "ADDRESS", "DATE_OF_BIRTH", "HANDLE"}
NM = "_NM"   # a near-miss value that is deliberately NOT PII (e.g. a 16-digit ticket number)


def ch(*a):
    return R.choice(a)


def opt(p, x):
    return x if R.random() < p else ""


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


# --------------------------------------------------------------------------- slang
# token: (standard forms, slang forms)
SL = {
    "sy": (["saya"], ["sy", "sya", "aq", "aku", "gw", "gue", "sy", "saya"]),
    "yg": (["yang"], ["yg", "yg", "yng"]),
    "dgn": (["dengan"], ["dgn", "dg", "sama"]),
    "tdk": (["tidak"], ["gak", "ga", "tdk", "gk", "nggak", "ngga", "g"]),
    "udh": (["sudah"], ["udh", "udah", "sdh", "dah", "udahh"]),
    "blm": (["belum"], ["blm", "blom", "belom"]),
    "bgt": (["sekali"], ["bgt", "banget", "bangettt", "bgtt"]),
    "tlg": (["tolong", "mohon"], ["tlg", "tolong", "tolongg", "tolonggg", "tlong"]),
    "mksh": (["terima kasih"], ["mksh", "makasih", "makasi", "mkasih", "thx", "trims", "makasiii"]),
    "bsk": (["besok"], ["bsk", "besok", "besuk"]),
    "kmrn": (["kemarin"], ["kmrn", "kemaren", "kmaren", "kmarin"]),
    "dr": (["dari"], ["dr", "dari", "dri"]),
    "sm": (["sama"], ["sm", "sama", "ama"]),
    "jg": (["juga"], ["jg", "juga", "jga"]),
    "krn": (["karena"], ["krn", "karna", "krna", "soalnya"]),
    "bkn": (["bukan"], ["bkn", "bukan", "bukn"]),
    "utk": (["untuk"], ["utk", "buat", "untk"]),
    "spt": (["seperti"], ["spt", "kayak", "kek", "kyk"]),
    "nmr": (["nomor"], ["nmr", "no", "nomer", "no."]),
    "almt": (["alamat"], ["almt", "alamat", "almat"]),
    "rmh": (["rumah"], ["rmh", "rumah", "rmah"]),
    "kel": (["kelurahan"], ["kel", "kel.", "kelurahan", "kelurhn"]),
    "kec": (["kecamatan"], ["kec", "kec.", "kecamatan"]),
    "gmn": (["bagaimana"], ["gmn", "gimana", "gmna", "gimanaa"]),
    "skrg": (["sekarang"], ["skrg", "skrng", "sekarang", "skr"]),
    "tp": (["tetapi", "tapi"], ["tp", "tapi", "tpi"]),
    "klo": (["kalau"], ["klo", "kalo", "klw", "kl"]),
    "emg": (["memang"], ["emg", "emang", "emng"]),
    "org": (["orang"], ["org", "orang"]),
    "lg": (["lagi"], ["lg", "lagi", "lgi"]),
    "bs": (["bisa"], ["bs", "bisa", "bsa"]),
    "hrs": (["harus"], ["hrs", "harus"]),
    "trs": (["terus"], ["trs", "terus", "trus"]),
    "sampe": (["sampai"], ["sampe", "smpe", "sampai", "ampe"]),
    "dpt": (["dapat"], ["dpt", "dapet", "dapat"]),
    "mhn": (["mohon"], ["mhn", "mohon"]),
    "gt": (["begitu"], ["gt", "gitu", "gtu"]),
    "aja": (["saja"], ["aja", "aj", "ajah"]),
    "bnyk": (["banyak"], ["byk", "bnyk", "banyak"]),
    "hr": (["hari"], ["hr", "hari"]),
    "bln": (["bulan"], ["bln", "bulan"]),
    "thn": (["tahun"], ["thn", "taun", "tahun"]),
    "pdhl": (["padahal"], ["pdhl", "padahal", "pdahal"]),
    "kpn": (["kapan"], ["kpn", "kapan"]),
    "knp": (["kenapa"], ["knp", "kenapa", "napa"]),
    "tgl": (["tanggal"], ["tgl", "tanggal", "tggl"]),
    "jd": (["jadi"], ["jd", "jadi", "jdi"]),
    "dtg": (["datang"], ["dtg", "dateng", "datang"]),
    "blg": (["bilang"], ["blg", "bilang"]),
    "bnr": (["benar"], ["bener", "bnr"]),
    "km": (["Anda"], ["km", "kamu", "lo", "lu", "kmu"]),
    "ortu": (["orang tua"], ["ortu", "orang tua"]),
    "tmn": (["teman"], ["tmn", "temen"]),
    "dl": (["dulu"], ["dl", "dulu", "dlu"]),
    "ni": (["ini"], ["ni", "ini", "nih"]),
    "tu": (["itu"], ["tu", "itu"]),
    "min": (["admin"], ["min", "mimin", "admin", "min"]),
    "bls": (["balas"], ["bls", "bales", "balas"]),
    "gpp": (["tidak apa-apa"], ["gpp", "gapapa", "ga papa"]),
    "sgt": (["sangat"], ["sgt", "sangat", "bgt"]),
}
CACHED = {"sy", "km"}
EMO = ["😭", "🙏", "😡", "🤬", "😤", "🙄", "😩", "💔", "🔥", "👍", "😅", "🥺", "😢", "‼️",
       "🤦‍♀️", "🤦‍♂️", "😒", "😑", "🙃", "😓", "👇", "👆", "⚠️", "🆘", "😠", "🥲", "😮‍💨", "🤔", "😞"]
EP = ["🙏", "🙏🙏", "🙏🏻", "🙏🙏🙏", "🙏🏼"]
EA = ["😡", "🤬", "😤", "😠", "😡😡", "🤬🤬"]
ES = ["😭", "😢", "🥺", "😩", "💔", "🥲", "😭😭"]

CTX = {"level": 1, "cache": {}, "senders": {}, "keep": []}


def _tok(m):
    t = m.group(1)
    if t == "e":
        return R.choice(EMO)
    if t == "ep":
        return R.choice(EP)
    if t == "ea":
        return R.choice(EA)
    if t == "es":
        return R.choice(ES)
    if t not in SL:
        raise KeyError("unknown slang token {%s}" % t)
    if t in CTX["cache"]:
        return CTX["cache"][t]
    std, slang = SL[t]
    p = (0.12, 0.55, 0.9)[CTX["level"]]
    v = R.choice(slang) if R.random() < p else R.choice(std)
    if t in CACHED:
        CTX["cache"][t] = v
    return v


def expand(s):
    return re.sub(r"\{(\w+)\}", _tok, s)


# --------------------------------------------------------------------------- area-level data
CITIES = ["Bekasi", "Depok", "Bogor", "Tangerang", "Tangsel", "Bandung", "Cimahi", "Garut",
          "Tasikmalaya", "Cirebon", "Semarang", "Solo", "Jogja", "Sleman", "Klaten", "Surabaya",
          "Sidoarjo", "Malang", "Kediri", "Jember", "Medan", "Binjai", "Padang", "Bukittinggi",
          "Pekanbaru", "Palembang", "Bandar Lampung", "Batam", "Pontianak", "Samarinda",
          "Balikpapan", "Banjarmasin", "Makassar", "Gowa", "Kendari", "Baubau", "Manado", "Ambon",
          "Kupang", "Mataram", "Denpasar", "Jayapura", "Banda Aceh", "Karawang", "Purwakarta"]
KELS = ["Sukamaju", "Margahayu", "Jatiwaringin", "Pondok Kelapa", "Cipinang Melayu", "Kebon Kacang",
        "Sidomulyo", "Tegalrejo", "Karangasem", "Ketintang", "Sukarame", "Tamalanrea", "Mariso",
        "Sumerta", "Dauh Puri", "Teling Atas", "Batu Merah", "Oebobo", "Cikaret", "Bojong Rawalumbu",
        "Harapan Jaya", "Pekayon", "Mekarsari", "Sukajadi", "Antapani", "Tlogosari", "Pedurungan",
        "Kemiling", "Sungai Bangkong", "Air Tawar", "Lamprit", "Pasir Gunung Selatan", "Cisalak",
        "Ciracas", "Kalibaru", "Wonokusumo", "Kebraon", "Mojosongo", "Gedongkiwo", "Tanjung Rejo"]
KECS = ["Bekasi Timur", "Cimanggis", "Tebet", "Cilandak", "Bojongsari", "Coblong", "Mlati",
        "Tembalang", "Wonokromo", "Medan Johor", "Tamalate", "Denpasar Barat", "Sukajadi",
        "Rawalumbu", "Tapos", "Cibinong", "Ciputat", "Kebayoran Lama", "Jebres", "Lowokwaru",
        "Kuta Alam", "Padang Utara", "Panakkukang", "Tikala", "Sirimau", "Kelapa Lima"]
STREETS = ["Mawar", "Melati", "Kenanga", "Anggrek", "Dahlia", "Flamboyan", "Cempaka", "Kamboja",
           "Nangka", "Rambutan", "Manggis", "Durian", "Swadaya", "Masjid", "Pendidikan", "Bhakti",
           "Pelita", "Harapan", "Damai", "Sejahtera", "Rukun", "Gotong Royong", "Karya Bakti",
           "Merpati", "Kutilang", "Cendrawasih", "Rajawali", "Elang", "Nusa Indah", "Teratai",
           "Seroja", "Haji Naim", "H. Saleh", "Kali Baru", "Pinang", "Jambu", "Salak", "Sawo",
           "Kemuning", "Bougenville", "Asem", "Waru", "Belimbing", "Kelinci", "Kancil", "Rawa Indah",
           "Sumur Batu", "Pule", "Kebon Sirih Dalam", "Sukun", "Mangga Dua Dalam", "Tanjung"]
HERO_STREETS = ["Jl. Ahmad Yani", "Jl. Diponegoro", "Jl. Sudirman", "Jl. Gatot Subroto",
                "Jl. Teuku Umar", "Jl. Imam Bonjol", "Jl. Sisingamangaraja", "Jl. Pattimura",
                "Jl. Sultan Hasanuddin", "Jl. Cut Nyak Dien", "Jl. Kartini", "Jl. Dewi Sartika",
                "Jl. Pahlawan", "Jl. Veteran", "Jl. Juanda", "Jl. Hayam Wuruk", "Jl. Raya Bogor",
                "Jl. Raya Serang", "Jl. MH Thamrin", "Jl. Urip Sumoharjo", "Jl. Ki Hajar Dewantara"]
HOSPITALS = ["RSUD dr. Soetomo", "RSUP Dr. Sardjito", "RSUD dr. Zainoel Abidin", "RS Hasan Sadikin",
             "RSUP Fatmawati", "RSUD Cengkareng", "RSUD Tarakan", "RSUP Prof. Kandou",
             "RSUD Dr. Moewardi", "RSUD Chasbullah Abdulmadjid", "RSUD Ulin", "RSUP Dr. Wahidin Sudirohusodo"]
COMPLEXES = ["Griya Asri", "Bumi Indah", "Taman Sari", "Villa Mutiara", "Graha Permai",
             "Puri Harmoni", "Citra Lestari", "Bukit Damai", "Pondok Jati", "Sentosa Residence",
             "Tirta Asri", "Pesona Anggrek", "Bumi Mas", "Mutiara Gading", "Taman Cibodas",
             "Harapan Baru", "Permata Regency", "Graha Kencana", "Korpri", "Pemda"]
DUSUNS = ["Krajan", "Kulon", "Wetan", "Karanganyar", "Sidomulyo", "Tegalsari", "Sumberrejo",
          "Ngemplak", "Ngablak", "Gondang", "Sukorejo", "Bendungan"]
KAMPUNGS = ["Cibeureum", "Cisalak", "Pulo", "Babakan", "Sindangsari", "Rawa Bebek", "Cilengsi",
            "Bojong", "Kandang Sapi", "Pasir Angin", "Sawah Lega", "Cikiwul"]
LORONGS = ["Mataram", "Sukarela", "Pipa", "Pangkal", "Rukun", "Masjid", "Harapan"]
INST_EMAILS = {"pengaduan@lapor.go.id", "dukcapil@bekasikota.go.id", "pengaduan@disdik.jabarprov.go.id",
               "humas@sleman.go.id", "layanan@dinsos.jatimprov.go.id", "pengaduan@pdam-tirtapakuan.co.id"}
INST_HANDLES = {"@kontakBRI", "@HaloBCA", "@bankmandiricare", "@lapor1708", "@pln_123", "@BPJSKesehatanRI", "@kemensosri", "@DukcapilRI",
                "@humaspemkotbekasi", "@pemkotmakassar", "@dishubdki", "@KAI121", "@polisi.ri",
                "@puskesmas.tebet", "@kel.sukamaju", "@pdamtirtapakuan", "@diskominfo.bdg"}
INST_LOWER = {h.lower() for h in INST_HANDLES}
BRANDS = ["Indomaret", "Alfamart", "Shopee", "Tokopedia", "Gojek", "Grab", "Pertamina", "Telkomsel",
          "IndiHome", "Maxim", "DANA", "OVO", "Lazada", "JNE", "J&T"]
APPS = ["Mobile JKN", "SATUSEHAT Mobile", "IKD", "JAKI", "Sapawarga", "SIPP", "aplikasi Cek Bansos",
        "Pospay", "SIAK", "e-Samsat", "CoreTax", "LAPOR!", "Pikobar", "Gowa Smart"]


def city():
    return R.choice(CITIES)


def kel():
    return R.choice(KELS)


def kec():
    return R.choice(KECS)


def price():
    return ch("50rb", "1,5jt", "Rp 20.000", "Rp20rb", "25 rb", "300 ribu", "Rp 1.500.000", "Rp 150rb",
              "2 juta", "Rp 750.000", "35k", "10rb", "Rp5.000", "Rp 2,5 juta", "400rb", "100 ribu",
              "Rp 75.000", "15rb", "Rp 3 jt", "200rb")


def small_price():
    return ch("5rb", "10rb", "Rp5.000", "Rp 10.000", "15rb", "20rb", "Rp20rb", "25 rb", "35k", "Rp 25.000")


def mid_price():
    return ch("50rb", "Rp 75.000", "100 ribu", "Rp 150rb", "200rb", "300 ribu", "400rb", "Rp 500.000", "Rp 750.000", "Rp 250rb")


def big_price():
    return ch("1,5jt", "2 juta", "Rp 2,5 juta", "Rp 3 jt", "Rp 1.500.000", "Rp 15 juta", "25jt", "Rp 40.000.000", "Rp 8.500.000")


def ticket():
    k = R.random()
    if k < 0.3:
        return "#" + str(R.randint(1000000, 9999999))
    if k < 0.6:
        return ch("nomor laporan ", "no laporan ", "no. tiket ", "tiket ") + str(R.randint(10000000, 99999999))
    y = ch("2023", "2024", "2025")
    d = datetime.date(int(y), 1, 1) + datetime.timedelta(days=R.randint(0, 330))
    return [ch("no laporan ", "nomor tiket ", "id laporan ", "kode pengaduan "),
            (d.strftime("%Y%m%d") + digits(8), NM)]


def reg():
    return ch("UU No. 25 Tahun 2009", "Perpres 76/2013", "PP 96/2012", "UU 23/2006", "UU PDP No. 27 Tahun 2022",
              "Permendikbud No. 1 Tahun 2021", "Permensos 3/2021", "Perda No. 3 tahun 2013",
              "Permenkes 4/2019", "UU 24 tahun 2013", "Pergub 42/2020", "Perwal no 15 th 2022")


def hotline():
    return ch("112", "110", "119", "123", "165", "1708", "171", "129", "1500200")


def incident_date():
    m = ch("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
           "Oktober", "November", "Desember")
    return ch("tgl %d %s" % (R.randint(1, 28), m.lower()), "%d %s 2024" % (R.randint(1, 28), m),
              "%02d/%02d/2024" % (R.randint(1, 28), R.randint(1, 12)), "hari senin %d/%d" % (R.randint(1, 28), R.randint(1, 12)),
              "%d-%d-2025" % (R.randint(1, 28), R.randint(1, 12)), "minggu kmrn", "sabtu malam")


def rtno():
    return ch("RT 04", "RT 05", "rt 03", "RT 01", "rt 7", "RT 012", "rt.02", "RW 09", "rw 05")


# --------------------------------------------------------------------------- people
NIK_REG = {
    "jawa": [("33", ["74", "10", "72", "02", "09", "13"]), ("35", ["78", "73", "07", "15", "09", "71"]), ("34", ["71", "04", "02"])],
    "sunda": [("32", ["01", "04", "73", "05", "06", "77", "03", "16"]), ("36", ["01", "02", "03"])],
    "betawi": [("31", ["71", "72", "73", "74", "75"]), ("32", ["75", "76", "16"])],
    "batak": [("12", ["71", "07", "12", "75", "01"]), ("31", ["75", "74"])],
    "minang": [("13", ["71", "06", "75", "03"]), ("14", ["71"])],
    "bugis": [("73", ["71", "08", "11", "06"])],
    "buton": [("74", ["72", "71", "01"])],
    "bali": [("51", ["71", "03", "08", "02"])],
    "aceh": [("11", ["71", "06", "08", "73"])],
    "tionghoa": [("31", ["72", "73"]), ("12", ["71"]), ("61", ["71"]), ("35", ["78"])],
    "timur": [("71", ["71", "72", "05"]), ("81", ["71", "01"]), ("91", ["71", "03"]), ("53", ["71", "01"]), ("82", ["71"])],
    "genz": [("32", ["75", "76", "73"]), ("31", ["74", "71"]), ("35", ["78", "15"]), ("36", ["74"]), ("33", ["74"]), ("34", ["04"]), ("73", ["71"]), ("12", ["71"])],
    "umum": [("36", ["71", "74", "03"]), ("32", ["75", "16", "76", "01"]), ("64", ["72", "71"]), ("16", ["71"]),
             ("18", ["71"]), ("21", ["71"]), ("63", ["71"]), ("52", ["71"]), ("62", ["71"]), ("31", ["74", "75"])],
}

NAMES = {
    "jawa": {
        "M": ["Slamet", "Sutrisno", "Bambang", "Sugeng", "Suparman", "Darto", "Paijo", "Tukimin", "Sarmin", "Kusno",
              "Warsito", "Joko", "Eko", "Heru", "Teguh", "Wahyu", "Bowo", "Yanto", "Nanang", "Puji", "Sunarto",
              "Mulyono", "Sukirno", "Tri", "Agus", "Budi", "Yudi", "Hadi", "Gatot", "Wagiman", "Parjo", "Suroso"],
        "F": ["Sumarni", "Suharti", "Tukiyem", "Ngatini", "Ponirah", "Wartini", "Sulastri", "Endang", "Sri", "Siti",
              "Rini", "Yuli", "Wulan", "Sumiyati", "Parmi", "Suwarni", "Tutik", "Murni", "Sriyani", "Tari", "Menik",
              "Painem", "Jumiati", "Karsinah", "Darmi", "Yuyun", "Tatik", "Retno"],
        "LM": ["Santoso", "Nugroho", "Prasetyo", "Wibowo", "Susilo", "Hartono", "Purnomo", "Sulistyo", "Wahyudi",
               "Kurniawan", "Setiawan", "Raharjo", "Saputro", "Hidayat", "Wicaksono", "Sutejo", "Priyanto", "Haryadi"],
        "LF": ["Handayani", "Rahayu", "Wulandari", "Lestari", "Susanti", "Utami", "Pratiwi", "Rahmawati", "Suryani",
               "Ningsih", "Astuti", "Kurniasih", "Widayanti", "Puspitasari", "Sulistyowati", "Mulyani"],
    },
    "sunda": {
        "M": ["Asep", "Ujang", "Cecep", "Dadang", "Deden", "Jajang", "Engkos", "Usep", "Ade", "Dede", "Iwan", "Encep",
              "Yayan", "Dodi", "Aep", "Ohim", "Atep", "Enjang"],
        "F": ["Euis", "Neneng", "Imas", "Enok", "Cucu", "Yayah", "Eneng", "Nining", "Titin", "Ai", "Lilis", "Iis",
              "Entin", "Popon", "Elis", "Nunung"],
        "LM": ["Saepudin", "Supriatna", "Hidayat", "Sukmana", "Permana", "Nurjaman", "Kosasih", "Sudrajat", "Ruhiyat",
               "Suryana", "Gunawan", "Hermawan", "Sopandi", "Mulyana", "Rustandi"],
        "LF": ["Komariah", "Hasanah", "Masitoh", "Rohaeti", "Sumiati", "Rokayah", "Nurhayati", "Rosita", "Maryati",
               "Jubaedah", "Kurniasih", "Rahmawati", "Sundari", "Karwati"],
    },
    "betawi": {
        "M": ["Mamat", "Rojali", "Sanusi", "Zakaria", "Mansur", "Jaelani", "Sarmili", "Udin", "Rohman", "Naman",
              "Bedul", "Mursid"],
        "F": ["Atun", "Rohimah", "Zaenab", "Munah", "Saodah", "Ipah", "Juleha", "Romlah", "Mardiyah"],
        "LM": ["Hasan", "Ali", "Saleh", "Bachtiar", "Ismail"],
        "LF": ["Hasanah", "Rohayati", "Aminah", "Nurjanah"],
    },
}
FULLS = {
    "batak": {
        "M": ["Bonar", "Poltak", "Togar", "Parlindungan", "Hotman", "Marolop", "Sahat", "Binsar", "Tigor", "Jhonson",
              "Rudolf", "Maruli", "Hotlan", "Jonggi", "Ferdinan"],
        "F": ["Hotnida", "Romauli", "Lamtiur", "Rosmawati", "Tiurma", "Debora", "Rotua", "Nurhayati", "Sondang",
              "Tiominar", "Masniari", "Lasma"],
        "marga": ["Siregar", "Simanjuntak", "Nainggolan", "Sitorus", "Hutapea", "Pardede", "Sinaga", "Harahap",
                  "Lubis", "Panjaitan", "Tambunan", "Manurung", "Sihombing", "Situmorang", "Silaban",
                  "Hutagalung", "Napitupulu", "Simatupang", "Pasaribu", "Sembiring", "Ginting", "Tarigan"],
    },
}
MINANG_M = ["Rizal", "Afrizal", "Zulkifli", "Syahrul", "Yusrizal", "Hendri", "Irwan", "Jonnedi", "Alfian",
            "Yendri", "Rahmat Hidayat", "Fadli Rahman", "Zulhendri", "Erizal", "Dedi Saputra"]
MINANG_F = ["Yulia Fitri", "Rahmi", "Nofrita", "Zuraida", "Fitriani", "Yelni", "Elvi Susanti", "Yusnidar",
            "Rahmadani", "Suci Ramadhani", "Desi Yanti", "Febri Yeni"]
BUGIS_M = ["Andi Baso Arman", "Muh. Ridwan", "Abd. Rahman", "Syamsuddin", "Baharuddin", "Andi Irfan Pawellangi",
           "Haerul Saleh", "Muh. Arfah", "Rusdi Dg. Sila", "Andi Muh. Yusuf", "Ramli Tahir", "Abd. Wahid"]
BUGIS_F = ["Andi Nurhaeda", "St. Hajar", "Hasnawati", "Andi Tenri Ajeng", "Rosdiana", "St. Nurhalisa",
           "Hasmiah", "Nurbaya Tahir", "Andi Rahmawati", "Jumriani"]
BUTON_M = ["La Ode Muh. Rasyid", "La Ode Hasrun", "La Ode Abdul Gani", "La Ode Syarifuddin", "La Ode Ahmad Mursalim", "La Ode Kamaluddin"]
BUTON_F = ["Wa Ode Nurmala", "Wa Ode Sitti Hawa", "Wa Ode Rahmawati", "Wa Ode Asmawati", "Wa Nurnia"]
BALI_M = ["I Wayan Sudarsana", "I Ketut Budiarta", "I Nyoman Sukadana", "I Gede Wirawan", "Ida Bagus Putu Mahendra",
          "Anak Agung Ngurah Oka", "I Made Sujana", "I Komang Adi Putra", "I Kadek Dwi Saputra", "Cokorda Gede Agung",
          "I Gusti Made Suarta", "Gede Ariawan", "Putu Eka Wibawa"]
BALI_F = ["Ni Luh Putu Sari", "Ni Kadek Ayu Lestari", "Ni Made Wartini", "Ni Wayan Sukerti", "Ni Komang Suciati",
          "Anak Agung Istri Mas", "Ida Ayu Made Dewi", "Ni Ketut Sriasih", "Ni Putu Ayu Anggreni", "Ni Nyoman Rai"]
ACEH_M = ["Teuku Fadhil", "Teuku Rizki Maulana", "Muhammad Nazar", "Munawar", "Zulfikar", "Tengku Amiruddin",
          "Fauzan Azima", "Khairul Rijal", "Mukhlis", "Teuku Syahrial"]
ACEH_F = ["Cut Rahmah", "Cut Nurul Aini", "Nurul Husna", "Rauzatul Jannah", "Yusnidar", "Cut Meurah Intan",
          "Raihan", "Safrida", "Nurhayati"]
TIONGHOA_M = ["Hendra Wijaya", "Sutanto Halim", "Kevin Tanoto", "Willy Santoso", "Yohanes Tjahjadi", "Liem Kok Hwa",
              "Andreas Salim", "Rudy Hartanto", "Ferry Gunawan", "Aseng", "Ahong", "Tan Ping Liong"]
TIONGHOA_F = ["Mei Ling", "Liem Mei Hwa", "Fransiska Tjandra", "Linda Gunawan", "Meliana Hartanto", "Lanny Susanto",
              "Yenny Halim", "Siu Lan", "Vivian Tanuwijaya"]
TIMUR_M = ["Yoel Wenda", "Markus Kogoya", "Yance Rumbiak", "Otniel Wanimbo", "Jefry Lumenta", "Frangky Rondonuwu",
           "Steven Wowor", "Yopi Sahetapy", "Rudi Latuconsina", "Hasan Tuasikal", "Yosef Ndolu", "Agustinus Bria",
           "Kornelis Manafe", "Benny Mandacan", "Melkias Tabuni", "Ronald Pangemanan", "Abraham Latumahina"]
TIMUR_F = ["Martha Kogoya", "Selvi Tumbelaka", "Grace Lumentut", "Yuliana Ndolu", "Maria Goreti Seran",
           "Novita Sahetapy", "Anace Rumbiak", "Femmy Mandagi", "Ona Latuconsina", "Yohana Tefa", "Kristina Nahak"]
GENZ_M = ["Naufal Rizky", "Rafif Alfarizi", "Kenzo Pratama", "Arkan Dzaky", "Alvaro Putra", "Gilang Ramadhan",
          "Reza Aditya", "Fikri Maulana", "Aldi Saputra", "Raka Adinata", "Dafa Alfian", "Bima Satria",
          "Zidan Alfarisi", "Rehan Firmansyah", "Farel Prayoga", "Nathan Kristiawan", "Haikal Akbar"]
GENZ_F = ["Aurelia Putri", "Keisha Anindya", "Alesha Zahra", "Nabila Syakira", "Zahra Nabila", "Kayla Azzahra",
          "Salsabila Rahma", "Naura Khairunnisa", "Shafa Aulia", "Aisyah Humaira", "Annisa Rahmadani",
          "Tiara Lestari", "Nadia Putri", "Cantika Maharani", "Syifa Nurfadilah", "Jihan Aprilia"]
UMUM_M = ["Dimas Prasetyo", "Bayu Anggara", "Andika Pratama", "Galih Permadi", "Fajar Nugraha", "Rizky Hidayat",
          "Ahmad Fauzi", "Muhammad Iqbal", "Abdul Karim", "Ahmad Fauzi bin Abdullah", "Khoirul Anam", "Imam Syafii",
          "Arif Budiman", "Hendra Saputra", "Ilham Akbar", "Taufik Hidayat", "Saiful Anwar", "Yusuf Maulana",
          "Heri Susanto", "Rahmat Hidayatullah", "Dani Ramdani", "Irfan Hakim", "Bagus Setiadi", "Feri Irawan"]
UMUM_F = ["Dian Puspita", "Indah Permatasari", "Fitri Handayani", "Ratna Sari", "Dewi Kusumawati", "Ayu Lestari",
          "Yanti Susanti", "Erna Wati", "Nurul Hidayah", "Siti Aminah binti Ridwan", "Fatimah Azzahra", "Nur Aini",
          "Ainun Jariyah", "Rina Marlina", "Lia Amalia", "Mega Wati Sihotang", "Novi Anggraeni", "Eka Safitri",
          "Dwi Handayani", "Anisa Fitriani", "Ika Rahmawati", "Wiwin Winarti", "Yuni Kartika", "Mutiara Sari"]
NICKS = {"Saiful": ["Ipul"], "Taufik": ["Opik"], "Yusuf": ["Ucup"], "Annisa": ["Nisa"], "Anisa": ["Nisa"],
         "Tiara": ["Tiara"], "Mutiara": ["Tiara"], "Syifa": ["Ifa"], "Rahmat": ["Mamat"], "Zulkifli": ["Ijul"],
         "Syahrul": ["Arul"], "Heri": ["Heri"], "Hendra": ["Hendra", "Koh Hendra"], "Dani": ["Dani"],
         "Kenzo": ["Kenzo"], "Naufal": ["Nopal"], "Farel": ["Farel"], "Muhammad": ["Amad"],
         "Wiwin": ["Wiwin"], "Bambang": ["Bambang"], "Nurul": ["Nurul", "Ulul"], "Fitri": ["Fitri", "Pipit"],
         "Dwi": ["Dwi", "Uwi"], "Eka": ["Eka"], "Salsabila": ["Salsa", "Caca"], "Keisha": ["Keisha", "Ica"],
         "Nabila": ["Bila"], "Zahra": ["Zahra", "Ara"], "Dewi": ["Dewi", "Uwi"], "Sri": ["Sri"]}

HONORIFICS = {"bapak", "pak", "ibu", "bu", "sdr", "sdr.", "sdri", "sdri.", "saudara", "mas", "mbak", "bang", "kak",
              "haji", "h.", "hj.", "ustaz", "ustad", "dr.", "dr", "ir.", "mbah", "pakde", "bude", "mpok", "kang",
              "teh", "neng", "cak", "bli", "uda", "uni", "om", "tante", "koh", "cici", "dek", "bunda", "ompung",
              "opung", "daeng", "amang", "inang", "engkong", "bro", "sis", "cik", "ci", "ko", "nyai", "ki"}


class Person:
    def __init__(self, full, sex, calls, culture, dob):
        self.full, self.sex, self.calls, self.culture, self.dob = full, sex, calls, culture, dob
        prov, kabs = R.choice(NIK_REG[culture])
        self.region = prov + R.choice(kabs) + "%02d" % R.randint(1, 24)
        self.serial = "%04d" % (R.randint(1, 160) if R.random() < 0.8 else R.randint(161, 2400))

    @property
    def first(self):
        return self.calls[0]

    def nik16(self):
        d = self.dob
        day = d.day + (40 if self.sex == "F" else 0)
        return self.region + "%02d%02d%02d" % (day, d.month, d.year % 100) + self.serial


def _bday(y0, y1):
    start = datetime.date(y0, 1, 1)
    end = datetime.date(y1, 12, 31)
    return start + datetime.timedelta(days=R.randint(0, (end - start).days))


def mk_person(sex=None, culture=None, age="adult"):
    sex = sex or ch("M", "F")
    if age == "child" and culture is None and R.random() < 0.6:
        culture = "genz"
    if age == "old" and culture is None:
        culture = R.choice(["jawa"] * 4 + ["sunda"] * 3 + ["betawi", "batak", "minang", "bugis", "bali", "aceh", "tionghoa", "timur", "umum", "umum"])
    culture = culture or R.choice(["jawa"] * 5 + ["sunda"] * 4 + ["betawi"] * 2 + ["batak"] * 2 + ["minang"] * 2 +
                                  ["bugis"] * 2 + ["buton", "bali", "bali", "aceh", "aceh", "tionghoa", "tionghoa"] +
                                  ["timur"] * 3 + ["genz"] * 4 + ["umum"] * 6)
    if age == "child":
        dob = _bday(2009, 2020)
        if culture in ("jawa", "betawi") and R.random() < 0.7:
            culture = ch("genz", "umum")
    elif age == "old":
        dob = _bday(1942, 1962)
        if culture == "genz":
            culture = ch("umum", "jawa", "sunda")
    elif culture == "genz":
        dob = _bday(1996, 2006)
    else:
        dob = _bday(1958, 2003)
    reg = culture
    if culture in NAMES:
        d = NAMES[culture]
        first = R.choice(d[sex])
        if R.random() < 0.45:
            full = first
        else:
            full = first + " " + R.choice(d["L" + sex])
        calls = [first]
    elif culture == "batak":
        d = FULLS["batak"]
        first = R.choice(d[sex])
        marga = R.choice(d["marga"])
        if sex == "F":
            full = first + " " + ch("br. ", "br ", "boru ", "") + marga
        else:
            full = first + " " + marga
        calls = [first, ("Ucok" if sex == "M" else "Butet")]
    else:
        pool = {"minang": (MINANG_M, MINANG_F), "bugis": (BUGIS_M, BUGIS_F), "buton": (BUTON_M, BUTON_F),
                "bali": (BALI_M, BALI_F), "aceh": (ACEH_M, ACEH_F), "tionghoa": (TIONGHOA_M, TIONGHOA_F),
                "timur": (TIMUR_M, TIMUR_F), "genz": (GENZ_M, GENZ_F), "umum": (UMUM_M, UMUM_F)}[culture]
        full = R.choice(pool[0] if sex == "M" else pool[1])
        toks = full.split()
        if culture == "bali":
            body = [t for t in toks if t not in ("I", "Ni", "Luh", "Ida", "Bagus", "Ayu", "Anak", "Agung", "Gusti",
                                                 "Cokorda", "Istri", "Ngurah")]
            calls = [body[-1] if body else toks[-1]] + [t for t in body[:1]]
        elif culture == "buton":
            body = [t for t in toks if t not in ("La", "Ode", "Wa", "Muh.")]
            calls = [body[0]]
        elif culture == "bugis":
            body = [t for t in toks if t not in ("Andi", "Muh.", "Abd.", "St.", "Dg.")]
            calls = [body[0]]
            if toks[0] == "Andi":
                calls.append("Andi")
        elif culture == "aceh":
            body = [t for t in toks if t not in ("Teuku", "Tengku")]
            calls = [body[0] if body[0] != "Cut" else toks[1]]
        else:
            calls = [toks[0]]
        if toks[0] in NICKS:
            calls = calls + NICKS[toks[0]]
        if culture == "umum" and "bin" in toks:
            calls = [toks[0]]
    if age == "child":
        reg = culture
    return Person(full, sex, calls, reg, dob)


def nm(p, mode="full", low=0.0):
    if mode == "any":
        mode = ch("full", "full", "first", "call")
    if mode == "full":
        s = p.full
    elif mode == "first":
        s = p.calls[0]
    elif mode == "call":
        s = R.choice(p.calls)
        s = s.replace("Koh ", "")
    else:
        raise ValueError(mode)
    if R.random() < low:
        s = s.lower()
    return (s, "PERSON")


# --------------------------------------------------------------------------- numbers
def fmt16(d, style):
    if style == "plain":
        return d
    if style == "sp":
        return " ".join(d[i:i + 4] for i in range(0, 16, 4))
    if style == "dash":
        return "-".join(d[i:i + 4] for i in range(0, 16, 4))
    if style == "dot":
        return "%s.%s.%s.%s.%s" % (d[0:2], d[2:4], d[4:6], d[6:12], d[12:])
    raise ValueError(style)


def nik(p=None, style=None, mistype=0.05):
    p = p or mk_person()
    d = p.nik16()
    if R.random() < mistype:
        i = R.randint(7, 15)
        if R.random() < 0.5:
            d = d[:i] + d[i + 1:]
        else:
            d = d[:i] + d[i] + d[i:]
        return (d, "NIK")
    style = style or R.choice(["plain"] * 6 + ["sp", "sp", "dash", "dot"])
    return (fmt16(d, style), "NIK")


def kk(p=None, style=None):
    region = p.region if p is not None and R.random() < 0.85 else mk_person().region
    d = _bday(2008, 2024)
    num = region + "%02d%02d%02d" % (d.day, d.month, d.year % 100) + "%04d" % R.randint(1, 9999)
    style = style or R.choice(["plain"] * 6 + ["sp", "dash", "dot"])
    return (fmt16(num, style), "KK")


def npwp(p=None, style=None):
    style = style or ch("old", "old", "old", "plain15", "zero16", "nik")
    if style == "nik":
        return (p.nik16() if p else mk_person().nik16(), "NPWP")
    a = R.randint(4, 9)
    core = "%02d%s%s" % (a, digits(6), digits(1))
    kpp = digits(3)
    if style == "old":
        return ("%s.%s.%s.%s-%s.000" % (core[:2], core[2:5], core[5:8], core[8], kpp), "NPWP")
    if style == "plain15":
        return (core + kpp + "000", "NPWP")
    return ("0" + core + kpp + "000", "NPWP")


MOB = ["0811", "0812", "0813", "0821", "0822", "0823", "0851", "0852", "0853", "0814", "0815", "0816", "0855",
       "0856", "0857", "0858", "0817", "0818", "0819", "0859", "0877", "0878", "0831", "0832", "0833", "0838",
       "0895", "0896", "0897", "0898", "0899", "0881", "0882", "0883", "0887", "0888", "0889"]


def mob_digits():
    return R.choice(MOB) + digits(R.choice([7, 8, 8, 8, 9]))


def fmt_phone(d, style):
    c = d[1:]
    return {
        "plain": d,
        "dash": "%s-%s-%s" % (d[:4], d[4:8], d[8:]),
        "space": "%s %s %s" % (d[:4], d[4:8], d[8:]),
        "dot": "%s.%s.%s" % (d[:4], d[4:8], d[8:]),
        "p62sp": "+62 %s-%s-%s" % (c[:3], c[3:7], c[7:]),
        "p62": "+62" + c,
        "62": "62" + c,
        "p62par": "(+62) %s %s %s" % (c[:3], c[3:7], c[7:]),
        "343": "%s %s %s %s" % (d[:4], d[4:7], d[7:10], d[10:]),
        "p62space": "+62 %s %s %s" % (c[:3], c[3:7], c[7:]),
        "62sp": "62 %s %s" % (c[:3], c[3:]),
    }[style]


def phone(style=None):
    d = mob_digits()
    style = style or R.choice(["plain"] * 7 + ["dash"] * 3 + ["space"] * 3 + ["dot", "p62sp", "p62", "p62", "62",
                                                                            "62", "p62par", "343", "p62space", "62sp"])
    return (fmt_phone(d, style), "PHONE")


def landline():
    code, n = R.choice([("021", 8), ("021", 7), ("022", 7), ("024", 8), ("031", 8), ("0274", 6), ("0361", 6),
                        ("0411", 6), ("061", 7), ("0341", 6), ("0711", 6), ("0751", 6), ("0778", 6)])
    loc = str(R.randint(2, 8)) + digits(n - 1)
    s = ch("(%s) %s" % (code, loc), "%s-%s" % (code, loc), "%s %s" % (code, loc),
           "(%s) %s-%s" % (code, loc[:3], loc[3:]))
    return (s, "PHONE")


BANKS = {"BRI": "bri", "BCA": "bca", "BNI": "bni", "Mandiri": "mandiri", "BSI": "bsi", "BTN": "btn",
         "CIMB Niaga": "cimb", "Bank Jateng": "bpd", "Bank Sumut": "bpd", "Bank Nagari": "bpd", "BJB": "bpd",
         "Bank Kalbar": "bpd"}


def bank(name=None):
    name = name or R.choice(["BRI"] * 4 + ["BCA"] * 3 + ["BNI", "BNI", "Mandiri", "Mandiri", "BSI", "BTN",
                                                          "CIMB Niaga", "Bank Jateng", "Bank Sumut", "BJB", "Bank Nagari"])
    kind = BANKS[name]
    if kind == "bri":
        d = digits(4) + "01" + digits(6) + ch("50", "53", "51", "52") + digits(1)
        v = ch(d, "%s-%s-%s-%s-%s" % (d[:4], d[4:6], d[6:12], d[12:14], d[14]),
               "%s %s %s %s" % (d[:4], d[4:8], d[8:12], d[12:]))
    elif kind in ("bca", "bni", "bpd"):
        d = (ch("0", "1", "2", "3", "5", "7", "8") if kind == "bca" else ch("0", "1", "2")) + digits(9)
        v = ch(d, d, "%s-%s-%s" % (d[:3], d[3:6], d[6:]), "%s %s %s" % (d[:3], d[3:6], d[6:]))
    elif kind == "bsi":
        d = "7" + digits(9)
        v = d
    elif kind == "mandiri":
        d = ch("1", "9") + digits(2) + "00" + digits(8)
        v = ch(d, "%s-%s-%s-%s" % (d[:3], d[3:5], d[5:12], d[12]))
    elif kind == "btn":
        d = "00" + digits(14)
        v = ch(d, fmt16(d, "sp"))
    else:
        d = ch("70", "80", "76") + digits(R.choice([11, 12]))
        v = d
    return name, (v, "BANK_ACCOUNT")


def _bk(bv):
    return [bv[0], " ", bv[1]]


def bpjs(style=None):
    d = "000" + digits(10)
    style = style or ch("plain", "plain", "plain", "grp")
    return (d if style == "plain" else "%s %s %s %s" % (d[:4], d[4:8], d[8:12], d[12]), "BPJS")


def nip(p):
    d = p.dob
    tmt_y = min(2023, d.year + R.randint(22, 32))
    s = "%04d%02d%02d" % (d.year, d.month, d.day)
    t = "%04d%02d" % (tmt_y, ch(1, 3, 4, 12, 2, 5))
    sx = "1" if p.sex == "M" else "2"
    sr = "%03d" % R.randint(1, 9)
    return (ch(s + t + sx + sr, "%s %s %s %s" % (s, t, sx, sr)), "NIP")


def passport():
    return (ch("B", "C", "C", "E", "X", "A") + ch("", "", "", " ") + str(R.randint(1000000, 9999999)), "PASSPORT")


PLATE_REG = ["B", "B", "B", "D", "F", "T", "E", "Z", "A", "AB", "AD", "AA", "H", "G", "K", "R", "L", "N", "S", "W",
             "P", "M", "AE", "AG", "DK", "DR", "EA", "DH", "BK", "BB", "BA", "BM", "BP", "BG", "BE", "BH", "BD",
             "BL", "DA", "KB", "KT", "KH", "DB", "DN", "DD", "DT", "DC", "DE", "DG", "PA", "DS"]


def plate(low=0.0):
    r = R.choice(PLATE_REG)
    n = str(R.randint(1, 9999)) if R.random() < 0.85 else str(R.randint(1, 99))
    k = R.choice([1, 2, 2, 2, 3]) if r == "B" else R.choice([1, 2, 2, 2])
    suf = "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(k))
    s = ch("%s %s %s" % (r, n, suf), "%s %s %s" % (r, n, suf), "%s%s%s" % (r, n, suf), "%s-%s-%s" % (r, n, suf))
    if R.random() < low:
        s = s.lower()
    return (s, "PLATE")


DOMAINS = ["gmail.com"] * 8 + ["yahoo.com", "yahoo.co.id", "ymail.com", "outlook.com", "hotmail.com", "icloud.com"]


def _slug(p):
    toks = [t.lower().strip(".") for t in p.full.split() if t not in ("bin", "binti", "br.", "br", "boru", "I", "Ni", "Luh", "Muh.", "Abd.", "St.")]
    return toks


def email(p):
    t = _slug(p)
    f, l = t[0], t[-1]
    yy = "%02d" % (p.dob.year % 100)
    local = ch(f + "." + l, f + l + yy, f + "_" + l, R.choice(p.calls).lower().replace(" ", "") + str(p.dob.year),
               f + "." + l + digits(2), f + l, l + "." + f, f + yy + digits(1))
    if f == l:
        local = f + ch(yy, str(p.dob.year), digits(3), "_" + city().lower().replace(" ", ""))
    return (local + "@" + R.choice(DOMAINS), "EMAIL")


def handle_str(p):
    t = _slug(p)
    f, l = t[0], t[-1]
    c = R.choice(p.calls).lower().replace(" ", "")
    return ch(f + "_" + l, f + l + digits(2), f + "." + l, c + "." + f if c != f else c + "__", "its" + f,
              f + "__", c + "_" + city().lower().replace(" ", "")[:6], f + "." + digits(2), "real" + c,
              c + c[-1] + c[-1] + "_", l + "." + f + digits(1))


def handle(p, at=True):
    return (("@" if at else "") + handle_str(p), "HANDLE")


BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember"]
BUL3 = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def dob(p, style=None):
    d = p.dob
    style = style or R.randint(0, 8)
    s = [
        "%d %s %d" % (d.day, BULAN[d.month - 1], d.year),
        "%02d-%02d-%d" % (d.day, d.month, d.year),
        "%02d/%02d/%d" % (d.day, d.month, d.year),
        "%d %s %d" % (d.day, BUL3[d.month - 1], d.year),
        "%02d.%02d.%d" % (d.day, d.month, d.year),
        "%d-%02d-%02d" % (d.year, d.month, d.day),
        "%d %s %d" % (d.day, BULAN[d.month - 1].lower(), d.year),
        "%d-%d-%d" % (d.day, d.month, d.year),
        "%d/%d/%d" % (d.day, d.month, d.year),
    ][style]
    return (s, "DATE_OF_BIRTH")


def rtrw():
    a, b = R.randint(1, 16), R.randint(1, 13)
    return ch("rt %d rw %d" % (a, b), "rt %02d rw %02d" % (a, b), "rt%02d/rw%02d" % (a, b),
              "RT %03d RW %03d" % (a, b), "rt %d/%d" % (a, b), "RT. %02d / RW. %02d" % (a, b), "rt%d rw%d" % (a, b),
              "Rt %02d Rw %02d" % (a, b), "RT %02d/RW %02d" % (a, b), "rt.%03d/rw.%03d" % (a, b),
              "RT%02d/%02d" % (a, b), "rt %02d/%02d" % (a, b))


def hn():
    n = R.randint(1, 120)
    return ch(str(n), str(n), "%d%s" % (n, ch("A", "B", "a")), "%d/%d" % (n, R.randint(1, 9)))


def addr(style=None, low=0.0):
    st = R.choice(STREETS)
    style = R.randint(0, 17) if style is None else style
    no = ch("no ", "no.", "No. ", "no. ", "nomor ", "No ")
    s = [
        lambda: "gg. %s %s%s %s" % (st, no, hn(), rtrw()),
        lambda: "jln %s %s%s %s" % (st, no, hn(), rtrw()),
        lambda: "Jl. %s Gg. %s %s%s" % (st, ch("Mawar III", "Buntu", "Haji Iming", "Damai 2", "Sadar", "Ikhlas", "Swadaya IV"), no, hn()),
        lambda: "komp. %s blok %s%d %s%s" % (R.choice(COMPLEXES), ch("A", "B", "C", "D", "F", "G", "H", "K"), R.randint(1, 12), no, hn()),
        lambda: "perum %s blok %s%d/%d" % (R.choice(COMPLEXES), ch("A", "B", "C", "E", "F", "J"), R.randint(1, 9), R.randint(1, 40)),
        lambda: "dusun %s %s" % (R.choice(DUSUNS), rtrw()),
        lambda: "Dsn. %s RT %02d RW %02d" % (R.choice(DUSUNS), R.randint(1, 9), R.randint(1, 6)),
        lambda: "kp. %s %s" % (R.choice(KAMPUNGS), rtrw()),
        lambda: "kampung %s rt %02d rw %02d" % (R.choice(KAMPUNGS), R.randint(1, 9), R.randint(1, 9)),
        lambda: "Jalan %s Nomor %s" % (st, hn()),
        lambda: "btn %s blok %s %s%d" % (R.choice(COMPLEXES), ch("A", "B", "C", "D"), no, R.randint(1, 60)),
        lambda: "lr. %s no %d %s" % (R.choice(LORONGS), R.randint(1, 80), rtrw()),
        lambda: "jl %s no %s" % (st.lower(), hn()),
        lambda: "gang %s %s no %s" % (st, rtrw(), hn()),
        lambda: "Jl. %s No. %s, %s" % (st, hn(), rtrw()),
        lambda: "kompleks %s blok %s no %d" % (R.choice(COMPLEXES), ch("A1", "B3", "C2", "D5", "E", "F"), R.randint(1, 50)),
        lambda: "%s No. %s" % (R.choice(HERO_STREETS), hn()),
        lambda: "Perumahan %s Blok %s-%d" % (R.choice(COMPLEXES), ch("A", "B", "C", "H", "M"), R.randint(1, 30)),
    ][style]()
    if R.random() < low:
        s = s.lower()
    return (s, "ADDRESS")


def area():
    return ch(", kel. %s" % kel(), " kel %s" % kel().lower(), ", %s" % kel(), " kec. %s" % kec(),
              ", %s" % city(), " %s" % kel().lower(), ", Kel. %s, Kec. %s" % (kel(), kec()), "")


# --------------------------------------------------------------------------- chat helpers
def wa_chat(lines, fmt=None, header=None):
    """lines: list of (sender_pieces or None for a system line, message_pieces)."""
    fmt = fmt or ch("and_id", "and_id", "and_en", "ios", "web", "time")
    dt = datetime.datetime(ch(2023, 2024, 2024, 2025), R.randint(1, 12), R.randint(1, 28), R.randint(5, 21), R.randint(0, 59), R.randint(0, 59))
    out = []
    if header:
        out += [header, "\n"]
    for i, (snd, msg) in enumerate(lines):
        if i:
            out.append("\n")
            dt += datetime.timedelta(minutes=R.choice([0, 1, 1, 2, 3, 5, 9, 14, 30, 62]), seconds=R.randint(0, 59))
        if fmt == "and_id":
            ts, sep = "%s %s" % (dt.strftime("%d/%m/%y"), dt.strftime("%H.%M")), " - "
        elif fmt == "and_en":
            h = dt.hour % 12 or 12
            ts, sep = "%d/%d/%s, %d:%s %s" % (dt.month, dt.day, dt.strftime("%y"), h, dt.strftime("%M"), "AM" if dt.hour < 12 else "PM"), " - "
        elif fmt == "ios":
            ts, sep = "[%s %s" % (dt.strftime("%d/%m/%y"), dt.strftime("%H.%M.%S")), "] "
        elif fmt == "web":
            ts, sep = "[%s, %d/%d/%d" % (dt.strftime("%H.%M"), dt.day, dt.month, dt.year), "] "
        else:
            ts, sep = dt.strftime("%H:%M"), " "
        out += [(ts, NM), sep]
        if snd is None:
            out.append(msg)
        else:
            out += [snd, ": ", msg]
    return out


def media():
    return ch("<Media omitted>", "<Media tidak disertakan>", "<Media omitted>", "IMG-2024%02d%02d-WA00%02d.jpg (file terlampir)" % (R.randint(1, 12), R.randint(1, 28), R.randint(10, 99)),
              "Pesan ini telah dihapus", "This message was deleted", "<Media tidak disertakan>")


def role_sender():
    return ch("Admin Kelurahan", "Pak RT", "Bu RW", "Admin Grup", "Kel. %s Official" % kel(), "Linmas RW 05",
              "Sekretariat RW", "Bendahara RT", "Posyandu Melati", "Karang Taruna")


def rel(p, kind="adult"):
    """a kinship word that fits the person's sex (and generation)"""
    if kind == "old":
        return ch("bapak ", "ayah ", "kakek ", "mbah ", "bapak mertua ") if p.sex == "M" else ch("ibu ", "nenek ", "mbah ", "ibu mertua ", "emak ")
    if kind == "sib":
        return ch("adik ", "kakak ", "suami ", "abang ", "ipar ") if p.sex == "M" else ch("adik ", "kakak ", "istri ", "teteh ", "ipar ")
    return ch("anak ", "cucu ", "keponakan ")


def hon(p, cap=False):
    if p.sex == "M":
        h = ch("pak ", "bapak ", "mas ", "bang ", "pak ")
    else:
        h = ch("bu ", "ibu ", "mbak ", "kak ", "bu ")
    return h.capitalize() if cap else h


def sender(p=None, honor=0.4):
    if p is None and R.random() < 0.25:
        return phone(ch("p62sp", "p62sp", "p62space"))
    p = p or mk_person()
    key = id(p)
    if key in CTX["senders"]:
        return CTX["senders"][key]
    if p.sex == "M":
        pre = opt(honor, ch("Pak ", "Pak RT ", "Pak Haji ", "Mas ", "Bang ", "Kak ", "Om ", "Papa ", "Kang "))
    else:
        pre = opt(honor, ch("Bu ", "Bu RT ", "Mbak ", "Kak ", "Teh ", "Mpok ", "Mama ", "Bunda ", "Hj. "))
    suf = opt(0.15, ch(" 🌻", " ✨", " 🇮🇩", " (jgn dihapus)", " 🙏", " 😇"))
    out = [pre, nm(p, ch("full", "first", "call"), low=0.2), suf]
    CTX["senders"][key] = out
    CTX["keep"].append(p)
    return out


def xhead(p):
    return [nm(p, ch("full", "first", "call"), low=0.25), ch(" 🌸", " 🇮🇩", "", " ✨", " 🖤", " ☕", ""), " ", handle(p),
            " · ", ch("2j", "5m", "1 jam", "3 Mar", "12j", "40m", "kemarin")]


def igfoot():
    return ch("\n2 mgg  3 suka  Balas", "\n1 h  Balas", "\n5 j  12 suka  Balas", "\n3 mg  Balas  Lihat terjemahan",
              "", "", "\n1 mgg  1 suka  Balas")


def fbfoot():
    return ch("\nSuka · Balas · 2 j", "\nSuka · Balas · 1 mg", "\nSuka · Balas · Dibagikan · 5 j", "", "\nSuka · Balas · 3 h")


def stars():
    return ch("★☆☆☆☆", "★★☆☆☆", "★☆☆☆☆", "★★★☆☆", "1/5", "⭐", "⭐⭐")


# --------------------------------------------------------------------------- frames
FRAMES = {}


def frame(cat, short=False):
    def deco(fn):
        FRAMES.setdefault(cat, []).append((fn, short))
        return fn
    return deco


# frames carrying the rarer labels are drawn more often (weight = copies in the draw pool)
WEIGHT = {"s_ktp_hilang": 2, "s_kk": 2, "s_niknama": 2, "s_tgl": 2, "s_dtks": 2, "s_nik_grp": 2, "s_kk2": 2, "s_addr_only": 2,
          "s_email3": 2, "s_rumah": 2, "s_nohp_almt": 2, "s_mail": 2,
          "d_blok_data": 3, "d_malam": 2, "d_pinjol": 2, "d_list_blt": 2, "d_form": 2, "d_bank_bansos": 2, "d_pisah_kk": 3,
          "d_sso": 2, "d_samsat": 2, "d_bpjs_fam": 2, "d_two_addr": 2, "d_tetangga": 2, "d_mail": 2, "d_ig_handle": 2,
          "w_coret": 2, "w_dompet": 2, "w_kk_foto": 2, "w_resi": 2, "w_split_nik": 2, "w_rt_ketua": 2, "w_email_kirim": 2,
          "f_ditemukan": 2, "f_lapak_nik": 2, "f_duka": 2, "f_ktp_lansia": 2, "x_ktp_umbar": 2, "x_pln": 2, "x_email": 2,
          "i_comment": 2, "i_kk": 2,
          "s_plate": 2, "s_motorilang": 2, "w_motor": 2, "x_plat_merah": 2, "t_plate": 2, "s_plate_angkot": 2, "d_ojol": 2,
          "x_samsat": 2, "s_rek": 2, "d_tipu": 2, "w_iuran": 2, "s_bank2": 2, "d_honorer": 2, "f_jual_rumah_tipu": 2, "x_bank": 2,
          "s_npwp": 2, "d_npwp": 2, "d_npwp_nik": 2, "s_npwp2": 2, "s_nip": 2, "d_nip": 2, "x_pns": 2, "d_pns_self": 2}


def cue_nik():
    return ch("nik ", "NIK: ", "n1k ", "noktp ", "no ktp ", "nik: ", "NIK ", "nik sy ", "no. KTP ", "nik=", "NIK.", "nomor ktp ")


def cue_hp():
    return ch("hp ", "no.hp ", "nohp ", "hp:", "wa.", "whatsapp: ", "WA ", "no wa ", "wa: ", "telp ", "nmr hp ", "HP/WA ", "kontak ")


def cue_mail():
    return ch("email: ", "email ", "e-mail ", "imel ", "gmail ", "surel: ", "emailnya ")


def cue_addr():
    return ch("almt: ", "alamat ", "almt ", "rmh di ", "tinggal di ", "alamat rmh ", "rumah ", "domisili ")


def cue_kk():
    return ch("kk ", "no kk ", "No. KK ", "no.kk ", "nomor KK ", "KK: ", "kartu keluarga ")


# ---- SMS / very short (PII) ----
@frame("sms", True)
def s_ktp_hilang():
    p = mk_person()
    return [ch("{sy} mau lapor ktp hilang", "ktp {sy} ilang {e}", "lapor ktp ilang di angkot", "ktp ketinggalan di fotokopian"),
            ch(". ", " ", ", "), cue_nik(), nik(p), opt(.5, [" ", ch("{mksh}", "{tlg} dibantu", "{ep}", "a.n ")]),]


@frame("sms", True)
def s_hub():
    return [ch("{min} {tlg} hubungi {sy} di ", "{tlg} tlp balik ke ", "klo ada info kabari ke ", "bls ke nmr ini aja "), phone(),
            opt(.5, ch(" {ep}", " ya", " sore ini", " mksh"))]


@frame("sms", True)
def s_sig():
    p = mk_person()
    return [ch("bansos {blm} cair", "beras bantuan {blm} dibagi", "sampah {blm} diangkut 5 hari", "air mati lg"),
            ch(". ", " - ", "\n"), nm(p, "any", .4), ch(" ", ", ", " / "), phone()]


@frame("sms", True)
def s_wa_an():
    p = mk_person()
    return [ch("nmr wa: ", "wa ", "kontak "), phone(), ch(" a/n ", " an. ", " atas nama ", " an "), nm(p, "full", .4)]


@frame("sms", True)
def s_rek():
    p = mk_person()
    b, v = bank()
    return [ch("rek ", "no rek ", "rekening ", "tf ke "), b.lower() if R.random() < .6 else b, " ", v, ch(" an ", " a.n ", " a/n "),
            nm(p, "full", .5), opt(.6, ch(" {tlg} cek", " penipu!!", " jgn transfer ke sini", " {ea}"))]


@frame("sms", True)
def s_plate():
    return [ch("plat ", "nopol ", "mobil ", "motor "), plate(.3),
            ch(" parkir sembarangan tiap hr depan gg", " kabur abis nabrak", " knalpot brong tiap mlm", " ngetem di tikungan {ea}",
               " buang sampah ke kali")]


@frame("sms", True)
def s_bpjs():
    return [ch("bpjs no ", "no kartu jkn ", "kis ", "no bpjs "), bpjs(), ch(" nonaktif {knp} ya", " {tdk} bs dipake di rs", " {blm} aktif2 {ep}")]


@frame("sms", True)
def s_mail():
    p = mk_person()
    return [ch("email {sy} ", "imel ", "ini email {sy} "), email(p), ch(" {tdk} dpt balasan", " blm dpt notif", " tlg dibls", "")]


@frame("sms", True)
def s_kk():
    p = mk_person()
    return [cue_kk(), kk(p), ch(" {blm} update. ", " {blm} ganti. ", " salah nama. "), nm(p, "any", .5)]


@frame("sms", True)
def s_pakrt():
    p = mk_person(sex="M")
    return [ch("pak rt ", "ketua rt ", "pak rw ", "pak kades "), nm(p, "call", .6),
            ch(" minta 50rb {utk} surat pengantar", " {tdk} mau tanda tangan", " jual beras bansos", " minta uang rokok")]


@frame("sms", True)
def s_niknama():
    p = mk_person()
    return [ch("n1k: ", "nik ", "NIK "), nik(p), ch([" nama ", nm(p, "full", .5)], [" a.n ", nm(p, "full", .5)], [" (", nm(p, "full", .5), ")"])]


@frame("sms", True)
def s_cekan():
    p = mk_person()
    return ["{tlg} cek laporan {sy} atas nama ", nm(p, "full", .4), ch(" wa ", " hp ", " "), phone()]


@frame("sms", True)
def s_rumah():
    p = mk_person()
    return [ch("{sy} ", "aq ", ""), nm(p, "any", .6), ch(" rmh ", " almt ", ", "), addr(R.choice([0, 1, 5, 7, 12, 13]), .6),
            ch(" air mati 3hr", " lampu jln mati", " blm dpt blt", "")]


@frame("sms", True)
def s_hpname():
    p = mk_person()
    return [ch("hp:", "hp ", "wa:"), phone(), " (", nm(p, "any", .4), ")"]


@frame("sms", True)
def s_ig():
    p = mk_person()
    return [ch("ig ", "akun ", "ig nya "), handle(p), ch(" nipu jual hp", " nyebar ktp org", " penipu arisan", " jual data warga")]


@frame("sms", True)
def s_penipu():
    return [ch("ini nmr penipu ", "awas nmr ", "nmr ini ngaku2 petugas pln "), phone(), opt(.5, ch(" {ea}", " hati2", " ngaku dr dinsos"))]


@frame("sms", True)
def s_anak():
    p = mk_person(age="child")
    return [ch("anak {sy} ", "ank sy ", "cucu {sy} "), nm(p, "full", .5), ch(" {blm} dpt kip", " {tdk} dpt seragam", " ditolak ppdb", " {blm} dpt imunisasi")]


@frame("sms", True)
def s_nohp():
    return [ch("no.hp ", "nohp ", "hp: ", "wa "), phone(), opt(.5, ch("", " (bisa wa)", " aktif jam kerja"))]


@frame("sms", True)
def s_nohp_almt():
    return [ch("nohp ", "hp "), phone(), ch(" almt ", " rmh "), addr(R.choice([0, 1, 7, 12, 13]), .7)]


@frame("sms", True)
def s_tgl():
    p = mk_person()
    return [ch("tggl lahir ", "tgl lahir ", "ttl "), dob(p), ch(" nik ", " n1k "), nik(p, "plain")]


@frame("sms", True)
def s_wadot():
    return [ch("wa.", "WA.", "wa:"), phone(ch("plain", "dash", "dot")), ch(" {tlg} dibls min", " fast respon", " chat aja", "")]


@frame("sms", True)
def s_nick():
    p = mk_person(sex=ch("M", "F"))
    hon = "mas " if p.sex == "M" else ch("mbak ", "teh ", "kak ")
    return [hon, nm(p, "call", .8), " (wa ", phone("plain"), ") ", ch("blg bansos dipotong", "yg ngurus pendataan", "kader posyandu", "bisa bantu urus akta")]


@frame("sms", True)
def s_motorilang():
    return [ch("motor ilang ", "motor {sy} dicuri ", "mtr hilang di parkiran pasar "), plate(.5), ch(" {tlg} bantu share", " beat merah", " vario hitam {es}")]


@frame("sms", True)
def s_npwp():
    return [ch("npwp ", "NPWP "), npwp(), ch(" gk bs login coretax", " {blm} valid di djp", " beda nama")]


@frame("sms", True)
def s_paspor():
    p = mk_person()
    return [ch("paspor ", "pasport "), passport(), " ditahan agen. {sy} ", nm(p, "any", .4)]


@frame("sms", True)
def s_pinjol():
    return ["{sy} dpt sms {dr} ", phone(), ch(" pdhl {tdk} pinjam", " ngancam nyebar data", " nagih utang org lain")]


@frame("sms", True)
def s_kader():
    p = mk_person(sex="F")
    return [ch("kak ", "bu ", "mbak ", "teh "), nm(p, "call", .8), ch(" kader posyandu gk pernah dtg", " bidan desa jutek", " minta uang pendaftaran")]


@frame("sms", True)
def s_lurah():
    p = mk_person()
    return [ch("lurah ", "kades ", "pak lurah " if p.sex == "M" else "bu lurah "), nm(p, "full", .6), ch(" {tdk} prnh ngantor", " jarang di kantor", " sombong bgt")]


@frame("sms", True)
def s_caps():
    p = mk_person(age="child")
    return ["TOLONG!!! ANAK SAYA HILANG NAMANYA ", nm(p, "full"), " HUB ", phone()]


@frame("sms", True)
def s_dana():
    p = mk_person()
    return [ch("dana ", "ovo ", "gopay "), phone("plain"), ch(" an ", " a.n ", " atas nama "), nm(p, "full", .5)]


@frame("sms", True)
def s_dtks():
    p = mk_person()
    return [ch("nik sy ", "NIK "), nik(p), ch(" udh dicek di dtks tp tdk terdaftar", " {tdk} muncul di cek bansos")]


@frame("sms", True)
def s_split():
    d = mob_digits()
    a, b = d[:8], d[8:]
    return [ch("wa sy ", "no sy "), (a[:4] + " " + a[4:], "PHONE"), "\n", (b, "PHONE"), ch(" ya min", "", " (kepotong td)")]


@frame("sms", True)
def s_email2():
    p = mk_person()
    return [ch("email: ", "Email: "), email(p), ch(" - ", " ", " (", ", an "), nm(p, "full", .3)]


@frame("sms", True)
def s_sdr():
    p = mk_person(sex="M")
    return [ch("sdr ", "oknum ", "petugas "), nm(p, "full", .5), ch(" pegawai kec minta uang", " dr dishub narik parkir liar", " minta 200rb biar cepet")]


@frame("sms", True)
def s_gw():
    p = mk_person(culture=ch("betawi", "genz", "umum"))
    return ["gw ", nm(p, "any", .7), ", rmh ", addr(R.choice([0, 1, 12, 13]), .8), " sampah ga diangkut"]


@frame("sms", True)
def s_aq():
    p = mk_person()
    return [ch("aq ", "aku "), nm(p, "call", .7), " no ", phone(), opt(.5, " {ep}")]


@frame("sms", True)
def s_bpjsanak():
    p = mk_person(age="child")
    return ["bpjs anak {sy} ", nm(p, "first", .5), " no ", bpjs(), " ditolak rs"]


@frame("sms", True)
def s_nopunct():
    p = mk_person()
    return ["{tlg} {min} {sy} ", nm(p, "full", .8), " {blm} dpt blt {pdhl} {udh} daftar nik ", nik(p, "plain"), " {mksh}"]


@frame("sms", True)
def s_landline():
    p = mk_person()
    return [ch("telp rmh ", "tlp kantor ", "no rumah "), landline(), ch(" a.n ", " an ", " "), nm(p, "any", .3)]


@frame("sms", True)
def s_bu_lurah():
    p = mk_person(sex="F")
    return ["bu lurah ", nm(p, "call", .6), ch(" jutek bgt", " nyuruh balik bsk", " ga bales wa")]


@frame("sms", True)
def s_tiktok_short():
    p = mk_person()
    return [ch("yg nyebar video itu ", "pelakunya ", "ini akunnya "), handle(p), ch(" {min}", " {ea}", " tolong ditindak")]


@frame("sms", True)
def s_wa_ode():
    p = mk_person(culture="buton")
    return [nm(p, "full", .5), " (wa ", phone("plain"), ") ", ch("{blm} dpt pkh", "minta dihubungi", "mau lapor jalan rusak")]


@frame("sms", True)
def s_nip():
    p = mk_person()
    return ["guru ", nm(p, "any", .4), " NIP ", nip(p), ch(" jarang masuk", " minta uang les")]


@frame("sms", True)
def s_dob_only():
    p = mk_person(age="old")
    return [rel(p, "old").rstrip(), " {sy} ", nm(p, "first", .5), " lahir ", dob(p), ch(" {blm} dpt blt lansia", " bpjs nya mati")]


# ---- DM to admin ----
@frame("dm")
def d_blok_data():
    p = mk_person()
    lines = [ch("Min, mau lapor. ", "Kak admin {mhn} bantuannya ", "P\nmin ", "Assalamualaikum admin, "),
             ch("{sy} {udh} 3x ke disdukcapil {utk} urus KK baru {tp} {blm} jadi jg. ",
                "KTP {sy} {udh} 8 bln {blm} dicetak, alasannya blangko habis terus. ",
                "{sy} mau pindah domisili tp surat pindah {tdk} kunjung keluar. "),
             "Data {sy}:\n"]
    items = [["Nama: ", nm(p, "full", .3)], [ch("NIK: ", "Nik: ", "nik : "), nik(p)],
             [ch("No KK: ", "KK: ", "no.kk "), kk(p)], [ch("HP: ", "No hp: ", "WA: "), phone()]]
    if R.random() < .4:
        items.insert(2, [ch("TTL: ", "Tgl lahir: "), ch("", city() + ", "), dob(p)])
    if R.random() < .4:
        items.append([ch("Alamat: ", "Almt: "), addr(), area()])
    for it in items:
        lines += it + ["\n"]
    lines.append(ch("Mksh min {ep}", "{tlg} dibantu ya", "ditunggu kabarnya", "{ep}"))
    return lines


@frame("dm")
def d_malam():
    p = mk_person()
    return [ch("assalamualaikum kak admin maaf ganggu malem2, ", "malem min maaf ganggu, ", "permisi kak "),
            "{sy} ", nm(p, "full", .5), " warga ", ch("kel. ", "kelurahan ", "desa "), kel(), " mau nanya ",
            ch("kenapa nama {sy} dicoret dr penerima PKH. ", "soal bantuan sembako {yg} {tdk} pernah sampe. ",
               "kok BPJS PBI {sy} dinonaktifkan. "),
            "{rmh} {sy} di ", addr(), area(), ". ",
            ch("bls ke wa ini aja ya kak ", "klo perlu data lain hubungi ", "nmr {sy} "), phone(), opt(.5, " {ep}")]


@frame("dm")
def d_pungli():
    p = mk_person()
    return [ch("min {sy} mau lapor pungli. ", "Lapor min, ", "admin, ada oknum nih "),
            "petugas ", ch("kelurahan", "kecamatan", "dukcapil", "samsat"), ch(" namanya ", " bernama ", " yg namanya "),
            nm(p, "full", .4), " minta uang ", mid_price(), " {utk} ", ch("percepat akta", "ngurus KK", "cetak KTP", "balik nama"),
            ". {sy} ada bukti chat wa nya, nmr dia ", phone(), ". ", ch("{tlg} ditindak {ea}", "jgn sebut nama {sy} ya", "{mksh} min")]


@frame("dm")
def d_pinjol():
    p = mk_person()
    return [ch("min {sy} diteror dc pinjol, ", "tolong min, {sy} diteror pinjol ilegal, "),
            "mereka nyebar foto ktp {sy} ke kontak. nmr dc: ", phone(), ch(", ", " dan ", " sm "), phone(),
            ". nama {sy} ", nm(p, "full", .5), " nik ", nik(p), ". ",
            ch("{sy} udh lapor ke OJK jg tp {blm} ada respon", "{sy} {tdk} pernah pinjam sama sekali", "takut {bgt} {es}")]


@frame("dm")
def d_tipu():
    p, q = mk_person(), mk_person()
    b, v = bank()
    return ["{sy} ketipu jual beli di ", ch("fb", "marketplace", "ig", "grup wa"), ", {udh} transfer ", price(), " ke rek ",
            b, " ", v, ch(" a.n ", " an. ", " atas nama "), nm(p, "full", .4), ". penjualnya pake wa ", phone(),
            " skrg {sy} diblok. ", opt(.6, ["{sy} ", nm(q, "full", .3), ", ", phone(), ". "]), "{tlg} dibantu {min} {es}"]


@frame("dm")
def d_bpjs_ibu():
    p = mk_person(sex="F", age="old")
    return ["bpjs ibu {sy} ", nm(p, "full", .3), " no kartu ", bpjs(), " tiba2 nonaktif, {pdhl} PBI. ",
            ch("tgl lahir ibu ", "lahir ", "TTL: " + city() + ", "), dob(p), ", nik ", nik(p), ". ",
            ch("skrg lg dirawat di " + R.choice(HOSPITALS) + " disuruh bayar umum", "mau kontrol jantung ga bisa",
               "{udh} telp 165 disuruh ke kantor cabang")]


@frame("dm")
def d_pmi():
    p, q = mk_person(), mk_person()
    return [rel(p, "sib").rstrip(), " {sy} ", nm(p, "full", .4), ch(" kerja di malaysia", " jadi PMI di taiwan", " kerja di arab"),
            ", paspor ", passport(), " ditahan ", ch("majikan", "agensi", "PT penyalur"), ". ",
            ch("{sy} ", "sy kakaknya "), nm(q, "full", .4), " wa ", phone(), ". {tlg} dibantu pulangin {es}"]


@frame("dm")
def d_nip():
    p = mk_person()
    return [ch("lapor min, oknum guru PNS ", "Yth admin. ada ASN ", "min, pegawai dinas "), nm(p, "full", .3),
            " NIP ", nip(p), ch(" sering bolos ngajar tp absen tetep penuh", " buka usaha pinjaman ke murid", " minta uang ke ortu murid tiap ujian"),
            ". ", ch("{sy} wali murid kelas 4", "banyak ortu {yg} ngeluh", "buktinya ada di grup wa kelas"), " {ep}"]


@frame("dm")
def d_npwp():
    p = mk_person()
    return ["min {sy} ", nm(p, "full", .4), ch(", npwp ", " npwp "), npwp(p), ch(" {tdk} bs dipadankan sm nik ", " tiba2 dpt tagihan pajak, pdhl nik "), nik(p),
            ". ", ch("{udh} ke KPP 2x disuruh online", "{tlg} bantu", "di coretax error trs")]


@frame("dm")
def d_tetangga():
    q = mk_person()
    return [ch("Min, tetangga {sy} ", "kak mau lapor tetangga "), ch("di ", "yg rumahnya di "), addr(), area(), " ",
            ch("namanya ", "a.n ", hon(q)), nm(q, "any", .4), " ",
            ch("ternak ayam di depan rumah baunya kemana2", "bikin bengkel di badan jalan", "nyetel musik keras smp jam 2 pagi",
               "buang limbah tahu ke got"), ". {udh} ditegur rt {tp} {tdk} digubris {ea}"]


@frame("dm")
def d_anak_sekolah():
    p = mk_person(age="child")
    q = mk_person()
    return ["anak {sy} ", nm(p, "full", .4), " (kelas ", str(R.randint(1, 6)), " SDN ", str(R.randint(1, 12)), " ", city(), ") ",
            ch(["disuruh bayar uang gedung ", big_price()], ["dipungut uang perpisahan ", mid_price()], ["diminta beli LKS ", mid_price()]), ". ",
            ch("wali kelasnya ", "kepseknya ", "yg narik "), hon(q), nm(q, "any", .4), ". ", ch("{pdhl} sekolah negeri", "katanya wajib", "bkn sekali dua kali")]


@frame("dm")
def d_form():
    p = mk_person()
    return [ch("nama sy ", "Nama: ", "nama : "), nm(p, "full", .5), "\n", ch("almt: ", "alamat: ", "almt "), addr(), area(),
            "\n", ch("no hp ", "hp: ", "WA "), phone(), "\n",
            ch("keluhan: jalan di depan rmh longsor", "mau lapor: lampu pju mati 2 minggu", "keluhan: bantuan beras {tdk} dibagi rata",
               "laporan: pembangunan drainase mangkrak")]


@frame("dm")
def d_list_blt():
    ps = [mk_person(age=ch("old", "adult")) for _ in range(R.randint(2, 4))]
    out = [ch("ini data ortu {sy} {yg} {blm} dpt blt:", "data warga lansia {yg} {blm} dpt bantuan:", "min ini list {yg} dicoret:"), "\n"]
    for i, p in enumerate(ps):
        out += [str(i + 1), ". ", nm(p, "full", .4), ch(" nik ", " - ", " NIK "), nik(p), "\n"]
    out.append(ch("{mhn} dicek {ep}", "padahal mereka layak semua", "tlg diverifikasi ulang"))
    return out


@frame("dm")
def d_pakde():
    p = mk_person(sex="M", culture="jawa", age="old")
    return ["pak de ", nm(p, "call", .6), ch(" (", " umur 70an ("), "wa ", phone(), ") ",
            ch("tinggal sendiri di ", "rumahnya di "), addr(ch(5, 6, 1, 0)), ", ",
            ch("atapnya udh mau roboh, {tlg} masukin program RTLH", "{blm} pernah dapet bantuan apapun", "sakit2an {tp} bpjs mati")]


@frame("dm")
def d_ojol():
    p = mk_person(sex="M")
    return [ch("min {sy} mau lapor ojol ", "ada driver ", "driver online "), ch("a/n ", "namanya ", ""), nm(p, "full", .4), " plat ", plate(.3),
            ch(" ugal2an sampe nyerempet anak {sy}", " ngancam {sy} krn kasih bintang 1", " bawa kabur paket"),
            ". ", ch("kejadian ", "pas "), incident_date(), opt(.5, [". no driver ", phone()])]


@frame("dm")
def d_ig_handle():
    p = mk_person()
    q = mk_person()
    return ["{min} akun ig ", handle(p), ch(" nyebar data pribadi ", " posting foto ktp "), nm(q, "full", .3),
            ch(" termasuk nik ", " lengkap sm nik "), nik(q), " {e} ", ch("{tlg} takedown", "ini bahaya bgt", "bs dipake pinjol")]


@frame("dm")
def d_mail():
    p = mk_person()
    return [ch("kak {sy} {udh} kirim berkas ke email dinas {tp} {tdk} ada bls. ", "min email {sy} {blm} dibalas. "),
            ch("email {sy} ", "dr email "), email(p), " ", ch("an ", "a.n. "), nm(p, "full", .4), ". ", ch("subjek: pengajuan KIP", "kirimnya " + incident_date(), "tlg dicek")]


@frame("dm")
def d_split_dm():
    p = mk_person()
    d = mob_digits()
    return ["{min} {sy} ", nm(p, "full", .5), "\n", ch("no wa ", "wa "), (d[:4], "PHONE"), "\n", (d[4:], "PHONE"), "\n",
            ch("maaf kepencet", "td kepotong", "sori"), "\n", ch("{tlg} hub {sy} soal laporan kemarin", "mau konfirmasi bansos")]


@frame("dm")
def d_dob_ktp():
    p = mk_person()
    return [ch("ktp {sy} salah tanggal lahir", "tgl lahir di ktp {sy} beda sm akta"), ". ", ch("harusnya ", "yg bener "), dob(p),
            ch(" bkn yg tertulis di ktp", ", di ktp malah bulan depannya"),
            ". nik ", nik(p), ". ", ch("{gmn} cara benerinnya", "ke dukcapil disuruh bawa surat keterangan lahir")]


@frame("dm")
def d_passport2():
    p = mk_person()
    return ["kak {sy} mau tanya, paspor ", passport(), ch(" hilang pas umroh", " ditahan travel umroh"), ". ",
            "atas nama ", nm(p, "full", .3), " lahir ", dob(p), ". ", ch("travelnya bangkrut", "hrs lapor kmn ya", "{tlg} infonya")]


@frame("dm")
def d_kos():
    p = mk_person(sex="F", culture=ch("genz", "umum"))
    return ["halo min, {sy} ", nm(p, "first", .6), ", anak kos di ", addr(ch(0, 1, 13, 2)), area(), ". ",
            ch("lampu jalan di gang mati total, tiap pulang kerja takut {bgt}", "ada org mabok tiap malem nongkrong di pos ronda",
               "air sumur kecampur limbah"), ". ", ch("ig {sy} ", "dm aja ke "), handle(p), " {ep}"]


@frame("dm")
def d_bank_bansos():
    p = mk_person()
    b, v = bank(ch("BRI", "BNI", "Mandiri", "BSI"))
    return ["{min} dana pkh ke rek ", b, " ", v, " {blm} masuk {sampe} skrg. nama penerima ", nm(p, "full", .4),
            ", ", cue_nik(), nik(p), ". {tlg} dicek di sistem {ep}"]


@frame("dm")
def d_btn():
    p = mk_person()
    return [ch("angsuran KPR {sy} ", "cicilan rumah subsidi {sy} "), ch("di BTN no rek ", "rek btn "), bank("BTN")[1],
            " kepotong 2x bln ini. ", "{sy} ", nm(p, "full", .4), ", ", cue_hp(), phone(), ". ",
            ch("{rmh} di ", "unitnya "), addr(ch(4, 10, 17)), area()]


# ---- WhatsApp chats ----
@frame("wa")
def w_banjir():
    a, b, c = mk_person(), mk_person(), mk_person(sex="M")
    lines = [
        (sender(a), ch("air udh masuk rmh nih {e}", "gang depan banjir lg sebetis", "{rmh} {sy} kebanjiran lg {es}")),
        (sender(b), ch("sama bu, di blok C jg", "iya got nya mampet {dr} kmrn", "parah, motor {sy} mogok")),
        (sender(), media()),
        (sender(c), ["yg mau lapor ke kelurahan bs hub ", ch("pak ", "bang ", ""), nm(c, "call", .5), " aja di ", phone(), " ya"]),
        (sender(a), ch("siap {mksh} pak {ep}", "ok", "👍👍")),
    ]
    return wa_chat(lines[:R.randint(4, 5)], header=opt(.4, ch("Grup Warga RW 07 💬", "WARGA PERUMAHAN BERSATU", "Info RT 03 (resmi)")))


@frame("wa")
def w_hilang():
    p = mk_person(age=ch("child", "old"))
    q = mk_person()
    msg = [ch("*DICARI*", "‼️ORANG HILANG‼️", "Mohon bantu share"), "\n", "nama: ", nm(p, "full"), "\n",
           ch("usia ", "umur "), str(2024 - p.dob.year), " thn\n",
           ch("terakhir terlihat di pasar ", "hilang dr rumah sejak pagi, daerah "), city(), "\n",
           ch("hub ", "kabari ", "yg melihat hub "), nm(q, "call", .3), " ", phone()]
    lines = [(sender(), [ch("Diteruskan\n", "Forwarded\n", "*Pesan diteruskan*\n"), msg]),
             (sender(), ch("ya Allah smg cepet ketemu", "sudah di share ke grup sebelah", "aamiin {ep}"))]
    if R.random() < .5:
        lines.append((sender(), ch("ini beneran? jgn hoax", "{udh} lapor polsek blm?", "{tlg} update klo udh ketemu")))
    return wa_chat(lines)


@frame("wa")
def w_coret():
    ps = [mk_person(age="old") for _ in range(R.randint(2, 3))]
    msg = [ch("Daftar penerima BLT yg dicoret:", "nama2 yg ilang dr data bansos:"), "\n"]
    for i, p in enumerate(ps):
        msg += [str(i + 1), ". ", nm(p, "full", .5), " - ", nik(p), "\n"]
    msg.append(ch("mohon dicek ke kelurahan", "siapa yg nyoret ini??", "ada yg tau knp?"))
    lines = [(sender(), msg), (sender(), ch("lho itu ibu {sy} kok dicoret {ea}", "aneh, pdhl masih hidup semua", "<Media omitted>")),
             ("Admin Kelurahan" if R.random() < .5 else role_sender(), ch("nanti kami cek ke dinsos bu", "silakan datang ke kantor kelurahan bawa KK asli"))]
    return wa_chat(lines)


@frame("wa")
def w_unsaved():
    p = mk_person()
    lines = [(phone("p62sp"), ch("selamat pagi, ini grup warga ya?", "maaf nimbrung, {sy} warga baru", "izin share info")),
             (None, [phone("p62sp"), ch(" bergabung menggunakan tautan undangan grup ini", " joined using this group's invite link", " ditambahkan")]),
             (phone("p62space"), media()),
             (sender(p), ch("iya bener", "welcome", "salam kenal")),
             (phone("p62sp"), ch("{sy} mau tanya jadwal posyandu", "bank sampah buka kpn ya?", "siapa ketua rt nya skrg?"))]
    return wa_chat(lines[:R.randint(3, 5)])


@frame("wa")
def w_reply():
    a, b = mk_person(), mk_person()
    lines = [(sender(a), ch("{udh} ada yg lapor ke lapor.go.id blm soal jalan rusak?", "kmrn {sy} lapor lampu pju mati")),
             (sender(b), ["membalas ", nm(a, "call", .5), ": ", ch("{udh} bu, tiket ", "udh, "), ticket(), ch("", " tp blm dibls")]),
             (sender(a), ["@", nm(b, "call", .3), " ", ch("oh oke {mksh}", "nanti kabarin ya", "siap")])]
    return wa_chat(lines)


@frame("wa")
def w_dompet():
    p = mk_person()
    lines = [(sender(), [ch("ada yg nemu dompet isinya ktp a.n ", "nemu ktp atas nama ", "info, ditemukan ktp a/n "), nm(p, "full"), " ",
                         cue_nik(), nik(p), ch(" di depan indomaret", " di masjid", " di angkot 05")]),
             (sender(), media()), (sender(), ch("itu kyknya warga rw sebelah", "coba share ke grup rw 09", "udh diserahin ke pos satpam"))]
    return wa_chat(lines)


@frame("wa")
def w_iuran():
    p = mk_person()
    b, v = bank(ch("BRI", "BCA", "BSI", "Mandiri"))
    lines = [(sender(p, .6), ["Assalamualaikum. iuran sampah bln ini ", small_price(), ", bisa transfer ke rek ", b, " ", v, " a.n ",
                              nm(p, "full", .3), " {ep}"]),
             (sender(), ch("sudah tf bu", "bukti tf {sy} japri ya", media())),
             (sender(), ch("kok naik lg iurannya?", "sampahnya aja {blm} diangkut 4 hari {ea}", "ok"))]
    return wa_chat(lines)


@frame("wa")
def w_dm_admin():
    p = mk_person()
    d = mob_digits()
    me = sender(p, 0)
    lines = [(me, ch("kak ini admin lapor kel?", "P", "halo admin")),
             (me, ["{sy} mau lapor pungli di ", ch("loket kecamatan", "pelayanan dukcapil", "puskesmas")]),
             ("Admin", "baik kak, boleh dengan nama dan nomor yg bisa dihubungi?"),
             (me, [nm(p, "full", .4), " ", (d[:4] + ch("-", " ", "") + d[4:8], "PHONE")]),
             (me, [(d[8:], "PHONE"), " {e}"])]
    return wa_chat(lines, fmt=ch("web", "time", "ios"))


@frame("wa")
def w_motor():
    p = mk_person()
    lines = [(sender(), ["info lur, motor ", ch("beat", "vario", "nmax", "scoopy", "supra"), " ", ch("hitam", "putih", "merah"), " nopol ",
                          plate(.4), " ", ch("hilang di parkiran masjid", "digondol maling subuh tadi", "raib di depan rumah")]),
             (sender(), ch("innalillahi", "{tlg} di share", "cctv ada ga?")),
             (sender(p), ["yg liat hub ", nm(p, "call", .5), " ", phone()])]
    return wa_chat(lines)


@frame("wa")
def w_rt_ketua():
    p = mk_person(sex="M")
    q = mk_person()
    lines = [(sender(q), ch("pak rt kita skrg siapa ya? mau minta surat", "ada yg punya no pak rw?")),
             (sender(), ["pak ", nm(p, "call", .4), " ", ch("rumahnya ", "di "), addr(ch(0, 1, 2, 13, 14))]),
             (sender(), [ch("wa nya ", "ini nmrnya "), phone()]), (sender(q), ch("{mksh} bu", "siap {mksh}", "🙏"))]
    return wa_chat(lines)


@frame("wa")
def w_puskes():
    p = mk_person(sex="F")
    lines = [(sender(), ch("td ke puskesmas antre dr jam 7 baru dipanggil jam 11", "pelayanan puskesmas parah bgt hari ni")),
             (sender(), ["petugas loketnya ", ch("mbak ", "bu ", ""), nm(p, "call", .5), " ", ch("jutek bgt", "malah main hp", "marah2 ke lansia")]),
             (sender(), ch("lapor aja ke 1708", "tulis di google review aja", "lapor lapor.go.id bu")), (sender(), media())]
    return wa_chat(lines[:R.randint(3, 4)])


@frame("wa")
def w_forward_ttd():
    p = mk_person()
    msg = ["*PENGUMUMAN*\nPendataan ulang DTKS dibuka sampai ", incident_date(), ". bawa KK + KTP asli ke balai desa. ",
           "info lebih lanjut hub ", ch("sdr. " if p.sex == "M" else "sdri. ", hon(p), ""), nm(p, "full", .2), " (", phone(), ")\n", ch("ttd", "Hormat kami,"), " ",
           ch("Kasi Kesra", "Sekdes", "Ketua RW 05")]
    return wa_chat([(sender(), ["Diteruskan\n", msg]), (sender(), ch("{mksh} infonya", "ini resmi kan?", "👍"))])


@frame("wa")
def w_wamention():
    d = mob_digits()
    lines = [(phone("p62sp"), ch("{sy} udh transfer kas tp kok blm dicatat", "jadwal ronda saya minggu ini?")),
             (sender(), ["@", ("62" + d[1:], "PHONE"), " ", ch("nanti dicek bu", "udh masuk kok", "malam kamis pak")])]
    return wa_chat(lines)


@frame("wa")
def w_pkh():
    p, q = mk_person(sex="F"), mk_person(sex="F")
    lines = [(sender(q), ["bu pendamping ", nm(p, "call", .5), " motong uang pkh ", mid_price(), " per org"]),
             (sender(), ch("sama di rw {sy} jg", "bener, tetangga {sy} juga dipotong", "katanya buat 'uang bensin'")),
             (sender(q), ["lapor aja, ", nm(q, "first", .5), " siap jd saksi. hub ", phone()])]
    return wa_chat(lines)


@frame("wa")
def w_email_kirim():
    p = mk_person()
    lines = [(sender(p), ["berkas bedah rumah kirim kemana ya?"]),
             ("Admin Kelurahan", ["kirim ke ", ch("dukcapil@bekasikota.go.id", "humas@sleman.go.id", "pengaduan@lapor.go.id"), " ya bu"]),
             (sender(p), ["udh {sy} kirim dr ", email(p), " {ep}"])]
    return wa_chat(lines)


@frame("wa")
def w_caps_voice():
    p = mk_person()
    lines = [(sender(), media()), (sender(), media()),
             (sender(), [ch("ini vn nya ", "tolong dengerin vn td, itu suara "), hon(p), nm(p, "any", .5), ch("", " sendiri", " yg marah2")]),
             (sender(), ch("ok noted", "siap", "nnt diteruskan ke lurah"))]
    return wa_chat(lines)


@frame("wa")
def w_bpjs_grup():
    p = mk_person(age="child")
    q = mk_person(sex="F")
    lines = [(sender(q), ["ada yg tau cara aktifin bpjs anak? punya ", nm(p, "first", .6), " no ", bpjs(), " kok nonaktif"]),
             (sender(), ch("ke kantor bpjs bu bawa kk", "lewat aplikasi mobile jkn bisa", "telp 165 aja")),
             (sender(q), ch("makasih", "oke bsk {sy} coba", "aplikasinya error trs {es}"))]
    return wa_chat(lines)


# ---- X / Twitter ----
@frame("x")
def x_pln():
    p = mk_person()
    return [xhead(p), "\n", ch("@pln_123 ", "@pln_123 @lapor1708 "),
            ch("listrik mati {dr} jam 4 sore {sampe} skrg ", "udh 3x padam hari ini ", "tiang listrik miring mau roboh "),
            ch("di ", "depan rmh {sy} di "), addr(), area(), " {ea}"]


@frame("x")
def x_reply():
    p, q = mk_person(), mk_person()
    return [xhead(p), "\n", "Membalas ", handle(q), " ", ch("dan @lapor1708", "@DukcapilRI", ""), "\n",
            ch("sama kak, ktp {sy} jg {blm} jadi 6 bln", "{sy} jg ngalamin, bpjs mati sepihak", "kok bisa sama ya kasusnya {e}")]


@frame("x")
def x_jualdata():
    p = mk_person()
    return [ch("min @lapor1708 ", "@kemensosri @DukcapilRI "), ch("tolong ini akun ", "ada akun "), handle(p),
            ch(" jual data ktp warga ", " nawarin data nik + kk "), ch("harga 5rb per data", "di telegram", "terang2an"), " {ea}"]


@frame("x")
def x_thread():
    p = mk_person()
    q = mk_person(sex="M")
    return [xhead(p), "\n", "thread 🧵 ", ch("pengalaman ngurus akta di dukcapil", "soal pungli di samsat", "soal sekolah negeri narik uang"), " (1/",
            str(R.randint(3, 6)), ")\n\n", "{sy} {dtg} ", incident_date(), ", petugasnya ", ch("pak ", "mas ", "sdr "), nm(q, "any", .4),
            " langsung minta ", price(), " ", ch("biar cepet", "katanya uang map", "tanpa kwitansi")]


@frame("x")
def x_plat_merah():
    return [ch("mobil dinas plat merah ", "plat merah "), plate(.2), ch(" dipake ke mall ", " parkir di trotoar ", " dipake mudik "),
            incident_date(), " ", ch("@lapor1708", "@humaspemkotbekasi", "@dishubdki"), " {ea}"]


@frame("x")
def x_dm_me():
    p = mk_person()
    return [xhead(p), "\n", ch("@BPJSKesehatanRI ", "@pemkotmakassar "), "udh dm ga dibales. ",
            ch("no kartu ", "bpjs "), bpjs(), ch(" nonaktif padahal rutin bayar", " {tdk} bs dipake di faskes"), ". ", ch("wa ", "hp "), phone()]


@frame("x")
def x_tilang():
    p = mk_person()
    return [nm(p, "any", .5), " ", handle(p), "\n", "kena tilang ETLE {pdhl} motor {sy} ", plate(.3),
            ch(" udh dijual dr 2021", " lg di bengkel pas tanggal itu"), ". ", ch("gimana ini @polisi.ri", "tlg @dishubdki", "hrs blokir dmn")]


@frame("x")
def x_quote():
    p, q = mk_person(), mk_person()
    return [xhead(p), "\n", ch("ini org nya! ", "pelakunya yg ini "), nm(q, "full", .5), " ", handle(q), " ",
            ch("udh nipu arisan 30 org", "jual tiket konser bodong", "ngaku2 bisa masukin PPPK"), "\n\nKutip\n",
            handle(mk_person()), "\n", ch("siapa yg tau kabar arisan online bodong?", "hati2 penipuan berkedok rekrutmen")]


@frame("x")
def x_short_name():
    p = mk_person()
    return ["@lapor1708 ", ch("oknum satpol pp ", "petugas parkir ", "juru sita "), nm(p, "full", .5), ch(" minta uang keamanan ke pedagang", " mukul pedagang kaki lima"), " {ea}"]


@frame("x")
def x_email():
    p = mk_person()
    return [xhead(p), "\n", ch("@KAI121 ", "@BPJSKesehatanRI ", "@DukcapilRI "), "udh kirim email 3x dr ", email(p),
            ch(" ga ada balesan sama sekali", " cuma dibales auto reply"), " {e}"]


@frame("x")
def x_ktp_umbar():
    p = mk_person()
    return [xhead(p), "\n", "ktp {sy} dipake org buat pinjol. nik ", nik(p), ch(" atas nama {sy} ", " "), nm(p, "full", .4),
            ". gmn cara blokirnya @DukcapilRI {es}"]


# ---- Instagram comments ----
@frame("ig")
def i_comment():
    p = mk_person()
    return [handle(p, at=False), ch("  ", " ", "\n"), ch("min ", "mimin ", ""), ch("jalan di ", "got depan "), addr(ch(0, 1, 2, 12, 13, 16)),
            ch(" kapan dibenerin", " mampet 2 minggu", " ancur bgt"), " {ea}", igfoot()]


@frame("ig")
def i_tag():
    p, q = mk_person(), mk_person()
    return [handle(p, at=False), "  ", handle(q), ch(" tuh min pelakunya", " ini yg ngutang ga bayar2", " coba lapor ke sini"), " {e}", igfoot()]


@frame("ig")
def i_reply_admin():
    p = mk_person()
    return [handle(p, at=False), "  @kel.sukamaju ", ch("min sy udh lapor lewat dm ", "admin tlg cek dm "),
            ch("atas nama ", "a/n "), nm(p, "full", .6), " ", ch("{blm} dibales", "soal bansos"), igfoot()]


@frame("ig")
def i_phone():
    p = mk_person()
    return [handle(p, at=False), "  ", ch("min kalo mau daftar umkm binaan hub siapa?", "{tlg} hubungi {sy} ya min"),
            " ", ch("wa ", "no "), phone(), igfoot()]


@frame("ig")
def i_lower():
    p = mk_person()
    q = mk_person()
    return [handle(p, at=False), "\n", hon(q), nm(q, "call", .9), ch(" yg di loket kecamatan itu emg galak min", " bidan puskesmas itu baik bgt loh",
                                                                   " petugas dukcapil suka ngilang pas jam kerja"), " {e}", igfoot()]


@frame("ig")
def i_kk():
    p = mk_person()
    return [handle(p, at=False), "  ", "min kk {sy} ", kk(p), ch(" kok {tdk} kebaca di sistem", " {blm} sinkron"), "?", igfoot()]


@frame("ig")
def i_giveaway():
    p = mk_person()
    return [handle(p, at=False), "  ", ch("ikutan min ", "semoga menang "), handle(mk_person()), " ", handle(mk_person()), " ",
            ch("#pemkotpeduli", "🙏", "aamiin")]


@frame("ig")
def i_dob():
    p = mk_person(sex="F")
    return [handle(p, at=False), "  ", ch("min {sy} mau bikin ikd tp tgl lahir di ktp salah, ", "min data {sy} di ikd beda, "),
            ch("harusnya ", "yg benar "), dob(p), " {tlg} {bls} dm", igfoot()]


# ---- Facebook groups ----
@frame("fb")
def f_info():
    p = mk_person()
    return [ch("INFO WARGA ", "Info Warga ", "INFO "), city().upper(), "\n", nm(p, "full", .1), "\n",
            ch("Mohon bantuan admin, ", "Izin admin, "), ch("jalan di ", "lampu jalan di "), addr(ch(2, 9, 14, 16)), area(),
            ch(" rusak parah sdh berbulan2", " mati total seminggu"), ". ", ch("mohon diviralkan", "tag dinas terkait", "biar pemkot baca")]


@frame("fb")
def f_bantuan():
    p = mk_person()
    return [nm(p, "full", .1), " ▸ ", ch("Forum Warga ", "Info Seputar ", "Suara Warga "), city(), "\n",
            ch("Mohon bantuan admin", "Mohon izin admin"), " 🙏\n",
            "{sy} ", ch("mau nanya", "butuh info"), ", ", _rel_old_name(),
            ch(" stroke dan ga bisa jalan, mau urus ktp el gmn ya? bisa jemput bola?", " lansia blm pernah dpt bantuan apapun"),
            "\n", ch("alamat ", "almt "), addr(), area()]


def _rel_old_name():
    q = mk_person(age="old")
    return [rel(q, "old"), "{sy} ", nm(q, "full", .2)]


@frame("fb")
def f_comments():
    a, b, c = mk_person(), mk_person(), mk_person()
    return [nm(a, "full"), "\n", ch("lapor aja ke kantor kelurahan", "udh lapor lapor.go.id", "sama di tempat {sy} jg"), fbfoot(), "\n\n",
            nm(b, "full"), "\n", nm(a, "first"), ch(" emg gt pelayanannya", " bener bgt", " itu bukan wewenang kelurahan"), fbfoot(), "\n\n",
            nm(c, "full"), "\n", ch("inbox {sy} aja ", "wa {sy} aja "), phone(), fbfoot()]


@frame("fb")
def f_ditemukan():
    p = mk_person()
    return [ch("Telah ditemukan dompet", "DITEMUKAN KTP", "Ditemukan tas kecil"), ch(" a.n ", " atas nama "), nm(p, "full"),
            ", ", cue_nik(), nik(p), ". ", ch(["Yang merasa memiliki hub ", phone()], "Bisa diambil di pos satpam perum"),
            opt(.4, [". ", ch("alamat di ktp ", "almt ktp "), addr(), area()])]


@frame("fb")
def f_penipuan():
    p = mk_person()
    return [ch("HATI2 PENIPUAN", "Waspada penipuan", "⚠️ HATI-HATI ⚠️"), " mengatasnamakan ", ch("dinsos", "pegawai PLN", "petugas BPJS", "kelurahan"),
            ". nomor ", phone(), ch(" ngaku namanya ", " a.n "), nm(p, "full", .2), ch(" minta transfer biaya admin ", " minta kode otp "),
            ch(price(), ""), opt(.5, [". rek tujuan ", _bk(bank())])]


@frame("fb")
def f_jualan_rumah():
    p = mk_person()
    return [ch("Mau lapor ", "Curhat dikit "), "min, ", ch("developer ", "pemilik kontrakan "), nm(p, "full", .2),
            ch(" tdk mau balikin DP ", " ngusir {sy} tanpa pemberitahuan "), ch("padahal kontrakan di ", "unitnya di "), addr(ch(3, 4, 10, 15)), area(),
            ". ", ch("nomornya ", "hp nya "), phone(), ch(" udh diblok", " ga aktif lg")]


@frame("fb")
def f_ktp_lansia():
    p = mk_person(age="old")
    return ["Mohon bantuan admin... ", rel(p, "old"), "{sy} ", nm(p, "full", .2), " ", ch("usia ", "umur "), str(2024 - p.dob.year),
            " thn, TTL ", city(), ", ", dob(p), ". ktp nya hilang, mau bikin lagi tp ", ch("nik nya {tdk} terdaftar", "datanya beda"),
            ". nik lama ", nik(p), ". {tlg} solusinya {ep}"]


@frame("fb")
def f_reply_thread():
    a, b = mk_person(), mk_person(sex="M")
    return [nm(a, "full"), "\n", "Bang ", nm(b, "first", .3), " itu yg pegang proyek jalan di " + ch("desa kita", "rw 05", "kampung sebelah"),
            " kan? ", ch("aspalnya cuma tahan 2 bulan", "anggarannya 1,5 M tp hasil gini", "kok ga ada papan proyek"), fbfoot(),
            "\n\n", nm(b, "full"), "\n", ch("bukan sy bang, itu kontraktor dr luar", "nanti sy tanyakan ke dinas pu"), fbfoot()]


@frame("fb")
def f_lostchild():
    p = mk_person(age="child")
    q = mk_person()
    return [ch("BANTU SHARE!!! ", "Mohon bantu share "), "anak an. ", nm(p, "full"), " (", str(2024 - p.dob.year), " th) ",
            ch("belum pulang sejak kemarin sore", "hilang saat main di lapangan"), ". ciri2: kaos ", ch("merah", "biru", "kuning"),
            ". hub ", nm(q, "call", .2), " ", phone(), ch(" / ", " atau "), phone()]


@frame("fb")
def f_bidan():
    p = mk_person(sex="F")
    return [ch("Info warga ", "Sekedar info "), kec(), ": ", "bidan desa ", ch("bu ", ""), nm(p, "full", .3),
            ch(" sekarang buka praktek di ", " pindah ke "), addr(ch(0, 2, 9, 14)), ". ", ch("wa ", "hp "), phone(),
            ". ", ch("pelayanan bagus", "ramah", "bisa BPJS")]


@frame("fb")
def f_caps():
    p = mk_person(sex="M")
    return ["KADES ", nm(p, "full"), " TIDAK TRANSPARAN DANA DESA!! ", ch("JALAN DI DUSUN KAMI TIDAK PERNAH DIBANGUN", "BLT DIPOTONG 100RB"), " ", ch("MOHON BUPATI TURUN TANGAN", "KAMI WARGA SUDAH MUAK")]


# ---- TikTok comments ----
@frame("tt")
def t_userdigits():
    return [("user" + digits(R.choice([10, 11, 13])), "HANDLE"), "\n",
            ch("kak {tlg} viralin jalan di desa {sy} jg", "sama kak di tempat {sy} jg gt", "ini dmn kak? kok mirip kampung {sy}",
               "semoga viral biar dibenerin"), " {e}"]


@frame("tt")
def t_tag():
    p = mk_person(culture=ch("genz", "umum"))
    q = mk_person(culture="genz")
    return [handle(p, at=False), "\n", handle(q), " ", ch("ini lho rumah {km} kebanjiran", "liat nih sekolah kita dulu", "ini pak rt kita kan wkwk")]


@frame("tt")
def t_name():
    p = mk_person()
    q = mk_person()
    return [handle(p, at=False), "\n", ch("itu ", "itu kan ", "ini mah "), hon(q), nm(q, "call", .9), ch(" pegawai kecamatan", " guru honorer di sd 3", " petugas parkir pasar"),
            ch(" wkwkwk", " 😭", " viralin terus", "")]


@frame("tt")
def t_phone():
    p = mk_person()
    return [handle(p, at=False), "\n", ch("kak yg butuh bantuan sembako bs hub ", "buat yg mau lapor bisa ke "), phone(), ch(" (relawan)", "", " gratis")]


@frame("tt")
def t_plate():
    p = mk_person()
    return [handle(p, at=False), "\n", ch("plat nya keliatan ", "nopolnya "), plate(.6), ch(" tuh bang", " cepet laporin", " zoom di detik 0:12")]


# ---- Google Maps reviews ----
@frame("gm")
def g_review():
    r, st = mk_person(), mk_person(sex="F")
    return [nm(r, "full"), "\n", ch("Local Guide · %d ulasan · %d foto" % (R.randint(5, 300), R.randint(0, 900)), "%d ulasan" % R.randint(1, 20), "1 ulasan"), "\n",
            stars(), " ", ch("2 minggu lalu", "sebulan lalu", "3 hari lalu", "setahun lalu"), "\n",
            ch("Pelayanan lambat. ", "Antri dr pagi. ", "Parkir susah, ruang tunggu panas. "),
            ch("Petugas pendaftaran ", "Mbak di loket ", "Bagian farmasi "), ch("namanya ", "a.n ", "bu "), nm(st, "call", .3),
            ch(" judes sekali.", " malah asik main hp.", " bentak2 pasien lansia."), " ", ch("Tolong dievaluasi.", "Kecewa.", "")]


@frame("gm")
def g_good():
    r, st = mk_person(), mk_person()
    return [nm(r, "full"), "\n", ch("4 ulasan", "Local Guide · 88 ulasan", "12 ulasan · 3 foto"), "\n", ch("★★★★★", "⭐⭐⭐⭐⭐", "5/5"), " ",
            ch("sebulan lalu", "seminggu lalu"), "\n", ch("Pelayanan cepat, ", "Alhamdulillah urus KK cuma sejam, "),
            ch("makasih dr. ", ["terima kasih ", hon(st)], ["terutama ", hon(st)]), nm(st, "first", .2), ch(" yg sabar jelasin.", " yg ramah.", " 🙏")]


@frame("gm")
def g_owner():
    r = mk_person()
    return [nm(r, "full"), "\n", stars(), " ", ch("3 bulan lalu", "2 minggu lalu"), "\n",
            ch("Katanya buka jam 8 tp jam 9 masih tutup.", "Ditolak berobat karena BPJS belum aktif.", "Toiletnya bau, air mati."),
            "\n\nTanggapan dari pemilik\n", ch("Terima kasih masukannya Bapak/Ibu ", "Mohon maaf atas ketidaknyamanannya Kak "), nm(r, "first"),
            ". ", ch("Silakan hubungi pengaduan kami di 1500200.", "Silakan DM ke @puskesmas.tebet.", "Akan kami evaluasi.")]


@frame("gm")
def g_lurah():
    r, st = mk_person(), mk_person()
    return [nm(r, "full", .2), "\n", stars(), "\n", "kantor kelurahan ", kel(), ch(" pelayanan nya lelet", " ga ada org di jam kerja"), ". ",
            hon(st), nm(st, "call", .5), ch(" bilang sistem down terus", " nyuruh balik bsk padahal sy cuti kerja", " minta uang map 20rb"),
            ". ", ch("kasih bintang 1 aja", "ga rekomen", "")]


@frame("gm")
def g_phone():
    r = mk_person()
    return [nm(r, "full"), "\n", stars(), " ", ch("5 hari lalu", "baru saja"), "\n",
            ch("Nomor telp yg di google ga aktif. ", "Ditelp ga pernah diangkat. "), "Kalau pihak puskesmas baca ini tolong hubungi sy di ",
            phone(), " soal rujukan ibu saya."]


# ---- additional frames (more structures, rarer labels) ----
@frame("dm")
def d_pisah_kk():
    p, q = mk_person(), mk_person(sex="M", age="old")
    return [ch("min mau tanya, ", "kak admin, ", "Permisi, "), "{sy} mau pisah kk {dr} ortu krn {udh} nikah. ",
            ch("kk lama ", "no kk ortu "), kk(p), " a.n kepala keluarga ", nm(q, "full", .4), ". ",
            ch("nik {sy} ", "NIK suami "), nik(p), ". ", ch("almt baru ", "rencana pindah ke ", "skrg ngontrak di "), addr(), area(), ". ",
            ch("syaratnya apa aja ya?", "bisa online ga?", "{hrs} ke dukcapil langsung?")]


@frame("dm")
def d_npwp_nik():
    p = mk_person()
    return ["{min} {sy} ", nm(p, "full", .4), ". ", ch("katanya npwp skrg pake nik, ", "npwp {sy} {udh} dipadankan jd "),
            ch("npwp ", "NPWP 16 digit "), npwp(p, "nik"), ch(" tp di coretax tetep ga bisa login", " tp pas lapor spt ditolak"),
            ". email terdaftar ", email(p), " {tp} kode verifikasi {tdk} pernah masuk {es}"]


@frame("dm")
def d_honorer():
    ps = [mk_person() for _ in range(R.randint(2, 3))]
    out = [ch("gaji guru honorer di sekolah kami {udh} 3 bln {blm} cair. ", "insentif kader {blm} dibayar {dr} januari. "),
           ch("ini data rekening kami:\n", "rekening yg didaftarkan:\n")]
    for p in ps:
        b, v = bank(ch("BRI", "Bank Jateng", "BJB", "Bank Sumut", "BNI", "BSI"))
        out += ["- ", nm(p, "full", .4), ", ", b, " ", v, "\n"]
    out.append(ch("{tlg} ditindaklanjuti dinas pendidikan", "mhn dibantu {ep}", "kata bendahara dana {blm} turun"))
    return out


@frame("dm")
def d_pns_self():
    p = mk_person()
    return ["Yth admin, {sy} ", nm(p, "full", .2), ", PNS di ", ch("dinas kesehatan", "kecamatan", "sekolah dasar"), ch(" kab. ", " kota "), city(),
            ", NIP ", nip(p), ". ", ch(["TPP {sy} {udh} 4 bln {tdk} dibayar"], ["data {sy} di SIASN salah tgl lahir, harusnya ", dob(p)],
                                       ["kenaikan pangkat {sy} ditahan tanpa alasan"]),
            ". ", ch("{mksh}", "mohon arahan", "{ep}")]


@frame("dm")
def d_haji():
    p, q = mk_person(sex="M", age="old"), mk_person(sex="F", age="old")
    return [ch("travel umroh ", "biro perjalanan "), ch("PT Barokah Mulia", "Amanah Safari", "Nur Ilahi Tour"), " {tdk} berangkatin ortu {sy}. ",
            "paspor bapak ", passport(), ", paspor ibu ", passport(), " masih ditahan mereka. ", "atas nama ", nm(p, "full", .3), " dan ", nm(q, "full", .3),
            ". {udh} setor ", ch("Rp 56 juta", "60jt", "Rp 35.000.000"), " {es}"]


@frame("dm")
def d_sso():
    p = mk_person(culture=ch("genz", "umum"))
    return [ch("min akun ", "kak, akun "), ch("SIAP", "KIP Kuliah", "prakerja", "pendaftaran PPPK"), " {sy} ke-lock. ",
            ch("email ", "emailnya "), email(p), ch(", nik ", ", NIK "), nik(p), ". ", ch("{udh} reset password 5x", "otp {tdk} masuk2"), " {es}"]


@frame("dm")
def d_samsat():
    p = mk_person()
    return [ch("bayar pajak motor ", "mau bayar pajak mobil "), plate(.4), " ", ch("lewat e-samsat ", "di samsat keliling "),
            ch("error, katanya data {tdk} ditemukan. ", "kok dendanya 2x lipat. "), "stnk a.n ", nm(p, "full", .3), ", nik ", nik(p), ". {tlg} dicek"]


@frame("dm")
def d_bpjs_fam():
    ps = [mk_person()] + [mk_person(age="child") for _ in range(R.randint(1, 2))]
    out = [ch("min bpjs sekeluarga {sy} dinonaktifkan:\n", "kartu kis kami tiba2 mati semua:\n")]
    for p in ps:
        out += [nm(p, "first", .5), ": ", bpjs(), "\n"]
    out += ["kk ", kk(ps[0]), ". ", ch("{tlg} diaktifkan lg", "{pdhl} kami {tdk} mampu"), " {ep}"]
    return out


@frame("dm")
def d_two_addr():
    p = mk_person()
    return ["{sy} ", nm(p, "any", .5), ". almt di ktp ", addr(ch(6, 7, 8, 5)), area(), " tp domisili skrg ", addr(ch(0, 1, 3, 4, 13)), area(),
            ". ", ch("bisa ga dpt bansos di domisili?", "surat domisili {tdk} mau dikeluarin rt", "anak {sy} mau daftar sekolah pake almt domisili")]


@frame("wa")
def w_kk_foto():
    p, q = mk_person(sex="F"), mk_person()
    lines = [(sender(q), ch("bu, data {yg} kemarin kurang no kk", "ini nomor kk nya ya bu buat pendataan")),
             (sender(p), [media()]),
             (sender(p), [ch("no kk nya ", "kk: ", ""), kk(p), ch(" ya bu", "", " 🙏")]),
             (sender(q), ch("ok {mksh}", "siap dicatat", "nik suami jg bu"))]
    return wa_chat(lines)


@frame("wa")
def w_iuran_blok():
    ps = [mk_person() for _ in range(R.randint(2, 3))]
    msg = [ch("yg {blm} bayar iuran keamanan bln ini:", "list tunggakan kas:"), "\n"]
    for p in ps:
        msg += ["- ", hon(p), nm(p, "first", .3), " ", ("blok %s%d no %d" % (ch("A", "B", "C", "D", "E"), R.randint(1, 9), R.randint(1, 40)), "ADDRESS"), "\n"]
    msg.append(ch("mohon segera ya 🙏", "{mksh}"))
    return wa_chat([("Bendahara RT", msg), (sender(ps[0]), ch("maaf bu bsk {sy} bayar", "lho {sy} {udh} tf kmrn")), ("Bendahara RT", ch("oke ditunggu", "nanti dicek"))])


@frame("wa")
def w_tamu():
    p = mk_person()
    lines = [(sender(), ["waspada, ada mobil ", ch("avanza hitam", "innova silver", "pick up putih"), " ", plate(.3), " mondar-mandir {dr} td"]),
             (sender(), ["iya td berhenti depan {rmh} ", hon(p), nm(p, "call", .5), " ", addr(ch(0, 3, 4, 13, 14))]),
             (sender(), ch("{udh} lapor linmas?", "siap, ronda malam ini diperketat", media()))]
    return wa_chat(lines)


@frame("wa")
def w_resi():
    p = mk_person()
    msg = [ch("Penerima: ", "Nama penerima: "), nm(p, "full"), "\n", ch("No HP: ", "Telp: "), phone(), "\n", ch("Alamat: ", "Almt: "), addr(), area(), "\n",
           ch("isi: sembako bantuan", "isi: dokumen kelurahan", "paket JNE"), "\n"]
    lines = [(sender(), ["Diteruskan\n", msg]), (sender(), ch("kurirnya nyasar trs, ada yg kenal?", "paket ini nyangkut di pos ronda", "itu rumah yg cat hijau"))]
    return wa_chat(lines)


@frame("wa")
def w_split_nik():
    p = mk_person()
    d = p.nik16()
    i = R.randint(7, 14)
    bad = d[:i] + d[i + 1:] if R.random() < .5 else d[:i] + d[i] + d[i:]
    lines = [(sender(p, 0), ["bu ini nik {sy} buat daftar posyandu lansia ", (bad, "NIK")]),
             (sender(p, 0), ch("eh salah", "maaf typo")),
             (sender(p, 0), [(fmt16(d, ch("sp", "plain")), "NIK"), " yg ini bener"]),
             ("Posyandu Melati", ch("ok bu", "siap dicatat 🙏"))]
    return wa_chat(lines)


@frame("fb")
def f_duka():
    p, q = mk_person(age="old"), mk_person()
    return [ch("Innalillahi wa innailaihi rojiun. ", "Berita duka. "), "Telah berpulang ", ch("ayahanda kami " if p.sex == "M" else "ibunda kami ", "", "tetangga kami "),
            nm(p, "full", .1), " ", ch("pagi ini", "tadi malam"), ". Rumah duka: ", addr(ch(0, 2, 9, 14, 16, 5)), area(),
            ". ", ch("Info hub ", "CP "), nm(q, "call", .2), " ", phone(), ". ",
            ch("Kami juga mohon bantuan admin, akta kematian bisa diurus online?", "Mohon maaf lahir batin.", "Semoga husnul khotimah.")]


@frame("fb")
def f_lowongan():
    p = mk_person()
    return [ch("AWAS LOWONGAN PALSU ", "Hati2 loker bodong "), ch("PT KAI", "Pertamina", "rumah sakit daerah"), ". ",
            "mereka minta kirim cv ke ", email(p), ch(" lalu disuruh transfer biaya medical ", " terus minta uang seragam "), price(),
            " ke rek ", _bk(bank()), ch(" a.n ", " an "), nm(p, "full", .3), ". ", ch("Jangan percaya!", "Udah banyak korban.")]


@frame("fb")
def f_jual_rumah_tipu():
    p, q = mk_person(), mk_person()
    b, v = bank()
    return [nm(q, "full"), "\n", ch("Mohon bantuan admin ", "Izin share admin "), "saya ditipu ", ch("makelar tanah ", "pengembang perumahan "),
            nm(p, "full", .3), ". uang DP ", big_price(), " sudah masuk ke rek ", b, " ", v, ". ",
            ch("lokasi kavling katanya di ", "rumah contohnya di "), addr(ch(3, 4, 10, 15, 17)), area(), ". ",
            ch("skrg nomornya ", "wa nya "), phone(), " ", ch("tidak aktif", "udh ganti"), "."]


@frame("fb")
def f_lapak_nik():
    p = mk_person()
    return [ch("Mohon bantuan admin 🙏 ", "Info warga "), city(), ", ", ch("data ktp saya dipakai org buat daftar ", "nik saya terdaftar di "),
            ch("partai", "pinjol", "provider kartu perdana 80 nomor"), ". ", "Nama ", nm(p, "full", .2), " NIK ", nik(p),
            ". ", ch("Saya tidak pernah daftar", "Gimana cara hapusnya?"), fbfoot()]


@frame("x")
def x_bank():
    p = mk_person()
    b = ch("BRI", "BCA", "Mandiri")
    hb = {"BRI": "@kontakBRI", "BCA": "@HaloBCA", "Mandiri": "@bankmandiricare"}[b]
    return [xhead(p), "\n", hb, " ", ch("saldo rek ", "rekening "), bank(b)[1], ch(" kepotong ", " berkurang "), price(),
            ch(" tanpa transaksi", " padahal tdk ada notif"), ". ", ch("udh telp cs katanya nunggu 14 hari kerja", "tolong dicek min"), " {ea}"]


@frame("x")
def x_samsat():
    p = mk_person()
    return [xhead(p), "\n", ch("@lapor1708 ", "@polisi.ri "), "mobil {sy} ", plate(.2), ch(" kena tilang elektronik ", " dapet surat konfirmasi ETLE "),
            ch("di lokasi yg {tdk} pernah {sy} lewati", "padahal pas itu mobil di rumah"), ". ", ch("plat nya dipalsu org?", "ada plat kembar?")]


@frame("x")
def x_pns():
    p = mk_person()
    return [ch("@lapor1708 ", "@humaspemkotbekasi "), ch("ASN ", "pejabat ", "oknum PNS "), nm(p, "full", .3),
            ch([" (NIP ", nip(p), ") "], [" nip ", nip(p), " "], [", NIP: ", nip(p), ", "]), ch("kampanye terang2an di medsos", "flexing mobil mewah", "bolos kerja tiap jumat"), ". ", "{tlg} ditindak"]


@frame("sms", True)
def s_addr_only():
    return [ch("almt: ", "alamat: ", "rmh sy: ", "kirim ke "), addr(R.choice([0, 1, 3, 4, 7, 11, 12, 13]), .6), opt(.5, area())]


@frame("sms", True)
def s_kk2():
    return [ch("no kk ", "kk ", "nmr kk "), kk(None, ch("sp", "plain", "dash")), ch(" mau cek status bansos", " {blm} masuk dtks", "")]


@frame("sms", True)
def s_email3():
    p = mk_person(culture=ch("genz", "umum", "jawa"))
    return [ch("blm dpt link verifikasi ke ", "kirim formnya ke "), email(p), " {ep}"]


@frame("sms", True)
def s_bank2():
    b, v = bank(ch("BNI", "BCA", "BSI", "Mandiri"))
    return [ch("no rek ", "rek "), b.lower(), " ", v, ch(" salah transfer bansos", " dibekukan tanpa info", " ditolak pas cair pkh")]


@frame("sms", True)
def s_npwp2():
    p = mk_person()
    return [nm(p, "first", .6), ch(" npwp ", " NPWP: "), npwp(p), ch(" mohon dicek", "")]


@frame("sms", True)
def s_paspor2():
    return [ch("paspor ", "no paspor "), passport(), ch(" blm jadi {udh} 2 minggu", " kena blokir imigrasi", " {tlg} cek status")]


@frame("sms", True)
def s_nik_grp():
    return [ch("noktp ", "nik: ", "NIK "), nik(None, ch("sp", "dash", "dot")), ch(" ganda di sistem", " dipake org lain", " ga valid katanya")]


@frame("sms", True)
def s_ttl():
    p = mk_person()
    return [ch("ttl ", "TTL "), city(), ", ", dob(p), " ", ch(["tp di sistem beda"], ["nik ", nik(p, "plain")], ["mohon diperbaiki"])]


@frame("sms", True)
def s_phone_two():
    p = mk_person()
    return [nm(p, "call", .6), ch(" hp ", " no "), phone(), ch(" / ", " atau ", " wa "), phone()]


@frame("sms", True)
def s_plate_angkot():
    return [ch("angkot ", "bus ", "truk sampah "), plate(.3), ch(" ngebut bgt hampir nabrak anak sekolah", " ngetem di depan sd", " buang sampah sembarangan")]


# --------------------------------------------------------------------------- no-PII frames (near-misses only)
@frame("np", True)
def n_price():
    return ch(["bikin surat pengantar di kel dimintain ", mid_price(), ch(" {pdhl} gratis", " tanpa kwitansi", " {ea}")],
              ["parkir motor di rsud ditarik ", small_price(), ch(" {pdhl} karcisnya 2rb", " wajar ga sih", " tiap masuk")],
              ["gas melon di warung ", ch("28rb", "Rp 30.000", "27 ribu", "32rb"), ch(" {pdhl} HET 19rb", " mahal bgt", " {ea}")],
              ["urus akta diminta ", mid_price(), ch(" {pdhl} gratis", " sama calo", " {ea}")])


@frame("np", True)
def n_ticket():
    return ["{min} ", ticket(), ch(" {udh} 2 minggu {blm} ada tindak lanjut", " statusnya masih diproses trs", " kok ditutup sepihak")]


@frame("np", True)
def n_hotline():
    return [ch("telp ", "udh nelpon ", "nelpon call center "), hotline(), ch(" {tdk} diangkat", " cuma dijawab mesin", " disuruh nunggu 3x24 jam"), " {e}"]


@frame("np")
def n_reg():
    return [ch("Bukannya menurut ", "Kan udh jelas di ", "sesuai "), reg(), ch(" pelayanan publik harus ", " layanan adminduk itu "),
            ch("gratis", "tepat waktu", "tanpa pungutan"), ". ", ch("kok di kec ", "tp di kantor "), kec(), " ", ch("masih bayar ", "dimintain "), mid_price(),
            "? {ea}"]


@frame("np", True)
def n_rt():
    return [ch("warga ", "lampu jalan di ", "got di ", "jalan di "), rtno(), " ", ch("kebanjiran lg", "mati total", "mampet", "ancur"), " ", opt(.5, ["kel ", kel().lower()])]


@frame("np")
def n_street():
    return [ch("jalan berlubang di ", "lampu mati sepanjang ", "banjir di ", "macet parah di "), R.choice(HERO_STREETS), ch(" km ", " dekat km "), str(R.randint(2, 60)),
            ch(" udh makan korban", " tiap hujan", " {udh} berbulan2", " {tlg} dishub turun"), ". ", opt(.5, [ch("kejadian ", "terakhir "), incident_date()])]


@frame("np", True)
def n_kk_count():
    n = R.randint(3, 60)
    return [ch("%d KK" % n, "%d kk" % n, "%d kepala keluarga" % n), ch(" di ", " warga "), rtno(), ch(" {blm} dpt air bersih", " kena gusur tanpa ganti rugi", " terdampak banjir")]


@frame("np")
def n_hospital():
    return [ch("di ", "pelayanan igd ", "antrian bpjs di "), R.choice(HOSPITALS), ch(" lama bgt, ", " parah, ", " kacau, "),
            ch("pasien nunggu di lorong", "kamar katanya penuh trs", "obat disuruh beli di luar"), ch(" {pdhl} pakai bpjs", "", ". {tlg} dievaluasi"), " {ea}"]


@frame("np")
def n_inst():
    return [ch("udh kirim email ke ", "laporan {sy} {udh} dikirim ke "), ch("pengaduan@lapor.go.id", "layanan@dinsos.jatimprov.go.id", "pengaduan@disdik.jabarprov.go.id"),
            ch(" dan mention ", " + tag "), ch("@lapor1708", "@kemensosri", "@DukcapilRI"), ch(" tp {blm} ada respon", " sebulan lalu"), ". ", ticket()]


@frame("np", True)
def n_nik_cue():
    return [ch("NIK {sy} {udh} dicek di 3 aplikasi", "nik {sy} {tdk} terdaftar di dtks", "nik anak {sy} {blm} muncul di kk baru", "nik ortu {sy} kok ganda")
            , ch(" {tp} hasilnya beda2", " {gmn} ini", "", " {es}")]


@frame("np")
def n_spbu():
    s = "%d.%03d.%02d" % (R.randint(31, 74), R.randint(100, 999), R.randint(1, 99))
    return ["SPBU ", s, ch(" di ", " dekat "), R.choice(HERO_STREETS), ch(" ngisi pertalite ga pas takarannya", " solarnya kosong trs tapi jerigen diisi",
                                                                         " antrian truk sampe ke jalan"), ". ", ch("udah {sy} videoin", "tolong pertamina cek", "")]


@frame("np")
def n_npsn():
    return ["SD negeri NPSN ", str(R.randint(20100000, 69999999)), " ", ch(["masih narik uang komite ", mid_price()], ["minta sumbangan pembangunan ", ch("Rp 1.500.000", "2 juta", "1,5jt", "Rp 850.000")],
                                                                            ["jual seragam ", mid_price()]),
            ch(" per siswa", " per anak", ""), ". ", ch("{pdhl} dana BOS ada", "sesuai " + reg() + " ga boleh", "ortu pada keberatan")]


@frame("np", True)
def n_count():
    return [ch("%d peserta" % R.randint(20, 200), "%d warga" % R.randint(10, 300), "%d lansia" % R.randint(5, 50)), ch(" ga kebagian ", " {blm} dpt "),
            ch("vaksin", "beras", "sembako", "kupon"), ch(" di ", " "), ch("balai desa", "kantor kel " + kel().lower(), "aula kecamatan")]


@frame("np")
def n_wa_group():
    lines = [(role_sender(), ch("Info: pemadaman listrik bsk jam 09.00-15.00 di wilayah ", "Jadwal fogging hari minggu jam 7 pagi di ") + kel()),
             (role_sender(), ch("siap", "{mksh} infonya", "👍")),
             (role_sender(), media())]
    return wa_chat(lines)


@frame("np")
def n_wa_group2():
    lines = [("Pak RT", ch("warga yg {blm} kumpul fotokopi KK harap segera ya, deadline ", "kerja bakti minggu ini ")), 
             ("Bu RW", ch("noted pak", "siap, bsk {sy} umumin di masjid")),
             ("Bendahara RT", ["iuran ", small_price(), ch(" per KK", " per rumah"), ", dibayar paling lambat ", incident_date()]),
             ("Pak RT", media())]
    return wa_chat(lines[:R.randint(3, 4)])


@frame("np")
def n_gmaps():
    return [ch("Warga Sekitar", "Pengguna Google", "Anonim"), "\n", stars(), " ", ch("sebulan lalu", "2 hari lalu"), "\n",
            ch("Puskesmas ", "Kantor kelurahan ", "Kantor dukcapil "), kel(), ch(" tutup jam 12 pdhl jadwal jam 3.", " ga ada kursi roda buat lansia.",
                                                                              " antrian online ga berfungsi, tetep antri manual."),
            " ", ch("Nomor antrian ", "Dapat nomor "), str(R.randint(40, 180)), ch(", dipanggil jam 1 siang.", " padahal datang subuh.")]


@frame("np")
def n_x():
    return [ch(["@lapor1708 ", ch("air ", "listrik ", "lampu lalin ")], ["@pln_123 listrik "], ["@pdamtirtapakuan air "], ["@dishubdki lampu lalin "]),
            ch("mati ", "rusak ", "bermasalah "), ch("di ", "sekitar "),
            kel(), " ", kec(), ch(" sejak ", " dr "), incident_date(), ". ", ch("warga {udh} lapor ke call center tp {blm} ada petugas", "kata cs nya suruh nunggu",
                                                                                   "{udh} 2x lapor {tdk} ada respon"), " {ea}"]


@frame("np", True)
def n_brand():
    paid = ch(" tp {blm} masuk", " 2x", "")
    return ch(["beli token di ", ch("Indomaret", "Alfamart", "Shopee", "Tokopedia", "DANA"), ch(" gagal ", " kepotong "), mid_price(), paid],
              ["bayar pbb lewat ", ch("Tokopedia", "Pospay", "Indomaret"), ch(" gagal ", " kepotong "), ch("Rp 1.500.000", "Rp 850.000", "2 juta"), paid],
              ["bayar bpjs di ", ch("Alfamart", "Indomaret", "OVO", "Lazada"), ch(" gagal ", " kepotong "), ch("Rp 42.000", "35rb", "Rp 105.000"), paid],
              ["ongkir ", ch("JNE", "J&T"), " paket bantuan ditagih ", small_price(), ch(" ke penerima", " {pdhl} gratis")])


@frame("np", True)
def n_app():
    return [ch("aplikasi ", "app "), R.choice(APPS), ch(" error trs", " ga bisa login", " minta update mulu", " force close"), " {e}"]


@frame("np")
def n_fb():
    return [ch("INFO WARGA ", "Info Warga "), city(), "\n", ch("Mohon bantuan admin", "Izin share min"), ", ",
            ch("jalan provinsi di ", "jembatan di ", "drainase di ", "tanggul di "), kec(), ch(" ambles", " putus", " jebol", " longsor"), " ",
            ch("sejak ", "dr "), incident_date(), ". ", ch("Ada ", "Sdh "), str(R.randint(2, 40)), ch(" KK terdampak", " motor jatuh"), ". ",
            ch("#infowarga", "Tag dinas PU", "Semoga cepat ditangani")]


@frame("np")
def n_ig():
    u = ch("puskesmas.tebet", "kel.sukamaju", "diskominfo.bdg", "humaspemkotbekasi")
    return [u, "  ", ch("Terima kasih atas laporannya. Silakan sampaikan detail ke DM atau WA center kami.",
                        "Jadwal pelayanan Senin–Jumat pukul 08.00–15.00 WIB.", "Informasi pendaftaran dapat dilihat di link bio."),
            igfoot()]


@frame("np", True)
def n_lower():
    return [ch("jln rusak", "lampu mati", "sampah numpuk", "banjir lg"), " ", ch("depan pasar ", "di simpang ", "dkt sekolah "), kel().lower(), " ",
            ch("{tlg} {min}", "{udh} seminggu", "{ea}")]


@frame("np")
def n_dates():
    return [ch("laporan {sy} tgl ", "{udh} lapor dr "), incident_date(), ch(", dijanjiin selesai ", ", katanya diproses paling lambat "), incident_date(),
            ch(" tp sampe skrg nihil", ", {pdhl} udh lewat"), ". ", ch("{sy} warga ", "kami warga "), kel(), " ", ch("kecewa", "{ea}")]


@frame("np")
def n_official():
    return [ch("pak lurah ", "kepala desa ", "camat ", "kepala puskesmas ", "sekdes "), ch("{tdk} pernah ada di tempat", "cuma ngantor seminggu sekali",
                                                                                          "{tdk} mau ketemu warga"),
            ". ", ch("staf nya jg bingung", "warga disuruh nunggu", "bupati {tlg} evaluasi"), ". ", ch("ini di kec. ", "kejadian di kel. "), ch(kec(), kel())]


@frame("np", True)
def n_short_caps():
    return [ch("JALAN RUSAK PARAH DI ", "LAMPU PJU MATI DI ", "SAMPAH GAK DIANGKUT DI "), kec().upper(), ch("!!!", " TOLONG", "")]


@frame("np")
def n_tiktok():
    return [ch("balasan ke video: ", "komentar: ", "Balas: ", ""),
            ch("ini di ", "mirip di ", "kayak di "), city(), ch(" jg gt kak", " lebih parah", " bener bgt"), " ", ch("😭", "🔥", "👍", "")]


@frame("np")
def n_tax():
    return [ch("pbb {rmh} naik ", "tagihan pbb tahun ini "), ch("3x lipat", "dr 200rb jd 750rb", "jadi " + price()), ". ",
            ch("sesuai ", "katanya krn "), ch("Perda No. 3 tahun 2013", "penyesuaian NJOP", "Perwal no 15 th 2022"), ". ", ch("{sy} pensiunan, {tdk} sanggup", "ga ada sosialisasi")]


@frame("np", True)
def n_short2():
    return [ch("pdam mati ", "listrik padam ", "sinyal ilang "), ch("dr subuh", "3 hari", "tiap sore"), ch(" di ", " "), kec(), " {ea}"]


@frame("np")
def n_sekolah():
    return ["PPDB zonasi di ", city(), ch(" kacau. ", " ga transparan. "), "anak {sy} jarak ", str(R.randint(300, 900)), " m ",
            ch("ga keterima", "kalah sm yg jauh"), ". ", ch("aturan ", "cek "), reg(), ". ", ticket()]


@frame("np")
def n_dm_admin():
    return [ch("min ", "kak "), ch("mau tanya syarat bikin akta kelahiran apa aja ya", "jam buka mpp sabtu ada ga", "cara cek penerima bansos gmn"),
            "? ", ch("{sy} warga ", "domisili "), kec(), ". ", "{mksh} {ep}"]


@frame("np")
def n_forward():
    return [ch("Diteruskan\n", "*Pesan berantai*\n"), ch("Hati2 modus penipuan undangan pernikahan .apk di wa. jangan diklik!!",
                                                           "Ada pembagian sembako gratis di " + kel() + " tgl " + str(R.randint(1, 28)) + ". bawa KTP."), " ", ch("sumber: polres " + city().lower(), "info dr grup sebelah", "")]


@frame("np", True)
def n_km():
    return ["jalan tol km ", str(R.randint(10, 190)), ch(" arah ", " jalur "), city(), ch(" berlubang", " gelap ga ada lampu"), " {e}"]


@frame("np")
def n_bpjs():
    return [ch(["iuran bpjs kelas 3 ", ch("Rp 42.000", "35rb")], ["denda bpjs ", ch("Rp 2,5 juta", "1,5jt", "Rp 750.000")]), ch(" tp pelayanan ", " tp faskes "), ch("kayak gini", "nolak pasien"),
            ". ", ch("cs 165 ", "kantor cabang "), ch("lempar2an", "ga jelas"), ". ", ch("pakai aplikasi ", "cek di "), "Mobile JKN ", ch("error", "loading terus")]


@frame("np")
def n_pupuk():
    return [ch("pupuk subsidi ", "urea subsidi "), ch("kosong di kios", "dijual di atas HET"), ". harusnya ", ch("Rp 112.500", "Rp 115rb", "112rb"), ch(" per sak", " per karung"),
            ", dijual ", ch("Rp 150.000", "160rb", "Rp 175rb"), ". ", ch("petani di ", "kami di "), kec(), ch(" menjerit", " rugi"), ". kartu tani {tdk} ", ch("bisa dipake", "laku")]


# --------------------------------------------------------------------------- build & validate
def flatten(x, out):
    if x is None or (isinstance(x, str) and x == ""):
        return
    if isinstance(x, tuple):
        assert len(x) == 2 and isinstance(x[0], str) and (x[1] in LABELS or x[1] == NM), x
        out.append(x)
    elif isinstance(x, str):
        out.append(x)
    else:
        for y in x:
            flatten(y, out)


PUNCT_RE = re.compile(r"[.,!?;:]+(?=\s)")


def build(pieces, case=None, nopunct=False):
    flat = []
    flatten(pieces, flat)
    parts, spans, allowed = [], [], []
    pos = 0
    fn = {None: lambda s: s, "lower": str.lower, "upper": str.upper}[case]
    for pc in flat:
        if isinstance(pc, str):
            s = expand(pc)
            if nopunct:
                s = PUNCT_RE.sub("", s)
            s = fn(s)
            if parts and parts[-1].endswith(" ") and s.startswith(" "):
                s = s.lstrip(" ")
            if not parts:
                s = s.lstrip()
            parts.append(s)
            pos += len(s)
        else:
            v, lab = pc
            v2 = fn(v)
            assert len(v2) == len(v)
            if lab == NM:
                allowed.append((pos, pos + len(v2)))
            else:
                spans.append({"start": pos, "end": pos + len(v2), "label": lab, "value": v2})
            parts.append(v2)
            pos += len(v2)
    text = "".join(parts).rstrip()
    return text, spans, allowed


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
HANDLE_RE = re.compile(r"(?<![A-Za-z0-9_.])@[A-Za-z0-9_][A-Za-z0-9_.]*[A-Za-z0-9_]|(?<![A-Za-z0-9_.])@[A-Za-z0-9_]")
PLATE_RE = re.compile(r"^[A-Z]{1,2}[ -]?\d{1,4}[ -]?[A-Z]{1,3}$", re.I)
PROV = {"11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34", "35", "36", "51", "52",
        "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76", "81", "82", "91", "92", "93", "94", "95", "96"}
ADDR_START = re.compile(r"^(jl\.?|jln\.?|jalan|gg\.?|gang|lr\.?|lorong|perum|perumahan|komp\.?|komplek|kompleks|btn|dusun|dsn\.?|"
                        r"jorong|kp\.?|kampung|rt|blok)(\s|\.|\d|$)", re.I)


def validate(rec, allowed):
    text, spans = rec["text"], rec["spans"]
    assert text and text == text.strip(), rec["id"]
    prev_end = -1
    for s in sorted(spans, key=lambda s: s["start"]):
        st, en, lab = s["start"], s["end"], s["label"]
        v = text[st:en]
        assert 0 <= st < en <= len(text), (rec["id"], s)
        assert v == s["value"], (rec["id"], v, s)
        assert lab in LABELS, (rec["id"], lab)
        assert st >= prev_end, ("overlap", rec["id"], s)
        prev_end = en
        assert not v[0].isspace() and not v[-1].isspace(), (rec["id"], v)
        assert st == 0 or not text[st - 1].isalnum(), ("glued left", rec["id"], text[max(0, st - 10):en])
        assert en == len(text) or not text[en].isalnum(), ("glued right", rec["id"], text[st:en + 10])
        dg = re.sub(r"\D", "", v)
        if lab == "NIK":
            assert 15 <= len(dg) <= 17 and dg[:2] in PROV, (rec["id"], v)
            if len(dg) == 16:
                dd, mm = int(dg[6:8]), int(dg[8:10])
                assert (1 <= dd <= 31 or 41 <= dd <= 71) and 1 <= mm <= 12, (rec["id"], v)
        elif lab == "KK":
            assert len(dg) == 16 and dg[:2] in PROV and 1 <= int(dg[8:10]) <= 12, (rec["id"], v)
        elif lab == "NPWP":
            assert len(dg) in (15, 16), (rec["id"], v)
        elif lab == "PHONE":
            assert 4 <= len(dg) <= 14 and re.match(r"^(\+?62|\(\+62\)|0|\(0)", v) or len(dg) <= 8, (rec["id"], v)
            assert re.fullmatch(r"[0-9+() .\-]+", v), (rec["id"], v)
        elif lab == "BANK_ACCOUNT":
            assert 10 <= len(dg) <= 16 and re.fullmatch(r"[0-9 \-]+", v), (rec["id"], v)
        elif lab == "BPJS":
            assert len(dg) == 13 and dg.startswith("000"), (rec["id"], v)
        elif lab == "NIP":
            assert len(dg) == 18 and dg[14] in "12", (rec["id"], v)
        elif lab == "PASSPORT":
            assert re.fullmatch(r"[A-Za-z] ?\d{7}", v), (rec["id"], v)
        elif lab == "PLATE":
            assert PLATE_RE.match(v), (rec["id"], v)
        elif lab == "EMAIL":
            assert EMAIL_RE.fullmatch(v) and v.lower() not in INST_EMAILS, (rec["id"], v)
        elif lab == "HANDLE":
            assert re.fullmatch(r"@?[A-Za-z0-9_.]+", v) and v.lower() not in INST_LOWER, (rec["id"], v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"(19|20)\d\d", v), (rec["id"], v)
        elif lab == "PERSON":
            assert re.fullmatch(r"[A-Za-z][A-Za-z .'\-]*", v), (rec["id"], v)
            assert v.split()[0].lower() not in HONORIFICS, (rec["id"], v)
        elif lab == "ADDRESS":
            assert ADDR_START.match(v), (rec["id"], v)
    # leftovers: mask spans and allowed near-miss zones, then look for unlabelled identifiers
    m = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            m[i] = "#"
    for a, b in allowed:
        for i in range(a, b):
            m[i] = "#"
    m = "".join(m)
    for run in re.findall(r"\d{9,}", m):
        raise AssertionError(("unlabelled long digit run", rec["id"], run))
    for run in re.findall(r"\d+(?:[ .\-]\d+)+", m):
        if len(re.sub(r"\D", "", run)) >= 10:
            raise AssertionError(("unlabelled grouped digits", rec["id"], run))
    for e in EMAIL_RE.findall(m):
        assert e.lower() in INST_EMAILS, ("unlabelled e-mail", rec["id"], e)
    m2 = EMAIL_RE.sub(" ", m)
    for h in HANDLE_RE.findall(m2):
        assert h.lower() in INST_LOWER, ("unlabelled handle", rec["id"], h)


# --------------------------------------------------------------------------- schedule
PLAN = [("np", 80), ("sms", 74), ("dm", 64), ("wa", 62), ("x", 32), ("ig", 24), ("fb", 36), ("tt", 12), ("gm", 16)]
LOWER_P = {"np": 0.3, "sms": 0.5, "dm": 0.3, "wa": 0.22, "x": 0.3, "ig": 0.45, "fb": 0.1, "tt": 0.6, "gm": 0.12}
CAPS_FRAMES = {"s_caps", "f_caps", "n_short_caps"}


def main():
    assert sum(n for _, n in PLAN) == N_TEXTS
    slots = []
    for cat, n in PLAN:
        fr = [f for f in FRAMES[cat] for _ in range(WEIGHT.get(f[0].__name__, 1))]
        seq = []
        while len(seq) < n:
            R.shuffle(fr)
            seq += fr
        slots += [(cat, f) for f in seq[:n]]
    R.shuffle(slots)
    # a few ALL CAPS texts made from ordinary frames
    caps_idx = set(R.sample([i for i, (c, _) in enumerate(slots) if c in ("sms", "np", "fb")], 4))
    records, seen = [], set()
    for i, (cat, (fn, short)) in enumerate(slots):
        for attempt in range(60):
            CTX["level"] = R.choice([0, 1, 1, 2, 2]) if cat != "gm" else R.choice([0, 0, 1])
            CTX["cache"] = {}
            CTX["senders"] = {}
            CTX["keep"] = []
            name = fn.__name__
            case = None
            if name in CAPS_FRAMES:
                case = "upper" if R.random() < 0.7 else None
            elif i in caps_idx:
                case = "upper"
            elif R.random() < LOWER_P[cat]:
                case = "lower"
            nopunct = cat in ("sms", "np", "tt", "ig") and R.random() < 0.25
            text, spans, allowed = build(fn(), case, nopunct)
            if short and len(text) >= 120:
                continue
            if text in seen:
                continue
            break
        else:
            raise SystemExit("could not build a text for " + fn.__name__)
        seen.add(text)
        rec = {"id": "eighth-%04d" % (i + 1), "text": text, "spans": spans}
        validate(rec, allowed)
        records.append(rec)
    # corpus-level checks
    n_short = sum(len(r["text"]) < 120 for r in records)
    n_lower = sum(r["text"] == r["text"].lower() and re.search("[a-z]", r["text"]) is not None for r in records)
    n_caps = sum(r["text"] == r["text"].upper() and re.search("[A-Z]", r["text"]) is not None for r in records)
    n_nopii = sum(not r["spans"] for r in records)
    assert len(records) == N_TEXTS
    assert n_short >= 80, n_short
    assert n_lower >= 100, n_lower
    assert n_caps >= 3, n_caps
    assert 0.17 <= n_nopii / N_TEXTS <= 0.25, n_nopii
    counts = Counter(s["label"] for r in records for s in r["spans"])
    assert set(counts) == LABELS, set(LABELS) - set(counts)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            out = {"id": r["id"], "text": r["text"],
                   "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in r["spans"]]}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print("wrote %d texts to %s" % (len(records), os.path.basename(OUT)))
    print("short(<120): %d  lower-case: %d  ALL CAPS: %d  no-PII: %d" % (n_short, n_lower, n_caps, n_nopii))
    for lab, n in sorted(counts.items(), key=lambda x: -x[1]):
        print("  %-14s %d" % (lab, n))
    print("  %-14s %d" % ("total", sum(counts.values())))


if __name__ == "__main__":
    main()
