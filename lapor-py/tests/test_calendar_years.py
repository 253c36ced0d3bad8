"""Calendars that never stop: official 2027, projected years, official data loaded over a
projected year, local days off, and the PyPI ``holidays`` package as an independent oracle."""

import datetime as dt
import json

import pytest

import lapor
from optional import need

UTC = dt.timezone.utc
CAL = lapor.WorkingCalendar.indonesia()


def holiday_dates(cal, year, kinds=("national", "cuti_bersama", "election")):
    return {d for d, kind, _ in cal.holidays() if d.year == year and kind in kinds}


def test_deadlines_in_january_2027_are_official():
    # The issue's examples: 29 Dec 2026 + 3 working days; 28 Dec 2026 10:00 WIB + 5 working days.
    assert CAL.add_working_days(dt.date(2026, 12, 29), 3) == dt.date(2027, 1, 4)
    due, provisional = CAL.deadline(dt.datetime(2026, 12, 28, 3, tzinfo=UTC), {"working_days": 5}, zone="wib")
    assert due == dt.datetime(2027, 1, 6, 17, tzinfo=UTC)
    assert provisional is False
    assert CAL.is_projected(dt.date(2027, 12, 31)) is False
    assert 2027 in CAL.sources and "2027" in CAL.sources[2027]


def test_deadlines_in_2029_are_projected_and_flagged():
    d = CAL.deadline(dt.datetime(2029, 6, 4, 3, tzinfo=UTC), 5, zone="wita")
    assert d.provisional is True and d.due.year == 2029
    assert "provisional=True" in repr(d)
    assert CAL.projected_years[0] == 2028 and CAL.projected_years[-1] >= 2035
    # Strict callers still get CalendarRangeError.
    strict = lapor.WorkingCalendar.indonesia_official()
    with pytest.raises(lapor.CalendarRangeError) as err:
        strict.deadline(dt.datetime(2029, 6, 4, 3, tzinfo=UTC), 5)
    assert err.value.code == "calendar_range"


def test_sixty_working_days_from_october_2027_cross_into_projected_2028():
    d = CAL.deadline(dt.datetime(2027, 10, 20, 3, tzinfo=UTC), 60)
    assert d.due.year == 2028 and d.provisional is True
    # Oracle: count the working days by hand over the calendar's own holiday list.
    off = {h for h, _, _ in CAL.holidays()}
    day, n = dt.date(2027, 10, 20), 0
    while n < 60:
        day += dt.timedelta(days=1)
        if day.weekday() < 5 and day not in off:
            n += 1
    assert d.due == dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), UTC) - dt.timedelta(hours=7)


def test_official_years_load_over_the_projection_with_typed_errors():
    cal = CAL.with_official_years(
        {"years": [{"year": 2028, "source": "SKB 3 Menteri 2027", "holidays": [
            {"date": "2028-01-03", "kind": "cuti_bersama", "name": "Cuti bersama"}]}]}
    )
    assert cal.is_projected(dt.date(2028, 6, 1)) is False
    assert cal.is_working_day(dt.date(2028, 1, 3)) is False
    assert CAL.is_projected(dt.date(2028, 6, 1)) is True, "the original is unchanged"
    for data, entry, problem in [
        ({"years": [{"year": 2027, "source": "x", "holidays": []}]}, "years[0]", "already_official"),
        ({"years": [{"year": 2029, "source": "x", "holidays": []}] * 2}, "years[1]", "duplicate_year"),
        ({"years": [{"year": 2029, "source": "x", "holidays": [
            {"date": "2030-01-01", "kind": "national", "name": "a"}]}]}, "years[0].holidays[0]", "date_outside_year"),
    ]:
        with pytest.raises(lapor.CalendarRangeError) as err:
            CAL.with_official_years(data)
        assert (err.value.code, err.value.entry, err.value.problem) == ("calendar_entry", entry, problem)
    with pytest.raises(lapor.ParseError) as err:
        CAL.with_official_years({"years": [{"year": 2029, "source": "x", "holidays": [
            {"date": "2029-01-01", "kind": "festival", "name": "a"}]}]})
    assert err.value.path == "years[0].holidays[0].kind"


def test_a_bali_day_off_moves_only_bali_deadlines():
    directory = lapor.AgencyDirectory([
        {"id": "kemenpanrb", "name": "KemenPANRB", "level": "national"},
        {"id": "pemkot", "name": "Pemkot Bontang", "level": "regency", "parent": "kemenpanrb", "regions": ["64.74"]},
        {"id": "pemprov-bali", "name": "Pemprov Bali", "level": "province", "parent": "kemenpanrb",
         "regions": ["51"], "days_off": [{"date": "2026-04-07", "name": "Hari Raya Galungan"}]},
        {"id": "dinkes-bali", "name": "Dinkes Bali", "level": "opd", "parent": "pemprov-bali"},
    ])
    lines = []
    for case, agency in [(1, "pemkot"), (2, "dinkes-bali")]:
        lines.append({"case": case, "at": "2026-04-01T02:00:00Z", "actor": {"role": "reporter"},
                      "event": "submitted", "report": {"kind": "complaint", "title": "Jalan rusak",
                      "body": "Berlubang.", "incident_date": "2026-03-01", "channel": "web"}})
        lines.append({"case": case, "at": "2026-04-06T02:00:00Z", "actor": {"role": "national_admin"},
                      "event": "disposed", "agency": agency})
    log = lapor.parse_event_log("\n".join(json.dumps(x) for x in lines), directory=directory)
    rows = lapor.evaluate_sla(log, as_of=dt.datetime(2026, 4, 20, tzinfo=UTC)).to_pylist()
    due = {r["tracking_id"]: r["due"] for r in rows if r["metric"] == "first_follow_up"}
    assert due == {1: dt.datetime(2026, 4, 13, 16, tzinfo=UTC), 2: dt.datetime(2026, 4, 14, 16, tzinfo=UTC)}
    assert all(r["provisional"] is False for r in rows)


def test_built_in_years_equal_the_holidays_package():
    """For every official year: national holidays + cuti bersama (+ election days) equal
    holidays.Indonesia(categories=("public", "government"))."""
    holidays = need("holidays")
    for year in range(2024, 2028):
        ours = holiday_dates(CAL, year)
        theirs = set(holidays.Indonesia(years=year, categories=("public", "government")).keys())
        assert ours == theirs, (year, sorted(ours - theirs), sorted(theirs - ours))


def test_projected_years_agree_with_the_holidays_package():
    """Projected years against the package's public holidays (its estimates). The moving dates
    were generated from the same package version, so a difference means a rule of ours
    (fixed dates, the Easter computus) disagrees: listed in the assertion message."""
    holidays = need("holidays")
    diffs = []
    for year in CAL.projected_years:
        ours = holiday_dates(CAL, year)
        theirs = set(holidays.Indonesia(years=year, categories=("public",)).keys())
        if ours != theirs:
            diffs.append((year, sorted(ours - theirs), sorted(theirs - ours)))
    assert not diffs, diffs
