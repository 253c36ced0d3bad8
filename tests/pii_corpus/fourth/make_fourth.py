#!/usr/bin/env python3
"""Generate the held-out PII corpus `fourth.jsonl` (250 records) for lapor's redactor.

Standard library only, deterministic (fixed seed).  Texts are assembled from hand-written
skeletons; every PII value is inserted by the renderer, which records its code-point offsets,
so spans are exact by construction.  Annotation follows the annotation guide (conventions in docs/pii.md).

usage: python3 make_fourth.py            (writes fourth.jsonl beside this script)
"""
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import corpusgen as cg  # noqa: E402  (shared helpers of the older generators)
from corpusgen import BULAN as MONTHS, BULAN3 as MON3  # noqa: E402

SEED = 20250704
N_RECORDS = 250
N_NOPII = 75
rng = random.Random(SEED)
R = rng

# ---------------------------------------------------------------- names by region
# (first names male, first names female, surnames / family names)
REGIONS = {
    "jawa": (["Sugeng", "Budi", "Agus", "Joko", "Slamet", "Bambang", "Wahyu", "Eko", "Heru", "Tri",
              "Dwi", "Purwanto", "Sutrisno", "Mulyono", "Suparman", "Hadi", "Bayu", "Teguh", "Didik",
              "Yanto", "Priyo", "Gunawan", "Aris", "Rudi"],
             ["Sri", "Endang", "Siti", "Rini", "Dewi", "Tutik", "Sumiyati", "Wartini", "Ngatini",
              "Yuliana", "Suharti", "Retno", "Lestari", "Puji", "Wulan", "Sulastri", "Ani", "Indah"],
             ["Santoso", "Setiawan", "Susilo", "Widodo", "Purnomo", "Nugroho", "Prasetyo", "Cahyono",
              "Haryanto", "Saputro", "Wibowo", "Kurniawati", "Rahayu", "Handayani", "Puspitasari",
              "Lestari", "Wahyuni", "Sulistyowati", "Hartono", "Riyadi", "Utomo", "Suryani"]),
    "jawa1": (["Paiman", "Legiman", "Karsidi", "Rohmat", "Sukirno", "Tukimin", "Parjo", "Sarmin",
               "Waluyo", "Juned"],
              ["Suparmi", "Sarinah", "Tukiyem", "Marni", "Painem", "Sumini", "Jumiati", "Ngadinah",
               "Kasmi"], []),
    "sunda": (["Asep", "Ujang", "Dede", "Cecep", "Dadang", "Aceng", "Iwan", "Entis", "Yayan",
               "Dudi", "Ade", "Jajang", "Engkos"],
              ["Neneng", "Euis", "Iis", "Imas", "Cucu", "Popon", "Enok", "Yati", "Lilis", "Teti",
               "Nining", "Ai"],
              ["Saepudin", "Suryana", "Kurniawan", "Hidayat", "Sudrajat", "Mulyana", "Ridwan",
               "Rohaeni", "Komariah", "Sumiati", "Masitoh", "Nurhayati", "Permana", "Kusnadi",
               "Sopandi", "Rukmana"]),
    "batak": (["Parlindungan", "Togar", "Maruli", "Jonner", "Binsar", "Rudolf", "Poltak", "Hotman",
               "Darwin", "Sahat", "Ronald"],
              ["Rosmawati", "Tiurma", "Lamtiur", "Rugun", "Rumondang", "Dameria", "Nurmala",
               "Sondang", "Hotnauli"],
              ["Simanjuntak", "Hutapea", "Sitorus", "Situmorang", "Nainggolan", "Pardede", "Sinaga",
               "Hutagalung", "Simbolon", "Manurung", "Siregar", "Nasution", "Lubis", "Panjaitan",
               "Tambunan", "Sihombing"]),
    "minang": (["Zulkifli", "Syafril", "Erizal", "Hendri", "Irwan", "Yulizar", "Afrizal", "Rusli",
                "Indra", "Masrul", "Yusrizal"],
               ["Nurhasanah", "Yusnimar", "Rosnidar", "Desmawati", "Fitri", "Yulia", "Elfi",
                "Rahmi", "Nelly", "Asmidar"],
               ["Chaniago", "Tanjung", "Koto", "Piliang", "Sikumbang", "Jambak", "Caniago",
                "Melayu", "Datuak Rajo Basa", "Datuak Bandaro", "Sutan Mudo"]),
    "bugis": (["Baso", "Muh. Arfah", "Abd. Rahman", "Syamsuddin", "Haeruddin", "Muh. Ikhsan",
               "Basri", "Jumadi", "Amiruddin", "Nurdin", "Kaharuddin"],
              ["Nurhayati", "St. Aisyah", "Hasnah", "Nurbaya", "St. Rahmah", "Hasnawati",
               "Nurlina", "Rosdiana", "Sitti Hajar", "Nurhaedah"],
              ["Pallawa", "Daeng Ngalle", "Daeng Tompo", "Daeng Caya", "Mappa", "Lantara",
               "Makkulau", "Sikki", "Tahir", "Paturusi", "Latief", "Mattalitti"]),
    "buton": (["Muh. Safar", "Rusdin", "Hamzah", "Aswan", "Kadir"],
              ["Nurmala", "Salmia", "Hasniati", "Waode Rosna"],
              []),
    "bali": (["Sudarsana", "Artawan", "Suarjana", "Sukadana", "Mahendra", "Raka", "Suardana",
              "Wirawan", "Arsana", "Sujana", "Darmaja"],
             ["Ariani", "Sriasih", "Warsiki", "Suastini", "Sukerti", "Widiastuti", "Rusmini",
              "Kartini", "Suciani"],
             []),
    "manado": (["Jefri", "Stenly", "Ferdy", "Hendrik", "Meiky", "Recky", "Noldy", "Fandy", "Johny"],
               ["Marlyn", "Jeane", "Vivi", "Grace", "Lenny", "Meity", "Deisy", "Feibe", "Sintje"],
               ["Lumowa", "Rumengan", "Tumewu", "Wowor", "Pangemanan", "Sumampouw", "Kalangi",
                "Mandagi", "Tumbelaka", "Rondonuwu", "Lengkong", "Tangkilisan", "Mamahit"]),
    "ambon": (["Marthen", "Jacob", "Ronny", "Abraham", "Yopie", "Semuel", "Dominggus", "Ruben"],
              ["Yohana", "Elsye", "Fransina", "Merry", "Nova", "Welhelmina", "Ani"],
              ["Latumahina", "Pattiasina", "Tuhumury", "Leatemia", "Sahetapy", "Matulessy",
               "Pelupessy", "Souisa", "Tahapary", "Wattimena", "Latuconsina", "Tuasikal"]),
    "papua": (["Yulius", "Yakob", "Markus", "Natan", "Melkias", "Yance", "Obaja", "Nikolas",
               "Yosias", "Benny"],
              ["Yosina", "Martha", "Ribka", "Selfina", "Dorkas", "Yuliana", "Mince", "Agustina"],
              ["Wenda", "Tabuni", "Wanimbo", "Rumbiak", "Mote", "Kambu", "Rumaropen", "Mayor",
               "Kogoya", "Wonda", "Yoku", "Karubaba", "Ohee", "Pigai"]),
    "ntt": (["Fransiskus", "Aloysius", "Yoseph", "Petrus", "Stefanus", "Yohanes", "Agustinus",
             "Kornelis", "Paulus", "Dominikus"],
            ["Maria Goreti", "Yuliana", "Agustina", "Paulina", "Theresia", "Margaretha", "Bernadeta",
             "Florentina"],
            ["Nahak", "Lake", "Manek", "Ndun", "Bria", "Seran", "Ndoen", "Tefa", "Laka", "Fanggidae",
             "Benu", "Taneo", "Kolo", "Mbete"]),
    "tionghoa": (["Hendra", "Steven", "Andreas", "Budi", "Wijaya", "Rudy", "Tommy", "Yohan", "Kevin",
                  "Sugianto"],
                 ["Susanti", "Fenny", "Melinda", "Lily", "Yenny", "Linda", "Meiliana", "Cecilia"],
                 ["Gunawan", "Halim", "Wijaya", "Tanujaya", "Tjahjadi", "Salim", "Kurniawan",
                  "Hartanto", "Tanoto", "Santoso", "Gozali", "Lukito", "Sutanto"]),
    "hokkien": (["Kok Liong", "Hok Seng", "Swie Tjoan", "Tjeng Hwa", "Ah Kiong"],
                ["Mei Hwa", "Siu Lan", "Giok Nio", "Lian Hoa"],
                ["Tan", "Lim", "Lie", "Ong", "Go", "Oei", "Kwee", "Thio"]),
    "arab": (["Muhammad Fadhil", "Hasan", "Ahmad Zaki", "Salim", "Husein", "Umar", "Abdullah",
              "Ali", "Alwi", "Segaf"],
             ["Fatimah", "Syarifah Nur", "Aisyah", "Khadijah", "Nabila", "Zahra", "Sarah", "Salma"],
             ["Assegaf", "Alatas", "Baswedan", "Bahasuan", "Alaydrus", "Alhabsyi", "Shahab",
              "Bawazier", "Aljufri", "Bafadal", "Alkaff", "Bin Syekh Abubakar"]),
    "aceh": (["Rizal", "Fadli", "Muhammad Nasir", "Iskandar", "Zulfikar", "Mukhlis", "Azhari"],
             ["Rahmawati", "Nurul Aini", "Safrida", "Cut Mala", "Mardhiah"],
             ["Mahmud", "Abdullah", "Yusuf", "Ibrahim", "Hasballah", "Daud"]),
    "melayu": (["Syahrial", "Rahmat", "Fikri", "Rizky", "Dedi", "Hendra", "Irfan", "Andi", "Yudi"],
               ["Fitriani", "Nurul", "Ayu", "Rina", "Mega", "Wati", "Novi", "Putri"],
               ["Hidayat", "Saputra", "Pratama", "Ramadhan", "Hidayah", "Anggraini", "Maulana",
                "Febriani", "Kurniasih", "Fauzi"]),
}
REGION_WEIGHTS = [("jawa", 22), ("jawa1", 8), ("sunda", 13), ("batak", 7), ("minang", 6),
                  ("bugis", 6), ("buton", 1.5), ("bali", 5), ("manado", 5), ("ambon", 4),
                  ("papua", 4), ("ntt", 5), ("tionghoa", 4), ("hokkien", 1.5), ("arab", 4),
                  ("aceh", 2), ("melayu", 4)]
