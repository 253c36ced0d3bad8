"""tests/vectors/validation.json through lapor.validate_report (as tests/validation_vectors.rs,
the Kotlin and the JS suites run it), and the binding's own contract for bad arguments."""

import datetime as dt
import json
import math
from pathlib import Path

import pytest

import lapor

VECTORS = Path(__file__).resolve().parents[2] / "tests" / "vectors"
V = json.loads((VECTORS / "validation.json").read_text(encoding="utf-8"))


def instant(s):
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))


@pytest.mark.parametrize("case", V["cases"], ids=[c["name"] for c in V["cases"]])
def test_validation_vector(case):
    now = instant(case["now"])
    if "error" in case:
        with pytest.raises(lapor.LaporError) as e:
            lapor.validate_report(case["form"], now)
        assert e.value.code == case["error"]
        return
    out = lapor.validate_report(case["form"], now)
    assert out["valid"] == case["valid"]
    got = [(i["severity"], i["code"], i["field"], i["pii_kind"]) for i in out["issues"]]
    want = [(i["severity"], i["code"], i["field"], i["pii_kind"]) for i in case["issues"]]
    assert got == want
    for g, w in zip(out["issues"], case["issues"]):
        for key in ("message_id", "message_en"):
            if key in w:
                assert g[key] == w[key]
            assert g[key]


def test_the_vectors_cover_the_new_rules():
    codes = {i["code"] for c in V["cases"] for i in c.get("issues", [])}
    assert {"incident_date_too_early", "region_code_unknown", "attachments_too_large"} <= codes


