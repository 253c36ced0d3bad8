"""Writes period_evaluation.json: a small log across the 2025-S2 / 2026-S1 boundary and its
evaluation per semester (under `ranking`), derived by hand from docs/analytics.md ("Evaluation per period") and
docs/sla.md, not computed by the library. The notes give each derivation."""
import json
import os

NAT = {"role": "national_admin"}
REP = {"role": "reporter"}


def adm(a):
    return {"role": "agency_admin", "agency": a}


def ev(case, at, actor, event, **kw):
    d = {"case": case, "at": at, "actor": actor, "event": event}
    d.update(kw)
    return d


def report(title, incident):
    return {"kind": "complaint", "title": title, "body": "Mohon ditindaklanjuti.",
            "incident_date": incident, "channel": "web", "location": {"region": "64.74.01"}}


agencies = [
    {"id": "kemenpanrb", "name": "KemenPANRB", "level": "national"},
    {"id": "pemkot", "name": "Pemerintah Kota Bontang", "level": "regency", "parent": "kemenpanrb", "regions": ["64.74"]},
    {"id": "pemkot-jayapura", "name": "Pemerintah Kota Jayapura", "level": "regency", "parent": "kemenpanrb", "regions": ["91.71"]},
]

log = [
    # Case 1: disposed to pemkot on Tue 2 Dec 2025, followed up only on Mon 12 Jan 2026: carried
    # into 2026-S1 as arrears.
    ev(1, "2025-12-01T02:00:00Z", REP, "submitted", report=report("Lampu jalan mati", "2025-11-28")),
    ev(1, "2025-12-02T02:00:00Z", NAT, "disposed", agency="pemkot"),
    ev(1, "2026-01-12T02:00:00Z", adm("pemkot"), "followed_up", text="Lampu sudah diganti."),
    ev(1, "2026-01-13T02:00:00Z", adm("pemkot"), "closed"),
    # Case 2: pemkot on time, rated 4.
    ev(2, "2026-01-05T02:00:00Z", REP, "submitted", report=report("Sampah menumpuk", "2026-01-03")),
    ev(2, "2026-01-06T02:00:00Z", NAT, "disposed", agency="pemkot"),
    ev(2, "2026-01-08T02:00:00Z", adm("pemkot"), "followed_up", text="Sudah diangkut."),
    ev(2, "2026-01-09T02:00:00Z", adm("pemkot"), "closed"),
    ev(2, "2026-01-12T02:00:00Z", REP, "rated", score=4, comment="Cepat."),
    # Case 3: Jayapura never answers.
    ev(3, "2026-02-02T01:00:00Z", REP, "submitted", report=report("Jalan berlubang", "2026-01-30")),
    ev(3, "2026-02-03T01:00:00Z", NAT, "disposed", agency="pemkot-jayapura"),
    # Case 4: never verified.
    ev(4, "2026-06-01T01:00:00Z", REP, "submitted", report=report("Pungutan liar", "2026-05-29")),
]

