//! The result's first sentence: how well the way the team works fits the work it does.

use super::{Driver, Outcome};
use crate::core::instrument::Instrument;

/// How well the way the team works fits its kind of work.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fit {
    /// No trap shows up strongly, nothing is worth watching, and results hold or improve.
    #[default]
    Fits,
    /// One trap shows up strongly, or some are worth watching, or results are slipping.
    MostlyFits,
    /// Two traps show up strongly, or the team is run like another kind, or results need
    /// radical change, or they slip while a trap shows up.
    PullsAgainst,
    /// Three traps show up strongly, or results need radical change while a trap shows up.
    DoesNotFit,
}

/// The verdict, with what it rests on.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Verdict {
    pub fit: Fit,
    /// The traps that work against the fit, most severe first (at most two).
    pub against: Vec<String>,
    /// Set when the team is run like another kind than it described: the mismatch's index in
    /// [`Outcome::mismatches`].
    pub mismatch: Option<usize>,
    /// The one or two answers that say so most.
    pub drivers: Vec<Driver>,
}

/// How many traps the verdict names, and how many answers.
const NAMED: usize = 2;

pub(super) fn judge(instrument: &Instrument, outcome: &Outcome) -> Verdict {
    let active: Vec<&super::TrapScore> = outcome.traps.iter().filter(|t| t.active).collect();
    let watched = outcome.traps.len() > active.len();
    let results = instrument
        .dimensions
        .iter()
        .zip(&outcome.dimensions)
        .find(|(d, _)| d.verdict)
        .map(|(_, scored)| scored);
    let level = results.map(|r| r.level);
    let needs_radical_change = level == Some(0);
    let slipping = level == Some(1);
    let mismatch = (!outcome.mismatches.is_empty()).then_some(0);

    let fit = if active.len() >= 3 || (needs_radical_change && !active.is_empty()) {
        Fit::DoesNotFit
    } else if active.len() == 2 || mismatch.is_some() || needs_radical_change || (slipping && !active.is_empty()) {
        Fit::PullsAgainst
    } else if active.len() == 1 || watched || slipping {
        Fit::MostlyFits
    } else {
        Fit::Fits
    };

    let against: Vec<String> = active.iter().take(NAMED).map(|t| t.trap.clone()).collect();
    let mut drivers: Vec<Driver> = Vec::new();
    let mut add = |d: &Driver| {
        if drivers.len() < NAMED && !drivers.contains(d) {
            drivers.push(d.clone());
        }
    };
    if let Some(found) = outcome.mismatches.first() {
        // What the team said it is, and what it is run like.
        found.drivers.iter().rev().take(1).for_each(&mut add);
        found.drivers.iter().take(1).for_each(&mut add);
    }
    for trap in &active {
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
    Verdict { fit, against, mismatch, drivers }
}
