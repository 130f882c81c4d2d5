//! The 16 PLOVER event types.

use serde::{Deserialize, Serialize};

/// The 16 PLOVER event types, serialized in capitals (`"CONSULT"`).
///
/// ```
/// assert_eq!("SANCTION".parse::<newsevent::Plover>().unwrap(), newsevent::Plover::Sanction);
/// assert_eq!(newsevent::Plover::Assault.as_str(), "ASSAULT");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
#[non_exhaustive]
pub enum Plover {
    /// An agreement signed, reached or announced.
    Agree,
    /// A meeting, visit, call, talks, summit or dialogue.
    Consult,
    /// Praise, endorsement, backing, solidarity.
    Support,
    /// A concession: apology, release, easing, compliance.
    Concede,
    /// Cooperation launched or carried out (not aid).
    Cooperate,
    /// Aid given or pledged.
    Aid,
    /// Withdrawal, de-escalation, disarmament.
    Retreat,
    /// A demand, appeal or call for action.
    Request,
    /// Criticism, condemnation, accusation, denial.
    Accuse,
    /// Refusal, veto, rejection, abstention.
    Reject,
    /// A threat of force, sanctions or other action.
    Threaten,
    /// Demonstrations, strikes, rallies.
    Protest,
    /// Sanctions, expulsions, embargoes, cut relations.
    Sanction,
    /// Forces raised, deployed or put on alert.
    Mobilize,
    /// Arrests, bans, seizures, blockades.
    Coerce,
    /// Attacks, fighting, bombing, killing.
    Assault,
}

impl Plover {
    /// All 16 types, in SPEC.md's order.
    pub const ALL: [Plover; 16] = [
        Plover::Agree,
        Plover::Consult,
        Plover::Support,
        Plover::Concede,
        Plover::Cooperate,
        Plover::Aid,
        Plover::Retreat,
        Plover::Request,
        Plover::Accuse,
        Plover::Reject,
        Plover::Threaten,
        Plover::Protest,
        Plover::Sanction,
        Plover::Mobilize,
        Plover::Coerce,
        Plover::Assault,
    ];

    /// The code in capitals, as in the JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Plover::Agree => "AGREE",
            Plover::Consult => "CONSULT",
            Plover::Support => "SUPPORT",
            Plover::Concede => "CONCEDE",
            Plover::Cooperate => "COOPERATE",
            Plover::Aid => "AID",
            Plover::Retreat => "RETREAT",
            Plover::Request => "REQUEST",
            Plover::Accuse => "ACCUSE",
            Plover::Reject => "REJECT",
            Plover::Threaten => "THREATEN",
            Plover::Protest => "PROTEST",
            Plover::Sanction => "SANCTION",
            Plover::Mobilize => "MOBILIZE",
            Plover::Coerce => "COERCE",
            Plover::Assault => "ASSAULT",
        }
    }
}

impl std::fmt::Display for Plover {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error for a string that names no PLOVER type.
///
/// ```
/// assert!("DANCE".parse::<newsevent::Plover>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown PLOVER event type `{0}`")]
pub struct UnknownPlover(pub String);

impl std::str::FromStr for Plover {
    type Err = UnknownPlover;
    fn from_str(s: &str) -> Result<Plover, UnknownPlover> {
        Plover::ALL
            .iter()
            .copied()
            .find(|p| p.as_str().eq_ignore_ascii_case(s))
            .ok_or_else(|| UnknownPlover(s.to_string()))
    }
}
