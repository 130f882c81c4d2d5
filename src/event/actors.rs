//! The countries that take part in the main event: those named in its sentence (countries,
//! demonyms, combining forms, the countries of people and armed groups), narrowed to the
//! event's clause.

use std::ops::Range;

use super::clause::{last_reporting_verb, main_clause_end, main_clause_start, reason_end, word_before};
use super::kind::Candidate;
use crate::countries::{Countries, Ref};
use crate::extractor::Extractor;
use crate::lexicon::List;
use crate::matcher::{Value, kind};
use crate::model::Plover;
use crate::people::People;
use crate::text::Doc;

/// A country taking part, and where the text names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Actor {
    pub pos: usize,
    pub country: u16,
}

/// Countries taking part: countries, demonyms and combining forms named in the sentence,
/// and the countries of people named there, in text order. A sentence that opens with a
/// pronoun (`He accused ...`) continues the previous one: the people named there come first.
pub(super) fn actors_in(
    x: &Extractor,
    doc: &Doc,
    countries: &Countries,
    people: &People,
    range: &Range<usize>,
    previous: Option<&Range<usize>>,
) -> Vec<Actor> {
    let mut found: Vec<Actor> = Vec::new();
    let first_word = doc.text[range.clone()].split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    if let (Some(p), true) = (previous, !first_word.is_empty() && x.lexicon.has(List::Pronoun, first_word)) {
        let named = people.located.iter().find(|l| l.start >= p.start && l.end <= p.end && l.country.is_some());
        if let Some(c) = named.and_then(|l| l.country) {
            found.push(Actor { pos: 0, country: c });
        }
    }
    // A non-state armed group stands for the country it belongs to (`Al-Shabab attack`).
    for h in doc.hits_in(range).iter().filter(|h| h.has(kind::ORG)) {
        for v in x.matcher.values(h) {
            if let (Value::Org { org, .. }, None) = (v.value, v.sub)
                && let Some(home) = x.orgs.orgs[org as usize].home
            {
                found.push(Actor { pos: h.start, country: home });
            }
        }
    }
    let refs = refs_in(countries, range);
    for r in refs {
        // A place stands for its country when it is the target (`an airstrike on Kyiv`) or
        // speaks for its government (`Beijing said`).
        let target = word_before(doc.text, r.start).is_some_and(|w| x.lexicon.has(List::TargetPreposition, w))
            || object_of_a_trigger(doc, r);
        let after = &doc.text[r.end..];
        let speaks = after.starts_with(" said") || after.starts_with("'s") || after.starts_with("\u{2019}s");
        if r.place.is_none() || target || speaks {
            found.push(Actor { pos: r.start, country: r.country });
        }
    }
    let from = people.located.partition_point(|l| l.start < range.start);
    for l in people.located[from..].iter().take_while(|l| l.start < range.end).filter(|l| l.end <= range.end) {
        if let Some(c) = l.country {
            found.push(Actor { pos: l.start, country: c });
        }
    }
    // With no country named, a place named in the sentence gives its country
    // (`protesters marched in Buenos Aires`).
    if found.is_empty() {
        found.extend(refs.iter().map(|r| Actor { pos: r.start, country: r.country }));
    }
    found.sort_unstable();
    let mut seen = Vec::new();
    found.retain(|a| {
        let new = !seen.contains(&a.country);
        seen.push(a.country);
        new
    });
    found
}

/// Whether a place is the object of an event word right before it (`bombed Kyiv`,
/// `missiles struck Kharkiv`): the hit before it is a trigger or a verb, one space away.
fn object_of_a_trigger(doc: &Doc, r: &Ref) -> bool {
    let k = doc.hits.partition_point(|h| h.start < r.start);
    k.checked_sub(1).and_then(|j| doc.hits.get(j)).is_some_and(|h| {
        h.end + 1 == r.start && doc.text.as_bytes()[h.end] == b' ' && h.has(kind::TRIGGER | kind::VERB)
    })
}

/// The country references that lie in a byte range.
pub(super) fn refs_in<'a>(countries: &'a Countries, range: &Range<usize>) -> &'a [Ref] {
    let a = countries.refs.partition_point(|r| r.start < range.start);
    let mut b = a;
    while b < countries.refs.len() && countries.refs[b].start < range.end && countries.refs[b].end <= range.end {
        b += 1;
    }
    &countries.refs[a..b]
}

/// Kinds of event that are over something (`warned ... over`, `criticised ... over`,
/// `sanctioned ... over`), whose reason may name the side they are aimed at.
const REASON_KINDS: &[Plover] = &[Plover::Threaten, Plover::Accuse, Plover::Reject, Plover::Sanction];

/// Keeps the actors that take part in the event the trigger names: those of the clause it
/// stands in; after a reporting verb, those of the reported event (when they are two or
/// more); for talks and deals, not the country they are held in.
pub(super) fn narrow_actors(
    x: &Extractor,
    doc: &Doc,
    countries: &Countries,
    plover: Plover,
    s: &Range<usize>,
    c: &Candidate,
    actors: Vec<Actor>,
) -> Vec<Actor> {
    let lex = &x.lexicon;
    let (clause_start, clause_end) = (main_clause_start(lex, doc, s), main_clause_end(lex, doc, s));
    let in_main = c.start < clause_end && c.start >= clause_start;
    let mut kept: Vec<Actor> = if in_main {
        actors.iter().copied().filter(|a| a.pos < clause_end && (a.pos >= clause_start || a.pos == 0)).collect()
    } else {
        actors.clone()
    };
    // `North Korea warned of retaliation over South Korea-U.S. drills`: when the clause names
    // no one after the trigger, what a threat or a criticism is over names whom it is aimed at.
    if in_main
        && REASON_KINDS.contains(&plover)
        && !kept.iter().any(|a| a.pos > c.start)
        && let Some(end) = reason_end(lex, doc, s, clause_end)
    {
        kept.extend(actors.iter().filter(|a| a.pos >= clause_end && a.pos < end));
    }
    if kept.is_empty() {
        kept = actors;
    }
    // `Trump said Israel and the UAE reached a deal`: the reported event's sides.
    // The reported event has a subject of its own between the verb and the trigger
    // (`Israel's military confirmed conducting strikes` reports its own act).
    if let Some(verb) = last_reporting_verb(lex, doc, s.start, c.start) {
        let reported: Vec<Actor> = kept.iter().copied().filter(|a| a.pos > verb).collect();
        if reported.len() >= 2 && reported.iter().any(|a| a.pos < c.start) {
            kept = reported;
        }
    }
    let without_places: Vec<Actor> =
        kept.iter().copied().filter(|a| !is_place(doc, countries, plover, a.pos)).collect();
    if !without_places.is_empty() {
        kept = without_places;
    }
    kept
}

/// A country written as the place of talks or a deal, or after a city (`Addis Ababa,
/// Ethiopia`), is where it happens, not who takes part.
fn is_place(doc: &Doc, countries: &Countries, plover: Plover, pos: usize) -> bool {
    let text = doc.text;
    let Some(r) = countries.refs.iter().find(|r| r.start == pos && r.place.is_none()) else { return false };
    let after_city =
        countries.refs.iter().any(|q| q.place.is_some() && q.end + 2 == r.start && text[q.end..r.start] == *", ");
    let in_place = matches!(plover, Plover::Consult | Plover::Agree)
        && word_before(text, r.start).is_some_and(|w| matches!(w, "in" | "at"));
    after_city || in_place
}
