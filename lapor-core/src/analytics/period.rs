//! Evaluation per period (`docs/analytics.md`, "Evaluation per period"): what KemenPANRB and
//! Kemendagri look at each month, semester and year, per agency, with the arrears carried from
//! earlier periods and a ranking by a configurable policy.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, NaiveDate, TimeZone as _, Utc};
use serde::{Deserialize, Serialize};

use super::{
    case_as_of, f64_column, holder_name, parts, pct, stats, text_column, u64_column, Column,
    ColumnData, GroupBy, COMPLIANCE_COLUMNS,
};
use crate::case::{Case, Holder, HoldingEnd, Metric, MetricState, MetricStatus, Status};
use crate::deadline::Budget;
use crate::error::{Error, Result};
use crate::Context;

/// A period of evaluation: from `start` (inclusive) to `end` (exclusive). Months, semesters and
/// years run from 00:00 WIB on their first day to 00:00 WIB after their last
/// (`docs/analytics.md`: one national boundary for every agency).
///
/// ```
/// use lapor_core::analytics::Period;
/// let p = Period::parse("2026-S1")?;
/// assert_eq!(p.start.to_rfc3339(), "2025-12-31T17:00:00+00:00");
/// assert_eq!(p.end.to_rfc3339(), "2026-06-30T17:00:00+00:00");
/// assert_eq!(p.previous().label, "2025-S2");
/// assert_eq!(Period::parse("2026-03")?.label, "2026-03");
/// assert!(Period::parse("2026-S3").is_err());
/// # Ok::<(), lapor_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    /// `2026-03`, `2026-S1` or `2026`.
    pub label: String,
    /// The first instant.
    pub start: DateTime<Utc>,
    /// The first instant after the period.
    pub end: DateTime<Utc>,
    kind: PeriodKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PeriodKind {
    Month(i32, u32),
    Semester(i32, u32),
    Year(i32),
}

/// 00:00 WIB of the first day of `month` of `year`, if the date exists in the supported years.
fn wib_midnight(year: i32, month: u32) -> Option<DateTime<Utc>> {
    if !(1900..=2200).contains(&year) {
        return None;
    }
    let day = NaiveDate::from_ymd_opt(year, month, 1)?;
    let local = day.and_hms_opt(0, 0, 0)?;
    Some(Utc.from_utc_datetime(&local) - Duration::hours(7))
}

impl Period {
    fn of(kind: PeriodKind) -> Result<Period> {
        let bad = |label: String| Error::UnknownName {
            what: "period",
            value: label,
        };
        let (label, (y0, m0), (y1, m1)) = match kind {
            PeriodKind::Month(y, m) => (
                format!("{y:04}-{m:02}"),
                (y, m),
                if m == 12 { (y + 1, 1) } else { (y, m + 1) },
            ),
            PeriodKind::Semester(y, h) if h == 1 || h == 2 => (
                format!("{y:04}-S{h}"),
                (y, 6 * h - 5),
                if h == 1 { (y, 7) } else { (y + 1, 1) },
            ),
            PeriodKind::Semester(y, h) => return Err(bad(format!("{y}-S{h}"))),
            PeriodKind::Year(y) => (format!("{y:04}"), (y, 1), (y + 1, 1)),
        };
        match (wib_midnight(y0, m0), wib_midnight(y1, m1)) {
            (Some(start), Some(end)) if y0 < 2200 => Ok(Period {
                label,
                start,
                end,
                kind,
            }),
            _ => Err(bad(label)),
        }
    }

    /// A month (1–12) of a year (1900–2199).
    ///
    /// Errors: [`Error::UnknownName`] (`what` `"period"`) for a month or year out of range.
    pub fn month(year: i32, month: u32) -> Result<Period> {
        Period::of(PeriodKind::Month(year, month))
    }

    /// A semester (1: January–June, 2: July–December).
    ///
    /// Errors: as [`Period::month`].
    pub fn semester(year: i32, half: u32) -> Result<Period> {
        Period::of(PeriodKind::Semester(year, half))
    }

    /// A calendar year.
    ///
    /// Errors: as [`Period::month`].
    pub fn year(year: i32) -> Result<Period> {
        Period::of(PeriodKind::Year(year))
    }

