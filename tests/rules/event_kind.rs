//! The main event's kind (SPEC "Main event"): the trigger chosen in the lead, the passes
//! over the lead, negation and its reach, hedges, the state-protest rule, clause markers
//! and fronted clauses.

use crate::harness::{Expect::*, Row, run, run_user, spec_gap};
use newsevent::Plover::{self, *};

/// Lead sentences of every PLOVER type (dates: 2024-03-05 is a Tuesday).
const PLOVER_TYPES: &[Row] = &[
    (
        "agree_russia_and_china_signed",
        " date 2024-03-05 Russia and China signed a gas supply agreement in Beijing on Tuesday.",
        &[
            Kind(Some(Agree)),
            Actors(&["RUS", "CHN"]),
            Location(Some(("Beijing", "CHN"))),
            WhenDays("2024-03-05", "2024-03-05"),
        ],
    ),
    (
        "agree_india_and_australia_reached",
        " date 2024-03-05 India and Australia reached a deal on critical minerals in Canberra on Monday.",
        &[
            Kind(Some(Agree)),
            Actors(&["IND", "AUS"]),
            Location(Some(("Canberra", "AUS"))),
            WhenDays("2024-03-04", "2024-03-04"),
        ],
    ),
    (
        "agree_egypt_and_jordan_signed",
        " date 2024-03-05 Egypt and Jordan signed a memorandum of understanding on energy in Cairo on Monday.",
        &[
            Kind(Some(Agree)),
            Actors(&["EGY", "JOR"]),
            Location(Some(("Cairo", "EGY"))),
            WhenDays("2024-03-04", "2024-03-04"),
        ],
    ),
    (
        "consult_india_and_japan_held",
        " date 2024-03-05 India and Japan held talks in Tokyo on Monday.",
        &[
            Kind(Some(Consult)),
            Actors(&["IND", "JPN"]),
            Location(Some(("Tokyo", "JPN"))),
            WhenDays("2024-03-04", "2024-03-04"),
        ],
    ),
    (
        "consult_french_president_emmanuel_macron",
        " date 2024-03-05 French President Emmanuel Macron will visit Brazil next week.",
        &[Kind(Some(Consult)), Actors(&["FRA", "BRA"]), WhenDays("2024-03-11", "2024-03-17")],
    ),
    (
        "consult_the_leaders_of_germany",
        " date 2024-03-05 The leaders of Germany and Poland spoke by phone on Sunday.",
        &[Kind(Some(Consult)), Actors(&["DEU", "POL"]), WhenDays("2024-03-03", "2024-03-03")],
    ),
    (
        "support_france_endorsed_india_s",
        " date 2024-03-05 France endorsed India's bid for a permanent seat on the Security Council.",
        &[Kind(Some(Support)), Actors(&["FRA", "IND"])],
    ),
    (
        "support_germany_praised_kenya_for",
        " date 2024-03-05 Germany praised Kenya for its role in the peace talks.",
        &[Kind(Some(Support)), Actors(&["DEU", "KEN"])],
    ),
    (
        "support_britain_backed_ukraine_s",
        " date 2024-03-05 Britain backed Ukraine's call for more air defence on Tuesday.",
        &[Kind(Some(Support)), Actors(&["GBR", "UKR"]), WhenDays("2024-03-05", "2024-03-05")],
    ),
    (
        "concede_iran_released_two_french",
        " date 2024-03-05 Iran released two French prisoners on Monday.",
        &[Kind(Some(Concede)), Actors(&["IRN", "FRA"]), WhenDays("2024-03-04", "2024-03-04")],
    ),
    (
        "concede_china_eased_travel_restrictions",
        " date 2024-03-05 China eased travel restrictions on visitors from Australia.",
        &[Kind(Some(Concede)), Actors(&["CHN", "AUS"])],
    ),
    (
        "concede_pakistan_apologised_to_afghanistan",
        " date 2024-03-05 Pakistan apologised to Afghanistan for the border incident.",
        &[Kind(Some(Concede)), Actors(&["PAK", "AFG"])],
    ),
    (
        "cooperate_india_and_france_launched",
        " date 2024-03-05 India and France launched a joint naval exercise off Goa on Monday.",
        &[Kind(Some(Cooperate)), Actors(&["IND", "FRA"]), WhenDays("2024-03-04", "2024-03-04")],
    ),
    (
        "cooperate_the_united_states_and",
        " date 2024-03-05 The United States and the Philippines began joint patrols in the South China Sea.",
        &[Kind(Some(Cooperate)), Actors(&["USA", "PHL"])],
    ),
    (
        "cooperate_indonesia_and_malaysia_launched",
        " date 2024-03-05 Indonesia and Malaysia launched a joint patrol along their maritime border.",
        &[Kind(Some(Cooperate)), Actors(&["IDN", "MYS"])],
    ),
    (
        "aid_japan_pledged_million_in",
        " date 2024-03-05 Japan pledged $500 million in humanitarian aid to Ukraine on Tuesday.",
        &[Kind(Some(Aid)), Actors(&["JPN", "UKR"]), WhenDays("2024-03-05", "2024-03-05")],
    ),
    (
        "aid_germany_will_send_aid",
        " date 2024-03-05 Germany will send aid to Turkey after the earthquake.",
        &[Kind(Some(Aid)), Actors(&["DEU", "TUR"])],
    ),
    (
        "aid_the_united_states_announced",
        " date 2024-03-05 The United States announced a new military aid package for Taiwan on Monday.",
        &[Kind(Some(Aid)), Actors(&["USA", "TWN"]), WhenDays("2024-03-04", "2024-03-04")],
    ),
    (
        "retreat_russia_withdrew_troops_from",
        " date 2024-03-05 Russia withdrew troops from the border with Ukraine on Monday.",
        &[Kind(Some(Retreat)), Actors(&["RUS", "UKR"]), WhenDays("2024-03-04", "2024-03-04")],
    ),
    (
        "retreat_serbia_pulled_back_its",
        " date 2024-03-05 Serbia pulled back its forces from the border with Kosovo.",
        &[Kind(Some(Retreat)), Actors(&["SRB", "XKX"])],
    ),
    (
        "request_ukraine_urged_germany_to",
        " date 2024-03-05 Ukraine urged Germany to supply more tanks.",
        &[Kind(Some(Request)), Actors(&["UKR", "DEU"])],
    ),
    (
        "request_india_called_on_pakistan",
        " date 2024-03-05 India called on Pakistan to act against militant groups.",
        &[Kind(Some(Request)), Actors(&["IND", "PAK"])],
    ),
    (
        "request_china_demanded_that_japan",
        " date 2024-03-05 China demanded that Japan stop the release of treated water.",
        &[Kind(Some(Request)), Actors(&["CHN", "JPN"])],
    ),
    (
        "accuse_china_accused_the_united",
        " date 2024-03-05 China accused the United States of meddling in its affairs.",
        &[Kind(Some(Accuse)), Actors(&["CHN", "USA"])],
    ),
    (
        "accuse_pakistan_condemned_the_attack",
        " date 2024-03-05 Pakistan condemned the attack on its consulate in Afghanistan.",
        &[Kind(Some(Accuse)), Actors(&["PAK", "AFG"])],
    ),
    (
        "accuse_the_us_state_department",
        " date 2024-03-05 The US State Department criticised China over its treatment of activists.",
        &[Kind(Some(Accuse)), Actors(&["USA", "CHN"])],
    ),
    (
        "reject_russia_vetoed_a_resolution",
        " date 2024-03-05 Russia vetoed a resolution drafted by the United States at the UN.",
        &[Kind(Some(Reject)), Actors(&["RUS", "USA"])],
    ),
    (
        "reject_israel_rejected_egypt_s",
        " date 2024-03-05 Israel rejected Egypt's ceasefire proposal on Tuesday.",
        &[Kind(Some(Reject)), Actors(&["ISR", "EGY"]), WhenDays("2024-03-05", "2024-03-05")],
    ),
    (
        "reject_india_abstained_from_a",
        " date 2024-03-05 India abstained from a UN vote on the resolution on Tuesday.",
        &[Kind(Some(Reject)), WhenDays("2024-03-05", "2024-03-05")],
    ),
    (
        "threaten_north_korea_threatened_south",
        " date 2024-03-05 North Korea threatened South Korea with retaliation over the drills.",
        &[Kind(Some(Threaten)), Actors(&["PRK", "KOR"])],
    ),
    (
        "threaten_china_warned_taiwan_of",
        " date 2024-03-05 China warned Taiwan of consequences if it declared independence.",
        &[Kind(Some(Threaten)), Actors(&["CHN", "TWN"])],
    ),
    (
        "protest_workers_in_france_staged",
        " date 2024-03-05 Workers in France staged a general strike on Tuesday.",
        &[Kind(Some(Protest)), Actors(&["FRA"]), WhenDays("2024-03-05", "2024-03-05")],
    ),
    (
        "protest_farmers_in_india_held",
        " date 2024-03-05 Farmers in India held a rally in New Delhi on Monday against new farm laws.",
        &[
            Kind(Some(Protest)),
            Actors(&["IND"]),
            Location(Some(("New Delhi", "IND"))),
            WhenDays("2024-03-04", "2024-03-04"),
        ],
    ),
    (
        "protest_thousands_of_kenyans_demonstrated",
        " date 2024-03-05 Thousands of Kenyans demonstrated in Nairobi against tax rises on Tuesday.",
        &[
            Kind(Some(Protest)),
            Actors(&["KEN"]),
            Location(Some(("Nairobi", "KEN"))),
            WhenDays("2024-03-05", "2024-03-05"),
        ],
    ),
    (
        "sanction_the_european_union_imposed",
        " date 2024-03-05 The European Union imposed sanctions on Belarus on Monday.",
        &[Kind(Some(Sanction)), Actors(&["BLR"]), WhenDays("2024-03-04", "2024-03-04")],
    ),
    (
        "sanction_poland_expelled_russian_diplomats",
        " date 2024-03-05 Poland expelled Russian diplomats on Tuesday.",
        &[Kind(Some(Sanction)), Actors(&["POL", "RUS"]), WhenDays("2024-03-05", "2024-03-05")],
    ),
    (
        "sanction_turkey_banned_imports_from",
        " date 2024-03-05 Turkey banned imports from Israel on Monday.",
        &[Kind(Some(Sanction)), Actors(&["TUR", "ISR"]), WhenDays("2024-03-04", "2024-03-04")],
    ),
    (
        "mobilize_russia_massed_troops_at",
        " date 2024-03-05 Russia massed troops at the border with Ukraine.",
        &[Kind(Some(Mobilize)), Actors(&["RUS", "UKR"])],
    ),
    (
        "mobilize_china_deployed_warships_near",
        " date 2024-03-05 China deployed warships near Taiwan on Sunday.",
        &[Kind(Some(Mobilize)), Actors(&["CHN", "TWN"]), WhenDays("2024-03-03", "2024-03-03")],
    ),
    (
        "mobilize_argentina_put_its_troops",
        " date 2024-03-05 Argentina put its troops on alert along the border with Chile.",
        &[Kind(Some(Mobilize)), Actors(&["ARG", "CHL"])],
    ),
    (
        "coerce_iran_seized_a_british",
        " date 2024-03-05 Iran seized a British oil tanker in the Strait of Hormuz on Monday.",
        &[Kind(Some(Coerce)), Actors(&["IRN", "GBR"]), WhenDays("2024-03-04", "2024-03-04")],
    ),
    (
        "coerce_russian_police_arrested_dozens",
        " date 2024-03-05 Russian police arrested dozens of protesters in Moscow on Saturday.",
        &[
            Kind(Some(Coerce)),
            Actors(&["RUS"]),
            Location(Some(("Moscow", "RUS"))),
            WhenDays("2024-03-02", "2024-03-02"),
        ],
    ),
    (
        "assault_israeli_shelling_killed_people",
        " date 2024-03-05 Israeli shelling killed 12 people in Gaza on Tuesday.",
        &[Kind(Some(Assault)), WhenDays("2024-03-05", "2024-03-05")],
    ),
    (
        "assault_ukraine_attacked_a_russian",
        " date 2024-03-05 Ukraine attacked a Russian airbase in Crimea with drones overnight.",
        &[Kind(Some(Assault)), Actors(&["UKR", "RUS"])],
    ),
    (
        "sanction_cut_diplomatic_relations",
        " date 2024-03-05 China cut diplomatic relations with Lithuania on Monday.",
        &[Kind(Some(Sanction)), Actors(&["CHN", "LTU"]), WhenDays("2024-03-04", "2024-03-04")],
    ),
];

