#!/usr/bin/env python3
"""Generate third.jsonl: a held-out annotated corpus of Indonesian complaint texts for the
lapor PII redactor, written from the annotation guide (conventions in docs/pii.md) alone.  Stdlib only, fixed seed.

usage: python3 make_third.py [OUT.jsonl]      (default: third.jsonl beside this script)

Skeletons are hand-written texts with slots.  Slot syntax (inside braces):
  {P.spec#n/form}  new person n; spec = sex and/or origin (m, f, jawa, sunda, bali, batak, bugis,
                   buton, aceh, minang, papua, ntt, manado, cina, arab, betawi); form c = call name
  {@n} / {@n/c}    the same person again (full / call name)
  {NIK#n} {KK#n} {NPWP#n} {NIP#n} {DOB#n/fmt} {EMAIL#n} {HANDLE#n}   values tied to person n
  {PHONE} {PHONE/land} {PLATE} {BANK} (bank name + number, name outside span) {ACC.bank}
  {PASSPORT} {BPJS} {ADDR.kind}
  near-miss filler (never a span): {RP} {TIKET} {TIKET16} {TGL} {KOTA} {KEL} {KEC} {JALAN}
  {RS} {SEKOLAH} {JAM} {N}
  «Name»           a literal PERSON written into the skeleton
A skeleton starting with "!U" is upper-cased, "!L" lower-cased (SMS style).
"""
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import corpusgen as cg  # noqa: E402  (shared helpers of the older generators)
from corpusgen import BULAN  # noqa: E402

SEED = 30250917

# ---------------------------------------------------------------- names
# origin -> (male list, female list, provinces with (prov, [kab codes]))
NAMES = {
    "jawa": (["Sugeng Riyadi", "Slamet Widodo", "Bambang Priyono", "Wahyu Nugroho", "Sukirno",
              "Teguh Santoso", "Agus Setiawan", "Heru Prasetyo", "Dwi Cahyono", "Mujiono",
              "Suparman", "Tri Haryanto", "Eko Wahyudi", "Paimin", "Gunawan Susilo",
              "Yudi Kurniawan", "Sarwono", "Joko Purnomo", "Darmaji", "Rudi Hartono"],
             ["Sri Rahayu", "Endang Susilowati", "Tutik Handayani", "Siti Mujiati", "Wagini",
              "Rini Astuti", "Yuliani Pratiwi", "Sumiyati", "Dewi Lestari", "Parmi",
              "Retno Wulandari", "Ngatini", "Nur Hidayah", "Suwarni", "Anik Purwaningsih",
              "Kasiyem", "Lilik Suryani", "Tri Wahyuningsih"],
             [("33", ["01", "02", "09", "10", "12", "14", "20", "22", "71", "74"]),
              ("35", ["01", "05", "07", "09", "15", "17", "20", "24", "71", "78"]),
              ("34", ["01", "02", "03", "04", "71"])]),
    "sunda": (["Asep Saepudin", "Dadang Suhendar", "Cecep Hidayat", "Ujang Rohmat", "Yayat Supriatna",
               "Deden Kurnia", "Engkos Kosasih", "Iwan Ridwan", "Ade Sumpena", "Jajang Nurjaman",
               "Aep Saripudin", "Dede Rusmana"],
              ["Euis Komariah", "Neneng Rohaeti", "Iis Sumiati", "Cucu Suryani", "Ai Rohimah",
               "Lilis Nurlela", "Imas Masitoh", "Nining Kurniasih", "Yeni Mulyani", "Enok Sartika"],
              [("32", ["01", "03", "04", "05", "06", "07", "04", "10", "15", "73", "77"]),
               ("36", ["01", "02", "03"])]),
    "betawi": (["Muhammad Rizki", "Ahmad Syarifudin", "Fajar Ramadhan", "Rahmat Hidayat",
                "Arief Budiman", "Syamsul Bahri", "Ilham Maulana", "Reza Pahlevi", "Taufik Hidayat",
                "Hendri Saputra", "Fikri Haikal", "Dimas Anggara", "Yusuf Effendi", "Ridho Alamsyah"],
               ["Nurhasanah", "Siti Aisyah", "Rina Marlina", "Fitri Handayani", "Dinda Permatasari",
                "Ayu Kartika", "Nadia Safitri", "Wulan Sari", "Putri Amelia", "Rahmawati",
                "Yanti Susanti", "Maya Anggraini", "Indah Puspitasari", "Novi Wulandari"],
               [("31", ["71", "72", "73", "74", "75"]), ("36", ["71", "74", "03"]),
                ("32", ["75", "76", "16", "71"])]),
    "bali": (["I Made Sudarsana", "I Wayan Sukadana", "I Ketut Artawan", "I Nyoman Suarjana",
              "Ida Bagus Putu Mahendra", "I Gusti Ngurah Rai Wirawan", "Anak Agung Gede Oka",
              "Cokorda Gede Agung", "I Komang Adi Saputra", "I Putu Eka Wijaya", "Ketut Sudiarta",
              "Made Wiranata"],
             ["Ni Luh Putu Ariani", "Ni Made Sukerti", "Ni Ketut Sriasih", "Ni Wayan Lestari",
              "Ni Komang Ayu Suryani", "Anak Agung Istri Mas", "Ni Nyoman Sudani", "Ni Putu Dewi Anggreni",
              "Ni Luh Sekar Arimbawa", "Ida Ayu Made Sri"],
             [("51", ["01", "02", "03", "04", "05", "06", "07", "08", "71"])]),
    "batak": (["Hotman Sitorus", "Togar Nainggolan", "Parlindungan Simanjuntak", "Marulak Siregar",
               "Jonner Hutapea", "Bonar Pasaribu", "Tigor Situmorang", "Poltak Hutagalung",
               "Binsar Lumbantobing", "Darwin Sinaga", "Maruli Tambunan"],
              ["Rosmawati br. Simanjuntak", "Lasma boru Sihombing", "Tiurma Manurung",
               "Romauli br. Tampubolon", "Nurmaida Harahap", "Rotua br. Silalahi",
               "Dameria Napitupulu", "Hotmaida boru Panjaitan", "Sondang Marpaung"],
              [("12", ["01", "02", "03", "07", "08", "12", "71", "72", "75"])]),
    "bugis": (["Andi Muh. Arif", "Abd. Rahman Daeng Situju", "Muh. Ikhsan", "Andi Baso Tenri",
               "Syamsuddin Laupe", "Haeruddin", "Andi Fadli Mappasessu", "Muh. Yusran Nur",
               "Jamaluddin Rate", "Ambo Dalle Tang"],
              ["St. Aminah", "Andi Nurhaedah", "Hasnawati", "St. Rahmatia Daeng Ngai", "Nurliah Syam",
               "Andi Tenri Ajeng", "Hasmiah", "St. Hadijah"],
              [("73", ["01", "02", "04", "06", "08", "11", "13", "14", "71", "72", "73"]),
               ("76", ["01", "02", "04"])]),
    "buton": (["La Ode Muh. Sahrul", "La Ode Ahmad Rusdin", "La Ode Hasiru", "La Mansur"],
              ["Wa Ode Nurhayati", "Wa Ode Sitti Marwah", "Wa Ode Rahmi"],
              [("74", ["01", "02", "03", "04", "71", "72"])]),
    "aceh": (["Teuku Rizal Mahdi", "Tengku Zulfikar", "Muhammad Nasir", "Teuku Farhan", "Zulkifli Abdullah",
              "Munawar Khalil"],
             ["Cut Rahmah", "Cut Nurul Aini", "Nurjannah", "Cut Meurah Intan", "Safriana"],
             [("11", ["01", "05", "06", "08", "10", "71", "72", "73"])]),
    "minang": (["Rahmat Datuak Sinaro", "Yusrizal", "Afrizal Chaniago", "Zulhendri", "Dedi Piliang",
                "Syafrudin Malin Kayo", "Hendra Putra", "Ferdi Yulianto"],
               ["Yusnimar", "Rosnelly", "Eliza Fitri", "Desmawati", "Nurhayati Tanjung", "Rahmi Yulia"],
               [("13", ["01", "03", "04", "05", "06", "71", "72", "75"]), ("14", ["01", "71", "06"])]),
    "papua": (["Yohanes Wenda", "Frans Kambu", "Yakobus Mandowen", "Nikolaus Tabuni", "Markus Yoman",
               "Elias Rumbiak", "Yulianus Kogoya", "Daud Wanimbo", "Otniel Mayor", "Piet Rumbewas"],
              ["Martha Kogoya", "Yuliana Wenda", "Ester Rumbiak", "Selvina Yikwa", "Maria Kambu",
               "Agustina Mandowen", "Ribka Tabuni"],
              [("91", ["01", "03", "05", "71"]), ("92", ["01", "02", "71"]), ("94", ["01", "02", "03"]),
               ("95", ["01", "02"]), ("96", ["01", "71"])]),
    "ntt": (["Yosef Seran", "Fransiskus Bere", "Aloysius Lelo", "Petrus Nahak", "Yanuarius Mau",
             "Kristoforus Dae", "Marianus Tnunay"],
            ["Maria Goreti Bria", "Yuliana Nenobais", "Theresia Luruk", "Agnes Kolo", "Imelda Dethan"],
            [("53", ["01", "02", "04", "05", "06", "10", "12", "71"])]),
    "manado": (["Stenly Rumengan", "Jefri Lumowa", "Ronald Mandagi", "Fredy Wowor", "Alfian Sumampouw"],
               ["Meiske Lumowa", "Vivi Tumbelaka", "Sintia Mangindaan", "Jeane Rondonuwu"],
               [("71", ["01", "02", "05", "71", "72", "73"]), ("75", ["01", "71"])]),
    "cina": (["Hendra Wijaya", "Lie Siauw Fung", "Tan Kok Liang", "Yohanes Tanudjaja", "Kurniawan Halim",
              "Liem Tjoe Hok", "Budiman Santoso Lim", "Ong Tjing Hwa", "Sugianto Tjandra", "Aliong"],
             ["Lim Mei Hwa", "Fransiska Gunawan", "Lanny Susilo", "Tan Giok Lan", "Meliana Hartanto",
              "Yenny Salim", "Lusiana Kosasih", "Aling"],
             [("31", ["71", "72", "73"]), ("12", ["71", "75"]), ("61", ["71", "72", "03"]),
              ("21", ["71", "01"]), ("35", ["78"])]),
    "arab": (["Husein bin Abdullah Alhabsyi", "Salim Alatas", "Umar Bawazier", "Hasan Assegaf",
              "Abdurrahman bin Syech Alaydrus", "Ali Baraqbah", "Farid Bahasuan"],
             ["Fatimah Assegaf", "Nur Aini binti Salim", "Syarifah Alkaff", "Khadijah Bamatraf",
              "Zahra Alhamid"],
             [("31", ["74", "75"]), ("35", ["73", "78"]), ("61", ["71"]), ("52", ["71"])]),
    "kalimantan": (["Rusdiansyah", "Muhammad Noor", "Gusti Rahmadi", "Basransyah", "Yulius Ding"],
                   ["Norhayati", "Siti Rahmah", "Misliani", "Helena Ipah"],
                   [("63", ["01", "03", "07", "71", "72"]), ("64", ["02", "71", "72"]),
                    ("62", ["01", "03", "71"]), ("65", ["01", "71"])]),
    "sumsel": (["Hasbullah", "Yudha Pratama", "Rozali Anwar", "Irwansyah"],
               ["Nurlela", "Eka Susanti", "Herlina", "Rosidah Ummi"],
               [("16", ["01", "02", "03", "71", "72"]), ("18", ["01", "02", "07", "71"]),
                ("15", ["01", "04", "71"]), ("17", ["01", "71"]), ("19", ["01", "71"])]),
}
ORIGIN_WEIGHTS = {"jawa": 24, "sunda": 14, "betawi": 16, "bali": 6, "batak": 6, "bugis": 6, "buton": 2,
                  "aceh": 3, "minang": 4, "papua": 4, "ntt": 3, "manado": 3, "cina": 5, "arab": 3,
                  "kalimantan": 3, "sumsel": 4}