    /// Reads `2026-03` (a month), `2026-S1` / `2026-S2` (a semester) or `2026` (a year).
    ///
    /// Errors: [`Error::UnknownName`] (`what` `"period"`) for any other text.
    pub fn parse(text: &str) -> Result<Period> {
        let bad = || Error::UnknownName {
            what: "period",
            value: text.to_string(),
        };
        let digits = |s: &str, n: usize| {
            (s.len() == n && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<i32>().ok())
                .flatten()
        };
        let (year, rest) = match text.split_once('-') {
            Some((y, r)) => (digits(y, 4).ok_or_else(bad)?, Some(r)),
            None => (digits(text, 4).ok_or_else(bad)?, None),
        };
        let kind = match rest {
            None => PeriodKind::Year(year),
            Some(r) => match r.strip_prefix('S') {
                Some(h) => PeriodKind::Semester(year, digits(h, 1).ok_or_else(bad)? as u32),
                None => PeriodKind::Month(year, digits(r, 2).ok_or_else(bad)? as u32),
            },
        };
        Period::of(kind).map_err(|_| bad())
    }

    /// The period of the same length just before this one.
    pub fn previous(&self) -> Period {
        let kind = match self.kind {
            PeriodKind::Month(y, 1) => PeriodKind::Month(y - 1, 12),
            PeriodKind::Month(y, m) => PeriodKind::Month(y, m - 1),
            PeriodKind::Semester(y, 1) => PeriodKind::Semester(y - 1, 2),
            PeriodKind::Semester(y, _) => PeriodKind::Semester(y, 1),
            PeriodKind::Year(y) => PeriodKind::Year(y - 1),
        };
        Period::of(kind).unwrap_or_else(|_| self.clone())
    }

    /// Whether `t` lies in the period.
    pub fn contains(&self, t: DateTime<Utc>) -> bool {
        self.start <= t && t < self.end
    }
}

/// The weights of the ranking score's components (each ≥ 0; a component without data in a
/// period is left out and the others' weights renormalised).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RankingWeights {
    /// Share of routed cases followed up.
    pub followed_up: f64,
    /// Share of routed cases resolved.
    pub resolved: f64,
    /// Share of first follow-ups, completions and information requests met on time among those
    /// decided in the period.
    pub on_time: f64,
    /// Arrears cleared: 1 − arrears at the end ÷ (cases routed in the period + arrears at its
    /// start), at least 0.
    pub clearance: f64,
    /// Mean satisfaction, scaled from 1–5 to 0–1.
    pub satisfaction: f64,
}

impl Default for RankingWeights {
    fn default() -> Self {
        RankingWeights {
            followed_up: 0.25,
            resolved: 0.25,
            on_time: 0.25,
            clearance: 0.15,
            satisfaction: 0.1,
        }
    }
}

/// How agencies are ranked in a period: a weighted score (`docs/analytics.md`, "Ranking").
/// The default is a library choice modelled on what KemenPANRB reviews (follow-up, completion,
/// speed, and the reporters' satisfaction); its published formula is not reproduced here.
///
/// ```
/// use lapor_core::analytics::RankingPolicy;
/// let p = RankingPolicy::from_json(r#"{"name": "Riau 2026", "weights": {"satisfaction": 0}}"#)?;
/// assert_eq!((p.weights.followed_up, p.weights.satisfaction, p.scale), (0.25, 0.0, 100.0));
/// assert_eq!(RankingPolicy::from_json(r#"{"weights": {"resolved": -1}}"#).unwrap_err().code(), "json");
/// # Ok::<(), lapor_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RankingPolicy {
    /// The policy's name.
    pub name: String,
    /// The weights.
    pub weights: RankingWeights,
    /// The score of an agency perfect on every component (100).
    pub scale: f64,
    /// Agencies with fewer cases routed to them in the period are listed but not ranked (5: a
    /// single case resolved on time is no record to rank on).
    pub min_routed: u64,
}

impl Default for RankingPolicy {
    fn default() -> Self {
        RankingPolicy {
            name: "lapor default (follow-up, resolution, timeliness, arrears, satisfaction)".into(),
            weights: RankingWeights::default(),
            scale: 100.0,
            min_routed: 5,
        }
    }
}