/// SPEC "The kind is the event's, not a word's", and what a text does NOT report.
const NOT_REPORTED: &[Row] = &[
    (
        "negated_denied_attacking",
        " date 2024-03-05 Russia denied attacking a Ukrainian grain ship in the Black Sea.",
        &[NotKind(Assault)],
    ),
    ("negated_did_not_sign", " date 2024-03-05 India did not sign the agreement with Pakistan.", &[NotKind(Agree)]),
    (
        "negated_will_not_impose",
        " date 2024-03-05 The United States will not impose sanctions on India, officials said.",
        &[NotKind(Sanction)],
    ),
    (
        "negated_no_intention_of_attacking",
        " date 2024-03-05 Russia said it had no intention of attacking Ukraine.",
        &[NotKind(Assault)],
    ),
    (
        "negated_no_plans_to_send_troops",
        " date 2024-03-05 Germany has no plans to send troops to Ukraine, the chancellor said.",
        &[NotKind(Mobilize)],
    ),
    (
        "negated_have_not_held_talks",
        " date 2024-03-05 India and China have not held talks since March, officials said.",
        &[NotKind(Consult)],
    ),
    (
        "negated_no_plans_to_meet",
        " date 2024-03-05 China has no plans to meet Japanese officials at the summit, a spokesperson said.",
        &[NotKind(Consult)],
    ),
    (
        "denial_of_a_claim_is_a_rejection",
        " date 2024-03-05 Ukraine rejected claims that it had attacked Russian territory.",
        &[Kind(Some(Reject))],
    ),
    (
        "recalled_ambassador_is_a_sanction",
        " date 2024-03-05 Algeria recalled its ambassador to France for consultations on Monday.",
        &[Kind(Some(Sanction)), Actors(&["DZA", "FRA"])],
    ),
    (
        "struck_a_deal_is_agree",
        " date 2024-03-05 Israel and Hamas struck a deal on Monday.",
        &[Kind(Some(Agree)), Trigger("struck a deal")],
    ),
];

