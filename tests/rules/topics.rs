//! Topics (SPEC "Topics", README "How it works" 5): weighted cues, the lead counting
//! double; a topic needs a score of 8, a fifth of the best topic's, and two distinct cues
//! or a weight-3 cue in the lead; a cue counts at most three times; most mentioned first.

use crate::harness::{Expect::*, Row, run, run_user};

/// One paragraph per topic of SPEC.md, in SPEC order, each of which reports its topic
/// (and not clearly unrelated ones).
const PARAGRAPHS: &[Row] = &[
    (
        "paragraph_diplomacy",
        "The two foreign ministers held talks on bilateral relations. The envoy said the diplomatic partnership would deepen after the summit.",
        &[TopicMin("diplomacy", 2), TopicsSortedByCount],
    ),
    (
        "paragraph_defence",
        "The army will get a larger defence budget next year. The defence minister said the armed forces need new equipment and better training.",
        &[TopicMin("defence", 2), TopicsSortedByCount],
    ),
    (
        "paragraph_military_exercise",
        "The navies began a joint military exercise off the coast. The drills include anti-submarine warfare and live-fire war games.",
        &[TopicMin("military_exercise", 2), TopicsSortedByCount],
    ),
    (
        "paragraph_arms_trade",
        "The government signed a contract to buy fighter jets and missiles. The arms deal includes the co-production of weapons under a defence procurement plan.",
        &[TopicMin("arms_trade", 2), TopicsSortedByCount],
    ),
    (
        "paragraph_armed_conflict",
        "Fighting intensified as troops launched a new offensive. The war has killed thousands of soldiers and civilians since the invasion began.",
        &[TopicMin("armed_conflict", 2), TopicsSortedByCount],
    ),
    (
        "paragraph_terrorism",
        "A suicide bomber killed 12 people in a terrorist attack. Counter-terrorism police said the militant group had claimed the attack.",
        &[TopicMin("terrorism", 2), TopicsSortedByCount],
    ),
    (
        "paragraph_nuclear_weapons",
        "The country conducted a nuclear test in defiance of the non-proliferation treaty. Experts fear its stockpile of nuclear weapons and warheads is growing.",
        &[TopicMin("nuclear_weapons", 2), TopicsSortedByCount],
    ),
    (
        "paragraph_maritime_security",
        "The coast guard stepped up patrols to protect the sea lanes. The navy said maritime domain awareness and anti-piracy operations would expand.",
        &[TopicMin("maritime_security", 2), TopicsSortedByCount],
    ),
    (
        "paragraph_territorial_dispute",
        "Both sides claim the disputed territory along the border. The government rejected the annexation and said its sovereignty over the islands was not negotiable.",
        &[TopicMin("territorial_dispute", 2), TopicsSortedByCount],
    ),
    (
        "paragraph_cyber_security",
        "Hackers launched a cyber attack on the ministry's servers. The cyber security agency said the hacking campaign used ransomware.",
        &[TopicMin("cyber_security", 2), TopicsSortedByCount, NoTopic("natural_disaster"), NoTopic("food_security")],
    ),
    (
        "paragraph_space",
        "The space agency launched a satellite into orbit on Monday. The rocket launch marks a step for the country's space programme.",
        &[TopicMin("space", 2), TopicsSortedByCount, NoTopic("trade"), NoTopic("health"), NoTopic("elections")],
    ),
    (
        "paragraph_trade",
        "The two countries signed a free trade agreement to cut tariffs. Exports and imports between them are expected to double.",
        &[TopicMin("trade", 2), TopicsSortedByCount],
    ),
    (
        "paragraph_economy",
        "Inflation rose to 7 percent as economic growth slowed. The central bank raised interest rates to calm markets and attract investment.",
        &[TopicMin("economy", 2), TopicsSortedByCount],
    ),
    (
        "paragraph_energy",
        "The new pipeline will carry natural gas to Europe. The deal also covers oil supplies, power plants and renewable energy projects.",
        &[TopicMin("energy", 2), TopicsSortedByCount],
    ),
    (
        "paragraph_sanctions",
        "The government imposed sanctions on three banks and froze their assets. The embargo on oil exports will remain until the regime changes course.",
        &[TopicMin("sanctions", 2), TopicsSortedByCount],
    ),
    (
        "paragraph_climate_environment",
        "The summit agreed to cut carbon emissions to slow climate change. Campaigners said air pollution and deforestation must also be tackled.",
        &[TopicMin("climate_environment", 2), TopicsSortedByCount],
    ),
    (
        "paragraph_health",
        "Hospitals are struggling as the pandemic spreads. The health ministry said vaccines would be given to all patients in the outbreak areas.",
        &[
            TopicMin("health", 2),
            TopicsSortedByCount,
            NoTopic("space"),
            NoTopic("cyber_security"),
            NoTopic("arms_trade"),
        ],
    ),
    (
        "paragraph_migration",
        "Thousands of refugees crossed the border seeking asylum. Aid groups said the number of migrants and displaced people had doubled.",
        &[TopicMin("migration", 2), TopicsSortedByCount],
    ),
    (
        "paragraph_human_rights",
        "Rights groups said political prisoners were tortured in detention. The report documented human rights abuses and censorship of the press.",
        &[TopicMin("human_rights", 2), TopicsSortedByCount],
    ),
    (
        "paragraph_elections",
        "Voters go to the polls on Sunday in a presidential election. The campaign has been dominated by prices, and the ballot count begins on Monday.",
        &[TopicMin("elections", 2), TopicsSortedByCount, NoTopic("nuclear_weapons"), NoTopic("space")],
    ),
    (
        "paragraph_protest",
        "Thousands of protesters marched through the capital demanding reforms. Police fired tear gas as the demonstrations spread and unions called a general strike.",
        &[TopicMin("protest", 2), TopicsSortedByCount],
    ),
    (
        "paragraph_humanitarian_aid",
        "The UN delivered humanitarian aid to the stricken region. Relief agencies said food, tents and medicine would reach the victims of the crisis.",
        &[TopicMin("humanitarian_aid", 2), TopicsSortedByCount],
    ),
    (
        "paragraph_peace_process",
        "The warring sides agreed to a ceasefire after weeks of peace talks. Mediators hope the truce will lead to a lasting peace agreement.",
        &[TopicMin("peace_process", 2), TopicsSortedByCount],
    ),
    (
        "paragraph_technology",
        "The company will build a semiconductor factory to make advanced chips. The deal also covers artificial intelligence and 5G telecoms technology.",
        &[TopicMin("technology", 2), TopicsSortedByCount],
    ),
    (
        "paragraph_infrastructure",
        "The government announced a new railway line and a deep-water port. The infrastructure projects will improve connectivity and cut transport costs.",
        &[TopicMin("infrastructure", 2), TopicsSortedByCount],
    ),
    (
        "paragraph_crime_justice",
        "The former minister was arrested on corruption charges. The court ordered his trial to begin next month, police said.",
        &[TopicMin("crime_justice", 2), TopicsSortedByCount],
    ),
    (
        "paragraph_natural_disaster",
        "A powerful earthquake struck the region, killing dozens. Rescuers searched the rubble as aftershocks and floods hit nearby villages.",
        &[TopicMin("natural_disaster", 2), TopicsSortedByCount],
    ),
    (
        "paragraph_food_security",
        "The drought has cut the grain harvest by half. Officials warned of food shortages and famine as farmers lose their crops.",
        &[
            TopicMin("food_security", 2),
            TopicsSortedByCount,
            NoTopic("cyber_security"),
            NoTopic("space"),
            NoTopic("technology"),
        ],
    ),
];

