//! Stage 3c, the countries of people the gazetteer does not know and whose title gives
//! none (SPEC.md, "People": a country from the text): the one country their sentence
//! refers to. It runs after the countries (stage 3b needs no country; this needs them all).
//!
//! First the phrase in apposition to a mention: after it (`Taher Al-Nono, media adviser
//! to Hamas chief Ismail Haniyeh,`: a country, an armed group's home, a known person's
//! country) or before it (`Indonesia's military chief, Gen. Gatot Nurmantyo`). Else, in
//! the sentence of the person's first mention, a person with a role (an office the text
//! gives) takes the one country of the places named there (`... arrived in Chennai,
//! received by Governor X` is India's governor, though the sentence names a Chinese visitor
//! too), else the one country the sentence refers to (`Police chief X said the bomb hit
//! Kabul`). A person without a role, a relative clause (`X, who met China`), two countries
//! or none leave the country null: never the article's most mentioned one.

use std::ops::Range;

use super::titles::{gap_is, title_of};
use super::{Located, People};
use crate::countries::{Countries, Ref};
use crate::extractor::Extractor;
use crate::gazetteer::FormKind;
use crate::lexicon::List;
use crate::matcher::Value;
use crate::model::Span;
use crate::text::Doc;

/// The longest phrase in apposition, in bytes.
const APPOSITION: usize = 100;
/// The most bytes between the comma closing an apposition before a name and the name (a
/// rank: `, Gen. `).
const RANK_GAP: usize = 12;

/// Gives the people without a country the one country of their sentence.
pub(crate) fn countries_from_sentences(x: &Extractor, doc: &Doc, countries: &Countries, people: &mut People) {
    for m in people.mentions.iter_mut().filter(|m| m.country.is_none() && !m.known) {
        // The sentence where the text gives the role (`after opposition leader X's arrest`),
        // else of the first mention.
        let Some(first) = m.spans.iter().find(|s| titled(x, doc, s)).or(m.spans.first()) else { continue };
        let Some(sent) = sentence_of(doc, first.start) else { continue };
        let outside = |r: &&Ref| {
            let k = m.spans.partition_point(|s| s.end <= r.start);
            m.spans.get(k).is_none_or(|s| s.start >= r.end)
        };
        let in_apposition = m.spans.iter().find_map(|s| {
            let sent = sentence_of(doc, s.start)?;
            apposition_after(x, doc, countries, &people.located, s, &sent)
                .or_else(|| apposition_before(doc, countries, &people.located, s, &sent))
                .or_else(|| one_of_demonym(doc, countries, s, &sent))
        });
        let from_sentence = || {
            m.role.as_ref()?;
            only_country(&countries.places, &sent, outside).or_else(|| only_country(&countries.refs, &sent, outside))
        };
        let local = || local_country(x, doc, countries, first);
        let Some(c) = in_apposition.or_else(local).or_else(from_sentence) else { continue };
        m.country = Some(x.countries.code(c).to_string());
        for s in &m.spans {
            let k = people.located.partition_point(|l| l.start < s.start);
            if let Some(l) = people.located.get_mut(k).filter(|l| l.start == s.start && l.end == s.end) {
                l.country = Some(c);
            }
        }
    }
}

/// Whether a title stands right before a mention (`Police chief X`).
fn titled(x: &Extractor, doc: &Doc, s: &Span) -> bool {
    title_start(x, doc, s).is_some()
}

/// Where the title right before a mention starts.
fn title_start(x: &Extractor, doc: &Doc, s: &Span) -> Option<usize> {
    let k = doc.hits.partition_point(|h| h.end <= s.start).checked_sub(1)?;
    let h = &doc.hits[k];
    (gap_is(doc.text, h.end, s.start, &[]) && title_of(x, h).is_some()).then_some(h.start)
}

/// The country of the last place or country named before a mention tied to it by a local
/// noun: `the city's police chief X`, `the province's governor X`, `Resident X`.
fn local_country(x: &Extractor, doc: &Doc, countries: &Countries, name: &Span) -> Option<u16> {
    let title = title_start(x, doc, name);
    let at = title.unwrap_or(name.start);
    let before = doc.text.get(..at)?.strip_suffix([' ', '\n'])?;
    let word = &before[before.rfind([' ', '\n']).map_or(0, |k| k + 1)..];
    let owner = word.strip_suffix("'s").or_else(|| word.strip_suffix("\u{2019}s"));
    let local = match owner {
        Some(noun) => before[..before.len() - word.len()].ends_with("the ") && x.lexicon.has(List::LocalNoun, noun),
        // `Resident X`: bare, only right before the name.
        None => title.is_none() && x.lexicon.has(List::LocalNoun, word),
    };
    if !local {
        return None;
    }
    let last = |refs: &[Ref]| refs[..refs.partition_point(|r| r.end <= at)].last().map(|r| (r.end, r.country));
    let (p, r) = (last(&countries.places), last(&countries.refs));
    p.into_iter().chain(r).max_by_key(|(end, _)| *end).map(|(_, c)| c)
}

/// The sentence holding byte `at`.
fn sentence_of(doc: &Doc, at: usize) -> Option<Range<usize>> {
    doc.sentence_of(at).map(|k| doc.sents[k].clone())
}

