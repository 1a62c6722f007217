#![cfg(not(target_arch = "wasm32"))]
//! The scoring model has no dead options, and every profile, trap and level can be reached by a
//! complete set of answers.

use context_check::core::answers::Answers;
use context_check::core::instrument::{Choice, Instrument};
use context_check::core::scoring::{self, Outcome};

fn instrument() -> &'static Instrument {
    Instrument::shipped().expect("the shipped instrument is valid")
}

/// Option counts per question, in order.
fn shape(instrument: &Instrument) -> Vec<usize> {
    instrument.questions().map(|p| p.question.options.len()).collect()
}

fn answers(instrument: &Instrument, picks: &[usize]) -> Answers {
    Answers::from_indices(instrument, picks.iter().copied().enumerate())
}

fn score(instrument: &Instrument, picks: &[usize]) -> Outcome {
    scoring::score(instrument, &answers(instrument, picks))
}

/// What a respondent can see of an outcome: categories, scores, severities and reading, without
/// the "why" lines (which name the chosen option and so always differ).
fn findings(outcome: &Outcome) -> (Vec<String>, Vec<u8>, Vec<u8>, Vec<String>) {
    (
        outcome.lenses.iter().map(|l| l.category.clone()).collect(),
        outcome.dimensions.iter().map(|d| d.score).collect(),
        outcome.all_traps.iter().map(|t| t.severity).collect(),
        outcome.reading.iter().map(|r| r.reading.clone()).collect(),
    )
}

/// A small deterministic generator, so the baselines are the same on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// Complete answer sets to compare options against: all-first, all-last, each index mod n,
/// one per kind of investment and rate of change, and seeded random ones.
fn baselines(instrument: &Instrument) -> Vec<Vec<usize>> {
    let sizes = shape(instrument);
    let mut sets = vec![vec![0; sizes.len()], sizes.iter().map(|n| n - 1).collect()];
    for k in 1..6 {
        sets.push(sizes.iter().map(|n| k % n).collect());
        sets.push(sizes.iter().enumerate().map(|(i, n)| (i + k) % n).collect());
    }
    for seed in 1..=60u64 {
        let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        sets.push(sizes.iter().map(|n| rng.below(*n)).collect());
    }
    sets
}

#[test]
fn every_option_changes_some_score_or_finding() {
    let instrument = instrument();
    let bases = baselines(instrument);
    let mut dead = Vec::new();
    for placed in instrument.questions() {
        let options = &placed.question.options;
        for a in 0..options.len() {
            for b in a + 1..options.len() {
                let differs = bases.iter().any(|base| {
                    let mut with_a = base.clone();
                    with_a[placed.index] = a;
                    let mut with_b = base.clone();
                    with_b[placed.index] = b;
                    findings(&score(instrument, &with_a)) != findings(&score(instrument, &with_b))
                });
                if !differs {
                    dead.push(format!("`{}`: `{}` vs `{}`", placed.question.id, options[a].id, options[b].id));
                }
            }
        }
    }
    assert!(dead.is_empty(), "these options give the same result in every baseline:\n{}", dead.join("\n"));
}

/// Points a choice gives `key` when the given lens categories are the outcome.
fn weight_in(choice: &Choice, key: &str, context: &[String]) -> f64 {
    let base = f64::from(choice.effects.get(key).copied().unwrap_or(0));
    let conditional: f64 = choice
        .when
        .iter()
        .filter(|(condition, _)| context.contains(condition))
        .filter_map(|(_, effects)| effects.get(key).map(|w| f64::from(*w)))
        .sum();
    base + conditional
}

/// Every combination of one category per lens, as `lens.category` keys.
fn contexts(instrument: &Instrument) -> Vec<Vec<String>> {
    let mut all = vec![Vec::new()];
    for lens in &instrument.lenses {
        all = all
            .into_iter()
            .flat_map(|prefix: Vec<String>| {
                lens.categories.iter().map(move |c| {
                    let mut next = prefix.clone();
                    next.push(format!("{}.{}", lens.id, c.id));
                    next
                })
            })
            .collect();
    }
    all
}

/// For each question, the option with the best value: `value(choice, context)` decides, with the
/// context's lens points as the tie-breaker so the wanted categories win.
fn greedy(instrument: &Instrument, context: &[String], value: &dyn Fn(&Choice, &[String]) -> f64) -> Vec<usize> {
    instrument
        .questions()
        .map(|placed| {
            let rank = |c: &Choice| {
                let lens_points: f64 = context.iter().map(|k| f64::from(c.effects.get(k).copied().unwrap_or(0))).sum();
                value(c, context) * 1000.0 + lens_points
            };
            let mut best = 0;
            for (i, c) in placed.question.options.iter().enumerate() {
                if rank(c) > rank(&placed.question.options[best]) {
                    best = i;
                }
            }
            best
        })
        .collect()
}

