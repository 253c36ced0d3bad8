"""Writes privacy_attacks.json: each way an anonymous reporter's identity (or an unverified
report) was shown to leak, as an input and what must never come out of it. Every binding's suite
runs the sections its API exposes:

- views: a case's event log (JSON Lines events), replayed against `agencies`; for each viewer
  listed, no `absent` string may occur in the view's JSON and every `present` one must.
- replay: logs that no sequence of commands could have produced; replay fails with
  `event_rejected`, naming `line` and the `reason` code.
- redaction: a text redacted with the reporter's identity (`identity`); no `absent` string may
  remain, every `present` one must.
- errors: inputs whose error message must not quote the value given.
- pseudonym_keys: keys (hex) and whether a keyed-pseudonym style accepts them.
- forms: report forms and the warning each must give.

Expectations are written by hand from the rules of docs/privacy.md (the visibility matrix and
the rules that make it hold) and docs/cases.md (replay applies exactly the checks of a command).
"""

import json
import os

NIK = "6474014506900001"
KK = "6474010101080002"
PHONE = "081234567890"
EMAIL = "siti.rahma+lapor@gmail.com"
REPORTER = {
    "name": "Siti Rahmawati",
    "nik": NIK,
    "kk": KK,
    "phone": PHONE,
    "email": EMAIL,
    "address": "Jl. Mawar No. 115A RT 10 RW 20, Bontang",
}
# What identifies her, in the forms the attacks write it; none may reach an agency or the public.
IDENTITY = ["Siti", "Rahmawati", "SITI", "siti", "rahmawati", NIK, KK, "6474 0145", "0812", "3456 7890",
            "34567890", "siti.rahma", "Mawar No"]

AGENCIES = [
    {"id": "kemenpanrb", "name": "KemenPANRB", "level": "national"},
    {"id": "pemkot", "name": "Pemkot Bontang", "level": "regency", "parent": "kemenpanrb", "regions": ["64.74"]},
    {"id": "dinkes", "name": "Dinas Kesehatan Bontang", "level": "opd", "parent": "pemkot"},
    {"id": "kemenkes", "name": "Kementerian Kesehatan", "level": "ministry", "parent": "kemenpanrb"},
]
CASE = 1916449
REPORTER_ACTOR = {"role": "reporter"}
ADMIN = {"role": "national_admin"}


def at(day, hour=2):
    return f"2025-03-{day:02d}T{hour:02d}:00:00Z"


def report(**over):
    r = {
        "kind": "complaint",
        "title": "Pungli pembuatan KTP",
        "body": "Petugas meminta Rp 50.000 untuk KTP.",
        "incident_date": "2025-03-01",
        "channel": "web",
        "location": {"text": "Kantor Kelurahan Api-Api", "region": "64.74.01",
                     "coordinates": {"lat": 0.1327, "lon": 117.4853}},
        "privacy": {"anonymous": True},
        "reporter": REPORTER,
    }
    r.update(over)
    return r


def submitted(rep, day=3):
    return {"case": CASE, "at": at(day), "actor": REPORTER_ACTOR, "event": "submitted", "report": rep}


def ev(day, actor, event, hour=2, **fields):
    return dict({"case": CASE, "at": at(day, hour), "actor": actor, "event": event}, **fields)


def disposed(day=3, agency="pemkot", **kw):
    return ev(day, ADMIN, "disposed", hour=4, agency=agency, **kw)


def agency(a):
    return {"role": "agency_admin", "agency": a}


