#!/usr/bin/env python3
"""Generate sixth.jsonl: 300 annotated Indonesian public-service complaint texts with PII spans.

Standard library only, fixed seed, deterministic.  Writes sixth.jsonl next to this script.

Every text is built from pieces: plain strings and (value, LABEL) tuples.  Offsets are
computed while joining, so they are right by construction; validate() re-checks them (and a
few corpus rules from the annotation guide) before anything is written.

Styles: formal letters, call-centre transcripts, long multi-person complaints (2-4 KB),
ALL CAPS texts, texts mixing Javanese / Sundanese / Balinese / Minang / Bugis-Makassar /
Banjar with Indonesian, chatty social-media and WhatsApp messages, and no-PII texts that
contain only near-misses.
"""
import datetime as dt
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 60617
RNG = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "sixth.jsonl")
N_TEXTS = 300

LABELS = ("NIK", "KK", "NPWP", "PHONE", "EMAIL", "PLATE", "BANK_ACCOUNT", "PASSPORT",
          "BPJS", "NIP", "PERSON", "ADDRESS", "DATE_OF_BIRTH", "HANDLE")
NEAR = "_NEAR"   # marks a near-miss piece that may legitimately hold a long digit run


def ch(seq):
    return RNG.choice(seq)


def chance(p):
    return RNG.random() < p


def digs(n):
    return "".join(str(RNG.randint(0, 9)) for _ in range(n))


def wchoice(pairs):
    """pairs: list of (item, weight)."""
    tot = sum(w for _, w in pairs)
    x = RNG.uniform(0, tot)
    acc = 0.0
    for item, w in pairs:
        acc += w
        if x <= acc:
            return item
    return pairs[-1][0]


# ---------------------------------------------------------------------------------------
# dates
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]
MON_ABBR = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def rand_date(y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(RNG.randint(a, b))


def fmt_date(d, style):
    if style == "long":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "long0":
        return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day} {MON_ABBR[d.month - 1]} {d.year}"
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "dash1":
        return f"{d.day}-{d.month}-{d.year}"
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "iso":
        return f"{d.year}-{d.month:02d}-{d.day:02d}"
    raise ValueError(style)


DOB_STYLES = [("long", 5), ("long0", 1), ("abbr", 2), ("dash", 4), ("dash1", 1), ("slash", 3),
              ("dot", 2), ("iso", 1)]

# ---------------------------------------------------------------------------------------
# regions: NIK code (prov+kab), city, province, plate prefix, landline area code,
# language of the area, [(kecamatan, kelurahan/desa), ...]
REGIONS = [
    ("3372", "Surakarta", "Jawa Tengah", "AD", "0271", "jv", [("Laweyan", "Pajang"), ("Banjarsari", "Kadipiro"), ("Jebres", "Mojosongo")]),
    ("3310", "Klaten", "Jawa Tengah", "AD", "0272", "jv", [("Klaten Tengah", "Bareng Lor"), ("Wedi", "Kadibolo"), ("Ceper", "Kuncen")]),
    ("3374", "Semarang", "Jawa Tengah", "H", "024", "jv", [("Tembalang", "Bulusan"), ("Pedurungan", "Plamongan Sari"), ("Ngaliyan", "Wonosari")]),
    ("3302", "Banyumas", "Jawa Tengah", "R", "0281", "jv", [("Sokaraja", "Kalikidang"), ("Kembaran", "Bojongsari")]),
    ("3471", "Yogyakarta", "DI Yogyakarta", "AB", "0274", "jv", [("Umbulharjo", "Warungboto"), ("Kotagede", "Prenggan"), ("Mergangsan", "Wirogunan")]),
    ("3402", "Bantul", "DI Yogyakarta", "AB", "0274", "jv", [("Sewon", "Panggungharjo"), ("Kasihan", "Tamantirto")]),
    ("3578", "Surabaya", "Jawa Timur", "L", "031", "jv", [("Wonokromo", "Jagir"), ("Rungkut", "Kali Rungkut"), ("Tambaksari", "Pacar Keling")]),
    ("3507", "Malang", "Jawa Timur", "N", "0341", "jv", [("Singosari", "Ardimulyo"), ("Pakis", "Sumberpasir")]),
    ("3515", "Sidoarjo", "Jawa Timur", "W", "031", "jv", [("Waru", "Tambakrejo"), ("Candi", "Sugihwaras")]),
    ("3509", "Jember", "Jawa Timur", "P", "0331", "jv", [("Sumbersari", "Kebonsari"), ("Patrang", "Baratan")]),
    ("3273", "Bandung", "Jawa Barat", "D", "022", "su", [("Coblong", "Dago"), ("Antapani", "Antapani Kidul"), ("Bojongloa Kaler", "Kopo")]),
    ("3206", "Tasikmalaya", "Jawa Barat", "Z", "0265", "su", [("Singaparna", "Cikunir"), ("Manonjaya", "Margaluyu")]),
    ("3201", "Bogor", "Jawa Barat", "F", "0251", "su", [("Cibinong", "Pakansari"), ("Citeureup", "Puspanegara")]),
    ("3205", "Garut", "Jawa Barat", "Z", "0262", "su", [("Tarogong Kidul", "Sukagalih"), ("Bayongbong", "Mekarjaya")]),
    ("3211", "Sumedang", "Jawa Barat", "Z", "0261", "su", [("Jatinangor", "Cibeusi"), ("Sumedang Utara", "Mulyasari")]),
    ("3172", "Jakarta Timur", "DKI Jakarta", "B", "021", "id", [("Duren Sawit", "Pondok Kopi"), ("Cakung", "Jatinegara"), ("Kramat Jati", "Batu Ampar")]),
    ("3174", "Jakarta Barat", "DKI Jakarta", "B", "021", "id", [("Kalideres", "Tegal Alur"), ("Cengkareng", "Kapuk")]),
    ("3175", "Jakarta Utara", "DKI Jakarta", "B", "021", "id", [("Koja", "Tugu Utara"), ("Cilincing", "Semper Barat")]),
    ("3674", "Tangerang Selatan", "Banten", "B", "021", "id", [("Pamulang", "Benda Baru"), ("Ciputat", "Serua")]),
    ("3275", "Bekasi", "Jawa Barat", "B", "021", "id", [("Bekasi Utara", "Harapan Jaya"), ("Rawalumbu", "Bojong Menteng")]),
    ("1271", "Medan", "Sumatera Utara", "BK", "061", "bt", [("Medan Denai", "Tegal Sari Mandala II"), ("Medan Johor", "Gedung Johor")]),
    ("1202", "Tapanuli Utara", "Sumatera Utara", "BB", "0633", "bt", [("Tarutung", "Hutatoruan"), ("Siborongborong", "Pasar Siborongborong")]),
    ("1273", "Pematangsiantar", "Sumatera Utara", "BK", "0622", "bt", [("Siantar Barat", "Proklamasi"), ("Siantar Marihat", "Mekar Nauli")]),
    ("1371", "Padang", "Sumatera Barat", "BA", "0751", "mn", [("Kuranji", "Pasar Ambacang"), ("Koto Tangah", "Lubuk Buaya")]),
    ("1306", "Agam", "Sumatera Barat", "BA", "0752", "mn", [("Tilatang Kamang", "Gadut"), ("Baso", "Tabek Panjang")]),
    ("1375", "Bukittinggi", "Sumatera Barat", "BA", "0752", "mn", [("Mandiangin Koto Selayan", "Campago Ipuh")]),
    ("5171", "Denpasar", "Bali", "DK", "0361", "bl", [("Denpasar Barat", "Padangsambian"), ("Denpasar Selatan", "Sesetan")]),
    ("5104", "Gianyar", "Bali", "DK", "0361", "bl", [("Ubud", "Peliatan"), ("Sukawati", "Batubulan")]),
    ("5108", "Buleleng", "Bali", "DK", "0362", "bl", [("Sawan", "Sangsit"), ("Seririt", "Pengastulan")]),
    ("7371", "Makassar", "Sulawesi Selatan", "DD", "0411", "bg", [("Tamalate", "Mangasa"), ("Panakkukang", "Pandang"), ("Biringkanaya", "Daya")]),
    ("7311", "Bone", "Sulawesi Selatan", "DD", "0481", "bg", [("Tanete Riattang", "Watampone"), ("Awangpone", "Cumpiga")]),
    ("7313", "Wajo", "Sulawesi Selatan", "DD", "0485", "bg", [("Tempe", "Siengkang")]),
    ("7471", "Kendari", "Sulawesi Tenggara", "DT", "0401", "bg", [("Kadia", "Bende"), ("Poasia", "Anduonohu")]),
    ("6371", "Banjarmasin", "Kalimantan Selatan", "DA", "0511", "bj", [("Banjarmasin Utara", "Sungai Miai"), ("Banjarmasin Selatan", "Kelayan Luar")]),
    ("6303", "Banjar", "Kalimantan Selatan", "DA", "0511", "bj", [("Martapura", "Jawa"), ("Astambul", "Pingaran Ulu")]),
    ("6372", "Banjarbaru", "Kalimantan Selatan", "DA", "0511", "bj", [("Landasan Ulin", "Guntung Payung")]),
    ("9171", "Jayapura", "Papua", "PA", "0967", "pp", [("Abepura", "Kota Baru"), ("Heram", "Waena")]),
    ("9103", "Jayapura", "Papua", "PA", "0967", "pp", [("Sentani", "Hinekombe")]),
    ("1171", "Banda Aceh", "Aceh", "BL", "0651", "ac", [("Syiah Kuala", "Lamgugob"), ("Kuta Alam", "Peunayong")]),
    ("1671", "Palembang", "Sumatera Selatan", "BG", "0711", "id", [("Ilir Timur I", "Sungai Pangeran"), ("Seberang Ulu I", "Tuan Kentang")]),
    ("6472", "Samarinda", "Kalimantan Timur", "KT", "0541", "id", [("Sungai Kunjang", "Loa Bakung"), ("Samarinda Ulu", "Air Hitam")]),
    ("5271", "Mataram", "Nusa Tenggara Barat", "DR", "0370", "id", [("Ampenan", "Pejeruk"), ("Cakranegara", "Cilinaya")]),
    ("2171", "Batam", "Kepulauan Riau", "BP", "0778", "id", [("Batam Kota", "Belian"), ("Sekupang", "Tiban Indah")]),
    ("1871", "Bandar Lampung", "Lampung", "BE", "0721", "id", [("Kedaton", "Sidodadi"), ("Rajabasa", "Gedong Meneng")]),
    ("7171", "Manado", "Sulawesi Utara", "DB", "0431", "id", [("Wanea", "Karombasan"), ("Malalayang", "Bahu")]),
]


class Region:
    def __init__(self, row):
        (self.code4, self.city, self.prov, self.plate, self.area_code, self.lang, self.kecs) = row
        self.is_kota = int(self.code4[2:]) >= 71
        rnd = random.Random(int(self.code4))          # fixed per region, independent of RNG
        self.kec_codes = {k: f"{rnd.randint(1, 22):02d}" for k, _ in self.kecs}
        self.postal = {k: f"{rnd.randint(2, 9)}{rnd.randint(0, 9)}{rnd.randint(1, 9)}{rnd.randint(1, 9)}{rnd.randint(0, 9)}" for k, _ in self.kecs}


REGION_OBJS = [Region(r) for r in REGIONS]


def regions_for(lang):
    return [r for r in REGION_OBJS if r.lang == lang]


# ---------------------------------------------------------------------------------------
# names.  Curated full names are "Full Name|CallName"; composed names come from parts.
def pool(s):
    out = []
    for item in s.split(";"):
        item = item.strip()
        if not item:
            continue
        parts = item.split("|")
        out.append((parts[0].strip(), parts[1].strip() if len(parts) > 1 else parts[0].split()[0]))
    return out


def words(s):
    return [w.strip() for w in s.split(",") if w.strip()]


JV_SINGLE_M = words("Sutarno, Sugiyono, Suparman, Wagiman, Tukiman, Sukirno, Ponidi, Karyono, Mujiono, Wardoyo, Darmaji, Ngadiman, Sarwono, Giyanto, Suyatno, Parjo, Sumarsono, Purwanto, Sriyanto, Marsudi, Kasimin, Paimin, Sukarjo, Tarjo, Jumadi, Sagiman, Warsito, Ngatijo")
JV_SINGLE_F = words("Painem, Sumiyati, Tukinah, Suprihatin, Wartini, Sulastri, Tumini, Ngatini, Yuliani, Sumarni, Legiyem, Parmi, Wagiyem, Kasinem, Sundari, Partini, Mursini, Lasmi, Sainem, Poniyem, Tuminah, Jumirah, Sarinah, Sukinem, Rubiyah")
JV_FIRST_M = words("Slamet, Budi, Joko, Agus, Bambang, Hadi, Eko, Dwi, Tri, Sigit, Wahyu, Bayu, Aris, Gunawan, Hari, Rudi, Andri, Heru, Teguh, Yulianto, Catur, Setyo, Priyo, Edi")
JV_LAST_M = words("Santoso, Wibowo, Prasetyo, Nugroho, Susanto, Purnomo, Raharjo, Setiawan, Hartono, Wijayanto, Saputro, Sulistyo, Mulyono, Riyadi, Handoko, Cahyono, Prayitno, Utomo, Haryanto, Suryono")
JV_FIRST_F = words("Sri, Endang, Dewi, Rini, Tri, Yuni, Siti, Ani, Retno, Ayu, Dian, Indah, Wulan, Eni, Tutik, Nanik, Ambar, Lilik")
JV_LAST_F = words("Rahayu, Lestari, Wahyuni, Handayani, Kusumawati, Susanti, Puspitasari, Rahmawati, Setyaningsih, Wulandari, Pratiwi, Astuti, Ningsih, Mulyani, Sulistyowati, Purwaningsih, Khotimah")
SU_FIRST_M = words("Asep, Ujang, Dadang, Cecep, Dede, Aep, Yayat, Iwan, Ade, Deden, Jajang, Usep, Atep, Dudi, Agus, Ayi, Engkos, Oman, Dodi, Entis, Mamat")
SU_LAST_M = words("Saepudin, Suherman, Hermawan, Supriatna, Kurniawan, Hidayat, Sumarna, Rohman, Nurjaman, Rahmat, Mulyana, Suryadi, Herdiana, Sopian, Permana, Kosasih, Ridwan, Sukandar, Hermansyah")
SU_FIRST_F = words("Euis, Neneng, Imas, Cucu, Teti, Lilis, Enok, Nining, Yati, Iis, Popon, Enden, Wiwin, Ai, Oom, Elis, Tati, Eha, Entin, Yeyet")
SU_LAST_F = words("Komariah, Rohaeti, Masitoh, Sumiati, Rohayati, Suryani, Sartika, Kurniasih, Suryati, Setiawati, Maryati, Nurjanah, Winarti, Nurhayati, Rosmiati, Hasanah, Sukmawati")
BT_FIRST_M = words("Hotman, Parlindungan, Togar, Mangasi, Binsar, Rudolf, Jonner, Marihot, Tigor, Darwin, Sahat, Poltak, Robinson, Maruli, Ronald, Hendrik, Bonar, Lamhot, Sabar, Monang, Jansen")
BT_FIRST_F = words("Rosmawati, Tiurma, Lasma, Dearni, Rugun, Masniari, Ruth, Rosdiana, Tiominar, Lamtiur, Nurmala, Hotmaida, Sondang, Rotua, Erna, Nelly, Tiurlan")
BT_MARGA = words("Simanjuntak, Siregar, Sitompul, Hutapea, Nainggolan, Pardede, Sinaga, Lumbantobing, Panjaitan, Manurung, Situmorang, Sihombing, Tambunan, Simbolon, Lubis, Nasution, Hutagalung, Sitorus, Silalahi, Marpaung, Gultom, Pasaribu, Napitupulu, Simatupang, Sianipar, Harahap, Purba, Damanik, Saragih")
MN_FIRST_M = words("Yusrizal, Zulkifli, Irwan, Rusdi, Syafrudin, Ermanto, Jasman, Nofrizal, Andri, Hendri, Mardianto, Afrizal, Yuherman, Budiman, Efendi, Masrul, Darmansyah, Syahrial, Zulhendri, Dasril, Alfian")
MN_FIRST_F = words("Rosnita, Yusniar, Nurhasanah, Desi, Elfi, Zurniati, Yenni, Mardiana, Ernita, Nurlela, Rita, Fitri, Yusmaniar, Erlinda, Rahmi, Gusmawati, Nurbaiti, Syamsinar")
MN_LAST = words("Chaniago, Piliang, Tanjung, Koto, Sikumbang, Jambak, Guci, Melayu, Panai, Bendang, Sikumbang")
BG_FIRST_M = words("Baso, Rusli, Syahrir, Rahman, Hamzah, Ilham, Haerul, Amiruddin, Arifuddin, Sabri, Rusdin, Mappiasse, Syamsuddin, Baharuddin, Nurdin, Asri, Jufri, Taufik, Sultan, Ridwan, Akbar")
BG_LAST_M = words("Lallo, Tang, Beddu, Saleh, Lompo, Sompa, Mappe, Rahim, Lataro, Pabittei, Mallarangeng, Paturusi, Sennang, Tahir")
BG_FIRST_F = words("Nurhaeda, Hasnah, Aminah, Hasmawati, Nurlia, Rabiah, Fatimah, Tenri Ajeng, Hasniah, Marwah, Nurbaya, Jumriah, Suriani, Kasmawati, Hadijah, Nurmiati")
BL_ORDER = words("Wayan, Made, Nyoman, Ketut, Putu, Kadek, Komang, Gede")
BL_GIVEN_M = words("Sudarsana, Artana, Suardana, Sukarta, Adi Putra, Swastika, Dwipayana, Budiarta, Sujana, Mertayasa, Wirawan, Sedana, Suarjana, Darmawan, Widiana, Sukadana, Arsana, Parwata, Yasa, Sumerta")
BL_GIVEN_F = words("Ariani, Sriasih, Rasmini, Sukerti, Sutami, Sintya Dewi, Widiastuti, Suartini, Juliantari, Pradnyani, Wartini, Sudiani, Kartini, Sumerti, Puspayanti, Ariasih")
BJ_M = pool("Muhammad Noor Arsyad|Arsyad; Ahmad Juhri|Juhri; Jumberi; Masrani; Syahrani; Rusdiansyah; Gazali Rahman|Gazali; Fahrurrazi; Hairil Anwar|Hairil; Akhmad Riduan|Riduan; Basri; Saberan; Masdar; Jailani; Rahmadi; Anang Hanafi|Anang; Muhammad Yamani|Yamani; Bahrudin Noor|Bahrudin")
BJ_F = pool("Rusmini; Norhayati; Mahmudah; Raudah; Jamilah; Hartati; Salasiah; Nor Laila|Laila; Rabiatul Adawiyah|Rabiatul; Masliani; Normah; Siti Aisyah|Aisyah; Fahriah; Nurjannah; Masitah")
PP_FIRST_M = words("Yosias, Markus, Petrus, Yohanis, Daniel, Obed, Agustinus, Simon, Karel, Yulius, Mathius, Hendrik, Elias, Niko, Otto, Yakob, Benyamin, Lukas")
PP_FIRST_F = words("Yuliana, Martha, Ester, Mince, Debora, Agustina, Yohana, Sarlota, Ribka, Naomi, Selfina, Dorkas, Yemima, Orpa")
PP_MARGA = words("Wenda, Kogoya, Yikwa, Rumbiak, Wanimbo, Murib, Mote, Ayomi, Rumbewas, Kambu, Tabuni, Wonda, Pekei, Rumaropen, Yoku, Sawaki, Mandowen, Ohee, Kaize, Wakerkwa")
AC_M = pool("Teuku Rizal Fahmi|Rizal; Tengku Muhammad Yasir|Yasir; Zulfikar Ibrahim|Zulfikar; Teuku Irwansyah|Irwansyah; Muhammad Nasir|Nasir; Saifuddin Yusuf|Saifuddin; Razali Abdullah|Razali; Munawar Khalil|Munawar; Teuku Fadhli|Fadhli; Khairul Umam|Khairul")
AC_F = pool("Cut Rahmawati|Rahmawati; Cut Intan Sari|Intan; Nurul Fadhillah|Nurul; Rahmi Maulida|Rahmi; Fauziah Ali|Fauziah; Cut Nurjannah|Nurjannah; Mutia Rahman|Mutia; Cut Zahratul Aini|Zahratul")
CN_M = pool("Hendra Gunawan|Hendra; Tjahjadi Wijaya|Tjahjadi; Andreas Halim|Andreas; Kurniawan Tanuwijaya|Kurniawan; Tan Hok Liong|Hok Liong; Oei Giok Tjoen|Giok Tjoen; Yohanes Sugianto|Yohanes; Ferry Setiadi|Ferry; Wilson Hartanto|Wilson; Jimmy Kosasih|Jimmy; Lie Kok Hwa|Kok Hwa; Sugiarto Lim|Sugiarto; Antonius Gozali|Antonius; Budi Tjandra|Budi; Kho Swie Liang|Swie Liang; Steven Wirawan|Steven")
CN_F = pool("Lily Susanti|Lily; Meiliana Wijaya|Meiliana; Tan Mei Ling|Mei Ling; Lim Siu Fong|Siu Fong; Yuliana Halim|Yuliana; Fransiska Lie|Fransiska; Susan Kartika|Susan; Linda Tjandra|Linda; Vivi Oktaviani Gouw|Vivi; Margaretha Liem|Margaretha; Lanny Setiawan|Lanny; The Siok Lan|Siok Lan")
AR_M = pool("Muhammad Fauzan bin Abdullah|Fauzan; Ahmad Syarifuddin|Syarif; Abdul Karim Assegaf|Karim; Hasan Alatas|Hasan; Faisal Bahasuan|Faisal; Salim bin Ali Alaydrus|Salim; Husein Al-Habsyi|Husein; Ridwan Bawazier|Ridwan; Umar Faruq Basyaiban|Umar; Alwi Shihab Assegaf|Alwi; Zainal Abidin bin Umar|Zainal; Ja'far Alkaff|Ja'far; Abdurrahman Bafadhal|Abdurrahman")
AR_F = pool("Fatimah binti Hasan|Fatimah; Aisyah Nurul Huda|Aisyah; Khadijah Alkaff|Khadijah; Nurlaila Assegaf|Nurlaila; Zahra Basalamah|Zahra; Nur Aini binti Salim|Aini; Laila Bawazier|Laila; Maryam binti Ahmad|Maryam; Salma Alatas|Salma; Hafsah Bahasuan|Hafsah")
GN_FIRST_M = words("Rizky, Fajar, Yoga, Rendy, Bagas, Dimas, Aditya, Reza, Rangga, Arief, Taufik, Irfan, Anggi, Yusuf, Doni, Ferdi, Hafiz, Galang, Kevin")
GN_LAST_M = words("Pratama, Nugraha, Permana, Saputra, Wicaksono, Ramadhan, Kurniawan, Firmansyah, Hidayat, Setiawan, Maulana, Gunawan, Syahputra, Hakim, Prakoso, Aditama")
GN_FIRST_F = words("Putri, Nadia, Anisa, Intan, Dinda, Aulia, Nabila, Fitria, Citra, Rahma, Wulan, Mega, Novi, Sinta, Tiara, Rani, Vina, Laras")
GN_LAST_F = words("Lestari, Safitri, Rahmawati, Permatasari, Maharani, Puspita, Anggraini, Oktaviani, Kusuma, Wulandari, Septiani, Amelia, Rahmadani, Fitriani, Novitasari, Ramadhani")
KID_FIRST_M = words("Kevin, Rafa, Dimas, Bintang, Arkan, Galih, Fathan, Raka, Alif, Zidan, Daffa, Farel, Azka, Rizki, Naufal, Abimanyu, Haikal")
KID_LAST_M = words("Aditya, Alfarizi, Saputra, Ramadhan, Maulana, Prakoso, Al Ghifari, Pratama, Putra, Firmansyah, Hidayatullah, Wijaya, Akbar")
KID_FIRST_F = words("Naila, Keisha, Alya, Zaskia, Salsabila, Nayla, Aqila, Khanza, Kirana, Adinda, Syifa, Aisyah, Zahira, Caca, Azkia")
KID_LAST_F = words("Putri, Ramadhani, Nur Safitri, Aulia, Khairunnisa, Kirana, Zahira, Azzahra, Maharani, Nuraini, Anindya, Salsabila")

