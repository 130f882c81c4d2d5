//! Stage 3b, people (SPEC.md, "People"): known people by name and alias, people
//! introduced by a title or a given name, later surname-only mentions, and the role and
//! country of each.
//!
//! The passes, in order: [`known_and_titled`] (one walk over the hits: known people, then
//! unknown people after a title, before `, Australia's minister`, or after a given name),
//! [`known_surnames`], [`unknown_surnames`], then [`roles::mentions`]; after the countries,
//! [`countries_from_sentences`].

mod context;
mod index;
mod names;
mod roles;
mod titles;
mod variants;

pub(crate) use context::countries_from_sentences;
pub(crate) use index::PeopleIndex;

use std::collections::HashMap;

use crate::extractor::Extractor;
use crate::gazetteer::TitleKind;
use crate::model::{PersonMention, Span};
use crate::text::token::{CAP, SPACE, WORD};
use crate::text::{Doc, char_at, char_before, is_word};
use names::{
    credit_line, is_byline, name_before_title, name_limit, named_after, read_name, skip_inside, skip_inside_peek,
};
use titles::*;

/// People found in a text.
pub(crate) struct People {
    pub mentions: Vec<PersonMention>,
    /// Per hit: taken as (part of) a person's name.
    pub used: Vec<bool>,
    /// Every mention with the person's country, in text order.
    pub located: Vec<Located>,
}

/// One mention of a person, with the person's country.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Located {
    pub start: usize,
    pub end: usize,
    pub country: Option<u16>,
}

/// Who a mention names.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
enum Key {
    Known(u32),
    Unknown(String),
}

/// A title found next to a name: the title row, the country written with it, and
/// whether the text calls it former (`former U.S. President`).
#[derive(Debug, Clone, Copy)]
pub(super) struct TitleAt {
    pub title: u32,
    pub country: Option<u16>,
    pub former: bool,
}

/// A title found next to a name, if any.
type Titled = Option<TitleAt>;

/// One person found, with what the text says of them.
struct Entry {
    key: Key,
    spans: Vec<Span>,
    role: Option<String>,
    country: Option<u16>,
    /// The role comes from a title in the text (not an honorific).
    text_title: bool,
}

/// The people found so far, by key.
#[derive(Default)]
struct Found {
    entries: Vec<Entry>,
    by_key: HashMap<Key, usize>,
}

impl Found {
    /// Adds a mention (once); a title written with it gives the role (an office wins over an
    /// honorific) and the country (the first one written).
    fn add(&mut self, x: &Extractor, key: Key, span: Span, title: Titled) {
        let k = match self.by_key.get(&key) {
            Some(&k) => k,
            None => {
                self.by_key.insert(key.clone(), self.entries.len());
                self.entries.push(Entry { key, spans: Vec::new(), role: None, country: None, text_title: false });
                self.entries.len() - 1
            }
        };
        let e = &mut self.entries[k];
        // A name read twice (after its given name, then before its title) is one mention.
        if e.spans.last() != Some(&span) {
            e.spans.push(span);
        }
        let Some(t) = title else { return };
        let row = &x.people.titles[t.title as usize];
        if !e.text_title
            && (row.kind != TitleKind::Honorific || e.role.is_none())
            && let Some(r) = &row.role
        {
            e.role = Some(if t.former { roles::former(r) } else { r.clone() });
            e.text_title = row.kind != TitleKind::Honorific;
        }
        if e.country.is_none() {
            e.country = t.country;
        }
    }
}

pub(crate) fn resolve(x: &Extractor, doc: &Doc) -> People {
    let mut used = vec![false; doc.hits.len()];
    let mut found = Found::default();
    known_and_titled(x, doc, &mut used, &mut found);
    known_surnames(x, doc, &mut used, &mut found);
    unknown_surnames(doc, &mut found);
    let (mentions, located) = roles::mentions(x, doc, found.entries);
    People { mentions, used, located }
}

/// One walk over the hits: known people by name or alias; unknown people after a title,
/// before a country's title, or after a given name.
fn known_and_titled(x: &Extractor, doc: &Doc, used: &mut [bool], found: &mut Found) {
    let hits = &doc.hits;
    let mut i = 0;
    while i < hits.len() {
        let h = hits[i];
        if let Some(p) = person_of(x, doc, &h) {
            known(x, doc, i, p, found);
            used[i] = true;
            i += 1;
            continue;
        }
        if let Some(t) = title_of(x, &h)
            && let Some(next) = after_title(x, doc, i, t, used, found)
        {
            i = next;
            continue;
        }
        if let Some(next) = after_given_name(x, doc, i, used, found) {
            i = next;
            continue;
        }
        i += 1;
    }
}

