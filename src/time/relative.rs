//! The grammar's relative forms: units shifted from the reference (`two days later`, `a
//! year from now`), the unit next to it (`the day before`, `the following week`), parts
//! of a relative period (`by the end of the month`, `early next month`), weekdays of a
//! named week (`on Wednesday of next week`), ordinal days (`on the 13th`, `from the 13th
//! to the 15th of July`) and clock times before a day (`at 9 am on March 3`).

use super::parser::{Dir, Hit, Parser, Part, Unit};
use crate::date::Date;

/// Words that may follow a bare ordinal day (`on the 13th in Cairo`); any other word
/// makes it a name (`the 5th Fleet`).
const AFTER_ORDINAL: &str = "in at and or when after before as";

/// `last`, `this`, `next` as an offset.
fn offset_of(p: &Parser<'_>, i: usize) -> Option<i64> {
    [("last", -1), ("this", 0), ("next", 1)].iter().find(|(w, _)| p.is(i, w)).map(|o| o.1)
}

impl Parser<'_> {
    /// `two days later`, `a week earlier`, `four days from now`: one day, from the
    /// reference.
    pub(super) fn shifted(&self, i: usize) -> Option<Hit> {
        let n = i64::from(self.count_at(i)?);
        let u = self.unit_at(i + 1)?;
        let (n, end) = if self.is(i + 2, "later") {
            (n, i + 3)
        } else if self.is(i + 2, "earlier") {
            (-n, i + 3)
        } else if self.is(i + 2, "from") && self.is(i + 3, "now") {
            (n, i + 4)
        } else {
            return None;
        };
        Some(Hit::day(end, self.shift_units(n, u)))
    }

    /// `the next day`, `the following week`, `the previous year`, and `the day before`,
    /// `the week after` when no word follows (`the day before the vote` is relative to
    /// the vote): the unit next to the reference's (a day, a calendar week, month, year).
    pub(super) fn the_unit(&self, i: usize) -> Option<Hit> {
        if !self.is(i, "the") {
            return None;
        }
        let singular = |k: usize| self.unit_at(k).filter(|_| !self.s(k).ends_with(['s', 'S']));
        let (n, u, end) = if self.is_any(i + 1, "next following previous")
            && let Some(u) = singular(i + 2)
        {
            (if self.is(i + 1, "previous") { -1 } else { 1 }, u, i + 3)
        } else if let Some(u) = singular(i + 1)
            && self.is_any(i + 2, "before after")
            && self.word(i + 3).is_none()
        {
            (if self.is(i + 2, "before") { -1 } else { 1 }, u, i + 3)
        } else {
            return None;
        };
        let (s, e) = match u {
            Unit::Day => (self.shift_units(n, u), self.shift_units(n, u)),
            u => self.unit_period(n, u),
        };
        Some(Hit::new(end, s, e))
    }

    /// A part of a relative period at `j` (after `the end of`, `early`, ...): `the month`,
    /// `the year`, `the week`, `last month`, `next year`. Months split into days 1-10,
    /// 11-20 and 21 to the end; years into January-April, May-August and
    /// September-December; weeks into Monday-Tuesday, Wednesday-Thursday and
    /// Friday-Sunday.
    pub(super) fn part_of_relative(&self, j: usize, part: Part) -> Option<Hit> {
        let n = if self.is(j, "the") { 0 } else { offset_of(self, j)? };
        let r = self.r;
        let k = part as usize;
        let (s, e) = if self.is(j + 1, "month") {
            let first = r.and_then(|r| r.month_start_offset(n));
            let (a, b) = [(1, Some(10)), (11, Some(20)), (21, None)][k];
            let s = first.and_then(|f| Date::ymd(f.y, f.m, a));
            (s, first.and_then(|f| b.map_or(Some(f.last_of_month()), |b| Date::ymd(f.y, f.m, b))))
        } else if self.is(j + 1, "year") {
            let y = r.map(|r| r.y + n as i32);
            let ((m1, d1), (m2, d2)) = [((1, 1), (4, 30)), ((5, 1), (8, 31)), ((9, 1), (12, 31))][k];
            (y.and_then(|y| Date::ymd(y, m1, d1)), y.and_then(|y| Date::ymd(y, m2, d2)))
        } else if self.is(j + 1, "week") {
            let mon = r.and_then(|r| r.add_days(7 * n)).and_then(Date::monday);
            let (a, b) = [(0, 1), (2, 3), (4, 6)][k];
            (mon.and_then(|m| m.add_days(a)), mon.and_then(|m| m.add_days(b)))
        } else {
            return None;
        };
        Some(Hit::new(j + 2, s, e))
    }

    /// `[of] next week`, `[of] last week`, `of this week` after a weekday: the Monday of
    /// that week and the index after it.
    pub(super) fn week_after(&self, j: usize) -> Option<(Option<Date>, usize)> {
        let k = if self.is(j, "of") { j + 1 } else { j };
        let n = offset_of(self, k)?;
        if !self.is(k + 1, "week") || (n == 0 && k == j) {
            return None;
        }
        Some((self.r.and_then(|r| r.add_days(7 * n)).and_then(Date::monday), k + 2))
    }

    /// `the 13th` at `i`: the day and the index after it.
    fn the_ordinal(&self, i: usize) -> Option<(u8, usize)> {
        let (d, j) = self.day_at(i + 1).filter(|_| self.is(i, "the"))?;
        (j == i + 3).then_some((d, j))
    }

    /// After `on`: `the 3rd of March`, or `the 13th` alone, a day of the reference's month.
    pub(super) fn the_date(&self, i: usize, dir: Dir) -> Option<Hit> {
        if !self.is(i, "the") {
            return None;
        }
        if let Some(h) = self.abs_date(i + 1, false, dir) {
            return Some(h);
        }
        let (d, j) = self.the_ordinal(i)?;
        if self.word(j).is_some_and(|w| !AFTER_ORDINAL.split_whitespace().any(|a| w.eq_ignore_ascii_case(a))) {
            return None;
        }
        Some(Hit::day(j, self.r.and_then(|r| Date::ymd(r.y, r.m, d))))
    }

    /// `from the 13th to the 15th of July`, `between the 3rd and the 5th of May`: the first
    /// day takes the month of the second.
    pub(super) fn ordinal_range(&self, i: usize) -> Option<Hit> {
        let (d, j) = self.the_ordinal(i + 1)?;
        let conn = self.is_any(j, "to until till through and") || self.dash(j);
        let b =
            self.the_date(j + 1, Dir::Nearest).or_else(|| self.prefixed(j + 1, Dir::Nearest, true)).filter(|_| conn)?;
        let start = b.start.filter(|s| d < s.d).and_then(|s| Date::ymd(s.y, s.m, d));
        Some(Hit::new(b.end, start, b.last))
    }

    /// A clock time at `i` (`9 am`, `11:30 pm`, `14:00`): the index after it.
    pub(super) fn clock(&self, i: usize) -> Option<usize> {
        let (h, len) = self.num(i)?;
        if len > 2 || h > 24 {
            return None;
        }
        let mut j = i + 1;
        let minutes = self.punct(j, ":") && self.adj(i) && self.num(j + 1).is_some_and(|(_, l)| l == 2);
        if minutes {
            j += 2;
        }
        if self.is_any(j, "am pm") {
            return Some(j + 1);
        }
        minutes.then_some(j)
    }
}
