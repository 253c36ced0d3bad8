//! Cases: a report's life in SP4N-LAPOR!, from submission to closure (`docs/cases.md`, `docs/sla.md`).
//!
//! A [`Case`] is exactly the fold of its [`Event`]s. A caller gives a [`Command`] from an
//! [`Actor`] at an instant; [`Case::decide`] checks it against the case's state, the agency
//! directory and the calendar and returns the one [`Event`] it produces (or a typed error);
//! [`Case::apply`] folds the event into the case. [`Case::handle`] does both. The core never reads
//! the clock: [`Case::due_events`] returns the time-driven events (auto-close, SLA breaches and
//! escalations) that are due at an instant the caller gives.
//!
//! # Transition table
//!
//! One table says which command each status allows (✓); any other pair is
//! [`Error::IllegalTransition`]:
//!
//! | command \ status | submitted | postponed | disposed | in_progress | resolved | archived | deleted | roles |
//! |---|---|---|---|---|---|---|---|---|
//! | `dispose` | ✓ | | | | | | | national admin |
//! | `dispose_many` | ✓ | | | | | | | national admin |
//! | `postpone` | ✓ | | | | | | | national admin |
//! | `resume` | | ✓ | | | | | | national admin |
//! | `archive` | ✓ | ✓ | | | | | | national admin |
//! | `delete` | ✓ | ✓ | | | | ✓ | | national admin |
//! | `withdraw` | ✓ (never disposed) | ✓ | | | | | | reporter |
//! | `reroute` | | | ✓ | ✓ | | | | national admin |
//! | `sub_dispose` | | | ✓ | ✓ | | | | agency admin |
//! | `decline_authority` | | | ✓ | ✓ | | | | agency admin, liaison officer (the holder) |
//! | `follow_up` | | | ✓ | ✓ | | | | agency admin, liaison officer |
//! | `reply` | | | | ✓ | | | | reporter, national admin |
//! | `close` | | | | ✓ | | | | national admin, agency admin |
//! | `reopen` | | | | | ✓ | | | reporter (within the reopen window), national admin |
//! | `auto_close` | | | | ✓ | | | | system (when due) |
//! | `extend_information_request` | | | ✓ | ✓ | | | | agency admin |
//! | `complete` | | ✓ | | | | | | reporter |
//! | `auto_archive` | | ✓ | | | | | | system (when due) |
//! | `reclassify` | ✓ | ✓ | ✓ | ✓ | | | | national admin |
//! | `tag`, `set_category` | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | | national admin |
//! | `archive_as_duplicate` | ✓ | ✓ | | | | | | national admin |
//! | `rate` | | | | | ✓ | | | reporter (within the reopen window, once) |
//! | `hand_over`, `receive_handover` | ✓ | ✓ | ✓ | ✓ | | | | national admin |
//!
//! `submit` creates a case ([`Case::submit`]); on an existing case it is an illegal transition.
//!
//! Checks run in a fixed order, so a command that breaks several rules always gets the same
//! error: time going backwards, then the transition table, then the role, then the actor's
//! agency (agency admins and liaison officers must act for an agency on the current disposition
//! path: the holder or an agency above it that passed the case down), then the command's own
//! rules (unknown agency, already declined, outside the subtree, not due, window closed, and
//! [`Error::CommandRefused`], [`Error::UnknownCase`], [`Error::UnknownCategory`] for the further
//! commands).
//!
//! # Choices where the regulations are silent
//!
//! - A decline goes back one step on the disposition path: a unit's decline returns the case
//!   to the agency that sub-disposed it (status unchanged); an agency's decline directly below
//!   the national admin returns it to the national admin with status `submitted`, and the admin
//!   disposes it again (`dispose`, not `reroute`). An agency that declined is never disposed,
//!   rerouted or sub-disposed the case again.
//! - `withdraw` is allowed while the case was never disposed, and archives it (reason
//!   `"withdrawn"`).
//! - `reply` by the national admin counts as an admin's reply (it stops the auto-close clock).
//! - `reopen` returns a case to `in_progress` (a resolved case always had a follow-up).
//! - `extend_information_request` (UU 14/2008: 7 more working days, once) is refused after the
//!   deadline; `auto_archive` archives a postponed report after the policy's
//!   `postponement_window`; `archive_as_duplicate` needs the original to be known to the
//!   [`Context`] ([`Context::with_cases`]) and no later than the duplicate; `set_category` needs a
//!   category tree ([`Context::with_categories`]); an edit that changes nothing is refused.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::agency::{AgencyDirectory, AgencyId};
use crate::calendar::WorkingCalendar;
use crate::category::CategoryId;
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::report::{Privacy, Report, ReportKind, TrackingId};

mod log;
mod machine;
mod open311;
mod sla;
pub mod synthetic;
mod synthetic_national;
#[cfg(test)]
mod tests;

pub use log::{
    cases_from_events, cases_from_owned_events, cases_from_owned_events_collecting, read_event_log,
    write_event_log, EventFacets, EventLog, EventRow, LogErrors, Replay, RowReader,
};
pub use open311::Open311Request;
pub use sla::{
    Escalation, Metric, MetricState, MetricStatus, SlaOverride, SlaPolicy, SlaTargets, Tier,
};

/// Where a case stands (`docs/cases.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Waiting for the national admin to verify it.
    Submitted,
    /// The admin asked for more information; the clock is paused.
    Postponed,
    /// Routed to an agency (or a unit of it), no follow-up yet.
    Disposed,
    /// At least one follow-up (*tindak lanjut*) posted.
    InProgress,
    /// Closed by an admin, or automatically.
    Resolved,
    /// Did not meet the criteria (too general, not about public service, duplicate…), or
    /// withdrawn by the reporter.
    Archived,
    /// Spam or unintelligible; never public.
    Deleted,
}

impl std::str::FromStr for Status {
    type Err = Error;

    /// A status from its snake_case tag (`"in_progress"`); another text is
    /// [`Error::UnknownName`].
    ///
    /// ```
    /// use lapor_core::case::Status;
    /// assert_eq!("in_progress".parse::<Status>(), Ok(Status::InProgress));
    /// assert_eq!("proses".parse::<Status>().unwrap_err().code(), "unknown_name");
    /// ```
    fn from_str(s: &str) -> Result<Self> {
        Status::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| Error::UnknownName {
                what: "status",
                value: s.to_string(),
            })
    }
}

