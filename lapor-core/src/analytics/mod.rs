//! Analytics over many cases at an as-of instant (`docs/analytics.md`): per-case SLA rows and the
//! summaries KemenPANRB reviews, grouped by agency, province, regency, kind, channel or instance;
//! and the evaluation per period with its ranking ([`evaluate_period`]).
//!
//! Results are columnar (a struct of vectors, one entry per row) so that bindings hand them to
//! Arrow, numpy or a data frame without an object per row; [`SlaTable::columns`] and
//! [`Summary::columns`] list them in one order, under the names every binding uses.
//!
//! # As-of semantics
//!
//! A case is counted when it was submitted at or before `as_of`. Its status is the status after
//! its events up to and including `as_of` (later events are ignored: the case is replayed up to
//! `as_of` when it has later ones); SLA metrics are [`Case::sla`] at `as_of`.
//!
//! # Figures of a summary group
//!
//! - `cases`: cases submitted by `as_of`; `submitted` … `deleted`: how many are in each
//!   [`Status`] at `as_of` (they add up to `cases`).
//! - `routed` (the field `disposed`): cases verified and routed to an agency by `as_of`, whatever
//!   their status now (the base of the three review figures). `pct_followed_up`: of those, the share with at least one follow-up;
//!   `pct_resolved`: in status resolved; `pct_in_process`: in status in_progress (percent,
//!   `None` when no case was disposed).
//! - `verification_days_*`, `first_follow_up_days_*`, `completion_days_*`: mean, median and
//!   p90 (nearest rank) of the working days used by the metric, over the cases whose metric
//!   stopped by `as_of` and whose budget is counted in working days (`None` without any).
//! - `compliance_*`: per metric, the percentage met among the metrics decided by `as_of` (met,
//!   or breached whether stopped late or still open past due); `None` when none is decided.
//! - `arrears` (*tunggakan*): cases open at `as_of` with a metric other than the reply window
//!   past due and not stopped.
//!
//! The group of a case: `agency` is the agency the national admin disposed it to (the top of
//! its disposition path at `as_of`; `"national_admin"` while it was not disposed), labelled with
//! the directory's name; `province` and `regency` come from the report's region code (`"-"`
//! without one, or for a province-level code grouped by regency); `kind` and `channel` are the
//! report's tags. Groups are sorted by key.
//!
//! ```
//! use chrono::{TimeZone as _, Utc};
//! use lapor_core::analytics::{summarize, GroupBy};
//! use lapor_core::{cases_from_owned_events, synthetic, Context, SlaPolicy, WorkingCalendar};
//! let dir = synthetic::directory();
//! let (cal, policy) = (WorkingCalendar::indonesia(), SlaPolicy::permenpanrb_62_2018());
//! let ctx = Context::new(&dir, &cal, &policy);
//! let cases = cases_from_owned_events(&ctx, synthetic::event_log(&ctx, 7, 200)?)?;
//! let as_of = Utc.with_ymd_and_hms(2025, 12, 31, 0, 0, 0).unwrap();
//! let s = summarize(&cases, &ctx, as_of, GroupBy::Province)?;
//! assert_eq!(s.cases.iter().sum::<u64>(), 200);
//! # Ok::<(), lapor_core::Error>(())
//! ```

use std::borrow::Cow;
use std::collections::HashMap;

mod period;
pub use period::{evaluate_period, Period, PeriodEvaluation, RankingPolicy, RankingWeights};

use chrono::{DateTime, Utc};

use crate::agency::AgencyId;
use crate::case::{Case, EventKind, Holder, Metric, MetricState, Status};
use crate::deadline::Budget;
use crate::error::{Error, Result};
use crate::region::RegionLevel;
use crate::Context;

/// What a summary groups cases by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GroupBy {
    /// The agency the case was disposed to.
    Agency,
    /// The province of the report's region code.
    Province,
    /// The regency/city (kabupaten/kota) of the report's region code.
    Regency,
    /// The report's kind.
    Kind,
    /// The channel it came through.
    Channel,
    /// The instance of SP4N handling it (after a handover; `this_instance` otherwise).
    Instance,
}

impl GroupBy {
    /// Every grouping.
    pub const ALL: [GroupBy; 6] = [
        GroupBy::Agency,
        GroupBy::Province,
        GroupBy::Regency,
        GroupBy::Kind,
        GroupBy::Channel,
        GroupBy::Instance,
    ];

    /// The name: `"agency"`, `"province"`, `"regency"`, `"kind"`, `"channel"` or `"instance"`.
    pub fn as_str(self) -> &'static str {
        match self {
            GroupBy::Agency => "agency",
            GroupBy::Province => "province",
            GroupBy::Regency => "regency",
            GroupBy::Kind => "kind",
            GroupBy::Channel => "channel",
            GroupBy::Instance => "instance",
        }
    }

    /// Reads a name (also `"region"` for the province).
    ///
    /// Errors: [`Error::UnknownName`] with `what` `"group_by"`.
    pub fn parse(name: &str) -> Result<GroupBy> {
        match name {
            "agency" => Ok(GroupBy::Agency),
            "province" | "region" => Ok(GroupBy::Province),
            "regency" => Ok(GroupBy::Regency),
            "kind" => Ok(GroupBy::Kind),
            "channel" => Ok(GroupBy::Channel),
            "instance" => Ok(GroupBy::Instance),
            _ => Err(Error::UnknownName {
                what: "group_by",
                value: name.to_string(),
            }),
        }
    }
}

