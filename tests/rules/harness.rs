//! The harness every rule row runs through: the configurations, the expectations a row
//! may state, and the runner that names the failing row.
//!
//! A row is `(name, text, &[Expect])`. [`run`] runs each row of a family through every
//! configuration ([`CONFIGS`]):
//!
//! - `extract_event`: the free function on the default extractor;
//! - `extract_events`: the free function on a batch holding every row of the family
//!   between two filler articles (with `--features rayon`, on rayon), which also checks
//!   that the events come back in input order;
//! - `add_file`: an [`Extractor`] built from [`Gazetteer::empty`] plus every data file of
//!   `data/` loaded with [`Gazetteer::add_file`] ([`DATA_FILES`]), one text at a time;
//! - `add_file batch`: the same extractor's [`Extractor::extract_batch`] on the batch.
//!
//! Rows that need users' tables run through [`run_user`] (the embedded gazetteer plus
//! [`USER_ROWS`] with `add_str`, and the `add_file` gazetteer plus the same rows loaded
//! with `add_file`, each one at a time and in a batch); rows about a reference date through
//! [`run_with_reference`].
//!
//! Every configuration must give the same event as `extract_event`, and every row's
//! expectations are checked on each. Failures of all rows are collected and reported
//! together, one line per failure: `FAIL <family>/<row> [<config>]: <what>`.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use newsevent::{Date, Event, Extractor, Gazetteer, Plover, Span, Table};

/// Every data file the crate embeds, in the order the embedded gazetteer loads them
/// (`EMBEDDED` in `src/gazetteer.rs`), each with its table. The one list of data files
/// in this test binary.
pub const DATA_FILES: &[(Table, &str)] = &[
    (Table::Countries, "countries.tsv"),
    (Table::CountryForms, "country_forms.tsv"),
    (Table::Places, "places.tsv"),
    (Table::Places, "regions.tsv"),
    (Table::Blockers, "blockers.tsv"),
    (Table::People, "people/leaders.tsv"),
    (Table::People, "people/ministers_west.tsv"),
    (Table::People, "people/ministers_rest.tsv"),
    (Table::People, "people/intl.tsv"),
    (Table::Organizations, "organizations.tsv"),
    (Table::Topics, "topics.tsv"),
    (Table::TopicCues, "topic_cues.tsv"),
    (Table::Triggers, "triggers.tsv"),
    (Table::Verbs, "verbs.tsv"),
    (Table::VerbPatterns, "verb_patterns.tsv"),
    (Table::Negations, "negations.tsv"),
    (Table::Titles, "titles.tsv"),
    (Table::GivenNames, "given_names.tsv"),
    (Table::NameVariants, "name_variants.tsv"),
    (Table::Words, "words.tsv"),
    (Table::TopicRules, "topic_rules.tsv"),
];

/// The crate's `data/` folder.
pub fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// [`Gazetteer::empty`] plus every file of [`DATA_FILES`], loaded with `add_file`.
pub static FILE_GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    let mut g = Gazetteer::empty();
    for &(table, file) in DATA_FILES {
        let path = data_dir().join(file);
        if let Err(e) = g.add_file(table, &path) {
            panic!("add_file({table:?}, {}): {e}", path.display());
        }
    }
    g
});

/// The extractor built from [`FILE_GAZETTEER`], once per test process.
pub static FILE_EXTRACTOR: LazyLock<Extractor> =
    LazyLock::new(|| Extractor::new(FILE_GAZETTEER.clone()).expect("the data files build an extractor"));

