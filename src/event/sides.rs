//! Who does it to whom (SPEC.md, `source` and `target`): the actors split around the
//! event's trigger. The side written before the trigger acts (`India conducts missile strikes
//! on Pakistan`), the sides after it are acted on; a passive (`was attacked by`) turns it
//! round. Between equals (talks, a deal) the side named first is the source. One state's own
//! affair (a protest, an arrest, an attack inside it) has that state on both sides; a lone
//! state written after the trigger (`sanctions on Belarus`) is only the target.

use super::actors::Actor;
use super::clause::word_before;
use crate::extractor::Extractor;
use crate::lexicon::List;
use crate::model::Plover;
use crate::text::Doc;

/// The two sides of the main event, as indexes of countries.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Sides {
    pub source: Vec<u16>,
    pub target: Vec<u16>,
}

/// Splits `actors` (in text order) into the side that acts and the side acted on, for an
/// event of kind `plover` whose trigger starts at byte `trigger`.
pub(super) fn sides(x: &Extractor, doc: &Doc, plover: Plover, trigger: usize, actors: &[Actor]) -> Sides {
    let countries = |a: &[Actor]| a.iter().map(|a| a.country).collect::<Vec<_>>();
    match actors {
        [] => Sides::default(),
        [one] => lone(x, doc, plover, trigger, *one),
        _ => {
            let passive = passive_before(x, doc.text, trigger);
            let split = actors.iter().position(|a| a.pos > trigger).unwrap_or(actors.len());
            let (before, after) = actors.split_at(split);
            let (acting, acted) =
                if passive && !before.is_empty() && !after.is_empty() { (after, before) } else { (before, after) };
            match acting.split_first() {
                // The first side named acts; the others before the trigger are acted on with
                // those after it (`Israel and Hamas agreed a truce`).
                Some((first, rest)) => Sides {
                    source: vec![first.country],
                    target: countries(rest).into_iter().chain(countries(acted)).collect(),
                },
                None => Sides { source: vec![acted[0].country], target: countries(&acted[1..]) },
            }
        }
    }
}

/// A single state: both sides of its own affair, the target when written after the trigger
/// as what is acted on, else the side that acts.
fn lone(x: &Extractor, doc: &Doc, plover: Plover, trigger: usize, a: Actor) -> Sides {
    let after_target_word =
        a.pos > trigger && word_before(doc.text, a.pos).is_some_and(|w| x.lexicon.has(List::TargetPreposition, w));
    let own_affair =
        matches!(plover, Plover::Protest | Plover::Coerce) || (plover == Plover::Assault && !after_target_word);
    if own_affair {
        return Sides { source: vec![a.country], target: vec![a.country] };
    }
    let acted_on = after_target_word
        || (a.pos > trigger
            && matches!(plover, Plover::Sanction | Plover::Support | Plover::Aid | Plover::Accuse | Plover::Threaten));
    if acted_on {
        Sides { source: vec![], target: vec![a.country] }
    } else {
        Sides { source: vec![a.country], target: vec![] }
    }
}

/// A meeting held in one side's city (`Lee met Xi in Gyeongju`, `Japan and India held talks
/// in Tokyo`): the visitor acts and the host is acted on, unless the trigger is a verb of
/// hosting (`Lee hosted Xi`), whose subject acts as host (CAMEO 043).
pub(super) fn visitor_acts(x: &Extractor, doc: &Doc, plover: Plover, trigger: usize, host: u16, sides: &mut Sides) {
    let verb = doc.text[trigger..].split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    if plover != Plover::Consult || sides.source != [host] || x.lexicon.has(List::HostVerb, verb) {
        return;
    }
    if let Some(k) = sides.target.iter().position(|&t| t != host) {
        let visitor = sides.target.remove(k);
        sides.target.insert(0, host);
        sides.source = vec![visitor];
    }
}

/// Whether the trigger is a passive verb (`was attacked`, `were sanctioned`, `has been
/// accused`): the side after it (`by ...`) acts.
fn passive_before(x: &Extractor, text: &str, trigger: usize) -> bool {
    let word = text[trigger..].split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let participle = word.ends_with("ed") || word.ends_with("en");
    participle && word_before(text, trigger).is_some_and(|w| x.lexicon.has(List::PassiveAuxiliary, w))
}
