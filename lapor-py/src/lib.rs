//! Python bindings of [`lapor_core`]: the native module `lapor._lapor`, wrapped by the pure-Python
//! package `lapor` (see `python/lapor/__init__.py`).
// pyo3's macros expand to `unsafe` FFI glue; this crate writes none of its own.
#![allow(unsafe_code)]
#![warn(missing_docs)]

use pyo3::prelude::*;

mod error;
mod region;

/// The native module; `lapor/__init__.py` re-exports what users should see.
#[pymodule]
fn _lapor(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<region::PyRegionCode>()?;
    Ok(())
}
