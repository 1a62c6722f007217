#![cfg(not(target_arch = "wasm32"))]
//! The scoring model has no dead options and no dead weights, and every kind, lens category,
//! trap and level can be reached by a complete set of answers.
//!
//! Scoring takes about a millisecond in a debug build, so the answer sets are built from the
//! weights (greedy picks per context) and checked with the scorer, with a small hill climb only
//! where construction falls short.

mod common;

use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

use common::instrument;
use context_check::core::answers::Answers;
use context_check::core::instrument::{Choice, Instrument};
use context_check::core::scoring::{self, weight_in, Fit, Outcome};

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

/// Option positions for a fixture given by ids.
fn positions(instrument: &Instrument, pairs: &[(&str, &str)]) -> Vec<usize> {
    instrument
        .questions()
        .map(|placed| {
            let (_, option) = pairs.iter().find(|(q, _)| *q == placed.question.id).expect("the fixture is complete");
            placed.question.options.iter().position(|c| c.id == *option).expect("a known option")
        })
        .collect()
}

fn question_index(instrument: &Instrument, id: &str) -> usize {
    instrument.question_by_id(id).expect("a known question").index
}

/// What a respondent can see of an outcome: categories, scores and levels, nudges, severities,
/// the verdict and reading, without the "why" lines (which name the chosen option).
type Findings = (Vec<String>, Vec<(u8, usize, bool)>, Vec<u8>, Fit, Vec<String>);
/// What an option is worth for a goal in a context, and what a set of picks is predicted to score.
type Value<'a> = dyn Fn(&Choice, &[String]) -> f64 + 'a;
type Predict<'a> = dyn Fn(&[usize], &[String]) -> f64 + 'a;

fn findings(outcome: &Outcome) -> Findings {
    (
        outcome.lenses.iter().map(|l| l.category.clone()).collect(),
        outcome.dimensions.iter().map(|d| (d.score, d.level, d.nudged.is_some())).collect(),
        outcome.all_traps.iter().map(|t| t.severity).collect(),
        outcome.verdict.fit,
        outcome.reading.iter().map(|r| r.reading.clone()).collect(),
    )
}

/// A small deterministic generator, so the answer sets are the same on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// Complete answer sets to compare against: the six realistic teams, all-first, all-last, and
/// seeded random ones; scored once for every test in this file.
fn baselines() -> &'static [(Vec<usize>, Outcome)] {
    static BASELINES: OnceLock<Vec<(Vec<usize>, Outcome)>> = OnceLock::new();
    BASELINES.get_or_init(|| {
        let instrument = instrument();
        let sizes = shape(instrument);
        let mut sets: Vec<Vec<usize>> = common::TEAMS.iter().map(|(_, team)| positions(instrument, team)).collect();
        sets.push(vec![0; sizes.len()]);
        sets.push(sizes.iter().map(|n| n - 1).collect());
        for seed in 1..=40u64 {
            let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
            sets.push(sizes.iter().map(|n| rng.below(*n)).collect());
        }
        sets.into_iter()
            .map(|picks| {
                let outcome = score(instrument, &picks);
                (picks, outcome)
            })
            .collect()
    })
}

