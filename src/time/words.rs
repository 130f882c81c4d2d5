//! The time grammar's closed-class words: months, weekdays, number words, fixed relative
//! phrases, and the vocabulary of words an expression may start with.

use std::sync::LazyLock;

use super::parser::Rel;
use super::tokens::{Kind, Tok};

/// Anchor words (lower case): months, weekdays, their abbreviations, and the words of
/// relative expressions (`today`, `week`, `ago`). Every expression holds one (or a number).
const ANCHOR_WORDS: &str = "afternoon ago apr april aug august autumn christmas day days dec december evening fall feb february \
     fortnight fortnights fri friday half hours jan january jul july jun june mar march may mon monday \
     month months morning night nov november oct october overnight quarter sat saturday sep sept \
     september spring summer sun sunday thanksgiving thu thur thurs thursday today tomorrow tonight tue \
     tues tuesday wed wednesday week weekend weeks winter year years yesterday";

/// The other words an expression may start with or read (lower case).
const OTHER_WORDS: &str = "a after am an and at before beginning between by coming during earlier early edt eight eleven end \
     est et eve few fifteen first five following four fourth from gmt h in ist last late later mid middle \
     nd new next nine now of on one or past pm previous q rd second seven since six st start starting t \
     ten th the third thirty this three through till to twelve twenty two until utc";

/// Every word the parser reads (lower case, sorted), and whether it is an anchor
/// ([`ANCHOR_WORDS`]). An expression starts with a number or one of these words, so no
/// parse is tried at any other token.
pub(super) static VOCABULARY: LazyLock<Vec<(&str, bool)>> = LazyLock::new(|| {
    let mut v: Vec<(&str, bool)> = ANCHOR_WORDS
        .split_whitespace()
        .map(|w| (w, true))
        .chain(OTHER_WORDS.split_whitespace().map(|w| (w, false)))
        .collect();
    v.sort_unstable();
    v
});

/// How many tokens an expression may run before its first anchor word
/// (`in the next few days`: 4).
pub(super) const ANCHOR_REACH: usize = 8;

/// Whether token `t` can anchor a time expression: a number, a month, a weekday, or a
/// word such as `today`, `week`, `ago`. Every expression holds one within
/// [`ANCHOR_REACH`] tokens of its start.
pub(super) fn is_anchor(t: &Tok) -> bool {
    t.k == Kind::Num || t.voc == Some(true)
}

/// Whether an expression may start at token `t`: a number, punctuation, or a word of the
/// parser's [`VOCABULARY`].
pub(super) fn may_start(t: &Tok) -> bool {
    t.k != Kind::Word || t.voc.is_some()
}

/// The [`VOCABULARY`] entry of a word, in any ASCII case: whether it is an anchor.
pub(super) fn lookup(word: &[u8]) -> Option<bool> {
    if word.len() > 12 || !word.first()?.is_ascii_alphabetic() {
        return None;
    }
    let mut buf = [0u8; 12];
    for (b, c) in buf.iter_mut().zip(word) {
        *b = c.to_ascii_lowercase();
    }
    let lower = &buf[..word.len()];
    let entries = &VOCABULARY[BY_LETTER[usize::from(lower[0] - b'a')].clone()];
    entries.binary_search_by(|(v, _)| v.as_bytes().cmp(lower)).ok().map(|k| entries[k].1)
}

/// Per first letter (`a` to `z`), the [`VOCABULARY`] entries that start with it: a lookup
/// searches a handful of words, not all of them.
static BY_LETTER: LazyLock<[std::ops::Range<usize>; 26]> = LazyLock::new(|| {
    std::array::from_fn(|k| {
        let letter = b'a' + k as u8;
        let start = VOCABULARY.partition_point(|(v, _)| v.as_bytes()[0] < letter);
        let end = VOCABULARY.partition_point(|(v, _)| v.as_bytes()[0] <= letter);
        start..end
    })
});

/// Fixed relative phrases (words separated by one space), longest first where they share
/// a start.
pub(super) const FIXED: &[(&str, Rel)] = &[
    ("the day before yesterday", Rel::Day(-2)),
    ("the day after tomorrow", Rel::Day(2)),
    ("in the coming days", Rel::Days(1, 7)),
    ("in the coming weeks", Rel::Days(1, 28)),
    ("in the coming months", Rel::Days(1, 90)),
    ("in the next few days", Rel::Days(1, 7)),
    ("in the next few weeks", Rel::Days(1, 28)),
    ("in the next few months", Rel::Days(1, 90)),
    ("day before yesterday", Rel::Day(-2)),
    ("day after tomorrow", Rel::Day(2)),
    ("the coming days", Rel::Days(1, 7)),
    ("the coming weeks", Rel::Days(1, 28)),
    ("the coming months", Rel::Days(1, 90)),
    ("earlier this week", Rel::EarlierWeek),
    ("later this week", Rel::LaterWeek),
    ("earlier this month", Rel::EarlierMonth),
    ("later this month", Rel::LaterMonth),
    ("earlier this year", Rel::EarlierYear),
    ("later this year", Rel::LaterYear),
    ("earlier today", Rel::Day(0)),
    ("later today", Rel::Day(0)),
    ("this weekend", Rel::Weekend(0)),
    ("last weekend", Rel::Weekend(-1)),
    ("next weekend", Rel::Weekend(1)),
    ("last week", Rel::Week(-1)),
    ("this week", Rel::Week(0)),
    ("next week", Rel::Week(1)),
    ("last month", Rel::Month(-1)),
    ("this month", Rel::Month(0)),
    ("next month", Rel::Month(1)),
    ("last year", Rel::Year(-1)),
    ("this year", Rel::Year(0)),
    ("next year", Rel::Year(1)),
    ("this morning", Rel::Day(0)),
    ("this afternoon", Rel::Day(0)),
    ("this evening", Rel::Day(0)),
    ("last night", Rel::Day(-1)),
    ("last quarter", Rel::Quarter(-1)),
    ("this quarter", Rel::Quarter(0)),
    ("next quarter", Rel::Quarter(1)),
    ("overnight", Rel::Days(-1, 0)),
    ("today", Rel::Day(0)),
    ("tonight", Rel::Day(0)),
    ("yesterday", Rel::Day(-1)),
    ("tomorrow", Rel::Day(1)),
];

