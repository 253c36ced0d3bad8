//! `kode,nama` CSV loading never panics; a loaded directory holds only valid codes.
#![no_main]

use lapor_core::{RegionCode, RegionDirectory};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(dir) = RegionDirectory::from_csv(text) {
        for (code, name) in dir.iter() {
            assert_eq!(RegionCode::parse(&code.to_string()).unwrap(), *code);
            assert!(!name.trim().is_empty());
            let _ = dir.full_name(code);
        }
    }
});
