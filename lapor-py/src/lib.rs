//! Python bindings of [`lapor_core`]: the native module `lapor._lapor`, wrapped by the pure-Python
//! package `lapor` (see `python/lapor/__init__.py`).
// pyo3's macros expand to `unsafe` FFI glue; this crate writes none of its own.
#![allow(unsafe_code)]
#![warn(missing_docs)]

use pyo3::prelude::*;

mod agency;
mod analytics;
mod calendar;
mod case;
mod convert;
mod error;
mod log;
mod parallel;
mod pii;
mod region;
mod report;

/// The native module; `lapor/__init__.py` re-exports what users should see.
#[pymodule]
fn _lapor(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<region::PyRegionCode>()?;
    m.add_class::<calendar::PyWorkingCalendar>()?;
    m.add_class::<calendar::PyDeadline>()?;
    m.add_class::<pii::PyRedactor>()?;
    m.add_class::<pii::PySpan>()?;
    m.add_class::<report::PyReport>()?;
    m.add_class::<agency::PyAgencyDirectory>()?;
    m.add_class::<case::PyCase>()?;
    m.add_class::<log::PyEventLog>()?;
    m.add_function(wrap_pyfunction!(report::py_validate_report, m)?)?;
    m.add_function(wrap_pyfunction!(log::py_read_event_log, m)?)?;
    m.add_function(wrap_pyfunction!(log::py_evaluate_sla_stream, m)?)?;
    m.add_function(wrap_pyfunction!(log::py_parse_event_log, m)?)?;
    m.add_function(wrap_pyfunction!(log::py_synthetic_event_log, m)?)?;
    m.add_function(wrap_pyfunction!(log::py_synthetic_national_log, m)?)?;
    m.add_function(wrap_pyfunction!(analytics::py_evaluate_sla, m)?)?;
    m.add_function(wrap_pyfunction!(analytics::py_evaluate_synthetic_sla, m)?)?;
    m.add_function(wrap_pyfunction!(analytics::py_summarize, m)?)?;
    m.add_function(wrap_pyfunction!(analytics::py_evaluate_period, m)?)?;
    m.add_function(wrap_pyfunction!(analytics::py_event_table, m)?)?;
    m.add_function(wrap_pyfunction!(py_invalid_argument, m)?)?;
    Ok(())
}

/// The :class:`lapor.InvalidArgumentError` for ``argument`` (what was ``expected``), with the
/// core's messages, for the package's pure-Python modules to raise.
#[pyfunction(name = "_invalid_argument")]
fn py_invalid_argument(py: Python<'_>, argument: &str, expected: &str) -> Py<PyAny> {
    error::invalid_argument(argument, expected)
        .into_value(py)
        .into_any()
}
