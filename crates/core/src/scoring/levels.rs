//! A dimension's level: named by its own question when it has one, moved by one step at most by
//! other answers that say why; otherwise scaled between the fixed least and most its answers give.

use super::weights::{mismatch_range, question_range, Chosen};
use super::{DimensionScore, Driver, MismatchFound, Nudged};
use crate::instrument::{Dimension, Instrument};
use crate::rank;

/// How many answers are named as the reason for a finding.
pub(super) const DRIVERS_SHOWN: usize = 3;

pub(super) fn score_dimension(
    instrument: &Instrument,
    chosen: &Chosen<'_>,
    mismatches: &[MismatchFound],
    dim: &Dimension,
) -> DimensionScore {
    match &dim.direct {
        Some(direct) => direct_level(chosen, dim, &direct.question, |option| direct.levels.get(option).copied()),
        None => scaled(instrument, chosen, mismatches, dim),
    }
}

fn direct_level(
    chosen: &Chosen<'_>,
    dim: &Dimension,
    question: &str,
    level_of: impl Fn(&str) -> Option<usize>,
) -> DimensionScore {
    let top = dim.levels.len().saturating_sub(1);
    let Some((placed, choice)) = chosen.picks.iter().find(|(p, _)| p.question.id == question) else {
        // Not answered yet: the middle, and nothing to name.
        let score = 50;
        return DimensionScore {
            dimension: dim.id.clone(),
            score,
            level: dim.level_index(score),
            drivers: Vec::new(),
            nudged: None,
        };
    };
    let named = level_of(&choice.id).unwrap_or(0).min(top);
    let applying: Vec<(usize, i8, Driver)> = dim
        .nudges
        .iter()
        .enumerate()
        .filter(|(_, n)| n.at.contains(&named) && !n.unless.iter().any(|c| chosen.context.contains(c)))
        .filter_map(|(i, n)| {
            let (q, o) = n.question_and_option()?;
            let (p, c) = chosen.picks.iter().find(|(p, c)| p.question.id == q && c.id == o)?;
            Some((i, n.step, Driver::of(p, c)))
        })
        .collect();
    let net: i32 = applying.iter().map(|(_, step, _)| i32::from(*step)).sum::<i32>().clamp(-1, 1);
    let level = match net {
        1 => (named + 1).min(top),
        -1 => named.saturating_sub(1),
        _ => named,
    };
    let nudged = (level != named).then(|| Nudged {
        from: named,
        because: applying
            .iter()
            .filter(|(_, step, _)| i32::from(*step) == net)
            .map(|(i, _, d)| (*i, d.clone()))
            .collect(),
    });
    let mut drivers = vec![Driver::of(placed, choice)];
    if let Some(n) = &nudged {
        drivers.extend(n.because.iter().map(|(_, d)| d.clone()));
    }
    DimensionScore { dimension: dim.id.clone(), score: dim.level_midpoint(level), level, drivers, nudged }
}

fn scaled(
    instrument: &Instrument,
    chosen: &Chosen<'_>,
    mismatches: &[MismatchFound],
    dim: &Dimension,
) -> DimensionScore {
    let key = format!("dim.{}", dim.id);
    let (mut low, mut high, mut total) = (0i32, 0i32, 0i32);
    for (placed, choice) in &chosen.picks {
        let (l, h) = question_range(instrument, placed, &key);
        low += l;
        high += h;
        total += chosen.weight(choice, &key);
    }
    if high == low {
        // Nothing answered moves it yet: the middle, and nothing to name.
        return DimensionScore {
            dimension: dim.id.clone(),
            score: 50,
            level: dim.level_index(50),
            drivers: Vec::new(),
            nudged: None,
        };
    }
    let (ml, mh) = mismatch_range(instrument, &key);
    low += ml;
    high += mh;
    let mut weighted = chosen.weighted(&key);
    for (found, w) in mismatch_effects(instrument, mismatches, &key) {
        total += w;
        weighted.extend(found.drivers.iter().map(|d| (d.clone(), w)));
    }
    // Whole-number arithmetic, rounded half up: the same result on every platform.
    let score = if high > low {
        let scaled = (200 * (total - low) + (high - low)) / (2 * (high - low));
        u8::try_from(scaled.clamp(0, 100)).unwrap_or(100)
    } else {
        50
    };
    let level = dim.level_index(score);
    // Why the top level: what pushed it up; the bottom: what pulled it down; in between, both.
    let direction = match level {
        0 => Some(false),
        l if l + 1 == dim.levels.len() => Some(true),
        _ => None,
    };
    DimensionScore { dimension: dim.id.clone(), score, level, drivers: strongest(weighted, direction), nudged: None }
}

/// Each mismatch found with the non-zero points its rule gives a key.
pub(super) fn mismatch_effects<'a>(
    instrument: &Instrument,
    found: &'a [MismatchFound],
    key: &str,
) -> Vec<(&'a MismatchFound, i32)> {
    found
        .iter()
        .filter_map(|f| {
            let w = instrument.mismatches.get(f.rule)?.effects.get(key).copied().unwrap_or(0);
            (w != 0).then_some((f, w))
        })
        .collect()
}

/// The answers that pushed a score its way, most first: up (`Some(true)`), down (`Some(false)`)
/// or either (`None`); when none pushed that way, the strongest either way. Answers that weigh
/// nothing are never named.
pub(super) fn strongest(weighted: Vec<(Driver, i32)>, up: Option<bool>) -> Vec<Driver> {
    let mut with: Vec<(Driver, i32)> =
        weighted.iter().filter(|(_, w)| up.is_none_or(|up| (*w > 0) == up)).cloned().collect();
    if with.is_empty() {
        with = weighted;
    }
    rank::by_key_desc(&mut with, |(_, w)| i64::from(w.abs()));
    let mut out: Vec<Driver> = Vec::new();
    for (d, _) in with {
        if !out.contains(&d) {
            out.push(d);
        }
    }
    out.truncate(DRIVERS_SHOWN);
    out
}
