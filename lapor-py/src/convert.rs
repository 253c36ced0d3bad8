//! Python values to core values: dates, aware datetimes, JSON-shaped dicts, columns.

use chrono::{DateTime, NaiveDate, Utc};
use lapor_core::analytics::{Column, ColumnData};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDate, PyDateTime, PyDict, PyList};

use crate::error::invalid_argument;

/// Raises `lapor.NaiveDatetimeError` (a `LaporError` and a `TypeError`), code `naive_datetime`.
pub(crate) fn naive_error(py: Python<'_>, what: &str) -> PyErr {
    let make = || -> PyResult<PyErr> {
        let class = py.import("lapor.errors")?.getattr("NaiveDatetimeError")?;
        let en = format!("{what}: a datetime without tzinfo is ambiguous; give an aware datetime (e.g. tzinfo=timezone.utc)");
        let id = format!("{what}: datetime tanpa tzinfo ambigu; berikan datetime dengan zona waktu (mis. tzinfo=timezone.utc)");
        let exc = class.call1((en.clone(),))?;
        exc.setattr("code", "naive_datetime")?;
        exc.setattr("category", "validation")?;
        exc.setattr("message_en", en)?;
        exc.setattr("message_id", id)?;
        Ok(PyErr::from_value(exc))
    };
    make().unwrap_or_else(|e| e)
}

/// An aware `datetime.datetime` as a UTC instant (a naive one is an error).
pub(crate) fn instant(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<DateTime<Utc>> {
    if !obj.is_instance_of::<PyDateTime>() {
        return Err(invalid_argument(what, "an aware datetime.datetime"));
    }
    if obj.getattr("tzinfo")?.is_none() {
        return Err(naive_error(obj.py(), what));
    }
    // Any tzinfo (`timezone`, `zoneinfo.ZoneInfo`, a pandas Timestamp's): the instant in UTC.
    let utc = obj
        .py()
        .import("datetime")?
        .getattr("timezone")?
        .getattr("utc")?;
    let t: DateTime<chrono::FixedOffset> = obj.call_method1("astimezone", (utc,))?.extract()?;
    Ok(t.with_timezone(&Utc))
}

/// A `datetime.date` (an aware `datetime` gives its own wall-clock date; a naive one is an
/// error).
pub(crate) fn date(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<NaiveDate> {
    if obj.is_instance_of::<PyDateTime>() {
        if obj.getattr("tzinfo")?.is_none() {
            return Err(naive_error(obj.py(), what));
        }
        // Its own wall-clock date, whatever the tzinfo.
        return obj.call_method0("date")?.extract();
    }
    if !obj.is_instance_of::<PyDate>() {
        return Err(invalid_argument(what, "a datetime.date"));
    }
    obj.extract()
}

/// A UTC instant as an aware `datetime.datetime` (tzinfo UTC).
pub(crate) fn py_instant<'py>(py: Python<'py>, t: DateTime<Utc>) -> PyResult<Bound<'py, PyAny>> {
    t.into_pyobject(py).map(Bound::into_any)
}

/// A Python object (dict, list…) or a JSON string as JSON text.
pub(crate) fn json_text(obj: &Bound<'_, PyAny>) -> PyResult<String> {
    if let Ok(s) = obj.extract::<String>() {
        return Ok(s);
    }
    let json = obj.py().import("json")?;
    json.call_method1("dumps", (obj,))
        .and_then(|s| s.extract())
        // A set, a datetime or another object JSON cannot hold.
        .map_err(|_| {
            invalid_argument(
                "value",
                "JSON text or a JSON-like value (dict, list, str, int, float, bool, None)",
            )
        })
}

/// JSON text as Python objects.
pub(crate) fn from_json<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(e.to_string()))?;
    crate::error::json_to_py(py, &value)
}

/// Native-endian bytes of a slice of plain numbers.
fn bytes_of<T: Copy, const N: usize>(
    py: Python<'_>,
    values: &[T],
    to: impl Fn(T) -> [u8; N],
) -> PyResult<Py<PyBytes>> {
    let b = PyBytes::new_with(py, values.len() * N, |buf| {
        for (chunk, &v) in buf.chunks_exact_mut(N).zip(values) {
            chunk.copy_from_slice(&to(v));
        }
        Ok(())
    })?;
    Ok(b.unbind())
}

/// One column's parts: kind, data, validity, dictionary values.
type RawColumn<'py> = (
    &'static str,
    Py<PyBytes>,
    Option<Py<PyBytes>>,
    Option<Bound<'py, PyList>>,
);

/// Columns as a list of `(name, kind, data, validity, values)` for `lapor._columns`:
/// `kind` is `"u64"`, `"bool"` (one byte per row), `"f64"`, `"ts"` (microseconds, UTC) or
/// `"dict"` (u32 keys into `values`);
/// `data` native-endian bytes; `validity` one byte per row (or `None` when all are present).
pub(crate) fn columns<'py>(py: Python<'py>, cols: &[Column<'_>]) -> PyResult<Bound<'py, PyList>> {
    let out = PyList::empty(py);
    for c in cols {
        let (kind, data, validity, values): RawColumn<'py> = match &c.data {
            ColumnData::U64(v) => ("u64", bytes_of(py, v, u64::to_ne_bytes)?, None, None),
            ColumnData::Bool(v) => (
                "bool",
                bytes_of(py, v, |b: bool| [u8::from(b)])?,
                None,
                None,
            ),
            ColumnData::F64(v) => (
                "f64",
                bytes_of(py, v, |x: Option<f64>| x.unwrap_or(f64::NAN).to_ne_bytes())?,
                validity(py, v)?,
                None,
            ),
            ColumnData::Micros(v) => (
                "ts",
                bytes_of(py, v, |x: Option<i64>| x.unwrap_or(0).to_ne_bytes())?,
                validity(py, v)?,
                None,
            ),
            ColumnData::Dict { keys, values } => (
                "dict",
                bytes_of(py, keys, u32::to_ne_bytes)?,
                None,
                Some(PyList::new(py, values.iter())?),
            ),
        };
        let d = PyDict::new(py);
        d.set_item("name", c.name)?;
        d.set_item("kind", kind)?;
        d.set_item("data", data)?;
        d.set_item("validity", validity)?;
        d.set_item("values", values)?;
        d.set_item("len", c.data.len())?;
        out.append(d)?;
    }
    Ok(out)
}

fn validity<T>(py: Python<'_>, v: &[Option<T>]) -> PyResult<Option<Py<PyBytes>>>
where
    T: Copy,
{
    if v.iter().all(Option::is_some) {
        return Ok(None);
    }
    bytes_of(py, v, |x: Option<T>| [u8::from(x.is_some())]).map(Some)
}

/// Native-endian `int64` bytes as a vector.
pub(crate) fn i64s(bytes: &[u8]) -> Vec<i64> {
    bytes
        .chunks_exact(8)
        .map(|c| {
            let mut a = [0u8; 8];
            a.copy_from_slice(c);
            i64::from_ne_bytes(a)
        })
        .collect()
}
