//! The redactor on arbitrary text: never panics; spans are sorted, non-overlapping, non-empty,
//! in bounds and on `char` boundaries; the redacted text is what the spans say; redacting the
//! redacted text changes nothing (in every style, also with a reporter's identity) and finds
//! nothing new.
#![no_main]

use std::sync::OnceLock;

use lapor_core::{Identity, PiiKind, RedactStyle, Redactor};
use libfuzzer_sys::fuzz_target;

fn redactors() -> &'static [Redactor; 4] {
    static R: OnceLock<[Redactor; 4]> = OnceLock::new();
    R.get_or_init(|| {
        [
            Redactor::default(),
            Redactor::default().with_style(RedactStyle::PartialMask),
            Redactor::default().with_style(RedactStyle::pseudonym(b"fuzz key of 16 b".to_vec()).unwrap()),
            // A reporter's identity, matched loosely (and always labelled).
            Redactor::default()
                .with_style(RedactStyle::pseudonym(b"fuzz key of 16 b".to_vec()).unwrap())
                .with_identity(
                    Identity::default()
                        .with_name("Siti Rahmawati")
                        .with_number(PiiKind::Nik, "6474014506900001")
                        .with_number(PiiKind::Phone, "081234567890")
                        .with_email("siti.rahma+lapor@gmail.com")
                        .with_address("Jl. Mawar No. 115A RT 10 RW 20"),
                ),
        ]
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for r in redactors() {
        let spans = r.detect(text);
        let mut last = 0;
        for s in &spans {
            assert!(s.range.start >= last && s.range.start < s.range.end);
            assert!(text.is_char_boundary(s.range.start) && text.is_char_boundary(s.range.end));
            assert!(s.range.end <= text.len());
            last = s.range.end;
        }
        let out = r.redact(text);
        assert_eq!(out.spans, spans);
        let mut rebuilt = String::new();
        let mut at = 0;
        for s in &spans {
            rebuilt.push_str(&text[at..s.range.start]);
            let value = &text[s.range.clone()];
            // The reporter's identity is always a label, whatever the style.
            let style = if r.identity().is_some_and(|id| id.owns(value)) {
                &RedactStyle::Label
            } else {
                r.style()
            };
            rebuilt.push_str(&style.replacement(s.kind, value));
            at = s.range.end;
        }
        rebuilt.push_str(&text[at..]);
        assert_eq!(rebuilt, out.text);
        let again = r.redact(&out.text);
        assert_eq!(again.text, out.text, "redacting twice changed {text:?}");
    }
});
