//! The main event: its kind (from the trigger lexicon), its actors, place and time.
//!
//! The event is looked for in the lead first (the first three sentences that read as
//! prose), then in the next five. In each sentence the strongest trigger that is not
//! negated (`denied attacking`, `no plans to meet`) and that has a country to tie to
//! (a country named, a demonym, a combining form, the country of a person named) wins;
//! a weight-1 trigger is taken only when the lead has nothing stronger.

use std::ops::Range;

use crate::countries::Countries;
use crate::extractor::{Doc, Extractor};
use crate::gazetteer::{FormKind, NegKind};
use crate::matcher::{Hit, Value};
use crate::model::{EventKind, Location, Plover, Trigger, When};
use crate::people::People;
use crate::time::find_times;

/// How far (bytes) a negation reaches forward in its clause.
const MAX_NEGATION_REACH: usize = 120;

/// Sentences of the lead, where the main event is looked for first.
const LEAD: usize = 3;

/// The main event's parts.
#[derive(Default)]
pub(crate) struct Main {
    pub kind: Option<EventKind>,
    pub actors: Vec<String>,
    pub location: Option<Location>,
    pub when: Option<When>,
}

/// The chosen trigger, its sentence, and the actors there (position, country).
type Chosen = (Candidate, Range<usize>, Vec<(usize, u16)>);

#[derive(Clone, Copy)]
struct Candidate {
    trigger: u32,
    weight: u8,
    start: usize,
    end: usize,
}

/// Trigger candidates in a sentence, negated ones left out.
fn candidates(x: &Extractor, doc: &Doc, sent: &Range<usize>) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut last_neg: Option<(usize, NegKind)> = None;
    let from = doc.hits.partition_point(|h| h.start < sent.start);
    let mut prev: Option<&Hit> = None;
    for h in doc.hits[from..].iter().take_while(|h| h.start < sent.end).filter(|h| h.end <= sent.end) {
        let before = prev.replace(h);
        let mut trig = None;
        for v in x.matcher.values(h) {
            match v.value {
                Value::Negation { kind } if v.sub.is_none() => last_neg = Some((h.end, kind)),
                Value::Trigger { trigger } => {
                    let (s, e) = match v.sub {
                        Some((a, b)) => (h.start + a as usize, h.start + b as usize),
                        None => (h.start, h.end),
                    };
                    let w = x.triggers[trigger as usize].weight;
                    if trig.as_ref().is_none_or(|c: &Candidate| w > c.weight) {
                        trig = Some(Candidate { trigger, weight: w, start: s, end: e });
                    }
                }
                _ => {}
            }
        }
        if let Some(mut c) = trig {
            // A state that protests (`The Philippines protested ...`, `China protests`)
            // complains officially; its citizens (`Kenyan protesters`) take to the streets.
            if x.triggers[c.trigger as usize].plover == Plover::Protest {
                let state =
                    before.filter(|b| b.end + 1 == h.start && doc.text.as_bytes()[b.end] == b' ').is_some_and(|b| {
                        x.matcher.values(b).any(|v| {
                            matches!(v.value, Value::Country { kind: FormKind::Name | FormKind::Abbr, .. })
                                && v.sub.is_none()
                        })
                    });
                if let (true, Some(t)) = (state, x.official_protest) {
                    c.trigger = t;
                }
            }
            if let Some((neg_end, kind)) = last_neg {
                // A negation covers the rest of its clause (`has no plans to meet ... at the
                // summit`); a hedge weakens the trigger right after it.
                let between = &doc.text[neg_end.min(c.start)..c.start];
                let same_clause = between.len() <= MAX_NEGATION_REACH
                    && !between.contains([',', ';', ':'])
                    && !CLAUSE_MARKERS.iter().any(|m| between.contains(m));
                match kind {
                    NegKind::Neg if same_clause => continue,
                    NegKind::Hedge if same_clause && between.split_whitespace().count() <= 2 => {
                        c.weight = c.weight.saturating_sub(1)
                    }
                    _ => {}
                }
            }
            if c.weight > 0 {
                out.push(c);
            }
        }
    }
    out
}