NICKS = {"Sugeng Riyadi": "Sugeng", "Slamet Widodo": "Slamet", "Bambang Priyono": "Bambang",
         "Wahyu Nugroho": "Wahyu", "Teguh Santoso": "Teguh", "Agus Setiawan": "Agus",
         "Muhammad Rizki": "Kiki", "Fajar Ramadhan": "Fajar", "Dinda Permatasari": "Dinda",
         "Dewi Lestari": "Dewi", "Sri Rahayu": "Sri", "Yanti Susanti": "Yanti",
         "Asep Saepudin": "Asep", "Dadang Suhendar": "Dadang", "Euis Komariah": "Euis",
         "I Made Sudarsana": "Made", "I Wayan Sukadana": "Wayan", "I Ketut Artawan": "Ketut",
         "Ni Luh Putu Ariani": "Luh Ari", "Hotman Sitorus": "Hotman", "Togar Nainggolan": "Togar",
         "Andi Muh. Arif": "Andi Arif", "Hendra Wijaya": "Hendra", "Lim Mei Hwa": "Mei",
         "Yohanes Wenda": "Yohanes", "Frans Kambu": "Frans", "Rina Marlina": "Rina",
         "Joko Purnomo": "Joko", "Rudi Hartono": "Rudi", "Putri Amelia": "Putri", "Ayu Kartika": "Ayu",
         "Fitri Handayani": "Fitri", "Maya Anggraini": "Maya", "Stenly Rumengan": "Stenly",
         "Teuku Rizal Mahdi": "Teuku Rizal", "Ilham Maulana": "Ilham", "Reza Pahlevi": "Reza",
         "Ida Bagus Putu Mahendra": "Mahendra", "Muhammad Noor": "Noor",
         "Rosmawati br. Simanjuntak": "Rosma", "Ujang Rohmat": "Ujang", "Cecep Hidayat": "Cecep",
         "Nadia Safitri": "Nadia", "Dimas Anggara": "Dimas", "Wulan Sari": "Wulan"}
CITIES = ["Medan", "Bandung", "Surabaya", "Semarang", "Makassar", "Denpasar", "Palembang", "Padang",
          "Pontianak", "Banjarmasin", "Jayapura", "Kupang", "Manado", "Yogyakarta", "Malang",
          "Bogor", "Bekasi", "Tangerang", "Cirebon", "Solo", "Pekanbaru", "Banda Aceh", "Kendari",
          "Mataram", "Samarinda", "Jember", "Kediri", "Tasikmalaya", "Garut", "Sorong"]
KELS = ["Sukamaju", "Tegalrejo", "Karanganyar", "Sidomulyo", "Mekarsari", "Cibubur", "Pasirjaya",
        "Margahayu", "Kebon Jeruk", "Tamalanrea", "Panjer", "Dauh Puri", "Sei Sikambing", "Lambaro",
        "Air Tawar", "Oebobo", "Entrop", "Sungai Jawi", "Wonokromo", "Jatiasih", "Pondok Ranji",
        "Banyumanik", "Sukoharjo", "Kemiling", "Talang Kelapa", "Bumi Waras"]
STREETS = ["Melati", "Kenanga", "Flamboyan", "Cempaka Putih", "Mawar", "Anggrek", "Nangka",
           "Rambutan", "Kutilang", "Merpati", "Cendrawasih", "Pahlawan", "Veteran", "Pemuda",
           "Raya Cilincing", "Sei Batang Hari", "Perintis Kemerdekaan", "Kartini", "Imam Bonjol",
           "Diponegoro", "Teuku Umar", "Hasanuddin", "Pattimura", "Gatot Subroto", "Tanjung Raya",
           "Manunggal", "Kebon Kacang", "Swadaya", "Bhayangkara", "Kamboja", "Sawo", "Pinang",
           "Ampera", "Gajah Mada", "Tirtayasa", "Margonda", "Sisingamangaraja", "Ahmad Yani"]
GANGS = ["Gg. Mawar", "Gg. Buntu", "Gg. Masjid", "Gg. Haji Naim", "Gg. Sawo II", "Gang Damai",
         "Gg. Kelinci", "Gang Langgar", "Gg. Siaga", "Gg. Mushola"]
PERUMS = ["Perum Griya Asri", "Perumahan Taman Sari Indah", "Perum Bumi Cibinong Endah",
          "Komp. Villa Melati Mas", "Komplek Puri Kartika", "Perum Graha Permai", "BTN Minasa Upa",
          "Komp. Pemda", "Perumnas Klender", "Perum Citra Harmoni", "Komplek Bumi Asri",
          "BTN Pao-Pao Permai", "Perum Pondok Hijau"]
DUSUNS = ["Dusun Krajan", "Dsn. Sumberejo", "Dusun Karanganyar", "Kp. Cibeureum", "Kp. Babakan",
          "Dusun Tegalsari", "Dsn. Ngemplak", "Jorong Koto Tuo", "Dusun Banjar Anyar",
          "Kp. Rawa Bebek", "Lr. Kenari", "Lr. Rukun"]


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.people = {}
        self.used = set()
        self.specs = {}


def pick_origin(rng, spec):
    origins = [o for o in NAMES if o in spec]
    if origins:
        return rng.choice(origins)
    keys = list(ORIGIN_WEIGHTS)
    return rng.choices(keys, weights=[ORIGIN_WEIGHTS[k] for k in keys])[0]


def new_person(ctx, spec):
    rng = ctx.rng
    specs = set(spec.split(",")) if spec else set()
    for _ in range(200):
        origin = pick_origin(rng, specs)
        if "m" in specs:
            sex = "m"
        elif "f" in specs:
            sex = "f"
        else:
            sex = rng.choice("mf")
        males, females, provs = NAMES[origin]
        full = rng.choice(males if sex == "m" else females)
        if full not in ctx.used:
            break
    ctx.used.add(full)
    call = NICKS.get(full)
    if call is None:
        toks = full.split()
        if toks[0] in ("I", "Ni") and len(toks) > 2:
            call = toks[-1]
        elif toks[0] in ("Andi", "La", "Wa", "Teuku", "Cut", "Tengku", "St.", "Muh.", "Abd.",
                         "Ida", "Anak", "Cokorda", "Kgs."):
            call = " ".join(toks[:2]) if toks[0] in ("Andi", "Teuku", "Cut") else toks[-1]
        else:
            call = toks[0]
    prov, kabs = rng.choice(provs)
    if "baby" in specs:
        year = rng.randint(2023, 2024)
    elif "kid" in specs:
        year = rng.randint(2008, 2018)
    elif "old" in specs:
        year = rng.randint(1938, 1958)
    else:
        year = rng.randint(1956, 1998)
    dob = (rng.randint(1, 28), rng.randint(1, 12), year)
    return {"full": full, "call": call, "sex": sex, "prov": prov, "kab": rng.choice(kabs),
            "kec": "%02d" % rng.randint(1, 24), "dob": dob}


def person_of(ctx, ref):
    if ref is None:
        return new_person(ctx, "")
    if ref not in ctx.people:
        ctx.people[ref] = new_person(ctx, ctx.specs.get(ref, ""))
        ctx.people[ref]["implicit"] = True
    return ctx.people[ref]


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def fmt16(rng, s):
    return cg.fmt16(s, cg.by_cuts(rng.random(), (0.62, 0.77, 0.88), ("plain", "space", "dash", "dot")))


def nik_digits(ctx, p):
    rng = ctx.rng
    d, m, y = p["dob"]
    # setdefault draws a serial on every call and keeps the first: the draw order is the corpus's
    return cg.nik16(p["prov"] + p["kab"] + p["kec"], d, m, y, p["sex"] == "f",
                    p.setdefault("serial", "%04d" % rng.randint(1, 120)))


def gen_nik(ctx, p, opt):
    rng = ctx.rng
    s = nik_digits(ctx, p)
    if "plain" in opt:
        return s
    if "typo" in opt or rng.random() < 0.05:
        i = rng.randint(3, 14)
        s = s[:i] + s[i + 1:] if rng.random() < 0.5 else s[:i] + rng.choice("0123456789") + s[i:]
        return s
    return fmt16(rng, s)


def gen_kk(ctx, p, opt):
    rng = ctx.rng
    y = rng.randint(2006, 2024)
    s = cg.id16(p["prov"] + p["kab"] + p["kec"], rng.randint(1, 28), rng.randint(1, 12), y,
                "%04d" % rng.randint(1, 9999))
    return fmt16(rng, s)


def gen_npwp(ctx, p, opt):
    rng = ctx.rng
    old = "0" + str(rng.randint(4, 9)) + digits(rng, 10) + "000"
    r = rng.random()
    if "nik" in opt or r < 0.2:
        return nik_digits(ctx, p)
    return cg.fmt_npwp(old, cg.by_cuts(r, (0.65, 0.85), ("dotted", "plain", "zero16")))


def gen_nip(ctx, p, opt):
    rng = ctx.rng
    d, m, y = p["dob"]
    if y > 1998:
        y = rng.randint(1965, 1996)
        p["dob"] = (d, m, y)
    ty = min(2023, y + rng.randint(22, 32))
    s = cg.nip18(y, m, d, ty, rng.choice([1, 2, 3, 4, 10, 12]), p["sex"] == "f", rng.randint(1, 15))
    return cg.fmt_nip(s, rng.random() < 0.55)


def gen_dob(ctx, p, opt):
    rng = ctx.rng
    d, m, y = p["dob"]
    f = opt or rng.choice(["long", "long", "dash", "slash", "short", "dot", "iso", "lower"])
    return cg.fmt_date(d, m, y, f)


def ascii_name(p):
    toks = [t for t in p["full"].replace(".", "").split() if t not in ("I", "Ni", "br", "boru", "bin", "binti")]
    return [t.lower() for t in toks]


def gen_email(ctx, p, opt):
    rng = ctx.rng
    t = ascii_name(p)
    y = p["dob"][2]
    if len(t) == 1:
        t = [t[0], str(rng.randint(1, 99))]
    local = rng.choice([
        t[0] + "." + t[-1], t[0] + t[-1] + str(y % 100), t[0] + "_" + t[-1], t[-1] + str(y),
        t[0] + str(rng.randint(1, 999)), "".join(t)[:12], t[0][0] + t[-1] + str(rng.randint(10, 99)),
        t[0] + ".official", "its" + t[0], t[0] + "." + t[-1] + "." + str(y)])
    dom = rng.choice(["gmail.com"] * 6 + ["yahoo.com", "yahoo.co.id", "ymail.com", "hotmail.com",
                                          "outlook.com", "rocketmail.com", "icloud.com"])
    return local + "@" + dom


def gen_handle(ctx, p, opt):
    rng = ctx.rng
    t = ascii_name(p)
    core = rng.choice([t[0] + "_" + t[-1], t[0] + t[-1], t[0] + str(rng.randint(1, 99)),
                       "real" + t[0], t[0] + "." + t[-1], t[0] + "_" + str(p["dob"][2] % 100),
                       "bang" + t[0], t[0] + "xx", t[-1] + "_" + t[0], "si" + t[0] + "_"])
    if "tw" in opt:
        core = core.replace(".", "_")
    core = core[:15].rstrip(".")
    return "@" + core


PREFIX = ["0811", "0812", "0813", "0821", "0822", "0823", "0851", "0852", "0853", "0814", "0815",
          "0816", "0855", "0856", "0857", "0858", "0817", "0818", "0819", "0859", "0877", "0878",
          "0831", "0832", "0838", "0895", "0896", "0897", "0898", "0899", "0881", "0882", "0887", "0889"]
LAND = [("021", 8), ("021", 7), ("022", 7), ("024", 7), ("0274", 6), ("031", 7), ("0361", 6),
        ("061", 7), ("0411", 6), ("0711", 6), ("0341", 6), ("0251", 7), ("0370", 6), ("0380", 6)]


def gen_phone(ctx, opt):
    rng = ctx.rng
    if "land" in opt:
        ac, n = rng.choice(LAND)
        num = str(rng.randint(2, 8)) + digits(rng, n - 1)
        return cg.fmt_landline(ac, num, ("paren", "paren_dash", "dash", "glued")[rng.randint(0, 3)])
    pre = rng.choice(PREFIX)
    n = rng.choice([11, 12, 12, 12, 13])
    s = pre + digits(rng, n - 4)
    if opt in ("plain", "intl"):
        return cg.fmt_mobile(s, "p62" if opt == "intl" else opt)
    return cg.fmt_mobile(s, rng.choice(
        ["plain"] * 5 + ["dash"] * 3 + ["space", "space", "dot", "p62dash", "p62", "62", "paren62", "4333"]))


