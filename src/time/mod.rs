//! Time: the publication date of an article and the time expressions of its sentences
//! (the `date` and `when` fields of SPEC.md).
//!
//! * [`publication_date`] / [`body_start`]: the article's own date, from a
//!   ` date YYYY-MM-DD ` prefix or a dateline near the top of the body.
//! * [`find_times`]: time expressions in a sentence ("later this month", "on Tuesday",
//!   "Nov 3-6", "in early May"), resolved against a reference date into inclusive day
//!   ranges.
//!
//! Everything works on byte offsets into the original `&str`, tokenises its range once,
//! is linear in its length and never panics. The grammar's closed-class words (months,
//! weekdays, number words, tense cues) live in `words.rs`.

mod grammar;
mod parser;
mod periods;
mod relative;
mod tense;
mod tokens;
mod words;

use std::ops::Range;

use crate::date::Date;
use crate::text::floor_boundary;
use parser::{Dir, Parser};
#[cfg(test)]
use tense::Tense;
#[cfg(test)]
use tense::{tense, word_cue};
pub(crate) use words::is_calendar_word;
use words::{ANCHOR_REACH, is_anchor, may_start};

use crate::text::DATELINE_WINDOW;

/// The ` date YYYY-MM-DD ` prefix: (date, span of the date, body start).
fn date_prefix(text: &str) -> Option<(Date, Range<usize>, usize)> {
    let rest = text.trim_start();
    let off = text.len() - rest.len();
    let after = rest.strip_prefix("date")?;
    let spaces = after.len() - after.trim_start_matches([' ', '\t']).len();
    if spaces == 0 {
        return None;
    }
    let ds = off + 4 + spaces;
    let de = ds + 10;
    let date: Date = text.get(ds..de)?.parse().ok()?;
    let tail = text.get(de..)?;
    match tail.chars().next() {
        None => {}
        Some(c) if c.is_whitespace() => {}
        Some(_) => return None,
    }
    let body = de + (tail.len() - tail.trim_start().len());
    Some((date, ds..de, body))
}

/// Byte offset where the body starts after a ` date YYYY-MM-DD ` prefix
/// (leading whitespace, the word `date`, the date, then whitespace, which is
/// skipped); 0 when there is no valid prefix.
pub(crate) fn body_start(text: &str) -> usize {
    date_prefix(text).map_or(0, |(_, _, b)| b)
}

/// Publication date found near the top of an article, with the byte span of
/// the text it came from.
///
/// First the ` date YYYY-MM-DD ` prefix (leading whitespace allowed); else,
/// only within the first ~400 bytes of the body, a dateline or timestamp with
/// a full date: "Updated On: 2024-08-19 09:12 PM IST", "August 19, 2024",
/// "Aug. 19, 2024", "19 August 2024", "19 Aug 2024", "Sat 18 Feb 2017",
/// "2024-08-19", "07:12, 12/15/23" (US m/d/yy after a time stamp). A year alone
/// is not a date, and nothing deeper in the body is used.
pub(crate) fn publication_date(text: &str) -> Option<(Date, Range<usize>)> {
    if let Some((d, span, _)) = date_prefix(text) {
        return Some((d, span));
    }
    let lim = floor_boundary(text, DATELINE_WINDOW + 80);
    let p = Parser::new(text, 0..lim, None, true);
    for i in 0..p.t.len() {
        if p.t[i].s >= DATELINE_WINDOW {
            break;
        }
        // A date starts with a number, a word of the parser or a mark (`Sept. 28`).
        if !may_start(&p.t[i]) {
            continue;
        }
        let mut j = i;
        if p.weekday_of(j, true).is_some() {
            j += 1;
            if p.punct(j, ",") || p.punct(j, ".") {
                j += 1;
            }
        }
        if let Some(h) = p.abs_date(j, true, Dir::Nearest) {
            let last = h.end.checked_sub(1).and_then(|k| p.t.get(k));
            if let (Some(d), Some(last)) = (h.start, last) {
                return Some((d, p.t[i].s..last.e));
            }
        }
    }
    None
}

/// A time expression found in text, resolved against a reference date when possible.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct TimeExpr {
    /// Byte span `[start, end)` of the expression in the text passed in.
    pub span: Range<usize>,
    /// First day (inclusive); None when it cannot be resolved.
    pub start: Option<Date>,
    /// Last day (inclusive); None when it cannot be resolved.
    pub end: Option<Date>,
}

/// Finds time expressions in `text[range]` (the caller's sentence or window),
/// resolving relative ones against `reference`.
///
/// Recognised: absolute dates and day ranges ("August 19, 2024", "Aug. 19",
/// "19 Aug", "2024-08-19", "19/08/2024", "Nov 3-6", "between Nov 3 and 6"),
/// months ("in May", "May 2024", "in early May", "mid-May", "late May", "end
/// of May", "in May or June", "July-September"), weekdays ("on Tuesday",
/// "last Tuesday", "Friday and Saturday", "Wednesday morning", "Thursday,
/// December 14"), relative days, weeks, months and years ("yesterday", "later
/// this month", "next week", "this weekend", "two days ago", "in three weeks",
/// "the past week", "in the coming days", "in 2023") and bounds ("by October
/// 29", "until March", "since Tuesday", "from May 5 to May 9").
///
/// Bare weekdays and months take their direction from [`word_cue`]s in the
/// range. Expressions that cannot be resolved (no reference) are still
/// returned, with `start`/`end` None. An invalid range gives no expressions.
pub(crate) fn find_times(text: &str, range: Range<usize>, reference: Option<Date>) -> Vec<TimeExpr> {
    find_times_with(text, range, reference, true)
}

/// [`find_times`], with the anchor and start-word prefilters on or off (off only to test
/// that it changes nothing).
fn find_times_with(text: &str, range: Range<usize>, reference: Option<Date>, prefilter: bool) -> Vec<TimeExpr> {
    let p = Parser::new(text, range, reference, false);
    let mut out = Vec::new();
    let mut i = 0;
    // The first anchor at or after `i`.
    let mut anchor = 0;
    while i < p.t.len() {
        if prefilter {
            // No anchor ahead: no expression either.
            anchor = anchor.max(i);
            while anchor < p.t.len() && !is_anchor(&p.t[anchor]) {
                anchor += 1;
            }
            if anchor == p.t.len() {
                break;
            }
            if anchor - i > ANCHOR_REACH {
                i = anchor - ANCHOR_REACH;
            }
            if !may_start(&p.t[i]) {
                i += 1;
                continue;
            }
        }
        if let Some(h) = p.parse_at(i)
            && h.end > i
            && h.end <= p.t.len()
        {
            out.push(TimeExpr { span: p.t[i].s..p.t[h.end - 1].e, start: h.start, end: h.last });
            i = h.end;
            continue;
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod fixture;
#[cfg(test)]
mod tests;