/// Rows of users' own tables, loaded on top of the data (README "Your own people,
/// organisations and topics"), for the rows that need them ([`run_user`]). Names and
/// places are made up.
pub const USER_ROWS: &[(Table, &str)] = &[
    (Table::People, "Amara Okonkwo\tOkonkwo\tFinance Minister\tNGA\t2023-01-01\t\n"),
    (Table::People, "Amara Okonkwo\tOkonkwo\tTrade Minister\tNGA\t2019-01-01\t2022-12-31\n"),
    (Table::People, "Tomas Verhaal\t\tMayor of Rotterdam\tNLD\t2020-01-01\t\n"),
    // A file as users write it: a header, a blank line, CRLF, a row with its trailing
    // empty column left out.
    (
        Table::People,
        "# name\taliases\trole\tcountry\tstart\tend\n\n\
         Zora Quillfeather\tQuillfeather\tMayor of Lagos\tNGA\t2020-01-01\t\r\n\
         Zora Quillfeather\tQuillfeather\tGovernor of Lagos\tNGA\t2015-01-01\t2019-12-31\n\
         Jon Brack\t\tHarbour Master\tNGA\t2021-06-01\n",
    ),
    (Table::People, "Petra Lund\t\tDefense Minister\tSWE\t2010-01-01\t2014-12-31\n"),
    (Table::People, "Petra Lund\t\tEU Commissioner\t\t2020-01-01\t\n"),
    // Namesakes: `I. Marrow` is two people, `Marrow` three.
    (Table::People, "Ilse Marrow\tI. Marrow\tMayor of Lagos\tNGA\t2001-01-01\t2005-12-31\n"),
    (Table::People, "Ivo Marrow\tI. Marrow\tMayor of Lagos\tNGA\t2016-01-01\t\n"),
    (Table::People, "Ida Marrow\t\tSenator\tNGA\t2018-01-01\t\n"),
    (Table::People, "Kurt Vellar\t\tAmbassador to Israel\tUSA\t2021-01-01\t\n"),
    (Table::Organizations, "ACME_PACT\tAcme Pact\tthe Pact;APx\tgrouping\t\tIND;JPN\t\n"),
    (Table::TopicCues, "trade\tbarter deal\t3\ntrade\tbarter deals\t3\n"),
    // The same cue again in another case: one mention is still one span.
    (Table::TopicCues, "trade\tBarter deal\t3\n"),
    (Table::Triggers, "brokered a truce\tAGREE\t03\t3\n"),
    // A form written with a curly apostrophe also matches with a straight one.
    (Table::Blockers, "Jordan\u{2019}s Creek\tA stream, not the country\n"),
    (Table::CountryForms, "Eire\tIRL\tname\t\n"),
    // A new country: its name is a form of its own.
    (Table::Countries, "QQA\tQA\tQualand\n"),
];

/// A file of this process in the temp folder, removed on drop.
pub struct TempFile(pub PathBuf);

impl TempFile {
    /// Writes `bytes` to a new temp file called `name`.
    pub fn new(name: &str, bytes: &[u8]) -> TempFile {
        // A folder of its own, so that tests running at the same time never remove another's.
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("newsevent-rules-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a temp folder");
        let path = dir.join(name);
        std::fs::write(&path, bytes).expect("a temp file");
        TempFile(path)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
        let _ = self.0.parent().map(std::fs::remove_dir);
    }
}

/// `g` plus [`USER_ROWS`], with `add_str` or (`files`) with `add_file` from temp files.
fn with_user_rows(mut g: Gazetteer, files: bool) -> Extractor {
    for (i, &(table, rows)) in USER_ROWS.iter().enumerate() {
        let name = format!("user{i}.tsv");
        let loaded = match files {
            false => g.add_str(table, &name, rows),
            true => {
                let f = TempFile::new(&name, rows.as_bytes());
                g.add_file(table, &f.0)
            }
        };
        if let Err(e) = loaded {
            panic!("USER_ROWS[{i}]: {e}");
        }
    }
    Extractor::new(g).expect("the user rows build")
}

/// The embedded gazetteer, parsed once (tests clone it).
pub static EMBEDDED_GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::embedded);

