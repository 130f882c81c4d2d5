//! Matching surface forms (README "How it works" 2, data/README.md "Case rule"): whole
//! words with Unicode-aware boundaries; forms in capitals match only as written, names as
//! written or in ALL CAPS, cues, triggers and titles in any case; longer forms (blockers)
//! win; a rejected match never hides a shorter one.

use crate::harness::{Expect::*, Row, run, run_user};
use newsevent::Plover;

const BOUNDARIES: &[Row] = &[
    ("word_boundary_on_the_right", "Indiana passed a new law on Monday.", &[Countries(&[])]),
    ("word_boundary_on_the_left", "Romania hosted the fair.", &[Countries(&["ROU"])]),
    ("word_boundary_inside_a_longer_name", "Perugia hosted the fair.", &[Countries(&[])]),
    ("word_boundary_is_unicode_aware", "The race in Indianápolis drew big crowds.", &[Countries(&[])]),
    ("word_boundary_on_the_left_in_all_caps", "WOMAN AND CHILD RESCUED FROM FLOODS", &[Countries(&[])]),
    ("word_boundary_at_punctuation", "(India), \"Japan\" and Peru.", &[Countries(&["IND", "JPN", "PER"])]),
    (
        "combining_form_needs_a_letter_after_its_hyphen",
        "The Indo- and Sino- prefixes are used in names.",
        &[Countries(&[])],
    ),
    ("combining_form_before_a_letter", "The Indo-Japan talks began.", &[Countries(&["IND", "JPN"])]),
];

const CASE: &[Row] = &[
    // Forms written in capitals match only in capitals.
    (
        "acronym_exact_capitals",
        "The US and the UK met. The U.S. and U.K. met.",
        &[CountryCount("USA", 2), CountryCount("GBR", 2)],
    ),
    ("acronym_not_in_lower_case", "Let us go, the Japanese envoy told us.", &[Countries(&["JPN"])]),
    ("acronym_org_not_in_lower_case", "Doctors who treat patients said the clinic was full.", &[Orgs(&[])]),
    ("acronym_org_in_capitals", "The WHO warned of a new outbreak.", &[Orgs(&[("WHO", 1)])]),
    (
        "acronym_title_not_in_lower_case",
        " date 2024-03-05 At 5 pm Sunil Rao addressed the rally in Mumbai.",
        &[Person("Sunil Rao", None, None, false)],
    ),
    (
        "acronym_title_in_capitals",
        " date 2022-04-04 PM Kishida said the visit was useful.",
        &[Person("Fumio Kishida", Some("Prime Minister"), Some("JPN"), true)],
    ),
    // Names as written or in ALL CAPS, never in lower case.
    ("name_as_written", "India and Japan held talks.", &[Countries(&["IND", "JPN"])]),
    (
        "name_in_all_caps",
        "THE US AND UK MET IN LONDON.",
        &[Countries(&["GBR", "USA"]), CountrySpans("GBR", &["UK", "LONDON"])],
    ),
    ("name_not_in_lower_case", "india and japan held talks.", &[Countries(&[])]),
    ("name_bird_in_lower_case", "We ate turkey for dinner.", &[Countries(&[])]),
    // Cues, triggers and titles in any case.
    (
        "trigger_in_all_caps",
        " date 2024-03-05 INDIA AND JAPAN HOLD TALKS IN TOKYO",
        &[Kind(Some(Plover::Consult)), Trigger("HOLD TALKS")],
    ),
    (
        "title_in_lower_case",
        " date 2024-03-05 Amos Wekesa, Kenya's trade minister, said exports had risen.",
        &[Person("Amos Wekesa", Some("Trade Minister"), Some("KEN"), false)],
    ),
];

const LONGEST: &[Row] = &[
    ("blocker_indian_ocean", "Ships crossed the Indian Ocean and the South China Sea.", &[Countries(&[])]),
    ("blocker_in_all_caps", "Ships crossed the INDIAN OCEAN.", &[Countries(&[])]),
    ("blocker_united_nations", "The United Nations met.", &[Countries(&[]), Orgs(&[("UN", 1)])]),
    ("blocker_korean_peninsula", "Tension on the Korean Peninsula grew.", &[Countries(&[])]),
    ("blocker_gulf_of_mexico", "Oil rigs in the Gulf of Mexico closed.", &[Countries(&[])]),
    ("blocker_new_mexico_and_new_jersey", "Voters in New Mexico and New Jersey went to the polls.", &[Countries(&[])]),
    ("blocker_indo_pacific", "The Indo-Pacific region matters.", &[Countries(&[])]),
    ("blocker_us_2_aircraft", "The navy flew a US-2 aircraft.", &[Countries(&[])]),
    (
        "longer_country_form_wins",
        "Mexico City and Mexico signed a deal.",
        &[CountrySpans("MEX", &["Mexico City", "Mexico"])],
    ),
    ("longer_org_name_wins", "The UN Security Council met on Monday.", &[Orgs(&[("UNSC", 1)])]),
    (
        "rejected_long_match_does_not_hide_a_shorter_one",
        "The ministry named a new Mexico envoy on Monday.",
        &[Countries(&["MEX"]), CountrySpans("MEX", &["Mexico"])],
    ),
    (
        "cue_inside_a_longer_trigger_counts",
        "The European Union imposed sanctions on Belarus and imposed sanctions on Iran.",
        &[HasTopic("sanctions"), Kind(Some(Plover::Sanction))],
    ),
];

/// Forms from a user's table follow the same rules.
const USER_FORMS: &[Row] = &[
    ("user_country_form", "Eire and Britain signed the accord.", &[Countries(&["GBR", "IRL"])]),
    ("user_country_name_is_a_form", "Qualand and Britain signed the accord.", &[Countries(&["GBR", "QQA"])]),
    (
        "user_form_with_curly_apostrophe_matches_a_straight_one",
        "Hikers camped by Jordan's Creek on Monday.",
        &[Countries(&[])],
    ),
    (
        "user_form_with_curly_apostrophe_matches_as_written",
        "Hikers camped by Jordan\u{2019}s Creek on Monday.",
        &[Countries(&[])],
    ),
];

#[test]
fn user_forms() {
    run_user("matching::USER_FORMS", USER_FORMS);
}

#[test]
fn word_boundaries() {
    run("matching::BOUNDARIES", BOUNDARIES);
}

#[test]
fn case_rules() {
    run("matching::CASE", CASE);
}

#[test]
fn longer_forms_win() {
    run("matching::LONGEST", LONGEST);
}
