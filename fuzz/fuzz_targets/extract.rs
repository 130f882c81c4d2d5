//! Arbitrary bytes -> `newsevent::extract_event`, checking the properties the crate
//! promises: every span in bounds and on char boundaries, `count == spans.len()`, and
//! the trigger's and the time expression's spans cover exactly their text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsevent::{extract_event, Span};

fn check(text: &str) {
    let e = extract_event(text);
    let ok = |what: &str, span: &Span| {
        assert!(span.start <= span.end && span.end <= text.len(), "{what}: span {span:?} out of range (len {})", text.len());
        assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "{what}: span {span:?} not on char boundaries"
        );
    };
    for c in &e.countries {
        assert_eq!(c.count, c.spans.len(), "country {} count", c.code);
        c.spans.iter().for_each(|s| ok("country", s));
    }
    for p in &e.people {
        assert_eq!(p.count, p.spans.len(), "person {} count", p.name);
        p.spans.iter().for_each(|s| ok("person", s));
    }
    for o in &e.organizations {
        assert_eq!(o.count, o.spans.len(), "organisation {} count", o.id);
        o.spans.iter().for_each(|s| ok("organisation", s));
    }
    for t in &e.topics {
        assert_eq!(t.count, t.spans.len(), "topic {} count", t.id);
        t.spans.iter().for_each(|s| ok("topic", s));
    }
    if let Some(k) = &e.kind {
        let s = k.trigger.span;
        ok("trigger", &s);
        assert_eq!(&text[s], k.trigger.text, "trigger text");
    }
    if let Some(w) = &e.when {
        ok("when", &w.span);
        assert_eq!(&text[w.span], w.text, "when text");
    }
    if let Some(l) = &e.location {
        ok("location", &l.span);
    }
}

fuzz_target!(|data: &[u8]| {
    match std::str::from_utf8(data) {
        // Valid UTF-8: the exact string (the lossy conversion would give the same one).
        Ok(exact) => check(exact),
        // Anything else: with U+FFFD for every invalid sequence.
        Err(_) => check(&String::from_utf8_lossy(data)),
    }
});
