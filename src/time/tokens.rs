//! The time grammar's tokens: words (letters), numbers (digits) and punctuation.

use std::ops::Range;

use super::words::lookup;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Word,
    Num,
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Tok {
    pub(super) s: usize,
    pub(super) e: usize,
    pub(super) k: Kind,
    /// Value of a number (saturating).
    pub(super) v: u32,
    /// A word's entry in the parser's vocabulary: whether it is an anchor; None for other
    /// words and for numbers and punctuation.
    pub(super) voc: Option<bool>,
}

/// Splits `text[range]` into words (alphabetic runs), numbers (ASCII digit
/// runs) and single punctuation chars; whitespace separates. Empty when the
/// range is not valid for `text`.
pub(super) fn tokenize(text: &str, range: Range<usize>) -> Vec<Tok> {
    let mut out = Vec::new();
    let Some(slice) = text.get(range.clone()) else {
        return out;
    };
    let (bytes, base) = (slice.as_bytes(), range.start);
    let mut i = 0;
    while i < bytes.len() {
        // ASCII bytes are read as they are; other chars are decoded (a slice of a str
        // starts every char at a boundary).
        let (c, len) = char_at(slice, i);
        let (s, mut e) = (base + i, i + len);
        if c.is_whitespace() {
            i = e;
            continue;
        }
        if c.is_ascii_digit() {
            let mut v = u32::from(bytes[i] - b'0');
            while e < bytes.len() && bytes[e].is_ascii_digit() {
                v = v.saturating_mul(10).saturating_add(u32::from(bytes[e] - b'0'));
                e += 1;
            }
            out.push(Tok { s, e: base + e, k: Kind::Num, v, voc: None });
        } else if c.is_alphabetic() {
            while e < bytes.len() {
                let (d, n) = char_at(slice, e);
                if !d.is_alphabetic() {
                    break;
                }
                e += n;
            }
            out.push(Tok { s, e: base + e, k: Kind::Word, v: 0, voc: lookup(&bytes[i..e]) });
        } else {
            out.push(Tok { s, e: base + e, k: Kind::Punct, v: 0, voc: None });
        }
        i = e;
    }
    out
}

/// The char starting at byte `i` of `s` (a char boundary), and its length in bytes.
fn char_at(s: &str, i: usize) -> (char, usize) {
    let b = s.as_bytes()[i];
    if b.is_ascii() {
        return (char::from(b), 1);
    }
    let c = s[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
    (c, c.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `char_indices` tokenizer this one replaced, kept as the reference it must agree
    /// with.
    /// Splits `text[range]` into words (alphabetic runs), numbers (ASCII digit
    /// runs) and single punctuation chars; whitespace separates. Empty when the
    /// range is not valid for `text`.
    fn tokenize_reference(text: &str, range: Range<usize>) -> Vec<Tok> {
        let mut out = Vec::new();
        let Some(slice) = text.get(range.clone()) else {
            return out;
        };
        let base = range.start;
        let mut it = slice.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if c.is_whitespace() {
                continue;
            }
            let s = base + i;
            let mut e = s + c.len_utf8();
            if c.is_ascii_digit() {
                let mut v = c as u32 - u32::from(b'0');
                while let Some(&(j, d)) = it.peek() {
                    if !d.is_ascii_digit() {
                        break;
                    }
                    v = v.saturating_mul(10).saturating_add(d as u32 - u32::from(b'0'));
                    e = base + j + 1;
                    it.next();
                }
                out.push(Tok { s, e, k: Kind::Num, v, voc: None });
            } else if c.is_alphabetic() {
                while let Some(&(j, d)) = it.peek() {
                    if !d.is_alphabetic() {
                        break;
                    }
                    e = base + j + d.len_utf8();
                    it.next();
                }
                out.push(Tok { s, e, k: Kind::Word, v: 0, voc: lookup(&text.as_bytes()[s..e]) });
            } else {
                out.push(Tok { s, e, k: Kind::Punct, v: 0, voc: None });
            }
        }
        out
    }

    #[test]
    fn tokens_agree_with_the_char_indices_reference() {
        let texts = [
            "Talks were held on Tuesday, Nov. 3-6, 2024 (local time).",
            "Erdoğan met Zelenskyy in İstanbul on 12.08.2024; 99999999999 troops",
            "  \t\n  ",
            "",
            "a1b2 ١٢٣ naïve café—“quoted” 2024-08-19T10:00Z",
            "Москва, 5 мая: встреча",
        ];
        for t in texts {
            let got = tokenize(t, 0..t.len());
            let want = tokenize_reference(t, 0..t.len());
            let show = |v: &[Tok]| v.iter().map(|t| (t.s, t.e, t.k, t.v, t.voc)).collect::<Vec<_>>();
            assert_eq!(show(&got), show(&want), "{t}");
        }
        assert!(tokenize("abc", 1..9).is_empty());
    }
}
