//! `lapor.EventLog`: JSON Lines logs read, parsed or generated, and replayed.

use std::collections::BTreeMap;
use std::sync::Arc;

use lapor_core::{synthetic, AgencyDirectory, Case, Context, LogErrors, World};
use pyo3::prelude::*;

use crate::agency::{new_world, world, PyAgencyDirectory};
use crate::case::PyCase;
use crate::convert::instant;
use crate::error::PyLaporError;

/// Replayed cases of an event log, with the directory they are evaluated against.
#[pyclass(name = "EventLog", module = "lapor", frozen)]
pub(crate) struct PyEventLog {
    pub(crate) cases: Arc<Vec<Case>>,
    pub(crate) world: Arc<World>,
    events: usize,
    /// What `errors="collect"` set aside: unreadable lines, and the rejection of each case
    /// left out.
    errors: Arc<Vec<lapor_core::Error>>,
}

#[pymethods]
impl PyEventLog {
    /// The number of events.
    #[getter]
    fn n_events(&self) -> usize {
        self.events
    }
    /// With ``errors="collect"``: what was set aside, as :class:`lapor.LaporError` objects (not
    /// raised), in log order: a ``log_line`` error (with ``.line``) per unreadable line, then an
    /// ``event_rejected`` error (with ``.line``, ``.case``, ``.reason``) per case left out
    /// whole. Empty otherwise.
    #[getter]
    fn errors(&self, py: Python<'_>) -> Vec<Py<PyAny>> {
        self.errors
            .iter()
            .map(|e| {
                PyErr::from(PyLaporError(e.clone()))
                    .into_value(py)
                    .into_any()
            })
            .collect()
    }
    /// The number of cases.
    fn __len__(&self) -> usize {
        self.cases.len()
    }
    /// The tracking ids, in order of first appearance.
    fn tracking_ids(&self) -> Vec<u64> {
        self.cases.iter().map(|c| c.id().0).collect()
    }
    /// One case (a copy); raises :class:`lapor.NotFoundError` (code ``unknown_case``, also a
    /// ``LookupError``) for an id the log does not hold.
    fn case(&self, tracking_id: u64) -> PyResult<PyCase> {
        let c = self
            .cases
            .iter()
            .find(|c| c.id().0 == tracking_id)
            .ok_or(PyLaporError(lapor_core::Error::UnknownCase {
                case: tracking_id,
            }))?;
        Ok(PyCase {
            case: std::sync::Mutex::new(c.clone()),
            world: Arc::clone(&self.world),
        })
    }
    /// The cases whose tracking id is in ``tracking_ids``, as a new log (same directory).
    fn select(&self, tracking_ids: Vec<u64>) -> PyEventLog {
        let keep: std::collections::HashSet<u64> = tracking_ids.into_iter().collect();
        let cases: Vec<Case> = self
            .cases
            .iter()
            .filter(|c| keep.contains(&c.id().0))
            .cloned()
            .collect();
        let events = cases.iter().map(|c| c.events().len()).sum();
        PyEventLog {
            cases: Arc::new(cases),
            world: Arc::clone(&self.world),
            events,
            errors: Arc::default(),
        }
    }
    /// Reads a log from its flat columnar form: ``data`` is anything ``pyarrow.table()``
    /// takes (a pyarrow ``Table`` or ``RecordBatchReader``, a polars or pandas data frame, an
    /// object with the Arrow PyCapsule stream interface, a Parquet file read with
    /// ``pyarrow.parquet.read_table``) with the columns ``tracking_id`` (integers), ``at``
    /// (a UTC timestamp: a naive one is refused, never guessed), ``event``, ``actor_role``,
    /// ``actor_agency`` (``""`` or null for none) and ``payload`` (the event's own fields as
    /// JSON text), as :func:`lapor.event_table` writes them; other columns are ignored. The
    /// events are replayed and checked as :func:`read_event_log` does, ``errors`` included;
    /// a row that is not an event is a ``log_line`` error whose ``line`` is the 1-based row.
    /// A ``seq`` column (the event's position in its case, which :func:`lapor.event_table`
    /// writes) is checked when present: a case's rows must come in ``seq`` order with none
    /// missing or repeated (sort a shuffled table by ``tracking_id`` and ``seq`` first).
    /// ``cases`` are other cases (tracking id to submission datetime) that an
    /// ``archive_as_duplicate`` in ``data`` may link to, as for :meth:`Case.replay`.
    /// Streams: ``data`` with the Arrow stream interface is read one record batch at a time,
    /// straight from the Arrow buffers (no Python object per row), so a
    /// ``pyarrow.RecordBatchReader`` over a Parquet file's batches is never held whole.
    /// Needs pyarrow.
    #[staticmethod]
    #[pyo3(signature = (data, directory, policy = None, errors = "raise", cases = None))]
    fn from_arrow(
        py: Python<'_>,
        data: &Bound<'_, PyAny>,
        directory: &Bound<'_, PyAgencyDirectory>,
        policy: Option<&Bound<'_, PyAny>>,
        errors: &str,
        cases: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyEventLog> {
        let mode = on_error(errors)?;
        let world = world(Some(directory), policy, None)?;
        let known = crate::case::known_cases(cases)?;
        // Batch by batch, each row replayed as it is read: the log's events are never held
        // apart from the cases they build.
        let mut batches = EventBatch::stream(py, data)?;
        replayed(world, mode, &known, |replay| {
            batches.feed(&mut |r| replay.push_row(r))
        })
        .map_err(Fed::into_py)
    }

    /// Writes the log as JSON Lines to ``path``, event by event (never one string of the
    /// whole log), the GIL released.
    fn write_jsonl(&self, py: Python<'_>, path: std::path::PathBuf) -> PyResult<()> {
        use std::io::Write;
        let cases = Arc::clone(&self.cases);
        py.detach(move || -> std::io::Result<()> {
            let mut out = std::io::BufWriter::new(std::fs::File::create(&path)?);
            for e in cases.iter().flat_map(|c| c.events()) {
                out.write_all(e.to_json().as_bytes())?;
                out.write_all(b"\n")?;
            }
            out.flush()
        })?;
        Ok(())
    }

    /// Pickling: the log's JSON Lines, directory and policy, replayed when unpickled (with
    /// the checks of :func:`parse_event_log`). What ``errors="collect"`` set aside is not
    /// carried.
    #[allow(clippy::type_complexity)]
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyAny>, (String, Py<PyAgencyDirectory>, String))> {
        let log = slf.get();
        let parse = py.import("lapor")?.getattr("parse_event_log")?;
        let directory = Py::new(py, PyAgencyDirectory(log.world.directory().clone()))?;
        Ok((
            parse,
            (log.to_jsonl(), directory, log.world.policy().to_json()),
        ))
    }

