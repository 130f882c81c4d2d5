//! The tense a sentence gives a time expression.

#[cfg(test)]
use std::ops::Range;

#[cfg(test)]
use super::parser::Parser;

/// Words before a verb's base form (`will last`): no past cue follows them.
const MODALS: &str = "will would shall should can could may might must to";

/// The tense a sentence gives a time expression, used to resolve bare
/// weekdays ("on Tuesday") and months ("in May").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Tense {
    /// Reported as having happened: the most recent such day or month.
    Past,
    /// Announced or planned: the coming such day or month.
    Future,
    /// No cue: the nearest such day or month.
    Unknown,
}

/// The tense cue of one word, given the word before it and the token after it
/// (both lowercase-insensitive; `next` may be punctuation).
///
/// * Future: `will`, `shall`, `would`, `upcoming`, `next`, `scheduled`,
///   `slated`, `planned`, `won't`, `to be`, and `set|plan|plans|planning|
///   expected|expects|due|going|poised|aims|intends to`.
/// * Past: `was`, `were`, `had`, `did`, `said`, `told`, `ago`, `earlier`,
///   `yesterday`, `last`, common irregular past forms (`met`, `held`, `took`,
///   ...), and words ending in `-ed` (minus a list of adjectives and non-verbs);
///   a participle right after `be`/`been`/`being`/`is`/`are`/`am` is passive
///   or adjectival and gives no cue ("will be held", "is expected").
pub(crate) fn word_cue(prev: Option<&str>, word: &str, next: Option<&str>) -> Option<Tense> {
    let is = |w: &str| word.eq_ignore_ascii_case(w);
    let any = |ws: &[&str]| ws.iter().any(|w| word.eq_ignore_ascii_case(w));
    let next_is = |w: &str| next.is_some_and(|n| n.eq_ignore_ascii_case(w));
    if any(&["will", "shall", "would", "upcoming", "next", "scheduled", "slated", "planned"]) {
        return Some(Tense::Future);
    }
    if (is("won") && next_is("'")) || (is("to") && next_is("be")) {
        return Some(Tense::Future);
    }
    if any(&["set", "plan", "plans", "planning", "expected", "expects", "due", "going", "poised", "aims", "intends"]) {
        return if next_is("to") { Some(Tense::Future) } else { None };
    }
    // `will last`, `to last`: the verb, no cue.
    let modal = prev.is_some_and(|p| MODALS.split_whitespace().any(|m| p.eq_ignore_ascii_case(m)));
    if is("last") && modal {
        return None;
    }
    if any(&["was", "were", "had", "did", "said", "told", "ago", "earlier", "yesterday", "last"]) {
        return Some(Tense::Past);
    }
    let passive =
        prev.is_some_and(|p| ["be", "been", "being", "is", "are", "am"].iter().any(|w| p.eq_ignore_ascii_case(w)));
    if any(&[
        "met", "held", "took", "went", "came", "saw", "made", "gave", "left", "began", "spoke", "fell", "rose", "grew",
        "shot", "hit", "ran", "swept", "killed", "struck", "fled", "sent", "fought", "lost", "won", "led", "broke",
        "drew", "flew", "arrived", "paid", "sought", "wrote", "stood", "brought", "hosted",
    ]) {
        return if passive { None } else { Some(Tense::Past) };
    }
    let b = word.as_bytes();
    if b.len() >= 5 && b[b.len() - 2..].eq_ignore_ascii_case(b"ed") {
        const NOT_VERBS: &[&str] = &[
            "need",
            "needed",
            "speed",
            "proceed",
            "exceed",
            "succeed",
            "indeed",
            "embed",
            "breed",
            "bleed",
            "greed",
            "creed",
            "hundred",
            "sacred",
            "kindred",
            "wicked",
            "naked",
            "rugged",
            "biased",
            "united",
            "limited",
            "based",
            "related",
            "armed",
            "advanced",
            "detailed",
            "concerned",
            "interested",
            "unprecedented",
            "alleged",
            "skilled",
            "talented",
            "dedicated",
            "sophisticated",
            "complicated",
            "renewed",
            "speed",
            "freed",
            "agreed",
        ];
        if passive || NOT_VERBS.iter().any(|w| word.eq_ignore_ascii_case(w)) {
            return None;
        }
        return Some(Tense::Past);
    }
    None
}

/// The tense of `text[range]` for an expression starting at byte `at`: the
/// nearest cue ([`word_cue`]) before `at` in the range decides; when there is
/// none, the nearest cue after it.
#[cfg(test)]
pub(crate) fn tense(text: &str, range: Range<usize>, at: usize) -> Tense {
    let p = Parser::new(text, range, None, false);
    let i = p.t.iter().position(|t| t.s >= at).unwrap_or(p.t.len());
    p.tense_at(i, i)
}
