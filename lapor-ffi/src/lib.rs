//! uniffi bindings of [`lapor_core`] for Kotlin (Android, JVM) and Swift (iOS).
//!
//! A thin translation: every function here converts its arguments, calls the core and converts
//! the result. Core errors become [`LaporError`] (`LaporException` in Kotlin, `LaporError` in
//! Swift) with every field of the core variant; nothing panics across the boundary (the crate is
//! built with `panic = "unwind"`, so uniffi would turn a bug into an `InternalException`).
//!
//! Conventions of the foreign API:
//! - instants are `SystemTime` here: `java.time.Instant` in Kotlin, `Date` in Swift;
//! - dates are ISO `YYYY-MM-DD` strings;
//! - text offsets ([`PiiSpan`]) are **UTF-16 code units**: Kotlin/Java `String` indices and
//!   Swift `String.utf16` offsets (an emoji such as 😀 counts 2);
//! - data the core reads as JSON (agency directories, SLA policies, calendars, event logs,
//!   commands, reports) is passed as JSON text.
//!
//! The `#[uniffi::remote(Enum)]` / `#[uniffi::remote(Record)]` blocks in the modules repeat the
//! variants and fields of core types on purpose: uniffi generates the foreign types from these
//! declarations and checks at compile time that they match the core's definitions, so the
//! repetition cannot drift (a renamed or added variant fails the build) and no conversion code is
//! written by hand.
// The uniffi macros expand to `unsafe` FFI glue; this crate writes none of its own.
#![allow(unsafe_code)]
// `LaporError` is the uniffi error type, lowered by value into a buffer at the boundary: it
// cannot be boxed, and its size only matters on the cold error path.
#![allow(clippy::result_large_err)]
#![warn(missing_docs)]

uniffi::setup_scaffolding!("lapor");

mod calendar;
mod case;
mod error;
mod pii;
mod region;
mod validate;

pub use calendar::{Budget, Holiday, Interval, WorkingCalendar};
pub use case::{
    status_public_label, synthetic_directory_json, synthetic_event_log, Actor, CaseTimeline,
    Holder, SlaMetric, TimelineEntry,
};
pub use error::LaporError;
pub use pii::{detect_pii, pii_kind_label, redact, PiiSpan, RedactStyle, Redacted};
pub use region::{parse_region_code, RegionInfo};
pub use validate::{
    report_form_from_json, validate_report, Attachment, Issue, ReportForm, Validation,
};
