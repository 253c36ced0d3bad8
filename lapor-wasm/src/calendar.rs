//! `WorkingCalendar` and `deadline` for JS. Calendar dates are `"YYYY-MM-DD"` strings (a day,
//! not an instant); instants are `Date`s.

use lapor_core::{
    Budget, Error as CoreError, Holiday, Interval, TimeZone, WorkingCalendar as CoreCalendar,
};
use wasm_bindgen::prelude::*;

use crate::convert::{
    date_value, from_js, from_json, instant, integer, is_object, naive_date, to_json,
};
use crate::error::{to_js, wrong_argument};

#[wasm_bindgen(typescript_custom_section)]
const TS_CALENDAR: &str = r#"
/** A day off: `date` is `"YYYY-MM-DD"`. */
export interface HolidayInput {
    date: string;
    kind: "national" | "cuti_bersama" | "election" | "local";
    name: string;
}

/** A deadline budget: exactly one of the three units, a whole number >= 0 (the core's JSON form,
 * the same in every binding). Over ten years (2,600 working days, 22,100 working hours or 3,660
 * calendar days) is the error `budget_too_large`; another shape (two units, a negative or
 * fractional amount, an unknown field) is the error `json`. */
export type Budget =
    | { working_days: number; working_hours?: never; calendar_days?: never }
    | { working_hours: number; working_days?: never; calendar_days?: never }
    | { calendar_days: number; working_days?: never; working_hours?: never };

/** `N` when it is a whole number >= 0 written as a literal, else `never`; `number` itself (a
 * variable) passes: the run time checks it (error `json`). */
export type WholeNumber<N extends number> = number extends N
    ? N
    : `${N}` extends `-${string}` | `${string}.${string}` | `${string}e${string}` | "NaN" | "Infinity"
      ? never
      : N;

/** What TypeScript's structural typing lets through and the run time refuses with `json`: an
 * unknown field beside the unit (also in a variable), and a negative or fractional literal
 * amount. `deadline` checks its argument `B` with it. */
export type BudgetCheck<B> =
    & { [K in Exclude<keyof B, "working_days" | "working_hours" | "calendar_days">]: never }
    & { [K in keyof B]: B[K] extends number ? WholeNumber<B[K]> : B[K] };

/** A clock pause `[start, end)`. */
export type Pause = [Date, Date] | { start: Date; end: Date };

/** A deadline; `provisional` when it depends on a projected year of the calendar (its holidays
 * are estimates, so a decree may still move it). */
export interface Deadline {
    due: Date;
    provisional: boolean;
}

/** The three Indonesian time zones and their IANA names. */
export type ZoneName =
    | "WIB" | "WITA" | "WIT"
    | "Asia/Jakarta" | "Asia/Pontianak" | "Asia/Makassar" | "Asia/Jayapura";

/** A time zone as `deadline` reads it: a `ZoneName` as written, in lower case or in upper case
 * (the run time ignores case and spaces around the name altogether); another name is the error
 * `unknown_name`. */
export type Zone = ZoneName | Lowercase<ZoneName> | Uppercase<ZoneName>;

/**
 * When `budget`, started at `start`, runs out for an agency in `zone`, with the clock stopped
 * during `pauses`, on `WorkingCalendar.indonesia()`, as `{due, provisional}`. Throws
 * `invalid_argument`, `json` or `budget_too_large` (budget), `unknown_name` (zone),
 * `invalid_interval` (a pause ending before it starts) or `calendar_range`.
 */
export function deadline<const B extends Budget>(
    start: Date,
    budget: B & BudgetCheck<B>,
    zone: Zone,
    pauses?: Pause[] | null,
): Deadline;

export interface WorkingCalendar {
    /**
     * When `budget`, started at `start`, runs out for an agency in `zone`, with the clock
     * stopped during `pauses`, as `{due, provisional}`. Throws `invalid_argument`, `json` or
     * `budget_too_large` (budget), `unknown_name` (zone), `invalid_interval` (a pause ending
     * before it starts) or `calendar_range`.
     */
    deadline<const B extends Budget>(
        start: Date,
        budget: B & BudgetCheck<B>,
        zone: Zone,
        pauses?: Pause[] | null,
    ): Deadline;
}
"#;

/// A working-day calendar (weekends and the listed holidays are off), covering a range of years.
/// Dates are `"YYYY-MM-DD"` strings; a date outside the covered years throws a `LaporError`
/// with code `calendar_range`.
#[wasm_bindgen]
pub struct WorkingCalendar(CoreCalendar);

