//! Who does it to whom (SPEC `source`, `target`): the side before the trigger acts, the
//! sides after it are acted on; a passive turns it round; between equals the first named
//! acts; one state's own affair has it on both sides; a lone state after the trigger is only
//! the target.

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
        " date 2024-03-05 Japan and India held talks in Tokyo on Monday.",
        &[Kind(Some(Plover::Consult)), Source(&["JPN"]), Target(&["IND"])],
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
