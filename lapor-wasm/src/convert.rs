//! Pure translations between JS values and core values: instants (`Date`), dates
//! (`"YYYY-MM-DD"`), whole numbers, plain objects (through JSON), and UTF-8 byte offsets to
//! UTF-16 code units. No behaviour of the library lives here.

use chrono::{DateTime, NaiveDate, Utc};
use lapor_core::Error as CoreError;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::error::{invalid_argument, to_js};

/// A JS `Date` as an instant; `what` names the argument in the error.
pub fn instant(value: &JsValue, what: &str) -> Result<DateTime<Utc>, JsValue> {
    let date = value
        .dyn_ref::<js_sys::Date>()
        .ok_or_else(|| invalid_argument(&format!("{what} must be a Date")))?;
    let ms = date.get_time();
    if !ms.is_finite() {
        return Err(invalid_argument(&format!("{what} is an invalid Date")));
    }
    // Date's range (±8.64e15 ms) lies inside chrono's.
    DateTime::from_timestamp_millis(ms as i64)
        .ok_or_else(|| invalid_argument(&format!("{what} is out of range")))
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
        .ok_or_else(|| invalid_argument(&format!("{what} must be a string \"YYYY-MM-DD\"")))?;
    lapor_core::parse_date(&s).map_err(|e| to_js(&e))
}

/// A whole JS number (a safe integer).
pub fn integer(value: &JsValue, what: &str) -> Result<i64, JsValue> {
    const SAFE: f64 = 9_007_199_254_740_991.0;
    match value.as_f64() {
        Some(n) if n.fract() == 0.0 && n.abs() <= SAFE => Ok(n as i64),
        _ => Err(invalid_argument(&format!("{what} must be a whole number"))),
    }
}

/// Whether `value` is a plain object (not `null`, not an array, not a function).
pub fn is_object(value: &JsValue) -> bool {
    value.is_object() && !js_sys::Array::is_array(value) && !value.is_function()
}

/// `JSON.stringify(value)`. Values JSON cannot hold (BigInt, cycles) are an `invalid_argument`.
pub fn to_json(value: &JsValue, what: &str) -> Result<String, JsValue> {
    js_sys::JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| invalid_argument(&format!("{what} cannot be read as JSON")))
}

/// The path (`latitude`, `attachments[0].size_bytes`) of the first `NaN` or `±Infinity` in a
/// plain object or array: JSON would silently turn it into `null`.
fn non_finite(value: &JsValue, path: &str, depth: usize) -> Option<String> {
    if let Some(n) = value.as_f64() {
        return (!n.is_finite()).then(|| path.to_owned());
    }
    if depth > 32 {
        return None;
    }
    if js_sys::Array::is_array(value) {
        let items = js_sys::Array::from(value);
        return (0..items.length())
            .find_map(|i| non_finite(&items.get(i), &format!("{path}[{i}]"), depth + 1));
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
            non_finite(&entry.get(1), &path, depth + 1)
        });
    }
    None
}

/// `JSON.parse(json)` of JSON this crate produced.
pub fn from_json(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap_or(JsValue::NULL)
}

/// Reads `T` from a JS value through JSON; a mismatch is the core's `json` error naming the
/// offending field's path.
pub fn from_js<T: serde::de::DeserializeOwned>(
    value: &JsValue,
    target: &'static str,
) -> Result<T, JsValue> {
    if let Some(path) = non_finite(value, ".", 0) {
        return Err(to_js(&CoreError::Json {
            target,
            path,
            line: 1,
            column: 1,
            message: "NaN and Infinity are not numbers JSON can hold".into(),
        }));
    }
    let json = to_json(value, target)?;
    let mut de = serde_json::Deserializer::from_str(&json);
    serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        to_js(&CoreError::json(target, path, e.inner()))
    })
}

/// Converts sorted UTF-8 byte offsets of `text` to UTF-16 code-unit offsets in one pass.
///
/// `offsets` must be non-decreasing and on `char` boundaries (the core's spans are); an offset
/// inside a character maps to the start of the next one.
pub fn utf16_offsets(text: &str, offsets: &[usize]) -> Vec<u32> {
    let mut out = Vec::with_capacity(offsets.len());
    let mut chars = text.char_indices().peekable();
    let mut units: u32 = 0;
    for &target in offsets {
        while let Some(&(at, c)) = chars.peek() {
            if at >= target {
                break;
            }
            units += c.len_utf16() as u32;
            chars.next();
        }
        out.push(units);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::utf16_offsets;

    #[test]
    fn offsets() {
        let text = "😀 NIK é 1";
        // bytes: 😀=0..4, ' '=4, N=5, I=6, K=7, ' '=8, é=9..11, ' '=11, 1=12, end=13
        assert_eq!(
            utf16_offsets(text, &[0, 4, 5, 8, 9, 11, 12, 13]),
            [0, 2, 3, 6, 7, 8, 9, 10]
        );
        assert_eq!(utf16_offsets("", &[0, 0]), [0, 0]);
        let s = "a😀b";
        let b = s.find('b').unwrap();
        assert_eq!(utf16_offsets(s, &[b, s.len()]), [3, 4]);
    }
}
