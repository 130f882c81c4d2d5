//! Dates and time expressions: the `date` and `when` fields of SPEC.md.
//!
//! * [`Date`]: a validated proleptic Gregorian calendar day, shown and
//!   serialized as `"YYYY-MM-DD"`.
//! * [`publication_date`] / [`body_start`]: the article's own date, from a
//!   ` date YYYY-MM-DD ` prefix or a dateline near the top of the body.
//! * [`find_times`]: time expressions in a sentence ("later this month",
//!   "on Tuesday", "Nov 3-6", "in early May"), resolved against a reference
//!   date into inclusive day ranges.
//!
//! Everything works on byte offsets into the original `&str`, tokenises the
//! input once, is linear in its length and never panics.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::ops::Range;
use std::str::FromStr;

use crate::text::floor_boundary;

// ---------------------------------------------------------------------------
// Date
// ---------------------------------------------------------------------------

/// A calendar date (proleptic Gregorian), years 1 to 9999.
///
/// Displayed and serialized as `"YYYY-MM-DD"`; ordered chronologically.
/// `Date::new(2024, 2, 29)` is valid and one day later is `2024-03-01`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    y: i32,
    m: u8,
    d: u8,
}

/// Why a date could not be built or parsed.
///
/// Displays as e.g. ``invalid date `2023-02-29`: day out of range``.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError {
    input: String,
    reason: &'static str,
}

impl DateError {
    fn new(input: &str, reason: &'static str) -> DateError {
        DateError { input: prefix_chars(input, 40).to_string(), reason }
    }

    /// The reason alone, e.g. `"day out of range"`.
    pub fn reason(&self) -> &str {
        self.reason
    }
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid date `{}`: {}", self.input, self.reason)
    }
}

impl std::error::Error for DateError {}

/// The longest prefix of `s` of at most `max` bytes that ends on a char boundary.
fn prefix_chars(s: &str, max: usize) -> &str {
    &s[..floor_boundary(s, max)]
}

/// The largest char boundary `<= at` (None when `at >= s.len()`).
/// Whether `year` is a leap year in the proleptic Gregorian calendar.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in `month` (1-12) of `year`; 0 for an invalid month.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        _ => 0,
    }
}

/// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

const MIN_DAYS: i64 = -719_162; // 0001-01-01
const MAX_DAYS: i64 = 2_932_896; // 9999-12-31

impl Date {
    /// Builds a date, checking the year (1..=9999), the month and the day
    /// (month lengths and leap years).
    pub fn new(year: i32, month: u8, day: u8) -> Result<Date, DateError> {
        let reason = if !(1..=9999).contains(&year) {
            "year out of range"
        } else if !(1..=12).contains(&month) {
            "month out of range"
        } else if day == 0 || day > days_in_month(year, month) {
            "day out of range"
        } else {
            return Ok(Date { y: year, m: month, d: day });
        };
        let shown = format!("{year:04}-{month:02}-{day:02}");
        Err(DateError::new(&shown, reason))
    }

    /// The year (1..=9999).
    pub fn year(self) -> i32 {
        self.y
    }

    /// The month (1..=12).
    pub fn month(self) -> u8 {
        self.m
    }

    /// The day of the month (1..=31).
    pub fn day(self) -> u8 {
        self.d
    }

    /// Day of the week: 0 = Monday .. 6 = Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        (self.days() + 3).rem_euclid(7) as u8
    }

    /// The date `n` days later (earlier when negative); None outside years 1..=9999.
    pub fn add_days(self, n: i64) -> Option<Date> {
        Date::from_days(self.days().checked_add(n)?)
    }

    /// Number of days from `self` to `other` (negative when `other` is earlier).
    pub fn days_until(self, other: Date) -> i64 {
        other.days() - self.days()
    }

    /// The last day of this date's month.
    pub fn last_of_month(self) -> Date {
        Date { d: days_in_month(self.y, self.m), ..self }
    }

    /// The first day of this date's month.
    pub fn first_of_month(self) -> Date {
        Date { d: 1, ..self }
    }

    /// The Monday of this date's (Monday-to-Sunday) week; None before 0001-01-01.
    pub fn monday(self) -> Option<Date> {
        self.add_days(-i64::from(self.weekday()))
    }

    /// The first day of the month `n` months after this date's month.
    fn month_start_offset(self, n: i64) -> Option<Date> {
        let idx = i64::from(self.y) * 12 + i64::from(self.m) - 1 + n;
        let y = i32::try_from(idx.div_euclid(12)).ok()?;
        let m = (idx.rem_euclid(12) + 1) as u8;
        Date::new(y, m, 1).ok()
    }

    /// The same day `n` months later (clamped to the month's end).
    fn add_months_clamped(self, n: i64) -> Option<Date> {
        let first = self.month_start_offset(n)?;
        let d = self.d.min(days_in_month(first.y, first.m));
        Some(Date { d, ..first })
    }

    fn days(self) -> i64 {
        days_from_civil(self.y, self.m, self.d)
    }

    fn from_days(z: i64) -> Option<Date> {
        if !(MIN_DAYS..=MAX_DAYS).contains(&z) {
            return None;
        }
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = (if mp < 10 { mp + 3 } else { mp - 9 }) as u8;
        let y = yoe + era * 400 + i64::from(m <= 2);
        Date::new(i32::try_from(y).ok()?, m, d).ok()
    }

    fn ymd(y: i32, m: u8, d: u8) -> Option<Date> {
        Date::new(y, m, d).ok()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
}

impl FromStr for Date {
    type Err = DateError;

