//! The transition function: [`Case::decide`] (pure) and [`Case::apply`] (the fold).

use std::sync::Arc;

use chrono::{DateTime, Utc};

use super::{
    Actor, Case, Command, Context, Event, EventKind, Holder, Holding, HoldingEnd, Metric, Note,
    Role, Status, Tier,
};
use crate::agency::AgencyId;
use crate::category::CategoryId;
use crate::deadline::Interval;
use crate::error::{Error, Result};
use crate::report::{Report, ReportKind, TrackingId};

use Status::*;

/// What a command or an event asks of the case, borrowed from either: the one thing
/// [`Case::check`] checks, so that [`Case::decide`] (a command) and [`Case::check_event`] (an
/// event of a log being replayed) go through exactly the same rules.
#[derive(Debug, Clone, Copy)]
pub(super) enum Act<'a> {
    Submit,
    Dispose(&'a AgencyId),
    DisposeMany(&'a [AgencyId]),
    Postpone,
    Resume,
    Archive,
    Delete,
    Withdraw,
    Reroute(&'a AgencyId),
    SubDispose(&'a AgencyId),
    Decline,
    FollowUp,
    Reply,
    Close,
    Reopen,
    AutoClose,
    Extend,
    Complete,
    AutoArchive,
    Reclassify(ReportKind),
    Tag(&'a [String]),
    SetCategory(&'a CategoryId),
    Duplicate(TrackingId),
    Rate(u8),
    HandOver(&'a str),
    ReceiveHandover,
}

impl Act<'_> {
    /// The command's snake_case name, as in JSON and in errors (also [`Command::as_str`]).
    pub(super) fn name(self) -> &'static str {
        match self {
            Act::Submit => "submit",
            Act::Dispose(_) => "dispose",
            Act::DisposeMany(_) => "dispose_many",
            Act::Postpone => "postpone",
            Act::Resume => "resume",
            Act::Archive => "archive",
            Act::Delete => "delete",
            Act::Withdraw => "withdraw",
            Act::Reroute(_) => "reroute",
            Act::SubDispose(_) => "sub_dispose",
            Act::Decline => "decline_authority",
            Act::FollowUp => "follow_up",
            Act::Reply => "reply",
            Act::Close => "close",
            Act::Reopen => "reopen",
            Act::AutoClose => "auto_close",
            Act::Extend => "extend_information_request",
            Act::Complete => "complete",
            Act::AutoArchive => "auto_archive",
            Act::Reclassify(_) => "reclassify",
            Act::Tag(_) => "tag",
            Act::SetCategory(_) => "set_category",
            Act::Duplicate(_) => "archive_as_duplicate",
            Act::Rate(_) => "rate",
            Act::HandOver(_) => "hand_over",
            Act::ReceiveHandover => "receive_handover",
        }
    }
}

impl Command {
    /// The act this command asks for.
    pub(super) fn act(&self) -> Act<'_> {
        match self {
            Command::Submit { .. } => Act::Submit,
            Command::Dispose { agency, .. } => Act::Dispose(agency),
            Command::DisposeMany { agencies, .. } => Act::DisposeMany(agencies),
            Command::Postpone { .. } => Act::Postpone,
            Command::Resume => Act::Resume,
            Command::Archive { .. } => Act::Archive,
            Command::Delete { .. } => Act::Delete,
            Command::Withdraw => Act::Withdraw,
            Command::Reroute { agency } => Act::Reroute(agency),
            Command::SubDispose { unit } => Act::SubDispose(unit),
            Command::DeclineAuthority { .. } => Act::Decline,
            Command::FollowUp { .. } => Act::FollowUp,
            Command::Reply { .. } => Act::Reply,
            Command::Close => Act::Close,
            Command::Reopen => Act::Reopen,
            Command::AutoClose => Act::AutoClose,
            Command::ExtendInformationRequest { .. } => Act::Extend,
            Command::Complete { .. } => Act::Complete,
            Command::AutoArchive => Act::AutoArchive,
            Command::Reclassify { kind } => Act::Reclassify(*kind),
            Command::Tag { tags } => Act::Tag(tags),
            Command::SetCategory { category } => Act::SetCategory(category),
            Command::ArchiveAsDuplicate { of } => Act::Duplicate(*of),
            Command::Rate { score, .. } => Act::Rate(*score),
            Command::HandOver { instance, .. } => Act::HandOver(instance),
            Command::ReceiveHandover { .. } => Act::ReceiveHandover,
        }
    }
}

impl EventKind {
    /// The act that produces this event; `None` for the SLA engine's breach and escalation
    /// events, which no command gives.
    fn act(&self) -> Option<Act<'_>> {
        Some(match self {
            EventKind::Submitted { .. } => Act::Submit,
            EventKind::Disposed { agency, .. } => Act::Dispose(agency),
            EventKind::DisposedMany { agencies, .. } => Act::DisposeMany(agencies),
            EventKind::Postponed { .. } => Act::Postpone,
            EventKind::Resumed => Act::Resume,
            EventKind::Archived { .. } => Act::Archive,
            EventKind::Deleted { .. } => Act::Delete,
            EventKind::Withdrawn => Act::Withdraw,
            EventKind::Rerouted { agency } => Act::Reroute(agency),
            EventKind::SubDisposed { unit } => Act::SubDispose(unit),
            EventKind::Declined { .. } => Act::Decline,
            EventKind::FollowedUp { .. } => Act::FollowUp,
            EventKind::Replied { .. } => Act::Reply,
            EventKind::Closed => Act::Close,
            EventKind::Reopened => Act::Reopen,
            EventKind::AutoClosed => Act::AutoClose,
            EventKind::InformationRequestExtended { .. } => Act::Extend,
            EventKind::Completed { .. } => Act::Complete,
            EventKind::AutoArchived => Act::AutoArchive,
            EventKind::Reclassified { kind } => Act::Reclassify(*kind),
            EventKind::Tagged { tags } => Act::Tag(tags),
            EventKind::CategorySet { category } => Act::SetCategory(category),
            EventKind::ArchivedAsDuplicate { of } => Act::Duplicate(*of),
            EventKind::Rated { score, .. } => Act::Rate(*score),
            EventKind::HandedOver { instance, .. } => Act::HandOver(instance),
            EventKind::HandoverReceived { .. } => Act::ReceiveHandover,
            EventKind::Breached { .. } | EventKind::Escalated { .. } => return None,
        })
    }
}

/// The one transition table: which statuses allow each command.
fn allowed(status: Status, act: Act<'_>) -> bool {
    match act {
        Act::Submit => false,
        Act::Dispose(_) | Act::DisposeMany(_) | Act::Postpone => status == Submitted,
        Act::Resume => status == Postponed,
        Act::Archive | Act::Withdraw => matches!(status, Submitted | Postponed),
        Act::Delete => matches!(status, Submitted | Postponed | Archived),
        Act::Reroute(_) | Act::SubDispose(_) | Act::Decline | Act::FollowUp => {
            matches!(status, Disposed | InProgress)
        }
        Act::Reply | Act::Close | Act::AutoClose => status == InProgress,
        Act::Reopen => status == Resolved,
        Act::Extend => matches!(status, Disposed | InProgress),
        Act::Complete | Act::AutoArchive => status == Postponed,
        Act::Reclassify(_) => matches!(status, Submitted | Postponed | Disposed | InProgress),
        Act::Tag(_) | Act::SetCategory(_) => status != Deleted,
        Act::Duplicate(_) => matches!(status, Submitted | Postponed),
        Act::Rate(_) => status == Resolved,
        Act::HandOver(_) | Act::ReceiveHandover => {
            matches!(status, Submitted | Postponed | Disposed | InProgress)
        }
    }
}

/// The roles that may give each command.
fn roles(act: Act<'_>) -> &'static [Role] {
    use Role::*;
    match act {
        Act::Submit => &[Reporter, NationalAdmin],
        Act::Dispose(_)
        | Act::DisposeMany(_)
        | Act::Postpone
        | Act::Resume
        | Act::Archive
        | Act::Delete
        | Act::Reroute(_)
        | Act::Reclassify(_)
        | Act::Tag(_)
        | Act::SetCategory(_)
        | Act::Duplicate(_)
        | Act::HandOver(_)
        | Act::ReceiveHandover => &[NationalAdmin],
        Act::Rate(_) => &[Reporter],
        Act::SubDispose(_) | Act::Extend => &[AgencyAdmin],
        Act::Complete => &[Reporter],
        Act::AutoArchive => &[System],
        Act::Decline | Act::FollowUp => &[AgencyAdmin, LiaisonOfficer],
        Act::Reply | Act::Reopen => &[Reporter, NationalAdmin],
        Act::Close => &[NationalAdmin, AgencyAdmin],
        Act::Withdraw => &[Reporter],
        Act::AutoClose => &[System],
    }
}

/// At most this many tags, each of 1 to [`MAX_TAG_CHARS`] characters (not only spaces).
const MAX_TAGS: usize = 50;
const MAX_TAG_CHARS: usize = 100;

/// A command refused by one of its own rules (see [`Error::CommandRefused`]).
fn refused(act: Act<'_>, rule: &'static str) -> Error {
    Error::CommandRefused {
        command: act.name().into(),
        rule,
    }
}

fn denied(actor: &Actor, command: &'static str, reason: &'static str) -> Error {
    Error::PermissionDenied {
        role: actor.role.as_str().into(),
        command: command.into(),
        agency: actor.agency.as_ref().map(|a| a.to_string()),
        reason,
    }
}

impl Case {
    /// Files a report: the case's first event. The tracking id is written into the report, and
    /// so is `at` if the report has no `submitted_at`.
    ///
    /// Errors: [`Error::PermissionDenied`] unless the actor is the reporter or the national admin
    /// (manual entry); [`Error::UnknownAgency`] if the report targets an agency the directory
    /// lacks.
    pub fn submit(
        ctx: &Context<'_>,
        actor: &Actor,
        id: TrackingId,
        report: Report,
        at: DateTime<Utc>,
    ) -> Result<Case> {
        let event = Case::decide_submit(ctx, actor, id, report, at)?;
        Case::from_first(&event)
    }

    /// The `submitted` event [`Case::submit`] would start the case with.
    ///
    /// Errors: as [`Case::submit`], and [`Error::TrackingIdMismatch`] if the report already
    /// carries another tracking id.
    pub fn decide_submit(
        ctx: &Context<'_>,
        actor: &Actor,
        id: TrackingId,
        mut report: Report,
        at: DateTime<Utc>,
    ) -> Result<Event> {
        check_submit(ctx, actor, id, &report)?;
        report.tracking_id = Some(id);
        report.submitted_at.get_or_insert(at);
        Ok(Event {
            case: id,
            at,
            actor: actor.clone(),
            kind: EventKind::Submitted {
                report: Arc::new(report),
            },
        })
    }

    /// A case from the first event of a log, checked as [`Case::submit`] checks its command:
    /// the event is `submitted`, by the reporter or the national admin, its report's tracking id
    /// (if any) is the event's, and its target agency (if any) is in the directory. Like
    /// [`decide_submit`](Self::decide_submit), the report gets the event's tracking id and
    /// instant where it has none, so the case is the one the command would have started.
    pub fn start(ctx: &Context<'_>, event: &Event) -> Result<Case> {
        Case::check_first(ctx, event)?;
        if needs_filling(event) {
            let mut event = event.clone();
            fill_submission(&mut event);
            return Case::from_first_owned(event);
        }
        Case::from_first(event)
    }

    /// [`start`](Self::start), taking ownership of the event (no clone).
    pub(crate) fn start_owned(ctx: &Context<'_>, mut event: Event) -> Result<Case> {
        Case::check_first(ctx, &event)?;
        fill_submission(&mut event);
        Case::from_first_owned(event)
    }

    pub(crate) fn check_first(ctx: &Context<'_>, event: &Event) -> Result<()> {
        let EventKind::Submitted { report } = &event.kind else {
            return Err(Error::IllegalTransition {
                status: "none".into(),
                command: event.kind.as_str().into(),
            });
        };
        check_submit(ctx, &event.actor, event.case, report)
    }

    /// A case from its first event, which must be `submitted`.
    pub(crate) fn from_first(event: &Event) -> Result<Case> {
        let mut case = Case::from_first_state(event)?;
        case.events.push(event.clone());
        Ok(case)
    }

    /// [`from_first`](Self::from_first), taking ownership of the event (no clone).
    pub(crate) fn from_first_owned(event: Event) -> Result<Case> {
        let mut case = Case::from_first_state(&event)?;
        case.events.push(event);
        Ok(case)
    }

    /// The case a `submitted` event creates, with an empty log (room for a typical case's
    /// events, so that replay does not grow the vectors one by one).
    pub(crate) fn from_first_state(event: &Event) -> Result<Case> {
        let EventKind::Submitted { report } = &event.kind else {
            return Err(Error::IllegalTransition {
                status: "none".into(),
                command: event.kind.as_str().into(),
            });
        };
        let mut case = Case {
            id: event.case,
            report: Arc::clone(report),
            status: Submitted,
            submitted_at: event.at,
            disposed_at: None,
            verified_end: None,
            tier: Tier::default(),
            path: vec![Holder::NationalAdmin],
            chain: {
                let mut chain = Vec::with_capacity(3);
                chain.push(Holding {
                    holder: Holder::NationalAdmin,
                    from: event.at,
                    until: None,
                    end: None,
                });
                chain
            },
            declined: Vec::new(),
            follow_ups: Vec::new(),
            replies: Vec::new(),
            pauses: Vec::new(),
            paused_since: None,
            resolved_at: None,
            window_floor: None,
            closed_reason: None,
            breaches: Vec::new(),
            clocks: Vec::with_capacity(4),
            details: Vec::new(),
            duplicate_of: None,
            rating: None,
            handovers: Vec::new(),
            branches: Vec::new(),
            events: Vec::with_capacity(8),
            last_at: event.at,
            sla_facts: super::SlaFacts {
                kind: report.kind,
                kinds: Vec::new(),
                first_follow_up: None,
                last_follow_up: None,
                reply_after_last: None,
            },
        };
        case.open_clock(Metric::Verification, event.at);
        if report.kind == ReportKind::InformationRequest {
            case.open_clock(Metric::InformationRequest, event.at);
        }
        Ok(case)
    }

    /// Checks `command` by `actor` at `at` and returns the event it produces, without changing
    /// the case. See the [module documentation](crate::case) for the table and the order of the
    /// checks.
    pub fn decide(
        &self,
        ctx: &Context<'_>,
        actor: &Actor,
        command: &Command,
        at: DateTime<Utc>,
    ) -> Result<Event> {
        self.check(ctx, actor, command.act(), at)?;
        let kind = match command {
            Command::Submit { .. } => unreachable_submit(self.status)?,
            Command::Dispose {
                agency,
                privacy,
                title,
                category,
                tier,
            } => EventKind::Disposed {
                agency: agency.clone(),
                privacy: *privacy,
                title: title.clone(),
                category: category.clone(),
                tier: *tier,
            },
            Command::DisposeMany { agencies, tier } => EventKind::DisposedMany {
                agencies: agencies.clone(),
                tier: *tier,
            },
            Command::Postpone { reason } => EventKind::Postponed {
                reason: reason.clone(),
            },
            Command::Resume => EventKind::Resumed,
            Command::Archive { reason } => EventKind::Archived {
                reason: reason.clone(),
            },
            Command::Delete { reason } => EventKind::Deleted {
                reason: reason.clone(),
            },
            Command::Withdraw => EventKind::Withdrawn,
            Command::Reroute { agency } => EventKind::Rerouted {
                agency: agency.clone(),
            },
            Command::SubDispose { unit } => EventKind::SubDisposed { unit: unit.clone() },
            Command::DeclineAuthority { reason } => EventKind::Declined {
                reason: reason.clone(),
            },
            Command::FollowUp { text } => EventKind::FollowedUp { text: text.clone() },
            Command::Reply { text } => EventKind::Replied { text: text.clone() },
            Command::Close => EventKind::Closed,
            Command::Reopen => EventKind::Reopened,
            Command::AutoClose => EventKind::AutoClosed,
            Command::ExtendInformationRequest { notice } => EventKind::InformationRequestExtended {
                notice: notice.clone(),
            },
            Command::Complete { details } => EventKind::Completed {
                details: details.clone(),
            },
            Command::AutoArchive => EventKind::AutoArchived,
            Command::Reclassify { kind } => EventKind::Reclassified { kind: *kind },
            Command::Tag { tags } => EventKind::Tagged { tags: tags.clone() },
            Command::SetCategory { category } => EventKind::CategorySet {
                category: category.clone(),
            },
            Command::ArchiveAsDuplicate { of } => EventKind::ArchivedAsDuplicate { of: *of },
            Command::Rate { score, comment } => EventKind::Rated {
                score: *score,
                comment: comment.clone(),
            },
            Command::HandOver {
                instance,
                reference,
            } => EventKind::HandedOver {
                instance: instance.clone(),
                reference: reference.clone(),
            },
            Command::ReceiveHandover {
                instance,
                reference,
            } => EventKind::HandoverReceived {
                instance: instance.clone(),
                reference: reference.clone(),
            },
        };
        Ok(Event {
            case: self.id,
            at,
            actor: actor.clone(),
            kind,
        })
    }

    /// Checks that an event of a log may follow this case's events: it is for this case, and it
    /// passes exactly the checks [`decide`](Self::decide) applies to the command that produces
    /// it (time order, transition table, role, the actor's agency, directory membership, subtree,
    /// declines, windows, due dates). The SLA engine's events are checked for the shape
    /// [`due_events`](Self::due_events) gives them: a breach by the system, once per metric,
    /// not of the reply window, dated at or after its `due`, of a metric of this case that was
    /// not met; an escalation by the system right after the breach of its metric, at the same
    /// instant. A second `submitted` is an illegal transition.
    pub fn check_event(&self, ctx: &Context<'_>, e: &Event) -> Result<()> {
        if e.case != self.id {
            return Err(Error::WrongCase {
                expected: self.id.0,
                found: e.case.0,
            });
        }
        match e.kind.act() {
            Some(act) => self.check(ctx, &e.actor, act, e.at),
            None => self.check_sla_event(ctx, e),
        }
    }

    /// [`check_event`](Self::check_event), then [`apply`](Self::apply); on error the case is
    /// unchanged.
    pub fn accept(&mut self, ctx: &Context<'_>, e: &Event) -> Result<()> {
        self.check_event(ctx, e)?;
        self.apply(e);
        Ok(())
    }

    /// [`accept`](Self::accept), taking ownership of the event.
    pub fn accept_owned(&mut self, ctx: &Context<'_>, e: Event) -> Result<()> {
        self.check_event(ctx, &e)?;
        self.apply_owned(e);
        Ok(())
    }

    /// The rules of the machine, for a command or for the event it produces.
    fn check(
        &self,
        ctx: &Context<'_>,
        actor: &Actor,
        act: Act<'_>,
        at: DateTime<Utc>,
    ) -> Result<()> {
        let last = self.last_event_at();
        if at < last {
            return Err(Error::TimeBackwards { last, at });
        }
        // Several agencies: what an agency does on its own branch is checked by that branch.
        // (No agency sits below another's, so every unit belongs to one branch at most.)
        if let Some(branch) = self.branch_for(actor, act) {
            return match branch {
                Some(b) => b.check(ctx, actor, act, at),
                None => Err(denied(actor, act.name(), "outside_chain")),
            };
        }
        let illegal = || Error::IllegalTransition {
            status: self.status.as_str().into(),
            command: act.name().into(),
        };
        // A reporter may answer one branch's follow-up while another has not posted one yet.
        let status = match act {
            Act::Reply if self.active_branches().any(|b| b.status == InProgress) => InProgress,
            _ => self.status,
        };
        if !allowed(status, act) {
            return Err(illegal());
        }
        if !roles(act).contains(&actor.role) {
            return Err(denied(actor, act.name(), "role"));
        }
        let acting = if matches!(actor.role, Role::AgencyAdmin | Role::LiaisonOfficer) {
            let agency = actor
                .agency
                .as_ref()
                .ok_or_else(|| denied(actor, act.name(), "no_agency"))?;
            let holder = Holder::Agency(agency.clone());
            let on_path = if self.active_branches().next().is_some() {
                self.active_branches().any(|b| b.path.contains(&holder))
            } else {
                self.path.contains(&holder)
            };
            if !on_path {
                return Err(denied(actor, act.name(), "outside_chain"));
            }
            Some(agency)
        } else {
            None
        };
        match act {
            Act::Submit => {
                unreachable_submit(self.status)?;
            }
            Act::Dispose(agency) | Act::Reroute(agency) => self.check_target(ctx, agency)?,
            Act::DisposeMany(agencies) => {
                if agencies.len() < 2 {
                    return Err(refused(act, "too_few_agencies"));
                }
                if agencies
                    .iter()
                    .enumerate()
                    .any(|(i, a)| agencies[..i].contains(a))
                {
                    return Err(refused(act, "duplicate_agencies"));
                }
                for a in agencies {
                    self.check_target(ctx, a)?;
                }
                // Each agency answers for its own branch: none may sit below another.
                for a in agencies {
                    for b in agencies.iter().filter(|b| *b != a) {
                        if ctx.directory.is_within(a, b)? {
                            return Err(refused(act, "nested_agencies"));
                        }
                    }
                }
            }
            Act::Reclassify(_) if self.active_branches().next().is_some() => {
                return Err(refused(act, "several_agencies"));
            }
            Act::Withdraw if self.disposed_at.is_some() => return Err(illegal()),
            Act::SubDispose(unit) => {
                let acting = acting.ok_or_else(|| denied(actor, act.name(), "no_agency"))?;
                ctx.directory.get(unit)?;
                if unit == acting || !ctx.directory.is_within(unit, acting)? {
                    return Err(Error::OutsideSubtree {
                        agency: acting.to_string(),
                        unit: unit.to_string(),
                    });
                }
                if self.declined.contains(unit) {
                    return Err(Error::AlreadyDeclined {
                        agency: unit.to_string(),
                    });
                }
            }
            Act::Decline if self.holder().agency() != acting => {
                return Err(denied(actor, act.name(), "not_holder"));
            }
            Act::Reopen if actor.role == Role::Reporter => self.check_reopen_window(ctx, at)?,
            Act::AutoClose => match self.auto_close_due(ctx)? {
                Some(due) if at >= due => {}
                Some(due) => return Err(Error::NotDue { due }),
                // A reply came after the latest follow-up: the reporter's window does not run.
                None => return Err(illegal()),
            },
            Act::AutoArchive => match self.auto_archive_due(ctx)? {
                Some(due) if at >= due => {}
                Some(due) => return Err(Error::NotDue { due }),
                None => return Err(illegal()),
            },
            Act::Extend => self.check_extension(ctx, at)?,
            Act::Rate(score) => {
                if !(1..=5).contains(&score) {
                    return Err(refused(act, "score_out_of_range"));
                }
                if self.rating.is_some() {
                    return Err(refused(act, "already_rated"));
                }
                self.check_reopen_window(ctx, at)?;
            }
            Act::HandOver(instance) => {
                if instance.trim().is_empty() {
                    return Err(refused(act, "no_instance"));
                }
                if self.instance() == Some(instance) {
                    return Err(refused(act, "same_instance"));
                }
            }
            Act::Reclassify(kind) if kind == self.report.kind => {
                return Err(refused(act, "unchanged"))
            }
            Act::Tag(tags) => {
                let bad = |t: &String| t.trim().is_empty() || t.chars().count() > MAX_TAG_CHARS;
                if tags.len() > MAX_TAGS || tags.iter().any(bad) {
                    return Err(refused(act, "invalid_tags"));
                }
                if *tags == self.report.tags[..] {
                    return Err(refused(act, "unchanged"));
                }
            }
            Act::SetCategory(category) => {
                let tree = ctx
                    .categories
                    .ok_or_else(|| refused(act, "no_category_tree"))?;
                if tree.get(category).is_none() {
                    return Err(Error::UnknownCategory {
                        id: category.to_string(),
                    });
                }
                if self.report.category.as_ref() == Some(category) {
                    return Err(refused(act, "unchanged"));
                }
            }
            Act::Duplicate(of) => {
                if of == self.id {
                    return Err(refused(act, "duplicate_of_itself"));
                }
                let original = ctx
                    .cases
                    .and_then(|c| c.submitted_at(of))
                    .ok_or(Error::UnknownCase { case: of.0 })?;
                if original > self.submitted_at {
                    return Err(refused(act, "original_later"));
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// For a case routed to several agencies, the branch that checks `act` by `actor`: `None`
    /// when the case has no active branch or the act is the case's own; `Some(None)` when the
    /// actor's agency is on no active branch.
    fn branch_for(&self, actor: &Actor, act: Act<'_>) -> Option<Option<&Case>> {
        self.active_branches().next()?;
        let agency = actor.agency.as_ref()?;
        let own = match act {
            Act::SubDispose(_) | Act::Decline | Act::FollowUp => true,
            Act::Close => actor.role == Role::AgencyAdmin,
            _ => false,
        };
        if !own || !matches!(actor.role, Role::AgencyAdmin | Role::LiaisonOfficer) {
            return None;
        }
        let holder = Holder::Agency(agency.clone());
        Some(self.active_branches().find(|b| b.path.contains(&holder)))
    }

    /// The index of the active branch whose path holds `agency`.
    fn branch_index(&self, agency: Option<&AgencyId>) -> Option<usize> {
        let holder = Holder::Agency(agency?.clone());
        self.branches
            .iter()
            .position(|b| b.is_active_branch() && b.path.contains(&holder))
    }

    /// The reporter's window after a resolution (to reopen or rate): the policy's
    /// `reopen_window`, in the zone and calendar of the holder at the resolution.
    fn check_reopen_window(&self, ctx: &Context<'_>, at: DateTime<Utc>) -> Result<()> {
        let resolved = self.resolved_at.unwrap_or(self.last_at);
        let (zone, calendar) = self.clock(ctx, resolved)?;
        let closes = calendar.deadline(resolved, ctx.policy.reopen_window, zone)?;
        if at >= closes {
            return Err(Error::WindowClosed { closed_at: closes });
        }
        Ok(())
    }

    /// The rules of `extend_information_request`: an information request (now), never extended,
    /// whose deadline has not passed.
    fn check_extension(&self, ctx: &Context<'_>, at: DateTime<Utc>) -> Result<()> {
        let act = Act::Extend;
        if self.kind_at(at) != ReportKind::InformationRequest {
            return Err(refused(act, "not_information_request"));
        }
        if self.extended() {
            return Err(refused(act, "already_extended"));
        }
        let Some(clock) = self.running_clock(Metric::InformationRequest) else {
            return Err(refused(act, "not_information_request"));
        };
        let round = clock.round;
        let base = ctx
            .policy
            .targets_for(ReportKind::InformationRequest, None, ctx.directory)
            .information_request;
        if base
            .plus(ctx.policy.information_request_extension)
            .is_none()
        {
            return Err(refused(act, "extension_unit"));
        }
        let due = self
            .sla(ctx, at)?
            .into_iter()
            .find(|m| m.metric == Metric::InformationRequest && m.round == round)
            .map(|m| m.due);
        if due.map_or(true, |due| at >= due) {
            return Err(refused(act, "deadline_passed"));
        }
        Ok(())
    }

    /// A breach or escalation event of a log: what [`due_events`](Self::due_events) yields.
    fn check_sla_event(&self, ctx: &Context<'_>, e: &Event) -> Result<()> {
        let last = self.last_event_at();
        if e.at < last {
            return Err(Error::TimeBackwards { last, at: e.at });
        }
        let name = e.kind.as_str();
        if e.actor.role != Role::System {
            return Err(denied(&e.actor, name, "role"));
        }
        let illegal = || Error::IllegalTransition {
            status: self.status.as_str().into(),
            command: name.into(),
        };
        match &e.kind {
            EventKind::Breached {
                metric,
                round,
                branch,
                due,
            } => {
                if *due > e.at
                    || *metric == Metric::ReplyWindow
                    || self.breached(*metric, *round, branch.as_ref())
                {
                    return Err(illegal());
                }
                // The clock must be one of this case that was neither met in time nor
                // superseded. (Its `due` is not compared: the SLA engine counts a running metric
                // in the zone of the case's holder at the instant it evaluates, which an event
                // can follow.)
                let unmet = self.sla(ctx, e.at)?.into_iter().any(|m| {
                    m.metric == *metric
                        && m.round == *round
                        && m.branch == *branch
                        && !matches!(
                            m.state,
                            super::MetricState::Met | super::MetricState::Superseded
                        )
                });
                if !unmet {
                    return Err(illegal());
                }
            }
            EventKind::Escalated {
                metric,
                round,
                branch,
                ..
            } => {
                // Right after the breach of its clock, at the same instant (as
                // `due_events` yields them); the target is the policy's of that day.
                let after_breach = matches!(
                    self.events.last().map(|l| &l.kind),
                    Some(EventKind::Breached { metric: m, round: r, branch: b, .. })
                        if m == metric && r == round && b == branch
                );
                if !after_breach || e.at != last {
                    return Err(illegal());
                }
            }
            _ => return Err(illegal()),
        }
        Ok(())
    }

    /// An agency the national admin routes to: known, and not one that declined.
    fn check_target(&self, ctx: &Context<'_>, agency: &AgencyId) -> Result<()> {
        ctx.directory.get(agency)?;
        if self.declined.contains(agency) {
            return Err(Error::AlreadyDeclined {
                agency: agency.to_string(),
            });
        }
        Ok(())
    }

    /// When the reporter's reply window runs out (auto-close), if it runs: the latest follow-up
    /// has no later reply. Counted in the holder's zone.
    pub fn auto_close_due(&self, ctx: &Context<'_>) -> Result<Option<DateTime<Utc>>> {
        if self.status != InProgress {
            return Ok(None);
        }
        let Some(latest) = self.sla_facts.last_follow_up else {
            return Ok(None);
        };
        if self
            .reply_window_answered(latest, self.sla_facts.reply_after_last)
            .is_some()
        {
            return Ok(None);
        }
        let (zone, calendar) = self.clock(ctx, latest)?;
        Ok(Some(calendar.deadline(
            latest,
            ctx.policy.reply_window,
            zone,
        )?))
    }

    /// When the reporter's reply window opened by the follow-up at `follow_up` was answered,
    /// if it was: by `reply` (the first reply at or after it), or by a later reroute,
    /// re-disposition or reopen (the window floor). The one rule behind both
    /// [`auto_close_due`](Self::auto_close_due) and the reply-window metric of
    /// [`sla`](Self::sla).
    pub(crate) fn reply_window_answered(
        &self,
        follow_up: DateTime<Utc>,
        reply: Option<DateTime<Utc>>,
    ) -> Option<DateTime<Utc>> {
        let floor = self.window_floor.filter(|&f| f > follow_up);
        reply.into_iter().chain(floor).min()
    }

    /// [`decide`](Self::decide), then [`apply`](Self::apply): the event is returned and folded
    /// into the case; on error the case is unchanged.
    pub fn handle(
        &mut self,
        ctx: &Context<'_>,
        actor: &Actor,
        command: &Command,
        at: DateTime<Utc>,
    ) -> Result<Event> {
        let event = self.decide(ctx, actor, command, at)?;
        self.apply(&event);
        Ok(event)
    }

    /// Folds an event into the case. Events come from [`decide`](Self::decide) or
    /// [`due_events`](Self::due_events) (or a log of them); `apply` trusts them and never
    /// fails: an event that makes no sense in the current state changes nothing but the log.
    /// Use [`check_event`](Self::check_event) or [`Case::replay`] for untrusted logs.
    pub fn apply(&mut self, event: &Event) {
        self.fold(event);
        self.events.push(event.clone());
    }

    /// [`apply`](Self::apply), taking ownership of the event: the log keeps it without a
    /// clone (the fast path of [`Case::replay_owned`] and [`cases_from_owned_events`](crate::case::cases_from_owned_events)).
    pub fn apply_owned(&mut self, event: Event) {
        self.fold(&event);
        self.events.push(event);
    }

    /// The state change of an event, without recording it in the log.
    fn fold(&mut self, event: &Event) {
        let at = event.at;
        self.last_at = at;
        for b in &mut self.branches {
            b.last_at = at;
        }
        if self.fold_branches(event) {
            return;
        }
        match &event.kind {
            EventKind::Submitted { .. } => {}
            EventKind::DisposedMany { agencies, tier } => {
                if let Some(t) = tier {
                    self.tier = *t;
                }
                self.verified_by_disposition(at);
                self.end_holding(at, HoldingEnd::Disposed);
                self.path = vec![Holder::NationalAdmin];
                // One branch per agency over the case's life: an agency that had a branch
                // before (a reroute replaced it) gets it back, its clocks numbered on.
                for a in agencies {
                    match self
                        .branches
                        .iter_mut()
                        .find(|b| b.branch_root() == Some(a))
                    {
                        Some(b) => b.receive_again(a, at),
                        None => {
                            let b = self.branch(a, at);
                            self.branches.push(b);
                        }
                    }
                }
                self.window_floor = Some(at);
                self.status = Disposed;
            }
            EventKind::Disposed {
                agency,
                privacy,
                title,
                category,
                tier,
            } => {
                if privacy.is_some() || title.is_some() || category.is_some() {
                    let report = Arc::make_mut(&mut self.report);
                    // Flags are only ever set, never cleared: an admin who adds rahasia must
                    // not silently expose a reporter who chose anonim (`docs/privacy.md`).
                    if let Some(p) = privacy {
                        report.privacy.anonymous |= p.anonymous;
                        report.privacy.confidential |= p.confidential;
                    }
                    if let Some(t) = title {
                        report.title.clone_from(t);
                    }
                    if let Some(c) = category {
                        report.category = Some(c.clone());
                    }
                }
                if let Some(t) = tier {
                    self.tier = *t;
                }
                self.verified_by_disposition(at);
                self.open_agency_clocks(at);
                self.end_holding(at, HoldingEnd::Disposed);
                self.path = vec![Holder::NationalAdmin, Holder::Agency(agency.clone())];
                self.start_holding(at);
                // A new agency (first disposition, or again after a decline) starts afresh:
                // earlier follow-ups were another holder's.
                self.window_floor = Some(at);
                self.status = Disposed;
            }
            EventKind::Postponed { .. } => {
                self.paused_since = Some(at);
                self.status = Postponed;
            }
            EventKind::Resumed => {
                self.close_pause(at);
                self.status = Submitted;
            }
            EventKind::Completed { details } => {
                self.close_pause(at);
                self.details.push(Note {
                    at,
                    by: event.actor.clone(),
                    text: details.clone(),
                });
                self.status = Submitted;
            }
            EventKind::Archived { reason } => self.archive(at, reason, false),
            EventKind::Deleted { reason } => self.archive(at, reason, true),
            EventKind::Withdrawn => self.archive(at, "withdrawn", false),
            EventKind::AutoArchived => self.archive(at, "not_completed", false),
            EventKind::ArchivedAsDuplicate { of } => {
                self.duplicate_of = Some(*of);
                self.archive(at, "duplicate", false);
            }
            EventKind::Reclassified { kind } => self.reclassify(at, *kind),
            EventKind::Rated { score, comment } => {
                self.rating = Some(super::Rating {
                    at,
                    score: *score,
                    comment: comment.clone(),
                });
            }
            EventKind::HandedOver {
                instance,
                reference,
            }
            | EventKind::HandoverReceived {
                instance,
                reference,
            } => self.handovers.push(super::Handover {
                at,
                outgoing: matches!(event.kind, EventKind::HandedOver { .. }),
                instance: instance.clone(),
                reference: reference.clone(),
            }),
            EventKind::Tagged { tags } => {
                Arc::make_mut(&mut self.report).tags.clone_from(tags);
            }
            EventKind::CategorySet { category } => {
                Arc::make_mut(&mut self.report).category = Some(category.clone());
            }
            EventKind::InformationRequestExtended { .. } => {
                if let Some(c) = self.running_clock_mut(Metric::InformationRequest) {
                    c.extended_at = Some(at);
                }
            }
            EventKind::Rerouted { agency } => {
                self.stop_clock(Metric::FirstFollowUp, at, true);
                self.stop_clock(Metric::Completion, at, true);
                self.open_agency_clocks(at);
                self.end_holding(at, HoldingEnd::Rerouted);
                self.path = vec![Holder::NationalAdmin, Holder::Agency(agency.clone())];
                self.start_holding(at);
                // The new agency has not followed up yet; the old one's follow-ups no longer
                // start the reporter's reply window.
                self.window_floor = Some(at);
                self.status = Disposed;
            }
            EventKind::SubDisposed { unit } => {
                self.end_holding(at, HoldingEnd::SubDisposed);
                // The acting agency may sit above the holder: cut the path back to it.
                if let Some(pos) = event
                    .actor
                    .agency
                    .as_ref()
                    .and_then(|a| self.path.iter().position(|h| h.agency() == Some(a)))
                {
                    self.path.truncate(pos + 1);
                }
                self.path.push(Holder::Agency(unit.clone()));
                self.start_holding(at);
            }
            EventKind::Declined { .. } => {
                self.end_holding(at, HoldingEnd::Declined);
                if let Some(Holder::Agency(a)) = self.path.pop() {
                    if !self.declined.contains(&a) {
                        self.declined.push(a);
                    }
                }
                if self.path.is_empty() {
                    self.path.push(Holder::NationalAdmin);
                }
                if self.path.len() == 1 {
                    // Back with the national admin: the agency's clocks end, the wait for
                    // re-routing starts.
                    self.stop_clock(Metric::FirstFollowUp, at, true);
                    self.stop_clock(Metric::Completion, at, true);
                    self.open_clock(Metric::Rerouting, at);
                    self.status = Submitted;
                }
                self.start_holding(at);
            }
            EventKind::FollowedUp { text } => {
                self.note_follow_up(event, text);
                self.stop_clock(Metric::FirstFollowUp, at, false);
                self.status = InProgress;
            }
            EventKind::Replied { text } => {
                let f = &mut self.sla_facts;
                if f.reply_after_last.is_none() && f.last_follow_up.is_some_and(|l| at >= l) {
                    f.reply_after_last = Some(at);
                }
                self.replies.push(Note {
                    at,
                    by: event.actor.clone(),
                    text: text.clone(),
                });
            }
            EventKind::Closed | EventKind::AutoClosed => {
                self.stop_clock(Metric::Completion, at, false);
                self.stop_clock(Metric::InformationRequest, at, false);
                self.resolved_at = Some(at);
                self.end_holding(at, HoldingEnd::Resolved);
                self.status = Resolved;
            }
            EventKind::Reopened => {
                // A new budget from the reopen; the earlier clock keeps its verdict.
                self.open_clock(self.resolution_metric(), at);
                self.resolved_at = None;
                self.start_holding(at);
                // Reopening answers the latest follow-up: only a new one starts the reply
                // window again.
                self.window_floor = Some(at);
                self.status = if self.follow_ups.is_empty() {
                    Disposed
                } else {
                    InProgress
                };
            }
            EventKind::Breached {
                metric,
                round,
                branch,
                due,
            } => {
                if !self.breached(*metric, *round, branch.as_ref()) {
                    self.breaches.push(super::Breach {
                        metric: *metric,
                        round: *round,
                        branch: branch.clone(),
                        due: *due,
                        escalated_to: None,
                    });
                }
            }
            EventKind::Escalated {
                metric,
                round,
                branch,
                to,
            } => {
                if let Some(b) = self.breaches.iter_mut().find(|b| {
                    b.metric == *metric && b.round == *round && b.branch.as_ref() == branch.as_ref()
                }) {
                    b.escalated_to = Some(to.clone());
                }
            }
        }
    }

    /// Whether a breach of clock `round` of `metric` (of `branch`) is recorded.
    pub(crate) fn breached(&self, metric: Metric, round: u32, branch: Option<&AgencyId>) -> bool {
        self.breaches
            .iter()
            .any(|b| b.metric == metric && b.round == round && b.branch.as_ref() == branch)
    }

    /// A follow-up as the case records it: the note, and the facts of the reply window.
    fn note_follow_up(&mut self, event: &Event, text: &str) {
        let at = event.at;
        let f = &mut self.sla_facts;
        f.first_follow_up.get_or_insert(at);
        f.last_follow_up = Some(at);
        f.reply_after_last = self.replies.iter().map(|r| r.at).find(|&r| r >= at);
        self.follow_ups.push(Note {
            at,
            by: event.actor.clone(),
            text: text.to_string(),
        });
    }

    /// A branch of this case for `agency`, received at `at`: its own path, chain and clocks.
    fn branch(&self, agency: &AgencyId, at: DateTime<Utc>) -> Case {
        let holder = Holder::Agency(agency.clone());
        let mut b = Case {
            id: self.id,
            report: Arc::clone(&self.report),
            status: Disposed,
            submitted_at: self.submitted_at,
            disposed_at: Some(at),
            verified_end: Some(at),
            tier: self.tier,
            path: vec![Holder::NationalAdmin, holder.clone()],
            chain: vec![Holding {
                holder,
                from: at,
                until: None,
                end: None,
            }],
            declined: self.declined.clone(),
            follow_ups: Vec::new(),
            replies: Vec::new(),
            pauses: Vec::new(),
            paused_since: None,
            resolved_at: None,
            window_floor: Some(at),
            closed_reason: None,
            breaches: Vec::new(),
            clocks: Vec::with_capacity(2),
            details: Vec::new(),
            duplicate_of: None,
            rating: None,
            handovers: Vec::new(),
            branches: Vec::new(),
            events: Vec::new(),
            last_at: at,
            sla_facts: super::SlaFacts {
                kind: self.report.kind,
                kinds: Vec::new(),
                first_follow_up: None,
                last_follow_up: None,
                reply_after_last: None,
            },
        };
        b.open_agency_clocks(at);
        b
    }

    /// A disposition (to one agency or several) at `at`: verification, or the wait for
    /// re-routing, ends.
    fn verified_by_disposition(&mut self, at: DateTime<Utc>) {
        self.disposed_at.get_or_insert(at);
        self.verified_end.get_or_insert(at);
        self.stop_clock(Metric::Verification, at, false);
        self.stop_clock(Metric::Rerouting, at, false);
    }

    /// A branch that a reroute had replaced, given back to its agency at `at`.
    fn receive_again(&mut self, agency: &AgencyId, at: DateTime<Utc>) {
        self.path = vec![Holder::NationalAdmin, Holder::Agency(agency.clone())];
        self.status = Disposed;
        self.closed_reason = None;
        self.resolved_at = None;
        self.window_floor = Some(at);
        self.start_holding(at);
        self.open_agency_clocks(at);
    }

    /// An event of a case with active branches: an agency's own act goes to its branch, and the
    /// case's close, auto-close, reopen and reroute to every branch; `false` when the case
    /// itself (also) handles it.
    fn fold_branches(&mut self, event: &Event) -> bool {
        let at = event.at;
        if self.active_branches().next().is_none() {
            return false;
        }
        match &event.kind {
            EventKind::SubDisposed { .. } | EventKind::Declined { .. } => {}
            EventKind::FollowedUp { text } => self.note_follow_up(event, text),
            EventKind::Closed if event.actor.role == Role::AgencyAdmin => {}
            EventKind::Closed | EventKind::AutoClosed => {
                for b in self.branches.iter_mut().filter(|b| b.status == InProgress) {
                    b.fold(event);
                }
                self.settle_branches(at);
                return true;
            }
            EventKind::Reopened => {
                for b in self.branches.iter_mut().filter(|b| b.status == Resolved) {
                    b.fold(event);
                }
                if self.resolution_metric() == Metric::InformationRequest {
                    self.open_clock(Metric::InformationRequest, at);
                }
                self.resolved_at = None;
                self.window_floor = Some(at);
                self.settle_branches(at);
                return true;
            }
            EventKind::Rerouted { .. } => {
                // One agency instead of several: the branches end, their running clocks
                // superseded; the case then takes the new agency as a single path.
                for b in self.branches.iter_mut().filter(|b| b.is_active_branch()) {
                    b.stop_clock(Metric::FirstFollowUp, at, true);
                    b.stop_clock(Metric::Completion, at, true);
                    b.end_holding(at, HoldingEnd::Rerouted);
                    b.closed_reason = Some("rerouted".into());
                    b.status = Archived;
                }
                return false;
            }
            _ => return false,
        }
        let Some(i) = self.branch_index(event.actor.agency.as_ref()) else {
            return true;
        };
        self.branches[i].fold(event);
        if !self.branches[i].is_active_branch() {
            // The branch's agency declined: it never gets this case again.
            if let Some(root) = self.branches[i].declined.last().cloned() {
                if !self.declined.contains(&root) {
                    self.declined.push(root);
                }
            }
        }
        self.settle_branches(at);
        true
    }

    /// The case's status from its branches: the least advanced active branch's; resolved when
    /// every active branch is; back with the national admin (for re-routing) when none is left.
    fn settle_branches(&mut self, at: DateTime<Utc>) {
        let rank = |s: Status| match s {
            Disposed => 0,
            InProgress => 1,
            _ => 2,
        };
        let Some(least) = self
            .active_branches()
            .map(|b| b.status)
            .min_by_key(|&s| rank(s))
        else {
            self.path = vec![Holder::NationalAdmin];
            self.start_holding(at);
            self.open_clock(Metric::Rerouting, at);
            self.status = Submitted;
            return;
        };
        if least == Resolved {
            if self.status != Resolved {
                self.resolved_at = Some(at);
                self.stop_clock(Metric::InformationRequest, at, false);
            }
        } else {
            self.resolved_at = None;
        }
        self.status = least;
    }

    /// The metric that measures resolution for the report's kind now: the information request's
    /// own budget, or completion.
    fn resolution_metric(&self) -> Metric {
        if self.report.kind == ReportKind::InformationRequest {
            Metric::InformationRequest
        } else {
            Metric::Completion
        }
    }

    /// The clocks of an agency that receives the case (disposition or reroute).
    fn open_agency_clocks(&mut self, at: DateTime<Utc>) {
        self.open_clock(Metric::FirstFollowUp, at);
        if self.resolution_metric() == Metric::Completion {
            self.open_clock(Metric::Completion, at);
        }
    }

    /// Archived (also withdrawn, archived automatically or as a duplicate) or deleted.
    fn archive(&mut self, at: DateTime<Utc>, reason: &str, deleted: bool) {
        self.close_pause(at);
        self.verified_end.get_or_insert(at);
        for metric in [
            Metric::Verification,
            Metric::Rerouting,
            Metric::InformationRequest,
        ] {
            self.stop_clock(metric, at, false);
        }
        self.closed_reason = Some(reason.to_string());
        let (end, status) = if deleted {
            (HoldingEnd::Deleted, Deleted)
        } else {
            (HoldingEnd::Archived, Archived)
        };
        self.end_holding(at, end);
        self.status = status;
    }

    /// A new kind from `at`: the running resolution clock (completion or information request)
    /// ends there (superseded, or breached if it was already overdue), and a new one starts
    /// under the new kind's budget: completion while an agency holds the case, an information
    /// request at once. Clocks count their budget by the kind in force when they started, so
    /// no verdict reached before the reclassification changes.
    fn reclassify(&mut self, at: DateTime<Utc>, kind: ReportKind) {
        let before = self.resolution_metric();
        let report = Arc::make_mut(&mut self.report);
        report.kind = kind;
        if kind == ReportKind::Whistleblowing {
            report.privacy.confidential = true;
        }
        self.sla_facts.kinds.push((at, kind));
        self.stop_clock(before, at, true);
        let after = self.resolution_metric();
        if after == Metric::InformationRequest || self.path.len() > 1 {
            self.open_clock(after, at);
        }
    }

    fn close_pause(&mut self, at: DateTime<Utc>) {
        if let Some(since) = self.paused_since.take() {
            if let Ok(pause) = Interval::new(since, at) {
                self.pauses.push(pause);
            }
        }
    }

    fn end_holding(&mut self, at: DateTime<Utc>, end: HoldingEnd) {
        if let Some(h) = self.chain.last_mut() {
            if h.until.is_none() {
                h.until = Some(at);
                h.end = Some(end);
            }
        }
    }

    fn start_holding(&mut self, at: DateTime<Utc>) {
        self.chain.push(Holding {
            holder: self.holder().clone(),
            from: at,
            until: None,
            end: None,
        });
    }

    /// The time zone and the calendar deadlines are counted in at `t`: those of the agency
    /// holding the case then (see [`zone`](Self::zone) and [`Context::calendar_for`]).
    pub(crate) fn clock<'a>(
        &self,
        ctx: &Context<'a>,
        t: DateTime<Utc>,
    ) -> Result<(
        crate::region::TimeZone,
        std::borrow::Cow<'a, crate::calendar::WorkingCalendar>,
    )> {
        let agency = self.agency_at(t);
        Ok((zone_of(ctx, agency)?, ctx.calendar_for(agency)?))
    }

    /// The time zone deadlines are counted in at `t`: the zone of the agency holding the case
    /// then (WIB for the national admin).
    ///
    /// Errors: [`Error::UnknownAgency`] when the directory does not hold that agency (never a
    /// guessed zone).
    pub fn zone(&self, ctx: &Context<'_>, t: DateTime<Utc>) -> Result<crate::region::TimeZone> {
        zone_of(ctx, self.agency_at(t))
    }

    /// The agency holding the case at `t` (the current holder's if `t` precedes the chain),
    /// `None` for the national admin.
    fn agency_at(&self, t: DateTime<Utc>) -> Option<&AgencyId> {
        self.holder_at(t)
            .or(Some(self.holder()))
            .and_then(Holder::agency)
    }
}

/// The zone of `agency` (WIB for the national admin, `None`); an agency the directory lacks is
/// an error, never a guessed zone.
pub(super) fn zone_of(
    ctx: &Context<'_>,
    agency: Option<&AgencyId>,
) -> Result<crate::region::TimeZone> {
    agency.map_or(Ok(crate::region::TimeZone::Wib), |a| {
        ctx.directory.time_zone(a)
    })
}

/// Whether a `submitted` event's report lacks the tracking id or instant `submit` writes in.
fn needs_filling(event: &Event) -> bool {
    matches!(&event.kind, EventKind::Submitted { report }
        if report.tracking_id.is_none() || report.submitted_at.is_none())
}

/// Writes the event's tracking id and instant into its report where it has none (what
/// [`Case::decide_submit`] does).
fn fill_submission(event: &mut Event) {
    if !needs_filling(event) {
        return;
    }
    if let EventKind::Submitted { report } = &mut event.kind {
        let report = Arc::make_mut(report);
        report.tracking_id.get_or_insert(event.case);
        report.submitted_at.get_or_insert(event.at);
    }
}

/// The rules of `submit`, for the command and for the first event of a log.
fn check_submit(ctx: &Context<'_>, actor: &Actor, id: TrackingId, report: &Report) -> Result<()> {
    if !matches!(actor.role, Role::Reporter | Role::NationalAdmin) {
        return Err(denied(actor, "submit", "role"));
    }
    if let Some(other) = report.tracking_id.filter(|&t| t != id) {
        return Err(Error::TrackingIdMismatch {
            case: id.0,
            report: other.0,
        });
    }
    if let Some(target) = &report.target_agency {
        ctx.directory.get(target)?;
    }
    Ok(())
}

/// `submit` on an existing case is in no status's row of the table; `allowed` already refused
/// it, so this only keeps the match exhaustive without a panic.
fn unreachable_submit(status: Status) -> Result<EventKind> {
    Err(Error::IllegalTransition {
        status: status.as_str().into(),
        command: "submit".into(),
    })
}
