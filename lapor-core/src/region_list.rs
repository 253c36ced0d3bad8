//! The Kemendagri list of regencies and districts, compiled in from `data/regions.txt` (about
//! 11 KB: 514 regencies and the 7,285 districts as number ranges; villages are not compiled in,
//! see [`RegionDirectory`](crate::RegionDirectory)).
//!
//! [`RegionCode::exists`](crate::RegionCode::exists) and [`RegionCode::name`](crate::RegionCode::name)
//! read it. The file is written by `data/generate_regions.py` from the `kode,nama` CSV of the
//! Kemendagri codes; a line is `PPRR <district ranges> <name without Kabupaten/Kota>`.

use std::sync::OnceLock;

const DATA: &str = include_str!("../data/regions.txt");

/// One regency of the list.
#[derive(Debug)]
pub(crate) struct Regency {
    /// Province and regency numbers, `PPRR` (6474 for Kota Bontang).
    pub(crate) code: u16,
    /// The name without its "Kabupaten "/"Kota " prefix.
    pub(crate) name: &'static str,
    /// The district numbers, as inclusive ranges in order.
    districts: Vec<(u8, u8)>,
}

impl Regency {
    /// Whether district `n` of this regency exists.
    pub(crate) fn has_district(&self, n: u8) -> bool {
        self.districts.iter().any(|&(a, b)| (a..=b).contains(&n))
    }

    /// How many districts the regency has.
    #[cfg(test)]
    fn district_count(&self) -> usize {
        self.districts
            .iter()
            .map(|&(a, b)| usize::from(b - a) + 1)
            .sum()
    }
}

/// Every regency, in code order (read from the compiled-in text once).
fn regencies() -> &'static [Regency] {
    static LIST: OnceLock<Vec<Regency>> = OnceLock::new();
    LIST.get_or_init(|| DATA.lines().filter_map(parse_line).collect())
}

/// One line of the data file (`None` for the comment line; the tests check that every other
/// line is read).
fn parse_line(line: &'static str) -> Option<Regency> {
    if line.starts_with('#') {
        return None;
    }
    let mut parts = line.splitn(3, ' ');
    let code = parts.next()?.parse().ok()?;
    let districts = parts
        .next()?
        .split(',')
        .map(|r| match r.split_once('-') {
            Some((a, b)) => Some((a.parse().ok()?, b.parse().ok()?)),
            None => r.parse().ok().map(|n| (n, n)),
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Regency {
        code,
        name: parts.next()?,
        districts,
    })
}

/// The regency `province.regency`, if the list has it.
pub(crate) fn regency(province: u8, regency: u8) -> Option<&'static Regency> {
    let code = u16::from(province) * 100 + u16::from(regency);
    let list = regencies();
    list.binary_search_by_key(&code, |r| r.code)
        .ok()
        .map(|i| &list[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_is_read_and_the_counts_are_the_lists() {
        let lines = DATA.lines().filter(|l| !l.starts_with('#')).count();
        assert_eq!(regencies().len(), lines);
        assert_eq!(lines, 514);
        let districts: usize = regencies().iter().map(Regency::district_count).sum();
        assert_eq!(districts, 7_285);
        assert!(regencies().windows(2).all(|w| w[0].code < w[1].code));
        // Every regency's province is one of the 38.
        assert!(regencies()
            .iter()
            .all(|r| crate::region::Province::get((r.code / 100) as u8).is_some()));
    }

    #[test]
    fn lookups() {
        let bontang = regency(64, 74).unwrap();
        assert_eq!(bontang.name, "Bontang");
        assert!(bontang.has_district(1) && bontang.has_district(3));
        assert!(!bontang.has_district(9));
        assert!(regency(64, 99).is_none());
        assert!(regency(32, 73).unwrap().has_district(1));
        assert!(!regency(32, 73).unwrap().has_district(99));
    }
}
