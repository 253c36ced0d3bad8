//! Form validation: [`validate_report`].

use std::time::SystemTime;

pub use lapor_core::{Attachment, Issue, ReportForm};
use lapor_core::{PiiKind, ReportKind, Severity};

use crate::error::{utc, LaporError};

#[uniffi::remote(Enum)]
enum ReportKind {
    Complaint,
    Aspiration,
    InformationRequest,
    Whistleblowing,
}

#[uniffi::remote(Enum)]
enum Severity {
    Error,
    Warning,
}

#[uniffi::remote(Enum)]
enum PiiKind {
    Nik,
    Kk,
    Npwp,
    Phone,
    Email,
    Plate,
    BankAccount,
    Passport,
    Bpjs,
    Nip,
    Person,
    Address,
    DateOfBirth,
    Handle,
}

// The core's own records, exposed as they are (no copy to keep in step with them).

/// An attachment's metadata (the file itself is not checked).
#[uniffi::remote(Record)]
pub struct Attachment {
    /// File name as uploaded.
    pub name: String,
    /// Media type (`image/jpeg`, `application/pdf`, …).
    pub media_type: String,
    /// Size in bytes.
    pub size_bytes: u64,
}

/// A report form as the app collects it: every field as typed, nothing parsed yet. Every field
/// has a default, so `ReportForm(title = "…", body = "…")` is a form.
#[uniffi::remote(Record)]
pub struct ReportForm {
    /// The kind of report (`complaint` when absent).
    #[uniffi(default = None)]
    pub kind: Option<ReportKind>,
    /// Title (judul laporan).
    #[uniffi(default = "")]
    pub title: String,
    /// Body: the chronology (isi laporan).
    #[uniffi(default = "")]
    pub body: String,
    /// Incident date as typed, `YYYY-MM-DD`.
    #[uniffi(default = None)]
    pub incident_date: Option<String>,
    /// Free-text location.
    #[uniffi(default = None)]
    pub location_text: Option<String>,
    /// Kemendagri region code, with or without dots.
    #[uniffi(default = None)]
    pub region_code: Option<String>,
    /// Latitude (WGS 84).
    #[uniffi(default = None)]
    pub latitude: Option<f64>,
    /// Longitude (WGS 84).
    #[uniffi(default = None)]
    pub longitude: Option<f64>,
    /// Category id.
    #[uniffi(default = None)]
    pub category: Option<String>,
    /// Agency picked by the reporter.
    #[uniffi(default = None)]
    pub target_agency: Option<String>,
    /// Attachments (metadata only).
    #[uniffi(default = [])]
    pub attachments: Vec<Attachment>,
    /// Anonim: hide the reporter's identity from the public and the agency.
    #[uniffi(default = false)]
    pub anonymous: bool,
    /// Rahasia: hide the report's content from the public.
    #[uniffi(default = false)]
    pub confidential: bool,
    /// Reporter's name.
    #[uniffi(default = None)]
    pub reporter_name: Option<String>,
    /// Reporter's NIK (16 digits).
    #[uniffi(default = None)]
    pub reporter_nik: Option<String>,
    /// Reporter's phone number.
    #[uniffi(default = None)]
    pub reporter_phone: Option<String>,
    /// Reporter's e-mail address.
    #[uniffi(default = None)]
    pub reporter_email: Option<String>,
}

/// One finding of [`validate_report`] (the core's record, exposed as it is).
#[uniffi::remote(Record)]
pub struct Issue {
    /// Error (blocks submission) or warning.
    pub severity: Severity,
    /// Stable code (`title_too_short`, `pii_in_text`, … see the core's `validate_report_with`).
    pub code: String,
    /// The form field concerned (`title`, `attachments[1].media_type`…).
    pub field: String,
    /// Message in Bahasa Indonesia.
    pub message_id: String,
    /// Message in English.
    pub message_en: String,
    /// For personal-data warnings: the kind found.
    pub pii_kind: Option<PiiKind>,
}

/// The result of [`validate_report`].
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Validation {
    /// Whether the form may be submitted (no errors; warnings allowed).
    pub valid: bool,
    /// Every finding, errors first, in field order.
    pub issues: Vec<Issue>,
}

/// Checks a report form at the instant `now` (the library never reads the clock) against the
/// default rules: lengths, incident date (not in the future in the region's time zone), region
/// code, coordinates, attachments, contact details, privacy flags, and warnings for personal
/// data in the text. Never fails on the form itself: every problem is an [`Issue`].
///
/// Throws only `InstantOutOfRange` for an instant beyond the years ±262,000.
#[uniffi::export]
pub fn validate_report(form: ReportForm, now: SystemTime) -> Result<Validation, LaporError> {
    let v = lapor_core::validate_report(&form, utc(now)?);
    Ok(Validation {
        valid: v.is_valid(),
        issues: v.issues,
    })
}

/// Reads a report form from the JSON the web form and the other bindings use (field names of
/// the core's `ReportForm`; unknown fields are an error naming the field).
#[uniffi::export]
pub fn report_form_from_json(json: String) -> Result<ReportForm, LaporError> {
    Ok(ReportForm::from_json(&json)?)
}
