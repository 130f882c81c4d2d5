//! Verb phrases (`data/verbs.tsv`, `data/verb_patterns.tsv`): a verb occurrence takes the
//! event of its group's best pattern that matches the words of its clause (most elements,
//! then weight; an empty event blocks), else its verb's own event.
//!
//! Every verb form is a pattern of the one matcher ([`Value::Verb`]); the patterns are
//! indexed by group once, their elements read as token keys, so reading an occurrence is
//! token comparison within its clause, without allocation.

use std::collections::HashMap;
use std::ops::Range;

use crate::gazetteer::Gazetteer;
use crate::lexicon::List;
use crate::matcher::{CaseRule, MatcherBuilder, Value};
use crate::model::Plover;
use crate::text::token::{Token, WORD, tokenize};

/// The most elements of one pattern.
pub(crate) const MAX_ELEMENTS: usize = 8;
/// How many words may stand between the verb and the nearest element of a pattern, and
/// between two elements: the elements are the words of the verb phrase (`lifted the night
/// curfew`), not any word of the clause.
const MAX_GAP: usize = 2;
/// The weight of an event the verb alone names: weak, taken only when the lead has nothing
/// stronger.
const DEFAULT_WEIGHT: u8 = 1;

/// An event named by a verb or a pattern.
#[derive(Debug, Clone)]
pub(crate) struct VerbEvent {
    pub plover: Plover,
    pub cameo: Option<String>,
}

/// One verb of `verbs.tsv`.
#[derive(Debug, Clone)]
struct Verb {
    group: u32,
    /// Its own event (an index of `events`).
    event: Option<u32>,
}

/// One pattern of `verb_patterns.tsv`: its elements before and after the verb (ranges of
/// `seq`).
#[derive(Debug, Clone)]
struct Pattern {
    before: Range<u32>,
    after: Range<u32>,
    /// `None`: a blocker.
    event: Option<u32>,
    weight: u8,
}

/// A set of token keys, 256 bits: a quick no for an element whose words are not there.
#[derive(Debug, Clone, Copy, Default)]
struct KeySet([u64; 4]);

impl KeySet {
    fn insert(&mut self, key: u32) {
        self.0[(key & 3) as usize] |= 1 << ((key >> 2) & 63);
    }
    fn meets(&self, other: &KeySet) -> bool {
        self.0.iter().zip(&other.0).any(|(a, b)| a & b != 0)
    }
    /// Whether `key` may be in the set.
    fn may_hold(&self, key: u32) -> bool {
        self.0[(key & 3) as usize] & (1 << ((key >> 2) & 63)) != 0
    }
}

/// One element: its alternatives (ranges of `alts`) and the set of their first keys.
#[derive(Debug, Clone)]
struct Element {
    alts: Range<u32>,
    firsts: KeySet,
    /// Whether every alternative is a function word (`on`, `that`): not shown in the
    /// trigger's text.
    function: bool,
}

/// The verb lexicon, indexed by group.
#[derive(Debug, Clone, Default)]
pub(crate) struct VerbIndex {
    verbs: Vec<Verb>,
    /// Per group: its patterns (a range of `patterns`).
    groups: Vec<Range<u32>>,
    patterns: Vec<Pattern>,
    /// The elements of every pattern, pattern after pattern (indices of `elements`).
    seq: Vec<u32>,
    /// The distinct elements.
    elements: Vec<Element>,
    /// Per alternative: its token keys (a range of `keys`).
    alts: Vec<Range<u32>>,
    keys: Vec<u32>,
    pub events: Vec<VerbEvent>,
}

/// What building the index keeps: each distinct element once, the function words.
struct ElementCache<'a> {
    ids: HashMap<&'a str, u32>,
    /// The function words (sorted, lower case).
    function: Vec<String>,
    toks: Vec<Token>,
}

/// Byte ranges of the words a matched pattern used.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Used {
    n: u8,
    spans: [(u32, u32); MAX_ELEMENTS],
}

impl Used {
    fn push(&mut self, bytes: Range<usize>) {
        if (self.n as usize) < MAX_ELEMENTS {
            self.spans[self.n as usize] = (bytes.start as u32, bytes.end as u32);
            self.n += 1;
        }
    }
    /// Whether a byte range overlaps a used word.
    pub(crate) fn overlaps(&self, start: usize, end: usize) -> bool {
        self.spans[..self.n as usize].iter().any(|&(a, b)| (a as usize) < end && start < b as usize)
    }
}

/// Where a verb occurrence stands (token indices).
#[derive(Debug, Clone)]
pub(crate) struct Site {
    /// Its clause.
    pub clause: Range<usize>,
    /// The verb's tokens.
    pub at: Range<usize>,
    /// The passive auxiliary before it (`was lifted`), if any.
    pub passive: Option<usize>,
}

