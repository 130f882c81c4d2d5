//! Small text helpers: word boundaries, case rules, accent folding, sentences.

use std::ops::Range;

/// Names of days and months: never a name or a surname on their own.
pub(crate) const CALENDAR_WORDS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Whether `c` is part of a word for boundary purposes.
pub(crate) fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

/// The char ending at byte `i` (exclusive), if any.
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// The nearest char boundary at or before `at` (the text's length when `at` is past it).
pub(crate) fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
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

/// How a surface form must be written in the text to match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CaseRule {
    /// Exactly as written (acronyms: `US`, `WHO`).
    Exact,
    /// Capitals of the form must be capitals; other letters in any case (names, and
    /// the same names in ALL-CAPS headlines).
    Name,
    /// Any case (topic cues, event triggers, titles).
    Any,
}

impl CaseRule {
    /// The rule for a form: all-capital forms (two letters or more) are exact.
    pub(crate) fn for_form(form: &str, default: CaseRule) -> CaseRule {
        let letters = form.chars().filter(|c| c.is_alphabetic()).count();
        if letters >= 2 && form.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) {
            CaseRule::Exact
        } else {
            default
        }
    }

    /// Whether `written` (found by an ASCII-case-insensitive search for `form`) obeys the rule.
    pub(crate) fn accepts(self, form: &str, written: &str) -> bool {
        match self {
            CaseRule::Any => true,
            CaseRule::Exact => form == written,
            CaseRule::Name => form.chars().zip(written.chars()).all(|(f, w)| {
                if f.is_uppercase() {
                    f == w
                } else {
                    f.eq_ignore_ascii_case(&w)
                }
            }),
        }
    }
}

/// Folds accents of Latin letters to ASCII (`Erdoğan` → `Erdogan`), and curly
/// apostrophes to straight ones. Other characters are kept.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match fold_char(c) {
            Some(r) => out.push_str(r),
            None => out.push(c),
        }
    }
    out
}

fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => "A",
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'Ç' | 'Ć' | 'Č' | 'Ĉ' | 'Ċ' => "C",
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => "c",
        'Ď' | 'Đ' => "D",
        'ď' | 'đ' => "d",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => "E",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'Ğ' | 'Ģ' => "G",
        'ğ' | 'ģ' => "g",
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'Į' | 'İ' => "I",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'Ķ' => "K",
        'ķ' => "k",
        'Ł' | 'Ľ' | 'Ļ' | 'Ĺ' => "L",
        'ł' | 'ľ' | 'ļ' | 'ĺ' => "l",
        'Ñ' | 'Ń' | 'Ň' | 'Ņ' => "N",
        'ñ' | 'ń' | 'ň' | 'ņ' => "n",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => "O",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'Ř' | 'Ŕ' => "R",
        'ř' | 'ŕ' => "r",
        'Ś' | 'Š' | 'Ş' | 'Ș' => "S",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'ß' => "ss",
        'Ť' | 'Ţ' | 'Ț' => "T",
        'ť' | 'ţ' | 'ț' => "t",
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' | 'Ų' => "U",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'Ý' | 'Ÿ' => "Y",
        'ý' | 'ÿ' => "y",
        'Ź' | 'Ż' | 'Ž' => "Z",
        'ź' | 'ż' | 'ž' => "z",
        'Æ' => "AE",
        'æ' => "ae",
        'Œ' => "OE",
        'œ' => "oe",
        '\u{2019}' | '\u{2018}' | '\u{02bc}' => "'",
        _ => return None,
    })
}

/// Whether a word is written with a capital first letter.
pub(crate) fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Adm", "Sgt", "Rep", "Sen", "Gov", "Rev", "St",
    "Jr", "Sr", "No", "Nos", "vs", "Vol", "Inc", "Ltd", "Co", "Corp", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
    "Sep", "Sept", "Oct", "Nov", "Dec", "Mt", "Ft", "approx", "est", "Brig", "Cdr", "Cmdr", "Pres",
];

