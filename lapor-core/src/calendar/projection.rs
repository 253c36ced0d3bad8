//! Projected years: Indonesia's national holidays built from rules where no decree exists yet.
//!
//! - Fixed dates: New Year (1 January), Labour Day (1 May), Pancasila Day (1 June),
//!   Independence Day (17 August), Christmas (25 December).
//! - From the Gregorian Easter computus: Good Friday (Easter − 2), Easter Sunday, Ascension
//!   (Easter + 39).
//! - The moving holidays of the Islamic, Chinese, Saka and Buddhist calendars (Isra Mikraj, Idul
//!   Fitri on two days, Idul Adha, Islamic New Year, Maulid, Imlek, Nyepi, Waisak) from the table
//!   in `projected.rs`, generated from the PyPI package `holidays`.
//!
//! No cuti bersama: the joint decree sets them each year, and guessing them would move
//! deadlines by days.

use chrono::{Duration, NaiveDate};

use super::projected;
use super::{Holiday, HolidayKind};

/// The fixed-date national holidays: (month, day, name).
const FIXED: &[(u32, u32, &str)] = &[
    (1, 1, "Tahun Baru Masehi"),
    (5, 1, "Hari Buruh Internasional"),
    (6, 1, "Hari Lahir Pancasila"),
    (8, 17, "Hari Kemerdekaan Republik Indonesia"),
    (12, 25, "Hari Raya Natal"),
];

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian computus, also
/// known as Meeus/Jones/Butcher).
pub(crate) fn easter(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// The projected national holidays of `year` (empty outside the table's years).
pub(super) fn projected_year(year: i32) -> Vec<Holiday> {
    if !(projected::FIRST..=projected::LAST).contains(&year) {
        return Vec::new();
    }
    let national = |date: NaiveDate, name: &str| {
        Holiday::new(date, HolidayKind::National, format!("{name} (proyeksi)"))
    };
    let mut out: Vec<Holiday> = FIXED
        .iter()
        .filter_map(|&(m, d, name)| NaiveDate::from_ymd_opt(year, m, d).map(|x| national(x, name)))
        .collect();
    if let Some(e) = easter(year) {
        out.push(national(e - Duration::days(2), "Wafat Yesus Kristus"));
        out.push(national(e, "Kebangkitan Yesus Kristus (Paskah)"));
        out.push(national(e + Duration::days(39), "Kenaikan Yesus Kristus"));
    }
    out.extend(
        projected::MOVING
            .iter()
            .filter(|r| r.0 == year)
            .filter_map(|&(y, m, d, name)| {
                NaiveDate::from_ymd_opt(y, m, d).map(|x| national(x, name))
            }),
    );
    out
}

/// Where the projection's moving dates come from.
pub(super) fn source() -> &'static str {
    projected::SOURCE
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn easter_matches_the_official_years() {
        // Easter Sunday in the SKB of 2024–2027, and two well-known far dates.
        for e in [
            d(2024, 3, 31),
            d(2025, 4, 20),
            d(2026, 4, 5),
            d(2027, 3, 28),
        ] {
            assert_eq!(easter(e.year()), Some(e));
        }
        assert_eq!(easter(2038), Some(d(2038, 4, 25)));
        assert_eq!(easter(2285), Some(d(2285, 3, 22)));
    }

    #[test]
    fn every_table_row_is_a_valid_date_of_a_projected_year() {
        for &(y, m, day, _) in projected::MOVING {
            assert!(
                NaiveDate::from_ymd_opt(y, m, day).is_some(),
                "{y}-{m}-{day}"
            );
            assert!((projected::FIRST..=projected::LAST).contains(&y));
        }
        for year in projected::FIRST..=projected::LAST {
            let days = projected_year(year);
            // 5 fixed + 3 Easter-based + 9 moving (Idul Fitri twice); a lunar holiday may fall
            // twice in a Gregorian year or not at all (Isra Mikraj, Idul Fitri around 2030–2033).
            assert!((15..=19).contains(&days.len()), "{year}: {}", days.len());
            assert!(days.iter().all(|h| h.date.year() == year));
        }
        assert!(projected_year(projected::LAST + 1).is_empty());
        assert_eq!(source(), projected::SOURCE);
    }
}
