//! The time grammar's parser: tokens with their tense cues, lexical classes, and the
//! helpers that resolve days against the reference date.

use std::cell::OnceCell;
use std::ops::Range;

use super::tense::{Tense, word_cue};
use super::tokens::{Kind, Tok, tokenize};
use super::words::*;
use crate::date::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Dir {
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
pub(super) struct Hit {
    pub(super) end: usize,
    pub(super) start: Option<Date>,
    pub(super) last: Option<Date>,
    pub(super) bare_weekday: bool,
}

impl Hit {
    pub(super) fn new(end: usize, start: Option<Date>, last: Option<Date>) -> Hit {
        Hit { end, start, last, bare_weekday: false }
    }
    pub(super) fn day(end: usize, d: Option<Date>) -> Hit {
        Hit::new(end, d, d)
    }
}

/// Part of a month or year ("early", "mid", "late").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    Early,
    Mid,
    Late,
}

/// Relative expressions of fixed words.
#[derive(Debug, Clone, Copy)]
pub(super) enum Rel {
    Day(i64),
    Week(i64),
    Month(i64),
    Year(i64),
    Weekend(i64),
    /// The calendar quarter `n` quarters from the reference's.
    Quarter(i64),
    EarlierWeek,
    LaterWeek,
    EarlierMonth,
    LaterMonth,
    EarlierYear,
    LaterYear,
    /// Reference + a ..= reference + b days.
    Days(i64, i64),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    Day,
    Week,
    Fortnight,
    Month,
    Year,
}

/// Per token, the nearest tense cue before it (`before[i]`: among tokens `< i`) and at or
/// after it (`after[i]`: among tokens `>= i`).
struct Cues {
    before: Vec<Tense>,
    after: Vec<Tense>,
}

pub(super) struct Parser<'a> {
    pub(super) text: &'a str,
    pub(super) t: Vec<Tok>,
    pub(super) r: Option<Date>,
    /// The tense cues around each token, computed when an expression first needs them.
    cues: OnceCell<Cues>,
    /// Dateline mode: weekday abbreviations, m/d/yy after a time stamp.
    pub(super) dateline: bool,
}

impl<'a> Parser<'a> {
    pub(super) fn new(text: &'a str, range: Range<usize>, r: Option<Date>, dateline: bool) -> Parser<'a> {
        let t = tokenize(text, range);
        Parser { text, t, r, cues: OnceCell::new(), dateline }
    }

    /// The tense cues of the range: per token, the nearest cue before it and the nearest at
    /// or after it.
    fn cues(&self) -> &Cues {
        self.cues.get_or_init(|| {
            let n = self.t.len();
            let cues: Vec<Option<Tense>> = (0..n)
                .map(|i| {
                    if self.dateline || self.t[i].k != Kind::Word {
                        return None;
                    }
                    let prev = i.checked_sub(1).and_then(|j| self.word(j));
                    let next = self.t.get(i + 1).map(|_| self.s(i + 1));
                    word_cue(prev, self.s(i), next)
                })
                .collect();
            let mut before = Vec::with_capacity(n + 1);
            before.push(Tense::Unknown);
            for (i, c) in cues.iter().enumerate() {
                before.push(c.unwrap_or(before[i]));
            }
            // A reporting verb after the expression dates the saying (`resume on May 3, the
            // airline said`), not the expression.
            let mut after = vec![Tense::Unknown; n + 1];
            for i in (0..n).rev() {
                let reporting = self.is_any(i, "said told");
                after[i] = cues[i].filter(|_| !reporting).unwrap_or(after[i + 1]);
            }
            Cues { before, after }
        })
    }

    // ----- token helpers -----

    pub(super) fn s(&self, i: usize) -> &'a str {
        self.t.get(i).and_then(|t| self.text.get(t.s..t.e)).unwrap_or("")
    }

