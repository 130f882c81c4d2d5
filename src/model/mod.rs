//! The output types: an [`Event`] and its parts, serialized exactly as the JSON that
//! `docs/OUTPUT.md` describes field by field (and `schema/event.schema.json` checks).

mod display;
mod plover;
mod span;

use serde::{Deserialize, Serialize};

use crate::date::Date;
pub use plover::{Plover, UnknownPlover};
pub use span::Span;

/// One news article turned into one structured event.
///
/// Serialized with serde, every field is always present (`null` or `[]` when empty); for
/// `date 2022-04-04 India and Japan held talks in Tokyo on Monday.` it reads (lists of
/// mentions shortened):
///
/// ```json
/// {
///   "date": "2022-04-04",
///   "headline": "India and Japan held talks in Tokyo on Monday.",
///   "kind": {"code": "CONSULT", "cameo": "04", "trigger": {"text": "held talks", "span": [32, 42]}},
///   "actors": ["IND", "JPN"],
///   "source": [],
///   "target": [],
///   "location": {"name": "Tokyo", "country": "JPN", "lat": null, "lon": null, "geonames": null, "span": [46, 51]},
///   "when": {"text": "on Monday", "start": "2022-04-04", "end": "2022-04-04", "span": [52, 61]},
///   "countries": [{"code": "JPN", "name": "Japan", "count": 2, "spans": [[26, 31], [46, 51]]}, ...],
///   "people": [],
///   "organizations": [],
///   "topics": []
/// }
/// ```
///
/// `docs/OUTPUT.md` in the repository describes every field; `Display` gives one line.
///
/// ```
/// let text = "date 2022-04-04 India and Japan held talks in Tokyo on Monday.";
/// let event = newsevent::extract_event(text);
/// assert_eq!(event.date.map(|d| d.to_string()).as_deref(), Some("2022-04-04"));
/// assert_eq!(event.actors, ["IND", "JPN"]);
/// let json = serde_json::to_value(&event).unwrap();
/// assert_eq!(json["location"]["span"], serde_json::json!([46, 51]));
/// assert_eq!(&text[46..51], "Tokyo");
/// assert!(json["people"].as_array().unwrap().is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Event {
    /// Publication date: the ` date ` prefix, else a dateline or timestamp near the top.
    pub date: Option<Date>,
    /// The lead sentence of the body, whitespace normalised.
    pub headline: String,
    /// The type of the main event, when the article reports one between actors.
    pub kind: Option<EventKind>,
    /// ISO3 codes of the countries taking part in the main event, in lead order: `source`
    /// and `target` together.
    pub actors: Vec<String>,
    /// ISO3 codes of the side that performs the main event (PLOVER's actor).
    pub source: Vec<String>,
    /// ISO3 codes of the side the main event is done to (PLOVER's recipient).
    pub target: Vec<String>,
    /// Where the main event happens.
    pub location: Option<Location>,
    /// When the main event happens.
    pub when: Option<When>,
    /// Every country the text refers to, most salient first.
    pub countries: Vec<CountryMention>,
    /// Every person named in the text, in order of first mention.
    pub people: Vec<PersonMention>,
    /// International organisations, groupings of states and armed groups named in the text.
    pub organizations: Vec<OrgMention>,
    /// Topics the text is substantially about, most mentioned first.
    pub topics: Vec<TopicMention>,
}

/// The type of the main event and the cue that shows it.
///
/// ```
/// let e = newsevent::extract_event("India and Japan held talks in Tokyo on Monday.");
/// let kind = e.kind.unwrap();
/// assert_eq!(kind.code, newsevent::Plover::Consult);
/// assert_eq!(kind.cameo.as_deref(), Some("04"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EventKind {
    /// One of the 16 PLOVER event types.
    pub code: Plover,
    /// The nearest CAMEO root code (two digits), when one fits.
    pub cameo: Option<String>,
    /// The cue in the text.
    pub trigger: Trigger,
}

/// The cue that shows the event type: a trigger word or phrase, or a verb and the words of
/// its phrase (`condemned the attack`, `lifted the night curfew`).
///
/// ```
/// let e = newsevent::extract_event("Pakistan condemned the attack on Tuesday.");
/// assert_eq!(e.kind.unwrap().trigger.text, "condemned the attack");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Trigger {
    /// The cue as written.
    pub text: String,
    /// Where it stands.
    pub span: Span,
}

