//! The main event's place (SPEC `location`): a city after a place preposition in the
//! event's sentence or the next three (for an attack, in a side's country); else a
//! dateline city local to the event; else a country named after a preposition in the
//! event's sentence; else, by the kind of event, the country of an actor. A title's post
//! (`Consul General in Osaka`) and a place naming a thing (`the Asahi newspaper`) are no
//! place of the event; a country something is said `to` is whom it is said to.

use crate::harness::{Expect::*, Row, run};
use newsevent::Plover::*;

const CITIES: &[Row] = &[
    (
        "city_after_in",
        " date 2024-03-05 India and Japan held talks in Tokyo on Monday.",
        &[Location(Some(("Tokyo", "JPN"))), LocationSpan("Tokyo")],
    ),
    (
        "city_of_a_third_country_for_talks",
        " date 2024-03-05 India and Pakistan held talks in Tokyo on Monday.",
        &[Location(Some(("Tokyo", "JPN")))],
    ),
    (
        "city_after_at",
        " date 2024-03-05 India and Japan held talks at Tokyo on Monday.",
        &[Location(Some(("Tokyo", "JPN")))],
    ),
    (
        "city_after_near",
        " date 2024-03-05 India and Japan held talks near Tokyo on Monday.",
        &[Location(Some(("Tokyo", "JPN")))],
    ),
    (
        "city_after_off",
        " date 2024-03-05 India and Japan held joint drills off Chennai on Monday.",
        &[Location(Some(("Chennai", "IND")))],
    ),
    (
        "city_after_to",
        " date 2024-03-05 Kenyan protesters marched to Nairobi on Monday.",
        &[Location(Some(("Nairobi", "KEN")))],
    ),
    (
        "city_after_outside",
        " date 2024-03-05 Protesters rallied outside Nairobi on Monday against Kenya's tax plan.",
        &[Location(Some(("Nairobi", "KEN")))],
    ),
    (
        "city_after_into",
        " date 2024-03-05 Russian tanks rolled into Kharkiv as Russia attacked Ukraine on Monday.",
        &[Kind(Some(Assault)), Location(Some(("Kharkiv", "UKR")))],
    ),
    (
        "city_after_inside",
        " date 2024-03-05 Police arrested Kenyan protesters inside Nairobi on Monday.",
        &[Location(Some(("Nairobi", "KEN")))],
    ),
    (
        "city_after_across",
        " date 2024-03-05 Kenyan protesters marched across Nairobi on Monday.",
        &[Location(Some(("Nairobi", "KEN")))],
    ),
    (
        "city_after_on_is_the_target",
        " date 2024-03-05 Russia launched an airstrike on Kyiv on Monday.",
        &[Location(Some(("Kyiv", "UKR")))],
    ),
    (
        "city_after_against_is_the_target",
        " date 2024-03-05 Russia launched an airstrike against Kyiv on Monday.",
        &[Location(Some(("Kyiv", "UKR")))],
    ),
    (
        "city_after_a_place_noun_streets_of",
        " date 2024-03-05 Protesters marched in the streets of Nairobi against the new taxes.",
        &[Location(Some(("Nairobi", "KEN")))],
    ),
    (
        "city_after_a_place_noun_centre_of",
        " date 2024-03-05 Protesters marched in the centre of Nairobi on Monday against Kenya's tax plan.",
        &[Location(Some(("Nairobi", "KEN")))],
    ),
    (
        "city_after_a_place_noun_city_of",
        " date 2024-03-05 Russia shelled the city of Kharkiv and attacked Ukraine on Monday.",
        &[Location(Some(("Kharkiv", "UKR")))],
    ),
    (
        "city_that_speaks_is_no_place",
        " date 2024-03-05 India and Japan held talks. Tokyo said the talks were useful.",
        &[Location(None)],
    ),
    (
        "city_in_the_third_sentence_after",
        " date 2024-03-05 The navies of India and Japan began joint drills on Tuesday. The drills will last a week. \
         They come amid tension in the region. The first phase is taking place off Chennai in the Bay of Bengal.",
        &[Location(Some(("Chennai", "IND")))],
    ),
    (
        "city_in_the_fourth_sentence_after_is_too_far",
        " date 2024-03-05 The navies of India and Japan began joint drills on Tuesday. The drills will last a week. \
         They come amid tension in the region. Officials gave no further details of the plan. \
         Analysts said a later phase could take place off Chennai.",
        &[NotLocation("Chennai")],
    ),
    (
        "attack_city_in_a_third_country_is_elsewhere",
        " date 2024-04-14 Iran launches drones and missiles at Israel in first direct attack\n\
         Iran launched drones at Israel late on Saturday in retaliation for a strike on its embassy in Damascus.",
        &[Kind(Some(Assault)), Actors(&["IRN", "ISR"]), NotLocation("Damascus"), Location(Some(("Israel", "ISR")))],
    ),
    (
        "attack_on_capital",
        " date 2024-03-05 Russia launched an airstrike on Kyiv on Monday.",
        &[
            Kind(Some(Assault)),
            Actors(&["RUS", "UKR"]),
            Location(Some(("Kyiv", "UKR"))),
            WhenDays("2024-03-04", "2024-03-04"),
        ],
    ),
    (
        "protesters_marched_in_a_city",
        " date 2024-03-05 Thousands of protesters marched in Buenos Aires on Monday against spending cuts.",
        &[
            Kind(Some(Protest)),
            Actors(&["ARG"]),
            Location(Some(("Buenos Aires", "ARG"))),
            WhenDays("2024-03-04", "2024-03-04"),
        ],
    ),
    (
        "deal_signed_in_a_city",
        " date 2024-03-05 The deal, first proposed in 2019, was signed by India and the UAE in Abu Dhabi on Friday.",
        &[
            Kind(Some(Agree)),
            Actors(&["IND", "ARE"]),
            Location(Some(("Abu Dhabi", "ARE"))),
            WhenDays("2024-03-01", "2024-03-01"),
        ],
    ),
];