/// One column of a result, borrowed from it, for bindings.
#[derive(Debug, Clone, PartialEq)]
pub enum ColumnData<'a> {
    /// Unsigned integers.
    U64(Cow<'a, [u64]>),
    /// Booleans.
    Bool(Cow<'a, [bool]>),
    /// Floating point numbers, `None` for missing.
    F64(Cow<'a, [Option<f64>]>),
    /// Instants in microseconds since the Unix epoch (UTC), `None` for missing.
    Micros(Cow<'a, [Option<i64>]>),
    /// Texts given as indices into a list of distinct values (dictionary encoding).
    Dict {
        /// One index into `values` per row.
        keys: Cow<'a, [u32]>,
        /// The distinct values.
        values: Cow<'a, [String]>,
    },
}

impl ColumnData<'_> {
    /// The number of rows.
    pub fn len(&self) -> usize {
        match self {
            ColumnData::U64(v) => v.len(),
            ColumnData::Bool(v) => v.len(),
            ColumnData::F64(v) => v.len(),
            ColumnData::Micros(v) => v.len(),
            ColumnData::Dict { keys, .. } => keys.len(),
        }
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A named column.
#[derive(Debug, Clone, PartialEq)]
pub struct Column<'a> {
    /// The column's name (the same in every binding).
    pub name: &'static str,
    /// Its values.
    pub data: ColumnData<'a>,
}

fn dict_of<T: Copy + PartialEq>(
    values: &[T],
    all: &[T],
    name: impl Fn(T) -> &'static str,
) -> ColumnData<'static> {
    let keys = values
        .iter()
        .map(|v| all.iter().position(|a| a == v).unwrap_or(0) as u32)
        .collect::<Vec<_>>();
    ColumnData::Dict {
        keys: Cow::Owned(keys),
        values: Cow::Owned(all.iter().map(|&a| name(a).to_string()).collect()),
    }
}

const METRICS: [Metric; 6] = [
    Metric::Verification,
    Metric::FirstFollowUp,
    Metric::Completion,
    Metric::InformationRequest,
    Metric::ReplyWindow,
    Metric::Rerouting,
];

const STATES: [MetricState; 5] = [
    MetricState::Running,
    MetricState::Paused,
    MetricState::Met,
    MetricState::Breached,
    MetricState::Superseded,
];

/// Per-case SLA evaluation: one row per case and metric ([`Case::sla`] at the as-of instant).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SlaTable {
    /// The case's tracking id.
    pub tracking_id: Vec<u64>,
    /// The metric.
    pub metric: Vec<Metric>,
    /// Which clock of the metric ([`MetricStatus::round`](crate::MetricStatus::round)): 1, or
    /// 2, 3… for a later agency's clocks after a decline or reroute, a completion after a
    /// reopen.
    pub round: Vec<u32>,
    /// The branch whose clock it is (the agency it was sent to, after `dispose_many`): an
    /// index into [`branch_names`](Self::branch_names), whose first entry is `""` (no branch).
    pub branch: Vec<u32>,
    /// The distinct branch agencies, after `""`.
    pub branch_names: Vec<String>,
    /// Running, paused, met, breached or superseded.
    pub state: Vec<MetricState>,
    /// When its clock started.
    pub started: Vec<DateTime<Utc>>,
    /// When its budget runs out.
    pub due: Vec<DateTime<Utc>>,
    /// When its clock stopped, if it did by the as-of instant.
    pub stopped: Vec<Option<DateTime<Utc>>>,
    /// When it was breached (the due instant), if it was.
    pub breached_at: Vec<Option<DateTime<Utc>>>,
    /// The budget's amount, in its unit.
    pub budget: Vec<u32>,
    /// The budget's unit.
    pub unit: Vec<Budget>,
    /// Time used, in the budget's unit (working days for the default policy).
    pub used: Vec<u32>,
    /// Who was responsible: an index into [`responsible_names`](Self::responsible_names).
    pub responsible: Vec<u32>,
    /// The distinct responsible holders: agency ids, and `"national_admin"`.
    pub responsible_names: Vec<String>,
    /// Whether the row's `due` or `used` depends on a projected year of the calendar
    /// ([`MetricStatus::provisional`](crate::MetricStatus::provisional)).
    pub provisional: Vec<bool>,
}

impl SlaTable {
    /// The number of rows.
    pub fn len(&self) -> usize {
        self.tracking_id.len()
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.tracking_id.is_empty()
    }

    /// `other`'s rows after this table's, its name indices mapped onto this table's names:
    /// evaluating consecutive slices of a list of cases (on several threads, say) and
    /// appending the tables in order gives exactly the table of the whole list.
    ///
    /// ```
    /// use lapor_core::analytics::evaluate_sla;
    /// use lapor_core::{cases_from_owned_events, synthetic, Context, SlaPolicy, WorkingCalendar};
    /// let (dir, cal, policy) = (synthetic::directory(), WorkingCalendar::indonesia(), SlaPolicy::default());
    /// let ctx = Context::new(&dir, &cal, &policy);
    /// let cases = cases_from_owned_events(&ctx, synthetic::event_log(&ctx, 3, 60)?)?;
    /// let as_of = cases[0].submitted_at() + chrono::Duration::days(200);
    /// let mut parts = evaluate_sla(&cases[..25], &ctx, as_of)?;
    /// parts.append(evaluate_sla(&cases[25..], &ctx, as_of)?);
    /// assert_eq!(parts, evaluate_sla(&cases, &ctx, as_of)?);
    /// # Ok::<(), lapor_core::Error>(())
    /// ```
    pub fn append(&mut self, other: SlaTable) {
        // Each of `theirs` as an index into `ours`, the names `ours` lacks added at its end.
        let remap = |ours: &mut Vec<String>, theirs: &[String]| -> Vec<u32> {
            let mut names = Interner::of(std::mem::take(ours));
            let ids = theirs.iter().map(|name| names.id(name)).collect();
            *ours = names.names;
            ids
        };
        if self.branch_names.is_empty() {
            self.branch_names.push(String::new());
        }
        let branch = remap(&mut self.branch_names, &other.branch_names);
        let responsible = remap(&mut self.responsible_names, &other.responsible_names);
        self.tracking_id.extend(other.tracking_id);
        self.metric.extend(other.metric);
        self.round.extend(other.round);
        self.branch
            .extend(other.branch.into_iter().map(|b| branch[b as usize]));
        self.state.extend(other.state);
        self.started.extend(other.started);
        self.due.extend(other.due);
        self.stopped.extend(other.stopped);
        self.breached_at.extend(other.breached_at);
        self.budget.extend(other.budget);
        self.unit.extend(other.unit);
        self.used.extend(other.used);
        self.responsible.extend(
            other
                .responsible
                .into_iter()
                .map(|r| responsible[r as usize]),
        );
        self.provisional.extend(other.provisional);
    }

    /// The columns, in order: `tracking_id`, `metric`, `round`, `branch`, `state`, `started`, `due`, `stopped`,
    /// `breached_at` (instants), `budget`, `unit`, `used`, `responsible`, `provisional`.
    pub fn columns(&self) -> Vec<Column<'_>> {
        let micros = |v: &[DateTime<Utc>]| {
            ColumnData::Micros(Cow::Owned(
                v.iter().map(|t| Some(t.timestamp_micros())).collect(),
            ))
        };
        let opt_micros = |v: &[Option<DateTime<Utc>>]| {
            ColumnData::Micros(Cow::Owned(
                v.iter().map(|t| t.map(|t| t.timestamp_micros())).collect(),
            ))
        };
        let units = [
            Budget::WorkingDays(0),
            Budget::WorkingHours(0),
            Budget::CalendarDays(0),
        ];
        let unit_keys: Vec<u32> = self
            .unit
            .iter()
            .map(|u| match u {
                Budget::WorkingDays(_) => 0,
                Budget::WorkingHours(_) => 1,
                Budget::CalendarDays(_) => 2,
            })
            .collect();
        vec![
            Column {
                name: "tracking_id",
                data: ColumnData::U64(Cow::Borrowed(&self.tracking_id)),
            },
            Column {
                name: "metric",
                data: dict_of(&self.metric, &METRICS, Metric::as_str),
            },
            Column {
                name: "round",
                data: ColumnData::U64(Cow::Owned(
                    self.round.iter().map(|&r| u64::from(r)).collect(),
                )),
            },
            Column {
                name: "branch",
                data: ColumnData::Dict {
                    keys: Cow::Borrowed(&self.branch),
                    values: Cow::Borrowed(&self.branch_names),
                },
            },
            Column {
                name: "state",
                data: dict_of(&self.state, &STATES, MetricState::as_str),
            },
            Column {
                name: "started",
                data: micros(&self.started),
            },
            Column {
                name: "due",
                data: micros(&self.due),
            },
            Column {
                name: "stopped",
                data: opt_micros(&self.stopped),
            },
            Column {
                name: "breached_at",
                data: opt_micros(&self.breached_at),
            },
            Column {
                name: "budget",
                data: ColumnData::U64(Cow::Owned(
                    self.budget.iter().map(|&b| u64::from(b)).collect(),
                )),
            },
            Column {
                name: "unit",
                data: ColumnData::Dict {
                    keys: Cow::Owned(unit_keys),
                    values: Cow::Owned(units.iter().map(|&u| u.as_str().into()).collect()),
                },
            },
            Column {
                name: "used",
                data: ColumnData::U64(Cow::Owned(
                    self.used.iter().map(|&u| u64::from(u)).collect(),
                )),
            },
            Column {
                name: "responsible",
                data: ColumnData::Dict {
                    keys: Cow::Borrowed(&self.responsible),
                    values: Cow::Borrowed(&self.responsible_names),
                },
            },
            Column {
                name: "provisional",
                data: ColumnData::Bool(Cow::Borrowed(&self.provisional)),
            },
        ]
    }
}

