//! The rows of every table, parsed and checked.

use crate::date::Date;
use crate::model::Plover;

/// How a country form refers to its country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FormKind {
    Name,
    Abbr,
    Demonym,
    Combining,
}

/// Flags on a country form or a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Flags {
    /// Also a common name or word: not counted next to another capitalised name word.
    pub ambiguous: bool,
    /// Counted only when the country is also referred to by a form that is not weak.
    pub weak: bool,
    /// A place that counts as a reference to its country (a major city).
    pub major: bool,
}

#[derive(Debug, Clone)]
pub(crate) struct CountryRow {
    pub iso3: String,
    pub name: String,
}

#[derive(Debug, Clone)]
pub(crate) struct FormRow {
    pub form: String,
    pub iso3: String,
    pub kind: FormKind,
    pub flags: Flags,
}

/// What kind of place a place row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PlaceKind {
    Capital,
    City,
    State,
    Region,
}

#[derive(Debug, Clone)]
pub(crate) struct PlaceRow {
    pub name: String,
    pub iso3: String,
    pub kind: PlaceKind,
    pub aliases: Vec<String>,
    pub flags: Flags,
    pub admin1: Option<String>,
    pub population: Option<u64>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub geonames: Option<u64>,
}

#[derive(Debug, Clone)]
pub(crate) struct RoleRow {
    pub name: String,
    pub aliases: Vec<String>,
    pub role: Option<String>,
    pub country: Option<String>,
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub wikidata: Option<String>,
}

/// What kind of organisation a row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OrgKind {
    Igo,
    Body,
    Grouping,
    ArmedGroup,
    Unspecified,
}

#[derive(Debug, Clone)]
pub(crate) struct OrgRow {
    pub id: String,
    pub name: String,
    /// Alias, and whether it counts only when the parent is mentioned too.
    pub aliases: Vec<(String, bool)>,
    pub kind: OrgKind,
    pub parent: Option<String>,
    pub members: Vec<String>,
}

#[derive(Debug, Clone)]
pub(crate) struct TopicRow {
    pub id: String,
    pub label: String,
    pub iptc: Option<String>,
}

#[derive(Debug, Clone)]
pub(crate) struct CueRow {
    pub topic: String,
    pub cue: String,
    pub weight: u8,
}

/// What a topic rule is keyed by (data/topic_rules.tsv).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum RuleKey {
    /// The main event's type.
    Event(Plover),
    /// An organisation id.
    Org(String),
    /// A cue of the rule's topic.
    Cue(String),
}

#[derive(Debug, Clone)]
pub(crate) struct TopicRuleRow {
    pub key: RuleKey,
    pub topic: String,
    pub weight: u8,
    pub when: Vec<String>,
    pub unless: Vec<String>,
}

#[derive(Debug, Clone)]
pub(crate) struct TriggerRow {
    pub cue: String,
    pub plover: Plover,
    pub cameo: Option<String>,
    pub weight: u8,
}

#[derive(Debug, Clone)]
pub(crate) struct VerbRow {
    pub group: String,
    #[expect(dead_code, reason = "the base form names the row; the matcher reads the forms")]
    pub verb: String,
    pub forms: Vec<String>,
    pub plover: Option<Plover>,
    pub cameo: Option<String>,
}

#[derive(Debug, Clone)]
pub(crate) struct VerbPatternRow {
    pub group: String,
    pub pattern: String,
    pub plover: Option<Plover>,
    pub cameo: Option<String>,
    pub weight: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NegKind {
    Neg,
    Hedge,
}

#[derive(Debug, Clone)]
pub(crate) struct NegRow {
    pub cue: String,
    pub kind: NegKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TitleKind {
    Office,
    Honorific,
    Military,
}

#[derive(Debug, Clone)]
pub(crate) struct TitleRow {
    pub title: String,
    pub role: Option<String>,
    pub kind: TitleKind,
}

/// How a name-variant row applies (data/name_variants.tsv).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum VariantKind {
    Word,
    Compound,
    Suffix,
    Hyphen,
    Particle,
    ParticleDrop,
}

#[derive(Debug, Clone)]
pub(crate) struct VariantRow {
    pub kind: VariantKind,
    pub spellings: Vec<String>,
}

#[derive(Debug, Clone)]
pub(crate) struct WordRow {
    pub list: crate::lexicon::List,
    pub word: String,
}