/// A dateline city (`NEW DELHI:`, `(LONDON)`, `TOKYO (Reuters) -`), when the event is local
/// to it; a bureau dateline with the event abroad gives way to the place in the lead.
const DATELINES: &[Row] = &[
    (
        "dateline_colon",
        " date 2024-03-05 NEW DELHI: India and Bangladesh signed an agreement on river water sharing on Tuesday.",
        &[Kind(Some(Agree)), Location(Some(("New Delhi", "IND"))), LocationSpan("NEW DELHI")],
    ),
    (
        "dateline_colon_islamabad",
        " date 2024-03-05 ISLAMABAD: Pakistan and Iran held talks on Tuesday on border security.",
        &[Location(Some(("Islamabad", "PAK")))],
    ),
    (
        "dateline_in_brackets",
        " date 2024-03-05 (LONDON) Britain and France signed a defence pact on Tuesday.",
        &[Location(Some(("London", "GBR")))],
    ),
    (
        "dateline_dash",
        " date 2024-03-05 LONDON \u{2014} Britain and France signed a defence pact on Tuesday.",
        &[Location(Some(("London", "GBR")))],
    ),
    (
        "dateline_agency",
        " date 2024-03-05 TOKYO (Reuters) - Japanese and Indian officials held talks on Tuesday.",
        &[Kind(Some(Consult)), Location(Some(("Tokyo", "JPN")))],
    ),
    (
        "dateline_after_a_menu_line",
        " date 2024-03-05 Home | World | Politics\nNEW DELHI: India and Bangladesh signed an agreement on river water sharing on Tuesday.",
        &[Location(Some(("New Delhi", "IND")))],
    ),
    (
        "dateline_not_local_to_the_event",
        " date 2024-03-05 NEW DELHI: Japan and China held talks on Monday.",
        &[Kind(Some(Consult)), Location(None)],
    ),
    (
        "dateline_of_a_side_but_the_sentence_places_the_event_abroad",
        " date 2024-03-05 MIAMI \u{2014} The US Coast Guard is sending aid to Haiti after the earthquake.",
        &[Kind(Some(Aid)), Location(Some(("Haiti", "HTI")))],
    ),
    (
        "dateline_of_a_side_and_the_sentence_names_its_country",
        " date 2024-03-05 MIAMI \u{2014} US and Haitian officials held talks in the United States on Tuesday.",
        &[Kind(Some(Consult)), Location(Some(("Miami", "USA")))],
    ),
    (
        "bureau_dateline_event_abroad_tokyo",
        " date 2024-03-05 NEW DELHI: India and Japan held talks in Tokyo on Monday.",
        &[Kind(Some(Consult)), Location(Some(("Tokyo", "JPN")))],
    ),
    (
        "bureau_dateline_event_abroad_beijing",
        " date 2024-03-05 NEW DELHI: Indian and Chinese diplomats met in Beijing on Monday to discuss the border.",
        &[Kind(Some(Consult)), Location(Some(("Beijing", "CHN")))],
    ),
    (
        "bureau_dateline_event_abroad_canberra",
        " date 2024-03-05 NEW DELHI: The Indian and Australian foreign ministers held talks in Canberra on Tuesday.",
        &[Kind(Some(Consult)), Location(Some(("Canberra", "AUS")))],
    ),
    (
        "a_title_post_is_not_the_place",
        " date 2025-11-10 TOKYO: Japan lodged a protest with China on Monday. China's Consul General in Osaka had posted the remarks.",
        &[Kind(Some(Accuse)), Location(Some(("Tokyo", "JPN")))],
    ),
    (
        "said_to_a_country_is_not_abroad",
        " date 2025-11-10 TOKYO: Japan complained to China on Monday about the remarks of a diplomat.",
        &[Kind(Some(Accuse)), Location(Some(("Tokyo", "JPN")))],
    ),
    (
        "a_place_naming_a_newspaper_is_not_the_place",
        " date 2025-11-10 TOKYO: Japan complained on Monday about remarks quoted in the Asahi newspaper.",
        &[Kind(Some(Accuse)), Location(Some(("Tokyo", "JPN")))],
    ),
    (
        "sent_to_a_country_is_abroad",
        " date 2024-03-05 MIAMI: The United States sent aid to Haiti on Tuesday.",
        &[Kind(Some(Aid)), NotLocation("Miami")],
    ),
];

