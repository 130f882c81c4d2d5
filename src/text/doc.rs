//! The [`Doc`]: one text's structure, computed once and shared by every stage.

use std::ops::Range;

use super::sentences;
use super::token::{Token, tokenize};
use crate::date::Date;
use crate::lexicon::{Lexicon, List};
use crate::matcher::Hit;
use crate::time::{body_start, publication_date};

/// Sentences of the lead: where topics weigh double and the main event is looked for first.
pub(crate) const LEAD: usize = 3;
/// Sentences of the opening, where the main event is looked for at all.
pub(crate) const OPENING: usize = 8;

/// One text's structure: its date, body, tokens, sentences and lead, and (after the match
/// stage) the hits of the gazetteer.
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    /// The publication date the text carries.
    pub date: Option<Date>,
    /// The date relative times and roles resolve against: the text's, else the caller's.
    pub reference: Option<Date>,
    /// Byte offset of the body (after a ` date YYYY-MM-DD ` prefix).
    pub body: usize,
    pub tokens: Vec<Token>,
    /// Sentences of the body, in order (byte ranges, trimmed).
    pub sents: Vec<Range<usize>>,
    /// The first [`OPENING`] sentences that read as prose (menus, bylines and photo captions
    /// are skipped), as byte ranges.
    pub opening: Vec<Range<usize>>,
    /// The hits of the match stage, in order, not overlapping.
    pub hits: Vec<Hit>,
}

impl<'a> Doc<'a> {
    /// The structure of `text`; `reference` is the date for a text that carries none.
    pub(crate) fn new(text: &'a str, reference: Option<Date>, lex: &Lexicon) -> Doc<'a> {
        let date = publication_date(text).map(|(d, _)| d);
        let body = body_start(text);
        let sents = sentences(text, body..text.len(), lex);
        let mut tokens = Vec::with_capacity(text.len() / 5 + 8);
        tokenize(text, &mut tokens);
        let not_caption = |k: usize, r: &Range<usize>| {
            !is_caption(text, &tokens, r, lex)
                && !sents.get(k + 1).is_some_and(|next| credits_a_photo(text, &tokens, next, lex))
        };
        let mut opening: Vec<Range<usize>> = sents
            .iter()
            .enumerate()
            .filter(|&(k, r)| is_prose(&text[r.clone()]) && not_caption(k, r))
            .map(|(_, r)| r.clone())
            .take(OPENING)
            .collect();
        // A short text (a headline, `Russia bombed Kyiv.`) is an article too: with no
        // sentence that reads as prose, its sentences are the opening.
        if opening.is_empty() {
            opening = sents
                .iter()
                .enumerate()
                .filter(|&(k, r)| not_caption(k, r))
                .map(|(_, r)| r.clone())
                .take(OPENING)
                .collect();
        }
        Doc { text, date, reference: date.or(reference), body, tokens, sents, opening, hits: Vec::new() }
    }

    /// The first `n` prose sentences (at most [`OPENING`]).
    pub(crate) fn lead_sentences(&self, n: usize) -> &[Range<usize>] {
        &self.opening[..n.min(self.opening.len())]
    }

    /// The lead: the first [`LEAD`] prose sentences.
    pub(crate) fn lead(&self) -> &[Range<usize>] {
        self.lead_sentences(LEAD)
    }

    /// Index of the sentence containing byte `pos`.
    pub(crate) fn sentence_of(&self, pos: usize) -> Option<usize> {
        let i = self.sents.partition_point(|r| r.end <= pos);
        (i < self.sents.len() && self.sents[i].start <= pos).then_some(i)
    }

    /// The tokens that lie in a byte range.
    pub(crate) fn tokens_in(&self, range: &Range<usize>) -> Range<usize> {
        let a = self.tokens.partition_point(|t| (t.start as usize) < range.start);
        let b = self.tokens.partition_point(|t| (t.end as usize) <= range.end);
        a..b.max(a)
    }

    /// The hits that start in a byte range.
    pub(crate) fn hits_in(&self, range: &Range<usize>) -> &[Hit] {
        let a = self.hits.partition_point(|h| h.start < range.start);
        let b = self.hits.partition_point(|h| h.start < range.end);
        &self.hits[a..b.max(a)]
    }
}

/// Whether a sentence is a photo caption (`In this photo released by the Kremlin, ...`,
/// `FILE PHOTO: ...`): its first words are a phrase of the caption list.
fn is_caption(text: &str, tokens: &[Token], s: &Range<usize>, lex: &Lexicon) -> bool {
    let i = tokens.partition_point(|t| (t.start as usize) < s.start);
    lex.phrase_at(List::Caption, text, tokens, i).is_some()
}

/// Whether a sentence opens with a photo's credit (`Photo by Yonhap`), so the one before
/// it is the photo's caption.
fn credits_a_photo(text: &str, tokens: &[Token], s: &Range<usize>, lex: &Lexicon) -> bool {
    let i = tokens.partition_point(|t| (t.start as usize) < s.start);
    lex.phrase_at(List::PhotoCredit, text, tokens, i).is_some()
}

/// Whether a line reads as prose, so menus, bylines and timestamps are skipped: four
/// words of three letters or more, and either two words in lower case or a headline (in
/// capitals or title case, six words or more).
pub(crate) fn is_prose(s: &str) -> bool {
    // One pass, no allocation: words with a letter, those with three letters or more, and
    // those that start in lower case.
    let (mut words, mut long, mut lower) = (0usize, 0usize, 0usize);
    for w in s.split_whitespace() {
        let mut letters = 0;
        for c in w.chars() {
            if c.is_alphabetic() {
                letters += 1;
                if letters == 3 {
                    break;
                }
            }
        }
        if letters == 0 {
            continue;
        }
        words += 1;
        long += usize::from(letters >= 3);
        lower += usize::from(w.chars().next().is_some_and(char::is_lowercase));
        if long >= 4 && lower >= 2 {
            return true;
        }
    }
    long >= 4 && (lower >= 2 || (words >= 6 && lower == 0))
}