/// Distinct strings, numbered in order of first appearance.
#[derive(Default)]
struct Interner {
    index: HashMap<String, u32, crate::hierarchy::FnvBuild>,
    names: Vec<String>,
}

impl Interner {
    /// An interner that already holds `names` (distinct), at their positions.
    fn of(names: Vec<String>) -> Interner {
        let index = names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i as u32))
            .collect();
        Interner { index, names }
    }

    fn id(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let i = self.names.len() as u32;
        self.index.insert(name.to_string(), i);
        self.names.push(name.to_string());
        i
    }
}

/// Agency ids (and the national admin) numbered by an [`Interner`], through a small cache keyed
/// by the address of an id's shared text: the ids of a replayed log share the directory's copy
/// ([`AgencyDirectory::canonical`](crate::AgencyDirectory::canonical)), so most are numbered
/// without reading their text. A slot keeps its id alive, so no other text can take the address
/// it is keyed by while it is cached; the cache's size is fixed, whatever the number of ids.
struct AgencyInterner {
    names: Interner,
    cache: Vec<Option<(AgencyId, u32)>>,
}

impl AgencyInterner {
    const SLOTS: usize = 1024;

    fn new(names: Interner) -> AgencyInterner {
        AgencyInterner {
            names,
            cache: vec![None; Self::SLOTS],
        }
    }

    fn id(&mut self, id: &AgencyId) -> u32 {
        let address = id.text_address();
        let slot = &mut self.cache[(address >> 4) % Self::SLOTS];
        match slot {
            Some((cached, n)) if cached.same_text(id) => *n,
            _ => {
                let n = self.names.id(id.as_str());
                *slot = Some((id.clone(), n));
                n
            }
        }
    }

    fn holder(&mut self, h: &Holder) -> u32 {
        match h {
            Holder::NationalAdmin => self.names.id(holder_name(h)),
            Holder::Agency(a) => self.id(a),
        }
    }
}

fn holder_name(h: &Holder) -> &str {
    match h {
        Holder::NationalAdmin => "national_admin",
        Holder::Agency(a) => a.as_str(),
    }
}

/// The case as it stood at `as_of` (`None` if it was submitted later).
pub fn case_as_of(case: &Case, as_of: DateTime<Utc>) -> Result<Option<Cow<'_, Case>>> {
    if case.submitted_at() > as_of {
        return Ok(None);
    }
    if case.last_event_at() <= as_of {
        return Ok(Some(Cow::Borrowed(case)));
    }
    let n = case.events().iter().take_while(|e| e.at <= as_of).count();
    Ok(Some(Cow::Owned(case.rewound(n))))
}

/// Evaluates every metric of every case submitted by `as_of` (see the module documentation).
///
/// Errors: calendar errors of [`Case::sla`] (a deadline outside the calendar's years).
pub fn evaluate_sla(cases: &[Case], ctx: &Context<'_>, as_of: DateTime<Utc>) -> Result<SlaTable> {
    evaluate_sla_iter(cases.iter().map(Ok), ctx, as_of)
}

/// [`evaluate_sla`] of a log read case by case, while it is read: the log is replayed
/// [`grouped`](crate::Replay::grouped) (each case's events on consecutive lines: a table
/// sorted by tracking id and `seq`, or JSON Lines written case by case), each case is evaluated
/// when the next one starts and then dropped. Only the table grows: a national log is
/// evaluated in the memory of its rows. The rows, and the errors, are those of reading the log
/// whole, replaying it and calling [`evaluate_sla`] on its cases; a case that shows up again
/// after other cases is an [`Error::LogLine`] (see [`Replay::grouped`](crate::Replay::grouped)).
///
/// ```
/// use chrono::{TimeZone as _, Utc};
/// use lapor_core::analytics::{evaluate_sla, SlaReader};
/// use lapor_core::{cases_from_owned_events, synthetic, write_event_log, Context, LogErrors, SlaPolicy, WorkingCalendar};
/// let (dir, cal, policy) = (synthetic::directory(), WorkingCalendar::indonesia(), SlaPolicy::default());
/// let ctx = Context::new(&dir, &cal, &policy);
/// let cases = cases_from_owned_events(&ctx, synthetic::event_log(&ctx, 7, 300)?)?;
/// let text = write_event_log(cases.iter().flat_map(|c| c.events()));
/// let as_of = Utc.with_ymd_and_hms(2025, 12, 31, 0, 0, 0).unwrap();
/// let mut reader = SlaReader::new(&ctx, as_of, LogErrors::Stop);
/// for (i, line) in text.lines().enumerate() {
///     reader.push_line(i + 1, Some(line))?;
/// }
/// let (table, errors) = reader.finish()?;
/// assert!(errors.is_empty());
/// assert_eq!(table, evaluate_sla(&cases, &ctx, as_of)?);
/// # Ok::<(), lapor_core::Error>(())
/// ```
#[derive(Debug)]
pub struct SlaReader<'c> {
    replay: crate::Replay<'c>,
    ctx: Context<'c>,
    as_of: DateTime<Utc>,
    table: SlaTable,
    /// Cases done and not yet evaluated (evaluated a few hundred at a time).
    pending: Vec<Case>,
}

