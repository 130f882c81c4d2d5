//! The people of the gazetteer: one [`Person`] per canonical name with every role held,
//! the surname groups for surname-only mentions, and the titles that introduce people.

use super::variants::Variants;
use crate::countries::CountryIndex;
use crate::date::Date;
use crate::gazetteer::{Gazetteer, TitleRow};
use crate::hash::FastMap;
use crate::lexicon::{Lexicon, List};
use crate::matcher::{CaseRule, MatcherBuilder, Value};
use crate::time::is_calendar_word;

/// A person of the gazetteer with every role they held.
#[derive(Debug, Clone)]
pub(crate) struct Person {
    pub name: String,
    pub roles: Vec<Role>,
    pub wikidata: Option<String>,
}

/// One role of a person.
#[derive(Debug, Clone)]
pub(crate) struct Role {
    pub role: Option<String>,
    pub country: Option<u16>,
    pub start: Option<Date>,
    pub end: Option<Date>,
}

impl Role {
    /// Whether the role was held on `d`.
    fn held_on(&self, d: Date) -> bool {
        self.start.is_none_or(|s| s <= d) && self.end.is_none_or(|e| e >= d)
    }
}

impl Person {
    /// The role held on `date` (`former` false); else the latest one that ended before it
    /// (`former` true: Donald Trump on 2022-10-30, Wang Yi on 2023-03-10, between two
    /// terms); none when every role starts later. Without a date, the latest role.
    pub(crate) fn role_on(&self, date: Option<Date>) -> Option<RoleOn<'_>> {
        let Some(d) = date else {
            let latest = self.roles.iter().max_by_key(|r| (r.end.is_none(), r.start))?;
            return Some(RoleOn { role: latest, former: false });
        };
        if let Some(r) = self.roles.iter().filter(|r| r.held_on(d)).max_by_key(|r| r.start) {
            return Some(RoleOn { role: r, former: false });
        }
        let ended = self.roles.iter().filter(|r| r.end.is_some_and(|e| e < d)).max_by_key(|r| (r.end, r.start))?;
        Some(RoleOn { role: ended, former: true })
    }

    /// Whether the person held any role on `date`.
    pub(crate) fn in_office(&self, date: Date) -> bool {
        self.roles.iter().any(|r| r.held_on(date))
    }
}

/// A person's role on a date, and whether it had ended by then.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RoleOn<'a> {
    pub role: &'a Role,
    pub former: bool,
}

/// People who share a surname.
#[derive(Debug, Clone)]
pub(crate) struct SurnameGroup {
    pub members: Vec<u32>,
    /// The surname is too common to name one person alone.
    pub common: bool,
}

/// The people, their surnames and the titles, by index.
#[derive(Debug, Clone, Default)]
pub(crate) struct PeopleIndex {
    pub persons: Vec<Person>,
    pub surnames: Vec<SurnameGroup>,
    pub titles: Vec<TitleRow>,
}

impl PeopleIndex {
    /// The index of a gazetteer's people and titles; their forms go to `b`.
    pub(crate) fn build(g: &Gazetteer, countries: &CountryIndex, lex: &Lexicon, b: &mut MatcherBuilder) -> PeopleIndex {
        let (persons, aliases) = group_people(g, countries);
        let mut groups: FastMap<String, Vec<u32>> = FastMap::default();
        let variants = Variants::new(&g.variants);
        let mut spellings = Vec::new();
        for (i, p) in persons.iter().enumerate() {
            let value = Value::Person { person: i as u32 };
            spellings.clear();
            variants.of(&p.name, &mut spellings);
            for a in &aliases[i] {
                variants.of(a, &mut spellings);
            }
            b.add(&p.name, value, CaseRule::Name);
            for a in aliases[i].iter().chain(&spellings) {
                b.add(a, value, CaseRule::Name);
            }
            let family_first =
                p.roles.iter().filter_map(|r| r.country).any(|c| lex.has(List::FamilyFirst, countries.code(c)));
            if let Some(s) = surname_of(&p.name, family_first) {
                groups.entry(s.to_string()).or_default().push(i as u32);
            }
        }
        let mut groups: Vec<(String, Vec<u32>)> = groups.into_iter().collect();
        groups.sort();
        let mut surnames = Vec::with_capacity(groups.len());
        for (k, (s, members)) in groups.into_iter().enumerate() {
            b.add(&s, Value::Surname { group: k as u32 }, CaseRule::Name);
            surnames.push(SurnameGroup { members, common: lex.has(List::CommonSurname, &s) });
        }
        PeopleIndex { persons, surnames, titles: g.titles.clone() }
    }

    /// Registers titles and given names (after the other tables, as their order in a
    /// pattern's values is the order of registration).
    pub(crate) fn add_titles(g: &Gazetteer, b: &mut MatcherBuilder) {
        for (i, t) in g.titles.iter().enumerate() {
            b.add(&t.title, Value::Title { title: i as u32 }, CaseRule::Any);
        }
        for n in &g.given_names {
            b.add(n, Value::GivenName, CaseRule::Name);
        }
    }
}

/// One person per canonical name, with the aliases of all their rows; a row whose name is
/// another person's full-name alias (`Salman bin Abdulaziz` for `King Salman`) joins that
/// person. Rows of one name with two Wikidata ids are two people (`Albert II` of Belgium
/// and of Monaco): namesakes.
fn group_people(g: &Gazetteer, countries: &CountryIndex) -> (Vec<Person>, Vec<Vec<String>>) {
    let mut persons: Vec<Person> = Vec::new();
    let mut aliases: Vec<Vec<String>> = Vec::new();
    let mut by_name: FastMap<&str, usize> = FastMap::default();
    let mut full_aliases: FastMap<&str, usize> = FastMap::default();
    let mut by_id: FastMap<&str, usize> = FastMap::default();
    for r in &g.people {
        let same_id = r.wikidata.as_deref().and_then(|q| by_id.get(q)).copied();
        let named = by_name.get(r.name.as_str()).or_else(|| full_aliases.get(r.name.as_str())).copied();
        let namesake = |k: &usize| matches!((&persons[*k].wikidata, &r.wikidata), (Some(a), Some(b)) if a != b);
        let i = same_id.or(named.filter(|k| !namesake(k))).unwrap_or_else(|| {
            persons.push(Person { name: r.name.clone(), roles: Vec::new(), wikidata: None });
            aliases.push(Vec::new());
            by_name.entry(&r.name).or_insert(persons.len() - 1);
            persons.len() - 1
        });
        if let Some(q) = r.wikidata.as_deref() {
            by_id.entry(q).or_insert(i);
        }
        for a in r.aliases.iter().filter(|a| a.contains(' ')) {
            full_aliases.entry(a.as_str()).or_insert(i);
        }
        let p = &mut persons[i];
        if p.wikidata.is_none() {
            p.wikidata = r.wikidata.clone();
        }
        p.roles.push(Role {
            role: r.role.clone(),
            country: r.country.as_deref().and_then(|c| countries.index_of(c)),
            start: r.start,
            end: r.end,
        });
        for a in &r.aliases {
            if !aliases[i].contains(a) {
                aliases[i].push(a.clone());
            }
        }
    }
    (persons, aliases)
}

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
        && !is_calendar_word(w)
        && !w.chars().any(|c| c.is_ascii_digit())
        && !is_regnal_or_suffix(w);
    ok.then_some(w)
}

/// `Jr`, `Sr` and regnal numbers (`II`, `XIV`) are no surnames.
fn is_regnal_or_suffix(w: &str) -> bool {
    w == "Jr" || w == "Sr" || w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}
