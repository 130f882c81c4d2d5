//! The gazetteer: the tables of `data/`, parsed and checked, plus what a user loads.
//!
//! Every table is plain TSV (see `data/README.md` and [`Table`]). [`Gazetteer::embedded`]
//! parses the tables shipped in the crate; [`Gazetteer::add_str`] and
//! [`Gazetteer::add_file`] add a user's rows in the same formats, and
//! [`Gazetteer::clear`] drops a table to replace it.

mod cells;
mod error;
mod names;
mod parse;
mod rows;
mod table;

use crate::hash::FastSet;
use std::path::Path;

pub use error::GazetteerError;
pub use names::country_name;
pub(crate) use rows::*;
pub use table::Table;

use cells::Row;
use parse::{Known, Parsed};

/// The data an [`Extractor`](crate::Extractor) is built from: countries, places, people
/// with their roles, organisations, topics, event cues and word lists.
///
/// ```
/// use newsevent::{Extractor, Gazetteer, Table};
/// let mut g = Gazetteer::embedded();
/// g.add_str(Table::People, "mine.tsv", "Jane Roe\tRoe\tMayor of Springfield\tUSA\t2021-01-04\t\n")?;
/// let x = Extractor::new(g)?;
/// let e = x.extract("Jane Roe opened the bridge. Roe said it was a good day.");
/// assert_eq!(e.people[0].name, "Jane Roe");
/// assert_eq!(e.people[0].count, 2);
/// # Ok::<(), newsevent::GazetteerError>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    pub(crate) countries: Vec<CountryRow>,
    pub(crate) forms: Vec<FormRow>,
    pub(crate) places: Vec<PlaceRow>,
    pub(crate) blockers: Vec<String>,
    pub(crate) people: Vec<RoleRow>,
    pub(crate) orgs: Vec<OrgRow>,
    pub(crate) topics: Vec<TopicRow>,
    pub(crate) cues: Vec<CueRow>,
    pub(crate) topic_rules: Vec<TopicRuleRow>,
    pub(crate) triggers: Vec<TriggerRow>,
    pub(crate) verbs: Vec<VerbRow>,
    pub(crate) verb_patterns: Vec<VerbPatternRow>,
    pub(crate) negations: Vec<NegRow>,
    pub(crate) titles: Vec<TitleRow>,
    pub(crate) given_names: Vec<String>,
    pub(crate) variants: Vec<VariantRow>,
    pub(crate) words: Vec<WordRow>,
}

/// The tables shipped in the crate, as (table, file name, text).
pub(crate) const EMBEDDED: &[(Table, &str, &str)] = &[
    (Table::Countries, "data/countries.tsv", include_str!("../../data/countries.tsv")),
    (Table::CountryForms, "data/country_forms.tsv", include_str!("../../data/country_forms.tsv")),
    (Table::Places, "data/places.tsv", include_str!("../../data/places.tsv")),
    (Table::Places, "data/regions.tsv", include_str!("../../data/regions.tsv")),
    (Table::Blockers, "data/blockers.tsv", include_str!("../../data/blockers.tsv")),
    (Table::People, "data/people/leaders.tsv", include_str!("../../data/people/leaders.tsv")),
    (Table::People, "data/people/ministers_west.tsv", include_str!("../../data/people/ministers_west.tsv")),
    (Table::People, "data/people/ministers_rest.tsv", include_str!("../../data/people/ministers_rest.tsv")),
    (Table::People, "data/people/intl.tsv", include_str!("../../data/people/intl.tsv")),
    (Table::Organizations, "data/organizations.tsv", include_str!("../../data/organizations.tsv")),
    (Table::Topics, "data/topics.tsv", include_str!("../../data/topics.tsv")),
    (Table::TopicCues, "data/topic_cues.tsv", include_str!("../../data/topic_cues.tsv")),
    (Table::Triggers, "data/triggers.tsv", include_str!("../../data/triggers.tsv")),
    (Table::Verbs, "data/verbs.tsv", include_str!("../../data/verbs.tsv")),
    (Table::VerbPatterns, "data/verb_patterns.tsv", include_str!("../../data/verb_patterns.tsv")),
    (Table::Negations, "data/negations.tsv", include_str!("../../data/negations.tsv")),
    (Table::Titles, "data/titles.tsv", include_str!("../../data/titles.tsv")),
    (Table::GivenNames, "data/given_names.tsv", include_str!("../../data/given_names.tsv")),
    (Table::NameVariants, "data/name_variants.tsv", include_str!("../../data/name_variants.tsv")),
    (Table::Words, "data/words.tsv", include_str!("../../data/words.tsv")),
    (Table::TopicRules, "data/topic_rules.tsv", include_str!("../../data/topic_rules.tsv")),
];

