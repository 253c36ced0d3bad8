//! The redactor on long texts: the input repeated to about 256 KB, with a reporter's identity and
//! added names, so that every rule runs over thousands of values. Never panics, and never takes
//! long: run with a time limit per input, which turns any rule whose time grows faster than the
//! text into a reported timeout (`tests/pii_linear.rs` checks the same by counting
//! instructions on fixed texts; this target searches for texts that break it):
//!
//! `cargo fuzz run -O pii_long -- -timeout=5 -max_len=4096`
#![no_main]

use std::sync::OnceLock;

use lapor_core::{Identity, PiiKind, Redactor};
use libfuzzer_sys::fuzz_target;

/// The size each input is repeated to.
const TARGET: usize = 1 << 18;

fn redactor() -> &'static Redactor {
    static R: OnceLock<Redactor> = OnceLock::new();
    R.get_or_init(|| {
        Redactor::default()
            .add_names(["Siti Aminah", "Budi"])
            .with_identity(
                Identity::default()
                    .with_name("Siti Rahmawati")
                    .with_number(PiiKind::Nik, "6474014506900001")
                    .with_email("siti.rahma+lapor@gmail.com")
                    .with_address("Jl. Mawar No. 115A RT 10 RW 20"),
            )
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(unit) = std::str::from_utf8(data) else {
        return;
    };
    if unit.is_empty() {
        return;
    }
    let text = unit.repeat(TARGET / unit.len() + 1);
    let spans = redactor().detect(&text);
    let mut last = 0;
    for s in &spans {
        assert!(s.range.start >= last && s.range.start < s.range.end && s.range.end <= text.len());
        last = s.range.end;
    }
});