/// A known person's mention at hit `i`: among namesakes, the one of the country written
/// before the name (`Jordan's King Abdullah`) or after it (`King Abdullah of Jordan`).
fn known(x: &Extractor, doc: &Doc, i: usize, mut p: u32, found: &mut Found) {
    let (text, hits) = (doc.text, &doc.hits);
    let h = hits[i];
    let before = i.checked_sub(1).map(|k| &hits[k]).filter(|c| gap_is(text, c.end, h.start, &["'s", "\u{2019}s"]));
    let after = hits.get(i + 1).filter(|c| gap_is(text, h.end, c.start, &["of"]));
    if let Some(k) = before.and_then(|c| country_of(x, c)).or_else(|| after.and_then(|c| country_of(x, c))) {
        p = person_of_country(x, &h, k).unwrap_or(p);
    }
    // `Rafik Hariri University Hospital`: a place named after the person.
    if named_after(&x.lexicon, text, h.end) {
        return;
    }
    let title = title_before(x, doc, i, h.start).or_else(|| title_after(x, doc, i, h.end));
    found.add(x, Key::Known(p), Span::new(h.start, h.end), title);
}

/// An unknown person after the title at hit `i` (`Foreign Minister Yoko Kamikawa`,
/// `Ambassador to Israel David Friedman`), or written before it (`Zed Roe, Australia's
/// minister for ...`). Returns the next hit to look at when a name was read after it.
fn after_title(x: &Extractor, doc: &Doc, i: usize, t: u32, used: &mut [bool], found: &mut Found) -> Option<usize> {
    let (text, hits) = (doc.text, &doc.hits);
    let h = hits[i];
    let next_is_person =
        hits.get(i + 1).is_some_and(|n| gap_is(text, h.end, n.start, &[]) && person_of(x, doc, n).is_some());
    let glued = char_at(text, h.end).is_some_and(|c| c == ' ');
    // `Ambassador to Israel David Friedman`: the name comes after the posting.
    let (k, from) = match hits.get(i + 1) {
        Some(n) if posted_to(x, doc, i + 1) == Some(i) => (i + 1, n.end),
        _ => (i, h.end),
    };
    if !next_is_person && glued && !char_before(text, h.start).is_some_and(is_word) {
        let limit = name_limit(x, doc, k, from);
        if let Some(n) = read_name(&x.lexicon, text, from, limit).filter(|n| n.words >= 2) {
            let country = title_country(x, doc, i);
            if !is_byline(&x.lexicon, text, n.start, n.end) && !named_after(&x.lexicon, text, n.end) {
                let key = Key::Unknown(text[n.start..n.end].to_string());
                let former = former_before(x, doc, i);
                found.add(x, key, Span::new(n.start, n.end), Some(TitleAt { title: t, country, former }));
            }
            return Some(skip_inside(hits, used, i + 1, n.end));
        }
    }
    if x.people.titles[t as usize].kind != TitleKind::Honorific
        && !next_is_person
        && let Some((s, e, country)) = name_before_title(x, doc, i)
    {
        let title = TitleAt { title: t, country, former: false };
        found.add(x, Key::Unknown(text[s..e].to_string()), Span::new(s, e), Some(title));
    }
    None
}

/// The country written with the title at hit `i`: `Japan's Foreign Minister`, or the
/// country opening the phrase before it (`U.S. House of Representatives Speaker`).
fn title_country(x: &Extractor, doc: &Doc, i: usize) -> Option<u16> {
    let owner = i.checked_sub(1).and_then(|c| owner_before(x, doc, c, doc.hits[i].start));
    owner.or_else(|| country_before_phrase(x, doc, i))
}

/// A given name at hit `i` followed by capitalised words: a person the gazetteer does not
/// know (`Kira Yarmysh`). Returns the next hit to look at.
fn after_given_name(x: &Extractor, doc: &Doc, i: usize, used: &mut [bool], found: &mut Found) -> Option<usize> {
    let (text, hits) = (doc.text, &doc.hits);
    let h = hits[i];
    if !is_given_name(x, &h) || char_before(text, h.start).is_some_and(|c| is_word(c) || c == '-') {
        return None;
    }
    let limit = name_limit(x, doc, i, h.start);
    let n = read_name(&x.lexicon, text, h.start, limit)?;
    if n.words < 2
        || n.start != h.start
        || is_byline(&x.lexicon, text, n.start, n.end)
        || credit_line(text, n.start, n.end)
        || named_after(&x.lexicon, text, n.end)
    {
        return None;
    }
    let title = title_after(x, doc, skip_inside_peek(hits, i, n.end), n.end);
    found.add(x, Key::Unknown(text[n.start..n.end].to_string()), Span::new(n.start, n.end), title);
    Some(skip_inside(hits, used, i, n.end))
}