PLATE_CODES = ["B"] * 6 + ["D", "F", "T", "E", "Z", "H", "G", "K", "R", "AA", "AB", "AD", "L", "N", "S",
                           "W", "M", "P", "DK", "DR", "EA", "DH", "KT", "DA", "KB", "DD", "DB", "BK", "BK",
                           "BA", "BM", "BH", "BG", "BN", "BE", "PA", "DE", "DN", "DT", "DL", "BL", "KH", "AG"]


def gen_plate(ctx, opt):
    rng = ctx.rng
    code = rng.choice(PLATE_CODES)
    num = str(rng.randint(1, 9999))
    let = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(rng.choice([1, 2, 2, 3, 3])))
    form = cg.by_cuts(rng.random(), (0.62, 0.8, 0.9), ("space", "glued", "dash", "lower"))
    return cg.fmt_plate(code, num, let, form)


BANKS = ["BRI", "BRI", "BNI", "BCA", "BCA", "Mandiri", "Mandiri", "BSI", "BTN", "CIMB Niaga",
         "Bank Jatim", "Bank DKI", "Bank Nagari", "BPD Bali", "Bank Sumut", "Bank Kalbar", "BJB"]


def gen_acc(ctx, bank):
    rng = ctx.rng
    if bank == "BRI":
        s = digits(rng, 4) + rng.choice(["01", "02"]) + digits(rng, 6) + rng.choice(["50", "53"]) + digits(rng, 1)
        return cg.fmt_account(s, bank) if rng.random() < 0.5 else s
    if bank == "Mandiri":
        s = rng.choice(["1", "9"]) + digits(rng, 2) + "00" + digits(rng, 8)
        return cg.fmt_account(s, bank) if rng.random() < 0.5 else s
    if bank == "BTN":
        return "00" + digits(rng, 14)
    if bank == "CIMB Niaga":
        return "70" + digits(rng, rng.choice([11, 12]))
    if bank == "BRI15":
        return digits(rng, 15)
    s = str(rng.randint(1, 9)) + digits(rng, 9)
    if bank in ("BCA",) and rng.random() < 0.3:
        return cg.fmt_account(s, bank)
    return s


def gen_passport(ctx, opt):
    rng = ctx.rng
    L = rng.choice("ABBCCCEX")
    return L + (" " if rng.random() < 0.2 else "") + str(rng.randint(0, 9)) + digits(rng, 6)


def gen_bpjs(ctx, opt):
    rng = ctx.rng
    s = "000" + str(rng.randint(1, 3)) + digits(rng, 9)
    return cg.fmt_bpjs(s, rng.random() < 0.3)


def gen_addr(ctx, kind):
    rng = ctx.rng
    kind = kind or rng.choice(["jl", "jl", "jlgg", "perum", "dusun", "gg", "kp"])
    no = rng.choice(["No. %d" % rng.randint(1, 180), "No.%d" % rng.randint(1, 99), "no %d" % rng.randint(1, 120),
                     "No. %d%s" % (rng.randint(1, 60), rng.choice("ABC")), "nomor %d" % rng.randint(1, 80)])
    rt, rw = rng.randint(1, 15), rng.randint(1, 12)
    rtrw = cg.fmt_rtrw(rt, rw, rng.choice(["slash", "pad3", "dot", "nopad", "mixed", "short"]))
    sep = rng.choice([" ", ", ", " "])
    st = rng.choice(STREETS)
    if kind == "jl":
        base = "%s %s %s" % (rng.choice(["Jl.", "Jl.", "Jalan", "Jln."]), st, no)
        return base + (sep + rtrw if rng.random() < 0.6 else "")
    if kind == "jlgg":
        return "%s %s %s %s" % (rng.choice(["Jl.", "Jalan"]), st, rng.choice(GANGS), no) + (sep + rtrw if rng.random() < 0.5 else "")
    if kind == "gg":
        return "%s %s" % (rng.choice(GANGS), no) + (sep + rtrw if rng.random() < 0.5 else "")
    if kind == "perum":
        return "%s Blok %s%d No. %d" % (rng.choice(PERUMS), rng.choice("ABCDEFGHK"), rng.randint(1, 12), rng.randint(1, 40))
    if kind == "dusun":
        return "%s %s" % (rng.choice(DUSUNS), rtrw)
    if kind == "kp":
        return "%s %s" % (rng.choice(["Kp. Cijambu", "Kp. Pasir Kaliki", "Kp. Sawah", "Kp. Pulo", "Kp. Leuwiliang"]), rtrw)
    if kind == "rt":
        return rtrw
    raise ValueError(kind)


# ---------------------------------------------------------------- near-miss filler
def filler(ctx, kind):
    rng = ctx.rng
    if kind == "RP":
        return rng.choice(["Rp %d.000" % rng.choice([20, 25, 50, 75, 100, 150, 200, 250, 300, 500]),
                           "Rp%d.000" % rng.choice([35, 50, 100, 150, 400]), "Rp %drb" % rng.choice([50, 100, 150, 200]),
                           "Rp %d ribu" % rng.choice([50, 100, 300]), "Rp. %d.000,-" % rng.choice([25, 35, 100, 200, 500])])
    if kind == "RPB":
        return rng.choice(["Rp %s.000" % rng.choice(["50", "150", "250", "300", "500", "750"]),
                           "Rp%s.%03d.000" % (rng.randint(1, 15), rng.choice([0, 500, 250])),
                           "Rp %d juta" % rng.randint(2, 40), "Rp. %d.000,-" % rng.choice([25, 35, 100, 200]),
                           "Rp%d,5 juta" % rng.randint(1, 9)])
    if kind == "TIKET":
        return "#" + str(rng.randint(1000000, 9999999))
    if kind == "TIKET16":
        return "20%02d%02d%02d" % (rng.randint(21, 25), rng.randint(1, 12), rng.randint(1, 28)) + digits(rng, 8)
    if kind == "TGL":
        return rng.choice(["%d %s %d" % (rng.randint(1, 28), BULAN[rng.randint(0, 11)], rng.randint(2023, 2025)),
                           "%02d/%02d/%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2023, 2025)),
                           "tanggal %d kemarin" % rng.randint(2, 28)])
    if kind == "KOTA":
        return rng.choice(CITIES)
    if kind == "KEL":
        return rng.choice(KELS)
    if kind == "KEC":
        return rng.choice(["Cakung", "Ngaglik", "Kuta Utara", "Medan Baru", "Rappocini", "Kota Juang",
                           "Tanjung Priok", "Lowokwaru", "Sukarame", "Banguntapan", "Pontianak Barat"])
    if kind == "JALAN":
        return "Jl. " + rng.choice(STREETS)
    if kind == "RS":
        return rng.choice(["RSUD Dr. Soetomo", "RSUP Dr. Sardjito", "RSUD dr. Zainoel Abidin",
                           "RSUP Dr. Wahidin Sudirohusodo", "RSUD Dr. Moewardi", "RSUP H. Adam Malik",
                           "RSUD Prof. Dr. W. Z. Johannes", "RSUD Sultan Syarif Mohamad Alkadrie",
                           "RSUD Dr. Iskak", "RSUP Dr. Hasan Sadikin"])
    if kind == "SEKOLAH":
        return rng.choice(["SDN %d %s" % (rng.randint(1, 12), rng.choice(KELS)), "SMPN %d %s" % (rng.randint(1, 9), rng.choice(CITIES)),
                           "SMAN %d %s" % (rng.randint(1, 9), rng.choice(CITIES))])
    if kind == "JAM":
        return "%02d.%02d" % (rng.randint(6, 22), rng.choice([0, 15, 30, 45]))
    if kind == "N":
        return str(rng.randint(3, 60))
    raise ValueError(kind)


FILLERS = {"RP", "RPB", "TIKET", "TIKET16", "TGL", "KOTA", "KEL", "KEC", "JALAN", "RS", "SEKOLAH", "JAM", "N"}


