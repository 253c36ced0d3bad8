# Misuses mypy must catch: each line carries `# type: ignore[code]`, and mypy runs with
# --warn-unused-ignores, so a line that stops being an error fails the test.
import datetime as dt

import lapor

at = dt.datetime(2026, 3, 2, 2, tzinfo=dt.timezone.utc)
cal = lapor.WorkingCalendar.indonesia()
cal.deadline(at, 3, zone="CET")  # type: ignore[arg-type]
cal.deadline(at, 3, zone="jakarta")  # type: ignore[arg-type]
cal.deadline(at, "3")  # type: ignore[arg-type]
log = lapor.synthetic_event_log(10, seed=1)
lapor.summarize(log, at, by="agencies")  # type: ignore[arg-type]
lapor.summarize(log, at, by="kabupaten")  # type: ignore[arg-type]
lapor.evaluate_sla(log, at, policy=42)  # type: ignore[arg-type]
lapor.evaluate_period(log, "2026-S1", ranking=[1, 2])  # type: ignore[arg-type]
lapor.synthetic_event_log("10")  # type: ignore[arg-type]
flag: str = lapor.RegionCode("64").exists  # type: ignore[assignment]
lapor.RegionCode(6474)  # type: ignore[arg-type]
