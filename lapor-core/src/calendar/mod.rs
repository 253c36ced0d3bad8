//! Working-day calendars: weekends, national holidays, *cuti bersama* and local holidays.
//!
//! A [`WorkingCalendar`] covers a contiguous range of years and answers, in O(1), whether a date
//! is a working day (*hari kerja*) and which date is the n-th working day after another. Dates
//! outside the covered years are an [`Error::CalendarRange`], never a guess.
//!
//! # Official and projected years
//!
//! A year is *official* when its holidays come from a decree (the SKB 3 Menteri on national
//! holidays and cuti bersama, with its amendments), and *projected* when they are built from
//! rules because no decree exists yet: the fixed-date holidays, the Easter-based ones (from the
//! Gregorian computus), and the Islamic, Chinese, Saka and Buddhist holidays from a table of
//! estimates generated from the PyPI package `holidays` (see `tools/calendar/make_projected.py`);
//! projected years have no cuti bersama. [`WorkingCalendar::indonesia`] has the official years
//! 2024–2027 and projects 2028–2040; every result that depends on a projected day is marked
//! provisional ([`WorkingCalendar::depends_on_projection`], [`crate::deadline::Deadline`],
//! [`crate::MetricStatus::provisional`]). Callers who want no projection use
//! [`WorkingCalendar::without_projection`] and get [`Error::CalendarRange`] beyond the official
//! years. Official data for a new year is loaded over the projected one with
//! [`WorkingCalendar::load_official_years`].
//!
//! Deadlines (instants, time zones, pauses) are built on this in [`crate::deadline`]; local days
//! off of agencies and regions in [`LocalCalendars`].

use std::ops::RangeInclusive;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

mod local;
mod projected;
mod projection;

pub(crate) use local::{days_off_of, with_days};
pub use local::{DayOff, DayOffScope, LocalCalendars, ScopedDayOff};

/// Days from 0001-01-01 (chrono's "common era" day 1) to 1970-01-01, for epoch-day conversions.
const EPOCH_DAYS_FROM_CE: i64 = 719_163;

/// Earliest and latest year a calendar may cover (bounds the size of its tables).
const YEAR_BOUNDS: RangeInclusive<i32> = 1900..=2199;

/// Why a date is not a working day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HolidayKind {
    /// A national public holiday (*hari libur nasional*).
    National,
    /// A collective leave day for civil servants (*cuti bersama*), set by the joint decree of
    /// three ministers (SKB 3 Menteri) each year.
    CutiBersama,
    /// A national day off for an election (*hari pemungutan suara*).
    Election,
    /// A local closure: a regional decree, an agency's own day off (for example Nyepi closures
    /// beyond the national day).
    Local,
}

impl HolidayKind {
    /// The stable tag, as in JSON: `"national"`, `"cuti_bersama"`, `"election"` or `"local"`.
    pub fn as_str(self) -> &'static str {
        match self {
            HolidayKind::National => "national",
            HolidayKind::CutiBersama => "cuti_bersama",
            HolidayKind::Election => "election",
            HolidayKind::Local => "local",
        }
    }
}

/// One day off.
///
/// ```
/// use lapor_core::{Holiday, HolidayKind};
/// let h = Holiday::new(chrono::NaiveDate::from_ymd_opt(2025, 3, 29).unwrap(), HolidayKind::Local, "Penutupan kantor (Nyepi)");
/// assert_eq!(h.kind.as_str(), "local");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Holiday {
    /// The date (local to whichever zone the calendar is used in).
    #[serde(deserialize_with = "crate::instant::date")]
    pub date: NaiveDate,
    /// National holiday, cuti bersama, election day or local closure.
    pub kind: HolidayKind,
    /// What the day is (in Bahasa Indonesia in the built-in data).
    pub name: String,
}

impl Holiday {
    /// A holiday on `date`.
    pub fn new(date: NaiveDate, kind: HolidayKind, name: impl Into<String>) -> Holiday {
        Holiday {
            date,
            kind,
            name: name.into(),
        }
    }
}

/// How [`WorkingCalendar::busday_offset`] moves a start date that is not a working day, as in
/// `numpy.busday_offset`'s `roll` argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Roll {
    /// To the previous working day (numpy `roll='backward'`).
    Backward,
    /// To the next working day (numpy `roll='forward'`).
    Forward,
}

/// Where the data of one official year comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearSource {
    /// The year.
    pub year: i32,
    /// The decree (or other source) its holidays come from.
    pub source: String,
}

/// The JSON form of a calendar.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CalendarData {
    name: String,
    years: Vec<i32>,
    /// The covered years whose holidays are projected, not official.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    projected_years: Vec<i32>,
    /// The source of each official year's data.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    sources: Vec<YearSource>,
    holidays: Vec<Holiday>,
}

/// The JSON read by [`WorkingCalendar::load_official_years`]: the official data of one or more
/// years.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OfficialYears {
    years: Vec<OfficialYear>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OfficialYear {
    year: i32,
    source: String,
    holidays: Vec<Holiday>,
}

/// A working-day calendar: Monday to Friday, minus the holidays it lists, over a contiguous range
/// of years.
///
/// The tables behind it (a prefix count of working days per day, and the list of working days)
/// make [`is_working_day`](Self::is_working_day), [`add_working_days`](Self::add_working_days)
/// and [`working_days_between`](Self::working_days_between) O(1).
///
/// ```
/// use chrono::NaiveDate;
/// use lapor_core::WorkingCalendar;
/// let cal = WorkingCalendar::indonesia();
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// // Idul Fitri 2025: 31 March and 1 April are holidays, 2–4 and 7 April cuti bersama.
/// assert_eq!(cal.add_working_days(d(2025, 3, 27), 1)?, d(2025, 4, 8));
/// assert!(!cal.is_working_day(d(2025, 8, 18))?); // added by the August 2025 amendment
/// assert_eq!(cal.add_working_days(d(2041, 1, 2), 1).unwrap_err().code(), "calendar_range");
/// # Ok::<(), lapor_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkingCalendar {
    name: String,
    first_year: i32,
    last_year: i32,
    /// Sorted by date; several entries may share a date (a local closure on a national holiday).
    holidays: Vec<Holiday>,
    /// The covered years whose holidays are projected (sorted).
    projected: Vec<i32>,
    /// The source of each official year that has one (sorted by year).
    sources: Vec<YearSource>,
    /// Days from CE of 1 January of `first_year`.
    base: i64,
    /// `rank[i]` = number of working days among the first `i` days; `rank.len()` = days + 1.
    rank: Vec<u32>,
    /// Day index of the k-th working day (0-based).
    nth: Vec<u32>,
}

impl WorkingCalendar {
    /// Indonesia's national calendar: the official years 2024–2027 (national holidays, cuti
    /// bersama of the SKB 3 Menteri of each year, including the 18 August 2025 amendment, and
    /// the 2024 election days), then the projected years 2028–2040 (see the module
    /// documentation). Use [`without_projection`](Self::without_projection) for the official
    /// years only.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use lapor_core::WorkingCalendar;
    /// let cal = WorkingCalendar::indonesia();
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// // New Year 2027 and the weekend: 29 December 2026 + 3 working days.
    /// assert_eq!(cal.add_working_days(d(2026, 12, 29), 3)?, d(2027, 1, 4));
    /// assert!(!cal.is_projected(d(2027, 1, 4)));
    /// assert!(cal.is_projected(d(2029, 6, 1)));
    /// assert_eq!(cal.without_projection().years(), 2024..=2027);
    /// # Ok::<(), lapor_core::Error>(())
    /// ```
    pub fn indonesia() -> WorkingCalendar {
        let holidays = BUILT_IN
            .iter()
            .filter_map(|&(y, m, d, kind, name)| {
                NaiveDate::from_ymd_opt(y, m, d).map(|date| Holiday::new(date, kind, name))
            })
            .collect();
        // The tables are checked by the tests (every entry a valid date in its year).
        let mut cal = WorkingCalendar::new("Indonesia", 2024..=2027, holidays)
            .unwrap_or_else(|e| unreachable!("built-in calendar: {e}"));
        cal.sources = BUILT_IN_SOURCES
            .iter()
            .map(|&(year, source)| YearSource {
                year,
                source: source.into(),
            })
            .collect();
        cal.extend_projection(projected::LAST)
            .unwrap_or_else(|e| unreachable!("built-in projection: {e}"));
        cal
    }