# (province code, [kab/kota codes]) typical of each naming region (Kemendagri codes)
REGION_PROV = {
    "jawa": [("33", ["01", "02", "09", "10", "72", "74"]), ("35", ["07", "15", "78", "73"]),
             ("34", ["02", "04", "71"]), ("31", ["71", "72", "74"])],
    "jawa1": [("33", ["03", "08", "13", "16"]), ("35", ["04", "06", "24"]), ("34", ["01", "03"])],
    "sunda": [("32", ["01", "04", "05", "06", "73", "75", "77"]), ("36", ["01", "03", "71"])],
    "batak": [("12", ["02", "06", "12", "71"]), ("14", ["71"])],
    "minang": [("13", ["04", "05", "06", "71", "75"]), ("14", ["71"])],
    "bugis": [("73", ["08", "11", "12", "71", "72"]), ("64", ["72"])],
    "buton": [("74", ["04", "71", "72"])],
    "bali": [("51", ["03", "04", "08", "71"])],
    "manado": [("71", ["02", "05", "71", "72"])],
    "ambon": [("81", ["01", "71"])],
    "papua": [("94", ["01", "03", "71"]), ("91", ["05", "71"])],
    "ntt": [("53", ["03", "04", "05", "06", "71"])],
    "tionghoa": [("31", ["73", "74", "75"]), ("12", ["71"]), ("61", ["71"]), ("21", ["71"])],
    "hokkien": [("12", ["71"]), ("61", ["71", "72"]), ("16", ["71"])],
    "arab": [("31", ["72", "74"]), ("35", ["78"]), ("33", ["75"]), ("52", ["71"])],
    "aceh": [("11", ["06", "71"])],
    "melayu": [("14", ["71", "03"]), ("16", ["71", "04"]), ("21", ["71"]), ("15", ["71"]),
               ("18", ["71", "01"]), ("64", ["71", "72"]), ("63", ["71"])],
}
BALI_ORDER = ["Putu", "Made", "Nyoman", "Ketut", "Wayan", "Gede", "Kadek", "Komang", "Luh"]


def pick(seq):
    return R.choice(seq)


def weighted(pairs):
    tot = sum(w for _, w in pairs)
    x = R.uniform(0, tot)
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


def make_name(region, sex):
    fm, ff, sur = REGIONS[region]
    first = pick(fm if sex == "m" else ff)
    if region == "jawa1":
        return first, first
    if region == "bali":
        r = R.random()
        if r < 0.15:
            pre = "Ida Bagus" if sex == "m" else "Ida Ayu"
            return f"{pre} {pick(['Putu', 'Made', 'Gede'])} {first}", first
        if r < 0.25:
            pre = pick(["Anak Agung", "I Gusti", "Cokorda"]) if sex == "m" else "Anak Agung Istri"
            if pre == "I Gusti":
                return f"I Gusti Ngurah {first}", first
            return f"{pre} {pick(['Gede', 'Ngurah', 'Putu'])} {first}", first
        order = pick(BALI_ORDER[:-1])
        if sex == "m":
            return f"I {order} {first}", order
        return (f"Ni Luh {pick(['Putu', 'Made'])} {first}" if R.random() < 0.4
                else f"Ni {order} {first}"), first
    if region == "batak":
        marga = pick(sur)
        if sex == "f" and R.random() < 0.6:
            return f"{first} {pick(['br.', 'br', 'boru'])} {marga}", first
        return f"{first} {marga}", first
    if region == "bugis":
        andi = R.random() < 0.3
        name = f"{first} {pick(sur)}" if R.random() < 0.75 else first
        call = first.split()[-1]
        return (f"Andi {name}" if andi else name), call
    if region == "buton":
        if first.startswith("Waode"):
            return first, first.split()[-1]
        pre = "La Ode" if sex == "m" else "Wa Ode"
        return f"{pre} {first}", first.split()[-1]
    if region == "hokkien":
        return f"{pick(sur)} {first}", first
    if region == "arab":
        r = R.random()
        if r < 0.3:
            father = pick(["Umar", "Abdullah", "Salim", "Ahmad", "Hasan", "Husein"])
            return f"{first} {'bin' if sex == 'm' else 'binti'} {father}", first.split()[0]
        return f"{first} {pick(sur)}", first.split()[0]
    if region == "aceh":
        if sex == "m" and R.random() < 0.4:
            return f"{pick(['Teuku', 'Tengku'])} {first} {pick(sur)}", first.split()[0]
        if sex == "f" and R.random() < 0.4 and not first.startswith("Cut"):
            return f"Cut {first}", first.split()[0]
        return f"{first} {pick(sur)}", first.split()[0]
    if region in ("jawa", "sunda", "melayu") and R.random() < 0.2:
        return first, first
    # Minang datuak titles are part of the adat name; keep them in the span
    n = f"{first} {pick(sur)}"
    if R.random() < 0.12 and region in ("jawa", "sunda", "melayu", "manado", "ntt", "ambon"):
        n = f"{first} {pick(fm if sex == 'm' else ff)} {pick(sur)}" if region != "ntt" else n
    return n, first.split()[0]


# ---------------------------------------------------------------- value generators
def fmt16(d, style=None):
    return cg.fmt16(d, style or weighted([("plain", 70), ("space", 10), ("dash", 8), ("dot", 7), ("space6", 5)]))


def digits(n):
    return cg.digits(R, n)


class Persona:
    def __init__(self, sex=None, region=None, age=None):
        self.sex = sex or R.choice("mf")
        self.region = region or weighted(REGION_WEIGHTS)
        self.name, self.call = make_name(self.region, self.sex)
        if age == "kid":
            y = R.randint(2007, 2021)
        elif age == "old":
            y = R.randint(1938, 1960)
        elif age == "asn":
            y = R.randint(1966, 1997)
        else:
            y = R.randint(1955, 2003)
        self.y, self.m, self.d = y, R.randint(1, 12), R.randint(1, 28)
        prov, kabs = pick(REGION_PROV[self.region])
        self.region_code = prov + pick(kabs) + f"{R.randint(1, 24):02d}"
        self.cache = {}

    # NIK digits (the true one, mistyped separately)
    def nik_digits(self):
        return cg.nik16(self.region_code, self.d, self.m, self.y, self.sex == "f", f"{R.randint(1, 60):04d}")

    def get(self, kind, opt):
        key = (kind, opt)
        if key not in self.cache:
            self.cache[key] = getattr(self, "v_" + kind)(opt)
        return self.cache[key]

    def v_NIK(self, opt):
        d = self.nik_digits()
        if R.random() < 0.05:   # reporter mistyped the NIK
            i = R.randint(3, 14)
            d = d[:i] + d[i + 1:] if R.random() < 0.5 else d[:i] + str(R.randint(0, 9)) + d[i:]
            return d
        return fmt16(d)

    def v_KK(self, opt):
        iy = R.randint(max(self.y + 18, 2008), 2024) if self.y < 2004 else R.randint(2008, 2024)
        d = cg.id16(self.region_code, R.randint(1, 28), R.randint(1, 12), iy, f"{R.randint(1, 9999):04d}")
        return fmt16(d)

    def v_NPWP(self, opt):
        r = R.random()
        base = f"{R.randint(4, 9):02d}{digits(7)}" + f"{R.randint(400, 999):03d}000"
        base = base[:15]
        f = cg.by_cuts(r, (0.55, 0.7, 0.8), ("dotted", "plain", "zero16", "nik"))
        if f == "nik":
            return self.nik_digits()  # NIK as NPWP (PMK 112/2022)
        return cg.fmt_npwp(base, f)

    def v_PH(self, opt):
        if opt == "land":
            return landline()
        return mobile()

    def v_EM(self, opt):
        toks = [t for t in re.split(r"[ .]+", self.name.lower()) if t and t not in
                ("i", "ni", "br", "boru", "bin", "binti", "la", "wa", "ode", "st", "muh", "abd")]
        first = toks[0] if toks else "warga"
        last = toks[-1] if len(toks) > 1 else ""
        style = R.randint(0, 5)
        if style == 0 and last:
            local = f"{first}.{last}"
        elif style == 1:
            local = f"{first}{self.y}"
        elif style == 2 and last:
            local = f"{first}_{last}{R.randint(1, 99)}"
        elif style == 3:
            local = f"{first[0]}{last or first}{self.y % 100:02d}"
        elif style == 4:
            local = f"{first}.{R.choice(['official', 'id', 'real', 'kerja'])}"
        else:
            local = f"{first}{last}{R.randint(1, 999)}"
        dom = weighted([("gmail.com", 60), ("yahoo.co.id", 12), ("yahoo.com", 10), ("hotmail.com", 5),
                        ("outlook.com", 5), ("ymail.com", 3), ("rocketmail.com", 2)])
        return f"{local}@{dom}"

    def v_HD(self, opt):
        toks = [t for t in re.split(r"[ .]+", self.name.lower()) if t and t.isalpha() and len(t) > 1]
        a = toks[0] if toks else "warga"
        b = toks[-1] if len(toks) > 1 else ""
        style = R.randint(0, 6)
        h = [f"{a}{b}", f"{a}_{b}", f"{a}.{b}", f"{a}{R.randint(10, 99)}", f"{a}_{R.choice(['official', 'real', 'id', 'jr'])}",
             f"{b or a}{self.y % 100:02d}", f"its{a}"][style]
        return "@" + h.strip("._")

    def v_AD(self, opt):
        return address()

    def v_DOB(self, opt):
        return cg.fmt_date(self.d, self.m, self.y, weighted([
            ("long", 35), ("dash", 20), ("slash", 15), ("short", 10), ("dot", 8), ("iso", 7), ("long0", 5)]))

    def v_NIP(self, opt):
        tmt = min(2024, self.y + R.randint(22, 33))
        s = cg.nip18(self.y, self.m, self.d, tmt, R.choice([1, 2, 3, 4, 12]), self.sex == "f", R.randint(1, 12))
        return cg.fmt_nip(s, R.random() < 0.45)

    def v_BPJS(self, opt):
        d = "000" + digits(10)
        return cg.fmt_bpjs(d, R.random() < 0.25)

    def v_PAS(self, opt):
        L = weighted([("B", 35), ("C", 30), ("X", 20), ("E", 10), ("A", 5)])
        d = digits(7)
        return f"{L} {d}" if R.random() < 0.2 else f"{L}{d}"

    def v_ACC(self, bank):
        bank = bank or "BNI"
        if bank == "BRI":
            d = digits(15)
            return cg.fmt_account(d, bank) if R.random() < 0.5 else d
        if bank == "Mandiri":
            d = digits(13)
            return cg.fmt_account(d, bank) if R.random() < 0.5 else d
        if bank == "BTN":
            return digits(16)
        if bank == "CIMB":
            return digits(R.choice([13, 14]))
        d = digits(10)
        return cg.fmt_account(d, bank) if (bank == "BCA" and R.random() < 0.3) else d


def mobile():
    pre = pick(["0811", "0812", "0813", "0821", "0822", "0823", "0852", "0853", "0851", "0814",
                "0815", "0816", "0855", "0856", "0857", "0858", "0817", "0818", "0819", "0859",
                "0877", "0878", "0831", "0832", "0838", "0895", "0896", "0897", "0898", "0899",
                "0881", "0882", "0887", "0888"])
    n = R.choice([11, 12, 12, 12, 13])
    d = pre + digits(n - 4)
    return cg.fmt_mobile(d, weighted([("plain", 40), ("dash", 15), ("space", 10), ("dot", 4), ("p62dash", 7),
                                      ("p62", 8), ("62", 5), ("paren62", 4), ("4333", 4), ("dash4", 3)]))


def landline():
    code = pick(["021", "022", "024", "031", "0274", "0361", "0411", "061", "0431", "0911",
                 "0380", "0751", "0711", "0561", "0541", "0370", "0967", "0281"])
    n = 8 if code in ("021", "031") else R.choice([6, 7])
    d = str(R.randint(2, 8)) + digits(n - 1)
    return cg.fmt_landline(code, d, ("paren", "dash", "paren_dash", "space")[R.randint(0, 3)])


