//! The numbers behind the team view: medians, where dots go on a strip, and how far apart a
//! team's answers to a question are. Whole numbers only, like the scoring.

use std::collections::BTreeMap;

use crate::instrument::{Choice, Instrument, Question};
use crate::rank;

/// The median of scores 0 to 100 (between the middle two, rounded up, for an even count); 0 for
/// none.
pub fn median(scores: &[u8]) -> u8 {
    let mut sorted = scores.to_vec();
    rank::by_key_desc(&mut sorted, |s| i64::from(*s));
    let n = sorted.len();
    match n {
        0 => 0,
        _ if n % 2 == 1 => sorted[n / 2],
        _ => u8::try_from((u16::from(sorted[n / 2 - 1]) + u16::from(sorted[n / 2])).div_ceil(2)).unwrap_or(100),
    }
}

/// Dots closer than this (in score points) would overlap on a strip, so they stack.
pub const DOT_GAP: u8 = 4;

/// For each score, in the order given, the row its dot sits in on a strip: the lowest row with no
/// dot closer than [`DOT_GAP`], so every respondent stays visible.
pub fn dot_rows(scores: &[u8]) -> Vec<usize> {
    let mut placed: Vec<(u8, usize)> = Vec::with_capacity(scores.len());
    scores
        .iter()
        .map(|&score| {
            let taken: Vec<usize> =
                placed.iter().filter(|(s, _)| s.abs_diff(score) < DOT_GAP).map(|(_, row)| *row).collect();
            let row = (0..).find(|row| !taken.contains(row)).unwrap_or(0);
            placed.push((score, row));
            row
        })
        .collect()
}

/// A level step counts like this many points of weight when comparing answers.
const LEVEL_STEP: i32 = 3;

/// Everything an option moves, by key: its points, its points in each context (`when`), the
/// level it names for a dimension whose level comes from its question, and the steps it nudges.
fn moves(instrument: &Instrument, question: &Question, choice: &Choice) -> BTreeMap<String, i32> {
    let mut out: BTreeMap<String, i32> = choice.effects.clone();
    for (condition, effects) in &choice.when {
        out.extend(effects.iter().map(|(key, w)| (format!("{condition}:{key}"), *w)));
    }
    let answer = format!("{}.{}", question.id, choice.id);
    for dim in &instrument.dimensions {
        if let Some(level) =
            dim.direct.as_ref().filter(|d| d.question == question.id).and_then(|d| d.levels.get(&choice.id))
        {
            out.insert(format!("level.{}", dim.id), i32::try_from(*level).unwrap_or(0) * LEVEL_STEP);
        }
        for (i, nudge) in dim.nudges.iter().enumerate().filter(|(_, n)| n.answer == answer) {
            out.insert(format!("nudge.{}.{i}", dim.id), i32::from(nudge.step) * LEVEL_STEP);
        }
    }
    out
}

/// How different two options are: the sum, over everything either one moves, of how differently
/// they move it.
fn distance(a: &BTreeMap<String, i32>, b: &BTreeMap<String, i32>) -> u32 {
    let only_b = b.iter().filter(|(key, _)| !a.contains_key(*key));
    a.iter()
        .map(|(key, x)| x.abs_diff(b.get(key).copied().unwrap_or(0)))
        .chain(only_b.map(|(_, y)| y.unsigned_abs()))
        .sum()
}

/// How far apart a team's answers to `question` are, 0 (all alike) to 100 (every pair of people
/// at the question's two most different answers). Each pair of respondents counts the distance
/// between their answers, as a share of the widest distance between any two of the question's
/// options; the spread is the average over all pairs. Answers are option indices.
pub fn spread(instrument: &Instrument, question: &Question, picks: &[usize]) -> u8 {
    let options: Vec<BTreeMap<String, i32>> = question.options.iter().map(|o| moves(instrument, question, o)).collect();
    let widest = options.iter().flat_map(|a| options.iter().map(move |b| distance(a, b))).max().unwrap_or(0);
    let apart = |a: usize, b: usize| -> u64 {
        match (options.get(a), options.get(b)) {
            _ if a == b => 0,
            (Some(x), Some(y)) if widest > 0 => u64::from(distance(x, y)) * 100 / u64::from(widest),
            // Options that move nothing differently still differ as answers.
            _ => 100,
        }
    };
    let mut total = 0u64;
    let mut pairs = 0u64;
    for (i, &a) in picks.iter().enumerate() {
        for &b in &picks[i + 1..] {
            total += apart(a, b);
            pairs += 1;
        }
    }
    if pairs == 0 {
        return 0;
    }
    u8::try_from(total / pairs).unwrap_or(100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_median_of_an_even_count_lies_between_the_middle_two() {
        assert_eq!(median(&[]), 0);
        assert_eq!(median(&[40]), 40);
        assert_eq!(median(&[90, 10, 50]), 50);
        assert_eq!(median(&[10, 20, 31, 90]), 26);
    }

    #[test]
    fn dots_at_the_same_score_stack_and_distant_ones_share_a_row() {
        assert_eq!(dot_rows(&[50, 50, 52, 80, 10]), vec![0, 1, 2, 0, 0]);
        assert_eq!(dot_rows(&[50, 54]), vec![0, 0]);
    }
}
