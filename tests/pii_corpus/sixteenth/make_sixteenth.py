#!/usr/bin/env python3
"""Deterministic generator for the sixteenth held-out PII corpus (SP4N-LAPOR! complaint texts).

Standard library only.  Seed 16122026.

    python3 make_sixteenth.py            validate and write sixteenth.jsonl
    python3 make_sixteenth.py --stats    validate and print label / style / length statistics
    python3 make_sixteenth.py --check    regenerate, validate and compare with the file on disk

Every text is built by appending pieces to a Doc; a PII piece records its own offsets at the
moment it is appended (the finished text is never searched).  validate() re-checks every span.
Labels follow /work/shared/pii/GUIDE.md only.  All names and numbers are synthetic.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import random
import sys
from collections import Counter
from datetime import date

SEED = 16122026
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sixteenth.jsonl")
LABELS = ["NIK", "KK", "NPWP", "PHONE", "EMAIL", "PLATE", "BANK_ACCOUNT", "PASSPORT",
          "BPJS", "NIP", "PERSON", "ADDRESS", "DATE_OF_BIRTH", "HANDLE"]
N_TEXTS = 400
N_NOPII = 80

# style, number of texts, of which without PII
STYLE_PLAN = [
    ("sms", 45, 9), ("voice", 35, 7), ("xthread", 35, 7), ("igdm", 20, 4),
    ("fwdmail", 25, 5), ("notulen", 25, 5), ("utilitas", 20, 4), ("kurir", 15, 3),
    ("transport", 25, 5), ("pajak", 20, 4), ("asn", 20, 4), ("haji", 15, 3),
    ("bank", 20, 4), ("campur", 20, 4), ("short", 30, 6), ("long", 30, 6),
]

R: random.Random = random.Random(SEED)   # re-seeded in generate()


# ----------------------------------------------------------------------------------------
# Document builder
# ----------------------------------------------------------------------------------------
class Doc:
    """Append-only text builder.  A piece is a str (plain text), a (label, value) tuple (a PII
    span), ("~", value) (a registered near-miss, no span) or a list of pieces."""

    def __init__(self):
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str, str]] = []
        self.near: list[tuple[int, int, str]] = []
        self.n = 0

    def _put(self, s: str):
        self.parts.append(s)
        self.n += len(s)

    def __call__(self, *pieces):
        for pc in pieces:
            if pc is None or pc == "":
                continue
            if isinstance(pc, list):
                self(*pc)
            elif isinstance(pc, tuple):
                lab, val = pc
                start = self.n
                self._put(val)
                if lab == "~":
                    self.near.append((start, self.n, val))
                else:
                    self.spans.append((start, self.n, lab, val))
            else:
                self._put(pc)
        return self

    def mark(self):
        return (len(self.parts), len(self.spans), len(self.near), self.n)

    def reset(self, m):
        np_, ns, nn, n = m
        del self.parts[np_:]
        del self.spans[ns:]
        del self.near[nn:]
        self.n = n

    def text(self) -> str:
        return "".join(self.parts)

    def nbytes(self) -> int:
        return len(self.text().encode("utf-8"))


def S(label, value):
    return (label, value)


def NM(value):
    return ("~", value)


def ch(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def dig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def W(s):
    """split a whitespace / '|' separated pool"""
    if "|" in s:
        return [x.strip() for x in s.split("|") if x.strip()]
    return s.split()


# ----------------------------------------------------------------------------------------
# Name pools (invented combinations; given names and family names from many regions)
# ----------------------------------------------------------------------------------------
JAWA_M = W("Slamet Sutrisno Paijo Tukiman Sarmadi Mujiono Suparno Wagiman Sugeng Joko Bambang Heru "
           "Teguh Wahyu Yudi Supriyadi Sukirno Darsono Suyatno Ngadimin Kasno Parjo Tumijo Sumarno "
           "Wiyono Handoko Gunadi Harjito Legiman Mulyono Ponijan Sardi Sukadi Tarno Warsito Yitno "
           "Bejo Sutarji Kasiyo Karyadi Marsudi Supomo Triyono Jumadi Sukiman Paiman Wardoyo Margono "
           "Sadimin Tugiyo Kamijan Sukarman Ngatno Rebo Paino Suwito")
JAWA_F = W("Suparmi Painem Wagiyem Kasmini Ngatiyem Ponirah Suwarni Sulastri Sumiyati Tuminah Sartini "
           "Warsini Endang Rahayu Lestari Wulan Sukarti Mujiati Parmi Lasmi Tumini Sunarti Harti Yatmi "
           "Jumiyem Wartini Sriyani Puji Rini Nining Sumarni Tukinem Giyem Karsiyah Wasiyem Partini "
           "Sutinah Sarni Legini Kasinem Wakini Semi Rubiyem")
JAWA_PRE_M = W("Eko Agus Budi Dwi Tri Bagus Joko Catur Heri Sigit")
JAWA_PRE_F = W("Sri Dwi Tri Endah Retno Nur Dyah Catur Wahyu Ayu")
JAWA_FAM = W("Santoso Nugroho Purnomo Prasetyo Wibowo Susilo Raharjo Widodo? Kuncoro Hadi Wijayanto "
             "Setyawan Saputro Haryanto Sugiarto Pamungkas Wicaksono Utomo Rahardjo Basuki Sulistyo "
             "Mardiyanto Kusumo Darmawan Suryadi Wahyudi Wardhana Pranoto Sasongko")
JAWA_FAM = [x for x in JAWA_FAM if not x.endswith("?")]
SUNDA_M = W("Asep Ujang Dede Cecep Yayan Dadang Engkus Otong Acep Jajang Ade Aep Usep Wawan Dadan Iwan "
            "Ruslan Maman Dodi Cucu Nanang Oman Yana Jaja Ayi Encep Entis Deden Ceceng Agah Ikin")
SUNDA_F = W("Euis Neneng Iis Kokom Imas Nani Cicih Enok Popon Lilis Ai Yeyet Titin Elis Nenden Tati "
            "Yati Ika Nia Ela Wiwin Iin Aas Cucum Entin Onih Uum Dedeh")
SUNDA_FAM = W("Sopandi Suherman Sudrajat Hidayat Mulyana Kurniawan Rukmana Permana Saputra Ramdani "
              "Hermawan Sumarna Suryana Setiawan Nurjaman Supriatna Kusnadi Sobari Hamdani Kosasih "
              "Ruhiyat Sutisna Somantri Rusmana Wiratama Kartiwa Suganda Priatna")
ISLAM_M = W("Muhammad Ahmad Abdul Fauzi Rizky Fajar Ilham Hafiz Zulkifli Syafi'i Ma'ruf Nu'man Ridwan "
            "Hasan Husein Ismail Yusuf Ibrahim Ishak Zainal Arifin Fikri Syahrul Amir Umar Salim Hamzah "
            "Khoirul Anwar Taufik Luqman Nasrullah Imam Syamsul Jamal Rafi Daffa Alif Naufal Aqil Faris "
            "Mu'min Sa'id Ja'far Rahmat Saiful Mukhlis Burhan Kholil Nur Rosyid")
ISLAM_F = W("Siti Aisyah Fatimah Khadijah Nurul Zahra Annisa Rahmah Maryam Salma Nabila Zulaikha Halimah "
            "Rabi'ah Mar'atus Sholihah Latifah Hanifah Farida Laila Syarifah Azizah Rofiqoh Ni'mah "
            "Qori'ah Umi Mu'awanah Khusnul Lailatul Nur'aini Maimunah Rohmah Musyarofah")
ISLAM_FAM = W("Hidayat Saputra Ramadhan Pratama Setiawan Hakim Maulana Firmansyah Syahputra Nugraha "
              "Rahman Fadillah Anshori Zulfikar Mubarok Asy'ari Baihaqi Ghozali Muzakki Rifa'i Al-Amin "
              "Al-Habsyi Assegaf Alatas Bahasyim Basalamah Bawazier Alaydrus Syihab Mahfud Zuhdi")
MODERN_M = W("Dimas Yoga Kevin Reza Rian Aldi Bayu Galih Rangga Andika Fadli Irfan Arya Gilang Raka "
             "Ferdy Yudha Satria Bima Aditya Rendy Nanda Ardi Rizal")
MODERN_F = W("Putri Dinda Nadia Citra Intan Salsabila Aulia Tasya Vania Amelia Cindy Devi Anisa Melati "
             "Wulandari Rara Tiara Cantika Adinda Shinta Nayla Keisha Zaskia Febby")
BATAK_M = W("Hotma Togar Parlindungan Sahat Binsar Martua Tigor Poltak Bonar Maruli Hotman Jonner Ramses "
            "Lamhot Pangihutan Mangasi Tumpal Halomoan Marihot Gomgom Sortaman Jhonson Darwin")
BATAK_F = W("Sondang Hotnida Tiurma Rospita Lamria Rotua Mian Dorkas Tiodora Nurmaida Rosdiana Saur "
            "Lasmaria Hotmaida Romauli Tetty Erna Juliana Marintan Rumondang")
BATAK_FAM = W("Simanjuntak Siregar Nainggolan Hutapea Sitompul Lubis Nasution Harahap Pane Sinaga "
              "Manurung Sihombing Panjaitan Pardede Tampubolon Siahaan Situmorang Marpaung Purba Saragih "
              "Damanik Ginting Sembiring Tarigan Sitepu Perangin-angin Tambunan Silalahi Gultom "
              "Hutagalung Simatupang Napitupulu Sianturi Hutabarat Lumbantobing Pasaribu Simbolon Sagala "
              "Rajagukguk Butarbutar Aritonang Karo-karo Sitorus Pakpahan")
MINANG_M = W("Yusrizal Afrizal Zulhendri Erizal Novrizal Darmawel Jasrul Asrul Hendri Firdaus Syafri "
             "Efendi Yulizar Rusli Syahrial Arman Irwan Masrul Bustanul")
MINANG_F = W("Yulianis Nurhasanah Yenni Desmawati Zusneli Efrianti Rosmaniar Elfi Yusnimar Nelmawati "
             "Rosnida Asmidar Yuslina Nurbaiti Erlinda Syafrida")
MINANG_FAM = W("Chaniago Piliang Sikumbang Tanjung Jambak Koto Guci Malayu Datuak")
MINANG_FAM = [x for x in MINANG_FAM if x != "Datuak"]
BALI_PRE_M = ["I Made", "I Wayan", "I Nyoman", "I Ketut", "I Putu", "I Kadek", "I Komang", "I Gede",
              "I Gusti Ngurah", "Ida Bagus", "Anak Agung Gede", "Cokorda Gede", "I Gusti Made"]
BALI_PRE_F = ["Ni Luh", "Ni Made", "Ni Wayan", "Ni Nyoman", "Ni Ketut", "Ni Putu", "Ni Kadek",
              "Ni Komang", "I Gusti Ayu", "Ida Ayu", "Anak Agung Istri", "Ni Luh Putu"]
BALI_M = W("Astawa Suarjana Wirawan Sudarma Adnyana Mahendra Sukerta Parwata Artawan Budiarta Rai "
           "Dharma Yasa Sutama Arsana Darmika Jaya Wiguna Sumerta Sedana Mertayasa Kariasa")
BALI_F = W("Widiastuti Sriasih Ariani Suciati Sukmawati Purnami Murtini Sumerti Sukasih Wiryani "
           "Suartini Candrawati Puspawati Astiti Darmayanti Sekarini")
ACEH_M = W("Fadhil Mukhlis Safrizal Munawar Zulfahmi Nasruddin Irwandi Mahyuddin Fakhrurrazi Muzakir "
           "Khairul Azhari Murdani Junaidi Hasballah")
ACEH_F = W("Darmiati Nurmala Rauzah Fitriani Nurhayati Mardhatillah Ruhama Zahratul Rahmiati Khairiah "
           "Nurlaili Husna")
BUGIS_M = W("Baso Sompa Baharuddin Syamsuddin Jumardi Amiruddin Sudirman Arfah Rusdi Hasanuddin "
            "Ilyas Nasrun Syahrir Mappiare Alimuddin Haeruddin Rahmatullah Takdir")
BUGIS_F = W("Tenri Upe Hasnawati Nurhaedah Rahmatia Hasnah Sitti Hadijah Nurbaya Kasmawati Haslinda "
            "Jumriani Suryani Nurmiati Marwah")
BUGIS_FAM = W("Mappiasse Pallawa Pananrangi Tappa Lahamma Mannyala Bakri Sanusi Mattola Pabbicara "
              "Lasinrang Makkasau Pawelloi Parenrengi")
BUTON_M = W("Sahrul Rizal Hamiruddin Jufri Rasmin Amaluddin Sarifuddin Adi Musafar Ahiruddin")
BUTON_F = W("Nurhayati Marlina Sitti Hasria Nurlin Salmia Waode Haswida Rosminah")
PAPUA_M = W("Yohanis Marthen Petrus Yakobus Yosias Markus Lukas Elias Nikolas Agustinus Yulianus Benny "
            "Yance Obed Herman Onesimus Nehemia Silas Habel Sefanya")
PAPUA_F = W("Naomi Ribka Yosina Merry Dorce Elsina Martha Agustina Debora Yuliana Lidia Fransina "
            "Welmince Selfina Orpa Yemima Hana Mince")
PAPUA_FAM = W("Wenda Kogoya Tabuni Yikwa Wonda Murib Kossay Mabel Wanimbo Karoba Tebai Pigai Gobai "
              "Yeimo Degei Mote Douw Rumbiak Rumkorem Mandowen Wompere Ayomi Kambu Wamebu Sawaki "
              "Rumbekwan Krey Msen Ansaka Womsiwor Boseren Korwa Yoku Heluka Itlay Kobak")
NIAS_M = W("Yafeti Fatolosa Sozanolo Famahato Yurnius Otanius Faogöli Elisati Aroziduhu Hezekiel "
           "Sökhiatulö Yosafati Fondrara")
NIAS_F = W("Natalia Etika Fatima Nurmaini Yurlina Sarofina Herlina Kristina Dermawati Elvira Kasiani")
NIAS_FAM = W("Zebua Harefa Telaumbanua Gulö Laia Zalukhu Hulu Ndruru Lase Mendröfa Waruwu Halawa Duha "
             "Giawa Bu'ulölö Zega Daeli Nazara Lahagu Gea Hia Zai Larosa")
NTT_M = W("Yoseph Agustinus Marselinus Yohanes Fransiskus Kornelis Benediktus Aloysius Sebastianus "
          "Dominikus Yeremias Paulus Yakobus Arnoldus Hendrikus Vinsensius Lambertus")
NTT_F = W("Maria Fransiska Leonora Yasinta Theresia Magdalena Bernadeta Kristina Veronika Margaretha "
          "Yuliana Serafina Yosefina Ermelinda Agnes Wilhelmina")
NTT_FAM = W("Nahak Seran Bria Kolo Tefa Nenobais Taek Manek Tallo Ndoen Fallo Benu Tanesib Neonbasu "
            "Bere Klau Luruk Atok Nesi Bani Lake Sanam Selan Pah Tamelab Nomleni Ataupah Amalo Lona "
            "Mali Snae Oematan")
MANADO_M = W("Stevanus Ronald Frangky Jefry Meidy Hendrik Jemmy Vicky Novri Rommy Alfrets Decky Jony "
             "Sandy Ferry Olvy Billy Rivo")
MANADO_F = W("Deisy Meity Vivi Marlyn Olvie Femmy Jein Sinta Marlin Stela Grace Vanny Lenny Anneke Rini")
MANADO_FAM = W("Lumentut Wenas Rumondor Pangemanan Tumbelaka Sondakh Mandagi Runtuwene Kaunang "
               "Kawengian Rarung Supit Pelealu Tumewu Mamahit Lengkong Sumampouw Wowor Tambuwun "
               "Pinontoan Rumengan Walangitan Karundeng Lasut Moningka Tangkilisan")
AMBON_M = W("Yopie Ongky Nus Berthy Chris Johny Marthin Abraham Hengky Costan Jopie Rudy Izaak Max Dominggus")
AMBON_F = W("Elly Yanti Mercy Nelly Ani Ochy Stevi Carolina Paulina Yohana Wati Lusye Anace")
AMBON_FAM = W("Latuconsina Tuhumury Ohorella Pelupessy Sahetapy Tahapary Lekatompessy Watimena "
              "Louhenapessy Sopacua Tuanakotta Leiwakabessy Manuhutu Nanlohy Latuheru Souisa Tupamahu "
              "Siwalette Lewerissa Wattimury Rehatta Huwae Kakisina Matakena Parinussa Sapulete Tanamal")
CINA_SUR = W("Tan Lim Liem Oei Oey Go Goh The Tjoa Kwee Ong Lie Lauw Sie Tio Njoo Khoe Liauw Thio Ang Bong")
CINA_GIV = ["Kok Liang", "Siok Lan", "Swie Hong", "Hwa Ing", "Bing Hwa", "Sien Nio", "Hui Ling",
            "Giok Nio", "Tjing Hwa", "Ah Kiong", "Mei Hwa", "Lian Hoa", "Bun Seng", "Tjin Liong",
            "Siu Lan", "Kiem Nio", "Hong Tjoe", "Sin Yee", "Wei Ming", "Jun Hao", "Ah Seng", "Tek Hwie",
            "Kian Bie", "Soen Nio", "Djie Tjhong", "Lay Hoon"]
CINA_M = W("Hendra Stefanus Kevin Wilson Felix Jonathan Michael Hans Vincent Andreas Yohan Ricky Hengky "
           "Sugianto Tommy Eddy Irwan Gunadi Ferry")
CINA_F = W("Melinda Felicia Jessica Lili Vivian Cynthia Stephanie Caroline Natalia Grace Angelina Meliana "
           "Lenny Susan Yenny Wenny Fransiska Liana")
CINA_FAM = W("Wijaya Tanuwijaya Halim Gunawan Kurniadi Sutanto Santoso Salim Tanoyo Tjahjadi Wibisono "
             "Susanto Hartanto Setiadi Kusuma Lukito Widjaja Sugiharto Tandiono Limanto Chandra Hadinata "
             "Tedja Sasmita Gozali Tanujaya Winata Halimun")
BANJAR_M = W("Syahrani Jumberi Masrani Saprudin Rahmadi Juhdi Fahriannor Ridhani Fauzan Hairul Bahrani "
             "Supiani Norhadi Abdurrahim Mahlan Jailani Anshari")
BANJAR_F = W("Norhayati Mariani Rusmilawati Isnawati Norlela Hamidah Masliana Jamilah Noorjannah "
             "Aslamiah Rusdiana Fitriah Mahrita")
BETAWI_M = W("Sanusi Rojali Mursid Mansur Saipul Jaenudin Sarkawi Mamad Samsudin Sabeni Juned Mamat "
             "Sapri Bahrudin Nasir Tohir")
BETAWI_F = W("Romlah Munaroh Juleha Maesaroh Nurlela Rohaye Saodah Mardiyah Hasanah Zaenab Rokayah")

NAME_PREFIXES = {"I", "Ni", "Ida", "Anak", "Cokorda", "La", "Wa", "Andi", "Teuku", "Tengku", "Cut"}
ABBREV_FIRST = {"Muhammad": ["M.", "Muh.", "Moh."], "Ahmad": ["A.", "Ahm."], "Abdul": ["Abd.", "A."],
                "Siti": ["St."], "Sitti": ["St."], "Nur": ["N."]}

REGION_WEIGHTS = [("jawa", 14), ("sunda", 10), ("islam", 10), ("batak", 8), ("minang", 5),
                  ("bali", 5), ("aceh", 4), ("bugis", 6), ("buton", 3), ("papua", 6), ("nias", 3),
                  ("ntt", 5), ("manado", 5), ("ambon", 5), ("cina", 7), ("banjar", 4), ("betawi", 5)]

REGION_INFO = {
    "jawa": ([33, 34, 35], ["Kota Semarang", "Kab. Sleman", "Kab. Klaten", "Kota Surakarta",
                            "Kab. Bantul", "Kab. Kediri", "Kota Malang", "Kab. Banyumas", "Kab. Pati",
                            "Kab. Ngawi", "Kota Yogyakarta", "Kab. Sidoarjo"]),
    "sunda": ([32, 36], ["Kota Bandung", "Kab. Garut", "Kab. Tasikmalaya", "Kota Bogor", "Kab. Cianjur",
                         "Kab. Sumedang", "Kab. Kuningan", "Kota Cimahi", "Kab. Pandeglang", "Kab. Lebak"]),
    "islam": ([31, 32, 33, 35, 36, 16, 18], ["Kota Palembang", "Kota Bandar Lampung", "Kota Depok",
                                           "Kota Surabaya", "Kab. Bekasi", "Kota Serang", "Kab. Jember"]),
    "betawi": ([31, 32, 36], ["Jakarta Timur", "Jakarta Selatan", "Jakarta Utara", "Kota Bekasi",
                              "Kota Depok", "Kota Tangerang Selatan"]),
    "batak": ([12], ["Kota Medan", "Kab. Toba", "Kab. Tapanuli Utara", "Kota Pematangsiantar",
                     "Kab. Samosir", "Kab. Karo", "Kab. Deli Serdang"]),
    "nias": ([12], ["Kab. Nias Selatan", "Kota Gunungsitoli", "Kab. Nias Barat", "Kab. Nias"]),
    "minang": ([13], ["Kota Padang", "Kab. Agam", "Kota Bukittinggi", "Kab. Tanah Datar",
                      "Kab. Lima Puluh Kota", "Kota Payakumbuh"]),
    "aceh": ([11], ["Kota Banda Aceh", "Kab. Aceh Besar", "Kab. Pidie", "Kota Lhokseumawe", "Kab. Bireuen"]),
    "bali": ([51], ["Kab. Gianyar", "Kota Denpasar", "Kab. Tabanan", "Kab. Buleleng", "Kab. Karangasem",
                    "Kab. Badung"]),
    "bugis": ([73], ["Kota Makassar", "Kab. Bone", "Kab. Wajo", "Kota Parepare", "Kab. Gowa",
                     "Kab. Sidenreng Rappang"]),
    "buton": ([74], ["Kota Baubau", "Kab. Buton", "Kab. Muna", "Kota Kendari"]),
    "manado": ([71], ["Kota Manado", "Kab. Minahasa", "Kota Tomohon", "Kota Bitung", "Kab. Minahasa Utara"]),
    "ambon": ([81], ["Kota Ambon", "Kab. Maluku Tengah", "Kota Tual", "Kab. Seram Bagian Barat"]),
    "papua": ([91, 92, 94, 95], ["Kota Jayapura", "Kab. Jayawijaya", "Kab. Biak Numfor", "Kab. Nabire",
                                "Kota Sorong", "Kab. Manokwari", "Kab. Merauke"]),
    "ntt": ([53], ["Kota Kupang", "Kab. Belu", "Kab. Timor Tengah Selatan", "Kab. Timor Tengah Utara",
                   "Kab. Malaka", "Kab. Sikka"]),
    "cina": ([31, 12, 61, 35, 32], ["Jakarta Barat", "Kota Medan", "Kota Pontianak", "Kota Singkawang",
                                    "Kota Surabaya", "Kota Bandung"]),
    "banjar": ([63], ["Kota Banjarmasin", "Kab. Banjar", "Kota Banjarbaru", "Kab. Hulu Sungai Utara"]),
}

# regional honorifics / kinship terms: outside the PERSON span (decision, see README)
REG_HON = {
    "jawa": (["Mas ", "Mbah ", "Pak ", "Lik "], ["Mbak ", "Mbah ", "Bu ", "Yu "]),
    "sunda": (["Kang ", "Aa ", "Mang "], ["Teh ", "Ceu ", "Bi "]),
    "islam": (["Pak ", "Ustaz ", "Bang "], ["Bu ", "Ustazah ", "Kak "]),
    "betawi": (["Bang ", "Babe ", "Encang "], ["Mpok ", "Nyak ", "Encing "]),
    "batak": (["Amang ", "Lae ", "Bang "], ["Inang ", "Ito ", "Kak "]),
    "nias": (["Pak ", "Om "], ["Bu ", "Tante "]),
    "minang": (["Uda ", "Pak "], ["Uni ", "Etek "]),
    "aceh": (["Bang ", "Pak "], ["Kak ", "Bu "]),
    "bali": (["Bli ", "Pak "], ["Mbok ", "Bu "]),
    "bugis": (["Daeng ", "Puang "], ["Daeng ", "Puang "]),
    "buton": (["Pak ", "Om "], ["Bu ", "Tante "]),
    "manado": (["Om ", "Ko ", "Nyong "], ["Tante ", "Nona ", "Ci "]),
    "ambon": (["Bung ", "Om "], ["Usi ", "Tanta ", "Nona "]),
    "papua": (["Bapa ", "Kaka ", "Pace "], ["Mama ", "Kaka ", "Mace "]),
    "ntt": (["Bapa ", "Om ", "Kaka "], ["Mama ", "Tanta ", "Kaka "]),
    "cina": (["Koh ", "Engkoh ", "Ko "], ["Ci ", "Cik ", "Cici "]),
    "banjar": (["Julak ", "Pak "], ["Acil ", "Bu "]),
}


def _islamic(f):
    return ch(ISLAM_F if f else ISLAM_M)


def make_name(region, sex):
    """returns (full name, call name)"""
    f = sex == "F"
    r = R.random()
    if region == "jawa":
        g = ch(JAWA_F if f else JAWA_M)
        if r < 0.45:
            return g, g
        if r < 0.75:
            pre = ch(JAWA_PRE_F if f else JAWA_PRE_M)
            return f"{pre} {g}", g
        fam = ch(JAWA_FAM)
        return f"{g} {fam}", g
    if region == "sunda":
        g = ch(SUNDA_F if f else SUNDA_M)
        if r < 0.3:
            return g, g
        if r < 0.5:
            return f"{g} {_islamic(f)}", g
        return f"{g} {ch(SUNDA_FAM)}", g
    if region == "islam":
        g = _islamic(f)
        if r < 0.15:
            g2 = ch(ISLAM_M)
            while g2 in ("Abdul", "Nur"):
                g2 = ch(ISLAM_M)
            return f"{g} {'binti' if f else 'bin'} {g2}", g
        if r < 0.5:
            g2 = ch(MODERN_F if f else MODERN_M)
            return f"{g} {g2} {ch(ISLAM_FAM)}", g2
        if r < 0.75:
            if g in ("Abdul",):
                g = g + " " + ch(["Rahman", "Karim", "Aziz", "Malik", "Gani", "Wahab"])
            return f"{g} {ch(ISLAM_FAM)}", g.split()[0]
        g2 = ch(MODERN_F if f else MODERN_M)
        return f"{g2} {ch(ISLAM_FAM + SUNDA_FAM)}", g2
    if region == "betawi":
        g = ch(BETAWI_F if f else BETAWI_M)
        if r < 0.4:
            return g, g
        if r < 0.7:
            return f"{g} {'binti' if f else 'bin'} {ch(BETAWI_M)}", g
        return f"{g} {ch(ISLAM_FAM)}", g
    if region == "batak":
        g = ch(BATAK_F if f else BATAK_M)
        m = ch(BATAK_FAM)
        if f and r < 0.5:
            return f"{g} {ch(['br.', 'br', 'boru', 'Br.'])} {m}", g
        if r < 0.2:
            g = f"{g} {ch(['Parulian', 'Tua', 'Maruba', 'Hasiholan', 'Lestari', 'Uli'])}"
        return f"{g} {m}", (m if (not f and chance(0.5)) else g.split()[0])
    if region == "nias":
        g = ch(NIAS_F if f else NIAS_M)
        return f"{g} {ch(NIAS_FAM)}", g
    if region == "minang":
        g = ch(MINANG_F if f else MINANG_M)
        if r < 0.35:
            return g, g
        if r < 0.65:
            return f"{_islamic(f)} {g}", g
        return f"{g} {ch(MINANG_FAM)}", g
    if region == "aceh":
        g = ch(ACEH_F if f else ACEH_M)
        pre = ch(["Cut "] if f else ["Teuku ", "Tengku "]) if r < 0.35 else ""
        if chance(0.5):
            return f"{pre}{_islamic(f)} {g}", g
        return f"{pre}{g}", g
    if region == "bali":
        pre = ch(BALI_PRE_F if f else BALI_PRE_M)
        g = ch(BALI_F if f else BALI_M)
        if chance(0.35):
            g2 = ch(BALI_F if f else BALI_M)
            if g2 != g:
                g = f"{g} {g2}"
        call = pre.split()[-1] if pre.split()[-1] in ("Made", "Wayan", "Nyoman", "Ketut", "Putu", "Kadek",
                                                       "Komang", "Gede") and chance(0.5) else g.split()[0]
        return f"{pre} {g}", call
    if region == "bugis":
        g = ch(BUGIS_F if f else BUGIS_M)
        if f and g in ("Hasnah", "Hadijah", "Rahmatia") and chance(0.6):
            g = ch(["St.", "Sitti"]) + " " + g
        if not f and chance(0.3):
            g = ch(["Muh.", "Abd.", "Muhammad"]) + " " + g
        if r < 0.35:
            return f"Andi {g}", g.split()[-1]
        if r < 0.6:
            return g, g.split()[-1]
        return f"{g} {ch(BUGIS_FAM)}", g.split()[-1]
    if region == "buton":
        g = ch(BUTON_F if f else BUTON_M)
        if not f and chance(0.3):
            g = "Muh. " + g
        pre = "Wa Ode" if f else "La Ode"
        return f"{pre} {g}", g.split()[-1]
    if region == "papua":
        g = ch(PAPUA_F if f else PAPUA_M)
        return f"{g} {ch(PAPUA_FAM)}", g
    if region == "ntt":
        g = ch(NTT_F if f else NTT_M)
        if chance(0.25):
            g2 = ch(NTT_F if f else NTT_M)
            if g2 != g:
                g = f"{g} {g2}"
        return f"{g} {ch(NTT_FAM)}", g.split()[0]
    if region == "manado":
        g = ch(MANADO_F if f else MANADO_M)
        return f"{g} {ch(MANADO_FAM)}", g
    if region == "ambon":
        g = ch(AMBON_F if f else AMBON_M)
        return f"{g} {ch(AMBON_FAM)}", g
    if region == "cina":
        if r < 0.45:
            sur = ch(CINA_SUR)
            giv = ch(CINA_GIV)
            return f"{sur} {giv}", giv
        g = ch(CINA_F if f else CINA_M)
        return f"{g} {ch(CINA_FAM)}", g
    if region == "banjar":
        g = ch(BANJAR_F if f else BANJAR_M)
        if r < 0.4:
            return g, g
        if r < 0.7:
            return f"{_islamic(f)} {g}", g
        return f"{g} {ch(BANJAR_M)}", g
    raise ValueError(region)


def initials_form(name):
    """'Muhammad Rizky Saputra' -> 'M. Rizky S.' etc.; None when not applicable"""
    ws = name.split()
    if len(ws) < 2 or any(w in ("bin", "binti", "br.", "br", "boru", "Br.") for w in ws):
        return None
    if any(w.endswith(".") for w in ws):
        return None
    if ws[0] in NAME_PREFIXES or ws[0] in CINA_SUR:
        return None
    first = ABBREV_FIRST.get(ws[0], [ws[0][0] + "."])
    opts = []
    if len(ws) >= 3:
        opts.append(" ".join([ch(first)] + ws[1:-1] + [ws[-1][0] + "."]))
    opts.append(" ".join([ch(first)] + ws[1:]))
    opts.append(" ".join(ws[:-1] + [ws[-1][0] + "."]))
    return ch(opts)


MONTHS = W("Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember")
MON3 = W("Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des")
DAYS = W("Senin Selasa Rabu Kamis Jumat Sabtu Minggu")
DAYS3 = W("Sen Sel Rab Kam Jum Sab Min")


class Person:
    def __init__(self, region=None, sex=None, age=(19, 78)):
        if region is None:
            names, weights = zip(*REGION_WEIGHTS)
            region = R.choices(names, weights)[0]
        self.region = region
        self.sex = sex or ch("MF")
        self.name, self.call = make_name(region, self.sex)
        yr = 2024 - R.randint(*age)
        self.dob = date(yr, R.randint(1, 12), R.randint(1, 28))
        provs, cities = REGION_INFO[region]
        self.prov = ch(provs)
        self.kab = ch([R.randint(1, 26), R.randint(1, 12), R.randint(71, 79)])
        self.kec = R.randint(1, 32)
        self.city = ch(cities)
        self._nik = None
        self._phone = None
        self._email = None
        self._handle = None
        self._nip = None

    # -- names ------------------------------------------------------------------------
    def honor(self, regional=0.0):
        if chance(regional):
            return ch(REG_HON[self.region][1 if self.sex == "F" else 0])
        if self.sex == "M":
            return ch(["Pak ", "Bapak ", "Bpk. ", "Sdr. ", "Pak ", "Bapak "])
        return ch(["Bu ", "Ibu ", "Sdri. ", "Ibu ", "Bu "])

    def form(self, kind=None):
        """a written form of the name (the PERSON value)"""
        if kind in (None, "full") and "'" in self.name and chance(0.3):
            kind = "curly"
        kind = kind or ch(["full"] * 6 + ["call"] * 2 + ["init", "upper"])
        if kind == "init":
            v = initials_form(self.name)
            return v or self.name
        if kind == "call":
            return self.call
        if kind == "upper":
            return self.name.upper()
        if kind == "lower":
            return self.name.lower()
        if kind == "curly":
            return self.name.replace("'", "\u2019")
        if kind == "plain":   # speech-to-text: no dots, no apostrophes, lower case
            v = self.name.lower().replace("'", "").replace("\u2019", "").replace(".", "")
            return re.sub(r"\s+", " ", v).strip()
        return self.name

    # -- numbers --------------------------------------------------------------------------
    def nik_digits(self):
        if self._nik is None:
            dd = self.dob.day + (40 if self.sex == "F" else 0)
            self._nik = (f"{self.prov:02d}{self.kab:02d}{self.kec:02d}{dd:02d}{self.dob.month:02d}"
                         f"{self.dob.year % 100:02d}{R.randint(1, 180):04d}")
        return self._nik

    def region6(self):
        return self.nik_digits()[:6]

    def phone(self):
        if self._phone is None:
            self._phone = mobile_digits()
        return self._phone

    def email(self):
        if self._email is None:
            self._email = make_email(self)
        return self._email

    def handle(self, ig=False):
        if self._handle is None:
            self._handle = make_handle(self, ig)
        return self._handle

    def nip_digits(self):
        if self._nip is None:
            by = self.dob.year
            ty = min(2023, by + R.randint(22, 34))
            tm = ch([1, 2, 3, 4, 12]) if chance(0.7) else R.randint(1, 12)
            sx = "2" if self.sex == "F" else "1"
            self._nip = f"{self.dob:%Y%m%d}{ty}{tm:02d}{sx}{R.randint(1, 9):03d}"
        return self._nip


def ascii_name(s):
    s = s.lower().replace("ö", "o").replace("'", "").replace("\u2019", "").replace(".", "")
    return re.sub(r"[^a-z ]", "", s).split()


def make_email(p):
    ws = [w for w in ascii_name(p.name) if w not in ("bin", "binti", "br", "boru", "i", "ni", "la", "wa", "ode")]
    if not ws:
        ws = ["warga"]
    a = ws[0]
    b = ws[-1] if len(ws) > 1 else ""
    yy = f"{p.dob.year % 100:02d}"
    opts = [f"{a}.{b}" if b else a, f"{a}{b}{yy}", f"{a}_{b}" if b else f"{a}_{yy}", f"{b or a}.{a[0]}",
            f"{a}{R.randint(1, 999)}", f"{a[0]}{b or a}{p.dob.year}", f"{a}.{b}{R.randint(10, 99)}" if b else f"{a}{yy}"]
    local = ch(opts)
    dom = ch(["gmail.com"] * 6 + ["yahoo.com", "yahoo.co.id", "ymail.com", "outlook.com", "hotmail.com",
                                  "icloud.com", "rocketmail.com", "proton.me", "outlook.co.id"])
    return f"{local}@{dom}"


def make_handle(p, ig=False):
    ws = [w for w in ascii_name(p.name) if w not in ("bin", "binti", "br", "boru", "i", "ni", "la", "wa", "ode")]
    if not ws:
        ws = ["warga"]
    a = ws[0]
    b = ws[-1] if len(ws) > 1 else ""
    sep = ch(["_", "", "."] if ig else ["_", ""])
    opts = [f"{a}{sep}{b}" if b else f"{a}{R.randint(10, 99)}", f"{a}{R.randint(1, 99)}",
            f"{b or a}{sep}{a[:3]}", f"its{a}", f"{a}{sep}{p.dob.year % 100:02d}", f"real{a}{b[:2]}",
            f"{a}{sep}{ch(['official', 'id', 'jkt', 'mks', 'sby', 'mdn', 'art', 'gaming'])}"]
    h = ch(opts).strip("._")
    return "@" + h[:15 if not ig else 28]


# ----------------------------------------------------------------------------------------
# Number formats (GUIDE.md section 2)
# ----------------------------------------------------------------------------------------
MOBILE_PREFIX = (["0811", "0812", "0813", "0821", "0822", "0823", "0851", "0852", "0853"] * 2 +
                 ["0814", "0815", "0816", "0855", "0856", "0857", "0858", "0817", "0818", "0819",
                  "0859", "0877", "0878", "0831", "0832", "0833", "0838", "0895", "0896", "0897",
                  "0898", "0899", "0881", "0882", "0883", "0887", "0888", "0889"])
AREA = [("021", 8), ("021", 7), ("022", 7), ("024", 7), ("031", 7), ("0274", 6), ("0361", 6),
        ("0411", 6), ("061", 7), ("0711", 6), ("0341", 6), ("0751", 6), ("0761", 6), ("0431", 6),
        ("0911", 6), ("0967", 6), ("0370", 6), ("0380", 6), ("0511", 7), ("0541", 6), ("0561", 6),
        ("0651", 6), ("0401", 6), ("0251", 7)]


def mobile_digits():
    pre = ch(MOBILE_PREFIX)
    return pre + dig(R.choice([7, 8, 8, 8, 9]))


def fmt_mobile(d, form=None):
    """d: 11-13 digits starting 08"""
    rest = d[1:]  # without leading 0
    form = form or ch(["plain", "plain", "dash", "space", "dot", "p62dash", "p62", "62", "paren",
                       "space343", "dash", "space"])
    if form == "space343" and len(d) != 12:
        form = "space"
    tail = d[4:]
    k = {7: 3, 8: 4, 9: 4}[len(tail)]
    if form == "plain":
        return d
    if form == "dash":
        return f"{d[:4]}-{tail[:k]}-{tail[k:]}"
    if form == "space":
        return f"{d[:4]} {tail[:k]} {tail[k:]}"
    if form == "dot":
        return f"{d[:4]}.{tail[:k]}.{tail[k:]}"
    r2 = rest[3:]
    k2 = {7: 3, 8: 4, 9: 4}[len(r2)]
    if form == "p62dash":
        return f"+62 {rest[:3]}-{r2[:k2]}-{r2[k2:]}"
    if form == "p62":
        return f"+62{rest}"
    if form == "62":
        return f"62{rest}"
    if form == "paren":
        return f"(+62) {rest[:3]} {r2[:k2]} {r2[k2:]}"
    if form == "space343":
        return f"{d[:4]} {tail[:3]} {tail[3:6]} {tail[6:]}"
    raise ValueError(form)


def phone(p=None, form=None):
    d = p.phone() if p else mobile_digits()
    return fmt_mobile(d, form)


def landline():
    code, n = ch(AREA)
    num = str(R.randint(2, 8)) + dig(n - 1)
    f = ch(["paren", "paren_dash", "dash", "paren"])
    if f == "paren":
        return f"({code}) {num}"
    if f == "paren_dash":
        return f"({code}) {num[:3]}-{num[3:]}"
    return f"{code}-{num}"


def foreign_phone():
    return ch([f"+886 9{dig(2)} {dig(3)} {dig(3)}", f"+60 1{R.randint(1, 9)}-{dig(3)} {dig(4)}",
               f"+852 {ch('569')}{dig(3)} {dig(4)}", f"+966 5{R.randint(0, 9)} {dig(3)} {dig(4)}"])


def fmt16(s, form=None):
    form = form or ch(["plain"] * 5 + ["space", "dash", "dot"])
    if form == "plain":
        return s
    if form == "space":
        return " ".join(s[i:i + 4] for i in range(0, 16, 4))
    if form == "dash":
        return "-".join(s[i:i + 4] for i in range(0, 16, 4))
    if form == "dot":
        return f"{s[:2]}.{s[2:4]}.{s[4:6]}.{s[6:12]}.{s[12:]}"
    raise ValueError(form)


def nik(p, form=None, typo=False):
    s = p.nik_digits()
    if typo:
        i = R.randint(6, 15)
        s = s[:i] + s[i + 1:] if chance(0.5) else s[:i] + s[i] + s[i:]
        return s
    return fmt16(s, form)


def kk(p, form=None):
    y = R.randint(2008, 2023)
    s = f"{p.region6()}{R.randint(1, 28):02d}{R.randint(1, 12):02d}{y % 100:02d}{R.randint(1, 9999):04d}"
    return fmt16(s, form)


def npwp(p=None, form=None):
    form = form or ch(["old", "old", "old", "plain15", "zero16", "nik16"])
    if form == "nik16":
        return (p.nik_digits() if p else Person().nik_digits())
    base = f"{R.randint(4, 9):02d}{dig(6)}{R.randint(0, 9)}{R.randint(401, 999)}000"
    if form == "old":
        return f"{base[:2]}.{base[2:5]}.{base[5:8]}.{base[8]}-{base[9:12]}.{base[12:]}"
    if form == "plain15":
        return base
    return "0" + base


def plate(form=None):
    reg = ch(["B"] * 6 + ["D", "F", "T", "E", "Z", "A", "AB", "AD", "AA", "AE", "AG", "G", "H", "K",
                          "R", "L", "M", "N", "P", "S", "W", "DK", "DR", "EA", "DH", "EB", "BK", "BB",
                          "BA", "BM", "BH", "BG", "BN", "BE", "BL", "DA", "KT", "KB", "KH", "DB", "DL",
                          "DM", "DN", "DT", "DD", "DE", "DS", "PA", "PB"])
    num = str(R.randint(1, 9999)) if chance(0.8) else str(R.randint(1, 999))
    suf = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(R.choice([1, 2, 2, 3, 3])))
    form = form or ch(["space"] * 6 + ["tight", "dash", "lower"])
    if form == "space":
        return f"{reg} {num} {suf}"
    if form == "tight":
        return f"{reg}{num}{suf}"
    if form == "dash":
        return f"{reg}-{num}-{suf}"
    return f"{reg} {num} {suf}".lower()


BANKS10 = ["BCA", "BNI", "BSI", "Bank Jateng", "Bank DKI", "Bank Nagari", "Bank Kalbar", "Bank Sumut",
           "Bank Papua", "Bank NTT", "Bank Sulselbar", "Bank Kalsel", "Bank Aceh Syariah", "Bank BPD Bali",
           "Bank SulutGo", "Bank Maluku Malut"]


def bank_account(bank=None):
    bank = bank or ch(["BRI"] * 4 + ["BCA", "BNI", "Mandiri", "BSI"] * 2 + ["BTN", "CIMB Niaga", ch(BANKS10[3:]), ch(BANKS10[3:])])
    if bank == "BRI":
        d = dig(15)
        v = f"{d[:4]}-{d[4:6]}-{d[6:12]}-{d[12:14]}-{d[14]}" if chance(0.6) else d
    elif bank == "Mandiri":
        d = dig(13)
        v = f"{d[:3]}-{d[3:5]}-{d[5:12]}-{d[12]}" if chance(0.5) else d
    elif bank == "CIMB Niaga":
        v = dig(ch([13, 14]))
    elif bank == "BTN":
        v = dig(16)
        if chance(0.3):
            v = f"{v[:4]} {v[4:8]} {v[8:12]} {v[12:]}"
    else:
        v = dig(10)
        if chance(0.2):
            v = f"{v[:3]}-{v[3:6]}-{v[6:]}"
    return bank, v


def passport(form=None):
    v = ch("ABCCCEXX") + dig(7)
    if form == "space" or (form is None and chance(0.2)):
        return v[0] + " " + v[1:]
    return v


def bpjs(form=None):
    v = "000" + dig(10)
    form = form or ch(["plain", "plain", "group"])
    if form == "group":
        return f"{v[:4]} {v[4:8]} {v[8:12]} {v[12]}"
    return v


def nip(p, form=None):
    s = p.nip_digits()
    form = form or ch(["space", "space", "plain"])
    if form == "space":
        return f"{s[:8]} {s[8:14]} {s[14]} {s[15:]}"
    return s


def dob(p, form=None):
    d = p.dob
    form = form or ch(["long", "dash", "slash", "mon3", "dot", "iso", "long", "dash"])
    if form == "long":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if chance(0.6) else f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"
    if form == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if form == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if form == "mon3":
        return f"{d.day} {MON3[d.month - 1]} {d.year}"
    if form == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if form == "iso":
        return f"{d.year}-{d.month:02d}-{d.day:02d}"
    if form == "lower":
        return f"{d.day} {MONTHS[d.month - 1].lower()} {d.year}"
    raise ValueError(form)


# spoken numbers (speech-to-text style) --------------------------------------------------
ONES = W("nol satu dua tiga empat lima enam tujuh delapan sembilan")


def say99(n):
    if n < 10:
        return ONES[n]
    if n == 10:
        return "sepuluh"
    if n == 11:
        return "sebelas"
    if n < 20:
        return f"{ONES[n - 10]} belas"
    t, u = divmod(n, 10)
    return f"{ONES[t]} puluh" + (f" {ONES[u]}" if u else "")


def say_year(y):
    if y >= 2000:
        r = y - 2000
        return "dua ribu" + (f" {say99(r)}" if r else "")
    if chance(0.5):
        return f"sembilan belas {say99(y - 1900)}" if y - 1900 >= 10 else f"sembilan belas nol {ONES[y - 1900]}"
    r = y - 1900
    return "seribu sembilan ratus" + (f" {say99(r)}" if r else "")


def spoken_digits(s, pairs=0.25, mixed=0):
    """digit string -> words; `mixed` leading digits are kept as numerals"""
    zero = ch(["nol", "nol", "kosong"])
    words = []
    i = 0
    if mixed:
        words.append(s[:mixed])
        i = mixed
    while i < len(s):
        if s[i] != "0" and i + 1 < len(s) and chance(pairs):
            words.append(say99(int(s[i:i + 2])))
            i += 2
        else:
            words.append(zero if s[i] == "0" else ONES[int(s[i])])
            i += 1
    return " ".join(words)


def spoken_dob(p):
    d = p.dob
    if chance(0.35):
        return f"{d.day} {MONTHS[d.month - 1].lower()} {d.year}"
    return f"{say99(d.day)} {MONTHS[d.month - 1].lower()} {say_year(d.year)}"


# ----------------------------------------------------------------------------------------
# Addresses (house level, GUIDE.md section 2 ADDRESS) and area-level tails
# ----------------------------------------------------------------------------------------
STREETS = W("Kenanga|Mawar|Melati|Flamboyan|Cempaka|Anggrek|Dahlia|Kamboja|Nusa Indah|Bougenville|"
            "Teratai|Kemuning|Nangka|Durian|Mangga|Rambutan|Jambu|Salak|Sawo|Merpati|Cendrawasih|"
            "Kutilang|Rajawali|Elang|Perintis|Pelita|Damai|Sejahtera|Harapan|Bahagia|Swadaya|"
            "Gotong Royong|Mekar Sari|Kenari|Cemara|Beringin|Asem|Sukun|Belimbing|Delima|Seroja|Nuri|"
            "Jalak|Parkit|Perkutut|Bangau|Sukasari|Cibeureum|Raya Lembang|Kebon Jeruk|Pasar Lama|"
            "Lingkar Timur|Poros Desa|Tanjung|Karya Bakti|Bhakti|Sentosa|Cipta Karya|Margonda Lama")
GANGS = W("Mawar III|Buntu|Masjid|Melati II|Kelinci|Sawo 2|Rukun|Haji Naim|H. Mursid|Langgar|Lurah|"
          "Sepakat|Family|Mushola|Damai IV|Swadaya 1|Kenari Ujung|Pinang|Nangka Dalam|Sumur Batu")
COMPLEX = W("Griya Asri|Bumi Permai|Taman Sari Indah|Villa Mutiara|Graha Cendana|Puri Harmoni|"
            "Bukit Hijau Residence|Griya Bina Sejahtera|Mutiara Hijau|Permata Regency|Bumi Cahaya Lestari|"
            "Taman Kencana|Pondok Permai|Griya Tamansari|Citra Lestari|Pesona Alam Hijau|Nusa Harapan Permai|"
            "Graha Indah|Bumi Kencana Asri|Pandanwangi Residence")
HAMLETS = W("Krajan|Kauman|Ngasem|Sumberejo|Karangtengah|Cisalak|Sukamulya|Tegalsari|Ngemplak|Jetis|"
            "Karanganyar|Sidorejo|Wonosari|Kedungrejo|Ngaglik|Bendungan|Plosorejo|Cikoneng")
KAMPUNG_PAPUA = ["Yoka", "Harapan", "Ayapo", "Nendali", "Waena Lama", "Skouw Mabo", "Wosi Dalam"]
KAMPUNG = W("Cibeureum|Pulo|Rawa Bebek|Kebon Kelapa|Cipete Ilir|Babakan|Pasir Honje|Sindangsari|Kebon Pala|"
            "Pangkalan|Cijambe|Bojong Loa")
JORONG = W("Koto Tuo|Padang Laweh|Balai Gurah|Sungai Pua Ateh|Kapalo Koto|Ladang Laweh|Koto Panjang")
LINGK = W("Karang Baru|Pagesangan|Kebon Jaya|Taman Sari|Lingkungan III Bakti|Sumber Rejeki|Kampung Bugis")
BANJAR = W("Tegal Kaja|Kelod Kauh|Dinas Pande|Tengah Kangin|Dauh Puri|Sakah|Peliatan Kaja")
LORONG = W("Lr. Sepakat|Lr. Mesjid|Lr. Pendidikan|Lr. Keluarga|Lr. Amal|Lr. Perjuangan|Lr. Bunga")
APT = W("Taman Permata|Grand Serenity|Puri Cempaka|Bintaro Sky|Mediterania Hijau|Cahaya Sentosa|Green Pramuka Asri")
RUSUN = W("Pesanggrahan Indah|Cakung Barat|Jatinegara Baru|Tambora Asri|Penjaringan Permai|Pulo Gebang Asri")
HERO_ROADS = ["Jl. Jend. Sudirman", "Jl. Diponegoro", "Jl. Teuku Umar", "Jl. Ahmad Yani", "Jl. A. Yani",
              "Jl. Gatot Subroto", "Jl. Imam Bonjol", "Jl. Pattimura", "Jl. Sam Ratulangi",
              "Jl. Cut Nyak Dien", "Jl. R.A. Kartini", "Jl. Sultan Hasanuddin", "Jl. Pangeran Antasari",
              "Jl. Ir. H. Juanda", "Jl. M.H. Thamrin", "Jl. Sisingamangaraja", "Jl. Dr. Wahidin Sudirohusodo",
              "Jl. HOS Cokroaminoto", "Jl. Ki Hajar Dewantara", "Jl. Dewi Sartika", "Jl. Slamet Riyadi",
              "Jl. Urip Sumoharjo", "Jl. Tuanku Tambusai", "Jl. Frans Kaisiepo",
              "Jl. Martha Christina Tiahahu", "Jl. I Gusti Ngurah Rai", "Jl. W.R. Supratman",
              "Jl. Gajah Mada", "Jl. Hayam Wuruk", "Jl. Pangeran Diponegoro", "Jl. Letjen S. Parman",
              "Jl. Mayjen Sungkono", "Jl. Kolonel Sugiono", "Jl. Dr. Soetomo", "Jl. Yos Sudarso"]
HOSPITALS = ["RSUD dr. Soetomo", "RSUP Dr. Sardjito", "RSUD Dr. Moewardi", "RSUD dr. Zainoel Abidin",
             "RSUP H. Adam Malik", "RSUPN Dr. Cipto Mangunkusumo", "RSUD Dr. Saiful Anwar",
             "RSUP Prof. Dr. R.D. Kandou", "RSUD Ulin", "RSUD dr. Iskak", "RSUD Dr. H. Abdul Moeloek",
             "RSUP Dr. M. Djamil", "RSUD Prof. Dr. W.Z. Johannes", "RSUD dr. Soedarso", "RSUP Dr. Wahidin Sudirohusodo",
             "RSUD Dr. M. Haulussy", "RSUD Dok II Jayapura", "RS Bhayangkara Tk. II"]
AIRPORTS = ["Bandara Soekarno-Hatta", "Bandara Sultan Hasanuddin", "Bandara I Gusti Ngurah Rai",
            "Bandara Juanda", "Bandara Adi Soemarmo", "Bandara Sam Ratulangi", "Bandara Sentani",
            "Bandara Kualanamu", "Bandara Internasional Minangkabau", "Bandara El Tari", "Bandara Pattimura"]
WORSHIP = ["Masjid Al-Ikhlas", "Masjid Jami' Nurul Huda", "Masjid Raya Baiturrahman", "Gereja GMIM Bukit Moria",
           "Pura Dalem Kahyangan", "Vihara Dharma Bhakti", "GPIB Immanuel", "Musala Al-Hidayah",
           "Gereja Katolik Santo Yoseph", "Masjid At-Taqwa", "Gereja HKBP Resort Sipoholon", "Klenteng Hok Tek Bio"]
KELS = W("Sukamaju|Sukajadi|Mekarsari|Sidomulyo|Tegalrejo|Sumbersari|Wonorejo|Margahayu|Kebonsari|"
         "Sindangsari|Rejosari|Purwosari|Karangrejo|Sukarame|Tanjung Harapan|Pasirjati|Cibabat|Kalibaru|"
         "Rawasari|Bojongsari|Tamanan|Pandean|Gedongkiwo|Kotabaru|Lamteh|Paya Bujok|Tuminting|Ranotana|"
         "Waiheru|Batu Merah|Entrop|Waena|Oebobo|Naikoten|Sesetan|Panjer|Kuripan|Pemurus|Teluk Dalam|"
         "Pasar Baru|Ujung Pandang Baru|Lolowau|Kampung Melayu|Air Tawar Barat|Bukit Tunggul")
KECS = W("Sukasari|Ngaliyan|Mlati|Depok|Kartasura|Tembalang|Cibeunying Kidul|Medan Johor|Pauh|Kuta Alam|"
         "Tamalate|Baubau Barat|Wenang|Sirimau|Abepura|Kelapa Lima|Denpasar Selatan|Banjarmasin Utara|"
         "Ciracas|Cakung|Pondok Aren|Sawangan|Padang Utara|Syiah Kuala|Gunungsitoli Idanoi|Atambua Selatan|"
         "Lowokwaru|Rungkut|Kebayoran Lama|Biringkanaya|Mariso|Ngampilan")


def rtrw():
    rt, rw = R.randint(1, 15), R.randint(1, 12)
    return ch([f"RT {rt:02d}/RW {rw:02d}", f"RT {rt:03d} RW {rw:03d}", f"RT.{rt:02d}/RW.{rw:02d}",
               f"RT {rt} RW {rw}", f"Rt {rt:02d}/Rw {rw:02d}", f"RT{rt:02d}/{rw:02d}", f"RT/RW {rt:03d}/{rw:03d}",
               f"rt {rt} rw {rw}", f"RT {rt:02d} / RW {rw:02d}", f"RT. {rt:03d} RW. {rw:03d}", f"RT {rt:02d}/{rw:02d}"])


def house_no():
    return ch([str(R.randint(1, 150)), str(R.randint(1, 60)), f"{R.randint(1, 99)}A", f"{R.randint(1, 40)}B",
               f"{R.randint(1, 30)}/{R.randint(1, 9)}"])


ADDR_KINDS = {
    "jawa": ["jl", "jlgg", "gg", "perum", "dusun", "dusun", "btn", "hero"],
    "sunda": ["jl", "gg", "perum", "kp", "kp", "komp", "dusun"],
    "betawi": ["jl", "gg", "kp", "apt", "rusun", "komp", "jlgg"],
    "islam": ["jl", "jlgg", "gg", "perum", "komp", "apt", "hero", "kav"],
    "cina": ["jl", "komp", "apt", "perum", "kav", "hero", "jlgg"],
    "batak": ["jl", "gg", "lingk", "perum", "hero"],
    "nias": ["jl", "lingk", "dusun", "hero"],
    "minang": ["jl", "jorong", "jorong", "komp", "perum"],
    "aceh": ["jl", "lr", "lr", "dusun", "komp"],
    "bali": ["jl", "banjar", "banjar", "gg", "perum"],
    "bugis": ["jl", "lr", "btn", "btn", "perum", "lingk"],
    "buton": ["jl", "lr", "btn", "lingk"],
    "manado": ["jl", "lingk", "perum", "hero"],
    "ambon": ["jl", "lingk", "perum", "hero"],
    "papua": ["jl", "btn", "perum", "kp", "hero"],
    "ntt": ["jl", "btn", "perum", "dusun", "lingk"],
    "banjar": ["jl", "gg", "komp", "perum", "jlgg"],
}


def split_line(v, indent=""):
    """a value wrapped onto the next line (the line break stays inside the span)"""
    for sep in (" No. ", " RT", " Rt", " rt", " Blok ", " Unit ", " Gg. "):
        i = v.find(sep, 3)
        if i > 0:
            return v[:i] + "\n" + indent + v[i + 1:]
    return v


def addr(kind=None, p=None):
    if kind is None and p is not None:
        kind = ch(ADDR_KINDS[p.region])
    k = kind or ch(["jl", "jl", "jlgg", "gg", "perum", "komp", "btn", "kav", "dusun", "kp", "jorong",
                    "lingk", "banjar", "lr", "apt", "rusun", "hero", "jl", "perum", "dusun"])
    n = house_no()
    L = ch("ABCDEFGHJK")
    tail = (", " + rtrw()) if chance(0.35) else ((" " + rtrw()) if chance(0.3) else "")
    if k == "jl":
        return f"{ch(['Jl.', 'Jln.', 'Jalan', 'Jl'])} {ch(STREETS)} No. {n}{tail}"
    if k == "jlgg":
        return f"{ch(['Jl.', 'Jln.'])} {ch(STREETS)} Gg. {ch(GANGS)} No. {n}{tail}"
    if k == "gg":
        return f"Gg. {ch(GANGS)} No. {n}, {rtrw()}"
    if k == "perum":
        return f"{ch(['Perum', 'Perum.', 'Perumahan'])} {ch(COMPLEX)} Blok {L}{R.randint(1, 12)} No. {R.randint(1, 40)}"
    if k == "komp":
        return f"{ch(['Komp.', 'Komplek', 'Kompleks'])} {ch(COMPLEX)} Blok {L} No. {R.randint(1, 60)}{tail}"
    if k == "btn":
        return f"BTN {ch(COMPLEX)} Blok {L}{R.randint(1, 9)} No. {R.randint(1, 30)}"
    if k == "kav":
        return f"Perum {ch(COMPLEX)} Kavling {L}-{R.randint(1, 60)}"
    if k == "dusun":
        return f"{ch(['Dusun', 'Dsn.', 'Dusun'])} {ch(HAMLETS)} {rtrw()}"
    if k == "kp":
        pool = KAMPUNG_PAPUA if (p is not None and p.region == "papua") else KAMPUNG
        return f"{ch(['Kp.', 'Kampung', 'Kp'])} {ch(pool)} {rtrw()}"
    if k == "jorong":
        return f"Jorong {ch(JORONG)} No. {n}"
    if k == "lingk":
        return f"{ch(['Lingkungan', 'Lingk.'])} {ch(LINGK)} {rtrw()}"
    if k == "banjar":
        return f"Banjar {ch(BANJAR)} Gg. {ch(['Sandat', 'Cempaka', 'Jepun', 'Tunjung', 'Kenyeri'])} No. {R.randint(1, 40)}"
    if k == "lr":
        return f"{ch(LORONG)} No. {n}{tail}"
    if k == "apt":
        return f"Apartemen {ch(APT)} Tower {ch('ABCDEFG')} Unit {R.randint(2, 35)}{ch(['-', ''])}{R.randint(1, 30):02d}"
    if k == "rusun":
        return f"Rusunawa {ch(RUSUN)} Blok {L} Lt. {R.randint(1, 5)} No. {R.randint(1, 5)}{R.randint(1, 20):02d}"
    if k == "hero":
        return f"{ch(HERO_ROADS)} No. {n}{tail}"
    raise ValueError(k)


def spoken_addr():
    k = ch(["jl", "gg", "perum", "dusun"])
    rt, rw = R.randint(1, 15), R.randint(1, 12)
    rr = f" rt {say99(rt)} rw {say99(rw)}" if chance(0.7) else ""
    if k == "jl":
        return f"jalan {ch(STREETS).lower()} nomor {say99(R.randint(1, 99))}{rr}"
    if k == "gg":
        return f"gang {ch(GANGS).lower().replace('.', '')} nomor {say99(R.randint(1, 60))}{rr}"
    if k == "perum":
        return f"perum {ch(COMPLEX).lower()} blok {ch('abcdefg')} {say99(R.randint(1, 12))} nomor {say99(R.randint(1, 40))}"
    return f"dusun {ch(HAMLETS).lower()} rt {say99(rt)} rw {say99(rw)}"


def sms_addr():
    rt, rw = R.randint(1, 15), R.randint(1, 12)
    return ch([f"jln {ch(STREETS).lower()} no{R.randint(1, 99)} rt{rt}/{rw}", f"jl.{ch(STREETS).lower()} no.{R.randint(1, 99)}",
               f"gg.{ch(GANGS).lower()} no {R.randint(1, 40)} rt{rt:02d}/{rw:02d}", f"dsn {ch(HAMLETS).lower()} rt{rt} rw{rw}",
               f"perum {ch(COMPLEX).lower()} blok {ch('abcdef')}{R.randint(1, 9)} no{R.randint(1, 30)}",
               f"kp.{ch(KAMPUNG).lower()} rt{rt:02d}/{rw:02d}"])


def area(p=None, short=False):
    kel = ch(KELS)
    kec = ch(KECS)
    city = p.city if p else ch(ch(list(REGION_INFO.values()))[1])
    if short:
        return ch([f", Kel. {kel}", f", Desa {kel}", f" kel.{kel.lower()}", f", {city}"])
    s = ch([f", Kel. {kel}, Kec. {kec}, {city}", f", Desa {kel}, Kec. {kec}, {city}",
            f" Kelurahan {kel} Kecamatan {kec}", f", {kel}, {kec}, {city}", f", Ds. {kel} Kec. {kec}"])
    if chance(0.35):
        s += f" {R.randint(1, 9)}{dig(4)}"
    return s


# ----------------------------------------------------------------------------------------
# Near-miss pools (GUIDE.md sections 3 and 4): none of these is PII
# ----------------------------------------------------------------------------------------
HOTLINES = ["1708", "112", "123", "165", "110", "113", "119", "129", "121", "1500200"]
INST_HANDLES = ["@lapor1708", "@pln_123", "@CommuterLine", "@PT_TransJakarta", "@KAI121",
                "@DitjenPajakRI", "@BPJSKesehatanRI", "@kemenag_ri", "@BP2MI_RI", "@pdam_kota",
                "@dukcapil_kemendagri", "@kemdikbud_ri", "@DKIJakarta", "@halo_jne", "@ojkindonesia",
                "@dishubkota", "@humaspemkab", "@sapawarga_jabar"]
INST_EMAILS = ["pengaduan@lapor.go.id", "humas@pdam-tirtamakmur.co.id", "pelayanan@dukcapil.kotabaru.go.id",
               "pengaduan@kemenag.go.id", "informasi@bp2mi.go.id", "helpdesk@simpkb.id",
               "pengaduan@pajak.go.id", "cs@ekspedisi-kilat.co.id", "layanan@pln.co.id", "ppid@dishub.jakarta.go.id",
               "pengaduan@dinsos.kabbandung.go.id", "umroh@kemenag.go.id"]
REGULATIONS = ["UU No. 25 Tahun 2009", "Perpres 76/2013", "PP No. 94 Tahun 2021", "Permendagri No. 108 Tahun 2019",
               "PMK 112/PMK.03/2022", "Perda No. 3 Tahun 2019", "UU No. 27 Tahun 2022", "Permensos No. 3 Tahun 2021",
               "Permendesa PDTT No. 7 Tahun 2023", "PER-6/PJ/2024", "Permenag No. 5 Tahun 2021",
               "UU No. 18 Tahun 2017", "Perpres No. 82 Tahun 2018", "Permendikbudristek No. 45 Tahun 2023",
               "UU No. 22 Tahun 2009", "PP No. 11 Tahun 2017", "Permenhub PM 12 Tahun 2019"]
BRANDS = ["Indomaret", "Alfamart", "Shopee", "Tokopedia", "Lazada", "Gojek", "Grab", "Maxim", "inDrive",
          "JNE", "J&T Express", "SiCepat", "AnterAja", "Pos Indonesia", "Telkomsel", "IndiHome", "BRImo",
          "Livin' by Mandiri", "DANA", "OVO", "GoPay", "PLN Mobile", "Mobile JKN", "SIMPKB", "Info GTK",
          "Coretax", "Siskohat", "SISKOP2MI", "Google Maps", "WhatsApp", "Instagram"]
RELIG_GREET = ["Assalamualaikum wr. wb.", "Assalamu'alaikum", "Om Swastiastu", "Salam sejahtera", "Syalom",
               "Namo Buddhaya", "Bismillahirrahmanirrahim"]
RELIG_THANKS = ["Alhamdulillah", "Puji Tuhan", "Syukurlah", "Puji syukur"]
RELIG_CLOSE = ["Insya Allah kami tetap bersabar.", "Semoga Tuhan memberkati niat baik kita.", "Om Santi Santi Santi Om.",
               "Namo Buddhaya.", "Wallahu a'lam.", "Tuhan Yesus memberkati."]
RELIG_EXCL = ["Astaghfirullah", "Ya Allah", "Masya Allah", "Ya Tuhan", "Duh Gusti"]
RELIG = ["Assalamualaikum wr. wb.", "Assalamu'alaikum", "Alhamdulillah", "Insya Allah", "Astaghfirullah",
         "Masya Allah", "Puji Tuhan", "Syalom", "Om Swastiastu", "Namo Buddhaya", "Tuhan Yesus memberkati",
         "Subhanallah", "Bismillah", "Salam sejahtera"]


def incident_date(style="long"):
    y = ch([2023, 2024, 2024, 2025])
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    if style == "long":
        return ch([f"{d} {MONTHS[m - 1]} {y}", f"{ch(DAYS)}, {d} {MONTHS[m - 1]} {y}", f"{d}/{m}/{y}",
                   f"{d:02d}-{m:02d}-{y}", f"tanggal {d} {MONTHS[m - 1]}"])
    if style == "sms":
        return ch([f"tgl {d}/{m}", f"tgl{d}-{m}", f"{d} {MON3[m - 1].lower()}", f"{d}/{m}/{y % 100}"])
    return f"tanggal {say99(d)} {MONTHS[m - 1].lower()}"


def ticket():
    k = R.random()
    if k < 0.35:
        return f"#{R.randint(1000000, 9999999)}"
    if k < 0.65:
        return f"{R.randint(10000000, 99999999)}"
    y = ch([2023, 2024, 2025])
    return f"{y}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{dig(8)}"


def token20():
    d = dig(20)
    sep = ch([" ", "-", " "])
    return sep.join(d[i:i + 4] for i in range(0, 20, 4))


def resi():
    return ch(["JP", "JX", "JD", "LX", "TKP", "SPXID", "IDE", "CGK", "NLIDAP"]) + dig(ch([10, 11, 12]))


def order_id():
    y = ch([2024, 2025])
    return ch([f"INV/{y}{R.randint(1, 12):02d}{R.randint(1, 28):02d}/MPL/{dig(10)}",
               f"{dig(2)}{R.randint(1, 12):02d}{R.randint(10, 28)}{''.join(R.choice('ABCDEFGHJK') for _ in range(6))}",
               f"RB-{dig(9)}", f"F-{dig(10)}", f"A-{dig(8)}{ch('QWXZ')}"])


def spbu():
    return f"{R.randint(11, 84)}.{R.randint(100, 999)}.{R.randint(1, 99):02d}"


def npsn():
    return f"{ch('1235679')}{dig(7)}"


def money(scale="mid"):
    lo, hi = {"small": (2, 100), "bill": (35, 900), "mid": (100, 5000), "large": (5000, 150000)}[scale]   # thousands
    v = R.randint(lo, hi)
    v = v - v % (5 if v < 100 else 50 if v < 5000 else 500)
    v = max(v, lo)
    if v >= 1000 and v % 100 == 0 and chance(0.4):
        jt = v / 1000
        s = f"{jt:.1f}".replace(".", ",").replace(",0", "")
        return ch([f"Rp {s} juta", f"Rp{s} jt", f"Rp {s} jt"])
    if v < 1000 and chance(0.25):
        return ch([f"Rp {v} ribu", f"{v}rb", f"Rp{v}rb"])
    s = f"{v * 1000:,}".replace(",", ".")
    return ch([f"Rp {s}", f"Rp{s}", f"Rp. {s},-", f"Rp {s}"])


def sk_number():
    return ch([f"800/{R.randint(10, 999)}/BKPSDM/{ch([2023, 2024])}", f"{R.randint(1000, 9999)}/B.II/KP/{ch([2023, 2024])}",
               f"140/{R.randint(10, 99)}/{ch(['BA', 'SK', 'PEM'])}/{ch([2024, 2025])}", f"B-{R.randint(100, 9999)}/Kw.{R.randint(10, 35)}/HJ.00/{ch([2024, 2025])}"])


def krl_no():
    return f"KA {R.randint(1000, 1999)}"


def bus_code():
    return ch([f"{ch(['MYS', 'PPD', 'BMP', 'TJ', 'SAF', 'DMR'])}-{R.randint(1, 999):03d}", f"{ch(['MYS', 'PPD', 'TJ'])} {R.randint(10000, 19999)}"])


def kwh():
    return f"{R.randint(10, 400)},{R.randint(1, 9)} kWh"


# ----------------------------------------------------------------------------------------
# Shared pieces
# ----------------------------------------------------------------------------------------
def P(p, kind=None):
    return S("PERSON", p.form(kind))


def who(p, kind=None, regional=0.0, hon_p=0.8):
    return [p.honor(regional) if chance(hon_p) else "", P(p, kind)]


DEGREES = [", S.Pd.", ", M.Pd.", ", S.E.", ", S.H.", ", M.Si.", ", S.Kep.", ", A.Md.", ", S.T.",
           ", S.Sos.", ", S.Ag.", ", M.M.", ", S.Pd.I.", ", S.Kom.", ", Lc.", ", S.IP.", ", M.Kes."]


def titled(p, kind="full", deg=0.6):
    r = R.random()
    if r < 0.3 and p.region not in ("bali", "papua", "ntt", "manado", "ambon", "nias", "cina"):
        pre = "Hj. " if p.sex == "F" else "H. "
    elif r < 0.5:
        pre = ch(["dr. ", "Ir. ", "Dra. " if p.sex == "F" else "Drs. ", "Dr. "])
        return [pre, P(p, kind), ch([", M.Si.", ", M.M.", ", M.Kes.", ", M.T.", ", Sp.PD."]) if chance(deg / 2) else ""]
    else:
        pre = ""
    return [pre, P(p, kind), ch(DEGREES) if chance(deg) else ""]


def ny(p_wife):
    """Ny. + husband's name, or Ny. + own name + husband's family name"""
    hus = Person(region=p_wife.region, sex="M")
    hw = hus.name.split()
    simple = (p_wife.region in ("jawa", "sunda", "islam", "betawi", "batak", "manado", "ambon", "papua", "ntt",
                                "nias", "cina", "minang", "banjar") and len(hw) >= 2
              and not any(w in ("bin", "binti") or w.endswith(".") for w in hw))
    if simple and chance(0.5):
        return ["Ny. ", S("PERSON", f"{p_wife.call} {hw[-1]}")]
    return ["Ny. ", S("PERSON", hus.name)]


def ny_or_name(p, kind=None, pr=0.3):
    """a married woman is sometimes written as Ny. + husband's name (honorific outside the span)"""
    if p.sex == "F" and chance(pr):
        return ny(p)
    return [P(p, kind)]


