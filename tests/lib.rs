//! Helpers for the shared test vectors in `tests/vectors/`.
//!
//! The vectors are JSON files of inputs and expected outputs that the Rust, Python, JS and
//! Kotlin suites all run, so that every binding is held to the same behaviour.

use std::path::PathBuf;

#[path = "pii_score.rs"]
pub mod pii_score;

#[path = "name_model.rs"]
pub mod name_model;

/// The path of a vector file, `tests/vectors/<name>`.
pub fn vector_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("vectors")
        .join(name)
}

/// Reads and parses a vector file; a missing or malformed file fails the test that asked.
pub fn load<T: serde::de::DeserializeOwned>(name: &str) -> T {
    let path = vector_path(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The Rust snippets of the root README, run as doctests so the README stays true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
