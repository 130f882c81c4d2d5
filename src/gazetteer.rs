//! The gazetteer: the tables of `data/`, parsed and checked, plus what a user loads.
//!
//! Every table is plain TSV (see `data/README.md`). [`Gazetteer::embedded`] parses the
//! tables shipped in the crate; [`Gazetteer::add_str`] and [`Gazetteer::add_file`] add a
//! user's rows in the same formats, and [`Gazetteer::clear`] drops a table to replace it.

use std::collections::HashSet;
use std::path::Path;

use crate::model::Plover;
use crate::time::Date;

/// Why a user's table could not be loaded. Nothing is added when loading fails.
///
/// ```
/// use newsevent::{Gazetteer, GazetteerError, Table};
/// let mut g = Gazetteer::embedded();
/// let err = g.add_str(Table::People, "mine.tsv", "Jane Roe\t\tMayor\tZZZ\t2020-01-01\t\n").unwrap_err();
/// assert_eq!(err.to_string(), "mine.tsv:1: unknown country code `ZZZ`");
/// assert!(matches!(err, GazetteerError::Row { line: 1, .. }));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum GazetteerError {
    /// A row is malformed or refers to something unknown.
    #[error("{file}:{line}: {message}")]
    Row {
        /// The file (or name) the rows came from.
        file: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The file could not be read.
    #[error("{file}: cannot read: {error}")]
    Io {
        /// The file.
        file: String,
        /// The underlying error.
        #[source]
        error: std::io::Error,
    },
    /// The file is not UTF-8.
    #[error("{file}:{line}: invalid UTF-8")]
    Utf8 {
        /// The file.
        file: String,
        /// 1-based line number of the first invalid byte.
        line: usize,
    },
    /// The matcher could not be built from the gazetteer.
    #[error("cannot build the matcher: {0}")]
    Build(String),
}

/// The tables a gazetteer is made of, each in the format `data/README.md` describes.
///
/// ```
/// assert_eq!(newsevent::Table::People.columns(), "name\taliases\trole\tcountry\tstart\tend");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Table {
    /// `countries.tsv`: iso3, iso2, name.
    Countries,
    /// `country_forms.tsv`: form, iso3, kind, flags.
    CountryForms,
    /// `cities.tsv`: name, iso3, kind, aliases, flags.
    Cities,
    /// `blockers.tsv`: form, note.
    Blockers,
    /// `people/*.tsv`: name, aliases, role, country, start, end.
    People,
    /// `organizations.tsv`: id, name, aliases, kind, parent, members, wikidata.
    Organizations,
    /// `topics.tsv`: id, label, iptc.
    Topics,
    /// `topic_cues.tsv`: topic, cue, weight.
    TopicCues,
    /// `triggers.tsv`: cue, plover, cameo, weight.
    Triggers,
    /// `negations.tsv`: cue, kind.
    Negations,
    /// `titles.tsv`: title, role, kind.
    Titles,
    /// `given_names.tsv`: name. A given name followed by capitalised words is a person.
    GivenNames,
}

impl Table {
    /// Every table, in the order the embedded gazetteer loads them.
    pub const ALL: [Table; 12] = [
        Table::Countries,
        Table::CountryForms,
        Table::Cities,
        Table::Blockers,
        Table::People,
        Table::Organizations,
        Table::Topics,
        Table::TopicCues,
        Table::Triggers,
        Table::Negations,
        Table::Titles,
        Table::GivenNames,
    ];

    /// The table's columns, TAB-separated, as in its header line.
    pub fn columns(self) -> &'static str {
        match self {
            Table::Countries => "iso3\tiso2\tname",
            Table::CountryForms => "form\tiso3\tkind\tflags",
            Table::Cities => "name\tiso3\tkind\taliases\tflags",
            Table::Blockers => "form\tnote",
            Table::People => "name\taliases\trole\tcountry\tstart\tend",
            Table::Organizations => "id\tname\taliases\tkind\tparent\tmembers\twikidata",
            Table::Topics => "id\tlabel\tiptc",
            Table::TopicCues => "topic\tcue\tweight",
            Table::Triggers => "cue\tplover\tcameo\tweight",
            Table::Negations => "cue\tkind",
            Table::Titles => "title\trole\tkind",
            Table::GivenNames => "name",
        }
    }
    fn ncols(self) -> usize {
        self.columns().split('\t').count()
    }
}

