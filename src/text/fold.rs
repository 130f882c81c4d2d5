//! Folding for matching: lower case, diacritics dropped, apostrophe and hyphen
//! look-alikes made one, from a table generated from Unicode data
//! (`scripts/gen_fold.py`, version in [`UNICODE_VERSION`]).

use super::fold_table::FOLD;
#[cfg(test)]
use super::fold_table::UNICODE_VERSION;

/// The folded form of one char: up to three chars (`ß` gives `ss`, `İ` lower-cases to
/// two chars), passed to `f` one by one.
#[inline]
pub(crate) fn fold_char(c: char, mut f: impl FnMut(char)) {
    if c.is_ascii() {
        f(c.to_ascii_lowercase());
        return;
    }
    for l in c.to_lowercase() {
        match FOLD.binary_search_by_key(&l, |&(k, _, _)| k) {
            Ok(i) => {
                let (_, a, b) = FOLD[i];
                f(a);
                if b != '\0' {
                    f(b);
                }
            }
            // Combining marks left over (`i̇` from `İ`) fold to nothing.
            Err(_) if is_combining(l) => {}
            Err(_) => f(l),
        }
    }
}

/// Combining diacritical marks (U+0300..U+036F), which folding drops.
fn is_combining(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// `s` folded into `out` (cleared first).
pub(crate) fn fold_into(s: &str, out: &mut String) {
    out.clear();
    for c in s.chars() {
        fold_char(c, |f| out.push(f));
    }
}

/// `s` folded: lower case, no diacritics (`Erdoğan` → `erdogan`, `São Tomé` → `sao tome`).
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Whether two strings fold to the same text, without allocating.
pub(crate) fn same_folded(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    let mut fa = FoldIter::new(a);
    let mut fb = FoldIter::new(b);
    loop {
        match (fa.next(), fb.next()) {
            (None, None) => return true,
            (x, y) if x != y => return false,
            _ => {}
        }
    }
}

/// Whether two strings fold to the same text once white space is left out (`ahead of` and
/// `ahead  of`), without allocating.
pub(crate) fn same_folded_unspaced(a: &str, b: &str) -> bool {
    let keep = |c: &char| !c.is_whitespace();
    FoldIter::new(a).filter(keep).eq(FoldIter::new(b).filter(keep))
}

/// The folded chars of a string, one at a time.
struct FoldIter<'a> {
    chars: std::str::Chars<'a>,
    pending: [char; 4],
    len: usize,
    at: usize,
}

impl<'a> FoldIter<'a> {
    fn new(s: &'a str) -> FoldIter<'a> {
        FoldIter { chars: s.chars(), pending: ['\0'; 4], len: 0, at: 0 }
    }
}

impl Iterator for FoldIter<'_> {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        while self.at == self.len {
            let c = self.chars.next()?;
            self.len = 0;
            self.at = 0;
            let (buf, len) = (&mut self.pending, &mut self.len);
            fold_char(c, |f| {
                if *len < 4 {
                    buf[*len] = f;
                    *len += 1;
                }
            });
        }
        self.at += 1;
        Some(self.pending[self.at - 1])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_latin_letters_and_punctuation() {
        let rows: &[(&str, &str, &str)] = &[
            ("turkish_g", "Erdoğan", "erdogan"),
            ("portuguese", "São Tomé", "sao tome"),
            ("vietnamese_stacked", "Nguyễn Xuân Phúc", "nguyen xuan phuc"),
            ("capitals", "PRESIDENT ERDOĞAN", "president erdogan"),
            ("curly_apostrophe", "Côte d’Ivoire", "cote d'ivoire"),
            ("sharp_s", "Straße", "strasse"),
            ("stroke_letters", "Łódź Ørsted", "lodz orsted"),
            ("dotted_capital_i", "İstanbul", "istanbul"),
            ("non_latin_kept", "Москва", "москва"),
            ("hyphen_lookalike", "Sino\u{2010}Indian", "sino-indian"),
        ];
        for (name, input, want) in rows {
            assert_eq!(fold(input), *want, "{name}");
        }
        assert!(!UNICODE_VERSION.is_empty());
    }

    #[test]
    fn same_folded_agrees_with_fold() {
        for (a, b) in [("Erdoğan", "ERDOGAN"), ("Straße", "STRASSE"), ("Kyiv", "Kyiv"), ("Kyiv", "Kiev")] {
            assert_eq!(same_folded(a, b), fold(a) == fold(b), "{a} / {b}");
        }
    }

    #[test]
    fn same_folded_unspaced_leaves_out_white_space_only() {
        let rows: &[(&str, &str, &str, bool)] = &[
            ("one_space", "ahead of", "ahead of", true),
            ("more_space", "ahead of", "Ahead \n of", true),
            ("no_space", "in what", "inwhat", true),
            ("accents", "sao tome", "São  Tomé", true),
            ("other_word", "ahead of", "ahead on", false),
            ("longer", "ahead of", "ahead off", false),
        ];
        for (name, a, b, want) in rows {
            assert_eq!(same_folded_unspaced(a, b), *want, "{name}");
        }
    }

    #[test]
    fn the_table_is_sorted_and_unique() {
        assert!(FOLD.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
