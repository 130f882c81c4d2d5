//! Stage 2, match: one pass over the tokens finds every surface form of every table.
//!
//! Every form of every table (country names, places, people, organisations, cues,
//! triggers, verbs, titles, ...) is a path of folded token keys in one [`Trie`]; each
//! path's end is a pattern, and a pattern maps to the values it stands for. The scan walks
//! the trie from each word start and keeps the longest pattern there whose written form
//! obeys a value's [`CaseRule`]; a shorter pattern at the same start is tried next, then
//! the next word. Matches never overlap and never start or end inside a word.

mod builder;
mod case;
mod trie;

pub(crate) use builder::MatcherBuilder;
pub(crate) use case::CaseRule;

use crate::gazetteer::{Flags, FormKind, NegKind};
use crate::text::token::{LINE, SPACE, Token, WORD};
use trie::{NONE, ROOT, Trie};

/// What a surface form stands for: an index into a stage's index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Value {
    Country { country: u16, kind: FormKind, flags: Flags },
    Place { place: u32 },
    Blocker,
    Person { person: u32 },
    Surname { group: u32 },
    Org { org: u32, needs_parent: bool },
    Cue { topic: u16, weight: u8 },
    Trigger { trigger: u32 },
    Verb { verb: u32 },
    Negation { kind: NegKind },
    Title { title: u32 },
    GivenName,
}

/// The kind bits of values ([`Hit::kinds`]): a stage skips the hits it has no use for.
pub(crate) mod kind {
    pub(crate) const COUNTRY: u16 = 1;
    pub(crate) const PLACE: u16 = 1 << 1;
    pub(crate) const BLOCKER: u16 = 1 << 2;
    pub(crate) const PERSON: u16 = 1 << 3;
    pub(crate) const SURNAME: u16 = 1 << 4;
    pub(crate) const ORG: u16 = 1 << 5;
    pub(crate) const CUE: u16 = 1 << 6;
    pub(crate) const TRIGGER: u16 = 1 << 7;
    pub(crate) const VERB: u16 = 1 << 8;
    pub(crate) const NEGATION: u16 = 1 << 9;
    pub(crate) const TITLE: u16 = 1 << 10;
    pub(crate) const GIVEN_NAME: u16 = 1 << 11;
}

impl Value {
    /// The kind bit of the value ([`Hit::kinds`]).
    pub(crate) fn kind_bit(self) -> u16 {
        match self {
            Value::Country { .. } => kind::COUNTRY,
            Value::Place { .. } => kind::PLACE,
            Value::Blocker => kind::BLOCKER,
            Value::Person { .. } => kind::PERSON,
            Value::Surname { .. } => kind::SURNAME,
            Value::Org { .. } => kind::ORG,
            Value::Cue { .. } => kind::CUE,
            Value::Trigger { .. } => kind::TRIGGER,
            Value::Verb { .. } => kind::VERB,
            Value::Negation { .. } => kind::NEGATION,
            Value::Title { .. } => kind::TITLE,
            Value::GivenName => kind::GIVEN_NAME,
        }
    }

    /// Values that phrases containing them inherit (a cue inside a longer trigger).
    fn inheritable(self) -> bool {
        matches!(self, Value::Cue { .. } | Value::Trigger { .. } | Value::Negation { .. } | Value::Verb { .. })
    }

    /// Values of phrases that inherit from the phrases inside them.
    fn phrase(self) -> bool {
        matches!(
            self,
            Value::Cue { .. }
                | Value::Trigger { .. }
                | Value::Negation { .. }
                | Value::Title { .. }
                | Value::Verb { .. }
        )
    }
}

/// A value attached to one pattern, with the form it must be written as.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PatValue {
    pub value: Value,
    case: CaseRule,
    /// The form as the table writes it: a range of the forms arena.
    form: (u32, u32),
    /// For a value inherited from a sub-phrase: its tokens inside the match.
    pub sub: Option<(u8, u8)>,
}

/// A match kept by the scan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    /// Byte range of the match.
    pub start: usize,
    pub end: usize,
    /// Token range of the match.
    pub tok: u32,
    pub tok_end: u32,
    pub pattern: u32,
    /// The kind bits ([`Value::kind_bit`]) of the accepted values.
    pub kinds: u16,
    /// Which of the pattern's values (at most 64) the written text accepts.
    mask: u64,
}

impl Hit {
    /// Whether an accepted value of the hit has the kind of `v`.
    pub(crate) fn has(&self, kind_bit: u16) -> bool {
        self.kinds & kind_bit != 0
    }

    /// The byte range of a value inherited from a sub-phrase (the whole hit otherwise).
    pub(crate) fn span_of(&self, v: &PatValue, tokens: &[Token]) -> [usize; 2] {
        match v.sub {
            Some((a, b)) => {
                let first = tokens.get(self.tok as usize + a as usize);
                let last = tokens.get(self.tok as usize + b as usize - 1);
                match (first, last) {
                    (Some(f), Some(l)) => [f.start as usize, l.end as usize],
                    _ => [self.start, self.end],
                }
            }
            None => [self.start, self.end],
        }
    }
}