impl<'c> SlaReader<'c> {
    /// How many done cases are evaluated at once.
    const BATCH: usize = 256;

    /// A reader evaluating at `as_of` against `ctx`, stopping at the first error or
    /// collecting them (as [`Replay`](crate::Replay) does).
    pub fn new(ctx: &Context<'c>, as_of: DateTime<Utc>, on_error: crate::LogErrors) -> Self {
        SlaReader {
            replay: crate::Replay::grouped(ctx, on_error),
            ctx: *ctx,
            as_of,
            table: SlaTable::default(),
            pending: Vec::new(),
        }
    }

    /// Reads line `line` of a JSON Lines log (see [`Replay::push_line`](crate::Replay::push_line)).
    /// Errors: as for `push_line`, or as for [`evaluate_sla`].
    pub fn push_line(&mut self, line: usize, text: Option<&str>) -> Result<()> {
        self.replay.push_line(line, text)?;
        self.evaluate_done()
    }

    /// Reads the next row of the flat columnar form (see
    /// [`Replay::push_row`](crate::Replay::push_row)). Errors: as for `push_row`, or as for
    /// [`evaluate_sla`].
    pub fn push_row(&mut self, r: crate::EventRow<'_>) -> Result<()> {
        self.replay.push_row(r)?;
        self.evaluate_done()
    }

    /// The rows of every case, and the errors collected (see
    /// [`Replay::finish`](crate::Replay::finish)).
    pub fn finish(mut self) -> Result<(SlaTable, Vec<Error>)> {
        // The cases done and not yet taken, and the last one.
        let (rest, errors) = self.replay.finish()?;
        self.pending.extend(rest);
        self.table
            .append(evaluate_sla(&self.pending, &self.ctx, self.as_of)?);
        Ok((self.table, errors))
    }

    fn evaluate_done(&mut self) -> Result<()> {
        self.pending.extend(self.replay.take_done());
        if self.pending.len() >= Self::BATCH {
            self.table
                .append(evaluate_sla(&self.pending, &self.ctx, self.as_of)?);
            self.pending.clear();
        }
        Ok(())
    }
}

/// [`evaluate_sla`] over cases that arrive one by one (borrowed or owned), such as
/// [`synthetic::cases`](crate::synthetic::cases) or cases replayed from a stream: only the table
/// is kept, never the cases. Rows come in the order of the cases.
///
/// ```
/// use chrono::{TimeZone as _, Utc};
/// use lapor_core::analytics::{evaluate_sla, evaluate_sla_iter};
/// use lapor_core::{synthetic, Context, SlaPolicy, WorkingCalendar};
/// let dir = synthetic::directory();
/// let (cal, policy) = (WorkingCalendar::indonesia(), SlaPolicy::permenpanrb_62_2018());
/// let ctx = Context::new(&dir, &cal, &policy);
/// let as_of = Utc.with_ymd_and_hms(2025, 12, 31, 0, 0, 0).unwrap();
/// let streamed = evaluate_sla_iter(synthetic::cases(&ctx, 7, 100), &ctx, as_of)?;
/// let cases = synthetic::cases(&ctx, 7, 100).collect::<Result<Vec<_>, _>>()?;
/// assert_eq!(streamed, evaluate_sla(&cases, &ctx, as_of)?);
/// # Ok::<(), lapor_core::Error>(())
/// ```
///
/// Errors: the first error of the iterator, or as for [`evaluate_sla`].
pub fn evaluate_sla_iter<C: std::borrow::Borrow<Case>>(
    cases: impl IntoIterator<Item = Result<C>>,
    ctx: &Context<'_>,
    as_of: DateTime<Utc>,
) -> Result<SlaTable> {
    let cases = cases.into_iter();
    let mut t = SlaTable::default();
    let rows = cases.size_hint().0.min(1 << 22).saturating_mul(4);
    t.tracking_id.reserve(rows);
    t.metric.reserve(rows);
    t.round.reserve(rows);
    t.branch.reserve(rows);
    t.state.reserve(rows);
    t.started.reserve(rows);
    t.due.reserve(rows);
    t.stopped.reserve(rows);
    t.breached_at.reserve(rows);
    t.budget.reserve(rows);
    t.unit.reserve(rows);
    t.used.reserve(rows);
    t.responsible.reserve(rows);
    t.provisional.reserve(rows);
    let mut names = AgencyInterner::new(Interner::default());
    let mut branches = Interner::default();
    branches.id("");
    let mut branches = AgencyInterner::new(branches);
    for case in cases {
        let case = case?;
        let Some(case) = case_as_of(case.borrow(), as_of)? else {
            continue;
        };
        for m in case.sla(ctx, as_of)? {
            t.tracking_id.push(case.id().0);
            t.metric.push(m.metric);
            t.round.push(m.round);
            t.branch
                .push(m.branch.as_ref().map_or(0, |b| branches.id(b)));
            t.state.push(m.state);
            t.started.push(m.started);
            t.due.push(m.due);
            t.stopped.push(m.stopped);
            t.breached_at.push(m.breached_at);
            t.budget.push(m.target.amount());
            t.unit.push(m.target);
            t.used.push(m.used);
            t.responsible.push(names.holder(&m.responsible));
            t.provisional.push(m.provisional);
        }
    }
    t.responsible_names = names.names.names;
    t.branch_names = branches.names.names;
    Ok(t)
}

