//! The rules of SPEC.md and of the code, one named row per rule or trap, a module per
//! step of the pipeline in the order data flows. Every row runs through every
//! configuration of [`harness`]: `extract_event`, `extract_events` on a batch (on rayon
//! with `--features rayon`), and an extractor built from the data files with `add_file`.
//!
//! `MUTATIONS.md` lists, for every rule of SPEC.md and of the code, a one-line change to
//! `src/` that switches it off and the named row that then fails (or why none can: dead
//! code, or a rule SPEC.md contradicts). Rules SPEC.md states that the code does not meet
//! yet are rows too, each its own ignored test (`cargo test --test rules -- --ignored`).

mod harness;

mod actors;
mod countries;
mod event_kind;
mod gazetteer;
mod location;
mod matching;
mod normalise;
mod orgs;
mod people;
mod sides;
mod tables;
mod topics;
mod when;