/// The longest sentence, in bytes: longer runs are cut at the next space.
pub(crate) const MAX_SENTENCE: usize = 2000;

/// Splits `text[range]` into sentences (byte ranges, trimmed). A sentence ends at `.`,
/// `!` or `?` followed by white space and a capital, digit or quote (but not after `Mr.`,
/// `Dr.`, `U.S.`, an initial or inside a decimal number), and at every line break.
pub(crate) fn sentences(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
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
        if b == b'\n' {
            push(&mut out, start, i);
            start = i + 1;
        } else if i - start >= MAX_SENTENCE && b == b' ' {
            // No real sentence is this long: cut text without sentence ends (a 50 MB line)
            // into pieces, so work per sentence stays bounded.
            push(&mut out, start, i);
            start = i + 1;
        } else if (b == b'.' || b == b'!' || b == b'?') && ends_sentence(body, i) {
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

fn ends_sentence(body: &str, i: usize) -> bool {
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
    if let Some(c) = next {
        if !(c.is_uppercase()
            || c.is_ascii_digit()
            || matches!(c, '"' | '\'' | '\u{201c}' | '\u{2018}' | '(' | '[' | '\r' | '\n'))
        {
            return false;
        }
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
        return next.is_some_and(|_| starts_with_function_word(trimmed));
    }
    !ABBREVIATIONS.contains(&core)
}

fn starts_with_function_word(s: &str) -> bool {
    let w: &str = s.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    matches!(
        w,
        "The"
            | "A"
            | "An"
            | "It"
            | "He"
            | "She"
            | "They"
            | "We"
            | "I"
            | "This"
            | "That"
            | "In"
            | "On"
            | "But"
            | "And"
            | "However"
            | "Meanwhile"
            | "Earlier"
            | "Later"
            | "Its"
            | "His"
            | "Her"
            | "Their"
            | "There"
    )
}

/// Collapses runs of white space into one space.
pub(crate) fn normalise_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        sentences(t, 0..t.len()).into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn sentence_splitter_knows_abbreviations() {
        assert_eq!(split("Mr. Modi met Dr. Rao. They spoke."), ["Mr. Modi met Dr. Rao.", "They spoke."]);
        assert_eq!(split("The U.S. Navy sailed. It returned."), ["The U.S. Navy sailed.", "It returned."]);
        assert_eq!(split("Talks with the U.S. The rest."), ["Talks with the U.S.", "The rest."]);
        assert_eq!(split("Growth was 1.2 per cent. Prices rose."), ["Growth was 1.2 per cent.", "Prices rose."]);
        assert_eq!(split("S. Jaishankar spoke. He left."), ["S. Jaishankar spoke.", "He left."]);
        assert_eq!(split("Title line\nBody starts here."), ["Title line", "Body starts here."]);
        assert_eq!(split("\"We agree.\" He said."), ["\"We agree.\"", "He said."]);
    }

    #[test]
    fn case_rules() {
        assert!(CaseRule::Name.accepts("India", "INDIA"));
        assert!(!CaseRule::Name.accepts("Turkey", "turkey"));
        assert!(CaseRule::Exact.accepts("US", "US"));
        assert!(!CaseRule::Exact.accepts("US", "us"));
        assert_eq!(CaseRule::for_form("WHO", CaseRule::Name), CaseRule::Exact);
        assert_eq!(CaseRule::for_form("U.S.", CaseRule::Name), CaseRule::Exact);
        assert_eq!(CaseRule::for_form("India", CaseRule::Name), CaseRule::Name);
    }

    #[test]
    fn folding() {
        assert_eq!(fold("Erdoğan"), "Erdogan");
        assert_eq!(fold("São Tomé"), "Sao Tome");
        assert_eq!(fold("Côte d’Ivoire"), "Cote d'Ivoire");
    }
}
