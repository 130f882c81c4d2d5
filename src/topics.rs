//! Stage 4b, topics: what the article is about, from its main event, the organisations it
//! names and its cue words, the lead counting double.
//!
//! The rule: each cue occurrence scores its weight (1 to 3), doubled in the lead; a cue
//! counts at most [`MAX_REPEATS`] times; only prose sentences count (menus, bylines,
//! credits and link lines weigh nothing). The rules of `topic_rules.tsv` add to that: the
//! main event counts as a cue of its type's topic at its trigger ([`EVENT_FACTOR`] times
//! its weight, so that a weight-3 event rule makes a topic alone), each mention of an
//! organisation as a cue of the organisation's topic, and a cue of several senses counts
//! another weight (0: nothing) in a sentence that shows the other sense (`vote` in an
//! assembly). A topic is reported when its score reaches [`MIN_SCORE`] and at least
//! [`RELATIVE_PERCENT`] of the best topic's score, with two distinct cues or one weight-3
//! cue in the lead. One passing word never makes a topic.

use std::ops::Range;

use crate::extractor::Extractor;
use crate::gazetteer::{Gazetteer, OrgKind, RuleKey, TopicRow};
use crate::hash::{FastMap, FastSet};
use crate::matcher::{CaseRule, MatcherBuilder, Value, kind};
use crate::model::{EventKind, OrgMention, Plover, Span, TopicMention};
use crate::text::fold::same_folded;
use crate::text::token::{Token, tokenize};
use crate::text::{Doc, is_prose};

/// Score a topic needs to be reported.
pub(crate) const MIN_SCORE: u32 = 8;
/// A topic must also reach this share (in percent) of the best topic's score.
pub(crate) const RELATIVE_PERCENT: u32 = 20;
/// How many times one cue counts.
pub(crate) const MAX_REPEATS: u8 = 3;
/// A cue in the lead counts this many times its weight.
pub(crate) const LEAD_FACTOR: u32 = 2;
/// The main event counts this many times its rule's weight: a weight-3 event rule makes
/// its topic alone, a weight-2 one needs another cue.
pub(crate) const EVENT_FACTOR: u32 = 3;
/// How many tokens either side of a rule's key its context words are looked for (within
/// its sentence), so that a text without sentence ends is read in linear time.
const CONTEXT_REACH: usize = 40;
/// The context word that stands for an armed group named before the key.
const ARMED_GROUP: &str = "@armed_group";
/// The identity (in place of a matcher pattern) of the main event's cue; an organisation's
/// is this plus one plus its rule's index.
const EVENT_CUE: u32 = u32::MAX / 2;

/// A context of a rule: words (their token keys) or an armed group.
#[derive(Debug, Clone)]
enum Context {
    Words(Vec<u32>),
    ArmedGroup,
}

/// A rule of `topic_rules.tsv`, ready to apply.
#[derive(Debug, Clone)]
struct Rule {
    topic: u16,
    weight: u8,
    when: Vec<Context>,
    unless: Vec<Context>,
}

/// The topics, by index, and the rules that make them.
#[derive(Debug, Clone, Default)]
pub(crate) struct TopicIndex {
    pub topics: Vec<TopicRow>,
    events: Vec<(Plover, Rule)>,
    orgs: FastMap<String, Vec<(u32, Rule)>>,
    /// Cue rules: the cue as written in the table, and its rule.
    cues: Vec<(String, Rule)>,
    /// Per topic, whether a cue rule names it.
    has_cue_rule: Vec<bool>,
    armed_groups: FastSet<String>,
}

impl TopicIndex {
    /// The index of a gazetteer's topics and topic rules; the cues go to `b`.
    pub(crate) fn build(g: &Gazetteer, b: &mut MatcherBuilder) -> TopicIndex {
        let by_id: FastMap<&str, u16> = g.topics.iter().enumerate().map(|(i, t)| (t.id.as_str(), i as u16)).collect();
        for c in &g.cues {
            if let Some(&topic) = by_id.get(c.topic.as_str()) {
                b.add(&c.cue, Value::Cue { topic, weight: c.weight }, CaseRule::Any);
            }
        }
        let mut ix =
            TopicIndex { topics: g.topics.clone(), has_cue_rule: vec![false; g.topics.len()], ..Default::default() };
        let mut tokens = Vec::new();
        for (i, r) in g.topic_rules.iter().enumerate() {
            let Some(&topic) = by_id.get(r.topic.as_str()) else { continue };
            let contexts = |list: &[String], tokens: &mut Vec<Token>| list.iter().map(|w| context(w, tokens)).collect();
            let when = contexts(&r.when, &mut tokens);
            let rule = Rule { topic, weight: r.weight, when, unless: contexts(&r.unless, &mut tokens) };
            match &r.key {
                RuleKey::Event(p) => ix.events.push((*p, rule)),
                RuleKey::Org(id) => ix.orgs.entry(id.clone()).or_default().push((EVENT_CUE + 1 + i as u32, rule)),
                RuleKey::Cue(cue) => {
                    ix.has_cue_rule[topic as usize] = true;
                    ix.cues.push((cue.clone(), rule));
                }
            }
        }
        ix.armed_groups = g.orgs.iter().filter(|o| o.kind == OrgKind::ArmedGroup).map(|o| o.id.clone()).collect();
        ix
    }
}

