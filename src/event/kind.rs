//! The event's kind: trigger candidates of a sentence (negated ones left out, hedged ones
//! weakened, a state's protest made an accusation) and the choice of the main one.

use std::ops::Range;

use super::clause::{main_clause_end, main_clause_start, same_clause};
use crate::extractor::Extractor;
use crate::gazetteer::{FormKind, Gazetteer, NegKind, TriggerRow};
use crate::lexicon::List;
use crate::matcher::{CaseRule, Hit, MatcherBuilder, Value, kind};
use crate::model::Plover;
use crate::text::Doc;

/// How far (bytes) a negation reaches forward in its clause.
pub(super) const MAX_NEGATION_REACH: usize = 120;
/// How many words after a hedge (`could`, `might`) the trigger it weakens may stand.
pub(super) const HEDGE_REACH: usize = 2;

/// The event cues, by index.
#[derive(Debug, Clone, Default)]
pub(crate) struct EventIndex {
    pub triggers: Vec<TriggerRow>,
    /// The trigger a state's protest is coded as (`the Philippines protests ...` is an
    /// official complaint, ACCUSE): the first ACCUSE trigger whose cue holds `protest`.
    pub official_protest: Option<u32>,
}

impl EventIndex {
    /// The index of a gazetteer's triggers and negations; their cues go to `b`.
    pub(crate) fn build(g: &Gazetteer, b: &mut MatcherBuilder) -> EventIndex {
        for (i, t) in g.triggers.iter().enumerate() {
            b.add(&t.cue, Value::Trigger { trigger: i as u32 }, CaseRule::Any);
        }
        for n in &g.negations {
            b.add(&n.cue, Value::Negation { kind: n.kind }, CaseRule::Any);
        }
        let official_protest = g
            .triggers
            .iter()
            .position(|t| t.plover == Plover::Accuse && t.cue.split(' ').count() > 1 && t.cue.contains("protest"))
            .map(|k| k as u32);
        EventIndex { triggers: g.triggers.clone(), official_protest }
    }

    pub(crate) fn plover(&self, trigger: u32) -> Plover {
        self.triggers[trigger as usize].plover
    }
}

/// A trigger that may name the main event.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Candidate {
    pub trigger: u32,
    pub weight: u8,
    pub start: usize,
    pub end: usize,
}

/// The strongest trigger value of a hit.
fn trigger_of(x: &Extractor, doc: &Doc, h: &Hit) -> Option<Candidate> {
    let mut best: Option<Candidate> = None;
    for v in x.matcher.values(h) {
        if let Value::Trigger { trigger } = v.value {
            let [s, e] = h.span_of(v, &doc.tokens);
            let w = x.events.triggers[trigger as usize].weight;
            if best.is_none_or(|c| w > c.weight) {
                best = Some(Candidate { trigger, weight: w, start: s, end: e });
            }
        }
    }
    best
}

/// The last negation or hedge of a hit (its end and kind).
fn negation_of(x: &Extractor, h: &Hit) -> Option<(usize, NegKind)> {
    x.matcher.values(h).find_map(|v| match v.value {
        Value::Negation { kind } if v.sub.is_none() => Some((h.end, kind)),
        _ => None,
    })
}

/// Trigger candidates in a sentence, negated ones left out.
pub(super) fn candidates(x: &Extractor, doc: &Doc, sent: &Range<usize>) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut last_neg: Option<(usize, NegKind)> = None;
    let mut prev: Option<&Hit> = None;
    for h in doc.hits_in(sent).iter().filter(|h| h.end <= sent.end) {
        let before = prev.replace(h);
        if !h.has(kind::TRIGGER | kind::NEGATION) {
            continue;
        }
        if let Some(n) = negation_of(x, h) {
            last_neg = Some(n);
        }
        let Some(mut c) = trigger_of(x, doc, h) else { continue };
        if x.events.plover(c.trigger) == Plover::Protest
            && state_before(x, doc, before, h)
            && let Some(t) = x.events.official_protest
        {
            c.trigger = t;
        }
        if let Some((neg_end, kind)) = last_neg {
            // A negation covers the rest of its clause (`has no plans to meet ... at the
            // summit`); a hedge weakens the trigger right after it.
            let from = neg_end.min(c.start);
            let clause = c.start - from <= MAX_NEGATION_REACH && same_clause(&x.lexicon, doc, from, c.start);
            match kind {
                NegKind::Neg if clause => continue,
                NegKind::Hedge if clause && doc.text[from..c.start].split_whitespace().count() <= HEDGE_REACH => {
                    c.weight = c.weight.saturating_sub(1)
                }
                _ => {}
            }
        }
        if c.weight > 0 {
            out.push(c);
        }
    }
    out
}