    /// Indonesia's official years only (2024–2027): [`indonesia`](Self::indonesia) without its
    /// projection, a strict calendar that gives [`Error::CalendarRange`] beyond 2027.
    pub fn indonesia_official() -> WorkingCalendar {
        WorkingCalendar::indonesia().without_projection()
    }

    /// The calendar without its projected years: every year from the first projected one on is
    /// dropped, so that dates there give [`Error::CalendarRange`] (a strict calendar). A
    /// calendar without projected years is returned unchanged.
    pub fn without_projection(mut self) -> WorkingCalendar {
        let Some(&first) = self.projected.first() else {
            return self;
        };
        if first <= self.first_year {
            // Nothing official before the projection: keep the calendar as it is rather than
            // build an empty one.
            return self;
        }
        self.last_year = first - 1;
        self.holidays.retain(|h| h.date.year() < first);
        self.projected.clear();
        self.sources.retain(|s| s.year < first);
        self.rebuild();
        self
    }

    /// Extends the calendar with projected Indonesian years after its last year, up to and
    /// including `through` (at most 2040, the end of the built-in table of estimates). Nothing
    /// changes if `through` is not after the last year.
    ///
    /// Errors: [`Error::CalendarYears`] if `through` is beyond the table.
    pub fn extend_projection(&mut self, through: i32) -> Result<()> {
        if through <= self.last_year {
            return Ok(());
        }
        let first = self.last_year + 1;
        if through > projected::LAST || first < projected::FIRST {
            return Err(Error::CalendarYears {
                years: vec![first, through],
            });
        }
        self.last_year = through;
        for year in first..=through {
            self.holidays.extend(projection::projected_year(year));
            self.projected.push(year);
        }
        self.holidays.sort_by_key(|h| h.date);
        self.rebuild();
        Ok(())
    }

    /// Whether `date` lies in a projected year (its holidays are estimates, not a decree).
    pub fn is_projected(&self, date: NaiveDate) -> bool {
        self.projected.binary_search(&date.year()).is_ok()
    }

    /// The covered years whose holidays are projected.
    pub fn projected_years(&self) -> &[i32] {
        &self.projected
    }

