//! The event's kind: the candidates of a sentence, triggers and verb phrases (negated ones
//! left out, hedged ones weakened, a state's protest made an accusation; a verb phrase's
//! words, its subject's nouns and the acts a statement is about give way to it), and the
//! choice of the main one.

use std::ops::Range;

use super::clause::{Clauses, main_clause_end, main_clause_start, same_clause, word_before};
use super::verbs::{Reading, Site, Used, VerbIndex};
use crate::extractor::Extractor;
use crate::gazetteer::{FormKind, Gazetteer, NegKind, TriggerRow};
use crate::lexicon::List;
use crate::matcher::{CaseRule, Hit, MatcherBuilder, Value, kind};
use crate::model::Plover;
use crate::text::Doc;
use crate::text::token::WORD;

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
    /// The verbs and their patterns.
    pub verbs: VerbIndex,
}

impl EventIndex {
    /// The index of a gazetteer's triggers, negations and verbs; their forms go to `b`.
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
        let verbs = VerbIndex::build(g, b);
        EventIndex { triggers: g.triggers.clone(), official_protest, verbs }
    }

    /// The type of a cue.
    pub(crate) fn plover(&self, cue: Cue) -> Plover {
        match cue {
            Cue::Trigger(t) => self.triggers[t as usize].plover,
            Cue::Verb(e) => self.verbs.events[e as usize].plover,
        }
    }

    /// The CAMEO code of a cue.
    pub(crate) fn cameo(&self, cue: Cue) -> Option<&str> {
        match cue {
            Cue::Trigger(t) => self.triggers[t as usize].cameo.as_deref(),
            Cue::Verb(e) => self.verbs.events[e as usize].cameo.as_deref(),
        }
    }
}

/// Where a candidate's event comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    /// A row of `triggers.tsv`.
    Trigger(u32),
    /// An event of the verb lexicon ([`VerbIndex::events`]): a verb's own or a pattern's.
    Verb(u32),
}

/// A trigger or a verb phrase that may name the main event.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Candidate {
    pub cue: Cue,
    pub weight: u8,
    pub start: usize,
    pub end: usize,
    /// The verb phrase, when the candidate stands at a verb occurrence.
    pub verb: Option<VerbPhrase>,
}

/// A verb occurrence behind a candidate.
#[derive(Debug, Clone, Copy)]
pub(crate) struct VerbPhrase {
    /// Whether a pattern of its group matched (not the verb's own event).
    pub by_pattern: bool,
    /// Whether the pattern has words after the verb (an object).
    pub object: bool,
    /// The words the pattern used.
    pub used: Used,
    /// Its clause (bytes).
    pub clause: (usize, usize),
    /// Where its subject may start (bytes): the clause's start when it is the clause's first
    /// verb, else the verb's own start (no subject).
    pub subject: usize,
}

/// What the scan of a sentence knows of it: its first word, where its last verb
/// occurrence ended (tokens).
struct Scan {
    first_word: Option<usize>,
    last_verb: usize,
    clauses: Clauses,
}

