//! Reading reports, agency directories and category trees from JSON never panics, and what is
//! read writes back to JSON that reads to the same value.
#![no_main]

use lapor_core::{AgencyDirectory, CategoryTree, Report};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(report) = Report::from_json(text) {
        assert_eq!(Report::from_json(&report.to_json()).unwrap(), report);
    }
    if let Ok(dir) = AgencyDirectory::from_json(text) {
        assert_eq!(AgencyDirectory::from_json(&dir.to_json()).unwrap(), dir);
        for agency in dir.iter() {
            let _ = dir.ancestors(&agency.id).unwrap();
            let _ = dir.time_zone(&agency.id).unwrap();
        }
    }
    if let Ok(tree) = CategoryTree::from_json(text) {
        assert_eq!(CategoryTree::from_json(&tree.to_json()).unwrap(), tree);
    }
});
