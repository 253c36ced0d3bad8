#!/usr/bin/env python3
"""Generate tests/vectors/calendar_numpy.json: numpy's business-day arithmetic as the oracle for
lapor's WorkingCalendar.

The holidays are transcribed here from the decrees as listed in docs/calendars.md (not read from lapor), so the vectors check
the built-in table as well as the arithmetic.

Made with numpy 2.4.6:

    python3 -m venv /tmp/npvenv && /tmp/npvenv/bin/pip install numpy
    /tmp/npvenv/bin/python tests/vectors/generate_calendar_numpy.py > tests/vectors/calendar_numpy.json

Layout: dates are integer day offsets from "base" (2024-01-01); "working[i]" is
numpy.is_busday(base + i); "backward[i][k]" and "forward[i][k]" are
numpy.busday_offset(base + i, n[k], roll=...) as offsets from base, or null when the answer is
outside 2024-2027, the official years (lapor's calendar without projection then raises
calendar_range). "between" holds [a, b, count] with
count = numpy.busday_count(a + 1, b + 1) (working days in (a, b]) for a sample of pairs.
"""
import json
import random

import numpy as np

HOLIDAYS = {
    2024: "1/1 8/2 10/2 11/3 29/3 31/3 10/4 11/4 1/5 9/5 23/5 1/6 17/6 7/7 17/8 16/9 25/12",
    2025: "1/1 27/1 29/1 29/3 31/3 1/4 18/4 20/4 1/5 12/5 29/5 1/6 6/6 27/6 17/8 5/9 25/12",
    2026: "1/1 16/1 17/2 19/3 21/3 22/3 3/4 5/4 1/5 14/5 27/5 31/5 1/6 16/6 17/8 25/8 25/12",
    2027: "1/1 5/1 6/2 8/3 10/3 11/3 26/3 28/3 1/5 6/5 17/5 20/5 1/6 6/6 15/8 17/8 25/12 26/12",
}
CUTI_BERSAMA = {
    2024: "9/2 12/3 8/4 9/4 12/4 15/4 10/5 24/5 18/6 26/12",
    2025: "28/1 28/3 2/4 3/4 4/4 7/4 13/5 30/5 9/6 18/8 26/12",
    2026: "16/2 18/3 20/3 23/3 24/3 15/5 28/5 24/12",
    2027: "5/2 9/3 12/3 15/3 25/3 18/5 19/5 24/12",
}
ELECTION_DAYS = {2024: "14/2 27/11"}

N = [-61, -20, -5, -2, -1, 0, 1, 2, 3, 5, 10, 14, 17, 60]


def dates(table):
    for year, text in table.items():
        for item in text.split():
            day, month = item.split("/")
            yield np.datetime64(f"{year}-{int(month):02d}-{int(day):02d}", "D")


def main():
    holidays = sorted(set(dates(HOLIDAYS)) | set(dates(CUTI_BERSAMA)) | set(dates(ELECTION_DAYS)))
    cal = np.busdaycalendar(weekmask="1111100", holidays=holidays)
    base = np.datetime64("2024-01-01", "D")
    end = np.datetime64("2028-01-01", "D")
    days = int((end - base).astype(int))

    def offset(day):
        return int((day - base).astype(int)) if base <= day < end else None

    working, backward, forward = [], [], []
    for i in range(days):
        d = base + np.timedelta64(i, "D")
        working.append(int(np.is_busday(d, busdaycal=cal)))
        backward.append([offset(np.busday_offset(d, n, roll="backward", busdaycal=cal)) for n in N])
        forward.append([offset(np.busday_offset(d, n, roll="forward", busdaycal=cal)) for n in N])

    rng = random.Random(20261124)
    between = []
    for _ in range(2000):
        a, b = rng.randrange(days), rng.randrange(days)
        if a <= b:
            count = int(np.busday_count(base + np.timedelta64(a + 1, "D"), base + np.timedelta64(b + 1, "D"), busdaycal=cal))
        else:
            count = -int(np.busday_count(base + np.timedelta64(b + 1, "D"), base + np.timedelta64(a + 1, "D"), busdaycal=cal))
        between.append([a, b, count])

    out = {
        "description": "numpy busday_offset/is_busday/busday_count over the decrees' holidays (docs/calendars.md); see generate_calendar_numpy.py",
        "numpy_version": np.__version__,
        "base": "2024-01-01",
        "days": days,
        "holidays": [str(h) for h in holidays],
        "n": N,
        "working": working,
        "backward": backward,
        "forward": forward,
        "between": between,
    }
    print(json.dumps(out, separators=(",", ":")))


if __name__ == "__main__":
    main()