# ---------------------------------------------------------------- PII skeletons (hand-written)
PII_SKELETONS = [
    # 1 long chronology, land dispute
    "Yth. Bapak/Ibu admin LAPOR!\nSaya {P.m#1}, warga Desa {KEL}, Kec. {KEC}. Pada bulan Maret saya mengurus sertifikat tanah "
    "warisan orang tua saya ke kantor desa. Yang menerima berkas adalah Sekdes {P.m#2}. Beliau bilang biaya pengukuran "
    "{RP} dan harus lewat perantara bernama {P.m#3}. Uang saya serahkan ke {@3} di rumah Pak {@2/c} disaksikan adik saya "
    "{P.f#4}. Sampai sekarang sertifikat belum jadi dan {@3} susah dihubungi, nomornya {PHONE} tidak aktif.\n"
    "Mohon ditindaklanjuti. NIK saya {NIK#1}, HP {PHONE}.\nHormat saya,\n{@1}",
    # 2 BLT not received, neighbours listed
    "Selamat siang min. Mau lapor BLT dana desa di dusun kami. Yang dapat justru keluarga perangkat: {P#1}, {P#2}, dan {P#3}, "
    "padahal mereka punya mobil. Sementara ibu saya {P.f,old#4} yang janda umur 70an tidak dapat. Waktu ditanya, Kaur Kesra "
    "{P.m#5} bilang “datanya dari pusat bu”. Data ibu saya: NIK {NIK#4}, KK {KK#4}. Terima kasih 🙏",
    # 3 pungli SIM with plate
    "Saya mau melaporkan oknum di Satpas yang minta uang tambahan {RP} supaya ujian praktik diluluskan. Namanya di seragam "
    "{P.m#1}. Teman saya {P.m#2} juga dimintai hal sama. Motor saya waktu itu {PLATE}. Kalau perlu konfirmasi hubungi saya "
    "{P#3} di {PHONE}.",
    # 4 ALL CAPS SMS
    "!UPAK TOLONG JALAN DESA KAMI RUSAK SUDAH 3 TAHUN. SUDAH LAPOR KE PAK KADES {P.m#1} TAPI CUMA DIJANJIKAN. SAYA {P#2} HP {PHONE}",
    # 5 lowercase SMS
    "!Lmin sy {P#1} mau tny kenapa bansos pkh sy di stop. no kk {KK#1} nik {NIK#1}. pendamping pkh nya {P.f#2} ga prnh dtg. mksh",
    # 6 twitter style
    "@lapor1708 min tolong dong, tetangga saya {P.m#1} ({HANDLE.tw#1}) tiap malam bakar sampah plastik, asapnya masuk ke kamar "
    "anak saya yg asma 😭 udah ditegur Pak RT {P.m#2/c} tp ga mempan. Rumahnya di {ADDR.jl} #polusi",
    # 7 email style to ombudsman
    "Kepada Yth. Tim Pengaduan,\n\nDengan hormat, saya yang bertanda tangan di bawah ini:\nNama : {P#1}\nNIK : {NIK#1}\n"
    "TTL : {KOTA}, {DOB#1}\nAlamat : {ADDR}, Kel. {KEL}, {KOTA}\nNo. HP : {PHONE}\nEmail : {EMAIL#1}\n\n"
    "Melaporkan lambatnya penerbitan akta kelahiran anak saya di Disdukcapil. Berkas diterima oleh petugas atas nama {P#2} "
    "pada {TGL}, namun sampai hari ini belum terbit.\n\nDemikian, atas perhatiannya saya ucapkan terima kasih.",
    # 8 Balinese
    "Om Swastiastu. Saya {P.bali#1} dari Banjar {KEL}. Kami keberatan dengan pungutan di objek wisata oleh oknum bernama "
    "{P.bali,m#2}. Pungutan itu tidak ada dasar perarem. Kelian banjar {P.bali,m#3} sudah kami beritahu. Kontak saya "
    "{PHONE}. Om Shanti Shanti Shanti Om.",
    # 9 Batak, inheritance + bank
    "Horas. Saya {P.batak#1} melaporkan pinjaman koperasi yang dipotong dari gaji tanpa persetujuan. Pengurus koperasi "
    "{P.batak,m#2} dan bendahara {P.batak,f#3} tidak mau memberi rincian. Potongan masuk ke rekening {BANK} a.n. {@2}. "
    "Mohon diperiksa.",
    # 10 Bugis
    "Assalamualaikum. Nama saya {P.bugis#1}, tinggal di {ADDR.perum}, {KOTA}. Sejak {TGL} air PDAM tidak mengalir. "
    "Petugas lapangan bernama {P.bugis,m#2} minta uang {RP} untuk 'perbaikan pipa'. Tetangga saya Daeng {P.bugis,m#3/c} juga "
    "ditagih. WA saya {PHONE}.",
    # 11 Papua
    "Selamat pagi bapa ibu. Saya {P.papua#1} dari Distrik {KEC}. Dana Otsus untuk beasiswa anak kami {P.papua#2} belum cair "
    "padahal sudah lulus seleksi. Staf dinas {P#3} bilang tunggu saja. Nomor HP saya {PHONE}, email {EMAIL#1}. Terima kasih.",
    # 12 Chinese-Indonesian, business permit
    "Saya {P.cina#1}, pemilik toko kelontong. Pengurusan izin usaha saya dipersulit oleh petugas kelurahan {P#2}. "
    "Dia minta uang 'administrasi' {RP}. NPWP saya {NPWP#1}, NIK {NIK#1}. Kakak saya {P.cina#3} yang mengantar berkas bisa jadi saksi.",
    # 13 Arabic-origin
    "Assalamu'alaikum wr. wb. Saya {P.arab#1}. Pengajuan paspor umrah ibu saya {P.arab,f#2} ditolak dengan alasan data "
    "tidak sinkron. Paspor lama beliau {PASSPORT}, lahir {DOB#2}. Petugas imigrasi {P#3} menyarankan pakai calo. Mohon perhatian.",
    # 14 Aceh
    "Saya {P.aceh#1} mau melapor. Keuchik gampong kami, {P.aceh,m#2}, tidak transparan soal dana desa. Waktu musyawarah, "
    "Tgk. {P.aceh,m#3} sudah bertanya tapi tidak dijawab. Kontak: {PHONE}.",
    # 15 Minang
    "Mohon bantuan, ayah saya {P.minang,m,old#1} dirawat di {RS} pakai BPJS no {BPJS} tapi disuruh beli obat sendiri. "
    "Perawat yang bertugas {P.f#2} bilang obatnya kosong. Saya anaknya, {P.minang#3}, HP {PHONE}.",
    # 16 teacher NIP salary
    "Saya guru PNS di {SEKOLAH}, nama {P#1}, NIP {NIP#1}. Tunjangan sertifikasi triwulan ini belum masuk ke rekening {BANK}. "
    "Operator dinas {P#2} bilang data saya hilang. Mohon dicek.",
    # 17 two NIPs, officials
    "Laporan dugaan pungli mutasi. Kepala sekolah {P.m#1} (NIP {NIP#1}) meminta setoran {RP} kepada guru honorer agar "
    "diusulkan PPPK. Bendahara sekolah {P.f#2}, NIP {NIP#2}, yang menerima uangnya. Saya tidak bisa sebut nama saya.",
    # 18 WhatsApp forwarded
    "[WA diteruskan]\n\"Bu, ini nomor petugasnya {PHONE} atas nama {P#1}, kalau mau cepat transfer aja ke {BANK} a.n. {P#2}\"\n"
    "Ini chat yang saya terima waktu ngurus KTP-el. Apakah ini resmi? Saya {P.f#3}.",
    # 19 debt collector online loan
    "Saya diteror debt collector pinjol. Yang nelpon ngaku namanya {P.m#1}, pakai nomor {PHONE} dan {PHONE}. Dia sebar data "
    "saya ke teman kantor saya {P#2} dan {P#3}. Padahal saya tidak pernah pinjam. Email saya {EMAIL#4}, nama saya {P#4}.",
    # 20 plates: illegal parking, official car
    "Mobil dinas plat merah {PLATE} setiap hari dipakai antar jemput anak sekolah oleh istri pejabat, Bu {P.f#1}. Saya foto "
    "di depan {SEKOLAH} jam {JAM}. Juga mobil {PLATE} parkir di trotoar.",
    # 21 accident witness
    "Tabrak lari di {JALAN} dekat pasar, {TGL} jam {JAM}. Korban namanya {P#1}, tetangga saya. Pelaku pakai Avanza hitam "
    "nopol {PLATE}, sempat dicatat oleh tukang parkir {P.m#2/c}. Polisi belum menindak. Pelapor: {P#3}, {PHONE}.",
    # 22 passport TKI
    "Adik saya {P.f#1} bekerja di Malaysia lewat PT penyalur. Paspornya ({PASSPORT}) ditahan majikan. Agen yang memberangkatkan, "
    "{P.m#2}, tidak bisa dihubungi di {PHONE}. Saya kakaknya, {P#3}, mohon bantuan BP2MI.",
    # 23 BPJS premium double
    "Iuran BPJS Kesehatan keluarga saya terdebet dua kali. Nomor kartu saya {BPJS}, istri saya {P.f#1} {BPJS}. "
    "CS kantor cabang {P#2} minta saya datang lagi bulan depan. Saya {P.m#3}.",
    # 24 address, flooding drainage due to neighbour
    "Rumah {P.m#1} di {ADDR.jlgg} membangun tembok di atas saluran air sehingga rumah kami kebanjiran. Sudah mediasi di "
    "kelurahan bersama Lurah dan {P.m#2} (Babinsa) tapi tidak digubris. Saya {P.f#3}, rumah saya persis di sebelahnya.",
    # 25 signature email
    "Dear admin,\n\nI'd like to report a scam using the name of a Dinas official, {P#1}. The scammer asked me to pay {RP} "
    "for a 'CPNS slot'. He used WhatsApp {PHONE} and IG {HANDLE#1}.\n\nBest regards,\n{P#2}\n{EMAIL#2}",
    # 26 reported speech
    "Kata Bu {P.f#1}, kader posyandu, vitamin untuk balita sudah habis sejak bulan lalu. Terus Pak {P.m#2/c} dari puskesmas "
    "bilang “nanti aja nunggu kiriman”. Anak saya {P#3} belum imunisasi campak. Saya {P.f#4}, {PHONE}.",
    # 27 greetings Kak
    "Halo Kak {P.f#1/c}, makasih udah bales DM aku kemarin. Aku mau lanjutin laporan soal guru les {P.m#2} yang ngatain "
    "adik aku di kelas. Nomor wali kelasnya {PHONE}. IG aku {HANDLE#3}. Thank you kak!",
    # 28 list of victims
    "Kami korban investasi bodong arisan online yang dikelola {P.f#1} ({HANDLE#1}). Korban di kampung kami antara lain "
    "{P#2}, {P#3}, {P#4}, dan saya sendiri {P#5}. Total kerugian {RPB}. Uang ditransfer ke rekening {BANK}.",
    # 29 job seeker KK NIK both
    "Pendaftaran Kartu Prakerja saya selalu gagal 'NIK tidak sesuai KK'. NIK: {NIK#1}, No. KK: {KK#1}. Nama {P#1}. "
    "Sudah ke dukcapil, petugas {P#2} bilang data sudah benar.",
    # 30 NPWP tax refund
    "Pengembalian kelebihan pajak saya belum cair 8 bulan. NPWP {NPWP#1} a.n. {P#1}. AR di KPP bernama {P#2} selalu bilang "
    "masih proses. Mohon kejelasan. Telp {PHONE}.",
    # 31 land line
    "Saya {P.m#1}, pensiunan. Tunjangan pensiun saya di Taspen dipotong tanpa pemberitahuan. NIP lama saya {NIP#1}. "
    "Telp rumah {PHONE/land}, HP anak saya {P#2} {PHONE}.",
    # 32 single names
    "Warga melaporkan {P.jawa,m#1/c} dan {P.jawa,m#2/c} yang menambang pasir liar di sungai desa. Kami sudah ingatkan lewat "
    "Pak Kadus {P.m#3/c}, tapi mereka bilang sudah 'koordinasi'. Truk pengangkut nopol {PLATE}.",
    # 33 DOB only variety
    "Data di aplikasi SatuSehat salah. Nama saya {P#1}, tanggal lahir yang benar {DOB#1}, tapi tertulis beda. "
    "Sudah saya email ke helpdesk. Mohon bantuan.",
    # 34 possessive
    "Anjing peliharaan anak Bu {P.f#1} sering menggigit warga. Sudah 3 korban termasuk cucu Pak {P.m#2}. Pemiliknya "
    "tinggal di {ADDR}. Mohon Dinas Peternakan menindak.",
    # 35 noise complaint karaoke
    "Tempat karaoke milik {P.cina,m#1} di ruko depan komplek buka sampai jam 3 pagi. Warga RT 05 sudah protes lewat "
    "ketua RT {P#2}. Saya {P#3}, HP {PHONE}, rumah saya {ADDR.perum}.",
]

