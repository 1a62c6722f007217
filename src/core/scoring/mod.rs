//! Deterministic scoring: answers in, an [`Outcome`] out. No browser, no clock, no randomness.
//!
//! Lenses (kind of investment, rate of change) are decided first, as the category with the most
//! points. Conditional effects (`when`) then apply for the winning categories, and every dimension
//! and trap is scaled to 0..=100 between the least and most its answered questions could give.

mod reading;

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::core::answers::Answers;
use crate::core::instrument::{Choice, Instrument, Placed};
use crate::core::rank;

pub use reading::{ReadingPick, Reason};

/// How many answers are named as the reason for a finding.
const DRIVERS_SHOWN: usize = 3;
/// Traps shown on a result: at most this many...
const TRAPS_MAX: usize = 3;
/// ...and at least this many when any trap has a non-zero severity.
const TRAPS_MIN: usize = 2;

/// An answer that pushed a finding, by ids.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Driver {
    pub question: String,
    pub choice: String,
}

/// Which category a lens landed on.
#[derive(Debug, Clone, PartialEq)]
pub struct LensOutcome {
    pub lens: String,
    pub category: String,
    pub drivers: Vec<Driver>,
}

/// A dimension's score and level.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionScore {
    pub dimension: String,
    /// 0 to 100.
    pub score: u8,
    /// Index into the dimension's levels.
    pub level: usize,
    pub drivers: Vec<Driver>,
}

/// A trap's severity, 0 to 100.
#[derive(Debug, Clone, PartialEq)]
pub struct TrapScore {
    pub trap: String,
    pub severity: u8,
    /// At or above the instrument's `trap_active_from`.
    pub active: bool,
    pub drivers: Vec<Driver>,
}

/// Everything a result shows, derived from answers alone.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// One per lens, in the instrument's order; the first is the profile.
    pub lenses: Vec<LensOutcome>,
    /// One per dimension, in the instrument's order.
    pub dimensions: Vec<DimensionScore>,
    /// The traps that matter most, most severe first: two or three when any trap shows at all.
    pub traps: Vec<TrapScore>,
    /// Every trap's severity, in the instrument's order.
    pub all_traps: Vec<TrapScore>,
    /// Three to six reading links, most relevant first.
    pub reading: Vec<ReadingPick>,
}

impl Outcome {
    /// The profile: the first lens's category id.
    pub fn profile(&self) -> &str {
        self.lenses.first().map(|l| l.category.as_str()).unwrap_or_default()
    }

    pub fn dimension(&self, id: &str) -> Option<&DimensionScore> {
        self.dimensions.iter().find(|d| d.dimension == id)
    }

    pub fn category_of(&self, lens: &str) -> Option<&str> {
        self.lenses.iter().find(|l| l.lens == lens).map(|l| l.category.as_str())
    }
}

/// The options chosen so far, with their questions.
struct Chosen<'a> {
    picks: Vec<(Placed<'a>, &'a Choice)>,
    /// Lens categories decided, as `lens.category` keys, for conditional effects.
    conditions: BTreeSet<String>,
}

impl<'a> Chosen<'a> {
    fn chosen_in(&self, placed: &Placed<'_>) -> Option<&'a Choice> {
        self.picks.iter().find(|(p, _)| p.index == placed.index).map(|(_, c)| *c)
    }

    /// Points a choice gives a key, with the conditional effects of decided lenses.
    fn weight(&self, choice: &Choice, key: &str) -> i32 {
        let base = choice.effects.get(key).copied().unwrap_or(0);
        let conditional: i32 = choice
            .when
            .iter()
            .filter(|(condition, _)| self.conditions.contains(*condition))
            .filter_map(|(_, effects)| effects.get(key))
            .sum();
        base + conditional
    }
}

/// Scores a (possibly partial) set of answers.
pub fn score(instrument: &Instrument, answers: &Answers) -> Outcome {
    let picks: Vec<_> = instrument
        .questions()
        .filter_map(|placed| {
            let chosen = answers.get(&placed.question.id)?;
            Some((placed, placed.question.choice(chosen)?))
        })
        .collect();
    let mut chosen = Chosen { picks, conditions: BTreeSet::new() };

    let lenses: Vec<LensOutcome> = instrument.lenses.iter().map(|lens| decide_lens(&chosen, lens)).collect();
    chosen.conditions = lenses.iter().map(|l| format!("{}.{}", l.lens, l.category)).collect();

    let dimensions = instrument
        .dimensions
        .iter()
        .map(|dim| {
            let scaled = scale(instrument, &chosen, &format!("dim.{}", dim.id));
            let score = scaled.value.unwrap_or(50);
            let drivers = scaled.drivers(score >= 50);
            DimensionScore { dimension: dim.id.clone(), score, level: dim.level_index(score), drivers }
        })
        .collect();

    let all_traps: Vec<TrapScore> = instrument
        .traps
        .iter()
        .map(|trap| {
            let scaled = scale(instrument, &chosen, &format!("trap.{}", trap.id));
            let severity = scaled.value.unwrap_or(0);
            TrapScore {
                trap: trap.id.clone(),
                severity,
                active: severity >= instrument.trap_active_from,
                drivers: scaled.contributors(),
            }
        })
        .collect();
    let traps = most_relevant_traps(&all_traps);

    let mut outcome = Outcome { lenses, dimensions, traps, all_traps, reading: Vec::new() };
    outcome.reading = reading::pick(instrument, &outcome);
    outcome
}

fn decide_lens(chosen: &Chosen<'_>, lens: &crate::core::instrument::Lens) -> LensOutcome {
    let points = |category: &str| {
        let key = format!("{}.{}", lens.id, category);
        let drivers: Vec<(i32, Driver)> = chosen
            .picks
            .iter()
            .filter_map(|(p, c)| {
                let w = c.effects.get(&key).copied().unwrap_or(0);
                (w != 0).then(|| (w, Driver { question: p.question.id.clone(), choice: c.id.clone() }))
            })
            .collect();
        (drivers.iter().map(|(w, _)| w).sum::<i32>(), drivers)
    };
    // Most points wins; on a tie, the category with the strongest single answer behind it (the
    // direct question outweighs hints), and only then the order in the file.
    type Leader<'a> = ((i32, i32), &'a str, Vec<(i32, Driver)>);
    let mut best: Option<Leader<'_>> = None;
    for category in &lens.categories {
        let (total, drivers) = points(&category.id);
        let strongest = drivers.iter().map(|(w, _)| *w).max().unwrap_or(0);
        let rank = (total, strongest);
        if best.as_ref().is_none_or(|(top, _, _)| rank > *top) {
            best = Some((rank, &category.id, drivers));
        }
    }
    let (_, category, mut drivers) = best.unwrap_or(((0, 0), "", Vec::new()));
    drivers.retain(|(w, _)| *w > 0);
    rank::by_key_desc(&mut drivers, |(w, _)| i64::from(*w));
    LensOutcome {
        lens: lens.id.clone(),
        category: category.to_owned(),
        drivers: drivers.into_iter().take(DRIVERS_SHOWN).map(|(_, d)| d).collect(),
    }
}

