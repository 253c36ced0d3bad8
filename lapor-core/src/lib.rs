//! # lapor-core
//!
//! The pure-Rust core of `lapor`: how Indonesia's national public-service complaint system,
//! SP4N-LAPOR!, handles a citizen's report from submission to closure.
//!
//! This crate has no I/O and never reads the clock: every input is a value (JSON text, CSV text,
//! instants) and every output is a value. The bindings (`lapor-ffi` for Kotlin/Swift, `lapor-py`
//! for Python, `lapor-wasm` for the browser) are thin translations of this API.
//!
//! What is here:
//! - [`Report`] and its parts: the citizen's report as filed ([`ReportKind`], [`Channel`],
//!   [`Privacy`], [`Reporter`], [`Attachment`] with [`AttachmentRules`]).
//! - [`RegionCode`]: Kemendagri region codes, the 38 built-in [`PROVINCES`], and the three
//!   [`TimeZone`]s; [`RegionDirectory`] for region names from a `kode,nama` CSV file.
//! - [`AgencyDirectory`]: the tree of agencies that handle reports; [`CategoryTree`].
//! - [`WorkingCalendar`]: working days (*hari kerja*) with Indonesia's holidays and cuti bersama
//!   (official 2024–2027, projected 2028–2040 and marked provisional), local days off of agencies
//!   and regions ([`LocalCalendars`]); [`deadline`]s in working days, office hours or calendar days, in the
//!   agency's [`TimeZone`], with clock pauses ([`Budget`], [`Interval`]).
//! - [`Case`]: the routing state machine (`docs/cases.md`). A [`Command`] from an [`Actor`] at an
//!   instant gives one [`Event`] or a typed error; a case is the fold of its events
//!   ([`Case::replay`], JSON Lines logs with [`read_event_log`] / [`write_event_log`]); its
//!   disposition chain ([`Holding`]) attributes every moment to the level holding it; [`Status`]
//!   has LAPOR!'s public labels; [`Case::due_events`] yields the due auto-closes, breaches and
//!   escalations; [`Case::sla`] evaluates each [`Metric`] against an [`SlaPolicy`]
//!   (PermenPANRB 62/2018 by default); [`Case::to_open311`] exports an Open311 GeoReport v2
//!   request; [`synthetic`] generates a seeded directory and event log.
//! - Privacy: [`Case::view`] gives each [`Viewer`] only what the visibility matrix of `docs/privacy.md`
//!   allows, as separate types ([`PublicView`], [`AgencyView`] — with no reporter field at all
//!   for an anonymous case —, [`AdminView`], [`ReporterView`]). [`Redactor`] finds and replaces
//!   Indonesian personal data ([`PiiKind`]: NIK, phone, names, addresses…) in one of three
//!   [`RedactStyle`]s.
//! - [`validate_report`]: the report form's rules, with stable codes, the field concerned and
//!   messages in both languages ([`ReportForm`], [`Validation`]).
//! - [`analytics`]: per-case SLA rows and summaries by agency, region, kind and channel, as
//!   columns ([`analytics::evaluate_sla`], [`analytics::summarize`]).
//! - [`Error`]: the one error type, with a stable [`Error::code`] and messages in Bahasa
//!   Indonesia and English ([`Lang`]).
//!
//! ```
//! use lapor_core::{RegionCode, RegionLevel, TimeZone};
//! let code = RegionCode::parse("64.74.01.1001")?;
//! assert_eq!(code.level(), RegionLevel::Village);
//! assert_eq!(code.time_zone(), TimeZone::Wita);
//! assert_eq!(RegionCode::parse("11.70").unwrap_err().code(), "region_code_out_of_range");
//! # Ok::<(), lapor_core::Error>(())
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod agency;
pub mod analytics;
mod calendar;
pub mod case;
mod category;
pub mod deadline;
mod error;
mod hierarchy;
mod instant;
mod lang;
mod pii;
mod region;
mod region_directory;
mod region_list;
mod report;
mod validate;
mod views;

pub use agency::{Agency, AgencyDirectory, AgencyId, AgencyLevel};
pub use calendar::{
    parse_date, DayOff, DayOffScope, Holiday, HolidayKind, LocalCalendars, Roll, ScopedDayOff,
    WorkingCalendar, YearSource,
};
pub use case::{
    cases_from_events, cases_from_owned_events, cases_from_owned_events_collecting, read_event_log,
    synthetic, write_event_log, Actor, Breach, Case, CaseLookup, Command, Context, Escalation,
    Event, EventFacets, EventKind, EventLog, EventRow, Handover, Holder, Holding, HoldingEnd,
    LogErrors, Metric, MetricState, MetricStatus, Note, Open311Request, Rating, Replay, Role,
    RowReader, SlaOverride, SlaPolicy, SlaTargets, Status, Tier, TimelineStep, World,
};
pub use category::{Category, CategoryId, CategoryTree};
pub use deadline::{Budget, Deadline, Interval};
pub use error::{CsvProblem, Error, Result};
pub use lang::Lang;
pub use pii::*;
pub use region::{
    Province, RegencyKind, RegionCode, RegionLevel, TimeZone, VillageKind, PROVINCES,
};
pub use region_directory::RegionDirectory;
pub use report::{
    Attachment, AttachmentRules, Channel, Coordinates, Location, Privacy, Report, ReportKind,
    Reporter, TrackingId,
};
pub use validate::{
    validate_report, validate_report_with, FormRules, Issue, ReportForm, Severity, Validation,
    EARLIEST_INCIDENT,
};
pub use views::{
    AdminView, AgencyView, AnonymousCase, BranchView, FullCase, NoteView, PublicContent,
    PublicText, PublicView, RatingView, ReporterView, View, Viewer,
};
