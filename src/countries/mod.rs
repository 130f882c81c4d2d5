//! Stage 3a, countries: every reference by name, abbreviation, demonym, combining form or
//! place, with the rules for ambiguous and weak forms (SPEC.md, "Countries").

mod index;

pub(crate) use index::CountryIndex;

use crate::extractor::Extractor;
use crate::gazetteer::{Flags, FormKind};
use crate::lexicon::List;
use crate::matcher::{Value, kind};
use crate::mentions::Tally;
use crate::model::{CountryMention, Span};
use crate::text::{Doc, char_at, char_before, is_capitalised};

/// A reference to a country found in the text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ref {
    pub start: usize,
    pub end: usize,
    pub country: u16,
    /// The place named, when the reference is a place (a city, state or region).
    pub place: Option<u32>,
    pub kind: FormKind,
}

/// Countries found in a text.
pub(crate) struct Countries {
    pub mentions: Vec<CountryMention>,
    /// Every accepted reference, in text order.
    pub refs: Vec<Ref>,
}

/// The word touching `[s, e)` on the left or right, across one space only.
fn neighbour_words(text: &str, s: usize, e: usize) -> (Option<&str>, Option<&str>) {
    let left = text.get(..s).and_then(|before| {
        let b = before.strip_suffix(' ')?;
        let start =
            b.rfind(|c: char| !c.is_alphanumeric()).map_or(0, |k| k + b[k..].chars().next().map_or(1, char::len_utf8));
        let w = &b[start..];
        (!w.is_empty()).then_some(w)
    });
    let right = text.get(e..).and_then(|after| {
        let a = after.strip_prefix(' ')?;
        let end = a.find(|c: char| !c.is_alphanumeric()).unwrap_or(a.len());
        let w = &a[..end];
        (!w.is_empty()).then_some(w)
    });
    (left, right)
}

/// Whether the sentence around `pos` is written in title case (a headline).
/// Computed once per sentence (`cache`), so a long sentence is read once.
fn title_case_line(doc: &Doc, pos: usize, cache: &mut Vec<Option<bool>>) -> bool {
    let Some(i) = doc.sentence_of(pos) else { return false };
    if cache.len() < doc.sents.len() {
        cache.resize(doc.sents.len(), None);
    }
    *cache[i].get_or_insert_with(|| {
        let s = &doc.text[doc.sents[i].clone()];
        let (mut words, mut capitalised) = (0usize, 0usize);
        for w in s.split_whitespace().filter(|w| w.chars().next().is_some_and(char::is_alphabetic)) {
            words += 1;
            capitalised += usize::from(is_capitalised(w));
        }
        words >= 3 && capitalised * 10 >= words * 7
    })
}

/// An ambiguous form written next to another capitalised name word is part of a name.
fn name_like(x: &Extractor, doc: &Doc, s: usize, e: usize, cache: &mut Vec<Option<bool>>) -> bool {
    let (l, r) = neighbour_words(doc.text, s, e);
    let is_name =
        |w: &str| is_capitalised(w) && !x.lexicon.has(List::FunctionWord, w) && w.chars().any(char::is_lowercase);
    let hit = l.is_some_and(is_name) || r.is_some_and(is_name);
    hit && !title_case_line(doc, s, cache)
}

pub(crate) fn resolve(x: &Extractor, doc: &Doc, used: &[bool]) -> Countries {
    let text = doc.text;
    let mut refs: Vec<(Ref, Flags)> = Vec::new();
    let mut title_case: Vec<Option<bool>> = Vec::new();
    for (i, h) in doc.hits.iter().enumerate() {
        if !h.has(kind::COUNTRY | kind::PLACE) {
            continue;
        }
        if used.get(i).copied().unwrap_or(false) {
            continue;
        }
        let mut best: Option<(Ref, Flags)> = None;
        for v in x.matcher.values(h) {
            let (r, flags) = match v.value {
                Value::Country { country, kind, flags } => {
                    let end = if kind == FormKind::Combining { h.end - 1 } else { h.end };
                    (Ref { start: h.start, end, country, place: None, kind }, flags)
                }
                Value::Place { place } => {
                    let p = &x.countries.places[place as usize];
                    let Some(country) = p.country else { continue };
                    (Ref { start: h.start, end: h.end, country, place: Some(place), kind: FormKind::Name }, p.flags)
                }
                _ => continue,
            };
            // A country form beats a city of the same spelling.
            if best.as_ref().is_none_or(|(b, _)| b.place.is_some() && r.place.is_none()) {
                best = Some((r, flags));
            }
        }
        let Some((r, flags)) = best else { continue };
        if flags.ambiguous && name_like(x, doc, r.start, r.end, &mut title_case) {
            continue;
        }
        // `US-2` style look-alikes are blockers in the data; a form glued to digits is none.
        if char_at(text, h.end).is_some_and(|c| c == '-') && text[h.end + 1..].starts_with(|c: char| c.is_ascii_digit())
        {
            continue;
        }
        if char_before(text, h.start) == Some('@') {
            continue;
        }
        refs.push((r, flags));
    }
    // Weak forms count only with a non-weak reference to the same country.
    let mut strong = vec![false; x.countries.countries.len()];
    for (r, f) in &refs {
        if !f.weak {
            strong[r.country as usize] = true;
        }
    }
    let refs: Vec<Ref> =
        refs.into_iter().filter(|(r, f)| !f.weak || strong[r.country as usize]).map(|(r, _)| r).collect();

    let mut tally = Tally::new();
    for r in &refs {
        tally.add(r.country, Span::new(r.start, r.end));
    }
    let mentions = tally
        .by_salience()
        .into_iter()
        .map(|m| {
            let c = &x.countries.countries[m.key as usize];
            CountryMention { code: c.code.clone(), name: c.name.clone(), count: m.count(), spans: m.spans }
        })
        .collect();
    Countries { mentions, refs }
}
