#!/usr/bin/env python3
"""Generator for the twelfth PII test corpus (held-out measure).

Standard library only, fixed seed, deterministic: running it twice writes a
byte-identical ``twelfth.jsonl`` next to this file.

Written only from the annotation guide (shared/pii/GUIDE.md) and the project's
summary of the conventions (docs/pii.md).  Every text is built from pieces:
plain strings, ``(value, LABEL)`` tuples for gold spans and ``(value, NEAR)``
tuples for deliberate look-alikes (ticket numbers, budgets, institutional
contacts ...) that must stay unlabelled.  Offsets are computed while joining,
and every record is validated before anything is written.

usage: python3 make_twelfth.py [--out PATH] [--stats]
"""
from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 1212_2024
N_RECORDS = 400
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "twelfth.jsonl")

LABELS = ("NIK", "KK", "NPWP", "PHONE", "EMAIL", "PLATE", "BANK_ACCOUNT", "PASSPORT",
          "BPJS", "NIP", "PERSON", "ADDRESS", "DATE_OF_BIRTH", "HANDLE")
NEAR = "~NEAR"          # a deliberate near-miss: rendered as plain text, never a span

R = random.Random(SEED)


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def rint(a, b):
    return R.randint(a, b)


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def V(label, value):
    assert label in LABELS, label
    return (value, label)


def N(value):
    return (value, NEAR)


_PH = re.compile(r"\{(\w+)\}")


def F(tpl, **kw):
    """Format a template whose {slots} are pieces (str, tuple or list)."""
    out, pos = [], 0
    for m in _PH.finditer(tpl):
        out.append(tpl[pos:m.start()])
        out.append(kw[m.group(1)])
        pos = m.end()
    out.append(tpl[pos:])
    return out


def flat(x, acc=None):
    if acc is None:
        acc = []
    if x is None:
        return acc
    if isinstance(x, int):
        acc.append(str(x))
    elif isinstance(x, str):
        if x:
            acc.append(x)
    elif isinstance(x, tuple):
        acc.append(x)
    else:
        for y in x:
            flat(y, acc)
    return acc


def plain_len(pieces):
    return sum(len(p) if isinstance(p, str) else len(p[0]) for p in flat(pieces))


# --------------------------------------------------------------------------------------
# dates
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def rdate(y0, y1):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(rint(start, end))


def fdate(d, style=None):
    style = style or pick(["long", "long", "long0", "abbr", "dash", "dash", "slash", "slash",
                           "dot", "iso", "dash_nz", "slash_nz", "low"])
    if style == "long":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "long0":
        return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"
    if style == "low":
        return f"{d.day} {MONTHS[d.month - 1].lower()} {d.year}"
    if style == "abbr":
        return f"{d.day} {MON3[d.month - 1]} {d.year}"
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "iso":
        return f"{d.year}-{d.month:02d}-{d.day:02d}"
    if style == "dash_nz":
        return f"{d.day}-{d.month}-{d.year}"
    if style == "slash_nz":
        return f"{d.day}/{d.month}/{d.year}"
    if style == "en":
        return f"{MON_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "en2":
        return f"{d.day} {MON_EN[d.month - 1]} {d.year}"
    raise ValueError(style)


def event_date():
    """An incident date: never a birth date."""
    return fdate(rdate(2023, 2025), pick(["long", "long", "dash", "slash", "abbr", "slash_nz"]))


DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]

# --------------------------------------------------------------------------------------
# regions: province + kab/kota code (for NIK/KK), names, kelurahan prefix, plate codes,
# landline area code, hospitals, street pools
REGIONS = {
    "sleman": dict(prov="34", kab="04", city="Sleman", ct="Kab.", kec=["Depok", "Mlati", "Gamping", "Ngaglik", "Moyudan"],
                   kel=["Caturtunggal", "Sinduadi", "Ambarketawang", "Sariharjo", "Sumberagung"], kelp="Desa",
                   plate=["AB"], area="0274", rs=["RSUD Sleman", "RSUP Dr. Sardjito", "RS Panti Rapih"]),
    "klaten": dict(prov="33", kab="10", city="Klaten", ct="Kab.", kec=["Ceper", "Delanggu", "Wedi", "Trucuk"],
                   kel=["Kujon", "Sabrang", "Canan", "Kradenan"], kelp="Desa", plate=["AD"], area="0272",
                   rs=["RSUP dr. Soeradji Tirtonegoro", "RSUD Bagas Waras"]),
    "surabaya": dict(prov="35", kab="78", city="Surabaya", ct="Kota", kec=["Rungkut", "Tambaksari", "Wonokromo", "Semampir"],
                     kel=["Kalirungkut", "Ploso", "Jagir", "Ampel"], kelp="Kel.", plate=["L"], area="031",
                     rs=["RSUD Dr. Soetomo", "RSUD Bhakti Dharma Husada"]),
    "semarang": dict(prov="33", kab="74", city="Semarang", ct="Kota", kec=["Tembalang", "Banyumanik", "Pedurungan"],
                     kel=["Bulusan", "Srondol Wetan", "Tlogosari Kulon"], kelp="Kel.", plate=["H"], area="024",
                     rs=["RSUP Dr. Kariadi", "RSUD K.R.M.T. Wongsonegoro"]),
    "gunungkidul": dict(prov="34", kab="03", city="Gunungkidul", ct="Kab.", kec=["Wonosari", "Playen", "Semanu"],
                        kel=["Baleharjo", "Logandeng", "Ngeposari"], kelp="Desa", plate=["AB"], area="0274",
                        rs=["RSUD Wonosari"]),
    "jember": dict(prov="35", kab="09", city="Jember", ct="Kab.", kec=["Sumbersari", "Kaliwates", "Ambulu"],
                   kel=["Tegal Gede", "Kepatihan", "Sabrang"], kelp="Kel.", plate=["P"], area="0331",
                   rs=["RSD dr. Soebandi"]),
    "bandung": dict(prov="32", kab="73", city="Bandung", ct="Kota", kec=["Sukasari", "Coblong", "Antapani", "Cibiru"],
                    kel=["Sukarasa", "Dago", "Antapani Kidul", "Pasirbiru"], kelp="Kel.", plate=["D"], area="022",
                    rs=["RSUP Dr. Hasan Sadikin", "RSUD Kota Bandung"]),
    "garut": dict(prov="32", kab="05", city="Garut", ct="Kab.", kec=["Tarogong Kidul", "Cibatu", "Bayongbong"],
                  kel=["Sukagalih", "Cibunar", "Sukasenang"], kelp="Desa", plate=["Z"], area="0262",
                  rs=["RSUD dr. Slamet Garut"]),
    "bogor": dict(prov="32", kab="01", city="Bogor", ct="Kab.", kec=["Cibinong", "Citeureup", "Ciawi"],
                  kel=["Pakansari", "Puspanegara", "Bendungan"], kelp="Desa", plate=["F"], area="0251",
                  rs=["RSUD Cibinong", "RSUD Ciawi"]),
    "tasik": dict(prov="32", kab="06", city="Tasikmalaya", ct="Kab.", kec=["Singaparna", "Manonjaya", "Cisayong"],
                  kel=["Cikunir", "Margaluyu", "Sukasetia"], kelp="Desa", plate=["Z"], area="0265",
                  rs=["RSUD SMC Singaparna"]),
    "medan": dict(prov="12", kab="71", city="Medan", ct="Kota", kec=["Medan Johor", "Medan Tembung", "Medan Denai"],
                  kel=["Pangkalan Masyhur", "Bandar Selamat", "Tegal Sari Mandala"], kelp="Kel.", plate=["BK"],
                  area="061", rs=["RSUP H. Adam Malik", "RSUD Dr. Pirngadi"]),
    "toba": dict(prov="12", kab="12", city="Toba", ct="Kab.", kec=["Balige", "Laguboti", "Porsea"],
                 kel=["Napitupulu Bagasan", "Pintubatu", "Pasar Porsea"], kelp="Desa", plate=["BB"], area="0632",
                 rs=["RSUD Porsea"]),
    "taput": dict(prov="12", kab="02", city="Tapanuli Utara", ct="Kab.", kec=["Tarutung", "Siborongborong", "Sipoholon"],
                  kel=["Hutatoruan", "Pasar Siborongborong", "Situmeang Habinsaran"], kelp="Desa", plate=["BB"],
                  area="0633", rs=["RSUD Tarutung"]),
    "bukittinggi": dict(prov="13", kab="75", city="Bukittinggi", ct="Kota", kec=["Guguk Panjang", "Mandiangin Koto Selayan"],
                        kel=["Benteng Pasar Atas", "Campago Ipuh", "Pulai Anak Air"], kelp="Kel.", plate=["BA"],
                        area="0752", rs=["RSUD Dr. Achmad Mochtar"]),
    "padang": dict(prov="13", kab="71", city="Padang", ct="Kota", kec=["Kuranji", "Koto Tangah", "Pauh"],
                   kel=["Kalumbuk", "Lubuk Buaya", "Cupak Tangah"], kelp="Kel.", plate=["BA"], area="0751",
                   rs=["RSUP Dr. M. Djamil", "RSUD dr. Rasidin"]),
    "agam": dict(prov="13", kab="06", city="Agam", ct="Kab.", kec=["IV Koto", "Tilatang Kamang", "Canduang"],
                 kel=["Balingka", "Koto Tangah", "Lasi"], kelp="Nagari", plate=["BA"], area="0752",
                 rs=["RSUD Lubuk Basung"]),
    "makassar": dict(prov="73", kab="71", city="Makassar", ct="Kota", kec=["Tamalanrea", "Panakkukang", "Rappocini", "Tallo"],
                     kel=["Tamalanrea Indah", "Pandang", "Gunung Sari", "Rappokalling"], kelp="Kel.", plate=["DD"],
                     area="0411", rs=["RSUP Dr. Wahidin Sudirohusodo", "RSUD Daya"]),
    "bone": dict(prov="73", kab="08", city="Bone", ct="Kab.", kec=["Tanete Riattang", "Awangpone", "Dua Boccoe"],
                 kel=["Watampone", "Cumpiga", "Pakkasalo"], kelp="Kel.", plate=["DW"], area="0481",
                 rs=["RSUD Tenriawaru"]),
    "gianyar": dict(prov="51", kab="04", city="Gianyar", ct="Kab.", kec=["Ubud", "Sukawati", "Blahbatuh"],
                    kel=["Peliatan", "Batubulan", "Bona"], kelp="Desa", plate=["DK"], area="0361",
                    rs=["RSUD Sanjiwani"]),
    "denpasar": dict(prov="51", kab="71", city="Denpasar", ct="Kota", kec=["Denpasar Barat", "Denpasar Selatan"],
                     kel=["Pemecutan", "Sesetan", "Panjer"], kelp="Kel.", plate=["DK"], area="0361",
                     rs=["RSUP Prof. Dr. I.G.N.G. Ngoerah", "RSUD Wangaya"]),
    "buleleng": dict(prov="51", kab="08", city="Buleleng", ct="Kab.", kec=["Seririt", "Sawan", "Banjar"],
                     kel=["Pangkung Paruk", "Sangsit", "Kaliasem"], kelp="Desa", plate=["DK"], area="0362",
                     rs=["RSUD Buleleng"]),
    "manado": dict(prov="71", kab="71", city="Manado", ct="Kota", kec=["Wanea", "Malalayang", "Tikala"],
                   kel=["Ranotana", "Bahu", "Taas"], kelp="Kel.", plate=["DB"], area="0431",
                   rs=["RSUP Prof. Dr. R. D. Kandou", "RSUD Kota Manado"]),
    "minahasa": dict(prov="71", kab="02", city="Minahasa", ct="Kab.", kec=["Tondano Barat", "Kakas", "Langowan Timur"],
                     kel=["Wewelen", "Tounelet", "Amongena"], kelp="Desa", plate=["DB"], area="0431",
                     rs=["RSUD Sam Ratulangi Tondano"]),
    "ambon": dict(prov="81", kab="71", city="Ambon", ct="Kota", kec=["Sirimau", "Nusaniwe", "Baguala"],
                  kel=["Batu Merah", "Benteng", "Passo"], kelp="Kel.", plate=["DE"], area="0911",
                  rs=["RSUD Dr. M. Haulussy"]),
    "kupang": dict(prov="53", kab="71", city="Kupang", ct="Kota", kec=["Oebobo", "Maulafa", "Kelapa Lima"],
                   kel=["Oebobo", "Naikolan", "Oesapa"], kelp="Kel.", plate=["DH"], area="0380",
                   rs=["RSUD Prof. Dr. W. Z. Johannes"]),
    "tts": dict(prov="53", kab="04", city="Timor Tengah Selatan", ct="Kab.", kec=["Soe", "Amanuban Barat", "Mollo Utara"],
                kel=["Kampung Baru", "Nulle", "Netpala"], kelp="Desa", plate=["DH"], area="0388",
                rs=["RSUD Soe"]),
    "jayapura": dict(prov="91", kab="71", city="Jayapura", ct="Kota", kec=["Abepura", "Heram", "Jayapura Selatan"],
                     kel=["Kota Baru", "Hedam", "Entrop"], kelp="Kel.", plate=["PA"], area="0967",
                     rs=["RSUD Dok II Jayapura", "RSUD Abepura"]),
    "wamena": dict(prov="95", kab="01", city="Jayawijaya", ct="Kab.", kec=["Wamena", "Hubikosi"],
                   kel=["Wamena Kota", "Sinakma"], kelp="Kel.", plate=["PA"], area="0969",
                   rs=["RSUD Wamena"]),
    "jakbar": dict(prov="31", kab="74", city="Jakarta Barat", ct="Kota Adm.", kec=["Tambora", "Taman Sari", "Cengkareng"],
                   kel=["Jembatan Lima", "Glodok", "Kapuk"], kelp="Kel.", plate=["B"], area="021",
                   rs=["RSUD Tarakan", "RSUD Cengkareng"]),
    "jaktim": dict(prov="31", kab="72", city="Jakarta Timur", ct="Kota Adm.", kec=["Jatinegara", "Duren Sawit", "Cakung"],
                   kel=["Cawang", "Pondok Bambu", "Pulo Gebang"], kelp="Kel.", plate=["B"], area="021",
                   rs=["RSUD Budhi Asih", "RSUD Duren Sawit"]),
    "pontianak": dict(prov="61", kab="71", city="Pontianak", ct="Kota", kec=["Pontianak Barat", "Pontianak Timur"],
                      kel=["Sungai Jawi Luar", "Tambelan Sampit"], kelp="Kel.", plate=["KB"], area="0561",
                      rs=["RSUD dr. Soedarso"]),
    "tangerang": dict(prov="36", kab="71", city="Tangerang", ct="Kota", kec=["Ciledug", "Karawaci", "Cipondoh"],
                      kel=["Sudimara Timur", "Nusajaya", "Poris Plawad"], kelp="Kel.", plate=["B"], area="021",
                      rs=["RSUD Kota Tangerang"]),
    "bandaaceh": dict(prov="11", kab="71", city="Banda Aceh", ct="Kota", kec=["Kuta Alam", "Syiah Kuala", "Meuraxa"],
                      kel=["Lampulo", "Kopelma Darussalam", "Ulee Lheue"], kelp="Gampong", plate=["BL"], area="0651",
                      rs=["RSUD dr. Zainoel Abidin", "RSUD Meuraxa"]),
    "baubau": dict(prov="74", kab="72", city="Baubau", ct="Kota", kec=["Wolio", "Betoambari", "Murhum"],
                   kel=["Wale", "Lipu", "Wajo"], kelp="Kel.", plate=["DT"], area="0402",
                   rs=["RSUD Palagimata"]),
    "samarinda": dict(prov="64", kab="72", city="Samarinda", ct="Kota", kec=["Sungai Kunjang", "Samarinda Ulu", "Palaran"],
                      kel=["Loa Bakung", "Air Putih", "Rawa Makmur"], kelp="Kel.", plate=["KT"], area="0541",
                      rs=["RSUD Abdul Wahab Sjahranie"]),
    "banjarmasin": dict(prov="63", kab="71", city="Banjarmasin", ct="Kota", kec=["Banjarmasin Utara", "Banjarmasin Timur"],
                        kel=["Sungai Miai", "Kuripan"], kelp="Kel.", plate=["DA"], area="0511",
                        rs=["RSUD Ulin"]),
    "palembang": dict(prov="16", kab="71", city="Palembang", ct="Kota", kec=["Ilir Timur II", "Seberang Ulu I", "Kemuning"],
                      kel=["Lawang Kidul", "Tuan Kentang", "Pipa Reja"], kelp="Kel.", plate=["BG"], area="0711",
                      rs=["RSUP Dr. Mohammad Hoesin", "RSUD Bari"]),
}

ETH_REG = {
    "jawa": ["sleman", "klaten", "surabaya", "semarang", "gunungkidul", "jember"],
    "jawa_k": ["sleman", "semarang", "klaten", "surabaya"],
    "sunda": ["bandung", "garut", "bogor", "tasik"],
    "batak": ["medan", "toba", "taput"],
    "minang": ["bukittinggi", "padang", "agam"],
    "bugis": ["makassar", "bone"],
    "bali": ["gianyar", "denpasar", "buleleng"],
    "manado": ["manado", "minahasa"],
    "ambon": ["ambon"],
    "ntt": ["kupang", "tts"],
    "papua": ["jayapura", "wamena"],
    "tionghoa": ["jakbar", "pontianak", "medan", "surabaya"],
    "arab": ["jaktim", "tangerang", "surabaya", "palembang"],
    "aceh": ["bandaaceh"],
    "buton": ["baubau"],
    "kalimantan": ["samarinda", "banjarmasin", "pontianak"],
}
ETH_W = (["jawa"] * 6 + ["jawa_k"] * 2 + ["sunda"] * 4 + ["batak"] * 3 + ["minang"] * 3 + ["bugis"] * 3
         + ["bali"] * 3 + ["manado"] * 2 + ["ambon"] * 2 + ["ntt"] * 2 + ["papua"] * 2 + ["tionghoa"] * 2
         + ["arab"] * 2 + ["aceh"] + ["buton"] + ["kalimantan"] * 2)
MUSLIM = {"jawa", "sunda", "minang", "bugis", "arab", "aceh", "buton", "kalimantan"}

