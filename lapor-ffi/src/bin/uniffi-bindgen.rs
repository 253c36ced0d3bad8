//! The uniffi binding generator, built from the workspace so its version matches the library's.
//!
//! `cargo run -p lapor-ffi --bin uniffi-bindgen -- generate --library <liblapor_ffi.so> --language kotlin --out-dir <dir>`
fn main() {
    uniffi::uniffi_bindgen_main()
}
