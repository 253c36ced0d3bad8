#!/usr/bin/env python3
"""Generator for the t21 synthetic PII evaluation corpus (Indonesian public-service complaints)."""
import json
import os
import random
# ---------------------------------------------------------------- values
import datetime as _dt

BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember"]
BLN3 = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
MONTH_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"]
MON3_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# province code -> list of (kab/kota code, place name used in TTL / area strings)
REGIONS = {
    "11": [("71", "Banda Aceh"), ("06", "Aceh Besar"), ("74", "Lhokseumawe")],
    "12": [("71", "Medan"), ("12", "Balige"), ("02", "Tarutung"), ("73", "Pematangsiantar")],
    "13": [("71", "Padang"), ("75", "Bukittinggi"), ("06", "Lubuk Basung"), ("04", "Batusangkar")],
    "14": [("71", "Pekanbaru"), ("06", "Bangkinang")],
    "16": [("71", "Palembang"), ("10", "Kayuagung")],
    "18": [("71", "Bandar Lampung"), ("05", "Metro")],
    "21": [("71", "Batam"), ("72", "Tanjungpinang")],
    "31": [("74", "Jakarta"), ("75", "Jakarta"), ("71", "Jakarta"), ("73", "Jakarta")],
    "32": [("73", "Bandung"), ("01", "Bogor"), ("78", "Tasikmalaya"), ("05", "Garut"), ("16", "Bekasi")],
    "33": [("74", "Semarang"), ("72", "Surakarta"), ("10", "Klaten"), ("06", "Purworejo"), ("29", "Brebes")],
    "34": [("04", "Sleman"), ("71", "Yogyakarta"), ("02", "Bantul"), ("03", "Wonosari")],
    "35": [("78", "Surabaya"), ("73", "Malang"), ("09", "Jember"), ("23", "Tuban"), ("27", "Sampang")],
    "36": [("71", "Tangerang"), ("04", "Serang"), ("02", "Rangkasbitung")],
    "51": [("71", "Denpasar"), ("03", "Badung"), ("04", "Gianyar"), ("08", "Singaraja")],
    "52": [("71", "Mataram"), ("03", "Selong"), ("06", "Bima")],
    "53": [("71", "Kupang"), ("04", "Atambua"), ("10", "Ende")],
    "61": [("71", "Pontianak"), ("72", "Singkawang")],
    "63": [("71", "Banjarmasin"), ("03", "Martapura")],
    "64": [("72", "Samarinda"), ("71", "Balikpapan")],
    "71": [("71", "Manado"), ("02", "Tondano"), ("73", "Tomohon")],
    "72": [("71", "Palu"), ("03", "Poso")],
    "73": [("71", "Makassar"), ("08", "Watampone"), ("13", "Sengkang"), ("11", "Sinjai")],
    "74": [("71", "Kendari"), ("04", "Baubau"), ("03", "Raha")],
    "75": [("71", "Gorontalo")],
    "81": [("71", "Ambon"), ("03", "Masohi")],
    "82": [("71", "Ternate")],
    "91": [("71", "Jayapura"), ("02", "Wamena"), ("06", "Biak")],
    "92": [("02", "Manokwari"), ("71", "Sorong")],
}

# (name, sex, region codes) ; sex "L" / "P"
NAMES = {
    "jawa": (["33", "34", "35"], [
        ("Sutrisno", "L"), ("Slamet", "L"), ("Wagiman", "L"), ("Paijo", "L"), ("Sugeng Riyadi", "L"),
        ("Bejo", "L"), ("Untung Suryadi", "L"), ("Sarwono", "L"), ("Sukirman", "L"), ("Tukimin", "L"),
        ("Marjuki", "L"), ("Eko Prasetyo", "L"), ("Dwi Hartono", "L"), ("Agus Setiyawan", "L"),
        ("Poniyem", "P"), ("Sumiyati", "P"), ("Tukinem", "P"), ("Sri Wahyuningsih", "P"), ("Suparmi", "P"),
        ("Painem", "P"), ("Wagiyem", "P"), ("Lestari", "P"), ("Endang Sulastri", "P"), ("Rukmini", "P"),
        ("Tri Wulandari", "P"), ("Rina Kusumawati", "P"), ("Indah Permatasari", "P"), ("Sabar", "L"),
        ("Budi", "L"), ("Kasih Rahayu", "P"), ("Bayu Aji Pamungkas", "L"), ("Intan", "P"),
    ]),
    "sunda": (["32", "36"], [
        ("Asep Sunandar", "L"), ("Ujang Suherman", "L"), ("Dadang Hermawan", "L"), ("Cecep Supriatna", "L"),
        ("Yayan Sopyan", "L"), ("Entis Sutisna", "L"), ("Aep Saepudin", "L"), ("Deden Rukmana", "L"),
        ("Euis Komariah", "P"), ("Neneng Hasanah", "P"), ("Iis Rosita", "P"), ("Imas Masitoh", "P"),
        ("Enok Sumarni", "P"), ("Cucu Cahyati", "P"), ("Eneng Nurjanah", "P"), ("Rahmat", "L"),
    ]),
    "batak": (["12"], [
        ("Tigor Simanjuntak", "L"), ("Maruli Tua Sinaga", "L"), ("Parlindungan Hutapea", "L"),
        ("Bonar Situmorang", "L"), ("Jonner Pardede", "L"), ("Halomoan Nainggolan", "L"),
        ("Hotnida br. Silaban", "P"), ("Rosmawati boru Sitompul", "P"), ("Tiurma br Manurung", "P"),
        ("Lamria Siregar", "P"), ("Dearma Hutagalung", "P"), ("Sahat Marulitua Lubis", "L"),
    ]),
    "minang": (["13"], [
        ("Syafrizal", "L"), ("Yulnasrul Putra", "L"), ("Afrizal Chaniago", "L"), ("Zulkarnaini", "L"),
        ("Erizal Piliang", "L"), ("Rahmat Hidayat Koto", "L"), ("Yusnimar", "P"), ("Rosnaini", "P"),
        ("Desi Ratnasari Tanjung", "P"), ("Nurhayati Sikumbang", "P"), ("Fitri Yenti", "P"),
    ]),
    "bugis": (["73", "76"], [
        ("Andi Baso Tenriajeng", "L"), ("Andi Muh. Fadli", "L"), ("Abd. Rahman Lapatta", "L"),
        ("Syamsuddin", "L"), ("Muh. Yusran", "L"), ("Andi Nurhayati", "P"), ("St. Aminah", "P"),
        ("St. Rahmatia", "P"), ("Hasnawati", "P"), ("Andi Tenri Ukke", "P"), ("Jumardi", "L"),
    ]),
    "papua": (["91", "92"], [
        ("Yosias Wenda", "L"), ("Marthen Kogoya", "L"), ("Nataniel Wanimbo", "L"), ("Yance Mandowen", "L"),
        ("Agustinus Rumbiak", "L"), ("Elias Tabuni", "L"), ("Martha Wenda", "P"), ("Yuliana Kogoya", "P"),
        ("Debora Rumbewas", "P"), ("Selvina Yikwa", "P"), ("Ester Mansoben", "P"),
    ]),
    "tionghoa": (["31", "12", "61"], [
        ("Tan Kok Liong", "L"), ("Lie Hong Gie", "L"), ("Hendra Wijaya Tjhin", "L"), ("Oey Tjeng Hwat", "L"),
        ("Sutanto Halim", "L"), ("Kwee Tiong An", "L"), ("Tan Mei Ling", "P"), ("Oei Siu Lan", "P"),
        ("Lily Kurniawati Gozali", "P"), ("Liem Bie Nio", "P"), ("Angela Tanoto", "P"), ("Bun Fa Djin", "L"),
    ]),
    "arab": (["31", "35", "63"], [
        ("Fadlun bin Said Alatas", "L"), ("Umar bin Abdullah Assegaf", "L"), ("Husein Al Habsyi", "L"),
        ("Salim bin Ahmad Bawazier", "L"), ("Abdurrahman Baharun", "L"),
        ("Syarifah Aminah binti Ahmad Assegaf", "P"), ("Fatimah Alaydrus", "P"),
        ("Nur Aisyah binti Hasan Bafadhal", "P"), ("Khadijah Alkaff", "P"),
    ]),
    "bali": (["51"], [
        ("I Wayan Sudarta", "L"), ("I Made Swarjana", "L"), ("I Ketut Lanus", "L"),
        ("Ida Bagus Gede Wirawan", "L"), ("Anak Agung Gede Oka", "L"), ("I Gusti Ngurah Suarsana", "L"),
        ("Cokorda Gede Raka", "L"), ("Ni Luh Putu Ariani", "P"), ("Ni Kadek Sriasih", "P"),
        ("Ni Wayan Murni", "P"), ("Anak Agung Istri Mas Dewi", "P"), ("Ni Komang Ayu Lestari", "P"),
    ]),
    "aceh": (["11"], [
        ("Teuku Muhammad Rizal", "L"), ("Tengku Zulfikar", "L"), ("Muzakir Hasan", "L"),
        ("Cut Nurul Fadhilah", "P"), ("Cut Intan Safitri", "P"), ("Nurlaila", "P"),
    ]),
    "buton": (["74"], [
        ("La Ode Muh. Syukur", "L"), ("La Ode Hamiruddin", "L"), ("Wa Ode Nurhaya", "P"),
        ("Wa Ode Sitti Rosmiati", "P"), ("La Ode Jaya", "L"),
    ]),
    "timur": (["71", "53", "81"], [
        ("Johanis Lumenta", "L"), ("Frengki Manoppo", "L"), ("Yohanes Seran", "L"),
        ("Marselinus Nahak", "L"), ("Meiske Wowor", "P"), ("Yuliana Mbeo", "P"),
        ("Maria Goreti Kolo", "P"), ("Fransina Latuheru", "P"), ("Semuel Pattinasarany", "L"),
    ]),
}
GROUPS = list(NAMES)
NICKNAMES = [("Ucok", "L"), ("Butet", "P"), ("Ujang", "L"), ("Ipul", "L"), ("Acong", "L"),
             ("Mamat", "L"), ("Cici", "P"), ("Neneng", "P"), ("Gendut", "L"), ("Bunga", "P"),
             ("Iyem", "P"), ("Kribo", "L")]

STREETS = ["Kenanga", "Melati", "Flamboyan", "Cempaka Putih", "Anggrek", "Mawar Merah", "Nangka",
           "Rambutan", "Belimbing", "Kelapa Gading", "Manggis", "Sawo Kecik", "Teratai", "Kamboja",
           "Beringin", "Asem Jajar", "Durian", "Pelita", "Damai", "Sepakat", "Karya Bakti", "Swadaya",
           "Bhakti", "Harapan Jaya", "Tanjung", "Cendrawasih", "Merpati", "Rajawali", "Nuri"]
# streets after national heroes (not PERSON)
HERO_STREETS = ["Jl. Teuku Umar", "Jl. Cut Nyak Dhien", "Jl. Ki Hajar Dewantara", "Jl. Pattimura",
                "Jl. Sam Ratulangi", "Jl. Dr. Wahidin Sudirohusodo", "Jl. Imam Bonjol", "Jl. Diponegoro",
                "Jl. Jenderal Sudirman", "Jl. Sisingamangaraja", "Jl. Pangeran Antasari",
                "Jl. Sultan Hasanuddin", "Jl. H.O.S. Cokroaminoto", "Jl. R.A. Kartini",
                "Jl. Mohammad Hatta", "Jl. Urip Sumoharjo", "Jl. Gatot Subroto", "Jl. Tjut Meutia"]
HOSPITALS = ["RSUP Dr. Sardjito", "RSUD dr. Zainoel Abidin", "RSUD Dr. Soetomo", "RSUP H. Adam Malik",
             "RSUP Dr. Wahidin Sudirohusodo", "RSUD Prof. Dr. W.Z. Johannes", "RSUP Prof. Dr. R.D. Kandou",
             "RSUD Dr. Moewardi", "RSUP Sanglah", "RSUD Abdul Wahab Sjahranie", "RSUD Dr. M. Djamil"]
KEL = ["Sukajadi", "Sukamaju", "Tegalrejo", "Karangasem", "Sidomulyo", "Mekarsari", "Sumbersari",
       "Kebon Jeruk", "Pasir Kaliki", "Lubuk Buaya", "Tamalanrea", "Panakkukang", "Pedungan",
       "Wonorejo", "Ngestiharjo", "Cilandak Barat", "Kampung Baru", "Sei Sikambing", "Air Tawar"]
KEC = ["Sukasari", "Coblong", "Mlati", "Depok", "Kasihan", "Rungkut", "Tampan", "Medan Baru",
       "Panakkukang", "Denpasar Selatan", "Koto Tangah", "Banjarmasin Utara", "Wenang", "Kraton"]
DUSUN = ["Krajan", "Sumberejo", "Ngablak", "Kedungsari", "Karanganyar", "Tegalsari", "Sidorejo",
         "Pucung", "Wonosari Lor", "Jatimulyo"]
KAMPUNG = ["Cibeureum", "Cikadu", "Pasirjati", "Babakan Sari", "Sukaresmi", "Cijambe", "Rawa Bebek"]
JORONG = ["Koto Tuo", "Padang Laweh", "Balai Gadang", "Sungai Janiah", "Kampung Tangah"]
BANJAR = ["Kaja Kangin", "Tegal", "Dangin Peken", "Kelod Kauh", "Tengah", "Anyar"]
HUTA = ["Lumban Tonga", "Sosor Gonting", "Parbubu", "Hutabarat Julu", "Sipoholon Dolok"]
LORONG = ["Sepakat", "Kemuning", "Pinang Merah", "Sukarela", "Jambu", "Rukun"]
PERUM = ["Griya Asri", "Bumi Sejahtera", "Taman Harapan Indah", "Pesona Cibubur", "Graha Mutiara",
         "Villa Permata", "Puri Kartika", "Bukit Sejahtera", "Citra Garden", "Bumi Antang Permai"]

MOBILE_PREFIX = ["0811", "0812", "0813", "0821", "0822", "0823", "0851", "0852", "0853", "0814",
                 "0815", "0816", "0855", "0856", "0857", "0858", "0817", "0818", "0819", "0859",
                 "0877", "0878", "0831", "0832", "0838", "0895", "0896", "0897", "0898", "0899",
                 "0881", "0882", "0887", "0888"]
LANDLINE_AREA = ["021", "022", "024", "0274", "031", "0361", "061", "0411", "0751", "0711", "0431"]
PLATE_CODES = ["B", "D", "F", "E", "T", "Z", "A", "G", "H", "K", "R", "AA", "AB", "AD", "AE", "AG",
               "L", "N", "P", "S", "W", "M", "DK", "DR", "EA", "DD", "DP", "DB", "DL", "BK", "BB", "BA",
               "BM", "BG", "BE", "BH", "BN", "KB", "KH", "KT", "DA", "DN", "DT", "PA", "DE", "DG"]
EMAIL_DOMAINS = ["gmail.com", "gmail.com", "gmail.com", "yahoo.co.id", "yahoo.com", "ymail.com",
                 "outlook.com", "hotmail.com", "icloud.com", "rocketmail.com"]

SATUAN = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
          "sepuluh", "sebelas"]


def words_id(n):
    """Indonesian number words, 0..9999."""
    if n < 12:
        return SATUAN[n]
    if n < 20:
        return SATUAN[n - 10] + " belas"
    if n < 100:
        t, u = divmod(n, 10)
        return SATUAN[t] + " puluh" + ("" if u == 0 else " " + SATUAN[u])
    if n < 200:
        return "seratus" + ("" if n == 100 else " " + words_id(n - 100))
    if n < 1000:
        h, r = divmod(n, 100)
        return SATUAN[h] + " ratus" + ("" if r == 0 else " " + words_id(r))
    if n < 2000:
        return "seribu" + ("" if n == 1000 else " " + words_id(n - 1000))
    th, r = divmod(n, 1000)
    return SATUAN[th] + " ribu" + ("" if r == 0 else " " + words_id(r))