/// The one country the references in `sent` (kept by `keep`) name, if they name one.
fn only_country(refs: &[Ref], sent: &Range<usize>, keep: impl Fn(&&Ref) -> bool) -> Option<u16> {
    let from = refs.partition_point(|r| r.start < sent.start);
    let mut inside = refs[from..].iter().take_while(|r| r.end <= sent.end).filter(keep);
    let first = inside.next()?.country;
    inside.all(|r| r.country == first).then_some(first)
}

/// The country of the phrase in apposition after a mention: its first country or place
/// before any other person named in it, else an armed group's home there, else the country
/// of the person it names (`adviser to Hamas chief Ismail Haniyeh`).
fn apposition_after(
    x: &Extractor,
    doc: &Doc,
    countries: &Countries,
    located: &[Located],
    name: &Span,
    sent: &Range<usize>,
) -> Option<u16> {
    let (phrase, proper) = apposition_phrase(x, doc, name.end, sent)?;
    let other = located.get(located.partition_point(|l| l.start < phrase.start)).filter(|l| l.end <= phrase.end);
    // A phrase opening with a capital is another person's title (`, India's minister Rajnath
    // Singh said`) unless it names whose aide this is (`, President Donald Trump's envoy,`).
    if proper && !other.is_some_and(|l| possessive(doc, l)) {
        return None;
    }
    let own = phrase.start..other.map_or(phrase.end, |l| l.start);
    let first_in = |refs: &[Ref]| {
        refs.get(refs.partition_point(|r| r.start < own.start)).filter(|r| r.end <= own.end).map(|r| r.country)
    };
    let group = || {
        doc.hits_in(&own).iter().find_map(|h| {
            x.matcher.values(h).find_map(|v| match v.value {
                Value::Org { org, .. } => x.orgs.orgs[org as usize].home,
                _ => None,
            })
        })
    };
    first_in(&countries.refs).or_else(|| first_in(&countries.places)).or_else(group).or_else(|| other?.country)
}

/// The phrase after `, ` at `end` up to the next comma or the sentence's end, when it reads
/// as an apposition: not a relative clause (`, who met`) nor the sentence's verb (`, said`).
/// Also whether it opens with a capital and holds more capitals than a country's title alone
/// (`, Indonesia's military chief,` does not): then it may be another person's title.
fn apposition_phrase(x: &Extractor, doc: &Doc, end: usize, sent: &Range<usize>) -> Option<(Range<usize>, bool)> {
    let rest = doc.text.get(end..sent.end)?.strip_prefix(", ")?;
    let len = rest.find([',', ';', '(']).unwrap_or(rest.len());
    let mut words = rest[..len].split(' ');
    let opener = words.next().unwrap_or("");
    let lower = |w: &str| w.chars().next().is_some_and(|c| !c.is_uppercase());
    let clause = x.lexicon.has(List::RelativePronoun, opener) || x.lexicon.has(List::ReportingVerb, opener);
    if len > APPOSITION || clause {
        return None;
    }
    Some((end + 2..end + 2 + len, !(lower(opener) || words.all(lower))))
}

/// The one country of the phrase closed by a comma right before a mention (a rank may stand
/// between): `Indonesia's military chief, Gen. Gatot Nurmantyo`; else the country of the
/// person whose relative or aide it names (`Modi's adviser, X`, `X's sister, Y`).
fn apposition_before(
    doc: &Doc,
    countries: &Countries,
    located: &[Located],
    name: &Span,
    sent: &Range<usize>,
) -> Option<u16> {
    let before = doc.text.get(sent.start..name.start)?;
    let comma = before.rfind(',')?;
    if before.len() - comma > RANK_GAP {
        return None;
    }
    let open = before[..comma].rfind([',', ';', ':']).map_or(0, |k| k + 1);
    if comma - open > APPOSITION {
        return None;
    }
    let phrase = sent.start + open..sent.start + comma;
    only_country(&countries.refs, &phrase, |_| true).or_else(|| {
        let first = located.partition_point(|l| l.start < phrase.start);
        let person = located[first..].iter().take_while(|l| l.end <= phrase.end).find(|l| possessive(doc, l))?;
        person.country
    })
}

/// Whether a mention is written as an owner: `X's`.
fn possessive(doc: &Doc, l: &Located) -> bool {
    doc.text[l.end..].starts_with("'s ") || doc.text[l.end..].starts_with("\u{2019}s ")
}

/// The demonym of the group a sentence opening `One of the ... was` names the person one
/// of: `One of the freed Kenyans was X`.
fn one_of_demonym(doc: &Doc, countries: &Countries, name: &Span, sent: &Range<usize>) -> Option<u16> {
    let before = doc.text.get(sent.start..name.start)?;
    let head = before.strip_suffix(" was ").or_else(|| before.strip_suffix(" is "))?;
    let lead = head.trim_start();
    if !(lead.starts_with("One of the ") || lead.starts_with("one of the ")) {
        return None;
    }
    let phrase = sent.start..sent.start + head.len();
    only_country(&countries.refs, &phrase, |r| r.kind == FormKind::Demonym)
}
