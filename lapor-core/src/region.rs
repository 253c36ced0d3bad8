//! Kemendagri region codes (`PP.KK.CC.DDDD`), the 38 provinces and Indonesia's three time zones.
//!
//! The structure of a code is checked here; the names of regencies, districts and villages come
//! from a data file the user loads into a [`RegionDirectory`](crate::RegionDirectory), because
//! codes change by decree (Papua was split in 2022).

use std::fmt;
use std::str::FromStr;

use chrono::FixedOffset;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::{Error, Result};
use crate::lang::Lang;

/// Indonesia's three time zones (Keppres 41/1987; no daylight saving time).
///
/// ```
/// use lapor_core::TimeZone;
/// assert_eq!(TimeZone::Wita.utc_offset_hours(), 8);
/// assert_eq!(TimeZone::Wit.to_string(), "WIT");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeZone {
    /// Waktu Indonesia Barat, UTC+7 (Sumatra, Java, West and Central Kalimantan).
    Wib,
    /// Waktu Indonesia Tengah, UTC+8 (Bali, Nusa Tenggara, South/East/North Kalimantan, Sulawesi).
    Wita,
    /// Waktu Indonesia Timur, UTC+9 (Maluku and Papua).
    Wit,
}

impl TimeZone {
    /// All three zones, west to east.
    pub const ALL: [TimeZone; 3] = [TimeZone::Wib, TimeZone::Wita, TimeZone::Wit];

    /// Hours ahead of UTC: 7, 8 or 9.
    pub fn utc_offset_hours(self) -> i32 {
        match self {
            TimeZone::Wib => 7,
            TimeZone::Wita => 8,
            TimeZone::Wit => 9,
        }
    }

    /// The zone as a chrono offset, for converting instants to local time.
    pub fn offset(self) -> FixedOffset {
        // 7–9 hours are always within chrono's ±24 h range.
        FixedOffset::east_opt(self.utc_offset_hours() * 3600).unwrap_or_else(|| unreachable!())
    }

    /// The stable lower-case tag, as in JSON: `"wib"`, `"wita"` or `"wit"`.
    pub fn as_str(self) -> &'static str {
        match self {
            TimeZone::Wib => "wib",
            TimeZone::Wita => "wita",
            TimeZone::Wit => "wit",
        }
    }

    /// The abbreviation used in Indonesia: `WIB`, `WITA` or `WIT`.
    pub fn abbreviation(self) -> &'static str {
        match self {
            TimeZone::Wib => "WIB",
            TimeZone::Wita => "WITA",
            TimeZone::Wit => "WIT",
        }
    }

    /// The IANA zone of the region's largest city (`Asia/Jakarta`, `Asia/Makassar`, `Asia/Jayapura`).
    pub fn iana(self) -> &'static str {
        match self {
            TimeZone::Wib => "Asia/Jakarta",
            TimeZone::Wita => "Asia/Makassar",
            TimeZone::Wit => "Asia/Jayapura",
        }
    }
}

impl fmt::Display for TimeZone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.abbreviation())
    }
}

impl FromStr for TimeZone {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "wib" | "asia/jakarta" | "asia/pontianak" => Ok(TimeZone::Wib),
            "wita" | "asia/makassar" => Ok(TimeZone::Wita),
            "wit" | "asia/jayapura" => Ok(TimeZone::Wit),
            _ => Err(Error::UnknownName {
                what: "time zone",
                value: s.to_string(),
            }),
        }
    }
}

/// A province: its two-digit code, its name and its time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Province {
    /// The Kemendagri code, 11–96.
    pub code: u8,
    /// The official name.
    pub name: &'static str,
    /// The province's time zone.
    pub time_zone: TimeZone,
}

macro_rules! provinces {
    ($($code:literal $name:literal $tz:ident;)*) => {
        /// The 38 provinces (Kepmendagri 300.2.2-2430/2025), by code.
        pub const PROVINCES: &[Province] = &[
            $(Province { code: $code, name: $name, time_zone: TimeZone::$tz },)*
        ];
    };
}