PII_SKELETONS += [
    # 36
    "Laporan: oknum satpol PP bernama {P.m#1} dan rekannya {P.m#2} menyita dagangan ibu saya {P.f#3} tanpa surat. "
    "Barang tidak dikembalikan. Mohon ditindak. Kontak pelapor {PHONE}.",
    # 37
    "Min, akun {HANDLE#1} ngaku2 pegawai Dinsos dan minta data KTP buat bansos. Fotonya pakai foto Pak {P.m#2}, kepala dinas "
    "kita. Tolong diblokir. Dari: {P#3}",
    # 38 short SMS
    "!Lsy {P#1} dr {KOTA}. listrik mati 3 hari. petugas pln {P.m#2} minta uang rokok. hp {PHONE}",
    # 39 Papua long
    "Kami masyarakat Kampung {KEL} melaporkan kepala kampung {P.papua,m#1} yang tidak membagikan dana kampung. Mama {P.papua,f#2} "
    "dan Bapa {P.papua,m#3} sudah tanya di kantor distrik, tapi sekretaris distrik {P#4} bilang bukan urusan distrik. "
    "Tolong bantu kami. Kontak {PHONE} a.n. {P.papua#5}.",
    # 40 hospital referral, DOB
    "Ibu mertua saya {P.f,old#1}, lahir {DOB#1}, pasien BPJS {BPJS}, ditolak IGD dengan alasan kamar penuh. Dokter jaga, dr. {P#2}, "
    "tidak mau memberi surat rujukan. Saya menantunya, {P#3}. Mohon evaluasi.",
    # 41 school fees, names of committee
    "Komite sekolah di {SEKOLAH} menarik sumbangan {RP} per siswa. Ketua komite {P.m#1} bilang wajib. Wali kelas anak saya, "
    "Bu {P.f#2}, menahan rapor anak saya {P#3} karena belum bayar. Mohon Disdik turun tangan.",
    # 42 Bugis loan, NIK typo allowed
    "Saya {P.bugis,f#1}. Nama saya dipakai orang untuk pinjam uang di bank. NIK saya {NIK.typo#1} (maaf kalau salah ketik). "
    "Yang pakai data saya diduga {P.bugis,m#2}, mantan kepala lingkungan. Nomor rekening yang dipakai {BANK}.",
    # 43 neighbour quarrel, address bare RT/RW
    "Alamat saya {ADDR.rt} Kelurahan {KEL}. Tetangga kami, {P#1}, memelihara babi di belakang rumah dan limbahnya ke selokan. "
    "Saya {P#2}, HP {PHONE}.",
    # 44 online shop scam, email
    "Saya tertipu penjual online {HANDLE#1} (nama rekening {P#1}). Saya transfer {RP} ke {BANK}, barang tidak dikirim. "
    "Email saya {EMAIL#2}. Saya {P#2}.",
    # 45 batak church land
    "Tanah adat marga kami diserobot. Yang mengukur tanpa izin: {P.batak,m#1} bersama {P.batak,m#2}. Kepala desa {P.batak,m#3} "
    "menandatangani surat keterangan. Kami keturunan Ompu {P.batak,m#4/c} keberatan. Hubungi {PHONE}.",
    # 46 mixed English
    "Hi admin, I'm {P.f#1}, an expat wife married to an Indonesian. My KITAS extension is stuck for 2 months. Passport no. "
    "{PASSPORT}. The officer, Mr. {P.m#2}, asked for 'extra fee'. Please help. Phone {PHONE/intl}, email {EMAIL#1}.",
    # 47 KK split request
    "Mau pisah KK dengan orang tua, tapi petugas Dukcapil {P.f#1} minta surat pengantar dari RT, RW, kelurahan, kecamatan. "
    "KK lama: {KK#2}. Saya {P#2}, NIK {NIK#2}.",
    # 48 dead person still receiving aid
    "Almarhum {P.m#1} sudah meninggal 2 tahun lalu tapi namanya masih terdaftar penerima BPNT dan bantuannya diambil oleh "
    "{P#2}, ketua kelompok. NIK almarhum {NIK#1}. Mohon diverifikasi.",
    # 49 ojol driver
    "Saya driver ojol {P.m#1}, motor {PLATE}. Saya dipukul oleh juru parkir liar bernama {P.m#2/c} di depan minimarket "
    "{JALAN}. Visum sudah di {RS}. Mohon polisi memproses. WA {PHONE}.",
    # 50 signature Hormat kami list
    "Kami warga menolak pembangunan tower di tengah pemukiman tanpa sosialisasi.\n\nHormat kami,\n1. {P#1}\n2. {P#2}\n3. {P#3}\n"
    "4. {P#4}\nKontak: {PHONE}",
    # 51 court/land certificate, NIK dotted
    "Sertifikat tanah saya ditahan oleh notaris {P#1}, S.H., M.Kn. sejak 2021. Akta jual beli dengan {P#2}. Identitas saya: "
    "{P#3}, NIK {NIK#3}, alamat {ADDR}.",
    # 52 child abuse report
    "Saya melihat anak tetangga, {P#1} (7 th), sering dipukul oleh ayah tirinya {P.m#2}. Ibunya {P.f#3} bekerja di luar "
    "kota. Rumahnya di {ADDR}. Mohon P2TP2A menangani. Identitas saya mohon dirahasiakan.",
    # 53 Chinese names, dispute with bank
    "Saya {P.cina,f#1} dan suami {P.cina,m#2} mengajukan KPR, angsurannya didebet dari rekening {BANK}, tapi jumlahnya salah terus. Marketing "
    "bank, Sdri. {P.f#3}, tidak responsif. Email: {EMAIL#1}",
    # 54 Arabic bin binti
    "Kami ahli waris dari {P.arab,m#1} ingin mengurus balik nama sertifikat. Pegawai BPN {P#2} minta {RPB}. "
    "Atas nama ahli waris: {P.arab#3}, {PHONE}.",
    # 55 NTT
    "Selamat siang. Saya {P.ntt#1} dari Desa {KEL}. Guru honorer di sekolah kami, Ibu {P.ntt,f#2} dan Bapak {P.ntt,m#3}, "
    "belum terima honor 6 bulan. Bendahara BOS {P#4} bilang dana belum turun. Mohon dicek. HP {PHONE}.",
    # 56 Manado
    "Torang mo lapor, jalan ke kebun rusak parah. Kumtua {P.manado,m#1} so dapa kase tau mar nda ada tindakan. "
    "Saya {P.manado#2}, nomor {PHONE}.",
    # 57 emoji heavy
    "Tolong bgt 🙏🙏 mama saya {P.f#1} kena tipu arisan, pelakunya {P.f#2} kabur ke {KOTA}. No WA pelaku {PHONE} "
    "rek {BANK} 😡😡 udah lapor polsek tp belum ada kabar",
    # 58 ALL CAPS long
    "!UKEPADA YTH BAPAK GUBERNUR. SAYA {P.m#1} INGIN MELAPORKAN KEPALA DESA {P.m#2} YANG MENJUAL TANAH KAS DESA KEPADA "
    "PENGUSAHA {P.m#3}. BUKTI ADA DI SAYA. NO HP {PHONE}. NIK {NIK#1}",
    # 59 health worker NIP female
    "Saya bidan desa {P.f#1}, NIP {NIP#1}. Insentif saya dipotong oleh kepala puskesmas {P#2} sebesar {RP} tiap bulan "
    "tanpa dasar. Rekening gaji {BANK}.",
    # 60 Twitter thread
    "Thread 🧵 soal pungli di pelabuhan:\n1/ Kemarin sopir truk kami {P.m#1} dimintai {RP} sama oknum ({P.m#2}) biar bisa masuk antrian\n"
    "2/ plat truknya {PLATE}\n3/ yg mau konfirmasi DM aku {HANDLE.tw#3}",
    # 61 vehicle tax
    "Saya bayar pajak motor {PLATE} di Samsat keliling, petugas bernama {P#1} kasih STNK tapi notice pajaknya tidak ada. "
    "Saya {P#2}, {PHONE}.",
    # 62 disability access
    "Anak saya {P.kid#1} pengguna kursi roda, lahir {DOB#1}, tidak diterima di sekolah negeri. Kepsek {P#2} bilang 'tidak ada "
    "fasilitas'. Saya {P#3}. Mohon ditindaklanjuti sesuai UU Penyandang Disabilitas.",
    # 63 correction NIK name
    "Nama di KTP saya tertulis {P.m#1} padahal di akta kelahiran ada nama ayah saya juga, jadi tidak sama. Petugas {P#2} bilang harus sidang. Mohon dibantu. NIK {NIK#1}. Terimakasih.",
    # 64 neighbour tree
    "Pohon besar di halaman rumah Pak {P.m#1} sudah miring ke rumah kami. Sudah minta tolong ke Pak RW {P.m#2/c} dan BPBD. "
    "Alamat kami {ADDR.gg}. Saya {P.f#3}.",
    # 65 ambulance
    "Ambulans desa tidak mau mengantar ayah saya {P.m#1} ke {RS} karena sopirnya, {P.m#2/c}, minta uang bensin {RP}. "
    "Pelapor {P#3}, telp {PHONE}.",
    # 66 corruption village funds NIK formats mixed
    "Dugaan penyalahgunaan dana BUMDes oleh direktur {P.m#1} (NIK {NIK#1}) dan bendahara {P.f#2} (NIK {NIK#2}). "
    "Uang disimpan di rekening pribadi {BANK}.",
    # 67 landlord eviction
    "Saya ngekos di {ADDR}. Pemilik kos {P#1} mengusir saya tanpa mengembalikan deposit {RP}. Nomor bapaknya {PHONE}. "
    "Saya {P.f#2}, mahasiswi.",
    # 68 passport lost abroad
    "Saya {P#1} kehilangan paspor {PASSPORT} di Jeddah. KJRI menerbitkan SPLP tetapi di bandara kedatangan saya ditahan "
    "petugas {P#2} dan dimintai denda. Lahir {DOB#1}.",
    # 69 lowercase chat with typos
    "!Lassalamualaikum pak, sy {P.f#1} mau nanya knp nama anak sy {P#2} gk ada di data kip. padahal thn lalu dpt. "
    "wa sy {PHONE} makasih bnyk",
    # 70 village head nepotism
    "Perangkat desa yang baru diangkat: {P#1} (anak kades), {P#2} (menantu kades) dan {P#3} (keponakan). Kades {P.m#4} "
    "tidak membuka pendaftaran. Kami minta Inspektorat memeriksa.",
    # 71 employment BPJS TK, not label
    "JHT saya belum cair padahal berkas lengkap. Atas nama {P#1}, NIK {NIK#1}, rekening {BANK}. Petugas {P#2} bilang "
    "nunggu verifikasi perusahaan.",
    # 72 sexual harassment at office
    "Saya pegawai honorer di kantor kecamatan. Atasan saya, {P.m#1}, Kasi Pemerintahan, sering mengirim pesan tidak pantas "
    "ke nomor saya {PHONE}. Rekan saya {P.f#2} mengalami hal yang sama. Saya {P.f#3}.",
    # 73 HANDLE tiktok
    "Akun tiktok {HANDLE#1} live jualan obat keras tanpa izin. Pemiliknya {P#1}, rumahnya di {ADDR}. Tolong BPOM cek.",
    # 74 plate lowercase & parking
    "!Lmobil {PLATE} parkir di depan pagar rumah saya tiap hari, pemiliknya {P.m#1} ga mau pindah. sy {P#2}",
    # 75 religious affairs, marriage
    "Penghulu KUA {P.m#1} minta {RP} untuk nikah di rumah, katanya itu tarif. Calon pengantin adik saya {P.f#2} dan {P.m#3}. "
    "Saya {P#4}, HP {PHONE}.",
]