/// How a country form refers to its country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FormKind {
    Name,
    Abbr,
    Demonym,
    Combining,
}

/// Flags on a country or city form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Flags {
    /// Also a common name or word: not counted next to another capitalised name word.
    pub ambiguous: bool,
    /// Counted only when the country is also referred to by a form that is not weak.
    pub weak: bool,
}

#[derive(Debug, Clone)]
pub(crate) struct CountryRow {
    pub iso3: String,
    pub name: String,
}
#[derive(Debug, Clone)]
pub(crate) struct FormRow {
    pub form: String,
    pub iso3: String,
    pub kind: FormKind,
    pub flags: Flags,
}
#[derive(Debug, Clone)]
pub(crate) struct CityRow {
    pub name: String,
    pub iso3: String,
    pub aliases: Vec<String>,
    pub flags: Flags,
}
#[derive(Debug, Clone)]
pub(crate) struct RoleRow {
    pub name: String,
    pub aliases: Vec<String>,
    pub role: String,
    pub country: Option<String>,
    pub start: Option<Date>,
    pub end: Option<Date>,
}
#[derive(Debug, Clone)]
pub(crate) struct OrgRow {
    pub id: String,
    pub armed_group: bool,
    pub members: Vec<String>,
    pub name: String,
    /// Alias, and whether it counts only when the parent is mentioned too.
    pub aliases: Vec<(String, bool)>,
    pub parent: Option<String>,
}
#[derive(Debug, Clone)]
pub(crate) struct TopicRow {
    pub id: String,
    pub label: String,
}
#[derive(Debug, Clone)]
pub(crate) struct CueRow {
    pub topic: String,
    pub cue: String,
    pub weight: u8,
}
#[derive(Debug, Clone)]
pub(crate) struct TriggerRow {
    pub cue: String,
    pub plover: Plover,
    pub cameo: Option<String>,
    pub weight: u8,
}
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NegKind {
    Neg,
    Hedge,
}
#[derive(Debug, Clone)]
pub(crate) struct NegRow {
    pub cue: String,
    pub kind: NegKind,
}
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TitleKind {
    Office,
    Honorific,
    Military,
}
#[derive(Debug, Clone)]
pub(crate) struct TitleRow {
    pub title: String,
    pub role: Option<String>,
    pub kind: TitleKind,
}

/// The data an [`Extractor`](crate::Extractor) is built from: countries, cities, people
/// with their roles, organisations, topics and event cues.
///
/// ```
/// use newsevent::{Extractor, Gazetteer, Table};
/// let mut g = Gazetteer::embedded();
/// g.add_str(Table::People, "mine.tsv", "Jane Roe\tRoe\tMayor of Springfield\tUSA\t2021-01-04\t\n")?;
/// let x = Extractor::new(g)?;
/// let e = x.extract("Jane Roe opened the bridge. Roe said it was a good day.");
/// assert_eq!(e.people[0].name, "Jane Roe");
/// assert_eq!(e.people[0].count, 2);
/// # Ok::<(), newsevent::GazetteerError>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    pub(crate) countries: Vec<CountryRow>,
    pub(crate) forms: Vec<FormRow>,
    pub(crate) cities: Vec<CityRow>,
    pub(crate) blockers: Vec<String>,
    pub(crate) people: Vec<RoleRow>,
    pub(crate) orgs: Vec<OrgRow>,
    pub(crate) topics: Vec<TopicRow>,
    pub(crate) cues: Vec<CueRow>,
    pub(crate) triggers: Vec<TriggerRow>,
    pub(crate) negations: Vec<NegRow>,
    pub(crate) titles: Vec<TitleRow>,
    pub(crate) given_names: Vec<String>,
}

