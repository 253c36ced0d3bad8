//! Form validation on arbitrary JSON and arbitrary field values: reading never panics, validation
//! never panics, every finding has a code, a field and both messages, and the result's JSON reads
//! back.
#![no_main]

use chrono::{TimeZone, Utc};
use lapor_core::{validate_report, ReportForm};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let now = Utc.with_ymd_and_hms(2026, 12, 1, 3, 0, 0).unwrap();
    let mut forms = Vec::new();
    if let Ok(form) = ReportForm::from_json(text) {
        forms.push(form);
    }
    // The same text in every free field.
    let mut parts = text.splitn(4, '\u{1}');
    let (a, b, c, d) = (
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
    );
    forms.push(ReportForm {
        title: a.into(),
        body: b.into(),
        incident_date: Some(c.into()),
        region_code: Some(d.into()),
        reporter_nik: Some(a.into()),
        reporter_phone: Some(b.into()),
        reporter_email: Some(c.into()),
        anonymous: data.len() % 2 == 0,
        ..ReportForm::default()
    });
    for form in forms {
        let v = validate_report(&form, now);
        for issue in &v.issues {
            assert!(!issue.code.is_empty() && !issue.field.is_empty());
            assert!(!issue.message_id.is_empty() && !issue.message_en.is_empty());
        }
        let json: serde_json::Value = serde_json::from_str(&v.to_json()).unwrap();
        assert_eq!(json["valid"].as_bool(), Some(v.is_valid()));
    }
});