/// Verb phrases (data/verb_patterns.tsv): a verb and the words of its phrase name the
/// event (`halted` + `aid`), in the active and the passive; statements about another act
/// (claims, denials, refusals) are the event; intentions have the intended act's type.
/// Each row fails without the verb lexicon (kind, or the trigger's text).
const VERB_PHRASES: &[Row] = &[
    (
        "sending_help_beats_a_request_in_a_side_clause",
        " date 2024-03-05 Japan is sending help to Nepal after the Nepalese government requested assistance following the earthquake.",
        &[Kind(Some(Aid)), Source(&["JPN"]), Target(&["NPL"])],
    ),
    (
        "halted_economic_aid_is_sanction",
        " date 2024-03-05 The United States halted economic aid to Niger on Monday.",
        &[Kind(Some(Sanction))],
    ),
    (
        "lifted_the_curfew_is_concede",
        " date 2024-03-05 Kenya lifted the curfew in Nairobi on Monday.",
        &[Kind(Some(Concede))],
    ),
    (
        "alleged_that_x_attacked_y_is_accuse",
        " date 2024-03-05 Ukraine alleged that Russia attacked a hospital in Kharkiv on Monday.",
        &[Kind(Some(Accuse))],
    ),
    (
        "refused_to_is_reject",
        " date 2024-03-05 Iran refused to release the British tanker on Monday.",
        &[Kind(Some(Reject))],
    ),
    (
        "rejected_the_allegations_is_accuse",
        " date 2024-03-05 Israel rejected the allegations of Hamas on Monday.",
        &[Kind(Some(Accuse))],
    ),
    (
        "suspended_assistance_is_sanction",
        " date 2024-03-05 The government of Norway suspended all military assistance to Myanmar on Monday.",
        &[Kind(Some(Sanction)), Source(&["NOR"]), Target(&["MMR"])],
    ),
    (
        "halted_aid_keeps_its_sides",
        " date 2024-03-05 Japan halted economic aid to Serbia on Tuesday.",
        &[Kind(Some(Sanction)), Trigger("halted economic aid"), Cameo(Some("16")), Source(&["JPN"]), Target(&["SRB"])],
    ),
    (
        "aid_halted_in_the_passive",
        " date 2024-03-05 Economic aid to Serbia was halted by Japan on Tuesday.",
        &[Kind(Some(Sanction)), Source(&["JPN"]), Target(&["SRB"])],
    ),
    (
        "refused_to_commit_troops_is_reject",
        " date 2024-03-05 Turkey refused to commit troops to the mission in Libya.",
        &[Kind(Some(Reject)), Source(&["TUR"])],
    ),
    (
        "refused_to_send_weapons_is_reject",
        " date 2024-03-05 Hungary refused to send weapons to Ukraine on Monday.",
        &[Kind(Some(Reject)), Source(&["HUN"]), Target(&["UKR"])],
    ),
    (
        "lifted_the_night_curfew",
        " date 2024-03-05 The Nigerian army lifted the night curfew in Kano on Sunday.",
        &[Kind(Some(Concede)), Trigger("lifted the night curfew")],
    ),
    (
        "curfew_lifted_in_the_passive",
        " date 2024-03-05 The night curfew in Kano was lifted by Nigeria on Sunday.",
        &[Kind(Some(Concede)), Trigger("lifted")],
    ),
    (
        "sanctions_lifted_in_the_passive",
        " date 2024-03-05 Sanctions on Venezuela were lifted by the United States.",
        &[Kind(Some(Retreat)), Source(&["USA"]), Target(&["VEN"])],
    ),
    (
        "decided_to_recall_ambassadors",
        " date 2024-03-05 Mexico said it had decided to recall its ambassadors in Peru and Bolivia for consultations.",
        &[Kind(Some(Sanction)), Trigger("recall its ambassadors"), Source(&["MEX"]), Target(&["PER", "BOL"])],
    ),
    (
        "will_recall_is_the_recall",
        " date 2024-03-05 Brazil will recall its ambassador to Israel.",
        &[Kind(Some(Sanction)), Source(&["BRA"]), Target(&["ISR"])],
    ),
    (
        "plans_to_expel_is_the_expulsion",
        " date 2024-03-05 India plans to expel Canadian diplomats.",
        &[Kind(Some(Sanction)), Trigger("expel Canadian diplomats"), Source(&["IND"]), Target(&["CAN"])],
    ),
    (
        "struck_a_historic_deal",
        " date 2024-03-05 Iran and six world powers struck a historic deal in Vienna.",
        &[Kind(Some(Agree)), Trigger("struck a historic deal")],
    ),
    (
        "talks_ended_with_an_agreement",
        " date 2024-03-05 Talks between Sudan and the rebels in Doha ended with an agreement.",
        &[Kind(Some(Agree)), Trigger("ended with an agreement")],
    ),
    (
        "called_off_the_talks",
        " date 2024-03-05 India called off the talks with Pakistan on Friday.",
        &[Kind(Some(Sanction)), Source(&["IND"]), Target(&["PAK"])],
    ),
    (
        "expelled_diplomats",
        " date 2024-03-05 France expelled two Russian diplomats on Tuesday.",
        &[Kind(Some(Sanction)), Trigger("expelled two Russian diplomats"), Source(&["FRA"]), Target(&["RUS"])],
    ),
    (
        "claimed_that_is_the_claim",
        " date 2024-03-05 The US claimed that the group had attacked the town in Syria.",
        &[Kind(Some(Accuse)), Trigger("claimed"), Source(&["USA"])],
    ),
    (
        "denied_that_is_a_denial",
        " date 2024-03-05 Russia denied that its troops had shelled the Ukrainian town.",
        &[Kind(Some(Accuse)), Trigger("denied"), Source(&["RUS"]), Target(&["UKR"])],
    ),
    (
        "used_words_of_the_same_type_still_support",
        " date 2024-03-05 India met Japan for talks and then struck a deal on Monday.",
        &[Kind(Some(Consult))],
    ),
    (
        "words_after_an_earlier_verb_are_no_subject",
        " date 2024-03-05 Turkey hosted a summit on Syria and then expelled two Syrian diplomats.",
        &[Kind(Some(Consult)), Trigger("hosted")],
    ),
    (
        "held_joint_exercises_is_cooperate",
        " date 2024-03-05 Egypt and Greece held their first joint air force exercise on Crete.",
        &[Kind(Some(Cooperate)), Actors(&["EGY", "GRC"])],
    ),
    (
        "conducted_joint_military_exercises_is_cooperate",
        " date 2024-03-05 The armies of Kenya and Uganda conducted joint military exercises near Lake Victoria.",
        &[Kind(Some(Cooperate))],
    ),
    (
        "called_for_an_end_is_request",
        " date 2024-03-05 Brazil called for an end to the violence in Haiti on Monday.",
        &[Kind(Some(Request)), Source(&["BRA"])],
    ),
    (
        "called_for_talks_is_request",
        " date 2024-03-05 Nigeria called for talks between the junta in Niger and its neighbours.",
        &[Kind(Some(Request)), Source(&["NGA"])],
    ),
    (
        "called_for_an_investigation_is_request",
        " date 2024-03-05 Norway called for an independent investigation into the sinking of the ferry off Libya.",
        &[Kind(Some(Request))],
    ),
    (
        "pulled_its_forces_out_is_retreat",
        " date 2024-03-05 Rwanda pulled its forces out of eastern Congo on Monday.",
        &[Kind(Some(Retreat)), Source(&["RWA"])],
    ),
    (
        "laid_down_their_arms_is_retreat",
        " date 2024-03-05 Rebels in Mozambique laid down their arms on Sunday.",
        &[Kind(Some(Retreat))],
    ),
    (
        "moved_troops_to_is_mobilize",
        " date 2024-03-05 Sudan moved thousands of soldiers to its border with Chad on Tuesday.",
        &[Kind(Some(Mobilize)), Source(&["SDN"])],
    ),
    (
        "charged_that_is_accuse",
        " date 2024-03-05 Iraq charged that Turkish forces were behind the strike on a resort in Duhok.",
        &[Kind(Some(Accuse)), Trigger("charged"), Source(&["IRQ"])],
    ),
    (
        "dispatched_a_team_of_rescuers_is_aid",
        " date 2024-03-05 Algeria dispatched a team of rescuers to Libya after the floods.",
        &[Kind(Some(Aid)), Source(&["DZA"]), Target(&["LBY"])],
    ),
    (
        "sent_an_aircraft_carrier_to_is_mobilize",
        " date 2024-03-05 Britain sent an aircraft carrier to the Gulf on Monday.",
        &[Kind(Some(Mobilize)), Source(&["GBR"])],
    ),
    (
        "withdrew_the_bill_is_concede",
        " date 2024-03-05 The government of Kenya withdrew the bill after weeks of protests.",
        &[Kind(Some(Concede))],
    ),
    (
        "vowed_to_a_hostile_act_is_a_threat",
        " date 2024-03-05 Armenia vowed to hit back at Azerbaijan after the shelling of border villages.",
        &[Kind(Some(Threaten)), Source(&["ARM"])],
    ),
    (
        "refused_to_condemn_is_reject",
        " date 2024-03-05 China refused to condemn the Russian invasion of Ukraine.",
        &[Kind(Some(Reject)), Source(&["CHN"])],
    ),
];