/// A context word or phrase of a rule, as token keys.
fn context(word: &str, tokens: &mut Vec<Token>) -> Context {
    if word == ARMED_GROUP {
        return Context::ArmedGroup;
    }
    tokens.clear();
    tokenize(word, tokens);
    Context::Words(tokens.iter().map(|t| t.key).collect())
}

/// Where a key of a rule stands: its sentence and its start.
struct At<'a> {
    doc: &'a Doc<'a>,
    sent: Range<usize>,
    start: usize,
    /// Where armed groups are named in the text.
    armed: &'a [Span],
}

impl At<'_> {
    fn holds(&self, c: &Context) -> bool {
        match c {
            Context::ArmedGroup => {
                let k = self.armed.partition_point(|s| s.start < self.sent.start);
                self.armed.get(k).is_some_and(|s| s.end <= self.start)
            }
            Context::Words(keys) if keys.is_empty() => false,
            Context::Words(keys) => {
                let r = self.doc.tokens_in(&self.sent);
                let at = self.doc.tokens.partition_point(|t| (t.start as usize) < self.start);
                let toks =
                    &self.doc.tokens[at.saturating_sub(CONTEXT_REACH).max(r.start)..(at + CONTEXT_REACH).min(r.end)];
                toks.windows(keys.len()).any(|w| w.iter().zip(keys).all(|(t, k)| t.key == *k))
            }
        }
    }

    /// Whether a rule applies here: one of its `when` (if any) and none of its `unless`.
    fn applies(&self, r: &Rule) -> bool {
        (r.when.is_empty() || r.when.iter().any(|c| self.holds(c))) && !r.unless.iter().any(|c| self.holds(c))
    }
}

/// What one topic has gathered.
#[derive(Default)]
struct Score {
    score: u32,
    /// The cues' spans, in text order.
    spans: Vec<Span>,
    /// The spans of what rules gave (events, organisations), in any order.
    ruled: Vec<Span>,
    /// Each distinct cue (its pattern) and how many times it counted.
    cues: Vec<(u32, u8)>,
    /// A weight-3 cue stands in the lead.
    strong_lead: bool,
}

impl Score {
    /// Adds a cue of the matcher (`pattern`) found at `span` (in text order), once per span.
    fn add(&mut self, pattern: u32, span: Span, weight: u8, in_lead: bool) {
        if self.spans.last() == Some(&span) {
            return;
        }
        self.spans.push(span);
        self.count(pattern, u32::from(weight) * if in_lead { LEAD_FACTOR } else { 1 });
        self.strong_lead |= in_lead && weight >= 3;
    }

    /// Adds what a rule gives (`id` its identity) at `span`.
    fn add_rule(&mut self, id: u32, span: Span, score: u32, strong: bool) {
        self.ruled.push(span);
        self.count(id, score);
        self.strong_lead |= strong;
    }

    /// Counts `score` for cue `pattern`, at most [`MAX_REPEATS`] times.
    fn count(&mut self, pattern: u32, score: u32) {
        let slot = match self.cues.iter().position(|(p, _)| *p == pattern) {
            Some(k) => k,
            None => {
                self.cues.push((pattern, 0));
                self.cues.len() - 1
            }
        };
        if self.cues[slot].1 < MAX_REPEATS {
            self.cues[slot].1 += 1;
            self.score += score;
        }
    }

    /// The spans of the cues, and those of the rules where no cue stands, in text order.
    fn into_spans(mut self) -> Vec<Span> {
        let cues = self.spans.len();
        self.ruled.sort_by_key(|s| (s.start, s.end));
        self.ruled.dedup();
        for r in self.ruled {
            let k = self.spans[..cues].partition_point(|s| s.end <= r.start);
            if self.spans[..cues].get(k).is_none_or(|s| s.start >= r.end) {
                self.spans.push(r);
            }
        }
        self.spans.sort_by_key(|s| (s.start, s.end));
        self.spans
    }

