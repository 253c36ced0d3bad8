//! `RegionCode` for JS.

use lapor_core::RegionCode as CoreRegionCode;
use wasm_bindgen::prelude::*;

use crate::error::{to_js, wrong_argument};

/// A Kemendagri region code (`11.01.01.2001`, `1101012001` or a shorter prefix).
#[wasm_bindgen(js_name = RegionCode)]
pub struct RegionCode(CoreRegionCode);

#[wasm_bindgen(js_class = RegionCode)]
impl RegionCode {
    /// `new RegionCode(code)`: the same as `RegionCode.parse(code)`.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "string")] code: JsValue,
    ) -> Result<RegionCode, JsValue> {
        RegionCode::parse(code)
    }

    /// Parses a region code; throws a `LaporError` whose `code` is `region_code_syntax`,
    /// `region_code_length`, `unknown_province` or `region_code_out_of_range`.
    pub fn parse(
        #[wasm_bindgen(unchecked_param_type = "string")] code: JsValue,
    ) -> Result<RegionCode, JsValue> {
        let code = code
            .as_string()
            .ok_or_else(|| wrong_argument("code", "a region code string (\"64.74.01\")"))?;
        CoreRegionCode::parse(&code)
            .map(RegionCode)
            .map_err(|e| to_js(&e))
    }

    /// The dotted form, `"11.01.01.2001"`.
    #[wasm_bindgen(getter)]
    pub fn code(&self) -> String {
        self.0.to_string()
    }

    /// The plain digits, `"1101012001"`.
    #[wasm_bindgen(getter)]
    pub fn digits(&self) -> String {
        self.0.digits()
    }

    /// `"province"`, `"regency"`, `"district"` or `"village"`.
    #[wasm_bindgen(getter)]
    pub fn level(&self) -> String {
        self.0.level().as_str().into()
    }

    /// The two-digit province number.
    #[wasm_bindgen(getter, js_name = provinceCode)]
    pub fn province_code(&self) -> u8 {
        self.0.province().code
    }

    /// The province's official name.
    #[wasm_bindgen(getter, js_name = provinceName)]
    pub fn province_name(&self) -> String {
        self.0.province().name.into()
    }

    /// `"wib"`, `"wita"` or `"wit"`.
    #[wasm_bindgen(getter, js_name = timeZone)]
    pub fn time_zone(&self) -> String {
        self.0.time_zone().as_str().into()
    }

    /// Hours ahead of UTC: 7, 8 or 9.
    #[wasm_bindgen(getter, js_name = utcOffsetHours)]
    pub fn utc_offset_hours(&self) -> i32 {
        self.0.time_zone().utc_offset_hours()
    }

    /// `"kabupaten"` or `"kota"`, or `undefined` for a province.
    #[wasm_bindgen(getter, js_name = regencyKind)]
    pub fn regency_kind(&self) -> Option<String> {
        self.0.regency_kind().map(|k| k.as_str().into())
    }

    /// `"kelurahan"`, `"desa"` or `"desa_adat"`, or `undefined` above village level.
    #[wasm_bindgen(getter, js_name = villageKind)]
    pub fn village_kind(&self) -> Option<String> {
        self.0.village_kind().map(|k| k.as_str().into())
    }

    /// The code one level up, or `undefined` for a province.
    #[wasm_bindgen(getter)]
    pub fn parent(&self) -> Option<RegionCode> {
        self.0.parent().map(RegionCode)
    }

    /// The official name of a province or regency (`"Kalimantan Timur"`, `"Kota Bontang"`);
    /// `undefined` for a district or village, and for a regency the Kemendagri list lacks.
    #[wasm_bindgen(getter)]
    pub fn name(&self) -> Option<String> {
        self.0.name()
    }

    /// Whether the place is in the Kemendagri list compiled into the library (provinces,
    /// regencies, districts; a village code is judged by its district). `parse` only checks the
    /// form: `RegionCode.parse("64.74.09").exists` is `false`.
    #[wasm_bindgen(getter)]
    pub fn exists(&self) -> bool {
        self.0.exists()
    }

    /// Whether this region is `other` (a `RegionCode` or a code string) or lies inside it.
    /// Anything else is a `LaporError` with code `invalid_argument`.
    #[wasm_bindgen(js_name = isWithin)]
    pub fn is_within(
        &self,
        #[wasm_bindgen(unchecked_param_type = "RegionCode | string")] other: JsValue,
    ) -> Result<bool, JsValue> {
        // A `RegionCode` is read through its `code` getter, so the caller keeps it.
        let code = other.as_string().or_else(|| {
            js_sys::Reflect::get(&other, &"code".into())
                .ok()
                .filter(|_| other.is_object())
                .and_then(|c| c.as_string())
        });
        let code =
            code.ok_or_else(|| wrong_argument("other", "a RegionCode or a region code string"))?;
        let other = CoreRegionCode::parse(&code).map_err(|e| to_js(&e))?;
        Ok(self.0.is_within(&other))
    }

    /// The dotted form.
    #[wasm_bindgen(js_name = toString)]
    pub fn to_js_string(&self) -> String {
        self.0.to_string()
    }
}
