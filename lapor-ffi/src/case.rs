//! Case timelines: [`CaseTimeline`], built from an event log (JSON Lines), with each event's
//! status and public labels, the holder, and the SLA metrics with their due instants.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::SystemTime;

use chrono::{DateTime, Utc};
use lapor_core::{
    read_event_log, AgencyDirectory, Case, CategoryTree, Command, Context, Lang, LogErrors, Metric,
    MetricState, Report, Role, SlaPolicy, Status, TimelineStep, TrackingId, Viewer, World,
};

use crate::calendar::{Budget, WorkingCalendar};
use crate::error::{system_time, utc, LaporError};

#[uniffi::remote(Enum)]
enum Status {
    Submitted,
    Postponed,
    Disposed,
    InProgress,
    Resolved,
    Archived,
    Deleted,
}

#[uniffi::remote(Enum)]
enum Role {
    Reporter,
    NationalAdmin,
    AgencyAdmin,
    LiaisonOfficer,
    System,
}

#[uniffi::remote(Enum)]
enum Metric {
    Verification,
    FirstFollowUp,
    Completion,
    InformationRequest,
    ReplyWindow,
    Rerouting,
}

#[uniffi::remote(Enum)]
enum MetricState {
    Running,
    Paused,
    Met,
    Breached,
    Superseded,
}

#[uniffi::remote(Enum)]
enum Lang {
    Id,
    En,
}

#[uniffi::remote(Enum)]
enum Viewer {
    Public,
    Agency,
    NationalAdmin,
    Reporter,
}

/// Who holds a case.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum Holder {
    /// The national admin (before disposition, or after an agency declined).
    NationalAdmin,
    /// An agency or one of its units.
    Agency {
        /// The agency's id in the directory.
        id: String,
    },
}

impl From<&lapor_core::Holder> for Holder {
    fn from(h: &lapor_core::Holder) -> Self {
        match h {
            lapor_core::Holder::NationalAdmin => Holder::NationalAdmin,
            lapor_core::Holder::Agency(id) => Holder::Agency {
                id: id.as_str().to_string(),
            },
        }
    }
}

/// Who gives a command: a role, and the agency an agency admin or liaison officer acts for.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Actor {
    /// The actor's role.
    pub role: Role,
    /// The agency (or unit) acted for; none for the reporter, the national admin, the system.
    #[uniffi(default = None)]
    pub agency: Option<String>,
}

impl From<Actor> for lapor_core::Actor {
    fn from(a: Actor) -> Self {
        lapor_core::Actor {
            role: a.role,
            agency: a.agency.map(lapor_core::AgencyId::new),
        }
    }
}

impl From<&lapor_core::Actor> for Actor {
    fn from(a: &lapor_core::Actor) -> Self {
        Actor {
            role: a.role,
            agency: a.agency.as_ref().map(|id| id.as_str().to_string()),
        }
    }
}

/// One event of a case's timeline, with the case's state right after it.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct TimelineEntry {
    /// When it happened.
    pub at: SystemTime,
    /// The event's name: `submitted`, `disposed`, `followed_up`, `breached`, … (snake_case).
    pub event: String,
    /// Who did it.
    pub actor: Actor,
    /// The case's status after the event.
    pub status: Status,
    /// The status's public label in Bahasa Indonesia (`Belum Ditindaklanjuti`, `Proses`, …).
    pub label_id: String,
    /// The status's public label in English.
    pub label_en: String,
    /// Who held the case after the event.
    pub holder: Holder,
    /// The event as one JSON line (all its fields: agency, texts, metric…). Full data, for the
    /// national admin and the reporter: for an anonymous case the `submitted` event holds the
    /// reporter's identity. What an agency or the public may see is
    /// [`CaseTimeline::view_json`].
    pub json: String,
}

impl From<&TimelineStep> for TimelineEntry {
    fn from(s: &TimelineStep) -> Self {
        TimelineEntry {
            at: system_time(s.event.at),
            event: s.event.kind.as_str().to_string(),
            actor: (&s.event.actor).into(),
            status: s.status,
            label_id: s.status.public_label(Lang::Id).to_string(),
            label_en: s.status.public_label(Lang::En).to_string(),
            holder: (&s.holder).into(),
            json: s.event.to_json(),
        }
    }
}

/// One branch of a case routed to several agencies (`dispose_many`).
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct CaseBranch {
    /// The agency the branch was sent to.
    pub agency: String,
    /// Who holds it now (a unit below the agency; the national admin after the agency
    /// declined).
    pub holder: Holder,
    /// Its status (the case's is the least advanced active branch's).
    pub status: Status,
}

