//! The tables a gazetteer is made of, with their columns.

/// The tables a gazetteer is made of. Each is UTF-8 TSV: one row a line, columns separated
/// by one TAB (not commas, not spaces), `#` lines are comments (a header line naming the
/// columns must start with `#` too), blank lines skipped, trailing empty columns may be
/// left out, a list inside a cell is `;`-separated, dates are `YYYY-MM-DD`, countries
/// ISO 3166-1 alpha-3 (and `XKX` for Kosovo) already known to the gazetteer. `data/README.md`
/// describes each table; the columns and the values each accepts are listed on the variants
/// below. A column not said to be required may be left empty.
///
/// A bad row is a [`GazetteerError`](crate::GazetteerError) naming the file, the line and
/// the problem, and nothing of the text is added:
///
/// ```
/// use newsevent::{Gazetteer, Table};
/// assert_eq!(newsevent::Table::People.columns(), "name\taliases\trole\tcountry\tstart\tend\twikidata");
/// assert_eq!(newsevent::Table::ALL.len(), 17);
///
/// let mut g = Gazetteer::embedded();
/// g.add_str(Table::People, "mine.tsv", "Jane Roe\n")?; // a name is enough
/// let err = g.add_str(Table::People, "mine.tsv", "Jane Roe,,Mayor,USA\n").unwrap_err();
/// assert_eq!(err.to_string(), "mine.tsv:1: no TAB in the row: columns are separated by one TAB");
/// let err = g.add_str(Table::Organizations, "mine.tsv", "ACME_BODY\tAcme Body\t\tbody\tACME\n").unwrap_err();
/// assert_eq!(err.to_string(), "mine.tsv:1: unknown parent organisation `ACME`");
/// # Ok::<(), newsevent::GazetteerError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Table {
    /// `countries.tsv`: `iso3` (three capitals), `iso2`, `name` (the English short name in
    /// the output).
    Countries,
    /// `country_forms.tsv`: `form`, `iso3`, `kind` (`name`, `abbr`, `demonym`, or
    /// `combining`: a prefix ending in `-` such as `Indo-`), `flags` (`ambiguous`: not
    /// counted next to another capitalised name word; `weak`: counted only when the
    /// country is also named by a form that is not weak).
    CountryForms,
    /// `places.tsv`, `regions.tsv`: `name`, `iso3`, `kind` (`capital`, `city`, `state` or
    /// `region`), `aliases`, `flags` (as for country forms, and `major`: naming the place
    /// refers to its country, as a capital always does; other places are only where
    /// something happens), `admin1` (the GeoNames first-level
    /// division code; for the US the postal code), `population`, `lat`, `lon` (decimal
    /// degrees), `geonames` (the GeoNames id).
    Places,
    /// `blockers.tsv`: `form` (a phrase that refers to nothing, hiding the words inside it:
    /// `Indian Ocean`), `note`.
    Blockers,
    /// `people/*.tsv`, one row a role: `name` (required), `aliases` (full-name variants; a
    /// surname alone only when it is distinctive), `role` (the title as news writes it),
    /// `country` (ISO3; empty for the head of an international organisation), `start` and
    /// `end` (dates; `end` empty while in office, and not before `start`), `wikidata` (a QID
    /// such as `Q1234`). Only `name` is required.
    People,
    /// `organizations.tsv`: `id` (required, unique: an acronym in capitals or snake_case),
    /// `name` (required), `aliases` (an alias starting with `@` counts only when the parent
    /// is named too), `kind` (`igo`, `body`, `grouping`, `armed_group`, or empty), `parent`
    /// (the id of an organisation already known or in the same text), `members` (ISO3
    /// list), `wikidata` (a QID).
    Organizations,
    /// `topics.tsv`: `id`, `label`, `iptc` (an IPTC Media Topic code, `medtop:` and eight
    /// digits).
    Topics,
    /// `topic_cues.tsv`: `topic` (a topic id), `cue`, `weight` (1 passing word, 2 typical,
    /// 3 says the topic alone; 2 when empty).
    TopicCues,
    /// `topic_rules.tsv`: what makes a topic besides its cues. `rule` is one of `event`
    /// (`key` a PLOVER type: the main event of that type counts as a cue of `topic`, at
    /// its trigger), `org` (`key` an organisation id: each mention of it counts as a cue
    /// of `topic`) or `cue` (`key` a cue of `topic` in `topic_cues.tsv`: in a sentence
    /// where the rule applies, the cue counts `weight` instead of its own, 0 for nothing).
    /// `weight` 0 to 3 (2 when empty; 0 only for `cue`). `when` and `unless` (lists of
    /// words or phrases, folded like cues): the rule applies only in a sentence holding
    /// one of `when` (when given) and none of `unless`; `@armed_group` stands for an
    /// armed group named before the key (the event's trigger, the cue) in its sentence.
    TopicRules,
    /// `triggers.tsv`: `cue`, `plover` (one of the 16 PLOVER types, required), `cameo` (a
    /// CAMEO code, two to four digits), `weight` (1 to 3; 2 when empty).
    Triggers,
    /// `verbs.tsv`: `group`, `verb`, `forms` (every inflection), `plover` and `cameo` (the
    /// verb's own event, both empty when the verb alone names none).
    Verbs,
    /// `verb_patterns.tsv`: `group`, `pattern` (words around exactly one `*`, the verb),
    /// `plover`, `cameo` (both empty: the phrase names no event), `weight` (1 to 3; 2 when
    /// empty).
    VerbPatterns,
    /// `negations.tsv`: `cue`, `kind` (`neg`: a trigger after it in its clause is no event;
    /// `hedge`: the trigger right after it counts less).
    Negations,
    /// `titles.tsv`: `title`, `role` (its canonical form; empty for honorifics), `kind`
    /// (`office`, `honorific` or `military`).
    Titles,
    /// `given_names.tsv`: `name` (one capitalised word). A given name followed by
    /// capitalised words is a person.
    GivenNames,
    /// `name_variants.tsv`: `kind` (`word`, `compound`, `suffix`, `hyphen`, `particle` or
    /// `particle_drop`), `spellings` (interchangeable spellings), `note`.
    NameVariants,
    /// `words.tsv`: `list`, `word` (a word or a phrase). `list` is one of `abbreviation`,
    /// `caption`, `clause_marker`, `common_surname`, `credit`, `determiner`, `family_first`, `fronted`,
    /// `function_word`, `name_particle`, `named_after`, `named_after_weak`, `not_name`,
    /// `place_noun`, `place_preposition`, `pronoun`, `relative_pronoun`, `reporting_verb` or
    /// `target_preposition` (what each holds: `data/README.md`).
    Words,
}