STREETS = ["Kenanga", "Melati", "Mawar", "Flamboyan", "Cempaka", "Merpati", "Rajawali", "Kamboja",
           "Anggrek", "Nusa Indah", "Teratai", "Cendrawasih", "Pramuka", "Veteran", "Pemuda",
           "Teuku Umar", "Sam Ratulangi", "Pattimura", "Diponegoro", "Ahmad Yani", "Gajah Mada",
           "W.R. Supratman", "Sisingamangaraja", "Hang Tuah", "Sultan Alauddin", "Abdullah Daeng Sirua",
           "Pahlawan", "Kartini", "Imam Bonjol", "Raya Kaliurang", "Palapa", "Nangka", "Durian",
           "Cut Nyak Dhien", "Frans Kaisiepo", "Pulau Moyo", "Bypass Ngurah Rai", "Soekarno-Hatta"]
GANGS = ["Mawar", "Buntu", "Masjid", "Swadaya", "Damai", "Sawo", "Kelinci", "Haji Naim", "Rukun",
         "Langgar", "Sentosa", "Belimbing", "Anggur II", "Manggis III"]
COMPLEX = ["Griya Asri", "Bumi Mutiara", "Griya Permata", "Puri Indah", "Taman Sari", "Villa Mutiara",
           "Graha Cempaka", "Bumi Sudiang Permai", "Pesona Ciputat", "Depkes", "Pemda", "Citra Garden",
           "Bukit Indah", "Kodam", "Polri"]
DUSUN = ["Krajan", "Ngemplak", "Sumberejo", "Kidul", "Karanganyar", "Cibeber", "Tegalsari", "Lor",
         "Wetan", "Sukamulya", "Pasirjati", "Oesao"]


def rtrw():
    rt, rw = R.randint(1, 15), R.randint(1, 12)
    return cg.fmt_rtrw(rt, rw, weighted([("slash", 25), ("space", 20), ("dot", 10), ("pad3", 10),
                                         ("short_nopad", 8), ("short", 7), ("dot3", 5)]))


def houseno():
    n = R.randint(1, 250)
    return weighted([(f"No. {n}", 50), (f"No.{n}", 15), (f"No {n}", 10), (f"nomor {n}", 5),
                     (f"No. {n}{pick('ABC')}", 8), (f"No. {n}/{R.randint(1, 30)}", 5)])


def address():
    k = weighted([("jl", 30), ("jalan", 12), ("jl_gg", 10), ("gg", 10), ("perum", 9), ("komp", 7),
                  ("btn", 4), ("dusun", 6), ("kp", 4), ("lr", 3), ("jln", 3), ("jorong", 2)])
    sep = R.choice([", ", " ", " "])
    with_rt = R.random() < 0.55
    if k in ("jl", "jalan", "jln"):
        pre = {"jl": "Jl.", "jalan": "Jalan", "jln": "Jln."}[k]
        s = f"{pre} {pick(STREETS)} {houseno()}"
    elif k == "jl_gg":
        s = f"{R.choice(['Jl.', 'Jalan'])} {pick(STREETS)} {R.choice(['Gg.', 'Gang'])} {pick(GANGS)} {houseno()}"
    elif k == "gg":
        s = f"Gg. {pick(GANGS)} {houseno()}"
    elif k == "perum":
        s = f"Perum {pick(COMPLEX)} Blok {pick('ABCDEFGHK')}{R.randint(1, 12)} No. {R.randint(1, 40)}"
    elif k == "komp":
        s = f"{R.choice(['Komp.', 'Komplek', 'Kompleks'])} {pick(COMPLEX)} Blok {pick('ABCDEF')} No. {R.randint(1, 60)}"
    elif k == "btn":
        s = f"BTN {pick(['Minasa Upa', 'Antara', 'Hamzy', 'Pao-Pao Permai'])} Blok {pick('ABCDK')}{R.randint(1, 9)}/{R.randint(1, 30)}"
    elif k == "dusun":
        s = f"{R.choice(['Dusun', 'Dsn.'])} {pick(DUSUN)} {rtrw()}"
        return s
    elif k == "kp":
        s = f"Kp. {pick(['Cibeber', 'Babakan', 'Sukarame', 'Cikoneng', 'Pasir Muncang'])} {rtrw()}"
        return s
    elif k == "lr":
        s = f"Lr. {pick(['Kenari', 'Bersama', 'Sepakat', 'Pelita'])} {houseno()}"
    else:
        return f"Jorong {pick(['Koto Tuo', 'Padang Lua', 'Kampung Tangah'])}"
    if with_rt:
        s += sep + rtrw()
    return s


def plate():
    code = pick(["B", "D", "F", "T", "E", "Z", "G", "H", "K", "R", "AA", "AB", "AD", "AE", "AG", "L",
                 "N", "P", "S", "W", "DK", "DR", "EA", "DH", "BK", "BB", "BA", "BM", "BP", "BG", "BE",
                 "DD", "DP", "DB", "DL", "DE", "DG", "PA", "KT", "KB", "DA", "BL", "BH", "DN"])
    num = str(R.randint(1, 9999)) if R.random() < 0.8 else str(R.randint(1, 99))
    suf = "".join(pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(R.choice([1, 2, 2, 3])))
    return cg.fmt_plate(code, num, suf, weighted([("space", 70), ("glued", 15), ("dash", 10), ("lower", 5)]))


# ---------------------------------------------------------------- non-PII fillers
CITIES = ["Bandung", "Semarang", "Surabaya", "Medan", "Makassar", "Denpasar", "Manado", "Ambon",
          "Jayapura", "Kupang", "Padang", "Palembang", "Pontianak", "Samarinda", "Mataram",
          "Banda Aceh", "Yogyakarta", "Malang", "Bekasi", "Depok", "Bogor", "Tangerang Selatan",
          "Pekanbaru", "Batam", "Balikpapan", "Bukittinggi", "Parepare", "Sorong", "Ternate", "Palu",
          "Kendari", "Jambi", "Tasikmalaya", "Pematangsiantar", "Bitung", "Merauke", "Atambua"]
KELS = ["Kel. Sukajadi", "Kelurahan Tegalrejo", "Kel. Kebon Jeruk", "Kelurahan Panakkukang",
        "Kel. Oebobo", "Kelurahan Batu Merah", "Kel. Tuminting", "Kelurahan Sidakarya",
        "Kel. Pasar Ambacang", "Kelurahan Sei Sikambing B", "kelurahan Pulo Gebang", "Kel. Entrop",
        "Kelurahan Sumbersari", "Kel. Karang Anyar", "Kelurahan Cigadung", "Kel. Tamalanrea"]
KECS = ["Cibeunying Kidul", "Banyumanik", "Rungkut", "Medan Tembung", "Tamalate", "Denpasar Barat",
        "Wenang", "Sirimau", "Abepura", "Oebobo", "Kuranji", "Ilir Timur I", "Pontianak Utara",
        "Sungai Kunjang", "Ampenan", "Syiah Kuala", "Umbulharjo", "Lowokwaru", "Cakung", "Ciputat"]
KABS = ["Kabupaten Garut", "Kab. Bone", "Kabupaten Toba", "Kab. Gianyar", "Kabupaten Minahasa",
        "Kab. Maluku Tengah", "Kab. Jayawijaya", "Kab. Timor Tengah Selatan", "Kabupaten Sleman",
        "Kabupaten Lombok Timur", "Kab. Agam", "Kabupaten Banyumas", "Kab. Sumba Barat Daya",
        "Kabupaten Pidie", "Kab. Buton"]
DESAS = ["Sukamaju", "Sidomulyo", "Tanjung Harapan", "Lau Gumba", "Koto Baru", "Bontomarannu",
         "Tegallalang", "Tateli", "Hila", "Oelnasi", "Sumber Agung", "Karangrejo", "Wae Sano",
         "Cibodas", "Pematang Johar", "Ujung Bulu"]
STREET_PUB = ["Jl. Raya Bogor", "Jalan Lintas Sumatera", "Jl. Gatot Subroto", "Jl. Jenderal Sudirman",
              "Jl. Diponegoro", "Jalan Trans Papua", "Jl. Pattimura", "Jl. Sam Ratulangi",
              "Jalan Andi Pettarani", "Jl. Teuku Umar", "Jl. By Pass Ngurah Rai", "Jl. Cut Nyak Dhien",
              "Jl. Sisingamangaraja", "Jl. El Tari", "Jl. Frans Kaisiepo", "Jalan Ahmad Yani",
              "Jl. Gajah Mada", "Jl. Urip Sumoharjo", "Jl. Imam Bonjol", "Jl. Soekarno-Hatta",
              "Jalan Kapten Piere Tendean", "Jl. Raya Kaliurang", "Jl. A.P. Pettarani",
              "Jalan Dr. Wahidin", "Jl. Hayam Wuruk"]
HEROES = ["Diponegoro", "Ahmad Yani", "Sudirman", "Imam Bonjol", "Pattimura", "Sam Ratulangi",
          "Teuku Umar", "Hasanuddin", "Cut Meutia", "Kartini", "M.H. Thamrin", "Gatot Subroto",
          "Juanda", "Martadinata", "Ki Hajar Dewantara"]
HOSPS = ["RSUD dr. Soetomo", "RSUP Dr. Sardjito", "RSUD dr. Zainoel Abidin",
         "RSUP Dr. Wahidin Sudirohusodo", "RSUP Prof. Dr. R. D. Kandou", "RSUD Prof. Dr. W. Z. Johannes",
         "RSUD Dok II Jayapura", "RSUD Dr. M. Haulussy", "RSUP Prof. Ngoerah", "RSUD Dr. Moewardi",
         "RSUD Andi Makkasau", "RSUP H. Adam Malik", "RSUD dr. Soedarso", "RS Bhayangkara",
         "RSUD Tarakan", "RSUD Achmad Mochtar", "RSUP Dr. Hasan Sadikin", "RSUD Kota Makassar"]
RSUP = ["Sardjito", "Kariadi", "Hasan Sadikin", "M. Djamil", "Mohammad Hoesin", "Cipto Mangunkusumo"]
UNIVS = ["Hasanuddin", "Sam Ratulangi", "Pattimura", "Cenderawasih", "Nusa Cendana", "Udayana",
         "Diponegoro", "Sumatera Utara", "Andalas", "Padjadjaran", "Airlangga", "Syiah Kuala",
         "Negeri Makassar", "Halu Oleo", "Tadulako"]
AIRPORTS = ["Sultan Hasanuddin", "Sam Ratulangi", "I Gusti Ngurah Rai", "Sentani", "El Tari",
            "Minangkabau", "Kualanamu", "Juanda", "Sultan Iskandar Muda", "Pattimura", "Adi Soemarmo",
            "Frans Kaisiepo", "Supadio", "Sultan Aji Muhammad Sulaiman Sepinggan"]
MARKETS = ["Beringharjo", "Terong", "Kumbasari", "Bersehati", "Mardika", "Youtefa", "Oeba",
           "Raya Padang", "Petisah", "Kosambi", "Johar", "Klewer", "Kodim", "Cik Puan"]
