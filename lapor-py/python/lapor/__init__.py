"""lapor: SP4N-LAPOR! complaint handling for Python.

Region codes, working-day deadlines, redaction and SLA analytics of Indonesia's national
public-service complaint system, computed by the Rust core ``lapor-core``.
"""

import datetime as _dt
import typing as _t

# The names `summarize(by=...)` takes (the core's `GroupBy::parse`).
_GroupBy = _t.Literal["agency", "province", "region", "regency", "kind", "channel", "instance"]
# An SLA policy or ranking: a dict, or its JSON text.
_Json = _t.Union[str, _t.Dict[str, _t.Any]]

from lapor import _lapor
from lapor._columns import Table
from lapor._lapor import (
    AgencyDirectory,
    Case,
    Deadline,
    EventLog,
    PiiSpan,
    Redactor,
    RegionCode,
    Report,
    WorkingCalendar,
    parse_event_log,
    read_event_log,
    synthetic_event_log,
    synthetic_national_log,
    validate_report,
)
from lapor.errors import (
    CalendarRangeError,
    DirectoryError,
    InvalidArgumentError,
    LaporError,
    NaiveDatetimeError,
    NotFoundError,
    ParseError,
    PermissionDeniedError,
    TransitionError,
    ValidationError,
)


def evaluate_sla(
    log: EventLog,
    as_of: _dt.datetime,
    directory: _t.Optional[AgencyDirectory] = None,
    policy: _t.Optional[_Json] = None,
    threads: _t.Optional[int] = None,
) -> Table:
    """Every SLA metric of every case submitted by ``as_of`` (an aware datetime): one row per
    case and metric with ``tracking_id``, ``metric``, ``state``, ``started``, ``due``,
    ``stopped``, ``breached_at``, ``budget``, ``unit``, ``used`` (in the budget's unit: working
    days by default) and ``responsible``. ``directory``/``policy`` override the log's.
    ``threads`` (default: one per core) evaluates slices of the cases at once; the rows are
    the same, in the same order, whatever the number."""
    return Table(_lapor._evaluate_sla(log, as_of, directory, policy, threads))


def evaluate_sla_stream(
    source: _t.Any,
    as_of: _dt.datetime,
    directory: AgencyDirectory,
    policy: _t.Optional[_Json] = None,
    errors: _t.Literal["raise", "collect"] = "raise",
) -> Table:
    """:func:`evaluate_sla` of a log read case by case, evaluated while it is read: the cases
    are never held, so a national log takes the memory of its rows. ``source`` is a JSON Lines
    file's path, or anything with the Arrow stream interface in the flat columnar form of
    :func:`event_table` (a ``pyarrow.RecordBatchReader`` over a Parquet file's batches, a
    DuckDB result), read one record batch at a time. Each case's events must be on consecutive
    lines or rows (sort a table by ``tracking_id`` and ``seq``; ``EventLog.write_jsonl`` writes
    case by case); a case that shows up again after others raises :class:`lapor.ParseError`
    (``log_line``), never a case evaluated from part of its events. The rows, and the errors,
    are those of :func:`read_event_log` then :func:`evaluate_sla`; with ``errors="collect"``,
    what was set aside is the table's ``errors``. One thread."""
    raw, collected = _lapor._evaluate_sla_stream(source, as_of, directory, policy, errors)
    return Table(raw, errors=collected)


def evaluate_synthetic_sla(n_cases: int, as_of: _dt.datetime, seed: int = 0) -> Table:
    """:func:`evaluate_sla` of ``synthetic_event_log(n_cases, seed)``, evaluated while the cases
    are generated, without holding them (national-scale volumes in little memory). Rows come
    in tracking-id order."""
    return Table(_lapor._evaluate_synthetic_sla(n_cases, as_of, seed))