LANDMARKS = [", belakang Masjid Al-Ikhlas, rumah cat hijau", " (depan pos ronda, pagar biru)",
             ", gang kedua setelah Indomaret", ", seberang Alfamart, rumah pojok",
             " — sebelah SD Inpres, dekat tiang listrik miring", ", samping Gereja GMIM Bukit Moria",
             ", rumah panggung warna kuning dekat jembatan", ", belakang Pura Dalem, pintu gerbang merah",
             " (rumah ketiga dari Musala Al-Hidayah)", ", dekat pangkalan ojek, rumah tembok belum dicat"]


def landmark(pr=0.4):
    return ch(LANDMARKS) if chance(pr) else ""


def inst_handle():
    return NM(ch(INST_HANDLES))


def inst_email():
    return NM(ch(INST_EMAILS))


def hero():
    return ch(HERO_ROADS)


def kel():
    return ch(KELS)


def kec():
    return ch(KECS)


def anycity():
    return ch(ch(list(REGION_INFO.values()))[1])


def bank_piece(bank=None, cue=True):
    b, v = bank_account(bank)
    return [f"{ch(['rek. ', 'rekening ', 'no rek ', 'norek '])}{b} " if cue else f"{b} ", S("BANK_ACCOUNT", v)], b


EMO = ["🙏", "😡", "😭", "🚆", "⚡", "💧", "📦", "🔥", "🙄", "👍", "🇮🇩", "‼️", "😤", "🥲", "🤦‍♀️"]


