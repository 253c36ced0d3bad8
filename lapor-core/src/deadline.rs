//! Deadlines: budgets of working days, office hours or calendar days, counted in a time zone,
//! with clock pauses.
//!
//! # Conventions (`docs/sla.md`)
//!
//! - **Working days.** A budget of N working days started at instant `t` ends at 00:00 local time
//!   after the N-th working day strictly after `t`'s local date. A report filed on Saturday, or on
//!   Monday at 10:00, with N = 3 is due at the end of Wednesday, or of Thursday. The day of the
//!   start never counts, whatever the hour.
//! - **Working hours.** Office hours are 07:30–16:00 local on working days (8.5 hours a day).
//!   A budget of H hours ends at the instant the H-th office hour after `t` is complete; a start
//!   outside office hours counts from the next opening. Office time is counted in whole seconds. A budget that ends exactly at closing time
//!   is due at 16:00 that day, not at the next opening.
//! - **Calendar days.** N calendar days end at 00:00 local after the N-th day strictly after the
//!   start's local date.
//! - **Zero** budgets are due at the start instant.
//! - **Time zones.** Local dates are taken in the handling agency's zone (WIB, WITA, WIT): the same
//!   instant, 23:30 WIB on a Friday, is already Saturday in WITA and WIT.
//!
//! # Pauses
//!
//! A pause (`Postponed`: the admin asked the reporter for more information) stops the clock.
//!
//! - For **day budgets** (working or calendar days) a day does not count when it lies *wholly*
//!   inside a pause: from its local 00:00 to the next local 00:00. A *partial day*, the day a pause
//!   starts or ends (unless the pause starts exactly at 00:00 or ends exactly at 24:00), counts as a
//!   normal day: the clock ran during part of it. A pause from Monday 10:00 to Wednesday 09:00 thus
//!   removes Tuesday only; one from Monday 10:00 to Monday 15:00 removes nothing.
//! - For **working-hour budgets** the paused office time is removed exactly, to the second.
//!
//! Both rules only ever remove counted time, so adding a pause never moves a deadline earlier,
//! a later start never gives an earlier deadline, and a zero-length pause changes nothing.

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use serde::{Deserialize, Serialize};

use crate::calendar::WorkingCalendar;
use crate::error::{Error, Result};
use crate::region::TimeZone;

/// Office hours open at 07:30 local (seconds after midnight).
pub const OFFICE_OPENS_SECONDS: u32 = 7 * 3600 + 30 * 60;
/// Office hours close at 16:00 local (seconds after midnight).
pub const OFFICE_CLOSES_SECONDS: u32 = 16 * 3600;
const OFFICE_DAY: i64 = (OFFICE_CLOSES_SECONDS - OFFICE_OPENS_SECONDS) as i64;

/// How much time a step of a case may take.
///
/// JSON: `{"working_days": 3}`, `{"working_hours": 4}`, `{"calendar_days": 14}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Budget {
    /// Working days (*hari kerja*), ending at local midnight.
    WorkingDays(u32),
    /// Office hours (07:30–16:00 local on working days).
    WorkingHours(u32),
    /// Calendar days, ending at local midnight.
    CalendarDays(u32),
}

impl Budget {
    /// The longest budget in working days: about ten years. No step of a case takes longer, and
    /// a larger number is a mistake in the input (a deadline thousands of years away).
    pub const MAX_WORKING_DAYS: u32 = 2_600;
    /// The longest budget in office hours (ten years of 8.5-hour office days).
    pub const MAX_WORKING_HOURS: u32 = 22_100;
    /// The longest budget in calendar days (ten years).
    pub const MAX_CALENDAR_DAYS: u32 = 3_660;

    /// Reads a budget from its JSON form (`{"working_days": 3}`, `{"working_hours": 4}` or
    /// `{"calendar_days": 14}`), the one shape every binding accepts, and checks its size.
    ///
    /// Errors: [`Error::Json`] for another shape, [`Error::BudgetTooLarge`] past the maximum.
    ///
    /// ```
    /// use lapor_core::Budget;
    /// assert_eq!(Budget::from_json(r#"{"working_days": 5}"#), Ok(Budget::WorkingDays(5)));
    /// let err = Budget::from_json(r#"{"calendar_days": 1000000000}"#).unwrap_err();
    /// assert_eq!(err.code(), "budget_too_large");
    /// let err = Budget::from_json(r#"{"working_hours": 1000000000000000}"#).unwrap_err();
    /// assert_eq!(err.to_string(), "a budget in working_hours is at most 22100");
    /// assert_eq!(Budget::from_json(r#"{"workingDays": 5}"#).unwrap_err().code(), "json");
    /// ```
    pub fn from_json(json: &str) -> Result<Budget> {
        /// The JSON form with room for any whole number, so that a huge one is
        /// `budget_too_large` rather than a type error.
        #[derive(Deserialize)]
        #[serde(rename_all = "snake_case")]
        enum Wide {
            WorkingDays(u64),
            WorkingHours(u64),
            CalendarDays(u64),
        }
        let (wide, budget): (u64, fn(u32) -> Budget) =
            match crate::error::from_json::<Wide>("budget", json)? {
                Wide::WorkingDays(n) => (n, Budget::WorkingDays),
                Wide::WorkingHours(n) => (n, Budget::WorkingHours),
                Wide::CalendarDays(n) => (n, Budget::CalendarDays),
            };
        // Past u32, the amount is over every maximum: `checked` says so in the right unit.
        budget(u32::try_from(wide).unwrap_or(u32::MAX)).checked()
    }