/// Improves one answer at a time while the fitness rises.
fn hill_climb(instrument: &Instrument, mut picks: Vec<usize>, fitness: &dyn Fn(&Outcome) -> f64) -> Vec<usize> {
    let sizes = shape(instrument);
    let mut best = fitness(&score(instrument, &picks));
    loop {
        let mut improved = false;
        for q in 0..sizes.len() {
            for o in 0..sizes[q] {
                if o == picks[q] {
                    continue;
                }
                let mut next = picks.clone();
                next[q] = o;
                let f = fitness(&score(instrument, &next));
                if f > best + 1e-9 {
                    best = f;
                    picks = next;
                    improved = true;
                }
            }
        }
        if !improved {
            return picks;
        }
    }
}

/// Looks for a complete answer set whose outcome meets `goal`: greedy picks for every lens
/// context first, then hill climbing from each of them and from the baselines.
fn find(
    instrument: &Instrument,
    value: &dyn Fn(&Choice, &[String]) -> f64,
    fitness: &dyn Fn(&Outcome) -> f64,
    goal: &dyn Fn(&Outcome) -> bool,
) -> Option<Vec<usize>> {
    let mut starts: Vec<Vec<usize>> = contexts(instrument).iter().map(|c| greedy(instrument, c, value)).collect();
    starts.extend(baselines(instrument));
    if let Some(found) = starts.iter().find(|s| goal(&score(instrument, s))) {
        return Some(found.clone());
    }
    starts
        .into_iter()
        .map(|s| hill_climb(instrument, s, fitness))
        .find(|s| goal(&score(instrument, s)))
}

#[test]
fn every_profile_and_every_category_of_every_lens_is_reachable() {
    let instrument = instrument();
    let mut unreachable = Vec::new();
    for lens in &instrument.lenses {
        for category in &lens.categories {
            let key = format!("{}.{}", lens.id, category.id);
            let value = |c: &Choice, _: &[String]| f64::from(c.effects.get(&key).copied().unwrap_or(0));
            let goal = |o: &Outcome| o.category_of(&lens.id) == Some(category.id.as_str());
            let fitness = |o: &Outcome| if goal(o) { 1.0 } else { 0.0 };
            match find(instrument, &value, &fitness, &goal) {
                Some(picks) => {
                    let outcome = score(instrument, &picks);
                    assert!(answers(instrument, &picks).is_complete(instrument));
                    if lens.id == instrument.lenses[0].id {
                        assert_eq!(outcome.profile(), category.id, "the first lens is the profile");
                    }
                }
                None => unreachable.push(key),
            }
        }
    }
    assert!(unreachable.is_empty(), "no complete answer set lands on: {unreachable:?}");
}

#[test]
fn every_trap_can_be_shown_as_active() {
    let instrument = instrument();
    let mut unreachable = Vec::new();
    for trap in &instrument.traps {
        let key = format!("trap.{}", trap.id);
        let others: Vec<String> =
            instrument.traps.iter().filter(|t| t.id != trap.id).map(|t| format!("trap.{}", t.id)).collect();
        // Most points for this trap; among equals, fewest for the others.
        let value = |c: &Choice, ctx: &[String]| {
            weight_in(c, &key, ctx) - others.iter().map(|k| weight_in(c, k, ctx)).sum::<f64>() / 100.0
        };
        let goal = |o: &Outcome| o.traps.iter().any(|t| t.trap == trap.id && t.active);
        let fitness = |o: &Outcome| {
            let mine = o.all_traps.iter().find(|t| t.trap == trap.id).map_or(0, |t| t.severity);
            let rivals = o.all_traps.iter().filter(|t| t.trap != trap.id && t.severity >= mine).count();
            (if goal(o) { 1e6 } else { 0.0 }) + f64::from(mine) * 10.0 - rivals as f64
        };
        match find(instrument, &value, &fitness, &goal) {
            Some(picks) => {
                let outcome = score(instrument, &picks);
                let shown = outcome.traps.iter().find(|t| t.trap == trap.id).expect("the goal holds");
                assert!(shown.severity >= instrument.trap_active_from);
            }
            None => unreachable.push(trap.id.clone()),
        }
    }
    assert!(unreachable.is_empty(), "these traps are never shown as active: {unreachable:?}");
}

