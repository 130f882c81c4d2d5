//! The tense a sentence gives a time expression.

#[cfg(test)]
use std::ops::Range;

#[cfg(test)]
use super::parser::Parser;

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
    // One lower-case copy on the stack a word: the lists are then matched by length and
    // bytes (this runs for every word of a sentence that holds a bare weekday or month).
    let (mut wb, mut pb) = ([0u8; WORD_BUF], [0u8; WORD_BUF]);
    let w = lower(word, &mut wb);
    let p = prev.map(|p| lower(p, &mut pb));
    let next_is = |n: &str| next.is_some_and(|x| x.eq_ignore_ascii_case(n));
    if matches!(w, b"will" | b"shall" | b"would" | b"upcoming" | b"next" | b"scheduled" | b"slated" | b"planned")
        || (w == b"won" && next_is("'"))
        || (w == b"to" && next_is("be"))
    {
        return Some(Tense::Future);
    }
    if matches!(
        w,
        b"set"
            | b"plan"
            | b"plans"
            | b"planning"
            | b"expected"
            | b"expects"
            | b"due"
            | b"going"
            | b"poised"
            | b"aims"
            | b"intends"
    ) {
        return if next_is("to") { Some(Tense::Future) } else { None };
    }
    // `will last`, `to last`: the verb, no cue.
    if w == b"last" && p.is_some_and(is_modal) {
        return None;
    }
    if matches!(
        w,
        b"was" | b"were" | b"had" | b"did" | b"said" | b"told" | b"ago" | b"earlier" | b"yesterday" | b"last"
    ) {
        return Some(Tense::Past);
    }
    let passive = p.is_some_and(|p| matches!(p, b"be" | b"been" | b"being" | b"is" | b"are" | b"am"));
    if is_irregular_past(w) || (word.len() >= 5 && word.as_bytes()[word.len() - 2..].eq_ignore_ascii_case(b"ed")) {
        return if passive || is_not_verb(w) { None } else { Some(Tense::Past) };
    }
    None
}

/// Room for the longest word of the lists below; a longer word matches none of them.
const WORD_BUF: usize = 16;

/// `word` in ASCII lower case, in `buf`; empty when it does not fit.
fn lower<'a>(word: &str, buf: &'a mut [u8; WORD_BUF]) -> &'a [u8] {
    let Some(out) = buf.get_mut(..word.len()) else { return &[] };
    for (o, b) in out.iter_mut().zip(word.bytes()) {
        *o = b.to_ascii_lowercase();
    }
    out
}

/// Words before a verb's base form (`will last`): no past cue follows them.
fn is_modal(w: &[u8]) -> bool {
    matches!(w, b"will" | b"would" | b"shall" | b"should" | b"can" | b"could" | b"may" | b"might" | b"must" | b"to")
}

/// Common irregular past forms (and `arrived`, `hosted`, `killed`: past forms news uses
/// often).
fn is_irregular_past(w: &[u8]) -> bool {
    matches!(
        w,
        b"met"
            | b"held"
            | b"took"
            | b"went"
            | b"came"
            | b"saw"
            | b"made"
            | b"gave"
            | b"left"
            | b"began"
            | b"spoke"
            | b"fell"
            | b"rose"
            | b"grew"
            | b"shot"
            | b"hit"
            | b"ran"
            | b"swept"
            | b"killed"
            | b"struck"
            | b"fled"
            | b"sent"
            | b"fought"
            | b"lost"
            | b"won"
            | b"led"
            | b"broke"
            | b"drew"
            | b"flew"
            | b"arrived"
            | b"paid"
            | b"sought"
            | b"wrote"
            | b"stood"
            | b"brought"
            | b"hosted"
    )
}

