//! SLA: budgets per metric (`docs/sla.md`), their evaluation on a case at an instant, and the
//! time-driven events ([`Case::due_events`]).
//!
//! # Metrics
//!
//! | metric | starts | stops | budget (PermenPANRB 62/2018 defaults) |
//! |---|---|---|---|
//! | verification | submission | first disposition, archive, deletion or withdrawal | 3 working days |
//! | re-routing | a decline back to the national admin | the next disposition, archive or deletion | the verification budget |
//! | first follow-up | each agency's receipt (disposition, reroute) | its first follow-up | 5 working days |
//! | completion (not for information requests) | each agency's receipt, each reopen | resolution | by [`Tier`]: 3, 5, 14 or 60 working days |
//! | information request | submission, each reopen | resolution (or archive) | 10 working days (+7 once extended) |
//! | reply window | latest follow-up | a later reply, or resolution | 10 working days (then auto-close) |
//!
//! # Who owns a clock
//!
//! Each run of a metric is a clock, numbered by [`MetricStatus::round`]. A decline back to the
//! national admin or a reroute ends the agency's first-follow-up and completion clocks
//! ([`MetricState::Superseded`] if their budget had not run out, breached otherwise) and the next
//! agency's start when it receives the case; a reopen starts a new completion clock; a
//! reclassification a new resolution clock under the new kind. A clock that stopped never runs
//! again, so no verdict changes after the fact.
//!
//! A metric is met when its clock stops strictly before the due instant (the due instant is the
//! local midnight ending the last day: acting at it is a day late). The reply window is also met
//! when the case is auto-closed exactly at its due instant (its normal end); it is breached only
//! while an overdue auto-close has not been applied.
//!
//! Postponements pause every running clock (see [`crate::deadline`] for how a partially paused
//! day counts). Deadlines are counted in the time zone of the agency responsible (the holder at
//! the reference instant; WIB for the national admin), with the budgets of the report's kind when
//! the clock started.
//!
//! # Overrides and precedence
//!
//! [`SlaPolicy::targets_for`] starts from the policy's `defaults`, then applies the override for
//! the report's kind (`kinds`), then the overrides of the responsible agency's ancestors from the
//! root down, and finally the agency's own (`agencies`): the nearest agency wins, and any agency
//! override wins over a kind override. Each override sets only the budgets it names.

use std::borrow::Cow;
use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{Actor, Case, Context, Event, EventKind, Holder, Status};
use crate::agency::{AgencyDirectory, AgencyId};
use crate::calendar::WorkingCalendar;
use crate::deadline::{local_date, Budget, Interval};
use crate::error::Result;
use crate::report::ReportKind;

/// What the SLA measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// Submission to disposition (or archive/deletion).
    Verification,
    /// Disposition to the first follow-up.
    FirstFollowUp,
    /// Disposition to resolution, by tier.
    Completion,
    /// Submission to resolution of an information request (UU 14/2008).
    InformationRequest,
    /// Latest follow-up to auto-close, when the reporter does not reply.
    ReplyWindow,
    /// An agency's decline ("bukan wewenang") back to the national admin, to the next
    /// disposition (or archive/deletion): the national admin's wait for re-routing.
    Rerouting,
}

impl Metric {
    /// The snake_case name, as in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Metric::Verification => "verification",
            Metric::FirstFollowUp => "first_follow_up",
            Metric::Completion => "completion",
            Metric::InformationRequest => "information_request",
            Metric::ReplyWindow => "reply_window",
            Metric::Rerouting => "rerouting",
        }
    }
}

/// The completion tier set at disposition (KemenPANRB 2018, regional SOPs).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    /// Light: 3 working days.
    Light,
    /// Normative (the default): 5 working days.
    #[default]
    Normative,
    /// Needs work but no field check: 14 working days.
    NoFieldCheck,
    /// Needs a field check: 60 working days.
    FieldCheck,
}

