//! `newsevent` turns a news article into one structured event: who (people with their
//! role and country, countries, organisations), where, when, and what (the event type
//! and the topics), from a gazetteer embedded in the crate and matched in one
//! Aho-Corasick pass.
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
//! [`Gazetteer`] (the embedded one plus your TSV files, see `data/README.md`) and an
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
//! One leftmost-longest automaton holds every surface form of every table. Matches must
//! stand on word boundaries (Unicode-aware: `India` is not in `Indiana`). Forms written
//! all in capitals (`US`, `UK`, `WHO`) match only in capitals; names match as written or
//! in ALL CAPS; topic cues, event triggers and titles match in any case. Accents are
//! folded (`Erdogan` finds `Erdoğan`) and `'` and `’` are the same. Longer forms win, so
//! `Indian Ocean` and `South China Sea` (blockers in the data) hide the countries inside.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod countries;
mod event;
mod extractor;
mod gazetteer;
mod hash;
mod matcher;
mod model;
mod orgs;
mod people;
mod text;
pub mod time;
mod topics;

pub use extractor::Extractor;
pub use gazetteer::{Gazetteer, GazetteerError, Table};
pub use model::{
    CountryMention, Event, EventKind, Location, OrgMention, PersonMention, Plover, Span, TopicMention, Trigger,
    UnknownPlover, When,
};
pub use time::Date;

use once_cell::sync::Lazy;

static DEFAULT: Lazy<Extractor> = Lazy::new(|| match Extractor::new(Gazetteer::embedded()) {
    Ok(x) => x,
    // The embedded gazetteer is checked by the test suite; failing here is a bug in the crate.
    Err(e) => panic!("the embedded gazetteer does not build: {e}"),
});

/// The default extractor, built from the embedded gazetteer on first use.
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

impl Extractor {
    /// Extracts the events of many articles, in input order; with the `rayon` feature on,
    /// on all cores.
    ///
    /// ```
    /// let x = newsevent::default_extractor();
    /// let events = x.extract_batch(&vec!["The EU imposed sanctions on Belarus.".to_string()]);
    /// assert_eq!(events[0].kind.as_ref().unwrap().code, newsevent::Plover::Sanction);
    /// ```
    pub fn extract_batch<S: AsRef<str> + Sync>(&self, texts: &[S]) -> Vec<Event> {
        self.extract_batch_with_reference(texts, self.reference)
    }

    /// Like [`Extractor::extract_batch`], with `reference` as the date for texts that
    /// carry none.
    ///
    /// ```
    /// let d = newsevent::Date::new(2021, 1, 18).unwrap();
    /// let events = newsevent::default_extractor().extract_batch_with_reference(&["Navalny was detained yesterday."], Some(d));
    /// assert_eq!(events[0].when.as_ref().unwrap().start, Some(newsevent::Date::new(2021, 1, 17).unwrap()));
    /// ```
    pub fn extract_batch_with_reference<S: AsRef<str> + Sync>(
        &self,
        texts: &[S],
        reference: Option<Date>,
    ) -> Vec<Event> {
        #[cfg(feature = "rayon")]
        {
            use rayon::prelude::*;
            texts.par_iter().map(|t| self.extract_with_reference(t.as_ref(), reference)).collect()
        }
        #[cfg(not(feature = "rayon"))]
        {
            texts.iter().map(|t| self.extract_with_reference(t.as_ref(), reference)).collect()
        }
    }
}

/// The README's code examples, run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
