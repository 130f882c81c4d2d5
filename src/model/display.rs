//! One readable line for each output type, for logs and quick looks; the JSON is the
//! exchange format (`docs/OUTPUT.md`).

use std::fmt;

use super::{CountryMention, Event, EventKind, Location, OrgMention, PersonMention, TopicMention, Trigger, When};

/// `3 mentions`, `1 mention`.
fn count(f: &mut fmt::Formatter<'_>, n: usize, one: &str, many: &str) -> fmt::Result {
    write!(f, "{n} {}", if n == 1 { one } else { many })
}

/// Codes joined by `, `.
fn codes(f: &mut fmt::Formatter<'_>, codes: &[String]) -> fmt::Result {
    f.write_str(&codes.join(", "))
}

/// The headline shortened to `max` chars, with `…` when cut.
fn shortened(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", s[..i].trim_end()),
        None => s.to_string(),
    }
}

impl fmt::Display for Event {
    /// The date, the main event (kind, who to whom, where, when), how much else the text
    /// names, and the headline.
    ///
    /// ```
    /// let e = newsevent::extract_event(
    ///     "date 2022-04-04 India and Japan will hold talks in Tokyo later this month.");
    /// let line = e.to_string();
    /// assert!(line.starts_with(
    ///     "2022-04-04: CONSULT, IND -> JPN, in Tokyo (JPN), later this month (2022-04-04 to 2022-04-30); \
    ///      2 countries, 0 people, 0 organisations, "), "{line}");
    /// assert!(line.ends_with(": India and Japan will hold talks in Tokyo later this month."), "{line}");
    /// assert_eq!(newsevent::Event::default().to_string(), "undated: no main event; 0 countries, 0 people, 0 organisations, 0 topics");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.date {
            Some(d) => write!(f, "{d}: ")?,
            None => f.write_str("undated: ")?,
        }
        match &self.kind {
            Some(k) => f.write_str(k.code.as_str())?,
            None => f.write_str("no main event")?,
        }
        if !self.source.is_empty() && !self.target.is_empty() {
            f.write_str(", ")?;
            codes(f, &self.source)?;
            f.write_str(" -> ")?;
            codes(f, &self.target)?;
        } else if !self.actors.is_empty() {
            f.write_str(", ")?;
            f.write_str(&self.actors.join(" and "))?;
        }
        if let Some(place) = &self.location {
            write!(f, ", in {place}")?;
        }
        if let Some(when) = &self.when {
            write!(f, ", {when}")?;
        }
        f.write_str("; ")?;
        count(f, self.countries.len(), "country", "countries")?;
        f.write_str(", ")?;
        count(f, self.people.len(), "person", "people")?;
        f.write_str(", ")?;
        count(f, self.organizations.len(), "organisation", "organisations")?;
        f.write_str(", ")?;
        count(f, self.topics.len(), "topic", "topics")?;
        if !self.headline.is_empty() {
            write!(f, ": {}", shortened(&self.headline, 120))?;
        }
        Ok(())
    }
}

impl fmt::Display for EventKind {
    /// The PLOVER code, the CAMEO root and the trigger.
    ///
    /// ```
    /// let e = newsevent::extract_event("Pakistan condemned the attack on Tuesday.");
    /// assert_eq!(e.kind.unwrap().to_string(), "ACCUSE (CAMEO 11), `condemned the attack` at 9..29");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code.as_str())?;
        if let Some(cameo) = &self.cameo {
            write!(f, " (CAMEO {cameo})")?;
        }
        write!(f, ", {}", self.trigger)
    }
}

impl fmt::Display for Trigger {
    /// The cue and where it stands.
    ///
    /// ```
    /// let e = newsevent::extract_event("Pakistan condemned the attack on Tuesday.");
    /// assert_eq!(e.kind.unwrap().trigger.to_string(), "`condemned the attack` at 9..29");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` at {}", self.text, self.span)
    }
}

impl fmt::Display for Location {
    /// The place and its country's code.
    ///
    /// ```
    /// let e = newsevent::extract_event("Leaders of India and Japan held talks in Tokyo on Monday.");
    /// assert_eq!(e.location.unwrap().to_string(), "Tokyo (JPN)");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.name, self.country)
    }
}

impl fmt::Display for When {
    /// The expression as written and the days it resolves to.
    ///
    /// ```
    /// let e = newsevent::extract_event("date 2022-04-04 India and Japan will hold talks later this month.");
    /// assert_eq!(e.when.unwrap().to_string(), "later this month (2022-04-04 to 2022-04-30)");
    /// let e = newsevent::extract_event("date 2022-04-04 India and Japan held talks on Monday.");
    /// assert_eq!(e.when.unwrap().to_string(), "on Monday (2022-04-04)");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)?;
        match (self.start, self.end) {
            (Some(s), Some(e)) if s == e => write!(f, " ({s})"),
            (Some(s), Some(e)) => write!(f, " ({s} to {e})"),
            (Some(s), None) => write!(f, " (from {s})"),
            (None, Some(e)) => write!(f, " (until {e})"),
            (None, None) => f.write_str(" (unresolved)"),
        }
    }
}

impl fmt::Display for CountryMention {
    /// The name, the code and the number of references.
    ///
    /// ```
    /// let e = newsevent::extract_event("Russia's foreign minister met Russian envoys.");
    /// assert_eq!(e.countries[0].to_string(), "Russia (RUS), 2 mentions");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}), ", self.name, self.code)?;
        count(f, self.count, "mention", "mentions")
    }
}

impl fmt::Display for PersonMention {
    /// The name, the role and country when known, and the number of mentions; a person the
    /// gazetteer does not know is marked so.
    ///
    /// ```
    /// let e = newsevent::extract_event("date 2022-04-04 Prime Minister Narendra Modi spoke. Modi said more.");
    /// assert_eq!(e.people[0].to_string(), "Narendra Modi (Prime Minister, IND), 2 mentions");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)?;
        match (&self.role, &self.country) {
            (Some(r), Some(c)) => write!(f, " ({r}, {c})")?,
            (Some(x), None) | (None, Some(x)) => write!(f, " ({x})")?,
            (None, None) => {}
        }
        f.write_str(", ")?;
        count(f, self.count, "mention", "mentions")?;
        if !self.known {
            f.write_str(", not in the gazetteer")?;
        }
        Ok(())
    }
}

impl fmt::Display for OrgMention {
    /// The name, the id and the number of mentions.
    ///
    /// ```
    /// let e = newsevent::extract_event("NATO allies met in Brussels.");
    /// let nato = e.organizations.iter().find(|o| o.id == "NATO").unwrap();
    /// assert_eq!(nato.to_string(), format!("{} (NATO), 1 mention", nato.name));
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}), ", self.name, self.id)?;
        count(f, self.count, "mention", "mentions")
    }
}

impl fmt::Display for TopicMention {
    /// The label, the id and the number of cues.
    ///
    /// ```
    /// let e = newsevent::extract_event(
    ///     "The navies began joint naval exercises. The drills include anti-submarine warfare drills and war games.");
    /// let t = e.topics.iter().find(|t| t.id == "military_exercise").unwrap();
    /// assert!(t.to_string().starts_with("Military exercise (military_exercise), "), "{t}");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}), ", self.label, self.id)?;
        count(f, self.count, "cue", "cues")
    }
}
