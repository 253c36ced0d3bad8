//! `validateReport`: the core's form validation for JS.

use lapor_core::{validate_report, Issue, ReportForm};
use serde_json::{json, Value};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::convert::{from_js, from_json, instant, is_object};
use crate::error::wrong_argument;

#[wasm_bindgen(typescript_custom_section)]
const TS_VALIDATE: &str = r#"
/** An attachment's metadata (the library never sees file contents). `size_bytes` is a whole
 * number >= 0 (a negative or fractional one is the error `json`: a run-time check). */
export interface AttachmentInput {
    name: string;
    media_type: string;
    size_bytes: number;
}

/** The texts an HTML form sends for a yes/no field: yes is `"on"`, `"true"`, `"1"`, `"ya"`,
 * `"yes"`; no is `""`, `"off"`, `"false"`, `"0"`, `"tidak"`, `"no"`. */
export type FormBoolText =
    | "on" | "true" | "1" | "ya" | "yes"
    | "" | "off" | "false" | "0" | "tidak" | "no";

/** A yes/no field: a boolean, `1` or `0`, `null` (no), or one of the `FormBoolText`s in lower
 * case, upper case or capitalised (the run time also ignores the case of the other letters and
 * spaces around the text). Anything else is the error `json`. */
export type FormBool =
    | boolean | 0 | 1 | null
    | FormBoolText | Uppercase<FormBoolText> | Capitalize<FormBoolText>;

/** A number field: a number, `null` or `""` (none), or a text holding a number as people type
 * it (`"0.13"`, `"-0,5"` with a decimal comma, `".5"`): another text is the error `json` (a
 * run-time check). `NaN` and `±Infinity` are numbers too: the finding `coordinates_invalid`. */
export type FormNumber = number | string | null;

/** The kind of report: the core's names, or their Indonesian aliases. */
export type ReportKindInput =
    | "complaint" | "aspiration" | "information_request" | "whistleblowing"
    | "pengaduan" | "aspirasi" | "permintaan_informasi";

/**
 * A report form as the page collects it; every field may be omitted. Field names are the core's
 * JSON names (snake_case); `anonim` and `rahasia` are accepted for `anonymous` and
 * `confidential` (not both spellings at once). An unknown field is an error with code `json`.
 */
export interface ReportFormInput {
    kind?: ReportKindInput | null;
    title?: string;
    body?: string;
    incident_date?: string | null;
    location_text?: string | null;
    region_code?: string | null;
    latitude?: FormNumber;
    longitude?: FormNumber;
    category?: string | null;
    target_agency?: string | null;
    attachments?: AttachmentInput[];
    anonymous?: FormBool;
    anonim?: FormBool;
    confidential?: FormBool;
    rahasia?: FormBool;
    reporter_name?: string | null;
    reporter_nik?: string | null;
    reporter_phone?: string | null;
    reporter_email?: string | null;
}

/**
 * What TypeScript's structural typing lets through and the run time refuses with `json`: a
 * field the form does not have (also in a variable, not only in an object literal), such a
 * field in an attachment, and both spellings of one flag (`anonim` and `anonymous`, `rahasia`
 * and `confidential`). `validateReport` checks its argument `F` with it: each offending field
 * must be `never`.
 */
export type ReportFormCheck<F> =
    & { [K in Exclude<keyof F, keyof ReportFormInput>]: never }
    & (F extends { anonim: unknown; anonymous: unknown } ? { anonim: never } : unknown)
    & (F extends { rahasia: unknown; confidential: unknown } ? { rahasia: never } : unknown)
    & (F extends { attachments?: readonly (infer A)[] | null }
        ? { attachments?: readonly { [K in Exclude<keyof A, keyof AttachmentInput>]: never }[] }
        : unknown);

/**
 * Checks a report form (a plain object, see `ReportFormInput`) at the instant `now` (a `Date`;
 * the current time when omitted). Never throws for what the citizen typed: every problem is an
 * issue. Throws a `LaporError` with code `json` (unknown field, wrong type: `path` names it)
 * or `invalid_argument` (not a plain object, `now` not a valid `Date`).
 */
export function validateReport<F>(
    form: F & ReportFormInput & ReportFormCheck<F>,
    now?: Date | null,
): ValidationResult;

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

/** The result of `validateReport` (the same shape in every binding: `valid` and `issues`). */
export interface ValidationResult {
    /** No errors (warnings allowed). */
    valid: boolean;
    /** Every finding: errors first (they block submission), then warnings, each in field order. */
    issues: ValidationIssue[];
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
/// or `invalid_argument` (not a plain object, `now` not a valid `Date`). Its TypeScript
/// declaration is written by hand above (generic, to refuse unknown fields in variables too).
#[wasm_bindgen(js_name = validateReport, skip_typescript)]
pub fn validate_report_js(form: JsValue, now: Option<JsValue>) -> Result<JsValue, JsValue> {
    if !is_object(&form) {
        return Err(wrong_argument(
            "form",
            "a plain object (not a Map, Set, Date or class instance)",
        ));
    }
    // JSON cannot hold NaN or ±Infinity. A non-finite latitude or longitude is put into the
    // core's form as the f64 it is, as Kotlin and Swift (whose forms are f64 fields) do, so the
    // core reports `coordinates_invalid` like theirs; JSON carries the rest of the form.
    let mut coordinates = [None, None];
    let mut json_form = form.clone();
    for (slot, key) in coordinates.iter_mut().zip(["latitude", "longitude"]) {
        let value = js_sys::Reflect::get(&form, &key.into()).unwrap_or_default();
        if let Some(n) = value.as_f64().filter(|n| !n.is_finite()) {
            *slot = Some(n);
            if json_form == form {
                json_form =
                    js_sys::Object::assign(&js_sys::Object::new(), form.unchecked_ref()).into();
            }
            let _ = js_sys::Reflect::delete_property(
                json_form.unchecked_ref::<js_sys::Object>(),
                &key.into(),
            );
        }
    }
    let mut form: ReportForm = from_js(&json_form, "report form")?;
    form.latitude = coordinates[0].or(form.latitude);
    form.longitude = coordinates[1].or(form.longitude);
    let now = match now {
        Some(v) if !v.is_undefined() => instant(&v, "now")?,
        // The binding reads the clock; the core never does.
        _ => instant(&js_sys::Date::new_0().into(), "now")?,
    };
    let v = validate_report(&form, now);
    let out = json!({
        "valid": v.is_valid(),
        "issues": v.issues.iter().map(issue_json).collect::<Vec<_>>(),
    });
    Ok(from_json(&out.to_string()))
}
