//! `lapor.WorkingCalendar`: working days, deadlines, and the bulk forms over numpy arrays.

use std::sync::Arc;

use lapor_core::{Budget, Interval, TimeZone, WorkingCalendar};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDate};

use crate::convert::{date, i64s, instant, py_instant};
use crate::error::PyLaporError;

/// Indonesia's working days (*hari kerja*): weekends, national holidays and cuti bersama of the
/// years the calendar covers (:meth:`indonesia`: official 2024–2027, then projected 2028–2040,
/// whose results are provisional; :meth:`indonesia_official`: 2024–2027 only).
///
/// Scalar methods take ``datetime.date`` (an aware ``datetime`` counts as its own date; a naive
/// one raises :class:`lapor.NaiveDatetimeError`). Bulk forms take numpy ``datetime64`` arrays
/// (any unit; truncated to days) or integer arrays of days since 1970-01-01 and return numpy
/// arrays of the same kind. Dates outside the covered years raise
/// :class:`lapor.CalendarRangeError`.
#[pyclass(name = "WorkingCalendar", module = "lapor", frozen)]
pub(crate) struct PyWorkingCalendar(pub Arc<WorkingCalendar>);

fn is_scalar(x: &Bound<'_, PyAny>) -> bool {
    x.is_instance_of::<PyDate>()
}

/// `lapor._bulk.to_days(x)`: `(bytes of int64 days, kind, shape)`.
fn to_days<'py>(x: &Bound<'py, PyAny>) -> PyResult<(Vec<i64>, Bound<'py, PyAny>)> {
    let conv = x
        .py()
        .import("lapor._bulk")?
        .call_method1("to_days", (x,))?;
    let bytes = conv.get_item(0)?;
    let bytes = bytes.cast::<PyBytes>()?;
    Ok((i64s(bytes.as_bytes()), conv))
}

fn from_i64<'py>(
    py: Python<'py>,
    values: &[i64],
    conv: &Bound<'py, PyAny>,
    as_dates: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let bytes = PyBytes::new_with(py, values.len() * 8, |buf| {
        for (c, v) in buf.chunks_exact_mut(8).zip(values) {
            c.copy_from_slice(&v.to_ne_bytes());
        }
        Ok(())
    })?;
    py.import("lapor._bulk")?
        .call_method1("from_int64", (bytes, conv, as_dates))
}

/// A zone by name, as the core reads it: `"wib"`, `"wita"`, `"wit"` (any case) or the IANA
/// names `"Asia/Jakarta"`, `"Asia/Makassar"`, `"Asia/Jayapura"`…
pub(crate) fn zone(name: &str) -> Result<TimeZone, PyLaporError> {
    name.parse::<TimeZone>().map_err(PyLaporError)
}

/// A deadline: ``due`` (an aware UTC datetime) and ``provisional`` (whether it depends on a
/// projected year of the calendar, whose holidays are estimates). Unpacks as
/// ``due, provisional = cal.deadline(...)``.
#[pyclass(name = "Deadline", module = "lapor", frozen)]
pub(crate) struct PyDeadline {
    /// When the budget runs out.
    #[pyo3(get)]
    due: Py<PyAny>,
    /// Whether it depends on a projected year.
    #[pyo3(get)]
    provisional: bool,
}

#[pymethods]
impl PyDeadline {
    /// A deadline from its two fields (as pickling restores one).
    #[new]
    fn new(due: &Bound<'_, PyAny>, provisional: bool) -> PyResult<Self> {
        crate::convert::instant(due, "due")?;
        Ok(PyDeadline {
            due: due.clone().unbind(),
            provisional,
        })
    }

    /// Pickling: the two fields.
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
        py: Python<'py>,
    ) -> (Bound<'py, PyAny>, (Py<PyAny>, bool)) {
        let d = slf.get();
        (
            slf.get_type().into_any(),
            (d.due.clone_ref(py), d.provisional),
        )
    }

    fn __iter__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let items = (self.due.clone_ref(py), self.provisional).into_pyobject(py)?;
        items.try_iter().map(Bound::into_any)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Deadline(due={}, provisional={})",
            self.due.bind(py).repr()?,
            if self.provisional { "True" } else { "False" }
        ))
    }
}