    /// Where the projected years' moving holidays come from (the version of the `holidays`
    /// package the built-in table was generated from), if the calendar has projected years.
    pub fn projection_source(&self) -> Option<&'static str> {
        (!self.projected.is_empty()).then(projection::source)
    }

    /// Where each official year's data comes from (the built-in years name their SKB).
    pub fn sources(&self) -> &[YearSource] {
        &self.sources
    }

    /// Whether an answer that reads the days from `a` to `b` (either order, inclusive) depends on
    /// a projected year: such an answer is provisional.
    pub fn depends_on_projection(&self, a: NaiveDate, b: NaiveDate) -> bool {
        let (Some(&first), Some(&last)) = (self.projected.first(), self.projected.last()) else {
            return false;
        };
        let (lo, hi) = if a <= b {
            (a.year(), b.year())
        } else {
            (b.year(), a.year())
        };
        hi >= first && lo <= last && self.projected.iter().any(|y| (lo..=hi).contains(y))
    }

    /// Loads official data for one or more years over the calendar, from JSON:
    ///
    /// ```json
    /// {"years": [{"year": 2028, "source": "SKB 3 Menteri …",
    ///             "holidays": [{"date": "2028-01-01", "kind": "national", "name": "Tahun Baru"}]}]}
    /// ```
    ///
    /// Each year given replaces exactly that year: a projected year becomes official (its
    /// projected holidays are dropped), and a year just after the last covered one extends the
    /// calendar. Official data is never replaced silently: a year that is already official is an
    /// error (change single days with [`add_holidays`](Self::add_holidays) and
    /// [`remove_holidays_on`](Self::remove_holidays_on)). Nothing changes on an error.
    ///
    /// Errors: [`Error::Json`] (with the path, such as `years[0].holidays[3].kind` for an
    /// unknown kind of day); [`Error::CalendarEntry`] naming the entry for a year given twice, a
    /// year already official, a year not adjacent to the covered ones, an empty source, or a
    /// date outside its entry's year.
    ///
    /// ```
    /// use lapor_core::WorkingCalendar;
    /// let mut cal = WorkingCalendar::indonesia();
    /// cal.load_official_years(r#"{"years": [{"year": 2028, "source": "SKB 3 Menteri 2027",
    ///   "holidays": [{"date": "2028-01-03", "kind": "cuti_bersama", "name": "Cuti bersama"}]}]}"#)?;
    /// let day = chrono::NaiveDate::from_ymd_opt(2028, 1, 3).unwrap();
    /// assert!(!cal.is_working_day(day)? && !cal.is_projected(day));
    /// let again = cal.load_official_years(r#"{"years": [{"year": 2028, "source": "x", "holidays": []}]}"#);
    /// assert_eq!(again.unwrap_err().code(), "calendar_entry");
    /// # Ok::<(), lapor_core::Error>(())
    /// ```
    pub fn load_official_years(&mut self, json: &str) -> Result<()> {
        let data: OfficialYears = crate::error::from_json("official calendar years", json)?;
        let entry_err = |i: usize, problem: &'static str| Error::CalendarEntry {
            entry: format!("years[{i}]"),
            problem,
        };
        let mut years: Vec<i32> = Vec::with_capacity(data.years.len());
        for (i, y) in data.years.iter().enumerate() {
            if years.contains(&y.year) {
                return Err(entry_err(i, "duplicate_year"));
            }
            if !YEAR_BOUNDS.contains(&y.year) {
                return Err(entry_err(i, "year_out_of_bounds"));
            }
            if self.years().contains(&y.year) && !self.projected.contains(&y.year) {
                return Err(entry_err(i, "already_official"));
            }
            if y.source.trim().is_empty() {
                return Err(entry_err(i, "missing_source"));
            }
            if let Some(j) = y.holidays.iter().position(|h| h.date.year() != y.year) {
                return Err(Error::CalendarEntry {
                    entry: format!("years[{i}].holidays[{j}]"),
                    problem: "date_outside_year",
                });
            }
            years.push(y.year);
        }
        // The covered years must stay contiguous: each new year touches the range as it grows.
        let (mut first, mut last) = (self.first_year, self.last_year);
        let mut order: Vec<usize> = (0..years.len()).collect();
        order.sort_by_key(|&i| years[i]);
        for &i in order.iter().chain(order.iter().rev()) {
            let y = years[i];
            if y == last + 1 {
                last = y;
            } else if y == first - 1 {
                first = y;
            }
        }
        if let Some(i) = (0..years.len()).find(|&i| years[i] < first || years[i] > last) {
            return Err(entry_err(i, "not_contiguous"));
        }
        self.first_year = first;
        self.last_year = last;
        self.base = i64::from(first_day(first).num_days_from_ce());
        for y in data.years {
            self.holidays.retain(|h| h.date.year() != y.year);
            self.holidays.extend(y.holidays);
            self.projected.retain(|&p| p != y.year);
            self.sources.retain(|s| s.year != y.year);
            self.sources.push(YearSource {
                year: y.year,
                source: y.source,
            });
        }
        self.sources.sort_by_key(|s| s.year);
        self.holidays.sort_by_key(|h| h.date);
        self.rebuild();
        Ok(())
    }

    /// A calendar covering `years` with the given holidays (weekends are always off).
    ///
    /// Errors: [`Error::CalendarYears`] for an empty range or one outside 1900–2199,
    /// [`Error::CalendarRange`] for a holiday outside the years.
    pub fn new(
        name: impl Into<String>,
        years: RangeInclusive<i32>,
        holidays: Vec<Holiday>,
    ) -> Result<WorkingCalendar> {
        let (first_year, last_year) = (*years.start(), *years.end());
        if first_year > last_year
            || !YEAR_BOUNDS.contains(&first_year)
            || !YEAR_BOUNDS.contains(&last_year)
        {
            return Err(Error::CalendarYears {
                years: vec![first_year, last_year],
            });
        }
        let mut cal = WorkingCalendar {
            name: name.into(),
            first_year,
            last_year,
            holidays: Vec::new(),
            projected: Vec::new(),
            sources: Vec::new(),
            base: i64::from(first_day(first_year).num_days_from_ce()),
            rank: Vec::new(),
            nth: Vec::new(),
        };
        cal.add_holidays(holidays)?;
        Ok(cal)
    }

    /// Reads a calendar from JSON:
    /// `{"name": "...", "years": [2024, 2025], "holidays": [{"date": "2024-01-01", "kind": "national", "name": "..."}]}`,
    /// optionally with `"projected_years": [2025]` (covered years whose holidays are projected)
    /// and `"sources": [{"year": 2024, "source": "..."}]`, as [`to_json`](Self::to_json) writes.
    ///
    /// `years` must be contiguous. Errors: [`Error::Json`] (with the field path),
    /// [`Error::CalendarYears`], [`Error::CalendarRange`] for a holiday outside the years,
    /// [`Error::CalendarEntry`] for a projected year or a source outside the years, or a year
    /// listed twice.
    pub fn from_json(json: &str) -> Result<WorkingCalendar> {
        let data: CalendarData = crate::error::from_json("calendar", json)?;
        WorkingCalendar::try_from(data)
    }

    /// The calendar as JSON (the format [`from_json`](Self::from_json) reads).
    pub fn to_json(&self) -> String {
        crate::error::to_json(self)
    }

    /// The calendar's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The years the calendar covers.
    pub fn years(&self) -> RangeInclusive<i32> {
        self.first_year..=self.last_year
    }

    /// Whether `date` falls in a covered year.
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.years().contains(&date.year())
    }

    /// All holidays, sorted by date.
    pub fn holidays(&self) -> &[Holiday] {
        &self.holidays
    }

    /// The holidays on `date` (empty for a working day or a plain weekend).
    pub fn holidays_on(&self, date: NaiveDate) -> &[Holiday] {
        let start = self.holidays.partition_point(|h| h.date < date);
        let end = self.holidays.partition_point(|h| h.date <= date);
        &self.holidays[start..end]
    }

    /// Adds holidays (an agency's or a region's local closures, or a decree's late changes).
    ///
    /// Errors: [`Error::CalendarRange`] if one falls outside the covered years (nothing is added
    /// then).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use lapor_core::{Holiday, HolidayKind, WorkingCalendar};
    /// let mut bali = WorkingCalendar::indonesia();
    /// let day = NaiveDate::from_ymd_opt(2026, 3, 25).unwrap();
    /// bali.add_holidays([Holiday::new(day, HolidayKind::Local, "Hari Raya Galungan")])?;
    /// assert!(!bali.is_working_day(day)?);
    /// assert!(WorkingCalendar::indonesia().is_working_day(day)?);
    /// # Ok::<(), lapor_core::Error>(())
    /// ```
    pub fn add_holidays(&mut self, holidays: impl IntoIterator<Item = Holiday>) -> Result<()> {
        let new: Vec<Holiday> = holidays.into_iter().collect();
        if let Some(outside) = new.iter().find(|h| !self.covers(h.date)) {
            return Err(self.range_error(outside.date));
        }
        self.holidays.extend(new);
        self.holidays.sort_by_key(|h| h.date);
        self.rebuild();
        Ok(())
    }

    /// [`add_holidays`](Self::add_holidays), by value, for chaining.
    pub fn with_holidays(mut self, holidays: impl IntoIterator<Item = Holiday>) -> Result<Self> {
        self.add_holidays(holidays)?;
        Ok(self)
    }

    /// Removes every holiday on `date` (a holiday moved by decree) and returns what was removed.
    pub fn remove_holidays_on(&mut self, date: NaiveDate) -> Vec<Holiday> {
        let (removed, kept) = std::mem::take(&mut self.holidays)
            .into_iter()
            .partition(|h| h.date == date);
        self.holidays = kept;
        self.rebuild();
        removed
    }

    fn rebuild(&mut self) {
        let days = (i64::from(first_day(self.last_year + 1).num_days_from_ce()) - self.base).max(0)
            as usize;
        let mut off = vec![false; days];
        for h in &self.holidays {
            let i = i64::from(h.date.num_days_from_ce()) - self.base;
            if let Some(slot) = usize::try_from(i).ok().and_then(|i| off.get_mut(i)) {
                *slot = true;
            }
        }
        let mut rank = Vec::with_capacity(days + 1);
        let mut nth = Vec::with_capacity(days * 5 / 7 + 1);
        let mut count = 0u32;
        // `base` is a Monday-relative weekday offset away from any date's weekday.
        let first_weekday = first_day(self.first_year).weekday().num_days_from_monday() as usize;
        for (i, &is_off) in off.iter().enumerate() {
            rank.push(count);
            let weekend = (first_weekday + i) % 7 >= 5;
            if !weekend && !is_off {
                nth.push(i as u32);
                count += 1;
            }
        }
        rank.push(count);
        self.rank = rank;
        self.nth = nth;
    }

    /// Day index of `date` in the tables, if covered.
    #[inline]
    fn index(&self, date: NaiveDate) -> Option<usize> {
        let i = i64::from(date.num_days_from_ce()) - self.base;
        if i >= 0 && (i as usize) + 1 < self.rank.len() {
            Some(i as usize)
        } else {
            None
        }
    }

    #[inline]
    fn checked_index(&self, date: NaiveDate) -> Result<usize> {
        self.index(date).ok_or_else(|| self.range_error(date))
    }

    fn range_error(&self, date: NaiveDate) -> Error {
        Error::CalendarRange {
            date,
            first_year: self.first_year,
            last_year: self.last_year,
        }
    }

    /// The error for a computation that needs days beyond the covered years.
    fn beyond(&self, forward: bool) -> Error {
        let date = if forward {
            first_day(self.last_year + 1)
        } else {
            first_day(self.first_year)
                .pred_opt()
                .unwrap_or(NaiveDate::MIN)
        };
        self.range_error(date)
    }

    #[inline]
    fn date_of(&self, index: u32) -> NaiveDate {
        // Indices come from the tables, which only hold days of covered years (1900–2200).
        let days = self.base + i64::from(index);
        NaiveDate::from_num_days_from_ce_opt(days as i32).unwrap_or(NaiveDate::MIN)
    }

    /// Whether `date` is a working day: Monday–Friday and not a holiday of this calendar.
    pub fn is_working_day(&self, date: NaiveDate) -> Result<bool> {
        let i = self.checked_index(date)?;
        Ok(self.rank[i + 1] > self.rank[i])
    }

    /// The n-th working day strictly after `date` (strictly before it for negative `n`),
    /// whatever kind of day `date` is. For `n = 0`: `date` itself if it is a working day, else
    /// the working day before it.
    ///
    /// This equals `numpy.busday_offset(date, n, roll='backward', holidays=H)` for `n >= 0`,
    /// and `roll='forward'` for `n < 0` (numpy's backward roll on a non-working start would give
    /// the (|n|+1)-th working day before it; [`busday_offset`](Self::busday_offset) reproduces
    /// numpy exactly when that is what you need).
    ///
    /// Errors: [`Error::CalendarRange`] if `date` or the answer lies outside the covered years.
    pub fn add_working_days(&self, date: NaiveDate, n: i64) -> Result<NaiveDate> {
        let roll = if n < 0 { Roll::Forward } else { Roll::Backward };
        self.busday_offset(date, n, roll)
    }

    /// `numpy.busday_offset(date, n, roll=roll, holidays=H)`: first roll a non-working `date` to
    /// the previous ([`Roll::Backward`]) or next ([`Roll::Forward`]) working day, then move `n`
    /// working days.
    pub fn busday_offset(&self, date: NaiveDate, n: i64, roll: Roll) -> Result<NaiveDate> {
        let i = self.checked_index(date)?;
        let k = self.offset_rank(i, n, roll)?;
        Ok(self.date_of(self.nth[k]))
    }

    /// Position in `nth` of the answer of `busday_offset` from day index `i`.
    #[inline]
    fn offset_rank(&self, i: usize, n: i64, roll: Roll) -> Result<usize> {
        let before = i64::from(self.rank[i]);
        let working = self.rank[i + 1] > self.rank[i];
        let start = if working || roll == Roll::Forward {
            before
        } else {
            before - 1
        };
        let k = start.saturating_add(n);
        if k < 0 {
            Err(self.beyond(false))
        } else if k >= self.nth.len() as i64 {
            Err(self.beyond(true))
        } else {
            Ok(k as usize)
        }
    }

    /// The number of working days in `(a, b]`: after `a`, up to and including `b`. Negative
    /// when `b < a` (minus the count in `(b, a]`), so that
    /// `working_days_between(a, add_working_days(a, n)) == n` for `n > 0`.
    ///
    /// (numpy's `busday_count(a, b)` counts `[a, b)` instead.)
    pub fn working_days_between(&self, a: NaiveDate, b: NaiveDate) -> Result<i64> {
        let (i, j) = (self.checked_index(a)?, self.checked_index(b)?);
        Ok(i64::from(self.rank[j + 1]) - i64::from(self.rank[i + 1]))
    }

    /// The number of working days strictly before `date` in the calendar: a day's position
    /// among working days, used by deadlines to count office time in O(1).
    pub(crate) fn working_days_before(&self, date: NaiveDate) -> Result<u32> {
        Ok(self.rank[self.checked_index(date)?])
    }

    /// The k-th working day of the calendar (0-based), if any.
    pub(crate) fn kth_working_day(&self, k: u64) -> Result<NaiveDate> {
        match usize::try_from(k).ok().and_then(|k| self.nth.get(k)) {
            Some(&i) => Ok(self.date_of(i)),
            None => Err(self.beyond(true)),
        }
    }

    fn epoch_date(&self, day: i64) -> Result<NaiveDate> {
        i32::try_from(day.saturating_add(EPOCH_DAYS_FROM_CE))
            .ok()
            .and_then(NaiveDate::from_num_days_from_ce_opt)
            .ok_or_else(|| self.beyond(day > 0))
    }

    fn epoch_index(&self, day: i64) -> Result<usize> {
        let i = day.saturating_add(EPOCH_DAYS_FROM_CE - self.base);
        if i >= 0 && (i as usize) + 1 < self.rank.len() {
            Ok(i as usize)
        } else {
            Err(self.range_error(self.epoch_date(day)?))
        }
    }

    /// [`add_working_days`](Self::add_working_days) over a day given as days since 1970-01-01
    /// (the same answer and errors, without converting dates).
    pub(crate) fn add_working_days_epoch(&self, day: i64, n: i64) -> Result<i64> {
        let i = self.epoch_index(day)?;
        let roll = if n < 0 { Roll::Forward } else { Roll::Backward };
        let k = self.offset_rank(i, n, roll)?;
        Ok(self.epoch_of_index(self.nth[k]))
    }

    /// [`working_days_between`](Self::working_days_between) over days since 1970-01-01.
    pub(crate) fn working_days_between_epoch(&self, a: i64, b: i64) -> Result<i64> {
        let (i, j) = (self.epoch_index(a)?, self.epoch_index(b)?);
        Ok(i64::from(self.rank[j + 1]) - i64::from(self.rank[i + 1]))
    }

    fn epoch_of_index(&self, index: u32) -> i64 {
        self.base + i64::from(index) - EPOCH_DAYS_FROM_CE
    }

    /// [`is_working_day`](Self::is_working_day) over dates given as days since 1970-01-01 (the
    /// representation of numpy `datetime64[D]` and of JavaScript dates divided by 86 400 000).
    ///
    /// Errors: the first date outside the covered years, as [`Error::CalendarRange`].
    pub fn is_working_day_many(&self, days: &[i64]) -> Result<Vec<bool>> {
        days.iter()
            .map(|&d| {
                let i = self.epoch_index(d)?;
                Ok(self.rank[i + 1] > self.rank[i])
            })
            .collect()
    }

    /// [`add_working_days`](Self::add_working_days) over epoch days (see
    /// [`is_working_day_many`](Self::is_working_day_many)); `n` has one element (used for every
    /// date) or as many as `days`.
    ///
    /// ```
    /// use lapor_core::WorkingCalendar;
    /// let cal = WorkingCalendar::indonesia();
    /// // 2025-03-27 and 2025-03-28 as days since 1970-01-01
    /// let out = cal.add_working_days_many(&[20174, 20175], &[1])?;
    /// assert_eq!(out, vec![20186, 20186]); // both 2025-04-08
    /// # Ok::<(), lapor_core::Error>(())
    /// ```
    pub fn add_working_days_many(&self, days: &[i64], n: &[i64]) -> Result<Vec<i64>> {
        let n_at = broadcast(days.len(), n.len())?;
        let mut out = Vec::with_capacity(days.len());
        for (idx, &d) in days.iter().enumerate() {
            let i = self.epoch_index(d)?;
            let n = n[n_at(idx)];
            let roll = if n < 0 { Roll::Forward } else { Roll::Backward };
            let k = self.offset_rank(i, n, roll)?;
            out.push(self.epoch_of_index(self.nth[k]));
        }
        Ok(out)
    }

    /// [`working_days_between`](Self::working_days_between) over epoch days; either slice may have
    /// one element (broadcast) or both the same length.
    pub fn working_days_between_many(&self, a: &[i64], b: &[i64]) -> Result<Vec<i64>> {
        let len = a.len().max(b.len());
        let a_at = broadcast(len, a.len())?;
        let b_at = broadcast(len, b.len())?;
        (0..len)
            .map(|k| {
                let i = self.epoch_index(a[a_at(k)])?;
                let j = self.epoch_index(b[b_at(k)])?;
                Ok(i64::from(self.rank[j + 1]) - i64::from(self.rank[i + 1]))
            })
            .collect()
    }
}