impl Status {
    /// Every status, in life-cycle order.
    pub const ALL: [Status; 7] = [
        Status::Submitted,
        Status::Postponed,
        Status::Disposed,
        Status::InProgress,
        Status::Resolved,
        Status::Archived,
        Status::Deleted,
    ];

    /// The snake_case name, as in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Submitted => "submitted",
            Status::Postponed => "postponed",
            Status::Disposed => "disposed",
            Status::InProgress => "in_progress",
            Status::Resolved => "resolved",
            Status::Archived => "archived",
            Status::Deleted => "deleted",
        }
    }

    /// The label LAPOR! shows the public.
    ///
    /// ```
    /// use lapor_core::{Lang, Status};
    /// assert_eq!(Status::Disposed.public_label(Lang::Id), "Belum Ditindaklanjuti");
    /// assert_eq!(Status::InProgress.public_label(Lang::En), "In process");
    /// ```
    pub fn public_label(self, lang: Lang) -> &'static str {
        match self {
            Status::Submitted => lang.pick("Belum Terverifikasi", "Not yet verified"),
            Status::Postponed => lang.pick("Ditunda", "Postponed"),
            Status::Disposed => lang.pick("Belum Ditindaklanjuti", "Not yet followed up"),
            Status::InProgress => lang.pick("Proses", "In process"),
            Status::Resolved => lang.pick("Selesai", "Resolved"),
            Status::Archived => lang.pick("Diarsipkan", "Archived"),
            Status::Deleted => lang.pick("Dihapus", "Deleted"),
        }
    }

    /// The Open311 GeoReport v2 status: `"open"` or `"closed"`.
    pub fn open311(self) -> &'static str {
        if self.is_closed() {
            "closed"
        } else {
            "open"
        }
    }

    /// Whether the case is closed (resolved, archived or deleted).
    pub fn is_closed(self) -> bool {
        matches!(self, Status::Resolved | Status::Archived | Status::Deleted)
    }
}

/// What an actor is in the system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The citizen who filed the report.
    Reporter,
    /// The national admin (KemenPANRB's LAPOR! team), who verifies and routes.
    NationalAdmin,
    /// An agency's admin (*admin instansi*).
    AgencyAdmin,
    /// A unit's liaison officer (*pejabat penghubung*).
    LiaisonOfficer,
    /// The system itself (time-driven events).
    System,
}

impl Role {
    /// The snake_case name, as in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Reporter => "reporter",
            Role::NationalAdmin => "national_admin",
            Role::AgencyAdmin => "agency_admin",
            Role::LiaisonOfficer => "liaison_officer",
            Role::System => "system",
        }
    }
}

/// Who gives a command: a role, and the agency an agency admin or liaison officer acts for.
///
/// JSON: `{"role": "agency_admin", "agency": "dinkes-bontang"}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// The actor's role.
    pub role: Role,
    /// The agency (or unit) acted for; `None` for the reporter, the national admin, the system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<AgencyId>,
}

impl Actor {
    /// Reads an actor from its JSON form; a mismatch is [`Error::Json`] naming the field.
    ///
    /// ```
    /// use lapor_core::{Actor, Role};
    /// let a = Actor::from_json(r#"{"role": "agency_admin", "agency": "dinkes"}"#).unwrap();
    /// assert_eq!(a.role, Role::AgencyAdmin);
    /// assert_eq!(Actor::from_json(r#"{"role": "mayor"}"#).unwrap_err().code(), "json");
    /// ```
    pub fn from_json(json: &str) -> Result<Actor> {
        crate::error::from_json("actor", json)
    }

    /// The reporter.
    pub fn reporter() -> Actor {
        Actor {
            role: Role::Reporter,
            agency: None,
        }
    }

    /// The national admin.
    pub fn national_admin() -> Actor {
        Actor {
            role: Role::NationalAdmin,
            agency: None,
        }
    }

    /// An agency admin of `agency`.
    pub fn agency_admin(agency: impl Into<AgencyId>) -> Actor {
        Actor {
            role: Role::AgencyAdmin,
            agency: Some(agency.into()),
        }
    }

    /// A liaison officer of `unit`.
    pub fn liaison(unit: impl Into<AgencyId>) -> Actor {
        Actor {
            role: Role::LiaisonOfficer,
            agency: Some(unit.into()),
        }
    }

    /// The system (time-driven events).
    pub fn system() -> Actor {
        Actor {
            role: Role::System,
            agency: None,
        }
    }
}

/// Who holds a case: the national admin, or an agency or unit.
///
/// JSON: `"national_admin"` or `{"agency": "dinkes-bontang"}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Holder {
    /// The national admin (before disposition, or after an agency declined).
    NationalAdmin,
    /// An agency or one of its units.
    Agency(AgencyId),
}

impl Holder {
    /// The agency, if an agency holds it.
    pub fn agency(&self) -> Option<&AgencyId> {
        match self {
            Holder::NationalAdmin => None,
            Holder::Agency(id) => Some(id),
        }
    }
}