/// Countries taking part: countries, demonyms and combining forms named in the sentence,
/// and the countries of people named there, in text order. A sentence that opens with a
/// pronoun (`He accused ...`) continues the previous one: the people named there come first.
fn actors_in(
    x: &Extractor,
    doc: &Doc,
    countries: &Countries,
    people: &People,
    range: &Range<usize>,
    previous: Option<&Range<usize>>,
) -> Vec<(usize, u16)> {
    let mut found: Vec<(usize, u16)> = Vec::new();
    let first_word = doc.text[range.clone()].split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    if let (Some(p), true) = (previous, PRONOUNS.contains(&first_word)) {
        for &(s, e, c) in &people.located {
            if s >= p.start && e <= p.end {
                if let Some(c) = c {
                    found.push((0, c));
                    break;
                }
            }
        }
    }
    // A non-state armed group stands for the country it belongs to (`Al-Shabab attack`).
    let hits_from = doc.hits.partition_point(|h| h.start < range.start);
    for h in doc.hits[hits_from..].iter().take_while(|h| h.start < range.end) {
        for v in x.matcher.values(h) {
            if let (Value::Org { org, .. }, None) = (v.value, v.sub) {
                if let Some(home) = x.orgs[org as usize].home {
                    found.push((h.start, home));
                }
            }
        }
    }
    let refs_from = countries.refs.partition_point(|r| r.start < range.start);
    for r in countries.refs[refs_from..].iter().take_while(|r| r.start < range.end).filter(|r| r.end <= range.end) {
        // A city stands for its country when it is the target (`an airstrike on Kyiv`) or
        // speaks for its government (`Beijing said`).
        let target = word_before(doc.text, r.start).is_some_and(|w| matches!(w, "on" | "against"));
        let after = &doc.text[r.end..];
        let speaks = after.starts_with(" said") || after.starts_with("'s") || after.starts_with("\u{2019}s");
        if r.city.is_none() || target || speaks {
            found.push((r.start, r.country));
        }
    }
    let people_from = people.located.partition_point(|l| l.0 < range.start);
    for &(s, e, c) in people.located[people_from..].iter().take_while(|l| l.0 < range.end) {
        if e <= range.end {
            if let Some(c) = c {
                found.push((s, c));
            }
        }
    }
    let _ = x;
    // With no country named, a city named in the sentence gives its country
    // (`protesters marched in Buenos Aires`).
    if found.is_empty() {
        for r in countries.refs[refs_from..].iter().take_while(|r| r.start < range.end).filter(|r| r.end <= range.end) {
            found.push((r.start, r.country));
        }
    }
    found.sort_unstable();
    let mut seen = Vec::new();
    found.retain(|&(_, c)| {
        if seen.contains(&c) {
            false
        } else {
            seen.push(c);
            true
        }
    });
    found
}

const PRONOUNS: &[&str] = &["He", "She", "They", "It"];

/// Words that open a clause giving a cause, a time or a side remark: countries after them
/// are not parties to the main event (`... following violations of its airspace by Russian
/// drones`).
const CLAUSE_MARKERS: &[&str] = &[
    " following ",
    " after ",
    " amid ",
    " amidst ",
    " since ",
    " because ",
    " as he ",
    " as she ",
    " as they ",
    " as it ",
    ", as ",
    ", which ",
    " while ",
    " despite ",
    " over ",
    " in what ",
    " in response to ",
    " ahead of ",
    ", who ",
    " weeks after ",
    " days after ",
];

/// Verbs that report what someone else did: `Trump said Israel and the UAE reached a deal`.
const REPORTING: &[&str] = &[" said ", " says ", " announced ", " told ", " stated ", " confirmed "];

/// Where the main clause of a sentence starts: after a fronted side clause.
fn main_clause_start(text: &str, s: &Range<usize>) -> usize {
    let sentence = &text[s.clone()];
    let first = sentence.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    if FRONTED.contains(&first) {
        if let Some(k) = sentence.find(", ") {
            return s.start + k + 2;
        }
    }
    s.start
}

/// Words that open a sentence with a side clause up to its first comma (`Amid the
/// Russia-Ukraine war, the Commission recommended ...`).
const FRONTED: &[&str] = &["Amid", "Amidst", "After", "Following", "Despite", "Since", "As", "While", "Before"];

/// Where the main clause of a sentence ends: at the first clause marker after its first
/// three words (the sentence's end when there is none).
fn main_clause_end(text: &str, s: &Range<usize>) -> usize {
    let sentence = &text[s.clone()];
    let skip = sentence.match_indices(' ').nth(2).map_or(sentence.len(), |(k, _)| k);
    // One pass: every marker starts with a space or a comma.
    let bytes = sentence.as_bytes();
    (skip..sentence.len())
        .find(|&k| {
            matches!(bytes[k], b' ' | b',') && CLAUSE_MARKERS.iter().any(|m| bytes[k..].starts_with(m.as_bytes()))
        })
        .map_or(s.end, |k| s.start + k)
}

