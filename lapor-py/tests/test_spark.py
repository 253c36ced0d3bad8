"""lapor.spark against a local Spark (``local[2]``): the same rows as a local run.

The session runs in a time zone far from UTC (Asia/Jayapura), so that an instant read in the
session's zone instead of UTC would show.
"""

import datetime as dt
import json
import os
import sys
from pathlib import Path

import pytest

import lapor
import lapor.spark
from optional import need

UTC = dt.timezone.utc
AS_OF = dt.datetime(2025, 12, 31, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def spark():
    need("pyarrow")
    need("pyspark")
    import pyspark.sql as pyspark_sql

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        pyspark_sql.SparkSession.builder.master("local[2]")
        .appName("lapor-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.session.timeZone", "Asia/Jayapura")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session


def rows(table):
    """The rows of a pyarrow table in a canonical order, types as the local run's."""
    key = [(c, "ascending") for c in ("tracking_id", "metric", "round", "branch")]
    return table.sort_by(key).to_pylist()


def test_evaluate_sla_on_spark_gives_the_local_rows(spark):
    directory = lapor.AgencyDirectory.synthetic()
    log = lapor.synthetic_event_log(1500, seed=11)
    events = lapor.event_table(log).to_arrow()
    df = spark.createDataFrame(events)
    local = lapor.evaluate_sla(log, AS_OF, directory).to_arrow()
    remote = lapor.spark.evaluate_sla(df, AS_OF, directory).toArrow()
    assert remote.schema.names == local.schema.names
    assert remote.num_rows == local.num_rows > 1500
    assert rows(remote.cast(local.schema)) == rows(local)
    # Shuffled rows (another partitioning, rows in random order): still the same.
    from pyspark.sql import functions as F

    shuffled = df.orderBy(F.rand(seed=5))
    again = lapor.spark.evaluate_sla(shuffled, AS_OF, directory, partitions=3).toArrow()
    assert rows(again.cast(local.schema)) == rows(local)


def test_evaluate_sla_from_parquet_with_a_duplicate_in_another_part(spark, tmp_path):
    pq = need("pyarrow.parquet")
    agencies = json.loads((ROOT / "tests" / "vectors" / "case_scenarios.json").read_text())["agencies"]
    directory = lapor.AgencyDirectory(agencies)
    report = {"kind": "complaint", "title": "Jalan rusak", "body": "Jalan rusak parah",
              "incident_date": "2025-03-01", "channel": "web"}
    at = dt.datetime(2025, 3, 3, 2, tzinfo=UTC)
    events = []
    for tracking_id in range(1, 41):
        case = lapor.Case.submit(report, tracking_id, at + dt.timedelta(hours=tracking_id), directory)
        if tracking_id % 4 == 0:
            case.handle({"role": "national_admin"},
                        {"command": "archive_as_duplicate", "of": tracking_id - 3},
                        at + dt.timedelta(days=2), cases={tracking_id - 3: at})
        events.extend(case.events())
    log = lapor.parse_event_log("\n".join(json.dumps(e) for e in events), directory)
    path = str(tmp_path / "events.parquet")
    pq.write_table(lapor.event_table(log).to_arrow(), path)
    df = spark.read.parquet(path)
    local = lapor.evaluate_sla(log, AS_OF, directory).to_arrow()
    remote = lapor.spark.evaluate_sla(df, AS_OF, directory, partitions=4).toArrow()
    assert rows(remote.cast(local.schema)) == rows(local)


def test_a_log_without_its_columns_is_refused(spark):
    df = spark.createDataFrame([(1, "submitted")], ["tracking_id", "event"])
    with pytest.raises(lapor.InvalidArgumentError) as e:
        lapor.spark.evaluate_sla(df, AS_OF, lapor.AgencyDirectory.synthetic())
    assert e.value.code == "invalid_argument" and e.value.argument == "df"
    events = spark.createDataFrame(lapor.event_table(lapor.synthetic_event_log(5, seed=1)).to_arrow())
    with pytest.raises(lapor.NaiveDatetimeError):
        lapor.spark.evaluate_sla(events, dt.datetime(2025, 1, 1), lapor.AgencyDirectory.synthetic())


def test_redact_column_on_spark_gives_the_local_text(spark):
    pa = need("pyarrow")
    texts = [
        "NIK saya 3273056010900009, hp 0812-3456-7890",
        None,
        "Atas nama Siti Rahmawati, Jl. Mawar No. 5 RT 03/RW 04",
        "Jalan berlubang di depan pasar.",
    ] * 50
    df = spark.createDataFrame(pa.table({"id": list(range(len(texts))), "body": texts}))
    # A keyed redactor travels to the executors by pickling.
    redactor = lapor.Redactor(style="pseudonym", key=b"k" * 32)
    expected = redactor.redact_arrow(pa.array(texts)).to_pylist()
    added = lapor.spark.redact_column(df, "body", redactor, output="clean").toArrow().sort_by("id")
    assert added.column("body").to_pylist() == texts
    assert added.column("clean").to_pylist() == expected
    replaced = lapor.spark.redact_column(df, "body").toArrow().sort_by("id")
    assert replaced.column_names == ["id", "body"]
    assert replaced.column("body").to_pylist() == lapor.Redactor().redact_arrow(pa.array(texts)).to_pylist()
    assert "3273056010900009" not in json.dumps(replaced.column("body").to_pylist())
    with pytest.raises(lapor.InvalidArgumentError):
        lapor.spark.redact_column(df, "id")
    with pytest.raises(lapor.InvalidArgumentError):
        lapor.spark.redact_column(df, "body", output="id")


def test_from_arrow_checks_each_case_order():
    pa = need("pyarrow")
    directory = lapor.AgencyDirectory.synthetic()
    log = lapor.synthetic_event_log(50, seed=2)
    table = lapor.event_table(log).to_arrow()
    assert table.column("seq").type == pa.int64()
    reversed_rows = table.take(pa.array(range(table.num_rows - 1, -1, -1)))
    with pytest.raises(lapor.ParseError) as e:
        lapor.EventLog.from_arrow(reversed_rows, directory)
    assert e.value.code == "log_line" and e.value.line == 1
    back = lapor.EventLog.from_arrow(reversed_rows.sort_by([("tracking_id", "ascending"), ("seq", "ascending")]),
                                     directory)
    assert sorted(back.to_jsonl().splitlines()) == sorted(log.to_jsonl().splitlines())
    # A repeated row is refused too, and collected with errors="collect".
    doubled = pa.concat_tables([table.slice(0, 2), table.slice(1)])
    with pytest.raises(lapor.ParseError):
        lapor.EventLog.from_arrow(doubled, directory)
    collected = lapor.EventLog.from_arrow(doubled, directory, errors="collect")
    assert [err.code for err in collected.errors][:1] == ["log_line"]
