//! The [`Extractor`]: a gazetteer compiled into one automaton plus lookup tables, and the
//! pipeline that turns a text into an [`Event`].

use crate::hash::FastMap;

use crate::gazetteer::{CityRow, FormKind, Gazetteer, GazetteerError, TitleRow, TopicRow, TriggerRow};
use crate::matcher::{Hit, Matcher, MatcherBuilder, Value};
use crate::model::{Event, Plover};
use crate::text::{normalise_ws, sentences, CaseRule, CALENDAR_WORDS};
use crate::time::{body_start, publication_date, Date};
use crate::{countries, event, orgs, people, topics};

/// A person of the gazetteer with every role they held.
#[derive(Debug, Clone)]
pub(crate) struct Person {
    pub name: String,
    pub roles: Vec<Role>,
}

/// One role of a person.
#[derive(Debug, Clone)]
pub(crate) struct Role {
    pub role: String,
    pub country: Option<u16>,
    pub start: Option<Date>,
    pub end: Option<Date>,
}

impl Person {
    /// The role held on `date`, else the latest one.
    pub(crate) fn role_on(&self, date: Option<Date>) -> Option<&Role> {
        if let Some(d) = date {
            let holding = self
                .roles
                .iter()
                .filter(|r| r.start.is_none_or(|s| s <= d) && r.end.is_none_or(|e| e >= d))
                .max_by_key(|r| r.start);
            if holding.is_some() {
                return holding;
            }
        }
        self.roles.iter().max_by_key(|r| (r.end.is_none(), r.start))
    }

    /// Whether the person held any role on `date`.
    pub(crate) fn in_office(&self, date: Date) -> bool {
        self.roles.iter().any(|r| r.start.is_none_or(|s| s <= date) && r.end.is_none_or(|e| e >= date))
    }
}

/// An organisation of the gazetteer.
#[derive(Debug, Clone)]
pub(crate) struct Org {
    pub id: String,
    /// For a non-state armed group, the one country it belongs to.
    pub home: Option<u16>,
    pub name: String,
    pub parent: Option<u32>,
}

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
    pub(crate) countries: Vec<(String, String)>,
    pub(crate) cities: Vec<CityRow>,
    /// Index of each city's country.
    pub(crate) city_country: Vec<Option<u16>>,
    pub(crate) persons: Vec<Person>,
    /// People sharing a surname, and whether the surname is too common to stand alone.
    pub(crate) surnames: Vec<(Vec<u32>, bool)>,
    pub(crate) orgs: Vec<Org>,
    pub(crate) topics: Vec<TopicRow>,
    pub(crate) triggers: Vec<TriggerRow>,
    /// The trigger a state's protest is coded as (`the Philippines protests ...` is an
    /// official complaint, ACCUSE, not a street protest): the `formal protest` row.
    pub(crate) official_protest: Option<u32>,
    pub(crate) titles: Vec<TitleRow>,
    pub(crate) reference: Option<Date>,
}

/// Surnames that are common words or shared by many people: alone, they name someone only
/// after the full name was written in the same text.
const SURNAME_STOP: &[&str] = &[
    "May", "March", "April", "June", "July", "August", "Will", "Mark", "Grant", "Rose", "Price", "Bell", "Lord",
    "Bishop", "Young", "Little", "Green", "White", "Black", "Gray", "Grey", "Case", "Ward", "Hall", "Hill", "Wood",
    "Hope", "Love", "Gold", "Long", "Lane", "Park", "King", "Rice", "Brown", "Law", "Hunt", "Rich", "Bush", "Reading",
    "Cook", "Field", "Ford", "Good", "Power", "Major", "Walker", "Day", "Page", "Post", "Land", "Sun", "Moon", "Lee",
    "Kim", "Singh", "Khan", "Ali", "Smith", "Johnson", "Jones", "Martin", "Wang", "Li", "Zhang", "Liu", "Chen",
    "Nguyen", "Ahmed", "Hussain", "Sharif", "Rahman", "Mohammed", "Muhammad", "Abdullah", "Hamad", "Salman", "Faisal",
    "Khalifa", "Al", "Bin", "Ben", "Said", "Sheikh", "Shah", "Islam", "Abe", "Kang", "Yang", "Wu", "Ma", "Sun", "Hu",
    "Lin", "Xu", "Zhao", "Zhou", "Huang", "Costa", "Silva", "Santos", "Michel", "Ban", "Thomas", "James", "Paul",
    "George", "Charles", "Francis", "Scott", "Blair", "Douglas", "Russell", "Stone", "Miller", "Davis", "Wilson",
    "Taylor", "Anderson", "Clark", "Lewis", "Robinson", "Harris", "Jackson", "Allen", "Carter", "Mitchell", "Turner",
    "Phillips", "Evans", "Edwards", "Collins", "Stewart", "Morris", "Rogers", "Reed", "Bailey", "Cooper", "Murphy",
    "Kelly", "Howard", "Kennedy", "Hamilton", "Wallace", "Gibson", "Palmer",
];