notes = [
    "Semesters run from 00:00 WIB: 2025-S2 = [2025-06-30T17:00Z, 2025-12-31T17:00Z), 2026-S1 = [2025-12-31T17:00Z, 2026-06-30T17:00Z).",
    "Case 1: disposed Tue 2 Dec 2025 10:00 WITA; first follow-up and completion due after 5 wd (3, 4, 5, 8, 9 Dec) = 10 Dec 00:00 WITA = 9 Dec 16:00Z: both breached in 2025-S2 (counted there, 0 % each for pemkot), open at the end of 2025-S2 (arrears_end 1) and so at the start of 2026-S1 (arrears_start 1). Its first follow-up (Mon 12 Jan) used 25 wd (Dec 3-5, 8-12, 15-19, 22-24, 29-31 = 19, Jan 2 and 5-9 = 6; 25 and 26 Dec, 1 Jan are holidays) and completion (Tue 13 Jan) 26 wd: samples of 2026-S1, whose verdicts belong to 2025-S2. Verification: met on 2 Dec (2025-S2, national admin). Reply window: follow-up 12 Jan, resolved 13 Jan: met in 2026-S1.",
    "Case 2: disposed Tue 6 Jan 10:00 WITA; follow-up Thu 8 Jan used 1 wd (7 Jan), met; completion Fri 9 Jan used 2 wd, met; reply window met at the close; verification met on 6 Jan; rated 4 on 12 Jan.",
    "Case 3: disposed Tue 3 Feb 10:00 WIT to Jayapura; due 5 wd later (4, 5, 6, 9, 10 Feb) = 11 Feb 00:00 WIT = 10 Feb 15:00Z: first follow-up and completion breached in 2026-S1 (0 %), open at its end (arrears_end 1). Verification met on 3 Feb.",
    "Case 4: submitted Mon 1 Jun 2026 (Hari Lahir Pancasila) 08:00 WIB, never disposed: verification due after 2, 3, 4 Jun = 5 Jun 00:00 WIB = 4 Jun 17:00Z, breached in 2026-S1; open at its end: arrears_end 1 for the national admin, received 1, routed 0.",
    "2026-S1 national admin: verification met for cases 2 and 3, breached for case 4: 2/3 = 66.67 %.",
    "Ranking: the default weights (0.25 follow-up, 0.25 resolved, 0.25 on time, 0.15 clearance, 0.1 satisfaction, scale 100) with `min_routed` 1 (`ranking`), so that single cases rank.",
    "2026-S1 pemkot: first follow-up days 1 and 25 (median 13, p90 by nearest rank 25), completion 2 and 26 (14, 26); verdicts decided in 2026-S1: case 2's first follow-up and completion met (100 %), reply windows of cases 1 and 2 met (100 %). Score: followed up 1/1, resolved 1/1, on time 2/2, clearance 1 - 0/(1 + 1) = 1, satisfaction (4-1)/4 = 0.75: 100 x (0.25 + 0.25 + 0.25 + 0.15 + 0.075) = 97.5, rank 1.",
    "2026-S1 Jayapura: followed up 0/1, resolved 0/1, on time 0/2, clearance 1 - 1/(1 + 0) = 0, no rating (left out, weights renormalised over 0.9): score 0, rank 2. 2025-S2 pemkot likewise 0 (clearance 1 - 1/1 = 0).",
]

N = None
expected = {
    "2025-S2": {
        "national_admin": {"received": 0, "routed": 0, "arrears_start": 0, "arrears_end": 0,
                           "compliance_verification": 100.0, "score": N, "rank": N},
        "pemkot": {"received": 1, "routed": 1, "followed_up": 0, "resolved": 0, "in_process": 0,
                   "arrears_start": 0, "arrears_end": 1,
                   "first_follow_up_days_median": N, "completion_days_median": N,
                   "compliance_first_follow_up": 0.0, "compliance_completion": 0.0,
                   "ratings": 0, "satisfaction_mean": N, "score": 0.0, "rank": 1},
    },
    "2026-S1": {
        "national_admin": {"received": 1, "routed": 0, "followed_up": 0, "arrears_start": 0, "arrears_end": 1,
                           "compliance_verification": 66.66666666666667, "compliance_first_follow_up": N,
                           "score": N, "rank": N},
        "pemkot": {"received": 1, "routed": 1, "followed_up": 1, "resolved": 1, "in_process": 0,
                   "arrears_start": 1, "arrears_end": 0,
                   "first_follow_up_days_median": 13.0, "first_follow_up_days_p90": 25.0,
                   "completion_days_median": 14.0, "completion_days_p90": 26.0,
                   "compliance_first_follow_up": 100.0, "compliance_completion": 100.0,
                   "compliance_reply_window": 100.0, "compliance_verification": N,
                   "ratings": 1, "satisfaction_mean": 4.0, "score": 97.5, "rank": 1},
        "pemkot-jayapura": {"received": 1, "routed": 1, "followed_up": 0, "resolved": 0, "in_process": 0,
                            "arrears_start": 0, "arrears_end": 1,
                            "first_follow_up_days_median": N,
                            "compliance_first_follow_up": 0.0, "compliance_completion": 0.0,
                            "ratings": 0, "satisfaction_mean": N, "score": 0.0, "rank": 2},
    },
}

out = {
    "description": "Evaluation per period (analytics::evaluate_period, lapor.evaluate_period) of a small log across the 2025-S2 / 2026-S1 boundary, with arrears carried into 2026-S1, under the default ranking policy. `expected` lists, per period and agency key, the figures derived by hand (see `notes`); every row key present must match, and no other key may appear.",
    "agencies": agencies,
    "log": log,
    "ranking": {"min_routed": 1},
    "notes": notes,
    "expected": expected,
}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "period_evaluation.json")
json.dump(out, open(path, "w"), indent=1, ensure_ascii=False)
