//! Replays the fuzzers' seed inputs (`fuzz/seeds/<target>/`) through the public API, with
//! the same checks as the fuzz targets in `fuzz/fuzz_targets/`, plus a regression test
//! for every crash the fuzzers found (see `fuzz/README.md`).

use std::path::PathBuf;
use std::sync::OnceLock;

use newsevent::{Event, Extractor, Gazetteer, Span, Table, extract_event};

/// The same table order as `fuzz/fuzz_targets/gazetteer.rs`: the first byte, modulo 16 (`Table::ALL`).
const TABLES: [Table; 17] = Table::ALL;

/// The fixed sentence the `gazetteer` target extracts with the extended gazetteer.
const SENTENCE: &str = "date 2022-04-04 President Joe Biden met Prime Minister Narendra Modi in New Delhi on Tuesday \
     and the two leaders signed a defence agreement; NATO and the UN welcomed the talks.";

/// Every file of `fuzz/seeds/<target>/`, sorted by name.
fn seeds(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fuzz").join("seeds").join(target);
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| {
            let path = entry.expect("directory entry").path();
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            (path.file_name().unwrap().to_string_lossy().into_owned(), bytes)
        })
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no seeds in {}", dir.display());
    files
}

/// The properties the `extract` target asserts.
fn check(text: &str, e: &Event) {
    let ok = |what: &str, span: &Span| {
        assert!(
            span.start <= span.end && span.end <= text.len(),
            "{what}: span {span:?} out of range (len {})",
            text.len()
        );
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

/// What the `extract` target does with one input.
fn replay_extract(data: &[u8]) -> Event {
    let text = String::from_utf8_lossy(data);
    let e = extract_event(&text);
    check(&text, &e);
    e
}

/// `Gazetteer::embedded()`, parsed once per test binary (as the fuzz target does).
fn embedded() -> Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(Gazetteer::embedded).clone()
}

/// What the `gazetteer` target does with one input; `Some` when the rows were accepted.
fn replay_gazetteer(data: &[u8]) -> Option<Event> {
    let (&first, rest) = data.split_first()?;
    let table = TABLES[first as usize % TABLES.len()];
    let text = String::from_utf8_lossy(rest);
    let mut g = embedded();
    g.add_str(table, "fuzz.tsv", &text).ok()?;
    let x = Extractor::new(g).ok()?;
    let e = x.extract(SENTENCE);
    check(SENTENCE, &e);
    let own = x.extract(&text);
    check(&text, &own);
    Some(e)
}

#[test]
fn extract_seeds_keep_the_properties() {
    let mut hits = 0;
    for (name, bytes) in seeds("extract") {
        let e = replay_extract(&bytes);
        // The seeds are news sentences: each names at least one country, person or organisation.
        assert!(
            !(e.countries.is_empty() && e.people.is_empty() && e.organizations.is_empty()),
            "seed {name} found nothing: {e:?}"
        );
        hits += 1;
    }
    assert!(hits >= 5);
}

#[test]
fn gazetteer_seeds_load_and_extract() {
    let files = seeds("gazetteer");
    // One seed a table.
    let mut tables: Vec<usize> = files.iter().map(|(_, b)| b[0] as usize % TABLES.len()).collect();
    tables.sort_unstable();
    tables.dedup();
    assert_eq!(tables.len(), TABLES.len(), "a seed for every table");
    for (name, bytes) in files {
        // Every seed is a valid row, so the whole path (add_str, Extractor::new, extract) runs.
        let e = replay_gazetteer(&bytes).unwrap_or_else(|| panic!("seed {name} was not accepted"));
        assert!(e.countries.iter().any(|c| c.code == "IND"), "seed {name}: {e:?}");
    }
}
