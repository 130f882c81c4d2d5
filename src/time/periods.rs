//! Periods of a year the grammar names: quarters (`Q3 2025`, `the third quarter of last
//! year`), halves (`H1 2028`, `the second half of the year`), seasons (`last winter`, `in
//! the summer of 2023`), decades (`the 1990s`) and holidays (`Christmas Eve`, `New Year's
//! Day`, `Thanksgiving`).

use super::parser::{Dir, Hit, Parser};
use super::words::{ORDINALS, SEASONS};
use crate::date::Date;

/// A period of year `y`: its first and last days.
type Period = fn(i32, u8) -> Option<(Date, Date)>;

fn quarter(y: i32, q: u8) -> Option<(Date, Date)> {
    let first = Date::ymd(y, 3 * q - 2, 1)?;
    Some((first, Date::ymd(y, 3 * q, 1)?.last_of_month()))
}

fn half(y: i32, h: u8) -> Option<(Date, Date)> {
    let first = Date::ymd(y, 6 * h - 5, 1)?;
    Some((first, Date::ymd(y, 6 * h, 1)?.last_of_month()))
}

/// Season `s` (0 spring .. 3 winter) that starts in year `y` (winter: December of `y`).
fn season(y: i32, s: u8) -> Option<(Date, Date)> {
    let first = Date::ymd(y, 3 * s + 3, 1)?;
    Some((first, first.month_start_offset(2)?.last_of_month()))
}

/// Holiday `h` (0 Christmas Eve, 1 Christmas, 2 New Year's Eve, 3 New Year's Day,
/// 4 Thanksgiving: the fourth Thursday of November) of year `y`.
fn holiday(y: i32, h: u8) -> Option<(Date, Date)> {
    let d = match h {
        0 => Date::ymd(y, 12, 24)?,
        1 => Date::ymd(y, 12, 25)?,
        2 => Date::ymd(y, 12, 31)?,
        3 => Date::ymd(y, 1, 1)?,
        _ => {
            let nov1 = Date::ymd(y, 11, 1)?;
            nov1.add_days(i64::from((10 - nov1.weekday()) % 7) + 21)?
        }
    };
    Some((d, d))
}

/// The position of a word in a space-separated list.
fn position(list: &str, w: &str) -> Option<u8> {
    list.split_whitespace().position(|x| x.eq_ignore_ascii_case(w)).and_then(|k| u8::try_from(k).ok())
}

