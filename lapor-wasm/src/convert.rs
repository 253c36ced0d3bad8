//! Pure translations between JS values and core values: instants (`Date`), dates
//! (`"YYYY-MM-DD"`), whole numbers and plain objects (through JSON). No behaviour of the library
//! lives here.

use chrono::{DateTime, NaiveDate, Utc};
use lapor_core::Error as CoreError;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::error::{to_js, wrong_argument};

/// A JS `Date` as an instant; `what` names the argument in the error.
pub fn instant(value: &JsValue, what: &str) -> Result<DateTime<Utc>, JsValue> {
    let date = value
        .dyn_ref::<js_sys::Date>()
        .ok_or_else(|| wrong_argument(what, "a Date"))?;
    let ms = date.get_time();
    if !ms.is_finite() {
        return Err(wrong_argument(what, "a valid Date (not an Invalid Date)"));
    }
    // Date's range (±8.64e15 ms) lies inside chrono's.
    DateTime::from_timestamp_millis(ms as i64)
        .ok_or_else(|| wrong_argument(what, "a Date within chrono's range"))
}

/// An instant as a JS `Date`.
pub fn date_value(t: DateTime<Utc>) -> js_sys::Date {
    js_sys::Date::new(&JsValue::from_f64(t.timestamp_millis() as f64))
}

/// A calendar date written `YYYY-MM-DD`, read by the core's one strict parser (as in every
/// binding): a string of another shape or a day that does not exist is the core's
/// `invalid_date` (whose message never quotes the text); a non-string is `invalid_argument`.
pub fn naive_date(value: &JsValue, what: &str) -> Result<NaiveDate, JsValue> {
    let s = value
        .as_string()
        .ok_or_else(|| wrong_argument(what, "a string \"YYYY-MM-DD\""))?;
    lapor_core::parse_date(&s).map_err(|e| to_js(&e))
}

/// A whole JS number (a safe integer).
pub fn integer(value: &JsValue, what: &str) -> Result<i64, JsValue> {
    const SAFE: f64 = 9_007_199_254_740_991.0;
    match value.as_f64() {
        Some(n) if n.fract() == 0.0 && n.abs() <= SAFE => Ok(n as i64),
        _ => Err(wrong_argument(what, "a whole number")),
    }
}

/// Whether `value` is a plain object: `{…}`, `Object.create(null)` or an object parsed from
/// JSON, from any realm (its prototype is `null` or a prototype whose own prototype is `null`).
/// Not `null`, an array, a function, nor a `Map`, `Set`, `Date` or class instance, which
/// `JSON.stringify` would silently turn into `{}` or a string.
pub fn is_object(value: &JsValue) -> bool {
    if !value.is_object() || js_sys::Array::is_array(value) {
        return false;
    }
    let proto = js_sys::Object::get_prototype_of(value);
    proto.is_null() || js_sys::Object::get_prototype_of(&proto).is_null()
}

/// `JSON.stringify(value)`. Values JSON cannot hold (BigInt, cycles) are an `invalid_argument`.
pub fn to_json(value: &JsValue, what: &str) -> Result<String, JsValue> {
    js_sys::JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| wrong_argument(what, "a value JSON can hold (no BigInt, no cycle)"))
}

/// The path (`latitude`, `attachments[0].size_bytes`) and the reason of the first value inside
/// a plain object or array that JSON would silently change: `NaN` or `±Infinity` (to `null`),
/// a `Map`, `Set`, `Date` or class instance (to `{}` or a string).
fn unrepresentable(value: &JsValue, path: &str, depth: usize) -> Option<(String, &'static str)> {
    if let Some(n) = value.as_f64() {
        return (!n.is_finite()).then(|| {
            (
                path.to_owned(),
                "NaN and Infinity are not numbers JSON can hold",
            )
        });
    }
    if depth > 32 {
        return None;
    }
    if js_sys::Array::is_array(value) {
        let items = js_sys::Array::from(value);
        return (0..items.length())
            .find_map(|i| unrepresentable(&items.get(i), &format!("{path}[{i}]"), depth + 1));
    }
    if is_object(value) {
        let entries = js_sys::Object::entries(value.unchecked_ref::<js_sys::Object>());
        return entries.iter().find_map(|entry| {
            let entry = js_sys::Array::from(&entry);
            let key = entry.get(0).as_string().unwrap_or_default();
            let path = if path == "." {
                key
            } else {
                format!("{path}.{key}")
            };
            unrepresentable(&entry.get(1), &path, depth + 1)
        });
    }
    value.is_object().then(|| {
        (
            path.to_owned(),
            "a Map, Set, Date or class instance is not a JSON value: give a plain object, array, string or number",
        )
    })
}

/// `JSON.parse(json)` of JSON this crate produced.
pub fn from_json(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap_or(JsValue::NULL)
}

/// Reads `T` from a JS value through JSON; a mismatch is the core's `json` error naming the
/// offending field's path. A value JSON would silently change (`NaN`, a nested `Map` or
/// `Date`…) is a `json` error naming its path too; an object at the top that is not a plain
/// object (a `Map`, a class instance) is `invalid_argument`.
pub fn from_js<T: serde::de::DeserializeOwned>(
    value: &JsValue,
    target: &'static str,
) -> Result<T, JsValue> {
    if value.is_object() && !js_sys::Array::is_array(value) && !is_object(value) {
        return Err(wrong_argument(
            target,
            "a plain object (not a Map, Set, Date or class instance)",
        ));
    }
    if let Some((path, message)) = unrepresentable(value, ".", 0) {
        return Err(to_js(&CoreError::Json {
            target,
            path,
            line: 1,
            column: 1,
            message: message.into(),
        }));
    }
    let json = to_json(value, target)?;
    let mut de = serde_json::Deserializer::from_str(&json);
    serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        to_js(&CoreError::json(target, path, e.inner()))
    })
}