    /// The largest amount allowed in this budget's unit.
    pub fn max(self) -> u32 {
        match self {
            Budget::WorkingDays(_) => Self::MAX_WORKING_DAYS,
            Budget::WorkingHours(_) => Self::MAX_WORKING_HOURS,
            Budget::CalendarDays(_) => Self::MAX_CALENDAR_DAYS,
        }
    }

    /// The budget itself if it is within [`max`](Budget::max), else [`Error::BudgetTooLarge`].
    pub fn checked(self) -> Result<Budget> {
        if self.amount() > self.max() {
            return Err(Error::BudgetTooLarge {
                unit: self.as_str(),
                max: self.max(),
            });
        }
        Ok(self)
    }

    /// The unit, as the JSON tag: `"working_days"`, `"working_hours"` or `"calendar_days"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Budget::WorkingDays(_) => "working_days",
            Budget::WorkingHours(_) => "working_hours",
            Budget::CalendarDays(_) => "calendar_days",
        }
    }

    /// The amount, in the budget's own unit.
    pub fn amount(self) -> u32 {
        match self {
            Budget::WorkingDays(n) | Budget::WorkingHours(n) | Budget::CalendarDays(n) => n,
        }
    }

    /// The two budgets added, if they are in the same unit (and the sum fits).
    ///
    /// ```
    /// use lapor_core::Budget;
    /// assert_eq!(Budget::WorkingDays(10).plus(Budget::WorkingDays(7)), Some(Budget::WorkingDays(17)));
    /// assert_eq!(Budget::WorkingDays(10).plus(Budget::WorkingHours(7)), None);
    /// ```
    pub fn plus(self, other: Budget) -> Option<Budget> {
        match (self, other) {
            (Budget::WorkingDays(a), Budget::WorkingDays(b)) => {
                a.checked_add(b).map(Budget::WorkingDays)
            }
            (Budget::WorkingHours(a), Budget::WorkingHours(b)) => {
                a.checked_add(b).map(Budget::WorkingHours)
            }
            (Budget::CalendarDays(a), Budget::CalendarDays(b)) => {
                a.checked_add(b).map(Budget::CalendarDays)
            }
            _ => None,
        }
    }
}

/// A deadline and whether it is provisional: it depends on a day of a projected year of the
/// calendar (see [`WorkingCalendar::is_projected`]), so a decree may still move it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Deadline {
    /// When the budget runs out.
    #[serde(deserialize_with = "crate::instant::rfc3339")]
    pub due: DateTime<Utc>,
    /// Whether the answer depends on a projected year.
    pub provisional: bool,
}

/// A time interval `[start, end)`, for clock pauses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Interval {
    #[serde(deserialize_with = "crate::instant::rfc3339")]
    start: DateTime<Utc>,
    #[serde(deserialize_with = "crate::instant::rfc3339")]
    end: DateTime<Utc>,
}

impl Interval {
    /// The interval from `start` to `end`.
    ///
    /// Errors: [`Error::InvalidInterval`] if `end` is before `start`.
    pub fn new(start: DateTime<Utc>, end: DateTime<Utc>) -> Result<Interval> {
        if end < start {
            return Err(Error::InvalidInterval { start, end });
        }
        Ok(Interval { start, end })
    }

    /// Where the interval starts.
    pub fn start(&self) -> DateTime<Utc> {
        self.start
    }

    /// Where it ends (excluded).
    pub fn end(&self) -> DateTime<Utc> {
        self.end
    }
}

/// The local date of an instant in a zone.
pub fn local_date(t: DateTime<Utc>, zone: TimeZone) -> NaiveDate {
    // Fast path: whole days since 1970-01-01 (day 719,163 of the common era) in local time.
    const UNIX_EPOCH_DAYS_FROM_CE: i64 = 719_163;
    let local_secs = t.timestamp() + i64::from(zone.utc_offset_hours()) * 3600;
    if let Some(d) = i32::try_from(local_secs.div_euclid(86_400) + UNIX_EPOCH_DAYS_FROM_CE)
        .ok()
        .and_then(NaiveDate::from_num_days_from_ce_opt)
    {
        return d;
    }
    // Checked: at chrono's extreme instants the offset would overflow (the UTC date is then
    // as good an answer as any: it lies far outside every calendar).
    t.naive_utc()
        .checked_add_signed(Duration::hours(i64::from(zone.utc_offset_hours())))
        .map_or_else(|| t.date_naive(), |local| local.date())
}

/// The local date of `t` in `zone` as days since 1970-01-01.
fn local_day(t: DateTime<Utc>, zone: TimeZone) -> i64 {
    (t.timestamp() + i64::from(zone.utc_offset_hours()) * 3600).div_euclid(86_400)
}

