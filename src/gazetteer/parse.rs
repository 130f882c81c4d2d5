//! One parser per table: a row of cells to a checked row.

use crate::hash::FastSet;

use super::cells::Row;
use super::rows::*;
use super::{GazetteerError, Table};
use crate::lexicon::List;

/// What rows may refer to: the countries, topics and organisations already known.
pub(crate) struct Known<'a> {
    pub countries: FastSet<&'a str>,
    pub topics: FastSet<&'a str>,
    pub orgs: FastSet<&'a str>,
}

/// A row parsed into the table it belongs to.
pub(crate) enum Parsed {
    Country(CountryRow),
    Form(FormRow),
    Place(PlaceRow),
    Blocker(String),
    Role(RoleRow),
    Org(OrgRow),
    Topic(TopicRow),
    Cue(CueRow),
    TopicRule(TopicRuleRow),
    Trigger(TriggerRow),
    Verb(VerbRow),
    VerbPattern(VerbPatternRow),
    Negation(NegRow),
    Title(TitleRow),
    GivenName(String),
    Variant(VariantRow),
    Word(WordRow),
}

/// Parses one row of `row.table`.
pub(crate) fn parse(row: &Row, known: &Known) -> Result<Parsed, GazetteerError> {
    Ok(match row.table {
        Table::Countries => Parsed::Country(country(row)?),
        Table::CountryForms => Parsed::Form(form(row, known)?),
        Table::Places => Parsed::Place(place(row, known)?),
        Table::Blockers => Parsed::Blocker(row.required(0)?.to_string()),
        Table::People => Parsed::Role(role(row, known)?),
        Table::Organizations => Parsed::Org(org(row, known)?),
        Table::Topics => Parsed::Topic(topic(row)?),
        Table::TopicCues => Parsed::Cue(cue(row, known)?),
        Table::TopicRules => Parsed::TopicRule(topic_rule(row, known)?),
        Table::Triggers => Parsed::Trigger(trigger(row)?),
        Table::Verbs => Parsed::Verb(verb(row)?),
        Table::VerbPatterns => Parsed::VerbPattern(verb_pattern(row)?),
        Table::Negations => Parsed::Negation(negation(row)?),
        Table::Titles => Parsed::Title(title(row)?),
        Table::GivenNames => Parsed::GivenName(given_name(row)?),
        Table::NameVariants => Parsed::Variant(variant(row)?),
        Table::Words => Parsed::Word(word(row)?),
    })
}

/// A country code that must be known (`required`), or may be empty.
fn country_code(row: &Row, k: usize, known: &Known, required: bool) -> Result<Option<String>, GazetteerError> {
    let c = if required { row.required(k)? } else { row.cell(k) };
    if c.is_empty() {
        return Ok(None);
    }
    if known.countries.contains(c) {
        Ok(Some(c.to_string()))
    } else {
        Err(row.err(format!("unknown country code `{c}` in column `{}`", row.table.column(k))))
    }
}

fn country(row: &Row) -> Result<CountryRow, GazetteerError> {
    let iso3 = row.required(0)?;
    if iso3.len() != 3 || !iso3.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(row.err(format!("bad iso3 code `{iso3}` (expected three capital letters)")));
    }
    Ok(CountryRow { iso3: iso3.into(), name: row.required(2)?.into() })
}

fn form(row: &Row, known: &Known) -> Result<FormRow, GazetteerError> {
    let form = row.required(0)?;
    let iso3 = country_code(row, 1, known, true)?.unwrap_or_default();
    let kind = row.choice(
        2,
        &[
            ("name", FormKind::Name),
            ("abbr", FormKind::Abbr),
            ("demonym", FormKind::Demonym),
            ("combining", FormKind::Combining),
        ],
    )?;
    if kind == FormKind::Combining && !form.ends_with('-') {
        return Err(row.err(format!("combining form `{form}` must end with `-`")));
    }
    Ok(FormRow { form: form.into(), iso3, kind, flags: row.flags(3)? })
}

