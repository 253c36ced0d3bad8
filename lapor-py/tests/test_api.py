"""The Python API of lapor: calendar, redactor, cases, logs, analytics, errors, shared vectors."""

import datetime as dt
import json
import re
from pathlib import Path

import pytest

import lapor
from optional import need

ROOT = Path(__file__).resolve().parents[2]
VECTORS = ROOT / "tests" / "vectors"
UTC = dt.timezone.utc
CAL = lapor.WorkingCalendar.indonesia_official()


def load(name):
    return json.loads((VECTORS / name).read_text(encoding="utf-8"))


def instant(s):
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))


# ------------------------------------------------------------------ calendar
def test_calendar_scalar():
    assert CAL.years == (2024, 2027)
    assert CAL.is_working_day(dt.date(2025, 3, 27)) is True
    assert CAL.is_working_day(dt.date(2025, 3, 31)) is False  # Idul Fitri
    assert CAL.add_working_days(dt.date(2025, 3, 27), 1) == dt.date(2025, 4, 8)
    assert CAL.working_days_between(dt.date(2025, 1, 1), dt.date(2025, 1, 10)) == 7
    aware = dt.datetime(2025, 3, 27, 10, tzinfo=UTC)
    assert CAL.is_working_day(aware) is True
    assert "Indonesia" in repr(CAL)
    assert lapor.WorkingCalendar.from_json(CAL.to_json()).years == (2024, 2027)


def test_naive_datetime_is_rejected():
    for call in (
        lambda: CAL.deadline(dt.datetime(2025, 1, 1), 3),
        lambda: CAL.is_working_day(dt.datetime(2025, 1, 1)),
        lambda: lapor.summarize(lapor.synthetic_event_log(3, 1), dt.datetime(2025, 6, 1)),
    ):
        with pytest.raises(lapor.NaiveDatetimeError) as info:
            call()
        assert isinstance(info.value, lapor.LaporError) and isinstance(info.value, TypeError)
        assert info.value.code == "naive_datetime" and "tzinfo" in info.value.message_id


def test_calendar_range_error():
    with pytest.raises(lapor.CalendarRangeError) as info:
        CAL.is_working_day(dt.date(2030, 1, 1))
    assert info.value.code == "calendar_range" and info.value.first_year == 2024
    with pytest.raises(lapor.ParseError):
        CAL.deadline(dt.datetime(2025, 1, 1, tzinfo=UTC), 3, zone="cet")


def test_deadline_vectors():
    for case in load("deadlines.json")["cases"]:
        pauses = [(instant(a), instant(b)) for a, b in case.get("pauses", [])]
        if case.get("error"):
            with pytest.raises(lapor.LaporError) as info:
                CAL.deadline(instant(case["start"]), case["budget"], zone=case["zone"], pauses=pauses)
            assert info.value.code == case["error"], case["name"]
            continue
        due, provisional = CAL.deadline(instant(case["start"]), case["budget"], zone=case["zone"], pauses=pauses)
        assert due == instant(case["deadline"]), case["name"]
        assert provisional is False


def test_deadline_pause_errors():
    start = dt.datetime(2025, 11, 24, 3, tzinfo=UTC)
    assert CAL.deadline(start, 3, pauses=[]).due == CAL.deadline(start, 3).due
    with pytest.raises(lapor.LaporError):  # a pause that ends before it starts
        CAL.deadline(start, 3, pauses=[(start, start - dt.timedelta(hours=1))])
    with pytest.raises(lapor.NaiveDatetimeError):
        CAL.deadline(start, 3, pauses=[(dt.datetime(2025, 11, 24), start)])


def test_event_table_directory_zones_and_select():
    log = lapor.synthetic_event_log(40, 3)
    t = lapor.event_table(log)
    assert t.column_names == ["tracking_id", "at", "seq", "event", "agency", "tier", "metric", "kind",
                              "actor_role", "actor_agency", "region", "channel", "payload"]
    d = t.to_pydict()
    assert len(t) == log.n_events and d["event"].count("submitted") == 40
    assert all(a for e, a in zip(d["event"], d["agency"]) if e == "disposed")
    assert d["at"][0].tzinfo is not None
    some = log.tracking_ids()[:5]
    sub = log.select(some + [10**12])
    assert sub.tracking_ids() == some and len(lapor.evaluate_sla(sub, AS_OF)) > 0
    directory = lapor.AgencyDirectory.synthetic()
    assert {directory.time_zone(a) for a in set(d["agency"]) - {""} if a != "national_admin"} <= {"wib", "wita", "wit"}
    with pytest.raises(lapor.NotFoundError):
        directory.time_zone("nope")


