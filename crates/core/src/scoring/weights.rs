//! The answers given, the context the lenses decided, and what each answer weighs in it.

use std::collections::BTreeSet;

use super::Driver;
use crate::answers::Answers;
use crate::instrument::{Choice, Instrument, Placed};

/// The options chosen so far, with their questions, and the context once the lenses are decided.
pub(super) struct Chosen<'a> {
    pub(super) picks: Vec<(Placed<'a>, &'a Choice)>,
    /// Lens categories decided, as `lens.category` keys, for conditional effects.
    pub(super) context: BTreeSet<String>,
}

impl<'a> Chosen<'a> {
    pub(super) fn new(instrument: &'a Instrument, answers: &Answers) -> Self {
        let picks = instrument
            .questions()
            .filter_map(|placed| {
                let chosen = answers.get(&placed.question.id)?;
                Some((placed, placed.question.choice(chosen)?))
            })
            .collect();
        Self { picks, context: BTreeSet::new() }
    }

    /// Points a choice gives a key in the decided context.
    pub(super) fn weight(&self, choice: &Choice, key: &str) -> i32 {
        weight_in(choice, key, |condition| self.context.contains(condition))
    }

    /// Each answer with a non-zero weight on `key` in this context.
    pub(super) fn weighted(&self, key: &str) -> Vec<(Driver, i32)> {
        self.picks
            .iter()
            .filter_map(|(p, c)| {
                let w = self.weight(c, key);
                (w != 0).then(|| (Driver::of(p, c), w))
            })
            .collect()
    }
}

/// Points a choice gives a key when the conditions for which `holds` is true apply.
pub fn weight_in(choice: &Choice, key: &str, holds: impl Fn(&str) -> bool) -> i32 {
    let base = choice.effects.get(key).copied().unwrap_or(0);
    let conditional: i32 =
        choice.when.iter().filter(|(condition, _)| holds(condition)).filter_map(|(_, effects)| effects.get(key)).sum();
    base + conditional
}

/// The least and most a question can give a key over all its options and every context the
/// lenses could decide. Fixed, so that a weight that depends on the context keeps its size.
pub fn question_range(instrument: &Instrument, placed: &Placed<'_>, key: &str) -> (i32, i32) {
    let mut range: Option<(i32, i32)> = None;
    for choice in &placed.question.options {
        let mut low = choice.effects.get(key).copied().unwrap_or(0);
        let mut high = low;
        // Each lens lands on exactly one category, so its conditions add at most one term.
        for lens in &instrument.lenses {
            let terms = lens.categories.iter().map(|c| {
                choice.when.get(&format!("{}.{}", lens.id, c.id)).and_then(|e| e.get(key)).copied().unwrap_or(0)
            });
            let (l, h) = terms.fold((0, 0), |(l, h), t| (l.min(t), h.max(t)));
            low += l;
            high += h;
        }
        range = Some(range.map_or((low, high), |(l, h)| (l.min(low), h.max(high))));
    }
    range.unwrap_or((0, 0))
}

/// The least and most the mismatch rules can give a key.
pub fn mismatch_range(instrument: &Instrument, key: &str) -> (i32, i32) {
    instrument
        .mismatches
        .iter()
        .filter_map(|m| m.effects.get(key))
        .fold((0, 0), |(l, h), &w| (l + w.min(0), h + w.max(0)))
}