impl Tier {
    /// The snake_case name, as in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Tier::Light => "light",
            Tier::Normative => "normative",
            Tier::NoFieldCheck => "no_field_check",
            Tier::FieldCheck => "field_check",
        }
    }
}

/// The budget of each metric.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SlaTargets {
    /// Verification.
    pub verification: Budget,
    /// First follow-up.
    pub first_follow_up: Budget,
    /// Completion, light tier.
    pub completion_light: Budget,
    /// Completion, normative tier.
    pub completion_normative: Budget,
    /// Completion, no field check.
    pub completion_no_field_check: Budget,
    /// Completion, field check.
    pub completion_field_check: Budget,
    /// Information request.
    pub information_request: Budget,
    /// Re-routing after a decline (`None`: the verification budget).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rerouting: Option<Budget>,
}

impl Default for SlaTargets {
    /// PermenPANRB 62/2018 and LAPOR!'s rules (`docs/sla.md`).
    fn default() -> Self {
        SlaTargets {
            verification: Budget::WorkingDays(3),
            first_follow_up: Budget::WorkingDays(5),
            completion_light: Budget::WorkingDays(3),
            completion_normative: Budget::WorkingDays(5),
            completion_no_field_check: Budget::WorkingDays(14),
            completion_field_check: Budget::WorkingDays(60),
            information_request: Budget::WorkingDays(10),
            rerouting: None,
        }
    }
}

impl SlaTargets {
    /// The completion budget of a tier.
    pub fn completion(&self, tier: Tier) -> Budget {
        match tier {
            Tier::Light => self.completion_light,
            Tier::Normative => self.completion_normative,
            Tier::NoFieldCheck => self.completion_no_field_check,
            Tier::FieldCheck => self.completion_field_check,
        }
    }

    /// The re-routing budget: its own, or the verification budget.
    pub fn rerouting(&self) -> Budget {
        self.rerouting.unwrap_or(self.verification)
    }

    fn apply(&mut self, o: &SlaOverride) {
        if o.rerouting.is_some() {
            self.rerouting = o.rerouting;
        }
        let pairs = [
            (&mut self.verification, o.verification),
            (&mut self.first_follow_up, o.first_follow_up),
            (&mut self.completion_light, o.completion_light),
            (&mut self.completion_normative, o.completion_normative),
            (
                &mut self.completion_no_field_check,
                o.completion_no_field_check,
            ),
            (&mut self.completion_field_check, o.completion_field_check),
            (&mut self.information_request, o.information_request),
        ];
        for (slot, value) in pairs {
            if let Some(v) = value {
                *slot = v;
            }
        }
    }
}

/// Budgets that replace the defaults for a kind or an agency; absent fields keep the value below.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)] // the fields are those of `SlaTargets`
pub struct SlaOverride {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<Budget>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_follow_up: Option<Budget>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion_light: Option<Budget>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion_normative: Option<Budget>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion_no_field_check: Option<Budget>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion_field_check: Option<Budget>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub information_request: Option<Budget>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rerouting: Option<Budget>,
}

/// Where a breach is escalated (local policy, `docs/sla.md`).
///
/// JSON: `"parent"`, `"national_admin"`, `{"agency": "inspektorat"}`, `"none"`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Escalation {
    /// To the parent of the agency responsible (the national admin for a root agency or for a
    /// breach by the national admin).
    #[default]
    Parent,
    /// Always to the national admin.
    NationalAdmin,
    /// Always to one agency (an inspectorate, the Ombudsman…).
    Agency(AgencyId),
    /// No escalation event.
    None,
}