def summarize(
    log: EventLog,
    as_of: _dt.datetime,
    by: _GroupBy = "agency",
    directory: _t.Optional[AgencyDirectory] = None,
    policy: _t.Optional[_Json] = None,
) -> Table:
    """The KemenPANRB review figures per group at ``as_of``: ``by`` is ``"agency"``,
    ``"province"`` (or ``"region"``), ``"regency"``, ``"kind"``, ``"channel"`` or ``"instance"``. Columns:
    ``key``, ``label``, ``cases``, one count per status, ``disposed``, ``pct_followed_up``,
    ``pct_resolved``, ``pct_in_process``, mean/median/p90 working days to verification, first
    follow-up and completion, ``compliance_<metric>`` (percent met) and ``arrears``."""
    return Table(_lapor._summarize(log, as_of, by, directory, policy))


def evaluate_period(
    log: EventLog,
    period: str,
    ranking: _t.Optional[_Json] = None,
    directory: _t.Optional[AgencyDirectory] = None,
    policy: _t.Optional[_Json] = None,
) -> Table:
    """The evaluation of ``period`` (``"2026-03"``, ``"2026-S1"`` or ``"2026"``; from 00:00 WIB)
    per agency, one row each (``"national_admin"`` for the national admin's own figures):
    ``received``, ``routed``, ``followed_up``, ``resolved``, ``in_process`` (of the cases
    submitted in the period, at its end), ``arrears_start`` (carried from earlier periods) and
    ``arrears_end``, median and p90 working days to first follow-up and completion,
    ``compliance_<metric>`` of the clocks decided in the period, ``ratings``,
    ``satisfaction_mean``, ``score`` and ``rank`` under ``ranking`` (a dict or JSON:
    ``{"weights": {"followed_up", "resolved", "on_time", "satisfaction"}, "scale",
    "min_routed"}``; see ``docs/analytics.md``)."""
    return Table(_lapor._evaluate_period(log, period, ranking, directory, policy))


def event_table(log: EventLog) -> Table:
    """The events of ``log`` as a table, one row per event in log order: the flat columnar form
    of the log (``docs/data-formats.md``). ``tracking_id``, ``at``, ``event`` (its name),
    ``actor_role``, ``actor_agency`` (``""`` for none) and ``payload`` (the event's own fields
    as JSON text) hold every event whole, so :meth:`EventLog.from_arrow` reads the table (or its
    Parquet file) back into the same log; ``seq`` is the event's place in its case (engines that
    do not keep row order sort by ``tracking_id`` and ``seq``); ``agency`` (of ``disposed``/``rerouted``, the unit of
    ``sub_disposed``, the target of ``escalated``), ``tier`` (set by ``disposed``), ``metric``
    (of ``breached``/``escalated``), ``kind`` (report kind of ``submitted`` and
    ``reclassified``), ``region`` and ``channel`` (of ``submitted``) are for analysis (``""``
    where they do not apply). It is the log itself, not a view: a ``submitted`` payload holds
    the whole report, an anonymous reporter's identity included; share case views instead."""
    return Table(_lapor._event_table(log))


__all__ = [
    "AgencyDirectory",
    "Case",
    "EventLog",
    "PiiSpan",
    "Redactor",
    "RegionCode",
    "Report",
    "Table",
    "WorkingCalendar",
    "Deadline",
    "evaluate_period",
    "evaluate_sla",
    "evaluate_sla_stream",
    "event_table",
    "parse_event_log",
    "read_event_log",
    "summarize",
    "synthetic_event_log",
    "synthetic_national_log",
    "evaluate_synthetic_sla",
    "validate_report",
    # The error classes, written out so that type checkers see them (a test checks that this
    # is the list lapor.errors exports).
    "LaporError",
    "ParseError",
    "DirectoryError",
    "NotFoundError",
    "ValidationError",
    "CalendarRangeError",
    "TransitionError",
    "PermissionDeniedError",
    "NaiveDatetimeError",
    "InvalidArgumentError",
]