impl Parser<'_> {
    /// A named period of the year at `i`, with `dir` from a qualifier or the tense. Without
    /// a qualifier or a year it needs a trigger (`trig`: `in`, `on`, `at`, `by`, ...), or
    /// the form `Q3`.
    pub(super) fn period(&self, i: usize, dir: Dir, trig: bool) -> Option<Hit> {
        let (q, i) = match self.qualifier(i) {
            Some(q) => (Some(q), i + 1),
            None => (None, i),
        };
        let (f, n, j) = self.period_name(i, q.is_some())?;
        let (y, j) = self.period_year(j);
        if q.is_none() && y.is_none() && !trig && !self.is(i, "q") {
            return None;
        }
        let dir = match (q, dir) {
            (Some(q), _) => q,
            (None, Dir::Nearest) => Dir::from(self.tense_at(i, j)),
            (None, d) => d,
        };
        let days = match y {
            Some(y) => y.and_then(|y| f(y, n)),
            None => self.pick(dir, |y| f(y, n)),
        };
        Some(Hit::new(j, days.map(|d| d.0), days.map(|d| d.1)))
    }

    /// `last`, `this`, `next` at `i`.
    fn qualifier(&self, i: usize) -> Option<Dir> {
        [("last", Dir::Last), ("this", Dir::This), ("next", Dir::Next)].iter().find(|(w, _)| self.is(i, w)).map(|p| p.1)
    }

    /// The name of a period at `i`: its days in a year, its number, and the index after it.
    /// `qualified`: after `last`/`this`/`next` (a bare `the` season then is not needed).
    fn period_name(&self, i: usize, qualified: bool) -> Option<(Period, u8, usize)> {
        let w = self.word(i)?;
        if let Some(s) = position(SEASONS, w) {
            return Some((season, s % 4 + s / 4 * 2, i + 1));
        }
        if (w == "Q" || w == "H")
            && self.adj(i)
            && let Some((n, 1)) = self.num(i + 1)
            && !(self.adj(i + 1) && self.word(i + 2).is_some())
        {
            let (f, max): (Period, u32) = if w == "Q" { (quarter, 4) } else { (half, 2) };
            return (1..=max).contains(&n).then_some((f, n as u8, i + 2));
        }
        if let Some(h) = self.holiday_name(i) {
            return Some(h);
        }
        let k = if self.is(i, "the") && !qualified { i + 1 } else { i };
        if let Some(s) = self.word(k).and_then(|w| position(SEASONS, w)) {
            return Some((season, s % 4 + s / 4 * 2, k + 1));
        }
        let o = position(ORDINALS, self.word(k)?)?;
        if self.is(k + 1, "quarter") {
            return Some((quarter, o + 1, k + 2));
        }
        (o < 2 && self.is(k + 1, "half")).then_some((half, o + 1, k + 2))
    }

    /// `Christmas [Day|Eve]`, `New Year's Day|Eve`, `Thanksgiving`.
    fn holiday_name(&self, i: usize) -> Option<(Period, u8, usize)> {
        if self.is(i, "christmas") && self.starts_upper(i) {
            return Some(match () {
                _ if self.is(i + 1, "eve") => (holiday, 0, i + 2),
                _ if self.is(i + 1, "day") => (holiday, 1, i + 2),
                _ => (holiday, 1, i + 1),
            });
        }
        if self.is(i, "thanksgiving") && self.starts_upper(i) {
            return Some((holiday, 4, i + 1));
        }
        if !(self.is(i, "new") && self.starts_upper(i) && self.is(i + 1, "year")) {
            return None;
        }
        let mut j = i + 2;
        if (self.punct(j, "'") || self.punct(j, "\u{2019}")) && self.is(j + 1, "s") {
            j += 2;
        }
        match () {
            _ if self.is(j, "eve") => Some((holiday, 2, j + 1)),
            _ if self.is(j, "day") => Some((holiday, 3, j + 1)),
            _ => None,
        }
    }

    /// A year after a period: `2025`, `of 2023`, `of the year`, `of last/this/next year`.
    /// The outer None: no year given; the inner None: a year that cannot be resolved.
    fn period_year(&self, j: usize) -> (Option<Option<i32>>, usize) {
        let k = if self.is(j, "of") { j + 1 } else { j };
        if let Some(y) = self.year_at(k) {
            return (Some(Some(y)), k + 1);
        }
        if !self.is(j, "of") {
            return (None, j);
        }
        let ry = self.r.map(|r| r.y);
        if self.is(k, "the") && self.is(k + 1, "year") {
            return (Some(ry), k + 2);
        }
        let off = [("last", -1), ("this", 0), ("next", 1)].iter().find(|(w, _)| self.is(k, w)).map(|p| p.1);
        match off {
            Some(o) if self.is(k + 1, "year") => (Some(ry.map(|y| y + o)), k + 2),
            _ => (None, j),
        }
    }

    /// The period of a year nearest the reference in direction `dir`: past the latest
    /// begun by it, future the first not over by it, last the latest over before it, next
    /// the first begun after it; this the one holding it, else the reference year's; no
    /// cue the one holding it, else the nearest.
    fn pick(&self, dir: Dir, f: impl Fn(i32) -> Option<(Date, Date)>) -> Option<(Date, Date)> {
        let r = self.r?;
        let all: Vec<(Date, Date)> = (r.y - 2..=r.y + 1).filter_map(&f).collect();
        let holding = || all.iter().find(|(s, e)| *s <= r && r <= *e).copied();
        match dir {
            Dir::Past => all.iter().rev().find(|(s, _)| *s <= r).copied(),
            Dir::Future => all.iter().find(|(_, e)| *e >= r).copied(),
            Dir::Last => all.iter().rev().find(|(_, e)| *e < r).copied(),
            Dir::Next => all.iter().find(|(s, _)| *s > r).copied(),
            Dir::This => holding().or_else(|| f(r.y)),
            Dir::Nearest => holding().or_else(|| {
                let gap = |(s, e): &(Date, Date)| r.days_until(*s).abs().min(r.days_until(*e).abs());
                all.iter().min_by_key(|p| gap(p)).copied()
            }),
        }
    }

    /// A decade: `the 1990s`, `1990s`: (first day, last day, index after it).
    pub(super) fn decade(&self, i: usize) -> Option<Hit> {
        let k = if self.is(i, "the") { i + 1 } else { i };
        let (v, 4) = self.num(k)? else { return None };
        let mut j = k + 1;
        if self.adj(k) && self.punct(j, "'") {
            j += 1;
        }
        if v % 10 != 0 || !self.adj(j - 1) || !self.is(j, "s") {
            return None;
        }
        let y = v as i32;
        Some(Hit::new(j + 1, Date::ymd(y, 1, 1), Date::ymd(y + 9, 12, 31)))
    }
}
