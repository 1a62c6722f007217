//! The result's first sentence: how well the way the team works fits the work it does.

use super::{Driver, Outcome, TrapScore};
use crate::instrument::Instrument;

/// How well the way the team works fits its kind of work.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fit {
    /// No trap shows up strongly, nothing is worth watching, and results hold or improve.
    #[default]
    Fits,
    /// One trap shows up strongly, or some are worth watching, or results are slipping.
    MostlyFits,
    /// Two traps show up strongly, or results need radical change, or they slip while a trap
    /// shows up.
    PullsAgainst,
    /// Three traps show up strongly, or results need radical change while a trap shows up.
    DoesNotFit,
}

/// The verdict, with what it rests on.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Verdict {
    pub fit: Fit,
    /// The traps that show up strongly, most severe first (at most two).
    pub against: Vec<String>,
    /// When none does: the traps worth watching (at most two).
    pub watching: Vec<String>,
    /// The mismatches (indices in [`Outcome::mismatches`]) that explain a trap named in
    /// `against`: "you describe a platform, but your team is funded like a project factory".
    pub mismatches: Vec<usize>,
    /// The one or two answers that say so most.
    pub drivers: Vec<Driver>,
}

/// How many traps the verdict names, and how many answers.
const NAMED: usize = 2;

pub(super) fn judge(instrument: &Instrument, outcome: &Outcome) -> Verdict {
    let active: Vec<&TrapScore> = outcome.traps.iter().filter(|t| t.active).collect();
    let watched: Vec<&TrapScore> = outcome.traps.iter().filter(|t| !t.active).collect();
    let results =
        instrument.dimensions.iter().zip(&outcome.dimensions).find(|(d, _)| d.verdict).map(|(_, scored)| scored);
    let level = results.map(|r| r.level);
    let needs_radical_change = level == Some(0);
    let slipping = level == Some(1);

    let fit = if active.len() >= 3 || (needs_radical_change && !active.is_empty()) {
        Fit::DoesNotFit
    } else if active.len() == 2 || needs_radical_change || (slipping && !active.is_empty()) {
        Fit::PullsAgainst
    } else if active.len() == 1 || !watched.is_empty() || slipping {
        Fit::MostlyFits
    } else {
        Fit::Fits
    };

    let against: Vec<String> = active.iter().take(NAMED).map(|t| t.trap.clone()).collect();
    let watching: Vec<String> =
        if against.is_empty() { watched.iter().take(NAMED).map(|t| t.trap.clone()).collect() } else { Vec::new() };
    // The mismatches are named when a trap the mismatch rules add to shows up strongly. (A rule
    // without points of its own, like "funded like", explains the same trap, which the funding
    // answers' own weights score.)
    let explained = instrument
        .mismatches
        .iter()
        .flat_map(|r| r.effects.keys())
        .filter_map(|k| k.strip_prefix("trap."))
        .any(|t| against.iter().any(|a| a == t));
    let mismatches: Vec<usize> = if explained { (0..outcome.mismatches.len()).collect() } else { Vec::new() };

    let mut drivers: Vec<Driver> = Vec::new();
    let mut add = |d: &Driver| {
        if drivers.len() < NAMED && !drivers.contains(d) {
            drivers.push(d.clone());
        }
    };
    for &i in &mismatches {
        // What the team is judged or funded like; what it said it is comes with the profile.
        outcome.mismatches[i].drivers.iter().take(1).for_each(&mut add);
    }
    for trap in active.iter().chain(&watched).take(NAMED) {
        trap.drivers.iter().take(1).for_each(&mut add);
    }
    if let Some(results) = results.filter(|_| fit == Fit::Fits || needs_radical_change || slipping) {
        results.drivers.iter().take(1).for_each(&mut add);
    }
    if fit == Fit::Fits {
        // What fits best: the strongest answer behind a scaled dimension at its top level.
        for (dim, scored) in instrument.dimensions.iter().zip(&outcome.dimensions) {
            if dim.direct.is_none() && scored.level + 1 == dim.levels.len() {
                scored.drivers.iter().take(1).for_each(&mut add);
            }
        }
    }
    Verdict { fit, against, watching, mismatches, drivers }
}
