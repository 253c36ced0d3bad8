//! Runs `tests/vectors/calendar_numpy.json` (numpy's business-day arithmetic, see
//! `generate_calendar_numpy.py`) and `tests/vectors/deadlines.json` against
//! `lapor_core::WorkingCalendar::indonesia_official()` (the official years: the vectors expect
//! `calendar_range` beyond 2027).

use chrono::{DateTime, Duration, NaiveDate, Utc};
use lapor_core::{Budget, Interval, Roll, TimeZone, WorkingCalendar};
use serde::Deserialize;

#[derive(Deserialize)]
struct Numpy {
    base: NaiveDate,
    days: i64,
    holidays: Vec<NaiveDate>,
    n: Vec<i64>,
    working: Vec<u8>,
    backward: Vec<Vec<Option<i64>>>,
    forward: Vec<Vec<Option<i64>>>,
    between: Vec<[i64; 3]>,
}

#[test]
fn agrees_with_numpy_busday_offset() {
    let v: Numpy = lapor_tests::load("calendar_numpy.json");
    let cal = WorkingCalendar::indonesia_official();
    let date = |i: i64| v.base + Duration::days(i);
    // The built-in table is exactly the decrees' list (as transcribed in the generator).
    let ours: Vec<NaiveDate> = cal.holidays().iter().map(|h| h.date).collect();
    assert_eq!(ours, v.holidays);
    assert_eq!(v.days, 1461);
    let mut checked = 0;
    for i in 0..v.days {
        let d = date(i);
        let k = i as usize;
        assert_eq!(cal.is_working_day(d).unwrap(), v.working[k] == 1, "{d}");
        for (j, &n) in v.n.iter().enumerate() {
            for (roll, want) in [
                (Roll::Backward, v.backward[k][j]),
                (Roll::Forward, v.forward[k][j]),
            ] {
                let got = cal.busday_offset(d, n, roll);
                match want {
                    Some(off) => assert_eq!(got.unwrap(), date(off), "{d} {n} {roll:?}"),
                    None => assert_eq!(
                        got.unwrap_err().code(),
                        "calendar_range",
                        "{d} {n} {roll:?}"
                    ),
                }
                checked += 1;
            }
            // add_working_days: backward for n >= 0, forward for n < 0.
            let want = if n < 0 {
                v.forward[k][j]
            } else {
                v.backward[k][j]
            };
            let got = cal.add_working_days(d, n).ok();
            assert_eq!(got, want.map(date), "add_working_days({d}, {n})");
        }
    }
    assert_eq!(checked, 1461 * 14 * 2);
    for [a, b, count] in v.between {
        assert_eq!(
            cal.working_days_between(date(a), date(b)).unwrap(),
            count,
            "({a}, {b}]"
        );
    }
}

#[derive(Deserialize)]
struct Deadlines {
    cases: Vec<DeadlineCase>,
}

#[derive(Deserialize)]
struct DeadlineCase {
    name: String,
    start: DateTime<Utc>,
    budget: Budget,
    zone: TimeZone,
    #[serde(default)]
    pauses: Vec<[DateTime<Utc>; 2]>,
    deadline: Option<DateTime<Utc>>,
    #[serde(default)]
    error: Option<String>,
}

#[test]
fn deadline_vectors() {
    let v: Deadlines = lapor_tests::load("deadlines.json");
    let cal = WorkingCalendar::indonesia_official();
    assert!(v.cases.len() >= 10);
    for c in v.cases {
        let pauses: Vec<Interval> = c
            .pauses
            .iter()
            .map(|[a, b]| Interval::new(*a, *b).unwrap())
            .collect();
        let got = cal.deadline_with_pauses(c.start, c.budget, c.zone, &pauses);
        match (&c.deadline, &c.error) {
            (Some(want), None) => assert_eq!(&got.unwrap(), want, "{}", c.name),
            (None, Some(code)) => assert_eq!(got.unwrap_err().code(), code, "{}", c.name),
            _ => panic!("{}: a case has either a deadline or an error", c.name),
        }
    }
}
