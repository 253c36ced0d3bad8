//! Region codes and time zones.

use lapor_core::{RegencyKind, RegionCode, RegionLevel, TimeZone, VillageKind};

use crate::error::LaporError;

#[uniffi::remote(Enum)]
enum RegionLevel {
    Province,
    Regency,
    District,
    Village,
}

#[uniffi::remote(Enum)]
enum TimeZone {
    Wib,
    Wita,
    Wit,
}

#[uniffi::remote(Enum)]
enum RegencyKind {
    Kabupaten,
    Kota,
}

#[uniffi::remote(Enum)]
enum VillageKind {
    Kelurahan,
    Desa,
    DesaAdat,
}

/// A parsed Kemendagri region code and what its digits say.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct RegionInfo {
    /// The dotted form, `11.01.01.2001`.
    pub code: String,
    /// The plain digits, `1101012001`.
    pub digits: String,
    /// The level the code stops at.
    pub level: RegionLevel,
    /// The two-digit province number.
    pub province_code: u8,
    /// The province's official name.
    pub province_name: String,
    /// The province's time zone.
    pub time_zone: TimeZone,
    /// Hours ahead of UTC (7, 8 or 9).
    pub utc_offset_hours: i32,
    /// Kabupaten or kota, for codes at regency level or below.
    pub regency_kind: Option<RegencyKind>,
    /// Kelurahan, desa or desa adat, for village codes.
    pub village_kind: Option<VillageKind>,
    /// The code one level up, dotted (`None` for a province).
    pub parent: Option<String>,
    /// The official name of a province or regency (`Kalimantan Timur`, `Kota Bontang`); `None`
    /// for a district or village, and for a regency the Kemendagri list lacks.
    pub name: Option<String>,
    /// Whether the place is in the Kemendagri list compiled into the library (a village code is
    /// judged by its district): `64.74.09` parses, but does not exist.
    pub exists: bool,
}

impl From<RegionCode> for RegionInfo {
    fn from(code: RegionCode) -> Self {
        let province = code.province();
        RegionInfo {
            code: code.to_string(),
            digits: code.digits(),
            level: code.level(),
            province_code: province.code,
            province_name: province.name.to_string(),
            time_zone: code.time_zone(),
            utc_offset_hours: code.time_zone().utc_offset_hours(),
            regency_kind: code.regency_kind(),
            village_kind: code.village_kind(),
            parent: code.parent().map(|p| p.to_string()),
            name: code.name(),
            exists: code.exists(),
        }
    }
}

/// Parses a region code (`11.01.01.2001`, `1101012001` or a shorter prefix).
///
/// Throws `LaporException` with the core's error code for a bad character, a bad length, an
/// unknown province or a segment out of range.
#[uniffi::export]
pub fn parse_region_code(code: String) -> Result<RegionInfo, LaporError> {
    Ok(RegionCode::parse(&code)?.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_values_and_errors() {
        let info = parse_region_code("6474011001".into()).unwrap();
        assert_eq!(info.code, "64.74.01.1001");
        assert_eq!(info.time_zone, TimeZone::Wita);
        assert_eq!(info.parent.as_deref(), Some("64.74.01"));
        match parse_region_code("64.7x".into()).unwrap_err() {
            LaporError::Parse {
                code,
                fields,
                message_id,
                ..
            } => {
                assert_eq!(code, "region_code_syntax");
                assert_eq!(fields["position"], "4");
                assert_eq!(fields["found"], "x");
                assert!(message_id.contains("tidak sah"));
            }
            other => panic!("{other:?}"),
        }
    }
}
