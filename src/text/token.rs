//! Tokens: the text cut once into words (runs of letters and digits) and single
//! punctuation chars, each with the hash of its folded form. The matcher, the sentence
//! structure and the stages after it all read these tokens.

use std::ops::Range;

use super::fold::fold_char;

/// One token: a word (letters and digits) or one punctuation char.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    /// Byte offset of the first byte.
    pub start: u32,
    /// Byte offset after the last byte.
    pub end: u32,
    /// Hash of the folded form ([`key_of`]): equal for `Erdoğan`, `ERDOGAN`, `erdogan`.
    pub key: u32,
    /// [`SPACE`], [`LINE`], [`WORD`], [`CAP`], [`UPPER`], [`DIGIT`].
    pub flags: u16,
}

/// White space stands before the token.
pub(crate) const SPACE: u16 = 1;
/// A line break stands before the token.
pub(crate) const LINE: u16 = 2;
/// The token is a word (letters, digits), not punctuation.
pub(crate) const WORD: u16 = 4;
/// The word starts with a capital letter.
pub(crate) const CAP: u16 = 8;
/// The word has letters, all of them capitals.
pub(crate) const UPPER: u16 = 16;
/// The word starts with an ASCII digit.
pub(crate) const DIGIT: u16 = 32;

impl Token {
    /// The token's byte range.
    pub(crate) fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
    /// Whether the token has flag `f`.
    pub(crate) fn is(&self, f: u16) -> bool {
        self.flags & f != 0
    }
    /// The token's text.
    pub(crate) fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.range()).unwrap_or("")
    }
}

/// The largest text the tokens address (offsets are `u32`): longer input is read up to
/// this many bytes.
pub(crate) const MAX_TEXT: usize = u32::MAX as usize;

/// Streaming FNV-1a over the folded bytes, finished to 32 bits.
#[derive(Clone, Copy)]
struct KeyHash(u64);

impl KeyHash {
    const fn new() -> KeyHash {
        KeyHash(0xcbf2_9ce4_8422_2325)
    }
    #[inline]
    const fn byte(self, b: u8) -> KeyHash {
        KeyHash((self.0 ^ b as u64).wrapping_mul(0x0100_0000_01b3))
    }
    #[inline]
    fn char(self, c: char) -> KeyHash {
        let mut buf = [0u8; 4];
        let mut h = self;
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            h = h.byte(b);
        }
        h
    }
    const fn finish(self) -> u32 {
        let h = self.0 ^ (self.0 >> 29);
        let h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
        ((h >> 32) ^ h) as u32
    }
}

/// The key of one token's text (`Erdoğan` and `ERDOGAN` have the same key).
pub(crate) fn key_of(word: &str) -> u32 {
    let mut h = KeyHash::new();
    for c in word.chars() {
        fold_char(c, |f| h = h.char(f));
    }
    h.finish()
}

/// [`key_of`] for an ASCII word, usable in `const` items (the time grammar's words).
#[cfg(test)]
pub(crate) const fn ascii_key(word: &str) -> u32 {
    let b = word.as_bytes();
    let mut h = KeyHash::new();
    let mut i = 0;
    while i < b.len() {
        h = h.byte(b[i].to_ascii_lowercase());
        i += 1;
    }
    h.finish()
}

/// Whether `c` belongs to a word token (letters, digits, combining marks).
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