/// The 28 topic ids of SPEC.md, in its order.
const SPEC_TOPICS: [&str; 28] = [
    "diplomacy",
    "defence",
    "military_exercise",
    "arms_trade",
    "armed_conflict",
    "terrorism",
    "nuclear_weapons",
    "maritime_security",
    "territorial_dispute",
    "cyber_security",
    "space",
    "trade",
    "economy",
    "energy",
    "sanctions",
    "climate_environment",
    "health",
    "migration",
    "human_rights",
    "elections",
    "protest",
    "humanitarian_aid",
    "peace_process",
    "technology",
    "infrastructure",
    "crime_justice",
    "natural_disaster",
    "food_security",
];

/// One passing word never makes a topic.
const STRAY_WORDS: &[Row] = &[
    ("stray_trade_off", "The coach said the new formation was a trade-off between speed and control.", &[Topics(&[])]),
    ("stray_energy_in_the_room", "You could feel the energy in the room as the band took the stage.", &[Topics(&[])]),
    ("stray_trade_off_recipe", "The chef said the recipe was a good trade-off.", &[Topics(&[])]),
    ("stray_space_in_the_kitchen", "She said the space in the kitchen was too small for the new oven.", &[Topics(&[])]),
    ("stray_love_and_loss", "The singer said her new album is about love and loss.", &[Topics(&[])]),
    ("stray_weather", "The match was postponed because of the weather, the club said.", &[Topics(&[])]),
    ("stray_fishing", "He spent the weekend fishing with his grandchildren at the lake.", &[Topics(&[])]),
    ("stray_bread", "The bakery sold out of bread by noon on Saturday.", &[Topics(&[])]),
];

