//! Stage 3a, countries: every reference by name, abbreviation, demonym, combining form or
//! place, with the rules for ambiguous and weak forms (SPEC.md, "Countries").

mod index;

pub(crate) use index::CountryIndex;

use crate::extractor::Extractor;
use crate::gazetteer::{Flags, FormKind, PlaceKind};
use crate::lexicon::List;
use crate::matcher::{Hit, Value, kind};
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
    /// Every place named (a city, state or region, whether or not it refers to its
    /// country), in text order.
    pub places: Vec<Ref>,
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
    let mut title_case: Vec<Option<bool>> = Vec::new();
    let mut forms: Vec<(Ref, Flags)> = Vec::new();
    let mut place_hits: Vec<usize> = Vec::new();
    for (i, h) in doc.hits.iter().enumerate() {
        if !h.has(kind::COUNTRY | kind::PLACE) || used.get(i).copied().unwrap_or(false) || look_alike(doc.text, h) {
            continue;
        }
        let before = forms.len();
        let mut named = false;
        for (r, flags) in country_forms(x, h) {
            named = true;
            let again = forms[before..].iter().any(|(q, _)| q.country == r.country);
            let hidden = flags.ambiguous && name_like(x, doc, r.start, r.end, &mut title_case);
            if !again && !hidden {
                forms.push((r, flags));
            }
        }
        if !named {
            place_hits.push(i);
        }
    }
    // Weak forms and places count only with a non-weak reference to the same country.
    let mut strong = vec![false; x.countries.countries.len()];
    for (r, f) in &forms {
        strong[r.country as usize] |= !f.weak;
    }
    let mut places: Vec<(Ref, Flags)> = Vec::new();
    for &i in &place_hits {
        let sentence = doc.sentence_of(doc.hits[i].start).map(|k| doc.sents[k].clone());
        let in_sentence = |c: u16| {
            sentence.as_ref().is_some_and(|s| {
                let from = forms.partition_point(|(r, _)| r.start < s.start);
                forms[from..].iter().take_while(|(r, _)| r.end <= s.end).any(|(r, _)| r.country == c)
            })
        };
        let Some((r, flags, context)) = choose_place(x, doc, i, &strong, in_sentence) else { continue };
        if flags.ambiguous && !context && name_like(x, doc, r.start, r.end, &mut title_case) {
            continue;
        }
        if flags.weak && !context && !strong[r.country as usize] {
            continue;
        }
        places.push((r, flags));
    }
    for (r, f) in &places {
        if x.countries.places[r.place.unwrap_or(0) as usize].counts() {
            strong[r.country as usize] |= !f.weak;
        }
    }
    let mut refs: Vec<Ref> = forms
        .into_iter()
        .chain(places.iter().copied().filter(|(r, _)| x.countries.places[r.place.unwrap_or(0) as usize].counts()))
        .filter(|(r, f)| !f.weak || strong[r.country as usize])
        .map(|(r, _)| r)
        .collect();
    refs.sort_by_key(|r| r.start);
    let places = places.into_iter().map(|(r, _)| r).collect();
    Countries { mentions: tally(x, &refs), refs, places }
}

/// `US-2` style look-alikes are blockers in the data; a form glued to digits is none, nor a
/// handle (`@France24`).
fn look_alike(text: &str, h: &Hit) -> bool {
    (char_at(text, h.end).is_some_and(|c| c == '-') && text[h.end + 1..].starts_with(|c: char| c.is_ascii_digit()))
        || char_before(text, h.start) == Some('@')
}

/// The countries a hit names by a country form (one, or both of `the two Koreas`); a
/// country form beats a place of the same spelling.
fn country_forms<'a>(x: &'a Extractor, h: &'a Hit) -> impl Iterator<Item = (Ref, Flags)> + 'a {
    x.matcher.values(h).filter_map(|v| match v.value {
        Value::Country { country, kind, flags } => {
            let end = if kind == FormKind::Combining { h.end - 1 } else { h.end };
            Some((Ref { start: h.start, end, country, place: None, kind }, flags))
        }
        _ => None,
    })
}

