#![cfg(not(target_arch = "wasm32"))]
//! Properties of scoring that hold for any answers, complete or not.

mod common;

use std::collections::BTreeSet;

use common::{complete_answers, instrument};
use context_check::core::answers::Answers;
use context_check::core::instrument::{Choice, Dimension, Instrument};
use context_check::core::scoring::{self, weight_in, Driver, Fit, Outcome, Reason};
use proptest::prelude::*;

/// Any answers: each question unanswered or answered with any of its options.
fn any_answers() -> impl Strategy<Value = Answers> {
    let sizes: Vec<usize> = instrument().questions().map(|p| p.question.options.len()).collect();
    let per_question: Vec<_> = sizes.into_iter().map(|n| proptest::option::weighted(0.8, 0..n)).collect();
    per_question.prop_map(|picks| {
        Answers::from_indices(instrument(), picks.into_iter().enumerate().filter_map(|(q, o)| o.map(|o| (q, o))))
    })
}

/// The option a driver names.
fn choice_of<'a>(instrument: &'a Instrument, driver: &Driver) -> &'a Choice {
    instrument
        .question_by_id(&driver.question)
        .and_then(|p| p.question.choice(&driver.choice))
        .unwrap_or_else(|| panic!("the driver `{}.{}` names no option", driver.question, driver.choice))
}

/// The lens categories the outcome landed on, as `lens.category` keys.
fn context(outcome: &Outcome) -> BTreeSet<String> {
    outcome.lenses.iter().map(|l| format!("{}.{}", l.lens, l.category)).collect()
}

/// Every answer's points on `key` in the outcome's context, and each firing mismatch rule's
/// points on it once per driver of that mismatch: what a "why" line may name.
fn effects_on(instrument: &Instrument, answers: &Answers, outcome: &Outcome, key: &str) -> Vec<(Driver, i32)> {
    let ctx = context(outcome);
    let mut out: Vec<(Driver, i32)> = instrument
        .questions()
        .filter_map(|p| {
            let choice = p.question.choice(answers.get(&p.question.id)?)?;
            let w = weight_in(choice, key, |c| ctx.contains(c));
            (w != 0).then(|| (Driver { question: p.question.id.clone(), choice: choice.id.clone() }, w))
        })
        .collect();
    for found in &outcome.mismatches {
        let w = instrument.mismatches[found.rule].effects.get(key).copied().unwrap_or(0);
        if w != 0 {
            out.extend(found.drivers.iter().map(|d| (d.clone(), w)));
        }
    }
    out
}

/// Checks that `shown` are the strongest of `effects` (by the size of their largest entry),
/// strongest first, at most three, every one with an effect, and none stronger left out.
fn check_ranked(what: &str, shown: &[Driver], effects: &[(Driver, i32)]) -> Result<(), TestCaseError> {
    let strength = |d: &Driver| effects.iter().filter(|(e, _)| e == d).map(|(_, w)| w.abs()).max();
    prop_assert!(shown.len() <= 3, "{}: {} drivers", what, shown.len());
    let mut last = i32::MAX;
    for d in shown {
        let s = strength(d);
        prop_assert!(s.is_some(), "{}: `{}.{}` is named but has no effect on it", what, d.question, d.choice);
        let s = s.unwrap_or(0);
        prop_assert!(s <= last, "{}: drivers are not ranked by effect: {:?}", what, shown);
        last = s;
    }
    let distinct: BTreeSet<(&str, &str)> =
        effects.iter().map(|(d, _)| (d.question.as_str(), d.choice.as_str())).collect();
    prop_assert_eq!(shown.len(), distinct.len().min(3), "{}: names {:?} of {:?}", what, shown, effects);
    for (d, w) in effects {
        if !shown.contains(d) {
            prop_assert!(
                w.abs() <= last,
                "{}: `{}.{}` ({}) is stronger than what is named",
                what,
                d.question,
                d.choice,
                w
            );
        }
    }
    Ok(())
}

