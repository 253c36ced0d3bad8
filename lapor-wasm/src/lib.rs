//! wasm-bindgen bindings of [`lapor_core`] for browsers and Node.js.
//!
//! Two builds of one crate: the default one exports everything; the forms build
//! (`--no-default-features`, without the `cases` feature and so without `viewCase`) is the
//! smaller module a web form loads, published as the package's `lapor-wasm/forms` entry.
//!
//! Exported names are camelCase; errors are real JS `Error` objects with a stable `code`
//! property (see [`error`]); a panic hook is installed when the module starts.
//!
//! The TypeScript interfaces of the JSON shapes are written once, next to the functions that take
//! them (`#[wasm_bindgen(typescript_custom_section)]` in each module). wasm-bindgen copies them
//! into the generated `lapor_wasm.d.ts`; `types/lapor_wasm.d.ts` is that generated file,
//! committed so that readers and type checkers need no build, and `scripts/test-wasm.sh` fails
//! when it differs from the build's. The two therefore always repeat each other, on purpose.
// wasm-bindgen's macros expand to `unsafe` FFI glue; this crate writes none of its own.
#![allow(unsafe_code)]
#![warn(missing_docs)]

use wasm_bindgen::prelude::*;

pub mod calendar;
#[cfg(feature = "cases")]
pub mod case;
pub mod convert;
pub mod error;
pub mod pii;
pub mod region;
pub mod status;
pub mod validate;

/// Runs when the module is instantiated: routes Rust panics to `console.error` with a message
/// (they still throw a `RuntimeError` in JS: no panic is expected, but none is silent).
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}
