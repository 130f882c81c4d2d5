//! Names for the codes in the output: [`country_name`].

use std::sync::LazyLock;

use super::{EMBEDDED, Table};

/// `(iso3, name)` of every country of the embedded `countries.tsv`, sorted by code.
static COUNTRY_NAMES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    let mut names: Vec<(&str, &str)> = EMBEDDED
        .iter()
        .filter(|(table, _, _)| *table == Table::Countries)
        .flat_map(|(_, _, text)| text.lines())
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter_map(|line| {
            let mut cells = line.split('\t');
            let iso3 = cells.next()?.trim();
            let name = cells.nth(1)?.trim();
            Some((iso3, name))
        })
        .collect();
    names.sort_unstable();
    names
});

/// The English short name of a country from its ISO 3166-1 alpha-3 code, as the output
/// writes it in `countries[].name` (and in `location.name` for a country); `None` for a
/// code the embedded gazetteer does not have. Capitals or not, the code is the same.
///
/// Use it to name the codes of `actors`, `source`, `target` and `country` fields. It reads
/// the embedded table only: a country added with [`Gazetteer::add_str`](crate::Gazetteer::add_str)
/// is not known here.
///
/// ```
/// assert_eq!(newsevent::country_name("JPN"), Some("Japan"));
/// assert_eq!(newsevent::country_name("xkx"), Some("Kosovo"));
/// assert_eq!(newsevent::country_name("ZZZ"), None);
///
/// let e = newsevent::extract_event("India and Japan held talks in Tokyo.");
/// let names: Vec<&str> = e.actors.iter().filter_map(|c| newsevent::country_name(c)).collect();
/// assert_eq!(names, ["India", "Japan"]);
/// ```
pub fn country_name(code: &str) -> Option<&'static str> {
    let key = code.trim().to_ascii_uppercase();
    let names = &*COUNTRY_NAMES;
    names.binary_search_by(|(iso3, _)| (*iso3).cmp(key.as_str())).ok().map(|i| names[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_country_has_a_name() {
        let g = crate::Gazetteer::embedded();
        assert_eq!(COUNTRY_NAMES.len(), g.countries.len());
        for c in &g.countries {
            assert_eq!(country_name(&c.iso3), Some(c.name.as_str()), "{}", c.iso3);
        }
        assert_eq!(country_name(""), None);
        assert_eq!(country_name("JP"), None);
    }
}
