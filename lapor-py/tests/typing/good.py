# Uses of lapor that type-check (mypy, run by lapor-py/tests/test_typing.py).
import datetime as dt

import lapor

at = dt.datetime(2026, 3, 2, 2, tzinfo=dt.timezone.utc)
cal = lapor.WorkingCalendar.indonesia()
cal.deadline(at, 3)
cal.deadline(at, {"working_days": 3}, zone="wita")
cal.deadline(at, {"calendar_days": 14}, zone="Asia/Makassar")
log = lapor.synthetic_event_log(10, seed=1)
lapor.summarize(log, at, by="province")
lapor.summarize(log, at, by="instance", policy={"reply_window": {"working_days": 10}})
lapor.evaluate_sla(log, at, policy='{"reply_window": {"working_days": 10}}')
lapor.evaluate_period(log, "2026-S1", ranking={"scale": 100})
code: lapor.RegionCode = lapor.RegionCode("64.74.01")
name: str | None = code.name
exists: bool = code.exists
try:
    lapor.validate_report({"title": "x"}, at)
except lapor.InvalidArgumentError as e:
    print(e.code)
