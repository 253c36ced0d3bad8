//! Core errors as Python exceptions of the hierarchy in `lapor/errors.py`.

use lapor_core::{Error as CoreError, Lang};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

/// A core error on its way to Python (the orphan rule forbids `From<CoreError> for PyErr`).
pub(crate) struct PyLaporError(pub CoreError);

impl From<CoreError> for PyLaporError {
    fn from(e: CoreError) -> Self {
        PyLaporError(e)
    }
}

impl From<PyLaporError> for PyErr {
    fn from(PyLaporError(e): PyLaporError) -> PyErr {
        Python::attach(|py| build(py, &e).unwrap_or_else(|failure| failure))
    }
}

/// A `lapor.InvalidArgumentError` (a `ParseError` and a `TypeError`, code `invalid_argument`):
/// `argument` is not what the function takes (`expected`, in English).
pub(crate) fn invalid_argument(argument: &str, expected: &str) -> PyErr {
    PyLaporError(CoreError::InvalidArgument {
        argument: argument.to_string(),
        expected: expected.to_string(),
    })
    .into()
}

/// The Python class of a core error: by its category (`lapor_core::Error::category`), with a
/// class of its own for wrong arguments.
fn class_name(e: &CoreError) -> &'static str {
    if matches!(e, CoreError::InvalidArgument { .. }) {
        return "InvalidArgumentError";
    }
    match e.category() {
        "parse" => "ParseError",
        "directory" => "DirectoryError",
        "not_found" => "NotFoundError",
        "validation" => "ValidationError",
        "calendar" => "CalendarRangeError",
        "transition" => "TransitionError",
        "permission" => "PermissionDeniedError",
        _ => "LaporError",
    }
}

/// Builds the exception: its class from the core's error category, with the attributes `code`,
/// `category`, `message_id`, `message_en` and every field of the core variant (read from the
/// core's JSON form of the error, so no variant is left out).
fn build(py: Python<'_>, e: &CoreError) -> PyResult<PyErr> {
    let class = py.import("lapor.errors")?.getattr(class_name(e))?;
    let exc = class.call1((e.message(Lang::En),))?;
    exc.setattr("category", e.category())?;
    exc.setattr("message_id", e.message(Lang::Id))?;
    exc.setattr("message_en", e.message(Lang::En))?;
    exc.setattr("code", e.code())?;
    for (name, value) in &e.fields() {
        exc.setattr(name.as_str(), json_to_py(py, value)?)?;
    }
    Ok(PyErr::from_value(exc))
}

/// Converts a JSON value to the matching Python object.
pub(crate) fn json_to_py<'py>(
    py: Python<'py>,
    value: &serde_json::Value,
) -> PyResult<Bound<'py, PyAny>> {
    use serde_json::Value;
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => b.into_pyobject(py)?.to_owned().into_any(),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any()
            } else if let Some(u) = n.as_u64() {
                u.into_pyobject(py)?.into_any()
            } else {
                n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any()
            }
        }
        Value::String(s) => s.into_pyobject(py)?.into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(json_to_py(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, v) in map {
                dict.set_item(k, json_to_py(py, v)?)?;
            }
            dict.into_any()
        }
    })
}
