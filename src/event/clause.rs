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

/// Where the reason a main clause ending at byte `end` gives ends, when that clause ends at
/// `over` (`warned of retaliation over the drills, the agency said`): at the next comma,
/// semicolon, colon or clause marker, else the sentence's end.
pub(super) fn reason_end(lex: &Lexicon, doc: &Doc, s: &Range<usize>, end: usize) -> Option<usize> {
    let at = doc.text.get(end..s.end)?;
    if !(at.len() > 5 && at[..4].eq_ignore_ascii_case("over") && at[4..].starts_with(' ')) {
        return None;
    }
    let toks = doc.tokens_in(&(end..s.end));
    let stop = (toks.start + 1..toks.end).find(|&i| {
        matches!(doc.tokens[i].text(doc.text), "," | ";" | ":")
            || lex.phrase_at(List::ClauseMarker, doc.text, &doc.tokens, i).is_some()
    });
    Some(stop.map_or(s.end, |i| doc.tokens[i].start as usize))
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

/// The clauses of one sentence, read left to right: each token is looked at about once
/// however many verbs the sentence holds.
pub(super) struct Clauses {
    /// The sentence's tokens.
    sent: Range<usize>,
    /// The start of the clause of the last token scanned.
    start: usize,
    /// Tokens before this one are scanned.
    scanned: usize,
    /// The first clause break after the last verb asked for.
    end: usize,
}

impl Clauses {
    /// The clauses of a sentence (its tokens).
    pub(super) fn new(sent: Range<usize>) -> Clauses {
        Clauses { start: sent.start, scanned: sent.start, end: sent.start, sent }
    }

    /// The clause around tokens `at` (at or after those asked for before): from the last
    /// comma, semicolon, colon or clause marker before it to the next one after it (a
    /// clause marker opens its clause).
    pub(super) fn around(&mut self, lex: &Lexicon, doc: &Doc, at: &Range<usize>) -> Range<usize> {
        let punct = |i: usize| matches!(doc.tokens[i].text(doc.text), "," | ";" | ":");
        let marker = |i: usize| lex.phrase_at(List::ClauseMarker, doc.text, &doc.tokens, i).is_some();
        for i in self.scanned..at.start {
            if punct(i) {
                self.start = i + 1;
            } else if marker(i) {
                self.start = i;
            }
        }
        self.scanned = self.scanned.max(at.start);
        if self.end < at.end {
            self.end = (at.end..self.sent.end).find(|&i| punct(i) || marker(i)).unwrap_or(self.sent.end);
        }
        self.start..self.end.max(at.end)
    }
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