/// Where the main event happens: a city when one is named, else a country.
///
/// ```
/// let e = newsevent::extract_event("Leaders of India and Japan held talks in Tokyo on Monday.");
/// let place = e.location.unwrap();
/// assert_eq!((place.name.as_str(), place.country.as_str()), ("Tokyo", "JPN"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Location {
    /// The city's name, or the country's name when no city is named.
    pub name: String,
    /// ISO3 code of the country.
    pub country: String,
    /// Latitude of a city (decimal degrees); null for a country.
    pub lat: Option<f64>,
    /// Longitude of a city (decimal degrees); null for a country.
    pub lon: Option<f64>,
    /// The GeoNames id of a city; null for a country.
    pub geonames: Option<u64>,
    /// The mention the place was taken from.
    pub span: Span,
}

/// The time of the main event, resolved against the article's date.
///
/// ```
/// let e = newsevent::extract_event("date 2022-04-04 India and Japan will hold talks later this month.");
/// let when = e.when.unwrap();
/// assert_eq!(when.text, "later this month");
/// assert_eq!(when.end.unwrap().to_string(), "2022-04-30");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct When {
    /// The expression as written.
    pub text: String,
    /// First day (inclusive), when it can be resolved.
    pub start: Option<Date>,
    /// Last day (inclusive), when it can be resolved.
    pub end: Option<Date>,
    /// Where the expression stands.
    pub span: Span,
}

/// A country the text refers to.
///
/// ```
/// let e = newsevent::extract_event("Russia's foreign minister met Russian envoys.");
/// assert_eq!((e.countries[0].code.as_str(), e.countries[0].count), ("RUS", 2));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CountryMention {
    /// ISO 3166-1 alpha-3 code (`XKX` for Kosovo).
    pub code: String,
    /// English short name.
    pub name: String,
    /// Number of references.
    pub count: usize,
    /// Every reference.
    pub spans: Vec<Span>,
}

/// A person named in the text.
///
/// ```
/// let e = newsevent::extract_event("date 2022-04-04 Prime Minister Narendra Modi spoke. Modi said more.");
/// let p = &e.people[0];
/// assert_eq!((p.name.as_str(), p.country.as_deref(), p.count, p.known), ("Narendra Modi", Some("IND"), 2, true));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PersonMention {
    /// Canonical full name when the gazetteer knows the person, else the name as written.
    pub name: String,
    /// The title the text gives, else the gazetteer's role on the article's date.
    pub role: Option<String>,
    /// ISO3 code of the country the person belongs to or represents.
    pub country: Option<String>,
    /// Number of mentions, surname-only ones included.
    pub count: usize,
    /// Every mention.
    pub spans: Vec<Span>,
    /// Whether the gazetteer knows the person.
    pub known: bool,
    /// The person's Wikidata id (`Q...`), when the gazetteer has it.
    pub wikidata: Option<String>,
}

/// An international organisation, grouping of states or armed group named in the text.
///
/// ```
/// let e = newsevent::extract_event("NATO allies met as the Quad held a summit.");
/// let ids: Vec<&str> = e.organizations.iter().map(|o| o.id.as_str()).collect();
/// assert!(ids.contains(&"NATO") && ids.contains(&"QUAD"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OrgMention {
    /// Stable id: the common acronym in capitals, or snake_case.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Number of mentions.
    pub count: usize,
    /// Every mention.
    pub spans: Vec<Span>,
}

/// A topic the text is about.
///
/// ```
/// let e = newsevent::extract_event(
///     "The navies began joint naval exercises. The drills include anti-submarine warfare drills and war games.");
/// assert!(e.topics.iter().any(|t| t.id == "military_exercise"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TopicMention {
    /// Stable id. The embedded topics: `diplomacy`, `defence`, `military_exercise`,
    /// `arms_trade`, `armed_conflict`, `terrorism`, `nuclear_weapons`, `maritime_security`,
    /// `territorial_dispute`, `cyber_security`, `space`, `trade`, `economy`, `energy`,
    /// `sanctions`, `climate_environment`, `health`, `migration`, `human_rights`,
    /// `elections`, `protest`, `humanitarian_aid`, `peace_process`, `technology`,
    /// `infrastructure`, `crime_justice`, `natural_disaster`, `food_security`.
    pub id: String,
    /// English label.
    pub label: String,
    /// The IPTC Media Topic code (`medtop:...`), where one fits.
    pub iptc: Option<String>,
    /// Number of cues found.
    pub count: usize,
    /// Every cue.
    pub spans: Vec<Span>,
}