USED_NAMES = Counter()


def _compose(eth, sex, kind):
    """Return (full name, call name)."""
    kid = kind == "child"
    if eth == "jv":
        if kind == "elder" or (chance(0.35) and not kid):
            n = ch(JV_SINGLE_M if sex == "m" else JV_SINGLE_F)
            return n, n
        if kid:
            return _compose("kid", sex, kind)
        if sex == "m":
            f, l = ch(JV_FIRST_M), ch(JV_LAST_M)
        else:
            f, l = ch(JV_FIRST_F), ch(JV_LAST_F)
        return f"{f} {l}", f
    if eth == "su":
        if kid:
            return _compose("kid", sex, kind)
        if sex == "m":
            f, l = ch(SU_FIRST_M), ch(SU_LAST_M)
        else:
            f, l = ch(SU_FIRST_F), ch(SU_LAST_F)
        if chance(0.1):
            return f, f
        return f"{f} {l}", f
    if eth == "bt":
        m = ch(BT_MARGA)
        if sex == "m":
            f = ch(BT_FIRST_M) if not kid else ch(words("Samuel, Josua, Daniel, Timotius, Yehezkiel, Bonifasius"))
            return f"{f} {m}", f
        f = ch(BT_FIRST_F) if not kid else ch(words("Grace, Debora, Tiara, Elisabet, Kezia"))
        conn = wchoice([("br. ", 3), ("br ", 2), ("boru ", 1), ("", 3)])
        return f"{f} {conn}{m}", f
    if eth == "mn":
        if kid:
            return _compose("kid", sex, kind)
        f = ch(MN_FIRST_M if sex == "m" else MN_FIRST_F)
        if chance(0.45):
            return f, f
        return f"{f} {ch(MN_LAST)}", f
    if eth == "bg":
        if sex == "m":
            pre = wchoice([("Andi ", 3), ("Muh. ", 2), ("Abd. ", 1), ("La Ode ", 1), ("", 4)])
            f = ch(BG_FIRST_M)
            if kid:
                pre = ch(["Andi ", "Muh. ", ""])
            if chance(0.5) and not kid:
                return f"{pre}{f} {ch(BG_LAST_M)}", f
            return f"{pre}{f}", f
        pre = wchoice([("Andi ", 3), ("St. ", 2), ("Wa Ode ", 1), ("Sitti ", 1), ("", 4)])
        f = ch(BG_FIRST_F)
        return f"{pre}{f}", f.split()[0] if " " in f else f
    if eth == "bl":
        given_m, given_f = ch(BL_GIVEN_M), ch(BL_GIVEN_F)
        order = ch(BL_ORDER)
        if sex == "m":
            x = RNG.random()
            if x < 0.7:
                full = f"I {order} {given_m}"
            elif x < 0.8:
                full = f"Ida Bagus {order} {given_m}"
            elif x < 0.9:
                full = f"Anak Agung Gde {given_m}"
            elif x < 0.96:
                full = f"I Gusti {ch(['Putu', 'Ngurah', 'Made'])} {given_m}"
            else:
                full = f"Cokorda Gde {given_m}"
            call = given_m.split()[0] if chance(0.7) else (order if full.startswith("I ") and order in full else given_m.split()[0])
            return full, call
        x = RNG.random()
        if x < 0.7:
            full = f"Ni {ch(['Luh', 'Luh Putu', 'Made', 'Wayan', 'Ketut', 'Nyoman', 'Kadek', 'Komang', 'Putu'])} {given_f}"
        elif x < 0.82:
            full = f"Ida Ayu {order} {given_f}"
        elif x < 0.92:
            full = f"Desak {order} {given_f}"
        else:
            full = f"Anak Agung Istri {given_f}"
        return full, given_f.split()[0]
    if eth == "bj":
        if kid:
            return _compose("kid", sex, kind)
        return ch(BJ_M if sex == "m" else BJ_F)
    if eth == "pp":
        if sex == "m":
            f = ch(PP_FIRST_M) if not kid else ch(words("Yosua, Natan, Efraim, Yeremia, Samuel"))
        else:
            f = ch(PP_FIRST_F) if not kid else ch(words("Elisa, Kristina, Priskila, Yuliana"))
        return f"{f} {ch(PP_MARGA)}", f
    if eth == "ac":
        if kid:
            return _compose("kid", sex, kind)
        return ch(AC_M if sex == "m" else AC_F)
    if eth == "cn":
        if kid:
            f = ch(words("Jason, Kenzo, Darren, Felix, Nathan") if sex == "m" else words("Clarissa, Jessica, Michelle, Angeline, Cindy"))
            return f"{f} {ch(words('Halim, Wijaya, Tanuwijaya, Gunawan, Hartanto, Lim'))}", f
        return ch(CN_M if sex == "m" else CN_F)
    if eth == "ar":
        if kid:
            return _compose("kid", sex, kind)
        return ch(AR_M if sex == "m" else AR_F)
    if eth == "kid":
        if sex == "m":
            f, l = ch(KID_FIRST_M), ch(KID_LAST_M)
        else:
            f, l = ch(KID_FIRST_F), ch(KID_LAST_F)
        return f"{f} {l}", f
    # "gn": national, modern
    if kid:
        return _compose("kid", sex, kind)
    if sex == "m":
        f, l = ch(GN_FIRST_M), ch(GN_LAST_M)
    else:
        f, l = ch(GN_FIRST_F), ch(GN_LAST_F)
    return f"{f} {l}", f


ETH_BY_LANG = {
    "jv": [("jv", 8), ("gn", 2), ("ar", 1), ("cn", 1)],
    "su": [("su", 8), ("gn", 2), ("ar", 1)],
    "bt": [("bt", 9), ("gn", 1)],
    "mn": [("mn", 9), ("gn", 1)],
    "bl": [("bl", 9), ("jv", 1)],
    "bg": [("bg", 9), ("gn", 1)],
    "bj": [("bj", 9), ("jv", 1)],
    "pp": [("pp", 8), ("bg", 1), ("jv", 1)],
    "ac": [("ac", 9), ("gn", 1)],
    "id": [("gn", 4), ("jv", 3), ("su", 2), ("bt", 2), ("cn", 2), ("ar", 2), ("mn", 1), ("bg", 1)],
}

# ---------------------------------------------------------------------------------------
# phone numbers
PREFIXES = (["0811", "0812", "0813", "0821", "0822", "0823", "0851", "0852", "0853"] * 2
            + ["0814", "0815", "0816", "0855", "0856", "0857", "0858"]
            + ["0817", "0818", "0819", "0859", "0877", "0878"]
            + ["0831", "0832", "0833", "0838"]
            + ["0895", "0896", "0897", "0898", "0899"]
            + ["0881", "0882", "0883", "0885", "0887", "0888", "0889"])
DIGIT_WORDS = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def new_mobile():
    n = wchoice([(11, 2), (12, 6), (13, 2)])
    return ch(PREFIXES) + digs(n - 4)


def _groups(s, sizes):
    out, i = [], 0
    for k in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out[-1] += s[i:]
    return out


def fmt_mobile(d, style=None):
    rest = d[1:]                        # without the leading 0
    style = style or wchoice([("plain", 5), ("dash", 4), ("space", 3), ("dot", 1), ("plus_sp", 2),
                              ("plus", 2), ("62", 1), ("paren", 1), ("433", 1), ("odd", 1), ("dash343", 1)])
    if style == "plain":
        return d
    if style == "dash":
        return "-".join(_groups(d, [4, 4, 5]))
    if style == "space":
        return " ".join(_groups(d, [4, 4, 5]))
    if style == "dot":
        return ".".join(_groups(d, [4, 4, 5]))
    if style == "plus_sp":
        return "+62 " + "-".join(_groups(rest, [3, 4, 5]))
    if style == "plus":
        return "+62" + rest
    if style == "62":
        return "62" + rest
    if style == "paren":
        return "(+62) " + " ".join(_groups(rest, [3, 4, 5]))
    if style == "433":
        return " ".join(_groups(d, [4, 3, 3, 3]))
    if style == "odd":
        return " ".join(_groups(d, [5, 4, 5]))
    if style == "dash343":
        return "-".join(_groups(d, [4, 3, 6]))
    raise ValueError(style)


def spoken_mobile(d):
    """Phone partly in words, as dictated on a call: groups, some read digit by digit."""
    groups = _groups(d, ch([[4, 4, 4], [4, 3, 3, 3], [3, 3, 3, 4], [4, 4, 2, 2]]))
    zero = ch(["nol", "kosong"])
    out = []
    for gi, g in enumerate(groups):
        if gi == 0 or chance(0.45):
            out.append(" ".join(zero if c == "0" else DIGIT_WORDS[int(c)] for c in g))
        else:
            out.append(g)
    sep = ch([" ", " - ", ", "])
    if sep == ", ":       # commas only between word groups would be odd; keep simple spaces
        sep = " "
    return sep.join(out)


def new_landline(region):
    n = 8 if region.area_code == "021" else wchoice([(6, 1), (7, 2)])
    first = str(RNG.randint(2, 8))
    return region.area_code, first + digs(n - 1)


def fmt_landline(ac, num, style=None):
    style = style or ch(["paren", "dash", "paren_dash", "space"])
    if style == "paren":
        return f"({ac}) {num}"
    if style == "dash":
        return f"{ac}-{num}"
    if style == "paren_dash":
        return f"({ac}) {num[:3]}-{num[3:]}"
    return f"{ac} {num}"


# ---------------------------------------------------------------------------------------
# identity numbers
def fmt16(s, style=None):
    style = style or wchoice([("plain", 6), ("s4", 2), ("d4", 1), ("dot", 1)])
    if style == "plain":
        return s
    if style == "s4":
        return " ".join(_groups(s, [4, 4, 4, 4]))
    if style == "d4":
        return "-".join(_groups(s, [4, 4, 4, 4]))
    if style == "dot":
        return ".".join(_groups(s, [2, 2, 2, 6, 4]))
    if style == "odd":
        return " ".join(_groups(s, ch([[2, 2, 2, 6, 4], [6, 6, 4], [3, 3, 3, 3, 4], [4, 2, 6, 4]])))
    raise ValueError(style)


def typo16(s):
    """A mistyped 16-digit number: one digit dropped (15) or doubled (17)."""
    i = RNG.randint(3, 14)
    if chance(0.5):
        return s[:i] + s[i + 1:]
    return s[:i] + s[i] + s[i:]


def new_npwp_old():
    return f"{RNG.randint(4, 9):02d}" + digs(7) + digs(3) + "000"


def fmt_npwp(p15, style=None):
    style = style or wchoice([("dots", 6), ("plain", 2), ("zero16", 1)])
    if style == "dots":
        return f"{p15[0:2]}.{p15[2:5]}.{p15[5:8]}.{p15[8]}-{p15[9:12]}.{p15[12:15]}"
    if style == "plain":
        return p15
    return "0" + p15


BANKS = [("BRI", 15), ("BCA", 10), ("BNI", 10), ("Mandiri", 13), ("BSI", 10), ("BTN", 16),
         ("CIMB Niaga", 13), ("Bank Jateng", 10), ("Bank BJB", 10), ("Bank Kalsel", 10), ("Bank Nagari", 10),
         ("BPD Bali", 10), ("Bank Sulselbar", 10), ("Bank Papua", 10), ("Bank Sumut", 10)]
LOCAL_BANK = {"jv": "Bank Jateng", "su": "Bank BJB", "bj": "Bank Kalsel", "mn": "Bank Nagari", "bl": "BPD Bali",
              "bg": "Bank Sulselbar", "pp": "Bank Papua", "bt": "Bank Sumut"}


def new_account(lang):
    choices = [("BRI", 5), ("BCA", 3), ("BNI", 3), ("Mandiri", 3), ("BSI", 2), ("BTN", 1), ("CIMB Niaga", 1)]
    if lang in LOCAL_BANK:
        choices.append((LOCAL_BANK[lang], 1))
    bank = wchoice(choices)
    n = dict(BANKS)[bank]
    if bank == "BRI":
        raw = digs(4) + ch(["01", "02"]) + digs(6) + digs(2) + str(RNG.randint(0, 9))
        val = f"{raw[0:4]}-{raw[4:6]}-{raw[6:12]}-{raw[12:14]}-{raw[14]}" if chance(0.6) else raw
    elif bank == "Mandiri":
        raw = digs(3) + "00" + digs(7) + str(RNG.randint(0, 9))
        val = f"{raw[0:3]}-{raw[3:5]}-{raw[5:12]}-{raw[12]}" if chance(0.6) else raw
    elif bank == "BSI":
        val = "7" + digs(9)
    elif bank == "BTN":
        val = "00" + digs(14)
    elif bank == "CIMB Niaga":
        val = ch(["7060", "8000", "7630"]) + digs(9 if chance(0.5) else 10)
    else:
        val = str(RNG.randint(0, 9)) + digs(n - 1)
    return bank, val


def new_bpjs():
    return "000" + digs(10)


def fmt_bpjs(s):
    return wchoice([(s, 6), (" ".join(_groups(s, [4, 4, 4, 1])), 2), ("-".join(_groups(s, [4, 4, 5])), 1)])


def new_passport():
    letter = wchoice([("C", 4), ("B", 3), ("X", 2), ("A", 1), ("E", 1)])
    n = digs(7)
    return letter + n if chance(0.75) else f"{letter} {n}"


