//! Instants and dates in JSON. Instants are RFC 3339 (`2026-03-16T03:00:00Z`,
//! `2026-03-16T10:00:00+07:00`), read by chrono's strict RFC 3339 parser; dates are `YYYY-MM-DD`,
//! read by the crate's one strict date parser ([`parse_date`](crate::parse_date)). Not chrono's
//! general `FromStr`, which also takes forms these formats do not (`2026-3-17`, `+2026-03-17`)
//! and brings a general-purpose parser into the browser module. Used with
//! `#[serde(deserialize_with = ...)]` on every instant and date the crate reads.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer};

/// One instant.
pub(crate) fn rfc3339<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
    let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
    parse(&text).map_err(serde::de::Error::custom)
}

/// An optional instant (`null` or absent: `None`).
pub(crate) fn rfc3339_opt<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<DateTime<Utc>>, D::Error> {
    let text = <Option<std::borrow::Cow<'de, str>>>::deserialize(d)?;
    text.map(|t| parse(&t).map_err(serde::de::Error::custom))
        .transpose()
}

/// One date, `YYYY-MM-DD`.
pub(crate) fn date<'de, D: Deserializer<'de>>(d: D) -> Result<chrono::NaiveDate, D::Error> {
    let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
    crate::parse_date(&text).map_err(|_| serde::de::Error::custom("not a YYYY-MM-DD date"))
}

fn parse(text: &str) -> Result<DateTime<Utc>, &'static str> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| "not an RFC 3339 instant (YYYY-MM-DDTHH:MM:SS with Z or an offset)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct T {
        #[serde(deserialize_with = "rfc3339")]
        at: DateTime<Utc>,
        #[serde(default, deserialize_with = "rfc3339_opt")]
        until: Option<DateTime<Utc>>,
    }

    #[test]
    fn strict_rfc3339() {
        let t: T = serde_json::from_str(r#"{"at": "2026-03-16T10:00:00+07:00"}"#).unwrap();
        assert_eq!(t.at.to_rfc3339(), "2026-03-16T03:00:00+00:00");
        assert_eq!(t.until, None);
        let t: T =
            serde_json::from_str(r#"{"at": "2026-03-16T03:00:00.5Z", "until": null}"#).unwrap();
        assert_eq!(t.at.timestamp_subsec_millis(), 500);
        for bad in [
            "2026-03-16",
            "16 Mar 2026 03:00:00 +0000",
            "2026-03-16T03:00:00",
            "x",
        ] {
            let json = format!(r#"{{"at": "{bad}"}}"#);
            let err = serde_json::from_str::<T>(&json).err().unwrap().to_string();
            assert!(err.contains("not an RFC 3339 instant"), "{bad}: {err}");
        }
        assert!(serde_json::from_str::<T>(r#"{"at": 5}"#).is_err());
    }

    #[test]
    fn strict_dates() {
        #[derive(Deserialize)]
        struct D {
            #[serde(deserialize_with = "date")]
            d: chrono::NaiveDate,
        }
        let ok: D = serde_json::from_str(r#"{"d": "2026-03-17"}"#).unwrap();
        assert_eq!(ok.d.to_string(), "2026-03-17");
        for bad in [
            "2026-3-17",
            "+2026-03-17",
            " 2026-03-17",
            "2026-02-30",
            "17-03-2026",
        ] {
            let json = format!(r#"{{"d": "{bad}"}}"#);
            let err = serde_json::from_str::<D>(&json).err().unwrap().to_string();
            assert!(err.contains("not a YYYY-MM-DD date"), "{bad}: {err}");
        }
    }
}
