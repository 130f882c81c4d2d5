//! People: known people by name and alias, surname-only mentions, people introduced by a
//! title, and the role and country of each.

use std::collections::HashMap;

use crate::extractor::{Doc, Extractor};
use crate::gazetteer::TitleKind;
use crate::matcher::{Hit, Value};
use crate::model::PersonMention;
use crate::text::{char_at, char_before, floor_boundary, is_word, CALENDAR_WORDS};

/// People found in a text.
pub(crate) struct People {
    pub mentions: Vec<PersonMention>,
    /// Per hit: taken as (part of) a person's name.
    pub used: Vec<bool>,
    /// Every mention: (start, end, country index).
    pub located: Vec<(usize, usize, Option<u16>)>,
}

/// Capitalised words that start no name (after a title, `Prime Minister Office` is no one).
const NOT_NAMES: &[&str] = &[
    "Office",
    "Offices",
    "Ministry",
    "House",
    "Council",
    "Department",
    "Administration",
    "Government",
    "Palace",
    "Secretariat",
    "Assembly",
    "Party",
    "Army",
    "Navy",
    "Force",
    "Forces",
    "Commission",
    "Committee",
    "Cabinet",
    "Court",
    "Agency",
    "Bureau",
    "Embassy",
    "Service",
    "Services",
    "Company",
    "Corporation",
    "Express",
    "Airways",
    "Airlines",
    "Motors",
    "Holdings",
    "Industries",
    "Technologies",
    "Telecom",
    "Petroleum",
    "Chronicle",
    "Herald",
    "Tribune",
    "Gazette",
    "Journal",
    "Telegraph",
    "Courier",
    "Globe",
    "Bank",
    "University",
    "Airport",
    "Hospital",
    "Station",
    "Group",
    "Union",
    "Region",
    "Province",
    "State",
    "States",
    "Street",
    "Square",
    "Garden",
    "Gardens",
    "Avenue",
    "Boulevard",
    "Road",
    "Bridge",
    "River",
    "Island",
    "Islands",
    "Mountains",
    "Valley",
    "Beach",
    "Harbour",
    "Harbor",
    "Center",
    "Centre",
    "Stadium",
    "Tower",
    "Building",
    "Museum",
    "Church",
    "Mosque",
    "Temple",
    "Cathedral",
    "School",
    "College",
    "Institute",
    "Foundation",
    "Prize",
    "Award",
    "Hotel",
    "Camp",
    "Prison",
    "Market",
    "Plaza",
    "District",
    "County",
    "Neighbourhood",
    "Neighborhood",
    "Day",
    "Week",
    "Year",
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "His",
    "Her",
    "Their",
    "Its",
    "On",
    "In",
    "At",
    "Of",
    "And",
    "For",
    "With",
    "To",
    "From",
    "By",
    "As",
    "But",
    "Who",
    "What",
    "Which",
    "When",
    "Where",
    "He",
    "She",
    "They",
    "It",
    "We",
    "I",
    "You",
    "Said",
    "Says",
    "Has",
    "Have",
    "Had",
    "Is",
    "Was",
    "Were",
    "Will",
    "Would",
    "Also",
    "After",
    "Before",
    "During",
    "While",
    "Minister",
    "Ministers",
    "President",
    "Secretary",
    "General",
    "Prime",
    "Foreign",
    "Defence",
    "Defense",
    "Affairs",
    "National",
    "Federal",
    "Republic",
    "Kingdom",
    "Royal",
    "Military",
    "Police",
    "Media",
    "News",
    "Press",
    "Post",
    "Times",
    "Daily",
    "Agency",
    "Reuters",
    "Xinhua",
    "AFP",
    "Associated",
    "Mission",
    "Summit",
    "Conference",
    "Forum",
    "Meeting",
    "Talks",
    "Dialogue",
    "Programme",
    "Program",
    "Project",
    "Plan",
    "Initiative",
    "Strategy",
    "Policy",
    "Act",
    "Bill",
    "Law",
    "Treaty",
    "Agreement",
    "Accord",
    "Deal",
    "Operation",
    "Exercise",
    "Command",
    "Headquarters",
    "Centre",
    "Center",
    "Institute",
    "Foundation",
    "Fund",
    "Organisation",
    "Organization",
    "Association",
    "Federation",
    "Movement",
    "Front",
    "Alliance",
    "Coalition",
    "Club",
    "League",
    "Cup",
    "Games",
    "Olympics",
    "Twitter",
    "Facebook",
    "X",
    "Instagram",
    "Telegram",
    "Chief",
    "Deputy",
    "Vice",
    "Acting",
    "Former",
    "Senior",
    "Junior",
    "Special",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Sir",
    "Gen",
    "Lt",
    "Col",
    "Maj",
    "Capt",
    "Adm",
    "Western",
    "Eastern",
    "Northern",
    "Southern",
    "Central",
    "Islamic",
    "Communist",
    "Democratic",
    "Republican",
    "Labour",
    "Conservative",
    "Liberal",
    "Congress",
    "Parliament",
    "Senate",
    "Supreme",
    "High",
    "Higher",
    "Joint",
    "Staff",
    "Air",
    "Marshal",
    "Sea",
    "Land",
    "Coast",
    "Guard",
    "White",
    "Kremlin",
    "Pentagon",
    "Downing",
    "Élysée",
    "Elysee",
    "Truth",
    "Social",
];