VIEWS = [
    {
        "name": "attachment names carry the reporter's name in joined forms",
        "class": 1,
        "log": [
            submitted(report(attachments=[
                {"name": n, "media_type": "image/jpeg", "size_bytes": 1000}
                for n in ["KTP_Siti_Rahmawati.jpg", "siti-rahmawati-ktp.jpg", "SitiRahmawati.jpg", "rahmawati.jpg"]
            ])),
            disposed(),
        ],
        "expect": {"agency": {"absent": IDENTITY, "present": ["\"identity\":\"anonymous\"", "KTP_[PERSON].jpg", "[PERSON]-ktp.jpg", "[PERSON].jpg"]}},
    },
    {
        "name": "manual-entry channel source, tags and category carry the identity",
        "class": 2,
        "log": [
            submitted(report(channel={"manual_entry": {"source": f"WhatsApp Siti Rahmawati {PHONE}"}},
                             tags=["pelapor Rahmawati", "pungli"], category="siti-rahmawati")),
            disposed(),
        ],
        "expect": {"agency": {"absent": IDENTITY, "present": ["WhatsApp [PERSON] [PHONE]", "pungli"]},
                   "public": {"absent": IDENTITY, "present": []}},
    },
    {
        "name": "a named report withdrawn before verification stays existence-only",
        "class": 3,
        "log": [
            submitted(report(privacy={"anonymous": False}, title="Siti Rahmawati melapor pungli")),
            ev(3, REPORTER_ACTOR, "withdrawn", hour=5),
        ],
        "expect": {"public": {"absent": IDENTITY + ["Pungli", "pungli", "Api-Api", "reporter_name"], "present": ["\"visibility\":\"not_verified\""]}},
    },
    {
        "name": "a report archived before verification stays existence-only",
        "class": 3,
        "log": [
            submitted(report(privacy={"anonymous": False})),
            ev(3, ADMIN, "archived", hour=5, reason="tidak lengkap"),
        ],
        "expect": {"public": {"absent": IDENTITY + ["Pungli", "Api-Api", "reporter_name"], "present": ["\"visibility\":\"not_verified\""]}},
    },
    {
        "name": "parts of the name, reordered or joined, in title, body and replies",
        "class": 5,
        "log": [
            submitted(report(title="Rahmawati mohon pungli KTP ditindak",
                             body="Mohon jalan diperbaiki. Siti. Dari Rahmawati Siti, akun siti_rahmawati, #SitiRahmawati.")),
            disposed(),
            ev(4, agency("pemkot"), "followed_up", text="Sedang kami periksa."),
            ev(4, REPORTER_ACTOR, "replied", hour=5, text="Terima kasih, salam Siti R."),
        ],
        "expect": {"agency": {"absent": IDENTITY, "present": ["[PERSON] mohon pungli KTP ditindak"]},
                   "public": {"absent": IDENTITY, "present": ["\"visibility\":\"anonymous\""]}},
    },
    {
        "name": "a reporter with a three-part name: any two parts",
        "class": 5,
        "log": [
            submitted(report(reporter={"name": "Muhammad Rizky Pratama"},
                             body="Saya Rizky Pratama, warga RT 3.")),
            disposed(),
        ],
        "expect": {"agency": {"absent": ["Rizky", "Pratama", "Muhammad"], "present": ["Saya [PERSON], warga RT 3."]}},
    },
    {
        "name": "numbers and e-mail written in other scripts, with invisible characters and disguises",
        "class": 7,
        "log": [
            submitted(report(body=(
                "NIK ６４７４０１４５０６９００００１, no \u0660\u0668\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u0660, "
                "wa 0812\u200b3456\u00ad7890, telp +62 (0) 812 3456 7890 atau +62 (812) 3456 7890, "
                "NIK/KK 6474014506900001/6474010101080002, surel siti.rahma [at] gmail [dot] com "
                "atau siti.rahma\uff20gmail.com."))),
            disposed(),
        ],
        "expect": {"agency": {"absent": IDENTITY + ["６４７４", "\u0668\u0661\u0662", "3456\u00ad7890", "[at]", "\uff20gmail", "(812)"],
                              "present": ["[NIK]", "[PHONE]", "[EMAIL]", "[KK]"]}},
    },
    {
        "name": "an earlier holder wrote the reporter's identity into a follow-up",
        "class": 8,
        "log": [
            submitted(report()),
            disposed(),
            ev(4, agency("pemkot"), "followed_up",
               text=f"Pelapor siti.rahma@gmail.com (Siti R.), KK {KK}, rumah Jl. Mawar No. 115A RT 10 RW 20."),
            ev(5, agency("pemkot"), "sub_disposed", unit="dinkes"),
        ],
        "expect": {"agency": {"absent": IDENTITY + ["gmail.com", "115A"], "present": ["\"holder\":{\"agency\":\"dinkes\"}"]}},
    },
    {
        "name": "a whistle-blower's work address in the first person",
        "class": 12,
        "log": [
            submitted(report(kind="whistleblowing", privacy={"anonymous": True, "confidential": True},
                             reporter={"name": "Budi Santoso"},
                             body="Atasan menerima suap. Hubungi e-mail kantor saya budi.santoso@kemenkeu.go.id.")),
            disposed(),
        ],
        "expect": {"agency": {"absent": ["budi.santoso", "Budi", "Santoso"], "present": ["e-mail kantor saya [EMAIL]"]}},
    },
    {
        "name": "a case deleted after an agency declined it shows existence only",
        "class": 3,
        "log": [
            submitted(report(privacy={"anonymous": False}, body=f"Saya Siti Rahmawati, NIK {NIK}. Spam spam.")),
            disposed(),
            ev(4, agency("pemkot"), "declined", reason="bukan wewenang"),
            ev(4, ADMIN, "deleted", hour=5, reason="spam"),
        ],
        "expect": {"agency": {"absent": IDENTITY + ["Spam", "Api-Api"], "present": ["\"identity\":\"deleted\""]},
                   "public": {"absent": IDENTITY + ["Spam", "Api-Api"], "present": ["\"visibility\":\"deleted\""]}},
    },
    {
        "name": "the reporter's NIK is a label, never a keyed token, in a named case's public view",
        "class": 4,
        "log": [
            submitted(report(privacy={"anonymous": False}, body=f"NIK saya {NIK}, HP {PHONE}.")),
            disposed(),
        ],
        "expect": {"public": {"absent": [NIK, PHONE, "[NIK:", "[PHONE:"], "present": ["NIK saya [NIK], HP [PHONE]."]}},
    },
]