/// A command to a case. JSON is internally tagged by `"command"`:
/// `{"command": "dispose", "agency": "dinkes-bontang"}`, `{"command": "close"}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "command", rename_all = "snake_case", deny_unknown_fields)]
pub enum Command {
    /// File a report (creates the case: see [`Case::submit`]).
    Submit {
        /// The report.
        report: Box<Report>,
    },
    /// Verify the report and route it to an agency; may set the privacy flags, edit the title
    /// and category, and set the completion tier (default normative).
    Dispose {
        /// The agency it goes to.
        agency: AgencyId,
        /// New privacy flags, if the admin sets them.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        privacy: Option<Privacy>,
        /// A corrected title.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<String>,
        /// A corrected category.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        category: Option<CategoryId>,
        /// The completion tier.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        tier: Option<Tier>,
    },
    /// Verify the report and route it to several agencies at once: one branch per agency, each
    /// with its own holder chain and clocks; resolved when every branch is.
    DisposeMany {
        /// The agencies (at least two, each once).
        agencies: Vec<AgencyId>,
        /// The completion tier of every branch.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        tier: Option<Tier>,
    },
    /// Ask the reporter for more information (pauses the clock).
    Postpone {
        /// What is missing.
        reason: String,
    },
    /// Resume a postponed case.
    Resume,
    /// Archive a report that does not meet the criteria.
    Archive {
        /// Why.
        reason: String,
    },
    /// Delete spam or an unintelligible report.
    Delete {
        /// Why.
        reason: String,
    },
    /// Move a disposed case to another agency.
    Reroute {
        /// The new agency.
        agency: AgencyId,
    },
    /// Pass the case down to a unit below the acting agency.
    SubDispose {
        /// The unit.
        unit: AgencyId,
    },
    /// "Bukan wewenang": the holder declines; the case goes back one step up the path.
    DeclineAuthority {
        /// Why.
        reason: String,
    },
    /// Post a follow-up (*tindak lanjut*).
    FollowUp {
        /// The follow-up.
        text: String,
    },
    /// The reporter (or an admin) answers a follow-up.
    Reply {
        /// The answer.
        text: String,
    },
    /// Resolve the case.
    Close,
    /// Reopen a resolved case.
    Reopen,
    /// The reporter withdraws a report not yet disposed.
    Withdraw,
    /// The system resolves a case whose reply window ran out.
    AutoClose,
    /// The agency extends an information request once, by the policy's extension (UU 14/2008
    /// art. 22: 7 working days), with written notice to the requester.
    ExtendInformationRequest {
        /// The notice: why more time is needed.
        notice: String,
    },
    /// The reporter answers a postponement with the details the admin asked for (the clock
    /// resumes).
    Complete {
        /// The details.
        details: String,
    },
    /// The system archives a postponed report the reporter never completed.
    AutoArchive,
    /// The national admin changes the report's kind (to whistle-blowing: the report becomes
    /// confidential).
    Reclassify {
        /// The new kind.
        kind: ReportKind,
    },
    /// The national admin sets the report's tags (replacing the earlier ones).
    Tag {
        /// The tags.
        tags: Vec<String>,
    },
    /// The national admin sets the report's category (a node of the category tree).
    SetCategory {
        /// The category.
        category: CategoryId,
    },
    /// The national admin archives the report as a duplicate of an earlier case.
    ArchiveAsDuplicate {
        /// The original case's tracking id.
        of: TrackingId,
    },
    /// The reporter rates the handling of a resolved case (once, within the reopen window).
    Rate {
        /// From 1 (very unsatisfied) to 5 (very satisfied).
        score: u8,
        /// An optional comment (reporter text: views redact it like a reply).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        comment: Option<String>,
    },
    /// The national admin hands the case over to another instance of SP4N (a regional or
    /// ministry application integrated with LAPOR!); its clocks keep running.
    HandOver {
        /// The other instance's name.
        instance: String,
        /// The case's reference at the other instance.
        reference: String,
    },
    /// The national admin records that the case was received from another instance.
    ReceiveHandover {
        /// The other instance's name.
        instance: String,
        /// The case's reference there.
        reference: String,
    },
}

impl Command {
    /// The snake_case name, as in JSON.
    pub fn as_str(&self) -> &'static str {
        self.act().name()
    }

    /// Reads a command from JSON. Unknown fields are an error naming the field.
    pub fn from_json(json: &str) -> Result<Command> {
        let command: Command = crate::error::from_json("command", json)?;
        // serde lets a unit variant of an internally tagged enum ignore other fields.
        if matches!(
            command,
            Command::Resume
                | Command::Close
                | Command::Reopen
                | Command::Withdraw
                | Command::AutoClose
                | Command::AutoArchive
        ) {
            crate::error::only_fields("command", json, &["command"])?;
        }
        Ok(command)
    }

    /// Writes the command as JSON.
    pub fn to_json(&self) -> String {
        crate::error::to_json(self)
    }
}

/// What happened to a case. JSON is internally tagged by `"event"`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
// Unknown fields of an event are refused here: `Event` flattens its kind, so the kind sees
// every field the event's own fields (case, at, actor) did not take.
#[serde(tag = "event", rename_all = "snake_case", deny_unknown_fields)]
pub enum EventKind {
    /// The report was filed.
    Submitted {
        /// The report.
        report: Arc<Report>,
    },
    /// Verified and routed to an agency.
    // The same fields as `Command::Dispose`, on purpose: the event records exactly what the
    // accepted command set. One shared struct would need `#[serde(flatten)]`, which serde cannot
    // combine with the `deny_unknown_fields` that keeps a misspelt field from being ignored.
    Disposed {
        /// The agency.
        agency: AgencyId,
        /// New privacy flags.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        privacy: Option<Privacy>,
        /// Corrected title.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<String>,
        /// Corrected category.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        category: Option<CategoryId>,
        /// Completion tier.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        tier: Option<Tier>,
    },
    /// Verified and routed to several agencies.
    DisposedMany {
        /// The agencies, one branch each.
        agencies: Vec<AgencyId>,
        /// Completion tier.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        tier: Option<Tier>,
    },
    /// Postponed (clock paused).
    Postponed {
        /// What is missing.
        reason: String,
    },
    /// Resumed (clock running again).
    Resumed,
    /// Archived.
    Archived {
        /// Why.
        reason: String,
    },
    /// Deleted.
    Deleted {
        /// Why.
        reason: String,
    },
    /// Moved to another agency.
    Rerouted {
        /// The new agency.
        agency: AgencyId,
    },
    /// Passed down to a unit.
    SubDisposed {
        /// The unit.
        unit: AgencyId,
    },
    /// The holder declined ("bukan wewenang").
    Declined {
        /// Why.
        reason: String,
    },
    /// A follow-up was posted.
    FollowedUp {
        /// The follow-up.
        text: String,
    },
    /// The reporter (or an admin) replied.
    Replied {
        /// The reply.
        text: String,
    },
    /// Resolved by an admin.
    Closed,
    /// Reopened.
    Reopened,
    /// Withdrawn by the reporter (archived).
    Withdrawn,
    /// Resolved automatically after the reply window.
    AutoClosed,
    /// An SLA metric ran out.
    Breached {
        /// The metric.
        metric: Metric,
        /// Which clock of the metric (1 when absent).
        #[serde(default = "first_round", skip_serializing_if = "is_first_round")]
        round: u32,
        /// The branch (its agency) whose clock it is, for a case routed to several agencies.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        branch: Option<AgencyId>,
        /// When its budget ran out (the event's `at` may be later: events never go back in time).
        #[serde(deserialize_with = "crate::instant::rfc3339")]
        due: DateTime<Utc>,
    },
    /// A breach was escalated.
    Escalated {
        /// The metric.
        metric: Metric,
        /// Which clock of the metric (1 when absent).
        #[serde(default = "first_round", skip_serializing_if = "is_first_round")]
        round: u32,
        /// The branch whose clock it is (see `breached`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        branch: Option<AgencyId>,
        /// Who it was escalated to.
        to: Holder,
    },
    /// An information request was extended (once).
    InformationRequestExtended {
        /// The notice to the requester.
        notice: String,
    },
    /// The reporter completed a postponed report.
    Completed {
        /// The details given.
        details: String,
    },
    /// A postponed report was archived automatically.
    AutoArchived,
    /// The report's kind was changed.
    Reclassified {
        /// The new kind.
        kind: ReportKind,
    },
    /// The report's tags were set.
    Tagged {
        /// The tags.
        tags: Vec<String>,
    },
    /// The report's category was set.
    CategorySet {
        /// The category.
        category: CategoryId,
    },
    /// Archived as a duplicate of an earlier case.
    ArchivedAsDuplicate {
        /// The original case.
        of: TrackingId,
    },
    /// The reporter rated the handling.
    Rated {
        /// 1 to 5.
        score: u8,
        /// The comment, if any.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        comment: Option<String>,
    },
    /// Handed over to another instance.
    HandedOver {
        /// The other instance.
        instance: String,
        /// The case's reference there.
        reference: String,
    },
    /// Received from another instance.
    HandoverReceived {
        /// The other instance.
        instance: String,
        /// The case's reference there.
        reference: String,
    },
}