PII_SKELETONS += [
    # 76
    "Sdr. {P.m#1} selaku kontraktor proyek drainase di {JALAN} meninggalkan galian terbuka. Anak saya {P#2} jatuh dan patah "
    "tangan. Pengawas dari dinas, {P#3}, tidak pernah datang. Saya {P#4}, {PHONE}.",
    # 77 SMS 1708 format
    "LAPOR {P#1}#{NIK#1}#{KOTA}#Pengurusan surat pindah di kecamatan dipungut biaya {RP} oleh petugas {P#2}",
    # 78 Balinese, subak
    "Air irigasi subak kami dialihkan ke villa milik investor. Pekaseh {P.bali,m#1} sudah lapor ke desa adat. "
    "Bendesa {P.bali,m#2} malah mendukung investor. Saya {P.bali#3}, {PHONE}.",
    # 79 Tokopedia scam, handle and email
    "Penipuan jual beli HP. Penjual pakai nama {P#1}, IG {HANDLE#1}, email {EMAIL#1}. Saya sudah kirim {RPB} ke rekening "
    "{BANK}. Laporan polisi sudah saya buat. Pelapor {P#2}.",
    # 80 multiple phones forms
    "Nomor yang menelepon dan mengaku dari kejaksaan: {PHONE}, {PHONE}, dan {PHONE}. Mereka menyebut nama jaksa {P#1} dan "
    "minta uang untuk 'menghentikan kasus' suami saya {P.m#2}.",
    # 81 address with perum and DOB
    "Identitas pelapor\nNama: {P#1}\nTempat/Tgl lahir: {KOTA}, {DOB#1}\nAlamat: {ADDR.perum}, {KOTA}\nTelepon: {PHONE}\n\n"
    "Isi laporan: developer perumahan belum menyerahkan sertifikat rumah saya sejak lunas. Direktur developer {P#2}.",
    # 82 lost KTP misuse
    "KTP saya hilang dan sekarang ada tagihan kartu kredit atas nama saya {P#1}. NIK {NIK#1}. Alamat di KTP {ADDR}. "
    "Saya sudah lapor ke bank via email {EMAIL#1}.",
    # 83 teacher certification, NIP no spaces
    "Saya {P.f#1}, NIP {NIP#1}, guru SD. Kenaikan pangkat saya ditolak karena PAK. Pegawai BKD {P.m#2} meminta uang "
    "pelicin. Atasan langsung saya {P#3} tahu hal ini.",
    # 84 medical record
    "Rekam medis anak saya {P#1} (No BPJS {BPJS}) tertukar dengan pasien lain bernama {P#2}. Akibatnya obat yang diberikan "
    "salah. Mohon {RS} bertanggung jawab.",
    # 85 cattle theft
    "Sapi milik {P.m#1} dan {P.m#2} hilang dicuri malam {TGL}. Warga melihat pick up {PLATE} keluar desa jam 2 pagi. "
    "Kapolsek sudah kami beritahu lewat Bhabinkamtibmas {P.m#3}.",
    # 86 caps mixed
    "TOLONG!!! Tetangga saya {P.m#1} memukul istrinya {P.f#2} tiap malam. Alamat {ADDR}. Saya takut lapor langsung. 😢",
    # 87 haji
    "Kakek saya H. {P.m#1} sudah lunas ONH tahun 2012 tapi namanya hilang dari daftar. Nomor porsi ada. Petugas Kemenag "
    "{P#2} bilang berkas tidak ditemukan. Tolong dibantu. {P#3} (cucu), {PHONE}.",
    # 88 possessive in mid
    "Truk proyek milik perusahaan Pak {P.m#1} merusak jalan lingkungan. Jalan depan warung Bu {P.f#2} ambles. "
    "Nopol truk {PLATE} dan {PLATE}.",
    # 89 KK issue date
    "Kartu keluarga saya ({KK#1}) masih mencantumkan mantan suami {P.m#2}. Sudah cerai 2019. Saya {P.f#1}, NIK {NIK#1}.",
    # 90 job fair scam
    "Lowongan kerja palsu atas nama BUMN disebar oleh {P#1} lewat WA {PHONE}. Pelamar diminta transfer {RP} ke rekening "
    "{BANK}. Adik saya {P#2} sudah jadi korban.",
    # 91 signature after
    "Permohonan pemasangan lampu jalan di gang rumah kami sudah diajukan 2 tahun. Mohon segera.\n\n--\n{P#1}\n{ADDR}\n{PHONE}",
    # 92 dukcapil appointment
    "Antrean online Dukcapil selalu penuh. Akhirnya saya ditawari 'jalur cepat' oleh {P.m#1} dengan bayar {RP}. "
    "Nomor dia {PHONE}. Saya {P.f#2}.",
    # 93 Sundanese
    "Punten, abdi {P.sunda#1} ti Desa {KEL}. Kang {P.sunda,m#2}, ketua kelompok tani, teu ngabagikeun pupuk subsidi. "
    "Pupukna dijual ka {P#3}. WA abdi {PHONE}. Hatur nuhun.",
    # 94 Javanese
    "Nyuwun sewu, kula {P.jawa#1}. Pak Bayan {P.jawa,m#2} njaluk dhuwit {RP} kanggo ngurus surat tanah. Nomer HP kula {PHONE}.",
    # 95 NPWP = NIK mention
    "Sejak NIK jadi NPWP, pelaporan SPT saya error. NPWP saya {NPWP.nik#1} (sama dengan NIK). Nama {P#1}. Email {EMAIL#1}.",
    # 96 prisoner visit
    "Keluarga kami mau besuk {P.m#1} di Lapas, tapi petugas {P#2} minta uang {RP}. Saya istrinya, {P.f#3}, {PHONE}.",
    # 97 person positions after names
    "Kami sudah bertemu dengan {P.m#1}, Kasi Pelayanan, dan {P.f#2}, Kepala Seksi Pendaftaran, pada {TGL}. Keduanya "
    "berjanji akta selesai 7 hari. Sampai sekarang belum. Pelapor: {P#3}.",
    # 98 "dengan", "kepada", "untuk"
    "Saya sudah bicara dengan {P#1} dan mengirim surat kepada {P#2}, tetapi surat untuk {P#3} dikembalikan. Ini soal ganti "
    "rugi lahan tol milik keluarga kami. Saya {P#4}, {PHONE}.",
    # 99 Butonese
    "Saya {P.buton#1} dari Baubau. Kepala lingkungan {P.buton,m#2} memungut biaya pembuatan surat keterangan miskin {RP}. "
    "Padahal gratis. Kontak {PHONE}.",
    # 100 sister-in-law email
    "To: pengaduan\nFrom: {EMAIL#1}\nSubject: Bansos salah sasaran\n\nDengan hormat, nama saya {P#1}. Ipar saya {P#2} yang PNS "
    "justru terima bansos. Mohon verifikasi.\n\nSalam,\n{@1}",
    # 101 mixed identifiers for a baby
    "Bayi saya {P.baby#1} lahir {DOB#1} di {RS} belum dapat NIK. KK kami {KK#2}. Nama ayah {P.m#2}. Petugas {P#3} bilang sistem "
    "offline terus.",
    # 102 bullying at school via handle
    "Anak saya {P#1} di-bully di grup kelas oleh akun {HANDLE#2} yang ternyata milik teman sekelasnya {P#2}. Guru BK {P#3} "
    "tidak menanggapi.",
    # 103 elderly, pension, landline
    "Ayah saya {P.m,old#1} (usia 78 tahun) tidak bisa ambil pensiun karena diminta hadir fisik. Beliau stroke. Telp {PHONE/land}. "
    "Saya anaknya {P#2}.",
    # 104 motor seized leasing
    "Motor saya {PLATE} ditarik paksa di jalan oleh 4 orang debt collector, salah satunya mengaku {P.m#1}. Mereka tidak "
    "menunjukkan sertifikat fidusia. Saya {P#2}, HP {PHONE}.",
    # 105 forced sale land, Minang
    "Tanah pusako kaum kami dijual oleh mamak {P.minang,m#1} tanpa persetujuan. Wali nagari {P.minang,m#2} ikut teken. "
    "Saya kemenakan, {P.minang,f#3}.",
    # 106 typos
    "sya mw lpr pak, anak sya {P#1} ditahan ijazah nya sma {SEKOLAH} karna nunggak spp. kepsek nya {P#2}. "
    "tolong bntu, no sya {PHONE}",
    # 107 Aceh female
    "Saya {P.aceh,f#1}. Bantuan rumah layak huni di gampong kami hanya untuk kerabat geuchik {P.aceh,m#2}. Rumah saya di "
    "{ADDR.dusun} sudah roboh sebagian.",
    # 108 tourist guide passport
    "Sebagai pemandu wisata, saya melaporkan petugas imigrasi bandara {P#1} yang menahan paspor tamu kami {PASSPORT} dan "
    "minta 'tip'. Saya {P#2}, {HANDLE#2}.",
    # 109 PLN
    "Meteran listrik rumah kami di {ADDR} diganti petugas {P.m#1} tanpa pemberitahuan lalu kami didenda {RP}. "
    "Atas nama {P#2}.",
    # 110 water tanker
    "Air bersih dari BPBD di dusun kami dijual oleh {P.m#1} seharga {RP} per jeriken. Warga yang tidak mampu seperti Mbah "
    "{P#2} tidak kebagian. Saya {P#3}.",
]

PII_SKELETONS += [
    # 111
    "Ketua RT kami, {P.m#1}, memungut uang keamanan {RP} per bulan tapi tidak ada pos ronda. Bendahara RT {P.f#2} tidak mau "
    "menunjukkan pembukuan. Saya warga, {P#3}, {PHONE}.",
    # 112
    "Selamat malam, saya {P#1} dari {KOTA}. Saya daftar CPNS, tapi NIK saya {NIK#1} dinyatakan sudah dipakai pendaftar lain "
    "atas nama {P#2}. Mohon BKN cek. Email {EMAIL#1}.",
    # 113 bribery police plate
    "Kena tilang di {JALAN}, polantas {P.m#1} minta damai {RP}. Mobil saya {PLATE}. Saya rekam videonya. Saya {P#2}.",
    # 114 rent village land
    "Kepala desa {P.m#1} menyewakan tanah bengkok ke {P.cina,m#2} tanpa musyawarah. Hasil sewa tidak masuk kas desa. "
    "Yang tanda tangan saksi {P.m#3} dan {P.m#4}.",
    # 115 greeting with Bang
    "Bang {P.m#1/c}, ini aku {P.f#2/c} yg kemarin telpon. Data yg abang minta: nama lengkap {@2}, NIK {NIK#2}, KK {KK#2}, "
    "rek {BANK}. Makasih bang.",
    # 116 married name Batak
    "Ibu saya {P.batak,f#1} belum menerima dana pensiun janda sejak bapak {P.batak,m#2} meninggal. NIP almarhum {NIP#2}. "
    "Saya {P#3}, {PHONE}.",
    # 117 market relocation
    "Relokasi pedagang Pasar {KEL} tidak adil. Kios strategis diberikan ke {P#1}, {P#2}, dan {P#3} yang dekat dengan "
    "kepala pasar {P.m#4}. Kami pedagang lama dapat di lantai 3.",
    # 118 ngamen kids
    "Anak jalanan di perempatan {JALAN} dieksploitasi oleh seorang pria bernama {P.m#1/c}. Dia mengambil uang hasil ngamen "
    "anak-anak. Mohon Dinsos. Pelapor {P#2} {PHONE}",
    # 119 scholarship stolen
    "Dana KIP Kuliah saya dipotong oleh {P#1}, staf kemahasiswaan, katanya 'uang administrasi'. Rekening saya {BANK}. "
    "Nama {P#2}, NIK {NIK#2}, HP {PHONE}.",
    # 120 signature with title
    "Mohon perhatian atas rusaknya jembatan gantung di desa kami yang dipakai anak sekolah.\n\nHormat saya,\nIr. {P.m#1}, M.T.\n"
    "Warga Desa {KEL}\n{PHONE}",
    # 121 Andi
    "Pemilihan kepala desa curang. Panitia {P.bugis,m#1} dan {P.bugis,m#2} membagikan amplop. Kandidat yang dirugikan "
    "{P.bugis,m#3}. Saya saksi, {P.bugis,f#4}.",
    # 122 La Ode
    "Bapak {P.buton,m#1} membangun tambak di kawasan mangrove lindung. Kepala desa sudah tahu. Pelapor {P.buton#2}, {PHONE}.",
    # 123 phone of official with name after
    "{P.m#1}, Kepala Bidang di dinas, meminta pembagian fee proyek 10%. Rekaman percakapan kami simpan. Nomor HP beliau {PHONE}.",
    # 124 starting with name
    "{P.f#1} dan suaminya {P.m#2} mengaku bisa meloloskan anak masuk sekolah favorit dengan bayar {RPB}. Sudah banyak korban.",
    # 125 Chinese grave relocation
    "Makam keluarga kami di pemakaman Tionghoa dibongkar tanpa pemberitahuan. Ahli waris {P.cina,m#1} dan {P.cina,f#2} "
    "tidak pernah diundang rapat. Pengelola makam {P#3}. Email {EMAIL#1}.",
    # 126 DOB with TTL format
    "Data diri: {P#1}, TTL {KOTA}, {DOB#1}, NIK {NIK#1}. Saya mengajukan keberatan atas penolakan pendaftaran PPPK.",
    # 127 KTP address correction
    "Alamat di KTP saya salah: tertulis {ADDR}, seharusnya {ADDR}. Sudah ke kelurahan, petugas {P#1} bilang harus ke "
    "Disdukcapil. Saya {P#2}.",
    # 128 worker wages
    "Gaji kami buruh pabrik di bawah UMK. HRD pabrik, Bu {P.f#1}, mengancam memecat yang protes. Teman saya {P#2} sudah "
    "dipecat. Saya {P#3}, email {EMAIL#3}.",
    # 129 reporter using Mbak
    "Mbak {P.f#1}, petugas loket samsat, sangat ramah dan membantu. Saya ingin memberikan apresiasi. Saya {P#2}. 👍",
    # 130 illegal fishing
    "Kapal pukat harimau milik {P.m#1} beroperasi di wilayah nelayan tradisional. Nelayan {P.m#2} dan {P.m#3} jaringnya "
    "rusak. Kapal bernama KM Sumber Rezeki. Hubungi {PHONE}.",
    # 131 gas LPG
    "Pangkalan elpiji milik {P#1} menjual tabung 3 kg {RP}, di atas HET. Kalau protes, katanya beli saja di tempat lain. "
    "Alamat pangkalan {ADDR}.",
    # 132 Dr. title person
    "Saya pasien dr. {P#1}, Sp.OG di klinik swasta. Beliau menarik biaya tambahan padahal saya peserta BPJS {BPJS}. "
    "Saya {P.f#2}.",
    # 133 passport + DOB + NIK
    "Permohonan paspor saya ditolak karena beda data. Di KTP lahir {DOB#1}, di akta berbeda. NIK {NIK#1}. Paspor lama {PASSPORT}. "
    "Nama {P#1}.",
    # 134 school zoning, address
    "Zonasi PPDB tidak adil. Rumah kami di {ADDR} jaraknya 400 meter dari sekolah tapi anak saya {P#1} tidak diterima, "
    "sementara anak pejabat {P.m#2} yang rumahnya jauh diterima.",
    # 135 IG DM reply
    "Dari DM IG {HANDLE#1}:\n\"Kak tolong, adikku {P#2} hilang sejak kemarin, terakhir terlihat di terminal. Kalau ada info "
    "hubungi {PHONE}\"\nMohon diteruskan ke kepolisian.",
    # 136 dentist
    "Klinik gigi di ruko {JALAN} tidak punya izin, dokternya {P#1} ternyata bukan dokter gigi. Saya korbannya, {P#2}, {PHONE}.",
    # 137 rusunawa
    "Pengelola rusunawa {P.m#1} menyewakan ulang unit kosong ke orang luar. Penghuni sah seperti {P#2} malah diusir. "
    "Saya penghuni unit, {P#3}.",
    # 138 missing aid fisherman card
    "Kartu Kusuka saya belum jadi. Nama {P.m#1}, NIK {NIK#1}, lahir {DOB#1}. Petugas DKP {P#2} sudah 3 kali bilang minggu depan.",
    # 139 village secretary phone in brackets
    "Sekdes {P.m#1} ({PHONE}) tidak mau melayani surat kalau tidak dikasih uang. Saya {P#2}.",
    # 140 nickname in quotes
    "Preman yang dipanggil “{P.m#1/c}” menguasai parkir di depan {RS}. Katanya setor ke {P.m#2}. Tarif {RP}.",
    # 141 Papua handle
    "Sa mau lapor. Guru di sekolah kam tra datang 3 bulan. Kepsek {P.papua,m#1} di kota terus. Sa {P.papua#2}, fb/ig {HANDLE#2}.",
    # 142 NTT land
    "Tanah suku kami diklaim oleh {P.ntt,m#1}. Kepala desa {P.ntt,m#2} mengeluarkan surat tanpa persetujuan tua adat {P.ntt,m#3}.",
    # 143 parents both
    "Nama orang tua di akta anak saya salah. Ayah: {P.m#1}, ibu: {P.f#2}. Anak: {P.kid#3}, lahir {DOB#3}. Mohon dibetulkan.",
    # 144 bank Mandiri explicit
    "Uang ganti rugi pembebasan lahan seharusnya ditransfer ke rekening Mandiri {ACC.mandiri} a.n. {P#1}, tapi malah masuk "
    "ke rekening {P#2}.",
    # 145 BRI explicit
    "Bantuan UMKM saya belum masuk ke rekening BRI {ACC.bri}. Nama {P#1}. Petugas bank {P#2} bilang rekening pasif.",
    # 146 BTN 16 digits
    "Cicilan KPR saya di BTN, no. rekening {ACC.btn}, didebet dua kali. Nama debitur {P#1}. CS {P#2} tidak membantu.",
    # 147 KK count near-miss in PII text
    "Ada 120 KK di dusun kami yang belum dapat air bersih. Kadus {P.m#1} sudah usulkan. Kontak saya {PHONE}.",
    # 148 lowercase long
    "!Lhalo admin, aku {P.f#1}, mahasiswa. kemarin aku dilecehkan sama sopir angkot jurusan terminal, plat {PLATE}. "
    "temen aku {P.f#2} juga pernah. ig aku {HANDLE#1} kalau butuh bukti",
    # 149 police report reference
    "Laporan polisi saya tentang penggelapan mobil oleh {P.m#1} sudah 6 bulan. Penyidik {P#2} tidak memberi SP2HP. "
    "Mobil {PLATE}. Saya {P#3}.",
    # 150 hero street + address ADDR
    "Rumah saya di {ADDR.jl} kebanjiran setiap hujan karena saluran di Jl. Sudirman mampet. Saya {P#1}.",
]