/// Lower-case particles inside names (`Mohammed bin Salman`, `Ursula von der Leyen`).
const PARTICLES: &[&str] = &[
    "bin", "bint", "ibn", "al", "el", "de", "da", "do", "dos", "das", "di", "van", "von", "der", "den", "du", "la",
    "le", "y",
];

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
enum Key {
    Known(u32),
    Unknown(String),
}

struct Entry {
    key: Key,
    spans: Vec<[usize; 2]>,
    role: Option<String>,
    country: Option<u16>,
    text_title: bool,
}

fn person_of(x: &Extractor, doc: &Doc, hit: &Hit) -> Option<u32> {
    let mut best: Option<u32> = None;
    for v in x.matcher.values(hit) {
        if let Value::Person { person } = v.value {
            let p = &x.persons[person as usize];
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
fn country_before_phrase(x: &Extractor, doc: &Doc, i: usize) -> Option<u16> {
    let mut start = doc.hits[i].start;
    for k in (i.saturating_sub(4)..i).rev() {
        let h = &doc.hits[k];
        let gap = doc.text.get(h.end..start)?;
        if start - h.end > 60 || !phrase_gap(gap) {
            return None;
        }
        if let Some(c) = context_country(x, h) {
            return Some(c);
        }
        start = h.start;
    }
    None
}

/// Whether the words between a country and a title are part of one name: capitalised
/// words, `of`, `the`, `and`, `'s`.
fn phrase_gap(gap: &str) -> bool {
    gap.split(' ').all(|w| {
        let w = w.trim_end_matches(['\'', '\u{2019}']).trim_end_matches("'s").trim_end_matches("\u{2019}s");
        w.is_empty()
            || matches!(w, "of" | "the" | "and" | "for")
            || (w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.'))
    })
}

/// Among the people a hit names, one who held a role for `country`.
fn person_of_country(x: &Extractor, hit: &Hit, country: u16) -> Option<u32> {
    x.matcher.values(hit).find_map(|v| match v.value {
        Value::Person { person } if x.persons[person as usize].roles.iter().any(|r| r.country == Some(country)) => {
            Some(person)
        }
        _ => None,
    })
}

fn title_of(x: &Extractor, hit: &Hit) -> Option<u32> {
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
fn context_country(x: &Extractor, hit: &Hit) -> Option<u16> {
    country_of(x, hit).or_else(|| {
        x.matcher.values(hit).find_map(|v| match v.value {
            Value::Org { org, .. } => x.orgs[org as usize].home,
            // `Rio de Janeiro Governor Claudio Castro`
            Value::City { city } => x.city_country[city as usize],
            _ => None,
        })
    })
}

fn is_given_name(x: &Extractor, hit: &Hit) -> bool {
    x.matcher.values(hit).any(|v| v.value == Value::GivenName)
}

/// Where a name starting at `from`, after hit `i`, must stop: at the next hit that is not a
/// surname or a given name (a country, an organisation...), or at punctuation.
fn name_limit(x: &Extractor, doc: &Doc, i: usize, from: usize) -> usize {
    let text = doc.text;
    let mut limit = text.len();
    let first = text[from..].split(' ').next().unwrap_or("");
    for n in doc.hits.iter().skip(i + 1) {
        // A known person's one-word alias after a given name is another person's surname:
        // `Grace Mugabe` is not Robert Mugabe.
        // (`Recep Erdogan` still is Recep Tayyip Erdoğan: his name starts with the word.)
        let one_word = !text[n.start..n.end].contains(' ');
        let part_of_name = x.matcher.values(n).all(|v| match v.value {
            Value::Surname { .. } | Value::GivenName | Value::Cue { .. } | Value::Trigger { .. } => true,
            Value::Person { person } => {
                one_word && !first.is_empty() && !x.persons[person as usize].name.starts_with(first)
            }
            _ => false,
        });
        if !part_of_name {
            limit = n.start;
            break;
        }
        if n.start > from + 80 {
            break;
        }
    }
    let window = &text[from..limit.min(text.len()).max(from)];
    match window.find(['\n', ',', ';', ':', '(', ')', '"', '\u{201c}', '\u{201d}']) {
        Some(k) => from + k,
        None => limit,
    }
}

fn surname_of(x: &Extractor, hit: &Hit) -> Option<u32> {
    x.matcher.values(hit).find_map(|v| match v.value {
        Value::Surname { group } => Some(group),
        _ => None,
    })
}

/// Whether only spaces (and at most `extra`) stand between two byte offsets.
fn gap_is(text: &str, a: usize, b: usize, allowed: &[&str]) -> bool {
    if a > b {
        return false;
    }
    let g = text.get(a..b).unwrap_or("x");
    let t = g.trim_matches([' ', '\u{a0}']);
    t.is_empty() && !g.is_empty() || allowed.contains(&t)
}

/// A title right before hit `i` (`Defence Minister Rajnath Singh`), with the country
/// written before the title (`Japanese Foreign Minister`, `India's Defence Minister`).
fn title_before(x: &Extractor, doc: &Doc, i: usize, start: usize) -> Option<(u32, Option<u16>)> {
    let mut t = i.checked_sub(1)?;
    // `US Ambassador to Israel David Friedman`: the title is the one before `to Israel`.
    if let Some(k) = posted_to(x, doc, t) {
        if gap_is(doc.text, doc.hits[t].end, start, &[]) {
            t = k;
        }
    }
    let th = &doc.hits[t];
    if t + 1 == i && !gap_is(doc.text, th.end, start, &[]) {
        return None;
    }
    let title = title_of(x, th)?;
    let mut country = None;
    if let Some(c) = t.checked_sub(1) {
        let ch = &doc.hits[c];
        if gap_is(doc.text, ch.end, th.start, &["'s", "\u{2019}s", "'", "\u{2019}"]) {
            country = context_country(x, ch);
        }
    }
    Some((title, country))
}

/// When hit `c` is the country in `Ambassador to Israel` (`envoy to the United States`),
/// the title's hit.
fn posted_to(x: &Extractor, doc: &Doc, c: usize) -> Option<usize> {
    let t = c.checked_sub(1)?;
    let (th, ch) = (&doc.hits[t], &doc.hits[c]);
    (country_of(x, ch).is_some() && gap_is(doc.text, th.end, ch.start, &["to", "to the"]) && title_of(x, th).is_some())
        .then_some(t)
}

/// A title right after hit `i` (`Rajnath Singh, India's defence minister`).
fn title_after(x: &Extractor, doc: &Doc, i: usize, end: usize) -> Option<(u32, Option<u16>)> {
    let mut j = i + 1;
    let h = doc.hits.get(j)?;
    let lead = doc.text.get(end..h.start)?;
    let lead_t = lead.trim();
    if !(lead_t == "," || lead_t == ", the" || lead_t == ", a") {
        return None;
    }
    let mut country = None;
    if let Some(c) = country_of(x, h) {
        let next = doc.hits.get(j + 1)?;
        if !gap_is(doc.text, h.end, next.start, &["'s", "\u{2019}s"]) {
            return None;
        }
        country = Some(c);
        j += 1;
    }
    let th = &doc.hits[j];
    let title = title_of(x, th)?;
    if x.titles[title as usize].kind == TitleKind::Honorific {
        return None;
    }
    // ", India's defence minister Rajnath Singh" would be a title before the next name.
    if let Some(after) = doc.hits.get(j + 1) {
        if gap_is(doc.text, th.end, after.start, &[]) && person_of(x, doc, after).is_some() {
            return None;
        }
    }
    if country.is_none() {
        // ", the foreign minister of Japan"
        if let Some(next) = doc.hits.get(j + 1) {
            if gap_is(doc.text, th.end, next.start, &["of"]) {
                country = country_of(x, next);
            }
        }
    }
    Some((title, country))
}

/// Reads a capitalised name starting at `pos` (after spaces). Returns its byte range.
fn read_name(text: &str, pos: usize, limit: usize) -> Option<(usize, usize, usize)> {
    let bytes = text.as_bytes();
    let mut i = pos;
    while i < limit && (bytes[i] == b' ' || text[i..].starts_with('\u{a0}')) {
        i = crate::text::next_char(text, i);
    }
    let start = i;
    let mut end = start;
    let mut words = 0;
    let mut pending_particle = false;
    while i < limit && words < 5 {
        // One word: letters, hyphens, apostrophes, periods.
        let mut j = i;
        while j < limit {
            let Some(c) = char_at(text, j) else { break };
            if c.is_alphabetic() || matches!(c, '-' | '\'' | '\u{2019}' | '.') {
                j += c.len_utf8();
            } else {
                break;
            }
        }
        if j == i {
            break;
        }
        let mut word = &text[i..j];
        let mut stop_after = false;
        for suffix in ["'s", "\u{2019}s", "'", "\u{2019}"] {
            if let Some(w) = word.strip_suffix(suffix) {
                word = w;
                stop_after = true;
                break;
            }
        }
        if word.ends_with('.') {
            let core = word.trim_end_matches('.');
            if core.chars().count() > 1 || !core.chars().all(char::is_uppercase) {
                word = core;
                stop_after = true;
            }
        }
        let core = word.trim_end_matches('.');
        let particle = PARTICLES.contains(&core) || core.starts_with("al-") || core.starts_with("el-");
        let capital = core.chars().next().is_some_and(char::is_uppercase);
        if particle && !capital {
            if core.contains('-') && core.len() > 3 {
                words += 1;
                end = i + word.len();
                pending_particle = false;
            } else {
                pending_particle = true;
            }
        } else if capital
            && !NOT_NAMES.contains(&core)
            && !CALENDAR_WORDS.contains(&core)
            && !core.chars().all(|c| c.is_uppercase() && core.len() > 3)
        {
            words += 1;
            end = i + word.len();
            pending_particle = false;
        } else {
            break;
        }
        if stop_after {
            break;
        }
        // Next word after one space.
        if j < limit && bytes[j] == b' ' && j + 1 < limit && bytes[j + 1] != b' ' {
            i = j + 1;
        } else {
            break;
        }
    }
    let _ = pending_particle;
    (words > 0).then_some((start, end, words))
}

/// Whether two role names are the same office (`Defense Minister`, `defence minister`).
fn same_role(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.to_lowercase().replace("defense", "defence");
    norm(a) == norm(b)
}

/// Marks the hits from `from` that lie inside a name ending at `end`; returns the next hit.
fn skip_inside(hits: &[Hit], used: &mut [bool], from: usize, end: usize) -> usize {
    let mut k = from;
    while k < hits.len() && hits[k].start < end {
        used[k] = true;
        k += 1;
    }
    k
}

/// The last hit inside a name ending at `end`, starting from hit `from`.
fn skip_inside_peek(hits: &[Hit], from: usize, end: usize) -> usize {
    let mut k = from;
    while k + 1 < hits.len() && hits[k + 1].start < end {
        k += 1;
    }
    k
}

/// Nouns that, right after a name, make it the name of a place or a thing named after
/// a person: `Charles de Gaulle Airport`, `Nelson Mandela Bay`, `Rafik Hariri University
/// Hospital`.
const NAMED_AFTER: &[&str] = &[
    "Airport",
    "Hospital",
    "University",
    "Stadium",
    "Street",
    "Square",
    "Bridge",
    "Memorial",
    "Institute",
    "College",
    "School",
    "Foundation",
    "Centre",
    "Center",
    "Museum",
    "Library",
    "Avenue",
    "Road",
    "Boulevard",
    "Prize",
    "Award",
    "Trophy",
    "Cup",
    "Medal",
    "Building",
    "Tower",
    "Highway",
    "Expressway",
    "Station",
    "Dam",
    "Canal",
    "Bay",
    "International",
    "Mosque",
    "Cathedral",
    "Church",
    "Port",
    "Harbour",
    "Harbor",
    "Base",
    "Camp",
    "Park",
    "Garden",
    "Gardens",
    "Hall",
    "Arena",
    "Theatre",
    "Theater",
    "Fund",
    "Trust",
    "Lecture",
    "Doctrine",
    "Plan",
    "Line",
];

/// Whether the word after a name ending at `e` makes it a place or thing (`NAMED_AFTER`).
fn named_after(text: &str, e: usize) -> bool {
    let Some(rest) = text.get(e..).and_then(|r| r.strip_prefix(' ')) else { return false };
    let word = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    NAMED_AFTER.contains(&word)
}

/// Whether the name at `s..e` is a byline or credit, not a person in the news: `Reporting
/// by A and B`, `Editing by C`, `By D` opening a line, `NPR's E reports:`.
fn is_byline(text: &str, s: usize, e: usize) -> bool {
    let after = text.get(e..).unwrap_or("");
    if after.starts_with(" reports:") || after.starts_with(" reports from") || after.starts_with(" reporting from") {
        return true;
    }
    // Look back at most 160 bytes, so the cost per name stays bounded.
    let lo = floor_boundary(text, s.saturating_sub(160));
    let line_start = text[lo..s].rfind(['\n', '(', ';']).map_or(lo, |k| lo + k + 1);
    let line = text[line_start..s].trim_start();
    if line.len() > 120 {
        return false;
    }
    const CREDITS: &[&str] = &[
        "reporting by ",
        "additional reporting by ",
        "editing by ",
        "writing by ",
        "compiled by ",
        "photo by ",
        "photograph by ",
        "photos by ",
    ];
    CREDITS.iter().any(|c| line.get(..c.len()).is_some_and(|p| p.eq_ignore_ascii_case(c)))
        || line == "By "
        || line == "by "
}

/// A name written before a comma and a country's title: `Zed Roe, Australia's minister
/// for ...`. `i` is the title's hit. Returns the name's range and the country.
fn name_before_title(x: &Extractor, doc: &Doc, i: usize) -> Option<(usize, usize, u16)> {
    let text = doc.text;
    let c = &doc.hits[i.checked_sub(1)?];
    let country = country_of(x, c)?;
    if !gap_is(text, c.end, doc.hits[i].start, &["'s", "\u{2019}s"]) {
        return None;
    }
    let before = text[..c.start].strip_suffix(' ')?.strip_suffix(',')?;
    let end = before.len();
    // Nothing the gazetteer knows may lie inside the name (a city, a country, a person).
    // Look back at most 120 bytes, so the cost per title stays bounded.
    let floor =
        i.checked_sub(2).map_or(0, |k| doc.hits[k].end).max(floor_boundary(before, end.saturating_sub(120))).min(end);
    let mut s = end;
    let mut words = 0;
    let mut rest = before;
    loop {
        let (space, ws) = match rest[floor.min(rest.len())..].rfind(' ') {
            Some(k) => (Some(floor + k), floor + k + 1),
            None => (None, floor.min(rest.len())),
        };
        let word = &rest[ws..];
        let core = word.trim_end_matches('.');
        let name_word = core.chars().next().is_some_and(char::is_uppercase)
            && core.chars().all(|ch| ch.is_alphabetic() || matches!(ch, '-' | '\'' | '\u{2019}' | '.'))
            && !NOT_NAMES.contains(&core)
            && !CALENDAR_WORDS.contains(&core)
            && !(core.len() > 3 && core.chars().all(char::is_uppercase));
        if !name_word || words == 4 || (space.is_none() && floor > 0 && !before[..floor].ends_with(' ')) {
            // A place before the comma (`talks in Tokyo Bay, Japan's ...`) is not a name.
            const PLACE: &[&str] = &["in", "at", "from", "near", "into", "outside", "inside", "across", "to"];
            if PLACE.contains(&word) && !rest[..ws].ends_with("according ") {
                return None;
            }
            break;
        }
        words += 1;
        s = ws;
        match space {
            Some(k) => rest = &rest[..k],
            None => break,
        }
    }
    (words >= 2).then_some((s, end, country))
}

pub(crate) fn resolve(x: &Extractor, doc: &Doc) -> People {
    let text = doc.text;
    let hits = doc.hits;
    let mut used = vec![false; hits.len()];
    let mut entries: Vec<Entry> = Vec::new();
    let mut by_key: HashMap<Key, usize> = HashMap::new();
    let mut add = |entries: &mut Vec<Entry>, key: Key, span: [usize; 2], title: Option<(u32, Option<u16>)>| {
        let k = *by_key.entry(key.clone()).or_insert_with(|| {
            entries.push(Entry { key, spans: Vec::new(), role: None, country: None, text_title: false });
            entries.len() - 1
        });
        let e = &mut entries[k];
        e.spans.push(span);
        if let Some((t, c)) = title {
            if !e.text_title {
                let row = &x.titles[t as usize];
                if row.kind != TitleKind::Honorific || e.role.is_none() {
                    if let Some(r) = &row.role {
                        e.role = Some(r.clone());
                        e.text_title = row.kind != TitleKind::Honorific;
                    }
                }
            }
            if e.country.is_none() {
                e.country = c;
            }
        }
    };

    // Known people by full name or alias; unknown people after a title.
    let mut i = 0;
    while i < hits.len() {
        let h = hits[i];
        if let Some(mut p) = person_of(x, doc, &h) {
            // `Jordan's King Abdullah`: among people of the same name, the one of the
            // country written before the name.
            // Or written after it: `King Abdullah of Jordan`.
            let before =
                i.checked_sub(1).map(|k| &hits[k]).filter(|c| gap_is(text, c.end, h.start, &["'s", "\u{2019}s"]));
            let after = hits.get(i + 1).filter(|c| gap_is(text, h.end, c.start, &["of"]));
            if let Some(k) = before.and_then(|c| country_of(x, c)).or_else(|| after.and_then(|c| country_of(x, c))) {
                p = person_of_country(x, &h, k).unwrap_or(p);
            }
            if named_after(text, h.end) {
                // `Rafik Hariri University Hospital`: a place named after the person.
                used[i] = true;
                i += 1;
                continue;
            }
            let title = title_before(x, doc, i, h.start).or_else(|| title_after(x, doc, i, h.end));
            add(&mut entries, Key::Known(p), [h.start, h.end], title);
            used[i] = true;
            i += 1;
            continue;
        }
        if let Some(t) = title_of(x, &h) {
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
                if let Some((s, e, words)) = read_name(text, from, limit) {
                    if words >= 2 {
                        let mut country = None;
                        if let Some(c) = i.checked_sub(1) {
                            let ch = &hits[c];
                            if gap_is(text, ch.end, h.start, &["'s", "\u{2019}s"]) {
                                country = context_country(x, ch);
                            }
                        }
                        if country.is_none() {
                            country = country_before_phrase(x, doc, i);
                        }
                        if !is_byline(text, s, e) && !named_after(text, e) {
                            add(&mut entries, Key::Unknown(text[s..e].to_string()), [s, e], Some((t, country)));
                        }
                        i = skip_inside(hits, &mut used, i + 1, e);
                        continue;
                    }
                }
            }
            // `Zed Roe, Australia's minister for ...`
            if x.titles[t as usize].kind != TitleKind::Honorific && !next_is_person {
                if let Some((s, e, country)) = name_before_title(x, doc, i) {
                    add(&mut entries, Key::Unknown(text[s..e].to_string()), [s, e], Some((t, Some(country))));
                }
            }
        }
        // A given name followed by capitalised words: a person the gazetteer does not know.
        if is_given_name(x, &h) && !char_before(text, h.start).is_some_and(|c| is_word(c) || c == '-') {
            let limit = name_limit(x, doc, i, h.start);
            if let Some((s, e, words)) = read_name(text, h.start, limit) {
                if words >= 2 && s == h.start && !is_byline(text, s, e) && !named_after(text, e) {
                    let title = title_after(x, doc, skip_inside_peek(hits, i, e), e);
                    add(&mut entries, Key::Unknown(text[s..e].to_string()), [s, e], title);
                    i = skip_inside(hits, &mut used, i, e);
                    continue;
                }
            }
        }
        i += 1;
    }

    // Surname-only mentions of known people.
    let named: Vec<(u32, usize)> = entries
        .iter()
        .filter_map(|e| match e.key {
            Key::Known(p) => Some((p, e.spans[0][0])),
            _ => None,
        })
        .collect();
    for (i, h) in hits.iter().enumerate() {
        if used[i] {
            continue;
        }
        let Some(group) = surname_of(x, h) else { continue };
        let (members, common) = &x.surnames[group as usize];
        // The person named in full in this text; the nearest full mention before wins.
        let mut pick = named
            .iter()
            .filter(|(p, _)| members.contains(p))
            .min_by_key(|(_, pos)| if *pos <= h.start { h.start - pos } else { usize::MAX / 2 + pos })
            .map(|(p, _)| *p);
        if pick.is_none() && !common {
            if let Some(d) = doc.reference {
                let holding: Vec<u32> =
                    members.iter().copied().filter(|&p| x.persons[p as usize].in_office(d)).collect();
                if holding.len() == 1 {
                    pick = Some(holding[0]);
                }
            }
        }
        if let Some(p) = pick {
            let title = title_before(x, doc, i, h.start);
            add(&mut entries, Key::Known(p), [h.start, h.end], title);
            used[i] = true;
        }
    }

    // Later surname-only mentions of people found by their title.
    let unknown: Vec<(usize, String)> = entries
        .iter()
        .enumerate()
        .filter_map(|(k, e)| match &e.key {
            Key::Unknown(name) => name.split_whitespace().last().map(|s| (k, s.to_string())),
            _ => None,
        })
        .filter(|(_, s)| s.chars().count() >= 3)
        .collect();
    if !unknown.is_empty() {
        // One pass over the capitalised words of the text.
        let mut taken: Vec<[usize; 2]> = entries.iter().flat_map(|e| e.spans.iter().copied()).collect();
        taken.sort_unstable();
        let mut pos = 0;
        while pos < text.len() {
            let Some(c) = char_at(text, pos) else { break };
            let at_word_start = c.is_uppercase() && !char_before(text, pos).is_some_and(is_word);
            if !at_word_start {
                pos += c.len_utf8();
                continue;
            }
            let end = text[pos..].find(|c: char| !(c.is_alphanumeric() || c == '-')).map_or(text.len(), |k| pos + k);
            let word = &text[pos..end];
            if let Some((k, _)) = unknown.iter().find(|(_, s)| s == word) {
                // Only after the full name: an earlier word is someone or something else.
                let after_full = entries[*k].spans.first().is_some_and(|f| f[1] <= pos);
                // Spans do not overlap: only the last one starting before `end` can cover `pos`.
                let before = taken.partition_point(|t| t[0] < end);
                let covered = before > 0 && taken[before - 1][1] > pos;
                if after_full && !covered {
                    entries[*k].spans.push([pos, end]);
                }
            }
            pos = end.max(pos + c.len_utf8());
        }
    }

    // Roles and countries.
    let mut located = Vec::new();
    let mut mentions = Vec::with_capacity(entries.len());
    for mut e in entries {
        e.spans.sort_unstable();
        let (name, known) = match &e.key {
            Key::Known(p) => {
                let person = &x.persons[*p as usize];
                let role = person.role_on(doc.reference);
                if e.role.is_none() {
                    // Out of office on the article's date: the latest role, as a former one.
                    let former = match (role.and_then(|r| r.end), doc.reference) {
                        (Some(end), Some(d)) => end < d,
                        _ => false,
                    };
                    e.role = role.map(|r| if former { format!("Former {}", r.role) } else { r.role.clone() });
                }
                if e.country.is_none() {
                    // A text title names the office: prefer the table's role of that name.
                    let same = e.role.as_ref().and_then(|t| person.roles.iter().find(|r| same_role(&r.role, t)));
                    e.country = same.or(role).and_then(|r| r.country);
                }
                (person.name.clone(), true)
            }
            Key::Unknown(n) => (n.clone(), false),
        };
        for s in &e.spans {
            located.push((s[0], s[1], e.country));
        }
        mentions.push(PersonMention {
            name,
            role: e.role,
            country: e.country.map(|c| x.countries[c as usize].0.clone()),
            count: e.spans.len(),
            spans: e.spans,
            known,
        });
    }
    mentions.sort_by_key(|m| m.spans.first().map_or(usize::MAX, |s| s[0]));
    located.sort_unstable();
    People { mentions, used, located }
}
