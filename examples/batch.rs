//! Processing many texts: one extractor, shared by every thread.
//!
//! `cargo run --release --example batch` (add `--features rayon` to use all cores
//! inside `extract_batch`).

use std::collections::BTreeMap;

fn main() {
    let texts: Vec<String> = (0..1000)
        .map(|i| match i % 3 {
            0 => format!(" date 2024-03-{:02} Protesters marched in Nairobi on Tuesday against new taxes.", 1 + i % 28),
            1 => " date 2024-03-05 The EU imposed new sanctions on Iran over drone deliveries to Russia.".to_string(),
            _ => " date 2024-03-05 Japanese and Philippine coast guards held joint drills off Manila.".to_string(),
        })
        .collect();

    // One call for a slice: input order is kept; all cores with the `rayon` feature.
    let events = newsevent::extract_events(&texts);

    let mut kinds: BTreeMap<String, usize> = BTreeMap::new();
    for e in &events {
        let k = e.kind.as_ref().map_or("none".to_string(), |k| k.code.to_string());
        *kinds.entry(k).or_default() += 1;
    }
    println!("{} events: {kinds:?}", events.len());

    // Or share the extractor across your own threads: it is Send + Sync.
    let x = newsevent::default_extractor();
    std::thread::scope(|s| {
        for chunk in texts.chunks(texts.len() / 2) {
            s.spawn(move || chunk.iter().map(|t| x.extract(t).countries.len()).sum::<usize>());
        }
    });
}
