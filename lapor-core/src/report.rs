//! The citizen's report: what was filed, where, through which channel, by whom, and how private.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::agency::AgencyId;
use crate::category::CategoryId;
use crate::error::{from_json, to_json, Error, Result};
use crate::lang::Lang;
use crate::region::RegionCode;

/// The kind of a report (Perpres 76/2013; PermenPANRB 62/2018).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportKind {
    /// Pengaduan: a complaint about a public service.
    #[serde(alias = "pengaduan")]
    Complaint,
    /// Aspirasi: a suggestion or wish.
    #[serde(alias = "aspirasi")]
    Aspiration,
    /// Permintaan informasi: a request for public information (UU 14/2008).
    #[serde(alias = "permintaan_informasi")]
    InformationRequest,
    /// Whistle-blowing (WBS): classified by admins; always confidential.
    Whistleblowing,
}

impl ReportKind {
    /// All kinds.
    pub const ALL: [ReportKind; 4] = [
        ReportKind::Complaint,
        ReportKind::Aspiration,
        ReportKind::InformationRequest,
        ReportKind::Whistleblowing,
    ];

    /// The stable tag (`"complaint"`, …), as in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            ReportKind::Complaint => "complaint",
            ReportKind::Aspiration => "aspiration",
            ReportKind::InformationRequest => "information_request",
            ReportKind::Whistleblowing => "whistleblowing",
        }
    }

    /// The name shown to users.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            ReportKind::Complaint => lang.pick("Pengaduan", "Complaint"),
            ReportKind::Aspiration => lang.pick("Aspirasi", "Aspiration"),
            ReportKind::InformationRequest => {
                lang.pick("Permintaan Informasi", "Information request")
            }
            ReportKind::Whistleblowing => lang.pick("Whistle-blowing", "Whistle-blowing"),
        }
    }
}

impl FromStr for ReportKind {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        ReportKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| Error::UnknownName {
                what: "report kind",
                value: s.to_string(),
            })
    }
}

/// The tracking id the host system issues, shown as `#1916449`.
///
/// ```
/// let id: lapor_core::TrackingId = "#1916449".parse()?;
/// assert_eq!(id.0, 1916449);
/// assert_eq!(id.to_string(), "#1916449");
/// # Ok::<(), lapor_core::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TrackingId(pub u64);

impl fmt::Display for TrackingId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

impl FromStr for TrackingId {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        let digits = s.trim().trim_start_matches('#');
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Error::UnknownName {
                what: "tracking id",
                value: s.to_string(),
            });
        }
        digits
            .parse()
            .map(TrackingId)
            .map_err(|_| Error::UnknownName {
                what: "tracking id",
                value: s.to_string(),
            })
    }
}

/// The channel a report came in through.
///
/// In JSON a channel without data is a string (`"web"`, `"sms1708"`), one with data an object
/// (`{"integrated_app": {"name": "SP4N Kota Bontang"}}`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Channel {
    /// The lapor.go.id web site.
    Web,
    /// The Android app.
    Android,
    /// The iOS app.
    Ios,
    /// SMS to 1708.
    Sms1708,
    /// X/Twitter, @LAPOR1708.
    Twitter,
    /// An agency application integrated with SP4N-LAPOR!.
    IntegratedApp {
        /// The application's name.
        name: String,
    },
    /// In person at a service counter.
    WalkIn,
    /// Entered by an admin from another medium (WhatsApp, Instagram, letters).
    ManualEntry {
        /// Where it came from, if recorded.
        #[serde(default)]
        source: Option<String>,
    },
}

impl Channel {
    /// The stable tag of the channel (`"web"`, `"integrated_app"`, …), for grouping.
    pub fn as_str(&self) -> &'static str {
        match self {
            Channel::Web => "web",
            Channel::Android => "android",
            Channel::Ios => "ios",
            Channel::Sms1708 => "sms1708",
            Channel::Twitter => "twitter",
            Channel::IntegratedApp { .. } => "integrated_app",
            Channel::WalkIn => "walk_in",
            Channel::ManualEntry { .. } => "manual_entry",
        }
    }
}