/// The round of a breach or escalation written without one.
fn first_round() -> u32 {
    1
}

fn is_first_round(round: &u32) -> bool {
    *round == 1
}

impl EventKind {
    /// The snake_case name, as in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            EventKind::Submitted { .. } => "submitted",
            EventKind::Disposed { .. } => "disposed",
            EventKind::DisposedMany { .. } => "disposed_many",
            EventKind::Postponed { .. } => "postponed",
            EventKind::Resumed => "resumed",
            EventKind::Archived { .. } => "archived",
            EventKind::Deleted { .. } => "deleted",
            EventKind::Rerouted { .. } => "rerouted",
            EventKind::SubDisposed { .. } => "sub_disposed",
            EventKind::Declined { .. } => "declined",
            EventKind::FollowedUp { .. } => "followed_up",
            EventKind::Replied { .. } => "replied",
            EventKind::Closed => "closed",
            EventKind::Reopened => "reopened",
            EventKind::Withdrawn => "withdrawn",
            EventKind::AutoClosed => "auto_closed",
            EventKind::Breached { .. } => "breached",
            EventKind::Escalated { .. } => "escalated",
            EventKind::InformationRequestExtended { .. } => "information_request_extended",
            EventKind::Completed { .. } => "completed",
            EventKind::AutoArchived => "auto_archived",
            EventKind::Reclassified { .. } => "reclassified",
            EventKind::Tagged { .. } => "tagged",
            EventKind::CategorySet { .. } => "category_set",
            EventKind::ArchivedAsDuplicate { .. } => "archived_as_duplicate",
            EventKind::Rated { .. } => "rated",
            EventKind::HandedOver { .. } => "handed_over",
            EventKind::HandoverReceived { .. } => "handover_received",
        }
    }
}

/// One event of a case's log: which case, when (RFC 3339), who, and what.
///
/// JSON (one line of an event log):
/// `{"case":1916449,"at":"2026-03-16T03:00:00Z","actor":{"role":"national_admin"},"event":"disposed","agency":"dinkes"}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// The case's tracking id.
    pub case: TrackingId,
    /// When it happened.
    #[serde(deserialize_with = "crate::instant::rfc3339")]
    pub at: DateTime<Utc>,
    /// Who did it.
    pub actor: Actor,
    /// What happened.
    #[serde(flatten)]
    pub kind: EventKind,
}

impl Event {
    /// Reads an event from JSON. Unknown fields (also in the actor) are an error naming the
    /// field.
    pub fn from_json(json: &str) -> Result<Event> {
        let event: Event = crate::error::from_json("event", json)?;
        // serde lets a unit variant of an internally tagged enum ignore other fields.
        if matches!(
            event.kind,
            EventKind::Resumed
                | EventKind::Closed
                | EventKind::Reopened
                | EventKind::Withdrawn
                | EventKind::AutoClosed
                | EventKind::AutoArchived
        ) {
            crate::error::only_fields("event", json, &["case", "at", "actor", "event"])?;
        }
        Ok(event)
    }

    /// Writes the event as one line of JSON.
    pub fn to_json(&self) -> String {
        crate::error::to_json(self)
    }

    /// Makes every agency id the event names share the directory's copy of its text
    /// ([`AgencyDirectory::canonical`]); the replay of a log does this to each event.
    pub(crate) fn share_agency_ids(&mut self, directory: &AgencyDirectory) {
        let one = |id: &mut AgencyId| directory.canonical(id);
        if let Some(a) = &mut self.actor.agency {
            one(a);
        }
        match &mut self.kind {
            EventKind::Disposed { agency, .. } | EventKind::Rerouted { agency } => one(agency),
            EventKind::SubDisposed { unit } => one(unit),
            EventKind::DisposedMany { agencies, .. } => agencies.iter_mut().for_each(one),
            EventKind::Breached { branch, .. } => branch.iter_mut().for_each(one),
            EventKind::Escalated { branch, to, .. } => {
                branch.iter_mut().for_each(one);
                if let Holder::Agency(a) = to {
                    one(a);
                }
            }
            _ => {}
        }
    }
}

/// How a holding of the disposition chain ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HoldingEnd {
    /// The national admin disposed it to an agency.
    Disposed,
    /// Passed down to a unit.
    SubDisposed,
    /// The holder declined it.
    Declined,
    /// The national admin moved it to another agency.
    Rerouted,
    /// Resolved (by an admin or automatically).
    Resolved,
    /// Archived (or withdrawn).
    Archived,
    /// Deleted.
    Deleted,
}

/// One stretch of time during which one level held the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holding {
    /// Who held it.
    pub holder: Holder,
    /// Since when.
    #[serde(deserialize_with = "crate::instant::rfc3339")]
    pub from: DateTime<Utc>,
    /// Until when (`None`: still holding).
    #[serde(default, deserialize_with = "crate::instant::rfc3339_opt")]
    pub until: Option<DateTime<Utc>>,
    /// How it ended.
    pub end: Option<HoldingEnd>,
}