/// Surname-only mentions of known people: the person named in full in this text (the
/// nearest full mention before wins), else the only one of that surname in office on the
/// date, unless the surname is too common.
fn known_surnames(x: &Extractor, doc: &Doc, used: &mut [bool], found: &mut Found) {
    let named: Vec<(u32, usize)> = found
        .entries
        .iter()
        .filter_map(|e| match e.key {
            Key::Known(p) => Some((p, e.spans[0].start)),
            _ => None,
        })
        .collect();
    for (i, h) in doc.hits.iter().enumerate() {
        if used[i] {
            continue;
        }
        let Some(group) = surname_of(x, h) else { continue };
        let g = &x.people.surnames[group as usize];
        let mut pick = named
            .iter()
            .filter(|(p, _)| g.members.contains(p))
            .min_by_key(|(_, pos)| if *pos <= h.start { h.start - pos } else { usize::MAX / 2 + pos })
            .map(|(p, _)| *p);
        if pick.is_none() && !g.common {
            pick = only_one_in_office(x, doc, &g.members);
        }
        let title = title_before(x, doc, i, h.start).or_else(|| title_after(x, doc, i, h.end));
        if pick.is_none() {
            pick = title.and_then(|t| holder_of_title(x, &g.members, t));
        }
        if let Some(p) = pick {
            found.add(x, Key::Known(p), Span::new(h.start, h.end), title);
            used[i] = true;
        }
    }
}

/// Among people of one surname, the only one who held the office a title names, for the
/// country written with it (`Obasanjo, the former Nigerian president`).
fn holder_of_title(x: &Extractor, members: &[u32], t: TitleAt) -> Option<u32> {
    let office = x.people.titles[t.title as usize].role.as_deref()?;
    let office = office.strip_prefix("Former ").unwrap_or(office);
    let held = |p: &u32| {
        x.people.persons[*p as usize].roles.iter().any(|r| {
            r.role.as_deref().is_some_and(|rr| names::same_role(rr, office))
                && t.country.is_none_or(|c| r.country == Some(c))
        })
    };
    let mut holders = members.iter().copied().filter(held);
    let first = holders.next()?;
    holders.next().is_none().then_some(first)
}

fn only_one_in_office(x: &Extractor, doc: &Doc, members: &[u32]) -> Option<u32> {
    let d = doc.reference?;
    let mut holding = members.iter().copied().filter(|&p| x.people.persons[p as usize].in_office(d));
    let first = holding.next()?;
    holding.next().is_none().then_some(first)
}

/// Later surname-only mentions of people found by their title: the last word of the name,
/// capitalised, after the full name and not inside another mention.
fn unknown_surnames(doc: &Doc, found: &mut Found) {
    let text = doc.text;
    let surnames: Vec<(usize, String)> = found
        .entries
        .iter()
        .enumerate()
        .filter_map(|(k, e)| match &e.key {
            Key::Unknown(name) => name.split_whitespace().last().map(|s| (k, s.to_string())),
            _ => None,
        })
        .filter(|(_, s)| s.chars().count() >= 3)
        .collect();
    if surnames.is_empty() {
        return;
    }
    let mut taken: Vec<Span> = found.entries.iter().flat_map(|e| e.spans.iter().copied()).collect();
    taken.sort_unstable();
    // One pass over the capitalised words of the text (its word tokens).
    for (i, t) in doc.tokens.iter().enumerate().filter(|(_, t)| t.is(CAP)) {
        let (pos, end) = (t.start as usize, hyphenated_end(doc, i));
        let word = &text[pos..end];
        let Some((k, _)) = surnames.iter().find(|(_, s)| s == word) else { continue };
        // Only after the full name: an earlier word is someone or something else.
        let after_full = found.entries[*k].spans.first().is_some_and(|f| f.end <= pos);
        // Spans do not overlap: only the last one starting before `end` can cover `pos`.
        let before = taken.partition_point(|s| s.start < end);
        let covered = before > 0 && taken[before - 1].end > pos;
        if after_full && !covered {
            found.entries[*k].spans.push(Span::new(pos, end));
        }
    }
}

/// The end of the word at token `i`, with the parts joined to it by hyphens (`Smith-Jones`).
fn hyphenated_end(doc: &Doc, i: usize) -> usize {
    let toks = &doc.tokens;
    let mut k = i;
    while k + 2 < toks.len()
        && !toks[k + 1].is(SPACE)
        && toks[k + 1].text(doc.text) == "-"
        && !toks[k + 2].is(SPACE)
        && toks[k + 2].is(WORD)
    {
        k += 2;
    }
    toks[k].end as usize
}
