"""Writes views.json: the visibility matrix of docs/privacy.md as shared test vectors.

Every binding that exposes case views runs it: build the case from `steps` (actor, command,
instant) for each privacy combination, take each viewer's view as JSON, and check that every
string of `present` occurs in it and none of `absent` does; `agency_anonymous_body` is the exact
body the agency sees of an anonymous case. The expectations are written by hand from the matrix,
not produced by the implementation.

    python3 tests/vectors/generate_views.py > tests/vectors/views.json
"""
import json

NIK = "3273056010900009"          # the reporter's NIK (form and body)
PHONE = "081234567890"            # the reporter's phone (form and body)
NEIGHBOUR = "3205184706810032"    # a third party's NIK in the body
NAME = "Wahyuningsih"             # the reporter, named in the title without any cue
EMAIL = "wahyu@mail.com"

def steps(anonymous, confidential):
    report = {
        "kind": "complaint",
        "title": f"Pungli KTP oleh petugas, lapor {NAME}",
        "body": f"Saya {NAME} (NIK {NIK}, HP {PHONE}) dimintai Rp 50.000. "
                f"KTP tetangga saya NIK {NEIGHBOUR} juga ditahan.",
        "incident_date": "2025-03-01",
        "channel": "web",
        "location": {"text": "Kantor Kelurahan Api-Api", "region": "64.74.01"},
        "attachments": [{"name": "ktp_wahyuningsih.jpg", "media_type": "image/jpeg", "size_bytes": 1000}],
        "privacy": {"anonymous": anonymous, "confidential": confidential},
        "reporter": {"name": NAME, "nik": NIK, "phone": PHONE, "email": EMAIL},
    }
    return [
        {"at": "2025-03-03T02:00:00Z", "actor": {"role": "reporter"},
         "command": {"command": "submit", "report": report}},
        {"at": "2025-03-03T04:00:00Z", "actor": {"role": "national_admin"},
         "command": {"command": "dispose", "agency": "pemkot"}},
        {"at": "2025-03-04T02:00:00Z", "actor": {"role": "agency_admin", "agency": "pemkot"},
         "command": {"command": "follow_up",
                     "text": "Petugas sudah kami periksa. Hubungi Pak Rudi 0811223344."}},
        {"at": "2025-03-04T05:00:00Z", "actor": {"role": "reporter"},
         "command": {"command": "reply",
                     "text": f"Terima kasih, saya {NAME}, uang belum kembali."}},
    ]

SECRETS = [NIK, PHONE, NEIGHBOUR, EMAIL, "ktp_wahyuningsih"]
CONTENT = ["Pungli KTP oleh petugas", "dimintai Rp 50.000", "uang belum kembali"]
ALWAYS = ['"tracking_id":1916449', '"agency":"pemkot"']

def cell(anonymous, confidential):
    views = {}
    # Public: never a NIK, phone, e-mail or attachment; the agency's follow-up is redacted too.
    public_absent = SECRETS + ["0811223344"]
    if confidential:
        views["public"] = {"present": ALWAYS + ['"status_label":"Proses"', '"visibility":"confidential"'],
                           "absent": public_absent + CONTENT + [NAME]}
    elif anonymous:
        views["public"] = {"present": ALWAYS + CONTENT + ['"visibility":"anonymous"'],
                           "absent": public_absent + [NAME, '"reporter_name"']}
    else:
        views["public"] = {"present": ALWAYS + CONTENT + ['"visibility":"named"', f'"reporter_name":"{NAME}"'],
                           "absent": public_absent}
    # Agency: all, unless anonim.
    if anonymous:
        views["agency"] = {"present": CONTENT + ['"identity":"anonymous"', "ktp_[PERSON].jpg",
                                                 "Pak Rudi 0811223344", "lapor [PERSON]"],
                           "absent": SECRETS + [NAME, '"reporter":']}
    else:
        views["agency"] = {"present": CONTENT + SECRETS + [NAME, '"identity":"identified"'],
                           "absent": []}
    for viewer in ("national_admin", "reporter"):
        views[viewer] = {"present": CONTENT + SECRETS + [NAME], "absent": []}
    out = {"anonymous": anonymous, "confidential": confidential, "steps": steps(anonymous, confidential),
           "views": views}
    if anonymous:
        out["agency_anonymous_body"] = ("Saya [PERSON] (NIK [NIK], HP [PHONE]) dimintai Rp 50.000. "
                                        "KTP tetangga saya NIK [NIK] juga ditahan.")
    return out

print(json.dumps({
    "description": "The visibility matrix of docs/privacy.md (written by generate_views.py, "
                   "expectations by hand). For each cell: build the case from `steps`, take each "
                   "viewer's view as compact JSON, check every `present` string occurs and no "
                   "`absent` one does; `agency_anonymous_body` is the exact body the agency sees.",
    "agencies": [
        {"id": "kemenpanrb", "name": "KemenPANRB", "level": "national"},
        {"id": "pemkot", "name": "Pemkot Bontang", "level": "regency", "parent": "kemenpanrb",
         "regions": ["64.74"]},
    ],
    "tracking_id": 1916449,
    "cells": [cell(a, c) for a, c in [(False, False), (True, False), (False, True), (True, True)]],
}, indent=1, ensure_ascii=False))