COMPANIES = ["Sinar Abadi Jaya", "Karya Mandiri Utama", "Bumi Persada Nusantara", "Mitra Sejahtera",
             "Cahaya Timur Raya", "Sumber Rejeki", "Anugerah Jaya Lestari", "Putra Bone Mandiri"]
POS = ["PO Sumber Alam", "PO Haryanto", "PO Rosalia Indah", "PO Gunung Harta", "PO ALS",
       "PO Sinar Jaya", "PO Putra Jaya"]
TOLLS = ["Cipali", "Jagorawi", "Semarang–Solo", "Palembang–Kayuagung", "Medan–Binjai",
         "Makassar Seksi 4", "Bali Mandara", "Pandaan–Malang"]
INSTEMAIL = ["pengaduan@lapor.go.id", "humas@jatengprov.go.id", "pelayanan@dukcapil.kemendagri.go.id",
             "pengaduan@kemdikbud.go.id", "dumas@ombudsman.go.id", "info@bpjs-kesehatan.go.id",
             "ppid@makassarkota.go.id", "halo@pln.co.id"]
INSTHANDLE = ["@lapor1708", "@pln_123", "@kemenkes_ri", "@dishubjatim", "@bpjskesehatan_ri",
              "@humaspemkotmks", "@ombudsmanri137", "@pemkotbandung", "@DitjenPajakRI",
              "@kemendikbud.ri", "@divhumas_polri", "@pupr_kotasby"]
PORTS = ["Tanjung Priok", "Soekarno-Hatta Makassar", "Merak", "Bakauheni", "Tenau Kupang",
         "Yos Sudarso Ambon", "Tanjung Perak", "Belawan"]
RIVERS = ["Citarum", "Bengawan Solo", "Deli", "Musi", "Jeneberang", "Brantas", "Kapuas", "Batang Arau"]
STADIUMS = ["Gelora Bung Karno", "Kanjuruhan", "Gelora Bung Tomo", "Andi Mattalatta",
            "Haji Agus Salim", "Klabat", "Mandala Jayapura", "Kapten I Wayan Dipta"]
STATIONS = ["Stasiun Tugu", "Bandara Sultan Hasanuddin", "Terminal Purabaya", "Stasiun Bandung",
            "Terminal Daya", "Bandara Sam Ratulangi", "Pelabuhan Tenau"]


def idate():
    y = R.choice([2023, 2024, 2024, 2025, 2025])
    m, d = R.randint(1, 12), R.randint(1, 28)
    return weighted([(f"{d} {MONTHS[m - 1]} {y}", 35), (f"{d:02d}/{m:02d}/{y}", 15),
                     (f"{d:02d}-{m:02d}-{y}", 12), (f"{d} {MONTHS[m - 1]}", 15),
                     (f"Senin ({d}/{m})", 5), (f"{d} {MON3[m - 1]} {y}", 8), (f"{d}-{m}-{y}", 5)])


def amount(kind):
    if kind == "small":
        return pick(["50.000", "100.000", "25.000", "150.000", "200.000", "75.000", "20.000", "300.000"])
    if kind == "big":
        return pick(["35.000.000", "1,2 miliar", "75 juta", "4,7 miliar", "120.000.000", "15 juta",
                     "2.350.000.000"])
    if kind == "gas":
        return pick(["35.000", "40.000", "32.000", "38.000"])
    return pick(["1.500.000", "750.000", "2,5 juta", "3.200.000", "450.000", "5 juta", "1.250.000",
                 "600 ribu", "10.000.000", "875.000"])


FILLERS = {
    "city": lambda: pick(CITIES), "city2": lambda: pick(CITIES), "kel": lambda: pick(KELS),
    "kec": lambda: pick(KECS), "kab": lambda: pick(KABS), "desa": lambda: pick(DESAS),
    "desa2": lambda: pick(DESAS), "street": lambda: pick(STREET_PUB), "hero": lambda: pick(HEROES),
    "hosp": lambda: pick(HOSPS), "rsup": lambda: pick(RSUP), "univ": lambda: pick(UNIVS),
    "airport": lambda: pick(AIRPORTS), "market": lambda: pick(MARKETS),
    "company": lambda: pick(COMPANIES), "po": lambda: pick(POS), "toll": lambda: pick(TOLLS),
    "instemail": lambda: pick(INSTEMAIL), "insthandle": lambda: pick(INSTHANDLE[:6]),
    "insthandle2": lambda: pick(INSTHANDLE[6:]), "port": lambda: pick(PORTS),
    "river": lambda: pick(RIVERS), "stadium": lambda: pick(STADIUMS), "station": lambda: pick(STATIONS),
    "idate": idate, "year": lambda: str(R.randint(2018, 2024)), "month": lambda: pick(MONTHS),
    "amount": lambda: amount(""), "amountsmall": lambda: amount("small"),
    "amountbig": lambda: amount("big"), "amountgas": lambda: amount("gas"),
    "count": lambda: str(R.randint(3, 60)), "countkk": lambda: pick(["1.250", "2.350", "430", "87", "3.100"]),
    "ticket": lambda: str(R.randint(1000000, 99999999)),
    "ticket16": lambda: f"{R.choice([2023, 2024, 2025])}{R.randint(1, 12):02d}{digits(10)}",
    "spbu": lambda: f"{R.randint(11, 84)}.{R.randint(100, 999)}.{R.randint(1, 99):02d}",
    "npsn": lambda: f"{R.randint(10, 69)}{digits(6)}", "km": lambda: str(R.randint(3, 190)),
    "school": lambda: pick(["SDN 3 Sukamaju", f"SMPN {R.randint(1, 40)} {pick(CITIES)}",
                            "SMA Negeri 1 Kupang", "SMK Negeri 2 Ambon", "MTs Negeri 1 Bone",
                            "SD Inpres Abepura", "SMAN 5 Padang", "SD Negeri 060843 Medan",
                            "SMP Negeri 4 Denpasar", "SD Katolik St. Yoseph"]),
    "kios": lambda: pick(["Kios Tani Makmur", "UD Subur Tani", "Kios Harapan Jaya", "Toko Tani Sejahtera"]),
    "halte": lambda: pick(["Halte Harmoni", "halte depan pasar", "Halte Trans Mamminasata", "halte BRT"]),
    "perum": lambda: pick(["Griya Asri Residence", "Bumi Mutiara", "Citra Land", "Green Garden"]),
    "agency": lambda: pick(["Dinas PUPR", "BPKAD", "Dinas Perhubungan", "Kantor Kemenag",
                            "Dinas Kesehatan", "Bappeda", "Satpol PP", "Dinas Sosial"]),
}

