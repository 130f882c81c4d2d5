//! First byte picks a `Table`, the rest is that table's file text.
//! `Gazetteer::embedded().add_str(..)` must return `Ok` or `Err`, never panic; when it is
//! `Ok`, `Extractor::new` must not panic and neither must extracting a short sentence.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use newsevent::{Extractor, Gazetteer, Table};

const TABLES: [Table; 17] = Table::ALL;

const SENTENCE: &str = "date 2022-04-04 President Joe Biden met Prime Minister Narendra Modi in New Delhi on Tuesday \
     and the two leaders signed a defence agreement; NATO and the UN welcomed the talks.";

/// The embedded gazetteer, parsed once: every run adds to a clone of it, which is the
/// same as calling `Gazetteer::embedded()` afresh but much faster.
fn embedded() -> Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(Gazetteer::embedded).clone()
}

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else { return };
    let table = TABLES[first as usize % TABLES.len()];
    let text = String::from_utf8_lossy(rest);
    let mut g = embedded();
    if g.add_str(table, "fuzz.tsv", &text).is_ok() {
        if let Ok(x) = Extractor::new(g) {
            let e = x.extract(SENTENCE);
            let _ = x.extract(&text);
            drop(e);
        }
    }
});
