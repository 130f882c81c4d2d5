//! `schema/event.schema.json` against real output: events of texts we wrote satisfy it,
//! every object type of the schema is met, and the schema lists exactly the fields the
//! types serialize (objects are closed: `additionalProperties: false`, every field
//! required). `docs/OUTPUT.md` names every field.
//!
//! The checker is ours and small: it knows the keywords the schema uses and fails on any
//! other, so a constraint is never skipped silently.
//!
//! To check events produced elsewhere (`extract --jsonl` over any corpus):
//! `NEWSEVENT_EVENTS=out.jsonl cargo test --test schema -- --ignored`.

use std::collections::BTreeSet;
use std::path::Path;

use newsevent::{Event, Extractor, Gazetteer, Table};
use serde_json::Value;

const SCHEMA: &str = include_str!("../schema/event.schema.json");
const OUTPUT_MD: &str = include_str!("../docs/OUTPUT.md");

/// Keywords that only annotate.
const ANNOTATIONS: &[&str] = &["$schema", "$defs", "title", "description"];

/// The patterns the schema uses, each with the check it stands for.
fn pattern_holds(pattern: &str, s: &str) -> Option<bool> {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    Some(match pattern {
        "^[A-Z]{3}$" => s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase()),
        "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" => {
            let p: Vec<&str> = s.split('-').collect();
            p.len() == 3 && p[0].len() == 4 && p[1].len() == 2 && p[2].len() == 2 && p.iter().all(|x| digits(x))
        }
        "^[0-9]{2,4}$" => (2..=4).contains(&s.len()) && digits(s),
        "^Q[0-9]+$" => s.strip_prefix('Q').is_some_and(digits),
        "^medtop:[0-9]{8}$" => s.strip_prefix("medtop:").is_some_and(|d| d.len() == 8 && digits(d)),
        _ => return None,
    })
}

struct Checker<'a> {
    root: &'a Value,
    /// The `$defs` entries met so far.
    seen: BTreeSet<String>,
}

