//! Counting mentions: one tally for every list of the output (countries, people,
//! organisations, topics): each key's spans in text order, its count, and the salience
//! order the output is sorted in.

use std::collections::HashMap;
use std::hash::Hash;

use crate::model::Span;

/// The mentions of each key, in the order keys first appear.
pub(crate) struct Tally<K> {
    keys: Vec<K>,
    spans: Vec<Vec<Span>>,
    slot: HashMap<K, usize>,
}

/// One key's mentions.
pub(crate) struct Mentions<K> {
    pub key: K,
    /// In text order, no two the same.
    pub spans: Vec<Span>,
}

impl<K> Mentions<K> {
    /// Number of mentions.
    pub(crate) fn count(&self) -> usize {
        self.spans.len()
    }
}

impl<K: Hash + Eq + Clone> Tally<K> {
    pub(crate) fn new() -> Tally<K> {
        Tally { keys: Vec::new(), spans: Vec::new(), slot: HashMap::new() }
    }

    /// Adds a mention of `key`; returns the key's slot (its rank of first appearance).
    pub(crate) fn add(&mut self, key: K, span: Span) -> usize {
        let k = match self.slot.get(&key) {
            Some(&k) => k,
            None => {
                self.slot.insert(key.clone(), self.keys.len());
                self.keys.push(key);
                self.spans.push(Vec::new());
                self.keys.len() - 1
            }
        };
        self.spans[k].push(span);
        k
    }

    /// Every key with its mentions (spans sorted, repeats dropped), in order of first
    /// appearance in the text.
    pub(crate) fn by_first(self) -> Vec<Mentions<K>> {
        let mut out: Vec<Mentions<K>> = self
            .keys
            .into_iter()
            .zip(self.spans)
            .map(|(key, mut spans)| {
                spans.sort_unstable();
                spans.dedup();
                Mentions { key, spans }
            })
            .collect();
        out.sort_by_key(|m| m.spans.first().map_or(usize::MAX, |s| s.start));
        out
    }

    /// Most mentioned first; ties by first appearance.
    pub(crate) fn by_salience(self) -> Vec<Mentions<K>> {
        let mut out = self.by_first();
        out.sort_by_key(|m| std::cmp::Reverse(m.count()));
        out
    }
}