/// The scoring rule, on cues of known weights (`satellite`, `orbit` 2; `rocket` 1;
/// `astronaut` 3). Three sentences without cues push later ones out of the lead.
const SCORING: &[Row] = &[
    ("topic_below_min_score", "The old rocket stood next to a satellite dish in the park.", &[Topics(&[])]),
    (
        "topic_at_min_score",
        "The satellite was too small to reach orbit, the engineers said.",
        &[Topics(&["space"]), TopicCount("space", 2)],
    ),
    ("topic_cue_in_any_case", "Satellite engineers said the craft could not reach orbit.", &[Topics(&["space"])]),
    (
        "topic_outside_the_lead_counts_once",
        "The team met at the old hall on Monday. Everyone sat down at the long tables. The chairs were new \
         and very comfortable. The satellite was too small to reach orbit.",
        &[Topics(&[])],
    ),
    (
        "topic_cue_counts_at_most_three_times",
        "The team met at the old hall on Monday. Everyone sat down at the long tables. The chairs were new \
         and very comfortable. The satellite, the satellite, the satellite, the satellite and the satellite \
         were shown with a rocket.",
        &[Topics(&[])],
    ),
    (
        "topic_one_cue_repeated_is_no_topic",
        "The crew watched the satellite and the satellite and the satellite pass over the hills.",
        &[Topics(&[])],
    ),
    (
        "topic_strong_cue_in_the_lead_alone",
        "The astronaut said the view was beautiful, and another astronaut agreed.",
        &[Topics(&["space"]), TopicCount("space", 2)],
    ),
    (
        "topic_strong_cue_outside_the_lead_alone_is_no_topic",
        "The team met at the old hall on Monday. Everyone sat down at the long tables. The chairs were new \
         and very comfortable. One astronaut, a second astronaut and a third astronaut spoke.",
        &[Topics(&[])],
    ),
    (
        "topic_below_a_fifth_of_the_best_is_dropped",
        "The space agency said an astronaut and two cosmonauts flew the lander into orbit for a lunar space \
         mission, with exports and commerce on the side.",
        &[Topics(&["space"])],
    ),
    (
        "topic_above_a_fifth_of_the_best_is_kept",
        "The space agency said the lander reached orbit. Exports and commerce grew.",
        &[Topics(&["space", "trade"])],
    ),
    (
        "topics_most_mentioned_first",
        "The space agency said its lander made a lunar landing. Exports, exports and exports passed customs \
         and customs.",
        &[Topics(&["trade", "space"]), TopicCount("trade", 5), TopicCount("space", 4)],
    ),
    (
        "topics_same_count_higher_score_first",
        "Exports and commerce grew as inflation eased and the central bank cut rates.",
        &[Topics(&["economy", "trade"])],
    ),
    (
        "topic_cue_inside_a_trigger",
        "The European Union imposed sanctions on Belarus and imposed sanctions on Iran.",
        &[Topics(&["sanctions"]), TopicCount("sanctions", 2)],
    ),
];

/// A user's topic cues.
const USER_CUES: &[Row] = &[(
    "user_topic_cues",
    "The barter deal and two more barter deals were signed.",
    &[HasTopic("trade"), TopicCount("trade", 2)],
)];

#[test]
fn every_topic_has_a_paragraph() {
    let ids: Vec<&str> = PARAGRAPHS.iter().map(|r| r.0.trim_start_matches("paragraph_")).collect();
    assert_eq!(ids, SPEC_TOPICS);
    assert_eq!(crate::harness::EMBEDDED_GAZETTEER.len(newsevent::Table::Topics), SPEC_TOPICS.len());
}

#[test]
fn paragraphs() {
    run("topics::PARAGRAPHS", PARAGRAPHS);
}

#[test]
fn stray_words() {
    run("topics::STRAY_WORDS", STRAY_WORDS);
}

#[test]
fn scoring() {
    run("topics::SCORING", SCORING);
}

#[test]
fn user_cues() {
    run_user("topics::USER_CUES", USER_CUES);
}
