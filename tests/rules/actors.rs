//! The main event's actors (SPEC `actors`): the countries taking part, in lead order:
//! countries, demonyms and combining forms of the event's sentence, the countries of the
//! people named there, armed groups for their home; a city only as a target or a voice;
//! narrowed to the main clause, to what a reporting verb reports, and without the place of
//! talks or a deal.

use crate::harness::{Expect::*, Row, run};

const SOURCES: &[Row] = &[
    ("actors_in_lead_order", " date 2024-03-05 Japan and India held talks on Monday.", &[Actors(&["JPN", "IND"])]),
    (
        "a_city_right_after_the_event_word_is_its_object",
        " date 2024-03-05 Russian missiles struck Kyiv overnight, killing five people, officials said.",
        &[Actors(&["RUS", "UKR"])],
    ),
    (
        "a_city_after_other_words_is_no_object",
        " date 2024-03-05 Russian missiles struck a depot near Kyiv overnight, officials said.",
        &[Actors(&["RUS"])],
    ),
    (
        "actors_from_a_combining_form",
        " date 2022-04-04 Stage is set for the Indo-Japan 2+2 Ministerial level talks later this month.",
        &[Actors(&["IND", "JPN"])],
    ),
    (
        "actors_from_demonyms",
        " date 2024-03-05 Japanese and Indian ministers held talks in Tokyo.",
        &[Actors(&["JPN", "IND"])],
    ),
    (
        "actors_from_people",
        " date 2024-03-05 Narendra Modi met Joe Biden in Washington on Monday.",
        &[Actors(&["IND", "USA"])],
    ),
    (
        "actors_in_text_order_people_and_countries",
        " date 2024-03-05 Narendra Modi met Japan's envoy in Delhi on Monday.",
        &[Actors(&["IND", "JPN"])],
    ),
    (
        "actors_named_twice_once",
        " date 2024-03-05 India and Indian officials met Japan on Monday.",
        &[Actors(&["IND", "JPN"])],
    ),
    (
        "actors_of_a_pronoun_sentence_start_with_the_previous_person",
        " date 2024-03-05 Narendra Modi arrived in Paris on Monday. He accused Pakistan of sheltering militants.",
        &[Kind(Some(newsevent::Plover::Accuse)), Actors(&["IND", "PAK"])],
    ),
    (
        "armed_group_stands_for_its_home",
        " date 2024-03-05 Hamas fighters attacked Israel on Monday.",
        &[Actors(&["PSE", "ISR"])],
    ),
    ("armed_group_alone", " date 2024-03-05 Al-Shabab fighters attacked a base on Monday.", &[Actors(&["SOM"])]),
    (
        "city_as_target_on",
        " date 2024-03-05 Russia launched an airstrike on Kyiv on Monday.",
        &[Actors(&["RUS", "UKR"])],
    ),
    (
        "city_as_target_against",
        " date 2024-03-05 Russia launched an airstrike against Kyiv on Monday.",
        &[Actors(&["RUS", "UKR"])],
    ),
    (
        "city_speaks_for_its_government",
        " date 2024-03-05 Beijing said it would impose sanctions on Lithuania.",
        &[Actors(&["CHN", "LTU"])],
    ),
    (
        "city_possessive_speaks_for_its_government",
        " date 2024-03-05 Beijing's envoy imposed sanctions on Lithuania.",
        &[Actors(&["CHN", "LTU"])],
    ),
    (
        "city_as_a_place_is_no_actor",
        " date 2024-03-05 India and Pakistan held talks in Tokyo on Monday.",
        &[Actors(&["IND", "PAK"])],
    ),
    (
        "city_gives_the_country_when_none_is_named",
        " date 2024-03-05 Thousands of protesters marched in Buenos Aires on Monday against spending cuts.",
        &[Actors(&["ARG"])],
    ),
];