    /// Parses exactly `YYYY-MM-DD` (ASCII digits, zero-padded).
    fn from_str(s: &str) -> Result<Date, DateError> {
        let b = s.as_bytes();
        let shape_ok = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape_ok {
            return Err(DateError::new(s, "expected YYYY-MM-DD"));
        }
        let n = |r: Range<usize>| -> u32 { b[r].iter().fold(0u32, |acc, c| acc * 10 + u32::from(c - b'0')) };
        let (y, m, d) = (n(0..4) as i32, n(5..7), n(8..10));
        let reason = if y == 0 {
            "year out of range"
        } else if !(1..=12).contains(&m) {
            "month out of range"
        } else if d == 0 || d > u32::from(days_in_month(y, m as u8)) {
            "day out of range"
        } else {
            return Ok(Date { y, m: m as u8, d: d as u8 });
        };
        Err(DateError::new(s, reason))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date as \"YYYY-MM-DD\"")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Date, E> {
                v.parse().map_err(E::custom)
            }
        }
        d.deserialize_str(V)
    }
}

// ---------------------------------------------------------------------------
// Publication date
// ---------------------------------------------------------------------------

/// How far into the body a dateline or timestamp may start.
const DATELINE_WINDOW: usize = 400;

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
pub fn body_start(text: &str) -> usize {
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
pub fn publication_date(text: &str) -> Option<(Date, Range<usize>)> {
    if let Some((d, span, _)) = date_prefix(text) {
        return Some((d, span));
    }
    let lim = floor_boundary(text, DATELINE_WINDOW + 80);
    let p = Parser::new(text, 0..lim, None, true);
    for i in 0..p.t.len() {
        if p.t[i].s >= DATELINE_WINDOW {
            break;
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

// ---------------------------------------------------------------------------
// Tense
// ---------------------------------------------------------------------------

/// The tense a sentence gives a time expression, used to resolve bare
/// weekdays ("on Tuesday") and months ("in May").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tense {
    /// Reported as having happened: the most recent such day or month.
    Past,
    /// Announced or planned: the coming such day or month.
    Future,
    /// No cue: the nearest such day or month.
    Unknown,
}

/// The tense cue of one word, given the word before it and the token after it
/// (both lowercase-insensitive; `next` may be punctuation).
///
/// * Future: `will`, `shall`, `would`, `upcoming`, `next`, `scheduled`,
///   `slated`, `planned`, `won't`, `to be`, and `set|plan|plans|planning|
///   expected|expects|due|going|poised|aims|intends to`.
/// * Past: `was`, `were`, `had`, `did`, `said`, `told`, `ago`, `earlier`,
///   `yesterday`, `last`, common irregular past forms (`met`, `held`, `took`,
///   ...), and words ending in `-ed` (minus a list of adjectives and non-verbs);
///   a participle right after `be`/`been`/`being`/`is`/`are`/`am` is passive
///   or adjectival and gives no cue ("will be held", "is expected").
pub fn word_cue(prev: Option<&str>, word: &str, next: Option<&str>) -> Option<Tense> {
    let is = |w: &str| word.eq_ignore_ascii_case(w);
    let any = |ws: &[&str]| ws.iter().any(|w| word.eq_ignore_ascii_case(w));
    let next_is = |w: &str| next.is_some_and(|n| n.eq_ignore_ascii_case(w));
    if any(&["will", "shall", "would", "upcoming", "next", "scheduled", "slated", "planned"]) {
        return Some(Tense::Future);
    }
    if (is("won") && next_is("'")) || (is("to") && next_is("be")) {
        return Some(Tense::Future);
    }
    if any(&["set", "plan", "plans", "planning", "expected", "expects", "due", "going", "poised", "aims", "intends"]) {
        return if next_is("to") { Some(Tense::Future) } else { None };
    }
    if any(&["was", "were", "had", "did", "said", "told", "ago", "earlier", "yesterday", "last"]) {
        return Some(Tense::Past);
    }
    let passive =
        prev.is_some_and(|p| ["be", "been", "being", "is", "are", "am"].iter().any(|w| p.eq_ignore_ascii_case(w)));
    if any(&[
        "met", "held", "took", "went", "came", "saw", "made", "gave", "left", "began", "spoke", "fell", "rose", "grew",
        "shot", "hit", "ran", "swept", "killed", "struck", "fled", "sent", "fought", "lost", "won", "led", "broke",
        "drew", "flew", "arrived", "paid", "sought", "wrote", "stood", "brought", "hosted",
    ]) {
        return if passive { None } else { Some(Tense::Past) };
    }
    let b = word.as_bytes();
    if b.len() >= 5 && b[b.len() - 2..].eq_ignore_ascii_case(b"ed") {
        const NOT_VERBS: &[&str] = &[
            "need",
            "needed",
            "speed",
            "proceed",
            "exceed",
            "succeed",
            "indeed",
            "embed",
            "breed",
            "bleed",
            "greed",
            "creed",
            "hundred",
            "sacred",
            "kindred",
            "wicked",
            "naked",
            "rugged",
            "biased",
            "united",
            "limited",
            "based",
            "related",
            "armed",
            "advanced",
            "detailed",
            "concerned",
            "interested",
            "unprecedented",
            "alleged",
            "skilled",
            "talented",
            "dedicated",
            "sophisticated",
            "complicated",
            "renewed",
            "speed",
            "freed",
            "agreed",
        ];
        if passive || NOT_VERBS.iter().any(|w| word.eq_ignore_ascii_case(w)) {
            return None;
        }
        return Some(Tense::Past);
    }
    None
}

/// The tense of `text[range]` for an expression starting at byte `at`: the
/// nearest cue ([`word_cue`]) before `at` in the range decides; when there is
/// none, the nearest cue after it.
pub fn tense(text: &str, range: Range<usize>, at: usize) -> Tense {
    let p = Parser::new(text, range, None, false);
    let i = p.t.iter().position(|t| t.s >= at).unwrap_or(p.t.len());
    p.tense_at(i, i)
}

// ---------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Num,
    Punct,
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    s: usize,
    e: usize,
    k: Kind,
    /// Value of a number (saturating).
    v: u32,
}

/// Splits `text[range]` into words (alphabetic runs), numbers (ASCII digit
/// runs) and single punctuation chars; whitespace separates. Empty when the
/// range is not valid for `text`.
fn tokenize(text: &str, range: Range<usize>) -> Vec<Tok> {
    let mut out = Vec::new();
    let Some(slice) = text.get(range.clone()) else {
        return out;
    };
    let base = range.start;
    let mut it = slice.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        let s = base + i;
        let mut e = s + c.len_utf8();
        if c.is_ascii_digit() {
            let mut v = c as u32 - u32::from(b'0');
            while let Some(&(j, d)) = it.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                v = v.saturating_mul(10).saturating_add(d as u32 - u32::from(b'0'));
                e = base + j + 1;
                it.next();
            }
            out.push(Tok { s, e, k: Kind::Num, v });
        } else if c.is_alphabetic() {
            while let Some(&(j, d)) = it.peek() {
                if !d.is_alphabetic() {
                    break;
                }
                e = base + j + d.len_utf8();
                it.next();
            }
            out.push(Tok { s, e, k: Kind::Word, v: 0 });
        } else {
            out.push(Tok { s, e, k: Kind::Punct, v: 0 });
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Time expressions
// ---------------------------------------------------------------------------

/// A time expression found in text, resolved against a reference date when possible.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TimeExpr {
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
pub fn find_times(text: &str, range: Range<usize>, reference: Option<Date>) -> Vec<TimeExpr> {
    find_times_with(text, range, reference, true)
}

/// Every word the parser reads (lower case, sorted), and whether it is an anchor: a
/// month, a weekday, an abbreviation of one, or a word of a relative expression (`today`,
/// `week`, `ago`). An expression starts with a number or one of these words, so no parse
/// is tried at any other token.
const VOCABULARY: &[(&str, bool)] = &[
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
const ANCHOR_REACH: usize = 8;

/// Whether token `t` can anchor a time expression: a number, a month, a weekday, or a
/// word such as `today`, `week`, `ago`. Every expression holds one within
/// [`ANCHOR_REACH`] tokens of its start.
fn is_anchor(text: &str, t: &Tok) -> bool {
    match t.k {
        Kind::Num => true,
        Kind::Punct => false,
        Kind::Word => lookup(&text.as_bytes()[t.s..t.e]) == Some(true),
    }
}

/// Whether an expression may start at token `t`: a number, punctuation, or a word of the
/// parser's [`VOCABULARY`].
fn may_start(text: &str, t: &Tok) -> bool {
    match t.k {
        Kind::Num | Kind::Punct => true,
        Kind::Word => lookup(&text.as_bytes()[t.s..t.e]).is_some(),
    }
}

/// The [`VOCABULARY`] entry of a word, in any ASCII case: whether it is an anchor.
fn lookup(word: &[u8]) -> Option<bool> {
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
            while anchor < p.t.len() && !is_anchor(text, &p.t[anchor]) {
                anchor += 1;
            }
            if anchor == p.t.len() {
                break;
            }
            if anchor - i > ANCHOR_REACH {
                i = anchor - ANCHOR_REACH;
            }
            if !may_start(text, &p.t[i]) {
                i += 1;
                continue;
            }
        }
        if let Some(h) = p.parse_at(i) {
            if h.end > i && h.end <= p.t.len() {
                out.push(TimeExpr { span: p.t[i].s..p.t[h.end - 1].e, start: h.start, end: h.last });
                i = h.end;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// How to pick among the occurrences of a weekday or month around the reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dir {
    /// On or before the reference.
    Past,
    /// On or after the reference.
    Future,
    /// The nearest.
    Nearest,
    /// Strictly before ("last Tuesday").
    Last,
    /// Strictly after ("next Tuesday").
    Next,
    /// In the current week / year ("this Tuesday").
    This,
}

impl From<Tense> for Dir {
    fn from(t: Tense) -> Dir {
        match t {
            Tense::Past => Dir::Past,
            Tense::Future => Dir::Future,
            Tense::Unknown => Dir::Nearest,
        }
    }
}

/// A match: tokens `[i, end)`, resolved days, and whether it is a bare weekday.
#[derive(Debug, Clone, Copy)]
struct Hit {
    end: usize,
    start: Option<Date>,
    last: Option<Date>,
    bare_weekday: bool,
}

impl Hit {
    fn new(end: usize, start: Option<Date>, last: Option<Date>) -> Hit {
        Hit { end, start, last, bare_weekday: false }
    }
    fn day(end: usize, d: Option<Date>) -> Hit {
        Hit::new(end, d, d)
    }
}

/// Part of a month or year ("early", "mid", "late").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Early,
    Mid,
    Late,
}

/// Relative expressions of fixed words.
#[derive(Debug, Clone, Copy)]
enum Rel {
    Day(i64),
    Week(i64),
    Month(i64),
    Year(i64),
    Weekend(i64),
    EarlierWeek,
    LaterWeek,
    EarlierMonth,
    LaterMonth,
    EarlierYear,
    LaterYear,
    /// Reference + a ..= reference + b days.
    Days(i64, i64),
}

const FIXED: &[(&[&str], Rel)] = &[
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

const MONTHS: &[&str] = &[
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

const MONTH_ABBR: &[(&str, u8)] = &[
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

const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

const WEEKDAY_ABBR: &[(&str, u8)] = &[
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

const NUMBER_WORDS: &[(&str, u32)] = &[
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

const PARTS_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

struct Parser<'a> {
    text: &'a str,
    t: Vec<Tok>,
    r: Option<Date>,
    /// `prev_cue[i]`: the nearest cue among tokens `< i`.
    prev_cue: Vec<Tense>,
    /// `next_cue[i]`: the nearest cue among tokens `>= i`.
    next_cue: Vec<Tense>,
    /// Dateline mode: weekday abbreviations, m/d/yy after a time stamp.
    dateline: bool,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str, range: Range<usize>, r: Option<Date>, dateline: bool) -> Parser<'a> {
        let t = tokenize(text, range);
        let n = t.len();
        let mut p = Parser { text, t, r, prev_cue: Vec::new(), next_cue: Vec::new(), dateline };
        if dateline {
            return p;
        }
        let cues: Vec<Option<Tense>> = (0..n)
            .map(|i| {
                if p.t[i].k != Kind::Word {
                    return None;
                }
                let prev = i.checked_sub(1).and_then(|j| p.word(j));
                let next = p.t.get(i + 1).map(|_| p.s(i + 1));
                word_cue(prev, p.s(i), next)
            })
            .collect();
        let mut prev = Vec::with_capacity(n + 1);
        prev.push(Tense::Unknown);
        for (i, c) in cues.iter().enumerate() {
            prev.push(c.unwrap_or(prev[i]));
        }
        let mut next = vec![Tense::Unknown; n + 1];
        for i in (0..n).rev() {
            next[i] = cues[i].unwrap_or(next[i + 1]);
        }
        p.prev_cue = prev;
        p.next_cue = next;
        p
    }

    // ----- token helpers -----

    fn s(&self, i: usize) -> &'a str {
        self.t.get(i).and_then(|t| self.text.get(t.s..t.e)).unwrap_or("")
    }

    fn word(&self, i: usize) -> Option<&'a str> {
        match self.t.get(i) {
            Some(t) if t.k == Kind::Word => Some(self.s(i)),
            _ => None,
        }
    }

    fn is(&self, i: usize, w: &str) -> bool {
        self.word(i).is_some_and(|s| s.eq_ignore_ascii_case(w))
    }

    fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        self.word(i).is_some_and(|s| ws.iter().any(|w| s.eq_ignore_ascii_case(w)))
    }

    fn punct(&self, i: usize, c: &str) -> bool {
        self.t.get(i).is_some_and(|t| t.k == Kind::Punct) && self.s(i) == c
    }

    fn dash(&self, i: usize) -> bool {
        self.punct(i, "-") || self.punct(i, "–") || self.punct(i, "—")
    }

    /// A number token: (value, digit count).
    fn num(&self, i: usize) -> Option<(u32, usize)> {
        match self.t.get(i) {
            Some(t) if t.k == Kind::Num => Some((t.v, t.e - t.s)),
            _ => None,
        }
    }

    /// Tokens `i` and `i + 1` touch (no whitespace between).
    fn adj(&self, i: usize) -> bool {
        match (self.t.get(i), self.t.get(i + 1)) {
            (Some(a), Some(b)) => a.e == b.s,
            _ => false,
        }
    }

    fn starts_upper(&self, i: usize) -> bool {
        self.s(i).bytes().next().is_some_and(|b| b.is_ascii_uppercase())
    }

    /// Tense for an expression on tokens `[s, e)`.
    fn tense_at(&self, s: usize, e: usize) -> Tense {
        match self.prev_cue.get(s) {
            Some(Tense::Unknown) | None => self.next_cue.get(e).copied().unwrap_or(Tense::Unknown),
            Some(&t) => t,
        }
    }

    // ----- lexical classes -----

    /// A month name at `i`: full names in any case ("May" and "March" only
    /// capitalised), abbreviations ("Aug", "Sept") capitalised.
    fn month_of(&self, i: usize) -> Option<u8> {
        let w = self.word(i)?;
        if let Some(k) = MONTHS.iter().position(|m| w.eq_ignore_ascii_case(m)) {
            if (k == 2 || k == 4) && !self.starts_upper(i) {
                return None;
            }
            return Some(k as u8 + 1);
        }
        let (_, m) = MONTH_ABBR.iter().find(|(a, _)| w.eq_ignore_ascii_case(a))?;
        if self.starts_upper(i) {
            Some(*m)
        } else {
            None
        }
    }

    /// Month at `i` plus an optional abbreviation dot: (month, next index).
    fn month_at(&self, i: usize) -> Option<(u8, usize)> {
        let m = self.month_of(i)?;
        let mut j = i + 1;
        let abbr = MONTH_ABBR.iter().any(|(a, _)| self.s(i).eq_ignore_ascii_case(a));
        if abbr && self.punct(j, ".") && self.adj(i) {
            j += 1;
        }
        Some((m, j))
    }

    /// A weekday name (full, any case; abbreviations only when `abbr`).
    fn weekday_of(&self, i: usize, abbr: bool) -> Option<u8> {
        let w = self.word(i)?;
        if let Some(k) = WEEKDAYS.iter().position(|d| w.eq_ignore_ascii_case(d)) {
            return Some(k as u8);
        }
        if !abbr || !self.starts_upper(i) {
            return None;
        }
        WEEKDAY_ABBR.iter().find(|(a, _)| w.eq_ignore_ascii_case(a)).map(|&(_, d)| d)
    }

    /// A day-of-month number at `i` (1..=31, at most two digits, optional
    /// ordinal suffix), not part of a time or a decimal: (day, next index).
    fn day_at(&self, i: usize) -> Option<(u8, usize)> {
        let (v, len) = self.num(i)?;
        if len > 2 || !(1..=31).contains(&v) {
            return None;
        }
        if i > 0 && self.adj(i - 1) && (self.punct(i - 1, ":") || self.punct(i - 1, ".")) {
            return None;
        }
        let mut j = i + 1;
        if self.adj(i) {
            if self.punct(j, ":") || self.punct(j, "%") || self.punct(j, "/") {
                return None;
            }
            if self.punct(j, ".") && self.adj(j) && self.num(j + 1).is_some() {
                return None;
            }
            if self.is_any(j, &["st", "nd", "rd", "th"]) {
                j += 1;
            } else if self.t.get(j).is_some_and(|t| t.k == Kind::Word) {
                return None;
            }
        }
        Some((v as u8, j))
    }

    /// A four-digit year at `i`.
    fn year_at(&self, i: usize) -> Option<i32> {
        let (v, len) = self.num(i)?;
        if len != 4 || v < 1000 {
            return None;
        }
        if self.adj(i) && (self.punct(i + 1, ":") || self.t.get(i + 1).is_some_and(|t| t.k == Kind::Word)) {
            return None;
        }
        Some(v as i32)
    }

    /// A small count: digits (1..=999) or a number word.
    fn count_at(&self, i: usize) -> Option<u32> {
        if let Some((v, len)) = self.num(i) {
            return (len <= 3 && v >= 1).then_some(v);
        }
        let w = self.word(i)?;
        NUMBER_WORDS.iter().find(|(n, _)| w.eq_ignore_ascii_case(n)).map(|&(_, v)| v)
    }

    fn unit_at(&self, i: usize) -> Option<Unit> {
        let w = self.word(i)?;
        let u = [
            ("day", Unit::Day),
            ("days", Unit::Day),
            ("week", Unit::Week),
            ("weeks", Unit::Week),
            ("month", Unit::Month),
            ("months", Unit::Month),
            ("year", Unit::Year),
            ("years", Unit::Year),
        ];
        u.iter().find(|(n, _)| w.eq_ignore_ascii_case(n)).map(|&(_, u)| u)
    }

    /// A time stamp ("07:12", "07:12 PM", "07:12,") right before token `i`.
    fn time_before(&self, i: usize) -> bool {
        let mut j = i;
        if j > 0 && self.punct(j - 1, ",") {
            j -= 1;
        }
        for _ in 0..2 {
            if j > 0 && self.is_any(j - 1, &["am", "pm", "ist", "gmt", "utc", "et", "est", "edt"]) {
                j -= 1;
            }
        }
        j >= 3
            && self.num(j - 1).is_some()
            && self.punct(j - 2, ":")
            && self.num(j - 3).is_some()
            && self.adj(j - 3)
            && self.adj(j - 2)
    }

    // ----- resolution helpers -----

    /// Resolves a day without a year: the nearest occurrence to the
    /// reference; with `Dir::Past` the latest one on or before it, with
    /// `Dir::Future` the first one on or after it (falling back to the nearest).
    fn near_year(&self, m: u8, d: u8, dir: Dir) -> Option<Date> {
        let r = self.r?;
        let cands = (r.y - 1..=r.y + 1).filter_map(|y| Date::ymd(y, m, d));
        let pick = match dir {
            Dir::Past | Dir::Last => cands.clone().filter(|c| *c <= r).max(),
            Dir::Future | Dir::Next => cands.clone().filter(|c| *c >= r).min(),
            _ => None,
        };
        pick.or_else(|| cands.min_by_key(|c| r.days_until(*c).abs()))
    }

    /// The year of month `m` relative to the reference, by direction.
    fn month_year(&self, m: u8, dir: Dir) -> Option<i32> {
        let r = self.r?;
        let y = r.y;
        Some(match dir {
            Dir::This => y,
            Dir::Last => {
                if m < r.m {
                    y
                } else {
                    y - 1
                }
            }
            Dir::Next => {
                if m > r.m {
                    y
                } else {
                    y + 1
                }
            }
            _ if m == r.m => y,
            Dir::Past => {
                if m < r.m {
                    y
                } else {
                    y - 1
                }
            }
            Dir::Future => {
                if m > r.m {
                    y
                } else {
                    y + 1
                }
            }
            Dir::Nearest => {
                let diff = i32::from(m) - i32::from(r.m);
                if diff > 6 {
                    y - 1
                } else if diff < -6 {
                    y + 1
                } else {
                    y
                }
            }
        })
    }

    /// The weekday `wd` relative to the reference, by direction.
    fn weekday_date(&self, wd: u8, dir: Dir) -> Option<Date> {
        let r = self.r?;
        let back = i64::from((r.weekday() + 7 - wd) % 7);
        let fwd = (7 - back) % 7;
        let off = match dir {
            Dir::Past => -back,
            Dir::Future => fwd,
            Dir::Nearest => {
                if back <= fwd {
                    -back
                } else {
                    fwd
                }
            }
            Dir::Last => {
                if back == 0 {
                    -7
                } else {
                    -back
                }
            }
            Dir::Next => {
                if fwd == 0 {
                    7
                } else {
                    fwd
                }
            }
            Dir::This => i64::from(wd) - i64::from(r.weekday()),
        };
        r.add_days(off)
    }

    fn rel(&self, rel: Rel) -> (Option<Date>, Option<Date>) {
        let Some(r) = self.r else {
            return (None, None);
        };
        let mon = r.monday();
        let week = |n: i64| {
            let m = mon.and_then(|m| m.add_days(7 * n));
            (m, m.and_then(|m| m.add_days(6)))
        };
        let month = |n: i64| {
            let f = r.month_start_offset(n);
            (f, f.map(Date::last_of_month))
        };
        let year = |n: i64| {
            let y = i64::from(r.y) + n;
            let y = i32::try_from(y).ok();
            (y.and_then(|y| Date::ymd(y, 1, 1)), y.and_then(|y| Date::ymd(y, 12, 31)))
        };
        match rel {
            Rel::Day(n) => {
                let d = r.add_days(n);
                (d, d)
            }
            Rel::Days(a, b) => (r.add_days(a), r.add_days(b)),
            Rel::Week(n) => week(n),
            Rel::Month(n) => month(n),
            Rel::Year(n) => year(n),
            Rel::Weekend(n) => {
                let sat = mon.and_then(|m| m.add_days(5 + 7 * n));
                (sat, sat.and_then(|s| s.add_days(1)))
            }
            Rel::EarlierWeek => (mon, Some(r)),
            Rel::LaterWeek => (Some(r), week(0).1),
            Rel::EarlierMonth => (Some(r.first_of_month()), Some(r)),
            Rel::LaterMonth => (Some(r), Some(r.last_of_month())),
            Rel::EarlierYear => (Date::ymd(r.y, 1, 1), Some(r)),
            Rel::LaterYear => (Some(r), Date::ymd(r.y, 12, 31)),
        }
    }

    /// The period `n` units from the reference (the day, its week, its month, its year).
    fn unit_period(&self, n: i64, u: Unit) -> (Option<Date>, Option<Date>) {
        match u {
            Unit::Day => self.rel(Rel::Day(n)),
            Unit::Week => {
                let Some(d) = self.r.and_then(|r| r.add_days(7 * n)) else {
                    return (None, None);
                };
                let m = d.monday();
                (m, m.and_then(|m| m.add_days(6)))
            }
            Unit::Month => self.rel(Rel::Month(n)),
            Unit::Year => self.rel(Rel::Year(n)),
        }
    }

    /// The reference minus `n` units.
    fn back_units(&self, n: i64, u: Unit) -> Option<Date> {
        let r = self.r?;
        match u {
            Unit::Day => r.add_days(-n),
            Unit::Week => r.add_days(-7 * n),
            Unit::Month => r.add_months_clamped(-n),
            Unit::Year => r.add_months_clamped(-12 * n),
        }
    }

    // ----- grammar -----

    /// Bounds and ranges around a core expression: "from A to B", "between A
    /// and B", "since A", "by A", "until A".
    fn parse_at(&self, i: usize) -> Option<Hit> {
        if self.is_any(i, &["from", "between"]) {
            if let Some(a) = self.prefixed(i + 1, Dir::Nearest, true) {
                let j = a.end;
                let conn = if self.is(i, "between") {
                    self.is(j, "and")
                } else {
                    self.is_any(j, &["to", "until", "till", "through"]) || self.dash(j)
                };
                if conn {
                    if let Some(b) = self.prefixed(j + 1, Dir::Nearest, true) {
                        let mut last = b.last;
                        if let (true, Some(s), Some(l)) = (b.bare_weekday, a.start, b.last) {
                            if l < s {
                                last = l.add_days(7);
                            }
                        }
                        return Some(Hit::new(b.end, a.start, last));
                    }
                }
                return Some(if self.is(i, "from") { self.with_duration(i, a) } else { a });
            }
            return None;
        }
        if self.is(i, "since") {
            let a = self.prefixed(i + 1, Dir::Past, true)?;
            return Some(Hit::new(a.end, a.start, self.r.or(a.last)));
        }
        if self.is_any(i, &["by", "until", "till"]) {
            // A bound looks ahead unless a past-tense cue stands before it.
            let dir = match self.prev_cue.get(i) {
                Some(Tense::Past) => Dir::Past,
                _ => Dir::Future,
            };
            let a = self.prefixed(i + 1, dir, true)?;
            let start = match (self.r, a.last) {
                (Some(r), Some(l)) if r <= l => Some(r),
                _ => a.start,
            };
            return Some(Hit::new(a.end, start, a.last));
        }
        self.prefixed(i, Dir::Nearest, false)
    }

    /// "a three-day visit starting Wednesday": a hit lengthened to N days
    /// when "N-day" stands shortly before token `i`.
    fn with_duration(&self, i: usize, a: Hit) -> Hit {
        let lo = i.saturating_sub(12);
        for k in (lo..i).rev() {
            if k >= 2 && self.is(k, "day") && self.dash(k - 1) && self.adj(k - 1) {
                if let Some(n) = self.count_at(k - 2) {
                    if (1..=60).contains(&n) {
                        let last = a.start.and_then(|s| s.add_days(i64::from(n) - 1));
                        return Hit::new(a.end, a.start, last);
                    }
                }
            }
        }
        a
    }

    /// Prefixes that only widen the span: "on", "in", "during", "early on",
    /// "starting", "beginning".
    fn prefixed(&self, i: usize, dir: Dir, trig: bool) -> Option<Hit> {
        if self.is_any(i, &["early", "late", "earlier", "later"])
            && self.is(i + 1, "on")
            && self.weekday_of(i + 2, false).is_some()
        {
            return self.weekday_form(i + 2, dir, None);
        }
        if self.is(i, "on") {
            return self.weekday_form(i + 1, dir, None).or_else(|| self.abs_date(i + 1, false, dir));
        }
        if self.is_any(i, &["in", "during"]) {
            if self.is(i, "in") {
                if let Some(h) = self.fixed(i) {
                    return Some(h);
                }
                if let Some(n) = self.count_at(i + 1) {
                    if let Some(u) = self.unit_at(i + 2) {
                        if !self.is(i + 3, "ago") {
                            let (s, e) = self.unit_period(i64::from(n), u);
                            return Some(Hit::new(i + 3, s, e));
                        }
                    }
                }
            }
            return self.base(i + 1, dir, true, true);
        }
        if self.is_any(i, &["starting", "beginning"]) {
            let a = self.base(i + 1, dir, true, false)?;
            return Some(self.with_duration(i, a));
        }
        self.base(i, dir, trig, trig)
    }

    /// Fixed relative phrases ("later this month", "yesterday morning").
    fn fixed(&self, i: usize) -> Option<Hit> {
        let first = self.word(i)?;
        for (words, rel) in FIXED {
            if words[0].eq_ignore_ascii_case(first) && words.iter().enumerate().skip(1).all(|(k, w)| self.is(i + k, w))
            {
                let mut end = i + words.len();
                if matches!(rel, Rel::Day(-1) | Rel::Day(1)) && self.is_any(end, PARTS_OF_DAY) {
                    end += 1;
                }
                let (s, e) = self.rel(*rel);
                return Some(Hit::new(end, s, e));
            }
        }
        None
    }

    /// The core forms, without bounds or prefixes.
    fn base(&self, i: usize, dir: Dir, trig: bool, allow_year: bool) -> Option<Hit> {
        if let Some(h) = self.fixed(i) {
            return Some(h);
        }
        // "two days ago", "a week ago"
        if let (Some(n), Some(u)) = (self.count_at(i), self.unit_at(i + 1)) {
            if self.is(i + 2, "ago") {
                let (s, e) = self.unit_period(-i64::from(n), u);
                return Some(Hit::new(i + 3, s, e));
            }
        }
        // "the past week", "the last three days"
        if self.is(i, "the") && self.is_any(i + 1, &["past", "last", "previous"]) {
            let (n, j) = match self.count_at(i + 2) {
                Some(n) if self.word(i + 2) != Some("a") => (n, i + 3),
                _ => (1, i + 2),
            };
            if let Some(u) = self.unit_at(j) {
                return Some(Hit::new(j + 1, self.back_units(i64::from(n), u), self.r));
            }
        }
        // qualified weekdays and months
        let qual = if self.is(i, "last") {
            Some(Dir::Last)
        } else if self.is(i, "next") {
            Some(Dir::Next)
        } else if self.is_any(i, &["this", "coming"]) {
            Some(Dir::This)
        } else {
            None
        };
        if let Some(q) = qual {
            if self.weekday_of(i + 1, false).is_some() {
                let q = if self.is(i, "coming") { Dir::Next } else { q };
                return self.weekday_form(i + 1, q, Some(q));
            }
            if self.month_of(i + 1).is_some() {
                if let Some(h) = self.month_form(i + 1, q, true) {
                    return Some(h);
                }
            }
        }
        if self.weekday_of(i, false).is_some() {
            return self.weekday_form(i, dir, None);
        }
        if let Some(h) = self.abs_date(i, false, dir) {
            return Some(h);
        }
        if let Some(h) = self.month_form(i, dir, trig) {
            return Some(h);
        }
        if allow_year {
            if let Some(y) = self.year_at(i) {
                if (1800..=2200).contains(&y) && !(self.dash(i + 1) && self.num(i + 2).is_some()) {
                    return Some(Hit::new(i + 1, Date::ymd(y, 1, 1), Date::ymd(y, 12, 31)));
                }
            }
        }
        None
    }

    /// A weekday and what may follow it: an absolute date ("Thursday,
    /// December 14", "Saturday (18 February)"), a second weekday ("Friday and
    /// Saturday"), a part of the day ("Tuesday night").
    fn weekday_form(&self, i: usize, dir: Dir, qual: Option<Dir>) -> Option<Hit> {
        let wd = self.weekday_of(i, false)?;
        let mut j = i + 1;
        if qual.is_none() {
            let k = if self.punct(j, ",") { j + 1 } else { j };
            if let Some(h) = self.abs_date(k, false, dir) {
                return Some(h);
            }
            if self.punct(j, "(") {
                if let Some(h) = self.abs_date(j + 1, false, dir) {
                    if self.punct(h.end, ")") {
                        return Some(Hit { end: h.end + 1, ..h });
                    }
                }
            }
        }
        let mut wd2 = None;
        if self.is_any(j, &["and", "or"]) || self.dash(j) {
            if let Some(w) = self.weekday_of(j + 1, false) {
                wd2 = Some(w);
                j += 2;
            }
        }
        if self.is_any(j, PARTS_OF_DAY) {
            j += 1;
        }
        let dir = match qual {
            Some(q) => q,
            None if dir == Dir::Nearest => Dir::from(self.tense_at(i, j)),
            None => dir,
        };
        let start = self.weekday_date(wd, dir);
        let last = match wd2 {
            Some(w2) => start.and_then(|s| s.add_days(i64::from((w2 + 7 - wd) % 7))),
            None => start,
        };
        Some(Hit { end: j, start, last, bare_weekday: qual.is_none() && wd2.is_none() })
    }

    /// Absolute dates: ISO, numeric with slashes, "Month D[, YYYY]", "D Month
    /// [YYYY]", and day ranges ("Nov 3-6", "3-6 November", "November 30 -
    /// December 2"). `need_year` rejects dates without a year.
    ///
    /// A date without a year is the nearest such day to the reference, or the
    /// coming one when a future cue ([`word_cue`]) governs it; `dir` (from
    /// "since", "by", "until") overrides.
    fn abs_date(&self, i: usize, need_year: bool, dir: Dir) -> Option<Hit> {
        if let Some(h) = self.numeric_date(i) {
            return Some(h);
        }
        let dir = if dir == Dir::Nearest && self.r.is_some() && self.tense_at(i, i) == Tense::Future {
            Dir::Future
        } else {
            dir
        };
        // Month D [tail] [, YYYY]
        if let Some((m, j)) = self.month_at(i) {
            let (d, mut j) = self.day_at(j)?;
            let mut tail: Option<(u8, u8)> = None;
            if self.dash(j) || self.is_any(j, &["to", "through", "until", "till", "and"]) {
                if let Some((d2, k)) = self.day_at(j + 1) {
                    if d2 > d && self.month_of(k).is_none() {
                        tail = Some((m, d2));
                        j = k;
                    }
                } else if let Some((m2, k)) = self.month_at(j + 1) {
                    if let Some((d2, k2)) = self.day_at(k) {
                        tail = Some((m2, d2));
                        j = k2;
                    }
                }
            }
            let (y, j) = self.opt_year(j);
            return self.finish(j, y, (m, d), tail, need_year, dir);
        }
        // D [tail] [of] Month [tail] [YYYY]
        let (d, mut j) = self.day_at(i)?;
        let mut d2 = None;
        if self.dash(j) || self.is_any(j, &["to", "and", "through", "until", "till"]) {
            if let Some((dd, k)) = self.day_at(j + 1) {
                if dd > d && self.month_of(k).is_some() {
                    d2 = Some(dd);
                    j = k;
                }
            }
        }
        if self.is(j, "of") {
            j += 1;
        }
        let (m, mut j) = self.month_at(j)?;
        let mut tail = d2.map(|d2| (m, d2));
        if tail.is_none() && (self.dash(j) || self.is_any(j, &["to", "until", "till", "through"])) {
            if let Some((dd, k)) = self.day_at(j + 1) {
                if let Some((m2, k2)) = self.month_at(k) {
                    tail = Some((m2, dd));
                    j = k2;
                }
            }
        }
        let (y, j) = self.opt_year(j);
        self.finish(j, y, (m, d), tail, need_year, dir)
    }

    /// An optional ", YYYY" at `j`.
    fn opt_year(&self, j: usize) -> (Option<i32>, usize) {
        let k = if self.punct(j, ",") { j + 1 } else { j };
        match self.year_at(k) {
            Some(y) => (Some(y), k + 1),
            None => (None, j),
        }
    }

    /// Validates and resolves a "Month D" style date with an optional range tail.
    fn finish(
        &self,
        end: usize,
        y: Option<i32>,
        (m, d): (u8, u8),
        tail: Option<(u8, u8)>,
        need_year: bool,
        dir: Dir,
    ) -> Option<Hit> {
        if need_year && y.is_none() {
            return None;
        }
        // Valid in some year (Feb 29 in a leap year).
        if d > days_in_month(2024, m) || tail.is_some_and(|(m2, d2)| d2 > days_in_month(2024, m2)) {
            return None;
        }
        let start = match y {
            Some(y) => Some(Date::ymd(y, m, d)?),
            None => self.near_year(m, d, dir),
        };
        let last = match (tail, start) {
            (None, _) => start,
            (Some(_), None) => None,
            (Some((m2, d2)), Some(s)) => {
                let e = Date::ymd(s.y, m2, d2).or_else(|| Date::ymd(s.y + 1, m2, d2));
                match e {
                    Some(e) if e < s => Date::ymd(s.y + 1, m2, d2),
                    e => e,
                }
            }
        };
        Some(Hit::new(end, start, last))
    }

    /// "2024-08-19", "2024/08/19", "19/08/2024" (unambiguous only), and in
    /// datelines "12/15/23" after a time stamp.
    fn numeric_date(&self, i: usize) -> Option<Hit> {
        let (a, alen) = self.num(i)?;
        let sep = if self.punct(i + 1, "-") {
            "-"
        } else if self.punct(i + 1, "/") {
            "/"
        } else {
            return None;
        };
        let shape = self.adj(i) && self.adj(i + 1) && self.adj(i + 2) && self.adj(i + 3) && self.punct(i + 3, sep);
        if !shape {
            return None;
        }
        let (b, blen) = self.num(i + 2)?;
        let (c, clen) = self.num(i + 4)?;
        // Not part of a longer numeric run.
        let t_time = sep == "-" && self.word(i + 5).is_some_and(|w| w == "T");
        if self.adj(i + 4)
            && !t_time
            && (self.punct(i + 5, sep) || self.t.get(i + 5).is_some_and(|t| t.k != Kind::Punct))
        {
            return None;
        }
        if i > 0 && self.adj(i - 1) && (self.punct(i - 1, sep) || self.t.get(i - 1).is_some_and(|t| t.k != Kind::Punct))
        {
            return None;
        }
        let small = |l: usize| (1..=2).contains(&l);
        let date = if alen == 4 && small(blen) && small(clen) {
            Date::ymd(a as i32, b as u8, c as u8)
        } else if sep == "/" && small(alen) && small(blen) && (clen == 4 || clen == 2) {
            let y = if clen == 2 { 2000 + c as i32 } else { c as i32 };
            let us = self.dateline && self.time_before(i);
            if clen == 2 && !us {
                return None;
            }
            if us {
                Date::ymd(y, a as u8, b as u8)
            } else if a > 12 && b <= 12 {
                Date::ymd(y, b as u8, a as u8)
            } else if b > 12 && a <= 12 {
                Date::ymd(y, a as u8, b as u8)
            } else {
                None
            }
        } else {
            None
        };
        let date = date?;
        Some(Hit::day(i + 5, Some(date)))
    }

    /// Months: "May 2024", "in May", "early/mid/late May", "end of May",
    /// "May or June", "July-September", and "early 2023". A bare month needs
    /// a trigger (`trig`: "in", "by", "until", ...), a year, a part or a
    /// second month.
    fn month_form(&self, i: usize, dir: Dir, trig: bool) -> Option<Hit> {
        let mut j = i;
        let mut part = None;
        if self.is(j, "the") && self.is_any(j + 1, &["end", "beginning", "start", "middle"]) && self.is(j + 2, "of") {
            j += 1;
        }
        if self.is(j, "early") {
            part = Some(Part::Early);
            j += 1;
        } else if self.is(j, "mid") {
            part = Some(Part::Mid);
            j += 1;
            if self.dash(j) {
                j += 1;
            }
        } else if self.is(j, "late") {
            part = Some(Part::Late);
            j += 1;
        } else if self.is(j + 1, "of") {
            if self.is_any(j, &["beginning", "start"]) {
                part = Some(Part::Early);
            } else if self.is(j, "middle") {
                part = Some(Part::Mid);
            } else if self.is(j, "end") {
                part = Some(Part::Late);
            }
            if part.is_some() {
                j += 2;
            }
        }
        if let Some(p) = part {
            if let Some(y) = self.year_at(j) {
                let (a, b) = match p {
                    Part::Early => ((1, 1), (4, 30)),
                    Part::Mid => ((5, 1), (8, 31)),
                    Part::Late => ((9, 1), (12, 31)),
                };
                return Some(Hit::new(j + 1, Date::ymd(y, a.0, a.1), Date::ymd(y, b.0, b.1)));
            }
        }
        let (m, mut j) = self.month_at(j)?;
        let mut m2 = None;
        if part.is_none() && (self.dash(j) || self.is_any(j, &["or", "to", "and", "through", "until", "till"])) {
            if let Some((mm, k)) = self.month_at(j + 1) {
                m2 = Some(mm);
                j = k;
            }
        }
        let mut y = None;
        let k = if self.punct(j, ",") { j + 1 } else { j };
        if let Some(yy) = self.year_at(k) {
            y = Some(yy);
            j = k + 1;
        }
        if !trig && part.is_none() && m2.is_none() && y.is_none() {
            return None;
        }
        let dir = if dir == Dir::Nearest { Dir::from(self.tense_at(i, j)) } else { dir };
        let by = y.or_else(|| self.month_year(m, dir));
        let Some(by) = by else {
            return Some(Hit::new(j, None, None));
        };
        let first = Date::ymd(by, m, 1);
        let (start, last) = match (part, m2) {
            (_, Some(m2)) => {
                let y2 = if m2 >= m { by } else { by + 1 };
                (first, Date::ymd(y2, m2, 1).map(Date::last_of_month))
            }
            (None, None) => (first, first.map(Date::last_of_month)),
            (Some(Part::Early), None) => (first, Date::ymd(by, m, 10)),
            (Some(Part::Mid), None) => (Date::ymd(by, m, 11), Date::ymd(by, m, 20)),
            (Some(Part::Late), None) => (Date::ymd(by, m, 21), first.map(Date::last_of_month)),
        };
        Some(Hit::new(j, start, last))
    }
}

#[cfg(test)]
mod tests;
