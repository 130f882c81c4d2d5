//! Stage 4, the main event (SPEC.md, "Main event"): its kind from the trigger lexicon and
//! the verb phrases (`verbs.rs`), its actors, place and time.
//!
//! The event is looked for in the lead first (the first [`LEAD`](crate::text::LEAD)
//! sentences that read as prose), then in the rest of the opening. In each sentence the
//! strongest trigger or verb phrase that is not negated (`denied attacking`, `no plans to
//! meet`) and that has a country to tie to (a country named, a demonym, a combining form,
//! the country of a person named) wins; a weight-1 cue is taken only when the lead has
//! nothing stronger.

mod actors;
mod clause;
mod kind;
mod place;
mod sides;
mod verbs;
mod when;

pub(crate) use kind::EventIndex;

use crate::countries::Countries;
use crate::extractor::Extractor;
use crate::model::{EventKind, Location, Span, Trigger, When};
use crate::people::People;
use crate::text::Doc;
use actors::{actors_in, narrow_actors};

/// The main event's parts.
#[derive(Default)]
pub(crate) struct Main {
    pub kind: Option<EventKind>,
    pub actors: Vec<String>,
    pub source: Vec<String>,
    pub target: Vec<String>,
    pub location: Option<Location>,
    pub when: Option<When>,
}

pub(crate) fn resolve(x: &Extractor, doc: &Doc, people: &People, countries: &Countries) -> Main {
    let sents = &doc.opening;
    let actors_of = |k: usize| actors_in(x, doc, countries, people, &sents[k], k.checked_sub(1).map(|p| &sents[p]));
    let chosen = kind::choose(x, doc, |k| !actors_of(k).is_empty());
    let mut main = Main::default();
    let mut actors = Vec::new();
    if let Some(c) = &chosen {
        let plover = x.events.plover(c.cand.cue);
        actors = narrow_actors(x, doc, countries, plover, &c.sentence, &c.cand, actors_of(c.index));
        main.kind = Some(EventKind {
            code: plover,
            cameo: x.events.cameo(c.cand.cue).and_then(|c| c.get(..2)).map(str::to_string),
            trigger: Trigger {
                text: doc.text[c.cand.start..c.cand.end].to_string(),
                span: Span::new(c.cand.start, c.cand.end),
            },
        });
        main.actors = actors.iter().map(|a| x.countries.code(a.country).to_string()).collect();
    }
    let first = sents.first();
    let (sentence, index, trigger_pos) = match &chosen {
        Some(c) => (Some(&c.sentence), c.index, c.cand.start),
        None => (first, 0, first.map_or(0, |r| r.start)),
    };
    let event = chosen.as_ref().map(|c| (x.events.plover(c.cand.cue), actors.as_slice()));
    main.location = place::locate(x, doc, countries, event, sentence, index);
    main.when = when::when(doc, &x.lexicon, sentence, index, trigger_pos);
    if let Some(c) = &chosen {
        let plover = x.events.plover(c.cand.cue);
        let mut split = sides::sides(x, doc, plover, c.cand.start, &actors);
        // Only a city says whose country the meeting is held in.
        let host =
            main.location.as_ref().filter(|l| l.geonames.is_some()).and_then(|l| x.countries.index_of(&l.country));
        if let Some(h) = host {
            sides::visitor_acts(x, doc, plover, c.cand.start, h, &mut split);
        }
        let codes = |v: &[u16]| v.iter().map(|&c| x.countries.code(c).to_string()).collect();
        main.source = codes(&split.source);
        main.target = codes(&split.target);
    }
    main
}
