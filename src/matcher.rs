//! One Aho-Corasick automaton over every surface form of every table, and the scan.
//!
//! Each automaton pattern maps by index to the values it stands for (a country form,
//! a city, a person, a cue...). The automaton searches ASCII-case-insensitively with
//! leftmost-longest semantics; word boundaries and each value's case rule are checked on
//! the match. A match that fails them is dropped and the search resumes one character
//! after its start, so a rejected long match never hides a good shorter one.

use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, MatchKind};

use crate::gazetteer::{Flags, FormKind, GazetteerError, NegKind};
use crate::hash::FastMap;
use crate::text::{char_at, char_before, fold, is_word, next_char, CaseRule};

/// What a surface form stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Value {
    Country { country: u16, kind: FormKind, flags: Flags },
    City { city: u32 },
    Blocker,
    Person { person: u32 },
    Surname { group: u32 },
    Org { org: u32, needs_parent: bool },
    Cue { topic: u16, weight: u8 },
    Trigger { trigger: u32 },
    Negation { kind: NegKind },
    Title { title: u32 },
    GivenName,
}

impl Value {
    /// Values that phrases containing them inherit (a cue inside a longer trigger).
    fn inheritable(self) -> bool {
        matches!(self, Value::Cue { .. } | Value::Trigger { .. } | Value::Negation { .. })
    }
}

/// A value attached to one pattern, with the form it must be written as.
#[derive(Debug, Clone)]
pub(crate) struct PatValue {
    pub value: Value,
    case: CaseRule,
    form: Box<str>,
    /// For a value inherited from a sub-phrase: its byte range inside the match.
    pub sub: Option<(u16, u16)>,
}

/// A match kept by the scan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub pattern: u32,
    /// Which of the pattern's values (the first 64) the written text accepts.
    mask: u64,
}

/// The automaton and the values of its patterns.
#[derive(Debug, Clone)]
pub(crate) struct Matcher {
    ac: AhoCorasick,
    values: Vec<Vec<PatValue>>,
}

/// Collects forms before the automaton is built.
#[derive(Default)]
pub(crate) struct MatcherBuilder {
    /// ASCII-lowercased pattern -> index.
    index: FastMap<String, usize>,
    /// The patterns, ASCII-lowercased.
    patterns: Vec<String>,
    values: Vec<Vec<PatValue>>,
}

impl MatcherBuilder {
    /// A builder with room for about `n` patterns.
    pub(crate) fn with_capacity(n: usize) -> MatcherBuilder {
        MatcherBuilder {
            index: FastMap::with_capacity_and_hasher(n, Default::default()),
            patterns: Vec::with_capacity(n),
            values: Vec::with_capacity(n),
        }
    }

    /// Adds `form` standing for `value`, with accent-folded and apostrophe variants.
    pub(crate) fn add(&mut self, form: &str, value: Value, default_case: CaseRule) {
        let form = form.trim();
        if form.is_empty() {
            return;
        }
        let case = CaseRule::for_form(form, default_case);
        let folded = if form.is_ascii() { std::borrow::Cow::Borrowed(form) } else { fold(form).into() };
        self.add_one(form, value, case);
        if folded != form {
            self.add_one(&folded, value, case);
        }
        if folded.contains('\'') {
            self.add_one(&folded.replace('\'', "\u{2019}"), value, case);
        }
    }

    fn add_one(&mut self, form: &str, value: Value, case: CaseRule) {
        // The scan relies on every form starting with a letter or digit.
        if !form.chars().next().is_some_and(is_word) {
            return;
        }
        let key = form.to_ascii_lowercase();
        let idx = match self.index.get(&key) {
            Some(&i) => i,
            None => {
                self.patterns.push(key.clone());
                self.values.push(Vec::new());
                self.index.insert(key, self.patterns.len() - 1);
                self.patterns.len() - 1
            }
        };
        let vals = &mut self.values[idx];
        if !vals.iter().any(|v| v.value == value && &*v.form == form) {
            vals.push(PatValue { value, case, form: form.into(), sub: None });
        }
    }