impl RankingPolicy {
    /// Reads a policy; absent fields keep the defaults, unknown fields and weights or a scale
    /// that are negative or not finite are an error.
    pub fn from_json(json: &str) -> Result<RankingPolicy> {
        let p: RankingPolicy = crate::error::from_json("ranking policy", json)?;
        p.check()?;
        Ok(p)
    }

    /// Writes the policy as JSON.
    pub fn to_json(&self) -> String {
        crate::error::to_json(self)
    }

    /// The weights and scale are finite and ≥ 0, and some weight is > 0.
    fn check(&self) -> Result<()> {
        let w = &self.weights;
        let fields = [
            ("weights.followed_up", w.followed_up),
            ("weights.resolved", w.resolved),
            ("weights.on_time", w.on_time),
            ("weights.clearance", w.clearance),
            ("weights.satisfaction", w.satisfaction),
            ("scale", self.scale),
        ];
        let bad = fields
            .iter()
            .find(|(_, v)| !v.is_finite() || *v < 0.0)
            .map(|(p, _)| *p)
            .or_else(|| {
                let sum = w.followed_up + w.resolved + w.on_time + w.clearance + w.satisfaction;
                (sum <= 0.0).then_some("weights")
            });
        match bad {
            None => Ok(()),
            Some(path) => Err(crate::error::shape_error(
                "ranking policy",
                path,
                "weights and scale must be finite numbers ≥ 0, and some weight > 0",
            )),
        }
    }
}

/// One agency's figures in a period (see [`evaluate_period`]).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PeriodEvaluation {
    /// The period's label.
    pub period: String,
    /// Agency id (`"national_admin"` for what the national admin holds and does).
    pub key: Vec<String>,
    /// The agency's name.
    pub label: Vec<String>,
    /// Cases submitted in the period, grouped by the agency they were disposed to by its end.
    pub received: Vec<u64>,
    /// Of those, disposed (verified and routed) by the end.
    pub routed: Vec<u64>,
    /// Of those, with a follow-up by the end.
    pub followed_up: Vec<u64>,
    /// Of those, resolved at the end.
    pub resolved: Vec<u64>,
    /// Of those, in process at the end.
    pub in_process: Vec<u64>,
    /// Cases in arrears at the start (carried from earlier periods), by their agency then.
    pub arrears_start: Vec<u64>,
    /// Cases in arrears at the end, by their agency then.
    pub arrears_end: Vec<u64>,
    /// Working days to the first follow-up (median, p90) of the clocks stopped in the period.
    pub first_follow_up_days: [Vec<Option<f64>>; 2],
    /// Working days to completion (median, p90) of the clocks stopped in the period.
    pub completion_days: [Vec<Option<f64>>; 2],
    /// Percent met of the clocks decided in the period, per metric: verification, first
    /// follow-up, completion, information request, reply window, re-routing.
    pub compliance: [Vec<Option<f64>>; 6],
    /// Ratings given in the period.
    pub ratings: Vec<u64>,
    /// Their mean score (1–5).
    pub satisfaction_mean: Vec<Option<f64>>,
    /// The ranking score (`None` for the national admin and for agencies not ranked).
    pub score: Vec<Option<f64>>,
    /// The rank (1 is best; equal scores share a rank).
    pub rank: Vec<Option<u64>>,
}

impl PeriodEvaluation {
    /// The number of rows.
    pub fn len(&self) -> usize {
        self.key.len()
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.key.is_empty()
    }