def emo():
    return ch(EMO)


# ----------------------------------------------------------------------------------------
# Style: SMS to 1708 (old 160-character style, heavy abbreviations)
# ----------------------------------------------------------------------------------------
def sms_greet():
    return ch(["", "", "LAPOR ", "Lapor#", "Yth 1708, ", "mlm min, ", "ass.wr.wb. ", "pagi pak, ", "LAPOR#"])


def st_sms(d, pii):
    g = sms_greet()
    if not pii:
        t = R.randint(0, 8)
        if t == 0:
            d(g, f"lampu jln mati sdh {R.randint(2, 5)}mgg di {hero()} km{R.randint(2, 40)} dkt spbu ",
              NM(spbu()), ". mhn diperbaiki. tks")
        elif t == 1:
            d(g, f"mhn info kpn bansos bpnt thp{R.randint(2, 4)} cair? di rt{R.randint(1, 9)} kmi blm trm. sdh lapor 1708 no laporan ",
              NM(ticket()))
        elif t == 2:
            d(g, f"jln amblas dpn SDN {R.randint(1, 40)} kec.{kec().lower()} sdh {R.randint(2, 8)}bln. {R.randint(12, 90)}KK terdampak. mhn ditindaklanjuti sblm musim hujan")
        elif t == 3:
            d(g, f"pdam mati {R.randint(2, 9)}hr di kel.{kel().lower()}. tagihan ttp {money('bill')}. cc tdk angkat. mhn dibantu")
        elif t == 4:
            d(g, "NIK sy sdh dicek di 3 aplikasi tp ttp tdk terdaftar dtks. mhn penjelasan dinsos ", anycity())
        elif t == 5:
            yb = R.randint(1960, 1999)
            d(g, f"sy kelahiran {yb} usia {2024 - yb}th blm dpt kartu prakerja pdhl sdh daftar {R.randint(2, 6)}x. tlg info")
        elif t == 6:
            d(g, f"antrian di {ch(HOSPITALS)} dr jam5 pgi smp jam2 siang. loket bpjs cm 1. mhn ditambah")
        elif t == 7:
            d(g, f"tlg tindak truk odol tiap mlm di jln raya {kel().lower()} km{R.randint(3, 60)}, jln rusak parah. sesuai ",
              ch(["UU No. 22 Tahun 2009", "Permenhub PM 60 Tahun 2019"]))
        else:
            d(g, f"sdh {R.randint(3, 9)}x sms ke 1708 blm ada respon. no tiket ", NM(ticket()),
              f", {incident_date('sms')}. mhn ditindaklanjuti")
        return
    p = Person()
    t = R.randint(0, 12)
    if t == 0:
        d(g, "sy ", P(p, ch(["full", "call", "lower"])), f" warga kel.{kel().lower()} mhn tlg jln berlubang dr {R.randint(2, 9)}bln lalu blm diperbaiki. hp:",
          S("PHONE", phone(p, ch(["plain", "dash", "62"]))))
    elif t == 1:
        d(g, f"mhn info ktp-el sy blm jd sdh {R.randint(2, 9)}bln. NIK:", S("NIK", nik(p, "plain", typo=chance(0.25))), " an ",
          P(p, ch(["full", "upper", "lower"])), f". sdh bolak2 ke dukcapil kec.{kec().lower()}")
    elif t == 2:
        d(g, f"pkh kmi tdk cair {R.randint(2, 3)}thp. no.kk ", S("KK", kk(p, "plain")), " an ", P(p, "call"), " ",
          S("ADDRESS", sms_addr()), ". tlg dicek")
    elif t == 3:
        m = Person(sex="F", age=(55, 85))
        d(g, "bpjs pbi ibu sy (", P(m, ch(["full", "lower"])), ") nonaktif, no kartu ", S("BPJS", bpjs("plain")),
          ". mhn diaktifkan krn ibu sakit")
    elif t == 4:
        q = Person(sex="M")
        d(g, f"ada pungli di kntr desa {kel().lower()} rp{R.randint(1, 5)}50rb utk srt domisili, yg minta ",
          ch(["pk ", "bpk ", "p.", "sekdes "]), P(q, "call"), ". sy ", P(p, "call"), " hp ", S("PHONE", phone(p, "plain")))
    elif t == 5:
        d(g, "tlg tindak ojol nopol ", S("PLATE", plate(ch(["space", "tight", "lower"]))),
          f" ugal2an di {hero()} td jam{R.randint(6, 9)} pgi hmpr nabrak anak sd")
    elif t == 6:
        d(g, f"lampu pju mati {R.randint(2, 4)}mgg dpn rmh sy ", S("ADDRESS", sms_addr()), ch(["", "", " dkt msjd", " blkg sd inpres"]), area(p, short=True),
          ". mhn dibtlkan. ", P(p, ch(["full", "call", "init"])))
    elif t == 7:
        bp, b = bank_piece(ch(["BRI", "BNI", "BCA", "BSI", "Mandiri"]))
        d(g, "sy ", P(p, "call"), " mhn refund tiket krn tdk jd brgkt, ", bp, " an sy. tq")
    elif t == 8:
        c = Person(age=(7, 17), region=p.region)
        d(g, "anak sy ", P(c, ch(["full", "lower"])), " lhr ", S("DATE_OF_BIRTH", dob(c, ch(["dash", "slash", "dot"]))),
          " blm dpt kip. nik ", S("NIK", nik(c, "plain")))
    elif t == 9:
        d(g, "tlg dicek sy dpt sms penipuan dr ", S("PHONE", phone(None, "plain")),
          " ngaku dr bank minta kode otp. sdh sy blokir. ", P(p, "call"))
    elif t == 10:
        g2 = Person(age=(28, 58))
        d(g, f"TPG sy blm cair {R.randint(2, 3)} triwulan. NIP ", S("NIP", nip(g2, "plain")), " an ", P(g2, ch(["call", "full"])),
          f" guru SDN {R.randint(1, 30)} {g2.city.replace('Kab. ', '').replace('Kota ', '')}")
    elif t == 11:
        d(g, "email sy ", S("EMAIL", p.email()), " tdk bs login sscasn, mhn direset. ", P(p, "call"))
    else:
        d(g, "bpk ", P(p, "call"), " ketua rt kmi tdk mau ttd srt pengantar krn sy beda pilihan. rmh sy ",
          S("ADDRESS", sms_addr()))