/// Budgets, windows and escalation: a versioned policy.
///
/// ```
/// use lapor_core::{Budget, SlaPolicy, Tier};
/// let p = SlaPolicy::from_json(r#"{"name": "Pemkot Bontang 2025",
///   "agencies": {"pemkot": {"first_follow_up": {"working_days": 3}}}}"#)?;
/// assert_eq!(p.defaults.completion(Tier::FieldCheck), Budget::WorkingDays(60));
/// assert!(SlaPolicy::from_json(r#"{"deadlines": {}}"#).is_err());
/// # Ok::<(), lapor_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SlaPolicy {
    /// The policy's name (the regulation it follows).
    #[serde(default = "default_name")]
    pub name: String,
    /// Budgets for every case.
    #[serde(default)]
    pub defaults: SlaTargets,
    /// Overrides per report kind.
    #[serde(default)]
    pub kinds: BTreeMap<ReportKind, SlaOverride>,
    /// Overrides per agency (and, through the tree, its units).
    #[serde(default)]
    pub agencies: BTreeMap<AgencyId, SlaOverride>,
    /// The reporter's reply window after a follow-up, then auto-close (10 working days; a regulation, see `docs/sla.md`).
    #[serde(default = "ten_working_days")]
    pub reply_window: Budget,
    /// How long after resolution the reporter may reopen (10 working days; a library choice).
    #[serde(default = "ten_working_days")]
    pub reopen_window: Budget,
    /// The one extension of an information request (UU 14/2008 art. 22: 7 working days), added
    /// to its budget (same unit).
    #[serde(default = "seven_working_days")]
    pub information_request_extension: Budget,
    /// How long a postponed report waits for the reporter's details before it is archived
    /// automatically (10 working days; a library choice).
    #[serde(default = "ten_working_days")]
    pub postponement_window: Budget,
    /// Where breaches are escalated.
    #[serde(default)]
    pub escalation: Escalation,
    /// Local days off of agencies (with their units) or regions, beyond the national calendar:
    /// see [`LocalCalendars`](crate::LocalCalendars).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub days_off: Vec<crate::ScopedDayOff>,
}

fn default_name() -> String {
    "PermenPANRB 62/2018".into()
}

fn ten_working_days() -> Budget {
    Budget::WorkingDays(10)
}

fn seven_working_days() -> Budget {
    Budget::WorkingDays(7)
}

impl Default for SlaPolicy {
    fn default() -> Self {
        SlaPolicy::permenpanrb_62_2018()
    }
}

impl SlaPolicy {
    /// The defaults of `docs/sla.md` (PermenPANRB 62/2018).
    pub fn permenpanrb_62_2018() -> SlaPolicy {
        SlaPolicy {
            name: default_name(),
            defaults: SlaTargets::default(),
            kinds: BTreeMap::new(),
            agencies: BTreeMap::new(),
            reply_window: ten_working_days(),
            reopen_window: ten_working_days(),
            information_request_extension: seven_working_days(),
            postponement_window: ten_working_days(),
            escalation: Escalation::Parent,
            days_off: Vec::new(),
        }
    }

    /// Reads a policy; absent fields take the PermenPANRB 62/2018 values, unknown fields are
    /// an error.
    pub fn from_json(json: &str) -> Result<SlaPolicy> {
        crate::error::from_json("SLA policy", json)
    }

    /// Writes the policy as JSON.
    pub fn to_json(&self) -> String {
        crate::error::to_json(self)
    }

    /// The budgets for a report kind handled by `agency` (see the module documentation for
    /// the precedence).
    pub fn targets_for(
        &self,
        kind: ReportKind,
        agency: Option<&AgencyId>,
        directory: &AgencyDirectory,
    ) -> SlaTargets {
        let mut t = self.defaults;
        if let Some(o) = self.kinds.get(&kind) {
            t.apply(o);
        }
        if let Some(a) = agency {
            if !self.agencies.is_empty() {
                let ancestors = directory.ancestors(a).unwrap_or_default();
                for anc in ancestors.iter().rev() {
                    if let Some(o) = self.agencies.get(&anc.id) {
                        t.apply(o);
                    }
                }
                if let Some(o) = self.agencies.get(a) {
                    t.apply(o);
                }
            }
        }
        t
    }

