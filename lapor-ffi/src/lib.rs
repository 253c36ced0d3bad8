//! uniffi bindings of [`lapor_core`] for Kotlin and Swift.
//!
//! A thin translation: every function here converts its arguments, calls the core and converts
//! the result. Core errors become [`LaporError`] (`LaporException` in Kotlin, `LaporError` in
//! Swift); nothing panics across the boundary.
// The uniffi macros expand to `unsafe` FFI glue; this crate writes none of its own.
#![allow(unsafe_code)]
#![warn(missing_docs)]

uniffi::setup_scaffolding!("lapor");

mod error;
mod region;

pub use error::LaporError;
pub use region::{parse_region_code, RegionInfo};
