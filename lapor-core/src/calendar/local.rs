//! Local days off: an agency's own closures (inherited by its units) and a region's (a regional
//! decree, Bali's Nyepi and Galungan closures), on top of the national calendar.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Holiday, HolidayKind, WorkingCalendar};
use crate::agency::{AgencyDirectory, AgencyId};
use crate::error::Result;
use crate::region::RegionCode;

/// A day off of one agency (in the directory JSON, an agency's `"days_off"`), inherited by its
/// units.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DayOff {
    /// The date (in the agency's own zone).
    #[serde(deserialize_with = "crate::instant::date")]
    pub date: NaiveDate,
    /// What the day is, such as `"Hari Raya Galungan"`.
    pub name: String,
}

/// Whom a [`ScopedDayOff`] of a policy applies to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum DayOffScope {
    /// An agency and every unit below it: `{"agency": "pemprov-bali"}`.
    Agency(AgencyId),
    /// Every agency that serves a region within this one: `{"region": "51"}`.
    Region(RegionCode),
}

/// A day off declared in an [`SlaPolicy`](crate::SlaPolicy) (its `"days_off"`):
/// `{"scope": {"region": "51"}, "date": "2026-03-25", "name": "Hari Raya Galungan"}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScopedDayOff {
    /// The agency (with its units) or the region.
    pub scope: DayOffScope,
    /// The date.
    #[serde(deserialize_with = "crate::instant::date")]
    pub date: NaiveDate,
    /// What the day is.
    pub name: String,
}

/// The working calendar of every agency that has local days off: the national calendar plus
/// the days off of the agency, of its ancestors in the directory, of policy entries for any of
/// them, and of policy entries for a region the agency serves. Agencies without local days off
/// use the national calendar. Built once per directory, national calendar and policy; a case's
/// deadlines then use the calendar of the agency holding it ([`crate::Context::with_local`]).
///
/// Days off outside the national calendar's years are left out (a deadline that reaches those
/// years fails with [`Error::CalendarRange`](crate::Error::CalendarRange) anyway).
///
/// ```
/// use lapor_core::{AgencyDirectory, LocalCalendars, SlaPolicy, WorkingCalendar};
/// let dir = AgencyDirectory::from_json(r#"[
///   {"id": "kemenpanrb", "name": "KemenPANRB", "level": "national"},
///   {"id": "pemprov-bali", "name": "Pemprov Bali", "level": "province", "parent": "kemenpanrb",
///    "regions": ["51"], "days_off": [{"date": "2026-03-25", "name": "Hari Raya Galungan"}]},
///   {"id": "dinkes-bali", "name": "Dinkes Bali", "level": "opd", "parent": "pemprov-bali"}
/// ]"#)?;
/// let national = WorkingCalendar::indonesia();
/// let local = LocalCalendars::new(&national, &dir, &SlaPolicy::default())?;
/// let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 25).unwrap();
/// assert!(!local.calendar(&"dinkes-bali".into()).unwrap().is_working_day(day)?);
/// assert!(local.calendar(&"kemenpanrb".into()).is_none());
/// # Ok::<(), lapor_core::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct LocalCalendars {
    by_agency: HashMap<AgencyId, Arc<WorkingCalendar>>,
}

impl LocalCalendars {
    /// Builds the calendars of the agencies of `directory` that have local days off.
    ///
    /// Errors: [`Error::UnknownAgency`](crate::Error::UnknownAgency) for a policy entry naming an
    /// agency the directory does not hold.
    pub fn new(
        national: &WorkingCalendar,
        directory: &AgencyDirectory,
        policy: &crate::SlaPolicy,
    ) -> Result<LocalCalendars> {
        for entry in &policy.days_off {
            if let DayOffScope::Agency(a) = &entry.scope {
                directory.get(a)?;
            }
        }
        let mut shared: HashMap<Vec<DayOff>, Arc<WorkingCalendar>> = HashMap::new();
        let mut by_agency = HashMap::new();
        if !directory.has_days_off() && policy.days_off.is_empty() {
            return Ok(LocalCalendars { by_agency });
        }
        for agency in directory.iter() {
            let days = days_off_of(national, directory, policy, &agency.id)?;
            if days.is_empty() {
                continue;
            }
            let cal = match shared.get(&days) {
                Some(c) => c.clone(),
                None => {
                    let c = Arc::new(with_days(national, &days)?);
                    shared.insert(days, c.clone());
                    c
                }
            };
            by_agency.insert(agency.id.clone(), cal);
        }
        Ok(LocalCalendars { by_agency })
    }

    /// The calendar of `agency`, if it has local days off (else the national one applies).
    pub fn calendar(&self, agency: &AgencyId) -> Option<&WorkingCalendar> {
        self.by_agency.get(agency).map(|c| &**c)
    }

    /// Whether no agency has local days off.
    pub fn is_empty(&self) -> bool {
        self.by_agency.is_empty()
    }
}

/// The local days off that apply to `agency` (sorted, without repeats), within the national
/// calendar's years.
pub(crate) fn days_off_of(
    national: &WorkingCalendar,
    directory: &AgencyDirectory,
    policy: &crate::SlaPolicy,
    agency: &AgencyId,
) -> Result<Vec<DayOff>> {
    let line = directory.lineage(agency)?;
    let regions = directory.regions(agency)?;
    let mut days: Vec<DayOff> = line
        .iter()
        .flat_map(|a| a.days_off.iter().cloned())
        .collect();
    for entry in &policy.days_off {
        let applies = match &entry.scope {
            DayOffScope::Agency(a) => line.iter().any(|x| &x.id == a),
            DayOffScope::Region(r) => regions.iter().any(|mine| mine.is_within(r)),
        };
        if applies {
            days.push(DayOff {
                date: entry.date,
                name: entry.name.clone(),
            });
        }
    }
    days.retain(|d| national.covers(d.date));
    days.sort();
    days.dedup();
    Ok(days)
}

/// The national calendar with `days` off as local holidays.
pub(crate) fn with_days(national: &WorkingCalendar, days: &[DayOff]) -> Result<WorkingCalendar> {
    national.clone().with_holidays(
        days.iter()
            .map(|d| Holiday::new(d.date, HolidayKind::Local, d.name.clone())),
    )
}
