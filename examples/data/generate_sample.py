#!/usr/bin/env python3
"""Writes the demo's embedded sample data set (deterministic: run it again and nothing changes).

    python3 examples/data/generate_sample.py

Outputs, beside this script:
- regions.csv     region names (kode,nama) of the five sample regencies and their kecamatan
                  (Kepmendagri 300.2.2-2138/2025);
- categories.json the category tree;
- agencies.json   the agency directory: KemenPANRB, two national bodies, three provinces, the five
                  regencies and their OPDs, a regional water company;
- reports.jsonl   300 synthetic reports, one JSON object a line. Names, NIKs, phone numbers and
                  addresses are invented; NIKs have a valid structure for the region.
"""

from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
rng = random.Random(1708)

PROVINCES = {"14": "Riau", "16": "Sumatera Selatan", "64": "Kalimantan Timur"}
REGENCIES = {
    "14.72": ("Kota Dumai", "dumai", 7),
    "16.05": ("Kabupaten Musi Rawas", "mura", 7),
    "64.08": ("Kabupaten Kutai Timur", "kutim", 8),
    "64.09": ("Kabupaten Penajam Paser Utara", "ppu", 8),
    "64.74": ("Kota Bontang", "bontang", 8),
}
DISTRICTS = {
    "14.72": ["Dumai Barat", "Dumai Timur", "Bukit Kapur", "Sungai Sembilan", "Medang Kampai", "Dumai Kota", "Dumai Selatan"],
    "16.05": {"01": "Tugumulyo", "02": "Muara Lakitan", "03": "Muara Kelingi", "08": "Jayaloka", "09": "Muara Beliti", "10": "STL Ulu Terawas", "11": "Selangit", "12": "Megang Sakti", "13": "Purwodadi", "14": "BTS. Ulu", "18": "Tiang Pumpung Kepungut", "19": "Sumber Harta", "20": "Tuah Negeri", "21": "Suka Karya"},
    "64.08": ["Muara Ancalong", "Muara Wahau", "Muara Bengkal", "Sangatta Utara", "Sangkulirang", "Busang", "Telen", "Kombeng", "Bengalon", "Kaliorang", "Sandaran", "Sangatta Selatan", "Teluk Pandan", "Rantau Pulung", "Kaubun", "Karangan", "Batu Ampar", "Long Mesangat"],
    "64.09": ["Penajam", "Waru", "Babulu", "Sepaku"],
    "64.74": ["Bontang Utara", "Bontang Selatan", "Bontang Barat"],
}


def districts(regency: str) -> dict[str, str]:
    d = DISTRICTS[regency]
    return d if isinstance(d, dict) else {f"{i + 1:02d}": n for i, n in enumerate(d)}


CATEGORIES = [
    ("infrastruktur", None, "Infrastruktur"),
    ("infrastruktur.jalan", "infrastruktur", "Jalan dan Jembatan"),
    ("infrastruktur.penerangan", "infrastruktur", "Penerangan Jalan Umum"),
    ("infrastruktur.drainase", "infrastruktur", "Drainase dan Banjir"),
    ("lingkungan", None, "Lingkungan Hidup"),
    ("lingkungan.sampah", "lingkungan", "Sampah dan Kebersihan"),
    ("air", None, "Air Bersih"),
    ("kesehatan", None, "Kesehatan"),
    ("kesehatan.puskesmas", "kesehatan", "Puskesmas dan Rumah Sakit"),
    ("kesehatan.bpjs", "kesehatan", "BPJS Kesehatan"),
    ("kependudukan", None, "Administrasi Kependudukan"),
    ("pendidikan", None, "Pendidikan"),
    ("sosial", None, "Sosial"),
    ("sosial.bansos", "sosial", "Bantuan Sosial"),
    ("perizinan", None, "Perizinan dan Investasi"),
    ("energi", None, "Energi dan Listrik"),
    ("aparatur", None, "Aparatur dan Pungutan Liar"),
]

