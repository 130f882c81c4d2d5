//! Stage 1, normalise: the text's structure before anything is matched. Folding
//! ([`fold`]), tokens ([`token`]), sentences ([`sentences`]) and the [`Doc`] that holds
//! them with the body start, the publication date and the lead.

mod doc;
pub(crate) mod fold;
mod fold_table;
mod sentences;
pub(crate) mod token;

pub(crate) use doc::{Doc, LEAD, OPENING, is_prose};
pub(crate) use sentences::sentences;

/// How far into the body (bytes) a dateline or timestamp may stand: menus and bylines
/// come first on some sites.
pub(crate) const DATELINE_WINDOW: usize = 400;

/// Whether `c` is part of a word for boundary purposes.
pub(crate) fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

/// The char ending at byte `i` (exclusive), if any.
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// The char starting at byte `i`, if any.
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// The byte index of the char after the one starting at `i`.
pub(crate) fn next_char(text: &str, i: usize) -> usize {
    match char_at(text, i) {
        Some(c) => i + c.len_utf8(),
        None => text.len(),
    }
}

/// The nearest char boundary at or before `at` (the text's length when `at` is past it).
pub(crate) fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Whether a word is written with a capital first letter.
pub(crate) fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Collapses runs of white space into one space.
pub(crate) fn normalise_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}
