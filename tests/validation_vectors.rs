//! Runs `tests/vectors/validation.json` against `lapor_core::validate_report` (default rules and
//! redactor): each form either fails to read with the expected error code, or gives exactly the
//! expected issues, in order.

use chrono::{DateTime, Utc};
use lapor_core::{validate_report, PiiKind, ReportForm, Severity};
use serde::Deserialize;

#[derive(Deserialize)]
struct Vectors {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    now: DateTime<Utc>,
    form: serde_json::Value,
    #[serde(default)]
    error: Option<String>,
    #[serde(default)]
    valid: Option<bool>,
    #[serde(default)]
    issues: Vec<Expected>,
}

#[derive(Deserialize)]
struct Expected {
    severity: Severity,
    code: String,
    field: String,
    pii_kind: Option<PiiKind>,
    #[serde(default)]
    message_id: Option<String>,
    #[serde(default)]
    message_en: Option<String>,
}

#[test]
fn validation_vectors() {
    let v: Vectors = lapor_tests::load("validation.json");
    assert!(v.cases.len() >= 40);
    for c in v.cases {
        let form = ReportForm::from_json(&c.form.to_string());
        if let Some(code) = &c.error {
            assert_eq!(form.unwrap_err().code(), code, "{}", c.name);
            continue;
        }
        let form = form.unwrap_or_else(|e| panic!("{}: {e}", c.name));
        let got = validate_report(&form, c.now);
        let summary =
            |g: &lapor_core::Issue| (g.severity, g.code.clone(), g.field.clone(), g.pii_kind);
        assert_eq!(
            got.issues.iter().map(summary).collect::<Vec<_>>(),
            c.issues
                .iter()
                .map(|e| (e.severity, e.code.clone(), e.field.clone(), e.pii_kind))
                .collect::<Vec<_>>(),
            "{}",
            c.name
        );
        assert_eq!(Some(got.is_valid()), c.valid, "{}", c.name);
        for (g, e) in got.issues.iter().zip(&c.issues) {
            if let Some(m) = &e.message_id {
                assert_eq!(&g.message_id, m, "{}", c.name);
            }
            if let Some(m) = &e.message_en {
                assert_eq!(&g.message_en, m, "{}", c.name);
            }
        }
    }
}