#[wasm_bindgen]
impl WorkingCalendar {
    /// Not a way to make a calendar: throws `invalid_argument` naming the ones there are
    /// (`WorkingCalendar.indonesia()`, `WorkingCalendar.indonesiaOfficial()`,
    /// `WorkingCalendar.fromJson(text)`). Without it, JS's `new WorkingCalendar()` would give an
    /// object with no calendar behind it; its parameter of type `never` makes TypeScript refuse
    /// the call too.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "never")] use_indonesia_or_from_json: JsValue,
    ) -> Result<WorkingCalendar, JsValue> {
        drop(use_indonesia_or_from_json);
        Err(wrong_argument(
            "new WorkingCalendar()",
            "WorkingCalendar.indonesia(), WorkingCalendar.indonesiaOfficial() or WorkingCalendar.fromJson(text) instead",
        ))
    }

    /// Indonesia's national calendar: official years 2024–2027 (holidays, cuti bersama,
    /// election days), then projected years 2028–2040 whose answers are provisional.
    pub fn indonesia() -> WorkingCalendar {
        WorkingCalendar(CoreCalendar::indonesia())
    }

    /// Indonesia's official years only (2024–2027): beyond them, `calendar_range`.
    #[wasm_bindgen(js_name = indonesiaOfficial)]
    pub fn indonesia_official() -> WorkingCalendar {
        WorkingCalendar(CoreCalendar::indonesia_official())
    }

    /// Loads official data for new years over the projected ones, from JSON text
    /// `{"years": [{"year": 2028, "source": "SKB …", "holidays": [{date, kind, name}]}]}`.
    /// Throws `json` or `calendar_entry` (a year given twice or already official, not adjacent,
    /// without a source, or a date outside its year); nothing changes then.
    #[wasm_bindgen(js_name = loadOfficialYears)]
    pub fn load_official_years(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string")] json: JsValue,
    ) -> Result<(), JsValue> {
        let json = json
            .as_string()
            .ok_or_else(|| wrong_argument("json", "a string of JSON"))?;
        self.0.load_official_years(&json).map_err(|e| to_js(&e))
    }

    /// The covered years whose holidays are projected.
    #[wasm_bindgen(getter, js_name = projectedYears)]
    pub fn projected_years(&self) -> Vec<i32> {
        self.0.projected_years().to_vec()
    }

    /// Whether `date` lies in a projected year.
    #[wasm_bindgen(js_name = isProjected)]
    pub fn is_projected(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] date: JsValue,
    ) -> Result<bool, JsValue> {
        Ok(self.0.is_projected(naive_date(&date, "date")?))
    }

    /// Reads a calendar from JSON text (`{"name", "years", "holidays"}`, as `toJson` writes).
    /// Throws `json` or `calendar_years` / `calendar_range`.
    #[wasm_bindgen(js_name = fromJson)]
    pub fn from_json(
        #[wasm_bindgen(unchecked_param_type = "string")] json: JsValue,
    ) -> Result<WorkingCalendar, JsValue> {
        let json = json
            .as_string()
            .ok_or_else(|| wrong_argument("json", "a string of JSON"))?;
        CoreCalendar::from_json(&json)
            .map(WorkingCalendar)
            .map_err(|e| to_js(&e))
    }

    /// The calendar as JSON text.
    #[wasm_bindgen(js_name = toJson)]
    pub fn to_json(&self) -> String {
        self.0.to_json()
    }

    /// The calendar's name.
    #[wasm_bindgen(getter)]
    pub fn name(&self) -> String {
        self.0.name().into()
    }

    /// The first year covered.
    #[wasm_bindgen(getter, js_name = firstYear)]
    pub fn first_year(&self) -> i32 {
        *self.0.years().start()
    }

    /// The last year covered.
    #[wasm_bindgen(getter, js_name = lastYear)]
    pub fn last_year(&self) -> i32 {
        *self.0.years().end()
    }

    /// Every holiday, sorted by date.
    #[wasm_bindgen(unchecked_return_type = "HolidayInput[]")]
    pub fn holidays(&self) -> JsValue {
        from_json(&serde_json::to_string(self.0.holidays()).unwrap_or_default())
    }

    /// Adds holidays (local closures, late decrees). Throws `json` for a malformed list and
    /// `calendar_range` for a date outside the covered years (nothing is added then).
    #[wasm_bindgen(js_name = addHolidays)]
    pub fn add_holidays(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "HolidayInput[]")] holidays: JsValue,
    ) -> Result<(), JsValue> {
        if !js_sys::Array::is_array(&holidays) {
            return Err(wrong_argument("holidays", "an array of {date, kind, name}"));
        }
        let holidays: Vec<Holiday> = from_js(&holidays, "holidays")?;
        self.0.add_holidays(holidays).map_err(|e| to_js(&e))
    }

    /// Whether `date` is a working day.
    #[wasm_bindgen(js_name = isWorkingDay)]
    pub fn is_working_day(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] date: JsValue,
    ) -> Result<bool, JsValue> {
        self.0
            .is_working_day(naive_date(&date, "date")?)
            .map_err(|e| to_js(&e))
    }

    /// The n-th working day strictly after `date` (before it for negative `n`; `date` itself,
    /// or the working day before it, for 0), as `"YYYY-MM-DD"`.
    #[wasm_bindgen(js_name = addWorkingDays)]
    pub fn add_working_days(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] date: JsValue,
        #[wasm_bindgen(unchecked_param_type = "number")] n: JsValue,
    ) -> Result<String, JsValue> {
        let date = naive_date(&date, "date")?;
        let n = integer(&n, "n")?;
        self.0
            .add_working_days(date, n)
            .map(|d| d.to_string())
            .map_err(|e| to_js(&e))
    }

    /// The number of working days in `(a, b]` (negative when `b` is before `a`).
    #[wasm_bindgen(js_name = workingDaysBetween)]
    pub fn working_days_between(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] a: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] b: JsValue,
    ) -> Result<f64, JsValue> {
        let (a, b) = (naive_date(&a, "a")?, naive_date(&b, "b")?);
        self.0
            .working_days_between(a, b)
            .map(|n| n as f64)
            .map_err(|e| to_js(&e))
    }

    /// When `budget`, started at `start`, runs out for an agency in `zone`, with the clock
    /// stopped during `pauses`, as `{due, provisional}`. Throws `invalid_argument`,
    /// `unknown_name` (zone), `invalid_interval` (a pause ending before it starts) or
    /// `calendar_range`. (Its TypeScript declaration is written by hand, generic to check the
    /// budget: `interface WorkingCalendar` above.)
    #[wasm_bindgen(skip_typescript)]
    pub fn deadline(
        &self,
        start: JsValue,
        budget: JsValue,
        zone: JsValue,
        pauses: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        let start = instant(&start, "start")?;
        let budget = read_budget(&budget)?;
        let zone: TimeZone = zone
            .as_string()
            .ok_or_else(|| wrong_argument("zone", "a string: \"WIB\", \"WITA\", \"WIT\" or an IANA name such as \"Asia/Makassar\""))?
            .parse()
            .map_err(|e: CoreError| to_js(&e))?;
        let pauses = read_pauses(pauses)?;
        let d = self
            .0
            .deadline_detail(start, budget, zone, &pauses)
            .map_err(|e| to_js(&e))?;
        let out = js_sys::Object::new();
        // Setting a property of a fresh plain object cannot fail.
        let _ = js_sys::Reflect::set(&out, &"due".into(), &date_value(d.due).into());
        let _ = js_sys::Reflect::set(&out, &"provisional".into(), &d.provisional.into());
        Ok(out.into())
    }
}