provinces! {
    11 "Aceh" Wib;
    12 "Sumatera Utara" Wib;
    13 "Sumatera Barat" Wib;
    14 "Riau" Wib;
    15 "Jambi" Wib;
    16 "Sumatera Selatan" Wib;
    17 "Bengkulu" Wib;
    18 "Lampung" Wib;
    19 "Kepulauan Bangka Belitung" Wib;
    21 "Kepulauan Riau" Wib;
    31 "Daerah Khusus Ibukota Jakarta" Wib;
    32 "Jawa Barat" Wib;
    33 "Jawa Tengah" Wib;
    34 "Daerah Istimewa Yogyakarta" Wib;
    35 "Jawa Timur" Wib;
    36 "Banten" Wib;
    51 "Bali" Wita;
    52 "Nusa Tenggara Barat" Wita;
    53 "Nusa Tenggara Timur" Wita;
    61 "Kalimantan Barat" Wib;
    62 "Kalimantan Tengah" Wib;
    63 "Kalimantan Selatan" Wita;
    64 "Kalimantan Timur" Wita;
    65 "Kalimantan Utara" Wita;
    71 "Sulawesi Utara" Wita;
    72 "Sulawesi Tengah" Wita;
    73 "Sulawesi Selatan" Wita;
    74 "Sulawesi Tenggara" Wita;
    75 "Gorontalo" Wita;
    76 "Sulawesi Barat" Wita;
    81 "Maluku" Wit;
    82 "Maluku Utara" Wit;
    91 "Papua" Wit;
    92 "Papua Barat" Wit;
    93 "Papua Selatan" Wit;
    94 "Papua Tengah" Wit;
    95 "Papua Pegunungan" Wit;
    96 "Papua Barat Daya" Wit;
}

impl Province {
    /// The province with this code, if it is one of the 38.
    ///
    /// ```
    /// let p = lapor_core::Province::get(64).unwrap();
    /// assert_eq!(p.name, "Kalimantan Timur");
    /// assert_eq!(p.time_zone, lapor_core::TimeZone::Wita);
    /// ```
    pub fn get(code: u8) -> Option<&'static Province> {
        PROVINCES
            .binary_search_by_key(&code, |p| p.code)
            .ok()
            .map(|i| &PROVINCES[i])
    }
}

/// The administrative level a region code stops at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RegionLevel {
    /// Provinsi (`PP`).
    Province,
    /// Kabupaten or kota (`PP.KK`).
    Regency,
    /// Kecamatan, or distrik in Papua (`PP.KK.CC`).
    District,
    /// Kelurahan, desa or desa adat (`PP.KK.CC.DDDD`).
    Village,
}

impl RegionLevel {
    /// The level's name in the given language.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            RegionLevel::Province => lang.pick("provinsi", "province"),
            RegionLevel::Regency => lang.pick("kabupaten/kota", "regency"),
            RegionLevel::District => lang.pick("kecamatan", "district"),
            RegionLevel::Village => lang.pick("kelurahan/desa", "village"),
        }
    }

    /// The stable snake_case tag (`"province"`, `"regency"`, `"district"`, `"village"`).
    pub fn as_str(self) -> &'static str {
        self.label(Lang::En)
    }
}

impl fmt::Display for RegionLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Kabupaten (regency, 01–69) or kota (city, 71–99), read from the code's digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RegencyKind {
    /// Kabupaten: numbers 01–69.
    Kabupaten,
    /// Kota: numbers 71–99.
    Kota,
}

impl RegencyKind {
    /// The stable tag, as in JSON: `"kabupaten"` or `"kota"`.
    pub fn as_str(self) -> &'static str {
        match self {
            RegencyKind::Kabupaten => "kabupaten",
            RegencyKind::Kota => "kota",
        }
    }
}

/// Kelurahan, desa or desa adat, read from the first digit of the village number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VillageKind {
    /// Kelurahan (urban, headed by a civil servant): first digit 1.
    Kelurahan,
    /// Desa (village with its own government): first digit 2.
    Desa,
    /// Desa adat (customary village): first digit 3.
    DesaAdat,
}

impl VillageKind {
    /// The stable tag, as in JSON: `"kelurahan"`, `"desa"` or `"desa_adat"`.
    pub fn as_str(self) -> &'static str {
        match self {
            VillageKind::Kelurahan => "kelurahan",
            VillageKind::Desa => "desa",
            VillageKind::DesaAdat => "desa_adat",
        }
    }
}

