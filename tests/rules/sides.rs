//! Who does it to whom (SPEC `source`, `target`): the side before the trigger acts, the
//! sides after it are acted on; a passive turns it round; between equals the first named
//! acts; one state's own affair has it on both sides; a lone state after the trigger is only
//! the target. A meeting in one side's city has the visitor act (not when the trigger is a
//! verb of hosting); a threat or criticism that names no one after its trigger is aimed at
//! the sides named in what it is over.

use crate::harness::{Expect::*, Row, run};
use newsevent::Plover;

const SIDES: &[Row] = &[
    (
        "before_the_trigger_acts",
        " date 2025-05-07 India conducted missile strikes on Pakistan early on Wednesday.",
        &[Kind(Some(Plover::Assault)), Source(&["IND"]), Target(&["PAK"])],
    ),
    (
        "sanctioner_and_sanctioned",
        " date 2025-01-10 The United States imposed new sanctions on Venezuela on Friday.",
        &[Kind(Some(Plover::Sanction)), Source(&["USA"]), Target(&["VEN"])],
    ),
    (
        "passive_turns_it_round",
        " date 2025-01-10 Ukraine was attacked by Russia overnight, officials in Kyiv said.",
        &[Kind(Some(Plover::Assault)), Source(&["RUS"]), Target(&["UKR"])],
    ),
    (
        "equals_first_named_acts",
        " date 2024-03-05 Japan and India held talks in Singapore on Monday.",
        &[Kind(Some(Plover::Consult)), Source(&["JPN"]), Target(&["IND"])],
    ),
    (
        "talks_in_a_sides_city_the_visitor_acts",
        " date 2024-03-05 Japan and India held talks in Tokyo on Monday.",
        &[Kind(Some(Plover::Consult)), Source(&["IND"]), Target(&["JPN"])],
    ),
    (
        "host_meets_visitor_the_visitor_acts",
        " date 2025-10-31 South Korean President Lee Jae Myung met Chinese President Xi Jinping in Gyeongju on Friday.",
        &[Kind(Some(Plover::Consult)), Source(&["CHN"]), Target(&["KOR"])],
    ),
    (
        "a_verb_of_hosting_keeps_the_host_acting",
        " date 2025-10-31 South Korean President Lee Jae Myung hosted Chinese President Xi Jinping in Seoul on Friday.",
        &[Kind(Some(Plover::Consult)), Source(&["KOR"]), Target(&["CHN"])],
    ),
    (
        "visitor_subject_stays_the_source",
        " date 2024-03-05 Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Monday.",
        &[Kind(Some(Plover::Consult)), Source(&["USA"]), Target(&["CHN"])],
    ),
    (
        "what_a_threat_is_over_names_its_target",
        " date 2023-08-22 North Korea warned of retaliation over the joint drills of South Korea and the US, state media said.",
        &[Kind(Some(Plover::Threaten)), Source(&["PRK"]), Target(&["KOR", "USA"])],
    ),
    (
        "a_named_target_leaves_the_reason_out",
        " date 2023-08-22 China warned the Philippines over its joint patrols with Japan on Tuesday.",
        &[Kind(Some(Plover::Threaten)), Source(&["CHN"]), Target(&["PHL"])],
    ),
    (
        "equals_many_sides",
        " date 2024-03-05 Indonesia, Malaysia and the Philippines launched joint maritime patrols on Monday.",
        &[Source(&["IDN"]), Target(&["MYS", "PHL"])],
    ),
    (
        "own_affair_protest",
        " date 2024-03-05 Thousands of Cubans took to the streets of Havana in protests on Sunday.",
        &[Kind(Some(Plover::Protest)), Source(&["CUB"]), Target(&["CUB"])],
    ),
    (
        "own_affair_attack_inside",
        " date 2024-03-05 Three suicide bombers attacked a checkpoint in northeastern Nigeria on Monday.",
        &[Kind(Some(Plover::Assault)), Source(&["NGA"]), Target(&["NGA"])],
    ),
    (
        "lone_state_after_the_trigger_is_the_target",
        " date 2024-03-05 European Union leaders agreed to impose more sanctions on Belarus on Monday.",
        &[Source(&[]), Target(&["BLR"])],
    ),
    (
        "lone_state_before_the_trigger_acts",
        " date 2024-03-05 Poland formally requested urgent consultations with its allies on Monday.",
        &[Kind(Some(Plover::Request)), Source(&["POL"]), Target(&[])],
    ),
    (
        "no_event_no_sides",
        " date 2024-03-05 The weather was mild across the region on Monday.",
        &[Kind(None), Source(&[]), Target(&[])],
    ),
];

#[test]
fn sides() {
    run("sides::SIDES", SIDES);
}