/// What is no verb phrase: a verb form as a noun, a reporting verb, a relative clause, an
/// infinitive of purpose, a negated or hedged phrase, a blocking pattern.
const NOT_VERB_PHRASES: &[Row] = &[
    (
        "verb_form_after_a_determiner_is_a_noun",
        " date 2024-03-05 Germany welcomed the release of the hostages by Hamas.",
        &[Kind(Some(Support)), Trigger("welcomed")],
    ),
    (
        "reporting_verb_is_no_verb_phrase",
        " date 2024-03-05 Turkey said the attack on its troops in Syria killed three soldiers.",
        &[Kind(Some(Assault)), Trigger("killed")],
    ),
    (
        "relative_clause_names_no_event",
        " date 2024-03-05 France announced a brigade that is meant to help Lithuania.",
        &[Kind(None)],
    ),
    (
        "infinitive_of_purpose_is_not_the_event",
        " date 2024-03-05 India sent patrols on Monday to intensify its fight against Pakistan.",
        &[Kind(Some(Mobilize))],
    ),
    ("negated_verb_phrase", " date 2024-03-05 Russia did not lift the curfew in Grozny.", &[Kind(None)]),
    (
        "hedged_verb_phrase_is_weak",
        " date 2024-03-05 Russia could lift the sanctions on Georgia. Israel attacked Gaza on Monday.",
        &[Kind(Some(Assault)), Source(&["ISR"])],
    ),
    (
        "blocking_pattern",
        " date 2024-03-05 The president of Kenya signed a decree on fuel prices on Monday.",
        &[Kind(None)],
    ),
];