/// The instant of local midnight starting the day `day` (days since 1970-01-01) in `zone`.
fn local_midnight_of_day(day: i64, zone: TimeZone) -> Option<DateTime<Utc>> {
    let secs = day
        .checked_mul(86_400)?
        .checked_sub(i64::from(zone.utc_offset_hours()) * 3600)?;
    DateTime::from_timestamp(secs, 0)
}

/// The instant of local midnight starting `date` in `zone`.
pub fn local_midnight(date: NaiveDate, zone: TimeZone) -> DateTime<Utc> {
    let local = NaiveDateTime::new(date, NaiveTime::MIN);
    let utc = local
        .checked_sub_signed(Duration::hours(i64::from(zone.utc_offset_hours())))
        .unwrap_or(local);
    DateTime::from_naive_utc_and_offset(utc, Utc)
}

/// Sorted, merged, non-empty pauses.
fn merge(pauses: &[Interval]) -> Vec<Interval> {
    if pauses.is_empty() {
        return Vec::new();
    }
    let mut v: Vec<Interval> = pauses.iter().copied().filter(|p| p.end > p.start).collect();
    v.sort_by_key(|p| p.start);
    let mut out: Vec<Interval> = Vec::with_capacity(v.len());
    for p in v {
        match out.last_mut() {
            Some(last) if p.start <= last.end => last.end = last.end.max(p.end),
            _ => out.push(p),
        }
    }
    out
}

/// The local dates lying wholly inside each pause, as inclusive ranges (may be empty: a > b).
fn paused_days(pauses: &[Interval], zone: TimeZone) -> Vec<(NaiveDate, NaiveDate)> {
    if pauses.is_empty() {
        return Vec::new();
    }
    merge(pauses)
        .into_iter()
        .filter_map(|p| {
            let d0 = local_date(p.start, zone);
            let first = if local_midnight(d0, zone) == p.start {
                d0
            } else {
                d0.succ_opt()?
            };
            let last = local_date(p.end, zone).pred_opt()?;
            (first <= last).then_some((first, last))
        })
        .collect()
}

/// Day-counting arithmetic shared by working and calendar days.
trait DayCount {
    /// Counted days in `(a, b]` (0 if `b <= a`).
    fn between(&self, a: NaiveDate, b: NaiveDate) -> Result<i64>;
    /// The n-th counted day strictly after `a` (n ≥ 1).
    fn add(&self, a: NaiveDate, n: i64) -> Result<NaiveDate>;
}

struct Working<'a>(&'a WorkingCalendar);
struct Calendar;

impl DayCount for Working<'_> {
    fn between(&self, a: NaiveDate, b: NaiveDate) -> Result<i64> {
        if b <= a {
            return Ok(0);
        }
        self.0.working_days_between(a, b)
    }
    fn add(&self, a: NaiveDate, n: i64) -> Result<NaiveDate> {
        self.0.add_working_days(a, n)
    }
}

impl DayCount for Calendar {
    fn between(&self, a: NaiveDate, b: NaiveDate) -> Result<i64> {
        Ok((b - a).num_days().max(0))
    }
    fn add(&self, a: NaiveDate, n: i64) -> Result<NaiveDate> {
        a.checked_add_signed(Duration::days(n))
            .ok_or(Error::InvalidInterval {
                start: DateTime::<Utc>::MIN_UTC,
                end: DateTime::<Utc>::MAX_UTC,
            })
    }
}

/// The n-th counted day strictly after `start`, skipping paused day ranges.
fn nth_counted_day(
    counter: &dyn DayCount,
    start: NaiveDate,
    n: i64,
    paused: &[(NaiveDate, NaiveDate)],
) -> Result<NaiveDate> {
    let (mut pos, mut left) = (start, n);
    for &(a, b) in paused {
        if b <= pos {
            continue;
        }
        let candidate = counter.add(pos, left)?;
        if candidate < a {
            return Ok(candidate);
        }
        // `a - 1` is at or before the candidate, so inside whatever range the counter covers.
        let before_pause = a.pred_opt().map_or(Ok(0), |x| counter.between(pos, x))?;
        left -= before_pause;
        pos = pos.max(b);
    }
    counter.add(pos, left)
}

impl WorkingCalendar {
    /// When a budget started at `start` runs out, for an agency in `zone` (see the module
    /// documentation of [`crate::deadline`] for the conventions).
    ///
    /// ```
    /// use chrono::{TimeZone as _, Utc};
    /// use lapor_core::{Budget, TimeZone, WorkingCalendar};
    /// let cal = WorkingCalendar::indonesia();
    /// // Monday 24 November 2025, 10:00 WIB (03:00 UTC), three working days:
    /// let start = Utc.with_ymd_and_hms(2025, 11, 24, 3, 0, 0).unwrap();
    /// let due = cal.deadline(start, Budget::WorkingDays(3), TimeZone::Wib)?;
    /// // … due at the end of Thursday: Friday 00:00 WIB = Thursday 17:00 UTC.
    /// assert_eq!(due, Utc.with_ymd_and_hms(2025, 11, 27, 17, 0, 0).unwrap());
    /// # Ok::<(), lapor_core::Error>(())
    /// ```
    pub fn deadline(
        &self,
        start: DateTime<Utc>,
        budget: Budget,
        zone: TimeZone,
    ) -> Result<DateTime<Utc>> {
        self.deadline_with_pauses(start, budget, zone, &[])
    }

