//! Stage 3d, topics: cue words weighed over the whole text, with the lead counting double.
//!
//! The rule: each cue occurrence scores its weight (1 to 3), doubled in the lead; a cue
//! counts at most [`MAX_REPEATS`] times. A topic is reported when its score reaches
//! [`MIN_SCORE`] and at least [`RELATIVE_PERCENT`] of the best topic's score, with two
//! distinct cues or one weight-3 cue in the lead. One passing word never makes a topic.

use crate::extractor::Extractor;
use crate::gazetteer::{Gazetteer, TopicRow};
use crate::hash::FastMap;
use crate::matcher::{CaseRule, MatcherBuilder, Value, kind};
use crate::model::{Span, TopicMention};
use crate::text::Doc;

/// Score a topic needs to be reported.
pub(crate) const MIN_SCORE: u32 = 8;
/// A topic must also reach this share (in percent) of the best topic's score.
pub(crate) const RELATIVE_PERCENT: u32 = 20;
/// How many times one cue counts.
pub(crate) const MAX_REPEATS: u8 = 3;
/// A cue in the lead counts this many times its weight.
pub(crate) const LEAD_FACTOR: u32 = 2;

/// The topics, by index.
#[derive(Debug, Clone, Default)]
pub(crate) struct TopicIndex {
    pub topics: Vec<TopicRow>,
}

impl TopicIndex {
    /// The index of a gazetteer's topics; their cues go to `b`.
    pub(crate) fn build(g: &Gazetteer, b: &mut MatcherBuilder) -> TopicIndex {
        let by_id: FastMap<&str, u16> = g.topics.iter().enumerate().map(|(i, t)| (t.id.as_str(), i as u16)).collect();
        for c in &g.cues {
            if let Some(&topic) = by_id.get(c.topic.as_str()) {
                b.add(&c.cue, Value::Cue { topic, weight: c.weight }, CaseRule::Any);
            }
        }
        TopicIndex { topics: g.topics.clone() }
    }
}

/// What one topic has gathered.
#[derive(Default)]
struct Score {
    score: u32,
    spans: Vec<Span>,
    /// Each distinct cue (its pattern) and how many times it counted.
    cues: Vec<(u32, u8)>,
    /// A weight-3 cue stands in the lead.
    strong_lead: bool,
}

impl Score {
    fn add(&mut self, pattern: u32, span: Span, weight: u8, in_lead: bool) {
        if self.spans.last() == Some(&span) {
            return;
        }
        self.spans.push(span);
        let slot = match self.cues.iter().position(|(p, _)| *p == pattern) {
            Some(k) => k,
            None => {
                self.cues.push((pattern, 0));
                self.cues.len() - 1
            }
        };
        if self.cues[slot].1 < MAX_REPEATS {
            self.cues[slot].1 += 1;
            self.score += u32::from(weight) * if in_lead { LEAD_FACTOR } else { 1 };
        }
        self.strong_lead |= in_lead && weight >= 3;
    }

    fn passes(&self, top: u32) -> bool {
        !self.spans.is_empty()
            && self.score * 100 >= top * RELATIVE_PERCENT
            && self.score >= MIN_SCORE
            && (self.cues.len() >= 2 || self.strong_lead)
    }
}

pub(crate) fn resolve(x: &Extractor, doc: &Doc) -> Vec<TopicMention> {
    let lead_end = doc.lead().last().map_or(doc.body, |r| r.end);
    let mut acc: Vec<Score> = (0..x.topics.topics.len()).map(|_| Score::default()).collect();
    for h in doc.hits.iter().filter(|h| h.has(kind::CUE)) {
        for v in x.matcher.values(h) {
            let Value::Cue { topic, weight } = v.value else { continue };
            let [s, e] = h.span_of(v, &doc.tokens);
            acc[topic as usize].add(h.pattern, Span::new(s, e), weight, s < lead_end);
        }
    }
    let top = acc.iter().map(|a| a.score).max().unwrap_or(0);
    let mut out: Vec<(u32, TopicMention)> = Vec::new();
    for (k, a) in acc.into_iter().enumerate() {
        if a.passes(top) {
            let t = &x.topics.topics[k];
            let m = TopicMention {
                id: t.id.clone(),
                label: t.label.clone(),
                iptc: t.iptc.clone(),
                count: a.spans.len(),
                spans: a.spans,
            };
            out.push((a.score, m));
        }
    }
    out.sort_by(|a, b| b.1.count.cmp(&a.1.count).then(b.0.cmp(&a.0)));
    out.into_iter().map(|(_, t)| t).collect()
}