/// Geographic coordinates (WGS 84), checked to be in range when read.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawCoordinates")]
pub struct Coordinates {
    /// Latitude, −90 to 90.
    pub lat: f64,
    /// Longitude, −180 to 180.
    pub lon: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCoordinates {
    lat: f64,
    lon: f64,
}

impl TryFrom<RawCoordinates> for Coordinates {
    type Error = String;

    fn try_from(raw: RawCoordinates) -> std::result::Result<Self, String> {
        Coordinates::new(raw.lat, raw.lon).ok_or_else(|| {
            format!(
                "coordinates ({}, {}) out of range (lat −90..90, lon −180..180)",
                raw.lat, raw.lon
            )
        })
    }
}

impl Coordinates {
    /// Coordinates, if both are finite and in range.
    pub fn new(lat: f64, lon: f64) -> Option<Self> {
        ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon))
            .then_some(Coordinates { lat, lon })
    }
}

/// Where the reported problem is: free text, and optionally a region code and coordinates.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Location {
    /// Free text ("depan SDN 003 Bontang Utara").
    #[serde(default)]
    pub text: Option<String>,
    /// The Kemendagri region, at any level.
    #[serde(default)]
    pub region: Option<RegionCode>,
    /// Coordinates, if the app captured them.
    #[serde(default)]
    pub coordinates: Option<Coordinates>,
}

/// An attachment's metadata (the library never holds file contents).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attachment {
    /// File name as uploaded.
    pub name: String,
    /// Media type (`image/jpeg`, `application/pdf`, …).
    pub media_type: String,
    /// Size in bytes.
    pub size_bytes: u64,
}

/// Limits on a report's attachments: a configurable rule, by default LAPOR!'s 2 MB in total.
///
/// ```
/// use lapor_core::{Attachment, AttachmentRules};
/// let photo = Attachment { name: "jalan.jpg".into(), media_type: "image/jpeg".into(), size_bytes: 1_500_000 };
/// let rules = AttachmentRules::default();
/// assert!(rules.check(&[photo.clone()]).is_ok());
/// assert_eq!(rules.check(&[photo.clone(), photo]).unwrap_err().code(), "attachments_too_large");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttachmentRules {
    /// Largest total size in bytes (default 2 MiB = 2,097,152 bytes).
    #[serde(default = "AttachmentRules::default_max_total")]
    pub max_total_bytes: u64,
    /// Largest number of attachments (`None`: no limit).
    #[serde(default)]
    pub max_count: Option<usize>,
}

impl AttachmentRules {
    fn default_max_total() -> u64 {
        2 * 1024 * 1024
    }

    /// Checks a list of attachments against the limits.
    pub fn check(&self, attachments: &[Attachment]) -> Result<()> {
        if let Some(limit) = self.max_count {
            if attachments.len() > limit {
                return Err(Error::TooManyAttachments {
                    count: attachments.len(),
                    limit,
                });
            }
        }
        let total_bytes = attachments
            .iter()
            .fold(0u64, |acc, a| acc.saturating_add(a.size_bytes));
        if total_bytes > self.max_total_bytes {
            return Err(Error::AttachmentsTooLarge {
                total_bytes,
                limit_bytes: self.max_total_bytes,
            });
        }
        Ok(())
    }
}

impl Default for AttachmentRules {
    fn default() -> Self {
        AttachmentRules {
            max_total_bytes: Self::default_max_total(),
            max_count: None,
        }
    }
}

/// The two independent privacy flags of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Privacy {
    /// Anonim: the reporter's identity is hidden from the public and from the agency.
    #[serde(default, alias = "anonim")]
    pub anonymous: bool,
    /// Rahasia: the report's content is not visible to the public.
    #[serde(default, alias = "rahasia")]
    pub confidential: bool,
}

/// Who filed the report. Every field is optional: SMS and walk-in reports often lack some.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reporter {
    /// Full name.
    #[serde(default)]
    pub name: Option<String>,
    /// Nomor Induk Kependudukan (16 digits).
    #[serde(default)]
    pub nik: Option<String>,
    /// Phone number.
    #[serde(default)]
    pub phone: Option<String>,
    /// E-mail address.
    #[serde(default)]
    pub email: Option<String>,
    /// Family card (*kartu keluarga*) number, when the host knows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kk: Option<String>,
    /// Home address, when the host knows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
}

