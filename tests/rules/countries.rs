//! Countries (SPEC "Countries"): names, abbreviations, demonyms, combining forms, capitals
//! and cities; what is not a reference (country words inside other names, look-alikes);
//! ambiguous and weak forms; counts, spans and salience.

use crate::harness::{Expect::*, Row, run};

const FORMS: &[Row] = &[
    // Names, short names, abbreviations, demonyms.
    ("name", "Officials from India met their counterparts.", &[Countries(&["IND"])]),
    (
        "short_name_and_alias",
        "The United States and America's allies agreed.",
        &[Countries(&["USA"]), CountryCount("USA", 2)],
    ),
    ("abbreviations_dotted", "The U.S. and the UK signed the pact.", &[Countries(&["GBR", "USA"])]),
    ("abbreviation_in_a_compound", "U.S.-China trade talks resumed.", &[Countries(&["CHN", "USA"])]),
    ("abbreviations_uae_dprk", "The UAE and the DPRK exchanged envoys.", &[Countries(&["ARE", "PRK"])]),
    ("demonyms", "Japanese and Emirati officials spoke.", &[Countries(&["ARE", "JPN"])]),
    (
        "demonym_plural_and_adjective",
        "Filipino fishermen and a Philippine vessel were hit.",
        &[Countries(&["PHL"]), CountryCount("PHL", 2)],
    ),
    ("demonym_ivorian", "Ivorian troops left.", &[Countries(&["CIV"])]),
    ("demonym_noun_plural", "Saudi officials welcomed Saudis home.", &[Countries(&["SAU"]), CountryCount("SAU", 2)]),
    // Aliases.
    ("alias_burma", "Burma, also known as Myanmar, held a vote.", &[Countries(&["MMR"])]),
    ("alias_ivory_coast_and_holland", "Ivory Coast beat Holland.", &[Countries(&["CIV", "NLD"])]),
    (
        "alias_turkiye_and_czech_republic",
        "Türkiye and the Czech Republic signed a deal.",
        &[Countries(&["CZE", "TUR"])],
    ),
    // Whole words only.
    ("not_inside_indiana", "Indiana passed a law.", &[Countries(&[])]),
    ("not_inside_perugia", "Perugia hosted the fair.", &[Countries(&[])]),
    ("not_oman_inside_romania", "Romania and Oman talked.", &[Countries(&["OMN", "ROU"])]),
    // Possessives and compounds.
    ("possessives", "Russia's war and Russia\u{2019}s economy.", &[Countries(&["RUS"]), CountryCount("RUS", 2)]),
    ("hyphenated_pair", "The Russia-Ukraine war dragged on.", &[Countries(&["RUS", "UKR"])]),
    ("hyphenated_pair_india_japan", "India-Japan ties deepened.", &[Countries(&["IND", "JPN"])]),
    // Combining forms.
    ("combining_indo", "The Indo-Japan talks began.", &[Countries(&["IND", "JPN"])]),
    ("combining_sino", "Sino-Indian border tensions rose.", &[Countries(&["CHN", "IND"])]),
    (
        "combining_franco_anglo",
        "A Franco-German initiative and Anglo-American ties.",
        &[Countries(&["DEU", "FRA", "GBR", "USA"])],
    ),
    ("combining_russo", "The Russo-Japanese war ended.", &[Countries(&["JPN", "RUS"])]),
    ("combining_form_span_without_hyphen", "The Indo-Japan talks", &[CountrySpans("IND", &["Indo"])]),
    // Capitals and cities stand for their country.
    ("capital_and_city", "Beijing said the talks in Tokyo were useful.", &[Countries(&["CHN", "JPN"])]),
    (
        "city_alias",
        "Officials in Kyiv and Kiev agreed.",
        &[Countries(&["UKR"]), CountrySpans("UKR", &["Kyiv", "Kiev"])],
    ),
    ("all_caps_headline", "INDIA AND JAPAN HOLD TALKS", &[Countries(&["IND", "JPN"])]),
    // A city inside a known person's name is no reference (`Santiago` in `Santiago Peña`).
    (
        "city_inside_a_person_name",
        " date 2024-03-05 Santiago Peña met officials in Asunción on Monday.",
        &[Countries(&["PRY"]), CountryCount("PRY", 1)],
    ),
    // A later surname mention that is also a country's name is the person (SPEC "People":
    // later mentions by surname are the same person).
    (
        "surname_that_is_a_country_name_is_the_person",
        " date 2024-06-01 Luís Montenegro met officials in Lisbon. Montenegro said ties with Spain were strong.",
        &[Countries(&["ESP", "PRT"]), PersonCount("Luís Montenegro", 2)],
    ),
    // A country form wins over a city of the same spelling: it counts as the state.
    ("country_form_beats_city", "Singapore and Malaysia signed a trade deal.", &[Actors(&["SGP", "MYS"])]),
];