    /// The log as JSON Lines text.
    fn to_jsonl(&self) -> String {
        lapor_core::write_event_log(self.cases.iter().flat_map(|c| c.events()))
    }
    fn __repr__(&self) -> String {
        format!(
            "EventLog({} cases, {} events)",
            self.cases.len(),
            self.events
        )
    }
}

/// One record batch of a log's flat form, copied out of its Arrow buffers.
struct EventBatch {
    case: Vec<i64>,
    at: Vec<i64>,
    /// The `seq` column, when the table has one.
    seq: Option<Vec<i64>>,
    event: Texts,
    role: Texts,
    /// Nulls read as `""` (no agency).
    agency: Texts,
    payload: Texts,
}

/// A text column as Arrow holds it: 64-bit offsets into UTF-8 bytes.
struct Texts {
    offsets: Vec<i64>,
    data: Vec<u8>,
}

impl Texts {
    /// The `i`-th text; `None` if the offsets or the bytes are not a valid Arrow string.
    fn get(&self, i: usize) -> Option<&str> {
        let (start, end) = (*self.offsets.get(i)?, *self.offsets.get(i + 1)?);
        let bytes = self
            .data
            .get(usize::try_from(start).ok()?..usize::try_from(end).ok()?)?;
        std::str::from_utf8(bytes).ok()
    }
}

