//! What each viewer may see of a case: the visibility matrix of `docs/privacy.md` as types.
//!
//! | viewer \ flags | none | anonim | rahasia | anonim + rahasia |
//! |---|---|---|---|---|
//! | public ([`PublicView`]) | content and reporter name | content, identity redacted | existence only | existence only |
//! | handling agency ([`AgencyView`]) | all | content, identity redacted, no reporter | all | content, identity redacted, no reporter |
//! | national admin ([`AdminView`]) | all | all | all | all |
//! | the reporter ([`ReporterView`]) | all | all | all | all |
//!
//! A view holds only what its viewer may see, so serialising it can never emit more: an
//! [`AgencyView::Anonymous`] has no reporter field at all, and is built field by field from what
//! the agency may see; every free text in it (title, body, location text, attachment names, the
//! channel's source, tags, category, the reporter's replies, other agencies' follow-ups) has
//! passed through the [`Redactor`], which is also told the reporter's [`Identity`] (found
//! however it is written, and always replaced with a label). Public content is always redacted,
//! whatever the flags: other people's NIKs and phone numbers never reach the public.
//! Attachments (photos of identity cards are common) are never public. A case never verified
//! shows the public its existence only; a case ever deleted shows the public and the agency its
//! existence only ([`PublicContent::Deleted`], [`AgencyView::Deleted`]). The full rules are in
//! `docs/privacy.md`.
//!
//! Views are built only from a [`Case`], by [`Case::view`] or the four functions it dispatches
//! to; the safe view is the easy one. Who is who is the host's business (the core has no users):
//! a deployment that trusts some agency admins as much as the national admin ("admin instansi
//! where configured" in the matrix) gives them [`Viewer::NationalAdmin`].
//!
//! ```
//! use chrono::{TimeZone as _, Utc};
//! use lapor_core::{Actor, AgencyDirectory, AgencyView, Case, Context, PublicContent, Redactor,
//!                  Report, SlaPolicy, TrackingId, WorkingCalendar};
//! let dir = AgencyDirectory::from_json(r#"[{"id": "kemenpanrb", "name": "KemenPANRB", "level": "national"}]"#)?;
//! let (cal, policy) = (WorkingCalendar::indonesia(), SlaPolicy::permenpanrb_62_2018());
//! let ctx = Context::new(&dir, &cal, &policy);
//! let report = Report::from_json(r#"{"kind": "complaint", "title": "Pungli di kelurahan",
//!   "body": "Saya Budi Santoso, NIK 3273056010900009, dimintai Rp 50.000.",
//!   "incident_date": "2025-03-01", "channel": "web", "privacy": {"anonim": true},
//!   "reporter": {"name": "Budi Santoso", "phone": "081234567890"}}"#)?;
//! let t = Utc.with_ymd_and_hms(2025, 3, 3, 2, 0, 0).unwrap();
//! let case = Case::submit(&ctx, &Actor::reporter(), TrackingId(7), report, t)?;
//! let redactor = Redactor::default();
//! let AgencyView::Anonymous(seen) = case.agency_view(&redactor) else { unreachable!() };
//! assert_eq!(seen.body, "Saya [PERSON], NIK [NIK], dimintai Rp 50.000.");
//! // Nothing but existence is public before an admin has verified it (and could set flags).
//! let public = case.public_view(&redactor);
//! assert!(matches!(public.content, PublicContent::NotVerified));
//! assert!(!public.to_json().contains("Budi"));
//! # Ok::<(), lapor_core::Error>(())
//! ```

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::agency::AgencyId;
use crate::case::{Case, Holder, Holding, Note, Status};
use crate::category::CategoryId;
use crate::lang::Lang;
use crate::pii::{Identity, RedactStyle, Redactor};
use crate::region::RegionCode;
use crate::report::{Attachment, Channel, Report, ReportKind, TrackingId};

/// Who looks at a case (the rows of the visibility matrix).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Viewer {
    /// Anyone: the public LAPOR! site, open-data exports.
    Public,
    /// The handling agency (admin instansi, pejabat penghubung).
    Agency,
    /// The national admin (and agency admins a deployment trusts as much).
    NationalAdmin,
    /// The reporter.
    Reporter,
}

impl Viewer {
    /// Every viewer, in the matrix's row order.
    pub const ALL: [Viewer; 4] = [
        Viewer::Public,
        Viewer::Agency,
        Viewer::NationalAdmin,
        Viewer::Reporter,
    ];

    /// The snake_case name, as in JSON (`"national_admin"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Viewer::Public => "public",
            Viewer::Agency => "agency",
            Viewer::NationalAdmin => "national_admin",
            Viewer::Reporter => "reporter",
        }
    }
}

impl std::str::FromStr for Viewer {
    type Err = crate::Error;

    /// Reads a viewer from its snake_case name.
    ///
    /// ```
    /// assert_eq!("agency".parse::<lapor_core::Viewer>()?, lapor_core::Viewer::Agency);
    /// assert_eq!("admin".parse::<lapor_core::Viewer>().unwrap_err().code(), "unknown_name");
    /// # Ok::<(), lapor_core::Error>(())
    /// ```
    fn from_str(s: &str) -> crate::Result<Viewer> {
        Viewer::ALL
            .into_iter()
            .find(|v| v.as_str() == s)
            .ok_or_else(|| crate::Error::UnknownName {
                what: "viewer",
                value: s.to_string(),
            })
    }
}

