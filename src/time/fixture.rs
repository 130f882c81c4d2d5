//! Every row of `tests/fixtures/time_cases.tsv` (reference, sentence, expression, start,
//! end): a row passes when the expression is found in its sentence with those days, or,
//! for an empty expression, when the sentence holds none. Rows that still fail are listed
//! in [`KNOWN_MISSES`] with why; a listed row that passes fails the test, so the count of
//! passing rows can only go up.

use super::find_times;
use crate::date::Date;

const CASES: &str = include_str!("../../tests/fixtures/time_cases.tsv");

/// Rows the grammar does not pass yet: (name, why).
const KNOWN_MISSES: &[(&str, &str)] = &[(
    "month_early_next_month_year_crossing",
    "`sworn in early next month`: the `in` of a phrasal verb is read as the preposition",
)];

/// One row's failure, or None when it passes.
fn check(cols: &[&str]) -> Option<String> {
    let [name, reference, sentence, want, start, end, ..] = cols else {
        return Some(format!("malformed row {cols:?}"));
    };
    let r: Date = reference.parse().ok()?;
    let got = find_times(sentence, 0..sentence.len(), Some(r));
    let show = |d: Option<Date>| d.map_or(String::new(), |d| d.to_string());
    let all: Vec<_> = got.iter().map(|t| (&sentence[t.span.clone()], show(t.start), show(t.end))).collect();
    if want.is_empty() {
        return (!got.is_empty()).then(|| format!("{name}: want nothing, got {all:?}"));
    }
    match got.iter().find(|t| &&sentence[t.span.clone()] == want) {
        Some(t) if show(t.start) == *start && show(t.end) == *end => None,
        _ => Some(format!("{name}: want `{want}` {start}..{end}, got {all:?}")),
    }
}

#[test]
fn fixture_rows() {
    let rows: Vec<Vec<&str>> = CASES
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
        .collect();
    let mut unexpected = Vec::new();
    let mut passed = 0;
    for cols in &rows {
        let name = cols.first().copied().unwrap_or("");
        let known = KNOWN_MISSES.iter().any(|(n, _)| *n == name);
        match (check(cols), known) {
            (None, false) => passed += 1,
            (None, true) => unexpected.push(format!("{name}: passes now, take it off KNOWN_MISSES")),
            (Some(_), true) => {}
            (Some(f), false) => unexpected.push(f),
        }
    }
    eprintln!("time fixture: {passed} of {} rows pass", rows.len());
    assert!(KNOWN_MISSES.iter().all(|(n, _)| rows.iter().any(|c| c[0] == *n)), "a known miss names no row");
    assert!(unexpected.is_empty(), "{} unexpected:\n{}", unexpected.len(), unexpected.join("\n"));
}