/// One SLA metric of a case, evaluated at an instant.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct SlaMetric {
    /// The metric.
    pub metric: Metric,
    /// Which clock of the metric: 1, then 2, 3… for a later agency's clocks after a decline or
    /// reroute, a completion after a reopen.
    pub round: u32,
    /// The agency of the branch whose clock it is, for a case routed to several agencies
    /// (`dispose_many`); none otherwise.
    pub branch: Option<String>,
    /// Running, paused, met, breached or superseded.
    pub state: MetricState,
    /// Its budget.
    pub target: Budget,
    /// When its clock started.
    pub started: SystemTime,
    /// When the budget runs out (while paused: if the clock resumed at the evaluated instant).
    pub due: SystemTime,
    /// Time used, in the budget's unit.
    pub used: u32,
    /// When the clock stopped, if it did.
    pub stopped: Option<SystemTime>,
    /// When it was breached (the due instant), if it was.
    pub breached_at: Option<SystemTime>,
    /// Who is responsible: the holder at the breach, the stop, or the evaluated instant.
    pub responsible: Holder,
    /// The responsible agency's id (none when the national admin is responsible).
    pub responsible_agency: Option<String>,
    /// Whether `due` or `used` depends on a projected year of the calendar (a decree may still
    /// move them).
    pub provisional: bool,
}

impl From<lapor_core::MetricStatus> for SlaMetric {
    fn from(m: lapor_core::MetricStatus) -> Self {
        SlaMetric {
            metric: m.metric,
            round: m.round,
            branch: m.branch.as_ref().map(|b| b.as_str().to_string()),
            state: m.state,
            target: m.target.into(),
            started: system_time(m.started),
            due: system_time(m.due),
            used: m.used,
            stopped: m.stopped.map(system_time),
            breached_at: m.breached_at.map(system_time),
            responsible_agency: m.responsible.agency().map(|a| a.as_str().to_string()),
            responsible: (&m.responsible).into(),
            provisional: m.provisional,
        }
    }
}

struct State {
    case: Case,
    steps: Vec<TimelineStep>,
}

/// A case's timeline: the case rebuilt from its event log, each event with the status (and its
/// public labels in Bahasa Indonesia and English) and holder after it, and the SLA metrics.
///
/// Officers' apps may also give commands ([`handle`](Self::handle)) and let time pass
/// ([`advance`](Self::advance)); the timeline grows with the events. Safe to share between
/// threads.
#[derive(uniffi::Object)]
pub struct CaseTimeline {
    world: World,
    as_of: DateTime<Utc>,
    state: Mutex<State>,
}

/// The core's [`World`] from the JSON and calendar a timeline is built with (local days off of
/// the directory and the policy included).
fn setup(
    directory_json: &str,
    policy_json: Option<String>,
    calendar: Option<Arc<WorkingCalendar>>,
    categories_json: Option<String>,
) -> Result<World, LaporError> {
    let world = World::new(
        AgencyDirectory::from_json(directory_json)?,
        calendar.map_or_else(lapor_core::WorkingCalendar::indonesia, |c| c.inner.clone()),
        match policy_json {
            Some(p) => SlaPolicy::from_json(&p)?,
            None => SlaPolicy::permenpanrb_62_2018(),
        },
    )?;
    Ok(match categories_json {
        Some(c) => world.with_categories(CategoryTree::from_json(&c)?),
        None => world,
    })
}

/// The other cases `archive_as_duplicate` may link to: tracking id to submission instant.
fn known(cases: Option<HashMap<u64, SystemTime>>) -> Result<Known, LaporError> {
    let mut out = Known::new();
    for (id, at) in cases.unwrap_or_default() {
        out.insert(TrackingId(id), utc(at)?);
    }
    Ok(out)
}

type Known = BTreeMap<TrackingId, DateTime<Utc>>;