    /// Where a breach by `responsible` goes, or `None` if the policy does not escalate.
    pub fn escalate(&self, responsible: &Holder, directory: &AgencyDirectory) -> Option<Holder> {
        match &self.escalation {
            Escalation::None => None,
            Escalation::NationalAdmin => Some(Holder::NationalAdmin),
            Escalation::Agency(a) => Some(Holder::Agency(a.clone())),
            Escalation::Parent => Some(
                responsible
                    .agency()
                    .and_then(|a| directory.get(a).ok())
                    .and_then(|a| a.parent.clone())
                    .map_or(Holder::NationalAdmin, Holder::Agency),
            ),
        }
    }
}

/// Where a metric stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MetricState {
    /// The clock runs, not yet due.
    Running,
    /// The case is postponed: the clock is stopped.
    Paused,
    /// Stopped before the due instant.
    Met,
    /// The due instant passed before it stopped.
    Breached,
    /// Its owner's part ended before its budget ran out, without meeting it: the agency
    /// declined the case or the national admin rerouted it (a new clock starts for the next
    /// holder), or the report was reclassified to a kind measured by another metric. Neither
    /// met nor breached.
    Superseded,
}

impl MetricState {
    /// The snake_case name, as in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            MetricState::Running => "running",
            MetricState::Paused => "paused",
            MetricState::Met => "met",
            MetricState::Breached => "breached",
            MetricState::Superseded => "superseded",
        }
    }
}

/// One metric of a case, evaluated at an instant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MetricStatus {
    /// The metric.
    pub metric: Metric,
    /// Which clock of the metric, from 1: a later agency's first follow-up and completion after
    /// a decline or reroute, a completion after a reopen, a second re-routing, are numbered 2, 3…
    pub round: u32,
    /// For a case routed to several agencies, the branch (its agency) whose clock this is;
    /// rounds count within a branch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch: Option<AgencyId>,
    /// Its budget.
    pub target: Budget,
    /// When its clock started.
    #[serde(deserialize_with = "crate::instant::rfc3339")]
    pub started: DateTime<Utc>,
    /// When the budget runs out (while paused: if the clock resumed at the evaluated instant).
    #[serde(deserialize_with = "crate::instant::rfc3339")]
    pub due: DateTime<Utc>,
    /// Time used, in the budget's unit (whole working days, whole office hours or whole days).
    pub used: u32,
    /// Running, paused, met or breached.
    pub state: MetricState,
    /// When the clock stopped, if it did.
    #[serde(default, deserialize_with = "crate::instant::rfc3339_opt")]
    pub stopped: Option<DateTime<Utc>>,
    /// When it was breached (the due instant), if it was.
    #[serde(default, deserialize_with = "crate::instant::rfc3339_opt")]
    pub breached_at: Option<DateTime<Utc>>,
    /// Who held the case at the reference instant: the breach, the stop, or the evaluated
    /// instant.
    pub responsible: Holder,
    /// Whether `due` or `used` depends on a projected year of the calendar (a decree may still
    /// move them; see [`WorkingCalendar::is_projected`](crate::WorkingCalendar::is_projected)).
    pub provisional: bool,
}