/// SPEC: `kind` is null when the article reports no event between actors.
const NO_EVENT: &[Row] = &[
    (
        "no_event_market_report",
        " date 2024-03-05 Gold prices rose 1 percent on Tuesday as the dollar weakened. Shares in Tokyo and London closed higher, while oil prices slipped.",
        &[Kind(None), Actors(&[])],
    ),
    (
        "no_event_market_report_asia",
        " date 2024-03-05 Stock markets in Asia fell sharply on Tuesday as investors worried about inflation. The yen weakened against the dollar.",
        &[Kind(None), Actors(&[])],
    ),
    (
        "no_event_feature_story",
        " date 2024-03-05 The old harbour town is famous for its seafood and its painted houses. Visitors come every summer to walk its narrow lanes.",
        &[Kind(None), Actors(&[])],
    ),
    (
        "no_event_museum",
        " date 2024-03-05 A new museum of modern art opened in the old port district, drawing crowds of visitors. Its collection includes paintings from the 1920s.",
        &[Kind(None), Actors(&[])],
    ),
    ("no_event_empty", "", &[Kind(None), Actors(&[])]),
    ("no_event_blank", "   ", &[Kind(None), Actors(&[])]),
    (
        "no_event_without_a_country",
        " date 2024-03-05 The two neighbours held talks on Monday about water.",
        &[Kind(None), Actors(&[])],
    ),
];

