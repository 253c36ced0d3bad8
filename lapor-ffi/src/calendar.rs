//! Working days and deadlines: [`WorkingCalendar`].
//!
//! Dates are ISO `YYYY-MM-DD` strings (anything else throws `InvalidDate`); instants are
//! `java.time.Instant` in Kotlin and `Date` in Swift.

use std::sync::Arc;
use std::time::SystemTime;

use lapor_core::{parse_date, HolidayKind, TimeZone};

use crate::error::{system_time, utc, LaporError};

#[uniffi::remote(Enum)]
enum HolidayKind {
    National,
    CutiBersama,
    Election,
    Local,
}

/// How much time a step may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum Budget {
    /// Working days (*hari kerja*), ending at local midnight.
    WorkingDays {
        /// How many.
        days: u32,
    },
    /// Office hours (07:30–16:00 local on working days).
    WorkingHours {
        /// How many.
        hours: u32,
    },
    /// Calendar days, ending at local midnight.
    CalendarDays {
        /// How many.
        days: u32,
    },
}

impl From<Budget> for lapor_core::Budget {
    fn from(b: Budget) -> Self {
        match b {
            Budget::WorkingDays { days } => lapor_core::Budget::WorkingDays(days),
            Budget::WorkingHours { hours } => lapor_core::Budget::WorkingHours(hours),
            Budget::CalendarDays { days } => lapor_core::Budget::CalendarDays(days),
        }
    }
}

impl From<lapor_core::Budget> for Budget {
    fn from(b: lapor_core::Budget) -> Self {
        match b {
            lapor_core::Budget::WorkingDays(days) => Budget::WorkingDays { days },
            lapor_core::Budget::WorkingHours(hours) => Budget::WorkingHours { hours },
            lapor_core::Budget::CalendarDays(days) => Budget::CalendarDays { days },
        }
    }
}

/// A clock pause `[start, end)` (a postponed case).
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct Interval {
    /// When the pause started.
    pub start: SystemTime,
    /// When it ended (not before `start`, else `InvalidInterval`).
    pub end: SystemTime,
}

/// A holiday of a calendar.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Holiday {
    /// The date, `YYYY-MM-DD`.
    pub date: String,
    /// National holiday, cuti bersama, election or local closure.
    pub kind: HolidayKind,
    /// Its name.
    pub name: String,
}

/// A deadline, and whether it is provisional (it depends on a projected year of the calendar,
/// whose holidays are estimates: a decree may still move it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct Deadline {
    /// When the budget runs out.
    pub due: SystemTime,
    /// Whether the answer depends on a projected year.
    pub provisional: bool,
}

/// A working-day calendar: Monday to Friday minus its holidays, over a range of years.
/// Immutable and safe to share between threads.
#[derive(Debug, uniffi::Object)]
pub struct WorkingCalendar {
    pub(crate) inner: lapor_core::WorkingCalendar,
}

#[uniffi::export]
impl WorkingCalendar {
    /// Indonesia's national calendar: official years 2024–2027 (national holidays, cuti
    /// bersama, the 18 August 2025 amendment, the 2024 election days), then projected years
    /// 2028–2040 whose results are marked provisional.
    #[uniffi::constructor]
    pub fn indonesia() -> Arc<Self> {
        Arc::new(WorkingCalendar {
            inner: lapor_core::WorkingCalendar::indonesia(),
        })
    }

    /// Indonesia's official years only (2024–2027): a date beyond them throws `Calendar`
    /// (`calendar_range`) instead of a provisional answer.
    #[uniffi::constructor]
    pub fn indonesia_official() -> Arc<Self> {
        Arc::new(WorkingCalendar {
            inner: lapor_core::WorkingCalendar::indonesia().without_projection(),
        })
    }

    /// A copy with official data for new years loaded over the projected ones, from JSON
    /// `{"years": [{"year": 2028, "source": "SKB …", "holidays": [{"date", "kind", "name"}]}]}`.
    /// Throws `Json`, or `Calendar` (`calendar_entry`: a year given twice or already official,
    /// not adjacent, without a source, or a date outside its year).
    pub fn with_official_years(&self, json: String) -> Result<Arc<Self>, LaporError> {
        let mut inner = self.inner.clone();
        inner.load_official_years(&json)?;
        Ok(Arc::new(WorkingCalendar { inner }))
    }