/// The months, in order.
pub(super) const MONTHS: &str = "january february march april may june july august september october november december";

/// Month abbreviations: each the start of its month's name.
pub(super) const MONTH_ABBR: &str = "jan feb mar apr jun jul aug sep sept oct nov dec";

/// The days of the week, from Monday.
pub(super) const WEEKDAYS: &str = "monday tuesday wednesday thursday friday saturday sunday";

/// Weekday abbreviations: each the start of its day's name.
pub(super) const WEEKDAY_ABBR: &str = "mon tue tues wed thu thur thurs fri sat sun";

/// The units of relative expressions, in the order of `Unit` (a plural adds `s`).
pub(super) const UNITS: &str = "day week fortnight month year";

/// Ordinal words of quarters and halves, in order.
pub(super) const ORDINALS: &str = "first second third fourth";

/// The seasons (northern meteorological), in order from spring; `fall` is autumn.
pub(super) const SEASONS: &str = "spring summer autumn winter fall";

pub(super) const PARTS_OF_DAY: &str = "morning afternoon evening night";

/// Whether a word names a month or a day of the week (`May`, `Friday`): never a name.
pub(crate) fn is_calendar_word(word: &str) -> bool {
    MONTHS.split(' ').chain(WEEKDAYS.split(' ')).any(|m| word.eq_ignore_ascii_case(m))
}

/// [`FIXED`], each phrase cut into its words once.
pub(super) static FIXED_WORDS: LazyLock<Vec<(Vec<&'static str>, Rel)>> =
    LazyLock::new(|| FIXED.iter().map(|&(p, rel)| (p.split(' ').collect(), rel)).collect());

/// The months, cut into words once.
static MONTH_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| MONTHS.split(' ').collect());

/// The month (1-12) a full month name stands for.
pub(super) fn month_number(word: &str) -> Option<usize> {
    MONTH_WORDS.iter().position(|m| m.eq_ignore_ascii_case(word)).map(|k| k + 1)
}

/// The position of `word` (any ASCII case) in a space-separated word class.
pub(super) fn position_in(class: &str, word: &str) -> Option<usize> {
    // A byte walk: called for every word tried, so no searcher is set up per call.
    let (c, w) = (class.as_bytes(), word.as_bytes());
    let (mut k, mut start) = (0, 0);
    for end in 0..=c.len() {
        if end == c.len() || c[end] == b' ' {
            if end - start == w.len() && c[start..end].eq_ignore_ascii_case(w) {
                return Some(k);
            }
            k += 1;
            start = end + 1;
        }
    }
    None
}

/// The month (1-12) an abbreviation stands for (`Sept` -> 9).
pub(super) fn month_of_abbr(word: &str) -> Option<u8> {
    if !(3..=4).contains(&word.len()) {
        return None;
    }
    position_in(MONTH_ABBR, word)?;
    let lower = word.to_ascii_lowercase();
    MONTHS.split(' ').position(|m| m.starts_with(&lower)).map(|k| k as u8 + 1)
}

/// The weekday (0 = Monday) an abbreviation stands for (`Thurs` -> 3).
pub(super) fn weekday_of_abbr(word: &str) -> Option<u8> {
    if !(3..=5).contains(&word.len()) {
        return None;
    }
    position_in(WEEKDAY_ABBR, word)?;
    let lower = word.to_ascii_lowercase();
    WEEKDAYS.split(' ').position(|d| d.starts_with(&lower)).map(|k| k as u8)
}

/// The value of a number word (`twelve` -> 12): `a`, `an`, one to twelve, fifteen, twenty,
/// thirty.
pub(super) fn number_word(word: &str) -> Option<u32> {
    let mut buf = [0u8; 8];
    let lower = buf.get_mut(..word.len())?;
    for (l, b) in lower.iter_mut().zip(word.bytes()) {
        *l = b.to_ascii_lowercase();
    }
    Some(match &*lower {
        b"a" | b"an" | b"one" => 1,
        b"two" => 2,
        b"three" => 3,
        b"four" => 4,
        b"five" => 5,
        b"six" => 6,
        b"seven" => 7,
        b"eight" => 8,
        b"nine" => 9,
        b"ten" => 10,
        b"eleven" => 11,
        b"twelve" => 12,
        b"fifteen" => 15,
        b"twenty" => 20,
        b"thirty" => 30,
        _ => return None,
    })
}
