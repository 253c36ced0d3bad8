//! `detectPii`, `redact` and the `Redactor` class: the core's personal-data detection, with
//! offsets in JS string units (UTF-16).

use lapor_core::{PiiKind, PiiSpan, RedactStyle, Redactor as CoreRedactor};
use serde_json::{json, Value};
use wasm_bindgen::prelude::*;

use crate::convert::{from_js, from_json, is_object};
use crate::error::{to_js, wrong_argument};

#[wasm_bindgen(typescript_custom_section)]
const TS_PII: &str = r#"
/** A kind of personal data: the annotation guide's label. */
export type PiiKindLabel =
    | "NIK" | "KK" | "NPWP" | "PHONE" | "EMAIL" | "PLATE" | "BANK_ACCOUNT" | "PASSPORT"
    | "BPJS" | "NIP" | "PERSON" | "ADDRESS" | "DATE_OF_BIRTH" | "HANDLE";

/** One piece of personal data: `text.slice(start, end)` is the value (UTF-16 offsets). */
export interface PiiSpan {
    start: number;
    end: number;
    kind: PiiKindLabel;
    confidence: "high" | "medium" | "low";
}

/** The redacted text and the spans replaced (offsets into the input text). */
export interface Redacted {
    text: string;
    spans: PiiSpan[];
}

/**
 * How values are replaced: `"label"` (`[NIK]`, the default), `"mask"` (keep the last four
 * digits), or a keyed pseudonym (`[NIK:7f3a9c21]`) with a key of at least 16 bytes as a string
 * (its UTF-8 bytes), as bytes, or in hex.
 */
export type RedactStyle =
    | "label"
    | "mask"
    | { pseudonymKey: string | Uint8Array }
    | { pseudonymKeyHex: string };

/** A reporter's identity, for `Redactor.withIdentity` (every field optional). */
export interface ReporterIdentity {
    name?: string | null;
    nik?: string | null;
    kk?: string | null;
    phone?: string | null;
    email?: string | null;
    address?: string | null;
}
"#;

/// The spans as JS objects, offsets in UTF-16 code units (the core's one conversion).
fn span_json(text: &str, spans: &[PiiSpan]) -> Vec<Value> {
    let units = PiiSpan::offsets_in(text, spans, lapor_core::TextUnit::Utf16);
    spans
        .iter()
        .zip(units)
        .map(|(s, (start, end))| {
            json!({
                "start": start,
                "end": end,
                "kind": s.kind.as_str(),
                "confidence": s.confidence,
            })
        })
        .collect()
}

fn text_arg(text: &JsValue, what: &str) -> Result<String, JsValue> {
    text.as_string()
        .ok_or_else(|| wrong_argument(what, "a string"))
}

/// Reads a `RedactStyle` (see its type).
fn style(value: &JsValue) -> Result<RedactStyle, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(RedactStyle::Label);
    }
    if let Some(s) = value.as_string() {
        return match s.as_str() {
            "label" => Ok(RedactStyle::Label),
            "mask" => Ok(RedactStyle::PartialMask),
            _ => Err(wrong_argument(
                "style",
                "\"label\", \"mask\", {pseudonymKey} or {pseudonymKeyHex}",
            )),
        };
    }
    if is_object(value) {
        let get = |k: &str| js_sys::Reflect::get(value, &k.into()).unwrap_or(JsValue::UNDEFINED);
        let key = get("pseudonymKey");
        // Keys of fewer than 16 bytes (or bad hex) throw the core's `pseudonym_key` error.
        if let Some(s) = key.as_string() {
            return RedactStyle::pseudonym(s.into_bytes()).map_err(|e| to_js(&e));
        }
        if key.is_instance_of::<js_sys::Uint8Array>() {
            return RedactStyle::pseudonym(js_sys::Uint8Array::new(&key).to_vec())
                .map_err(|e| to_js(&e));
        }
        if let Some(hex) = get("pseudonymKeyHex").as_string() {
            return RedactStyle::pseudonym_from_hex(&hex).map_err(|e| to_js(&e));
        }
    }
    Err(wrong_argument(
        "style",
        "\"label\", \"mask\", {pseudonymKey: string | Uint8Array} or {pseudonymKeyHex: string}",
    ))
}

/// Finds the personal data in `text`: spans sorted by `start`, never overlapping, with UTF-16
/// offsets (`text.slice(span.start, span.end)` is the value). Throws `invalid_argument` when
/// `text` is not a string.
#[wasm_bindgen(js_name = detectPii, unchecked_return_type = "PiiSpan[]")]
pub fn detect_pii(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<JsValue, JsValue> {
    let text = text_arg(&text, "detectPii")?;
    Redactor::default().detect_in(&text)
}

/// Replaces the personal data in `text` in `style` (`"label"` when omitted); returns the new
/// text and the spans replaced (UTF-16 offsets into the input). Throws `invalid_argument` for a
/// non-string text or an unknown style.
#[wasm_bindgen(unchecked_return_type = "Redacted")]
pub fn redact(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "RedactStyle")] style: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let text = text_arg(&text, "redact")?;
    Redactor::new(style)?.redact_in(&text)
}

