//! The numbers behind the team view: medians, where dots go on a strip, and how far apart a
//! team's answers to a question are. Whole numbers only, like the scoring.

use crate::core::instrument::{Choice, Question};
use crate::core::rank;

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

/// How different two options are: the sum, over everything either one moves, of how differently
/// they move it.
fn distance(a: &Choice, b: &Choice) -> u32 {
    let only_b = b.effects.iter().filter(|(key, _)| !a.effects.contains_key(*key));
    a.effects
        .iter()
        .map(|(key, x)| x.abs_diff(b.effects.get(key).copied().unwrap_or(0)))
        .chain(only_b.map(|(_, y)| y.unsigned_abs()))
        .sum()
}

/// How far apart a team's answers to `question` are, 0 (all alike) to 100 (every pair of people
/// at the question's two most different answers). Each pair of respondents counts the distance
/// between their answers, as a share of the widest distance between any two of the question's
/// options; the spread is the average over all pairs. Answers are option indices.
pub fn spread(question: &Question, picks: &[usize]) -> u8 {
    let options = &question.options;
    let widest = options
        .iter()
        .flat_map(|a| options.iter().map(move |b| distance(a, b)))
        .max()
        .unwrap_or(0);
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
