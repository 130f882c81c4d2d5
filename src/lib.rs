//! `newsevent` turns a news article into one structured event: who (people with their
//! role and country, countries, organisations), where, when, and what (the event type,
//! who did it to whom, and the topics), from a gazetteer embedded in the crate and matched
//! in one pass.
//!
//! # The one call
//!
//! ```
//! let event = newsevent::extract_event(
//!     " date 2022-04-04 Stage is set for the Indo-Japan 2+2 Ministerial level talks later this month.",
//! );
//! assert_eq!(event.date.unwrap().to_string(), "2022-04-04");
//! assert_eq!(event.actors, ["IND", "JPN"]);
//! assert_eq!(event.kind.unwrap().code, newsevent::Plover::Consult);
//! let when = event.when.unwrap();
//! assert_eq!((when.start.unwrap().to_string(), when.end.unwrap().to_string()),
//!            ("2022-04-04".to_string(), "2022-04-30".to_string()));
//! ```
//!
//! [`extract_event`] never fails: it uses a default [`Extractor`] built on first use and
//! shared by all threads. For your own people, organisations or topics, build a
//! [`Gazetteer`] (the embedded one plus your TSV files, see [`Table`]) and an
//! [`Extractor`] from it:
//!
//! ```
//! use newsevent::{Extractor, Gazetteer, Table};
//! let mut g = Gazetteer::embedded();
//! g.add_str(Table::Organizations, "mine.tsv", "ACME_PACT\tAcme Pact\tthe Pact\tgrouping\t\t\t\n")?;
//! let x = Extractor::new(g)?;
//! assert_eq!(x.extract("Members of the Acme Pact met.").organizations[0].id, "ACME_PACT");
//! # Ok::<(), newsevent::GazetteerError>(())
//! ```
//!
//! # How text is matched
//!
//! The text is cut once into tokens (words and punctuation), each with the key of its
//! folded form: lower case, diacritics dropped (`Erdoğan`, `ERDOGAN` and `Erdogan` have one
//! key), `'` and `’` one. Every surface form of every table is a path of such keys in one
//! trie, walked from each word start; the longest form whose case rule the text obeys wins.
//! Forms written all in capitals (`US`, `WHO`) match only in capitals; names match as
//! written or in ALL CAPS; topic cues, event triggers and titles match in any case. Matches
//! never start or end inside a word (`India` is not in `Indiana`), and longer forms win, so
//! `Indian Ocean` and `South China Sea` (blockers in the data) hide the countries inside.
//!
//! # The output
//!
//! [`Event`] serializes to one JSON object whose fields are always present; its rustdoc
//! has an example, and `docs/OUTPUT.md` in the repository describes every field (with a
//! JSON Schema in `schema/event.schema.json`). Countries are ISO3 codes;
//! [`country_name`] names them. Spans are byte ranges into the text passed in (`&text[span]`).
//!
//! # The command line
//!
//! `examples/extract.rs` is the `extract` command (`cargo install --path . --example
//! extract`): `extract article.txt` prints the event as JSON, `extract --jsonl` turns lines
//! of `{"id": ..., "text": "..."}` into lines of `{"id": ..., "event": {...}}`;
//! `extract --help` says the rest.
//!
//! # Limits
//!
//! One event per article, the main one, from the lead. English text. People, roles and
//! organisations are those of the embedded tables, current to [`DATA_VERSION`]; add your
//! own with [`Gazetteer::add_str`]. The embedded places have no coordinates yet.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod countries;
mod date;
mod event;
mod extractor;
mod gazetteer;
mod hash;
mod lexicon;
mod matcher;
mod mentions;
mod model;
mod orgs;
mod people;
mod text;
mod time;
mod topics;

pub use date::{Date, DateError};
pub use extractor::Extractor;
pub use gazetteer::{Gazetteer, GazetteerError, Table, country_name};
pub use model::{
    CountryMention, Event, EventKind, Location, OrgMention, PersonMention, Plover, Span, TopicMention, Trigger,
    UnknownPlover, When,
};

use std::sync::LazyLock;

/// How current the embedded tables are: facts up to this day (the heads of state and
/// government of the CIA World Factbook's January 2026 edition, ministers and heads of
/// international organisations checked to it). A role that started later is missing.
///
/// ```
/// assert_eq!(newsevent::DATA_VERSION, "2026-01-15");
/// ```
pub const DATA_VERSION: &str = "2026-01-15";

static DEFAULT: LazyLock<Extractor> = LazyLock::new(|| match Extractor::new(Gazetteer::embedded()) {
    Ok(x) => x,
    // The embedded gazetteer is checked by the test suite; failing here is a bug in the crate.
    Err(e) => panic!("the embedded gazetteer does not build: {e}"),
});

/// The default extractor, built from the embedded gazetteer on first use and shared.
///
/// ```
/// let x = newsevent::default_extractor();
/// assert!(x.pattern_count() > 1000);
/// ```
pub fn default_extractor() -> &'static Extractor {
    &DEFAULT
}

/// Extracts the event of one news article with the embedded gazetteer.
///
/// Never fails and never panics: an empty or odd text gives an empty event.
///
/// ```
/// let e = newsevent::extract_event("Russia's foreign minister Sergei Lavrov met his Indian counterpart in New Delhi.");
/// assert!(e.countries.iter().any(|c| c.code == "RUS"));
/// assert_eq!(e.location.unwrap().name, "New Delhi");
/// assert_eq!(newsevent::extract_event(""), newsevent::Event::default());
/// ```
pub fn extract_event(text: &str) -> Event {
    DEFAULT.extract(text)
}

/// Extracts the events of many articles, in input order; with the `rayon` feature on, on
/// all cores.
///
/// ```
/// let events = newsevent::extract_events(&["India and Japan held talks.", "Protesters marched in Havana."]);
/// assert_eq!(events.len(), 2);
/// assert_eq!(events[1].countries[0].code, "CUB");
/// ```
pub fn extract_events<S: AsRef<str> + Sync>(texts: &[S]) -> Vec<Event> {
    DEFAULT.extract_batch(texts)
}

/// The README's code examples, run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