OPDS = [
    ("dpupr", "Dinas Pekerjaan Umum dan Penataan Ruang", ["infrastruktur"]),
    ("dlh", "Dinas Lingkungan Hidup", ["lingkungan"]),
    ("dinkes", "Dinas Kesehatan", ["kesehatan"]),
    ("disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil", ["kependudukan"]),
    ("disdik", "Dinas Pendidikan", ["pendidikan"]),
    ("dinsos", "Dinas Sosial", ["sosial"]),
    ("dpmptsp", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", ["perizinan"]),
    ("inspektorat", "Inspektorat", ["aparatur"]),
]


def agencies() -> list[dict]:
    out = [
        {"id": "kemenpanrb", "name": "Kementerian PANRB (Pengelola Nasional SP4N-LAPOR!)", "level": "national"},
        {"id": "pln", "name": "PT PLN (Persero)", "level": "bumn", "parent": "kemenpanrb", "categories": ["energi"]},
        {"id": "bpjs-kesehatan", "name": "BPJS Kesehatan", "level": "ministry", "parent": "kemenpanrb", "categories": ["kesehatan.bpjs"]},
    ]
    for code, name in PROVINCES.items():
        out.append({"id": f"pemprov-{code}", "name": f"Pemerintah Provinsi {name}", "level": "province", "parent": "kemenpanrb", "regions": [code]})
    for code, (name, slug, _) in REGENCIES.items():
        gov = "Kota" if name.startswith("Kota") else "Kabupaten"
        short = name.split(" ", 1)[1]
        out.append({"id": f"pem-{slug}", "name": f"Pemerintah {gov} {short}", "level": "regency", "parent": f"pemprov-{code[:2]}", "regions": [code]})
        for opd, opd_name, cats in OPDS:
            out.append({"id": f"{opd}-{slug}", "name": f"{opd_name} {name}", "level": "opd", "parent": f"pem-{slug}", "categories": cats})
        out.append({"id": f"pdam-{slug}", "name": f"Perumda Air Minum {name}", "level": "bumd", "parent": f"pem-{slug}", "categories": ["air"]})
        for cc, dname in list(districts(code).items())[:3]:
            out.append({"id": f"kec-{slug}-{cc}", "name": f"Kecamatan {dname}", "level": "district", "parent": f"pem-{slug}", "regions": [f"{code}.{cc}"]})
        out.append({"id": f"pkm-{slug}-1", "name": f"Puskesmas {list(districts(code).values())[0]}", "level": "unit", "parent": f"dinkes-{slug}", "categories": ["kesehatan.puskesmas"]})
    return out


FIRST = ["Siti", "Budi", "Ahmad", "Dewi", "Rina", "Agus", "Yanti", "Hendra", "Nur", "Rizky", "Wahyu", "Sri", "Andi", "Fitri", "Muhammad", "Eko", "Lestari", "Yusuf", "Indah", "Joko", "Ratna", "Dedi", "Maria", "Fajar", "La Ode", "Ni Luh", "Teuku", "Rahmat"]
LAST = ["Rahayu", "Santoso", "Hidayat", "Lestari", "Saputra", "Wulandari", "Pratama", "Nasution", "Siregar", "Kurniawan", "Fauzi", "Handayani", "Simanjuntak", "Marpaung", "Sembiring", "Setiawan", "Hasibuan", "Putri", "Gunawan", "Syahputra"]
STREETS = ["Jl. Sudirman", "Jl. Ahmad Yani", "Jl. Diponegoro", "Jl. Cut Nyak Dien", "Jl. Pattimura", "Jl. Imam Bonjol"]
LOCAL_STREETS = {"14": ["Jl. Sultan Syarif Kasim", "Jl. Lintas Dumai-Pekanbaru km 8"], "16": ["Jl. Lintas Sumatera km 12", "Jl. Yos Sudarso"],
                 "64": ["Jl. Poros Bontang-Sangatta km 20", "Jl. Mulawarman", "Jl. Provinsi km 12"]}
TEMPLATES = [
    ("infrastruktur.jalan", "complaint", "Jalan berlubang di {street}",
     "Jalan di {street}, Kecamatan {kec}, berlubang dan tergenang setiap hujan sejak {months} bulan terakhir. Sudah {n} pengendara motor terjatuh. Mohon segera diperbaiki."),
    ("infrastruktur.penerangan", "complaint", "Lampu jalan mati di {street}",
     "Lampu penerangan jalan di sepanjang {street} ({kec}) mati sejak {weeks} minggu lalu, rawan kejahatan pada malam hari."),
    ("infrastruktur.drainase", "complaint", "Drainase tersumbat, banjir di {kec}",
     "Saluran drainase di {street} tersumbat sampah sehingga {n} rumah warga kebanjiran setiap hujan deras."),
    ("lingkungan.sampah", "complaint", "Sampah menumpuk di TPS {kec}",
     "Sampah di TPS dekat pasar {kec} tidak diangkut sejak {days} hari, bau menyengat dan mengundang lalat."),
    ("air", "complaint", "Air PDAM tidak mengalir",
     "Air PDAM di rumah saya di {kec} tidak mengalir sejak {days} hari, padahal tagihan Rp {bill}.000 tetap dibayar."),
    ("kesehatan.puskesmas", "complaint", "Antrean puskesmas terlalu lama",
     "Saya mengantar ibu saya berobat ke puskesmas {kec}, menunggu {hours} jam dan dokter tidak ada di tempat."),
    ("kesehatan.bpjs", "complaint", "Kartu BPJS dinonaktifkan tanpa pemberitahuan",
     "Kartu BPJS Kesehatan saya dinonaktifkan sehingga ditolak di rumah sakit. Nama saya {name}, NIK {nik}, HP {phone}."),
    ("kependudukan", "complaint", "e-KTP belum jadi setelah {months} bulan",
     "Saya merekam e-KTP di Disdukcapil {months} bulan lalu tetapi sampai sekarang belum jadi, alasannya blangko habis."),
    ("pendidikan", "complaint", "Pungutan di sekolah negeri",
     "Sekolah negeri di {kec} memungut uang seragam dan buku Rp {bill}.000 per siswa, padahal sekolah gratis."),
    ("sosial.bansos", "complaint", "Bansos tidak tepat sasaran di {kec}",
     "Warga mampu menerima bansos sementara tetangga saya yang lansia tidak terdaftar. Mohon data DTKS diperbaiki."),
    ("perizinan", "complaint", "Izin usaha tidak kunjung terbit",
     "Permohonan izin usaha saya di DPMPTSP sudah {weeks} minggu tanpa kabar, padahal persyaratan lengkap."),
    ("energi", "complaint", "Listrik sering padam di {kec}",
     "Listrik PLN di {kec} padam hampir setiap malam selama {days} hari terakhir, peralatan warga rusak."),
    ("aparatur", "complaint", "Dugaan pungli pengurusan surat",
     "Oknum petugas meminta uang Rp {bill}.000 untuk mempercepat pengurusan surat keterangan di kantor kecamatan {kec}."),
    ("infrastruktur.jalan", "aspiration", "Usulan pembangunan jembatan di {kec}",
     "Kami warga {kec} mengusulkan pembangunan jembatan penghubung agar anak-anak tidak menyeberang sungai."),
    ("pendidikan", "aspiration", "Usulan penambahan guru",
     "Sekolah di {kec} hanya punya {n} guru untuk enam kelas. Mohon ada penambahan guru."),
    ("sosial.bansos", "information_request", "Permintaan data penerima bansos {kec}",
     "Mohon informasi daftar penerima bansos tahun ini untuk kelurahan kami di {kec}."),
    ("perizinan", "information_request", "Informasi syarat izin usaha mikro",
     "Mohon informasi syarat dan lama proses izin usaha mikro di {regency}."),
    ("aparatur", "whistleblowing", "Dugaan penyalahgunaan anggaran",
     "Saya mengetahui dugaan penggelembungan anggaran proyek di {regency}. Bukti dapat saya serahkan."),
]
CHANNELS = ["web"] * 5 + ["android"] * 6 + ["ios"] * 2 + ["sms1708"] * 2 + ["twitter"] + ["walk_in"]
ENTRY = [{"integrated_app": {"name": "SP4N Kota Bontang"}}, {"manual_entry": {"source": "whatsapp"}}, {"manual_entry": {"source": "instagram"}}]


def nik(regency: str, cc: str, female: bool) -> str:
    born = date(1960, 1, 1) + timedelta(days=rng.randrange(0, 40 * 365))
    day = born.day + (40 if female else 0)
    return f"{regency.replace('.', '')}{cc}{day:02d}{born.month:02d}{born.year % 100:02d}{rng.randrange(1, 9999):04d}"


def phone() -> str:
    prefix = rng.choice(["0812", "0813", "0852", "0853", "0857", "0877", "0896"])
    digits = "".join(str(rng.randrange(10)) for _ in range(8))
    return rng.choice([f"{prefix}{digits}", f"{prefix}-{digits[:4]}-{digits[4:]}", f"+62 {prefix[1:]} {digits[:4]} {digits[4:]}"])


def reports(n: int) -> list[dict]:
    out = []
    start = datetime(2025, 1, 6, tzinfo=timezone.utc)
    for i in range(n):
        regency = rng.choice(list(REGENCIES))
        reg_name, slug, offset = REGENCIES[regency]
        cc, kec = rng.choice(list(districts(regency).items()))
        cat, kind, title, body = rng.choice(TEMPLATES)
        female = rng.random() < 0.5
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        values = dict(street=rng.choice(STREETS + LOCAL_STREETS[regency[:2]]), kec=kec, regency=reg_name, months=rng.randrange(2, 8), weeks=rng.randrange(2, 6),
                      days=rng.randrange(3, 15), hours=rng.randrange(3, 6), n=rng.randrange(2, 12), bill=rng.choice([75, 150, 250, 500]),
                      name=name, nik=nik(regency, cc, female), phone=phone())
        local = start + timedelta(minutes=rng.randrange(0, 170 * 24 * 60))
        submitted = local - timedelta(hours=offset)
        incident = (local - timedelta(days=rng.randrange(0, 30))).date()
        channel = rng.choice(CHANNELS) if rng.random() < 0.93 else rng.choice(ENTRY)
        anonymous = rng.random() < 0.22
        confidential = kind == "whistleblowing" or rng.random() < 0.12
        report = {
            "tracking_id": 5_100_000 + i * 37 + rng.randrange(37),
            "kind": kind,
            "title": title.format(**values),
            "body": body.format(**values),
            "incident_date": incident.isoformat(),
            "location": {"text": f"{values['street']}, {kec}", "region": f"{regency}.{cc}"},
            "category": cat,
            "channel": channel,
            "privacy": {"anonymous": anonymous, "confidential": confidential},
            "submitted_at": submitted.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        if rng.random() < 0.3:
            report["target_agency"] = f"pem-{slug}"
        if channel != "sms1708":
            report["reporter"] = {"name": name, "nik": values["nik"], "phone": values["phone"]}
        else:
            report["reporter"] = {"phone": values["phone"]}
        if rng.random() < 0.45:
            report["attachments"] = [
                {"name": f"foto_{j + 1}.jpg", "media_type": "image/jpeg", "size_bytes": rng.randrange(150_000, 1_400_000)}
                for j in range(rng.randrange(1, 4))
            ]
        out.append(report)
    return out


def main() -> None:
    rows = ["kode,nama"] + [f"{c},{n}" for c, n in PROVINCES.items()]
    for code, (name, _, _) in REGENCIES.items():
        rows.append(f"{code},{name}")
        rows += [f"{code}.{cc},{n}" for cc, n in districts(code).items()]
    (HERE / "regions.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    cats = [{"id": i, **({"parent": p} if p else {}), "name": n} for i, p, n in CATEGORIES]
    (HERE / "categories.json").write_text(json.dumps(cats, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "agencies.json").write_text(json.dumps(agencies(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    with open(HERE / "reports.jsonl", "w", encoding="utf-8") as f:
        for r in reports(300):
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