    /// The columns, in order: `key`, `label`, `received`, `routed`, `followed_up`, `resolved`,
    /// `in_process`, `arrears_start`, `arrears_end`, `first_follow_up_days_median`,
    /// `first_follow_up_days_p90`, `completion_days_median`, `completion_days_p90`, the six
    /// `compliance_*`, `ratings`, `satisfaction_mean`, `score`, `rank`.
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
        ];
        for (name, v) in [
            ("received", &self.received),
            ("routed", &self.routed),
            ("followed_up", &self.followed_up),
            ("resolved", &self.resolved),
            ("in_process", &self.in_process),
            ("arrears_start", &self.arrears_start),
            ("arrears_end", &self.arrears_end),
        ] {
            out.push(Column { name, data: u(v) });
        }
        for (name, v) in [
            ("first_follow_up_days_median", &self.first_follow_up_days[0]),
            ("first_follow_up_days_p90", &self.first_follow_up_days[1]),
            ("completion_days_median", &self.completion_days[0]),
            ("completion_days_p90", &self.completion_days[1]),
        ] {
            out.push(Column { name, data: f(v) });
        }
        for (name, v) in COMPLIANCE_COLUMNS.iter().zip(&self.compliance) {
            out.push(Column { name, data: f(v) });
        }
        out.push(Column {
            name: "ratings",
            data: u(&self.ratings),
        });
        out.push(Column {
            name: "satisfaction_mean",
            data: f(&self.satisfaction_mean),
        });
        out.push(Column {
            name: "score",
            data: f(&self.score),
        });
        out.push(Column {
            name: "rank",
            data: ColumnData::F64(std::borrow::Cow::Owned(
                self.rank.iter().map(|r| r.map(|r| r as f64)).collect(),
            )),
        });
        out
    }
}

#[derive(Default)]
struct Acc {
    received: u64,
    routed: u64,
    followed_up: u64,
    resolved: u64,
    in_process: u64,
    arrears_start: u64,
    arrears_end: u64,
    days: [Vec<f64>; 2],
    met: [u64; 6],
    breached: [u64; 6],
    ratings: u64,
    score_sum: u64,
}

const NATIONAL: &str = "national_admin";

/// The agency that received the case (by disposition or reroute) and held it at `t`, or the
/// national admin: whose clock a first follow-up or completion started at `t` is.
fn top_agency_at(case: &Case, t: DateTime<Utc>) -> String {
    let mut top: Option<&Holder> = None;
    let mut previous_end: Option<HoldingEnd> = None;
    for h in case.chain() {
        if h.from > t {
            break;
        }
        if h.holder == Holder::NationalAdmin {
            top = None;
        } else if matches!(
            previous_end,
            Some(HoldingEnd::Disposed) | Some(HoldingEnd::Rerouted)
        ) {
            top = Some(&h.holder);
        }
        previous_end = h.end;
    }
    top.map_or(NATIONAL, holder_name).to_string()
}

/// Whose clock a metric row is: its branch's agency, or (see [`top_agency_at`]) the agency
/// that held the case.
fn owner(case: &Case, m: &MetricStatus, decided: DateTime<Utc>) -> String {
    if let Some(b) = &m.branch {
        return b.to_string();
    }
    match m.metric {
        Metric::Verification | Metric::Rerouting => NATIONAL.to_string(),
        Metric::InformationRequest => top_agency_at(case, decided - Duration::nanoseconds(1)),
        _ => top_agency_at(case, m.started),
    }
}

/// Whether a case (or branch) in `status` is in arrears given its SLA rows at that instant:
/// open, with a clock other than the reply window past due and not stopped (as in
/// [`summarize`](super::summarize)).
fn in_arrears<'m>(status: Status, mut sla: impl Iterator<Item = &'m MetricStatus>) -> bool {
    !status.is_closed()
        && sla.any(|m| {
            m.state == MetricState::Breached
                && m.stopped.is_none()
                && m.metric != Metric::ReplyWindow
        })
}

fn metric_slot(m: Metric) -> usize {
    super::metric_index(m)
}