/// The tables shipped in the crate, as (table, file name, text).
pub(crate) const EMBEDDED: &[(Table, &str, &str)] = &[
    (Table::Countries, "data/countries.tsv", include_str!("../data/countries.tsv")),
    (Table::CountryForms, "data/country_forms.tsv", include_str!("../data/country_forms.tsv")),
    (Table::Cities, "data/cities.tsv", include_str!("../data/cities.tsv")),
    (Table::Blockers, "data/blockers.tsv", include_str!("../data/blockers.tsv")),
    (Table::People, "data/people/leaders.tsv", include_str!("../data/people/leaders.tsv")),
    (Table::People, "data/people/ministers_west.tsv", include_str!("../data/people/ministers_west.tsv")),
    (Table::People, "data/people/ministers_rest.tsv", include_str!("../data/people/ministers_rest.tsv")),
    (Table::People, "data/people/intl.tsv", include_str!("../data/people/intl.tsv")),
    (Table::Organizations, "data/organizations.tsv", include_str!("../data/organizations.tsv")),
    (Table::Topics, "data/topics.tsv", include_str!("../data/topics.tsv")),
    (Table::TopicCues, "data/topic_cues.tsv", include_str!("../data/topic_cues.tsv")),
    (Table::Triggers, "data/triggers.tsv", include_str!("../data/triggers.tsv")),
    (Table::Negations, "data/negations.tsv", include_str!("../data/negations.tsv")),
    (Table::Titles, "data/titles.tsv", include_str!("../data/titles.tsv")),
    (Table::GivenNames, "data/given_names.tsv", include_str!("../data/given_names.tsv")),
];

fn err(file: &str, line: usize, message: impl Into<String>) -> GazetteerError {
    GazetteerError::Row { file: file.to_string(), line, message: message.into() }
}

fn list(cell: &str) -> Vec<String> {
    cell.split(';').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()
}

fn opt(cell: &str) -> Option<String> {
    let c = cell.trim();
    (!c.is_empty()).then(|| c.to_string())
}

fn flags(file: &str, line: usize, cell: &str) -> Result<Flags, GazetteerError> {
    let mut f = Flags::default();
    for flag in list(cell) {
        match flag.as_str() {
            "ambiguous" => f.ambiguous = true,
            "weak" => f.weak = true,
            other => return Err(err(file, line, format!("unknown flag `{other}` (expected ambiguous or weak)"))),
        }
    }
    Ok(f)
}

fn weight(file: &str, line: usize, cell: &str) -> Result<u8, GazetteerError> {
    match cell.trim() {
        "" => Ok(2),
        "1" => Ok(1),
        "2" => Ok(2),
        "3" => Ok(3),
        w => Err(err(file, line, format!("bad weight `{w}` (expected 1, 2 or 3)"))),
    }
}

fn date(file: &str, line: usize, cell: &str) -> Result<Option<Date>, GazetteerError> {
    let c = cell.trim();
    if c.is_empty() {
        return Ok(None);
    }
    c.parse::<Date>().map(Some).map_err(|e| err(file, line, format!("bad date `{c}`: {e}")))
}

fn nonempty<'a>(file: &str, line: usize, cell: &'a str, what: &str) -> Result<&'a str, GazetteerError> {
    let c = cell.trim();
    if c.is_empty() {
        Err(err(file, line, format!("empty {what}")))
    } else {
        Ok(c)
    }
}

impl Gazetteer {
    /// The gazetteer shipped in the crate (every country, leaders since 2000, ministers,
    /// heads of international organisations, organisations, topics, event cues).
    ///
    /// ```
    /// let g = newsevent::Gazetteer::embedded();
    /// assert!(g.len(newsevent::Table::Countries) >= 250);
    /// ```
    pub fn embedded() -> Gazetteer {
        let mut g = Gazetteer::default();
        for &(table, file, text) in EMBEDDED {
            // The embedded tables are checked by the test suite (tests/data.rs);
            // a bad row there is a bug in the crate, never in the caller's input.
            if let Err(e) = g.add_str(table, file, text) {
                panic!("embedded gazetteer: {e}");
            }
        }
        g
    }

    /// An empty gazetteer, for users who bring all their own tables.
    ///
    /// ```
    /// let g = newsevent::Gazetteer::empty();
    /// assert_eq!(g.len(newsevent::Table::People), 0);
    /// ```
    pub fn empty() -> Gazetteer {
        Gazetteer::default()
    }

