//! Form validation: the rules a report form must pass before it is submitted, with stable codes,
//! the field each finding concerns, and messages in Bahasa Indonesia and English.
//!
//! One function, [`validate_report`], runs the same rules in Rust, on mobile and in the browser.
//! It never fails: every problem with the input, however malformed, is a finding. Errors block
//! submission; warnings do not (personal data in the text, a location outside Indonesia).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::deadline::local_date;
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::pii::{valid_nik, PiiKind, Redactor};
use crate::region::{RegionCode, RegionLevel, TimeZone};
use crate::report::{Attachment, AttachmentRules, ReportKind};

/// A report form as a web or mobile form collects it: every field as typed, nothing parsed yet
/// (so that a malformed value is a finding naming its field, not a failure to read the form).
///
/// JSON field names are those of the struct; every field may be omitted. Numbers and booleans
/// may also come as strings, as HTML forms send them (`"latitude": "0.13"`, `"anonim": "on"`);
/// a value that is not one at all is an error naming the field.
///
/// ```
/// use lapor_core::ReportForm;
/// let form = ReportForm::from_json(r#"{"title": "Jalan rusak", "anonim": true}"#)?;
/// assert!(form.anonymous);
/// # Ok::<(), lapor_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ReportForm {
    /// The kind of report (`complaint` when absent).
    pub kind: Option<ReportKind>,
    /// Title (judul laporan).
    pub title: String,
    /// Body: the chronology (isi laporan).
    pub body: String,
    /// Incident date as typed, `YYYY-MM-DD`.
    pub incident_date: Option<String>,
    /// Free-text location.
    pub location_text: Option<String>,
    /// Kemendagri region code, with or without dots.
    pub region_code: Option<String>,
    /// Latitude (WGS 84).
    #[serde(deserialize_with = "form_number")]
    pub latitude: Option<f64>,
    /// Longitude (WGS 84).
    #[serde(deserialize_with = "form_number")]
    pub longitude: Option<f64>,
    /// Category id.
    pub category: Option<String>,
    /// Agency picked by the reporter.
    pub target_agency: Option<String>,
    /// Attachments (metadata only).
    pub attachments: Vec<Attachment>,
    /// Anonim: hide the reporter's identity from the public and the agency.
    #[serde(alias = "anonim", deserialize_with = "form_bool")]
    pub anonymous: bool,
    /// Rahasia: hide the report's content from the public.
    #[serde(alias = "rahasia", deserialize_with = "form_bool")]
    pub confidential: bool,
    /// Reporter's name.
    pub reporter_name: Option<String>,
    /// Reporter's NIK (16 digits).
    pub reporter_nik: Option<String>,
    /// Reporter's phone number.
    pub reporter_phone: Option<String>,
    /// Reporter's e-mail address.
    pub reporter_email: Option<String>,
}

/// A number, or a string holding one (empty: absent).
fn form_number<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<f64>, D::Error> {
    use serde::de::Error as _;
    match Option::<serde_json::Value>::deserialize(d)? {
        None | Some(serde_json::Value::Null) => Ok(None),
        Some(serde_json::Value::Number(n)) => Ok(n.as_f64()),
        Some(serde_json::Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(serde_json::Value::String(s)) => {
            // A decimal comma, and a bare leading or trailing point, as people type them; then
            // the number read as JSON reads it (no `inf`, `NaN` or `+`).
            let mut t = s.trim().replace(',', ".");
            if t.starts_with('.') || t.starts_with("-.") {
                t = t.replacen('.', "0.", 1);
            }
            if t.ends_with('.') {
                t.push('0');
            }
            serde_json::from_str::<f64>(&t)
                .map(Some)
                .map_err(|_| D::Error::custom("expected a number, found a string that is not one"))
        }
        Some(_) => Err(D::Error::custom("expected a number")),
    }
}

/// A boolean, or a string an HTML form sends for one (`"on"`, `"true"`, `"1"`, `"ya"`; `""`,
/// `"false"`, `"0"`, `"off"`, `"tidak"`).
fn form_bool<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<bool, D::Error> {
    use serde::de::Error as _;
    match serde_json::Value::deserialize(d)? {
        serde_json::Value::Bool(b) => Ok(b),
        serde_json::Value::Null => Ok(false),
        serde_json::Value::Number(n) if n.as_u64() == Some(1) => Ok(true),
        serde_json::Value::Number(n) if n.as_u64() == Some(0) => Ok(false),
        serde_json::Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
            "on" | "true" | "1" | "ya" | "yes" => Ok(true),
            "" | "off" | "false" | "0" | "tidak" | "no" => Ok(false),
            _ => Err(D::Error::custom(
                "expected true or false, found a string that is neither",
            )),
        },
        _ => Err(D::Error::custom("expected true or false")),
    }
}

impl ReportForm {
    /// Reads a form from JSON (unknown fields are an error naming the field).
    pub fn from_json(json: &str) -> Result<ReportForm> {
        crate::error::from_json("report form", json)
    }