# (full name, [call names]) -- all invented; partial names and nicknames are PERSON too
NAMES = {
    "jawa": {
        "m": [("Sutrisno", ["Sutrisno", "Tris"]), ("Wagimin", ["Wagimin", "Gimin"]), ("Suparman", ["Suparman", "Parman"]),
              ("Slamet Riyanto", ["Slamet"]), ("Budi Santoso", ["Budi"]), ("Agus Setiawan", ["Agus"]),
              ("Eko Prasetyo", ["Eko"]), ("Bambang Triyono", ["Bambang"]), ("Joko Susilo", ["Joko"]),
              ("Mulyono", ["Mulyono", "Mul"]), ("Tukiman", ["Tukiman", "Kiman"]), ("Darmaji", ["Darmaji"]),
              ("Sugeng Widodo", ["Sugeng"]), ("Heru Purnomo", ["Heru"]), ("Wahyu Nugroho", ["Wahyu"]),
              ("Paijo", ["Paijo", "Jo"]), ("Sarwono", ["Sarwono", "Sarwo"]), ("Prapto Suwarno", ["Prapto"])],
        "f": [("Sumiati", ["Sumiati", "Sum"]), ("Tukinem", ["Tukinem", "Nem"]), ("Sri Wahyuni", ["Sri", "Yuni"]),
              ("Endang Lestari", ["Endang"]), ("Rina Kusumawati", ["Rina"]), ("Dwi Handayani", ["Dwi", "Handayani"]),
              ("Retno Wulandari", ["Retno", "Wulan"]), ("Partini", ["Partini", "Tini"]), ("Suwarni", ["Suwarni", "Warni"]),
              ("Painem", ["Painem"]), ("Siti Aminah", ["Aminah"]), ("Yuli Astuti", ["Yuli"]),
              ("Wagiyem", ["Wagiyem", "Giyem"]), ("Rukmini", ["Rukmini"])],
    },
    "jawa_k": {
        "m": [("Paulus Widodo", ["Paulus"]), ("Stefanus Hadi Wijaya", ["Stefanus", "Stef"]),
              ("Yohanes Bosco Sumarno", ["Sumarno"]), ("Antonius Suharyanto", ["Anton"]),
              ("Ignatius Priyo Utomo", ["Priyo"]), ("Markus Handoko", ["Markus"])],
        "f": [("Theresia Wulandari", ["Theresia", "Tere"]), ("Agnes Krisnawati", ["Agnes"]),
              ("Fransiska Dewi Anggraini", ["Siska"]), ("Maria Goretti Suyatmi", ["Suyatmi"]),
              ("Lusia Endah Purwanti", ["Endah"]), ("Veronika Tri Rahayu", ["Vero"])],
    },
    "sunda": {
        "m": [("Asep Saepudin", ["Asep"]), ("Ujang Suherman", ["Ujang"]), ("Dede Kurniawan", ["Dede"]),
              ("Cecep Hidayat", ["Cecep"]), ("Dadang Sunarya", ["Dadang"]), ("Yayat Supriatna", ["Yayat"]),
              ("Aceng Ruhiyat", ["Aceng"]), ("Tatang Sutisna", ["Tatang"]), ("Engkus Kusnadi", ["Engkus"]),
              ("Iwan Ridwan", ["Iwan"]), ("Ade Sukmana", ["Ade"])],
        "f": [("Euis Komariah", ["Euis"]), ("Iis Nurhayati", ["Iis"]), ("Neneng Rohaeti", ["Neneng"]),
              ("Enok Sumarni", ["Enok"]), ("Imas Masitoh", ["Imas"]), ("Lilis Suryani", ["Lilis"]),
              ("Cucu Cahyati", ["Cucu"]), ("Yeti Rohayati", ["Yeti"]), ("Nining Kurniasih", ["Nining"])],
    },
    "batak": {
        "m": [("Togar Simanjuntak", ["Togar", "Simanjuntak"]), ("Marulak Siregar", ["Marulak", "Siregar"]),
              ("Parlindungan Hutagalung", ["Parlin", "Hutagalung"]), ("Hasudungan Lubis", ["Hasudungan"]),
              ("Bonar Pardede", ["Bonar", "Pardede"]), ("Lamhot Sinaga", ["Lamhot"]),
              ("Sahat Panjaitan", ["Sahat", "Panjaitan"]), ("Jonggi Situmorang", ["Jonggi"]),
              ("Maruli Tambunan", ["Maruli"]), ("Binsar Nainggolan", ["Binsar"]),
              ("Yohanes Hutapea", ["Yohanes", "Hutapea"])],
        "f": [("Hotnida br. Silaban", ["Hotnida"]), ("Rosmawati boru Nainggolan", ["Rosmawati", "Ros"]),
              ("Tiurma br. Sitorus", ["Tiurma"]), ("Rotua Manurung", ["Rotua"]),
              ("Junita br. Tampubolon", ["Junita"]), ("Lasmaria Sihombing", ["Lasmaria", "Lasma"]),
              ("Nurcahaya br. Harahap", ["Nurcahaya"]), ("Dormauli Simatupang", ["Dormauli"]),
              ("Masniari boru Pasaribu", ["Masniari"])],
    },
    "minang": {
        "m": [("Afrizal", ["Afrizal", "Ijal"]), ("Syafrizal", ["Syafrizal"]), ("Zulkarnain", ["Zulkarnain", "Zul"]),
              ("Yulizar", ["Yulizar"]), ("Hendri Saputra", ["Hendri"]), ("Rizal Efendi", ["Rizal"]),
              ("Masrul", ["Masrul"]), ("Fadhil Rahman", ["Fadhil"]), ("Edi Candra", ["Edi"]),
              ("Ramli Syafei", ["Ramli"])],
        "f": [("Nofrianti", ["Nofrianti", "Nofri"]), ("Yusmaneli", ["Yusmaneli", "Neli"]), ("Desrita", ["Desrita"]),
              ("Erniwati", ["Erniwati", "Erni"]), ("Fitri Yenti", ["Fitri"]), ("Rosmanidar", ["Rosmanidar"]),
              ("Yelfi Susanti", ["Yelfi"]), ("Nurlela", ["Nurlela"])],
    },
    "bugis": {
        "m": [("Andi Baso Amir", ["Baso", "Andi Baso"]), ("Muh. Arsyad", ["Arsyad"]), ("Abd. Rahman", ["Rahman"]),
              ("Syamsuddin", ["Syamsuddin", "Syam"]), ("Baharuddin", ["Baharuddin", "Bahar"]),
              ("Muh. Ilham Nur", ["Ilham"]), ("Amiruddin", ["Amiruddin", "Amir"]), ("Sudirman Sanre", ["Sanre"]),
              ("Andi Muh. Yusuf", ["Yusuf"])],
        "f": [("St. Aisyah", ["Aisyah"]), ("Sitti Rahmatia", ["Rahmatia"]), ("Nurhaeda", ["Nurhaeda", "Eda"]),
              ("Hasnawati", ["Hasnawati", "Hasna"]), ("Andi Tenri Ajeng", ["Tenri"]), ("Rosmiati", ["Rosmiati"]),
              ("Asriani", ["Asriani", "Ani"]), ("St. Hadijah", ["Hadijah"])],
    },
    "bali": {
        "m": [("I Wayan Sudarta", ["Wayan", "Sudarta"]), ("I Nyoman Sukadana", ["Nyoman", "Sukadana"]),
              ("I Ketut Suardana", ["Ketut", "Suardana"]), ("I Gusti Ngurah Oka", ["Oka"]),
              ("Ida Bagus Putra Manuaba", ["Putra", "Manuaba"]), ("I Komang Adi Saputra", ["Komang", "Adi"]),
              ("I Made Astawa", ["Made", "Astawa"]), ("Cokorda Gede Agung", ["Agung"]),
              ("I Putu Eka Wirawan", ["Putu", "Eka"]), ("Anak Agung Gede Raka", ["Raka"])],
        "f": [("Ni Made Ayu Lestari", ["Ayu"]), ("Ni Ketut Sriani", ["Sriani"]),
              ("Ni Luh Putu Sekarini", ["Sekarini"]), ("Ni Wayan Suastini", ["Suastini"]),
              ("Ni Nyoman Darmini", ["Darmini"]), ("Ni Komang Ayu Widiastuti", ["Widiastuti", "Widi"]),
              ("Ni Luh Gede Sukerti", ["Sukerti"])],
    },
    "manado": {
        "m": [("Jefri Lumenta", ["Jefri"]), ("Frangky Tumbelaka", ["Frangky"]), ("Hendrik Pangemanan", ["Hendrik", "Hengky"]),
              ("Ronald Kalalo", ["Ronald", "Ronal"]), ("Refly Wenas", ["Refly"]), ("Donal Sondakh", ["Donal"]),
              ("Stenly Rumengan", ["Stenly"])],
        "f": [("Meiske Rumondor", ["Meiske"]), ("Novita Tampi", ["Novi"]), ("Olivia Sumampouw", ["Olive"]),
              ("Deisy Mandagi", ["Deisy"]), ("Gretha Rumagit", ["Gretha"]), ("Vonny Liow", ["Vonny"])],
    },
    "ambon": {
        "m": [("Yance Pattipeilohy", ["Yance"]), ("Alex Leiwakabessy", ["Alex"]), ("Nus Latumahina", ["Nus"]),
              ("Ferry Sahusilawane", ["Ferry"]), ("Abdul Latuconsina", ["Dul"]), ("Jopie Tanamal", ["Jopie"])],
        "f": [("Maria Pattiasina", ["Maria"]), ("Christina Sahetapy", ["Christin", "Tina"]), ("Ona Sopacua", ["Ona"]),
              ("Yuli Lekatompessy", ["Yuli"]), ("Hawa Ohorella", ["Hawa"])],
    },
    "ntt": {
        "m": [("Yosef Nahak", ["Yosef", "Ose"]), ("Fransiskus Seran", ["Frans"]), ("Agustinus Tefa", ["Tinus"]),
              ("Marthen Ndun", ["Marthen"]), ("Dominikus Kolo", ["Domi"]), ("Petrus Lake", ["Piter"]),
              ("Anselmus Ola", ["Ansel"]), ("Bernadus Lodo", ["Berni"])],
        "f": [("Maria Goreti Bria", ["Goreti"]), ("Yuliana Benu", ["Yuliana"]), ("Veronika Lusi", ["Lusi"]),
              ("Mariana Tnunay", ["Mariana"]), ("Agnes Hale", ["Agnes"]), ("Oktavina Nomleni", ["Okta"])],
    },
    "papua": {
        "m": [("Yakobus Wenda", ["Yakob", "Wenda"]), ("Marthinus Kogoya", ["Marthinus"]), ("Elias Tabuni", ["Elias"]),
              ("Yulius Rumbiak", ["Yulius"]), ("Obet Kambu", ["Obet"]), ("Demianus Wanimbo", ["Demi"]),
              ("Nikolaus Yeimo", ["Niko"])],
        "f": [("Naomi Wonda", ["Naomi"]), ("Salomina Yikwa", ["Salomina"]), ("Ester Mayor", ["Ester"]),
              ("Yosina Mandowen", ["Yosina"]), ("Ribka Karubaba", ["Ribka"])],
    },
    "tionghoa": {
        "m": [("Liem Hok Seng", ["Hok Seng"]), ("Hendra Gunawan", ["Hendra"]), ("Susanto Wijaya", ["Santo"]),
              ("The Kian Hong", ["Kian Hong"]), ("Go Tjoan Bing", ["Tjoan Bing"]), ("Budiman Halim", ["Acong"]),
              ("Wilson Tanuwijaya", ["Wilson"])],
        "f": [("Tan Siu Lan", ["Siu Lan"]), ("Oei Giok Lan", ["Giok Lan"]), ("Lily Halimah Santoso", ["Lily"]),
              ("Meilani Kurniawan", ["Meilani"]), ("Fransisca Tjandra", ["Sisca"]), ("Linda Gunadi", ["Linda"])],
    },
    "arab": {
        "m": [("Muhammad Fadli bin Abdullah", ["Fadli"]), ("Ahmad Zainuddin Alhabsyi", ["Zainuddin"]),
              ("Abdul Karim Assegaf", ["Karim"]), ("Umar Bawazier", ["Umar"]), ("Hasan Basri", ["Hasan"]),
              ("Salim Baharun", ["Salim"])],
        "f": [("Fatimah binti Umar", ["Fatimah"]), ("Syarifah Aminah Alkaf", ["Ipah"]), ("Nurul Hidayah", ["Nurul"]),
              ("Zainab Alaydrus", ["Zainab"]), ("Aisyah Bahasuan", ["Aisyah"])],
    },
    "aceh": {
        "m": [("Teuku Razali", ["Razali"]), ("Tengku Mahmud", ["Mahmud"]), ("Muhammad Nasir", ["Nasir"]),
              ("Zulfikar Amin", ["Zulfikar"]), ("Teuku Irwansyah", ["Irwansyah"])],
        "f": [("Cut Nurmala", ["Nurmala"]), ("Cut Rahmah", ["Rahmah"]), ("Nurhayati Ismail", ["Nurhayati"]),
              ("Rosnani", ["Rosnani"])],
    },
    "buton": {
        "m": [("La Ode Safiuddin", ["Safiuddin"]), ("La Ode Muh. Yusran", ["Yusran"]), ("La Ode Hamiruddin", ["Hamir"])],
        "f": [("Wa Ode Nurhayati", ["Nur"]), ("Wa Ode Sitti Hasmina", ["Hasmina"]), ("Wa Ode Fitriani", ["Fitriani"])],
    },
    "kalimantan": {
        "m": [("Muhammad Rusdi", ["Rusdi"]), ("Antonius Dumat", ["Dumat"]), ("Rahmadi", ["Rahmadi", "Madi"]),
              ("Gusti Syahrani", ["Syahrani"]), ("Yohanes Ingan", ["Ingan"])],
        "f": [("Siti Rabiah", ["Rabiah"]), ("Yuliana Iyang", ["Iyang"]), ("Normah", ["Normah"]),
              ("Noorhayati", ["Noorhayati", "Ayat"])],
    },
}

HON_COMMON = {"m": ["Bapak", "Pak", "Pak", "Bpk.", "Sdr."], "f": ["Ibu", "Bu", "Bu", "Sdri."]}
HON_REG = {
    "jawa": {"m": ["Mas", "Mbah", "Cak"], "f": ["Mbak", "Mbok", "Mbah"]},
    "jawa_k": {"m": ["Mas", "Pak"], "f": ["Mbak", "Bu"]},
    "sunda": {"m": ["Kang", "Abah", "Mang"], "f": ["Teh", "Ambu", "Ceu"]},
    "batak": {"m": ["Bang", "Amang", "Opung"], "f": ["Kak", "Inang", "Namboru"]},
    "minang": {"m": ["Uda", "Ajo"], "f": ["Uni", "Etek"]},
    "bugis": {"m": ["Daeng", "Puang"], "f": ["Puang", "Kak"]},
    "bali": {"m": ["Bli", "Bli"], "f": ["Mbok", "Mbok"]},
    "manado": {"m": ["Om", "Opa", "Bung"], "f": ["Tante", "Oma"]},
    "ambon": {"m": ["Bung", "Om", "Bapa"], "f": ["Usi", "Mama", "Tante"]},
    "ntt": {"m": ["Om", "Bapa", "Kaka"], "f": ["Mama", "Kaka"]},
    "papua": {"m": ["Bapa", "Kaka", "Om"], "f": ["Mama", "Kaka"]},
    "tionghoa": {"m": ["Ko", "Koh", "Engkoh"], "f": ["Ci", "Cici"]},
    "arab": {"m": ["Ustaz", "Bang"], "f": ["Ustazah", "Kak"]},
    "aceh": {"m": ["Bang"], "f": ["Kak"]},
    "buton": {"m": ["Bapak"], "f": ["Ibu"]},
    "kalimantan": {"m": ["Bang", "Pak"], "f": ["Acil", "Kak"]},
}
DEGREES = ["S.Pd.", "S.H.", "M.Kes.", "S.Kep.", "S.E.", "M.M.", "S.Sos.", "A.Md.", "S.T.", "M.Pd.", "S.Ag.",
           "S.IP.", "M.Si.", "S.Kom.", "A.Md.Keb.", "S.Pd.I.", "M.H.", "S.Tr.Keb."]
RANKS = ["Aipda", "Bripka", "Brigpol", "Briptu", "Aiptu", "Ipda", "Iptu", "AKP", "Bripda"]

STREETS = ["Kenanga", "Melati", "Mawar", "Flamboyan", "Cempaka", "Anggrek", "Merpati", "Kutilang", "Pemuda",
           "Merdeka", "Cendana", "Nangka", "Sawo", "Durian", "Beringin", "Pelita", "Damai", "Sejahtera", "Bakti",
           "Karya Bakti", "Sukun", "Pramuka", "Veteran", "Rajawali", "Kelapa Gading", "Dahlia", "Teratai",
           "Jenderal Sudirman", "Diponegoro", "Ahmad Yani", "Pattimura", "Imam Bonjol", "Teuku Umar", "Hasanuddin",
           "Kartini", "Dewi Sartika", "Sam Ratulangi", "Gatot Subroto", "Raya Lembang", "Kaliurang",
           "Perintis Kemerdekaan", "Urip Sumoharjo", "Yos Sudarso", "Trikora", "Samratulangi"]
GANGS = ["Mawar III", "Melati II", "Kelinci", "Buntu", "Masjid", "Langgar", "Pelita 5", "Kamboja Ujung", "Sawo 2",
         "Sepakat", "Rukun", "Family", "Swadaya IV", "Haji Ali", "Mesjid Raya", "Cemara"]
COMPLEX = ["Griya Asri", "Bumi Indah", "Villa Mutiara", "Permata Hijau", "Puri Kencana", "Taman Sari Indah",
           "Graha Sentosa", "Bukit Indah", "Citra Harmoni", "Pesona Alam", "Mutiara Biru", "Griya Permai",
           "Tamalanrea", "Antang Permai", "Pondok Jati"]
HAMLETS = ["Krajan", "Sumberrejo", "Ngasem", "Karanganyar", "Jetis", "Kedungsari", "Tegalrejo", "Gondang",
           "Cibeureum", "Sukamanah", "Cikadu", "Pasirjati", "Bojong", "Pulo", "Kauman", "Sidomulyo", "Bontoa",
           "Tanjung Sari", "Lamuri", "Sipogu"]
HAMLET_BY_ETH = {
    "jawa": ["Krajan", "Sumberrejo", "Ngasem", "Karanganyar", "Jetis", "Kedungsari", "Tegalrejo", "Gondang", "Kauman",
             "Sidomulyo"],
    "sunda": ["Cibeureum", "Sukamanah", "Cikadu", "Pasirjati", "Bojong", "Pulo", "Cijerah", "Babakan"],
    "batak": ["Sipogu", "Lumban Julu", "Sosor Dolok", "Huta Bagasan"],
    "bugis": ["Bontoa", "Lamuri", "Bulu Lohe", "Kampung Beru"],
    "ntt": ["Oelbiteno", "Naibonat", "Oefafi"],
    "aceh": ["Meunasah Baro", "Lam Ara"],
}
HAMLET_GENERIC = ["Tanjung Sari", "Sidomulyo", "Sukamaju", "Mekar Sari", "Harapan Jaya", "Sumber Agung"]


def hamlet(eth):
    pool = HAMLET_BY_ETH.get("jawa" if eth == "jawa_k" else eth, HAMLET_GENERIC)
    return pick(pool if chance(0.85) else HAMLET_GENERIC)


JORONG = ["Koto Tuo", "Pincuran Gadang", "Surau Lauik", "Balai Gurah", "Koto Panjang", "Kubang Putiah"]
BANJAR = ["Tengah", "Kaja", "Tegal", "Pekandelan", "Dangin Peken", "Kelod Kauh", "Buruan"]
LINGK = ["Bontoala", "Kampung Baru", "Mattoanging", "Tamalate", "Pasar Lama", "Oesao"]
LORONG = ["Damai", "Sepakat", "Langgar", "Kebun Sayur", "Pancasila", "Hikmah"]

ORGS_PMI = ["PT Sinar Jaya Abadi", "PT Bintang Mulia Sejahtera", "PT Karya Insani Mandiri", "LPK Cahaya Timur",
            "PT Duta Bangsa Perkasa"]
SCHOOLS = ["SD Negeri 1 {kel}", "SMP Negeri 2 {city}", "SMA Negeri 1 {city}", "SMK Negeri 3 {city}", "MTs Negeri 2 {city}",
           "SD Inpres {kel}", "SMP Kristen Eben Haezer", "SMA Santo Yosef", "SD Muhammadiyah {kel}",
           "SD Negeri Ki Hajar Dewantara", "MA Sunan Kalijaga", "SMK Diponegoro {city}", "SMP Kartini {city}",
           "SMA Taman Siswa {city}", "SMP Negeri 5 {city}", "SD Negeri 4 {kel}"]

# hotlines, regulations, ticket numbers -- near-misses
HOTLINES = ["112", "123", "165", "1708", "1500200", "110", "119", "1500046", "171"]
REGS = ["Permendagri No. 73 Tahun 2022", "Permendagri 108/2019", "UU No. 25 Tahun 2009", "UU 6/2014",
        "PP No. 43 Tahun 2014", "Perpres 76/2013", "Permensos No. 1 Tahun 2018", "Permendikbud No. 1 Tahun 2021",
        "Permendesa PDTT No. 7 Tahun 2023", "Perda No. 4 Tahun 2019", "Permenkes 28/2014", "Perpres 82/2018",
        "UU No. 24 Tahun 2013", "UU 23/2006", "PMK 112/PMK.03/2022", "Perbup No. 11 Tahun 2023",
        "Permendikbudristek No. 47 Tahun 2023", "UU 27/2022", "Permendagri No. 109 Tahun 2019",
        "Peraturan BPJS Kesehatan No. 6 Tahun 2018", "Permen PANRB No. 62 Tahun 2018"]


def region_code():
    """A Kemendagri village code (10 digits, dotted or not): area level, not PII."""
    r = free_region()
    k = f"{r['prov']}{r['kab']}{rint(1, 20):02d}{rint(2001, 2030)}"
    return pick([k, f"{k[:2]}.{k[2:4]}.{k[4:6]}.{k[6:]}"])


def reg_ref():
    return pick(REGS)


def ticket_hash():
    return "#" + str(rint(1000000, 9999999))


def ticket16():
    """A 16-digit LAPOR! tracking id: starts with a year, so no province code."""
    return pick(["2023", "2024", "2025"]) + f"{rint(1, 12):02d}{rint(1, 28):02d}" + digits(8)


def ticket8():
    return str(rint(10000000, 99999999))