/// The lens categories options may be conditioned on, as `lens.category` keys: every
/// combination of one category per lens that some `when` names.
fn contexts(instrument: &Instrument) -> Vec<Vec<String>> {
    let conditioned: BTreeSet<String> = instrument
        .questions()
        .flat_map(|p| {
            p.question.options.iter().flat_map(|c| c.when.keys().map(|k| k.split('.').next().unwrap_or("").to_owned()))
        })
        .collect();
    let mut all = vec![Vec::new()];
    for lens in instrument.lenses.iter().filter(|l| conditioned.contains(&l.id)) {
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

fn weight(choice: &Choice, key: &str, context: &[String]) -> i32 {
    weight_in(choice, key, |condition| context.iter().any(|c| c == condition))
}

/// For each question, the option with the best `value` in `context`, with the context's lens
/// points as the tie-breaker so that the answers land on that context.
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

/// Improves one answer at a time while the fitness rises (a fallback: it scores a lot).
fn hill_climb(instrument: &Instrument, mut picks: Vec<usize>, fitness: &dyn Fn(&Outcome) -> f64) -> Vec<usize> {
    let sizes = shape(instrument);
    let mut best = fitness(&score(instrument, &picks));
    for _ in 0..4 {
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
            break;
        }
    }
    picks
}

/// A complete answer set whose outcome meets `goal`: the baselines first, then greedy picks for
/// every context (most promising first, by `predict`), then a hill climb from the best of them.
fn find(
    instrument: &Instrument,
    value: &dyn Fn(&Choice, &[String]) -> f64,
    predict: &dyn Fn(&[usize], &[String]) -> f64,
    fitness: &dyn Fn(&Outcome) -> f64,
    goal: &dyn Fn(&Outcome) -> bool,
) -> Option<Vec<usize>> {
    if let Some((picks, _)) = baselines().iter().find(|(_, o)| goal(o)) {
        return Some(picks.clone());
    }
    let mut starts: Vec<(f64, Vec<usize>)> = contexts(instrument)
        .iter()
        .map(|c| {
            let picks = greedy(instrument, c, value);
            (predict(&picks, c), picks)
        })
        .collect();
    starts.sort_by(|a, b| b.0.total_cmp(&a.0));
    starts.dedup_by(|a, b| a.1 == b.1);
    for (_, picks) in starts.iter().take(12) {
        if goal(&score(instrument, picks)) {
            return Some(picks.clone());
        }
    }
    starts.into_iter().take(3).map(|(_, s)| hill_climb(instrument, s, fitness)).find(|s| goal(&score(instrument, s)))
}

/// Points the picks give a key in a context (mismatch rules aside).
fn points(instrument: &Instrument, picks: &[usize], key: &str, context: &[String]) -> i32 {
    instrument.questions().zip(picks).map(|(p, &o)| weight(&p.question.options[o], key, context)).sum()
}

#[test]
fn every_kind_and_every_category_of_every_lens_is_reachable() {
    let instrument = instrument();
    let base = positions(instrument, common::OPERATIONAL_TEAM_THAT_IS_FINE);
    let mut unreachable = Vec::new();
    let mut tie_only = Vec::new();
    for lens in &instrument.lenses {
        for category in &lens.categories {
            let key = format!("{}.{}", lens.id, category.id);
            // Most points for this category; among equals, fewest for the lens's others, and
            // otherwise the base answer.
            let picks: Vec<usize> = instrument
                .questions()
                .zip(&base)
                .map(|(placed, &fallback)| {
                    let rank = |c: &Choice| {
                        let mine = c.effects.get(&key).copied().unwrap_or(0);
                        let others: i32 = c
                            .effects
                            .iter()
                            .filter(|(k, _)| k.starts_with(&format!("{}.", lens.id)) && **k != key)
                            .map(|(_, w)| *w)
                            .sum();
                        (mine, -others)
                    };
                    let best = (0..placed.question.options.len())
                        .max_by_key(|&i| (rank(&placed.question.options[i]), i == fallback));
                    let best = best.expect("options");
                    if rank(&placed.question.options[best]).0 > 0 {
                        best
                    } else {
                        fallback
                    }
                })
                .collect();
            assert!(answers(instrument, &picks).is_complete(instrument));
            let outcome = score(instrument, &picks);
            let landed = outcome.category_of(&lens.id).expect("every lens lands");
            if landed == category.id {
                if lens.id == instrument.lenses[0].id {
                    assert_eq!(outcome.profile(), category.id, "the first lens is the profile");
                }
                continue;
            }
            // Not landed on: at best it ties for the most points with a category earlier in the
            // file, which wins the tie.
            let mine = points(instrument, &picks, &key, &[]);
            let top = points(instrument, &picks, &format!("{}.{landed}", lens.id), &[]);
            if mine > 0 && mine == top {
                tie_only.push(key);
            } else {
                unreachable.push(key);
            }
        }
    }
    assert_eq!(instrument.lenses[0].id, "kind");
    assert!(unreachable.is_empty(), "no complete answer set lands on: {unreachable:?}");
    // The only funding that counts a platform (a steady budget tied to results) counts an
    // operational optimizer first, and the only one that counts a mission (in stages) counts a
    // new offering first: the funded line never names these two, though a platform or a mission
    // so funded is told of no mismatch.
    assert_eq!(tie_only, ["funded.platform", "funded.missions"], "categories that only ever tie for the top");
}

#[test]
fn the_kind_comes_from_the_main_work_question_alone() {
    let instrument = instrument();
    let kind = question_index(instrument, "work_kind");
    for (picks, _) in baselines().iter().take(10) {
        for (o, choice) in instrument.question(kind).expect("work_kind").question.options.iter().enumerate() {
            let mut with = picks.clone();
            with[kind] = o;
            let named = choice.effects.keys().find_map(|k| k.strip_prefix("kind.")).expect("each option names a kind");
            assert_eq!(score(instrument, &with).profile(), named, "`{}`", choice.id);
        }
    }
    for placed in instrument.questions().filter(|p| p.index != kind) {
        for choice in &placed.question.options {
            assert!(
                !choice.effects.keys().any(|k| k.starts_with("kind.")),
                "`{}.{}` gives kind points",
                placed.question.id,
                choice.id
            );
        }
    }
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
            f64::from(weight(c, &key, ctx)) - others.iter().map(|k| f64::from(weight(c, k, ctx))).sum::<f64>() / 100.0
        };
        let predict = |picks: &[usize], ctx: &[String]| f64::from(points(instrument, picks, &key, ctx));
        let goal = |o: &Outcome| o.traps.iter().any(|t| t.trap == trap.id && t.active);
        let fitness = |o: &Outcome| {
            let mine = o.trap(&trap.id).map_or(0, |t| t.severity);
            let rivals = o.all_traps.iter().filter(|t| t.trap != trap.id && t.severity >= mine).count();
            (if goal(o) { 1e6 } else { 0.0 }) + f64::from(mine) * 10.0 - rivals as f64
        };
        match find(instrument, &value, &predict, &fitness, &goal) {
            Some(picks) => {
                let outcome = score(instrument, &picks);
                let shown = outcome.traps.iter().find(|t| t.trap == trap.id).expect("the goal holds");
                assert!(shown.severity >= instrument.trap_active_from);
                assert!(!shown.drivers.is_empty(), "an active trap names what brought it up");
            }
            None => unreachable.push(trap.id.clone()),
        }
    }
    assert!(unreachable.is_empty(), "these traps are never shown as active: {unreachable:?}");
}