/// Evaluates a period per agency: the cases received in it and what became of them by its end,
/// the arrears at its start and end, the working days and compliance of the clocks decided in
/// it, the ratings given in it, and a ranking by `policy` (see `docs/analytics.md`).
///
/// Rows are sorted by key; `"national_admin"` carries the national admin's figures
/// (unrouted cases, verification and re-routing) and is never ranked.
///
/// Errors: calendar errors of [`Case::sla`]; [`Error::Json`] for a ranking policy with a
/// negative or non-finite weight or scale.
pub fn evaluate_period(
    cases: &[Case],
    ctx: &Context<'_>,
    period: &Period,
    policy: &RankingPolicy,
) -> Result<PeriodEvaluation> {
    policy.check()?;
    let mut groups: BTreeMap<String, Acc> = BTreeMap::new();
    for case in cases {
        // Carried in: arrears at the start (a case routed to several agencies counts for
        // each of them, with its branch's clocks).
        if let Some(c) = case_as_of(case, period.start)? {
            let sla = c.sla(ctx, period.start)?;
            for part in parts(&c, ctx, GroupBy::Agency) {
                if in_arrears(part.status(&c), sla.iter().filter(|m| part.owns(m))) {
                    groups.entry(part.key).or_default().arrears_start += 1;
                }
            }
        }
        let Some(c) = case_as_of(case, period.end)? else {
            continue;
        };
        let sla = c.sla(ctx, period.end)?;
        for part in parts(&c, ctx, GroupBy::Agency) {
            let status = part.status(&c);
            let followed_up = match part.branch {
                Some(b) => !b.follow_ups().is_empty(),
                None => !c.follow_ups().is_empty(),
            };
            let arrears = in_arrears(status, sla.iter().filter(|m| part.owns(m)));
            let acc = groups.entry(part.key).or_default();
            if period.contains(c.submitted_at()) {
                acc.received += 1;
                if c.disposed_at().is_some() {
                    acc.routed += 1;
                    acc.followed_up += u64::from(followed_up);
                    acc.resolved += u64::from(status == Status::Resolved);
                    acc.in_process += u64::from(status == Status::InProgress);
                }
            }
            if arrears {
                acc.arrears_end += 1;
            }
            if let Some(r) = c.rating().filter(|r| period.contains(r.at)) {
                acc.ratings += 1;
                acc.score_sum += u64::from(r.score);
            }
        }
        for m in &sla {
            // Working days: the clocks that reached their goal in the period (stopped in it,
            // not superseded), however late.
            let day_slot = match m.metric {
                Metric::FirstFollowUp => Some(0),
                Metric::Completion => Some(1),
                _ => None,
            };
            if let (Some(d), Some(stop), Budget::WorkingDays(_)) = (day_slot, m.stopped, m.target) {
                if period.contains(stop) && m.state != MetricState::Superseded {
                    let acc = groups.entry(owner(&c, m, stop)).or_default();
                    acc.days[d].push(f64::from(m.used));
                }
            }
            // A verdict belongs to the period it was reached in: the stop of a met clock, the
            // due instant of a breached one.
            let decided = match (m.state, m.stopped, m.breached_at) {
                (MetricState::Met, Some(stop), _) => stop,
                (MetricState::Breached, _, Some(due)) => due,
                _ => continue,
            };
            if period.contains(decided) {
                let acc = groups.entry(owner(&c, m, decided)).or_default();
                let i = metric_slot(m.metric);
                if m.state == MetricState::Met {
                    acc.met[i] += 1;
                } else {
                    acc.breached[i] += 1;
                }
            }
        }
    }
    let mut out = PeriodEvaluation {
        period: period.label.clone(),
        ..PeriodEvaluation::default()
    };
    for (key, mut acc) in groups {
        let label = if key == NATIONAL {
            key.clone()
        } else {
            ctx.directory
                .get(&key.as_str().into())
                .map_or_else(|_| key.clone(), |a| a.name.clone())
        };
        out.label.push(label);
        out.received.push(acc.received);
        out.routed.push(acc.routed);
        out.followed_up.push(acc.followed_up);
        out.resolved.push(acc.resolved);
        out.in_process.push(acc.in_process);
        out.arrears_start.push(acc.arrears_start);
        out.arrears_end.push(acc.arrears_end);
        let [ffu, completion] = &mut acc.days;
        for (cols, sample) in [
            (&mut out.first_follow_up_days, ffu),
            (&mut out.completion_days, completion),
        ] {
            let (_, median, p90) = stats(sample);
            cols[0].push(median);
            cols[1].push(p90);
        }
        for (i, col) in out.compliance.iter_mut().enumerate() {
            col.push(pct(acc.met[i], acc.met[i] + acc.breached[i]));
        }
        out.ratings.push(acc.ratings);
        let mean = (acc.ratings > 0).then(|| acc.score_sum as f64 / acc.ratings as f64);
        out.satisfaction_mean.push(mean);
        let score = (key != NATIONAL && acc.routed >= policy.min_routed.max(1))
            .then(|| score(policy, &acc, mean))
            .flatten();
        out.score.push(score);
        out.key.push(key);
    }
    out.rank = ranks(&out.score);
    Ok(out)
}

