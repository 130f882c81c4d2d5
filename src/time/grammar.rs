//! The time grammar: bounds and ranges, prefixes, fixed phrases, weekdays, absolute dates,
//! numeric dates and months.

use super::parser::{Dir, Hit, Parser, Part, Rel};
use super::tokens::Kind;
use super::words::*;
use crate::date::{Date, days_in_month};

impl Parser<'_> {
    // ----- grammar -----

    /// Bounds and ranges around a core expression: "from A to B", "between A
    /// and B", "since A", "by A", "until A".
    pub(super) fn parse_at(&self, i: usize) -> Option<Hit> {
        if self.is_any(i, "from between") {
            if let Some(h) = self.ordinal_range(i) {
                return Some(h);
            }
            if let Some(a) = self.prefixed(i + 1, Dir::Nearest, true) {
                let j = a.end;
                let conn = if self.is(i, "between") {
                    self.is(j, "and")
                } else {
                    self.is_any(j, "to until till through") || self.dash(j)
                };
                if conn && let Some(b) = self.prefixed(j + 1, Dir::Nearest, true) {
                    let mut last = b.last;
                    if let (true, Some(s), Some(l)) = (b.bare_weekday, a.start, b.last)
                        && l < s
                    {
                        last = l.add_days(7);
                    }
                    return Some(Hit::new(b.end, a.start, last));
                }
                return Some(if self.is(i, "from") { self.with_duration(i, a) } else { a });
            }
            return None;
        }
        if self.is(i, "since") {
            let a = self.prefixed(i + 1, Dir::Past, true)?;
            return Some(Hit::new(a.end, a.start, self.r.or(a.last)));
        }
        if self.is_any(i, "by until till through") {
            // A bound looks ahead, whatever the verb's tense (`was extended until March`).
            let a = self.prefixed(i + 1, Dir::Future, true)?;
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
    pub(super) fn with_duration(&self, i: usize, a: Hit) -> Hit {
        let lo = i.saturating_sub(12);
        for k in (lo..i).rev() {
            if k >= 2
                && self.is(k, "day")
                && self.dash(k - 1)
                && self.adj(k - 1)
                && let Some(n) = self.count_at(k - 2)
                && (1..=60).contains(&n)
            {
                let last = a.start.and_then(|s| s.add_days(i64::from(n) - 1));
                return Hit::new(a.end, a.start, last);
            }
        }
        a
    }

    /// Prefixes that only widen the span: "on", "in", "during", "early on",
    /// "starting", "beginning".
    pub(super) fn prefixed(&self, i: usize, dir: Dir, trig: bool) -> Option<Hit> {
        if self.is_any(i, "early late earlier later") && self.is(i + 1, "on") && self.weekday_of(i + 2, false).is_some()
        {
            return self.weekday_form(i + 2, dir, None);
        }
        if self.is(i, "on") {
            return self
                .weekday_form(i + 1, dir, None)
                .or_else(|| self.abs_date(i + 1, false, dir))
                .or_else(|| self.the_date(i + 1, dir))
                .or_else(|| self.period(i + 1, dir, true));
        }
        if self.is(i, "at") {
            return match self.clock(i + 1) {
                Some(k) if self.is(k, "on") => self.prefixed(k, dir, true),
                Some(_) => None,
                None => self.base(i + 1, dir, true, false),
            };
        }
        if self.is(i, "in") && self.is(i + 1, "the") && self.is(i + 2, "early") && self.is(i + 3, "hours") {
            let k = if self.is(i + 4, "of") { i + 5 } else { i + 4 };
            return self.weekday_form(k, dir, None).or_else(|| self.abs_date(k, false, dir));
        }
        if self.is_any(i, "in during") {
            if self.is(i, "in") {
                if let Some(h) = self.fixed(i) {
                    return Some(h);
                }
                // `in a week`, `in three days`: that one day.
                if let Some(n) = self.count_at(i + 1)
                    && let Some(u) = self.unit_at(i + 2)
                    && !self.is(i + 3, "ago")
                {
                    return Some(Hit::day(i + 3, self.shift_units(i64::from(n), u)));
                }
            }
            return self.base(i + 1, dir, true, true);
        }
        if self.is_any(i, "starting beginning") {
            let a = self.base(i + 1, dir, true, false)?;
            return Some(self.with_duration(i, a));
        }
        self.base(i, dir, trig, trig)
    }

    /// Fixed relative phrases ("later this month", "yesterday morning").
    pub(super) fn fixed(&self, i: usize) -> Option<Hit> {
        let first = self.word(i)?;
        for (words, rel) in FIXED_WORDS.iter() {
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
    pub(super) fn base(&self, i: usize, dir: Dir, trig: bool, allow_year: bool) -> Option<Hit> {
        if let Some(h) = self.fixed(i) {
            return Some(h);
        }
        // "two days ago", "a week ago"
        if let (Some(n), Some(u)) = (self.count_at(i), self.unit_at(i + 1))
            && self.is(i + 2, "ago")
        {
            let (s, e) = self.unit_period(-i64::from(n), u);
            return Some(Hit::new(i + 3, s, e));
        }
        if let Some(h) = self.shifted(i).or_else(|| self.the_unit(i)) {
            return Some(h);
        }
        // "the past week", "the last three days"
        if self.is(i, "the") && self.is_any(i + 1, "past last previous") {
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
        } else if self.is_any(i, "this coming") {
            Some(Dir::This)
        } else {
            None
        };
        if let Some(q) = qual {
            if self.weekday_of(i + 1, false).is_some() {
                let q = if self.is(i, "coming") { Dir::Next } else { q };
                return self.weekday_form(i + 1, q, Some(q));
            }
            if self.month_of(i + 1).is_some()
                && let Some(h) = self.month_form(i + 1, q, true)
            {
                return Some(h);
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
        if let Some(h) = self.period(i, dir, trig).or_else(|| self.decade(i)) {
            return Some(h);
        }
        if allow_year
            && let Some(y) = self.year_at(i)
            && (1800..=2200).contains(&y)
            && !(self.dash(i + 1) && self.num(i + 2).is_some())
        {
            return Some(Hit::new(i + 1, Date::ymd(y, 1, 1), Date::ymd(y, 12, 31)));
        }
        None
    }

    /// A weekday and what may follow it: an absolute date ("Thursday,
    /// December 14", "Saturday (18 February)"), a second weekday ("Friday and
    /// Saturday"), a part of the day ("Tuesday night").
    pub(super) fn weekday_form(&self, i: usize, dir: Dir, qual: Option<Dir>) -> Option<Hit> {
        let wd = self.weekday_of(i, false)?;
        let mut j = i + 1;
        if qual.is_none() {
            let k = if self.punct(j, ",") { j + 1 } else { j };
            if let Some(h) = self.abs_date(k, false, dir) {
                return Some(h);
            }
            if self.punct(j, "(")
                && let Some(h) = self.abs_date(j + 1, false, dir)
                && self.punct(h.end, ")")
            {
                return Some(Hit { end: h.end + 1, ..h });
            }
        }
        let mut wd2 = None;
        if (self.is_any(j, "and or to through until till") || self.dash(j))
            && let Some(w) = self.weekday_of(j + 1, false)
        {
            wd2 = Some(w);
            j += 2;
        }
        if self.is_any(j, PARTS_OF_DAY) {
            j += 1;
        }
        let dir = match qual {
            Some(q) => q,
            None if dir == Dir::Nearest => Dir::from(self.tense_at(i, j)),
            None => dir,
        };
        let (start, j) = match self.week_after(j) {
            Some((monday, k)) if qual.is_none() => (monday.and_then(|m| m.add_days(i64::from(wd))), k),
            _ => (self.weekday_date(wd, dir), j),
        };
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
    pub(super) fn abs_date(&self, i: usize, need_year: bool, dir: Dir) -> Option<Hit> {
        if let Some(h) = self.numeric_date(i) {
            return Some(h);
        }
        let dir = if dir == Dir::Nearest && self.r.is_some() { Dir::from(self.tense_at(i, i)) } else { dir };
        // Month D [tail] [, YYYY]
        if let Some((m, j)) = self.month_at(i) {
            let (d, mut j) = self.day_at(j)?;
            let mut tail: Option<(u8, u8)> = None;
            if self.dash(j) || self.is_any(j, "to through until till and") {
                if let Some((d2, k)) = self.day_at(j + 1) {
                    if d2 > d && self.month_of(k).is_none() {
                        tail = Some((m, d2));
                        j = k;
                    }
                } else if let Some((m2, k)) = self.month_at(j + 1)
                    && let Some((d2, k2)) = self.day_at(k)
                {
                    tail = Some((m2, d2));
                    j = k2;
                }
            }
            let (y, j) = self.opt_year(j);
            return self.finish(j, y, (m, d), tail, need_year, dir);
        }
        // D [tail] [of] Month [tail] [YYYY]
        let (d, mut j) = self.day_at(i)?;
        let mut d2 = None;
        if (self.dash(j) || self.is_any(j, "to and through until till"))
            && let Some((dd, k)) = self.day_at(j + 1)
            && dd > d
            && self.month_of(k).is_some()
        {
            d2 = Some(dd);
            j = k;
        }
        if self.is(j, "of") {
            j += 1;
        }
        let (m, mut j) = self.month_at(j)?;
        let mut tail = d2.map(|d2| (m, d2));
        if tail.is_none()
            && (self.dash(j) || self.is_any(j, "to until till through"))
            && let Some((dd, k)) = self.day_at(j + 1)
            && let Some((m2, k2)) = self.month_at(k)
        {
            tail = Some((m2, dd));
            j = k2;
        }
        let (y, j) = self.opt_year(j);
        self.finish(j, y, (m, d), tail, need_year, dir)
    }

    /// An optional ", YYYY" at `j`.
    pub(super) fn opt_year(&self, j: usize) -> (Option<i32>, usize) {
        let k = if self.punct(j, ",") { j + 1 } else { j };
        match self.year_at(k) {
            Some(y) => (Some(y), k + 1),
            None => (None, j),
        }
    }

    /// Validates and resolves a "Month D" style date with an optional range tail.
    pub(super) fn finish(
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
        // A coming range that holds the reference (`between Nov 3-6`, said on Nov 4) is
        // this year's.
        let start = match (start, tail, self.r) {
            (Some(s), Some((m2, d2)), Some(r)) if y.is_none() && s > r => {
                let prev =
                    Date::ymd(s.y - 1, m, d).filter(|p| Date::ymd(p.y, m2, d2).is_some_and(|e| e >= r && *p <= r));
                prev.or(start)
            }
            _ => start,
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
    pub(super) fn numeric_date(&self, i: usize) -> Option<Hit> {
        let (a, alen) = self.num(i)?;
        let &sep = ["-", "/", "."].iter().find(|c| self.punct(i + 1, c))?;
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
        } else if sep != "-" && small(alen) && small(blen) && (clen == 4 || (clen == 2 && sep == "/")) {
            let y = if clen == 2 { 2000 + c as i32 } else { c as i32 };
            let us = self.dateline && self.time_before(i);
            if clen == 2 && !us {
                return None;
            }
            let (dm, md) = (Date::ymd(y, b as u8, a as u8), Date::ymd(y, a as u8, b as u8));
            if us {
                md
            } else if dm.is_none() || md.is_none() || dm == md {
                // One reading is impossible, or both agree.
                return dm.or(md).map(|d| Hit::day(i + 5, Some(d)));
            } else {
                // Day-month or month-day: found, never guessed.
                return Some(Hit::day(i + 5, None));
            }
        } else {
            None
        };
        let date = date?;
        Some(Hit::day(i + 5, Some(date)))
    }

    /// A part of a period written before it (`early`, `mid-`, `late`, `the end of`,
    /// `the beginning of`): the part, and the index after it.
    fn part_prefix(&self, i: usize) -> (Option<Part>, usize) {
        let mut j = i;
        if self.is(j, "the") && self.is_any(j + 1, "end beginning start middle") && self.is(j + 2, "of") {
            j += 1;
        }
        if self.is(j, "early") {
            (Some(Part::Early), j + 1)
        } else if self.is(j, "mid") {
            (Some(Part::Mid), if self.dash(j + 1) { j + 2 } else { j + 1 })
        } else if self.is(j, "late") {
            (Some(Part::Late), j + 1)
        } else if self.is(j + 1, "of") {
            let part = if self.is_any(j, "beginning start") {
                Some(Part::Early)
            } else if self.is(j, "middle") {
                Some(Part::Mid)
            } else if self.is(j, "end") {
                Some(Part::Late)
            } else {
                None
            };
            (part, if part.is_some() { j + 2 } else { j })
        } else {
            (None, j)
        }
    }

    /// Months: "May 2024", "in May", "early/mid/late May", "end of May",
    /// "May or June", "July-September", and "early 2023". A bare month needs
    /// a trigger (`trig`: "in", "by", "until", ...), a year, a part or a
    /// second month.
    pub(super) fn month_form(&self, i: usize, dir: Dir, trig: bool) -> Option<Hit> {
        let (part, j) = self.part_prefix(i);
        if let Some(p) = part
            && let Some(h) = self.part_of_relative(j, p)
        {
            return Some(h);
        }
        if let Some(p) = part
            && let Some(y) = self.year_at(j)
        {
            let (a, b) = match p {
                Part::Early => ((1, 1), (4, 30)),
                Part::Mid => ((5, 1), (8, 31)),
                Part::Late => ((9, 1), (12, 31)),
            };
            return Some(Hit::new(j + 1, Date::ymd(y, a.0, a.1), Date::ymd(y, b.0, b.1)));
        }
        let (m, mut j) = self.month_at(j)?;
        let mut m2 = None;
        if part.is_none()
            && (self.dash(j) || self.is_any(j, "or to and through until till"))
            && let Some((mm, k)) = self.month_at(j + 1)
        {
            m2 = Some(mm);
            j = k;
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