/// The record batches of a table, pulled one at a time with the GIL held.
struct Batches<'py> {
    pa: Bound<'py, PyModule>,
    reader: Bound<'py, PyAny>,
}

impl EventBatch {
    const EXPECTED: &'static str = "a table with the columns tracking_id, at (a UTC timestamp), \
        event, actor_role, actor_agency and payload, as lapor.event_table writes them";

    fn bad() -> PyErr {
        crate::error::invalid_argument("data", Self::EXPECTED)
    }

    /// A stream over `data`: an object with the Arrow PyCapsule stream interface (a pyarrow
    /// Table or RecordBatchReader, a polars frame, a DuckDB result) is read batch by batch;
    /// anything else goes through `pyarrow.table()`.
    fn stream<'py>(py: Python<'py>, data: &Bound<'py, PyAny>) -> PyResult<Batches<'py>> {
        let pa = py.import("pyarrow")?;
        let reader_class = pa.getattr("RecordBatchReader")?;
        let reader = if data.hasattr("__arrow_c_stream__")? {
            reader_class.call_method1("from_stream", (data,))
        } else {
            pa.call_method1("table", (data,))
                .and_then(|t| t.call_method0("to_reader"))
        }
        .map_err(|_| Self::bad())?;
        Ok(Batches { pa, reader })
    }
}

impl<'py> Batches<'py> {
    /// Every row of the stream given to `push`, one record batch at a time: each batch is
    /// copied out of its Arrow buffers (no Python object per row) and its rows are read with
    /// the GIL released, then dropped.
    fn feed(
        &mut self,
        push: &mut (dyn FnMut(lapor_core::EventRow<'_>) -> lapor_core::Result<()> + Send),
    ) -> Result<(), Fed> {
        let py = self.reader.py();
        while let Some(batch) = self.next_batch().map_err(Fed::Python)? {
            py.detach(|| batch.read_into(push)).map_err(Fed::Core)?;
        }
        Ok(())
    }

    /// The next batch, or `None` at the end of the stream.
    fn next_batch(&mut self) -> PyResult<Option<EventBatch>> {
        let batch = match self.reader.call_method0("read_next_batch") {
            Ok(b) => b,
            Err(e) if e.is_instance_of::<pyo3::exceptions::PyStopIteration>(self.reader.py()) => {
                return Ok(None)
            }
            Err(e) => return Err(e),
        };
        let pa = &self.pa;
        let bad = EventBatch::bad;
        let names: Vec<String> = batch.getattr("schema")?.getattr("names")?.extract()?;
        let column = |name: &str| -> PyResult<Bound<'py, PyAny>> {
            match names.iter().position(|n| n == name) {
                Some(i) => batch.call_method1("column", (i,)),
                None => Err(bad()),
            }
        };
        let at = column("at")?;
        let ty = at.getattr("type")?;
        let is_timestamp = pa
            .getattr("types")?
            .call_method1("is_timestamp", (&ty,))?
            .is_truthy()?;
        if !is_timestamp || ty.getattr("tz")?.is_none() {
            return Err(bad());
        }
        let micros = at.call_method1("cast", (pa.call_method1("timestamp", ("us", "UTC"))?,))?;
        let seq = match names.iter().any(|n| n == "seq") {
            true => Some(ints(pa, &column("seq")?)?),
            false => None,
        };
        let empty = pa.call_method1("scalar", ("", pa.call_method0("large_string")?))?;
        let agency = column("actor_agency")?;
        let agency = pa
            .getattr("compute")?
            .call_method1("fill_null", (texts_array(pa, &agency)?, empty))?;
        let case = ints(pa, &column("tracking_id")?)?;
        if case.iter().any(|&c| c < 0) {
            return Err(bad());
        }
        Ok(Some(EventBatch {
            case,
            at: ints(pa, &micros)?,
            seq,
            event: texts(pa, &column("event")?)?,
            role: texts(pa, &column("actor_role")?)?,
            agency: texts(pa, &agency)?,
            payload: texts(pa, &column("payload")?)?,
        }))
    }
}

/// An integer (or timestamp) column as `i64`s; nulls and values that do not fit are refused.
fn ints<'py>(pa: &Bound<'py, PyModule>, column: &Bound<'py, PyAny>) -> PyResult<Vec<i64>> {
    let column = column
        .call_method1("cast", (pa.call_method0("int64")?,))
        .map_err(|_| EventBatch::bad())?;
    Ok(words(&column, 0)?.unwrap_or_default())
}