# ---------------------------------------------------------------- skeletons
# Style prefix: F formal (may get greeting/closing/sign-off), S SMS (lower-cased), C caps,
# E letter/e-mail (kept as written), M social media.  Slots: {P1} name, {P1s} call name,
# {NIK1} {KK1} {NPWP1} {PH1} {EM1} {HD1} {AD1} {DOB1} {NIP1} {BPJS1} {PAS1} {ACC1:BANK}, {PL}
# plate; {~x} non-PII filler.  Persona hints: :m :f (sex), :kid :old :asn (age), :bali etc.
PII_SKELETONS = [
    "F|Saya {P1}, warga {~kel}, ingin melaporkan lampu penerangan jalan di {~street} yang sudah mati sejak {~idate}. Sudah lapor ke kelurahan tapi belum ada tindakan. HP {PH1}.",
    "F|Bantuan PKH ibu saya atas nama {P2:f:old} sudah tiga tahap tidak cair, padahal masih terdaftar di DTKS. NIK beliau {NIK2}. Mohon Dinsos {~city} mengecek.",
    "F|Sdr. {P2:m} selaku operator sekolah di {~school} meminta uang Rp{~amountsmall} per siswa untuk pengisian Dapodik. Saya orang tua murid, {P1}.",
    "S|min knp bansos sy blm cair2 udh 3 bln. nik {NIK1} an {P1}. tlg dicek ya min",
    "S|lampu jln depan rmh sy mati sdh 2 mgg. alamat {AD1} {~kel}. hub {PH1}",
    "E|Kepada Yth. Admin LAPOR!\n\nSaya {P1} (NIK {NIK1}), warga {AD1}, {~kel}, Kec. {~kec}, hendak menyampaikan bahwa pengurusan akta kelahiran anak saya di Disdukcapil {~city} sudah lewat 30 hari kerja. Nomor antrean {~ticket}.\n\nHormat saya,\n{P1}\n{PH1}",
    "F|Oknum polisi lalu lintas di simpang {~street} meminta uang damai Rp{~amountsmall} saat razia tanggal {~idate}. Kendaraan saya motor {PL}. Saya tidak diberi surat tilang.",
    "F|Truk bernomor polisi {PL} setiap malam membuang limbah ke sungai di {~kel}. Mohon DLH {~city} menindak.",
    "F|Mobil dinas plat merah {PL} terlihat dipakai untuk belanja ke mal pada hari Minggu, {~idate}. Mohon Inspektorat menegur pemakainya.",
    "F|Saya sudah transfer Rp{~amount} ke rekening BCA {ACC2:BCA} a.n. {P2} untuk pembelian motor lewat marketplace, tapi barang tidak dikirim. Nomor penjual {PH2}. Mohon bantuan Polri.",
    "F|Gaji guru honorer saya dari dana BOS belum dibayar sejak bulan {~month}. Nama saya {P1}, rekening BRI {ACC1:BRI}. Sekolah: {~school}.",
    "F|Tunjangan profesi saya belum masuk. Data: {P1:asn}, NIP {NIP1}, unit kerja {~school}. Mohon BKD dan Dinas Pendidikan memproses.",
    "F|Kartu BPJS Kesehatan anak saya {P2:kid} dengan nomor {BPJS2} dinonaktifkan tanpa pemberitahuan, padahal kami peserta PBI. Kami ditolak berobat di {~hosp}.",
    "F|Paspor saya nomor {PAS1} ditahan oleh agen penyalur PT {~company} sejak saya pulang dari Malaysia. Mohon BP2MI membantu. Saya {P1}, WA {PH1}.",
    "M|Tolong viralkan! Akun {HD2} ini jual obat keras tanpa resep di {~city}. @lapor1708 mohon ditindak 🙏",
    "M|{HD1} melapor: jalan di {~street} rusak parah, udah 2 motor jatuh minggu ini. {~insthandle} tolong lah 🙏🙏",
    "F|Saya {P1:f}, istri dari almarhum {P2:m:asn} (NIP {NIP2}), sudah 5 bulan mengurus pensiun janda di Taspen {~city} tetapi berkas dinyatakan hilang.",
    "F|Saya mendaftar CPNS dengan NIK {NIK1} tetapi sistem SSCASN menyatakan NIK sudah dipakai orang lain. Email pendaftaran saya {EM1}. Mohon BKN mengecek.",
    "E|Yth. Bapak/Ibu Admin,\n\nDengan hormat, saya {P1} lahir di {~city} pada {DOB1}, ingin melaporkan bahwa data kependudukan saya tertukar dengan orang lain. Tanggal lahir di KTP-el saya tercetak salah.\n\nTerima kasih.\n\nSalam,\n{P1}\n{EM1}",
    "F|Ayah saya {P2:m:old}, lahir {DOB2}, tidak terdaftar sebagai penerima BLT lansia walaupun usianya sudah 78 tahun. Mohon dicek.",
    "F|NPWP saya {NPWP1} terblokir di DJP Online sehingga tidak bisa lapor SPT. Sudah menghubungi Kring Pajak 1500200 tapi belum ada solusi.",
    "F|Kepala Desa {~desa}, Bapak {P2:m}, diduga menyalahgunakan dana desa tahun {~year} untuk membangun rumah pribadi. Warga sudah protes ke BPD.",
    "F|Petugas loket Samsat {~city} bernama {P2} meminta tambahan Rp{~amountsmall} untuk balik nama kendaraan {PL}. Tidak ada kuitansi.",
    "F|Pada {~idate} saya ke Puskesmas {~kec} dan dilayani oleh dr. {P2}, tapi obat yang diberikan ternyata kedaluwarsa. Saya {P1}, HP {PH1}.",
    "C|SAYA {P1} MOHON BANTUAN, SERTIFIKAT TANAH SAYA DI BPN {~city} TIDAK JADI-JADI SUDAH 2 TAHUN. NO HP {PH1}",
    "F|Mohon bantuan, KK saya nomor {KK1} belum diperbarui setelah anak ketiga lahir sehingga tidak bisa daftar BPJS. NIK anak {NIK2:kid}.",
    "F|Tetangga saya {P2} di {AD2} memelihara babi di tengah permukiman padat sehingga bau menyengat. Sudah ditegur Pak RT tetapi tidak digubris.",
    "F|Saya {P1}, pedagang di Pasar {~market}. Retribusi harian dinaikkan dari Rp2.000 menjadi Rp5.000 tanpa sosialisasi oleh oknum bernama {P2:m}.",
    "S|sy {P1s} mau lapor sinyal internet di desa {~desa} ilang terus udh sebulan. anak2 ga bs sekolah daring. {PH1}",
    "F|Anak saya {P2:kid}, siswa kelas 9 di {~school}, ditahan ijazahnya karena belum melunasi uang komite Rp{~amount}. Mohon bantuan. Kontak {PH1} ({P1}).",
    "F|Tanggal {~idate} rumah kami di {AD1} kebanjiran setinggi 1 meter karena drainase tersumbat proyek perumahan. Mohon BPBD dan PUPR meninjau. {P1}",
    "F|PLN memutus listrik rumah saya padahal tagihan sudah dibayar lewat aplikasi. Sudah telepon 123 tapi disuruh menunggu. Nama {P1}, alamat {AD1}, telp {PH1:land}.",
    "F|Laporan dari {P1}: air PDAM {~city} mati total tiga hari di {~kel}. Tolong segera diperbaiki. WA {PH1}",
    "F|Paman saya {P2:m:old} (KTP {NIK2}) meninggal dunia bulan lalu tapi masih tercatat sebagai penerima BPNT, sehingga saya sebagai ahli waris tidak bisa mengurus pengalihan.",
    "E|Subjek: Pengaduan pungli pembuatan SKCK\n\nYth. Admin,\nSaya dimintai Rp{~amountsmall} oleh petugas di Polsek {~kec} untuk mempercepat SKCK. Mohon ditindak.\n\nSalam,\n{P1}\nHP: {PH1}\nEmail: {EM1}",
    "F|Pinjol ilegal menyebarkan data saya dan mengirim pesan ancaman ke kontak saya dari nomor {PH2}. Saya tidak pernah meminjam. Nama saya {P1}, email {EM1}.",
    "F|Rekening BNI {ACC1:BNI} atas nama saya, {P1}, terblokir setelah pencairan BSU tahap 2. Bank menyuruh saya melapor ke Kemnaker.",
    "F|Saya {P1}, pemilik UMKM keripik di {~city}. Pengajuan KUR saya ditolak karena katanya SLIK saya buruk, padahal saya tidak pernah punya utang. NIK {NIK1}.",
    "F|Bidan desa {~desa}, Ibu {P2:f}, jarang ada di poskesdes. Kemarin ibu hamil harus dibawa ke {~hosp} dengan motor bak terbuka.",
    "F|Dalam rapat musrenbang tanggal {~idate}, Sekdes {P2:m} menolak usulan warga RT 04 tanpa alasan. Kami minta transparansi.",
    "M|Min, ini akun {HD2} ngaku-ngaku petugas PLN dan minta transfer ke rek BRI {ACC2:BRI}. Hati2 ya warga {~city}. cc {~insthandle}",
    "F|Saya {P1}, sopir taksi online. Pada {~idate} mobil saya {PL} kena tilang elektronik padahal saat itu mobil ada di rumah. Mohon Korlantas mengecek ulang.",
    "F|Pemberitahuan ETLE datang untuk kendaraan {PL} yang sudah saya jual kepada {P2} pada tahun {~year}. Mohon Samsat memproses blokir.",
    "F|Saya {P1}, mahasiswa penerima KIP Kuliah di Universitas {~univ}. Dana biaya hidup semester ini belum cair. Nomor rekening BSI {ACC1:BSI}. Email {EM1}.",
    "F|Guru PNS di sekolah kami, {P2:asn} (NIP {NIP2}), jarang masuk kelas tapi tetap menerima TPP penuh. Mohon Inspektorat memeriksa.",
    "F|Nama: {P1}\nNIK: {NIK1}\nTTL: {~city}, {DOB1}\nAlamat: {AD1}, {~kel}\nHP: {PH1}\n\nIsi laporan: KTP-el saya belum jadi sejak perekaman tanggal {~idate}.",
    "F|Warga {~kel} resah dengan balap liar setiap malam Minggu di {~street}. Salah satu motor yang sering ikut berpelat {PL}.",
    "F|Saya {P1:f}, ibu dari {P2:kid}. Anak saya tidak diterima di SD negeri terdekat padahal rumah kami di {AD1} hanya 300 meter dari sekolah. Sistem zonasi PPDB bermasalah.",
    "S|pak tolong jln ke kampung kami rusak parah, ambulans ga bs masuk. desa {~desa} kec {~kec}. sy {P1s} hp {PH1}",
    "F|Pengemudi bus {~po} dengan nomor polisi {PL} ugal-ugalan di tol {~toll} km {~km} pada {~idate}. Hampir menabrak mobil kami.",
    "F|BTN menolak restrukturisasi KPR saya dengan alasan data tidak lengkap. Nomor rekening KPR {ACC1:BTN}, atas nama {P1}.",
    "F|Atas nama {P1}, paspor {PAS1}, saya mengajukan penggantian paspor hilang di Kantor Imigrasi {~city} sejak {~idate} namun belum ada jadwal wawancara.",
    "F|Kakak saya, {P2}, pekerja migran di Arab Saudi dengan nomor paspor {PAS2}, tidak bisa dihubungi sejak Lebaran. Mohon KBRI Riyadh membantu.",
    "F|Iuran BPJS mandiri saya terpotong dua kali bulan ini. Nomor kartu {BPJS1}. Saya {P1}.",
    "F|Peserta JKN atas nama {P2}, no. kartu {BPJS2}, lahir {DOB2}, ditolak rawat inap di {~hosp} dengan alasan kamar penuh, padahal ada kamar kosong.",
    "F|Saudari {P2:f} yang bekerja sebagai staf Disdukcapil meminta Rp{~amountsmall} untuk cetak ulang KK. Saya punya bukti chat WhatsApp dari nomor {PH2}.",
    "F|Lurah di {~kel} tidak pernah ada di kantor. Warga yang butuh tanda tangan disuruh datang ke rumahnya di {AD2}.",
    "F|Saya {P1} melaporkan bahwa nomor {PH1} milik saya dipakai orang lain. Saya tidak pernah mendaftarkan NIK saya ke operator lain.",
    "F|Lewat laporan ini saya, {P1}, NPWP {NPWP1}, mengajukan keberatan atas tagihan PBB-P2 tahun {~year} yang naik 300%. Objek pajak di {AD1}.",
    "F|Kronologi: tanggal {~idate} saya ({P1}) datang ke kantor desa untuk mengurus surat keterangan tidak mampu. Kaur Pemerintahan, {P2:m}, meminta saya kembali besok. Esoknya saya bertemu Sekdes {P3}, yang meminta uang Rp{~amountsmall}. Ketika saya menolak, Pak {P2s} mengatakan surat tidak bisa diproses. Saya melapor ke Pak Camat tapi belum ada tanggapan. HP saya {PH1}.",
    "F|Majikan saya, {P2} dari PT {~company}, tidak membayar upah lembur selama enam bulan dan menahan ijazah saya. Saya {P1}, NIK {NIK1}. Sudah lapor ke Disnaker {~city}.",
    "M|Kantor kelurahan jam 10 pagi masih kosong 😡 {~insthandle} {~insthandle2} #pelayananpublik (dari {HD1})",
    "F|Sudah tiga kali saya melapor lewat SMS 1708 dengan nomor tiket {~ticket}, tetapi jalan di depan rumah saya, {AD1}, tetap berlubang.",
    "F|Adik saya {P2:kid} mengalami perundungan di {~school}. Wali kelasnya, Ibu {P3:f}, tidak menanggapi. Mohon Dinas Pendidikan turun tangan.",
    "F|Saya bekerja di {~agency} dan ingin melapor bahwa atasan saya, {P2:asn} (NIP {NIP2}), memotong uang perjalanan dinas pegawai. Identitas saya mohon dirahasiakan.",
    "F|Tagihan listrik kontrakan saya di {AD1} mendadak Rp{~amount} padahal biasanya Rp300 ribu. Pemilik rumah, {P2}, menyuruh saya komplain ke PLN.",
    "F|Pembagian beras bantuan di {~kel} tidak merata. Ketua RT, {P2:m}, hanya memberi kepada keluarganya sendiri. Ada 45 KK yang tidak dapat.",
    "F|Mohon bantuan mencari ayah kami, {P2:m:old}, lahir {DOB2}, pasien demensia yang hilang dari rumah sejak {~idate}. Hubungi {PH1} ({P1}).",
    "F|Saya {P1}, penyandang disabilitas netra, tidak bisa mengakses layanan Samsat keliling karena tidak ada pendamping. Email saya {EM1}.",
    "F|Di {~hosp}, perawat bernama {P2} membentak keluarga pasien dan menolak menjelaskan tindakan. Kejadian tanggal {~idate}.",
    "S|lapor min, ada tambang pasir ilegal di sungai dkt desa {~desa}, truk2 nya plat {PL} lewat tiap hari. jalan rusak smua",
    "F|Saya {P1:m}, petani di Desa {~desa}. Pupuk subsidi di {~kios} selalu habis tapi dijual lagi Rp{~amountsmall} per sak oleh pemilik kios, {P2}.",
    "F|Mohon dibantu, saya tertipu arisan online oleh {P2:f} dengan akun {HD2}. Kerugian Rp{~amount}. Dia juga memakai rekening Mandiri {ACC2:Mandiri}.",
    "F|Data NIK {NIK1} dan nomor KK {KK1} milik saya dipakai orang untuk pinjol. Saya baru tahu waktu ditagih debt collector.",
    "E|Yth. Admin,\n\nSaya {P1:asn}, NIP {NIP1}, guru SD di {~kab}. Kenaikan pangkat saya periode April tertahan di BKPSDM karena berkas belum diverifikasi, padahal sudah diunggah di SIASN.\n\nHormat saya.",
    "F|Suami saya, {P2:m}, melakukan KDRT dan sekarang mengancam lewat WA dari nomor {PH2}. Laporan ke Polsek tidak ditindaklanjuti. Saya {P1:f}, tinggal di {AD1}.",
    "F|Developer perumahan {~perum} belum menyerahkan sertifikat rumah saya ({AD1}) walaupun KPR sudah lunas sejak {~year}.",
    "F|Saya {P1}, guru ngaji, melaporkan bahwa insentif guru keagamaan dari Pemkab tidak sampai. Nama saya ada di SK tetapi uangnya diambil oleh {P2}.",
    "E|Kepada Yth.\nTim SP4N-LAPOR!\n\nPerihal: Permohonan verifikasi data pensiun\n\nSaya yang bertanda tangan di bawah ini:\nNama : {P1:asn}\nNIP : {NIP1}\nTanggal lahir : {DOB1}\nAlamat : {AD1}\n\nmemohon agar data pensiun saya di Taspen disesuaikan.\n\nHormat saya,\n{P1}",
    "F|Saya menemukan dompet berisi KTP atas nama {P2} di {~halte}. Sudah saya serahkan ke Polsek {~kec}. Mohon diinformasikan ke pemiliknya.",
    "C|TOLONG PAK PRESIDEN, TANAH KAMI DI DESA {~desa} DISEROBOT PERUSAHAAN SAWIT. KEPALA DESA {P2:m} IKUT MENJUAL. SAYA {P1}.",
    "F|Penjual di Pasar {~market} bernama {P2} menjual gas elpiji 3 kg Rp{~amountgas}, jauh di atas HET. Mohon Disperindag menertibkan.",
    "M|{HD2} ini oknum ASN {~agency} pamer gaya hidup mewah, mobil {PL} dipake ke kantor. Tolong diperiksa KPK",
    "F|Klaim JHT saya di BPJS Ketenagakerjaan {~city} ditolak karena nama di KTP ({P1}) berbeda satu huruf dengan di kartu peserta. Mohon solusi. HP {PH1}.",
    "F|Anak saya {P2:kid} lahir {DOB2} belum mendapat NIK walaupun akta kelahiran sudah terbit. KK kami {KK1}.",
    "F|Petugas KPPS di TPS 12 {~kel}, {P2} dan {P3}, membawa pulang kotak suara sebelum penghitungan selesai. Kejadian tanggal {~idate}.",
    "F|Bang {P2s:m}, juru parkir liar di depan minimarket di {~street}, memaksa pengunjung membayar Rp5.000. Kalau menolak, kendaraan dicoret.",
    "F|Proyek pengaspalan di {~street} dikerjakan asal-asalan oleh CV {~company}. Pengawas lapangan dari Dinas PUPR, {P2}, tidak pernah datang.",
    "S|knp e-ktp sy blm jd2 udh setaun. nama {P1} nik {NIK1}. kt dukcapil blangko habis trs",
    "S|assalamualaikum, mau tanya sertifikat tanah prona atas nama bapak sy {P2:m:old} kok blm dibagi. sy {P1s} wa {PH1}",
    "F|Tagihan air PDAM rumah orang tua saya, {P2:old}, di {AD2} melonjak jadi Rp{~amount} padahal rumah kosong.",
    "F|Dalam pertemuan tanggal {~idate}, Camat {~kec}, Bapak {P2:m}, berjanji memperbaiki jembatan, tetapi sampai sekarang tidak ada realisasi.",
    "F|Mohon pengecekan status NPWP saya. Sejak pemadanan NIK-NPWP, NPWP lama {NPWP1} tidak bisa dipakai login dan NIK saya {NIK1} ditolak.",
    "F|Pemilik warung, {P2}, menjual rokok ke anak-anak {~school}. Sudah diingatkan guru tetapi tetap saja.",
    "F|Kendaraan pengangkut sampah DLH dengan pelat {PL} membuang sampah ke lahan kosong di {~kel}, bukan ke TPA.",
    "F|Saya {P1:m}, warga binaan Lapas {~city}, ingin melaporkan pungutan untuk kunjungan keluarga. Keluarga saya bisa dihubungi di {PH2} (istri, {P2:f}).",
    "F|Dana PIP anak saya, {P2:kid}, sebesar Rp{~amount} dipotong kepala sekolah {P3} dengan alasan uang administrasi.",
    "F|Saya pedagang kaki lima di {~street}. Satpol PP menyita gerobak saya tanpa surat. Komandan regunya bernama {P2:m}. Saya {P1}, HP {PH1}.",
    "F|Nomor rekening BRI {ACC1:BRI} atas nama {P1:f} dipakai untuk pembayaran insentif kader posyandu, tetapi dana tidak masuk sejak Januari.",
    "E|Dari: {EM1}\nKepada: pengaduan@lapor.go.id\nPerihal: Jalan longsor\n\nJalan penghubung Desa {~desa}–{~desa2} tertutup longsor sejak {~idate}. Mohon segera ditangani.\n\n{P1}",
    "F|Pak Carik {P2:m:jawa} di Desa {~desa} meminta Rp{~amount} untuk surat pengantar jual beli tanah. Padahal menurut Perbup tidak dipungut biaya.",
    "M|Udah laporin ini berkali-kali ke {~insthandle} tapi ga ada respon. Trotoar di {~street} dipake parkir mobil. - {HD1}",
    "F|Dosen {P2} di Universitas {~univ} meminta uang kepada mahasiswa agar nilai lulus. Kami punya rekaman. Pelapor: {P1}, email {EM1}.",
    "F|Imigrasi {~city} mempersulit perpanjangan paspor suami saya, {P2:m}, nomor paspor {PAS2}. Sudah 4 kali datang.",
    "F|Anak buah kapal asal {~city}, {P2:m}, ditelantarkan di pelabuhan Busan. Paspornya ({PAS2}) ditahan kapten. Mohon Kemlu membantu. Keluarga: {PH1}.",
    "F|Bidan {P2:f} di Puskesmas {~kec} meminta biaya persalinan Rp{~amount} kepada pasien BPJS. Nomor kartu istri saya {BPJS3}, nama {P3:f}.",
    "F|Mohon perbaiki data JKN ibu saya, {P2:f:old}. Nomor kartu {BPJS2} tercatat dengan tanggal lahir yang salah; yang benar {DOB2}.",
    "F|Balik nama sertifikat di BPN {~city} atas nama {P1} (NIK {NIK1}) tertahan karena petugas bernama {P2} meminta uang pelicin.",
    "F|Tagihan kartu kredit orang lain dikirim ke alamat saya, {AD1}. Nama di surat {P2}. Mohon bank berhenti mengirim.",
    "F|Perkenalkan saya {P1}. Saya melaporkan kebisingan dari tempat hiburan malam di {~street} yang buka hingga pukul 03.00.",
    "F|Info: rumah di {AD2} dijadikan gudang miras oplosan. Pemiliknya dikenal dengan nama {P2s:m}. Mohon Polres {~city} menindak.",
    "F|NPWP istri saya, {P2:f}, ({NPWP2}) masih terdaftar walaupun sudah digabung dengan NPWP saya. Mohon KPP Pratama {~city} menghapus.",
    "F|Sdr. {P2} (HP {PH2}) menawarkan jasa masuk polisi dengan bayaran Rp{~amountbig}. Keponakan saya sudah bayar tapi tidak lulus.",
    "F|Ketua kelompok tani, {P2}, di Desa {~desa} menjual traktor bantuan Kementan. Traktor diangkut dengan truk {PL} pada {~idate}.",
    "S|min sy {P1s} dr {~city}, gaji pppk blm masuk 2 bln. nip {NIP1:asn}. mhn dibantu",
    "S|pak jl di {~street} banyak lubang, tadi pagi ibu2 jatuh. tlg diperbaiki. sy warga situ, {P1s} {PH1}",
    "C|PENGADUAN: PETUGAS PLN BERNAMA {P2} MEMINTA RP{~amountsmall} UNTUK PASANG METERAN BARU DI RUMAH SAYA {AD1}. HP {PH1}",
    "F|Mohon bantuan atas penahanan KTP saya oleh koperasi simpan pinjam milik {P2}. Nomor KTP saya {NIK1}.",
    "M|Thread: kronologi penipuan jual beli HP via IG {HD2}. Uang Rp{~amount} ditransfer ke BCA {ACC2:BCA} a.n. {P2}. Tolong {~insthandle} bantu usut 🧵",
    "F|Rumah sewa kami di {AD1} digusur tanpa surat peringatan oleh orang suruhan {P2}. Barang-barang kami dibuang ke jalan. Saya {P1}, WA {PH1}.",
    "F|Sudah setahun saya menunggu SK pengangkatan PPPK. Nama {P1}, NIK {NIK1}, nomor peserta {~ticket}. Mohon BKN memberi kepastian.",
    "F|Tolong “{P2s}” yang mengaku staf DPRD {~city} menipu warga dengan janji bantuan rumah. Nomornya {PH2}, korbannya sudah 30 orang.",
    "F|Kemarin pukul 14.00 saya dan Pak {P2s:m} dari {~agency} meninjau gorong-gorong di {~street}. Beliau berjanji diperbaiki minggu depan, tapi belum ada. {P1}",
    "F|Anak saya {P2:kid} (NIK {NIK2}) ditolak masuk SMP negeri karena alamat di KK {KK1} dianggap di luar zonasi, padahal kami sudah 10 tahun tinggal di {AD1}.",
    "F|Pelayanan di Kantor Pertanahan {~city} sangat lambat. Berkas atas nama ibu saya, {P2:f:old}, sudah 8 bulan. Nomor berkas {~ticket}.",
    "F|Mohon Polres {~city} menangkap pelaku jambret HP istri saya tanggal {~idate}. Pelaku memakai motor {PL}. Rekaman CCTV ada di warung {P2}.",
    "S|kpd yth admin lapor, sy {P1} warga {AD1}, air sumur bau solar sejak ada spbu baru. mhn dicek",
    "F|Saya {P1}, orang tua siswa {~school}. Kepala sekolah, Ibu {P2:f}, mewajibkan pembelian LKS Rp{~amountsmall} per mata pelajaran.",
    "F|Saya {P1:f}, bidan honorer. Insentif persalinan Jampersal belum dibayar sejak {~month}. Rekening Bank Nagari {ACC1:Nagari}.",
    "F|Petugas Dishub bernama {P2:m} bersama dua orang lain menderek mobil saya di {~street} tanpa tanda larangan parkir. Nopol {PL}. Saya harus bayar Rp{~amount}.",
    "E|Yth. Ombudsman / LAPOR!\n\nSaya {P1}, NIK {NIK1}, NPWP {NPWP1}, pemilik toko di {AD1}. Izin usaha saya di OSS dibekukan tanpa pemberitahuan.\n\nMohon tindak lanjut.\n{P1}\n{PH1:land} / {PH1}",
    "F|Pak {P2s:m:bali} selaku kelian banjar meminta iuran Rp{~amount} untuk upacara dari warga pendatang. Kalau tidak bayar, KTP tidak dibuatkan surat domisili.",
    "F|Mohon bantuan, kakek saya {P2:m:old} (lahir {DOB2}, NIK {NIK2}) tidak bisa ambil bansos di kantor pos karena sidik jarinya tidak terbaca.",
    "F|Saya {P1}, nomor kartu JKN {BPJS1}, dipaksa membeli obat sendiri di apotek luar oleh dokter {P2} di {~hosp}.",
    "M|Buat warga {~city} hati-hati, {HD2} nawarin loker di kapal pesiar tapi minta biaya Rp{~amountbig}. Temen gue udah jadi korban.",
    "F|Pada {~idate} terjadi tabrak lari di {~street}. Mobil pelaku bernomor {PL}. Korban, {P2}, dirawat di {~hosp}. Polisi lambat menindak.",
    "F|Di Desa {~desa}, Kades {P2:m} dan bendahara desa {P3} tidak pernah memasang baliho APBDes. Warga tidak tahu penggunaan dana.",
    "F|Jalan menuju rumah ibadah di Kampung {~desa} ditutup tembok oleh {P2}. Warga harus memutar 2 km. Mohon camat memediasi.",
    "F|Mertua saya, {P2:old}, dengan paspor {PAS2} gagal berangkat umrah karena travel {~company} kabur membawa uang Rp{~amountbig}.",
    "F|Saya {P1:m}, NIK {NIK1}, lahir {DOB1}. Data saya di Dukcapil tercatat sudah meninggal sehingga tidak bisa mendaftar BPJS. Mohon dikoreksi.",
    "F|Surat tilang untuk kendaraan {PL} dikirim ke alamat saya di {AD1}, padahal kendaraan itu bukan milik saya.",
    "F|Pengajuan pindah domisili saya ditolak karena nomor KK {KK1} tidak ditemukan di SIAK. Saya {P1}, NIK {NIK1}.",
    "S|min kk sy no {KK1} msh ada nama almarhum bapak, udh urus 3x blm diganti",
    "F|Nama anak bungsu kami tidak muncul di KK nomor {KK1} setelah cetak ulang. Mohon Disdukcapil {~city} memperbaiki. Kontak {PH1}.",
    "F|Pendaftaran PPDB anak saya gagal karena tanggal terbit KK ({KK1}) kurang dari 1 tahun. Kami pindah karena rumah lama kena gusur proyek tol.",
    "F|Saya {P1}, NPWP {NPWP1}, dikenai denda telat lapor SPT padahal sudah lapor tanggal {~idate} lewat e-Filing. Bukti penerimaan elektronik ada.",
    "F|Restitusi PPh saya dengan NPWP {NPWP1} belum cair sejak {~year}. KPP beralasan berkas masih diteliti.",
    "C|NPWP SAYA {NPWP1} DIPAKAI PERUSAHAAN FIKTIF UNTUK MENERBITKAN FAKTUR PAJAK. MOHON DJP MENGUSUT. {P1}",
    "E|Yth. Kepala KPP Pratama {~city},\n\nSaya {P1}, NPWP {NPWP1}, keberatan atas Surat Teguran yang dikirim ke {AD1}, karena saya sudah tidak memiliki usaha sejak {~year}.\n\nHormat saya,\n{P1}",
    "F|Saya {P1}, paspor {PAS1}, dideportasi dari Malaysia dan barang saya ditahan di Nunukan. Mohon bantuan BP3MI.",
    "S|paspor sy {PAS1} blm jd udh 3 minggu, pdhl janjinya 4 hari kerja. kanim {~city}",
    "F|Paspor anak saya, {P2:kid}, nomor {PAS2}, rusak karena banjir, tapi kantor imigrasi mengenakan denda Rp{~amount}.",
    "F|Saya {P1:asn} (NIP {NIP1}) dimutasi ke daerah terpencil tanpa SK yang jelas, setelah menolak menandatangani laporan kegiatan fiktif.",
    "F|Oknum kepala bidang, {P2:asn}, NIP {NIP2}, sering bolos dan bermain judi online di jam kerja. Kami punya foto-fotonya.",
    "S|sy asn nip {NIP1:asn} tpp blm dibayar 4 bln. a.n {P1}",
    "F|Kartu KIS saya nomor {BPJS1} tidak aktif saat berobat ke {~hosp}, padahal saya peserta PBI APBD. Saya {P1}.",
    "S|bpjs ibu sy {BPJS2} kok jd nonaktif. pdhl rutin byr. tlg min",
    "F|Faskes tingkat pertama saya tiba-tiba dipindah ke klinik yang jauh dari rumah. Nomor JKN {BPJS1}, a.n. {P1}.",
    "M|Akun TikTok {HD2} menyebarkan video siswa {~school} yang dirundung. Mohon Komdigi take down. Laporan dari {HD1}",
    "M|Pelaku penipuan: IG {HD2}, WA {PH2}. Jual tiket konser palsu, sudah 20 orang tertipu. cc {~insthandle}",
    "M|Dear {~insthandle2}, bansos di {~kel} dipotong pengurus RT. Bukti ada di postingan saya. Kontak DM {HD1} aja ya",
    "F|Calo di Kantor Imigrasi {~city} mematok Rp{~amount} agar paspor cepat jadi. Paspor lama saya {PAS1} ditahan calo tersebut, {P2}.",
    "E|Yth. Direktorat Jenderal Imigrasi,\n\nPermohonan penggantian paspor saya (nomor lama {PAS1}) ditolak karena nama di paspor berbeda dengan KTP. Mohon petunjuk.\n\nSalam,\n{P1}\n{EM1}",
]