/// A state that protests accuses; its citizens protesting is PROTEST; blaming is accusing.
const PROTEST_AND_BLAME: &[Row] = &[
    (
        "state_protests_is_accuse",
        " date 2025-06-12 Philippines protests Chinese water cannon attack near the shoal",
        &[Kind(Some(Accuse))],
    ),
    (
        "diplomatic_protest_is_accuse",
        " date 2025-06-12 China lodged a diplomatic protest with Japan on Thursday over the visit.",
        &[Kind(Some(Accuse))],
    ),
    (
        "state_protested_is_accuse",
        " date 2025-06-12 India protested strongly to Pakistan over the shelling on Thursday.",
        &[Kind(Some(Accuse))],
    ),
    (
        "demonym_protesters_is_protest",
        " date 2025-06-12 Kenyan protesters marched in Nairobi against the new taxes on Thursday.",
        &[Kind(Some(Protest))],
    ),
    (
        "protesters_in_a_country_is_protest",
        " date 2024-03-05 Protesters in Kenya marched against the new taxes on Thursday.",
        &[Kind(Some(Protest)), Actors(&["KEN"])],
    ),
    (
        "workers_in_a_country_on_strike_is_protest",
        " date 2024-03-05 Nurses in Ghana went on strike over unpaid wages on Monday.",
        &[Kind(Some(Protest)), Actors(&["GHA"])],
    ),
    (
        "students_across_a_country_took_to_the_streets",
        " date 2024-03-05 Students across Chile took to the streets on Thursday.",
        &[Kind(Some(Protest))],
    ),
    (
        "responsible_for_attacks_is_accuse",
        " date 2019-09-21 Saudi Arabia says Iran responsible for attacks on oil plants",
        &[Kind(Some(Accuse))],
    ),
    (
        "responsible_for_the_strikes_is_accuse",
        " date 2019-09-21 The United States said on Saturday that Iran was responsible for the strikes on the refinery.",
        &[Kind(Some(Accuse))],
    ),
    (
        "behind_the_bombing_is_accuse",
        " date 2024-03-05 Pakistan said India was behind the bombing in Lahore on Sunday.",
        &[Kind(Some(Accuse)), Trigger("behind the bombing")],
    ),
    (
        "drones_attacked_is_assault",
        " date 2019-09-21 Drones attacked Saudi oil plants on Saturday, officials in Riyadh said.",
        &[Kind(Some(Assault))],
    ),
];

/// The lead's passes: the first lead sentence with a trigger of weight 2 or more (and a
/// country); else the first with any trigger; else a weight-3 trigger in sentences 4-8.
const PASSES: &[Row] = &[
    (
        "weight_two_beats_an_earlier_weight_one",
        " date 2024-03-05 India voiced concern over the border with Pakistan. China and Nepal met in Beijing on Monday.",
        &[Kind(Some(Consult)), Actors(&["CHN", "NPL"])],
    ),
    (
        "weight_one_when_the_lead_has_nothing_stronger",
        " date 2024-03-05 India voiced concern over the border on Monday. Officials gave no details.",
        &[Kind(Some(Accuse)), Trigger("voiced concern")],
    ),
    (
        "trigger_needs_a_country_in_its_sentence",
        " date 2024-03-05 Officials said the talks would go on. India and Japan held talks in Tokyo on Monday.",
        &[Kind(Some(Consult)), Trigger("held talks"), Actors(&["IND", "JPN"])],
    ),
    (
        "first_lead_sentence_with_a_trigger_wins",
        " date 2024-03-05 Russia attacked Ukraine on Monday. India and Japan held talks in Tokyo on Monday.",
        &[Kind(Some(Assault))],
    ),
    (
        "weight_three_after_the_lead",
        " date 2024-03-05 The market was quiet on Monday. Traders stayed home for the day. Prices did not move at all. Russia attacked Ukraine on Monday.",
        &[Kind(Some(Assault)), Actors(&["RUS", "UKR"])],
    ),
    (
        "weight_two_in_the_third_lead_sentence",
        " date 2024-03-05 The market was quiet on Monday. Traders stayed home for the day. India and Japan met in Tokyo on Monday.",
        &[Kind(Some(Consult)), Actors(&["IND", "JPN"])],
    ),
    (
        "weight_two_after_the_lead_is_no_event",
        " date 2024-03-05 The market was quiet on Monday. Traders stayed home for the day. Prices did not move at all. Russia met Ukraine on Monday.",
        &[Kind(None)],
    ),
    (
        "lead_skips_a_photo_credit_line",
        " date 2024-03-05 Photo: Reuters\nIndia and Japan held talks in Tokyo on Monday.",
        &[Kind(Some(Consult)), Headline("India and Japan held talks in Tokyo on Monday.")],
    ),
];

/// Within a sentence: the strongest trigger, earlier ones first (0.4 a rank), ones another
/// cue of the same type backs up (0.5); triggers of the main clause first.
const CHOICE: &[Row] = &[
    ("stronger_later_trigger_wins", " date 2024-03-05 Japan met India and then signed a pact.", &[Kind(Some(Agree))]),
    (
        "earlier_of_equal_weight_wins",
        " date 2024-03-05 Japan criticised India and then signed a pact.",
        &[Kind(Some(Accuse))],
    ),
    (
        "support_from_a_second_cue_of_the_same_type",
        " date 2024-03-05 Japan met India for a visit and then signed a pact.",
        &[Kind(Some(Consult)), Trigger("met")],
    ),
    (
        "main_clause_trigger_before_a_clause_marker",
        " date 2024-03-05 India and Japan met in Tokyo since Russia's invasion of Ukraine.",
        &[Kind(Some(Consult)), Trigger("met"), Actors(&["IND", "JPN"])],
    ),
    (
        "main_clause_after_a_fronted_clause",
        " date 2024-03-05 After Russia's invasion of Ukraine, India and Japan met in Tokyo.",
        &[Kind(Some(Consult)), Trigger("met"), Actors(&["IND", "JPN"])],
    ),
    (
        "main_clause_after_a_fronted_amid",
        " date 2024-03-05 Amid the Russia-Ukraine war, the EU imposed sanctions on Belarus.",
        &[Kind(Some(Sanction)), Actors(&["BLR"])],
    ),
];