/// What the clause makes of one verb occurrence.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Reading {
    /// The event (an index of [`VerbIndex::events`]); `None`: none, or blocked.
    pub event: Option<u32>,
    pub weight: u8,
    /// Whether a pattern matched (not the verb's own event).
    pub by_pattern: bool,
    /// The words of the pattern.
    pub used: Used,
    /// Where the phrase ends: the last word after the verb the pattern used (function words
    /// left out), else the verb.
    pub end: usize,
    /// The rank of the pattern: its elements, then its weight.
    rank: (usize, u8),
}

impl Reading {
    /// Whether this reading of an occurrence is better than `other`: a pattern over the
    /// verb's own event, then the pattern's rank, then having an event.
    pub(crate) fn beats(&self, other: &Reading) -> bool {
        (self.by_pattern, self.rank, self.event.is_some()) > (other.by_pattern, other.rank, other.event.is_some())
    }
}

impl VerbIndex {
    /// The index of a gazetteer's verbs and patterns; the verb forms go to `b`.
    pub(crate) fn build(g: &Gazetteer, b: &mut MatcherBuilder) -> VerbIndex {
        let mut x = VerbIndex::default();
        let mut group_names: Vec<&str> = g.verbs.iter().map(|v| v.group.as_str()).collect();
        group_names.sort_unstable();
        group_names.dedup();
        let group_of = |name: &str| group_names.binary_search(&name).ok().map(|k| k as u32);
        for (i, v) in g.verbs.iter().enumerate() {
            let event = v.plover.map(|p| x.event(p, &v.cameo));
            x.verbs.push(Verb { group: group_of(&v.group).unwrap_or(0), event });
            for f in &v.forms {
                b.add(f, Value::Verb { verb: i as u32 }, CaseRule::Any);
            }
        }
        let mut rows: Vec<(u32, usize)> =
            g.verb_patterns.iter().enumerate().filter_map(|(k, p)| group_of(&p.group).map(|gr| (gr, k))).collect();
        rows.sort_unstable();
        x.groups = vec![0..0; group_names.len()];
        let mut function: Vec<String> =
            g.words.iter().filter(|w| w.list == List::FunctionWord).map(|w| w.word.to_lowercase()).collect();
        function.sort_unstable();
        let mut cache = ElementCache { ids: HashMap::new(), function, toks: Vec::new() };
        for (gr, k) in rows {
            let row = &g.verb_patterns[k];
            let mut parts = row.pattern.split(' ');
            let before = x.add_elements(parts.by_ref().take_while(|e| *e != "*"), &mut cache);
            let after = x.add_elements(parts, &mut cache);
            let event = row.plover.map(|p| x.event(p, &row.cameo));
            let at = x.patterns.len() as u32;
            if x.groups[gr as usize].is_empty() {
                x.groups[gr as usize] = at..at;
            }
            x.groups[gr as usize].end = at + 1;
            x.patterns.push(Pattern { before, after, event, weight: row.weight });
        }
        x
    }

    /// The index of an event, added when new.
    fn event(&mut self, plover: Plover, cameo: &Option<String>) -> u32 {
        match self.events.iter().position(|e| e.plover == plover && e.cameo == *cameo) {
            Some(k) => k as u32,
            None => {
                self.events.push(VerbEvent { plover, cameo: cameo.clone() });
                self.events.len() as u32 - 1
            }
        }
    }