    /// The form as JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// The limits the form is checked against. The defaults are this library's choices (LAPOR!
/// publishes no exact bounds): title 10–150 characters, body 30–5,000 characters, attachments
/// at most 2 MiB in total and 5 files of the listed types.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FormRules {
    /// Shortest title, in characters.
    pub title_min_chars: usize,
    /// Longest title, in characters.
    pub title_max_chars: usize,
    /// Shortest body, in characters.
    pub body_min_chars: usize,
    /// Longest body, in characters.
    pub body_max_chars: usize,
    /// Size and count limits of the attachments.
    pub attachments: AttachmentRules,
    /// Accepted media types (lower case).
    pub media_types: Vec<String>,
}

impl Default for FormRules {
    fn default() -> Self {
        FormRules {
            title_min_chars: 10,
            title_max_chars: 150,
            body_min_chars: 30,
            body_max_chars: 5000,
            attachments: AttachmentRules {
                max_total_bytes: 2 * 1024 * 1024,
                max_count: Some(5),
            },
            media_types: [
                "image/jpeg",
                "image/png",
                "image/webp",
                // What iPhones and many Android phones take photos in.
                "image/heic",
                "image/heif",
                "application/pdf",
                "video/mp4",
                "audio/mpeg",
            ]
            .map(String::from)
            .to_vec(),
        }
    }
}

impl FormRules {
    /// Reads rules from JSON; absent fields keep their defaults.
    pub fn from_json(json: &str) -> Result<FormRules> {
        crate::error::from_json("form rules", json)
    }
}

/// Whether a finding blocks submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The form cannot be submitted as it is.
    Error,
    /// The reporter should know, but may submit.
    Warning,
}

/// One finding of [`validate_report`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Issue {
    /// Error or warning.
    pub severity: Severity,
    /// Stable code (see [`validate_report`] for the list).
    pub code: String,
    /// The form field concerned (`title`, `attachments[1].media_type`…).
    pub field: String,
    /// Message in Bahasa Indonesia.
    pub message_id: String,
    /// Message in English.
    pub message_en: String,
    /// For personal-data warnings: the kind found (`null` in JSON otherwise, so that every
    /// issue has the same fields in every binding).
    #[serde(default)]
    pub pii_kind: Option<PiiKind>,
}

impl Issue {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> &str {
        lang.pick(&self.message_id, &self.message_en)
    }
}

/// The result of [`validate_report`]: every finding, errors first, in field order.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Validation {
    /// All findings.
    pub issues: Vec<Issue>,
}

impl Validation {
    /// Whether the form may be submitted (no errors; warnings allowed).
    pub fn is_valid(&self) -> bool {
        self.errors().next().is_none()
    }

    /// The findings that block submission.
    pub fn errors(&self) -> impl Iterator<Item = &Issue> {
        self.issues.iter().filter(|i| i.severity == Severity::Error)
    }

    /// The findings that do not.
    pub fn warnings(&self) -> impl Iterator<Item = &Issue> {
        self.issues
            .iter()
            .filter(|i| i.severity == Severity::Warning)
    }

    /// Whether a finding with this code exists.
    pub fn has(&self, code: &str) -> bool {
        self.issues.iter().any(|i| i.code == code)
    }

    /// The result as JSON (`{"valid": …, "issues": […]}`).
    pub fn to_json(&self) -> String {
        serde_json::json!({"valid": self.is_valid(), "issues": self.issues}).to_string()
    }
}

/// Checks a report form at the instant `now` (the core never reads the clock) against the
/// default [`FormRules`]. See [`validate_report_with`].
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use lapor_core::{validate_report, ReportForm};
/// let form = ReportForm {
///     title: "Jalan berlubang di depan SDN 3".into(),
///     body: "Sudah tiga bulan jalan berlubang, NIK saya 3273056010900009.".into(),
///     incident_date: Some("2026-11-20".into()),
///     anonymous: true,
///     reporter_phone: Some("0812-3456-7890".into()),
///     ..ReportForm::default()
/// };
/// let now = Utc.with_ymd_and_hms(2026, 12, 1, 3, 0, 0).unwrap();
/// let result = validate_report(&form, now);
/// assert!(result.is_valid());
/// assert!(!result.has("anonymous_without_contact"));
/// let warning = result.warnings().find(|w| w.code == "pii_in_text_anonymous").unwrap();
/// assert_eq!(warning.message_id, "Teks laporan Anda memuat NIK; NIK akan disembunyikan dari instansi.");
/// ```
pub fn validate_report(form: &ReportForm, now: DateTime<Utc>) -> Validation {
    validate_report_with(form, now, &FormRules::default(), &Redactor::default())
}

/// The earliest incident date a report may give: the day the Republic, and so its public
/// services, began (17 August 1945). An earlier date is a typing mistake (`0001-01-01`,
/// `1900-01-01`), not a complaint.
pub const EARLIEST_INCIDENT: NaiveDate = match NaiveDate::from_ymd_opt(1945, 8, 17) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// `bytes` in megabytes (2^20 bytes) with one decimal, `.0` left out, rounded up or down.
fn megabytes(bytes: u64, up: bool) -> String {
    const MB: u128 = 1024 * 1024;
    let tenths = u128::from(bytes) * 10;
    let n = if up { tenths.div_ceil(MB) } else { tenths / MB };
    if n % 10 == 0 {
        format!("{}", n / 10)
    } else {
        format!("{}.{}", n / 10, n % 10)
    }
}