#[pymethods]
impl PyWorkingCalendar {
    /// Indonesia's calendar: official 2024–2027 (holidays and cuti bersama of each year's SKB 3
    /// Menteri), then projected 2028–2040 (estimated holidays, no cuti bersama).
    #[staticmethod]
    fn indonesia() -> Self {
        PyWorkingCalendar(Arc::new(WorkingCalendar::indonesia()))
    }

    /// Indonesia's official years only (2024–2027): later dates raise
    /// :class:`lapor.CalendarRangeError`.
    #[staticmethod]
    fn indonesia_official() -> Self {
        PyWorkingCalendar(Arc::new(WorkingCalendar::indonesia_official()))
    }

    /// A copy with official data for new years loaded over the projected ones, from a dict or
    /// JSON text ``{"years": [{"year": 2028, "source": "SKB …", "holidays": [...]}]}``; raises
    /// :class:`lapor.ParseError` or :class:`lapor.CalendarRangeError` (code ``calendar_entry``)
    /// naming the entry.
    fn with_official_years(&self, data: &Bound<'_, PyAny>) -> PyResult<Self> {
        let mut cal = (*self.0).clone();
        cal.load_official_years(&crate::convert::json_text(data)?)
            .map_err(PyLaporError)?;
        Ok(PyWorkingCalendar(Arc::new(cal)))
    }

    /// The covered years whose holidays are projected.
    #[getter]
    fn projected_years(&self) -> Vec<i32> {
        self.0.projected_years().to_vec()
    }

    /// Where each official year's data comes from: ``{year: source}``.
    #[getter]
    fn sources(&self) -> std::collections::BTreeMap<i32, String> {
        self.0
            .sources()
            .iter()
            .map(|s| (s.year, s.source.clone()))
            .collect()
    }

    /// Whether ``day`` (a date) lies in a projected year.
    fn is_projected(&self, day: &Bound<'_, PyAny>) -> PyResult<bool> {
        Ok(self.0.is_projected(date(day, "day")?))
    }

    /// Every holiday as ``(date, kind, name)``, sorted by date.
    fn holidays(&self) -> Vec<(chrono::NaiveDate, &'static str, String)> {
        self.0
            .holidays()
            .iter()
            .map(|h| (h.date, h.kind.as_str(), h.name.clone()))
            .collect()
    }

    /// A calendar from its JSON form (see ``to_json``).
    #[staticmethod]
    fn from_json(json: &str) -> Result<Self, PyLaporError> {
        Ok(PyWorkingCalendar(Arc::new(WorkingCalendar::from_json(
            json,
        )?)))
    }

