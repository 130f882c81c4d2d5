//! Topics: cue words weighed over the whole text, with the lead counting double.
//!
//! The rule: each cue occurrence scores its weight (1 to 3), doubled in the lead (the
//! first three sentences); a cue counts at most three times. A topic is reported when
//! its score reaches [`MIN_SCORE`] and at least a fifth of the best topic's score
//! ([`RELATIVE_PERCENT`]), with two distinct cues or one weight-3 cue in the lead. One
//! passing word never makes a topic.

use crate::extractor::{Doc, Extractor};
use crate::matcher::Value;
use crate::model::TopicMention;

/// Score a topic needs to be reported.
pub(crate) const MIN_SCORE: u32 = 8;
/// A topic must also reach this share (in percent) of the best topic's score.
pub(crate) const RELATIVE_PERCENT: u32 = 20;

pub(crate) fn resolve(x: &Extractor, doc: &Doc) -> Vec<TopicMention> {
    let lead_end = doc.lead_sentences(3).last().map_or(doc.body, |r| r.end);
    struct Acc {
        score: u32,
        spans: Vec<[usize; 2]>,
        cues: Vec<(u32, u8)>,
        strong_lead: bool,
    }
    let mut acc: Vec<Acc> = (0..x.topics.len())
        .map(|_| Acc { score: 0, spans: Vec::new(), cues: Vec::new(), strong_lead: false })
        .collect();
    for h in doc.hits {
        for v in x.matcher.values(h) {
            let Value::Cue { topic, weight } = v.value else { continue };
            let (s, e) = match v.sub {
                Some((a, b)) => (h.start + a as usize, h.start + b as usize),
                None => (h.start, h.end),
            };
            let a = &mut acc[topic as usize];
            if a.spans.last() == Some(&[s, e]) {
                continue;
            }
            a.spans.push([s, e]);
            let in_lead = s < lead_end;
            let slot = match a.cues.iter_mut().find(|(p, _)| *p == h.pattern) {
                Some(slot) => slot,
                None => {
                    a.cues.push((h.pattern, 0));
                    a.cues.last_mut().expect("just pushed")
                }
            };
            if slot.1 < 3 {
                slot.1 += 1;
                a.score += weight as u32 * if in_lead { 2 } else { 1 };
            }
            if in_lead && weight >= 3 {
                a.strong_lead = true;
            }
        }
    }
    let mut out: Vec<(u32, TopicMention)> = Vec::new();
    let top = acc.iter().map(|a| a.score).max().unwrap_or(0);
    for (k, a) in acc.into_iter().enumerate() {
        if a.spans.is_empty() {
            continue;
        }
        if a.score * 100 < top * RELATIVE_PERCENT {
            continue;
        }
        if a.score >= MIN_SCORE && (a.cues.len() >= 2 || a.strong_lead) {
            let t = &x.topics[k];
            out.push((
                a.score,
                TopicMention { id: t.id.clone(), label: t.label.clone(), count: a.spans.len(), spans: a.spans },
            ));
        }
    }
    out.sort_by(|a, b| b.1.count.cmp(&a.1.count).then(b.0.cmp(&a.0)));
    out.into_iter().map(|(_, t)| t).collect()
}
