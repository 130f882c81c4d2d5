//! Names as the news spells them (SPEC.md, "People": transliteration variants): the
//! spellings of a known name that English newswires use interchangeably, generated from
//! `data/name_variants.tsv` (`word` rows: a name word and its other spellings, also for
//! each part of a hyphenated word; `suffix` rows: interchangeable endings of a long last
//! word). Other kinds of rows are kept for the rules to come.

use crate::gazetteer::{VariantKind, VariantRow};
use crate::hash::FastMap;
use crate::text::fold::fold;

/// At most this many spellings are generated for one name (the name itself not counted).
const MAX_VARIANTS: usize = 16;
/// A suffix row applies to a last word of at least this many letters...
const SUFFIX_MIN_WORD: usize = 5;
/// ...that keeps at least this many letters before the ending.
const SUFFIX_MIN_STEM: usize = 2;

/// The word classes and endings of the variant table.
#[derive(Debug, Clone, Default)]
pub(crate) struct Variants {
    /// Folded word -> its class.
    word_class: FastMap<String, u32>,
    classes: Vec<Vec<String>>,
    /// Groups of interchangeable endings, in lower case.
    endings: Vec<Vec<String>>,
}

impl Variants {
    /// The classes of `rows` (`word` and `suffix` kinds).
    pub(crate) fn new(rows: &[VariantRow]) -> Variants {
        let mut v = Variants::default();
        for r in rows {
            match r.kind {
                VariantKind::Word => {
                    let class = v.classes.len() as u32;
                    for s in &r.spellings {
                        v.word_class.entry(fold(s)).or_insert(class);
                    }
                    v.classes.push(r.spellings.clone());
                }
                VariantKind::Suffix => v.endings.push(r.spellings.iter().map(|s| s.to_lowercase()).collect()),
                _ => {}
            }
        }
        v
    }

    /// The other spellings of `name` (each word by its class, the last word's ending by its
    /// group), at most [`MAX_VARIANTS`], pushed to `out`.
    pub(crate) fn of(&self, name: &str, out: &mut Vec<String>) {
        let words: Vec<&str> = name.split(' ').collect();
        let options: Vec<Vec<String>> =
            words.iter().enumerate().map(|(k, w)| self.word_options(w, k + 1 == words.len())).collect();
        let mut combos: Vec<String> = vec![String::new()];
        for (k, opts) in options.iter().enumerate() {
            let mut next = Vec::with_capacity(combos.len() * opts.len());
            for c in &combos {
                for o in opts {
                    if next.len() > MAX_VARIANTS {
                        break;
                    }
                    let mut s = c.clone();
                    if k > 0 {
                        s.push(' ');
                    }
                    s.push_str(o);
                    next.push(s);
                }
            }
            combos = next;
        }
        out.extend(combos.into_iter().filter(|c| c != name).take(MAX_VARIANTS));
    }

    /// A word's spellings, itself first: its class, or its hyphenated parts' classes, and
    /// for the last word its other endings.
    fn word_options(&self, word: &str, last: bool) -> Vec<String> {
        let mut opts = vec![word.to_string()];
        if let Some(&c) = self.word_class.get(&fold(word)) {
            opts.extend(self.classes[c as usize].iter().filter(|s| *s != word).cloned());
        } else if word.contains('-') {
            for (k, part) in word.split('-').enumerate() {
                let Some(&c) = self.word_class.get(&fold(part)) else { continue };
                for s in self.classes[c as usize].iter().filter(|s| *s != part) {
                    let mut parts: Vec<&str> = word.split('-').collect();
                    parts[k] = s;
                    opts.push(parts.join("-"));
                }
            }
        }
        if last {
            let more: Vec<String> = opts.iter().flat_map(|o| self.other_endings(o)).collect();
            opts.extend(more);
        }
        opts.dedup();
        opts
    }

    /// The word with each interchangeable ending in place of its longest listed one.
    fn other_endings(&self, word: &str) -> Vec<String> {
        let letters = word.chars().count();
        if letters < SUFFIX_MIN_WORD || !word.is_ascii() {
            return Vec::new();
        }
        let lower = word.to_ascii_lowercase();
        let best = self
            .endings
            .iter()
            .flat_map(|g| g.iter().map(move |e| (e, g)))
            .filter(|(e, _)| lower.ends_with(e.as_str()) && letters >= e.len() + SUFFIX_MIN_STEM)
            .max_by_key(|(e, _)| e.len());
        let Some((ending, group)) = best else { return Vec::new() };
        let stem = &word[..word.len() - ending.len()];
        group.iter().filter(|e| *e != ending).map(|e| format!("{stem}{e}")).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Variants {
        let row = |kind, s: &str| VariantRow { kind, spellings: s.split(';').map(String::from).collect() };
        Variants::new(&[
            row(VariantKind::Word, "Mostafa;Moustafa;Mustafa"),
            row(VariantKind::Word, "Ahmed;Ahmad"),
            row(VariantKind::Suffix, "sky;skyy;skiy;skyi"),
            row(VariantKind::Suffix, "nayake;nayaka"),
        ])
    }

    fn variants(name: &str) -> Vec<String> {
        let mut out = Vec::new();
        table().of(name, &mut out);
        out
    }

    #[test]
    fn word_classes() {
        assert_eq!(variants("Mostafa Madbouly"), ["Moustafa Madbouly", "Mustafa Madbouly"]);
    }

    #[test]
    fn endings_of_the_last_word() {
        assert_eq!(variants("Anura Kumara Dissanayake"), ["Anura Kumara Dissanayaka"]);
        assert_eq!(
            variants("Volodymyr Zelensky"),
            ["Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Volodymyr Zelenskyi"]
        );
    }

    #[test]
    fn short_words_keep_their_ending() {
        assert!(variants("Ivan Sky").is_empty());
    }

    #[test]
    fn hyphenated_parts() {
        assert_eq!(variants("Hossein Amir-Ahmed"), ["Hossein Amir-Ahmad"]);
    }

    #[test]
    fn bounded() {
        let many = "Ahmed Ahmed Ahmed Ahmed Ahmed Ahmed";
        assert!(variants(many).len() <= MAX_VARIANTS);
    }
}