# ----------------------------------------------------------------------------------------
# Style: speech-to-text voice notes (no punctuation, no capitals, spoken numbers)
# ----------------------------------------------------------------------------------------
FILL = ["eee", "anu", "apa namanya", "gitu", "ya kan", "terus", "pokoknya", "jadi", "nah", "hmm"]


def fl():
    return ch(FILL)


def st_voice(d, pii):
    open_ = ch(["halo selamat pagi", "halo min", "assalamualaikum", "selamat siang pak", "tes tes halo",
                "om swastiastu", "sore admin"])
    if not pii:
        t = R.randint(0, 5)
        if t == 0:
            d(open_, f" {fl()} saya mau ngadu soal jalan di depan {ch(HOSPITALS).lower().replace('.', '')} itu loh yang "
              f"lubangnya gede banget {fl()} kemarin {incident_date('voice')} ada motor jatuh dua orang luka "
              "sudah lapor ke satu tujuh nol delapan tapi belum ada tindak lanjut tolong ya min")
        elif t == 1:
            d(open_, f" {fl()} laporan saya yang nomornya {spoken_digits(str(R.randint(1000000, 9999999)))} itu "
              f"kok belum ada tanggapan ya sudah {say99(R.randint(2, 9))} minggu {fl()} soal lampu jalan di "
              f"{hero().lower().replace('jl.', 'jalan').replace('.', '')} yang mati total malam malam gelap banget")
        elif t == 2:
            d(open_, f" {fl()} ini listrik di kampung kami padam terus sejak {incident_date('voice')} sudah telepon "
              "seratus dua puluh tiga katanya gangguan penyulang tapi tiap malam mati lagi kulkas warga "
              f"rusak {fl()} mohon pln segera perbaiki terima kasih")
        elif t == 3:
            d(open_, " mau tanya aja nik saya sudah dicek di aplikasi cek bansos tapi katanya tidak terdaftar "
              f"padahal {fl()} kami ini keluarga kurang mampu di rt {say99(R.randint(1, 12))} ada "
              f"{say99(R.randint(11, 60))} kk yang sama nasibnya gimana caranya daftar dtks")
        elif t == 4:
            d(open_, f" {fl()} bapak saya umurnya {say99(R.randint(65, 90))} tahun kelahiran "
              f"{say_year(R.randint(1935, 1958))} sudah sakit sakitan tapi di puskesmas disuruh antri dari jam "
              "lima subuh tolong dong ada jalur khusus lansia begitu ya makasih")
        else:
            d(open_, f" {fl()} banjir lagi di perumahan kami airnya sampai selutut sejak "
              f"{incident_date('voice')} got di sepanjang {hero().lower().replace('jl.', 'jalan').replace('.', '')} "
              "itu mampet semua kata pak lurah sudah diajukan ke dinas pu tapi sampai sekarang belum ada")
        return
    p = Person()
    t = R.randint(0, 6)
    if t == 0:
        d(open_, f" {fl()} saya mau lapor ya jadi nama saya ", P(p, "plain"), f" dari {p.city.lower().replace('kab. ', 'kabupaten ').replace('kota ', 'kota ')} ",
          "nomor hp saya ", S("PHONE", spoken_digits(p.phone(), pairs=ch([0.0, 0.3]), mixed=ch([0, 0, 4]))),
          f" itu ada wa nya juga {fl()} saya mau lapor soal air pdam di rumah saya sudah dua minggu nggak ngalir "
          "alamat saya di ", S("ADDRESS", spoken_addr()), f" kelurahan {kel().lower()} tolong ya min makasih")
    elif t == 1:
        q = Person(sex="M")
        d(open_, f" jadi tadi sore saya naik ojek online {fl()} drivernya namanya ", P(q, ch(["plain", "plain"])),
          " plat nomornya ", S("PLATE", plate("lower")), " dia ngebut terus nerobos lampu merah di "
          f"{hero().lower().replace('jl.', 'jalan').replace('.', '')} saya sudah lapor ke aplikasi tapi cuma dapat voucher "
          f"{fl()} tolong ditindak ya")
    elif t == 2:
        m = Person(sex=ch("MF"), age=(60, 88))
        d(open_, f" {fl()} ", ch(["ibu", "mbah", "mamak"] if m.sex == "F" else ["bapak", "mbah", "abah"]), " saya namanya ", P(m, "plain"), " lahir ",
          S("DATE_OF_BIRTH", spoken_dob(m)), " kartu bpjs nya nomornya ",
          S("BPJS", spoken_digits(bpjs("plain"), pairs=0.1)),
          f" tiba tiba nonaktif pas mau kontrol di puskesmas {fl()} padahal itu pbi dari pemerintah tolong diaktifkan lagi")
    elif t == 3:
        d(open_, f" {fl()} saya mau nanya ktp saya sudah rekam dari bulan {MONTHS[R.randint(0, 11)].lower()} tapi belum jadi "
          "nik saya ", S("NIK", spoken_digits(p.nik_digits(), pairs=0.3, mixed=ch([0, 0, 6]))),
          f" terus kk nya juga {fl()} nomor kk ", S("KK", spoken_digits(kk(p, 'plain'), pairs=0.2)),
          " tolong dicek ya atas nama ", P(p, "plain"))
    elif t == 4:
        b, v = bank_account(ch(["BRI", "BNI", "BSI"]))
        vd = re.sub(r"\D", "", v)
        d(open_, f" {fl()} bantuan pkh saya katanya sudah cair tapi belum masuk ke rekening {b.lower()} nomor ",
          S("BANK_ACCOUNT", spoken_digits(vd, pairs=0.15) if chance(0.6) else vd),
          " atas nama ", P(p, "plain"), f" sudah saya cek di atm {fl()} saldonya nol tolong dibantu")
    elif t == 5:
        q = Person(sex="M")
        d(open_, f" {fl()} kepala dusun di tempat saya namanya pak ", P(q, "plain"),
          f" minta uang {say99(R.randint(2, 9))} ratus ribu buat ngurus surat tanah katanya biaya administrasi "
          "padahal kan gratis ya saya ", P(p, "plain"), " bisa dihubungi di ",
          S("PHONE", spoken_digits(p.phone(), pairs=0.2)))
    else:
        d(open_, f" {fl()} mau lapor penipuan saya ditelepon nomor ",
          S("PHONE", spoken_digits(mobile_digits(), pairs=0.0, mixed=4)),
          f" ngaku dari kantor pos katanya paket saya ditahan bea cukai {fl()} saya sudah transfer ke rekening "
          "atas nama ", P(Person(), "plain"), " tolong diusut ya saya ", P(p, "plain"),
          f" umur {say99(R.randint(20, 70))} tahun")


