//! Titles next to names: the title before a name (`Defence Minister Rajnath Singh`) or
//! after it (`Rajnath Singh, India's defence minister`), the country written with it, and
//! the lookups of what a hit stands for.

use super::TitleAt;
use super::names::read_name;
use super::roles::called_former;
use crate::extractor::Extractor;
use crate::gazetteer::{FormKind, PlaceKind, TitleKind};
use crate::matcher::{Hit, Value};
use crate::text::{Doc, floor_boundary};

pub(super) fn person_of(x: &Extractor, doc: &Doc, hit: &Hit) -> Option<u32> {
    let mut best: Option<u32> = None;
    for v in x.matcher.values(hit) {
        if let Value::Person { person } = v.value {
            let p = &x.people.persons[person as usize];
            let in_office = doc.reference.is_some_and(|d| p.in_office(d));
            if best.is_none() || in_office {
                best = Some(person);
                if in_office {
                    break;
                }
            }
        }
    }
    best
}
/// The country that opens the capitalised phrase before the title at hit `i`:
/// `U.S. House of Representatives Speaker`, `Russian Defence Ministry spokesman`.
pub(super) fn country_before_phrase(x: &Extractor, doc: &Doc, i: usize) -> Option<u16> {
    let mut start = doc.hits[i].start;
    for k in (i.saturating_sub(4)..i).rev() {
        let h = &doc.hits[k];
        let gap = doc.text.get(h.end..start)?;
        if start - h.end > 60 || !phrase_gap(gap) {
            return None;
        }
        // `Ambassador to Israel Dan Roe and Middle East envoy`: a posting is no owner, and
        // a name ends the phrase.
        if posted_to(x, doc, k).is_some() {
            return None;
        }
        if let Some(c) = context_country(x, h) {
            return Some(c);
        }
        if is_name_hit(x, h) {
            return None;
        }
        start = h.start;
    }
    None
}
/// Whether a hit names a person: a known person, a given name or a surname.
fn is_name_hit(x: &Extractor, hit: &Hit) -> bool {
    x.matcher.values(hit).any(|v| matches!(v.value, Value::Person { .. } | Value::GivenName | Value::Surname { .. }))
}
/// Whether the words between a country and a title are part of one name: capitalised
/// words, `of`, `the`, `and`, `'s`.
pub(super) fn phrase_gap(gap: &str) -> bool {
    gap.split(' ').all(|w| {
        let w = w.trim_end_matches(['\'', '\u{2019}']).trim_end_matches("'s").trim_end_matches("\u{2019}s");
        w.is_empty()
            || matches!(w, "of" | "the" | "and" | "for")
            || (w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.'))
    })
}
/// Among the people a hit names, one who held a role for `country`.
pub(super) fn person_of_country(x: &Extractor, hit: &Hit, country: u16) -> Option<u32> {
    x.matcher.values(hit).find_map(|v| match v.value {
        Value::Person { person }
            if x.people.persons[person as usize].roles.iter().any(|r| r.country == Some(country)) =>
        {
            Some(person)
        }
        _ => None,
    })
}
pub(super) fn title_of(x: &Extractor, hit: &Hit) -> Option<u32> {
    x.matcher.values(hit).find_map(|v| match (v.value, v.sub) {
        (Value::Title { title }, None) => Some(title),
        _ => None,
    })
}
pub(crate) fn country_of(x: &Extractor, hit: &Hit) -> Option<u16> {
    x.matcher.values(hit).find_map(|v| match v.value {
        Value::Country { country, .. } => Some(country),
        _ => None,
    })
}
/// The country a word before a title gives: a country or demonym, or the home country of
/// an armed group (`Hamas spokesman` → Palestine).
pub(super) fn context_country(x: &Extractor, hit: &Hit) -> Option<u16> {
    country_of(x, hit).or_else(|| {
        x.matcher.values(hit).find_map(|v| match v.value {
            Value::Org { org, .. } => x.orgs.orgs[org as usize].home,
            // `Rio de Janeiro Governor Claudio Castro`, `Texas Governor Greg Abbott`; a town
            // is more often part of a name.
            Value::Place { place } => {
                let p = &x.countries.places[place as usize];
                (p.counts() || p.kind == PlaceKind::State).then_some(p.country).flatten()
            }
            _ => None,
        })
    })
}
pub(super) fn is_given_name(x: &Extractor, hit: &Hit) -> bool {
    x.matcher.values(hit).any(|v| v.value == Value::GivenName)
}
pub(super) fn surname_of(x: &Extractor, hit: &Hit) -> Option<u32> {
    x.matcher.values(hit).find_map(|v| match v.value {
        Value::Surname { group } => Some(group),
        _ => None,
    })
}
/// Whether only spaces (and at most `extra`) stand between two byte offsets.
pub(super) fn gap_is(text: &str, a: usize, b: usize, allowed: &[&str]) -> bool {
    if a > b {
        return false;
    }
    let g = text.get(a..b).unwrap_or("x");
    let t = g.trim_matches([' ', '\u{a0}']);
    t.is_empty() && !g.is_empty() || allowed.contains(&t)
}
/// A title right before hit `i` (`Defence Minister Rajnath Singh`), with the country
/// written before the title (`Japanese Foreign Minister`, `India's Defence Minister`).
pub(super) fn title_before(x: &Extractor, doc: &Doc, i: usize, start: usize) -> Option<TitleAt> {
    let mut t = i.checked_sub(1)?;
    // `US Ambassador to Israel David Friedman`: the title is the one before `to Israel`.
    if let Some(k) = posted_to(x, doc, t)
        && gap_is(doc.text, doc.hits[t].end, start, &[])
    {
        t = k;
    }
    let th = &doc.hits[t];
    if t + 1 == i && !gap_is(doc.text, th.end, start, &[]) {
        return None;
    }
    let title = title_of(x, th)?;
    let country = t.checked_sub(1).and_then(|c| owner_before(x, doc, c, th.start));
    Some(TitleAt { title, country, former: former_before(x, doc, t) })
}
/// The country of hit `c` when it owns the title starting at `at`: `Japanese Foreign
/// Minister`, `India's Defence Minister`, `Portugal's former Defence Minister`.
pub(super) fn owner_before(x: &Extractor, doc: &Doc, c: usize, at: usize) -> Option<u16> {
    let ch = &doc.hits[c];
    let gap = doc.text.get(ch.end..at)?.trim_end();
    let gap = gap.strip_suffix("former").unwrap_or(gap);
    let owns =
        gap_is(doc.text, ch.end, ch.end + gap.len(), &["'s", "\u{2019}s", "'", "\u{2019}"]) || gap.trim().is_empty();
    owns.then(|| context_country(x, ch)).flatten()
}
/// Whether the text calls the title at hit `t` former: `former President`, `former U.S.
/// President`, `Portugal's former Defence Minister`.
pub(super) fn former_before(x: &Extractor, doc: &Doc, t: usize) -> bool {
    let th = &doc.hits[t];
    called_former(doc.text, th.start)
        || t.checked_sub(1).is_some_and(|c| {
            let ch = &doc.hits[c];
            gap_is(doc.text, ch.end, th.start, &["'s", "\u{2019}s"])
                && context_country(x, ch).is_some()
                && called_former(doc.text, ch.start)
        })
}
/// When hit `c` is the country in `Ambassador to Israel` (`envoy to the United States`),
/// or the city in `Consul General in Osaka`, the title's hit.
pub(super) fn posted_to(x: &Extractor, doc: &Doc, c: usize) -> Option<usize> {
    let t = c.checked_sub(1)?;
    let (th, ch) = (&doc.hits[t], &doc.hits[c]);
    let to_country = country_of(x, ch).is_some() && gap_is(doc.text, th.end, ch.start, &["to", "to the"]);
    let in_city = is_city(x, ch) && gap_is(doc.text, th.end, ch.start, &["in"]);
    ((to_country || in_city) && title_of(x, th).is_some()).then_some(t)
}
/// Whether a hit is a city that counts (a capital or major city, not a town that may be a
/// surname).
fn is_city(x: &Extractor, hit: &Hit) -> bool {
    x.matcher.values(hit).any(|v| match v.value {
        Value::Place { place } => x.countries.places[place as usize].counts(),
        _ => false,
    })
}
/// A title right after hit `i` (`Rajnath Singh, India's defence minister`, `Obasanjo, the
/// former Nigerian president,`).
pub(super) fn title_after(x: &Extractor, doc: &Doc, i: usize, end: usize) -> Option<TitleAt> {
    let mut j = i + 1;
    let h = doc.hits.get(j)?;
    let lead = doc.text.get(end..h.start)?.trim();
    let (lead, former) = match lead.strip_suffix("former") {
        Some(l) => (l.trim_end(), true),
        None => (lead, false),
    };
    if !(lead == "," || lead == ", the" || lead == ", a") {
        return None;
    }
    let mut country = None;
    if let Some(c) = country_of(x, h) {
        let next = doc.hits.get(j + 1)?;
        let demonym = x.matcher.values(h).any(|v| matches!(v.value, Value::Country { kind: FormKind::Demonym, .. }));
        if !(gap_is(doc.text, h.end, next.start, &["'s", "\u{2019}s"])
            || demonym && gap_is(doc.text, h.end, next.start, &[]))
        {
            return None;
        }
        country = Some(c);
        j += 1;
    }
    let th = &doc.hits[j];
    let title = title_of(x, th)?;
    if x.people.titles[title as usize].kind == TitleKind::Honorific {
        return None;
    }
    // ", India's defence minister Rajnath Singh" would be a title before the next name,
    // known or not (`, Nepal's envoy Rami Zaid said`).
    if let Some(after) = doc.hits.get(j + 1)
        && gap_is(doc.text, th.end, after.start, &[])
        && person_of(x, doc, after).is_some()
    {
        return None;
    }
    let limit = floor_boundary(doc.text, (th.end + 80).min(doc.text.len()));
    if doc.text[th.end..].starts_with(' ')
        && read_name(&x.lexicon, doc.text, th.end, limit).is_some_and(|n| n.words >= 2)
    {
        return None;
    }
    if country.is_none() {
        // ", the foreign minister of Japan"
        if let Some(next) = doc.hits.get(j + 1)
            && gap_is(doc.text, th.end, next.start, &["of"])
        {
            country = country_of(x, next);
        }
    }
    Some(TitleAt { title, country, former })
}