NOPII_SKELETONS = [
    "F|Jalan provinsi di {~street} km {~km} rusak berat sejak musim hujan. Sudah ada {~count} kecelakaan bulan ini. Mohon Dinas PUPR Provinsi memperbaiki.",
    "F|Laporan saya dengan nomor {~ticket16} belum ditindaklanjuti sejak {~idate}. Mohon update.",
    "F|Antrean di {~hosp} sangat panjang, pasien BPJS harus datang jam 4 pagi. Mohon manajemen menambah loket.",
    "F|Harga cabai di Pasar {~market} naik menjadi Rp{~amountsmall}/kg. Mohon Dinas Perdagangan {~city} melakukan operasi pasar.",
    "F|Lampu PJU di sepanjang Jl. {~hero} mati total sejak {~idate}. Jalan gelap dan rawan begal.",
    "F|SPBU {~spbu} di {~city} sering kehabisan solar, antrean truk sampai 1 km. Mohon Pertamina mengecek.",
    "F|{~school} (NPSN {~npsn}) memungut uang seragam Rp{~amount}, padahal Permendikbud 50/2022 melarang.",
    "F|NIK saya sudah dicek di 3 aplikasi dan semuanya bilang tidak valid. Bagaimana solusinya? Dukcapil tidak bisa dihubungi.",
    "F|Banjir di {~kel} merendam {~count} rumah dan {~countkk} KK terdampak. Bantuan logistik belum datang.",
    "F|Kenapa call center 112 {~city} tidak bisa dihubungi waktu ada kebakaran kemarin malam? Kami terpaksa memadamkan sendiri.",
    "F|Bandara {~airport} tidak punya kursi roda yang cukup untuk penumpang lansia. Kami menunggu 45 menit.",
    "F|Jembatan gantung di Desa {~desa} putus pada {~idate}. Anak-anak sekolah harus menyeberang sungai. Mohon BPBD membantu.",
    "S|min jln di {~street} kpn dibenerin? udh 6 bln rusak. makasih",
    "F|Pelayanan di Mal Pelayanan Publik {~city} lambat, hanya 2 loket buka dari 10. Mohon ditambah petugas.",
    "F|Mohon penjelasan mengapa UKT di Universitas {~univ} naik dari Rp{~amount} ke Rp{~amountbig}. Tidak sesuai Permendikbudristek No. 2 Tahun 2024.",
    "F|Warga RT 04 mengeluhkan sampah menumpuk di pinggir {~street} karena truk DLH tidak datang selama seminggu.",
    "F|Saya sudah email ke {~instemail} tapi tidak ada balasan terkait izin PBG yang diajukan sejak {~idate}.",
    "F|Pungli di jembatan timbang km {~km} jalur pantura. Sopir truk dimintai Rp{~amountsmall} tiap lewat.",
    "C|JALAN DI DEPAN {~school} BERLUBANG BESAR, SUDAH ADA ANAK SEKOLAH YANG JATUH. MOHON SEGERA DIPERBAIKI.",
    "F|Seleksi PPPK guru tahun {~year} tidak transparan. Dari 140 peserta yang lulus passing grade hanya 12 yang diangkat.",
    "M|{~insthandle} kapan perbaikan jalan di {~street}? Udah setahun ga ada kabar. #jalanrusak",
    "F|Pembangunan Puskesmas {~kec} yang dianggarkan Rp{~amountbig} mangkrak sejak {~year}. Mohon BPK dan Inspektorat mengaudit.",
    "F|Pemadaman listrik bergilir di {~city} terjadi hampir setiap hari, 3–4 jam. Sudah lapor ke PLN 123 dengan nomor laporan {~ticket}.",
    "F|Kapan pencairan BLT Dana Desa tahap 3 di Desa {~desa}? Sudah bulan {~month} belum ada informasi.",
    "F|Bus Trans {~city} koridor 3 sering terlambat sampai 40 menit. Halte di depan {~hosp} juga rusak.",
    "F|Sesuai UU No. 25 Tahun 2009 tentang Pelayanan Publik, Disdukcapil wajib memasang maklumat pelayanan. Di {~city} tidak ada sama sekali.",
    "F|Tarif parkir di Stadion {~stadium} Rp{~amountsmall}, padahal Perda hanya Rp3.000 untuk motor.",
    "F|Ada oknum pegawai kelurahan yang meminta uang untuk pengurusan surat pindah. Saya tidak tahu namanya, tapi dia bertugas di loket 2.",
    "F|Kepala sekolah {~school} meminta sumbangan pembangunan Rp{~amount} per siswa. Mohon Dinas Pendidikan menegur.",
    "F|Pengaduan #{~ticket} sudah dinyatakan selesai padahal masalah belum ditangani. Jalan di {~street} masih berlubang.",
    "F|Layanan BPJS Kesehatan 165 selalu sibuk. Saya ingin mengurus perpindahan faskes tapi tidak bisa.",
    "F|Ratusan ikan mati di Sungai {~river} diduga akibat limbah pabrik tapioka. Mohon DLH menguji sampel air.",
    "F|Kenapa Kantor Pos {~city} menolak pengambilan bansos untuk lansia yang diwakilkan keluarga? Padahal sudah ada surat kuasa dari kepala desa.",
    "S|pdam mati lg min di {~kel}, udh 3 hr. tlg",
    "F|Ojek pangkalan di {~station} melarang ojol menjemput penumpang dan mengancam pengemudi. Mohon Dishub dan polisi menertibkan.",
    "F|Harga tiket kapal Pelni rute {~city}–{~city2} naik Rp{~amount} menjelang Natal. Apakah sesuai aturan Kemenhub?",
    "F|Tanggal {~idate} pukul 14.00 ada kebocoran pipa gas di {~street}. Petugas baru datang 5 jam kemudian.",
    "F|Sinyal seluler di Desa {~desa} hilang sejak menara BTS rusak {~idate}. Sudah lapor ke call center 188 tapi belum ada perbaikan.",
    "F|Pemkab belum membayar insentif nakes selama 7 bulan, total Rp{~amountbig} untuk 320 tenaga kesehatan di {~kab}.",
    "F|Mohon agar RSUP Dr. {~rsup} memperbaiki lift gedung rawat inap yang rusak sejak bulan lalu. Pasien harus ditandu lewat tangga.",
    "E|Yth. Admin LAPOR!,\n\nKami warga {~kel} mengadukan genangan air di {~street} yang tidak surut selama dua minggu. Saluran tertutup bangunan ruko.\n\nHormat kami,\nWarga RT 05 RW 02",
    "F|Pembuatan SIM di Satpas {~city} masih ada calo di depan. Tarif calo Rp{~amountbig}, padahal PNBP resmi Rp120.000 sesuai PP 76/2020.",
    "F|Proyek SPAM senilai Rp{~amountbig} di {~kab} selesai tahun {~year} tapi air tidak pernah mengalir ke rumah warga.",
    "C|PUNGLI DI PELABUHAN {~port}! SETIAP TRUK DIMINTA RP{~amountsmall} OLEH PREMAN. POLISI DIAM SAJA.",
    "F|Mohon info status laporan nomor {~ticket16}. Saya sudah menunggu lebih dari 60 hari sesuai Perpres 76/2013.",
    "F|Hajatan di tengah jalan di {~kel} menutup jalan umum selama 3 hari tanpa izin. Ambulans tidak bisa lewat.",
    "M|Akun {~insthandle} kok balasannya template terus ya. Laporan soal banjir di {~kel} ga ditanggapi 😒",
    "F|Pak Lurah dan Bu Camat sudah meninjau lokasi longsor tanggal {~idate} tapi tidak ada tindak lanjut. Warga masih mengungsi di balai desa.",
    "F|Harga obat di apotek {~hosp} lebih mahal 40% dibanding apotek luar. Apakah boleh?",
    "F|Nomor pengaduan 1500200 tidak bisa dihubungi sejak pagi, padahal batas lapor SPT tanggal 31 Maret.",
    "F|Ada 2.350 KK di Kecamatan {~kec} yang belum menerima sertifikat PTSL padahal sudah bayar Rp150.000 sesuai SKB 3 Menteri.",
    "F|Jalan Andi Pettarani dan Jl. Urip Sumoharjo macet parah karena proyek tol layang. Mohon Dishub Makassar mengatur lalu lintas.",
    "S|lampu merah di perempatan {~street} mati udh 3 hari, rawan tabrakan. tolong dishub",
    "F|Kantor Imigrasi {~city} hanya melayani 50 permohonan paspor per hari, kuota online selalu habis dalam 1 menit.",
    "F|Bus {~po} sering menaikkan penumpang di bahu jalan tol {~toll}. Berbahaya sekali.",
    "F|Kuota LPG 3 kg di pangkalan {~kios} hanya 20 tabung per minggu untuk 150 KK. Mohon ditambah.",
    "F|Stadion {~stadium} dipakai konser sampai jam 1 malam, warga sekitar terganggu. Apakah ada izin keramaian dari Polres?",
    "E|Perihal: Keluhan layanan kereta\n\nYth. KAI,\nKereta lokal relasi {~city}–{~city2} pada {~idate} terlambat 2 jam tanpa pemberitahuan. Ada 300 penumpang terlantar.\n\nTerima kasih.",
    "F|Kepala desa tidak transparan soal dana desa Rp{~amountbig}. Papan informasi APBDes tidak pernah dipasang di Desa {~desa}.",
    "F|Bupati sudah berjanji membangun jembatan di Desa {~desa} saat kampanye tahun {~year}, tapi sampai sekarang tidak ada.",
    "S|tlg min, antrean bbm di spbu {~spbu} sampe 3 jam. truk2 nimbun solar",
    "F|Taman Makam Pahlawan di {~city} tidak terurus, rumput setinggi lutut dan pagar roboh. Mohon Dinas Sosial memperhatikan.",
    "F|Patung Pahlawan {~hero} di bundaran kota dicoret-coret. Mohon Satpol PP dan Dinas Pariwisata membersihkan.",
    "F|Penyeberangan Ketapang–Gilimanuk pada {~idate} antre 6 jam. Kapal yang beroperasi hanya 12 dari 30.",
    "C|KAMI WARGA {~kel} MENOLAK PEMBANGUNAN TOWER DI DEKAT SEKOLAH. TIDAK ADA SOSIALISASI SAMA SEKALI.",
    "M|Bandara {~airport} AC-nya mati, ruang tunggu panas banget 🥵 {~insthandle2}",
    "F|Pendaftaran KIS di Dinsos {~city} harus melalui ketua RT, padahal menurut Permensos 3/2021 bisa langsung. Mohon diluruskan.",
    "F|Universitas {~univ} belum mencairkan beasiswa 1.200 mahasiswa sejak semester lalu. Surat edaran rektor No. 45/UN/2024 tidak dijalankan.",
    "F|Ada 17 titik jalan berlubang di Jalan Trans Sulawesi antara km 20 dan km 35. Mohon BPJN memperbaiki sebelum mudik.",
]

