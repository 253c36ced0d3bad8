//! Names of regions, loaded from the public `kode,nama` CSV layout.

use std::collections::BTreeMap;

use crate::error::{CsvProblem, Error, Result};
use crate::region::{RegionCode, RegionLevel};

/// Region names by code, loaded from CSV text in the public `kode,nama` layout
/// (the layout of Kemendagri's lists as republished by open-data projects).
///
/// The core does no I/O: read the file yourself and pass its text. A header line `kode,nama`
/// is skipped, blank lines are ignored, names may be quoted (`"Lubuk Pakam I,II"`), and each
/// code is checked with [`RegionCode::parse`]. A bad line is an [`Error::Csv`] naming it.
///
/// ```
/// use lapor_core::{RegionCode, RegionDirectory};
/// let dir = RegionDirectory::from_csv("kode,nama\n64,Kalimantan Timur\n64.74,Kota Bontang\n")?;
/// let bontang = RegionCode::parse("6474")?;
/// assert_eq!(dir.name(&bontang), Some("Kota Bontang"));
/// assert_eq!(dir.full_name(&bontang), "Kota Bontang, Kalimantan Timur");
/// # Ok::<(), lapor_core::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RegionDirectory {
    names: BTreeMap<RegionCode, String>,
}

impl RegionDirectory {
    /// An empty directory.
    pub fn new() -> Self {
        Self::default()
    }

