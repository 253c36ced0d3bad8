//! `publicStatusLabel`.

use lapor_core::{Error as CoreError, Lang, Status};
use wasm_bindgen::prelude::*;

use crate::error::{to_js, wrong_argument};

#[wasm_bindgen(typescript_custom_section)]
const TS_STATUS: &str = r#"
/** A case status tag. */
export type StatusTag =
    | "submitted" | "postponed" | "disposed" | "in_progress" | "resolved" | "archived" | "deleted";

/** A language of messages: `"id"` (Bahasa Indonesia) or `"en"`. */
export type Lang = "id" | "en";
"#;

/// The label LAPOR! shows the public for a case status (`"in_progress"` → `"Proses"` in
/// Indonesian, `"In process"` in English); `lang` is `"id"` when omitted. Throws `unknown_name`
/// for an unknown status or language.
#[wasm_bindgen(js_name = publicStatusLabel)]
pub fn public_status_label(
    #[wasm_bindgen(unchecked_param_type = "StatusTag")] status: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Lang")] lang: Option<JsValue>,
) -> Result<String, JsValue> {
    let status = status
        .as_string()
        .ok_or_else(|| wrong_argument("status", "a status string (\"in_progress\"…)"))?;
    let status: Status = status.parse().map_err(|e: CoreError| to_js(&e))?;
    let lang = match lang.filter(|l| !l.is_undefined()) {
        None => Lang::Id,
        Some(l) => l
            .as_string()
            .ok_or_else(|| wrong_argument("lang", "\"id\" or \"en\""))?
            .parse()
            .map_err(|e: CoreError| to_js(&e))?,
    };
    Ok(status.public_label(lang).into())
}
