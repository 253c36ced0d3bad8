//! `lapor.Redactor` and `lapor.PiiSpan`: offsets in Python `str` indices (code points).

use lapor_core::{Confidence, PiiSpan, Redactor};
use pyo3::prelude::*;

/// A piece of personal data found in a text.
#[pyclass(name = "PiiSpan", module = "lapor", frozen, get_all)]
#[derive(Clone)]
pub(crate) struct PySpan {
    /// Start, a Python ``str`` index (code points).
    start: usize,
    /// End (exclusive), a Python ``str`` index.
    end: usize,
    /// The annotation label (``docs/pii.md``): ``"NIK"``, ``"PHONE"``, ``"EMAIL"``, ``"PERSON"``…
    kind: &'static str,
    /// ``"low"``, ``"medium"`` or ``"high"``.
    confidence: &'static str,
    /// The text of the span.
    value: String,
}

#[pymethods]
impl PySpan {
    /// A span from its fields (as pickling restores one); ``kind`` and ``confidence`` must be
    /// the library's names (``"NIK"``…, ``"low"``/``"medium"``/``"high"``).
    #[new]
    fn new(
        start: usize,
        end: usize,
        kind: &str,
        confidence: &str,
        value: String,
    ) -> PyResult<Self> {
        let kind = lapor_core::PiiKind::ALL
            .into_iter()
            .find(|k| k.as_str() == kind)
            .ok_or_else(|| crate::error::invalid_argument("kind", "a PII label such as \"NIK\""))?
            .as_str();
        let confidence = ["low", "medium", "high"]
            .into_iter()
            .find(|c| *c == confidence)
            .ok_or_else(|| crate::error::invalid_argument("confidence", "low, medium or high"))?;
        Ok(PySpan {
            start,
            end,
            kind,
            confidence,
            value,
        })
    }

    /// Pickling: the fields.
    #[allow(clippy::type_complexity)]
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> (
        Bound<'py, PyAny>,
        (usize, usize, &'static str, &'static str, String),
    ) {
        let s = slf.get();
        (
            slf.get_type().into_any(),
            (s.start, s.end, s.kind, s.confidence, s.value.clone()),
        )
    }

    fn __repr__(&self) -> String {
        format!(
            "PiiSpan(kind={:?}, start={}, end={}, value={:?}, confidence={:?})",
            self.kind, self.start, self.end, self.value, self.confidence
        )
    }

    fn __eq__(&self, other: &PySpan) -> bool {
        (self.start, self.end, self.kind) == (other.start, other.end, other.kind)
    }
}

fn confidence(c: Confidence) -> &'static str {
    match c {
        Confidence::Low => "low",
        Confidence::Medium => "medium",
        Confidence::High => "high",
    }
}

/// The core's spans with their offsets in code points (the core's one conversion).
fn spans(text: &str, found: &[PiiSpan]) -> Vec<PySpan> {
    let offsets = PiiSpan::offsets_in(text, found, lapor_core::TextUnit::CodePoints);
    found
        .iter()
        .zip(offsets)
        .map(|(s, (start, end))| PySpan {
            start,
            end,
            kind: s.kind.as_str(),
            confidence: confidence(s.confidence),
            value: s.value(text).to_string(),
        })
        .collect()
}

/// Finds and hides personal data (NIK, phone numbers, e-mail, names, addresses…) in
/// Indonesian complaint texts. ``detect_many`` and ``redact_many`` release the GIL.
#[pyclass(name = "Redactor", module = "lapor", frozen)]
pub(crate) struct PyRedactor(Redactor, Option<String>);

#[pymethods]
impl PyRedactor {
    /// The default redactor (every kind, ``[LABEL]`` replacements). ``identity`` (a dict with
    /// any of ``name``, ``nik``, ``kk``, ``phone``, ``email``, ``address``) is the reporter's own
    /// identity, found wherever and however it is written: any word of the name in any order
    /// or joined form (``KTP_Siti_Rahmawati.jpg``, ``#SitiRahmawati``), NIK, KK and phone by
    /// their digits, the e-mail by its local part. Raises :class:`lapor.ParseError` for an
    /// unknown key.
    #[new]
    #[pyo3(signature = (identity = None))]
    fn new(identity: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
        let r = Redactor::default();
        Ok(match identity {
            None => PyRedactor(r, None),
            Some(id) => {
                let json = crate::convert::json_text(id)?;
                let who =
                    lapor_core::Reporter::from_json(&json).map_err(crate::error::PyLaporError)?;
                PyRedactor(r.with_identity(lapor_core::Identity::of(&who)), Some(json))
            }
        })
    }

    /// Pickling: the identity it was made with (a Spark UDF or a worker process gets the same
    /// redactor). The pickle of a redactor made with an identity holds that identity: it is
    /// personal data, and is kept and sent as such.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> (Bound<'py, PyAny>, (Option<String>,)) {
        (slf.get_type().into_any(), (slf.get().1.clone(),))
    }

    /// The spans of personal data in ``text``, in order.
    fn detect(&self, text: &str) -> Vec<PySpan> {
        spans(text, &self.0.detect(text))
    }

    /// ``text`` with each span replaced by its label (``[NIK]``, ``[PHONE]``…).
    fn redact(&self, text: &str) -> String {
        self.0.redact(text).text
    }

    /// ``detect`` over many texts, the GIL released, on ``threads`` threads (default: one per
    /// core; the results are the same and in the same order whatever the number).
    #[pyo3(signature = (texts, threads = None))]
    fn detect_many(
        &self,
        py: Python<'_>,
        texts: Vec<String>,
        threads: Option<usize>,
    ) -> PyResult<Vec<Vec<PySpan>>> {
        let (r, threads) = (&self.0, crate::parallel::threads(threads)?);
        Ok(py.detach(|| {
            crate::parallel::slices(&texts, threads, 64, |part| {
                part.iter()
                    .map(|t| spans(t, &r.detect(t)))
                    .collect::<Vec<_>>()
            })
            .concat()
        }))
    }

    /// ``redact`` over many texts, the GIL released, on ``threads`` threads (default: one per
    /// core; the results are the same and in the same order whatever the number).
    #[pyo3(signature = (texts, threads = None))]
    fn redact_many(
        &self,
        py: Python<'_>,
        texts: Vec<String>,
        threads: Option<usize>,
    ) -> PyResult<Vec<String>> {
        let (r, threads) = (&self.0, crate::parallel::threads(threads)?);
        Ok(py.detach(|| {
            crate::parallel::slices(&texts, threads, 64, |part| {
                part.iter().map(|t| r.redact(t).text).collect::<Vec<_>>()
            })
            .concat()
        }))
    }

    fn __repr__(&self) -> String {
        if self.0.identity().is_some() {
            "Redactor(identity=…)".into()
        } else {
            "Redactor()".into()
        }
    }
}
