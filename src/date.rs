//! [`Date`]: a validated calendar day, shown, parsed and serialized as `YYYY-MM-DD`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::ops::Range;
use std::str::FromStr;

use crate::text::floor_boundary;

/// A calendar date (proleptic Gregorian), years 1 to 9999.
///
/// Displayed and serialized as `"YYYY-MM-DD"`; ordered chronologically.
/// `Date::new(2024, 2, 29)` is valid and one day later is `2024-03-01`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub(crate) y: i32,
    pub(crate) m: u8,
    pub(crate) d: u8,
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

/// Whether `year` is a leap year in the proleptic Gregorian calendar.
pub(crate) fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in `month` (1-12) of `year`; 0 for an invalid month.
pub(crate) fn days_in_month(year: i32, month: u8) -> u8 {
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

pub(crate) const MIN_DAYS: i64 = -719_162; // 0001-01-01
pub(crate) const MAX_DAYS: i64 = 2_932_896; // 9999-12-31

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
    pub(crate) fn month_start_offset(self, n: i64) -> Option<Date> {
        let idx = i64::from(self.y) * 12 + i64::from(self.m) - 1 + n;
        let y = i32::try_from(idx.div_euclid(12)).ok()?;
        let m = (idx.rem_euclid(12) + 1) as u8;
        Date::new(y, m, 1).ok()
    }

    /// The same day `n` months later (clamped to the month's end).
    pub(crate) fn add_months_clamped(self, n: i64) -> Option<Date> {
        let first = self.month_start_offset(n)?;
        let d = self.d.min(days_in_month(first.y, first.m));
        Some(Date { d, ..first })
    }

    pub(crate) fn days(self) -> i64 {
        days_from_civil(self.y, self.m, self.d)
    }

    pub(crate) fn from_days(z: i64) -> Option<Date> {
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

    pub(crate) fn ymd(y: i32, m: u8, d: u8) -> Option<Date> {
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