/// Countries in a side clause are not parties (each marker of the code's list).
const CLAUSES: &[Row] = &[
    (
        "side_clause_following",
        " date 2024-03-05 Poland expelled Belarusian diplomats following violations of its airspace by Russian drones.",
        &[Actors(&["POL", "BLR"])],
    ),
    (
        "clause_marker_following",
        " date 2024-03-05 Japan and India held talks following China's drills.",
        &[Actors(&["JPN", "IND"])],
    ),
    (
        "clause_marker_after",
        " date 2024-03-05 Japan and India held talks after China's drills.",
        &[Actors(&["JPN", "IND"])],
    ),
    (
        "clause_marker_amid",
        " date 2024-03-05 Japan and India held talks amid tension with China.",
        &[Actors(&["JPN", "IND"])],
    ),
    (
        "clause_marker_amidst",
        " date 2024-03-05 Japan and India held talks amidst tension with China.",
        &[Actors(&["JPN", "IND"])],
    ),
    (
        "clause_marker_since",
        " date 2024-03-05 Japan and India held talks since China had sent ships.",
        &[Actors(&["JPN", "IND"])],
    ),
    (
        "clause_marker_because",
        " date 2024-03-05 Japan and India held talks because China had sent ships.",
        &[Actors(&["JPN", "IND"])],
    ),
    (
        "clause_marker_as_he",
        " date 2024-03-05 Japan and India held talks as he flew to China.",
        &[Actors(&["JPN", "IND"])],
    ),
    (
        "clause_marker_as_she",
        " date 2024-03-05 Japan and India held talks as she flew to China.",
        &[Actors(&["JPN", "IND"])],
    ),
    (
        "clause_marker_as_they",
        " date 2024-03-05 Japan and India held talks as they face China.",
        &[Actors(&["JPN", "IND"])],
    ),
    (
        "clause_marker_as_it",
        " date 2024-03-05 Japan and India held talks as it sent ships to China.",
        &[Actors(&["JPN", "IND"])],
    ),
    (
        "clause_marker_comma_as",
        " date 2024-03-05 Japan and India held talks, as China sent ships.",
        &[Actors(&["JPN", "IND"])],
    ),
    (
        "clause_marker_comma_which",
        " date 2024-03-05 Japan and India held talks, which China criticised.",
        &[Actors(&["JPN", "IND"])],
    ),
    (
        "clause_marker_while",
        " date 2024-03-05 Japan and India held talks while China watched.",
        &[Actors(&["JPN", "IND"])],
    ),
    (
        "clause_marker_despite",
        " date 2024-03-05 Japan and India held talks despite China's objections.",
        &[Actors(&["JPN", "IND"])],
    ),
    (
        "clause_marker_over",
        " date 2024-03-05 Japan and India held talks over China's claims.",
        &[Actors(&["JPN", "IND"])],
    ),
    (
        "clause_marker_in_what",
        " date 2024-03-05 Japan and India held talks in what China called a provocation.",
        &[Actors(&["JPN", "IND"])],
    ),
    (
        "clause_marker_in_response_to",
        " date 2024-03-05 Japan and India held talks in response to China's drills.",
        &[Actors(&["JPN", "IND"])],
    ),
    (
        "clause_marker_ahead_of",
        " date 2024-03-05 Japan and India held talks ahead of a summit with China.",
        &[Actors(&["JPN", "IND"])],
    ),
    (
        "clause_marker_comma_who",
        " date 2024-03-05 Japan and India held talks with Ravi Rao, who met China.",
        &[Actors(&["JPN", "IND"])],
    ),
    (
        "clause_marker_weeks_after",
        " date 2024-03-05 Japan and India held talks weeks after China's drills.",
        &[Actors(&["JPN", "IND"])],
    ),
    (
        "clause_marker_days_after",
        " date 2024-03-05 Japan and India held talks days after China's drills.",
        &[Actors(&["JPN", "IND"])],
    ),
    (
        "no_marker_keeps_every_country",
        " date 2024-03-05 Japan and India held talks with Nepal.",
        &[Actors(&["JPN", "IND", "NPL"])],
    ),
    (
        "actors_only_after_the_marker_are_kept",
        " date 2024-03-05 Talks took place in Tokyo after India and Japan agreed to meet.",
        &[Actors(&["IND", "JPN"])],
    ),
];

/// After a reporting verb, the reported event's actors (two or more); the place of talks
/// or a deal is not an actor.
const NARROWING: &[Row] = &[
    (
        "reported_event_after_said",
        " date 2020-08-13 President Donald Trump said Israel and the UAE reached a deal on Thursday.",
        &[Kind(Some(newsevent::Plover::Agree)), Actors(&["ISR", "ARE"])],
    ),
    (
        "reported_event_with_one_country_keeps_the_speaker",
        " date 2020-08-13 U.S. President Donald Trump said Israel had reached a deal on Thursday.",
        &[Actors(&["USA", "ISR"])],
    ),
    (
        "place_of_talks_is_no_actor",
        " date 2024-03-05 India and Pakistan held talks in Qatar on Monday.",
        &[Actors(&["IND", "PAK"])],
    ),
    (
        "place_of_a_deal_is_no_actor",
        " date 2024-03-05 India and Pakistan signed a deal in Qatar on Monday.",
        &[Actors(&["IND", "PAK"])],
    ),
    (
        "country_after_a_city_is_the_place",
        " date 2024-03-05 India and Pakistan held talks in Addis Ababa, Ethiopia, on Monday.",
        &[Actors(&["IND", "PAK"])],
    ),
    ("place_only_is_kept", " date 2024-03-05 Leaders held talks in Qatar on Monday.", &[Actors(&["QAT"])]),
    (
        "country_attacked_in_is_an_actor",
        " date 2024-03-05 Israel launched airstrikes in Lebanon on Monday.",
        &[Actors(&["ISR", "LBN"])],
    ),
];

#[test]
fn sources() {
    run("actors::SOURCES", SOURCES);
}

#[test]
fn clauses() {
    run("actors::CLAUSES", CLAUSES);
}

#[test]
fn narrowing() {
    run("actors::NARROWING", NARROWING);
}
