//! `lapor.Redactor` and `lapor.PiiSpan`: offsets in Python `str` indices (code points).

use lapor_core::{Confidence, PiiSpan, Redactor};
use pyo3::prelude::*;
use pyo3::types::PyBytes;

use crate::error::PyLaporError;

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
        let kind = lapor_core::PiiKind::from_label(kind)
            .filter(|k| k.as_str() == kind)
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
pub(crate) struct PyRedactor {
    redactor: Redactor,
    /// What it was made with, for pickling: the identity's JSON, the style and the key.
    identity: Option<String>,
    style: String,
    key: Option<Vec<u8>>,
}

#[pymethods]
impl PyRedactor {
    /// The default redactor finds every kind and replaces each value with its label
    /// (``[NIK]``). ``identity`` (a dict with any of ``name``, ``nik``, ``kk``, ``phone``,
    /// ``email``, ``address``) is the reporter's own identity, found wherever and however it is
    /// written: any word of the name in any order or joined form (``KTP_Siti_Rahmawati.jpg``,
    /// ``#SitiRahmawati``), NIK, KK and phone by their digits, the e-mail by its local part.
    /// ``style`` is ``"label"``, ``"mask"`` (``************0009``: number-shaped values keep
    /// their last four, an e-mail its domain, names are masked whole) or ``"pseudonym"``
    /// (``[NIK:3f2a9c1b]``, the same value always the same pseudonym under one ``key`` of 16
    /// bytes or more, ``bytes`` or text). Raises :class:`lapor.ParseError` for an unknown
    /// identity key, :class:`lapor.ValidationError` (``pseudonym_key``) for a short key.
    #[new]
    #[pyo3(signature = (identity = None, style = "label", key = None))]
    fn new(
        identity: Option<&Bound<'_, PyAny>>,
        style: &str,
        key: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let key: Option<Vec<u8>> = match key {
            None => None,
            Some(k) => Some(match k.extract::<String>() {
                Ok(text) => text.into_bytes(),
                Err(_) => k.extract::<Vec<u8>>().map_err(|_| {
                    crate::error::invalid_argument("key", "bytes or text of 16 bytes or more")
                })?,
            }),
        };
        let core_style = match (style, &key) {
            ("label", None) => lapor_core::RedactStyle::Label,
            ("mask", None) => lapor_core::RedactStyle::PartialMask,
            ("pseudonym", Some(k)) => {
                lapor_core::RedactStyle::pseudonym(k.clone()).map_err(PyLaporError)?
            }
            _ => {
                return Err(crate::error::invalid_argument(
                    "style",
                    "\"label\" or \"mask\" (no key), or \"pseudonym\" with a key",
                ))
            }
        };
        let mut redactor = Redactor::default().with_style(core_style);
        let identity = match identity {
            None => None,
            Some(id) => {
                let json = crate::convert::json_text(id)?;
                let who = lapor_core::Reporter::from_json(&json).map_err(PyLaporError)?;
                redactor = redactor.with_identity(lapor_core::Identity::of(&who));
                Some(json)
            }
        };
        Ok(PyRedactor {
            redactor,
            identity,
            style: style.to_string(),
            key,
        })
    }