/// A follow-up or a reply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// When.
    #[serde(deserialize_with = "crate::instant::rfc3339")]
    pub at: DateTime<Utc>,
    /// Who wrote it.
    pub by: Actor,
    /// The text.
    pub text: String,
}

/// The reporter's rating of a resolved case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rating {
    /// When it was given.
    #[serde(deserialize_with = "crate::instant::rfc3339")]
    pub at: DateTime<Utc>,
    /// 1 to 5.
    pub score: u8,
    /// The comment, if any (reporter text).
    pub comment: Option<String>,
}

/// A handover between instances of SP4N: the other instance and the case's reference there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Handover {
    /// When.
    #[serde(deserialize_with = "crate::instant::rfc3339")]
    pub at: DateTime<Utc>,
    /// `true`: handed over to `instance`; `false`: received from it.
    pub outgoing: bool,
    /// The other instance.
    pub instance: String,
    /// The case's reference there.
    pub reference: String,
}

/// A recorded SLA breach.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Breach {
    /// The metric.
    pub metric: Metric,
    /// Which clock of the metric (see [`MetricStatus::round`]).
    pub round: u32,
    /// The branch whose clock it is (see [`MetricStatus::branch`]).
    pub branch: Option<AgencyId>,
    /// When its budget ran out.
    #[serde(deserialize_with = "crate::instant::rfc3339")]
    pub due: DateTime<Utc>,
    /// Who it was escalated to, if an escalation event followed.
    pub escalated_to: Option<Holder>,
}

/// One entry of a case's timeline: an event and the case's status and holder right after it
/// (see [`Case::replay_steps`]).
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineStep {
    /// The event.
    pub event: Event,
    /// The case's status after it.
    pub status: Status,
    /// Who held the case after it.
    pub holder: Holder,
}

impl TimelineStep {
    /// The step of `event`, just folded into `case`.
    pub fn after(case: &Case, event: &Event) -> TimelineStep {
        TimelineStep {
            event: event.clone(),
            status: case.status(),
            holder: case.holder().clone(),
        }
    }
}

/// What a command is checked against: the agency directory, the calendars and the SLA policy.
///
/// Deadlines use the calendar of the agency holding the case: the national `calendar`, or, for
/// an agency with local days off (in the directory or the policy), its calendar in `local`
/// ([`with_local`](Self::with_local)). Without `local`, such calendars are built when needed
/// (correct, but slower): build a [`LocalCalendars`](crate::LocalCalendars) once when
/// evaluating many cases, or use [`World`].
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The agencies.
    pub directory: &'a AgencyDirectory,
    /// The national working-day calendar.
    pub calendar: &'a WorkingCalendar,
    /// Budgets and escalation.
    pub policy: &'a SlaPolicy,
    /// The calendars of agencies with local days off, built from the three above.
    pub local: Option<&'a crate::LocalCalendars>,
    /// The category tree `set_category` checks against (`None`: the command is refused).
    pub categories: Option<&'a crate::CategoryTree>,
    /// The other cases `archive_as_duplicate` may link to (`None`: none are known; replaying a
    /// log also knows the cases on its earlier lines).
    pub cases: Option<&'a dyn CaseLookup>,
}

/// The cases a context knows of, by tracking id: what `archive_as_duplicate` checks its original
/// against (it must exist and not have been submitted after the duplicate).
///
/// Implemented for maps from [`TrackingId`] to the submission instant, and for a slice of cases.
pub trait CaseLookup: std::fmt::Debug + Sync {
    /// When case `id` was submitted, if it is known.
    fn submitted_at(&self, id: TrackingId) -> Option<DateTime<Utc>>;
}

impl<S: std::hash::BuildHasher + Sync> CaseLookup
    for std::collections::HashMap<TrackingId, DateTime<Utc>, S>
{
    fn submitted_at(&self, id: TrackingId) -> Option<DateTime<Utc>> {
        self.get(&id).copied()
    }
}

impl CaseLookup for std::collections::BTreeMap<TrackingId, DateTime<Utc>> {
    fn submitted_at(&self, id: TrackingId) -> Option<DateTime<Utc>> {
        self.get(&id).copied()
    }
}

impl CaseLookup for [Case] {
    fn submitted_at(&self, id: TrackingId) -> Option<DateTime<Utc>> {
        self.iter().find(|c| c.id == id).map(|c| c.submitted_at)
    }
}

impl CaseLookup for Vec<Case> {
    fn submitted_at(&self, id: TrackingId) -> Option<DateTime<Utc>> {
        self.as_slice().submitted_at(id)
    }
}

impl<'a> Context<'a> {
    /// A context of the three (local calendars built when needed; see the type's documentation).
    pub fn new(
        directory: &'a AgencyDirectory,
        calendar: &'a WorkingCalendar,
        policy: &'a SlaPolicy,
    ) -> Context<'a> {
        Context {
            directory,
            calendar,
            policy,
            local: None,
            categories: None,
            cases: None,
        }
    }

    /// The context with a category tree for `set_category`.
    pub fn with_categories(mut self, categories: &'a crate::CategoryTree) -> Context<'a> {
        self.categories = Some(categories);
        self
    }

    /// The context knowing other cases, for `archive_as_duplicate`.
    pub fn with_cases(mut self, cases: &'a dyn CaseLookup) -> Context<'a> {
        self.cases = Some(cases);
        self
    }

    /// The context with the agencies' local calendars built beforehand (from the same
    /// directory, national calendar and policy).
    pub fn with_local(mut self, local: &'a crate::LocalCalendars) -> Context<'a> {
        self.local = Some(local);
        self
    }

    /// The working calendar of `agency` (the national one for the national admin, `None`):
    /// the national calendar plus the agency's local days off.
    ///
    /// Errors: [`Error::UnknownAgency`] for an agency the
    /// directory does not hold, when local days off exist.
    pub fn calendar_for(
        &self,
        agency: Option<&AgencyId>,
    ) -> Result<std::borrow::Cow<'a, WorkingCalendar>> {
        use std::borrow::Cow;
        let Some(agency) = agency else {
            return Ok(Cow::Borrowed(self.calendar));
        };
        if let Some(local) = self.local {
            return Ok(Cow::Borrowed(
                local.calendar(agency).unwrap_or(self.calendar),
            ));
        }
        if !self.directory.has_days_off() && self.policy.days_off.is_empty() {
            return Ok(Cow::Borrowed(self.calendar));
        }
        let days =
            crate::calendar::days_off_of(self.calendar, self.directory, self.policy, agency)?;
        if days.is_empty() {
            return Ok(Cow::Borrowed(self.calendar));
        }
        Ok(Cow::Owned(crate::calendar::with_days(
            self.calendar,
            &days,
        )?))
    }
}

/// The directory, the national calendar and the SLA policy that cases are checked and evaluated
/// against, owned together with the local calendars built from them: the one bundle that the
/// bindings and tests hold. [`context`](Self::context) lends it as a [`Context`].
///
/// ```
/// use lapor_core::{AgencyDirectory, SlaPolicy, WorkingCalendar, World};
/// let dir = AgencyDirectory::from_json(r#"[{"id": "kemenpanrb", "name": "KemenPANRB", "level": "national"}]"#)?;
/// let world = World::new(dir, WorkingCalendar::indonesia(), SlaPolicy::default())?;
/// assert!(world.context().local.is_some());
/// # Ok::<(), lapor_core::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct World {
    directory: AgencyDirectory,
    calendar: WorkingCalendar,
    policy: SlaPolicy,
    local: crate::LocalCalendars,
    categories: Option<crate::CategoryTree>,
}