    /// The covered years whose holidays are projected (estimates, no cuti bersama).
    pub fn projected_years(&self) -> Vec<i32> {
        self.inner.projected_years().to_vec()
    }

    /// Whether `date` (`YYYY-MM-DD`) lies in a projected year. Throws `InvalidDate`.
    pub fn is_projected(&self, date: String) -> Result<bool, LaporError> {
        Ok(self.inner.is_projected(parse_date(&date)?))
    }

    /// Reads a calendar from JSON: `{"name": …, "years": [2024, 2025], "holidays": [{"date":
    /// "2024-01-01", "kind": "national", "name": …}]}`. Throws `Json`, or `Calendar`
    /// (`calendar_years`, `calendar_range`).
    #[uniffi::constructor]
    pub fn from_json(json: String) -> Result<Arc<Self>, LaporError> {
        Ok(Arc::new(WorkingCalendar {
            inner: lapor_core::WorkingCalendar::from_json(&json)?,
        }))
    }

    /// The calendar as JSON (what [`from_json`](Self::from_json) reads).
    pub fn to_json(&self) -> String {
        self.inner.to_json()
    }

    /// The calendar's name.
    pub fn name(&self) -> String {
        self.inner.name().to_string()
    }

    /// First covered year.
    pub fn first_year(&self) -> i32 {
        *self.inner.years().start()
    }

    /// Last covered year.
    pub fn last_year(&self) -> i32 {
        *self.inner.years().end()
    }

    /// Every holiday, sorted by date.
    pub fn holidays(&self) -> Vec<Holiday> {
        self.inner
            .holidays()
            .iter()
            .map(|h| Holiday {
                date: h.date.to_string(),
                kind: h.kind,
                name: h.name.clone(),
            })
            .collect()
    }

    /// Whether `date` (`YYYY-MM-DD`) is a working day. Throws `InvalidDate`, or `Calendar`
    /// (`calendar_range`) outside the covered years.
    pub fn is_working_day(&self, date: String) -> Result<bool, LaporError> {
        Ok(self.inner.is_working_day(parse_date(&date)?)?)
    }

    /// The `n`-th working day strictly after `date` (before it for negative `n`; for 0, `date`
    /// itself if it is a working day, else the working day before it), as `YYYY-MM-DD`.
    pub fn add_working_days(&self, date: String, n: i64) -> Result<String, LaporError> {
        Ok(self
            .inner
            .add_working_days(parse_date(&date)?, n)?
            .to_string())
    }

    /// The number of working days in `(a, b]` (negative when `b` is before `a`).
    pub fn working_days_between(&self, a: String, b: String) -> Result<i64, LaporError> {
        Ok(self
            .inner
            .working_days_between(parse_date(&a)?, parse_date(&b)?)?)
    }

    /// When `budget`, started at `start`, runs out for an agency in time zone `zone`, with the
    /// clock stopped during `pauses`: working and calendar days end at local midnight after the
    /// n-th day strictly after the start's local date; office hours count 07:30–16:00 local.
    /// The result says whether it is provisional (it reads a projected year).
    /// Throws `InvalidInterval` for a pause ending before it starts, `Calendar` when the
    /// deadline falls outside the calendar's years.
    #[uniffi::method(default(pauses = []))]
    pub fn deadline(
        &self,
        start: SystemTime,
        budget: Budget,
        zone: TimeZone,
        pauses: Vec<Interval>,
    ) -> Result<Deadline, LaporError> {
        let pauses = pauses
            .into_iter()
            .map(|p| Ok(lapor_core::Interval::new(utc(p.start)?, utc(p.end)?)?))
            .collect::<Result<Vec<_>, LaporError>>()?;
        let d = self
            .inner
            .deadline_detail(utc(start)?, budget.into(), zone, &pauses)?;
        Ok(Deadline {
            due: system_time(d.due),
            provisional: d.provisional,
        })
    }
}