/// The events of many cases as columns (one row per event, in log order): the flat columnar
/// form of a log (`docs/data-formats.md`, "Events as columns"). `tracking_id`, `at` (instant),
/// `seq` (the event's 0-based position in its case, for engines that do not keep row order),
/// `event` (its name), `actor_role`, `actor_agency` (`""` for none) and `payload` (the event's
/// own fields as JSON, [`Event::payload`](crate::case::Event::payload)) hold the whole event, so
/// [`EventLog::from_rows`](crate::case::EventLog::from_rows) reads the table back into the same
/// log; `agency` (the agency a `disposed` or `rerouted` event names, the unit of
/// `sub_disposed`, the holder an `escalated` event names), `tier` (the completion tier a
/// `disposed` event sets), `metric` (of `breached` and `escalated`), `kind` (the report kind of
/// `submitted` and the new kind of `reclassified`), `region` and `channel` (of `submitted`) are
/// there for analysis (`""` where they do not apply).
pub fn event_columns(cases: &[Case]) -> Vec<Column<'static>> {
    let n: usize = cases.iter().map(|c| c.events().len()).sum();
    let mut ids = Vec::with_capacity(n);
    let mut seq = Vec::with_capacity(n);
    let mut at = Vec::with_capacity(n);
    let (mut event, mut agency, mut tier, mut metric, mut kind) = (
        Interner::default(),
        Interner::default(),
        Interner::default(),
        Interner::default(),
        Interner::default(),
    );
    let (mut role, mut actor_agency, mut region, mut channel, mut payload) = (
        Interner::default(),
        Interner::default(),
        Interner::default(),
        Interner::default(),
        Interner::default(),
    );
    let mut keys: [Vec<u32>; 5] = Default::default();
    let mut more: [Vec<u32>; 5] = Default::default();
    for (i, e) in cases.iter().flat_map(|c| c.events().iter().enumerate()) {
        ids.push(e.case.0);
        seq.push(i as u64);
        at.push(Some(e.at.timestamp_micros()));
        let f = e.facets();
        for (slot, (interner, value)) in more.iter_mut().zip([
            (&mut role, e.actor.role.as_str()),
            (
                &mut actor_agency,
                e.actor.agency.as_ref().map_or("", |a| a.as_str()),
            ),
            (&mut region, f.region.as_str()),
            (&mut channel, f.channel),
            (&mut payload, e.payload().as_str()),
        ]) {
            slot.push(interner.id(value));
        }
        for (slot, (interner, value)) in keys.iter_mut().zip([
            (&mut event, e.kind.as_str()),
            (&mut agency, f.agency),
            (&mut tier, f.tier),
            (&mut metric, f.metric),
            (&mut kind, f.kind),
        ]) {
            slot.push(interner.id(value));
        }
    }
    let [k_event, k_agency, k_tier, k_metric, k_kind] = keys;
    let [k_role, k_actor_agency, k_region, k_channel, k_payload] = more;
    let dict = |keys: Vec<u32>, i: Interner| ColumnData::Dict {
        keys: Cow::Owned(keys),
        values: Cow::Owned(i.names),
    };
    vec![
        Column {
            name: "tracking_id",
            data: ColumnData::U64(Cow::Owned(ids)),
        },
        Column {
            name: "at",
            data: ColumnData::Micros(Cow::Owned(at)),
        },
        Column {
            name: "seq",
            data: ColumnData::U64(Cow::Owned(seq)),
        },
        Column {
            name: "event",
            data: dict(k_event, event),
        },
        Column {
            name: "agency",
            data: dict(k_agency, agency),
        },
        Column {
            name: "tier",
            data: dict(k_tier, tier),
        },
        Column {
            name: "metric",
            data: dict(k_metric, metric),
        },
        Column {
            name: "kind",
            data: dict(k_kind, kind),
        },
        Column {
            name: "actor_role",
            data: dict(k_role, role),
        },
        Column {
            name: "actor_agency",
            data: dict(k_actor_agency, actor_agency),
        },
        Column {
            name: "region",
            data: dict(k_region, region),
        },
        Column {
            name: "channel",
            data: dict(k_channel, channel),
        },
        Column {
            name: "payload",
            data: dict(k_payload, payload),
        },
    ]
}

/// Mean, median and p90 of a sample.
fn stats(v: &mut [f64]) -> (Option<f64>, Option<f64>, Option<f64>) {
    if v.is_empty() {
        return (None, None, None);
    }
    v.sort_by(f64::total_cmp);
    let n = v.len();
    let mean = v.iter().sum::<f64>() / n as f64;
    let median = if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    };
    // Nearest rank: the smallest value with at least 90 % of the sample at or below it.
    let rank = (n * 9).div_ceil(10).max(1);
    (Some(mean), Some(median), Some(v[rank - 1]))
}

fn pct(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| part as f64 * 100.0 / whole as f64)
}

#[derive(Default)]
struct Acc {
    cases: u64,
    status: [u64; 7],
    disposed: u64,
    followed_up: u64,
    days: [Vec<f64>; 4],
    met: [u64; 6],
    breached: [u64; 6],
    arrears: u64,
    extended: u64,
    reopened: u64,
    ratings: [u64; 5],
}

/// The summary of cases grouped by one key (see the module documentation for each figure).
/// One entry per group in every vector.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Summary {
    /// The grouping.
    pub by: Option<GroupBy>,
    /// The group's key: agency id, province code (`"64"`), regency code (`"64.74"`), kind or
    /// channel tag.
    pub key: Vec<String>,
    /// A readable name: the agency's or province's name (the key otherwise).
    pub label: Vec<String>,
    /// Cases submitted by the as-of instant.
    pub cases: Vec<u64>,
    /// Cases per status at the as-of instant, in [`Status::ALL`] order.
    pub status: [Vec<u64>; 7],
    /// Cases disposed by the as-of instant.
    pub disposed: Vec<u64>,
    /// Of the disposed, the percentage with a follow-up.
    pub pct_followed_up: Vec<Option<f64>>,
    /// Of the disposed, the percentage resolved.
    pub pct_resolved: Vec<Option<f64>>,
    /// Of the disposed, the percentage in process.
    pub pct_in_process: Vec<Option<f64>>,
    /// Working days to verification, first follow-up, completion and re-routing: mean, median,
    /// p90 of each (one sample per stopped clock: a case rerouted or reopened gives several).
    pub days: [[Vec<Option<f64>>; 3]; 4],
    /// SLA compliance (percent met of decided: superseded clocks count neither way), per metric
    /// in the order verification, first follow-up, completion, information request, reply
    /// window, re-routing.
    pub compliance: [Vec<Option<f64>>; 6],
    /// Open cases past a due instant.
    pub arrears: Vec<u64>,
    /// Information requests whose one extension was used.
    pub extended: Vec<u64>,
    /// Cases reopened at least once.
    pub reopened: Vec<u64>,
    /// Ratings given by the as-of instant.
    pub ratings: Vec<u64>,
    /// Their mean score (1–5), `None` without ratings.
    pub satisfaction_mean: Vec<Option<f64>>,
    /// How many ratings gave each score, 1 to 5.
    pub satisfaction: [Vec<u64>; 5],
}

impl Summary {
    /// The number of groups.
    pub fn len(&self) -> usize {
        self.key.len()
    }

    /// Whether there are no groups.
    pub fn is_empty(&self) -> bool {
        self.key.is_empty()
    }