/// The trie and the values of its patterns.
#[derive(Debug, Clone)]
pub(crate) struct Matcher {
    trie: Trie,
    /// The values of every pattern, pattern after pattern.
    values: Vec<PatValue>,
    /// Per pattern: its first value and how many.
    ranges: Vec<(u32, u32)>,
    /// The forms as written in the tables, end to end.
    forms: String,
}

/// How many terminals along one walk are remembered (a longer walk keeps the longest).
const MAX_TERMINALS: usize = 16;

impl Matcher {
    /// Number of patterns.
    pub(crate) fn pattern_count(&self) -> usize {
        self.ranges.len()
    }

    /// Heap bytes of the trie and the values.
    pub(crate) fn memory_usage(&self) -> usize {
        self.trie.memory_usage()
            + self.values.len() * std::mem::size_of::<PatValue>()
            + self.ranges.len() * 10
            + self.forms.len()
    }

    /// The bare walk over `tokens` (for benchmarks): longest patterns, no checks; the
    /// number of raw matches.
    pub(crate) fn bare_scan(&self, tokens: &[Token]) -> usize {
        let mut count = 0;
        let mut i = 0;
        while i < tokens.len() {
            let mut best = None;
            self.walk(tokens, i, |j, _| best = Some(j));
            match best {
                Some(j) => {
                    count += 1;
                    i = j + 1;
                }
                None => i += 1,
            }
        }
        count
    }

    /// Walks the trie from token `i`, calling `f(last token, pattern)` at every pattern end.
    #[inline]
    fn walk(&self, tokens: &[Token], i: usize, mut f: impl FnMut(usize, u32)) {
        let first = &tokens[i];
        if !first.is(WORD) {
            return;
        }
        let mut node = self.trie.child(ROOT, first.key, false);
        let mut j = i;
        while node != NONE {
            let p = self.trie.terminal(node);
            if p != NONE {
                f(j, p);
            }
            j += 1;
            let Some(t) = tokens.get(j) else { break };
            if t.is(LINE) {
                break;
            }
            node = self.trie.child(node, t.key, !t.is(SPACE));
        }
    }

    /// Scans the tokens once and appends the accepted matches, in order, not overlapping.
    pub(crate) fn scan(&self, text: &str, tokens: &[Token], out: &mut Vec<Hit>) {
        let mut ends = [(0usize, 0u32); MAX_TERMINALS];
        let mut i = 0;
        while i < tokens.len() {
            let mut n = 0;
            self.walk(tokens, i, |j, p| {
                if n == MAX_TERMINALS {
                    ends.copy_within(1.., 0);
                    n -= 1;
                }
                ends[n] = (j, p);
                n += 1;
            });
            let found = ends[..n].iter().rev().find_map(|&(j, p)| self.accept(text, tokens, i, j, p));
            match found {
                Some(hit) => {
                    i = hit.tok_end as usize;
                    out.push(hit);
                }
                None => i += 1,
            }
        }
    }

    /// The hit of tokens `i..=j` for pattern `p`, when its boundaries and at least one
    /// value's case rule accept the text.
    fn accept(&self, text: &str, tokens: &[Token], i: usize, j: usize, p: u32) -> Option<Hit> {
        let (start, end) = (tokens[i].start as usize, tokens[j].end as usize);
        let written = text.get(start..end)?;
        // A form ending in a hyphen (`Indo-`) is a combining form: a word must follow it.
        if written.ends_with('-') {
            let next = tokens.get(j + 1)?;
            if !next.is(WORD) || next.is(SPACE) || !text[next.range()].starts_with(char::is_alphabetic) {
                return None;
            }
        }
        let (first, len) = self.ranges[p as usize];
        let mut mask = 0u64;
        let mut kinds = 0u16;
        // Values of one form and case rule share the answer (a verb form in several rows;
        // the builder gives equal forms of a pattern one range).
        let mut seen = [((u32::MAX, u32::MAX), CaseRule::Any, false); 4];
        let mut n_seen = 0;
        for (k, v) in self.values[first as usize..(first + len) as usize].iter().enumerate() {
            let ok = v.sub.is_some()
                || match seen[..n_seen].iter().find(|s| s.0 == v.form && s.1 == v.case) {
                    Some(s) => s.2,
                    None => {
                        let ok = v.case.accepts(self.form(v), written);
                        seen[n_seen % seen.len()] = (v.form, v.case, ok);
                        n_seen = (n_seen + 1).min(seen.len());
                        ok
                    }
                };
            if ok {
                mask |= 1 << k;
                kinds |= v.value.kind_bit();
            }
        }
        (mask != 0).then_some(Hit { start, end, tok: i as u32, tok_end: j as u32 + 1, pattern: p, kinds, mask })
    }

    fn form(&self, v: &PatValue) -> &str {
        self.forms.get(v.form.0 as usize..v.form.1 as usize).unwrap_or("")
    }

    /// The values of a hit that the text as written accepts.
    pub(crate) fn values<'a>(&'a self, hit: &Hit) -> impl Iterator<Item = &'a PatValue> + 'a {
        let (first, len) = self.ranges[hit.pattern as usize];
        let mask = hit.mask;
        self.values[first as usize..(first + len) as usize]
            .iter()
            .enumerate()
            .filter(move |(i, _)| mask & (1 << i) != 0)
            .map(|(_, v)| v)
    }
}