/// A negation cancels the triggers after it in its clause (120 bytes at most, up to a
/// comma, semicolon, colon or clause marker).
/// An agreement and what is agreed: after `to` and a verb, the thing done; a thing agreed,
/// the agreement.
const AGREED: &[Row] = &[
    (
        "agreed_to_a_verb_is_the_verbs_event",
        " date 2024-03-05 European leaders agreed on Monday to impose more sanctions on Belarus.",
        &[Kind(Some(Sanction)), Trigger("sanctions on")],
    ),
    (
        "agree_a_truce_is_an_agreement",
        " date 2024-03-05 Israel and Hamas agree Gaza truce, to be monitored by Egypt.",
        &[Kind(Some(Agree)), Trigger("agree")],
    ),
    (
        "agreed_on_a_ceasefire_is_an_agreement",
        " date 2024-03-05 Thailand and Cambodia agreed on an unconditional ceasefire on Monday.",
        &[Kind(Some(Agree))],
    ),
    (
        "a_declared_ceasefire_is_a_retreat",
        " date 2024-03-05 Thailand declared a ceasefire along the border on Monday.",
        &[Kind(Some(Retreat))],
    ),
];

/// A military strike written with its doer or its aim is an attack however weak `strikes`
/// alone is (workers strike too).
const STRIKES: &[Row] = &[
    (
        "conducting_strikes_is_an_attack",
        " date 2025-09-09 Israel's military confirmed conducting strikes targeting Hamas leaders in Qatar. Qatar condemned the attack.",
        &[Kind(Some(Assault)), Source(&["ISR"])],
    ),
    (
        "reporting_its_own_act_keeps_the_reporter",
        " date 2025-09-09 Israel's military said it carried out strikes on Hamas leaders in Qatar.",
        &[Kind(Some(Assault)), Actors(&["ISR", "PSE", "QAT"])],
    ),
];

/// A photo caption is not the lead (nor any sentence of the opening).
const CAPTIONS: &[Row] = &[
    (
        "photo_caption_is_not_the_lead",
        " date 2024-03-05 In this photo released by the Kremlin, Vladimir Putin meets Xi Jinping in Moscow.\nChina and Russia signed a gas deal on Monday.",
        &[Kind(Some(Agree))],
    ),
    (
        "file_photo_caption_is_not_the_lead",
        " date 2024-03-05 FILE PHOTO: Russian troops on exercise near the border in 2021.\nChina and Russia signed a gas deal on Monday.",
        &[Kind(Some(Agree))],
    ),
    (
        "caption_before_a_photo_credit_is_not_the_lead",
        " date 2024-03-05 North Korea warns Japan of retaliation over drills\nSoldiers of South Korea patrol the island of Yeonpyeong in Incheon during a drill. Photo by Yonhap\nThe army said it would respond.",
        &[Kind(Some(Threaten)), Location(None)],
    ),
];

/// A short text (a headline, one short sentence) is an article: its sentence is the lead.
const SHORT_TEXTS: &[Row] = &[
    ("three_words", "Russia bombed Kyiv.", &[Kind(Some(Assault)), Source(&["RUS"]), Target(&["UKR"])]),
    ("sanctioned", " date 2024-03-05 The EU sanctioned Iran.", &[Kind(Some(Sanction)), Target(&["IRN"])]),
    (
        "marched",
        " date 2024-03-05 Protesters marched in Nairobi.",
        &[Kind(Some(Protest)), Location(Some(("Nairobi", "KEN")))],
    ),
    (
        "a_short_line_before_prose_is_not_the_lead",
        " date 2024-03-05 Home | World\nChina and Russia signed a gas deal on Monday in Beijing, officials said.",
        &[Kind(Some(Agree))],
    ),
];

const NEGATION: &[Row] = &[
    (
        "negation_reaches_72_bytes",
        " date 2024-03-05 China has no plans to send its foreign minister or any other senior official from Beijing to meet Japanese officials.",
        &[Kind(None)],
    ),
    (
        "negation_reach_ends_after_120_bytes",
        " date 2024-03-05 Russia has not said much about the long and winding history of its western neighbour and the many wars and the old grudges that the two peoples still hold and then attacked Ukraine on Monday.",
        &[Kind(Some(Assault))],
    ),
    (
        "negation_inside_a_trigger_phrase_does_not_negate",
        " date 2024-03-05 Russia denied allegations of war crimes made by Ukraine.",
        &[Kind(Some(Accuse)), Trigger("denied allegations")],
    ),
    (
        "negation_stops_at_a_comma",
        " date 2024-03-05 India did not attend, but signed the agreement with Japan on Monday.",
        &[Kind(Some(Agree)), Actors(&["IND", "JPN"])],
    ),
    (
        "negation_stops_at_a_semicolon",
        " date 2024-03-05 The leaders did not meet; Japan attacked Korea on Monday.",
        &[Kind(Some(Assault))],
    ),
    (
        "negation_stops_at_a_clause_marker",
        " date 2024-03-05 India did not attend the talks because Japan attacked Korea.",
        &[Kind(Some(Assault))],
    ),
];

