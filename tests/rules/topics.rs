//! Topics (SPEC "Topics", README "How it works" 5): weighted cues, the lead counting
//! double; a topic needs a score of 8, a fifth of the best topic's, and two distinct cues
//! or a weight-3 cue in the lead; a cue counts at most three times; most mentioned first.

use std::collections::HashMap;

use newsevent::{Extractor, Gazetteer, Plover, Table};

use crate::harness::{EMBEDDED_GAZETTEER, Expect::*, Row, run, run_user};

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
    ("stray_market_stalls", "The weekly market sold vegetables, meat and livestock.", &[Topics(&[])]),
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

/// `topic_rules.tsv`, `event` rules: the main event's type gives its topic; each rule has
/// a row that fails without it and a near miss (the words without the event, or the event
/// outside the rule's context).
const EVENT_RULES: &[Row] = &[
    (
        "event_sanction_gives_sanctions",
        "The United States imposed sanctions on Iran on Monday.",
        &[Kind(Some(Plover::Sanction)), HasTopic("sanctions")],
    ),
    (
        "event_no_sanction_no_sanctions",
        "Iran and France held talks on Monday, and sanctions came up.",
        &[NoTopic("sanctions")],
    ),
    (
        "event_assault_by_a_state_gives_armed_conflict",
        "Russia launched missile strikes on Ukraine on Monday, officials said.",
        &[Kind(Some(Plover::Assault)), HasTopic("armed_conflict"), NoTopic("terrorism")],
    ),
    (
        "event_assault_by_an_armed_group_gives_terrorism",
        "Al-Shabaab gunmen attacked a hotel in Somalia on Monday, officials said.",
        &[Kind(Some(Plover::Assault)), HasTopic("terrorism")],
    ),
    (
        "event_assault_on_an_armed_group_is_no_terrorism",
        "Israel launched air strikes on Hamas positions in Gaza on Monday.",
        &[Kind(Some(Plover::Assault)), HasTopic("armed_conflict"), NoTopic("terrorism")],
    ),
    (
        "event_protest_gives_protest",
        "Thousands of Cubans protested in Havana on Sunday against shortages.",
        &[Kind(Some(Plover::Protest)), HasTopic("protest")],
    ),
    ("event_no_protest_no_protest", "Cuba said the march in Havana on Sunday was a parade.", &[NoTopic("protest")]),
    (
        "event_aid_gives_humanitarian_aid",
        "Australia sent aid to Tonga on Saturday, including food and water.",
        &[Kind(Some(Plover::Aid)), HasTopic("humanitarian_aid")],
    ),
    (
        "event_military_aid_is_no_humanitarian_aid",
        "The United States sent aid to Ukraine on Saturday, including missiles and weapons.",
        &[Kind(Some(Plover::Aid)), NoTopic("humanitarian_aid")],
    ),
    (
        "event_mobilize_gives_defence",
        "Germany deployed a brigade to Lithuania on Monday, officials said.",
        &[Kind(Some(Plover::Mobilize)), HasTopic("defence")],
    ),
    (
        "event_cooperate_in_drills_gives_military_exercise",
        "India and Japan began joint drills in the Bay of Bengal on Monday.",
        &[Kind(Some(Plover::Cooperate)), HasTopic("military_exercise"), HasTopic("defence")],
    ),
    (
        "event_cooperate_at_sea_gives_maritime_security",
        "Indonesia and Malaysia will cooperate on naval patrols, officials said on Monday.",
        &[Kind(Some(Plover::Cooperate)), HasTopic("maritime_security"), HasTopic("defence")],
    ),
    (
        "event_cooperate_in_business_is_no_defence",
        "India and Japan signed a deal to cooperate on tourism on Monday.",
        &[NoTopic("defence"), NoTopic("military_exercise"), NoTopic("maritime_security")],
    ),
    (
        "event_consult_gives_diplomacy",
        "India and Japan held talks in Tokyo on Monday, officials said.",
        &[Kind(Some(Plover::Consult)), HasTopic("diplomacy")],
    ),
    (
        "event_accuse_gives_diplomacy",
        "Japan accused China of provocation on Monday and summoned the envoy.",
        &[Kind(Some(Plover::Accuse)), HasTopic("diplomacy")],
    ),
    (
        "event_agree_on_a_truce_gives_peace_process",
        "Thailand and Cambodia signed a peace deal on Monday, officials said.",
        &[Kind(Some(Plover::Agree)), HasTopic("peace_process")],
    ),
    (
        "event_agree_in_a_truce_gives_peace_process",
        "Thailand and Cambodia agreed to a ceasefire on Monday, officials said.",
        &[Kind(Some(Plover::Agree)), HasTopic("peace_process")],
    ),
    (
        "event_retreat_of_troops_is_no_peace_process",
        "Russia withdrew troops from the border with Ukraine on Monday.",
        &[Kind(Some(Plover::Retreat)), NoTopic("peace_process")],
    ),
    (
        "event_agree_on_trade_is_no_peace_process",
        "Thailand and Cambodia agreed to cut rice tariffs on Monday.",
        &[Kind(Some(Plover::Agree)), NoTopic("peace_process")],
    ),
    (
        "event_assault_by_gunmen_gives_terrorism",
        "Gunmen killed 15 students at a college in Kenya on Thursday, officials said.",
        &[Kind(Some(Plover::Assault)), HasTopic("terrorism"), NoTopic("armed_conflict")],
    ),
    (
        "event_assault_by_a_suicide_bomber_is_no_war",
        "A suicide bomber killed 12 people at a market in Nigeria on Friday, police said.",
        &[Kind(Some(Plover::Assault)), HasTopic("terrorism"), NoTopic("armed_conflict")],
    ),
    (
        "event_support_gives_diplomacy",
        "Britain backed Morocco's autonomy plan on Sunday during a visit to Rabat.",
        &[Kind(Some(Plover::Support)), HasTopic("diplomacy")],
    ),
    ("event_support_alone_is_no_diplomacy", "The club backed its coach on Sunday.", &[NoTopic("diplomacy")]),
    (
        "event_coerce_by_arrest_gives_crime_justice",
        "Russia detained the opposition leader on Monday, officials said.",
        &[Kind(Some(Plover::Coerce)), HasTopic("crime_justice")],
    ),
];