/// Cuts `text` (at most [`MAX_TEXT`] bytes of it) into tokens, appended to `out`.
pub(crate) fn tokenize(text: &str, out: &mut Vec<Token>) {
    let end = if text.len() > MAX_TEXT { super::floor_boundary(text, MAX_TEXT) } else { text.len() };
    let b = text.as_bytes();
    let mut i = 0;
    let mut pending = SPACE | LINE;
    while i < end {
        let c = b[i];
        if c.is_ascii_whitespace() {
            pending |= SPACE | if c == b'\n' || c == b'\r' { LINE } else { 0 };
            i += 1;
            continue;
        }
        let (ch, len) = if c < 128 { (c as char, 1) } else { decode(text, i) };
        if ch.is_whitespace() {
            pending |= SPACE | if matches!(ch, '\u{2028}' | '\u{2029}' | '\u{85}') { LINE } else { 0 };
            i += len;
            continue;
        }
        let start = i;
        let token = if is_word_char(ch) {
            let (e, key, flags) = word_at(text, i, end);
            i = e;
            Token { start: start as u32, end: e as u32, key, flags: flags | pending | WORD }
        } else {
            i += len;
            let mut h = KeyHash::new();
            fold_char(ch, |f| h = h.char(f));
            Token { start: start as u32, end: i as u32, key: h.finish(), flags: pending }
        };
        out.push(token);
        pending = 0;
    }
}

fn decode(text: &str, i: usize) -> (char, usize) {
    match text.get(i..).and_then(|s| s.chars().next()) {
        Some(c) => (c, c.len_utf8()),
        None => (' ', 1),
    }
}

/// Reads the word starting at `i`: its end, key and case flags.
fn word_at(text: &str, mut i: usize, end: usize) -> (usize, u32, u16) {
    let b = text.as_bytes();
    let mut h = KeyHash::new();
    let (mut letters, mut upper, mut first) = (0u32, 0u32, true);
    let mut flags = 0;
    while i < end {
        let c = b[i];
        let (ch, len) = if c < 128 {
            if !c.is_ascii_alphanumeric() {
                break;
            }
            h = h.byte(c.to_ascii_lowercase());
            (c as char, 1)
        } else {
            let (ch, len) = decode(text, i);
            if !is_word_char(ch) {
                break;
            }
            fold_char(ch, |f| h = h.char(f));
            (ch, len)
        };
        if first {
            flags |= if ch.is_uppercase() { CAP } else { 0 } | if ch.is_ascii_digit() { DIGIT } else { 0 };
            first = false;
        }
        if ch.is_alphabetic() {
            letters += 1;
            upper += u32::from(ch.is_uppercase());
        }
        i += len;
    }
    if letters > 0 && upper == letters {
        flags |= UPPER;
    }
    (i, h.finish(), flags)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(t: &str) -> Vec<(&str, u16)> {
        let mut out = Vec::new();
        tokenize(t, &mut out);
        out.iter().map(|k| (k.text(t), k.flags)).collect()
    }

    #[test]
    fn words_and_punctuation() {
        let t = toks("The U.S.-China talks, in Côte d’Ivoire.\nNext");
        let words: Vec<&str> = t.iter().map(|x| x.0).collect();
        assert_eq!(
            words,
            ["The", "U", ".", "S", ".", "-", "China", "talks", ",", "in", "Côte", "d", "’", "Ivoire", ".", "Next"]
        );
        assert_eq!(t[0].1, SPACE | LINE | WORD | CAP);
        assert_eq!(t[1].1 & (SPACE | UPPER | WORD), SPACE | UPPER | WORD);
        assert_eq!(t[2].1, 0, "a dot right after a word: no space, not a word");
        assert!(t[15].1 & LINE != 0, "a line break before `Next`");
    }

    #[test]
    fn keys_fold_case_and_accents() {
        assert_eq!(key_of("Erdoğan"), key_of("ERDOGAN"));
        assert_eq!(key_of("’"), key_of("'"));
        assert_eq!(ascii_key("Monday"), key_of("monday"));
        assert_ne!(key_of("India"), key_of("Indiana"));
        let mut out = Vec::new();
        tokenize("ERDOĞAN", &mut out);
        assert_eq!(out[0].key, key_of("Erdogan"));
        assert!(out[0].is(UPPER));
    }

    #[test]
    fn combining_marks_stay_in_the_word() {
        let t = "Tome\u{301} said";
        assert_eq!(toks(t).len(), 2);
    }
}