/// Checks a report form against `rules`, finding personal data with `redactor`.
///
/// Codes (errors unless marked *warning*):
/// - `title_required`, `title_too_short`, `title_too_long`, `body_required`, `body_too_short`,
///   `body_too_long` (lengths in characters, after trimming);
/// - `incident_date_required`, `incident_date_invalid` (not `YYYY-MM-DD`),
///   `incident_date_too_early` (before [`EARLIEST_INCIDENT`], 17 August 1945),
///   `incident_date_in_future` (after `now`'s date in the region's time zone, or in WIT, the
///   easternmost zone, when no valid region code is given, so that no date that is already
///   "today" somewhere in Indonesia is refused);
/// - `region_code_invalid` (the message gives the parser's reason);
/// - `coordinates_incomplete` (only one of latitude/longitude), `coordinates_invalid` (out of
///   range or not finite), `coordinates_outside_indonesia` (*warning*);
/// - `attachment_name_required`, `attachment_empty`, `attachment_type_not_allowed`,
///   `too_many_attachments`, `attachments_too_large`;
/// - `reporter_nik_invalid` (16 digits with a valid province, date and serial),
///   `reporter_phone_invalid` (Indonesian numbers: `+62`/`62`/`0` prefix, 9–13 digits after it),
///   `reporter_email_invalid`, `reporter_name_too_long` (over 100 characters);
/// - `whistleblowing_must_be_confidential` (a whistle-blowing report is always *rahasia*),
///   `anonymous_without_contact` (*warning*: an anonymous reporter who leaves neither phone nor
///   e-mail cannot be asked for more information);
/// - `pii_in_text` (*warning*: the title or body holds personal data; it will be hidden in the
///   public view) and `pii_in_text_anonymous` (*warning*, when *anonim* is chosen: it will be
///   hidden from the agency too); one per field and kind.
pub fn validate_report_with(
    form: &ReportForm,
    now: DateTime<Utc>,
    rules: &FormRules,
    redactor: &Redactor,
) -> Validation {
    let mut v = Checker::default();
    v.text(
        "title",
        &form.title,
        rules.title_min_chars,
        rules.title_max_chars,
    );
    v.text(
        "body",
        &form.body,
        rules.body_min_chars,
        rules.body_max_chars,
    );
    let region = v.region(form.region_code.as_deref());
    let zone = region.map_or(TimeZone::Wit, |r| r.time_zone());
    v.incident_date(form.incident_date.as_deref(), local_date(now, zone));
    v.coordinates(form.latitude, form.longitude);
    v.attachments(&form.attachments, rules);
    v.contact(form);
    v.privacy(form);
    v.pii(form, redactor);
    v.finish()
}

#[derive(Default)]
struct Checker {
    issues: Vec<Issue>,
}

impl Checker {
    fn push(&mut self, severity: Severity, code: &str, field: &str, id: String, en: String) {
        self.issues.push(Issue {
            severity,
            code: code.to_owned(),
            field: field.to_owned(),
            message_id: id,
            message_en: en,
            pii_kind: None,
        });
    }

    fn error(&mut self, code: &str, field: &str, id: impl Into<String>, en: impl Into<String>) {
        self.push(Severity::Error, code, field, id.into(), en.into());
    }

    fn warning(&mut self, code: &str, field: &str, id: impl Into<String>, en: impl Into<String>) {
        self.push(Severity::Warning, code, field, id.into(), en.into());
    }

    fn finish(mut self) -> Validation {
        // Errors first; the order within each severity is the order of the checks.
        self.issues.sort_by_key(|i| i.severity != Severity::Error);
        Validation {
            issues: self.issues,
        }
    }

    fn text(&mut self, field: &str, value: &str, min: usize, max: usize) {
        let (name_id, name_en) = match field {
            "title" => ("Judul laporan", "The title"),
            _ => ("Isi laporan", "The report text"),
        };
        let n = value.trim().chars().count();
        if n == 0 {
            self.error(
                &format!("{field}_required"),
                field,
                format!("{name_id} wajib diisi."),
                format!("{name_en} is required."),
            );
        } else if n < min {
            self.error(
                &format!("{field}_too_short"),
                field,
                format!("{name_id} terlalu pendek: {n} karakter, minimal {min}."),
                format!("{name_en} is too short: {n} characters, at least {min}."),
            );
        } else if n > max {
            self.error(
                &format!("{field}_too_long"),
                field,
                format!("{name_id} terlalu panjang: {n} karakter, maksimal {max}."),
                format!("{name_en} is too long: {n} characters, at most {max}."),
            );
        }
    }