PII_SKELETONS += [
    # 151 KK + BPJS family
    "Kartu KIS seluruh keluarga kami nonaktif. No. KK {KK#1}. Kartu saya {BPJS}, anak-anak {BPJS} dan {BPJS}. "
    "Kepala keluarga {P.m#1}. Petugas dinsos {P#2} bilang kami sudah 'mampu'.",
    # 152 NPWP business
    "Faktur pajak usaha saya dipakai orang lain. NPWP saya {NPWP#1}, nama {P#1}. Konsultan pajak {P#2} yang dulu pegang "
    "dokumen saya sekarang tidak bisa dihubungi ({PHONE}).",
    # 153 NPWP in list with NIP
    "Saya ASN, {P.m#1}, NIP {NIP#1}, NPWP {NPWP#1}. Bukti potong PPh 21 dari bendahara {P.f#2} tidak pernah diberikan, "
    "sehingga saya tidak bisa lapor SPT.",
    # 154 passport hajj/umrah agency
    "Travel umrah milik {P.arab,m#1} menahan paspor jamaah, termasuk paspor ibu saya {PASSPORT} dan ayah saya {PASSPORT}. "
    "Keberangkatan batal. Saya {P#2}, {PHONE}.",
    # 155 passport student
    "Mahasiswa penerima beasiswa, paspor {PASSPORT} a.n. {P#1}. Visa saya terlambat karena surat dari kampus ditandatangani "
    "terlambat oleh {P#2}. Email {EMAIL#1}.",
    # 156 BPJS newborn
    "Bayi kami {P.baby#1} belum bisa didaftarkan BPJS karena KK belum update. KK: {KK#2}. BPJS ibunya ({P.f#2}): {BPJS}.",
    # 157 NIP complaint about teacher
    "Guru {P.m#1} (NIP {NIP#1}) sering tidak masuk mengajar dan membuka usaha di jam dinas. Kepala sekolah {P#2} membiarkan.",
    # 158 KK caps
    "!USAYA {P#1} MOHON BANTUAN. KK SAYA {KK#1} TIDAK TERBACA DI SISTEM DAPODIK SEHINGGA ANAK SAYA {P.kid#2} TIDAK BISA DAFTAR SEKOLAH.",
    # 159 many identifiers, form
    "FORM PENGADUAN\nNama: {P#1}\nNIK: {NIK#1}\nNo KK: {KK#1}\nNPWP: {NPWP#1}\nNo BPJS: {BPJS}\nHP/WA: {PHONE}\n"
    "Uraian: klaim JKN saya ditolak rumah sakit dengan alasan kartu tidak aktif.",
    # 160 passport deportation relative
    "Sepupu saya {P.m#1} dideportasi dari Taiwan. Paspornya {PASSPORT} dinyatakan bermasalah. Sponsor PT yang mengurus, "
    "{P#2}, hilang. Keluarga di {KOTA}: {P#3}, {PHONE}.",
    # 161 NIP female retiree
    "Ibu saya {P.f#1}, pensiunan guru, NIP {NIP#1}, belum menerima gaji ke-13. Lahir {DOB#1}. Rekening Taspen {BANK}.",
    # 162 BPJS employer
    "Perusahaan tempat saya bekerja tidak membayar iuran BPJS Kesehatan walau gaji dipotong. Nomor kartu saya {BPJS}. "
    "Pemilik perusahaan {P.cina,m#1}. Saya {P#2}.",
    # 163 NPWP wrong owner
    "Ada NPWP {NPWP#2} yang terdaftar atas nama almarhumah nenek saya {P.f,old#2}. Kami tidak pernah membuatnya. Mohon DJP cek. "
    "Pelapor {P#3}, {EMAIL#3}.",
    # 164 KK numbering household count confusion
    "Kami 45 KK di RT 03 belum dapat sambungan listrik desa. Contoh data saya: KK {KK#1}, nama {P#1}. Kepala dusun {P.m#2}.",
]

PII_SKELETONS += [
    # 165 NPWP Twitter
    "@kring_pajak min, kenapa NPWP {NPWP#1} sy ga bisa login coretax? sdh reset pw 5x. email terdaftar {EMAIL#1} 🙏",
    # 166 NPWP landlord
    "Pemilik ruko yang saya sewa, {P.cina#1} (NPWP {NPWP#1}), tidak mau memberikan bukti potong PPh final. Saya penyewa, {P#2}.",
    # 167 NIP + NPWP for village official
    "Camat {P.m#1}, NIP {NIP#1}, diduga memiliki usaha tambang atas nama istrinya {P.f#2} dengan NPWP {NPWP#2}. Mohon KASN dan Inspektorat memeriksa.",
    # 168 lurah NIP lowercase
    "!Lsaya mau lapor lurah {P.m#1} nip {NIP#1} suka minta uang tiap ngurus surat. kami warga {KEL} sudah muak",
]