/// Surname of a canonical name: the first word for names written family-name first.
fn surname_of(name: &str, family_first: bool) -> Option<&str> {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() < 2 {
        return None;
    }
    let w = if family_first { words[0] } else { words[words.len() - 1] };
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    let ok = w.chars().count() >= 3
        && w.chars().next().is_some_and(char::is_uppercase)
        && !w.chars().all(|c| c.is_uppercase() || c == '.')
        && !CALENDAR_WORDS.contains(&w)
        && !w.chars().any(|c| c.is_ascii_digit())
        && !matches!(w, "Jr" | "Sr" | "II" | "III" | "IV" | "XIV" | "XVI");
    ok.then_some(w)
}

const FAMILY_FIRST: &[&str] = &["CHN", "TWN", "KOR", "PRK", "VNM", "HKG", "MAC", "KHM", "MNG"];

impl Extractor {
    /// Compiles a gazetteer into an extractor.
    ///
    /// ```
    /// let x = newsevent::Extractor::new(newsevent::Gazetteer::empty())?;
    /// assert!(x.extract("India").countries.is_empty());
    /// # Ok::<(), newsevent::GazetteerError>(())
    /// ```
    pub fn new(g: Gazetteer) -> Result<Extractor, GazetteerError> {
        // The embedded gazetteer makes about 17,000 patterns.
        let mut b = MatcherBuilder::with_capacity(20_000);
        let country_index: FastMap<&str, u16> =
            g.countries.iter().enumerate().map(|(i, c)| (c.iso3.as_str(), i as u16)).collect();
        // A country's output name is a form too, unless the forms table lists it (with its flags).
        for (i, c) in g.countries.iter().enumerate() {
            if !g.forms.iter().any(|f| f.iso3 == c.iso3 && f.form == c.name) {
                let value = Value::Country { country: i as u16, kind: FormKind::Name, flags: Default::default() };
                b.add(&c.name, value, CaseRule::Name);
            }
        }
        for f in &g.forms {
            if let Some(&country) = country_index.get(f.iso3.as_str()) {
                b.add(&f.form, Value::Country { country, kind: f.kind, flags: f.flags }, CaseRule::Name);
            }
        }
        for (i, c) in g.cities.iter().enumerate() {
            let value = Value::City { city: i as u32 };
            b.add(&c.name, value, CaseRule::Name);
            for a in &c.aliases {
                b.add(a, value, CaseRule::Name);
            }
        }
        for f in &g.blockers {
            b.add(f, Value::Blocker, CaseRule::Name);
        }
        // People: rows grouped by canonical name.
        let mut persons: Vec<Person> = Vec::new();
        let mut person_index: FastMap<String, usize> = FastMap::default();
        let mut aliases: Vec<Vec<String>> = Vec::new();
        // One person per canonical name; a row whose name is another person's full-name
        // alias (`Salman bin Abdulaziz` for `King Salman`) joins that person.
        let mut full_aliases: FastMap<&str, usize> = FastMap::default();
        for r in &g.people {
            let known = person_index.get(&r.name).copied().or_else(|| full_aliases.get(r.name.as_str()).copied());
            let i = match known {
                Some(i) => i,
                None => {
                    persons.push(Person { name: r.name.clone(), roles: Vec::new() });
                    aliases.push(Vec::new());
                    person_index.insert(r.name.clone(), persons.len() - 1);
                    persons.len() - 1
                }
            };
            for a in r.aliases.iter().filter(|a| a.contains(' ')) {
                full_aliases.entry(a.as_str()).or_insert(i);
            }
            persons[i].roles.push(Role {
                role: r.role.clone(),
                country: r.country.as_deref().and_then(|c| country_index.get(c).copied()),
                start: r.start,
                end: r.end,
            });
            for a in &r.aliases {
                if !aliases[i].contains(a) {
                    aliases[i].push(a.clone());
                }
            }
        }
        let mut surname_groups: FastMap<String, Vec<u32>> = FastMap::default();
        for (i, p) in persons.iter().enumerate() {
            let value = Value::Person { person: i as u32 };
            b.add(&p.name, value, CaseRule::Name);
            for a in &aliases[i] {
                b.add(a, value, CaseRule::Name);
            }
            let family_first = p
                .roles
                .iter()
                .any(|r| r.country.is_some_and(|c| FAMILY_FIRST.contains(&g.countries[c as usize].iso3.as_str())));
            if let Some(s) = surname_of(&p.name, family_first) {
                surname_groups.entry(s.to_string()).or_default().push(i as u32);
            }
        }
        let mut surname_list: Vec<(String, Vec<u32>)> = surname_groups.into_iter().collect();
        surname_list.sort();
        let mut surnames = Vec::with_capacity(surname_list.len());
        for (k, (s, group)) in surname_list.into_iter().enumerate() {
            b.add(&s, Value::Surname { group: k as u32 }, CaseRule::Name);
            surnames.push((group, SURNAME_STOP.contains(&s.as_str())));
        }
        let org_index: FastMap<&str, u32> = g.orgs.iter().enumerate().map(|(i, o)| (o.id.as_str(), i as u32)).collect();
        let mut orgs = Vec::with_capacity(g.orgs.len());
        for (i, o) in g.orgs.iter().enumerate() {
            let org = i as u32;
            b.add(&o.name, Value::Org { org, needs_parent: false }, CaseRule::Name);
            // The id itself is a surface form when it is an acronym (`NATO`, `G20`).
            if o.id.chars().any(|c| c.is_ascii_uppercase()) && !o.id.contains('_') {
                b.add(&o.id, Value::Org { org, needs_parent: false }, CaseRule::Name);
            }
            for (a, needs_parent) in &o.aliases {
                b.add(a, Value::Org { org, needs_parent: *needs_parent }, CaseRule::Name);
            }
            let home = match (o.armed_group, o.members.as_slice()) {
                (true, [one]) => country_index.get(one.as_str()).copied(),
                _ => None,
            };
            orgs.push(Org {
                id: o.id.clone(),
                home,
                name: o.name.clone(),
                parent: o.parent.as_deref().and_then(|p| org_index.get(p).copied()),
            });
        }
        let topic_index: FastMap<&str, u16> =
            g.topics.iter().enumerate().map(|(i, t)| (t.id.as_str(), i as u16)).collect();
        for c in &g.cues {
            if let Some(&topic) = topic_index.get(c.topic.as_str()) {
                b.add(&c.cue, Value::Cue { topic, weight: c.weight }, CaseRule::Any);
            }
        }
        for (i, t) in g.triggers.iter().enumerate() {
            b.add(&t.cue, Value::Trigger { trigger: i as u32 }, CaseRule::Any);
        }
        for n in &g.negations {
            b.add(&n.cue, Value::Negation { kind: n.kind }, CaseRule::Any);
        }
        for (i, t) in g.titles.iter().enumerate() {
            b.add(&t.title, Value::Title { title: i as u32 }, CaseRule::Any);
        }
        for n in &g.given_names {
            b.add(n, Value::GivenName, CaseRule::Name);
        }
        let matcher = b.build()?;
        Ok(Extractor {
            matcher,
            countries: g.countries.iter().map(|c| (c.iso3.clone(), c.name.clone())).collect(),
            city_country: g.cities.iter().map(|c| country_index.get(c.iso3.as_str()).copied()).collect(),
            cities: g.cities,
            persons,
            surnames,
            orgs,
            topics: g.topics,
            official_protest: g
                .triggers
                .iter()
                .position(|t| t.plover == Plover::Accuse && t.cue == "formal protest")
                .map(|k| k as u32),
            triggers: g.triggers,
            titles: g.titles,
            reference: None,
        })
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

    /// Number of surface forms in the automaton.
    ///
    /// ```
    /// assert!(newsevent::Extractor::new(newsevent::Gazetteer::embedded()).unwrap().pattern_count() > 1000);
    /// ```
    pub fn pattern_count(&self) -> usize {
        self.matcher.pattern_count()
    }

    /// Heap bytes taken by the automaton.
    ///
    /// ```
    /// assert!(newsevent::Extractor::new(newsevent::Gazetteer::embedded()).unwrap().automaton_bytes() > 0);
    /// ```
    pub fn automaton_bytes(&self) -> usize {
        self.matcher.memory_usage()
    }

    /// The bare automaton scan over `text`, with no resolution: the number of raw matches.
    /// For benchmarks that compare the whole pipeline with the scan it is built on.
    ///
    /// ```
    /// let x = newsevent::Extractor::new(newsevent::Gazetteer::embedded()).unwrap();
    /// assert!(x.bare_scan("India and Japan") >= 2);
    /// ```
    pub fn bare_scan(&self, text: &str) -> usize {
        self.matcher.bare_scan(text)
    }

    /// Extracts the event of one article. Never fails and never panics.
    ///
    /// ```
    /// let x = newsevent::Extractor::new(newsevent::Gazetteer::embedded()).unwrap();
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
    /// let x = newsevent::Extractor::new(newsevent::Gazetteer::embedded()).unwrap();
    /// let e = x.extract_with_reference("Protesters marched in Havana yesterday.", Some(Date::new(2021, 7, 12).unwrap()));
    /// assert_eq!(e.when.unwrap().start.unwrap().to_string(), "2021-07-11");
    /// ```
    pub fn extract_with_reference(&self, text: &str, reference: Option<Date>) -> Event {
        let date = publication_date(text).map(|(d, _)| d);
        let body = body_start(text);
        let sents = sentences(text, body..text.len());
        // About one hit per 12 to 20 bytes of news text: room for them up front, so the scan
        // rarely grows the vector (the cap keeps huge inputs from reserving too much).
        let mut hits: Vec<Hit> = Vec::with_capacity((text.len() / 12).clamp(32, 1 << 16));
        self.matcher.scan(text, &mut hits);
        let lead: Vec<std::ops::Range<usize>> =
            sents.iter().filter(|r| is_prose(&text[(*r).clone()])).take(LEAD_SENTENCES).cloned().collect();
        let doc = Doc { text, hits: &hits, sents: &sents, lead: &lead, reference: date.or(reference), body };
        let people = people::resolve(self, &doc);
        let countries = countries::resolve(self, &doc, &people.used);
        let organizations = orgs::resolve(self, &doc);
        let topics = topics::resolve(self, &doc);
        let main = event::resolve(self, &doc, &people, &countries);
        let mut people = people;
        // A person introduced without a country most likely belongs to the country the
        // article is about.
        if let Some(top) = countries.mentions.first().filter(|c| c.count >= 2) {
            for p in people.mentions.iter_mut().filter(|p| !p.known && p.country.is_none()) {
                p.country = Some(top.code.clone());
            }
        }
        let headline = doc.lead_sentences(1).first().map(|r| normalise_ws(&text[r.clone()])).unwrap_or_default();
        Event {
            date,
            headline,
            kind: main.kind,
            actors: main.actors,
            location: main.location,
            when: main.when,
            countries: countries.mentions,
            people: people.mentions,
            organizations,
            topics,
        }
    }
}

/// How many lead sentences the pipeline looks at (the main event's passes use eight).
pub(crate) const LEAD_SENTENCES: usize = 8;

/// What the steps of the pipeline share about one text.
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub hits: &'a [Hit],
    pub sents: &'a [std::ops::Range<usize>],
    /// The first [`LEAD_SENTENCES`] sentences that read as prose.
    pub lead: &'a [std::ops::Range<usize>],
    pub reference: Option<Date>,
    pub body: usize,
}

