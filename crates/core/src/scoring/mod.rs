//! Deterministic scoring: answers in, an [`Outcome`] out. No browser, no clock, no randomness.
//!
//! 1. Lenses (kind of work, rate of change, how much of the work is that kind, what the team is
//!    run like) land on the category with the most points. The kind comes from its own question.
//! 2. Mismatch rules compare two lenses ("you describe a platform; you're run like a project
//!    factory") and add their points.
//! 3. A dimension with a question of its own takes its level from that answer; other answers may
//!    move it one step, with a stated reason. Other dimensions are scaled between the least and
//!    most their answers could give in any context, so a weight that depends on the context keeps
//!    its size.
//! 4. A trap's severity is its points, in this context, over the points at which it is full.
//! 5. The verdict answers the tagline from the traps, the mismatch and effectiveness.
//!
//! `docs/model.md` writes the whole model out; a test keeps it in step with the data.

mod levels;
mod reading;
mod verdict;
mod weights;

use serde::{Deserialize, Serialize};

use crate::answers::Answers;
use crate::instrument::{Choice, Instrument, Lens, Placed};
use crate::rank;

pub use reading::{ReadingPick, Reason};
pub use verdict::{Fit, Verdict};
pub use weights::{question_range, weight_in};

use levels::{mismatch_effects, DRIVERS_SHOWN};
use weights::Chosen;

/// Traps shown on a result: at most this many...
const TRAPS_MAX: usize = 3;
/// ...and at least this many when that many reach the instrument's `trap_watch_from`.
const TRAPS_MIN: usize = 2;

/// An answer that moved a finding, by ids.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Driver {
    pub question: String,
    pub choice: String,
}

impl Driver {
    fn of(placed: &Placed<'_>, choice: &Choice) -> Self {
        Driver { question: placed.question.id.clone(), choice: choice.id.clone() }
    }
}

/// Which category a lens landed on.
#[derive(Debug, Clone, PartialEq)]
pub struct LensOutcome {
    pub lens: String,
    pub category: String,
    pub drivers: Vec<Driver>,
}

/// A direct level that other answers moved by one step.
#[derive(Debug, Clone, PartialEq)]
pub struct Nudged {
    /// The level the direct answer named.
    pub from: usize,
    /// The nudges that moved it (their index in the dimension's `nudges`), with their answers.
    pub because: Vec<(usize, Driver)>,
}

/// A dimension's score and level.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionScore {
    pub dimension: String,
    /// 0 to 100; for a direct level, the middle of its band.
    pub score: u8,
    /// Index into the dimension's levels.
    pub level: usize,
    /// For a direct level: its answer first, then any that moved it. Otherwise the answers that
    /// pushed the score its way, most first.
    pub drivers: Vec<Driver>,
    pub nudged: Option<Nudged>,
}

/// A trap's severity, 0 to 100.
#[derive(Debug, Clone, PartialEq)]
pub struct TrapScore {
    pub trap: String,
    pub severity: u8,
    /// At or above the instrument's `trap_active_from`.
    pub active: bool,
    /// The answers that added to it, most first.
    pub drivers: Vec<Driver>,
}

/// A mismatch rule that fired: `lens` landed on `category`, `against` on `against_category`, and
/// no answer counted the latter in `lens`.
#[derive(Debug, Clone, PartialEq)]
pub struct MismatchFound {
    /// Index in the instrument's `mismatches`.
    pub rule: usize,
    pub lens: String,
    pub category: String,
    pub against: String,
    pub against_category: String,
    /// The answers behind both lenses: what the team is run like first, then what it said it is.
    pub drivers: Vec<Driver>,
}

/// Everything a result shows, derived from answers alone.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// One per lens, in the instrument's order; the first is the profile.
    pub lenses: Vec<LensOutcome>,
    pub mismatches: Vec<MismatchFound>,
    /// One per dimension, in the instrument's order.
    pub dimensions: Vec<DimensionScore>,
    /// The traps that matter most, most severe first: active ones, topped up to two with traps
    /// worth watching.
    pub traps: Vec<TrapScore>,
    /// Every trap's severity, in the instrument's order.
    pub all_traps: Vec<TrapScore>,
    pub verdict: Verdict,
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

    pub fn lens(&self, lens: &str) -> Option<&LensOutcome> {
        self.lenses.iter().find(|l| l.lens == lens)
    }

    pub fn trap(&self, id: &str) -> Option<&TrapScore> {
        self.all_traps.iter().find(|t| t.trap == id)
    }
}