    /// Pickling: what it was made with (a Spark UDF or a worker process gets the same
    /// redactor). The pickle holds the identity and the pseudonym key, if any: it is personal
    /// data and a secret, and is kept and sent as such.
    #[allow(clippy::type_complexity)]
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
        py: Python<'py>,
    ) -> (
        Bound<'py, PyAny>,
        (Option<String>, String, Option<Bound<'py, PyBytes>>),
    ) {
        let r = slf.get();
        let key = r.key.as_ref().map(|k| PyBytes::new(py, k));
        (
            slf.get_type().into_any(),
            (r.identity.clone(), r.style.clone(), key),
        )
    }

    /// ``redact_many`` over an Arrow string array (``pyarrow`` ``Array`` or ``ChunkedArray``,
    /// ``string`` or ``large_string``; a polars or pandas column through ``pyarrow.array``):
    /// an array of the same type and length, nulls staying null.
    #[pyo3(signature = (array, threads = None))]
    fn redact_arrow<'py>(
        &self,
        py: Python<'py>,
        array: &Bound<'py, PyAny>,
        threads: Option<usize>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let (pa, ty, texts) = arrow_strings(py, array)?;
        let threads = crate::parallel::threads(threads)?;
        let r = &self.redactor;
        let out: Vec<Option<String>> = py.detach(|| {
            crate::parallel::map(&texts, threads, 64, |t| {
                t.as_ref().map(|t| r.redact(t).text)
            })
        });
        let kwargs = pyo3::types::PyDict::new(py);
        kwargs.set_item("type", ty)?;
        pa.call_method("array", (out,), Some(&kwargs))
    }

    /// ``detect_many`` over an Arrow string array: a ``list<struct<start, end, kind,
    /// confidence, value>>`` array (offsets in code points), null where the text is null.
    #[pyo3(signature = (array, threads = None))]
    fn detect_arrow<'py>(
        &self,
        py: Python<'py>,
        array: &Bound<'py, PyAny>,
        threads: Option<usize>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let (pa, _, texts) = arrow_strings(py, array)?;
        let threads = crate::parallel::threads(threads)?;
        let r = &self.redactor;
        let found: Vec<Option<Vec<PySpan>>> = py.detach(|| {
            crate::parallel::map(&texts, threads, 64, |t| {
                t.as_ref().map(|t| spans(t, &r.detect(t)))
            })
        });
        let rows = pyo3::types::PyList::empty(py);
        for row in found {
            match row {
                None => rows.append(py.None())?,
                Some(spans) => {
                    let list = pyo3::types::PyList::empty(py);
                    for s in spans {
                        let d = pyo3::types::PyDict::new(py);
                        d.set_item("start", s.start)?;
                        d.set_item("end", s.end)?;
                        d.set_item("kind", s.kind)?;
                        d.set_item("confidence", s.confidence)?;
                        d.set_item("value", s.value)?;
                        list.append(d)?;
                    }
                    rows.append(list)?;
                }
            }
        }
        let field = |name: &str, ty: &str| -> PyResult<Bound<'py, PyAny>> {
            pa.call_method1("field", (name, pa.call_method0(ty)?))
        };
        let item = pa.call_method1(
            "struct",
            (vec![
                field("start", "int64")?,
                field("end", "int64")?,
                field("kind", "string")?,
                field("confidence", "string")?,
                field("value", "string")?,
            ],),
        )?;
        let kwargs = pyo3::types::PyDict::new(py);
        kwargs.set_item("type", pa.call_method1("list_", (item,))?)?;
        pa.call_method("array", (rows,), Some(&kwargs))
    }

    /// The spans of personal data in ``text``, in order.
    fn detect(&self, text: &str) -> Vec<PySpan> {
        spans(text, &self.redactor.detect(text))
    }

    /// ``text`` with each span replaced by its label (``[NIK]``, ``[PHONE]``…).
    fn redact(&self, text: &str) -> String {
        self.redactor.redact(text).text
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
        let (r, threads) = (&self.redactor, crate::parallel::threads(threads)?);
        Ok(py.detach(|| crate::parallel::map(&texts, threads, 64, |t| spans(t, &r.detect(t)))))
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
        let (r, threads) = (&self.redactor, crate::parallel::threads(threads)?);
        Ok(py.detach(|| crate::parallel::map(&texts, threads, 64, |t| r.redact(t).text)))
    }

    fn __repr__(&self) -> String {
        if self.redactor.identity().is_some() {
            "Redactor(identity=…)".into()
        } else {
            "Redactor()".into()
        }
    }
}

/// The texts of an Arrow string array (`None` for nulls), with pyarrow and the array's type.
#[allow(clippy::type_complexity)]
fn arrow_strings<'py>(
    py: Python<'py>,
    array: &Bound<'py, PyAny>,
) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyAny>, Vec<Option<String>>)> {
    let bad = || {
        crate::error::invalid_argument(
            "array",
            "an Arrow string or large_string array (pyarrow Array or ChunkedArray)",
        )
    };
    let pa = py.import("pyarrow")?;
    let array = if array.hasattr("combine_chunks")? {
        array.call_method0("combine_chunks")?
    } else {
        pa.call_method1("array", (array,)).map_err(|_| bad())?
    };
    let ty = array.getattr("type")?;
    let types = pa.getattr("types")?;
    let is_text = types.call_method1("is_string", (&ty,))?.is_truthy()?
        || types.call_method1("is_large_string", (&ty,))?.is_truthy()?;
    if !is_text {
        return Err(bad());
    }
    let texts = array.call_method0("to_pylist")?.extract()?;
    Ok((pa.into_any(), ty, texts))
}
