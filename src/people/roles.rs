//! The role and country of each person found (SPEC.md, "People": roles change, former
//! roles, countries from the gazetteer or the text).

use super::names::same_role;
use super::titles::country_of;
use super::{Entry, Key, Located};
use crate::extractor::Extractor;
use crate::model::PersonMention;
use crate::text::Doc;

/// The mentions of the people found, in order of first mention, with their roles and
/// countries; and every mention with its person's country.
pub(super) fn mentions(x: &Extractor, doc: &Doc, entries: Vec<Entry>) -> (Vec<PersonMention>, Vec<Located>) {
    let mut located = Vec::new();
    let mut mentions = Vec::with_capacity(entries.len());
    for mut e in entries {
        e.spans.sort_unstable();
        let (name, known, wikidata) = match e.key.clone() {
            Key::Known(p) => {
                known_role(x, doc, p, &mut e);
                let person = &x.people.persons[p as usize];
                (person.name.clone(), true, person.wikidata.clone())
            }
            Key::Unknown(n) => (n, false, None),
        };
        if e.country.is_none() {
            e.country = e.spans.iter().find_map(|s| country_in_brackets(x, doc, s.end));
        }
        located.extend(e.spans.iter().map(|s| Located { start: s.start, end: s.end, country: e.country }));
        mentions.push(PersonMention {
            name,
            role: e.role,
            country: e.country.map(|c| x.countries.code(c).to_string()),
            count: e.spans.len(),
            spans: e.spans,
            known,
            wikidata,
        });
    }
    mentions.sort_by_key(|m| m.spans.first().map_or(usize::MAX, |s| s.start));
    located.sort_unstable();
    (mentions, located)
}

/// A known person's role when the text gives none: the gazetteer's role on the date, as a
/// former one when the person was out of office; and the country of the role the text's
/// title names, else of the role on the date, else of the person's first role.
fn known_role(x: &Extractor, doc: &Doc, p: u32, e: &mut Entry) {
    let person = &x.people.persons[p as usize];
    let on = person.role_on(doc.reference);
    if e.role.is_none() {
        e.role = on.and_then(|o| o.role.role.as_deref().map(|r| if o.former { former(r) } else { r.to_string() }));
    }
    if e.country.is_none() {
        let office = e.role.as_deref().map(|t| t.strip_prefix("Former ").unwrap_or(t));
        let named = |t: &str| person.roles.iter().find(|r| r.role.as_ref().is_some_and(|rr| same_role(rr, t)));
        let first = || person.roles.iter().min_by_key(|r| r.start);
        e.country = office.and_then(named).or(on.map(|o| o.role)).or_else(first).and_then(|r| r.country);
    }
}

/// The country written in brackets right after a name ending at `end`: `Amos Wekesa
/// (Kenya)`, `(Romania)`.
fn country_in_brackets(x: &Extractor, doc: &Doc, end: usize) -> Option<u16> {
    let rest = doc.text.get(end..)?;
    let open = end + rest.len() - rest.trim_start_matches(' ').len();
    if !doc.text[open..].starts_with('(') {
        return None;
    }
    let k = doc.hits.partition_point(|h| h.start <= open);
    let h = doc.hits.get(k).filter(|h| h.start == open + 1 && doc.text[h.end..].starts_with(')'))?;
    country_of(x, h)
}

/// A role as a former one: `President` -> `Former President` (SPEC.md, "People").
pub(super) fn former(role: &str) -> String {
    if role.starts_with("Former ") { role.to_string() } else { format!("Former {role}") }
}

/// Whether the word right before byte `at` calls what follows former: `former`, `ex`,
/// `ex-` (any case).
pub(super) fn called_former(text: &str, at: usize) -> bool {
    let Some(before) = text.get(..at) else { return false };
    if before.ends_with("ex-") || before.ends_with("Ex-") {
        return true;
    }
    let before = before.trim_end_matches([' ', '\u{a0}']);
    let word_start =
        before.char_indices().rev().find(|(_, c)| !c.is_alphanumeric()).map_or(0, |(k, c)| k + c.len_utf8());
    let word = &before[word_start..];
    before.len() < at && (word.eq_ignore_ascii_case("former") || word.eq_ignore_ascii_case("ex"))
}
