//! `validateReport`: the core's form validation for JS.

use lapor_core::{validate_report, Issue, ReportForm};
use serde_json::{json, Value};
use wasm_bindgen::prelude::*;

use crate::convert::{from_js, from_json, instant, is_object};
use crate::error::invalid_argument;

#[wasm_bindgen(typescript_custom_section)]
const TS_VALIDATE: &str = r#"
/** An attachment's metadata (the library never sees file contents). */
export interface AttachmentInput {
    name: string;
    media_type: string;
    size_bytes: number;
}

/**
 * A report form as the page collects it; every field may be omitted. Field names are the core's
 * JSON names (snake_case); `anonim` and `rahasia` are accepted for `anonymous` and
 * `confidential`. An unknown field is an error with code `json`.
 */
export interface ReportFormInput {
    kind?: "complaint" | "aspiration" | "information_request" | "whistleblowing" | null;
    title?: string;
    body?: string;
    incident_date?: string | null;
    location_text?: string | null;
    region_code?: string | null;
    latitude?: number | null;
    longitude?: number | null;
    category?: string | null;
    target_agency?: string | null;
    attachments?: AttachmentInput[];
    anonymous?: boolean;
    anonim?: boolean;
    confidential?: boolean;
    rahasia?: boolean;
    reporter_name?: string | null;
    reporter_nik?: string | null;
    reporter_phone?: string | null;
    reporter_email?: string | null;
}

/** One finding of `validateReport`. */
export interface ValidationIssue {
    /** `"error"` blocks submission, `"warning"` does not. */
    severity: "error" | "warning";
    /** Stable code, such as `title_required` or `pii_in_text_anonymous`. */
    code: string;
    /** The form field concerned: `title`, `attachments[1].media_type`… */
    field: string;
    /** Message in Bahasa Indonesia. */
    messageId: string;
    /** Message in English. */
    messageEn: string;
    /** For personal-data warnings: the kind's label (`"NIK"`, `"PHONE"`…), else `null`. */
    piiKind: PiiKindLabel | null;
}

/** The result of `validateReport`. */
export interface ValidationResult {
    /** No errors (warnings allowed). */
    valid: boolean;
    /** Findings that block submission, in field order. */
    errors: ValidationIssue[];
    /** Findings that do not. */
    warnings: ValidationIssue[];
}
"#;

fn issue_json(i: &Issue) -> Value {
    json!({
        "severity": i.severity,
        "code": i.code,
        "field": i.field,
        "messageId": i.message_id,
        "messageEn": i.message_en,
        "piiKind": i.pii_kind.map(|k| k.as_str()),
    })
}

/// Checks a report form (a plain object, see `ReportFormInput`) at the instant `now` (a `Date`;
/// the current time when omitted). Never throws for what the citizen typed: every problem is an
/// issue. Throws a `LaporError` with code `json` (unknown field, wrong type: `path` names it)
/// or `invalid_argument` (not an object, `now` not a valid `Date`).
#[wasm_bindgen(js_name = validateReport, unchecked_return_type = "ValidationResult")]
pub fn validate_report_js(
    #[wasm_bindgen(unchecked_param_type = "ReportFormInput")] form: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Date")] now: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    if !is_object(&form) {
        return Err(invalid_argument(
            "validateReport expects the form as a plain object",
        ));
    }
    let form: ReportForm = from_js(&form, "report form")?;
    let now = match now {
        Some(v) if !v.is_undefined() => instant(&v, "now")?,
        // The binding reads the clock; the core never does.
        _ => instant(&js_sys::Date::new_0().into(), "now")?,
    };
    let v = validate_report(&form, now);
    let out = json!({
        "valid": v.is_valid(),
        "errors": v.errors().map(issue_json).collect::<Vec<_>>(),
        "warnings": v.warnings().map(issue_json).collect::<Vec<_>>(),
    });
    Ok(from_json(&out.to_string()))
}