/// An index mapper for a slice of `len` elements broadcast against `total` elements.
fn broadcast(total: usize, len: usize) -> Result<fn(usize) -> usize> {
    fn same(i: usize) -> usize {
        i
    }
    fn first(_: usize) -> usize {
        0
    }
    if len == total {
        Ok(same)
    } else if len == 1 {
        Ok(first)
    } else {
        Err(Error::LengthMismatch {
            expected: total,
            found: len,
        })
    }
}

/// Reads an ISO calendar date, `YYYY-MM-DD` (four-digit year, two-digit month and day, nothing
/// around it): the form dates take in JSON and in the bindings.
///
/// Errors: [`Error::InvalidDate`] for any other text or a day that does not exist.
///
/// ```
/// use lapor_core::parse_date;
/// assert_eq!(parse_date("2025-03-31")?.to_string(), "2025-03-31");
/// assert_eq!(parse_date("2025-02-29").unwrap_err().code(), "invalid_date");
/// assert_eq!(parse_date("31/03/2025").unwrap_err().code(), "invalid_date");
/// # Ok::<(), lapor_core::Error>(())
/// ```
pub fn parse_date(text: &str) -> Result<NaiveDate> {
    let b = text.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    let num = |r: std::ops::Range<usize>| text.get(r).and_then(|s| s.parse::<u32>().ok());
    let date = match (shape, num(0..4), num(5..7), num(8..10)) {
        (true, Some(y), Some(m), Some(d)) => NaiveDate::from_ymd_opt(y as i32, m, d),
        _ => None,
    };
    date.ok_or_else(|| Error::InvalidDate { input: text.into() })
}