#[test]
fn every_level_the_direct_question_names_is_reached_by_choosing_it() {
    let instrument = instrument();
    for dim in instrument.dimensions.iter() {
        let Some(direct) = &dim.direct else { continue };
        let q = question_index(instrument, &direct.question);
        let options = &instrument.question(q).expect("the direct question").question.options;
        let named: BTreeSet<usize> = direct.levels.values().copied().collect();
        assert_eq!(named, (0..dim.levels.len()).collect(), "`{}`: every level is named by some option", dim.id);
        for (o, choice) in options.iter().enumerate() {
            let level = direct.levels[&choice.id];
            // A baseline in which no nudge applies to this level.
            let found = baselines().iter().any(|(picks, _)| {
                let mut with = picks.clone();
                with[q] = o;
                let scored = score(instrument, &with).dimension(&dim.id).cloned().expect("scored");
                scored.nudged.is_none() && scored.level == level && scored.score == dim.level_midpoint(level)
            });
            assert!(found, "`{}`: answering `{}` never gives level {level}", dim.id, choice.id);
        }
    }
}

#[test]
fn every_nudge_moves_its_level_one_step_for_the_stated_reason() {
    let instrument = instrument();
    let mut dead = Vec::new();
    for dim in &instrument.dimensions {
        let Some(direct) = &dim.direct else { continue };
        let q = question_index(instrument, &direct.question);
        let options = &instrument.question(q).expect("the direct question").question.options;
        for (n, nudge) in dim.nudges.iter().enumerate() {
            let (nq, no) = nudge.question_and_option().expect("question.option");
            let nq_index = question_index(instrument, nq);
            let no_index =
                instrument.question(nq_index).expect("q").question.options.iter().position(|c| c.id == no).expect("o");
            let mut moved = false;
            for &at in &nudge.at {
                let Some(o) = options.iter().position(|c| direct.levels[&c.id] == at) else { continue };
                let target = at as i64 + i64::from(nudge.step);
                if target < 0 || target >= dim.levels.len() as i64 {
                    continue;
                }
                moved |= baselines().iter().any(|(picks, _)| {
                    let mut with = picks.clone();
                    with[q] = o;
                    with[nq_index] = no_index;
                    let scored = score(instrument, &with).dimension(&dim.id).cloned().expect("scored");
                    scored.level as i64 == target
                        && scored
                            .nudged
                            .as_ref()
                            .is_some_and(|m| m.from == at && m.because.iter().any(|(i, _)| *i == n))
                });
            }
            if !moved {
                dead.push(format!("{} nudge {n} ({})", dim.id, nudge.answer));
            }
        }
    }
    assert!(dead.is_empty(), "these nudges never move a level: {dead:?}");
}

