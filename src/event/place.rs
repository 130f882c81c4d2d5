//! Where the main event happens (SPEC.md, `location`): a place written as the place of the
//! event in its sentence or the next three (not a title's post, `Consul General in Osaka`,
//! nor a place naming a thing, `the Asahi newspaper`); else a dateline local to it (not
//! when the sentence places the event in another country); else a country (not whom
//! something is said `to`); with no event, the country the article is about.

use std::ops::Range;

use super::actors::Actor;
use super::clause::word_before;
use super::when::skip_agency;
use crate::countries::{Countries, Ref};
use crate::extractor::Extractor;
use crate::gazetteer::FormKind;
use crate::lexicon::List;
use crate::matcher::kind;
use crate::model::{Location, Plover, Span};
use crate::text::{DATELINE_WINDOW, Doc};

/// How many sentences from the event's a place may stand in.
const PLACE_WINDOW: usize = 4;

/// The location of the main event (`plover` and `actors` when one was found).
pub(super) fn locate(
    x: &Extractor,
    doc: &Doc,
    countries: &Countries,
    event: Option<(Plover, &[Actor])>,
    sentence: Option<&Range<usize>>,
    index: usize,
) -> Option<Location> {
    let said = event.is_some_and(|(p, _)| SAID.contains(&p));
    let country = sentence.and_then(|s| country_in(x, doc, countries, s, said));
    let elsewhere = country.as_ref().map(|l| l.country.as_str());
    place_in_window(x, doc, countries, event, index)
        .or_else(|| dateline(x, doc, countries, event, elsewhere))
        .or(country)
        .or_else(|| side_country(x, countries, event))
        .or_else(|| event.is_none().then(|| main_country(x, countries)).flatten())
}

/// With no event, an article about one country happens there: the most salient country,
/// named at least twice as often as any other.
fn main_country(x: &Extractor, countries: &Countries) -> Option<Location> {
    let top = countries.mentions.first()?;
    let second = countries.mentions.get(1).map_or(0, |m| m.count);
    if top.count < 2 || top.count < 2 * second {
        return None;
    }
    let country = x.countries.index_of(&top.code)?;
    Some(country_location(x, country, top.spans[0]))
}

/// A place after a place preposition in the event's sentence or the next three. An attack
/// happens on the ground of a side to it: a city of a third country is where something
/// else happened (`in retaliation for a strike in Damascus`).
fn place_in_window(
    x: &Extractor,
    doc: &Doc,
    countries: &Countries,
    event: Option<(Plover, &[Actor])>,
    index: usize,
) -> Option<Location> {
    let sides: Option<Vec<u16>> = match event {
        Some((Plover::Assault, actors)) if !actors.is_empty() => Some(actors.iter().map(|a| a.country).collect()),
        _ => None,
    };
    for s in doc.opening.iter().skip(index).take(PLACE_WINDOW) {
        let found = countries.places.iter().find(|r| {
            r.start >= s.start
                && r.end <= s.end
                && place_preposition(x, doc.text, r.start)
                && !post_of_a_title(doc, r.start)
                && !names_a_thing(x, doc.text, r.end)
                && (sides.as_ref().is_none_or(|sides| sides.contains(&r.country)) || aimed_at(x, doc.text, r.start))
        });
        if let Some(r) = found {
            return Some(place_location(x, r));
        }
    }
    None
}

/// Whether the place at `start` names the post of a title (`China's Consul General in
/// Osaka`, `the ambassador in Kabul`): where someone serves, not where the event happens.
fn post_of_a_title(doc: &Doc, start: usize) -> bool {
    let before = doc.text[..start].trim_end();
    let Some(prep) = before.rfind(' ').map(|k| k + 1) else { return false };
    let title_end = doc.text[..prep].trim_end().len();
    let k = doc.hits.partition_point(|h| h.end < title_end);
    doc.hits[k..].iter().take_while(|h| h.start < title_end).any(|h| h.end == title_end && h.has(kind::TITLE))
}

/// Whether the word after a place makes it the name of a thing (`the Asahi newspaper`,
/// `Osaka University`), not a place.
fn names_a_thing(x: &Extractor, text: &str, end: usize) -> bool {
    let next = text[end..].strip_prefix(' ').and_then(|t| t.split(|c: char| !c.is_alphabetic()).next());
    next.is_some_and(|w| !w.is_empty() && x.lexicon.has(List::NamedAfter, w))
}

