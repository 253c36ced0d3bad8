//! The sample data set and the demo that prints its summary.
//!
//! The data set is embedded in the binary (see `data/generate_sample.py`, which made it): region
//! names of five regencies, a category tree, an agency directory and 300 synthetic reports.
//! Each section of the demo is a function of [`demo`], so later features add sections.

use lapor_core::{AgencyDirectory, CategoryTree, RegionDirectory, Report, Result};

pub mod demo;

/// Region names (`kode,nama`) of the five sample regencies.
pub const REGIONS_CSV: &str = include_str!("../data/regions.csv");
/// The category tree, JSON.
pub const CATEGORIES_JSON: &str = include_str!("../data/categories.json");
/// The agency directory, JSON.
pub const AGENCIES_JSON: &str = include_str!("../data/agencies.json");
/// The reports, JSON Lines.
pub const REPORTS_JSONL: &str = include_str!("../data/reports.jsonl");

/// The sample data set, parsed and checked.
pub struct Sample {
    /// Region names.
    pub regions: RegionDirectory,
    /// Report categories.
    pub categories: CategoryTree,
    /// Agencies.
    pub agencies: AgencyDirectory,
    /// Reports, in file order.
    pub reports: Vec<Report>,
}

impl Sample {
    /// Parses the embedded files; any malformed entry is an error naming it.
    pub fn load() -> Result<Sample> {
        let reports = REPORTS_JSONL
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(Report::from_json)
            .collect::<Result<Vec<_>>>()?;
        Ok(Sample {
            regions: RegionDirectory::from_csv(REGIONS_CSV)?,
            categories: CategoryTree::from_json(CATEGORIES_JSON)?,
            agencies: AgencyDirectory::from_json(AGENCIES_JSON)?,
            reports,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_loads_and_is_consistent() {
        let s = Sample::load().unwrap();
        assert_eq!(s.reports.len(), 300);
        for r in &s.reports {
            let region = r.location.region.expect("every sample report has a region");
            assert!(s.regions.name(&region).is_some(), "{region} has no name");
            let cat = r.category.as_ref().unwrap();
            assert!(s.categories.get(cat).is_some(), "unknown category {cat}");
            if let Some(a) = &r.target_agency {
                assert!(s.agencies.contains(a), "unknown agency {a}");
            }
        }
    }

    #[test]
    fn demo_prints_every_section() {
        let s = Sample::load().unwrap();
        let mut out = Vec::new();
        demo::run(&s, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        for heading in [
            "Data set",
            "Reports by kind",
            "Reports by channel",
            "Privacy",
            "Reports by regency",
            "Routing suggestions",
            "Verification deadlines",
            "Attachments",
            "Case dashboard",
            "Anonymity: what the agency and the public see",
        ] {
            assert!(text.contains(heading), "missing section {heading}:\n{text}");
        }
        assert!(text.contains("300 reports"));
        assert!(text.contains("Kota Bontang, Kalimantan Timur (WITA)"));
        assert!(text.contains("300 deadlines computed"), "{text}");
        assert!(!text.contains("not computed"), "{text}");
        assert!(text.contains("300 cases routed"), "{text}");
        assert!(text.contains("Selesai"), "{text}");
        assert!(text.contains("cases late per agency"), "{text}");
        assert!(text.contains("next deadlines"), "{text}");
        assert!(text.contains("as the agency sees it"), "{text}");
        assert!(
            text.contains("agency views hold the reporter's name, NIK or phone"),
            "{text}"
        );
        assert!(text.contains(": 0 agency views hold"), "{text}");
    }
}