/// A view of a case for one [`Viewer`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "viewer", rename_all = "snake_case")]
pub enum View {
    /// See [`PublicView`].
    Public(PublicView),
    /// See [`AgencyView`].
    Agency(AgencyView),
    /// See [`AdminView`].
    NationalAdmin(AdminView),
    /// See [`ReporterView`].
    Reporter(ReporterView),
}

impl View {
    /// The view as JSON, tagged by `"viewer"`.
    pub fn to_json(&self) -> String {
        crate::error::to_json(self)
    }
}

/// A note (follow-up or reply) as a view shows it: when, who (the role only), the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NoteView {
    /// When it was written.
    pub at: DateTime<Utc>,
    /// The role of its author (`reporter`, `agency_admin`…).
    pub role: &'static str,
    /// The agency its author acted for, if any.
    pub agency: Option<AgencyId>,
    /// The text (redacted where the view requires).
    pub text: String,
}

/// The reporter's rating as a view shows it: the score, and the comment (reporter text,
/// redacted where the view requires).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RatingView {
    /// When it was given.
    pub at: DateTime<Utc>,
    /// 1 to 5.
    pub score: u8,
    /// The comment, if any.
    pub comment: Option<String>,
}

/// One branch of a case routed to several agencies, as every view shows it: the agency it was
/// sent to, who holds it now, and its status (the case's public status is the least advanced
/// active branch's).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BranchView {
    /// The agency the branch was sent to.
    pub agency: AgencyId,
    /// Who holds it now (a unit below the agency, or the agency).
    pub holder: Holder,
    /// Its status: `disposed`, `in_progress`, `resolved`; `submitted` after its agency
    /// declined, `archived` after a reroute replaced it.
    pub status: Status,
}

fn branches(case: &Case) -> Vec<BranchView> {
    case.branches()
        .iter()
        .filter_map(|b| {
            Some(BranchView {
                agency: b.branch_root()?.clone(),
                holder: b.holder().clone(),
                status: b.status(),
            })
        })
        .collect()
}

fn rating(case: &Case, redactor: Option<&Redactor>) -> Option<RatingView> {
    case.rating().map(|r| RatingView {
        at: r.at,
        score: r.score,
        comment: r.comment.as_deref().map(|c| match redactor {
            Some(red) => red.redact(c).text,
            None => c.to_string(),
        }),
    })
}

/// What the public sees: the tracking id, the status with its LAPOR! label, the agency that
/// holds the case, and the content unless the case is confidential.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublicView {
    /// The tracking id.
    pub tracking_id: TrackingId,
    /// The status.
    pub status: Status,
    /// The public label of the status (Bahasa Indonesia, as on the LAPOR! site).
    pub status_label: &'static str,
    /// The agency holding the case (`None` while with the national admin).
    pub agency: Option<AgencyId>,
    /// The original case, if this one was archived as its duplicate: its tracking id only,
    /// nothing else of it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<TrackingId>,
    /// For a case routed to several agencies: each branch.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub branches: Vec<BranchView>,
    /// What of the content is public.
    pub content: PublicContent,
}

impl PublicView {
    /// The view as JSON.
    pub fn to_json(&self) -> String {
        crate::error::to_json(self)
    }
}

/// The public part of a case's content, by privacy flags. JSON is tagged by `"visibility"`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "visibility", rename_all = "snake_case")]
pub enum PublicContent {
    /// No flags: the content (redacted) and the reporter's name.
    Named {
        /// The content.
        #[serde(flatten)]
        content: PublicText,
        /// The reporter's name, if the report has one.
        reporter_name: Option<String>,
    },
    /// *Anonim*: the content (redacted), no reporter.
    Anonymous(PublicText),
    /// *Rahasia* (with or without *anonim*): nothing beyond the tracking id, status and agency.
    Confidential,
    /// Never verified (still waiting, postponed, or withdrawn or archived before any
    /// disposition): the admin never checked it nor set its privacy flags, so nothing beyond the
    /// tracking id, status and agency is public, whatever its status now.
    NotVerified,
    /// Deleted (spam or unintelligible), now or at any earlier point of its history: never public
    /// beyond the tracking id and status.
    Deleted,
}

/// Public content: every free text passed through the redactor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublicText {
    /// The kind of report.
    pub kind: ReportKind,
    /// The title, redacted.
    pub title: String,
    /// The body, redacted.
    pub body: String,
    /// The incident date.
    pub incident_date: NaiveDate,
    /// The location text, redacted.
    pub location_text: Option<String>,
    /// The region code.
    pub region: Option<RegionCode>,
    /// The category.
    pub category: Option<CategoryId>,
    /// When it was submitted.
    pub submitted_at: DateTime<Utc>,
    /// The agencies' follow-ups, redacted.
    pub follow_ups: Vec<NoteView>,
    /// The reporter's replies, redacted.
    pub replies: Vec<NoteView>,
    /// The reporter's answers to postponements, redacted.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub details: Vec<NoteView>,
    /// The reporter's rating, the comment redacted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rating: Option<RatingView>,
}

/// What the handling agency sees: everything, unless the reporter chose *anonim*.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "identity", rename_all = "snake_case")]
// A view is built once per request and serialised; boxing the larger variant would only make
// matching on it clumsier.
#[allow(clippy::large_enum_variant)]
pub enum AgencyView {
    /// Not anonymous: the whole report, reporter included.
    Identified(FullCase),
    /// *Anonim*: no reporter, and the free texts redacted.
    Anonymous(AnonymousCase),
    /// Deleted as spam or unintelligible, now or at any earlier point (possibly after an
    /// agency declined it back to the national admin): only the national admin sees more.
    Deleted {
        /// The tracking id.
        tracking_id: TrackingId,
        /// The status.
        status: Status,
    },
}