fn first_day(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MAX)
}

impl TryFrom<CalendarData> for WorkingCalendar {
    type Error = Error;
    fn try_from(data: CalendarData) -> Result<WorkingCalendar> {
        let mut years = data.years.clone();
        years.sort_unstable();
        let contiguous = years.windows(2).all(|w| w[1] == w[0] + 1);
        let mut cal = match (years.first(), years.last()) {
            (Some(&first), Some(&last)) if contiguous => {
                WorkingCalendar::new(data.name, first..=last, data.holidays)?
            }
            _ => return Err(Error::CalendarYears { years: data.years }),
        };
        let mut projected = Vec::with_capacity(data.projected_years.len());
        for (i, &y) in data.projected_years.iter().enumerate() {
            if !cal.years().contains(&y) || projected.contains(&y) {
                return Err(Error::CalendarEntry {
                    entry: format!("projected_years[{i}]"),
                    problem: "not_a_covered_year",
                });
            }
            projected.push(y);
        }
        projected.sort_unstable();
        let mut sources: Vec<YearSource> = Vec::with_capacity(data.sources.len());
        for (i, s) in data.sources.into_iter().enumerate() {
            if !cal.years().contains(&s.year)
                || projected.contains(&s.year)
                || sources.iter().any(|t| t.year == s.year)
            {
                return Err(Error::CalendarEntry {
                    entry: format!("sources[{i}]"),
                    problem: "not_an_official_year",
                });
            }
            sources.push(s);
        }
        sources.sort_by_key(|s| s.year);
        cal.projected = projected;
        cal.sources = sources;
        Ok(cal)
    }
}

impl From<&WorkingCalendar> for CalendarData {
    fn from(cal: &WorkingCalendar) -> CalendarData {
        CalendarData {
            name: cal.name.clone(),
            years: cal.years().collect(),
            projected_years: cal.projected.clone(),
            sources: cal.sources.clone(),
            holidays: cal.holidays.clone(),
        }
    }
}

impl Serialize for WorkingCalendar {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        CalendarData::from(self).serialize(s)
    }
}

impl<'de> Deserialize<'de> for WorkingCalendar {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let data = CalendarData::deserialize(d)?;
        WorkingCalendar::try_from(data).map_err(serde::de::Error::custom)
    }
}

use HolidayKind::{CutiBersama as C, Election as E, National as N};

/// Where the built-in official years come from.
const BUILT_IN_SOURCES: &[(i32, &str)] = &[
    (2024, "SKB 3 Menteri tentang Hari Libur Nasional dan Cuti Bersama Tahun 2024 (2023), with the 2024 election days (Keppres 10/2024 and Keppres 17/2024)"),
    (2025, "SKB 3 Menteri tentang Hari Libur Nasional dan Cuti Bersama Tahun 2025 (2024), amended August 2025 (cuti bersama 18 August)"),
    (2026, "SKB 3 Menteri tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026 (2025)"),
    (2027, "SKB 3 Menteri tentang Hari Libur Nasional dan Cuti Bersama Tahun 2027 (published September 2026)"),
];