/// The `i64` words of an Arrow array's buffer 1 (the values of an int64 array, the offsets of
/// a large string array) that belong to its rows, `extra` more at the end; `None` for an empty
/// array. Nulls are refused.
fn words(column: &Bound<'_, PyAny>, extra: usize) -> PyResult<Option<Vec<i64>>> {
    let bad = EventBatch::bad;
    if column.getattr("null_count")?.extract::<usize>()? > 0 {
        return Err(bad());
    }
    let (offset, len): (usize, usize) = (
        column.getattr("offset")?.extract()?,
        column.call_method0("__len__")?.extract()?,
    );
    if len == 0 {
        return Ok(None);
    }
    let data = column
        .call_method0("buffers")?
        .get_item(1)?
        .call_method0("to_pybytes")?;
    let bytes = data.cast::<pyo3::types::PyBytes>()?.as_bytes();
    let bytes = bytes
        .get(offset * 8..(offset + len + extra) * 8)
        .ok_or_else(bad)?;
    Ok(Some(
        bytes
            .chunks_exact(8)
            .map(|b| i64::from_ne_bytes(b.try_into().unwrap_or_default()))
            .collect(),
    ))
}

/// A text column (string, large string or dictionary of strings) as `large_string`.
fn texts_array<'py>(
    pa: &Bound<'py, PyModule>,
    column: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    column
        .call_method1("cast", (pa.call_method0("large_string")?,))
        .map_err(|_| EventBatch::bad())
}

/// A text column's offsets and bytes; nulls are refused.
fn texts<'py>(pa: &Bound<'py, PyModule>, column: &Bound<'py, PyAny>) -> PyResult<Texts> {
    let column = texts_array(pa, column)?;
    let Some(offsets) = words(&column, 1)? else {
        return Ok(Texts {
            offsets: vec![0],
            data: Vec::new(),
        });
    };
    let data = match column.call_method0("buffers")?.get_item(2)? {
        d if d.is_none() => Vec::new(),
        d => d
            .call_method0("to_pybytes")?
            .cast::<pyo3::types::PyBytes>()?
            .as_bytes()
            .to_vec(),
    };
    Ok(Texts { offsets, data })
}