def test_calendar_numpy_vectors():
    np = need("numpy")
    v = load("calendar_numpy.json")
    base = np.datetime64(v["base"], "D")
    days = base + np.arange(v["days"])
    assert (CAL.is_working_day(days) == np.array(v["working"], dtype=bool)).all()
    hol = np.array(v["holidays"], dtype="datetime64[D]")
    inner = days[100:-100]
    for n in v["n"]:
        out = CAL.add_working_days(inner, n)
        assert out.dtype == np.dtype("datetime64[D]")
        ref = np.busday_offset(inner, n, roll="backward" if n >= 0 else "forward", holidays=hol)
        assert (out == ref).all(), n
    # int arrays give int arrays; busday_offset agrees away from the range ends
    ints = days[10:-200].astype("int64")
    got = CAL.add_working_days(ints, 5)
    assert got.dtype == np.int64
    ref = np.busday_offset(days[10:-200], 5, roll="backward", holidays=np.array(v["holidays"], dtype="datetime64[D]"))
    assert (got == ref.astype("int64")).all()
    between = CAL.working_days_between(days[:100], days[100:200])
    ref = np.busday_count(days[:100] + 1, days[100:200] + 1, holidays=np.array(v["holidays"], dtype="datetime64[D]"))
    assert (between == ref).all()


def test_calendar_bulk_without_numpy_types():
    out = CAL.add_working_days([dt.date(2025, 3, 27), dt.date(2025, 3, 28)], 1)
    assert list(out) in ([dt.date(2025, 4, 8)] * 2, [20186, 20186]) or str(out[0]) == "2025-04-08"


# ------------------------------------------------------------------ redactor
def test_redactor_offsets_with_emoji():
    r = lapor.Redactor()
    text = "😀🙏 NIK saya 3273056010900009, HP 081234567890 ya"
    spans = r.detect(text)
    kinds = [s.kind for s in spans]
    assert "NIK" in kinds and "PHONE" in kinds
    for s in spans:
        assert text[s.start:s.end] == s.value
        assert s.confidence in ("low", "medium", "high")
    assert "[NIK]" in r.redact(text) and "3273056010900009" not in r.redact(text)
    assert r.detect_many([text, "tidak ada"])[0] == spans
    assert r.redact_many([text]) == [r.redact(text)]
    assert "PiiSpan" in repr(spans[0]) and repr(r) == "Redactor()"


def test_pii_vectors():
    r = lapor.Redactor()
    for case in load("pii.json")["cases"]:
        got = [(s.kind, s.start, s.end) for s in r.detect(case["text"])]
        want = [(s["kind"], s["start_cp"], s["end_cp"]) for s in case["spans"]]
        assert got == want, case["text"]
        assert r.redact(case["text"]) == case["redacted_label"]


# ------------------------------------------------------------------ regions, reports, validation
def test_region_vectors_smoke():
    assert lapor.RegionCode("64.74").province_name
    report = lapor.Report({"kind": "complaint", "title": "Jalan rusak", "body": "Berlubang.",
                           "incident_date": "2025-03-01", "channel": "web",
                           "location": {"region": "64.74"}})
    assert report.kind == "complaint" and report.channel == "web" and str(report.region) == "64.74"
    assert not report.is_anonymous and not report.is_confidential
    assert report.to_dict()["title"] == "Jalan rusak" and json.loads(report.to_json())["body"] == "Berlubang."
    with pytest.raises(lapor.ParseError) as info:
        lapor.Report({"kind": "rant"})
    assert info.value.code == "json"


def test_validate_report():
    now = dt.datetime(2025, 3, 3, tzinfo=UTC)
    out = lapor.validate_report({"kind": "complaint", "title": "", "body": "x"}, now)
    assert out["valid"] is False and out["issues"]
    issue = out["issues"][0]
    assert {"field", "code", "severity"} <= set(issue)


# ------------------------------------------------------------------ cases and logs
def directory():
    return lapor.AgencyDirectory(load("case_scenarios.json")["agencies"])