    /// [`deadline`](Self::deadline) with the clock stopped during `pauses` (see the module
    /// documentation for how a partially paused day counts). Pauses may overlap, be unsorted,
    /// lie before the start or extend past the deadline.
    pub fn deadline_with_pauses(
        &self,
        start: DateTime<Utc>,
        budget: Budget,
        zone: TimeZone,
        pauses: &[Interval],
    ) -> Result<DateTime<Utc>> {
        let budget = budget.checked()?;
        if budget.amount() == 0 {
            return Ok(start);
        }
        let n = i64::from(budget.amount());
        // The common case, in day numbers: working days without pauses.
        if let (Budget::WorkingDays(_), true) = (budget, pauses.is_empty()) {
            let last = self.add_working_days_epoch(local_day(start, zone), n)?;
            if let Some(due) = local_midnight_of_day(last + 1, zone) {
                return Ok(due);
            }
        }
        let day = |counter: &dyn DayCount| -> Result<DateTime<Utc>> {
            let last = nth_counted_day(
                counter,
                local_date(start, zone),
                n,
                &paused_days(pauses, zone),
            )?;
            let next = last.succ_opt().ok_or(self.beyond_error())?;
            Ok(local_midnight(next, zone))
        };
        match budget {
            Budget::WorkingDays(_) => day(&Working(self)),
            Budget::CalendarDays(_) => day(&Calendar),
            Budget::WorkingHours(h) => {
                self.add_office_seconds(start, i64::from(h) * 3600, zone, &merge(pauses))
            }
        }
    }

    /// [`deadline_with_pauses`](Self::deadline_with_pauses), with whether the answer is
    /// provisional: a working-day or working-hour budget whose days, from the start's local date
    /// to the last counted day, reach into a projected year. Calendar-day budgets never are.
    ///
    /// ```
    /// use chrono::{TimeZone as _, Utc};
    /// use lapor_core::{Budget, TimeZone, WorkingCalendar};
    /// let cal = WorkingCalendar::indonesia();
    /// // Monday 28 December 2026, 10:00 WIB, five working days: 29–31 December, 4 and 6 January
    /// // (1 January is New Year, 5 January Isra Mikraj in the official 2027 data).
    /// let start = Utc.with_ymd_and_hms(2026, 12, 28, 3, 0, 0).unwrap();
    /// let d = cal.deadline_detail(start, Budget::WorkingDays(5), TimeZone::Wib, &[])?;
    /// assert_eq!(d.due, Utc.with_ymd_and_hms(2027, 1, 6, 17, 0, 0).unwrap());
    /// assert!(!d.provisional);
    /// // Sixty working days from October 2027 reach into projected 2028.
    /// let october = Utc.with_ymd_and_hms(2027, 10, 20, 3, 0, 0).unwrap();
    /// let d = cal.deadline_detail(october, Budget::WorkingDays(60), TimeZone::Wib, &[])?;
    /// assert!(d.provisional);
    /// # Ok::<(), lapor_core::Error>(())
    /// ```
    pub fn deadline_detail(
        &self,
        start: DateTime<Utc>,
        budget: Budget,
        zone: TimeZone,
        pauses: &[Interval],
    ) -> Result<Deadline> {
        let due = self.deadline_with_pauses(start, budget, zone, pauses)?;
        Ok(Deadline {
            due,
            provisional: self.provisional(budget, start, due, zone),
        })
    }

    /// Whether a result of `budget` that reads the days from `start` to `until` depends on a
    /// projected year (`until` itself is excluded: a day budget ends at the next local midnight).
    pub(crate) fn provisional(
        &self,
        budget: Budget,
        start: DateTime<Utc>,
        until: DateTime<Utc>,
        zone: TimeZone,
    ) -> bool {
        if self.projected_years().is_empty() || matches!(budget, Budget::CalendarDays(_)) {
            return false;
        }
        let last = until
            .checked_sub_signed(Duration::nanoseconds(1))
            .unwrap_or(until)
            .max(start);
        self.depends_on_projection(local_date(start, zone), local_date(last, zone))
    }