/// Scores a (possibly partial) set of answers.
pub fn score(instrument: &Instrument, answers: &Answers) -> Outcome {
    let mut chosen = Chosen::new(instrument, answers);
    let mut lenses: Vec<LensOutcome> = Vec::new();
    for lens in &instrument.lenses {
        // A signal lens that ties between categories takes the one the profile landed on: a
        // budget that fits a platform and an operational team reads "like a platform" for one.
        let prefer = lens.signal.then(|| lenses.first().map(|p: &LensOutcome| p.category.clone())).flatten();
        lenses.push(decide_lens(&chosen, lens, prefer.as_deref()));
    }
    chosen.context = lenses.iter().map(|l| format!("{}.{}", l.lens, l.category)).collect();
    let mismatches = find_mismatches(instrument, &chosen, &lenses);

    let dimensions: Vec<DimensionScore> = instrument
        .dimensions
        .iter()
        .map(|dim| levels::score_dimension(instrument, &chosen, &mismatches, dim))
        .collect();
    let all_traps: Vec<TrapScore> = instrument
        .traps
        .iter()
        .map(|trap| {
            let key = format!("trap.{}", trap.id);
            let mut added: Vec<(Driver, i32)> = chosen.weighted(&key);
            for (found, w) in mismatch_effects(instrument, &mismatches, &key) {
                added.extend(found.drivers.iter().map(|d| (d.clone(), w)));
            }
            let points: i32 = chosen.picks.iter().map(|(_, c)| chosen.weight(c, &key)).sum::<i32>()
                + mismatch_effects(instrument, &mismatches, &key).iter().map(|(_, w)| w).sum::<i32>();
            let severity = u8::try_from((100 * points.max(0) / i32::from(trap.full_at.max(1))).min(100)).unwrap_or(100);
            added.retain(|(_, w)| *w > 0);
            rank::by_key_desc(&mut added, |(_, w)| i64::from(*w));
            let mut drivers: Vec<Driver> = Vec::new();
            for (d, _) in added {
                if !drivers.contains(&d) {
                    drivers.push(d);
                }
            }
            drivers.truncate(DRIVERS_SHOWN);
            TrapScore {
                trap: trap.id.clone(),
                severity,
                active: severity >= instrument.trap_active_from,
                drivers: if severity > 0 { drivers } else { Vec::new() },
            }
        })
        .collect();
    let traps = most_relevant_traps(&all_traps, instrument.trap_watch_from);

    let mut outcome =
        Outcome { lenses, mismatches, dimensions, traps, all_traps, verdict: Verdict::default(), reading: Vec::new() };
    outcome.verdict = verdict::judge(instrument, &outcome);
    outcome.reading = reading::pick(instrument, &outcome);
    outcome
}

fn decide_lens(chosen: &Chosen<'_>, lens: &Lens, prefer: Option<&str>) -> LensOutcome {
    let points = |category: &str| {
        let key = format!("{}.{}", lens.id, category);
        let drivers: Vec<(i32, Driver)> = chosen
            .picks
            .iter()
            .filter_map(|(p, c)| {
                let w = c.effects.get(&key).copied().unwrap_or(0);
                (w != 0).then(|| (w, Driver::of(p, c)))
            })
            .collect();
        (drivers.iter().map(|(w, _)| w).sum::<i32>(), drivers)
    };
    // Most points wins; on a tie, the preferred category, then the one with the strongest single
    // answer behind it, and only then the order in the file.
    type Leader<'a> = ((i32, bool, i32), &'a str, Vec<(i32, Driver)>);
    let mut best: Option<Leader<'_>> = None;
    for category in &lens.categories {
        let (total, drivers) = points(&category.id);
        let strongest = drivers.iter().map(|(w, _)| *w).max().unwrap_or(0);
        let rank = (total, total > 0 && prefer == Some(category.id.as_str()), strongest);
        if best.as_ref().is_none_or(|(top, _, _)| rank > *top) {
            best = Some((rank, &category.id, drivers));
        }
    }
    let (_, category, mut drivers) = best.unwrap_or(((0, false, 0), "", Vec::new()));
    drivers.retain(|(w, _)| *w > 0);
    rank::by_key_desc(&mut drivers, |(w, _)| i64::from(*w));
    LensOutcome {
        lens: lens.id.clone(),
        category: category.to_owned(),
        drivers: drivers.into_iter().take(DRIVERS_SHOWN).map(|(_, d)| d).collect(),
    }
}

/// The mismatch rules that fire: `lens` landed somewhere (an answer gave it points) that gave the
/// category `against` landed on no points at all, and neither is neutral. An answer that fits
/// several kinds ("a steady budget tied to the results we move" fits an operational team and a
/// platform) counts for each, so a kind it fits is never told it is a mismatch.
fn find_mismatches(instrument: &Instrument, chosen: &Chosen<'_>, lenses: &[LensOutcome]) -> Vec<MismatchFound> {
    let landed = |id: &str| lenses.iter().find(|l| l.lens == id);
    instrument
        .mismatches
        .iter()
        .enumerate()
        .filter_map(|(rule, m)| {
            let (lens, against) = (landed(&m.lens)?, landed(&m.against)?);
            let fits = format!("{}.{}", lens.lens, against.category);
            let points_for_it: i32 = chosen.picks.iter().filter_map(|(_, c)| c.effects.get(&fits)).sum();
            // A lens no answer gave points to (not answered yet) says nothing.
            let fires = !lens.drivers.is_empty()
                && !against.drivers.is_empty()
                && points_for_it <= 0
                && !m.neutral.iter().any(|n| *n == lens.category || *n == against.category);
            fires.then(|| MismatchFound {
                rule,
                lens: lens.lens.clone(),
                category: lens.category.clone(),
                against: against.lens.clone(),
                against_category: against.category.clone(),
                drivers: lens.drivers.iter().chain(&against.drivers).cloned().collect(),
            })
        })
        .collect()
}

/// Active traps, most severe first, up to three; topped up to two with traps worth watching.
fn most_relevant_traps(all: &[TrapScore], watch_from: u8) -> Vec<TrapScore> {
    let mut ranked: Vec<&TrapScore> = all.iter().filter(|t| t.severity >= watch_from.max(1)).collect();
    rank::by_key_desc(&mut ranked, |t| i64::from(t.severity));
    let active = ranked.iter().filter(|t| t.active).count();
    let shown = active.clamp(TRAPS_MIN, TRAPS_MAX).min(ranked.len());
    ranked.into_iter().take(shown).cloned().collect()
}