/// How a place is ranked among the places of one spelling (greatest first, field by field).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct PlaceRank {
    /// Its state or country is written next to it (`Paris, Texas`, `Tripoli in northern
    /// Lebanon`).
    context: bool,
    /// A capital.
    capital: bool,
    /// Its country is named in the place's sentence (`Venezuelan troops ... in Valencia`).
    in_sentence: bool,
    /// It counts for its country (a major city).
    counts: bool,
    /// Of a country the text refers to.
    strong: bool,
    not_weak: bool,
    population: u64,
}

/// The place a hit names, among the places of that spelling, by [`PlaceRank`]. Returns the
/// reference, its flags and whether the context named it. `in_sentence` tells whether a
/// country is named in the hit's sentence.
fn choose_place(
    x: &Extractor,
    doc: &Doc,
    i: usize,
    strong: &[bool],
    in_sentence: impl Fn(u16) -> bool,
) -> Option<(Ref, Flags, bool)> {
    let h = &doc.hits[i];
    let next = next_place_context(x, doc, i);
    let mut best: Option<(PlaceRank, u32, u16)> = None;
    for v in x.matcher.values(h) {
        let Value::Place { place } = v.value else { continue };
        let p = &x.countries.places[place as usize];
        let Some(country) = p.country else { continue };
        let context = next.is_some_and(|(c, admin1)| {
            c == country && admin1.is_none_or(|a| p.admin1.as_deref() == Some(a) && p.kind != PlaceKind::State)
        });
        let rank = PlaceRank {
            context,
            capital: p.kind == PlaceKind::Capital,
            in_sentence: in_sentence(country),
            counts: p.counts(),
            strong: strong[country as usize],
            not_weak: !p.flags.weak,
            population: p.population,
        };
        if best.as_ref().is_none_or(|(k, _, _)| rank > *k) {
            best = Some((rank, place, country));
        }
    }
    let (rank, place, country) = best?;
    let flags = x.countries.places[place as usize].flags;
    Some((Ref { start: h.start, end: h.end, country, place: Some(place), kind: FormKind::Name }, flags, rank.context))
}

/// The state or country written right after hit `i`, after a comma (`Paris, Texas`,
/// `Perth, Australia`) or after `in` and at most one word in lower case (`Tripoli in
/// northern Lebanon`): its country and, for a state, its code.
fn next_place_context<'a>(x: &'a Extractor, doc: &Doc, i: usize) -> Option<(u16, Option<&'a str>)> {
    let (h, n) = (&doc.hits[i], doc.hits.get(i + 1)?);
    let in_region = |gap: &str| {
        let mut words = gap.split_whitespace();
        words.next() == Some("in")
            && words.next().is_none_or(|w| w.chars().all(|c| c.is_ascii_lowercase()))
            && words.next().is_none()
    };
    if doc.text.get(h.end..n.start).is_none_or(|gap| gap.trim() != "," && !in_region(gap)) {
        return None;
    }
    x.matcher.values(n).find_map(|v| match v.value {
        Value::Country { country, .. } => Some((country, None)),
        Value::Place { place } => {
            let p = &x.countries.places[place as usize];
            (p.kind == PlaceKind::State).then_some((p.country?, p.admin1.as_deref()))
        }
        _ => None,
    })
}

fn tally(x: &Extractor, refs: &[Ref]) -> Vec<CountryMention> {
    let mut tally = Tally::new();
    for r in refs {
        tally.add(r.country, Span::new(r.start, r.end));
    }
    tally
        .by_salience()
        .into_iter()
        .map(|m| {
            let c = &x.countries.countries[m.key as usize];
            CountryMention { code: c.code.clone(), name: c.name.clone(), count: m.count(), spans: m.spans }
        })
        .collect()
}