def test_case_lifecycle_views_and_errors():
    d = directory()
    assert len(d) == 7 and len(lapor.AgencyDirectory.synthetic()) == 53
    t = lambda day, h=2: dt.datetime(2025, 3, day, h, tzinfo=UTC)
    report = {"kind": "complaint", "title": "Jalan rusak", "body": "NIK saya 3273056010900009",
              "incident_date": "2025-03-01", "channel": "web", "privacy": {"anonymous": True}}
    case = lapor.Case.submit(report, 7, t(3), d)
    assert case.status == "submitted" and case.tracking_id == 7 and case.holder is None
    ev = case.handle({"role": "national_admin"}, {"command": "dispose", "agency": "pemkot"}, t(4))
    assert ev["event"] == "disposed" and case.status == "disposed" and case.holder == "pemkot"
    with pytest.raises(lapor.TransitionError) as info:
        case.handle({"role": "reporter"}, {"command": "close"}, t(5))
    assert info.value.code == "illegal_transition" and info.value.status == "disposed"
    with pytest.raises(lapor.PermissionDeniedError) as info:
        case.handle({"role": "reporter"}, {"command": "follow_up", "text": "x"}, t(5))
    assert info.value.code == "permission_denied"
    with pytest.raises(lapor.NotFoundError):
        case.handle({"role": "national_admin"}, {"command": "reroute", "agency": "nope"}, t(5))
    case.handle({"role": "agency_admin", "agency": "pemkot"}, {"command": "follow_up", "text": "Sudah"}, t(5))
    assert case.status == "in_progress"
    sla = case.sla(t(20))
    assert sla[0]["metric"] == "verification" and sla[0]["state"] == "met"
    assert sla[0]["due"].tzinfo is not None
    replayed = lapor.Case.replay(case.events(), directory=d)
    assert replayed.status == case.status and len(replayed.events()) == 3
    assert "reporter" not in json.dumps(case.view("agency")) or case.report.is_anonymous
    assert "3273056010900009" not in json.dumps(case.view("public"))
    assert case.view("reporter") and case.view("national_admin")
    with pytest.raises(lapor.ParseError):
        case.view("alien")
    later = case.advance(dt.datetime(2025, 12, 1, tzinfo=UTC))
    assert isinstance(later, list)
    assert "Case(7" in repr(case)


def test_replay_wrong_order_is_transition_error():
    log = lapor.synthetic_event_log(2, 3)
    case = log.case(log.tracking_ids()[0])
    events = case.events()
    directory = lapor.AgencyDirectory.synthetic()
    with pytest.raises(lapor.TransitionError) as info:
        lapor.Case.replay([events[0], events[-1], events[1]] if len(events) > 2 else events[::-1], directory)
    assert info.value.code == "event_rejected" and info.value.line == 2


def test_read_event_log_and_line_numbers(tmp_path):
    log = lapor.synthetic_event_log(20, 5)
    assert len(log) == 20 and log.n_events > 100 and "EventLog" in repr(log)
    p = tmp_path / "log.jsonl"
    p.write_text(log.to_jsonl(), encoding="utf-8")
    directory = lapor.AgencyDirectory.synthetic()
    again = lapor.read_event_log(str(p), directory)
    assert again.n_events == log.n_events and again.tracking_ids() == log.tracking_ids()
    lines = log.to_jsonl().splitlines()
    lines.insert(3, '{"case": 1, "at": "yesterday"}')
    p.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(lapor.ParseError) as info:
        lapor.read_event_log(p, directory)
    assert info.value.code == "log_line" and info.value.line == 4
    with pytest.raises(lapor.ParseError) as info:
        lapor.parse_event_log("\n\nnot json\n", directory)
    assert info.value.line == 3
    with pytest.raises(OSError):
        lapor.read_event_log(tmp_path / "missing.jsonl", directory)
    with pytest.raises(lapor.NotFoundError) as info:
        log.case(1)
    assert info.value.code == "unknown_case" and info.value.case == 1
    assert isinstance(info.value, LookupError)


# ------------------------------------------------------------------ analytics
AS_OF = dt.datetime(2025, 12, 31, tzinfo=UTC)


def test_summarize_and_evaluate_columns():
    log = lapor.synthetic_event_log(300, 9)
    for by in ("agency", "province", "regency", "kind", "channel", "region"):
        t = lapor.summarize(log, AS_OF, by=by)
        d = t.to_pydict()
        assert sum(d["cases"]) == 300
        statuses = ["submitted", "postponed", "disposed", "in_progress", "resolved", "archived", "deleted"]
        for i in range(len(t)):
            assert sum(d[s][i] for s in statuses) == d["cases"][i]
    with pytest.raises(lapor.ParseError) as info:
        lapor.summarize(log, AS_OF, by="planet")
    assert info.value.code == "unknown_name"
    rows = lapor.evaluate_sla(log, AS_OF)
    assert rows.column_names[:5] == ["tracking_id", "metric", "round", "branch", "state"]
    assert len(set(rows.to_pydict()["tracking_id"])) == 300
    assert "lapor.Table" in repr(rows) and rows.num_rows == len(rows)
    assert rows.to_pylist()[0]["due"].tzinfo is not None


def test_evaluate_synthetic_sla_streams_the_same_rows():
    log = lapor.synthetic_event_log(250, 4)
    ours = lapor.evaluate_synthetic_sla(250, AS_OF, seed=4)
    key = lambda r: (r["tracking_id"], r["metric"], r["round"])
    assert sorted(ours.to_pylist(), key=key) == sorted(lapor.evaluate_sla(log, AS_OF).to_pylist(), key=key)
    ids = ours.to_pydict()["tracking_id"]
    assert ids == sorted(ids) and len(set(ids)) == 250
    with pytest.raises(lapor.NaiveDatetimeError):
        lapor.evaluate_synthetic_sla(3, dt.datetime(2025, 6, 1))


