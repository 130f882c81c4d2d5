//! When the main event happens (SPEC.md, `when`): the time expression nearest its trigger
//! in its sentence, else one in the sentence after, then before; a dateline's date is when
//! the story was filed, not when the event happened.

use std::ops::Range;

use crate::lexicon::List;
use crate::model::{Span, When};
use crate::text::Doc;
use crate::time::{TimeExpr, find_times};

/// How many of the nearest expressions are compared (so a long sentence stays linear).
const NEAREST: usize = 4;
/// An expression before the trigger counts as this many times as far.
const BEFORE_FACTOR: usize = 2;
/// The extra distance of an expression set apart from the trigger by a comma, and again
/// of one in an aside between commas.
const COMMA_PENALTY: usize = 1000;

/// The time of the main event: nearest its trigger at `trigger_pos` in `sentence`, else in
/// the neighbouring sentences of the opening.
pub(super) fn when(
    doc: &Doc,
    lex: &crate::lexicon::Lexicon,
    sentence: Option<&Range<usize>>,
    index: usize,
    trigger_pos: usize,
) -> Option<When> {
    let t = sentence.and_then(|s| nearest(doc, s, trigger_pos)).or_else(|| around(doc, lex, index))?;
    Some(When {
        text: doc.text[t.span.clone()].to_string(),
        start: t.start,
        end: t.end,
        span: Span::new(t.span.start, t.span.end),
    })
}

/// The expressions of a sentence that are not a dateline's date.
fn times_in(doc: &Doc, s: &Range<usize>) -> Vec<TimeExpr> {
    find_times(doc.text, s.clone(), doc.reference).into_iter().filter(|t| !in_dateline(doc.text, &t.span)).collect()
}

/// The expression nearest the trigger. News writes the time after the verb (`was signed
/// ... on Friday`): one before the trigger counts as twice as far; a comma between them
/// (`The deal, first proposed in 2019, was signed`) sets it apart, and so does an aside
/// between commas (`Leaders of the two Koreas, divided since 1953, met on April 27`),
/// which dates its own participle, not the sentence's verb.
fn nearest(doc: &Doc, s: &Range<usize>, trigger_pos: usize) -> Option<TimeExpr> {
    // (from, to, weight) with from <= to; an expression around the trigger is at distance 0.
    let distance = |t: &TimeExpr| {
        if t.span.start >= trigger_pos {
            (trigger_pos, t.span.start, 1)
        } else if t.span.end <= trigger_pos {
            (t.span.end, trigger_pos, BEFORE_FACTOR)
        } else {
            (trigger_pos, trigger_pos, 1)
        }
    };
    let mut near: Vec<_> = times_in(doc, s).into_iter().map(|t| (distance(&t), t)).collect();
    near.sort_by_key(|&((a, b, w), _)| w * (b - a));
    near.truncate(NEAREST);
    near.into_iter()
        .min_by_key(|&((a, b, w), ref t)| {
            let apart = usize::from(doc.text[a..b].contains(',')) + usize::from(in_aside(doc.text, s, &t.span));
            apart * COMMA_PENALTY + w * (b - a)
        })
        .map(|(_, t)| t)
}

/// Words that open an aside between commas besides a participle (`, divided since 1953,`):
/// a relative pronoun or an adverb of a past time.
const ASIDE_OPENERS: &str = "which who whose first once long since already";

/// Whether `span` lies in an aside of sentence `s`: a stretch between two commas that
/// opens with a participle (`-ed`, `-en`) or an [`ASIDE_OPENERS`] word.
fn in_aside(text: &str, s: &Range<usize>, span: &Range<usize>) -> bool {
    let Some(open) = text[s.start..span.start].rfind(',').map(|k| s.start + k) else {
        return false;
    };
    let closed = text[span.end..s.end].find([',', '.', ';']).is_some_and(|k| text[span.end + k..].starts_with(','));
    let first = text[open + 1..].split(|c: char| !c.is_alphabetic()).find(|w| !w.is_empty()).unwrap_or("");
    let lower = first.to_ascii_lowercase();
    let opener = lower.len() > 3 && (lower.ends_with("ed") || lower.ends_with("en"))
        || ASIDE_OPENERS.split_whitespace().any(|w| w == lower);
    closed && opener && !text[open + 1..span.start].contains([';', ':'])
}

/// An expression in the sentence after the event's, then the one before it, then the two
/// after those (leads often give the time a little later: `The exercise has begun. ...
/// The first phase is between Nov 3-6`). Outside the
/// trigger's sentence, a time right after `said` dates the saying (`The army said on
/// Saturday it had killed ... on Friday`): another wins; a time inside a quotation is the
/// speaker's, never taken.
fn around(doc: &Doc, lex: &crate::lexicon::Lexicon, index: usize) -> Option<TimeExpr> {
    let sents = &doc.opening;
    let around = [index + 1, index.wrapping_sub(1), index + 2, index + 3];
    around.iter().filter_map(|&k| sents.get(k)).find_map(|s| {
        let times = times_in(doc, s);
        let said = |t: &TimeExpr| {
            let before = doc.text[..t.span.start].trim_end();
            let last = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            (!last.is_empty() && lex.has(List::ReportingVerb, last)) || before.ends_with("told reporters")
        };
        let quoted = |t: &TimeExpr| in_quote(doc.text, s, &t.span);
        times.iter().find(|t| !said(t) && !quoted(t)).or(times.iter().find(|t| !quoted(t))).cloned()
    })
}

/// Whether `span` stands inside a quotation of sentence `s` (`"... the challenges we face
/// today"`): the speaker's time, not the event's, in a sentence next to the event's.
fn in_quote(text: &str, s: &Range<usize>, span: &Range<usize>) -> bool {
    let before = &text[s.start..span.start];
    let straight = before.bytes().filter(|&b| b == b'"').count() % 2 == 1;
    let curly = before.rfind('\u{201c}').is_some_and(|open| before.rfind('\u{201d}').is_none_or(|close| close < open));
    straight || curly
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
pub(super) fn skip_agency(after: &str) -> &str {
    match after.strip_prefix('(').and_then(|r| r.find(')').filter(|&k| k < 39).map(|k| &r[k + 1..])) {
        Some(rest) => rest.trim_start(),
        None => after,
    }
}