def year_words(y, rng):
    if y < 2000 and rng.random() < 0.6:
        # "sembilan belas delapan puluh lima"
        return words_id(y // 100) + " " + words_id(y % 100)
    return words_id(y)


class V:
    """Random value generators bound to one Random instance."""

    def __init__(self, rng):
        self.r = rng

    def digits(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def date(self, y0, y1):
        a = _dt.date(y0, 1, 1).toordinal()
        b = _dt.date(y1, 12, 28).toordinal()
        return _dt.date.fromordinal(self.r.randint(a, b))

    # ---- people
    def person(self, group=None, sex=None, y0=1945, y1=2003, nick=False):
        r = self.r
        if group is None:
            group = r.choice(GROUPS)
        provs, pool = NAMES[group]
        cands = [x for x in pool if sex is None or x[1] == sex]
        name, sx = r.choice(cands)
        prov = r.choice(provs)
        if prov not in REGIONS:
            prov = "73"
        kab, city = r.choice(REGIONS[prov])
        return {"name": name, "sex": sx, "dob": self.date(y0, y1), "prov": prov, "kab": kab,
                "kec": "%02d" % r.randint(1, 19), "city": city, "group": group}

    # ---- NIK / KK / NPWP
    def nik_digits(self, p, serial=None):
        d = p["dob"]
        day = d.day + (40 if p["sex"] == "P" else 0)
        s = serial if serial is not None else "%04d" % self.r.randint(1, 60)
        return p["prov"] + p["kab"] + p["kec"] + "%02d%02d%02d" % (day, d.month, d.year % 100) + s

    def fmt16(self, dg, form=None):
        r = self.r
        if form is None:
            form = r.choices(["plain", "sp", "dash", "dot"], [55, 20, 12, 13])[0]
        if form == "plain" or len(dg) != 16:
            return dg
        if form == "sp":
            return " ".join(dg[i:i + 4] for i in range(0, 16, 4))
        if form == "dash":
            return "-".join(dg[i:i + 4] for i in range(0, 16, 4))
        return ".".join([dg[0:2], dg[2:4], dg[4:6], dg[6:12], dg[12:16]])

    def nik(self, p, form=None, typo=None):
        dg = self.nik_digits(p)
        if typo is None:
            typo = self.r.random() < 0.035
        if typo:
            i = self.r.randint(7, 15)
            if self.r.random() < 0.5:
                dg = dg[:i] + dg[i + 1:]
            else:
                dg = dg[:i] + str(self.r.randint(0, 9)) + dg[i:]
            return dg
        return self.fmt16(dg, form)

    def kk(self, p, form=None):
        iss = self.date(2009, 2024)
        dg = p["prov"] + p["kab"] + p["kec"] + iss.strftime("%d%m%y") + "%04d" % self.r.randint(1, 9999)
        return self.fmt16(dg, form)

    def npwp(self, p=None, form=None):
        r = self.r
        if form is None:
            form = r.choices(["old", "plain15", "zero16", "nik"], [55, 15, 10, 20])[0]
        if form == "nik" and p is not None:
            return self.fmt16(self.nik_digits(p), r.choice(["plain", "plain", "sp"]))
        base = "%02d" % r.randint(4, 9) + self.digits(10) + "000"
        if form == "plain15":
            return base
        if form == "zero16":
            return "0" + base
        return "%s.%s.%s.%s-%s.%s" % (base[0:2], base[2:5], base[5:8], base[8], base[9:12], base[12:15])

    # ---- contact
    def phone(self, form=None):
        r = self.r
        pre = r.choice(MOBILE_PREFIX)
        n = r.choice([11, 12, 12, 12, 13])
        dg = pre + self.digits(n - 4)
        if form is None:
            form = r.choices(["plain", "dash", "sp", "dot", "+62dash", "+62", "62", "(+62)", "sp3", "land"],
                             [26, 16, 12, 5, 8, 7, 5, 4, 5, 12])[0]
        rest = dg[4:]
        if form == "plain":
            return dg
        if form == "dash":
            return dg[:4] + "-" + rest[:4] + "-" + rest[4:]
        if form == "sp":
            return dg[:4] + " " + rest[:4] + " " + rest[4:]
        if form == "dot":
            return dg[:4] + "." + rest[:4] + "." + rest[4:]
        if form == "+62dash":
            return "+62 " + dg[1:4] + "-" + rest[:4] + "-" + rest[4:]
        if form == "+62":
            return "+62" + dg[1:]
        if form == "62":
            return "62" + dg[1:]
        if form == "(+62)":
            return "(+62) " + dg[1:4] + " " + rest[:4] + " " + rest[4:]
        if form == "sp3":
            return dg[:4] + " " + rest[:3] + " " + rest[3:6] + " " + rest[6:]
        area = r.choice(LANDLINE_AREA)
        local = self.digits(7 if len(area) == 3 else 6)
        f = r.choice(["paren", "parendash", "dash"])
        if f == "paren":
            return "(%s) %s" % (area, local)
        if f == "parendash":
            return "(%s) %s-%s" % (area, local[:3], local[3:])
        return "%s-%s" % (area, local)

    def email(self, p=None, domain=None):
        r = self.r
        name = p["name"] if p else r.choice(r.choice(list(NAMES.values()))[1])[0]
        parts = [w for w in name.lower().replace(".", "").split() if w not in ("br", "boru", "bin", "binti")]
        f = r.randint(0, 5)
        if f == 0:
            local = ".".join(parts[:2])
        elif f == 1:
            local = parts[0] + str(r.randint(1, 99))
        elif f == 2:
            local = "_".join(parts[-2:]) + str(r.randint(70, 99))
        elif f == 3:
            local = parts[0][0] + parts[-1]
        elif f == 4:
            local = parts[-1] + "." + parts[0] + str(r.randint(1, 2005))
        else:
            local = "".join(parts[:2]) + r.choice(["", "_", "."]) + str(r.randint(10, 999))
        return local + "@" + (domain or r.choice(EMAIL_DOMAINS))

    def handle(self, p=None):
        r = self.r
        name = p["name"] if p else r.choice(r.choice(list(NAMES.values()))[1])[0]
        parts = [w for w in name.lower().replace(".", "").split() if w not in ("br", "boru", "bin", "binti")]
        f = r.randint(0, 4)
        if f == 0:
            h = parts[0] + "_" + parts[-1]
        elif f == 1:
            h = parts[0] + str(r.randint(1, 99))
        elif f == 2:
            h = "".join(parts[:2]) + r.choice(["", "_", "."]) + r.choice(["official", "real", "id", "99", "22"])
        elif f == 3:
            h = r.choice(["its", "ini", "mak", "bang", "kak"]) + parts[0]
        else:
            h = parts[-1] + "." + parts[0][:3]
        return "@" + h.strip("._")

    # ---- documents
    def plate(self):
        r = self.r
        code = r.choice(PLATE_CODES)
        num = str(r.randint(1, 9999))
        letters = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(r.randint(1, 3)))
        f = r.choices(["sp", "none", "dash", "lower"], [60, 18, 12, 10])[0]
        if f == "sp":
            return "%s %s %s" % (code, num, letters)
        if f == "none":
            return code + num + letters
        if f == "dash":
            return "%s-%s-%s" % (code, num, letters)
        return ("%s %s %s" % (code, num, letters)).lower()

    def bank(self, bank=None):
        r = self.r
        if bank is None:
            bank = r.choice(["BRI", "BRI", "BNI", "BCA", "BCA", "Mandiri", "Mandiri", "BSI", "BTN",
                             "CIMB Niaga", "Bank Nagari", "Bank Sumut", "BPD Bali", "Bank Papua"])
        if bank == "BRI":
            dg = self.digits(4) + "01" + self.digits(6) + self.digits(2) + self.digits(1)
            if r.random() < 0.6:
                return bank, "%s-%s-%s-%s-%s" % (dg[:4], dg[4:6], dg[6:12], dg[12:14], dg[14])
            return bank, dg
        if bank == "Mandiri":
            dg = r.choice(["1", "1", "9"]) + self.digits(2) + "00" + self.digits(8)
            if r.random() < 0.5:
                return bank, "%s-%s-%s-%s" % (dg[:3], dg[3:5], dg[5:12], dg[12])
            return bank, dg
        if bank == "BTN":
            return bank, "00" + self.digits(14)
        if bank == "CIMB Niaga":
            return bank, "70" + self.digits(r.choice([11, 12]))
        dg = str(r.randint(1, 9)) + self.digits(9)
        if bank == "BCA" and r.random() < 0.4:
            return bank, "%s-%s-%s" % (dg[:3], dg[3:6], dg[6:])
        if r.random() < 0.2:
            return bank, "%s %s %s" % (dg[:3], dg[3:6], dg[6:])
        return bank, dg

    def passport(self):
        r = self.r
        L = r.choice(["B", "C", "C", "E", "X", "A"])
        dg = self.digits(7)
        return L + (" " if r.random() < 0.25 else "") + dg

    def bpjs(self):
        dg = "000" + self.digits(10)
        if self.r.random() < 0.3:
            return "%s %s %s %s" % (dg[:4], dg[4:8], dg[8:12], dg[12])
        return dg

    def nip(self, p, form=None):
        r = self.r
        d = p["dob"]
        ty = min(2024, d.year + r.randint(22, 33))
        s = "1" if p["sex"] == "L" else "2"
        serial = "%03d" % r.randint(1, 12)
        if form is None:
            form = r.choice(["sp", "sp", "plain"])
        parts = [d.strftime("%Y%m%d"), "%d%02d" % (ty, r.randint(1, 12)), s, serial]
        return " ".join(parts) if form == "sp" else "".join(parts)

    # ---- dates of birth in many forms
    def dob(self, d, form=None):
        r = self.r
        if form is None:
            form = r.choices(["dmy-", "dmy/", "dmy.", "long", "short", "iso", "d/m/yy", "caps", "eng",
                              "lowlong", "d-m-yyyy", "mon3en", "yy"],
                             [14, 12, 5, 22, 8, 6, 6, 6, 5, 5, 5, 3, 3])[0]
        dd, mm, yy = d.day, d.month, d.year
        if form == "dmy-":
            return "%02d-%02d-%d" % (dd, mm, yy)
        if form == "dmy/":
            return "%02d/%02d/%d" % (dd, mm, yy)
        if form == "dmy.":
            return "%02d.%02d.%d" % (dd, mm, yy)
        if form == "long":
            return "%d %s %d" % (dd, BULAN[mm - 1], yy)
        if form == "short":
            return "%d %s %d" % (dd, BLN3[mm - 1], yy)
        if form == "iso":
            return "%d-%02d-%02d" % (yy, mm, dd)
        if form == "d/m/yy":
            return "%d/%d/%02d" % (dd, mm, yy % 100)
        if form == "caps":
            return ("%d %s %d" % (dd, BULAN[mm - 1], yy)).upper()
        if form == "eng":
            return "%d %s %d" % (dd, r.choice([MON3_EN, MONTH_EN])[mm - 1], yy)
        if form == "mon3en":
            return "%s %d, %d" % (MON3_EN[mm - 1], dd, yy)
        if form == "lowlong":
            return "%d %s %d" % (dd, BULAN[mm - 1].lower(), yy)
        if form == "yy":
            return "%d %s %02d" % (dd, BULAN[mm - 1].lower()[:3], yy % 100)
        if form == "d-m-yyyy":
            return "%d-%d-%d" % (dd, mm, yy)
        if form == "words":
            return "%s %s %s" % (words_id(dd), BULAN[mm - 1].lower(), year_words(yy, r))
        if form == "wordstahun":
            return "%s %s tahun %s" % (words_id(dd), BULAN[mm - 1].lower(), year_words(yy, r))
        raise ValueError(form)

    def nondob(self, d, form=None):
        """an ordinary (non-birth) date string"""
        r = self.r
        form = form or r.choice(["long", "dmy/", "dmy-", "short", "day"])
        if form == "day":
            hari = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"][d.weekday()]
            return "%s, %d %s %d" % (hari, d.day, BULAN[d.month - 1], d.year)
        return self.dob(d, form)
# ---------------------------------------------------------------- assembly and validation
import re as _re

LABELS = ["NIK", "KK", "NPWP", "PHONE", "EMAIL", "PLATE", "BANK_ACCOUNT", "PASSPORT",
          "BPJS", "NIP", "PERSON", "ADDRESS", "DATE_OF_BIRTH", "HANDLE"]
NEAR = "~"   # marks an intentional near-miss (not a span, but allowed by the leak scan)


def flatten(pieces):
    out = []
    for p in pieces:
        if isinstance(p, list):
            out.extend(flatten(p))
        elif p is None or p == "":
            continue
        else:
            out.append(p)
    return out


def join(pieces):
    """pieces: str | (value, LABEL) | (value, NEAR) | nested lists -> (text, spans, near)"""
    text, spans, near, pos = [], [], [], 0
    for p in flatten(pieces):
        if isinstance(p, str):
            text.append(p)
            pos += len(p)
            continue
        val, lab = p
        if lab == NEAR:
            near.append((pos, pos + len(val)))
        else:
            assert lab in LABELS, lab
            spans.append({"start": pos, "end": pos + len(val), "label": lab})
        text.append(val)
        pos += len(val)
    return "".join(text), spans, near


DIGITRUN = _re.compile(r"\d(?:[ .\-/]?\d){8,}")
PLATE_RE = _re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(sorted(PLATE_CODES, key=len, reverse=True))
                       + r")[ \-]?\d{1,4}[ \-]?[A-Z]{1,3}(?![A-Za-z0-9])")
MOBILE_RE = _re.compile(r"(?:\+?62|0)8\d{2}[ .\-]?\d{3,4}")
ALL_NAMES = sorted({n for _, (_, pool) in NAMES.items() for n, _ in pool} | {n for n, _ in NICKNAMES},
                   key=len, reverse=True)
# names that double as ordinary words, allowed lower case in plain text
WORDLIKE = {"Sabar", "Budi", "Intan", "Bunga", "Rahmat", "Untung", "Lestari", "Kasih", "Bejo", "Slamet",
            "Gendut", "Kribo", "Jaya"}