#[uniffi::export]
impl CaseTimeline {
    /// Builds the timeline of one case from its event log (JSON Lines, one event per line, the
    /// first `submitted`), the agency directory (JSON array of agencies), the SLA policy (JSON;
    /// PermenPANRB 62/2018 when absent) and the calendar (Indonesia's when absent). The SLA
    /// metrics are evaluated at `as_of`.
    ///
    /// Every event is checked exactly as the command producing it would be (role, status,
    /// directory, time order): throws `LogLine` for a line that is not an event,
    /// `EventRejected` (with the line, the case and the reason's code) for an event that no
    /// command could have produced here, `Json` / `Directory` for a bad directory or policy.
    ///
    /// `categories_json` is the category tree (JSON array) `set_category` checks against;
    /// `known_cases` the other cases (tracking id to submission instant) an
    /// `archive_as_duplicate` may link to.
    #[uniffi::constructor(default(
        policy_json = None,
        calendar = None,
        categories_json = None,
        known_cases = None
    ))]
    pub fn new(
        event_log: String,
        directory_json: String,
        as_of: SystemTime,
        policy_json: Option<String>,
        calendar: Option<Arc<WorkingCalendar>>,
        categories_json: Option<String>,
        known_cases: Option<HashMap<u64, SystemTime>>,
    ) -> Result<Arc<Self>, LaporError> {
        let s = setup(&directory_json, policy_json, calendar, categories_json)?;
        let log = read_event_log(&event_log, LogErrors::Stop)?;
        let known = known(known_cases)?;
        let (case, steps) = log.replay_steps(&s.context().with_cases(&known))?;
        Ok(Arc::new(CaseTimeline {
            world: s,
            as_of: utc(as_of)?,
            state: Mutex::new(State { case, steps }),
        }))
    }

    /// Files a report (JSON of the core's `Report`) as a new case with this tracking id: the
    /// timeline's first event, at `at` (also its as-of instant). Throws `Json` for a bad report,
    /// `PermissionDenied` unless the actor is the reporter or the national admin.
    /// `categories_json` is the category tree (JSON array) `set_category` checks against.
    #[uniffi::constructor(default(policy_json = None, calendar = None, categories_json = None))]
    #[allow(clippy::too_many_arguments)]
    pub fn submit(
        report_json: String,
        directory_json: String,
        tracking_id: u64,
        actor: Actor,
        at: SystemTime,
        policy_json: Option<String>,
        calendar: Option<Arc<WorkingCalendar>>,
        categories_json: Option<String>,
    ) -> Result<Arc<Self>, LaporError> {
        let s = setup(&directory_json, policy_json, calendar, categories_json)?;
        let report = Report::from_json(&report_json)?;
        let at = utc(at)?;
        let ctx = s.context();
        let case = Case::submit(&ctx, &actor.into(), TrackingId(tracking_id), report, at)?;
        let steps = case
            .events()
            .iter()
            .map(|e| TimelineStep::after(&case, e))
            .collect();
        Ok(Arc::new(CaseTimeline {
            world: s,
            as_of: at,
            state: Mutex::new(State { case, steps }),
        }))
    }

    /// The case's tracking id.
    pub fn tracking_id(&self) -> u64 {
        self.lock().case.id().0
    }

    /// The instant the timeline was built for.
    pub fn as_of(&self) -> SystemTime {
        system_time(self.as_of)
    }

    /// The current status.
    pub fn status(&self) -> Status {
        self.lock().case.status()
    }

    /// Who holds the case now.
    pub fn holder(&self) -> Holder {
        self.lock().case.holder().into()
    }

    /// The branches of a case routed to several agencies (`dispose_many`), in the order they
    /// were created; empty otherwise.
    pub fn branches(&self) -> Vec<CaseBranch> {
        self.lock()
            .case
            .branches()
            .iter()
            .filter_map(|b| {
                Some(CaseBranch {
                    agency: b.branch_root()?.as_str().to_string(),
                    holder: b.holder().into(),
                    status: b.status(),
                })
            })
            .collect()
    }

    /// Every event, in order, with the status, labels and holder after it.
    pub fn entries(&self) -> Vec<TimelineEntry> {
        self.lock().steps.iter().map(Into::into).collect()
    }

    /// The SLA metrics at the timeline's as-of instant.
    pub fn metrics(&self) -> Result<Vec<SlaMetric>, LaporError> {
        self.metrics_at(system_time(self.as_of))
    }

    /// The SLA metrics at `at` (what happened after `at` is ignored). Throws `Calendar` when a
    /// deadline falls outside the calendar's years.
    pub fn metrics_at(&self, at: SystemTime) -> Result<Vec<SlaMetric>, LaporError> {
        let at = utc(at)?;
        let state = self.lock();
        let ctx = self.world.context();
        Ok(state
            .case
            .sla(&ctx, at)?
            .into_iter()
            .map(Into::into)
            .collect())
    }

    /// Gives a command (JSON, tagged by `"command"`: `{"command": "dispose", "agency":
    /// "dinkes"}`, `{"command": "close"}`, …) as `actor` at `at`; returns the new timeline entry.
    /// On error the case is unchanged. Throws `Json` for a bad command, then the state
    /// machine's errors: `TimeBackwards`, `IllegalTransition`, `PermissionDenied`,
    /// `Directory` (`unknown_agency`, `unknown_case`, `unknown_category`), `AlreadyDeclined`,
    /// `OutsideSubtree`, `NotDue`, `WindowClosed`, `CommandRefused`. `known_cases` are the
    /// other cases (tracking id to submission instant) an `archive_as_duplicate` may link to.
    #[uniffi::method(default(known_cases = None))]
    pub fn handle(
        &self,
        actor: Actor,
        command_json: String,
        at: SystemTime,
        known_cases: Option<HashMap<u64, SystemTime>>,
    ) -> Result<TimelineEntry, LaporError> {
        let command = Command::from_json(&command_json)?;
        let at = utc(at)?;
        let known = known(known_cases)?;
        let mut state = self.lock();
        let ctx = self.world.context().with_cases(&known);
        let event = state.case.handle(&ctx, &actor.into(), &command, at)?;
        let step = TimelineStep::after(&state.case, &event);
        let entry = (&step).into();
        state.steps.push(step);
        Ok(entry)
    }

    /// Lets time pass until `at`: applies the time-driven events due by then (SLA breaches,
    /// escalations, auto-close, auto-archive) and returns their entries. Throws `TimeBackwards` if `at` is
    /// before the latest event.
    pub fn advance(&self, at: SystemTime) -> Result<Vec<TimelineEntry>, LaporError> {
        let at = utc(at)?;
        let mut state = self.lock();
        let ctx = self.world.context();
        let events = state.case.advance(&ctx, at)?;
        let n = state.case.events().len() - events.len();
        // Status and holder after each event: fold them one by one into a copy.
        let mut case = state.case.rewound(n);
        let mut out = Vec::with_capacity(events.len());
        for e in &events {
            case.apply(e);
            let step = TimelineStep::after(&case, e);
            out.push((&step).into());
            state.steps.push(step);
        }
        Ok(out)
    }

    /// The case as `viewer` may see it (the visibility matrix of `docs/privacy.md`, applied by the core),
    /// as JSON: for the agency, an anonymous case has no reporter and its texts are redacted;
    /// for the public, a confidential case shows only its id, status and agency. Agency and
    /// public apps show this, never [`entries`](Self::entries)' `json` or
    /// [`event_log`](Self::event_log).
    pub fn view_json(&self, viewer: Viewer) -> String {
        self.lock()
            .case
            .view(viewer, &lapor_core::Redactor::default())
            .to_json()
    }

    /// The case's events as a JSON Lines log (what [`new`](Self::new) reads). Full data (the
    /// reporter's identity included): for the national admin and the reporter only.
    pub fn event_log(&self) -> String {
        lapor_core::write_event_log(self.lock().case.events())
    }
}