/// [`WorkingCalendar::deadline`] on `WorkingCalendar.indonesia()` (its TypeScript declaration
/// is written by hand above).
#[wasm_bindgen(skip_typescript)]
pub fn deadline(
    start: JsValue,
    budget: JsValue,
    zone: JsValue,
    pauses: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    thread_local! {
        static INDONESIA: WorkingCalendar = WorkingCalendar::indonesia();
    }
    INDONESIA.with(|cal| cal.deadline(start, budget, zone, pauses))
}

fn read_budget(value: &JsValue) -> Result<Budget, JsValue> {
    if !is_object(value) {
        return Err(wrong_argument(
            "budget",
            "a plain object {working_days: n}, {working_hours: n} or {calendar_days: n}",
        ));
    }
    Budget::from_json(&to_json(value, "budget")?).map_err(|e| to_js(&e))
}

fn read_pauses(pauses: Option<JsValue>) -> Result<Vec<Interval>, JsValue> {
    let Some(pauses) = pauses.filter(|p| !p.is_undefined() && !p.is_null()) else {
        return Ok(Vec::new());
    };
    let bad = || wrong_argument("pauses", "an array of [start, end] or {start, end} Dates");
    if !js_sys::Array::is_array(&pauses) {
        return Err(bad());
    }
    js_sys::Array::from(&pauses)
        .iter()
        .map(|p| {
            let (a, b) = if js_sys::Array::is_array(&p) {
                let p = js_sys::Array::from(&p);
                if p.length() != 2 {
                    return Err(bad());
                }
                (p.get(0), p.get(1))
            } else if is_object(&p) {
                let get = |k: &str| js_sys::Reflect::get(&p, &k.into()).unwrap_or_default();
                (get("start"), get("end"))
            } else {
                return Err(bad());
            };
            let (a, b) = (instant(&a, "pause start")?, instant(&b, "pause end")?);
            Interval::new(a, b).map_err(|e| to_js(&e))
        })
        .collect()
}
