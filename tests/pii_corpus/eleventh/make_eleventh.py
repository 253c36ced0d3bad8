#!/usr/bin/env python3
"""Generate the eleventh PII corpus (held-out): Indonesian public-service complaint texts.

Written from the PII annotation guide the project was given (and the "Annotation conventions" section of
docs/pii.md) only, without reading the redactor or any earlier corpus.

    python3 tests/pii_corpus/eleventh/make_eleventh.py            # writes eleventh.jsonl
    python3 tests/pii_corpus/eleventh/make_eleventh.py --stats    # also prints counts

Standard library only, fixed seed: the output is byte-identical on every run.
Every text is assembled from pieces; a PII value is appended through B.v(), which records its
offsets, so no offset is typed by hand.  validate() re-checks every record before writing.
"""
import datetime
import json
import os
import random
import re
import sys

SEED = 20251111
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "eleventh.jsonl")

LABELS = ["NIK", "KK", "NPWP", "PHONE", "EMAIL", "PLATE", "BANK_ACCOUNT", "PASSPORT",
          "BPJS", "NIP", "PERSON", "ADDRESS", "DATE_OF_BIRTH", "HANDLE"]

REF_DATE = datetime.date(2024, 9, 1)


def ch(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def sample(seq, k):
    return R.sample(list(seq), k)


# ---------------------------------------------------------------------------------------------
# Text builder
# ---------------------------------------------------------------------------------------------

class V:
    """A PII value to insert: the exact text and its label."""
    __slots__ = ("s", "label")

    def __init__(self, s, label):
        assert label in LABELS, label
        self.s = s
        self.label = label

    def __repr__(self):
        return "V(%r, %s)" % (self.s, self.label)


class NM:
    """Near-miss text (numbers / @ / addresses that are deliberately NOT PII)."""
    __slots__ = ("s",)

    def __init__(self, s):
        self.s = s


OCR_MAP_TEXT = {"l": ("1", 0.30), "O": ("0", 0.45), "o": ("0", 0.05), "I": ("l", 0.12),
                "i": ("l", 0.04), "S": ("5", 0.05)}
OCR_MAP_VALUE = {"0": ("O", 0.18), "1": ("l", 0.10), "l": ("1", 0.20), "O": ("0", 0.30)}


def ocr(s, table):
    out = []
    for c in s:
        if c in table and R.random() < table[c][1]:
            out.append(table[c][0])
        else:
            out.append(c)
    return "".join(out)


PH = re.compile(r"\{(\w+)\}")


class B:
    def __init__(self, case=None, ocr_text=False, ocr_values=0.0):
        self.buf = []
        self.n = 0
        self.spans = []       # (start, end, label, value)
        self.nms = []         # (start, end) of near-miss text
        self.case = case
        self.ocr_text = ocr_text
        self.ocr_values = ocr_values

    def _case(self, s):
        if self.case == "lower":
            return s.lower()
        if self.case == "upper":
            return s.upper()
        return s

    def t(self, *parts):
        for s in parts:
            s = self._case(s)
            if self.ocr_text:
                s = ocr(s, OCR_MAP_TEXT)
            self.buf.append(s)
            self.n += len(s)
        return self

    def v(self, s, label):
        s = self._case(s)
        if self.ocr_values and label in ("PERSON", "NIK", "PHONE") and R.random() < self.ocr_values:
            s = ocr(s, OCR_MAP_VALUE)
        self.spans.append((self.n, self.n + len(s), label, s))
        self.buf.append(s)
        self.n += len(s)
        return self

    def nm(self, s):
        s = self._case(s)
        self.nms.append((self.n, self.n + len(s)))
        self.buf.append(s)
        self.n += len(s)
        return self

    def put(self, x):
        if x is None:
            return
        if isinstance(x, V):
            self.v(x.s, x.label)
        elif isinstance(x, NM):
            self.nm(x.s)
        elif isinstance(x, (list, tuple)):
            for y in x:
                self.put(y)
        else:
            self.t(str(x))

    def f(self, tpl, **kw):
        pos = 0
        for m in PH.finditer(tpl):
            self.t(tpl[pos:m.start()].replace("{{", "{").replace("}}", "}"))
            self.put(kw[m.group(1)])
            pos = m.end()
        self.t(tpl[pos:].replace("{{", "{").replace("}}", "}"))
        return self

    def text(self):
        return "".join(self.buf)


def hard_wrap(text, width):
    """Replace spaces by newlines so that lines are at most ~width long (length preserving)."""
    chars = list(text)
    line_start = 0
    last_space = -1
    i = 0
    while i < len(chars):
        c = chars[i]
        if c == "\n":
            line_start = i + 1
            last_space = -1
        elif c == " ":
            last_space = i
        if i - line_start >= width and last_space > line_start:
            chars[last_space] = "\n"
            line_start = last_space + 1
            last_space = -1
        i += 1
    return "".join(chars)


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------

def W(s):
    return s.split()


JAWA_M = W("Sutrisno Bambang Slamet Joko Agus Budi Heru Wahyu Teguh Sugeng Purnomo Sumarno Darmaji "
           "Tukiman Wagiman Suroto Supardi Eko Rudi Hendra Yanto Sukirno Mulyadi Ngadiman Kasiman "
           "Suwarno Parjo Tarno Harjono Sarwono Giyanto Marsudi Triyono Wiji Sunarto Mujiono")
JAWA_F = W("Sumiyati Suparmi Tumini Wartini Endang Rini Yuni Dewi Ratna Wulan Sarinah Ngatinah "
           "Suwarni Murni Sulastri Winarsih Yatmi Partini Kasmirah Sukesi Tri Puji Dwi Ninik")
JAWA_ML = W("Wibowo Santoso Prasetyo Susanto Hartono Setiawan Nugroho Kurniawan Saputra Pranoto "
            "Wicaksono Sulistyo Raharjo Purwanto Mulyono Suryanto Widianto Sasongko Haryadi")
JAWA_FL = W("Rahayu Lestari Wulandari Handayani Astuti Purwanti Ningsih Suryani Kusumawati "
            "Rahmawati Pratiwi Utami Wahyuni Anggraini Setyaningsih Sulistyowati")
SINGLE_M = W("Sutrisno Wagimin Kasmin Ngatimin Paijo Tugiyo Sukarji Darsono Legiman Sadikin Warsidi "
             "Karjo Sumadi Tukijo")
SINGLE_F = W("Painem Tukiyem Poniyem Sarmi Marni Juminten Tumirah Karsih Sainah Ngadinem Wagirah Suyatmi")
SUNDA_M = W("Asep Ujang Dadang Cecep Engkus Yayat Entis Ade Dede Jajang Oman Udin Enjang Deden Aep "
            "Iwan Rahmat Komar Eman")
SUNDA_F = W("Iis Euis Neneng Imas Enok Lilis Nining Cucu Eti Yeti Entin Tati Popon Nia Rina Elis Ai")
SUNDA_ML = W("Sunarya Supriatna Hidayat Permana Kusnadi Suherman Sobari Gunawan Mulyana Saepudin "
             "Ruhiyat Sudrajat Wiguna")
SUNDA_FL = W("Rohaeti Nurhayati Komalasari Rosmiati Kurniasih Herawati Sumiati Rostika Juariah "
             "Mulyani Sopiah")
BETAWI_M = W("Mamat Rojali Saipul Mursid Rohman Jaenudin Sanusi Mansur Bahrudin Sarkawi Jiih Mukhlis")
BETAWI_F = W("Zaenab Rodiah Romlah Saidah Juleha Maemunah Aminah Rohaya Munawaroh")
BETAWI_L = W("Sanusi Jaelani Hasanudin Saleh Asmawi Naipin Marzuki Sahroni")
BATAK_M = W("Hotman Parlindungan Togar Sahat Marojahan Binsar Tumpal Halomoan Bonar Jonggi Lamhot "
            "Ramses Darwin Poltak Mangasi Hasudungan Maruli Robert Jhonny Sabar")
BATAK_F = W("Hotnida Tiurma Rosmawati Lasmaria Dormauli Rotua Nurmala Tiominar Sondang Rumondang "
            "Erna Masniari Romauli Lamria Tiarma")
MARGA = W("Simanjuntak Siregar Nainggolan Hutapea Sitorus Situmorang Pardede Manurung Sinaga "
          "Panjaitan Harahap Lubis Nasution Silaban Tambunan Simatupang Hutagalung Sihombing "
          "Pasaribu Gultom Siahaan Napitupulu Simbolon Aritonang Marpaung Damanik Saragih Purba "
          "Ginting Tarigan Sembiring Sitepu Butarbutar Hutauruk")
MINANG_M = W("Afrizal Zulkifli Syafrizal Hendri Yusrizal Efendi Nofrizal Yuliardi Darmansyah Masrul "
             "Jasman Amiruddin Syamsul Rusdi Fadli Asril Zulhendri")
MINANG_F = W("Yusnidar Nurhasanah Rahmi Yenti Elvira Desmawati Nurlela Rosmaniar Asmiati Zuraida "
             "Ernita Lismawati Yarni Fitriani Mardiana")
MINANG_L = W("Chaniago Piliang Tanjung Koto Sikumbang Jambak Guci Caniago Putra Syahputra Chandra")
MINANG_GELAR = ["Datuak Rajo Mudo", "Datuak Bandaro Sati", "Sutan Marajo", "Malin Kuning",
                "Sutan Pamenan", "Datuak Panghulu Basa", "Sutan Rajo Ameh"]
BUGIS_M = W("Baharuddin Syamsuddin Haeruddin Ansar Firman Jumardi Akbar Ilham Arfah Syarif Yusran "
            "Rahman Hamzah Asdar Mustari Syahrir")
BUGIS_F = W("Hadijah Aminah Nurhaeda Hasnah Nurhayati Marlina Asriani Jumriati Hasmawati Rosdiana "
            "Nurbaya Sitti Suriani")
BUGIS_L = W("Hafid Sikki Makkulau Pawellangi Massalinri Tappa Ruslan Latif Rasyid Mappiasse "
            "Tenriajeng Pallawa Beddu Sompa")
BALI_ORDER_M = W("Wayan Putu Gede Made Kadek Nengah Nyoman Komang Ketut")
BALI_ORDER_F = W("Wayan Putu Made Kadek Nyoman Komang Ketut")
BALI_M = W("Sudarta Suarjana Astawa Mertayasa Sukadana Ardana Wirawan Adnyana Suparta Sumerta "
           "Darmawan Kariasa Swastika Budiarta Wiratama Sedana")
BALI_F = W("Sriani Ariani Suartini Wahyuni Sukerti Sumiati Arniati Ratih Widiasih Yuliantari "
           "Sekar Sukarmi Rusmini Darmini Puspitasari")
PAPUA_M = W("Yohanis Markus Petrus Yulianus Yakobus Nikolaus Isak Musa Elias Marthen Benyamin "
            "Yosias Natan Herman Lukas")
PAPUA_F = W("Yosina Agustina Yuliana Martha Ruth Debora Naomi Yohana Ester Mince Orpa")
PAPUA_L = W("Wonda Kogoya Tabuni Wenda Rumbiak Kareth Murib Enumbi Wanimbo Mirin Kambu Rumaropen "
            "Mofu Ansaka Yoku Sawaki Wandik Karoba Waromi Imbiri Ayomi Hindom Gobai Pigai Tebai")
NTT_M = W("Agustinus Dominikus Fransiskus Yoseph Aloysius Stefanus Bernardus Gregorius Yosef "
          "Marianus Florianus Kristoforus")
NTT_F = ["Maria Goreti", "Fransiska", "Yuliana", "Theresia", "Veronika", "Margaretha", "Anastasia",
         "Maria Fatima", "Imelda", "Yasinta"]
NTT_L = W("Bria Seran Nahak Bere Tefa Nenobais Tallo Lake Manek Ndun Mbete Kolo Taek Amaral Neno "
          "Atok Sanam Dethan")
MALUKU_M = W("Yakob Johanis Paulus Semuel Frans Hendrik Nus Izaak Abraham Costantinus")
MALUKU_F = W("Elsye Jacoba Merry Christina Wilhelmina Selfi Petronela")
MALUKU_L = W("Tuhumury Pattinama Sahetapy Huwae Lekatompessy Pattiasina Nanlohy Souisa Tomasoa "
             "Rehatta Leiwakabessy Siahaya Wattimena Ririmasse Tuasikal Ohorella Rumalutur")
CINA_S = W("Liem Tan Lie Oei Kwee Go The Ong Gouw Tjoa Sie Lim Kho Njoo Tjan")
CINA_G = W("Siok Lan Kim Hwa Hok Tjoen Swan Liong Bing Hoa Giok Nio Hong Sien Tjie Ing Gwan Bie "
           "Kiat Djin Tjeng Khing")
CINA_IF_M = W("Hendra Susanto Budi Kevin Yohanes Stefanus Vincent Wilson Handoko Johan Rudy")
CINA_IF_F = W("Linda Lindawati Felicia Jessica Irene Agustina Sherly Meliana Yenny Lanny Vivian")
CINA_IL = W("Gunawan Halim Wijaya Tanudjaja Hartanto Setiadi Widjaja Tjandra Lukito Hendrawan "
            "Sugianto Tanujaya Kusnadi Salim Limanto Tanoyo")
ARAB_X = W("Ridwan Ikhsan Yusuf Farhan Rizki Hasan Husein Salim Umar Zainal Fauzi Hamid Anwar Nasir")
ARAB_Y = W("Abdullah Hasan Sulaiman Ismail Idrus Salim Usman Ahmad Yahya Ali")
ARAB_FAM = ["Al-Habsyi", "Assegaf", "Alatas", "Alaydrus", "Al-Kaff", "Baraqbah", "Bahasuan",
            "Basalamah", "Bawazier", "Al-Jufri", "Bafadhal", "Al-Hamid"]
ARAB_F = W("Aisyah Fatimah Khadijah Nur Zahra Maryam Salma Rahmah Halimah")
ACEH_M_T = ["Teuku Zulfikar", "Teuku Muhammad Nasir", "Teuku Rizal", "Tengku Armiya",
            "Tengku Mahmud", "Teuku Iskandar"]
ACEH_F_T = ["Cut Nurul Aini", "Cut Sarah", "Cut Rahmi", "Cut Yusnidar", "Cut Dewi"]
ACEH_M = ["Muhammad Nazar", "Zulkarnain", "Rahmat Fajri", "Saiful Bahri", "Fakhrurrazi",
          "Munawar Khalil"]
ACEH_F = ["Nurul Husna", "Rahmawati", "Darmawati", "Nurlaila", "Ainul Mardhiah"]
BANJAR_M = ["Muhammad Noor", "Anang Syahrani", "Ahmad Fauzi", "Rusmadi", "Jumberi", "Saberan",
            "Muhammad Iberahim", "Abdul Hadi"]
BANJAR_F = ["Siti Rahmah", "Norhayati", "Masriah", "Jamilah", "Raudah", "Siti Aisyah",
            "Hamidah", "Salasiah"]


class Person:
    def __init__(self, group=None, sex=None, age=(20, 75)):
        self.group = group or ch(GROUP_WEIGHTED)
        self.sex = sex or ("M" if chance(0.5) else "F")
        self.name, self.call = make_name(self.group, self.sex)
        a = R.randint(age[0], age[1])
        self.age = a
        start = datetime.date(REF_DATE.year - a - 1, REF_DATE.month, REF_DATE.day) + datetime.timedelta(days=1)
        self.dob = start + datetime.timedelta(days=R.randint(0, 364))
        self.age = (REF_DATE - self.dob).days // 365
        reg = ch(REGIONS[self.group])
        self.prov, self.kab, self.city, self.kecs, self.desas, self.kel_word = reg
        self.kec_code = R.randint(1, 24)
        self._nik = None
        self._kk = None
        self._phone = None
        self._serial = R.randint(1, 420)

    # identifiers -----------------------------------------------------------------------------
    def nik_digits(self):
        if self._nik is None:
            dd = self.dob.day + (40 if self.sex == "F" else 0)
            self._nik = "%02d%02d%02d%02d%02d%02d%04d" % (
                self.prov, self.kab, self.kec_code, dd, self.dob.month, self.dob.year % 100, self._serial)
        return self._nik

    def kk_digits(self):
        if self._kk is None:
            issue = datetime.date(R.randint(2008, 2023), R.randint(1, 12), R.randint(1, 28))
            self._kk = "%02d%02d%02d%s%04d" % (self.prov, self.kab, self.kec_code,
                                               issue.strftime("%d%m%y"), R.randint(1, 3800))
        return self._kk

    def phone_digits(self):
        if self._phone is None:
            self._phone = new_mobile()
        return self._phone

    def nik(self, style=None, typo=None):
        d = self.nik_digits()
        if typo is None:
            typo = chance(0.045)
        if typo:
            d = typo_digits(d)
        return V(fmt_idnum(d, style), "NIK")

    def kk(self, style=None):
        return V(fmt_idnum(self.kk_digits(), style), "KK")

    def phone(self, style=None):
        return V(fmt_phone(self.phone_digits(), style), "PHONE")

    def P(self, which="name"):
        if which == "name":
            return V(self.name, "PERSON")
        return V(self.call, "PERSON")

    def dob_v(self, style=None):
        return V(fmt_date(self.dob, style), "DATE_OF_BIRTH")

    def email(self):
        if getattr(self, "_email", None) is None:
            self._email = make_email(self)
        return V(self._email, "EMAIL")

    def handle(self):
        return V(make_handle(self), "HANDLE")

    def nip(self, style=None):
        return V(make_nip(self, style), "NIP")

    def hon(self):
        return honorific(self)


def make_name(group, sex):
    m = sex == "M"
    if group == "jawa":
        r = R.random()
        if r < 0.22:
            n = ch(SINGLE_M if m else SINGLE_F)
            return n, n
        if m:
            f = ch(JAWA_M)
            return f + " " + ch(JAWA_ML), f
        if r < 0.45:
            f = "Sri"
            l = ch(JAWA_FL)
            return f + " " + l, l
        f = ch(JAWA_F)
        return f + " " + ch(JAWA_FL), f
    if group == "sunda":
        f = ch(SUNDA_M if m else SUNDA_F)
        if chance(0.2):
            return f, f
        return f + " " + ch(SUNDA_ML if m else SUNDA_FL), f
    if group == "betawi":
        f = ch(BETAWI_M if m else BETAWI_F)
        if chance(0.35):
            return f, f
        return f + " " + ch(BETAWI_L), f
    if group == "batak":
        mg = ch(MARGA)
        if m:
            f = ch(BATAK_M)
            return f + " " + mg, ch([f, mg])
        f = ch(BATAK_F)
        form = R.random()
        if form < 0.45:
            return f + " br. " + mg, f
        if form < 0.6:
            return f + " boru " + mg, f
        if form < 0.7:
            return f + " br " + mg, f
        return f + " " + mg, f
    if group == "minang":
        if m:
            f = ch(MINANG_M)
            r = R.random()
            if r < 0.3:
                return f + " " + ch(MINANG_GELAR), f
            if r < 0.55:
                return f, f
            return f + " " + ch(MINANG_L), f
        f = ch(MINANG_F)
        if chance(0.5):
            return f, f
        return f + " " + ch(MINANG_L), f
    if group == "bugis":
        r = R.random()
        if m:
            x = ch(BUGIS_M)
            if r < 0.25:
                return "Andi " + x + " " + ch(BUGIS_L), "Andi " + x
            if r < 0.42:
                return "Muh. " + x + " " + ch(BUGIS_L), x
            if r < 0.55:
                return "Abd. " + x, x
            if r < 0.68:
                n = "La " + ch(W("Tahang Baco Sinrang Bunga Ode_Muh._Syarif Ode_Ahmad_Hasrun Ode_Kaimudin"))
                n = n.replace("_", " ")
                return n, n
            if r < 0.78:
                return "M. " + x + " " + ch(BUGIS_L), x
            return x + " " + ch(BUGIS_L), x
        x = ch(BUGIS_F)
        if r < 0.25:
            return "Andi " + x + " " + ch(BUGIS_L), "Andi " + x
        if r < 0.45:
            return "St. " + x, x
        if r < 0.62:
            n = "Wa " + ch(["Ode Nursiah", "Ani", "Ode Sitti Rahmatia", "Ode Hasna", "Sitti", "Ina"])
            return n, n
        return x + " " + ch(BUGIS_L), x
    if group == "bali":
        r = R.random()
        if m:
            if r < 0.12:
                n = "I Gusti Ngurah " + ch(BALI_M)
                return n, "Ngurah"
            if r < 0.22:
                o = ch(W("Putu Gede Made Ketut"))
                x = ch(BALI_M)
                return "Ida Bagus " + o + " " + x, x
            if r < 0.3:
                n = "Anak Agung Gede " + ch(BALI_M)
                return n, n.split()[-1]
            if r < 0.35:
                n = "Cokorda Gede " + ch(BALI_M)
                return n, n.split()[-1]
            o = ch(BALI_ORDER_M)
            x = ch(BALI_M)
            return "I " + o + " " + x, ch([o, x])
        if r < 0.12:
            n = "I Gusti Ayu " + ch(["", "Made ", "Putu ", "Ketut "]) + ch(BALI_F)
            return n, n.split()[-1]
        if r < 0.2:
            n = "Ida Ayu " + ch(["Made ", "Putu ", ""]) + ch(BALI_F)
            return n, n.split()[-1]
        if r < 0.26:
            x = ch(BALI_F)
            return "Anak Agung Istri " + x, x
        if r < 0.45:
            o = ch(BALI_ORDER_F)
            x = ch(BALI_F)
            return "Ni Luh " + o + " " + x, x
        o = ch(BALI_ORDER_F)
        x = ch(BALI_F)
        return "Ni " + o + " " + x, ch([o, x])
    if group == "papua":
        f = ch(PAPUA_M if m else PAPUA_F)
        l = ch(PAPUA_L)
        return f + " " + l, f
    if group == "ntt":
        f = ch(NTT_M if m else NTT_F)
        l = ch(NTT_L)
        return f + " " + l, f.split()[0] if m else f
    if group == "maluku":
        f = ch(MALUKU_M if m else MALUKU_F)
        l = ch(MALUKU_L)
        return f + " " + l, f
    if group == "cina":
        if chance(0.45):
            s = ch(CINA_S)
            g = sample(CINA_G, 2)
            n = s + " " + g[0] + " " + g[1]
            return n, n
        f = ch(CINA_IF_M if m else CINA_IF_F)
        return f + " " + ch(CINA_IL), f
    if group == "arab":
        r = R.random()
        if m:
            x = ch(ARAB_X)
            if r < 0.25:
                return "Muhammad " + x + " bin " + ch(ARAB_Y), x
            if r < 0.4:
                return ch(["Moh.", "Muh.", "M."]) + " " + x + " " + ch(ARAB_FAM), x
            if r < 0.55:
                return ch(["Moh.", "Muh.", "M."]) + " " + x, x
            if r < 0.75:
                return x + " " + ch(ARAB_FAM), x
            f = ch(["Ahmad", "Abdurrahman", "Hasan", "Umar"])
            return f + " " + ch(ARAB_FAM), f
        x = ch(ARAB_F)
        if r < 0.3:
            return "Siti " + x + " binti " + ch(ARAB_Y), "Siti " + x
        if r < 0.5:
            return "Syarifah " + x + " " + ch(ARAB_FAM), x
        if r < 0.7:
            return x + " " + ch(ARAB_FAM), x
        return "Siti " + x, "Siti " + x
    if group == "aceh":
        if m:
            n = ch(ACEH_M_T + ACEH_M)
        else:
            n = ch(ACEH_F_T + ACEH_F)
        return n, n.split()[-1]
    if group == "banjar":
        n = ch(BANJAR_M if m else BANJAR_F)
        return n, n.split()[-1]
    raise ValueError(group)


# honorifics / forms of address by group, sex and age tier (young < 30, adult, elder >= 60);
# they are never part of a PERSON span.
HON = {
    "jawa": {"M": (["Mas"], ["Pak", "Bapak", "Mas"], ["Mbah", "Pak", "Raden Mas"]),
             "F": (["Mbak"], ["Bu", "Ibu", "Mbak"], ["Mbah", "Bu", "Raden Ajeng"])},
    "sunda": {"M": (["Kang", "Aa"], ["Pak", "Kang", "Mang"], ["Aki", "Pak"]),
              "F": (["Teh", "Neng"], ["Bu", "Teh", "Ceu", "Bi"], ["Nini", "Bu", "Ema"])},
    "betawi": {"M": (["Bang"], ["Bang", "Pak", "Babe"], ["Babe", "Engkong", "Encang"]),
               "F": (["Mpok"], ["Mpok", "Bu"], ["Nyak", "Encing"])},
    "batak": {"M": (["Bang", "Lae"], ["Pak", "Amang", "Lae"], ["Ompung", "Amang"]),
              "F": (["Kak", "Ito", "Eda"], ["Bu", "Inang", "Eda"], ["Ompung", "Inang"])},
    "minang": {"M": (["Uda"], ["Uda", "Pak", "Mak"], ["Angku", "Inyiak"]),
               "F": (["Uni"], ["Uni", "Bu", "Etek"], ["Amak", "Uwo"])},
    "bugis": {"M": (["Daeng", "Kak"], ["Daeng", "Pak", "Puang", "H."], ["Puang", "Haji", "H."]),
              "F": (["Daeng", "Kak"], ["Daeng", "Bu", "Hj."], ["Puang", "Hj."])},
    "bali": {"M": (["Bli"], ["Bli", "Pak", "Jero"], ["Pekak", "Pak", "Jero"]),
             "F": (["Mbok"], ["Mbok", "Bu"], ["Dadong", "Bu"])},
    "papua": {"M": (["Kaka", "Pace"], ["Bapa", "Pace", "Om"], ["Bapa", "Tete"]),
              "F": (["Kaka", "Nona"], ["Mama", "Mace", "Tante"], ["Mama", "Nenek"])},
    "ntt": {"M": (["Kaka", "Om"], ["Bapa", "Om", "Pak"], ["Bapa", "Opa"]),
            "F": (["Kaka", "Nona"], ["Mama", "Tante"], ["Mama", "Oma"])},
    "maluku": {"M": (["Bung", "Kaka"], ["Bung", "Om", "Bapa"], ["Bapa", "Opa"]),
               "F": (["Nona", "Usi"], ["Usi", "Mama", "Tante"], ["Mama", "Oma"])},
    "cina": {"M": (["Koh"], ["Koh", "Pak", "Engkoh"], ["Akong", "Engkong", "Pak"]),
             "F": (["Ci", "Cici"], ["Ci", "Cik", "Bu"], ["Cik", "Bu", "Oma"])},
    "arab": {"M": (["Bang", "Habib"], ["Pak", "Ustaz", "Habib", "H."], ["Habib", "H.", "Pak"]),
             "F": (["Kak", "Mbak"], ["Bu", "Ustazah", "Hj."], ["Hj.", "Bu"])},
    "aceh": {"M": (["Bang"], ["Pak", "Bang"], ["Pak"]),
             "F": (["Kak"], ["Bu", "Kak"], ["Bu", "Nek"])},
    "banjar": {"M": (["Bang"], ["Pak", "Pakacil"], ["Julak", "Kai"]),
               "F": (["Kak"], ["Acil", "Bu"], ["Julak", "Nini"])},
}


def honorific(p):
    if p.age < 17:
        return ch(["Dik", "Adik"])
    tier = 0 if p.age < 30 else (1 if p.age < 60 else 2)
    return ch(HON[p.group][p.sex][tier])


GROUPS = ["jawa", "sunda", "betawi", "batak", "minang", "bugis", "bali", "papua", "ntt", "maluku",
          "cina", "arab", "aceh", "banjar"]
GROUP_WEIGHTED = (["jawa"] * 5 + ["sunda"] * 3 + ["betawi"] * 1 + ["batak"] * 3 + ["minang"] * 2 +
                  ["bugis"] * 3 + ["bali"] * 3 + ["papua"] * 2 + ["ntt"] * 2 + ["maluku"] * 2 +
                  ["cina"] * 2 + ["arab"] * 2 + ["aceh"] * 1 + ["banjar"] * 1)

# (prov, kab, city, [kecamatan], [desa/kelurahan], word for desa/kel)
REGIONS = {
    "jawa": [(33, 10, "Kab. Klaten", ["Wedi", "Cawas", "Trucuk"], ["Pandes", "Karangmojo", "Bendan"], "Desa"),
             (33, 72, "Kota Surakarta", ["Laweyan", "Banjarsari"], ["Sondakan", "Kadipiro", "Nusukan"], "Kel."),
             (34, 4, "Kab. Sleman", ["Depok", "Mlati", "Ngaglik"], ["Caturtunggal", "Sinduadi", "Sardonoharjo"], "Kalurahan"),
             (34, 3, "Kab. Gunungkidul", ["Wonosari", "Playen", "Semanu"], ["Baleharjo", "Bandung", "Ngeposari"], "Kalurahan"),
             (35, 78, "Kota Surabaya", ["Tambaksari", "Rungkut", "Wonokromo"], ["Ploso", "Medokan Ayu", "Jagir"], "Kel."),
             (35, 9, "Kab. Jember", ["Kaliwates", "Sumbersari", "Ambulu"], ["Tegal Besar", "Antirogo", "Sabrang"], "Desa"),
             (33, 18, "Kab. Pati", ["Juwana", "Tayu", "Margoyoso"], ["Bakaran Wetan", "Kajen", "Bulungan"], "Desa")],
    "sunda": [(32, 73, "Kota Bandung", ["Coblong", "Antapani", "Kiaracondong"], ["Dago", "Antapani Kidul", "Babakan Surabaya"], "Kel."),
              (32, 1, "Kab. Bogor", ["Cibinong", "Citeureup", "Ciawi"], ["Pakansari", "Puspanegara", "Bendungan"], "Desa"),
              (32, 6, "Kab. Tasikmalaya", ["Singaparna", "Manonjaya"], ["Cikunir", "Cilangkap"], "Desa"),
              (32, 5, "Kab. Garut", ["Tarogong Kidul", "Cilawu"], ["Sukagalih", "Mekarmukti"], "Desa")],
    "betawi": [(31, 75, "Jakarta Timur", ["Cakung", "Duren Sawit"], ["Pulo Gebang", "Pondok Kopi"], "Kel."),
               (31, 72, "Jakarta Utara", ["Koja", "Cilincing"], ["Tugu Utara", "Semper Barat"], "Kel."),
               (31, 74, "Jakarta Selatan", ["Jagakarsa", "Pasar Minggu"], ["Srengseng Sawah", "Jati Padang"], "Kel."),
               (36, 71, "Kota Tangerang", ["Ciledug", "Larangan"], ["Sudimara Barat", "Gaga"], "Kel.")],
    "batak": [(12, 71, "Kota Medan", ["Medan Tembung", "Medan Johor", "Medan Helvetia"], ["Bantan", "Kwala Bekala", "Dwikora"], "Kel."),
              (12, 12, "Kab. Toba", ["Balige", "Laguboti"], ["Lumban Dolok Haume Bange", "Pardomuan Nauli"], "Desa"),
              (12, 2, "Kab. Tapanuli Utara", ["Tarutung", "Siborongborong"], ["Hutatoruan", "Pohan Jae"], "Desa"),
              (12, 73, "Kota Pematangsiantar", ["Siantar Barat", "Siantar Marihat"], ["Proklamasi", "Suka Makmur"], "Kel.")],
    "minang": [(13, 71, "Kota Padang", ["Kuranji", "Koto Tangah"], ["Pasar Ambacang", "Lubuk Buaya"], "Kel."),
               (13, 6, "Kab. Agam", ["Tilatang Kamang", "Lubuk Basung", "IV Koto"], ["Nagari Koto Gadang", "Nagari Kapau", "Nagari Manggopoh"], ""),
               (13, 75, "Kota Bukittinggi", ["Guguk Panjang", "Mandiangin Koto Selayan"], ["Benteng Pasar Atas", "Campago Ipuh"], "Kel."),
               (13, 2, "Kab. Tanah Datar", ["X Koto", "Pariangan"], ["Nagari Pandai Sikek", "Nagari Pariangan"], "")],
    "bugis": [(73, 71, "Kota Makassar", ["Tamalate", "Panakkukang", "Biringkanaya"], ["Mannuruki", "Karampuang", "Sudiang Raya"], "Kel."),
              (73, 8, "Kab. Bone", ["Tanete Riattang", "Palakka"], ["Watampone", "Passippo"], "Kel."),
              (73, 72, "Kota Parepare", ["Bacukiki", "Soreang"], ["Lumpue", "Bukit Harapan"], "Kel."),
              (73, 13, "Kab. Wajo", ["Tempe", "Tanasitolo"], ["Siengkang", "Pallawarukka"], "Desa"),
              (74, 4, "Kab. Buton", ["Pasarwajo", "Lasalimu"], ["Holimombo", "Kamaru"], "Desa"),
              (74, 72, "Kota Baubau", ["Wolio", "Murhum"], ["Wale", "Baadia"], "Kel.")],
    "bali": [(51, 71, "Kota Denpasar", ["Denpasar Selatan", "Denpasar Utara"], ["Sesetan", "Peguyangan Kaja"], "Desa"),
             (51, 3, "Kab. Badung", ["Kuta Utara", "Mengwi"], ["Dalung", "Kapal"], "Desa"),
             (51, 4, "Kab. Gianyar", ["Ubud", "Sukawati"], ["Peliatan", "Batubulan"], "Desa"),
             (51, 8, "Kab. Buleleng", ["Sawan", "Seririt"], ["Sangsit", "Patemon"], "Desa")],
    "papua": [(91, 71, "Kota Jayapura", ["Abepura", "Heram"], ["Kota Baru", "Waena"], "Kel."),
              (95, 1, "Kab. Jayawijaya", ["Wamena", "Hubikosi"], ["Wamena Kota", "Sinakma"], "Kel."),
              (94, 1, "Kab. Nabire", ["Nabire", "Wanggar"], ["Karang Tumaritis", "Wadio"], "Kel."),
              (96, 71, "Kota Sorong", ["Sorong Manoi", "Sorong Timur"], ["Malawei", "Klawuyuk"], "Kel.")],
    "ntt": [(53, 71, "Kota Kupang", ["Oebobo", "Maulafa"], ["Oebufu", "Sikumana"], "Kel."),
            (53, 4, "Kab. Timor Tengah Selatan", ["Kota Soe", "Mollo Utara"], ["Nonohonis", "Fatumnasi"], "Desa"),
            (53, 6, "Kab. Belu", ["Atambua Selatan", "Tasifeto Timur"], ["Tulamalae", "Silawan"], "Kel."),
            (53, 21, "Kab. Malaka", ["Malaka Tengah", "Wewiku"], ["Kamanasa", "Weoe"], "Desa")],
    "maluku": [(81, 71, "Kota Ambon", ["Sirimau", "Nusaniwe", "Baguala"], ["Batu Merah", "Benteng", "Passo"], "Kel."),
               (81, 1, "Kab. Maluku Tengah", ["Salahutu", "Leihitu"], ["Tulehu", "Hila"], "Negeri"),
               (82, 71, "Kota Ternate", ["Ternate Selatan", "Ternate Tengah"], ["Kalumata", "Gamalama"], "Kel.")],
    "cina": [(31, 73, "Jakarta Barat", ["Tambora", "Taman Sari"], ["Jembatan Lima", "Glodok"], "Kel."),
             (12, 71, "Kota Medan", ["Medan Area", "Medan Kota"], ["Pasar Merah", "Pusat Pasar"], "Kel."),
             (61, 72, "Kota Singkawang", ["Singkawang Barat", "Singkawang Tengah"], ["Melayu", "Pasiran"], "Kel."),
             (35, 78, "Kota Surabaya", ["Bubutan", "Pabean Cantian"], ["Alun-alun Contong", "Bongkaran"], "Kel."),
             (21, 71, "Kota Batam", ["Lubuk Baja", "Batam Kota"], ["Nagoya", "Baloi Permai"], "Kel.")],
    "arab": [(35, 78, "Kota Surabaya", ["Semampir", "Pabean Cantian"], ["Ampel", "Nyamplungan"], "Kel."),
             (31, 71, "Jakarta Pusat", ["Tanah Abang", "Johar Baru"], ["Kebon Melati", "Tanah Tinggi"], "Kel."),
             (35, 75, "Kota Pasuruan", ["Bugul Kidul", "Gadingrejo"], ["Kebonagung", "Petahunan"], "Kel."),
             (73, 71, "Kota Makassar", ["Wajo", "Mariso"], ["Melayu Baru", "Lette"], "Kel."),
             (16, 71, "Kota Palembang", ["Seberang Ulu I", "Ilir Timur II"], ["13 Ulu", "Lawang Kidul"], "Kel.")],
    "aceh": [(11, 71, "Kota Banda Aceh", ["Kuta Alam", "Syiah Kuala"], ["Lampulo", "Rukoh"], "Gampong"),
             (11, 6, "Kab. Aceh Besar", ["Darul Imarah", "Ingin Jaya"], ["Lampeuneurut", "Lubok Batee"], "Gampong")],
    "banjar": [(63, 71, "Kota Banjarmasin", ["Banjarmasin Utara", "Banjarmasin Selatan"], ["Sungai Miai", "Kelayan Barat"], "Kel."),
               (63, 3, "Kab. Banjar", ["Martapura", "Sungai Tabuk"], ["Sekumpul", "Keliling Benteng"], "Desa")],
}


def area(p, with_city=True, kec=True):
    """Area-level tail (not PII): desa/kelurahan, kecamatan, city."""
    d = ch(p.desas)
    parts = []
    if p.kel_word:
        parts.append(p.kel_word + " " + d)
    else:
        parts.append(d)
    if kec:
        parts.append(ch(["Kec. ", "Kecamatan ", "Kec "]) + ch(p.kecs) if p.group not in ("papua",) else "Distrik " + ch(p.kecs))
    if with_city:
        parts.append(p.city)
    return ", ".join(parts)


# ---------------------------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------------------------

MOBILE_PREFIX = ["0811", "0812", "0813", "0821", "0822", "0823", "0851", "0852", "0853", "0814",
                 "0815", "0816", "0855", "0856", "0857", "0858", "0817", "0818", "0819", "0859",
                 "0877", "0878", "0831", "0832", "0833", "0838", "0895", "0896", "0897", "0898",
                 "0899", "0881", "0882", "0883", "0885", "0887", "0888", "0889"]


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def new_mobile():
    total = ch([11, 12, 12, 12, 13, 13])
    return ch(MOBILE_PREFIX) + digits(total - 4)


def fmt_phone(d, style=None):
    s = style or ch(["plain", "plain", "dash", "dash", "space", "dot", "intl_dash", "intl_plain",
                     "62plain", "paren", "g3", "dash3", "intl_space", "nbsp", "intl_trunk", "intl_hyph"])
    n = d[1:]
    if s == "plain":
        return d
    if s == "dash":
        return d[:4] + "-" + d[4:8] + "-" + d[8:]
    if s == "space":
        return d[:4] + " " + d[4:8] + " " + d[8:]
    if s == "dot":
        return d[:4] + "." + d[4:8] + "." + d[8:]
    if s == "intl_dash":
        return "+62 " + n[:3] + "-" + n[3:7] + "-" + n[7:]
    if s == "intl_plain":
        return "+62" + n
    if s == "62plain":
        return "62" + n
    if s == "paren":
        return "(+62) " + n[:3] + " " + n[3:7] + " " + n[7:]
    if s == "g3":
        return d[:4] + " " + d[4:7] + " " + d[7:10] + (" " + d[10:] if d[10:] else "")
    if s == "dash3":
        return d[:4] + "-" + d[4:7] + "-" + d[7:]
    if s == "intl_space":
        return "+62 " + n[:3] + " " + n[3:7] + " " + n[7:]
    if s == "nbsp":
        return d[:4] + "\u00a0" + d[4:8] + "\u00a0" + d[8:]
    if s == "intl_trunk":
        return "+62 (0)" + n[:3] + " " + n[3:7] + " " + n[7:]
    if s == "intl_hyph":
        return "+62-" + n[:3] + "-" + n[3:7] + "-" + n[7:]
    raise ValueError(s)


AREA_CODES = [("021", 8), ("022", 7), ("024", 7), ("0274", 6), ("031", 7), ("0361", 6), ("061", 7),
              ("0411", 6), ("0711", 6), ("0751", 6), ("0380", 6), ("0911", 6), ("0967", 6),
              ("0511", 6), ("0651", 6), ("0341", 6)]


def new_landline(code=None):
    if code:
        n = dict(AREA_CODES)[code]
    else:
        code, n = ch(AREA_CODES)
    return code, str(R.randint(2, 8)) + digits(n - 1)


def fmt_landline(code, num, style=None):
    s = style or ch(["paren", "paren_dash", "dash", "space", "plain_paren"])
    if s == "paren":
        return "(%s) %s" % (code, num)
    if s == "paren_dash":
        return "(%s) %s-%s" % (code, num[:3], num[3:])
    if s == "dash":
        return "%s-%s" % (code, num)
    if s == "space":
        return "%s %s %s" % (code, num[:len(num) // 2], num[len(num) // 2:])
    return "(%s)%s" % (code, num)


def landline_v(code=None, style=None):
    c, n = new_landline(code)
    return V(fmt_landline(c, n, style), "PHONE")


def typo_digits(d):
    i = R.randrange(1, len(d) - 1)
    if chance(0.5):
        return d[:i] + d[i + 1:]           # 15 digits
    return d[:i] + str(R.randrange(10)) + d[i:]   # 17 digits


def fmt_idnum(d, style=None):
    """NIK / KK forms."""
    s = style or ch(["plain", "plain", "plain", "sp4", "sp4", "dash4", "dot4", "dotted", "spaced_parts"])
    if len(d) != 16 and s in ("dotted", "spaced_parts"):
        s = "sp4"
    if s == "plain":
        return d
    if s in ("sp4", "dash4", "dot4"):
        sep = {"sp4": " ", "dash4": "-", "dot4": "."}[s]
        g = [d[0:4], d[4:8], d[8:12], d[12:]]
        return sep.join(g)
    if s == "dotted":
        return ".".join([d[0:2], d[2:4], d[4:6], d[6:12], d[12:]])
    if s == "spaced_parts":
        return " ".join([d[0:6], d[6:12], d[12:]])
    raise ValueError(s)


def nik_v(p, style=None, typo=None):
    return p.nik(style, typo)


def make_nip(p, style=None):
    tmt_year = p.dob.year + R.randint(22, 35)
    tmt_year = min(tmt_year, 2023)
    tmt = "%04d%02d" % (tmt_year, ch([1, 2, 3, 4, 10, 12]))
    d = p.dob.strftime("%Y%m%d") + tmt + ("1" if p.sex == "M" else "2") + "%03d" % R.randint(1, 12)
    s = style or ch(["grouped", "grouped", "plain", "dot"])
    if s == "plain":
        return d
    if s == "grouped":
        return "%s %s %s %s" % (d[:8], d[8:14], d[14], d[15:])
    return "%s.%s.%s.%s" % (d[:8], d[8:14], d[14], d[15:])


def npwp_v(p=None, style=None):
    s = style or ch(["old", "old", "old", "plain15", "zero16", "nik16"])
    if s == "nik16" and p is not None:
        return V(p.nik_digits(), "NPWP")
    if s == "nik16":
        s = "old"
    d = "%02d" % R.randint(4, 9) + digits(10) + "000"
    if s == "old":
        return V("%s.%s.%s.%s-%s.%s" % (d[:2], d[2:5], d[5:8], d[8], d[9:12], d[12:]), "NPWP")
    if s == "plain15":
        return V(d, "NPWP")
    return V("0" + d, "NPWP")


def bpjs_v(style=None):
    d = "000" + digits(10)
    s = style or ch(["plain", "plain", "grouped", "grouped2"])
    if s == "plain":
        return V(d, "BPJS")
    if s == "grouped":
        return V("%s %s %s %s" % (d[:4], d[4:8], d[8:12], d[12:]), "BPJS")
    return V("%s-%s-%s" % (d[:4], d[4:8], d[8:]), "BPJS")


def passport_v():
    l = ch(["B", "C", "C", "E", "X", "A"])
    return V(l + ch(["", "", " "]) + digits(7), "PASSPORT")


BANKS = [("BRI", 15), ("BNI", 10), ("BCA", 10), ("Mandiri", 13), ("BSI", 10), ("BTN", 16),
         ("CIMB Niaga", 14), ("Bank Jatim", 10), ("Bank Nagari", 10), ("Bank Sulselbar", 10),
         ("BPD Bali", 10), ("Bank NTT", 10), ("Bank Papua", 10), ("Bank Kalsel", 10),
         ("Bank Aceh Syariah", 10), ("Bank DKI", 10), ("bank bjb", 10), ("Bank Jateng", 10),
         ("BPD DIY", 10), ("Bank Sumut", 10), ("Bank Maluku Malut", 10)]


def bank_acc(bank=None, style=None):
    if bank is None:
        bank, n = ch(BANKS)
    else:
        n = dict(BANKS)[bank]
    d = digits(n)
    if bank == "BRI":
        d = "%04d" % R.randint(1, 9999) + "01" + digits(6) + "5" + str(R.randint(0, 3)) + str(R.randint(1, 9))
        s = style or ch(["grp", "grp", "plain"])
        if s == "grp":
            return bank, V("%s-%s-%s-%s-%s" % (d[:4], d[4:6], d[6:12], d[12:14], d[14]), "BANK_ACCOUNT")
        return bank, V(d, "BANK_ACCOUNT")
    if bank == "Mandiri":
        d = digits(3) + "00" + digits(8)
        s = style or ch(["grp", "plain"])
        if s == "grp":
            return bank, V("%s-%s-%s-%s" % (d[:3], d[3:5], d[5:12], d[12]), "BANK_ACCOUNT")
        return bank, V(d, "BANK_ACCOUNT")
    if bank == "BCA" and chance(0.3):
        return bank, V("%s %s %s" % (d[:3], d[3:6], d[6:]), "BANK_ACCOUNT")
    if bank == "BTN" and chance(0.4):
        return bank, V("%s %s %s %s" % (d[:4], d[4:8], d[8:12], d[12:]), "BANK_ACCOUNT")
    if n == 10 and chance(0.2):
        return bank, V("%s-%s-%s" % (d[:3], d[3:6], d[6:]), "BANK_ACCOUNT")
    return bank, V(d, "BANK_ACCOUNT")


PLATE_REGIONS = ["B", "D", "F", "E", "T", "Z", "A", "G", "H", "K", "R", "AA", "AB", "AD", "AE", "AG",
                 "L", "M", "N", "P", "S", "W", "DK", "DR", "EA", "DH", "EB", "ED", "BK", "BB", "BA",
                 "BM", "BG", "BE", "BH", "BN", "BP", "BL", "KB", "DA", "KT", "KH", "DB", "DL", "DM",
                 "DN", "DD", "DP", "DT", "DE", "DG", "PA", "PB"]


def plate_v(region=None, style=None):
    reg = region or ch(PLATE_REGIONS)
    num = str(R.randint(1, 9999))
    if chance(0.3):
        num = str(R.randint(1, 999))
    letters = "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(ch([1, 2, 2, 3, 3])))
    s = style or ch(["space", "space", "space", "nospace", "dash", "lower"])
    if s == "space":
        return V("%s %s %s" % (reg, num, letters), "PLATE")
    if s == "nospace":
        return V("%s%s%s" % (reg, num, letters), "PLATE")
    if s == "dash":
        return V("%s-%s-%s" % (reg, num, letters), "PLATE")
    return V(("%s %s %s" % (reg, num, letters)).lower(), "PLATE")


MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def fmt_date(d, style=None):
    s = style or ch(["long", "long", "long", "dash", "slash", "short", "dot", "iso", "nopad", "long_pad", "long_lower"])
    if s == "long":
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if s == "long_pad":
        return "%02d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if s == "long_lower":
        return "%d %s %d" % (d.day, MONTHS[d.month - 1].lower(), d.year)
    if s == "dash":
        return d.strftime("%d-%m-%Y")
    if s == "slash":
        return d.strftime("%d/%m/%Y")
    if s == "short":
        return "%d %s %d" % (d.day, MON3[d.month - 1], d.year)
    if s == "dot":
        return d.strftime("%d.%m.%Y")
    if s == "iso":
        return d.strftime("%Y-%m-%d")
    if s == "nopad":
        return "%d-%d-%d" % (d.day, d.month, d.year)
    raise ValueError(s)


def incident_date(style=None, year=None):
    y = year or ch([2023, 2024, 2024, 2024])
    d = datetime.date(y, 1, 1) + datetime.timedelta(days=R.randint(0, 364))
    if y == 2024 and d > REF_DATE:
        d = d - datetime.timedelta(days=200)
    return NM(fmt_date(d, style or ch(["long", "long", "dash", "slash", "short", "long_lower"])))


# ---------------------------------------------------------------------------------------------
# E-mail and handles
# ---------------------------------------------------------------------------------------------

MAIL_DOMAINS = ["gmail.com"] * 6 + ["yahoo.com", "yahoo.co.id", "ymail.com", "hotmail.com",
                                     "outlook.com", "icloud.com", "rocketmail.com", "outlook.co.id"]
CAMPUS = ["student.uns.ac.id", "mhs.unsyiah.ac.id", "student.unud.ac.id", "mail.ugm.ac.id",
          "students.unhas.ac.id", "mhs.uncen.ac.id"]


def name_tokens(p):
    toks = [t.lower().replace(".", "").replace("-", "") for t in p.name.split()]
    toks = [t for t in toks if t not in ("br", "boru", "bin", "binti", "i", "ni", "la", "wa", "muh",
                                         "moh", "m", "abd", "st") and t]
    return toks or ["warga"]


def make_email(p, domain=None):
    toks = name_tokens(p)
    r = R.random()
    if r < 0.3 and len(toks) > 1:
        local = toks[0] + "." + toks[-1]
    elif r < 0.5:
        local = toks[0] + str(p.dob.year)
    elif r < 0.65:
        local = toks[-1] + "_" + "%02d" % (p.dob.year % 100)
    elif r < 0.8:
        local = "".join(toks)[:14] + str(R.randint(1, 99))
    else:
        local = toks[0][0] + toks[-1] + "%02d" % R.randint(1, 99)
    return local + "@" + (domain or ch(MAIL_DOMAINS))


def make_handle(p):
    toks = name_tokens(p)
    r = R.random()
    if r < 0.3:
        h = toks[0] + "_" + toks[-1]
    elif r < 0.5:
        h = toks[0] + "." + toks[-1] + str(R.randint(1, 99))
    elif r < 0.7:
        h = "".join(toks) + "%02d" % (p.dob.year % 100)
    elif r < 0.85:
        h = toks[-1] + "_" + ch(["official", "real", "id", "xx", "77", "pnk"])
    else:
        h = ch(["its", "the", "mama", "papa", "kak"]) + toks[0]
    return "@" + h


INST_EMAILS = ["pengaduan@dukcapil.go.id", "humas@bpjs-kesehatan.go.id", "layanan@ombudsman.go.id",
               "pengaduan@lapor.go.id", "noreply@lapor.go.id", "dinsos@jatengprov.go.id",
               "disdukcapil@makassarkota.go.id", "pupr@badungkab.go.id", "info@pdamtirtanadi.co.id",
               "sekretariat@ppid.jayapurakota.go.id", "kontak@dinkes.kupangkota.go.id",
               "admin@sukamaju-desa.id", "pelayanan@kemenag.go.id", "pengaduan@imigrasi.go.id",
               "halo@bpn.go.id", "ppid@ambon.go.id", "dishub@medankota.go.id",
               "pengaduan.disdik@padang.go.id", "kpp.pratama@pajak.go.id", "cs@bankbpd.id"]
INST_HANDLES = ["@lapor1708", "@pln_123", "@dukcapil_kemendagri", "@humaspolri", "@pemkot_makassar",
                "@bpjskesehatanri", "@dishubdki", "@ombudsmanri137", "@pdam_tirtanadi",
                "@pemprov_bali", "@kemensosri", "@disdukcapil.kupang", "@kominfo"]

# ---------------------------------------------------------------------------------------------
# Addresses
# ---------------------------------------------------------------------------------------------

STREETS = ["Kenanga", "Melati", "Mawar", "Flamboyan", "Cempaka Putih", "Rajawali", "Merpati",
           "Kutilang", "Nangka", "Durian", "Pramuka", "Swadaya", "Kebon Jeruk", "Sawo Kecik",
           "Pinang Merah", "Beringin", "Bougenville", "Anggrek", "Teratai", "Dahlia", "Seroja",
           "Kamboja", "Kenari", "Cendrawasih", "Elang", "Perintis Kemerdekaan", "Pembangunan",
           "Bhakti", "Karya Bersama", "Harapan Jaya", "Damai", "Sejahtera", "Sepakat", "Amal",
           "Masjid", "Pesantren", "Raya Bogor", "Tanjung", "Cemara", "Asoka", "Manggis",
           "Tukad Badung", "Gunung Agung", "Daeng Tata", "Urip Sumoharjo", "Teuku Umar",
           "Diponegoro", "Ahmad Yani", "Sam Ratulangi", "Gatot Subroto", "Pattimura", "Hasanuddin",
           "Imam Bonjol", "Cut Nyak Dhien", "I Gusti Ngurah Rai", "Andi Djemma", "Sisingamangaraja",
           "W.R. Supratman", "Raya Sentani", "Sultan Adam", "Veteran", "Kapten Tendean"]
GANGS = ["Mawar", "Melati III", "Swadaya", "Sepakat", "Buntu", "Langgar", "Mushola", "Kelinci",
         "Delima II", "Haji Naim", "Bersama", "Rukun", "Famili", "Kenari 2", "Sawo", "Kancil",
         "Pinang", "Setia Budi", "Masjid", "Sederhana"]
COMPLEXES = ["Griya Asri", "Bukit Indah", "Villa Mutiara", "Permata Hijau", "Puri Harmoni",
             "Taman Cibodas", "Graha Sejahtera", "Bumi Kencana", "Pondok Hijau Permai",
             "Citra Garden", "Batara Mas", "Perumnas III Waena", "Korpri", "Tamalanrea Indah",
             "Griya Alam Sentosa", "Mutiara Residence"]
HAMLETS = ["Krajan", "Kidul", "Wetan", "Karanganyar", "Sumberrejo", "Ngemplak", "Gondang",
           "Sidomulyo", "Cikadu", "Babakan", "Pasir Angin", "Tegalsari", "Rejosari", "Mekarsari"]
JORONGS = ["Koto Tuo", "Pincuran Tujuh", "Balai Gadang", "Tanjung Alam", "Koto Panjang",
           "Sungai Janiah", "Padang Lua"]
BANJARS = ["Kaja", "Kelod", "Tengah", "Dauh Puri", "Tegal", "Pande", "Sema", "Anyar", "Tampak Gangsul"]
LINGK = ["Karang Baru", "Lamongan", "Bontoa", "Pao-Pao", "Tamarunang", "Kampung Baru", "Sukadamai"]
KAMPUNGS = ["Cibereum", "Pulo", "Bojong", "Rawa Bebek", "Sawah", "Kebon Kopi", "Muara", "Cikaret"]


def rtrw(style=None):
    rt, rw = R.randint(1, 19), R.randint(1, 14)
    s = style or ch(["a", "a", "b", "c", "d", "e", "f", "g", "h", "i"])
    if s == "a":
        return "RT %02d/RW %02d" % (rt, rw)
    if s == "b":
        return "RT %03d/RW %03d" % (rt, rw)
    if s == "c":
        return "RT.%02d/RW.%02d" % (rt, rw)
    if s == "d":
        return "RT %d RW %d" % (rt, rw)
    if s == "e":
        return "RT %02d RW %02d" % (rt, rw)
    if s == "f":
        return "Rt %02d/Rw %02d" % (rt, rw)
    if s == "g":
        return "RT/RW %02d/%02d" % (rt, rw)
    if s == "h":
        return "RT %03d RW %03d" % (rt, rw)
    return "RT %02d/%02d" % (rt, rw)


def housenum():
    n = str(R.randint(1, 150))
    if chance(0.15):
        n += ch("ABCD")
    elif chance(0.07):
        n += "/" + str(R.randint(2, 40))
    lead = ch(["No. ", "No. ", "No. ", "No.", "No ", "nomor ", "no. ", "Nomor "])
    return lead + n


def address(p=None, kind=None, wrap=False):
    """A house-level address (the span text only)."""
    group = p.group if p else ch(GROUPS)
    if kind is None:
        opts = ["jl", "jl", "jl_gg", "gg", "perum", "rtrw_only_no"]
        if group in ("jawa", "sunda"):
            opts += ["dusun", "dusun", "kp"]
        if group == "minang":
            opts += ["jorong", "jorong"]
        if group == "bali":
            opts += ["banjar", "banjar"]
        if group in ("bugis", "ntt"):
            opts += ["lingk", "btn"]
        if group == "arab" and p and p.prov == 16:
            opts += ["lr", "lr"]
        if group == "betawi":
            opts += ["kp", "gg"]
        kind = ch(opts)
    desig = ch(["Jl.", "Jl.", "Jl.", "Jln.", "Jalan", "Jl"])
    rr = (" " + rtrw()) if chance(0.6) else ""
    sep = ch([" ", ", ", " "])
    if kind == "jl" or kind == "rtrw_only_no":
        s = "%s %s %s" % (desig, ch(STREETS), housenum())
        if rr:
            s += sep.rstrip(" ") + rr if sep == ", " else rr
    elif kind == "jl_gg":
        s = "%s %s %s %s %s" % (desig, ch(STREETS), ch(["Gg.", "Gang", "Gg"]), ch(GANGS), housenum())
        if rr:
            s += rr
    elif kind == "gg":
        s = "%s %s %s" % (ch(["Gg.", "Gang"]), ch(GANGS), housenum())
        if rr:
            s += rr
    elif kind == "lr":
        s = "Lr. %s %s%s" % (ch(["Sei Bayas", "Pangeran", "Kenanga", "Lebak"]), housenum(), rr)
    elif kind == "perum":
        w = ch(["Perum", "Perum", "Perumahan", "Komp.", "Kompleks", "BTN"])
        if chance(0.5):
            s = "%s %s Blok %s%d No. %d" % (w, ch(COMPLEXES), ch("ABCDEFGH"), R.randint(1, 12), R.randint(1, 40))
        else:
            s = "%s %s Blok %s/%d" % (w, ch(COMPLEXES), ch("ABCDEFGH"), R.randint(1, 40))
        if chance(0.3):
            s += " " + rtrw()
    elif kind == "btn":
        s = "BTN %s Blok %s No. %d" % (ch(COMPLEXES), ch("ABCDEF"), R.randint(1, 30))
    elif kind == "dusun":
        w = ch(["Dusun", "Dsn.", "Dusun", "Dukuh"])
        if w == "Dukuh":
            w = "Dusun"
        s = "%s %s %s" % (w, ch(HAMLETS), rtrw(ch(["a", "b", "d", "e"])))
    elif kind == "kp":
        s = "%s %s %s" % (ch(["Kp.", "Kampung"]), ch(KAMPUNGS), rtrw())
    elif kind == "jorong":
        s = "Jorong %s" % ch(JORONGS)
        if chance(0.4):
            s += " " + housenum()
    elif kind == "banjar":
        s = "%s %s" % (ch(["Banjar", "Br.", "Banjar Dinas"]), ch(BANJARS))
        if chance(0.5):
            s = "%s %s %s, %s" % (ch(["Jl.", "Jalan"]), ch(["Tukad Badung", "Gunung Agung", "Raya Sesetan", "Pulau Saelus"]), housenum(), s)
    elif kind == "lingk":
        s = "Lingkungan %s" % ch(LINGK)
        if chance(0.6):
            s += " " + rtrw(ch(["a", "e", "d"]))
    else:
        raise ValueError(kind)
    if wrap:
        sp = [i for i, c in enumerate(s) if c == " "]
        if sp:
            i = sp[len(sp) // 2]
            s = s[:i] + "\n" + s[i + 1:]
    return V(s, "ADDRESS")


def bare_rtrw():
    return V(rtrw(), "ADDRESS")


# ---------------------------------------------------------------------------------------------
# Near-miss material (never PII)
# ---------------------------------------------------------------------------------------------

def ticket():
    r = R.random()
    if r < 0.35:
        return NM("#" + str(R.randint(1000000, 9999999)))
    if r < 0.55:
        return NM("LAPOR-%d-%05d" % (ch([2023, 2024]), R.randint(1, 99999)))
    if r < 0.8:
        y = ch([2023, 2024])
        return NM("%d%02d%02d%s" % (y, R.randint(1, 12), R.randint(1, 28), digits(8)))
    return NM(str(R.randint(10000000, 99999999)))


def ticket_phrase():
    t = ticket()
    if t.s.startswith("#"):
        return [ch(["laporan ", "tiket ", "aduan ", "Laporan "]), t]
    return [ch(["nomor laporan ", "no. tiket ", "ID laporan ", "kode aduan ", "No. Tracking "]), t]


REGS = ["PP 45/2020", "UU No. 25 Tahun 2009", "Perpres 76/2013", "UU 23/2014",
        "Permendagri No. 108 Tahun 2019", "Perda Kota Makassar No. 4 Tahun 2019",
        "PP Nomor 96 Tahun 2012", "UU 27/2022", "Permensos No. 1 Tahun 2019", "PMK 112/PMK.03/2022",
        "Permendikbud 44/2019", "PP 24/2018", "Perbup Gianyar No. 19 Tahun 2021", "UU No. 22 Tahun 2009",
        "Perwali Ambon 12/2020", "Permenkes 4/2019", "SE Mendagri 470/1234/Dukcapil"]


def reg():
    return NM(ch(REGS))


def amount():
    r = R.random()
    if r < 0.5:
        v = R.randint(2, 900) * ch([5000, 10000, 25000])
        return NM(ch(["Rp ", "Rp", "Rp. "]) + "{:,}".format(v).replace(",", ".") + ch(["", "", ",-", ",00"]))
    if r < 0.75:
        return NM(ch(["Rp1,5 juta", "Rp 2,5 jt", "Rp 350 ribu", "Rp 25rb", "Rp 3 juta", "Rp 750rb"]))
    return NM("Rp " + "{:,}".format(R.randint(10, 9999) * 1000).replace(",", "."))


HOTLINES = [("112", "call center darurat"), ("110", "polisi"), ("113", "damkar"), ("119", "ambulans"),
            ("123", "PLN"), ("165", "BPJS Kesehatan"), ("1708", "LAPOR!"), ("1500200", "Kemenkumham"),
            ("175", "BPJS Ketenagakerjaan"), ("1500 171", "Kemensos"), ("1500-567", "Pertamina"),
            ("14045", "Kemensos"), ("137", "Ombudsman"), ("1500 111", "Dukcapil")]


def hotline():
    return NM(ch(HOTLINES)[0])


OFFICE_NAMES = ["kantor kecamatan", "kantor kelurahan", "Dinas Dukcapil", "Sekretariat DPRD",
                "kantor Samsat", "Puskesmas", "kantor desa", "UPT PJU", "Posko Banjir BPBD"]


def office_line():
    c, n = new_landline()
    return NM(fmt_landline(c, n))


INSTITUTIONS = ["RSUD dr. Soetomo", "RSUP Dr. Sardjito", "RSUD Dr. Moewardi", "RSUP Dr. Wahidin Sudirohusodo",
                "RSUD Andi Makkasau", "RSUD Prof. Dr. W. Z. Johannes", "RSUD Dr. M. Haulussy",
                "RSUD Dok II Jayapura", "RSUD dr. Zainoel Abidin", "RSUP Prof. Dr. I.G.N.G. Ngoerah",
                "RSUD Ulin", "RS Bhayangkara", "SDN 3 Cipayung", "SMPN 2 Sesetan", "SD Inpres Kotaraja",
                "SMAN 1 Balige", "MTsN 4 Makassar", "Bandara Sultan Hasanuddin", "Bandara I Gusti Ngurah Rai",
                "Bandara El Tari", "Bandara Pattimura", "Stadion Andi Mattalatta", "Universitas Hasanuddin",
                "Masjid Raya Baiturrahman", "Terminal Kampung Rambutan", "Pelabuhan Tanjung Priok",
                "Pasar Johar", "Taman Bung Hatta", "Puskesmas Kartini", "RSUD Sultan Imanuddin",
                "Lapas Kelas IIA Cipinang", "SMKN 1 Ki Hajar Dewantara"]
HERO_STREETS = ["Jl. Sudirman", "Jl. Jend. Sudirman", "Jl. M.H. Thamrin", "Jl. Teuku Umar",
                "Jl. Cut Nyak Dhien", "Jl. I Gusti Ngurah Rai", "Jl. Andi Pangerang Pettarani",
                "Jl. Sisingamangaraja", "Jl. Sam Ratulangi", "Jl. Frans Kaisiepo", "Jl. Dr. Wahidin",
                "Jl. Prof. Dr. Hamka", "Jl. Sultan Hasanuddin", "Jl. W.R. Supratman", "Jl. Kapten Tendean",
                "Jl. Ir. H. Juanda", "Jl. K.H. Wahid Hasyim", "Jl. Gajah Mada", "Jl. Yos Sudarso",
                "Jl. Pattimura", "Jl. Diponegoro", "Jl. Ahmad Yani", "Jalan Raya Bogor", "Jl. Daeng Tata",
                "Jl. Urip Sumoharjo", "Jl. Imam Bonjol", "Jl. Raya Abepura"]
ROLES = ["Pak Lurah", "Bu Lurah", "Pak Camat", "Kepala Desa", "Pak Kades", "Bu Kades", "Kepala Dinas",
         "Kadis PUPR", "Bupati", "Wali Kota", "Pak RT", "Bu RT", "Ketua RW", "Kepala Sekolah",
         "Kapolsek", "Sekdes", "petugas loket", "Kasi Pelayanan", "Pak Kadus", "Pak Carik",
         "Kepala Puskesmas", "direktur RSUD", "Kepala UPT", "Kepala Distrik", "Raja Negeri"]


def hero_street_km():
    s = ch(HERO_STREETS)
    if chance(0.4):
        return NM(s + " km " + str(R.randint(2, 48)))
    return NM(s)


# ---------------------------------------------------------------------------------------------
# Complaint material
# ---------------------------------------------------------------------------------------------

ISSUES = [
    {"k": "jalan", "what": "jalan desa rusak berlubang dan belum diperbaiki", "agency": "Dinas PUPR",
     "more": ["Sudah dua motor warga jatuh di lubang yang sama.",
              "Saat hujan lubangnya tertutup air sehingga tidak terlihat.",
              "Anak sekolah terpaksa memutar lewat pematang sawah.",
              "Perbaikan tahun lalu hanya tambal sulam dan sudah hancur lagi."]},
    {"k": "pju", "what": "lampu penerangan jalan umum mati", "agency": "Dinas Perhubungan",
     "more": ["Sudah tiga minggu gelap total setelah magrib.",
              "Sudah ada dua kejadian jambret di ruas itu.",
              "Tiangnya juga miring dan kabelnya menjuntai."]},
    {"k": "air", "what": "air PDAM tidak mengalir", "agency": "PDAM",
     "more": ["Tagihan tetap datang dengan abonemen penuh.",
              "Kalau keluar pun airnya keruh dan berbau.",
              "Warga terpaksa membeli air jeriken setiap hari."]},
    {"k": "bansos", "what": "bantuan sosial (PKH/BLT) tidak tepat sasaran", "agency": "Dinas Sosial",
     "more": ["Yang menerima justru keluarga yang punya mobil.",
              "Lansia yang tinggal sendiri malah dicoret dari DTKS.",
              "Pendataan ulang tidak pernah melibatkan warga."]},
    {"k": "sampah", "what": "sampah menumpuk di TPS dan tidak diangkut", "agency": "Dinas Lingkungan Hidup",
     "more": ["Baunya sampai ke rumah warga dan banyak lalat.",
              "Truk pengangkut hanya datang sebulan sekali.",
              "Sebagian warga akhirnya membakar sampah di pinggir jalan."]},
    {"k": "tanah", "what": "pungutan biaya PTSL melebihi ketentuan", "agency": "Kantor Pertanahan",
     "more": ["Warga diminta membayar tanpa kuitansi.",
              "Yang tidak membayar berkasnya tidak diproses.",
              "Padahal menurut SKB tiga menteri biayanya jauh lebih kecil."]},
    {"k": "ktp", "what": "KTP-el tidak kunjung dicetak", "agency": "Disdukcapil",
     "more": ["Alasannya selalu blangko habis.",
              "Sudah bolak-balik ke kantor kecamatan lima kali.",
              "Tanpa KTP tidak bisa mengurus BPJS dan rekening bank."]},
    {"k": "bpjs", "what": "kepesertaan BPJS Kesehatan PBI dinonaktifkan", "agency": "BPJS Kesehatan",
     "more": ["Baru ketahuan saat berobat ke puskesmas.",
              "Pasien diminta membayar sebagai pasien umum.",
              "Tidak ada pemberitahuan sebelumnya."]},
    {"k": "sekolah", "what": "pungutan uang seragam dan gedung di sekolah negeri", "agency": "Dinas Pendidikan",
     "more": ["Orang tua yang belum bayar anaknya tidak diberi rapor.",
              "Komite sekolah menyebutnya sumbangan sukarela tetapi ada nominal wajib.",
              "Sebagian besar orang tua adalah buruh harian."]},
    {"k": "banjir", "what": "saluran drainase tersumbat sehingga banjir tiap hujan", "agency": "Dinas PUPR",
     "more": ["Air masuk ke rumah setinggi lutut.",
              "Gorong-gorong tertutup bangunan ruko.",
              "Sudah pernah kerja bakti tetapi alat berat tidak ada."]},
    {"k": "rs", "what": "pelayanan IGD lambat dan pasien ditolak", "agency": "Dinas Kesehatan",
     "more": ["Pasien menunggu lebih dari empat jam di kursi roda.",
              "Petugas beralasan kamar penuh padahal ada yang kosong.",
              "Keluarga pasien dibentak saat bertanya."]},
    {"k": "gaji", "what": "honor guru honorer belum dibayar", "agency": "Badan Kepegawaian Daerah",
     "more": ["Sudah empat bulan tidak menerima honor.",
              "Dana BOS katanya sudah cair sejak awal tahun.",
              "Banyak rekan yang akhirnya berutang ke koperasi."]},
    {"k": "izin", "what": "usaha peternakan ayam di tengah permukiman tanpa izin", "agency": "Satpol PP",
     "more": ["Baunya menyengat terutama sore hari.",
              "Limbahnya dibuang ke parit warga.",
              "Pemiliknya tidak mau diajak musyawarah."]},
    {"k": "pungli", "what": "pungutan liar oleh oknum petugas", "agency": "Inspektorat",
     "more": ["Uang diminta tunai tanpa bukti pembayaran.",
              "Yang menolak membayar dipersulit pelayanannya.",
              "Kejadiannya berulang setiap bulan."]},
]


def issue():
    return ch(ISSUES)


OPENERS = ["Yth. Admin LAPOR!,", "Selamat pagi,", "Dengan hormat,", "Salam sejahtera,", "Permisi min,",
           "Kepada Yth. Bapak/Ibu petugas,", "Selamat siang admin,"]


def opener(p):
    extra = {"bali": ["Om Swastiastu,"], "papua": ["Shalom,", "Syalom,"], "ntt": ["Salam damai,", "Shalom,"],
             "maluku": ["Shalom,", "Salam sejahtera,"], "batak": ["Horas,", "Shalom,"], "cina": ["Salam sejahtera,"],
             "arab": ["Assalamualaikum wr. wb."], "aceh": ["Assalamualaikum wr. wb."],
             "banjar": ["Assalamualaikum,"], "minang": ["Assalamualaikum,"], "bugis": ["Assalamualaikum wr. wb.", "Tabe',"],
             "jawa": ["Assalamualaikum wr. wb.", "Sugeng enjing,"], "sunda": ["Sampurasun,", "Assalamualaikum,"],
             "betawi": ["Assalamualaikum,"]}[p.group]
    return ch(OPENERS + extra * 2)
CLOSERS = ["Terima kasih.", "Mohon segera ditindaklanjuti.", "Atas perhatiannya kami ucapkan terima kasih.",
           "Wassalam.", "Mohon bantuannya.", "Tolong ditindak tegas.", "Matur nuwun.", "Salam."]

RELATIONS = ["ibu saya", "ayah saya", "paman saya", "bibi saya", "nenek saya", "kakek saya",
             "adik saya", "kakak saya", "tetangga saya", "mertua saya", "sepupu saya", "keponakan saya"]


def same_group_people(n, group=None, **kw):
    g = group or ch(GROUP_WEIGHTED)
    out = []
    for _ in range(n):
        gg = g if chance(0.8) else ch(GROUP_WEIGHTED)
        out.append(Person(gg, **kw))
    return out


# ---------------------------------------------------------------------------------------------
# Style 1: group complaints / petitions with signatory lists
# ---------------------------------------------------------------------------------------------

def petition(nopii=False):
    lead = Person()
    g = lead.group
    people = [lead] + same_group_people(R.randint(2, 8), g)
    iss = issue()
    desa = ch(lead.desas)
    b = B(case="lower" if chance(0.08) else None)
    head = ch(["PERNYATAAN SIKAP WARGA", "Petisi Warga", "SURAT PENGADUAN BERSAMA",
               "Keberatan Warga", "Pengaduan Kolektif", "MOSI TIDAK PERCAYA WARGA"])
    b.t("%s %s %s\n" % (head, lead.kel_word if lead.kel_word else "", desa) if chance(0.7) else head + "\n")
    if chance(0.5):
        b.t("Kepada Yth. %s %s\nc.q. Kepala %s\n" % ("Bupati" if lead.city.startswith("Kab.") else "Wali Kota",
                                                     lead.city.replace("Kab. ", "").replace("Kota ", ""),
                                                     iss["agency"]))
    b.t("\n")
    b.f("Kami yang bertanda tangan di bawah ini, warga {d}, {k}, menyampaikan keberatan atas {w}. ",
        d=((lead.kel_word + " ") if lead.kel_word else "") + desa, k=ch(["Kec. ", "Kecamatan "]) + ch(lead.kecs), w=iss["what"])
    b.t(" ".join(sample(iss["more"], 2)) + " ")
    r = R.random()
    if r < 0.35 and not nopii:
        kades = Person(g, age=(35, 65))
        b.f("Kami sudah menghadap {role} {n} pada {d}, tetapi hanya dijanjikan akan dibahas. ",
            role=ch(["Kepala Desa", "Lurah", "Kadus", "Ketua RW"] + (["Pak Kades", "Pak Lurah"] if kades.sex == "M" else ["Bu Kades", "Bu Lurah"])),
            n=kades.P("name" if chance(0.6) else "call"), d=incident_date())
    elif r < 0.7:
        b.f("Masalah ini sudah kami sampaikan ke {role} sejak {d} ({t}) tanpa hasil. ",
            role=ch(ROLES), d=incident_date(), t=ticket_phrase())
    else:
        b.f("Sesuai {reg}, kami berhak mendapat pelayanan yang layak. ", reg=reg())
    if chance(0.4):
        b.f("Kerugian warga ditaksir {a}. ", a=amount())
    b.t("\n\n")
    if nopii:
        b.f(ch(["Daftar {n} tanda tangan warga terlampir dalam berkas fisik yang kami serahkan ke kantor desa.",
                "Tanda tangan {n} kepala keluarga ada pada lampiran; NIK para penandatangan sudah kami cek ke Dukcapil.",
                "Petisi ini didukung {n} warga (lampiran tanda tangan dikirim terpisah melalui kurir)."]),
            n=str(R.randint(23, 240)))
        b.f("\n\nNarahubung: Sekretariat {rw}, telp. kantor desa {o}", rw=ch(["RW 05", "RW 02", "karang taruna", "BPD"]), o=office_line())
        return b
    fmt = ch(["num", "num", "dash", "pipe", "pipe", "tab", "blocks", "inline"])
    b.t(ch(["Daftar penandatangan:\n", "Yang bertanda tangan:\n", "Nama-nama warga:\n", "TTD:\n", ""]))
    fields = ["nik", "rtrw", "phone"]
    if chance(0.3):
        fields = ["nik", "phone"]
    if chance(0.2):
        fields = ["rtrw", "phone", "dob"]
    if fmt == "pipe":
        hdr = {"nik": "NIK", "rtrw": ch(["RT/RW", "Alamat"]), "phone": ch(["No. HP", "HP/WA", "Telp"]), "dob": "Tgl Lahir"}
        b.t("| No | Nama | " + " | ".join(hdr[f] for f in fields) + " |\n")
        b.t("|----|------|" + "|".join("-" * 6 for _ in fields) + "|\n")
        for i, p in enumerate(people, 1):
            b.f("| {i} | {n} |", i=str(i), n=p.P())
            for fl in fields:
                b.t(" ")
                if chance(0.15):
                    b.t(ch(["-", "", "(menyusul)", "tdk ada"]))
                else:
                    b.put(field_value(p, fl, hdr[fl]))
                b.t(" |")
            b.t("\n")
    elif fmt == "tab":
        col = ch(["RT/RW", "Alamat"])
        b.t("No\tNama\t" + "\t".join({"nik": "NIK", "rtrw": col, "phone": "HP", "dob": "Tgl Lahir"}[f] for f in fields) + "\n")
        for i, p in enumerate(people, 1):
            b.f("{i}\t{n}", i=str(i), n=p.P())
            for fl in fields:
                b.t("\t")
                if chance(0.12):
                    b.t("-")
                else:
                    b.put(field_value(p, fl, col))
            b.t("\n")
    elif fmt == "blocks":
        for i, p in enumerate(people, 1):
            b.f("{i}. Nama  : {n}\n", i=str(i), n=p.P())
            if chance(0.85):
                b.f("   NIK   : {v}\n", v=p.nik())
            if chance(0.6):
                b.f("   Alamat: {a}\n", a=address(p))
            if chance(0.7):
                b.f("   HP    : {v}\n", v=p.phone())
    elif fmt == "inline":
        b.t("Tertanda: ")
        for i, p in enumerate(people):
            if i:
                b.t(ch([", ", "; ", ", "]))
            b.put(p.P())
            if chance(0.4):
                b.f(" ({v})", v=p.phone())
            elif chance(0.3):
                b.f(" (NIK {v})", v=p.nik())
        b.t(".\n")
    else:
        bullet = "num" if fmt == "num" else "dash"
        sep = ch([" – ", " - ", ", ", " / ", " | "])
        for i, p in enumerate(people, 1):
            b.t("%d. " % i if bullet == "num" else ch(["- ", "* ", "• "]))
            b.put(p.P())
            for fl in fields:
                if chance(0.18):
                    continue
                b.t(sep)
                lab = {"nik": ch(["NIK ", "NIK: ", "KTP ", ""]), "rtrw": "", "phone": ch(["HP ", "WA ", "", "tlp "]),
                       "dob": "lahir "}[fl]
                b.t(lab)
                b.put(field_value(p, fl, "inline"))
            if chance(0.1):
                b.t(" (ttd)")
            b.t("\n")
    b.t("\n")
    coord = ch(people)
    r = R.random()
    if r < 0.5:
        b.f("Koordinator warga: {h} {n}, {cue} {ph}\n", h=coord.hon(), n=coord.P("call"),
            cue=ch(["WA", "HP", "kontak", "hp/wa"]), ph=coord.phone())
    elif r < 0.75:
        b.f("Narahubung: {n} ({ph})\n", n=coord.P(), ph=coord.phone())
    b.t(ch(["Tembusan:\n1. Camat\n2. Ketua DPRD\n3. Arsip", "(tanda tangan basah terlampir)",
            "Hormat kami, warga " + desa, "Demikian petisi ini kami buat dengan sebenar-benarnya."]))
    return b


def field_value(p, fl, ctx):
    if fl == "nik":
        return p.nik()
    if fl == "phone":
        return p.phone()
    if fl == "dob":
        return p.dob_v(ch(["dash", "slash", "long"]))
    if fl == "rtrw":
        if ctx == "RT/RW":
            return V("%03d/%03d" % (R.randint(1, 15), R.randint(1, 9)) if chance(0.5) else
                     "%02d/%02d" % (R.randint(1, 15), R.randint(1, 9)), "ADDRESS")
        if ctx == "Alamat" and chance(0.6) or ctx == "inline" and chance(0.4):
            return address(p)
        return bare_rtrw()
    raise ValueError(fl)


# ---------------------------------------------------------------------------------------------
# Style 2: forwarded e-mails, replies, portal exports
# ---------------------------------------------------------------------------------------------

AGENCY_FOOTERS = [
    ("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "Jl. Jend. Sudirman No. 10, Makassar", "disdukcapil@makassarkota.go.id", "0411"),
    ("DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "Jl. Raya Kapal No. 1, Mengwi", "pupr@badungkab.go.id", "0361"),
    ("BPJS KESEHATAN KANTOR CABANG", "Jl. Pattimura No. 21, Ambon", "humas@bpjs-kesehatan.go.id", "0911"),
    ("OMBUDSMAN RI PERWAKILAN", "Jl. Diponegoro No. 76, Medan", "layanan@ombudsman.go.id", "061"),
    ("KANTOR PERTANAHAN", "Jl. Sam Ratulangi No. 5, Surabaya", "halo@bpn.go.id", "031"),
    ("DINAS KESEHATAN", "Jl. Frans Seda No. 3, Kupang", "kontak@dinkes.kupangkota.go.id", "0380"),
    ("SEKRETARIAT PPID", "Jl. Soa Siu No. 1, Dok II, Jayapura", "sekretariat@ppid.jayapurakota.go.id", "0967"),
    ("DINAS PENDIDIKAN", "Jl. Bagindo Aziz Chan No. 8, Padang", "pengaduan.disdik@padang.go.id", "0751"),
]

DISCLAIMERS = [
    "PERHATIAN: E-mail ini beserta lampirannya bersifat rahasia dan hanya ditujukan kepada penerima yang dimaksud. Jika Anda bukan penerima yang dimaksud, mohon hapus e-mail ini.",
    "DISCLAIMER: This e-mail and any attachments are confidential. Jangan membalas e-mail ini; gunakan kanal resmi pengaduan.",
    "Email ini dikirim secara otomatis oleh sistem. Mohon tidak membalas.",
    "Informasi dalam surel ini dilindungi UU 27/2022 tentang Pelindungan Data Pribadi.",
]

DAYS = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def email_date(en=False, d=None):
    d = d or datetime.date(2024, 1, 1) + datetime.timedelta(days=R.randint(0, 230))
    hh, mm = R.randint(6, 22), R.randint(0, 59)
    if en:
        return "%s, %d %s %d %d:%02d %s" % (DAYS_EN[d.weekday()], d.day, d.strftime("%B"), d.year,
                                             (hh - 1) % 12 + 1, mm, "AM" if hh < 12 else "PM")
    return "%s, %d %s %d pukul %02d.%02d" % (DAYS[d.weekday()], d.day, MON3[d.month - 1], d.year, hh, mm)


def footer(b, agency=None):
    a = agency or ch(AGENCY_FOOTERS)
    c, n = new_landline(a[3])
    b.f("\n--\n{n} {city}\n{addr}\nTelp. {tel} | Email: {em}\n", n=a[0], city=ch(["KOTA", "KABUPATEN", ""]).strip(),
        addr=NM(a[1]), tel=NM(fmt_landline(c, n)), em=NM(a[2]))
    if chance(0.5):
        b.f("Call center: {h}\n", h=hotline())
    b.t(ch(DISCLAIMERS))


def complaint_body(b, p, iss, rich=True, quote=""):
    """The reporter's own complaint, possibly prefixed by a quote marker on each line."""
    q = quote
    b.f(q + "{o}\n" + q + "\n", o=opener(p))
    b.f(q + "Saya {n}, warga {a}, {ar}.\n", n=p.P(), a=address(p), ar=area(p))
    b.f(q + "Saya ingin melaporkan {w}. {m}\n", w=iss["what"], m=ch(iss["more"]))
    if rich:
        b.f(q + "Sebagai data, NIK saya {nik}", nik=p.nik())
        if chance(0.4):
            b.f(" dan No. KK {kk}", kk=p.kk())
        b.t(".\n")
        if iss["k"] == "gaji" or chance(0.12):
            bk, acc = bank_acc()
            b.f(q + "Saya ASN, NIP {nip}, gaji masuk ke rekening {bk} {acc}.\n", nip=p.nip(), bk=bk, acc=acc)
    b.f(q + "Bisa dihubungi di {ph}.\n", ph=p.phone())
    b.t(q + ch([c for c in CLOSERS if c not in ("Salam.", "Wassalam.")]) + "\n")


def email_forward(nopii=False):
    b = B()
    p = Person()
    iss = issue()
    if nopii:
        b.t("---------- Pesan terusan ----------\n")
        b.f("Dari: Sistem LAPOR! <{e}>\nTanggal: {d}\nPerihal: Notifikasi {t}\nKepada: <{e2}>\n\n",
            e=NM("noreply@lapor.go.id"), d=NM(email_date()), t=ticket(), e2=NM(ch(INST_EMAILS)))
        b.f("Laporan dengan {t} tentang {w} telah diteruskan ke {ag}. Batas waktu tindak lanjut {d}. "
            "Pelapor memilih status RAHASIA sehingga identitas tidak ditampilkan.\n",
            t=ticket_phrase(), w=iss["what"], ag=iss["agency"], d=incident_date())
        b.f("Dasar: {r}. Informasi lebih lanjut hubungi {h}.\n", r=reg(), h=hotline())
        footer(b)
        return b
    if chance(0.5):
        b.t(ch(["Mohon ditindaklanjuti, ini aduan yang masuk lewat email kantor.\n\n",
                "Fyi, diteruskan ke bidang terkait.\n\n", "Dear tim, mohon dicek.\n\n", ""]))
    b.t(ch(["---------- Forwarded message ---------\n", "---------- Pesan terusan ----------\n",
            "-------- Original Message --------\n"]))
    b.f("Dari: {n} <{e}>\n", n=p.P(), e=p.email())
    b.f("Tanggal: {d}\n", d=NM(email_date()))
    b.f("Perihal: {s}\n", s=ch(["Pengaduan ", "Keluhan ", "Fwd: Laporan ", "Re: "]) + iss["what"])
    b.f("Kepada: {e}\n", e=NM(ch(INST_EMAILS)))
    if chance(0.4):
        b.f("Cc: {e}\n", e=NM(ch(INST_EMAILS)))
    b.t("\n")
    complaint_body(b, p, iss)
    b.t("\nSalam,\n")
    b.put(p.P())
    if chance(0.6):
        b.f("\n{ph}", ph=p.phone())
    b.t("\n" + ch(["Dikirim dari Yahoo Mail di Android", "Sent from my iPhone", "Dikirim dari ponsel Samsung", ""]))
    if chance(0.6):
        footer(b)
    return b


def email_reply(nopii=False):
    b = B()
    p = Person()
    iss = issue()
    ag = ch(AGENCY_FOOTERS)
    staff = Person(age=(28, 55))
    b.f("From: Admin Pengaduan <{e}>\n", e=NM(ag[2]))
    d0 = datetime.date(2024, 1, 1) + datetime.timedelta(days=R.randint(0, 220))
    b.f("Sent: {d}\n", d=NM(email_date(en=True, d=d0 + datetime.timedelta(days=R.randint(1, 12)))))
    if nopii:
        b.f("To: {e}\nSubject: RE: Tindak lanjut {t}\n\n", e=NM(ch(INST_EMAILS)), t=ticket())
        b.f("Yth. Bapak/Ibu Pelapor,\n\nTerima kasih atas laporan Anda ({t}) mengenai {w}. Tim kami telah "
            "melakukan peninjauan lapangan pada {d} pukul {h} WIT. Perbaikan dijadwalkan dengan anggaran {a} "
            "sesuai {r}.\n\nHormat kami,\n{role}\n", t=ticket_phrase(), w=iss["what"], d=incident_date(),
            h=NM("%02d.%02d" % (R.randint(7, 16), R.randint(0, 59))), a=amount(), r=reg(),
            role=ch(["Kepala Bidang Pelayanan", "Tim Pengelola Pengaduan", "Kasubag Umum"]))
        footer(b, ag)
        return b
    b.f("To: '{n}' <{e}>\n", n=p.P(), e=p.email())
    b.f("Subject: RE: {w}\n\n", w=iss["what"])
    b.f("Yth. {h} {n},\n\n", h=ch(["Bapak/Ibu", "Saudara/i"] + (["Bapak", "Sdr."] if p.sex == "M" else ["Ibu", "Sdri."])), n=p.P("call" if chance(0.4) else "name"))
    b.f("Terima kasih telah menghubungi kami. Laporan Anda sudah kami catat dengan {t} dan diteruskan ke {ag}. ",
        t=ticket_phrase(), ag=iss["agency"])
    if chance(0.5):
        b.f("Petugas kami, {hon} {s}, akan menghubungi Anda dalam 3x24 jam. ",
            hon=ch(["Sdr.", "Bapak", "rekan"] if staff.sex == "M" else ["Sdri.", "Ibu", "rekan"]), s=staff.P())
    b.t("Untuk keperluan verifikasi mohon tidak mengirim foto KTP melalui e-mail.\n\n")
    b.t("Hormat kami,\nTim Pengaduan\n")
    footer(b, ag)
    b.t("\n\n-----Original Message-----\n")
    b.f("From: {n} <{e}>\nSent: {d}\n\n", n=p.P(), e=p.email(), d=NM(email_date(en=True, d=d0)))
    complaint_body(b, p, iss, rich=chance(0.7), quote="> ")
    return b


def portal_export(nopii=False):
    b = B()
    p = Person()
    iss = issue()
    kind = ch(["kv", "kv", "csv", "json_like"])
    tid = str(R.randint(1000000, 9999999))
    ts = "2024-%02d-%02d %02d:%02d:%02d" % (R.randint(1, 8), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    loc = hero_street_km()
    if kind == "csv":
        b.t("id_laporan;tanggal;nama_pelapor;kontak;kategori;lokasi;isi\n")
        b.f("{i};{d};", i=NM(tid), d=NM(ts))
        if nopii:
            b.t("ANONIM;-;")
        else:
            b.f("{n};{ph};", n=p.P(), ph=p.phone(ch(["plain", "62plain", "intl_plain"])))
        b.f("{k};{l};\"{w}. {m}\"\n", k=iss["agency"], l=loc, w=iss["what"].capitalize(), m=ch(iss["more"]))
        if chance(0.5):
            b.f("{i};{d};ANONIM;-;{k};{l};\"Laporan serupa, mohon digabung dengan {t}\"\n",
                i=NM(str(R.randint(1000000, 9999999))), d=NM(ts), k=iss["agency"], l=hero_street_km(), t=ticket())
        return b
    if kind == "json_like":
        b.f("{{\n  \"tracking_id\": \"{i}\",\n  \"created_at\": \"{d}\",\n", i=NM(tid), d=NM(ts))
        if nopii:
            b.t('  "reporter": null,\n  "anonymous": true,\n')
        else:
            b.f('  "reporter": {{"name": "{n}", "phone": "{ph}", "email": "{e}"}},\n', n=p.P(), ph=p.phone(), e=p.email())
        b.f('  "category": "{k}",\n  "location": "{l}",\n  "body": "{w}. {m}"\n}}', k=iss["agency"], l=loc,
            w=iss["what"], m=ch(iss["more"]))
        return b
    b.t("=== EKSPOR LAPORAN SP4N-LAPOR! ===\n")
    b.f("No. Tracking   : {i}\nTanggal Masuk  : {d}\n", i=NM(tid), d=NM(ts))
    if nopii:
        b.t("Pelapor        : (dirahasiakan)\nKontak         : -\n")
    else:
        b.f("Pelapor        : {n}\n", n=p.P())
        b.f("Kontak         : {ph}", ph=p.phone())
        if chance(0.5):
            b.f(" / {e}", e=p.email())
        elif chance(0.4):
            b.f(" / IG {h}", h=p.handle())
        b.t("\n")
    b.f("Kategori       : {k}\nInstansi       : {ag}\nLokasi Kejadian: {l}\n", k=iss["k"].upper(), ag=iss["agency"], l=loc)
    b.f("Isi            :\n{w}. {m}", w=iss["what"].capitalize(), m=" ".join(sample(iss["more"], 2)))
    if not nopii and chance(0.6):
        b.f(" Rumah saya di {a}.", a=address(p))
    if not nopii and chance(0.5):
        b.f(" NIK {nik}.", nik=p.nik())
    b.t("\n")
    if not nopii and chance(0.5):
        fn = name_tokens(p)
        b.t("Lampiran       : foto_lokasi_1.jpg, ")
        b.t("KTP_")
        b.v(fn[0].capitalize(), "PERSON")
        b.t(".pdf\n")
    b.f("Status         : {s}\nDisposisi      : {r} -> {ag}\n", s=ch(["Diproses", "Menunggu", "Selesai", "Diverifikasi"]),
        r=ch(["Admin Kabupaten", "Admin Provinsi", "Admin Kota"]), ag=iss["agency"])
    b.f("Catatan admin  : Sudah dihubungi via {h}. Lihat juga {t}.\n", h=ch(["telepon", "WhatsApp", "pesan LAPOR!"]), t=ticket())
    return b


def disposition(nopii=False):
    b = B()
    p = Person()
    off = Person(age=(30, 57))
    boss = Person(age=(40, 58))
    iss = issue()
    b.f("NOTA DINAS / DISPOSISI\nNomor   : {no}\nTanggal : {d}\nDari    : {r1}\nKepada  : {r2}\nHal     : Tindak lanjut {t}\n\n",
        no=NM("%d/%d/%s/%d" % (ch([470, 800, 900, 593]), R.randint(10, 999), ch(["Dukcapil", "DINSOS", "BPKAD", "PUPR"]), 2024)),
        d=incident_date(), r1=ch(["Kepala Dinas", "Sekretaris Dinas", "Kabid Pelayanan"]),
        r2=ch(["Kasi Pendaftaran Penduduk", "Kasi Jaminan Sosial", "Kasubag Umum"]), t=ticket())
    if nopii:
        b.f("Mohon segera ditindaklanjuti sesuai {r} paling lambat {d}. Koordinasikan dengan {role}.\n\n"
            "Catatan: pelapor merahasiakan identitas; jangan meminta NIK melalui telepon.\n",
            r=reg(), d=incident_date(), role=ch(ROLES))
        return b
    b.f("Mohon dicek berkas a.n. {n} (NIK {nik}) terkait {w}.", n=p.P(), nik=p.nik(), w=iss["what"])
    if chance(0.5):
        b.f(" Pelapor lahir {dob} dan", dob=p.dob_v())
    b.f(" dapat dihubungi di {ph}.\n\n", ph=p.phone())
    b.f("Petugas yang ditunjuk: {n}, NIP {nip}.\n", n=off.P(), nip=off.nip())
    b.f("\nTtd.\n{title}\n\n{h}{n}{deg}\nNIP {nip}\n", title=ch(["Kepala Bidang", "Sekretaris", "Kepala Dinas"]),
        h=ch(["", "Drs. ", "Ir. ", "dr. ", "H. ", "Dr. "]), n=boss.P(),
        deg=ch(["", ", S.Sos., M.Si.", ", S.H.", ", S.E., M.M.", ", S.Kom.", ", M.Kes."]), nip=boss.nip())
    return b


# ---------------------------------------------------------------------------------------------
# Style 3: narratives about someone else (news style, relative, neighbour)
# ---------------------------------------------------------------------------------------------

NARR_GROUPS = ["bali", "bali", "batak", "batak", "minang", "bugis", "bugis", "papua", "papua", "ntt",
               "ntt", "maluku", "maluku", "cina", "cina", "arab", "arab", "jawa", "sunda", "aceh", "banjar", "betawi"]


NICKS = {"M": ["Ucok", "Acong", "Udin", "Ipul", "Gepeng", "Nyong", "Kribo", "Otong", "Ucup", "Memet",
               "Bonar", "Item"],
         "F": ["Butet", "Ijah", "Inem", "Cece", "Iyem", "Nyai", "Ening", "Lilis"]}


def kin(p, age=(6, 80), sex=None):
    """A relative of p: same group and same registration region (for NIK/KK consistency)."""
    k = Person(p.group, sex=sex, age=age)
    k.prov, k.kab, k.city, k.kecs, k.desas, k.kel_word = p.prov, p.kab, p.city, p.kecs, p.desas, p.kel_word
    k.kec_code = p.kec_code
    k._nik = None
    k._kk = p._kk
    if p.group == "batak" and p.sex == "M":
        parts = k.name.split()
        k.name = " ".join(parts[:-1] + [p.name.split()[-1]])
    if k.name == p.name or k.call == p.call:
        return kin(p, age, sex)
    return k


def nickname(b, p):
    """ yang akrab disapa "Pak Ucok" -> the call name inside the quotes is PERSON, the honorific is not."""
    q = ch([("\u201c", "\u201d"), ('"', '"'), ("'", "'")])
    b.f(ch([" yang akrab disapa {q1}{h} {n}{q2}", " alias {q1}{h} {n}{q2}", " ({q1}{h} {n}{q2})"]),
        q1=q[0], q2=q[1], h=p.hon(), n=V(ch(NICKS[p.sex]), "PERSON"))


def relation_of(v, rep):
    """How v relates to the reporter ("ibu saya" ...), chosen from their ages and v's sex."""
    d = v.age - rep.age
    m = v.sex == "M"
    if d >= 35:
        return "kakek saya" if m else "nenek saya"
    if d >= 18:
        return ch(["ayah saya", "paman saya", "mertua saya"] if m else ["ibu saya", "bibi saya", "mertua saya"])
    if d >= 0:
        return ch(["kakak saya", "sepupu saya", "tetangga saya", "kakak ipar saya"])
    if d > -18:
        return ch(["adik saya", "sepupu saya", "tetangga saya"])
    if d <= -40:
        return ch(["cucu saya", "tetangga saya"])
    return ch(["anak saya", "keponakan saya"])


def reporter_role(v, rep):
    """How the reporter relates to v ("cucu korban" ...)."""
    d = v.age - rep.age
    if d >= 35:
        return ch(["cucu", "tetangga"])
    if d >= 18:
        return ch(["anak", "keponakan", "menantu", "tetangga"])
    if d >= -18:
        return ch(["saudara", "tetangga", "sepupu", "teman"])
    return ch(["orang tua", "paman", "bibi"]) if d > -40 else "kakek"


def narrative(nopii=False):
    g = ch(NARR_GROUPS)
    v = Person(g, age=(55, 88)) if chance(0.6) else Person(g, age=(6, 40))
    kind = ch(["news", "relative", "neighbour", "chrono"])
    rep = Person(g if (kind != "neighbour" or chance(0.6)) else None, age=(22, 55))
    if kind == "neighbour":
        v = Person(g, age=(58, 90))
    iss = issue()
    b = B()
    if nopii:
        who, lo, hi = ch([("nenek", 62, 91), ("kakek", 62, 91), ("janda", 35, 80), ("anak yatim", 7, 15),
                          ("buruh tani", 25, 60), ("penyandang disabilitas", 20, 70)])
        b.f("{c} \u2013 Seorang {who} berusia {a} tahun di {loc} menjadi korban {what}. Menurut warga, {role} sudah "
            "mengetahui kejadian ini sejak {d}, namun belum ada tindakan. {m}\n\n"
            "Warga berharap {ag} segera turun tangan sesuai {r}. Keluarga korban meminta identitasnya tidak dipublikasikan.",
            c=v.city.replace("Kab. ", "").replace("Kota ", "").upper(), who=who,
            a=str(R.randint(lo, hi)), loc=ch(["RT 04", "RT 03 RW 02", "sebuah dusun", "pinggiran kota"]) + " " + area(v, with_city=False),
            what=iss["what"], role=ch(ROLES), d=incident_date(), m=ch(iss["more"]), ag=iss["agency"], r=reg())
        return b
    h = v.hon()
    if kind == "news":
        b.f("{c} \u2013 Nasib malang menimpa {n} ({a})", c=v.city.replace("Kab. ", "").replace("Kota ", "").upper(),
            n=v.P(), a=str(v.age))
        if chance(0.4) and v.age >= 20:
            nickname(b, v)
        b.f(", warga {ad}, {ar}. ", ad=address(v), ar=area(v, with_city=False))
        b.f("Sejak {d}, {w}. {m} ", d=incident_date(), w=iss["what"], m=ch(iss["more"]))
        rr = reporter_role(v, rep)
        b.f("\u201cKami sudah berkali-kali mengadu ke {role}, tapi jawabannya selalu nanti,\u201d kata {rel} korban, {rn}. ",
            role=ch(ROLES), rel=rr, rn=rep.P())
        if chance(0.6):
            b.f("Menurut {rn2}, NIK {h} {c} ({nik}) ", rn2=rep.P("call"), h=h, c=v.P("call"), nik=v.nik())
            b.t(ch(["tercatat ganda di sistem.", "dinyatakan tidak padan.", "tidak muncul di DTKS.\n"]))
        b.f("\n\nLaporan ini ditulis oleh {rn}, {rel}. Kontak: {ph}", rn=rep.P(), rel=rr + " korban", ph=rep.phone())
    elif kind == "relative":
        rel = relation_of(v, rep)
        b.f("{o} Saya {rn}, ingin melaporkan nasib {rel}, {h} {n}", o=opener(rep), rn=rep.P(), rel=rel, h=h, n=v.P())
        if chance(0.5):
            b.f(" (lahir {dob})", dob=v.dob_v())
        else:
            b.f(" (usia {a} tahun)", a=str(v.age))
        b.f(", yang tinggal di {ad}, {ar}. ", ad=address(v), ar=area(v))
        b.f("{who} terdampak masalah {w}. {m} ", who=ch(["Beliau", "Ia", "Dia"]), w=iss["what"], m=ch(iss["more"]))
        if chance(0.5):
            bp = bpjs_v()
            b.f("Nomor kartu BPJS beliau {bp}, NIK {nik}. ", bp=bp, nik=v.nik())
        elif chance(0.5):
            b.f("Data beliau: NIK {nik}, No. KK {kk}. ", nik=v.nik(), kk=v.kk())
        if chance(0.5):
            o = Person(g, age=(30, 60))
            b.f("Saat kami ke kantor, petugas bernama {on} malah meminta {a}. ", on=o.P(), a=amount())
        if chance(0.3):
            b.f("Pelaku yang menyerempet beliau memakai motor {pl} dan kabur. ", pl=plate_v())
        elif chance(0.25):
            b.f("Foto beliau malah disebar akun {hd} tanpa izin. ", hd=Person().handle())
        b.f("Mohon dibantu. Saya bisa dihubungi di {ph}.\n\nHormat saya,\n{rn}", ph=rep.phone(), rn=rep.P())
    elif kind == "neighbour":
        b.f("Tetangga kami, {h} {n} ({a} thn)", h=h, n=v.P(), a=str(v.age))
        if chance(0.35):
            nickname(b, v)
        b.f(", tinggal sendirian di {ad}. ", ad=address(v))
        b.f("{w} sudah berlangsung sejak {d}. {m} ", w=iss["what"].capitalize(), d=incident_date(), m=ch(iss["more"]))
        rt = Person(g, sex="M", age=(35, 65))
        b.f("Pak RT {rt} sudah tahu tetapi katanya bukan wewenangnya. ", rt=rt.P("call"))
        if chance(0.5):
            b.f("Anaknya, {c}, merantau dan hanya bisa dihubungi lewat WA {ph}. ", c=Person(g).P(), ph=Person(g).phone())
        b.f("\n\nHormat saya,\n{rn} (tetangga)\nHP {ph}", rn=rep.P(), ph=rep.phone())
    else:
        child = kin(rep, age=(6, 17))
        b.f("Kronologi singkat:\n1) {d1} anak saya {c} (lahir {dob}) ", d1=incident_date(), c=child.P(), dob=child.dob_v())
        b.t(ch(["ditolak mendaftar di sekolah negeri karena alamat KK dianggap di luar zonasi.",
                "tidak bisa mendapat rujukan dari puskesmas.", "ditahan rapornya karena tunggakan uang komite."]))
        off = Person(g, age=(30, 58))
        b.f("\n2) {d2} saya menemui {role} {on}, yang menyatakan tidak bisa membantu.", d2=incident_date(),
            role=ch(["Kepala Sekolah", "operator sekolah", "Kasi Pelayanan", "petugas"]), on=off.P())
        b.f("\n3) {d3} saya mengadu lewat LAPOR! ({t}), belum ada jawaban.", d3=incident_date(), t=ticket_phrase())
        b.f("\n\nData anak: NIK {nik}, KK {kk}. Alamat kami {ad}, {ar}.\nPelapor: {rn} ({rel}), WA {ph}",
            nik=child.nik(), kk=rep.kk(), ad=address(rep), ar=area(rep), rn=rep.P(),
            rel=ch(["ayah" if rep.sex == "M" else "ibu", "wali"]), ph=rep.phone())
    return b


# ---------------------------------------------------------------------------------------------
# Style 4a: very short texts and SMS-style fields
# ---------------------------------------------------------------------------------------------

def short_text(nopii=False):
    """Under 80 characters; retried until short enough."""
    for _ in range(200):
        b = B(case=ch([None, None, "lower", "upper"]))
        p = Person()
        if nopii:
            b.f(ch(["lampu PJU mati sejak 3 hari {e}", "laporan {t} kok ditutup?", "cek {r} pasal 3 min",
                    "hub {h} ga nyambung dari td", "tiket {t} blm ada respon", "NIK saya sdh dicek, valid. knp ditolak?",
                    "{k} KK terdampak banjir, blm ada bantuan", "pungli parkir {a} di {s}",
                    "SPBU {sp} antri solar 3 jam {e}", "jalan {s} ambles lg"]),
                e=ch(["\U0001F621", "\U0001F64F", "\u203C\uFE0F", "\U0001F62D"]), t=ticket(), r=reg(), h=hotline(),
                k=str(R.randint(40, 2500)), a=amount(), s=hero_street_km(),
                sp=NM("%d.%03d.%02d" % (R.randint(11, 74), R.randint(100, 999), R.randint(1, 99))))
        else:
            tpl = ch(["NIK {nik} ditolak terus di aplikasi {e}", "{n} {ph} jalan dpn rmh rusak",
                      "wa {ph} a.n {n}", "kk {kk} hilang, mohon dibantu", "rek {bk} {acc} a.n. {n}",
                      "tlg hub {h} {c} {ph}", "plat {pl} parkir liar tiap hari {e}",
                      "ig {hd} nipu jual beli hp", "{e} {n}, lahir {dob}, blm dpt KIS",
                      "bpjs {bp} nonaktif", "email sy {em}", "Sy {n} {rw}, air mati",
                      "nopol {pl} nabrak lari", "{n} ({ph})", "paspor {pp} blm jadi 2 bln"])
            bk, acc = bank_acc()
            b.f(tpl, nik=p.nik(), e=ch(["\U0001F64F", "\U0001F621", "\U0001F62D\U0001F62D", "\U0001F64F\U0001F3FB"]),
                n=p.P(), ph=p.phone(), kk=p.kk(), bk=bk, acc=acc, h=p.hon(), c=p.P("call"), pl=plate_v(),
                hd=p.handle(), dob=p.dob_v(), bp=bpjs_v(), em=p.email(),
                rw=bare_rtrw(), pp=passport_v())
        if len(b.text()) < 80:
            return b
    raise RuntimeError("short")


def sms_fields(nopii=False):
    b = B(case=ch([None, "upper", "lower", None]))
    p = Person()
    iss = issue()
    sep = ch(["#", "#", ";", ";", "# "])
    kind = ch(["reg", "semi_hdr", "kv"])
    if nopii:
        b.f("LAPOR{s}{k}{s}{l}{s}{w}{s}{t}", s=sep, k=iss["k"].upper(), l=hero_street_km(), w=iss["what"], t=ticket())
        return b
    if kind == "reg":
        b.t(ch(["LAPOR", "REG", "ADUAN", "1708"]) + sep)
        b.put(p.P())
        b.t(sep)
        b.put(p.nik())
        b.t(sep)
        if chance(0.6):
            b.put(address(p))
            b.t(sep)
        b.t(iss["what"])
        if chance(0.5):
            b.t(sep)
            b.put(p.phone(ch(["plain", "62plain", "intl_plain"])))
    elif kind == "semi_hdr":
        b.t(ch(["nama;nik;hp;isi\n", "NAMA;NIK;NO_HP;KELUHAN\n"]))
        b.f("{n};{nik};{ph};{w}", n=p.P(), nik=p.nik(ch(["plain", "plain", "dot4"])), ph=p.phone(ch(["plain", "dash", "62plain"])), w=iss["what"])
        if chance(0.5):
            q = Person(p.group)
            b.f("\n{n};;{ph};idem", n=q.P(), ph=q.phone("plain"))
    else:
        b.f("Nama:{n}{s}NIK:{nik}{s}HP:{ph}{s}Lokasi:{l}{s}Isi:{w}", n=p.P(), s=sep, nik=p.nik(), ph=p.phone(),
            l=hero_street_km(), w=iss["what"])
    return b


# ---------------------------------------------------------------------------------------------
# Style 4b: long multi-paragraph texts (2-4 KB) with several people
# ---------------------------------------------------------------------------------------------

FILLER = [
    "Perlu kami sampaikan bahwa masalah ini bukan yang pertama kali terjadi. Pada tahun lalu kejadian serupa juga dialami warga lain dan sempat diberitakan media lokal, tetapi setelah beberapa minggu semuanya kembali seperti semula.",
    "Kami memahami bahwa anggaran pemerintah daerah terbatas dan ada banyak prioritas lain. Namun yang kami minta hanyalah kejelasan: kapan masalah ini akan ditangani dan siapa yang bertanggung jawab.",
    "Setiap kali kami datang ke kantor, kami diminta kembali minggu depan dengan membawa fotokopi berkas yang sama. Sudah belasan lembar fotokopi yang kami serahkan dan tidak ada satu pun tanda terima.",
    "Di grup WhatsApp warga, banyak yang mengeluhkan hal yang sama, tetapi mereka takut melapor karena khawatir bantuannya dicabut atau urusannya dipersulit di kemudian hari.",
    "Kami sudah membaca ketentuan dalam UU No. 25 Tahun 2009 tentang Pelayanan Publik, yang menyebutkan bahwa setiap penyelenggara wajib memberikan pelayanan yang berkualitas dan menyediakan sarana pengaduan.",
    "Cuaca beberapa minggu terakhir cukup ekstrem. Hujan deras hampir setiap sore membuat kondisi di lapangan semakin parah dan warga semakin cemas.",
    "Sebagai gambaran, jarak dari kampung kami ke kantor kecamatan sekitar 14 km dengan ongkos ojek pulang-pergi Rp 60.000. Bagi buruh tani, itu sama dengan upah satu hari kerja.",
    "Kami juga sudah mencoba menghubungi call center 1708 dan mengirim pesan ke akun [[@lapor1708]], tetapi hanya mendapat balasan otomatis.",
    "Kami tidak bermaksud menyalahkan siapa pun. Kami hanya ingin pelayanan berjalan sebagaimana mestinya dan warga kecil tidak terus-menerus dipingpong dari satu meja ke meja lain.",
    "Perlu diketahui juga bahwa di lingkungan kami ada 37 KK yang bergantung pada fasilitas tersebut, termasuk beberapa lansia dan penyandang disabilitas.",
    "Pada rapat warga bulan lalu yang dihadiri sekitar 60 orang, disepakati bahwa pengaduan ini disampaikan secara resmi melalui kanal LAPOR! agar tercatat dan dapat dipantau.",
    "Foto-foto kondisi lapangan, rekaman suara, dan salinan kuitansi sudah kami simpan dan siap kami serahkan jika diperlukan untuk pemeriksaan.",
    "Kami berharap Ombudsman dan Inspektorat dapat ikut memantau agar tidak ada lagi praktik serupa di desa-desa lain.",
    "Kondisi ekonomi keluarga kami sedang sulit sejak panen gagal tahun ini, sehingga setiap pengeluaran tambahan sangat memberatkan.",
]


def put_marked(b, s):
    """Append text where [[...]] marks a near-miss segment."""
    for i, part in enumerate(re.split(r"\[\[|\]\]", s)):
        if i % 2:
            b.nm(part)
        else:
            b.t(part)


def long_text(nopii=False):
    g = ch(GROUP_WEIGHTED)
    rep = Person(g, age=(28, 60))
    spouse = kin(rep, age=(25, 60), sex="F" if rep.sex == "M" else "M")
    parent = kin(rep, age=(62, 88))
    official = Person(g, age=(32, 58))
    perp = Person(g, age=(25, 60))
    iss = issue()
    b = B()
    paras = []

    def para(fn):
        paras.append(fn)

    b.t(opener(rep) + "\n\n")
    if nopii:
        b.f("Melalui kanal ini kami, warga {ar}, menyampaikan pengaduan tentang {w}. Laporan sebelumnya ({t}) ditutup "
            "tanpa penjelasan pada {d}.\n\n", ar=area(rep), w=iss["what"], t=ticket_phrase(), d=incident_date())
    else:
        b.f("Perkenalkan, saya {n}, {job}, tinggal di {ad}, {ar}. Melalui kanal ini saya menyampaikan pengaduan "
            "tentang {w}.\n\n", n=rep.P(), job=ch(["petani", "guru honorer", "pedagang kecil", "ibu rumah tangga", "sopir angkot", "nelayan"]),
            ad=address(rep), ar=area(rep), w=iss["what"])
    fill = sample(FILLER, len(FILLER))
    blocks = []
    if nopii:
        blocks.append(lambda: b.f("Kronologinya: pada {d1} sekitar pukul {h} {role} datang meninjau lokasi di {l}. "
                                  "Beliau berjanji perbaikan dimulai {d2} dengan anggaran {a}. Sampai hari ini belum ada pekerjaan apa pun. {m}\n\n",
                                  d1=incident_date(), h=NM("%02d.%02d" % (R.randint(7, 17), R.randint(0, 59))), role=ch(ROLES),
                                  l=hero_street_km(), d2=incident_date(), a=amount(), m=ch(iss["more"])))
        blocks.append(lambda: b.f("Kami juga sudah mengirim surat ke {inst} dengan nomor surat {no}, dan mendapat jawaban "
                                  "bahwa masalah ini menjadi kewenangan {ag}. Email resmi {em} tidak pernah membalas.\n\n",
                                  inst=ch(INSTITUTIONS), no=NM("%d/%03d/RW-%02d/%d" % (ch([5, 140, 470]), R.randint(1, 300), R.randint(1, 12), 2024)),
                                  ag=iss["agency"], em=NM(ch(INST_EMAILS))))
        blocks.append(lambda: b.f("Menurut {r}, pelayanan seperti ini seharusnya selesai dalam 14 hari kerja. Kami sudah menunggu "
                                  "lebih dari {n} hari. Hotline {h} hanya memberi nomor antrean {t}.\n\n",
                                  r=reg(), n=str(R.randint(40, 200)), h=hotline(), t=ticket()))
    else:
        blocks.append(lambda: b.f("Kronologinya begini. Pada {d1}, saya bersama {rs} saya, {sp}, mendatangi kantor {ag}. "
                                  "Kami diterima oleh {role} bernama {on}. {m} Beliau mengatakan berkas kami kurang lengkap dan "
                                  "meminta kami kembali {d2}.\n\n", d1=incident_date(), rs="istri" if rep.sex == "M" else "suami", sp=spouse.P(), ag=iss["agency"],
                                  role=ch(["petugas", "Kasi Pelayanan", "staf loket", "Kepala Seksi"]), on=official.P(),
                                  m=ch(iss["more"]), d2=incident_date()))
        blocks.append(lambda: b.f("Yang paling terdampak adalah {rel} saya, {h} {pn}, lahir {dob}, NIK {nik}. Beliau sudah "
                                  "sakit-sakitan dan {x}. Kartu BPJS beliau nomor {bp} tiba-tiba tidak aktif.\n\n",
                                  rel=ch(["ibu" if parent.sex == "F" else "ayah", "mertua"]), h=parent.hon(), pn=parent.P(), dob=parent.dob_v(),
                                  nik=parent.nik(), x=ch(["harus cuci darah dua kali seminggu", "tidak bisa berjalan jauh", "tinggal bersama kami"]),
                                  bp=bpjs_v()))
        blocks.append(lambda: b.f("Kemudian pada {d}, seseorang bernama {pp} yang mengaku bisa \"membantu mempercepat\" meminta uang "
                                  "{a}. Uang itu kami transfer ke rekening {bk} {acc} a.n. {pp2}. Nomor yang dipakai {ph2}"
                                  "{pl}.\n\n", d=incident_date(), pp=perp.P(), a=amount(), bk=bank_pair[0], acc=bank_pair[1],
                                  pp2=perp.P(), ph2=perp.phone(),
                                  pl=[", dan ia datang dengan motor bernopol ", plate_v()] if chance(0.5) else ""))
        blocks.append(lambda: b.f("Sebagai kelengkapan, berikut data keluarga kami: No. KK {kk}, NIK saya {nik1}, NIK {sp} {nik2}. "
                                  "Semua dokumen asli ada pada kami.\n\n", kk=rep.kk(), nik1=rep.nik(), sp=spouse.P("call"),
                                  nik2=spouse.nik()))
        blocks.append(lambda: b.f("Kami juga sudah berbicara dengan {role} {on2} pada {d}, dan beliau menyarankan kami melapor ke "
                                  "{ag}. Laporan kami di kanal lain tercatat dengan {t}.\n\n", role=ch(["Pak RT", "Ketua RW", "Pak Kadus", "Pak Kaling"]),
                                  on2=Person(g, sex="M").P("call"), d=incident_date(), ag=iss["agency"], t=ticket_phrase()))
    bank_pair = bank_acc()
    target = R.randint(2150, 3600)
    order = blocks[:]
    R.shuffle(order)
    # keep the chronology first for readability
    order = [blocks[0]] + [x for x in order if x is not blocks[0]]
    for i, blk in enumerate(order):
        blk()
        if i < len(fill):
            put_marked(b, fill[i] + "\n\n")
        if len(b.text().encode("utf-8")) > target:
            break
    j = len(order)
    while len(b.text().encode("utf-8")) < target and j < len(fill):
        put_marked(b, fill[j] + "\n\n")
        j += 1
    if nopii:
        b.f("Demikian pengaduan kami. Tembusan: {role}, Ombudsman RI, dan DPRD. Informasi lanjut dapat ditanyakan ke "
            "sekretariat RW melalui kantor desa, telp. {o}.\n\nHormat kami,\nWarga {ar}", role=ch(ROLES), o=office_line(), ar=area(rep, with_city=False))
    else:
        b.f("Demikian pengaduan ini saya buat dengan sebenar-benarnya. Saya bersedia dihubungi di {ph} atau e-mail {em}.\n\n"
            "Hormat saya,\n\n{n}\n", ph=rep.phone(), em=rep.email(), n=rep.P())
    return b


# ---------------------------------------------------------------------------------------------
# Style 5: regional languages, case, emoji, OCR, broken wraps
# ---------------------------------------------------------------------------------------------

def regional(nopii=False, lang=None):
    lang = lang or ch(["jw_krama", "jw_ngoko", "sunda", "betawi", "minang", "banjar", "bugis", "papua"])
    grp = {"jw_krama": "jawa", "jw_ngoko": "jawa", "sunda": "sunda", "betawi": "betawi", "minang": "minang",
           "banjar": "banjar", "bugis": "bugis", "papua": "papua"}[lang]
    p = Person(grp)
    rt = Person(grp, sex="M", age=(35, 65))
    case = ch([None, None, "lower", "lower", "upper"])
    b = B(case=case)
    e1 = ch(["", "", " \U0001F64F", " \U0001F621\U0001F621", " \U0001F62D", " \U0001F64F\U0001F3FD", " \u203C\uFE0F"])
    e2 = ch(["", " \U0001F3E0", " \U0001F4DE", " \u260E\uFE0F", " \U0001F449"])
    if nopii:
        tpl = {
            "jw_krama": "Nuwun sewu, badhe matur bilih lampu PJU ing {s} sampun pejah kalih minggu. Sampun lapor dhateng {role} nanging dereng wonten tindak lanjut. Nomer laporan {t}.{e}",
            "jw_ngoko": "lur, dalan nang {s} bolong gedhe, wingi ana wong tiba. wis lapor {role} ning ra digubris. {t}{e}",
            "sunda": "Punten, jalan di {s} parantos rusak ti taun kamari. Abdi tos lapor ka {role} tapi teu acan aya tindakan. Nomer laporan {t}.{e}",
            "betawi": "Bang admin, got di {s} mampet mulu, tiap ujan banjir se-betis. Udeh lapor ke {role} kagak ada kabar. Tiket {t}.{e}",
            "minang": "Assalamualaikum, jalan di {s} alah rusak bana. Alah diadukan ka {role} tapi alun ado tindakan. Nomor laporan {t}.{e}",
            "banjar": "Assalamualaikum, banyu PDAM di {s} kada mengalir sudah saminggu. Sudah bapadah ka {role} tapi kada ditanggapi. Tiket {t}.{e}",
            "bugis": "Tabe', itu jalanan di {s} rusak sekali mi, sudah dua tahun. Sudah mi dilapor ke {role} tapi tidak ada ji kabarnya. Nomor laporan {t}.{e}",
            "papua": "Selamat siang, jalan di {s} rusak parah, mobil tra bisa lewat. Sa su lapor ke {role} tapi dong bilang tunggu saja. Laporan {t}.{e}",
        }[lang]
        b.f(tpl, s=hero_street_km(), role=ch(ROLES), t=ticket(), e=e1)
        return b
    if chance(0.5):
        regional2(b, lang, p, e1, e2)
        return b
    if lang == "jw_krama":
        b.f("Nuwun sewu, kula {n} saking {ad}, {ar}.{e2} Kula badhe matur bilih {w}. ", n=p.P(), ad=address(p), ar=area(p), e2=e2,
            w=ch(["griya kula dereng pikantuk bantuan BLT", "toya PDAM sampun sedasa dinten mboten mili", "KTP kula dereng dados ngantos nem wulan"]))
        b.f("Sampun matur dhateng Pak RT {rt}, nanging dereng wonten kabar. NIK kula {nik}, nomer HP {ph}. Matur nuwun sanget.{e}",
            rt=rt.P("call"), nik=p.nik(), ph=p.phone(), e=e1)
    elif lang == "jw_ngoko":
        b.f("lur aku {n}, omahku {ad}.{e2} {w}. wis tak laporke pak rt {rt} tapi mung dijawab 'sabar'. wa ku {ph}{e}",
            n=p.P(), ad=address(p), e2=e2, rt=rt.P("call"), ph=p.phone(),
            w=ch(["dalan ngarep omah rusak parah wis 3 sasi ra didandani", "bansos ku dicoret ra jelas alasane", "sampah nang tps ra diangkut rong minggu"]),
            e=e1)
    elif lang == "sunda":
        b.f("Punten, abdi {n} ti {ad}, {ar}.{e2} Abdi bade ngalaporkeun yen {w}. ", n=p.P(), ad=address(p), ar=area(p), e2=e2,
            w=ch(["jalan di lembur abdi ruksak pisan", "bantosan PKH indung abdi teu cair deui", "cai PDAM tos saminggu teu ngocor"]))
        if chance(0.5):
            m = kin(p, age=(60, 85), sex="F")
            b.f("Indung abdi, {h} {mn}, lahir {dob}, NIK {nik}. ", h=ch(["Ema", "Mak", "Ibu"]), mn=m.P(), dob=m.dob_v(), nik=m.nik())
        b.f("Nomer HP abdi {ph}. Hatur nuhun.{e}", ph=p.phone(), e=e1)
    elif lang == "betawi":
        b.f("Aye {n}, tinggal di {ad}.{e2} Nih got depan rumah aye mampet, kalo ujan banjir mulu. Udeh lapor Pak RT {rt} kagak ada kabar. "
            "Telpon aye aje di {ph}, atau dateng ke rumah.{e}", n=p.P(), ad=address(p), e2=e2, rt=rt.P("call"), ph=p.phone(), e=e1)
    elif lang == "minang":
        b.f("Assalamualaikum. Ambo {n} dari {ad}, {ar}.{e2} Jalan di kampuang kami rusak bana, alah duo tahun indak diperbaiki. ",
            n=p.P(), ad=address(p, kind=ch(["jorong", "jorong", "jl"])), ar=area(p), e2=e2)
        if chance(0.5):
            w = Person("minang", sex="M", age=(45, 75))
            b.f("Wali nagari, {h} {wn}, alah tau tapi alun ado tindakan. ", h=ch(["Pak", "Angku", "Datuak_no"]).replace("Datuak_no", "Pak"), wn=w.P())
        b.f("Nomor HP ambo {ph}. Tarimo kasih.{e}", ph=p.phone(), e=e1)
    elif lang == "banjar":
        b.f("Assalamualaikum, ulun {n}, tinggal di {ad}, {ar}.{e2} Ulun handak melapor, {w}. ", n=p.P(), ad=address(p), ar=area(p), e2=e2,
            w=ch(["banyu PDAM kada mengalir sudah saminggu", "jalan di kampung ulun rusak parah", "bantuan gasan nini ulun kada cair"]))
        if chance(0.5):
            a = kin(p, age=(60, 85), sex="F")
            b.f("Nini ulun, {h} {an}, umur {ag} tahun, NIK {nik}. ", h=a.hon(), an=a.P(), ag=str(a.age), nik=a.nik())
        b.f("Nomor ulun {ph}. Makasih banar.{e}", ph=p.phone(), e=e1)
    elif lang == "bugis":
        b.f("Tabe', saya {n} dari {ad}, {ar}.{e2} Itu jalanan di depan rumahku rusak sekali mi, sudah dua tahun tidak diperbaiki. Kodong. ",
            n=p.P(), ad=address(p), ar=area(p), e2=e2)
        if chance(0.6):
            o = Person("bugis", sex="M", age=(30, 60))
            b.f("Sudah mi saya bilang ke {h} {on}, petugas di kelurahan, tapi katanya tunggu mi saja. ", h=ch(["Daeng", "Pak", "Puang"]), on=o.P("call"))
        b.f("Hubungi saja ka' di {ph} nah. Makasih banyak di'.{e}", ph=p.phone(), e=e1)
    else:
        b.f("Selamat siang. Sa {n}, tinggal di {ad}, {ar}.{e2} Tong pu jalan rusak parah, mobil tra bisa lewat. ",
            n=p.P(), ad=address(p), ar=area(p), e2=e2)
        if chance(0.6):
            m = Person("papua", sex="F", age=(40, 70))
            b.f("Mama {mn} su jatuh dari motor minggu lalu. ", mn=m.P())
        b.f("Sa su lapor ke Distrik tapi dong bilang tunggu saja. Sa pu nomor {ph}. Terima kasih banyak e.{e}", ph=p.phone(), e=e1)
    return b


def regional2(b, lang, p, e1, e2):
    """Second register per language, with other kinds of values around the regional words."""
    if lang == "jw_krama":
        f = kin(p, age=(62, 90), sex="M")
        b.f("Kula nyuwun pitulungan.{e2} Bapak kula, {h} {n} (yuswa {a} taun), miyos {dob}, dereng nampi BLT "
            "babar pisan. NIK {nik}, KK {kk}. Griyanipun wonten {ad}. Menawi wonten kabar saged ngabari kula, "
            "{rn}, ing nomer {ph}. Matur nuwun.{e}", e2=e2, h=ch(["Mbah", "Raden Mas", "Pak"]), n=f.P(), a=str(f.age),
            dob=f.dob_v(), nik=f.nik(), kk=f.kk(), ad=address(f), rn=p.P(), ph=p.phone(), e=e1)
    elif lang == "jw_ngoko":
        perp = Person("jawa", age=(25, 55))
        bk, acc = bank_acc()
        b.f("min, bojoku {bn} dijaluki duit {a} karo wong jenenge {pn} sing ngaku soko kelurahan.{e2} "
            "wis ditransfer nang rek {bk} {acc} a.n {pn2}. nomere {pph}. tulung diusut, iki penipuan. aku {rn} wa {ph}{e}",
            bn=kin(p, age=(20, 60), sex="F" if p.sex == "M" else "M").P(), a=amount(), pn=perp.P(), e2=e2, bk=bk, acc=acc,
            pn2=perp.P(), pph=perp.phone(), rn=p.P(), ph=p.phone(), e=e1)
    elif lang == "sunda":
        o = Person("sunda", sex="M", age=(20, 50))
        b.f("Wilujeng enjing. Abdi bade ngawadul perkawis motor {pl} nu sok parkir di payuneun bumi abdi di {ad}.{e2} "
            "Nu gaduhna, {h} {on}, teu tiasa dibejaan. Abdi {rn}, {ph}.{e}", pl=plate_v(ch(["D", "F", "Z", "T", "E"])),
            ad=address(p), e2=e2, h=ch(["Kang", "Mang", "Aa"]), on=o.P("call"), rn=p.P(), ph=p.phone(), e=e1)
    elif lang == "betawi":
        m = kin(p, age=(60, 85), sex="F")
        b.f("Bang admin, aye mau ngadu nih.{e2} Enyak aye, Nyak {mn}, kelahiran {dob}, kartu BPJS-nye {bp} kagak aktif, "
            "pas berobat disuruh bayar umum. Aye {rn}, tinggal di {ad}. WA aye {ph}. Makasih bang.{e}",
            e2=e2, mn=m.P(), dob=m.dob_v(), bp=bpjs_v(), rn=p.P(), ad=address(p), ph=p.phone(), e=e1)
    elif lang == "minang":
        _, acc = bank_acc("Bank Nagari")
        b.f("Ambo {n}, guru honorer di SDN 12 Koto Tangah.{e2} Alah tigo bulan honor ambo alun dibayia. Rekening Bank Nagari "
            "ambo {acc} a.n. {n2}. Rumah ambo di {ad}, {ar}. Kontak: {ph}. Tarimo kasih banyak.{e}",
            n=p.P(), e2=e2, acc=acc, n2=p.P(), ad=address(p, kind=ch(["jorong", "jl", "perum"])), ar=area(p), ph=p.phone(), e=e1)
    elif lang == "banjar":
        f = kin(p, age=(60, 88), sex="M")
        b.f("Pian tolong pang,{e2} KTP abah ulun {fn} (NIK {nik}) kada kawa dicetak, alasannya blangko habis tarus. "
            "Abah ulun lahir {dob}, umurnya sudah {a} tahun. Ulun {rn}, {ph}.{e}", e2=e2, fn=f.P(), nik=f.nik(),
            dob=f.dob_v(), a=str(f.age), rn=p.P(), ph=p.phone(), e=e1)
    elif lang == "bugis":
        o = Person("bugis", sex="M", age=(30, 60))
        b.f("Itu {h} {on} yang kerja di kelurahan minta uang {a} baru mau dia urus surat tanahku.{e2} Nomornya {oph}. "
            "Saya {rn}, tinggal di {ad}, {ar}. Tolong mi dibantu, kodong.{e}", h=ch(["Daeng", "Pak", "Puang"]), on=o.P(),
            a=amount(), e2=e2, oph=o.phone(), rn=p.P(), ad=address(p), ar=area(p), e=e1)
    else:
        c = kin(p, age=(1, 10))
        b.f("Sa pu anak {cn} lahir {dob} di Puskesmas, sampe sekarang belum dapat akta.{e2} Petugas Dukcapil bilang "
            "NIK sa {nik} tra terbaca di sistem. Sa {rn}, WA {ph}. Tong tinggal di {ad}, {ar}.{e}",
            cn=c.P(), dob=c.dob_v(), e2=e2, nik=p.nik(), rn=p.P(), ph=p.phone(), ad=address(p), ar=area(p), e=e1)


def ocr_letter(nopii=False):
    p = Person()
    iss = issue()
    b = B(ocr_text=True, ocr_values=0.25, case="upper" if chance(0.3) else None)
    b.t(ch(["SURAT PENGADUAN\n\n", "Perihal : Pengaduan\nLampiran : 1 (satu) berkas\n\n", "KEPADA YTH.\nKEPALA " + iss["agency"].upper() + "\nDI TEMPAT\n\n"]))
    if nopii:
        b.f("Dengan hormat,\nBersama ini kami sampaikan bahwa {w} di lokasi {l}. Hal ini telah berlangsung sejak {d}. "
            "Mohon ditindaklanjuti sesuai {r}.\n\nDemikian, atas perhatian Bapak/Ibu diucapkan terima kasih.\n\nHormat kami,\nPengurus {rw}",
            w=iss["what"], l=hero_street_km(), d=incident_date(), r=reg(), rw=ch(["RW 07", "LPM Kelurahan", "BPD"]))
        return b
    b.t("Yang bertanda tangan di bawah ini:\n")
    b.f("Nama          : {n}\n", n=p.P())
    if chance(0.7):
        b.f("Tempat/Tgl Lahir : {c}, {dob}\n", c=p.city.replace("Kab. ", "").replace("Kota ", ""), dob=p.dob_v(ch(["dash", "long", "dot"])))
    b.f("NIK           : {nik}\n", nik=p.nik())
    b.f("Alamat        : {ad}\n                {ar}\n", ad=address(p), ar=area(p))
    b.f("No. Telp/HP   : {ph}\n\n", ph=p.phone())
    b.f("Dengan ini menyampaikan pengaduan bahwa {w}. {m}\n\nDemikian surat ini saya buat dengan sebenarnya.\n\n"
        "{c}, {d}\nHormat saya,\n\n\n{n}", w=iss["what"], m=" ".join(sample(iss["more"], 2)),
        c=p.city.replace("Kab. ", "").replace("Kota ", ""), d=incident_date(), n=p.P())
    return b


def wrapped(nopii=False):
    p = Person()
    iss = issue()
    b = B(case="lower" if chance(0.25) else None)
    if nopii:
        b.f("Laporan: {w}. Lokasi di {l} dekat {inst}. Kejadian {d} pukul {h}. Sudah dilaporkan ke {role} dan call center {hl} "
            "namun belum ada petugas datang. Nomor laporan sebelumnya {t}. {m}",
            w=iss["what"], l=hero_street_km(), inst=ch(INSTITUTIONS), d=incident_date(),
            h=NM("%02d.%02d" % (R.randint(7, 22), R.randint(0, 59))), role=ch(ROLES), hl=hotline(), t=ticket(), m=" ".join(iss["more"]))
    else:
        b.f("{o} Saya {n}, mau melaporkan {w}. Alamat rumah saya {ad}, {ar}. {m} ",
            o=opener(p), n=p.P(), w=iss["what"], ad=address(p, wrap=True), ar=area(p), m=" ".join(sample(iss["more"], 2)))
        if chance(0.6):
            b.f("NIK {nik}, hp {ph}. ", nik=p.nik(), ph=p.phone())
        else:
            b.f("Kontak {ph}. ", ph=p.phone())
        if chance(0.5):
            q = Person(p.group)
            b.f("Tetangga yang juga terdampak: {qn} di {qa}. ", qn=q.P(), qa=address(q))
        b.t(ch(CLOSERS))
    t = b.text()
    w = R.randint(38, 64)
    new = hard_wrap(t, w)
    b.buf = [new]
    return b


# ---------------------------------------------------------------------------------------------
# Style 6: values in unusual but realistic forms
# ---------------------------------------------------------------------------------------------

PHONE_CUES = ["HP", "hp", "Hp.", "WA", "WA:", "wa", "No. WA", "tlp", "telp.", "Telp/WA", "kontak",
              "nomor", "HP/WA:", "\U0001F4DE", "\u260E\uFE0F", "no hp", "WhatsApp", "nmr", "CP:"]


UNUSUAL_KINDS = ["form", "phones", "ids", "money", "vehicle", "online", "form", "dob_words", "rural", "pmi", "tax"]
UNUSUAL_COUNTER = [0]


def unusual(nopii=False):
    p = Person()
    UNUSUAL_COUNTER[0] += 1
    kind = UNUSUAL_KINDS[UNUSUAL_COUNTER[0] % len(UNUSUAL_KINDS)]
    b = B()
    iss = issue()
    if nopii:
        b.f("Info: pendaftaran ulang {prog} dibuka {d1} s.d. {d2} di {inst}. Bawa fotokopi KTP dan KK (tidak perlu "
            "dikirim lewat WA). Biaya {a}. Dasar hukum {r}. Pertanyaan: {hl} atau {em}.",
            prog=ch(["PKH", "KIP Kuliah", "BPJS PBI", "PTSL"]), d1=incident_date(), d2=incident_date(), inst=ch(INSTITUTIONS),
            a=ch(["gratis", "Rp 0"]), r=reg(), hl=hotline(), em=NM(ch(INST_EMAILS)))
        return b
    if kind == "form":
        b.t(ch(["DATA PELAPOR\n", "Identitas Pelapor:\n", "== Form Pengaduan ==\n", ""]))
        b.f("Nama lengkap : {n}\n", n=p.P())
        if chance(0.8):
            b.f("{lab} : {c}, {dob}\n", lab=ch(["TTL", "Tempat/Tgl. Lahir", "Tempat, tanggal lahir", "Lahir"]),
                c=p.city.replace("Kab. ", "").replace("Kota ", ""), dob=p.dob_v())
        b.f("NIK : {nik}\n", nik=p.nik())
        if chance(0.6):
            b.f("No. KK : {kk}\n", kk=p.kk())
        if chance(0.35):
            b.f("NPWP : {np}\n", np=npwp_v(p))
        if chance(0.3):
            b.f("{lab} : {pp}\n", lab=ch(["No. Paspor", "Paspor", "No Passport"]), pp=passport_v())
        b.f("Alamat : {ad}, {ar}\n", ad=address(p), ar=area(p))
        b.f("{cue} {ph}\n", cue=ch(["No. HP/WA :", "HP :", "Telp :", "WA :"]), ph=p.phone())
        if chance(0.5):
            b.f("Email : {em}\n", em=p.email())
        if chance(0.3):
            b.f("Telp rumah : {tl}\n", tl=landline_v())
        b.f("\nIsi pengaduan: {w}. {m}", w=iss["what"].capitalize(), m=ch(iss["more"]))
    elif kind == "phones":
        q = Person(p.group)
        b.f("{o} Saya {n} mau lapor {w}. ", o=opener(p), n=p.P(), w=iss["what"])
        b.f("Nomor saya {c1} {ph1}, kalau tidak aktif coba {c2} {ph1b}. ", c1=ch(PHONE_CUES), ph1=p.phone(ch(["paren", "intl_trunk", "g3", "nbsp", "intl_hyph"])),
            c2=ch(["nomor kedua", "no cadangan", "hp istri", "wa suami"]), ph1b=q.phone(ch(["62plain", "dot", "dash3", "intl_space"])))
        if chance(0.5):
            b.f("Telp rumah {tl}. ", tl=landline_v())
        b.f("Jangan hubungi {hl} karena itu nomor umum. {cl}", hl=hotline(), cl=ch(CLOSERS))
    elif kind == "ids":
        b.f("Mohon bantuan, data saya di Dukcapil tidak sinkron.\nNIK di KTP: {nik1}\nNIK di aplikasi: {nik2}\n"
            "KK: {kk}\n", nik1=p.nik(ch(["dotted", "sp4", "dot4", "spaced_parts"]), typo=False), nik2=p.nik(ch(["plain"]), typo=chance(0.5)),
            kk=p.kk(ch(["dotted", "dash4", "sp4", "plain"])))
        if chance(0.5):
            b.f("NPWP (sudah pakai NIK): {np}\n", np=V(p.nik_digits(), "NPWP"))
        else:
            b.f("NPWP lama {np}\n", np=npwp_v(style=ch(["old", "plain15", "zero16"])))
        if chance(0.5):
            b.f("BPJS: {bp}\n", bp=bpjs_v(ch(["grouped", "grouped2", "plain"])))
        b.f("Atas nama {n}, lahir {dob}. Kontak {ph}", n=p.P(), dob=p.dob_v(), ph=p.phone())
    elif kind == "money":
        bk, acc = bank_acc()
        sc = Person(age=(20, 50))
        bk2, acc2 = bank_acc()
        b.f("Saya {n} tertipu penjual online. Uang {a} sudah saya kirim ke rekening {bk} {acc} a.n. {sn}. ",
            n=p.P(), a=amount(), bk=bk, acc=acc, sn=sc.P())
        b.f("Penjualnya memakai nomor {ph} dan akun {hd}. ", ph=sc.phone(), hd=sc.handle())
        b.f("Mohon pengembalian dana ke rekening saya {bk2} no. {acc2}. Saya bisa dihubungi di {ph2}.", bk2=bk2, acc2=acc2, ph2=p.phone())
    elif kind == "vehicle":
        off = Person(age=(25, 55))
        b.f("Pada {d} mobil dinas plat merah {pl} parkir di trotoar {l} selama berjam-jam. ", d=incident_date(), pl=plate_v(style="space"), l=hero_street_km())
        b.f("Sopirnya, {h} {on}, malah marah saat ditegur. ", h=ch(["Pak", "Sdr.", "Mas", "Bang"]), on=Person(off.group, sex="M").P())
        b.f("Ada juga motor {pl2} yang selalu parkir di depan rumah saya di {ad}. ", pl2=plate_v(), ad=address(p))
        if chance(0.5):
            cop = Person(age=(24, 50))
            b.f("Saat saya lapor ke pos, {rk} {cn} hanya bilang \"nanti dicek\". ", rk=ch(["Aipda", "Bripka", "Brigadir", "Aiptu"]), cn=cop.P())
        b.f("Pelapor: {n}, {ph}.", n=p.P(), ph=p.phone())
    elif kind == "online":
        b.f("Akun {hd} menyebarkan foto KTP saya. Saya {n}, NIK {nik}. ", hd=Person().handle(), n=p.P(), nik=p.nik())
        b.f("Akun saya sendiri {hd2}, email {em}. ", hd2=p.handle(), em=p.email())
        b.f("Sudah lapor ke {ih} tapi tidak ada respons. Mohon dibantu take down. Paspor saya {pp} juga ikut tersebar.",
            ih=NM(ch(INST_HANDLES)), pp=passport_v())
    elif kind == "dob_words":
        kid = kin(p, age=(1, 12))
        wd = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"][kid.dob.weekday()]
        b.f("Akta kelahiran anak saya salah tanggal. Anak saya {kn} lahir hari {wd}, {dob} di {pl}, tetapi di akta tertulis {wrong}. ",
            kn=kid.P(), wd=wd, dob=kid.dob_v(ch(["long", "long_pad", "long_lower"])), pl=ch(INSTITUTIONS[:12]),
            wrong=V(fmt_date(kid.dob + datetime.timedelta(days=R.randint(1, 40)), "long"), "DATE_OF_BIRTH"))
        b.f("Saya sendiri kelahiran '{yy}, ibunya kelahiran {yy2}. ", yy=NM("%02d" % (p.dob.year % 100)), yy2=NM(str(p.dob.year + R.randint(-3, 5))))
        b.f("NIK anak {nik}. Ayah: {n}, WA {ph}.", nik=kid.nik(), n=p.P(), ph=p.phone())
    elif kind == "pmi":
        w = kin(p, age=(20, 40))
        country = ch(["Malaysia", "Taiwan", "Hong Kong", "Arab Saudi"])
        fph = {"Malaysia": "+60 1%s-%s %s" % (digits(1), digits(3), digits(4)),
               "Taiwan": "+886 9%s %s %s" % (digits(2), digits(3), digits(3)),
               "Hong Kong": "+852 %s %s" % (ch("5679") + digits(3), digits(4)),
               "Arab Saudi": "+966 5%s %s %s" % (digits(1), digits(3), digits(4))}[country]
        b.f("Saudara saya {wn} bekerja sebagai PMI di {c} sejak {y}, paspor {pp}. Gajinya tidak dibayar dan paspornya ditahan "
            "majikan. Nomor di sana {fph}. Agen penyalurnya, {an}, tidak bisa dihubungi lagi di {aph}. ",
            wn=w.P(), c=country, y=NM(str(ch([2019, 2020, 2021, 2022]))), pp=passport_v(), fph=V(fph, "PHONE"),
            an=Person(age=(30, 55)).P(), aph=landline_v() if chance(0.3) else Person().phone())
        b.f("Saya {n}, KTP {nik}, hp {ph}. Mohon BP2MI membantu.", n=p.P(), nik=p.nik(), ph=p.phone())
    elif kind == "tax":
        b.f("Pengaduan perpajakan: NPWP saya {np} ({n}) sudah dipadankan dengan NIK {nik}, tetapi di aplikasi masih muncul "
            "NPWP lama {np2}. Akibatnya bukti potong dari kantor tidak bisa dilaporkan. Email terdaftar {em}, HP {ph}. "
            "Sudah ke KPP tapi disuruh menghubungi {hl}.", np=npwp_v(style=ch(["old", "zero16"])), n=p.P(), nik=p.nik(typo=False),
            np2=npwp_v(style="plain15"), em=p.email(), ph=p.phone(), hl=NM("1500200"))
    else:  # rural
        q = Person(p.group, sex="M")
        b.f("Kami dari {ad} ({ar}) melaporkan {w}. ", ad=address(p, kind=ch(["dusun", "kp", "jorong", "banjar", "lingk", "btn"])), ar=area(p), w=iss["what"])
        b.f("Kepala dusun, {h} {kn}, sudah mengusulkan perbaikan sejak {y}. ", h=ch(["Pak", "Bapak"]), kn=q.P(), y=NM(str(ch([2019, 2020, 2021]))))
        b.f("Pelapor {n}, hp {ph}. Domisili saya {rr}.", n=p.P(), ph=p.phone(), rr=bare_rtrw())
    return b


# ---------------------------------------------------------------------------------------------
# Style 7: no PII at all, dense with confusable material
# ---------------------------------------------------------------------------------------------

def nopii_confusable(_=True):
    iss = issue()
    b = B(case=ch([None, None, None, "lower", "upper"]))
    kind = ch(["ticket", "reg", "hotline", "places", "officials", "counts", "cue_no_value", "agency_reply", "mixed"])
    if kind == "ticket":
        b.f("Laporan {t} tentang {w} di {l} statusnya \"selesai\" padahal belum ada perbaikan. Sebelumnya juga {t2} "
            "ditutup sepihak pada {d}. Mohon dibuka kembali.", t=ticket_phrase(), w=iss["what"], l=hero_street_km(),
            t2=ticket(), d=incident_date())
    elif kind == "reg":
        b.f("Menurut {r1} dan {r2}, {w} wajib ditangani paling lambat 14 hari. Faktanya sudah {n} hari. Denda yang dikenakan "
            "{a} juga tidak sesuai {r3}.", r1=reg(), r2=reg(), w=iss["what"], n=str(R.randint(20, 180)), a=amount(), r3=reg())
    elif kind == "hotline":
        b.f("Sudah telepon {h1} dan {h2} berkali-kali, juga {off} di {ol} (nomor kantor), tidak ada yang angkat. "
            "Email ke {em} dibalas otomatis. Akun {ih} juga diam. {e}", h1=hotline(), h2=hotline(), off=ch(OFFICE_NAMES),
            ol=office_line(), em=NM(ch(INST_EMAILS)), ih=NM(ch(INST_HANDLES)), e=ch(["\U0001F621", "\U0001F64F", ""]))
    elif kind == "places":
        b.f("Antrean pasien BPJS di {i1} mengular sampai ke {s1}. Ambulans dari {i2} tertahan macet di {s2}. "
            "Parkir liar di depan {i3} memperparah. Kejadian {d} pukul {h}.", i1=ch([x for x in INSTITUTIONS if x.startswith(("RS", "Puskesmas"))]), s1=hero_street_km(),
            i2=ch([x for x in INSTITUTIONS if x.startswith("RS")]), s2=hero_street_km(), i3=ch(INSTITUTIONS), d=incident_date(),
            h=NM("%02d.%02d" % (R.randint(6, 22), R.randint(0, 59))))
    elif kind == "officials":
        b.f("{r1} tidak pernah ada di kantor saat jam pelayanan. Warga dilempar ke {r2}, lalu ke {r3}. "
            "Kami minta {r4} mengevaluasi kinerja aparat {ar}. {m}", r1=ch(ROLES).capitalize(), r2=ch(ROLES), r3=ch(ROLES),
            r4=ch(["Bupati", "Wali Kota", "Gubernur", "Inspektorat"]), ar=ch(["desa kami", "kelurahan", "kecamatan"]), m=ch(iss["more"]))
    elif kind == "counts":
        b.f("Banjir {d} merendam {n1} rumah; {n2} KK terdampak dan {n3} jiwa mengungsi ke {i}. Bantuan {a} per KK baru cair "
            "untuk {n4} KK. Posko di RT {rt} kekurangan air bersih. {sp}", d=incident_date(), n1=str(R.randint(50, 900)),
            n2=NM("{:,}".format(R.randint(100, 4000)).replace(",", ".")), n3=str(R.randint(100, 3000)), i=ch(INSTITUTIONS),
            a=amount(), n4=str(R.randint(10, 90)), rt=NM("%02d" % R.randint(1, 15)),
            sp=ch(["", "SPBU 64.753.07 kehabisan solar.", "Sekolah NPSN 20219876 dipakai jadi posko.", "Jalan putus di km 45."]))
    elif kind == "cue_no_value":
        b.f("NIK saya sudah diverifikasi di 3 aplikasi tapi tetap ditolak. Nomor KK juga sudah dicek ke {i}. "
            "HP saya pun sudah terdaftar. Kenapa {w}? Tolong jangan minta foto KTP lewat WA, itu melanggar {r}.",
            i=ch(["Disdukcapil", "kantor desa", "kecamatan"]), w=iss["what"], r=reg())
    elif kind == "agency_reply":
        ag = ch(AGENCY_FOOTERS)
        c, n = new_landline(ag[3])
        b.f("Tanggapan {ag}: Terima kasih atas laporan {t}. Petugas telah meninjau lokasi pada {d}. Perbaikan dijadwalkan "
            "triwulan III dengan pagu {a}. Info: {ad}, telp. {ol}, {em}.", ag=ag[0].title(), t=ticket(), d=incident_date(), a=amount(),
            ad=NM(ag[1]), ol=NM(fmt_landline(c, n)), em=NM(ag[2]))
    else:
        b.f("{e} Update {t}: sudah {n} hari, {w} di {l}. Biaya {a}. Ref: {r}. CC {ih} {e2}", e=ch(["\u203C\uFE0F", "\U0001F4E2", "\U0001F6A8"]),
            t=ticket(), n=str(R.randint(3, 90)), w=iss["what"], l=hero_street_km(), a=amount(), r=reg(), ih=NM(ch(INST_HANDLES)),
            e2=ch(["\U0001F64F", "\U0001F621", ""]))
    return b


# ---------------------------------------------------------------------------------------------
# Plan, validation, output
# ---------------------------------------------------------------------------------------------

# (style group, sub-style tag, generator, number of texts, how many of them are PII-free)
PLAN = [
    ("1-petition", "petition", petition, 56, 4),
    ("2-email", "fwd", email_forward, 18, 2),
    ("2-email", "reply", email_reply, 14, 2),
    ("2-email", "portal", portal_export, 14, 2),
    ("2-email", "dispo", disposition, 10, 1),
    ("3-narrative", "narr", narrative, 58, 4),
    ("4-short-long", "short", short_text, 16, 5),
    ("4-short-long", "sms", sms_fields, 12, 1),
    ("4-short-long", "long", long_text, 28, 2),
    ("5-regional", "jw_krama", lambda n: regional(n, "jw_krama"), 5, 1),
    ("5-regional", "jw_ngoko", lambda n: regional(n, "jw_ngoko"), 5, 1),
    ("5-regional", "sunda", lambda n: regional(n, "sunda"), 5, 1),
    ("5-regional", "betawi", lambda n: regional(n, "betawi"), 5, 1),
    ("5-regional", "minang", lambda n: regional(n, "minang"), 5, 1),
    ("5-regional", "banjar", lambda n: regional(n, "banjar"), 5, 0),
    ("5-regional", "bugis", lambda n: regional(n, "bugis"), 5, 0),
    ("5-regional", "papua", lambda n: regional(n, "papua"), 5, 0),
    ("5-regional", "ocr", ocr_letter, 9, 1),
    ("5-regional", "wrap", wrapped, 9, 1),
    ("6-unusual", "forms", unusual, 56, 2),
    ("7-nopii", "nopii", nopii_confusable, 60, 60),
]

NIK_PROV = set(list(range(11, 20)) + [21] + list(range(31, 37)) + [51, 52, 53] + list(range(61, 66)) +
               list(range(71, 77)) + [81, 82] + list(range(91, 97)))
HONORIFIC_WORDS = {"bapak", "pak", "ibu", "bu", "sdr.", "sdri.", "saudara", "mas", "mbak", "bang", "kak",
                   "haji", "h.", "hj.", "ustaz", "ustazah", "dr.", "ir.", "drs.", "daeng", "uda", "uni",
                   "ompung", "inang", "bli", "mbok", "koh", "ci", "cik", "mama", "bapa", "om", "tante",
                   "pace", "mace", "kaka", "usi", "bung", "teh", "kang", "mang", "mpok", "nyak", "babe",
                   "acil", "julak", "pakacil", "amang", "lae", "eda", "etek", "amak", "angku", "puang",
                   "jero", "habib", "engkoh", "encang", "encing", "aki", "ceu", "bi", "mbah", "nona", "mak",
                   "raden", "r.", "r.a.", "aipda", "bripka", "brigadir", "gus", "neng", "engkong", "enyak",
                   "inyiak", "uwo", "pekak", "dadong", "tete", "nenek", "opa", "oma", "akong", "cici", "nek",
                   "kai", "nini", "ema", "ito", "aa", "dik", "adik", "aiptu"}
ADDR_START = re.compile(r"^(Jl\.?|Jln\.|Jalan|Gg\.?|Gang|Lr\.|Perum|Perumahan|Komp\.|Kompleks|BTN|Dusun|Dsn\.|"
                        r"Kp\.|Kampung|Jorong|Banjar|Br\.|Lingkungan|RT|Rt|\d)", re.I)
NUM_RUN = re.compile(r"\d(?:[ .\-\u00a0/]?\d)*")


def validate(rec, style, nopii, tag):
    text, spans = rec["text"], rec["spans"]
    assert not re.search(r"\{\w+\}", text), (rec["id"], "placeholder left")
    if nopii:
        assert not spans, (rec["id"], "PII-free text has spans")
    else:
        assert spans, (rec["id"], "PII text without spans")
    prev_end = -1
    for sp in spans:
        s, e, lab = sp["start"], sp["end"], sp["label"]
        assert lab in LABELS, lab
        assert 0 <= s < e <= len(text), (rec["id"], sp)
        assert s >= prev_end, (rec["id"], "overlap", sp)
        prev_end = e
        val = text[s:e]
        assert val == sp["_v"], (rec["id"], val, sp["_v"])
        assert not val[0].isspace() and not val[-1].isspace(), (rec["id"], repr(val))
        if s > 0:
            assert not text[s - 1].isalnum(), (rec["id"], "glued left", repr(text[max(0, s - 5):e]))
        if e < len(text):
            assert not text[e].isalnum(), (rec["id"], "glued right", repr(text[s:e + 5]))
        if lab == "PERSON":
            first = val.split()[0].lower()
            assert first not in HONORIFIC_WORDS, (rec["id"], val)
        if lab == "ADDRESS":
            assert ADDR_START.match(val), (rec["id"], val)
        if lab in ("NIK", "KK"):
            d = re.sub(r"\D", "", val)
            if len(d) == 16 and re.fullmatch(r"[\d .\-]+", val):
                assert int(d[:2]) in NIK_PROV, (rec["id"], val)
                dd = int(d[6:8])
                if lab == "NIK" and dd > 40:
                    dd -= 40
                datetime.date(2000 + int(d[10:12]) if lab == "NIK" else 2000, int(d[8:10]), dd)
            else:
                assert len(d) in (15, 16, 17) or not re.fullmatch(r"[\d .\-]+", val), (rec["id"], val)
        if lab == "NIP":
            d = re.sub(r"\D", "", val)
            assert len(d) == 18, val
    # safety net: every long digit run / '@' outside the spans must be a declared near-miss
    covered = [False] * len(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            covered[i] = True
    for s, e in rec["_nm"]:
        for i in range(s, e):
            covered[i] = True
    for m in NUM_RUN.finditer(text):
        idx = [i for i in range(m.start(), m.end()) if text[i].isdigit()]
        if len(idx) >= 9:
            assert all(covered[i] for i in idx), (rec["id"], "undeclared number", m.group())
    for i, c in enumerate(text):
        if c == "@":
            assert covered[i], (rec["id"], "undeclared @", text[max(0, i - 20):i + 20])
    if tag == "short":
        assert len(text) < 80, (rec["id"], len(text))


def build():
    jobs = []
    for style, tag, gen, n, n_nopii in PLAN:
        flags = [True] * n_nopii + [False] * (n - n_nopii)
        for fl in flags:
            jobs.append((style, tag, gen, fl))
    R.shuffle(jobs)
    records = []
    meta = []
    for i, (style, tag, gen, fl) in enumerate(jobs, 1):
        b = gen(fl)
        text = b.text()
        spans = [{"start": s, "end": e, "label": lab, "_v": v} for s, e, lab, v in b.spans]
        if tag == "wrap":
            spans = [dict(sp, _v=text[sp["start"]:sp["end"]]) for sp in spans]
            for sp, (s, e, lab, v) in zip(spans, b.spans):
                assert sp["_v"].replace("\n", " ") == v.replace("\n", " ")
        rec = {"id": "e11-%04d-%s" % (i, tag), "text": text, "spans": spans, "_nm": b.nms}
        validate(rec, style, fl, tag)
        records.append(rec)
        meta.append((style, tag, fl))
    return records, meta


def main():
    records, meta = build()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for rec in records:
            out = {"id": rec["id"], "text": rec["text"],
                   "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in rec["spans"]]}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    if "--stats" in sys.argv:
        from collections import Counter
        st = Counter(m[0] for m in meta)
        tags = Counter(m[1] for m in meta)
        nop = Counter(m[0] for m in meta if m[2])
        labs = Counter(s["label"] for r in records for s in r["spans"])
        print("texts", len(records), "spans", sum(labs.values()), "PII-free", sum(nop.values()))
        for k in sorted(st):
            print("  %-14s %3d (PII-free %d)" % (k, st[k], nop[k]))
        print("  sub-styles:", dict(sorted(tags.items())))
        for lab in LABELS:
            print("  %-14s %d" % (lab, labs[lab]))
        lens = [len(r["text"]) for r in records]
        longs = [len(r["text"].encode("utf-8")) for r, m in zip(records, meta) if m[1] == "long"]
        shorts = [len(r["text"]) for r, m in zip(records, meta) if m[1] == "short"]
        print("  chars min/max", min(lens), max(lens), "long bytes", min(longs), max(longs), "short max", max(shorts))
        nonascii = sum(1 for r in records if any(ord(c) > 127 for c in r["text"]))
        print("  texts with non-ASCII characters", nonascii)


if __name__ == "__main__":
    main()