impl Doc<'_> {
    /// The first `n` sentences that read as sentences (at least four words), skipping
    /// site furniture such as menus and bylines.
    /// At most [`LEAD_SENTENCES`].
    pub(crate) fn lead_sentences(&self, n: usize) -> &[std::ops::Range<usize>] {
        &self.lead[..n.min(self.lead.len())]
    }

    /// Index of the sentence containing byte `pos`.
    pub(crate) fn sentence_of(&self, pos: usize) -> Option<usize> {
        let i = self.sents.partition_point(|r| r.end <= pos);
        (i < self.sents.len() && self.sents[i].start <= pos).then_some(i)
    }
}

/// Whether a line reads as prose, so menus, bylines and timestamps are skipped: four
/// words of three letters or more, and either two words in lower case or a headline (in
/// capitals or title case, six words or more).
pub(crate) fn is_prose(s: &str) -> bool {
    // One pass, no allocation: words with a letter, those with three letters or more, and
    // those that start in lower case.
    let (mut words, mut long, mut lower) = (0usize, 0usize, 0usize);
    for w in s.split_whitespace() {
        let mut letters = 0;
        for c in w.chars() {
            if c.is_alphabetic() {
                letters += 1;
                if letters == 3 {
                    break;
                }
            }
        }
        if letters == 0 {
            continue;
        }
        words += 1;
        long += usize::from(letters >= 3);
        lower += usize::from(w.chars().next().is_some_and(char::is_lowercase));
        if long >= 4 && lower >= 2 {
            return true;
        }
    }
    long >= 4 && (lower >= 2 || (words >= 6 && lower == 0))
}