/// A dateline place (`BEIJING —`, `Havana:`, `(LONDON)`), when the event is local to it:
/// one of its sides is of the dateline's country, and its sentence places it in no other
/// country (`MIAMI — The US Coast Guard is sending help to Haiti`: `in_country`).
fn dateline(
    x: &Extractor,
    doc: &Doc,
    countries: &Countries,
    event: Option<(Plover, &[Actor])>,
    in_country: Option<&str>,
) -> Option<Location> {
    let text = doc.text;
    let r = countries.places.iter().take_while(|r| r.start < doc.body + DATELINE_WINDOW).find(|r| {
        let line_start = text[..r.start].rfind('\n').map_or(doc.body, |k| (k + 1).max(doc.body));
        let before = text[line_start..r.start].trim();
        let after = skip_agency(text[r.end..].trim_start_matches([' ', ')']));
        before == "(" || (before.is_empty() && after.starts_with([':', ',', '\u{2014}', '\u{2013}', '-', '\u{2022}']))
    })?;
    let local = event.is_none_or(|(_, actors)| actors.is_empty() || actors.iter().any(|a| a.country == r.country));
    let abroad = in_country.is_some_and(|c| c != x.countries.code(r.country));
    (local && !abroad).then(|| place_location(x, r))
}

/// Kinds of event that are said or written to someone: a country after `to` (`complained
/// to China`, `appealed to Russia`) is whom it is said to, not where.
const SAID: &[Plover] = &[Plover::Accuse, Plover::Request, Plover::Reject, Plover::Threaten, Plover::Support];

/// A country after a place preposition in the event's sentence (not after `to` for an
/// event that is `said`).
fn country_in(x: &Extractor, doc: &Doc, countries: &Countries, s: &Range<usize>, said: bool) -> Option<Location> {
    let r = countries.refs.iter().find(|r| {
        r.place.is_none()
            && r.kind == FormKind::Name
            && r.start >= s.start
            && r.end <= s.end
            && word_before(doc.text, r.start)
                .is_some_and(|w| x.lexicon.has(List::PlacePreposition, w) && !(said && w.eq_ignore_ascii_case("to")))
    })?;
    Some(country_location(x, r.country, Span::new(r.start, r.end)))
}

/// The country of a side: the attacked for an attack, the acting side for a protest, an
/// arrest, a mobilisation, a concession or a retreat.
fn side_country(x: &Extractor, countries: &Countries, event: Option<(Plover, &[Actor])>) -> Option<Location> {
    let (plover, actors) = event?;
    let pick = match plover {
        Plover::Assault => actors.last(),
        Plover::Protest | Plover::Coerce | Plover::Mobilize | Plover::Concede | Plover::Retreat => actors.first(),
        _ => None,
    }?;
    let span = countries
        .refs
        .iter()
        .find(|r| r.start == pick.pos)
        .map_or(Span::new(pick.pos, pick.pos), |r| Span::new(r.start, r.end));
    Some(country_location(x, pick.country, span))
}

/// Whether the place at `start` is written as a place: after `in`, `at`, `to`, ..., `on`
/// (`an airstrike on Kyiv`), or after `the outskirts of`.
fn place_preposition(x: &Extractor, text: &str, start: usize) -> bool {
    let lex = &x.lexicon;
    let Some(w) = word_before(text, start) else { return false };
    if lex.has(List::PlacePreposition, w) || lex.has(List::TargetPreposition, w) {
        return true;
    }
    // `in the capital, Lima,`: a place noun and a comma before the name.
    if let Some(before) = text[..start].trim_end().strip_suffix(',') {
        let noun = before.trim_end().rsplit(' ').next().unwrap_or("");
        return lex.has(List::PlaceNoun, noun);
    }
    if w.eq_ignore_ascii_case("of") {
        let before = text[..start].trim_end().strip_suffix("of").unwrap_or("");
        let noun = before.trim_end().rsplit(' ').next().unwrap_or("");
        return !noun.is_empty() && lex.has(List::PlaceNoun, noun);
    }
    false
}

/// Whether the place at `start` is written as what is fired at (`missiles on Kyiv`, `at the
/// city of Kharkiv`, `targets on the outskirts of Kyiv`): it is where the attack happens,
/// whoever is named as its sides.
fn aimed_at(x: &Extractor, text: &str, start: usize) -> bool {
    let lex = &x.lexicon;
    match word_before(text, start) {
        Some(w) if lex.has(List::TargetPreposition, w) => true,
        Some(w) if w.eq_ignore_ascii_case("of") => {
            let before = text[..start].trim_end().strip_suffix("of").unwrap_or("").trim_end();
            let noun = before.rsplit(' ').next().unwrap_or("");
            lex.has(List::PlaceNoun, noun) && !before.is_empty()
        }
        _ => false,
    }
}

fn place_location(x: &Extractor, r: &Ref) -> Location {
    let p = &x.countries.places[r.place.unwrap_or(0) as usize];
    Location {
        name: p.name.clone(),
        country: x.countries.code(r.country).to_string(),
        lat: p.lat,
        lon: p.lon,
        geonames: p.geonames,
        span: Span::new(r.start, r.end),
    }
}

fn country_location(x: &Extractor, country: u16, span: Span) -> Location {
    let c = &x.countries.countries[country as usize];
    Location { name: c.name.clone(), country: c.code.clone(), lat: None, lon: None, geonames: None, span }
}