/// The strongest trigger value of a hit.
fn trigger_of(x: &Extractor, doc: &Doc, h: &Hit) -> Option<Candidate> {
    let mut best: Option<Candidate> = None;
    for v in x.matcher.values(h) {
        if let Value::Trigger { trigger } = v.value {
            let [s, e] = h.span_of(v, &doc.tokens);
            let w = x.events.triggers[trigger as usize].weight;
            if best.is_none_or(|c| w > c.weight) {
                best = Some(Candidate { cue: Cue::Trigger(trigger), weight: w, start: s, end: e, verb: None });
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

/// Trigger and verb candidates in a sentence, negated ones left out.
pub(super) fn candidates(x: &Extractor, doc: &Doc, sent: &Range<usize>) -> Vec<Candidate> {
    let toks = doc.tokens_in(sent);
    let mut scan = Scan {
        first_word: toks.clone().find(|&i| doc.tokens[i].is(WORD)),
        last_verb: toks.start,
        clauses: Clauses::new(toks.clone()),
    };
    let mut out = Vec::new();
    let mut last_neg: Option<(usize, NegKind)> = None;
    let mut prev: Option<&Hit> = None;
    for h in doc.hits_in(sent).iter().filter(|h| h.end <= sent.end) {
        let before = prev.replace(h);
        if !h.has(kind::TRIGGER | kind::NEGATION | kind::VERB) {
            continue;
        }
        // A negation reaches what follows it, not the verb it is made of (`refused to`).
        let neg = last_neg;
        if let Some(n) = negation_of(x, h) {
            last_neg = Some(n);
        }
        let Some(mut c) = candidate_of(x, doc, &mut scan, before, h) else { continue };
        let phrase = c.verb.is_some_and(|p| p.by_pattern);
        if x.events.plover(c.cue) == Plover::Protest
            && !phrase
            && state_before(x, doc, before, h)
            && let Some(t) = x.events.official_protest
        {
            c.cue = Cue::Trigger(t);
        }
        if let Some((neg_end, kind)) = neg {
            // A negation covers the rest of its clause (`has no plans to meet ... at the
            // summit`); a hedge weakens the trigger right after it.
            let from = neg_end.min(c.start);
            let clause = c.start - from <= MAX_NEGATION_REACH && same_clause(&x.lexicon, doc, from, c.start);
            match kind {
                NegKind::Neg if clause => continue,
                NegKind::Hedge if clause && doc.text[from..c.start].split_whitespace().count() <= HEDGE_REACH => {
                    // A hedged verb phrase (`could impose sanctions`) says no more than its
                    // words: the hit's trigger, weakened (the phrase's other words are hits
                    // of their own, weakened too).
                    if phrase {
                        let Some(t) = trigger_of(x, doc, h) else { continue };
                        c = t;
                    }
                    c.weight = c.weight.saturating_sub(1)
                }
                _ => {}
            }
        }
        if c.weight > 0 {
            out.push(c);
        }
    }
    verb_phrases(x, &mut out);
    out
}

/// The candidate of a hit: a verb occurrence's pattern when one matched (an empty one
/// blocks the hit), else the hit's trigger, else the verb's own event.
fn candidate_of(x: &Extractor, doc: &Doc, scan: &mut Scan, before: Option<&Hit>, h: &Hit) -> Option<Candidate> {
    let trigger = if h.has(kind::TRIGGER) { trigger_of(x, doc, h) } else { None };
    let Some(o) = verb_of(x, doc, scan, before, h) else { return trigger };
    let r = &o.reading;
    let tok = |i: usize| &doc.tokens[i];
    // Its subject: the words before it, when it is the first verb of its clause.
    let first_verb = scan.last_verb <= o.clause.start;
    let subject = tok(if first_verb { o.clause.start } else { o.at.start }).start as usize;
    scan.last_verb = o.at.end;
    // A trigger phrase that holds the whole verb phrase says it as well (`brokered a truce`).
    let verb_end = doc.tokens[o.at.end - 1].end as usize;
    let covered = trigger.is_some_and(|t| t.end >= r.end && t.end > verb_end);
    let phrase = VerbPhrase {
        by_pattern: r.by_pattern && !covered,
        object: r.end > verb_end,
        used: r.used,
        clause: (tok(o.clause.start).start as usize, tok(o.clause.end - 1).end as usize),
        subject,
    };
    let own = |e: u32| Candidate {
        cue: Cue::Verb(e),
        weight: r.weight,
        start: doc.tokens[o.at.start].start as usize,
        end: r.end,
        verb: Some(phrase),
    };
    match (r.by_pattern && !covered, r.event, trigger) {
        (true, event, _) => event.map(own),
        (false, _, Some(t)) => Some(Candidate { verb: Some(phrase), ..t }),
        (false, event, None) => event.map(own),
    }
}

/// A verb occurrence: its reading, its tokens and its clause's tokens.
struct Occurrence {
    reading: Reading,
    at: Range<usize>,
    clause: Range<usize>,
}

/// The best reading of a hit's verbs, when the hit is a verb occurrence: a verb form that
/// starts the hit, not a noun ([`is_noun`]).
fn verb_of(x: &Extractor, doc: &Doc, scan: &mut Scan, before: Option<&Hit>, h: &Hit) -> Option<Occurrence> {
    if !h.has(kind::VERB) {
        return None;
    }
    let mut best: Option<Occurrence> = None;
    for v in x.matcher.values(h) {
        let Value::Verb { verb } = v.value else { continue };
        let at = match v.sub {
            None => h.tok as usize..h.tok_end as usize,
            Some((0, b)) => h.tok as usize..h.tok as usize + b as usize,
            Some(_) => continue,
        };
        // A reporting verb (`said`) is no occurrence: what is reported is, not the report.
        let reporting = x.lexicon.has_token(List::ReportingVerb, doc.text, &doc.tokens[at.start]);
        if best.is_none() && (reporting || Some(at.start) == scan.first_word || is_noun(x, doc, before, at.start)) {
            return None;
        }
        let clause = match &best {
            Some(b) => b.clause.clone(),
            None => scan.clauses.around(&x.lexicon, doc, &at),
        };
        if best.is_none()
            && (in_relative(x, doc, &clause, at.start, scan.last_verb) || of_purpose(doc, at.start, scan.last_verb))
        {
            return None;
        }
        let passive = at
            .start
            .checked_sub(1)
            .filter(|&p| p > clause.start && x.lexicon.has_token(List::PassiveAuxiliary, doc.text, &doc.tokens[p]));
        let site = Site { clause, at, passive };
        let reading = x.events.verbs.read(verb, &doc.tokens, &site);
        if best.as_ref().is_none_or(|b| reading.beats(&b.reading)) {
            best = Some(Occurrence { reading, at: site.at, clause: site.clause });
        }
    }
    best
}

/// Whether a verb at token `at` stands in a relative clause of its clause (`a brigade that
/// is meant to help`): after a relative pronoun that follows a word, not the last verb
/// (`claimed that` opens what is claimed). Its trigger still counts; its patterns do not.
fn in_relative(x: &Extractor, doc: &Doc, clause: &Range<usize>, at: usize, last_verb: usize) -> bool {
    (clause.start..at)
        .rev()
        .find(|&i| x.lexicon.has_token(List::RelativePronoun, doc.text, &doc.tokens[i]))
        .is_some_and(|r| r > clause.start && r != last_verb && doc.tokens[r - 1].is(WORD))
}

/// Whether a verb at token `at` is an infinitive of purpose (`launched patrols on Monday
/// to intensify the fight`): after `to` that does not follow the last verb (`decided to
/// recall`, `refused to commit` name what is decided, refused). Its trigger still counts.
fn of_purpose(doc: &Doc, at: usize, last_verb: usize) -> bool {
    at >= 2 && doc.tokens[at - 1].text(doc.text).eq_ignore_ascii_case("to") && at - 1 != last_verb
}

/// A verb form after a determiner or a possessive (`the attack`, `its strikes`, `Russia's
/// strikes`) or a demonym (`Israeli strikes`) is a noun.
fn is_noun(x: &Extractor, doc: &Doc, before: Option<&Hit>, at: usize) -> bool {
    let Some(prev) = at.checked_sub(1).map(|p| &doc.tokens[p]) else { return false };
    let possessive = prev.text(doc.text).eq_ignore_ascii_case("s")
        && at >= 2
        && matches!(doc.tokens[at - 2].text(doc.text), "'" | "\u{2019}");
    let demonym = before.is_some_and(|b| {
        b.tok_end as usize == at
            && x.matcher
                .values(b)
                .any(|v| matches!(v.value, Value::Country { kind: FormKind::Demonym | FormKind::Combining, .. }))
    });
    possessive || demonym || x.lexicon.has_token(List::Determiner, doc.text, prev)
}

/// Verb phrases against the other candidates of their sentence (data/verb_patterns.tsv,
/// its header): the words a matched pattern used are no candidates of their own (`halted`
/// `aid`); a pattern with an object names its clause's event, not the nouns of its subject
/// (`talks ... ended with an agreement`); a statement about another act (an accusation, a
/// refusal, a threat, a demand) is the event, not the act it is about (`claimed that the
/// group had attacked`). The winner keeps the stronger weight.
fn verb_phrases(x: &Extractor, cands: &mut Vec<Candidate>) {
    for i in 0..cands.len() {
        let (Some(p), w) = (cands[i].verb, cands[i].weight) else { continue };
        if w == 0 {
            continue;
        }
        let statement = matches!(
            x.events.plover(cands[i].cue),
            Plover::Accuse | Plover::Reject | Plover::Threaten | Plover::Request
        );
        let (start, end) = (cands[i].start, cands[i].end);
        let mut weight = w;
        for j in (0..cands.len()).filter(|&j| j != i) {
            let c = &cands[j];
            let own_pattern = c.verb.is_some_and(|q| q.by_pattern);
            let same_type = x.events.plover(c.cue) == x.events.plover(cands[i].cue);
            let used = p.by_pattern && !own_pattern && !same_type && p.used.overlaps(c.start, c.end);
            let subject =
                p.by_pattern && p.object && w >= 2 && c.verb.is_none() && c.start >= p.subject && c.end <= start;
            let reported = statement && c.start >= end && c.start < p.clause.1;
            if c.weight > 0 && (used || subject || reported) {
                weight = weight.max(c.weight);
                cands[j].weight = 0;
            }
        }
        cands[i].weight = weight;
    }
    cands.retain(|c| c.weight > 0);
}

/// A state that protests (`The Philippines protested ...`, `China protests`) complains
/// officially; its citizens (`Kenyan protesters`) take to the streets: the hit right
/// before the trigger names a country (not a demonym), and not a place the protesters
/// are in (`workers in France went on strike`).
fn state_before(x: &Extractor, doc: &Doc, before: Option<&Hit>, h: &Hit) -> bool {
    let Some(b) = before.filter(|b| b.end + 1 == h.start && doc.text.as_bytes()[b.end] == b' ') else {
        return false;
    };
    if word_before(doc.text, b.start).is_some_and(|w| x.lexicon.has(List::PlacePreposition, w)) {
        return false;
    }
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
        if x.events.plover(cands[i].cue) != Plover::Agree || cands[i].weight == 0 {
            continue;
        }
        let (a_end, a_start) = (cands[i].end, cands[i].start);
        let Some(j) = (i + 1..cands.len())
            .find(|&j| x.events.plover(cands[j].cue) != Plover::Agree && same_clause(lex, doc, a_end, cands[j].start))
        else {
            continue;
        };
        let weight = cands[i].weight.max(cands[j].weight);
        // The words from the agreement's last word to the object (`to` may end the cue).
        let gap = &doc.text[a_start..cands[j].start];
        let mut words = gap.split_whitespace().skip_while(|w| !w.eq_ignore_ascii_case("to")).skip(1);
        // The object may be the verb after `to` itself (`agreed to impose sanctions`).
        let to_verb = words.next().is_none_or(|w| !lex.has(List::FunctionWord, w)) && gap.contains(" to ");
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
        per_type[x.events.plover(c.cue) as usize] += 1;
    }
    let mut best: Option<(f32, Candidate)> = None;
    for (rank, c) in cands.iter().enumerate() {
        let support = per_type[x.events.plover(c.cue) as usize] >= 2;
        let score = c.weight as f32 - 0.4 * rank.min(3) as f32 + if support { 0.5 } else { 0.0 };
        if best.as_ref().is_none_or(|(b, _)| score > *b) {
            best = Some((score, *c));
        }
    }
    best.map(|(_, c)| c)
}