impl Gazetteer {
    /// The gazetteer shipped in the crate (every country, places, leaders since 2000,
    /// ministers, heads of international organisations, organisations, topics, event cues,
    /// word lists). Its version is [`DATA_VERSION`](crate::DATA_VERSION).
    ///
    /// ```
    /// let g = newsevent::Gazetteer::embedded();
    /// assert!(g.len(newsevent::Table::Countries) >= 250);
    /// ```
    pub fn embedded() -> Gazetteer {
        let mut g = Gazetteer::default();
        for &(table, file, text) in EMBEDDED {
            // The embedded tables are checked by the test suite (tests/data.rs);
            // a bad row there is a bug in the crate, never in the caller's input.
            if let Err(e) = g.add_str(table, file, text) {
                panic!("embedded gazetteer: {e}");
            }
        }
        g
    }

    /// An empty gazetteer, for users who bring all their own tables.
    ///
    /// ```
    /// let g = newsevent::Gazetteer::empty();
    /// assert_eq!(g.len(newsevent::Table::People), 0);
    /// ```
    pub fn empty() -> Gazetteer {
        Gazetteer::default()
    }

    /// Number of rows in a table.
    ///
    /// ```
    /// let g = newsevent::Gazetteer::embedded();
    /// assert_eq!(g.len(newsevent::Table::Topics), 28);
    /// ```
    pub fn len(&self, table: Table) -> usize {
        match table {
            Table::Countries => self.countries.len(),
            Table::CountryForms => self.forms.len(),
            Table::Places => self.places.len(),
            Table::Blockers => self.blockers.len(),
            Table::People => self.people.len(),
            Table::Organizations => self.orgs.len(),
            Table::Topics => self.topics.len(),
            Table::TopicCues => self.cues.len(),
            Table::TopicRules => self.topic_rules.len(),
            Table::Triggers => self.triggers.len(),
            Table::Verbs => self.verbs.len(),
            Table::VerbPatterns => self.verb_patterns.len(),
            Table::Negations => self.negations.len(),
            Table::Titles => self.titles.len(),
            Table::GivenNames => self.given_names.len(),
            Table::NameVariants => self.variants.len(),
            Table::Words => self.words.len(),
        }
    }

