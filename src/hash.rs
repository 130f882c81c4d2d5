//! A fast hasher (FNV-1a, 64 bit) for the maps built once from gazetteer data, where
//! SipHash's protection against crafted keys buys nothing and costs a tenth of the
//! build. Maps keyed by the text of an article keep the standard hasher.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a over the bytes written.
#[derive(Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A `HashMap` with [`Fnv`].
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// A `HashSet` with [`Fnv`].
pub(crate) type FastSet<K> = std::collections::HashSet<K, BuildHasherDefault<Fnv>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv_known_values_and_map() {
        // Published FNV-1a 64 test vectors.
        let h = |s: &str| {
            let mut f = Fnv::default();
            f.write(s.as_bytes());
            f.finish()
        };
        assert_eq!(h(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(h("a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(h("foobar"), 0x8594_4171_f739_67e8);
        let mut m: FastMap<String, usize> = FastMap::default();
        m.insert("india".into(), 1);
        m.insert("japan".into(), 2);
        assert_eq!((m.get("india"), m.get("japan"), m.get("china")), (Some(&1), Some(&2), None));
    }
}