/// Keeps the actors that take part in the event the trigger names: those of the clause it
/// stands in; after a reporting verb, those of the reported event (when they are two or
/// more); for talks and deals, not the country they are held in.
fn narrow_actors(
    x: &Extractor,
    doc: &Doc,
    countries: &Countries,
    plover: Plover,
    s: &Range<usize>,
    c: &Candidate,
    actors: Vec<(usize, u16)>,
) -> Vec<(usize, u16)> {
    let text = doc.text;
    let _ = x;
    let clause_end = main_clause_end(text, s);
    let clause_start = main_clause_start(text, s);
    let mut kept: Vec<(usize, u16)> = if c.start < clause_end && c.start >= clause_start {
        actors.iter().copied().filter(|&(p, _)| p < clause_end && (p >= clause_start || p == 0)).collect()
    } else {
        actors.clone()
    };
    if kept.is_empty() {
        kept = actors.clone();
    }
    // After a reporting verb that stands before the trigger.
    if let Some(verb) = REPORTING.iter().filter_map(|v| text[s.start..c.start].rfind(v).map(|k| s.start + k)).max() {
        let reported: Vec<(usize, u16)> = kept.iter().copied().filter(|&(p, _)| p > verb).collect();
        if reported.len() >= 2 {
            kept = reported;
        }
    }
    // A country written as the place of talks or a deal, or after a city (`Addis Ababa,
    // Ethiopia`), is where it happens, not who takes part.
    let place = |p: usize| {
        let r = countries.refs.iter().find(|r| r.start == p && r.city.is_none());
        r.is_some_and(|r| {
            let after_city = countries
                .refs
                .iter()
                .any(|q| q.city.is_some() && q.end + 2 == r.start && text[q.end..r.start] == *", ");
            let in_place = matches!(plover, Plover::Consult | Plover::Agree)
                && word_before(text, r.start).is_some_and(|w| matches!(w, "in" | "at"));
            after_city || in_place
        })
    };
    let without_places: Vec<(usize, u16)> = kept.iter().copied().filter(|&(p, _)| !place(p)).collect();
    if !without_places.is_empty() {
        kept = without_places;
    }
    kept
}

const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "to", "near", "outside", "off", "into", "inside", "across"];
/// Before a city, `on` is a place too (`an airstrike on Kyiv`).
const CITY_ONLY_PREPOSITIONS: &[&str] = &["on", "against"];
/// Nouns after which `of` introduces a place: `the outskirts of Ciudad Juarez`.
const PLACE_NOUNS: &[&str] =
    &["outskirts", "city", "centre", "center", "suburbs", "streets", "heart", "edge", "port", "town"];

/// Whether the city at `start` is written as a place: after `in`, `at`, `to`, ... or after
/// `the outskirts of`.
fn city_preposition(text: &str, start: usize) -> bool {
    let Some(w) = word_before(text, start) else { return false };
    let w = w.to_ascii_lowercase();
    if PLACE_PREPOSITIONS.contains(&w.as_str()) || CITY_ONLY_PREPOSITIONS.contains(&w.as_str()) {
        return true;
    }
    if w == "of" {
        let before = text[..start].trim_end().strip_suffix("of").unwrap_or("");
        let noun = before.trim_end().rsplit(' ').next().unwrap_or("");
        return PLACE_NOUNS.contains(&noun.to_ascii_lowercase().as_str());
    }
    false
}
/// How far into the body a dateline may stand (menus and bylines come first on some sites).
const DATELINE_WINDOW: usize = 600;

/// The word before byte `s`, skipping `the`.
fn word_before(text: &str, s: usize) -> Option<&str> {
    let before = text.get(..s)?.trim_end();
    let mut words = before.rsplit(|c: char| c.is_whitespace());
    let w = words.next()?;
    if w.eq_ignore_ascii_case("the") {
        return words.next();
    }
    Some(w)
}

