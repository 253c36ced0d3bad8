//! `Redactor::detect` takes time linear in the text's length, whatever the text: counted in
//! machine instructions (valgrind's cachegrind), not timed, so no machine's load can blur it.
//! For each stress unit of `pii-work`, eight times the text may cost at most 1.3 × eight times
//! the instructions. A rule that rescans from the start, or compares each name with every name
//! found before it, fails at once (the two that did before this test existed: both were
//! quadratic in the number of names).
//!
//! Needs valgrind, so it is ignored by a plain `cargo test`; `scripts/test.sh` installs valgrind
//! and runs it: `cargo test -p lapor-tests --test pii_linear -- --ignored`.

use std::process::Command;

/// Instructions that `pii-work ARGS` executes, from cachegrind's summary.
fn instructions(args: &[&str]) -> u64 {
    let out = Command::new("valgrind")
        .args([
            "--tool=cachegrind",
            "--cache-sim=no",
            "--cachegrind-out-file=/dev/null",
        ])
        .arg(env!("CARGO_BIN_EXE_pii-work"))
        .args(args)
        .output()
        .expect("valgrind must be installed (scripts/test.sh installs it)");
    assert!(out.status.success(), "pii-work {args:?} failed: {out:?}");
    let log = String::from_utf8_lossy(&out.stderr);
    let line = log
        .lines()
        .find(|l| l.contains("I") && l.contains("refs:"))
        .unwrap_or_else(|| panic!("no instruction count in valgrind's output:\n{log}"));
    line.rsplit(':')
        .next()
        .and_then(|n| n.trim().replace(',', "").parse().ok())
        .unwrap_or_else(|| panic!("unreadable count: {line}"))
}

#[test]
#[ignore = "needs valgrind: scripts/test.sh installs it and runs this test"]
fn detect_is_linear_in_the_text() {
    let units: usize = String::from_utf8(
        Command::new(env!("CARGO_BIN_EXE_pii-work"))
            .arg("--units")
            .output()
            .expect("pii-work runs")
            .stdout,
    )
    .ok()
    .and_then(|s| s.trim().parse().ok())
    .expect("pii-work --units prints a number");
    // The cost of each further byte, between 2 and 4 KB and between 4 and 32 KB: the fixed
    // cost (start-up, the word lists built on first use) drops out of both.
    let (s1, s2, s3) = (2_000u64, 4_000u64, 32_000u64);
    for unit in 0..units {
        let u = unit.to_string();
        let at = |size: u64| instructions(&[&u, &size.to_string()]);
        let (i1, i2, i3) = (at(s1), at(s2), at(s3));
        let per_a = i2.saturating_sub(i1) as f64 / (s2 - s1) as f64;
        let per_b = i3.saturating_sub(i2) as f64 / (s3 - s2) as f64;
        println!("unit {unit}: {per_a:.0} instructions per further byte at 2-4 KB, {per_b:.0} at 4-32 KB");
        assert!(
            per_b <= per_a * 1.3,
            "unit {unit}: {per_a:.0} instructions per further byte at 2-4 KB but {per_b:.0} at 4-32 KB"
        );
    }
}