# ----------------------------------------------------------------------------------------
# Style: X / Twitter threads and quote-tweets
# ----------------------------------------------------------------------------------------
PSEUDO = ["anak krl garis keras 🚆", "warga +62", "si paling commuter", "mbak-mbak bumi", "kang ngeluh",
          "akun receh", "bukan buzzer", "tukang protes", "rakyat jelata 🇮🇩", "ibu2 komplek",
          "cah angkringan", "pejuang token ⚡", "kaum mendang-mending", "penunggu paket 📦"]


def ts():
    return ch([f"{R.randint(1, 59)}m", f"{R.randint(1, 23)}j", f"{R.randint(1, 28)} {MON3[R.randint(0, 11)]}",
               f"{R.randint(1, 23)}h"])


def x_header(d, p):
    if p is None:
        return
    if chance(0.55):
        d(P(p, ch(["full", "full", "call", "lower"])), " ", emo() + " " if chance(0.3) else "")
    else:
        d(ch(PSEUDO), " ")
    d(S("HANDLE", p.handle()), f" · {ts()}\n")


def x_replying(d, handles):
    d(ch(["Replying to ", "Membalas "]))
    for i, h in enumerate(handles):
        if i:
            d(" ")
        d(h)
    d("\n")


X_TOPICS_NOPII = [
    ("@CommuterLine", "#KRLMania", "Gangguan persinyalan di lintas Manggarai–Bogor, perjalanan KRL tertahan 15–25 menit. Mohon maaf atas ketidaknyamanannya."),
    ("@pln_123", "#PLNSiaga", "Pemeliharaan jaringan listrik {d} pukul 09.00–15.00 WIB di wilayah {k}. Info lanjut hubungi 123."),
    ("@lapor1708", "#LAPOR1708", "Layanan pengaduan LAPOR! dapat diakses melalui SMS 1708 dan lapor.go.id. Sesuai UU No. 25 Tahun 2009."),
    ("@PT_TransJakarta", "#InfoLayanan", "Koridor 9 dialihkan sementara karena genangan di {h}. Armada tetap beroperasi."),
    ("@DitjenPajakRI", "#PajakKitaUntukKita", "Batas pelaporan SPT Tahunan orang pribadi 31 Maret. Kendala Coretax? Hubungi Kring Pajak 1500200."),
    ("@pdam_kota", "#InfoLayanan", "Distribusi air ke {k} terganggu akibat perbaikan pipa transmisi, estimasi normal {d}."),
    ("@BPJSKesehatanRI", "#JKNUntukSemua", "Peserta PBI yang dinonaktifkan dapat mengajukan reaktivasi melalui Dinas Sosial setempat. Info 165."),
]


def st_xthread(d, pii):
    if not pii:
        inst, tag, body = ch(X_TOPICS_NOPII)
        body = body.format(d=incident_date(), k="Kel. " + kel(), h=hero())
        d(ch(["Akun resmi ", "RT "]), NM(inst), ": ", body, " ", tag, "\n\n")
        d(ch(["— balasan teratas —\n", "Balasan:\n", "Kutip:\n"]))
        replies = ["udah 3 hari gini terus min", "katanya 15 menit, nyatanya sejam", f"tolong dong {hero()} juga parah",
                        ["lapor ke 1708 aja, tiket ", NM(ticket()), " blm diproses"], "kompensasi gimana min?",
                        f"di RT {R.randint(1, 12):02d} juga sama", f"{ch(BRANDS)} juga error dari pagi",
                        f"tagihan naik jadi {money('bill')} padahal pemakaian sama", "terima kasih infonya min 🙏"]
        R.shuffle(replies)
        for r in replies[:R.randint(2, 4)]:
            d("• ", r, "\n")
        d(ch(["#SuaraWarga", "(utas dihimpun admin)", "Dilihat 12,4 rb kali", ""]))
        return
    p = Person()
    t = R.randint(0, 4)
    inst = ch([["@PT_TransJakarta", "@dishubkota", "@DKIJakarta"], ["@humaspemkab", "@DKIJakarta", "@sapawarga_jabar", "@lapor1708"],
               ["@lapor1708", "@humaspemkab", "@sapawarga_jabar"], ["@BPJSKesehatanRI"], ["@halo_jne", "@ekspedisi_kilat"]][t])
    x_header(d, p)
    if t == 0:
        d(NM(inst), " bus ", NM(bus_code()), " nopol ", S("PLATE", plate(ch(["space", "tight"]))),
          f" ngebut & ngerem mendadak di {hero()} arah {ch(['Blok M', 'Kota', 'Pulogadung', 'Kalideres'])} jam {R.randint(6, 21)}.{R.randint(10, 59)} tadi. "
          f"Penumpang lansia jatuh. Tolong ditindak {emo()} #TransJakarta\n\n")
        q = Person()
        x_header(d, q)
        x_replying(d, [S("HANDLE", p.handle()), NM(inst)])
        d("Sama kak, kemarin aku juga di bus itu. Sopirnya ", ch(["katanya ", "namanya ", ""]), ch(["Pak ", "Bang ", ""]),
          P(Person(sex="M"), "call"), " kalau gak salah, nametagnya kebaca.")
    elif t == 1:
        d("Tetangga sebelah bakar sampah tiap malam, asapnya masuk kamar bayi. Udah ditegur gak mempan. ", NM(inst),
          " tolong. Rumahku ", S("ADDRESS", addr(ch(["perum", "komp", "gg", "jl"]))), area(p), " 🥲\n\n")
        x_header(d, Person())
        x_replying(d, [S("HANDLE", p.handle())])
        d("DM dinas LH aja kak, atau WA posko pengaduan. Aku dulu dibantu lewat 1708 kok.\n\n")
        x_header(d, p)
        x_replying(d, [NM(inst)])
        d("Update: udah lapor, no tiket ", NM(ticket()), ". Kalau petugas butuh konfirmasi bisa WA ",
          S("PHONE", phone(p, ch(["dash", "space", "p62dash"]))), " ya.")
    elif t == 2:
        off = Person()
        d("Kutip\n")
        x_header(d, Person())
        d(f"Jalan provinsi di {anycity()} rusak parah 2 tahun, km {R.randint(10, 90)} sudah kayak kolam ikan. {emo()}\n\n")
        d(ch(["Pak Kadis ", "Kepala dinasnya, Bapak ", "Kabidnya "]), P(off, ch(["full", "call"])),
          " katanya mau turun tangan bulan lalu, mana hasilnya? ", NM(inst), " #JalanRusak #LaporPakGubernur")
    elif t == 3:
        d("Thread 🧵 soal kartu KIS mamaku yg tiba2 nonaktif. ", NM("@BPJSKesehatanRI"), "\n\n1/ Mamaku ",
          P(Person(sex="F", age=(58, 85), region=p.region), ch(["full", "call"])), " nomor kartunya ",
          S("BPJS", bpjs()), f", peserta PBI sejak {R.randint(2014, 2019)}.\n\n2/ Pas mau cuci darah di {ch(HOSPITALS)} "
          "ditolak krn status nonaktif. Dinsos bilang datanya dihapus dari DTKS.\n\n3/ Yang mau bantu bisa "
          "email aku ", S("EMAIL", p.email()), " ya, makasih banyak 🙏")
    else:
        frd = Person()
        d(ch(["Sumpah ya ", "Parah sih ", "Gak habis pikir "]), "kurir paket ", NM(inst),
          " nge-scan 'diterima' padahal gak ada yg terima. Resi ", NM(resi()), ".\n\n")
        x_header(d, frd)
        x_replying(d, [S("HANDLE", p.handle()), NM(inst)])
        d("Aku juga kena kak. Yg antar ke rumahku itu ", ch(["mas ", "bapak ", ""]), P(Person(sex="M"), "call"),
          ", motornya ", S("PLATE", plate()), ". Coba tag ", S("HANDLE", Person().handle()), " dia juga korban.")


# ----------------------------------------------------------------------------------------
# Style: Instagram DMs and story replies
# ----------------------------------------------------------------------------------------
IG_INST = ["@pemkot.official", "@dishub.kota", "@pdam_kota", "@dinsos.kab", "@humas.polres", "@dukcapil_kemendagri",
           "@pln_123", "@lapor1708", "@puskesmas.sehatselalu", "@bappeda.prov"]


def st_igdm(d, pii):
    inst = ch(IG_INST)
    if not pii:
        t = R.randint(0, 2)
        if t == 0:
            d("Cerita ", NM(inst), ": \"", ch(["Gangguan distribusi air sementara", "Jadwal perekaman KTP-el keliling",
                                           "Pemadaman bergilir wilayah timur", "Vaksinasi lansia gratis"]),
              f" — {incident_date()}\"\n\nBalasan pengikut (disamarkan oleh admin):\n")
            replies = [f"min di RT {R.randint(1, 12):02d} dari kemarin sore mati", f"kapan ke Kel. {kel()}? 🙏",
                            f"yg di {hero()} kok belum?", "udh lapor via 1708 blm ada kabar",
                            ["nomor laporan ", NM(ticket()), " min, tolong dicek"], f"lansia kelahiran {R.randint(1940, 1960)} boleh ikut?",
                            f"airnya keruh kayak teh susu {emo()}", "mantap min, gercep 👍"]
            R.shuffle(replies)
            for r in replies[:R.randint(2, 4)]:
                d("↩ ", r, "\n")
        elif t == 1:
            d("Pesan ke ", NM(inst), "\n", ch(["Min ", "Kak admin ", "Permisi min, "]),
              f"lampu merah di simpang {hero()} mati dari {incident_date()}, macet parah tiap jam pulang kantor. "
              "Sudah lapor ke ", NM(ch(['@dishubkota', '@lapor1708'])), "? ", "\n\n", NM(inst), " membalas: \"Terima kasih laporannya kak, sudah kami teruskan ke UPT PJU. "
              "Nomor tiket ", NM(ticket()), ".\"")
        else:
            d("Story repost dari ", NM(inst), ":\n\"Pelayanan Samsat keliling hadir di Alun-alun ", anycity(),
              f", {incident_date()}, pukul 08.00–12.00. Bawa KTP asli & STNK.\"\n\nKomentar: ",
              ch(["STNK mati 2 thn bisa kak?", "bayar pakai QRIS bisa?", f"yang di {kel()} kapan?"]))
        return
    p = Person()
    ig = p.handle(ig=True)
    t = R.randint(0, 3)
    if t == 0:
        d(S("HANDLE", ig), f" membalas cerita {ch(['Anda', 'kamu'])} · {ts()}\n", "\"", ch(["Jadwal bansos", "Info pemadaman", "Antrian Dukcapil"]), "\"\n",
          ch(["min ", "kak ", "admin "]), "rumah sy di ", S("ADDRESS", addr(p=p)), " belum kebagian sama sekali. ",
          "Nama KK ", P(p, ch(["full", "upper"])), ", nomor KK ", S("KK", kk(p)), f". Tolong dicek {emo()}")
    elif t == 1:
        d("Instagram Direct · ", NM(inst), "\n\n", S("HANDLE", ig), ":\n", "Halo min, mau lapor ada akun ",
          S("HANDLE", Person().handle(ig=True)), " jual KTP & KK orang di story-nya, salah satunya punya ibu saya ",
          P(Person(sex="F", region=p.region), ch(["full", "upper"])), ". Fotonya jelas kelihatan NIK-nya. ",
          "Saya bisa dihubungi di ", S("PHONE", phone(p)), ".\n\n", NM(inst), ": Baik kak, terima kasih. Sudah kami teruskan.")
    elif t == 2:
        q = Person(sex="M")
        d("📩 dari ", S("HANDLE", ig), "\n", ch(["Kak, ", "Min, "]),
          "tadi pagi anak saya diserempet mobil dinas plat merah ", S("PLATE", plate("space")),
          f" di depan {ch(WORSHIP)}, pengemudinya kabur. Saksi: ", ch(["Pak ", "Mas ", ""]), P(q, "call"),
          " (tukang parkir). Mohon dibantu cari ya 🙏")
    else:
        d("Balasan untuk cerita ", NM(inst), "\n", S("HANDLE", ig), ": ", ch(["itu kan ", "lho ini "]),
          "pegawai kelurahan yg suka minta uang pelicin, namanya ", P(Person(), ch(["full", "call"])),
          f". sy udh ngasih {money()} tp surat blm jadi jg. email sy ", S("EMAIL", p.email()), " kalau mau minta bukti transfer")


# ----------------------------------------------------------------------------------------
# Style: forwarded e-mail chains
# ----------------------------------------------------------------------------------------
def mail_date():
    y = ch([2024, 2025])
    m = R.randint(1, 12)
    dd = R.randint(1, 28)
    wd = R.randint(0, 6)
    hh, mm = R.randint(6, 22), R.randint(0, 59)
    return ch([f"{DAYS3[wd]}, {dd} {MON3[m - 1]} {y} pukul {hh:02d}.{mm:02d}",
               f"{DAYS[wd]}, {dd} {MONTHS[m - 1]} {y} {hh:02d}:{mm:02d}",
               f"{dd}/{m:02d}/{y} {hh:02d}.{mm:02d}"])


MAIL_SUBJ = ["Pengaduan air PDAM tidak mengalir", "Fwd: Tindak lanjut laporan", "Re: Permohonan aktivasi BPJS PBI",
             "Keberatan tagihan PBB", "Fwd: Pengembalian dana umrah", "Re: Sertifikasi guru belum cair",
             "Permohonan perbaikan data NPWP", "Fwd: Re: Kerusakan jalan lingkungan"]


def mail_sig(d, p):
    d(ch(["\n\nSalam,\n", "\n\nHormat saya,\n", "\n\nTerima kasih.\n\n--\n", "\n\nWassalam,\n"]))
    d(*titled(p, "full", deg=0.4))
    if chance(0.7):
        d("\n", ch(["HP/WA ", "Telp. ", "WA: ", "Mobile: "]), S("PHONE", phone(p)))
    if chance(0.3):
        d("\n", ch(["Telp rumah ", "Rumah: "]), S("PHONE", landline()))


def quote_block(d, lines_pieces, prefix="> "):
    for pcs in lines_pieces:
        d(prefix, *pcs, "\n")


def st_fwdmail(d, pii):
    if not pii:
        subj = ch(MAIL_SUBJ)
        inst_name, inst_mail, hot = ch([("PDAM Tirta Makmur", "humas@pdam-tirtamakmur.co.id", "1708"),
                                        ("Dinas Dukcapil", "pelayanan@dukcapil.kotabaru.go.id", "1708"),
                                        ("Kantor Kemenag", "pengaduan@kemenag.go.id", "1708"),
                                        ("Dinas Sosial", "pengaduan@dinsos.kabbandung.go.id", "1708"),
                                        ("PLN UP3", "layanan@pln.co.id", "123"),
                                        ("Dishub", "ppid@dishub.jakarta.go.id", "112")])
        d(ch(["---------- Pesan terusan ---------\n", "-------- Forwarded Message --------\n"]),
          "Dari: Humas ", inst_name, " <", NM(inst_mail), ">\n",
          f"Tanggal: {mail_date()}\nPerihal: {subj}\nKepada: <", NM("pengaduan@lapor.go.id"), ">\n\n",
          f"Yth. Pelapor,\n\nMenindaklanjuti laporan nomor ", NM(ticket()), f" tanggal {incident_date()}, bersama ini kami "
          f"sampaikan bahwa perbaikan di {hero()} dijadwalkan minggu depan sesuai {ch(REGULATIONS)}. Anggaran "
          f"pemeliharaan sebesar {money('large')} telah dialokasikan.\n\nPertanyaan lebih lanjut dapat disampaikan melalui "
          f"call center {hot} atau surel ", NM(inst_mail), ".\n\nHormat kami,\nTim Pengelola Pengaduan\n\n")
        d(f"Pada {mail_date()}, Admin LAPOR <", NM("pengaduan@lapor.go.id"), "> menulis:\n")
        quote_block(d, [[f"Laporan Anda telah diterima dan diteruskan ke instansi terkait."],
                        [f"Status: Diproses. Estimasi tindak lanjut 14 hari kerja."]])
        return
    p = Person()
    subj = ch(MAIL_SUBJ)
    fw = Person()
    if chance(0.5):
        d(ch(["Mohon diteruskan ke bagian terkait, terima kasih.\n", "FYI, pengaduan warga di bawah belum direspons.\n"]),
          ch(["-- ", "Salam, "]), P(fw, ch(["call", "full"])), "\n\n")
    d(ch(["---------- Pesan terusan ---------\n", "-----Pesan Asli-----\n", "Begin forwarded message:\n\n"]))
    d("Dari: ", P(p, ch(["full", "upper", "full"])), " <", S("EMAIL", p.email()), ">\n")
    d(f"{ch(['Tanggal', 'Dikirim'])}: {mail_date()}\nPerihal: {subj}\nKepada: ", ch(["Admin LAPOR ", ""]), "<", NM("pengaduan@lapor.go.id"), ">\n")
    if chance(0.4):
        cc = Person()
        d("Cc: ", P(cc, "full"), " <", S("EMAIL", cc.email()), ">\n")
    d("\n", ch(["Dengan hormat,\n\n", "Yth. Bapak/Ibu,\n\n", "Selamat siang,\n\n"]))
    t = R.randint(0, 3)
    if t == 0:
        av = addr(p=p)
        d(f"Saya warga {p.city} ingin menyampaikan bahwa air PDAM di rumah saya, ",
          S("ADDRESS", split_line(av) if chance(0.5) else av), area(p),
          f", tidak mengalir sejak {incident_date()}. Tagihan bulan ini tetap {money('bill')}. Nomor sambungan sudah "
          "saya lampirkan pada laporan sebelumnya.")
    elif t == 1:
        d("Bersama ini saya mengajukan keberatan atas penonaktifan kartu JKN-KIS PBI atas nama ",
          P(p, "full"), " (NIK ", S("NIK", nik(p)), ", nomor kartu ", S("BPJS", bpjs()),
          f"). Saya peserta sejak {R.randint(2014, 2020)} dan tidak pernah menerima pemberitahuan.")
    elif t == 2:
        d("Saya menagih pengembalian dana umrah yang gagal berangkat. Paspor saya nomor ", S("PASSPORT", passport()),
          " masih ditahan pihak travel. Dana sudah saya transfer ke ", *bank_piece()[0],
          " a.n. ", P(Person(), "full"), f" (marketing travel) sebesar {money('large')}.")
    else:
        d("Tunjangan profesi guru saya belum dibayarkan dua triwulan. Data saya: NIP ",
          S("NIP", nip(p)), f", unit kerja SD Negeri {R.randint(1, 40)} {p.city.replace('Kab. ', '').replace('Kota ', '')} (NPSN ",
          NM(npsn()), "). Status di Info GTK sudah valid.")
    mail_sig(d, p)
    d("\n\n")
    q = Person()
    d(ch([f"Pada tanggal {mail_date()}, ", f"Pada {mail_date()} ", "On " + mail_date() + ", "]),
      P(q, ch(["full", "call"])), " <", S("EMAIL", q.email()), ch(["> menulis:\n", "> wrote:\n"]))
    quote_block(d, [["Ibu/Bapak, mohon lengkapi data berikut:"],
                    ["1. Fotokopi KTP dan KK"],
                    ["2. Nomor HP aktif yang bisa dihubungi petugas"]])
    d("> \n> ", ch(["Salam,", "Terima kasih,"]), "\n> ", P(q, ch(["full", "call"])), "\n")
    if chance(0.5):
        d(">> ", ch(["Nomor HP sy ", "HP saya "]), S("PHONE", phone(p)), ch([" (WA aktif)", ""]), "\n")


# ----------------------------------------------------------------------------------------
# Style: village minutes, attendance lists, berita acara
# ----------------------------------------------------------------------------------------
ROLES = ["Kepala Desa", "Sekretaris Desa", "Ketua BPD", "Bendahara Desa", "Kaur Keuangan", "Kasi Pemerintahan",
         "Babinsa", "Bhabinkamtibmas", "Ketua LPM", "Ketua PKK", "Kepala Dusun", "Tokoh Agama", "Tokoh Pemuda",
         "Ketua RT 03", "Ketua RW 02", "Kader Posyandu", "Pendamping Desa", "Ketua Karang Taruna", "Ketua Kelompok Tani"]


def notulen_head(d, desa):
    d(ch(["NOTULEN MUSYAWARAH DESA ", "NOTULEN MUSDES ", "Notulen Musyawarah Dusun – Desa "]), desa.upper() if chance(0.5) else desa, "\n")
    d(f"Hari/Tanggal : {incident_date()}\nWaktu        : {R.randint(8, 20)}.{ch(['00', '30'])} WIB s.d. selesai\n")
    d(f"Tempat       : Balai Desa {desa}\nAgenda       : {ch(['Penetapan KPM BLT Dana Desa', 'Rencana perbaikan jalan usaha tani', 'Sengketa saluran irigasi', 'Musyawarah RKPDes 2025', 'Pembahasan keluhan air bersih'])}\n")