/// `topic_rules.tsv`, `cue` rules: a cue of several senses read in its sentence.
const CUE_RULES: &[Row] = &[
    (
        "cue_vote_in_an_assembly_is_no_election",
        "The General Assembly voted on the resolution, and 141 votes were cast in favour with 35 abstentions.",
        &[NoTopic("elections")],
    ),
    (
        "cue_vote_of_the_people_is_an_election",
        "Voters cast their votes on Sunday, and the voting ended at noon.",
        &[HasTopic("elections")],
    ),
    (
        "cue_candidate_for_membership_is_no_election",
        "The Commission named Ukraine a candidate for membership, and its candidacy was backed by leaders.",
        &[NoTopic("elections")],
    ),
    (
        "cue_candidate_in_a_race_is_an_election",
        "The candidate announced her candidacy for president on Monday.",
        &[HasTopic("elections")],
    ),
    (
        "cue_opposition_without_a_vote_is_no_election",
        "The opposition leader was freed, and the opposition welcomed it. Opposition figures spoke.",
        &[NoTopic("elections")],
    ),
    (
        "cue_opposition_in_a_campaign_is_an_election",
        "The opposition leads the polls ahead of the vote, and the opposition campaign is confident.",
        &[HasTopic("elections")],
    ),
    (
        "cue_strike_by_workers_is_no_war",
        "Dock workers began a strike on Monday, and the union said strikes would spread as workers demand pay.",
        &[NoTopic("armed_conflict")],
    ),
    (
        "cue_strike_by_missiles_is_war",
        "The strike hit the base and more strikes followed, while the army fired artillery.",
        &[HasTopic("armed_conflict")],
    ),
    (
        "cue_strike_by_jets_is_no_protest",
        "The strike by fighter jets hit the depot. Another strike by drones hit the port.",
        &[NoTopic("protest")],
    ),
    (
        "cue_strike_by_unions_is_protest",
        "The strike by teachers closed schools. Another strike by nurses began as strikers marched.",
        &[HasTopic("protest")],
    ),
    (
        "cue_border_alone_is_no_migration",
        "Border guards of the two countries met at the border. Talks on the borders and border security went well.",
        &[NoTopic("migration"), NoTopic("territorial_dispute")],
    ),
    (
        "cue_border_with_migrants_is_migration",
        "Migrants crossed the border at night. Refugees said the borders were closed to asylum seekers.",
        &[HasTopic("migration")],
    ),
    (
        "cue_border_in_a_dispute_is_territorial",
        "Both sides claim the disputed border area. The frontier dispute over the territory is decades old.",
        &[HasTopic("territorial_dispute")],
    ),
    (
        "cue_military_words_alone_are_no_war",
        "The military said troops would train at the base. Forces of the military and more troops arrived.",
        &[NoTopic("armed_conflict")],
    ),
    (
        "cue_camp_alone_is_no_migration",
        "The team set up camp by the river, and the camp had tents and a kitchen for the hikers.",
        &[NoTopic("migration")],
    ),
    (
        "cue_police_alone_is_no_crime_or_protest",
        "Police helped residents leave the flooded town. Police officers and police divers searched the river.",
        &[NoTopic("crime_justice"), NoTopic("protest")],
    ),
    (
        "cue_police_at_an_arrest_is_crime",
        "Police arrested two suspects on Monday. The police said the suspects would appear in court.",
        &[HasTopic("crime_justice")],
    ),
    (
        "cue_police_at_a_rally_is_protest",
        "Police fired tear gas at protesters on Monday. The police said the rally was not allowed.",
        &[HasTopic("protest")],
    ),
    (
        "cue_military_in_combat_is_no_defence",
        "Troops killed three fighters in clashes near the town. The army said its soldiers fought through \
         the night, and the military reported casualties.",
        &[NoTopic("defence")],
    ),
    (
        "cue_military_without_combat_is_defence",
        "The army will station more troops at the base. The military said the soldiers would train there.",
        &[HasTopic("defence")],
    ),
    (
        "cue_killing_in_a_terrorist_attack_is_no_war",
        "Police said a terrorist attack on a market killed 12 people and wounded 30. The extremists had \
         planned the attack and more attacks for weeks, and the extremists killed two guards.",
        &[NoTopic("armed_conflict"), HasTopic("terrorism")],
    ),
    (
        "cue_killing_in_battle_is_war",
        "The rebels killed 12 soldiers and wounded 30 in an attack on the base. The army said more attacks \
         followed, and its soldiers killed two rebels.",
        &[HasTopic("armed_conflict")],
    ),
    (
        "cue_arrest_of_an_activist_is_human_rights",
        "Police detained a prominent opposition figure on Monday. He was jailed for ten days, and two \
         bloggers were arrested.",
        &[HasTopic("human_rights")],
    ),
    (
        "cue_arrest_of_a_thief_is_no_human_rights",
        "Police detained two suspects on Monday. The suspects were jailed for theft, and a third man was \
         arrested.",
        &[NoTopic("human_rights"), HasTopic("crime_justice")],
    ),
    (
        "cue_politically_motivated_charges_are_human_rights",
        "The Kremlin critic said the case against him was politically motivated.",
        &[HasTopic("human_rights")],
    ),
    (
        "cue_candidate_for_the_eu_is_diplomacy",
        "Leaders backed Ukraine's EU candidacy after talks, and the Commission named it a candidate for \
         joining the bloc.",
        &[NoTopic("elections"), HasTopic("diplomacy")],
    ),
    (
        "cue_lift_sanctions_is_sanctions",
        "Washington will lift sanctions on Syria, the president said on Tuesday.",
        &[HasTopic("sanctions")],
    ),
    (
        "cue_visa_revocations_are_sanctions",
        "The president announced a travel ban and visa revocations for the officials.",
        &[HasTopic("sanctions")],
    ),
    (
        "cue_talks_amid_war_are_peace_talks",
        "The two sides held talks on Friday as fighting raged in the east. More talks are planned, as the \
         war goes on.",
        &[HasTopic("peace_process")],
    ),
    (
        "cue_talks_without_war_are_no_peace_talks",
        "The two sides held talks on trade on Friday. More talks are planned for next month.",
        &[NoTopic("peace_process")],
    ),
    (
        "cue_ceasefire_efforts_are_peace_process",
        "Qatar and Egypt led the ceasefire efforts, officials said.",
        &[HasTopic("peace_process")],
    ),
    (
        "cue_coast_guard_after_a_quake_is_no_maritime_security",
        "The coast guard flew relief supplies to the island after the earthquake. Coast guard helicopters \
         evacuated people hurt in the quake.",
        &[NoTopic("maritime_security")],
    ),
    (
        "cue_coast_guard_on_patrol_is_maritime_security",
        "The coast guard stepped up patrols near the islands. Coast guard ships chased the boats away.",
        &[HasTopic("maritime_security")],
    ),
    (
        "cue_coast_inside_coast_guard_counts_once",
        "The coast guard said on Monday that it had found the boat.",
        &[NoTopic("maritime_security")],
    ),
    (
        "cue_drones_in_the_airspace_are_no_territorial_dispute",
        "Russian drones violated the country's airspace overnight in several incursions. Jets shot down \
         drones after the incursions.",
        &[NoTopic("territorial_dispute")],
    ),
    (
        "cue_incursions_over_a_border_are_territorial_dispute",
        "Troops crossed the disputed border in two incursions. The incursions angered the government.",
        &[HasTopic("territorial_dispute")],
    ),
    (
        "cue_economic_conditions_and_high_prices_are_economy",
        "People complained about economic conditions and high prices on Sunday.",
        &[HasTopic("economy")],
    ),
    (
        "cue_world_leaders_and_foreign_officials_are_diplomacy",
        "World leaders and foreign officials condemned the decision on Thursday.",
        &[HasTopic("diplomacy")],
    ),
    (
        "cue_show_trials_and_wrongful_detention_are_human_rights",
        "The court held a show trial on Monday, and the men were wrongfully detained, their families said.",
        &[HasTopic("human_rights")],
    ),
    (
        "cue_demarche_and_protest_notes_are_diplomacy",
        "The ministry delivered a demarche and lodged a protest with Beijing on Monday.",
        &[HasTopic("diplomacy")],
    ),
    (
        "cue_territorial_control_and_ceding_territory_are_territorial_dispute",
        "Moscow demanded territorial control of the region and said Kyiv must cede territory.",
        &[HasTopic("territorial_dispute")],
    ),
    (
        "cue_weapons_in_an_exercise_are_no_arms_trade",
        "The exercise will include fighter jets and missile systems. Troops will fire howitzers during \
         the drills.",
        &[NoTopic("arms_trade")],
    ),
    (
        "cue_weapons_for_sale_are_arms_trade",
        "The government will buy fighter jets and missile systems from France.",
        &[HasTopic("arms_trade")],
    ),
];

