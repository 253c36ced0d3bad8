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
    /// Pickling: the report's JSON.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        Ok((slf.get_type().into_any(), (slf.get().0.to_json(),)))
    }

    fn to_json(&self) -> String {
        self.0.to_json()
    }
}

/// Reads a form dict. JSON cannot hold a NaN or infinite coordinate, so such a `latitude` or
/// `longitude` float is taken out before the dict is read and put back into the form after:
/// the core then reports it as the issue `coordinates_invalid`, as it does for Kotlin (which
/// passes the number itself) and JS.
fn read_form(form: &Bound<'_, PyAny>) -> PyResult<ReportForm> {
    let mut odd: [Option<f64>; 2] = [None, None];
    let mut source = form.clone();
    if let Ok(dict) = form.cast::<pyo3::types::PyDict>() {
        let copy = dict.copy()?;
        for (slot, key) in odd.iter_mut().zip(["latitude", "longitude"]) {
            // Only a float: a string ("nan") is read, and refused, by the core.
            let value = dict.get_item(key)?;
            let number = value
                .filter(|v| v.is_instance_of::<pyo3::types::PyFloat>())
                .and_then(|v| v.extract::<f64>().ok());
            if let Some(v) = number.filter(|v| !v.is_finite()) {
                *slot = Some(v);
                copy.set_item(key, form.py().None())?;
            }
        }
        source = copy.into_any();
    }
    let mut form = ReportForm::from_json(&json_text(&source)?).map_err(PyLaporError)?;
    if let Some(v) = odd[0] {
        form.latitude = Some(v);
    }
    if let Some(v) = odd[1] {
        form.longitude = Some(v);
    }
    Ok(form)
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
    let form = read_form(form)?;
    let v = validate_report(&form, now);
    let out = from_json(py, &serde_json::to_string(&v).unwrap_or_default())?;
    out.set_item("valid", v.is_valid())?;
    Ok(out)
}