/// A Kemendagri region code, at any level from province to village.
///
/// Parsing accepts the dotted form (`11.01.01.2001`) and the plain digits (`1101012001`), and
/// codes that stop at a higher level (`11`, `11.01`, `11.01.01`). `Display` and serde use the
/// dotted form. Codes order by their digits, so a region sorts right before its children.
///
/// ```
/// use lapor_core::{RegionCode, RegionLevel, TimeZone, VillageKind};
/// let code = RegionCode::parse("1101012001")?;
/// assert_eq!(code.to_string(), "11.01.01.2001");
/// assert_eq!(code.level(), RegionLevel::Village);
/// assert_eq!(code.village_kind(), Some(VillageKind::Desa));
/// assert_eq!(code.province().name, "Aceh");
/// assert_eq!(code.time_zone(), TimeZone::Wib);
/// assert_eq!(code.parent().unwrap().to_string(), "11.01.01");
/// # Ok::<(), lapor_core::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RegionCode {
    province: u8,
    regency: Option<u8>,
    district: Option<u8>,
    village: Option<u16>,
}

impl RegionCode {
    /// Parses a region code; see the type's documentation for the accepted forms.
    ///
    /// Errors: [`Error::RegionCodeSyntax`] for anything but digits and well-placed dots,
    /// [`Error::RegionCodeLength`] for a digit count other than 2, 4, 6 or 10,
    /// [`Error::UnknownProvince`], and [`Error::RegionCodeOutOfRange`] for a kabupaten/kota
    /// number of 00 or 70, a kecamatan 00 or a village number outside 1001–3999.
    pub fn parse(input: &str) -> Result<RegionCode> {
        let text = input.trim();
        let mut digits = [0u8; 10];
        let mut n = 0usize;
        let dotted = text.contains('.');
        // In the dotted form a dot must follow digits 2, 4 and 6, and nothing else may.
        let mut expect_dot_after = 2usize;
        let mut prev_dot = false;
        let offset = input.len() - input.trim_start().len();
        let char_offset = input[..offset].chars().count();
        for (position, c) in text.chars().enumerate() {
            let syntax = || Error::RegionCodeSyntax {
                input: input.to_string(),
                position: position + char_offset,
                found: c,
            };
            match c {
                '0'..='9' => {
                    if dotted && n == expect_dot_after && n <= 6 {
                        // A segment is longer than its level allows: "11.011".
                        return Err(syntax());
                    }
                    if n == 10 {
                        return Err(Error::RegionCodeLength {
                            input: input.to_string(),
                            digits: text.chars().filter(char::is_ascii_digit).count(),
                        });
                    }
                    digits[n] = c as u8 - b'0';
                    n += 1;
                    prev_dot = false;
                }
                '.' if dotted && !prev_dot && n == expect_dot_after && n <= 6 => {
                    expect_dot_after += 2;
                    prev_dot = true;
                }
                _ => return Err(syntax()),
            }
        }
        // A trailing dot ("11.01.") leaves a segment without digits: a length error.
        if prev_dot || !matches!(n, 2 | 4 | 6 | 10) {
            return Err(Error::RegionCodeLength {
                input: input.to_string(),
                digits: n,
            });
        }
        let two = |i: usize| digits[i] * 10 + digits[i + 1];
        let province = two(0);
        if Province::get(province).is_none() {
            return Err(Error::UnknownProvince {
                input: input.to_string(),
                province,
            });
        }
        let out_of_range = |level, value| Error::RegionCodeOutOfRange {
            input: input.to_string(),
            level,
            value,
        };
        let regency = if n >= 4 {
            let r = two(2);
            if r == 0 || r == 70 {
                return Err(out_of_range(RegionLevel::Regency, r as u16));
            }
            Some(r)
        } else {
            None
        };
        let district = if n >= 6 {
            let d = two(4);
            if d == 0 {
                return Err(out_of_range(RegionLevel::District, 0));
            }
            Some(d)
        } else {
            None
        };
        let village = if n == 10 {
            let v = digits[6..10]
                .iter()
                .fold(0u16, |acc, &d| acc * 10 + d as u16);
            if !(1001..=3999).contains(&v) || v % 1000 == 0 {
                return Err(out_of_range(RegionLevel::Village, v));
            }
            Some(v)
        } else {
            None
        };
        Ok(RegionCode {
            province,
            regency,
            district,
            village,
        })
    }

    /// The level the code stops at.
    pub fn level(&self) -> RegionLevel {
        match (self.regency, self.district, self.village) {
            (None, _, _) => RegionLevel::Province,
            (Some(_), None, _) => RegionLevel::Regency,
            (Some(_), Some(_), None) => RegionLevel::District,
            (Some(_), Some(_), Some(_)) => RegionLevel::Village,
        }
    }