impl Case {
    /// The SLA metrics of the case at `now` (see the module documentation of
    /// [`crate::case`]'s SLA part). `now` may be in the past of the case: what happened after
    /// it is ignored.
    ///
    /// Errors: [`Error::CalendarRange`](crate::Error::CalendarRange) if a deadline falls outside
    /// the calendar's years.
    pub fn sla(&self, ctx: &Context<'_>, now: DateTime<Utc>) -> Result<Vec<MetricStatus>> {
        let mut pauses: Vec<Interval> = self
            .pauses
            .iter()
            .filter(|p| p.start() < now)
            .filter_map(|p| Interval::new(p.start(), p.end().min(now)).ok())
            .collect();
        // Paused at `now`: a pause still running, or (evaluating a past instant) one that
        // contained it.
        let paused_now = match self.paused_since {
            Some(since) if since <= now => {
                pauses.extend(Interval::new(since, now).ok());
                true
            }
            _ => self
                .pauses
                .iter()
                .any(|p| p.start() <= now && now < p.end()),
        };
        let mut out = Vec::with_capacity(self.clocks.len() + 1);
        let facts = &self.sla_facts;
        let mut zones = ZoneMemo::default();
        // In metric order, then by round.
        let clocks = [
            Metric::Verification,
            Metric::Rerouting,
            Metric::FirstFollowUp,
            Metric::Completion,
            Metric::InformationRequest,
        ]
        .into_iter()
        .flat_map(|m| self.clocks.iter().filter(move |c| c.metric == m));
        for clock in clocks.filter(|c| c.start <= now) {
            out.push(self.metric(ctx, now, clock, (&pauses, paused_now), &mut zones)?);
        }
        // The branches' own clocks (first follow-up, completion), each row naming its branch.
        for b in &self.branches {
            let root = b.branch_root().cloned();
            for mut m in b.sla(ctx, now)? {
                if matches!(m.metric, Metric::FirstFollowUp | Metric::Completion) {
                    m.branch = root.clone();
                    out.push(m);
                }
            }
        }
        // The latest follow-up at or before `now`, and the first reply at or after it (kept in
        // `sla_facts` for the case's latest follow-up: the common case, `now` after it).
        let latest = match facts.last_follow_up {
            Some(l) if l <= now => Some((l, facts.reply_after_last)),
            Some(_) => self.follow_ups.iter().rev().find(|n| n.at <= now).map(|n| {
                let reply = self.replies.iter().map(|r| r.at).find(|&r| r >= n.at);
                (n.at, reply)
            }),
            None => None,
        };
        if let Some((latest, reply)) = latest {
            let stop = self
                .reply_window_answered(latest, reply)
                .into_iter()
                .chain(self.resolved_at)
                .min();
            let clock = Clock {
                metric: Metric::ReplyWindow,
                round: 1,
                start: latest,
                stop,
                superseded: false,
                extended_at: None,
            };
            out.push(self.metric(ctx, now, &clock, (&[], false), &mut zones)?);
        }
        Ok(out)
    }