#[test]
fn every_level_of_every_dimension_is_reachable_and_scaled_ones_span_0_to_100() {
    let instrument = instrument();
    let mut unreachable = Vec::new();
    for dim in &instrument.dimensions {
        let key = format!("dim.{}", dim.id);
        let up = |c: &Choice, ctx: &[String]| f64::from(weight(c, &key, ctx));
        let down = |c: &Choice, ctx: &[String]| -f64::from(weight(c, &key, ctx));
        let predict_up = |picks: &[usize], ctx: &[String]| f64::from(points(instrument, picks, &key, ctx));
        let predict_down = |picks: &[usize], ctx: &[String]| -f64::from(points(instrument, picks, &key, ctx));
        for (level, band) in dim.levels.iter().enumerate() {
            let upper = dim.levels.get(level + 1).map_or(100, |next| next.from - 1);
            let middle = (f64::from(band.from) + f64::from(upper)) / 2.0;
            let goal = |o: &Outcome| o.dimension(&dim.id).is_some_and(|d| d.level == level);
            let fitness = |o: &Outcome| {
                let s = o.dimension(&dim.id).map_or(0.0, |d| f64::from(d.score));
                (if goal(o) { 1e6 } else { 0.0 }) - (s - middle).abs()
            };
            let (value, predict): (&Value<'_>, &Predict<'_>) =
                if middle >= 50.0 { (&up, &predict_up) } else { (&down, &predict_down) };
            match find(instrument, value, predict, &fitness, &goal) {
                Some(picks) => {
                    let scored = score(instrument, &picks).dimension(&dim.id).cloned().expect("scored");
                    assert_eq!(dim.level_index(scored.score), scored.level);
                    assert!(scored.score >= band.from && scored.score <= upper);
                }
                None => unreachable.push(format!("{} / {} (from {})", dim.id, band.name, band.from)),
            }
        }
        if dim.direct.is_none() {
            let top = |o: &Outcome| o.dimension(&dim.id).is_some_and(|d| d.score == 100);
            let bottom = |o: &Outcome| o.dimension(&dim.id).is_some_and(|d| d.score == 0);
            let score_of = |o: &Outcome| o.dimension(&dim.id).map_or(0.0, |d| f64::from(d.score));
            if find(instrument, &up, &predict_up, &score_of, &top).is_none() {
                unreachable.push(format!("{} at 100", dim.id));
            }
            if find(instrument, &down, &predict_down, &|o| -score_of(o), &bottom).is_none() {
                unreachable.push(format!("{} at 0", dim.id));
            }
        }
    }
    assert!(unreachable.is_empty(), "no complete answer set reaches: {unreachable:?}");
}

/// MODEL FINDING (src/core/instrument/context_check.json, `why_known`): `evidence` ("We see it
/// ourselves, in customers, data and results") and `discussed` ("Leaders explain it, and we
/// discuss it with them") both give exactly `dim.collaboration` +1 and nothing else, so the two
/// answers give the same result in every answer set; this test fails until one of them weighs
/// differently (or the pair is declared equivalent on purpose).
#[test]
fn every_option_changes_some_score_or_finding() {
    let instrument = instrument();
    let mut seen: HashMap<Vec<usize>, Findings> = HashMap::new();
    let mut findings_of = |picks: Vec<usize>| -> Findings {
        seen.entry(picks).or_insert_with_key(|p| findings(&score(instrument, p))).clone()
    };
    let mut dead = Vec::new();
    for placed in instrument.questions() {
        let options = &placed.question.options;
        for a in 0..options.len() {
            for b in a + 1..options.len() {
                let differs = baselines().iter().any(|(base, _)| {
                    let mut with_a = base.clone();
                    with_a[placed.index] = a;
                    let mut with_b = base.clone();
                    with_b[placed.index] = b;
                    findings_of(with_a) != findings_of(with_b)
                });
                if !differs {
                    dead.push(format!("`{}`: `{}` vs `{}`", placed.question.id, options[a].id, options[b].id));
                }
            }
        }
    }
    assert!(dead.is_empty(), "these options give the same result in every baseline:\n{}", dead.join("\n"));
}