/// Only prose counts: menus, credits and link lines weigh nothing.
const BOILERPLATE: &[Row] = &[
    (
        "boilerplate_menu_weighs_nothing",
        "Home | Elections | Sanctions | Trade\nRead more: Elections\nThe bakery sold out of bread by noon on Saturday.",
        &[Topics(&[])],
    ),
    (
        "boilerplate_prose_counts",
        "The election campaign ends on Sunday. Voters go to the polls as the ballot count begins.",
        &[HasTopic("elections")],
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

#[test]
fn event_rules() {
    run("topics::EVENT_RULES", EVENT_RULES);
}

#[test]
fn cue_rules() {
    run("topics::CUE_RULES", CUE_RULES);
}

#[test]
fn boilerplate() {
    run("topics::BOILERPLATE", BOILERPLATE);
}

/// Every `org` rule of `topic_rules.tsv`: two mentions of the organisation (by its first
/// name or alias that the extractor reads as it), in sentences with a `when` word of the
/// rule if it has any, give the topic; the same text without the organisation does not.
#[test]
fn org_rules() {
    let orgs = std::fs::read_to_string(crate::harness::data_dir().join("organizations.tsv")).unwrap();
    let names: HashMap<&str, Vec<&str>> = orgs
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            let aliases = c.get(2).map_or(vec![], |a| a.split(';').filter(|a| !a.starts_with('@')).collect());
            (c[0], [vec![c[1]], aliases].concat())
        })
        .collect();
    let rules = std::fs::read_to_string(crate::harness::data_dir().join("topic_rules.tsv")).unwrap();
    let x = newsevent::default_extractor();
    let mut problems = Vec::new();
    for r in rules.lines().filter(|l| l.starts_with("org\t")) {
        let c: Vec<&str> = r.split('\t').collect();
        let (org, topic) = (c[1], c[2]);
        let when = c.get(4).and_then(|w| w.split(';').next()).unwrap_or("plans");
        let text =
            |who: &str| format!("The {who} met on Monday about {when}. Later the {who} spoke again about {when}.");
        let read_as_org = |n: &&&str| x.extract(&text(n)).organizations.iter().any(|o| o.id == org);
        let Some(name) = names[org].iter().find(read_as_org) else {
            problems.push(format!("org_rule_{org}_{topic}: no name of {org} is read as it"));
            continue;
        };
        let has = |t: &str| x.extract(t).topics.iter().any(|m| m.id == topic);
        if !has(&text(name)) {
            problems.push(format!("org_rule_{org}_{topic}: no {topic} from `{}`", text(name)));
        }
        if has(&text("club")) {
            problems.push(format!("org_rule_{org}_{topic}_near_miss: {topic} without the organisation"));
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

/// A user's `topic_rules.tsv` row changes what makes a topic.
#[test]
fn user_topic_rules() {
    let has = |x: &Extractor, text: &str, topic: &str| x.extract(text).topics.iter().any(|t| t.id == topic);
    let talks = "India and Japan held talks in Tokyo on Monday.";
    assert!(!has(newsevent::default_extractor(), talks, "space"));
    let mut g = EMBEDDED_GAZETTEER.clone();
    g.add_str(Table::TopicRules, "mine.tsv", "event\tCONSULT\tspace\t3\n").unwrap();
    assert!(has(&Extractor::new(g).unwrap(), talks, "space"), "user_topic_rules: no space");
    let nato = "NATO met in Brussels on Monday. NATO spoke again later.";
    assert!(has(newsevent::default_extractor(), nato, "defence"), "user_topic_rules: embedded");
    let mut g = Gazetteer::embedded();
    g.clear(Table::TopicRules);
    assert!(!has(&Extractor::new(g).unwrap(), nato, "defence"), "user_topic_rules_cleared");
}

/// Every topic carries its IPTC Media Topic code from `topics.tsv`.
#[test]
fn every_topic_carries_its_iptc_code() {
    let x = newsevent::default_extractor();
    for r in PARAGRAPHS {
        let e = x.extract(r.1);
        let id = r.0.trim_start_matches("paragraph_");
        let t = e.topics.iter().find(|t| t.id == id).unwrap();
        assert_eq!(t.iptc.is_some(), id != "maritime_security", "{}: iptc {:?}", r.0, t.iptc);
    }
}