def st_notulen(d, pii):
    desa = kel()
    if not pii:
        notulen_head(d, desa)
        d(f"Pimpinan rapat : Kepala Desa\nNotulis        : Sekretaris Desa\nPeserta        : {R.randint(25, 90)} orang (daftar hadir terlampir)\n\n")
        d("Jalannya rapat:\n1. Pembukaan oleh Kepala Desa, dilanjutkan pembacaan ", ch(REGULATIONS), ".\n")
        d(f"2. Pendamping Desa memaparkan pagu Dana Desa {money('large')}, dengan {R.randint(20, 140)} KK calon penerima BLT.\n")
        d(f"3. Ketua BPD meminta data diverifikasi ulang; di RT {R.randint(1, 9):02d} ada keluarga mampu yang masuk daftar.\n")
        d(f"4. Warga mengeluhkan jalan di {hero()} km {R.randint(1, 20)} yang rusak sejak {incident_date()}.\n\n")
        d("Kesimpulan: daftar KPM ditetapkan setelah verifikasi lapangan paling lambat ", incident_date(), ".\n")
        d("Pengaduan dapat disampaikan ke SMS 1708 atau kotak saran kantor desa.\n\nMengetahui,\nKepala Desa            Ketua BPD\n(ttd)                  (ttd)")
        return
    t = R.randint(0, 2)
    kades = Person(sex=ch("MF"), region=ch(["jawa", "sunda", "bugis", "minang", "bali", "ntt", "batak", "islam"]))
    if t == 0:
        notulen_head(d, desa)
        sek = Person(region=kades.region)
        d("Pimpinan rapat : ", *titled(kades, ch(["full", "upper"]), deg=0.5), " (Kepala Desa)\nNotulis        : ", P(sek, "full"), " (Sekretaris Desa)\n\n")
        d("Jalannya rapat:\n")
        for i in range(R.randint(2, 4)):
            w = Person(region=kades.region)
            d(f"{i + 1}. ", w.honor(0.3), P(w, ch(["full", "call", "init"])), f" ({ch(['warga RT ' + str(R.randint(1, 9)).zfill(2), 'Kepala Dusun', 'Ketua Kelompok Tani', 'tokoh masyarakat'])}) ",
              ch(["menyampaikan bahwa saluran irigasi tersumbat sejak bulan lalu.",
                  "mempertanyakan penerima BLT yang dinilai tidak tepat sasaran.",
                  f"mengusulkan perbaikan jalan usaha tani sepanjang {R.randint(200, 900)} meter.",
                  "meminta transparansi penggunaan Dana Desa tahun lalu."]), "\n")
        d("\nKesimpulan: usulan ditampung dan akan dibahas pada Musrenbangdes.\n\nNotulis,\n(ttd)\n", P(sek, ch(["full", "upper"])))
    elif t == 1:
        d(f"DAFTAR HADIR MUSYAWARAH DESA {desa.upper()}\n{incident_date()}\n\n")
        d("No | Nama | Jabatan/Unsur | Alamat | Tanda Tangan\n")
        for i in range(R.randint(4, 7)):
            w = Person(region=kades.region)
            d(f"{i + 1} | ", *ny_or_name(w, ch(["full", "upper", "full", "init"])), f" | {ch(ROLES)} | ")
            if chance(0.75):
                d(S("ADDRESS", (addr(p=w) if chance(0.7) else rtrw())))
            else:
                d("-")
            d(" | ", ch(["ttd", "(ttd)", "✓", f"{i + 1}. ttd"]), "\n")
        d("\nDicatat oleh: Sekretaris Desa")
    else:
        a = Person(region=kades.region)
        b = Person(region=kades.region)
        d(f"BERITA ACARA {ch(['SERAH TERIMA BANTUAN', 'KESEPAKATAN PENYELESAIAN SENGKETA BATAS', 'PEMERIKSAAN LAPANGAN'])}\n")
        d("Nomor: ", NM(sk_number()), "\n\n")
        d(f"Pada hari ini {ch(DAYS)} tanggal {incident_date()}, kami yang bertanda tangan di bawah ini:\n\n")
        d("1. Nama     : ", P(a, ch(["upper", "full"])), "\n   NIK      : ", S("NIK", nik(a, typo=chance(0.1))), "\n   TTL      : ",
          a.city.replace("Kab. ", "").replace("Kota ", ""), ", ", S("DATE_OF_BIRTH", dob(a)), "\n   Alamat   : ",
          S("ADDRESS", split_line(addr(p=a), " " * 14) if chance(0.4) else addr(p=a)), area(a), "\n   Selanjutnya disebut PIHAK PERTAMA.\n\n")
        d("2. Nama     : ", P(b, ch(["upper", "full"])), "\n   Jabatan  : ", ch(ROLES[1:]), "\n   Selanjutnya disebut PIHAK KEDUA.\n\n")
        d(f"PIHAK PERTAMA menerima bantuan berupa {ch(['1 unit pompa air', '25 sak semen', 'paket sembako', 'bibit jagung 40 kg'])} "
          f"senilai {money()} dari Dana Desa. ")
        if chance(0.5):
            d("Nomor KK penerima: ", S("KK", kk(a)), ". ")
        d("\n\nPIHAK PERTAMA,                PIHAK KEDUA,\n(ttd)                         (ttd)\n")
        d(P(a, ch(["upper", "full"])), "          ", P(b, ch(["upper", "full"])), "\n\nMengetahui,\nKepala Desa ", desa, "\n(ttd)\n", *titled(kades, "full"))


# ----------------------------------------------------------------------------------------
# Style: utilities (PLN, PDAM, internet)
# ----------------------------------------------------------------------------------------
def st_utilitas(d, pii):
    if not pii:
        t = R.randint(0, 2)
        if t == 0:
            d(f"Token listrik yang saya beli lewat {ch(['BRImo', 'DANA', 'Indomaret', 'Tokopedia'])} pada {incident_date()} "
              "ditolak meteran (muncul 'REJECT'). Nomor token: ", NM(token20()), f" untuk {kwh()}, harga {money('bill')}. "
              "ID pelanggan sudah saya kirim lewat PLN Mobile, tapi jawabannya hanya 'silakan hubungi 123'. Mohon solusi.")
        elif t == 1:
            d(f"Air PDAM di Kel. {kel()} keruh cokelat sejak {incident_date()}. Tagihan tetap {money('bill')} per bulan. "
              f"Sekitar {R.randint(40, 300)} KK terdampak. Kami sudah telepon call center dan kirim e-mail ke ", inst_email(),
              " tapi belum ada tindak lanjut. Nomor sambungan pelanggan ada di aplikasi.")
        else:
            d(f"Pemadaman listrik di {kec()} terjadi {R.randint(3, 9)} kali seminggu tanpa jadwal. UMKM rugi, "
              f"freezer es batu rusak. Pengaduan nomor ", NM(ticket()), " belum direspons. Mohon ", NM(ch(['@pln_123', 'PLN UP3'])),
              f" menjelaskan dasar pemadaman sesuai {ch(['Permen ESDM No. 27 Tahun 2017', 'UU No. 30 Tahun 2009', 'UU No. 25 Tahun 2009'])}.")
        return
    p = Person()
    t = R.randint(0, 3)
    if t == 0:
        d(f"Yth. PLN, token yang saya beli {incident_date()} sebesar {money()} tidak bisa dimasukkan. Nomor token ",
          NM(token20()), ". Mohon dicek. Nama pelanggan ", P(p, ch(["full", "upper"])), ", alamat ", S("ADDRESS", addr(p=p)),
          landmark(), area(p), ". HP ", S("PHONE", phone(p)), ".")
    elif t == 1:
        q = Person(sex="M")
        d("Petugas ", NM("P2TL"), " datang ke rumah kami tanpa surat tugas, menuduh meteran diakali dan minta 'uang damai' ",
          f"{money()}. Petugas mengaku bernama ", P(q, ch(["full", "call"])), ", datang pakai mobil ", S("PLATE", plate()),
          ". Kejadian di rumah saya ", S("ADDRESS", addr(p=p)), landmark(), area(p), ". Pelapor: ",
          *(ny(p) if p.sex == "F" and chance(0.4) else who(p, "full")))
    elif t == 2:
        d(f"Air PDAM mati total {R.randint(3, 14)} hari di ", S("ADDRESS", addr(ch(["perum", "komp", "btn", "kav"]))),
          f". Anak-anak mandi pakai air galon. Tagihan tetap jalan {money('bill')}. Saya ", P(p, "full"), ", WA ",
          S("PHONE", phone(p)), ", e-mail ", S("EMAIL", p.email()), ".")
    else:
        d(f"Internet rumah mati {R.randint(5, 20)} hari, teknisi tidak datang-datang. Nomor tiket gangguan ", NM(ticket()),
          ". Yang bisa dihubungi: ", *who(p, "full"), " (", S("PHONE", phone(p)), ") di ", S("ADDRESS", addr(ch(["apt", "rusun", "jl"]))),
          area(p), ".")


# ----------------------------------------------------------------------------------------
# Style: e-commerce / courier
# ----------------------------------------------------------------------------------------
COURIERS = ["JNE", "J&T Express", "SiCepat", "AnterAja", "Pos Indonesia", "Ninja Xpress", "ID Express", "Lion Parcel"]


def st_kurir(d, pii):
    c = ch(COURIERS)
    if not pii:
        d(f"Paket saya via {c} nomor resi ", NM(resi()), f" status 'Delivered' sejak {incident_date()} tapi tidak pernah sampai. "
          f"Order ", NM(order_id()), f" di {ch(['Shopee', 'Tokopedia', 'Lazada', 'TikTok Shop'])} senilai {money()}. CS {c} "
          f"hanya bilang 'mohon ditunggu 3x24 jam'. Sesuai UU No. 8 Tahun 1999 konsumen berhak atas ganti rugi. "
          "Mohon BPKN atau dinas perdagangan menindaklanjuti.")
        return
    p = Person()
    k = Person(sex="M")
    t = R.randint(0, 2)
    if t == 0:
        d(f"Resi ", NM(resi()), f" ({c}) dinyatakan diterima oleh 'tetangga' padahal tidak ada yang menerima. Kurirnya ",
          ch(["Mas ", "Pak ", "Bang ", ""]), P(k, ch(["call", "full"])), " (", S("PHONE", phone(k)), ") tidak bisa dihubungi. "
          "Alamat penerima: ", *ny_or_name(p, "full"), ", ", S("ADDRESS", addr(p=p)), landmark(0.6), area(p), ". Mohon ditindak.")
    elif t == 1:
        d(f"Saya penjual online, {ch(['3', '5', '7'])} paket COD dikembalikan rusak oleh {c}. Order ", NM(order_id()),
          f". Kerugian {money()}. Klaim saya ditolak. Data saya: ", P(p, "full"), ", email ", S("EMAIL", p.email()),
          ", rekening pencairan ", *bank_piece()[0], ".")
    else:
        d(f"Kurir {c} ", ch(["berinisial ", "bernama "]), P(k, "full"), " membuka paket saya di depan rumah lalu minta ongkir "
          f"tambahan {money()}. Motor yang dipakai ", S("PLATE", plate()), f". Kejadian {incident_date()} pukul "
          f"{R.randint(9, 20)}.{R.randint(10, 59)}. Saya ", P(p, ch(["call", "full"])), ", tinggal di ", S("ADDRESS", addr(p=p)), ".")


# ----------------------------------------------------------------------------------------
# Style: public transport (KRL, TransJakarta, ojol, angkot, bus AKAP)
# ----------------------------------------------------------------------------------------
STATIONS = ["Manggarai", "Tanah Abang", "Bogor", "Citayam", "Depok Baru", "Duri", "Rangkasbitung", "Bekasi",
            "Tangerang", "Parung Panjang", "Jatinegara", "Cikarang", "Kampung Bandan", "Sudirman"]
HALTE = ["Halte Harmoni", "Halte Dukuh Atas", "Halte Bundaran HI", "Halte Gatot Subroto Jamsostek",
         "Halte Cawang Sutoyo", "Halte Blok M", "Halte Pulogadung", "Halte Kampung Melayu"]


def st_transport(d, pii):
    if not pii:
        t = R.randint(0, 2)
        if t == 0:
            d(f"KRL {NM(krl_no())[1]} relasi {ch(STATIONS)}–{ch(STATIONS)} tertahan {R.randint(20, 70)} menit di "
              f"Stasiun {ch(STATIONS)} pada {incident_date()}. Tidak ada pengumuman, AC gerbong {R.randint(1, 12)} mati. "
              "Mohon ", NM(ch(['@CommuterLine', 'KAI Commuter'])), " memperbaiki informasi perjalanan. #KRLMania")
        elif t == 1:
            d(f"Bus TransJakarta koridor {R.randint(1, 13)} kode ", NM(bus_code()), f" tidak berhenti di {ch(HALTE)} "
              f"padahal banyak penumpang menunggu. Terjadi {incident_date()} sekitar pukul {R.randint(6, 22)}.{R.randint(10, 59)}. "
              "Tolong dievaluasi operatornya.")
        else:
            d(f"Pungli parkir liar di depan {ch(['Stasiun ' + ch(STATIONS), ch(HOSPITALS), 'Pasar Induk'])}, tarif {money('small')} "
              f"sekali parkir motor. Dishub tidak pernah menertibkan. Sesuai {ch(REGULATIONS)} retribusi harus ada karcis resmi.")
        return
    p = Person()
    t = R.randint(0, 4)
    if t == 0:
        drv = Person(sex="M")
        d(f"Pengemudi ojol {ch(['Gojek', 'Grab', 'Maxim', 'inDrive'])} bernama ", P(drv, ch(["full", "call"])), ", nopol ",
          S("PLATE", plate()), f", {ch(['Honda Vario hitam', 'Yamaha NMAX putih', 'Honda Beat merah', 'Avanza silver'])}, "
          "mengantar saya keliling jauh lalu minta tambahan ongkos dan mengancam. Order ", NM(order_id()),
          f" tanggal {incident_date()}. Saya ", P(p, ch(["full", "call"])), ", ", S("PHONE", phone(p)), ".")
    elif t == 1:
        d(f"Tas saya tertinggal di KRL {krl_no()} gerbong {R.randint(1, 12)} jurusan {ch(STATIONS)}. Isinya dompet, KTP atas nama ",
          P(p, ch(["upper", "full"])), " dan laptop. Kalau ada yang menemukan mohon hubungi ", S("PHONE", phone(p)),
          " atau e-mail ", S("EMAIL", p.email()), ". Sudah lapor ke petugas Stasiun ", ch(STATIONS), ".")
    elif t == 2:
        d(f"Bus AKAP {ch(['PO Sinar Jaya', 'PO Rosalia Indah', 'PO ALS', 'PO Bintang Timur', 'PO Harapan Jaya'])} nopol ",
          S("PLATE", plate(ch(["space", "dash"]))), f" ugal-ugalan di tol km {R.randint(10, 400)}, saling salip dengan truk. "
          f"Penumpang sudah menegur tapi sopir marah. {incident_date()}. Pelapor: ", P(p, "full"), ".")
    elif t == 3:
        d(f"Angkot {ch(['05', '12', 'T19', 'M26', 'D03'])} nopol ", S("PLATE", plate()), f" ngetem di bawah rambu dilarang berhenti depan "
          f"{ch(HALTE + ['Terminal Kampung Rambutan', 'Pasar Minggu'])} setiap pagi, menyebabkan macet. Sopirnya dipanggil ",
          ch(["Bang ", "Mang ", ""]), P(Person(sex="M"), "call"), f" sama warga. Sudah lapor ke Dishub. {emo()}")
    else:
        d("Saya penumpang TransJakarta, dilecehkan penumpang lain di ", ch(HALTE), f" pada {incident_date()}. Petugas "
          "on-board hanya diam. Pelaku turun di halte berikutnya. Mohon rekaman CCTV diamankan. Identitas saya: ",
          P(p, "full"), ", lahir ", S("DATE_OF_BIRTH", dob(p)), ", HP ", S("PHONE", phone(p)), ".")


# ----------------------------------------------------------------------------------------
# Style: tax (NPWP 15 and 16 digit)
# ----------------------------------------------------------------------------------------
KPP = ["KPP Pratama Jakarta Kebayoran Lama", "KPP Pratama Bandung Cicadas", "KPP Pratama Medan Polonia",
       "KPP Pratama Makassar Selatan", "KPP Pratama Denpasar Timur", "KPP Pratama Surabaya Rungkut",
       "KPP Pratama Ambon", "KPP Pratama Jayapura", "KPP Pratama Kupang", "KPP Pratama Padang Satu"]


def st_pajak(d, pii):
    if not pii:
        d(f"Sejak migrasi ke Coretax sesuai {ch(['PMK 81 Tahun 2024', 'PER-6/PJ/2024', 'PMK 112/PMK.03/2022'])}, saya tidak bisa "
          f"login. NIK saya sudah dipadankan di DJP Online tapi tetap gagal. Telepon Kring Pajak 1500200 antre "
          f"{R.randint(30, 90)} menit. Batas lapor SPT 31 Maret, denda {money()}. Mohon {ch(KPP)} membuka layanan tatap muka.")
        return
    p = Person(age=(24, 70))
    t = R.randint(0, 3)
    if t == 0:
        d("NPWP saya ", S("NPWP", npwp(p, ch(["old", "plain15"]))), f" tercatat ganda di {ch(KPP)}, sehingga ada tagihan STP "
          f"{money()} yang bukan milik saya. Nama wajib pajak ", P(p, "full"), ", e-mail terdaftar ", S("EMAIL", p.email()), ".")
    elif t == 1:
        d("Sejak NIK menjadi NPWP, data saya di Coretax tidak sinkron. NPWP 16 digit saya ", S("NPWP", npwp(p, "nik16")),
          " (dulu ", S("NPWP", npwp(p, "old")), ") muncul atas nama orang lain. Saya ", *who(p, "full"), ", HP ",
          S("PHONE", phone(p)), ".")
    elif t == 2:
        d("Konsultan pajak ", P(Person(), "full"), f" menerima uang {money()} untuk mengurus pengembalian PPh, ternyata tidak "
          "pernah dilaporkan. NPWP saya ", S("NPWP", npwp(p, "zero16")), ". Bukti transfer ke ", *bank_piece()[0], " a.n. ",
          P(Person(), "full"), f". Mohon {ch(KPP)} menindak.")
    else:
        d(f"{ch(KPP)} menolak permohonan penghapusan NPWP almarhum ayah saya, ", P(Person(sex='M', age=(60, 90), region=p.region), "full"),
          ", NPWP ", S("NPWP", npwp(None, "old")), ", karena kurang surat keterangan ahli waris. Saya ", P(p, "call"),
          ", NIK ", S("NIK", nik(p)), ", sudah melampirkan semua.")


# ----------------------------------------------------------------------------------------
# Style: civil servants and teacher certification
# ----------------------------------------------------------------------------------------
def st_asn(d, pii):
    school = f"{ch(['SD Negeri', 'SMP Negeri', 'SMA Negeri', 'MTs Negeri', 'SMK Negeri'])} {R.randint(1, 30)} {ch(ch(list(REGION_INFO.values()))[1]).replace('Kab. ', '').replace('Kota ', '')}"
    if not pii:
        d(f"Tunjangan Profesi Guru triwulan {R.randint(1, 4)} di {school} (NPSN ", NM(npsn()), ") belum cair, padahal SKTP "
          f"sudah terbit di Info GTK. Dinas pendidikan menyebut menunggu SK nomor ", NM(sk_number()),
          f". Guru honorer juga belum menerima insentif {money()}. Mohon kejelasan sesuai "
          f"{ch(['Permendikbudristek No. 45 Tahun 2023', 'UU No. 14 Tahun 2005', 'PP No. 41 Tahun 2009'])}.")
        return
    p = Person(age=(27, 58))
    t = R.randint(0, 3)
    if t == 0:
        d("Saya ", *titled(p, "full", deg=0.9), f", guru di {school}, NIP ", S("NIP", nip(p)),
          f". TPG saya belum dibayar {R.randint(2, 4)} triwulan. NUPTK sudah valid, tapi SKTP tidak terbit. "
          f"Akun SIMPKB memakai e-mail ", S("EMAIL", ascii_name(p.name)[0] + "." + ascii_name(p.name)[-1] + ch(["@guru.sd.belajar.id", "@guru.smp.belajar.id", "@admin.belajar.id"])),
          ". Mohon dibantu.")
    elif t == 1:
        boss = Person(age=(40, 58))
        d("Kepala sekolah kami, ", *titled(boss, ch(["full", "upper"])), " (NIP ", S("NIP", nip(boss)), "), memotong dana "
          f"BOS untuk 'uang koordinasi' {money()} per guru. Kami takut melapor terbuka. Kontak saya: ",
          S("PHONE", phone(p)), ".")
    elif t == 2:
        d("Pangkat saya tidak naik sejak ", str(R.randint(2016, 2020)), " karena berkas hilang di BKPSDM. Data: ",
          P(p, ch(["upper", "full"])), ", NIP ", S("NIP", nip(p, "plain")), ", lahir ", S("DATE_OF_BIRTH", dob(p)),
          ". SK terakhir nomor ", NM(sk_number()), ".")
    else:
        d("Mohon ditertibkan ASN Dinas ", ch(["PUPR", "Perhubungan", "Kesehatan", "Sosial"]), " yang bolos tiap Jumat, a.n. ",
          P(Person(), "full"), " dan ", P(Person(), ch(["full", "init"])), ". Absensi online diakali pakai aplikasi fake GPS. Pelapor: ",
          P(p, "call"), " (", S("EMAIL", p.email()), ").")


# ----------------------------------------------------------------------------------------
# Style: Hajj / Umrah and migrant workers (passports)
# ----------------------------------------------------------------------------------------
TRAVEL = ["PT Amanah Safar Mulia", "PT Barokah Arafah Wisata", "PT Nur Madinah Tour", "PT Cahaya Multazam",
          "PT Mabrur Sejahtera Abadi", "KBIHU Al-Mabrur"]
P3MI = ["PT Karya Mandiri Sentosa", "PT Duta Pekerja Nusantara", "PT Mitra Jaya Abadi Internasional"]


