//! `lapor.Report` and `lapor.validate_report`.

use lapor_core::{validate_report, Report, ReportForm};
use pyo3::prelude::*;

use crate::convert::{from_json, instant, json_text};
use crate::error::PyLaporError;

#[pyclass(name = "Report", module = "lapor", frozen)]
pub(crate) struct PyReport(pub Report);

#[pymethods]
impl PyReport {
    /// Reads a report from a dict or JSON text; raises :class:`lapor.ParseError`.
    #[new]
    fn new(data: &Bound<'_, PyAny>) -> PyResult<Self> {
        Ok(PyReport(
            Report::from_json(&json_text(data)?).map_err(PyLaporError)?,
        ))
    }
    /// ``"complaint"``, ``"aspiration"``, ``"information_request"`` or ``"whistleblowing"``.
    #[getter]
    fn kind(&self) -> &'static str {
        self.0.kind.as_str()
    }
    /// The title.
    #[getter]
    fn title(&self) -> &str {
        &self.0.title
    }
    /// The body text.
    #[getter]
    fn body(&self) -> &str {
        &self.0.body
    }
    /// The channel's tag (``"web"``, ``"sms1708"``…).
    #[getter]
    fn channel(&self) -> &'static str {
        self.0.channel.as_str()
    }
    /// The region code of the location, if given.
    #[getter]
    fn region(&self) -> Option<crate::region::PyRegionCode> {
        self.0.location.region.map(crate::region::PyRegionCode)
    }
    /// Whether the reporter's identity is hidden from the agency.
    #[getter]
    fn is_anonymous(&self) -> bool {
        self.0.is_anonymous()
    }
    /// Whether the report is hidden from the public.
    #[getter]
    fn is_confidential(&self) -> bool {
        self.0.is_confidential()
    }
    /// The report as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        from_json(py, &self.0.to_json())
    }
    /// The report as JSON text.
    fn to_json(&self) -> String {
        self.0.to_json()
    }
}

/// Validates a report form (a dict as the app sends it) at ``now`` (aware datetime; default:
/// 2025-01-01 would be wrong, so it is required): returns ``{"valid": bool, "issues": [...]}``
/// with each issue's ``field``, ``code``, ``severity``, ``message_id`` and ``message_en``.
#[pyfunction(name = "validate_report")]
pub(crate) fn py_validate_report<'py>(
    py: Python<'py>,
    form: &Bound<'py, PyAny>,
    now: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let now = instant(now, "now")?;
    let form = ReportForm::from_json(&json_text(form)?).map_err(PyLaporError)?;
    let v = validate_report(&form, now);
    let out = from_json(py, &serde_json::to_string(&v).unwrap_or_default())?;
    out.set_item("valid", v.is_valid())?;
    Ok(out)
}
