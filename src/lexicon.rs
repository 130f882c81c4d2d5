//! The named word lists of `data/words.tsv`: open-class words the stages read (words that
//! start no name, reporting verbs, clause markers, abbreviations, ...), each list a set of
//! words or short phrases, looked up by folded token keys.

use crate::gazetteer::WordRow;
use crate::hash::FastMap;
use crate::text::fold::{fold, same_folded, same_folded_unspaced};
use crate::text::token::{SPACE, Token, key_of, tokenize};

/// The word lists (the `list` column of `data/words.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum List {
    /// Capitalised words that never start or continue a person's name.
    NotName,
    /// Nouns that make the name before them a place or thing (`Charles de Gaulle Airport`).
    NamedAfter,
    /// Nouns that make the name before them a place or thing but are surnames too (`Park`,
    /// `Hall`): they void the name before them without ending a name being read.
    NamedAfterWeak,
    /// Surnames too common to name one person alone.
    CommonSurname,
    /// Countries (ISO3) whose names are written family name first.
    FamilyFirst,
    /// Lower-case particles inside names (`bin`, `von`).
    NameParticle,
    /// Phrases that open a byline or a credit (`Reporting by`).
    Credit,
    /// Verbs that report what someone else did (`said`).
    ReportingVerb,
    /// Words that open a side clause (`following`, `, which`).
    ClauseMarker,
    /// Words that open a sentence with a side clause up to its first comma (`Amid`).
    Fronted,
    /// Pronouns that continue the previous sentence's subject.
    Pronoun,
    /// Abbreviations after which a period does not end a sentence.
    Abbreviation,
    /// Function words: capitalised, they make no name and may open a sentence.
    FunctionWord,
    /// Prepositions before the place of an event (`in`, `at`).
    PlacePreposition,
    /// Prepositions before the target of an attack (`on`, `against`).
    TargetPreposition,
    /// Nouns after which `of` introduces a place (`the outskirts of`).
    PlaceNoun,
    /// Auxiliaries before a passive participle (`was attacked`, `been sanctioned`).
    PassiveAuxiliary,
    /// Phrases that open a photo caption (`In this photo released by`, `FILE PHOTO`).
    Caption,
    /// Phrases that open a photo's credit right after its caption (`Photo by Yonhap`): the
    /// sentence before is the caption.
    PhotoCredit,
    /// Nouns that tie a person to the last place the text named: `the city's police chief
    /// X`, `Resident X`.
    LocalNoun,
    /// Determiners and possessives: a verb form right after one is a noun (`the attack`).
    Determiner,
    /// Relative pronouns: after a noun, they open a clause about it (`a brigade that is meant
    /// to ...`), whose verbs do not name the event; after a name and a comma, a clause that
    /// is no apposition (`Ravi Rao, who met ...`).
    RelativePronoun,
    /// Verbs of hosting (`hosted`, `welcomed`): their subject receives a visit.
    HostVerb,
}

impl List {
    /// Every list with its name in the table.
    pub(crate) const NAMES: &'static [(&'static str, List)] = &[
        ("abbreviation", List::Abbreviation),
        ("caption", List::Caption),
        ("clause_marker", List::ClauseMarker),
        ("common_surname", List::CommonSurname),
        ("credit", List::Credit),
        ("determiner", List::Determiner),
        ("family_first", List::FamilyFirst),
        ("fronted", List::Fronted),
        ("function_word", List::FunctionWord),
        ("host_verb", List::HostVerb),
        ("local_noun", List::LocalNoun),
        ("name_particle", List::NameParticle),
        ("named_after", List::NamedAfter),
        ("named_after_weak", List::NamedAfterWeak),
        ("not_name", List::NotName),
        ("passive_auxiliary", List::PassiveAuxiliary),
        ("photo_credit", List::PhotoCredit),
        ("place_noun", List::PlaceNoun),
        ("place_preposition", List::PlacePreposition),
        ("pronoun", List::Pronoun),
        ("relative_pronoun", List::RelativePronoun),
        ("reporting_verb", List::ReportingVerb),
        ("target_preposition", List::TargetPreposition),
    ];
    const COUNT: usize = 23;

    fn index(self) -> usize {
        self as usize
    }
}

