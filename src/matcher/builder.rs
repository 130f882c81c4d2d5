//! Collects the forms of every table and builds the [`Matcher`].

use super::trie::{NONE, ROOT, Trie};
use super::{CaseRule, Matcher, PatValue, Value};
use crate::gazetteer::GazetteerError;
use crate::text::token::{SPACE, Token, WORD, tokenize};

/// The most values one pattern may stand for (a hit keeps them in a 64-bit mask).
const MAX_VALUES: usize = 64;

/// Collects forms before the matcher is built.
pub(crate) struct MatcherBuilder {
    trie: Trie,
    /// Per pattern: its tokens (key, joined) as a range of `keys`.
    pattern_keys: Vec<(u32, u32)>,
    keys: Vec<(u32, bool)>,
    /// (pattern, value), in the order added.
    entries: Vec<(u32, PatValue)>,
    forms: String,
    tokens: Vec<Token>,
}

impl MatcherBuilder {
    /// A builder with room for about `n` forms.
    pub(crate) fn with_capacity(n: usize) -> MatcherBuilder {
        MatcherBuilder {
            trie: Trie::with_capacity(n * 2),
            pattern_keys: Vec::with_capacity(n),
            keys: Vec::with_capacity(n * 2),
            entries: Vec::with_capacity(n),
            forms: String::with_capacity(n * 12),
            tokens: Vec::new(),
        }
    }

    /// Adds `form` standing for `value`. Accents, case and apostrophe kinds are folded by
    /// the keys; the form itself is kept for its case rule. A form must start with a word.
    pub(crate) fn add(&mut self, form: &str, value: Value, default_case: CaseRule) {
        let form = form.trim();
        self.tokens.clear();
        tokenize(form, &mut self.tokens);
        if !self.tokens.first().is_some_and(|t| t.is(WORD)) {
            return;
        }
        let mut node = ROOT;
        let key_start = self.keys.len() as u32;
        for (k, t) in self.tokens.iter().enumerate() {
            let joined = k > 0 && !t.is(SPACE);
            node = self.trie.insert(node, t.key, joined);
            self.keys.push((t.key, joined));
        }
        let pattern = match self.trie.terminal(node) {
            NONE => {
                let p = self.pattern_keys.len() as u32;
                self.trie.set_terminal(node, p);
                self.pattern_keys.push((key_start, self.keys.len() as u32));
                p
            }
            p => {
                self.keys.truncate(key_start as usize);
                p
            }
        };
        let at = self.forms.len() as u32;
        self.forms.push_str(form);
        let case = CaseRule::for_form(form, default_case);
        self.entries.push((pattern, PatValue { value, case, form: (at, self.forms.len() as u32), sub: None }));
    }

    /// The pattern of a token path, if one ends there.
    fn find(&self, keys: &[(u32, bool)]) -> Option<u32> {
        let mut node = ROOT;
        for (k, &(key, joined)) in keys.iter().enumerate() {
            node = self.trie.child(node, key, joined && k > 0);
            if node == NONE {
                return None;
            }
        }
        let p = self.trie.terminal(node);
        (p != NONE).then_some(p)
    }

    /// Builds the matcher. Multi-word cue, trigger and title phrases inherit the cue,
    /// trigger and negation values of the phrases inside them.
    pub(crate) fn build(mut self) -> Result<Matcher, GazetteerError> {
        // Group the values by pattern (stable: the order added), dropping repeats.
        self.entries.sort_by_key(|&(p, _)| p);
        let n = self.pattern_keys.len();
        let mut grouped: Vec<Vec<PatValue>> = Vec::with_capacity(n);
        let mut e = 0;
        for p in 0..n as u32 {
            let mut vals: Vec<PatValue> = Vec::new();
            while e < self.entries.len() && self.entries[e].0 == p {
                let v = self.entries[e].1;
                let form = &self.forms[v.form.0 as usize..v.form.1 as usize];
                let seen = vals
                    .iter()
                    .any(|w| w.value == v.value && self.forms[w.form.0 as usize..w.form.1 as usize] == *form);
                if !seen {
                    vals.push(v);
                }
                e += 1;
            }
            // Equal forms of a pattern share one range (the scan checks each form once).
            for k in 1..vals.len() {
                let form = &self.forms[vals[k].form.0 as usize..vals[k].form.1 as usize];
                if let Some(j) = (0..k).find(|&j| self.forms[vals[j].form.0 as usize..vals[j].form.1 as usize] == *form)
                {
                    vals[k].form = vals[j].form;
                }
            }
            grouped.push(vals);
        }
        self.inherit(&mut grouped);
        let mut values = Vec::with_capacity(self.entries.len());
        let mut ranges = Vec::with_capacity(n);
        for vals in grouped {
            if vals.len() > MAX_VALUES {
                let v = &vals[0];
                let form = self.forms[v.form.0 as usize..v.form.1 as usize].to_string();
                return Err(GazetteerError::TooManyValues { form, count: vals.len(), max: MAX_VALUES });
            }
            ranges.push((values.len() as u32, vals.len() as u32));
            values.extend(vals);
        }
        Ok(Matcher { trie: self.trie, values, ranges, forms: self.forms })
    }

    /// Adds to every phrase pattern the inheritable values of its sub-phrases.
    fn inherit(&self, grouped: &mut [Vec<PatValue>]) {
        for p in 0..grouped.len() {
            let (a, b) = self.pattern_keys[p];
            let keys = &self.keys[a as usize..b as usize];
            if keys.len() < 2 || keys.len() > 255 || !grouped[p].iter().all(|v| v.value.phrase()) {
                continue;
            }
            let mut inherited = Vec::new();
            for s in 0..keys.len() {
                if keys[s].1 {
                    continue; // a sub-phrase starts at a word with a space before it
                }
                for e in s + 1..=keys.len() {
                    // Sub-phrases of whole words only: one that ends before a joined
                    // token (`war` in `war-torn`) is not a word of the phrase.
                    if (s == 0 && e == keys.len()) || keys.get(e).is_some_and(|k| k.1) {
                        continue;
                    }
                    let Some(q) = self.find(&keys[s..e]) else { continue };
                    for v in grouped[q as usize].iter().filter(|v| v.value.inheritable() && v.sub.is_none()) {
                        inherited.push(PatValue { sub: Some((s as u8, e as u8)), ..*v });
                    }
                }
            }
            grouped[p].extend(inherited);
        }
    }
}
