//! `lapor.RegionCode`.

use lapor_core::RegionCode;
use pyo3::basic::CompareOp;
use pyo3::prelude::*;

use crate::error::PyLaporError;

/// A Kemendagri region code (``11.01.01.2001``, ``1101012001`` or a shorter prefix).
///
/// Raises ``lapor.ParseError`` (``code`` one of ``region_code_syntax``, ``region_code_length``,
/// ``unknown_province``, ``region_code_out_of_range``) for a bad code.
#[pyclass(name = "RegionCode", module = "lapor", frozen)]
#[derive(Clone)]
pub(crate) struct PyRegionCode(pub RegionCode);

#[pymethods]
impl PyRegionCode {
    #[new]
    fn new(code: &str) -> Result<Self, PyLaporError> {
        Ok(PyRegionCode(RegionCode::parse(code)?))
    }

    /// Parses a region code; the same as ``RegionCode(code)``.
    #[staticmethod]
    fn parse(code: &str) -> Result<Self, PyLaporError> {
        Self::new(code)
    }

    /// The dotted form, ``"11.01.01.2001"``.
    #[getter]
    fn code(&self) -> String {
        self.0.to_string()
    }

    /// The plain digits, ``"1101012001"``.
    #[getter]
    fn digits(&self) -> String {
        self.0.digits()
    }

    /// ``"province"``, ``"regency"``, ``"district"`` or ``"village"``.
    #[getter]
    fn level(&self) -> &'static str {
        self.0.level().as_str()
    }

    /// The two-digit province number.
    #[getter]
    fn province_code(&self) -> u8 {
        self.0.province().code
    }

    /// The province's official name.
    #[getter]
    fn province_name(&self) -> &'static str {
        self.0.province().name
    }

    /// ``"wib"``, ``"wita"`` or ``"wit"``.
    #[getter]
    fn time_zone(&self) -> &'static str {
        self.0.time_zone().as_str()
    }

    /// Hours ahead of UTC: 7, 8 or 9.
    #[getter]
    fn utc_offset_hours(&self) -> i32 {
        self.0.time_zone().utc_offset_hours()
    }

    /// ``"kabupaten"`` or ``"kota"`` (``None`` for a province).
    #[getter]
    fn regency_kind(&self) -> Option<&'static str> {
        self.0.regency_kind().map(|k| k.as_str())
    }

    /// ``"kelurahan"``, ``"desa"`` or ``"desa_adat"`` (``None`` above village level).
    #[getter]
    fn village_kind(&self) -> Option<&'static str> {
        self.0.village_kind().map(|k| k.as_str())
    }

    /// The code one level up (``None`` for a province).
    #[getter]
    fn parent(&self) -> Option<PyRegionCode> {
        self.0.parent().map(PyRegionCode)
    }

    /// The official name of a province or regency (``"Kalimantan Timur"``, ``"Kota Bontang"``);
    /// ``None`` for a district or village, and for a regency the Kemendagri list lacks.
    #[getter]
    fn name(&self) -> Option<String> {
        self.0.name()
    }

    /// Whether the place is in the Kemendagri list compiled into the library (provinces,
    /// regencies, districts; a village code is judged by its district): ``RegionCode("64.74.09")``
    /// parses, but does not exist.
    #[getter]
    fn exists(&self) -> bool {
        self.0.exists()
    }

    /// Whether this region is ``other`` or lies inside it.
    fn is_within(&self, other: &PyRegionCode) -> bool {
        self.0.is_within(&other.0)
    }

    /// Pickling: the code's text (``pickle``, Spark UDFs, multiprocessing).
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        Ok((slf.get_type().into_any(), (slf.get().0.to_string(),)))
    }

    fn __str__(&self) -> String {
        self.0.to_string()
    }

    fn __repr__(&self) -> String {
        format!("RegionCode('{}')", self.0)
    }

    fn __richcmp__(&self, other: &PyRegionCode, op: CompareOp) -> bool {
        op.matches(self.0.cmp(&other.0))
    }

    fn __hash__(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.0.hash(&mut h);
        h.finish()
    }
}