/// The lens whose category a condition names, and the question that decides it (the one whose
/// options give that category the most points).
fn deciding_question(instrument: &Instrument, condition: &str) -> (usize, usize) {
    let mut best: Option<(i32, usize, usize)> = None;
    for placed in instrument.questions() {
        for (o, choice) in placed.question.options.iter().enumerate() {
            let w = choice.effects.get(condition).copied().unwrap_or(0);
            if w > 0 && best.is_none_or(|(top, _, _)| w > top) {
                best = Some((w, placed.index, o));
            }
        }
    }
    let (_, q, o) = best.unwrap_or_else(|| panic!("no answer lands on `{condition}`"));
    (q, o)
}

/// A finding by key: a trap's severity or a dimension's score.
fn finding(outcome: &Outcome, key: &str) -> u8 {
    match key.split_once('.') {
        Some(("trap", id)) => outcome.trap(id).expect("a trap").severity,
        Some(("dim", id)) => outcome.dimension(id).expect("a dimension").score,
        _ => panic!("`{key}` is no trap or dimension"),
    }
}

/// No conditional weight is dead: for each `when` effect (option, condition, key) some complete
/// answer set with that option exists where changing only the answer that decides the condition's
/// lens (so that the condition holds, then not) changes that finding; and in it, the weight
/// itself counts (the same answers score differently with that one weight set to 0).
#[test]
fn every_conditional_weight_changes_its_finding_when_only_the_context_changes() {
    let instrument = instrument();
    let sizes = shape(instrument);
    let all_contexts = contexts(instrument);
    // The questions that decide the lenses conditions name.
    let conditioned: BTreeSet<&str> = all_contexts.iter().flatten().filter_map(|k| k.split('.').next()).collect();
    let deciders: BTreeSet<usize> = instrument
        .questions()
        .filter(|p| {
            p.question
                .options
                .iter()
                .any(|c| c.effects.keys().any(|k| k.split('.').next().is_some_and(|l| conditioned.contains(l))))
        })
        .map(|p| p.index)
        .collect();
    let mut dead = Vec::new();
    let mut checked = 0;
    for placed in instrument.questions() {
        for (o, choice) in placed.question.options.iter().enumerate() {
            for (condition, effects) in &choice.when {
                let (decider, lands) = deciding_question(instrument, condition);
                assert_ne!(decider, placed.index, "`{}.{}` depends on its own question", placed.question.id, choice.id);
                for (key, &w) in effects {
                    if w == 0 {
                        // An explicit 0 documents "nothing in this context"; nothing to check.
                        continue;
                    }
                    checked += 1;
                    // The same answers with this one weight at 0.
                    let mut ablated = instrument.clone();
                    let section = ablated.sections.iter_mut().find(|s| s.id == placed.section.id).expect("section");
                    let question = section.questions.iter_mut().find(|q| q.id == placed.question.id).expect("question");
                    question.options[o].when.get_mut(condition).expect("condition").insert(key.clone(), 0);

                    // Quiet answers for this key (least weight anywhere), so that the finding is
                    // far from its bounds; then the realistic teams and the baselines.
                    let quiet: Vec<usize> = instrument
                        .questions()
                        .map(|p| {
                            let reach = |c: &Choice| {
                                all_contexts.iter().map(|ctx| weight(c, key, ctx).abs()).max().unwrap_or(0)
                            };
                            (0..p.question.options.len())
                                .min_by_key(|&i| reach(&p.question.options[i]))
                                .expect("options")
                        })
                        .collect();
                    let mut bases: Vec<Vec<usize>> = Vec::new();
                    // The quiet answers under every choice of the other lens-deciding answers.
                    let others: Vec<usize> =
                        deciders.iter().copied().filter(|&d| d != decider && d != placed.index).collect();
                    let mut combos = vec![quiet.clone()];
                    for &d in &others {
                        combos = combos
                            .into_iter()
                            .flat_map(|c| {
                                (0..sizes[d]).map(move |i| {
                                    let mut next = c.clone();
                                    next[d] = i;
                                    next
                                })
                            })
                            .collect();
                    }
                    bases.extend(combos);
                    bases.extend(baselines().iter().map(|(p, _)| p.clone()));

                    let found = bases.into_iter().any(|mut base| {
                        base[placed.index] = o;
                        base[decider] = lands;
                        let with = score(instrument, &base);
                        if !with.lenses.iter().any(|l| format!("{}.{}", l.lens, l.category) == *condition) {
                            return false;
                        }
                        if finding(&scoring::score(&ablated, &answers(instrument, &base)), key) == finding(&with, key) {
                            return false;
                        }
                        (0..sizes[decider]).filter(|&i| i != lands).any(|i| {
                            let mut other = base.clone();
                            other[decider] = i;
                            let without = score(instrument, &other);
                            let holds =
                                without.lenses.iter().any(|l| format!("{}.{}", l.lens, l.category) == *condition);
                            !holds && finding(&without, key) != finding(&with, key)
                        })
                    });
                    if !found {
                        dead.push(format!("{}.{} when {condition}: {key} {w:+}", placed.question.id, choice.id));
                    }
                }
            }
        }
    }
    assert!(checked > 100, "only {checked} conditional weights were found");
    assert!(dead.is_empty(), "these conditional weights never change their finding:\n{}", dead.join("\n"));
}

