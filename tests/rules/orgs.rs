//! Organisations (SPEC "Organizations"): international organisations and their bodies,
//! groupings of states and armed groups; acronyms only in capitals; an alias marked `@`
//! (`Security Council`) counts only when its parent is named; ministries, companies and
//! media are not organisations.

use crate::harness::{Expect::*, Row, run, run_user};

const ORGS: &[Row] = &[
    // WHO the organisation, `who` the pronoun.
    (
        "acronym_who_and_the_pronoun",
        "The WHO warned of a new outbreak. Officials who attended said little.",
        &[Orgs(&[("WHO", 1)])],
    ),
    ("pronoun_who_is_no_org", "Doctors who treat patients said the clinic was full.", &[Orgs(&[])]),
    ("capitalised_who_is_no_org", "Who will pay for the new bridge, residents asked.", &[Orgs(&[])]),
    // UN, un- and UNESCO are distinct.
    ("acronyms_un_and_unesco", "The UN and UNESCO issued a joint appeal.", &[Orgs(&[("UN", 1), ("UNESCO", 1)])]),
    ("prefix_un_is_no_org", "An un-named official said the plan was un-workable.", &[Orgs(&[])]),
    ("acronym_unesco", "UNESCO listed the old town as a heritage site.", &[Orgs(&[("UNESCO", 1)])]),
    ("dotted_acronym_and_name", "The U.N. envoy met the United Nations team.", &[Orgs(&[("UN", 2)])]),
    // AU, EU and look-alikes.
    ("acronyms_au_and_eu", "The AU and the EU held a summit in Brussels.", &[Orgs(&[("AU", 1), ("EU", 1)])]),
    ("lower_case_au_and_eu_are_no_org", "The au pair and the eu-phoric fans left early.", &[Orgs(&[])]),
    (
        "names_african_union_and_european_union",
        "The African Union and the European Union signed a memorandum.",
        &[Orgs(&[("AU", 1), ("EU", 1)])],
    ),
    // G7 / G-7 / G 20.
    (
        "groupings_g7_and_g20",
        "The G7 and the G-7 finance ministers met before the G 20 summit.",
        &[Orgs(&[("G20", 1), ("G7", 2)])],
    ),
    ("grouping_by_name", "The Group of Seven and the G20 issued statements.", &[Orgs(&[("G20", 1), ("G7", 1)])]),
    // Quad.
    (
        "grouping_quad_name_and_alias",
        "Leaders of the Quad met in Tokyo. The Quadrilateral Security Dialogue was revived in 2017.",
        &[Orgs(&[("QUAD", 2)])],
    ),
    ("grouping_quad_id_and_name", "Leaders of the Quad met in Tokyo.", &[OrgName("QUAD", "Quad")]),
    // Islamic State and its names.
    (
        "armed_group_and_its_names",
        "Islamic State claimed the attack. ISIS, also called ISIL or Daesh, has lost territory.",
        &[
            Orgs(&[("ISIS", 4)]),
            OrgSpans("ISIS", &["Islamic State", "ISIS", "ISIL", "Daesh"]),
            OrgName("ISIS", "Islamic State"),
        ],
    ),
    // An id in capitals is a surface form.
    ("acronym_id_is_a_form", "The EC proposed new rules on Monday.", &[Orgs(&[("EC", 1)])]),
    ("acronym_id_is_a_form_nsg", "India's bid to join the NSG stalled again.", &[Orgs(&[("NSG", 1)])]),
    // Ministries, companies and media are not organisations here.
    (
        "ministry_media_company_are_no_orgs",
        "The Ministry of Defence said Reuters had reported that Saudi Aramco raised prices.",
        &[Orgs(&[])],
    ),
    (
        "ministry_media_companies_are_no_orgs",
        "The Defence Ministry told the BBC that Boeing and Toyota would bid.",
        &[Orgs(&[])],
    ),
    // Armed groups and other bodies.
    (
        "armed_groups",
        "The Taliban and Hamas issued statements as Hezbollah fighters fired rockets.",
        &[Orgs(&[("HAMAS", 1), ("HEZBOLLAH", 1), ("TALIBAN", 1)])],
    ),
    (
        "financial_institutions",
        "The World Bank and the IMF met in Washington with the WTO and OPEC.",
        &[Orgs(&[("IMF", 1), ("OPEC", 1), ("WORLD_BANK", 1), ("WTO", 1)])],
    ),
    ("name_as_written_and_acronym", "NATO and Nato allies met.", &[Orgs(&[("NATO", 2)])]),
];

/// An alias marked `@` counts only when the parent (or one of its bodies) is named.
const PARENTS: &[Row] = &[
    (
        "body_alias_with_its_parent",
        "The United Nations chief spoke as the Security Council met in New York.",
        &[Orgs(&[("UN", 1), ("UNSC", 1)])],
    ),
    ("body_alias_without_its_parent", "The school's Security Council met on Monday to discuss lunches.", &[Orgs(&[])]),
    (
        "body_alias_after_the_parent_named_by_a_body",
        "The UN Security Council met on Monday. The Security Council then voted on the draft.",
        &[Orgs(&[("UNSC", 2)])],
    ),
    (
        "body_alias_after_a_body_that_names_the_parent",
        "The UN General Assembly met. The General Assembly then voted.",
        &[Orgs(&[("UNGA", 2)])],
    ),
    ("body_alias_alone_is_no_org", "The General Assembly of the club met on Monday.", &[Orgs(&[])]),
    (
        "body_alias_with_parent_acronym",
        "EU ministers said the Commission proposed new rules on Monday.",
        &[Orgs(&[("EC", 1), ("EU", 1)])],
    ),
    ("commission_alone_is_no_org", "The Commission proposed new rules on Monday.", &[Orgs(&[])]),
    ("two_body_aliases_do_not_name_each_other", "The Security Council and the General Assembly met.", &[Orgs(&[])]),
];

/// A user's organisation table.
const USER_ORGS: &[Row] = &[(
    "user_organisation_and_aliases",
    "Members of the Acme Pact met. The Pact and APx leaders agreed.",
    &[Orgs(&[("ACME_PACT", 3)]), OrgName("ACME_PACT", "Acme Pact")],
)];

#[test]
fn organisations() {
    run("orgs::ORGS", ORGS);
}

#[test]
fn parents() {
    run("orgs::PARENTS", PARENTS);
}

#[test]
fn user_orgs() {
    run_user("orgs::USER_ORGS", USER_ORGS);
}