/// With no city: a country named after a place preposition in the event's sentence; else,
/// for an attack, the attacked; for protests, arrests, mobilisation, concessions and
/// retreats, the first actor; for other kinds, none.
const COUNTRIES: &[Row] = &[
    (
        "country_after_a_preposition",
        " date 2024-03-05 Workers in France staged a general strike on Tuesday.",
        &[Kind(Some(Protest)), Location(Some(("France", "FRA"))), LocationSpan("France")],
    ),
    (
        "country_of_talks_after_in",
        " date 2024-03-05 India and Pakistan held talks in Qatar on Monday.",
        &[Location(Some(("Qatar", "QAT")))],
    ),
    (
        "country_attacked_in",
        " date 2024-03-05 Israel launched airstrikes in Lebanon on Monday.",
        &[Location(Some(("Lebanon", "LBN")))],
    ),
    (
        "country_of_the_attacked",
        " date 2024-03-05 Russia attacked Ukraine on Monday.",
        &[Location(Some(("Ukraine", "UKR")))],
    ),
    (
        "country_of_the_protesters",
        " date 2024-03-05 French workers staged a general strike on Tuesday.",
        &[Location(Some(("France", "FRA"))), LocationSpan("French")],
    ),
    (
        "country_of_the_arrest",
        " date 2024-03-05 Russian police arrested dozens of protesters on Saturday.",
        &[Kind(Some(Coerce)), Location(Some(("Russia", "RUS")))],
    ),
    (
        "country_of_the_mobilisation",
        " date 2024-03-05 Russia massed troops at the border with Ukraine.",
        &[Kind(Some(Mobilize)), Location(Some(("Russia", "RUS")))],
    ),
    (
        "country_of_the_concession",
        " date 2024-03-05 China eased travel restrictions on visitors from Australia.",
        &[Kind(Some(Concede)), Location(Some(("China", "CHN")))],
    ),
    (
        "country_of_the_retreat",
        " date 2024-03-05 Russia withdrew troops from the border with Ukraine on Monday.",
        &[Kind(Some(Retreat)), Location(Some(("Russia", "RUS")))],
    ),
    (
        "no_country_for_talks",
        " date 2024-03-05 India and Japan held talks on Monday.",
        &[Kind(Some(Consult)), Location(None)],
    ),
    (
        "no_country_for_a_deal",
        " date 2024-03-05 India and Japan signed a deal on Monday.",
        &[Kind(Some(Agree)), Location(None)],
    ),
];