impl EventBatch {
    /// Reads the batch's rows into `reader`. A row whose texts are not valid Arrow strings is a
    /// bad row like any other.
    fn read_into(
        &self,
        push: &mut (dyn FnMut(lapor_core::EventRow<'_>) -> lapor_core::Result<()> + Send),
    ) -> lapor_core::Result<()> {
        for i in 0..self.case.len() {
            let (Some(event), Some(role), Some(agency), Some(payload)) = (
                self.event.get(i),
                self.role.get(i),
                self.agency.get(i),
                self.payload.get(i),
            ) else {
                // Unreachable for arrays pyarrow built; read as a row that is not an event.
                push(lapor_core::EventRow {
                    case: 0,
                    at_micros: 0,
                    event: "",
                    actor_role: "",
                    actor_agency: None,
                    payload: "",
                    seq: None,
                })?;
                continue;
            };
            push(lapor_core::EventRow {
                case: self.case[i].unsigned_abs(), // checked non-negative when read
                at_micros: self.at[i],
                event,
                actor_role: role,
                actor_agency: Some(agency),
                payload,
                seq: self
                    .seq
                    .as_ref()
                    .map(|s| u64::try_from(s[i]).unwrap_or(u64::MAX)),
            })?;
        }
        Ok(())
    }
}

/// `errors=`: `"raise"` stops at the first problem, `"collect"` sets problems aside.
fn on_error(errors: &str) -> PyResult<LogErrors> {
    match errors {
        "raise" => Ok(LogErrors::Stop),
        "collect" => Ok(LogErrors::Collect),
        _ => Err(crate::error::invalid_argument(
            "errors",
            "\"raise\" or \"collect\"",
        )),
    }
}

fn log_of(text: &str, world: Arc<World>, errors: &str, py: Python<'_>) -> PyResult<PyEventLog> {
    let mode = on_error(errors)?;
    py.detach(|| {
        replayed(world, mode, &BTreeMap::new(), |replay| {
            for (i, line) in text.lines().enumerate() {
                replay.push_line(i + 1, Some(line)).map_err(Fed::Core)?;
            }
            Ok(())
        })
    })
    .map_err(Fed::into_py)
}

/// Why feeding a replay stopped: the core refused a line, or Python failed to give the next
/// batch.
enum Fed {
    Core(lapor_core::Error),
    Python(PyErr),
}

impl Fed {
    fn into_py(self) -> PyErr {
        match self {
            Fed::Core(e) => PyLaporError(e).into(),
            Fed::Python(e) => e,
        }
    }
}

/// The log `feed` pushes into a [`lapor_core::Replay`] against `world` line by line (or row by
/// row), replayed as it is read: the cases, and what `errors="collect"` set aside. `known` are
/// the other cases an `archive_as_duplicate` may link to.
fn replayed<F>(
    world: Arc<World>,
    mode: LogErrors,
    known: &BTreeMap<lapor_core::TrackingId, chrono::DateTime<chrono::Utc>>,
    feed: F,
) -> Result<PyEventLog, Fed>
where
    F: FnOnce(&mut lapor_core::Replay<'_>) -> Result<(), Fed>,
{
    let (cases, errors) = {
        let ctx = world.context().with_cases(known);
        let mut replay = lapor_core::Replay::new(&ctx, mode);
        feed(&mut replay)?;
        replay.finish().map_err(Fed::Core)?
    };
    let events = cases.iter().map(|c| c.events().len()).sum();
    Ok(PyEventLog {
        cases: Arc::new(cases),
        world,
        events,
        errors: Arc::new(errors),
    })
}

/// Reads a JSON Lines event log from ``path`` and replays it, checking every event exactly as
/// the command producing it is checked, against ``directory`` and ``policy`` (also used by
/// :func:`evaluate_sla` and :func:`summarize`). Raises :class:`lapor.ParseError` (``code``
/// ``log_line``, with ``.line``) for a bad line, and an ``event_rejected`` error (with
/// ``.line``, ``.case`` and ``.reason``, of the class of its reason) for an event no command
/// could have produced there: out of order, by the wrong role, to an agency the directory lacks.
/// With ``errors="collect"`` nothing is raised for those: unreadable lines are skipped, a case
/// with a rejected event is left out whole, and :attr:`EventLog.errors` lists what was set
/// aside.
#[pyfunction(name = "read_event_log")]
#[pyo3(signature = (path, directory, policy = None, errors = "raise"))]
pub(crate) fn py_read_event_log(
    py: Python<'_>,
    path: std::path::PathBuf,
    directory: &Bound<'_, PyAgencyDirectory>,
    policy: Option<&Bound<'_, PyAny>>,
    errors: &str,
) -> PyResult<PyEventLog> {
    // Streamed: the file is read line by line, never held whole.
    let mode = on_error(errors)?;
    let (lines, failed) = Utf8Lines::open(&path)?;
    let world = world(Some(directory), policy, None)?;
    let log = py
        .detach(|| {
            replayed(world, mode, &BTreeMap::new(), |replay| {
                for (i, line) in lines.enumerate() {
                    replay
                        .push_line(i + 1, line.as_deref())
                        .map_err(Fed::Core)?;
                }
                Ok(())
            })
        })
        .map_err(Fed::into_py)?;
    // A read error mid-file: the log read so far is not the file's, so nothing is returned.
    raise_read_error(&failed)?;
    Ok(log)
}

/// SLA rows at ``as_of`` of a log read case by case and evaluated while it is read (the cases
/// are never held): ``source`` is a JSON Lines file's path, or anything with the Arrow stream
/// interface in the flat columnar form (read one record batch at a time). Each case's events
/// must be on consecutive lines or rows (a table sorted by ``tracking_id`` and ``seq``, or the
/// JSON Lines ``EventLog.write_jsonl`` writes); a case that shows up again after others raises
/// ``log_line``. Raw columns for ``lapor._columns``, and what ``errors="collect"`` set aside.
#[pyfunction(name = "_evaluate_sla_stream")]
#[pyo3(signature = (source, as_of, directory, policy = None, errors = "raise"))]
pub(crate) fn py_evaluate_sla_stream<'py>(
    py: Python<'py>,
    source: &Bound<'py, PyAny>,
    as_of: &Bound<'py, PyAny>,
    directory: &Bound<'py, PyAgencyDirectory>,
    policy: Option<&Bound<'py, PyAny>>,
    errors: &str,
) -> PyResult<(Bound<'py, pyo3::types::PyList>, Vec<Py<PyAny>>)> {
    let as_of = instant(as_of, "as_of")?;
    let mode = on_error(errors)?;
    let world = world(Some(directory), policy, None)?;
    let ctx = world.context();
    let mut reader = lapor_core::analytics::SlaReader::new(&ctx, as_of, mode);
    let path = (source.is_instance_of::<pyo3::types::PyString>()
        || source.hasattr("__fspath__")?)
    .then(|| source.extract::<std::path::PathBuf>())
    .transpose()?;
    match path {
        Some(path) => {
            let (lines, failed) = Utf8Lines::open(&path)?;
            py.detach(|| {
                lines
                    .enumerate()
                    .try_for_each(|(i, line)| reader.push_line(i + 1, line.as_deref()))
            })
            .map_err(PyLaporError)?;
            raise_read_error(&failed)?;
        }
        None => EventBatch::stream(py, source)?
            .feed(&mut |r| reader.push_row(r))
            .map_err(Fed::into_py)?,
    }
    let (table, errors) = py.detach(|| reader.finish()).map_err(PyLaporError)?;
    let errors = errors
        .into_iter()
        .map(|e| PyErr::from(PyLaporError(e)).into_value(py).into_any())
        .collect();
    Ok((crate::convert::columns(py, &table.columns())?, errors))
}

/// The lines of a file, each `None` when it is not valid UTF-8. A read error ends them and is
/// kept in `failed`, for the caller to raise.
struct Utf8Lines<R> {
    reader: R,
    failed: ReadError,
}

/// Where [`Utf8Lines`] keeps a read error (it is moved into the reading closure; the caller
/// keeps this).
type ReadError = Arc<std::sync::Mutex<Option<std::io::Error>>>;

impl Utf8Lines<std::io::BufReader<std::fs::File>> {
    /// The lines of the file at `path`, and where a read error mid-file will be.
    fn open(path: &std::path::Path) -> std::io::Result<(Self, ReadError)> {
        let failed = ReadError::default();
        let lines = Utf8Lines {
            reader: std::io::BufReader::new(std::fs::File::open(path)?),
            failed: Arc::clone(&failed),
        };
        Ok((lines, failed))
    }
}

/// The read error [`Utf8Lines`] kept, raised.
fn raise_read_error(failed: &ReadError) -> PyResult<()> {
    match failed.lock().unwrap_or_else(|e| e.into_inner()).take() {
        Some(e) => Err(e.into()),
        None => Ok(()),
    }
}

impl<R: std::io::BufRead> Iterator for Utf8Lines<R> {
    type Item = Option<String>;

    fn next(&mut self) -> Option<Option<String>> {
        let mut buf = Vec::new();
        match self.reader.read_until(b'\n', &mut buf) {
            Ok(0) => None,
            Err(e) => {
                *self.failed.lock().unwrap_or_else(|e| e.into_inner()) = Some(e);
                None
            }
            Ok(_) => {
                if buf.last() == Some(&b'\n') {
                    buf.pop();
                    if buf.last() == Some(&b'\r') {
                        buf.pop();
                    }
                }
                Some(String::from_utf8(buf).ok())
            }
        }
    }
}

/// Parses JSON Lines text as :func:`read_event_log` does.
#[pyfunction(name = "parse_event_log")]
#[pyo3(signature = (text, directory, policy = None, errors = "raise"))]
pub(crate) fn py_parse_event_log(
    py: Python<'_>,
    text: &str,
    directory: &Bound<'_, PyAgencyDirectory>,
    policy: Option<&Bound<'_, PyAny>>,
    errors: &str,
) -> PyResult<PyEventLog> {
    log_of(text, world(Some(directory), policy, None)?, errors, py)
}

/// A seeded synthetic log of ``n_cases`` cases submitted between ``start`` and ``end`` (aware
/// datetimes) over the national synthetic directory: the 38 provinces with
/// ``regencies_per_province`` (1–3) kabupaten/kota each, volumes roughly proportional to each
/// province's population; ``rated_percent`` of the resolved cases rated, ``handed_over_percent``
/// of the disposed handed over to a regional instance, ``multi_agency_percent`` of the verified
/// sent to two agencies at once.
#[pyfunction(name = "synthetic_national_log")]
#[pyo3(signature = (n_cases, start, end, seed = 0, regencies_per_province = 3, rated_percent = 30, handed_over_percent = 3, multi_agency_percent = 5))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn py_synthetic_national_log(
    py: Python<'_>,
    n_cases: usize,
    start: &Bound<'_, PyAny>,
    end: &Bound<'_, PyAny>,
    seed: u64,
    regencies_per_province: usize,
    rated_percent: u64,
    handed_over_percent: u64,
    multi_agency_percent: u64,
) -> PyResult<PyEventLog> {
    let (from, until) = (instant(start, "start")?, instant(end, "end")?);
    if until <= from {
        return Err(crate::error::invalid_argument(
            "end",
            "an instant after start",
        ));
    }
    let dir = synthetic::national_directory(regencies_per_province).map_err(PyLaporError)?;
    let spec = synthetic::Spec {
        rated_percent,
        handed_over_percent,
        multi_agency_percent,
        ..synthetic::Spec::new(seed, n_cases, from, until)
    };
    synthetic_log(py, dir, move |ctx| synthetic::generate_cases(ctx, &spec))
}

/// The log of the cases a core generator yields over `directory` (never holding the log's
/// events beside the cases): a stable sort by submission gives the log's order.
fn synthetic_log<F>(py: Python<'_>, directory: AgencyDirectory, generate: F) -> PyResult<PyEventLog>
where
    F: for<'c> FnOnce(&'c Context<'c>) -> synthetic::Cases<'c> + Send,
{
    let w = new_world(directory, None)?;
    let w2 = Arc::clone(&w);
    let (cases, events) = py
        .detach(move || -> lapor_core::Result<_> {
            let ctx = w2.context();
            let mut cases = generate(&ctx).collect::<Result<Vec<_>, _>>()?;
            cases.sort_by_key(|c| c.submitted_at());
            let n = cases.iter().map(|c| c.events().len()).sum();
            Ok((cases, n))
        })
        .map_err(PyLaporError)?;
    Ok(PyEventLog {
        cases: Arc::new(cases),
        world: w,
        events,
        errors: Arc::default(),
    })
}

/// A seeded synthetic log of ``n_cases`` cases in 2025 over the synthetic directory (the core's
/// generator: every command, breach and escalation appears).
#[pyfunction(name = "synthetic_event_log")]
#[pyo3(signature = (n_cases, seed = 0))]
pub(crate) fn py_synthetic_event_log(
    py: Python<'_>,
    n_cases: usize,
    seed: u64,
) -> PyResult<PyEventLog> {
    synthetic_log(py, synthetic::directory(), move |ctx| {
        synthetic::cases(ctx, seed, n_cases)
    })
}