    pub(super) fn word(&self, i: usize) -> Option<&'a str> {
        match self.t.get(i) {
            Some(t) if t.k == Kind::Word => Some(self.s(i)),
            _ => None,
        }
    }

    pub(super) fn is(&self, i: usize, w: &str) -> bool {
        self.word(i).is_some_and(|s| s.eq_ignore_ascii_case(w))
    }

    /// Whether the word at `i` is one of a space-separated word class.
    pub(super) fn is_any(&self, i: usize, class: &str) -> bool {
        self.word(i).is_some_and(|s| position_in(class, s).is_some())
    }

    pub(super) fn punct(&self, i: usize, c: &str) -> bool {
        self.t.get(i).is_some_and(|t| t.k == Kind::Punct) && self.s(i) == c
    }

    pub(super) fn dash(&self, i: usize) -> bool {
        self.punct(i, "-") || self.punct(i, "–") || self.punct(i, "—")
    }

    /// A number token: (value, digit count).
    pub(super) fn num(&self, i: usize) -> Option<(u32, usize)> {
        match self.t.get(i) {
            Some(t) if t.k == Kind::Num => Some((t.v, t.e - t.s)),
            _ => None,
        }
    }

    /// Tokens `i` and `i + 1` touch (no whitespace between).
    pub(super) fn adj(&self, i: usize) -> bool {
        match (self.t.get(i), self.t.get(i + 1)) {
            (Some(a), Some(b)) => a.e == b.s,
            _ => false,
        }
    }

    pub(super) fn starts_upper(&self, i: usize) -> bool {
        self.s(i).bytes().next().is_some_and(|b| b.is_ascii_uppercase())
    }

    /// Tense for an expression on tokens `[s, e)`.
    pub(super) fn tense_at(&self, s: usize, e: usize) -> Tense {
        let cues = self.cues();
        match cues.before.get(s) {
            Some(Tense::Unknown) | None => cues.after.get(e).copied().unwrap_or(Tense::Unknown),
            Some(&t) => t,
        }
    }

    // ----- lexical classes -----

    /// A month name at `i`: full names in any case ("May" and "March" only
    /// capitalised), abbreviations ("Aug", "Sept") capitalised.
    pub(super) fn month_of(&self, i: usize) -> Option<u8> {
        let w = self.word(i)?;
        if let Some(m) = month_number(w) {
            if (m == 3 || m == 5) && !self.starts_upper(i) {
                return None;
            }
            return Some(m as u8);
        }
        let m = month_of_abbr(w)?;
        if self.starts_upper(i) { Some(m) } else { None }
    }

    /// Month at `i` plus an optional abbreviation dot: (month, next index).
    pub(super) fn month_at(&self, i: usize) -> Option<(u8, usize)> {
        let m = self.month_of(i)?;
        let mut j = i + 1;
        let abbr = position_in(MONTH_ABBR, self.s(i)).is_some();
        if abbr && self.punct(j, ".") && self.adj(i) {
            j += 1;
        }
        Some((m, j))
    }

    /// A weekday name (full, any case; abbreviations only when `abbr`).
    pub(super) fn weekday_of(&self, i: usize, abbr: bool) -> Option<u8> {
        let w = self.word(i)?;
        if let Some(k) = position_in(WEEKDAYS, w) {
            return Some(k as u8);
        }
        if !abbr || !self.starts_upper(i) {
            return None;
        }
        weekday_of_abbr(w)
    }

    /// A day-of-month number at `i` (1..=31, at most two digits, optional
    /// ordinal suffix), not part of a time or a decimal: (day, next index).
    pub(super) fn day_at(&self, i: usize) -> Option<(u8, usize)> {
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
            if self.is_any(j, "st nd rd th") {
                j += 1;
            } else if self.t.get(j).is_some_and(|t| t.k == Kind::Word) {
                return None;
            }
        }
        Some((v as u8, j))
    }

    /// A four-digit year at `i`.
    pub(super) fn year_at(&self, i: usize) -> Option<i32> {
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
    pub(super) fn count_at(&self, i: usize) -> Option<u32> {
        if let Some((v, len)) = self.num(i) {
            return (len <= 3 && v >= 1).then_some(v);
        }
        let w = self.word(i)?;
        number_word(w)
    }

    pub(super) fn unit_at(&self, i: usize) -> Option<Unit> {
        let stem = self.word(i)?.trim_end_matches(['s', 'S']);
        let k = UNITS.split_whitespace().position(|u| u.eq_ignore_ascii_case(stem))?;
        [Unit::Day, Unit::Week, Unit::Fortnight, Unit::Month, Unit::Year].get(k).copied()
    }

    /// A time stamp ("07:12", "07:12 PM", "07:12,") right before token `i`.
    pub(super) fn time_before(&self, i: usize) -> bool {
        let mut j = i;
        if j > 0 && self.punct(j - 1, ",") {
            j -= 1;
        }
        for _ in 0..2 {
            if j > 0 && self.is_any(j - 1, "am pm ist gmt utc et est edt") {
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
    pub(super) fn near_year(&self, m: u8, d: u8, dir: Dir) -> Option<Date> {
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
    pub(super) fn month_year(&self, m: u8, dir: Dir) -> Option<i32> {
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
    pub(super) fn weekday_date(&self, wd: u8, dir: Dir) -> Option<Date> {
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

    pub(super) fn rel(&self, rel: Rel) -> (Option<Date>, Option<Date>) {
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
            Rel::Quarter(n) => {
                let first = r.month_start_offset(3 * n - i64::from((r.m - 1) % 3));
                (first, first.and_then(|f| f.month_start_offset(2)).map(Date::last_of_month))
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
    pub(super) fn unit_period(&self, n: i64, u: Unit) -> (Option<Date>, Option<Date>) {
        match u {
            Unit::Day => self.rel(Rel::Day(n)),
            Unit::Week => {
                let Some(d) = self.r.and_then(|r| r.add_days(7 * n)) else {
                    return (None, None);
                };
                let m = d.monday();
                (m, m.and_then(|m| m.add_days(6)))
            }
            Unit::Fortnight => self.unit_period(2 * n, Unit::Week),
            Unit::Month => self.rel(Rel::Month(n)),
            Unit::Year => self.rel(Rel::Year(n)),
        }
    }

    /// The reference plus `n` units, one day (months and years keep the day, clamped to
    /// the month's end).
    pub(super) fn shift_units(&self, n: i64, u: Unit) -> Option<Date> {
        let r = self.r?;
        match u {
            Unit::Day => r.add_days(n),
            Unit::Week => r.add_days(7 * n),
            Unit::Fortnight => r.add_days(14 * n),
            Unit::Month => r.add_months_clamped(n),
            Unit::Year => r.add_months_clamped(12 * n),
        }
    }

    /// The reference minus `n` units.
    pub(super) fn back_units(&self, n: i64, u: Unit) -> Option<Date> {
        self.shift_units(-n, u)
    }
}