    /// Whether every table is empty.
    ///
    /// ```
    /// assert!(newsevent::Gazetteer::empty().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        Table::ALL.iter().all(|&t| self.len(t) == 0)
    }

    /// Drops every row of a table, so that the rows added next replace it.
    ///
    /// ```
    /// use newsevent::{Gazetteer, Table};
    /// let mut g = Gazetteer::embedded();
    /// g.clear(Table::People);
    /// assert_eq!(g.len(Table::People), 0);
    /// ```
    pub fn clear(&mut self, table: Table) {
        match table {
            Table::Countries => self.countries.clear(),
            Table::CountryForms => self.forms.clear(),
            Table::Places => self.places.clear(),
            Table::Blockers => self.blockers.clear(),
            Table::People => self.people.clear(),
            Table::Organizations => self.orgs.clear(),
            Table::Topics => self.topics.clear(),
            Table::TopicCues => self.cues.clear(),
            Table::TopicRules => self.topic_rules.clear(),
            Table::Triggers => self.triggers.clear(),
            Table::Verbs => self.verbs.clear(),
            Table::VerbPatterns => self.verb_patterns.clear(),
            Table::Negations => self.negations.clear(),
            Table::Titles => self.titles.clear(),
            Table::GivenNames => self.given_names.clear(),
            Table::NameVariants => self.variants.clear(),
            Table::Words => self.words.clear(),
        }
    }

    /// Reads a table file (UTF-8 TSV in the format of [`Table`]) and adds its rows.
    ///
    /// ```
    /// use newsevent::{Gazetteer, Table};
    /// let err = Gazetteer::embedded().add_file(Table::People, "no/such/file.tsv").unwrap_err();
    /// assert!(err.to_string().starts_with("no/such/file.tsv: cannot read"));
    /// ```
    pub fn add_file(&mut self, table: Table, path: impl AsRef<Path>) -> Result<(), GazetteerError> {
        let path = path.as_ref();
        let file = path.display().to_string();
        if path.is_dir() {
            let source = std::io::Error::other("is a directory, not a table file");
            return Err(GazetteerError::Io { file, source });
        }
        let bytes = std::fs::read(path).map_err(|source| GazetteerError::Io { file: file.clone(), source })?;
        let text = match std::str::from_utf8(&bytes) {
            Ok(t) => t,
            Err(e) => {
                let line = 1 + bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count();
                return Err(GazetteerError::Utf8 { file, line });
            }
        };
        self.add_str(table, &file, text)
    }

    /// Parses rows of a table from text and adds them; `file` names the source in errors.
    /// Either every row is added or, on the first bad row, none is.
    ///
    /// ```
    /// use newsevent::{Gazetteer, Table};
    /// let mut g = Gazetteer::embedded();
    /// let before = g.len(Table::People);
    /// let rows = "Jane Roe\t\tMayor\tUSA\t2021-01-04\t\nJohn Doe\t\tMayor\tUSA\t2021-13-01\t\n";
    /// let err = g.add_str(Table::People, "mine.tsv", rows).unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "mine.tsv:2: bad date `2021-13-01` in column `start`: month out of range"
    /// );
    /// assert_eq!(g.len(Table::People), before);
    /// ```
    pub fn add_str(&mut self, table: Table, file: &str, text: &str) -> Result<(), GazetteerError> {
        let mut staged = Gazetteer::default();
        {
            let known = Known {
                countries: self.countries.iter().map(|c| c.iso3.as_str()).collect(),
                topics: self.topics.iter().map(|t| t.id.as_str()).collect(),
                orgs: self.orgs.iter().map(|o| o.id.as_str()).collect(),
            };
            let mut ids: FastSet<String> = match table {
                Table::Countries => self.countries.iter().map(|c| c.iso3.clone()).collect(),
                Table::Organizations => self.orgs.iter().map(|o| o.id.clone()).collect(),
                Table::Topics => self.topics.iter().map(|t| t.id.clone()).collect(),
                _ => FastSet::default(),
            };
            let mut parents: Vec<(usize, String)> = Vec::new();
            let text = text.strip_prefix('\u{feff}').unwrap_or(text);
            for (i, raw) in text.lines().enumerate() {
                let line = raw.strip_suffix('\r').unwrap_or(raw);
                if line.trim().is_empty() || line.starts_with('#') {
                    continue;
                }
                let row = Row::new(file, i + 1, table, line)?;
                let parsed = parse::parse(&row, &known)?;
                if let Some(id) = unique_id(&parsed)
                    && !ids.insert(id.to_string())
                {
                    return Err(row.err(format!("duplicate {} `{id}`", id_name(table))));
                }
                if let Parsed::Org(o) = &parsed
                    && let Some(p) = &o.parent
                {
                    parents.push((i + 1, p.clone()));
                }
                staged.push(parsed);
            }
            // A parent may come later in the same file, so parents are checked at the end.
            for (line, p) in parents {
                if !ids.contains(&p) {
                    let message = format!("unknown parent organisation `{p}`");
                    return Err(GazetteerError::Row { file: file.to_string(), line, message });
                }
            }
        }
        self.append(staged);
        Ok(())
    }

    fn push(&mut self, row: Parsed) {
        match row {
            Parsed::Country(r) => self.countries.push(r),
            Parsed::Form(r) => self.forms.push(r),
            Parsed::Place(r) => self.places.push(r),
            Parsed::Blocker(r) => self.blockers.push(r),
            Parsed::Role(r) => self.people.push(r),
            Parsed::Org(r) => self.orgs.push(r),
            Parsed::Topic(r) => self.topics.push(r),
            Parsed::Cue(r) => self.cues.push(r),
            Parsed::TopicRule(r) => self.topic_rules.push(r),
            Parsed::Trigger(r) => self.triggers.push(r),
            Parsed::Verb(r) => self.verbs.push(r),
            Parsed::VerbPattern(r) => self.verb_patterns.push(r),
            Parsed::Negation(r) => self.negations.push(r),
            Parsed::Title(r) => self.titles.push(r),
            Parsed::GivenName(r) => self.given_names.push(r),
            Parsed::Variant(r) => self.variants.push(r),
            Parsed::Word(r) => self.words.push(r),
        }
    }

    fn append(&mut self, mut g: Gazetteer) {
        self.countries.append(&mut g.countries);
        self.forms.append(&mut g.forms);
        self.places.append(&mut g.places);
        self.blockers.append(&mut g.blockers);
        self.people.append(&mut g.people);
        self.orgs.append(&mut g.orgs);
        self.topics.append(&mut g.topics);
        self.cues.append(&mut g.cues);
        self.topic_rules.append(&mut g.topic_rules);
        self.triggers.append(&mut g.triggers);
        self.verbs.append(&mut g.verbs);
        self.verb_patterns.append(&mut g.verb_patterns);
        self.negations.append(&mut g.negations);
        self.titles.append(&mut g.titles);
        self.given_names.append(&mut g.given_names);
        self.variants.append(&mut g.variants);
        self.words.append(&mut g.words);
    }
}

/// The id a row must not share with another of its table.
fn unique_id(row: &Parsed) -> Option<&str> {
    match row {
        Parsed::Country(c) => Some(&c.iso3),
        Parsed::Org(o) => Some(&o.id),
        Parsed::Topic(t) => Some(&t.id),
        _ => None,
    }
}

fn id_name(table: Table) -> &'static str {
    match table {
        Table::Countries => "country",
        Table::Organizations => "organisation id",
        _ => "topic id",
    }
}