    /// Number of rows in a table.
    ///
    /// ```
    /// let g = newsevent::Gazetteer::embedded();
    /// assert_eq!(g.len(newsevent::Table::Topics), 28);
    /// ```
    pub fn len(&self, table: Table) -> usize {
        match table {
            Table::Countries => self.countries.len(),
            Table::CountryForms => self.forms.len(),
            Table::Cities => self.cities.len(),
            Table::Blockers => self.blockers.len(),
            Table::People => self.people.len(),
            Table::Organizations => self.orgs.len(),
            Table::Topics => self.topics.len(),
            Table::TopicCues => self.cues.len(),
            Table::Triggers => self.triggers.len(),
            Table::Negations => self.negations.len(),
            Table::Titles => self.titles.len(),
            Table::GivenNames => self.given_names.len(),
        }
    }

    /// Whether every table is empty.
    ///
    /// ```
    /// assert!(newsevent::Gazetteer::empty().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        Table::ALL.iter().all(|&t| self.len(t) == 0)
    }

    /// Drops every row of a table, so that the rows added next replace it.
    ///
    /// ```
    /// use newsevent::{Gazetteer, Table};
    /// let mut g = Gazetteer::embedded();
    /// g.clear(Table::People);
    /// assert_eq!(g.len(Table::People), 0);
    /// ```
    pub fn clear(&mut self, table: Table) {
        match table {
            Table::Countries => self.countries.clear(),
            Table::CountryForms => self.forms.clear(),
            Table::Cities => self.cities.clear(),
            Table::Blockers => self.blockers.clear(),
            Table::People => self.people.clear(),
            Table::Organizations => self.orgs.clear(),
            Table::Topics => self.topics.clear(),
            Table::TopicCues => self.cues.clear(),
            Table::Triggers => self.triggers.clear(),
            Table::Negations => self.negations.clear(),
            Table::Titles => self.titles.clear(),
            Table::GivenNames => self.given_names.clear(),
        }
    }

    /// Reads a table file (UTF-8 TSV in the format of `data/README.md`) and adds its rows.
    ///
    /// ```
    /// use newsevent::{Gazetteer, Table};
    /// let err = Gazetteer::embedded().add_file(Table::People, "no/such/file.tsv").unwrap_err();
    /// assert!(err.to_string().starts_with("no/such/file.tsv: cannot read"));
    /// ```
    pub fn add_file(&mut self, table: Table, path: impl AsRef<Path>) -> Result<(), GazetteerError> {
        let path = path.as_ref();
        let file = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|error| GazetteerError::Io { file: file.clone(), error })?;
        let text = match std::str::from_utf8(&bytes) {
            Ok(t) => t,
            Err(e) => {
                let line = 1 + bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count();
                return Err(GazetteerError::Utf8 { file, line });
            }
        };
        self.add_str(table, &file, text)
    }

    /// Parses rows of a table from text and adds them; `file` names the source in errors.
    /// Either every row is added or, on the first bad row, none is.
    ///
    /// ```
    /// use newsevent::{Gazetteer, Table};
    /// let mut g = Gazetteer::embedded();
    /// let before = g.len(Table::People);
    /// let rows = "Jane Roe\t\tMayor\tUSA\t2021-01-04\t\nJohn Doe\t\tMayor\tUSA\t2021-13-01\t\n";
    /// let err = g.add_str(Table::People, "mine.tsv", rows).unwrap_err();
    /// assert!(err.to_string().starts_with("mine.tsv:2: bad date `2021-13-01`"));
    /// assert_eq!(g.len(Table::People), before);
    /// ```
    pub fn add_str(&mut self, table: Table, file: &str, text: &str) -> Result<(), GazetteerError> {
        let known: HashSet<&str> = self.countries.iter().map(|c| c.iso3.as_str()).collect();
        let mut staged = Gazetteer::default();
        let mut seen_ids: HashSet<String> = match table {
            Table::Countries => known.iter().map(|s| s.to_string()).collect(),
            Table::Organizations => self.orgs.iter().map(|o| o.id.clone()).collect(),
            Table::Topics => self.topics.iter().map(|t| t.id.clone()).collect(),
            _ => HashSet::new(),
        };
        let topic_ids: HashSet<&str> = self.topics.iter().map(|t| t.id.as_str()).collect();
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let row = raw.strip_suffix('\r').unwrap_or(raw);
            if row.trim().is_empty() || row.starts_with('#') {
                continue;
            }
            let cells: Vec<&str> = row.split('\t').collect();
            let n = table.ncols();
            // Trailing empty columns may be left out.
            if cells.len() > n {
                return Err(err(
                    file,
                    line,
                    format!("{} columns, expected {n} ({})", cells.len(), table.columns().replace('\t', ", ")),
                ));
            }
            let cell = |k: usize| cells.get(k).copied().unwrap_or("");
            let country = |k: usize, required: bool| -> Result<Option<String>, GazetteerError> {
                let c = cell(k).trim();
                if c.is_empty() {
                    return if required { Err(err(file, line, "empty country code")) } else { Ok(None) };
                }
                if known.contains(c) || staged.countries.iter().any(|r| r.iso3 == c) {
                    Ok(Some(c.to_string()))
                } else {
                    Err(err(file, line, format!("unknown country code `{c}`")))
                }
            };
            match table {
                Table::Countries => {
                    let iso3 = nonempty(file, line, cell(0), "iso3 code")?;
                    if iso3.len() != 3 || !iso3.bytes().all(|b| b.is_ascii_uppercase()) {
                        return Err(err(
                            file,
                            line,
                            format!("bad iso3 code `{iso3}` (expected three capital letters)"),
                        ));
                    }
                    if !seen_ids.insert(iso3.to_string()) {
                        return Err(err(file, line, format!("duplicate country `{iso3}`")));
                    }
                    let name = nonempty(file, line, cell(2), "name")?;
                    staged.countries.push(CountryRow { iso3: iso3.into(), name: name.into() });
                }
                Table::CountryForms => {
                    let form = nonempty(file, line, cell(0), "form")?;
                    let iso3 = country(1, true)?.unwrap_or_default();
                    let kind = match cell(2).trim() {
                        "name" => FormKind::Name,
                        "abbr" => FormKind::Abbr,
                        "demonym" => FormKind::Demonym,
                        "combining" => FormKind::Combining,
                        k => {
                            return Err(err(
                                file,
                                line,
                                format!("bad kind `{k}` (expected name, abbr, demonym or combining)"),
                            ))
                        }
                    };
                    if kind == FormKind::Combining && !form.ends_with('-') {
                        return Err(err(file, line, format!("combining form `{form}` must end with `-`")));
                    }
                    let flags = flags(file, line, cell(3))?;
                    staged.forms.push(FormRow { form: form.into(), iso3, kind, flags });
                }
                Table::Cities => {
                    let name = nonempty(file, line, cell(0), "name")?;
                    let iso3 = country(1, true)?.unwrap_or_default();
                    if !matches!(cell(2).trim(), "capital" | "city") {
                        let k = cell(2).trim();
                        return Err(err(file, line, format!("bad kind `{k}` (expected capital or city)")));
                    }
                    let flags = flags(file, line, cell(4))?;
                    staged.cities.push(CityRow { name: name.into(), iso3, aliases: list(cell(3)), flags });
                }
                Table::Blockers => {
                    staged.blockers.push(nonempty(file, line, cell(0), "form")?.to_string());
                }
                Table::People => {
                    let name = nonempty(file, line, cell(0), "name")?;
                    let role = nonempty(file, line, cell(2), "role")?;
                    let country = country(3, false)?;
                    let start = date(file, line, cell(4))?;
                    let end = date(file, line, cell(5))?;
                    if let (Some(s), Some(e)) = (start, end) {
                        if e < s {
                            return Err(err(file, line, format!("role ends ({e}) before it starts ({s})")));
                        }
                    }
                    staged.people.push(RoleRow {
                        name: name.into(),
                        aliases: list(cell(1)),
                        role: role.into(),
                        country,
                        start,
                        end,
                    });
                }
                Table::Organizations => {
                    let id = nonempty(file, line, cell(0), "id")?;
                    if !seen_ids.insert(id.to_string()) {
                        return Err(err(file, line, format!("duplicate organisation id `{id}`")));
                    }
                    let name = nonempty(file, line, cell(1), "name")?;
                    match cell(3).trim() {
                        "igo" | "body" | "grouping" | "armed_group" | "" => {}
                        k => {
                            return Err(err(
                                file,
                                line,
                                format!("bad kind `{k}` (expected igo, body, grouping or armed_group)"),
                            ))
                        }
                    }
                    for m in list(cell(5)) {
                        if !known.contains(m.as_str()) {
                            return Err(err(file, line, format!("unknown member country `{m}`")));
                        }
                    }
                    let aliases = list(cell(2))
                        .into_iter()
                        .map(|a| match a.strip_prefix('@') {
                            Some(rest) => (rest.to_string(), true),
                            None => (a, false),
                        })
                        .collect();
                    staged.orgs.push(OrgRow {
                        id: id.into(),
                        armed_group: cell(3).trim() == "armed_group",
                        members: list(cell(5)),
                        name: name.into(),
                        aliases,
                        parent: opt(cell(4)),
                    });
                }
                Table::Topics => {
                    let id = nonempty(file, line, cell(0), "id")?;
                    if !seen_ids.insert(id.to_string()) {
                        return Err(err(file, line, format!("duplicate topic id `{id}`")));
                    }
                    let label = nonempty(file, line, cell(1), "label")?;
                    staged.topics.push(TopicRow { id: id.into(), label: label.into() });
                }
                Table::TopicCues => {
                    let topic = nonempty(file, line, cell(0), "topic")?;
                    if !topic_ids.contains(topic) {
                        return Err(err(file, line, format!("unknown topic `{topic}`")));
                    }
                    let cue = nonempty(file, line, cell(1), "cue")?;
                    staged.cues.push(CueRow {
                        topic: topic.into(),
                        cue: cue.into(),
                        weight: weight(file, line, cell(2))?,
                    });
                }
                Table::Triggers => {
                    let cue = nonempty(file, line, cell(0), "cue")?;
                    let plover = cell(1).trim().parse::<Plover>().map_err(|e| err(file, line, e.to_string()))?;
                    let cameo = opt(cell(2));
                    if let Some(c) = &cameo {
                        if c.len() != 2 || !c.bytes().all(|b| b.is_ascii_digit()) {
                            return Err(err(file, line, format!("bad CAMEO root `{c}` (expected two digits)")));
                        }
                    }
                    staged.triggers.push(TriggerRow {
                        cue: cue.into(),
                        plover,
                        cameo,
                        weight: weight(file, line, cell(3))?,
                    });
                }
                Table::Negations => {
                    let cue = nonempty(file, line, cell(0), "cue")?;
                    let kind = match cell(1).trim() {
                        "neg" => NegKind::Neg,
                        "hedge" => NegKind::Hedge,
                        k => return Err(err(file, line, format!("bad kind `{k}` (expected neg or hedge)"))),
                    };
                    staged.negations.push(NegRow { cue: cue.into(), kind });
                }
                Table::Titles => {
                    let title = nonempty(file, line, cell(0), "title")?;
                    let kind = match cell(2).trim() {
                        "office" | "" => TitleKind::Office,
                        "honorific" => TitleKind::Honorific,
                        "military" => TitleKind::Military,
                        k => {
                            return Err(err(
                                file,
                                line,
                                format!("bad kind `{k}` (expected office, honorific or military)"),
                            ))
                        }
                    };
                    staged.titles.push(TitleRow { title: title.into(), role: opt(cell(1)), kind });
                }
                Table::GivenNames => {
                    let name = nonempty(file, line, cell(0), "name")?;
                    if name.contains(char::is_whitespace) || !name.starts_with(char::is_uppercase) {
                        return Err(err(file, line, format!("bad given name `{name}` (one capitalised word)")));
                    }
                    staged.given_names.push(name.into());
                }
            }
        }
        self.countries.append(&mut staged.countries);
        self.forms.append(&mut staged.forms);
        self.cities.append(&mut staged.cities);
        self.blockers.append(&mut staged.blockers);
        self.people.append(&mut staged.people);
        self.orgs.append(&mut staged.orgs);
        self.topics.append(&mut staged.topics);
        self.cues.append(&mut staged.cues);
        self.triggers.append(&mut staged.triggers);
        self.negations.append(&mut staged.negations);
        self.titles.append(&mut staged.titles);
        self.given_names.append(&mut staged.given_names);
        Ok(())
    }
}