impl AgencyView {
    /// The view as JSON, tagged by `"identity"`.
    pub fn to_json(&self) -> String {
        crate::error::to_json(self)
    }
}

/// An anonymous case as the agency sees it. There is no reporter field.
// Its text fields repeat `PublicText`'s on purpose: each view is its own type, built field by
// field, so that a field added to one view (a reporter, an internal note) can never reach
// another view through a shared struct.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnonymousCase {
    /// The tracking id.
    pub tracking_id: TrackingId,
    /// The status.
    pub status: Status,
    /// Who holds the case.
    pub holder: Holder,
    /// The disposition chain.
    pub chain: Vec<Holding>,
    /// The kind of report.
    pub kind: ReportKind,
    /// The title, redacted.
    pub title: String,
    /// The body, redacted.
    pub body: String,
    /// The incident date.
    pub incident_date: NaiveDate,
    /// The location text, redacted.
    pub location_text: Option<String>,
    /// The region code.
    pub region: Option<RegionCode>,
    /// The category.
    pub category: Option<CategoryId>,
    /// Admin tags.
    pub tags: Vec<String>,
    /// The channel it came through.
    pub channel: Channel,
    /// Whether it is also confidential.
    pub confidential: bool,
    /// Attachments, their names redacted.
    pub attachments: Vec<Attachment>,
    /// When it was submitted.
    pub submitted_at: DateTime<Utc>,
    /// Follow-ups: the agencies' own texts, with only the reporter's identity redacted.
    pub follow_ups: Vec<NoteView>,
    /// The reporter's replies, redacted.
    pub replies: Vec<NoteView>,
    /// The reporter's answers to postponements, redacted.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub details: Vec<NoteView>,
    /// The original case, if archived as its duplicate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<TrackingId>,
    /// For a case routed to several agencies: each branch.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub branches: Vec<BranchView>,
    /// The reporter's rating, the comment redacted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rating: Option<RatingView>,
}

/// A case with nothing hidden: the report (reporter included), the chain, every note.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FullCase {
    /// The tracking id.
    pub tracking_id: TrackingId,
    /// The status.
    pub status: Status,
    /// Who holds the case.
    pub holder: Holder,
    /// The disposition chain.
    pub chain: Vec<Holding>,
    /// The report as filed, with the admin's edits.
    pub report: Report,
    /// When it was submitted.
    pub submitted_at: DateTime<Utc>,
    /// Follow-ups.
    pub follow_ups: Vec<NoteView>,
    /// Replies.
    pub replies: Vec<NoteView>,
    /// The reporter's answers to postponements.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub details: Vec<NoteView>,
    /// The original case, if archived as its duplicate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<TrackingId>,
    /// For a case routed to several agencies: each branch.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub branches: Vec<BranchView>,
    /// The reporter's rating.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rating: Option<RatingView>,
}

/// What the national admin sees: everything.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AdminView(pub FullCase);

/// What the reporter sees of their own report: everything, with the status's public label.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReporterView {
    /// The case.
    #[serde(flatten)]
    pub case: FullCase,
    /// The public label of the status.
    pub status_label: &'static str,
}

/// How the notes of a view are shown.
#[derive(Clone, Copy)]
enum Notes<'r> {
    /// As written.
    AsWritten,
    /// Every personal datum redacted.
    Redacted(&'r Redactor),
    /// The follow-ups of an anonymous case as its holder sees them: its own with only the
    /// reporter's identity redacted (an earlier holder may have named the reporter), other
    /// agencies' with every personal datum redacted.
    ForHolder(&'r Redactor, Option<&'r AgencyId>),
}

fn notes(list: &[Note], how: Notes<'_>) -> Vec<NoteView> {
    list.iter()
        .map(|n| NoteView {
            at: n.at,
            role: n.by.role.as_str(),
            agency: n.by.agency.clone(),
            text: match how {
                Notes::AsWritten => n.text.clone(),
                Notes::Redacted(r) => r.redact(&n.text).text,
                Notes::ForHolder(r, holder)
                    if n.by.agency.is_some() && n.by.agency.as_ref() == holder =>
                {
                    identity_only(r, &n.text)
                }
                Notes::ForHolder(r, _) => r.redact(&n.text).text,
            },
        })
        .collect()
}

/// Redacts in `text` only the values that are (or hold) the redactor's identity, with labels.
fn identity_only(r: &Redactor, text: &str) -> String {
    r.rewrite(text, &r.detect(text), |kind, value| {
        r.is_identity(value)
            .then(|| RedactStyle::Label.replacement(kind, value))
    })
}

/// The redactor told the reporter's own identity ([`Identity`]), so that it is found wherever
/// and however it is written, and always replaced with a label.
fn with_identity(redactor: &Redactor, report: &Report) -> Redactor {
    // The identity's kinds are always detected in a view, whatever the caller's redactor has
    // switched off (also when the report names no reporter).
    let r = Identity::KINDS
        .iter()
        .fold(redactor.clone(), |r, &kind| r.enable(kind));
    match &report.reporter {
        Some(who) => r.with_identity(Identity::of(who)),
        None => r,
    }
}

/// A free text through the redactor.
fn redacted(r: &Redactor, text: &str) -> String {
    r.redact(text).text
}

/// The channel with its free text (an integrated app's name, a manual entry's source)
/// redacted.
fn channel(r: &Redactor, channel: &Channel) -> Channel {
    match channel {
        Channel::IntegratedApp { name } => Channel::IntegratedApp {
            name: redacted(r, name),
        },
        Channel::ManualEntry { source } => Channel::ManualEntry {
            source: source.as_deref().map(|s| redacted(r, s)),
        },
        other => other.clone(),
    }
}

