//! Picks the reading links that fit a result best.

use serde::{Deserialize, Serialize};

use super::Outcome;
use crate::instrument::{Instrument, Target, READING_SHOWN};
use crate::rank;

/// Why a reading link was picked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Reason {
    /// It fits the lens category the team landed on.
    Category { lens: String, category: String },
    /// It addresses a trap shown on the result.
    Trap(String),
    /// It helps with a low-scoring (or, for a spectrum, extreme) dimension.
    Dimension(String),
    /// A general pick, to make up the minimum.
    General,
}

/// A reading link chosen for a result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadingPick {
    pub reading: String,
    pub reason: Reason,
}

/// Up to this many links are shown when that many fit.
const PICKED_MAX: usize = 5;

fn relevance(instrument: &Instrument, outcome: &Outcome, tag: &str) -> Option<(u32, Reason)> {
    match Target::parse(tag)? {
        Target::Category { lens, category } => {
            let landed = outcome.category_of(lens)? == category;
            let weight = if instrument.lenses.first().is_some_and(|l| l.id == lens) { 3 } else { 2 };
            landed.then(|| (weight, Reason::Category { lens: lens.to_owned(), category: category.to_owned() }))
        }
        Target::Trap(trap) => {
            let shown = outcome.traps.iter().find(|t| t.trap == trap)?;
            Some((if shown.active { 4 } else { 1 }, Reason::Trap(trap.to_owned())))
        }
        Target::Dimension(id) => {
            let dim = instrument.dimension(id)?;
            let scored = outcome.dimension(id)?;
            let notable = if dim.spectrum {
                scored.level == 0 || scored.level + 1 == dim.levels.len()
            } else {
                scored.score < 50
            };
            notable.then(|| (2, Reason::Dimension(id.to_owned())))
        }
    }
}

/// The most relevant links first; at least the minimum, topped up in file order.
pub fn pick(instrument: &Instrument, outcome: &Outcome) -> Vec<ReadingPick> {
    let mut scored: Vec<(u32, usize, ReadingPick)> = instrument
        .reading
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let hits: Vec<(u32, Reason)> =
                item.tags.iter().filter_map(|tag| relevance(instrument, outcome, tag)).collect();
            let total: u32 = hits.iter().map(|(w, _)| w).sum();
            let best = hits.into_iter().min_by_key(|(w, _)| std::cmp::Reverse(*w))?.1;
            Some((total, i, ReadingPick { reading: item.id.clone(), reason: best }))
        })
        .collect();
    // Already in file order, so a stable ranking by relevance breaks ties by position.
    rank::by_key_desc(&mut scored, |(total, _, _)| i64::from(*total));
    let mut picks: Vec<ReadingPick> = scored.into_iter().take(PICKED_MAX).map(|(_, _, p)| p).collect();
    for item in &instrument.reading {
        if picks.len() >= *READING_SHOWN.start() {
            break;
        }
        if !picks.iter().any(|p| p.reading == item.id) {
            picks.push(ReadingPick { reading: item.id.clone(), reason: Reason::General });
        }
    }
    picks
}