    /// Builds the automaton. Multi-word cue, trigger and title phrases inherit the cue,
    /// trigger and negation values of the phrases inside them.
    pub(crate) fn build(mut self) -> Result<Matcher, GazetteerError> {
        for i in 0..self.patterns.len() {
            let own_kinds = self.values[i].iter().all(|v| {
                matches!(
                    v.value,
                    Value::Cue { .. } | Value::Trigger { .. } | Value::Negation { .. } | Value::Title { .. }
                )
            });
            if !own_kinds {
                continue;
            }
            let pat = &self.patterns[i];
            let words: Vec<(usize, usize)> = word_ranges(pat);
            if words.len() < 2 {
                continue;
            }
            let mut inherited = Vec::new();
            for a in 0..words.len() {
                for b in a..words.len() {
                    if a == 0 && b == words.len() - 1 {
                        continue;
                    }
                    let (s, e) = (words[a].0, words[b].1);
                    if let Some(&j) = self.index.get(&pat[s..e]) {
                        for v in &self.values[j] {
                            if v.value.inheritable() && v.sub.is_none() {
                                let mut v = v.clone();
                                v.sub = Some((s as u16, e as u16));
                                inherited.push(v);
                            }
                        }
                    }
                }
            }
            self.values[i].extend(inherited);
        }
        // The automaton holds the patterns in ASCII lower case and runs over an ASCII
        // lower-case copy of the text (same bytes, same offsets): the same matches as an
        // ASCII-case-insensitive automaton, built several times faster and smaller, since
        // it needs neither the doubled transitions nor their bookkeeping.
        let lower = &self.patterns;
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(lower)
            .or_else(|_| AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(lower))
            .map_err(|e| GazetteerError::Build(e.to_string()))?;
        Ok(Matcher { ac, values: self.values })
    }
}

fn word_ranges(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            if let Some(st) = start.take() {
                out.push((st, i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(st) = start {
        out.push((st, s.len()));
    }
    out
}

impl Matcher {
    /// Number of patterns in the automaton.
    pub(crate) fn pattern_count(&self) -> usize {
        self.values.len()
    }

    /// Heap bytes used by the automaton.
    pub(crate) fn memory_usage(&self) -> usize {
        self.ac.memory_usage()
    }

    /// The bare automaton scan (for benchmarks): the lower-case copy of the text and one
    /// pass of the automaton over it; the number of raw matches.
    pub(crate) fn bare_scan(&self, text: &str) -> usize {
        self.ac.find_iter(&text.to_ascii_lowercase()).count()
    }

    /// Scans `text` once and returns the accepted matches, in order, not overlapping.
    pub(crate) fn scan(&self, text: &str, out: &mut Vec<Hit>) {
        let lower = text.to_ascii_lowercase();
        let mut pos = 0;
        while pos < text.len() {
            let m = match self.ac.find(Input::new(&lower).span(pos..text.len())) {
                Some(m) => m,
                None => break,
            };
            let (s, e) = (m.start(), m.end());
            let pattern = m.pattern().as_u32();
            // Every pattern starts with a letter or digit (checked when building), so no
            // match can start inside a word: after one that does, skip to the word's end.
            if char_before(text, s).is_some_and(is_word) {
                pos = match text[s..].find(|c: char| !is_word(c)) {
                    Some(k) => s + k,
                    None => break,
                };
                continue;
            }
            let mask = if self.boundaries_ok(text, s, e) { self.accepted(text, s, e, pattern) } else { 0 };
            if mask != 0 {
                out.push(Hit { start: s, end: e, pattern, mask });
                pos = e;
            } else {
                pos = next_char(text, s);
            }
        }
    }

    fn boundaries_ok(&self, text: &str, s: usize, e: usize) -> bool {
        let Some(matched) = text.get(s..e) else { return false };
        let first = matched.chars().next();
        let last = matched.chars().next_back();
        let left_ok = !first.is_some_and(is_word) || !char_before(text, s).is_some_and(is_word);
        let right_ok = match last {
            Some('-') => char_at(text, e).is_some_and(char::is_alphabetic),
            Some(c) if is_word(c) => !char_at(text, e).is_some_and(is_word),
            _ => true,
        };
        left_ok && right_ok
    }

    /// Bit `i` set when value `i` of the pattern accepts the text as written (its case rule).
    fn accepted(&self, text: &str, s: usize, e: usize, pattern: u32) -> u64 {
        let written = text.get(s..e).unwrap_or("");
        let mut mask = 0u64;
        for (i, v) in self.values[pattern as usize].iter().take(64).enumerate() {
            if v.sub.is_some() || v.case.accepts(&v.form, written) {
                mask |= 1 << i;
            }
        }
        mask
    }

    /// The values of a hit that the text as written accepts.
    pub(crate) fn values<'a>(&'a self, hit: &Hit) -> impl Iterator<Item = &'a PatValue> + 'a {
        let mask = hit.mask;
        self.values[hit.pattern as usize]
            .iter()
            .take(64)
            .enumerate()
            .filter(move |(i, _)| mask & (1 << i) != 0)
            .map(|(_, v)| v)
    }
}