def test_evaluate_sla_stream_reads_case_by_case(tmp_path):
    log = lapor.synthetic_event_log(300, 5)
    directory = lapor.AgencyDirectory.synthetic()
    path = tmp_path / "log.jsonl"
    log.write_jsonl(path)  # case by case
    want = lapor.evaluate_sla(lapor.read_event_log(path, directory), AS_OF).to_pylist()
    got = lapor.evaluate_sla_stream(path, AS_OF, directory)
    assert got.to_pylist() == want and got.errors == []
    assert lapor.evaluate_sla_stream(str(path), AS_OF, directory).to_pylist() == want
    # The flat columnar form, a few rows per record batch.
    pa = need("pyarrow")
    table = lapor.event_table(log).to_arrow()
    reader = pa.RecordBatchReader.from_batches(table.schema, table.to_batches(max_chunksize=97))
    assert lapor.evaluate_sla_stream(reader, AS_OF, directory).to_pylist() == want
    # A bad line is set aside when collecting, and raises otherwise.
    lines = path.read_text(encoding="utf-8").splitlines()
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join(lines[:4] + ["not json"] + lines[4:]) + "\n", encoding="utf-8")
    collected = lapor.evaluate_sla_stream(bad, AS_OF, directory, errors="collect")
    assert collected.to_pylist() == want
    assert [e.code for e in collected.errors] == ["log_line"] and collected.errors[0].line == 5
    with pytest.raises(lapor.ParseError):
        lapor.evaluate_sla_stream(bad, AS_OF, directory)
    # A case whose lines are not together is refused, even when collecting: never a case
    # evaluated from part of its events.
    first = json.loads(lines[0])["case"]
    split = next(i for i, l in enumerate(lines) if json.loads(l)["case"] != first)
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text("\n".join(lines[1:split + 1] + [lines[0]] + lines[split + 1:]) + "\n",
                     encoding="utf-8")
    with pytest.raises(lapor.ParseError) as info:
        lapor.evaluate_sla_stream(mixed, AS_OF, directory, errors="collect")
    assert info.value.code == "log_line" and info.value.line == split + 1
    with pytest.raises(lapor.NaiveDatetimeError):
        lapor.evaluate_sla_stream(path, dt.datetime(2025, 6, 1), directory)


def test_arrow_polars_pandas_numpy():
    log = lapor.synthetic_event_log(200, 2)
    t = lapor.summarize(log, AS_OF, by="agency")
    np = need("numpy")
    cols = t.to_numpy()
    assert int(cols["cases"].sum()) == 200
    pa = need("pyarrow")
    table = pa.table(t)
    assert table.num_rows == len(t) and table.column_names == t.column_names
    assert pa.table(lapor.evaluate_sla(log, AS_OF)).schema.field("due").type == pa.timestamp("us", tz="UTC")
    assert pa.record_batch(t).num_rows == len(t)
    pd = need("pandas")
    assert int(t.to_pandas()["cases"].sum()) == 200
    pl = need("polars")
    assert pl.DataFrame(t)["cases"].sum() == 200 and t.to_polars().height == len(t)


def test_analytics_vector():
    v = load("analytics.json")
    text = "".join(json.dumps(e) + "\n" for e in v["log"])
    log = lapor.parse_event_log(text, directory=lapor.AgencyDirectory(v["agencies"]))
    as_of = instant(v["as_of"])

    def norm(x):
        if isinstance(x, dt.datetime):
            return x.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return x

    got = [{k: norm(x) for k, x in row.items()} for row in lapor.evaluate_sla(log, as_of).to_pylist()]
    assert got == v["expected"]["sla_rows"]
    for by, want in v["expected"]["summaries"].items():
        rows = lapor.summarize(log, as_of, by=by).to_pylist()
        assert len(rows) == len(want)
        for r, w in zip(rows, want):
            for k, x in w.items():
                if isinstance(x, float):
                    assert r[k] == pytest.approx(x), (by, k)
                else:
                    assert r[k] == x, (by, k)


# ------------------------------------------------------------------ README
def test_readme_python_snippets_run():
    readme = (ROOT / "lapor-py" / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.S)
    assert blocks
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})


def test_every_exported_name_exists():
    for name in lapor.__all__:
        assert getattr(lapor, name) is not None
    assert issubclass(lapor.ValidationError, lapor.LaporError)
    assert issubclass(lapor.DirectoryError, lapor.LaporError)
    with pytest.raises(lapor.DirectoryError):
        lapor.AgencyDirectory([{"id": "a", "name": "A", "level": "national"}, {"id": "a", "name": "A", "level": "national"}])
