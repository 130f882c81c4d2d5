//! The countries and places of the gazetteer, and their surface forms in the matcher.

use crate::gazetteer::{Flags, FormKind, Gazetteer, PlaceKind, PlaceRow};
use crate::hash::FastMap;
use crate::matcher::{CaseRule, MatcherBuilder, Value};

/// A country: its code and output name.
#[derive(Debug, Clone)]
pub(crate) struct Country {
    pub code: String,
    pub name: String,
}

/// A place: a city, state or region, with its country and coordinates.
#[derive(Debug, Clone)]
pub(crate) struct Place {
    pub name: String,
    /// Index of the place's country (None when the country is not in the gazetteer).
    pub country: Option<u16>,
    pub kind: PlaceKind,
    pub flags: Flags,
    pub admin1: Option<String>,
    pub population: u64,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub geonames: Option<u64>,
}

impl Place {
    /// Whether naming the place refers to its country (SPEC.md: a capital or major city).
    pub(crate) fn counts(&self) -> bool {
        self.flags.major || self.kind == PlaceKind::Capital
    }
}

/// The countries and places, by index.
#[derive(Debug, Clone, Default)]
pub(crate) struct CountryIndex {
    pub countries: Vec<Country>,
    pub places: Vec<Place>,
    /// Country code -> index.
    by_code: FastMap<String, u16>,
}

impl CountryIndex {
    /// The index of a gazetteer's countries and places; their forms go to `b`.
    pub(crate) fn build(g: &Gazetteer, rows: Vec<PlaceRow>, b: &mut MatcherBuilder) -> CountryIndex {
        let countries: Vec<Country> =
            g.countries.iter().map(|c| Country { code: c.iso3.clone(), name: c.name.clone() }).collect();
        let by_code: FastMap<String, u16> =
            countries.iter().enumerate().map(|(i, c)| (c.code.clone(), i as u16)).collect();
        // A country's output name is a form too, unless the forms table lists it (with its flags).
        let listed: std::collections::HashSet<(&str, &str)> =
            g.forms.iter().map(|f| (f.iso3.as_str(), f.form.as_str())).collect();
        for (i, c) in countries.iter().enumerate() {
            if !listed.contains(&(c.code.as_str(), c.name.as_str())) {
                let value = Value::Country { country: i as u16, kind: FormKind::Name, flags: Flags::default() };
                b.add(&c.name, value, CaseRule::Name);
            }
        }
        for f in &g.forms {
            if let Some(&country) = by_code.get(&f.iso3) {
                b.add(&f.form, Value::Country { country, kind: f.kind, flags: f.flags }, CaseRule::Name);
            }
        }
        let mut places = Vec::with_capacity(rows.len());
        for (i, p) in rows.into_iter().enumerate() {
            let value = Value::Place { place: i as u32 };
            b.add(&p.name, value, CaseRule::Name);
            for a in &p.aliases {
                b.add(a, value, CaseRule::Name);
            }
            places.push(Place {
                country: by_code.get(&p.iso3).copied(),
                name: p.name,
                kind: p.kind,
                flags: p.flags,
                admin1: p.admin1,
                population: p.population.unwrap_or(0),
                lat: p.lat,
                lon: p.lon,
                geonames: p.geonames,
            });
        }
        for f in &g.blockers {
            b.add(f, Value::Blocker, CaseRule::Name);
        }
        CountryIndex { countries, places, by_code }
    }

    /// The index of a country code.
    pub(crate) fn index_of(&self, code: &str) -> Option<u16> {
        self.by_code.get(code).copied()
    }

    /// The code of country `i`.
    pub(crate) fn code(&self, i: u16) -> &str {
        &self.countries[i as usize].code
    }
}