/// A target's total between the least and most its answered questions allow.
struct Scaled {
    value: Option<u8>,
    /// Each answer with its weight and its question's least and most weight, for "why".
    answers: Vec<(Driver, i32, i32, i32)>,
}

impl Scaled {
    /// The answers that pulled a score hardest up (or down), measured from the question's midpoint.
    fn drivers(&self, up: bool) -> Vec<Driver> {
        let pull = |&(_, w, min, max): &(Driver, i32, i32, i32)| 2 * w - (min + max);
        let mut pulls: Vec<_> = self.answers.iter().map(|a| (pull(a), &a.0)).filter(|(p, _)| if up { *p > 0 } else { *p < 0 }).collect();
        rank::by_key_desc(&mut pulls, |(p, _)| if up { i64::from(*p) } else { -i64::from(*p) });
        pulls.into_iter().take(DRIVERS_SHOWN).map(|(_, d)| d.clone()).collect()
    }

    /// The answers that added anything above their question's least, most first: a trap's reasons.
    fn contributors(&self) -> Vec<Driver> {
        let mut added: Vec<_> = self.answers.iter().map(|(d, w, min, _)| (w - min, d)).filter(|(a, _)| *a > 0).collect();
        rank::by_key_desc(&mut added, |(a, _)| i64::from(*a));
        added.into_iter().take(DRIVERS_SHOWN).map(|(_, d)| d.clone()).collect()
    }
}

fn scale(instrument: &Instrument, chosen: &Chosen<'_>, key: &str) -> Scaled {
    let (mut low, mut high, mut total) = (0i32, 0i32, 0i32);
    let mut answers = Vec::new();
    for placed in instrument.questions() {
        let Some(choice) = chosen.chosen_in(&placed) else { continue };
        let weights: Vec<i32> = placed.question.options.iter().map(|o| chosen.weight(o, key)).collect();
        let (Some(&min), Some(&max)) = (weights.iter().min(), weights.iter().max()) else { continue };
        if min == 0 && max == 0 {
            continue;
        }
        let weight = chosen.weight(choice, key);
        low += min;
        high += max;
        total += weight;
        answers.push((Driver { question: placed.question.id.clone(), choice: choice.id.clone() }, weight, min, max));
    }
    // Whole-number arithmetic, rounded half up: the same result on every platform.
    let value = (high > low).then(|| {
        let scaled = (200 * (total - low) + (high - low)) / (2 * (high - low));
        u8::try_from(scaled.clamp(0, 100)).unwrap_or(100)
    });
    Scaled { value, answers }
}

/// Active traps, most severe first, up to three; topped up to two with the next most severe.
fn most_relevant_traps(all: &[TrapScore]) -> Vec<TrapScore> {
    let mut ranked: Vec<&TrapScore> = all.iter().filter(|t| t.severity > 0).collect();
    rank::by_key_desc(&mut ranked, |t| i64::from(t.severity));
    let active = ranked.iter().filter(|t| t.active).count();
    let shown = active.clamp(TRAPS_MIN, TRAPS_MAX).min(ranked.len());
    ranked.into_iter().take(shown).cloned().collect()
}