impl World {
    /// Bundles the three and builds the local calendars.
    ///
    /// Errors: as [`LocalCalendars::new`](crate::LocalCalendars::new).
    pub fn new(
        directory: AgencyDirectory,
        calendar: WorkingCalendar,
        policy: SlaPolicy,
    ) -> Result<World> {
        let local = crate::LocalCalendars::new(&calendar, &directory, &policy)?;
        Ok(World {
            directory,
            calendar,
            policy,
            local,
            categories: None,
        })
    }

    /// The world with a category tree (what `set_category` checks against).
    pub fn with_categories(mut self, categories: crate::CategoryTree) -> World {
        self.categories = Some(categories);
        self
    }

    /// The context to give commands and evaluations.
    pub fn context(&self) -> Context<'_> {
        let ctx =
            Context::new(&self.directory, &self.calendar, &self.policy).with_local(&self.local);
        match &self.categories {
            Some(c) => ctx.with_categories(c),
            None => ctx,
        }
    }

    /// The category tree, if one was given.
    pub fn categories(&self) -> Option<&crate::CategoryTree> {
        self.categories.as_ref()
    }

    /// The agency directory.
    pub fn directory(&self) -> &AgencyDirectory {
        &self.directory
    }

    /// The national calendar.
    pub fn calendar(&self) -> &WorkingCalendar {
        &self.calendar
    }

    /// The SLA policy.
    pub fn policy(&self) -> &SlaPolicy {
        &self.policy
    }
}

/// A report being handled: the fold of its events.
///
/// ```
/// use chrono::{TimeZone as _, Utc};
/// use lapor_core::{Actor, AgencyDirectory, Case, Command, Context, Report, SlaPolicy, Status,
///                  TrackingId, WorkingCalendar};
/// let dir = AgencyDirectory::from_json(r#"[
///   {"id": "kemenpanrb", "name": "KemenPANRB", "level": "national"},
///   {"id": "pemkot", "name": "Pemkot Bontang", "level": "regency", "parent": "kemenpanrb",
///    "regions": ["64.74"]}
/// ]"#)?;
/// let (cal, policy) = (WorkingCalendar::indonesia(), SlaPolicy::permenpanrb_62_2018());
/// let ctx = Context::new(&dir, &cal, &policy);
/// let report = Report::from_json(r#"{"kind": "complaint", "title": "Jalan rusak",
///   "body": "Berlubang.", "incident_date": "2025-03-01", "channel": "web"}"#)?;
/// let t = |d, h| Utc.with_ymd_and_hms(2025, 3, d, h, 0, 0).unwrap();
/// let mut case = Case::submit(&ctx, &Actor::reporter(), TrackingId(1916449), report, t(3, 2))?;
/// case.handle(&ctx, &Actor::national_admin(),
///             &Command::Dispose { agency: "pemkot".into(), privacy: None, title: None,
///                                 category: None, tier: None }, t(4, 2))?;
/// assert_eq!(case.status(), Status::Disposed);
/// let err = case.handle(&ctx, &Actor::reporter(), &Command::Close, t(5, 2)).unwrap_err();
/// assert_eq!(err.code(), "illegal_transition");
/// assert_eq!(Case::replay(&ctx, case.events())?, case);
/// # Ok::<(), lapor_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    pub(crate) id: TrackingId,
    pub(crate) report: Arc<Report>,
    pub(crate) status: Status,
    pub(crate) submitted_at: DateTime<Utc>,
    pub(crate) disposed_at: Option<DateTime<Utc>>,
    pub(crate) verified_end: Option<DateTime<Utc>>,
    pub(crate) tier: Tier,
    /// The current disposition path: national admin, agency, unit, sub-unit…
    pub(crate) path: Vec<Holder>,
    pub(crate) chain: Vec<Holding>,
    pub(crate) declined: Vec<AgencyId>,
    pub(crate) follow_ups: Vec<Note>,
    pub(crate) replies: Vec<Note>,
    pub(crate) pauses: Vec<crate::deadline::Interval>,
    pub(crate) paused_since: Option<DateTime<Utc>>,
    pub(crate) resolved_at: Option<DateTime<Utc>>,
    /// Follow-ups before this instant no longer start the reporter's reply window (set when
    /// the case is disposed, rerouted or reopened).
    pub(crate) window_floor: Option<DateTime<Utc>>,
    pub(crate) closed_reason: Option<String>,
    pub(crate) breaches: Vec<Breach>,
    /// The SLA clocks, in the order they were opened.
    pub(crate) clocks: Vec<sla::Clock>,
    /// The reporter's answers to postponements.
    pub(crate) details: Vec<Note>,
    /// The original, if archived as a duplicate.
    pub(crate) duplicate_of: Option<TrackingId>,
    /// The reporter's rating, if given.
    pub(crate) rating: Option<Rating>,
    /// Handovers between instances, in time order.
    pub(crate) handovers: Vec<Handover>,
    /// After `dispose_many`: one case per agency, each with its own path, chain, follow-ups and
    /// clocks (their logs stay empty: the events are this case's). A branch whose agency
    /// declined, or that a reroute replaced, is no longer active but keeps its clocks.
    pub(crate) branches: Vec<Case>,
    pub(crate) events: Vec<Event>,
    /// The instant of the latest event (kept beside the log so that checking the next event
    /// does not have to read the log).
    pub(crate) last_at: DateTime<Utc>,
    /// Kept beside the state so that SLA evaluation reads only this struct and the holding
    /// chain (each a function of the events, so equality is unchanged): the report's kind
    /// (never edited), the first and latest follow-up instants, and the first reply at or after
    /// the latest follow-up.
    pub(crate) sla_facts: SlaFacts,
}

