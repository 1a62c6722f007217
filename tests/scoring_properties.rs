#![cfg(not(target_arch = "wasm32"))]
//! Properties of scoring that hold for any answers, complete or not.

use std::collections::BTreeSet;

use context_check::core::answers::Answers;
use context_check::core::instrument::Instrument;
use context_check::core::scoring::{self, Reason};
use proptest::prelude::*;

fn instrument() -> &'static Instrument {
    Instrument::shipped().expect("the shipped instrument is valid")
}

/// Any answers: each question unanswered or answered with any of its options.
fn any_answers() -> impl Strategy<Value = Answers> {
    let sizes: Vec<usize> = instrument().questions().map(|p| p.question.options.len()).collect();
    let per_question: Vec<_> = sizes.into_iter().map(|n| proptest::option::weighted(0.8, 0..n)).collect();
    per_question.prop_map(|picks| {
        Answers::from_indices(instrument(), picks.into_iter().enumerate().filter_map(|(q, o)| o.map(|o| (q, o))))
    })
}

/// Complete answers only, as a finished result has.
fn complete_answers() -> impl Strategy<Value = Answers> {
    let sizes: Vec<usize> = instrument().questions().map(|p| p.question.options.len()).collect();
    let per_question: Vec<_> = sizes.into_iter().map(|n| 0..n).collect();
    per_question.prop_map(|picks| Answers::from_indices(instrument(), picks.into_iter().enumerate()))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn scores_and_severities_stay_between_0_and_100(answers in any_answers()) {
        let instrument = instrument();
        let outcome = scoring::score(instrument, &answers);
        prop_assert_eq!(outcome.dimensions.len(), instrument.dimensions.len());
        prop_assert_eq!(outcome.all_traps.len(), instrument.traps.len());
        for (scored, dim) in outcome.dimensions.iter().zip(&instrument.dimensions) {
            prop_assert_eq!(&scored.dimension, &dim.id, "dimensions in the instrument's order");
            prop_assert!(scored.score <= 100, "{} scored {}", dim.id, scored.score);
            prop_assert_eq!(scored.level, dim.level_index(scored.score));
            prop_assert!(scored.level < dim.levels.len());
            prop_assert!(scored.drivers.len() <= 3);
        }
        for (scored, trap) in outcome.all_traps.iter().zip(&instrument.traps) {
            prop_assert_eq!(&scored.trap, &trap.id, "traps in the instrument's order");
            prop_assert!(scored.severity <= 100, "{} at {}", trap.id, scored.severity);
            prop_assert_eq!(scored.active, scored.severity >= instrument.trap_active_from);
        }
    }

    #[test]
    fn two_or_three_traps_are_shown_most_severe_first(answers in any_answers()) {
        let outcome = scoring::score(instrument(), &answers);
        let nonzero = outcome.all_traps.iter().filter(|t| t.severity > 0).count();
        let active = outcome.all_traps.iter().filter(|t| t.active).count();
        prop_assert!(outcome.traps.len() <= 3, "{} traps shown", outcome.traps.len());
        if nonzero >= 2 {
            prop_assert!(outcome.traps.len() >= 2, "{} traps have severity but {} shown", nonzero, outcome.traps.len());
        } else {
            prop_assert_eq!(outcome.traps.len(), nonzero);
        }
        prop_assert_eq!(outcome.traps.len(), active.clamp(2, 3).min(nonzero));
        prop_assert!(outcome.traps.iter().all(|t| t.severity > 0), "a trap at 0 is never shown");
        prop_assert!(outcome.traps.windows(2).all(|w| w[0].severity >= w[1].severity), "most severe first");
        let ids: BTreeSet<&str> = outcome.traps.iter().map(|t| t.trap.as_str()).collect();
        prop_assert_eq!(ids.len(), outcome.traps.len(), "no trap twice");
        // Nothing left out is more severe than something shown.
        let weakest = outcome.traps.last().map_or(0, |t| t.severity);
        for left_out in outcome.all_traps.iter().filter(|t| !ids.contains(t.trap.as_str())) {
            prop_assert!(left_out.severity <= weakest, "{} left out at {}", left_out.trap, left_out.severity);
        }
        // Shown traps are the same scores as in the full list.
        for shown in &outcome.traps {
            prop_assert!(outcome.all_traps.contains(shown));
        }
    }

    #[test]
    fn three_to_six_distinct_reading_links_are_picked(answers in any_answers()) {
        let instrument = instrument();
        let outcome = scoring::score(instrument, &answers);
        prop_assert!((3..=6).contains(&outcome.reading.len()), "{} links", outcome.reading.len());
        let ids: BTreeSet<&str> = outcome.reading.iter().map(|r| r.reading.as_str()).collect();
        prop_assert_eq!(ids.len(), outcome.reading.len(), "a link picked twice");
        for pick in &outcome.reading {
            let item = instrument.reading.iter().find(|r| r.id == pick.reading);
            prop_assert!(item.is_some(), "unknown reading `{}`", pick.reading);
            let item = item.expect("checked");
            // The reason is one of the link's own tags, or a general pick.
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
        }
    }

    #[test]
    fn scoring_is_deterministic(answers in any_answers()) {
        let instrument = instrument();
        let first = scoring::score(instrument, &answers);
        let again = scoring::score(instrument, &answers.clone());
        prop_assert_eq!(&first, &again);
        let reparsed = Instrument::from_json(context_check::core::instrument::DEFAULT_SOURCE).expect("valid");
        prop_assert_eq!(first, scoring::score(&reparsed, &answers));
    }

    #[test]
    fn every_lens_lands_on_one_of_its_categories(answers in any_answers()) {
        let instrument = instrument();
        let outcome = scoring::score(instrument, &answers);
        prop_assert_eq!(outcome.lenses.len(), instrument.lenses.len());
        for (found, lens) in outcome.lenses.iter().zip(&instrument.lenses) {
            prop_assert_eq!(&found.lens, &lens.id);
            prop_assert!(lens.category(&found.category).is_some(), "`{}` is no category of `{}`", found.category, lens.id);
        }
        prop_assert_eq!(outcome.profile(), outcome.lenses[0].category.as_str());
    }

    #[test]
    fn drivers_name_answers_actually_given(answers in any_answers()) {
        let outcome = scoring::score(instrument(), &answers);
        let drivers = outcome
            .lenses
            .iter()
            .flat_map(|l| &l.drivers)
            .chain(outcome.dimensions.iter().flat_map(|d| &d.drivers))
            .chain(outcome.all_traps.iter().flat_map(|t| &t.drivers));
        for driver in drivers {
            prop_assert_eq!(answers.get(&driver.question), Some(driver.choice.as_str()));
        }
    }

    #[test]
    fn a_trap_above_its_midpoint_names_at_least_one_answer_behind_it(answers in any_answers()) {
        let outcome = scoring::score(instrument(), &answers);
        for trap in outcome.all_traps.iter().filter(|t| t.severity > 50) {
            prop_assert!(!trap.drivers.is_empty(), "`{}` is at {} with no why", trap.trap, trap.severity);
            prop_assert!(trap.drivers.len() <= 3);
        }
    }
}

/// A trap's "why" lists every answer that added to its severity, so even a trap topped up below
/// the active threshold names what put it there.
#[test]
fn every_shown_trap_names_at_least_one_answer_behind_it() {
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig { cases: 512, ..ProptestConfig::default() });
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
