//! The phrase trie: every surface form as a path of token keys from the root, in one
//! open-addressing table of edges. Built in linear time (no failure links: matches only
//! start at word starts, so the scan walks the trie from each word start and stops at the
//! first missing edge).

/// No node / no pattern.
pub(crate) const NONE: u32 = u32::MAX;
/// The root node.
pub(crate) const ROOT: u32 = 0;

/// Edges `(node, token key, joined)` -> child, and the pattern that ends at each node.
#[derive(Debug, Clone)]
pub(crate) struct Trie {
    /// Edge labels (0 = empty slot); see [`label`].
    labels: Vec<u64>,
    children: Vec<u32>,
    mask: usize,
    edges: usize,
    /// Per node: the pattern ending there, or [`NONE`].
    terminal: Vec<u32>,
}

/// The label of the edge from `node` on a token with `key`; `joined` when no space stands
/// before the token (`U.S.`, `Indo-`), which must agree between form and text.
#[inline]
fn label(node: u32, key: u32, joined: bool) -> u64 {
    let x = (u64::from(node) << 33) | (u64::from(key) << 1) | u64::from(joined);
    // A bijective mix (splitmix64's finaliser), so distinct labels never collide; `| 1`
    // would break that, so the empty slot is told apart by `0` and 0 is remapped.
    let mut z = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^= z >> 31;
    if z == 0 { 0x5555_5555_5555_5555 } else { z }
}

impl Trie {
    /// An empty trie with room for about `n` edges.
    pub(crate) fn with_capacity(n: usize) -> Trie {
        let cap = (n * 2).next_power_of_two().max(64);
        Trie { labels: vec![0; cap], children: vec![NONE; cap], mask: cap - 1, edges: 0, terminal: vec![NONE] }
    }

    /// Number of nodes.
    #[cfg(test)]
    pub(crate) fn nodes(&self) -> usize {
        self.terminal.len()
    }

    /// The child of `node` on a token, if any.
    #[inline]
    pub(crate) fn child(&self, node: u32, key: u32, joined: bool) -> u32 {
        let l = label(node, key, joined);
        let mut i = (l as usize) & self.mask;
        loop {
            let k = self.labels[i];
            if k == l {
                return self.children[i];
            }
            if k == 0 {
                return NONE;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The pattern ending at `node`, or [`NONE`].
    #[inline]
    pub(crate) fn terminal(&self, node: u32) -> u32 {
        self.terminal[node as usize]
    }

    /// The child of `node` on a token, created when missing.
    pub(crate) fn insert(&mut self, node: u32, key: u32, joined: bool) -> u32 {
        if (self.edges + 1) * 2 > self.labels.len() {
            self.grow();
        }
        let l = label(node, key, joined);
        let mut i = (l as usize) & self.mask;
        loop {
            let k = self.labels[i];
            if k == l {
                return self.children[i];
            }
            if k == 0 {
                let child = self.terminal.len() as u32;
                self.terminal.push(NONE);
                self.labels[i] = l;
                self.children[i] = child;
                self.edges += 1;
                return child;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Marks `node` as the end of `pattern`.
    pub(crate) fn set_terminal(&mut self, node: u32, pattern: u32) {
        self.terminal[node as usize] = pattern;
    }

    fn grow(&mut self) {
        let cap = self.labels.len() * 2;
        let labels = std::mem::replace(&mut self.labels, vec![0; cap]);
        let children = std::mem::replace(&mut self.children, vec![NONE; cap]);
        self.mask = cap - 1;
        for (l, c) in labels.into_iter().zip(children) {
            if l != 0 {
                let mut i = (l as usize) & self.mask;
                while self.labels[i] != 0 {
                    i = (i + 1) & self.mask;
                }
                self.labels[i] = l;
                self.children[i] = c;
            }
        }
    }

    /// Heap bytes.
    pub(crate) fn memory_usage(&self) -> usize {
        self.labels.len() * 8 + self.children.len() * 4 + self.terminal.len() * 4
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_find_and_grow() {
        let mut t = Trie::with_capacity(1);
        let mut nodes = Vec::new();
        for k in 0..1000u32 {
            let n = t.insert(ROOT, k, false);
            let m = t.insert(n, k ^ 7, true);
            t.set_terminal(m, k);
            nodes.push((n, m));
        }
        for (k, &(n, m)) in nodes.iter().enumerate() {
            let k = k as u32;
            assert_eq!(t.child(ROOT, k, false), n);
            assert_eq!(t.child(n, k ^ 7, true), m);
            assert_eq!(t.child(n, k ^ 7, false), NONE, "joined is part of the edge");
            assert_eq!(t.terminal(m), k);
        }
        assert_eq!(t.nodes(), 2001);
    }
}