/// The SKB 3 Menteri on national holidays and cuti bersama for 2024–2027 (see `docs/calendars.md`).
#[rustfmt::skip]
const BUILT_IN: &[(i32, u32, u32, HolidayKind, &str)] = &[
    (2024, 1, 1, N, "Tahun Baru 2024 Masehi"),
    (2024, 2, 8, N, "Isra Mikraj Nabi Muhammad SAW"),
    (2024, 2, 9, C, "Cuti bersama Tahun Baru Imlek"),
    (2024, 2, 10, N, "Tahun Baru Imlek 2575 Kongzili"),
    (2024, 2, 14, E, "Pemilihan Umum"),
    (2024, 3, 11, N, "Hari Suci Nyepi Tahun Baru Saka 1946"),
    (2024, 3, 12, C, "Cuti bersama Hari Suci Nyepi"),
    (2024, 3, 29, N, "Wafat Isa Almasih"),
    (2024, 3, 31, N, "Hari Paskah"),
    (2024, 4, 8, C, "Cuti bersama Idul Fitri"),
    (2024, 4, 9, C, "Cuti bersama Idul Fitri"),
    (2024, 4, 10, N, "Hari Raya Idul Fitri 1445 H"),
    (2024, 4, 11, N, "Hari Raya Idul Fitri 1445 H"),
    (2024, 4, 12, C, "Cuti bersama Idul Fitri"),
    (2024, 4, 15, C, "Cuti bersama Idul Fitri"),
    (2024, 5, 1, N, "Hari Buruh Internasional"),
    (2024, 5, 9, N, "Kenaikan Isa Almasih"),
    (2024, 5, 10, C, "Cuti bersama Kenaikan Isa Almasih"),
    (2024, 5, 23, N, "Hari Raya Waisak 2568 BE"),
    (2024, 5, 24, C, "Cuti bersama Hari Raya Waisak"),
    (2024, 6, 1, N, "Hari Lahir Pancasila"),
    (2024, 6, 17, N, "Hari Raya Idul Adha 1445 H"),
    (2024, 6, 18, C, "Cuti bersama Idul Adha"),
    (2024, 7, 7, N, "Tahun Baru Islam 1446 H"),
    (2024, 8, 17, N, "Hari Kemerdekaan Republik Indonesia"),
    (2024, 9, 16, N, "Maulid Nabi Muhammad SAW"),
    (2024, 11, 27, E, "Pemilihan Kepala Daerah serentak"),
    (2024, 12, 25, N, "Hari Raya Natal"),
    (2024, 12, 26, C, "Cuti bersama Hari Raya Natal"),
    (2025, 1, 1, N, "Tahun Baru 2025 Masehi"),
    (2025, 1, 27, N, "Isra Mikraj Nabi Muhammad SAW"),
    (2025, 1, 28, C, "Cuti bersama Tahun Baru Imlek"),
    (2025, 1, 29, N, "Tahun Baru Imlek 2576 Kongzili"),
    (2025, 3, 28, C, "Cuti bersama Hari Suci Nyepi"),
    (2025, 3, 29, N, "Hari Suci Nyepi Tahun Baru Saka 1947"),
    (2025, 3, 31, N, "Hari Raya Idul Fitri 1446 H"),
    (2025, 4, 1, N, "Hari Raya Idul Fitri 1446 H"),
    (2025, 4, 2, C, "Cuti bersama Idul Fitri"),
    (2025, 4, 3, C, "Cuti bersama Idul Fitri"),
    (2025, 4, 4, C, "Cuti bersama Idul Fitri"),
    (2025, 4, 7, C, "Cuti bersama Idul Fitri"),
    (2025, 4, 18, N, "Wafat Yesus Kristus"),
    (2025, 4, 20, N, "Kebangkitan Yesus Kristus (Paskah)"),
    (2025, 5, 1, N, "Hari Buruh Internasional"),
    (2025, 5, 12, N, "Hari Raya Waisak 2569 BE"),
    (2025, 5, 13, C, "Cuti bersama Hari Raya Waisak"),
    (2025, 5, 29, N, "Kenaikan Yesus Kristus"),
    (2025, 5, 30, C, "Cuti bersama Kenaikan Yesus Kristus"),
    (2025, 6, 1, N, "Hari Lahir Pancasila"),
    (2025, 6, 6, N, "Hari Raya Idul Adha 1446 H"),
    (2025, 6, 9, C, "Cuti bersama Idul Adha"),
    (2025, 6, 27, N, "Tahun Baru Islam 1447 H"),
    (2025, 8, 17, N, "Hari Kemerdekaan Republik Indonesia"),
    (2025, 8, 18, C, "Cuti bersama Hari Kemerdekaan (perubahan SKB, Agustus 2025)"),
    (2025, 9, 5, N, "Maulid Nabi Muhammad SAW"),
    (2025, 12, 25, N, "Hari Raya Natal"),
    (2025, 12, 26, C, "Cuti bersama Hari Raya Natal"),
    (2026, 1, 1, N, "Tahun Baru 2026 Masehi"),
    (2026, 1, 16, N, "Isra Mikraj Nabi Muhammad SAW"),
    (2026, 2, 16, C, "Cuti bersama Tahun Baru Imlek"),
    (2026, 2, 17, N, "Tahun Baru Imlek 2577 Kongzili"),
    (2026, 3, 18, C, "Cuti bersama Hari Suci Nyepi"),
    (2026, 3, 19, N, "Hari Suci Nyepi Tahun Baru Saka 1948"),
    (2026, 3, 20, C, "Cuti bersama Idul Fitri"),
    (2026, 3, 21, N, "Hari Raya Idul Fitri 1447 H"),
    (2026, 3, 22, N, "Hari Raya Idul Fitri 1447 H"),
    (2026, 3, 23, C, "Cuti bersama Idul Fitri"),
    (2026, 3, 24, C, "Cuti bersama Idul Fitri"),
    (2026, 4, 3, N, "Wafat Yesus Kristus"),
    (2026, 4, 5, N, "Kebangkitan Yesus Kristus (Paskah)"),
    (2026, 5, 1, N, "Hari Buruh Internasional"),
    (2026, 5, 14, N, "Kenaikan Yesus Kristus"),
    (2026, 5, 15, C, "Cuti bersama Kenaikan Yesus Kristus"),
    (2026, 5, 27, N, "Hari Raya Idul Adha 1447 H"),
    (2026, 5, 28, C, "Cuti bersama Idul Adha"),
    (2026, 5, 31, N, "Hari Raya Waisak 2570 BE"),
    (2026, 6, 1, N, "Hari Lahir Pancasila"),
    (2026, 6, 16, N, "Tahun Baru Islam 1448 H"),
    (2026, 8, 17, N, "Hari Kemerdekaan Republik Indonesia"),
    (2026, 8, 25, N, "Maulid Nabi Muhammad SAW"),
    (2026, 12, 24, C, "Cuti bersama Hari Raya Natal"),
    (2026, 12, 25, N, "Hari Raya Natal"),
    (2027, 1, 1, N, "Tahun Baru 2027 Masehi"),
    (2027, 1, 5, N, "Isra Mikraj Nabi Muhammad SAW 1448 H"),
    (2027, 2, 5, C, "Cuti bersama Tahun Baru Imlek"),
    (2027, 2, 6, N, "Tahun Baru Imlek 2578 Kongzili"),
    (2027, 3, 8, N, "Hari Suci Nyepi Tahun Baru Saka 1949"),
    (2027, 3, 9, C, "Cuti bersama Idul Fitri"),
    (2027, 3, 10, N, "Hari Raya Idul Fitri 1448 H"),
    (2027, 3, 11, N, "Hari Raya Idul Fitri 1448 H"),
    (2027, 3, 12, C, "Cuti bersama Idul Fitri"),
    (2027, 3, 15, C, "Cuti bersama Idul Fitri"),
    (2027, 3, 25, C, "Cuti bersama Wafat Yesus Kristus"),
    (2027, 3, 26, N, "Wafat Yesus Kristus"),
    (2027, 3, 28, N, "Kebangkitan Yesus Kristus (Paskah)"),
    (2027, 5, 1, N, "Hari Buruh Internasional"),
    (2027, 5, 6, N, "Kenaikan Yesus Kristus"),
    (2027, 5, 17, N, "Hari Raya Idul Adha 1448 H"),
    (2027, 5, 18, C, "Cuti bersama Idul Adha"),
    (2027, 5, 19, C, "Cuti bersama Hari Raya Waisak"),
    (2027, 5, 20, N, "Hari Raya Waisak 2571 BE"),
    (2027, 6, 1, N, "Hari Lahir Pancasila"),
    (2027, 6, 6, N, "Tahun Baru Islam 1449 H"),
    (2027, 8, 15, N, "Maulid Nabi Muhammad SAW"),
    (2027, 8, 17, N, "Hari Kemerdekaan Republik Indonesia"),
    (2027, 12, 24, C, "Cuti bersama Hari Raya Natal"),
    (2027, 12, 25, N, "Hari Raya Natal"),
    (2027, 12, 26, N, "Isra Mikraj Nabi Muhammad SAW 1449 H"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn built_in_table_matches_design() {
        let cal = WorkingCalendar::indonesia();
        assert_eq!(cal.years(), 2024..=2040);
        assert_eq!(cal.projected_years(), (2028..=2040).collect::<Vec<_>>());
        assert_eq!(
            cal.sources().iter().map(|s| s.year).collect::<Vec<_>>(),
            vec![2024, 2025, 2026, 2027]
        );
        assert!(cal.sources()[3].source.contains("2027"));
        assert_eq!(cal.projection_source(), Some("holidays 0.109"));
        let count = |y: i32, k: HolidayKind| {
            cal.holidays()
                .iter()
                .filter(|h| h.date.year() == y && h.kind == k)
                .count()
        };
        // The decrees list 17 holidays a year for 2024–2026 and 18 for 2027 (Isra Mikraj
        // twice); cuti bersama 10, 11, 8 and 8; two election days.
        let official = cal
            .holidays()
            .iter()
            .filter(|h| h.date.year() <= 2027)
            .count();
        assert_eq!(BUILT_IN.len(), official, "every entry a valid date");
        for y in 2024..=2026 {
            assert_eq!(count(y, HolidayKind::National), 17, "{y}");
        }
        assert_eq!(count(2027, HolidayKind::National), 18);
        assert_eq!(count(2024, HolidayKind::CutiBersama), 10);
        assert_eq!(count(2025, HolidayKind::CutiBersama), 11);
        assert_eq!(count(2026, HolidayKind::CutiBersama), 8);
        assert_eq!(count(2027, HolidayKind::CutiBersama), 8);
        assert_eq!(count(2024, HolidayKind::Election), 2);
        for y in 2028..=2040 {
            assert_eq!(
                count(y, HolidayKind::CutiBersama),
                0,
                "{y}: no projected cuti bersama"
            );
        }
        let official_dates: std::collections::BTreeSet<_> = cal
            .holidays()
            .iter()
            .filter(|h| h.date.year() <= 2027)
            .map(|h| h.date)
            .collect();
        assert_eq!(official_dates.len(), official, "no date listed twice");
        // 2027, as the SKB 3 Menteri lists it (docs/calendars.md).
        let listed: Vec<(u32, u32)> = vec![
            (1, 1),
            (1, 5),
            (2, 6),
            (3, 8),
            (3, 10),
            (3, 11),
            (3, 26),
            (3, 28),
            (5, 1),
            (5, 6),
            (5, 17),
            (5, 20),
            (6, 1),
            (6, 6),
            (8, 15),
            (8, 17),
            (12, 25),
            (12, 26),
        ];
        let cuti: Vec<(u32, u32)> = vec![
            (2, 5),
            (3, 9),
            (3, 12),
            (3, 15),
            (3, 25),
            (5, 18),
            (5, 19),
            (12, 24),
        ];
        let of_kind = |k: HolidayKind| -> Vec<(u32, u32)> {
            cal.holidays()
                .iter()
                .filter(|h| h.date.year() == 2027 && h.kind == k)
                .map(|h| (h.date.month(), h.date.day()))
                .collect()
        };
        assert_eq!(of_kind(HolidayKind::National), listed);
        assert_eq!(of_kind(HolidayKind::CutiBersama), cuti);
    }

    #[test]
    fn the_issue_examples_reach_2027_and_2029() {
        let cal = WorkingCalendar::indonesia();
        // 29 Dec 2026 + 3: 30, 31 Dec, (1 Jan New Year, weekend) 4 Jan.
        assert_eq!(
            cal.add_working_days(d(2026, 12, 29), 3).unwrap(),
            d(2027, 1, 4)
        );
        assert!(!cal.is_projected(d(2027, 1, 4)));
        // A date in projected 2029: Easter-based and table holidays are off.
        assert!(
            !cal.is_working_day(d(2029, 3, 30)).unwrap(),
            "Good Friday 2029"
        );
        assert!(cal.is_projected(d(2029, 3, 30)));
        assert!(cal.depends_on_projection(d(2027, 10, 1), d(2028, 1, 3)));
        assert!(!cal.depends_on_projection(d(2024, 1, 1), d(2027, 12, 31)));
        assert!(cal.depends_on_projection(d(2029, 1, 1), d(2024, 1, 1)));
        // Strict: the same question is a range error.
        let strict = WorkingCalendar::indonesia().without_projection();
        assert_eq!(strict.years(), 2024..=2027);
        assert!(strict.projected_years().is_empty());
        assert_eq!(
            strict.add_working_days(d(2027, 12, 29), 3).unwrap_err(),
            Error::CalendarRange {
                date: d(2028, 1, 1),
                first_year: 2024,
                last_year: 2027
            }
        );
        // Without projection twice is the same; a calendar that is all projection is kept.
        assert_eq!(strict.clone().without_projection(), strict);
    }

    #[test]
    fn sixty_working_days_across_the_official_boundary() {
        // Started 20 October 2027 (Wednesday): 60 working days reach into 2028, computed day by day
        // with the official 2027 and projected 2028 holidays.
        let cal = WorkingCalendar::indonesia();
        let start = d(2027, 10, 20);
        let end = cal.add_working_days(start, 60).unwrap();
        assert_eq!(naive_add(&cal, start, 60), Some(end));
        assert_eq!(end.year(), 2027 + 1);
        // 2027-12-24 (cuti bersama) and 2027-12-25 are off; 2028-01-01 is a Saturday.
        assert!(!cal.is_working_day(d(2027, 12, 24)).unwrap());
        assert_eq!(cal.working_days_between(start, end).unwrap(), 60);
        assert!(cal.depends_on_projection(start, end));
    }

    #[test]
    fn loading_official_years_over_the_projection() {
        let mut cal = WorkingCalendar::indonesia();
        let json = r#"{"years": [{"year": 2028, "source": "SKB 3 Menteri 2028",
            "holidays": [{"date": "2028-01-01", "kind": "national", "name": "Tahun Baru"},
                         {"date": "2028-01-03", "kind": "cuti_bersama", "name": "Cuti"}]}]}"#;
        cal.load_official_years(json).unwrap();
        assert!(!cal.is_projected(d(2028, 6, 1)));
        assert!(
            cal.is_working_day(d(2028, 6, 1)).unwrap(),
            "projected Pancasila day dropped"
        );
        assert!(!cal.is_working_day(d(2028, 1, 3)).unwrap());
        assert_eq!(cal.projected_years()[0], 2029);
        assert_eq!(cal.sources().last().unwrap().source, "SKB 3 Menteri 2028");
        // The JSON round trip keeps official, projected and sources.
        assert_eq!(WorkingCalendar::from_json(&cal.to_json()).unwrap(), cal);
        let before = cal.clone();
        let entry = |json: &str| match cal.clone().load_official_years(json).unwrap_err() {
            Error::CalendarEntry { entry, problem } => (entry, problem),
            other => panic!("{other:?}"),
        };
        assert_eq!(
            entry(r#"{"years": [{"year": 2028, "source": "x", "holidays": []}]}"#),
            ("years[0]".into(), "already_official")
        );
        assert_eq!(
            entry(
                r#"{"years": [{"year": 2029, "source": "x", "holidays": []}, {"year": 2029, "source": "y", "holidays": []}]}"#
            ),
            ("years[1]".into(), "duplicate_year")
        );
        assert_eq!(
            entry(
                r#"{"years": [{"year": 2029, "source": "x", "holidays": [{"date": "2030-01-01", "kind": "national", "name": "a"}]}]}"#
            ),
            ("years[0].holidays[0]".into(), "date_outside_year")
        );
        assert_eq!(
            entry(r#"{"years": [{"year": 2029, "source": " ", "holidays": []}]}"#),
            ("years[0]".into(), "missing_source")
        );
        assert_eq!(
            entry(r#"{"years": [{"year": 2043, "source": "x", "holidays": []}]}"#),
            ("years[0]".into(), "not_contiguous")
        );
        let e = cal
            .clone()
            .load_official_years(r#"{"years": [{"year": 2029, "source": "x", "holidays": [{"date": "2029-01-01", "kind": "festival", "name": "a"}]}]}"#)
            .unwrap_err();
        match e {
            Error::Json { path, .. } => assert_eq!(path, "years[0].holidays[0].kind"),
            other => panic!("{other:?}"),
        }
        let e = cal
            .clone()
            .load_official_years(r#"{"years": [], "extra": 1}"#)
            .unwrap_err();
        assert_eq!(e.code(), "json");
        assert_eq!(cal, before, "nothing changes on an error");
        // Two new years after the end extend the range.
        let mut strict = WorkingCalendar::indonesia().without_projection();
        strict
            .load_official_years(r#"{"years": [{"year": 2029, "source": "b", "holidays": []}, {"year": 2028, "source": "a", "holidays": []}]}"#)
            .unwrap();
        assert_eq!(strict.years(), 2024..=2029);
        assert!(
            strict.is_working_day(d(2029, 1, 1)).unwrap(),
            "no holidays given"
        );
    }

    #[test]
    fn calendar_json_entries_are_checked() {
        let e = WorkingCalendar::from_json(
            r#"{"name":"x","years":[2025],"projected_years":[2026],"holidays":[]}"#,
        )
        .unwrap_err();
        assert_eq!(e.code(), "calendar_entry");
        let e = WorkingCalendar::from_json(
            r#"{"name":"x","years":[2025],"projected_years":[2025],"sources":[{"year":2025,"source":"s"}],"holidays":[]}"#,
        )
        .unwrap_err();
        assert_eq!(
            e,
            Error::CalendarEntry {
                entry: "sources[0]".into(),
                problem: "not_an_official_year"
            }
        );
        let mut user = WorkingCalendar::new("x", 2027..=2027, vec![]).unwrap();
        user.extend_projection(2030).unwrap();
        assert_eq!(user.projected_years(), &[2028, 2029, 2030]);
        assert_eq!(
            user.extend_projection(2041).unwrap_err().code(),
            "calendar_years"
        );
    }

    #[test]
    fn election_days_and_amendment_are_off() {
        let cal = WorkingCalendar::indonesia();
        for day in [d(2024, 2, 14), d(2024, 11, 27), d(2025, 8, 18)] {
            assert!(!cal.is_working_day(day).unwrap(), "{day}");
        }
        assert!(cal.is_working_day(d(2025, 8, 19)).unwrap());
        assert_eq!(
            cal.holidays_on(d(2025, 8, 18))[0].kind,
            HolidayKind::CutiBersama
        );
        assert!(cal.holidays_on(d(2025, 8, 19)).is_empty());
    }

    #[test]
    fn design_examples() {
        let cal = WorkingCalendar::indonesia();
        // Saturday 2025-11-22 + 3 → Wednesday; Monday 2025-11-24 + 3 → Thursday.
        assert_eq!(
            cal.add_working_days(d(2025, 11, 22), 3).unwrap(),
            d(2025, 11, 26)
        );
        assert_eq!(
            cal.add_working_days(d(2025, 11, 24), 3).unwrap(),
            d(2025, 11, 27)
        );
        // Lebaran 2024: 5 April (Fri) + 1 → 16 April.
        assert_eq!(
            cal.add_working_days(d(2024, 4, 5), 1).unwrap(),
            d(2024, 4, 16)
        );
        assert_eq!(
            cal.add_working_days(d(2024, 4, 16), -1).unwrap(),
            d(2024, 4, 5)
        );
        // Negative n from a holiday: strictly before it.
        assert_eq!(
            cal.add_working_days(d(2024, 4, 10), -1).unwrap(),
            d(2024, 4, 5)
        );
        assert_eq!(
            cal.busday_offset(d(2024, 4, 10), -1, Roll::Backward)
                .unwrap(),
            d(2024, 4, 4)
        );
        // n = 0 rolls back.
        assert_eq!(
            cal.add_working_days(d(2024, 4, 10), 0).unwrap(),
            d(2024, 4, 5)
        );
        assert_eq!(
            cal.add_working_days(d(2024, 4, 16), 0).unwrap(),
            d(2024, 4, 16)
        );
        assert_eq!(
            cal.working_days_between(d(2024, 4, 5), d(2024, 4, 16))
                .unwrap(),
            1
        );
        assert_eq!(
            cal.working_days_between(d(2024, 4, 16), d(2024, 4, 5))
                .unwrap(),
            -1
        );
    }

    #[test]
    fn out_of_range_is_an_error() {
        let cal = WorkingCalendar::indonesia().without_projection();
        let e = cal.is_working_day(d(2023, 12, 31)).unwrap_err();
        assert_eq!(e.code(), "calendar_range");
        assert_eq!(
            e,
            Error::CalendarRange {
                date: d(2023, 12, 31),
                first_year: 2024,
                last_year: 2027
            }
        );
        // The answer would need 2028.
        let e = cal.add_working_days(d(2027, 12, 29), 3).unwrap_err();
        assert_eq!(
            e,
            Error::CalendarRange {
                date: d(2028, 1, 1),
                first_year: 2024,
                last_year: 2027
            }
        );
        // 2024-01-01 is a holiday: rolling back needs 2023.
        assert_eq!(
            cal.add_working_days(d(2024, 1, 1), 0).unwrap_err(),
            Error::CalendarRange {
                date: d(2023, 12, 31),
                first_year: 2024,
                last_year: 2027
            }
        );
        assert!(cal.add_working_days(d(2024, 6, 3), i64::MAX).is_err());
        assert!(cal.add_working_days(d(2024, 6, 3), i64::MIN).is_err());
        assert!(cal
            .add_working_days_many(&[i64::MAX, i64::MIN], &[1])
            .is_err());
        assert!(cal.is_working_day_many(&[i64::MIN]).is_err());
        assert!(cal.working_days_between_many(&[i64::MAX], &[0]).is_err());
    }

    #[test]
    fn local_holidays_and_removal() {
        let mut cal = WorkingCalendar::indonesia();
        let galungan = d(2026, 3, 25);
        let before = cal.add_working_days(d(2026, 3, 24), 1).unwrap();
        assert_eq!(before, galungan);
        cal.add_holidays([Holiday::new(galungan, HolidayKind::Local, "Galungan")])
            .unwrap();
        assert_eq!(
            cal.add_working_days(d(2026, 3, 24), 1).unwrap(),
            d(2026, 3, 26)
        );
        let err = cal
            .add_holidays([Holiday::new(d(2041, 1, 4), HolidayKind::Local, "x")])
            .unwrap_err();
        assert_eq!(err.code(), "calendar_range");
        let removed = cal.remove_holidays_on(galungan);
        assert_eq!(removed.len(), 1);
        assert_eq!(cal, WorkingCalendar::indonesia());
    }

    #[test]
    fn json_round_trip_and_errors() {
        let cal = WorkingCalendar::indonesia();
        let back = WorkingCalendar::from_json(&cal.to_json()).unwrap();
        assert_eq!(back, cal);
        let e = WorkingCalendar::from_json(r#"{"name":"x","years":[2024,2026],"holidays":[]}"#)
            .unwrap_err();
        assert_eq!(
            e,
            Error::CalendarYears {
                years: vec![2024, 2026]
            }
        );
        let e = WorkingCalendar::from_json(r#"{"name":"x","years":[],"holidays":[]}"#).unwrap_err();
        assert_eq!(e.code(), "calendar_years");
        let e = WorkingCalendar::from_json(
            r#"{"name":"x","years":[2025],"holidays":[{"date":"2024-01-01","kind":"national","name":"a"}]}"#,
        )
        .unwrap_err();
        assert_eq!(e.code(), "calendar_range");
        let e = WorkingCalendar::from_json(
            r#"{"name":"x","years":[2025],"holidays":[{"date":"2025-02-30","kind":"national","name":"a"}]}"#,
        )
        .unwrap_err();
        match e {
            Error::Json { path, .. } => assert_eq!(path, "holidays[0].date"),
            other => panic!("{other:?}"),
        }
        let e =
            WorkingCalendar::from_json(r#"{"name":"x","years":[1200],"holidays":[]}"#).unwrap_err();
        assert_eq!(e.code(), "calendar_years");
    }

    #[test]
    fn bulk_matches_scalar_and_checks_lengths() {
        let cal = WorkingCalendar::indonesia();
        let base = i64::from(d(2024, 1, 1).num_days_from_ce()) - EPOCH_DAYS_FROM_CE;
        assert_eq!(base, 19723);
        let days: Vec<i64> = (base + 40..base + 70).collect();
        let ns: Vec<i64> = (0..30).map(|k| k - 15).collect();
        let out = cal.add_working_days_many(&days, &ns).unwrap();
        let between = cal.working_days_between_many(&days, &out).unwrap();
        let working = cal.is_working_day_many(&days).unwrap();
        for k in 0..30 {
            let date = cal.epoch_date(days[k]).unwrap();
            let want = cal.add_working_days(date, ns[k]).unwrap();
            assert_eq!(cal.epoch_date(out[k]).unwrap(), want);
            assert_eq!(between[k], cal.working_days_between(date, want).unwrap());
            assert_eq!(working[k], cal.is_working_day(date).unwrap());
        }
        let e = cal.add_working_days_many(&days, &[1, 2]).unwrap_err();
        assert_eq!(
            e,
            Error::LengthMismatch {
                expected: 30,
                found: 2
            }
        );
        assert_eq!(
            cal.add_working_days_many(&[], &[]).unwrap(),
            Vec::<i64>::new()
        );
    }

    /// The plain definition, one day at a time: the oracle for the tables.
    fn naive_add(cal: &WorkingCalendar, date: NaiveDate, n: i64) -> Option<NaiveDate> {
        let working = |x: NaiveDate| cal.is_working_day(x).ok();
        let mut cur = date;
        if n == 0 {
            while !working(cur)? {
                cur = cur.pred_opt()?;
            }
            return Some(cur);
        }
        let mut left = n.unsigned_abs();
        while left > 0 {
            cur = if n > 0 {
                cur.succ_opt()?
            } else {
                cur.pred_opt()?
            };
            if working(cur)? {
                left -= 1;
            }
        }
        Some(cur)
    }

    proptest! {
        #[test]
        fn tables_agree_with_day_by_day(offset in 0i64..1096, n in -300i64..300) {
            let cal = WorkingCalendar::indonesia();
            let date = d(2024, 1, 1) + chrono::Duration::days(offset);
            let fast = cal.add_working_days(date, n).ok();
            prop_assert_eq!(fast, naive_add(&cal, date, n));
            if let Some(r) = fast {
                if n > 0 {
                    prop_assert_eq!(cal.working_days_between(date, r).unwrap(), n);
                }
                prop_assert!(n == 0 || cal.is_working_day(r).unwrap());
            }
        }

        #[test]
        fn add_is_monotone_in_the_date(offset in 0i64..1000, later in 0i64..60, n in 1i64..80) {
            let cal = WorkingCalendar::indonesia();
            let a = d(2024, 1, 1) + chrono::Duration::days(offset);
            let b = a + chrono::Duration::days(later);
            if let (Ok(x), Ok(y)) = (cal.add_working_days(a, n), cal.add_working_days(b, n)) {
                prop_assert!(x <= y);
            }
        }
    }
}