/// A category id through the redactor (ids are free text in the host's directory).
fn category(r: &Redactor, category: &Option<CategoryId>) -> Option<CategoryId> {
    category
        .as_ref()
        .map(|c| CategoryId::from(redacted(r, c.as_str()).as_str()))
}

impl Case {
    /// The view of this case for `viewer`.
    pub fn view(&self, viewer: Viewer, redactor: &Redactor) -> View {
        match viewer {
            Viewer::Public => View::Public(self.public_view(redactor)),
            Viewer::Agency => View::Agency(self.agency_view(redactor)),
            Viewer::NationalAdmin => View::NationalAdmin(self.admin_view()),
            Viewer::Reporter => View::Reporter(self.reporter_view()),
        }
    }

    /// What the public sees (see the module documentation).
    pub fn public_view(&self, redactor: &Redactor) -> PublicView {
        let report = self.report();
        // Public visibility depends on the case's history, not on its status now: a case that
        // was ever deleted stays existence-only, and one that nobody verified (withdrawn or
        // archived before any disposition, or still waiting) never shows its content.
        let content = if self.ever_deleted() {
            PublicContent::Deleted
        } else if report.is_confidential() {
            PublicContent::Confidential
        } else if self.disposed_at().is_none() {
            PublicContent::NotVerified
        } else {
            let r = with_identity(redactor, report);
            let text = PublicText {
                kind: report.kind,
                title: redacted(&r, &report.title),
                body: redacted(&r, &report.body),
                incident_date: report.incident_date,
                location_text: report.location.text.as_deref().map(|t| redacted(&r, t)),
                region: report.location.region,
                category: category(&r, &report.category),
                submitted_at: self.submitted_at(),
                follow_ups: notes(self.follow_ups(), Notes::Redacted(&r)),
                replies: notes(self.replies(), Notes::Redacted(&r)),
                details: notes(self.details(), Notes::Redacted(&r)),
                rating: rating(self, Some(&r)),
            };
            if report.is_anonymous() {
                PublicContent::Anonymous(text)
            } else {
                PublicContent::Named {
                    content: text,
                    reporter_name: report.reporter.as_ref().and_then(|p| p.name.clone()),
                }
            }
        };
        PublicView {
            tracking_id: self.id(),
            status: self.status(),
            status_label: self.status().public_label(Lang::Id),
            agency: self.holder().agency().cloned(),
            duplicate_of: self.duplicate_of(),
            branches: branches(self),
            content,
        }
    }

    /// Whether the case was deleted, now or at any point of its history.
    fn ever_deleted(&self) -> bool {
        self.status() == Status::Deleted
            || self
                .events()
                .iter()
                .any(|e| matches!(e.kind, crate::case::EventKind::Deleted { .. }))
    }

    /// What the handling agency sees (see the module documentation).
    pub fn agency_view(&self, redactor: &Redactor) -> AgencyView {
        if self.ever_deleted() {
            return AgencyView::Deleted {
                tracking_id: self.id(),
                status: self.status(),
            };
        }
        let report = self.report();
        if !report.is_anonymous() {
            return AgencyView::Identified(self.full());
        }
        // Built field by field from what the agency may see (an allow-list): every free text
        // goes through the redactor told the reporter's identity.
        let r = with_identity(redactor, report);
        AgencyView::Anonymous(AnonymousCase {
            tracking_id: self.id(),
            status: self.status(),
            holder: self.holder().clone(),
            chain: self.chain().to_vec(),
            kind: report.kind,
            title: redacted(&r, &report.title),
            body: redacted(&r, &report.body),
            incident_date: report.incident_date,
            location_text: report.location.text.as_deref().map(|t| redacted(&r, t)),
            region: report.location.region,
            category: category(&r, &report.category),
            tags: report.tags.iter().map(|t| redacted(&r, t)).collect(),
            channel: channel(&r, &report.channel),
            confidential: report.is_confidential(),
            attachments: report
                .attachments
                .iter()
                .map(|a| Attachment {
                    name: redacted(&r, &a.name),
                    media_type: a.media_type.clone(),
                    size_bytes: a.size_bytes,
                })
                .collect(),
            submitted_at: self.submitted_at(),
            follow_ups: notes(
                self.follow_ups(),
                Notes::ForHolder(&r, self.holder().agency()),
            ),
            replies: notes(self.replies(), Notes::Redacted(&r)),
            details: notes(self.details(), Notes::Redacted(&r)),
            duplicate_of: self.duplicate_of(),
            branches: branches(self),
            rating: rating(self, Some(&r)),
        })
    }

    /// What the national admin sees: everything.
    pub fn admin_view(&self) -> AdminView {
        AdminView(self.full())
    }

    /// What the reporter sees: everything about their own report.
    pub fn reporter_view(&self) -> ReporterView {
        ReporterView {
            case: self.full(),
            status_label: self.status().public_label(Lang::Id),
        }
    }