/// One entry: its tokens' keys, and its folded text (to rule out key collisions).
#[derive(Debug, Clone)]
struct Entry {
    keys: Box<[(u32, bool)]>,
    folded: Box<str>,
}

/// Every list, indexed by the key of each entry's first token.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lexicon {
    lists: Vec<FastMap<u32, Vec<Entry>>>,
    raw: Vec<Vec<String>>,
}

impl Lexicon {
    /// The lists of a gazetteer's `Words` rows.
    pub(crate) fn new(rows: &[WordRow]) -> Lexicon {
        let mut lists: Vec<FastMap<u32, Vec<Entry>>> = vec![FastMap::default(); List::COUNT];
        let mut raw = vec![Vec::new(); List::COUNT];
        let mut toks = Vec::new();
        for r in rows {
            toks.clear();
            tokenize(&r.word, &mut toks);
            let Some(first) = toks.first() else { continue };
            let keys: Box<[(u32, bool)]> =
                toks.iter().enumerate().map(|(k, t)| (t.key, k > 0 && !t.is(SPACE))).collect();
            let entry = Entry { keys, folded: fold(&r.word).into() };
            lists[r.list.index()].entry(first.key).or_default().push(entry);
            raw[r.list.index()].push(r.word.clone());
        }
        Lexicon { lists, raw }
    }

    /// Whether one word is in a list (case and accents folded).
    pub(crate) fn has(&self, list: List, word: &str) -> bool {
        self.lists[list.index()]
            .get(&key_of(word))
            .is_some_and(|es| es.iter().any(|e| e.keys.len() == 1 && same_folded(&e.folded, word)))
    }

    /// Whether token `t` of `text` is a one-word entry of a list.
    pub(crate) fn has_token(&self, list: List, text: &str, t: &Token) -> bool {
        self.lists[list.index()]
            .get(&t.key)
            .is_some_and(|es| es.iter().any(|e| e.keys.len() == 1 && same_folded(&e.folded, t.text(text))))
    }

    /// The number of tokens of the longest entry of `list` that starts at token `i`.
    pub(crate) fn phrase_at(&self, list: List, text: &str, tokens: &[Token], i: usize) -> Option<usize> {
        let first = tokens.get(i)?;
        let es = self.lists[list.index()].get(&first.key)?;
        es.iter()
            .filter(|e| {
                e.keys.iter().enumerate().all(|(k, &(key, joined))| {
                    tokens.get(i + k).is_some_and(|t| t.key == key && (k == 0 || joined != t.is(SPACE)))
                })
            })
            .filter(|e| {
                let (s, end) = (first.start as usize, tokens[i + e.keys.len() - 1].end as usize);
                text.get(s..end).is_some_and(|w| same_folded_unspaced(&e.folded, w))
            })
            .map(|e| e.keys.len())
            .max()
    }

    /// The entries of a list as written in the table.
    pub(crate) fn words(&self, list: List) -> &[String] {
        &self.raw[list.index()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_sorted_unique_and_complete() {
        assert!(List::NAMES.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(List::NAMES.len(), List::COUNT);
        let mut seen: Vec<usize> = List::NAMES.iter().map(|(_, l)| l.index()).collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..List::COUNT).collect::<Vec<_>>());
    }

    #[test]
    fn lookups_fold_case_and_find_phrases() {
        let rows = [
            WordRow { list: List::NotName, word: "Office".into() },
            WordRow { list: List::ClauseMarker, word: ", which".into() },
            WordRow { list: List::ClauseMarker, word: "in response to".into() },
        ];
        let lex = Lexicon::new(&rows);
        assert!(lex.has(List::NotName, "OFFICE"));
        assert!(!lex.has(List::NotName, "Offices"));
        assert!(!lex.has(List::Credit, "Office"));
        let text = "It fell , which hurt, in response to talks";
        let mut toks = Vec::new();
        tokenize(text, &mut toks);
        assert_eq!(lex.phrase_at(List::ClauseMarker, text, &toks, 2), Some(2));
        assert_eq!(lex.phrase_at(List::ClauseMarker, text, &toks, 6), Some(3));
        assert_eq!(lex.phrase_at(List::ClauseMarker, text, &toks, 0), None);
    }
}