pub(crate) fn resolve(x: &Extractor, doc: &Doc, people: &People, countries: &Countries) -> Main {
    let text = doc.text;
    let sents = doc.lead_sentences(8);
    // The first lead sentence with a trigger of weight 2 or more wins; else the first with
    // any trigger; else a weight-3 trigger further on. Within a sentence, the strongest
    // trigger wins, earlier ones and ones another cue of the same type backs up first.
    let mut chosen: Option<Chosen> = None;
    let passes: [(Range<usize>, u8); 3] = [(0..LEAD, 2), (0..LEAD, 1), (LEAD..sents.len(), 3)];
    'passes: for (range, min_weight) in passes {
        for k in range {
            let Some(s) = sents.get(k) else { break };
            let mut cands = candidates(x, doc, s);
            // Triggers of the main clause first (`... talks in Abu Dhabi since Russia's invasion`).
            let clause_end = main_clause_end(text, s);
            let clause_start = main_clause_start(text, s);
            let in_clause = |c: &Candidate| c.start < clause_end && c.start >= clause_start;
            if cands.iter().any(|c| in_clause(c) && c.weight >= min_weight) {
                cands.retain(in_clause);
            }
            if !cands.iter().any(|c| c.weight >= min_weight) {
                continue;
            }
            let previous = k.checked_sub(1).and_then(|p| sents.get(p));
            let actors = actors_in(x, doc, countries, people, s, previous);
            if actors.is_empty() {
                continue;
            }
            let mut per_type = [0usize; 16];
            for c in &cands {
                per_type[x.triggers[c.trigger as usize].plover as usize] += 1;
            }
            let mut best: Option<(f32, Candidate)> = None;
            for (rank, c) in cands.iter().enumerate() {
                let support = per_type[x.triggers[c.trigger as usize].plover as usize] >= 2;
                let score = c.weight as f32 - 0.4 * rank.min(3) as f32 + if support { 0.5 } else { 0.0 };
                if best.as_ref().is_none_or(|(b, _)| score > *b) {
                    best = Some((score, *c));
                }
            }
            if let Some((_, c)) = best {
                let plover = x.triggers[c.trigger as usize].plover;
                let actors = narrow_actors(x, doc, countries, plover, s, &c, actors);
                chosen = Some((c, s.clone(), actors));
                break 'passes;
            }
        }
    }
    let mut main = Main::default();
    let first = sents.first().cloned();
    let (sentence, trigger_pos) = match &chosen {
        Some((c, s, _)) => (Some(s.clone()), c.start),
        None => (first.clone(), first.as_ref().map_or(0, |r| r.start)),
    };
    if let Some((c, _, actors)) = &chosen {
        let row = &x.triggers[c.trigger as usize];
        main.kind = Some(EventKind {
            code: row.plover,
            cameo: row.cameo.clone(),
            trigger: Trigger { text: text[c.start..c.end].to_string(), span: [c.start, c.end] },
        });
        main.actors = actors.iter().map(|&(_, k)| x.countries[k as usize].0.clone()).collect();
    }

    // Location: a city after a place preposition in the event's sentence or the next three.
    let sent_index = sentence.as_ref().and_then(|s| sents.iter().position(|r| r == s)).unwrap_or(0);
    let window: Vec<&Range<usize>> = sents.iter().skip(sent_index).take(4).collect();
    // An attack happens on the ground of a side to it: a city of a third country is where
    // something else happened (`in retaliation for a strike in Damascus`).
    let attack_sides: Option<Vec<u16>> = chosen.as_ref().and_then(|(c, _, actors)| {
        (x.triggers[c.trigger as usize].plover == Plover::Assault && !actors.is_empty())
            .then(|| actors.iter().map(|&(_, k)| k).collect())
    });
    for s in &window {
        let city = countries.refs.iter().find(|r| {
            r.city.is_some()
                && r.start >= s.start
                && r.end <= s.end
                && city_preposition(text, r.start)
                && attack_sides.as_ref().is_none_or(|sides| sides.contains(&r.country))
        });
        if let Some(r) = city {
            main.location = Some(city_location(x, r.city.unwrap_or(0), r.country, [r.start, r.end]));
            break;
        }
    }
    if main.location.is_none() {
        // A dateline city (`BEIJING —`, `Havana:`, `(LONDON)`), when the event is local to it.
        let dateline = countries.refs.iter().take_while(|r| r.start < doc.body + DATELINE_WINDOW).find(|r| {
            r.city.is_some() && {
                let line_start = text[..r.start].rfind('\n').map_or(doc.body, |k| (k + 1).max(doc.body));
                let before = text[line_start..r.start].trim();
                let after = skip_agency(text[r.end..].trim_start_matches([' ', ')']));
                before == "("
                    || (before.is_empty() && after.starts_with([':', ',', '\u{2014}', '\u{2013}', '-', '\u{2022}']))
            }
        });
        if let Some(r) = dateline {
            let iso = &x.countries[r.country as usize].0;
            if main.actors.is_empty() || main.actors.contains(iso) {
                main.location = Some(city_location(x, r.city.unwrap_or(0), r.country, [r.start, r.end]));
            }
        }
    }
    if main.location.is_none() {
        if let Some(s) = &sentence {
            let inside = countries.refs.iter().find(|r| {
                r.city.is_none()
                    && r.kind == FormKind::Name
                    && r.start >= s.start
                    && r.end <= s.end
                    && word_before(text, r.start)
                        .is_some_and(|w| PLACE_PREPOSITIONS.contains(&w.to_ascii_lowercase().as_str()))
            });
            if let Some(r) = inside {
                main.location = Some(country_location(x, r.country, [r.start, r.end]));
            }
        }
    }
    if main.location.is_none() {
        if let Some((c, _, actors)) = &chosen {
            let code = x.triggers[c.trigger as usize].plover;
            let pick = match code {
                Plover::Assault => actors.last(),
                Plover::Protest | Plover::Coerce | Plover::Mobilize | Plover::Concede | Plover::Retreat => {
                    actors.first()
                }
                _ => None,
            };
            if let Some(&(pos, k)) = pick {
                let span = countries.refs.iter().find(|r| r.start == pos).map_or([pos, pos], |r| [r.start, r.end]);
                main.location = Some(country_location(x, k, span));
            }
        }
    }

    // When: the time expression nearest the trigger in its sentence, else the first one
    // in the first two sentences of the lead.
    let mut when = None;
    if let Some(s) = &sentence {
        let times = find_times(text, s.clone(), doc.reference).into_iter().filter(|t| !in_dateline(text, &t.span));
        // News writes the time after the verb (`was signed ... on Friday`): an expression
        // before the trigger counts as twice as far.
        // A comma between them (`The deal, first proposed in 2019, was signed`) sets it
        // apart; only the nearest few are looked at, so a long sentence stays linear.
        let distance = |t: &crate::time::TimeExpr| {
            if t.span.start >= trigger_pos {
                (trigger_pos, t.span.start, 1)
            } else {
                (t.span.end, trigger_pos, 2)
            }
        };
        let mut near: Vec<_> = times.map(|t| (distance(&t), t)).collect();
        near.sort_by_key(|&((a, b, w), _)| w * (b - a));
        near.truncate(4);
        when = near
            .into_iter()
            .min_by_key(|&((a, b, w), _)| if text[a..b].contains(',') { 1000 } else { 0 } + w * (b - a))
            .map(|(_, t)| t);
    }
    if when.is_none() {
        // The sentence after the event's, then the one before it.
        let around = [sent_index + 1, sent_index.wrapping_sub(1)];
        when = around.iter().filter_map(|&k| sents.get(k)).find_map(|s| {
            // Outside the trigger's sentence, a time right after `said` dates the saying
            // (`The army said on Saturday it had killed ... on Friday`): another wins.
            let times: Vec<_> = find_times(text, s.clone(), doc.reference)
                .into_iter()
                .filter(|t| !in_dateline(text, &t.span))
                .collect();
            let said = |t: &crate::time::TimeExpr| {
                let before = text[..t.span.start].trim_end();
                ["said", "says", "told reporters"].iter().any(|v| before.ends_with(v))
            };
            times.iter().find(|t| !said(t)).or(times.first()).cloned()
        });
    }
    if let Some(t) = when {
        main.when = Some(When {
            text: text[t.span.clone()].to_string(),
            start: t.start,
            end: t.end,
            span: [t.span.start, t.span.end],
        });
    }
    main
}