def money(lo, hi, step=1000):
    v = rint(lo // step, hi // step) * step
    s = f"{v:,}".replace(",", ".")
    return pick(["Rp ", "Rp", "Rp. ", "Rp "]) + s + pick(["", "", "", ",-"])


def money_short():
    return pick(["Rp1,5 juta", "Rp 2 juta", "Rp 500 ribu", "Rp 300rb", "150rb", "Rp 2,3 miliar",
                 "Rp 50.000", "Rp 100 ribu", "Rp 750 rb", "Rp 1,2 M", "Rp 25 juta"])


# --------------------------------------------------------------------------------------
# value formats
MOBILE_PREFIX = ["0811", "0812", "0813", "0821", "0822", "0823", "0851", "0852", "0853", "0814", "0815",
                 "0816", "0855", "0856", "0857", "0858", "0817", "0818", "0819", "0859", "0877", "0878",
                 "0831", "0832", "0833", "0838", "0895", "0896", "0897", "0898", "0899", "0881", "0882",
                 "0883", "0887", "0888", "0889"]


def mobile_digits():
    n = pick([11, 12, 12, 12, 13])
    return pick(MOBILE_PREFIX) + digits(n - 4)


def fmt_mobile(d, style=None):
    style = style or pick(["plain", "plain", "dash", "dash", "space", "space", "dot", "+62sp", "+62", "62",
                           "(+62)", "433"])
    rest = d[1:]
    if style == "plain":
        return d
    if style == "dash":
        return f"{d[:4]}-{d[4:8]}-{d[8:]}"
    if style == "space":
        return f"{d[:4]} {d[4:8]} {d[8:]}"
    if style == "dot":
        return f"{d[:4]}.{d[4:8]}.{d[8:]}"
    if style == "+62sp":
        return f"+62 {rest[:3]}-{rest[3:7]}-{rest[7:]}"
    if style == "+62":
        return "+62" + rest
    if style == "62":
        return "62" + rest
    if style == "(+62)":
        return f"(+62) {rest[:3]} {rest[3:7]} {rest[7:]}"
    if style == "433":
        return f"{d[:4]} {d[4:7]} {d[7:10]} {d[10:]}"
    raise ValueError(style)


def phone(style=None):
    return fmt_mobile(mobile_digits(), style)


def landline(reg, style=None):
    area = reg["area"]
    n = rint(7, 8) if len(area) == 3 else 6
    sub = str(rint(2, 8)) + digits(n - 1)
    style = style or pick(["paren", "paren_dash", "dash", "paren", "space"])
    if style == "paren":
        return f"({area}) {sub}"
    if style == "paren_dash":
        k = 4 if len(sub) == 8 else 3
        return f"({area}) {sub[:k]}-{sub[k:]}"
    if style == "dash":
        return f"{area}-{sub}"
    return f"{area} {sub}"


def fmt16(d, style=None):
    style = style or pick(["plain", "plain", "plain", "sp4", "dash4", "dot", "stray"])
    if style == "plain" or len(d) != 16 and style == "dot":
        return d
    if style == "sp4":
        return " ".join(d[i:i + 4] for i in range(0, len(d), 4))
    if style == "dash4":
        return "-".join(d[i:i + 4] for i in range(0, len(d), 4))
    if style == "dot":
        return f"{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:12]}.{d[12:]}"
    if style == "stray":
        k = rint(5, len(d) - 4)
        return d[:k] + " " + d[k:]
    raise ValueError(style)


def mistype(d):
    k = rint(4, len(d) - 2)
    if chance(0.5):
        return d[:k] + d[k + 1:]
    return d[:k] + d[k] + d[k:]


ASCII_LOWER = "abcdefghijklmnopqrstuvwxyz"


def plate(reg=None, style=None):
    code = pick(reg["plate"]) if reg else pick(["B", "D", "F", "AB", "AD", "DK", "BK", "DD", "KT", "L", "N",
                                                 "H", "BA", "DB", "DE", "DH", "PA", "BL", "DT", "Z", "E", "T"])
    num = str(rint(1, 9999))
    let = "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rint(1, 3)))
    style = style or pick(["sp", "sp", "sp", "sp", "glued", "dash", "lower"])
    if style == "sp":
        return f"{code} {num} {let}"
    if style == "glued":
        return f"{code}{num}{let}"
    if style == "dash":
        return f"{code}-{num}-{let}"
    return f"{code} {num} {let}".lower()


BANKS = {
    "BRI": 15, "BNI": 10, "BCA": 10, "BSI": 10, "Mandiri": 13, "CIMB Niaga": 14, "BTN": 16,
    "Bank Nagari": 10, "Bank Sumut": 10, "BPD Bali": 10, "Bank NTT": 10, "Bank Papua": 10,
    "Bank Sulselbar": 10, "Bank Kalbar": 10, "Bank Jateng": 10, "Bank BJB": 10, "BPD DIY": 10,
    "Bank Aceh Syariah": 10, "Bank Kaltimtara": 10,
}
BANK_BY_ETH = {"minang": ["Bank Nagari", "BRI", "BSI"], "batak": ["Bank Sumut", "BRI", "BNI"],
               "bali": ["BPD Bali", "BRI", "BNI"], "ntt": ["Bank NTT", "BRI"], "papua": ["Bank Papua", "BRI"],
               "bugis": ["Bank Sulselbar", "BRI", "BNI"], "sunda": ["Bank BJB", "BRI", "BCA"],
               "aceh": ["Bank Aceh Syariah", "BSI"], "kalimantan": ["Bank Kalbar", "Bank Kaltimtara", "BRI"],
               "jawa": ["BRI", "BNI", "Bank Jateng", "BPD DIY", "Mandiri", "BTN"]}


def bank_account(eth=None, bank=None):
    bank = bank or pick(BANK_BY_ETH.get(eth, []) + ["BRI", "BRI", "BNI", "BCA", "Mandiri", "BSI", "BTN",
                                                    "CIMB Niaga"])
    n = BANKS[bank]
    if bank == "CIMB Niaga":
        n = pick([13, 14])
    d = str(rint(0, 9)) + digits(n - 1)
    if bank == "BRI":
        d = digits(4) + "01" + digits(6) + "50" + digits(1)
        v = pick([f"{d[:4]}-{d[4:6]}-{d[6:12]}-{d[12:14]}-{d[14]}", d, f"{d[:4]} {d[4:6]} {d[6:12]} {d[12:14]} {d[14]}"])
    elif bank == "Mandiri":
        d = digits(3) + "00" + digits(8)
        v = pick([f"{d[:3]}-{d[3:5]}-{d[5:12]}-{d[12]}", d, f"{d[:3]} {d[3:5]} {d[5:12]} {d[12]}"])
    elif bank == "BTN":
        d = "0" + digits(15)
        v = pick([d, " ".join(d[i:i + 4] for i in range(0, 16, 4))])
    elif bank in ("BCA", "BNI"):
        v = pick([d, f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:4]}.{d[4:7]}.{d[7:]}"])
    else:
        v = pick([d, d, f"{d[:3]}.{d[3:5]}.{d[5:]}" if n == 10 else d])
    return bank, v


def passport(style=None):
    s = pick("ABCEX") + digits(7)
    style = style or pick(["plain", "plain", "plain", "space"])
    return s if style == "plain" else s[0] + " " + s[1:]


def bpjs(style=None):
    d = "000" + digits(10)
    style = style or pick(["plain", "plain", "grp"])
    return d if style == "plain" else f"{d[:4]} {d[4:8]} {d[8:12]} {d[12]}"


def npwp_old(style=None, lead=None):
    d = f"{rint(4, 9):02d}" + digits(10) + "000"
    style = style or pick(["dot", "dot", "dot", "plain", "lead0"])
    dotted = f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"
    if style == "dot":
        return dotted
    if style == "plain":
        return d
    return "0" + dotted


# --------------------------------------------------------------------------------------
# people
class Person:
    def __init__(self, full, call, sex, eth, reg, dob):
        self.full, self.call, self.sex, self.eth, self.reg, self.dob = full, call, sex, eth, reg, dob
        self.kec = rint(1, 24)
        dd = dob.day + (40 if sex == "f" else 0)
        self.nik = (f"{reg['prov']}{reg['kab']}{self.kec:02d}{dd:02d}{dob.month:02d}{dob.year % 100:02d}"
                    f"{rint(1, 2999):04d}")
        self._kk = None
        self.muslim = eth in MUSLIM
        self.kel = pick(reg["kel"])
        self.kecn = pick(reg["kec"])
        self.home = None

    def redate(self, dob):
        """Change the birth date and keep the NIK consistent with it."""
        self.dob = dob
        dd = dob.day + (40 if self.sex == "f" else 0)
        self.nik = self.nik[:6] + f"{dd:02d}{dob.month:02d}{dob.year % 100:02d}" + self.nik[12:]

    def kk(self):
        if self._kk is None:
            iss = rdate(2006, 2023)
            self._kk = (f"{self.reg['prov']}{self.reg['kab']}{self.kec:02d}{iss.day:02d}{iss.month:02d}"
                        f"{iss.year % 100:02d}{rint(1, 9999):04d}")
        return self._kk

    def nip(self, style=None):
        y = min(self.dob.year + rint(22, 34), 2023)
        d = f"{self.dob.year}{self.dob.month:02d}{self.dob.day:02d}{y}{rint(1, 12):02d}{1 if self.sex == 'm' else 2}{rint(1, 25):03d}"
        style = style or pick(["sp", "sp", "plain"])
        return f"{d[:8]} {d[8:14]} {d[14]} {d[15:]}" if style == "sp" else d

    def nik_v(self, style=None, allow_mistype=True):
        if allow_mistype and chance(0.05):
            return mistype(self.nik)
        return fmt16(self.nik, style)

    def kk_v(self, style=None):
        return fmt16(self.kk(), style)

    def hon(self, regional=None):
        if regional is None:
            regional = chance(0.4)
        if regional:
            return pick(HON_REG[self.eth][self.sex])
        return pick(HON_COMMON[self.sex])


AGE_RANGE = {"adult": (1962, 1998), "elder": (1938, 1960), "child": (2008, 2019), "young": (1996, 2006),
             "official": (1965, 1992)}


class Cast:
    def __init__(self, eth=None, reg=None):
        self.eth = eth
        self.reg = reg
        self.words = set()
        self.people = []
        self.place = {}

    def new(self, eth=None, sex=None, age="adult", reg=None, same_place=True, bad=None):
        for attempt in range(300):
            if attempt == 60:                   # the requested group is used up: anyone will do
                eth, reg = None, None
            e = eth or (self.eth if (self.eth and chance(0.7) and attempt < 60) else pick(ETH_W))
            s = sex or pick("mf")
            full, calls = pick(NAMES[e][s])
            call = pick(calls)
            toks = {t for t in re.split(r"[ .]+", full) if len(t) > 3} | {call}
            if toks & self.words:
                continue
            if reg is None:
                if same_place and self.reg and e == self.eth:
                    rg = self.reg
                else:
                    rg = REGIONS[pick(ETH_REG[e])]
            else:
                rg = reg
            if self.eth is None:
                self.eth, self.reg = e, rg
            self.words |= toks
            p = Person(full, call, s, e, rg, rdate(*AGE_RANGE[age]))
            p.bad = (age == "official") if bad is None else bad
            key = rg["city"]
            if key in self.place and chance(0.8):   # same village as the first person seen there
                p.kel, p.kecn = self.place[key]
            else:
                self.place.setdefault(key, (p.kel, p.kecn))
            self.people.append(p)
            return p
        raise RuntimeError("cast exhausted")


def child_of(c, p):
    """A child (or grandchild, for an old reporter) of p, born when p was at least 19."""
    ch = c.new(age="child", eth=p.eth, reg=p.reg)
    lo = max(p.dob.year + 19, 2005)
    hi = min(max(lo, 2019), 2022)
    if not lo <= ch.dob.year <= hi:
        ch.redate(rdate(min(lo, hi), hi))
    return ch


def nm(p, how=None, hon=None):
    """Name pieces: honorific/title/degree outside the PERSON span."""
    how = how or pick(["full", "full", "hon_full", "hon_full", "hon_call", "hon_call", "call", "title"])
    if how == "full":
        return [V("PERSON", p.full)]
    if how == "call":
        return [V("PERSON", p.call)]
    if how == "caps":
        return [V("PERSON", p.full.upper())]
    if how == "lower":
        return [V("PERSON", p.full.lower())]
    if how == "hon_full":
        return [(hon or p.hon(regional=False)) + " ", V("PERSON", p.full)]
    if how == "hon_call":
        return [(hon or p.hon()) + " ", V("PERSON", p.call)]
    if how == "title":
        pre = ""
        if p.muslim and chance(0.5):
            pre = "H. " if p.sex == "m" else "Hj. "
        if chance(0.3):
            pre = pick(["Dr. ", "Ir. ", "Drs. " if p.sex == "m" else "Dra. "]) + pre
        if hon or chance(0.5):
            pre = (hon or p.hon(regional=False)) + " " + pre
        post = pick([", " + pick(DEGREES), ", " + pick(DEGREES), " " + pick(DEGREES), ""])
        if not pre and not post:
            post = ", " + pick(DEGREES)
        return [pre, V("PERSON", p.full), post]
    raise ValueError(how)


def email_of(p):
    if getattr(p, "_email", None) is None:
        p._email = _email_of(p)
    return p._email


def handle_of(p):
    if getattr(p, "_handle", None) is None:
        p._handle = _handle_of(p)
    return p._handle


def _email_of(p):
    toks = [t.lower() for t in re.split(r"[ .]+", p.full) if t and t.lower() not in
            ("br", "boru", "bin", "binti", "i", "ni", "la", "wa", "muh", "abd", "st", "ode")]
    first, last = toks[0], toks[-1]
    yy = str(p.dob.year % 100).zfill(2)
    local = pick([f"{first}.{last}", f"{first}{last}{yy}", f"{first}_{last}", f"{first}{yy}",
                  f"{p.call.lower().replace(' ', '')}.{p.reg['city'].split()[0].lower()}", f"{first[0]}{last}{rint(1, 99)}",
                  f"{last}.{first}{rint(1, 9)}", f"{first}.{last}{p.dob.year}"])
    if first == last:        # a single-word name
        local = pick([f"{first}{yy}", f"{first}.{p.reg['city'].split()[0].lower()}", f"{first}_{rint(100, 999)}",
                      f"{first}{p.dob.year}", f"bu.{first}" if p.sex == "f" else f"pak.{first}"])
    dom = pick(["gmail.com", "gmail.com", "gmail.com", "yahoo.co.id", "yahoo.com", "ymail.com", "outlook.com",
                "hotmail.com", "rocketmail.com", "outlook.co.id"])
    return f"{local}@{dom}"


def _handle_of(p):
    toks = [t.lower() for t in re.split(r"[ .]+", p.full) if t and t.lower() not in
            ("br", "boru", "bin", "binti", "i", "ni", "la", "wa", "muh", "abd", "st", "ode")]
    c = p.call.lower().replace(" ", "")
    return "@" + pick([f"{c}_{toks[-1]}", f"{c}{rint(10, 99)}", f"{toks[0]}.{toks[-1]}", f"{c}.{p.dob.year}",
                       f"real{c}", f"{c}_official{rint(1, 9)}", f"{toks[0]}_{rint(100, 999)}",
                       f"{c}.{p.reg['city'].split()[0].lower()}"])


INST_EMAILS = ["pengaduan@lapor.go.id", "pengaduan@dukcapil.kemendagri.go.id", "humas@slemankab.go.id",
               "ppid@jatengprov.go.id", "info@bpjs-kesehatan.go.id", "layanan@pdamkotamakassar.co.id",
               "cs@pdamtirtanadi.co.id", "pengaduan@kemdikbud.go.id", "humas@polri.go.id",
               "ppid@kemensos.go.id", "pengaduan.dinsos@bandung.go.id", "info@pln.co.id",
               "admin@smpn2-sleman.sch.id", "humas@ugm.ac.id"]
INST_HANDLES = ["@lapor1708", "@pemkot_bontang", "@pln_123", "@bpjskesehatan_ri", "@humaspemkabsleman",
                "@kemensosri", "@dukcapil_kemendagri", "@pdam_tirtanadi", "@humas_poldasulsel",
                "@dinaspendidikan_jabar", "@pemkotmakassar", "@infobmkg", "@lapor.go.id"]


# --------------------------------------------------------------------------------------
# addresses
def rtrw(style=None):
    rt, rw = rint(1, 15), rint(1, 12)
    style = style or pick(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"])
    return {
        "a": f"RT {rt:02d}/RW {rw:02d}", "b": f"RT {rt:02d} RW {rw:02d}", "c": f"RT.{rt:03d}/RW.{rw:03d}",
        "d": f"RT {rt:03d} RW {rw:03d}", "e": f"Rt {rt} Rw {rw}", "f": f"rt {rt:02d}/rw {rw:02d}",
        "g": f"RT {rt}/{rw}", "h": f"RT/RW {rt:02d}/{rw:02d}", "i": f"RT {rt:02d} / RW {rw:02d}",
        "j": f"RT {rt:02d}, RW {rw:02d}", "k": f"RT{rt:02d}/RW{rw:02d}", "l": f"RT. {rt:02d} RW. {rw:02d}",
    }[style]


def house_no():
    n = rint(1, 140)
    return pick([f"No. {n}", f"No. {n}", f"No.{n}", f"No. {n}{pick('ABCD')}", f"no {n}", f"Nomor {n}",
                 f"No. {n}-{pick('AB')}", f"No. {n}/{rint(2, 40)}", f"no. {n}{pick('abc')}", f"No {n}"])


def address_value(p=None, kind=None, rt_sep=None):
    """Returns the ADDRESS span value of a house-level address."""
    eth = p.eth if p else pick(ETH_W)
    if kind is None:
        pool = ["jl", "jl", "jl_rt", "gang", "perum", "komp", "jl_gg"]
        if p is None or p.reg["kelp"] in ("Desa", "Nagari", "Gampong"):
            pool += ["dusun", "dusun"]
        if eth in ("minang",):
            pool += ["jorong", "jorong"]
        if eth == "bali":
            pool += ["banjar", "banjar"]
        if eth in ("bugis", "ntt", "buton"):
            pool += ["lingk", "btn"]
        if eth in ("sunda",) or (p and p.reg["city"].startswith("Jakarta")):
            pool += ["kp", "kp"]
        if eth in ("kalimantan", "bugis"):
            pool += ["lorong"]
        if eth in ("jawa", "jawa_k") and (p is None or p.reg["kelp"] == "Desa"):
            pool += ["dukuh"]
        kind = pick(pool)
    sep = rt_sep if rt_sep is not None else pick([" ", " ", ", ", " "])
    jl = pick(["Jl.", "Jl.", "Jl.", "Jln.", "Jalan", "JL.", "jl.", "Jl"])
    if kind == "jl":
        v = f"{jl} {pick(STREETS)} {house_no()}"
        if chance(0.5):
            v += sep + rtrw()
    elif kind == "jl_rt":
        v = f"{jl} {pick(STREETS)} {house_no()}{sep}{rtrw()}"
    elif kind == "jl_gg":
        v = f"{jl} {pick(STREETS)} Gg. {pick(GANGS)} {house_no()}"
        if chance(0.6):
            v += sep + rtrw()
    elif kind == "gang":
        v = f"{pick(['Gg.', 'Gang', 'gg.', 'Gg'])} {pick(GANGS)} {house_no()}"
        if chance(0.7):
            v += sep + rtrw()
    elif kind == "perum":
        blk = pick(["C2", "F3", "A", "B-12", "D7", "AA-19", "K", "E5", "G-2", "H1"])
        v = f"{pick(['Perum', 'Perumahan', 'Perum.', 'perum'])} {pick(COMPLEX)} Blok {blk} {house_no()}"
        if chance(0.3):
            v += sep + rtrw()
    elif kind == "komp":
        blk = pick(["B", "C", "F2", "A3", "J", "M-11"])
        v = f"{pick(['Komp.', 'Kompleks', 'Komplek'])} {pick(COMPLEX)} Blok {blk}" + pick([f" {house_no()}", f"/{rint(1, 40)}", f" Kav. {rint(1, 30)}"])
    elif kind == "btn":
        v = f"BTN {pick(COMPLEX)} Blok {pick(['AF', 'C', 'B2', 'D', 'E4'])} {house_no()}"
    elif kind == "dusun":
        v = f"{pick(['Dusun', 'Dusun', 'Dsn.', 'Dsn', 'dusun'])} {hamlet(eth)}{sep}{rtrw()}"
    elif kind == "dukuh":
        v = f"{pick(['Dukuh', 'Dk.'])} {hamlet(eth)}{sep}{rtrw()}"
    elif kind == "kp":
        v = f"{pick(['Kp.', 'Kampung', 'Kp'])} {hamlet(eth)}{sep}{rtrw()}"
    elif kind == "jorong":
        v = f"Jorong {pick(JORONG)}"
        if chance(0.4):
            v += f" {house_no()}"
    elif kind == "banjar":
        v = f"Banjar {pick(BANJAR)}" + pick(["", "", f" {house_no()}"])
    elif kind == "lingk":
        v = f"{pick(['Lingkungan', 'Lingk.'])} {pick(LINGK)}{sep}{rtrw()}"
    elif kind == "lorong":
        v = f"{pick(['Lr.', 'Lorong'])} {pick(LORONG)} {house_no()}"
        if chance(0.4):
            v += sep + rtrw()
    elif kind == "rusun":
        v = f"Rusun {pick(['Marunda', 'Cipinang Besar', 'Pulo Gebang', 'Jatinegara Kaum'])} Blok {pick('ABCDE')} Lt. {rint(1, 5)} No. {rint(1, 40)}"
    else:
        raise ValueError(kind)
    return v


def area_tail(p, full=True):
    reg = p.reg
    kel = p.kel
    kp = reg["kelp"]
    kp = pick({"Desa": ["Desa", "Ds.", "desa"], "Kel.": ["Kel.", "Kelurahan", "Kel"], "Nagari": ["Nagari"],
               "Gampong": ["Gampong", "Gp."]}[kp])
    parts = [f"{kp} {kel}", f"{pick(['Kec.', 'Kecamatan', 'Kec'])} {p.kecn}"]
    if full or chance(0.5):
        parts.append(f"{reg['ct']} {reg['city']}" if chance(0.7) else reg["city"])
    if chance(0.15):
        parts.append(str(rint(1, 9)) + digits(4))   # kode pos (5 digits)
    return ", " + ", ".join(parts)


def home_of(p, kind=None):
    if p.home is None:
        p.home = address_value(p, kind)
    return p.home


def address(p, tail=True, kind=None, full=True):
    v = home_of(p, kind)
    out = [V("ADDRESS", v)]
    if tail:
        out.append(area_tail(p, full))
    return out


def dob_v(p, style=None):
    return V("DATE_OF_BIRTH", fdate(p.dob, style))


# ======================================================================================
# phrase pools
EMO = ["🙏", "🙏🙏", "😡", "😭", "🙏🏻", "👍", "⚠️", "😔", "🤲", "‼️", "😢", "🥺", "😤"]
SY = ["Sy", "Saya", "sy", "Sya", "Aku", "sya"]
HP_CUE = ["HP", "hp", "No HP", "WA", "wa", "No. WA", "HP/WA", "hub", "telp", "kontak", "nomor sy"]
ROLE_M = ["Pak RT", "Pak RW", "Pak Kadus", "Kades", "Pak Kades", "Sekdes", "Pak Carik", "Pak Lurah", "Kaur Keuangan",
          "Pak Dukuh", "Pak Kaling"]
ROLE_F = ["Bu RT", "Bu Kades", "Bu Sekdes", "Bu Lurah", "Bu Bidan", "Bu Kaur"]
REL_M = ["suami saya", "ayah saya", "bapak saya", "adik saya", "kakak saya", "anak saya", "mertua saya", "paman saya",
         "kakek saya", "keponakan saya", "ipar saya"]
REL_F = ["istri saya", "ibu saya", "adik saya", "kakak saya", "anak saya", "mertua saya", "bibi saya",
         "nenek saya", "keponakan saya", "menantu saya"]


def rel(p):
    return pick(REL_M if p.sex == "m" else REL_F)


def role_of(p):
    return pick(ROLE_M if p.sex == "m" else ROLE_F)


HEAD = {"Desa": ("Kepala Desa", "Kades", "Dana Desa", "APBDes"), "Nagari": ("Wali Nagari", "Wali", "Dana Desa", "APB Nagari"),
        "Gampong": ("Keuchik", "Keuchik", "Dana Desa", "APBG"), "Kel.": ("Lurah", "Lurah", "Dana Kelurahan", "anggaran kelurahan")}


def head_of(p):
    return HEAD[p.reg["kelp"]]


def rs_of(p):
    return pick(p.reg["rs"])


def school_of(p):
    return pick(SCHOOLS).format(kel=pick(p.reg["kel"]), city=p.reg["city"])


def kelas_for(school):
    if school.startswith(("SD", "MI")):
        return rint(1, 6)
    if school.startswith(("SMP", "MTs")):
        return rint(7, 9)
    return rint(10, 12)


def kel_of(p):
    return p.kel


def kec_of(p):
    return p.kecn


def emo():
    return pick(EMO)


# ======================================================================================
# SHORT texts with PII (< 120 chars)
def s_1708(c):
    p = c.new()
    isi = pick(["bansos tdk diterima", "jalan desa rusak parah", "KTP blm jadi 6 bln", "PKH dipotong ketua kelompok",
                "guru minta uang LKS", "air PDAM mati 4 hari", "BLT lansia tdk cair", "pungli surat pindah"])
    n = pick([p.full, p.full.upper(), p.call, p.full.lower()])
    return F("{kw} {n}#{nik}#{city}#{isi}", kw=pick(["LAPOR", "lapor", "LAPOR"]), n=V("PERSON", n),
             nik=V("NIK", p.nik_v("plain")), city=pick([p.reg["city"], p.reg["city"].upper()]), isi=isi)


def s_aid_phone(c):
    p = c.new()
    isi = pick(["PKH tahap 2 blm cair", "BLT DD bln Mei blm diterima", "bantuan beras tdk dibagi di dusun kami",
                "kartu KIS sy dinonaktifkan", "BPNT sy dipotong 50rb", "nama sy hilang dr DTKS"])
    return F("{sy} {n}, {cue} {ph}. {isi} {e}", sy=pick(SY), n=nm(p, pick(["full", "call"])), cue=pick(HP_CUE),
             ph=V("PHONE", phone()), isi=isi, e=pick(["", emo(), "mohon dibantu", "tlg"]))


def s_plate(c):
    r = free_region()
    veh = pick(["mobil", "motor", "truk", "Mobil", "pick up", "minibus"])
    cue = pick(["nopol", "plat", "No. Pol", "nopol.", "plat nomor", ""])
    act = pick(["parkir di trotoar tiap malam", "ugal2an bawa anak sekolah", "knalpot brong jam 2 pagi",
                "buang sampah ke sungai", "mobil dinas dipakai ke pantai hari Minggu", "angkut solar subsidi pakai jeriken"])
    loc = pick(["", " depan pasar", " di Jl. Ahmad Yani", " dekat SPBU", " di alun-alun", " depan SD Inpres"])
    return F("{veh} {cue}{pl} {act}{loc} {e}", veh=veh, cue=(cue + " ") if cue else "", pl=V("PLATE", plate(r)),
             act=act, loc=loc, e=pick(["", emo(), "!!"]))


def s_rt_pungli(c):
    p = c.new(age="official")
    thing = pick(["surat pindah", "surat domisili", "pengantar KTP", "tanda tangan SKTM", "surat waris", "PTSL"])
    return F("{role} {n} minta {m} utk {thing}. mohon ditindak{e}", role=role_of(p), n=V("PERSON", p.call),
             m=pick(["uang 50rb", "Rp 100.000", "200rb", "Rp 300 ribu", "uang rokok", "Rp 500 rb"]),
             thing=thing, e=pick(["", " " + emo(), "!", "."]))


def s_bank(c):
    p = c.new()
    bank, acc = bank_account(p.eth)
    cue = pick([f"rek {bank}", f"rek. {bank}", f"norek {bank}", f"{bank}", f"no rek {bank}", f"rekening {bank}"])
    isi = pick(["BLT blm masuk", "dana PIP blm cair", "honor kader blm ditransfer", "uang ganti rugi blm dibayar"])
    return F("{cue} {acc} a.n. {n}, {isi}", cue=cue, acc=V("BANK_ACCOUNT", acc), n=V("PERSON", pick([p.full, p.full.upper()])), isi=isi)


def s_handle(c):
    p = c.new(age=pick(["young", "adult"]))
    plat = pick(["IG", "akun IG", "TikTok", "akun tiktok", "FB", "akun X", "ig"])
    isi = pick(["nyebar foto KTP sy", "nipu jual beli hp", "menghina guru anak sy", "jual data NIK", "ngancam sy terus"])
    return F("{plat} {h} {isi}{e}", plat=plat, h=V("HANDLE", handle_of(p)), isi=isi, e=pick(["", " " + emo(), ", tolong diblokir"]))


def s_passport(c):
    p = c.new(age="young")
    return F("{rel} {n} paspor {pp} ditahan {org}", rel=pick(["adik sy", "anak sy", "istri sy", "kakak sy"]),
             n=V("PERSON", pick([p.full, p.call])), pp=V("PASSPORT", passport()), org=pick(ORGS_PMI))


def s_bpjs(c):
    p = c.new(age=pick(["elder", "adult", "child"]))
    cue = pick(["no BPJS", "kartu KIS", "BPJS", "No. JKN", "no kartu"])
    return F("{cue} {b} a.n. {n} ditolak {rs}", cue=cue, b=V("BPJS", bpjs()), n=V("PERSON", p.full), rs=rs_of(p))


def s_dob(c):
    p = c.new(age="child")
    rl = pick(["anak sy", "anak kedua sy", "cucu sy", "anak bungsu"])
    cue = pick(["lahir", "lhr", "tgl lahir", "lahir tgl", "TTL " + p.reg["city"] + ","])
    isi = pick(["NIK blm muncul di KK", "blm bisa daftar SD krn NIK tdk online", "akta blm jadi 8 bln",
                "KIA blm dicetak"])
    return F("{rl} {cue} {d}, {isi}", rl=rl, cue=cue, d=dob_v(p), isi=isi)


def s_email(c):
    p = c.new()
    return F("{a} {em}. {sign}", a=pick(["mohon balasan ke email", "bls ke email sy", "hasil tindak lanjut kirim ke",
                                          "email:"]), em=V("EMAIL", email_of(p)),
             sign=pick([[V("PERSON", p.full)], ["ttd ", V("PERSON", p.call)], "trims", ["- ", V("PERSON", p.full)]]))


def s_nik(c):
    p = c.new(age=pick(["elder", "adult"]))
    return F("{cue} {nik} {isi}", cue=pick(["NIK", "NIK sy", "No KTP", "nik"]), nik=V("NIK", p.nik_v()),
             isi=pick(["tdk terdaftar DTKS padahal sy lansia", "dipakai org lain utk pinjol", "ganda di SIAK",
                       "ditolak saat daftar BPJS"]))


def s_kk(c):
    p = c.new()
    return F("{cue} {kk} {isi} {d}", cue=pick(["No. KK", "KK", "no kk", "Kartu Keluarga"]), kk=V("KK", p.kk_v()),
             isi=pick(["blm dicetak ulang sejak", "masih salah nama sejak", "diajukan perubahan tgl"]), d=event_date())


def s_addr(c):
    p = c.new()
    isi = pick(["air PDAM mati 3 hari", "sampah tdk diangkut 2 minggu", "listrik byar pet tiap malam",
                "tiang listrik miring mau roboh"])
    return F("{isi} di rumah sy {a}", isi=isi, a=V("ADDRESS", address_value(p, pick(["jl_rt", "gang", "dusun", "perum"]))))


def s_npwp(c):
    p = c.new()
    return F("NPWP {n} a.n. {nm} {isi}", n=V("NPWP", pick([npwp_old(), npwp_old(), fmt16(p.nik, "plain")])),
             nm=V("PERSON", p.full), isi=pick(["tiba2 non-efektif", "dipakai PT fiktif", "tdk bisa login DJP online"]))


def s_nip(c):
    p = c.new(age="official")
    return F("{r} {n} NIP {nip} {isi}", r=pick(["guru", "oknum guru", "Kepala UPT", "pegawai kecamatan", "bidan"]),
             n=V("PERSON", p.full), nip=V("NIP", p.nip()),
             isi=pick(["jarang masuk", "minta uang ke wali murid", "kampanye di medsos", "buka praktik di jam dinas"]))


def s_name_start(c):
    p = c.new(age="official")
    r = pick(["kadus", "ketua RT", "operator desa", "kepala dusun"])
    return pick([
        F("{n} ({r}) minta 200rb per bidang PTSL.", n=V("PERSON", p.full), r=r),
        F("{n} tdk pernah masuk kantor desa sejak {d}.", n=V("PERSON", p.full), d=event_date()),
        F("{n}, bendahara desa, bawa kabur dana BUMDes.", n=V("PERSON", p.full)),
        F("{n} jual beras bansos ke warung {e}", n=V("PERSON", p.full), e=emo()),
        F("{n} ({r}) mengancam warga yg lapor.", n=V("PERSON", p.full), r=r),
    ])


def s_quote(c):
    p = c.new(age="official")
    q = pick(["Bayar dulu baru diurus", "Kuota sudah habis", "Itu bukan urusan saya", "Blangko kosong, balik bulan depan"])
    o, cl = pick([("“", "”"), ('"', '"'), ("‘", "’")])
    return F("{o}{q},{cl} kata {h} {n} di {where}.", o=o, q=q, cl=cl, h=p.hon(), n=V("PERSON", p.call),
             where=pick(["kantor desa", "loket Dukcapil", "balai desa", "kantor kelurahan"]))


def s_regional(c):
    e = pick(["jawa", "sunda", "minang", "bali", "manado", "ambon", "papua", "bugis"])
    p = c.new(eth=e, sex="m", age="official")
    n = V("PERSON", p.call)
    if e == "jawa":
        return F("Pak Kadus {n} njaluk dhuwit 100 ewu kanggo surat pengantar. Nyuwun tulung.", n=n)
    if e == "sunda":
        return F("Pa RT {n} menta duit 50 rebu keur nyieun surat. Punten dibantos.", n=n)
    if e == "minang":
        return F("Wali Jorong {n} mamintak pitih 200 ribu untuak surek. Tolong dicaliak.", n=n)
    if e == "bali":
        return F("Klian {n} nagih pipis 100 tali anggon surat. Suksma.", n=n)
    if e == "manado":
        return F("Om {n} so minta doi 50 ribu kong baru kase surat.", n=n)
    if e == "ambon":
        return F("Bung {n} minta uang 100 ribu baru mau kasi tanda tangan.", n=n)
    if e == "bugis":
        return F("Daeng {n} mappalaui doi 100 sebbu untuk surat. Tolong.", n=n)
    return F("Bapa {n} minta uang 100 ribu baru kasih surat. Sa su lapor.", n=n)


def s_landline(c):
    p = c.new(age=pick(["elder", "adult"]))
    return F("{cue} {t} a.n. {n}, {isi}", cue=pick(["telp rumah", "telp rmh", "hub", "Telp"]),
             t=V("PHONE", landline(p.reg)), n=V("PERSON", p.full),
             isi=pick(["lampu jalan mati", "mohon dihubungi sore", "soal tagihan air", "utk konfirmasi"]))


def s_wa(c):
    p = c.new()
    t = f"[{rint(6, 22):02d}.{rint(0, 59):02d}, {rint(1, 28)}/{rint(1, 12)}/2024]"
    isi = pick(["pupuk subsidi dijual Rp 150.000/sak di kios", "jembatan gantung putus lagi", "antrean BPJS dr subuh",
                "KTP sy blm jadi 6 bln"])
    return F("{t} {n}: {isi}", t=t, n=V("PERSON", pick([p.full, p.call.lower(), p.call])), isi=isi)


SHORT_PII = [s_1708, s_aid_phone, s_plate, s_rt_pungli, s_bank, s_handle, s_passport, s_bpjs, s_dob, s_email,
             s_nik, s_kk, s_addr, s_npwp, s_nip, s_name_start, s_quote, s_regional, s_landline, s_wa]


# SHORT PII-free
def sf_ticket(c):
    return pick([
        F("tiket {t} blm ditanggapi {e}", t=N(ticket_hash()), e=emo()),
        F("laporan {t} status masih 'diproses' sejak {d}", t=N(ticket8()), d=event_date()),
        F("ID laporan {t} kok ditutup sepihak? masalah blm selesai", t=N(ticket16())),
        F("No. tiket {t} sdh 30 hari tdk ada respon dari instansi", t=N(ticket16())),
    ])


def sf_road(c):
    return pick([
        F("jalan berlubang di km {k} jalur {j}, sdh 2 motor jatuh {e}", k=rint(2, 80),
          j=pick(["Wonosari", "Balige–Tarutung", "Maros", "Soe–Kefamenanu", "Sentani"]), e=emo()),
        F("PJU mati sepanjang Jl. {h} sejak {d}", h=pick(["Diponegoro", "Jenderal Sudirman", "Pattimura", "Sam Ratulangi",
                                                          "Teuku Umar", "Imam Bonjol"]), d=event_date()),
        F("lampu merah simpang Jl. {h} mati, rawan tabrakan", h=pick(["Ahmad Yani", "Gatot Subroto", "Hasanuddin"])),
        "jembatan gantung ke dusun seberang putus lagi, anak sekolah lewat sungai",
    ])


def sf_misc(c):
    return pick([
        F("banjir di RT {a} RW {b} sudah 3 hari, blm ada bantuan", a=f"{rint(1, 12):02d}", b=f"{rint(1, 9):02d}"),
        F("PDAM mati, call center {h} tdk bisa dihubungi {e}", h=pick(["1500200", "1500046"]), e=emo()),
        F("SPBU {s} solar kosong terus, antre {n} jam", s=pick(["34.161.12", "54.801.05", "64.753.07", "13.251.502"]),
          n=rint(2, 6)),
        F("harga pupuk urea {m}/sak di kios resmi, HET cuma {h}", m=money(130000, 180000), h=money(110000, 115000)),
        "NIK saya sudah dicek di 3 aplikasi, tetap tidak terdaftar sbg penerima",
        F("{n} KK terdampak banjir blm dapat bantuan logistik", n=pick(["2.350", "140", "87", "1.204"])),
        F("NPSN {n} tdk muncul di Dapodik, dana BOS blm cair", n=str(rint(10000000, 69999999))),
        F("ibu sy usia {a} th, lahir {y}, blm dapat BLT lansia {e}", a=rint(66, 84), y=rint(1940, 1958), e=emo()),
        F("kode pos {k} salah di aplikasi, paket nyasar terus", k=str(rint(10000, 99999))),
        F("sdh mention {h} berkali2 tp tdk dibalas", h=N(pick(INST_HANDLES))),
        F("sudah email ke {m} tp blm dibalas", m=N(pick(INST_EMAILS))),
        F("{r} blm disosialisasikan di desa kami", r=reg_ref()),
        F("{rs} antre BPJS dari subuh sampai jam 2 siang {e}", rs=pick(["RSUD dr. Soedarso", "RSUP Dr. Sardjito",
                                                                      "RSUD Dr. Moewardi", "RSUD dr. Zainoel Abidin"]), e=emo()),
        F("resi {r} paket bantuan alat sekolah blm sampai", r=N(pick(["JP", "JX", "CGK"]) + digits(10))),
        F("kode desa {k} salah di SIKS-NG, semua warga tdk bisa diusulkan", k=N(region_code())),
        F("pungli parkir Rp 5.000 di depan Puskesmas {k}", k=pick(["Depok III", "Kalasan", "Sesetan", "Oebobo"])),
        "tolong pak kades diperiksa, dana desa tdk transparan",
        F("{r}: tarif ojek online naik tp aplikasi tdk sesuai", r=pick(["Permenhub 12/2019", "Kepmenhub 564/2022"])),
        F("laporan polisi No. LP/B/{n}/{m}/2024/SPKT sdh 5 bln mandek", n=rint(100, 999), m=pick(["IV", "VII", "IX", "XI"])),
        F("jam {a}.{b} listrik padam lagi, PLN {h} cuma bilang gangguan", a=rint(18, 23), b=f"{rint(0, 59):02d}", h="123"),
        F("usia anak sy {a} th blm dapat KIA, blangko kosong", a=rint(3, 12)),
        F("warga kelahiran {y} ke atas katanya tdk dapat bantuan, aturannya mana?", y=rint(1960, 1975)),
    ])


SHORT_FREE = [sf_ticket, sf_road, sf_misc, sf_misc, sf_misc]


# ======================================================================================
# NORMAL texts with PII (150-600 chars)
TK_NAME = ["Nama Pelapor", "Nama", "NAMA LENGKAP", "Nm. Pelapor", "Pelapor", "Nama pelapor", "NAMA", "Identitas Pelapor"]
TK_NIK = ["NIK", "No. KTP", "No. NIK", "NIK Pelapor", "NO KTP", "Nik"]
TK_HP = ["No. HP", "No HP", "HP/WA", "Telp", "No. Telp/HP", "Kontak", "WA", "NO. HP", "Hp"]
TK_ADDR = ["Alamat", "Alamat Domisili", "Almt", "Alamat Rumah", "Domisili", "ALAMAT"]
TK_TTL = ["TTL", "Tempat/Tgl Lahir", "Tempat, Tanggal Lahir", "Tmp/Tgl Lhr", "T.T.L", "Tempat & Tgl Lahir", "Tgl. Lahir"]
TK_MAIL = ["Email", "E-mail", "Surel", "EMAIL"]
TK_KK = ["No. KK", "KK", "Nomor KK"]


RT_IN = re.compile(r"(?i)[ ,]+(rt[ ./:]?\s*\d|rt/rw)")


def addr_ml(p):
    """The person's house address with its RT/RW continued on the next line (the break stays inside the span)."""
    if p.home is None:
        p.home = address_value(p, pick(["jl_rt", "jl_gg", "dusun", "kp", "lingk"]) if p.eth in ("sunda", "bugis") else
                               pick(["jl_rt", "jl_gg", "dusun"]))
    m = RT_IN.search(p.home)
    if not m or m.start() == 0:
        return p.home
    return p.home[:m.start()] + pick([",", ""]) + pick(["\n", "\n  ", "\n\t", "\n                 "]) + p.home[m.start():].lstrip(" ,")


def ticket_uraian(c, p):
    k = rint(1, 7)
    if k == 1:
        x = c.new(sex="f")
        return "Bansos", F("Pelapor menyampaikan bantuan PKH tahap {t} belum diterima. Kartu KKS dipegang ketua kelompok an. {x}.",
                           t=pick(["I", "II", "III", "IV"]), x=V("PERSON", x.full))
    if k == 2:
        return "Ketenagalistrikan", F("Pelapor mengeluhkan pemadaman berulang sejak {d}. Sudah lapor ke PLN 123, belum ada tindak lanjut.",
                                      d=event_date())
    if k == 3:
        ch = child_of(c, p)
        return "Adminduk", F("Pelapor minta NIK {r}, {x}, lahir {d}, dimasukkan ke KK. Sudah 3x ke Dukcapil, disuruh kembali.",
                             r="cucunya" if p.dob.year < 1962 else "anaknya", x=V("PERSON", ch.full), d=dob_v(ch))
    if k == 4:
        x = c.new(age="official")
        return "Pungli", F("Pelapor dimintai uang {m} oleh oknum petugas kelurahan bernama {x} untuk percepatan KTP-el.",
                           m=money(100000, 500000, 50000), x=V("PERSON", pick([x.full, x.call])))
    if k == 5:
        ch = child_of(c, p)
        return "Pendidikan", F("{r} pelapor, {x}, tidak bisa mengambil ijazah di {s} karena tunggakan {m}.",
                               r="Cucu" if p.dob.year < 1962 else "Anak", x=V("PERSON", ch.full), s=school_of(p), m=money(800000, 3500000, 50000))
    if k == 6:
        m = c.new(age="elder", sex="f", eth=p.eth, reg=p.reg)
        return "Kesehatan", F("{r} pelapor, {x}, No. BPJS {b}, ditolak rawat inap di {rs} dgn alasan kamar penuh.",
                              r="Istri" if (p.dob.year < 1962 and p.sex == "m") else ("Kakak" if p.dob.year < 1962 else "Ibu"),
                              x=V("PERSON", m.full), b=V("BPJS", bpjs()), rs=rs_of(p))
    return "Infrastruktur", F("Jalan kabupaten di km {k} arah {kec} amblas, sudah 4 bulan tidak diperbaiki. Pelapor minta identitas dirahasiakan.",
                              k=rint(3, 40), kec=kec_of(p))


def n_ticket(c):
    p = c.new(age=pick(["adult", "adult", "elder", "young"]))
    sep = pick([" : ", ": ", "\t: ", " = ", ":\t", " - ", ": "])
    pad = chance(0.4)

    def fld(label, val):
        lab = label.ljust(15) if pad else label
        if val is None:
            return [lab, sep.rstrip(), "\n"]
        return [lab, sep, val, "\n"]

    hdr = pick([
        F("TIKET {t} / Kanal: Call Center 1708\n", t=N(ticket_hash())),
        F("No. Tiket{s}{t}\n", s=sep, t=N(ticket16())),
        "[CALL CENTER 1708] Laporan masuk\n",
        "Form Penerimaan Pengaduan – Kanal: Telepon\n",
        "REKAP TELEPON PENGADUAN\n",
        F("Nomor laporan {t}\n", t=N(ticket8())),
    ])
    when = fld(pick(["Tgl terima", "Tanggal", "Waktu", "Diterima"]), [N(f"{event_date()} {rint(7, 16):02d}.{rint(0, 59):02d}"), " WIB"])
    nv = pick([[V("PERSON", p.full.upper())], [V("PERSON", p.full)], [pick(["Bpk. ", "Sdr. "] if p.sex == "m" else ["Ibu ", "Sdri. "]), V("PERSON", p.full)],
               [V("PERSON", p.full), " (", V("PERSON", p.call), ")"] if p.call != p.full else [V("PERSON", p.full)],
               [V("PERSON", p.full.lower())]])
    fields = []
    fields.append(("name", fld(pick(TK_NAME), nv)))
    r = R.random()
    fields.append(("nik", fld(pick(TK_NIK), [V("NIK", p.nik_v())] if r < 0.65 else pick(["-", None, "(tidak bersedia)", "belum punya KTP-el"]))))
    r = R.random()
    hp = [V("PHONE", phone())] if r < 0.6 else ([V("PHONE", phone()), " / ", V("PHONE", phone())] if r < 0.75 else pick(["-", None]))
    fields.append(("hp", fld(pick(TK_HP), hp)))
    r = R.random()
    if r < 0.45:
        av = address(p, full=False)
    elif r < 0.6:
        av = [V("ADDRESS", addr_ml(p)), area_tail(p, False)]
    elif r < 0.75:
        av = [V("ADDRESS", home_of(p))]
    else:
        av = [pick(["Kel.", "Desa"]) + " " + kel_of(p) + ", Kec. " + kec_of(p)] if chance(0.6) else "-"
    fields.append(("addr", fld(pick(TK_ADDR), av)))
    r = R.random()
    city = pick([p.reg["city"], p.reg["city"].upper(), pick(p.reg["kel"])])
    if r < 0.55:
        tv = [city + pick([", ", " / ", ", ", " "]), dob_v(p)]
    elif r < 0.65:
        tv = [dob_v(p)]
    elif r < 0.8:
        tv = f"{city}, {p.dob.year}"          # birth year only: not a date of birth span
    else:
        tv = pick(["-", None])
    fields.append(("ttl", fld(pick(TK_TTL), tv)))
    if chance(0.5):
        fields.append(("mail", fld(pick(TK_MAIL), [V("EMAIL", email_of(p))] if chance(0.5) else pick(["-", None, "tidak ada"]))))
    if chance(0.2):
        fields.append(("kk", fld(pick(TK_KK), [V("KK", p.kk_v())])))
    if chance(0.12):
        fields.append(("npwp", fld(pick(["NPWP", "No. NPWP"]), [V("NPWP", pick([npwp_old(), fmt16(p.nik, "plain")]))])))
    head = fields[:1]
    rest = fields[1:]
    R.shuffle(rest)
    if chance(0.2):
        fields = rest[:2] + head + rest[2:]
    else:
        fields = head + rest
    cat, ur = ticket_uraian(c, p)
    out = [hdr, when] + [f for _, f in fields]
    out.append(fld(pick(["Kategori", "Kat.", "Topik"]), cat))
    if chance(0.35):
        t = c.new(age="official")
        out.append(fld("Terlapor", pick([[role_of(t), " ", V("PERSON", t.call)], [V("PERSON", t.full), " (", pick(["kadus", "operator desa", "staf kelurahan"]), ")"],
                                         ["oknum Dishub, nopol ", V("PLATE", plate(p.reg))]])))
    out.append(fld(pick(["Uraian", "Isi laporan", "Keterangan", "Ringkasan"]), ur))
    if chance(0.3):
        op = c.new()
        out.append(["Petugas", sep, V("PERSON", op.call), f" (CC-{rint(1, 30):02d})"])
    return out


def n_school(c):
    p = c.new()
    ch = child_of(c, p)
    sch = school_of(p)
    k = rint(1, 5)
    if k == 1:
        op = c.new(age="official")
        return F("Anak saya {ch}, lahir {dob}, tidak diterima di {s} lewat jalur zonasi, padahal rumah kami di {a} hanya "
                 "{m} meter dari sekolah. Operator sekolah, {op}, bilang titik koordinat kami bergeser dan tidak bisa diubah. "
                 "Mohon dicek ulang.", ch=V("PERSON", ch.full), dob=dob_v(ch), s=sch, a=address(p, full=False),
                 m=rint(300, 900), op=nm(op, pick(["full", "hon_full"])))
    if k == 2:
        t = c.new(age="official", sex="f")
        return F("Wali kelas anak saya di {s}, {t}, meminta iuran {m} per siswa untuk \"uang perpisahan\" dan buku LKS. "
                 "Yang tidak bayar namanya ditulis di papan. Anak saya, {ch}, sampai tidak mau sekolah. Saya {p}, {cue} {ph}.",
                 s=sch, t=nm(t, "title", hon="Ibu"), m=money(150000, 450000, 25000), ch=V("PERSON", ch.call), p=V("PERSON", p.full),
                 cue=pick(["HP", "WA", "no. telp"]), ph=V("PHONE", phone()))
    if k == 3:
        h = c.new(age="official")
        return F("Ijazah anak saya {ch} (NISN tidak saya cantumkan) ditahan oleh {s} karena tunggakan SPP {m}. Kepala sekolah, "
                 "{h}, NIP {nip}, mengatakan ijazah baru diserahkan setelah lunas. Bukankah {r} melarang penahanan ijazah?",
                 ch=V("PERSON", ch.full), s=sch, m=money(900000, 4200000, 50000), h=nm(h, "title"),
                 nip=V("NIP", h.nip()), r=pick(["Permendikbudristek No. 58 Tahun 2024", "Permendikbud 75/2016", "UU 20/2003"]))
    if k == 4:
        g = c.new(age="official")
        return F("Guru PNS di {s} atas nama {g} (NIP {nip}) hampir tiap hari tidak masuk sejak semester lalu; "
                 "katanya mengurus usaha. Murid kelas {kl} jadi belajar sendiri. Kepala sekolah sudah tahu tapi diam saja. {e}",
                 s=sch, g=V("PERSON", g.full), nip=V("NIP", g.nip()), kl=kelas_for(sch), e=emo())
    b1 = c.new(age="child")
    return F("Anak saya, {ch}, kelas {kl} di {s}, dirundung oleh kakak kelasnya, {b1}, sampai HP-nya dirampas dan dia dipukul di "
             "belakang kantin pada {d}. Guru BK, {bk}, hanya menyuruh kami berdamai. Mohon Dinas Pendidikan turun tangan.",
             ch=V("PERSON", ch.call), kl=kelas_for(sch), s=sch, b1=V("PERSON", b1.full), d=event_date(),
             bk=nm(c.new(age="official"), pick(["hon_full", "title"])))


def n_hospital(c):
    p = c.new()
    e = c.new(age="elder", eth=p.eth, reg=p.reg)
    k = rint(1, 3)
    if k == 1:
        return F("{rel}, {n} (usia {u} tahun, lahir {dob}), peserta BPJS Kesehatan nomor {b}, ditolak IGD {rs} pada {d} dengan "
                 "alasan \"bukan kegawatdaruratan\". Padahal beliau sesak napas. Kami terpaksa ke klinik swasta dan membayar {m}.",
                 rel=pick(["Bapak mertua saya", "Ayah saya", "Kakek kami"] if e.sex == "m" else ["Ibu mertua saya", "Ibu saya", "Nenek kami"]), n=V("PERSON", e.full),
                 u=2024 - e.dob.year, dob=dob_v(e), b=V("BPJS", bpjs()), rs=rs_of(p), d=event_date(), m=money(350000, 1800000))
    if k == 2:
        d = c.new(age="official")
        nr = c.new(age="young", sex="f")
        return F("Saya {p} mengantar {rel} berobat ke {rs}. Dokter jaga, dr. {dn}, {sp} hanya memeriksa dua menit, "
                 "lalu perawat bernama {nr} bilang obatnya harus beli di luar karena \"BPJS tidak menanggung\". "
                 "Nomor kartu KIS {rel2}: {b}. Mohon penjelasan.",
                 p=V("PERSON", p.full), rel=rel(e), rs=rs_of(p), dn=V("PERSON", d.full), sp=pick(["Sp.PD,", "Sp.A,", "Sp.OG,", ""]),
                 nr=V("PERSON", nr.call), rel2=pick(["beliau", "pasien", "ibu saya"]), b=V("BPJS", bpjs()))
    return F("Kartu JKN-KIS PBI atas nama {n} ({b}) tiba-tiba nonaktif per {d}. Kata petugas Puskesmas harus diaktifkan "
             "lewat Dinsos, kata Dinsos lewat desa. Beliau lansia, lahir {dob}, tinggal di {a}. Kami harus ke mana?",
             n=V("PERSON", e.full), b=V("BPJS", bpjs()), d=event_date(), dob=dob_v(e), a=address(e, full=False))


def n_land(c):
    p = c.new()
    f = c.new(age="elder", sex="m", eth=p.eth, reg=p.reg)
    u = c.new(age="elder", sex="m", eth=p.eth, reg=p.reg)
    k = c.new(age="official", eth=p.eth, reg=p.reg)
    return F("Tanah warisan almarhum {ay}, {f}, seluas {l} m² di {kel} didaftarkan PTSL atas nama paman kami, {u}, tanpa "
             "persetujuan ahli waris. Menurut {role} {k}, berkas sudah lengkap dan sertifikat sudah terbit. Paman tinggal di "
             "{a}. Mohon BPN meninjau ulang. Kontak saya {ph}.",
             ay=pick(["ayah kami", "kakek kami", "bapak saya"]), f=V("PERSON", f.full), l=pick(["1.200", "850", "2.400", "600"]),
             kel=p.reg["kelp"] + " " + kel_of(p), u=V("PERSON", u.full), role=pick(["Pak Kadus", "Kades", "Sekdes", "Kepala Dusun"]),
             k=V("PERSON", k.call), a=address(u, tail=chance(0.5), full=False), ph=V("PHONE", phone()))


def n_pkh(c):
    p = c.new(sex="f")
    k = rint(1, 3)
    if k == 1:
        pd = c.new(age="official")
        bank, acc = bank_account(p.eth, "BRI" if chance(0.6) else None)
        return F("Saya {p}, NIK {nik}, KPM PKH sejak 2019. Sejak tahap II tahun ini dana tidak masuk ke rekening {bank} {acc}. "
                 "Pendamping PKH, {pd}, bilang data saya dinonaktifkan di SIKS-NG tanpa alasan. Padahal kondisi kami tidak berubah.",
                 p=V("PERSON", p.full), nik=V("NIK", p.nik_v()), bank=bank, acc=V("BANK_ACCOUNT", acc), pd=nm(pd, pick(["hon_full", "full", "hon_call"])))
    if k == 2:
        kt = c.new(age="official", sex="f")
        return F("Ketua kelompok PKH di dusun kami, {kt}, memegang semua kartu KKS anggota dan memotong {m} tiap pencairan. "
                 "Yang protes diancam dicoret. Saya sendiri, {p} (KK {kk}), sudah dua kali dipotong.",
                 kt=nm(kt, pick(["hon_full", "full"])), m=money(25000, 100000, 5000), p=V("PERSON", p.full), kk=V("KK", p.kk_v()))
    t = c.new(eth=p.eth, reg=p.reg)
    return F("Keluarga kami ({n} orang, KK {kk}) tidak pernah dapat BLT-DD, sementara tetangga kami {t} yang punya mobil {pl} "
             "dan rumah dua lantai di {a} justru dapat tiap bulan. Mohon data penerima dibuka ke warga.",
             n=rint(4, 7), kk=V("KK", p.kk_v()), t=nm(t, pick(["hon_full", "full", "hon_call"])), pl=V("PLATE", plate(t.reg)),
             a=[V("ADDRESS", address_value(t, pick(["jl_rt", "dusun", "gang", "jl"])))])


def n_police(c):
    p = c.new(sex="m")
    cop = c.new(age="official", sex="m")
    rk = pick(RANKS)
    k = rint(1, 3)
    if k == 1:
        return F("Pada {d} pukul {h} motor saya nopol {pl} diberhentikan di razia dekat pasar {kel}. {rk} {cop} meminta \"uang damai\" "
                 "{m} tanpa surat tilang. Saya {p}, siap jadi saksi.", d=event_date(), h=f"{rint(7, 22):02d}.{rint(0, 59):02d}",
                 pl=V("PLATE", plate(p.reg)), kel=kel_of(p), rk=rk, cop=V("PERSON", pick([cop.full, cop.call])),
                 m=money(200000, 1500000, 50000), p=V("PERSON", p.full))
    if k == 2:
        v = c.new(eth=p.eth)
        return F("Laporan polisi No. LP/B/{n}/{bl}/2024/SPKT atas penganiayaan terhadap {rel} {v} sudah {b} bulan tanpa SP2HP. "
                 "Pelaku, {x}, masih bebas dan mengendarai mobil {pl} di kampung kami. Penyidik {rk} {cop} tidak pernah bisa ditemui.",
                 n=rint(100, 999), bl=pick(["III", "V", "VIII", "X"]), rel=rel(v), v=V("PERSON", v.full), b=rint(3, 9),
                 x=V("PERSON", c.new(sex="m").full), pl=V("PLATE", plate(p.reg)), rk=rk, cop=V("PERSON", cop.full))
    return F("Mobil dinas plat merah {pl} setiap Sabtu dipakai ke tempat wisata oleh keluarga {x}. Saya foto di parkiran pantai "
             "pada {d}. Bukankah kendaraan dinas hanya untuk tugas? {e}", pl=V("PLATE", plate(p.reg, "sp")),
             x=[pick(["Pak Camat ", "Kabid ", "Sekdis "]), V("PERSON", cop.full)], d=event_date(), e=emo())


def n_village(c):
    p = c.new()
    kd = c.new(age="official", eth=p.eth, reg=p.reg)
    bd = c.new(age="official", eth=p.eth, reg=p.reg)
    hd = head_of(p)
    return F("{h0} {kel}, {kd}, tidak pernah memasang baliho {h3}. {h2} {th} sebesar {m} katanya habis untuk "
             "rabat beton {pj} meter, tapi di lapangan hanya ada {pj2} meter. Bendahara, {bd}, menolak menunjukkan SPJ. "
             "Sesuai {r}, warga berhak tahu.",
             h0=hd[0], h2=hd[2], h3=hd[3], kel=kel_of(p), kd=nm(kd, pick(["full", "title", "hon_full"])), th=rint(2022, 2024),
             m=N(money(800000000, 1600000000, 1000000)) if hd[2] == "Dana Desa" else N(money(300000000, 900000000, 1000000)),
             pj=rint(400, 900), pj2=rint(100, 350), bd=nm(bd, pick(["full", "hon_full", "hon_call"])),
             r=pick(["Permendagri 20/2018", "UU 6/2014", "Permendesa PDTT No. 7 Tahun 2023", "UU 14/2008"]))


def n_utility(c):
    p = c.new()
    if chance(0.5):
        t = c.new(sex="m")
        return F("Rumah saya di {a} sudah {n} kali padam minggu ini. Petugas yantek yang datang, {t}, minta {m} untuk ganti kabel "
                 "\"biar cepat\". Apa memang ada biaya? Hubungi saya di {ph}. PLN {h} hanya memberi nomor laporan {tk}.",
                 a=address(p, full=False), n=rint(3, 9), t=nm(t, pick(["hon_call", "full", "hon_full"])),
                 m=money(150000, 600000, 50000), ph=V("PHONE", phone()), h="123", tk=N(ticket8()))
    return F("Tagihan PDAM saya bulan ini {m1}, biasanya {m2}. Meteran tidak pernah dicatat, petugas hanya menaksir. "
             "ID pelanggan sudah saya kirim lewat aplikasi. Nama: {p}, {cue} {ph}, alamat {a}.",
             m1=money(600000, 1200000), m2=money(60000, 120000), p=V("PERSON", p.full), cue=pick(["HP", "WA", "telp"]),
             ph=V("PHONE", phone()), a=address(p, tail=chance(0.5), full=False))


def n_adminduk(c):
    p = c.new()
    k = rint(1, 3)
    if k == 1:
        sp = c.new(sex="f" if p.sex == "m" else "m", eth=p.eth, reg=p.reg)
        return F("KTP-el {rel} {sp} (NIK {nik}) belum dicetak sejak {d}; alasannya blangko kosong. Padahal teman yang "
                 "\"kenal orang dalam\" bisa jadi dua hari dengan bayar {m}. KK kami {kk}.",
                 rel="istri saya" if sp.sex == "f" else "suami saya", sp=V("PERSON", sp.full), nik=V("NIK", sp.nik_v()),
                 d=event_date(), m=money(150000, 400000, 50000), kk=V("KK", p.kk_v()))
    if k == 2:
        ch = child_of(c, p)
        return F("Di KK kami nama anak kedua, {ch}, salah eja dan tanggal lahirnya tidak sesuai akta. Yang benar lahir {dob}. "
                 "Pengajuan perbaikan tanggal {d} belum diproses. Nama saya {p}, NIK {nik}.",
                 ch=V("PERSON", ch.full), dob=dob_v(ch), d=event_date(), p=V("PERSON", p.full), nik=V("NIK", p.nik_v()))
    pt = c.new(age="official")
    return F("Petugas loket Dukcapil bernama {pt} menolak berkas pindah datang saya karena \"sistem offline\", lalu menawarkan "
             "jalur cepat {m}. Saya {p}, {cue} {ph}. Mohon ditertibkan.", pt=V("PERSON", pt.full),
             m=money(200000, 500000, 50000), p=nm(p, pick(["full", "title"])), cue=pick(HP_CUE), ph=V("PHONE", phone()))


def n_pmi(c):
    p = c.new(age=pick(["adult", "elder"]))
    a = c.new(age="young", eth=p.eth, reg=p.reg)
    s = c.new(sex="m")
    bank, acc = bank_account(s.eth)
    return F("{rel} {a}, lahir {dob}, paspor {pp}, diberangkatkan ke {neg} oleh {org} pada {d}. Sudah {b} bulan gajinya tidak "
             "dibayar dan paspornya ditahan majikan. Sponsor lapangan, {s} ({ph}), meminta kami transfer {m} ke rekening {bank} "
             "{acc} untuk \"biaya pulang\".",
             rel=pick(["Adik saya", "Anak saya"]) if p.dob.year < 1980 else "Adik saya", a=V("PERSON", a.full), dob=dob_v(a, pick([None, None, "en", "en2"])), pp=V("PASSPORT", passport()),
             neg=pick(["Malaysia", "Taiwan", "Hong Kong", "Arab Saudi", "Singapura"]), org=pick(ORGS_PMI), d=event_date(), b=rint(3, 10),
             s=V("PERSON", s.full), ph=V("PHONE", phone()), m=money(3000000, 15000000, 500000), bank=bank, acc=V("BANK_ACCOUNT", acc))


def n_tax(c):
    p = c.new()
    r = R.random()
    if r < 0.4:
        np_ = [V("NPWP", fmt16(p.nik, pick(["plain", "sp4"])))]
        extra = "Sejak NIK jadi NPWP, "
    else:
        np_ = [V("NPWP", npwp_old())]
        extra = ""
    return F("NPWP saya {np} atas nama {p}. {ex}saya tidak bisa lapor SPT karena katanya NPWP dipakai sebuah CV yang tidak "
             "saya kenal dan ada tunggakan {m}. Sudah ke KPP {city} tanggal {d} tapi disuruh kirim surel. Mohon dibantu.",
             np=np_, p=V("PERSON", p.full), ex=extra, m=money(2000000, 40000000, 100000), city=p.reg["city"], d=event_date())


def n_sosmed(c):
    p = c.new(age=pick(["young", "adult"]))
    x = c.new(age="young")
    return F("Akun {pl} {h} milik {x} menyebarkan foto KTP saya lengkap dengan NIK dan menuduh saya penipu. Saya {p}, "
             "e-mail {em}. Sudah lapor ke {ih} dan {ie} tapi belum ada jawaban. {e}",
             pl=pick(["Instagram", "TikTok", "Facebook", "X"]), h=V("HANDLE", handle_of(x)), x=V("PERSON", x.full),
             p=V("PERSON", p.full), em=V("EMAIL", email_of(p)), ih=N(pick(INST_HANDLES)), ie=N(pick(INST_EMAILS)), e=emo())


def n_email(c):
    p = c.new()
    x = c.new(age="official")
    return F("Kepada: {ie}\nDari: {em}\nPerihal: Pungli pengurusan IMB/PBG\n\nYth. Admin,\nSaya dimintai {m} oleh {x} "
             "(staf bidang tata ruang) agar PBG rumah saya di {a} cepat terbit. Bukti chat ada.\n\nSalam,\n{p}",
             ie=N(pick(INST_EMAILS)), em=V("EMAIL", email_of(p)), m=money(2000000, 10000000, 500000),
             x=nm(x, pick(["full", "hon_full"])), a=address(p, tail=False), p=V("PERSON", p.full))


def n_letter(c):
    p = c.new()
    city = p.reg["city"]
    hdr = F("{city}, {d}\nKepada Yth. {to}\ndi tempat\n\nDengan hormat,\nYang bertanda tangan di bawah ini:\n",
            city=city, d=event_date(), to=pick(["Bupati " + city, "Wali Kota " + city, "Kepala Dinas Sosial", "Ombudsman RI Perwakilan"]))
    lab = pick([("Nama", "NIK", "Alamat", "No. HP"), ("Nama Lengkap", "No. KTP", "Alamat Rumah", "Telepon")])
    body = F("{l0}\t: {n}\n{l1}\t: {nik}\n{l2}\t: {a}\n{l3}\t: {ph}\n\n", l0=lab[0], n=V("PERSON", p.full), l1=lab[1],
             nik=V("NIK", p.nik_v()), l2=lab[2], a=address(p, full=False) if chance(0.7) else [V("ADDRESS", addr_ml(p))],
             l3=lab[3], ph=V("PHONE", phone()))
    isi = pick(["mengajukan keberatan atas pencoretan nama saya dari daftar penerima BLT.",
                "melaporkan pembangunan tower di samping rumah saya tanpa sosialisasi.",
                "memohon kejelasan ganti rugi lahan untuk pelebaran jalan provinsi."])
    return [hdr, body, "dengan ini ", isi, "\n\nHormat saya,\n\n", V("PERSON", p.full)]


def n_regional(c):
    e = pick(["jawa", "jawa", "sunda", "sunda", "minang", "bali", "manado", "ambon", "papua", "batak", "bugis", "ntt"])
    p = c.new(eth=e)
    if e == "jawa":
        x = c.new(eth="jawa", sex="m", age="official")
        return F("Nami kulo {p}, lair ing {city} tanggal {dob}, warga {a}. Kulo sampun kaping tiga matur dhateng Pak Carik {x}, "
                 "nanging surat pengantar mboten dipun damel menawi mboten mbayar {m}. Nyuwun pirsa, punapa leres? Matur nuwun.",
                 p=V("PERSON", p.full), city=p.reg["city"], dob=dob_v(p), a=address(p, full=False), x=V("PERSON", x.call),
                 m=money(50000, 200000, 25000))
    if e == "sunda":
        x = c.new(eth="sunda", age="official")
        return F("Abdi {p}, ti {a}. Bantuan BPNT abdi tos tilu bulan teu cair, saurna kartuna dicepeng ku {h} {x}. "
                 "Upami bade dicandak kedah mayar heula {m}. Punten dibantos, nomer abdi {ph}. Hatur nuhun.",
                 p=V("PERSON", p.full), a=address(p, full=False, kind=pick(["kp", "dusun", "gang"])), h=x.hon(True),
                 x=V("PERSON", x.call), m=money(20000, 100000, 10000), ph=V("PHONE", phone()))
    if e == "minang":
        x = c.new(eth="minang", sex="m", age="official")
        return F("Ambo {p}, lahia di {city} {dob}, tingga di {a}. Wali Jorong, {x}, indak namuah mambuek surek katarangan "
                 "kalau indak dibayia {m}. Alah tigo kali ambo datang. Tolong dicaliak.",
                 p=V("PERSON", p.full), city=p.reg["city"], dob=dob_v(p), a=address(p, kind="jorong", full=False),
                 x=V("PERSON", x.full), m=money(50000, 300000, 50000))
    if e == "bali":
        x = c.new(eth="bali", sex="m", age="official")
        return F("Om Swastyastu. Tiang {p}, lekad ring {city}, {dob}, magenah ring {a}. Klian banjar, {x}, nagih pipis {m} "
                 "anggen surat pindah. Napi wenten aturanne? Suksma.",
                 p=V("PERSON", p.full), city=p.reg["city"], dob=dob_v(p), a=address(p, kind="banjar", full=False),
                 x=nm(x, pick(["hon_call", "full"])), m=money(100000, 500000, 50000))
    if e == "manado":
        x = c.new(eth="manado", sex="m", age="official")
        return F("Kita {p}, tinggal di {a}. Torang pe lorong so dua minggu nda ada air PDAM. Om Lurah {x} bilang tunggu jo, "
                 "mar so lama skali. Kita pe nomor {ph}, tolong baku bantu.",
                 p=V("PERSON", p.full), a=address(p, full=False), x=V("PERSON", x.call), ph=V("PHONE", phone()))
    if e == "ambon":
        x = c.new(eth="ambon", age="official")
        return F("Beta {p} dari {kel}. Beta pung anak {ch} seng dapa PIP padahal su daftar. Operator sekolah, {h} {x}, "
                 "bilang nama seng ada. Beta pung HP {ph}. Tolong bapa ibu dong bantu.",
                 p=V("PERSON", p.full), kel="Kel. " + kel_of(p), ch=V("PERSON", c.new(eth="ambon", age="child").call),
                 h=x.hon(True), x=V("PERSON", x.call), ph=V("PHONE", phone()))
    if e == "papua":
        x = c.new(eth="papua", sex="m", age="official")
        return F("Sa {p}, tinggal di {a}. Dana bantuan untuk mama-mama pedagang tra sampe ke kitorang. Kepala kampung, {x}, "
                 "bilang uang su habis. Sa pu nomor {ph}. Tolong cek.",
                 p=V("PERSON", p.full), a=address(p, full=False, kind="jl_rt"), x=V("PERSON", x.full), ph=V("PHONE", phone()))
    if e == "batak":
        x = c.new(eth="batak", sex="m", age="official")
        return F("Horas. Au {p}, tubu di {city} {dob}. Tanah parbagianku dijual ito-ku tanpa izin, dibantu Kepala Desa {x}. "
                 "Rumah kami di {a}. Mauliate.",
                 p=V("PERSON", p.full), city=p.reg["city"], dob=dob_v(p), x=V("PERSON", x.full), a=address(p, full=False))
    if e == "bugis":
        x = c.new(eth="bugis", sex="m", age="official")
        return F("Tabe', arengku {p}, lahir {dob}. Bantuan benih padi di kelompok tani kami dijual ketuanya, Daeng {x}. "
                 "Rumahku di {a}. Nomor {ph}. Terima kasih.",
                 p=V("PERSON", p.full), dob=dob_v(p), x=V("PERSON", x.call), a=address(p, full=False), ph=V("PHONE", phone()))
    x = c.new(eth="ntt", sex="m", age="official")
    return F("Beta {p} dari {kel}. Air bersih di kampung su tiga bulan sonde jalan, pipa dipotong. Om Kades {x} bilang tunggu "
             "dana tahap dua. Beta pung nomor {ph}. Terima kasih banyak.",
             p=V("PERSON", p.full), kel="Desa " + kel_of(p), x=V("PERSON", x.call), ph=V("PHONE", phone()))


def n_chat(c):
    a = c.new()
    b = c.new()
    x = c.new(age="official")
    t0 = rint(7, 20)
    ms = sorted(rint(0, 59) for _ in range(2)) + sorted(rint(0, 59) for _ in range(2))
    lines = [
        F("[{t}] {a}: {m}\n", t=f"{t0:02d}.{ms[0]:02d}", a=V("PERSON", a.call), m=pick(["bansos beras dah dibagi blm?", "pupuk subsidi dah dtg?", "air pdam mati lg ya"])),
        F("[{t}] {b}: blm, katanya {role} {x} yg pegang\n", t=f"{t0:02d}.{ms[1]:02d}", b=V("PERSON", b.call), role=role_of(x),
          x=V("PERSON", x.call)),
        F("[{t}] {a}: sy lapor aja ke 1708, nik sy {nik}\n", t=f"{t0 + 1:02d}.{ms[2]:02d}", a=V("PERSON", a.call), nik=V("NIK", a.nik_v("plain"))),
        F("[{t}] {b}: wa sy {ph} kabarin ya\n", t=f"{t0 + 1:02d}.{ms[3]:02d}", b=V("PERSON", b.call), ph=V("PHONE", phone(pick(["plain", "62", "+62"])))),
    ]
    if chance(0.5):
        lines = lines[:3]
    return [pick(["(diteruskan dari grup WA warga)\n", "Copas chat grup:\n", ""])] + lines


def n_family(c):
    p = c.new()
    n = rint(2, 4)
    fam = [p] + [c.new(eth=p.eth, reg=p.reg, age=pick(["child", "child", "young", "elder"])) for _ in range(n)]
    out = [pick(["Data keluarga yang tidak terdaftar DTKS:\n", "Berikut anggota KK kami yang hilang dari data penerima:\n",
                 "Mohon dicek data kami:\n"])]
    for i, m in enumerate(fam, 1):
        out += F("{i}. {n} – NIK {nik} – lahir {dob}\n", i=i, n=V("PERSON", m.full), nik=V("NIK", m.nik_v()), dob=dob_v(m))
    out += F("No. KK {kk}. Kontak {ph}.", kk=V("KK", p.kk_v()), ph=V("PHONE", phone()))
    return out


def n_neighbour(c):
    p = c.new()
    nb = c.new(eth=p.eth, reg=p.reg)
    rt = c.new(eth=p.eth, reg=p.reg, sex="m", age="official")
    return F("Tetangga sebelah rumah saya, {nb}, membangun pagar yang menutup saluran air sehingga rumah kami di {a} "
             "kebanjiran tiap hujan. Anaknya juga memarkir mobil {pl} di mulut gang. Pak RT {rt} tidak bertindak karena masih "
             "saudara. {e}", nb=nm(nb, pick(["full", "hon_full", "hon_call"])), a=address(p, full=False),
             pl=V("PLATE", plate(p.reg)), rt=V("PERSON", rt.call), e=emo())


def n_caps(c):
    p = c.new()
    x = c.new(age="official")
    return [F("SAYA {p} WARGA {a} MELAPORKAN {r} {x} YANG MEMINTA UANG {m} UNTUK PENGURUSAN SERTIFIKAT PTSL. "
              "PADAHAL PROGRAM INI GRATIS. MOHON DITINDAK TEGAS!!! HP {ph}",
              p=V("PERSON", p.full.upper()), a=[V("ADDRESS", home_of(p, pick(["dusun", "jl_rt", "kp"])).upper())],
              r=pick(["KADUS", "KEPALA DESA", "SEKDES", "KETUA PANITIA"]), x=V("PERSON", x.full.upper()),
              m=money(300000, 1500000, 50000), ph=V("PHONE", phone()))]


def n_sms_long(c):
    p = c.new()
    x = c.new(age="official")
    return F("{e} mhn maaf ganggu. sy {p} nik {nik} tgl lhr {dob} almt {a}. sdh 2x ngajuin KIS tp ditolak trs, kata {r} {x} "
             "hrs ada surat dr desa. sy udh bawa. tlg bantu. wa {ph}",
             e=emo(), p=V("PERSON", p.full.lower()), nik=V("NIK", p.nik_v("plain")), dob=dob_v(p, pick(["dash", "slash", "dash_nz", "dot"])),
             a=[V("ADDRESS", home_of(p, pick(["dusun", "jl_rt", "gang"])).lower())], r=pick(["petugas", "bu bidan" if x.sex == "f" else "pak mantri"]),
             x=V("PERSON", x.call.lower()), ph=V("PHONE", phone(pick(["plain", "62"]))))


def n_post(c):
    a = c.new(age=pick(["young", "adult"]))
    b = c.new(age="young")
    x = c.new(age="official")
    ago = pick(["3j", "15m", "1h", "2 jam", "kemarin", "40m"])
    body = pick([
        F("Min {ih} tolong dong, {r} {x} di desa kami minta {m} buat tanda tangan surat tanah. Yang gak bayar dipersulit. #LAPOR",
          ih=N(pick(["@lapor1708", "@lapor1708", "@pemkotmakassar", "@humaspemkabsleman"])), r=pick(["Pak Kades", "Pak Kadus", "Sekdes"]),
          x=V("PERSON", x.call), m=money(300000, 2000000, 50000)),
        F("Jalan rusak 3 tahun gak diperbaiki, giliran pejabat mau lewat langsung ditambal 😂 {ih} #jalanrusak",
          ih=N(pick(INST_HANDLES))),
        F("Antre dari subuh di {rs}, berkas ditolak cuma karena fotokopi KK kurang satu. {ih} 🙏", rs=pick(["Dukcapil", "kantor BPJS", "Samsat"]),
          ih=N(pick(["@bpjskesehatan_ri", "@dukcapil_kemendagri", "@lapor1708"]))),
    ])
    out = F("{an} {ah} · {ago}\n{body}\n\n", an=V("PERSON", a.full if chance(0.6) else a.call), ah=V("HANDLE", handle_of(a)),
            ago=ago, body=body)
    out += F("{bh} {cm}\n", bh=V("HANDLE", handle_of(b)), cm=pick(["sama kak, di kampung sy jg gitu", "up biar dibaca bupati",
                                                                 "laporin aja ke 1708 kak", "fix pungli ini mah"]))
    if chance(0.5):
        out += F("{ah} {cm}", ah=V("HANDLE", handle_of(a)), cm=pick(["makasih kak 🙏", "udah sy lapor kok", "iya kak, capek"]))
    return out


def n_transcript(c):
    p = c.new()
    op = pick(["Operator", "CS", "Petugas", "Agen 1708"])
    pl = pick(["Penelepon", "Pelapor", "Warga"])
    x = c.new(age="official")
    return F("{op}: Layanan 1708, dengan siapa saya bicara?\n{pl}: Dengan {n}, Pak.\n{op}: Nomor yang bisa dihubungi?\n"
             "{pl}: {ph}.\n{op}: Keluhannya apa?\n{pl}: Bantuan beras dusun kami dibawa pulang sama {r} {x}, warga cuma dapat "
             "separuh.\n{op}: Baik, laporan dicatat dengan nomor {t}.",
             op=op, pl=pl, n=V("PERSON", pick([p.full, p.call])), ph=V("PHONE", phone(pick(["space", "plain", "433"]))),
             r=role_of(x), x=V("PERSON", x.call), t=N(ticket8()))


def n_receipt(c):
    a = c.new()
    b = c.new(age="official")
    return F("(foto kuitansi, saya ketik ulang)\nKUITANSI\nNo.: {no}\nTelah terima dari\t: {a}\nUang sejumlah\t: {m}\n"
             "Untuk pembayaran\t: {u}\n{city}, {d}\nYang menerima,\n{b}\n\nPadahal layanan ini gratis. Mohon diusut.",
             no=f"{rint(1, 250):03d}/{pick(['DS', 'PAN', 'KW'])}/{rint(2023, 2025)}", a=V("PERSON", a.full.upper() if chance(0.4) else a.full),
             m=money(250000, 2500000, 50000), u=pick(["biaya PTSL", "pengurusan surat waris", "administrasi KIP", "uang pangkal"]),
             city=a.reg["city"], d=event_date(), b=V("PERSON", b.full))


def n_memo(c):
    p = c.new()
    return F("DISPOSISI\nDari: Sekretaris Dinas\nKepada: Kabid {b}\nIsi: Mohon tindak lanjut laporan {t} a.n. {n} ({ph}) "
             "terkait {k}. Pelapor tinggal di {a}. Jaga kerahasiaan identitas pelapor.\nTgl: {d}",
             b=pick(["Linjamsos", "Dafduk", "Bina Marga", "Pelayanan Kesehatan"]), t=N(ticket16()), n=V("PERSON", p.full),
             ph=V("PHONE", phone()), k=pick(["bansos yang tidak tepat sasaran", "jalan lingkungan rusak", "KTP-el yang belum terbit",
                                             "pungutan di puskesmas"]), a=address(p, full=False), d=event_date())


NORMAL_PII = [n_transcript, n_receipt, n_memo, n_post, n_post, n_ticket, n_ticket, n_ticket, n_school, n_school, n_hospital, n_hospital, n_land, n_pkh, n_pkh, n_police,
              n_village, n_utility, n_adminduk, n_adminduk, n_pmi, n_tax, n_sosmed, n_email, n_letter, n_regional,
              n_regional, n_regional, n_chat, n_family, n_neighbour, n_caps, n_sms_long]


# ======================================================================================
# NORMAL PII-free texts
FREE_REG = [None]


def free_region():
    return FREE_REG[0] or REGIONS[pick(list(REGIONS))]


def office_line(reg):
    return N(landline(reg, pick(["paren", "paren_dash", "dash"])))


OVERSIGHT = ["Ombudsman RI Perwakilan", "Inspektorat Kabupaten", "DPRD", "Sekretariat LAPOR! daerah", "Inspektorat Daerah"]


def nf_road(c):
    r = free_region()
    return F("Jalan provinsi ruas {a} di km {k} rusak parah sejak {d}. Sudah dilaporkan lewat tiket {t} dan dijawab akan "
             "dianggarkan pada APBD {y}. Faktanya belum ada pengerjaan sama sekali. Lampu PJU di sepanjang Jl. {h} juga mati "
             "sehingga {n} pengendara jatuh bulan ini. {e}",
             a=pick(["Balige–Laguboti", "Wonosari–Semanu", "Soe–Kapan", "Maros–Bone", "Sentani–Genyem", "Garut–Cikajang"]),
             k=rint(3, 60), d=event_date(), t=N(pick([ticket_hash(), ticket16(), ticket8()])), y=rint(2024, 2026),
             h=pick(["Jenderal Sudirman", "Diponegoro", "Pattimura", "Sam Ratulangi", "Teuku Umar", "Ahmad Yani", "Imam Bonjol"]),
             n=rint(2, 9), e=pick(["", emo()]))


def nf_budget(c):
    r = free_region()
    return F("Kami warga {kp} {kel}, Kec. {kec}, mempertanyakan Dana Desa {y} sebesar {m}. BLT-DD untuk {n} KPM seharusnya "
             "Rp 300.000 per bulan, tetapi warga hanya menerima Rp 200.000. Kepala desa tidak pernah mengadakan musdes "
             "sebagaimana diwajibkan {reg}. Mohon Inspektorat melakukan audit.",
             kp=r["kelp"], kel=pick(r["kel"]), kec=pick(r["kec"]), y=rint(2022, 2024), m=N(money(700000000, 1500000000, 1000000)),
             n=rint(18, 140), reg=pick(["Permendesa PDTT No. 7 Tahun 2023", "UU 6/2014", "Permendagri 20/2018"]))


def nf_bos(c):
    r = free_region()
    return F("Dana BOS {s} (NPSN {np}) tahun {y} sebesar {m} tidak pernah diumumkan di papan informasi sekolah. Komite hanya "
             "diminta tanda tangan. Wali murid masih dipungut uang gedung {m2}. Bukankah {reg} melarang pungutan itu?",
             s=pick(SCHOOLS).format(kel=pick(r["kel"]), city=r["city"]), np=rint(20100000, 69999999), y=rint(2022, 2024),
             m=N(money(180000000, 900000000, 1000000)), m2=money(750000, 2500000, 50000),
             reg=pick(["Permendikbud 75/2016", "Permendikbudristek No. 63 Tahun 2023", "PP 17/2010"]))


def nf_hospital(c):
    r = free_region()
    return F("Antrean pasien BPJS di poli penyakit dalam {rs} sudah di luar batas. Saya dapat nomor antrean B-{n} jam {h}.00 "
             "dan baru dipanggil pukul {h2}.30. Halo BPJS 165 hanya menyarankan sabar. Lansia usia {u} tahun ikut mengantre "
             "sambil berdiri. {e}", rs=pick(r["rs"]), n=f"{rint(40, 180):03d}", h=rint(5, 7), h2=rint(12, 15), u=rint(70, 88),
             e=pick(["", emo(), "Mohon dibenahi."]))


def nf_pln(c):
    r = free_region()
    return F("Pemadaman listrik di Kec. {kec} terjadi {n} kali dalam seminggu, masing-masing 3–5 jam, tanpa pemberitahuan. "
             "Usaha kecil warga rugi. Laporan ke PLN 123 hanya diberi nomor {t}. Mohon penjelasan resmi dari PLN UP3 {city}.",
             kec=pick(r["kec"]), n=rint(3, 8), t=N(pick([ticket8(), "K" + digits(11)])), city=r["city"])


def nf_pdam(c):
    r = free_region()
    return F("Air PDAM di wilayah {kel} keruh dan berbau sejak {d}. Call center PDAM di nomor kantor {tl} tidak pernah diangkat. "
             "Sudah kirim surel ke {em} tapi tidak ada balasan. Tagihan tetap naik {m} per bulan.",
             kel=pick(r["kel"]), d=event_date(), tl=office_line(r), em=N(pick(INST_EMAILS)), m=money(15000, 60000, 5000))


def nf_adminduk(c):
    r = free_region()
    return F("Blangko KTP-el di Dinas Dukcapil {city} kosong sejak {d}. Warga kelahiran {y} yang baru berusia 17 tahun tidak "
             "bisa mendaftar kuliah. Kantor Dukcapil di Jl. {st} No. {no} penuh setiap pagi. Sesuai {reg}, pelayanan adminduk "
             "tidak boleh dipungut biaya, tapi calo masih berkeliaran.",
             city=r["city"], d=event_date(), y=rint(2006, 2008), st=pick(STREETS), no=rint(1, 120),
             reg=pick(["UU No. 24 Tahun 2013", "Perpres 96/2018", "Permendagri No. 73 Tahun 2022"]))


def nf_followup(c):
    return F("Menindaklanjuti laporan saya {t1} tanggal {d} (ID {t2}), sampai hari ini sudah lewat 14 hari kerja tanpa "
             "tindak lanjut dari instansi terlapor, padahal {reg} mengatur batas waktunya. Mohon admin LAPOR! mengeskalasi. "
             "Terima kasih.", t1=N(ticket_hash()), d=event_date(), t2=N(ticket16()),
             reg=pick(["Perpres 76/2013", "Permen PANRB No. 62 Tahun 2018", "UU No. 25 Tahun 2009"]))


def nf_inst(c):
    r = free_region()
    return F("Info buat warga yang mau lapor: SMS ke 1708, web lapor.go.id, IG {h}, atau e-mail {em}. Bisa juga datang ke "
             "kantor {o} {city} di Jl. {st} No. {no}, telepon kantor {tl}. Jangan lupa simpan nomor tiketnya ya. {e}",
             h=N(pick(INST_HANDLES)), em=N(pick(INST_EMAILS)), o=pick(OVERSIGHT), city=r["city"], st=pick(STREETS),
             no=rint(1, 99), tl=office_line(r), e=pick(["", emo()]))


def nf_system(c):
    return F("Terima kasih, laporan Anda dengan nomor {t} telah kami terima pada {d} dan diteruskan ke {ins}. "
             "Instansi wajib menindaklanjuti paling lambat 5 hari kerja. Pantau status melalui lapor.go.id atau balas SMS "
             "dengan format CEK{t2}. Admin LAPOR! ({h})",
             t=N(ticket16()), d=event_date(), ins=pick(["Dinas Sosial", "Dinas PUPR", "RSUD", "Polres", "Disdukcapil"]),
             t2=N(" " + ticket8()), h=N("@lapor1708"))


def nf_ppdb(c):
    r = free_region()
    return F("PPDB jalur zonasi di {s} tahun ini kuotanya hanya {q} kursi, sementara pendaftar dari RT {a} dan RT {b} saja "
             "lebih dari {n} anak. Banyak anak yang rumahnya 300 meter dari sekolah malah tersingkir. {reg} harus dievaluasi.",
             s=pick(SCHOOLS).format(kel=pick(r["kel"]), city=r["city"]), q=rint(40, 160), a=f"{rint(1, 9):02d}", b=f"{rint(10, 15):02d}",
             n=rint(60, 200), reg=pick(["Permendikbud No. 1 Tahun 2021", "Permendikbudristek No. 47 Tahun 2023"]))


def nf_lansia(c):
    return F("Bantuan lansia di kecamatan kami hanya untuk warga kelahiran {y} ke bawah, padahal banyak yang usia {u} tahun "
             "hidup sendiri. Pendamping bilang itu aturan pusat, tapi tidak bisa menunjukkan suratnya. {n} KK lansia belum "
             "tercatat. Tolong diperjelas.", y=rint(1950, 1960), u=rint(62, 70), n=pick(["120", "87", "2.350", "46"]))


def nf_police(c):
    return F("Setiap malam Minggu ada pungli di pos razia dekat km {k} jalan lintas {j}. Oknum berseragam menarik {m} per truk "
             "tanpa tanda bukti. Sudah lapor ke 110 dan Propam, belum ada perubahan. Laporan polisi No. LP/B/{n}/VI/2024 juga "
             "mandek.", k=rint(10, 120), j=pick(["Sumatera", "Trans Sulawesi", "Pantura", "Trans Papua", "Trans Kalimantan"]),
             m=money(20000, 100000, 5000), n=rint(100, 999))


def nf_transcript(c):
    r = free_region()
    return F("Operator: Selamat {w}, layanan pengaduan 1708, dengan siapa saya bicara?\nPenelepon: Maaf, saya tidak mau sebut nama, "
             "takut. Saya warga {kel}.\nOperator: Baik, tidak apa-apa. Keluhannya apa?\nPenelepon: Jembatan di {kec} putus sejak "
             "{d}, anak-anak sekolah memutar {k} km.\nOperator: Dicatat dengan nomor {t}.",
             w=pick(["pagi", "siang", "sore"]), kel=pick(r["kel"]), kec="Kec. " + pick(r["kec"]), d=event_date(), k=rint(3, 15),
             t=N(pick([ticket_hash(), ticket8()])))


def nf_market(c):
    r = free_region()
    return pick([
        F("Retribusi pasar {kec} naik dari {a} menjadi {b} per lapak per hari tanpa sosialisasi. Karcis yang diberikan tidak "
          "bernomor seri. Dasar hukumnya katanya {reg}, tetapi perda itu belum diundangkan.",
          kec=pick(r["kec"]), a=money(2000, 5000, 500), b=money(7000, 15000, 500),
          reg=pick(["Perda No. 4 Tahun 2019", "Perda 12/2023", "Perbup No. 11 Tahun 2023"])),
        F("Sampah di TPS depan pasar {kec} tidak diangkut sejak {d}. Baunya sampai ke SD Negeri 2 di seberang jalan. "
          "DLH hanya menjawab truk rusak. Iuran sampah {m} per bulan tetap ditagih ke {n} KK.",
          kec=pick(r["kec"]), d=event_date(), m=money(10000, 30000, 5000), n=rint(40, 300)),
    ])


def nf_school_building(c):
    r = free_region()
    s_ = pick(SCHOOLS).format(kel=pick(r["kel"]), city=r["city"])
    return pick([
        F("Atap dua ruang kelas {s} roboh pada {d}. Untung kejadiannya malam hari. Sekarang {n} siswa belajar di mushola. "
          "Usulan rehab sudah masuk Dapodik sejak {y} tapi belum ada DAK.", s=s_, d=event_date(), n=rint(40, 120), y=rint(2020, 2023)),
        F("Mohon penjelasan soal PIP: siswa {s} yang sudah ditetapkan penerima SK {y} belum bisa mencairkan dana di bank "
          "penyalur karena “rekening belum aktif”. Nilainya {m} per anak dan sangat dibutuhkan.",
          s=s_, y=rint(2022, 2024), m=pick(["Rp 450.000", "Rp 750.000", "Rp 1.800.000", "Rp1 juta"])),
    ])


def nf_water(c):
    r = free_region()
    return F("Sumur bor bantuan tahun {y} di {kp} {kel} hanya berfungsi dua bulan. Pompa rusak dan tidak ada yang bertanggung "
             "jawab. Nilai proyeknya {m} menurut papan proyek (No. Kontrak {k}). {n} KK kembali mengambil air ke sungai.",
             y=rint(2021, 2024), kp=r["kelp"], kel=pick(r["kel"]), m=N(money(150000000, 480000000, 1000000)),
             k=f"{rint(600, 699)}/{rint(10, 999)}/PUPR/{rint(2021, 2024)}", n=rint(30, 200))


NORMAL_FREE = [nf_transcript, nf_market, nf_school_building, nf_water, nf_road, nf_budget, nf_bos, nf_hospital, nf_pln, nf_pdam, nf_adminduk, nf_followup, nf_inst, nf_system,
               nf_ppdb, nf_lansia, nf_police]


# ======================================================================================
# LONG texts (1.5-4 KB)
JOBS = ["petani", "buruh harian lepas", "guru honorer", "ibu rumah tangga", "pedagang pasar", "nelayan", "ojek online",
        "karyawan swasta", "pensiunan", "tukang bangunan", "perangkat desa nonaktif", "mahasiswa"]


def open_letter(c, p, subject):
    city = p.reg["city"]
    bl = pick([("Nama", "Tempat/Tgl. Lahir", "NIK", "Pekerjaan", "Alamat", "No. HP"),
               ("Nama Lengkap", "TTL", "No. KTP", "Pekerjaan", "Alamat Domisili", "Telp/WA"),
               ("Nama", "Tempat, tanggal lahir", "NIK", "Pekerjaan", "Alamat", "HP")])
    sep = pick(["\t: ", " : ", ": "])
    addr = address(p, full=False) if chance(0.6) else [V("ADDRESS", addr_ml(p)), area_tail(p, False)]
    return F("{city}, {d}\n\nKepada Yth.\n{to}\ndi {city}\n\nPerihal: {subj}\n\nDengan hormat,\nSaya yang bertanda tangan di bawah ini:\n"
             "{l0}{s}{n}\n{l1}{s}{pl}, {dob}\n{l2}{s}{nik}\n{np}{l3}{s}{job}\n{l4}{s}{a}\n{l5}{s}{ph}\n\n"
             "dengan ini menyampaikan pengaduan sebagai berikut.\n\n",
             city=city, d=event_date(), to=pick(["Bupati " + city, "Kepala Ombudsman RI Perwakilan", "Inspektur Daerah",
                                                "Ketua DPRD " + city, "Admin LAPOR!"]),
             subj=subject, l0=bl[0], s=sep, n=V("PERSON", p.full), l1=bl[1], pl=pick(p.reg["kel"] + [city]), dob=dob_v(p),
             l2=bl[2], nik=V("NIK", p.nik_v()), l3=bl[3], job=pick(JOBS), l4=bl[4], a=addr, l5=bl[5], ph=V("PHONE", phone()),
             np=["NPWP", sep, V("NPWP", npwp_old()), "\n"] if chance(0.25) else "")


def open_narr(c, p, subject):
    return F("{g}\n\nPerkenalkan, saya {n}, {u} tahun, {job}, tinggal di {a}. Saya ingin melaporkan masalah {subj}.\n\n",
             g=pick(["Selamat siang admin LAPOR!", "Yth. Bapak/Ibu petugas,", "Halo min,", "Selamat pagi."]),
             n=nm(p, pick(["full", "full", "title"])), u=2024 - p.dob.year, job=pick(JOBS), a=address(p), subj=subject.lower())


def open_salam(c, p, subject):
    g = {"bali": "Om Swastyastu.", "batak": "Horas!", "ntt": "Salam sejahtera.", "papua": "Shalom.", "manado": "Syalom.",
         "ambon": "Salam sejahtera.", "jawa_k": "Salam damai.", "tionghoa": "Salam sejahtera."}.get(p.eth, "Assalamu'alaikum wr. wb.")
    return F("{g}\n\nNama saya {n}, lahir di {pl} pada {dob}, warga {kp} {kel}, Kec. {kec}. Rumah saya di {a}. Izinkan saya "
             "menyampaikan keluhan tentang {subj}.\n\n", g=g, n=V("PERSON", p.full), pl=p.reg["city"], dob=dob_v(p),
             kp=p.reg["kelp"], kel=kel_of(p), kec=kec_of(p), a=[V("ADDRESS", home_of(p))], subj=subject.lower())


def open_ticket(c, p, subject):
    sep = pick([" : ", ": ", "\t: "])
    return F("TIKET {t}\nKanal{s}Telepon 1708\nNama{s}{n}\nNIK{s}{nik}\nHP{s}{ph}\nAlamat{s}{a}\nKategori{s}{subj}\n"
             "Uraian (disalin dari penuturan pelapor):\n\n",
             t=N(ticket_hash()), s=sep, n=V("PERSON", pick([p.full.upper(), p.full])), nik=[V("NIK", p.nik_v())] if chance(0.7) else "-",
             ph=V("PHONE", phone()), a=address(p, full=False), subj=subject)


def open_email(c, p, subject):
    return F("Kepada: {ie}\nDari: {em}\nSubjek: {subj}\n\nYth. Admin,\n\nSaya {n}, NIK {nik}, beralamat di {a}.\n\n",
             ie=N(pick(INST_EMAILS)), em=V("EMAIL", email_of(p)), subj=subject, n=V("PERSON", p.full), nik=V("NIK", p.nik_v()),
             a=address(p))


OPENERS = [open_letter, open_narr, open_salam, open_ticket, open_email]


def close_para(c, p):
    k = rint(1, 6)
    if k == 1:
        return F("Hormat saya,\n\n{n}\n{ph}", n=V("PERSON", p.full), ph=V("PHONE", phone()))
    if k == 2:
        return F("Demikian laporan ini saya buat dengan sebenar-benarnya. Atas perhatiannya saya ucapkan terima kasih.\n\n"
                 "Salam,\n{n}\nHP/WA: {ph}\nE-mail: {em}{ig}", n=nm(p, pick(["full", "title"])), ph=V("PHONE", phone()), em=V("EMAIL", email_of(p)),
                 ig=["\nIG: ", V("HANDLE", handle_of(p))] if chance(0.4) else "")
    if k == 3:
        th = {"jawa": "Matur nuwun sanget.", "sunda": "Hatur nuhun.", "bali": "Suksma.", "batak": "Mauliate.",
              "minang": "Tarimo kasih banyak.", "bugis": "Terima kasih, tabe'.", "manado": "Makase banyak.",
              "ambon": "Danke banyak.", "ntt": "Terima kasih banyak.", "papua": "Terima kasih, Tuhan berkati."}.get(p.eth, "Terima kasih.")
        return F("{th}\n{n}", th=th, n=V("PERSON", pick([p.full, p.call])))
    if k == 4:
        return F("{g}\n\nTtd,\n{n}", g="Wassalamu'alaikum wr. wb." if p.muslim else pick(["Salam sejahtera.", "Tuhan memberkati."]),
                 n=V("PERSON", p.full))
    if k == 5:
        return "Terima kasih. Mohon identitas saya dirahasiakan."
    return F("Salam hormat,\n{n} ({ph})", n=V("PERSON", p.full), ph=V("PHONE", phone()))


def followup_para(c, p):
    return F("Masalah ini sudah saya laporkan lewat SMS 1708 pada {d} (tiket {t1}) dan lewat aplikasi dengan nomor {t2}. "
             "Saya juga sudah datang ke kantor {o} dan diterima petugas piket, tetapi sampai sekarang belum ada kabar. "
             "Call center {h} juga hanya menyarankan menunggu.\n\n",
             d=event_date(), t1=N(ticket_hash()), t2=N(ticket16()), o=pick(OVERSIGHT), h=pick(["1708", "112", "165", "123"]))


def request_para(c, p):
    r1, r2 = pick(REGS), pick(REGS)
    return F("Saya memohon agar masalah ini diperiksa sesuai {r1} dan {r2}. Saya juga memohon identitas saya dirahasiakan "
             "karena khawatir ada intimidasi dari pihak terlapor.\n\n", r1=r1, r2=r2)


def th_land(c, p):
    f = c.new(age="elder", sex="m", eth=p.eth, reg=p.reg)
    s1 = c.new(eth=p.eth, reg=p.reg)
    s2 = c.new(eth=p.eth, reg=p.reg)
    u = c.new(age="elder", sex="m", eth=p.eth, reg=p.reg, bad=True)
    k = c.new(age="official", sex="m", eth=p.eth, reg=p.reg)
    return [
        F("Almarhum {ay} kami, {f}, meninggal pada {d} dan meninggalkan tanah pekarangan seluas {l} m² serta sawah kurang lebih "
          "{l2} m². Ahli warisnya adalah saya, {s1}, dan {s2}. Semasa hidup beliau tinggal di {a}.\n\n",
          ay=pick(["ayah", "bapak", "kakek"]), f=nm(f, pick(["full", "title"])), d=event_date(), l=pick(["1.200", "850", "640"]),
          l2=pick(["3.000", "5.400", "2.150"]), s1=nm(s1, pick(["full", "hon_full"])), s2=nm(s2, pick(["full", "hon_full"])),
          a=address(f, full=False)),
        F("Masalah muncul ketika paman kami, {u}, mendaftarkan tanah itu dalam program PTSL {y} atas namanya sendiri. "
          "Menurut {role} {k}, berkasnya dilengkapi surat keterangan waris yang ditandatangani {s1c} tanpa sepengetahuan kami. "
          "Waktu saya tanya, {kc} malah bilang, “Itu urusan keluarga, jangan bawa-bawa desa.”\n\n",
          u=nm(u, pick(["full", "hon_full"])), y=rint(2021, 2024), role=pick(["Kepala Dusun", "Pak Kadus", "Kades", "Sekdes"]),
          k=V("PERSON", k.full), s1c=V("PERSON", s1.call), kc=V("PERSON", k.call)),
        F("Paman sekarang tinggal di {a}. Sertifikat kabarnya sudah terbit dan dijaminkan ke bank. Sebagai bukti saya "
          "lampirkan KK almarhum No. {kk}, NIK saya {nik}, dan NIK {s2c} {nik2}.\n\n",
          a=address(u, full=False), kk=V("KK", f.kk_v()), nik=V("NIK", p.nik_v()), s2c=V("PERSON", s2.call), nik2=V("NIK", s2.nik_v())),
    ]


def th_pkh(c, p):
    m = c.new(age="elder", sex="f", eth=p.eth, reg=p.reg)
    pd = c.new(age="official", eth=p.eth, reg=p.reg)
    kt = c.new(age="official", sex="f", eth=p.eth, reg=p.reg)
    t = c.new(eth=p.eth, reg=p.reg)
    bank, acc = bank_account(p.eth, "BRI" if chance(0.5) else None)
    return [
        F("{rel} saya, {m}, NIK {nik}, lahir {dob}, adalah KPM PKH sejak {y}. Sejak awal tahun bantuan tidak pernah masuk ke "
          "rekening {bank} {acc} atas nama beliau. Saat kami cek ke agen, saldonya nol.\n\n",
          rel=pick(["Ibu", "Mertua", "Nenek"]), m=V("PERSON", m.full), nik=V("NIK", m.nik_v()), dob=dob_v(m), y=rint(2016, 2021),
          bank=bank, acc=V("BANK_ACCOUNT", acc)),
        F("Pendamping PKH, {pd}, mengatakan data {mc} “dinonaktifkan” di SIKS-NG karena dianggap mampu. Padahal beliau janda, "
          "usia {u} tahun, dan rumahnya masih berlantai tanah. Waktu saya minta bukti berita acara, {pdc} tidak bisa menunjukkan.\n\n",
          pd=nm(pd, pick(["hon_full", "full", "title"])), mc=pick(["ibu saya", "beliau", "mertua saya"]), u=2024 - m.dob.year,
          pdc=[pd.hon(False) + " ", V("PERSON", pd.call)]),
        F("Di dusun kami, ketua kelompok {kt} memegang kartu KKS semua anggota dan memotong {mo} setiap pencairan. Anehnya, "
          "{t} yang punya mobil {pl} dan toko bangunan justru tetap menerima BPNT. Rumahnya di {a}.\n\n",
          kt=nm(kt, pick(["hon_full", "full", "hon_call"])), mo=money(25000, 100000, 5000), t=nm(t, pick(["full", "hon_full"])),
          pl=V("PLATE", plate(t.reg)), a=[V("ADDRESS", address_value(t))]),
    ]


def th_school(c, p):
    ch = child_of(c, p)
    op = c.new(age="official")
    h = c.new(age="official")
    w = c.new(age="official", sex="f")
    s = school_of(p)
    return [
        F("Anak saya, {ch}, lahir {dob}, NIK {nik}, mendaftar ke {s} lewat jalur zonasi. Jarak rumah kami ke sekolah hanya "
          "{m} meter, tetapi namanya tidak muncul di pengumuman. Operator sekolah, {op}, bilang titik koordinat kami “bergeser”.\n\n",
          ch=V("PERSON", ch.full), dob=dob_v(ch), nik=V("NIK", ch.nik_v()), s=s, m=rint(250, 800), op=nm(op, pick(["full", "hon_full"]))),
        F("Saya lalu menemui kepala sekolah, {h}, NIP {nip}. Beliau menawarkan “jalur mandiri” dengan sumbangan {mo}. "
          "Saya menolak. Beberapa hari kemudian tetangga kami, {t}, cerita anaknya diterima setelah membayar.\n\n",
          h=nm(h, "title"), nip=V("NIP", h.nip()), mo=money(3000000, 9000000, 500000), t=nm(c.new(eth=p.eth, reg=p.reg), pick(["hon_full", "hon_call"]))),
        F("Sementara itu adik {chc} yang masih kelas {kl} di SD juga dimintai iuran LKS {mo} oleh wali kelasnya, {w}. "
          "Yang belum bayar disuruh berdiri di depan kelas. Ini sudah keterlaluan.\n\n",
          chc=V("PERSON", ch.call), kl=rint(2, 5), mo=money(100000, 300000, 25000), w=nm(w, pick(["title", "hon_full"]))),
    ]


def th_hospital(c, p):
    e = c.new(age="elder", eth=p.eth, reg=p.reg)
    d = c.new(age="official")
    nr = c.new(age="young", sex="f")
    w = c.new(sex="f" if p.sex == "m" else "m", eth=p.eth, reg=p.reg)
    rs = rs_of(p)
    return [
        F("{rel} saya, {n}, usia {u} tahun (lahir {dob}), peserta BPJS Kesehatan nomor {b}, kami bawa ke IGD {rs} pada {d} "
          "pukul {h}.15 karena sesak napas. Kami menunggu hampir empat jam sebelum diperiksa.\n\n",
          rel=pick(["Bapak mertua", "Ayah", "Kakek"] if e.sex == "m" else ["Ibu mertua", "Ibu", "Nenek"]), n=V("PERSON", e.full), u=2024 - e.dob.year, dob=dob_v(e),
          b=V("BPJS", bpjs()), rs=rs, d=event_date(), h=rint(19, 23)),
        F("Dokter jaga, dr. {dn}{nip}, kemudian menyatakan kamar penuh dan menyarankan pulang. Perawat bernama {nr} mengatakan "
          "kalau mau dirawat harus lewat jalur umum dengan uang muka {mo}. Kuitansi bernomor {inv} kami simpan.\n\n",
          dn=V("PERSON", d.full), nip=[" (NIP ", V("NIP", d.nip()), ")"] if chance(0.4) else "", nr=V("PERSON", nr.call), mo=money(1500000, 5000000, 250000),
          inv=N(f"INV/{rint(2023, 2024)}/{rint(1, 12):02d}/{rint(100, 99999):05d}")),
        F("Keesokan harinya {rel2} saya, {w}, menghubungi Care Center 165. Petugas mengatakan penolakan pasien peserta JKN "
          "tidak dibenarkan. Tapi saat {wc} kembali ke rumah sakit, petugas admisi tetap menolak. Akhirnya {ec} dirawat di klinik "
          "swasta dan kami membayar {mo}.\n\n",
          rel2="istri" if w.sex == "f" else "suami", w=V("PERSON", w.full), wc=V("PERSON", w.call), ec=V("PERSON", e.call),
          mo=money(2000000, 8000000, 100000)),
    ]


def th_police(c, p):
    cop = c.new(age="official", sex="m")
    cz = c.new(eth=p.eth, reg=p.reg, sex="m")
    x = c.new(sex="m")
    rk = pick(RANKS)
    return [
        F("Pada {d} sekitar pukul {h}.{mi} motor saya, Honda Beat nopol {pl}, dihentikan di razia dekat pasar {kel}. Petugas yang "
          "memeriksa, {rk} {cop}, meminta “uang damai” {mo} tanpa surat tilang. Karena saya tidak punya uang sebanyak itu, STNK saya "
          "ditahan.\n\n", d=event_date(), h=rint(19, 22), mi=f"{rint(0, 59):02d}", pl=V("PLATE", plate(p.reg)), kel=kel_of(p),
          rk=rk, cop=V("PERSON", cop.full), mo=money(250000, 1000000, 50000)),
        F("Sepupu saya, {cz}, yang membonceng saya ikut mencatat kejadian itu. Waktu dia memotret, petugas lain merampas HP-nya. "
          "Esok harinya rumah {czc} di {a} didatangi dua orang yang mengendarai mobil {pl2} dan meminta foto dihapus.\n\n",
          cz=nm(cz, pick(["full", "hon_full"])), czc=V("PERSON", cz.call), a=address(cz, full=False), pl2=V("PLATE", plate(p.reg))),
        F("Saya sudah melapor ke Propam dengan Laporan No. LP/B/{n}/{bl}/2024, tetapi belum ada SP2HP. Belakangan saya dengar "
          "{rk} {copc} juga pernah dilaporkan warga lain bernama {x} dengan modus yang sama.\n\n",
          n=rint(100, 999), bl=pick(["IV", "VI", "IX", "XI"]), rk=rk, copc=V("PERSON", cop.call), x=V("PERSON", x.full)),
    ]


def th_village(c, p):
    kd = c.new(age="official", sex="m", eth=p.eth, reg=p.reg)
    bd = c.new(age="official", eth=p.eth, reg=p.reg)
    ad = c.new(eth=p.eth, reg=p.reg, sex="m", bad=True)
    hd = head_of(p)
    return [
        F("{h0} {kel}, {kd}, sejak {y} tidak pernah memasang baliho {h3}. {h2} tahun lalu sebesar {m} katanya "
          "habis untuk rabat beton, drainase, dan {blt} untuk {n} KPM.\n\n", blt="BLT-DD" if hd[2] == "Dana Desa" else "bantuan tunai",
          h0=hd[0], h2=hd[2], h3=hd[3], kel=kel_of(p), kd=nm(kd, pick(["full", "title"])), y=rint(2019, 2022),
          m=N(money(900000000, 1500000000, 1000000)),
          n=rint(20, 120)),
        F("Di lapangan, rabat beton yang dianggarkan {pj} meter hanya dikerjakan {pj2} meter. Pekerjaannya diberikan ke CV milik "
          "adik {h1}, {ad}, yang tinggal di {a}. Bendahara desa, {bd}, menolak menunjukkan SPJ ketika BPD memintanya.\n\n",
          pj=rint(600, 900), pj2=rint(150, 400), h1=hd[1].lower() if hd[1] != "Kades" else "kades", ad=V("PERSON", ad.full), a=address(ad, full=False),
          bd=nm(bd, pick(["hon_full", "full", "title"]))),
        F("Waktu musyawarah {d}, warga yang bertanya malah dibentak. Pak {h1} {kdc} bilang, “Kalau tidak suka, laporkan saja!” "
          "Maka saya melapor. Bukti foto dan rekaman ada pada saya.\n\n", d=event_date(), h1=hd[1], kdc=V("PERSON", kd.call)),
    ]


def th_adminduk(c, p):
    sp = c.new(sex="f" if p.sex == "m" else "m", eth=p.eth, reg=p.reg)
    ch = child_of(c, p)
    y0 = min(max(p.dob.year + 19, 2008), 2021)
    wed = rdate(y0, max(y0, 2020))
    ch.redate(rdate(wed.year + 1, min(wed.year + 3, 2023)))
    pt = c.new(age="official")
    return [
        F("Sejak menikah dengan {sp} pada {d}, saya sudah tiga kali mengajukan KK baru. KK lama saya bernomor {kk}. NIK {spc} "
          "adalah {nik}. Sampai sekarang KK baru belum terbit dan status {spc2} masih “belum kawin” di SIAK.\n\n",
          sp=V("PERSON", sp.full), d=fdate(wed, pick(["long", "dash", "slash"])), kk=V("KK", p.kk_v()), spc=V("PERSON", sp.call), nik=V("NIK", sp.nik_v()),
          spc2=V("PERSON", sp.call)),
        F("Anak pertama kami, {ch}, lahir {dob}, juga belum bisa dibuatkan akta baru karena KK belum jadi. Pengajuan akta kelahiran "
          "sudah saya masukkan tanggal {d2}, tapi berkasnya dikembalikan.\n\n",
          ch=V("PERSON", ch.full), dob=dob_v(ch), d2=event_date()),
        F("Petugas loket bernama {pt}{nip} menawarkan “jalur cepat” {mo} untuk KK dan akta sekaligus. Saya tolak. Di grup WA warga "
          "ternyata banyak yang mengalami hal serupa dengan petugas yang sama.\n\n", pt=V("PERSON", pt.full),
          nip=[", NIP ", V("NIP", pt.nip()), ","] if chance(0.4) else "",
          mo=money(300000, 800000, 50000)),
    ]


def th_pmi(c, p):
    a = c.new(age="young", eth=p.eth, reg=p.reg)
    s = c.new(sex="m", bad=True)
    bank, acc = bank_account(s.eth)
    return [
        F("{rel} saya, {a}, lahir {dob}, paspor {pp}, diberangkatkan ke {neg} oleh {org} pada {d}. Sejak itu kami hanya bisa "
          "menghubunginya lewat WA di {ph}, itu pun jarang karena HP-nya disimpan majikan.\n\n",
          rel=pick(["Adik", "Anak"]) if p.dob.year < 1980 else "Adik", a=V("PERSON", a.full), dob=dob_v(a, pick([None, None, None, "en", "en2"])), pp=V("PASSPORT", passport()),
          neg=pick(["Malaysia", "Taiwan", "Hong Kong", "Arab Saudi"]), org=pick(ORGS_PMI), d=event_date(), ph=V("PHONE", phone("+62sp"))),
        F("Sponsor lapangan yang merekrutnya, {s}, dulu meminta biaya {mo} yang katanya untuk medical dan pelatihan. Sekarang {sc} "
          "meminta kami mentransfer lagi {mo2} ke rekening {bank} {acc} atas nama {s2} supaya {ac} bisa dipulangkan.\n\n",
          s=nm(s, pick(["full", "hon_full"])), mo=money(5000000, 20000000, 500000), sc=V("PERSON", s.call),
          mo2=money(5000000, 15000000, 500000), bank=bank, acc=V("BANK_ACCOUNT", acc), s2=V("PERSON", s.full), ac=V("PERSON", a.call)),
        F("Kami sudah ke kantor BP3MI dan diberi nomor pengaduan {t}. Kata petugas, perusahaan itu tidak terdaftar. Kami mohon "
          "{ac} segera dipulangkan dan sponsornya diproses hukum.\n\n", t=N(pick([ticket8(), ticket_hash()])), ac=V("PERSON", a.call)),
    ]


def th_utility(c, p):
    t = c.new(sex="m")
    nb = c.new(eth=p.eth, reg=p.reg)
    return [
        F("Rumah saya di {a} sudah {n} kali padam listrik dalam dua minggu terakhir, sering tengah malam. Kulkas dan pompa air "
          "rusak. Tetangga saya, {nb}, juga mengalami hal sama.\n\n", a=address(p, full=False), n=rint(5, 12),
          nb=nm(nb, pick(["full", "hon_full", "hon_call"]))),
        F("Petugas yantek yang datang pada {d}, {t}, mengatakan kabel SR harus diganti dan meminta {mo} “biar cepat”. Setelah "
          "dibayar, kabel memang diganti, tapi dua hari kemudian padam lagi. Saya minta kuitansi, {tc} bilang tidak ada.\n\n",
          d=event_date(), t=nm(t, pick(["full", "hon_full", "hon_call"])), mo=money(200000, 750000, 50000), tc=V("PERSON", t.call)),
        F("Sementara itu tagihan PDAM kami bulan {bl} melonjak menjadi {m1}, padahal biasanya {m2}. ID pelanggan sudah saya "
          "kirim lewat aplikasi, tapi jawabannya “sedang diverifikasi”. Mohon dihubungi di {ph}.\n\n",
          bl=pick(MONTHS), m1=money(600000, 1500000), m2=money(60000, 150000), ph=V("PHONE", phone())),
    ]


def th_sosmed(c, p):
    x = c.new(age="young", bad=True)
    y = c.new(age="young", bad=True)
    return [
        F("Sejak {d}, akun {pl} {h} menyebarkan foto KTP saya lengkap dengan NIK dan alamat, disertai tuduhan bahwa saya penipu "
          "arisan. Pemilik akun itu saya kenal, namanya {x}, mantan rekan kerja saya.\n\n",
          d=event_date(), pl=pick(["Instagram", "TikTok", "Facebook"]), h=V("HANDLE", handle_of(x)), x=V("PERSON", x.full)),
        F("Postingan itu dibagikan ulang oleh akun {h2} milik {y}. Sekarang saya dapat telepon dari nomor tak dikenal, "
          "dan e-mail saya {em} dibanjiri pesan ancaman. Saya sudah melapor ke {ih} dan ke polsek, tapi disuruh ke Polda.\n\n",
          h2=V("HANDLE", handle_of(y)), y=V("PERSON", y.full), em=V("EMAIL", email_of(p)), ih=N(pick(INST_HANDLES))),
        F("Saya mohon akun {h} diblokir dan foto KTP diturunkan. Sesuai UU 27/2022 tentang Pelindungan Data Pribadi, "
          "penyebaran data seperti ini ada sanksinya.\n\n", h=V("HANDLE", handle_of(x))),
    ]


def th_tax(c, p):
    x = c.new(eth=p.eth, reg=p.reg, bad=True)
    y = c.new(age="official")
    return [
        F("Saya seorang {job} dengan NPWP {np}. Sejak NIK saya {nik} dipadankan menjadi NPWP, muncul tagihan pajak usaha "
          "sebesar {m} atas nama sebuah CV yang tidak pernah saya dirikan.\n\n", job=pick(JOBS),
          np=V("NPWP", pick([npwp_old(), fmt16(p.nik, "plain")])), nik=V("NIK", p.nik_v(allow_mistype=False)),
          m=money(4000000, 60000000, 100000)),
        F("Ternyata CV itu didirikan oleh {x}, yang dulu meminjam fotokopi KTP saya dengan alasan syarat kredit motor. Alamat "
          "CV itu tercatat di {a}, yang tidak lain adalah rumah {xc} sendiri.\n\n", x=nm(x, pick(["full", "hon_full"])),
          a=address(x, full=False), xc=V("PERSON", x.call)),
        F("Petugas KPP, {y}{nip}, menyarankan saya membuat laporan polisi lebih dulu. Di kantor polisi saya disuruh kembali ke "
          "KPP. Saya bingung harus ke mana.\n\n", y=nm(y, pick(["full", "hon_full", "title"])),
          nip=[" (NIP ", V("NIP", y.nip()), ")"] if chance(0.6) else ""),
    ]


THEME_AGES = {"th_land": ["adult"], "th_pkh": ["adult", "young"], "th_school": ["adult"], "th_hospital": ["adult", "young"],
              "th_police": ["adult", "young", "elder"], "th_village": ["adult", "elder", "young"],
              "th_adminduk": ["young", "adult"], "th_pmi": ["adult", "elder"], "th_utility": ["adult", "elder", "young"],
              "th_sosmed": ["young", "adult"], "th_tax": ["adult", "elder"]}

THEMES = [("pajak dan NPWP", th_tax), ("sengketa tanah warisan", th_land), ("bantuan sosial PKH", th_pkh), ("penerimaan siswa baru", th_school),
          ("pelayanan rumah sakit", th_hospital), ("pungli razia kendaraan", th_police), ("pengelolaan dana desa", th_village),
          ("administrasi kependudukan", th_adminduk), ("pekerja migran", th_pmi), ("listrik dan air", th_utility),
          ("penyebaran data pribadi", th_sosmed)]


def kronologi_para(c, p):
    others = [q for q in c.people if q is not p and q.bad]
    if not others:
        return ""
    out = [pick(["Kronologi singkat:\n", "Urutan kejadian:\n", "KRONOLOGI\n"])]
    bullet = pick(["- ", "• ", "* ", "– "])
    acts = ["saya menemui {x} di rumahnya, tetapi tidak ada hasil.", "{x} menelepon saya dan meminta laporan dicabut.",
            "saya mengirim pesan WA kepada {x}, hanya dibaca.", "{x} datang bersama dua orang dan marah-marah di depan rumah.",
            "saya bertemu {x} di balai desa; katanya akan dibantu.", "{x} mengirim pesan suara bernada ancaman."]
    R.shuffle(acts)
    for a in acts[:rint(2, 4)]:
        q = pick(others)
        pre, post = a.split("{x}")
        nmv = nm(q, pick(["call", "hon_call", "full"]))
        if pre == "":
            nmv = [V("PERSON", q.full)] if chance(0.5) else [q.hon(False) + " ", V("PERSON", q.call)]
        out += [bullet, event_date(), ": ", pre, nmv, post, "\n"]
    out.append("\n")
    return out


def lampiran_para(c, p):
    items = [["Fotokopi KTP a.n. ", V("PERSON", p.full)], ["Fotokopi KK No. ", V("KK", p.kk_v())],
             "Foto bukti transfer dan kuitansi", "Tangkapan layar percakapan WA", "Surat keterangan dari RT",
             ["Rekaman suara (dapat dikirim ke ", V("EMAIL", email_of(p)), " bila diminta)"]]
    R.shuffle(items)
    out = ["Lampiran:\n"]
    for i, it in enumerate(items[:rint(3, 5)], 1):
        out += [f"{i}. ", it, "\n"]
    out.append("\n")
    return out


def long_pii(c):
    subj, th = pick(THEMES)
    age = pick(THEME_AGES[th.__name__])
    p = c.new(age=age)
    others = [t for t in THEMES if t[1] is not th and age in THEME_AGES[t[1].__name__]]
    subj2, th2 = pick(others)
    out = [pick(OPENERS)(c, p, subj[0].upper() + subj[1:])]
    paras = th(c, p)
    if chance(0.6):
        paras += th2(c, p)[:pick([1, 2, 3])]
        if chance(0.3):
            age_ok = [t for t in THEMES if t[1] not in (th, th2) and age in THEME_AGES[t[1].__name__]]
            paras += pick(age_ok)[1](c, p)[:pick([1, 2])]
    if chance(0.35):
        paras.append(kronologi_para(c, p))
    out += paras
    if chance(0.7):
        out.append(followup_para(c, p))
    if chance(0.6):
        out.append(request_para(c, p))
    if chance(0.25):
        out.append(lampiran_para(c, p))
    out.append(close_para(c, p))
    return out


def free_para_pool():
    return [nf_road, nf_budget, nf_bos, nf_hospital, nf_pln, nf_pdam, nf_adminduk, nf_followup, nf_inst, nf_ppdb,
            nf_lansia, nf_police, nf_market, nf_school_building, nf_water]


def long_free(c):
    FREE_REG[0] = None
    r = free_region()
    FREE_REG[0] = r
    out = [pick([
        F("Kepada Yth. {to}\n\nDengan hormat,\nKami warga {kp} {kel}, Kec. {kec}, {ct} {city}, menyampaikan keluhan bersama "
          "sebagai berikut.\n\n", to=pick(["Bupati", "Wali Kota", "Ketua DPRD", "Admin LAPOR!"]), kp=r["kelp"],
          kel=pick(r["kel"]), kec=pick(r["kec"]), ct=r["ct"], city=r["city"]),
        "Selamat siang admin. Saya mewakili warga satu RT, mohon maaf kalau panjang.\n\n",
        F("Assalamu'alaikum. Izin menyampaikan beberapa masalah di Kecamatan {kec} yang sudah lama tidak selesai.\n\n", kec=pick(r["kec"])),
        "Laporan ini kami susun bersama pengurus karang taruna.\n\n",
    ])]
    pool = free_para_pool()
    R.shuffle(pool)
    for f in pool[:rint(5, 10)]:
        out += [f(c), "\n\n"]
    if chance(0.4):
        out += ["Kronologi singkat:\n"]
        for _ in range(rint(2, 4)):
            out += ["- ", event_date(), ": ", pick(["warga melapor ke kantor desa, diterima sekretaris desa.",
                                                   "tim dinas datang mengukur, lalu tidak kembali.",
                                                   "kepala dusun berjanji membawa ke musrenbang.",
                                                   "laporan dibalas otomatis oleh sistem.",
                                                   "camat meninjau lokasi bersama Babinsa.",
                                                   "anggota DPRD dapil kami menerima aspirasi."]), "\n"]
        out.append("\n")
    out.append(pick(["Terima kasih atas perhatiannya.", "Mohon segera ditindaklanjuti. Salam, warga RT 04.",
                     "Hormat kami,\nPengurus Karang Taruna", "Wassalamu'alaikum.", "Salam, warga yang peduli."]))
    FREE_REG[0] = None
    return out


# ======================================================================================
# rendering
def ocr_damage(s, rate):
    """OCR-style 0/O and 1/l swaps inside longer words of plain text (never inside a value)."""
    def f(m):
        w = m.group(0)
        if len(w) < 5 or not chance(rate):
            return w
        idx = [i for i, ch in enumerate(w) if ch in "oOlI" and 0 < i < len(w) - 1]
        if not idx:
            return w
        i = pick(idx)
        return w[:i] + {"o": "0", "O": "0", "l": "1", "I": "l"}[w[i]] + w[i + 1:]
    return re.sub(r"[A-Za-z]+", f, s)


def render(pieces, case=None, crlf=False, ocr=0.0):
    parts, spans, near, pos = [], [], [], 0
    for pc in flat(pieces):
        if isinstance(pc, str):
            s, lab = pc, None
        else:
            s, lab = pc
        if case == "lower":
            s = s.lower()
        elif case == "upper" and lab not in ("EMAIL", "HANDLE", NEAR):
            s = s.upper()
        if lab is None and ocr:
            s = ocr_damage(s, ocr)
        if crlf:
            s = s.replace("\r\n", "\n").replace("\n", "\r\n")
        if lab in LABELS:
            spans.append({"start": pos, "end": pos + len(s), "label": lab})
        elif lab == NEAR:
            near.append((pos, pos + len(s)))
        parts.append(s)
        pos += len(s)
    return "".join(parts), spans, near


# ======================================================================================
# validation
HON_WORDS = {w.lower() for w in ["Bapak", "Pak", "Bpk.", "Bpk", "Ibu", "Bu", "Sdr.", "Sdri.", "Saudara", "Mas", "Mbak",
                                 "Bang", "Kak", "H.", "Hj.", "Haji", "Ustaz", "Ustazah", "dr.", "Dr.", "Ir.", "Drs.", "Dra.",
                                 "Prof.", "Uda", "Uni", "Daeng", "Bli", "Mbok", "Ambu", "Abah", "Kang", "Teh", "Om",
                                 "Tante", "Ko", "Koh", "Ci", "Cici", "Mama", "Bapa", "Kaka", "Mbah", "Cak", "Opung",
                                 "Amang", "Inang", "Puang", "Usi", "Oma", "Opa", "Bung", "Acil", "Etek", "Ajo", "Mang",
                                 "Ceu", "Namboru", "Engkoh", "Pa", "Klian", "Kades", "Lurah", "Carik", "RT", "RW"] + RANKS}
DEGREE_RE = re.compile(r"(S\.|M\.|A\.Md|Sp\.|Lc\.)")
ADDR_START = re.compile(r"(?i)^(jl\.?|jln\.|jalan|gg\.?|gang|lr\.|lorong|perum\.?|perumahan|komp\.|kompleks|komplek|btn|"
                        r"dusun|dsn\.?|jorong|kp\.?|kampung|rusun|dukuh|dk\.|banjar|lingkungan|lingk\.|rt[ ./:]|rt\d)")
FMT = {
    "PLATE": re.compile(r"^[A-Za-z]{1,2}[ -]?[1-9]\d{0,3}[ -]?[A-Za-z]{1,3}$"),
    "EMAIL": re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$"),
    "HANDLE": re.compile(r"^@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?$"),
    "PASSPORT": re.compile(r"^[A-Za-z] ?\d{7}$"),
}
DIGITS_BY_LABEL = {"NIK": (15, 17), "KK": (16, 16), "NPWP": (15, 16), "BPJS": (13, 13), "NIP": (18, 18),
                   "BANK_ACCOUNT": (10, 16), "PHONE": (9, 14)}
EMAIL_ANY = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
HANDLE_ANY = re.compile(r"(?<![A-Za-z0-9_.@])@[A-Za-z0-9_][A-Za-z0-9_.]*")
DIGIT_RUN = re.compile(r"\d(?:[ .\-]?\d)*")


class Invalid(Exception):
    pass


def validate(rec, near):
    t, spans = rec["text"], rec["spans"]
    rid = rec["id"]

    def bad(msg):
        raise Invalid(f"{rid}: {msg}\n  text={t!r}")

    prev = 0
    covered = [False] * len(t)
    for s in spans:
        a, b, lab = s["start"], s["end"], s["label"]
        if lab not in LABELS:
            bad(f"label {lab}")
        if not (0 <= a < b <= len(t)):
            bad(f"range {s}")
        if a < prev:
            bad(f"overlap/unsorted {s}")
        prev = b
        v = t[a:b]
        if v != v.strip():
            bad(f"whitespace at edge {v!r}")
        if a > 0 and t[a - 1].isalnum():
            bad(f"glued before {v!r}")
        if b < len(t) and t[b].isalnum():
            bad(f"glued after {v!r}")
        for i in range(a, b):
            covered[i] = True
        nd = sum(ch.isdigit() for ch in v)
        if lab in DIGITS_BY_LABEL:
            lo, hi = DIGITS_BY_LABEL[lab]
            if not lo <= nd <= hi:
                bad(f"{lab} digit count {nd} in {v!r}")
            if re.search(r"[A-Za-z]", v):
                bad(f"{lab} has letters {v!r}")
        if lab == "BPJS" and not v.replace(" ", "").startswith("000"):
            bad(f"BPJS prefix {v!r}")
        if lab in FMT and not FMT[lab].match(v):
            bad(f"{lab} format {v!r}")
        if lab == "DATE_OF_BIRTH":
            ys = re.findall(r"(?<!\d)(19\d\d|20[0-2]\d)(?!\d)", v)
            if len(ys) != 1 or not re.search(r"\d", v.replace(ys[0], "", 1)):
                bad(f"DOB not a full date {v!r}")
        if lab == "PERSON":
            toks = v.split()
            if toks[0].lower() in HON_WORDS:
                bad(f"PERSON starts with honorific {v!r}")
            if DEGREE_RE.search(toks[-1]):
                bad(f"PERSON ends with degree {v!r}")
            if re.search(r"\d", v):
                bad(f"PERSON has digit {v!r}")
        if lab == "ADDRESS" and not ADDR_START.match(v):
            bad(f"ADDRESS start {v!r}")
    ok = covered[:]
    for a, b in near:
        for i in range(a, b):
            ok[i] = True
    # 9+ digit runs outside spans must be deliberate near-misses
    for m in DIGIT_RUN.finditer(t):
        nd = sum(1 for i in range(m.start(), m.end()) if t[i].isdigit() and not ok[i])
        if nd >= 9:
            bad(f"unlabelled digit run {m.group(0)!r}")
    for m in EMAIL_ANY.finditer(t):
        if not all(ok[m.start():m.end()]):
            bad(f"unlabelled e-mail {m.group(0)!r}")
    for m in HANDLE_ANY.finditer(t):
        if not all(ok[m.start():m.end()]):
            bad(f"unlabelled handle {m.group(0)!r}")
    # every PERSON value must not also occur unlabelled as a whole word elsewhere
    for s in spans:
        if s["label"] != "PERSON":
            continue
        v = t[s["start"]:s["end"]]
        for m in re.finditer(r"(?<![\w])" + re.escape(v) + r"(?![\w])", t, flags=re.I):
            if not all(covered[m.start():m.end()]):
                bad(f"name {v!r} also occurs unlabelled at {m.start()}")


# ======================================================================================
# schedule and main
def size_ok(size, n):
    if size == "S":
        return n < 120
    if size == "N":
        return 150 <= n <= 600
    return 1500 <= n <= 4000


POOLS = {("S", False): SHORT_PII, ("S", True): SHORT_FREE, ("N", False): NORMAL_PII, ("N", True): NORMAL_FREE,
         ("L", False): [long_pii], ("L", True): [long_free]}


def skeleton(text, spans):
    """The text with values, digits and casing flattened: two texts with one skeleton are near-duplicates."""
    out, pos = [], 0
    for s in spans:
        out.append(text[pos:s["start"]])
        out.append("<" + s["label"] + ">")
        pos = s["end"]
    out.append(text[pos:])
    sk = re.sub(r"\d+", "#", "".join(out).lower())
    sk = re.sub(r"[^\w<>#]+", " ", sk)
    return re.sub(r"\b(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|"
                  r"jan|feb|mar|apr|jun|jul|agu|sep|okt|nov|des)\b", "M", sk).strip()


class Cycler:
    def __init__(self, items):
        self.items, self.queue = list(items), []

    def next(self):
        if not self.queue:
            self.queue = self.items[:]
            R.shuffle(self.queue)
        return self.queue.pop()


def build():
    slots = ([("S", False)] * 70 + [("S", True)] * 30 + [("N", False)] * 160 + [("N", True)] * 40
             + [("L", False)] * 80 + [("L", True)] * 20)
    R.shuffle(slots)
    cyc = {k: Cycler(v) for k, v in POOLS.items()}
    records, meta, seen = [], [], set()
    for i, (size, free) in enumerate(slots, 1):
        rid = f"tw-{i:04d}"
        for attempt in range(400):
            tpl = cyc[(size, free)].next()
            c = Cast()
            pieces = tpl(c)
            # surface variation
            case = None
            if tpl not in (n_caps,) and size != "L":
                r = R.random()
                case = "lower" if r < 0.10 else ("upper" if r < 0.13 else None)
            crlf = chance(0.15) and "\n" in "".join(x if isinstance(x, str) else x[0] for x in flat(pieces))
            ocr = 0.25 if (size != "S" and chance(0.07)) else 0.0
            if size != "L" and chance(0.1):
                pieces = [emo() + " ", pieces]
            if chance(0.05):
                pieces = [pieces, pick([" 🙏", " 🙏🙏🙏", " …", "  ", "\n\n(dikirim dari HP)"])]
            text, spans, near = render(pieces, case, crlf, ocr)
            text_s = text.rstrip()
            if text_s != text:
                text = text_s
                if any(s["end"] > len(text) for s in spans):
                    continue
            if not size_ok(size, len(text)):
                continue
            if free and spans:
                raise Invalid(f"{rid}: PII-free template {tpl.__name__} produced spans")
            if not free and not spans:
                continue
            skel = skeleton(text, spans)
            if skel in seen:
                continue
            rec = {"id": rid, "text": text, "spans": spans}
            validate(rec, near)
            seen.add(skel)
            records.append(rec)
            meta.append({"id": rid, "size": size, "free": free, "template": tpl.__name__, "case": case,
                         "crlf": crlf, "ocr": bool(ocr)})
            break
        else:
            raise Invalid(f"{rid}: could not build a {size} {'free' if free else 'pii'} text")
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids) == N_RECORDS
    return records, meta


def main(argv):
    out = OUT
    if "--out" in argv:
        out = argv[argv.index("--out") + 1]
    records, meta = build()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "--stats" in argv:
        lab = Counter(s["label"] for r in records for s in r["spans"])
        print("records", len(records), "spans", sum(lab.values()))
        for k in LABELS:
            print(f"  {k:14s} {lab[k]}")
        print("pii-free", sum(1 for r in records if not r["spans"]))
        print("sizes", Counter(m["size"] for m in meta))
        print("templates", Counter(m["template"] for m in meta))
        print("lower", sum(m["case"] == "lower" for m in meta), "upper", sum(m["case"] == "upper" for m in meta),
              "crlf", sum(m["crlf"] for m in meta), "ocr", sum(m["ocr"] for m in meta))
        print("with emoji", sum(1 for r in records if re.search("[\U0001F300-\U0001FAFF\u2600-\u27BF]", r["text"])))
        print("curly quotes", sum(1 for r in records if re.search("[“”‘’]", r["text"])),
              "en dash", sum(1 for r in records if "–" in r["text"]), "tab", sum(1 for r in records if "\t" in r["text"]))
        lens = sorted(len(r["text"]) for r in records)
        print("len min/median/max", lens[0], lens[len(lens) // 2], lens[-1])


if __name__ == "__main__":
    main(sys.argv[1:])