REPLAY = [
    {"name": "a deleted case closed", "class": 6, "error": {"reason": "illegal_transition", "line": 3},
     "log": [submitted(report()), ev(3, ADMIN, "deleted", hour=5, reason="spam"), ev(4, ADMIN, "closed")]},
    {"name": "a deleted case reopened", "class": 6, "error": {"reason": "illegal_transition", "line": 3},
     "log": [submitted(report()), ev(3, ADMIN, "deleted", hour=5, reason="spam"), ev(4, ADMIN, "reopened")]},
    {"name": "a case closed without verification", "class": 6, "error": {"reason": "illegal_transition", "line": 2},
     "log": [submitted(report()), ev(4, ADMIN, "closed")]},
    {"name": "the reporter closes the case", "class": 6, "error": {"reason": "permission_denied", "line": 4},
     "log": [submitted(report()), disposed(), ev(4, agency("pemkot"), "followed_up", text="Ditangani."),
             ev(5, REPORTER_ACTOR, "closed")]},
    {"name": "a follow-up before disposition", "class": 6, "error": {"reason": "illegal_transition", "line": 2},
     "log": [submitted(report()), ev(4, agency("pemkot"), "followed_up", text="Ditangani.")]},
    {"name": "a disposition to an agency the directory lacks", "class": 6, "error": {"reason": "unknown_agency", "line": 2},
     "log": [submitted(report()), disposed(agency="pemkot-samarinda")]},
    {"name": "a second submission of a resolved case", "class": 6, "error": {"reason": "illegal_transition", "line": 5},
     "log": [submitted(report()), disposed(), ev(4, agency("pemkot"), "followed_up", text="Selesai."),
             ev(5, ADMIN, "closed"), submitted(report(), day=6)]},
    {"name": "a report whose tracking id is another case's", "class": 6, "error": {"reason": "tracking_id_mismatch", "line": 1},
     "log": [submitted(report(tracking_id=42))]},
]

