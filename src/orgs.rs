//! Stage 3c, organisations: international organisations, their bodies, groupings of states
//! and non-state armed groups (SPEC.md, "Organizations").

use crate::countries::CountryIndex;
use crate::extractor::Extractor;
use crate::gazetteer::{Gazetteer, OrgKind};
use crate::hash::FastMap;
use crate::matcher::{CaseRule, MatcherBuilder, Value, kind};
use crate::mentions::Tally;
use crate::model::{OrgMention, Span};
use crate::text::Doc;

/// An organisation of the gazetteer.
#[derive(Debug, Clone)]
pub(crate) struct Org {
    pub id: String,
    pub name: String,
    /// For a non-state armed group, the one country it belongs to.
    pub home: Option<u16>,
    pub parent: Option<u32>,
}

/// The organisations, by index.
#[derive(Debug, Clone, Default)]
pub(crate) struct OrgIndex {
    pub orgs: Vec<Org>,
}

impl OrgIndex {
    /// The index of a gazetteer's organisations; their names and aliases go to `b`.
    pub(crate) fn build(g: &Gazetteer, countries: &CountryIndex, b: &mut MatcherBuilder) -> OrgIndex {
        let by_id: FastMap<&str, u32> = g.orgs.iter().enumerate().map(|(i, o)| (o.id.as_str(), i as u32)).collect();
        let mut orgs = Vec::with_capacity(g.orgs.len());
        for (i, o) in g.orgs.iter().enumerate() {
            let org = i as u32;
            b.add(&o.name, Value::Org { org, needs_parent: false }, CaseRule::Name);
            // The id itself is a surface form when it is an acronym (`NATO`, `G20`).
            if o.id.chars().any(|c| c.is_ascii_uppercase()) && !o.id.contains('_') {
                b.add(&o.id, Value::Org { org, needs_parent: false }, CaseRule::Name);
            }
            for (a, needs_parent) in &o.aliases {
                b.add(a, Value::Org { org, needs_parent: *needs_parent }, CaseRule::Name);
            }
            let home = match (o.kind, o.members.as_slice()) {
                (OrgKind::ArmedGroup, [one]) => countries.index_of(one),
                _ => None,
            };
            let parent = o.parent.as_deref().and_then(|p| by_id.get(p).copied());
            orgs.push(Org { id: o.id.clone(), name: o.name.clone(), home, parent });
        }
        OrgIndex { orgs }
    }
}

/// One organisation mention found by the matcher.
struct Found {
    org: u32,
    /// Counts only when its parent is named too (`Security Council` after `UN`).
    needs_parent: bool,
    span: Span,
}

pub(crate) fn resolve(x: &Extractor, doc: &Doc) -> Vec<OrgMention> {
    let orgs = &x.orgs.orgs;
    let mut found: Vec<Found> = Vec::new();
    for h in doc.hits.iter().filter(|h| h.has(kind::ORG)) {
        let first = x.matcher.values(h).find_map(|v| match (v.value, v.sub) {
            (Value::Org { org, needs_parent }, None) => Some((org, needs_parent)),
            _ => None,
        });
        if let Some((org, needs_parent)) = first {
            found.push(Found { org, needs_parent, span: Span::new(h.start, h.end) });
        }
    }
    // A parent is mentioned when it or one of its bodies is (`UN Security Council` names the UN).
    let mut named = vec![false; orgs.len()];
    for f in found.iter().filter(|f| !f.needs_parent) {
        named[f.org as usize] = true;
        if let Some(p) = orgs[f.org as usize].parent {
            named[p as usize] = true;
        }
    }
    let mut tally = Tally::new();
    for f in &found {
        let o = &orgs[f.org as usize];
        if f.needs_parent && !o.parent.is_some_and(|p| named[p as usize]) {
            continue;
        }
        tally.add(f.org, f.span);
    }
    tally
        .by_first()
        .into_iter()
        .map(|m| {
            let o = &orgs[m.key as usize];
            OrgMention { id: o.id.clone(), name: o.name.clone(), count: m.count(), spans: m.spans }
        })
        .collect()
}