fn place(row: &Row, known: &Known) -> Result<PlaceRow, GazetteerError> {
    let kinds = [
        ("capital", PlaceKind::Capital),
        ("city", PlaceKind::City),
        ("state", PlaceKind::State),
        ("region", PlaceKind::Region),
    ];
    let lat: Option<f64> = row.number(7)?;
    let lon: Option<f64> = row.number(8)?;
    if lat.is_some_and(|v| !(-90.0..=90.0).contains(&v)) || lon.is_some_and(|v| !(-180.0..=180.0).contains(&v)) {
        return Err(row.err("coordinates out of range (lat -90 to 90, lon -180 to 180)"));
    }
    Ok(PlaceRow {
        name: row.required(0)?.into(),
        iso3: country_code(row, 1, known, true)?.unwrap_or_default(),
        kind: row.choice(2, &kinds)?,
        aliases: row.list(3),
        flags: row.flags(4)?,
        admin1: row.opt(5),
        population: row.number(6)?,
        lat,
        lon,
        geonames: row.number(9)?,
    })
}

fn role(row: &Row, known: &Known) -> Result<RoleRow, GazetteerError> {
    let (start, end) = (row.date(4)?, row.date(5)?);
    if let (Some(s), Some(e)) = (start, end)
        && e < s
    {
        return Err(row.err(format!("role ends ({e}) before it starts ({s})")));
    }
    Ok(RoleRow {
        name: row.required(0)?.into(),
        aliases: row.list(1),
        role: row.opt(2),
        country: country_code(row, 3, known, false)?,
        start,
        end,
        wikidata: row.wikidata(6)?,
    })
}

fn org(row: &Row, known: &Known) -> Result<OrgRow, GazetteerError> {
    let kinds = [
        ("igo", OrgKind::Igo),
        ("body", OrgKind::Body),
        ("grouping", OrgKind::Grouping),
        ("armed_group", OrgKind::ArmedGroup),
        ("", OrgKind::Unspecified),
    ];
    let members = row.list(5);
    if let Some(m) = members.iter().find(|m| !known.countries.contains(m.as_str())) {
        return Err(row.err(format!("unknown member country `{m}`")));
    }
    let aliases = row
        .list(2)
        .into_iter()
        .map(|a| match a.strip_prefix('@') {
            Some(rest) => (rest.to_string(), true),
            None => (a, false),
        })
        .collect();
    row.wikidata(6)?;
    Ok(OrgRow {
        id: row.required(0)?.into(),
        name: row.required(1)?.into(),
        aliases,
        kind: row.choice(3, &kinds)?,
        parent: row.opt(4),
        members,
    })
}

fn topic(row: &Row) -> Result<TopicRow, GazetteerError> {
    let iptc = row.opt(2);
    if let Some(code) = &iptc {
        let digits = code.strip_prefix("medtop:").unwrap_or("");
        if digits.len() != 8 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(row.err(format!("bad IPTC code `{code}` (expected medtop: and eight digits)")));
        }
    }
    Ok(TopicRow { id: row.required(0)?.into(), label: row.required(1)?.into(), iptc })
}

fn cue(row: &Row, known: &Known) -> Result<CueRow, GazetteerError> {
    let topic = row.required(0)?;
    if !known.topics.contains(topic) {
        return Err(row.err(format!("unknown topic `{topic}`")));
    }
    Ok(CueRow { topic: topic.into(), cue: row.required(1)?.into(), weight: row.weight(2)? })
}