/// Words ending in `-ed` that are no past verb (adjectives, nouns), and past forms that
/// read as adjectives (`united`, `agreed`).
fn is_not_verb(w: &[u8]) -> bool {
    matches!(
        w,
        b"need"
            | b"needed"
            | b"speed"
            | b"proceed"
            | b"exceed"
            | b"succeed"
            | b"indeed"
            | b"embed"
            | b"breed"
            | b"bleed"
            | b"greed"
            | b"creed"
            | b"hundred"
            | b"sacred"
            | b"kindred"
            | b"wicked"
            | b"naked"
            | b"rugged"
            | b"biased"
            | b"united"
            | b"limited"
            | b"based"
            | b"related"
            | b"armed"
            | b"advanced"
            | b"detailed"
            | b"concerned"
            | b"interested"
            | b"unprecedented"
            | b"alleged"
            | b"skilled"
            | b"talented"
            | b"dedicated"
            | b"sophisticated"
            | b"complicated"
            | b"renewed"
            | b"freed"
            | b"agreed"
    )
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

#[cfg(test)]
mod tests {
    use super::{Tense, word_cue};

    /// The list-walking `word_cue` this one replaced, kept as the reference it must agree
    /// with.
    fn word_cue_reference(prev: Option<&str>, word: &str, next: Option<&str>) -> Option<Tense> {
        let is = |w: &str| word.eq_ignore_ascii_case(w);
        let any = |ws: &[&str]| ws.iter().any(|w| word.eq_ignore_ascii_case(w));
        let next_is = |w: &str| next.is_some_and(|n| n.eq_ignore_ascii_case(w));
        if any(&["will", "shall", "would", "upcoming", "next", "scheduled", "slated", "planned"]) {
            return Some(Tense::Future);
        }
        if (is("won") && next_is("'")) || (is("to") && next_is("be")) {
            return Some(Tense::Future);
        }
        if any(&[
            "set", "plan", "plans", "planning", "expected", "expects", "due", "going", "poised", "aims", "intends",
        ]) {
            return if next_is("to") { Some(Tense::Future) } else { None };
        }
        // `will last`, `to last`: the verb, no cue.
        let modal = prev.is_some_and(|p| {
            "will would shall should can could may might must to".split_whitespace().any(|m| p.eq_ignore_ascii_case(m))
        });
        if is("last") && modal {
            return None;
        }
        if any(&["was", "were", "had", "did", "said", "told", "ago", "earlier", "yesterday", "last"]) {
            return Some(Tense::Past);
        }
        let passive =
            prev.is_some_and(|p| ["be", "been", "being", "is", "are", "am"].iter().any(|w| p.eq_ignore_ascii_case(w)));
        if any(&[
            "met", "held", "took", "went", "came", "saw", "made", "gave", "left", "began", "spoke", "fell", "rose",
            "grew", "shot", "hit", "ran", "swept", "killed", "struck", "fled", "sent", "fought", "lost", "won", "led",
            "broke", "drew", "flew", "arrived", "paid", "sought", "wrote", "stood", "brought", "hosted",
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

    #[test]
    fn word_cue_agrees_with_the_list_walking_reference() {
        let words = "will shall would upcoming next scheduled slated planned won to set plan plans planning \
            expected expects due going poised aims intends last was were had did said told ago earlier \
            yesterday met held took went came saw made gave left began spoke fell rose grew shot hit ran \
            swept killed struck fled sent fought lost led broke drew flew arrived paid sought wrote stood \
            brought hosted need needed speed proceed exceed succeed indeed embed breed bleed greed creed \
            hundred sacred kindred wicked naked rugged biased united limited based related armed advanced \
            detailed concerned interested unprecedented alleged skilled talented dedicated sophisticated \
            complicated renewed freed agreed attacked bombed ed red bed fled's talks Monday May overwhelmingly \
            internationalised reed\u{e9}d caf\u{e9} be";
        let prevs = [None, Some("be"), Some("BEEN"), Some("will"), Some("To"), Some("talks"), Some("might")];
        let nexts = [None, Some("to"), Some("TO"), Some("be"), Some("'"), Some("in")];
        for w in words.split_whitespace() {
            for form in [w.to_string(), w.to_uppercase(), w[..1].to_uppercase() + &w[1..]] {
                for p in prevs {
                    for n in nexts {
                        assert_eq!(word_cue(p, &form, n), word_cue_reference(p, &form, n), "{p:?} {form} {n:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn word_cue_rows() {
        /// Name, word before, word, token after, cue.
        type Row<'a> = (&'a str, Option<&'a str>, &'a str, Option<&'a str>, Option<Tense>);
        let rows: &[Row] = &[
            ("future_modal", None, "will", None, Some(Tense::Future)),
            ("plan_before_to", None, "plans", Some("to"), Some(Tense::Future)),
            ("plan_alone", None, "plans", Some("for"), None),
            ("last_after_a_modal_is_a_verb", Some("will"), "last", None, None),
            ("last_alone_is_past", None, "last", None, Some(Tense::Past)),
            ("irregular_past", None, "MET", None, Some(Tense::Past)),
            ("passive_participle", Some("been"), "held", None, None),
            ("ed_verb", None, "shelled", None, Some(Tense::Past)),
            ("ed_adjective", None, "United", None, None),
            ("long_ed_word", None, "internationalised", None, Some(Tense::Past)),
        ];
        for &(name, p, w, n, want) in rows {
            assert_eq!(word_cue(p, w, n), want, "{name}");
        }
    }
}
