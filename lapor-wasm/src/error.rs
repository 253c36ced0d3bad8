//! Core errors as JS `Error` objects.
//!
//! Each error thrown to JS is an `Error` whose `name` is `"LaporError"`, `message` the English
//! message, and which carries `code` (stable, as in every binding), `category`, `messageId`
//! (Bahasa Indonesia), `messageEn` and the core error's fields in camelCase.

use lapor_core::{Error as CoreError, Lang};
use wasm_bindgen::prelude::*;

/// Converts a core error to a JS `Error` (see the module documentation).
pub fn to_js(e: &CoreError) -> JsValue {
    let err = js_sys::Error::new(&e.message(Lang::En));
    err.set_name("LaporError");
    let mut props = serde_json::Map::new();
    if let Ok(serde_json::Value::Object(fields)) = serde_json::from_str(&e.to_json()) {
        // `message` (a `json` error's detail, which `messageEn` holds) would replace the
        // Error's own message; every other field is copied.
        for (k, v) in fields.into_iter().filter(|(k, _)| k != "message") {
            props.insert(camel_case(&k), v);
        }
    }
    props.insert("category".into(), e.category().into());
    props.insert("messageId".into(), e.message(Lang::Id).into());
    props.insert("messageEn".into(), e.message(Lang::En).into());
    let json = serde_json::Value::Object(props).to_string();
    if let Ok(obj) = js_sys::JSON::parse(&json) {
        js_sys::Object::assign(err.as_ref(), &obj.into());
    }
    err.into()
}

/// The core's `invalid_argument` error (category `"parse"`, as in every binding) as a JS
/// `LaporError`: `argument` (its name: `form`, `start`, `zone`…) is not `expected` (what it must
/// be, in English: `a plain object`, `a Date`…). Neither ever holds the value given.
pub fn wrong_argument(argument: &str, expected: &str) -> JsValue {
    to_js(&CoreError::InvalidArgument {
        argument: argument.into(),
        expected: expected.into(),
    })
}

/// `snake_case` to `camelCase`.
pub fn camel_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut upper = false;
    for c in s.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn camel() {
        assert_eq!(super::camel_case("message_id"), "messageId");
        assert_eq!(super::camel_case("first_line"), "firstLine");
        assert_eq!(super::camel_case("code"), "code");
    }
}