/// See [`Case::sla_facts`](Case).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SlaFacts {
    /// The kind at submission.
    pub(crate) kind: crate::report::ReportKind,
    /// Reclassifications: from each instant on, the kind.
    pub(crate) kinds: Vec<(DateTime<Utc>, crate::report::ReportKind)>,
    pub(crate) first_follow_up: Option<DateTime<Utc>>,
    pub(crate) last_follow_up: Option<DateTime<Utc>>,
    pub(crate) reply_after_last: Option<DateTime<Utc>>,
}

impl Case {
    /// Gives back the room its longest lists keep for more: a replayed log's cases are held, often
    /// for long, and rarely grow again. Only the lists where the room is worth a reallocation
    /// (the events, reserved for 8, the notes and breaches, grown to 4 at their first entry):
    /// about 670 of a synthetic case's 3,180 bytes, for about 2.5 µs of reallocation, a third of
    /// the replay's time; shrinking every list saved 120 bytes more and took twice as long.
    pub(crate) fn shrink_to_fit(&mut self) {
        self.events.shrink_to_fit();
        self.follow_ups.shrink_to_fit();
        self.replies.shrink_to_fit();
        self.breaches.shrink_to_fit();
        self.branches.iter_mut().for_each(Case::shrink_to_fit);
    }

    /// The tracking id.
    pub fn id(&self) -> TrackingId {
        self.id
    }

    /// The report, with the admin's edits (privacy flags, title, category) applied.
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// The report, shared.
    pub fn report_arc(&self) -> Arc<Report> {
        Arc::clone(&self.report)
    }

    /// The current status.
    pub fn status(&self) -> Status {
        self.status
    }

    /// Who holds the case now (for a case routed to several agencies: the first active
    /// branch's holder; see [`branches`](Self::branches)).
    pub fn holder(&self) -> &Holder {
        match self.active_branches().next() {
            Some(b) => b.holder(),
            None => self.path.last().unwrap_or(&Holder::NationalAdmin),
        }
    }

    /// The branches of a case routed to several agencies (`dispose_many`), active or not.
    pub fn branches(&self) -> &[Case] {
        &self.branches
    }

    /// The branches still handling the case (their agency did not decline, no reroute replaced
    /// them).
    pub fn active_branches(&self) -> impl Iterator<Item = &Case> {
        self.branches.iter().filter(|b| b.is_active_branch())
    }

    /// The agency the national admin sent the case to and that holds it now (the top of its
    /// disposition path), if one does.
    pub fn top_agency(&self) -> Option<&AgencyId> {
        self.path.get(1).and_then(Holder::agency)
    }

    /// For a branch ([`branches`](Self::branches)): the agency it was sent to (also after that
    /// agency declined).
    pub fn branch_root(&self) -> Option<&AgencyId> {
        self.chain.first().and_then(|h| h.holder.agency())
    }

    /// The agencies the national admin sent the case to and that handle it now: the active
    /// branches', or the one of its disposition path.
    pub fn agencies(&self) -> Vec<&AgencyId> {
        if self.branches.is_empty() || self.active_branches().next().is_none() {
            self.top_agency().into_iter().collect()
        } else {
            self.active_branches()
                .filter_map(Case::top_agency)
                .collect()
        }
    }

    pub(crate) fn is_active_branch(&self) -> bool {
        matches!(
            self.status,
            Status::Disposed | Status::InProgress | Status::Resolved
        )
    }

    /// The current disposition path, from the national admin down to the holder.
    pub fn path(&self) -> &[Holder] {
        &self.path
    }

    /// The whole disposition chain: every holding, in time order.
    pub fn chain(&self) -> &[Holding] {
        &self.chain
    }

    /// Who held the case at `t` (`None` before submission, or after it was closed).
    pub fn holder_at(&self, t: DateTime<Utc>) -> Option<&Holder> {
        self.chain
            .iter()
            .rev()
            .find(|h| h.from <= t && h.until.map_or(true, |u| t < u))
            .map(|h| &h.holder)
    }

    /// The agencies that declined the case.
    pub fn declined(&self) -> &[AgencyId] {
        &self.declined
    }

    /// The follow-ups, in time order.
    pub fn follow_ups(&self) -> &[Note] {
        &self.follow_ups
    }

    /// The replies, in time order.
    pub fn replies(&self) -> &[Note] {
        &self.replies
    }

    /// The postponements that ended (clock pauses).
    pub fn pauses(&self) -> &[crate::deadline::Interval] {
        &self.pauses
    }

    /// Since when the case is postponed, if it is.
    pub fn paused_since(&self) -> Option<DateTime<Utc>> {
        self.paused_since
    }

    /// When it was submitted.
    pub fn submitted_at(&self) -> DateTime<Utc> {
        self.submitted_at
    }

    /// When it was first disposed.
    pub fn disposed_at(&self) -> Option<DateTime<Utc>> {
        self.disposed_at
    }

    /// When it was resolved (`None` if it is not resolved now).
    pub fn resolved_at(&self) -> Option<DateTime<Utc>> {
        self.resolved_at
    }

    /// Why it was archived or deleted.
    pub fn closed_reason(&self) -> Option<&str> {
        self.closed_reason.as_deref()
    }

    /// The completion tier.
    pub fn tier(&self) -> Tier {
        self.tier
    }

    /// The SLA breaches recorded so far.
    pub fn breaches(&self) -> &[Breach] {
        &self.breaches
    }

    /// The reporter's answers to postponements (`complete`), in time order.
    pub fn details(&self) -> &[Note] {
        &self.details
    }

    /// The original case, if this one was archived as its duplicate.
    pub fn duplicate_of(&self) -> Option<TrackingId> {
        self.duplicate_of
    }

    /// The reporter's rating, if given.
    pub fn rating(&self) -> Option<&Rating> {
        self.rating.as_ref()
    }

    /// The handovers to and from other instances, in time order.
    pub fn handovers(&self) -> &[Handover] {
        &self.handovers
    }