/// A state that protests (`The Philippines protested ...`, `China protests`) complains
/// officially; its citizens (`Kenyan protesters`) take to the streets: the hit right
/// before the trigger names a country (not a demonym).
fn state_before(x: &Extractor, doc: &Doc, before: Option<&Hit>, h: &Hit) -> bool {
    let Some(b) = before.filter(|b| b.end + 1 == h.start && doc.text.as_bytes()[b.end] == b' ') else {
        return false;
    };
    x.matcher
        .values(b)
        .any(|v| matches!(v.value, Value::Country { kind: FormKind::Name | FormKind::Abbr, .. }) && v.sub.is_none())
}

/// The chosen trigger and its sentence.
pub(super) struct Chosen {
    pub cand: Candidate,
    pub sentence: Range<usize>,
    /// Index of the sentence in the opening.
    pub index: usize,
}

/// The passes that look for the main event: (sentences of the opening, least weight).
/// The first lead sentence with a trigger of weight 2 or more wins; else the first with
/// any trigger; else a weight-3 trigger further on.
const PASSES: [(usize, usize, u8); 3] =
    [(0, crate::text::LEAD, 2), (0, crate::text::LEAD, 1), (crate::text::LEAD, crate::text::OPENING, 3)];

/// The main event's trigger: the first sentence of a pass with a strong enough trigger and
/// a country to tie it to (`has_actors`).
pub(super) fn choose(x: &Extractor, doc: &Doc, has_actors: impl Fn(usize) -> bool) -> Option<Chosen> {
    let sents = &doc.opening;
    for (from, to, min_weight) in PASSES {
        for (k, s) in sents.iter().enumerate().take(to).skip(from) {
            let cands = main_clause_candidates(x, doc, s, min_weight);
            if !cands.iter().any(|c| c.weight >= min_weight) || !has_actors(k) {
                continue;
            }
            if let Some(cand) = best(x, &cands) {
                return Some(Chosen { cand, sentence: s.clone(), index: k });
            }
        }
    }
    None
}

/// The candidates of a sentence; those of its main clause only, when one of them is strong
/// enough (`... talks in Abu Dhabi since Russia's invasion`).
fn main_clause_candidates(x: &Extractor, doc: &Doc, s: &Range<usize>, min_weight: u8) -> Vec<Candidate> {
    let mut cands = candidates(x, doc, s);
    agreement_and_object(x, doc, &mut cands);
    let (start, end) = (main_clause_start(&x.lexicon, doc, s), main_clause_end(&x.lexicon, doc, s));
    let in_clause = |c: &Candidate| c.start < end && c.start >= start;
    if cands.iter().any(|c| in_clause(c) && c.weight >= min_weight) {
        cands.retain(in_clause);
    }
    cands
}

/// An agreement and what is agreed, in one clause (SPEC: the kind is the event's): after
/// `to` and a verb, what is agreed is the event (`agreed on Monday to impose more sanctions`
/// is SANCTION); a thing agreed is the agreement (`agree a truce`, `agreed on a ceasefire`
/// is AGREE). The one that loses is dropped; the winner keeps the stronger weight.
fn agreement_and_object(x: &Extractor, doc: &Doc, cands: &mut Vec<Candidate>) {
    let lex = &x.lexicon;
    for i in 0..cands.len() {
        if x.events.plover(cands[i].trigger) != Plover::Agree || cands[i].weight == 0 {
            continue;
        }
        let (a_end, a_start) = (cands[i].end, cands[i].start);
        let Some(j) = (i + 1..cands.len()).find(|&j| {
            x.events.plover(cands[j].trigger) != Plover::Agree && same_clause(lex, doc, a_end, cands[j].start)
        }) else {
            continue;
        };
        let weight = cands[i].weight.max(cands[j].weight);
        // The words from the agreement's last word to the object (`to` may end the cue).
        let gap = &doc.text[a_start..cands[j].start];
        let mut words = gap.split_whitespace().skip_while(|w| !w.eq_ignore_ascii_case("to")).skip(1);
        let to_verb = words.next().is_some_and(|w| !lex.has(List::FunctionWord, w));
        let (win, lose) = if to_verb { (j, i) } else { (i, j) };
        cands[win].weight = weight;
        cands[lose].weight = 0;
    }
    cands.retain(|c| c.weight > 0);
}

/// Within a sentence, the strongest trigger wins; earlier ones and ones another cue of the
/// same type backs up first.
fn best(x: &Extractor, cands: &[Candidate]) -> Option<Candidate> {
    let mut per_type = [0usize; 16];
    for c in cands {
        per_type[x.events.plover(c.trigger) as usize] += 1;
    }
    let mut best: Option<(f32, Candidate)> = None;
    for (rank, c) in cands.iter().enumerate() {
        let support = per_type[x.events.plover(c.trigger) as usize] >= 2;
        let score = c.weight as f32 - 0.4 * rank.min(3) as f32 + if support { 0.5 } else { 0.0 };
        if best.as_ref().is_none_or(|(b, _)| score > *b) {
            best = Some((score, *c));
        }
    }
    best.map(|(_, c)| c)
}