    /// Whole working days used between `start` and `now`: the working days after `start`'s local
    /// date and before `now`'s local date (days are used up at local midnight, matching
    /// [`deadline`](Self::deadline): at the deadline of `WorkingDays(n)` exactly `n` are used),
    /// minus those wholly inside a pause. Zero when `now <= start`.
    pub fn working_days_used(
        &self,
        start: DateTime<Utc>,
        now: DateTime<Utc>,
        zone: TimeZone,
        pauses: &[Interval],
    ) -> Result<u32> {
        if pauses.is_empty() {
            let (from, until) = (local_day(start, zone), local_day(now, zone) - 1);
            if until <= from {
                return Ok(0);
            }
            let used = self.working_days_between_epoch(from, until)?;
            return Ok(u32::try_from(used.max(0)).unwrap_or(u32::MAX));
        }
        let (from, to) = (local_date(start, zone), local_date(now, zone));
        let Some(until) = to.pred_opt() else {
            return Ok(0);
        };
        if until <= from {
            return Ok(0);
        }
        let mut used = self.working_days_between(from, until)?;
        for (a, b) in paused_days(pauses, zone) {
            let (lo, hi) = (a.max(from.succ_opt().unwrap_or(a)), b.min(until));
            if lo <= hi {
                let lo_before = lo.pred_opt().unwrap_or(lo);
                used -= self.working_days_between(lo_before, hi)?;
            }
        }
        Ok(u32::try_from(used.max(0)).unwrap_or(u32::MAX))
    }

    /// Office time (07:30–16:00 local on working days) between `start` and `now`, in seconds,
    /// minus the paused office time. Zero when `now <= start`.
    pub fn office_seconds_used(
        &self,
        start: DateTime<Utc>,
        now: DateTime<Utc>,
        zone: TimeZone,
        pauses: &[Interval],
    ) -> Result<i64> {
        if now <= start {
            return Ok(0);
        }
        let mut used = self.office_clock(now, zone)? - self.office_clock(start, zone)?;
        for p in merge(pauses) {
            let (lo, hi) = (p.start.max(start), p.end.min(now));
            if lo < hi {
                used -= self.office_clock(hi, zone)? - self.office_clock(lo, zone)?;
            }
        }
        Ok(used)
    }

    fn beyond_error(&self) -> Error {
        let next_year = self.years().end() + 1;
        Error::CalendarRange {
            date: NaiveDate::from_ymd_opt(next_year, 1, 1).unwrap_or(NaiveDate::MAX),
            first_year: *self.years().start(),
            last_year: *self.years().end(),
        }
    }

    /// Office seconds from the calendar's first day up to instant `t`.
    fn office_clock(&self, t: DateTime<Utc>, zone: TimeZone) -> Result<i64> {
        // Checked conversions: near chrono's last instant the local time would overflow (the
        // calendar then refuses the date, as for any instant outside its years).
        let date = local_date(t, zone);
        let before = i64::from(self.working_days_before(date)?) * OFFICE_DAY;
        if !self.is_working_day(date)? {
            return Ok(before);
        }
        let offset = i64::from(zone.utc_offset_hours()) * 3600;
        let tod = (t.timestamp().rem_euclid(86_400) + offset).rem_euclid(86_400);
        // Whole seconds: a sub-second part of an instant is ignored.
        let today = (tod - i64::from(OFFICE_OPENS_SECONDS)).clamp(0, OFFICE_DAY);
        Ok(before + today)
    }

    /// The earliest instant at which the office clock reads `clock` seconds.
    fn office_instant(&self, clock: i64, zone: TimeZone) -> Result<DateTime<Utc>> {
        let (k, r) = (clock.div_euclid(OFFICE_DAY), clock.rem_euclid(OFFICE_DAY));
        let (day, seconds) = if r == 0 {
            // End of the k-th working day's office hours (k ≥ 1 since budgets are positive).
            let k = u64::try_from(k - 1).map_err(|_| self.beyond_error())?;
            (self.kth_working_day(k)?, i64::from(OFFICE_CLOSES_SECONDS))
        } else {
            let k = u64::try_from(k).map_err(|_| self.beyond_error())?;
            (
                self.kth_working_day(k)?,
                i64::from(OFFICE_OPENS_SECONDS) + r,
            )
        };
        Ok(local_midnight(day, zone) + Duration::seconds(seconds))
    }

    fn add_office_seconds(
        &self,
        start: DateTime<Utc>,
        seconds: i64,
        zone: TimeZone,
        pauses: &[Interval],
    ) -> Result<DateTime<Utc>> {
        let (mut pos, mut left) = (start, seconds);
        for p in pauses {
            if p.end <= pos {
                continue;
            }
            let candidate = self.office_instant(self.office_clock(pos, zone)? + left, zone)?;
            let candidate = candidate.max(pos);
            if candidate <= p.start {
                return Ok(candidate);
            }
            if p.start > pos {
                left -= self.office_clock(p.start, zone)? - self.office_clock(pos, zone)?;
            }
            pos = pos.max(p.end);
        }
        let end = self.office_instant(self.office_clock(pos, zone)? + left, zone)?;
        Ok(end.max(pos))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone as _;
    use proptest::prelude::*;

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
    }

    /// Local wall-clock time in a zone, as a UTC instant.
    fn at(zone: TimeZone, y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        zone.offset()
            .with_ymd_and_hms(y, m, d, h, min, 0)
            .unwrap()
            .with_timezone(&Utc)
    }

    fn iv(a: DateTime<Utc>, b: DateTime<Utc>) -> Interval {
        Interval::new(a, b).unwrap()
    }

