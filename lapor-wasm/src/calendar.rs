//! `WorkingCalendar` and `deadline` for JS. Calendar dates are `"YYYY-MM-DD"` strings (a day,
//! not an instant); instants are `Date`s.

use lapor_core::{
    Budget, Error as CoreError, Holiday, Interval, TimeZone, WorkingCalendar as CoreCalendar,
};
use wasm_bindgen::prelude::*;

use crate::convert::{date_value, from_js, from_json, instant, integer, is_object, naive_date};
use crate::error::{invalid_argument, to_js};

#[wasm_bindgen(typescript_custom_section)]
const TS_CALENDAR: &str = r#"
/** A day off: `date` is `"YYYY-MM-DD"`. */
export interface HolidayInput {
    date: string;
    kind: "national" | "cuti_bersama" | "election" | "local";
    name: string;
}

/** A deadline budget: exactly one of the three. */
export type Budget =
    | { workingDays: number }
    | { workingHours: number }
    | { calendarDays: number };

/** A clock pause `[start, end)`. */
export type Pause = [Date, Date] | { start: Date; end: Date };

/** A deadline; `provisional` when it depends on a projected year of the calendar (its holidays
 * are estimates, so a decree may still move it). */
export interface Deadline {
    due: Date;
    provisional: boolean;
}

/** The three Indonesian time zones (case-insensitive; IANA names are accepted too). */
export type Zone = "WIB" | "WITA" | "WIT" | "wib" | "wita" | "wit";
"#;

/// A working-day calendar (weekends and the listed holidays are off), covering a range of years.
/// Dates are `"YYYY-MM-DD"` strings; a date outside the covered years throws a `LaporError`
/// with code `calendar_range`.
#[wasm_bindgen]
pub struct WorkingCalendar(CoreCalendar);

#[wasm_bindgen]
impl WorkingCalendar {
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
            .ok_or_else(|| invalid_argument("loadOfficialYears expects a string"))?;
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
            .ok_or_else(|| invalid_argument("WorkingCalendar.fromJson expects a string"))?;
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
            return Err(invalid_argument("addHolidays expects an array of holidays"));
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
    /// `calendar_range`.
    #[wasm_bindgen(unchecked_return_type = "Deadline")]
    pub fn deadline(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Date")] start: JsValue,
        #[wasm_bindgen(unchecked_param_type = "Budget")] budget: JsValue,
        #[wasm_bindgen(unchecked_param_type = "Zone")] zone: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "Pause[]")] pauses: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        let start = instant(&start, "start")?;
        let budget = read_budget(&budget)?;
        let zone: TimeZone = zone
            .as_string()
            .ok_or_else(|| invalid_argument("zone must be \"WIB\", \"WITA\" or \"WIT\""))?
            .parse()
            .map_err(|e: CoreError| to_js(&e))?;
        let pauses = read_pauses(pauses)?;
        let d = self
            .0
            .deadline_detail(start, budget, zone, &pauses)
            .map_err(|e| to_js(&e))?;
        let out = js_sys::Object::new();
        let set = |k: &str, v: &JsValue| js_sys::Reflect::set(&out, &k.into(), v);
        set("due", &date_value(d.due).into())
            .and_then(|_| set("provisional", &d.provisional.into()))
            .map_err(|_| invalid_argument("could not build the deadline object"))?;
        Ok(out.into())
    }
}

/// [`WorkingCalendar::deadline`] on `WorkingCalendar.indonesia()`.
#[wasm_bindgen(unchecked_return_type = "Deadline")]
pub fn deadline(
    #[wasm_bindgen(unchecked_param_type = "Date")] start: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Budget")] budget: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Zone")] zone: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Pause[]")] pauses: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    thread_local! {
        static INDONESIA: WorkingCalendar = WorkingCalendar::indonesia();
    }
    INDONESIA.with(|cal| cal.deadline(start, budget, zone, pauses))
}

fn read_budget(value: &JsValue) -> Result<Budget, JsValue> {
    let bad = || {
        invalid_argument(
            "budget must be {workingDays: n}, {workingHours: n} or {calendarDays: n} with n a whole number >= 0",
        )
    };
    if !is_object(value) {
        return Err(bad());
    }
    let keys = js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>());
    if keys.length() != 1 {
        return Err(bad());
    }
    let key = keys.get(0).as_string().ok_or_else(bad)?;
    let n = js_sys::Reflect::get(value, &key.as_str().into()).map_err(|_| bad())?;
    let n = u32::try_from(integer(&n, "budget").map_err(|_| bad())?).map_err(|_| bad())?;
    match key.as_str() {
        "workingDays" => Ok(Budget::WorkingDays(n)),
        "workingHours" => Ok(Budget::WorkingHours(n)),
        "calendarDays" => Ok(Budget::CalendarDays(n)),
        _ => Err(bad()),
    }
}

fn read_pauses(pauses: Option<JsValue>) -> Result<Vec<Interval>, JsValue> {
    let Some(pauses) = pauses.filter(|p| !p.is_undefined() && !p.is_null()) else {
        return Ok(Vec::new());
    };
    let bad = || invalid_argument("pauses must be an array of [start, end] or {start, end} Dates");
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
