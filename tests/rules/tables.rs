//! The embedded tables (README "Where the data comes from", `data/README.md`): every file
//! of [`DATA_FILES`] is sorted by its table's key columns (byte order, as `LC_ALL=C sort`),
//! holds no duplicate row or key, and refers only to codes, topics and organisations that
//! exist; every date parses and no role ends before it starts. The country table agrees
//! with ISO 3166-1.

use std::collections::{BTreeMap, HashSet};

use newsevent::{Date, Plover, Table};

use crate::harness::{DATA_FILES, data_dir};

/// The key columns a table is sorted by, and whether the key is unique.
fn sort_key(table: Table) -> (&'static [usize], bool) {
    match table {
        Table::Countries => (&[0], true),
        Table::CountryForms => (&[1, 2, 0], true),
        Table::Places => (&[1, 0, 9], false),
        Table::Blockers => (&[0], true),
        Table::People => (&[3, 2, 4], false),
        Table::Organizations => (&[0], true),
        // In SPEC.md's order.
        Table::Topics => (&[], true),
        Table::TopicCues => (&[0, 1], true),
        Table::TopicRules => (&[0, 1, 2], true),
        Table::Triggers => (&[1, 0], true),
        Table::Verbs => (&[0, 1], true),
        Table::VerbPatterns => (&[0, 1], true),
        Table::Negations => (&[1, 0], true),
        Table::Titles => (&[1, 0], true),
        Table::GivenNames => (&[0], true),
        Table::NameVariants => (&[0, 1], true),
        Table::Words => (&[0, 1], true),
        _ => (&[0], false),
    }
}

/// A file's rows: (line, cells), comments and blank lines left out.
fn rows(file: &str) -> Vec<(usize, Vec<String>)> {
    let text = std::fs::read_to_string(data_dir().join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l.split('\t').map(String::from).collect()))
        .collect()
}

/// One person's term in an office, and the line it comes from.
struct Term {
    start: Date,
    end: Option<Date>,
    name: String,
    at: String,
}

fn cell(r: &[String], k: usize) -> &str {
    r.get(k).map_or("", |c| c.as_str())
}

#[test]
fn every_table_has_a_sort_key() {
    for t in Table::ALL {
        let (key, _) = sort_key(t);
        assert!(!key.is_empty() || t == Table::Topics, "{t:?}: no sort key");
    }
}

