//! The time grammar's closed-class words: months, weekdays, number words, fixed relative
//! phrases, and the vocabulary of words an expression may start with.

use super::parser::Rel;
use super::tokens::{Kind, Tok};

/// Every word the parser reads (lower case, sorted), and whether it is an anchor: a
/// month, a weekday, an abbreviation of one, or a word of a relative expression (`today`,
/// `week`, `ago`). An expression starts with a number or one of these words, so no parse
/// is tried at any other token.
pub(super) const VOCABULARY: &[(&str, bool)] = &[
    ("a", false),
    ("after", false),
    ("afternoon", true),
    ("ago", true),
    ("am", false),
    ("an", false),
    ("and", false),
    ("apr", true),
    ("april", true),
    ("aug", true),
    ("august", true),
    ("before", false),
    ("beginning", false),
    ("between", false),
    ("by", false),
    ("coming", false),
    ("day", true),
    ("days", true),
    ("dec", true),
    ("december", true),
    ("during", false),
    ("earlier", false),
    ("early", false),
    ("edt", false),
    ("eight", false),
    ("eleven", false),
    ("end", false),
    ("est", false),
    ("et", false),
    ("evening", true),
    ("feb", true),
    ("february", true),
    ("few", false),
    ("fifteen", false),
    ("five", false),
    ("four", false),
    ("fri", true),
    ("friday", true),
    ("from", false),
    ("gmt", false),
    ("in", false),
    ("ist", false),
    ("jan", true),
    ("january", true),
    ("jul", true),
    ("july", true),
    ("jun", true),
    ("june", true),
    ("last", false),
    ("late", false),
    ("later", false),
    ("mar", true),
    ("march", true),
    ("may", true),
    ("mid", false),
    ("middle", false),
    ("mon", true),
    ("monday", true),
    ("month", true),
    ("months", true),
    ("morning", true),
    ("nd", false),
    ("next", false),
    ("night", true),
    ("nine", false),
    ("nov", true),
    ("november", true),
    ("oct", true),
    ("october", true),
    ("of", false),
    ("on", false),
    ("one", false),
    ("or", false),
    ("past", false),
    ("pm", false),
    ("previous", false),
    ("rd", false),
    ("sat", true),
    ("saturday", true),
    ("sep", true),
    ("sept", true),
    ("september", true),
    ("seven", false),
    ("since", false),
    ("six", false),
    ("st", false),
    ("start", false),
    ("starting", false),
    ("sun", true),
    ("sunday", true),
    ("t", false),
    ("ten", false),
    ("th", false),
    ("the", false),
    ("thirty", false),
    ("this", false),
    ("three", false),
    ("through", false),
    ("thu", true),
    ("thur", true),
    ("thurs", true),
    ("thursday", true),
    ("till", false),
    ("to", false),
    ("today", true),
    ("tomorrow", true),
    ("tonight", true),
    ("tue", true),
    ("tues", true),
    ("tuesday", true),
    ("twelve", false),
    ("twenty", false),
    ("two", false),
    ("until", false),
    ("utc", false),
    ("wed", true),
    ("wednesday", true),
    ("week", true),
    ("weekend", true),
    ("weeks", true),
    ("year", true),
    ("years", true),
    ("yesterday", true),
];

/// How many tokens an expression may run before its first anchor word
/// (`in the next few days`: 4).
pub(super) const ANCHOR_REACH: usize = 8;

/// Whether token `t` can anchor a time expression: a number, a month, a weekday, or a
/// word such as `today`, `week`, `ago`. Every expression holds one within
/// [`ANCHOR_REACH`] tokens of its start.
pub(super) fn is_anchor(text: &str, t: &Tok) -> bool {
    match t.k {
        Kind::Num => true,
        Kind::Punct => false,
        Kind::Word => lookup(&text.as_bytes()[t.s..t.e]) == Some(true),
    }
}

/// Whether an expression may start at token `t`: a number, punctuation, or a word of the
/// parser's [`VOCABULARY`].
pub(super) fn may_start(text: &str, t: &Tok) -> bool {
    match t.k {
        Kind::Num | Kind::Punct => true,
        Kind::Word => lookup(&text.as_bytes()[t.s..t.e]).is_some(),
    }
}