    fn metric<'h, 'a>(
        &'h self,
        ctx: &Context<'a>,
        now: DateTime<Utc>,
        clock: &Clock,
        (pauses, paused_now): (&[Interval], bool),
        zones: &mut ZoneMemo<'h, 'a>,
    ) -> Result<MetricStatus> {
        let (metric, start) = (clock.metric, clock.start);
        let stop = clock.stop.filter(|s| *s <= now);
        let superseded = stop.is_some() && clock.superseded;
        let end = stop.unwrap_or(now);
        // A stopped clock counts only the pauses before its stop (a later postponement, after
        // a decline, is another clock's).
        let clipped: Vec<Interval>;
        let pauses = if pauses.iter().any(|p| p.end() > end) {
            clipped = pauses
                .iter()
                .filter(|p| p.start() < end)
                .filter_map(|p| Interval::new(p.start(), p.end().min(end)).ok())
                .collect();
            &clipped[..]
        } else {
            pauses
        };
        let holder_then = |t: DateTime<Utc>| self.holder_before(t, start).unwrap_or(self.holder());
        // The holder just before the clock's reference instant: its zone counts the deadline,
        // its budgets apply, and (unless breached earlier) it is responsible.
        let holder = holder_then(end);
        let (zone, calendar) = zones.clock(ctx, holder)?;
        let target = match metric {
            Metric::ReplyWindow => ctx.policy.reply_window,
            _ => {
                let t = ctx
                    .policy
                    .targets_for(self.kind_at(start), holder.agency(), ctx.directory);
                match metric {
                    Metric::Verification => t.verification,
                    Metric::Rerouting => t.rerouting(),
                    Metric::FirstFollowUp => t.first_follow_up,
                    Metric::Completion => t.completion(self.tier),
                    _ => match clock.extended_at.filter(|e| *e <= now) {
                        Some(_) => t
                            .information_request
                            .plus(ctx.policy.information_request_extension)
                            .unwrap_or(t.information_request),
                        None => t.information_request,
                    },
                }
            }
        };
        let due = calendar.deadline_with_pauses(start, target, zone, pauses)?;
        let provisional = calendar.provisional(target, start, due.max(end), zone);
        let used = match target {
            Budget::WorkingDays(_) => calendar.working_days_used(start, end, zone, pauses)?,
            Budget::WorkingHours(_) => {
                let s = calendar.office_seconds_used(start, end, zone, pauses)?;
                u32::try_from(s / 3600).unwrap_or(u32::MAX)
            }
            Budget::CalendarDays(_) => {
                let days = (local_date(end, zone) - local_date(start, zone)).num_days() - 1;
                u32::try_from(days.max(0)).unwrap_or(u32::MAX)
            }
        };
        let (state, breached_at) = match stop {
            Some(s) if s < due && superseded => (MetricState::Superseded, None),
            Some(s) if s < due => (MetricState::Met, None),
            // The reply window's normal end is the auto-close at its due instant.
            Some(s) if metric == Metric::ReplyWindow && s == due => (MetricState::Met, None),
            Some(_) => (MetricState::Breached, Some(due)),
            None if now >= due => (MetricState::Breached, Some(due)),
            None if paused_now => (MetricState::Paused, None),
            None => (MetricState::Running, None),
        };
        let responsible = match breached_at {
            Some(due) if due != end => holder_then(due),
            _ => holder,
        }
        .clone();
        Ok(MetricStatus {
            metric,
            round: clock.round,
            branch: None,
            target,
            started: start,
            due,
            used,
            state,
            stopped: stop,
            breached_at,
            responsible,
            provisional,
        })
    }

    /// The time-driven events due at `now`, in time order, without changing the case: a
    /// `breached` event for each metric whose budget ran out (once per metric; not for the
    /// reply window, whose end is the auto-close), followed at the same instant by an
    /// `escalated` event per the policy's [`Escalation`] rule, and `auto_closed` when the reply
    /// window ran out. Each event is dated at the instant it became due, or at the case's latest
    /// event if that is later (a log never goes back in time). Apply them in order (or use
    /// [`Case::advance`]).
    ///
    /// Errors: [`Error::TimeBackwards`](crate::Error::TimeBackwards) if `now` is before the
    /// latest event; calendar errors as for [`Case::sla`].
    pub fn due_events(&self, ctx: &Context<'_>, now: DateTime<Utc>) -> Result<Vec<Event>> {
        let last = self.last_event_at();
        if now < last {
            return Err(crate::Error::TimeBackwards { last, at: now });
        }
        let mut sim = self.clone();
        let mut out = Vec::new();
        // Each clock breaches once and auto-close or auto-archive closes the case: the loop
        // ends (a case has a handful of clocks; the bound is generous).
        let clocks = sim.clocks.len() + sim.branches.iter().map(|b| b.clocks.len()).sum::<usize>();
        for _ in 0..(4 * clocks + 8) {
            let last = sim.last_event_at();
            let mut next: Option<(DateTime<Utc>, EventKind, Option<Holder>)> = None;
            for m in sim.sla(ctx, now)? {
                if m.metric == Metric::ReplyWindow
                    || sim.breached(m.metric, m.round, m.branch.as_ref())
                {
                    continue;
                }
                if let Some(due) = m.breached_at {
                    let at = due.max(last);
                    if next.as_ref().map_or(true, |(t, _, _)| at < *t) {
                        let to = ctx.policy.escalate(&m.responsible, ctx.directory);
                        next = Some((
                            at,
                            EventKind::Breached {
                                metric: m.metric,
                                round: m.round,
                                branch: m.branch.clone(),
                                due,
                            },
                            to,
                        ));
                    }
                }
            }
            for (due, kind) in [
                (sim.auto_close_due(ctx)?, EventKind::AutoClosed),
                (sim.auto_archive_due(ctx)?, EventKind::AutoArchived),
            ] {
                if let Some(due) = due.filter(|d| *d <= now) {
                    let at = due.max(last);
                    if next.as_ref().map_or(true, |(t, _, _)| at < *t) {
                        next = Some((at, kind, None));
                    }
                }
            }
            let Some((at, kind, to)) = next else {
                break;
            };
            let breach = match &kind {
                EventKind::Breached {
                    metric,
                    round,
                    branch,
                    ..
                } => Some((*metric, *round, branch.clone())),
                _ => None,
            };
            let event = Event {
                case: sim.id,
                at,
                actor: Actor::system(),
                kind,
            };
            sim.apply(&event);
            out.push(event);
            if let (Some((metric, round, branch)), Some(to)) = (breach, to) {
                let event = Event {
                    case: sim.id,
                    at,
                    actor: Actor::system(),
                    kind: EventKind::Escalated {
                        metric,
                        round,
                        branch,
                        to,
                    },
                };
                sim.apply(&event);
                out.push(event);
            }
        }
        Ok(out)
    }