    /// The columns, in order: `key`, `label`, `cases`, the seven status counts (named as the
    /// statuses), `routed`, `pct_followed_up`, `pct_resolved`, `pct_in_process`, then
    /// `verification_days_mean`, `…_median`, `…_p90` and the same for `first_follow_up_days`,
    /// `completion_days` and `rerouting_days`, then `compliance_verification`,
    /// `compliance_first_follow_up`, `compliance_completion`, `compliance_information_request`,
    /// `compliance_reply_window`, `compliance_rerouting`, `arrears`, `extended`, `reopened`,
    /// `ratings`, `satisfaction_mean` and `satisfaction_1` … `satisfaction_5`.
    pub fn columns(&self) -> Vec<Column<'_>> {
        let (text, u, f) = (text_column, u64_column, f64_column);
        let mut out = vec![
            Column {
                name: "key",
                data: text(&self.key),
            },
            Column {
                name: "label",
                data: text(&self.label),
            },
            Column {
                name: "cases",
                data: u(&self.cases),
            },
        ];
        for (s, v) in Status::ALL.iter().zip(&self.status) {
            out.push(Column {
                name: s.as_str(),
                data: u(v),
            });
        }
        out.push(Column {
            name: "routed",
            data: u(&self.disposed),
        });
        for (name, v) in [
            ("pct_followed_up", &self.pct_followed_up),
            ("pct_resolved", &self.pct_resolved),
            ("pct_in_process", &self.pct_in_process),
        ] {
            out.push(Column { name, data: f(v) });
        }
        const DAYS: [[&str; 3]; 4] = [
            [
                "verification_days_mean",
                "verification_days_median",
                "verification_days_p90",
            ],
            [
                "first_follow_up_days_mean",
                "first_follow_up_days_median",
                "first_follow_up_days_p90",
            ],
            [
                "completion_days_mean",
                "completion_days_median",
                "completion_days_p90",
            ],
            [
                "rerouting_days_mean",
                "rerouting_days_median",
                "rerouting_days_p90",
            ],
        ];
        for (names, vs) in DAYS.iter().zip(&self.days) {
            for (name, v) in names.iter().zip(vs) {
                out.push(Column { name, data: f(v) });
            }
        }
        for (name, v) in COMPLIANCE_COLUMNS.iter().zip(&self.compliance) {
            out.push(Column { name, data: f(v) });
        }
        out.push(Column {
            name: "arrears",
            data: u(&self.arrears),
        });
        out.push(Column {
            name: "extended",
            data: u(&self.extended),
        });
        out.push(Column {
            name: "reopened",
            data: u(&self.reopened),
        });
        out.push(Column {
            name: "ratings",
            data: u(&self.ratings),
        });
        out.push(Column {
            name: "satisfaction_mean",
            data: f(&self.satisfaction_mean),
        });
        const SCORES: [&str; 5] = [
            "satisfaction_1",
            "satisfaction_2",
            "satisfaction_3",
            "satisfaction_4",
            "satisfaction_5",
        ];
        for (name, v) in SCORES.iter().zip(&self.satisfaction) {
            out.push(Column { name, data: u(v) });
        }
        out
    }
}

/// The compliance columns, one per metric in [`metric_index`] order.
const COMPLIANCE_COLUMNS: [&str; 6] = [
    "compliance_verification",
    "compliance_first_follow_up",
    "compliance_completion",
    "compliance_information_request",
    "compliance_reply_window",
    "compliance_rerouting",
];

/// A text column of distinct values (one key per row), borrowed.
fn text_column(v: &[String]) -> ColumnData<'_> {
    ColumnData::Dict {
        keys: Cow::Owned((0..v.len() as u32).collect()),
        values: Cow::Borrowed(v),
    }
}

fn u64_column(v: &[u64]) -> ColumnData<'_> {
    ColumnData::U64(Cow::Borrowed(v))
}

fn f64_column(v: &[Option<f64>]) -> ColumnData<'_> {
    ColumnData::F64(Cow::Borrowed(v))
}

fn group_key(case: &Case, ctx: &Context<'_>, by: GroupBy) -> (String, String) {
    let region = case.report().location.region.as_ref();
    match by {
        GroupBy::Agency => match case.path().get(1).and_then(Holder::agency) {
            Some(a) => {
                let label = ctx
                    .directory
                    .get(a)
                    .map_or_else(|_| a.to_string(), |ag| ag.name.clone());
                (a.to_string(), label)
            }
            None => ("national_admin".into(), "national_admin".into()),
        },
        GroupBy::Province => match region {
            Some(r) => (
                format!("{:02}", r.province_number()),
                r.province().name.to_string(),
            ),
            None => ("-".into(), "-".into()),
        },
        GroupBy::Regency => match region.and_then(|r| r.truncate(RegionLevel::Regency)) {
            Some(r) => (r.to_string(), r.to_string()),
            None => ("-".into(), "-".into()),
        },
        GroupBy::Kind => {
            let k = case.report().kind.as_str().to_string();
            (k.clone(), k)
        }
        GroupBy::Channel => {
            let c = case.report().channel.as_str().to_string();
            (c.clone(), c)
        }
        GroupBy::Instance => {
            let i = case.instance().unwrap_or("this_instance").to_string();
            (i.clone(), i)
        }
    }
}

/// The share of a case that one group counts: the whole case, or (grouped by agency, for a case
/// routed to several agencies) one active branch.
pub(super) struct Part<'c> {
    pub(super) key: String,
    label: String,
    pub(super) branch: Option<&'c Case>,
}

impl Part<'_> {
    /// The status this part counts: the branch's, or the case's.
    pub(super) fn status(&self, case: &Case) -> Status {
        self.branch.map_or(case.status(), Case::status)
    }

    /// Whether an SLA row of the case is this part's: every row of a whole case; for a branch,
    /// its own clocks and the case's clocks of no branch.
    pub(super) fn owns(&self, m: &crate::MetricStatus) -> bool {
        match (self.branch, &m.branch) {
            (Some(b), Some(of)) => b.branch_root() == Some(of),
            _ => true,
        }
    }
}

/// The groups a case counts in: one key, or (by agency) each active branch's agency.
pub(super) fn parts<'c>(case: &'c Case, ctx: &Context<'_>, by: GroupBy) -> Vec<Part<'c>> {
    if by == GroupBy::Agency && case.active_branches().next().is_some() {
        return case
            .active_branches()
            .filter_map(|b| {
                let a = b.branch_root()?;
                let label = ctx
                    .directory
                    .get(a)
                    .map_or_else(|_| a.to_string(), |ag| ag.name.clone());
                Some(Part {
                    key: a.to_string(),
                    label,
                    branch: Some(b),
                })
            })
            .collect();
    }
    let (key, label) = group_key(case, ctx, by);
    vec![Part {
        key,
        label,
        branch: None,
    }]
}

fn metric_index(m: Metric) -> usize {
    match m {
        Metric::Verification => 0,
        Metric::FirstFollowUp => 1,
        Metric::Completion => 2,
        Metric::InformationRequest => 3,
        Metric::ReplyWindow => 4,
        Metric::Rerouting => 5,
    }
}