/// Whether a time expression is the date of a dateline (`BEIRUT, Sept 28 (Reuters) -`,
/// `BRASILIA, Feb 20 -`): when the story was filed, not when its event happens.
fn in_dateline(text: &str, span: &Range<usize>) -> bool {
    let line_start = text[..span.start].rfind('\n').map_or(0, |k| k + 1);
    let before = text[line_start..span.start].trim_end();
    if before.len() > 80 || !before.ends_with(',') || before.chars().any(char::is_lowercase) {
        return false;
    }
    if !before.chars().any(char::is_uppercase) {
        return false;
    }
    skip_agency(text[span.end..].trim_start()).starts_with(['-', '\u{2013}', '\u{2014}', ':'])
}

/// The text after an agency's name in a dateline (`(Reuters) - ...` gives `- ...`); the
/// text itself when it does not open with a short bracket.
fn skip_agency(after: &str) -> &str {
    match after.strip_prefix('(').and_then(|r| r.find(')').filter(|&k| k < 39).map(|k| &r[k + 1..])) {
        Some(rest) => rest.trim_start(),
        None => after,
    }
}

fn city_location(x: &Extractor, city: u32, country: u16, span: [usize; 2]) -> Location {
    Location { name: x.cities[city as usize].name.clone(), country: x.countries[country as usize].0.clone(), span }
}

fn country_location(x: &Extractor, country: u16, span: [usize; 2]) -> Location {
    let (code, name) = &x.countries[country as usize];
    Location { name: name.clone(), country: code.clone(), span }
}