fn topic_rule(row: &Row, known: &Known) -> Result<TopicRuleRow, GazetteerError> {
    let rule = row.choice(0, &[("event", 0u8), ("org", 1), ("cue", 2)])?;
    let key = row.required(1)?;
    let key = match rule {
        0 => RuleKey::Event(row.plover(1)?.ok_or_else(|| row.empty(1))?),
        1 if !known.orgs.contains(key) => return Err(row.err(format!("unknown organisation `{key}`"))),
        1 => RuleKey::Org(key.into()),
        _ => RuleKey::Cue(key.into()),
    };
    let topic = row.required(2)?;
    if !known.topics.contains(topic) {
        return Err(row.err(format!("unknown topic `{topic}`")));
    }
    let weight = row.choice(3, &[("", 2), ("0", 0), ("1", 1), ("2", 2), ("3", 3)])?;
    if weight == 0 && !matches!(key, RuleKey::Cue(_)) {
        return Err(row.err("weight 0 is only for a `cue` rule"));
    }
    Ok(TopicRuleRow { key, topic: topic.into(), weight, when: row.list(4), unless: row.list(5) })
}

fn trigger(row: &Row) -> Result<TriggerRow, GazetteerError> {
    let cue = row.required(0)?.to_string();
    let plover = row.plover(1)?.ok_or_else(|| row.empty(1))?;
    Ok(TriggerRow { cue, plover, cameo: row.cameo(2)?, weight: row.weight(3)? })
}

fn verb(row: &Row) -> Result<VerbRow, GazetteerError> {
    let forms = row.list(2);
    if forms.is_empty() {
        return Err(row.empty(2));
    }
    Ok(VerbRow {
        group: row.required(0)?.into(),
        verb: row.required(1)?.into(),
        forms,
        plover: row.plover(3)?,
        cameo: row.cameo(4)?,
    })
}

fn verb_pattern(row: &Row) -> Result<VerbPatternRow, GazetteerError> {
    let pattern = row.required(1)?;
    if pattern.split(' ').filter(|e| *e == "*").count() != 1 {
        return Err(row.err(format!("pattern `{pattern}` must hold exactly one `*` (the verb)")));
    }
    Ok(VerbPatternRow {
        group: row.required(0)?.into(),
        pattern: pattern.into(),
        plover: row.plover(2)?,
        cameo: row.cameo(3)?,
        weight: row.weight(4)?,
    })
}

fn negation(row: &Row) -> Result<NegRow, GazetteerError> {
    let cue = row.required(0)?.to_string();
    Ok(NegRow { cue, kind: row.choice(1, &[("neg", NegKind::Neg), ("hedge", NegKind::Hedge)])? })
}

fn title(row: &Row) -> Result<TitleRow, GazetteerError> {
    let kinds = [
        ("office", TitleKind::Office),
        ("", TitleKind::Office),
        ("honorific", TitleKind::Honorific),
        ("military", TitleKind::Military),
    ];
    Ok(TitleRow { title: row.required(0)?.into(), role: row.opt(1), kind: row.choice(2, &kinds)? })
}

fn given_name(row: &Row) -> Result<String, GazetteerError> {
    let name = row.required(0)?;
    if name.contains(char::is_whitespace) || !name.starts_with(char::is_uppercase) {
        return Err(row.err(format!("bad given name `{name}` (one capitalised word)")));
    }
    Ok(name.into())
}

fn variant(row: &Row) -> Result<VariantRow, GazetteerError> {
    let kinds = [
        ("word", VariantKind::Word),
        ("compound", VariantKind::Compound),
        ("suffix", VariantKind::Suffix),
        ("hyphen", VariantKind::Hyphen),
        ("particle", VariantKind::Particle),
        ("particle_drop", VariantKind::ParticleDrop),
    ];
    let kind = row.choice(0, &kinds)?;
    let spellings = row.list(1);
    if spellings.is_empty() {
        return Err(row.empty(1));
    }
    Ok(VariantRow { kind, spellings })
}

fn word(row: &Row) -> Result<WordRow, GazetteerError> {
    let list = row.choice(0, List::NAMES)?;
    Ok(WordRow { list, word: row.required(1)?.into() })
}