/// The level the direct answer names, moved by one step by the nudges that apply (in the
/// context the lenses landed on), if any.
fn expected_direct_level(answers: &Answers, outcome: &Outcome, dim: &Dimension) -> Option<(usize, Vec<usize>, i32)> {
    let direct = dim.direct.as_ref()?;
    let named = *direct.levels.get(answers.get(&direct.question)?)?;
    let context: Vec<String> = outcome.lenses.iter().map(|l| format!("{}.{}", l.lens, l.category)).collect();
    let applying: Vec<(usize, i32)> = dim
        .nudges
        .iter()
        .enumerate()
        .filter(|(_, n)| n.at.contains(&named))
        .filter(|(_, n)| !n.unless.iter().any(|c| context.contains(c)))
        .filter(|(_, n)| n.question_and_option().is_some_and(|(q, o)| answers.get(q) == Some(o)))
        .map(|(i, n)| (i, i32::from(n.step)))
        .collect();
    let net = applying.iter().map(|(_, s)| s).sum::<i32>().clamp(-1, 1);
    let reasons = applying.iter().filter(|(_, s)| *s == net).map(|(i, _)| *i).collect();
    Some((named, reasons, net))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn a_direct_level_is_the_one_its_answer_names_or_a_neighbour_moved_by_nudges_that_apply(answers in complete_answers()) {
        let instrument = instrument();
        let outcome = scoring::score(instrument, &answers);
        for (dim, scored) in instrument.dimensions.iter().zip(&outcome.dimensions) {
            let Some((named, reasons, net)) = expected_direct_level(&answers, &outcome, dim) else { continue };
            let top = dim.levels.len() - 1;
            let moved = (named as i32 + net).clamp(0, top as i32) as usize;
            prop_assert_eq!(scored.level, moved, "`{}` named {} with net nudge {}", &dim.id, named, net);
            prop_assert_eq!(scored.score, dim.level_midpoint(scored.level));
            match &scored.nudged {
                None => prop_assert_eq!(scored.level, named, "`{}` moved without saying why", &dim.id),
                Some(nudged) => {
                    prop_assert_eq!(nudged.from, named);
                    prop_assert_eq!(scored.level.abs_diff(named), 1, "one step at most");
                    let because: Vec<usize> = nudged.because.iter().map(|(i, _)| *i).collect();
                    prop_assert_eq!(&because, &reasons, "`{}`", &dim.id);
                    for (i, driver) in &nudged.because {
                        let nudge = &dim.nudges[*i];
                        prop_assert_eq!(nudge.answer.as_str(), format!("{}.{}", driver.question, driver.choice));
                        prop_assert_eq!(answers.get(&driver.question), Some(driver.choice.as_str()), "the nudge's answer was given");
                        prop_assert!(nudge.at.contains(&named));
                        prop_assert_eq!(i32::from(nudge.step), scored.level as i32 - named as i32);
                    }
                }
            }
        }
    }

    #[test]
    fn no_why_line_names_an_answer_with_no_effect_on_its_finding_and_the_strongest_come_first(answers in any_answers()) {
        let instrument = instrument();
        let outcome = scoring::score(instrument, &answers);
        let ctx = context(&outcome);
        // Lenses: the answers that gave the landed category points, most first.
        for (lens, found) in instrument.lenses.iter().zip(&outcome.lenses) {
            let key = format!("{}.{}", lens.id, found.category);
            let effects: Vec<(Driver, i32)> = instrument
                .questions()
                .filter_map(|p| {
                    let choice = p.question.choice(answers.get(&p.question.id)?)?;
                    let w = choice.effects.get(&key).copied().unwrap_or(0);
                    (w > 0).then(|| (Driver { question: p.question.id.clone(), choice: choice.id.clone() }, w))
                })
                .collect();
            check_ranked(&key, &found.drivers, &effects)?;
        }
        for (dim, scored) in instrument.dimensions.iter().zip(&outcome.dimensions) {
            let key = format!("dim.{}", dim.id);
            if let Some(direct) = &dim.direct {
                // The direct answer, then the nudges that moved it.
                let mut expected: Vec<Driver> = answers
                    .get(&direct.question)
                    .map(|o| Driver { question: direct.question.clone(), choice: o.to_owned() })
                    .into_iter()
                    .collect();
                if let Some(nudged) = &scored.nudged {
                    expected.extend(nudged.because.iter().map(|(_, d)| d.clone()));
                }
                prop_assert_eq!(&scored.drivers, &expected, "`{}`", &key);
                continue;
            }
            // Scaled: at the top level, the answers that pushed it up; at the bottom, those that
            // pulled it down; in between, both. Only when none pushed that way, the strongest
            // either way.
            let all = effects_on(instrument, &answers, &outcome, &key);
            let direction = match scored.level {
                0 => Some(false),
                l if l + 1 == dim.levels.len() => Some(true),
                _ => None,
            };
            let with: Vec<(Driver, i32)> =
                all.iter().filter(|(_, w)| direction.is_none_or(|up| (*w > 0) == up)).cloned().collect();
            let effects = if with.is_empty() { all } else { with };
            for d in &scored.drivers {
                let own = weight_in(choice_of(instrument, d), &key, |c| ctx.contains(c));
                let by_mismatch = outcome.mismatches.iter().any(|m| {
                    m.drivers.contains(d) && instrument.mismatches[m.rule].effects.get(&key).is_some_and(|w| *w != 0)
                });
                prop_assert!(own != 0 || by_mismatch, "`{}` names `{}.{}`, which weighs nothing on it", &key, &d.question, &d.choice);
            }
            check_ranked(&key, &scored.drivers, &effects)?;
        }
        for trap in &outcome.all_traps {
            let key = format!("trap.{}", trap.trap);
            if trap.severity == 0 {
                prop_assert!(trap.drivers.is_empty(), "`{}` at 0 names {:?}", &key, &trap.drivers);
                continue;
            }
            let effects: Vec<(Driver, i32)> =
                effects_on(instrument, &answers, &outcome, &key).into_iter().filter(|(_, w)| *w > 0).collect();
            for d in &trap.drivers {
                let own = weight_in(choice_of(instrument, d), &key, |c| ctx.contains(c));
                let by_mismatch = outcome.mismatches.iter().any(|m| {
                    m.drivers.contains(d) && instrument.mismatches[m.rule].effects.get(&key).is_some_and(|w| *w > 0)
                });
                prop_assert!(own > 0 || by_mismatch, "`{}` names `{}.{}`, which adds nothing to it", &key, &d.question, &d.choice);
            }
            check_ranked(&key, &trap.drivers, &effects)?;
        }
    }

    #[test]
    fn scores_and_severities_stay_between_0_and_100_and_levels_match_scores(answers in any_answers()) {
        let instrument = instrument();
        let outcome = scoring::score(instrument, &answers);
        prop_assert_eq!(outcome.dimensions.len(), instrument.dimensions.len());
        prop_assert_eq!(outcome.all_traps.len(), instrument.traps.len());
        for (scored, dim) in outcome.dimensions.iter().zip(&instrument.dimensions) {
            prop_assert_eq!(&scored.dimension, &dim.id, "dimensions in the instrument's order");
            prop_assert!(scored.score <= 100, "{} scored {}", dim.id, scored.score);
            prop_assert_eq!(scored.level, dim.level_index(scored.score));
            prop_assert!(scored.level < dim.levels.len());
            if dim.direct.is_none() {
                prop_assert!(scored.nudged.is_none(), "only a direct level is nudged");
            }
        }
        for (scored, trap) in outcome.all_traps.iter().zip(&instrument.traps) {
            prop_assert_eq!(&scored.trap, &trap.id, "traps in the instrument's order");
            prop_assert!(scored.severity <= 100, "{} at {}", trap.id, scored.severity);
            prop_assert_eq!(scored.active, scored.severity >= instrument.trap_active_from);
        }
    }

    #[test]
    fn two_or_three_traps_are_shown_when_enough_reach_watch_level_most_severe_first(answers in any_answers()) {
        let instrument = instrument();
        let outcome = scoring::score(instrument, &answers);
        let watched = outcome.all_traps.iter().filter(|t| t.severity >= instrument.trap_watch_from).count();
        let active = outcome.all_traps.iter().filter(|t| t.active).count();
        prop_assert_eq!(outcome.traps.len(), active.clamp(2, 3).min(watched));
        if watched >= 2 {
            prop_assert!((2..=3).contains(&outcome.traps.len()));
        }
        prop_assert!(outcome.traps.iter().all(|t| t.severity >= instrument.trap_watch_from), "a trap below watch level is shown");
        prop_assert!(outcome.traps.windows(2).all(|w| w[0].severity >= w[1].severity), "most severe first");
        let ids: BTreeSet<&str> = outcome.traps.iter().map(|t| t.trap.as_str()).collect();
        prop_assert_eq!(ids.len(), outcome.traps.len(), "no trap twice");
        let weakest = outcome.traps.last().map_or(0, |t| t.severity);
        for left_out in outcome.all_traps.iter().filter(|t| !ids.contains(t.trap.as_str())) {
            prop_assert!(left_out.severity <= weakest || outcome.traps.len() < 2 && left_out.severity < instrument.trap_watch_from,
                "{} left out at {}", left_out.trap, left_out.severity);
        }
        for shown in &outcome.traps {
            prop_assert!(outcome.all_traps.contains(shown), "shown traps are the same scores as the full list");
        }
    }

    #[test]
    fn a_mismatch_fires_exactly_when_the_signal_lens_gave_the_kind_no_point_and_neither_is_neutral(answers in any_answers()) {
        let instrument = instrument();
        let outcome = scoring::score(instrument, &answers);
        // Points the given answers give a key (lens points are never conditional).
        let points = |key: &str| -> i32 {
            instrument
                .questions()
                .filter_map(|p| p.question.choice(answers.get(&p.question.id)?))
                .filter_map(|c| c.effects.get(key).copied())
                .sum()
        };
        let mut expected = Vec::new();
        for (rule, m) in instrument.mismatches.iter().enumerate() {
            let lens = outcome.category_of(&m.lens).unwrap_or_default();
            let against = outcome.category_of(&m.against).unwrap_or_default();
            // Both lenses must have landed on an answer: a lens nothing gave points to says nothing.
            let landed = |id: &str| outcome.lens(id).is_some_and(|l| !l.drivers.is_empty());
            let fits = points(&format!("{}.{against}", m.lens)) > 0;
            if landed(&m.lens) && landed(&m.against) && !fits && !m.neutral.iter().any(|n| n == lens || n == against) {
                expected.push(rule);
            }
        }
        let found: Vec<usize> = outcome.mismatches.iter().map(|m| m.rule).collect();
        prop_assert_eq!(&found, &expected);
        for m in &outcome.mismatches {
            let rule = &instrument.mismatches[m.rule];
            prop_assert_eq!((&m.lens, &m.against), (&rule.lens, &rule.against));
            let lens = outcome.lens(&rule.lens).expect("the lens");
            let against = outcome.lens(&rule.against).expect("the lens");
            prop_assert_eq!((&m.category, &m.against_category), (&lens.category, &against.category));
            prop_assert_ne!(&m.category, &m.against_category);
            // The signal lens's drivers, then the kind's.
            let drivers: Vec<Driver> = lens.drivers.iter().chain(&against.drivers).cloned().collect();
            prop_assert_eq!(&m.drivers, &drivers, "the signal lens's drivers, then the kind's");
        }
    }

    #[test]
    fn a_mismatch_never_fires_for_a_kind_that_the_signal_answer_also_counts(answers in any_answers()) {
        let instrument = instrument();
        let outcome = scoring::score(instrument, &answers);
        for m in &outcome.mismatches {
            // "Judged on operational metrics" counts an optimizer and a platform; "a steady budget
            // tied to results" an optimizer, a platform and independent work: none of them is told
            // it is judged or funded like something else.
            let fitting = format!("{}.{}", m.lens, m.against_category);
            for p in instrument.questions() {
                let Some(choice) = answers.get(&p.question.id).and_then(|o| p.question.choice(o)) else { continue };
                prop_assert!(
                    choice.effects.get(&fitting).is_none_or(|w| *w <= 0),
                    "`{}.{}` counts `{}`, yet the {} rule fired",
                    &p.question.id,
                    &choice.id,
                    &fitting,
                    &m.lens
                );
            }
            for d in &m.drivers {
                prop_assert!(choice_of(instrument, d).effects.get(&fitting).is_none_or(|w| *w <= 0), "a driver that fits both is no reason");
            }
        }
    }

    #[test]
    fn the_verdict_answers_from_what_the_result_shows_and_names_what_says_so(answers in any_answers()) {
        let instrument = instrument();
        let outcome = scoring::score(instrument, &answers);
        let active: Vec<&str> = outcome.traps.iter().filter(|t| t.active).map(|t| t.trap.as_str()).collect();
        let watched: Vec<&str> = outcome.traps.iter().filter(|t| !t.active).map(|t| t.trap.as_str()).collect();
        let effectiveness = instrument.dimensions.iter().zip(&outcome.dimensions).find(|(d, _)| d.verdict).map(|(_, s)| s.level);
        let verdict = &outcome.verdict;
        // "It fits" only when nothing on the card says otherwise.
        if verdict.fit == Fit::Fits {
            prop_assert!(outcome.traps.is_empty(), "a card that fits shows no trap");
            prop_assert!(effectiveness.is_none_or(|l| l >= 2), "a card that fits has results holding or improving");
        }
        // Strong traps and failing results always count against the fit, more of them more.
        if !active.is_empty() || effectiveness.is_some_and(|l| l <= 1) {
            prop_assert!(verdict.fit > Fit::Fits);
        }
        if active.len() >= 2 || effectiveness == Some(0) {
            prop_assert!(verdict.fit >= Fit::PullsAgainst);
        }
        if verdict.fit == Fit::DoesNotFit {
            prop_assert!(active.len() >= 3 || (effectiveness == Some(0) && !active.is_empty()));
        }
        // It names the strongest traps, or, when none is strong, those worth watching.
        let against: Vec<&str> = verdict.against.iter().map(String::as_str).collect();
        prop_assert_eq!(&against, &active.iter().take(2).copied().collect::<Vec<_>>());
        let watching: Vec<&str> = verdict.watching.iter().map(String::as_str).collect();
        let expected: Vec<&str> = if active.is_empty() { watched.iter().take(2).copied().collect() } else { Vec::new() };
        prop_assert_eq!(watching, expected);
        // A mismatch is named only to explain a funding trap that shows up strongly.
        if !verdict.mismatches.is_empty() {
            prop_assert!(against.contains(&"funding_mismatch"), "{:?}", against);
        }
        // Whatever it says, it says which answers say so: one or two, all given.
        if verdict.fit != Fit::Fits {
            prop_assert!(!verdict.drivers.is_empty(), "a verdict that isn't \"fits\" names an answer");
        }
        prop_assert!(verdict.drivers.len() <= 2);
        for d in &verdict.drivers {
            prop_assert_eq!(answers.get(&d.question), Some(d.choice.as_str()), "the verdict names answers given");
        }
    }

    #[test]
    fn three_to_six_distinct_reading_links_are_picked_each_for_a_reason_it_is_tagged_with(answers in any_answers()) {
        let instrument = instrument();
        let outcome = scoring::score(instrument, &answers);
        prop_assert!((3..=6).contains(&outcome.reading.len()), "{} links", outcome.reading.len());
        let ids: BTreeSet<&str> = outcome.reading.iter().map(|r| r.reading.as_str()).collect();
        prop_assert_eq!(ids.len(), outcome.reading.len(), "a link picked twice");
        for pick in &outcome.reading {
            let item = instrument.reading.iter().find(|r| r.id == pick.reading);
            prop_assert!(item.is_some(), "unknown reading `{}`", pick.reading);
            let item = item.expect("checked");
            let tag = match &pick.reason {
                Reason::Category { lens, category } => Some(format!("{lens}.{category}")),
                Reason::Trap(id) => Some(format!("trap.{id}")),
                Reason::Dimension(id) => Some(format!("dim.{id}")),
                Reason::General => None,
            };
            if let Some(tag) = tag {
                prop_assert!(item.tags.contains(&tag), "`{}` picked for `{}`, which it isn't tagged with", pick.reading, tag);
            }
            if let Reason::Trap(id) = &pick.reason {
                prop_assert!(outcome.traps.iter().any(|t| &t.trap == id), "reading for a trap not shown");
            }
            if let Reason::Category { lens, category } = &pick.reason {
                prop_assert_eq!(outcome.category_of(lens), Some(category.as_str()), "reading for a category not landed on");
            }
        }
    }

    #[test]
    fn scoring_the_same_answers_again_gives_the_same_outcome(answers in any_answers()) {
        let instrument = instrument();
        let first = scoring::score(instrument, &answers);
        let again = scoring::score(instrument, &answers.clone());
        prop_assert_eq!(&first, &again);
        let reparsed = Instrument::from_json(context_check::core::instrument::DEFAULT_SOURCE).expect("valid");
        prop_assert_eq!(first, scoring::score(&reparsed, &answers));
    }

    #[test]
    fn every_lens_lands_on_one_of_its_categories_and_the_first_is_the_profile(answers in any_answers()) {
        let instrument = instrument();
        let outcome = scoring::score(instrument, &answers);
        prop_assert_eq!(outcome.lenses.len(), instrument.lenses.len());
        for (found, lens) in outcome.lenses.iter().zip(&instrument.lenses) {
            prop_assert_eq!(&found.lens, &lens.id);
            prop_assert!(lens.category(&found.category).is_some(), "`{}` is no category of `{}`", found.category, lens.id);
        }
        prop_assert_eq!(outcome.profile(), outcome.lenses[0].category.as_str());
        // The kind comes from the main work question alone.
        if let Some(kind) = answers.get("work_kind") {
            let choice = instrument.question_by_id("work_kind").and_then(|p| p.question.choice(kind)).expect("an option");
            let named = choice.effects.keys().find_map(|k| k.strip_prefix("kind.")).expect("it names a kind");
            prop_assert_eq!(outcome.profile(), named);
        }
    }

    #[test]
    fn drivers_name_answers_actually_given(answers in any_answers()) {
        let outcome = scoring::score(instrument(), &answers);
        let drivers = outcome
            .lenses
            .iter()
            .flat_map(|l| &l.drivers)
            .chain(outcome.dimensions.iter().flat_map(|d| &d.drivers))
            .chain(outcome.all_traps.iter().flat_map(|t| &t.drivers))
            .chain(outcome.mismatches.iter().flat_map(|m| &m.drivers))
            .chain(&outcome.verdict.drivers);
        for driver in drivers {
            prop_assert_eq!(answers.get(&driver.question), Some(driver.choice.as_str()));
        }
    }
}

/// A trap's "why" lists the answers that added to its severity, so even a trap topped up below
/// the active threshold names what put it there.
#[test]
fn every_shown_trap_names_at_least_one_answer_behind_it() {
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig { cases: 256, ..ProptestConfig::default() });
    runner
        .run(&complete_answers(), |answers| {
            let outcome = scoring::score(instrument(), &answers);
            for trap in &outcome.traps {
                prop_assert!(!trap.drivers.is_empty(), "`{}` is shown at {} with no why", trap.trap, trap.severity);
            }
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{e}"));
}