/// The weighted score of an agency (see [`RankingPolicy`]); `None` when no component has data.
fn score(policy: &RankingPolicy, acc: &Acc, satisfaction: Option<f64>) -> Option<f64> {
    let w = &policy.weights;
    let share = |part: u64, whole: u64| (whole > 0).then(|| part as f64 / whole as f64);
    // First follow-up, completion and information request: the agency's own clocks.
    let timely = [1, 2, 3];
    let met: u64 = timely.iter().map(|&i| acc.met[i]).sum();
    let decided: u64 = timely.iter().map(|&i| acc.met[i] + acc.breached[i]).sum();
    let clearance =
        share(acc.arrears_end, acc.routed + acc.arrears_start).map(|a| 1.0 - a.min(1.0));
    let parts = [
        (w.followed_up, share(acc.followed_up, acc.routed)),
        (w.resolved, share(acc.resolved, acc.routed)),
        (w.on_time, share(met, decided)),
        (w.clearance, clearance),
        (w.satisfaction, satisfaction.map(|s| (s - 1.0) / 4.0)),
    ];
    let (sum, weights) = parts
        .iter()
        .filter_map(|(w, x)| x.map(|x| (w * x, *w)))
        .fold((0.0, 0.0), |(s, t), (x, w)| (s + x, t + w));
    (weights > 0.0).then(|| policy.scale * sum / weights)
}

/// Competition ranks ("1224") of the scores, highest first; `None` stays unranked.
fn ranks(scores: &[Option<f64>]) -> Vec<Option<u64>> {
    scores
        .iter()
        .map(|s| s.map(|s| 1 + scores.iter().filter(|o| o.is_some_and(|o| o > s)).count() as u64))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods() {
        let p = Period::month(2026, 12).unwrap();
        assert_eq!(p.start.to_rfc3339(), "2026-11-30T17:00:00+00:00");
        assert_eq!(p.end.to_rfc3339(), "2026-12-31T17:00:00+00:00");
        assert_eq!(p.previous().label, "2026-11");
        assert_eq!(Period::month(2026, 1).unwrap().previous().label, "2025-12");
        let y = Period::parse("2027").unwrap();
        assert_eq!(
            (y.label.as_str(), y.previous().label.as_str()),
            ("2027", "2026")
        );
        assert!(y.contains(y.start) && !y.contains(y.end));
        for bad in [
            "2026-13", "2026-S0", "26", "2026-1", "2026-S12", "x", "2200", "1899-12",
        ] {
            assert_eq!(
                Period::parse(bad).unwrap_err().code(),
                "unknown_name",
                "{bad}"
            );
        }
    }

    #[test]
    fn a_period_without_cases_is_empty() {
        let dir = crate::synthetic::directory();
        let (cal, policy) = (
            crate::WorkingCalendar::indonesia(),
            crate::SlaPolicy::permenpanrb_62_2018(),
        );
        let ctx = Context::new(&dir, &cal, &policy);
        let p = Period::parse("2026-S1").unwrap();
        let e = evaluate_period(&[], &ctx, &p, &RankingPolicy::default()).unwrap();
        assert!(e.is_empty() && e.columns().iter().all(|c| c.data.is_empty()));
        assert_eq!(e.period, "2026-S1");
    }

    #[test]
    fn competition_ranks() {
        let r = ranks(&[Some(80.0), None, Some(90.0), Some(80.0), Some(70.0)]);
        assert_eq!(r, [Some(2), None, Some(1), Some(2), Some(4)]);
    }

    #[test]
    fn ranking_policy_checks() {
        assert!(RankingPolicy::from_json("{}").is_ok());
        for bad in [
            r#"{"scale": -1}"#,
            r#"{"weights": {"followed_up": 0, "resolved": 0, "on_time": 0, "clearance": 0, "satisfaction": 0}}"#,
            r#"{"weights": {"speed": 1}}"#,
        ] {
            assert_eq!(
                RankingPolicy::from_json(bad).unwrap_err().code(),
                "json",
                "{bad}"
            );
        }
    }
}