REDACTION = [
    {"name": "name words in any order, joined and tagged", "class": 5, "identity": REPORTER,
     "text": "Rahmawati Siti lapor; foto KTP_Siti_Rahmawati.jpg, akun #SitiRahmawati, siti_rahmawati.",
     "absent": ["Siti", "Rahmawati", "siti", "rahmawati"], "present": ["lapor; foto KTP_", ".jpg"]},
    {"name": "digits of other scripts and invisible characters", "class": 7, "identity": REPORTER,
     "text": "NIK ６４７４０１４５０６９００００１ dan HP 0812\u200b3456\u20607890",
     "absent": ["６４７４", "0812", "7890"], "present": ["NIK [NIK] dan HP [PHONE]"]},
    {"name": "phone with a country code and a trunk zero in parentheses", "class": 7, "identity": REPORTER,
     "text": "telp +62 (0) 812 3456 7890 / +62 (812) 3456 7890",
     "absent": ["812", "7890"], "present": ["telp [PHONE] / [PHONE]"]},
    {"name": "e-mail disguised, with another domain and without the +tag", "class": 7, "identity": REPORTER,
     "text": "surel siti.rahma [at] yahoo [dot] com atau SITI.RAHMA\uff20gmail.com",
     "absent": ["rahma", "RAHMA", "yahoo", "gmail"], "present": ["surel [EMAIL] atau [EMAIL]"]},
    {"name": "two numbers joined by a slash", "class": 7, "identity": REPORTER,
     "text": f"NIK/KK: {NIK}/{KK}",
     "absent": [NIK, KK], "present": ["NIK/KK: [NIK]"]},
    {"name": "the reporter's identity stays a label under a keyed-pseudonym style", "class": 4,
     "identity": REPORTER, "style_key_hex": "00112233445566778899aabbccddeeff",
     "text": f"NIK {NIK}, tetangga 0811-2233-4455",
     "absent": [NIK, "[NIK:", "0811-2233-4455"], "present": ["NIK [NIK], tetangga [PHONE:"]},
    {"name": "a whistle-blower's work e-mail in the first person", "class": 12, "identity": {},
     "text": "e-mail kantor saya budi.santoso@kemenkeu.go.id",
     "absent": ["budi.santoso"], "present": ["e-mail kantor saya [EMAIL]"]},
]

ERRORS = [
    {"name": "a NIK given as a number where text is expected", "class": 9, "target": "report",
     "input": json.dumps(dict(report(), title=6474014506900001)), "absent": [NIK]},
    {"name": "a name and phone given as the channel", "class": 9, "target": "report",
     "input": json.dumps(dict(report(), channel=f"Siti Rahmawati {PHONE}")), "absent": ["Siti", PHONE]},
    {"name": "a NIK given as a region code", "class": 9, "target": "region_code", "input": NIK, "absent": [NIK, "6474"]},
    {"name": "a misspelled privacy flag is refused, not ignored", "class": 11, "target": "report",
     "input": json.dumps(dict(report(), privacy={"anonymus": True})), "absent": [NIK], "code": "json"},
]

PSEUDONYM_KEYS = [
    {"key_hex": "", "ok": False},
    {"key_hex": "72616861736961", "ok": False},
    {"key_hex": "000102030405060708090a0b0c0d0e", "ok": False},
    {"key_hex": "000102030405060708090a0b0c0d0e0f", "ok": True},
]

FORMS = [
    {"name": "a whistle-blower's work e-mail in the first person gets a warning", "class": 12,
     "form": {"kind": "whistleblowing", "title": "Suap di kantor pajak", "body": "Atasan menerima suap. Hubungi e-mail kantor saya budi.santoso@kemenkeu.go.id.",
              "incident_date": "2025-03-01", "anonim": True, "rahasia": True, "reporter_phone": "081234567890"},
     "warning": {"code": "pii_in_text_anonymous", "field": "body", "pii_kind": "EMAIL"}},
    {"name": "validation messages never echo what was typed", "class": 9,
     "form": {"title": "Jalan rusak parah sekali", "body": "Jalan berlubang besar di depan sekolah sejak bulan lalu.",
              "incident_date": "2025-03-01", "reporter_phone": "0812-34x6-7890", "reporter_email": "siti.rahma@",
              "attachments": [{"name": "KTP_Siti_Rahmawati.exe", "media_type": "application/x-msdownload", "size_bytes": 0}]},
     "absent": ["34x6", "siti.rahma", "Siti", "Rahmawati", "x-msdownload"]},
]

out = {
    "description": __doc__.strip(),
    "agencies": AGENCIES,
    "reporter": REPORTER,
    "views": VIEWS,
    "replay": REPLAY,
    "redaction": REDACTION,
    "errors": ERRORS,
    "pseudonym_keys": PSEUDONYM_KEYS,
    "forms": FORMS,
}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "privacy_attacks.json")
with open(path, "w", encoding="utf-8") as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
    f.write("\n")
