#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of the *thirteenth* held-out PII test corpus (SP4N-LAPOR! complaints).

Written from /work/shared/pii/GUIDE.md only (plus the record format of dev_sample.jsonl and
score.py).  Python 3 standard library only; fixed seed; byte-identical output on every run.

usage:
    python3 make_thirteenth.py            # write thirteenth.jsonl next to this file, validate
    python3 make_thirteenth.py --stats    # same, then print the per-style / per-label table
    python3 make_thirteenth.py --check    # regenerate in memory, compare with the file on disk

Every span offset is computed here while the text is assembled (never typed by hand), and
validate() re-checks every record before anything is written.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
from datetime import date, timedelta

SEED = 13122026
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "thirteenth.jsonl")

LABELS = ["NIK", "KK", "NPWP", "PHONE", "EMAIL", "PLATE", "BANK_ACCOUNT", "PASSPORT",
          "BPJS", "NIP", "PERSON", "ADDRESS", "DATE_OF_BIRTH", "HANDLE"]

# Kemendagri province codes allowed by the guide (first two NIK digits).
PROV_CODES = [11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53,
              61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96]

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]
MONTHS_ABBR = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
DAYS_ABBR = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]

# --------------------------------------------------------------------------------------------
# Names.  (full name, call name) are built by make_name(); honorifics are never part of them.
# --------------------------------------------------------------------------------------------
N = {}
N["jawa_m1"] = ("Sutarno Paijo Sukirman Wagiman Sugeng Mujiono Suwarno Daryono Slamet Parman "
                "Tukijo Kasno Suparno Jumadi Sarwono Wiyono Giyanto Ngadiman Tarmuji Karyadi "
                "Sukimin Ngatijo Marjuki Poniman").split()
N["jawa_m2"] = ["Budi Santoso", "Agus Setiawan", "Eko Prasetyo", "Joko Susilo", "Tri Wahyudi",
                "Wahyu Nugroho", "Bambang Hermanto", "Heru Purnomo", "Dwi Haryanto",
                "Bayu Aji Saputro", "Gunawan Wibisono", "Andri Kurniawan", "Teguh Raharjo",
                "Didik Sulistyo", "Yanto Prabowo", "Hadi Prayitno", "Rudi Hartono Wijoyo",
                "Sigit Purwanto", "Anton Wibowo", "Purwadi Santosa"]
N["jawa_f1"] = ("Tukiyem Painem Suparmi Ngatini Parjiyem Kasiyem Ponirah Sumarni Wartini Sarinah "
                "Tumini Jumiyati Sutini Rubiyem Sukinah Waginem Partini").split()
N["jawa_f2"] = ["Sri Wahyuni", "Dwi Lestari", "Endang Susilowati", "Rina Kusumawati",
                "Yuli Astuti", "Siti Aminah", "Tri Handayani", "Eni Rahayu", "Wulan Sari",
                "Retno Palupi", "Suci Rahmawati", "Ari Wulandari", "Sulastri Ningsih",
                "Sri Rejeki", "Nur Hidayah", "Puji Lestari", "Kartini Widyastuti",
                "Umi Kulsum", "Siti Khotimah"]
N["sunda_m"] = ["Asep Saepudin", "Ujang Sutisna", "Cecep Hidayat", "Dadang Hermawan",
                "Yayan Sofyan", "Aep Saepuloh", "Ade Rukmana", "Tatang Suryana",
                "Enjang Jaenudin", "Deden Kurnia", "Ayi Rustandi", "Mamat Rahmat",
                "Iwan Setiawan", "Ujang Komarudin", "Dede Supriatna", "Engkus Kusnadi",
                "Usep Saripudin", "Odang Suhendar"]
N["sunda_f"] = ["Euis Komariah", "Iis Rostini", "Neneng Nurhayati", "Imas Masitoh",
                "Ai Nurhasanah", "Lilis Suryani", "Cucu Sumiati", "Entin Suhartini",
                "Yati Rohayati", "Nining Kurniasih", "Titin Supriatin", "Elis Nurjanah",
                "Oom Komalasari", "Yeti Mulyati", "Popon Saripah", "Enok Rosmiati"]
N["batak_m"] = ["Hotman", "Tigor", "Marulak", "Lamhot", "Jonggi", "Poltak", "Benget", "Saur",
                "Mangasi", "Parlindungan", "Bonar", "Togar", "Sahat", "Maruli", "Juliper",
                "Darwin", "Ganda", "Hasudungan", "Binsar", "Rudolf"]
N["batak_f"] = ["Rosdiana", "Ruth Natalia", "Tiurma", "Dame", "Rasmita", "Nurmala", "Lasma",
                "Rotua", "Sondang", "Ernita", "Tiarma", "Lenny Marlina", "Romauli", "Herlina",
                "Masniari", "Roslina"]
N["marga_toba"] = ["Simanjuntak", "Sitorus", "Nainggolan", "Siahaan", "Pardede", "Hutagalung",
                   "Manurung", "Sinaga", "Sihombing", "Tampubolon", "Marpaung", "Simatupang",
                   "Situmorang", "Panjaitan", "Siregar", "Hutapea", "Pasaribu", "Gultom",
                   "Napitupulu", "Simbolon", "Silalahi", "Sianturi"]
N["marga_karo"] = ["Sembiring", "Ginting", "Tarigan", "Sitepu", "Barus", "Perangin-angin"]
N["marga_mdl"] = ["Lubis", "Nasution", "Harahap", "Hasibuan", "Daulay", "Pulungan", "Rangkuti"]
N["mdl_m"] = ["Ahmad Rivai", "Pangihutan", "Muhammad Yunus", "Syahrul", "Irsan", "Zulham"]
N["mdl_f"] = ["Nurhayati", "Siti Aisyah", "Rahmadani", "Nurlela", "Khairani", "Sakinah"]
N["nias_m"] = ["Yuliman", "Sökhiaro", "Fatolosa", "Faozanöli", "Arozatulo", "Eliyunus", "Berkat",
               "Hikmat", "Yosafati", "Aroziduhu", "Fa'atulö", "Yamowa"]
N["nias_f"] = ["Kristina", "Sophia", "Yuniar", "Sinarni", "Risna", "Agustina", "Yarni",
               "Lestari", "Fatiani", "Elvida"]
N["marga_nias"] = ["Zebua", "Laia", "Harefa", "Gulö", "Mendröfa", "Telaumbanua", "Waruwu",
                   "Ndruru", "Halawa", "Zai", "Hia", "Bu'ulölö", "Duha", "Lase", "Gea", "Larosa"]
N["minang_m"] = ["Syamsul Bahri", "Efrizal", "Hendri Zainal", "Zulkifli", "Nofrizal", "Asril",
                 "Yusrizal", "Afrinaldi", "Masrul", "Jasman", "Dasrul", "Erman Syafri",
                 "Indra Jaya", "Roni Putra", "Yondri"]
N["minang_f"] = ["Yulnita", "Rosmaniar", "Desmawati", "Yusnimar", "Afriyanti", "Mardianis",
                 "Nurlela", "Rahmi Yati", "Elvi Sumarni", "Nelda Yanti", "Syafrida", "Asmaniar",
                 "Yusmaneli", "Gusnawati"]
N["minang_gelar_dt"] = ["Rajo Nan Sati", "Bandaro Kayo", "Majo Indo", "Tumanggung", "Palimo Kayo",
                        "Sinaro Panjang"]
N["minang_gelar_st"] = ["Mangkuto", "Rajo Alam", "Sinaro", "Pamenan", "Marajo"]
N["bugis_m"] = ["Arsyad", "Kaharuddin", "Syamsuddin", "Haeruddin", "Amir", "Takdir", "Rusdi",
                "Jamaluddin", "Basri", "Nurdin", "Firman", "Rahman", "Kamaruddin", "Anwar",
                "Hasbi", "Ilham", "Mappaseng", "Sudirman Ambo", "Baharuddin"]
N["bugis_f"] = ["Nurhaedah", "Tenri Ajeng", "Rahmatia", "Hasnawati", "Jumriani", "Hajrah",
                "Nurhayati", "Nurul Fadhilah", "Hasmiati", "Marwah", "Murni", "Sukmawati",
                "Haslinda", "Irmawati", "Fatmawati"]
N["bugis_last"] = ["Syam", "Kaharuddin", "Massere", "Mappaseng", "Rasyid", "Lahide", "Pawellangi",
                   "Pananrangi", "Tahir", "Syamsuddin", "Latief", "Mattalitti"]
N["buton_m"] = ["Muh. Syarif", "Ahmad Rizal", "Kadiri", "Halimu", "Saleh", "Rusli", "Hamirudin"]
N["buton_f"] = ["Nurhayati", "Sitti Marlina", "Hasna", "Asmiati", "Fitrah", "Salmia"]
N["bali_order_m"] = ["Wayan", "Putu", "Gede", "Made", "Kadek", "Nyoman", "Komang", "Ketut"]
N["bali_order_f"] = ["Wayan", "Putu", "Made", "Kadek", "Nyoman", "Komang", "Ketut"]
N["bali_m"] = ["Astawa", "Sudarsana", "Sukerta", "Budiarta", "Suardana", "Arya Wibawa",
               "Darma Putra", "Suarjana", "Wirawan", "Adnyana", "Sudiarsa", "Mertayasa", "Sumerta"]
N["bali_f"] = ["Ayu Lestari", "Sintya Dewi", "Sukarmi", "Darmini", "Suartini", "Sri Utami",
               "Ari Astiti", "Mirah Sari", "Yuliani", "Sekar Jayanti", "Mariani", "Kartini"]
N["cina_sur"] = ["Tan", "Lie", "Oei", "Liem", "Ong", "Kwee", "Go", "The", "Ang", "Lim", "Tjoa",
                 "Sie", "Njoo", "Gouw"]
N["cina_m"] = ["Kiam Hong", "Tek Liang", "Bun Tjoan", "Kim Liong", "Swie Hok", "Ping An", "Tjin Hauw"]
N["cina_f"] = ["Siok Lan", "Hui Ling", "Siu Mei", "Lie Hwa", "Giok Nio", "Mei Hwa", "Bwee Nio"]
N["cina_indo_m"] = ["Hendra Gunawan", "Andreas Tjandra", "Wijaya Kusuma", "Yohanes Santoso",
                    "Budi Hartanto Lim", "Steven Halim", "Sugianto Lim", "Herman Tanuwijaya",
                    "Rudy Setiawan", "Aleksander Sutanto", "Fery Wijaya"]
N["cina_indo_f"] = ["Susanti Halim", "Lina Wijaya", "Meliana Gozali", "Fransiska Tjahjadi",
                    "Lany Kurniawati", "Yenny Sutanto", "Veronika Setiawan", "Lucy Oktavia",
                    "Mega Suryani Tan", "Cindy Tanujaya"]
N["arab_m"] = ["Hasan bin Ali Bafadhal", "Salim Alkatiri", "Ahmad Fauzi Assegaf",
               "Umar bin Abdullah Bawazier", "Husein Basyaiban", "Abdurrahman bin Thalib",
               "Syarif Hamid Alqadri", "Fadli Alhamid", "Muhammad Rizq Alaydrus", "Ali Baraja"]
N["arab_f"] = ["Fatimah binti Abdullah", "Syarifah Nur Aisyah Alhabsyi", "Nabila Alaydrus",
               "Khadijah binti Umar Bawazier", "Zainab Alatas", "Syarifah Maryam Assegaf",
               "Aisyah Baraja", "Rugayah binti Salim", "Salma Bamatraf"]
N["aceh_m"] = ["Teuku Muhammad Iqbal", "Teuku Ramli Hasan", "Tengku Zulfikar", "Zulkarnain Yusuf",
               "Mukhlis Abdullah", "Teuku Rizal Mahdi", "Bahtiar Ismail", "Muhammad Nasir",
               "Fauzan Azhari", "Tengku Mahyiddin"]
N["aceh_f"] = ["Cut Nurul Aini", "Cut Rizka Maulidia", "Nurjannah Ibrahim", "Rahmah Yusuf",
               "Ainul Mardhiah", "Nurul Husna", "Cut Intan Nabila", "Safriana", "Cut Yusnidar"]
N["papua_m"] = ["Yohanis", "Markus", "Yulianus", "Nataniel", "Sefnat", "Benny", "Amos", "Frans",
                "Herman", "Yance", "Obeth", "Pilemon", "Decky", "Otto", "Yakob", "Lukas"]
N["papua_f"] = ["Maria", "Agustina", "Ester", "Yosina", "Dorkas", "Paulina", "Yuliana", "Mince",
                "Naomi", "Selina", "Ruth", "Orpa", "Martha"]
N["marga_papua"] = ["Wenda", "Kogoya", "Mofu", "Yikwa", "Tabuni", "Wanimbo", "Rumbiak",
                    "Mandowen", "Rumbewas", "Karubaba", "Yoku", "Wonda", "Kambu", "Ayomi",
                    "Womsiwor", "Sawaki", "Wakerkwa", "Murib", "Tebay", "Pigai", "Gobai", "Kafiar"]
N["dayak_m"] = ["Agustinus", "Lambertus", "Markus", "Samuel", "Paulus", "Hendrikus", "Benediktus",
                "Imanuel", "Yakobus", "Alexander", "Stefanus"]
N["dayak_f"] = ["Yosephina", "Yuliana", "Rosalina", "Maria Goreti", "Deli", "Elisabeth",
                "Veronika", "Lusia", "Kristina", "Theresia"]
N["dayak_sur"] = ["Tingang", "Jalong", "Lenjau", "Nyahu", "Lawing", "Ajang", "Ului", "Ipah",
                  "Laing", "Usat", "Uyun", "Dimbu", "Ngau", "Bilung", "Anyie", "Djaman"]
N["dayak_single"] = ["Apui", "Anyeq", "Lunjen", "Usun", "Ringkai"]
N["timor_m"] = ["Yakobus", "Dominggus", "Fransiskus", "Arnoldus", "Blasius", "Yermias",
                "Agustinus", "Kornelius", "Marthen", "Yosef", "Petrus", "Aloysius"]
N["timor_f"] = ["Maria", "Lodia", "Yuliana", "Marselina", "Yohana", "Adriana", "Theresia",
                "Serlina", "Ance", "Yasinta"]
N["marga_timor"] = ["Nenobais", "Bria", "Manek", "Seran", "Banunaek", "Taneo", "Nahak", "Bere",
                    "Nope", "Nitbani", "Tallo", "Benu", "Atok", "Faot", "Boimau", "Lakapu",
                    "Fallo", "Nabuasa"]
N["mnd_m"] = ["Jefry", "Stevanus", "Ferdy", "Hendrik", "Ronald", "Ricky", "Noldy", "Johny",
              "Meyer", "Fanly", "Vecky", "Roy"]
N["mnd_f"] = ["Meiske", "Novie", "Christin", "Jeane", "Olga", "Deisy", "Vonny", "Stella",
              "Lenny", "Feybe", "Marlina", "Inggrid"]
N["fam_mnd"] = ["Lumowa", "Rumengan", "Runtuwene", "Wowor", "Mandagi", "Kaunang", "Pangemanan",
                "Sumampouw", "Lapian", "Tumbelaka", "Sondakh", "Mamahit", "Rondonuwu",
                "Karundeng", "Tangkilisan", "Tuwaidan", "Pinontoan"]
N["amb_m"] = ["Yopi", "Jacob", "Beni", "Agus", "Rudy", "Ony", "Marthen", "Nus", "Semuel",
              "Ricky", "Abdul Rahman", "Saleh", "Ismail", "Costansius"]
N["amb_f"] = ["Selvy", "Maria", "Fatima", "Yolanda", "Merry", "Ona", "Lusy", "Elsye",
              "Siti Hadija", "Nurlaila", "Grace"]
N["fam_amb"] = ["Latumahina", "Pattiasina", "Tuhumury", "Sahetapy", "Matulessy", "Leiwakabessy",
                "Wattimena", "Tahapary", "Manuhutu", "Pattipeilohy", "Ohorella", "Tuasikal",
                "Lessy", "Latuconsina", "Pelupessy", "Sopacua", "Tuanakotta"]
N["banjar_m"] = ["Muhammad Rizani", "Gusti Rusdiansyah", "Nordiansyah", "Jumberi", "Hairil Anwar",
                 "Saprudin", "Misransyah", "Fahriannor", "Rahmadi", "Ahmad Syarkawi",
                 "Gusti Iskandar", "Abdul Hadi", "Syamsul Rijal"]
N["banjar_f"] = ["Syahriani", "Mastiah", "Norhayati", "Rusmilawati", "Mahmudah", "Fitriani",
                 "Noorlaila", "Gusti Rabiatul Adawiyah", "Halimatus Sa'diah", "Jumiati", "Raudah"]
N["sasak_m"] = ["Lalu Suparman", "Lalu Wirajaya", "Muhammad Zaini", "Sahnun", "Haerul Anwar",
                "Lalu Ahmad Fathoni", "Zulhadi", "Mahsun"]
N["sasak_f"] = ["Baiq Nurul Hidayati", "Baiq Sri Mulyati", "Hurniati", "Sahnim", "Rohani",
                "Baiq Fitria", "Marhamah", "Nurhasanah"]
N["madura_m"] = ["Moh. Hosnan", "Ach. Faisol", "Matrawi", "Bunali", "Hasan Basri", "Moh. Rasyid",
                 "Abd. Wahid", "Samsul Arifin", "Mat Sahri"]
N["madura_f"] = ["Sitti Aisyah", "Siti Maimunah", "Juhairiyah", "Hosniyah", "Sitti Romlah",
                 "Nurul Qomariyah", "Sumyati"]
N["melayu_m"] = ["Syahrial", "Zulfahmi", "Azhar", "Rusli Effendi", "Jamaluddin", "Amran",
                 "Syafrizal", "Khairul Anuar", "Hamdan"]
N["melayu_f"] = ["Nurhasanah", "Rosmawati", "Zuraidah", "Yusnidar", "Sarimah", "Rohana",
                 "Nurbaiti", "Zubaidah"]
N["betawi_m"] = ["Rojali", "Sabeni", "Marzuki", "Mamat Suryadi", "Sanusi", "Jaelani", "Muhidin",
                 "Bahrudin", "Nasrul"]
N["betawi_f"] = ["Rohimah", "Mursidah", "Saodah", "Juleha", "Nurlela", "Maemunah", "Rodiah"]
N["modern_m"] = ["Rizky Pratama", "Fajar Nugraha", "Dimas Saputra", "Arif Rahman Hakim",
                 "Galih Prakoso", "Yudha Permana", "Reza Fahlevi", "Kevin Aditya",
                 "Ilham Maulana", "Aldi Firmansyah", "Farhan Hidayat", "Bagas Adi Nugroho",
                 "Rangga Mahendra", "Yoga Aditama"]
N["modern_f"] = ["Nadia Safitri", "Putri Ayu Lestari", "Anisa Rahmawati", "Dinda Maharani",
                 "Salsabila Putri", "Aulia Rahma", "Citra Dewi", "Nabila Zahra",
                 "Tiara Anggraini", "Fitri Handayani", "Intan Permatasari", "Melati Kusuma",
                 "Ayu Kartika Sari", "Shinta Amelia"]
N["foreign_m"] = ["Lee Kok Wah", "Tan Ah Kow", "Chen Wei-Ming", "Ahmad bin Ismail",
                  "Khalid Al-Otaibi", "Abdullah Al-Harbi", "Lim Boon Keat", "Huang Chih-Hao",
                  "Mohd Faizal bin Rahim"]
N["foreign_f"] = ["Wong Siu Ling", "Chan Mei Fong", "Lin Shu-Fen", "Noraini binti Yusof",
                  "Cheung Ka Yan", "Tsai Ya-Ting", "Siti Hajar binti Osman"]

# honorifics / titles / kinship words (always OUTSIDE PERSON spans)
HON_M = ["Bapak", "Pak", "Sdr.", "Saudara", "Bpk."]
HON_F = ["Ibu", "Bu", "Sdri.", "Ibu"]
HON_YOUNG_M = ["Mas", "Bang", "Kak", "Sdr."]
HON_YOUNG_F = ["Mbak", "Kak", "Sdri.", "Mbak"]
HON_ETH = {
    "jawa": (["Pak", "Mas", "Mbah", "Pakde", "Lik"], ["Bu", "Mbak", "Mbah", "Bude", "Yu"]),
    "sunda": (["Kang", "Pak", "Abah", "Mang"], ["Teh", "Bu", "Ceu", "Ema"]),
    "batak": (["Bang", "Lae", "Amang", "Tulang"], ["Kak", "Ito", "Inang", "Nantulang"]),
    "minang": (["Uda", "Pak", "Ajo", "Mak"], ["Uni", "Bu", "Etek", "Amak"]),
    "bugis": (["Daeng", "Puang", "Pak"], ["Daeng", "Puang", "Bu"]),
    "buton": (["Pak", "La"], ["Bu", "Wa"]),
    "bali": (["Bli", "Pak", "Jero"], ["Mbok", "Bu", "Jero"]),
    "cina": (["Koh", "Engkoh", "Ko", "Pak"], ["Cik", "Ci", "Bu", "Cici"]),
    "arab": (["Habib", "Pak", "Ustaz"], ["Syarifah", "Bu", "Ustazah"]),
    "aceh": (["Bang", "Pak", "Bapak"], ["Kak", "Bu", "Nyak"]),
    "papua": (["Bapa", "Kaka", "Pace"], ["Mama", "Kaka", "Mace"]),
    "ambon": (["Bung", "Om", "Bapa"], ["Usi", "Tanta", "Mama"]),
    "mnd": (["Om", "Bung", "Ka'"], ["Tante", "Ci", "Ka'"]),
    "banjar": (["Pak", "Julak", "Angah"], ["Acil", "Bu", "Galuh"]),
    "dayak": (["Pak", "Bapak", "Abang"], ["Ibu", "Indu", "Kakak"]),
    "timor": (["Bapa", "Om", "Kakak"], ["Mama", "Tanta", "Kakak"]),
}
HON_ETH["buton"] = (["Pak", "Bapak"], ["Bu", "Ibu"])
HON_ETH["arab"] = (["Habib", "Pak", "Ustaz"], ["Bu", "Ustazah", "Hj."])
HON_ETH["bali"] = (["Bli", "Pak", "Pak"], ["Mbok", "Bu", "Bu"])
DEG_PRE_M = ["Drs. ", "Ir. ", "dr. ", "Dr. ", "H. ", "H. ", "Drs. H. ", "KH. "]
DEG_PRE_F = ["Dra. ", "Ir. ", "dr. ", "Dr. ", "Hj. ", "Hj. ", "Dra. Hj. "]
DEG_POST = [", S.Pd.", ", S.H.", ", M.Si.", ", S.Sos.", ", S.E.", ", A.Md.", ", S.IP",
            ", S.Kep., Ns.", ", S.T.", ", M.Pd.", ", S.H., M.H.", ", S.Ag.", ", SE, MM",
            ", S.Kom.", ", S.Pd.I"]
HON_FIRST_TOKENS = {"bapak", "pak", "bpk.", "ibu", "bu", "sdr.", "sdri.", "saudara", "saudari",
                    "mas", "mbak", "bang", "kak", "haji", "h.", "hj.", "ustaz", "ustazah", "dr.",
                    "ir.", "drs.", "dra.", "prof.", "kh.", "mbah", "pakde", "bude", "lik", "yu",
                    "kang", "teh", "ceu", "abah", "ema", "mang", "lae", "amang", "inang",
                    "tulang", "ito", "uda", "uni", "ajo", "etek", "amak", "mak", "daeng",
                    "puang", "bli", "mbok", "jero", "koh", "engkoh", "ko", "cik", "ci", "cici",
                    "habib", "teungku", "nyak", "bapa", "kaka", "pace", "mace", "mama", "bung",
                    "om", "usi", "tanta", "tante", "ka'", "julak", "angah", "acil", "galuh",
                    "indu", "abang", "kakak", "abu", "alm.", "almh.", "mr.", "mrs.", "madam", "encik",
                    "tuan", "nantulang", "si"}

# --------------------------------------------------------------------------------------------
# Regions: province code, regencies/cities, kecamatan, villages, plate codes, area codes, names
# --------------------------------------------------------------------------------------------
R = {}


def _reg(key, prov, kota, kec, desa, plates, area, eth, bank, kecpre="Kec. "):
    R[key] = dict(prov=prov, kota=kota, kec=kec, desa=desa, plates=plates, area=area, eth=eth,
                  bank=bank, kecpre=kecpre)


_reg("aceh", 11, ["Kab. Aceh Besar", "Kota Banda Aceh", "Kab. Pidie", "Kab. Aceh Utara", "Kota Lhokseumawe"],
     ["Darul Imarah", "Kuta Alam", "Ingin Jaya", "Lhoknga", "Syiah Kuala", "Muara Dua"],
     ["Gampong Lamteh", "Gampong Lambaro", "Gampong Peunayong", "Gampong Ie Masen", "Gampong Lampeuneurut"],
     ["BL"], ["0651", "0645", "0653"], [("aceh", 80), ("jawa", 8), ("modern", 12)], "Bank Aceh Syariah")
_reg("sumut", 12, ["Kota Medan", "Kab. Deli Serdang", "Kab. Toba", "Kab. Samosir", "Kota Pematangsiantar",
                   "Kab. Tapanuli Utara", "Kab. Nias Selatan", "Kab. Karo", "Kab. Mandailing Natal"],
     ["Medan Johor", "Percut Sei Tuan", "Balige", "Pangururan", "Siantar Barat", "Tarutung", "Teluk Dalam",
      "Kabanjahe", "Panyabungan"],
     ["Kel. Titi Kuning", "Desa Bandar Klippa", "Desa Lumban Gaol", "Desa Siallagan", "Kel. Simarito",
      "Desa Hilisimaetanö", "Desa Lau Cimba", "Kel. Pidoli Dolok"],
     ["BK", "BB"], ["061", "0622", "0633", "0632"],
     [("batak", 55), ("nias", 10), ("cina", 10), ("jawa", 10), ("melayu", 8), ("modern", 7)], "Bank Sumut")
_reg("sumbar", 13, ["Kota Padang", "Kab. Agam", "Kota Bukittinggi", "Kab. Tanah Datar", "Kab. Lima Puluh Kota",
                    "Kab. Padang Pariaman"],
     ["Koto Tangah", "Kuranji", "Tilatang Kamang", "Lima Kaum", "Harau", "Sungai Limau"],
     ["Nagari Koto Baru", "Nagari Sungai Pua", "Nagari Pandai Sikek", "Nagari Tuo Pariangan",
      "Kel. Lubuak Buayo", "Nagari Kapalo Hilalang"],
     ["BA"], ["0751", "0752", "0754"], [("minang", 90), ("jawa", 4), ("modern", 6)], "Bank Nagari")
_reg("riau", 14, ["Kota Pekanbaru", "Kab. Kampar", "Kab. Siak", "Kab. Indragiri Hilir"],
     ["Tampan", "Bangkinang", "Siak", "Tembilahan", "Rumbai"],
     ["Kel. Simpang Baru", "Desa Kualu", "Kel. Kampung Dalam", "Desa Sungai Luar"],
     ["BM"], ["0761", "0762"], [("melayu", 45), ("jawa", 20), ("batak", 10), ("minang", 15), ("cina", 10)],
     "BRK Syariah")
_reg("sumsel", 16, ["Kota Palembang", "Kab. Ogan Ilir", "Kab. Banyuasin", "Kab. Muara Enim"],
     ["Ilir Timur II", "Seberang Ulu I", "Indralaya", "Talang Kelapa", "Kemuning"],
     ["Kel. Plaju Ulu", "Desa Tanjung Seteko", "Kel. Sukarami", "Kel. Lorok Pakjo"],
     ["BG"], ["0711", "0713"], [("melayu", 40), ("jawa", 35), ("modern", 20), ("cina", 5)], "Bank Sumsel Babel")
_reg("lampung", 18, ["Kota Bandar Lampung", "Kab. Lampung Selatan", "Kab. Pringsewu", "Kab. Lampung Tengah"],
     ["Kedaton", "Natar", "Pagelaran", "Seputih Raman", "Rajabasa"],
     ["Kel. Sidodadi", "Desa Merak Batin", "Desa Rejosari", "Desa Rukti Harjo"],
     ["BE"], ["0721", "0729"], [("jawa", 50), ("sunda", 15), ("melayu", 15), ("modern", 20)], "Bank Lampung")
_reg("kepri", 21, ["Kota Batam", "Kota Tanjungpinang", "Kab. Bintan"],
     ["Batu Aji", "Sagulung", "Bengkong", "Tanjungpinang Barat"],
     ["Kel. Tanjung Uncang", "Kel. Sei Langkai", "Kel. Sadai", "Kel. Kampung Bugis"],
     ["BP"], ["0778", "0771"], [("melayu", 35), ("cina", 20), ("jawa", 20), ("batak", 15), ("minang", 10)],
     "Bank Riau Kepri Syariah")
_reg("dki", 31, ["Kota Jakarta Timur", "Kota Jakarta Utara", "Kota Jakarta Barat", "Kota Jakarta Selatan"],
     ["Cakung", "Koja", "Cengkareng", "Pasar Minggu", "Duren Sawit", "Kalideres", "Tanjung Priok"],
     ["Kel. Pulo Gebang", "Kel. Rawa Badak Utara", "Kel. Kapuk", "Kel. Jati Padang", "Kel. Pondok Kopi",
      "Kel. Tegal Alur"],
     ["B"], ["021"], [("betawi", 20), ("jawa", 30), ("sunda", 10), ("batak", 10), ("cina", 10),
                      ("modern", 15), ("arab", 5)], "Bank DKI")
_reg("jabar", 32, ["Kab. Bandung", "Kab. Garut", "Kab. Tasikmalaya", "Kab. Bogor", "Kab. Cianjur",
                   "Kota Cirebon", "Kab. Sukabumi", "Kota Bandung"],
     ["Cileunyi", "Tarogong Kidul", "Singaparna", "Cibinong", "Cipanas", "Kejaksan", "Cicurug", "Coblong"],
     ["Desa Cimekar", "Desa Sukagalih", "Desa Cikunir", "Kel. Pakansari", "Desa Cibeureum", "Desa Sukamaju",
      "Kel. Dago"],
     ["D", "F", "E", "T", "Z"], ["022", "0251", "0231", "0265", "0262"],
     [("sunda", 75), ("jawa", 8), ("betawi", 4), ("modern", 10), ("cina", 3)], "bank bjb")
_reg("jateng", 33, ["Kab. Klaten", "Kab. Boyolali", "Kab. Grobogan", "Kota Semarang", "Kab. Banyumas",
                    "Kab. Wonogiri", "Kab. Pati", "Kota Surakarta"],
     ["Ceper", "Trucuk", "Jatinom", "Ngemplak", "Purwodadi", "Kembaran", "Baturetno", "Juwana", "Tlogosari"],
     ["Desa Sidomulyo", "Desa Karanganyar", "Desa Wonorejo", "Desa Ngemplak", "Kel. Tlogosari Kulon",
      "Desa Kebonarum", "Desa Mojosari"],
     ["AD", "H", "K", "R", "G", "AA"], ["0272", "024", "0281", "0271", "0295", "0273"],
     [("jawa", 85), ("cina", 4), ("arab", 4), ("modern", 7)], "Bank Jateng")
_reg("diy", 34, ["Kab. Sleman", "Kab. Bantul", "Kab. Gunungkidul", "Kab. Kulon Progo", "Kota Yogyakarta"],
     ["Depok", "Sewon", "Wonosari", "Wates", "Gondokusuman", "Ngaglik"],
     ["Kal. Caturtunggal", "Kal. Panggungharjo", "Kal. Baleharjo", "Kel. Terban", "Kal. Sardonoharjo"],
     ["AB"], ["0274"], [("jawa", 88), ("cina", 5), ("modern", 7)], "BPD DIY")
_reg("jatim", 35, ["Kota Surabaya", "Kab. Malang", "Kab. Jember", "Kab. Sampang", "Kab. Sidoarjo",
                   "Kab. Banyuwangi", "Kab. Bojonegoro", "Kab. Sumenep"],
     ["Tambaksari", "Singosari", "Kaliwates", "Torjun", "Waru", "Genteng", "Kapas", "Kalianget"],
     ["Kel. Ploso", "Desa Ardimulyo", "Kel. Mangli", "Desa Kanjar", "Desa Kepuhkiriman", "Desa Kembiritan",
      "Desa Marengan Laok"],
     ["L", "W", "N", "P", "S", "AG", "AE", "M"], ["031", "0341", "0321", "0331", "0353", "0328"],
     [("jawa", 68), ("madura", 20), ("cina", 5), ("arab", 3), ("modern", 4)], "Bank Jatim")