#[test]
fn every_score_of_the_baselines_is_in_range_and_falls_in_its_level() {
    let instrument = instrument();
    for (picks, outcome) in baselines() {
        for (scored, dim) in outcome.dimensions.iter().zip(&instrument.dimensions) {
            assert!(scored.score <= 100, "{picks:?}: {} at {}", dim.id, scored.score);
            assert_eq!(scored.level, dim.level_index(scored.score), "{picks:?}: {}", dim.id);
            if dim.direct.is_some() {
                assert_eq!(scored.score, dim.level_midpoint(scored.level), "a direct level scores its band's middle");
            }
        }
        for (scored, trap) in outcome.all_traps.iter().zip(&instrument.traps) {
            assert!(scored.severity <= 100, "{picks:?}: {} at {}", trap.id, scored.severity);
        }
    }
}

#[test]
fn the_same_answers_in_any_order_score_the_same() {
    let instrument = instrument();
    for (base, outcome) in baselines().iter().take(12) {
        let forward = answers(instrument, base);
        let backward = Answers::from_indices(instrument, base.iter().copied().enumerate().rev());
        assert_eq!(forward, backward);
        assert_eq!(&scoring::score(instrument, &backward), outcome);
    }
}

#[test]
fn the_order_of_the_questions_in_the_file_changes_no_score_or_finding() {
    let instrument = instrument();
    let mut reversed = instrument.clone();
    reversed.sections.reverse();
    for section in &mut reversed.sections {
        section.questions.reverse();
    }
    for (base, outcome) in baselines().iter().take(12) {
        let again = scoring::score(&reversed, &answers(instrument, base));
        assert_eq!(findings(&again), findings(outcome), "{base:?}");
    }
}

/// With nothing answered, every scaled dimension sits in the middle and no mismatch fires.
#[test]
fn no_answers_give_a_neutral_outcome() {
    let instrument = instrument();
    let outcome = scoring::score(instrument, &Answers::new());
    assert_eq!(outcome.lenses.len(), instrument.lenses.len());
    for (found, lens) in outcome.lenses.iter().zip(&instrument.lenses) {
        assert_eq!(found.category, lens.categories[0].id, "ties go to the first category");
        assert!(found.drivers.is_empty());
    }
    assert!(outcome.mismatches.is_empty());
    assert!(outcome.all_traps.iter().all(|t| t.severity == 0 && !t.active));
    assert!(outcome.traps.is_empty(), "no trap shows without answers");
    assert!((3..=6).contains(&outcome.reading.len()));
    for scored in &outcome.dimensions {
        assert!(scored.drivers.is_empty() && scored.nudged.is_none(), "{scored:?}");
        assert_eq!(scored.score, 50, "`{}` is not neutral without answers", scored.dimension);
    }
}

#[test]
fn answers_naming_unknown_questions_or_options_are_ignored() {
    let instrument = instrument();
    let clean = common::complete(common::NEW_BET_GROWING_FAST);
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
