"""lapor on Apache Spark: redaction and SLA evaluation of Spark data frames, on every executor.

The functions here only arrange the data for Spark; the work is the core's, through the same
calls as on one machine (:meth:`lapor.Redactor.redact_arrow`, :meth:`lapor.EventLog.from_arrow`,
:func:`lapor.evaluate_sla`), so the rows are the same as a local run's. The lapor objects they
capture (a :class:`~lapor.Redactor`, an :class:`~lapor.AgencyDirectory`) are pickled to the
executors, which need the ``lapor`` wheel and ``pyarrow`` installed, like any Python UDF's
dependencies. Needs ``pyspark`` 4 (``mapInArrow``).

The executors' Python must be the one lapor is installed in: set ``PYSPARK_PYTHON`` (for a
local session, ``os.environ["PYSPARK_PYTHON"] = sys.executable`` before the session starts).
"""

from __future__ import annotations

import datetime as _dt
import typing as _t

from lapor._lapor import AgencyDirectory, EventLog, Redactor
from lapor._lapor import _evaluate_sla, _invalid_argument
from lapor._columns import Table
from lapor.errors import InvalidArgumentError

if _t.TYPE_CHECKING:  # pragma: no cover
    from pyspark.sql import DataFrame

# The columns of the flat event form (``lapor.event_table``) that hold each event whole, and
# ``seq``, which restores a case's order after Spark's shuffles.
_EVENT_COLUMNS = ("tracking_id", "at", "seq", "event", "actor_role", "actor_agency", "payload")

__all__ = ["redact_column", "evaluate_sla"]


def _invalid(argument: str, expected: str) -> InvalidArgumentError:
    """The binding's own error (code ``invalid_argument``, messages from the core)."""
    error: InvalidArgumentError = _invalid_argument(argument, expected)
    return error


def redact_column(
    df: "DataFrame",
    column: str,
    redactor: _t.Optional[Redactor] = None,
    output: _t.Optional[str] = None,
) -> "DataFrame":
    """``df`` with the text column ``column`` redacted by ``redactor`` (default
    ``lapor.Redactor()``), batch by batch on the executors (``mapInArrow``): the column is
    replaced, or kept and the redacted text added as ``output``. Nulls stay null; every other
    column is passed through unchanged. A redactor made with a reporter's identity or a
    pseudonym key is sent to the executors with it: treat the job's closures as secret."""
    from pyspark.sql.types import StringType, StructField, StructType

    if column not in df.columns:
        raise _invalid("column", "the name of a column of the data frame")
    if not isinstance(df.schema[column].dataType, StringType):
        raise _invalid("column", "a string column")
    if output is not None and output in df.columns:
        raise _invalid("output", "a name that is not a column of the data frame yet")
    redactor = redactor if redactor is not None else Redactor()
    index = df.columns.index(column)
    schema = df.schema if output is None else StructType(
        list(df.schema.fields) + [StructField(output, StringType(), True)]
    )

    def run(batches: _t.Iterator[_t.Any]) -> _t.Iterator[_t.Any]:
        import pyarrow as pa

        for batch in batches:
            redacted = redactor.redact_arrow(batch.column(index), threads=1)
            arrays = list(batch.columns)
            if output is None:
                arrays[index] = redacted
                yield pa.RecordBatch.from_arrays(arrays, schema=batch.schema)
            else:
                yield pa.RecordBatch.from_arrays(
                    arrays + [redacted], names=list(batch.schema.names) + [output]
                )

    return df.mapInArrow(run, schema)


def evaluate_sla(
    df: "DataFrame",
    as_of: _dt.datetime,
    directory: AgencyDirectory,
    policy: _t.Optional[_t.Union[str, _t.Dict[str, _t.Any]]] = None,
    partitions: _t.Optional[int] = None,
) -> "DataFrame":
    """:func:`lapor.evaluate_sla` of an event log held as a Spark data frame in the flat
    columnar form (``lapor.event_table``, e.g. read from Parquet): the rows are the ones a
    local run gives, in no particular order. The events are hash-partitioned by
    ``tracking_id`` into ``partitions`` parts (default: Spark's shuffle partitions), sorted by
    ``seq`` within each case, and each part is replayed and evaluated by the core on an
    executor, with the checks of :meth:`lapor.EventLog.from_arrow` (a refused event fails the
    job with its error). The cases that ``archive_as_duplicate`` events link to are looked up
    first, so a duplicate may sit in another part than its original."""
    from pyspark.sql import functions as F
    from pyspark.sql.pandas.types import from_arrow_schema

    missing = [c for c in _EVENT_COLUMNS if c not in df.columns]
    if missing:
        raise _invalid(
            "df",
            "a data frame with the columns tracking_id, at, seq, event, actor_role, "
            "actor_agency and payload, as lapor.event_table writes them",
        )
    # The output schema: the columns of an evaluation, with no rows (this also checks
    # ``as_of``, ``directory`` and ``policy`` before Spark runs anything).
    empty = _evaluate_sla(EventLog.from_arrow(_empty_events(), directory, policy), as_of, None, None, 1)
    schema = from_arrow_schema(Table(empty).to_arrow().schema)

    # The originals duplicates link to: their submission instants, in microseconds (a
    # TimestampType collected to Python would come back naive, in the session's zone).
    originals = (
        df.filter(F.col("event") == "archived_as_duplicate")
        .select(F.get_json_object("payload", "$.of").cast("long").alias("tracking_id"))
        .distinct()
        .join(
            df.filter(F.col("event") == "submitted").select(
                "tracking_id", F.unix_micros("at").alias("micros")
            ),
            "tracking_id",
        )
        .collect()
    )
    epoch = _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc)
    known = {
        int(r["tracking_id"]): epoch + _dt.timedelta(microseconds=int(r["micros"]))
        for r in originals
    }

    def run(batches: _t.Iterator[_t.Any]) -> _t.Iterator[_t.Any]:
        import pyarrow as pa

        batches = list(batches)
        if not batches:
            return
        table = pa.Table.from_batches(batches).select(list(_EVENT_COLUMNS))
        log = EventLog.from_arrow(table, directory, policy, cases=known)
        yield from Table(_evaluate_sla(log, as_of, None, None, 1)).to_arrow().to_batches()

    events = df.select(*_EVENT_COLUMNS)
    parts = events.repartition(partitions, "tracking_id") if partitions else events.repartition("tracking_id")
    return parts.sortWithinPartitions("tracking_id", "seq").mapInArrow(run, schema)


def _empty_events() -> _t.Any:
    """An event table with no rows, in the flat form's types."""
    import pyarrow as pa

    return pa.table(
        {
            "tracking_id": pa.array([], pa.int64()),
            "at": pa.array([], pa.timestamp("us", "UTC")),
            "seq": pa.array([], pa.int64()),
            "event": pa.array([], pa.string()),
            "actor_role": pa.array([], pa.string()),
            "actor_agency": pa.array([], pa.string()),
            "payload": pa.array([], pa.string()),
        }
    )