def validate(rec, near):
    text, spans = rec["text"], rec["spans"]
    errs = []
    last = 0
    for s in spans:
        a, b = s["start"], s["end"]
        if not (0 <= a < b <= len(text)):
            errs.append("range %r" % s)
            continue
        v = text[a:b]
        if a < last:
            errs.append("overlap %r" % s)
        last = b
        if v != v.strip():
            errs.append("ws edge %r" % v)
        if a > 0 and text[a - 1].isalnum():
            errs.append("glued left %r" % v)
        if b < len(text) and text[b].isalnum():
            errs.append("glued right %r" % v)
    covered = [False] * len(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            covered[i] = True
    for a, b in near:
        for i in range(a, b):
            covered[i] = True

    def free(m):
        return not any(covered[i] for i in range(m.start(), m.end()))

    for m in DIGITRUN.finditer(text):
        if not all(covered[i] for i in range(m.start(), m.end()) if text[i].isdigit()):
            errs.append("digit run outside spans: %r" % m.group())
    for i, c in enumerate(text):
        if c == "@" and not covered[i]:
            errs.append("@ outside spans at %d: %r" % (i, text[max(0, i - 15):i + 20]))
    for m in PLATE_RE.finditer(text):
        if free(m):
            errs.append("plate-like outside spans: %r" % m.group())
    for m in MOBILE_RE.finditer(text):
        if free(m):
            errs.append("phone-like outside spans: %r" % m.group())
    for n in ALL_NAMES:
        for m in _re.finditer(r"(?<![\w])" + _re.escape(n) + r"(?![\w])", text):
            if free(m) and not (n in WORDLIKE and False):
                errs.append("name outside spans: %r" % n)
    if len(text.encode("utf-8")) > 4096:
        errs.append("too long")
    return errs


# ---------------------------------------------------------------- shared builders
def rtrw(r):
    a, b = r.randint(1, 15), r.randint(1, 12)
    f = r.randint(0, 10)
    return [
        "RT %02d/RW %02d" % (a, b), "RT %03d RW %03d" % (a, b), "RT.%03d/RW.%03d" % (a, b),
        "Rt %d Rw %d" % (a, b), "RT/RW %03d/%03d" % (a, b), "rt%02d/rw%02d" % (a, b),
        "RT %02d/%02d" % (a, b), "RT. %02d RW. %02d" % (a, b), "RT %d/RW %d" % (a, b),
        "RT 0%d RW 0%d" % (a % 10, b % 10 or 1), "Rt.%02d Rw.%02d" % (a, b)][f]


def area(r, city=None, full=None):
    parts = []
    full = r.random() < 0.6 if full is None else full
    if r.random() < 0.75:
        parts.append(r.choice(["Kel. ", "Kelurahan ", "Desa ", "Ds. "]) + r.choice(KEL))
    if full:
        parts.append(r.choice(["Kec. ", "Kecamatan "]) + r.choice(KEC))
    if city and r.random() < 0.7:
        parts.append(city)
    s = ", ".join(parts)
    if s and r.random() < 0.25:
        s += " " + str(r.randint(20111, 99351))
    return s


def address(r, kind=None, lower=False):
    """returns the ADDRESS span value (designator .. number / RT-RW)."""
    kind = kind or r.choice(["jl", "jl", "jlgg", "gg", "perum", "komp", "btn", "dusun", "kp", "lr",
                             "jorong", "banjar", "huta", "kos", "hero", "blok"])
    no = str(r.randint(1, 120)) + (r.choice(["A", "B", "C"]) if r.random() < 0.15 else "")
    nolab = r.choice(["No. ", "No.", "no ", "Nomor ", "No "])
    rt = (", " if r.random() < 0.5 else " ") + rtrw(r) if r.random() < 0.55 else ""
    st = r.choice(STREETS)
    if kind == "jl":
        v = "%s %s %s%s%s" % (r.choice(["Jl.", "Jln.", "Jalan", "Jl"]), st, nolab, no, rt)
    elif kind == "jlgg":
        v = "%s %s Gg. %s %s %s%s%s" % (r.choice(["Jl.", "Jalan"]), st, r.choice(STREETS),
                                        r.choice(["I", "II", "III", "IV", "5", "12"]), nolab, no, rt)
    elif kind == "gg":
        v = "%s %s %s%s%s" % (r.choice(["Gg.", "Gang", "Gg"]), st, nolab, no, rt)
    elif kind == "perum":
        v = "%s %s Blok %s%d No. %s" % (r.choice(["Perum", "Perumahan", "Perum."]), r.choice(PERUM),
                                        r.choice("ABCDEFGH"), r.randint(1, 12), no)
    elif kind == "komp":
        v = "%s %s Blok %s/%d%s" % (r.choice(["Komp.", "Komplek", "Kompleks"]),
                                    r.choice(["Polri", "Pemda", "Dosen Unand", "PLN", "Bumi Pratama", "Guru"]),
                                    r.choice("ABCDEFG"), r.randint(1, 40), rt)
    elif kind == "btn":
        v = "BTN %s Blok %s%d No. %s" % (r.choice(PERUM), r.choice("ABCDEFG"), r.randint(1, 9), no)
    elif kind == "dusun":
        v = "%s %s %s" % (r.choice(["Dusun", "Dsn.", "Dsn", "dusun"]), r.choice(DUSUN), rtrw(r))
    elif kind == "kp":
        v = "%s %s %s" % (r.choice(["Kp.", "Kampung", "Kp"]), r.choice(KAMPUNG), rtrw(r))
    elif kind == "lr":
        v = "%s %s %s%s" % (r.choice(["Lr.", "Lorong"]), r.choice(LORONG), nolab, no)
    elif kind == "jorong":
        v = "Jorong %s" % r.choice(JORONG)
    elif kind == "banjar":
        v = "%s %s No. %s" % (r.choice(["Banjar", "Br."]), r.choice(BANJAR), no)
    elif kind == "huta":
        v = "Huta %s" % r.choice(HUTA)
    elif kind == "kos":
        v = "Jl. %s Gg. %s No. %s" % (r.choice(["Kaliurang Km 5", "Bantul Km 3", "Perintis Kemerdekaan Km 9"]),
                                      r.choice(STREETS), no)
    elif kind == "hero":
        v = "%s Gg. %s No. %s%s" % (r.choice(HERO_STREETS), r.choice(STREETS), no, rt)
    else:  # blok only in perumahan
        v = "Perum %s Blok %s-%d" % (r.choice(PERUM), r.choice("ABCDEFG"), r.randint(1, 30))
    if lower:
        v = v.lower()
    return v


class N:
    """near-miss values (returned as (value, NEAR) tuples or plain strings)."""

    def __init__(self, rng, v):
        self.r, self.v = rng, v

    def ticket(self):
        r = self.r
        f = r.randint(0, 3)
        if f == 0:
            return ["#", ("%d" % r.randint(1000000, 9999999), NEAR)]
        if f == 1:
            return ("%d" % r.randint(10000000, 99999999), NEAR)
        if f == 2:
            return ("20%d%02d%02d%s" % (r.randint(21, 25), r.randint(1, 12), r.randint(1, 28), self.v.digits(8)), NEAR)
        return ("LAP-%d-%05d" % (r.randint(2021, 2025), r.randint(1, 99999)), NEAR)

    def ticket16(self):
        r = self.r
        return ("20%d%02d%02d%s" % (r.randint(21, 25), r.randint(1, 12), r.randint(1, 28), self.v.digits(8)), NEAR)

    REG = {
        "dukcapil": ["UU 24/2013 tentang Adminduk", "Permendagri No. 108 Tahun 2019", "Perpres No. 96 Tahun 2018",
                     "Permendagri 7/2019", "UU No. 25 Tahun 2009 tentang Pelayanan Publik"],
        "pensiun": ["PP No. 46 Tahun 2015", "Permenaker 4/2022", "PP 8/2024 tentang gaji pokok pensiunan",
                    "UU No. 40 Tahun 2004 tentang SJSN"],
        "imigrasi": ["UU No. 6 Tahun 2011 tentang Keimigrasian", "PP No. 28 Tahun 2019", "Permenkumham 8/2014",
                     "UU 18/2017 tentang Pelindungan PMI"],
        "pajak": ["PMK 112/PMK.03/2022", "PMK 81/2024", "PER-6/PJ/2024", "UU HPP No. 7 Tahun 2021", "UU KUP Pasal 17B"],
        "desa": ["UU No. 6 Tahun 2014 tentang Desa", "Permendes PDTT 7/2023", "PMK 146/2023", "Permendagri 20/2018"],
        "hukum": ["UU 16/2011 tentang Bantuan Hukum", "Pasal 378 KUHP", "Perma No. 1 Tahun 2014", "SEMA No. 4 Tahun 2016",
                  "Pasal 372 KUHP", "UU No. 18 Tahun 2003 tentang Advokat"],
        "disabilitas": ["UU No. 8 Tahun 2016 tentang Penyandang Disabilitas", "PP 42/2020 tentang Akomodasi yang Layak",
                        "UU 13/1998 tentang Kesejahteraan Lansia", "Permensos 7/2021"],
        "bencana": ["UU 24/2007 tentang Penanggulangan Bencana", "Perka BNPB No. 2 Tahun 2018", "PP 21/2008"],
        "kampus": ["Permendikbudristek No. 10 Tahun 2020", "Persesjen 2/2024 tentang KIP Kuliah",
                   "Permendikbudristek 2/2024 tentang UKT", "UU 12/2012 tentang Pendidikan Tinggi"],
        "kua": ["PP No. 48 Tahun 2014", "PMA No. 20 Tahun 2019", "UU 8/2019 tentang Penyelenggaraan Haji dan Umrah",
                "KMA 1030/2023"],
        "keuangan": ["POJK 22/2023", "UU 27/2022 tentang Pelindungan Data Pribadi", "Permenkominfo 5/2021",
                     "Pasal 26 UU ITE", "POJK 10/2022"],
    }
    REG["umum"] = ["UU No. 25 Tahun 2009 tentang Pelayanan Publik", "Perpres 76/2013", "PP 96/2012",
                   "UU 37/2008 tentang Ombudsman"]
    EMAILS = {
        "dukcapil": ["layanan.dukcapil@kemendagri.go.id", "dukcapil@klatenkab.go.id", "pengaduan.disdukcapil@makassarkota.go.id"],
        "pensiun": ["info@taspen.co.id", "care@bpjsketenagakerjaan.go.id"],
        "imigrasi": ["humas@imigrasi.go.id", "pengaduan@imigrasi.go.id"],
        "pajak": ["pengaduan@pajak.go.id", "informasi@pajak.go.id"],
        "desa": ["pengaduan@kemendesa.go.id", "inspektorat@kab-sleman.go.id"],
        "hukum": ["pengaduan@ombudsman.go.id", "bawas@mahkamahagung.go.id"],
        "disabilitas": ["pengaduan@kemensos.go.id", "humas@kemensos.go.id"],
        "bencana": ["posko.bencana@bnpb.go.id", "pusdalops@bpbd.jatengprov.go.id"],
        "kampus": ["kipkuliah@kemdikbud.go.id", "puslapdik@kemdikbud.go.id"],
        "kua": ["pengaduan@kemenag.go.id", "haji@kemenag.go.id"],
        "keuangan": ["konsumen@ojk.go.id", "aduan@kominfo.go.id"],
        "umum": ["pengaduan@lapor.go.id", "pengaduan@ombudsman.go.id"],
    }
    ACCTS = {
        "dukcapil": ["@dukcapil_kemendagri", "@disdukcapil.makassar", "@lapor1708"],
        "pensiun": ["@taspen_official", "@bpjs.ketenagakerjaan"],
        "imigrasi": ["@ditjen_imigrasi", "@kanimsoetta"],
        "pajak": ["@DitjenPajakRI", "@kring_pajak"],
        "desa": ["@kemendesa", "@lapor1708"],
        "hukum": ["@ombudsmanri137", "@humas_ma"],
        "disabilitas": ["@kemensosri", "@lapor1708"],
        "bencana": ["@BNPB_Indonesia", "@bpbd_jateng"],
        "kampus": ["@kemdikbud.ri", "@puslapdik"],
        "kua": ["@kemenag_ri", "@kemenaghaji"],
        "keuangan": ["@ojkindonesia", "@halobca", "@kominfo", "@Telkomsel"],
        "umum": ["@lapor1708", "@pln_123", "@kai121", "@humaspolri", "@pemkotmedan", "@pupr_binamarga"],
    }
    HOT = {
        "dukcapil": ["1500537", "1708"], "pensiun": ["1500919", "175"], "imigrasi": ["1500-215"],
        "pajak": ["1500200", "1500-200"], "desa": ["1708", "1500040"], "hukum": ["137", "110"],
        "disabilitas": ["119", "1500-771"], "bencana": ["112", "117"], "kampus": ["177", "1500-242"],
        "kua": ["1500-363", "1708"], "keuangan": ["157", "14017", "1500-888", "188"],
        "umum": ["1708", "112", "123", "165", "129"],
    }

    topic = "umum"

    def _t(self, table, topic):
        topic = topic or self.topic
        return self.r.choice(table.get(topic, table["umum"]) + (table["umum"] if self.r.random() < 0.25 else []))

    def regulation(self, topic=None):
        return self._t(self.REG, topic)

    def hotline(self, topic=None):
        return self._t(self.HOT, topic)

    def inst_email(self, topic=None):
        return (self._t(self.EMAILS, topic), NEAR)

    def inst_account(self, topic=None):
        return (self._t(self.ACCTS, topic), NEAR)

    def price(self):
        r = self.r
        f = r.randint(0, 4)
        if f == 0:
            return "Rp %s.000" % "{:,}".format(r.randint(50, 9500)).replace(",", ".")
        if f == 1:
            return "Rp%d,%d juta" % (r.randint(1, 9), r.randint(1, 9))
        if f == 2:
            return "Rp %d ribu" % r.choice([50, 75, 100, 150, 250, 300, 500])
        if f == 3:
            return "Rp %s.000,-" % "{:,}".format(r.randint(100, 4000)).replace(",", ".")
        return "%d juta rupiah" % r.randint(2, 40)

    def case_no(self):
        r = self.r
        return "%d/%s/%d/PN %s" % (r.randint(12, 980), r.choice(["Pdt.G", "Pid.B", "Pid.Sus", "Pdt.P", "Pdt.G.S"]),
                                   r.randint(2021, 2025), r.choice(["Mdn", "Jkt.Sel", "Sby", "Mks", "Kpg", "Dps", "Pdg", "Smg"]))

    def letter_no(self):
        r = self.r
        return "%d/%d/%s/%d" % (r.choice([470, 471, 474, 400, 140, 800, 900]), r.randint(11, 999),
                                r.choice(["Dukcapil", "Kel", "DS", "Pem", "KUA", "BPBD", "Kesra"]), r.randint(2022, 2025))

    def incident_date(self):
        return self.v.nondob(self.v.date(2022, 2025))

    def time(self):
        r = self.r
        s = "%s %02d.%02d %s" % (r.choice(["pukul", "jam", "pkl"]), r.randint(7, 22), r.choice([0, 10, 15, 30, 45]),
                                 r.choice(["WIB", "WITA", "WIT", ""]))
        return s.strip()

    def kode_billing(self):
        return ("%d%s" % (self.r.randint(1, 9), self.v.digits(14)), NEAR)

    def spbu(self):
        r = self.r
        return "SPBU %d.%d.%02d" % (r.randint(11, 84), r.randint(101, 999), r.randint(1, 99))

    def npsn(self):
        return "NPSN %d" % self.r.randint(10100000, 69999999)
# ---------------------------------------------------------------- small helpers used by the styles
def nm(p, case=None, part=None):
    name = p["name"]
    if part == "first":
        name = name.split()[0] if not name.split()[0] in ("I", "Ni", "Andi", "La", "Wa", "Cut", "Teuku",
                                                            "Tengku", "Ida", "Anak", "Muh.", "Abd.", "St.",
                                                            "Cokorda") else name
    if part == "last" and len(name.split()) > 1 and name.split()[-1] not in ("Silaban",):
        name = name.split()[-1]
    if case == "lower":
        name = name.lower()
    elif case == "upper":
        name = name.upper()
    return (name, "PERSON")


def rcase(r, low=0.1, up=0.1):
    x = r.random()
    return "lower" if x < low else ("upper" if x < low + up else None)


def dobt(v, p, form=None):
    return (v.dob(p["dob"], form), "DATE_OF_BIRTH")


def ttl(v, p, r, caps=False):
    city = p["city"]
    f = r.randint(0, 11)
    if caps:
        return ["TEMPAT/TGL LAHIR: ", city.upper(), ", ", dobt(v, p, "caps")]
    return [
        ["TTL: ", city, ", ", dobt(v, p)],
        ["Tempat/Tgl Lahir : ", city, " / ", dobt(v, p, "long")],
        ["Tempat, tanggal lahir: ", city, ", ", dobt(v, p)],
        ["lahir di ", city, " tanggal ", dobt(v, p, r.choice(["long", "dmy-", "lowlong"]))],
        ["kelahiran ", dobt(v, p, "iso")],
        ["lahir tgl ", dobt(v, p, "d/m/yy")],
        ["lhr ", dobt(v, p, "yy")],
        ["DOB ", dobt(v, p, r.choice(["eng", "mon3en"]))],
        ["ttl ", city.lower(), " ", dobt(v, p, "dmy/")],
        ["T.T.L : ", city, ", ", dobt(v, p, "dmy.")],
        ["Tgl. lahir ", dobt(v, p, "short")],
        ["lahir ", dobt(v, p, "d-m-yyyy"), " di ", city],
    ][f]


def nikt(v, p, form=None, typo=None):
    return (v.nik(p, form, typo), "NIK")


def kkt(v, p, form=None):
    return (v.kk(p, form), "KK")


def pht(v, form=None):
    return (v.phone(form), "PHONE")


def emt(v, p=None, domain=None):
    return (v.email(p, domain), "EMAIL")


def hdt(v, p=None):
    return (v.handle(p), "HANDLE")


def adt(r, kind=None, lower=False):
    return (address(r, kind, lower), "ADDRESS")


def acct(v, bank=None):
    b, a = v.bank(bank)
    return b, (a, "BANK_ACCOUNT")


def family(v, r, n_kids=2, group=None):
    """a couple plus children sharing region codes (for NIK/KK consistency), distinct names"""
    group = group or r.choice(GROUPS)
    used = []

    def pick(sex, y0, y1):
        for _ in range(60):
            p = v.person(group, sex, y0, y1)
            if p["name"] not in used and not any(p["name"].split()[0] == u.split()[0] for u in used):
                break
        used.append(p["name"])
        return p

    dad = pick("L", 1958, 1988)
    mom = pick("P", max(1958, dad["dob"].year - 6), min(1992, dad["dob"].year + 8))
    for k in ("prov", "kab", "kec", "city"):
        mom[k] = dad[k]
    kids = []
    y0 = min(2023, max(mom["dob"].year, dad["dob"].year) + 20)
    for _ in range(n_kids):
        c = pick(None, y0, 2023)
        for k in ("prov", "kab", "kec", "city"):
            c[k] = dad[k]
        kids.append(c)
    kids.sort(key=lambda c: c["dob"])
    return dad, mom, kids


MUSLIM = ["jawa", "sunda", "minang", "bugis", "arab", "aceh", "buton"]

OPEN = ["Selamat pagi. ", "Selamat siang, Admin. ", "Assalamualaikum wr. wb. ", "Yth. Admin LAPOR!, ",
        "Punten, ", "Nyuwun sewu, ", "Horas! ", "Tabe', ", "Om Swastiastu. ", "Permisi. ", "Salam sejahtera. ",
        "Mohon izin melapor. ", "Dear Admin, ", "Kulo nuwun. ", "Halo min, ", "Sampurasun. "]
CLOSE = [" Terima kasih.", " Matur nuwun.", " Hatur nuhun.", " Mohon ditindaklanjuti.", " Suksma.",
         " Thank you.", " Terima kasih atas perhatiannya 🙏", " Mohon bantuannya 🙏🏻", " Wassalam.",
         " Tolong dibantu, sudah capek bolak-balik.", " Mauliate.", " Please help.", " Makasih banyak."]


def opener(r):
    return r.choice(OPEN) if r.random() < 0.75 else ""


def closer(r):
    return r.choice(CLOSE) if r.random() < 0.8 else ""


def q(r, s):
    """wrap in curly quotes sometimes"""
    return "“%s”" % s if r.random() < 0.5 else "‘%s’" % s
# ---------------------------------------------------------------- styles (part A)

def st_dukcapil(r, v, n, pii):
    if not pii:
        return r.choice([
            lambda: [opener(r), "Blanko KTP-el di Disdukcapil ", r.choice(["Kab. Klaten", "Kota Medan", "Kab. Bone", "Kota Kupang"]),
                     " kosong lagi sejak ", n.incident_date(), ". Kantornya di ", r.choice(HERO_STREETS), " No. ",
                     str(r.randint(2, 150)), ", warga antre dari ", n.time(), " tapi cuma dapat resi. Saya sudah lapor ke ",
                     n.hotline(), ", nomor laporan ", n.ticket(), ". Menurut ", n.regulation(),
                     " pelayanan wajib ada kepastian waktu. Di RT 04 saja ada 37 orang belum punya KTP-el.", closer(r)],
            lambda: [opener(r), "NIK saya sudah dicek di 3 aplikasi (IKD, Cek Bansos, SIAK) tapi hasilnya ",
                     q(r, "data tidak ditemukan"), ". Petugas bilang servernya pusat. Tiket ", n.ticket16(),
                     " ditutup tanpa solusi tanggal ", n.incident_date(), ". Mohon pihak Dukcapil menjelaskan. ",
                     "Email sudah dikirim ke ", n.inst_email(), " tapi tidak dibalas.", closer(r)],
            lambda: [opener(r), "Anak-anak kelahiran 2019 dan 2020 di desa kami belum dapat KIA. ",
                     "Syaratnya cuma akta dan KK, tapi petugas minta ", n.price(), " ", q(r, "uang map"),
                     ". Surat edaran nomor ", n.letter_no(), " bilang gratis. 2.350 KK di kecamatan ini terdampak. ",
                     "Jadwal jemput bola terakhir ", n.incident_date(), " ", n.time(), ".", closer(r)],
            lambda: ["Pindah domisili ke luar provinsi butuh SKPWNI. Sudah 3 minggu sejak ", n.incident_date(),
                     " belum terbit, padahal janji 1 hari kerja (", n.regulation(), "). ",
                     "Nomor pengajuan ", n.ticket(), ". Yang mengurus 4 orang dalam 1 KK, usia 6 sampai 67 tahun.",
                     closer(r)],
        ])()
    f = r.randint(0, 5)
    if f == 0:  # akta kelahiran anak
        dad, mom, kids = family(v, r, 1)
        c = kids[0]
        c["dob"] = v.date(2023, 2024)
        return [opener(r), "Saya ", nm(mom), ", mau mengurus akta kelahiran anak saya ", nm(c, part="first"),
                " yang lahir di ", r.choice(HOSPITALS), " pada ", dobt(v, c, r.choice(["long", "dmy/", "lowlong"])),
                ". Surat keterangan lahir dari bidan tertanggal ", n.incident_date(),
                " ditolak karena nama ayah (", nm(dad), ") beda ejaan dengan di KK. No. KK ", kkt(v, dad),
                ", NIK saya ", nikt(v, mom), ". Sudah 4 kali datang sejak ", n.incident_date(),
                ". Kalau perlu dihubungi WA ", pht(v), ".", closer(r)]
    if f == 1:  # key=value
        p = v.person()
        sep = r.choice(["; ", " | ", ", "])
        return ["[form-online] ", r.choice(["nama", "Nama", "NAMA"]), "=", nm(p, rcase(r, .2, .3)), sep,
                "nik=", nikt(v, p, "plain"), sep, "tgl_lahir=", dobt(v, p, r.choice(["iso", "dmy-", "dmy/"])), sep,
                "tgl_lapor=", v.nondob(v.date(2024, 2025), "iso"), sep, "hp=", pht(v, "plain"), sep,
                "alamat=", adt(r, None, r.random() < 0.3), sep, "keluhan=KTP-el rusak (chip tidak terbaca), ",
                "minta cetak ulang tapi disuruh bayar ", n.price(), sep, "ref=", n.ticket()]
    if f == 2:  # pindah domisili, two addresses
        p = v.person()
        return [opener(r), "Saya ", nm(p), " (", ttl(v, p, r), "), pindah dari ", adt(r), ", ", area(r, p["city"]),
                " ke ", adt(r), ", ", area(r), " sejak ", n.incident_date(),
                ". SKPWNI sudah terbit tetapi di SIAK alamat saya masih yang lama. NIK ", nikt(v, p),
                ". KTP lama saya dikeluarkan tanggal ", v.nondob(v.date(2012, 2019), r.choice(["dmy-", "long"])),
                " dan berlaku seumur hidup.", closer(r)]
    if f == 3:  # akta kematian
        dad, mom, kids = family(v, r, 1)
        dad["dob"] = v.date(1938, 1955)
        child = kids[0]
        return [opener(r), "Ayah saya almarhum ", nm(dad, rcase(r, 0, .3)), " (lahir ", dobt(v, dad),
                ", wafat ", v.nondob(v.date(2023, 2024)), " di ", r.choice(HOSPITALS),
                ") belum bisa dibuatkan akta kematian karena NIK beliau ", nikt(v, dad),
                " tercatat ganda. Saya anaknya, ", nm(child), ", NIK ", nikt(v, child), ", HP ", pht(v),
                ". Ibu saya ", nm(mom, part="first"), " butuh akta itu untuk klaim pensiun janda.", closer(r)]
    if f == 4:  # KK update with several family DOBs
        dad, mom, kids = family(v, r, r.randint(2, 3))
        rows = ["Anggota keluarga yang tidak muncul di KK baru (No. KK ", kkt(v, dad), "):\n"]
        for i, m in enumerate([dad, mom] + kids):
            rows += ["%d. " % (i + 1), nm(m, rcase(r, .1, .2)), " – ", dobt(v, m, r.choice(["dmy-", "long", "dmy/"])), "\n"]
        return [opener(r), "Saya ", nm(dad, part="first"), ", kepala keluarga. ", rows,
                "KK dicetak tanggal ", v.nondob(v.date(2024, 2025)), " tapi anak bungsu hilang dari daftar. ",
                "Alamat kami ", adt(r), ". Hubungi ", pht(v), ".", closer(r)]
    # KTP-el salah tanggal lahir: wrong and correct DOB both birth dates
    p = v.person()
    wrong = dict(p)
    wrong["dob"] = p["dob"].replace(day=min(28, (p["dob"].day % 27) + 1))
    return [opener(r), "Tanggal lahir di KTP-el saya tercetak ", dobt(v, wrong, "dmy-"),
            ", padahal di akta kelahiran ", dobt(v, p, "dmy-"), ". Nama: ", nm(p), ", NIK ", nikt(v, p),
            ". Cetak KTP tanggal ", v.nondob(v.date(2022, 2024), "dmy-"), ", antrean ", "A-%03d" % r.randint(1, 150),
            ". Petugas bilang harus ke provinsi. Kenapa kesalahan petugas dibebankan ke warga?", closer(r)]


def st_pensiun(r, v, n, pii):
    if not pii:
        return r.choice([
            lambda: [opener(r), "Pensiunan di cabang Taspen kami sudah usia 70–85 tahun, tapi otentikasi wajah di aplikasi ",
                     "TOUCH gagal terus. Call center ", n.hotline(), " sibuk. Gaji pensiun bulan ini ", n.price(),
                     " tertahan sejak ", n.incident_date(), ". Mohon ada layanan jemput bola, ", n.regulation(), ".",
                     closer(r)],
            lambda: ["Klaim JHT di kantor BPJS Ketenagakerjaan ", r.choice(HERO_STREETS), " No. ", str(r.randint(5, 99)),
                     " antre dari ", n.time(), ", kuota cuma 150 orang per hari. Info di ", n.inst_account(),
                     " bilang klaim online, tapi link error. Nomor pengaduan ", n.ticket(), ". Pekerja kelahiran 1970-an ",
                     "tidak semua paham aplikasi.", closer(r)],
            lambda: [opener(r), "Kenaikan pensiun 12% sesuai ", n.regulation(), " belum dibayar untuk pensiunan golongan II. ",
                     "Rapel Januari–Maret harusnya ", n.price(), ". Sudah kirim surat ke ", n.inst_email(),
                     " tanggal ", n.incident_date(), ".", closer(r)],
        ])()
    f = r.randint(0, 3)
    if f == 0:
        p = v.person(y0=1950, y1=1966)
        b, a = acct(v, r.choice(["BRI", "Mandiri", "BTN", "BNI", "Bank Nagari"]))
        return [opener(r), "Saya ", nm(p), ", pensiunan guru SD, NIP ", (v.nip(p), "NIP"), ", ",
                ttl(v, p, r), ". Pensiun TMT ", v.nondob(v.date(2012, 2024), r.choice(["long", "dmy-"])),
                " tapi gaji pensiun ke rekening ", b, " ", a, " belum masuk sejak ", n.incident_date(),
                ". Jumlahnya ", n.price(), " per bulan. Nomor HP ", pht(v), ".", closer(r)]
    if f == 1:
        p = v.person(y0=1965, y1=1985)
        wrong = dict(p)
        wrong["dob"] = p["dob"].replace(year=p["dob"].year + 1)
        return [opener(r), "Klaim JHT saya sebesar ", n.price(), " ditolak karena tanggal lahir di data BPJS TK tertulis ",
                dobt(v, wrong, "dmy/"), " padahal di KTP ", dobt(v, p, "dmy/"), ". Identitas: ", nm(p),
                ", NIK ", nikt(v, p), ", email ", emt(v, p), ". Resign dari perusahaan tanggal ",
                v.nondob(v.date(2023, 2024), "dmy/"), ". Nomor tiket ", n.ticket(), ".", closer(r)]
    if f == 2:  # widow's pension
        dad, mom, _ = family(v, r, 0)
        dad["dob"] = v.date(1945, 1958)
        mom["dob"] = v.date(1950, 1962)
        return [opener(r), "Suami saya almarhum ", nm(dad), ", pensiunan PNS (NIP ", (v.nip(dad), "NIP"),
                "), meninggal ", n.incident_date(), ". Saya istrinya, ", nm(mom), ", lahir ",
                dobt(v, mom), ", sudah serahkan akta kematian dan KK (", kkt(v, dad),
                ") tapi pensiun janda belum diproses. Rumah kami di ", adt(r), ", ", area(r, dad["city"]),
                ". Saya sudah %d tahun, tidak kuat antre." % (2025 - mom["dob"].year), closer(r)]
    p = v.person(sex="P", y0=1955, y1=1963)
    b, a = acct(v, "BRI")
    return ["Pak, ibu saya ", nm(p, rcase(r, .3, .2)), " (", r.choice(["DOB", "tgl lahir", "lahir"]), " ",
            dobt(v, p, r.choice(["short", "eng", "long"])), ") pensiunan Taspen. Otentikasi wajah gagal, dana ",
            n.price(), " ke rek BRI ", a, " diblokir. Saya anaknya, ", nm(v.person()), ", WA ", pht(v),
            ". CS di ", n.hotline(), " suruh datang langsung padahal beliau stroke.", closer(r)]


def st_imigrasi(r, v, n, pii):
    if not pii:
        return r.choice([
            lambda: [opener(r), "Kuota M-Paspor di Kantor Imigrasi Kelas I TPI (", r.choice(HERO_STREETS), " No. ",
                     str(r.randint(1, 80)), ") selalu habis dalam 2 menit setiap ", n.time(), ". Calo di depan kantor minta ",
                     n.price(), ". Ini melanggar ", n.regulation(), ". Sudah lapor via ", n.inst_account(),
                     ", tiket ", n.ticket(), ".", closer(r)],
            lambda: ["Permohonan paspor elektronik tanggal ", n.incident_date(), " belum jadi, padahal janji 4 hari kerja. ",
                     "Biaya sudah dibayar ", n.price(), " lewat kode billing ", n.kode_billing(), ". Email ke ",
                     n.inst_email(), " tidak dibalas.", closer(r)],
            lambda: [opener(r), "Please help. Our tour group of 23 people (ages 19–71) was held at the airport gate for 3 hours on ",
                     n.incident_date(), ". No explanation. Immigration hotline ", n.hotline(), " did not pick up. ",
                     "Reference ", n.ticket(), ".", closer(r)],
        ])()
    f = r.randint(0, 3)
    if f == 0:
        p = v.person()
        return [opener(r), "Paspor saya nomor ", (v.passport(), "PASSPORT"), " habis berlaku ",
                n.incident_date(), ". Saat perpanjang, data tanggal lahir di SIMKIM tertulis beda dengan KTP (",
                dobt(v, p, "dmy-"), "). Nama: ", nm(p, rcase(r, 0, .3)), ", NIK ", nikt(v, p), ", email ", emt(v, p),
                ". Jadwal wawancara ", n.incident_date(), " ", n.time(), ".", closer(r)]
    if f == 1:
        dad, mom, kids = family(v, r, 2)
        rows = []
        for k in kids:
            rows += ["- ", nm(k, part="first"), ", paspor ", (v.passport(), "PASSPORT"), ", DOB ",
                     dobt(v, k, r.choice(["eng", "dmy/", "mon3en"])), "\n"]
        return [opener(r), "Kami sekeluarga ditolak boarding karena paspor anak dianggap rusak.\n", rows,
                "Orang tua: ", nm(dad), " (", (v.passport(), "PASSPORT"), ") dan ", nm(mom), " (",
                (v.passport(), "PASSPORT"), "). Penerbangan ", n.incident_date(), " ", n.time(),
                ". Kontak ", pht(v, r.choice(["+62dash", "+62", "(+62)"])), ".", closer(r)]
    if f == 2:  # PMI
        sis = v.person(sex="P", y0=1995, y1=2003)
        agent = v.person(sex="L")
        return [opener(r), "Adik saya ", nm(sis), ", lahir ", dobt(v, sis), ", berangkat jadi PMI ke Malaysia tapi paspornya (",
                (v.passport(), "PASSPORT"), ") ditahan agen. Agennya bernama ", nm(agent),
                ", WA ", pht(v), ", kantornya tidak jelas. Kami tinggal di ", adt(r), ", ", area(r, sis["city"]),
                ". Mohon dibantu BP2MI.", closer(r)]
    p = v.person()
    return [r.choice(["Re: ", "Fwd: ", ""]), "Applicant ", nm(p, "upper"), ", passport ", (v.passport(), "PASSPORT"),
            ", date of birth ", dobt(v, p, r.choice(["eng", "mon3en", "dmy/"])),
            ". My visa-on-arrival payment (", n.price(), ") was charged twice on ", n.incident_date(),
            ". Contact: ", emt(v, p), " / ", pht(v, "+62"), ".", closer(r)]


def st_pajak(r, v, n, pii):
    if not pii:
        return r.choice([
            lambda: [opener(r), "Coretax error sejak 1 Januari 2025, tidak bisa buat bukti potong. Kode billing ",
                     n.kode_billing(), " gagal dibayar di 3 bank. Kring Pajak ", n.hotline(), " antre 40 menit. ",
                     "Ketentuan ", n.regulation(), " mewajibkan NIK sebagai NPWP, tapi pemadanan masih gagal.", closer(r)],
            lambda: ["KPP Pratama di ", r.choice(HERO_STREETS), " No. ", str(r.randint(10, 99)),
                     " menolak SPT manual padahal server DJP down tanggal ", n.incident_date(), ". Denda keterlambatan ",
                     n.price(), " tidak adil. Sudah mention ", n.inst_account(), " dan kirim ke ", n.inst_email(), ".", closer(r)],
            lambda: [opener(r), "PBB 2024 naik 300% untuk 140 bidang tanah di desa kami tanpa sosialisasi. ",
                     "Tagihan rata-rata dari ", n.price(), " jadi ", n.price(), ". Surat keberatan nomor ", n.letter_no(),
                     " belum dijawab.", closer(r)],
        ])()
    f = r.randint(0, 3)
    if f == 0:
        p = v.person()
        return [opener(r), "NPWP saya ", (v.npwp(p, "old"), "NPWP"), " atas nama ", nm(p),
                " tidak bisa dipadankan dengan NIK ", nikt(v, p), ". Di Coretax tanggal lahir tertulis ",
                dobt(v, p), ". Alamat terdaftar ", adt(r), ", ", area(r, p["city"]),
                ". Kode billing ", n.kode_billing(), " sudah dibayar tapi status belum lunas.", closer(r)]
    if f == 1:
        p = v.person()
        return [opener(r), "Saya dapat SP2DK tahun pajak 2022, padahal sudah lapor. NPWP 16 digit saya (= NIK): ",
                (v.npwp(p, "nik"), "NPWP"), ". Nama ", nm(p), ", ", ttl(v, p, r), ". Petugas AR bernama ",
                nm(v.person()), " minta ketemu di luar kantor. HP beliau ", pht(v), ".", closer(r)]
    if f == 2:  # CSV
        rows = ["no;nama;npwp;tgl_lahir;status\n"]
        for i in range(r.randint(3, 4)):
            p = v.person()
            rows += ["%d;" % (i + 1), nm(p, rcase(r, .1, .4)), ";", (v.npwp(p), "NPWP"), ";",
                     dobt(v, p, r.choice(["dmy/", "iso", "dmy-"])), ";", r.choice(["gagal validasi", "ok", "NIK tidak padan"]), "\n"]
        return ["Lampiran pengaduan bukti potong PPh 21 (UMKM, 2024):\n", rows,
                "Semua sudah diinput ", n.incident_date(), ", tapi Coretax menolak. Kontak bendahara: ",
                emt(v), ".", closer(r)]
    p = v.person()
    b, a = acct(v, r.choice(["BCA", "Mandiri", "BNI"]))
    return [opener(r), "Restitusi PPh saya ", n.price(), " belum cair 8 bulan. Wajib pajak: ", nm(p, "upper"),
            ", NPWP ", (v.npwp(p, r.choice(["plain15", "zero16", "old"])), "NPWP"), ", rekening ", b, " ", a,
            ". Sudah ke KPP tanggal ", n.incident_date(), ", nomor tiket ", n.ticket(), ".", closer(r)]


def st_desa(r, v, n, pii):
    if not pii:
        return r.choice([
            lambda: [opener(r), "Dana desa 2024 sebesar Rp1,2 miliar tapi jalan di Dusun ", r.choice(DUSUN),
                     " RT 04 masih tanah. Kepala desa bilang anggaran habis untuk gapura. ", n.regulation(),
                     " mewajibkan musdes terbuka. 240 KK di dusun ini tidak pernah diundang.", closer(r)],
            lambda: ["BLT-DD ", n.price(), " per bulan tidak disalurkan ke warga RT 05 sejak ",
                     n.incident_date(), ". Pak Kades dan Carik tidak bisa ditemui. Laporan ", n.ticket(),
                     " status ", q(r, "diteruskan"), " saja.", closer(r)],
            lambda: [opener(r), "Balai desa di ", r.choice(HERO_STREETS), " km ", str(r.randint(2, 40)),
                     " tutup setiap hari Jumat. Surat pengantar dipungut ", n.price(), " padahal Perbup bilang gratis. ",
                     "Ada 1.120 warga usia 17 tahun ke atas yang belum rekam KTP.", closer(r)],
        ])()
    f = r.randint(0, 3)
    if f == 0:
        kades = v.person(sex=r.choice(["L", "P"]))
        rep = v.person()
        return [opener(r), "Kepala Desa ", nm(kades), " tidak menyalurkan BLT-DD ", n.price(),
                " ke 37 KPM. Saya ", nm(rep), ", warga ", adt(r, r.choice(["dusun", "kp", "jorong", "banjar", "huta"])),
                ", ", area(r, rep["city"]), ". Nama saya dicoret padahal saya janda usia 63 tahun (",
                ttl(v, rep, r), "). NIK ", nikt(v, rep), ".", closer(r)]
    if f == 1:
        kaur = v.person()
        sek = v.person(y0=1975, y1=1992)
        return [opener(r), "Kaur Keuangan ", nm(kaur, part="first"), " (HP ", pht(v), ") memungut ", n.price(),
                " untuk surat keterangan tidak mampu. Sekdes ", nm(sek), ", NIP ", (v.nip(sek), "NIP"),
                ", membiarkan. Kejadian ", n.incident_date(), " ", n.time(), " di balai desa.", closer(r)]
    if f == 2:
        rows = []
        for i in range(r.randint(3, 5)):
            p = v.person(y0=1940, y1=1960)
            rows += ["%d) " % (i + 1), nm(p, rcase(r, .25, .25)), r.choice([" (NIK ", ", NIK: "]), nikt(v, p),
                     r.choice([", lahir ", ", lhr "]), dobt(v, p, r.choice(["dmy-", "dmy/", "short", "yy"])), ")\n"]
        return ["Nama-nama lansia yang dicoret dari daftar BLT oleh perangkat desa:\n", rows,
                "Semua usia di atas 65 tahun. Musdes tanggal ", n.incident_date(), " tidak pernah diumumkan.", closer(r)]
    carik = v.person(sex="L")
    rep = v.person()
    return [opener(r), r.choice(["Pak Carik ", "Sekdes ", "pak carik "]), nm(carik, rcase(r, .3, 0), part="first"),
            " menjual tanah kas desa ke pengembang. Saya ", nm(rep), ", rumah saya persis di sebelahnya, ",
            adt(r, r.choice(["gg", "jl", "dusun", "lr"])), ", ", area(r, rep["city"]), ". WA ", pht(v),
            ". Truk pengembang nopol ", (v.plate(), "PLATE"), " keluar masuk tiap malam.", closer(r)]


def st_hukum(r, v, n, pii):
    if not pii:
        return r.choice([
            lambda: ["Perihal: Pengaduan Penundaan Sidang\n\nDengan hormat,\nKami selaku kuasa hukum Penggugat dalam perkara Nomor ",
                     n.case_no(), " (identitas klien kami rahasiakan atas permintaannya) menyampaikan bahwa sidang telah ditunda 7 kali sejak ",
                     n.incident_date(), " tanpa alasan yang sah. Hal ini bertentangan dengan asas peradilan cepat dan biaya ringan dalam ",
                     n.regulation(), ". Kami mohon Badan Pengawasan MA menindaklanjuti.\n\nHormat kami,\nLBH ",
                     r.choice(["Keadilan Rakyat", "Nusa Bakti", "Pelita Hukum"])],
            lambda: [opener(r), "Bantuan hukum cuma-cuma (", n.regulation(), ") untuk 12 warga miskin di kecamatan kami ditolak Pos Bantuan Hukum ",
                     "Pengadilan Negeri di ", r.choice(HERO_STREETS), " No. ", str(r.randint(1, 99)), ". Alasannya kuota habis ",
                     "per ", n.incident_date(), ". Nomor register ", n.case_no(), ".", closer(r)],
            lambda: ["Kepada Yth. Ketua Ombudsman RI Perwakilan\nTembusan: ", n.inst_account(),
                     "\n\nSalinan putusan perkara ", n.case_no(), " yang diputus ", n.incident_date(),
                     " belum diberikan walau biaya ", n.price(), " sudah dibayar. Pasal 52 ayat (2) UU Peradilan Umum mewajibkan itu.",
                     "\n\nKuasa Hukum Tergugat"],
        ])()
    f = r.randint(0, 2)
    lawyer = v.person()
    client = v.person(sex="P" if f == 1 else None)
    if f == 0:
        oppo = v.person()
        return ["Kepada Yth.\nKepala Kepolisian Resor\ndi Tempat\n\nPerihal: Pengaduan Dugaan Penipuan (", n.regulation(), ")\n\n",
                "Dengan hormat,\nYang bertanda tangan di bawah ini, ", nm(lawyer), ", S.H., M.H., Advokat, berkantor di ",
                adt(r, "jl"), ", ", area(r, full=False), ", email ", emt(v, lawyer),
                ", berdasarkan Surat Kuasa Khusus tertanggal ", n.incident_date(), " bertindak untuk dan atas nama:\n",
                "Nama : ", nm(client, "upper"), "\n", ttl(v, client, r), "\nNIK : ", nikt(v, client),
                "\nAlamat : ", adt(r), ", ", area(r, client["city"]), "\n",
                "selanjutnya disebut PEMBERI KUASA.\n\nPemberi Kuasa telah menyerahkan uang ", n.price(), " kepada Sdr. ",
                nm(oppo), " (HP ", pht(v), ") pada ", n.incident_date(),
                ", namun sertifikat yang dijanjikan tidak pernah ada.\n\nHormat kami,\nKuasa Hukum"]
    if f == 1:
        return [opener(r), "Kami dari LBH ", r.choice(["Keadilan Rakyat", "Nusa Bakti", "Pelita Hukum"]),
                ", mendampingi klien kami Sdri. ", nm(client, part=None), ", usia 34 tahun (lahir ",
                dobt(v, client), "), korban KDRT. Laporan polisi dibuat ", n.incident_date(),
                " tetapi belum ada SP2HP. Terlapor adalah suaminya, ", nm(v.person(sex="L")),
                ". Penanggung jawab pendampingan: ", nm(lawyer), ", S.H., HP ", pht(v), ".", closer(r)]
    b, a = acct(v)
    return ["Perihal: Permohonan Eksekusi Perkara ", n.case_no(), "\n\nKami, kuasa hukum ", nm(client),
            " (NIK ", nikt(v, client), "), mohon eksekusi putusan yang berkekuatan hukum tetap sejak ",
            n.incident_date(), ". Uang ganti rugi ", n.price(), " wajib ditransfer Termohon ke rekening ", b, " ", a,
            " a.n. ", nm(client), ". Kontak kantor kami: ", nm(lawyer), ", S.H., ", emt(v, lawyer), "."]
# ---------------------------------------------------------------- styles (part B)

def st_disabilitas(r, v, n, pii):
    if not pii:
        return r.choice([
            lambda: [opener(r), "Lift di ", r.choice(HOSPITALS), " rusak sejak ", n.incident_date(),
                     ". Ibu saya usia 78 tahun pakai kursi roda harus digendong ke lantai 3. ", n.regulation(),
                     " mewajibkan akomodasi yang layak. Pengaduan ke ", n.hotline(), " tidak ada tindak lanjut.", closer(r)],
            lambda: ["Transkrip pesan suara: ", q(r, "iya pak, ini bapak saya umurnya delapan puluh dua, dari jam tujuh pagi antre di loket lansia, "
                                                    "sampai jam dua belas belum dipanggil, loketnya cuma satu"),
                     ". Kejadian ", n.incident_date(), " di Puskesmas ", r.choice(["Kraton", "Mlati II", "Tamalanrea"]), ".", closer(r)],
            lambda: [opener(r), "Bantuan ATENSI untuk 58 penyandang disabilitas netra di kabupaten kami dipotong ",
                     n.price(), " per orang oleh pendamping. Nomor laporan ", n.ticket(),
                     ". Halte bus di ", r.choice(HERO_STREETS), " juga tanpa guiding block.", closer(r)],
        ])()
    f = r.randint(0, 3)
    if f == 0:
        rep = v.person()
        mom = v.person(sex="P", y0=1935, y1=1950)
        return [opener(r), "Saya ", nm(rep), ", anak dari ", nm(mom, rcase(r, .1, .2)), " (lansia, usia ",
                str(2025 - mom["dob"].year), " tahun, lahir ", dobt(v, mom), "). Kartu BPJS ibu saya ",
                (v.bpjs(), "BPJS"), " dinonaktifkan sejak ", n.incident_date(),
                " padahal beliau penerima PBI dan lumpuh. Kami tinggal di ", adt(r), ", ", area(r, mom["city"]),
                ". HP ", pht(v), ".", closer(r)]
    if f == 1:
        bro = v.person(y0=1985, y1=2002)
        rep = v.person()
        return [opener(r), "Adik saya ", nm(bro), " penyandang disabilitas netra, NIK ", nikt(v, bro),
                ", tidak lagi menerima bansos sejak ", n.incident_date(), ". Kata pendamping PKH, datanya ",
                q(r, "sudah padan"), ". Saya kakaknya, ", nm(rep), ", WA ", pht(v), ", email ", emt(v, rep), ".", closer(r)]
    if f == 2:  # voice-note transcript with DOB in words
        gm = v.person(y0=1936, y1=1952)
        rep = v.person()
        return ["[Transkrip voice note WA, ", n.time(), "]\n",
                q(r, "") [:1], "Assalamualaikum, saya ", nm(rep, "lower"), ", cucunya mbah ", nm(gm, "lower", "first"),
                ". Mbah saya itu lahirnya tanggal ", dobt(v, gm, r.choice(["words", "wordstahun"])),
                ", tapi di kartu BPJS-nya ditulis lain, jadi waktu mau operasi katarak ditolak. Nomor kartunya ",
                (v.bpjs(), "BPJS"), ". Kalau mau telepon balik ke nomor saya ", pht(v, "plain"), " ya pak, makasih",
                "”" if r.random() < 0.5 else "."]
    rep = v.person()
    gp = v.person(sex="L", y0=1938, y1=1950)
    return [opener(r), "Kakek saya ", nm(gp), " (", ttl(v, gp, r, caps=r.random() < 0.3),
            ") tinggal sendiri di ", adt(r), ". Beliau sudah pikun dan tidak ada petugas Dinsos yang datang sejak ",
            n.incident_date(), ". Saya cucu, ", nm(rep), ", kerja di Batam, hanya bisa dihubungi lewat ",
            pht(v), ".", closer(r)]


def st_bencana(r, v, n, pii):
    if not pii:
        return r.choice([
            lambda: ["Banjir ", n.incident_date(), ": 2.350 KK terdampak, 140 jiwa mengungsi ke masjid di ",
                     r.choice(HERO_STREETS), ". Logistik BPBD baru datang H+3. Posko: ", n.hotline(), ", ",
                     n.inst_email(), ". Mohon tambahan selimut dan susu balita (47 balita, 12 lansia).", closer(r)],
            lambda: [opener(r), "Dana stimulan rumah rusak berat ", n.price(), " belum cair untuk 86 rumah di RT 04 dan RT 07 ",
                     "pascagempa ", n.incident_date(), ". SK Bupati nomor ", n.letter_no(), " sudah terbit. ",
                     "Mohon BNPB (", n.inst_account(), ") turun tangan.", closer(r)],
            lambda: ["Pengungsi erupsi di posko SD Negeri 2 (", n.npsn(), ") berjumlah 312 orang, tapi air bersih cuma 2 tangki per hari. ",
                     "Jalan evakuasi km ", str(r.randint(3, 40)), " tertutup material sejak ", n.time(), ".", closer(r)],
        ])()
    f = r.randint(0, 2)
    if f == 0:
        head = "No | Nama | L/P | Tgl Lahir | NIK | Ket\n"
        rows = [r.choice(["DATA PENGUNGSI POSKO ", "Daftar pengungsi posko "]), r.choice(["Balai Desa", "GOR", "Masjid Raya"]),
                " (update ", n.incident_date(), ")\n", head]
        dad, mom, kids = family(v, r, r.randint(1, 3))
        extra = [v.person(y0=1940, y1=1960) for _ in range(r.randint(1, 2))]
        for i, p in enumerate([dad, mom] + kids + extra):
            rows += ["%d | " % (i + 1), nm(p, rcase(r, .1, .5)), " | ", p["sex"], " | ",
                     dobt(v, p, r.choice(["dmy-", "dmy/", "dmy."])), " | "]
            rows += [nikt(v, p, "plain") if r.random() < 0.75 else "-", " | ",
                     r.choice(["luka ringan", "-", "lansia", "butuh obat", "ibu hamil", "hilang KK"]), "\n"]
        return [rows, "Total 2.350 KK terdampak di kecamatan. Koordinator posko: ", nm(v.person()), " ", pht(v), "."]
    if f == 1:
        p = v.person()
        return [opener(r), "Rumah saya di ", adt(r), ", ", area(r, p["city"]), " rusak berat akibat gempa ",
                n.incident_date(), ". Sudah didata tim ", q(r, "Rehab-Rekon"), " tapi nama saya tidak keluar di SK. Saya ",
                nm(p), ", NIK ", nikt(v, p), ", No. KK ", kkt(v, p), ", HP ", pht(v), ". Tetangga yang rumahnya cuma ",
                "retak malah dapat ", n.price(), ".", closer(r)]
    rows = ["Nama pengungsi dari distrik yang belum terdata di posko ", r.choice(["Wamena", "Nabire", "Timika"]), ":\n"]
    for _ in range(r.randint(3, 5)):
        p = v.person("papua", y0=1950, y1=2018)
        rows += ["- ", nm(p, rcase(r, .1, .2)), ", umur ", str(2025 - p["dob"].year), " tahun",
                 (", lahir " if r.random() < 0.5 else ", tgl lahir "), dobt(v, p, r.choice(["dmy-", "long", "d-m-yyyy"])), "\n"]
    return [rows, "Sa pu mama juga belum dapat beras. Tolong dong. Kontak gereja: ", pht(v), "."]


def st_kampus(r, v, n, pii):
    if not pii:
        return r.choice([
            lambda: [opener(r), "Kuota KIP Kuliah 2024 di kampus kami cuma 350 dari 2.900 pendaftar. ",
                     n.regulation(), " mengatur prioritas DTKS, tapi banyak penerima yang orang tuanya punya mobil. ",
                     "Pengaduan ke ", n.inst_email(), " tanggal ", n.incident_date(), " belum dijawab.", closer(r)],
            lambda: ["UKT golongan 5 naik dari ", n.price(), " ke ", n.price(), " tanpa banding. Gedung rektorat di ",
                     r.choice(HERO_STREETS), " No. ", str(r.randint(1, 90)), " dijaga satpam tiap ada audiensi. ",
                     "Sudah tag ", n.inst_account(), ". Tiket ", n.ticket(), ".", closer(r)],
            lambda: [opener(r), "Dana hidup KIP-K semester ganjil belum masuk per ", n.incident_date(), ". 212 mahasiswa angkatan 2022 ",
                     "terpaksa pinjam. Kata bagian kemahasiswaan, SK pencairan nomor ", n.letter_no(), " masih di pusat.", closer(r)],
        ])()
    f = r.randint(0, 3)
    if f == 0:
        p = v.person(y0=2002, y1=2006)
        b, a = acct(v, r.choice(["BNI", "BSI", "BRI", "Mandiri"]))
        return [opener(r), "Saya ", nm(p), ", mahasiswa semester 3 penerima KIP Kuliah. Dana hidup ",
                n.price(), " tidak masuk ke rekening ", b, " saya ", a, ". NIK ", nikt(v, p), ", ", ttl(v, p, r),
                ", email kampus ", emt(v, p, r.choice(["student.unhas.ac.id", "mhs.unimed.ac.id", "students.undip.ac.id",
                                                       "webmail.uad.ac.id"])), ".", closer(r)]
    if f == 1:
        dad, mom, kids = family(v, r, 1)
        kid = kids[0]
        kid["dob"] = v.date(2005, 2007)
        return [opener(r), "Anak saya ", nm(kid), " (lahir ", dobt(v, kid), ") lolos SNBP tapi KIP Kuliah ditolak karena ",
                "penghasilan saya dianggap tinggi. Saya ", nm(dad), ", buruh harian, No. KK ", kkt(v, dad),
                ". Data DTKS kami dicek tanggal ", n.incident_date(), ". Rumah kami ", adt(r), ". Telp ", pht(v), ".", closer(r)]
    if f == 2:
        dosen = v.person(y0=1968, y1=1988)
        rep = v.person(y0=2002, y1=2005)
        return [opener(r), "Oknum dosen ", nm(dosen), " (NIP ", (v.nip(dosen), "NIP"), ") meminta ", n.price(),
                " agar nama mahasiswa masuk daftar penerima KIP-K. Bukti chat ada. Saya pelapor, ", nm(rep, rcase(r, .3, 0)),
                ", IG ", hdt(v, rep), ", takut diancam nilai E.", closer(r)]
    p = v.person(y0=2003, y1=2006)
    return ["Halo kak admin, aku ", nm(p, "lower", "first"), " maba 2024 🙏 KIP-K aku statusnya ", q(r, "ditangguhkan"),
            " padahal berkas lengkap. nik ", nikt(v, p, "plain"), ", tgl lahir ", dobt(v, p, r.choice(["d/m/yy", "dmy/"])),
            ". wa aku ", pht(v, r.choice(["plain", "62"])), " 😭"]


def st_kua(r, v, n, pii):
    if not pii:
        return r.choice([
            lambda: [opener(r), "Biaya nikah di luar kantor KUA resminya ", n.price(), " (PNBP), tapi kami diminta tambahan untuk ",
                     q(r, "uang transport penghulu"), ". KUA-nya di ", r.choice(HERO_STREETS), " No. ", str(r.randint(1, 60)),
                     ". Kejadian ", n.incident_date(), ". Sesuai ", n.regulation(), " tidak boleh ada pungutan lain.", closer(r)],
            lambda: ["BPIH 2024 rata-rata ", n.price(), ", kuota 241.000 jemaah. Orang tua kami yang daftar tahun 2012 diberi tahu ",
                     "berangkat 2031, usia mereka nanti 79 tahun. Mohon prioritas lansia. Info: ", n.inst_account(), ".", closer(r)],
            lambda: [opener(r), "Bimbingan perkawinan di KUA kecamatan kami dijadwalkan ", n.incident_date(), " ", n.time(),
                     " tapi dibatalkan mendadak. 27 pasangan sudah datang. Surat nomor ", n.letter_no(), ".", closer(r)],
        ])()
    f = r.randint(0, 2)
    if f == 0:
        g = r.choice(MUSLIM)
        groom = v.person(g, "L", 1994, 2001)
        bride = v.person(g, "P", 1996, 2003)
        gf = v.person(g, "L")["name"].split(" bin ")[0]
        bf = v.person(g, "L")["name"].split(" bin ")[0]
        groom["name"] = groom["name"].split(" bin ")[0] + " bin " + gf
        bride["name"] = bride["name"].split(" binti ")[0] + " binti " + bf
        return [opener(r), "Kami mendaftar nikah di KUA tanggal ", v.nondob(v.date(2024, 2024)), ". Calon suami ", nm(groom), " (lahir ",
                dobt(v, groom), ", NIK ", nikt(v, groom), ") dan calon istri ", nm(bride), " (lahir ", dobt(v, bride),
                "). Berkas ditolak karena tanggal lahir calon istri di N1 tidak sama dengan di ijazah. Akad direncanakan ",
                v.nondob(v.date(2025, 2026)), ". Mohon solusi. Kontak: ", pht(v), ".", closer(r)]
    if f == 1:
        p = v.person(r.choice(MUSLIM), None, 1945, 1958)
        rep = v.person()
        return [opener(r), "Orang tua saya ", nm(p), " (", ttl(v, p, r), ", usia ", str(2025 - p["dob"].year),
                " tahun) sudah daftar haji sejak 2012 dan lunas. Paspor haji ", (v.passport(), "PASSPORT"),
                " sudah jadi, tapi nama tidak muncul di daftar berangkat tahun ini. Saya ", nm(rep), ", email ",
                emt(v, rep), ".", closer(r)]
    bride = v.person(r.choice(MUSLIM), "P", 1990, 2000)
    return ["[Transkrip voice note]\n", q(r, "") [:1], "pak, saya ", nm(bride, "lower"), ", lahirnya ",
            dobt(v, bride, r.choice(["words", "wordstahun"])), ", mau tanya buku nikah saya kok belum jadi, akadnya sudah tanggal ",
            v.nondob(v.date(2024, 2025), "lowlong"), ", suami saya ", nm(v.person(r.choice(MUSLIM), "L"), "lower"),
            ", nomor saya ", pht(v, "sp"), ", makasih pak", "”" if r.random() < 0.5 else "."]


def st_keuangan(r, v, n, pii):
    if not pii:
        return r.choice([
            lambda: [opener(r), "ATM di ", r.choice(HERO_STREETS), " tidak mengeluarkan uang ", n.price(),
                     " tapi saldo terpotong, ", n.incident_date(), " ", n.time(), ". Call center ", n.hotline(),
                     " cuma minta tunggu 14 hari kerja. Nomor komplain ", n.ticket(), ".", closer(r)],
            lambda: ["Pinjol ilegal makin marak. Iklannya muncul tiap hari di TikTok, bunga 3% per hari. ",
                     n.regulation(), " sudah ada tapi penindakan lemah. Sudah lapor ke ", n.inst_email(), " dan ",
                     n.inst_account(), ". Mohon Satgas PASTI bertindak.", closer(r)],
            lambda: [opener(r), "Sinyal hilang total di 3 desa sejak tower BTS di km ", str(r.randint(5, 60)),
                     " rusak ", n.incident_date(), ". Operator bilang perbaikan ", q(r, "dalam antrean"),
                     ". Tiket ", n.ticket16(), ".", closer(r)],
        ])()
    f = r.randint(0, 3)
    if f == 0:
        p = v.person()
        dc = v.person(sex="L")
        b, a = acct(v, r.choice(["BCA", "BRI", "Mandiri"]))
        return [opener(r), "Saya diteror debt collector pinjol bernama ", nm(dc, part=r.choice([None, "first"])),
                " dari nomor ", pht(v), " dan ", pht(v), ". Data KTP saya (", nm(p), ", NIK ", nikt(v, p),
                ") disebar ke kontak. Pinjaman awal ", n.price(), " ditransfer ke rekening ", b, " ", a,
                " tanggal ", n.incident_date(), ". Sudah lapor OJK ", n.hotline(), ".", closer(r)]
    if f == 1:
        p = v.person()
        return [opener(r), "Nomor saya ", pht(v, r.choice(["dash", "plain", "sp"])), " diblokir karena NIK saya ",
                nikt(v, p), " dan KK ", kkt(v, p), " dipakai registrasi 40 kartu prabayar. Nama: ", nm(p),
                ", lahir ", dobt(v, p), ". Gerai operator di ", r.choice(HERO_STREETS), " menolak membantu.", closer(r)]
    if f == 2:
        p = v.person()
        b, a = acct(v, "BRI")
        return [opener(r), "Saldo rekening BRI saya ", a, " a.n. ", nm(p, rcase(r, 0, .4)), " berkurang ",
                n.price(), " lewat transaksi QRIS yang tidak saya lakukan (", n.incident_date(), " ", n.time(),
                "). Email notifikasi masuk ke ", emt(v, p), " tapi HP ", pht(v), " tidak dapat OTP.", closer(r)]
    p = v.person()
    mule = v.person()
    return ["Fwd dari pengaduan konsumen: ", q(r, "Saya tertipu jual beli online " + n.price() + "."),
            " Penjual mengaku ", nm(mule), ", rekening ", acct(v, "BNI")[1], ", akun ", hdt(v, mule),
            ". Pelapor: ", nm(p), ", ", pht(v), ". Kurir datang pakai motor ", (v.plate(), "PLATE"), "."]
# ---------------------------------------------------------------- styles (part C)

def st_tulisan(r, v, n, pii):
    sp = lambda: " " * r.randint(1, 4)
    if not pii:
        return r.choice([
            lambda: ["Kepada Yth.\nBapak" + sp() + "Bupati\ndi -\n" + " " * 6 + "Tempat\n\nDengan hormat,\nKami warga yang tinggal di sekitar ",
                     "jembatan gantung km ", str(r.randint(2, 30)), " menyampaikan bahwa jembatan\ntersebut putus sejak ",
                     n.incident_date(), ".  Anak  sekolah (", str(r.randint(40, 120)), " orang)\nharus menyeberang sungai. ",
                     "[tidak terbaca] sudah kami sampaikan\nke Pak Camat tgl ", n.incident_date(), ".\n\nHormat kami,\nWarga RT 03"],
            lambda: ["Perihal :" + sp() + "Permohonan  Perbaikan  Irigasi\n\nDengan hormat,\nSaluran irigasi di ",
                     r.choice(HERO_STREETS), " sepanjang 2 km rusak. Sawah ", str(r.randint(20, 90)),
                     " hektar\ngagal tanam. Biaya swadaya ", n.price(), " tidak cukup.\n(surat ini ditulis tangan, difoto, dikirim via WA)\n\n",
                     n.incident_date()],
        ])()
    p = v.person()
    f = r.randint(0, 2)
    addr_v = address(r, r.choice(["jl", "jlgg", "gg", "dusun", "kp"]))
    if r.random() < 0.5 and " RT" in addr_v:
        i = addr_v.index(" RT")
        addr_v = addr_v[:i].rstrip(",") + "\n" + addr_v[i + 1:]
    dob = (v.dob(p["dob"], "dmy-").replace("-", " - ") if r.random() < 0.4 else v.dob(p["dob"]), "DATE_OF_BIRTH")
    if f == 0:
        return ["Kepada Yth.\nBapak/Ibu Kepala Dinas\ndi" + sp() + "Tempat\n\nSaya" + sp() + "yang bertanda tangan\ndi bawah ini :\n",
                "Nama" + sp() + ":" + sp(), nm(p, "upper"), "\nTempat/Tgl Lahir : ", p["city"], " /" + sp(), dob,
                "\nNIK" + sp() + ": ", nikt(v, p, r.choice(["sp", "plain"])), "\nAlamat" + sp() + ": ", (addr_v, "ADDRESS"), "\n",
                area(r, p["city"], False), "\nNo. HP : ", pht(v, r.choice(["dash", "sp", "plain"])),
                "\n\nmenyampaikan bahwa  bantuan  sembako  untuk\nkeluarga saya  tidak diberikan sejak ", n.incident_date(),
                ".\n\n", p["city"], ", ", n.incident_date(), "\nHormat saya,\n(ttd)\n", nm(p)]
    if f == 1:
        nb = v.person()
        return ["Perihal : pengaduan\n\nSaya  ", nm(p), " umur ", str(2025 - p["dob"].year), " thn, lahir\n", dob,
                ", rumah di ", (addr_v, "ADDRESS"), ".\nTetangga saya  ", nm(nb, part="first"),
                "  membangun tembok di atas\nselokan sehingga  rumah saya  banjir. Sudah  lapor\nke Pak RT tgl ",
                n.incident_date(), " tapi tidak ada hasil.\n\nTtd,\n", nm(p, part="first")]
    kid = v.person(y0=2008, y1=2015)
    return ["Yth.  Bapak Kepala Sekolah\n\nSaya orang tua dari ", nm(kid), "\n(lahir ", dobt(v, kid, "long"),
            ")  mohon keringanan biaya\nseragam ", n.price(), ".  Saya  buruh tani.\nNIK saya : ", nikt(v, p),
            "\nHP :  ", pht(v), "\n\nHormat saya\n", nm(p, "upper")]


def st_sosmed(r, v, n, pii):
    if not pii:
        return r.choice([
            lambda: [n.inst_account(), " min udah 3x lapor, tiket ", n.ticket(), " gak ada respon 😡 jalan di ",
                     r.choice(HERO_STREETS), " km ", str(r.randint(1, 20)), " bolong2, motor jatoh tiap malem #SP4NLAPOR"],
            lambda: ["Quote-post: ", q(r, "Pelayanan KTP sekarang cepat, 1 hari jadi!"), "\n— boong bgt, sy antre dari ",
                     n.time(), " tgl ", n.incident_date(), " blanko kosong 🙃 cc ", n.inst_account()],
            lambda: ["Komentar TikTok: ", q(r, "yg di video itu KUA mana sih? bayar nikah " + n.price() + " katanya gratis 🤔"),
                     " · 2.351 suka · balas ke ", n.inst_account()],
        ])()
    f = r.randint(0, 3)
    if f == 0:
        p = v.person()
        return [n.inst_account(), " min tolong 🙏 KTP ", r.choice(["ibu", "bapak", "nenek"]), " sy ", nm(p, rcase(r, .5, .1)),
                " lahir ", dobt(v, p, r.choice(["dmy/", "d/m/yy", "long"])), " NIK ", nikt(v, p, "plain"),
                " ga bisa aktivasi IKD, udh ke kantor 2x 😭 dm aja ke ", hdt(v), " ya"]
    if f == 1:
        kades = v.person()
        return [hdt(v), " QRT: ", q(r, "Dana desa dipakai beli mobil?"), "\n👉 iya, kades ", nm(kades),
                " yg BLT-nya ga nyampe ke warga 😡 mobil dinasnya ", (v.plate(), "PLATE"), " dipake mudik. cc ", n.inst_account()]
    if f == 2:
        a, b, c = v.person(), v.person(), v.person()
        return ["Komentar IG di postingan ", n.inst_account(), ":\n", hdt(v, a), ": kak aku juga NIK ga padan, atas nama ",
                nm(a, "lower"), " 😭\n", hdt(v, b), ": ", hdt(v, a), " sama kak, pdhl aku lahir ",
                dobt(v, b, r.choice(["d/m/yy", "lowlong", "dmy-"])), " di KTP tulisannya beda\n", hdt(v, c),
                ": dm aku aja, bisa bantu urus 150rb 🙏 wa ", pht(v, r.choice(["plain", "62", "+62"]))]
    p = v.person()
    return ["X: ", q(r, "PSA: akun " + "ini" + " jual data KTP"), " 👉 ", hdt(v), " posting foto KTP a.n. ",
            nm(p, "upper"), ", NIK ", nikt(v, p), ", TTL ", p["city"].upper(), ", ", dobt(v, p, "caps"),
            ". ", n.inst_account(), " tolong takedown!!"]


def st_sms(r, v, n, pii):
    if not pii:
        return r.choice([
            lambda: ["lapor jln rsk dpn SDN 3 RT 04 udh 2thn g dibnrin. tiket ", n.ticket(), " blm ada tndk lnjt. mksh"],
            lambda: ["ykh sms 1708, pungli di loket ktp ", n.price(), " tgl ", n.incident_date(), ". ", str(r.randint(10, 40)),
                     " org antri dr jam 6. tlg ditindak"],
            lambda: ["bls: nik sy udh dicek tp ttp g muncul di dtks. ank sy klhrn 2015, 2018. BLT ", n.price(), " g dpt2. smg cpt dibantu"],
        ])()
    f = r.randint(0, 3)
    p = v.person()
    if f == 0:
        return ["sy ", nm(p, rcase(r, .6, .2)), " mo lapor ktp sy blm jd2 udh 3bln. nik ", nikt(v, p, "plain"),
                " tgl lhr ", dobt(v, p, r.choice(["d/m/yy", "yy", "dmy-", "dmy/"])), ". hub ", pht(v, "plain"), " mksh"]
    if f == 1:
        lurah = v.person(sex="L")
        return ["pk lurah ", nm(lurah, "lower", "first"), " mnt 50rb utk srt ket domisili. sy tgl di ",
                adt(r, r.choice(["gg", "jl", "kp", "dusun"]), True), " ", area(r, full=False).lower(), ". a.n ",
                nm(p, "lower"), " ", pht(v, "plain")]
    if f == 2:
        return ["bpjs sy ", (v.bpjs(), "BPJS"), " g aktif pdhl byr trs. a.n ", nm(p, rcase(r, .5, .2)), " lhr ",
                dobt(v, p, "yy"), ". tlg dibntu, mo brobat"]
    kid = v.person(y0=2010, y1=2016)
    p = v.person(sex="P")
    return ["ank sy ", nm(kid, "lower", "first"), " lhr ", dobt(v, kid, "d/m/yy"), " g bs dftr sklh krn akta ilang. sy ibunya ",
            nm(p, "lower"), ", kk ", kkt(v, p, "plain"), ". mhn bntuan. wa ", pht(v, "plain")]


def st_pendek(r, v, n, pii):
    if not pii:
        return r.choice([
            lambda: ["Tiket ", n.ticket(), " blm direspon 😡"],
            lambda: ["Lampu mati sepanjang ", r.choice(HERO_STREETS), " sejak 3 hari."],
            lambda: ["NIK saya sudah dicek di 3 aplikasi, tetap gagal."],
            lambda: ["Pungli ", n.price(), " di loket KTP, ", n.incident_date(), "."],
            lambda: ["RT 04 banjir lagi, 35 KK mengungsi."],
            lambda: ["Telepon ", n.hotline(), " gak nyambung dari pagi 🙏"],
            lambda: ["Kuota KIP-K cuma 350, ", n.regulation()[:30], "?"],
        ])()
    p = v.person()
    return r.choice([
        lambda: ["NIK ", nikt(v, p, "plain"), " gagal aktivasi IKD. ", nm(p, part="first")],
        lambda: [nm(p, rcase(r, .3, .3), "first"), " ", pht(v), " – KTP blm jadi"],
        lambda: ["KTP sy ", nikt(v, p), " blm jadi 😭"],
        lambda: ["Paspor ", (v.passport(), "PASSPORT"), " a.n. ", nm(p, part="first"), " hilang"],
        lambda: ["lhr ", dobt(v, p, "yy"), ", BPJS ", (v.bpjs(), "BPJS"), " nonaktif"],
        lambda: [hdt(v), " jual data KTP!"],
        lambda: ["Mobil dinas ", (v.plate(), "PLATE"), " parkir di trotoar lagi"],
        lambda: ["email sy ", emt(v, p), " gak dpt OTP"],
        lambda: ["Tgl lahir ", dobt(v, p, "dmy-"), " salah di KK, mohon dibetulkan"],
        lambda: ["rumah sy ", adt(r, "gg", True), " kebanjiran"],
    ])()
# ---------------------------------------------------------------- long multi-paragraph texts

def _np_paras(r, v, n):
    """PII-free paragraphs full of near-misses"""
    return [
        lambda: ["Sebagai informasi, pengaduan serupa sudah kami kirim melalui SP4N-LAPOR! dengan nomor laporan ", n.ticket(),
                 " dan ", n.ticket16(), ", namun statusnya hanya ", q(r, "diteruskan ke instansi berwenang"),
                 ". Kami juga menelepon ", n.hotline(), " pada ", n.incident_date(), " ", n.time(), " dan diminta menunggu."],
        lambda: ["Menurut ", n.regulation(), " dan ", n.regulation(), ", penyelenggara wajib memberi kepastian waktu dan biaya. ",
                 "Faktanya, warga diminta membayar ", n.price(), " sampai ", n.price(), " tanpa kuitansi resmi."],
        lambda: ["Kantor pelayanan yang kami datangi berada di ", r.choice(HERO_STREETS), " No. ", str(r.randint(1, 200)),
                 ", dekat ", r.choice(HOSPITALS), ". Loketnya hanya dua, sementara yang antre setiap pagi lebih dari ",
                 str(r.randint(80, 300)), " orang, banyak di antaranya lansia usia 70 tahun ke atas."],
        lambda: ["Di lingkungan kami (RT 04 dan RT 06) ada ", str(r.randint(120, 400)), " KK, dan sedikitnya ",
                 str(r.randint(20, 90)), " KK mengalami masalah yang sama. Sebagian besar keluarga kelahiran 1960-an ",
                 "yang tidak punya ponsel pintar."],
        lambda: ["Kami sudah menyurati dinas terkait dengan surat nomor ", n.letter_no(), " tertanggal ", n.incident_date(),
                 ", ditembuskan ke ", n.inst_email(), " dan di-mention ke akun resmi ", n.inst_account(),
                 ". Sampai hari ini belum ada jawaban tertulis."],
        lambda: ["Jalan menuju kantor kecamatan rusak parah di km ", str(r.randint(3, 45)), " dan di depan ", n.spbu(),
                 ", sehingga warga dari dusun terjauh harus menyewa ojek ", r.choice(["Rp 80 ribu", "Rp 100 ribu", "Rp 150 ribu", "Rp 75.000"]), " pulang-pergi."],
        lambda: ["Kami tidak meminta perlakuan istimewa. Kami hanya meminta agar pelayanan berjalan sesuai standar, ",
                 "petugas memakai tanda pengenal, dan setiap pungutan disertai dasar hukum serta kuitansi. ",
                 "Anak-anak sekolah di SD Negeri 1 (", n.npsn(), ") juga terdampak karena syarat pendaftaran memerlukan dokumen kependudukan."],
        lambda: ["Kronologinya: pada ", n.incident_date(), " ", n.time(), " warga mulai antre; pada ", n.time(),
                 " petugas mengumumkan sistem ", q(r, "offline"), "; pada ", n.incident_date(),
                 " warga diminta datang lagi. Hal yang sama terulang ", str(r.randint(3, 9)), " kali dalam dua bulan."],
        lambda: ["Seorang warga lansia berusia ", str(r.randint(70, 92)), " tahun sempat pingsan di ruang tunggu dan dibawa ke ",
                 r.choice(HOSPITALS), ". Tidak ada kursi prioritas, tidak ada air minum, dan pendingin ruangan mati sejak tahun 2022."],
        lambda: ["Informasi di papan pengumuman menyebutkan layanan gratis dan selesai dalam 1 hari kerja sesuai ",
                 n.regulation(), ". Namun di loket, petugas meminta ", q(r, "uang administrasi"), " ", n.price(),
                 " per berkas dan menyuruh warga menghubungi ", q(r, "orang dalam"), " di luar kantor."],
        lambda: ["Kami juga mencatat bahwa kendaraan operasional kantor sering dipakai untuk keperluan pribadi pada hari Minggu, ",
                 "termasuk saat acara hajatan di luar kecamatan. Anggaran BBM tahun 2024 tercatat ", n.price(),
                 " dalam APBDes yang ditempel di balai desa."],
        lambda: ["Sebagai pembanding, di kecamatan tetangga layanan yang sama sudah bisa diurus lewat WhatsApp resmi dan ",
                 "selesai dalam 2 hari. Kami berharap praktik baik itu ditiru, bukan malah menambah syarat seperti fotokopi ",
                 "legalisir sebanyak 5 lembar dan materai Rp 10.000."],
    ]


def st_panjang(r, v, n, pii):
    paras_np = _np_paras(r, v, n)
    if not pii:
        out = [r.choice(["Kepada Yth. Ombudsman Republik Indonesia\n\nDengan hormat,\n\n",
                         "Yth. Admin SP4N-LAPOR!\n\n", "Perihal: Pengaduan Pelayanan Publik\n\n"]),
               "Kami, perwakilan warga (identitas kami rahasiakan karena khawatir intimidasi), menyampaikan pengaduan ",
               "atas buruknya pelayanan administrasi di kecamatan kami sejak ", n.incident_date(), ".\n\n"]
        order = list(range(len(paras_np)))
        r.shuffle(order)
        for i in order:
            out += [paras_np[i](), "\n\n"]
            t, _, _ = join(out)
            if len(t) > 2300:
                break
        out += ["Demikian pengaduan ini kami sampaikan. Atas perhatian Bapak/Ibu kami ucapkan terima kasih.\n\nHormat kami,\nPerwakilan warga"]
        return out
    g = r.choice(GROUPS)
    dad, mom, kids = family(v, r, r.randint(2, 3), g)
    rep = r.choice([dad, mom])
    spouse = mom if rep is dad else dad
    kades, staff, driver, inspek = v.person(), v.person(), v.person(sex="L"), v.person(y0=1970, y1=1990)
    w1, w2 = v.person(), v.person()
    gm = v.person(sex="P", y0=1938, y1=1950)
    b, a = acct(v)
    P = []
    P.append(lambda: ["Keluarga saya terdiri dari ", ("suami" if rep is mom else "istri"), " saya ", nm(spouse), " (lahir ",
                      dobt(v, spouse), "), ",
                      [[("anak ke-%d " % (i + 1)), nm(k, part="first"), " (lahir ", dobt(v, k, r.choice(["long", "dmy-", "dmy/"])),
                        "), "] for i, k in enumerate(kids)],
                      "semuanya tercantum dalam KK yang sama. Anak bungsu lahir di ", r.choice(HOSPITALS),
                      " dan aktanya belum terbit, padahal pengajuan dilakukan ", n.incident_date(), "."])
    P.append(lambda: ["Pada ", n.incident_date(), " ", n.time(), ", saya datang ke kantor desa. Saya dilayani oleh Kaur Pemerintahan, Sdr. ",
                      nm(staff), ", yang meminta uang ", n.price(), " ", q(r, "biar cepat"), ". Ketika saya menolak, Kepala Desa ",
                      nm(kades), " ikut keluar dan mengatakan berkas saya ", q(r, "tidak lengkap"), "."])
    P.append(lambda: ["Dua hari kemudian petugas datang ke rumah memakai mobil dinas bernomor polisi ", (v.plate(), "PLATE"),
                      ", disopiri ", nm(driver, part="first"), ". Mereka memotret rumah kami tanpa izin dan memberi tahu tetangga bahwa kami ",
                      q(r, "bukan warga miskin"), "."])
    P.append(lambda: ["Saksi yang melihat kejadian tersebut:\n1. ", nm(w1), ", tetangga saya, tinggal di ", adt(r), ", HP ", pht(v),
                      ";\n2. ", nm(w2), " (IG ", hdt(v, w2), "), yang merekam video dan mengunggahnya."])
    P.append(lambda: ["Karena takut, suami saya sempat mentransfer ", n.price(), " ke rekening ", b, " ", a, " atas nama ",
                      nm(staff), " pada ", n.incident_date(), ". Bukti transfer kami lampirkan."
                      ] if rep is mom else
             ["Karena takut, saya sempat mentransfer ", n.price(), " ke rekening ", b, " ", a, " atas nama ", nm(staff),
              " pada ", n.incident_date(), ". Bukti transfer kami lampirkan."])
    P.append(lambda: ["Saya sudah melapor ke Inspektorat dan diterima oleh ", nm(inspek), ", NIP ", (v.nip(inspek), "NIP"),
                      ", pada ", n.incident_date(), ". Beliau berjanji menindaklanjuti dalam 14 hari kerja, tetapi sampai sekarang belum ada kabar."])
    P.append(lambda: ["Akibat data kami dikeluarkan dari DTKS, kartu BPJS Kesehatan ibu saya, ", nm(gm), " (", ttl(v, gm, r),
                      "), dengan nomor ", (v.bpjs(), "BPJS"), " ikut nonaktif. Beliau penderita diabetes dan harus cuci darah dua kali seminggu."])
    intro = [r.choice(["Kepada Yth. Ombudsman Republik Indonesia Perwakilan\n\nDengan hormat,\n\n", "Yth. Admin SP4N-LAPOR!\n\n",
                       "Perihal: Pengaduan Pungutan Liar dan Penyalahgunaan Wewenang\n\n"]),
             "Saya yang bertanda tangan di bawah ini, ", nm(rep), ", ", ttl(v, rep, r), ", NIK ", nikt(v, rep), ", No. KK ",
             kkt(v, dad), ", beralamat di ", adt(r), ", ", area(r, rep["city"]), ", nomor HP ", pht(v), ", email ", emt(v, rep),
             ", dengan ini menyampaikan pengaduan sebagai berikut.\n\n"]
    closing = ["Demikian pengaduan ini saya sampaikan dengan sebenar-benarnya. Mohon identitas saya dirahasiakan.\n\n",
               r.choice(["Hormat saya,\n", "Salam,\n", "Wassalamualaikum wr. wb.\n"]), nm(rep)]
    order = list(range(len(P)))
    r.shuffle(order)
    npo = list(range(len(paras_np)))
    r.shuffle(npo)
    body = []
    k = 0
    for i in order:
        body += [P[i](), "\n\n"]
        if r.random() < 0.5 and k < len(npo):
            body += [paras_np[npo[k]](), "\n\n"]
            k += 1
        t, _, _ = join([intro, body, closing])
        if len(t) > 2600:
            break
    while len(join([intro, body, closing])[0]) < 2050 and k < len(npo):
        body += [paras_np[npo[k]](), "\n\n"]
        k += 1
    return [intro, body, closing]
# ---------------------------------------------------------------- extra templates (PII and PII-free)

def x_dukcapil_ktp(r, v, n):
    p = v.person()
    iss = v.date(2013, 2023)
    return ["Data di KTP-el saya tidak sama dengan SIAK. Isi KTP (saya ketik ulang):\n",
            "NIK : ", nikt(v, p, "plain", False), "\nNama : ", nm(p, "upper"), "\nTempat/Tgl Lahir : ", p["city"].upper(), ", ",
            dobt(v, p, "dmy-"), "\nJenis Kelamin : ", ("LAKI-LAKI" if p["sex"] == "L" else "PEREMPUAN"),
            "\nAlamat : ", (address(r, r.choice(["jl", "gg", "perum", "jlgg"])).upper(), "ADDRESS"), "\nKel/Desa : ",
            r.choice(KEL).upper(), "\nBerlaku Hingga : SEUMUR HIDUP\n", p["city"].upper(), ", ", iss.strftime("%d-%m-%Y"),
            "\n\nDi SIAK tanggal lahir saya kosong, jadi tidak bisa daftar BPJS.", closer(r)]


def x_dukcapil_chat(r, v, n):
    p = v.person()
    d = v.date(2024, 2025)
    ts = lambda: "[%02d.%02d, %d/%d/%d]" % (r.randint(8, 15), r.randint(0, 59), d.day, d.month, d.year % 100)
    return ["Salinan chat WA layanan Dukcapil:\n", ts(), " Petugas: Silakan kirim NIK, nama, dan tanggal lahir.\n",
            ts(), " Saya: ", nikt(v, p), "\n", ts(), " Saya: ", nm(p, rcase(r, .4, 0)), ", ",
            dobt(v, p, r.choice(["dmy/", "lowlong", "d/m/yy"])), "\n", ts(),
            " Petugas: Data Bapak/Ibu sedang dalam proses konsolidasi, mohon tunggu 14 hari.\n",
            "Sudah 2 bulan begini terus. Nomor WA saya ", pht(v), ".", closer(r)]


def x_dukcapil_pindah(r, v, n):
    dad, mom, kids = family(v, r, r.randint(1, 2))
    rows = []
    for m in [dad, mom] + kids:
        rows += ["• ", nm(m), " — NIK ", nikt(v, m), "\n"]
    return [opener(r), "Kami sekeluarga pindah dari ", dad["city"], " ke ", r.choice(["Batam", "Samarinda", "Kendari", "Sorong"]),
            " tanggal ", n.incident_date(), ". Yang ikut pindah:\n", rows, "Alamat baru: ", adt(r), ". SKPWNI nomor ",
            n.letter_no(), " tapi NIK anak-anak masih ‘tidak aktif’ di sistem sekolah.", closer(r)]


def x_pensiun_calo(r, v, n):
    p = v.person(y0=1966, y1=1980)
    calo = v.person(sex="L")
    return [opener(r), "Saya korban calo JHT. Orang bernama ", nm(calo, part=r.choice([None, "first"])), " (WA ", pht(v),
            ") menawarkan bantuan cairkan JHT dengan fee 10% dari ", n.price(), ". KTP dan buku tabungan saya dibawa, ",
            "dia datang pakai motor ", (v.plate(), "PLATE"), ". Saya ", nm(p), ", NIK ", nikt(v, p), ", ", ttl(v, p, r),
            ". Kejadian ", n.incident_date(), ".", closer(r)]


def x_pensiun_kv(r, v, n):
    p = v.person(y0=1948, y1=1962)
    b, a = acct(v, r.choice(["BRI", "BTN", "Mandiri", "Bank Sumut"]))
    return ["Data pensiunan yang tidak menerima gaji (dikirim anak):\nNama Peserta: ", nm(p, rcase(r, 0, .5)),
            "\nNIP: ", (v.nip(p, "plain"), "NIP"), "\nTgl Lahir: ", dobt(v, p, r.choice(["dmy/", "dmy-", "long"])),
            "\nNo. Rek (", b, "): ", a, "\nTMT Pensiun: ", v.nondob(v.date(2008, 2022), "dmy/"),
            "\nCabang: Taspen KC ", p["city"], "\nKeterangan: otentikasi terakhir ", n.incident_date(), closer(r)]


def x_imigrasi_hilang(r, v, n):
    p = v.person()
    return [opener(r), "Paspor saya hilang di bandara, nomor ", (v.passport(), "PASSPORT"), ". Surat kehilangan polisi nomor ",
            "LP/B/%d/%s/%d/SPKT" % (r.randint(10, 999), r.choice(["III", "IV", "VII", "XI"]), r.randint(2023, 2025)),
            ". Saat ajukan penggantian, saya didenda ", n.price(), ". Nama ", nm(p), ", lahir ", dobt(v, p),
            ", HP ", pht(v), ", email ", emt(v, p), ".", closer(r)]


def x_pajak_npwpfiktif(r, v, n):
    p = v.person()
    hr = v.person(sex="P")
    return [opener(r), "Ada NPWP atas nama saya ", (v.npwp(p, r.choice(["old", "plain15"])), "NPWP"),
            " yang didaftarkan perusahaan tempat saya dulu magang tanpa izin. Bagian HRD, Ibu ", nm(hr, part="first"),
            " (", emt(v, hr, r.choice(["gmail.com", "yahoo.com"])), "), tidak mau menghapus. Saya ", nm(p), ", NIK ", nikt(v, p),
            ", ", ttl(v, p, r), ".", closer(r)]


def x_pajak_pbb(r, v, n):
    p = v.person(y0=1945, y1=1960)
    rep = v.person()
    return [opener(r), "Tagihan PBB rumah almarhum ayah saya, ", nm(p), ", di ", adt(r), ", ", area(r, p["city"]),
            " naik dari ", n.price(), " jadi ", n.price(), ". Beliau lahir ", dobt(v, p),
            " dan pensiunan, harusnya dapat pengurangan lansia. Saya ", nm(rep), ", ", pht(v), ".", closer(r)]


def x_desa_nepotisme(r, v, n):
    kid = v.person(y0=2005, y1=2006)
    a, b = v.person(), v.person()
    return [opener(r), "Seleksi perangkat desa tanggal ", n.incident_date(), " tidak adil. Yang lolos jadi Kasi Pelayanan ",
            "adalah anak Pak Kades, ", nm(kid), ", lahir ", dobt(v, kid, r.choice(["dmy-", "long"])),
            ", belum genap 20 tahun saat mendaftar. ", nm(a, rcase(r, .3, 0)), " dan ", nm(b, rcase(r, .3, 0)),
            " yang nilainya lebih tinggi malah gugur.", closer(r)]


def x_desa_untung(r, v, n):
    rt = v.person("jawa", "L")
    rt["name"] = r.choice(["Untung", "Slamet", "Bejo", "Sabar"])
    rep = v.person()
    return [opener(r), "Ketua RT kami, Pak ", nm(rt), ", bilang bansos beras tidak usah diambil karena ",
            q(r, "sudah dialihkan"), ". Saya ", nm(rep), ", tinggal di ", adt(r, r.choice(["dusun", "kp", "gg"])),
            ". Mohon dicek, 12 karung hilang tanggal ", n.incident_date(), ".", closer(r)]


def x_hukum_kuasa2(r, v, n):
    dad, mom, _ = family(v, r, 0)
    lawyer = v.person()
    addr = address(r)
    return ["SURAT KUASA KHUSUS\n\nYang bertanda tangan di bawah ini:\n1. ", nm(dad, "upper"), ", ", ttl(v, dad, r, caps=True),
            ", NIK ", nikt(v, dad), ";\n2. ", nm(mom, "upper"), ", ", ttl(v, mom, r, caps=True), ", NIK ", nikt(v, mom),
            ";\nkeduanya bertempat tinggal di ", (addr, "ADDRESS"), ", ", area(r, dad["city"]),
            ",\nmemberi kuasa kepada ", nm(lawyer), ", S.H., Advokat, untuk mengajukan gugatan dalam perkara nomor ", n.case_no(),
            " melawan PT ", r.choice(["Sumber Rejeki Abadi", "Karya Utama Properti", "Griya Mas Sentosa"]),
            ".\n\n", dad["city"], ", ", n.incident_date()]


def x_disab_autis(r, v, n):
    kid = v.person(y0=2014, y1=2019)
    par = v.person(sex=r.choice(["L", "P"]))
    return [opener(r), "Anak saya ", nm(kid), " (", r.choice(["lahir ", "tgl lahir ", "DOB "]),
            dobt(v, kid, r.choice(["long", "dmy/", "short"])), ") penyandang autisme, ditolak SD negeri dengan alasan ",
            q(r, "tidak ada guru pendamping"), ". ", n.regulation(), " menjamin pendidikan inklusif. Saya ",
            ("ayahnya" if par["sex"] == "L" else "ibunya"), ", ", nm(par), ", WA ", pht(v), ".", closer(r)]


def x_disab_pasung(r, v, n):
    p = v.person(sex="L", y0=1970, y1=1990)
    rep = v.person(sex="P")
    nick = r.choice(["Ucok", "Ujang", "Ipul", "Mamat", "Kribo"])
    return [opener(r), "Paman saya ", nm(p), " (biasa dipanggil ", (nick, "PERSON"), ") dipasung keluarga di belakang rumah di ",
            adt(r, r.choice(["dusun", "kp", "jorong", "huta", "banjar"])), " sejak 2019. Puskesmas tidak pernah datang. ",
            "Saya keponakannya, ", nm(rep), ", ", pht(v), ".", closer(r)]


def x_bencana_csv(r, v, n):
    rows = ["nama,jk,tgl_lahir,nik,no_hp\n"]
    for _ in range(r.randint(3, 5)):
        p = v.person()
        rows += [nm(p, rcase(r, .3, .3)), ",", p["sex"], ",", dobt(v, p, r.choice(["iso", "dmy/", "dmy-"])), ",",
                 nikt(v, p, "plain"), ",", pht(v, "plain") if r.random() < 0.7 else "-", "\n"]
    return ["Lampiran usulan bantuan sosial korban longsor ", n.incident_date(), " (", str(r.randint(40, 200)),
            " KK terdampak):\n", rows, "Dikirim oleh relawan, ", nm(v.person()), "."]


def x_kampus_penipuan(r, v, n):
    mule = v.person()
    b, a = acct(v, r.choice(["BRI", "BCA", "Mandiri"]))
    vs = [v.person(y0=2003, y1=2006) for _ in range(2)]
    return [opener(r), "Penipuan ", q(r, "jalur cepat KIP Kuliah"), " beredar di IG. Uang ", n.price(),
            " ditransfer ke rekening ", b, " ", a, " a.n. ", nm(mule), ". Korban antara lain ", nm(vs[0]), " (", hdt(v, vs[0]),
            ") dan ", nm(vs[1]), " (", hdt(v, vs[1]), "). Akun pelaku ", hdt(v, mule), ".", closer(r)]


def x_kua_isbat(r, v, n):
    g = r.choice(MUSLIM)
    dad, mom, _ = family(v, r, 0, g)
    dad["dob"] = v.date(1948, 1955)
    mom["dob"] = v.date(1952, 1958)
    rep = v.person(g)
    return [opener(r), "Orang tua kami menikah siri tahun 1976 dan baru mengajukan isbat nikah. KUA minta akta lahir keduanya: ",
            nm(dad), " lahir ", dobt(v, dad), ", ", nm(mom), " lahir ", dobt(v, mom),
            ". Padahal dulu tidak ada akta. Sidang isbat dijadwalkan ", v.nondob(v.date(2025, 2025)), ". Saya ", nm(rep),
            ", HP ", pht(v), ".", closer(r)]


def x_kua_umrah(r, v, n):
    agent = v.person()
    b, a = acct(v, r.choice(["BSI", "BRI", "Mandiri"]))
    rows = []
    for _ in range(r.randint(2, 3)):
        p = v.person(r.choice(MUSLIM), y0=1950, y1=1975)
        rows += ["- ", nm(p), ", paspor ", (v.passport(), "PASSPORT"), "\n"]
    return [opener(r), "Travel umrah gagal memberangkatkan jemaah tanggal ", n.incident_date(),
            ". Pemiliknya ", nm(agent), " (", pht(v), ") sudah terima ", n.price(), " per orang via rekening ", b, " ", a,
            ". Jemaah yang paspornya masih ditahan:\n", rows, "Mohon Kemenag mencabut izin PPIU-nya."]


def x_keuangan_ewallet(r, v, n):
    p = v.person()
    return [opener(r), "Saldo e-wallet saya ", n.price(), " hilang. Akun terdaftar dengan nomor ", pht(v, "plain"),
            " dan email ", emt(v, p), ". CS bilang ada login dari perangkat lain ", n.incident_date(), " ", n.time(),
            ". Nama akun ", nm(p, rcase(r, .3, .3)), ". Nomor tiket ", n.ticket16(), ".", closer(r)]


def x_keuangan_simswap(r, v, n):
    p = v.person()
    thief = v.person()
    b, a = acct(v)
    return [opener(r), "Nomor saya ", pht(v), " dipindah ke SIM baru di gerai oleh orang bernama ", nm(thief),
            " pakai KTP palsu berisi NIK saya ", nikt(v, p), ". Setelah itu rekening ", b, " ", a,
            " dikuras. Saya ", nm(p), ".", closer(r)]


def x_tulisan_anak(r, v, n):
    par = v.person(y0=1940, y1=1955)
    kid = v.person()
    addr = address(r, r.choice(["dusun", "kp", "jl", "gg"]))
    return ["(surat ini saya tulis\natas nama ibu saya yang\ntidak bisa baca tulis)\n\nNama ibu :  ", nm(par),
            "\nLahir  :  ", dobt(v, par, r.choice(["long", "dmy-", "caps"])), "\nRumah  :  ", (addr, "ADDRESS"),
            "\n\nIbu  tidak  dapat  PKH  lagi  sejak\n", n.incident_date(), ".   Mohon  dicek.\n\nPenulis,\n", nm(kid),
            "\n", pht(v)]


def x_sosmed_dm(r, v, n):
    p = v.person()
    return ["[ss DM IG]\n", hdt(v), ": kak ini nomor pak ", nm(v.person(sex="L"), "lower", "first"), " yg ngurus KTP cepet, ",
            pht(v), "\naku: bayar brp kak?\n", hdt(v), ": 300rb kak, kirim aja foto KK + nama lengkap\naku: ", nm(p, "lower"),
            " kak, lahir ", dobt(v, p, r.choice(["d/m/yy", "lowlong", "dmy-"])),
            "\n\n^ ternyata penipuan 😭 ", n.inst_account(), " tolong"]


def x_sosmed_tiktok(r, v, n):
    a, b = v.person(), v.person()
    return ["Komentar live TikTok ", n.inst_account(), ":\n", hdt(v, a), ": min KTP aku udah 6 bulan blm jadi, NIK ",
            nikt(v, a, "plain"), " 😭\n", hdt(v, b), ": sama 🙃 aku ", nm(b, "lower", "first"), " dari ",
            b["city"], "\n", hdt(v), ": ", hdt(v, a), " coba wa ke ", pht(v), " kak, orang dalam"]


def x_sms_many(r, v, n):
    p = v.person()
    return r.choice([
        lambda: ["ass. pk sy ", nm(p, rcase(r, .6, .2)), " dr ds ", r.choice(KEL).lower(), ". bansos sy kok g kluar. nik ",
                 nikt(v, p, "plain"), " kk ", kkt(v, p, "plain"), ". tq"],
        lambda: ["info: kades ", nm(v.person(), "lower", "first"), " pke mobil dinas ", (v.plate(), "PLATE"),
                 " utk antar ankny skolah tiap hr. sy ", nm(p, "lower", "first")],
        lambda: ["sy pnsiunan ", nm(p, rcase(r, .5, .3)), " nip ", (v.nip(p, "plain"), "NIP"), " gaji blm msk. rek bri ",
                 acct(v, "BRI")[1], ". hp ini ", pht(v, "plain")],
        lambda: ["tlg cek pspr sy ", (v.passport(), "PASSPORT"), " udh 2mgg g jd2. tgl lhr ", dobt(v, p, "d/m/yy"), " a.n ",
                 nm(p, "lower")],
        lambda: ["almt sy ", adt(r, r.choice(["gg", "jl", "lr"]), True), ", lmpu jln mati 2mgg. ", nm(p, "lower", "first"),
                 " ", pht(v, "plain")],
        lambda: ["npwp sy ", (v.npwp(p, "plain15"), "NPWP"), " a.n ", nm(p, "lower"), " ttp g bs login coretax. tlg"],
    ])()


def x_pendek_more(r, v, n):
    p = v.person()
    return r.choice([
        lambda: ["NPWP ", (v.npwp(p, "old"), "NPWP"), " salah nama 🙏"],
        lambda: ["kk ", kkt(v, p, "plain"), " hilang, gmn urusnya?"],
        lambda: ["Rek BCA ", acct(v, "BCA")[1], " a.n. ", nm(p, part="first"), " penipu!"],
        lambda: [nm(p, "lower"), ", ", dobt(v, p, "dmy/"), " – BPJS nonaktif"],
        lambda: ["Sdr. ", nm(p, part="first"), " (", pht(v, "plain"), ") pungli KTP"],
    ])()


# ---- PII-free extras
def np_extra(r, v, n, style):
    common = [
        lambda: [opener(r), "Nomor laporan ", n.ticket16(), " sudah ", str(r.randint(30, 90)),
                 " hari tanpa tindak lanjut. Saya sudah telepon ", n.hotline(), " dan kirim email ke ", n.inst_email(),
                 ". Kejadiannya ", n.incident_date(), " ", n.time(), ".", closer(r)],
        lambda: ["Lansia kelahiran 1950 ke bawah di lingkungan kami (RT 02 dan RT 05, total 48 orang) belum dapat vaksin dan bansos. ",
                 "Usia rata-rata 78 tahun. UU 13/1998 tentang Kesejahteraan Lansia jelas mengatur prioritas.", closer(r)],
    ]
    by_style = {
        "dukcapil": [lambda: ["Cetak KTP-el tanggal ", n.incident_date(), " ", n.time(), ", antrean A-0", str(r.randint(10, 99)),
                              ", tarif resmi Rp 0. Petugas bilang blanko cuma 2.000 keping per bulan untuk 1,2 juta penduduk.",
                              " NIK dan KK tidak perlu difotokopi lagi sejak ", n.regulation(), ".", closer(r)]],
        "keuangan": [lambda: ["Kode OTP ", str(r.randint(100000, 999999)), " dikirim terus padahal tidak ada transaksi. ID transaksi ",
                              n.ticket16(), ", nominal ", n.price(), ". ", n.inst_account(), " tidak membalas.", closer(r)]],
        "bencana": [lambda: ["Gempa M", str(r.randint(4, 6)), ",", str(r.randint(0, 9)), " ", n.time(), ", kedalaman 10 km. ",
                             "Di Dusun ", r.choice(DUSUN), " RT 03 ada 64 rumah rusak, 2.350 KK mengungsi. Posko ", n.hotline(), ".", closer(r)]],
        "imigrasi": [lambda: ["Nomor permohonan M-Paspor ", n.ticket16(), " dibatalkan otomatis. Biaya ", n.price(),
                              " tidak kembali. Kantor imigrasi di ", r.choice(HERO_STREETS), " No. ", str(r.randint(1, 99)),
                              " bilang harus daftar ulang.", closer(r)]],
        "kampus": [lambda: ["Gedung kuliah di Jl. Prof. Dr. Hamka No. ", str(r.randint(1, 50)), " bocor. UKT ", n.price(),
                            " tapi fasilitas begini. Akreditasi prodi kedaluwarsa sejak ", n.incident_date(), ".", closer(r)]],
        "sms": [lambda: ["sms ke 1708: jln ", r.choice(HERO_STREETS).lower(), " km ", str(r.randint(1, 30)),
                         " lubang bsr, ud 3 korban. tlg dibnrin. tq"]],
        "sosmed": [lambda: [n.inst_account(), " ", n.inst_account(), " tolong ini antrean paspor sampe subuh 😭 #MPaspor #PelayananPublik"]],
    }
    return r.choice(common + by_style.get(style, []) * 2)()


EXTRA = {
    "dukcapil": [x_dukcapil_ktp, x_dukcapil_chat, x_dukcapil_pindah],
    "pensiun": [x_pensiun_calo, x_pensiun_kv],
    "imigrasi": [x_imigrasi_hilang],
    "pajak": [x_pajak_npwpfiktif, x_pajak_pbb],
    "desa": [x_desa_nepotisme, x_desa_untung],
    "hukum": [x_hukum_kuasa2],
    "disabilitas": [x_disab_autis, x_disab_pasung],
    "bencana": [x_bencana_csv],
    "kampus": [x_kampus_penipuan],
    "kua": [x_kua_isbat, x_kua_umrah],
    "keuangan": [x_keuangan_ewallet, x_keuangan_simswap],
    "tulisan": [x_tulisan_anak],
    "sosmed": [x_sosmed_dm, x_sosmed_tiktok],
    "sms": [x_sms_many, x_sms_many, x_sms_many],
    "pendek": [x_pendek_more],
}
# ---------------------------------------------------------------- driver
STYLES = [
    ("dukcapil", st_dukcapil, "Dukcapil: KTP-el, KK, akta kelahiran/kematian, pindah domisili"),
    ("pensiun", st_pensiun, "Taspen pensions, BPJS Ketenagakerjaan JHT, widow's pension"),
    ("imigrasi", st_imigrasi, "passports, M-Paspor, migrant workers, English applicants"),
    ("pajak", st_pajak, "tax office: NPWP/NIK matching, Coretax, CSV attachments, restitution"),
    ("desa", st_desa, "village funds (BLT-DD), village officials, struck-off lists"),
    ("hukum", st_hukum, "letters by lawyers / LBH for clients (kuasa hukum)"),
    ("disabilitas", st_disabilitas, "disability and elderly complaints by a family member, voice-note transcripts"),
    ("bencana", st_bencana, "disaster-relief and refugee lists (tables), damaged houses"),
    ("kampus", st_kampus, "KIP Kuliah and campus complaints"),
    ("kua", st_kua, "KUA marriage registration (bin/binti), hajj"),
    ("keuangan", st_keuangan, "telecom / bank / fintech (pinjol) complaints forwarded"),
    ("tulisan", st_tulisan, "handwritten letters transcribed (odd spacing, line breaks)"),
    ("sosmed", st_sosmed, "Instagram/TikTok comments, X quote-posts"),
    ("sms", st_sms, "SMS 1708 in heavy abbreviation"),
    ("panjang", st_panjang, "multi-paragraph texts of 2,000-3,500 characters, many people"),
    ("pendek", st_pendek, "very short texts (under 80 characters)"),
]
PER_STYLE = 25
NOPII_PER_STYLE = 5
SEED = 2121


def build():
    r = random.Random(SEED)
    v = V(r)
    n = N(r, v)
    items = []
    for style, fn, _ in STYLES:
        flags = [False] * NOPII_PER_STYLE + [True] * (PER_STYLE - NOPII_PER_STYLE)
        r.shuffle(flags)
        for pii in flags:
            n.topic = style
            for attempt in range(200):
                x = r.random()
                if pii and EXTRA.get(style) and x < 0.42:
                    pieces = r.choice(EXTRA[style])(r, v, n)
                elif not pii and style not in ("panjang", "pendek") and x < 0.35:
                    pieces = np_extra(r, v, n, style)
                else:
                    pieces = fn(r, v, n, pii)
                text, spans, near = join(pieces)
                rec = {"text": text, "spans": spans}
                errs = validate(rec, near)
                if style == "pendek" and len(text) >= 80:
                    errs.append("pendek too long")
                if style == "panjang" and not (2000 <= len(text) <= 3500):
                    errs.append("panjang length %d" % len(text))
                if pii and not spans:
                    errs.append("no spans in a PII text")
                if not pii and spans:
                    errs.append("spans in a no-PII text")
                if not errs:
                    break
                if os.environ.get("T21_DEBUG"):
                    print(style, errs, repr(text[:200]))
            else:
                raise SystemExit("could not build a valid %s text: %s" % (style, errs))
            items.append((style, rec))
    r.shuffle(items)
    out = []
    for i, (style, rec) in enumerate(items):
        out.append({"id": "t21-%04d-%s" % (i + 1, style), "text": rec["text"], "spans": rec["spans"]})
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = build()
    with open(os.path.join(here, "twentyfirst.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d texts, %d spans" % (len(rows), sum(len(x["spans"]) for x in rows)))


if __name__ == "__main__":
    main()
