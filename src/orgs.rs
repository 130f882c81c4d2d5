//! Organisations: international organisations, their bodies, groupings of states and
//! non-state armed groups.

use crate::extractor::{Doc, Extractor};
use crate::matcher::Value;
use crate::model::OrgMention;

pub(crate) fn resolve(x: &Extractor, doc: &Doc) -> Vec<OrgMention> {
    // (org, needs its parent to be mentioned, span)
    let mut found: Vec<(u32, bool, [usize; 2])> = Vec::new();
    for h in doc.hits {
        for v in x.matcher.values(h) {
            if let (Value::Org { org, needs_parent }, None) = (v.value, v.sub) {
                found.push((org, needs_parent, [h.start, h.end]));
                break;
            }
        }
    }
    // A parent is mentioned when it or one of its bodies is (`UN Security Council` names the UN).
    let mut named = vec![false; x.orgs.len()];
    for &(o, needs, _) in &found {
        if !needs {
            named[o as usize] = true;
            if let Some(p) = x.orgs[o as usize].parent {
                named[p as usize] = true;
            }
        }
    }
    let mentioned = |org: u32| named[org as usize];
    let mut out: Vec<OrgMention> = Vec::new();
    for &(org, needs_parent, span) in &found {
        let o = &x.orgs[org as usize];
        if needs_parent && !o.parent.is_some_and(mentioned) {
            continue;
        }
        match out.iter_mut().find(|m| m.id == o.id) {
            Some(m) => {
                m.count += 1;
                m.spans.push(span);
            }
            None => out.push(OrgMention { id: o.id.clone(), name: o.name.clone(), count: 1, spans: vec![span] }),
        }
    }
    out
}