/// The embedded gazetteer plus [`USER_ROWS`] (`add_str`).
pub static USER_EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| with_user_rows(EMBEDDED_GAZETTEER.clone(), false));

/// The `add_file` gazetteer plus [`USER_ROWS`] (`add_file`).
pub static USER_FILE_EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| with_user_rows(FILE_GAZETTEER.clone(), true));

/// Articles placed around a family's rows in the batch configurations: their events must
/// come back at their places, so a batch out of order fails.
const FILLERS: [&str; 2] = [
    " date 2023-06-01 Brazil and Argentina signed a trade agreement in Brasilia on Thursday.",
    " date 2023-06-01 The bakery sold out of bread by noon on Saturday.",
];

/// The configurations every row runs through.
pub const CONFIGS: [&str; 4] = ["extract_event", "extract_events", "add_file", "add_file batch"];

/// The configurations of [`run_user`].
pub const USER_CONFIGS: [&str; 4] = ["user extract", "user extract_batch", "user add_file", "user add_file batch"];

/// What a row expects of its event. Lists of codes and names are compared sorted unless
/// the variant says "in order".
#[derive(Debug, Clone, Copy)]
#[allow(dead_code)] // not every variant is used by every build of the rows
pub enum Expect {
    /// `date`, as `YYYY-MM-DD`.
    Date(Option<&'static str>),
    /// `headline`, exactly.
    Headline(&'static str),
    /// The headline's length in bytes lies in `[min, max]`.
    HeadlineLen(usize, usize),
    /// The codes of `countries`, as a set (sorted).
    Countries(&'static [&'static str]),
    /// The codes of `countries`, in output order (most salient first).
    CountryOrder(&'static [&'static str]),
    /// The count of one country.
    CountryCount(&'static str, usize),
    /// The surface forms of one country's spans, in text order.
    CountrySpans(&'static str, &'static [&'static str]),
    /// This country is not among `countries`.
    NoCountry(&'static str),
    /// `kind.code` (`None`: no event).
    Kind(Option<Plover>),
    /// `kind.code` is not this.
    NotKind(Plover),
    /// `kind.trigger.text`.
    Trigger(&'static str),
    /// `kind.cameo`.
    Cameo(Option<&'static str>),
    /// `actors`, in order.
    Actors(&'static [&'static str]),
    /// `source`, the side that acts.
    Source(&'static [&'static str]),
    /// `target`, the side acted on.
    Target(&'static [&'static str]),
    /// `location` as (name, country).
    Location(Option<(&'static str, &'static str)>),
    /// The text the location's span covers.
    LocationSpan(&'static str),
    /// `location` is not this place name (or there is none).
    NotLocation(&'static str),
    /// `when` as (text, start, end); an empty date string is null.
    When(Option<(&'static str, &'static str, &'static str)>),
    /// `when` resolves to these days (start, end), whatever its text.
    WhenDays(&'static str, &'static str),
    /// The canonical names of `people`, as a set (sorted).
    People(&'static [&'static str]),
    /// The canonical names of `people`, in output order (first mention first).
    PeopleOrder(&'static [&'static str]),
    /// One person: (name, role, country, known).
    Person(&'static str, Option<&'static str>, Option<&'static str>, bool),
    /// Somebody of this name is among `people`.
    HasPerson(&'static str),
    /// Nobody of this name is among `people`.
    NoPerson(&'static str),
    /// One person's mention count.
    PersonCount(&'static str, usize),
    /// One person's `wikidata` id.
    PersonWikidata(&'static str, Option<&'static str>),
    /// The surface forms of one person's spans, in text order.
    PersonSpans(&'static str, &'static [&'static str]),
    /// `organizations` as sorted (id, count).
    Orgs(&'static [(&'static str, usize)]),
    /// The surface forms of one organisation's spans.
    OrgSpans(&'static str, &'static [&'static str]),
    /// One organisation's output name.
    OrgName(&'static str, &'static str),
    /// The ids of `topics`, in output order.
    Topics(&'static [&'static str]),
    /// This topic is reported.
    HasTopic(&'static str),
    /// This topic is not reported.
    NoTopic(&'static str),
    /// One topic's count.
    TopicCount(&'static str, usize),
    /// One topic is reported with at least this count.
    TopicMin(&'static str, usize),
    /// `topics` is sorted by count, most first.
    TopicsSortedByCount,
}

use Expect::*;

/// A named row: (name, input text, expectations).
pub type Row = (&'static str, &'static str, &'static [Expect]);

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

fn strs(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

fn forms(text: &str, spans: &[Span]) -> Vec<String> {
    spans.iter().map(|sp| text.get(sp.range()).unwrap_or("<bad span>").to_string()).collect()
}

fn date_str(d: Option<Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// Checks one expectation on an event; `Err` says what differs.
pub fn check_one(text: &str, e: &Event, x: &Expect) -> Result<(), String> {
    let diff = |what: &str, want: String, got: String| -> Result<(), String> {
        if want == got { Ok(()) } else { Err(format!("{what}: want {want}, got {got}")) }
    };
    let dbg = |v: &dyn std::fmt::Debug| format!("{v:?}");
    let codes = || e.countries.iter().map(|c| c.code.clone()).collect::<Vec<_>>();
    let person = |name: &str| e.people.iter().find(|p| p.name == name);
    let people_names = || sorted(e.people.iter().map(|p| p.name.clone()).collect());
    match *x {
        Date(want) => diff("date", dbg(&want.map(String::from)), dbg(&e.date.map(|d| d.to_string()))),
        Headline(want) => diff("headline", dbg(&want), dbg(&e.headline)),
        HeadlineLen(min, max) => match (min..=max).contains(&e.headline.len()) {
            true => Ok(()),
            false => Err(format!("headline: want {min} to {max} bytes, got {}", e.headline.len())),
        },
        Countries(want) => diff("countries", dbg(&sorted(strs(want))), dbg(&sorted(codes()))),
        CountryOrder(want) => diff("country order", dbg(&strs(want)), dbg(&codes())),
        CountryCount(code, n) => {
            let got = e.countries.iter().find(|c| c.code == code).map(|c| c.count);
            diff(&format!("count of {code}"), dbg(&Some(n)), dbg(&got))
        }
        CountrySpans(code, want) => {
            let got = e.countries.iter().find(|c| c.code == code).map(|c| forms(text, &c.spans));
            diff(&format!("spans of {code}"), dbg(&Some(strs(want))), dbg(&got))
        }
        NoCountry(code) => match codes().contains(&code.to_string()) {
            false => Ok(()),
            true => Err(format!("countries: {code} should not be there, got {:?}", codes())),
        },
        Kind(want) => {
            let got = e.kind.as_ref().map(|k| k.code);
            match got == want {
                true => Ok(()),
                false => Err(format!(
                    "kind: want {want:?}, got {got:?} (trigger {:?})",
                    e.kind.as_ref().map(|k| k.trigger.text.as_str())
                )),
            }
        }
        NotKind(not) => match e.kind.as_ref() {
            Some(k) if k.code == not => {
                Err(format!("kind: must not be {not}, got {not} (trigger {:?})", k.trigger.text))
            }
            _ => Ok(()),
        },
        Trigger(want) => diff("trigger", dbg(&Some(want)), dbg(&e.kind.as_ref().map(|k| k.trigger.text.as_str()))),
        Cameo(want) => diff("cameo", dbg(&want), dbg(&e.kind.as_ref().and_then(|k| k.cameo.as_deref()))),
        Actors(want) => diff("actors", dbg(&strs(want)), dbg(&e.actors)),
        Source(want) => diff("source", dbg(&strs(want)), dbg(&e.source)),
        Target(want) => diff("target", dbg(&strs(want)), dbg(&e.target)),
        Location(want) => {
            diff("location", dbg(&want), dbg(&e.location.as_ref().map(|l| (l.name.as_str(), l.country.as_str()))))
        }
        LocationSpan(want) => diff(
            "location span",
            dbg(&Some(want)),
            dbg(&e.location.as_ref().map(|l| forms(text, &[l.span])[0].clone())),
        ),
        NotLocation(name) => match e.location.as_ref() {
            Some(l) if l.name == name => Err(format!("location: must not be {name}, got {l:?}")),
            _ => Ok(()),
        },
        When(want) => {
            let got = e.when.as_ref().map(|w| (w.text.clone(), date_str(w.start), date_str(w.end)));
            let want = want.map(|(t, s, e)| (t.to_string(), s.to_string(), e.to_string()));
            diff("when", dbg(&want), dbg(&got))
        }
        WhenDays(start, end) => diff(
            "when (start, end)",
            dbg(&Some((start.to_string(), end.to_string()))),
            dbg(&e.when.as_ref().map(|w| (date_str(w.start), date_str(w.end)))),
        ),
        People(want) => diff("people", dbg(&sorted(strs(want))), dbg(&people_names())),
        PeopleOrder(want) => {
            diff("people order", dbg(&strs(want)), dbg(&e.people.iter().map(|p| p.name.clone()).collect::<Vec<_>>()))
        }
        Person(name, role, country, known) => match person(name) {
            None => Err(format!("no person {name:?} among {:?}", people_names())),
            Some(p) => diff(
                &format!("person {name:?} (role, country, known)"),
                dbg(&(role, country, known)),
                dbg(&(p.role.as_deref(), p.country.as_deref(), p.known)),
            ),
        },
        HasPerson(name) => match person(name) {
            Some(_) => Ok(()),
            None => Err(format!("no person {name:?} among {:?}", people_names())),
        },
        NoPerson(name) => match person(name) {
            None => Ok(()),
            Some(p) => Err(format!("person {name:?} should not be there (spans {:?})", forms(text, &p.spans))),
        },
        PersonCount(name, n) => diff(&format!("count of {name:?}"), dbg(&Some(n)), dbg(&person(name).map(|p| p.count))),
        PersonWikidata(name, q) => diff(
            &format!("wikidata of {name:?}"),
            dbg(&Some(q.map(str::to_string))),
            dbg(&person(name).map(|p| p.wikidata.clone())),
        ),
        PersonSpans(name, want) => diff(
            &format!("spans of {name:?}"),
            dbg(&Some(strs(want))),
            dbg(&person(name).map(|p| forms(text, &p.spans))),
        ),
        Orgs(want) => {
            let want: Vec<(String, usize)> = want.iter().map(|&(i, n)| (i.to_string(), n)).collect();
            let mut got: Vec<(String, usize)> = e.organizations.iter().map(|o| (o.id.clone(), o.count)).collect();
            got.sort();
            diff("organizations", dbg(&want), dbg(&got))
        }
        OrgSpans(id, want) => diff(
            &format!("spans of {id}"),
            dbg(&Some(strs(want))),
            dbg(&e.organizations.iter().find(|o| o.id == id).map(|o| forms(text, &o.spans))),
        ),
        OrgName(id, name) => diff(
            &format!("name of {id}"),
            dbg(&Some(name)),
            dbg(&e.organizations.iter().find(|o| o.id == id).map(|o| o.name.as_str())),
        ),
        Topics(want) => diff("topics", dbg(&strs(want)), dbg(&topic_ids(e))),
        HasTopic(id) => match topic_ids(e).iter().any(|t| t == id) {
            true => Ok(()),
            false => Err(format!("topics: want {id} among them, got {:?}", topic_ids(e))),
        },
        NoTopic(id) => match topic_ids(e).iter().any(|t| t == id) {
            false => Ok(()),
            true => Err(format!("topics: {id} should not be there, got {:?}", topic_ids(e))),
        },
        TopicCount(id, n) => diff(
            &format!("count of topic {id}"),
            dbg(&Some(n)),
            dbg(&e.topics.iter().find(|t| t.id == id).map(|t| t.count)),
        ),
        TopicMin(id, n) => match e.topics.iter().find(|t| t.id == id) {
            Some(t) if t.count >= n && !t.label.is_empty() => Ok(()),
            got => Err(format!("topic {id}: want a count of {n} or more, got {:?}", got.map(|t| t.count))),
        },
        TopicsSortedByCount => match e.topics.windows(2).all(|w| w[0].count >= w[1].count) {
            true => Ok(()),
            false => Err(format!(
                "topics not sorted by count: {:?}",
                e.topics.iter().map(|t| (&t.id, t.count)).collect::<Vec<_>>()
            )),
        },
    }
}

fn topic_ids(e: &Event) -> Vec<String> {
    e.topics.iter().map(|t| t.id.clone()).collect()
}

/// What holds for every event of every text: spans inside the text on char boundaries,
/// counts equal to spans, surface forms equal to what the spans cover.
pub fn check_invariants(text: &str, e: &Event) -> Result<(), String> {
    let ok = |what: &str, s: &Span| -> Result<(), String> {
        let (a, b) = (s.start, s.end);
        if a <= b && b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b) {
            Ok(())
        } else {
            Err(format!("{what}: bad span {s:?}"))
        }
    };
    for c in &e.countries {
        if c.count != c.spans.len() {
            return Err(format!("country {}: count {} != {} spans", c.code, c.count, c.spans.len()));
        }
        c.spans.iter().try_for_each(|s| ok(&c.code, s))?;
    }
    for p in &e.people {
        if p.count != p.spans.len() {
            return Err(format!("person {}: count {} != {} spans", p.name, p.count, p.spans.len()));
        }
        p.spans.iter().try_for_each(|s| ok(&p.name, s))?;
    }
    for o in &e.organizations {
        if o.count != o.spans.len() {
            return Err(format!("org {}: count {} != {} spans", o.id, o.count, o.spans.len()));
        }
        o.spans.iter().try_for_each(|s| ok(&o.id, s))?;
    }
    for t in &e.topics {
        if t.count != t.spans.len() {
            return Err(format!("topic {}: count {} != {} spans", t.id, t.count, t.spans.len()));
        }
        t.spans.iter().try_for_each(|s| ok(&t.id, s))?;
    }
    if let Some(k) = &e.kind {
        ok("trigger", &k.trigger.span)?;
        if text[k.trigger.span] != k.trigger.text {
            return Err(format!("trigger text {:?} is not what its span covers", k.trigger.text));
        }
        if let Some(c) = &k.cameo
            && (c.len() != 2 || !c.bytes().all(|b| b.is_ascii_digit()))
        {
            return Err(format!("cameo {c:?} is not two digits"));
        }
    }
    if let Some(w) = &e.when {
        ok("when", &w.span)?;
        if text[w.span] != w.text {
            return Err(format!("when text {:?} is not what its span covers", w.text));
        }
    }
    if let Some(l) = &e.location {
        ok("location", &l.span)?;
    }
    Ok(())
}

/// Runs every row of a family through every configuration; panics with every failure.
pub fn run(family: &str, rows: &[Row]) {
    run_with(family, rows, None, false);
}

/// [`run`] on extractors with the users' rows [`USER_ROWS`]: the embedded gazetteer plus
/// them (in place of `extract_event`/`extract_events`) and the `add_file` one plus them.
pub fn run_user(family: &str, rows: &[Row]) {
    run_with(family, rows, None, true);
}

/// [`run`], with `reference` as the date for texts that carry none
/// (`extract_with_reference`, `extract_batch_with_reference`).
pub fn run_with_reference(family: &str, reference: Date, rows: &[Row]) {
    run_with(family, rows, Some(reference), false);
}

/// [`run`] on the one row of `rows` named `name` (for the ignored rows of [`spec_gap`]).
pub fn run_one(family: &str, rows: &[Row], name: &str) {
    let i = rows.iter().position(|r| r.0 == name).unwrap_or_else(|| panic!("{family}: no row {name}"));
    run(family, &rows[i..=i]);
}

/// One ignored test for one row of a table of rules SPEC.md states and the code does not
/// meet yet: `spec_gap!(test_name, "family", ROWS, "row_name", "why it fails");`. Each row
/// is its own test, so that a fixed rule is un-ignored alone.
macro_rules! spec_gap {
    ($test:ident, $family:literal, $rows:ident, $row:literal, $reason:literal) => {
        #[test]
        #[ignore = $reason]
        fn $test() {
            $crate::harness::run_one($family, $rows, $row);
        }
    };
}
pub(crate) use spec_gap;

fn run_with(family: &str, rows: &[Row], reference: Option<Date>, user: bool) {
    let (default, files): (&Extractor, &Extractor) = match user {
        false => (newsevent::default_extractor(), &FILE_EXTRACTOR),
        true => (&USER_EXTRACTOR, &USER_FILE_EXTRACTOR),
    };
    let single = |x: &Extractor, t: &str| match reference {
        None => x.extract(t),
        Some(_) => x.extract_with_reference(t, reference),
    };
    let batch = |x: &Extractor, ts: &[&str]| match reference {
        None => x.extract_batch(ts),
        Some(_) => x.extract_batch_with_reference(ts, reference),
    };
    let texts: Vec<&str> =
        std::iter::once(FILLERS[0]).chain(rows.iter().map(|r| r.1)).chain(std::iter::once(FILLERS[1])).collect();
    let mut outputs: Vec<Vec<Event>> = Vec::with_capacity(CONFIGS.len());
    outputs.push(match (reference, user) {
        // The free functions are the first two configurations.
        (None, false) => texts.iter().map(|t| newsevent::extract_event(t)).collect(),
        _ => texts.iter().map(|t| single(default, t)).collect(),
    });
    outputs.push(match (reference, user) {
        (None, false) => newsevent::extract_events(&texts),
        _ => batch(default, &texts),
    });
    outputs.push(texts.iter().map(|t| single(files, t)).collect());
    outputs.push(batch(files, &texts));

    let mut failures: Vec<String> = Vec::new();
    let mut names: Vec<&str> = rows.iter().map(|r| r.0).collect();
    names.sort_unstable();
    for w in names.windows(2) {
        if w[0] == w[1] {
            failures.push(format!("FAIL {family}/{} [all]: two rows of this name", w[0]));
        }
    }
    let reference_events = &outputs[0];
    for (c, events) in outputs.iter().enumerate() {
        let config = if user { USER_CONFIGS[c] } else { CONFIGS[c] };
        if events.len() != texts.len() {
            failures.push(format!("FAIL {family} [{config}]: {} events for {} texts", events.len(), texts.len()));
            continue;
        }
        for (k, filler) in [(0, FILLERS[0]), (texts.len() - 1, FILLERS[1])] {
            if events[k] != single(default, filler) {
                failures.push(format!("FAIL {family}/<filler {k}> [{config}]: not the filler's event (order)"));
            }
        }
        for (i, row) in rows.iter().enumerate() {
            let (name, text, expects) = *row;
            let e = &events[i + 1];
            if c > 0 && *e != reference_events[i + 1] {
                failures.push(format!("FAIL {family}/{name} [{config}]: differs from extract_event"));
            }
            let mut errs: Vec<String> = Vec::new();
            if let Err(m) = check_invariants(text, e) {
                errs.push(m);
            }
            for x in expects {
                if let Err(m) = check_one(text, e, x) {
                    errs.push(m);
                }
            }
            for m in errs {
                failures.push(format!("FAIL {family}/{name} [{config}]: {m}"));
            }
        }
    }
    // One line per (row, what), naming the configurations it failed in.
    let mut merged: Vec<(String, Vec<&str>)> = Vec::new();
    for f in &failures {
        let (head, rest) = f.split_once(" [").unwrap_or((f.as_str(), ""));
        let (config, msg) = rest.split_once("]: ").unwrap_or(("", rest));
        let key = format!("{head}: {msg}");
        match merged.iter_mut().find(|(k, _)| *k == key) {
            Some((_, cs)) => cs.push(config),
            None => merged.push((key, vec![config])),
        }
    }
    if !merged.is_empty() {
        let lines: Vec<String> = merged
            .iter()
            .map(|(k, cs)| {
                let (head, msg) = k.split_once(": ").unwrap_or((k, ""));
                format!("{head} [{}]: {msg}", cs.join(", "))
            })
            .collect();
        panic!("{} failing check(s) in {family}:\n{}", lines.len(), lines.join("\n"));
    }
}

#[test]
fn data_files_cover_every_table_and_file() {
    // Every table has a file.
    for t in Table::ALL {
        assert!(DATA_FILES.iter().any(|&(d, _)| d == t), "{t:?} has no data file in DATA_FILES");
    }
    // Every .tsv file of data/ is listed.
    fn walk(dir: &Path, out: &mut Vec<String>, base: &Path) {
        for entry in std::fs::read_dir(dir).expect("data/ is readable") {
            let p = entry.expect("a directory entry").path();
            // `data/inputs/` holds the reviewed inputs of the generators, not embedded tables.
            if p.is_dir() && p.file_name().is_some_and(|n| n != "inputs") {
                walk(&p, out, base);
            } else if p.extension().is_some_and(|e| e == "tsv") {
                out.push(p.strip_prefix(base).expect("under data/").to_string_lossy().replace('\\', "/"));
            }
        }
    }
    let mut on_disk = Vec::new();
    walk(&data_dir(), &mut on_disk, &data_dir());
    on_disk.sort();
    let mut listed: Vec<String> = DATA_FILES.iter().map(|&(_, f)| f.to_string()).collect();
    listed.sort();
    assert_eq!(listed, on_disk, "DATA_FILES and the .tsv files of data/ differ");
    // The files give the embedded gazetteer, table by table.
    let embedded = &*EMBEDDED_GAZETTEER;
    for t in Table::ALL {
        assert_eq!(FILE_GAZETTEER.len(t), embedded.len(t), "{t:?}: rows from add_file vs embedded");
    }
    assert_eq!(FILE_EXTRACTOR.pattern_count(), newsevent::default_extractor().pattern_count());
}

#[test]
fn batches_keep_input_order_and_length() {
    let texts = [
        "Protesters marched in Havana.",
        "",
        " date 2024-03-05 Russia launched an airstrike on Kyiv on Monday.",
        "India and Japan held talks.",
        "Protesters marched in Havana.",
    ];
    let singles: Vec<Event> = texts.iter().map(|t| newsevent::extract_event(t)).collect();
    assert_eq!(newsevent::extract_events(&texts), singles);
    assert_eq!(FILE_EXTRACTOR.extract_batch(&texts), singles);
    let owned: Vec<String> = texts.iter().map(|t| t.to_string()).collect();
    assert_eq!(newsevent::extract_events(&owned), singles);
    assert!(newsevent::extract_events::<&str>(&[]).is_empty());
    // A batch much larger than the number of threads.
    let many: Vec<&str> = (0..200).map(|i| texts[i % texts.len()]).collect();
    let events = newsevent::extract_events(&many);
    assert_eq!(events.len(), many.len());
    for (i, e) in events.iter().enumerate() {
        assert_eq!(*e, singles[i % texts.len()], "batch item {i}");
    }
}