GREET = ["Yth. Admin LAPOR!, ", "Selamat pagi. ", "Assalamualaikum wr. wb. ", "Selamat siang Bapak/Ibu, ",
         "Mohon izin melapor. ", "Yth. Admin,\n", "Salam sejahtera. ", "Selamat malam admin, ",
         "Shalom. ", "Om Swastyastu. ", "Permisi, "]
CLOSE = [" Terima kasih.", " Mohon ditindaklanjuti.", " Mohon segera ditindak.", " Wassalam.",
         "\nTerima kasih atas perhatiannya.", " Matur nuwun.", " Hatur nuhun.", " Tabe.",
         " Makasih banyak 🙏"]
SIGNOFF = ["\n\nPelapor: {P1}, HP {PH1}", "\nHormat saya,\n{P1}\n{PH1}", " — {P1} ({PH1})",
           " Salam, {P1}.", "\n\n{P1}\nWA: {PH1}", " Kontak: {PH1}", " Pelapor: {P1}, email {EM1}"]

SIGNOFF_NAME = [" Salam, {P1}.", "\n\nPelapor: {P1}", "\nHormat saya,\n{P1}"]

SLOT_RE = re.compile(r"\{([^{}]+)\}")
KIND_LABEL = {"P": "PERSON", "Ps": "PERSON", "NIK": "NIK", "KK": "KK", "NPWP": "NPWP", "PH": "PHONE",
              "EM": "EMAIL", "HD": "HANDLE", "AD": "ADDRESS", "DOB": "DATE_OF_BIRTH", "NIP": "NIP",
              "BPJS": "BPJS", "PAS": "PASSPORT", "ACC": "BANK_ACCOUNT"}
