//! The [`Extractor`]: the index of every stage, built from a [`Gazetteer`], and the
//! pipeline that turns a text into an [`Event`].

use crate::countries::{self, CountryIndex};
use crate::date::Date;
use crate::event::{self, EventIndex};
use crate::gazetteer::{Gazetteer, GazetteerError};
use crate::lexicon::Lexicon;
use crate::matcher::{Matcher, MatcherBuilder};
use crate::model::Event;
use crate::orgs::{self, OrgIndex};
use crate::people::{self, PeopleIndex};
use crate::text::{Doc, normalise_ws};
use crate::topics::{self, TopicIndex};

/// Turns news articles into [`Event`]s with a given [`Gazetteer`].
///
/// Build it once and share it: it is `Send + Sync`, and [`Extractor::extract`] takes `&self`.
///
/// ```
/// use newsevent::{Extractor, Gazetteer};
/// let x = Extractor::new(Gazetteer::embedded())?;
/// let e = x.extract("Japanese and Indian ministers held talks in Tokyo.");
/// assert_eq!(e.kind.unwrap().code, newsevent::Plover::Consult);
/// # Ok::<(), newsevent::GazetteerError>(())
/// ```
#[derive(Debug, Clone)]
pub struct Extractor {
    pub(crate) matcher: Matcher,
    pub(crate) lexicon: Lexicon,
    pub(crate) countries: CountryIndex,
    pub(crate) people: PeopleIndex,
    pub(crate) orgs: OrgIndex,
    pub(crate) topics: TopicIndex,
    pub(crate) events: EventIndex,
    pub(crate) reference: Option<Date>,
}

impl Extractor {
    /// Compiles a gazetteer into an extractor: each stage builds its index and gives its
    /// surface forms to the one matcher.
    ///
    /// ```
    /// let x = newsevent::Extractor::new(newsevent::Gazetteer::empty())?;
    /// assert!(x.extract("India").countries.is_empty());
    /// # Ok::<(), newsevent::GazetteerError>(())
    /// ```
    pub fn new(mut g: Gazetteer) -> Result<Extractor, GazetteerError> {
        let mut b = MatcherBuilder::with_capacity(g.forms.len() + g.places.len() * 2 + g.people.len() * 2 + 20_000);
        let lexicon = Lexicon::new(&g.words);
        // The order of registration is the order of each pattern's values. The places move
        // into their index (the largest table: no copy of its strings).
        let places = std::mem::take(&mut g.places);
        let countries = CountryIndex::build(&g, places, &mut b);
        let people = PeopleIndex::build(&g, &countries, &lexicon, &mut b);
        let orgs = OrgIndex::build(&g, &countries, &mut b);
        let topics = TopicIndex::build(&g, &mut b);
        let events = EventIndex::build(&g, &mut b);
        PeopleIndex::add_titles(&g, &mut b);
        let matcher = b.build()?;
        Ok(Extractor { matcher, lexicon, countries, people, orgs, topics, events, reference: None })
    }

    /// The same extractor with a reference date for texts that carry no date of their own:
    /// relative times (`on Tuesday`, `last week`) and people's roles resolve against it.
    ///
    /// ```
    /// use newsevent::{Date, Extractor, Gazetteer};
    /// let x = Extractor::new(Gazetteer::embedded())?.with_reference_date(Date::new(2022, 4, 4).unwrap());
    /// let e = x.extract("India and Japan will hold talks next month.");
    /// assert_eq!(e.date, None);
    /// assert_eq!(e.when.unwrap().start.unwrap().to_string(), "2022-05-01");
    /// # Ok::<(), newsevent::GazetteerError>(())
    /// ```
    pub fn with_reference_date(mut self, date: Date) -> Extractor {
        self.reference = Some(date);
        self
    }

    /// Number of surface forms (patterns) in the matcher.
    ///
    /// ```
    /// assert!(newsevent::default_extractor().pattern_count() > 1000);
    /// ```
    pub fn pattern_count(&self) -> usize {
        self.matcher.pattern_count()
    }

    /// Heap bytes taken by the matcher.
    ///
    /// ```
    /// assert!(newsevent::default_extractor().matcher_bytes() > 0);
    /// ```
    pub fn matcher_bytes(&self) -> usize {
        self.matcher.memory_usage()
    }

    /// The bare pass of the matcher over `text` (tokens and the longest patterns, no
    /// checks): the floor any pipeline on it pays, for benchmarks. Returns the raw matches.
    #[doc(hidden)]
    pub fn bare_scan(&self, text: &str) -> usize {
        let mut tokens = Vec::with_capacity(text.len() / 5 + 8);
        crate::text::token::tokenize(text, &mut tokens);
        self.matcher.bare_scan(&tokens)
    }

    /// Extracts the event of one article. Never fails and never panics.
    ///
    /// ```
    /// let x = newsevent::default_extractor();
    /// let e = x.extract(" date 2022-04-04 Stage is set for the Indo-Japan 2+2 talks later this month.");
    /// let codes: Vec<&str> = e.countries.iter().map(|c| c.code.as_str()).collect();
    /// assert_eq!(codes, ["IND", "JPN"]);
    /// ```
    pub fn extract(&self, text: &str) -> Event {
        self.extract_with_reference(text, self.reference)
    }

    /// Extracts the event of one article, with `reference` as the date for a text that
    /// carries none (the text's own date wins).
    ///
    /// ```
    /// use newsevent::Date;
    /// let x = newsevent::default_extractor();
    /// let e = x.extract_with_reference("Protesters marched in Havana yesterday.", Some(Date::new(2021, 7, 12).unwrap()));
    /// assert_eq!(e.when.unwrap().start.unwrap().to_string(), "2021-07-11");
    /// ```
    pub fn extract_with_reference(&self, text: &str, reference: Option<Date>) -> Event {
        // Stage 1: the text's structure. Stage 2: one pass of the matcher.
        let mut doc = Doc::new(text, reference, &self.lexicon);
        let mut hits = Vec::with_capacity((text.len() / 12).clamp(32, 1 << 16));
        self.matcher.scan(text, &doc.tokens, &mut hits);
        doc.hits = hits;
        // Stage 3: resolve people, countries, organisations.
        let mut people = people::resolve(self, &doc);
        let countries = countries::resolve(self, &doc, &people.used);
        people::countries_from_sentences(self, &doc, &countries, &mut people);
        let organizations = orgs::resolve(self, &doc);
        // Stage 4: the main event, then the topics (the event's kind gives one).
        let main = event::resolve(self, &doc, &people, &countries);
        let topics = topics::resolve(self, &doc, main.kind.as_ref(), &organizations);
        // Stage 5: the event.
        Event {
            date: doc.date,
            headline: doc.lead_sentences(1).first().map(|r| normalise_ws(&text[r.clone()])).unwrap_or_default(),
            kind: main.kind,
            actors: main.actors,
            source: main.source,
            target: main.target,
            location: main.location,
            when: main.when,
            countries: countries.mentions,
            people: people.mentions,
            organizations,
            topics,
        }
    }

    /// Extracts the events of many articles, in input order; with the `rayon` feature on,
    /// on all cores.
    ///
    /// ```
    /// let x = newsevent::default_extractor();
    /// let events = x.extract_batch(&["The EU imposed sanctions on Belarus.".to_string()]);
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
