//! The basic call: one article in, one event out.
//!
//! `cargo run --example basic`

fn main() {
    let text = include_str!("article.txt");
    let event = newsevent::extract_event(text);

    println!("date:     {:?}", event.date.map(|d| d.to_string()));
    println!("headline: {}", event.headline);
    if let Some(kind) = &event.kind {
        println!("kind:     {} (CAMEO {:?}) from {:?}", kind.code, kind.cameo, kind.trigger.text);
    }
    println!("actors:   {:?}", event.actors);
    if let Some(place) = &event.location {
        println!("where:    {} ({})", place.name, place.country);
    }
    if let Some(when) = &event.when {
        println!(
            "when:     {:?} = {:?} .. {:?}",
            when.text,
            when.start.map(|d| d.to_string()),
            when.end.map(|d| d.to_string())
        );
    }
    for c in &event.countries {
        println!("country:  {} {} x{}", c.code, c.name, c.count);
    }
    for p in &event.people {
        println!("person:   {} ({:?}, {:?}) x{}", p.name, p.role, p.country, p.count);
    }
    for o in &event.organizations {
        println!("org:      {} {}", o.id, o.name);
    }
    for t in &event.topics {
        println!("topic:    {} x{}", t.id, t.count);
    }
}
