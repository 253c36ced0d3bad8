//! Runs `tests/vectors/regions.json` against `lapor_core::RegionCode`.

use lapor_core::RegionCode;
use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
struct Vectors {
    valid: Vec<Valid>,
    invalid: Vec<Invalid>,
}

#[derive(Deserialize)]
struct Valid {
    input: String,
    code: String,
    digits: String,
    level: String,
    province: u8,
    province_name: String,
    time_zone: String,
    utc_offset_hours: i32,
    regency_kind: Value,
    village_kind: Value,
    parent: Option<String>,
    name: Option<String>,
    exists: bool,
}

#[derive(Deserialize)]
struct Invalid {
    input: String,
    error: String,
}

fn tag<T: serde::Serialize>(value: T) -> Value {
    serde_json::to_value(value).unwrap()
}

#[test]
fn valid_region_codes() {
    let vectors: Vectors = lapor_tests::load("regions.json");
    for v in &vectors.valid {
        let code = RegionCode::parse(&v.input).unwrap_or_else(|e| panic!("{:?}: {e}", v.input));
        assert_eq!(code.to_string(), v.code, "{:?}", v.input);
        assert_eq!(code.digits(), v.digits);
        assert_eq!(code.level().as_str(), v.level);
        assert_eq!(code.province().code, v.province);
        assert_eq!(code.province().name, v.province_name);
        assert_eq!(tag(code.time_zone()), Value::from(v.time_zone.as_str()));
        assert_eq!(code.time_zone().utc_offset_hours(), v.utc_offset_hours);
        assert_eq!(tag(code.regency_kind()), v.regency_kind, "{:?}", v.input);
        assert_eq!(tag(code.village_kind()), v.village_kind, "{:?}", v.input);
        assert_eq!(code.parent().map(|p| p.to_string()), v.parent);
        assert_eq!(code.name(), v.name, "{:?}", v.input);
        assert_eq!(code.exists(), v.exists, "{:?}", v.input);
    }
}

#[test]
fn invalid_region_codes() {
    let vectors: Vectors = lapor_tests::load("regions.json");
    for v in &vectors.invalid {
        let err = RegionCode::parse(&v.input).expect_err(&v.input);
        assert_eq!(err.code(), v.error, "{:?}", v.input);
    }
}