    fn region(&mut self, code: Option<&str>) -> Option<RegionCode> {
        let code = code.map(str::trim).filter(|c| !c.is_empty())?;
        match RegionCode::parse(code) {
            Ok(r) => {
                if let Some(level) = r.missing_level() {
                    // The level above the missing one exists: a province, or a regency.
                    let (number, place_id, place_en) = if level == RegionLevel::Regency {
                        let name = r.province().name;
                        (
                            r.regency_number(),
                            format!("provinsi {name}"),
                            format!("the province of {name}"),
                        )
                    } else {
                        let regency = r.truncate(RegionLevel::Regency).and_then(|c| c.name());
                        let name = regency.unwrap_or_default();
                        (r.district_number(), name.clone(), name)
                    };
                    let number = number.unwrap_or(0);
                    self.error(
                        "region_code_unknown",
                        "region_code",
                        format!(
                            "Kode wilayah tidak terdaftar: {} {number:02} tidak ada di {place_id}.",
                            level.label(Lang::Id)
                        ),
                        format!(
                            "The region code is not listed: there is no {} {number:02} in {place_en}.",
                            level.label(Lang::En)
                        ),
                    );
                }
                // Its province, and so its time zone, is real either way.
                Some(r)
            }
            Err(e) => {
                // The parser's message starts "kode wilayah: "; the issue says it once.
                let reason = |lang: Lang, prefix: &str| {
                    let m = e.message(lang);
                    m.strip_prefix(prefix).map(str::to_string).unwrap_or(m)
                };
                self.error(
                    "region_code_invalid",
                    "region_code",
                    format!(
                        "Kode wilayah tidak valid: {}.",
                        reason(Lang::Id, "kode wilayah: ")
                    ),
                    format!(
                        "The region code is not valid: {}.",
                        reason(Lang::En, "region code: ")
                    ),
                );
                None
            }
        }
    }

    fn incident_date(&mut self, date: Option<&str>, today: NaiveDate) {
        let Some(date) = date.map(str::trim).filter(|d| !d.is_empty()) else {
            self.error(
                "incident_date_required",
                "incident_date",
                "Tanggal kejadian wajib diisi.",
                "The incident date is required.",
            );
            return;
        };
        match crate::parse_date(date) {
            Err(_) => self.error(
                "incident_date_invalid",
                "incident_date",
                "Tanggal kejadian tidak valid (format TTTT-BB-HH).".to_string(),
                "The incident date is not valid (format YYYY-MM-DD).".to_string(),
            ),
            Ok(d) if d > today => self.error(
                "incident_date_in_future",
                "incident_date",
                format!("Tanggal kejadian {d} belum terjadi (hari ini {today})."),
                format!("The incident date {d} is in the future (today is {today})."),
            ),
            Ok(d) if d < EARLIEST_INCIDENT => self.error(
                "incident_date_too_early",
                "incident_date",
                format!("Tanggal kejadian {d} terlalu awal: paling awal {EARLIEST_INCIDENT}."),
                format!("The incident date {d} is too early: the earliest is {EARLIEST_INCIDENT}."),
            ),
            Ok(_) => {}
        }
    }

    fn coordinates(&mut self, lat: Option<f64>, lon: Option<f64>) {
        match (lat, lon) {
            (None, None) => {}
            (Some(_), None) | (None, Some(_)) => self.error(
                "coordinates_incomplete",
                if lat.is_none() {
                    "latitude"
                } else {
                    "longitude"
                },
                "Lintang dan bujur harus diisi keduanya.",
                "Latitude and longitude must both be given.",
            ),
            (Some(lat), Some(lon)) => {
                if crate::report::Coordinates::new(lat, lon).is_none() {
                    self.error(
                        "coordinates_invalid",
                        "latitude",
                        "Koordinat tidak valid (lintang −90…90, bujur −180…180).".to_string(),
                        "The coordinates are not valid (latitude −90…90, longitude −180…180)."
                            .to_string(),
                    );
                } else if !((-11.5..=6.5).contains(&lat) && (94.5..=141.5).contains(&lon)) {
                    self.warning(
                        "coordinates_outside_indonesia",
                        "latitude",
                        "Koordinat berada di luar Indonesia.".to_string(),
                        "The coordinates are outside Indonesia.".to_string(),
                    );
                }
            }
        }
    }

    fn attachments(&mut self, attachments: &[Attachment], rules: &FormRules) {
        for (k, a) in attachments.iter().enumerate() {
            if a.name.trim().is_empty() {
                self.error(
                    "attachment_name_required",
                    &format!("attachments[{k}].name"),
                    format!("Lampiran ke-{} tidak bernama.", k + 1),
                    format!("Attachment {} has no name.", k + 1),
                );
            }
            if a.size_bytes == 0 {
                self.error(
                    "attachment_empty",
                    &format!("attachments[{k}].size_bytes"),
                    format!("Lampiran ke-{} kosong.", k + 1),
                    format!("Attachment {} is empty.", k + 1),
                );
            }
            let media = a.media_type.trim().to_ascii_lowercase();
            if !rules
                .media_types
                .iter()
                .any(|m| m.eq_ignore_ascii_case(&media))
            {
                let allowed = rules.media_types.join(", ");
                self.error(
                    "attachment_type_not_allowed",
                    &format!("attachments[{k}].media_type"),
                    format!(
                        "Jenis berkas lampiran ke-{} tidak diterima (yang diterima: {allowed}).",
                        k + 1
                    ),
                    format!(
                        "The file type of attachment {} is not accepted (accepted: {allowed}).",
                        k + 1
                    ),
                );
            }
        }
        match rules.attachments.check(attachments) {
            Err(Error::TooManyAttachments { count, limit }) => self.error(
                "too_many_attachments",
                "attachments",
                format!("Lampiran terlalu banyak: {count}, paling banyak {limit}."),
                format!("Too many attachments: {count}, at most {limit}."),
            ),
            Err(Error::AttachmentsTooLarge {
                total_bytes,
                limit_bytes,
            }) => {
                // The total rounded up, the limit down: a total just over the limit never reads
                // as equal to it.
                let (total, limit) = (megabytes(total_bytes, true), megabytes(limit_bytes, false));
                self.error(
                    "attachments_too_large",
                    "attachments",
                    format!(
                        "Ukuran lampiran seluruhnya {} MB, melebihi batas {} MB.",
                        total.replace('.', ","),
                        limit.replace('.', ",")
                    ),
                    format!("The attachments total {total} MB, over the limit of {limit} MB."),
                )
            }
            _ => {}
        }
    }

