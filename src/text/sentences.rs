//! Sentences: where one ends (`.`, `!`, `?` before a capital, every line break), and
//! where a period does not end one (`Mr.`, `U.S.`, initials, decimals).

use std::ops::Range;

use crate::lexicon::{Lexicon, List};

/// The longest sentence, in bytes: longer runs are cut at the next space.
pub(crate) const MAX_SENTENCE: usize = 2000;

/// Splits `text[range]` into sentences (byte ranges, trimmed). A sentence ends at `.`,
/// `!` or `?` followed by white space and a capital, digit or quote (but not after `Mr.`,
/// `Dr.`, `U.S.`, an initial or inside a decimal number), and at every line break.
pub(crate) fn sentences(text: &str, range: Range<usize>, lex: &Lexicon) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let body = match text.get(range.clone()) {
        Some(b) => b,
        None => return out,
    };
    let base = range.start;
    let bytes = body.as_bytes();
    let mut start = 0;
    let mut i = 0;
    let push = |out: &mut Vec<Range<usize>>, s: usize, e: usize| {
        let piece = &body[s..e];
        let lead = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim();
        if !trimmed.is_empty() {
            out.push(base + s + lead..base + s + lead + trimmed.len());
        }
    };
    while i < bytes.len() {
        let b = bytes[i];
        // Letters (and every byte from `@` on) end nothing: one compare for most bytes.
        if b >= b'@' {
            i += 1;
            continue;
        }
        if b == b'\n' {
            push(&mut out, start, i);
            start = i + 1;
        } else if i - start >= MAX_SENTENCE && b == b' ' {
            // No real sentence is this long: cut text without sentence ends (a 50 MB line)
            // into pieces, so work per sentence stays bounded.
            push(&mut out, start, i);
            start = i + 1;
        } else if (b == b'.' || b == b'!' || b == b'?') && ends_sentence(body, i, lex) {
            // Keep closing quotes and brackets with the sentence.
            let mut e = i + 1;
            while e < bytes.len() && matches!(bytes[e], b'"' | b'\'' | b')') {
                e += 1;
            }
            if body[e..].starts_with('\u{201d}') || body[e..].starts_with('\u{2019}') {
                e += 3;
            }
            push(&mut out, start, e);
            start = e;
            i = e;
            continue;
        }
        i += 1;
    }
    push(&mut out, start, bytes.len());
    out
}

fn ends_sentence(body: &str, i: usize, lex: &Lexicon) -> bool {
    let bytes = body.as_bytes();
    // What follows: white space, then a capital, digit or opening quote.
    let mut j = i + 1;
    while j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')') {
        j += 1;
    }
    let rest = &body[j..];
    let trimmed = rest.trim_start_matches([' ', '\t', '\u{a0}']);
    if trimmed.len() == rest.len() && !rest.is_empty() && !rest.starts_with(['\r', '\n']) {
        return false; // no white space after: `U.S.`, `1.2`, `example.com`
    }
    let next = trimmed.chars().next();
    if let Some(c) = next
        && !(c.is_uppercase()
            || c.is_ascii_digit()
            || matches!(c, '"' | '\'' | '\u{201c}' | '\u{2018}' | '(' | '[' | '\r' | '\n'))
    {
        return false;
    }
    if bytes[i] != b'.' {
        return true;
    }
    // The word before the period.
    let before = &body[..i];
    let word_start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |k| k + before[k..].chars().next().map_or(1, char::len_utf8));
    let word = &before[word_start..];
    if word.is_empty() {
        return true;
    }
    // Initials (`S.`), dotted abbreviations (`U.S.` is `U.S` here) and titles.
    let core = word.trim_matches('.');
    if core.chars().count() == 1 && core.chars().all(char::is_uppercase) {
        return false;
    }
    if word.contains('.') && word.split('.').all(|p| p.chars().count() <= 1) {
        // `U.S.` at the end of a sentence is common: end it only before a clear sentence
        // start (`The`, `A`, `It`...); a following name keeps the sentence going.
        return next.is_some_and(|_| starts_with_function_word(trimmed, lex));
    }
    !lex.has(List::Abbreviation, core)
}

fn starts_with_function_word(s: &str, lex: &Lexicon) -> bool {
    let w: &str = s.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    !w.is_empty() && lex.has(List::FunctionWord, w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;

    fn split(t: &str) -> Vec<&str> {
        let lex = Lexicon::new(&Gazetteer::embedded().words);
        sentences(t, 0..t.len(), &lex).into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn sentence_splitter_knows_abbreviations() {
        let rows: &[(&str, &str, &[&str])] = &[
            ("titles", "Mr. Modi met Dr. Rao. They spoke.", &["Mr. Modi met Dr. Rao.", "They spoke."]),
            (
                "dotted_abbreviation_inside",
                "The U.S. Navy sailed. It returned.",
                &["The U.S. Navy sailed.", "It returned."],
            ),
            ("dotted_abbreviation_at_end", "Talks with the U.S. The rest.", &["Talks with the U.S.", "The rest."]),
            ("decimal", "Growth was 1.2 per cent. Prices rose.", &["Growth was 1.2 per cent.", "Prices rose."]),
            ("initial", "S. Jaishankar spoke. He left.", &["S. Jaishankar spoke.", "He left."]),
            ("line_break", "Title line\nBody starts here.", &["Title line", "Body starts here."]),
            ("closing_quote", "\"We agree.\" He said.", &["\"We agree.\"", "He said."]),
        ];
        for (name, text, want) in rows {
            assert_eq!(split(text), *want, "{name}");
        }
    }
}