#[test]
fn every_file_is_sorted_and_has_no_duplicates() {
    let mut problems = Vec::new();
    for &(table, file) in DATA_FILES {
        let (key_cols, unique) = sort_key(table);
        let rows = rows(file);
        // Numbers (GeoNames ids) sort by value.
        let part = |c: &str| {
            if !c.is_empty() && c.bytes().all(|b| b.is_ascii_digit()) { format!("{c:0>12}") } else { c.to_string() }
        };
        let key = |r: &[String]| -> Vec<String> { key_cols.iter().map(|&k| part(cell(r, k))).collect() };
        let mut seen_rows = HashSet::new();
        let mut seen_keys = HashSet::new();
        for w in rows.windows(2) {
            if key(&w[0].1) > key(&w[1].1) {
                problems.push(format!(
                    "{file}:{}: out of order (key {:?} after {:?})",
                    w[1].0,
                    key(&w[1].1),
                    key(&w[0].1)
                ));
            }
        }
        for (line, r) in &rows {
            if !seen_rows.insert(r.clone()) {
                problems.push(format!("{file}:{line}: duplicate row"));
            }
            if unique && !key_cols.is_empty() && !seen_keys.insert(key(r)) {
                problems.push(format!("{file}:{line}: duplicate key {:?}", key(r)));
            }
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

/// The codes of `countries.tsv`.
fn countries() -> HashSet<String> {
    rows("countries.tsv").into_iter().map(|(_, r)| r[0].clone()).collect()
}

#[test]
fn codes_dates_and_references_are_valid() {
    let countries = countries();
    let topics: HashSet<String> = rows("topics.tsv").into_iter().map(|(_, r)| r[0].clone()).collect();
    let orgs: HashSet<String> = rows("organizations.tsv").into_iter().map(|(_, r)| r[0].clone()).collect();
    let cue_rows = rows("topic_cues.tsv");
    let mut problems = Vec::new();
    let mut check = |ok: bool, what: String| {
        if !ok {
            problems.push(what);
        }
    };
    for &(table, file) in DATA_FILES {
        for (line, r) in rows(file) {
            let at = format!("{file}:{line}");
            match table {
                Table::CountryForms => check(countries.contains(cell(&r, 1)), format!("{at}: country {}", cell(&r, 1))),
                Table::Places => check(countries.contains(cell(&r, 1)), format!("{at}: country {}", cell(&r, 1))),
                Table::People => {
                    let c = cell(&r, 3);
                    check(c.is_empty() || countries.contains(c), format!("{at}: country {c}"));
                    let date = |k: usize| -> Option<Date> {
                        let d = cell(&r, k);
                        (!d.is_empty()).then(|| d.parse().unwrap_or_else(|e| panic!("{at}: {e}")))
                    };
                    if let (Some(s), Some(e)) = (date(4), date(5)) {
                        check(s <= e, format!("{at}: ends before it starts"));
                    }
                    let q = cell(&r, 6);
                    check(
                        q.is_empty() || (q.starts_with('Q') && q[1..].bytes().all(|b| b.is_ascii_digit())),
                        format!("{at}: wikidata {q}"),
                    );
                }
                Table::Organizations => {
                    for m in cell(&r, 5).split(';').filter(|m| !m.is_empty()) {
                        check(countries.contains(m), format!("{at}: member {m}"));
                    }
                    let p = cell(&r, 4);
                    check(p.is_empty() || orgs.contains(p), format!("{at}: parent {p}"));
                }
                Table::TopicCues => check(topics.contains(cell(&r, 0)), format!("{at}: topic {}", cell(&r, 0))),
                Table::TopicRules => {
                    check(topics.contains(cell(&r, 2)), format!("{at}: topic {}", cell(&r, 2)));
                    let key = cell(&r, 1);
                    match cell(&r, 0) {
                        "event" => check(key.parse::<Plover>().is_ok(), format!("{at}: plover {key}")),
                        "org" => check(orgs.contains(key), format!("{at}: organisation {key}")),
                        _ => check(
                            cue_rows.iter().any(|(_, c)| c[0] == cell(&r, 2) && c[1] == key),
                            format!("{at}: `{key}` is no cue of {}", cell(&r, 2)),
                        ),
                    }
                }
                Table::Triggers => {
                    check(cell(&r, 1).parse::<Plover>().is_ok(), format!("{at}: plover {}", cell(&r, 1)))
                }
                _ => {}
            }
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

/// ISO 3166-1 has 249 entries; we add Kosovo (XKX), which ISO has not assigned but news
/// treats as a country. Spot checks of codes that are easy to get wrong.
#[test]
fn countries_agree_with_iso() {
    let rows = rows("countries.tsv");
    assert_eq!(rows.len(), 250);
    for (code, name) in [
        ("XKX", "Kosovo"),
        ("TWN", "Taiwan"),
        ("PSE", "Palestine"),
        ("PRK", "North Korea"),
        ("KOR", "South Korea"),
        ("GBR", "United Kingdom"),
        ("USA", "United States"),
        ("NER", "Niger"),
        ("NGA", "Nigeria"),
        ("AUT", "Austria"),
        ("AUS", "Australia"),
    ] {
        let row = rows.iter().find(|(_, r)| r[0] == code).unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!(row.1[2], name, "{code}");
    }
}

/// Offices held by one person at a time never have two holders for more than a week
/// (ministers and heads of international organisations; the leaders' own checks, with
/// their multi-holder offices and vacancies, are in `tests/data_leaders.rs`).
#[test]
fn single_holder_offices_do_not_overlap() {
    let single = [
        "Foreign Minister",
        "Defence Minister",
        "Secretary of State",
        "UN Secretary-General",
        "NATO Secretary General",
    ];
    let mut offices: BTreeMap<(String, String), Vec<Term>> = BTreeMap::new();
    for &(table, file) in DATA_FILES {
        if table != Table::People || file.ends_with("leaders.tsv") {
            continue;
        }
        for (line, r) in rows(file) {
            let Ok(start) = cell(&r, 4).parse::<Date>() else { continue };
            let end = cell(&r, 5).parse::<Date>().ok();
            let office = (cell(&r, 3).to_string(), cell(&r, 2).to_string());
            offices.entry(office).or_default().push(Term {
                start,
                end,
                name: r[0].clone(),
                at: format!("{file}:{line}"),
            });
        }
    }
    let open = Date::new(9999, 12, 31).unwrap();
    let mut problems = Vec::new();
    for ((country, role), mut terms) in offices {
        if !single.contains(&role.as_str()) {
            continue;
        }
        terms.sort_by(|a, b| (a.start, a.end, &a.name).cmp(&(b.start, b.end, &b.name)));
        for w in terms.windows(2) {
            let (a, b) = (&w[0], &w[1]);
            let shared_end = a.end.unwrap_or(open).min(b.end.unwrap_or(open));
            if a.name != b.name && b.start.days_until(shared_end) > 7 {
                problems.push(format!("{country} {role}: {} ({}) overlaps {} ({})", a.name, a.at, b.name, b.at));
            }
        }
    }
    assert!(problems.is_empty(), "{} overlaps:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn surname_aliases_are_distinctive() {
    let common = ["Singh", "Khan", "Kim", "Lee", "Ali", "Smith", "Johnson", "Wang", "Li", "Brown", "Sharif"];
    for &(table, file) in DATA_FILES.iter().filter(|(t, _)| *t == Table::People) {
        let _ = table;
        for (line, r) in rows(file) {
            for a in cell(&r, 1).split(';') {
                assert!(!common.contains(&a.trim()), "{file}:{line}: `{a}` is not a distinctive alias");
            }
        }
    }
}

#[test]
fn an_organisation_form_names_one_organisation() {
    let mut forms: BTreeMap<String, String> = BTreeMap::new();
    for (line, r) in rows("organizations.tsv") {
        for a in std::iter::once(cell(&r, 1)).chain(cell(&r, 2).split(';')).filter(|a| !a.is_empty()) {
            let a = a.trim_start_matches('@').to_string();
            if let Some(other) = forms.insert(a.clone(), r[0].clone()) {
                assert_eq!(other, r[0], "organizations.tsv:{line}: `{a}` names two organisations");
            }
        }
    }
}

#[test]
fn topics_are_the_28_of_the_spec() {
    let spec = [
        "diplomacy",
        "defence",
        "military_exercise",
        "arms_trade",
        "armed_conflict",
        "terrorism",
        "nuclear_weapons",
        "maritime_security",
        "territorial_dispute",
        "cyber_security",
        "space",
        "trade",
        "economy",
        "energy",
        "sanctions",
        "climate_environment",
        "health",
        "migration",
        "human_rights",
        "elections",
        "protest",
        "humanitarian_aid",
        "peace_process",
        "technology",
        "infrastructure",
        "crime_justice",
        "natural_disaster",
        "food_security",
    ];
    let ids: Vec<String> = rows("topics.tsv").into_iter().map(|(_, r)| r[0].clone()).collect();
    assert_eq!(ids, spec);
    let cues = rows("topic_cues.tsv");
    for id in spec {
        let n = cues.iter().filter(|(_, r)| r[0] == id).count();
        assert!(n >= 20, "topic {id} has only {n} cues");
    }
}

#[test]
fn every_plover_type_has_triggers_and_no_cue_twice() {
    let triggers = rows("triggers.tsv");
    for p in Plover::ALL {
        let n = triggers.iter().filter(|(_, r)| r[1] == p.as_str()).count();
        assert!(n >= 8, "{p} has only {n} triggers");
    }
    let mut seen = HashSet::new();
    for (line, r) in &triggers {
        assert!(seen.insert(r[0].to_lowercase()), "triggers.tsv:{line}: `{}` listed twice", r[0]);
    }
}