_PSLOT = re.compile(r"^(P|NIK|KK|NPWP|PH|EM|HD|AD|DOB|NIP|BPJS|PAS|ACC)(\d)(s?)$")


class _M:
    def __init__(self, kind, idx):
        self.g = (kind, idx)

    def group(self, i):
        return self.g[i - 1]

    def groups(self):
        return self.g


class PSLOT:
    @staticmethod
    def match(name):
        m = _PSLOT.match(name)
        if not m or (m.group(3) and m.group(1) != "P"):
            return None
        return _M("Ps" if m.group(3) else m.group(1), m.group(2))
AGES = {"kid", "old", "asn"}


def render(body):
    """Render a skeleton; return (text, spans)."""
    hints = {}
    for m in SLOT_RE.finditer(body):
        parts = m.group(1).split(":")
        pm = PSLOT.match(parts[0])
        if pm:
            h = hints.setdefault(pm.group(2), {})
            for o in parts[1:]:
                if o in ("m", "f"):
                    h["sex"] = o
                elif o in AGES:
                    h["age"] = o
                elif o in REGIONS:
                    h["region"] = o
    personas = {k: Persona(h.get("sex"), h.get("region"), h.get("age")) for k, h in hints.items()}

    def fill(m):
        parts = m.group(1).split(":")
        name = parts[0]
        if name.startswith("~"):
            return [FILLERS[name[1:]]()]
        if name == "PL":
            return [(plate(), "PLATE")]
        pm = PSLOT.match(name)
        if not pm:
            raise SystemExit(f"unknown slot {name} in {body!r}")
        kind, idx = pm.groups()
        p = personas[idx]
        if kind == "P":
            val = p.name
        elif kind == "Ps":
            val = p.call
        else:
            opt = None
            for o in parts[1:]:
                if o not in ("m", "f") and o not in AGES and o not in REGIONS:
                    opt = o
            val = p.get(kind, opt)
        return [(val, KIND_LABEL[kind])]

    return cg.join_pieces(cg.fill_slots(SLOT_RE, body, fill))


def build(skel, pii):
    style, body = skel.split("|", 1)
    if style == "F":
        if R.random() < 0.4:
            body = pick(GREET) + body
        if pii and "{P1" not in body and R.random() < 0.45:
            # no second copy of a phone already given in the body
            body = body + pick(SIGNOFF if "{PH1" not in body else SIGNOFF_NAME)
        elif R.random() < 0.4 and not body.endswith("}"):
            body = body + pick(CLOSE)
    text, spans = render(body)
    if style == "S" or (style == "M" and R.random() < 0.25):
        t2 = text.lower()
    elif style == "C" or (style == "F" and R.random() < 0.05):
        t2 = text.upper()
    else:
        t2 = text
    assert len(t2) == len(text), "case change altered length"
    return t2, spans


def main():
    # schedule: every skeleton once, the rest drawn at random (with replacement)
    n_pii = N_RECORDS - N_NOPII
    pii_plan = list(PII_SKELETONS) + [pick(PII_SKELETONS) for _ in range(n_pii - len(PII_SKELETONS))]
    no_plan = list(NOPII_SKELETONS) + [pick(NOPII_SKELETONS) for _ in range(N_NOPII - len(NOPII_SKELETONS))]
    assert len(pii_plan) == n_pii and len(no_plan) == N_NOPII, (len(pii_plan), len(no_plan))
    plan = [(s, True) for s in pii_plan] + [(s, False) for s in no_plan]
    R.shuffle(plan)
    recs = []
    for i, (skel, pii) in enumerate(plan, 1):
        text, spans = build(skel, pii)
        if pii:
            assert spans, skel
        else:
            assert not spans, skel
        recs.append({"id": f"fourth-{i:04d}", "text": text, "spans": spans})
    # texts are re-cased after joining, so a passport may be written in lower case
    cg.require_valid(recs, ignore_case=True, inst_ok=INSTEMAIL + INSTHANDLE)
    cg.write_jsonl(Path(__file__).resolve().parent / "fourth.jsonl", recs)
    c = cg.label_counts(recs)
    n0 = sum(1 for r in recs if not r["spans"])
    print(f"records {len(recs)}  no-PII {n0}  spans {sum(c.values())}  "
          f"skeletons {len(PII_SKELETONS)} PII + {len(NOPII_SKELETONS)} no-PII = "
          f"{len(PII_SKELETONS) + len(NOPII_SKELETONS)}")
    cg.print_label_counts(c)
    cg.require_label_counts(c, 10, person_minimum=200)


if __name__ == "__main__":
    main()
