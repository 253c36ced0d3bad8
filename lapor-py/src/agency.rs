//! `lapor.AgencyDirectory`, and the core `World` the cases of a log are checked and evaluated
//! against.

use std::sync::Arc;

use lapor_core::{synthetic, AgencyDirectory, SlaPolicy, WorkingCalendar, World};
use pyo3::prelude::*;

use crate::convert::json_text;
use crate::error::PyLaporError;

/// The core's [`World`] (directory, Indonesia's calendar, SLA policy and the local calendars
/// built from them), shared by the cases of a log.
pub(crate) fn new_world(
    directory: AgencyDirectory,
    policy: Option<SlaPolicy>,
) -> PyResult<Arc<World>> {
    let w = World::new(
        directory,
        WorkingCalendar::indonesia(),
        policy.unwrap_or_default(),
    )
    .map_err(PyLaporError)?;
    Ok(Arc::new(w))
}

pub(crate) fn world(
    directory: Option<&Bound<'_, PyAgencyDirectory>>,
    policy: Option<&Bound<'_, PyAny>>,
    default: Option<&Arc<World>>,
) -> PyResult<Arc<World>> {
    let policy = match policy {
        Some(p) => Some(SlaPolicy::from_json(&json_text(p)?).map_err(PyLaporError)?),
        None => None,
    };
    Ok(match (directory, default) {
        // A new directory keeps the log's policy unless one is given too.
        (Some(d), _) => new_world(
            d.get().0.clone(),
            policy.or_else(|| default.map(|w| w.policy().clone())),
        )?,
        (None, Some(w)) if policy.is_none() => Arc::clone(w),
        (None, Some(w)) => new_world(w.directory().clone(), policy)?,
        (None, None) => new_world(
            AgencyDirectory::new(Vec::new()).map_err(PyLaporError)?,
            policy,
        )?,
    })
}

/// A citizen's report (*laporan*), read from a dict or JSON text.
/// The agencies that handle reports (a tree), from JSON (a list of agencies).
#[pyclass(name = "AgencyDirectory", module = "lapor", frozen)]
pub(crate) struct PyAgencyDirectory(pub AgencyDirectory);

#[pymethods]
impl PyAgencyDirectory {
    /// Reads a directory from a list of dicts or JSON text; raises
    /// :class:`lapor.DirectoryError` or :class:`lapor.ParseError`.
    #[new]
    fn new(data: &Bound<'_, PyAny>) -> PyResult<Self> {
        Ok(PyAgencyDirectory(
            AgencyDirectory::from_json(&json_text(data)?).map_err(PyLaporError)?,
        ))
    }
    /// The directory of :func:`lapor.synthetic_event_log` (53 agencies).
    #[staticmethod]
    fn synthetic() -> Self {
        PyAgencyDirectory(synthetic::directory())
    }
    /// The directory of :func:`lapor.synthetic_national_log` with ``regencies_per_province``
    /// (1–3) kabupaten/kota per province.
    #[staticmethod]
    #[pyo3(signature = (regencies_per_province = 3))]
    fn synthetic_national(regencies_per_province: usize) -> PyResult<Self> {
        Ok(PyAgencyDirectory(
            synthetic::national_directory(regencies_per_province).map_err(PyLaporError)?,
        ))
    }
    fn __len__(&self) -> usize {
        self.0.len()
    }
    /// The time zone deadlines of ``agency`` are counted in (``"wib"``, ``"wita"``, ``"wit"``):
    /// that of the first region it or its nearest ancestor serves. Raises
    /// :class:`lapor.NotFoundError` for an unknown agency.
    fn time_zone(&self, agency: &str) -> PyResult<&'static str> {
        let id = lapor_core::AgencyId::new(agency);
        Ok(self.0.time_zone(&id).map_err(PyLaporError)?.as_str())
    }
    /// The directory as JSON.
    /// Pickling: the directory's JSON.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        Ok((slf.get_type().into_any(), (slf.get().0.to_json(),)))
    }

    fn to_json(&self) -> String {
        self.0.to_json()
    }
}