impl Reporter {
    /// Reads a reporter record from JSON (unknown fields are an error naming the field).
    ///
    /// ```
    /// let who = lapor_core::Reporter::from_json(r#"{"name": "Siti Rahmawati", "kk": "6474010101080002"}"#)?;
    /// assert_eq!(who.kk.as_deref(), Some("6474010101080002"));
    /// assert!(lapor_core::Reporter::from_json(r#"{"nama": "Siti"}"#).is_err());
    /// # Ok::<(), lapor_core::Error>(())
    /// ```
    pub fn from_json(json: &str) -> Result<Reporter> {
        crate::error::from_json("reporter", json)
    }
}

/// A citizen's report as filed (before any handling: see the case types for what follows).
///
/// ```
/// let report = lapor_core::Report::from_json(r#"{
///   "kind": "complaint",
///   "title": "Jalan berlubang di depan SDN 003",
///   "body": "Sudah tiga bulan jalan berlubang dan membahayakan anak sekolah.",
///   "incident_date": "2025-03-03",
///   "location": {"region": "64.74.01"},
///   "channel": "android",
///   "privacy": {"anonymous": true}
/// }"#)?;
/// assert!(report.privacy.anonymous && !report.is_confidential());
/// assert_eq!(report.location.region.unwrap().time_zone(), lapor_core::TimeZone::Wita);
/// # Ok::<(), lapor_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// Issued by the host system on receipt.
    #[serde(default)]
    pub tracking_id: Option<TrackingId>,
    /// Complaint, aspiration, information request or whistle-blowing.
    pub kind: ReportKind,
    /// Title (required).
    pub title: String,
    /// The chronology (required).
    pub body: String,
    /// When it happened.
    #[serde(deserialize_with = "crate::instant::date")]
    pub incident_date: NaiveDate,
    /// Where it happened.
    #[serde(default)]
    pub location: Location,
    /// A node of the category tree.
    #[serde(default)]
    pub category: Option<CategoryId>,
    /// Tags set by admins.
    #[serde(default)]
    pub tags: Vec<String>,
    /// The agency the reporter picked, if any ("no wrong door": else the admin routes it).
    #[serde(default)]
    pub target_agency: Option<AgencyId>,
    /// Attachment metadata.
    #[serde(default)]
    pub attachments: Vec<Attachment>,
    /// The channel it came in through.
    pub channel: Channel,
    /// Anonim and rahasia.
    #[serde(default)]
    pub privacy: Privacy,
    /// The reporter's identity (absent for reports filed without an account). Boxed: a report
    /// without one (most of a replayed log's, held by the million) keeps 8 bytes for it, not
    /// 144.
    #[serde(default)]
    pub reporter: Option<Box<Reporter>>,
    /// When the host system received it.
    #[serde(deserialize_with = "crate::instant::rfc3339_opt", default)]
    pub submitted_at: Option<DateTime<Utc>>,
}

impl Report {
    /// Reads a report from JSON; a malformed report is an [`Error::Json`] naming the field.
    pub fn from_json(json: &str) -> Result<Report> {
        from_json("report", json)
    }

    /// Writes the report as JSON.
    pub fn to_json(&self) -> String {
        to_json(self)
    }

    /// Whether the content must stay out of public view: the rahasia flag, or a whistle-blowing
    /// report (always confidential).
    pub fn is_confidential(&self) -> bool {
        self.privacy.confidential || self.kind == ReportKind::Whistleblowing
    }

    /// Whether the reporter's identity is hidden from the public and the agency.
    pub fn is_anonymous(&self) -> bool {
        self.privacy.anonymous
    }