impl<'a> Checker<'a> {
    fn new(root: &'a Value) -> Checker<'a> {
        Checker { root, seen: BTreeSet::new() }
    }

    /// Every way `v` breaks `schema`, each as `path: problem`.
    fn check(&mut self, schema: &'a Value, v: &Value, path: &str, errs: &mut Vec<String>) {
        let Some(obj) = schema.as_object() else {
            errs.push(format!("{path}: the schema here is not an object"));
            return;
        };
        for (key, rule) in obj {
            match key.as_str() {
                k if ANNOTATIONS.contains(&k) => {}
                "$ref" => {
                    let Some(name) = rule.as_str().and_then(|r| r.strip_prefix("#/$defs/")) else {
                        errs.push(format!("{path}: unsupported $ref {rule}"));
                        continue;
                    };
                    let Some(target) = self.root["$defs"].get(name) else {
                        errs.push(format!("{path}: $ref to a missing definition `{name}`"));
                        continue;
                    };
                    self.seen.insert(name.to_string());
                    self.check(target, v, path, errs);
                }
                "anyOf" => {
                    let branches = rule.as_array().map(Vec::as_slice).unwrap_or_default();
                    let mut why = Vec::new();
                    let mut ok = false;
                    for b in branches {
                        let mut e = Vec::new();
                        let before = self.seen.clone();
                        self.check(b, v, path, &mut e);
                        if e.is_empty() {
                            ok = true;
                            break;
                        }
                        // A branch that fails does not count as met.
                        self.seen = before;
                        why.extend(e);
                    }
                    if !ok {
                        errs.push(format!("{path}: matches no branch of anyOf ({})", why.join("; ")));
                    }
                }
                "type" => {
                    let types: Vec<&str> = match rule {
                        Value::String(t) => vec![t.as_str()],
                        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
                        _ => vec![],
                    };
                    if !types.iter().any(|t| has_type(v, t)) {
                        errs.push(format!("{path}: {v} is not of type {types:?}"));
                    }
                }
                "enum" => {
                    if !rule.as_array().is_some_and(|vals| vals.contains(v)) {
                        errs.push(format!("{path}: {v} is not one of {rule}"));
                    }
                }
                "properties" => {
                    if let (Some(props), Some(fields)) = (rule.as_object(), v.as_object()) {
                        for (name, sub) in props {
                            if let Some(fv) = fields.get(name) {
                                self.check(sub, fv, &format!("{path}.{name}"), errs);
                            }
                        }
                    }
                }
                "required" => {
                    if let (Some(names), Some(fields)) = (rule.as_array(), v.as_object()) {
                        for n in names.iter().filter_map(Value::as_str) {
                            if !fields.contains_key(n) {
                                errs.push(format!("{path}: missing field `{n}`"));
                            }
                        }
                    }
                }
                "additionalProperties" => {
                    if rule != &Value::Bool(false) {
                        errs.push(format!("{path}: only additionalProperties: false is supported"));
                    } else if let Some(fields) = v.as_object() {
                        let props = obj.get("properties").and_then(Value::as_object);
                        for name in fields.keys() {
                            if !props.is_some_and(|p| p.contains_key(name)) {
                                errs.push(format!("{path}: field `{name}` is not in the schema"));
                            }
                        }
                    }
                }
                "items" => {
                    if let Some(items) = v.as_array() {
                        for (i, item) in items.iter().enumerate() {
                            self.check(rule, item, &format!("{path}[{i}]"), errs);
                        }
                    }
                }
                "minItems" | "maxItems" => {
                    if let (Some(n), Some(items)) = (rule.as_u64(), v.as_array()) {
                        let len = items.len() as u64;
                        if (key == "minItems" && len < n) || (key == "maxItems" && len > n) {
                            errs.push(format!("{path}: {len} items, {key} {n}"));
                        }
                    }
                }
                "uniqueItems" => {
                    if let (Some(true), Some(items)) = (rule.as_bool(), v.as_array()) {
                        for (i, item) in items.iter().enumerate() {
                            if items[..i].contains(item) {
                                errs.push(format!("{path}: {item} appears twice"));
                            }
                        }
                    }
                }
                "minimum" | "maximum" => {
                    if let (Some(bound), Some(x)) = (rule.as_f64(), v.as_f64())
                        && ((key == "minimum" && x < bound) || (key == "maximum" && x > bound))
                    {
                        errs.push(format!("{path}: {x} breaks {key} {bound}"));
                    }
                }
                "minLength" => {
                    if let (Some(n), Some(s)) = (rule.as_u64(), v.as_str())
                        && (s.chars().count() as u64) < n
                    {
                        errs.push(format!("{path}: {s:?} is shorter than {n}"));
                    }
                }
                "pattern" => {
                    let p = rule.as_str().unwrap_or_default();
                    if let Some(s) = v.as_str() {
                        match pattern_holds(p, s) {
                            Some(true) => {}
                            Some(false) => errs.push(format!("{path}: {s:?} does not match {p}")),
                            None => errs.push(format!("{path}: the checker does not know the pattern {p}")),
                        }
                    }
                }
                other => errs.push(format!("{path}: the checker does not know the keyword `{other}`")),
            }
        }
    }
}

fn has_type(v: &Value, t: &str) -> bool {
    match t {
        "null" => v.is_null(),
        "boolean" => v.is_boolean(),
        "string" => v.is_string(),
        "array" => v.is_array(),
        "object" => v.is_object(),
        "number" => v.is_number(),
        "integer" => v.is_u64() || v.is_i64(),
        _ => false,
    }
}

fn schema() -> Value {
    serde_json::from_str(SCHEMA).expect("schema/event.schema.json is JSON")
}

/// Every way `event` breaks the schema.
fn violations<'a>(checker: &mut Checker<'a>, schema: &'a Value, event: &Value) -> Vec<String> {
    let mut errs = Vec::new();
    checker.check(schema, event, "event", &mut errs);
    errs
}