    /// chrono's extreme instants (reachable from JS `Date` and Java `Instant`) give errors,
    /// never a panic, for every kind of budget and zone.
    #[test]
    fn extreme_instants_are_errors() {
        let cal = WorkingCalendar::indonesia();
        let near_end = DateTime::<Utc>::MAX_UTC - Duration::hours(1);
        for t in [DateTime::<Utc>::MIN_UTC, near_end, DateTime::<Utc>::MAX_UTC] {
            for zone in [TimeZone::Wib, TimeZone::Wita, TimeZone::Wit] {
                for budget in [
                    Budget::WorkingDays(3),
                    Budget::WorkingHours(1),
                    Budget::CalendarDays(1),
                ] {
                    let _ = cal.deadline(t, budget, zone);
                    let _ = cal.deadline_with_pauses(t, budget, zone, &[]);
                }
                assert!(cal.deadline(t, Budget::WorkingHours(1), zone).is_err());
            }
        }
    }

    #[test]
    fn design_examples_saturday_and_monday() {
        let cal = WorkingCalendar::indonesia();
        let z = TimeZone::Wib;
        // Saturday 22 Nov 2025 → end of Wednesday 26 Nov.
        let due = cal
            .deadline(at(z, 2025, 11, 22, 11, 0), Budget::WorkingDays(3), z)
            .unwrap();
        assert_eq!(due, at(z, 2025, 11, 27, 0, 0));
        // Monday 24 Nov 2025 10:00 → end of Thursday 27 Nov.
        let due = cal
            .deadline(at(z, 2025, 11, 24, 10, 0), Budget::WorkingDays(3), z)
            .unwrap();
        assert_eq!(due, at(z, 2025, 11, 28, 0, 0));
    }

    #[test]
    fn the_same_instant_differs_by_zone() {
        let cal = WorkingCalendar::indonesia();
        // Friday 21 Nov 2025, 23:30 WIB = 16:30 UTC: Friday in WIB, Saturday 00:30 in WITA.
        let t = utc(2025, 11, 21, 16, 30);
        let wib = cal
            .deadline(t, Budget::WorkingDays(1), TimeZone::Wib)
            .unwrap();
        let wita = cal
            .deadline(t, Budget::WorkingDays(1), TimeZone::Wita)
            .unwrap();
        let wit = cal
            .deadline(t, Budget::WorkingDays(1), TimeZone::Wit)
            .unwrap();
        // WIB: start date Friday → due end of Monday 24 Nov (WIB).
        assert_eq!(wib, at(TimeZone::Wib, 2025, 11, 25, 0, 0));
        // WITA/WIT: start date Saturday → also end of Monday, but local midnight in their zone.
        assert_eq!(wita, at(TimeZone::Wita, 2025, 11, 25, 0, 0));
        assert_eq!(wit, at(TimeZone::Wit, 2025, 11, 25, 0, 0));
        // Thursday 23:30 WIB: Thursday in WIB, Friday in WITA → one day more in WIB's count.
        let t = utc(2025, 11, 20, 16, 30);
        let wib = cal
            .deadline(t, Budget::WorkingDays(1), TimeZone::Wib)
            .unwrap();
        let wita = cal
            .deadline(t, Budget::WorkingDays(1), TimeZone::Wita)
            .unwrap();
        assert_eq!(wib, at(TimeZone::Wib, 2025, 11, 22, 0, 0)); // end of Friday
        assert_eq!(wita, at(TimeZone::Wita, 2025, 11, 25, 0, 0)); // end of Monday
                                                                  // 16:59 UTC is 23:59 WIB but already 01:59 WIT the next day.
        assert_eq!(
            local_date(utc(2025, 11, 20, 16, 59), TimeZone::Wib).to_string(),
            "2025-11-20"
        );
        assert_eq!(
            local_date(utc(2025, 11, 20, 16, 59), TimeZone::Wit).to_string(),
            "2025-11-21"
        );
    }

    #[test]
    fn working_hours() {
        let cal = WorkingCalendar::indonesia();
        let z = TimeZone::Wita;
        // Monday 24 Nov 2025 14:00 WITA + 4 office hours: 2 h Monday, 2 h Tuesday → 09:30.
        let due = cal
            .deadline(at(z, 2025, 11, 24, 14, 0), Budget::WorkingHours(4), z)
            .unwrap();
        assert_eq!(due, at(z, 2025, 11, 25, 9, 30));
        // Before opening: counts from 07:30. 8.5 h would end at 16:00 the same day; 8 h at 15:30.
        let due = cal
            .deadline(at(z, 2025, 11, 24, 6, 0), Budget::WorkingHours(8), z)
            .unwrap();
        assert_eq!(due, at(z, 2025, 11, 24, 15, 30));
        // Exactly a whole office day from opening ends at 16:00 of the 17th hour's day.
        let due = cal
            .deadline(at(z, 2025, 11, 24, 7, 30), Budget::WorkingHours(17), z)
            .unwrap();
        assert_eq!(due, at(z, 2025, 11, 25, 16, 0));
        // Friday evening → Monday.
        let due = cal
            .deadline(at(z, 2025, 11, 21, 18, 0), Budget::WorkingHours(1), z)
            .unwrap();
        assert_eq!(due, at(z, 2025, 11, 24, 8, 30));
        // Zero budget: the start.
        let t = at(z, 2025, 11, 21, 18, 0);
        assert_eq!(cal.deadline(t, Budget::WorkingHours(0), z).unwrap(), t);
        // Used office time: Monday 14:00 → Tuesday 09:30 is 2 h + 2 h.
        let (from, to) = (at(z, 2025, 11, 24, 14, 0), at(z, 2025, 11, 25, 9, 30));
        assert_eq!(cal.office_seconds_used(from, to, z, &[]).unwrap(), 4 * 3600);
        assert_eq!(cal.office_seconds_used(to, from, z, &[]).unwrap(), 0);
    }