    /// The calendar as JSON.
    /// Pickling: the calendar's JSON, read back by ``from_json``.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let from_json = slf.get_type().getattr("from_json")?;
        Ok((from_json, (slf.get().0.to_json(),)))
    }

    fn to_json(&self) -> String {
        self.0.to_json()
    }

    /// The first and last year covered.
    #[getter]
    fn years(&self) -> (i32, i32) {
        let r = self.0.years();
        (*r.start(), *r.end())
    }

    /// Whether ``day`` is a working day (a date, or an array of them → numpy bool array).
    fn is_working_day<'py>(
        &self,
        py: Python<'py>,
        day: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        if is_scalar(day) {
            let d = date(day, "day")?;
            let ok = self.0.is_working_day(d).map_err(PyLaporError)?;
            return Ok(pyo3::types::PyBool::new(py, ok).to_owned().into_any());
        }
        let (days, conv) = to_days(day)?;
        let cal = Arc::clone(&self.0);
        let out = py
            .detach(move || cal.is_working_day_many(&days))
            .map_err(PyLaporError)?;
        let bytes = PyBytes::new(py, &out.iter().map(|&b| u8::from(b)).collect::<Vec<_>>());
        py.import("lapor._bulk")?
            .call_method1("from_bool", (bytes, conv))
    }

    /// The date ``n`` working days after ``day`` (before it when ``n`` is negative); a
    /// non-working ``day`` first rolls to the previous working day for ``n >= 0`` (so ``n = 1``
    /// from a Saturday gives Monday) and to the next for ``n < 0``. Bulk: ``day`` an array and
    /// ``n`` an int or an array of the same length.
    fn add_working_days<'py>(
        &self,
        py: Python<'py>,
        day: &Bound<'py, PyAny>,
        n: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        if is_scalar(day) {
            let d = date(day, "day")?;
            let n: i64 = n.extract()?;
            let out = self.0.add_working_days(d, n).map_err(PyLaporError)?;
            return out.into_pyobject(py).map(Bound::into_any);
        }
        let (days, conv) = to_days(day)?;
        let ns = match n.extract::<i64>() {
            Ok(k) => vec![k],
            Err(_) => to_days(n)?.0,
        };
        let cal = Arc::clone(&self.0);
        let out = py
            .detach(move || cal.add_working_days_many(&days, &ns))
            .map_err(PyLaporError)?;
        from_i64(py, &out, &conv, true)
    }

    /// Working days from ``a`` to ``b``: those after ``a`` up to and including ``b`` (negative
    /// when ``b`` is before ``a``), numpy ``busday_count`` style. Bulk over arrays.
    fn working_days_between<'py>(
        &self,
        py: Python<'py>,
        a: &Bound<'py, PyAny>,
        b: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        if is_scalar(a) && is_scalar(b) {
            let out = self
                .0
                .working_days_between(date(a, "a")?, date(b, "b")?)
                .map_err(PyLaporError)?;
            return Ok(out.into_pyobject(py)?.into_any());
        }
        let (da, conv) = to_days(a)?;
        let (db, _) = to_days(b)?;
        let cal = Arc::clone(&self.0);
        let out = py
            .detach(move || cal.working_days_between_many(&da, &db))
            .map_err(PyLaporError)?;
        from_i64(py, &out, &conv, false)
    }

    /// The deadline of a budget started at ``start`` (an aware datetime), counted in ``zone``
    /// (``"wib"``, ``"wita"``, ``"wit"``): a :class:`lapor.Deadline` with ``due`` (an aware UTC
    /// datetime) and ``provisional`` (it depends on a projected year). ``budget`` is a number of
    /// working days, or a dict ``{"working_days": n}``, ``{"working_hours": n}`` or
    /// ``{"calendar_days": n}``. ``pauses`` is a list of ``(start, end)`` aware datetimes
    /// during which the clock is stopped (see the core's ``deadline`` module for how a partly
    /// paused day counts).
    #[pyo3(signature = (start, budget, zone = "wib", pauses = None))]
    fn deadline<'py>(
        &self,
        py: Python<'py>,
        start: &Bound<'py, PyAny>,
        budget: &Bound<'py, PyAny>,
        zone: &str,
        pauses: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<PyDeadline> {
        let start = instant(start, "start")?;
        let budget = match budget.extract::<u32>() {
            Ok(n) => Budget::WorkingDays(n),
            Err(_) => {
                let text = crate::convert::json_text(budget)?;
                Budget::from_json(&text).map_err(PyLaporError)?
            }
        };
        let z = self::zone(zone)?;
        let mut intervals = Vec::new();
        if let Some(pauses) = pauses {
            for p in pauses.try_iter()? {
                let (a, b): (Bound<'py, PyAny>, Bound<'py, PyAny>) = p?.extract()?;
                let (a, b) = (instant(&a, "pause start")?, instant(&b, "pause end")?);
                intervals.push(Interval::new(a, b).map_err(PyLaporError)?);
            }
        }
        let d = self
            .0
            .deadline_detail(start, budget, z, &intervals)
            .map_err(PyLaporError)?;
        Ok(PyDeadline {
            due: py_instant(py, d.due)?.unbind(),
            provisional: d.provisional,
        })
    }

    fn __repr__(&self) -> String {
        let (a, b) = self.years();
        format!("WorkingCalendar({:?}, {a}–{b})", self.0.name())
    }
}