_reg("banten", 36, ["Kab. Serang", "Kab. Lebak", "Kab. Pandeglang", "Kota Tangerang Selatan", "Kab. Tangerang"],
     ["Kragilan", "Rangkasbitung", "Labuan", "Pamulang", "Balaraja"],
     ["Desa Pematang", "Kel. Muara Ciujung Timur", "Desa Teluk", "Kel. Pondok Benda", "Desa Saga"],
     ["A", "B"], ["0254", "0252", "021"], [("sunda", 40), ("jawa", 20), ("betawi", 20), ("modern", 20)],
     "Bank Banten")
_reg("bali", 51, ["Kab. Gianyar", "Kab. Tabanan", "Kab. Buleleng", "Kab. Karangasem", "Kota Denpasar",
                  "Kab. Badung"],
     ["Ubud", "Kediri", "Sukasada", "Abang", "Denpasar Selatan", "Mengwi"],
     ["Desa Peliatan", "Desa Nyitdah", "Desa Panji", "Desa Tista", "Kel. Sesetan", "Desa Kapal"],
     ["DK"], ["0361", "0362", "0363", "0368"], [("bali", 85), ("jawa", 8), ("modern", 7)], "BPD Bali")
_reg("ntb", 52, ["Kab. Lombok Tengah", "Kab. Lombok Timur", "Kota Mataram", "Kab. Sumbawa"],
     ["Praya", "Selong", "Cakranegara", "Moyo Hilir", "Pujut"],
     ["Desa Pringgasela", "Kel. Cakranegara Utara", "Desa Penyaring", "Desa Rembitan", "Desa Sengkol"],
     ["DR", "EA"], ["0370", "0376", "0371"], [("sasak", 70), ("bali", 8), ("jawa", 10), ("modern", 12)],
     "Bank NTB Syariah")
_reg("ntt", 53, ["Kota Kupang", "Kab. Timor Tengah Selatan", "Kab. Belu", "Kab. Malaka", "Kab. Kupang"],
     ["Oebobo", "Kota Soe", "Atambua Barat", "Malaka Tengah", "Kupang Timur"],
     ["Kel. Oebufu", "Desa Nule", "Kel. Tenukiik", "Desa Kamanasa", "Desa Oefafi"],
     ["DH", "EB", "ED"], ["0380", "0388", "0389"], [("timor", 78), ("modern", 10), ("bugis", 4), ("jawa", 8)],
     "Bank NTT")
_reg("kalbar", 61, ["Kota Pontianak", "Kab. Sanggau", "Kab. Sintang", "Kota Singkawang", "Kab. Landak"],
     ["Pontianak Barat", "Kapuas", "Sintang", "Singkawang Barat", "Ngabang"],
     ["Kel. Sungai Jawi", "Desa Penyeladi", "Kel. Kapuas Kanan Hulu", "Kel. Melayu", "Desa Hilir Kantor"],
     ["KB"], ["0561", "0564", "0565", "0562"], [("dayak", 40), ("melayu", 25), ("cina", 25), ("jawa", 10)],
     "Bank Kalbar")
_reg("kalteng", 62, ["Kota Palangka Raya", "Kab. Kapuas", "Kab. Kotawaringin Timur", "Kab. Gunung Mas"],
     ["Jekan Raya", "Selat", "Mentawa Baru Ketapang", "Kurun"],
     ["Kel. Bukit Tunggal", "Kel. Selat Hilir", "Kel. Baamang Hulu", "Kel. Tampang Tumbang Anjir"],
     ["KH"], ["0536", "0513", "0531"], [("dayak", 60), ("banjar", 20), ("jawa", 20)], "Bank Kalteng")
_reg("kalsel", 63, ["Kota Banjarmasin", "Kab. Banjar", "Kota Banjarbaru", "Kab. Hulu Sungai Tengah", "Kab. Tapin"],
     ["Banjarmasin Utara", "Martapura", "Landasan Ulin", "Barabai", "Tapin Utara"],
     ["Kel. Sungai Miai", "Desa Sungai Tabuk Keramat", "Kel. Guntung Payung", "Desa Banua Budi", "Kel. Kuin Utara"],
     ["DA"], ["0511", "0517", "0518"], [("banjar", 85), ("jawa", 10), ("modern", 5)], "Bank Kalsel")
_reg("kaltim", 64, ["Kota Samarinda", "Kota Balikpapan", "Kab. Kutai Kartanegara"],
     ["Sungai Kunjang", "Balikpapan Utara", "Tenggarong"],
     ["Kel. Loa Bakung", "Kel. Batu Ampar", "Kel. Timbau"],
     ["KT"], ["0541", "0542"], [("bugis", 30), ("banjar", 20), ("jawa", 30), ("dayak", 10), ("modern", 10)],
     "Bankaltimtara")
_reg("sulut", 71, ["Kota Manado", "Kab. Minahasa", "Kota Bitung", "Kota Tomohon", "Kab. Minahasa Utara"],
     ["Wanea", "Tondano Barat", "Maesa", "Tomohon Tengah", "Airmadidi"],
     ["Kel. Ranotana Weru", "Desa Tataaran", "Kel. Girian Bawah", "Kel. Talete", "Desa Sawangan"],
     ["DB", "DL"], ["0431", "0438"], [("mnd", 78), ("modern", 8), ("cina", 4), ("bugis", 10)], "Bank SulutGo")
_reg("sulsel", 73, ["Kota Makassar", "Kab. Bone", "Kab. Gowa", "Kab. Wajo", "Kota Parepare", "Kab. Maros",
                    "Kab. Sidenreng Rappang"],
     ["Tamalate", "Tanete Riattang", "Somba Opu", "Tempe", "Bacukiki", "Turikale", "Panca Rijang", "Rappocini"],
     ["Kel. Mangasa", "Kel. Bukaka", "Kel. Sungguminasa", "Kel. Siengkang", "Kel. Lemoe", "Kel. Pettuadae",
      "Desa Rappang", "Kel. Gunung Sari"],
     ["DD", "DP", "DW"], ["0411", "0421", "0481", "0485"], [("bugis", 82), ("cina", 4), ("jawa", 4), ("modern", 10)],
     "Bank Sulselbar")
_reg("sultra", 74, ["Kota Kendari", "Kota Baubau", "Kab. Buton", "Kab. Muna"],
     ["Kadia", "Wolio", "Pasarwajo", "Katobu"],
     ["Kel. Bende", "Kel. Bataraguru", "Desa Kondowa", "Kel. Raha I"],
     ["DT"], ["0401", "0402", "0403"], [("buton", 50), ("bugis", 30), ("jawa", 10), ("modern", 10)], "Bank Sultra")
_reg("maluku", 81, ["Kota Ambon", "Kab. Maluku Tengah", "Kab. Seram Bagian Barat"],
     ["Sirimau", "Nusaniwe", "Leihitu", "Salahutu", "Kairatu"],
     ["Negeri Passo", "Kel. Benteng", "Negeri Hitu", "Negeri Tulehu", "Negeri Kairatu"],
     ["DE"], ["0911", "0914"], [("ambon", 85), ("bugis", 10), ("jawa", 5)], "Bank Maluku Malut")
_reg("papua", 91, ["Kota Jayapura", "Kab. Jayapura", "Kab. Biak Numfor", "Kab. Keerom"],
     ["Abepura", "Sentani", "Biak Kota", "Arso", "Heram"],
     ["Kampung Harapan", "Kel. Wahno", "Kampung Yoboi", "Kampung Sereh", "Kampung Skow Sae"],
     ["PA"], ["0967", "0981"], [("papua", 82), ("bugis", 6), ("jawa", 6), ("timor", 6)], "Bank Papua",
     kecpre="Distrik ")

ETH_REGION = {"jawa": "jateng", "sunda": "jabar", "batak": "sumut", "minang": "sumbar",
              "bugis": "sulsel", "banjar": "kalsel", "bali": "bali", "papua": "papua",
              "ambon": "maluku", "mnd": "sulut"}

STREETS = ["Melati", "Kenanga", "Mawar", "Anggrek", "Flamboyan", "Cempaka", "Dahlia", "Kamboja",
           "Seroja", "Teratai", "Nangka", "Mangga", "Rambutan", "Durian", "Sawo", "Jambu",
           "Kelapa Gading", "Pinang", "Cendrawasih", "Merpati", "Kutilang", "Rajawali", "Elang",
           "Merak", "Pemuda", "Masjid", "Sekolah", "Pendidikan", "Swadaya", "Gotong Royong",
           "Karya Bakti", "Sejahtera", "Makmur", "Damai", "Rukun", "Harapan", "Persatuan",
           "Kemuning", "Bougenville", "Perintis", "Veteran", "Pelita", "Cemara", "Beringin",
           "Kartika", "Sukarela", "Bhayangkara", "Nusantara", "Cut Nyak Dhien", "Teuku Umar",
           "Imam Bonjol", "Diponegoro", "Sisingamangaraja", "Pattimura", "Sam Ratulangi",
           "Hasanuddin", "Ki Hajar Dewantara", "Dr. Wahidin", "Kapten Tendean"]
GANG = ["Mawar", "Melati III", "Swadaya", "Buntu", "Kelinci", "Sepakat", "Damai", "Sawo II",
        "Masjid", "Langgar", "Anggrek 2", "Kenari", "Haji Sanusi", "Mushola", "Jambu Air",
        "Pelita IV", "Rukun", "Kemuning 7"]
PERUM = ["Griya Asri", "Bumi Sentosa", "Taman Sari Indah", "Permata Hijau", "Puri Harmoni",
         "Graha Indah", "Villa Mutiara", "Bukit Cemara", "Pondok Hijau Permai", "Griya Bhayangkara",
         "Korpri", "Griya Pesona Madani", "Taman Cendana"]
KOMP = ["Komp. Pertamina", "Komp. PLN", "Komp. Perumnas", "Komp. TNI AU", "Komp. Pemda",
        "Kompleks Guru", "Komp. DPR"]
BTN = ["BTN Antang", "BTN Minasa Upa", "BTN Pao-Pao Permai", "BTN Hamzy", "BTN Kodam"]
DUSUN = ["Krajan", "Ngemplak", "Sidomulyo", "Karanganyar", "Wonorejo", "Ngasem", "Plosorejo",
         "Kedungringin", "Gondang", "Sumberjo", "Tegalsari", "Kauman", "Bendo", "Sembung"]
KAMPUNG = ["Cibeureum", "Cikaret", "Babakan", "Sukamanah", "Pasir Jati", "Cipeundeuy", "Legok",
           "Sindangsari", "Ciherang", "Pasir Muncang"]
JORONG = ["Koto Tuo", "Balai Gadang", "Padang Laweh", "Koto Panjang", "Batang Tabik", "Parak Laweh"]
LORONG = ["Sukarela", "Basuki", "Pusri", "Langgar", "Jaya", "Kenari", "Rukun"]

HOSPITALS = {
    "aceh": ["RSUD dr. Zainoel Abidin", "RSUD Meuraxa"], "sumut": ["RSUD Dr. Pirngadi", "RSUP H. Adam Malik"],
    "sumbar": ["RSUD Dr. Achmad Mochtar", "RSUP Dr. M. Djamil"], "riau": ["RSUD Arifin Achmad"],
    "sumsel": ["RSUP Dr. Mohammad Hoesin", "RSUD Siti Fatimah"], "lampung": ["RSUD Dr. H. Abdul Moeloek"],
    "kepri": ["RSUD Embung Fatimah", "RSUD Raja Ahmad Tabib"], "dki": ["RSUD Budhi Asih", "RSUD Koja", "RSUPN Dr. Cipto Mangunkusumo"],
    "jabar": ["RSUD dr. Slamet", "RSUP Dr. Hasan Sadikin", "RSUD Al-Ihsan"], "jateng": ["RSUP dr. Soeradji Tirtonegoro", "RSUD Dr. Moewardi", "RSUP Dr. Kariadi"],
    "diy": ["RSUP Dr. Sardjito", "RSUD Wonosari"], "jatim": ["RSUD Dr. Soetomo", "RSUD dr. Soebandi", "RSUD Dr. Saiful Anwar"],
    "banten": ["RSUD Dr. Adjidarmo", "RSUD Berkah Pandeglang"], "bali": ["RSUP Prof. Dr. I.G.N.G. Ngoerah", "RSUD Sanjiwani"],
    "ntb": ["RSUD Dr. R. Soedjono Selong", "RSUD Praya"], "ntt": ["RSUD Prof. Dr. W. Z. Johannes", "RSUD Mgr. Gabriel Manek"],
    "kalbar": ["RSUD dr. Soedarso", "RSUD Abdul Aziz"], "kalteng": ["RSUD dr. Doris Sylvanus"],
    "kalsel": ["RSUD Ulin", "RSUD Ratu Zalecha"], "kaltim": ["RSUD Abdul Wahab Sjahranie", "RSUD Dr. Kanujoso Djatiwibowo"],
    "sulut": ["RSUP Prof. Dr. R. D. Kandou", "RSUD Maria Walanda Maramis"], "sulsel": ["RSUP Dr. Wahidin Sudirohusodo", "RSUD Haji Makassar", "RSUD Tenriawaru"],
    "sultra": ["RSUD Bahteramas", "RSUD Kota Baubau"], "maluku": ["RSUD dr. M. Haulussy"], "papua": ["RSUD Dok II Jayapura", "RSUD Abepura"],
}
HERO_ROADS = ["Jl. Jenderal Sudirman", "Jl. Ahmad Yani", "Jl. Gatot Subroto", "Jl. Diponegoro",
              "Jl. Teuku Umar", "Jl. Sultan Hasanuddin", "Jl. Pattimura", "Jl. Sam Ratulangi",
              "Jl. Imam Bonjol", "Jl. Cut Nyak Dhien", "Jl. RA Kartini", "Jl. Pangeran Antasari",
              "Jl. Sisingamangaraja", "Jl. I Gusti Ngurah Rai", "Jl. Frans Kaisiepo", "Jl. Slamet Riyadi",
              "Jl. Yos Sudarso", "Jl. Dr. Sutomo", "Jl. Monginsidi", "Jl. El Tari", "Jl. MH Thamrin",
              "Jl. Tuanku Tambusai", "Jl. Jenderal Urip Sumoharjo", "Jl. Raden Intan"]
ROUTE_ROADS = ["Jl. Lintas Sumatera", "Jl. Raya Pantura", "Jl. Poros Maros–Bone", "Jl. Trans Papua",
               "Jl. Lintas Timur", "jalan provinsi ruas Praya–Sengkol", "Jl. Raya Bogor",
               "Jl. Lintas Selatan", "Jl. Trans Kalimantan", "Jl. Raya Cianjur–Sukabumi",
               "Jl. Poros Kendari–Kolaka", "Jl. Raya Denpasar–Gilimanuk"]
SCHOOLS = ["SDN {n} {d}", "SMPN {n} {k}", "SMA Negeri {n} {k}", "MTsN {n} {k}", "SMK Negeri {n} {k}",
           "SD Inpres {d}", "SMP Negeri {n} {k}", "MIN {n} {k}"]
FOREIGN = ["Malaysia", "Hong Kong", "Taiwan", "Arab Saudi", "Singapura", "Brunei Darussalam", "Korea Selatan"]

HOTLINES = {
    "lapor": "1708", "kemensos": "171", "bpjs": "165", "pln": "123", "dukcapil": "1500537",
    "pajak": "1500200", "taspen": "1500919", "ojk": "157", "polri": "110", "darurat": "112",
    "ambulans": "119", "bp2mi": "0800-1000", "kemdikbud": "177", "bpn": "0811-1068-0000",
    "pdam": "(0274) 515870", "kemenkes": "1500567", "basarnas": "115", "damkar": "113",
}
INST_EMAILS = ["pengaduan@lapor.go.id", "admin@lapor.go.id", "pengaduan@bpjs-kesehatan.go.id",
               "pengaduan@bp2mi.go.id", "konsumen@ojk.go.id", "pengaduan@pajak.go.id",
               "humas@atrbpn.go.id", "care@taspen.co.id", "pengaduan@kemensos.go.id",
               "dukcapil@kemendagri.go.id", "pln123@pln.co.id", "ppid@kemdikbud.go.id",
               "ditjen.gtk@kemdikbud.go.id", "dumas@polri.go.id", "pengaduan@kemendesa.go.id"]
INST_HANDLES = ["@lapor1708", "@pln_123", "@BPJSKesehatanRI", "@ojkindonesia", "@DitjenPajakRI",
                "@KemensosRI", "@BP2MI_RI", "@DivHumas_Polri", "@Kemdikbud_RI", "@ATR_BPN",
                "@Dukcapil_RI", "@infotaspen", "@KemendesaPDTT", "@TMCPoldaMetro", "@PUPR_RI",
                "@KemenkesRI", "@kemnaker"]
REGS = {
    "desa": ["Permendesa PDTT No. 7 Tahun 2023", "UU No. 6 Tahun 2014 tentang Desa", "PMK 145/2023",
             "Permendagri 20/2018", "Permendes No. 13 Tahun 2023"],
    "bansos": ["Permensos No. 3 Tahun 2021", "Perpres 63/2017", "UU No. 13 Tahun 2011", "Kepmensos 262/HUK/2022"],
    "ppdb": ["Permendikbud No. 1 Tahun 2021", "Permendikbudristek 1/2021", "Pergub No. 9 Tahun 2024",
             "Juknis PPDB 2024", "Permendikdasmen No. 3 Tahun 2025"],
    "jkn": ["Perpres 82/2018", "Perpres No. 59 Tahun 2024", "UU No. 40 Tahun 2004", "Permenkes 28/2014",
            "UU No. 17 Tahun 2023"],
    "bpn": ["PP No. 24 Tahun 1997", "Permen ATR/BPN No. 6 Tahun 2018", "SKB 3 Menteri No. 25/SKB/V/2017",
            "PP 18/2021"],
    "pmi": ["UU No. 18 Tahun 2017", "Perka BP2MI No. 9 Tahun 2020", "PP 59/2021"],
    "pln": ["Permen ESDM No. 28 Tahun 2016", "Permen ESDM 8/2023"],
    "pdam": ["Permendagri No. 21 Tahun 2020", "Perda No. 5 Tahun 2019"],
    "adminduk": ["UU No. 24 Tahun 2013", "Perpres 96/2018", "Permendagri No. 108 Tahun 2019",
                 "Permendagri 73/2022"],
    "polri": ["Perkap No. 6 Tahun 2019", "Perpol 7/2022", "Perkap 14/2012"],
    "llaj": ["UU No. 22 Tahun 2009", "PP 80/2012", "Perpol No. 5 Tahun 2021"],
    "ojk": ["POJK No. 10/POJK.05/2022", "POJK 6/2022", "UU No. 4 Tahun 2023"],
    "pajak": ["PMK 112/PMK.03/2022", "PER-6/PJ/2024", "UU No. 7 Tahun 2021", "PMK 81/2024"],
    "taspen": ["PP No. 8 Tahun 2024", "UU No. 11 Tahun 1969", "PP 70/2015"],
    "guru": ["Permendikbudristek No. 45 Tahun 2023", "UU No. 14 Tahun 2005", "PP 41/2009"],
    "umum": ["UU No. 25 Tahun 2009", "Perpres 76/2013", "UU No. 14 Tahun 2008", "PermenPANRB 62/2018",
             "UU No. 27 Tahun 2022"],
}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
MOBILE_PREFIX = ["0811", "0812", "0813", "0821", "0822", "0823", "0851", "0852", "0853", "0814",
                 "0815", "0816", "0855", "0856", "0857", "0858", "0817", "0818", "0819", "0859",
                 "0877", "0878", "0831", "0832", "0833", "0838", "0895", "0896", "0897", "0898",
                 "0899", "0881", "0882", "0883", "0887", "0888", "0889"]
EMAIL_DOM = ["gmail.com"] * 8 + ["yahoo.com", "yahoo.co.id", "ymail.com", "hotmail.com",
                                  "outlook.com", "icloud.com", "rocketmail.com"]