    /// Sum of the attachment sizes in bytes.
    pub fn attachments_total_bytes(&self) -> u64 {
        self.attachments
            .iter()
            .fold(0u64, |acc, a| acc.saturating_add(a.size_bytes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const FULL: &str = r#"{
      "tracking_id": 1916449,
      "kind": "information_request",
      "title": "Data penerima bansos",
      "body": "Mohon informasi daftar penerima bansos di kelurahan kami.",
      "incident_date": "2025-02-10",
      "location": {"text": "Kel. Api-Api", "region": "6474011001",
                   "coordinates": {"lat": 0.1333, "lon": 117.5}},
      "category": "sosial.bansos",
      "tags": ["bansos"],
      "target_agency": "dinsos-bontang",
      "attachments": [{"name": "a.pdf", "media_type": "application/pdf", "size_bytes": 1000}],
      "channel": {"integrated_app": {"name": "SP4N Bontang"}},
      "privacy": {"anonim": true, "rahasia": true},
      "reporter": {"name": "Siti", "nik": "6474014506900001"},
      "submitted_at": "2025-02-10T09:15:00+08:00"
    }"#;

    #[test]
    fn reads_every_field() {
        let r = Report::from_json(FULL).unwrap();
        assert_eq!(r.tracking_id, Some(TrackingId(1916449)));
        assert_eq!(r.kind, ReportKind::InformationRequest);
        assert_eq!(r.location.region.unwrap().to_string(), "64.74.01.1001");
        assert_eq!(
            r.channel,
            Channel::IntegratedApp {
                name: "SP4N Bontang".into()
            }
        );
        assert!(r.privacy.anonymous && r.privacy.confidential);
        assert_eq!(
            r.submitted_at.unwrap().to_rfc3339(),
            "2025-02-10T01:15:00+00:00"
        );
        let back = Report::from_json(&r.to_json()).unwrap();
        assert_eq!(back, r);
        let json: serde_json::Value = serde_json::from_str(&r.to_json()).unwrap();
        assert_eq!(json["privacy"]["anonymous"], true);
        assert_eq!(json["kind"], "information_request");
    }

    #[test]
    fn whistleblowing_is_always_confidential() {
        let mut r = Report::from_json(FULL).unwrap();
        r.privacy.confidential = false;
        assert!(!r.is_confidential() || r.kind == ReportKind::Whistleblowing);
        r.kind = ReportKind::Whistleblowing;
        assert!(r.is_confidential());
    }

    fn json_error(json: &str) -> (String, String) {
        match Report::from_json(json).unwrap_err() {
            Error::Json { path, message, .. } => (path, message),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn malformed_json_names_the_field() {
        let (path, msg) = json_error(&FULL.replace("\"2025-02-10\"", "\"10/02/2025\""));
        assert_eq!(path, "incident_date");
        assert!(msg.contains("not a YYYY-MM-DD date"), "{msg}");
        let (path, _) = json_error(&FULL.replace("\"6474011001\"", "\"64.7a\""));
        assert_eq!(path, "location.region");
        let (path, _) = json_error(&FULL.replace("\"size_bytes\": 1000", "\"size_bytes\": -1"));
        assert_eq!(path, "attachments[0].size_bytes");
        let (path, _) = json_error(&FULL.replace("\"lat\": 0.1333", "\"lat\": 95"));
        assert_eq!(path, "location.coordinates");
        let (path, msg) = json_error(r#"{"kind": "complaint"}"#);
        assert_eq!(path, ".");
        assert!(msg.contains("missing field `title`"), "{msg}");
        let (path, _) = json_error(&FULL.replace("\"information_request\"", "\"gripe\""));
        assert_eq!(path, "kind");
        let (_, msg) = json_error("{\"kind\": ");
        assert!(msg.contains("EOF"), "{msg}");
        let (_, msg) = json_error(&format!("{FULL} trailing"));
        assert!(msg.contains("trailing"), "{msg}");
    }

    #[test]
    fn tracking_ids() {
        assert_eq!(
            "1916449".parse::<TrackingId>().unwrap(),
            TrackingId(1916449)
        );
        assert!("#".parse::<TrackingId>().is_err());
        assert!("#12a".parse::<TrackingId>().is_err());
        assert!("99999999999999999999999".parse::<TrackingId>().is_err());
    }

    #[test]
    fn attachment_rules() {
        let a = |size| Attachment {
            name: "x".into(),
            media_type: "image/png".into(),
            size_bytes: size,
        };
        let rules = AttachmentRules::default();
        assert!(rules.check(&[a(2 * 1024 * 1024)]).is_ok());
        assert_eq!(
            rules.check(&[a(2 * 1024 * 1024), a(1)]).unwrap_err(),
            Error::AttachmentsTooLarge {
                total_bytes: 2 * 1024 * 1024 + 1,
                limit_bytes: 2 * 1024 * 1024
            }
        );
        let strict = AttachmentRules {
            max_count: Some(1),
            ..AttachmentRules::default()
        };
        assert_eq!(
            strict.check(&[a(1), a(1)]).unwrap_err().code(),
            "too_many_attachments"
        );
        assert!(rules.check(&[a(u64::MAX), a(u64::MAX)]).is_err());
        let loaded: AttachmentRules = serde_json::from_str(r#"{"max_count": 3}"#).unwrap();
        assert_eq!(loaded.max_total_bytes, 2 * 1024 * 1024);
    }

    fn any_channel() -> impl Strategy<Value = Channel> {
        prop_oneof![
            Just(Channel::Web),
            Just(Channel::Android),
            Just(Channel::Ios),
            Just(Channel::Sms1708),
            Just(Channel::Twitter),
            Just(Channel::WalkIn),
            "\\PC{0,12}".prop_map(|name| Channel::IntegratedApp { name }),
            proptest::option::of("\\PC{0,12}").prop_map(|source| Channel::ManualEntry { source }),
        ]
    }

    prop_compose! {
        fn any_report()(
            kind in proptest::sample::select(&ReportKind::ALL[..]),
            title in "\\PC{0,40}",
            body in "\\PC{0,200}",
            days in 0i64..4000,
            channel in any_channel(),
            anonymous in any::<bool>(),
            confidential in any::<bool>(),
            tracking in proptest::option::of(any::<u64>()),
            size in any::<u64>(),
            lat in -90.0f64..90.0,
            name in proptest::option::of("\\PC{0,20}"),
        ) -> Report {
            Report {
                tracking_id: tracking.map(TrackingId),
                kind,
                title,
                body,
                incident_date: NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + chrono::Days::new(days as u64),
                location: Location { text: None, region: RegionCode::parse("6474").ok(), coordinates: Coordinates::new(lat, 117.0) },
                category: None,
                tags: vec![],
                target_agency: None,
                attachments: vec![Attachment { name: "f".into(), media_type: "image/png".into(), size_bytes: size }],
                channel,
                privacy: Privacy { anonymous, confidential },
                reporter: Some(Box::new(Reporter { name, ..Reporter::default() })),
                submitted_at: None,
            }
        }
    }

    proptest! {
        #[test]
        fn json_round_trip(r in any_report()) {
            prop_assert_eq!(Report::from_json(&r.to_json()).unwrap(), r);
        }
    }
}

#[cfg(test)]
mod strict_input_tests {
    use super::*;

    /// Issue: a misspelled flag (`"anonymus": true`) was ignored and the report treated as
    /// identified. Every part of a report rejects unknown fields, naming the field's path.
    #[test]
    fn unknown_fields_are_errors_naming_the_path() {
        let base = r#""kind": "complaint", "title": "t", "body": "b", "incident_date": "2025-03-01", "channel": "web""#;
        for (extra, path) in [
            (r#""privacy": {"anonymus": true}"#, "privacy.anonymus"),
            (r#""reporter": {"nama": "Siti"}"#, "reporter.nama"),
            (r#""location": {"txt": "x"}"#, "location.txt"),
            (
                r#""attachments": [{"name": "a.jpg", "media_type": "image/jpeg", "size_bytes": 1, "x": 1}]"#,
                "attachments[0].x",
            ),
            (r#""anonim": true"#, "anonim"),
        ] {
            let json = format!("{{{base}, {extra}}}");
            match Report::from_json(&json).unwrap_err() {
                crate::Error::Json {
                    path: p, message, ..
                } => {
                    assert_eq!(p, path, "{extra}");
                    assert!(message.contains("unknown field"), "{message}");
                }
                other => panic!("{other:?}"),
            }
        }
        let ok = format!(r#"{{{base}, "privacy": {{"anonim": true}}}}"#);
        assert!(Report::from_json(&ok).unwrap().privacy.anonymous);
    }
}