    /// Adds the elements (`a|b`, `a_b`) of one side of a pattern: a range of `seq`.
    fn add_elements<'a>(&mut self, els: impl Iterator<Item = &'a str>, cache: &mut ElementCache<'a>) -> Range<u32> {
        let first = self.seq.len() as u32;
        for el in els.take(MAX_ELEMENTS) {
            let id = match cache.ids.get(el) {
                Some(&id) => id,
                None => {
                    let id = self.new_element(el, cache);
                    cache.ids.insert(el, id);
                    id
                }
            };
            self.seq.push(id);
        }
        first..self.seq.len() as u32
    }

    /// Adds one distinct element: its alternatives' token keys.
    fn new_element(&mut self, el: &str, cache: &mut ElementCache) -> u32 {
        let alts_at = self.alts.len() as u32;
        let mut firsts = KeySet::default();
        let toks = &mut cache.toks;
        for alt in el.split('|') {
            toks.clear();
            tokenize(alt, toks);
            // `a_b`: the words, without the joining `_`.
            toks.retain(|t| t.end - t.start != 1 || alt.as_bytes()[t.start as usize] != b'_');
            let Some(t) = toks.first() else { continue };
            firsts.insert(t.key);
            let k = self.keys.len() as u32;
            self.keys.extend(toks.iter().map(|t| t.key));
            self.alts.push(k..self.keys.len() as u32);
        }
        let function = el.split('|').all(|a| cache.function.binary_search_by(|f| f.as_str().cmp(a)).is_ok());
        self.elements.push(Element { alts: alts_at..self.alts.len() as u32, firsts, function });
        self.elements.len() as u32 - 1
    }

    /// Element `k` of `seq`.
    fn element(&self, k: u32) -> &Element {
        &self.elements[self.seq[k as usize] as usize]
    }

    /// What its clause makes of verb `verb` at `site`: its best matching pattern, else
    /// its own event.
    pub(crate) fn read(&self, verb: u32, toks: &[Token], site: &Site) -> Reading {
        let v = &self.verbs[verb as usize];
        let verb_end = toks[site.at.end - 1].end as usize;
        let mut words = KeySet::default();
        for t in &toks[site.clause.clone()] {
            words.insert(t.key);
        }
        let mut best: Option<Reading> = None;
        let range = self.groups.get(v.group as usize).cloned().unwrap_or(0..0);
        for p in &self.patterns[range.start as usize..range.end as usize] {
            let elements = (p.before.start..p.after.end).map(|e| self.element(e));
            if !elements.clone().all(|e| e.firsts.meets(&words)) {
                continue;
            }
            let rank = ((p.after.end - p.before.start) as usize, p.weight);
            if best.as_ref().is_some_and(|b| b.rank >= rank) {
                continue;
            }
            let mut used = Used::default();
            let Some(end) = self.pattern_at(p, toks, site, &mut used) else { continue };
            best = Some(Reading {
                event: p.event,
                weight: p.weight,
                by_pattern: true,
                used,
                end: end.max(verb_end),
                rank,
            });
        }
        best.unwrap_or(Reading {
            event: v.event,
            weight: DEFAULT_WEIGHT,
            by_pattern: false,
            used: Used::default(),
            end: verb_end,
            rank: (0, 0),
        })
    }

    /// Whether pattern `p` matches at `site`: its words before the verb, then those after
    /// it; in the passive, those after it may stand before the auxiliary instead (`the
    /// curfew was lifted`). The end of the phrase after the verb (0: none).
    fn pattern_at(&self, p: &Pattern, toks: &[Token], site: &Site, used: &mut Used) -> Option<usize> {
        let (clause, at) = (&site.clause, &site.at);
        self.backward(p.before.clone(), toks, clause.start, at.start, used)?;
        let mut active = *used;
        if let Some(end) = self.forward(p.after.clone(), toks, at.end, clause.end, &mut active) {
            *used = active;
            return Some(end);
        }
        let aux = site.passive.filter(|_| p.before.is_empty() && !p.after.is_empty())?;
        self.backward(p.after.clone(), toks, clause.start, aux, used).map(|()| 0)
    }

    /// Matches elements in order after tokens `from` (each within [`MAX_GAP`] words of
    /// the one before), up to `to`; the byte end of the last one that is no function word
    /// (0 when none is).
    fn forward(&self, els: Range<u32>, toks: &[Token], from: usize, to: usize, used: &mut Used) -> Option<usize> {
        let mut at = from;
        let mut end = 0;
        for e in els {
            let found = self.find(self.element(e), toks, at, to)?;
            used.push(toks[found.start].start as usize..toks[found.end - 1].end as usize);
            if !self.element(e).function {
                end = toks[found.end - 1].end as usize;
            }
            at = found.end;
        }
        Some(end)
    }

    /// Matches elements in order before token `to` (the last within [`MAX_GAP`] words of
    /// the verb, each within that many of the next), down to `from`.
    fn backward(&self, els: Range<u32>, toks: &[Token], from: usize, to: usize, used: &mut Used) -> Option<()> {
        let mut at = to;
        for e in els.rev() {
            let found = self.find_back(self.element(e), toks, from, at)?;
            used.push(toks[found.start].start as usize..toks[found.end - 1].end as usize);
            at = found.start;
        }
        Some(())
    }

    /// Whether an alternative of the element stands at token `i` (ending by `to`): its end.
    fn alt_at(&self, el: &Element, toks: &[Token], i: usize, to: usize) -> Option<usize> {
        self.alts[el.alts.start as usize..el.alts.end as usize].iter().find_map(|a| {
            let keys = &self.keys[a.start as usize..a.end as usize];
            let end = i + keys.len();
            (end <= to && toks[i..end].iter().zip(keys).all(|(t, k)| t.key == *k)).then_some(end)
        })
    }

    /// The first place from token `from` where an alternative of the element stands,
    /// with at most [`MAX_GAP`] words skipped.
    fn find(&self, el: &Element, toks: &[Token], from: usize, to: usize) -> Option<Range<usize>> {
        self.find_in(el, toks, from..to, to)
    }

    /// The nearest place before token `to` where an alternative of the element ends, with
    /// at most [`MAX_GAP`] words skipped.
    fn find_back(&self, el: &Element, toks: &[Token], from: usize, to: usize) -> Option<Range<usize>> {
        self.find_in(el, toks, (from..to).rev(), to)
    }

    /// The first of the tokens `order` (words only, at most [`MAX_GAP`] skipped) where an
    /// alternative of the element stands, ending before token `to`.
    fn find_in(
        &self,
        el: &Element,
        toks: &[Token],
        order: impl Iterator<Item = usize>,
        to: usize,
    ) -> Option<Range<usize>> {
        let mut skipped = 0;
        for i in order {
            if !toks[i].is(WORD) {
                continue;
            }
            if el.firsts.may_hold(toks[i].key)
                && let Some(end) = self.alt_at(el, toks, i, to)
            {
                return Some(i..end);
            }
            skipped += 1;
            if skipped > MAX_GAP {
                return None;
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::{VerbPatternRow, VerbRow, WordRow};

    /// An index of one verb (`lift`, CONCEDE alone) and its patterns, and a reader of a
    /// clause: the reading of the first form of the verb in it.
    fn reading(patterns: &[(&str, Option<Plover>, u8)], clause: &str) -> (Reading, Option<Plover>) {
        let mut g = Gazetteer::empty();
        let forms = ["lift", "lifted", "lifting", "lifts"].map(String::from).to_vec();
        g.verbs.push(VerbRow {
            group: "lift".into(),
            verb: "lift".into(),
            forms,
            plover: Some(Plover::Concede),
            cameo: None,
        });
        for &(pattern, plover, weight) in patterns {
            g.verb_patterns.push(VerbPatternRow {
                group: "lift".into(),
                pattern: pattern.into(),
                plover,
                cameo: None,
                weight,
            });
        }
        g.words.push(WordRow { list: List::FunctionWord, word: "On".into() });
        let mut b = MatcherBuilder::with_capacity(8);
        let x = VerbIndex::build(&g, &mut b);
        let mut toks = Vec::new();
        tokenize(clause, &mut toks);
        let at = toks.iter().position(|t| t.text(clause).starts_with("lift")).expect("a form of lift");
        let passive = at.checked_sub(1).filter(|&p| matches!(toks[p].text(clause), "was" | "were"));
        let r = x.read(0, &toks, &Site { clause: 0..toks.len(), at: at..at + 1, passive });
        (r, r.event.map(|e| x.events[e as usize].plover))
    }

    #[test]
    fn a_pattern_beats_the_verb_alone_and_its_words_are_used() {
        let (r, p) = reading(&[("* curfew|curfews", Some(Plover::Retreat), 3)], "the army lifted the night curfew");
        assert_eq!((p, r.weight, r.by_pattern), (Some(Plover::Retreat), 3, true));
        assert!(r.used.overlaps(26, 32) && !r.used.overlaps(15, 18));
    }

    #[test]
    fn words_of_the_pattern_stand_near_the_verb() {
        let (r, p) = reading(&[("* curfew", Some(Plover::Retreat), 3)], "they lifted a ban on the long night curfew");
        assert_eq!((p, r.by_pattern, r.weight), (Some(Plover::Concede), false, 1));
    }

    #[test]
    fn adjacent_words_alternatives_and_blockers() {
        let pats = [("* state_of|states_of emergency", Some(Plover::Concede), 3), ("* spirits", None, 3)];
        assert_eq!(reading(&pats, "Peru lifted the state of emergency").1, Some(Plover::Concede));
        assert_eq!(reading(&pats, "Peru lifted the states of emergency").1, Some(Plover::Concede));
        let (r, p) = reading(&pats, "the news lifted spirits");
        assert_eq!((p, r.by_pattern), (None, true));
    }

    #[test]
    fn in_the_passive_the_object_stands_before_the_auxiliary() {
        let (r, p) = reading(&[("* curfew", Some(Plover::Retreat), 3)], "the curfew in Kano was lifted");
        assert_eq!((p, r.by_pattern), (Some(Plover::Retreat), true));
    }

    #[test]
    fn function_words_end_no_phrase() {
        let text = "Peru lifted the curfew on Monday";
        let (r, _) = reading(&[("* curfew on", Some(Plover::Retreat), 3)], text);
        assert_eq!(&text[5..r.end], "lifted the curfew");
    }
}