    /// [`due_events`](Self::due_events), with the events applied to the case; returns them.
    pub fn advance(&mut self, ctx: &Context<'_>, now: DateTime<Utc>) -> Result<Vec<Event>> {
        let events = self.due_events(ctx, now)?;
        for e in &events {
            self.apply(e);
        }
        Ok(events)
    }

    /// The metric that says when the case is next expected to move: the running (or paused)
    /// completion, information-request, first-follow-up or verification metric, in that order.
    pub fn expected(&self, ctx: &Context<'_>, now: DateTime<Utc>) -> Result<Option<MetricStatus>> {
        let mut metrics = self.sla(ctx, now)?;
        metrics.retain(|m| m.stopped.is_none());
        let rank = |m: &MetricStatus| match m.metric {
            Metric::Completion | Metric::InformationRequest => 0,
            Metric::FirstFollowUp => 1,
            Metric::Verification | Metric::Rerouting => 2,
            Metric::ReplyWindow => 3,
        };
        metrics.sort_by_key(rank);
        Ok(metrics
            .into_iter()
            .find(|m| m.metric != Metric::ReplyWindow))
    }
}

/// One clock of a case: a metric's budget for one owner (see [`Metric`]), from `start` until
/// `stop`. A case keeps its clocks as its events open and stop them, so a clock that stopped
/// never runs again: a reopen, a decline or a reroute opens a new one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Clock {
    pub(crate) metric: Metric,
    /// 1 for the metric's first clock, then 2, 3…
    pub(crate) round: u32,
    pub(crate) start: DateTime<Utc>,
    pub(crate) stop: Option<DateTime<Utc>>,
    /// Stopped because its owner's part ended (decline, reroute, reclassification), not
    /// because its goal was reached.
    pub(crate) superseded: bool,
    /// When the information request's one extension was given, if it was.
    pub(crate) extended_at: Option<DateTime<Utc>>,
}

impl Case {
    /// Opens a clock of `metric` at `at` (numbered after the metric's earlier clocks).
    pub(crate) fn open_clock(&mut self, metric: Metric, at: DateTime<Utc>) {
        let round = 1 + self.clocks.iter().filter(|c| c.metric == metric).count() as u32;
        self.clocks.push(Clock {
            metric,
            round,
            start: at,
            stop: None,
            superseded: false,
            extended_at: None,
        });
    }

    /// Stops the running clock of `metric`, if one runs.
    pub(crate) fn stop_clock(&mut self, metric: Metric, at: DateTime<Utc>, superseded: bool) {
        if let Some(c) = self.running_clock_mut(metric) {
            c.stop = Some(at);
            c.superseded = superseded;
        }
    }