    /// The province the region lies in.
    pub fn province(&self) -> &'static Province {
        // `parse` only builds codes of known provinces.
        Province::get(self.province).unwrap_or(&PROVINCES[0])
    }

    /// The province's time zone.
    pub fn time_zone(&self) -> TimeZone {
        self.province().time_zone
    }

    /// The two-digit province number.
    pub fn province_number(&self) -> u8 {
        self.province
    }

    /// The kabupaten/kota number, if the code goes that deep.
    pub fn regency_number(&self) -> Option<u8> {
        self.regency
    }

    /// The kecamatan number, if the code goes that deep.
    pub fn district_number(&self) -> Option<u8> {
        self.district
    }

    /// The four-digit village number, if the code goes that deep.
    pub fn village_number(&self) -> Option<u16> {
        self.village
    }

    /// Kabupaten or kota, for codes at regency level or below.
    pub fn regency_kind(&self) -> Option<RegencyKind> {
        self.regency.map(|r| {
            if r > 70 {
                RegencyKind::Kota
            } else {
                RegencyKind::Kabupaten
            }
        })
    }

    /// Kelurahan, desa or desa adat, for village codes.
    pub fn village_kind(&self) -> Option<VillageKind> {
        self.village.map(|v| match v / 1000 {
            1 => VillageKind::Kelurahan,
            2 => VillageKind::Desa,
            _ => VillageKind::DesaAdat,
        })
    }

    /// The code one level up (`None` for a province).
    pub fn parent(&self) -> Option<RegionCode> {
        let mut up = *self;
        match self.level() {
            RegionLevel::Province => return None,
            RegionLevel::Regency => up.regency = None,
            RegionLevel::District => up.district = None,
            RegionLevel::Village => up.village = None,
        }
        Some(up)
    }

    /// The code cut to `level` (`None` if the code does not go that deep).
    pub fn truncate(&self, level: RegionLevel) -> Option<RegionCode> {
        if level > self.level() {
            return None;
        }
        let mut up = *self;
        if level < RegionLevel::Village {
            up.village = None;
        }
        if level < RegionLevel::District {
            up.district = None;
        }
        if level < RegionLevel::Regency {
            up.regency = None;
        }
        Some(up)
    }

    /// Whether `self` is `other` or lies inside it (`64.74.01` is within `64` and `64.74`).
    pub fn is_within(&self, other: &RegionCode) -> bool {
        self.truncate(other.level()).as_ref() == Some(other)
    }

    /// The plain digits (`1101012001`).
    pub fn digits(&self) -> String {
        self.to_string().replace('.', "")
    }

    /// Whether the code is in the Kemendagri list (compiled in: the 38 provinces, 514 regencies
    /// and 7,285 districts). A village code is judged by its district: villages are not compiled
    /// in, check them against a [`RegionDirectory`](crate::RegionDirectory).
    ///
    /// [`parse`](RegionCode::parse) checks the form of a code; this checks that the place exists.
    ///
    /// ```
    /// use lapor_core::{RegionCode, RegionLevel};
    /// assert!(RegionCode::parse("64.74.01").unwrap().exists());
    /// // Well-formed, but Kota Bontang has three districts.
    /// let nowhere = RegionCode::parse("64.74.09").unwrap();
    /// assert!(!nowhere.exists());
    /// assert_eq!(nowhere.missing_level(), Some(RegionLevel::District));
    /// ```
    pub fn exists(&self) -> bool {
        self.missing_level().is_none()
    }

    /// The highest level of the code that the Kemendagri list lacks (`None` when it
    /// [`exists`](RegionCode::exists)).
    pub fn missing_level(&self) -> Option<RegionLevel> {
        // A province code exists: `parse` only accepts the 38.
        let r = self.regency?;
        let Some(regency) = crate::region_list::regency(self.province, r) else {
            return Some(RegionLevel::Regency);
        };
        match self.district {
            Some(d) if !regency.has_district(d) => Some(RegionLevel::District),
            _ => None,
        }
    }

    /// The official name of a province or regency code (`"Kalimantan Timur"`, `"Kota
    /// Bontang"`); `None` for a district or village (their names are data: see
    /// [`RegionDirectory`](crate::RegionDirectory)) and for a regency the list lacks.
    ///
    /// ```
    /// use lapor_core::RegionCode;
    /// assert_eq!(RegionCode::parse("64").unwrap().name().as_deref(), Some("Kalimantan Timur"));
    /// assert_eq!(RegionCode::parse("64.74").unwrap().name().as_deref(), Some("Kota Bontang"));
    /// assert_eq!(RegionCode::parse("11.01").unwrap().name().as_deref(), Some("Kabupaten Aceh Selatan"));
    /// assert_eq!(RegionCode::parse("64.74.01").unwrap().name(), None);
    /// ```
    pub fn name(&self) -> Option<String> {
        match self.level() {
            RegionLevel::Province => Some(self.province().name.to_string()),
            RegionLevel::Regency => {
                let regency = crate::region_list::regency(self.province, self.regency?)?;
                let kind = match self.regency_kind()? {
                    RegencyKind::Kota => "Kota",
                    RegencyKind::Kabupaten => "Kabupaten",
                };
                Some(format!("{kind} {}", regency.name))
            }
            RegionLevel::District | RegionLevel::Village => None,
        }
    }
}