/// A configured redactor, to reuse: a style and extra names (the reporter's own name, known from
/// the form) to detect wherever they occur.
#[wasm_bindgen]
#[derive(Default)]
pub struct Redactor(CoreRedactor);

impl Redactor {
    fn detect_in(&self, text: &str) -> Result<JsValue, JsValue> {
        let spans = self.0.detect(text);
        Ok(from_json(
            &Value::Array(span_json(text, &spans)).to_string(),
        ))
    }

    fn redact_in(&self, text: &str) -> Result<JsValue, JsValue> {
        let out = self.0.redact(text);
        let v = json!({"text": out.text, "spans": span_json(text, &out.spans)});
        Ok(from_json(&v.to_string()))
    }
}

#[wasm_bindgen]
impl Redactor {
    /// A redactor detecting every kind, replacing in `style` (`"label"` when omitted).
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_optional_param_type = "RedactStyle")] style: Option<JsValue>,
    ) -> Result<Redactor, JsValue> {
        let style = self::style(&style.unwrap_or(JsValue::UNDEFINED))?;
        Ok(Redactor(CoreRedactor::default().with_style(style)))
    }

    /// A copy that also detects these person names anywhere: the whole name, and each of its
    /// words of three letters or more in any order, case or joined form (as
    /// [`withIdentity`](Self::with_identity) matches a name), always replaced with a label.
    #[wasm_bindgen(js_name = withNames)]
    pub fn with_names(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string[]")] names: JsValue,
    ) -> Result<Redactor, JsValue> {
        let bad = || wrong_argument("names", "an array of strings");
        if !js_sys::Array::is_array(&names) {
            return Err(bad());
        }
        let names: Vec<String> = js_sys::Array::from(&names)
            .iter()
            .map(|v| v.as_string())
            .collect::<Option<_>>()
            .ok_or_else(bad)?;
        // The names are matched loosely too, as the reporter's identity is.
        let identity = names
            .iter()
            .fold(self.0.identity().cloned().unwrap_or_default(), |id, n| {
                id.with_name(n)
            });
        Ok(Redactor(
            self.0.clone().add_names(names).with_identity(identity),
        ))
    }

    /// A copy that also finds the reporter's own identity (`{name, nik, kk, phone, email,
    /// address}`, every field optional) wherever and however it is written: any word of the
    /// name in any order, also inside joined forms (`KTP_Siti_Rahmawati.jpg`, `#SitiRahmawati`);
    /// NIK, KK and phone by their digits; the e-mail by its local part. These are always
    /// replaced with a label, whatever the style. Throws `json` for an unknown field.
    #[wasm_bindgen(js_name = withIdentity)]
    pub fn with_identity(
        &self,
        #[wasm_bindgen(unchecked_param_type = "ReporterIdentity")] reporter: JsValue,
    ) -> Result<Redactor, JsValue> {
        let who: lapor_core::Reporter = from_js(&reporter, "reporter")?;
        Ok(Redactor(
            self.0.clone().with_identity(lapor_core::Identity::of(&who)),
        ))
    }

    /// A copy that detects only these kinds (labels such as `"NIK"`, `"PHONE"`).
    #[wasm_bindgen(js_name = withKinds)]
    pub fn with_kinds(
        &self,
        #[wasm_bindgen(unchecked_param_type = "PiiKindLabel[]")] kinds: JsValue,
    ) -> Result<Redactor, JsValue> {
        if !js_sys::Array::is_array(&kinds) {
            return Err(wrong_argument(
                "kinds",
                "an array of kind labels (\"NIK\", \"PHONE\"…)",
            ));
        }
        let kinds: Vec<PiiKind> = js_sys::Array::from(&kinds)
            .iter()
            .map(|v| {
                v.as_string()
                    .and_then(|s| PiiKind::from_label(&s))
                    .ok_or_else(|| {
                        wrong_argument("kinds", "an array of kind labels (\"NIK\", \"PHONE\"…)")
                    })
            })
            .collect::<Result<_, _>>()?;
        Ok(Redactor(self.0.clone().with_kinds(&kinds)))
    }

    /// The kinds detected, as labels.
    #[wasm_bindgen(getter, unchecked_return_type = "PiiKindLabel[]")]
    pub fn kinds(&self) -> Vec<String> {
        self.0.kinds().iter().map(|k| k.as_str().into()).collect()
    }

    /// [`detectPii`] with this redactor.
    #[wasm_bindgen(unchecked_return_type = "PiiSpan[]")]
    pub fn detect(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    ) -> Result<JsValue, JsValue> {
        self.detect_in(&text_arg(&text, "Redactor.detect")?)
    }

    /// [`redact`] with this redactor.
    #[wasm_bindgen(unchecked_return_type = "Redacted", js_name = redact)]
    pub fn redact_js(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    ) -> Result<JsValue, JsValue> {
        self.redact_in(&text_arg(&text, "Redactor.redact")?)
    }
}