def mkt_agent():
    a = Person(region=ch(["islam", "jawa", "sunda", "betawi", "bugis"]))
    return [ch(["Ustaz ", "Pak ", "Bapak "]) if a.sex == "M" else ch(["Ustazah ", "Bu ", "Ibu "]), P(a, "call")]


def st_haji(d, pii):
    if not pii:
        d(f"Jemaah umrah {ch(TRAVEL)} sebanyak {R.randint(30, 150)} orang gagal berangkat dari {ch(AIRPORTS)} pada "
          f"{incident_date()}. Biaya per orang {money('large')}. Kemenag menyatakan travel tidak terdaftar sesuai {ch(['UU No. 8 Tahun 2019', 'Permenag No. 5 Tahun 2021'])}. "
          f"Nomor porsi jemaah haji reguler tidak terkait. Pengaduan melalui ", NM(ch(["umroh@kemenag.go.id", "pengaduan@kemenag.go.id"])), ".")
        return
    p = Person(region=ch(["islam", "jawa", "sunda", "bugis", "minang", "aceh", "betawi", "banjar", "buton"]), age=(30, 75))
    t = R.randint(0, 2)
    if t == 0:
        nm = p.name.upper() if chance(0.6) else p.name
        d(f"Saya jemaah umrah {ch(TRAVEL)} yang gagal berangkat. Paspor saya (", S("PASSPORT", passport()), ") dan paspor istri (",
          S("PASSPORT", passport()), ") ditahan travel. Nama di paspor: ", S("PERSON", nm), ", tanggal lahir ",
          S("DATE_OF_BIRTH", dob(p, ch(["long", "dash", "mon3"]))), ". Marketing travel, ", *mkt_agent(), ", HP ",
          S("PHONE", phone()), ", sudah tidak aktif.")
    elif t == 1:
        w = Person(region=p.region, age=(20, 40))
        d("Adik saya ", P(w, "full"), f" bekerja sebagai PMI di {ch(['Taiwan', 'Malaysia', 'Hong Kong', 'Arab Saudi'])} lewat "
          f"{ch(P3MI)}. Sudah {R.randint(3, 11)} bulan gajinya tidak dibayar dan paspornya ", S("PASSPORT", passport()),
          " dipegang majikan. Nomor terakhir yang bisa dihubungi ", S("PHONE", foreign_phone()), ". Saya ", P(p, "call"),
          ", ", S("PHONE", phone(p)), ". Mohon ", NM("BP2MI"), " membantu.")
    else:
        d("Permohonan pembatalan porsi haji almarhumah ibu saya, ", P(Person(sex='F', region=p.region, age=(60, 90)), "full"),
          ", ditolak Kemenag karena nama di paspor (", S("PASSPORT", passport()), ") berbeda satu huruf dengan KTP. "
          "Ahli waris: ", P(p, "full"), ", NIK ", S("NIK", nik(p)), ", rekening ", *bank_piece(ch(["BSI", "BRI", "Bank Aceh Syariah", "BNI"]), cue=False)[0], ".")


# ----------------------------------------------------------------------------------------
# Style: banks, e-wallets, scams
# ----------------------------------------------------------------------------------------
def st_bank(d, pii):
    if not pii:
        d(f"Rekening saya diblokir sepihak setelah ada transaksi {money()} yang tidak saya lakukan pada {incident_date()}. "
          f"Call center {ch(['BRI 14017', 'BCA 1500888', 'BNI 1500046'])} hanya memberi nomor tiket ", NM(ticket()),
          f". Sesuai {ch(['POJK No. 22 Tahun 2023', 'UU No. 27 Tahun 2022'])} bank wajib menjelaskan. OJK tolong tindak lanjuti.")
        return
    p = Person()
    t = R.randint(0, 3)
    if t == 0:
        sc = Person()
        bp, b = bank_piece()
        d(f"Saya tertipu jual beli HP bekas di {ch(['Facebook Marketplace', 'Instagram', 'grup WhatsApp'])}. Sudah transfer {money()} ke ",
          bp, " a.n. ", P(sc, ch(["full", "upper"])), ". Nomor penipu ", S("PHONE", phone(sc)), " sekarang tidak aktif. Mohon rekening diblokir.")
    elif t == 1:
        c = Person(age=(7, 18), region=p.region)
        d("Dana PIP anak saya ", P(c, "full"), " tidak masuk ke ", *bank_piece(ch(["BRI", "BNI", "BSI"]))[0], ". Sekolah bilang "
          f"sudah cair sejak {incident_date()}. Saya walinya, ", *(ny(p) if p.sex == "F" and chance(0.4) else who(p, "full")), ".")
    elif t == 2:
        d(f"Saldo DANA saya {money()} hilang, akun dibobol. Nomor akun DANA saya ", S("PHONE", phone(p, "plain")),
          " atas nama ", P(p, "full"), ". Uang dipindah ke OVO ", S("PHONE", phone()), ". CS DANA lambat sekali.")
    else:
        d("Cicilan KPR BTN saya sudah lunas tapi sertifikat belum diserahkan. Rekening KPR ", S("BANK_ACCOUNT", bank_account("BTN")[1]),
          " atas nama ", P(p, "full"), ", rumah di ", S("ADDRESS", addr(ch(["perum", "btn", "kav"]))), area(p), ".")


# ----------------------------------------------------------------------------------------
# Style: regional-language and English code-mixing
# ----------------------------------------------------------------------------------------
def st_campur(d, pii):
    lang = ch(["manado", "ambon", "papua", "betawi", "banjar", "minang", "bugis", "jawa", "sunda", "english"])
    if not pii:
        lines = {
            "manado": f"Selamat siang, kita mo lapor. So dua minggu air PDAM nyanda mo kaluar di Kel. {kel()}. Torang so lapor di kantor mar dorang cuma bilang sabar. Tagihan tetap {money('bill')}. Makase banyak.",
            "ambon": f"Beta mau lapor, jalan di depan {ch(WORSHIP)} su rusak parah, oto seng bisa lewat. Katong su lapor ke 1708 deng nomor {ticket()}, tapi seng ada kabar.",
            "papua": f"Sa mau lapor, guru-guru di SD Inpres kampung sa su tiga bulan tra datang mengajar. Anak-anak dong cuma main. Tolong dinas pendidikan turun liat.",
            "betawi": f"Aye mau ngadu nih, got di sepanjang {hero()} mampet, tiap ujan banjir sebetis. Kagak ada yang ngurusin dari {incident_date()}. Tolongin dong.",
            "banjar": f"Ulun handak melapor, jalan di kampung ulun rusak banar, kada kawa dilewati mun hujan. Sudah {R.randint(2, 5)} tahun kada diperbaiki. Tarima kasih banyak.",
            "minang": f"Ambo nio malapor, lampu jalan di {hero()} alah mati sabulan. Malam galok bana, banyak urang jatuah dari honda. Tolong diparbaiki.",
            "bugis": f"Tabe' Pak, saya mau melapor di', jembatan di {kec()} rusak mi, anak sekolah tidak bisa lewat. Sudah lapor ke kepala desa tapi belum ada ji.",
            "jawa": f"Nyuwun sewu, kulo badhe lapor, dalan teng {kel()} rusak sanget, katah bolongane. Sampun lapor ten kelurahan nanging dereng wonten tanggapan. Matur nuwun.",
            "sunda": f"Punten, abdi bade lapor, cai PDAM di {kel()} tos saminggon teu ngocor. Tagihan mah tetep {money('bill')}. Hatur nuhun.",
            "english": f"Hi admin, mau complain soal lampu jalan di {hero()}, literally udah mati 3 minggu which is super dangerous. Already reported via 1708, ticket {ticket()}. Thanks!",
        }
        txt = lines[lang]
        # register spelled ticket numbers as near-misses
        m = re.search(r"(?:nomor|ticket) (#?\d+)", txt)
        if m:
            d(txt[:m.start(1)], NM(m.group(1)), txt[m.end(1):])
        else:
            d(txt)
        return
    reg = {"manado": "manado", "ambon": "ambon", "papua": "papua", "betawi": "betawi", "banjar": "banjar",
           "minang": "minang", "bugis": "bugis", "jawa": "jawa", "sunda": "sunda", "english": None}[lang]
    p = Person(region=reg)
    ph = S("PHONE", phone(p))
    ad = [S("ADDRESS", addr(p=p)), landmark(0.35)]
    if lang == "manado":
        d("Selamat siang, kita mo lapor. Kita pe rumah di ", ad, area(p), ", so dua minggu air PDAM nyanda mo kaluar. "
          "Torang so lapor di kantor mar dorang cuma bilang sabar. Kita pe nama ", P(p, "full"), ", nomor ", ph, ". Makase banyak.")
    elif lang == "ambon":
        q = Person(region="ambon", sex="M")
        d("Beta mau lapor, ", q.honor(0.8), P(q, "full"), " yang karja di kantor desa minta doi ", money(), " for urus surat tanah. "
          "Katong seng mampu. Beta pung nama ", P(p, ch(["full", "call"])), ", beta pung nomor ", ph, ".")
    elif lang == "papua":
        c = Person(region="papua", age=(12, 18))
        d("Sa mau lapor, sa pu anak ", P(c, "full"), " pu ijazah ditahan sekolah karena belum bayar uang komite. "
          "Sa pu nama ", P(p, "full"), ", tinggal di ", ad, area(p), ". Ko bisa telpon sa di ", ph, ".")
    elif lang == "betawi":
        d("Aye mau ngadu nih, got di depan rumah aye mampet, tiap ujan banjir. Rumah aye di ", ad, area(p), ". Nama aye ",
          P(p, ch(["full", "call"])), ", hape ", ph, ". Kagak ada yang ngurusin dari taun kemaren.")
    elif lang == "banjar":
        d("Ulun handak melapor, jalan di kampung ulun rusak banar. Ulun ", P(p, "full"), ", rumah di ", ad, area(p),
          ", nomor hp ", ph, ". Tarima kasih banyak lah pian.")
    elif lang == "minang":
        d("Ambo nio malapor, BLT indak sampai ka ambo padahal namo ado di daftar. Namo ambo ", P(p, "full"), ", NIK ",
          S("NIK", nik(p)), ", rumah ambo di ", ad, area(p), ". Nomor HP ambo ", ph, ".")
    elif lang == "bugis":
        d("Tabe' Pak, saya mau melapor di', sertifikat tanahku ditahan sama ", P(Person(region="bugis"), "full"),
          " yang bilang dari BPN. Namaku ", P(p, "full"), ", rumahku di ", ad, area(p), ", nomor hp ku ", ph, " ji.")
    elif lang == "jawa":
        d("Nyuwun sewu, kulo badhe lapor. Griya kulo ing ", ad, area(p), " kebanjiran amargi talud ambrol. Asma kulo ",
          P(p, ch(["full", "call"])), ", nomer HP ", ph, ". Matur nuwun.")
    elif lang == "sunda":
        d("Punten, abdi bade lapor, Pa RT ", P(Person(region="sunda", sex="M"), "call"), " teu daek masihan surat pengantar. "
          "Nami abdi ", P(p, "full"), ", bumi abdi di ", ad, area(p), ", nomer HP ", ph, ". Hatur nuhun.")
    else:
        d("Hi admin, mau complain soal apartemen aku, pengelolanya literally matiin air tanpa notice, which is illegal kan? "
          "FYI unit aku di ", S("ADDRESS", addr("apt")), area(p), ". Contact me at ", S("EMAIL", p.email()), " or WA ",
          ph, ". Thanks, ", P(p, ch(["full", "call"])), ".")


# ----------------------------------------------------------------------------------------
# Style: very short texts (< 80 characters)
# ----------------------------------------------------------------------------------------
def st_short(d, pii):
    if not pii:
        t = R.randint(0, 7)
        opts = [
            lambda: d(f"Lampu merah {hero()} mati lagi. #1708"),
            lambda: d("Tiket ", NM(ticket()), " kok belum diproses?"),
            lambda: d(f"Jalan rusak km {R.randint(2, 80)}, {R.randint(20, 90)} KK terdampak."),
            lambda: d("NIK saya sudah dicek di 3 aplikasi, tetap error."),
            lambda: d(f"Antre di {ch(HOSPITALS)} 6 jam!"),
            lambda: d(f"Bansos RT {R.randint(1, 12):02d} belum cair. {ch(RELIG_EXCL)}!"),
            lambda: d("Resi ", NM(resi()), " nyangkut 2 minggu."),
            lambda: d(f"SPBU {spbu()} jual pertalite pakai jeriken."),
        ]
        opts[t]()
        return
    p = Person()
    t = R.randint(0, 11)
    opts = [
        lambda: d("Kurir: ", P(Person(sex="M"), "call"), " ", S("PHONE", phone(None, ch(["space", "dash", "plain"])))),
        lambda: d("NIK ", S("NIK", nik(p, typo=chance(0.5))), " kok ganda?"),
        lambda: d("Cek NPWP ", S("NPWP", npwp(p, "old")), " dong"),
        lambda: d(S("HANDLE", p.handle()), " jual data KTP, tolong blokir"),
        lambda: d("Paspor ", S("PASSPORT", passport()), " ditahan travel."),
        lambda: d("BPJS ", S("BPJS", bpjs()), " nonaktif, kenapa?"),
        lambda: d("Nopol ", S("PLATE", plate()), " tabrak lari!"),
        lambda: d("Email sy ", S("EMAIL", p.email()), " diretas"),
        lambda: d("a.n. ", P(p, ch(["full", "upper", "init"])), ", lahir ", S("DATE_OF_BIRTH", dob(p))),
        lambda: d("KK ", S("KK", kk(p)), " blm update"),
        lambda: d("Rek ", *bank_piece(None, cue=False)[0], " penipu"),
        lambda: d("NIP ", S("NIP", nip(p)), " salah TMT"),
    ]
    opts[t]()


# ----------------------------------------------------------------------------------------
# Style: long multi-paragraph texts (2,048 - 4,096 UTF-8 bytes)
# ----------------------------------------------------------------------------------------
def pick(n, used):
    free = [i for i in range(n) if i not in used]
    t = ch(free) if free else R.randint(0, n - 1)
    used.add(t)
    return t


def para_nopii(d, used):
    t = pick(11, used)
    if t == 0:
        d(f"Pada {incident_date()} sekitar pukul {R.randint(6, 22)}.{R.randint(10, 59)} WIB, jalan di {hero()} km {R.randint(1, 40)} "
          f"kembali amblas sedalam kurang lebih {R.randint(30, 120)} cm. Ini kejadian ketiga sejak awal tahun. Sudah ada "
          f"{R.randint(2, 9)} pengendara motor yang jatuh, salah satunya dibawa ke {ch(HOSPITALS)}. Warga memasang ranting dan "
          "ban bekas sebagai tanda bahaya karena rambu dari dinas tidak pernah dipasang.\n\n")
    elif t == 1:
        d(f"Kami sudah melapor melalui SMS 1708 dan situs lapor.go.id dengan nomor laporan ", NM(ticket()), ", kemudian "
          f"ditanyakan lagi dengan nomor ", NM(ticket()), f". Jawaban yang kami terima hanya 'laporan diteruskan ke instansi "
          f"berwenang'. Menurut UU No. 25 Tahun 2009, penyelenggara wajib menanggapi pengaduan dalam waktu yang ditentukan, "
          "namun sampai hari ini tidak ada petugas yang datang.\n\n")
    elif t == 2:
        d(f"Sebagai gambaran, di lingkungan kami ada {R.randint(80, 400)} KK dan {R.randint(15, 60)} di antaranya lansia. "
          f"Air bersih dari PDAM hanya mengalir dua jam sehari, itu pun keruh. Warga terpaksa membeli air jeriken "
          f"{money('small')} per hari. Bagi buruh harian, biaya ini sangat berat. {ch(RELIG_THANKS)}, kami masih bisa bertahan berkat "
          "bantuan tetangga dan pengurus rumah ibadah.\n\n")
    elif t == 3:
        d(f"Rapat warga di Balai {ch(['Desa', 'RW', 'Dusun'])} pada {incident_date()} dihadiri {R.randint(30, 120)} orang. "
          f"Ketua RT 0{R.randint(1, 9)}, Ketua RW, Babinsa dan Bhabinkamtibmas ikut hadir. Kesimpulan rapat: warga sepakat "
          f"menyurati Bupati dan DPRD, dengan tembusan ke Ombudsman RI Perwakilan {ch(['Jawa Tengah', 'Sulawesi Selatan', 'Sumatera Utara', 'Papua', 'Nusa Tenggara Timur', 'Bali'])}. "
          "Surat ditandatangani seluruh ketua RT.\n\n")
    elif t == 4:
        d(f"Yang membuat kami kecewa, anggaran perbaikan sebesar {money('large')} sebenarnya sudah tercantum dalam APBD tahun "
          f"{ch([2023, 2024])}. Namun di lapangan hanya ditambal sulam dengan aspal tipis, dan dua minggu kemudian rusak lagi. "
          f"Kami meminta Inspektorat memeriksa pekerjaan ini, termasuk volume dan spesifikasi material sesuai Perpres No. 16 Tahun 2018.\n\n")
    elif t == 5:
        d(f"Sebagai pembanding, ruas {hero()} di kecamatan sebelah sudah dicor beton sejak {R.randint(2019, 2023)}. Kami "
          "tidak meminta perlakuan khusus, hanya keadilan. Anak-anak sekolah di SD dan SMP terdekat harus berjalan kaki "
          f"{R.randint(2, 6)} km melewati jalan berlumpur, dan ambulans dari puskesmas tidak bisa masuk saat hujan.\n\n")
    elif t == 6:
        d(f"Informasi tambahan: pengaduan serupa pernah dimuat media lokal pada {incident_date()}. Kepala dinas saat itu "
          f"berjanji menindaklanjuti dalam 30 hari. Call center {ch(HOTLINES)} juga sudah kami hubungi berkali-kali, dan "
          "surel ke ", inst_email(), " tidak pernah dibalas. Kami juga sudah menandai ", inst_handle(),
          " di media sosial.\n\n")
    elif t == 7:
        d(f"Harapan kami sederhana: ada petugas yang datang mengecek, ada jadwal perbaikan yang jelas, dan ada "
          f"penjelasan tertulis. {ch(RELIG_CLOSE)} Kami percaya layanan publik bisa lebih baik bila pengaduan warga "
          "ditanggapi dengan serius, bukan sekadar diberi nomor tiket.\n\n")
    elif t == 8:
        d(f"Di sekitar lokasi ada {ch(WORSHIP)}, {ch(['SD Inpres', 'SMP Negeri', 'MI Muhammadiyah', 'SMA Kristen'])} "
          f"{R.randint(1, 20)} (NPSN ", NM(npsn()), f") dan pasar tradisional. Setiap pagi lebih dari {R.randint(200, 900)} "
          f"orang melintas. Dua bulan lalu sebuah {ch(['angkot', 'truk pasir', 'bus sekolah'])} terperosok dan menutup jalan "
          f"selama {R.randint(2, 6)} jam sampai ditarik mobil derek milik Dishub.\n\n")
    elif t == 9:
        d(f"Kami juga mencatat bahwa SPBU ", NM(spbu()), f" di ujung jalan melayani pembelian solar dengan jeriken untuk "
          f"truk tambang pada malam hari. Antrean kendaraan mengular sampai {hero()} dan membuat ruas itu macet. Sesuai "
          f"Perpres No. 191 Tahun 2014, BBM bersubsidi tidak boleh dijual untuk kegiatan tersebut.\n\n")
    else:
        d(f"Pada {incident_date()} petugas dari {ch(['Dinas PUPR', 'BPBD', 'Dinas Perkim', 'UPT Jalan dan Jembatan'])} datang "
          f"mengukur, memotret, lalu pergi. Mereka mengatakan usulan sudah masuk e-planning dengan kode kegiatan "
          f"{R.randint(1, 9)}.{R.randint(1, 9)}.{R.randint(10, 99)}.{R.randint(1, 9)}. Sejak itu tidak ada kabar apa pun, "
          "padahal kerusakan makin parah setiap minggu.\n\n")


def para_pii_intro(d, p):
    d("Perkenalkan, saya ", *who(p, "full"), f", warga {p.city}, tinggal di ", S("ADDRESS", addr(p=p)), landmark(0.3), area(p),
      ". Saya menulis pengaduan ini atas nama warga yang terdampak, dengan persetujuan pengurus lingkungan.\n\n")