    #[test]
    fn calendar_days() {
        let cal = WorkingCalendar::indonesia();
        let z = TimeZone::Wit;
        let due = cal
            .deadline(at(z, 2025, 12, 30, 9, 0), Budget::CalendarDays(14), z)
            .unwrap();
        assert_eq!(due, at(z, 2026, 1, 14, 0, 0));
    }

    #[test]
    fn partial_days_of_a_pause_still_count() {
        let cal = WorkingCalendar::indonesia();
        let z = TimeZone::Wib;
        let start = at(z, 2025, 11, 24, 10, 0); // Monday
        let plain = cal.deadline(start, Budget::WorkingDays(3), z).unwrap();
        // Monday 11:00 → Monday 15:00: nothing removed.
        let p = [iv(at(z, 2025, 11, 24, 11, 0), at(z, 2025, 11, 24, 15, 0))];
        assert_eq!(
            cal.deadline_with_pauses(start, Budget::WorkingDays(3), z, &p)
                .unwrap(),
            plain
        );
        // Monday 11:00 → Wednesday 09:00: Tuesday removed → one more day (Friday).
        let p = [iv(at(z, 2025, 11, 24, 11, 0), at(z, 2025, 11, 26, 9, 0))];
        let due = cal
            .deadline_with_pauses(start, Budget::WorkingDays(3), z, &p)
            .unwrap();
        assert_eq!(due, at(z, 2025, 11, 29, 0, 0));
        // Tuesday 00:00 → Wednesday 00:00 exactly: Tuesday removed too.
        let p = [iv(at(z, 2025, 11, 25, 0, 0), at(z, 2025, 11, 26, 0, 0))];
        let due = cal
            .deadline_with_pauses(start, Budget::WorkingDays(3), z, &p)
            .unwrap();
        assert_eq!(due, at(z, 2025, 11, 29, 0, 0));
        // Tuesday 00:00 → Tuesday 23:59: partial, nothing removed.
        let p = [iv(at(z, 2025, 11, 25, 0, 0), at(z, 2025, 11, 25, 23, 59))];
        assert_eq!(
            cal.deadline_with_pauses(start, Budget::WorkingDays(3), z, &p)
                .unwrap(),
            plain
        );
        // A weekend-only pause removes no working day.
        let p = [iv(at(z, 2025, 11, 22, 0, 0), at(z, 2025, 11, 24, 0, 0))];
        assert_eq!(
            cal.deadline_with_pauses(start, Budget::WorkingDays(3), z, &p)
                .unwrap(),
            plain
        );
        // Used days at the paused deadline: exactly the budget.
        let p = [iv(at(z, 2025, 11, 24, 11, 0), at(z, 2025, 11, 26, 9, 0))];
        let due = cal
            .deadline_with_pauses(start, Budget::WorkingDays(3), z, &p)
            .unwrap();
        assert_eq!(cal.working_days_used(start, due, z, &p).unwrap(), 3);
        // Working hours: the paused office time is removed exactly.
        let p = [iv(at(z, 2025, 11, 24, 11, 0), at(z, 2025, 11, 24, 12, 15))];
        let due = cal
            .deadline_with_pauses(start, Budget::WorkingHours(2), z, &p)
            .unwrap();
        assert_eq!(due, at(z, 2025, 11, 24, 13, 15));
    }

    #[test]
    fn invalid_interval_and_range() {
        let a = utc(2025, 1, 2, 0, 0);
        let b = utc(2025, 1, 1, 0, 0);
        assert_eq!(Interval::new(a, b).unwrap_err().code(), "invalid_interval");
        let cal = WorkingCalendar::indonesia().without_projection();
        let e = cal
            .deadline(
                utc(2027, 12, 28, 3, 0),
                Budget::WorkingDays(10),
                TimeZone::Wib,
            )
            .unwrap_err();
        assert_eq!(e.code(), "calendar_range");
        let e = cal
            .deadline(
                utc(2027, 12, 28, 3, 0),
                Budget::WorkingHours(100),
                TimeZone::Wib,
            )
            .unwrap_err();
        assert_eq!(e.code(), "calendar_range");
    }