    fn full(&self) -> FullCase {
        FullCase {
            tracking_id: self.id(),
            status: self.status(),
            holder: self.holder().clone(),
            chain: self.chain().to_vec(),
            report: self.report().clone(),
            submitted_at: self.submitted_at(),
            follow_ups: notes(self.follow_ups(), Notes::AsWritten),
            replies: notes(self.replies(), Notes::AsWritten),
            details: notes(self.details(), Notes::AsWritten),
            duplicate_of: self.duplicate_of(),
            branches: branches(self),
            rating: rating(self, None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::{Actor, Command, SlaPolicy};
    use crate::{AgencyDirectory, Privacy, WorkingCalendar};
    use chrono::TimeZone as _;

    const NIK: &str = "3273056010900009";
    const PHONE: &str = "081234567890";
    const NEIGHBOUR_NIK: &str = "3205184706810032";

    fn dir() -> AgencyDirectory {
        AgencyDirectory::from_json(
            r#"[{"id": "kemenpanrb", "name": "KemenPANRB", "level": "national"},
                {"id": "pemkot", "name": "Pemkot Bontang", "level": "regency",
                 "parent": "kemenpanrb", "regions": ["64.74"]}]"#,
        )
        .unwrap()
    }

    /// The test directory, Indonesia's calendar and the default policy.
    fn world() -> crate::World {
        crate::World::new(
            dir(),
            WorkingCalendar::indonesia(),
            SlaPolicy::permenpanrb_62_2018(),
        )
        .unwrap()
    }

    fn t(d: u32, h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2025, 3, d, h, 0, 0).unwrap()
    }

    /// A case with the reporter's identity in the form and in the texts, a third party's NIK,
    /// a follow-up and a reply.
    fn case(privacy: Privacy) -> Case {
        let world = world();
        let ctx = world.context();
        let report = serde_json::json!({
            "kind": "complaint",
            "title": "Pungli KTP oleh petugas, lapor Wahyuningsih",
            "body": format!("Saya Wahyuningsih (NIK {NIK}, HP {PHONE}) dimintai Rp 50.000. \
                             KTP tetangga saya NIK {NEIGHBOUR_NIK} juga ditahan."),
            "incident_date": "2025-03-01",
            "channel": "web",
            "location": {"text": "Kantor Kelurahan Api-Api", "region": "64.74.01"},
            "attachments": [{"name": "ktp_wahyuningsih.jpg", "media_type": "image/jpeg", "size_bytes": 1000}],
            "privacy": privacy,
            "reporter": {"name": "Wahyuningsih", "nik": NIK, "phone": PHONE, "email": "wahyu@mail.com"}
        });
        let report = Report::from_json(&report.to_string()).unwrap();
        let mut c = Case::submit(
            &ctx,
            &Actor::reporter(),
            TrackingId(1916449),
            report,
            t(3, 2),
        )
        .unwrap();
        c.handle(
            &ctx,
            &Actor::national_admin(),
            &Command::Dispose {
                agency: "pemkot".into(),
                privacy: None,
                title: None,
                category: None,
                tier: None,
            },
            t(3, 4),
        )
        .unwrap();
        c.handle(
            &ctx,
            &Actor::agency_admin("pemkot"),
            &Command::FollowUp {
                text: "Petugas sudah kami periksa. Hubungi Pak Rudi 0811223344.".into(),
            },
            t(4, 2),
        )
        .unwrap();
        c.handle(
            &ctx,
            &Actor::reporter(),
            &Command::Reply {
                text: "Terima kasih, saya Wahyuningsih, uang belum kembali.".into(),
            },
            t(4, 5),
        )
        .unwrap();
        c
    }

    const FLAGS: [(bool, bool); 4] = [(false, false), (true, false), (false, true), (true, true)];

    fn privacy(anonymous: bool, confidential: bool) -> Privacy {
        Privacy {
            anonymous,
            confidential,
        }
    }

    fn json(view: &View) -> String {
        view.to_json()
    }

    /// Every cell of the matrix, on the JSON each view emits.
    #[test]
    fn the_visibility_matrix() {
        let r = Redactor::default();
        for (anon, conf) in FLAGS {
            let c = case(privacy(anon, conf));
            let cell = format!("anonim={anon} rahasia={conf}");

            // Public.
            let public = json(&c.view(Viewer::Public, &r));
            assert!(
                public.contains("\"tracking_id\":1916449"),
                "{cell}: {public}"
            );
            assert!(public.contains("\"status_label\":\"Proses\""), "{cell}");
            assert!(public.contains("\"agency\":\"pemkot\""), "{cell}");
            for secret in [
                NIK,
                PHONE,
                NEIGHBOUR_NIK,
                "wahyu@mail.com",
                "ktp_",
                "0811223344",
            ] {
                assert!(!public.contains(secret), "{cell}: public shows {secret}");
            }
            if conf {
                assert!(public.contains("\"visibility\":\"confidential\""), "{cell}");
                assert!(!public.contains("Pungli"), "{cell}: {public}");
                assert!(!public.contains("Wahyuningsih"), "{cell}");
            } else {
                assert!(public.contains("Pungli KTP oleh petugas"), "{cell}");
                assert!(public.contains("dimintai Rp 50.000"), "{cell}");
                assert!(public.contains("uang belum kembali"), "{cell}");
                if anon {
                    assert!(public.contains("\"visibility\":\"anonymous\""), "{cell}");
                    assert!(!public.contains("Wahyuningsih"), "{cell}: {public}");
                    assert!(!public.contains("reporter_name"), "{cell}");
                } else {
                    assert!(public.contains("\"visibility\":\"named\""), "{cell}");
                    assert!(
                        public.contains("\"reporter_name\":\"Wahyuningsih\""),
                        "{cell}"
                    );
                }
            }

            // Agency.
            let agency = json(&c.view(Viewer::Agency, &r));
            if anon {
                assert!(agency.contains("\"identity\":\"anonymous\""), "{cell}");
                for secret in [NIK, PHONE, NEIGHBOUR_NIK, "wahyu@mail.com", "Wahyuningsih"] {
                    assert!(
                        !agency.contains(secret),
                        "{cell}: agency sees {secret}: {agency}"
                    );
                }
                assert!(!agency.contains("\"reporter\":"), "{cell}");
                assert!(agency.contains("dimintai Rp 50.000"), "{cell}");
                assert!(agency.contains("ktp_[PERSON].jpg"), "{cell}: {agency}");
                // The agency's own follow-up is not redacted for the agency.
                assert!(agency.contains("Pak Rudi 0811223344"), "{cell}");
            } else {
                assert!(agency.contains("\"identity\":\"identified\""), "{cell}");
                for shown in [NIK, PHONE, NEIGHBOUR_NIK, "wahyu@mail.com", "Wahyuningsih"] {
                    assert!(agency.contains(shown), "{cell}: agency misses {shown}");
                }
            }

            // National admin and reporter: everything.
            for viewer in [Viewer::NationalAdmin, Viewer::Reporter] {
                let all = json(&c.view(viewer, &r));
                for shown in [
                    NIK,
                    PHONE,
                    NEIGHBOUR_NIK,
                    "wahyu@mail.com",
                    "ktp_wahyuningsih",
                ] {
                    assert!(all.contains(shown), "{cell} {viewer:?} misses {shown}");
                }
            }
        }
    }

    #[test]
    fn an_admin_setting_the_flag_later_protects_the_reporter() {
        let world = world();
        let ctx = world.context();
        let report = Report::from_json(&format!(
            r#"{{"kind": "complaint", "title": "Jalan rusak", "body": "Saya Wahyuningsih, NIK {NIK}.",
                "incident_date": "2025-03-01", "channel": "web",
                "reporter": {{"name": "Wahyuningsih"}}}}"#
        ))
        .unwrap();
        let mut c = Case::submit(&ctx, &Actor::reporter(), TrackingId(1), report, t(3, 2)).unwrap();
        c.handle(
            &ctx,
            &Actor::national_admin(),
            &Command::Dispose {
                agency: "pemkot".into(),
                privacy: Some(privacy(true, false)),
                title: None,
                category: None,
                tier: None,
            },
            t(3, 4),
        )
        .unwrap();
        let AgencyView::Anonymous(seen) = c.agency_view(&Redactor::default()) else {
            panic!("the flag set at verification must apply");
        };
        assert_eq!(seen.body, "Saya [PERSON], NIK [NIK].");
    }

    #[test]
    fn the_reporters_own_identity_is_hidden_without_cues() {
        // No cue before the name, the phone written differently from the form.
        let c = case(privacy(true, false));
        let r = Redactor::default();
        let AgencyView::Anonymous(seen) = c.agency_view(&r) else {
            panic!("anonymous");
        };
        assert!(seen.title.ends_with("lapor [PERSON]"), "{}", seen.title);
        assert_eq!(
            seen.replies[0].text,
            "Terima kasih, saya [PERSON], uang belum kembali."
        );
        assert_eq!(seen.replies[0].role, "reporter");
    }

    #[test]
    fn unverified_and_deleted_cases_are_not_public() {
        let world = world();
        let ctx = world.context();
        let report = Report::from_json(
            r#"{"kind": "complaint", "title": "Jalan rusak parah", "body": "Berlubang besar.",
                "incident_date": "2025-03-01", "channel": "web"}"#,
        )
        .unwrap();
        let mut c = Case::submit(&ctx, &Actor::reporter(), TrackingId(3), report, t(3, 2)).unwrap();
        let r = Redactor::default();
        assert_eq!(c.public_view(&r).content, PublicContent::NotVerified);
        assert!(!c.public_view(&r).to_json().contains("Berlubang"));
        let delete = Command::Delete {
            reason: "spam".into(),
        };
        c.handle(&ctx, &Actor::national_admin(), &delete, t(3, 3))
            .unwrap();
        let public = c.public_view(&r);
        assert_eq!(public.content, PublicContent::Deleted);
        assert_eq!(public.status_label, "Dihapus");
        assert!(!public.to_json().contains("Jalan rusak"));
    }

    /// Issue: a report withdrawn or archived before verification showed its content (and a
    /// named reporter) publicly and in Open311 once it left `submitted`.
    #[test]
    fn withdrawn_or_archived_before_verification_stays_existence_only() {
        let world = world();
        let ctx = world.context();
        let report = Report::from_json(
            r#"{"kind": "complaint", "title": "Pungli di kelurahan", "body": "Diminta uang.",
                "incident_date": "2025-03-01", "channel": "web",
                "location": {"text": "Jl. Melati 5", "coordinates": {"lat": -0.5, "lon": 117.1}},
                "reporter": {"name": "Siti Rahmawati"}}"#,
        )
        .unwrap();
        let r = Redactor::default();
        let commands = [
            (Actor::reporter(), Command::Withdraw),
            (
                Actor::national_admin(),
                Command::Archive {
                    reason: "terlalu umum".into(),
                },
            ),
        ];
        for (actor, command) in commands {
            let mut c = Case::submit(
                &ctx,
                &Actor::reporter(),
                TrackingId(4),
                report.clone(),
                t(3, 2),
            )
            .unwrap();
            c.handle(&ctx, &actor, &command, t(3, 3)).unwrap();
            let public = c.public_view(&r);
            assert_eq!(public.content, PublicContent::NotVerified, "{command:?}");
            let open311 = c.to_open311(&ctx, t(3, 4), &r).unwrap().to_json();
            for secret in ["Pungli", "Diminta", "Siti", "Melati", "117.1", "-0.5"] {
                assert!(!public.to_json().contains(secret), "{secret}");
                assert!(!open311.contains(secret), "{secret} in {open311}");
            }
        }
    }

    #[test]
    fn the_reporters_identity_is_hidden_whatever_kinds_the_caller_switched_off() {
        let c = case(privacy(true, false));
        let r = Redactor::default().with_kinds(&[]);
        let json = c.agency_view(&r).to_json();
        for secret in ["Wahyuningsih", NIK, PHONE] {
            assert!(!json.contains(secret), "{secret} in {json}");
        }
        // The identity kinds are switched back on for the view, so other NIKs go too.
        assert!(!json.contains(NEIGHBOUR_NIK));
    }

    #[test]
    fn follow_ups_never_name_an_anonymous_reporter() {
        // An agency may learn the name (an earlier holder saw it before an admin set anonim,
        // or the reporter phoned): only the reporter's identity is taken out of its texts.
        let world = world();
        let ctx = world.context();
        let report = Report::from_json(&format!(
            r#"{{"kind": "complaint", "title": "Jalan rusak", "body": "Jalan berlubang besar.",
                "incident_date": "2025-03-01", "channel": "web", "privacy": {{"anonim": true}},
                "reporter": {{"name": "Wahyuningsih", "phone": "{PHONE}"}}}}"#
        ))
        .unwrap();
        let mut c = Case::submit(&ctx, &Actor::reporter(), TrackingId(4), report, t(3, 2)).unwrap();
        let dispose = Command::Dispose {
            agency: "pemkot".into(),
            privacy: None,
            title: None,
            category: None,
            tier: None,
        };
        c.handle(&ctx, &Actor::national_admin(), &dispose, t(3, 3))
            .unwrap();
        let follow_up = Command::FollowUp {
            text: "Kami sudah menelepon Ibu Wahyuningsih di +62 812-3456-7890; Pak Rudi akan \
                   meninjau lokasi."
                .into(),
        };
        c.handle(&ctx, &Actor::agency_admin("pemkot"), &follow_up, t(3, 4))
            .unwrap();
        let AgencyView::Anonymous(seen) = c.agency_view(&Redactor::default()) else {
            panic!("anonymous");
        };
        assert_eq!(
            seen.follow_ups[0].text,
            "Kami sudah menelepon Ibu [PERSON] di [PHONE]; Pak Rudi akan meninjau lokasi."
        );
    }

    /// Identity fragments, written as an attacker or a careless reporter would.
    mod fragments {
        use super::*;
        use proptest::prelude::*;

        const GIVEN: [&str; 8] = [
            "Siti", "Budi", "Wahyu", "Dewi", "Rizky", "Agus", "Ratna", "Yohanes",
        ];
        const FAMILY: [&str; 8] = [
            "Rahmawati",
            "Santoso",
            "Pratama",
            "Lestari",
            "Setiawan",
            "Hidayat",
            "Simanjuntak",
            "Wibowo",
        ];
        /// Filler words that contain no name above.
        const FILLER: [&str; 8] = [
            "mohon", "jalan", "rusak", "petugas", "kantor", "pungli", "dibantu", "segera",
        ];

        /// A digit string in another script, or with invisible characters or separators.
        fn disguise_digits(d: &str, how: u8) -> String {
            match how % 5 {
                0 => d.to_string(),
                1 => d
                    .chars()
                    .map(|c| char::from_u32(c as u32 - '0' as u32 + 0xFF10).unwrap_or(c))
                    .collect(),
                2 => d
                    .chars()
                    .map(|c| char::from_u32(c as u32 - '0' as u32 + 0x0660).unwrap_or(c))
                    .collect(),
                3 => d
                    .chars()
                    .enumerate()
                    .flat_map(|(i, c)| {
                        let sep = if i > 0 && i % 4 == 0 {
                            Some('\u{200B}')
                        } else {
                            None
                        };
                        sep.into_iter().chain(std::iter::once(c))
                    })
                    .collect(),
                _ => d
                    .as_bytes()
                    .chunks(4)
                    .map(|c| String::from_utf8_lossy(c).into_owned())
                    .collect::<Vec<_>>()
                    .join(if how % 2 == 0 { " " } else { "." }),
            }
        }

        /// One fragment of the identity, rendered in one of several ways.
        fn fragment(
            given: &str,
            family: &str,
            nik: &str,
            phone: &str,
            kind: u8,
            how: u8,
        ) -> String {
            let case = |w: &str| match how % 3 {
                0 => w.to_lowercase(),
                1 => w.to_uppercase(),
                _ => w.to_string(),
            };
            match kind % 8 {
                0 => case(given),
                1 => case(family),
                2 => format!("{}_{}", case(family), case(given)),
                3 => format!("#{given}{family}"),
                4 => format!("KTP-{}-{}.jpg", case(given), case(family)),
                5 => disguise_digits(nik, how),
                6 => match how % 3 {
                    0 => format!("+62 (0) {}", &phone[1..]),
                    1 => format!("+62{}", &phone[1..]),
                    _ => disguise_digits(phone, how),
                },
                _ => format!("{}.{}@gmail.com", case(given), case(family)).to_lowercase(),
            }
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(128))]
            /// Whatever fragments of the reporter's identity are written wherever, no agency or
            /// public view of the anonymous case contains any of them.
            #[test]
            fn no_view_of_an_anonymous_case_holds_an_identity_fragment(
                g in 0usize..8, f in 0usize..8,
                nik_tail in 10_000_000u64..99_999_999, phone_tail in 100_000_000u64..999_999_999,
                placements in proptest::collection::vec((0u8..8, 0u8..15, 0u8..4, 0usize..8), 1..8),
            ) {
                let (given, family) = (GIVEN[g], FAMILY[f]);
                let nik = format!("64740145{nik_tail}");
                let phone = format!("08{phone_tail}");
                let email = format!("{}.{}+lapor@gmail.com", given.to_lowercase(), family.to_lowercase());
                // title, body, reply, attachment name
                let mut texts = [String::from("Laporan"), String::from("Isi"), String::from("Balasan"), String::from("foto")];
                for (kind, how, field, filler) in &placements {
                    let frag = fragment(given, family, &nik, &phone, *kind, *how);
                    let t = &mut texts[usize::from(*field)];
                    t.push(' ');
                    t.push_str(FILLER[*filler]);
                    t.push(' ');
                    t.push_str(&frag);
                }
                let world = world();
                let ctx = world.context();
                let report = serde_json::json!({
                    "kind": "complaint", "title": texts[0], "body": texts[1],
                    "incident_date": "2025-03-01", "channel": "web",
                    "attachments": [{"name": format!("{}.jpg", texts[3]), "media_type": "image/jpeg", "size_bytes": 10}],
                    "privacy": {"anonymous": true},
                    "reporter": {"name": format!("{given} {family}"), "nik": nik, "phone": phone, "email": email},
                });
                let report = Report::from_json(&report.to_string()).unwrap();
                let mut c = Case::submit(&ctx, &Actor::reporter(), TrackingId(1), report, t(3, 2)).unwrap();
                let dispose = Command::Dispose { agency: "pemkot".into(), privacy: None, title: None, category: None, tier: None };
                c.handle(&ctx, &Actor::national_admin(), &dispose, t(3, 4)).unwrap();
                c.handle(&ctx, &Actor::agency_admin("pemkot"), &Command::FollowUp { text: "Diperiksa.".into() }, t(4, 2)).unwrap();
                c.handle(&ctx, &Actor::reporter(), &Command::Reply { text: texts[2].clone() }, t(4, 5)).unwrap();
                let r = Redactor::default();
                for viewer in [Viewer::Agency, Viewer::Public] {
                    let json = crate::pii::normalise::fold(&c.view(viewer, &r).to_json()).to_lowercase();
                    for w in [given, family] {
                        prop_assert!(!json.contains(&w.to_lowercase()), "{viewer:?}: {w} in {json}");
                    }
                    let digits: String = json.chars().filter(char::is_ascii_digit).collect();
                    prop_assert!(!digits.contains(&nik), "{viewer:?}: NIK in {json}");
                    prop_assert!(!digits.contains(&phone[1..]), "{viewer:?}: phone in {json}");
                }
            }
        }
    }
}

