//! Region-code parsing never panics, and whatever parses prints back to a code that parses to
//! the same value, dotted and undotted.
#![no_main]

use lapor_core::RegionCode;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match RegionCode::parse(text) {
        Ok(code) => {
            assert_eq!(RegionCode::parse(&code.to_string()).unwrap(), code);
            assert_eq!(RegionCode::parse(&code.digits()).unwrap(), code);
            if let Some(parent) = code.parent() {
                assert!(code.is_within(&parent));
            }
        }
        Err(e) => {
            assert!(!e.code().is_empty());
            let _ = e.to_json();
        }
    }
});
