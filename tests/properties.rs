//! Property tests: no panic on any input, spans on char boundaries equal to the text they
//! cover, counts equal to spans, deterministic output, serde round trip.

use newsevent::{Event, Span, extract_event};
use proptest::prelude::*;

fn check(text: &str) -> Event {
    let e = extract_event(text);
    let ok = |span: &Span| {
        assert!(span.start <= span.end && span.end <= text.len(), "span {span:?} out of range");
        assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "span {span:?} off char boundary"
        );
    };
    for c in &e.countries {
        assert_eq!(c.count, c.spans.len());
        c.spans.iter().for_each(ok);
    }
    for p in &e.people {
        assert_eq!(p.count, p.spans.len());
        p.spans.iter().for_each(ok);
        if !p.known {
            // An unknown person's first mention is the name as written.
            let s = p.spans[0];
            assert_eq!(&text[s], p.name);
        }
    }
    for o in &e.organizations {
        assert_eq!(o.count, o.spans.len());
        o.spans.iter().for_each(ok);
    }
    for t in &e.topics {
        assert_eq!(t.count, t.spans.len());
        t.spans.iter().for_each(ok);
    }
    if let Some(k) = &e.kind {
        ok(&k.trigger.span);
        assert_eq!(&text[k.trigger.span], k.trigger.text);
    }
    if let Some(w) = &e.when {
        ok(&w.span);
        assert_eq!(&text[w.span], w.text);
    }
    if let Some(l) = &e.location {
        ok(&l.span);
    }
    assert_eq!(e, extract_event(text), "output is not deterministic");
    let json = serde_json::to_string(&e).expect("serializes");
    let back: Event = serde_json::from_str(&json).expect("deserializes");
    assert_eq!(back, e, "serde round trip");
    e
}

/// Pieces of news text that make the generated strings hit the gazetteer often.
fn newsy() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "India",
        "Japan",
        "U.S.",
        "US",
        "us",
        "Indo-",
        "Sino-",
        "Russia's",
        "Russia’s",
        "President",
        "Prime Minister",
        "Narendra Modi",
        "Modi",
        "Kishida",
        "said",
        "held talks",
        "in Tokyo",
        "on Tuesday",
        "later this month",
        "sanctions",
        "NATO",
        "WHO",
        "who",
        "Indian Ocean",
        "-",
        "’",
        ".",
        ",",
        "\n",
        " ",
        "date 2022-04-04 ",
        "Erdoğan",
        "São Tomé",
        "é",
        "\u{301}",
        "\u{202e}",
        "\0",
        "\r",
        "🇮🇳",
        "Foreign Minister",
        "Mr.",
        "Dr.",
    ]);
    prop::collection::vec(words, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_string(s in any::<String>()) {
        check(&s);
    }

    #[test]
    fn news_like_strings(s in newsy()) {
        check(&s);
    }

    #[test]
    fn news_around_unicode(a in newsy(), u in "\\PC{0,8}", b in newsy()) {
        check(&format!("{a}{u}{b}"));
    }
}

#[test]
fn odd_inputs_do_not_break_it() {
    let big = "é".repeat(50_000);
    let a100k = "a".repeat(100_000);
    let combining = "e\u{301}\u{302}\u{303}".repeat(10_000);
    let planes = "𝔸\u{1F1EE}\u{1F1F3}\u{10FFFF}\u{E000}".repeat(5_000);
    let inputs = [
        "",
        "   \n\t  ",
        "https://example.com/world/india-japan-talks?id=2022",
        "<p>India &amp; Japan held <b>talks</b> in Tokyo.</p>",
        "INDIA AND JAPAN HOLD TALKS IN TOKYO",
        "india and japan hold talks in tokyo no punctuation at all",
        " date ",
        " date 2022-13-45 India",
        "\0\0\0India\0",
        "\r\r\rJapan\r",
        "مرحبا India שלום",
        big.as_str(),
        a100k.as_str(),
        combining.as_str(),
        planes.as_str(),
        "India\u{301}n officials met Japan\u{200d}ese envoys in Tokyo\u{feff}.",
        "\u{202e}India\u{202c} \u{5d0}\u{5d1} Japan",
        // Found by the property tests: a sentence with only a person once sliced past its end.
        "Narendra Modi-us\nPresidentheld talkslater this month-sanctions-",
        "us-Narendra Modi\nUSheld talks\rheld talksIndia",
    ];
    for i in inputs {
        check(i);
    }
    assert_eq!(extract_event(""), Event::default());
}

/// A 50 MB single line (no sentence ends, no line breaks): a sane event, in linear time.
#[test]
fn fifty_megabyte_single_line() {
    let piece = "India and Japan held talks in Tokyo on Monday while protesters marched ";
    let text = piece.repeat(50_000_000 / piece.len());
    assert!(text.len() > 49_000_000);
    let e = extract_event(&text);
    let codes: Vec<&str> = e.countries.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(codes, ["JPN", "IND"]);
    assert_eq!(e.countries[0].count, 2 * (50_000_000 / piece.len()));
    assert_eq!(e.kind.map(|k| k.code), Some(newsevent::Plover::Consult));
    // The headline is the start of the line, cut at the first space after 2,000 bytes.
    assert!(text.starts_with(&e.headline), "{}", e.headline.len());
    assert!((2_000..2_000 + piece.len()).contains(&e.headline.len()), "{}", e.headline.len());
}