/// Texts of our own, news-like, chosen so that every field of the output is filled
/// somewhere (an event with a city, a time, known and unknown people, organisations, topics).
const ROWS: &[(&str, &str)] = &[
    ("talks_with_a_month", " date 2022-04-04 India and Japan will hold talks in Tokyo later this month."),
    (
        "ministers_and_a_grouping",
        "date 2023-09-08 Japanese Prime Minister Fumio Kishida met Indian Prime Minister Narendra Modi on Friday \
         ahead of a Quad summit; NATO and the United Nations welcomed the talks on maritime security.",
    ),
    (
        "unknown_person_after_a_title",
        "Spokesperson Randa Kettleworth of the Philippine coast guard said Chinese vessels fired water cannon.",
    ),
    ("sanctions_between_states", "date 2024-08-19 The United States imposed sanctions on Iran on Monday."),
    ("protest_in_a_capital", "Thousands of protesters marched in Havana on Sunday against power cuts."),
    ("no_event", "Markets were quiet and the weather was mild."),
    ("time_without_a_date", "Russia and Ukraine will hold talks in Istanbul next week."),
    ("empty", ""),
    ("odd_bytes", "\u{0}\u{feff} <p>U.S.\u{2019}s \u{202e}talks</p>\r\r\n"),
];

/// Every text we can vouch for: the rows above, the example and fixture articles, the
/// fuzz seeds.
fn our_texts() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts: Vec<(String, String)> = ROWS.iter().map(|(n, t)| (n.to_string(), t.to_string())).collect();
    let mut files = vec![root.join("examples/article.txt"), root.join("tests/fixtures/long_article.txt")];
    let seeds = root.join("fuzz/seeds/extract");
    let mut seed_files: Vec<_> =
        std::fs::read_dir(&seeds).map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect()).unwrap_or_default();
    seed_files.sort();
    files.extend(seed_files);
    for f in files {
        let bytes = std::fs::read(&f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        texts.push((f.display().to_string(), String::from_utf8_lossy(&bytes).into_owned()));
    }
    texts
}

#[test]
fn our_texts_satisfy_the_schema() {
    let mut events: Vec<(String, Event)> =
        our_texts().into_iter().map(|(name, text)| (name, newsevent::extract_event(&text))).collect();
    events.push(("default_event".into(), Event::default()));
    // A place with coordinates and a GeoNames id (the embedded places carry none yet).
    let mut g = Gazetteer::embedded();
    g.add_str(Table::Places, "mine.tsv", "Port Zedd\tJPN\tcity\t\t\t40\t15000\t35.5\t139.5\t1850999\n").unwrap();
    let x = Extractor::new(g).unwrap();
    let with_coordinates = x.extract("Japan and India held talks in Port Zedd on Monday.");
    let place = with_coordinates.location.as_ref().expect("place_with_coordinates: a location");
    assert_eq!(
        (place.lat, place.lon, place.geonames),
        (Some(35.5), Some(139.5), Some(1850999)),
        "place_with_coordinates"
    );
    events.push(("place_with_coordinates".into(), with_coordinates));
    let schema = schema();
    let mut checker = Checker::new(&schema);
    let mut fails = Vec::new();
    for (name, event) in &events {
        let v = serde_json::to_value(event).expect("events serialize");
        for e in violations(&mut checker, &schema, &v) {
            fails.push(format!("FAIL schema/{name}: {e}"));
        }
    }
    assert!(fails.is_empty(), "{} failing check(s):\n{}", fails.len(), fails.join("\n"));
    let defs: BTreeSet<String> = schema["$defs"].as_object().unwrap().keys().cloned().collect();
    let unmet: Vec<&String> = defs.difference(&checker.seen).collect();
    assert!(unmet.is_empty(), "no text of ours produces {unmet:?}: add a row that does");
}