/// SPEC "Not a reference": a country word inside another name, and look-alikes.
const NOT_REFERENCES: &[Row] = &[
    (
        "inside_indian_ocean_and_south_china_sea",
        "Ships crossed the Indian Ocean and the South China Sea.",
        &[Countries(&[])],
    ),
    ("inside_united_nations", "The United Nations met.", &[Countries(&[])]),
    ("inside_korean_peninsula", "Tension on the Korean Peninsula grew.", &[Countries(&[])]),
    ("inside_gulf_of_mexico", "Oil rigs in the Gulf of Mexico closed.", &[Countries(&[])]),
    ("inside_new_mexico_new_jersey", "Voters in New Mexico and New Jersey went to the polls.", &[Countries(&[])]),
    ("inside_indo_pacific", "The Indo-Pacific region matters.", &[Countries(&[])]),
    ("look_alike_us_2", "The navy flew a US-2 aircraft.", &[Countries(&[])]),
    ("look_alike_form_glued_to_digits", "The US-3 prototype flew. The UK-2 drone also flew.", &[Countries(&[])]),
    ("look_alike_pronoun_us", "Let us go, they told us.", &[Countries(&[])]),
    ("look_alike_turkey_the_bird", "We ate turkey for dinner.", &[Countries(&[])]),
    ("look_alike_handle", "Follow us at @Japan and @India for updates.", &[Countries(&[])]),
];

/// Ambiguous forms (`Chad`, `Jordan`, `Turkey`) next to another capitalised name word are
/// part of a name, except next to neutral words and in title-case headlines; weak forms
/// (`Georgia`) need another reference to the same country.
const AMBIGUOUS_WEAK: &[Row] = &[
    ("ambiguous_after_a_first_name", "Michael Jordan scored.", &[Countries(&[])]),
    ("ambiguous_before_a_surname", "Chad Smith played drums.", &[Countries(&[])]),
    ("ambiguous_alone", "King Abdullah of Jordan met Chad's president.", &[Countries(&["JOR", "TCD"])]),
    (
        "ambiguous_person_and_country",
        "Michael Jordan and Jordan's king met.",
        &[Countries(&["JOR"]), CountryCount("JOR", 1)],
    ),
    (
        "ambiguous_after_a_neutral_word",
        "In Chad, soldiers clashed with rebels near the capital.",
        &[Countries(&["TCD"])],
    ),
    ("ambiguous_in_a_title_case_headline", "Turkey Sends Aid to Flood Victims", &[Countries(&["TUR"])]),
    ("ambiguous_in_a_title_case_headline_jordan", "Jordan Hosts Regional Summit On Water", &[Countries(&["JOR"])]),
    ("ambiguous_next_to_an_acronym", "The EU Turkey deal on migrants was renewed.", &[Countries(&["TUR"])]),
    ("weak_us_state", "Atlanta, Georgia is the capital of the US state.", &[Countries(&["USA"]), NoCountry("GEO")]),
    ("weak_only_is_nothing", "Georgian wine and Georgians abroad.", &[Countries(&[])]),
    (
        "weak_with_a_strong_reference",
        "Georgia and Georgian officials met Russian envoys in Tbilisi.",
        &[Countries(&["GEO", "RUS"]), CountrySpans("GEO", &["Georgia", "Georgian", "Tbilisi"])],
    ),
];

/// `countries` is most salient first: by count, then by first appearance.
const SALIENCE: &[Row] = &[
    (
        "salience_by_count",
        "Japan and India met. Japan's envoy and the Japanese minister spoke. India agreed.",
        &[CountryOrder(&["JPN", "IND"]), CountryCount("JPN", 3), CountrySpans("JPN", &["Japan", "Japan", "Japanese"])],
    ),
    (
        "salience_count_beats_first_appearance",
        "India met Japan. Japan and Japanese officials spoke again.",
        &[CountryOrder(&["JPN", "IND"]), CountryCount("JPN", 3), CountryCount("IND", 1)],
    ),
    ("salience_tie_by_first_appearance", "India and Japan met.", &[CountryOrder(&["IND", "JPN"])]),
    ("salience_tie_by_first_appearance_reversed", "Japan and India met.", &[CountryOrder(&["JPN", "IND"])]),
    (
        "seed_style_input",
        " date 2022-04-04 Stage is set for the Indo-Japan 2+2 Ministerial level talks later this month.",
        &[
            Date(Some("2022-04-04")),
            Countries(&["IND", "JPN"]),
            Headline("Stage is set for the Indo-Japan 2+2 Ministerial level talks later this month."),
        ],
    ),
];

#[test]
fn forms() {
    run("countries::FORMS", FORMS);
}

#[test]
fn not_references() {
    run("countries::NOT_REFERENCES", NOT_REFERENCES);
}

#[test]
fn ambiguous_and_weak() {
    run("countries::AMBIGUOUS_WEAK", AMBIGUOUS_WEAK);
}

#[test]
fn salience() {
    run("countries::SALIENCE", SALIENCE);
}

/// A form may name two countries.
const TWO_COUNTRIES: &[Row] = &[(
    "the_two_koreas",
    " date 2024-03-05 Leaders of the two Koreas met at the border on Friday.",
    &[Countries(&["KOR", "PRK"])],
)];

#[test]
fn two_countries() {
    run("countries::TWO_COUNTRIES", TWO_COUNTRIES);
}