/// The place of an attack is the city fired at, whoever its sides are.
const AIMED_AT: &[Row] = &[
    (
        "attack_on_the_outskirts_of_a_city",
        " date 2024-03-05 Russia fired missiles at targets on the outskirts of Kyiv on Monday.",
        &[Location(Some(("Kyiv", "UKR")))],
    ),
    (
        "attack_on_the_city_of",
        " date 2024-03-05 Russia fired missiles at the city of Kharkiv on Monday.",
        &[Location(Some(("Kharkiv", "UKR")))],
    ),
];

#[test]
fn aimed_at() {
    run("location::AIMED_AT", AIMED_AT);
}

#[test]
fn cities() {
    run("location::CITIES", CITIES);
}

#[test]
fn datelines() {
    run("location::DATELINES", DATELINES);
}

#[test]
fn countries() {
    run("location::COUNTRIES", COUNTRIES);
}

/// With no event, an article about one country happens there.
const NO_EVENT: &[Row] = &[
    (
        "no_event_one_country",
        " date 2024-03-05 Philippines: the death toll from flooding and landslides is rising. Rescuers in the Philippines searched for the missing.",
        &[Kind(None), Location(Some(("Philippines", "PHL")))],
    ),
    (
        "no_event_two_countries_alike",
        " date 2024-03-05 Japan and Germany both reported slower growth for the third quarter.",
        &[Kind(None), Location(None)],
    ),
];

#[test]
fn no_event() {
    run("location::NO_EVENT", NO_EVENT);
}

const WRITTEN_AS_PLACE: &[Row] = &[
    (
        "the_capital_comma_city",
        " date 2024-03-05 Thousands marched in the capital, Lima, on Tuesday against the government of Peru.",
        &[Location(Some(("Lima", "PER")))],
    ),
    (
        "strikes_targeting_a_city",
        " date 2024-03-05 Five people were killed in Russian missile strikes targeting Odesa, Ukraine said.",
        &[Location(Some(("Odesa", "UKR")))],
    ),
    (
        "town_with_its_state",
        " date 2024-03-05 Police in Paris, Texas, arrested two men on Monday.",
        &[Location(Some(("Paris", "USA")))],
    ),
    (
        "city_with_its_province",
        " date 2024-03-05 Police in London, Ontario, arrested two men on Monday.",
        &[Location(Some(("London", "CAN")))],
    ),
    (
        "city_with_its_country_beats_a_bigger_namesake",
        " date 2024-03-05 Hundreds marched in Perth, Scotland, on Saturday.",
        &[Location(Some(("Perth", "GBR")))],
    ),
    (
        "namesake_of_the_country_named_in_the_sentence",
        " date 2024-03-05 Venezuelan troops arrested dozens of protesters in Valencia on Monday.",
        &[Location(Some(("Valencia", "VEN")))],
    ),
    (
        "namesake_of_the_country_named_in_the_sentence_pakistan",
        " date 2024-03-05 Pakistani police clashed with protesters in Hyderabad on Monday.",
        &[Location(Some(("Hyderabad", "PAK")))],
    ),
    (
        "namesake_without_a_country_in_the_sentence_is_the_major_city",
        " date 2024-03-05 Floods killed 20 people in Valencia on Monday.",
        &[Location(Some(("Valencia", "ESP")))],
    ),
    (
        "city_in_a_region_of_its_country",
        " date 2024-03-05 Clashes between gunmen killed six people in Tripoli in northern Lebanon on Monday.",
        &[Location(Some(("Tripoli", "LBN")))],
    ),
    (
        "a_capital_beats_a_namesake_of_a_country_in_the_sentence",
        " date 2024-03-05 US President Joe Biden met French leaders in Paris on Monday.",
        &[Location(Some(("Paris", "FRA")))],
    ),
    (
        "town_not_in_the_old_list",
        " date 2024-03-05 Ukrainian forces came under heavy shelling in Bakhmut on Monday.",
        &[Location(Some(("Bakhmut", "UKR")))],
    ),
];

#[test]
fn written_as_place() {
    run("location::WRITTEN_AS_PLACE", WRITTEN_AS_PLACE);
}