    /// The running clock of `metric`, if one runs.
    pub(crate) fn running_clock(&self, metric: Metric) -> Option<&Clock> {
        self.clocks
            .iter()
            .rev()
            .find(|c| c.metric == metric && c.stop.is_none())
    }

    pub(crate) fn running_clock_mut(&mut self, metric: Metric) -> Option<&mut Clock> {
        self.clocks
            .iter_mut()
            .rev()
            .find(|c| c.metric == metric && c.stop.is_none())
    }

    /// The report's kind at `t` (admins may reclassify it).
    pub(crate) fn kind_at(&self, t: DateTime<Utc>) -> ReportKind {
        self.sla_facts
            .kinds
            .iter()
            .rev()
            .find(|(at, _)| *at <= t)
            .map_or(self.sla_facts.kind, |(_, k)| *k)
    }

    /// Whether the information request's one extension was given.
    pub fn extended(&self) -> bool {
        self.clocks.iter().any(|c| c.extended_at.is_some())
    }

    /// When a postponed case is archived automatically if the reporter does not complete it:
    /// the policy's [`postponement_window`](SlaPolicy::postponement_window) after the
    /// postponement, counted on the national admin's calendar. `None` unless postponed.
    ///
    /// Errors: calendar errors as for [`Case::sla`].
    pub fn auto_archive_due(&self, ctx: &Context<'_>) -> Result<Option<DateTime<Utc>>> {
        let (Status::Postponed, Some(since)) = (self.status, self.paused_since) else {
            return Ok(None);
        };
        let (zone, calendar) = self.clock(ctx, since)?;
        Ok(Some(calendar.deadline(
            since,
            ctx.policy.postponement_window,
            zone,
        )?))
    }
}

impl Case {
    /// The holder just before `t` (but not before `start`): the holder *before* a transition at
    /// `t`. That is the holder at `t` less a nanosecond, compared instead of computed: a holding
    /// `[from, until)` holds at `t - 1ns` when `from < t <= until`.
    pub(super) fn holder_before(&self, t: DateTime<Utc>, start: DateTime<Utc>) -> Option<&Holder> {
        if t <= start {
            return self.holder_at(start);
        }
        self.chain
            .iter()
            .rev()
            .find(|h| h.from < t && h.until.map_or(true, |u| t <= u))
            .map(|h| &h.holder)
    }
}

/// The time zones and calendars of the holders met while evaluating one case (the national
/// admin, an agency, its units: a handful): the directory (a hash of the agency id and a walk up
/// the tree) is asked once per holder.
#[derive(Default)]
struct ZoneMemo<'h, 'a> {
    seen: [Option<(
        &'h Holder,
        crate::region::TimeZone,
        Cow<'a, WorkingCalendar>,
    )>; 4],
    next: usize,
}

impl<'h, 'a> ZoneMemo<'h, 'a> {
    /// The zone and calendar deadlines are counted in while `holder` holds the case.
    fn clock(
        &mut self,
        ctx: &Context<'a>,
        holder: &'h Holder,
    ) -> Result<(crate::region::TimeZone, &WorkingCalendar)> {
        let found = self
            .seen
            .iter()
            .position(|s| matches!(s, Some((h, _, _)) if std::ptr::eq(*h, holder) || *h == holder));
        let slot = match found {
            Some(i) => i,
            None => {
                let agency = holder.agency();
                let (zone, calendar) = (
                    super::machine::zone_of(ctx, agency)?,
                    ctx.calendar_for(agency)?,
                );
                let i = self.next % self.seen.len();
                self.seen[i] = Some((holder, zone, calendar));
                self.next += 1;
                i
            }
        };
        match &self.seen[slot] {
            Some((_, zone, calendar)) => Ok((*zone, calendar)),
            None => Ok((crate::region::TimeZone::Wib, ctx.calendar)),
        }
    }
}