    /// The instance handling the case now: the one it was last handed over to, or `None` for
    /// this one (never handed over, or received back).
    pub fn instance(&self) -> Option<&str> {
        self.handovers
            .last()
            .filter(|h| h.outgoing)
            .map(|h| h.instance.as_str())
    }

    /// The events, in order.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// The instant of the latest event.
    pub fn last_event_at(&self) -> DateTime<Utc> {
        self.last_at
    }

    /// Rebuilds a case from its events (the first must be `submitted`), checking each event
    /// exactly as the command that produces it is checked ([`Case::start`] for the first,
    /// [`Case::check_event`] for the others): a log that commands could not have produced is
    /// refused, whatever wrote it.
    ///
    /// Errors: [`Error::EventRejected`] naming the event's 1-based position, the case and the
    /// error its command would have got; [`Error::IllegalTransition`] for no events.
    pub fn replay<'e>(
        ctx: &Context<'_>,
        events: impl IntoIterator<Item = &'e Event>,
    ) -> Result<Case> {
        let mut events = events.into_iter();
        let first = events.next().ok_or_else(no_events)?;
        let mut case = Case::start(ctx, first).map_err(|r| rejected(1, first, r))?;
        for (i, e) in events.enumerate() {
            case.accept(ctx, e).map_err(|r| rejected(i + 2, e, r))?;
        }
        Ok(case)
    }

    /// [`replay`](Self::replay), taking ownership of the events (no clone of their texts and
    /// ids). `Case::replay_owned(ctx, events.clone()) == Case::replay(ctx, &events)`.
    pub fn replay_owned(
        ctx: &Context<'_>,
        events: impl IntoIterator<Item = Event>,
    ) -> Result<Case> {
        let mut events = events.into_iter();
        let first = events.next().ok_or_else(no_events)?;
        let (id, event) = (first.case, first.kind.as_str());
        let mut case = Case::start_owned(ctx, first).map_err(|r| rejected_at(1, id, event, r))?;
        for (i, e) in events.enumerate() {
            if let Err(r) = case.check_event(ctx, &e) {
                return Err(rejected(i + 2, &e, r));
            }
            case.apply_owned(e);
        }
        Ok(case)
    }

    /// The case as it was after its first `n` events (all of them if `n` is larger, the first
    /// if `n` is 0): its own events, already checked, folded again. What a timeline shows at an earlier step, or
    /// analytics as of an earlier instant.
    pub fn rewound(&self, n: usize) -> Case {
        let events = &self.events[..n.clamp(1, self.events.len())];
        // A case's first event is always `submitted`, so this never falls back.
        let Ok(mut case) = Case::from_first_state(&events[0]) else {
            return self.clone();
        };
        case.events.push(events[0].clone());
        for e in &events[1..] {
            case.apply(e);
        }
        case
    }

    /// [`replay`](Self::replay), also giving each event with the case's status and holder right
    /// after it: what a case's timeline shows (the status's
    /// [`public_label`](Status::public_label) in each language, who held the case). Same errors
    /// as [`replay`](Self::replay).
    ///
    /// ```
    /// use lapor_core::{read_event_log, AgencyDirectory, Case, Context, Holder, LogErrors,
    ///                  SlaPolicy, Status, WorkingCalendar};
    /// let dir = AgencyDirectory::from_json(r#"[{"id": "pemkot", "name": "Pemkot Bontang",
    ///   "level": "regency", "regions": ["64.74"]}]"#)?;
    /// let (cal, policy) = (WorkingCalendar::indonesia(), SlaPolicy::permenpanrb_62_2018());
    /// let ctx = Context::new(&dir, &cal, &policy);
    /// let log = concat!(
    ///     r#"{"case":7,"at":"2025-03-03T02:00:00Z","actor":{"role":"reporter"},"event":"submitted","report":{"kind":"complaint","title":"Jalan rusak","body":"Berlubang.","incident_date":"2025-03-01","channel":"web"}}"#, "\n",
    ///     r#"{"case":7,"at":"2025-03-04T02:00:00Z","actor":{"role":"national_admin"},"event":"disposed","agency":"pemkot"}"#, "\n",
    /// );
    /// let events = read_event_log(log, LogErrors::Stop)?.events;
    /// let (case, steps) = Case::replay_steps(&ctx, &events)?;
    /// assert_eq!(steps.len(), 2);
    /// assert_eq!((steps[0].status, &steps[0].holder), (Status::Submitted, &Holder::NationalAdmin));
    /// assert_eq!((steps[1].status, &steps[1].holder), (Status::Disposed, &Holder::Agency("pemkot".into())));
    /// assert_eq!(case, Case::replay(&ctx, &events)?);
    /// // The same log against a directory without "pemkot": refused, naming line 2.
    /// let empty = AgencyDirectory::from_json("[]")?;
    /// let err = Case::replay(&Context::new(&empty, &cal, &policy), &events).unwrap_err();
    /// assert_eq!(err.to_string(), "event log line 2 (case #7, event disposed) rejected: unknown agency \"pemkot\"");
    /// # Ok::<(), lapor_core::Error>(())
    /// ```
    pub fn replay_steps<'e>(
        ctx: &Context<'_>,
        events: impl IntoIterator<Item = &'e Event>,
    ) -> Result<(Case, Vec<TimelineStep>)> {
        let mut events = events.into_iter();
        let first = events.next().ok_or_else(no_events)?;
        let mut case = Case::start(ctx, first).map_err(|r| rejected(1, first, r))?;
        let mut steps = vec![TimelineStep::after(&case, first)];
        for (i, e) in events.enumerate() {
            case.accept(ctx, e).map_err(|r| rejected(i + 2, e, r))?;
            steps.push(TimelineStep::after(&case, e));
        }
        Ok((case, steps))
    }
}

/// The error of replaying no events at all.
fn no_events() -> Error {
    Error::EmptyLog
}

/// `reason`, for the event at 1-based position `line` of a log.
pub(crate) fn rejected(line: usize, e: &Event, reason: Error) -> Error {
    rejected_at(line, e.case, e.kind.as_str(), reason)
}

/// [`rejected`], for an event already moved away (its case and name kept).
pub(crate) fn rejected_at(
    line: usize,
    case: TrackingId,
    event: &'static str,
    reason: Error,
) -> Error {
    Error::EventRejected {
        line,
        case: case.0,
        event,
        reason: Box::new(reason),
    }
}