    #[test]
    fn budget_json() {
        assert_eq!(
            serde_json::to_string(&Budget::WorkingDays(3)).unwrap(),
            r#"{"working_days":3}"#
        );
        let b: Budget = serde_json::from_str(r#"{"working_hours":4}"#).unwrap();
        assert_eq!(b, Budget::WorkingHours(4));
    }

    fn zone() -> impl Strategy<Value = TimeZone> {
        prop_oneof![
            Just(TimeZone::Wib),
            Just(TimeZone::Wita),
            Just(TimeZone::Wit)
        ]
    }

    fn budget() -> impl Strategy<Value = Budget> {
        prop_oneof![
            (0u32..40).prop_map(Budget::WorkingDays),
            (0u32..60).prop_map(Budget::WorkingHours),
            (0u32..40).prop_map(Budget::CalendarDays),
        ]
    }

    /// An instant in 2024–2026 (leaving room for the deadline), to the minute.
    fn instant() -> impl Strategy<Value = DateTime<Utc>> {
        (0i64..(900 * 24 * 60)).prop_map(|m| utc(2024, 1, 1, 0, 0) + Duration::minutes(m))
    }

    fn pauses() -> impl Strategy<Value = Vec<Interval>> {
        prop::collection::vec(
            (instant(), 0i64..(10 * 24 * 60))
                .prop_map(|(s, len)| iv(s, s + Duration::minutes(len))),
            0..4,
        )
    }

    proptest! {
        /// The day-number fast path (no pauses) agrees with the general one, which a pause
        /// wholly before the start forces without changing the answer.
        #[test]
        fn fast_path_without_pauses_matches_the_general_path(
            start in instant(), days in 0u32..40, z in zone(), later in 0i64..(60 * 24 * 60)
        ) {
            let cal = WorkingCalendar::indonesia();
            let early = [iv(utc(2023, 1, 2, 0, 0), utc(2023, 1, 3, 0, 0))];
            let b = Budget::WorkingDays(days);
            prop_assert_eq!(
                cal.deadline_with_pauses(start, b, z, &[]).ok(),
                cal.deadline_with_pauses(start, b, z, &early).ok()
            );
            let now = start + Duration::minutes(later - 5 * 24 * 60);
            prop_assert_eq!(
                cal.working_days_used(start, now, z, &[]).ok(),
                cal.working_days_used(start, now, z, &early).ok()
            );
            prop_assert_eq!(
                local_date(start, z),
                start.naive_utc().checked_add_signed(Duration::hours(i64::from(z.utc_offset_hours()))).unwrap().date()
            );
        }

        #[test]
        fn adding_a_pause_never_moves_the_deadline_earlier(
            start in instant(), b in budget(), z in zone(), ps in pauses(), extra in pauses()
        ) {
            let cal = WorkingCalendar::indonesia();
            let before = cal.deadline_with_pauses(start, b, z, &ps).unwrap();
            let mut more = ps.clone();
            more.extend(extra);
            let after = cal.deadline_with_pauses(start, b, z, &more).unwrap();
            prop_assert!(after >= before, "{after} < {before}");
            prop_assert!(before >= start);
        }

        #[test]
        fn a_later_start_never_gives_an_earlier_deadline(
            start in instant(), later in 0i64..(20 * 24 * 60), b in budget(), z in zone(), ps in pauses()
        ) {
            let cal = WorkingCalendar::indonesia();
            let a = cal.deadline_with_pauses(start, b, z, &ps).unwrap();
            let c = cal.deadline_with_pauses(start + Duration::minutes(later), b, z, &ps).unwrap();
            prop_assert!(c >= a, "{c} < {a}");
        }

        #[test]
        fn zero_length_pauses_change_nothing(
            start in instant(), b in budget(), z in zone(), at in prop::collection::vec(instant(), 0..4)
        ) {
            let cal = WorkingCalendar::indonesia();
            let zero: Vec<Interval> = at.iter().map(|&t| iv(t, t)).collect();
            prop_assert_eq!(
                cal.deadline_with_pauses(start, b, z, &zero).unwrap(),
                cal.deadline(start, b, z).unwrap()
            );
        }

        #[test]
        fn working_days_agree_with_the_day_oracle(start in instant(), n in 1u32..40, z in zone()) {
            let cal = WorkingCalendar::indonesia();
            let due = cal.deadline(start, Budget::WorkingDays(n), z).unwrap();
            let last = cal.add_working_days(local_date(start, z), i64::from(n)).unwrap();
            prop_assert_eq!(due, local_midnight(last.succ_opt().unwrap(), z));
            prop_assert_eq!(cal.working_days_used(start, due, z, &[]).unwrap(), n);
            // One second earlier, one day is not yet used up.
            prop_assert_eq!(cal.working_days_used(start, due - Duration::seconds(1), z, &[]).unwrap(), n - 1);
        }

        #[test]
        fn used_time_at_the_deadline_is_the_budget(
            start in instant(), n in 1u32..30, z in zone(), ps in pauses()
        ) {
            let cal = WorkingCalendar::indonesia();
            let due = cal.deadline_with_pauses(start, Budget::WorkingDays(n), z, &ps).unwrap();
            prop_assert_eq!(cal.working_days_used(start, due, z, &ps).unwrap(), n);
            let due = cal.deadline_with_pauses(start, Budget::WorkingHours(n), z, &ps).unwrap();
            prop_assert_eq!(cal.office_seconds_used(start, due, z, &ps).unwrap(), i64::from(n) * 3600);
        }
    }
}