# ---------------------------------------------------------------- no-PII skeletons (near-misses only)
NOPII_SKELETONS = [
    "Jalan berlubang di Jl. Raya Bogor km 32 sudah memakan korban dua pengendara motor sejak {TGL}. Mohon Dinas PU segera menambal.",
    "Lampu PJU di sepanjang Jl. Diponegoro mati total sejak seminggu lalu. Rawan begal. Mohon Dishub cek.",
    "Laporan saya {TIKET} sudah 14 hari tidak ada tindak lanjut. Mohon diproses. Terima kasih.",
    "Nomor laporan {TIKET16} statusnya 'selesai' padahal masalah belum ditangani sama sekali. Mohon dibuka kembali.",
    "SPBU 34.161.12 di Jl. Soekarno-Hatta sering kehabisan pertalite sejak jam 10 pagi, tapi pengecer di sebelahnya ada terus.",
    "Antrian di {RS} sangat panjang, pasien lansia harus menunggu dari jam {JAM} sampai sore. Mohon penambahan loket.",
    "Penerbangan dari Bandara Soekarno-Hatta delay 6 jam tanpa kompensasi. Menurut Permenhub 89/2015 seharusnya ada kompensasi.",
    "!LMIN jalan di desa {KEL} kec {KEC} rusak parah, tolong diperbaiki. udah 3 thn",
    "Sekolah kami {SEKOLAH} (NPSN 20{N}4517) belum menerima dana BOS tahap 2. Guru honorer belum digaji.",
    "Biaya pembuatan SKCK di polres {RP}, padahal PNBP sesuai PP 76/2020 hanya Rp 30.000.",
    "Sudah telepon 112 dan 110 berkali-kali tidak diangkat waktu ada kebakaran di RT 04 tadi malam. Mohon evaluasi.",
    "NIK saya sudah dicek di 3 aplikasi dan valid, tapi tetap gagal daftar subsidi LPG. Mohon perbaikan sistem.",
    "Ada 2.350 KK terdampak banjir di Kecamatan {KEC} tapi bantuan logistik baru sampai ke 400 KK. Mohon BPBD menambah.",
    "Harga minyak goreng curah di pasar {KEL} Rp 18.000/liter, di atas HET Rp 15.700. Mohon Disperindag sidak.",
    "Pelayanan di kantor kelurahan {KEL} sangat lambat, petugas loket sering tidak di tempat saat jam kerja. Mohon Pak Lurah menegur.",
    "Kepala desa kami tidak pernah mengumumkan APBDes di papan informasi, melanggar UU No. 6 Tahun 2014 tentang Desa.",
    "Pungutan study tour {RP} per siswa di {SEKOLAH} memberatkan orang tua. Tolong Disdik cek.",
    "Sudah kirim email ke pengaduan@lapor.go.id dan mention @lapor1708 tapi belum ada jawaban. Soal jalan rusak di km 45 jalur lintas.",
    "Call center PLN 123 tidak bisa dihubungi waktu listrik padam {TGL} dari jam {JAM}. Mohon @pln_123 perbaiki layanan.",
    "Jembatan di {JALAN} retak, kendaraan di atas 8 ton masih lewat. Mohon dipasang rambu.",
    "!UJALAN AMBLES DI DEPAN {SEKOLAH} SUDAH 2 BULAN BELUM DIPERBAIKI. BAHAYA UNTUK ANAK SEKOLAH.",
    "Pembangunan gedung DPRD senilai Rp 84 miliar mangkrak sejak 2022. Mohon KPK dan BPK memeriksa.",
    "Bus TransJakarta koridor 1 sering tidak berhenti di halte. Sudah lapor ke 1500-102 tapi tidak ada perubahan.",
    "Sampah menumpuk di TPS {KEL} selama 10 hari, truk DLH tidak datang. Bau sampai ke {RS}.",
    "Tarif parkir di Bandara Juanda naik jadi {RP} per jam tanpa sosialisasi. Apakah ada Perda yang mengatur?",
    "Obat untuk pasien JKN di apotek {RS} sering kosong. Pasien disuruh beli di luar dengan biaya sendiri.",
    "Trotoar di sepanjang Jl. Gatot Subroto dipakai parkir motor oleh karyawan kantor. Pejalan kaki terpaksa turun ke jalan.",
    "Mohon info, apakah pengurusan akta kematian dipungut biaya? Di kecamatan kami diminta {RP}. Menurut Perpres 96/2018 gratis.",
    "Ada 140 peserta seleksi PPPK yang nilainya tidak muncul di portal SSCASN. Sudah tanya ke helpdesk BKN tapi belum dijawab.",
    "Sinyal internet di Desa {KEL} hilang sejak tower rusak {TGL}. Anak-anak tidak bisa ujian online.",
    "Pintu perlintasan kereta di {JALAN} tidak ada penjaga. Sudah 3 kecelakaan tahun ini.",
    "Kepada Yth. Bupati, mohon perhatian atas banjir rob di pesisir yang merendam 600 rumah sejak Senin.",
    "Tarif angkot jurusan terminal naik jadi Rp 7.000 padahal SK Wali Kota menetapkan Rp 5.000. Mohon Dishub tertibkan.",
    "!Lkapan bansos beras cair lagi min? di kelurahan kami blm ada info. makasih",
    "Saluran irigasi di km 12 jalan provinsi jebol, sawah 85 hektar terancam gagal panen.",
    "Puskesmas di kecamatan kami tutup setiap hari Sabtu, padahal jadwalnya buka sampai jam 12.00. Dokter jaga tidak ada.",
    "Proses balik nama sertifikat di kantor BPN sudah 9 bulan, nomor berkas 12345/2024. Sesuai PP 18/2021 seharusnya lebih cepat.",
    "Mohon Pemkot memperbaiki drainase di RT 07 RW 03 yang selalu meluap. Sudah diusulkan di musrenbang tahun lalu.",
    "Lapak PKL di depan Stasiun Gambir menutup jalur difabel. Mohon Satpol PP menertibkan.",
    "Kenapa pembuatan KTP-el di kecamatan harus menunggu blanko 3 bulan? Nomor antrean saya 157.",
    "Ambulans gratis dari Pemda tidak bisa dihubungi lewat 119. Mohon nomor alternatif dicantumkan di website.",
    "Kebakaran lahan di perbatasan desa sejak {TGL}, asap sudah masuk permukiman. Sudah lapor ke Manggala Agni.",
    "Bapak Camat tidak pernah hadir di kantor, surat rekomendasi tertahan. Mohon Bupati mengevaluasi.",
    "Petugas pemungut retribusi pasar meminta Rp 5.000 per hari tanpa karcis. Perda Retribusi No. 3 Tahun 2012 mewajibkan karcis.",
    "Rumah sakit {RS} meminta deposit {RP} untuk pasien gawat darurat. Bukankah UU 17/2023 melarang?",
    "Jalan tol Trans Sumatera di km 118 banyak lubang. Sudah ada 4 kecelakaan minggu ini.",
    "Hotline 1500200 tidak aktif di luar jam kerja. Padahal layanan darurat.",
    "Taman kota di samping Masjid Raya tidak terawat, lampu rusak dan jadi tempat mabuk-mabukan tiap malam.",
    "Pendaftaran sekolah online error terus sejak tanggal 1. Server dinas down. Mohon diperpanjang.",
    "Saya kecewa, laporan #{N}0{N}12 diteruskan ke instansi yang salah. Seharusnya ke Dinas Perhubungan, bukan Dinas PU.",
    "Kuota haji kabupaten tahun ini 312 orang tapi yang diberangkatkan hanya 290. Ke mana sisanya?",
    "Mobil pemadam kebakaran datang 1 jam setelah ditelepon ke 113. Tiga rumah habis terbakar.",
    "Lampu lalu lintas di simpang {JALAN} mati sejak {TGL}, macet parah pagi dan sore.",
    "Harga tiket kapal ferry naik 30% menjelang lebaran. Mohon Kemenhub mengawasi.",
    "Tanggul sungai di belakang {SEKOLAH} jebol sepanjang 20 meter. Warga RT 02 mengungsi.",
    "Penyaluran pupuk subsidi di kios tani desa hanya 50 kg per petani, padahal e-RDKK mencatat 150 kg. Tolong Dinas Pertanian cek.",
    "Tolong dong min, jalan di depan RSUD Dr. Moewardi macet parah krn parkir liar. Tiap sore begitu 😤",
    "Website layanan kependudukan tidak bisa diakses sejak {TGL}. Sudah email ke dukcapil@kemendagri.go.id belum dibalas.",
    "Saya mau tanya prosedur pengaduan pelanggaran netralitas ASN. Apakah lewat Bawaslu atau KASN? Terima kasih.",
    "Bangunan liar di bantaran sungai dekat Jl. Ahmad Yani makin banyak. Saat banjir air meluap ke jalan.",
    "Kios di Pasar Induk disegel sejak 3 Maret 2025 tanpa pemberitahuan. Ada sekitar 75 pedagang terdampak.",
    "!USAYA MINTA PEMERINTAH PERHATIKAN NASIB GURU HONORER YANG DIGAJI RP 300.000 PER BULAN.",
    "Menurut Permendikbud 75/2016 komite sekolah dilarang memungut. Tapi di sekolah anak saya tetap ada iuran {RP} per bulan.",
    "Pengumuman hasil seleksi perangkat desa ditunda terus. Sudah 4 bulan sejak ujian tanggal {TGL}.",
    "Air PDAM keruh dan berbau di seluruh wilayah Kecamatan {KEC} sejak seminggu. Apakah aman dikonsumsi?",
    "Mohon Dinas Kesehatan memeriksa dapur MBG di {SEKOLAH}, {N} siswa keracunan setelah makan siang {TGL}.",
    "Kenapa tiket laporan {TIKET16} ditutup tanpa jawaban? Masalah bus sekolah yang tidak beroperasi belum selesai.",
    "Akun resmi @humaspolri dan @kemensos sudah saya tag, tapi penyaluran BLT di kecamatan kami tetap belum jelas.",
    "Pak Kapolres, balap liar di Jl. Jenderal Sudirman tiap malam Minggu dari jam {JAM}. Warga resah.",
    "!Lmin knp pendaftaran beasiswa daerah ditutup duluan? katanya sampai tgl 30 tp tgl 20 udah ga bisa",
    "Halo LAPOR!, ada dugaan mark-up pengadaan laptop sekolah: harga per unit {RPB}, padahal di e-katalog jauh lebih murah.",
    "Sudah 3 bulan antrean pasang baru PDAM di Kelurahan {KEL} tidak diproses. Biaya sudah dibayar sesuai Perwali No. 14 Tahun 2023.",
    "Jalan menuju Pelabuhan Tanjung Perak rusak di banyak titik, truk kontainer sering terguling. Mohon Balai Jalan turun.",
    "Please check the broken streetlights along Jl. M.H. Thamrin near Bundaran HI, it's pitch dark at night and unsafe for cyclists.",
    "Bantuan bibit dari Dinas Pertanian untuk kelompok tani di desa kami hanya datang separuh. Ketua kelompok tidak bisa menjelaskan. 🌾",
    "Email ke humas@jatimprov.go.id sudah 2 kali, belum dibalas. Soal pungutan di jembatan timbang km 21.",
]


# ---------------------------------------------------------------- assembly
SLOT = re.compile(r"\{([^{}]+)\}|«([^«»]+)»")
SPEC = re.compile(r"^(?P<kind>@|[A-Z0-9]+)(?:\.(?P<opt>[a-z0-9,]+))?(?:#(?P<ref>\d+))?(?:/(?P<form>\w+))?$")
SPEC_AT = re.compile(r"^@(?P<ref>\d+)(?:/(?P<form>\w+))?$")


PERSON_SLOTS = {"NIK": (gen_nik, "NIK"), "KK": (gen_kk, "KK"), "NPWP": (gen_npwp, "NPWP"), "NIP": (gen_nip, "NIP"),
                "DOB": (gen_dob, "DATE_OF_BIRTH"), "EMAIL": (gen_email, "EMAIL"), "HANDLE": (gen_handle, "HANDLE")}
VALUE_SLOTS = {"PLATE": (gen_plate, "PLATE"), "PASSPORT": (gen_passport, "PASSPORT"), "BPJS": (gen_bpjs, "BPJS"),
               "ADDR": (gen_addr, "ADDRESS")}


def render_slot(ctx, body):
    """Return list of (text, label-or-None)."""
    rng = ctx.rng
    m = SPEC_AT.match(body)
    if m:
        p = ctx.people[m.group("ref")]
        return [(p["call"] if m.group("form") == "c" else p["full"], "PERSON")]
    m = SPEC.match(body)
    if not m:
        raise ValueError("bad slot {%s}" % body)
    kind, opt, ref, form = m.group("kind"), m.group("opt") or "", m.group("ref"), m.group("form") or ""
    if kind == "P":
        if ref and ref in ctx.people:
            p = ctx.people[ref]
            if not p.pop("implicit", False):
                raise ValueError("person %s defined twice" % ref)
        else:
            p = new_person(ctx, opt)
            if ref:
                ctx.people[ref] = p
        return [(p["call"] if form == "c" else p["full"], "PERSON")]
    if kind in FILLERS:
        return [(filler(ctx, kind), None)]
    if kind in PERSON_SLOTS:        # a value of person #ref (a new person when there is no ref)
        gen, label = PERSON_SLOTS[kind]
        return [(gen(ctx, person_of(ctx, ref), form if kind == "DOB" else opt), label)]
    if kind == "PHONE":
        return [(gen_phone(ctx, form or opt), "PHONE")]
    if kind in VALUE_SLOTS:
        gen, label = VALUE_SLOTS[kind]
        return [(gen(ctx, opt), label)]
    if kind == "ACC":
        bank = {"bri": "BRI", "bni": "BNI", "bca": "BCA", "mandiri": "Mandiri", "btn": "BTN", "bsi": "BSI",
                "cimb": "CIMB Niaga"}.get(opt, "BNI")
        return [(gen_acc(ctx, bank), "BANK_ACCOUNT")]
    if kind == "BANK":
        bank = rng.choice(BANKS)
        glue = rng.choice([" ", " ", " ", ": ", " no. ", " nomor "])
        return [(bank + glue, None), (gen_acc(ctx, bank), "BANK_ACCOUNT")]
    raise ValueError("unknown slot kind %s" % kind)


def assemble(ctx, skel):
    case = None
    if skel.startswith("!U"):
        case, skel = "U", skel[2:]
    elif skel.startswith("!L"):
        case, skel = "L", skel[2:]
    for m in SLOT.finditer(skel):
        sm = SPEC.match(m.group(1) or "")
        if sm and sm.group("kind") == "P" and sm.group("ref"):
            ctx.specs[sm.group("ref")] = sm.group("opt") or ""
    def fill(m):
        return [(m.group(2), "PERSON")] if m.group(2) is not None else render_slot(ctx, m.group(1))

    def recase(s, label):
        t = s.upper() if case == "U" else s.lower() if case == "L" else s
        if len(t) != len(s):
            raise ValueError("case change altered length: %r" % s)
        return t

    return cg.join_pieces(cg.fill_slots(SLOT, skel, fill), recase)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent / "third.jsonl"
    rng = random.Random(SEED)
    n_total, n_nopii = 250, 75
    pii_sk = list(PII_SKELETONS)
    nopii_sk = list(NOPII_SKELETONS)
    assert len(set(pii_sk)) == len(pii_sk) and len(set(nopii_sk)) == len(nopii_sk)

    def schedule(sk, n):
        order = list(range(len(sk)))
        rng.shuffle(order)
        extra = []
        while len(order) + len(extra) < n:
            more = list(range(len(sk)))
            rng.shuffle(more)
            extra.extend(more)
        return (order + extra)[:n]

    jobs = [("p", i) for i in schedule(pii_sk, n_total - n_nopii)] + [("n", i) for i in schedule(nopii_sk, n_nopii)]
    rng.shuffle(jobs)
    rows = []
    for k, (kind, i) in enumerate(jobs, 1):
        skel = pii_sk[i] if kind == "p" else nopii_sk[i]
        ctx = Ctx(rng)
        text, spans = assemble(ctx, skel)
        if kind == "n" and spans:
            raise SystemExit("no-PII skeleton produced spans: %r" % skel)
        if kind == "p" and not spans:
            raise SystemExit("PII skeleton produced no spans: %r" % skel)
        rows.append({"id": "third-%04d" % k, "text": text, "spans": spans})
    cg.require_valid(rows)
    cg.write_jsonl(out, rows)
    cnt = cg.label_counts(rows)
    print("wrote %s: %d records, %d without PII, %d spans; distinct skeletons %d (PII %d, no-PII %d)" % (
        out, len(rows), sum(1 for r in rows if not r["spans"]), sum(cnt.values()),
        len(pii_sk) + len(nopii_sk), len(pii_sk), len(nopii_sk)))
    cg.print_label_counts(cnt)
    cg.require_label_counts(cnt, 10, person_minimum=250)


if __name__ == "__main__":
    main()