impl Table {
    /// Every table, in the order the embedded gazetteer loads them.
    pub const ALL: [Table; 17] = [
        Table::Countries,
        Table::CountryForms,
        Table::Places,
        Table::Blockers,
        Table::People,
        Table::Organizations,
        Table::Topics,
        Table::TopicCues,
        Table::Triggers,
        Table::Verbs,
        Table::VerbPatterns,
        Table::Negations,
        Table::Titles,
        Table::GivenNames,
        Table::NameVariants,
        Table::Words,
        Table::TopicRules,
    ];

    /// The table's columns, TAB-separated, as in its header line.
    pub fn columns(self) -> &'static str {
        match self {
            Table::Countries => "iso3\tiso2\tname",
            Table::CountryForms => "form\tiso3\tkind\tflags",
            Table::Places => "name\tiso3\tkind\taliases\tflags\tadmin1\tpopulation\tlat\tlon\tgeonames",
            Table::Blockers => "form\tnote",
            Table::People => "name\taliases\trole\tcountry\tstart\tend\twikidata",
            Table::Organizations => "id\tname\taliases\tkind\tparent\tmembers\twikidata",
            Table::Topics => "id\tlabel\tiptc",
            Table::TopicCues => "topic\tcue\tweight",
            Table::TopicRules => "rule\tkey\ttopic\tweight\twhen\tunless",
            Table::Triggers => "cue\tplover\tcameo\tweight",
            Table::Verbs => "group\tverb\tforms\tplover\tcameo",
            Table::VerbPatterns => "group\tpattern\tplover\tcameo\tweight",
            Table::Negations => "cue\tkind",
            Table::Titles => "title\trole\tkind",
            Table::GivenNames => "name",
            Table::NameVariants => "kind\tspellings\tnote",
            Table::Words => "list\tword",
        }
    }

    /// The name of column `k`.
    pub(crate) fn column(self, k: usize) -> &'static str {
        self.columns().split('\t').nth(k).unwrap_or("?")
    }

    /// Number of columns.
    pub(crate) fn width(self) -> usize {
        self.columns().bytes().filter(|&b| b == b'\t').count() + 1
    }
}