def new_plate(region):
    code = region.plate
    num = str(RNG.randint(1, 9999)) if chance(0.85) else str(RNG.randint(1, 99))
    let = "".join(ch("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(wchoice([(1, 2), (2, 5), (3, 3)])))
    return code, num, let


def fmt_plate(p, style=None):
    code, num, let = p
    style = style or wchoice([("sp", 7), ("tight", 2), ("dash", 1), ("lower", 1)])
    if style == "sp":
        return f"{code} {num} {let}"
    if style == "tight":
        return f"{code}{num}{let}"
    if style == "dash":
        return f"{code}-{num}-{let}"
    return f"{code} {num} {let}".lower()


# ---------------------------------------------------------------------------------------
# addresses
STREETS = words("Melati, Mawar, Kenanga, Anggrek, Cempaka, Flamboyan, Dahlia, Kamboja, Teratai, Nangka, Manggis, Rambutan, Durian, Sawo, Jambu Air, Merpati, Cendrawasih, Kutilang, Rajawali, Elang, Pemuda, Veteran, Cendana, Bhayangkara, Sukarela, Swadaya, Taman Siswa, Tentara Pelajar, Perintis, Kesatrian, Sumber Rejeki, Kebun Raya, Nusa Indah, Bunga Rampai, Lembah Hijau, Setia Budi, Karya Bakti, Pelita, Rawa Indah")
STREETS_BY_LANG = {
    "jv": words("Kaliurang, Parangtritis, Kusumanegara, Pandanaran Dalam, Kali Anyar, Ngagel Jaya, Wonosari Raya, Kartini Dalam"),
    "su": words("Cikutra Baru, Sukaluyu, Cijerah, Pasundan, Cibaduyut Lama, Babakan Sari, Sindangsari"),
    "bl": words("Tukad Badung, Tukad Pakerisan, Batu Bolong, Gunung Soputan, Raya Sesetan, Pulau Saelus"),
    "bj": words("Sungai Andai, Pangeran Antasari Dalam, Kelayan B, Sultan Adam, Cempaka Putih"),
    "bg": words("Tamalate I, Sultan Alauddin II, Perintis Kemerdekaan Km. 9, Abdullah Daeng Sirua, Bonto Langkasa"),
    "mn": words("Khatib Sulaiman Dalam, Parak Gadang, Belanti Raya, Koto Marapak"),
    "bt": words("Bunga Asoka, Setia Budi Pasar II, Bajak V, Sudirman Pasar"),
    "pp": words("Abe Pantai, Raya Sentani, Kamp Key, Perumnas III Waena"),
    "ac": words("Teuku Nyak Arief Lr. Mesjid, Lamgugob Raya"),
    "id": words("Kebon Jeruk, Mangga Dua Dalam, Kelapa Gading Selatan, Pisangan Baru, Swadaya Raya, Haji Naim"),
}
GANGS = words("Mawar III, Buntu, Masjid, Sawo 2, Kelinci, Damai, Sadar IV, Langgar, Kenari, Rukun, Pelita 5, Mushola, Keluarga, Sepakat, Haji Naim, Jambu, Mangga II, Kamboja Ujung, Sentosa, Delima")
PERUMS = words("Griya Asri, Puri Indah Permai, Taman Cibodas, Bumi Citra Lestari, Permata Hijau Residence, Graha Mutiara, Villa Pamulang Mas, Pondok Jati, Griya Bhayangkara, Bukit Sakinah, Citra Garden, Taman Sari Indah, Griya Alam Sentosa, Bumi Panyileukan, Pesona Kahuripan, Taman Pinang Indah, Griya Permata Sentani, Mutiara Gading Timur")
KOMPS = words("Pertamina, Perumnas Klender, Angkatan Laut, Pemda, Taman Setiabudi, Bumi Asri, DPR Kalibata, Griya Pratama, Bank Indonesia, PLN Lama, Polri Ragunan, Pasar Baru Indah")
DUSUNS = words("Krajan, Ngemplak, Sukamaju, Karanganyar, Tegalsari, Wonosari Kidul, Jatirejo, Cikoneng, Babakan, Kebon Kalapa, Sumberwaru, Ngrandu, Cilangkap Girang, Pancuran, Ngasem, Banjarsari Lor")
KPS = words("Cibeureum, Rawa Bebek, Pulo, Sawah, Cipeucang, Bulak, Sukasari, Pondok Ranggon, Lio, Babakan Jati")
LRS = words("Manggis, Sepakat, Sederhana, Pinang, Karya, Langgar, Kebun Sirih, Basuki, Rukun Damai, Mandiri")
JORONGS = words("Koto Tuo, Kampung Tangah, Batang Kalang, Padang Laweh, Sungai Janiah, Koto Panjang")
BTNS = words("Minasa Upa, Antara, Hamzy, Pao-Pao Permai, Tamarunang Indah, Asal Mula")


def fmt_rtrw(rt, rw, style=None):
    style = style or wchoice([("a", 4), ("b", 3), ("c", 2), ("d", 2), ("e", 1), ("f", 1), ("g", 2), ("h", 1), ("i", 1), ("j", 1), ("k", 1)])
    if style == "a":
        return f"RT {rt:02d}/RW {rw:02d}"
    if style == "b":
        return f"RT {rt:03d}/RW {rw:03d}"
    if style == "c":
        return f"RT.{rt:02d}/RW.{rw:02d}"
    if style == "d":
        return f"RT {rt} RW {rw}"
    if style == "e":
        return f"Rt {rt:02d} Rw {rw:02d}"
    if style == "f":
        return f"rt {rt} rw {rw}"
    if style == "g":
        return f"RT/RW {rt:02d}/{rw:02d}"
    if style == "h":
        return f"RT{rt:02d}/RW{rw:02d}"
    if style == "i":
        return f"RT {rt:02d}/{rw:02d}"
    if style == "j":
        return f"RT. {rt:03d} RW. {rw:03d}"
    return f"Rt.{rt}/Rw.{rw}"


def house_no():
    n = RNG.randint(1, 140)
    suffix = wchoice([("", 8), ("A", 1), ("B", 1), ("a", 0.5), ("C", 0.5), ("-C", 0.3), ("/B", 0.3)])
    return f"{n}{suffix}"


def no_word():
    return wchoice([("No. ", 6), ("No.", 2), ("no ", 1), ("no. ", 1), ("Nomor ", 1), ("nomor ", 1), ("No ", 1)])


def make_address(region):
    """Return the house-level address string (the span)."""
    lang = region.lang
    SP = STREETS + STREETS_BY_LANG.get(lang, []) * 3
    rt, rw = RNG.randint(1, 15), RNG.randint(1, 12)
    rtrw = fmt_rtrw(rt, rw)
    jl = wchoice([("Jl. ", 6), ("Jln. ", 2), ("Jalan ", 2), ("Jl ", 1), ("JL. ", 1)])
    styles = [("jl", 5), ("jlgg", 3), ("gg", 3), ("perum", 3), ("komp", 2), ("jlkm", 1), ("kav", 1)]
    if lang in ("jv", "su"):
        styles += [("dusun", 3), ("kp", 2 if lang == "su" else 0)]
    if lang == "id":
        styles += [("kp", 1), ("lr", 1)]
    if lang == "bg":
        styles += [("btn", 3), ("lr", 2)]
    if lang == "mn":
        styles += [("jorong", 2)]
    if lang == "bj":
        styles += [("komp", 2), ("gg", 2)]
    st = wchoice(styles)
    sep = ch([" ", ", ", " "])
    if st == "jl":
        a = f"{jl}{ch(SP)} {no_word()}{house_no()}"
        if chance(0.7):
            a += sep + rtrw
    elif st == "jlgg":
        gg = ch(["Gg. ", "Gang ", "Gg "])
        a = f"{jl}{ch(SP)} {gg}{ch(GANGS)} {no_word()}{house_no()}"
        if chance(0.6):
            a += sep + rtrw
    elif st == "gg":
        gg = ch(["Gg. ", "Gang ", "Gg "])
        a = f"{gg}{ch(GANGS)} {no_word()}{house_no()}"
        if chance(0.8):
            a += sep + rtrw
    elif st == "perum":
        p = ch(["Perum ", "Perumahan ", "Perum. "])
        blk = f"{ch('ABCDEFGHJK')}{ch(['', str(RNG.randint(1, 12)), ''])}"
        v = RNG.random()
        if v < 0.5:
            a = f"{p}{ch(PERUMS)} Blok {blk} {no_word()}{RNG.randint(1, 40)}"
        elif v < 0.75:
            a = f"{p}{ch(PERUMS)} Blok {blk}/{RNG.randint(1, 40)}"
        else:
            a = f"{p}{ch(PERUMS)} Tahap {ch(['II', '3', 'IV'])} Blok {ch(['AA', 'BB', 'CC'])}-{RNG.randint(1, 30)} No. {RNG.randint(1, 20)}"
        if chance(0.3):
            a += sep + rtrw
    elif st == "komp":
        k = ch(["Komp. ", "Komplek ", "Kompleks ", "Komp "])
        a = f"{k}{ch(KOMPS)} Blok {ch('ABCDEFGM')}{ch(['', '-'])}{RNG.randint(1, 25)}"
        if chance(0.5):
            a += f" {no_word()}{house_no()}"
        if chance(0.3):
            a += sep + rtrw
    elif st == "jlkm":
        a = f"{jl}Raya {ch([region.city, ch(region.kecs)[0]])} Km. {RNG.randint(2, 30)} {no_word()}{house_no()}"
    elif st == "kav":
        a = f"{jl}{ch(SP)} Kav. {RNG.randint(1, 90)}"
        if chance(0.4):
            a += sep + rtrw
    elif st == "dusun":
        d = ch(["Dusun ", "Dsn. ", "Dusun ", "Dsn "])
        a = f"{d}{ch(DUSUNS)} {rtrw}"
    elif st == "kp":
        a = f"{ch(['Kp. ', 'Kampung ', 'Kp '])}{ch(KPS)} {ch([fmt_rtrw(rt, rw, 'i'), rtrw])}"
    elif st == "lr":
        a = f"{ch(['Lr. ', 'Lorong ', 'Lr '])}{ch(LRS)} {no_word()}{house_no()}"
        if chance(0.5):
            a += sep + rtrw
    elif st == "btn":
        a = f"BTN {ch(BTNS)} Blok {ch('ABCDEFGHK')}{RNG.randint(1, 12)} {no_word()}{RNG.randint(1, 30)}"
    elif st == "jorong":
        a = f"Jorong {ch(JORONGS)} {no_word()}{house_no()}"
    else:
        raise ValueError(st)
    if chance(0.12):
        a = a.lower()
    return a


def bare_rtrw():
    rt, rw = RNG.randint(1, 15), RNG.randint(1, 12)
    return fmt_rtrw(rt, rw, ch(["a", "b", "c", "d", "g", "j"]))


def area_tail(region, kec, kel):
    k = region.kecs[0] if kec is None else (kec, kel)
    kec, kel = k
    pos = region.postal[kec]
    if region.is_kota:
        opts = [f", Kel. {kel}, Kec. {kec}, {region.city}",
                f", Kelurahan {kel}, Kecamatan {kec}",
                f" Kel. {kel} Kec. {kec}",
                f", {kel}, {kec}, {region.city} {pos}",
                f", kel. {kel.lower()} kec. {kec.lower()}",
                f", Kota {region.city}",
                f", {region.city} {pos}",
                ""]
    else:
        opts = [f", Desa {kel}, Kec. {kec}, Kab. {region.city}",
                f", Ds. {kel}, Kecamatan {kec}",
                f" Desa {kel} Kec. {kec}",
                f", {kel}, {kec}, {region.city}",
                f", desa {kel.lower()} kec {kec.lower()}",
                f", Kabupaten {region.city} {pos}",
                ""]
        if region.lang == "mn":
            opts.append(f", Nagari {kel}, Kec. {kec}, Kab. {region.city}")
    return ch(opts)


# ---------------------------------------------------------------------------------------
# people
JOBS = {
    "m": ["petani", "buruh pabrik", "pedagang sayur", "pengemudi ojek online", "karyawan swasta", "guru honorer",
          "nelayan", "tukang bangunan", "sopir angkot", "wiraswasta", "satpam perumahan", "montir", "penjual bakso keliling"],
    "f": ["ibu rumah tangga", "pedagang di pasar", "buruh cuci", "guru honorer", "karyawan swasta", "perawat honorer",
          "penjahit", "wiraswasta", "kader posyandu", "penjual kue", "buruh garmen"],
    "elder": ["pensiunan guru", "pensiunan PNS", "petani", "pensiunan BUMN", "purnawirawan"],
}
TITLE_PRE = {"m": [("", 5), ("Drs. ", 2), ("Ir. ", 1), ("H. ", 2), ("Dr. ", 1), ("dr. ", 1), ("Drs. H. ", 1), ("Ir. H. ", 1)],
             "f": [("", 5), ("Dra. ", 2), ("Hj. ", 2), ("dr. ", 1), ("Dr. ", 1), ("drg. ", 1), ("Hj. Dra. ", 1)]}
DEGREES = [("", 4), (", S.Sos.", 2), (", S.H.", 1), (", S.Pd.", 1), (", S.E., M.M.", 1), (", M.Si.", 1), (", S.T.", 1),
           (", A.Md.", 1), (", S.IP", 1), (", S.Kom.", 1), (", M.AP", 1), (", S.Sos., M.Si.", 1), (", S.H., M.H.", 1),
           (" S.Pd.I", 1), (", SKM", 1)]
NAME_PARTICLES = {"br.", "br", "boru", "bin", "binti", "i", "ni", "muh.", "abd.", "st.", "la", "ode", "wa", "andi",
                  "ida", "bagus", "ayu", "anak", "agung", "gde", "istri", "desak", "cut", "teuku", "tengku", "sitti",
                  "gusti", "cokorda"}
MAIL_DOMAINS = [("gmail.com", 12), ("yahoo.com", 3), ("yahoo.co.id", 2), ("ymail.com", 1), ("outlook.com", 1),
                ("hotmail.com", 1), ("rocketmail.com", 0.5), ("icloud.com", 0.5)]


def _alnum(s):
    return re.sub(r"[^a-z0-9]", "", s.lower())


class Person:
    def __init__(self, region, kind="adult", sex=None, eth=None, avoid=(), kec=None):
        self.region = region
        self.kind = kind
        self.sex = sex or ch(["m", "f"])
        self.eth = eth or wchoice(ETH_BY_LANG[region.lang])
        if kec is None:
            kec = ch(region.kecs)
        self.kec, self.kel = kec
        area_toks = set(" ".join([region.city] + [a + " " + b for a, b in region.kecs]).split())
        for _ in range(40):
            full, call = _compose(self.eth, self.sex, kind)
            toks = {t for t in full.replace(".", " ").split() if len(t) >= 3 and t.lower() not in NAME_PARTICLES and t not in BL_ORDER}
            if toks & (set(avoid) | area_toks):
                continue
            if USED_NAMES[full] and chance(0.85):
                continue
            break
        USED_NAMES[full] += 1
        self.name, self.call = full, call
        yr = {"adult": (1963, 2003), "elder": (1938, 1961), "child": (2008, 2022), "official": (1966, 1995),
              "agent": (1994, 2002)}[kind]
        self.birth = rand_date(*yr)
        self.bplace = region.city if chance(0.7) else ch([r.city for r in REGION_OBJS])
        self.serial = f"{RNG.randint(1, 420):04d}"
        self._kk = None
        self._cache = {}
        self.role = None
        self.inst = None

    # raw values ---------------------------------------------------------------
    @property
    def tokens(self):
        return set(self.name.replace(".", " ").split())

    @property
    def age(self):
        return 2024 - self.birth.year - (1 if (self.birth.month, self.birth.day) > (6, 1) else 0)

    def raw(self, what):
        if what in self._cache:
            return self._cache[what]
        r = self.region
        if what == "nik":
            day = self.birth.day + (40 if self.sex == "f" else 0)
            v = f"{r.code4}{r.kec_codes[self.kec]}{day:02d}{self.birth.month:02d}{self.birth.year % 100:02d}{self.serial}"
        elif what == "kk":
            if self._kk is None:
                self._kk = new_kk(r, self.kec)
            v = self._kk
        elif what == "hp":
            v = new_mobile()
        elif what == "tel":
            v = new_landline(r)
        elif what == "addr":
            v = make_address(r)
        elif what == "area":
            v = area_tail(r, self.kec, self.kel)
        elif what == "rtrw":
            v = bare_rtrw()
        elif what == "email":
            v = self._email()
        elif what == "ig":
            v = self._handle()
        elif what == "plate":
            v = new_plate(r)
        elif what == "npwp":
            v = new_npwp_old()
        elif what == "bpjs":
            v = new_bpjs()
        elif what == "bank":
            v = new_account(r.lang)
        elif what == "paspor":
            v = new_passport()
        elif what == "nip":
            tmt_y = min(2023, self.birth.year + RNG.randint(23, 31))
            tmt_m = ch([1, 2, 3, 4, 12])
            v = (f"{self.birth.year}{self.birth.month:02d}{self.birth.day:02d}", f"{tmt_y}{tmt_m:02d}",
                 "1" if self.sex == "m" else "2", f"{RNG.randint(1, 18):03d}")
        elif what == "job":
            v = ch(JOBS["elder"] if self.kind == "elder" else JOBS[self.sex])
        elif what == "title":
            if self.role in NON_PNS_ROLES:
                v = ("", wchoice([("", 5), (", S.E.", 1), (", A.Md.", 1)]))
            else:
                v = (wchoice(TITLE_PRE[self.sex]), wchoice(DEGREES))
        elif what == "kelas":
            v = str(max(1, min(12, 2024 - self.birth.year - 6)))
        else:
            raise KeyError(what)
        self._cache[what] = v
        return v

    def set_kk(self, kk):
        self._kk = kk
        self._cache["kk"] = kk

    def _email(self):
        toks = [t for t in self.name.split() if t.lower() not in NAME_PARTICLES] or self.name.split()
        toks = [_alnum(t) for t in toks if _alnum(t)]
        first, last = toks[0], toks[-1]
        yy = f"{self.birth.year % 100:02d}"
        local = wchoice([(f"{first}.{last}", 3), (f"{first}{last}{yy}", 2), (f"{first}_{last}", 2), (f"{first}{yy}", 1),
                         (f"{first}.{_alnum(self.region.city)[:6]}", 1), (f"{last}{RNG.randint(1, 999)}", 1),
                         (f"{first[0]}{last}", 1), (f"{_alnum(self.call)}.{last}{RNG.randint(1, 99)}", 1)])
        if local.endswith(".") or local.startswith("."):
            local = local.strip(".")
        return f"{local}@{wchoice(MAIL_DOMAINS)}"

    def _handle(self):
        toks = [t for t in self.name.split() if t.lower() not in NAME_PARTICLES] or self.name.split()
        toks = [_alnum(t) for t in toks if _alnum(t)]
        first, last = toks[0], toks[-1]
        h = wchoice([(f"{first}_{last}", 3), (f"{first}{last}", 2), (f"{first}.{last}", 2), (f"{first}{RNG.randint(1, 99)}", 2),
                     (f"{_alnum(self.call)}_{_alnum(self.region.city)[:5]}", 1), (f"_{first}{last[:3]}", 1),
                     (f"{first}.{self.birth.year % 100:02d}", 1), (f"real{first}{last[:1]}", 1)])
        return "@" + h

    # renderings ----------------------------------------------------------------
    def render(self, attr):
        s = self.sex
        P = lambda v, lab: (v, lab)  # noqa: E731
        if attr == "name":
            return P(self.name, "PERSON")
        if attr == "call":
            return P(self.call, "PERSON")
        if attr == "lname":
            return P(self.name.lower(), "PERSON")
        if attr == "lcall":
            return P(self.call.lower(), "PERSON")
        if attr == "spell":
            base = self.call.split()[-1]
            return P("-".join(base.upper()), "PERSON")
        if attr == "titled":
            pre, deg = self.raw("title")
            return [pre, P(self.name, "PERSON"), deg]
        if attr == "hon":
            return "Pak" if s == "m" else "Bu"
        if attr == "Hon":
            return "Bapak" if s == "m" else "Ibu"
        if attr == "sdr":
            return "Sdr." if s == "m" else "Sdri."
        if attr == "rel":
            return "bapak" if s == "m" else "ibu"
        if attr == "Rel":
            return "Bapak" if s == "m" else "Ibu"
        if attr == "anak":
            return "putra" if s == "m" else "putri"
        if attr == "Anak":
            return "Putra" if s == "m" else "Putri"
        if attr in KIN:
            return KIN[attr][0 if s == "m" else 1]
        if attr == "Suami":
            return "Suami" if s == "m" else "Istri"
        if attr == "lk":
            return "laki-laki" if s == "m" else "perempuan"
        if attr == "suami":
            return "suami" if s == "m" else "istri"
        if attr == "nik":
            return P(fmt16(self.raw("nik")), "NIK")
        if attr == "nikp":
            return P(self.raw("nik"), "NIK")
        if attr == "nikt":
            return P(typo16(self.raw("nik")), "NIK")
        if attr == "niko":
            return P(fmt16(self.raw("nik"), "odd"), "NIK")
        if attr == "kk":
            return P(fmt16(self.raw("kk")), "KK")
        if attr == "kkp":
            return P(self.raw("kk"), "KK")
        if attr == "nikkk":
            return [P(self.raw("nik"), "NIK"), ch(["/", " / "]), P(self.raw("kk"), "KK")]
        if attr == "hp":
            return P(fmt_mobile(self.raw("hp")), "PHONE")
        if attr == "hpp":
            return P(self.raw("hp"), "PHONE")
        if attr == "hpd":
            return P(fmt_mobile(self.raw("hp"), "dash"), "PHONE")
        if attr == "hpw":
            return P(spoken_mobile(self.raw("hp")), "PHONE")
        if attr == "tel":
            ac, num = self.raw("tel")
            return P(fmt_landline(ac, num), "PHONE")
        if attr == "dob":
            return P(fmt_date(self.birth, wchoice(DOB_STYLES)), "DATE_OF_BIRTH")
        if attr == "dobl":
            return P(fmt_date(self.birth, "long"), "DATE_OF_BIRTH")
        if attr == "dobn":
            return P(fmt_date(self.birth, ch(["dash", "slash", "dot"])), "DATE_OF_BIRTH")
        if attr == "ttl":
            return [self.bplace + ", ", P(fmt_date(self.birth, wchoice(DOB_STYLES)), "DATE_OF_BIRTH")]
        if attr == "bplace":
            return self.bplace
        if attr == "age":
            return str(self.age)
        if attr == "addr":
            return P(self.raw("addr"), "ADDRESS")
        if attr == "area":
            return self.raw("area")
        if attr == "alamat":
            return [P(self.raw("addr"), "ADDRESS"), self.raw("area")]
        if attr == "rtrw":
            return P(self.raw("rtrw"), "ADDRESS")
        if attr == "email":
            return P(self.raw("email"), "EMAIL")
        if attr == "ig":
            return P(self.raw("ig"), "HANDLE")
        if attr == "plate":
            return P(fmt_plate(self.raw("plate")), "PLATE")
        if attr == "npwp":
            return P(fmt_npwp(self.raw("npwp")), "NPWP")
        if attr == "npwpnik":
            return P(self.raw("nik"), "NPWP")
        if attr == "bpjs":
            return P(fmt_bpjs(self.raw("bpjs")), "BPJS")
        if attr == "rek":
            bank, acct = self.raw("bank")
            return [bank + " ", P(acct, "BANK_ACCOUNT")]
        if attr == "acct":
            return P(self.raw("bank")[1], "BANK_ACCOUNT")
        if attr == "bank":
            return self.raw("bank")[0]
        if attr == "paspor":
            return P(self.raw("paspor"), "PASSPORT")
        if attr == "nip":
            a, b, c, d = self.raw("nip")
            return P(ch([f"{a} {b} {c} {d}", f"{a}{b}{c}{d}", f"{a} {b} {c} {d}", f"{a}.{b}.{c}.{d}"]), "NIP")
        if attr == "job":
            return self.raw("job")
        if attr == "role":
            return self.role or "petugas"
        if attr == "inst":
            return self.inst or "kantor kelurahan"
        if attr == "kota":
            return self.region.city
        if attr == "kel":
            return self.kel
        if attr == "kec":
            return self.kec
        if attr == "kelas":
            return self.raw("kelas")
        raise KeyError(attr)


KIN = {"Jvpar": ("Bapak", "Simbok"), "Supar": ("Pun bapa", "Pun biang"), "Blpar": ("Bapan", "Meme"),
       "Mnpar": ("Apak", "Amak"), "Bgpar": ("Ambo'", "Indo'"), "Bjpar": ("Abah", "Uma"),
       "mb": ("Mas", "Mbak"), "myrel": ("my father", "my mother"), "Mertua": ("Bapak mertua", "Ibu mertua"),
       "Paman": ("Paman", "Bibi"), "nenek": ("kakek", "nenek"), "kang": ("Kang", "Teh"), "uda": ("Uda", "Uni"), "bli": ("Bli", "Mbok")}


def new_kk(region, kec):
    d = rand_date(2010, 2024)
    return f"{region.code4}{region.kec_codes[kec]}{d.day:02d}{d.month:02d}{d.year % 100:02d}{RNG.randint(1, 9999):04d}"


# ---------------------------------------------------------------------------------------
# near-misses and area-level values
INST_EMAILS = ["pengaduan@lapor.go.id", "pengaduan@ombudsman.go.id", "layanan@bpjs-kesehatan.go.id",
               "pengaduan@kemensos.go.id", "humas@bandung.go.id", "dukcapil@surakarta.go.id", "ppid@jatimprov.go.id",
               "pengaduan.imigrasi@kemenkumham.go.id", "helpdesk@kemdikbud.go.id", "cs@pdamkotamakassar.co.id",
               "pelayanan@pln.co.id", "halo@bankkalsel.co.id", "info@dinkes.padang.go.id", "admin@sman1denpasar.sch.id"]
INST_DOMAINS = {e.split("@")[1] for e in INST_EMAILS}
INST_HANDLES = ["@lapor1708", "@pln_123", "@BPJSKesehatanRI", "@kemensosri", "@ditjen_imigrasi", "@humaspemkot",
                "@dukcapil_kota", "@ombudsmanri137", "@pdam_tirtaraharja", "@dishub_prov"]
HOTLINES = ["112", "123", "165", "1708", "1500200", "110", "119", "171", "1500400", "1500537", "129"]
REGS = ["UU No. 25 Tahun 2009 tentang Pelayanan Publik", "UU Nomor 24 Tahun 2013", "Perpres 96/2018",
        "Perpres No. 82 Tahun 2018", "UU 40/2004 tentang SJSN", "Permendikbud No. 1 Tahun 2021",
        "Permendikbud 75/2016 tentang Komite Sekolah", "UU No. 6 Tahun 2014 tentang Desa", "PP No. 24 Tahun 1997",
        "UU 22/2009 tentang LLAJ", "UU No. 18 Tahun 2008 tentang Pengelolaan Sampah", "UU 17/2023 tentang Kesehatan",
        "Permensos No. 1 Tahun 2018", "UU No. 30 Tahun 2009", "PP 122/2015", "UU 1/2022 tentang HKPD",
        "POJK 10/POJK.05/2022", "Perpres 104/2007", "UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi",
        "UU 5/2014 tentang ASN", "UU No. 6 Tahun 2011 tentang Keimigrasian"]
PUBLIC_STREETS = ["Jl. Raya Bogor km 32", "Jl. Diponegoro", "Jl. Teuku Umar", "Jl. Ahmad Yani", "Jl. Gatot Subroto",
                  "Jl. Sultan Hasanuddin", "Jl. Imam Bonjol", "jalan provinsi ruas Solo–Purwodadi", "Jl. Jenderal Sudirman",
                  "Jl. Pangeran Antasari", "Jl. Hayam Wuruk", "Jl. Gajah Mada", "Jl. Sisingamangaraja", "Jl. Pahlawan",
                  "Jl. Cut Nyak Dhien", "Jl. Sam Ratulangi", "Jl. A.P. Pettarani", "Jl. Khatib Sulaiman", "Jl. Ngurah Rai"]
HOSPITALS = ["RSUP Dr. Sardjito", "RSUD dr. Zainoel Abidin", "RSUD Dr. Moewardi", "RSUP Dr. Hasan Sadikin",
             "RSUD Dr. Soetomo", "RSUD Ulin", "RSUP Dr. Wahidin Sudirohusodo", "RSUP Dr. M. Djamil",
             "RSUD Wangaya", "RSUD Dok II Jayapura", "RSUP Adam Malik", "RSUD dr. Saiful Anwar", "RSUD Pasar Rebo",
             "RSUD dr. Soekardjo", "RS Bhayangkara"]


def rupiah(n):
    return f"{n:,}".replace(",", ".")


AMOUNTS = {
    "": [50000, 75000, 100000, 150000, 200000, 250000, 300000, 350000, 500000, 750000, 1000000, 1500000, 2000000, 2500000],
    "s": [2000, 5000, 10000, 15000, 20000, 25000, 50000],
    "l": [15000000, 25000000, 48500000, 120000000, 350000000, 1250000000],
    "lpg": [28000, 30000, 32000, 35000, 38000, 40000],
    "sak": [175000, 200000, 250000, 280000, 350000],
}


def make_amount(kind=""):
    n = ch(AMOUNTS[kind])
    return wchoice([(f"Rp {rupiah(n)}", 4), (f"Rp{rupiah(n)}", 2), (f"Rp. {rupiah(n)},-", 1),
                    (f"Rp {n // 1000} ribu" if n < 1000000 else f"Rp {n / 1000000:g} juta".replace(".", ",") if n < 10 ** 9 else f"Rp {n / 10 ** 9:g} miliar".replace(".", ","), 2),
                    (f"{rupiah(n)} rupiah", 1)])


def make_incident_date(d=None):
    d = d or rand_date(2023, 2025)
    return wchoice([(fmt_date(d, "long"), 5), (fmt_date(d, "slash"), 1), (fmt_date(d, "dash"), 1),
                    (f"{ch(['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'])} ({d.day}/{d.month}/{d.year})", 1),
                    (fmt_date(d, "abbr"), 1)])


class Ctx:
    """Resolves {placeholders} for one text."""

    def __init__(self, region, people, topic=None):
        self.region = region
        self.people = people
        self.topic = topic
        if "r" in people:
            self.kec, self.kel = people["r"].kec, people["r"].kel
        else:
            self.kec, self.kel = ch(region.kecs)
        self.cache = {}
        self.used_frames = set()
        self.base_date = rand_date(2023, 2024) + dt.timedelta(days=RNG.randint(150, 300))

    def get(self, key):
        if key not in self.cache:
            self.cache[key] = self._make(key)
        return self.cache[key]

    def _make(self, key):
        m = re.match(r"^([a-z])_([A-Za-z]+?)(\d*)$", key)
        if m and m.group(1) in self.people:
            return self.people[m.group(1)].render(m.group(2))
        base = re.sub(r"\d+$", "", key)
        r = self.region
        if base == "kota":
            return r.city
        if base == "prov":
            return r.prov
        if base == "kec":
            return self.kec
        if base == "kel":
            return self.kel
        if base == "desa":
            return ("Desa " if not r.is_kota else "Kelurahan ") + self.kel
        if base == "amt":
            return make_amount()
        if base.startswith("amt_"):
            return make_amount(base[4:])
        if base == "reg":
            return ch(REGS)
        if base == "tiket":
            return wchoice([(f"#{RNG.randint(1000000, 9999999)}", 3), (f"{RNG.randint(10000000, 99999999)}", 2),
                            (f"LAP-{RNG.randint(2023, 2025)}-{RNG.randint(100000, 999999)}", 1)])
        if base == "tiket16":
            d = rand_date(2023, 2025)
            return (f"{d.year}{d.month:02d}{d.day:02d}{digs(8)}", NEAR)
        if base == "hotline":
            return ch(HOTLINES)
        if base == "tgl":
            off = RNG.randint(0, 10) if key == "tgl" else RNG.randint(12, 75) * int(key[3:] or 1)
            return make_incident_date(self.base_date + dt.timedelta(days=off))
        if base == "jam":
            return f"{RNG.randint(6, 22):02d}.{ch(['00', '15', '30', '45', '10', '20'])}"
        if base == "bulan":
            d = self.base_date - dt.timedelta(days=RNG.randint(20, 80))
            return f"{MONTHS[d.month - 1]} {d.year}"
        if base == "tahun":
            return str(RNG.randint(2008, 2022))
        if base == "spbu":
            return f"SPBU {RNG.randint(31, 74)}.{RNG.randint(100, 999)}.{RNG.randint(10, 99)}"
        if base == "npsn":
            return f"NPSN {RNG.randint(10000000, 69999999)}"
        if base == "km":
            return f"{ch(['km', 'Km.', 'KM'])} {RNG.randint(2, 120)}"
        if base == "iemail":
            return ch(INST_EMAILS)
        if base == "ihandle":
            return ch(INST_HANDLES)
        if base == "jalan":
            return ch(PUBLIC_STREETS)
        if base == "rs":
            return ch(HOSPITALS)
        if base == "sekolah":
            return ch([f"SDN {RNG.randint(1, 12)} {self.kel}", f"SMPN {RNG.randint(1, 9)} {r.city}",
                       f"SMA Negeri {RNG.randint(1, 8)} {r.city}", f"MI Nurul Huda {self.kel}", f"SMK Negeri {RNG.randint(1, 5)} {r.city}"])
        if base == "hari":
            return str(RNG.randint(3, 21))
        if base == "n":
            return str(RNG.randint(12, 480))
        if base == "kkcount":
            return ch([f"{rupiah(RNG.randint(1100, 4800))} KK", f"{RNG.randint(20, 300)} KK", f"sekitar {RNG.randint(15, 90)} KK"])
        if base == "rt":
            return ch([f"RT {RNG.randint(1, 12):02d}", f"RT {RNG.randint(1, 12)}", f"RT {RNG.randint(1, 9):02d}/RW {RNG.randint(1, 9):02d}"])
        if base in ("lprob", "lprob2"):
            pcs = self.get(key[1:])
            first = pcs[0]
            if isinstance(first, str) and len(first) > 1 and first[1].islower():
                pcs = [first[0].lower() + first[1:]] + pcs[1:]
            return pcs
        if base in ("prob", "ask", "treg"):
            field = {"prob": "prob", "ask": "ask", "treg": "reg"}[base]
            opts = [x for x in self.topic[field] if x not in self.used_frames] or self.topic[field]
            f = ch(opts)
            self.used_frames.add(f)
            return T(self, f)
        if base == "perihal":
            return ch(self.topic["perihal"])
        if base == "agency":
            return T(self, ch(self.topic["agency"]))
        if base == "role":
            return ch(self.topic["role"]) if self.topic else "petugas"
        if base == "inst":
            return self.topic["inst"] if self.topic else "kantor kelurahan"
        raise KeyError(key)


PH = re.compile(r"\{([A-Za-z][A-Za-z0-9_]*)\}")


def T(ctx, s):
    """Expand a frame string into pieces."""
    out = []
    pos = 0
    for m in PH.finditer(s):
        if m.start() > pos:
            out.append(s[pos:m.start()])
        out.append(ctx.get(m.group(1)))
        pos = m.end()
    if pos < len(s):
        out.append(s[pos:])
    return out


def flatten(pieces):
    for p in pieces:
        if isinstance(p, list):
            yield from flatten(p)
        elif p is None or p == "":
            continue
        else:
            yield p


def build(pieces, case=None):
    text, spans, near, pos = [], [], [], 0
    for p in flatten(pieces):
        if isinstance(p, str):
            s, lab = p, None
        else:
            s, lab = p
        if case == "upper":
            s2 = s.upper()
        elif case == "lower":
            s2 = s.lower()
        else:
            s2 = s
        if len(s2) != len(s):
            raise ValueError("case change altered length: %r" % s)
        s = s2
        if lab in LABELS:
            spans.append({"start": pos, "end": pos + len(s), "label": lab})
        elif lab == NEAR:
            near.append((pos, pos + len(s)))
        elif lab is not None:
            raise ValueError(lab)
        text.append(s)
        pos += len(s)
    return "".join(text), spans, near


# ---------------------------------------------------------------------------------------
# topics: every frame here is PII-free (area names, dates, amounts, rules, hotlines only)
TOPICS = {
    "ektp": dict(
        perihal=["Keterlambatan pencetakan KTP-el", "Permohonan kejelasan status KTP elektronik", "Pengaduan layanan perekaman KTP-el"],
        agency=["Kepala Dinas Kependudukan dan Pencatatan Sipil {kota}", "Kepala Disdukcapil {kota}"],
        role=["petugas loket Disdukcapil", "operator kecamatan", "petugas perekaman"],
        inst="kantor Disdukcapil",
        prob=["Perekaman KTP-el sudah saya lakukan di kantor Kecamatan {kec} pada {tgl}, tetapi sampai hari ini fisik KTP belum juga dicetak.",
              "Setiap kali datang ke loket jawabannya selalu sama: blangko habis, pakai surat keterangan dulu.",
              "Di depan kantor ada calo yang menawarkan KTP jadi dalam sehari dengan tarif {amt}, padahal layanan adminduk gratis.",
              "Nomor antrean dibatasi 50 per hari dan sudah habis sebelum pukul 07.30, padahal saya datang dari subuh.",
              "Di aplikasi statusnya 'sudah cetak' sejak {bulan}, tetapi waktu diambil katanya belum ada."],
        ask=["Mohon kejelasan kapan KTP-el bisa diambil.", "Mohon calo di sekitar kantor ditertibkan dan blangko dipastikan tersedia."],
        reg=["Pelayanan adminduk tidak dipungut biaya sesuai UU Nomor 24 Tahun 2013.", "Bukankah menurut Perpres 96/2018 dokumen harus terbit paling lama 14 hari kerja?"]),
    "kk": dict(
        perihal=["Permohonan perubahan data Kartu Keluarga", "Pengaduan pemisahan KK yang tak kunjung selesai"],
        agency=["Kepala Dinas Kependudukan dan Pencatatan Sipil {kota}", "Camat {kec}"],
        role=["operator desa", "petugas Dukcapil kecamatan", "staf kelurahan"],
        inst="kantor kelurahan",
        prob=["Pengajuan pisah KK sudah masuk sejak {tgl} dan sampai sekarang belum diproses.",
              "Nama anggota keluarga di KK tertulis salah, tetapi permohonan perbaikan ditolak dengan alasan sistem sedang gangguan.",
              "Kami diminta membayar {amt} untuk 'uang map' saat mengurus perubahan KK di kelurahan.",
              "Status perkawinan di KK masih 'belum kawin' padahal buku nikah sudah dilampirkan dua kali.",
              "Karena data KK belum diperbarui, pendaftaran sekolah dan BPJS ikut tertunda."],
        ask=["Mohon data KK kami segera diperbaiki.", "Mohon pungutan di kelurahan diperiksa."],
        reg=["Layanan ini gratis menurut UU Nomor 24 Tahun 2013.", "Tenggat penerbitan dokumen sudah diatur dalam Perpres 96/2018."]),
    "akta": dict(
        perihal=["Akta kelahiran belum terbit", "Permohonan penerbitan akta kelahiran anak"],
        agency=["Kepala Disdukcapil {kota}"],
        role=["petugas pencatatan sipil", "operator desa", "petugas loket akta"],
        inst="kantor Dukcapil",
        prob=["Berkas permohonan akta kelahiran sudah lengkap dan diserahkan pada {tgl}, tetapi aktanya belum terbit.",
              "Kami disuruh bolak-balik melengkapi surat keterangan lahir dari bidan, padahal sudah kami lampirkan sejak awal.",
              "Tanpa akta kelahiran, anak kami tidak bisa didaftarkan ke sekolah dan tidak bisa dibuatkan KIA.",
              "Petugas bilang ada 'biaya percepatan' {amt} kalau mau jadi minggu ini."],
        ask=["Mohon akta kelahiran segera diterbitkan.", "Mohon dijelaskan syarat yang masih kurang secara tertulis."],
        reg=["Pencatatan kelahiran tidak dipungut biaya menurut UU Nomor 24 Tahun 2013."]),
    "bpjs": dict(
        perihal=["Kepesertaan BPJS PBI dinonaktifkan sepihak", "Pengaduan kartu JKN-KIS tidak aktif"],
        agency=["Kepala BPJS Kesehatan Cabang {kota}", "Kepala Dinas Sosial {kota}"],
        role=["petugas BPJS Kesehatan", "pendamping sosial", "petugas pendaftaran puskesmas"],
        inst="kantor BPJS Kesehatan",
        prob=["Kartu JKN-KIS kami tiba-tiba tidak aktif sejak {bulan} tanpa pemberitahuan apa pun.",
              "Saat berobat di puskesmas kami diminta membayar sebagai pasien umum sebesar {amt}.",
              "Menurut petugas, kepesertaan PBI dicoret karena data kami dianggap 'mampu', padahal kami buruh harian.",
              "Sudah menghubungi Care Center {hotline} dua kali, jawabannya hanya disuruh ke dinas sosial.",
              "Untuk mengaktifkan kembali kami diminta surat keterangan tidak mampu yang harus ditandatangani tiga kantor."],
        ask=["Mohon kepesertaan PBI diaktifkan kembali.", "Mohon penjelasan dasar penonaktifan kartu kami."],
        reg=["Jaminan kesehatan adalah hak peserta menurut UU 40/2004 tentang SJSN.", "Perpres No. 82 Tahun 2018 mengatur pemberitahuan perubahan kepesertaan."]),
    "rs": dict(
        perihal=["Pasien ditolak di IGD", "Pengaduan pelayanan rumah sakit"],
        agency=["Direktur {rs}", "Kepala Dinas Kesehatan {kota}"],
        role=["petugas IGD", "perawat jaga", "petugas admisi"],
        inst="rumah sakit",
        prob=["Pada {tgl} sekitar pukul {jam}, pasien dibawa ke IGD {rs} tetapi disuruh pulang dengan alasan kamar penuh.",
              "Kami menunggu di lorong lebih dari enam jam tanpa diperiksa dokter.",
              "Petugas admisi meminta uang jaminan {amt} padahal pasien peserta JKN aktif.",
              "Obat yang diresepkan katanya kosong dan kami disuruh membeli di apotek luar dengan biaya sendiri."],
        ask=["Mohon pihak rumah sakit dievaluasi.", "Mohon Dinas Kesehatan menegur manajemen rumah sakit."],
        reg=["Rumah sakit dilarang menolak pasien gawat darurat menurut UU 17/2023 tentang Kesehatan."]),
    "bansos": dict(
        perihal=["Bantuan PKH tidak diterima", "Pengaduan penyaluran BPNT", "Bansos tidak tepat sasaran"],
        agency=["Kepala Dinas Sosial {kota}", "Menteri Sosial RI c.q. Direktorat Jenderal Perlindungan dan Jaminan Sosial"],
        role=["pendamping PKH", "agen e-warong", "operator SIKS-NG desa"],
        inst="kantor desa",
        prob=["Nama kami tercantum di DTKS, tetapi sejak {bulan} bantuan tidak pernah masuk ke kartu.",
              "Agen e-warong memotong {amt} dari setiap pencairan dengan alasan 'biaya administrasi'.",
              "Sementara itu ada warga yang rumahnya bertingkat dan punya mobil justru menerima bantuan.",
              "Saat kami tanya, {role} hanya menjawab bahwa data dari pusat sudah begitu.",
              "Di {desa} ada {kkcount} penerima, tetapi daftar namanya tidak pernah diumumkan."],
        ask=["Mohon data penerima diverifikasi ulang.", "Mohon pemotongan bantuan oleh agen ditindak."],
        reg=["Pemotongan bantuan dengan alasan apa pun dilarang menurut Permensos No. 1 Tahun 2018."]),
    "blt": dict(
        perihal=["Penyaluran BLT Dana Desa", "Dugaan penyimpangan BLT-DD"],
        agency=["Bupati {kota} c.q. Inspektorat", "Camat {kec}"],
        role=["kepala desa", "bendahara desa", "kepala dusun"],
        inst="kantor desa",
        prob=["BLT Dana Desa tahap kedua belum dibagikan padahal desa lain sudah sejak {tgl}.",
              "Uang yang diterima hanya {amt} per bulan, tidak sesuai pengumuman.",
              "Penerima ditentukan lewat musyawarah yang tidak pernah mengundang warga miskin.",
              "Warga yang bertanya malah diancam namanya dicoret dari daftar."],
        ask=["Mohon Inspektorat memeriksa penggunaan Dana Desa.", "Mohon daftar penerima BLT ditempel di balai desa."],
        reg=["Transparansi keuangan desa diwajibkan UU No. 6 Tahun 2014 tentang Desa."]),
    "pln": dict(
        perihal=["Pemadaman listrik berulang", "Tagihan listrik melonjak tidak wajar"],
        agency=["Manajer PLN UP3 {kota}"],
        role=["petugas PLN", "teknisi yantek", "petugas P2TL"],
        inst="kantor PLN",
        prob=["Listrik di lingkungan kami padam hampir setiap malam sejak {tgl}, paling lama lima jam.",
              "Tagihan bulan {bulan} tiba-tiba menjadi {amt}, padahal pemakaian tidak berubah.",
              "Laporan lewat aplikasi dan call center {hotline} sudah dibuat dengan nomor {tiket}, tetapi belum ada teknisi datang.",
              "Tiang listrik di depan {sekolah} miring dan kabelnya menjuntai sampai ke tanah.",
              "Petugas P2TL datang tanpa surat tugas lalu menyatakan ada pelanggaran dan meminta 'denda damai'."],
        ask=["Mohon gangguan segera diperbaiki.", "Mohon dilakukan pengecekan ulang meteran."],
        reg=["Hak konsumen atas pelayanan listrik yang baik diatur dalam UU No. 30 Tahun 2009."]),
    "pdam": dict(
        perihal=["Air PDAM tidak mengalir", "Kualitas air PDAM keruh"],
        agency=["Direktur Utama Perumda Air Minum {kota}"],
        role=["petugas PDAM", "petugas pencatat meter", "kepala cabang PDAM"],
        inst="kantor PDAM",
        prob=["Sudah {hari} hari air PDAM di wilayah kami mati total, sementara tagihan tetap datang.",
              "Kalau pun mengalir, airnya keruh kecokelatan dan berbau.",
              "Pipa bocor di {jalan} dibiarkan berminggu-minggu sampai jalan berlubang.",
              "Petugas pencatat meter tidak pernah datang, tagihan hanya dikira-kira.",
              "Warga terpaksa membeli air jeriken seharga {amt_s} per hari."],
        ask=["Mohon pasokan air segera dipulihkan.", "Mohon ada kompensasi tagihan selama air mati."],
        reg=["Standar pelayanan air minum diatur dalam PP 122/2015."]),
    "jalan": dict(
        perihal=["Jalan rusak berat", "Permohonan perbaikan jalan"],
        agency=["Kepala Dinas PUPR {kota}"],
        role=["mandor proyek", "pengawas lapangan Dinas PUPR", "kepala seksi jalan"],
        inst="Dinas PUPR",
        prob=["Jalan di ruas {jalan} rusak parah dan sudah memakan korban jatuh dari motor.",
              "Lubang di dekat {km} sedalam lutut orang dewasa dan tergenang saat hujan.",
              "Perbaikan yang dikerjakan pada {bulan} hanya tambal sulam dan sudah hancur lagi dalam dua minggu.",
              "Papan proyek mencantumkan anggaran {amt_l}, tetapi ketebalan aspal tidak sampai tiga sentimeter.",
              "Anak-anak sekolah harus berjalan di bahu jalan yang berlumpur."],
        ask=["Mohon jalan segera diperbaiki sebelum ada korban lagi.", "Mohon kualitas pekerjaan proyek diaudit."],
        reg=["Penyelenggara jalan wajib memperbaiki jalan rusak menurut UU 22/2009 tentang LLAJ."]),
    "sampah": dict(
        perihal=["Tumpukan sampah tidak diangkut", "Pembakaran sampah liar"],
        agency=["Kepala Dinas Lingkungan Hidup {kota}"],
        role=["petugas kebersihan", "koordinator TPS", "ketua RW"],
        inst="Dinas Lingkungan Hidup",
        prob=["Sampah di TPS dekat pasar sudah {hari} hari tidak diangkut dan baunya sampai ke permukiman.",
              "Ada pembakaran sampah plastik setiap sore yang asapnya masuk ke rumah warga.",
              "Kami membayar iuran sampah {amt_s} per bulan, tetapi gerobak hanya datang seminggu sekali.",
              "Tumpukan sampah di pinggir {jalan} menyumbat saluran air."],
        ask=["Mohon sampah segera diangkut.", "Mohon pembakaran sampah dihentikan."],
        reg=["Pembakaran sampah yang tidak sesuai standar dilarang UU No. 18 Tahun 2008 tentang Pengelolaan Sampah."]),
    "pungli_sekolah": dict(
        perihal=["Pungutan di sekolah negeri", "Dugaan pungli di sekolah"],
        agency=["Kepala Dinas Pendidikan {kota}"],
        role=["kepala sekolah", "bendahara komite", "wali kelas"],
        inst="sekolah",
        prob=["Orang tua murid di {sekolah} diminta membayar {amt} untuk uang gedung, padahal sekolah negeri.",
              "Rapat komite hanya membacakan keputusan, tidak ada musyawarah.",
              "Anak yang belum membayar tidak diberi kartu ujian.",
              "Ada juga kewajiban membeli seragam dan buku di koperasi sekolah dengan harga {amt2}."],
        ask=["Mohon pungutan dihentikan dan uang dikembalikan.", "Mohon Dinas Pendidikan turun memeriksa."],
        reg=["Komite sekolah dilarang memungut menurut Permendikbud 75/2016 tentang Komite Sekolah."]),
    "ppdb": dict(
        perihal=["Kecurangan PPDB jalur zonasi", "Pengaduan seleksi PPDB"],
        agency=["Kepala Dinas Pendidikan Provinsi {prov}", "Kepala Dinas Pendidikan {kota}"],
        role=["panitia PPDB", "operator sekolah", "kepala sekolah"],
        inst="sekolah",
        prob=["Rumah kami hanya 400 meter dari {sekolah}, tetapi anak kami tidak diterima di jalur zonasi.",
              "Ada calon siswa yang tiba-tiba pindah KK ke alamat dekat sekolah sebulan sebelum pendaftaran.",
              "Pengumuman diundur tiga kali tanpa penjelasan.",
              "Kami ditawari 'kursi tambahan' dengan membayar {amt}."],
        ask=["Mohon hasil seleksi zonasi diverifikasi.", "Mohon dibuka data jarak semua peserta yang diterima."],
        reg=["Permendikbud No. 1 Tahun 2021 mengatur seleksi berdasarkan jarak domisili."]),
    "kip": dict(
        perihal=["Dana PIP/KIP belum cair", "Pemotongan dana Program Indonesia Pintar"],
        agency=["Kepala Dinas Pendidikan {kota}"],
        role=["operator sekolah", "wali kelas", "petugas bank"],
        inst="sekolah",
        prob=["Dana PIP tahun ini belum cair padahal nama sudah muncul di laman pengecekan sejak {bulan}.",
              "Sekolah memotong {amt} dari dana PIP dengan alasan untuk kegiatan perpisahan.",
              "Buku tabungan siswa ditahan oleh sekolah dan orang tua tidak boleh mengambil sendiri."],
        ask=["Mohon dana PIP dicairkan utuh.", "Mohon buku tabungan dikembalikan ke orang tua."],
        reg=["Dana PIP adalah hak siswa dan tidak boleh dipotong."]),
    "sertifikat": dict(
        perihal=["Sertifikat PTSL belum diterima", "Pengaduan layanan pertanahan"],
        agency=["Kepala Kantor Pertanahan {kota}"],
        role=["panitia PTSL desa", "petugas ukur BPN", "juru tulis desa"],
        inst="Kantor Pertanahan",
        prob=["Tanah kami diukur dalam program PTSL tahun {tahun}, tetapi sertifikatnya belum juga dibagikan.",
              "Panitia desa memungut {amt} per bidang, jauh di atas ketentuan.",
              "Luas di sertifikat tetangga bertambah dan memakan batas tanah kami.",
              "Berkas kami dinyatakan hilang dan disuruh mengulang dari awal."],
        ask=["Mohon sertifikat segera diserahkan.", "Mohon dilakukan pengukuran ulang batas tanah."],
        reg=["Biaya PTSL sudah ditetapkan dalam SKB tiga menteri.", "Pendaftaran tanah diatur dalam PP No. 24 Tahun 1997."]),
    "pbb": dict(
        perihal=["Kenaikan PBB tidak wajar", "Keberatan atas SPPT PBB"],
        agency=["Kepala Bapenda {kota}"],
        role=["petugas Bapenda", "kolektor PBB desa"],
        inst="kantor Bapenda",
        prob=["SPPT PBB tahun ini naik hampir tiga kali lipat menjadi {amt} tanpa ada pemberitahuan.",
              "Luas bangunan di SPPT jauh lebih besar dari kenyataan.",
              "Kolektor desa meminta pembayaran tunai tanpa memberi tanda bukti.",
              "Permohonan keberatan yang kami ajukan pada {tgl} belum dijawab."],
        ask=["Mohon nilai PBB ditinjau ulang.", "Mohon kolektor desa diawasi."],
        reg=["Hak mengajukan keberatan diatur dalam UU 1/2022 tentang HKPD."]),
    "samsat": dict(
        perihal=["Pengaduan pelayanan Samsat", "Pungutan saat perpanjangan STNK"],
        agency=["Kepala UPT Samsat {kota}", "Direktur Lalu Lintas Polda"],
        role=["petugas loket Samsat", "petugas cek fisik", "juru parkir Samsat"],
        inst="kantor Samsat",
        prob=["Saat cek fisik kendaraan, petugas meminta {amt} di luar tarif resmi.",
              "Antrean di Samsat keliling hanya melayani sampai pukul 11.00 padahal jadwalnya sampai 14.00.",
              "Pembayaran pajak lewat aplikasi sudah berhasil, tetapi status di Samsat masih menunggak.",
              "Banyak calo yang berkeliaran di dalam area kantor."],
        ask=["Mohon pungutan liar di Samsat diberantas.", "Mohon status pembayaran pajak kendaraan diperbaiki."],
        reg=["Tarif resmi sudah ada di papan informasi, sisanya pungutan liar."]),
    "imigrasi": dict(
        perihal=["Pengaduan layanan paspor", "Penerbitan paspor tertunda"],
        agency=["Kepala Kantor Imigrasi Kelas I {kota}"],
        role=["petugas wawancara", "petugas loket imigrasi", "satpam kantor imigrasi"],
        inst="Kantor Imigrasi",
        prob=["Kuota antrean daring selalu penuh dalam hitungan menit, tetapi di lokasi ada joki yang menjual nomor antrean {amt}.",
              "Paspor yang dijanjikan selesai empat hari kerja belum jadi setelah tiga minggu.",
              "Saat wawancara saya dibentak dan dituduh akan bekerja ilegal di luar negeri.",
              "Nama di paspor salah ketik dan untuk memperbaikinya saya disuruh membayar lagi."],
        ask=["Mohon paspor segera diterbitkan.", "Mohon joki antrean ditertibkan."],
        reg=["Tarif penerbitan paspor sudah ditetapkan dalam PP tentang PNBP, di luar itu tidak sah."]),
    "pinjol": dict(
        perihal=["Teror penagihan pinjaman online", "Penyebaran data pribadi oleh penagih"],
        agency=["Kepala OJK Regional", "Kapolres {kota}"],
        role=["penagih lapangan", "debt collector", "admin aplikasi"],
        inst="aplikasi pinjaman",
        prob=["Penagih menelepon puluhan kali sehari dan mengirim pesan berisi ancaman.",
              "Data kontak di ponsel disebarkan ke teman dan keluarga dengan tuduhan penipu.",
              "Utang awal hanya {amt}, tetapi sekarang ditagih hampir tiga kali lipat setelah tiga minggu.",
              "Aplikasi tersebut tidak terdaftar di OJK saat kami cek."],
        ask=["Mohon aplikasi ilegal ini ditutup.", "Mohon penagih yang mengancam ditindak."],
        reg=["Penagihan dengan ancaman dilarang dalam POJK 10/POJK.05/2022.", "Penyebaran data melanggar UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi."]),
    "guru": dict(
        perihal=["Tunjangan profesi guru belum dibayarkan", "Keterlambatan honor guru"],
        agency=["Kepala Dinas Pendidikan {kota}", "Kepala BKPSDM {kota}"],
        role=["operator dapodik", "kepala sekolah", "bendahara dinas"],
        inst="Dinas Pendidikan",
        prob=["Tunjangan profesi triwulan kedua belum dibayarkan, sementara kabupaten lain sudah cair sejak {tgl}.",
              "Honor guru honorer di sekolah kami hanya {amt} per bulan dan sudah tiga bulan belum dibayar.",
              "Data jam mengajar di Dapodik dihapus operator sehingga tunjangan tidak bisa diproses.",
              "Guru yang protes dipindahkan ke sekolah terpencil."],
        ask=["Mohon tunjangan segera dibayarkan.", "Mohon data Dapodik dipulihkan."],
        reg=["Hak tunjangan ASN diatur dalam UU 5/2014 tentang ASN."]),
    "lpg": dict(
        perihal=["Kelangkaan LPG 3 kg", "Harga elpiji melon di atas HET"],
        agency=["Kepala Dinas Perdagangan {kota}", "Kepala Bagian Perekonomian Setda {kota}"],
        role=["pemilik pangkalan", "agen LPG"],
        inst="pangkalan",
        prob=["LPG 3 kg dijual {amt_lpg} per tabung, jauh di atas HET.",
              "Pangkalan lebih mendahulukan pengecer dan rumah makan besar daripada warga.",
              "Warga disuruh membawa fotokopi KTP setiap membeli, tetapi barang tetap kosong.",
              "Setiap pagi antrean mengular sampai ke {jalan}."],
        ask=["Mohon distribusi LPG diawasi.", "Mohon pangkalan nakal dicabut izinnya."],
        reg=["LPG 3 kg diperuntukkan bagi rumah tangga miskin menurut Perpres 104/2007."]),
    "pupuk": dict(
        perihal=["Kelangkaan pupuk bersubsidi", "Penyaluran pupuk subsidi"],
        agency=["Kepala Dinas Pertanian {kota}"],
        role=["pemilik kios pupuk", "ketua kelompok tani", "penyuluh pertanian"],
        inst="kios pupuk",
        prob=["Kios resmi bilang pupuk urea bersubsidi habis, tetapi pupuk nonsubsidi tersedia dengan harga {amt_sak} per sak.",
              "Jatah di e-RDKK kelompok kami berkurang separuh tanpa penjelasan.",
              "Petani yang bukan anggota kelompok tidak bisa membeli sama sekali.",
              "Musim tanam sudah lewat dua minggu dan bibit mulai menguning."],
        ask=["Mohon penyaluran pupuk di kios diperiksa.", "Mohon data e-RDKK diperbaiki."],
        reg=["Ketentuan HET pupuk bersubsidi diatur Permentan 10/2022."]),
    "parkir": dict(
        perihal=["Parkir liar dan tarif parkir tidak resmi", "Jalan umum dijadikan lahan parkir"],
        agency=["Kepala Dinas Perhubungan {kota}"],
        role=["juru parkir", "koordinator parkir", "petugas Dishub"],
        inst="Dinas Perhubungan",
        prob=["Juru parkir di depan minimarket meminta {amt_s} padahal tarif resmi jauh lebih kecil.",
              "Bahu jalan di {jalan} dipakai parkir mobil berlapis sehingga macet setiap sore.",
              "Karcis tidak pernah diberikan dan jukir marah kalau diminta.",
              "Trotoar dipakai parkir motor sehingga pejalan kaki turun ke jalan."],
        ask=["Mohon parkir liar ditertibkan.", "Mohon Dishub rutin berpatroli."],
        reg=["Parkir di trotoar dilarang UU 22/2009 tentang LLAJ."]),
    "banjir": dict(
        perihal=["Drainase tersumbat dan banjir", "Permohonan normalisasi saluran"],
        agency=["Kepala Dinas PUPR {kota}", "Kepala BPBD {kota}"],
        role=["ketua RW", "lurah", "petugas BPBD"],
        inst="kantor kelurahan",
        prob=["Setiap hujan deras lebih dari satu jam, air masuk ke rumah setinggi betis.",
              "Saluran di {rt} tertutup bangunan ruko sehingga air tidak bisa mengalir.",
              "Banjir pada {tgl} merendam {kkcount} dan belum ada bantuan.",
              "Pompa air milik kelurahan rusak sejak {tahun}."],
        ask=["Mohon saluran dinormalisasi.", "Mohon bangunan di atas saluran dibongkar."],
        reg=["Sempadan saluran tidak boleh didirikan bangunan sesuai perda tata ruang."]),
    "puskesmas": dict(
        perihal=["Pelayanan puskesmas", "Keluhan layanan posyandu dan puskesmas"],
        agency=["Kepala Puskesmas {kec}", "Kepala Dinas Kesehatan {kota}"],
        role=["bidan desa", "petugas pendaftaran", "dokter jaga"],
        inst="puskesmas",
        prob=["Puskesmas baru buka pukul 09.00 padahal jadwalnya 07.30.",
              "Vitamin A dan PMT untuk balita tidak dibagikan di posyandu bulan ini.",
              "Pasien lansia disuruh antre berdiri karena kursi tunggu dipakai petugas.",
              "Obat hipertensi sering kosong dan pasien disuruh membeli sendiri seharga {amt}."],
        ask=["Mohon jam layanan puskesmas ditaati.", "Mohon stok obat dan PMT dipastikan."],
        reg=["Standar pelayanan minimal kesehatan wajib dipenuhi pemerintah daerah."]),
    "pensiun": dict(
        perihal=["Dana pensiun belum dibayarkan", "Pengaduan layanan Taspen"],
        agency=["Kepala PT Taspen Kantor Cabang {kota}"],
        role=["petugas Taspen", "petugas bank juru bayar"],
        inst="kantor Taspen",
        prob=["Pensiun bulan {bulan} tidak masuk ke rekening tanpa pemberitahuan.",
              "Kami diminta datang untuk autentikasi ulang padahal sudah dilakukan lewat aplikasi.",
              "Pensiunan yang sudah sepuh harus antre berjam-jam di kantor cabang."],
        ask=["Mohon pembayaran pensiun dipulihkan.", "Mohon ada layanan jemput bola untuk lansia."],
        reg=["Hak pensiun dijamin undang-undang."]),
    "rutilahu": dict(
        perihal=["Program bedah rumah", "Bantuan rumah tidak layak huni"],
        agency=["Kepala Dinas Perumahan Rakyat dan Kawasan Permukiman {kota}"],
        role=["fasilitator rutilahu", "ketua kelompok penerima", "kepala desa"],
        inst="kantor desa",
        prob=["Bantuan bahan bangunan senilai {amt_l} hanya datang setengahnya.",
              "Rumah yang sudah dibongkar dibiarkan tanpa atap selama dua bulan.",
              "Penerima diminta menyetor {amt2} sebagai 'uang tukang'."],
        ask=["Mohon sisa material segera dikirim.", "Mohon penyaluran bantuan diaudit."],
        reg=["Bantuan stimulan perumahan tidak boleh dipungut biaya."]),
    "kebisingan": dict(
        perihal=["Gangguan kebisingan tempat hiburan", "Usaha tanpa izin di permukiman"],
        agency=["Kepala Satpol PP {kota}", "Camat {kec}"],
        role=["ketua RT", "petugas Satpol PP", "lurah"],
        inst="kantor kecamatan",
        prob=["Tempat karaoke di permukiman beroperasi sampai pukul 03.00 setiap malam.",
              "Bengkel las di gang sempit beroperasi tanpa izin dan percikan apinya berbahaya.",
              "Sudah dilaporkan ke pengurus RT, tetapi tidak ada tindakan.",
              "Anak-anak tidak bisa tidur dan lansia sering mengeluh pusing."],
        ask=["Mohon usaha tersebut ditertibkan.", "Mohon izin usahanya diperiksa."],
        reg=["Gangguan ketertiban umum diatur dalam perda ketertiban umum."]),
}
TOPIC_KEYS = list(TOPICS)


# ---------------------------------------------------------------------------------------
# frames with people.  r reporter, n neighbour, o official, c child, f parent / elder,
# s spouse, p perpetrator (collector, scammer), w witness, a call-centre agent
OPEN_ID = ["Yth. Admin LAPOR!,", "Selamat pagi,", "Assalamualaikum wr. wb.", "Permisi min,", "Mohon izin melapor.",
           "Kepada Bapak/Ibu yang berwenang,", "Halo admin,", "Salam sejahtera.", "Selamat siang Bapak/Ibu.",
           "Yth. Pengelola SP4N-LAPOR!", "Selamat malam, maaf mengganggu.", "Dengan hormat,",
           "Min, tolong dibaca sampai habis ya.", "Izin menyampaikan keluhan.", "Sore min.", "Bismillah, saya mau mengadu."]

IDENT = [
    "Saya {r_name}, NIK {r_nik}, warga {desa}.",
    "Nama saya {r_name}. Saya tinggal di {r_alamat}.",
    "Perkenalkan, saya {r_name} ({r_age} th), {r_job} di {kota}.",
    "Saya {r_name}, bisa dihubungi di {r_hp}.",
    "Pelapor atas nama {r_name}, NIK {r_nik}, HP/WA {r_hp}.",
    "Yang melapor: {r_name}, lahir {r_dob}, alamat {r_alamat}.",
    "Data saya: NIK/KK {r_nikkk}, nama {r_name}.",
    "Saya {r_name}, pemilik akun {r_ig}, ingin menyampaikan keluhan.",
    "Sebagai warga {desa}, saya {r_name} ingin menyampaikan keluhan berikut.",
    "Saya atas nama {r_name}, TTL {r_ttl}, NIK {r_nik}.",
    "Kenalkan, {r_call} dari {kel}. KTP saya {r_nik}.",
    "Perkenankan saya, {r_name}, {r_job} yang beralamat di {r_alamat}, menyampaikan pengaduan.",
    "Saya {r_name}, {r_job}, e-mail {r_email}.",
    "Saya {r_name} dengan nomor KK {r_kk}, tinggal di {r_addr}.",
    "Saya seorang {r_job} bernama {r_name}, rumah di {r_alamat}.",
    "Aku {r_lname}, nik {r_nikp}.",
    "Izinkan saya memperkenalkan diri: {r_name}, NIK {r_nik}, nomor HP {r_hp}.",
    "Saya {r_name} (no. KTP {r_nik}; KK {r_kk}).",
    "Nama: {r_name} | NIK: {r_nik} | HP: {r_hp}",
    "Saya, {r_name}, alamat saya {r_rtrw}, {desa}.",
    "Sy {r_name} wrg {kel}, nik {r_nikt}.",
    "Saya {r_name}, NIK saya {r_nikt} kalau tidak salah ketik, tinggal di {r_addr}.",
    "Saya {r_name}, kelahiran {r_bplace} {r_dobl}, {r_job}.",
    "Saya {r_name}, pekerja migran yang baru pulang, nomor paspor {r_paspor}.",
    "Saya {r_name} (NPWP {r_npwp}), pelaku UMKM di {kota}.",
    "Saya {r_name}, peserta JKN nomor {r_bpjs}, tinggal di {r_addr}.",
    "Saya {r_name}; NIK {r_nik}; paspor {r_paspor}; HP {r_hp}.",
]
IDENT_END = [
    "Identitas saya: {r_name}, NIK {r_nik}.",
    "Pelapor: {r_name}, {r_hp}.",
    "Data pelapor — {r_name}, NIK {r_nik}, alamat {r_alamat}.",
    "Saya {r_name}, KTP {r_nik}, WA {r_hp}.",
    "Atas nama {r_name}, email {r_email}.",
    "Nama {r_name}, NIK/KK: {r_nikkk}.",
    "Yang melapor {r_name} ({r_hp}).",
    "Pelapor: {r_name}, NPWP {r_npwp}, HP {r_hp}.",
    "Pelapor {r_name}, PMI asal {kota}, paspor {r_paspor}.",
    "Nama saya {r_name}; NPWP saya yang baru (16 digit) {r_npwpnik}.",
    "Pelapor {r_name}, lahir {r_dob}, tinggal di {r_addr}.",
]
CONTACT = [
    "Kontak saya: {r_hp}.",
    "Bisa hubungi saya lewat WA {r_hp} atau email {r_email}.",
    "No. HP {r_hp} (WA aktif).",
    "Telp rumah {r_tel}, HP {r_hp}.",
    "Balasan mohon dikirim ke {r_email}.",
    "Foto-foto bukti ada di IG saya {r_ig}.",
    "Nomor saya {r_hp}, a.n. {r_name}.",
    "Hubungi saya di {r_hp} ya min, siang hari saya kerja.",
    "Kalau perlu konfirmasi bisa telepon {r_tel} atau {r_hp}.",
    "📞 {r_hp} / ✉️ {r_email}",
    "Kontak: WA {r_hp} • IG {r_ig}",
]
CLOSE_SIGN = [
    "Terima kasih.\n— {r_name}, {r_hp}",
    "Salam, {r_name}",
    "Hormat saya,\n{r_name}\n{r_hp}",
    "Terima kasih.\n\n{r_call}",
    "Wassalam. {r_name}",
    "Mohon dibantu 🙏 {r_name}",
    "ttd. {r_name}",
    "Tertanda, {r_name} – HP {r_hp}",
    "{r_hp} ({r_call})",
    "Terima kasih atas perhatiannya. {r_hp} - {r_name}",
    "Salam hormat,\n{r_name}",
    "Matur nuwun. {r_call}",
    "Hormat kami, keluarga {r_name}",
    "Demikian, terima kasih. Pelapor: {r_name}",
    "Makasih min. {r_lcall}",
]
CLOSE_PLAIN = ["Mohon ditindaklanjuti. Terima kasih.", "Terima kasih.", "Mohon segera ditindak.", "Atas perhatiannya saya ucapkan terima kasih.",
               "Saya tunggu tindak lanjutnya.", "Tolong jangan hanya dibalas 'sudah diteruskan'.", "Mohon respons cepat.",
               "Semoga laporan ini ditanggapi serius.", "Makasih min 🙏", "Terima kasih banyak."]

NEIGH = [
    "Tetangga saya, {n_Hon} {n_name}, yang tinggal di {n_addr}, mengalami hal yang sama.",
    "Menurut {n_hon} {n_name}, tetangga sebelah rumah, masalah ini sudah terjadi sejak {tahun}.",
    "{n_Hon} {n_call} (nomornya {n_hp}) bisa menjadi saksi.",
    "Tetangga depan rumah, {n_name}, juga sudah melapor lewat {hotline} tapi belum ada respons.",
    "Kata {n_name}, warga yang rumahnya paling dekat dengan lokasi, keadaannya makin parah.",
    "Saya sudah bicara baik-baik dengan {n_hon} {n_name}, tetapi tidak digubris.",
    "Tetangga kami yang bernama {n_name} bahkan sampai jatuh sakit.",
    "Kejadian itu direkam oleh {n_hon} {n_call} dan diunggah di akun {n_ig}.",
    "Rumah {n_hon} {n_call} di {n_addr} yang paling parah terdampak.",
    "Informasi ini juga bisa dikonfirmasi ke {n_name} ({n_hp}), tetangga kami.",
    "Bersama tetangga saya {n_sdr} {n_name}, kami sudah dua kali datang ke kantor.",
    "Masalah ini sebenarnya sudah dilaporkan oleh {n_name} ke kelurahan sejak {bulan}.",
    "Video kejadiannya diunggah tetangga kami lewat akun {n_ig} dan sudah ditonton ribuan kali.",
]
NEIGH_PERP = {
    "parkir": ["Mobil milik tetangga saya, {n_hon} {n_call}, bernopol {n_plate}, setiap hari diparkir menutup akses gang.",
               "Truk bernomor polisi {n_plate} milik {n_name} sering parkir di bahu jalan sampai pagi.",
               "Yang paling sering parkir sembarangan adalah mobil {n_plate} milik {n_Hon} {n_name} dari {n_addr}."],
    "kebisingan": ["Usaha las milik {n_name} di {n_alamat} beroperasi sampai tengah malam.",
                   "Pemilik karaoke, {n_hon} {n_name}, malah menantang warga yang menegur.",
                   "Pemiliknya sering siaran langsung dari akun {n_ig} saat karaoke berlangsung."],
    "banjir": ["Bangunan di atas saluran itu milik {n_Hon} {n_name} yang tinggal di {n_addr}.",
               "Ruko yang menutup saluran dibangun oleh {n_name}; mobilnya {n_plate} juga diparkir di atas gorong-gorong."],
    "sampah": ["Pembakaran sampah itu dilakukan di belakang rumah {n_Hon} {n_name}, {n_addr}.",
               "Yang membuang sampah ke sungai pakai mobil bak {n_plate}, milik {n_name}."],
}
OFFI = [
    "Petugas yang melayani saya bernama {o_name}.",
    "Menurut {o_role}, {o_hon} {o_name}, berkas saya belum masuk sistem.",
    "Kata {o_hon} {o_call}, {o_role}, saya harus menunggu sampai bulan depan.",
    "Saya dilayani oleh {o_titled} yang meminta uang {amt} tanpa kuitansi.",
    "Sesuai papan nama di mejanya, petugas tersebut adalah {o_name}, NIP {o_nip}.",
    "Oknum {o_role} bernama {o_name} justru menyuruh saya mengurus lewat 'orang dalam'.",
    "Ketika saya konfirmasi ke {o_hon} {o_call} lewat WA {o_hp}, pesan saya hanya dibaca.",
    "Surat balasannya ditandatangani {o_titled} selaku {o_role}, tetapi isinya tidak menjawab pertanyaan saya.",
    "Yang bersangkutan, {o_hon} {o_name}, mengaku sebagai {o_role} dan menunjukkan kartu pegawai dengan NIP {o_nip}.",
    "Sudah saya sampaikan ke {o_role} ({o_hon} {o_call}), jawabannya 'nanti diusahakan'.",
    "Sebagaimana disampaikan {o_hon} {o_name} di loket, 'sistemnya memang begitu, Bu/Pak'.",
    "Informasi dari {o_role} yang bernama {o_call}, data saya ditolak pusat.",
    "{o_role} kami, {o_hon} {o_name}, bilang tidak tahu-menahu.",
    "Uang itu diminta oleh {o_name} dan ditransfer ke rekening {o_rek} atas nama {o_name}.",
    "Oknum tersebut, {o_name}, bahkan memamerkan hasilnya di akun Instagram {o_ig}.",
    "Setelah saya tegur, {o_hon} {o_call} malah menyindir saya lewat akun TikTok {o_ig}.",
]
CHILD = {
    "doc": ["Anak saya, {c_name}, lahir {c_dob}, NIK {c_nik}, belum tercantum di KK.",
            "Akta kelahiran anak saya atas nama {c_name} (lahir {c_dobl}) sampai sekarang belum terbit.",
            "{c_Anak} saya {c_name} lahir tanggal {c_dob} di {rs}.",
            "Data anak kami, {c_name}, NIK {c_nik}, tertulis salah tanggal lahirnya."],
    "health": ["Anak saya, {c_name} (NIK {c_nik}), sedang dirawat dan butuh kartu aktif.",
               "Nomor BPJS anak saya {c_name} adalah {c_bpjs}.",
               "Si kecil {c_call}, lahir {c_dob}, sudah tiga hari demam tinggi.",
               "anak saya {c_lcall} umur {c_age} tahun sampai kejang di ruang tunggu."],
    "school": ["Anak kami bernama {c_name}, kelas {c_kelas} di {sekolah}.",
               "{c_Anak} saya {c_name} (NISN tidak saya cantumkan) lahir {c_dob} dan mendaftar di {sekolah}.",
               "Anak saya {c_name}, NIK {c_nik}, ikut kena imbasnya.",
               "Yang jadi korban anak saya sendiri, {c_call}, siswa kelas {c_kelas}."],
    "generic": ["Anak saya {c_name} yang masih kelas {c_kelas} jadi tidak bisa belajar dengan tenang.",
                "Bahkan anak saya, {c_call}, hampir tertabrak karena hal ini.",
                "Anak bungsu saya, {c_name}, sampai trauma."],
}
RELATIVE = {
    "health": ["{f_Rel} saya, {f_name}, usia {f_age} tahun, kartu BPJS-nya {f_bpjs} tiba-tiba nonaktif.",
               "{f_Mertua} saya, {f_name} (lahir {f_dob}), harus cuci darah dua kali seminggu.",
               "{f_myrel}, {f_name}, udah bolak-balik tiga kali ke sana dan tetap ditolak.",
               "Mbah saya, {f_name}, NIK {f_nik}, sudah sepuh dan tidak kuat antre."],
    "doc": ["Data {f_rel} saya, {f_name}, NIK {f_nik}, ternyata tercatat sudah meninggal di sistem.",
            "KK kami yang dikepalai {f_rel} saya, {f_name}, nomornya {f_kk}.",
            "Almarhum {f_rel} saya, {f_name}, lahir {f_dob}, akta kematiannya belum terbit."],
    "money": ["Pensiun {f_rel} saya, {f_name}, masuk ke rekening {f_rek}, tetapi bulan ini kosong.",
              "{f_Rel} saya {f_name} (NPWP {f_npwp}) juga menerima surat yang sama.",
              "Bantuan untuk {f_nenek} saya, {f_name}, dicairkan orang lain."],
    "generic": ["{f_Rel} saya, {f_name}, yang sudah berumur {f_age} tahun ikut merasakan dampaknya.",
                "{f_myrel} {f_name} sampai masuk angin gara-gara ini.",
                "{f_Paman} saya, {f_name}, yang tinggal di {f_alamat}, mengalami hal serupa."],
}
SPOUSE = ["{s_Suami} saya, {s_name}, sudah ke kantor tersebut pada {tgl}.",
          "Yang mengurus sebenarnya {s_suami} saya, {s_name} (HP {s_hp}).",
          "Berkas atas nama {s_suami} saya, {s_name}, NIK {s_nik}, juga belum selesai.",
          "Nomor {s_suami} saya {s_hp} bisa dihubungi kalau saya tidak mengangkat."]
PERP = ["Penagih yang mengaku bernama {p_name} menelepon dari nomor {p_hp}.",
        "Akun {p_ig} mengirim foto KTP saya ke grup keluarga.",
        "Saya diminta transfer ke rekening {p_rek} a.n. {p_name}.",
        "Orang bernama {p_name} itu datang ke rumah dengan motor bernopol {p_plate}.",
        "Pesan ancaman dikirim dari email {p_email}.",
        "Nomor {p_hp} dan {p_hp2} bergantian menelepon sejak pukul 05.00."]
TOPIC_GROUP = {"ektp": "doc", "kk": "doc", "akta": "doc", "bpjs": "health", "rs": "health", "puskesmas": "health",
               "ppdb": "school", "kip": "school", "pungli_sekolah": "school", "pensiun": "money", "bansos": "money",
               "blt": "money", "pbb": "money", "rutilahu": "money"}
NON_PNS_ROLES = {"agen e-warong", "juru parkir", "koordinator parkir", "pemilik pangkalan", "agen LPG", "pemilik kios pupuk",
                 "ketua kelompok tani", "debt collector", "penagih lapangan", "admin aplikasi", "ketua RW", "ketua RT",
                 "satpam kantor imigrasi", "mandor proyek", "ketua kelompok penerima", "fasilitator rutilahu", "petugas bank",
                 "petugas bank juru bayar", "teknisi yantek", "petugas PDAM", "petugas pencatat meter", "petugas PLN",
                 "petugas P2TL", "kepala cabang PDAM", "petugas BPJS Kesehatan", "petugas Taspen", "bendahara komite",
                 "panitia PTSL desa", "juru tulis desa", "operator desa", "kepala desa", "bendahara desa", "kepala dusun",
                 "operator SIKS-NG desa", "pendamping PKH", "kolektor PBB desa", "operator dapodik", "petugas kebersihan",
                 "koordinator TPS", "petugas cek fisik", "juru parkir Samsat", "pendamping sosial", "admin aplikasi"}


def is_pns(p):
    return p.role is None or p.role not in NON_PNS_ROLES


def frame_ok(ctx, f):
    """Leave out NIP / academic-title frames for officials who are not civil servants."""
    for L in set(re.findall(r"\{([a-z])_(?:nip|titled)\}", f)):
        if L in ctx.people and not is_pns(ctx.people[L]):
            return False
    return True


TOPIC_PII = {
    "imigrasi": ["Petugas wawancara yang membentak saya bernama {o_name}; di kartu identitasnya tertera NIP {o_nip}.", "Paspor lama saya bernomor {r_paspor} dan sudah habis masa berlakunya.",
                 "Nomor paspor {r_paspor} atas nama {r_name} tercatat ganda di sistem.",
                 "Paspor anak saya, {c_name}, nomor {c_paspor}, belum juga jadi.",
                 "Paspor {s_suami} saya, {s_name} (paspor {s_paspor}), ditahan di loket tanpa tanda terima.",
                 "Saya mengajukan penggantian paspor {r_paspor} karena rusak terkena banjir."],
    "samsat": ["Petugas loket yang meminta uang itu bernama {o_name}, NIP {o_nip}.", "Kendaraan saya bernopol {r_plate}, atas nama {r_name}.", "Motor saya {r_plate} sudah bayar pajak lewat aplikasi, tapi statusnya masih menunggak.",
               "STNK kendaraan {r_plate} milik {f_rel} saya, {f_name}, tidak bisa diperpanjang.", "Plat nomor mobil saya {r_plate}; bukti bayar saya lampirkan."],
    "parkir": ["Mobil saya, {r_plate}, sampai digembok oleh juru parkir.", "Mobil berpelat {n_plate} parkir di trotoar setiap hari dan pemiliknya, {n_name}, tidak peduli.",
               "Kendaraan dinas berpelat merah {o_plate} juga ikut parkir sembarangan."],
    "jalan": ["Motor saya, {r_plate}, velgnya bengkok karena masuk lubang.", "Truk proyek bernopol {o_plate} yang mengangkut material justru memperparah kerusakan."],
    "pinjol": ["Pinjaman itu dicairkan ke rekening saya {r_rek}.", "Mereka menyuruh transfer ke rekening {p_rek} atas nama {p_name}.",
               "Nomor penagih {p_hp}, mengaku bernama {p_name}.", "Foto KTP saya (NIK {r_nik}) disebar ke semua kontak."],
    "pensiun": ["Pensiun saya biasanya masuk ke rekening {r_rek}.", "NIP almarhum {f_rel} saya, {f_name}, adalah {f_nip}.",
                "Nomor rekening penerima pensiun atas nama {f_name}: {f_acct} di {f_bank}."],
    "guru": ["Saya guru dengan NIP {r_nip}, mengajar di {sekolah}.", "Tunjangan biasanya masuk ke rekening {r_rek}.",
             "NPWP saya {r_npwp} sudah terdaftar di sistem.", "Rekan saya, {n_titled}, NIP {n_nip}, mengalami hal yang sama."],
    "bansos": ["Bantuan seharusnya masuk ke rekening KKS saya, {r_rek}.", "Nomor rekening saya {r_acct} di {r_bank}, atas nama {r_name}.",
               "KK kami {r_kk}, kepala keluarga {r_name}."],
    "blt": ["Nama saya {r_name}, NIK {r_nik}, ada di daftar musyawarah desa tapi dicoret.", "KK kami {r_kk}, sudah diverifikasi pendamping."],
    "pbb": ["Surat jawaban ditandatangani {o_titled}, NIP {o_nip}.", "SPPT atas nama {r_name}, NPWP {r_npwp}.", "NPWP 16 digit saya {r_npwpnik}.", "NPWP saya {r_npwp}, objek pajak di {r_addr}."],
    "rutilahu": ["Dana stimulan ditransfer ke rekening {r_rek} atas nama {r_name}.", "Rumah saya di {r_addr} masuk daftar penerima."],
    "bpjs": ["Nomor kartu JKN saya {r_bpjs}.", "No. BPJS: {r_bpjs}, faskes pertama puskesmas {kec}.", "NIK saya {r_nikt}, maaf kalau ada salah ketik, KTP sedang difotokopi."],
    "rs": ["Nomor BPJS pasien {r_bpjs}.", "Pasiennya {f_rel} saya, {f_name}, nomor JKN {f_bpjs}."],
    "puskesmas": ["Kartu JKN saya {r_bpjs} aktif dan sudah dicek.", "Saya sudah terdaftar dengan NIK {r_nik}."],
    "ektp": ["Petugas yang menolak berkas saya tercatat atas nama {o_name}, NIP {o_nip}.", "NIK saya {r_nikt}.", "Nomor resi perekaman saya tidak ada, tetapi NIK saya {r_nik}.", "NIK/KK saya: {r_nikkk}."],
    "kk": ["Petugas Dukcapil kecamatan yang menangani, {o_titled}, NIP {o_nip}, tidak pernah ada di meja.", "No KK lama {r_kk}, NIK saya {r_nik}.", "NIK {r_nikt}, KK {r_kk}."],
    "akta": ["Berkas saya diterima oleh {o_name} (NIP {o_nip}) pada {tgl}.", "NIK ibu kandung (saya sendiri) {r_nik}, KK {r_kk}.", "Anak lahir {c_dob}, namanya {c_name}."],
    "ppdb": ["Ketua panitia PPDB, {o_titled}, NIP {o_nip}, menolak menunjukkan data jarak.", "NIK anak saya {c_nik}, KK {r_kk}.", "Anak saya {c_name}, lahir {c_dob}, alamat {r_addr}."],
    "kip": ["Rekening SimPel anak saya {c_acct} di {c_bank}.", "NIK anak saya {c_nik}."],
    "lpg": ["Fotokopi KTP yang saya serahkan ke pangkalan bernomor {r_nik}.", "Pemilik pangkalan, {o_name}, tinggal di {o_addr}."],
    "pupuk": ["Saya terdaftar di e-RDKK dengan NIK {r_nik}.", "Ketua kelompok tani kami, {o_name} ({o_hp}), bilang jatahnya sudah habis."],
    "kebisingan": ["Tempat itu milik {n_name} di {n_addr}.", "Pemiliknya, {n_hon} {n_call}, bisa dihubungi di {n_hp}."],
    "banjir": ["Rumah saya di {r_addr} terendam paling dalam.", "Ruko di atas saluran itu milik {n_name}."],
    "sampah": ["Rumah saya di {r_addr} tepat di sebelah TPS.", "Pembakaran dilakukan di lahan milik {n_name}."],
    "pdam": ["Nomor HP saya untuk dihubungi teknisi {r_hp}.", "Rumah saya di {r_addr}."],
    "pln": ["Rumah saya di {r_addr}.", "Petugas yang datang mengaku bernama {o_name}, nomor WA-nya {o_hp}."],
    "pungli_sekolah": ["Anak saya {c_name}, kelas {c_kelas}, yang tidak diberi kartu ujian.", "Uang itu diminta ditransfer ke rekening {o_rek} milik bendahara komite, {o_name}."],
    "sertifikat": ["Petugas ukur dari kantor pertanahan, {o_name}, NIP {o_nip}, datang hanya sebentar.", "Bidang tanah saya atas nama {r_name}, NIK {r_nik}.", "Ketua panitia PTSL, {o_name}, tinggal di {o_addr}."],
}
TOPIC_PII_NEEDS = {}
for _k, _v in TOPIC_PII.items():
    TOPIC_PII_NEEDS[_k] = "".join(sorted(set(re.findall(r"\{([a-z])_", " ".join(_v)))))


def topic_pii(ctx):
    """One PII sentence specific to the text's topic (people needed are always created)."""
    key = [k for k, v in TOPICS.items() if v is ctx.topic][0]
    frames = TOPIC_PII.get(key, [])
    ok = [f for f in frames if all(L in ctx.people for L in re.findall(r"\{([a-z])_", f)) and frame_ok(ctx, f)]
    return T(ctx, ch(ok)) if ok else None


def want_tpii(ctx, p):
    return ctx.topic is TOPICS["imigrasi"] or chance(p)


def open_line(pool_):
    o = ch(pool_)
    return [o, "\n" if o.endswith(",") else sep()]


def tp(ctx, k=2):
    """k distinct problem sentences of the text's topic, not used before in this text."""
    t = ctx.topic
    out = []
    for _ in range(k):
        opts = [x for x in t["prob"] if x not in ctx.used_frames]
        if not opts:
            break
        f = ch(opts)
        ctx.used_frames.add(f)
        out += [T(ctx, f), " "]
    return out[:-1]


def pick(ctx, frames):
    ok = [f for f in frames if frame_ok(ctx, f)] or frames
    return T(ctx, ch(ok))


def people_for(region, want, topic_key=None, r_kind="adult"):
    """want: string of role letters. Returns dict letter -> Person (consistent household)."""
    ppl = {}
    used = set()

    def mk(kind, sex=None, eth=None, kec=None):
        p = Person(region, kind=kind, sex=sex, eth=eth, avoid=used, kec=kec)
        used.update(p.tokens)
        return p

    ppl["r"] = mk(r_kind)
    r = ppl["r"]
    for L in want:
        if L == "r" or L in ppl:
            continue
        if L == "c":
            ppl["c"] = mk("child", eth=r.eth if r.eth not in ("ar", "cn") or chance(0.5) else None, kec=(r.kec, r.kel))
            ppl["c"].set_kk(r.raw("kk"))
        elif L == "f":
            ppl["f"] = mk("elder", eth=r.eth, kec=(r.kec, r.kel))
        elif L == "s":
            ppl["s"] = mk("adult", sex="f" if r.sex == "m" else "m", kec=(r.kec, r.kel))
            ppl["s"].set_kk(r.raw("kk"))
        elif L in "om":
            ppl[L] = mk("official")
            if topic_key:
                ppl[L].role = ch(TOPICS[topic_key]["role"])
                ppl[L].inst = TOPICS[topic_key]["inst"]
        elif L == "a":
            ppl["a"] = mk("agent")
        else:
            ppl[L] = mk("adult", kec=(r.kec, r.kel) if L == "n" else None)
    return ppl


# ---------------------------------------------------------------------------------------
# generators.  Each returns (pieces, tags, case).
def sep():
    return wchoice([(" ", 6), ("\n", 2), ("\n\n", 2)])


def third_party_frames(ctx, ppl, tk):
    grp = TOPIC_GROUP.get(tk, "generic")
    out = []
    if "n" in ppl:
        out.append(pick(ctx, NEIGH_PERP[tk] if tk in NEIGH_PERP and chance(0.6) else NEIGH))
    if "o" in ppl:
        out.append(pick(ctx, OFFI))
    if "c" in ppl:
        out.append(pick(ctx, CHILD.get(grp if grp in CHILD else "generic", CHILD["generic"])))
    if "f" in ppl:
        out.append(pick(ctx, RELATIVE.get(grp if grp in RELATIVE else "generic", RELATIVE["generic"])))
    if "s" in ppl:
        out.append(pick(ctx, SPOUSE))
    if "p" in ppl:
        out.append(pick(ctx, PERP))
    RNG.shuffle(out)
    return out


def choose_extras(tk, p_n=0.35, p_o=0.45):
    grp = TOPIC_GROUP.get(tk, "generic")
    ex = ""
    if chance(p_n):
        ex += "n"
    if chance(p_o):
        ex += "o"
    if chance(0.4 if grp in ("doc", "health", "school") else 0.1):
        ex += "c"
    if chance(0.3 if grp in ("health", "money", "doc") else 0.1):
        ex += "f"
    if chance(0.1):
        ex += "s"
    if tk == "pinjol" and chance(0.9):
        ex += "p"
    return ex


def gen_short(region=None, tk=None):
    tk = tk or ch(TOPIC_KEYS)
    region = region or ch(REGION_OBJS)
    ppl = people_for(region, "r" + choose_extras(tk) + TOPIC_PII_NEEDS.get(tk, ""), tk)
    ctx = Ctx(region, ppl, TOPICS[tk])
    parts = []
    if chance(0.7):
        parts += open_line(OPEN_ID)
    where = wchoice([("start", 5), ("end", 3), ("sign", 2)])
    if where == "start":
        parts += [pick(ctx, IDENT), " "]
    parts += tp(ctx, RNG.randint(1, 3))
    if want_tpii(ctx, 0.6):
        parts += [" ", topic_pii(ctx)]
    for fr in third_party_frames(ctx, ppl, tk):
        parts += [" ", fr]
    if chance(0.35):
        parts += [" ", T(ctx, ch(TOPICS[tk]["reg"]))]
    if chance(0.25):
        parts += [" ", T(ctx, ch(NEARMISS))]
    parts += [" ", T(ctx, ch(TOPICS[tk]["ask"]))]
    if where == "end":
        parts += [sep(), pick(ctx, IDENT_END)]
        if chance(0.5):
            parts += [" ", pick(ctx, CONTACT)]
        parts += [" ", ch(CLOSE_PLAIN)]
    elif where == "start":
        if chance(0.5):
            parts += [" ", pick(ctx, CONTACT)]
        parts += [sep(), ch(CLOSE_PLAIN) if chance(0.6) else pick(ctx, CLOSE_SIGN)]
    else:
        parts += [sep(), pick(ctx, CLOSE_SIGN)]
    return parts, ["short"], None


SOCIAL = [
    "min {ihandle} tolong dong 🙏 {prob} udah lapor dari {bulan} ga ada kabar. sy {r_lname}, wa {r_hpp}",
    "{ihandle} halo min, mau ngadu nih. {prob} {ask} dm aja ke {r_ig} atau wa {r_hp} makasih",
    "Gimana sih pelayanannya 😡😡 {prob} Yg ngelayanin namanya {o_call}, jutek bgt. Pelapor {r_name} {r_hp}",
    "Cuma mau bilang: {prob} Kapan beresnya?? — {r_name} (IG {r_ig})",
    "Selamat pagi kakak admin ✨ {prob} Tolong dibantu ya kak. Nama aku {r_name}, email {r_email} 🙏",
    "lapor min. {prob} {prob2} nik sy {r_nikp} kk {r_kkp}. tq",
    "Thread 🧵 1/ {prob}\n2/ {prob2}\n3/ Yg bikin kesel, petugasnya ({o_hon} {o_name}) malah nyuruh balik lagi besok.\n4/ Kontak: {r_ig}",
    "P\nP\nmin ini gmn ya\n{prob}\natas nama {r_lname}\nhp {r_hp}",
    "[Pesan WA diteruskan]\n“{prob}”\nDikirim oleh {r_name}, warga {kel}, {r_hp}.",
    "Numpang share min, {prob} Tetangga sy {n_name} juga kena. Kontak beliau {n_hp}. sy sendiri {r_call}, {r_hp}",
    "Assalamualaikum min. {prob} {ask} Sy bisa dihubungi di {r_hpd}, an. {r_name}. Makasih 🙏🙏",
    "Udah 3x ke kantornya, 3x juga disuruh pulang. {prob} Pelapor: {r_name}, tinggal di {r_addr}.",
    "halo, sy {r_lname}. {prob} tolong ya, anak sy {c_lname} udah nunggu lama. wa: {r_hp}",
    "Buat {ihandle}: {prob} Saya {r_name}, {r_job}, no. KTP {r_nik}. Please jangan cuma dibalas template.",
]


def gen_social(region=None, tk=None):
    tk = tk or ch(TOPIC_KEYS)
    region = region or ch(REGION_OBJS)
    ppl = people_for(region, "rnoc", tk)
    ctx = Ctx(region, ppl, TOPICS[tk])
    return [T(ctx, ch(SOCIAL))], ["social"], None


NEARMISS = [
    "Laporan sebelumnya dengan nomor {tiket} belum ditanggapi.",
    "Nomor laporan saya {tiket16} statusnya masih 'diproses'.",
    "Sudah telepon {hotline} tapi tidak diangkat.",
    "Sudah kirim email ke {iemail} juga, belum ada balasan.",
    "Sudah mention {ihandle} juga.",
    "NIK saya sudah dicek di 3 aplikasi dan semuanya bilang valid.",
    "Anggaran di papan proyek tertulis {amt_l}.",
    "Kejadiannya tanggal {tgl} sekitar pukul {jam}.",
    "Lokasinya di {jalan}, dekat {km}.",
    "Di {rt} saja ada {kkcount} yang terdampak.",
    "Pak Lurah dan Pak RT sudah tahu tapi diam saja.",
    "Pasien akhirnya dirujuk ke {rs}.",
    "Antrean kendaraan di {spbu} sampai ke jalan raya.",
    "Sekolah yang dimaksud {sekolah} ({npsn}).",
    "Ada {n} peserta yang namanya hilang dari daftar.",
    "{treg}",
]


# ---------------------------------------------------------------------------------------
# formal letters
def letter_date(ctx):
    d = ctx.base_date + dt.timedelta(days=RNG.randint(80, 140))
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def field_block(ctx, fields):
    """fields: list of (label, placeholder frame)."""
    w = max(len(l) for l, _ in fields) + RNG.randint(1, 4)
    tab = chance(0.2)
    out = []
    for lab, fr in fields:
        pad = "\t" if tab else " " * (w - len(lab))
        out += [lab, pad, ": ", T(ctx, fr), "\n"]
    return out


def identity_fields(ctx, ppl, who="r", pns=False):
    p = who
    pool_ = [
        (ch(["Nama", "Nama Lengkap", "Nama Pelapor"]), "{%s_name}" % p, 10),
        (ch(["NIK", "No. KTP", "Nomor Induk Kependudukan", "NIK KTP"]), "{%s_nik}" % p, 8),
        (ch(["Tempat/Tgl. Lahir", "TTL", "Tempat, Tanggal Lahir", "Tempat/Tanggal Lahir"]), "{%s_ttl}" % p, 6),
        (ch(["Pekerjaan"]), "{%s_job}" % p if not pns else ch(["Guru SD", "PNS", "Guru SMP", "Staf Puskesmas"]), 4),
        (ch(["Alamat", "Alamat Rumah", "Alamat Tinggal", "Domisili"]), "{%s_alamat}" % p, 9),
        (ch(["No. HP", "No. Telp/HP", "HP/WA", "Telepon", "Nomor HP"]), "{%s_hp}" % p, 8),
        (ch(["E-mail", "Email", "Surel"]), "{%s_email}" % p, 3),
        (ch(["No. KK", "Nomor KK", "No. Kartu Keluarga"]), "{%s_kk}" % p, 3),
        (ch(["NPWP", "No. NPWP"]), "{%s_npwp}" % p, 3),
        (ch(["No. BPJS", "No. Kartu JKN"]), "{%s_bpjs}" % p, 1),
    ]
    if pns:
        pool_.insert(1, ("NIP", "{%s_nip}" % p, 10))
    chosen = [x for x in pool_ if RNG.random() < x[2] / 10.0]
    if not any(l.startswith("Nama") for l, _, _ in chosen):
        chosen.insert(0, pool_[0])
    return field_block(ctx, [(l, f) for l, f, _ in chosen])


LETTER_OPEN = ["Dengan hormat,", "Dengan hormat,", "Assalamu'alaikum Wr. Wb.\nDengan hormat,", "Salam sejahtera,", "Om Swastyastu,"]
LETTER_BODY_INTRO = [
    "Bersama surat ini saya sampaikan pengaduan terkait {perihal_l}.",
    "Melalui surat ini perkenankan saya menyampaikan keberatan mengenai {perihal_l}.",
    "Sehubungan dengan permasalahan {perihal_l} yang saya alami, dengan ini saya mengajukan pengaduan.",
    "Perlu kami sampaikan bahwa hingga surat ini dibuat, permasalahan {perihal_l} belum juga terselesaikan.",
    "Dengan ini saya mengajukan permohonan tindak lanjut atas {perihal_l}.",
]
LETTER_CLOSE = [
    "Demikian surat pengaduan ini saya buat dengan sebenar-benarnya. Atas perhatian dan tindak lanjut Bapak/Ibu, saya ucapkan terima kasih.",
    "Demikian surat ini kami sampaikan. Atas perhatian dan kerja samanya kami ucapkan terima kasih.",
    "Besar harapan saya agar pengaduan ini segera ditindaklanjuti. Terima kasih.",
    "Demikian permohonan ini. Atas perkenan Bapak/Ibu diucapkan terima kasih.",
    "Atas perhatiannya, saya haturkan terima kasih.",
]
TEMBUSAN = ["Tembusan:\n1. Ombudsman RI Perwakilan {prov}\n2. Inspektorat {kota}\n3. Arsip",
            "Tembusan disampaikan kepada Yth.:\n- Camat {kec}\n- Pertinggal",
            "Tembusan: Ketua DPRD {kota}"]


def letter_header(ctx, tk):
    date = letter_date(ctx)
    kota = ctx.get("kota")
    per = ctx.get("perihal")
    v = RNG.randint(0, 3)
    if v == 0:
        return [f"{kota}, {date}\n\n", field_block(ctx, [("Nomor", "-"), ("Lampiran", ch(["1 (satu) berkas", "2 lembar", "-", "Fotokopi KTP dan KK"])), ("Perihal", per)]),
                "\nKepada Yth.\n", ctx.get("agency"), "\ndi -\n      Tempat\n\n"]
    if v == 1:
        return ["Kepada\nYth. ", ctx.get("agency"), f"\ndi {kota}\n\nHal: {per}\n\n"]
    if v == 2:
        return [f"Perihal : {per}\nLamp.   : {ch(['Fotokopi KTP', 'Bukti foto', '-', '3 lembar'])}\n\nYth. Bapak/Ibu ", ctx.get("agency"), "\n\n"]
    return ["KEPADA YTH.\n", ctx.get("agency"), f"\nDI TEMPAT\n\nPrihal: {per}\n\n"]


def gen_letter(region=None, tk=None, kind=None):
    tk = tk or ch(TOPIC_KEYS)
    region = region or ch(REGION_OBJS)
    kind = kind or wchoice([("personal", 5), ("pns", 3), ("rt", 2), ("kuasa", 1), ("family", 2)])
    want = "r" + choose_extras(tk, 0.3, 0.5)
    if kind == "rt":
        want += "nwm"
    if kind == "kuasa":
        want += "w"
    if kind == "family":
        want += "f"
    ppl = people_for(region, want + TOPIC_PII_NEEDS.get(tk, ""), tk, r_kind="official" if kind in ("pns", "kuasa") else "adult")
    ctx = Ctx(region, ppl, TOPICS[tk])
    ctx.cache["perihal_l"] = ctx.get("perihal")[0].lower() + ctx.get("perihal")[1:]
    if "m" in ppl:
        ppl["m"].role = "lurah" if region.is_kota else "kepala desa"
    if kind == "kuasa":
        ppl["r"]._cache["title"] = (ch(["", "", "H. ", "Dr. "]), ch([", S.H.", ", S.H., M.H.", ", S.H., M.Kn."]))
    parts = letter_header(ctx, tk)
    opens = LETTER_OPEN if region.lang == "bl" else LETTER_OPEN[:-1]
    parts += [ch(opens), "\n\n"]
    if kind in ("personal", "pns", "family"):
        if chance(0.7):
            parts += ["Yang bertanda tangan di bawah ini:\n", identity_fields(ctx, ppl, "r", pns=(kind == "pns")), "\n"]
            if kind == "family":
                parts += [T(ctx, ch(["Bertindak untuk dan atas nama {f_rel} saya:\n", "Dalam hal ini mewakili {f_rel} kandung saya:\n"])),
                          field_block(ctx, [("Nama", "{f_name}"), ("NIK", "{f_nik}"), ("Tgl. Lahir", "{f_dob}")] + ([("No. BPJS", "{f_bpjs}")] if chance(0.5) else [])), "\n"]
            parts += [T(ctx, ch(LETTER_BODY_INTRO)), " "]
        else:
            parts += [T(ctx, ch(["Saya yang bertanda tangan di bawah ini, {r_name}, NIK {r_nik}, beralamat di {r_alamat}, dengan ini menyampaikan pengaduan mengenai {perihal_l}.",
                                 "Saya, {r_name}, {r_job}, pemegang NIK {r_nik}, bermaksud menyampaikan keberatan atas {perihal_l}.",
                                 "Perkenalkan, saya {r_titled}, NIP {r_nip}, {r_job}. Melalui surat ini saya menyampaikan pengaduan terkait {perihal_l}."
                                 if kind == "pns" else "Saya {r_name}, lahir di {r_bplace} pada {r_dobl}, tinggal di {r_alamat}, menyampaikan pengaduan tentang {perihal_l}."])), " "]
    elif kind == "rt":
        parts += [T(ctx, ch(["Kami, pengurus dan warga {rt} {desa}, melalui surat ini menyampaikan pengaduan mengenai {perihal_l}.",
                             "Yang bertanda tangan di bawah ini, Ketua RT atas nama warga, menyampaikan keluhan tentang {perihal_l}."])), " "]
    else:  # kuasa
        parts += [T(ctx, "Yang bertanda tangan di bawah ini, {r_titled}, advokat, beralamat kantor di {r_addr}{r_area}, bertindak untuk dan atas nama klien kami, {w_name}, NIK {w_nik}, beralamat di {w_alamat}, berdasarkan surat kuasa khusus tertanggal {tgl}. "),
                  T(ctx, "Bersama ini kami sampaikan pengaduan klien kami terkait {perihal_l}. ")]
    # chronology
    if chance(0.5):
        parts += ["Adapun kronologinya sebagai berikut:\n"]
        items = tp(ctx, 3)
        items = [x for x in items if x != " "]
        if want_tpii(ctx, 0.6):
            items.append(topic_pii(ctx))
        extra = third_party_frames(ctx, ppl, tk)
        items += extra
        for i, it in enumerate(items, 1):
            parts += [f"{i}. ", it, "\n"]
        parts += ["\n"]
    else:
        parts += tp(ctx, 2)
        if want_tpii(ctx, 0.6):
            parts += [" ", topic_pii(ctx)]
        parts += ["\n\n"]
        fr = third_party_frames(ctx, ppl, tk)
        for f in fr:
            parts += [f, " "]
        if fr:
            parts += ["\n\n"]
    if kind == "rt":
        parts += ["Warga yang paling terdampak antara lain:\n",
                  T(ctx, "1. {n_name}, {n_addr}\n2. {w_name}, {w_addr}" + ("\n" if chance(0.5) else ", HP {w_hp}\n")), "\n"]
    ask = ch(TOPICS[tk]["ask"])
    parts += [T(ctx, ch(TOPICS[tk]["reg"])), " " if chance(0.5) else "\n\n",
              ch(["Sehubungan dengan hal tersebut, ", "Oleh karena itu, ", "Berdasarkan uraian di atas, "]),
              T(ctx, ask[0].lower() + ask[1:]), "\n\n"]
    parts += [ch(LETTER_CLOSE), "\n\n"]
    parts += signature_block(ctx, ppl, kind, region)
    if chance(0.35):
        parts += ["\n\n", T(ctx, ch(TEMBUSAN))]
    return parts, ["letter", "letter_" + kind], None


def signature_block(ctx, ppl, kind, region):
    place = ""
    if chance(0.5):
        place = f"{region.city}, {letter_date(ctx)}\n"
    if kind == "pns":
        blk = [place, ch(["Hormat saya,", "Hormat kami,"]), "\n\n\n", ctx.get("r_titled"), "\n", ch(["NIP. ", "NIP ", "NIP: "]), ctx.get("r_nip")]
        if chance(0.5):
            blk += ["\n", ch(["HP ", "Telp. ", "WA: "]), ctx.get("r_hp")]
        return blk
    if kind == "rt":
        blk = [place, "Hormat kami,\n", T(ctx, "Ketua {rt}"), "\n\n\n", ctx.get("r_name"), "\n", T(ctx, "HP. {r_hp}")]
        if chance(0.6):
            blk += ["\n\nMengetahui,\n", T(ctx, "Lurah {kel}" if region.is_kota else "Kepala Desa {kel}"),
                    "\n\n\n", ctx.get("m_titled") if chance(0.7) else "(stempel dan tanda tangan)"]
            if region.is_kota and "m_titled" in ctx.cache:
                blk += ["\nNIP ", ctx.get("m_nip")]
        return blk
    if kind == "kuasa":
        return [place, "Hormat kami,\nKuasa Hukum\n\n\n", ctx.get("r_titled"), "\n", T(ctx, "Telp. {r_tel} / {r_email}")]
    v = RNG.randint(0, 4)
    if v == 0:
        return [place, "Hormat saya,\n\n\n", ctx.get("r_name"), "\n", "NIK. ", ctx.get("r_nik")]
    if v == 1:
        return [place, "Hormat kami,\nPelapor\n\n\n( ", ctx.get("r_name"), " )\n", ctx.get("r_addr"), "\nHP. ", ctx.get("r_hp")]
    if v == 2:
        return [place, "Saya yang mengadukan,\n\n\n", ctx.get("r_name"), "\n", T(ctx, "NIK/KK: {r_nikkk}"), "\n", T(ctx, "Telp. {r_hp}")]
    if v == 3:
        return [place, "Hormat saya,\n\n", T(ctx, "ttd\n\n{r_name}\n{r_alamat}\n{r_hp}")]
    return [place, "Pemohon,\n\n\n", T(ctx, "{r_name}\nNIK {r_nik}\n{r_email}")]


# ---------------------------------------------------------------------------------------
# call-centre transcripts
CALL_CENTRES = ["Call Center SP4N-LAPOR! 1708", "Layanan Pengaduan 112", "Call Center PLN 123", "BPJS Kesehatan Care Center 165",
                "Halo Dukcapil 1500537", "Call Center Pemkot", "Layanan Aduan Dinas Sosial", "Hotline Ombudsman 137"]
SPEAKERS = [("Petugas", "Pelapor"), ("Agen", "Penelepon"), ("CS", "Warga"), ("Operator", "Pelapor"), ("PETUGAS", "PENELEPON"),
            ("Petugas", "Penelepon"), ("A", "P")]


def gen_transcript(region=None, tk=None, nopii=False):
    tk = tk or ch(TOPIC_KEYS)
    region = region or ch(REGION_OBJS)
    ppl = people_for(region, "ra" + choose_extras(tk, 0.3, 0.4) + TOPIC_PII_NEEDS.get(tk, ""), tk)
    ctx = Ctx(region, ppl, TOPICS[tk])
    A, B = ch(SPEAKERS)
    cc = ch(CALL_CENTRES)
    ts = chance(0.4)
    clock = [RNG.randint(0, 1), RNG.randint(0, 59)]

    def stamp():
        clock[1] += RNG.randint(3, 25)
        m, sec = divmod(clock[1], 60)
        return f"[{clock[0]:02d}:{m:02d}:{sec:02d}] " if ts else ""

    lines = []

    def say(who, *frames):
        lines.append([stamp(), f"{who}: "] + [T(ctx, f) if isinstance(f, str) else f for f in frames] + ["\n"])

    hdr = ch([f"Transkrip panggilan {cc} — {ctx.get('tgl')}, pukul {ctx.get('jam')} WIB\n\n",
              f"REKAMAN PERCAKAPAN ({cc})\nDurasi: {RNG.randint(3, 14)} menit {RNG.randint(0, 59)} detik\n\n",
              f"Catatan percakapan telepon – {cc}\n\n", "", f"[{cc}] transkrip otomatis, belum disunting\n\n"])
    agent_named = not nopii and chance(0.6)
    if agent_named:
        say(A, ch(["Selamat pagi, " + cc + ", dengan {a_call} di sini. Ada yang bisa dibantu?",
                   "Halo, " + cc + ", saya {a_call}. Dengan Bapak/Ibu siapa saya bicara?",
                   "Selamat siang, terima kasih sudah menghubungi " + cc + ". Saya {a_name}, ada yang bisa kami bantu?"]))
    else:
        say(A, ch(["Selamat pagi, " + cc + ", ada yang bisa dibantu?", "Halo, dengan " + cc + ". Silakan, Bapak/Ibu.",
                   "Selamat sore, layanan pengaduan, silakan disampaikan."]))
    if nopii:
        say(B, ch(["Saya mau lapor, tapi nama saya tidak usah dicatat ya.", "Maaf, saya tidak mau sebut nama. Saya cuma mau lapor.",
                   "Saya warga {kel}, Mas. Nama dirahasiakan saja."]))
        say(A, ch(["Baik, tidak apa-apa. Silakan disampaikan keluhannya.", "Baik, laporan bisa anonim. Silakan."]))
        say(B, tp(ctx, 2))
        q = RNG.randint(0, 2)
        say(A, ["Lokasinya di mana persisnya?", "Kejadiannya kapan, Pak/Bu?", "Sejak kapan dan di mana, Pak/Bu?"][q])
        say(B, ch([["Di {jalan}, dekat {km}.", "Di {rt}, {desa}.", "Dekat {sekolah}, Kecamatan {kec}."],
                   ["Mulai {tgl}, Mbak.", "Sejak {bulan}.", "Terakhir {tgl}, sekitar jam {jam}."],
                   ["Sejak {tgl}, di {rt} {desa}.", "Dari {bulan}, lokasinya dekat {jalan}."]][q]))
        if chance(0.6):
            say(B, ch(NEARMISS))
        say(A, ch(["Baik, laporan sudah kami catat dengan nomor tiket {tiket}. Akan kami teruskan ke {inst}.",
                   "Laporan tercatat, nomornya {tiket16}. Silakan pantau di aplikasi.",
                   "Sudah kami teruskan ke {inst}, estimasi tindak lanjut 3 sampai 5 hari kerja. Nomor laporan {tiket}."]))
        say(B, ch(["Iya, makasih.", "Oke, terima kasih.", "Tolong benar-benar ditindak ya."]))
        return [hdr] + lines, ["transcript"], None
    name_turn = ch(["Saya {r_name}, dari {kel}.", "Dengan {r_call}. {r_name} lengkapnya.", "Nama saya {r_name}.",
                    "Saya sendiri yang mau lapor, {r_name}.", "{r_name}. Tinggal di {kota}.", "Ini dengan... eh, saya {r_name}."])
    say(B, ch(["Pagi, {a_mb}. ", "Halo. ", "Iya, selamat pagi. ", "", "Halo, {a_mb}. "]) + name_turn)
    if chance(0.55):
        say(A, ch(["Mohon maaf, bisa dieja namanya?", "Namanya pakai ejaan apa, Pak/Bu? Biar tidak salah tulis.", "Boleh dieja pelan-pelan?"]))
        say(B, ch(["{r_spell}. Satu kata saja.", "{r_spell}, {a_mb}.", "Pakai huruf: {r_spell}."]))
        say(A, ch(["Baik, {r_hon} {r_call}. Terima kasih.", "Oke, sudah saya catat.", "Baik, {r_call}, ya."]))
    say(A, ch(["Nomor yang bisa dihubungi, Bapak/Ibu?", "Boleh minta nomor HP aktif?", "Untuk konfirmasi, nomor teleponnya berapa?"]))
    say(B, ch(["{r_hpw}.", "Sebentar... {r_hpw}.", "Nomornya {r_hpw}, itu WA juga.", "{r_hpw}, {a_mb}. Kalau tidak aktif, telepon rumah {r_tel}."]))
    if chance(0.7):
        say(A, ch(["Saya ulangi ya, {r_hp}, betul?", "{r_hpd}, benar ya?", "Jadi {r_hp}. Betul, Pak/Bu?"]))
        say(B, ch(["Betul.", "Iya, betul.", "Ya, benar."]))
    if chance(0.3):
        say(A, ch(["NIK-nya berapa, Bapak/Ibu?", "Mohon sebutkan NIK."]))
        say(B, "{r_nikt}.")
        say(A, ch(["Maaf, sepertinya digitnya tidak pas. Bisa dicek lagi di KTP?", "Itu jumlah angkanya tidak enam belas, Pak/Bu. Boleh diulang?"]))
        say(B, ch(["Oh iya, maaf. {r_niko}.", "Eh, salah. Yang benar {r_nikp}."]))
    elif chance(0.7):
        say(A, ch(["Mohon sebutkan NIK sesuai KTP.", "Nomor KTP-nya, Bapak/Ibu?", "NIK-nya boleh dibacakan?"]))
        say(B, ch(["{r_niko}.", "Sebentar, saya ambil KTP dulu... {r_niko}.", "{r_nikp}.", "NIK {r_niko}, KK-nya {r_kk}."]))
        if chance(0.5):
            say(A, ch(["Saya ulangi: {r_nikp}. Sudah benar?", "Baik, {r_nik}."]))
            say(B, ch(["Benar.", "Iya, itu.", "Betul, {a_mb}."]))
    say(A, "Baik. Silakan disampaikan keluhannya.")
    say(B, tp(ctx, RNG.randint(1, 2)))
    if want_tpii(ctx, 0.5):
        say(B, topic_pii(ctx))
    fr = third_party_frames(ctx, ppl, tk)
    for f in fr[:2]:
        say(B, f)
        if chance(0.5):
            say(A, ch(["Hm, baik.", "Baik, saya catat.", "Terus, Pak/Bu?", "Oke."]))
    if chance(0.6):
        say(A, ch(["Alamat lengkapnya?", "Alamat rumah Bapak/Ibu di mana?", "Boleh disebutkan alamat domisili?"]))
        say(B, ch(["{r_alamat}.", "Di {r_addr}. Masuk {desa}.", "Rumah saya {r_addr}, {kota}."]))
    if chance(0.35):
        say(A, "Ada alamat email untuk kami kirimkan perkembangan laporannya?")
        say(B, ch(["Ada, {r_email}.", "{r_email}, semuanya huruf kecil."]))
    say(A, ch(["Baik, laporan Bapak/Ibu sudah kami catat dengan nomor tiket {tiket}. Akan kami teruskan ke {inst}.",
               "Laporan tercatat dengan nomor {tiket16}. Perkembangannya bisa dipantau di aplikasi atau lewat {hotline}.",
               "Sudah kami teruskan. Nomor laporannya {tiket}, mohon disimpan."]))
    say(B, ch(["Iya, makasih {a_mb}.", "Terima kasih banyak.", "Oke, saya tunggu.", "Matur nuwun, {a_mb}."]))
    if agent_named and chance(0.5):
        say(A, "Terima kasih kembali, {r_hon} {r_call}. Selamat pagi.")
    return [hdr] + lines, ["transcript"], None


# ---------------------------------------------------------------------------------------
# long multi-paragraph complaints (2-4 KB), several people
LONG_INTRO = [
    "Dengan hormat, saya {r_name}, {r_job}, warga {desa}, Kecamatan {kec}, {kota}. Saya tinggal di {r_addr} bersama {s_suami} saya, {s_name}, dan anak kami. Untuk keperluan verifikasi, NIK saya {r_nik} dan nomor KK {r_kk}. Saya menulis pengaduan ini cukup panjang karena masalahnya sudah berlarut-larut dan melibatkan beberapa pihak, jadi mohon dibaca sampai selesai.",
    "Assalamualaikum. Perkenalkan, nama saya {r_name}, lahir di {r_bplace} tanggal {r_dob}. Saya sudah lebih dari sepuluh tahun tinggal di {r_alamat}. Selama ini saya jarang mengeluh soal pelayanan pemerintah, tetapi kali ini saya merasa perlu menulis karena sudah tidak tahu lagi harus ke mana.",
    "Yth. Bapak/Ibu pengelola LAPOR!, saya {r_name} (NIK {r_nik}). Saya seorang {r_job} dan tinggal di {r_alamat}. Pengaduan ini saya tulis atas nama keluarga saya sendiri dan juga beberapa tetangga yang mengalami hal yang sama tetapi tidak berani melapor.",
    "Saya {r_name}, {r_age} tahun, {r_job}. Alamat saya {r_alamat}; nomor HP {r_hp}; email {r_email}; NPWP {r_npwp}. Saya ingin melaporkan masalah yang menurut saya sudah tidak wajar, dan saya sertakan kronologi selengkap mungkin agar bisa diperiksa.",
]
LONG_BACKGROUND = [
    "Masalahnya berawal sekitar {bulan}. {prob} {prob2} Awalnya saya pikir ini hanya gangguan sementara, jadi saya menunggu. Ternyata minggu demi minggu berlalu dan tidak ada perubahan sama sekali.",
    "Sebagai latar belakang, {lprob} Selain itu, {lprob2} Hal seperti ini bukan hanya saya yang mengalami; di grup WhatsApp warga hampir setiap hari ada yang mengeluhkan hal serupa.",
    "Singkatnya begini. {prob} Lalu, {lprob2} Saya sudah mencoba mengikuti semua prosedur yang diminta, termasuk melengkapi berkas dan datang langsung ke kantor, tetapi hasilnya nihil.",
]
LONG_NEIGH = [
    "Tetangga saya, {n_Hon} {n_name}, yang rumahnya di {n_addr}, mengalami hal yang sama persis. Beliau bahkan sudah datang ke kantor lebih dulu dari saya. Menurut {n_hon} {n_call}, petugas di sana hanya mencatat keluhannya di selembar kertas tanpa memberi tanda terima. Beliau bersedia menjadi saksi dan bisa dihubungi di {n_hp}.",
    "Saya juga perlu menyebut {n_name}, tetangga sebelah rumah saya. Mobilnya yang bernomor polisi {n_plate} setiap hari diparkir di mulut gang sehingga ambulans pun tidak bisa masuk. Sudah berkali-kali ditegur secara baik-baik oleh warga, tetapi jawabannya selalu 'ini jalan umum'.",
    "Ada satu lagi yang perlu saya sampaikan. Kata {n_hon} {n_name}, warga yang tinggal di {n_alamat}, kejadian serupa pernah terjadi pada {tahun} dan waktu itu sudah dilaporkan ke kelurahan. Ternyata laporan tersebut tidak pernah ditindaklanjuti.",
    "Tetangga depan rumah kami, {n_sdr} {n_name}, merekam seluruh kejadian itu dengan ponselnya dan mengunggahnya di akun {n_ig}. Videonya sempat ramai, tetapi kemudian dia malah didatangi orang tak dikenal dan diminta menghapusnya.",
]
LONG_OFFICIAL = [
    "Ketika saya datang ke {o_inst} pada {tgl}, saya dilayani oleh {o_titled} di meja layanan. Beliau mengatakan berkas saya tidak ditemukan dan saya harus mengulang dari awal. Saat saya tanya dasar aturannya, beliau hanya menjawab 'memang begitu prosedurnya'. Di papan nama mejanya tertulis NIP {o_nip}.",
    "Saya kemudian mencoba menghubungi {o_role} yang bernama {o_name} melalui WhatsApp di nomor {o_hp}. Pesan saya hanya dibaca tanpa dibalas. Dua hari kemudian beliau menelepon dan mengatakan urusan saya 'bisa dibantu' asalkan ada uang terima kasih sebesar {amt}. Saya tidak mau dan sejak itu urusan saya makin dipersulit.",
    "Menurut {o_role}, {o_hon} {o_name}, semua keputusan ada di tangan atasan dan beliau tidak bisa berbuat apa-apa. Namun ketika saya minta bertemu atasannya, saya disuruh membuat janji terlebih dahulu yang tidak pernah jelas kapan waktunya.",
    "Yang paling mengecewakan adalah sikap {o_hon} {o_call}, {o_role} di {o_inst}. Beliau sempat berkata di depan banyak orang bahwa warga seperti saya 'cuma bisa mengeluh'. Kata-kata itu disaksikan beberapa orang yang sedang antre.",
]
LONG_CHILD = [
    "Masalah ini juga berdampak pada anak saya, {c_name}, yang lahir {c_dob} (NIK {c_nik}). Dia jadi tidak bisa mengurus dokumen yang diperlukan sekolah, dan wali kelasnya sudah dua kali menanyakan kepada saya.",
    "Anak saya yang kedua, {c_name}, sekarang kelas {c_kelas}. Dia sempat sakit dan kami harus membawanya ke {rs}. Nomor BPJS-nya {c_bpjs}, tetapi kartunya ikut dinyatakan tidak aktif sehingga kami membayar sendiri.",
    "Saya juga punya anak kecil, {c_call}, yang setiap hari harus melewati lokasi tersebut untuk ke sekolah. Saya khawatir terjadi sesuatu pada anak-anak di lingkungan kami.",
]
LONG_RELATIVE = [
    "Selain itu, {f_rel} saya, {f_name}, sudah berusia {f_age} tahun dan tinggal bersama kami. NIK beliau {f_nik}. Karena masalah ini beliau tidak bisa mengambil haknya dan harus ikut bolak-balik dalam kondisi kesehatan yang kurang baik.",
    "{f_Mertua} saya, {f_name}, lahir {f_dob}, juga terdampak. Kartu BPJS beliau dengan nomor {f_bpjs} tiba-tiba tidak bisa dipakai saat kontrol rutin.",
    "Perlu saya tambahkan bahwa {f_myrel}, {f_name}, adalah pensiunan yang menerima pembayaran melalui rekening {f_rek}. Sejak masalah ini muncul, pembayarannya ikut tertahan.",
]
LONG_CHRONO = [
    "Kronologinya sebagai berikut. Pada {tgl} saya pertama kali datang dan diminta menunggu. Pada {tgl2} saya kembali dan diberi jawaban yang berbeda. Lalu saya membuat laporan melalui {hotline} dan mendapat nomor {tiket}. Sampai hari ini belum ada satu pun tindak lanjut yang jelas.",
    "Untuk catatan: laporan pertama saya buat pada {tgl} dengan nomor {tiket16}. Laporan itu ditutup sepihak dengan status 'selesai' padahal tidak ada perubahan apa pun di lapangan. Karena itu saya membuat laporan ini lagi.",
    "Saya sudah mengirim email ke {iemail} pada {tgl} dan juga menyampaikan keluhan lewat akun {ihandle}. Balasan yang saya terima hanya berupa pesan otomatis.",
]
LONG_IMPACT = [
    "Akibatnya, kami sekeluarga harus mengeluarkan biaya tambahan sekitar {amt} setiap bulan. Untuk keluarga dengan penghasilan pas-pasan seperti kami, jumlah itu sangat memberatkan.",
    "Dampaknya tidak hanya pada keluarga saya. Menurut data yang dikumpulkan pengurus RW, ada {kkcount} di sekitar kami yang mengalami hal serupa.",
    "Saya paham bahwa petugas juga punya beban kerja yang tinggi, tetapi pelayanan publik seharusnya tidak bergantung pada siapa yang kenal siapa.",
]
LONG_REQUEST = [
    "Oleh karena itu saya memohon: pertama, agar masalah ini diperiksa secara menyeluruh; kedua, agar petugas yang meminta uang diberi sanksi; dan ketiga, agar ada kepastian waktu penyelesaian. {treg}",
    "Saya berharap instansi terkait segera turun ke lapangan. {ask} Saya siap dihubungi kapan saja untuk dimintai keterangan tambahan.",
    "Harapan saya sederhana: {ask} Saya juga meminta agar identitas saya tidak dibuka kepada pihak yang saya laporkan.",
]
LONG_SIGN = [
    "Hormat saya,\n{r_name}\nHP/WA {r_hp}",
    "Demikian pengaduan ini. Terima kasih.\n\n{r_name}\n{r_alamat}\nTelp. {r_hp}",
    "Terima kasih atas perhatiannya.\n— {r_name} ({r_email})",
    "Salam,\n{r_call}\n{r_hp}",
    "Wassalamualaikum wr. wb.\n\nPelapor,\n{r_name}\nNIK {r_nik}",
]


LONG_WITNESS = [
    "Saksi lain yang bisa dimintai keterangan adalah {w_name}, pedagang di dekat lokasi. Dia melihat sendiri kejadian itu dan bersedia dihubungi di {w_hp}. Rumahnya di {w_alamat}.",
    "Saya juga sempat bertanya kepada {w_Hon} {w_name}, mantan pengurus RW yang tinggal di {w_addr}. Menurut beliau, masalah seperti ini selalu muncul menjelang akhir tahun anggaran dan tidak pernah diselesaikan tuntas.",
    "Seorang kenalan saya, {w_name} (IG {w_ig}), pernah mengalami hal serupa di kecamatan lain dan baru selesai setelah melapor ke Ombudsman. Itu sebabnya saya memberanikan diri menulis laporan ini.",
]
LONG_EXTRA = [
    "Saya sudah menyiapkan bukti berupa foto, rekaman suara, dan salinan dokumen. Semua bukti itu siap saya serahkan jika diminta oleh petugas yang menangani laporan ini.",
    "Mohon dipahami juga bahwa saya bukan orang yang suka mencari masalah. Saya hanya ingin hak saya dan keluarga dipenuhi sebagaimana mestinya, seperti warga lain.",
    "Terus terang, saya sempat ragu untuk melapor karena takut urusan saya malah dipersulit. Beberapa tetangga juga menyarankan agar saya diam saja. Namun kalau semua orang diam, keadaan tidak akan pernah berubah.",
    "Sebagai gambaran, untuk sekali datang ke kantor saya harus izin tidak bekerja setengah hari dan mengeluarkan ongkos ojek pulang-pergi. Itu sudah terjadi berkali-kali.",
]


def _size(pieces):
    return len(build(pieces)[0].encode("utf-8"))


def gen_long(region=None, tk=None):
    for attempt in range(40):
        tk_ = tk or ch(TOPIC_KEYS)
        region_ = region or ch(REGION_OBJS)
        ppl = people_for(region_, "rsnocfw" + TOPIC_PII_NEEDS.get(tk_, ""), tk_)
        ctx = Ctx(region_, ppl, TOPICS[tk_])
        bg = [T(ctx, ch(LONG_BACKGROUND))]
        if want_tpii(ctx, 0.7):
            bg += [" ", topic_pii(ctx)]
        head = [T(ctx, ch(LONG_INTRO)), bg]
        middle = [ch(LONG_NEIGH), ch([f for f in LONG_OFFICIAL if frame_ok(ctx, f)]), ch(LONG_CHILD), ch(LONG_CHRONO), ch(LONG_IMPACT)]
        RNG.shuffle(middle)
        middle = [T(ctx, m) for m in middle]
        tail = [T(ctx, ch(LONG_REQUEST)), T(ctx, ch(LONG_SIGN))]
        extras = [ch(LONG_RELATIVE), ch(LONG_WITNESS)] + RNG.sample(LONG_EXTRA, 2)
        RNG.shuffle(extras)
        target = RNG.randint(2150, 3900)

        def join(paras):
            out = []
            for i, p_ in enumerate(paras):
                if i:
                    out.append("\n\n")
                out.append(p_)
            return out

        pieces = join(head + middle + tail)
        for ex in extras:
            if _size(pieces) >= target:
                break
            pos = RNG.randint(1, len(middle))
            cand = middle[:pos] + [T(ctx, ex)] + middle[pos:]
            trial = join(head + cand + tail)
            if _size(trial) > 4000:
                break
            middle = cand
            pieces = trial
        n = _size(pieces)
        if 2100 <= n <= 4000:
            return pieces, ["long"], None
    raise RuntimeError("could not make a long text in range")


# ---------------------------------------------------------------------------------------
# regional languages mixed with Indonesian
REGIONAL = {
    "jv": dict(
        open=["Nuwun sewu, kulo badhe matur.", "Kulo nuwun, Bapak/Ibu admin.", "Sugeng enjing, ngapunten ngganggu wekdalipun.",
              "Assalamualaikum, nyuwun sewu.", "Monggo dipun waos rumiyin, nggih."],
        ident=["Kulo {r_name}, tiyang {kel}, griya kulo wonten {r_alamat}.", "Nami kulo {r_name}, NIK {r_nik}, nomer HP {r_hp}.",
               "Kulo niki {r_job} saking {kota}, nami kulo {r_name}.", "Aku {r_name}, omahku {r_addr}, {kota}.",
               "Kulo {r_lname}, lair {r_dob}, KTP kulo {r_nik}.", "Kulo {r_name}, alamat kulo {r_rtrw} {desa}, HP {r_hp}."],
        glue=["Sampun kaping tigo kulo mrika, nanging tetep mboten wonten kabar.", "Wis suwe banget iki, ra ono sing ngurus.",
              "Kulo bingung kedah pripun malih.", "Sakjane niku hak e warga, nggih to?", "Pripun niki, Pak, Bu?",
              "Tiyang alit kados kulo niki mboten ngertos kedah ngadu teng pundi."],
        third=["Tanggi kulo, {n_hon} {n_call}, griyanipun {n_addr}, nggih ngalami perkawis ingkang sami.",
               "Jare {o_hon} {o_call} petugas {o_inst}, berkas kulo ilang.",
               "{f_Jvpar} kulo, {f_name}, lair {f_dob}, BPJS-ipun {f_bpjs} mboten aktif.",
               "Anak kulo {c_name} dereng saged didaftaraken amargi dokumene dereng dados.",
               "Miturut {o_role} {o_name}, kulo kedah ngentosi wulan ngajeng.",
               "Sampeyan saged konfirmasi dhateng {n_mb} {n_call} ({n_hp}), tanggi kulo."],
        close=["Matur nuwun sanget. {r_call}", "Nyuwun tulung dipun tindaklanjuti, matur nuwun.\n{r_name} ({r_hp})",
               "Sampeyan saged hubungi kulo wonten {r_hp}. Matur suwun.", "Suwun. — {r_name}", "Mohon bantuanipun. Kulo {r_name}, WA {r_hp}."]),
    "su": dict(
        open=["Sampurasun.", "Punten, abdi bade lapor.", "Wilujeng enjing, punten ngaganggu.", "Assalamualaikum, punten pisan."],
        ident=["Abdi {r_name}, warga {kel}, {kota}.", "Nami abdi {r_name}, NIK {r_nik}.", "Bumi abdi di {r_alamat}.",
               "Abdi {r_name}, {r_job}, nomer HP {r_hp}.", "Abdi teh {r_lname}, lahir {r_dob}."],
        glue=["Tos tilu sasih teu acan aya kajelasan.", "Abdi tos bolak-balik, namung teu aya hasilna.", "Kumaha atuh ieu teh?",
              "Karunya ka warga nu teu gaduh nanaon.", "Duka kedah ka saha deui abdi ngadu."],
        third=["{f_Supar} abdi, {f_name}, yuswa {f_age} taun, kartu BPJS na {f_bpjs} teu aktif deui.",
               "Tatangga abdi, {n_kang} {n_call}, bumina di {n_addr}, oge sami ngalaman.",
               "Numutkeun {o_hon} {o_name} ti {o_inst}, data abdi teu aya dina sistem.",
               "Ceuk {o_hon} {o_call}, kedah antosan wae.", "Budak abdi, {c_name}, lahir {c_dob}, teu acan gaduh akta.",
               "{f_Supar} abdi, {f_name} (NIK {f_nik}), parantos teu kiat angkat ka kantor."],
        close=["Hatur nuhun pisan. {r_name} — {r_hp}", "Mangga tiasa ngahubungi abdi di nomer {r_hp}. Hatur nuhun.",
               "Hatur nuhun kana perhatosanana.\n{r_name}", "Nuhun. {r_call}"]),
    "bl": dict(
        open=["Om Swastyastu.", "Om Swastyastu, ampura ngganggu.", "Rahajeng semeng.", "Nunas ampura, tiang jagi melapor."],
        ident=["Tiang {r_name}, saking {desa}, {kota}.", "Titiang {r_name}, NIK {r_nik}, umah tiange di {r_alamat}.",
               "Wastan tiang {r_name}, HP {r_hp}.", "Tiang {r_name}, {r_job}, lekad {r_dob}."],
        glue=["Sampun makelo nenten wenten kabar.", "Tiang bingung sajaan.", "Nunas tulung pisan.", "Kenken jani niki?"],
        third=["{f_Blpar} tiange, {f_name}, lekad {f_dob}, BPJS-ne {f_bpjs} nenten aktif.", "Pianak tiange, {c_name}, durung maan akta.",
               "Nyama tiange, {n_name}, umahne di {n_addr}, ngalamin kenten masih.", "Kata {o_hon} {o_call} di {o_inst}, harus nunggu.",
               "Manut {o_role} {o_name}, data tiang ilang."],
        close=["Suksma. Om Shanti Shanti Shanti Om.\n{r_name}", "Matur suksma. {r_name}, {r_hp}", "Suksma pisan. Tiang {r_call}."]),
    "mn": dict(
        open=["Assalamualaikum, mamak-mamak jo dunsanak sadonyo.", "Assalamualaikum.", "Maaf maganggu, ambo nak malapor."],
        ident=["Ambo {r_name}, urang {kel}, {kota}.", "Namo ambo {r_name}, NIK {r_nik}.", "Rumah ambo di {r_alamat}.",
               "Ambo {r_name}, {r_job}, HP {r_hp}."],
        glue=["Alah duo bulan indak ado kaba.", "Baa lai ko, Pak?", "Ambo alah pai ka kantua tu tigo kali.", "Tolong lah dibantu, awak urang ketek."],
        third=["Kato {o_hon} {o_call}, {o_role}, awak disuruah manunggu se.", "{f_Mnpar} ambo, {f_name}, lahia {f_dob}, kartu BPJS-nyo {f_bpjs} indak aktif.",
               "Anak ambo, {c_name}, alun dapek akta.", "Tetangga ambo, {n_uda} {n_name}, rumahnyo di {n_addr}, samo juo."],
        close=["Tarimo kasih banyak. {r_name}, {r_hp}", "Tarimo kasih. Wassalam.\n{r_name}", "Makasih, {r_call}."]),
    "bg": dict(
        open=["Tabe', Pak/Bu admin.", "Assalamualaikum, tabe'.", "Iye', permisi ki' dulu."],
        ident=["Saya {r_name}, tinggal ka' di {r_alamat}.", "Namaku {r_name}, NIK {r_nik}, HP {r_hp}.",
               "Saya {r_name}, {r_job} di {kota}, rumahku di {r_addr}."],
        glue=["Sudah mi tiga kali saya ke sana, tapi tidak ada ji hasilnya.", "Bagaimana mi ini, Pak?", "Kasian ki' warga di sini.", "Tidak jelas sekali mi."],
        third=["Nabilang {o_hon} {o_call}, itu {o_role}, tunggu mi saja.", "{f_Bgpar}ku, {f_name}, lahir {f_dob}, BPJS-na {f_bpjs} tidak aktif mi.",
               "Anakku, {c_name}, belum pi dapat akta.", "Tetanggaku, {n_Hon} {n_name}, rumahna di {n_addr}, sama ji juga."],
        close=["Iye', terima kasih banyak ki'. {r_hp} - {r_name}", "Tabe', terima kasih. {r_name}", "Makasih ki' Pak. Saya {r_call}."]),
    "bj": dict(
        open=["Assalamualaikum, ulun handak melapor.", "Maaf lah mengganggu, pian.", "Salamat pagi, pian admin."],
        ident=["Ulun {r_name}, urang {kel}, {kota}.", "Ngaran ulun {r_name}, NIK {r_nik}.", "Rumah ulun di {r_alamat}.", "Ulun {r_name}, HP {r_hp}."],
        glue=["Sudah dua bulan kada ada kabar.", "Kaya apa jadinya ini?", "Ulun sudah bulak-balik, kada ada hasilnya.", "Tulung banar lah."],
        third=["Kata {o_hon} {o_call} di {o_inst}, pian tunggu haja.", "{f_Bjpar} ulun, {f_name}, lahir {f_dob}, BPJS-nya {f_bpjs} kada aktif.",
               "Anak ulun, {c_name}, balum baisi akta.", "Tatangga ulun, {n_Hon} {n_name}, rumahnya di {n_addr}, sama jua."],
        close=["Tarima kasih banyak. {r_name}, HP {r_hp}", "Tarima kasih lah. {r_call}", "Tarima kasih.\n{r_name}"]),
}
REGIONAL_NOPII = {
    "jv": (["Kulo warga {kel}, nami mboten usah dipun sebut nggih.", "Nuwun sewu, kulo tiyang {desa}."], ["Matur nuwun.", "Suwun sanget."]),
    "su": (["Abdi warga {kel}, nami teu kedah disebatkeun.", "Punten, abdi ti {desa}."], ["Hatur nuhun.", "Nuhun pisan."]),
    "bl": (["Tiang krama {desa}.", "Om Swastyastu, tiang warga {kel}."], ["Suksma.", "Om Shanti Shanti Shanti Om."]),
    "mn": (["Ambo urang {kel}, namo indak usah disabuik.", "Assalamualaikum, ambo warga {desa}."], ["Tarimo kasih.", "Wassalam."]),
    "bg": (["Tabe', saya warga {kel}.", "Iye', saya dari {desa}."], ["Terima kasih ki'.", "Tabe'."]),
    "bj": (["Ulun warga {kel}, ngaran kada usah disambat.", "Assalamualaikum, ulun urang {desa}."], ["Tarima kasih banyak.", "Tarima kasih lah."]),
}


def gen_regional(lang=None, region=None, tk=None):
    lang = lang or ch(list(REGIONAL))
    region = region or ch(regions_for(lang))
    tk = tk or ch(TOPIC_KEYS)
    ppl = people_for(region, "rnocf" + TOPIC_PII_NEEDS.get(tk, ""), tk)
    ctx = Ctx(region, ppl, TOPICS[tk])
    R_ = REGIONAL[lang]
    parts = [ch(R_["open"]), sep(), pick(ctx, R_["ident"]), " "]
    parts += tp(ctx, RNG.randint(1, 2))
    if want_tpii(ctx, 0.4):
        parts += [" ", topic_pii(ctx)]
    parts += [" ", ch(R_["glue"])]
    for f in RNG.sample(R_["third"], RNG.randint(1, 2)):
        parts += [" ", T(ctx, f)]
    if chance(0.4):
        parts += [" ", ctx.get("ask")]
    parts += [sep(), pick(ctx, R_["close"])]
    return parts, ["regional", "regional_" + lang], None


def gen_regional_nopii(lang=None):
    lang = lang or ch(list(REGIONAL))
    region = ch(regions_for(lang))
    tk = ch(TOPIC_KEYS)
    ctx = Ctx(region, {}, TOPICS[tk])
    idn, cl = REGIONAL_NOPII[lang]
    parts = [ch(REGIONAL[lang]["open"]), sep(), T(ctx, ch(idn)), " "]
    parts += tp(ctx, RNG.randint(1, 3))
    parts += [" ", ch(REGIONAL[lang]["glue"]), " ", T(ctx, ch(NEARMISS)), " ", ctx.get("ask"), sep(), ch(cl)]
    return parts, ["regional", "regional_" + lang, "nopii"], None


# ---------------------------------------------------------------------------------------
# no-PII texts: near-misses only
ANON_SIGN = ["Warga {kel}", "Pelapor (identitas mohon dirahasiakan)", "Forum Warga {rt} {desa}", "Salam, warga {kota}",
             "Perwakilan orang tua murid", "Seorang pengguna jalan", "Paguyuban pedagang pasar", ""]
NOPII_EXTRA = [
    "Oknum berinisial {initials} disebut-sebut ikut menerima uang itu.",
    "Kepala desa dan sekretaris desa sudah tahu tapi tidak bertindak.",
    "Bupati sudah pernah berjanji memperbaikinya saat kunjungan kerja.",
    "Petugas di loket tidak memakai papan nama sehingga kami tidak tahu namanya.",
    "Sebanyak {n} peserta terdaftar, tetapi yang hadir hanya separuhnya.",
    "Saya tidak mau menyebutkan NIK di sini karena takut disalahgunakan.",
    "Nomor pengaduan {hotline} yang tertera di spanduk tidak pernah aktif.",
    "Informasi resmi hanya diumumkan di akun {ihandle}.",
    "Sudah kami kirim juga ke {iemail} lengkap dengan foto.",
]


def gen_nopii(style=None):
    style = style or wchoice([("short", 6), ("letter", 2), ("transcript", 2), ("regional", 2), ("social", 1)])
    if style == "transcript":
        parts, tags, case = gen_transcript(nopii=True)
        return parts, tags + ["nopii"], case
    if style == "regional":
        return gen_regional_nopii()
    region = ch(REGION_OBJS)
    tk = ch(TOPIC_KEYS)
    ctx = Ctx(region, {}, TOPICS[tk])
    ctx.cache["initials"] = ch(["AS", "HW", "MR", "DS", "YN", "TK"])
    if style == "letter":
        parts = ["Kepada Yth.\n", ctx.get("agency"), "\ndi Tempat\n\n", "Perihal: ", ctx.get("perihal"), "\n\nDengan hormat,\n\n",
                 T(ctx, ch(["Kami warga {rt} {desa}, Kecamatan {kec}, menyampaikan keluhan sebagai berikut.",
                            "Melalui surat ini kami, para orang tua murid, menyampaikan keberatan.",
                            "Bersama ini kami pengurus paguyuban menyampaikan pengaduan."])), "\n\n"]
        for i, it in enumerate([x for x in tp(ctx, 3) if x != " "], 1):
            parts += [f"{i}. ", it, "\n"]
        parts += ["\n", T(ctx, ch(NEARMISS)), " ", T(ctx, ch(NOPII_EXTRA)), " ", ctx.get("treg"), "\n\n", ctx.get("ask"),
                  "\n\nDemikian, atas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\n", T(ctx, ch(ANON_SIGN[:6]))]
        return parts, ["letter", "nopii"], None
    if style == "social":
        parts = [T(ctx, ch(["{ihandle} min, {prob} gmn nih 😩", "Halo {ihandle} 👋 {prob} {prob2} Mohon dicek.",
                            "Thread 🧵\n1/ {prob}\n2/ {prob2}\n3/ Udah lapor ke {hotline}, nihil.",
                            "{prob} Tiket {tiket} udh seminggu statusnya masih diproses. cc {ihandle}"]))]
        return parts, ["social", "nopii"], None
    parts = []
    if chance(0.6):
        parts += open_line(OPEN_ID)
    parts += tp(ctx, RNG.randint(2, 3))
    for f in RNG.sample(NEARMISS, RNG.randint(1, 2)):
        parts += [" ", T(ctx, f)]
    if chance(0.5):
        parts += [" ", T(ctx, ch(NOPII_EXTRA))]
    if chance(0.4):
        parts += [" ", ctx.get("treg")]
    parts += [" ", ctx.get("ask"), sep(), ch(CLOSE_PLAIN)]
    sig = ch(ANON_SIGN)
    if sig:
        parts += ["\n", T(ctx, sig)]
    return parts, ["short", "nopii"], None


# ---------------------------------------------------------------------------------------
# validation
HONORIFIC_START = ("Bapak ", "Pak ", "Ibu ", "Bu ", "Sdr. ", "Sdri. ", "Saudara ", "H. ", "Hj. ", "dr. ", "Dr. ", "Ir. ",
                   "Drs. ", "Dra. ", "Mas ", "Mbak ", "Kang ", "Teh ", "Uda ", "Uni ", "Bli ", "Mbok ", "Bang ", "Kak ")
PROV_CODES = {11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65,
              71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
HANDLE_RE = re.compile(r"(?<![A-Za-z0-9._%+-])@[A-Za-z0-9_.]+")
PHONE_LIKE = re.compile(r"(?:\+?62|\b0)\s?8[\d .\-]{8,}\d")
NAME_TOKEN_OK = {"putra", "putri"}   # also ordinary words ("putra saya" = my son)


def _covered(i, j, spans):
    return any(s["start"] <= i and j <= s["end"] for s in spans)


def validate(rec, values, near, tags):
    text, spans = rec["text"], rec["spans"]
    errs = []
    prev_end = -1
    for s, v in zip(sorted(spans, key=lambda x: x["start"]), [v for _, v in sorted(zip([x["start"] for x in spans], values))]):
        a, b, lab = s["start"], s["end"], s["label"]
        if not (0 <= a < b <= len(text)):
            errs.append(f"range {s}")
            continue
        if text[a:b] != v:
            errs.append(f"value mismatch {text[a:b]!r} != {v!r}")
        if a < prev_end:
            errs.append(f"overlap at {a}")
        prev_end = b
        if lab not in LABELS:
            errs.append(f"label {lab}")
        seg = text[a:b]
        if seg != seg.strip():
            errs.append(f"whitespace edge {seg!r}")
        if a > 0 and text[a - 1].isalnum():
            errs.append(f"glued left {text[a - 1:b]!r}")
        if b < len(text) and text[b].isalnum():
            errs.append(f"glued right {text[a:b + 1]!r}")
        d = re.sub(r"\D", "", seg)
        if lab == "NIK":
            if not 15 <= len(d) <= 17:
                errs.append(f"NIK length {seg!r}")
            elif len(d) == 16:
                if int(d[:2]) not in PROV_CODES:
                    errs.append(f"NIK province {seg!r}")
                day, mon = int(d[6:8]), int(d[8:10])
                if day > 40:
                    day -= 40
                if not (1 <= day <= 31 and 1 <= mon <= 12):
                    errs.append(f"NIK date {seg!r}")
        elif lab == "KK" and (len(d) != 16 or int(d[:2]) not in PROV_CODES):
            errs.append(f"KK {seg!r}")
        elif lab == "NIP" and len(d) != 18:
            errs.append(f"NIP {seg!r}")
        elif lab == "BPJS" and (len(d) != 13 or not d.startswith("000")):
            errs.append(f"BPJS {seg!r}")
        elif lab == "PASSPORT" and not re.fullmatch(r"[A-Z] ?\d{7}", seg.upper()):
            errs.append(f"PASSPORT {seg!r}")
        elif lab == "NPWP" and len(d) not in (15, 16):
            errs.append(f"NPWP {seg!r}")
        elif lab == "PHONE" and not re.search(r"[a-z]", seg.lower()) and not 9 <= len(d) <= 14:
            errs.append(f"PHONE {seg!r}")
        elif lab == "BANK_ACCOUNT" and not 10 <= len(d) <= 16:
            errs.append(f"BANK {seg!r}")
        elif lab == "EMAIL" and not EMAIL_RE.fullmatch(seg):
            errs.append(f"EMAIL {seg!r}")
        elif lab == "HANDLE" and not re.fullmatch(r"@[A-Za-z0-9_.]+", seg):
            errs.append(f"HANDLE {seg!r}")
        elif lab == "PLATE" and not re.fullmatch(r"[A-Za-z]{1,2}[ -]?\d{1,4}[ -]?[A-Za-z]{1,3}", seg):
            errs.append(f"PLATE {seg!r}")
        elif lab == "PERSON":
            if seg.startswith(HONORIFIC_START) or seg.upper().startswith(tuple(h.upper() for h in HONORIFIC_START)):
                errs.append(f"PERSON honorific {seg!r}")
            if seg.endswith((",", ".")) and not seg.endswith(("Muh.", "Abd.", "St.", "br.")):
                errs.append(f"PERSON punctuation {seg!r}")

    def outside(i, j):
        return not _covered(i, j, spans) and not any(a <= i and j <= b for a, b in near)

    for m in re.finditer(r"\d{9,}", text):
        if outside(m.start(), m.end()):
            errs.append(f"unlabelled digit run {m.group()!r}")
    for m in PHONE_LIKE.finditer(text):
        free = [k for k in range(m.start(), m.end()) if text[k].isdigit() and outside(k, k + 1)]
        if len(free) >= 10:
            errs.append(f"unlabelled phone-like {m.group()!r}")
    for m in EMAIL_RE.finditer(text):
        if outside(m.start(), m.end()) and m.group().split("@")[1].lower() not in INST_DOMAINS:
            errs.append(f"unlabelled personal email {m.group()!r}")
    for m in HANDLE_RE.finditer(text):
        h = m.group().rstrip(".")
        if outside(m.start(), m.start() + len(h)) and h.lower() not in {x.lower() for x in INST_HANDLES}:
            errs.append(f"unlabelled handle {h!r}")
    # every token of a labelled name must not appear unlabelled elsewhere in the same text
    toks = set()
    for s in spans:
        if s["label"] == "PERSON":
            for t in re.split(r"[\s\-]+", text[s["start"]:s["end"]]):
                t = t.strip(".,'")
                if len(t) >= 4 and t.lower() not in NAME_PARTICLES and t.lower() not in NAME_TOKEN_OK:
                    toks.add(t)
    for t in toks:
        for m in re.finditer(r"(?<![A-Za-z])" + re.escape(t) + r"(?![A-Za-z])", text):
            if not _covered(m.start(), m.end(), spans):
                errs.append(f"name token {t!r} unlabelled at {m.start()}: {text[max(0, m.start() - 30):m.end() + 10]!r}")
    if "nopii" in tags and spans:
        errs.append("nopii text has spans")
    if "nopii" not in tags and not spans:
        errs.append("PII text without spans")
    if "long" in tags and not 2048 <= len(text.encode("utf-8")) <= 4096:
        errs.append(f"long text size {len(text.encode('utf-8'))}")
    return errs


# ---------------------------------------------------------------------------------------
def make_schedule():
    sched = []
    forced = ["imigrasi", "imigrasi", "samsat", "pbb", "guru"]
    sched += [("letter", {"tk": t}) for t in forced] + [("letter", {})] * 35
    sched += [("transcript", {"tk": t}) for t in ["imigrasi", "samsat", "pinjol"]] + [("transcript", {})] * 31
    sched += [("long", {"tk": t}) for t in ["imigrasi", "parkir", "pensiun"]] + [("long", {})] * 29
    for lang in REGIONAL:
        sched += [("regional", {"lang": lang})] * 7
    sched += [("social", {})] * 22
    sched += [("short", {"tk": t}) for t in ["imigrasi", "imigrasi", "samsat", "parkir", "parkir", "pbb", "pbb", "pinjol", "guru", "jalan"]]
    sched += [("short", {})] * 60
    sched += [("nopii", {})] * 60
    assert len(sched) == N_TEXTS, len(sched)
    RNG.shuffle(sched)
    # ALL CAPS: 26 PII texts of the short kinds and 5 no-PII texts; lower case: 8 short texts
    idx_caps = [i for i, (k, _) in enumerate(sched) if k in ("short", "social", "regional", "letter")]
    caps = set(RNG.sample(idx_caps, 26))
    caps |= set(RNG.sample([i for i, (k, _) in enumerate(sched) if k == "nopii"], 5))
    lower = set(RNG.sample([i for i, (k, _) in enumerate(sched) if k == "short" and i not in caps], 8))
    return sched, caps, lower


GEN = {"letter": gen_letter, "transcript": gen_transcript, "long": gen_long, "regional": gen_regional,
       "social": gen_social, "short": gen_short, "nopii": gen_nopii}


def main():
    sched, caps, lower = make_schedule()
    records, all_errs, tag_count = [], [], Counter()
    for i, (kind, kw) in enumerate(sched):
        pieces, tags, case = GEN[kind](**kw)
        if i in caps:
            case = "upper"
            tags = tags + ["caps"]
        elif i in lower:
            case = "lower"
            tags = tags + ["lowercase"]
        text, spans, near = build(pieces, case)
        values = [text[s["start"]:s["end"]] for s in spans]
        # recompute values from pieces independently of offsets, for the equality check
        vals_from_pieces = []
        for p in flatten(pieces):
            if not isinstance(p, str) and p[1] in LABELS:
                v = p[0].upper() if case == "upper" else p[0].lower() if case == "lower" else p[0]
                vals_from_pieces.append(v)
        rec = {"id": f"sixth-{i + 1:04d}", "text": text, "spans": spans}
        errs = validate(rec, vals_from_pieces, near, tags)
        if len(values) != len(vals_from_pieces):
            errs.append("span count mismatch")
        for e in errs:
            all_errs.append(f"{rec['id']} [{','.join(tags)}]: {e}")
        records.append(rec)
        tag_count.update(set(tags))
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids) or len(records) != N_TEXTS:
        all_errs.append("ids not unique or wrong count")
    if all_errs:
        sys.stderr.write("\n".join(all_errs[:80]) + f"\n{len(all_errs)} validation errors; nothing written\n")
        sys.exit(1)
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    lab = Counter(s["label"] for r in records for s in r["spans"])
    print(f"wrote {len(records)} texts to {os.path.basename(OUT_PATH)}")
    print("spans per label: " + ", ".join(f"{k} {lab[k]}" for k in LABELS))
    print(f"total spans {sum(lab.values())}; texts without PII {sum(1 for r in records if not r['spans'])}")
    print("styles: " + ", ".join(f"{k} {v}" for k, v in sorted(tag_count.items())))
    big = sum(1 for r in records if len(r["text"].encode("utf-8")) >= 2048)
    print(f"texts of 2 KB or more: {big}")


if __name__ == "__main__":
    main()
