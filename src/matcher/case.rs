//! How a surface form must be written in the text to match (data/README.md, "Case rule").

use crate::text::fold::fold_char;

/// How a surface form must be written in the text to match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CaseRule {
    /// Exactly as written (acronyms: `US`, `WHO`).
    Exact,
    /// Capitals of the form must be capitals in the text; other letters in any case, accents
    /// folded (names, and the same names in ALL-CAPS headlines).
    Name,
    /// Any case, accents folded (topic cues, event triggers, titles).
    Any,
}

impl CaseRule {
    /// The rule for a form: all-capital forms (two letters or more) are exact.
    pub(crate) fn for_form(form: &str, default: CaseRule) -> CaseRule {
        let mut letters = 0;
        let mut upper = true;
        for c in form.chars().filter(|c| c.is_alphabetic()) {
            letters += 1;
            upper &= c.is_uppercase();
        }
        if letters >= 2 && upper { CaseRule::Exact } else { default }
    }

    /// Whether `written` (the text of a match, found by the folded keys of `form`) obeys
    /// the rule. White space is not compared (the tokens already agree on where it stands);
    /// the folded letters are, so a collision of keys is never a match.
    pub(crate) fn accepts(self, form: &str, written: &str) -> bool {
        // Most matches are written as the form is: every rule accepts that.
        if form == written {
            return true;
        }
        if self == CaseRule::Exact {
            let a = form.chars().filter(|c| !c.is_whitespace());
            let b = written.chars().filter(|c| !c.is_whitespace());
            return a.eq(b);
        }
        if form.is_ascii() && written.is_ascii() {
            return self.accepts_ascii(form, written);
        }
        self.accepts_folded(form, written)
    }

    /// [`CaseRule::accepts`] for ASCII text (most matches): bytes, no folding table.
    fn accepts_ascii(self, form: &str, written: &str) -> bool {
        // White space (the ASCII chars `char::is_whitespace` holds) is not compared.
        fn letters(s: &str) -> impl Iterator<Item = u8> + '_ {
            s.bytes().filter(|b| !matches!(b, b'\t'..=b'\r' | b' '))
        }
        let (mut f, mut w) = (letters(form), letters(written));
        loop {
            match (f.next(), w.next()) {
                (None, None) => return true,
                (Some(fc), Some(wc)) => {
                    if !fc.eq_ignore_ascii_case(&wc)
                        || (self == CaseRule::Name && fc.is_ascii_uppercase() && !wc.is_ascii_uppercase())
                    {
                        return false;
                    }
                }
                _ => return false,
            }
        }
    }

    /// [`CaseRule::accepts`] for any text: folded chars.
    fn accepts_folded(self, form: &str, written: &str) -> bool {
        let mut f = CaseChars::new(form);
        let mut w = CaseChars::new(written);
        loop {
            match (f.next(), w.next()) {
                (None, None) => return true,
                (Some((fc, fu)), Some((wc, wu))) => {
                    if fc != wc || (self == CaseRule::Name && fu && !wu) {
                        return false;
                    }
                }
                _ => return false,
            }
        }
    }
}

/// The folded chars of a string with white space skipped, each with whether the char it
/// came from is a capital.
struct CaseChars<'a> {
    chars: std::str::Chars<'a>,
    buf: [char; 4],
    len: usize,
    at: usize,
    upper: bool,
}

impl<'a> CaseChars<'a> {
    fn new(s: &'a str) -> CaseChars<'a> {
        CaseChars { chars: s.chars(), buf: ['\0'; 4], len: 0, at: 0, upper: false }
    }
}

impl Iterator for CaseChars<'_> {
    type Item = (char, bool);
    fn next(&mut self) -> Option<(char, bool)> {
        while self.at == self.len {
            let c = self.chars.next()?;
            if c.is_whitespace() {
                continue;
            }
            self.upper = c.is_uppercase();
            self.len = 0;
            self.at = 0;
            let (buf, len) = (&mut self.buf, &mut self.len);
            fold_char(c, |x| {
                if *len < 4 {
                    buf[*len] = x;
                    *len += 1;
                }
            });
        }
        self.at += 1;
        Some((self.buf[self.at - 1], self.upper))
    }
}

#[cfg(test)]
mod tests {
    use super::CaseRule::{self, *};

    #[test]
    fn case_rules() {
        let rows: &[(&str, CaseRule, &str, &str, bool)] = &[
            ("name_in_capitals", Name, "India", "INDIA", true),
            ("name_needs_its_capital", Name, "Turkey", "turkey", false),
            ("name_accent_folded", Name, "Erdoğan", "Erdogan", true),
            ("name_capitals_with_accent", Name, "Erdoğan", "ERDOĞAN", true),
            ("name_space_kinds", Name, "New Delhi", "New\u{a0}Delhi", true),
            ("name_different_letters", Name, "Kyiv", "Kiev", false),
            ("exact_acronym", Exact, "US", "US", true),
            ("exact_rejects_pronoun", Exact, "US", "us", false),
            ("any_case", Any, "talks", "TALKS", true),
            ("any_other_letters", Any, "talks", "walks", false),
            ("any_longer", Any, "talk", "talks", false),
            ("name_spaces_left_out", Name, "New Delhi", "New \t Delhi", true),
            ("name_lower_form_any_case", Name, "al-Sabah", "AL-Sabah", true),
            ("name_capital_lost", Name, "al-Sabah", "al-sabah", false),
        ];
        for &(name, rule, form, written, want) in rows {
            assert_eq!(rule.accepts(form, written), want, "{name}");
        }
        for &(name, rule, form, written, _) in rows.iter().filter(|r| r.2.is_ascii() && r.3.is_ascii()) {
            assert_eq!(rule.accepts_ascii(form, written), rule.accepts_folded(form, written), "{name}");
        }
        assert_eq!(CaseRule::for_form("WHO", Name), Exact);
        assert_eq!(CaseRule::for_form("U.S.", Name), Exact);
        assert_eq!(CaseRule::for_form("India", Name), Name);
    }
}
