//! Checks on the embedded tables: they parse, codes exist, dates are sane, offices do not
//! overlap, and the country table agrees with ISO 3166-1.

use std::collections::{BTreeMap, HashMap, HashSet};

use newsevent::{Date, Gazetteer, Table};

fn rows(text: &str) -> Vec<(usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l.split('\t').collect()))
        .collect()
}

const COUNTRIES: &str = include_str!("../data/countries.tsv");
const PEOPLE: [(&str, &str); 4] = [
    ("leaders", include_str!("../data/people/leaders.tsv")),
    ("ministers_west", include_str!("../data/people/ministers_west.tsv")),
    ("ministers_rest", include_str!("../data/people/ministers_rest.tsv")),
    ("intl", include_str!("../data/people/intl.tsv")),
];

#[test]
fn the_embedded_gazetteer_parses_and_builds() {
    let g = Gazetteer::embedded();
    assert_eq!(g.len(Table::Countries), 250);
    assert_eq!(g.len(Table::Topics), 28);
    assert!(g.len(Table::People) > 1500, "people rows: {}", g.len(Table::People));
    assert!(g.len(Table::Organizations) >= 150);
    assert!(g.len(Table::Triggers) >= 300);
    newsevent::Extractor::new(g).expect("the embedded gazetteer builds");
}

/// ISO 3166-1 has 249 entries; we add Kosovo (XKX), which ISO has not assigned but news
/// treats as a country. Spot checks of codes that are easy to get wrong.
#[test]
fn countries_agree_with_iso() {
    let codes: Vec<&str> = rows(COUNTRIES).iter().map(|(_, r)| r[0]).collect();
    let set: HashSet<&str> = codes.iter().copied().collect();
    assert_eq!(set.len(), codes.len(), "duplicate codes");
    assert_eq!(codes.len(), 250);
    let mut sorted = codes.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, codes, "countries.tsv is sorted by iso3");
    for (code, name) in [
        ("XKX", "Kosovo"),
        ("TWN", "Taiwan"),
        ("PSE", "Palestine"),
        ("PRK", "North Korea"),
        ("KOR", "South Korea"),
        ("GBR", "United Kingdom"),
        ("USA", "United States"),
        ("COD", ""),
        ("COG", ""),
        ("NER", "Niger"),
        ("NGA", "Nigeria"),
        ("AUT", "Austria"),
        ("AUS", "Australia"),
    ] {
        let row = rows(COUNTRIES).into_iter().find(|(_, r)| r[0] == code).unwrap_or_else(|| panic!("{code} missing"));
        if !name.is_empty() {
            assert_eq!(row.1[2], name, "{code}");
        }
    }
}

/// A term of office: start, end, holder, where the row stands.
type Term = (Date, Option<Date>, String, String);

#[test]
fn people_rows_are_valid_and_offices_do_not_overlap() {
    let countries: HashSet<&str> = rows(COUNTRIES).iter().map(|(_, r)| r[0]).collect();
    // (country, role) -> [(start, end, name, file:line)]
    let mut offices: BTreeMap<(String, String), Vec<Term>> = BTreeMap::new();
    let mut total = 0;
    for (file, text) in PEOPLE {
        for (line, r) in rows(text) {
            total += 1;
            let at = format!("{file}:{line}");
            assert!(r.len() == 6 || r.len() == 7, "{at}: 6 or 7 columns");
            assert!(!r[0].trim().is_empty() && !r[2].trim().is_empty(), "{at}: name and role");
            assert!(r[3].is_empty() || countries.contains(r[3]), "{at}: country {}", r[3]);
            let start: Option<Date> = (!r[4].is_empty()).then(|| r[4].parse().unwrap_or_else(|e| panic!("{at}: {e}")));
            let end: Option<Date> = (!r[5].is_empty()).then(|| r[5].parse().unwrap_or_else(|e| panic!("{at}: {e}")));
            if let (Some(s), Some(e)) = (start, end) {
                assert!(s <= e, "{at}: ends before it starts");
            }
            if let Some(s) = start {
                offices.entry((r[3].to_string(), r[2].to_string())).or_default().push((s, end, r[0].to_string(), at));
            }
        }
    }
    assert!(total > 1500);
    // Offices held by one person at a time.
    let single = [
        "President",
        "Prime Minister",
        "Foreign Minister",
        "Defence Minister",
        "Secretary of State",
        "External Affairs Minister",
        "Chancellor",
        "UN Secretary-General",
        "NATO Secretary General",
    ];
    let mut problems = Vec::new();
    for ((country, role), mut terms) in offices {
        if !single.contains(&role.as_str()) {
            continue;
        }
        terms.sort();
        for w in terms.windows(2) {
            let (a, b) = (&w[0], &w[1]);
            if a.2 == b.2 {
                continue;
            }
            // Days both held the office (a short acting term inside another counts its own length).
            let open = Date::new(9999, 12, 31).unwrap();
            let shared_end = a.1.unwrap_or(open).min(b.1.unwrap_or(open));
            if b.0.days_until(shared_end) > 7 {
                problems.push(format!("{country} {role}: {} ({}) overlaps {} ({})", a.2, a.3, b.2, b.3));
            }
        }
    }
    assert!(problems.is_empty(), "{} overlaps:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn surname_aliases_are_distinctive() {
    let common = ["Singh", "Khan", "Kim", "Lee", "Ali", "Smith", "Johnson", "Wang", "Li", "Brown", "Sharif"];
    for (file, text) in PEOPLE {
        for (line, r) in rows(text) {
            for a in r[1].split(';') {
                assert!(!common.contains(&a.trim()), "data/people/{file}.tsv:{line}: `{a}` is not a distinctive alias");
            }
        }
    }
}

#[test]
fn organisations_have_unique_ids_and_known_members() {
    let countries: HashSet<&str> = rows(COUNTRIES).iter().map(|(_, r)| r[0]).collect();
    let text = include_str!("../data/organizations.tsv");
    let mut ids = HashSet::new();
    let mut forms: HashMap<String, String> = HashMap::new();
    for (line, r) in rows(text) {
        assert!(ids.insert(r[0]), "organizations.tsv:{line}: duplicate id {}", r[0]);
        for m in r.get(5).map_or("", |m| *m).split(';').filter(|m| !m.is_empty()) {
            assert!(countries.contains(m), "organizations.tsv:{line}: member {m}");
        }
        for a in std::iter::once(r[1]).chain(r[2].split(';')).filter(|a| !a.is_empty()) {
            let a = a.trim_start_matches('@').to_string();
            if let Some(other) = forms.insert(a.clone(), r[0].to_string()) {
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
    let ids: Vec<&str> = rows(include_str!("../data/topics.tsv")).iter().map(|(_, r)| r[0]).collect();
    assert_eq!(ids, spec);
    let cues = rows(include_str!("../data/topic_cues.tsv"));
    for id in spec {
        let n = cues.iter().filter(|(_, r)| r[0] == id).count();
        assert!(n >= 20, "topic {id} has only {n} cues");
    }
}

#[test]
fn every_plover_type_has_triggers() {
    let triggers = rows(include_str!("../data/triggers.tsv"));
    for p in newsevent::Plover::ALL {
        let n = triggers.iter().filter(|(_, r)| r[1] == p.as_str()).count();
        assert!(n >= 8, "{p} has only {n} triggers");
    }
    let mut seen = HashSet::new();
    for (line, r) in &triggers {
        assert!(seen.insert(r[0].to_lowercase()), "triggers.tsv:{line}: `{}` listed twice", r[0]);
    }
}