def para_pii(d, p, used):
    t = pick(11, used)
    if t == 0:
        d("Perkenalkan, saya ", *who(p, "full"), f", warga {p.city}, tinggal di ", S("ADDRESS", addr(p=p)), landmark(0.3), area(p),
          ". Saya menulis pengaduan ini atas nama warga yang terdampak, dengan persetujuan pengurus lingkungan.\n\n")
    elif t == 1:
        o = Person()
        d(f"Pada {incident_date()} saya mendatangi kantor kelurahan dan ditemui oleh ", *who(o, ch(["full", "call"])),
          ", yang mengaku sebagai staf pelayanan. Beliau menyatakan berkas saya hilang dan meminta saya membayar "
          f"{money()} agar 'dipercepat'. Saya menolak dan meminta tanda terima, tetapi tidak diberikan.\n\n")
    elif t == 2:
        av = addr(p=p)
        d("Data diri saya untuk verifikasi:\nNama   : ", P(p, ch(["full", "upper"])), "\nNIK    : ", S("NIK", nik(p, typo=chance(0.15))),
          "\nNo. KK : ", S("KK", kk(p)), "\nTTL    : ", p.city.replace("Kab. ", "").replace("Kota ", ""), ", ",
          S("DATE_OF_BIRTH", dob(p)), "\nAlamat : ", S("ADDRESS", split_line(av, " " * 9) if chance(0.5) else av),
          "\nHP/WA  : ", S("PHONE", phone(p)), "\n\n")
    elif t == 3:
        o = Person(sex="M")
        d("Kendaraan proyek yang merusak jalan adalah truk ", S("PLATE", plate()), " dan ", S("PLATE", plate()),
          ", milik kontraktor yang dikelola ", *who(o, "full"), ". Sopirnya sudah kami tegur tapi tetap melintas "
          "dengan muatan berlebih pada malam hari.\n\n")
    elif t == 4:
        m = Person(sex="F", age=(55, 85), region=p.region)
        d("Ibu saya, ", P(m, "full"), ", lahir ", S("DATE_OF_BIRTH", dob(m)), ", peserta JKN-KIS PBI dengan nomor kartu ",
          S("BPJS", bpjs()), ". Kartunya dinonaktifkan tanpa pemberitahuan sehingga pengobatan rutin terhenti.\n\n")
    elif t == 5:
        d("Apabila diperlukan klarifikasi, petugas dapat menghubungi saya melalui ", S("PHONE", phone(p)),
          ch([" atau telepon rumah ", " / kantor "]), S("PHONE", landline()), ", maupun surel ", S("EMAIL", p.email()), ".\n\n")
    elif t == 6:
        bp, b = bank_piece()
        d("Ganti rugi yang dijanjikan dapat ditransfer ke ", bp, " atas nama ", P(p, "full"),
          ". Bukti pembayaran dan kuitansi sudah saya lampirkan.\n\n")
    elif t == 7:
        q = Person()
        d(f"> Pada {mail_date()}, ", P(q, "full"), " <", S("EMAIL", q.email()), "> menulis:\n> Berkas ", P(p, "call"),
          " sudah kami terima, NPWP ", S("NPWP", npwp(p)), " sedang diverifikasi.\n> Mohon ditunggu.\n\n")
    elif t == 8:
        d("Saya juga sudah mengunggah video kejadian di Instagram (akun saya ", S("HANDLE", p.handle(ig=True)), ") dan menandai ",
          inst_handle(), ", tetapi belum ada respons resmi.\n\n")
    elif t == 9:
        w = Person()
        d("Saksi yang bersedia dimintai keterangan:\n1. ", *who(w, "full"), ", ", S("ADDRESS", addr(p=w)), "\n2. ",
          *who(Person(), "full"), ", HP ", S("PHONE", phone()), "\n\n")
    else:
        c = Person(region=p.region, age=(19, 35))
        d("Anak saya, ", P(c, ch(["full", "init"])), ", sedang bekerja di luar negeri dengan paspor ", S("PASSPORT", passport()),
          ". Surat kuasa dan fotokopi paspornya saya lampirkan karena dia tidak bisa hadir sendiri untuk mengurus berkas.\n\n")


def long_narasi(d, pii, target):
    d(ch(["Kepada Yth. Admin LAPOR!\n\n", "Perihal: Pengaduan berulang yang belum ditindaklanjuti\n\n",
          f"{ch(RELIG_GREET)}\n\n", "Yth. Bapak/Ibu Pengelola Pengaduan,\n\n", "KRONOLOGI SINGKAT\n\n"]))
    p = Person() if pii else None
    used_p, used_n = set(), set()
    n_pii = 0
    if pii and chance(0.6):
        used_p.add(0)
        para_pii_intro(d, p)
        n_pii = 1
    tries = 0
    while d.nbytes() < target:
        m = d.mark()
        if pii and (n_pii < 2 or chance(0.45)):
            para_pii(d, p, used_p)
            n_pii += 1
        else:
            para_nopii(d, used_n)
        if d.nbytes() > 3850:
            d.reset(m)
            tries += 1
            if tries > 20:
                break
    d(ch(["Demikian pengaduan ini kami sampaikan. Atas perhatian dan tindak lanjutnya kami ucapkan terima kasih.",
          "Terima kasih atas perhatiannya. Mohon laporan ini tidak dipublikasikan beserta identitas pelapor.",
          "Wassalamualaikum wr. wb."]))
    if pii:
        d("\n\nHormat saya,\n", *titled(p, ch(["full", "upper"]), deg=0.3))
    else:
        d("\n\nHormat kami,\nForum Warga Peduli Lingkungan")


STATEMENTS = ["menyampaikan bahwa saluran irigasi tersumbat sejak bulan lalu sehingga sawah di blok timur kering.",
              "mempertanyakan penerima BLT yang dinilai tidak tepat sasaran karena ada keluarga pemilik mobil.",
              "mengusulkan perbaikan jalan usaha tani dengan swadaya warga dan material dari Dana Desa.",
              "meminta transparansi penggunaan Dana Desa tahun lalu, termasuk pembangunan talud yang ambrol.",
              "melaporkan bahwa sumur bor bantuan tidak berfungsi sejak diserahkan dan pompa dibawa pulang kontraktor.",
              "menyarankan agar daftar penerima bantuan ditempel di papan pengumuman balai desa.",
              "menjelaskan bahwa lampu penerangan jalan tenaga surya di dusun barat sudah dicuri panelnya.",
              "mengingatkan bahwa jadwal posyandu bentrok dengan pembagian beras sehingga ibu-ibu harus memilih."]


def long_notulen(d, pii, target):
    desa = kel()
    notulen_head(d, desa)
    reg = ch(["jawa", "sunda", "bugis", "minang", "bali", "ntt", "batak", "islam", "papua", "manado", "ambon", "banjar"])
    if pii:
        kades, sek = Person(region=reg), Person(region=reg)
        d("Pimpinan rapat : ", *titled(kades, "full", deg=0.5), " (Kepala Desa)\nNotulis        : ", P(sek, "full"),
          " (Sekretaris Desa)\n")
    else:
        d("Pimpinan rapat : Kepala Desa\nNotulis        : Sekretaris Desa\n")
    d(f"Peserta        : {R.randint(30, 120)} orang, {R.randint(20, 90)} KK terwakili\n\nJalannya rapat:\n"
      "1. Pembukaan dan doa. Kepala Desa menjelaskan dasar musyawarah, yaitu ", ch(REGULATIONS), ".\n")
    i = 2
    sts = STATEMENTS[:]
    R.shuffle(sts)
    while d.nbytes() < target - 700 and sts:
        s = sts.pop()
        if pii and chance(0.7):
            w = Person(region=reg)
            d(f"{i}. ", w.honor(0.3), P(w, ch(["full", "call", "init", "full"])),
              f" ({ch(['warga RT ' + str(R.randint(1, 9)).zfill(2), 'Kepala Dusun', 'Ketua Kelompok Tani', 'tokoh masyarakat', 'Kader Posyandu'])}) ", s, "\n")
        else:
            d(f"{i}. {ch(['Ketua BPD', 'Kepala Dusun', 'Babinsa', 'Pendamping Desa', 'Ketua RT ' + str(R.randint(1, 9)).zfill(2), 'Seorang warga'])} ", s, "\n")
        i += 1
    d(f"\nKesimpulan: usulan ditampung; verifikasi lapangan paling lambat {incident_date()}; anggaran "
      f"{money('large')} diusulkan dalam RKPDes. Keluhan lanjutan dapat disampaikan lewat SMS 1708.\n\n")
    if pii:
        d("DAFTAR HADIR\nNo | Nama | Unsur | Alamat | Paraf\n")
        k = 1
        while d.nbytes() < target and k < 14:
            m = d.mark()
            w = Person(region=reg)
            d(f"{k} | ", *ny_or_name(w, ch(["full", "upper", "init"]), 0.2), f" | {ch(ROLES)} | ",
              S("ADDRESS", (addr(p=w) if chance(0.7) else rtrw())) if chance(0.7) else "-", " | ttd\n")
            if d.nbytes() > 3950:
                d.reset(m)
                break
            k += 1
        d("\nNotulis,\n(ttd)\n", P(sek, ch(["full", "upper"])))
    else:
        items = ["Normalisasi saluran irigasi", "Perbaikan jalan usaha tani", "Sumur bor dusun barat", "Verifikasi ulang KPM BLT",
                 "Pengadaan PJU tenaga surya", "Talud penahan tebing", "Posyandu keliling", "Pelatihan kader PKK",
                 "Rehab MCK umum", "Jaringan pipa air bersih", "Bank sampah RW", "Papan informasi APBDes"]
        R.shuffle(items)
        d("RENCANA TINDAK LANJUT\nNo | Kegiatan | Volume | Anggaran | Penanggung jawab | Target\n")
        k = 1
        while d.nbytes() < target and items:
            d(f"{k} | {items.pop()} | {R.randint(1, 900)} {ch(['m', 'unit', 'titik', 'paket', 'KK'])} | {money(ch(['mid', 'large']))} | "
              f"{ch(ROLES)} | {incident_date()}\n")
            k += 1
        d("\nMengetahui,\nKepala Desa            Ketua BPD\n(ttd)                  (ttd)")


def long_utas(d, pii, target):
    p = Person() if pii else None
    inst = ch(INST_HANDLES)
    if pii:
        x_header(d, p)
    else:
        d("Akun komunitas ", ch(["Forum Warga", "Info Kampung", "Paguyuban RW"]), " (dikelola bergantian) · ", ts(), "\n")
    d("UTAS 🧵 ", ch(["kronologi jalan rusak di kampung kami", "pengalaman ngurus KTP-el yang ribet banget",
                     "air PDAM mati berminggu-minggu", "bansos yang gak pernah sampai"]), " ", NM(inst), "\n\n")
    lines = [[f"Kejadian pertama {incident_date()}, waktu itu masih lubang kecil."],
             [f"Sekarang lubangnya selebar {R.randint(1, 4)} meter, motor sering jatuh malam-malam."],
             ["Sudah lapor ke 1708, nomor tiket ", NM(ticket()), ", statusnya 'diproses' terus."],
             [f"Camat bilang anggaran {money('large')} baru cair tahun depan."],
             [f"Bandingin sama {hero()} yang mulus, padahal cuma beda 3 km."],
             [f"Warga RT {R.randint(1, 12):02d} sampai patungan beli sirtu sendiri, {money('mid')} terkumpul."],
             [f"Anak-anak ke sekolah harus muter lewat {ch(WORSHIP)}."],
             [f"Kalau hujan, air naik setinggi {R.randint(20, 80)} cm dan gak surut dua hari."],
             [f"Ambulans dari puskesmas gak bisa masuk, pasien ditandu ke {ch(HOSPITALS)}."],
             [f"Dinas bilang ini jalan kabupaten, kabupaten bilang jalan provinsi. Ping-pong {emo()}"],
             ["Sudah kirim surel ke ", inst_email(), " juga, belum dibalas."],
             [f"Tahun {R.randint(2019, 2022)} pernah diaspal, tapi cuma tahan {R.randint(2, 8)} bulan."],
             [f"Di grup WA RT, {R.randint(40, 160)} KK sepakat kumpulin tanda tangan petisi."],
             ["Mohon bantu RT biar sampai ke yang berwenang 🙏"]]
    if pii:
        lines += [["Kami sudah lapor ke kelurahan, diterima ", *who(Person(), ch(["full", "call"])),
                   f". Katanya {ch(['ditampung', 'nunggu anggaran', 'bukan kewenangan kami'])}."],
                  ["Tetangga aku ", S("HANDLE", Person().handle()), " juga udah posting soal ini, fotonya lebih jelas."],
                  ["Yang mau konfirmasi silakan DM atau WA ", S("PHONE", phone(p)), ", atau email ", S("EMAIL", p.email()), "."],
                  ["Pak RT kami, ", P(Person(), "call"), ", sudah tanda tangan surat pengantar. Rumah beliau pun kena."],
                  ["Truk proyek yang lewat tiap malam nopolnya ", S("PLATE", plate()), ", sudah kami foto."],
                  ["Rumahku sendiri di ", S("ADDRESS", addr(p=p)), ", pas di titik paling parah."]]
    first = lines[0]
    rest = lines[1:]
    R.shuffle(rest)
    seq = [first] + rest
    n = 1
    for pcs in seq:
        if d.nbytes() >= target:
            break
        m = d.mark()
        d(f"{n}/ ", pcs, "\n\n")
        if d.nbytes() > 3950:
            d.reset(m)
            break
        n += 1
    d(ch(["#LaporPakBupati #JalanRusak", "#SuaraWarga", "(selesai)", "— end of thread —"]))


def st_long(d, pii):
    target = R.randint(2150, 3500)
    kind = ch(["narasi", "narasi", "narasi", "notulen", "utas"])
    {"narasi": long_narasi, "notulen": long_notulen, "utas": long_utas}[kind](d, pii, target)


STYLES = {"sms": st_sms, "voice": st_voice, "xthread": st_xthread, "igdm": st_igdm, "fwdmail": st_fwdmail,
          "notulen": st_notulen, "utilitas": st_utilitas, "kurir": st_kurir, "transport": st_transport,
          "pajak": st_pajak, "asn": st_asn, "haji": st_haji, "bank": st_bank, "campur": st_campur,
          "short": st_short, "long": st_long}


def length_ok(style, d):
    t = d.text()
    if style == "short":
        return len(t) < 80
    if style == "sms":
        return len(t) <= 160
    if style == "long":
        return 2048 <= d.nbytes() <= 4096
    return True


# ----------------------------------------------------------------------------------------
# Generation
# ----------------------------------------------------------------------------------------
def generate():
    global R
    R = random.Random(SEED)
    plan = []
    for style, n, n0 in STYLE_PLAN:
        flags = [False] * n0 + [True] * (n - n0)
        plan += [(style, f) for f in flags]
    R.shuffle(plan)
    records = []
    seen = set()
    for i, (style, pii) in enumerate(plan, 1):
        for attempt in range(200):
            d = Doc()
            STYLES[style](d, pii)
            if length_ok(style, d) and (bool(d.spans) == pii) and d.text() not in seen:
                break
        else:
            raise SystemExit(f"could not generate a {style} text (pii={pii})")
        seen.add(d.text())
        records.append({"id": f"t16-{i:04d}-{style}", "text": d.text(),
                        "spans": [{"start": s, "end": e, "label": lab} for s, e, lab, _ in d.spans],
                        "_values": [v for _, _, _, v in d.spans], "_near": d.near, "_style": style})
    return records


# ----------------------------------------------------------------------------------------
# Validation
# ----------------------------------------------------------------------------------------
NUMWORD = r"(?:nol|kosong|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belas|puluh)"
AUDIT = [
    ("email", re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")),
    ("handle", re.compile(r"(?<![\w@.])@[A-Za-z0-9_.]*[A-Za-z0-9_]")),
    ("digits", re.compile(r"\+?\d[\d\-. ()]*\d")),
    ("spoken", re.compile(rf"\b{NUMWORD}(?: {NUMWORD}){{9,}}\b")),
    ("plate", re.compile(r"\b(?!RT\b|RW\b|KA\b|KM\b|PP\b|UU\b|SD\b|NO\b)[A-Z]{1,2}[ -]?\d{1,4}[ -]?[A-Z]{1,3}\b")),
]


def _covered(s, e, ranges):
    return any(a <= s and e <= b for a, b in ranges)


def audit_text(text, spans, near):
    """PII-looking strings outside every span and registered near-miss"""
    ranges = [(s, e) for s, e, *_ in spans] + [(s, e) for s, e, _ in near]
    found = []
    for kind, rx in AUDIT:
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            if kind == "digits":
                val = m.group(0).rstrip(" .-(")
                e = s + len(val)
                if sum(c.isdigit() for c in val) < 10:
                    continue
            if not _covered(s, e, ranges):
                found.append((kind, text[s:e]))
    return found


def validate(records):
    errs = []
    if len(records) != N_TEXTS:
        errs.append(f"{len(records)} texts, expected {N_TEXTS}")
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    if len({r["text"] for r in records}) != len(records):
        errs.append("duplicate texts")
    styles = {s for s, _, _ in STYLE_PLAN}
    counts = Counter()
    nopii = 0
    per_style = Counter()
    per_style0 = Counter()
    for r in records:
        rid, text, spans = r["id"], r["text"], r["spans"]
        m = re.fullmatch(r"t16-(\d{4})-([a-z]+)", rid)
        if not m or m.group(2) not in styles:
            errs.append(f"{rid}: bad id")
            continue
        style = m.group(2)
        per_style[style] += 1
        values = r.get("_values")
        prev_end = -1
        for k, sp in enumerate(spans):
            s, e, lab = sp["start"], sp["end"], sp["label"]
            if lab not in LABELS:
                errs.append(f"{rid}: unknown label {lab}")
            if not (0 <= s < e <= len(text)):
                errs.append(f"{rid}: span out of range {sp}")
                continue
            v = text[s:e]
            if values is not None and v != values[k]:
                errs.append(f"{rid}: text[{s}:{e}]={v!r} != inserted {values[k]!r}")
            if v != v.strip():
                errs.append(f"{rid}: span with outer whitespace {v!r}")
            if s < prev_end:
                errs.append(f"{rid}: overlapping or unsorted spans at {s}")
            prev_end = e
            if s > 0 and text[s - 1].isalnum():
                errs.append(f"{rid}: span {v!r} glued on the left ({text[s - 1]!r})")
            if e < len(text) and text[e].isalnum():
                errs.append(f"{rid}: span {v!r} glued on the right ({text[e]!r})")
            counts[lab] += 1
        if not spans:
            nopii += 1
            per_style0[style] += 1
        if style == "short" and len(text) >= 80:
            errs.append(f"{rid}: short text has {len(text)} characters")
        if style == "sms" and len(text) > 160:
            errs.append(f"{rid}: sms text has {len(text)} characters")
        if style == "long":
            nb = len(text.encode("utf-8"))
            if not 2048 <= nb <= 4096:
                errs.append(f"{rid}: long text has {nb} bytes")
        if "_near" in r:
            spans4 = [(sp["start"], sp["end"]) for sp in spans]
            for kind, val in audit_text(text, spans4, r["_near"]):
                errs.append(f"{rid}: unlabelled {kind}-like string {val!r}")
    for style, n, n0 in STYLE_PLAN:
        if per_style[style] != n or per_style0[style] != n0:
            errs.append(f"style {style}: {per_style[style]} texts / {per_style0[style]} without PII, expected {n}/{n0}")
    if nopii != N_NOPII:
        errs.append(f"{nopii} texts without PII, expected {N_NOPII}")
    for lab in LABELS:
        if counts[lab] < 10:
            errs.append(f"label {lab} occurs {counts[lab]} times (< 10)")
    if errs:
        raise SystemExit("validation failed:\n  " + "\n  ".join(errs[:60]))
    return counts


def public(records):
    return [{"id": r["id"], "text": r["text"], "spans": r["spans"]} for r in records]


def serialize(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in public(records))


def stats(records, counts):
    print(f"texts {len(records)}, without PII {sum(1 for r in records if not r['spans'])}, "
          f"spans {sum(len(r['spans']) for r in records)}")
    print("\nlabel counts:")
    for lab in LABELS:
        print(f"  {lab:14s} {counts[lab]}")
    print("\nstyles (texts / without PII / mean chars / max UTF-8 bytes):")
    by = {}
    for r in records:
        by.setdefault(r["_style"], []).append(r)
    for style, _, _ in STYLE_PLAN:
        rs = by[style]
        print(f"  {style:10s} {len(rs):3d} / {sum(1 for r in rs if not r['spans']):2d} / "
              f"{sum(len(r['text']) for r in rs) / len(rs):7.1f} / {max(len(r['text'].encode()) for r in rs)}")
    lab_style = Counter()
    for r in records:
        for sp in r["spans"]:
            lab_style[(sp["label"], r["_style"])] += 1
    print("\nlabel x style:")
    sts = [s for s, _, _ in STYLE_PLAN]
    print("  " + " " * 14 + " ".join(f"{s[:5]:>5s}" for s in sts))
    for lab in LABELS:
        print(f"  {lab:14s}" + " ".join(f"{lab_style[(lab, s)]:5d}" for s in sts))
    spoken = sum(1 for r in records for sp in r["spans"]
                 if re.search(NUMWORD, r["text"][sp["start"]:sp["end"]]) and sp["label"] not in ("PERSON", "ADDRESS"))
    typos = sum(1 for r in records for sp in r["spans"] if sp["label"] == "NIK"
                and len(re.sub(r"\D", "", r["text"][sp["start"]:sp["end"]])) in (15, 17))
    multiline = sum(1 for r in records for sp in r["spans"] if "\n" in r["text"][sp["start"]:sp["end"]])
    nonascii_before = sum(1 for r in records if r["spans"] and any(ord(c) > 127 for c in r["text"][:r["spans"][-1]["start"]]))
    print(f"\nspoken-number spans (non-name, non-address): {spoken}; mistyped NIK (15/17 digits): {typos}; "
          f"spans containing a line break: {multiline}; texts with non-ASCII before a span: {nonascii_before}")
    names = {r["text"][sp["start"]:sp["end"]] for r in records for sp in r["spans"] if sp["label"] == "PERSON"}
    print(f"distinct PERSON strings: {len(names)}")


def main():
    ap = argparse.ArgumentParser(description="generate the sixteenth held-out PII corpus")
    ap.add_argument("--stats", action="store_true", help="print statistics (does not write)")
    ap.add_argument("--check", action="store_true", help="regenerate and compare with the file on disk")
    a = ap.parse_args()
    records = generate()
    counts = validate(records)
    data = serialize(records)
    if a.check:
        with open(OUT, encoding="utf-8") as f:
            disk = f.read()
        validate([json.loads(x) for x in disk.splitlines() if x.strip()])
        if disk != data:
            raise SystemExit("check failed: sixteenth.jsonl differs from a fresh generation")
        print(f"check ok: {OUT} matches a fresh generation and validates")
        return
    if a.stats:
        stats(records, counts)
        return
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    print(f"wrote {len(records)} texts to {OUT}")


if __name__ == "__main__":
    main()
