//! Reading names in the text: where a name starts and stops, names that are bylines or
//! places named after people, and names written before a country's title.

use super::titles::{country_of, gap_is};
use crate::extractor::Extractor;
use crate::lexicon::{Lexicon, List};
use crate::matcher::{Hit, Value};
use crate::text::{Doc, char_at, floor_boundary, next_char};
use crate::time::is_calendar_word;

/// A name read from the text: its byte range and number of words.
#[derive(Debug, Clone, Copy)]
pub(super) struct NameRead {
    pub start: usize,
    pub end: usize,
    pub words: usize,
}

/// Whether a capitalised word ends a name being read (`Ministry`, `Airport`, `The`, `May`).
pub(super) fn ends_name(lex: &Lexicon, word: &str) -> bool {
    lex.has(List::NotName, word)
        || lex.has(List::NamedAfter, word)
        || lex.has(List::FunctionWord, word)
        || is_calendar_word(word)
}

/// Where a name starting at `from`, after hit `i`, must stop: at the next hit that is not a
/// surname, a given name or a town (a country, a capital, an organisation...), or at
/// punctuation.
pub(super) fn name_limit(x: &Extractor, doc: &Doc, i: usize, from: usize) -> usize {
    let text = doc.text;
    let mut limit = text.len();
    let first = text[from..].trim_start().split(' ').next().unwrap_or("");
    for n in doc.hits.iter().skip(i + 1) {
        // A known person's one-word alias after a given name is another person's surname:
        // `Grace Mugabe` is not Robert Mugabe.
        // (`Recep Erdogan` still is Recep Tayyip Erdoğan: his name starts with the word.)
        let one_word = !text[n.start..n.end].contains(' ');
        let part_of_name = x.matcher.values(n).all(|v| match v.value {
            Value::Surname { .. }
            | Value::GivenName
            | Value::Cue { .. }
            | Value::Trigger { .. }
            | Value::Verb { .. } => true,
            // A town's name is a surname too (`John Hudson`); a capital or major city ends it.
            Value::Place { place } => !x.countries.places[place as usize].counts(),
            Value::Person { person } => {
                one_word && !first.is_empty() && !x.people.persons[person as usize].name.starts_with(first)
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
/// Reads a capitalised name starting at `pos` (after spaces). Returns its byte range.
pub(super) fn read_name(lex: &Lexicon, text: &str, pos: usize, limit: usize) -> Option<NameRead> {
    let bytes = text.as_bytes();
    let mut i = pos;
    while i < limit && (bytes[i] == b' ' || text[i..].starts_with('\u{a0}')) {
        i = next_char(text, i);
    }
    let start = i;
    let mut end = start;
    let mut words = 0;
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
        let particle = lex.has(List::NameParticle, core) || core.starts_with("al-") || core.starts_with("el-");
        let capital = core.chars().next().is_some_and(char::is_uppercase);
        if particle && !capital {
            if core.contains('-') && core.len() > 3 {
                words += 1;
                end = i + word.len();
            }
        } else if capital && !ends_name(lex, core) && !core.chars().all(|c| c.is_uppercase() && core.len() > 3) {
            words += 1;
            end = i + word.len();
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
    (words > 0).then_some(NameRead { start, end, words })
}
/// Whether two role names are the same office (`Defense Minister`, `defence minister`).
pub(super) fn same_role(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.to_lowercase().replace("defense", "defence");
    norm(a) == norm(b)
}
/// Marks the hits from `from` that lie inside a name ending at `end`; returns the next hit.
pub(super) fn skip_inside(hits: &[Hit], used: &mut [bool], from: usize, end: usize) -> usize {
    let mut k = from;
    while k < hits.len() && hits[k].start < end {
        used[k] = true;
        k += 1;
    }
    k
}
/// The last hit inside a name ending at `end`, starting from hit `from`.
pub(super) fn skip_inside_peek(hits: &[Hit], from: usize, end: usize) -> usize {
    let mut k = from;
    while k + 1 < hits.len() && hits[k + 1].start < end {
        k += 1;
    }
    k
}
/// Whether the word after a name ending at `e` makes it a place or thing
/// (`named_after` words).
pub(super) fn named_after(lex: &Lexicon, text: &str, e: usize) -> bool {
    let Some(rest) = text.get(e..).and_then(|r| r.strip_prefix(' ')) else { return false };
    let word = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    !word.is_empty() && (lex.has(List::NamedAfter, word) || lex.has(List::NamedAfterWeak, word))
}
/// Whether the name at `s..e` is a byline or credit, not a person in the news: `Reporting
/// by A and B`, `Editing by C`, `By D` opening a line, `NPR's E reports:`.
pub(super) fn is_byline(lex: &Lexicon, text: &str, s: usize, e: usize) -> bool {
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

    let names_only = |t: &str| t.split_whitespace().all(|w| w == "and" || !w.starts_with(char::is_lowercase));
    lex.words(List::Credit)
        .iter()
        .any(|c| line.get(..c.len()).is_some_and(|p| p.eq_ignore_ascii_case(c)) && line[c.len()..].starts_with(' '))
        || ((line.starts_with("By ") || line.starts_with("by ")) && names_only(&line[3..]))
        || photo_credit_after(after)
}

/// `Richard Grenell/X`, `Bandar Al-Jaloud / Saudi Royal Palace / AFP`: a name before a
/// slash credits a photo.
fn photo_credit_after(after: &str) -> bool {
    after.starts_with('/') || after.starts_with(" / ")
}

/// A line of names and a newspaper or a place, cut by commas (`Samantha Schmidt, John
/// Hudson and Karen DeYoung, The Washington Post`; `Jamil Soomro, New York`): no word in
/// lower case but `and`, `of`, `the`, a comma, no sentence end, at most 120 bytes.
/// (Not for a name after a title: `Coast Guard Commander, Adm. Brendan McPherson` signs a
/// quote.)
pub(super) fn credit_line(text: &str, name_start: usize, name_end: usize) -> bool {
    let lo = floor_boundary(text, name_start.saturating_sub(120));
    let line_start = text[lo..name_start].rfind('\n').map_or(lo, |k| lo + k + 1);
    // Look ahead at most 121 bytes, so the cost per name stays bounded.
    let rest = &text[name_end..floor_boundary(text, (name_end + 121).min(text.len()))];
    let line_end = name_end + rest.find('\n').unwrap_or(rest.len());
    let line = text[line_start..line_end].trim();
    line.len() <= 120
        && line.contains(", ")
        && !line.ends_with(['.', '!', '?', '"', '\u{201d}', ':'])
        && line.split_whitespace().all(|w| matches!(w, "and" | "of" | "the") || !w.starts_with(char::is_lowercase))
}
/// A name written before a comma and a title in apposition: a country's title (`Zed Roe,
/// Australia's minister for ...`) or a title after at most a determiner and three words,
/// followed by a comma or a preposition (`Baheer Ahmadi, the Kandahar governor's
/// spokesman, said`, `Barend Leyts, spokesman for ...`). `i` is the title's hit. Returns the
/// name's range and the country written with the title.
pub(super) fn name_before_title(x: &Extractor, doc: &Doc, i: usize) -> Option<(usize, usize, Option<u16>)> {
    let (comma, country, floor_hit) = match country_head(x, doc, i) {
        Some((comma, country)) => (comma, Some(country), i.checked_sub(2)),
        None => {
            let comma = plain_head(x, doc, i)?;
            let floor = doc.hits[..i].iter().rposition(|h| h.end <= comma && !name_part(x, h));
            (comma, None, floor)
        }
    };
    let (s, e) = name_ending_at(x, doc, comma, floor_hit.map_or(0, |k| doc.hits[k].end))?;
    Some((s, e, country))
}

/// Whether a hit may be part of a name: a surname, a given name or a town.
fn name_part(x: &Extractor, h: &Hit) -> bool {
    x.matcher.values(h).all(|v| match v.value {
        Value::Surname { .. } | Value::GivenName => true,
        Value::Place { place } => !x.countries.places[place as usize].counts(),
        _ => false,
    })
}

/// `, Australia's minister`: the comma's byte and the country.
fn country_head(x: &Extractor, doc: &Doc, i: usize) -> Option<(usize, u16)> {
    let text = doc.text;
    let c = &doc.hits[i.checked_sub(1)?];
    let country = country_of(x, c)?;
    if !gap_is(text, c.end, doc.hits[i].start, &["'s", "\u{2019}s"]) {
        return None;
    }
    let before = text[..c.start].strip_suffix(' ')?.strip_suffix(',')?;
    Some((before.len(), country))
}

/// `, the provincial governor for`, `, spokesman for`, `, the Kandahar governor's
/// spokesman,`: the comma's byte, when at most a determiner and three words stand between
/// it and the title, and a comma or a preposition follows the title.
fn plain_head(x: &Extractor, doc: &Doc, i: usize) -> Option<usize> {
    let text = doc.text;
    let h = &doc.hits[i];
    let after = &text[h.end..];
    if !(after.starts_with(',') || [" for ", " of ", " to ", " at ", " in "].iter().any(|p| after.starts_with(p))) {
        return None;
    }
    // Look back at most 80 bytes (a determiner and three words), so the cost stays bounded.
    let lo = floor_boundary(text, h.start.saturating_sub(80));
    let comma = lo + text[lo..h.start].rfind(',')?;
    let head = text[comma + 1..h.start].strip_prefix(' ')?;
    let mut words = head.split_whitespace().peekable();
    if words.peek().is_some_and(|w| x.lexicon.has(List::Determiner, w)) {
        words.next();
    }
    let plain =
        |w: &str| w.trim_end_matches("'s").trim_end_matches("\u{2019}s").chars().all(|c| c.is_alphabetic() || c == '-');
    let mut n = 0;
    for w in words {
        n += 1;
        if n > 3 || !plain(w) || x.lexicon.has(List::FunctionWord, w) {
            return None;
        }
    }
    Some(comma)
}

/// A name of two to four capitalised words ending at byte `end`, starting after `floor`
/// (nothing the gazetteer knows may lie inside it: a city, a country, a person).
fn name_ending_at(x: &Extractor, doc: &Doc, end: usize, floor: usize) -> Option<(usize, usize)> {
    let before = &doc.text[..end];
    // Look back at most 120 bytes, so the cost per title stays bounded.
    let floor = floor.max(floor_boundary(before, end.saturating_sub(120))).min(end);
    let mut s = end;
    let mut words = 0;
    let mut rest = before;
    loop {
        let (space, ws) = match rest[floor.min(rest.len())..].rfind([' ', '\n', '\t']) {
            Some(k) => (Some(floor + k), floor + k + 1),
            None => (None, floor.min(rest.len())),
        };
        let word = &rest[ws..];
        let core = word.trim_end_matches('.');
        // `Khalid bin Mohamed Al Nahyan`: a particle inside the name.
        if words > 0 && words < 4 && x.lexicon.has(List::NameParticle, core) {
            match space {
                Some(k) => rest = &rest[..k],
                None => break,
            }
            continue;
        }
        let name_word = core.chars().next().is_some_and(char::is_uppercase)
            && core.chars().all(|ch| ch.is_alphabetic() || matches!(ch, '-' | '\'' | '\u{2019}' | '.'))
            && !ends_name(&x.lexicon, core)
            && !(core.len() > 3 && core.chars().all(char::is_uppercase));
        if !name_word || words == 4 || (space.is_none() && floor > 0 && !before[..floor].ends_with(' ')) {
            // A place before the comma (`talks in Tokyo Bay, Japan's ...`) is not a name.
            let place = x.lexicon.has(List::PlacePreposition, word) || word == "from";
            if place && !rest[..ws].ends_with("according ") {
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
    (words >= 2).then_some((s, end))
}