impl fmt::Display for RegionCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}", self.province)?;
        if let Some(r) = self.regency {
            write!(f, ".{r:02}")?;
        }
        if let Some(d) = self.district {
            write!(f, ".{d:02}")?;
        }
        if let Some(v) = self.village {
            write!(f, ".{v:04}")?;
        }
        Ok(())
    }
}

impl FromStr for RegionCode {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        RegionCode::parse(s)
    }
}

impl Serialize for RegionCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for RegionCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        let text = std::borrow::Cow::<str>::deserialize(deserializer)?;
        RegionCode::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn provinces_are_sorted_and_38() {
        assert_eq!(PROVINCES.len(), 38);
        assert!(PROVINCES.windows(2).all(|w| w[0].code < w[1].code));
    }

    #[test]
    fn zones_follow_keppres_41_1987() {
        let zone = |c| Province::get(c).unwrap().time_zone;
        for c in [11, 19, 21, 31, 36, 61, 62] {
            assert_eq!(zone(c), TimeZone::Wib, "{c}");
        }
        for c in [51, 53, 63, 64, 65, 71, 76] {
            assert_eq!(zone(c), TimeZone::Wita, "{c}");
        }
        for c in [81, 82, 91, 96] {
            assert_eq!(zone(c), TimeZone::Wit, "{c}");
        }
    }

    #[test]
    fn parses_every_level_with_and_without_dots() {
        for (text, level, shown) in [
            ("11", RegionLevel::Province, "11"),
            ("11.01", RegionLevel::Regency, "11.01"),
            ("1101", RegionLevel::Regency, "11.01"),
            ("11.01.01", RegionLevel::District, "11.01.01"),
            ("110101", RegionLevel::District, "11.01.01"),
            ("11.01.01.2001", RegionLevel::Village, "11.01.01.2001"),
            (" 1101012001 ", RegionLevel::Village, "11.01.01.2001"),
        ] {
            let code = RegionCode::parse(text).unwrap();
            assert_eq!(code.level(), level, "{text}");
            assert_eq!(code.to_string(), shown);
        }
    }

    #[test]
    fn kinds_from_digits() {
        let kota = RegionCode::parse("64.74").unwrap();
        assert_eq!(kota.regency_kind(), Some(RegencyKind::Kota));
        let kab = RegionCode::parse("64.09").unwrap();
        assert_eq!(kab.regency_kind(), Some(RegencyKind::Kabupaten));
        let kel = RegionCode::parse("64.74.01.1001").unwrap();
        assert_eq!(kel.village_kind(), Some(VillageKind::Kelurahan));
        let adat = RegionCode::parse("51.01.01.3001").unwrap();
        assert_eq!(adat.village_kind(), Some(VillageKind::DesaAdat));
        assert_eq!(RegionCode::parse("11").unwrap().regency_kind(), None);
    }

    #[test]
    fn every_error_kind() {
        let code = |s: &str| RegionCode::parse(s).unwrap_err().code();
        assert_eq!(code("1a"), "region_code_syntax");
        assert_eq!(code("11..01"), "region_code_syntax");
        assert_eq!(code("11.0101"), "region_code_syntax");
        assert_eq!(code(".11"), "region_code_syntax");
        assert_eq!(code("11-01"), "region_code_syntax");
        assert_eq!(code("１１"), "region_code_syntax");
        assert_eq!(code(""), "region_code_length");
        assert_eq!(code("1"), "region_code_length");
        assert_eq!(code("11010"), "region_code_length");
        assert_eq!(code("11.01."), "region_code_length");
        assert_eq!(code("11010120011"), "region_code_length");
        assert_eq!(code("11.01.01.20"), "region_code_length");
        assert_eq!(code("20"), "unknown_province");
        assert_eq!(code("97.01"), "unknown_province");
        assert_eq!(code("11.00"), "region_code_out_of_range");
        assert_eq!(code("11.70"), "region_code_out_of_range");
        assert_eq!(code("11.01.00"), "region_code_out_of_range");
        assert_eq!(code("11.01.01.4001"), "region_code_out_of_range");
        assert_eq!(code("11.01.01.0001"), "region_code_out_of_range");
        assert_eq!(code("11.01.01.2000"), "region_code_out_of_range");
    }

    #[test]
    fn syntax_error_names_the_character() {
        let err = RegionCode::parse(" 11.0x").unwrap_err();
        assert_eq!(
            err,
            Error::RegionCodeSyntax {
                input: " 11.0x".into(),
                position: 5,
                found: 'x'
            }
        );
    }

    #[test]
    fn within_and_truncate() {
        let v = RegionCode::parse("64.74.01.1001").unwrap();
        assert!(v.is_within(&RegionCode::parse("64").unwrap()));
        assert!(v.is_within(&RegionCode::parse("64.74").unwrap()));
        assert!(!v.is_within(&RegionCode::parse("64.09").unwrap()));
        assert!(!RegionCode::parse("64").unwrap().is_within(&v));
        assert_eq!(
            v.truncate(RegionLevel::Regency).unwrap().to_string(),
            "64.74"
        );
    }

    #[test]
    fn tags_match_serde() {
        for tz in TimeZone::ALL {
            assert_eq!(
                serde_json::to_string(&tz).unwrap(),
                format!("\"{}\"", tz.as_str())
            );
        }
        for k in [RegencyKind::Kabupaten, RegencyKind::Kota] {
            assert_eq!(
                serde_json::to_string(&k).unwrap(),
                format!("\"{}\"", k.as_str())
            );
        }
        for k in [
            VillageKind::Kelurahan,
            VillageKind::Desa,
            VillageKind::DesaAdat,
        ] {
            assert_eq!(
                serde_json::to_string(&k).unwrap(),
                format!("\"{}\"", k.as_str())
            );
        }
    }

    #[test]
    fn serde_uses_the_dotted_string() {
        let v = RegionCode::parse("6474011001").unwrap();
        assert_eq!(serde_json::to_string(&v).unwrap(), "\"64.74.01.1001\"");
        let back: RegionCode = serde_json::from_str("\"6474011001\"").unwrap();
        assert_eq!(back, v);
        assert!(serde_json::from_str::<RegionCode>("\"99\"").is_err());
    }

    fn any_code() -> impl Strategy<Value = RegionCode> {
        (
            proptest::sample::select(PROVINCES),
            0usize..4,
            prop_oneof![1u8..=69, 71u8..=99],
            1u8..=99,
            1u16..=3,
            1u16..=999,
        )
            .prop_map(|(p, depth, r, d, k, s)| RegionCode {
                province: p.code,
                regency: (depth >= 1).then_some(r),
                district: (depth >= 2).then_some(d),
                village: (depth >= 3).then_some(k * 1000 + s),
            })
    }

    proptest! {
        #[test]
        fn display_parse_round_trip(code in any_code()) {
            prop_assert_eq!(RegionCode::parse(&code.to_string()).unwrap(), code);
            prop_assert_eq!(RegionCode::parse(&code.digits()).unwrap(), code);
            let json = serde_json::to_string(&code).unwrap();
            prop_assert_eq!(serde_json::from_str::<RegionCode>(&json).unwrap(), code);
        }

        #[test]
        fn parse_never_panics(s in "\\PC{0,16}") {
            let _ = RegionCode::parse(&s);
        }

        #[test]
        fn parent_is_one_level_up(code in any_code()) {
            if let Some(p) = code.parent() {
                prop_assert!(code.is_within(&p));
                prop_assert!(p.level() < code.level());
            }
        }
    }
}