    fn contact(&mut self, form: &ReportForm) {
        let present = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
        };
        if let Some(name) = present(&form.reporter_name) {
            if name.chars().count() > 100 {
                self.error(
                    "reporter_name_too_long",
                    "reporter_name",
                    "Nama pelapor terlalu panjang (maksimal 100 karakter).",
                    "The reporter's name is too long (at most 100 characters).",
                );
            }
        }
        if let Some(nik) = present(&form.reporter_nik) {
            let digits: String = nik.chars().filter(|c| !matches!(c, ' ' | '.')).collect();
            if !valid_nik(digits.as_bytes()) {
                self.error(
                    "reporter_nik_invalid",
                    "reporter_nik",
                    "NIK harus 16 angka dengan kode provinsi, tanggal lahir dan nomor urut yang valid.",
                    "A NIK must be 16 digits with a valid province code, birth date and serial number.",
                );
            }
        }
        if let Some(phone) = present(&form.reporter_phone) {
            if !valid_phone(&phone) {
                self.error(
                    "reporter_phone_invalid",
                    "reporter_phone",
                    "Nomor telepon tidak valid (contoh: 0812-3456-7890 atau +62 21 555 1234)."
                        .to_string(),
                    "The phone number is not valid (e.g. 0812-3456-7890 or +62 21 555 1234)."
                        .to_string(),
                );
            }
        }
        if let Some(email) = present(&form.reporter_email) {
            if !valid_email(&email) {
                self.error(
                    "reporter_email_invalid",
                    "reporter_email",
                    "Alamat e-mail tidak valid.".to_string(),
                    "The e-mail address is not valid.".to_string(),
                );
            }
        }
    }

    fn privacy(&mut self, form: &ReportForm) {
        if form.kind == Some(ReportKind::Whistleblowing) && !form.confidential {
            self.error(
                "whistleblowing_must_be_confidential",
                "confidential",
                "Laporan whistle-blowing selalu rahasia: pilih opsi rahasia.",
                "A whistle-blowing report is always confidential: choose the confidential option.",
            );
        }
        let has = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.trim().is_empty());
        if form.anonymous && !has(&form.reporter_phone) && !has(&form.reporter_email) {
            self.warning(
                "anonymous_without_contact",
                "anonymous",
                "Anda memilih anonim tanpa nomor telepon atau e-mail: admin tidak dapat meminta keterangan tambahan.",
                "You chose anonymous with neither phone nor e-mail: the admin cannot ask you for more information.",
            );
        }
    }

    fn pii(&mut self, form: &ReportForm, redactor: &Redactor) {
        // The reporter's own name, NIK, phone and e-mail from the form are found however they
        // are written in the texts (joined, reordered, other digit scripts).
        let who = crate::report::Reporter {
            name: form.reporter_name.clone(),
            nik: form.reporter_nik.clone(),
            phone: form.reporter_phone.clone(),
            email: form.reporter_email.clone(),
            ..Default::default()
        };
        let identity = crate::pii::Identity::of(&who);
        let with_identity;
        let redactor = if redactor.identity().is_none() && !identity.is_empty() {
            with_identity = redactor.clone().with_identity(identity);
            &with_identity
        } else {
            redactor
        };
        let location = form.location_text.clone().unwrap_or_default();
        for (field, text) in [
            ("title", &form.title),
            ("body", &form.body),
            ("location_text", &location),
        ] {
            let mut kinds: Vec<PiiKind> = redactor.detect(text).iter().map(|s| s.kind).collect();
            kinds.sort();
            kinds.dedup();
            for kind in kinds {
                let (id, en) = (kind.label(Lang::Id), kind.label(Lang::En));
                let (code, message_id, message_en) = if form.anonymous {
                    (
                        "pii_in_text_anonymous",
                        format!("Teks laporan Anda memuat {id}; {id} akan disembunyikan dari instansi."),
                        format!("Your report's text contains personal data ({en}); it will be hidden from the agency."),
                    )
                } else {
                    (
                        "pii_in_text",
                        format!("Teks laporan Anda memuat {id}. Instansi yang menangani akan melihatnya; di tampilan publik data ini disembunyikan. Pilih anonim jika identitas Anda harus dirahasiakan."),
                        format!("Your report's text contains personal data ({en}). The handling agency will see it; the public view hides it. Choose anonymous if your identity must stay hidden."),
                    )
                };
                self.issues.push(Issue {
                    severity: Severity::Warning,
                    code: code.to_owned(),
                    field: field.to_owned(),
                    message_id,
                    message_en,
                    pii_kind: Some(kind),
                });
            }
        }
    }
}

