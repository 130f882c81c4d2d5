//! Clauses of a sentence: where the main clause starts (after a fronted side clause) and
//! ends (at a clause marker), read from the sentence's tokens.

use std::ops::Range;

use crate::lexicon::{Lexicon, List};
use crate::text::Doc;
use crate::text::token::WORD;

/// Where the main clause of a sentence starts: after a fronted side clause (`Amid the
/// Russia-Ukraine war, the Commission recommended ...`).
pub(super) fn main_clause_start(lex: &Lexicon, doc: &Doc, s: &Range<usize>) -> usize {
    let sentence = &doc.text[s.clone()];
    let first = sentence.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    if !first.is_empty()
        && lex.has(List::Fronted, first)
        && let Some(k) = sentence.find(", ")
    {
        return s.start + k + 2;
    }
    s.start
}

/// Where the main clause of a sentence ends: at the first clause marker after its first
/// three words (the sentence's end when there is none).
pub(super) fn main_clause_end(lex: &Lexicon, doc: &Doc, s: &Range<usize>) -> usize {
    let toks = doc.tokens_in(s);
    let mut words = 0;
    for i in toks {
        if words >= 3 && lex.phrase_at(List::ClauseMarker, doc.text, &doc.tokens, i).is_some() {
            return doc.tokens[i].start as usize;
        }
        words += usize::from(doc.tokens[i].is(WORD));
    }
    s.end
}

/// Whether the text between two positions of one sentence stays in one clause: no comma,
/// semicolon or colon, no clause marker.
pub(super) fn same_clause(lex: &Lexicon, doc: &Doc, from: usize, to: usize) -> bool {
    for i in doc.tokens_in(&(from..to)) {
        let t = &doc.tokens[i];
        if matches!(t.text(doc.text), "," | ";" | ":")
            || lex.phrase_at(List::ClauseMarker, doc.text, &doc.tokens, i).is_some()
        {
            return false;
        }
    }
    true
}

/// The clause around tokens `at` of a sentence (`sent`, tokens): from the last comma,
/// semicolon, colon or clause marker before it to the next one after it (token indices;
/// a clause marker opens its clause).
pub(super) fn clause_around(lex: &Lexicon, doc: &Doc, sent: &Range<usize>, at: &Range<usize>) -> Range<usize> {
    let punct = |i: usize| matches!(doc.tokens[i].text(doc.text), "," | ";" | ":");
    let marker = |i: usize| lex.phrase_at(List::ClauseMarker, doc.text, &doc.tokens, i).is_some();
    let start = match (sent.start..at.start).rev().find(|&i| punct(i) || marker(i)) {
        Some(i) if punct(i) => i + 1,
        Some(i) => i,
        None => sent.start,
    };
    let end = (at.end..sent.end).find(|&i| punct(i) || marker(i)).unwrap_or(sent.end);
    start..end.max(at.end)
}

/// The start of the last reporting verb (`said`, `told`) between two positions.
pub(super) fn last_reporting_verb(lex: &Lexicon, doc: &Doc, from: usize, to: usize) -> Option<usize> {
    doc.tokens_in(&(from..to))
        .rev()
        .find(|&i| lex.has_token(List::ReportingVerb, doc.text, &doc.tokens[i]))
        .map(|i| doc.tokens[i].start as usize)
}

/// The word before byte `s`, skipping `the`.
pub(super) fn word_before(text: &str, s: usize) -> Option<&str> {
    let before = text.get(..s)?.trim_end();
    let mut words = before.rsplit(|c: char| c.is_whitespace());
    let w = words.next()?;
    if w.eq_ignore_ascii_case("the") {
        return words.next();
    }
    Some(w)
}