/// A hedge weakens the trigger right after it (two words at most between) by one.
const HEDGES: &[Row] = &[
    (
        "hedge_weakens_a_trigger",
        " date 2024-03-05 India could impose sanctions on Iran. Israel attacked Gaza on Monday.",
        &[Kind(Some(Assault)), Actors(&["ISR", "PSE"])],
    ),
    (
        "hedged_trigger_still_counts_alone",
        " date 2024-03-05 India could impose sanctions on Iran. Officials gave no further details.",
        &[Kind(Some(Sanction)), Actors(&["IND", "IRN"])],
    ),
    (
        "hedge_reaches_two_words",
        " date 2024-03-05 India could very soon impose sanctions on Iran. Israel attacked Gaza on Monday.",
        &[Kind(Some(Assault))],
    ),
    (
        "hedge_does_not_reach_three_words",
        " date 2024-03-05 India could in the end impose sanctions on Iran. Israel attacked Gaza on Monday.",
        &[Kind(Some(Sanction))],
    ),
    (
        "trigger_weakened_to_nothing_takes_no_rank",
        " date 2024-03-05 India may file a complaint but Pakistan met Nepal and complained about India.",
        &[Kind(Some(Consult)), Trigger("met")],
    ),
    (
        "hedged_weight_one_trigger_is_dropped",
        " date 2024-03-05 India might file a complaint against Pakistan.",
        &[Kind(None)],
    ),
];

/// A user's trigger rows.
const USER_TRIGGERS: &[Row] = &[(
    "user_trigger",
    " date 2024-03-05 Qatar brokered a truce between Israel and Hamas on Monday.",
    &[Kind(Some(Agree)), Trigger("brokered a truce"), Cameo(Some("03"))],
)];

/// SPEC rules the code does not meet yet (see the ignored test).
const SPEC_GAPS: &[Row] = &[
    // A phrase of the trigger table is more specific than the trigger inside it, but the
    // strongest value of a hit wins (event.rs `candidates`): SPEC `CONCEDE` releases.
    (
        "agreed_to_release_is_concede",
        " date 2024-03-05 Iran agreed to release the British tanker on Monday.",
        &[Kind(Some(Concede))],
    ),
    // A clause marker within the first three words is ignored (event.rs `main_clause_end`):
    // the talks are the event, not the invasion they are about.
    (
        "clause_marker_in_the_first_three_words",
        " date 2024-03-05 Talks over Russia's invasion of Ukraine brought Japan and India together.",
        &[Kind(Some(Consult))],
    ),
    // README: "its citizens protesting is PROTEST"; `Kenya protesters` are citizens.
    (
        "country_name_before_protesters_is_citizens",
        " date 2024-03-05 Kenya protesters marched against the new taxes on Thursday.",
        &[Kind(Some(Protest))],
    ),
];

#[test]
fn plover_types() {
    run("event_kind::PLOVER_TYPES", PLOVER_TYPES);
}

#[test]
fn every_plover_type_has_two_rows() {
    for p in Plover::ALL {
        let n = PLOVER_TYPES.iter().filter(|r| r.2.iter().any(|x| matches!(x, Kind(Some(k)) if *k == p))).count();
        assert!(n >= 2, "{p}: {n} rows");
    }
}

#[test]
fn verb_phrases() {
    run("event_kind::VERB_PHRASES", VERB_PHRASES);
}

#[test]
fn not_verb_phrases() {
    run("event_kind::NOT_VERB_PHRASES", NOT_VERB_PHRASES);
}

#[test]
fn not_reported() {
    run("event_kind::NOT_REPORTED", NOT_REPORTED);
}

#[test]
fn no_event() {
    run("event_kind::NO_EVENT", NO_EVENT);
}

#[test]
fn protest_and_blame() {
    run("event_kind::PROTEST_AND_BLAME", PROTEST_AND_BLAME);
}

#[test]
fn passes() {
    run("event_kind::PASSES", PASSES);
}

#[test]
fn choice() {
    run("event_kind::CHOICE", CHOICE);
}

#[test]
fn agreed() {
    run("event_kind::AGREED", AGREED);
}

#[test]
fn strikes() {
    run("event_kind::STRIKES", STRIKES);
}

#[test]
fn captions() {
    run("event_kind::CAPTIONS", CAPTIONS);
}

#[test]
fn short_texts() {
    run("event_kind::SHORT_TEXTS", SHORT_TEXTS);
}

#[test]
fn negation() {
    run("event_kind::NEGATION", NEGATION);
}

#[test]
fn hedges() {
    run("event_kind::HEDGES", HEDGES);
}

#[test]
fn user_triggers() {
    run_user("event_kind::USER_TRIGGERS", USER_TRIGGERS);
}

spec_gap!(
    gap_agreed_to_release,
    "event_kind::SPEC_GAPS",
    SPEC_GAPS,
    "agreed_to_release_is_concede",
    "candidates: the strongest value of a hit wins over the phrase's own"
);
spec_gap!(
    gap_marker_in_first_words,
    "event_kind::SPEC_GAPS",
    SPEC_GAPS,
    "clause_marker_in_the_first_three_words",
    "main_clause_end skips the first three words"
);
spec_gap!(
    gap_kenya_protesters,
    "event_kind::SPEC_GAPS",
    SPEC_GAPS,
    "country_name_before_protesters_is_citizens",
    "a country name right before a PROTEST trigger is always taken as the state"
);