    fn passes(&self, top: u32) -> bool {
        !(self.spans.is_empty() && self.ruled.is_empty())
            && self.score * 100 >= top * RELATIVE_PERCENT
            && self.score >= MIN_SCORE
            && (self.cues.len() >= 2 || self.strong_lead)
    }
}

/// The text's topics, given its main event's kind and its organisations.
pub(crate) fn resolve(x: &Extractor, doc: &Doc, kind: Option<&EventKind>, orgs: &[OrgMention]) -> Vec<TopicMention> {
    let ix = &x.topics;
    let lead_end = doc.lead().last().map_or(doc.body, |r| r.end);
    let prose: Vec<bool> = doc.sents.iter().map(|r| is_prose(&doc.text[r.clone()])).collect();
    let mut armed: Vec<Span> =
        orgs.iter().filter(|m| ix.armed_groups.contains(&m.id)).flat_map(|m| m.spans.iter().copied()).collect();
    armed.sort_by_key(|s| (s.start, s.end));
    let at = |start: usize| {
        let k = doc.sentence_of(start).filter(|&k| prose[k])?;
        Some(At { doc, sent: doc.sents[k].clone(), start, armed: &armed })
    };
    let mut acc: Vec<Score> = (0..ix.topics.len()).map(|_| Score::default()).collect();
    for (k, sent) in doc.sents.iter().enumerate().filter(|(k, _)| prose[*k]) {
        for h in doc.hits_in(sent).iter().filter(|h| h.has(kind::CUE)) {
            for v in x.matcher.values(h) {
                let Value::Cue { topic, weight } = v.value else { continue };
                let [s, e] = h.span_of(v, &doc.tokens);
                let here = At { doc, sent: doc.sents[k].clone(), start: s, armed: &armed };
                let weight = cue_weight(ix, topic, weight, &doc.text[s..e], &here);
                if weight > 0 {
                    acc[topic as usize].add(h.pattern, Span::new(s, e), weight, s < lead_end);
                }
            }
        }
    }
    for m in orgs {
        for (id, r) in ix.orgs.get(&m.id).into_iter().flatten() {
            for &span in &m.spans {
                if at(span.start).is_some_and(|a| a.applies(r)) {
                    let lead = span.start < lead_end;
                    let score = u32::from(r.weight) * if lead { LEAD_FACTOR } else { 1 };
                    acc[r.topic as usize].add_rule(*id, span, score, lead && r.weight >= 3);
                }
            }
        }
    }
    if let Some(k) = kind {
        let span = k.trigger.span;
        for (_, r) in ix.events.iter().filter(|(p, _)| *p == k.code) {
            if at(span.start).is_some_and(|a| a.applies(r)) {
                acc[r.topic as usize].add_rule(EVENT_CUE, span, u32::from(r.weight) * EVENT_FACTOR, r.weight >= 3);
            }
        }
    }
    report(ix, acc)
}

/// A cue's weight where it stands: its own, or a cue rule's where that applies.
fn cue_weight(ix: &TopicIndex, topic: u16, weight: u8, written: &str, at: &At) -> u8 {
    if !ix.has_cue_rule[topic as usize] {
        return weight;
    }
    ix.cues
        .iter()
        .find(|(cue, r)| r.topic == topic && same_folded(cue, written) && at.applies(r))
        .map_or(weight, |(_, r)| r.weight)
}

/// The topics that pass, most mentioned first.
fn report(ix: &TopicIndex, acc: Vec<Score>) -> Vec<TopicMention> {
    let top = acc.iter().map(|a| a.score).max().unwrap_or(0);
    let mut out: Vec<(u32, TopicMention)> = Vec::new();
    for (k, a) in acc.into_iter().enumerate() {
        if a.passes(top) {
            let t = &ix.topics[k];
            let score = a.score;
            let spans = a.into_spans();
            let m = TopicMention {
                id: t.id.clone(),
                label: t.label.clone(),
                iptc: t.iptc.clone(),
                count: spans.len(),
                spans,
            };
            out.push((score, m));
        }
    }
    out.sort_by(|a, b| b.1.count.cmp(&a.1.count).then(b.0.cmp(&a.0)));
    out.into_iter().map(|(_, t)| t).collect()
}
