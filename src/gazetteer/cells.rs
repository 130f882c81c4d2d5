//! One row of a user's table, cut into cells, with the checks every table shares. Every
//! error names the file, the line, the column and what is wrong.

use std::str::FromStr;

use super::rows::Flags;
use super::{GazetteerError, Table};
use crate::date::Date;

/// One row of a table.
pub(crate) struct Row<'a> {
    pub file: &'a str,
    pub line: usize,
    pub table: Table,
    cells: Vec<&'a str>,
}

impl<'a> Row<'a> {
    /// Cuts a line into cells; rejects rows with too many columns, header lines written
    /// without `#`, and rows that are not TAB-separated.
    pub(crate) fn new(file: &'a str, line: usize, table: Table, text: &'a str) -> Result<Row<'a>, GazetteerError> {
        let width = table.width();
        let mut cells: Vec<&str> = Vec::with_capacity(width);
        let mut start = 0;
        for (i, b) in text.bytes().enumerate() {
            if b == b'\t' {
                cells.push(&text[start..i]);
                start = i + 1;
            }
        }
        cells.push(&text[start..]);
        let row = Row { file, line, table, cells };
        if row.cells.len() > width {
            let cols = table.columns().replace('\t', ", ");
            return Err(row.err(format!("{} columns, expected at most {width} ({cols})", row.cells.len())));
        }
        let header = |(c, h): (&&str, &str)| c.trim().eq_ignore_ascii_case(h);
        let first = table.columns().split_once('\t').map_or(table.columns(), |(h, _)| h);
        if header((&row.cells[0], first)) && row.cells.iter().zip(table.columns().split('\t')).all(header) {
            return Err(row.err("a header line must start with `#`"));
        }
        if row.cells.len() == 1 && width > 1 && looks_separated(table, text) {
            return Err(row.err(NO_TAB));
        }
        Ok(row)
    }

    pub(crate) fn err(&self, message: impl Into<String>) -> GazetteerError {
        GazetteerError::Row { file: self.file.to_string(), line: self.line, message: message.into() }
    }

    /// Cell `k`, trimmed (empty when the row is shorter).
    pub(crate) fn cell(&self, k: usize) -> &'a str {
        self.cells.get(k).map_or("", |c| c.trim())
    }

    /// Cell `k`, which must not be empty.
    pub(crate) fn required(&self, k: usize) -> Result<&'a str, GazetteerError> {
        match self.cell(k) {
            "" => Err(self.empty(k)),
            c => Ok(c),
        }
    }

    /// The error for an empty cell `k`; in a row without a TAB, that is the problem to name.
    pub(crate) fn empty(&self, k: usize) -> GazetteerError {
        let col = self.table.column(k);
        if k > 0 && self.cells.len() == 1 {
            self.err(format!("{NO_TAB} (so `{col}` is empty)"))
        } else {
            self.err(format!("empty `{col}`"))
        }
    }

    pub(crate) fn opt(&self, k: usize) -> Option<String> {
        Some(self.cell(k)).filter(|c| !c.is_empty()).map(String::from)
    }

    pub(crate) fn list(&self, k: usize) -> Vec<String> {
        self.cell(k).split(';').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()
    }

    /// One of the allowed values of a column.
    pub(crate) fn choice<T: Copy>(&self, k: usize, allowed: &[(&str, T)]) -> Result<T, GazetteerError> {
        let c = self.cell(k);
        match allowed.iter().find(|(name, _)| *name == c) {
            Some(&(_, v)) => Ok(v),
            None => {
                let names: Vec<&str> = allowed.iter().map(|(n, _)| *n).filter(|n| !n.is_empty()).collect();
                let col = self.table.column(k);
                if c.is_empty() && k > 0 && self.cells.len() == 1 {
                    return Err(self.empty(k));
                }
                let what = if c.is_empty() { format!("empty `{col}`") } else { format!("bad {col} `{c}`") };
                Err(self.err(format!("{what} (expected {})", or_list(&names))))
            }
        }
    }

    pub(crate) fn flags(&self, k: usize) -> Result<Flags, GazetteerError> {
        let mut f = Flags::default();
        for flag in self.cell(k).split(';').map(str::trim).filter(|s| !s.is_empty()) {
            match flag {
                "ambiguous" => f.ambiguous = true,
                "weak" => f.weak = true,
                "major" if self.table == Table::Places => f.major = true,
                other => {
                    let expected =
                        if self.table == Table::Places { "ambiguous, major or weak" } else { "ambiguous or weak" };
                    return Err(self.err(format!("unknown flag `{other}` (expected {expected})")));
                }
            }
        }
        Ok(f)
    }

    /// A weight 1 to 3 (2 when empty).
    pub(crate) fn weight(&self, k: usize) -> Result<u8, GazetteerError> {
        self.choice(k, &[("", 2), ("1", 1), ("2", 2), ("3", 3)])
    }

    pub(crate) fn date(&self, k: usize) -> Result<Option<Date>, GazetteerError> {
        match self.cell(k) {
            "" => Ok(None),
            c => c
                .parse::<Date>()
                .map(Some)
                .map_err(|e| self.err(format!("bad date `{c}` in column `{}`: {}", self.table.column(k), e.reason()))),
        }
    }

    /// An optional number.
    pub(crate) fn number<T: FromStr>(&self, k: usize) -> Result<Option<T>, GazetteerError> {
        match self.cell(k) {
            "" => Ok(None),
            c => c
                .parse::<T>()
                .map(Some)
                .map_err(|_| self.err(format!("bad number `{c}` in column `{}`", self.table.column(k)))),
        }
    }

    /// An optional CAMEO code: two to four digits.
    pub(crate) fn cameo(&self, k: usize) -> Result<Option<String>, GazetteerError> {
        match self.cell(k) {
            "" => Ok(None),
            c if (2..=4).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_digit()) => Ok(Some(c.to_string())),
            c => Err(self.err(format!("bad CAMEO code `{c}` (expected two to four digits)"))),
        }
    }

    /// An optional PLOVER type.
    pub(crate) fn plover(&self, k: usize) -> Result<Option<crate::model::Plover>, GazetteerError> {
        match self.cell(k) {
            "" => Ok(None),
            c => c.parse().map(Some).map_err(|e: crate::model::UnknownPlover| self.err(e.to_string())),
        }
    }

    /// An optional Wikidata id: `Q` and digits.
    pub(crate) fn wikidata(&self, k: usize) -> Result<Option<String>, GazetteerError> {
        match self.cell(k) {
            "" => Ok(None),
            c if c.len() > 1 && c.starts_with('Q') && c[1..].bytes().all(|b| b.is_ascii_digit()) => Ok(Some(c.into())),
            c => Err(self.err(format!("bad Wikidata id `{c}` (expected Q and digits)"))),
        }
    }
}

/// The message for a row whose columns are not cut by TABs.
const NO_TAB: &str = "no TAB in the row: columns are separated by one TAB";

/// Whether a line without TABs looks like cells written with commas, semicolons or runs of
/// spaces; in a people table, also a line with a digit (a date), which no name has.
fn looks_separated(table: Table, text: &str) -> bool {
    text.contains(',')
        || text.contains("  ")
        || text.contains(';')
        || (table == Table::People && text.bytes().any(|b| b.is_ascii_digit()))
}

/// `a, b or c`.
fn or_list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}
