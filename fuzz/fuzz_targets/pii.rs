//! The redactor on arbitrary text: never panics; spans are sorted, non-overlapping, non-empty,
//! in bounds and on `char` boundaries; the redacted text is what the spans say; redacting the
//! redacted text changes nothing (in every style) and finds nothing new.
#![no_main]

use std::sync::OnceLock;

use lapor_core::{RedactStyle, Redactor};
use libfuzzer_sys::fuzz_target;

fn redactors() -> &'static [Redactor; 3] {
    static R: OnceLock<[Redactor; 3]> = OnceLock::new();
    R.get_or_init(|| {
        [
            Redactor::default(),
            Redactor::default().with_style(RedactStyle::PartialMask),
            Redactor::default().with_style(RedactStyle::pseudonym(b"fuzz key of 16 b".to_vec()).unwrap()),
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
            rebuilt.push_str(&r.style().replacement(s.kind, &text[s.range.clone()]));
            at = s.range.end;
        }
        rebuilt.push_str(&text[at..]);
        assert_eq!(rebuilt, out.text);
        let again = r.redact(&out.text);
        assert_eq!(again.text, out.text, "redacting twice changed {text:?}");
    }
});