/// Each object of the schema lists its fields in the order the types serialize them,
/// every one required.
#[test]
fn schema_lists_the_fields_of_the_types() {
    let schema = schema();
    for (name, def) in schema["$defs"].as_object().unwrap() {
        if def["type"] != "object" {
            continue;
        }
        let props: Vec<&String> = def["properties"].as_object().unwrap().keys().collect();
        let required: Vec<&str> = def["required"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
        let mut props_sorted: Vec<&str> = props.iter().map(|s| s.as_str()).collect();
        let mut required_sorted = required.clone();
        props_sorted.sort_unstable();
        required_sorted.sort_unstable();
        assert_eq!(props_sorted, required_sorted, "{name}: every field is required");
        assert_eq!(def["additionalProperties"], false, "{name}: closed");
    }
    let event = serde_json::to_value(Event::default()).unwrap();
    let fields: BTreeSet<&str> = event.as_object().unwrap().keys().map(String::as_str).collect();
    let required: BTreeSet<&str> =
        schema["$defs"]["event"]["required"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
    assert_eq!(fields, required, "the Event's fields");
}

/// `docs/OUTPUT.md` names every field of the schema, every embedded topic and every
/// PLOVER type.
#[test]
fn output_doc_names_every_field() {
    let schema = schema();
    let mut missing = Vec::new();
    for (name, def) in schema["$defs"].as_object().unwrap() {
        if let Some(props) = def["properties"].as_object() {
            for field in props.keys() {
                if !OUTPUT_MD.contains(&format!("`{field}`")) {
                    missing.push(format!("{name}.{field}"));
                }
            }
        }
    }
    let topics = include_str!("../data/topics.tsv");
    for id in topics.lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.split('\t').next()) {
        if !OUTPUT_MD.contains(&format!("| `{id}` |")) {
            missing.push(format!("topic {id}"));
        }
    }
    for code in newsevent::Plover::ALL {
        if !OUTPUT_MD.contains(&format!("| `{code}` |")) {
            missing.push(format!("PLOVER type {code}"));
        }
    }
    assert!(missing.is_empty(), "docs/OUTPUT.md does not name {missing:?}");
}

/// The checker itself: one row per way to break the schema.
#[test]
fn checker_catches_each_break() {
    let schema = schema();
    let good = serde_json::to_value(newsevent::extract_event(ROWS[1].1)).unwrap();
    type Edit = fn(&mut Value);
    let rows: &[(&str, Edit, &str)] = &[
        ("missing_field", |e| drop(e.as_object_mut().unwrap().remove("topics")), "missing field `topics`"),
        ("extra_field", |e| e["tone"] = Value::from(0.5), "field `tone` is not in the schema"),
        ("wrong_type", |e| e["headline"] = Value::from(3), "is not of type"),
        ("bad_code", |e| e["actors"][0] = Value::from("India"), "does not match ^[A-Z]{3}$"),
        ("repeated_actor", |e| e["actors"] = serde_json::json!(["IND", "IND"]), "appears twice"),
        ("bad_kind", |e| e["kind"]["code"] = Value::from("DANCE"), "is not one of"),
        ("span_of_three", |e| e["countries"][0]["spans"][0] = serde_json::json!([1, 2, 3]), "maxItems 2"),
        ("negative_offset", |e| e["countries"][0]["spans"][0] = serde_json::json!([-1, 2]), "minimum 0"),
        ("zero_count", |e| e["countries"][0]["count"] = Value::from(0), "breaks minimum 1"),
        ("bad_date", |e| e["date"] = Value::from("2023/09/08"), "matches no branch of anyOf"),
        ("bad_wikidata", |e| e["people"][0]["wikidata"] = Value::from("359480"), "matches no branch of anyOf"),
    ];
    let mut checker = Checker::new(&schema);
    assert_eq!(violations(&mut checker, &schema, &good), Vec::<String>::new(), "the base row is valid");
    for (name, edit, want) in rows {
        let mut bad = good.clone();
        edit(&mut bad);
        let errs = violations(&mut checker, &schema, &bad);
        assert!(errs.iter().any(|e| e.contains(want)), "{name}: want {want:?}, got {errs:?}");
    }
}

/// Events from elsewhere: `NEWSEVENT_EVENTS=out.jsonl` (lines of `extract --jsonl`).
#[test]
#[ignore = "needs NEWSEVENT_EVENTS=<output of extract --jsonl>"]
fn events_file_satisfies_the_schema() {
    let path = std::env::var("NEWSEVENT_EVENTS").expect("set NEWSEVENT_EVENTS to a file of extract --jsonl output");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let schema = schema();
    let mut checker = Checker::new(&schema);
    let (mut events, mut fails) = (0, Vec::new());
    for (i, line) in text.lines().enumerate() {
        let v: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{path}:{}: {e}", i + 1));
        if let Some(event) = v.get("event") {
            events += 1;
            fails
                .extend(violations(&mut checker, &schema, event).into_iter().map(|e| format!("{path}:{}: {e}", i + 1)));
        }
    }
    println!("{events} events checked");
    assert!(fails.is_empty(), "{} failing check(s):\n{}", fails.len(), fails.join("\n"));
}