#[cfg(test)]
mod details_tests {
    use super::*;
    use crate::case::{Actor, Command, SlaPolicy};
    use crate::{AgencyDirectory, WorkingCalendar};
    use chrono::TimeZone as _;

    /// The reporter's answer to a postponement is reporter text: an anonymous case's agency and
    /// public views never show the identity written into it.
    #[test]
    fn postponement_details_follow_the_privacy_rules() {
        let world = crate::World::new(
            AgencyDirectory::from_json(
                r#"[{"id": "pemkot", "name": "Pemkot Bontang", "level": "regency",
                     "regions": ["64.74"]}]"#,
            )
            .unwrap(),
            WorkingCalendar::indonesia(),
            SlaPolicy::permenpanrb_62_2018(),
        )
        .unwrap();
        let ctx = world.context();
        let t = |d, h| Utc.with_ymd_and_hms(2025, 3, d, h, 0, 0).unwrap();
        let report = Report::from_json(
            r#"{"kind": "complaint", "title": "Pungli KTP", "body": "Dimintai uang.",
                "incident_date": "2025-03-01", "channel": "web",
                "privacy": {"anonymous": true},
                "reporter": {"name": "Wahyuningsih", "nik": "3273056010900009",
                             "phone": "081234567890"}}"#,
        )
        .unwrap();
        let mut c = Case::submit(&ctx, &Actor::reporter(), TrackingId(3), report, t(3, 2)).unwrap();
        let admin = Actor::national_admin();
        let postpone = Command::Postpone {
            reason: "Lokasi?".into(),
        };
        c.handle(&ctx, &admin, &postpone, t(3, 3)).unwrap();
        let details = "Kantor Kelurahan Api-Api. Hubungi saya Wahyuningsih di 0812-3456-7890, \
                       NIK 3273056010900009.";
        let complete = Command::Complete {
            details: details.into(),
        };
        c.handle(&ctx, &Actor::reporter(), &complete, t(3, 4))
            .unwrap();
        let dispose = Command::Dispose {
            agency: "pemkot".into(),
            privacy: None,
            title: None,
            category: None,
            tier: None,
        };
        c.handle(&ctx, &admin, &dispose, t(4, 2)).unwrap();
        let r = Redactor::default();
        for (who, json) in [
            ("agency", c.agency_view(&r).to_json()),
            ("public", c.public_view(&r).to_json()),
        ] {
            assert!(json.contains("Kantor Kelurahan Api-Api"), "{who}: {json}");
            for secret in ["Wahyuningsih", "3273056010900009", "0812-3456-7890"] {
                assert!(!json.contains(secret), "{who} shows {secret}: {json}");
            }
        }
        // The national admin and the reporter see it as written.
        assert!(c.admin_view().0.details[0]
            .text
            .contains("3273056010900009"));
        assert_eq!(c.reporter_view().case.details[0].text, details);
    }
}
