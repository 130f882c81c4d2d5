//! The time grammar's tokens: words (letters), numbers (digits) and punctuation.

use std::ops::Range;

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
}

/// Splits `text[range]` into words (alphabetic runs), numbers (ASCII digit
/// runs) and single punctuation chars; whitespace separates. Empty when the
/// range is not valid for `text`.
pub(super) fn tokenize(text: &str, range: Range<usize>) -> Vec<Tok> {
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
            out.push(Tok { s, e, k: Kind::Num, v });
        } else if c.is_alphabetic() {
            while let Some(&(j, d)) = it.peek() {
                if !d.is_alphabetic() {
                    break;
                }
                e = base + j + d.len_utf8();
                it.next();
            }
            out.push(Tok { s, e, k: Kind::Word, v: 0 });
        } else {
            out.push(Tok { s, e, k: Kind::Punct, v: 0 });
        }
    }
    out
}