    /// Reads `kode,nama` CSV text.
    pub fn from_csv(text: &str) -> Result<Self> {
        let mut names = BTreeMap::new();
        let mut first_line = BTreeMap::new();
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let row = raw.trim_end_matches('\r');
            if row.trim().is_empty() {
                continue;
            }
            let csv = |problem| Error::Csv { line, problem };
            let (code_text, name) = split_row(row).map_err(csv)?;
            if line == 1 && code_text.trim().eq_ignore_ascii_case("kode") {
                continue;
            }
            let code =
                RegionCode::parse(&code_text).map_err(|e| csv(CsvProblem::BadCode(Box::new(e))))?;
            if let Some(&first) = first_line.get(&code) {
                return Err(csv(CsvProblem::DuplicateCode {
                    code: code.to_string(),
                    first_line: first,
                }));
            }
            first_line.insert(code, line);
            names.insert(code, name);
        }
        Ok(RegionDirectory { names })
    }

    /// Adds or replaces one name.
    pub fn insert(&mut self, code: RegionCode, name: impl Into<String>) {
        self.names.insert(code, name.into());
    }

    /// The name of a region, if the directory has it.
    pub fn name(&self, code: &RegionCode) -> Option<&str> {
        self.names.get(code).map(String::as_str)
    }

    /// The region's name followed by those of the regions above it that the directory knows,
    /// innermost first (`"Bontang Utara, Kota Bontang, Kalimantan Timur"`). Falls back to the
    /// built-in province name, then to the dotted code.
    pub fn full_name(&self, code: &RegionCode) -> String {
        let mut parts = Vec::new();
        let mut cur = Some(*code);
        while let Some(c) = cur {
            match self.name(&c) {
                Some(n) => parts.push(n.to_string()),
                None if c.level() == RegionLevel::Province => {
                    parts.push(c.province().name.to_string())
                }
                None if parts.is_empty() => parts.push(c.to_string()),
                None => {}
            }
            cur = c.parent();
        }
        parts.join(", ")
    }

    /// The regions directly below `code` that the directory knows, in code order.
    pub fn children<'a>(
        &'a self,
        code: &'a RegionCode,
    ) -> impl Iterator<Item = (&'a RegionCode, &'a str)> + 'a {
        self.names
            .range(code..)
            .skip(1)
            .take_while(move |(c, _)| c.is_within(code))
            .filter(move |(c, _)| c.parent().as_ref() == Some(code))
            .map(|(c, n)| (c, n.as_str()))
    }

    /// Every entry, in code order.
    pub fn iter(&self) -> impl Iterator<Item = (&RegionCode, &str)> {
        self.names.iter().map(|(c, n)| (c, n.as_str()))
    }

    /// How many entries there are at each level: `[provinces, regencies, districts, villages]`.
    pub fn count_by_level(&self) -> [usize; 4] {
        let mut counts = [0; 4];
        for code in self.names.keys() {
            counts[code.level() as usize] += 1;
        }
        counts
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether the directory is empty.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

/// Splits `kode,nama` where the name may be quoted and hold commas (`""` is a quote).
fn split_row(row: &str) -> std::result::Result<(String, String), CsvProblem> {
    let (code, rest) = row.split_once(',').ok_or(CsvProblem::MissingName)?;
    let rest = rest.trim();
    let name = if let Some(quoted) = rest.strip_prefix('"') {
        let mut out = String::new();
        let mut chars = quoted.chars().peekable();
        let mut closed = false;
        while let Some(c) = chars.next() {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    out.push('"');
                } else {
                    closed = true;
                    break;
                }
            } else {
                out.push(c);
            }
        }
        if !closed {
            return Err(CsvProblem::UnterminatedQuote);
        }
        out
    } else {
        rest.to_string()
    };
    if name.trim().is_empty() {
        return Err(CsvProblem::MissingName);
    }
    Ok((
        code.trim().trim_matches('"').to_string(),
        name.trim().to_string(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = "kode,nama\n\
        14,Riau\n\
        14.72,Kota Dumai\n\
        14.72.01,Dumai Barat\n\
        14.72.01.1001,Pangkalan Sesai\n\
        12.07.28.1007,\"Lubuk Pakam I,II\"\n\
        14.72.02,Dumai Timur\n\
        \n\
        14.71,Kota Pekanbaru\n";

    #[test]
    fn loads_a_small_file() {
        let dir = RegionDirectory::from_csv(SMALL).unwrap();
        assert_eq!(dir.len(), 7);
        let v = RegionCode::parse("12.07.28.1007").unwrap();
        assert_eq!(dir.name(&v), Some("Lubuk Pakam I,II"));
        let dumai = RegionCode::parse("14.72").unwrap();
        let kids: Vec<_> = dir.children(&dumai).map(|(_, n)| n).collect();
        assert_eq!(kids, ["Dumai Barat", "Dumai Timur"]);
        let kel = RegionCode::parse("1472011001").unwrap();
        assert_eq!(
            dir.full_name(&kel),
            "Pangkalan Sesai, Dumai Barat, Kota Dumai, Riau"
        );
        assert_eq!(dir.count_by_level(), [1, 2, 2, 2]);
        // Sumatera Utara is not in the file: the built-in name fills in.
        assert_eq!(dir.full_name(&v), "Lubuk Pakam I,II, Sumatera Utara");
    }

    #[test]
    fn bad_lines_name_their_number() {
        let err = RegionDirectory::from_csv("11,Aceh\n11.0x,Bad\n").unwrap_err();
        assert_eq!(err.code(), "csv");
        assert!(matches!(
            err,
            Error::Csv {
                line: 2,
                problem: CsvProblem::BadCode(_)
            }
        ));
        let err = RegionDirectory::from_csv("11,Aceh\n11\n").unwrap_err();
        assert!(matches!(
            err,
            Error::Csv {
                line: 2,
                problem: CsvProblem::MissingName
            }
        ));
        let err = RegionDirectory::from_csv("11,\"Aceh\n").unwrap_err();
        assert!(matches!(
            err,
            Error::Csv {
                line: 1,
                problem: CsvProblem::UnterminatedQuote
            }
        ));
        let err = RegionDirectory::from_csv("11,Aceh\n\n11,Aceh lagi\n").unwrap_err();
        assert!(matches!(
            err,
            Error::Csv {
                line: 3,
                problem: CsvProblem::DuplicateCode { first_line: 1, .. }
            }
        ));
        assert!(err.message(crate::Lang::Id).contains("baris 3"));
    }

    /// The real Kemendagri list (91,599 codes; not in the repository: a user loads their own
    /// copy): `LAPOR_WILAYAH_CSV=path/to/wilayah.csv cargo test -p lapor-core -- --ignored`.
    #[test]
    #[ignore = "needs the Kemendagri kode,nama list: set LAPOR_WILAYAH_CSV and run with --ignored"]
    fn loads_the_real_list() {
        let path = std::env::var("LAPOR_WILAYAH_CSV")
            .expect("LAPOR_WILAYAH_CSV must name the Kemendagri kode,nama CSV");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let dir = RegionDirectory::from_csv(&text).unwrap();
        assert_eq!(dir.count_by_level(), [38, 514, 7285, 83762]);
        assert_eq!(dir.len(), 91_599);
        for (code, _) in dir.iter() {
            assert_eq!(RegionCode::parse(&code.digits()).unwrap(), *code);
        }
    }
}