/// The [`VOCABULARY`] entry of a word, in any ASCII case: whether it is an anchor.
pub(super) fn lookup(word: &[u8]) -> Option<bool> {
    if word.len() > 9 {
        return None;
    }
    let mut buf = [0u8; 9];
    for (b, c) in buf.iter_mut().zip(word) {
        *b = c.to_ascii_lowercase();
    }
    let lower = &buf[..word.len()];
    VOCABULARY.binary_search_by(|(v, _)| v.as_bytes().cmp(lower)).ok().map(|k| VOCABULARY[k].1)
}

/// Fixed relative phrases, longest first where they share a start.
pub(super) const FIXED: &[(&[&str], Rel)] = &[
    (&["the", "day", "before", "yesterday"], Rel::Day(-2)),
    (&["the", "day", "after", "tomorrow"], Rel::Day(2)),
    (&["in", "the", "coming", "days"], Rel::Days(1, 7)),
    (&["in", "the", "coming", "weeks"], Rel::Days(1, 28)),
    (&["in", "the", "coming", "months"], Rel::Days(1, 90)),
    (&["in", "the", "next", "few", "days"], Rel::Days(1, 7)),
    (&["in", "the", "next", "few", "weeks"], Rel::Days(1, 28)),
    (&["in", "the", "next", "few", "months"], Rel::Days(1, 90)),
    (&["day", "before", "yesterday"], Rel::Day(-2)),
    (&["day", "after", "tomorrow"], Rel::Day(2)),
    (&["the", "coming", "days"], Rel::Days(1, 7)),
    (&["the", "coming", "weeks"], Rel::Days(1, 28)),
    (&["the", "coming", "months"], Rel::Days(1, 90)),
    (&["earlier", "this", "week"], Rel::EarlierWeek),
    (&["later", "this", "week"], Rel::LaterWeek),
    (&["earlier", "this", "month"], Rel::EarlierMonth),
    (&["later", "this", "month"], Rel::LaterMonth),
    (&["earlier", "this", "year"], Rel::EarlierYear),
    (&["later", "this", "year"], Rel::LaterYear),
    (&["earlier", "today"], Rel::Day(0)),
    (&["later", "today"], Rel::Day(0)),
    (&["this", "weekend"], Rel::Weekend(0)),
    (&["last", "weekend"], Rel::Weekend(-1)),
    (&["next", "weekend"], Rel::Weekend(1)),
    (&["last", "week"], Rel::Week(-1)),
    (&["this", "week"], Rel::Week(0)),
    (&["next", "week"], Rel::Week(1)),
    (&["last", "month"], Rel::Month(-1)),
    (&["this", "month"], Rel::Month(0)),
    (&["next", "month"], Rel::Month(1)),
    (&["last", "year"], Rel::Year(-1)),
    (&["this", "year"], Rel::Year(0)),
    (&["next", "year"], Rel::Year(1)),
    (&["this", "morning"], Rel::Day(0)),
    (&["this", "afternoon"], Rel::Day(0)),
    (&["this", "evening"], Rel::Day(0)),
    (&["last", "night"], Rel::Day(-1)),
    (&["today"], Rel::Day(0)),
    (&["tonight"], Rel::Day(0)),
    (&["yesterday"], Rel::Day(-1)),
    (&["tomorrow"], Rel::Day(1)),
];

pub(super) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

pub(super) const MONTH_ABBR: &[(&str, u8)] = &[
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

pub(super) const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

pub(super) const WEEKDAY_ABBR: &[(&str, u8)] = &[
    ("mon", 0),
    ("tue", 1),
    ("tues", 1),
    ("wed", 2),
    ("thu", 3),
    ("thur", 3),
    ("thurs", 3),
    ("fri", 4),
    ("sat", 5),
    ("sun", 6),
];

pub(super) const NUMBER_WORDS: &[(&str, u32)] = &[
    ("a", 1),
    ("an", 1),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("fifteen", 15),
    ("twenty", 20),
    ("thirty", 30),
];

pub(super) const PARTS_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night"];

/// Whether a word names a month or a day of the week (`May`, `Friday`): never a name.
pub(crate) fn is_calendar_word(word: &str) -> bool {
    MONTHS.iter().chain(WEEKDAYS).any(|m| word.eq_ignore_ascii_case(m))
}