/// An Indonesian phone number as people write it: `+62`, `62` or `0` prefix, then 9–13 digits
/// (the national significant number, mobile `8…` or an area code), with spaces, dots, dashes
/// and parentheses allowed between digits.
fn valid_phone(s: &str) -> bool {
    let s = s.trim();
    // A `+` only first, or right after an opening bracket: `(+62) 812…`.
    let plus_ok = s
        .char_indices()
        .filter(|&(_, c)| c == '+')
        .all(|(i, _)| i == 0 || (i == 1 && s.starts_with('(')));
    if !plus_ok
        || !s
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '.' | '-' | '(' | ')' | '+'))
    {
        return false;
    }
    // The trunk zero some write after the country code: `+62 (0)21 555 1234`.
    let s = &s.replacen("(0)", "", 1);
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    let national = if let Some(rest) = digits.strip_prefix("62") {
        rest
    } else if let Some(rest) = digits.strip_prefix('0') {
        if s.starts_with('+') {
            return false;
        }
        rest
    } else {
        return false;
    };
    (8..=12).contains(&national.len()) && !national.starts_with('0')
}

/// A plausible e-mail address: one `@`, a non-empty local part, a dotted domain, no spaces.
fn valid_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    let labels: Vec<&str> = domain.split('.').collect();
    !local.is_empty()
        && local.len() <= 64
        && !s.chars().any(|c| c.is_whitespace() || c == ',')
        && !domain.contains('@')
        && labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels.last().is_some_and(|t| t.chars().count() >= 2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone as _;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 1, 3, 0, 0).unwrap()
    }

    fn good() -> ReportForm {
        ReportForm {
            kind: Some(ReportKind::Complaint),
            title: "Jalan berlubang di depan SDN 3".into(),
            body: "Sudah tiga bulan jalan berlubang dan belum diperbaiki oleh dinas.".into(),
            incident_date: Some("2026-11-20".into()),
            region_code: Some("64.74.01.1001".into()),
            reporter_phone: Some("0812-3456-7890".into()),
            ..ReportForm::default()
        }
    }

    fn codes(v: &Validation) -> Vec<&str> {
        v.issues.iter().map(|i| i.code.as_str()).collect()
    }

    #[test]
    fn a_good_form_passes() {
        let v = validate_report(&good(), now());
        assert!(v.is_valid(), "{:?}", v.issues);
        assert!(v.issues.is_empty(), "{:?}", v.issues);
    }

    #[test]
    fn required_and_lengths() {
        let v = validate_report(&ReportForm::default(), now());
        assert_eq!(
            codes(&v),
            ["title_required", "body_required", "incident_date_required"]
        );
        let f = ReportForm {
            title: "Jalan".into(),
            body: "x".repeat(5001),
            ..good()
        };
        let v = validate_report(&f, now());
        assert_eq!(codes(&v), ["title_too_short", "body_too_long"]);
        assert_eq!(v.issues[0].field, "title");
        assert!(v.issues[0].message_id.contains("minimal 10"));
        assert!(v.issues[1].message_en.contains("5001 characters"));
        // Characters, not bytes: 10 emoji are a valid title length.
        let f = ReportForm {
            title: "🙏".repeat(10),
            ..good()
        };
        assert!(validate_report(&f, now()).is_valid());
    }

    #[test]
    fn incident_dates() {
        let at = |d: &str, region: Option<&str>| {
            let f = ReportForm {
                incident_date: Some(d.into()),
                region_code: region.map(Into::into),
                ..good()
            };
            codes(&validate_report(&f, now()))
                .into_iter()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        };
        assert!(at("2026-12-01", None).is_empty());
        assert_eq!(at("2026-12-02", None), ["incident_date_in_future"]);
        assert_eq!(at("1 Desember 2026", None), ["incident_date_invalid"]);
        assert_eq!(at("2026-02-30", None), ["incident_date_invalid"]);
        // Only YYYY-MM-DD, as everywhere else (`parse_date`): no single-digit month or day, no
        // sign. Spaces around the field are a form's, and trimmed.
        for loose in ["2026-3-17", "+2026-03-17", "2026-03-7", "2026/03/17"] {
            assert_eq!(at(loose, None), ["incident_date_invalid"], "{loose}");
        }
        assert!(at(" 2026-03-17 ", None).is_empty());
        // Not before the Republic's public services began.
        for early in ["0001-01-01", "1900-01-01", "1945-08-16"] {
            assert_eq!(at(early, None), ["incident_date_too_early"], "{early}");
        }
        assert!(at("1945-08-17", None).is_empty());
        // 2026-12-01 16:30 UTC: already 2 December in WIT (UTC+9), still 1 December in WIB.
        let late = Utc.with_ymd_and_hms(2026, 12, 1, 16, 30, 0).unwrap();
        let f = |region: &str| ReportForm {
            incident_date: Some("2026-12-02".into()),
            region_code: Some(region.into()),
            ..good()
        };
        assert!(validate_report(&f("91.71"), late).is_valid());
        assert!(!validate_report(&f("31.71"), late).is_valid());
    }

    #[test]
    fn regions_and_coordinates() {
        let f = ReportForm {
            region_code: Some("11.70".into()),
            latitude: Some(95.0),
            longitude: Some(100.0),
            ..good()
        };
        let v = validate_report(&f, now());
        assert_eq!(codes(&v), ["region_code_invalid", "coordinates_invalid"]);
        // Well-formed codes of places that do not exist: Kota Bandung has no district 99, Kota
        // Bontang no district 09, Kalimantan Timur no regency 99.
        for (code, id, en) in [
            (
                "32.73.99",
                "Kode wilayah tidak terdaftar: kecamatan 99 tidak ada di Kota Bandung.",
                "The region code is not listed: there is no district 99 in Kota Bandung.",
            ),
            (
                "64.74.09.1001",
                "Kode wilayah tidak terdaftar: kecamatan 09 tidak ada di Kota Bontang.",
                "The region code is not listed: there is no district 09 in Kota Bontang.",
            ),
            (
                "64.99",
                "Kode wilayah tidak terdaftar: kabupaten/kota 99 tidak ada di provinsi Kalimantan Timur.",
                "The region code is not listed: there is no regency 99 in the province of Kalimantan Timur.",
            ),
        ] {
            let f = ReportForm {
                region_code: Some(code.into()),
                ..good()
            };
            let v = validate_report(&f, now());
            assert_eq!(codes(&v), ["region_code_unknown"], "{code}");
            assert_eq!((v.issues[0].message_id.as_str(), v.issues[0].message_en.as_str()), (id, en));
        }
        // The parser's reason, said once, as a sentence.
        assert_eq!(
            v.issues[0].message_id,
            "Kode wilayah tidak valid: nomor kabupaten/kota 70 di luar rentang."
        );
        assert_eq!(
            v.issues[0].message_en,
            "The region code is not valid: regency number 70 is out of range."
        );
        let f = ReportForm {
            latitude: Some(-6.2),
            ..good()
        };
        assert_eq!(
            codes(&validate_report(&f, now())),
            ["coordinates_incomplete"]
        );
        let f = ReportForm {
            latitude: Some(48.85),
            longitude: Some(2.35),
            ..good()
        };
        let v = validate_report(&f, now());
        assert!(v.is_valid());
        assert_eq!(codes(&v), ["coordinates_outside_indonesia"]);
        let f = ReportForm {
            latitude: Some(f64::NAN),
            longitude: Some(110.0),
            ..good()
        };
        assert_eq!(codes(&validate_report(&f, now())), ["coordinates_invalid"]);
    }

    #[test]
    fn attachments() {
        let a = |name: &str, media: &str, size| Attachment {
            name: name.into(),
            media_type: media.into(),
            size_bytes: size,
        };
        let f = ReportForm {
            attachments: vec![
                a("foto.jpg", "IMAGE/JPEG", 1_000_000),
                a("", "application/x-msdownload", 0),
                a("video.mp4", "video/mp4", 2_000_000),
            ],
            ..good()
        };
        let v = validate_report(&f, now());
        assert_eq!(
            codes(&v),
            [
                "attachment_name_required",
                "attachment_empty",
                "attachment_type_not_allowed",
                "attachments_too_large"
            ]
        );
        assert_eq!(v.issues[2].field, "attachments[1].media_type");
        // Sizes in MB, in sentences; the total rounded up so that it never equals the limit.
        assert_eq!(
            v.issues[3].message_id,
            "Ukuran lampiran seluruhnya 2,9 MB, melebihi batas 2 MB."
        );
        assert_eq!(
            v.issues[3].message_en,
            "The attachments total 2.9 MB, over the limit of 2 MB."
        );
        let f = ReportForm {
            attachments: vec![a("f.png", "image/png", 2 * 1024 * 1024 + 1)],
            ..good()
        };
        let v = validate_report(&f, now());
        assert!(v.issues[0]
            .message_en
            .contains("total 2.1 MB, over the limit of 2 MB"));
        let f = ReportForm {
            attachments: vec![a("f.png", "image/png", 10); 6],
            ..good()
        };
        let v = validate_report(&f, now());
        assert_eq!(codes(&v), ["too_many_attachments"]);
        assert_eq!(
            v.issues[0].message_en,
            "Too many attachments: 6, at most 5."
        );
        // Photos as iPhones take them.
        for media in ["image/heic", "image/HEIF"] {
            let f = ReportForm {
                attachments: vec![a("IMG_0001.HEIC", media, 1_500_000)],
                ..good()
            };
            assert!(validate_report(&f, now()).issues.is_empty(), "{media}");
        }
    }

    #[test]
    fn megabytes_round_as_asked() {
        assert_eq!(megabytes(2 * 1024 * 1024, false), "2");
        assert_eq!(megabytes(2 * 1024 * 1024, true), "2");
        assert_eq!(megabytes(2 * 1024 * 1024 + 1, true), "2.1");
        assert_eq!(megabytes(3_145_738, true), "3.1");
        assert_eq!(megabytes(3_145_738, false), "3");
        assert_eq!(megabytes(0, true), "0");
        assert_eq!(megabytes(u64::MAX, true), "17592186044416");
    }

    #[test]
    fn contact_details() {
        for phone in [
            "0812-3456-7890",
            "+62 812 3456 7890",
            "(021) 555-1234",
            "62215551234",
        ] {
            assert!(valid_phone(phone), "{phone}");
        }
        for phone in [
            "12345",
            "+0812345678",
            "0812-3456-7890-1234",
            "08x23",
            "0",
            "+62 0812",
        ] {
            assert!(!valid_phone(phone), "{phone}");
        }
        assert!(valid_email("budi.santoso@mail.co.id"));
        for email in [
            "budi",
            "budi@",
            "@mail.com",
            "a b@mail.com",
            "a@mail",
            "a@-x.com",
        ] {
            assert!(!valid_email(email), "{email}");
        }
        let f = ReportForm {
            reporter_nik: Some("3273056010900009".into()),
            reporter_email: Some("budi@mail.com".into()),
            reporter_name: Some("Budi".into()),
            ..good()
        };
        assert!(validate_report(&f, now()).issues.is_empty());
        let f = ReportForm {
            reporter_nik: Some("3273059910900009".into()),
            reporter_phone: Some("12345".into()),
            reporter_email: Some("budi@".into()),
            reporter_name: Some("B".repeat(101)),
            ..good()
        };
        assert_eq!(
            codes(&validate_report(&f, now())),
            [
                "reporter_name_too_long",
                "reporter_nik_invalid",
                "reporter_phone_invalid",
                "reporter_email_invalid"
            ]
        );
    }

    #[test]
    fn privacy_flags() {
        let f = ReportForm {
            kind: Some(ReportKind::Whistleblowing),
            ..good()
        };
        assert_eq!(
            codes(&validate_report(&f, now())),
            ["whistleblowing_must_be_confidential"]
        );
        let f = ReportForm {
            kind: Some(ReportKind::Whistleblowing),
            confidential: true,
            ..good()
        };
        assert!(validate_report(&f, now()).issues.is_empty());
        let f = ReportForm {
            anonymous: true,
            reporter_phone: None,
            ..good()
        };
        let v = validate_report(&f, now());
        assert!(v.is_valid());
        assert_eq!(codes(&v), ["anonymous_without_contact"]);
    }

    #[test]
    fn personal_data_warnings() {
        let body = "Nama saya Budi Santoso, NIK 3273056010900009, HP 0812 3456 7890.";
        let f = ReportForm {
            body: body.into(),
            ..good()
        };
        let v = validate_report(&f, now());
        assert!(v.is_valid());
        let kinds: Vec<_> = v.warnings().filter_map(|i| i.pii_kind).collect();
        assert_eq!(kinds, [PiiKind::Nik, PiiKind::Phone, PiiKind::Person]);
        assert!(v
            .warnings()
            .all(|i| i.code == "pii_in_text" && i.field == "body"));
        let f = ReportForm {
            body: body.into(),
            anonymous: true,
            ..good()
        };
        let v = validate_report(&f, now());
        let nik = v
            .warnings()
            .find(|i| i.pii_kind == Some(PiiKind::Nik))
            .unwrap();
        assert_eq!(nik.code, "pii_in_text_anonymous");
        assert_eq!(
            nik.message(Lang::Id),
            "Teks laporan Anda memuat NIK; NIK akan disembunyikan dari instansi."
        );
        assert_eq!(
            nik.message(Lang::En),
            "Your report's text contains personal data (national identity number (NIK)); it will \
             be hidden from the agency."
        );
    }

    #[test]
    fn html_form_values() {
        let f = ReportForm::from_json(
            r#"{"latitude": "0,13", "longitude": "117.49", "anonim": "on", "rahasia": "",
                "kind": "pengaduan"}"#,
        )
        .unwrap();
        assert_eq!((f.latitude, f.longitude), (Some(0.13), Some(117.49)));
        assert!(f.anonymous && !f.confidential);
        assert_eq!(f.kind, Some(ReportKind::Complaint));
        let e = ReportForm::from_json(r#"{"latitude": "utara"}"#).unwrap_err();
        assert!(e.to_json().contains("latitude"), "{}", e.to_json());
        // Points as people type them; words a float parser would take are not numbers here.
        for (text, value) in [(" -.5 ", -0.5), (".25", 0.25), ("3.", 3.0), ("1e1", 10.0)] {
            let f = ReportForm::from_json(&format!(r#"{{"latitude": "{text}"}}"#)).unwrap();
            assert_eq!(f.latitude, Some(value), "{text}");
        }
        for text in ["NaN", "inf", "+1", "0x10", "1.2.3"] {
            let json = format!(r#"{{"latitude": "{text}"}}"#);
            assert!(ReportForm::from_json(&json).is_err(), "{text}");
        }
        assert!(ReportForm::from_json(r#"{"anonim": "mungkin"}"#).is_err());
        // The location text is checked for personal data too.
        let f = ReportForm {
            location_text: Some("Rumah saya Jl. Melati No. 5 RT 03/RW 02".into()),
            ..good()
        };
        let v = validate_report(&f, now());
        assert!(v
            .warnings()
            .any(|i| i.field == "location_text" && i.pii_kind == Some(PiiKind::Address)));
    }

    #[test]
    fn json_forms_and_results() {
        let f =
            ReportForm::from_json(r#"{"title": "Jalan rusak parah", "rahasia": true}"#).unwrap();
        assert!(f.confidential);
        assert_eq!(ReportForm::from_json(&f.to_json()).unwrap(), f);
        let e = ReportForm::from_json(r#"{"titel": "x"}"#).unwrap_err();
        assert_eq!(e.code(), "json");
        let v = validate_report(&f, now());
        let json: serde_json::Value = serde_json::from_str(&v.to_json()).unwrap();
        assert_eq!(json["valid"], false);
        assert_eq!(json["issues"][0]["code"], "body_required");
        let rules = FormRules::from_json(r#"{"title_min_chars": 3}"#).unwrap();
        assert_eq!(rules.title_max_chars, 150);
    }
}