/// Summarises the cases submitted by `as_of`, grouped `by` one key (see the module
/// documentation).
///
/// Errors: calendar errors of [`Case::sla`].
pub fn summarize(
    cases: &[Case],
    ctx: &Context<'_>,
    as_of: DateTime<Utc>,
    by: GroupBy,
) -> Result<Summary> {
    let mut groups: HashMap<String, (String, Acc)> = HashMap::new();
    for case in cases {
        let Some(case) = case_as_of(case, as_of)? else {
            continue;
        };
        let sla = case.sla(ctx, as_of)?;
        for part in parts(&case, ctx, by) {
            let (_, acc) = groups
                .entry(part.key.clone())
                .or_insert_with(|| (part.label.clone(), Acc::default()));
            let (status, followed_up) = match part.branch {
                Some(b) => (b.status(), !b.follow_ups().is_empty()),
                None => (case.status(), !case.follow_ups().is_empty()),
            };
            acc.cases += 1;
            if let Some(i) = Status::ALL.iter().position(|s| *s == status) {
                acc.status[i] += 1;
            }
            if case.disposed_at().is_some() {
                acc.disposed += 1;
                if followed_up {
                    acc.followed_up += 1;
                }
            }
            let mut overdue = false;
            for m in sla.iter().filter(|m| part.owns(m)) {
                let i = metric_index(m.metric);
                match m.state {
                    MetricState::Met => acc.met[i] += 1,
                    MetricState::Breached => acc.breached[i] += 1,
                    MetricState::Running | MetricState::Paused | MetricState::Superseded => {}
                }
                if m.state == MetricState::Breached
                    && m.stopped.is_none()
                    && m.metric != Metric::ReplyWindow
                {
                    overdue = true;
                }
                if let (Some(_), Budget::WorkingDays(_), Some(d)) = (
                    m.stopped,
                    m.target,
                    match m.metric {
                        Metric::Verification => Some(0),
                        Metric::FirstFollowUp => Some(1),
                        Metric::Completion => Some(2),
                        Metric::Rerouting => Some(3),
                        _ => None,
                    },
                ) {
                    // A superseded clock's time is not a time to its goal.
                    if m.state != MetricState::Superseded {
                        acc.days[d].push(f64::from(m.used));
                    }
                }
            }
            if case.extended() {
                acc.extended += 1;
            }
            if case
                .events()
                .iter()
                .any(|e| matches!(e.kind, EventKind::Reopened))
            {
                acc.reopened += 1;
            }
            if let Some(r) = case.rating() {
                if let Some(n) = acc.ratings.get_mut(usize::from(r.score.clamp(1, 5)) - 1) {
                    *n += 1;
                }
            }
            if overdue && !status.is_closed() {
                acc.arrears += 1;
            }
        }
    }
    let mut keys: Vec<String> = groups.keys().cloned().collect();
    keys.sort();
    let mut s = Summary {
        by: Some(by),
        ..Summary::default()
    };
    for key in keys {
        let Some((label, mut acc)) = groups.remove(&key) else {
            continue;
        };
        s.key.push(key);
        s.label.push(label);
        s.cases.push(acc.cases);
        for (col, n) in s.status.iter_mut().zip(acc.status) {
            col.push(n);
        }
        s.disposed.push(acc.disposed);
        s.pct_followed_up.push(pct(acc.followed_up, acc.disposed));
        s.pct_resolved.push(pct(acc.status[4], acc.disposed));
        s.pct_in_process.push(pct(acc.status[3], acc.disposed));
        for (cols, sample) in s.days.iter_mut().zip(acc.days.iter_mut()) {
            let (mean, median, p90) = stats(sample);
            cols[0].push(mean);
            cols[1].push(median);
            cols[2].push(p90);
        }
        for (i, col) in s.compliance.iter_mut().enumerate() {
            col.push(pct(acc.met[i], acc.met[i] + acc.breached[i]));
        }
        s.arrears.push(acc.arrears);
        s.extended.push(acc.extended);
        s.reopened.push(acc.reopened);
        let rated: u64 = acc.ratings.iter().sum();
        let total: u64 = acc.ratings.iter().zip(1..).map(|(n, k)| n * k).sum();
        s.ratings.push(rated);
        s.satisfaction_mean
            .push((rated > 0).then(|| total as f64 / rated as f64));
        for (col, n) in s.satisfaction.iter_mut().zip(acc.ratings) {
            col.push(n);
        }
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{cases_from_owned_events, synthetic, SlaPolicy, WorkingCalendar};
    use chrono::TimeZone as _;
    use proptest::prelude::*;

    fn world() -> (crate::AgencyDirectory, WorkingCalendar, SlaPolicy) {
        (
            synthetic::directory(),
            WorkingCalendar::indonesia(),
            SlaPolicy::permenpanrb_62_2018(),
        )
    }

    fn at(m: u32, d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2025, m, d, 0, 0, 0).unwrap()
    }

    #[test]
    fn stats_mean_median_p90() {
        assert_eq!(stats(&mut []), (None, None, None));
        let mut v = [5.0, 1.0, 3.0, 2.0];
        assert_eq!(stats(&mut v), (Some(2.75), Some(2.5), Some(5.0)));
        let mut v: Vec<f64> = (1..=10).map(f64::from).collect();
        assert_eq!(stats(&mut v).2, Some(9.0));
        let mut v: Vec<f64> = (1..=11).map(f64::from).collect();
        assert_eq!(stats(&mut v).1, Some(6.0));
        assert_eq!(stats(&mut v).2, Some(10.0));
    }

    #[test]
    fn group_by_names() {
        for g in GroupBy::ALL {
            assert_eq!(GroupBy::parse(g.as_str()).unwrap(), g);
        }
        assert_eq!(GroupBy::parse("region").unwrap(), GroupBy::Province);
        assert_eq!(GroupBy::parse("planet").unwrap_err().code(), "unknown_name");
    }

    #[test]
    fn table_rows_match_case_sla() {
        let (dir, cal, policy) = world();
        let ctx = Context::new(&dir, &cal, &policy);
        let cases =
            cases_from_owned_events(&ctx, synthetic::event_log(&ctx, 3, 120).unwrap()).unwrap();
        let t = evaluate_sla(&cases, &ctx, at(12, 31)).unwrap();
        let expected: usize = cases
            .iter()
            .map(|c| c.sla(&ctx, at(12, 31)).unwrap().len())
            .sum();
        assert_eq!(t.len(), expected);
        for c in t.columns() {
            assert_eq!(c.data.len(), t.len(), "{}", c.name);
        }
        let first = cases[0].sla(&ctx, at(12, 31)).unwrap();
        assert_eq!(t.tracking_id[0], cases[0].id().0);
        assert_eq!(t.due[0], first[0].due);
        assert_eq!(t.state[0], first[0].state);
        assert_eq!(
            t.responsible_names[t.responsible[0] as usize],
            holder_name(&first[0].responsible)
        );
    }

    #[test]
    fn as_of_ignores_later_events_and_cases() {
        let (dir, cal, policy) = world();
        let ctx = Context::new(&dir, &cal, &policy);
        let cases =
            cases_from_owned_events(&ctx, synthetic::event_log(&ctx, 5, 150).unwrap()).unwrap();
        let mid = at(6, 30);
        let s = summarize(&cases, &ctx, mid, GroupBy::Kind).unwrap();
        let submitted = cases.iter().filter(|c| c.submitted_at() <= mid).count() as u64;
        assert_eq!(s.cases.iter().sum::<u64>(), submitted);
        // The same as summarising the log cut at `mid`.
        let cut: Vec<_> = cases
            .iter()
            .flat_map(|c| c.events().iter().filter(|e| e.at <= mid).cloned())
            .collect();
        let cut_cases = cases_from_owned_events(&ctx, cut).unwrap();
        assert_eq!(summarize(&cut_cases, &ctx, mid, GroupBy::Kind).unwrap(), s);
        assert!(evaluate_sla(&cases, &ctx, at(1, 1)).unwrap().len() <= 4 * 150);
    }

    #[test]
    fn event_columns_have_one_row_per_event() {
        let (dir, cal, policy) = world();
        let ctx = Context::new(&dir, &cal, &policy);
        let cases =
            cases_from_owned_events(&ctx, synthetic::event_log(&ctx, 4, 50).unwrap()).unwrap();
        let n: usize = cases.iter().map(|c| c.events().len()).sum();
        let cols = event_columns(&cases);
        let names: Vec<_> = cols.iter().map(|c| c.name).collect();
        assert_eq!(
            names,
            [
                "tracking_id",
                "at",
                "seq",
                "event",
                "agency",
                "tier",
                "metric",
                "kind",
                "actor_role",
                "actor_agency",
                "region",
                "channel",
                "payload"
            ]
        );
        assert!(cols.iter().all(|c| c.data.len() == n));
        // The whole columns give back every event.
        let text = |i: usize, row: usize| match &cols[i].data {
            ColumnData::Dict { keys, values } => values[keys[row] as usize].as_str(),
            _ => unreachable!("a text column"),
        };
        let (ColumnData::U64(ids), ColumnData::Micros(at)) = (&cols[0].data, &cols[1].data) else {
            panic!("tracking_id and at");
        };
        let events: Vec<_> = cases.iter().flat_map(|c| c.events()).collect();
        for (row, e) in events.iter().enumerate() {
            let back = crate::case::Event::from_columns(
                ids[row],
                at[row].unwrap(),
                text(3, row),
                text(8, row),
                Some(text(9, row)),
                text(12, row),
            )
            .unwrap();
            assert_eq!(&&back, e);
        }
        let ColumnData::U64(seq) = &cols[2].data else {
            panic!("seq");
        };
        let mut next = std::collections::HashMap::new();
        for (row, e) in events.iter().enumerate() {
            let n = next.entry(e.case).or_insert(0);
            assert_eq!(seq[row], *n);
            *n += 1;
        }
        let ColumnData::Dict { keys, values } = &cols[3].data else {
            panic!("event is a dictionary column");
        };
        let submitted = keys.iter().filter(|&&k| values[k as usize] == "submitted");
        assert_eq!(submitted.count(), 50);
        let ColumnData::Dict { keys, values } = &cols[4].data else {
            panic!("agency is a dictionary column");
        };
        let first_disposed = cases
            .iter()
            .flat_map(|c| c.events())
            .position(|e| e.kind.as_str() == "disposed")
            .unwrap();
        assert!(!values[keys[first_disposed] as usize].is_empty());
    }

    #[test]
    fn summary_columns_have_one_value_per_group() {
        let (dir, cal, policy) = world();
        let ctx = Context::new(&dir, &cal, &policy);
        let cases =
            cases_from_owned_events(&ctx, synthetic::event_log(&ctx, 9, 300).unwrap()).unwrap();
        for by in GroupBy::ALL {
            let s = summarize(&cases, &ctx, at(12, 31), by).unwrap();
            assert!(!s.is_empty());
            let cols = s.columns();
            assert_eq!(cols.len(), 3 + 7 + 4 + 12 + 6 + 3 + 2 + 5);
            for c in &cols {
                assert_eq!(c.data.len(), s.len(), "{by:?} {}", c.name);
            }
            for i in 0..s.len() {
                for p in [&s.pct_followed_up, &s.pct_resolved, &s.pct_in_process] {
                    assert!(p[i].map_or(true, |p| (0.0..=100.0).contains(&p)));
                }
                assert!(s.arrears[i] <= s.cases[i]);
                assert!(s.disposed[i] <= s.cases[i]);
            }
        }
    }

    proptest! {
        /// The agency interner numbers ids as the plain interner numbers their texts, whether
        /// ids share their text or not, and however many distinct ids pass through its cache
        /// (ids dropped after use may leave their address to another text).
        #[test]
        fn agency_interner_numbers_by_text(picks in proptest::collection::vec((0usize..40, any::<bool>()), 0..3000)) {
            let shared: Vec<AgencyId> = (0..40).map(|i| AgencyId::new(format!("a{i}"))).collect();
            let mut by_text = Interner::default();
            let mut cached = AgencyInterner::new(Interner::default());
            for (i, share) in picks {
                let id = if share { shared[i].clone() } else { AgencyId::new(format!("a{i}")) };
                prop_assert_eq!(cached.id(&id), by_text.id(id.as_str()));
                drop(id);
            }
            prop_assert_eq!(cached.names.names, by_text.names);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(12))]
        #[test]
        fn counts_add_up(seed in 0u64..1000, n in 1usize..60, month in 1u32..13) {
            let (dir, cal, policy) = world();
            let ctx = Context::new(&dir, &cal, &policy);
            let cases = cases_from_owned_events(&ctx, synthetic::event_log(&ctx, seed, n).unwrap()).unwrap();
            let as_of = at(month, 28);
            let submitted = cases.iter().filter(|c| c.submitted_at() <= as_of).count() as u64;
            for by in GroupBy::ALL {
                let s = summarize(&cases, &ctx, as_of, by).unwrap();
                prop_assert_eq!(s.cases.iter().sum::<u64>(), submitted);
                for i in 0..s.len() {
                    let by_status: u64 = s.status.iter().map(|c| c[i]).sum();
                    prop_assert_eq!(by_status, s.cases[i]);
                }
            }
            let t = evaluate_sla(&cases, &ctx, as_of).unwrap();
            let ids: std::collections::BTreeSet<_> = t.tracking_id.iter().collect();
            prop_assert_eq!(ids.len() as u64, submitted);
        }
    }
}