#[test]
fn every_level_of_every_dimension_is_reachable() {
    let instrument = instrument();
    let mut unreachable = Vec::new();
    for dim in &instrument.dimensions {
        let key = format!("dim.{}", dim.id);
        for (level, band) in dim.levels.iter().enumerate() {
            let upper = dim.levels.get(level + 1).map_or(100, |next| next.from - 1);
            let middle = (f64::from(band.from) + f64::from(upper)) / 2.0;
            let up = middle >= 50.0;
            let value = |c: &Choice, ctx: &[String]| {
                let w = weight_in(c, &key, ctx);
                if up { w } else { -w }
            };
            let goal = |o: &Outcome| o.dimension(&dim.id).is_some_and(|d| d.level == level);
            let fitness = |o: &Outcome| {
                let s = o.dimension(&dim.id).map_or(0.0, |d| f64::from(d.score));
                (if goal(o) { 1e6 } else { 0.0 }) - (s - middle).abs()
            };
            match find(instrument, &value, &fitness, &goal) {
                Some(picks) => {
                    let scored = score(instrument, &picks).dimension(&dim.id).cloned().expect("scored");
                    assert_eq!(dim.level_index(scored.score), level);
                    assert!(scored.score >= band.from && scored.score <= upper);
                }
                None => unreachable.push(format!("{} / {} (from {})", dim.id, band.name, band.from)),
            }
        }
    }
    assert!(unreachable.is_empty(), "no complete answer set reaches these levels: {unreachable:?}");
}

#[test]
fn every_dimension_spans_its_whole_scale() {
    let instrument = instrument();
    for dim in &instrument.dimensions {
        let key = format!("dim.{}", dim.id);
        let top = |o: &Outcome| o.dimension(&dim.id).is_some_and(|d| d.score == 100);
        let bottom = |o: &Outcome| o.dimension(&dim.id).is_some_and(|d| d.score == 0);
        let score_of = |o: &Outcome| o.dimension(&dim.id).map_or(0.0, |d| f64::from(d.score));
        let up = |c: &Choice, ctx: &[String]| weight_in(c, &key, ctx);
        let down = |c: &Choice, ctx: &[String]| -weight_in(c, &key, ctx);
        assert!(find(instrument, &up, &score_of, &top).is_some(), "`{}` never scores 100", dim.id);
        assert!(find(instrument, &down, &|o| -score_of(o), &bottom).is_some(), "`{}` never scores 0", dim.id);
    }
}

#[test]
fn the_same_answers_in_any_order_score_the_same() {
    let instrument = instrument();
    for base in baselines(instrument).into_iter().take(20) {
        let forward = answers(instrument, &base);
        let backward = Answers::from_indices(instrument, base.iter().copied().enumerate().rev());
        assert_eq!(forward, backward);
        assert_eq!(scoring::score(instrument, &forward), scoring::score(instrument, &backward));
    }
}

#[test]
fn no_answers_give_a_neutral_outcome() {
    let instrument = instrument();
    let outcome = scoring::score(instrument, &Answers::new());
    assert_eq!(outcome.lenses.len(), instrument.lenses.len());
    assert_eq!(outcome.profile(), instrument.lenses[0].categories[0].id, "ties go to the first category");
    assert!(outcome.dimensions.iter().all(|d| d.score == 50 && d.drivers.is_empty()), "{:?}", outcome.dimensions);
    assert!(outcome.all_traps.iter().all(|t| t.severity == 0 && !t.active));
    assert!(outcome.traps.is_empty(), "no trap shows without answers");
    assert!((3..=6).contains(&outcome.reading.len()));
}

#[test]
fn answers_naming_unknown_questions_or_options_are_ignored() {
    let instrument = instrument();
    let base = baselines(instrument).remove(3);
    let clean = answers(instrument, &base);
    let mut noisy = clean.clone();
    noisy.set("no_such_question", "new");
    noisy.set("zzz_not_a_question", "x");
    assert_eq!(scoring::score(instrument, &clean), scoring::score(instrument, &noisy));
    let mut bad_option = clean.clone();
    bad_option.set("work_kind", "no_such_option");
    let mut without = Answers::new();
    for placed in instrument.questions().filter(|p| p.question.id != "work_kind") {
        without.set(&placed.question.id, clean.get(&placed.question.id).expect("complete"));
    }
    assert_eq!(scoring::score(instrument, &bad_option), scoring::score(instrument, &without));
}