# ============================================================================================
# Small helpers
# ============================================================================================
def dgt(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", s.lower())


def pad2(n):
    return "%02d" % n


def fmt_date(rng, d, style=None, caps=False):
    """A calendar date in one of the written forms the guide lists (used for DOB and others)."""
    style = style or rng.choice(["long", "long", "dash", "slash", "abbr", "dot", "iso", "long1"])
    if style == "long":
        s = "%s %s %d" % (pad2(d.day) if rng.random() < 0.3 else d.day, MONTHS[d.month - 1], d.year)
    elif style == "long1":
        s = "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    elif style == "dash":
        s = "%s-%s-%d" % (pad2(d.day), pad2(d.month), d.year)
    elif style == "slash":
        s = "%s/%s/%d" % (pad2(d.day), pad2(d.month), d.year)
    elif style == "abbr":
        s = "%d %s %d" % (d.day, MONTHS_ABBR[d.month - 1], d.year)
    elif style == "dot":
        s = "%s.%s.%d" % (pad2(d.day), pad2(d.month), d.year)
    elif style == "iso":
        s = "%d-%s-%s" % (d.year, pad2(d.month), pad2(d.day))
    elif style == "en":
        s = "%d %s %d" % (d.day, MONTHS_EN[d.month - 1], d.year)
    elif style == "spoken":
        s = "%d %s %d" % (d.day, MONTHS[d.month - 1].lower(), d.year)
    else:
        raise ValueError(style)
    return s.upper() if caps else s


def rand_date(rng, y0, y1):
    a = date(y0, 1, 1).toordinal()
    b = date(y1, 12, 28).toordinal()
    return date.fromordinal(rng.randint(a, b))


def group_digits(d, sizes, sep):
    out, i = [], 0
    for s in sizes:
        if i >= len(d):
            break
        out.append(d[i:i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return sep.join(out)


# ============================================================================================
# Relations of a person to the reporter:  sex, Indonesian word, English word, age rule
# ============================================================================================
REL = {
    "mother": ("F", "ibu", "mother", "rel", 20, 34),
    "father": ("M", "ayah", "father", "rel", 22, 38),
    "son": ("M", "anak", "son", "abs", 6, 17),
    "daughter": ("F", "anak", "daughter", "abs", 6, 17),
    "gson": ("M", "anak", "son", "abs", 19, 33),
    "gdaughter": ("F", "anak", "daughter", "abs", 19, 33),
    "husband": ("M", "suami", "husband", "rel", -3, 8),
    "wife": ("F", "istri", "wife", "rel", -8, 3),
    "brother": ("M", "adik", "younger brother", "rel", -12, -2),
    "sister": ("F", "kakak", "older sister", "rel", 2, 12),
    "ysister": ("F", "adik", "younger sister", "rel", -12, -2),
    "grandma": ("F", "nenek", "grandmother", "rel", 42, 56),
    "grandpa": ("M", "kakek", "grandfather", "rel", 44, 58),
    "inlaw": ("F", "mertua", "mother-in-law", "rel", 22, 34),
}
REL_RAGE = {"mother": (20, 55), "father": (20, 55), "inlaw": (22, 55), "grandma": (18, 40),
            "grandpa": (18, 40), "son": (29, 60), "daughter": (29, 60), "gson": (46, 76),
            "gdaughter": (46, 76)}
KIN_GROUPS = {
    "any": ["mother", "father", "son", "daughter", "husband", "wife", "brother", "sister", "inlaw"],
    "elder": ["mother", "father", "inlaw", "grandma", "grandpa"],
    "child": ["son", "daughter"],
    "gchild": ["gson", "gdaughter"],
    "spouse": ["husband", "wife"],
    "sib": ["brother", "sister", "ysister"],
    "pmi": ["wife", "husband", "gson", "gdaughter", "brother", "sister", "ysister"],
}
KIN_GROUPS["adult"] = KIN_GROUPS["spouse"] + KIN_GROUPS["sib"] + ["mother", "father"]


# ============================================================================================
# A person: name, sex, birth date and every identifier derived consistently from them
# ============================================================================================
BLOOD = {"son", "daughter", "gson", "gdaughter", "brother", "sister", "ysister", "father", "grandpa"}
MARGA_ETH = {"batak", "nias", "papua", "timor", "mnd", "ambon"}


def share_surname(name, anchor_name, eth):
    """Children and siblings carry the family name (marga / fam) of the anchor person."""
    if eth not in MARGA_ETH:
        return name
    fam = anchor_name.split()[-1]
    toks = name.split()
    if len(toks) < 2 or fam in ("Dt.", "Sutan"):
        return name
    if fam[0].islower() or toks[-1] == fam:
        return name
    return " ".join(toks[:-1] + [fam])


class Person:
    def __init__(self, ctx, key, rel=None, sex=None, age=None, eth=None, foreign=False,
                 household=None, pns=False):
        rng = ctx.rng
        self.ctx, self.key, self.rel = ctx, key, rel
        self.foreign = foreign
        self.cache = {}
        self.anchor = ctx.anchors.get(key, "r")
        if rel:
            rsex, _, _, mode, lo, hi = REL[rel]
            sex = rsex
            r = ctx.person(self.anchor)
            if mode == "rel":
                age = max(1, min(94, r.age + rng.randint(lo, hi)))
                if rel in ("brother", "ysister") and age < 3:
                    age = 3
            else:
                top = min(hi, r.age - 20)
                age = rng.randint(lo, max(lo, top))
            if household is None:
                household = rel not in ("gson", "gdaughter", "brother", "sister", "ysister", "inlaw")
        self.sex = sex or ctx.sexes.get(key) or rng.choice("MF")
        self.age = age if age is not None else rng.randint(*ctx.decl_age(key))
        if rel and not eth and rng.random() < 0.9:
            eth = ctx.person(self.anchor).eth
        self.eth = eth or ctx.pick_eth()
        if foreign:
            self.name = rng.choice(N["foreign_m"] if self.sex == "M" else N["foreign_f"])
            self.call = self.name.split()[0]
        else:
            used = {p.name for p in ctx.persons.values() if p is not None}
            used |= {p.call for p in ctx.persons.values() if p is not None}
            for _ in range(12):
                self.name, self.call = make_name(rng, self.eth, self.sex)
                if rel in BLOOD and self.eth == ctx.person(self.anchor).eth:
                    self.name = share_surname(self.name, ctx.person(self.anchor).name, self.eth)
                if self.name not in used and self.call not in used:
                    break
        born_year = ctx.today.year - self.age
        self.dob = date(born_year, rng.randint(1, 12), rng.randint(1, 28))
        if (self.dob.month, self.dob.day) > (ctx.today.month, ctx.today.day):
            self.dob = date(born_year - 1, self.dob.month, self.dob.day)
        self.household = bool(household) if key != self.anchor else True
        if self.household and key != self.anchor:
            self.prefix6 = ctx.person(self.anchor).prefix6
        elif key == "r" or rng.random() < 0.9:
            self.prefix6 = ctx.prefix6(new_kec=(key != "r" and rng.random() < 0.6))
        else:
            self.prefix6 = ctx.prefix6(other=True)
        self.serial = rng.randint(1, 420)

    # ---- generic access -------------------------------------------------------------------
    def get(self, attr):
        if attr in self.cache:
            return self.cache[attr]
        base = attr.rstrip("0123456789")
        fn = getattr(self, "a_" + base, None)
        if fn is None:
            raise KeyError("unknown person attribute " + attr)
        v = fn()
        self.cache[attr] = v
        return v

    @property
    def rng(self):
        return self.ctx.rng

    @property
    def voice(self):
        return self.ctx.mode == "voice"

    # ---- names and words (PERSON or plain) --------------------------------------------------
    def a_name(self):
        return (self.name.lower().replace(".", "") if self.voice else self.name), "PERSON"

    def a_NAME(self):
        return self.name.upper(), "PERSON"

    def a_first(self):
        return (self.call.lower() if self.voice else self.call), "PERSON"

    def a_hon(self):
        rng = self.rng
        m = self.sex == "M"
        if self.ctx.mode == "en":
            return rng.choice(["Mr.", "Mr.", "Pak"] if m else ["Mrs.", "Ms.", "Ibu"]), None
        if self.age < 33:
            h = rng.choice(HON_YOUNG_M if m else HON_YOUNG_F)
        elif self.eth in HON_ETH and rng.random() < 0.45:
            h = rng.choice(HON_ETH[self.eth][0 if m else 1])
        else:
            h = rng.choice(HON_M if m else HON_F)
            if self.age > 48 and self.eth in ("jawa", "sunda", "madura", "betawi", "bugis", "minang",
                                               "aceh", "banjar", "sasak", "melayu") \
                    and rng.random() < 0.25:
                h = h + (" H." if m else " Hj.")
        return (h.lower() if self.voice else h), None

    def a_Hon(self):
        if self.ctx.mode == "en":
            return ("Mr." if self.sex == "M" else "Mrs."), None
        return ("Bapak" if self.sex == "M" else "Ibu"), None

    def a_pre(self):
        return self.rng.choice(DEG_PRE_M if self.sex == "M" else DEG_PRE_F), None

    def a_deg(self):
        return self.rng.choice(DEG_POST), None

    def a_rel(self):
        w = REL[self.rel][1] if self.rel else "saudara"
        if self.rel == "father" and self.rng.random() < 0.4:
            w = "bapak"
        if self.rel in ("brother", "sister", "ysister") and self.rng.random() < 0.3:
            w = w + (" laki-laki" if self.sex == "M" else " perempuan")
        return w, None

    def a_Rel(self):
        w = self.get("rel")[0]
        return w[:1].upper() + w[1:], None

    def a_rel_en(self):
        return (REL[self.rel][2] if self.rel else "relative"), None

    def a_dob(self):
        if self.voice:
            return fmt_date(self.rng, self.dob, "spoken"), "DATE_OF_BIRTH"
        if self.ctx.mode == "en":
            return fmt_date(self.rng, self.dob, self.rng.choice(["en", "en", "slash", "long1"])), "DATE_OF_BIRTH"
        return fmt_date(self.rng, self.dob), "DATE_OF_BIRTH"

    def a_dob_en(self):
        return fmt_date(self.rng, self.dob, "en"), "DATE_OF_BIRTH"

    def a_addr_ml(self):
        h = self.home()
        if h["kind"] == "jorong":
            return self.ctx.fmt_home(h), "ADDRESS"
        return self.ctx.fmt_home(h, multiline=True), "ADDRESS"

    def a_age(self):
        return str(self.age), None

    def a_pob(self):
        rng = self.rng
        if rng.random() < 0.65:
            k = self.ctx.kota_name
        else:
            k = re.sub(r"^(Kab\.|Kota) ", "", rng.choice(rng.choice(list(R.values()))["kota"]))
        return (k.lower() if self.voice else k), None

    def a_sexword(self):
        return ("laki-laki" if self.sex == "M" else "perempuan"), None

    # ---- identifiers -------------------------------------------------------------------------
    def nik_digits(self):
        d = self.dob.day + (40 if self.sex == "F" else 0)
        return "%s%s%s%02d%04d" % (self.prefix6, pad2(d), pad2(self.dob.month), self.dob.year % 100,
                                   self.serial)

    def a_nik(self):
        rng = self.rng
        d = self.nik_digits()
        x = rng.random()
        if self.voice:
            return (d if x < 0.5 else group_digits(d, [4, 4, 4, 4], " ")), "NIK"
        if x < 0.045:        # mistyped by the reporter: 15 or 17 digits
            i = rng.randint(6, 15)
            d = d[:i] + d[i + 1:] if rng.random() < 0.5 else d[:i] + d[i] + d[i:]
            return d, "NIK"
        if x < 0.60:
            return d, "NIK"
        if x < 0.74:
            return group_digits(d, [4, 4, 4, 4], " "), "NIK"
        if x < 0.85:
            return group_digits(d, [4, 4, 4, 4], "-"), "NIK"
        return "%s.%s.%s.%s.%s" % (d[0:2], d[2:4], d[4:6], d[6:12], d[12:16]), "NIK"

    def a_nikp(self):
        return self.nik_digits(), "NIK"

    def a_kk(self):
        kk = self.ctx.kk_digits(self)
        x = self.rng.random()
        if self.voice or x < 0.6:
            return kk, "KK"
        if x < 0.75:
            return group_digits(kk, [4, 4, 4, 4], " "), "KK"
        if x < 0.88:
            return group_digits(kk, [4, 4, 4, 4], "-"), "KK"
        return "%s.%s.%s.%s.%s" % (kk[0:2], kk[2:4], kk[4:6], kk[6:12], kk[12:16]), "KK"

    def _mobile(self):
        rng = self.rng
        pre = rng.choice(MOBILE_PREFIX)
        return pre + dgt(rng, rng.choice([7, 8, 8, 8, 9]))

    def fmt_mobile(self, d, style=None):
        rng = self.rng
        rest = d[4:]
        sizes = [4, 4] if len(rest) == 8 else ([4, 3] if len(rest) == 7 else [4, 5])
        if self.voice:
            return group_digits(d, [4] + sizes, " ")
        st = style or rng.choice(["plain"] * 4 + ["dash"] * 3 + ["space"] * 2 + ["dot", "p62s", "p62",
                                   "62", "p62par", "3grp"])
        if st == "plain":
            return d
        if st == "dash":
            return group_digits(d, [4] + sizes, "-")
        if st == "space":
            return group_digits(d, [4] + sizes, " ")
        if st == "dot":
            return group_digits(d, [4] + sizes, ".")
        n = d[1:]
        g = [3] + ([4, 4] if len(n) == 11 else ([3, 4] if len(n) == 10 else [4, 5]))
        if st == "p62s":
            return "+62 " + group_digits(n, g, "-")
        if st == "p62":
            return "+62" + n
        if st == "62":
            return "62" + n
        if st == "p62par":
            return "(+62) " + group_digits(n, g, " ")
        if len(d) == 13:
            return group_digits(d, [4, 3, 3], " ")
        return group_digits(d, [4] + sizes, "-")

    def a_hp(self):
        if "_hpd" not in self.cache:
            self.cache["_hpd"] = self._mobile()
        return self.fmt_mobile(self.cache["_hpd"]), "PHONE"

    def a_hpp(self):
        if "_hpd" not in self.cache:
            self.cache["_hpd"] = self._mobile()
        return self.cache["_hpd"], "PHONE"

    def a_hp_b(self):   # a second, different mobile number of the same person
        return self.fmt_mobile(self._mobile()), "PHONE"

    def a_tel(self):
        rng = self.rng
        area = rng.choice(self.ctx.region["area"])
        loc = dgt(rng, 8 if area == "021" else rng.choice([6, 6, 7]))
        loc = str(rng.randint(2, 8)) + loc[1:]
        st = rng.random()
        if st < 0.4:
            return "(%s) %s" % (area, loc), "PHONE"
        if st < 0.6 and len(loc) == 6:
            return "(%s) %s-%s" % (area, loc[:3], loc[3:]), "PHONE"
        if st < 0.85:
            return "%s-%s" % (area, loc), "PHONE"
        return "%s %s" % (area, loc), "PHONE"

    def a_hpx(self):    # foreign mobile (employer / agent abroad)
        rng = self.rng
        c = rng.choice(["my", "my", "hk", "tw", "sa", "sg"])
        if c == "my":
            s = rng.choice(["+60 1%d-%s %s", "+601%d-%s%s", "01%d-%s %s"]) % (rng.randint(0, 9), dgt(rng, 3), dgt(rng, 4))
        elif c == "hk":
            s = "+852 %d%s %s" % (rng.choice([5, 6, 9]), dgt(rng, 3), dgt(rng, 4))
        elif c == "tw":
            s = rng.choice(["+886 9%s %s %s", "09%s-%s-%s"]) % (dgt(rng, 2), dgt(rng, 3), dgt(rng, 3))
        elif c == "sa":
            s = "+966 5%d %s %s" % (rng.randint(0, 9), dgt(rng, 3), dgt(rng, 4))
        else:
            s = "+65 %d%s %s" % (rng.choice([8, 9]), dgt(rng, 3), dgt(rng, 4))
        return s, "PHONE"

    def a_email(self):
        rng = self.rng
        toks = [fold(t) for t in self.name.split() if fold(t) and fold(t) not in ("bin", "binti", "br", "boru", "muh", "abd", "st", "i", "ni")]
        if not toks:
            toks = [fold(self.name) or "warga"]
        f, l = toks[0], toks[-1]
        yy = str(self.dob.year)[2:] if rng.random() < 0.5 else str(self.dob.year)
        pat = rng.choice(["{f}.{l}", "{f}{l}", "{f}_{l}", "{f}{yy}", "{f}.{l}{yy}", "{fi}{l}",
                          "{l}.{f}", "{f}{n}", "{f}.{l}{n}"])
        loc = pat.format(f=f, l=l, yy=yy, fi=f[0], n=rng.randint(1, 999))
        if f == l:
            loc = f + yy
        dom = rng.choice(EMAIL_DOM)
        if self.ctx.topic == "guru" and rng.random() < 0.5:
            dom = rng.choice(["guru.sd.belajar.id", "guru.smp.belajar.id", "guru.sma.belajar.id"])
        return loc + "@" + dom, "EMAIL"

    def a_ig(self):
        rng = self.rng
        toks = [fold(t) for t in self.name.split() if fold(t) and fold(t) not in ("bin", "binti", "br", "boru", "muh", "abd", "st", "i", "ni")]
        toks = toks or ["warga"]
        f, l = toks[0], toks[-1]
        pat = rng.choice(["{f}_{l}", "{f}.{l}", "{f}{l}{n}", "{f}_{n}", "{f}.{l}_", "_{f}{l}", "{f}{l}.official",
                          "real{f}{n}", "{f}_{l}{yy}", "{l}{f}"])
        if f == l:
            l = str(self.dob.year)[2:] if rng.random() < 0.5 else "official"
        h = pat.format(f=f, l=l, n=rng.randint(1, 99), yy=str(self.dob.year)[2:])
        return "@" + h, "HANDLE"

    def a_tw(self):
        rng = self.rng
        toks = [fold(t) for t in self.name.split() if fold(t)] or ["warga"]
        f, l = toks[0], toks[-1]
        if f == l:
            l = str(self.dob.year)[2:]
        h = rng.choice(["%s_%s" % (f, l), "%s%s" % (f, l[:3]), "%s%d" % (f, rng.randint(1, 999)),
                        "%s_%s%d" % (f[:6], l[:4], rng.randint(1, 99))])
        return "@" + h[:15], "HANDLE"

    def a_npwp(self):
        rng = self.rng
        x = rng.random()
        if x < 0.22:       # new 16-digit NPWP = NIK
            return self.nik_digits(), "NPWP"
        if "_npwp" not in self.cache:
            self.cache["_npwp"] = "%02d%s" % (rng.randint(4, 9), dgt(rng, 10)) + "000"
        d = self.cache["_npwp"]
        if x < 0.75:
            return "%s.%s.%s.%s-%s.%s" % (d[0:2], d[2:5], d[5:8], d[8], d[9:12], d[12:15]), "NPWP"
        if x < 0.9:
            return d, "NPWP"
        return "0" + d, "NPWP"

    def a_npwp_old(self):
        rng = self.rng
        if "_npwp" not in self.cache:
            self.cache["_npwp"] = "%02d%s" % (rng.randint(4, 9), dgt(rng, 10)) + "000"
        d = self.cache["_npwp"]
        return "%s.%s.%s.%s-%s.%s" % (d[0:2], d[2:5], d[5:8], d[8], d[9:12], d[12:15]), "NPWP"

    def a_bank(self):
        rng = self.rng
        b = wchoice(rng, [("BRI", 30), ("BNI", 12), ("BCA", 10), ("BSI", 10), ("Mandiri", 12),
                          ("CIMB Niaga", 4), ("BTN", 8), (self.ctx.region["bank"], 14)])
        self.cache["_bank"] = b
        return b, None

    def a_rek(self):
        v, lab = self._rek()
        return (re.sub(r"\D", "", v) if self.voice else v), lab

    def _rek(self):
        rng = self.rng
        b = self.cache.get("_bank") or self.get("bank")[0]
        if b == "BRI":
            d = "%04d" % rng.randint(1, 9999) + "01" + dgt(rng, 6) + dgt(rng, 2) + str(rng.randint(0, 9))
            v = "%s-%s-%s-%s-%s" % (d[:4], d[4:6], d[6:12], d[12:14], d[14]) if rng.random() < 0.55 else d
        elif b == "Mandiri":
            d = str(rng.randint(1, 9)) + dgt(rng, 2) + "00" + dgt(rng, 8)
            v = "%s-%s-%s-%s" % (d[:3], d[3:5], d[5:12], d[12]) if rng.random() < 0.5 else d
        elif b == "CIMB Niaga":
            v = str(rng.randint(1, 9)) + dgt(rng, rng.choice([12, 13]))
        elif b == "BTN":
            d = "00" + dgt(rng, 14)
            v = group_digits(d, [4, 4, 4, 4], " ") if rng.random() < 0.3 else d
        else:
            d = str(rng.randint(0, 9)) + dgt(rng, 9)
            v = "%s-%s-%s" % (d[:3], d[3:6], d[6:]) if rng.random() < 0.2 else d
        return v, "BANK_ACCOUNT"

    def a_pas(self):
        rng = self.rng
        v = rng.choice("ABCEX") + ("%07d" % rng.randint(100000, 9999999))
        return (v[0] + " " + v[1:] if rng.random() < 0.25 else v), "PASSPORT"

    def a_bpjs(self):
        rng = self.rng
        d = "000" + dgt(rng, 10)
        return (group_digits(d, [4, 4, 4, 1], " ") if (rng.random() < 0.3 and not self.voice) else d), "BPJS"

    def nip_digits(self):
        if "_nip" not in self.cache:
            rng = self.rng
            ty = min(self.dob.year + rng.randint(22, 34), self.ctx.today.year - 1)
            self.cache["_nip"] = "%d%02d%02d%d%02d%d%03d" % (
                self.dob.year, self.dob.month, self.dob.day, ty, rng.randint(1, 12),
                1 if self.sex == "M" else 2, rng.randint(1, 12))
        return self.cache["_nip"]

    def a_nip(self):
        d = self.nip_digits()
        if self.rng.random() < 0.55 and not self.voice:
            return "%s %s %s %s" % (d[:8], d[8:14], d[14], d[15:]), "NIP"
        return d, "NIP"

    def a_plate(self):
        rng = self.rng
        code = rng.choice(self.ctx.region["plates"]) if rng.random() < 0.85 else rng.choice(
            ["B", "D", "L", "AB", "DK", "BK", "DD", "KT", "H"])
        num = str(rng.randint(1, 9999)) if rng.random() < 0.8 else str(rng.randint(1, 999))
        letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
        suf = "".join(rng.choice(letters) for _ in range(rng.choice([1, 2, 2, 2, 3])))
        x = rng.random()
        if self.voice:
            return ("%s %s %s" % (code, num, suf)).lower(), "PLATE"
        if x < 0.62:
            v = "%s %s %s" % (code, num, suf)
        elif x < 0.75:
            v = "%s%s%s" % (code, num, suf)
        elif x < 0.86:
            v = "%s-%s-%s" % (code, num, suf)
        elif x < 0.93:
            v = ("%s %s %s" % (code, num, suf)).lower()
        else:
            v = "%s %s%s" % (code, num, suf)
        return v, "PLATE"

    # ---- address ------------------------------------------------------------------------------
    def home(self):
        if self.household and self.key != self.anchor:
            return self.ctx.person(self.anchor).home()
        if "_home" not in self.cache:
            self.cache["_home"] = self.ctx.make_home()
        return self.cache["_home"]

    def a_addr(self):
        return self.ctx.fmt_home(self.home()), "ADDRESS"

    def a_addr_rt(self):
        h = self.home()
        return self.ctx.fmt_rtrw(h["rt"], h["rw"]), "ADDRESS"

    def a_area(self):
        return self.ctx.area_suffix(), None


# ============================================================================================
def make_name(rng, eth, sex):
    """Return (full name, call name).  Name parts the guide keeps inside PERSON are included."""
    m = sex == "M"
    if eth == "jawa":
        if rng.random() < 0.45:
            n = rng.choice(N["jawa_m1"] if m else N["jawa_f1"])
            return n, n
        n = rng.choice(N["jawa_m2"] if m else N["jawa_f2"])
        return n, n.split()[0] if not n.startswith(("Sri ", "Siti ", "Nur ", "Tri ", "Dwi ", "Umi ")) else n.split()[1]
    if eth == "sunda":
        n = rng.choice(N["sunda_m"] if m else N["sunda_f"])
        return n, n.split()[0]
    if eth == "batak":
        x = rng.random()
        if x < 0.15:
            g = rng.choice(N["mdl_m"] if m else N["mdl_f"])
            return g + " " + rng.choice(N["marga_mdl"]), g.split()[0] if g.split()[0] not in ("Muhammad", "Ahmad", "Siti") else g.split()[-1]
        marga = rng.choice(N["marga_karo"] if x < 0.3 else N["marga_toba"])
        g = rng.choice(N["batak_m"] if m else N["batak_f"])
        if m:
            return g + " " + marga, g.split()[0]
        link = rng.choice(["br. ", "br. ", "boru ", "Br. ", ""])
        return g + " " + link + marga, g.split()[0]
    if eth == "nias":
        g = rng.choice(N["nias_m"] if m else N["nias_f"])
        return g + " " + rng.choice(N["marga_nias"]), g
    if eth == "minang":
        g = rng.choice(N["minang_m"] if m else N["minang_f"])
        if m and rng.random() < 0.22:
            if rng.random() < 0.55:
                return g + " Dt. " + rng.choice(N["minang_gelar_dt"]), g.split()[0]
            return g + " Sutan " + rng.choice(N["minang_gelar_st"]), g.split()[0]
        return g, g.split()[0]
    if eth == "bugis":
        g = rng.choice(N["bugis_m"] if m else N["bugis_f"])
        x = rng.random()
        if m:
            pre = "Andi " if x < 0.25 else ("Muh. " if x < 0.45 else ("Abd. " if x < 0.53 else ""))
        else:
            pre = "Andi " if x < 0.25 else ("St. " if x < 0.45 else "")
        last = (" " + rng.choice(N["bugis_last"])) if rng.random() < 0.5 else ""
        if last.strip() == g:
            last = ""
        return pre + g + last, g.split()[0]
    if eth == "buton":
        g = rng.choice(N["buton_m"] if m else N["buton_f"])
        return ("La Ode " if m else "Wa Ode ") + g, g.split()[-1]
    if eth == "bali":
        x = rng.random()
        if m:
            g = rng.choice(N["bali_m"])
            if x < 0.08:
                return "Ida Bagus " + rng.choice(["Putu ", "Made ", "Gede ", ""]) + g, g.split()[0]
            if x < 0.14:
                return "Anak Agung Gde " + g, g.split()[0]
            if x < 0.19:
                return "I Gusti Ngurah " + g, g.split()[0]
            if x < 0.22:
                return "Cokorda Gede " + g, g.split()[0]
            o = rng.choice(N["bali_order_m"])
            return "I " + o + " " + g, (o if rng.random() < 0.5 else g.split()[0])
        g = rng.choice(N["bali_f"])
        if x < 0.07:
            return "Ida Ayu " + rng.choice(["Putu ", "Made ", ""]) + g, g.split()[0]
        if x < 0.13:
            return "I Gusti Ayu " + rng.choice(["Made ", "Putu ", ""]) + g, g.split()[0]
        if x < 0.17:
            return "Anak Agung Istri " + g, g.split()[0]
        o = rng.choice(N["bali_order_f"])
        luh = "Luh " if rng.random() < 0.35 else ""
        return "Ni " + luh + o + " " + g, (o if rng.random() < 0.4 else g.split()[0])
    if eth == "cina":
        if rng.random() < 0.4:
            n = rng.choice(N["cina_sur"]) + " " + rng.choice(N["cina_m"] if m else N["cina_f"])
            return n, n
        n = rng.choice(N["cina_indo_m"] if m else N["cina_indo_f"])
        return n, n.split()[0]
    if eth == "arab":
        n = rng.choice(N["arab_m"] if m else N["arab_f"])
        t = n.split()
        return n, t[1] if t[0] in ("Syarif", "Syarifah", "Muhammad") else t[0]
    if eth == "aceh":
        n = rng.choice(N["aceh_m"] if m else N["aceh_f"])
        t = n.split()
        return n, t[1] if t[0] in ("Teuku", "Cut", "Tengku", "Muhammad") else t[0]
    if eth == "papua":
        g = rng.choice(N["papua_m"] if m else N["papua_f"])
        return g + " " + rng.choice(N["marga_papua"]), g
    if eth == "dayak":
        if rng.random() < 0.12:
            n = rng.choice(N["dayak_single"])
            return n, n
        g = rng.choice(N["dayak_m"] if m else N["dayak_f"])
        return g + " " + rng.choice(N["dayak_sur"]), g.split()[0]
    if eth == "timor":
        g = rng.choice(N["timor_m"] if m else N["timor_f"])
        return g + " " + rng.choice(N["marga_timor"]), g
    if eth == "mnd":
        g = rng.choice(N["mnd_m"] if m else N["mnd_f"])
        return g + " " + rng.choice(N["fam_mnd"]), g
    if eth == "ambon":
        g = rng.choice(N["amb_m"] if m else N["amb_f"])
        return g + " " + rng.choice(N["fam_amb"]), g.split()[0]
    if eth == "banjar":
        n = rng.choice(N["banjar_m"] if m else N["banjar_f"])
        t = n.split()
        return n, t[1] if t[0] in ("Gusti", "Muhammad", "Ahmad", "Abdul") else t[0]
    if eth == "sasak":
        n = rng.choice(N["sasak_m"] if m else N["sasak_f"])
        t = n.split()
        return n, t[1] if t[0] in ("Lalu", "Baiq", "Muhammad") else t[0]
    if eth == "madura":
        n = rng.choice(N["madura_m"] if m else N["madura_f"])
        return n, n.split()[-1]
    if eth == "melayu":
        n = rng.choice(N["melayu_m"] if m else N["melayu_f"])
        return n, n.split()[0]
    if eth == "betawi":
        n = rng.choice(N["betawi_m"] if m else N["betawi_f"])
        return n, n.split()[0]
    n = rng.choice(N["modern_m"] if m else N["modern_f"])
    return n, n.split()[0]


# ============================================================================================
# Record context: region, area names, persons, and the near-miss (look-alike) generators
# ============================================================================================
HOME_TYPES = {
    "jawa_like": [("street", 33), ("gang", 15), ("perum", 14), ("dusun", 30), ("komp", 4), ("rtonly", 4)],
    "sunda_like": [("street", 28), ("gang", 14), ("perum", 20), ("kp", 30), ("komp", 4), ("rtonly", 4)],
    "city": [("street", 40), ("gang", 32), ("perum", 14), ("komp", 10), ("rtonly", 4)],
    "minang": [("street", 40), ("jorong", 25), ("komp", 15), ("perum", 20)],
    "sulsel": [("street", 42), ("btn", 25), ("lorong", 15), ("perum", 14), ("rtonly", 4)],
    "palembang": [("street", 40), ("lorong", 35), ("perum", 25)],
    "other": [("street", 58), ("gang", 14), ("perum", 14), ("dusun", 10), ("rtonly", 4)],
}
REGION_HOME = {"jateng": "jawa_like", "diy": "jawa_like", "jatim": "jawa_like", "lampung": "jawa_like",
               "jabar": "sunda_like", "banten": "sunda_like", "dki": "city", "kepri": "city",
               "riau": "city", "sumbar": "minang", "sulsel": "sulsel", "sultra": "sulsel",
               "kaltim": "sulsel", "sumsel": "palembang"}


class Ctx:
    def __init__(self, rng, rkey, style, nopii, mode="normal", topic=None):
        self.rng = rng
        self.rkey = rkey
        self.region = R[rkey]
        self.style, self.nopii, self.mode, self.topic = style, nopii, mode, topic
        self.today = date(2025, rng.randint(1, 10), rng.randint(1, 28))
        reg = self.region
        self.kota = rng.choice(reg["kota"])
        self.kota_name = re.sub(r"^(Kab\.|Kota) ", "", self.kota)
        self.kota_slug = fold(self.kota_name) + ("kota" if self.kota.startswith("Kota") else "kab")
        self.kab_code = rng.randint(71, 79) if self.kota.startswith("Kota") else rng.randint(1, 29)
        self.kec_name = rng.choice(reg["kec"])
        self.kec = reg["kecpre"] + self.kec_name
        self.kec_code = rng.randint(1, 25)
        self.desa = rng.choice(reg["desa"])
        self.desa_name = re.sub(r"^(Desa|Kel\.|Kal\.|Nagari|Gampong|Negeri|Kampung) ", "", self.desa)
        self.persons, self.rels, self.ages, self.eths, self.foreign = {}, {}, {}, {}, set()
        self.anchors = {}
        self.kk_values = {}
        self.sexes = {}
        self.cvals = {}
        self.ml_indent = 0
        self.plain_tf = self.look_tf = self.name_tf = None
        self.case = None
        self.collapse = False
        self.kk_value = None

    # ---- persons ------------------------------------------------------------------------------
    def pick_eth(self):
        return wchoice(self.rng, self.region["eth"])

    def decl_age(self, key):
        if key in self.ages:
            return self.ages[key]
        return {"r": (24, 56), "o": (30, 58), "n": (22, 70), "a": (28, 60)}.get(key, (20, 66))

    def person(self, key):
        if key not in self.persons:
            self.persons[key] = None   # guard against recursion
            p = Person(self, key, rel=self.rels.get(key), eth=self.eths.get(key),
                       foreign=key in self.foreign)
            self.persons[key] = p
        return self.persons[key]

    def _decl_items(self, decl, remap):
        for tok in decl.split():
            who, spec = tok.split("=", 1)
            who = (remap or {}).get(who, who)
            yield who, spec

    def compatible(self, decl, remap=None):
        for who, spec in self._decl_items(decl, remap):
            if spec in ("old", "young", "mid", "foreign", "F", "M") or spec.startswith("eth:"):
                if who in self.persons and self.persons[who] is not None:
                    p = self.persons[who]
                    if spec in ("F", "M") and p.sex != spec:
                        return False
                    if spec == "old" and p.age < 56:
                        return False
                    if spec == "young" and p.age > 34:
                        return False
                    if spec == "foreign" and not p.foreign:
                        return False
                continue
            opts = KIN_GROUPS[spec[1:]] if spec.startswith("@") else spec.split("/")
            if who in self.persons:
                if self.persons[who].rel not in opts:
                    return False
                continue
            if who in self.rels:
                if self.rels[who] not in opts:
                    return False
                continue
            if not self._rel_options(opts, self.anchors.get(who, "r")):
                return False
        return True

    def _rel_options(self, opts, anchor="r"):
        asex = self.persons[anchor].sex if self.persons.get(anchor) is not None else self.sexes.get(anchor)
        if asex:
            opts = [o for o in opts if not (o in ("husband", "wife") and REL[o][0] == asex)]
        if self.persons.get(anchor) is not None:
            a = self.persons[anchor].age
            return [o for o in opts if REL_RAGE.get(o, (0, 200))[0] <= a <= REL_RAGE.get(o, (0, 200))[1]]
        lo, hi = self.ages.get(anchor, (18, 80))
        return [o for o in opts if max(lo, REL_RAGE.get(o, (0, 200))[0]) <= min(hi, REL_RAGE.get(o, (0, 200))[1])]

    def apply_decl(self, decl, remap=None):
        for who, spec in self._decl_items(decl, remap):
            if who in self.persons:
                continue
            if spec == "old":
                self.ages[who] = (57, 79)
                continue
            if spec == "young":
                self.ages[who] = (18, 30)
                continue
            if spec == "mid":
                self.ages[who] = (30, 50)
                continue
            if spec == "foreign":
                self.foreign.add(who)
                continue
            if spec in ("F", "M"):
                self.sexes[who] = spec
                continue
            if spec.startswith("eth:"):
                self.eths[who] = spec[4:]
                continue
            if who in self.rels:
                continue
            opts = KIN_GROUPS[spec[1:]] if spec.startswith("@") else spec.split("/")
            anchor = self.anchors.get(who, "r")
            opts = self._rel_options(opts, anchor)
            rel = self.rng.choice(opts)
            self.rels[who] = rel
            if rel in ("husband", "wife") and self.persons.get(anchor) is None and anchor not in self.sexes:
                self.sexes[anchor] = "F" if rel == "husband" else "M"
            if anchor not in self.persons and rel in REL_RAGE:
                lo, hi = self.ages.get(anchor, self.decl_age(anchor))
                rlo, rhi = REL_RAGE[rel]
                nlo, nhi = max(lo, rlo), min(hi, rhi)
                if nlo > nhi:
                    nlo, nhi = rlo, rhi
                self.ages[anchor] = (nlo, nhi)

    def prefix6(self, new_kec=False, other=False):
        rng = self.rng
        if other:
            p = rng.choice(PROV_CODES)
            return "%02d%02d%02d" % (p, rng.choice([rng.randint(1, 29), rng.randint(71, 79)]), rng.randint(1, 30))
        kec = rng.randint(1, 25) if new_kec else self.kec_code
        return "%02d%02d%02d" % (self.region["prov"], self.kab_code, kec)

    def kk_digits(self, person):
        rng = self.rng
        if person.household:
            a = person.anchor
            if a not in self.kk_values:
                r = self.person(a)
                d = rand_date(rng, 2009, self.today.year - 1)
                if self.topic == "ppdb":
                    d = self.today - timedelta(days=rng.randint(20, 300))
                pre = r.prefix6 if rng.random() < 0.85 else self.prefix6(new_kec=True)
                if a == "r":
                    self.kk_issue = d
                self.kk_values[a] = "%s%02d%02d%02d%04d" % (pre, d.day, d.month, d.year % 100, rng.randint(1, 9999))
            return self.kk_values[a]
        if "_kk" not in person.cache:
            d = rand_date(rng, 2009, self.today.year - 1)
            person.cache["_kk"] = "%s%02d%02d%02d%04d" % (person.prefix6, d.day, d.month, d.year % 100,
                                                           rng.randint(1, 9999))
        return person.cache["_kk"]

    # ---- homes ---------------------------------------------------------------------------------
    def make_home(self):
        rng = self.rng
        kind = self.force_home if getattr(self, "force_home", None) else \
            wchoice(rng, HOME_TYPES[REGION_HOME.get(self.rkey, "other")])
        n = rng.randint(1, 140)
        num = str(n)
        x = rng.random()
        if x < 0.12:
            num += rng.choice("ABCD")
        elif x < 0.18:
            num = "%d/%d" % (rng.randint(1, 20), rng.randint(1, 60))
        return dict(kind=kind, street=rng.choice(STREETS), gang=rng.choice(GANG), num=num,
                    perum=rng.choice(PERUM), blok=rng.choice("ABCDEFGHJK") + rng.choice(["", str(rng.randint(1, 12))]),
                    komp=rng.choice(KOMP), btn=rng.choice(BTN), dsn=rng.choice(DUSUN), kp=rng.choice(KAMPUNG),
                    jor=rng.choice(JORONG), lr=rng.choice(LORONG), rt=rng.randint(1, 15), rw=rng.randint(1, 12),
                    rtp=rng.random())

    def fmt_rtrw(self, rt, rw):
        rng = self.rng
        if self.mode == "voice":
            return rng.choice(["rt %d rw %d" % (rt, rw), "rt %s rw %s" % (pad2(rt), pad2(rw))])
        f = rng.choice(["RT %s/RW %s", "RT %s RW %s", "RT.%s/RW.%s", "Rt %s Rw %s", "RT/RW %s/%s",
                        "RT %s / RW %s", "RT. %s RW. %s"])
        w = rng.choice([2, 2, 3, 1])
        def z(v):
            return str(v) if w == 1 else ("%0" + str(w) + "d") % v
        if rng.random() < 0.08:
            return "RT %s/%s" % (z(rt), z(rw))
        return f % (z(rt), z(rw))

    def fmt_home(self, h, multiline=False):
        rng = self.rng
        voice = self.mode == "voice"
        k = h["kind"]
        if voice:
            nomor = "nomor " + h["num"].replace("/", " ")
            st = re.sub(r"[^\w ]", "", h["street"].lower())
            base = {
                "street": "jalan %s %s" % (st, nomor),
                "gang": "gang %s %s" % (h["gang"].lower(), nomor),
                "perum": "perumahan %s blok %s %s" % (h["perum"].lower(), h["blok"].lower(), nomor),
                "komp": "%s blok %s %s" % (h["komp"].lower().replace("komp.", "kompleks"), h["blok"].lower(), nomor),
                "dusun": "dusun %s" % h["dsn"].lower(),
                "kp": "kampung %s" % h["kp"].lower(),
                "jorong": "jorong %s" % h["jor"].lower(),
                "btn": "%s blok %s %s" % (h["btn"].lower(), h["blok"].lower(), nomor),
                "lorong": "lorong %s %s" % (h["lr"].lower(), nomor),
                "rtonly": "jalan %s %s" % (st, nomor),
            }[k]
            if k in ("dusun", "kp") or h["rtp"] < 0.6:
                base += " " + self.fmt_rtrw(h["rt"], h["rw"])
            return base
        no = rng.choice(["No. ", "No. ", "No.", "No ", "no. ", "Nomor "]) + h["num"]
        jl = rng.choice(["Jl. ", "Jl. ", "Jl. ", "Jln. ", "Jalan ", "JL. "])
        if k in ("street", "rtonly"):
            base = jl + h["street"] + " " + no
        elif k == "gang":
            base = (jl + h["street"] + " " if rng.random() < 0.5 else "") + \
                rng.choice(["Gg. ", "Gang ", "Gg "]) + h["gang"] + " " + no
        elif k == "perum":
            pre = rng.choice(["Perum ", "Perum. ", "Perumahan "])
            if rng.random() < 0.3:
                base = pre + h["perum"] + " Blok " + h["blok"] + "-" + h["num"].split("/")[0]
            else:
                base = pre + h["perum"] + " Blok " + h["blok"] + " " + no
        elif k == "komp":
            base = h["komp"] + " Blok " + h["blok"] + " " + no
        elif k == "btn":
            base = h["btn"] + " Blok " + h["blok"] + rng.choice([" " + no, "/" + h["num"].split("/")[0]])
        elif k == "lorong":
            base = rng.choice(["Lr. ", "Lorong "]) + h["lr"] + " " + no
        elif k == "dusun":
            base = rng.choice(["Dusun ", "Dsn. ", "Dusun ", "Dsn "]) + h["dsn"]
        elif k == "kp":
            base = rng.choice(["Kp. ", "Kp. ", "Kampung "]) + h["kp"]
        elif k == "jorong":
            return "Jorong " + h["jor"]
        else:
            raise ValueError(k)
        if k in ("dusun", "kp") or h["rtp"] < 0.62 or multiline:
            rtrw = self.fmt_rtrw(h["rt"], h["rw"])
            if multiline:
                return base + "\n" + " " * self.ml_indent + rtrw
            base += rng.choice([" ", " ", ", "]) + rtrw
        return base

    def area_suffix(self):
        rng = self.rng
        kp = str(rng.randint(2, 9)) + dgt(rng, 4)
        if self.mode == "voice":
            return " " + rng.choice([self.desa.lower(), "kecamatan " + self.kec_name.lower(),
                                     self.desa.lower() + " kecamatan " + self.kec_name.lower()])
        return rng.choice([
            ", %s, %s" % (self.desa, self.kec),
            ", %s, %s, %s" % (self.desa, self.kec, self.kota),
            " %s %s" % (self.desa, self.kec),
            ", %s %s %s %s" % (self.desa, self.kec, self.kota, kp),
            ", %s" % self.kota,
            ", %s" % self.desa,
            " (%s)" % self.desa,
        ])

    # ---- context values (plain) ------------------------------------------------------------------
    def c(self, attr):
        if attr in self.cvals:
            return self.cvals[attr]
        rng = self.rng
        v = None
        if attr == "kota":
            v = self.kota
        elif attr == "kota_name":
            v = self.kota_name
        elif attr == "kec":
            v = self.kec
        elif attr == "kec_name":
            v = self.kec_name
        elif attr == "desa":
            v = self.desa
        elif attr == "desa_name":
            v = self.desa_name
        elif attr == "school":
            v = rng.choice(SCHOOLS).format(n=rng.randint(1, 9), d=self.desa_name, k=self.kota_name)
        elif attr == "hospital":
            v = rng.choice(HOSPITALS.get(self.rkey, ["RSUD " + self.kota_name]) + ["RSUD " + self.kota_name])
        elif attr == "puskesmas":
            v = "Puskesmas " + self.kec_name
        elif attr == "bpd":
            v = self.region["bank"]
        elif attr == "kk_issue":
            self.kk_digits(self.person("r"))
            v = fmt_date(rng, self.kk_issue, rng.choice(["long", "dash", "slash"]))
        elif attr == "country":
            v = rng.choice(FOREIGN)
        elif attr == "month":
            v = MONTHS[rng.randint(0, 11)]
        else:
            raise KeyError("unknown context attribute " + attr)
        if self.mode == "voice":
            v = v.lower()
        self.cvals[attr] = v
        return v


# ---- near-miss (look-alike) values: never PII, always registered as deliberate ---------------
def t16(rng):
    y = rng.choice([2023, 2024, 2024, 2025])
    return "%d%02d%02d%s" % (y, rng.randint(1, 12), rng.randint(1, 28), dgt(rng, 8))


def x_rp(ctx):
    rng = ctx.rng
    v = wchoice(rng, [(25, 3), (50, 5), (75, 3), (100, 5), (150, 4), (200, 4), (250, 4), (300, 3), (350, 2),
                      (500, 5), (600, 2), (750, 2), (900, 1), (1200, 2), (1500, 3), (2000, 2), (2500, 2),
                      (3500, 1), (5000, 1), (7500, 1), (12500, 0.5), (25000, 0.3)]) * 1000
    jt = v / 1_000_000
    f = rng.random()
    dots = "{:,}".format(v).replace(",", ".")
    if ctx.mode == "voice":
        if v >= 1_000_000 and rng.random() < 0.7:
            return ("%g juta" % jt).replace(".", " koma ")
        return "%d ribu" % (v // 1000)
    if f < 0.3:
        return "Rp " + dots
    if f < 0.5:
        return "Rp" + dots
    if f < 0.6:
        return "Rp. " + dots + ",-"
    if f < 0.7 and v >= 1_000_000:
        return "Rp%s juta" % ("%g" % jt).replace(".", ",")
    if f < 0.8 and v < 1_000_000:
        return "%d ribu" % (v // 1000)
    if f < 0.88:
        return "Rp " + dots + ",00"
    if v < 1_000_000:
        return "Rp %drb" % (v // 1000)
    return "Rp " + dots


def x_date(ctx):
    rng = ctx.rng
    d = rand_date(rng, 2023, 2025)
    if ctx.mode == "voice":
        return "%d %s" % (d.day, MONTHS[d.month - 1].lower())
    f = rng.random()
    if f < 0.15:
        return "%s, %d %s %d" % (DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year)
    if f < 0.25:
        return "%d/%d/%s" % (d.day, d.month, str(d.year)[2:])
    return fmt_date(rng, d, rng.choice(["long", "long1", "dash", "slash", "abbr", "dot", "iso"]))


def x_office(ctx):
    rng = ctx.rng
    area = rng.choice(ctx.region["area"])
    loc = str(rng.randint(3, 8)) + dgt(rng, 7 if area == "021" else 5)
    return rng.choice(["(%s) %s" % (area, loc), "%s-%s" % (area, loc), "%s %s" % (area, loc), "%s%s" % (area, loc)])


def x_instwa(ctx):
    rng = ctx.rng
    d = rng.choice(["0811", "0812", "0813", "0821", "0852"]) + dgt(rng, 8)
    return rng.choice([d, group_digits(d, [4, 4, 4], "-"), group_digits(d, [4, 4, 4], " ")])


def x_email_inst(ctx):
    rng = ctx.rng
    if ctx.topic in INST and rng.random() < 0.65:
        return inst_fill(ctx, INST[ctx.topic][1])
    s = ctx.kota_slug
    return rng.choice(INST_EMAILS + ["pengaduan@%s.go.id" % s, "dinsos@%s.go.id" % s,
                                     "disdukcapil@%s.go.id" % s, "ppid@%s.go.id" % s,
                                     "cs@pdam%s.co.id" % fold(ctx.kota_name),
                                     "humas@%s.go.id" % s, "kominfo@%s.go.id" % s])


def x_handle_inst(ctx):
    rng = ctx.rng
    if ctx.topic in INST and rng.random() < 0.65:
        return inst_fill(ctx, INST[ctx.topic][2])
    k = fold(ctx.kota_name)
    return rng.choice(INST_HANDLES + ["@pemkab%s" % k if ctx.kota.startswith("Kab") else "@pemkot%s" % k,
                                      "@humas_%s" % k[:10], "@dinkes_%s" % k[:10], "@pdam_%s" % k[:9],
                                      "@polres_%s" % k[:9]])


def x_road(ctx):
    rng = ctx.rng
    x = rng.random()
    if x < 0.5:
        v = rng.choice(HERO_ROADS)
    elif x < 0.75:
        v = rng.choice(ROUTE_ROADS)
    else:
        v = "Jl. " + rng.choice(STREETS)
    return v.lower() if ctx.mode == "voice" else v


def x_hot(ctx, key=None):
    if key is None and ctx.topic in INST and ctx.rng.random() < 0.6:
        key = INST[ctx.topic][3]
    k = key or ctx.rng.choice(list(HOTLINES))
    return HOTLINES[k]


def x_tiket(ctx):
    rng = ctx.rng
    f = rng.random()
    if f < 0.35:
        return ("#" if ctx.mode != "voice" else "") + str(rng.randint(1000000, 9999999))
    if f < 0.6:
        return str(rng.randint(10000000, 99999999))
    return t16(rng)


X = {
    "tiket": x_tiket,
    "tiket7": lambda c: "#" + str(c.rng.randint(1000000, 9999999)),
    "tiket8": lambda c: str(c.rng.randint(10000000, 99999999)),
    "tiket16": lambda c: t16(c.rng),
    "rp": x_rp,
    "rp_tiny": lambda c: c.rng.choice(["Rp2.000", "Rp 3.000", "Rp5.000", "5 ribu", "Rp 10.000", "Rp10rb"]),
    "rp_day": lambda c: c.rng.choice(["Rp 80.000", "Rp90.000", "Rp 100.000", "Rp120.000", "Rp 150.000"]),
    "rp_fee": lambda c: c.rng.choice(["Rp 20.000", "Rp25.000", "Rp 50.000", "50 ribu", "Rp30rb", "Rp 15.000"]),
    "rp_lo": lambda c: c.rng.choice(["Rp 85.000", "Rp120.000", "Rp 150.000", "175 ribu", "Rp210.000", "Rp 95.000"]),
    "rp_hi": lambda c: c.rng.choice(["Rp 1.750.000", "Rp2,3 juta", "Rp 3.400.000", "Rp1.200.000", "Rp 4.150.000,-"]),
    "rp_big": lambda c: "Rp " + "{:,}".format(c.rng.randint(8, 950) * 1_000_000).replace(",", "."),
    "tw": lambda c: str(c.rng.randint(1, 4)) if c.rng.random() < 0.7 else c.rng.choice(["I", "II", "III", "IV"]),
    "rp_ptsl": lambda c: c.rng.choice(["Rp150.000", "Rp 150.000", "Rp200.000", "Rp 250.000", "Rp350.000", "Rp 450.000"]),
    "date": x_date,
    "time": lambda c: "%02d%s%02d" % (c.rng.randint(6, 22), c.rng.choice([".", ":"]), c.rng.randint(0, 59)),
    "year": lambda c: str(c.rng.randint(2019, 2025)),
    "month": lambda c: MONTHS[c.rng.randint(0, 11)] if c.mode != "voice" else MONTHS[c.rng.randint(0, 11)].lower(),
    "small": lambda c: str(c.rng.randint(2, 9)),
    "count": lambda c: str(c.rng.randint(12, 480)),
    "kkcount": lambda c: c.rng.choice(["2.350", "1.128", "146", "87", "3.041", "412", "1.906"]),
    "meter": lambda c: str(c.rng.randint(120, 950)),
    "km": lambda c: str(c.rng.randint(2, 186)),
    "spbu": lambda c: "%d.%03d.%02d" % (c.rng.choice([14, 24, 34, 44, 54, 64, 74, 84]), c.rng.randint(1, 999), c.rng.randint(1, 99)),
    "npsn": lambda c: c.rng.choice(["10", "20", "30", "40", "50", "60", "69"]) + dgt(c.rng, 6),
    "kodepos": lambda c: str(c.rng.randint(2, 9)) + dgt(c.rng, 4),
    "berkas": lambda c: "%d/%d" % (c.rng.randint(1000, 99999), c.rng.randint(2022, 2025)),
    "lp": lambda c: "LP/B/%d/%s/%d/SPKT/%s" % (c.rng.randint(10, 999), c.rng.choice(ROMAN), c.rng.randint(2023, 2025),
                                             c.rng.choice(["POLSEK " + c.kec_name.upper(), "POLRES " + c.kota_name.upper()])),
    "surat": lambda c: "%s/%d/%s/%s/%d" % (c.rng.choice(["470", "141", "400.9", "005", "140", "593"]), c.rng.randint(1, 450),
                                         c.rng.choice(["Pem", "Kesra", "Ds", "Kel", "RT", "Sekr"]), c.rng.choice(ROMAN),
                                         c.rng.randint(2023, 2025)),
    "office": x_office,
    "instwa": x_instwa,
    "email_inst": x_email_inst,
    "email_lapor": lambda c: c.rng.choice(["pengaduan@lapor.go.id", "admin@lapor.go.id", "noreply@lapor.go.id"]),
    "handle_inst": x_handle_inst,
    "lapor": lambda c: c.rng.choice(["@lapor1708", "@lapor1708", "@LAPOR1708"]),
    "hot": x_hot,
    "road": x_road,
    "rt": lambda c: c.rng.choice(["RT 04", "RT 07", "RT 02", "RT 11", "RT 05", "RT 03"]),
    "rtrw": lambda c: "RT %02d/RW %02d" % (c.rng.randint(1, 12), c.rng.randint(1, 9)),
    "tarif": lambda c: c.rng.choice(["R-1/900 VA", "R-1/1.300 VA", "R-1/2.200 VA", "B-1/1.300 VA"]),
    "booking": lambda c: "%d%02d%02d%s" % (c.rng.randint(24, 25), c.rng.randint(1, 12), c.rng.randint(1, 28), dgt(c.rng, 4)),
    "antre": lambda c: "%s-%03d" % (c.rng.choice("ABCDE"), c.rng.randint(1, 250)),
    "at_price": lambda c: "@ " + c.rng.choice(["Rp14.500", "Rp 15.000", "Rp12.000", "Rp 75.000"]),
    "pct": lambda c: c.rng.choice(["20%", "8%", "40%", "0,4%", "2,5%"]),
    "reg": lambda c: c.rng.choice(REGS[c.reg_key] if getattr(c, "reg_key", None) in REGS else REGS["umum"]),
    "regu": lambda c: c.rng.choice(REGS["umum"]),
    "kode_bpjs": lambda c: c.rng.choice(["165", "08001400165", "0811-8165-165"]),
}
for _k in HOTLINES:
    X["hot_" + _k] = (lambda key: (lambda c: HOTLINES[key]))(_k)
for _k in REGS:
    X["reg_" + _k] = (lambda key: (lambda c: c.rng.choice(REGS[key])))(_k)


# ============================================================================================
# Document assembly
# ============================================================================================
class Doc:
    def __init__(self):
        self.parts = []

    def t(self, s):
        if s:
            self.parts.append(["plain", s, None])

    def p(self, s, lab):
        assert lab in LABELS, lab
        self.parts.append(["pii", s, lab])

    def lk(self, s):
        if s:
            self.parts.append(["look", s, None])

    def raw(self, s):
        """plain text that no style transform touches (headers, timestamps)."""
        if s:
            self.parts.append(["raw", s, None])

    def has_pii(self):
        return any(k == "pii" for k, _, _ in self.parts)

    def quoted(self, sub, prefix="> "):
        """Append sub-document with every line prefixed (e-mail quoting)."""
        self.t(prefix)
        for kind, s, lab in sub.parts:
            if kind == "pii":
                assert "\n" not in s
                self.parts.append([kind, s, lab])
            else:
                self.parts.append([kind, s.replace("\n", "\n" + prefix), lab])


SLOT = re.compile(r"\{([A-Za-z0-9_]+)([.:])([A-Za-z0-9_]+)\}")
ALT = re.compile(r"«([^«»]*)»")


def alts(rng, s):
    while True:
        m = ALT.search(s)
        if not m:
            return s
        s = s[:m.start()] + rng.choice(m.group(1).split("|")) + s[m.end():]


def split_decl(tpl):
    if "::" in tpl:
        d, t = tpl.split("::", 1)
        return d.strip(), (t[1:] if t.startswith(" ") else t)
    return "", tpl


def F(doc, ctx, tpl, remap=None, lf=False, raw=False):
    """Fill a template into doc.  {r.name} person slots, {x:rp} look-alikes, {c:kota} context.
    lf: lower-case the first letter (sentence embedded after a comma); raw: text untouched by
    the style's text transform."""
    decl, tpl = split_decl(tpl)
    if decl:
        ctx.apply_decl(decl, remap)
    tpl = alts(ctx.rng, tpl)
    prev = next((x[1] for x in reversed(doc.parts)), "")
    if prev.endswith(", "):
        lf = True
    if lf:
        if tpl.startswith("{") and re.match(r"\{[a-z0-9]+\.Rel\}", tpl):
            tpl = tpl.replace(".Rel}", ".rel}", 1)
        elif len(tpl) > 1 and tpl[0].isupper() and tpl[1].islower():
            tpl = tpl[0].lower() + tpl[1:]
    put = doc.raw if raw else doc.t
    pos = 0
    last = [""]

    def put2(txt):
        if txt.startswith(".") and last[0].endswith("."):
            txt = txt[1:]          # "S.H." + "." -> "S.H."
        put(txt)
        if txt:
            last[0] = txt
    for m in SLOT.finditer(tpl):
        put2(tpl[pos:m.start()])
        pos = m.end()
        who, sep, attr = m.groups()
        if sep == ".":
            who = (remap or {}).get(who, who)
            val, lab = ctx.person(who).get(attr)
            if lab is None:
                put2(val)
            else:
                doc.p(val, lab)
                last[0] = val
        elif who == "x":
            v = X[attr](ctx)
            doc.lk(v)
            last[0] = v
        elif who == "c":
            put2(ctx.c(attr))
        else:
            raise KeyError(m.group(0))
    put2(tpl[pos:])


def ok_frame(ctx, tpl, remap=None):
    decl, _ = split_decl(tpl)
    return ctx.compatible(decl, remap) if decl else True


def pick(ctx, frames, n=1, remap=None):
    cand = list(frames)
    ctx.rng.shuffle(cand)
    out = []
    for f in cand:
        if len(out) >= n:
            break
        if ok_frame(ctx, f, remap):
            out.append(f)
            d, _ = split_decl(f)
            if d:
                ctx.apply_decl(d, remap)
    return out


def render(doc, ctx):
    out, spans, looks, vals = [], [], [], []
    pos = 0
    for kind, s, lab in doc.parts:
        if kind == "plain" and ctx.plain_tf:
            s = ctx.plain_tf(s)
        elif kind == "look" and ctx.look_tf:
            s = ctx.look_tf(s)
        elif kind == "pii" and lab == "PERSON" and ctx.name_tf:
            s = ctx.name_tf(s)
        if ctx.case == "upper":
            s = s.upper()
        elif ctx.case == "lower":
            s = s.lower()
        if ctx.collapse and kind != "pii" and out and out[-1].endswith(" ") and s.startswith(" "):
            s = s.lstrip(" ")
        if not s:
            continue
        if kind == "pii":
            spans.append({"start": pos, "end": pos + len(s), "label": lab})
            vals.append(s)
        elif kind == "look":
            looks.append((pos, pos + len(s)))
        out.append(s)
        pos += len(s)
    return "".join(out), spans, looks, vals


# ============================================================================================
# Topic library (Indonesian).  "decl :: template".  pii = frames with personal data,
# free = frames with look-alikes only (no person named, no personal number).
# ============================================================================================
T = {}
T["desa"] = dict(cat="Dana Desa", reg="desa", ids=["nik", "hp", "addr", "rek"], pii=[
    "Saya melaporkan dugaan penyelewengan Dana Desa {c:desa} tahun anggaran {x:year} oleh «Kepala Desa|Kades|Kepala Desa» {o.name}. Pembangunan «jalan rabat beton|drainase|talud|gedung PAUD» senilai {x:rp} «tidak pernah dikerjakan|baru dikerjakan separuh|kualitasnya sangat buruk».",
    "k=@elder :: BLT Dana Desa «tahap|bulan» {x:small} untuk {k.rel} saya, {k.hon} {k.name}, «tidak cair|dipotong {x:rp}|diambil orang lain», padahal namanya ada di daftar KPM. NIK {k.rel} saya {k.nik}.",
    "Bendahara desa «bernama|yaitu» {o.hon} {o.name} «meminta|memungut» {x:rp_fee} dari setiap penerima BLT dengan alasan «uang administrasi|uang rokok|biaya fotokopi».",
    "Nama saya {r.name}, «penerima|calon penerima» BLT-DD di {c:desa}. Sejak {x:month} {x:year} saya tidak lagi menerima bantuan tanpa pemberitahuan apa pun.",
    "Musyawarah desa tanggal {x:date} tidak melibatkan warga. Yang «hadir|diundang» hanya perangkat desa dan keluarga Kades, termasuk adiknya, {n.name}, yang sekarang «jadi|diangkat menjadi» ketua TPK.",
    "Upah HOK pekerja padat karya {x:rp_day} per hari belum dibayar. Mandor {o.name} ({o.hp}) selalu beralasan menunggu pencairan tahap {x:small}.",
    "Papan informasi APBDes tidak dipasang. Ketika saya tanya ke Sekdes {o.name}, saya malah «dimarahi|diancam|diusir» dan dibilang «warga tidak berhak tahu|bukan urusan saya».",
    "Rumah saya di {r.addr}{r.area} «masuk daftar|tercatat» sebagai penerima bedah rumah tahun {x:year}, tetapi material yang datang hanya «semen 10 sak|seng bekas|setengah dari RAB».",
    "Honor kader posyandu atas nama {r.name} «dipotong|tidak dibayar» {x:small} bulan. Saya minta ditransfer ke rekening {r.bank} {r.rek} saja supaya tidak lewat perangkat.",
    "Kaur Keuangan {o.name} «menyimpan|memegang» buku tabungan dan ATM milik {x:small} penerima BLT, termasuk milik saya ({r.name}).",
], free=[
    "Papan informasi APBDes {c:desa} tahun {x:year} tidak dipasang, padahal diwajibkan {x:reg_desa}.",
    "Anggaran ketahanan pangan {x:pct} dari Dana Desa sebesar {x:rp} tidak jelas penggunaannya.",
    "Jalan rabat beton di {x:rt} yang dibangun bulan {x:month} {x:year} sudah retak semua.",
    "Sebanyak {x:kkcount} KK terdampak «banjir|kekeringan|gagal panen» belum menerima BLT-DD tahap {x:small}.",
    "Musdes penetapan KPM dilaksanakan {x:date} tanpa undangan ke warga {x:rt}.",
    "Total Dana Desa {c:desa} tahun {x:year} adalah {x:rp_big}, tapi «pembangunan tidak kelihatan|hanya dipakai untuk gapura dan studi banding».",
    "BUMDes «mangkrak|tutup» sejak {x:year}, modal penyertaan {x:rp} tidak pernah dilaporkan.",
])
T["bansos"] = dict(cat="Bansos", reg="bansos", ids=["nik", "kk", "hp", "addr"], pii=[
    "k=@elder :: Bantuan PKH {k.rel} saya {k.name} (NIK {k.nik}) «dihentikan|tidak masuk lagi» sejak «triwulan|tahap» {x:tw} {x:year}. Kata pendamping PKH, {o.name}, datanya «sudah tidak ada di DTKS|dianggap mampu|ganda».",
    "Kartu KKS atas nama {r.name} ditahan oleh ketua kelompok, {o.hon} {o.name}, dan saldonya «diambil|ditarik» tiap bulan.",
    "r=F :: Saya {r.name}, janda dengan {x:small} anak, tinggal di {r.addr}{r.area}. Sudah tiga kali mengajukan DTKS lewat operator desa tapi tidak pernah masuk.",
    "Agen BRILink milik {o.name} di {o.addr} memotong {x:rp} setiap pencairan BPNT.",
    "Nama saya di data Kemensos tertulis salah: NIK saya {r.nik} tapi nama yang muncul {n.name}, orang yang tidak saya kenal.",
    "k=@elder :: Bantuan sembako untuk {k.rel} saya, {k.hon} {k.name}, yang sudah berusia {k.age} tahun, dicoret karena katanya punya motor. Padahal motor itu milik {n.name}, tetangga.",
    "No. KK kami {r.kk}. Di aplikasi Cek Bansos muncul «status meninggal|keterangan pindah domisili» untuk {r.name}, padahal saya masih hidup dan tinggal di tempat yang sama.",
    "Pendamping PKH {o.name} (WA {o.hp}) meminta «uang pulsa|uang transport» {x:rp_fee} dari setiap KPM setiap pencairan.",
], free=[
    "Penyaluran BPNT bulan {x:month} di «kantor pos|balai desa» {c:desa} molor sampai malam, lansia antre sejak subuh.",
    "Di {x:rt} ada {x:count} keluarga miskin ekstrem yang belum masuk DTKS, sedangkan rumah bertingkat malah dapat.",
    "Pengecekan di cekbansos.kemensos.go.id menampilkan status «TIDAK MEMENUHI SYARAT|ditolak» tanpa alasan. NIK saya sudah dicek di {x:small} aplikasi, hasilnya sama.",
    "Command center Kemensos {x:hot_kemensos} tidak bisa dihubungi, email {x:email_inst} juga tidak dibalas.",
    "Bantuan beras 10 kg dipotong {x:rp_fee} per KPM oleh oknum pengurus, total kerugian warga sekitar {x:rp_hi}.",
    "Data DTKS {c:desa} tidak diperbarui sejak {x:year}; {x:kkcount} KK penerima ternyata sudah pindah atau meninggal.",
])
T["ppdb"] = dict(cat="Pendidikan/PPDB", reg="ppdb", ids=["nik", "kk", "hp", "addr", "email"], pii=[
    "k=@child :: Anak saya {k.name} «tidak lolos|ditolak|tergeser» PPDB jalur zonasi di {c:school}, padahal jarak rumah kami di {r.addr} hanya {x:meter} meter dari sekolah.",
    "k=@child :: Tanggal lahir anak saya, {k.name}, adalah {k.dob}, tetapi sistem PPDB menghitung umurnya kurang sehingga kalah seleksi usia.",
    "Ada siswa titipan atas nama {n.name} yang KK-nya «numpang|dititipkan» di rumah «ketua komite|guru BK|seorang guru», {o.name}, di {o.addr}.",
    "k=@child :: Operator sekolah {o.name} meminta «uang|sumbangan» {x:rp} agar anak saya {k.first} bisa masuk. Bukti chat dari nomor {o.hp} ada pada saya.",
    "k=@child :: KK kami {r.kk} baru diterbitkan {c:kk_issue}, jadi dianggap belum satu tahun dan anak saya {k.name} «dicoret|digugurkan» dari jalur zonasi.",
    "k=@child :: Saya {r.name}, orang tua dari {k.name}, kelahiran {k.dob}. Anak saya penerima KIP tetapi tidak diterima di jalur afirmasi.",
    "Kepala sekolah {c:school}, {o.hon} {o.name}, «menjual|mewajibkan membeli» seragam dan LKS seharga {x:rp} kepada siswa baru.",
    "k=@child :: Akun PPDB anak saya ({k.name}) «dipakai|diganti» orang lain; email pemulihan berubah dari {r.email} ke alamat yang tidak saya kenal.",
], free=[
    "PPDB {c:school} jalur zonasi tahun {x:year} ditutup lebih cepat dari jadwal di {x:reg_ppdb}.",
    "Kuota jalur afirmasi hanya {x:count} kursi, padahal di {c:kec} ada {x:count} siswa dari keluarga penerima PKH.",
    "Website PPDB «error|down» sejak {x:date} pukul {x:time}. Helpdesk {x:office} tidak aktif dan email {x:email_inst} tidak membalas.",
    "Sekolah {c:school} (NPSN {x:npsn}) memungut uang seragam {x:rp} dan uang gedung {x:rp}.",
    "Banyak KK baru yang «numpang|dititipkan» di rumah warga dekat sekolah menjelang PPDB. Mohon Disdik memverifikasi.",
    "Titik koordinat rumah di peta PPDB bergeser {x:meter} meter sehingga banyak calon siswa {x:rt} kalah zonasi.",
])
T["jkn"] = dict(cat="Kesehatan/BPJS", reg="jkn", ids=["nik", "bpjs", "hp", "addr"], pii=[
    "k=@elder :: {k.Rel} saya {k.name}, peserta BPJS Kesehatan nomor {k.bpjs}, ditolak di IGD {c:hospital} dengan alasan «kamar penuh|bukan kondisi gawat darurat|kartu tidak berlaku di hari libur».",
    "Kartu JKN-KIS saya {r.bpjs} «tiba-tiba nonaktif|dinonaktifkan» padahal saya peserta PBI. NIK {r.nik}.",
    "Perawat jaga bernama {o.name} meminta kami membayar {x:rp} untuk obat yang seharusnya ditanggung BPJS.",
    "k=@any :: Pasien atas nama {k.name}, «lahir|tanggal lahir» {k.dob}, disuruh pulang padahal masih «demam tinggi|sesak napas|pendarahan».",
    "Dokter {o.pre}{o.name} hanya mau menerima pasien BPJS sampai nomor antrean {x:small}0, sisanya disuruh datang besok atau bayar umum.",
    "k=@any :: Mohon dibantu, {k.rel} saya {k.first} butuh cuci darah rutin. Kontak keluarga: {r.hp}.",
    "k=@child :: Anak saya {k.name} (No. kartu JKN {k.bpjs}) dirujuk ke {c:hospital} tetapi rujukannya ditolak karena «salah faskes|kode diagnosa tidak sesuai».",
    "Iuran BPJS mandiri saya «dipotong dua kali|terdebet ganda» dari rekening {r.bank} {r.rek}. Nomor kepesertaan {r.bpjs}.",
], free=[
    "Antrean BPJS di {c:hospital} dibuka jam 05.00 dan ditutup jam 07.00, pasien lansia harus antre dari subuh.",
    "Obat «hipertensi|diabetes|jantung» kosong di apotek {c:hospital} sejak {x:date}, pasien disuruh beli sendiri sekitar {x:rp}.",
    "Care center BPJS {x:hot_bpjs} sudah saya hubungi, nomor tiket {x:tiket}, tapi belum ada penyelesaian.",
    "Menurut {x:reg_jkn}, peserta JKN tidak boleh dipungut biaya tambahan. Namun di {c:hospital} masih ada iuran {x:rp} untuk «kamar|darah|ambulans».",
    "IGD {c:hospital} menolak korban kecelakaan di {x:road} km {x:km} dengan alasan penuh.",
    "Kuota pasien BPJS di {c:puskesmas} dibatasi {x:count} orang per hari sejak {x:date}.",
])
T["bpn"] = dict(cat="Pertanahan", reg="bpn", ids=["nik", "hp", "addr"], pii=[
    "Sertifikat PTSL tanah saya atas nama {r.name} belum jadi sejak pengukuran tahun {x:year}, padahal saya sudah membayar {x:rp} kepada panitia, {o.hon} {o.name}.",
    "k=mother/father/grandpa/grandma :: Tanah warisan mendiang {k.rel} saya, {k.name}, di {c:desa} «diklaim|diserobot|dipatok» oleh {n.name} yang mengaku punya «girik|akta jual beli».",
    "Petugas ukur BPN bernama {o.name} meminta uang «transport|bensin|lelah» {x:rp}, katanya tidak ada anggaran.",
    "Batas tanah saya di {r.addr} bergeser «dua|tiga|lima» meter setelah pengukuran ulang, sehingga masuk ke sertifikat milik {n.hon} {n.name}.",
    "Berkas «balik nama|pemecahan sertifikat|roya» nomor {x:berkas} atas nama {r.name} tidak ada kabar di loket Kantah {c:kota_name}.",
    "Makelar tanah {o.name} ({o.hp}) menawarkan «jalur cepat|orang dalam» sertifikat dengan biaya {x:rp}.",
    "Sertifikat saya ditahan kepala dusun {o.name} sebagai jaminan karena saya belum membayar «uang patok|uang saksi» {x:rp}.",
], free=[
    "Biaya PTSL di {c:desa} dipatok {x:rp} per bidang, jauh di atas SKB 3 Menteri yang hanya {x:rp_ptsl} untuk wilayah kami.",
    "Pengukuran PTSL {x:count} bidang di {x:rt} dilakukan {x:date}, tapi sampai sekarang sertifikat belum dibagikan.",
    "Berkas nomor {x:berkas} sudah lewat {x:small} bulan di Kantor Pertanahan {c:kota}. Layanan WA {x:hot_bpn} tidak dibalas.",
    "Dasar hukumnya jelas: {x:reg_bpn}. Mohon Kantah segera menyelesaikan sengketa batas di {x:rt}.",
    "Loket pelayanan Kantah {c:kota_name} hanya buka sampai pukul 12.00, antrean nomor {x:antre} tidak terpanggil.",
])
T["pmi"] = dict(cat="Pekerja Migran", reg="pmi", ids=["nik", "hp", "addr", "email"], pii=[
    "k=@pmi :: {k.Rel} saya {k.name} bekerja sebagai PMI di {c:country} sejak {x:year}. Nomor paspornya {k.pas}. Sudah {x:small} bulan tidak bisa dihubungi.",
    "k=@pmi a=foreign :: Majikan {k.rel} saya, {a.hon} {a.name}, tidak membayar gaji {x:small} bulan. Nomor majikan {a.hpx}.",
    "k=@pmi :: Sponsor bernama {o.name} ({o.hp}) memberangkatkan {k.rel} saya tanpa «dokumen lengkap|lewat P3MI resmi|pelatihan».",
    "k=@pmi :: KTP {k.rel} saya, NIK {k.nik}, dipakai P3MI untuk «pinjaman|KUR|kredit HP» tanpa izin.",
    "k=@pmi :: Jenazah {k.rel} saya {k.name} (paspor {k.pas}) belum dipulangkan dari {c:country}. Keluarga kami di {r.addr}{r.area} tidak mampu membayar biaya.",
    "k=@pmi :: Gaji {k.first} selama ini ditransfer ke rekening {k.bank} {k.rek} atas nama {k.name}, tetapi sejak {x:month} rekening itu dikuras orang lain.",
    "Saya mantan PMI, {r.name}, paspor {r.pas}. Deposit {x:rp} di P3MI tidak dikembalikan setelah kontrak selesai.",
    "k=@pmi a=foreign :: Agen di sana, {a.name}, menahan paspor {k.rel} saya. Bisa dihubungi di {a.hpx}.",
], free=[
    "Biaya penempatan ke {c:country} ditagih {x:rp} oleh P3MI, padahal menurut {x:reg_pmi} PMI sektor tertentu dibebaskan dari biaya penempatan.",
    "Call center BP2MI {x:hot_bp2mi} sibuk terus, email {x:email_inst} belum dibalas sejak {x:date}.",
    "Ada {x:count} calon PMI dari {c:kec} yang ditampung di BLK tanpa kejelasan jadwal terbang.",
    "Pelatihan di LPK dibayar {x:rp} tetapi sertifikat kompetensi tidak pernah keluar.",
    "Pemulangan PMI bermasalah dari {c:country} tertunda; pesawat dijadwalkan {x:date} lalu dibatalkan tanpa penjelasan.",
])
T["pln"] = dict(cat="Listrik/PLN", reg="pln", ids=["hp", "addr"], pii=[
    "Tagihan listrik rumah saya di {r.addr} bulan {x:month} melonjak jadi {x:rp_hi}, biasanya hanya {x:rp_lo}. Meteran sudah dicek petugas {o.name} tapi tidak ada penjelasan.",
    "Petugas P2TL bernama {o.name} menuduh meteran saya «dibobol|dimanipulasi» dan meminta «denda|uang damai» {x:rp} secara tunai.",
    "Pasang baru daya 1.300 VA atas nama {r.name} sudah dibayar {x:date}, tetapi sampai sekarang belum menyala. Tolong hubungi saya di {r.hp}.",
    "Tiang listrik miring di depan rumah {n.hon} {n.name}, {n.addr}, sudah hampir roboh.",
    "Kabel SR ke rumah {n.name} (tetangga saya) putus sejak {x:date} dan menjuntai di jalan; anak-anak lewat situ setiap hari.",
    "Teknisi vendor PLN bernama {o.name} minta «uang rokok|uang kabel» {x:rp} untuk pindah meteran di {r.addr}.",
], free=[
    "Listrik di {c:kec} padam «lima|enam|delapan» kali dalam seminggu tanpa pemberitahuan. Pengaduan ke {x:hot_pln} dan {x:handle_inst} hanya dijawab 'sedang dalam penanganan'.",
    "Lampu PJU di sepanjang {x:road} mati sejak {x:date}.",
    "Tarif {x:tarif} naik per {x:date} tanpa sosialisasi. Nomor laporan {x:tiket8}.",
    "Token listrik yang dibeli lewat aplikasi seharga {x:rp} tidak masuk. Transaksi tercatat {x:date} pukul {x:time}.",
    "Trafo di {x:rt} meledak {x:date}, sudah {x:small} hari belum diganti.",
])
T["pdam"] = dict(cat="Air Bersih/PDAM", reg="pdam", ids=["hp", "addr"], pii=[
    "Air PDAM di rumah saya, {r.addr}{r.area}, tidak mengalir selama {x:small} minggu tetapi tagihan tetap {x:rp_lo}.",
    "Petugas catat meter «bernama|atas nama» {o.name} tidak pernah datang, angka meter hanya ditaksir.",
    "Pipa bocor di depan rumah {n.name} sudah dilaporkan lewat WA pengaduan {x:instwa} tapi belum diperbaiki. Saya bisa dihubungi di {r.hp}.",
    "Sambungan baru atas nama {r.name} sudah lunas {x:rp} sejak {x:date}, pipa belum dipasang. Yang menerima uang adalah {o.name}.",
    "Rumah {k.rel} saya di {k.addr} kena denda keterlambatan padahal sudah bayar via {r.bank}.",
], free=[
    "Air PDAM keruh dan berbau di {x:rt}, {c:desa}, sejak {x:date}.",
    "Biaya pemasangan sambungan baru {x:rp}, tidak sesuai {x:reg_pdam}.",
    "Email pengaduan {x:email_inst} tidak aktif, call center {x:office} tidak diangkat.",
    "Jadwal giliran air di {c:kec} berubah tanpa pengumuman; {x:kkcount} KK tidak kebagian air sejak {x:date}.",
])
T["adminduk"] = dict(cat="Administrasi Kependudukan", reg="adminduk", ids=["nik", "kk", "dob", "hp", "addr"], pii=[
    "KTP-el atas nama {r.name}, NIK {r.nik}, sudah perekaman sejak {x:date} tapi belum dicetak dengan alasan blangko habis.",
    "k=@child :: Akta kelahiran anak saya {k.name} (lahir {k.dob}) salah tulis «nama ibu|tempat lahir»; untuk perbaikan diminta {x:rp} oleh calo, {o.name}.",
    "k=@any :: Nama {k.rel} saya di KK {r.kk} tertulis keliru, seharusnya {k.name}. NIK-nya {k.nik}.",
    "Data kependudukan saya tiba-tiba pindah ke kabupaten lain. TTL saya {r.pob}, {r.dob}, alamat {r.addr}{r.area}.",
    "Petugas Dukcapil {o.name} minta biaya percepatan {x:rp} via transfer ke rekening {o.bank} {o.rek}.",
    "Saya pindah datang ke {c:kota}, tetapi SKPWNI atas nama {r.name} dan {x:small} anggota keluarga belum diproses sejak {x:date}.",
    "k=@elder :: Akta kematian mendiang {k.rel} saya, {k.name}, belum terbit padahal syarat lengkap. Tanggal lahir beliau {k.dob}.",
    "NIK saya {r.nik} tercatat ganda dengan orang lain bernama {n.name}, sehingga saya tidak bisa daftar BPJS.",
], free=[
    "Blangko KTP-el di Disdukcapil {c:kota} kosong sejak {x:date}. Warga diminta pakai IKD, padahal banyak HP yang tidak mendukung.",
    "Layanan jemput bola Dukcapil di {c:kec} hanya melayani {x:count} orang per hari.",
    "Call center Dukcapil {x:hot_dukcapil} tidak aktif. NIK saya sudah dicek di {x:small} aplikasi dan statusnya «ganda|tidak ditemukan».",
    "Pengurusan akta kematian harus melampirkan {x:small} dokumen, tidak sesuai {x:reg_adminduk}.",
    "Antrean online Dukcapil penuh sampai {x:date}; nomor booking {x:booking} tidak dikenali petugas.",
])
T["polisi"] = dict(cat="Kepolisian", reg="polri", ids=["nik", "hp", "addr", "plate"], pii=[
    "Saya melapor kehilangan «motor|HP|dompet» ke Polsek {c:kec_name} tanggal {x:date} ({x:lp}), tetapi penyidik {o.name} meminta uang «operasional|bensin» {x:rp}.",
    "Motor saya {r.plate} dicuri di parkiran {c:puskesmas}. Sudah ada rekaman CCTV pelaku tapi tidak ditindaklanjuti.",
    "Oknum anggota bernama {o.name} mengambil «HP|SIM|STNK» saya dan meminta {x:rp} sebagai tebusan.",
    "n=M :: Tetangga saya {n.name} di {n.addr} melakukan KDRT terhadap istrinya. Sudah dilaporkan ke Polsek tapi dibiarkan.",
    "Mobil {n.plate} milik {n.name} dipakai untuk «balap liar|jual miras|antar-jemput penjudi» setiap malam.",
    "Anak saya ditahan tanpa surat. Penyidik pembantu {o.hon} {o.name} ({o.hp}) meminta «uang damai|uang penangguhan» {x:rp}.",
], free=[
    "Laporan polisi {x:lp} sudah {x:small} bulan tanpa SP2HP.",
    "Polsek {c:kec_name} di {x:road} tidak ada petugas piket pada malam hari. Telepon {x:hot_polri} tidak tersambung.",
    "Pungli di pos polisi {x:road} km {x:km} setiap malam terhadap truk «sayur|pasir|sawit».",
    "Pos ronda {x:rt} dibongkar tanpa musyawarah; laporan di {x:handle_inst} belum direspons.",
])
T["tilang"] = dict(cat="Lalu Lintas", reg="llaj", ids=["plate", "hp", "nik"], pii=[
    "Saya mendapat surat konfirmasi ETLE untuk kendaraan {r.plate}, padahal pada {x:date} mobil saya «sedang di bengkel|tidak keluar rumah|berada di luar kota».",
    "Mobil dinas plat merah {o.plate} dipakai «mudik|ke tempat wisata|antar anak sekolah» oleh {o.name}.",
    "Bikin SIM C di Satpas {c:kota_name} diminta {x:rp} oleh calo bernama {o.name} di depan kantor.",
    "Perpanjang STNK motor {r.plate} atas nama {r.name} ditolak karena «nama di KTP beda|NIK tidak padan», NIK saya {r.nik}.",
    "Truk {n.plate} parkir sembarangan tiap malam di depan {c:school}; pemiliknya, {n.name}, tidak peduli ditegur warga.",
    "Ada denda ETLE untuk {r.plate} padahal motor itu sudah saya jual ke {n.name} tahun {x:year}.",
], free=[
    "Tilang ETLE terhadap ojol di {x:road} tidak sesuai {x:reg_llaj}, denda maksimal {x:rp}.",
    "Antrean SIM di Satpas {c:kota_name} dibatasi {x:count} orang per hari, selebihnya lewat calo {x:rp}.",
    "Samsat keliling di {x:road} tidak datang sesuai jadwal {x:date}.",
    "Lampu lalu lintas di simpang {x:road} mati sejak {x:date}, rawan kecelakaan.",
    "Parkir liar di depan {c:puskesmas} menarik {x:rp_tiny} per motor tanpa karcis.",
])
T["pinjol"] = dict(cat="Pinjaman Online", reg="ojk", ids=["nik", "hp", "email"], pii=[
    "Saya diteror debt collector pinjol« ilegal|» dari nomor {o.hp} dan {o.hp_b}. Mereka menyebarkan foto KTP saya (NIK {r.nik}) ke semua kontak.",
    "Data saya dipakai orang lain untuk pinjol. Nama saya {r.name}, lahir {r.dob}, NIK {r.nik}. Saya tidak pernah mengajukan pinjaman.",
    "Penagih bernama {o.name} mengancam akan datang ke rumah saya di {r.addr} dan mempermalukan saya di depan tetangga.",
    "Atasan saya, {n.hon} {n.name}, ikut dihubungi penagih dan dikirimi pesan «kasar|cabul|ancaman».",
    "Akun {o.ig} menyebar foto saya dengan tulisan «'maling'|'penipu'|'DPO'».",
    "Email saya {r.email} dibanjiri tagihan dari aplikasi yang tidak pernah saya pakai.",
    "Penagih lapangan {o.name} datang ke rumah {k.rel} saya di {k.addr} dan mengambil «motor|TV|HP» tanpa surat apa pun.",
], free=[
    "Aplikasi pinjol ilegal masih beredar di toko aplikasi padahal sudah diblokir. Sudah lapor ke OJK {x:hot_ojk} dan {x:email_inst}.",
    "Bunga pinjol {x:pct} per hari, pinjaman {x:rp_lo} menjadi {x:rp_hi} dalam sebulan, melanggar {x:reg_ojk}.",
    "Satgas PASTI sudah menerima pengaduan nomor {x:tiket} tertanggal {x:date}, belum ada tindakan.",
    "SMS penawaran pinjaman tanpa agunan datang setiap hari; nomor pengirim berganti-ganti dan mencatut {x:handle_inst}.",
])
T["pajak"] = dict(cat="Perpajakan", reg="pajak", ids=["npwp", "nik", "email", "hp"], pii=[
    "NPWP saya {r.npwp} tercatat memiliki tunggakan {x:rp}, padahal saya sudah «tidak bekerja|berstatus NE» sejak {x:year}.",
    "NPWP atas nama {r.name} dibuat tanpa sepengetahuan saya oleh perusahaan tempat saya dulu bekerja.",
    "Pemadanan NIK-NPWP gagal: NIK {r.nikp} dianggap tidak valid, padahal NPWP lama saya {r.npwp_old}.",
    "Petugas KPP bernama {o.name} meminta imbalan {x:rp} untuk mempercepat restitusi.",
    "Akun DJP Online saya terkunci, email pemulihan {r.email} tidak menerima kode. NPWP {r.npwp}.",
    "k=@spouse :: NPWP {k.rel} saya, {k.name}, {k.npwp}, masih aktif walaupun sudah digabung dengan NPWP saya {r.npwp}.",
], free=[
    "Situs DJP Online gangguan saat pelaporan SPT tanggal {x:date}. Kring Pajak {x:hot_pajak} tidak tersambung.",
    "Berdasarkan {x:reg_pajak}, NIK berlaku sebagai NPWP. Namun di KPP {c:kota_name} masih diminta kartu NPWP fisik.",
    "Denda keterlambatan SPT {x:rp} dikenakan walau pelaporan dilakukan {x:date}, sebelum batas waktu.",
    "Pengumuman di {x:handle_inst} menyebut batas pemadanan NIK-NPWP {x:date}, tapi di KPP petugas bilang lain.",
])
T["taspen"] = dict(cat="Pensiun/Taspen", reg="taspen", ids=["nip", "rek", "hp"], pii=[
    "r=old :: Saya pensiunan «guru|PNS Pemda|penyuluh pertanian» {r.name}, NIP {r.nip}. Uang pensiun bulan {x:month} belum masuk ke rekening {r.bank} {r.rek}.",
    "k=husband r=F r=old :: Saya janda dari almarhum {k.name} (NIP {k.nip}). Pensiun janda belum saya terima sejak {x:month} {x:year}.",
    "k=husband r=F r=old :: Tabungan hari tua almarhum {k.rel} saya dipotong {x:rp} oleh juru bayar, {o.name}.",
    "r=old :: Nama saya {r.name}, lahir {r.dob}, NIP {r.nip}. Data tanggal lahir di Taspen berbeda sehingga usia pensiun saya dihitung salah.",
    "r=old :: Oknum bernama {o.name} ({o.hp}) mengaku petugas Taspen dan meminta data rekening saya untuk «kenaikan gaji pensiun|rapel».",
], free=[
    "Otentikasi pensiunan lewat aplikasi Taspen gagal terus. Call center Taspen {x:hot_taspen} sibuk.",
    "Kenaikan pensiun sesuai {x:reg_taspen} belum dibayarkan rapelnya.",
    "Antrean di kantor cabang Taspen {c:kota_name} sampai {x:count} orang, lansia pingsan {x:date}.",
    "Surat edaran penyesuaian pensiun nomor {x:surat} belum sampai ke juru bayar di {c:kec}.",
])
T["guru"] = dict(cat="Guru/Sertifikasi", reg="guru", ids=["nip", "email", "hp"], pii=[
    "Tunjangan sertifikasi saya, {r.name} (NIP {r.nip}), triwulan {x:tw} {x:year} belum cair padahal SKTP sudah terbit.",
    "Operator Dapodik {o.name} salah input jam mengajar saya sehingga dianggap «tidak linier|kurang dari 24 jam».",
    "k=@sib :: Guru honorer {k.name}, {k.rel} saya, sudah mengajar {x:small} tahun di {c:school}, tapi tidak diusulkan PPPK oleh kepala sekolah {o.pre}{o.name}{o.deg}.",
    "Potongan «iuran|sumbangan» {x:rp} dari tunjangan dikoordinir oleh {o.name} ({o.hp}).",
    "Akun SIMPKB saya dengan email {r.email} «diretas|diambil alih» sehingga nilai PPG saya berubah.",
    "Pengawas sekolah {o.name} meminta «amplop|uang transport» {x:rp} saat visitasi akreditasi.",
], free=[
    "Tunjangan profesi guru di {c:kota} terlambat {x:small} bulan. Berdasarkan {x:reg_guru} harus dibayar tiap triwulan.",
    "Kuota PPG Dalam Jabatan tahun {x:year} untuk {c:kota} hanya {x:count} orang.",
    "Info GTK menampilkan status «tidak valid|belum valid» untuk {x:count} guru di {c:school} (NPSN {x:npsn}).",
    "Helpdesk GTK {x:email_inst} tidak membalas sejak {x:date}.",
])
T["infra"] = dict(cat="Infrastruktur", reg="umum", ids=["hp", "addr"], pii=[
    "Jalan di depan rumah saya, {r.addr}, berlubang besar dan sudah memakan korban: {n.name} jatuh dari motor {x:date}.",
    "Drainase tersumbat sejak proyek «pelebaran jalan|pembangunan ruko» milik {o.name}; rumah saya di {r.addr} selalu kebanjiran.",
    "Tumpukan sampah di samping rumah {n.hon} {n.name} tidak diangkut {x:small} minggu. Kontak saya {r.hp}.",
    "Kontraktor proyek, {o.name}, membuang puing di lahan saya di {r.addr} tanpa izin.",
], free=[
    "Jalan rusak di {x:road} km {x:km}, lubang sedalam «30|40|50» cm, sudah {x:small} kali ada kecelakaan.",
    "Lampu jalan di sepanjang {x:road} mati sejak {x:date}.",
    "Jembatan penghubung {c:desa} dan desa sebelah retak sejak {x:date}. Mohon BPBD memeriksa.",
    "Tumpukan sampah di {x:rt} dekat SPBU {x:spbu} tidak diangkut {x:small} minggu.",
    "Proyek pelebaran {x:road} senilai {x:rp_big} berhenti sejak {x:month} {x:year}.",
])
TOPIC_KEYS = list(T)
# institution name, e-mail (format with slug/name), social account, hotline key -- per topic
INST = {
    "desa": ("Dinas PMD", "dpmd@{slug}.go.id", "@KemendesaPDTT", "lapor"),
    "bansos": ("Dinas Sosial", "dinsos@{slug}.go.id", "@KemensosRI", "kemensos"),
    "ppdb": ("Dinas Pendidikan", "ppdb.disdik@{slug}.go.id", "@Kemdikbud_RI", "kemdikbud"),
    "jkn": ("BPJS Kesehatan Cabang", "pengaduan@bpjs-kesehatan.go.id", "@BPJSKesehatanRI", "bpjs"),
    "bpn": ("Kantor Pertanahan", "kantah.{name}@atrbpn.go.id", "@ATR_BPN", "bpn"),
    "pmi": ("BP3MI", "pengaduan@bp2mi.go.id", "@BP2MI_RI", "bp2mi"),
    "pln": ("PLN UP3", "pln123@pln.co.id", "@pln_123", "pln"),
    "pdam": ("PDAM", "cs@pdam{name}.co.id", "@pdam_{name9}", "pdam"),
    "adminduk": ("Disdukcapil", "disdukcapil@{slug}.go.id", "@Dukcapil_RI", "dukcapil"),
    "polisi": ("Polres", "dumas@polri.go.id", "@polres_{name9}", "polri"),
    "tilang": ("Satlantas Polres", "satlantas.{name}@polri.go.id", "@TMCPoldaMetro", "polri"),
    "pinjol": ("OJK", "konsumen@ojk.go.id", "@ojkindonesia", "ojk"),
    "pajak": ("KPP Pratama", "pengaduan@pajak.go.id", "@DitjenPajakRI", "pajak"),
    "taspen": ("Taspen KC", "care@taspen.co.id", "@infotaspen", "taspen"),
    "guru": ("Dinas Pendidikan", "gtk.disdik@{slug}.go.id", "@Kemdikbud_RI", "kemdikbud"),
    "infra": ("Dinas PUPR", "pupr@{slug}.go.id", "@PUPR_RI", "lapor"),
}


def inst_fill(ctx, tpl):
    n = fold(ctx.kota_name)
    return tpl.format(slug=ctx.kota_slug, name=n, name9=n[:9])


# ============================================================================================
# Text transforms used by some styles (applied to non-PII text only unless stated)
# ============================================================================================
SMS_ABBR = [("terima kasih", "trims"), ("atas nama", "an."), ("yang", "yg"), ("tidak", "tdk"),
            ("sudah", "sdh"), ("dengan", "dgn"), ("untuk", "utk"), ("sampai", "smp"),
            ("belum", "blm"), ("karena", "krn"), ("saya", "sy"), ("tolong", "tlg"),
            ("bapak", "bpk"), ("tanggal", "tgl"), ("nomor", "no"), ("sekarang", "skrg"),
            ("padahal", "pdhl"), ("kepada", "kpd"), ("bulan", "bln"), ("tahun", "thn"),
            ("rumah", "rmh"), ("harus", "hrs"), ("minggu", "mgg"), ("juga", "jg"), ("lagi", "lg"),
            ("orang", "org"), ("bisa", "bs"), ("hanya", "cm"), ("dari", "dr"), ("mohon", "mhn"),
            ("segera", "sgr"), ("petugas", "ptgs"), ("tetapi", "tp"), ("tapi", "tp"),
            ("seperti", "spt"), ("kami", "kmi"), ("warga", "wrg"), ("desa", "ds"),
            ("kecamatan", "kec"), ("pembayaran", "pembyrn"), ("bantuan", "bntuan"),
            ("dan", "&"), ("anak", "ank"), ("meminta", "minta"), ("kabupaten", "kab"),
            ("laporan", "lap"), ("pelayanan", "yanlik")]
SLANG = [("tidak", "gak"), ("sudah", "udah"), ("saja", "aja"), ("sekali", "bgt"), ("saya", "aku"),
         ("bagaimana", "gimana"), ("mengapa", "kenapa"), ("tetapi", "tapi"), ("belum", "blm"),
         ("dengan", "sama"), ("karena", "soalnya"), ("seperti", "kayak"), ("memang", "emang")]


def word_sub(s, table, p=1.0, rng=None):
    for a, b in table:
        if rng is not None and rng.random() > p:
            continue
        s = re.sub(r"(?i)\b" + re.escape(a) + r"\b", b, s)
    return s


def voice_tf(s):
    s = s.lower()
    s = re.sub(r"[.,;:!?()\"“”#*|]", "", s)
    s = s.replace("\n", " ")
    s = re.sub(r" {2,}", " ", s)
    return s


OCR_SWAP = {"i": "l", "l": "1", "I": "l", "O": "0", "o": "0", "S": "5", "B": "8", "e": "c",
            "a": "o", "g": "q", "h": "b", "m": "rn", "n": "ri", "u": "v", "E": "F", "G": "6",
            "t": "f", "c": "e", "Z": "2"}


def ocr_tf_factory(rng, rate):
    def tf(s):
        out = []
        for i, ch in enumerate(s):
            if ch in OCR_SWAP and rng.random() < rate:
                rep = OCR_SWAP[ch]
                near_digit = (i > 0 and s[i - 1].isdigit()) or (i + 1 < len(s) and s[i + 1].isdigit())
                if rep.isdigit() and near_digit:
                    out.append(ch)
                    continue
                out.append(rep)
            else:
                out.append(ch)
        return "".join(out)
    return tf


def ocr_name_factory(rng, rate):
    def tf(s):
        out = []
        for ch in s:
            if ch in "inmeu" and rng.random() < rate:
                out.append({"i": "l", "n": "ri", "m": "rn", "e": "c", "u": "v"}[ch])
            else:
                out.append(ch)
        return "".join(out)
    return tf


# ============================================================================================
# Shared building blocks
# ============================================================================================
OPENERS = ["Yth. Admin LAPOR!,\n", "Selamat pagi.\n", "Assalamualaikum wr. wb.\n",
           "Kepada Yth. Pengelola SP4N-LAPOR!\n\n", "Mohon maaf mengganggu. ", "Selamat siang admin, ",
           "Salam sejahtera. ", "", "", "", "Izin melapor. ", "Yth. Bapak/Ibu,\n", "Min, ",
           "Dengan hormat,\n", "Selamat malam, saya mau mengadu. ", "Tolong dibantu. "]
CLOSERS = ["Terima kasih.", "Mohon ditindaklanjuti.", "Wassalam.", "Atas perhatiannya diucapkan terima kasih.",
           "Mohon segera dibantu 🙏", "Mohon nama saya dirahasiakan.", "Terima kasih banyak.", "",
           "Mohon ditindak tegas.", "Saya tunggu jawabannya.", "Sekian dan terima kasih.",
           "Tolong jangan dipublikasikan.", "Mohon keadilan.", "Makasih min."]
NEAR = [
    "Nomor tiket sebelumnya {x:tiket16}, statusnya masih «Diproses|Menunggu verifikasi|Didisposisikan».",
    "Sudah saya hubungi {x:office} dan {x:hot} tapi tidak diangkat.",
    "Tembusan: {x:email_inst}",
    "cc {x:handle_inst} {x:lapor}",
    "NIK saya sudah dicek di {x:small} aplikasi, hasilnya tetap sama.",
    "Sesuai {x:regu}, pengaduan wajib ditanggapi paling lambat {x:small} hari kerja.",
    "Di {c:kec} ada {x:kkcount} KK terdampak.",
    "Kejadian di {x:road} km {x:km}, dekat SPBU {x:spbu}.",
    "Data pelapor «dirahasiakan sesuai permintaan|tidak untuk dipublikasikan».",
    "Nomor KK dan fotokopi KTP terlampir di berkas fisik.",
    "Harga beras di pasar {c:kec_name} {x:at_price}/kg, di atas HET.",
    "Ketua {x:rt} sudah tahu tapi diam saja.",
    "Laporan serupa pernah saya kirim {x:date} dengan nomor {x:tiket}.",
    "WA center {x:instwa} hanya membalas otomatis.",
    "Surat dari kecamatan nomor {x:surat} tertanggal {x:date} belum dijalankan.",
    "Sudah {x:small} kali saya datang ke kantor, total ongkos {x:rp}.",
    "Nomor antrean saya {x:antre}, kode booking {x:booking}.",
    "Kalau perlu, hubungi kantor desa di {x:office} (jam kerja).",
    "Saya sudah kirim DM ke {x:handle_inst} sejak {x:date}.",
]
CUE = {
    "name": ["Nama", "Nama lengkap", "Nama pelapor", "Pelapor", "Atas nama", "NAMA"],
    "nik": ["NIK", "No. KTP", "Nomor KTP", "NIK/KTP", "No NIK", "Nomor Induk Kependudukan", "NIK KTP"],
    "kk": ["No. KK", "Nomor KK", "KK", "No. Kartu Keluarga", "Nomor kartu keluarga"],
    "hp": ["HP", "No. HP", "WA", "HP/WA", "Telp", "Kontak", "No. WA", "Hp", "Nomor yang bisa dihubungi", "No. Telp"],
    "tel": ["Telp rumah", "Telepon rumah", "Tlp. rumah"],
    "email": ["Email", "E-mail", "Surel", "email", "Alamat email"],
    "addr": ["Alamat", "Alamat rumah", "Domisili", "Alamat tinggal", "Tinggal di"],
    "npwp": ["NPWP", "No. NPWP", "Nomor NPWP"],
    "bpjs": ["No. BPJS", "No. kartu JKN", "Nomor KIS", "BPJS", "No. JKN-KIS"],
    "nip": ["NIP", "NIP.", "Nomor Induk Pegawai"],
    "pas": ["No. paspor", "Paspor", "Nomor paspor"],
    "plate": ["Nopol", "No. Pol", "Plat nomor", "Nomor polisi", "TNKB"],
    "ig": ["IG", "Instagram", "Akun IG", "TikTok", "Twitter"],
}
ITEM_ATTR = {"name": "name", "nik": "nik", "kk": "kk", "hp": "hp", "tel": "tel", "email": "email",
             "addr": "addr", "npwp": "npwp", "bpjs": "bpjs", "nip": "nip", "pas": "pas",
             "plate": "plate", "ig": "ig"}


def item_tpl(rng, item, w, sep=None):
    sep = sep if sep is not None else rng.choice([": ", ": ", " : ", " ", ":", " - "])
    if item == "ttl":
        return rng.choice(["TTL: {W.pob}, {W.dob}", "Tempat/Tgl Lahir: {W.pob} / {W.dob}",
                           "Tempat, tgl. lahir: {W.pob}, {W.dob}", "lahir di {W.pob}, {W.dob}",
                           "Tgl. lahir: {W.dob}", "Tanggal lahir {W.dob}", "TTL {W.pob} {W.dob}"]).replace("W", w)
    if item == "rek":
        return rng.choice(["Rekening {W.bank}: {W.rek}", "No. rek {W.bank} {W.rek}",
                           "Rek. {W.bank} {W.rek} a.n. {W.name}", "rekening {W.bank} nomor {W.rek}"]).replace("W", w)
    if item == "addr":
        if rng.random() < 0.12:
            return rng.choice(["Alamat saya", "Tinggal di", "Rumah saya di", "Domisili"]) + " {" + w + ".addr_rt}{" + w + ".area}"
        return rng.choice(CUE["addr"]) + sep + "{" + w + ".addr}{" + w + ".area}"
    return rng.choice(CUE[item]) + sep + "{" + w + "." + ITEM_ATTR[item] + "}"


def idb(doc, ctx, w="r", items=None, layout=None):
    """Identity block of person w in one of several layouts."""
    rng = ctx.rng
    items = list(items or ["name", "nik", "hp"])
    if "name" in items and rng.random() < 0.75:
        items.remove("name")
        rng.shuffle(items)
        items = ["name"] + items
    else:
        rng.shuffle(items)
    layout = layout or rng.choice(["lines", "lines", "inline", "pipe", "paren", "lines", "semi"])
    if layout == "lines":
        head = rng.choice(["Identitas pelapor:\n", "Data diri:\n", "DATA PELAPOR\n", "", "Data saya:\n",
                           "Berikut identitas saya\n"])
        doc.t(head)
        for i, it in enumerate(items):
            pre = rng.choice(["", "", "- ", "• "]) if i == 0 or rng.random() < 0.2 else ""
            F(doc, ctx, pre + item_tpl(rng, it, w))
            doc.t("\n")
    elif layout == "inline":
        parts = []
        for it in items:
            if it == "name":
                parts.append(rng.choice(["Saya {W.name}", "Nama saya {W.name}", "a.n. {W.name}"]).replace("W", w))
            else:
                parts.append(item_tpl(rng, it, w, sep=" "))
        F(doc, ctx, ", ".join(parts) + rng.choice([".", ". ", "."]))
    elif layout == "pipe":
        F(doc, ctx, " | ".join(item_tpl(rng, it, w) for it in items))
    elif layout == "semi":
        F(doc, ctx, "; ".join(item_tpl(rng, it, w) for it in items) + ".")
    else:
        rest = [it for it in items if it != "name"]
        F(doc, ctx, "{" + w + ".name} (" + ", ".join(item_tpl(rng, it, w, sep=" ") for it in rest) + ")")


def id_items(ctx, base=None, n=None):
    rng = ctx.rng
    pool = list(dict.fromkeys((base or []) + T[ctx.topic]["ids"]))
    rng.shuffle(pool)
    n = n or rng.randint(1, min(4, len(pool)))
    its = pool[:n]
    if rng.random() < 0.4:
        extra = rng.choice(["tel", "npwp", "rek", "bpjs", "plate", "ig", "kk", "email", "dob"])
        if extra not in its:
            its.append(extra)
    if "dob" in its:
        its[its.index("dob")] = "ttl"
    return its


def near(doc, ctx, n=1, sep=" "):
    for f in ctx.rng.sample(NEAR, n):
        doc.t(sep)
        F(doc, ctx, f)


def body(doc, ctx, free, n, sep=None, topic=None, lf=False):
    """n frames of a topic; every frame after the first gets its own official / third person."""
    rng = ctx.rng
    tp = T[topic or ctx.topic]
    cand = list(tp["free"] if free else tp["pii"])
    rng.shuffle(cand)
    done = 0
    for f in cand:
        if done >= n:
            break
        remap = None
        if done:
            ctx.bodyn = getattr(ctx, "bodyn", 0) + 1
            remap = {"o": "o%d" % ctx.bodyn, "n": "n%d" % ctx.bodyn}
        if not ok_frame(ctx, f, remap):
            continue
        if done:
            doc.t(sep if sep is not None else rng.choice([" ", " ", "\n", " "]))
        F(doc, ctx, f, remap=remap, lf=lf and not done)
        done += 1
    return done


# ============================================================================================
# Styles
# ============================================================================================
def st_webform(ctx, doc, free):
    rng = ctx.rng
    F(doc, ctx, rng.choice(OPENERS))
    if free:
        body(doc, ctx, True, rng.randint(2, 3))
        near(doc, ctx, rng.randint(1, 2))
    else:
        body(doc, ctx, False, rng.randint(1, 3))
        if rng.random() < 0.45:
            doc.t(" ")
            body(doc, ctx, True, 1)
        if rng.random() < 0.3:
            near(doc, ctx, 1)
        if rng.random() < 0.7:
            doc.t(rng.choice(["\n\n", "\n", " "]))
            idb(doc, ctx, "r", id_items(ctx, ["name"]))
    cl = rng.choice(CLOSERS)
    if cl:
        doc.t(rng.choice(["\n", " ", "\n\n"]) + cl)


def st_allcaps(ctx, doc, free):
    ctx.case = "upper"
    st_webform(ctx, doc, free)


def st_lowercase(ctx, doc, free):
    ctx.case = "lower"
    rng = ctx.rng
    ctx.plain_tf = lambda s: word_sub(s, SLANG, 0.7, rng)
    F(doc, ctx, rng.choice(["min ", "halo min ", "tolong min ", "", "permisi ", "gan "]))
    if free:
        body(doc, ctx, True, rng.randint(2, 3), sep=" ")
        near(doc, ctx, rng.randint(1, 2))
    else:
        body(doc, ctx, False, rng.randint(1, 2), sep=" ")
        if rng.random() < 0.6:
            doc.t(" ")
            idb(doc, ctx, "r", id_items(ctx, ["name"]), layout=rng.choice(["inline", "semi", "paren"]))
    doc.t(" " + rng.choice(["makasih", "tolong ya min", "plis bantu", "thx", "🙏🙏", "udah capek bgt", ""]))


def st_sms(ctx, doc, free):
    rng = ctx.rng
    ctx.plain_tf = lambda s: word_sub(s, SMS_ABBR, 0.85, rng)
    if not free and rng.random() < 0.35:
        doc.raw(rng.choice(["Dari: ", "From: ", "Pengirim: "]))
        F(doc, ctx, "{r.hp}")
        doc.raw(rng.choice(["\n", " | ", "\nKe: 1708\n"]))
    parts = rng.choice([1, 1, 2])
    if parts == 2:
        doc.raw("(1/2) ")
    F(doc, ctx, rng.choice(["LAPOR ", "Lapor: ", "", "", "Yth admin ", "Mohon dibantu, "]))
    if free:
        body(doc, ctx, True, rng.randint(1, 2), sep=" ")
        if rng.random() < 0.7:
            near(doc, ctx, 1)
    else:
        body(doc, ctx, False, 1)
        if parts == 2:
            doc.raw("\n(2/2) ")
        else:
            doc.t(" ")
        if rng.random() < 0.7:
            idb(doc, ctx, "r", id_items(ctx, ["name"], rng.randint(1, 3)), layout=rng.choice(["inline", "semi", "paren"]))
    if parts == 2 and free:
        doc.raw("\n(2/2) ")
        F(doc, ctx, rng.choice(["Mohon segera ditindaklanjuti.", "Terima kasih.", "Tolong dicek."]))


def st_voice(ctx, doc, free):
    rng = ctx.rng
    ctx.mode = "voice"
    ctx.plain_tf = voice_tf
    ctx.look_tf = lambda s: s.lower() if "@" in s else voice_tf(s)
    ctx.collapse = True
    doc.raw(rng.choice(["[Transkrip pesan suara, durasi %d:%02d]\n", "Transkrip otomatis VN (%d:%02d):\n",
                        "🎤 Pesan suara %d:%02d — transkrip:\n", "[voice note %d:%02d, ditranskrip sistem]\n"])
            % (rng.randint(0, 3), rng.randint(5, 59)))
    fill = ["eee", "jadi gini pak", "ya", "nah terus", "gitu loh", "mohon maaf ya", "apa namanya",
            "hmm", "ngeten pak", "pokoknya", "nah itu dia", "sebentar ya"]
    greet = rng.choice(["halo assalamualaikum pak admin", "halo selamat siang", "iya halo ini",
                        "assalamualaikum", "tes tes udah ngerekam belum ya oke"])
    doc.t(greet + " ")
    if not free and rng.random() < 0.7:
        F(doc, ctx, rng.choice(["ini saya {r.name} dari {c:desa} ", "saya {r.name} pak ",
                                "nama saya {r.name} ya pak ", "dengan {r.name} "]))
    frames = pick(ctx, T[ctx.topic]["free" if free else "pii"], rng.randint(2, 3))
    for f in frames:
        doc.t(" " + rng.choice(fill) + " ")
        F(doc, ctx, f)
        if rng.random() < 0.15:
            doc.raw(" [tidak jelas] ")
    if free:
        doc.t(" " + rng.choice(fill) + " ")
        F(doc, ctx, rng.choice(["sudah saya telepon ke {x:hot} tapi nggak nyambung",
                                "nomor laporan saya kemarin {x:tiket} belum ada jawaban",
                                "sesuai {x:regu} kan harusnya cepat ya pak"]))
    else:
        extra = rng.sample(["nomor saya {r.hp} ya pak", "nik saya {r.nik}",
                            "alamat saya di {r.addr}{r.area}", "wa saya {r.hp} itu aktif",
                            "tanggal lahir saya {r.dob}"], rng.randint(1, 2))
        for e in extra:
            doc.t(" " + rng.choice(fill) + " ")
            F(doc, ctx, e)
    doc.t(" " + rng.choice(["udah itu aja makasih pak", "tolong dibantu ya pak makasih", "wassalamualaikum",
                            "sekian terima kasih", "matur nuwun", "makasih banyak ya"]))


def chrono_date(ctx, i, base):
    rng = ctx.rng
    if i == 0:
        ctx.chrono_d = base
    ctx.chrono_d = ctx.chrono_d + timedelta(days=rng.randint(1, 21) if i else 0)
    d = ctx.chrono_d
    f = rng.choice(["long1", "dash", "slash", "abbr", "day"])
    if f == "day":
        return "%s, %d %s %d" % (DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year)
    return fmt_date(rng, d, f)


CHRONO_PII = [
    "saya datang ke kantor «desa|kelurahan|kecamatan» dan bertemu {o.hon} {o.name}.",
    "{o.name} meminta uang {x:rp} «tanpa kuitansi|dengan alasan administrasi|untuk 'uang lelah'».",
    "saya menyerahkan fotokopi KTP (NIK {r.nik}) dan KK ({r.kk}).",
    "saya ditelepon dari nomor {o.hp}, disuruh menunggu.",
    "k=@any :: {k.rel} saya, {k.name}, dibawa ke {c:hospital}.",
    "saya lapor ke {x:hot} dan mendapat nomor tiket {x:tiket}.",
    "petugas datang ke rumah saya di {r.addr}.",
    "saya mengirim email dari {r.email} ke {x:email_inst}, tidak dibalas.",
    "tetangga saya, {n.name}, ikut menjadi saksi.",
    "{o.first} memblokir nomor WA saya ({r.hp}).",
    "uang dikembalikan sebagian, {x:rp}, lewat {n.hon} {n.name}.",
    "saya menerima surat nomor {x:surat} yang ditandatangani {o.pre}{o.name}{o.deg} tanpa penjelasan.",
    "saya datang lagi, {o.name} tidak ada di tempat.",
]
CHRONO_FREE = [
    "warga melapor ke kantor desa, diterima oleh sekdes.",
    "laporan diteruskan ke kecamatan dengan surat nomor {x:surat}.",
    "petugas datang meninjau, tetapi belum ada perbaikan.",
    "laporan di LAPOR! nomor {x:tiket16} didisposisikan ke dinas terkait.",
    "ada balasan dari {x:handle_inst}: 'sedang ditindaklanjuti'.",
    "kepala desa menjanjikan perbaikan paling lambat {x:date}.",
    "warga {x:rt} iuran {x:rp} untuk perbaikan sementara.",
    "kami menelepon {x:office}, diminta datang langsung.",
    "rapat di balai desa dihadiri camat dan {x:count} warga.",
    "status laporan berubah menjadi 'selesai' padahal belum ada tindakan.",
    "email ke {x:email_inst} terpental (alamat tidak dikenal).",
]


def st_chrono(ctx, doc, free):
    rng = ctx.rng
    F(doc, ctx, rng.choice(OPENERS[:6] + [""]))
    if not free and rng.random() < 0.5:
        idb(doc, ctx, "r", id_items(ctx, ["name"]), layout=rng.choice(["lines", "inline"]))
        doc.t("\n")
    doc.t(rng.choice(["Kronologi kejadian:\n", "KRONOLOGIS\n", "Urutan kejadian:\n", "Kronologi singkat:\n\n",
                      "Berikut kronologinya:\n"]))
    base = rand_date(rng, 2023, 2025)
    n = rng.randint(3, 6)
    pool = CHRONO_FREE if free else CHRONO_PII
    items = pick(ctx, pool, n)
    if not free and rng.random() < 0.6:
        items[rng.randrange(len(items))] = pick(ctx, T[ctx.topic]["pii"], 1)[0]
    bullet = rng.choice(["num", "dash", "date", "dot"])
    for i, it in enumerate(items):
        if bullet == "num":
            doc.t("%d. " % (i + 1))
        elif bullet == "dash":
            doc.t("- ")
        elif bullet == "dot":
            doc.t("• ")
        doc.lk(chrono_date(ctx, i, base))
        doc.t(rng.choice([": ", " – ", " — ", ", ", " : "]))
        decl, tpl = split_decl(it)
        tpl = tpl[0].upper() + tpl[1:] if tpl[0].islower() and rng.random() < 0.6 else tpl
        F(doc, ctx, (decl + " :: " if decl else "") + tpl)
        doc.t("\n")
    if free:
        near(doc, ctx, rng.randint(1, 2), sep="\n")
    elif rng.random() < 0.5:
        doc.t("\n")
        idb(doc, ctx, "r", id_items(ctx), layout="inline")
    cl = rng.choice(CLOSERS)
    if cl:
        doc.t("\n" + cl)


def csv_cell(v, delim, quote_all):
    if quote_all or delim in v or '"' in v or "\n" in v:
        return '"' + v.replace('"', '""') + '"', True
    return v, False


def st_csv(ctx, doc, free):
    rng = ctx.rng
    delim = rng.choice([",", ",", ";", "\t"])
    quote_all = delim != "\t" and rng.random() < 0.5
    if free:
        kind = rng.choice(["recap", "contacts", "anon"])
        if kind == "recap":
            cols = ["Tanggal", "No. Tiket", "Kategori", "Instansi Tujuan", "Status", "Hari"]
            doc.raw(delim.join(cols) + "\n")
            for _ in range(rng.randint(2, 5)):
                cells = [("look", X["date"](ctx)), ("look", X["tiket"](ctx)),
                         ("plain", T[rng.choice(TOPIC_KEYS)]["cat"]),
                         ("plain", rng.choice(["Dinas Sosial", "Disdukcapil", "PDAM", "Dinas Pendidikan",
                                               "Kantor Pertanahan", "RSUD", "Polres", "BPJS Kesehatan Cabang"])
                          + " " + ctx.kota_name),
                         ("plain", rng.choice(["Diproses", "Selesai", "Ditutup", "Menunggu"])),
                         ("look", X["small"](ctx))]
                emit_row(doc, cells, delim, quote_all)
        elif kind == "contacts":
            cols = ["Instansi", "Telepon", "Email", "Akun Medsos", "Alamat Kantor"]
            doc.raw(delim.join(cols) + "\n")
            for _ in range(rng.randint(2, 4)):
                cells = [("plain", rng.choice(["Disdukcapil", "Dinas Sosial", "PDAM Tirta", "Kantor Pertanahan",
                                                "Dinas PUPR", "Inspektorat"]) + " " + ctx.kota_name),
                         ("look", X["office"](ctx)), ("look", X["email_inst"](ctx)),
                         ("look", X["handle_inst"](ctx)),
                         ("look", rng.choice(HERO_ROADS) + " No. " + str(rng.randint(1, 120)))]
                emit_row(doc, cells, delim, quote_all)
        else:
            cols = ["Timestamp", "Nama", "NIK", "Kategori", "Uraian"]
            doc.raw(delim.join(cols) + "\n")
            for _ in range(rng.randint(1, 3)):
                sub = Doc()
                body(sub, ctx, True, rng.randint(1, 2), sep=" ")
                cells = [("look", X["date"](ctx) + " " + X["time"](ctx)), ("plain", rng.choice(["(anonim)", "-", "Dirahasiakan", "Hamba Allah"])),
                         ("plain", rng.choice(["-", "", "(tidak diisi)", "sudah dicek"])),
                         ("plain", T[ctx.topic]["cat"]), ("doc", sub)]
                emit_row(doc, cells, delim, quote_all)
        return
    fields = ["ts", "name"] + rng.sample(["nik", "hp", "email", "addr", "dob", "kec", "cat"], rng.randint(2, 5)) + ["body"]
    if rng.random() < 0.3:
        fields.append("consent")
    head = {"ts": ["Timestamp", "Tanda waktu", "Waktu"], "name": ["Nama Lengkap", "Nama", "Nama Pelapor"],
            "nik": ["NIK", "Nomor KTP", "NIK (16 digit)"], "hp": ["No. HP/WA", "Nomor WhatsApp", "Telepon"],
            "email": ["Alamat Email", "Email", "Email Address"], "addr": ["Alamat", "Alamat Domisili", "Alamat Lengkap"],
            "dob": ["Tanggal Lahir", "Tgl Lahir"], "kec": ["Kecamatan"], "cat": ["Kategori", "Jenis Aduan"],
            "body": ["Isi Pengaduan", "Uraian", "Keterangan", "Kronologi singkat"],
            "consent": ["Bersedia dihubungi?", "Setuju data diproses"]}
    hdr = [rng.choice(head[f]) for f in fields]
    doc.raw(delim.join(csv_cell(h, delim, quote_all)[0] for h in hdr) + "\n")
    keys = ["r", "m", "q"][:rng.choice([1, 1, 2, 2, 3])]
    for w in keys:
        ctx.anchors[w + "k"] = w
        if w != "r" and ctx.topic == "taspen":
            ctx.ages[w] = (57, 79)
        remap = {"r": w, "k": w + "k"}
        fr = pick(ctx, T[ctx.topic]["pii"], 1, remap=remap) or [rng.choice(T[ctx.topic]["free"])]
        cells = []
        for f in fields:
            if f == "ts":
                cells.append(("look", X["date"](ctx) + " %02d:%02d:%02d" % (rng.randint(6, 22), rng.randint(0, 59), rng.randint(0, 59))))
            elif f == "kec":
                cells.append(("plain", ctx.kec_name))
            elif f == "cat":
                cells.append(("plain", T[ctx.topic]["cat"]))
            elif f == "consent":
                cells.append(("plain", rng.choice(["Ya", "Ya", "Tidak", "Bersedia"])))
            elif f == "body":
                sub = Doc()
                F(sub, ctx, fr[0], remap=remap)
                if rng.random() < 0.3:
                    sub.t("\n")
                    F(sub, ctx, rng.choice(T[ctx.topic]["free"]))
                cells.append(("doc", sub))
            elif f in ("nik", "hp", "email", "addr", "dob", "name") and rng.random() < 0.08 and f != "name":
                cells.append(("plain", rng.choice(["", "-"])))
            else:
                sub = Doc()
                attr = {"name": "name", "nik": "nik", "hp": "hp", "email": "email", "dob": "dob"}.get(f)
                if f == "addr":
                    F(sub, ctx, "{%s.addr}{%s.area}" % (w, w))
                else:
                    F(sub, ctx, "{%s.%s}" % (w, attr))
                cells.append(("doc", sub))
        emit_row(doc, cells, delim, quote_all)


def emit_row(doc, cells, delim, quote_all):
    for i, (kind, v) in enumerate(cells):
        if i:
            doc.raw(delim)
        if kind == "doc":
            txt = "".join(s for _, s, _ in v.parts)
            q = quote_all or delim in txt or '"' in txt or "\n" in txt
            if q:
                doc.raw('"')
            for k2, s, lab in v.parts:
                s2 = s.replace('"', '""') if q else s
                if k2 == "pii":
                    assert '"' not in s
                    doc.p(s, lab)
                elif k2 == "look":
                    doc.lk(s2)
                else:
                    doc.t(s2)
            if q:
                doc.raw('"')
        else:
            cell, _ = csv_cell(v, delim, quote_all)
            if kind == "look":
                if cell.startswith('"'):
                    doc.raw('"')
                    doc.lk(cell[1:-1])
                    doc.raw('"')
                else:
                    doc.lk(cell)
            else:
                doc.raw(cell)
    doc.raw("\n")


def hdr_date(ctx, en=False, back=None):
    rng = ctx.rng
    if back is None or not hasattr(ctx, "mail_d"):
        ctx.mail_d = rand_date(rng, 2024, 2025)
    else:
        ctx.mail_d = ctx.mail_d - timedelta(days=rng.randint(1, back))
    d = ctx.mail_d
    if en:
        return "%s, %d %s %d %02d:%02d" % (["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()], d.day,
                                            MONTHS_EN[d.month - 1][:3], d.year, rng.randint(6, 22), rng.randint(0, 59))
    return "%s, %d %s %d pukul %02d.%02d" % (DAYS_ABBR[d.weekday()], d.day, MONTHS_ABBR[d.month - 1], d.year,
                                             rng.randint(6, 22), rng.randint(0, 59))


def st_email(ctx, doc, free):
    rng = ctx.rng
    en = rng.random() < 0.4
    H = (["From", "To", "Cc", "Date", "Subject"] if en else ["Dari", "Kepada", "Cc", "Tanggal", "Perihal"])
    tik = X["tiket"](ctx)
    subj = rng.choice(["Re: [LAPOR] Tindak lanjut laporan ", "Re: Re: Pengaduan ", "Fwd: Laporan ", "RE: Konfirmasi aduan "])
    inst = INST[ctx.topic][0]
    inst_mail = inst_fill(ctx, INST[ctx.topic][1])
    lapor_mail = rng.choice(["sp4n.lapor@%s.go.id" % ctx.kota_slug, "kominfo@%s.go.id" % ctx.kota_slug,
                             "admin@lapor.go.id", "pengaduan@lapor.go.id"])
    if free:
        doc.raw(H[0] + ": Admin SP4N-LAPOR! " + ctx.kota + " <")
        doc.lk(lapor_mail)
        doc.raw(">\n" + H[1] + ": ")
        doc.lk(inst_mail)
        doc.raw("\n" + H[3] + ": " + hdr_date(ctx, en) + "\n" + H[4] + ": " + subj)
        doc.lk(tik)
        doc.raw("\n\n")
        F(doc, ctx, rng.choice(["Yth. Admin " + inst + ",\n\n", "Kepada Yth. Pengelola Pengaduan " + inst + ",\n\n"]))
        F(doc, ctx, "Bersama ini kami teruskan laporan masyarakat dengan nomor {x:tiket16} untuk ditindaklanjuti sesuai {x:regu}. ")
        body(doc, ctx, True, rng.randint(1, 2), sep=" ")
        doc.t("\n\nMohon tanggapan paling lambat ")
        doc.lk(X["date"](ctx))
        doc.t(rng.choice([". Jangan mencantumkan data pribadi pelapor pada jawaban publik.",
                          ". Narahubung pengelola: ", "."]))
        if doc.parts[-1][1].endswith(": "):
            doc.lk(X["office"](ctx))
            doc.t(".")
        doc.t("\n\nSalam,\nTim Pengelola SP4N-LAPOR! " + ctx.kota + "\n")
        sub = Doc()
        sub.t(rng.choice(["Pada ", "On "]) + hdr_date(ctx, en, back=20) + " " + inst + " <")
        sub.lk(inst_mail)
        sub.t("> " + ("wrote" if en else "menulis") + ":\n")
        F(sub, ctx, "Laporan nomor {x:tiket} sudah kami terima dan sedang diverifikasi.\n")
        F(sub, ctx, "Layanan pengaduan juga dapat melalui {x:hot} atau {x:handle_inst}.")
        doc.t("\n")
        doc.quoted(sub)
        return
    # reporter's reply thread
    doc.raw(H[0] + ": ")
    F(doc, ctx, rng.choice(["{r.name} <{r.email}>", "\"{r.name}\" <{r.email}>", "{r.email}"]))
    doc.raw("\n" + H[1] + ": ")
    doc.lk(X["email_lapor"](ctx))
    if rng.random() < 0.5:
        doc.raw("\n" + H[2] + ": ")
        doc.lk(inst_mail)
    doc.raw("\n" + H[3] + ": " + hdr_date(ctx, en) + "\n" + H[4] + ": " + subj)
    doc.lk(tik)
    doc.raw("\n\n")
    F(doc, ctx, rng.choice(["Yth. Admin,\n\n", "Selamat siang,\n\n", "Dengan hormat,\n\n", "Min,\n"]))
    F(doc, ctx, rng.choice(["Sampai hari ini belum ada tindak lanjut. ", "Menanggapi balasan Bapak/Ibu di bawah, ",
                            "Saya lengkapi data yang diminta. ", "Mohon maaf baru membalas. "]))
    body(doc, ctx, False, rng.randint(1, 2))
    doc.t("\n\n")
    if rng.random() < 0.7:
        idb(doc, ctx, "r", id_items(ctx), layout=rng.choice(["lines", "inline"]))
        doc.t("\n")
    F(doc, ctx, rng.choice(["Salam,\n{r.name}\n", "Hormat saya,\n{r.first}\n", "--\n{r.name}\n{r.hp}\n",
                            "Terima kasih.\n", "Wassalam,\n{r.NAME}\n"]))
    # quoted reply from an officer, which quotes the original complaint
    sub = Doc()
    officer_named = rng.random() < 0.5
    sub.t(rng.choice(["Pada ", "On "]) + hdr_date(ctx, en, back=25) + " ")
    sub.t("Admin " + inst + " " + ctx.kota_name + " <")
    sub.lk(inst_mail)
    sub.t("> " + ("wrote" if en else "menulis") + ":\n")
    F(sub, ctx, rng.choice(["Yth. {r.Hon} {r.name},\n", "Yth. Pelapor,\n", "Halo {r.first},\n"]))
    F(sub, ctx, "Terima kasih atas laporan Anda nomor {x:tiket}. Mohon lengkapi «NIK|nomor KK|nomor telepon aktif» dan kronologi. ")
    F(sub, ctx, rng.choice(["Informasi lebih lanjut hubungi {x:office}.", "Silakan datang ke loket pengaduan pada jam kerja.",
                            "Sesuai {x:regu}, laporan akan diproses maksimal {x:small} hari kerja."]))
    if officer_named:
        F(sub, ctx, "\n\nHormat kami,\n{o.name}{o.deg}\n" + rng.choice(["Petugas Pengaduan", "Admin Layanan", "Staf Bidang Pelayanan"]))
    else:
        sub.t("\n\nHormat kami,\nTim Layanan Pengaduan")
    if rng.random() < 0.6:
        sub.t("\n\n")
        inner = Doc()
        inner.t("Laporan awal:\n")
        body(inner, ctx, False, 1)
        sub.quoted(inner, "> ")
    doc.t("\n")
    doc.quoted(sub, "> ")


WA_SYS = ["<Media tidak disertakan>", "Pesan ini telah dihapus", "📷 Foto", "🎤 Pesan suara (0:%02d)",
          "📄 scan_ktp.pdf (1 halaman)", "<Media omitted>"]


def wa_sender(ctx, w, doc):
    rng = ctx.rng
    x = rng.random()
    if x < 0.35:
        F(doc, ctx, "{%s.name}" % w)
    elif x < 0.7:
        F(doc, ctx, rng.choice(["{W.hon} {W.first}", "{W.first} " + rng.choice(["PKK", "Kader", "Ojol", "Toko", "RT 3", "Posyandu"]),
                                ("Pak RT {W.first}" if ctx.person(w).sex == "M" else "Bu RT {W.first}"), "{W.first}",
                                "{W.hon} {W.name}"]).replace("W", w))
    else:
        F(doc, ctx, "{%s.hp}" % w)


def st_wa(ctx, doc, free):
    rng = ctx.rng
    fmt = rng.choice(["export", "bracket", "plain"])
    base = rand_date(rng, 2024, 2025)
    t = [rng.randint(6, 20), rng.randint(0, 59)]

    def stamp():
        t[1] += rng.randint(1, 14)
        if t[1] >= 60:
            t[0] += 1
            t[1] -= 60
        if fmt == "export":
            return "%02d/%02d/%s %02d.%02d - " % (base.day, base.month, str(base.year)[2:], t[0] % 24, t[1])
        if fmt == "bracket":
            return "[%02d/%02d/%s %02d.%02d.%02d] " % (base.day, base.month, str(base.year)[2:], t[0] % 24, t[1], rng.randint(0, 59))
        return "%02d:%02d " % (t[0] % 24, t[1])

    F(doc, ctx, rng.choice(["Min, ini saya teruskan chat dari grup warga:\n\n", "*Diteruskan*\n", "Forwarded\n",
                            "Bukti percakapan (copy dari WA):\n", "", "Ini chatnya min 👇\n\n"]))
    if free:
        senders = ["Admin Desa " + ctx.desa_name, "Info Kecamatan", "Humas Puskesmas", "Pak RT", "Bu RT",
                   "Admin Grup", "Operator Sekolah", "Info PDAM"]
        rng.shuffle(senders)
        lines = [
            "Pengumuman: pencairan BLT-DD tahap {x:small} dijadwalkan {x:date} di balai desa. Bawa KTP dan KK asli.",
            "Warga {x:rt} yang belum terdata silakan lapor ke posko. Info: {x:office}",
            "PLN: pemadaman terencana {x:date} pukul 08.00 s.d. 15.00 di {c:kec}. Info {x:hot_pln}.",
            "Mohon jangan menyebarkan foto KTP/KK di grup ini ya bapak ibu 🙏",
            "Layanan jemput bola KTP-el hari {x:date}, kuota {x:count} orang.",
            "Pengaduan bisa lewat SMS {x:hot_lapor} atau {x:lapor}.",
            "Iuran sampah naik jadi {x:rp_fee} per bulan mulai {x:month}.",
            "Hasil rapat: {x:kkcount} KK diusulkan masuk DTKS.",
            "Yang mau tanya soal PPDB bisa email ke {x:email_inst}.",
            "Sudah saya laporkan ke LAPOR!, nomor {x:tiket16}.",
            "Oke siap 👍",
            "Terima kasih infonya 🙏🙏",
        ]
        for i in range(rng.randint(4, 7)):
            doc.raw(stamp())
            doc.t(senders[i % len(senders)] + ": ")
            if rng.random() < 0.15:
                doc.t(rng.choice(WA_SYS).replace("%02d", "%02d" % rng.randint(3, 59)))
            else:
                F(doc, ctx, rng.choice(lines))
            doc.t("\n")
        return
    frames = pick(ctx, T[ctx.topic]["pii"], 1)
    ctx.anchors["nk"] = "n"
    f2 = pick(ctx, [f for f in T[ctx.topic]["pii"] if f not in frames], 1, remap={"r": "n", "k": "nk"})
    chat = [
        ("o", rng.choice(["Bapak ibu, yang belum setor {x:rp} harap segera ya.", "Nanti datanya saya bantu urus, tapi ada biaya ya.",
                          "Sabar, dananya belum turun.", "Yang protes silakan lapor saja, saya tidak takut."])),
        ("r", frames[0]),
        ("n", rng.choice(["Iya benar, saya juga begitu.", "Sama bu, punya saya juga belum 😭", "Betul pak, saya saksinya.",
                          "Ini nomor saya {n.hp} kalau dibutuhkan jadi saksi."])),
        ("r", rng.choice(["NIK saya {r.nik}, tolong dicek.", "Alamat saya {r.addr}{r.area}.", "Saya sudah ke kantor {x:small} kali.",
                          "Ini nomor saya {r.hp}."])),
        ("o", rng.choice(["Jangan dibesar-besarkan.", "Besok datang ke rumah saya saja, {o.addr}.", "Nanti saya telepon.",
                          "Ok."])),
    ]
    chat = [(w, l, None) for w, l in chat]
    if f2 and rng.random() < 0.6:
        chat.insert(rng.randint(2, 4), ("n", f2[0], {"r": "n", "k": "nk"}))
    sender_docs = {}
    for who, line, remap in chat:
        doc.raw(stamp())
        if who not in sender_docs:
            sd = Doc()
            wa_sender(ctx, who, sd)
            sender_docs[who] = sd
        for part in sender_docs[who].parts:
            doc.parts.append(list(part))
        doc.t(": ")
        if rng.random() < 0.12:
            doc.t(rng.choice(WA_SYS).replace("%02d", "%02d" % rng.randint(3, 59)) + "\n")
            doc.raw(stamp())
            for part in sender_docs[who].parts:
                doc.parts.append(list(part))
            doc.t(": ")
        F(doc, ctx, line, remap=remap)
        doc.t("\n")
    if rng.random() < 0.5:
        doc.t("\n" + rng.choice(["Yang minta uang itu ", "Itu yang namanya ", "Pelakunya "]))
        F(doc, ctx, "{o.name}" + rng.choice([", min.", " min, tolong ditindak.", ". Saya pelapornya, {r.name}."]))


def st_x(ctx, doc, free):
    rng = ctx.rng
    ctx.plain_tf = lambda s: word_sub(s, SMS_ABBR[:25], 0.5, rng)
    when = lambda: rng.choice(["%dj" % rng.randint(1, 23), "%dm" % rng.randint(1, 59),
                               "%d %s" % (rng.randint(1, 28), MONTHS_ABBR[rng.randint(0, 11)])])
    if free:
        doc.raw(rng.choice(["(nama akun pengunggah disamarkan)\n", "Tangkapan layar utas, akun warga dihapus:\n", "Utas dari X:\n"]))
        F(doc, ctx, "{x:lapor} {x:handle_inst} ")
        body(doc, ctx, True, 1)
        doc.raw("\n\n")
        disp, hnd = rng.choice([("LAPOR!", "@lapor1708"), ("PLN 123", "@pln_123"), ("BPJS Kesehatan", "@BPJSKesehatanRI"),
                                ("Kemensos RI", "@KemensosRI"), ("OJK Indonesia", "@ojkindonesia"), ("Ditjen Pajak", "@DitjenPajakRI"),
                                ("BP2MI", "@BP2MI_RI"), ("Kementerian ATR/BPN", "@ATR_BPN")])
        doc.raw(disp + " ")
        doc.lk(hnd)
        doc.raw(" · " + when() + "\n")
        F(doc, ctx, raw=True, tpl=rng.choice([
            "Halo Kak, mohon maaf atas ketidaknyamanannya. Silakan sampaikan laporan melalui lapor.go.id atau SMS {x:hot_lapor}. Mohon tidak mencantumkan data pribadi di kolom balasan ya.",
            "Terima kasih informasinya. Laporan sudah kami teruskan dengan nomor {x:tiket}. Info lanjut: {x:hot}.",
            "Mohon maaf, Kak. Silakan DM nomor tiket {x:tiket7} agar kami bantu cek.",
        ]))
        doc.raw("\n\n")
        F(doc, ctx, rng.choice(["(balasan warga lain disembunyikan)", "↳ 12 balasan lainnya", "Tampilkan balasan lainnya"]))
        return
    # reporter tweets
    disp_named = rng.random() < 0.65
    hd = Doc()
    if disp_named:
        F(hd, ctx, rng.choice(["{r.name}", "{r.first}", "{r.name} " + rng.choice(["🌾", "🇮🇩", "✨", "(warga)", "| ojol"])]))
    else:
        hd.t(rng.choice(["Warga Biasa 🇮🇩", "anak kos", "Mamah Muda", "si paling sabar", "Ojol Kuat 💪"]))
    hd.t(" ")
    F(hd, ctx, "{r.tw}")
    for part in hd.parts:
        doc.parts.append(list(part))
    doc.raw(" · " + when() + "\n")
    F(doc, ctx, "{x:lapor} " + rng.choice(["{x:handle_inst} ", "", "min ", "tolong "]))
    body(doc, ctx, False, 1)
    doc.raw(re.sub("%d", lambda _m: str(rng.randint(1, 400)),
                   rng.choice(["\n💬 %d  🔁 %d  ♥ %d\n\n", "\n\n", "\n%d balasan · %d repost · %d suka\n\n"])))
    doc.t("LAPOR! ")
    F(doc, ctx, "{x:lapor}")
    doc.raw(" · " + when() + "\n")
    F(doc, ctx, rng.choice(["Membalas ", "Replying to ", "Balasan untuk "]) + "{r.tw}\n", raw=True)
    F(doc, ctx, raw=True, tpl=rng.choice(["Halo Kak, mohon maaf atas kendalanya. Silakan laporkan via lapor.go.id ya, mohon tidak menuliskan data pribadi di kolom publik.",
                            "Halo, mohon DM nomor tiket laporan Kakak agar dapat kami cek.",
                            "Terima kasih, laporan Kakak sudah kami teruskan ke instansi terkait."]))
    doc.raw("\n\n")
    for part in hd.parts:
        doc.parts.append(list(part))
    doc.raw(" · " + when() + "\n")
    F(doc, ctx, rng.choice(["udah min, tiketnya {x:tiket}. ", "DM udh dikirim ya min. ", "sdh lapor dr bulan lalu min. "]))
    if rng.random() < 0.7:
        idb(doc, ctx, "r", id_items(ctx, None, rng.randint(1, 2)), layout=rng.choice(["inline", "semi"]))
    if rng.random() < 0.5:
        doc.raw("\n\n")
        F(doc, ctx, rng.choice(["{n.name}", "{n.first}"]) + " ")
        F(doc, ctx, "{n.tw}")
        doc.raw(" · " + when() + "\n")
        F(doc, ctx, rng.choice(["{r.tw} sama kak, di tempatku juga gitu", "{r.tw} coba mention {x:handle_inst} kak",
                                "{r.tw} ini oknumnya si {o.name} bukan? 😤", "{r.tw} semangat kak, viralkan!"]))


def st_fb(ctx, doc, free):
    rng = ctx.rng
    grp = rng.choice(["Info Warga " + ctx.kec_name, "Forum Peduli " + ctx.kota_name, "Suara Rakyat " + ctx.kota_name,
                      "Kabar " + ctx.desa_name, "Jual Beli & Info " + ctx.kec_name])
    doc.raw(rng.choice(["Postingan di grup Facebook '%s':\n\n", "Dari FB grup %s\n\n", "[Salinan postingan %s]\n\n"]) % grp)
    ts = rng.choice(["%d j" % rng.randint(1, 23), "Kemarin pukul %02d.%02d" % (rng.randint(6, 22), rng.randint(0, 59)),
                     "%d %s pukul %02d.%02d" % (rng.randint(1, 28), MONTHS[rng.randint(0, 11)], rng.randint(6, 22), rng.randint(0, 59))])
    if free:
        page = rng.choice(["Info Warga " + ctx.kec_name, INST[ctx.topic][0] + " " + ctx.kota_name,
                           INST[ctx.topic][0] + " " + ctx.kota_name])
        doc.t(page + "\n" + ts + " · 🌐\n")
        body(doc, ctx, True, rng.randint(1, 2), sep="\n")
        doc.t("\n")
        near(doc, ctx, 1, sep="")
        doc.raw("\n\n👍 %d   💬 %d komentar\n\n" % (rng.randint(3, 900), rng.randint(1, 90)))
        for _ in range(rng.randint(2, 4)):
            doc.t(rng.choice(["Pengguna Facebook", "Admin", page, "Penggemar berat"]) + "\n")
            F(doc, ctx, rng.choice(["Di {x:rt} juga sama, sudah {x:small} hari.", "Sudah lapor ke {x:hot} tapi belum ada tindakan.",
                                    "Admin tolong dijawab 🙏", "Kapan diperbaiki?", "Info: {x:office} bisa dihubungi jam kerja.",
                                    "Nomor tiket saya {x:tiket}, statusnya ditutup padahal belum selesai."]))
            doc.raw("\nSuka · Balas · %d j\n\n" % rng.randint(1, 20))
        return
    F(doc, ctx, "{r.name}\n")
    doc.raw(ts + " · 🌐\n")
    F(doc, ctx, rng.choice(["Mohon bantuan share 🙏\n", "Izin admin.\n", "Maaf curhat sedikit.\n", "", "VIRALKAN!!!\n"]))
    body(doc, ctx, False, rng.randint(1, 2), sep="\n")
    if rng.random() < 0.5:
        doc.t("\n")
        idb(doc, ctx, "r", id_items(ctx, None, rng.randint(1, 2)), layout="inline")
    doc.raw("\n\n👍 %d   💬 %d komentar   ↗ %d\n\n" % (rng.randint(3, 900), rng.randint(1, 90), rng.randint(0, 60)))
    comments = [
        "Sabar {r.hon}, saya juga begitu dulu.",
        "Coba lapor ke {x:lapor} atau SMS {x:hot_lapor}.",
        "Itu si {o.name} memang terkenal begitu.",
        "Saya kenal pelakunya, namanya {o.name}, rumahnya di {o.addr}.",
        "{r.first} inbox saya ya, saya punya nomor pengacara.",
        "Hubungi saja saya {W.hp}, saya juga korban.",
        "Ikut prihatin 🙏",
        "{r.name} sudah coba ke kantor {c:kec}?",
        "Di tempat kami juga, {x:kkcount} KK belum dapat.",
    ]
    lines = rng.sample(comments, rng.randint(2, 4))
    for i, line in enumerate(lines):
        who = "c%d" % (i + 1)
        line = line.replace("{W.", "{%s." % who)
        F(doc, ctx, "{%s.name}\n" % who)
        F(doc, ctx, line)
        doc.raw("\nSuka · Balas · %d j\n" % rng.randint(1, 20))
        if rng.random() < 0.35:
            doc.t("    ↳ ")
            F(doc, ctx, "{r.name}")
            doc.t(" ")
            F(doc, ctx, rng.choice(["Terima kasih {%s.first}." % who, "Iya, sudah saya coba.", "Nanti saya DM ya."]))
            doc.raw("\n")
        doc.raw("\n")


def st_ig(ctx, doc, free):
    rng = ctx.rng
    tags = ["#lapor1708", "#pelayananpublik", "#bansos", "#danadesa", "#ppdb2025", "#bpjskesehatan", "#pln",
            "#ktpel", "#pinjolilegal", "#pungli", "#" + fold(ctx.kota_name), "#infowarga", "#viral", "#fyp",
            "#suarawarga", "#" + fold(ctx.kec_name)]
    if free:
        F(doc, ctx, "{x:handle_inst}")
        doc.raw(" • " + rng.choice(["Ikuti", "Mengikuti"]) + "\n")
        opener = rng.choice(["📢 INFORMASI PUBLIK\n\n", "‼️ PENTING ‼️\n", "Sobat warga, "])
        doc.t(opener)
        body(doc, ctx, True, rng.randint(1, 2), sep="\n\n", lf=opener.endswith(", "))
        doc.t("\n\n")
        F(doc, ctx, rng.choice(["Pengaduan: {x:hot_lapor} / {x:lapor}", "Hotline {x:office} (jam kerja)", "Email {x:email_inst}",
                                "Call center {x:hot}"]))
        doc.t("\n.\n.\n" + " ".join(rng.sample(tags, rng.randint(3, 7))))
        doc.raw("\n%d suka\nLihat semua %d komentar" % (rng.randint(10, 9000), rng.randint(1, 400)))
        return
    F(doc, ctx, "{r.ig}")
    doc.raw(" • " + rng.choice(["Ikuti", "📍 " + ctx.kec_name, "📍 " + ctx.kota_name]) + "\n")
    doc.t(rng.choice(["Tolong bantu viralkan 🙏\n\n", "Thread curhat 😢\n", "", "Sudah 3 bulan begini...\n\n"]))
    body(doc, ctx, False, rng.randint(1, 2), sep="\n\n")
    if rng.random() < 0.45:
        doc.t("\n\n")
        F(doc, ctx, rng.choice(["Yang tahu keberadaan oknum {o.name} tolong kabari.", "Kontak saya: {r.hp}",
                                "DM aja atau WA {r.hp}", "cc {x:lapor} {x:handle_inst}"]))
    doc.t("\n.\n.\n" + " ".join(rng.sample(tags, rng.randint(3, 8))))
    doc.raw("\n%d suka\nLihat semua %d komentar\n" % (rng.randint(10, 9000), rng.randint(1, 400)))
    for w in rng.sample(["c1", "c2", "c3"], rng.randint(1, 3)):
        F(doc, ctx, "{%s.ig} " % w)
        F(doc, ctx, rng.choice(["semangat kak 💪", "lapor ke {x:lapor} kak", "sama kak, {o.name} juga nipu aku 😡",
                                "kak coba DM {x:handle_inst}", "up", "ikut prihatin 🙏"]))
        doc.raw("\n")


class Retry(Exception):
    pass


X["instaddr"] = lambda c: "Jl. %s No. %d" % (c.rng.choice(["Raya " + c.kec_name, "Pahlawan", "Merdeka", "Ahmad Yani",
                                                            "Diponegoro", "Veteran"]), c.rng.randint(1, 40))
JOBS = ["Buruh harian lepas", "Petani", "Mengurus rumah tangga", "Wiraswasta", "Pedagang", "Nelayan",
        "Karyawan swasta", "Pelajar/Mahasiswa", "Belum/tidak bekerja", "Guru honorer", "Sopir"]


def pad_label(lbl, width):
    return lbl + " " * max(1, width - len(lbl)) + ": "


def letter_head(doc, ctx, rt, rw):
    rng = ctx.rng
    doc.t(rng.choice(["RUKUN TETANGGA %03d RUKUN WARGA %03d\n" % (rt, rw), "RT %02d / RW %02d\n" % (rt, rw),
                      "PENGURUS RT.%02d RW.%02d\n" % (rt, rw)]))
    doc.t("%s  %s\n%s\n" % (ctx.desa.upper(), ctx.kec.upper(), ctx.kota.upper()))
    doc.t(rng.choice(["=" * 44 + "\n", "-" * 40 + "\n", "_" * 46 + "\n\n"]))


def sign_pair(doc, ctx, left_role, left, right_role, right):
    rng = ctx.rng
    gap = " " * rng.randint(10, 24)
    doc.t("Mengetahui,\n" if rng.random() < 0.8 else "Mengetahui\n")
    doc.t(left_role + gap + right_role + "\n\n\n")
    style = rng.choice(["paren", "plain", "ttd"])
    for i, (w, fmt) in enumerate((left, right)):
        if i:
            doc.t(gap)
        if style == "paren":
            doc.t("( ")
            F(doc, ctx, fmt.replace("W", w))
            doc.t(" )")
        elif style == "ttd":
            doc.t("ttd. ")
            F(doc, ctx, fmt.replace("W", w))
        else:
            F(doc, ctx, fmt.replace("W", w))
    doc.t("\n")


def st_letter(ctx, doc, free):
    rng = ctx.rng
    lurah = ctx.desa.startswith("Kel.")
    head_role = ("Lurah " if lurah else rng.choice(["Kepala Desa ", "Kades "])) + ctx.desa_name
    if ctx.rkey == "sumbar" and ctx.desa.startswith("Nagari"):
        head_role = "Wali Nagari " + ctx.desa_name
    if free:
        doc.t("PEMERINTAH %s\nKECAMATAN %s\n%s\n" % (ctx.kota.upper(), ctx.kec_name.upper(), ctx.desa.upper()))
        doc.t("Alamat: ")
        doc.lk(X["instaddr"](ctx))
        doc.t(" Telp. ")
        doc.lk(X["office"](ctx))
        doc.t(" Kode Pos ")
        doc.lk(X["kodepos"](ctx))
        if rng.random() < 0.6:
            doc.t("\nEmail: ")
            doc.lk(X["email_inst"](ctx))
        doc.t("\n" + "=" * 44 + "\n\n")
        doc.t(rng.choice(["PENGUMUMAN", "SURAT EDARAN", "UNDANGAN MUSYAWARAH DESA", "PEMBERITAHUAN"]) + "\nNomor: ")
        doc.lk(X["surat"](ctx))
        doc.t("\n\n")
        F(doc, ctx, "Sehubungan dengan «pelaksanaan|ketentuan» {x:reg}, diberitahukan kepada seluruh warga bahwa:\n")
        items = pick(ctx, T[ctx.topic]["free"], rng.randint(2, 3))
        for i, f in enumerate(items):
            doc.t("%d. " % (i + 1))
            F(doc, ctx, f)
            doc.t("\n")
        F(doc, ctx, rng.choice(["Pengaduan dapat disampaikan melalui SMS {x:hot_lapor} atau {x:office}.\n",
                                "Warga {x:rt} dimohon hadir tepat waktu.\n",
                                "NIK dan nomor KK warga tidak akan ditempel di papan pengumuman.\n"]))
        doc.t("\n%s, " % ctx.desa_name)
        doc.lk(X["date"](ctx))
        doc.t("\n" + head_role + "\n\n" + rng.choice(["ttd.\n\n(cap desa)", "(ttd & stempel)", "TTD\n\n"]) + "\n")
        if rng.random() < 0.6:
            doc.t("\nMengetahui,\nCamat %s\n\n(ttd)\n" % ctx.kec_name)
        doc.t("\nTembusan:\n1. %s\n2. Arsip" % ("Bupati " + ctx.kota_name if ctx.kota.startswith("Kab") else "Wali Kota " + ctx.kota_name))
        return
    kind = rng.choice(["sket", "sket", "aduan", "pernyataan"])
    r = ctx.person("r")
    h = r.home()
    if kind == "sket":
        letter_head(doc, ctx, h["rt"], h["rw"])
        doc.t("SURAT KETERANGAN " + rng.choice(["TIDAK MAMPU", "DOMISILI", "", "WARGA"]).strip() + "\nNomor: ")
        doc.lk(X["surat"](ctx))
        doc.t("\n\nYang bertanda tangan di bawah ini, Ketua RT %02d RW %02d %s, menerangkan dengan sebenarnya bahwa:\n\n"
              % (h["rt"], h["rw"], ctx.desa))
        wdt = rng.choice([18, 20, 22])
        F(doc, ctx, pad_label("Nama", wdt) + rng.choice(["{r.NAME}", "{r.name}"]) + "\n")
        F(doc, ctx, pad_label("NIK", wdt) + "{r.nik}\n")
        if rng.random() < 0.5:
            F(doc, ctx, pad_label("No. KK", wdt) + "{r.kk}\n")
        F(doc, ctx, pad_label("Tempat/Tgl. Lahir", wdt) + "{r.pob}, {r.dob}\n")
        F(doc, ctx, pad_label("Jenis Kelamin", wdt) + "{r.sexword}\n")
        doc.t(pad_label("Pekerjaan", wdt) + rng.choice(JOBS) + "\n")
        ctx.ml_indent = len(pad_label("Alamat", wdt))
        F(doc, ctx, pad_label("Alamat", wdt) + rng.choice(["{r.addr_ml}", "{r.addr}"]) + "\n")
        doc.t("\nadalah benar warga kami yang " + rng.choice([
            "tergolong keluarga tidak mampu dan belum pernah menerima bantuan sosial.",
            "berdomisili di alamat tersebut di atas sejak tahun " + str(rng.randint(1998, 2020)) + ".",
            "mengalami permasalahan sebagaimana dilaporkan kepada SP4N-LAPOR!."]) + "\n")
        if rng.random() < 0.6:
            doc.t("Keterangan tambahan: ")
            body(doc, ctx, False, 1)
            doc.t("\n")
        doc.t("\nDemikian surat keterangan ini dibuat untuk dipergunakan sebagaimana mestinya.\n\n%s, " % ctx.desa_name)
        doc.lk(X["date"](ctx))
        doc.t("\n\n")
        sign_pair(doc, ctx, "Ketua RW %02d" % h["rw"], ("h2", rng.choice(["{W.NAME}", "{W.name}", "{W.pre}{W.name}"])),
                  "Ketua RT %02d" % h["rt"], ("h1", rng.choice(["{W.NAME}", "{W.name}"])))
        if rng.random() < 0.5:
            doc.t("\nMengetahui,\n" + head_role + "\n\n\n")
            F(doc, ctx, "{kd.pre}{kd.NAME}{kd.deg}" if rng.random() < 0.5 else "{kd.name}")
            if lurah and rng.random() < 0.8:
                F(doc, ctx, "\nNIP. {kd.nip}")
            doc.t("\n")
    elif kind == "aduan":
        doc.t("Perihal  : Pengaduan " + T[ctx.topic]["cat"] + "\nLampiran : " + rng.choice(["1 (satu) berkas", "-", "fotokopi KTP"]) + "\n\n")
        doc.t("Kepada Yth.\n" + ("Bupati " if ctx.kota.startswith("Kab") else "Wali Kota ") + ctx.kota_name +
              "\nc.q. " + rng.choice(["Inspektorat", "Dinas Sosial", "Dinas PMD", "Camat " + ctx.kec_name]) +
              "\ndi –\n      " + ctx.kota_name + "\n\nDengan hormat,\n")
        doc.t("Kami warga " + ctx.desa + " yang bertanda tangan di bawah ini menyampaikan pengaduan sebagai berikut.\n\n")
        body(doc, ctx, False, rng.randint(1, 2), sep="\n\n")
        doc.t("\n\nDaftar warga pendukung pengaduan:\n")
        for i in range(rng.randint(2, 5)):
            w = "p%d" % i
            F(doc, ctx, "%d. " % (i + 1) + rng.choice(["{W.name} — NIK {W.nik} — ttd", "{W.name} (ttd)", "{W.NAME}, {W.addr_rt}, ttd",
                                                       "{W.name}, HP {W.hp}"]).replace("W", w) + "\n")
        doc.t("\nHormat kami,\nKoordinator warga\n\n\n")
        F(doc, ctx, "{r.name}\n" + rng.choice(["HP {r.hp}\n", "NIK {r.nik}\n", ""]))
        if rng.random() < 0.6:
            doc.t("\n")
            sign_pair(doc, ctx, "Ketua RT", ("h1", "{W.name}"), head_role, ("kd", "{W.pre}{W.NAME}{W.deg}"))
    else:
        doc.t("SURAT PERNYATAAN\n\nSaya yang bertanda tangan di bawah ini:\n")
        wdt = rng.choice([10, 14, 16])
        F(doc, ctx, pad_label("Nama", wdt) + "{r.name}\n")
        F(doc, ctx, pad_label("NIK", wdt) + "{r.nik}\n")
        F(doc, ctx, pad_label("TTL", wdt) + "{r.pob}, {r.dob}\n")
        F(doc, ctx, pad_label("Alamat", wdt) + "{r.addr}{r.area}\n")
        if rng.random() < 0.6:
            F(doc, ctx, pad_label("No. HP", wdt) + "{r.hp}\n")
        doc.t("\nmenyatakan dengan sebenarnya bahwa ")
        body(doc, ctx, False, 1, lf=True)
        doc.t("\nApabila di kemudian hari pernyataan ini tidak benar, saya bersedia dituntut sesuai hukum yang berlaku.\n\n")
        doc.t("%s, " % ctx.kota_name)
        doc.lk(X["date"](ctx))
        doc.t("\nYang menyatakan,\n[materai 10.000]\n\n")
        F(doc, ctx, "{r.NAME}\n\nSaksi-saksi:\n1. {s1.name} (..........)\n2. {s2.name} (..........)\n")
        if rng.random() < 0.7:
            doc.t("\nMengetahui,\n" + head_role + "\n\n\n")
            F(doc, ctx, "{kd.pre}{kd.name}{kd.deg}")
            if lurah:
                F(doc, ctx, "\nNIP {kd.nip}")


def st_roster(ctx, doc, free):
    rng = ctx.rng
    if free:
        kind = rng.choice(["budget", "contacts", "tickets", "schools"])
        if kind == "budget":
            doc.t("Rincian APBDes %s tahun %s (dari papan informasi):\n" % (ctx.desa, X["year"](ctx)))
            doc.t("| No | Kegiatan | Anggaran | Realisasi |\n|---|---|---|---|\n")
            for i, k in enumerate(rng.sample(["Rabat beton jalan dusun", "Drainase", "BLT-DD", "Posyandu", "Ketahanan pangan",
                                              "Operasional pemdes", "Talud", "Studi banding"], rng.randint(3, 5))):
                doc.t("| %d | %s | " % (i + 1, k))
                doc.lk(X["rp_big"](ctx))
                doc.t(" | ")
                doc.lk(X["rp_big"](ctx))
                doc.t(" |\n")
            F(doc, ctx, "\nTotal dana desa {x:rp_big}. Warga {x:rt} belum pernah diajak musyawarah.")
        elif kind == "contacts":
            doc.t("Kontak pengaduan yang sudah saya coba (semua tidak merespons):\n")
            for lbl, key in rng.sample([("LAPOR!", "hot_lapor"), ("Dukcapil", "hot_dukcapil"), ("BPJS Kesehatan", "hot_bpjs"),
                                        ("PLN", "hot_pln"), ("Kring Pajak", "hot_pajak"), ("OJK", "hot_ojk"),
                                        ("Taspen", "hot_taspen"), ("BP2MI", "hot_bp2mi")], rng.randint(3, 5)):
                doc.t("- %s: " % lbl)
                doc.lk(X[key](ctx))
                if rng.random() < 0.5:
                    doc.t(" / ")
                    doc.lk(rng.choice([X["email_inst"](ctx), X["handle_inst"](ctx), X["office"](ctx)]))
                doc.t("\n")
            F(doc, ctx, rng.choice(["NIK saya sudah dicek di semua kanal tersebut.", "Nomor tiket terakhir {x:tiket16}."]))
        elif kind == "tickets":
            doc.t("Riwayat laporan saya:\n")
            for _ in range(rng.randint(3, 5)):
                doc.t(rng.choice(["• ", "- ", "* "]))
                doc.lk(X["tiket"](ctx))
                doc.t(" (")
                doc.lk(X["date"](ctx))
                doc.t(") — " + rng.choice(["ditutup sepihak", "belum diverifikasi", "dialihkan ke " + rng.choice(["Dinas PUPR", "Dinas Sosial", "Disdukcapil"]),
                                           "selesai tanpa tindak lanjut"]) + "\n")
            F(doc, ctx, "Sesuai {x:regu}, mohon ditindaklanjuti.")
        else:
            doc.t("Kuota PPDB zonasi %s (dari pengumuman dinas):\n" % ctx.kota_name)
            doc.t("Sekolah\tNPSN\tKuota\tPendaftar\n")
            for _ in range(rng.randint(3, 5)):
                doc.t(ctx.c("school") if rng.random() < 0.2 else rng.choice(SCHOOLS).format(n=rng.randint(1, 9), d=ctx.desa_name, k=ctx.kota_name))
                doc.t("\t")
                doc.lk(X["npsn"](ctx))
                doc.t("\t")
                doc.lk(X["count"](ctx))
                doc.t("\t")
                doc.lk(X["count"](ctx))
                doc.t("\n")
            F(doc, ctx, "Pendaftar melebihi kuota tapi jalur afirmasi hanya {x:pct}.")
        return
    title = rng.choice(["Daftar KPM yang bantuannya dipotong", "Daftar warga korban pungli PTSL",
                        "Data warga yang belum menerima BLT-DD", "Daftar peserta JKN PBI yang dinonaktifkan",
                        "Nama-nama calon PMI yang belum diberangkatkan", "Warga yang KTP-el-nya belum dicetak"])
    F(doc, ctx, title + " di {c:desa}:\n")
    n = rng.randint(3, 6)
    layout = rng.choice(["pipe", "list", "tsv", "list2"])
    cols = ["name"] + rng.sample(["nik", "kk", "addr", "hp", "dob", "amt", "bpjs"], rng.randint(1, 3))
    labels = {"name": "Nama", "nik": "NIK", "kk": "No. KK", "addr": "Alamat", "hp": "No. HP", "dob": "Tgl Lahir",
              "amt": "Potongan", "bpjs": "No. BPJS"}
    cellt = {"name": "{W.name}", "nik": "{W.nik}", "kk": "{W.kk}", "addr": rng.choice(["{W.addr}", "{W.addr_rt}"]),
             "hp": "{W.hp}", "dob": "{W.dob}", "amt": "{x:rp}", "bpjs": "{W.bpjs}"}
    if layout == "pipe":
        doc.t("| No | " + " | ".join(labels[c] for c in cols) + " |\n|" + "---|" * (len(cols) + 1) + "\n")
    elif layout == "tsv":
        doc.t("No\t" + "\t".join(labels[c] for c in cols) + "\n")
    for i in range(n):
        w = "p%d" % i
        if layout == "pipe":
            F(doc, ctx, "| %d | " % (i + 1) + " | ".join(cellt[c] for c in cols).replace("W", w) + " |\n")
        elif layout == "tsv":
            F(doc, ctx, "%d\t" % (i + 1) + "\t".join(cellt[c] for c in cols).replace("W", w) + "\n")
        elif layout == "list":
            F(doc, ctx, "%d. " % (i + 1) + ", ".join((labels[c] + " " if c not in ("name", "addr") else "") + cellt[c] for c in cols).replace("W", w) + "\n")
        else:
            F(doc, ctx, "- " + " – ".join(cellt[c] for c in cols).replace("W", w) + "\n")
    if rng.random() < 0.6:
        F(doc, ctx, rng.choice(["\nData dikumpulkan oleh {r.name} ({r.hp}).", "\nPelapor: {r.name}, {r.addr}{r.area}.",
                                "\nYang memotong adalah {o.hon} {o.name}.", "\nKoordinator: {r.name}"]))
    if rng.random() < 0.4:
        near(doc, ctx, 1, sep="\n")


def st_ocr(ctx, doc, free):
    rng = ctx.rng
    ctx.plain_tf = ocr_tf_factory(rng, rng.choice([0.02, 0.035, 0.05]))
    if rng.random() < 0.6:
        ctx.name_tf = ocr_name_factory(rng, 0.06)
    if rng.random() < 0.3:
        ctx.case = "upper"
    doc.raw(rng.choice(["[Hasil OCR pindaian, halaman 1/1]\n", "--- hasil scan (OCR) ---\n", "", "Lampiran: scan formulir (teks OCR)\n"]))
    doc.t("PEMERINTAH %s\n%s\n" % (ctx.kota.upper(), rng.choice(["DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "DINAS SOSIAL",
                                                              "KECAMATAN " + ctx.kec_name.upper(), "INSPEKTORAT DAERAH",
                                                              "DINAS PENDIDIKAN", "UNIT LAYANAN PENGADUAN"])))
    if free:
        doc.t(rng.choice(["SURAT EDARAN\n", "PENGUMUMAN\n", "NOTA DINAS\n"]) + "Nomor : ")
        doc.lk(X["surat"](ctx))
        doc.t("\n| Perihal : " + rng.choice(["Layanan pengaduan", "Jadwal pelayanan", "Tindak lanjut laporan masyarakat"]) + " |\n\n")
        body(doc, ctx, True, rng.randint(2, 3), sep="\n")
        doc.t("\n")
        near(doc, ctx, rng.randint(1, 2), sep="\n")
        doc.t("\n\nDitetapkan di %s\npada tanggal " % ctx.kota_name)
        doc.lk(X["date"](ctx))
        doc.t("\n" + rng.choice(["KEPALA DINAS", "CAMAT " + ctx.kec_name.upper(), "INSPEKTUR"]) + "\n\n(ttd)\n\ncap dinas")
        return
    doc.t(rng.choice(["FORMULIR PENGADUAN MASYARAKAT\n", "LEMBAR ADUAN\n", "FORMULIR LAPORAN / PENGADUAN\n"]))
    doc.t("No. Reg : ")
    doc.lk(X["berkas"](ctx))
    doc.t("\n" + rng.choice(["=" * 30, "_" * 34, "-" * 28]) + "\n")
    wdt = rng.choice([18, 20])
    rows = [("Nama Lengkap", rng.choice(["{r.NAME}", "{r.name}"])), ("NIK", "{r.nik}"),
            ("Tempat/Tgl. Lahir", "{r.pob}, {r.dob}"), ("Alamat", "{r.addr}{r.area}"),
            ("No. Telp/HP", "{r.hp}")]
    if rng.random() < 0.4:
        rows.insert(2, ("No. KK", "{r.kk}"))
    if rng.random() < 0.3:
        rows.append(("Email", "{r.email}"))
    for i, (lbl, v) in enumerate(rows):
        pre = rng.choice(["%d. " % (i + 1), "| ", ""])
        F(doc, ctx, pre + pad_label(lbl, wdt) + v + rng.choice(["\n", "\n", " |\n"]))
    doc.t("%d. " % (len(rows) + 1) + pad_label("Uraian Pengaduan", wdt) + "\n")
    body(doc, ctx, False, rng.randint(1, 2), sep="\n")
    doc.t("\n\n" + rng.choice(["Tanda tangan pelapor,", "Pelapor,", "Hormat saya,"]) + "\n\n")
    F(doc, ctx, rng.choice(["( {r.NAME} )", "{r.name}", "(ttd) {r.NAME}"]))
    if rng.random() < 0.4:
        doc.t("\n\nDiterima oleh petugas: ")
        F(doc, ctx, "{o.name}" + rng.choice(["", " / NIP {o.nip}"]))


EN_PII = [
    "k=mother/father :: Hi admin, I'm writing on behalf of my {k.rel_en}, {k.name} (NIK {k.nik}). The BPJS card {k.bpjs} was suddenly deactivated and {c:hospital} refused to treat {k.hon} {k.first}. You can reach me at {r.email} or WhatsApp {r.hp}.",
    "k=@pmi :: My {k.rel_en}, {k.name}, went to {c:country} through an agent named {o.name} who promised a factory job. The passport ({k.pas}) is still held by the agency and we have had no news since {x:month}.",
    "Guys, literally aku udah {x:small}x ke Dukcapil tapi KTP-el aku belum jadi juga, which is nyebelin banget. NIK aku {r.nik} btw, nama {r.name}.",
    "So basically tagihan PLN rumah aku di {r.addr} tiba-tiba jadi {x:rp}, padahal I'm barely home. Please check, contact me at {r.hp}.",
    "Dear Sir/Madam, my name is {r.name}, born {r.dob_en}. The officer, {o.hon} {o.name}, asked me for an 'express fee' of {x:rp} to process my documents.",
    "Honestly kecewa banget sama pelayanan Samsat. Motor aku {r.plate}, udah bayar pajak online tapi status masih belum lunas. My email: {r.email}.",
    "k=@child :: FYI my {k.rel_en} {k.name} was rejected from {c:school} under the zoning rule, even though we live at {r.addr}, literally {x:meter} meters away. Birth date {k.dob_en}, all documents complete.",
    "The debt collector keeps calling from {o.hp}, and they even messaged my boss, {n.name}. This is harassment, please do something.",
    "I'm a foreign spouse living in {c:kota_name}. My {k.rel_en}'s land certificate under the name {k.name} has been stuck at BPN since {x:year}. Our house: {r.addr}{r.area}.",
    "Quick update: the guy who took the money is {o.name} ({o.hp}), he works at the village office. My IG is {r.ig} if you need the screenshots.",
    "k=@spouse :: My {k.rel_en}'s pension hasn't been paid since {x:month}. NIP {k.nip}, account {k.bank} {k.rek}. Please advise.",
]
EN_FREE = [
    "Hi admin, just want to report that the street lights along {x:road} have been out since {x:date}. Ticket number {x:tiket}, no response yet.",
    "Honestly the PPDB website is so laggy, error terus dari jam {x:time}. Helpdesk {x:office} nggak ada yang angkat, and the email to {x:email_inst} bounced.",
    "FYI, according to {x:regu}, public services must respond within {x:small} days. It's been way longer. cc {x:lapor}",
    "The BPJS call center {x:hot_bpjs} is always busy, literally nobody picks up. Antrean di {c:hospital} sampai {x:count} orang.",
    "Water supply in {c:kec} has been off since {x:date}; around {x:kkcount} households affected. PDAM's WA {x:instwa} only sends auto-replies.",
    "Just saying, the pothole at {x:road} km {x:km} near SPBU {x:spbu} is getting worse. Someone's gonna get hurt.",
    "Paid {x:rp} for a 'processing fee' that should be free per {x:regu}. Receipt number {x:tiket8}.",
]


def st_en(ctx, doc, free):
    rng = ctx.rng
    ctx.mode = "en"
    F(doc, ctx, rng.choice(["", "Hello,\n", "Hi team, ", "Good morning. ", "To whom it may concern,\n\n", "Halo min, sorry campur English. "]))
    frames = pick(ctx, EN_FREE if free else EN_PII, rng.randint(1, 2) if not free else rng.randint(2, 3))
    for i, f in enumerate(frames):
        if i:
            doc.t(rng.choice([" ", "\n\n", "\n"]))
        F(doc, ctx, f)
    if free:
        near(doc, ctx, 1)
    elif rng.random() < 0.4:
        doc.t("\n\n")
        F(doc, ctx, rng.choice(["Regards,\n{r.name}", "Thanks,\n{r.first}", "Best,\n{r.name}\n{r.hp}", "Cheers, {r.first}"]))
    else:
        doc.t(" " + rng.choice(["Thank you.", "Thanks in advance 🙏", "Makasih!", "Please help."]))


LANGS = {
    "jawa": dict(region="jateng", open=["Nuwun sewu, ", "Sugeng enjing admin. ", "Kulanuwun. ", "Lur, ", "Assalamualaikum. ", "Nyuwun sewu ngganggu. "],
                 pii=["o=M k=mother/father :: Kula {r.name} saking {c:desa}. BLT dana desa kangge «simbok|bapak» kula, {k.name}, kok mboten cair-cair, jarene dipotong kaliyan Pak Kadus {o.name} {x:rp}. NIK «simbok|bapak» {k.nik}.",
                      "k=@child :: Anakku {k.name} ora ketampa SMP negeri gara-gara zonasi, padahal omahku nang {r.addr} mung {x:meter} meter saka sekolahan. Lair {k.dob}, berkas wis lengkap kabeh.",
                      "k=grandma/grandpa/mother/father :: Mbah {k.name} ditolak nang {c:hospital}, jarene BPJS-e ora aktif. Nomer kartune {k.bpjs}.",
                      "Sertifikat PTSL atas jenengku {r.name} durung dadi, wis mbayar {x:rp} marang panitia {o.name}. Nek arep konfirmasi, WA wae {r.hp}.",
                      "Omahku nang {r.addr}{r.area}, dalan ngarep omah bolong-bolong wis setaun. Pak Lurah mung janji thok.",
                      "Wonten oknum pegawe Dukcapil, asmane {o.name}, nyuwun arto {x:rp} kangge nyetak KTP-el kula. NIK kula {r.nik}.",
                      "Tagihan listrik omahe {n.hon} {n.name}, tanggane kula, mundhak dadi {x:rp}, padahal omahe kosong.",
                      "o=M :: Aku wis lapor nang Pak RT {o.first} nanging ora ditanggapi. Nomerku {r.hp}, jenengku {r.name}."],
                 free=["Lampu dalan nang {x:road} mati wis seminggu, peteng ndhedhet, akeh begal. Tulung dibenerke.",
                       "Kali nang {c:desa} mampet sampah, {x:rt} kebanjiran terus. Wis lapor nang {x:handle_inst} ning durung ana tanggapan.",
                       "Nyuwun pirsa, BLT DD taun {x:year} kok mung cair {x:small} wulan? Dana desa {x:rp} dienggo apa wae?",
                       "Antrian BPJS nang {c:hospital} dawa banget, wiwit jam 5 esuk. Nomer antrian {x:antre} lagi diceluk jam 11."],
                 close=["Matur nuwun.", "Maturnuwun sanget.", "Suwun.", "Nuwun.", "Matur nuwun sanget, mugi enggal ditindaklanjuti."]),
    "sunda": dict(region="jabar", open=["Punten, ", "Wilujeng enjing. ", "Assalamualaikum, punten ngaganggu. ", "Sampurasun. "],
                  pii=["k=mother :: Abdi {r.name} ti {c:desa}. Bantosan PKH kanggo indung abdi, {k.name}, teu cair ti sasih {x:month}. NIK na {k.nik}.",
                       "k=@child :: Budak abdi, {k.name}, teu katampi di SMP negeri, padahal bumi abdi di {r.addr} caket pisan ka sakola.",
                       "Aya oknum petugas desa, namina {o.name}, menta artos {x:rp} kanggo ngadamel sertipikat PTSL.",
                       "Nomer WA abdi {r.hp}, mangga upami bade konfirmasi.",
                       "o=M :: Kang {o.first} ti PLN nyarios meteran abdi dirusak, teras menta denda {x:rp}. Bumi abdi di {r.addr}{r.area}.",
                       "k=father :: Bapa abdi, {k.name}, lahir {k.dob}, ditolak di {c:hospital} margi BPJS-na teu aktif."],
                  free=["Jalan di {x:road} ruksak parah, seueur nu labuh tina motor. Parantos lapor ka {x:handle_inst} tapi teu aya tanggapan.",
                        "Cai PDAM di lembur kami, {c:desa}, tos {x:small} minggu teu ngocor. Tagihan mah angger {x:rp}.",
                        "Sakola {c:school} menta artos seragam {x:rp}, saurna parentah ti dinas."],
                  close=["Hatur nuhun.", "Hatur nuhun pisan.", "Nuhun.", "Mugia enggal ditindaklanjuti, hatur nuhun."]),
    "minang": dict(region="sumbar", open=["Assalamualaikum. ", "Mohon maaf, ", "Ambo nio malapor. "],
                   pii=["k=mother :: Ambo {r.name}, warga {c:desa}. Bantuan BLT untuak amak ambo, {k.name}, alun juo cair, padohal namonyo ado di daftar. NIK amak {k.nik}.",
                        "k=@child :: Anak ambo {k.name} indak diterimo di SMP negeri dek zonasi. Rumah kami di {r.addr}, dakek bana ka sakola.",
                        "o=M :: Wali nagari indak namuah manjawab. Lah ambo hubungi Pak Sekna, {o.name}, tapi indak ado tanggapan.",
                        "Kok ado nan nio konfirmasi, hubungi ambo di {r.hp}.",
                        "Tanah pusako kaum kami di {c:desa} diklaim dek {n.name}, padohal sertifikat atas namo mamak kami, {s1.name}.",
                        "Urang PLN, {o.name}, datang ka rumah ambo di {r.addr}{r.area} dan mamintak pitih {x:rp}."],
                   free=["Jalan ka {c:desa} lah rusak sajak {x:year}, banyak oto tabaliak. Lah ambo laporkan ka {x:hot_lapor} tapi alun ado tindakan.",
                         "Aia PDAM di {c:kec} indak mangalia lah {x:small} minggu."],
                   close=["Tarimo kasih.", "Tarimokasih banyak.", "Wassalam."]),
    "batak": dict(region="sumut", open=["Horas. ", "Horas admin! ", "Bah, mohon maaf, "],
                  pii=["k=mother :: Au {r.name}, sian {c:desa}. Bantuan PKH ni inang hu, {k.name}, ndang dope ro sian bulan {x:month}. NIK-na {k.nik}.",
                       "k=grandpa/grandma :: Bah, kek mana ini. Tanah opung kami di {c:desa} dipatok si {n.name}, ngakunya dia punya surat. Padahal sertifikat atas nama opung {k.name}.",
                       "k=@child :: Anakku {k.name} ndang dijalo di SMP negeri alani zonasi. Jabu nami di {r.addr}, dekat kali ke sekolah itu.",
                       "Molo adong na naeng konfirmasi, telepon ma tu {r.hp}.",
                       "Oknum di kantor camat, {o.name}, minta uang {x:rp} bah, baru mau diurus KTP-ku. NIK-ku {r.nik}.",
                       "o=M :: Lae {o.first} yang jadi kepala dusun itu nggak pernah bagi beras bantuan. Udah kutanya baik-baik, malah marah dia."],
                  free=["Dalan tu {c:desa} nunga sega, godang lobang. Nga hu lapor tu {x:handle_inst} alai ndang adong balos.",
                        "Bah, lampu jalan di {x:road} mati semua, gelap kali. Udah seminggu ini."],
                  close=["Mauliate.", "Mauliate godang.", "Horas.", "Makasih, Lae."]),
    "bugis": dict(region="sulsel", open=["Tabe', ", "Assalamualaikum, tabe' ", "Permisi ki, "],
                  pii=["k=mother :: saya {r.name} dari {c:desa}. Bantuan PKH mamaku, {k.name}, tidak cair-cairmi sejak {x:month}. NIK-na {k.nik}.",
                       "k=@child :: Itu operator sekolah, {o.name}, minta doi {x:rp} supaya anakku {k.name} masuk SMP negeri. Ededeh, kasihan ki kita orang kecil.",
                       "Rumahku di {r.addr}{r.area}, tidak pernahmi ada air PDAM mengalir, tapi tagihan jalan terus ji.",
                       "Kalau mau konfirmasi, telpon ka saja di {r.hp} nah.",
                       "Daeng {o.first} itu kepala dusun, dia yang ambil beras bantuan, nabilang tidak cukup.",
                       "Motorku {r.plate} natahan polisi, namintai ka {x:rp} baru dikasih keluar. Polisinya namanya {o.name}."],
                  free=["Jalan poros di {x:road} rusak parahmi, banyak lubang besar. Sudahmi dilapor ke {x:handle_inst} tapi tidak ada tanggapan ta.",
                        "Lampu jalan di {c:kec} mati semuami, gelap sekali kalau malam."],
                  close=["Terima kasih ki.", "Makasih banyak, tabe'.", "Wassalam."]),
    "banjar": dict(region="kalsel", open=["Assalamualaikum, ", "Bismillah, ", "Maaf lah, "],
                   pii=["k=mother :: ulun {r.name} matan {c:desa}. Bantuan BPNT gasan uma ulun, {k.name}, kada cair sudah {x:small} bulan. NIK uma {k.nik}.",
                        "k=@child :: Anak ulun {k.name} kada ditarima di SMP negeri, padahal rumah ulun di {r.addr} parak banar lawan sakulah.",
                        "Banyu PDAM kada mengalir di rumah ulun, {r.addr}. Tagihan tatap {x:rp}.",
                        "Amun handak konfirmasi, hubungi haja ulun di {r.hp}.",
                        "Pambakal {o.name} maambil duit BLT warga {x:rp} saurang, alasannya gasan kas desa."],
                   free=["Jalan di {x:road} rusak banar, banyak pengendara tagugur. Mohon ditangani lakas.",
                         "Banyu PDAM di {c:kec} karuh wan bahambau sudah {x:small} hari."],
                   close=["Terima kasih banyak.", "Makasih lah.", "Wassalam."]),
    "bali": dict(region="bali", open=["Om Swastyastu. ", "Om Swastyastu, nunas ampura. ", "Swastyastu. "],
                 pii=["k=mother :: Tiang {r.name} saking {c:desa}. Bantuan BLT anggen meme tiang, {k.name}, durung cair kanti {x:month}. NIK ipun {k.nik}.",
                      "k=@child :: Pianak tiang {k.name} ten katerima ring SMP negeri, yadiastun umah tiang ring {r.addr} paek pisan.",
                      "Petugas {o.name} ngidih pipis {x:rp} anggen ngurus sertifikat tanah tiang.",
                      "Yening wenten sane jagi konfirmasi, dados ngubungin tiang ring {r.hp}.",
                      "o=M :: Bli {o.first}, kelian banjar, ten naenin ngicen informasi indik bantuan."],
                 free=["Jalan ring {x:road} rusak pisan, akeh anak ulung. Sampun kalaporang ring {x:handle_inst}.",
                       "Sampah ring {x:rt} ten kaangkut {x:small} minggu, bon pisan."],
                 close=["Suksma.", "Suksma pisan.", "Om Santih, Santih, Santih, Om."]),
    "papua": dict(region="papua", open=["Selamat siang. ", "Shalom. ", "Tabea, ", "Sa mo lapor. "],
                  pii=["k=mother :: Sa {r.name} dari {c:desa}. Sa pu mama, {k.name}, ditolak di {c:hospital}, dong bilang BPJS su tra aktif. Nomor kartu {k.bpjs}.",
                       "Dana kampung di tempat kami dong tra kasi kelihatan. Kepala kampung {o.name} su pake untuk beli mobil.",
                       "k=@child :: Sa pu anak {k.name} tra bisa masuk SMP karena dong minta uang {x:rp}.",
                       "Kalo mo konfirmasi, telpon sa di {r.hp} saja.",
                       "o=M :: Bapa {o.first} dari distrik bilang KTP sa su jadi, tapi sampe sekarang belum ada. NIK sa {r.nik}.",
                       "Sa pu rumah di {r.addr}, air bersih tra jalan su lama."],
                  free=["Jalan di {x:road} rusak parah, mobil tra bisa lewat. Sa su lapor ke {x:hot_lapor} tapi tra ada respon.",
                        "Puskesmas di {c:kec} tra ada dokter su {x:small} bulan."],
                  close=["Terima kasih.", "Tuhan berkati.", "Makasih banyak, Kaka."]),
    "ambon": dict(region="maluku", open=["Salamat siang. ", "Tabea, ", "Beta mau lapor. "],
                  pii=["k=mother :: Beta {r.name} dari {c:desa}. Beta pung mama, {k.name}, pung bantuan PKH seng cair lai. NIK mama {k.nik}.",
                       "Ale dong tolong lia akang. Raja negeri, {o.name}, pake dana desa par kepentingan pribadi.",
                       "Beta pung rumah di {r.addr}, aer PDAM su seng jalan {x:small} minggu.",
                       "Kalo mau konfirmasi, beta pung nomor {r.hp}.",
                       "k=@child :: Beta pung ana {k.name} seng dapa trima di SMP negeri, padahal rumah dekat skali."],
                  free=["Jalan di {x:road} su rusak lama, seng ada yang perbaiki.",
                        "Lampu jalan di {c:kec} su mati samua, gelap skali."],
                  close=["Danke.", "Danke banyak.", "Trima kasih."]),
    "manado": dict(region="sulut", open=["Syalom. ", "Selamat pagi. ", "Permisi, "],
                   pii=["k=mother :: Kita {r.name} dari {c:desa}. Kita pe mama, {k.name}, nda dapa bantuan PKH lei, padahal so tua. NIK {k.nik}.",
                        "Hukum tua {o.name} ambe doi BLT kong kase pa dia pe kaluarga.",
                        "k=@child :: Kita pe anak {k.name} nda dapa terima di SMP negeri karena zonasi, padahal kita pe rumah di {r.addr} dekat skali.",
                        "Kalu mo konfirmasi, kase kabar pa kita di {r.hp}.",
                        "o=M :: Om {o.first} dari PLN bilang kita pe meteran rusak, minta doi {x:rp}. Kita pe rumah di {r.addr}{r.area}."],
                   free=["Jalan di {x:road} so rusak parah, banyak oto jatuh.",
                         "Aer PDAM di {c:kec} so nda mangalir {x:small} hari."],
                   close=["Makase.", "Makase banyak.", "Tuhan berkati."]),
}
LANG_IDLINE = ["(NIK: {r.nik})", "Nama: {r.name}, HP {r.hp}", "NIK {r.nik}", "WA {r.hp}", "— {r.name}", "Alamat: {r.addr}"]


def make_regional(lang):
    def st(ctx, doc, free):
        rng = ctx.rng
        L = LANGS[lang]
        F(doc, ctx, rng.choice(L["open"]))
        if free:
            for i, f in enumerate(pick(ctx, L["free"], 2)):
                if i:
                    doc.t(" ")
                F(doc, ctx, f)
            near(doc, ctx, rng.randint(1, 2))
        else:
            frames = []
            cand = list(L["pii"])
            rng.shuffle(cand)
            for f in cand:
                if len(frames) >= rng.randint(2, 3):
                    break
                remap = {"o": "o%d" % len(frames), "n": "n%d" % len(frames)} if frames else None
                if ok_frame(ctx, f, remap):
                    frames.append((f, remap))
                    d, _ = split_decl(f)
                    if d:
                        ctx.apply_decl(d, remap)
            # contact-only frames ("call me at ...") go last
            frames.sort(key=lambda fr: 1 if "{r.hp}" in fr[0] and len(SLOT.findall(fr[0])) == 1 else 0)
            for i, (f, remap) in enumerate(frames):
                if i:
                    doc.t(rng.choice([" ", "\n"]))
                F(doc, ctx, f, remap=remap)
            if rng.random() < 0.45:
                doc.t(rng.choice([" ", "\n"]))
                F(doc, ctx, rng.choice(LANG_IDLINE))
            if rng.random() < 0.25:
                doc.t(" ")
                near(doc, ctx, 1, sep="")
        doc.t(rng.choice([" ", "\n"]) + rng.choice(L["close"]))
    return st


SHORT_PII = [
    "KTP-el a.n. {r.name} blm jadi {x:small} bln", "NIK {r.nik} dipakai pinjol, tlg",
    "WA sy {r.hp} diteror DC pinjol", "Nopol {r.plate} kena ETLE padahal di rumah",
    "BPJS {r.bpjs} nonaktif tiba2", "k=@pmi :: paspor {k.pas} ditahan agen", "Kades {o.name} potong BLT {x:rp}",
    "o=M :: Pak RT {o.first} minta uang surat pengantar", "Rumah sy {r.addr} banjir tiap hujan",
    "email sy {r.email} dicatut", "NPWP {r.npwp} tunggakan fiktif", "NIP {r.nip}, gaji ke-13 blm masuk",
    "Tgl lahir sy {r.dob}, di KTP salah", "IG {o.ig} sebar foto KTP saya", "KK {r.kk} blm dicetak ulang",
    "rek {r.bank} {r.rek} blm trm BLT", "{o.name} minta Rp50rb tiap KPM", "HP {o.hp} penipu ngaku Dukcapil",
    "Plat merah {o.plate} dipakai ke mall", "Sy {r.name}, ijazah ditahan sekolah",
]
SHORT_FREE = [
    "Lampu PJU {x:road} mati", "Tiket {x:tiket7} blm direspon", "Call center {x:hot_dukcapil} tdk aktif",
    "Jalan rusak di {x:road} km {x:km}", "BLT DD tahap {x:small} blm cair", "Pungli {x:rp} di Samsat",
    "PDAM {c:kec} mati {x:small} hari", "NIK saya sudah dicek, tetap ditolak", "Laporan {x:tiket16} kok ditutup?",
    "{x:kkcount} KK blm dapat air bersih", "{x:handle_inst} tolong balas DM", "Sesuai {x:regu}, mana tindak lanjutnya?",
]


def st_short(ctx, doc, free):
    rng = ctx.rng
    f = pick(ctx, SHORT_FREE if free else SHORT_PII, 1)[0]
    F(doc, ctx, f)
    if rng.random() < 0.3:
        doc.t(rng.choice([" 🙏", "!!", " min", ".", "??"]))


def st_long(ctx, doc, free):
    rng = ctx.rng
    inst = rng.choice(["Bupati " + ctx.kota_name if ctx.kota.startswith("Kab") else "Wali Kota " + ctx.kota_name,
                       "Kepala Ombudsman RI Perwakilan", "Pengelola SP4N-LAPOR!", "Inspektur Daerah " + ctx.kota])
    doc.t("Kepada Yth.\n%s\ndi tempat\n\nPerihal: Pengaduan %s\n\nDengan hormat,\n\n" % (inst, T[ctx.topic]["cat"]))
    topics2 = [ctx.topic] + rng.sample([t for t in TOPIC_KEYS if t != ctx.topic], 1)
    if not free:
        doc.t("Saya yang bertanda tangan di bawah ini:\n")
        idb(doc, ctx, "r", ["name"] + id_items(ctx, ["nik", "addr", "hp"], rng.randint(3, 5)), layout="lines")
        doc.t("\ndengan ini menyampaikan pengaduan sebagai berikut.\n\n")
    else:
        doc.t("Kami, perwakilan warga %s %s, dengan ini menyampaikan pengaduan sebagai berikut.\n\n" % (X["rt"](ctx), ctx.desa))
    target = rng.randint(1300, 1900)
    others = [t for t in TOPIC_KEYS if t not in topics2]
    rng.shuffle(others)
    i = 0
    while True:
        tk = topics2[i] if i < len(topics2) else others[i - len(topics2)]
        n = body(doc, ctx, free, rng.randint(2, 4), sep=" ", topic=tk)
        if n:
            doc.t("\n\n")
        i += 1
        if i >= 2 and len("".join(x for _, x, _ in doc.parts).encode("utf-8")) >= target:
            break
        if i >= 7:
            break
    doc.t(rng.choice(["Kronologi:\n", "Adapun kronologinya:\n", "Urutan kejadian:\n"]))
    base = rand_date(rng, 2023, 2025)
    items = pick(ctx, CHRONO_FREE if free else CHRONO_PII, rng.randint(3, 6))
    for i, it in enumerate(items):
        doc.t("%d. " % (i + 1))
        doc.lk(chrono_date(ctx, i, base))
        doc.t(": ")
        F(doc, ctx, it)
        doc.t("\n")
    doc.t("\n")
    near(doc, ctx, rng.randint(2, 3), sep="\n")
    doc.t("\n\nAtas dasar hal tersebut, kami memohon:\n")
    for i, d in enumerate(rng.sample(["dilakukan pemeriksaan oleh Inspektorat;", "oknum yang terlibat diberi sanksi tegas;",
                                      "hak warga dikembalikan;", "kami mendapat jawaban tertulis;",
                                      "identitas pelapor dilindungi;", "dilakukan audit penggunaan anggaran;"], rng.randint(2, 4))):
        doc.t("%d. %s\n" % (i + 1, d))
    doc.t("\nDemikian pengaduan ini kami sampaikan. Atas perhatian Bapak/Ibu kami ucapkan terima kasih.\n\n")
    doc.t("%s, " % ctx.kota_name)
    doc.lk(X["date"](ctx))
    if free:
        doc.t("\n\nHormat kami,\nPerwakilan warga\n\n(tanda tangan terlampir)\n\nTembusan:\n1. Camat %s\n2. Arsip" % ctx.kec_name)
    else:
        doc.t("\n\nHormat saya,\n\n\n")
        F(doc, ctx, rng.choice(["{r.name}", "{r.NAME}", "( {r.name} )"]))
        if rng.random() < 0.5:
            doc.t("\n\nSaksi:\n")
            F(doc, ctx, "1. {s1.name}\n2. {s2.name}")
        doc.t("\n\nTembusan:\n1. Camat %s\n2. Ombudsman RI\n3. Arsip" % ctx.kec_name)
    text = "".join(s for _, s, _ in doc.parts)
    nb = len(text.encode("utf-8"))
    if nb < 2100 or nb > 4000:
        raise Retry()


# ============================================================================================
# Style table: name, texts, PII-free texts, generator, fixed region (regional languages)
# ============================================================================================
STYLES = [
    ("gform-csv", 20, 3, st_csv, None),
    ("email-thread", 20, 4, st_email, None),
    ("wa-forward", 22, 4, st_wa, None),
    ("voice-note", 16, 3, st_voice, None),
    ("x-thread", 18, 4, st_x, None),
    ("fb-thread", 14, 3, st_fb, None),
    ("ig-caption", 12, 3, st_ig, None),
    ("rt-letter", 20, 4, st_letter, None),
    ("chronology", 18, 3, st_chrono, None),
    ("sms1708", 20, 4, st_sms, None),
    ("ocr-form", 16, 3, st_ocr, None),
    ("allcaps", 12, 3, st_allcaps, None),
    ("lowercase", 12, 3, st_lowercase, None),
    ("english-mix", 14, 3, st_en, None),
    ("jawa", 14, 3, make_regional("jawa"), "jateng"),
    ("sunda", 12, 2, make_regional("sunda"), "jabar"),
    ("minang", 10, 2, make_regional("minang"), "sumbar"),
    ("batak", 10, 2, make_regional("batak"), "sumut"),
    ("bugis-makassar", 10, 2, make_regional("bugis"), "sulsel"),
    ("banjar", 9, 2, make_regional("banjar"), "kalsel"),
    ("bali", 10, 2, make_regional("bali"), "bali"),
    ("papua", 10, 2, make_regional("papua"), "papua"),
    ("ambon", 8, 2, make_regional("ambon"), "maluku"),
    ("manado", 9, 2, make_regional("manado"), "sulut"),
    ("short", 24, 5, st_short, None),
    ("long", 16, 2, st_long, None),
    ("webform", 14, 3, st_webform, None),
    ("roster", 10, 2, st_roster, None),
]
REGION_W = {"jabar": 12, "jateng": 10, "jatim": 10, "dki": 6, "banten": 4, "sumut": 6, "sulsel": 5,
            "diy": 3, "lampung": 3, "sumsel": 3, "riau": 2, "kepri": 2, "sumbar": 3, "aceh": 3,
            "bali": 3, "ntb": 3, "ntt": 3, "kalbar": 3, "kalteng": 2, "kalsel": 3, "kaltim": 2,
            "sulut": 2, "sultra": 2, "maluku": 2, "papua": 2}


# ============================================================================================
# Generation
# ============================================================================================
def build():
    master = random.Random(SEED)
    jobs = []
    for name, n, nf, fn, reg in STYLES:
        jobs += [(name, i < nf) for i in range(n)]
    assert len(jobs) == 400, len(jobs)
    master.shuffle(jobs)
    sty = {s[0]: s for s in STYLES}
    rkeys = sorted(REGION_W)
    records, meta = [], []
    for idx, (style, free) in enumerate(jobs, 1):
        _, _, _, fn, reg = sty[style]
        for attempt in range(200):
            rng = random.Random("%d:%d:%s:%d" % (SEED, idx, style, attempt))
            region = reg or wchoice(rng, [(k, REGION_W[k]) for k in rkeys])
            topic = rng.choice(TOPIC_KEYS)
            ctx = Ctx(rng, region, style, free, topic=topic)
            ctx.reg_key = T[topic]["reg"]
            if topic == "taspen":
                ctx.ages["r"] = (57, 79)
            doc = Doc()
            try:
                fn(ctx, doc, free)
            except Retry:
                continue
            text, spans, looks, vals = render(doc, ctx)
            text_stripped = text.strip()
            if text_stripped != text:      # keep records free of leading/trailing blanks
                lead = len(text) - len(text.lstrip())
                text = text_stripped
                spans = [{"start": s["start"] - lead, "end": s["end"] - lead, "label": s["label"]} for s in spans]
                looks = [(a - lead, b - lead) for a, b in looks]
                if any(s["end"] > len(text) or s["start"] < 0 for s in spans):
                    continue
            if free and spans:
                raise AssertionError("PII-free %s produced spans" % style)
            if not free and not spans:
                continue
            if style == "short" and len(text) >= 60:
                continue
            if free and len(looks) < 2:
                continue
            break
        else:
            raise RuntimeError("could not build record %d (%s)" % (idx, style))
        rid = "t13-%04d-%s" % (idx, style)
        records.append({"id": rid, "text": text, "spans": spans})
        meta.append({"style": style, "free": free, "looks": looks, "vals": vals})
    return records, meta


# ============================================================================================
# Validation
# ============================================================================================
DESIGNATORS = ("jl.", "jl ", "jln.", "jalan ", "gg.", "gg ", "gang ", "lr.", "lorong ", "perum", "komp.",
               "kompleks ", "btn ", "dusun ", "dsn.", "dsn ", "jorong ", "kp.", "kampung ", "rt", "dk.")
RE = {
    "EMAIL": re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$"),
    "HANDLE": re.compile(r"^@[A-Za-z0-9_.]{2,30}$"),
    "PLATE": re.compile(r"^[A-Za-z]{1,2}[ -]?\d{1,4}[ -]?[A-Za-z]{1,3}$"),
    "PASSPORT": re.compile(r"^[A-Za-z] ?\d{7}$"),
}


def _date_ok(dd, mm, yy):
    try:
        date(2000 + yy if yy < 30 else 1900 + yy, mm, dd)
        return True
    except ValueError:
        return False


def parse_dob(v):
    v = v.strip()
    m = re.fullmatch(r"(\d{1,2})[ ]([A-Za-z]+)[ ](\d{4})", v)
    if m:
        mon = m.group(2).lower()
        names = [x.lower() for x in MONTHS + MONTHS_ABBR + MONTHS_EN]
        return mon in names
    m = re.fullmatch(r"(\d{2})[-/.](\d{2})[-/.](\d{4})", v)
    if m:
        return 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(1)) <= 31
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v)
    if m:
        return 1 <= int(m.group(2)) <= 12
    return False


def check_value(lab, v):
    d = re.sub(r"\D", "", v)
    if lab == "NIK":
        if len(d) not in (15, 16, 17) or int(d[:2]) not in PROV_CODES:
            return "bad NIK"
        if len(d) == 16:
            dd, mm, yy = int(d[6:8]), int(d[8:10]), int(d[10:12])
            if dd > 40:
                dd -= 40
            if not _date_ok(dd, mm, yy):
                return "NIK date"
        if re.search(r"[^\d .-]", v):
            return "NIK chars"
    elif lab == "KK":
        if len(d) != 16 or int(d[:2]) not in PROV_CODES or not _date_ok(int(d[6:8]), int(d[8:10]), int(d[10:12])):
            return "bad KK"
    elif lab == "NPWP":
        if len(d) == 15:
            if not (4 <= int(d[:2]) <= 9 and d[-3:] == "000"):
                return "bad NPWP15"
        elif len(d) == 16:
            if not (d[0] == "0" and 4 <= int(d[1:3]) <= 9) and int(d[:2]) not in PROV_CODES:
                return "bad NPWP16"
        else:
            return "bad NPWP len"
    elif lab == "PHONE":
        if not (9 <= len(d) <= 15) or re.search(r"[^\d +().-]", v):
            return "bad PHONE"
    elif lab == "BPJS":
        if len(d) != 13 or not d.startswith("000"):
            return "bad BPJS"
    elif lab == "NIP":
        if len(d) != 18 or d[14] not in "12" or not _date_ok(int(d[6:8]), int(d[4:6]), int(d[2:4])):
            return "bad NIP"
    elif lab == "BANK_ACCOUNT":
        if not (10 <= len(d) <= 16) or re.search(r"[^\d -]", v):
            return "bad BANK"
    elif lab in RE:
        if not RE[lab].match(v):
            return "bad " + lab
    elif lab == "DATE_OF_BIRTH":
        if not parse_dob(v):
            return "bad DOB"
    elif lab == "ADDRESS":
        if not v.lower().startswith(DESIGNATORS):
            return "bad ADDRESS start"
    elif lab == "PERSON":
        toks = v.split()
        if not toks or toks[0].lower() in HON_FIRST_TOKENS:
            return "PERSON starts with honorific"
        if re.search(r",|\bS\.(Pd|H|E|Sos|T|Kom|Ag)\b|\bM\.(Si|Pd|H)\b", v):
            return "PERSON contains degree"
        if re.search(r"\d", v):
            return "PERSON has digit"
    return None


def validate(records, meta):
    errs = []
    ids = set()
    for rec, m in zip(records, meta):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        e = lambda msg: errs.append("%s: %s" % (rid, msg))
        if not re.fullmatch(r"t13-\d{4}-[a-z0-9-]+", rid) or rid in ids:
            e("bad/duplicate id")
        ids.add(rid)
        if any(ch in text for ch in "«»{}"):
            e("template residue")
        if not text or text != text.strip():
            e("empty or padded text")
        prev = 0
        covered = [False] * len(text)
        if len(spans) != len(m["vals"]):
            e("span/value count mismatch")
        for s, val in zip(spans, m["vals"]):
            st, en, lab = s["start"], s["end"], s["label"]
            if lab not in LABELS:
                e("label " + lab)
            if not (0 <= st < en <= len(text)):
                e("offsets %r" % s)
                continue
            if st < prev:
                e("unsorted/overlap at %d" % st)
            prev = en
            v = text[st:en]
            if v != val:
                e("span text %r != inserted %r" % (v, val))
            if v != v.strip():
                e("span with edge whitespace %r" % v)
            if st > 0 and text[st - 1].isalnum():
                e("glued before %r" % text[max(0, st - 5):en])
            if en < len(text) and text[en].isalnum():
                e("glued after %r" % text[st:en + 5])
            msg = check_value(lab, v)
            if msg:
                e("%s: %r" % (msg, v))
            for i in range(st, en):
                covered[i] = True
        if m["free"] and spans:
            e("PII-free text has spans")
        if not m["free"] and not spans:
            e("PII text without spans")
        look = [False] * len(text)
        for a, b in m["looks"]:
            for i in range(a, b):
                look[i] = True
        for mm in re.finditer(r"\d{9,}", text):
            for i in range(mm.start(), mm.end()):
                if not covered[i] and not look[i]:
                    e("undeclared digit run %r" % mm.group(0))
                    break
            if not any(covered[mm.start():mm.end()]) and len(mm.group(0)) == 16 and int(mm.group(0)[:2]) in PROV_CODES:
                e("16-digit look-alike passes the province check %r" % mm.group(0))
        for i, ch in enumerate(text):
            if ch == "@" and not covered[i] and not look[i]:
                e("undeclared @ at %d" % i)
        if m["style"] == "short" and len(text) >= 60:
            e("short text too long")
        if m["style"] == "long" and not (2048 <= len(text.encode("utf-8")) <= 4096):
            e("long text size %d" % len(text.encode("utf-8")))
    return errs


def dump(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def stats_table(records, meta):
    rows = {}
    order = [s[0] for s in STYLES]
    for r, m in zip(records, meta):
        d = rows.setdefault(m["style"], {"n": 0, "free": 0, **{l: 0 for l in LABELS}})
        d["n"] += 1
        d["free"] += 1 if m["free"] else 0
        for s in r["spans"]:
            d[s["label"]] += 1
    short = {"BANK_ACCOUNT": "BANK", "DATE_OF_BIRTH": "DOB", "PASSPORT": "PASSP"}
    out = ["| style | texts | PII-free | " + " | ".join(short.get(l, l) for l in LABELS) + " | spans |",
           "|---|---:|---:|" + "---:|" * (len(LABELS) + 1)]
    tot = {"n": 0, "free": 0, **{l: 0 for l in LABELS}}
    for st in order:
        d = rows[st]
        for k in tot:
            tot[k] += d[k]
        out.append("| %s | %d | %d | %s | %d |" % (st, d["n"], d["free"], " | ".join(str(d[l]) for l in LABELS),
                                                  sum(d[l] for l in LABELS)))
    out.append("| **total** | %d | %d | %s | %d |" % (tot["n"], tot["free"], " | ".join(str(tot[l]) for l in LABELS),
                                                     sum(tot[l] for l in LABELS)))
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--stats", action="store_true", help="print the per-style / per-label table")
    ap.add_argument("--check", action="store_true", help="compare a fresh build with the file on disk")
    ap.add_argument("--out", default=OUT)
    a = ap.parse_args()
    records, meta = build()
    errs = validate(records, meta)
    if errs:
        sys.stderr.write("\n".join(errs[:80]) + "\n%d validation errors\n" % len(errs))
        sys.exit(1)
    data = dump(records).encode("utf-8")
    if a.check:
        with open(a.out, "rb") as f:
            same = f.read() == data
        print("identical" if same else "DIFFERENT")
        sys.exit(0 if same else 1)
    with open(a.out, "wb") as f:
        f.write(data)
    print("wrote %s: %d records, %d spans, sha256 %s" % (a.out, len(records), sum(len(r["spans"]) for r in records),
                                                        hashlib.sha256(data).hexdigest()))
    if a.stats:
        print()
        print(stats_table(records, meta))


if __name__ == "__main__":
    main()