impl CaseTimeline {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic while holding the lock cannot leave a half-applied case (commands are decided
        // before they are applied), so a poisoned lock is still usable.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The label LAPOR! shows the public for a status, in Bahasa Indonesia or English.
#[uniffi::export]
pub fn status_public_label(status: Status, lang: Lang) -> String {
    status.public_label(lang).to_string()
}

/// A seeded synthetic agency directory (53 agencies in the three time zones) as JSON: for
/// tests and demos.
#[uniffi::export]
pub fn synthetic_directory_json() -> String {
    lapor_core::synthetic::directory().to_json()
}

/// A seeded synthetic event log of `cases` cases over the synthetic directory (Indonesia's
/// calendar, PermenPANRB 62/2018), as JSON Lines: for tests and demos. The cases interleave;
/// pick one case's lines to build a [`CaseTimeline`].
#[uniffi::export]
pub fn synthetic_event_log(cases: u32, seed: u64) -> Result<String, LaporError> {
    let dir = lapor_core::synthetic::directory();
    let cal = lapor_core::WorkingCalendar::indonesia();
    let policy = SlaPolicy::permenpanrb_62_2018();
    let ctx = Context::new(&dir, &cal, &policy);
    let events = lapor_core::synthetic::event_log(&ctx, seed, cases as usize)?;
    Ok(lapor_core::write_event_log(&events))
}