GOOD = {
    "kind": "complaint",
    "title": "Jalan berlubang di depan SDN 3",
    "body": "Sudah tiga bulan jalan berlubang dan belum diperbaiki oleh dinas.",
    "incident_date": "2026-11-20",
    "region_code": "64.74.01",
}
NOW = dt.datetime(2026, 12, 1, 3, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_a_non_finite_coordinate_is_the_coordinates_invalid_issue_as_in_kotlin(bad):
    out = lapor.validate_report({**GOOD, "latitude": bad, "longitude": 117.4}, NOW)
    assert [i["code"] for i in out["issues"]] == ["coordinates_invalid"]
    out = lapor.validate_report({**GOOD, "latitude": 0.13, "longitude": bad}, NOW)
    assert [i["code"] for i in out["issues"]] == ["coordinates_invalid"]
    # The caller's dict is left as it was.
    form = {**GOOD, "latitude": bad, "longitude": 117.4}
    lapor.validate_report(form, NOW)
    assert form["latitude"] is bad


@pytest.mark.parametrize(
    "call",
    [
        lambda: lapor.validate_report({**GOOD, "attachments": {1, 2}}, NOW),
        lambda: lapor.validate_report({**GOOD, "incident_date": dt.date(2026, 1, 1)}, NOW),
        lambda: lapor.validate_report(GOOD, "2026-12-01"),
        lambda: lapor.validate_report(GOOD, dt.date(2026, 12, 1)),
    ],
)
def test_bad_arguments_are_lapor_errors_never_bare_type_or_value_errors(call):
    with pytest.raises(lapor.LaporError) as e:
        call()
    assert e.value.code == "invalid_argument"
    assert isinstance(e.value, TypeError)
    assert e.value.message_id and e.value.message_en
    assert type(e.value) is lapor.InvalidArgumentError


def test_budgets_have_one_shape_and_a_bound():
    cal = lapor.WorkingCalendar.indonesia()
    start = dt.datetime(2026, 3, 2, 2, tzinfo=dt.timezone.utc)
    assert cal.deadline(start, {"working_days": 3}).due == cal.deadline(start, 3).due
    with pytest.raises(lapor.LaporError) as e:
        cal.deadline(start, {"calendar_days": 10**9})
    assert e.value.code == "budget_too_large" and e.value.max == 3660
    with pytest.raises(lapor.LaporError) as e:
        cal.deadline(start, {"workingDays": 3})
    assert e.value.code == "json"


def test_an_actor_of_the_wrong_shape_names_the_field():
    agencies = json.loads((VECTORS / "case_scenarios.json").read_text(encoding="utf-8"))["agencies"]
    d = lapor.AgencyDirectory(agencies)
    at = dt.datetime(2025, 3, 3, 2, tzinfo=dt.timezone.utc)
    report = {"kind": "complaint", "title": "Jalan rusak", "body": "Jalan rusak parah",
              "incident_date": "2025-03-01", "channel": "web"}
    case = lapor.Case.submit(report, 7, at, d)
    with pytest.raises(lapor.ParseError) as e:
        case.handle({"role": "mayor"}, {"command": "close"}, at)
    assert e.value.code == "json" and e.value.path == "role"
    with pytest.raises(lapor.InvalidArgumentError) as e:
        case.handle({"role": "national_admin"}, {"command": "archive_as_duplicate", "of": 1}, at,
                    cases=[1, 2])
    assert e.value.argument == "cases"


def test_any_aware_datetime_is_an_instant():
    import zoneinfo

    cal = lapor.WorkingCalendar.indonesia()
    utc = dt.datetime(2026, 3, 2, 2, tzinfo=dt.timezone.utc)
    jakarta = utc.astimezone(zoneinfo.ZoneInfo("Asia/Jakarta"))
    assert cal.deadline(jakarta, 3).due == cal.deadline(utc, 3).due
    assert cal.add_working_days(jakarta, 1) == cal.add_working_days(utc.date(), 1)


def test_the_namespace_exports_only_the_api():
    public = {n for n in dir(lapor) if not n.startswith("_")}
    assert not public & {"Any", "Optional", "annotations", "Union", "Dict"}
    # Submodules: errors, and spark once imported (it is not imported by ``import lapor``).
    assert public <= set(lapor.__all__) | {"errors", "spark"}


def test_tables_have_types_every_engine_takes_and_empty_ones_work():
    pa = pytest.importorskip("pyarrow")
    pl = pytest.importorskip("polars")
    as_of = dt.datetime(2025, 12, 31, tzinfo=dt.timezone.utc)
    full = lapor.evaluate_sla(lapor.synthetic_event_log(20, seed=1), as_of)
    empty = lapor.evaluate_sla(lapor.synthetic_event_log(20, seed=1).select([]), as_of)
    for t in (full, empty):
        schema = pa.table(t).schema
        assert schema.field("tracking_id").type == pa.int64()
        assert schema.field("metric").type == pa.string()
        assert not any(pa.types.is_unsigned_integer(f.type) or pa.types.is_dictionary(f.type) for f in schema)
        df = pl.DataFrame(t)
        assert df.height == len(t) and df.schema["metric"] == pl.String
        assert t.to_pandas().shape == (len(t), len(t.column_names))
    assert len(empty) == 0 and len(full) > 0
    # Joins with plain string columns, as the tester's polars join failed with Categoricals.
    names = pl.DataFrame({"metric": ["verification"], "label": ["Verifikasi"]})
    assert pl.DataFrame(full).join(names, on="metric").height > 0
    # Dictionary-encoded on request.
    assert pa.types.is_dictionary(full.to_arrow(dictionary=True).schema.field("metric").type)
    assert full.to_numpy()["tracking_id"].dtype.name == "int64"


def test_collecting_bad_lines_and_refused_cases(tmp_path):
    log = lapor.synthetic_event_log(30, seed=3)
    lines = log.to_jsonl().splitlines()
    # An unreadable line, and one case's last event moved to the very start.
    victim = json.loads(lines[-1])["case"]
    text = "\n".join([lines[-1], "not json", *lines[:-1]]) + "\n"
    path = tmp_path / "log.jsonl"
    path.write_text(text, encoding="utf-8")
    directory = lapor.AgencyDirectory.synthetic()
    with pytest.raises(lapor.ParseError) as e:
        lapor.read_event_log(path, directory)
    assert e.value.code == "log_line" and e.value.line == 2
    got = lapor.read_event_log(path, directory, errors="collect")
    assert [x.code for x in got.errors] == ["log_line", "event_rejected"]
    assert got.errors[0].line == 2
    assert (got.errors[1].line, got.errors[1].case) == (1, victim)
    assert all(isinstance(x, lapor.LaporError) for x in got.errors)
    assert sorted(got.tracking_ids()) == sorted(t for t in log.tracking_ids() if t != victim)
    assert got.select(got.tracking_ids()).errors == []
    with pytest.raises(lapor.InvalidArgumentError):
        lapor.parse_event_log(text, directory, errors="ignore")
    assert lapor.parse_event_log(log.to_jsonl(), directory, errors="collect").errors == []


def test_the_columnar_form_round_trips_through_parquet_and_polars(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    pl = pytest.importorskip("polars")
    start = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
    log = lapor.synthetic_national_log(300, start, start + dt.timedelta(days=200), seed=4,
                                       regencies_per_province=1)
    directory = lapor.AgencyDirectory.synthetic_national(1)
    table = pa.table(lapor.event_table(log))
    assert {"actor_role", "actor_agency", "payload", "region", "channel"} <= set(table.column_names)
    path = tmp_path / "log.parquet"
    pq.write_table(table, path)
    back = lapor.EventLog.from_arrow(pq.read_table(path), directory)
    assert back.to_jsonl() == log.to_jsonl()
    # polars, and Parquet written again from what was read: the same rows.
    again = lapor.EventLog.from_arrow(pl.read_parquet(path), directory)
    assert again.to_jsonl() == log.to_jsonl()
    assert pa.table(lapor.event_table(again)).equals(table)


def test_a_bad_table_names_the_row_or_the_columns():
    pa = pytest.importorskip("pyarrow")
    log = lapor.synthetic_event_log(10, seed=2)
    directory = lapor.AgencyDirectory.synthetic()
    table = pa.table(lapor.event_table(log))
    # A payload that is not JSON on row 3: the row is named; collected, its case is missing.
    payload = table.column("payload").to_pylist()
    payload[2] = "{not json"
    broken = table.set_column(table.column_names.index("payload"), "payload", pa.array(payload))
    with pytest.raises(lapor.ParseError) as e:
        lapor.EventLog.from_arrow(broken, directory)
    assert e.value.code == "log_line" and e.value.line == 3
    got = lapor.EventLog.from_arrow(broken, directory, errors="collect")
    assert [x.code for x in got.errors][0] == "log_line"
    assert len(got) < len(log)
    # Naive timestamps are refused, never read as UTC; a missing column is named.
    naive = table.set_column(1, "at", table.column("at").cast(pa.timestamp("us")))
    for bad in (naive, table.drop_columns(["payload"]), [1, 2, 3]):
        with pytest.raises(lapor.InvalidArgumentError) as e:
            lapor.EventLog.from_arrow(bad, directory)
        assert "payload" in e.value.expected


def test_from_arrow_streams_record_batches(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    log = lapor.synthetic_event_log(120, seed=8)
    directory = lapor.AgencyDirectory.synthetic()
    table = pa.table(lapor.event_table(log))
    path = tmp_path / "events.parquet"
    pq.write_table(table, path, row_group_size=97)
    pf = pq.ParquetFile(path)
    batches = pa.RecordBatchReader.from_batches(pf.schema_arrow, pf.iter_batches(batch_size=50))
    assert lapor.EventLog.from_arrow(batches, directory).to_jsonl() == log.to_jsonl()
    # Row numbers run across batches; large strings, dictionaries and slices read the same.
    payload = table.column("payload").to_pylist()
    payload[130] = "{not json"
    broken = table.set_column(table.column_names.index("payload"), "payload", pa.array(payload))
    reader = pa.RecordBatchReader.from_batches(broken.schema, broken.to_batches(max_chunksize=40))
    with pytest.raises(lapor.ParseError) as e:
        lapor.EventLog.from_arrow(reader, directory)
    assert e.value.line == 131
    as_large = table.cast(pa.schema([
        pa.field(f.name, pa.large_string()) if f.type == pa.string() else f for f in table.schema]))
    assert lapor.EventLog.from_arrow(as_large, directory).to_jsonl() == log.to_jsonl()
    assert lapor.EventLog.from_arrow(pa.table(lapor.event_table(log).to_arrow(dictionary=True)),
                                     directory).to_jsonl() == log.to_jsonl()
    ids = table.column("tracking_id").to_pylist()
    first, second = ids.count(ids[0]), ids.count(ids[ids.count(ids[0])])
    # The second case's rows: a slice whose buffers start before it.
    part = lapor.EventLog.from_arrow(table.slice(first, second), directory)
    assert part.n_events == second and part.to_jsonl() == log.select([ids[first]]).to_jsonl()
    # A null agency is no agency; a null elsewhere, or a negative tracking id, is refused.
    agency = table.column("actor_agency").to_pylist()
    nulls = table.set_column(table.column_names.index("actor_agency"), "actor_agency",
                             pa.array([a or None for a in agency]))
    assert lapor.EventLog.from_arrow(nulls, directory).to_jsonl() == log.to_jsonl()
    for name, values in (("event", [None] + table.column("event").to_pylist()[1:]),
                         ("tracking_id", [-1] + table.column("tracking_id").to_pylist()[1:])):
        bad = table.set_column(table.column_names.index(name), name, pa.array(values))
        with pytest.raises(lapor.InvalidArgumentError):
            lapor.EventLog.from_arrow(bad, directory)
    # An empty table is an empty log.
    assert len(lapor.EventLog.from_arrow(table.slice(0, 0), directory)) == 0


def test_logs_stream_to_and_from_disk(tmp_path):
    log = lapor.synthetic_event_log(50, seed=6)
    path = tmp_path / "log.jsonl"
    log.write_jsonl(path)
    assert path.read_text(encoding="utf-8") == log.to_jsonl()
    directory = lapor.AgencyDirectory.synthetic()
    assert lapor.read_event_log(path, directory).to_jsonl() == log.to_jsonl()
    # Windows line ends and blank lines read the same.
    crlf = tmp_path / "crlf.jsonl"
    crlf.write_bytes(log.to_jsonl().replace("\n", "\r\n\r\n").encode())
    assert lapor.read_event_log(crlf, directory).to_jsonl() == log.to_jsonl()
    # A line that is not UTF-8 is a log_line error naming it, never replaced characters.
    lines = log.to_jsonl().encode().split(b"\n")
    lines.insert(3, b'{"case": 1, "note": "\xff\xfe"}')
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b"\n".join(lines))
    with pytest.raises(lapor.ParseError) as e:
        lapor.read_event_log(bad, directory)
    assert e.value.code == "log_line" and e.value.line == 4 and "UTF-8" in e.value.message_en
    got = lapor.read_event_log(bad, directory, errors="collect")
    assert [x.line for x in got.errors] == [4] and len(got) == 50


def test_sla_on_several_threads_is_the_same_table():
    as_of = dt.datetime(2025, 12, 31, tzinfo=dt.timezone.utc)
    log = lapor.synthetic_event_log(2_000, seed=8)
    one = lapor.evaluate_sla(log, as_of, threads=1).to_pydict()
    for n in (2, 3, 7, None):
        assert lapor.evaluate_sla(log, as_of, threads=n).to_pydict() == one, n
    with pytest.raises(lapor.InvalidArgumentError):
        lapor.evaluate_sla(log, as_of, threads=0)


def test_bulk_redaction_on_several_threads_is_the_same():
    texts = [f"NIK saya 32730560109{i:05d}, HP 0812{i:08d}, saya Budi Santoso {i}" for i in range(700)]
    r = lapor.Redactor()
    one = r.redact_many(texts, threads=1)
    spans_one = [[(s.start, s.end, s.kind) for s in row] for row in r.detect_many(texts, threads=1)]
    for n in (2, 5, None):
        assert r.redact_many(texts, threads=n) == one
        assert [[(s.start, s.end, s.kind) for s in row] for row in r.detect_many(texts, threads=n)] == spans_one
    assert one[0] == r.redact(texts[0])
    with pytest.raises(lapor.InvalidArgumentError):
        r.redact_many(texts, threads=0)


def test_lapor_objects_pickle():
    import pickle

    def again(x):
        return pickle.loads(pickle.dumps(x))

    code = lapor.RegionCode("64.74.01")
    assert again(code) == code
    d = lapor.AgencyDirectory.synthetic()
    assert again(d).to_json() == d.to_json()
    cal = lapor.WorkingCalendar.indonesia()
    assert again(cal).to_json() == cal.to_json()
    start = dt.datetime(2026, 3, 2, 2, tzinfo=dt.timezone.utc)
    due = cal.deadline(start, 3)
    assert tuple(again(due)) == tuple(due)
    r = lapor.Redactor(identity={"name": "Siti Rahmawati", "nik": "3273056010900009"})
    text = "Saya Rahmawati, NIK 3273 0560 1090 0009."
    assert again(r).redact(text) == r.redact(text) and "Rahmawati" not in r.redact(text)
    assert again(lapor.Redactor()).redact(text) == lapor.Redactor().redact(text)
    span = r.detect(text)[0]
    assert again(span) == span and repr(again(span)) == repr(span)
    report = lapor.Report({"kind": "complaint", "title": "Jalan rusak", "body": "Berlubang.",
                           "incident_date": "2025-03-01", "channel": "web"})
    assert again(report).to_json() == report.to_json()
    log = lapor.synthetic_event_log(40, seed=9)
    back = again(log)
    assert back.to_jsonl() == log.to_jsonl()
    as_of = dt.datetime(2025, 12, 31, tzinfo=dt.timezone.utc)
    assert lapor.evaluate_sla(back, as_of).to_pydict() == lapor.evaluate_sla(log, as_of).to_pydict()
    table = lapor.evaluate_sla(log, as_of)
    assert again(table).to_pydict() == table.to_pydict()


def test_redaction_styles_and_arrow_columns():
    import pickle

    pa = pytest.importorskip("pyarrow")
    text = "NIK saya 3273056010900009, HP 0812-3456-7890."
    assert lapor.Redactor().redact(text) == "NIK saya [NIK], HP [PHONE]."
    assert lapor.Redactor(style="mask").redact(text) == "NIK saya ************0009, HP ****-****-7890."
    key = b"0123456789abcdef"
    p = lapor.Redactor(style="pseudonym", key=key)
    out = p.redact(text)
    assert "3273056010900009" not in out and out.startswith("NIK saya [NIK:")
    assert p.redact(text) == out == lapor.Redactor(style="pseudonym", key=key.decode()).redact(text)
    assert pickle.loads(pickle.dumps(p)).redact(text) == out
    assert lapor.Redactor(style="pseudonym", key=b"another key 16 b").redact(text) != out
    with pytest.raises(lapor.ValidationError) as e:
        lapor.Redactor(style="pseudonym", key=b"short")
    assert e.value.code == "pseudonym_key"
    for bad in ({"style": "pseudonym"}, {"style": "mask", "key": key}, {"style": "blur"}):
        with pytest.raises(lapor.InvalidArgumentError):
            lapor.Redactor(**bad)
    # Columns: nulls stay null, the type is kept (large strings too), chunked arrays work.
    r = lapor.Redactor()
    for ty in (pa.string(), pa.large_string()):
        col = pa.array([text, None, "tidak ada data pribadi"], type=ty)
        got = r.redact_arrow(col)
        assert got.type == ty and got.to_pylist() == [r.redact(text), None, "tidak ada data pribadi"]
    chunked = pa.chunked_array([[text], [None, text]])
    assert r.redact_arrow(chunked, threads=2).to_pylist() == [r.redact(text), None, r.redact(text)]
    found = r.detect_arrow(pa.array([text, None]))
    rows = found.to_pylist()
    assert rows[1] is None and [s["kind"] for s in rows[0]] == ["NIK", "PHONE"]
    assert rows[0][0]["value"] == "3273056010900009" and rows[0][0]["start"] == 9
    with pytest.raises(lapor.InvalidArgumentError):
        r.redact_arrow(pa.array([1, 2]))
