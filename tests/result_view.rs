#![cfg(not(target_arch = "wasm32"))]
//! What the screens show, already worded, for known answers.

mod common;

use std::collections::BTreeMap;

use common::instrument;
use common::{screen, Screen};
use context_check::core::answers::Answers;
use context_check::core::history::{History, HistoryEntry};
use context_check::core::instrument::Instrument;
use context_check::core::locale::{fill, DE, EN};
use context_check::core::options::Locale;
use context_check::core::scoring::{self, Fit};
use context_check::core::session::{Event, Session, Step};
use context_check::core::stored::{self, Decoded, Saved, SCHEMA};
use context_check::core::view::{DimensionView, ResultView, Why, WhyLine};
use context_check::shipped::Shipped;

const NOW: u64 = 1_760_000_000_000;
const WEEK: u64 = 7 * 24 * 60 * 60 * 1000;

fn german() -> &'static Instrument {
    Instrument::shipped_in(Locale::De).expect("the German instrument is compiled in natively")
}

/// Option indices by question id, turned into positions for Choose events.
fn picks(pairs: &[(&str, &str)]) -> Vec<(usize, usize)> {
    let instrument = instrument();
    let picks: Vec<(usize, usize)> = pairs
        .iter()
        .map(|(q, o)| {
            let placed = instrument.question_by_id(q).unwrap_or_else(|| panic!("no question `{q}`"));
            let option = placed
                .question
                .options
                .iter()
                .position(|c| c.id == *o)
                .unwrap_or_else(|| panic!("no option `{o}` in `{q}`"));
            (placed.index, option)
        })
        .collect();
    assert_eq!(picks.len(), instrument.question_count(), "the fixture answers every question");
    let mut sorted = picks;
    sorted.sort_unstable();
    sorted
}

/// A startup-like team testing a new offering, growing fast, its ways of working in heads.
fn startup() -> Vec<(usize, usize)> {
    picks(common::STARTUP_GROWING_FAST)
}

/// A project factory working from tickets, where value is never discussed.
fn project_factory() -> Vec<(usize, usize)> {
    picks(common::PROJECT_FACTORY)
}

/// Takes the whole check in `instrument` from wherever the session is, as a respondent would,
/// and finishes from the review.
fn take_in(instrument: &Instrument, session: &mut Session, answers: &[(usize, usize)], now: u64) -> u64 {
    session.apply(instrument, Event::Begin);
    for (question, option) in answers {
        assert_eq!(session.step, Step::Question { index: *question });
        session.apply(instrument, Event::Choose { question: *question, option: *option });
        session.apply(instrument, Event::Next);
    }
    assert_eq!(session.step, Step::Review);
    session.apply(instrument, Event::Finish { now });
    match session.step {
        Step::Result { id } => id,
        other => panic!("expected a result, got {other:?}"),
    }
}

fn take(session: &mut Session, answers: &[(usize, usize)], now: u64) -> u64 {
    take_in(instrument(), session, answers, now)
}

fn result_in(instrument: &Instrument, session: &Session) -> ResultView {
    match screen(instrument, session) {
        Screen::Result(view) => *view,
        other => panic!("expected a result screen, got {other:?}"),
    }
}

fn result_of(session: &Session) -> ResultView {
    result_in(instrument(), session)
}

/// The result card for a fixture team, taken in a fresh session.
fn card_in(instrument: &Instrument, pairs: &[(&str, &str)]) -> ResultView {
    let mut session = Session::new();
    take_in(instrument, &mut session, &picks(pairs), NOW);
    result_in(instrument, &session)
}

fn card(pairs: &[(&str, &str)]) -> ResultView {
    card_in(instrument(), pairs)
}

/// Every fixture team, by name: the six realistic teams and the two older ones.
fn every_team() -> Vec<(&'static str, &'static [(&'static str, &'static str)])> {
    let mut teams = common::TEAMS.to_vec();
    teams.push(("startup growing fast", common::STARTUP_GROWING_FAST));
    teams.push(("project factory", common::PROJECT_FACTORY));
    teams
}

fn dimension<'a>(view: &'a ResultView, id: &str) -> &'a DimensionView {
    view.dimensions.iter().find(|d| d.id == id).unwrap_or_else(|| panic!("`{id}` is shown"))
}

/// The line an answer given in `instrument` reads as.
fn line(instrument: &Instrument, question: &str, option: &str) -> (String, String) {
    let placed = instrument.question_by_id(question).expect("a known question");
    (placed.question.short.clone(), placed.question.choice(option).expect("a known option").label.clone())
}

/// Every "Why …?" on a card, with the name it should carry.
fn whys(view: &ResultView) -> Vec<(String, &Why)> {
    let mut all = vec![(view.profile.name.clone(), &view.profile.why)];
    all.extend(view.signals.iter().map(|l| (l.name.clone(), &l.why)));
    all.extend(view.lenses.iter().map(|l| (l.name.clone(), &l.why)));
    all.extend(view.dimensions.iter().map(|d| (d.level.clone(), &d.why)));
    all.extend(view.traps.iter().map(|t| (t.name.clone(), &t.why)));
    all
}

#[test]
fn the_result_names_the_profile_with_its_reasons() {
    let mut session = Session::new();
    take(&mut session, &startup(), NOW);
    let view = result_of(&session);
    assert_eq!(view.profile.id, "new_offerings");
    assert_eq!(view.profile.name, "New Offerings");
    assert_eq!(view.profile.lens_label, "Your kind of work");
    assert!(!view.profile.description.is_empty() && !view.profile.try_next.is_empty());
    assert_eq!(view.profile.why.label, "Why New Offerings?");
    assert!(
        view.profile.why.lines.contains(&WhyLine {
            question: "Main work".into(),
            answer: "Finding out whether a new product or offering can work".into(),
            because: None,
        }),
        "{:?}",
        view.profile.why
    );
    assert!(view.profile.why.lines.len() <= 3);
}

#[test]
fn the_result_shows_the_lenses_beside_the_profile() {
    let mut session = Session::new();
    take(&mut session, &startup(), NOW);
    let view = result_of(&session);
    let lenses: Vec<(&str, &str)> = view.lenses.iter().map(|l| (l.label.as_str(), l.name.as_str())).collect();
    assert_eq!(lenses, [("Rate of change", "Rapid growth"), ("How much of the work is that kind", "Nearly all of it")]);
    assert!(view.lenses.iter().all(|l| !l.text.is_empty()));
    assert!(view.lenses.iter().all(|l| !l.why.lines.is_empty()), "each lens says why: {:?}", view.lenses);
    // Awareness and effectiveness are levels now, among the dimensions, not lenses.
    assert!(view.lenses.iter().all(|l| l.label != "Awareness" && l.label != "Effectiveness"));
    assert_eq!(dimension(&view, "awareness").level, "Implicit");
    assert_eq!(dimension(&view, "effectiveness").level, "Working for now");
}

#[test]
fn the_card_says_what_the_team_is_judged_like_and_funded_like() {
    let startup = card(common::STARTUP_GROWING_FAST);
    let signals: Vec<(&str, &str)> = startup.signals.iter().map(|l| (l.label.as_str(), l.name.as_str())).collect();
    assert_eq!(signals, [("Judged like", "New Offerings"), ("Funded like", "New Offerings")]);
    let funded = &startup.signals[1];
    assert_eq!(funded.text, "Funded in stages, as you reach milestones.");
    assert_eq!(funded.try_next, None, "a signal, not a move of its own");
    let lines: Vec<(&str, &str)> = funded.why.lines.iter().map(|l| (l.question.as_str(), l.answer.as_str())).collect();
    assert_eq!(
        lines,
        [("Funding", "In stages: more when we reach a milestone or learn something")],
        "the funding answer alone"
    );

    // The platform judged on time and funded project by project says so on both lines.
    let platform = card(common::PLATFORM_OTHERS_BUILD_ON);
    assert_eq!(platform.profile.name, "Internal Product or Platform");
    let names: Vec<&str> = platform.signals.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names, ["Project Factory", "Project Factory"]);

    // A budget that fits several kinds reads as the kind the team described.
    let steady = card(&changed(common::PLATFORM_OTHERS_BUILD_ON, &[("success", "adoption"), ("funding", "metrics")]));
    let names: Vec<&str> = steady.signals.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names, ["Internal Product or Platform", "Internal Product or Platform"]);

    for (name, pairs) in every_team() {
        let view = card(pairs);
        assert_eq!(view.signals.len(), 2, "{name}");
        for signal in &view.signals {
            assert!(!signal.name.is_empty() && !signal.why.lines.is_empty(), "{name}: {signal:?}");
        }
    }
}

#[test]
fn the_result_shows_seven_dimensions_with_their_levels() {
    let instrument = instrument();
    let mut session = Session::new();
    take(&mut session, &startup(), NOW);
    let view = result_of(&session);
    assert_eq!(view.dimensions.len(), 7);
    for (shown, dim) in view.dimensions.iter().zip(&instrument.dimensions) {
        assert_eq!(shown.id, dim.id);
        assert_eq!(shown.label, dim.label);
        assert!(shown.score <= 100);
        assert_eq!(shown.level_count, dim.levels.len(), "{}", dim.id);
        assert!(shown.level_index < shown.level_count, "{}", dim.id);
        assert_eq!(shown.level_index, dim.level_index(shown.score), "{}", dim.id);
        let level = &dim.levels[shown.level_index];
        assert_eq!(shown.level, level.name, "{}", dim.id);
        assert_eq!(shown.level_text, level.text);
        assert_eq!(shown.spectrum, dim.spectrum);
        assert_eq!(shown.delta, None, "no previous result to compare with");
    }
    let levels: Vec<&str> = view.dimensions.iter().map(|d| d.level.as_str()).collect();
    assert_eq!(
        levels,
        ["Implicit", "Working for now", "A few at once", "Now and then", "Good fit", "Mixed", "Anything goes"]
    );
    let places: Vec<(usize, usize)> = view.dimensions.iter().map(|d| (d.level_index, d.level_count)).collect();
    assert_eq!(places, [(1, 3), (2, 4), (1, 3), (1, 3), (2, 3), (1, 3), (0, 4)]);
    assert!(view.previous.is_none());
}

#[test]
fn the_result_shows_the_traps_that_matter_each_with_a_next_move_and_why() {
    let instrument = instrument();
    for (name, answers, expected) in [
        ("startup", startup(), vec!["loop_back", "implicit_scaling"]),
        ("project factory", project_factory(), vec!["value_avoidance", "loudest_needs", "scattered_focus"]),
    ] {
        let mut session = Session::new();
        take(&mut session, &answers, NOW);
        let view = result_of(&session);
        let ids: Vec<&str> = view.traps.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, expected, "{name}");
        assert!((2..=3).contains(&view.traps.len()), "{name}");
        for trap in &view.traps {
            let defined = instrument.trap(&trap.id).expect("a known trap");
            assert_eq!(trap.name, defined.name);
            assert_eq!(trap.next_move, defined.next_move);
            assert!(!trap.next_move.trim().is_empty());
            assert!(!trap.why.lines.is_empty(), "{name}: `{}` says why", trap.id);
            assert!(trap.active, "{name}: `{}` at {}", trap.id, trap.severity);
            assert_eq!(trap.badge, EN.active_trap, "{name}: `{}` at {}", trap.id, trap.severity);
        }
    }
}

#[test]
fn a_trap_says_which_answers_brought_it_up() {
    let mut session = Session::new();
    take(&mut session, &startup(), NOW);
    let view = result_of(&session);
    let loop_back = view.traps.iter().find(|t| t.id == "loop_back").expect("shown");
    assert_eq!(loop_back.why.label, "Why Decisions that don't loop back?");
    assert_eq!(
        loop_back.why.lines,
        [WhyLine {
            question: "Side decisions".into(),
            answer: "The rest of the team finds out when the work shows up".into(),
            because: None,
        }]
    );
    assert_eq!(loop_back.severity, 75);
}

#[test]
fn a_trap_below_the_threshold_is_worth_watching() {
    let instrument = instrument();
    // The operational team that is fine, but rarely finding out what its work changed.
    let mut answers = picks(common::OPERATIONAL_TEAM_THAT_IS_FINE);
    let outcomes = instrument.question_by_id("outcomes").expect("exists");
    answers[outcomes.index].1 = outcomes.question.options.iter().position(|o| o.id == "rarely").expect("exists");
    let mut session = Session::new();
    take(&mut session, &answers, NOW);
    let view = result_of(&session);
    let badges: Vec<(&str, bool, &str)> = view.traps.iter().map(|t| (t.id.as_str(), t.active, t.badge)).collect();
    assert_eq!(badges, [("value_avoidance", false, EN.watch_trap)]);
    let trap = &view.traps[0];
    assert!((instrument.trap_watch_from..instrument.trap_active_from).contains(&trap.severity), "{}", trap.severity);
    assert!(
        trap.ask.is_some() && !trap.works_when.is_empty(),
        "a trap worth watching still asks and says when it worked"
    );
    // Nothing shows up strongly: it mostly fits, and the verdict names what is worth watching.
    assert_eq!(view.verdict.fit, Fit::MostlyFits);
    assert_eq!(
        view.verdict.sentence,
        "The way your team works mostly fits its work as an operational optimizer. Worth watching: Value left unspoken."
    );
    assert!(view.verdict.sentence.contains(&trap.name));
}

#[test]
fn the_verdict_sentence_names_the_kind_and_the_traps_that_show_up_strongly() {
    let instrument = instrument();
    let startup = card(common::STARTUP_GROWING_FAST);
    assert_eq!(startup.verdict.fit, Fit::PullsAgainst);
    assert_eq!(
        startup.verdict.sentence,
        "Parts of how your team works pull against its work as a new offering: Decisions that don't loop back and Implicit context under fast change."
    );
    let fine = card(common::OPERATIONAL_TEAM_THAT_IS_FINE);
    assert_eq!(fine.verdict.fit, Fit::Fits);
    assert_eq!(fine.verdict.sentence, "The way your team works fits its work as an operational optimizer.");
    let platform = card(common::PLATFORM_OTHERS_BUILD_ON);
    assert_eq!(
        platform.verdict.sentence,
        "You describe a platform others build on, but your team is judged and funded like a project factory. \
Also pulling against it: Others build on what only you know."
    );

    for (name, pairs) in every_team() {
        let view = card(pairs);
        let outcome = scoring::score(instrument, &common::complete(pairs));
        let kind = instrument.lens("kind").and_then(|l| l.category(&view.profile.id)).expect("the profile's kind");
        let sentence = &view.verdict.sentence;
        assert!(!kind.phrase.is_empty());
        assert!(sentence.contains(&kind.phrase), "{name}: {sentence:?} names {:?}", kind.phrase);
        assert!(
            !sentence.contains('{') && !sentence.contains('}'),
            "{name}: every placeholder is filled: {sentence:?}"
        );
        assert_eq!(view.verdict.fit, outcome.verdict.fit, "{name}");
        let active: Vec<&str> = view.traps.iter().filter(|t| t.active).map(|t| t.name.as_str()).collect();
        if !outcome.verdict.mismatches.is_empty() {
            // The mismatch is the sentence: what the team is, and what it is judged or funded like.
            for &i in &outcome.verdict.mismatches {
                let found = &outcome.mismatches[i];
                let lens = instrument.lens(&found.lens).expect("a signal lens");
                assert!(lens.signal && !lens.verb.is_empty(), "{name}: `{}`", lens.id);
                let phrase =
                    lens.category(&found.category).map(|c| c.phrase.clone()).expect("a category with a phrase");
                assert!(!phrase.is_empty());
                assert!(sentence.contains(&phrase), "{name}: {sentence:?} names what it is {} like", lens.verb);
                assert!(sentence.contains(&lens.verb), "{name}: {sentence:?} says {:?}", lens.verb);
            }
            // And the other traps that show up strongly, after it.
            for trap in active.iter().take(2).filter(|t| **t != "Funding that doesn't fit the work") {
                assert!(sentence.contains(trap), "{name}: {sentence:?} also names {trap:?}");
            }
        } else {
            // The first two traps that show up strongly are named, in order.
            let named: Vec<&str> = active.iter().take(2).copied().collect();
            let mut at = 0;
            for trap in &named {
                let found = sentence[at..].find(trap).unwrap_or_else(|| panic!("{name}: {sentence:?} names {trap:?}"));
                at += found + trap.len();
            }
            if named.is_empty() {
                // With none strong, only the traps worth watching (at most two) may be named.
                let watching: Vec<&str> = outcome
                    .verdict
                    .watching
                    .iter()
                    .filter_map(|id| instrument.trap(id))
                    .map(|t| t.name.as_str())
                    .collect();
                assert!(watching.len() <= 2, "{name}");
                for trap in &view.traps {
                    assert!(
                        watching.contains(&trap.name.as_str()) || !sentence.contains(&trap.name),
                        "{name}: {sentence:?} names {:?}, which is not worth watching",
                        trap.name
                    );
                }
            }
        }
        if view.verdict.fit == Fit::Fits {
            assert!(view.traps.is_empty(), "{name}: it fits only with nothing strong or worth watching");
        }
    }
}

/// A fixture with some answers changed.
fn changed(
    pairs: &[(&'static str, &'static str)],
    changes: &[(&'static str, &'static str)],
) -> Vec<(&'static str, &'static str)> {
    pairs.iter().map(|&(q, o)| changes.iter().find(|(c, _)| *c == q).copied().unwrap_or((q, o))).collect()
}

#[test]
fn a_new_offering_funded_project_by_project_is_told_it_is_funded_like_a_project_factory() {
    // Judged on evidence milestones, as a new offering should be; funded project by project, which
    // makes funding that doesn't fit show up strongly (3 of 5), beside implicit scaling.
    let view = card(&changed(common::NEW_BET_GROWING_FAST, &[("funding", "per_project")]));
    assert_eq!(view.verdict.fit, Fit::PullsAgainst);
    assert_eq!(
        view.verdict.sentence,
        "You describe a new offering, but your team is funded like a project factory. \
Also pulling against it: Implicit context under fast change."
    );
    assert!(!view.verdict.sentence.contains("judged"), "how it is judged fits: {:?}", view.verdict.sentence);
    let lines: Vec<(String, String)> =
        view.verdict.because.iter().map(|l| (l.question.clone(), l.answer.clone())).collect();
    assert_eq!(lines[0], line(instrument(), "funding", "per_project"), "the budget says so first");
    assert_eq!(view.signals.iter().map(|l| l.name.as_str()).collect::<Vec<_>>(), ["New Offerings", "Project Factory"]);
    let trap = view.traps.iter().find(|t| t.id == "funding_mismatch").expect("shown");
    assert!(trap.active);
}

#[test]
fn a_team_judged_like_one_kind_and_funded_like_another_is_told_both() {
    // A platform judged on projects on time and funded as a share of a program: both rules fire,
    // and funding that doesn't fit is strong (program share for a platform 2 + the judged rule 2
    // = 4 of 5 = 80).
    let view = card(&changed(common::PLATFORM_OTHERS_BUILD_ON, &[("funding", "program_share")]));
    assert_eq!(view.verdict.fit, Fit::PullsAgainst);
    assert_eq!(
        view.verdict.sentence,
        "You describe a platform others build on, but your team is judged like a project factory and funded like part of a large program. \
Also pulling against it: Others build on what only you know."
    );
}

#[test]
fn a_team_judged_like_another_kind_on_a_fitting_budget_hears_it_as_worth_watching() {
    // An operational team judged on projects on time, with a steady budget tied to its results:
    // the judged rule alone adds 2 of 5 to funding that doesn't fit, worth watching, so the
    // verdict mostly fits and doesn't lead with the mismatch.
    let view = card(&changed(common::OPERATIONAL_TEAM_THAT_IS_FINE, &[("success", "on_time")]));
    assert_eq!(view.verdict.fit, Fit::MostlyFits);
    assert_eq!(
        view.verdict.sentence,
        "The way your team works mostly fits its work as an operational optimizer. Worth watching: Funding that doesn't fit the work."
    );
    let lines: Vec<(String, String)> =
        view.verdict.because.iter().map(|l| (l.question.clone(), l.answer.clone())).collect();
    assert_eq!(lines, [line(instrument(), "success", "on_time")]);
    let badges: Vec<(&str, bool)> = view.traps.iter().map(|t| (t.id.as_str(), t.active)).collect();
    assert_eq!(badges, [("funding_mismatch", false)]);
}

#[test]
fn the_verdict_rests_on_one_or_two_answers_actually_given() {
    let instrument = instrument();
    for (name, pairs) in every_team() {
        let view = card(pairs);
        let given: Vec<(String, String)> = pairs.iter().map(|(q, o)| line(instrument, q, o)).collect();
        assert!((1..=2).contains(&view.verdict.because.len()), "{name}: {:?}", view.verdict.because);
        for because in &view.verdict.because {
            assert!(
                given.contains(&(because.question.clone(), because.answer.clone())),
                "{name}: {because:?} is an answer the team gave"
            );
            assert_eq!(because.because, None, "{name}");
        }
    }
    let startup = card(common::STARTUP_GROWING_FAST);
    let lines: Vec<(&str, &str)> =
        startup.verdict.because.iter().map(|l| (l.question.as_str(), l.answer.as_str())).collect();
    assert_eq!(
        lines,
        [
            ("Side decisions", "The rest of the team finds out when the work shows up"),
            ("Learning how the team works", "Someone would walk them through it; it's mostly in our heads"),
        ]
    );
}

#[test]
fn the_verdict_is_worded_in_german_for_the_german_instrument() {
    let de = german();
    let view = card_in(de, common::STARTUP_GROWING_FAST);
    assert_eq!(view.verdict.fit, Fit::PullsAgainst);
    assert_eq!(
        view.verdict.sentence,
        "Teile der Arbeitsweise deines Teams wirken gegen seine Arbeit als ein neues Angebot: Entscheidungen ohne Rückkopplung und Impliziter Kontext bei schnellem Wandel."
    );
    let kind = de.lens("kind").and_then(|l| l.category("new_offerings")).expect("exists");
    let names: Vec<String> =
        ["loop_back", "implicit_scaling"].iter().map(|t| de.trap(t).expect("exists").name.clone()).collect();
    assert_eq!(
        view.verdict.sentence,
        fill(DE.verdict_pulls, &[("kind", &kind.phrase), ("against", &names.join(DE.and))]),
        "the German template, filled with German words"
    );
    assert_ne!(view.verdict.sentence, card(common::STARTUP_GROWING_FAST).verdict.sentence);
    let lines: Vec<(String, String)> =
        view.verdict.because.iter().map(|l| (l.question.clone(), l.answer.clone())).collect();
    assert_eq!(lines, [line(de, "side_decisions", "surprise"), line(de, "onboarding", "walkthrough")]);
    assert_eq!(lines[0].0, "Nebenabsprachen");

    let fine = card_in(de, common::OPERATIONAL_TEAM_THAT_IS_FINE);
    assert_eq!(
        fine.verdict.sentence,
        "Die Arbeitsweise deines Teams passt zu seiner Arbeit als ein Team, das einen bestehenden Betrieb verbessert."
    );
}

#[test]
fn every_shown_trap_asks_the_team_the_question_behind_it_most_and_says_when_it_worked() {
    for instrument in [instrument(), german()] {
        for (name, pairs) in every_team() {
            let view = card_in(instrument, pairs);
            let outcome = scoring::score(instrument, &common::complete(pairs));
            assert_eq!(view.traps.len(), outcome.traps.len());
            for (trap, scored) in view.traps.iter().zip(&outcome.traps) {
                assert_eq!(trap.id, scored.trap);
                let first = scored.drivers.first().unwrap_or_else(|| panic!("{name}: `{}` has a driver", trap.id));
                let question = instrument.question_by_id(&first.question).expect("a known question").question;
                assert!(!question.discuss.trim().is_empty());
                assert_eq!(trap.ask.as_deref(), Some(question.discuss.as_str()), "{name}: `{}`", trap.id);
                let defined = instrument.trap(&trap.id).expect("a known trap");
                assert!(!trap.works_when.trim().is_empty(), "{name}: `{}`", trap.id);
                assert_eq!(trap.works_when, defined.works_when);
                // The prompt is the first answer named in its why.
                assert_eq!(trap.why.lines.first().map(|l| l.question.as_str()), Some(question.short.as_str()));
            }
        }
    }
    let startup = card(common::STARTUP_GROWING_FAST);
    assert_eq!(
        startup.traps[0].ask.as_deref(),
        Some("Recall a recent decision an engineer and the product manager settled between them. Ask who heard of it, when, and how.")
    );
    assert_eq!(EN.ask_team, "Ask your team");
}

#[test]
fn the_profile_and_each_lens_move_says_how_the_team_will_know_it_worked() {
    for instrument in [instrument(), german()] {
        for (name, pairs) in every_team() {
            let view = card_in(instrument, pairs);
            let kind = instrument.lens("kind").and_then(|l| l.category(&view.profile.id)).expect("the profile's kind");
            assert!(!view.profile.try_next.trim().is_empty() && !view.profile.works_when.trim().is_empty(), "{name}");
            assert_eq!(view.profile.works_when, kind.works_when, "{name}");
            let outcome = scoring::score(instrument, &common::complete(pairs));
            let labels: Vec<&str> = view.lenses.iter().map(|l| l.label.as_str()).collect();
            let expected: Vec<&str> =
                ["change", "mix"].iter().map(|id| instrument.lens(id).expect("exists").label.as_str()).collect();
            assert_eq!(labels, expected, "{name}: rate of change, and how much of the work is that kind");
            for (lens, id) in view.lenses.iter().zip(["change", "mix"]) {
                let category = instrument
                    .lens(id)
                    .and_then(|l| l.category(outcome.category_of(id).expect("landed")))
                    .expect("a known category");
                let (step, when) = lens.try_next.as_ref().unwrap_or_else(|| panic!("{name}: `{id}` has a move"));
                assert!(!step.trim().is_empty() && !when.trim().is_empty(), "{name}: `{id}`");
                assert_eq!((step, when), (&category.try_next, &category.works_when), "{name}: `{id}`");
            }
        }
    }
    let startup = card(common::STARTUP_GROWING_FAST);
    assert_eq!(
        startup.lenses[0].try_next.as_ref().map(|(_, when)| when.as_str()),
        Some("The next joiners get those three right in their first month without being corrected.")
    );
}

#[test]
fn every_why_is_labelled_with_what_it_explains() {
    for (instrument, strings, word) in [(instrument(), &EN, "Why"), (german(), &DE, "Warum")] {
        for (name, pairs) in every_team() {
            let view = card_in(instrument, pairs);
            let all = whys(&view);
            assert_eq!(all.len(), 1 + 2 + 2 + 7 + view.traps.len(), "{name}: every finding has its why");
            for (what, why) in all {
                assert!(!what.trim().is_empty(), "{name}");
                assert_eq!(why.label, format!("{word} {what}?"), "{name}");
                assert_eq!(why.label, fill(strings.why_named, &[("name", &what)]));
                assert_ne!(why.label.trim_end_matches('?').trim(), word, "{name}: never a bare {word:?}");
                assert!(!why.lines.is_empty(), "{name}: {:?} names answers", why.label);
            }
        }
    }
    let startup = card(common::STARTUP_GROWING_FAST);
    assert_eq!(dimension(&startup, "awareness").why.label, "Why Implicit?");
}

#[test]
fn a_direct_level_moved_by_another_answer_says_why_on_that_answers_line() {
    let instrument = instrument();
    // A new bet that talks about value now and then, but checks what its work changed: Routine.
    let view = card(common::NEW_BET_GROWING_FAST);
    let value = dimension(&view, "value");
    assert_eq!(value.level, "Routine");
    let nudge = instrument
        .dimension("value")
        .and_then(|d| d.nudges.iter().find(|n| n.answer == "outcomes.usually"))
        .expect("the nudge exists");
    assert_eq!(value.why.label, "Why Routine?");
    assert_eq!(
        value.why.lines,
        [
            WhyLine {
                question: "Talking about value".into(),
                answer: "Now and then, when someone asks".into(),
                because: Some("on its own, this says Now and then".into()),
            },
            WhyLine {
                question: "Finding out what your work changed".into(),
                answer: "Usually: we check, and we can show what changed".into(),
                because: Some(nudge.because.clone()),
            },
        ]
    );

    // The same answer about value, unmoved, says nothing more.
    let startup = card(common::STARTUP_GROWING_FAST);
    let value = dimension(&startup, "value");
    assert_eq!(value.level, "Now and then");
    assert!(value.why.lines.iter().all(|l| l.because.is_none()), "{:?}", value.why);

    // Every team: each moved level names each nudge on its answer's line; nothing else does.
    for (name, pairs) in every_team() {
        let view = card(pairs);
        let outcome = scoring::score(instrument, &common::complete(pairs));
        for (dim, scored) in instrument.dimensions.iter().zip(&outcome.dimensions) {
            let shown = dimension(&view, &dim.id);
            match &scored.nudged {
                Some(nudged) => {
                    let from = &dim.levels[nudged.from].name;
                    assert_eq!(
                        shown.why.lines[0].because,
                        Some(fill(EN.level_named, &[("level", from)])),
                        "{name}: {}",
                        dim.id
                    );
                    assert_eq!(shown.why.lines.len(), 1 + nudged.because.len(), "{name}: {}", dim.id);
                    for (line_shown, (index, driver)) in shown.why.lines[1..].iter().zip(&nudged.because) {
                        let (question, answer) = line(instrument, &driver.question, &driver.choice);
                        assert_eq!(
                            (&line_shown.question, &line_shown.answer),
                            (&question, &answer),
                            "{name}: {}",
                            dim.id
                        );
                        assert_eq!(
                            line_shown.because.as_ref(),
                            Some(&dim.nudges[*index].because),
                            "{name}: {}",
                            dim.id
                        );
                    }
                }
                None => assert!(shown.why.lines.iter().all(|l| l.because.is_none()), "{name}: {}", dim.id),
            }
        }
    }
}

#[test]
fn the_comparison_with_the_previous_result_is_worded_in_levels() {
    let instrument = instrument();
    let mut session = Session::new();
    let first = take(&mut session, &startup(), NOW);
    let before = result_of(&session);
    let second = take(&mut session, &picks(common::OPERATIONAL_TEAM_THAT_IS_FINE), NOW + WEEK);
    let after = result_of(&session);
    assert_eq!(after.id, second);

    let previous = after.previous.as_ref().expect("the first result is the previous one");
    assert_eq!(previous.finished_at, NOW);
    assert_eq!(previous.profile, "New Offerings");
    assert!(previous.profile_changed);
    for (now, then) in after.dimensions.iter().zip(&before.dimensions) {
        let (index, words) = now.delta.as_ref().unwrap_or_else(|| panic!("{} is compared", now.id));
        assert_eq!(*index, then.level_index, "{}", now.id);
        let template = match then.level_index.cmp(&now.level_index) {
            std::cmp::Ordering::Less => EN.delta_up_from,
            std::cmp::Ordering::Greater => EN.delta_down_from,
            std::cmp::Ordering::Equal => EN.delta_same,
        };
        assert_eq!(*words, fill(template, &[("level", &then.level)]), "{}", now.id);
        assert!(!words.chars().any(|c| c.is_ascii_digit()), "{}: words, not numbers: {words}", now.id);
    }
    let awareness = dimension(&after, "awareness");
    assert_eq!(
        (awareness.level.as_str(), awareness.delta.clone()),
        ("Explicit", Some((1, "up from Implicit".to_owned())))
    );
    let guidance = dimension(&after, "guidance");
    assert_eq!(guidance.delta, Some((0, "up from Anything goes".to_owned())));
    assert_eq!(dimension(&after, "funding_fit").delta, Some((2, "same as before".to_owned())));

    // And down again.
    take(&mut session, &picks(common::STUCK_TEAM), NOW + 2 * WEEK);
    let stuck = result_of(&session);
    assert_eq!(dimension(&stuck, "awareness").delta, Some((2, "down from Explicit".to_owned())));
    assert_eq!(dimension(&stuck, "effectiveness").delta, Some((3, "down from Getting better".to_owned())));

    // The history lists all three, newest first, marking the one on screen.
    let rows: Vec<(u64, bool, bool)> =
        context_check::core::view::history_rows(common::instrument(), &session, Some(stuck.id))
            .iter()
            .map(|r| (r.id, r.current, r.earlier))
            .collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[1..], [(second, false, false), (first, false, false)]);
    assert!(rows[0].1);

    // Opening the first result again shows no comparison.
    session.apply(instrument, Event::OpenResult { id: first });
    let reopened = result_of(&session);
    assert!(reopened.previous.is_none());
    assert!(reopened.dimensions.iter().all(|d| d.delta.is_none()));
    assert_eq!(reopened.dimensions, before.dimensions);
}

#[test]
fn the_same_answers_again_show_no_change() {
    let mut session = Session::new();
    take(&mut session, &startup(), NOW);
    take(&mut session, &startup(), NOW + WEEK);
    let view = result_of(&session);
    let previous = view.previous.expect("a previous result");
    assert!(!previous.profile_changed);
    for d in &view.dimensions {
        assert_eq!(d.delta, Some((d.level_index, "same as before".to_owned())), "{}", d.id);
    }
}

#[test]
fn deltas_are_worded_with_their_direction() {
    assert_eq!(EN.delta(0), "no change");
    assert_eq!(EN.delta(12), "up 12");
    assert_eq!(EN.delta(-7), "down 7");
    assert_eq!(fill(EN.delta_up_from, &[("level", "Implicit")]), "up from Implicit");
    assert_eq!(fill(EN.delta_down_from, &[("level", "Explicit")]), "down from Explicit");
    assert_eq!(EN.delta_same, "same as before");
}

/// A result kept from version 1 of the questions, whose answers no longer fit.
fn earlier_entry(id: u64) -> HistoryEntry {
    let mut answers = Answers::new();
    answers.set("work_kind", "new_offering");
    answers.set("funding", "stages");
    HistoryEntry {
        id,
        finished_at: id,
        instrument_version: instrument().version - 1,
        answers,
        profile: "platform".into(),
        scores: BTreeMap::from([("awareness".to_owned(), 40), ("value".to_owned(), 85)]),
    }
}

/// What version 1 of the widget wrote after one result, as stored.
const VERSION_1_WITH_A_RESULT: &str = r#"{"schema":1,"answers":{},"step":{"result":{"id":1700000000000}},"history":[{"id":1700000000000,"finished_at":1700000000000,"instrument_version":1,"answers":{"work_kind":"new_offering","funding":"stages"},"profile":"platform","scores":{"awareness":40}}]}"#;

#[test]
fn a_result_from_an_earlier_version_of_the_questions_is_kept_and_opens_as_a_notice() {
    let instrument = instrument();
    assert!(instrument.version > 1, "this is about results kept from version 1");
    let saved = match stored::decode(Some(VERSION_1_WITH_A_RESULT)) {
        Decoded::Restored(saved) => saved,
        other => panic!("the version 1 document is read, got {other:?}"),
    };
    let mut session = Session::restore(instrument, saved);
    assert_eq!(session.history.entries().len(), 1, "kept on restore, answers and all");
    let kept = &session.history.entries()[0];
    assert_eq!((kept.id, kept.instrument_version), (1_700_000_000_000, 1));
    assert_eq!(kept.answers.get("work_kind"), Some("new_offering"), "kept as it was, not trimmed");
    assert_eq!(session.step, Step::Result { id: 1_700_000_000_000 });

    // Restored onto it, it opens as a notice, not a scored card.
    let Screen::Earlier(earlier) = screen(instrument, &session) else {
        panic!("expected the earlier-version notice, got {:?}", screen(instrument, &session))
    };
    assert_eq!(earlier.id, 1_700_000_000_000);
    assert_eq!(earlier.finished_at, 1_700_000_000_000);
    assert_eq!(earlier.profile, "Internal Product or Platform");
    let rows: Vec<(u64, bool, bool)> =
        context_check::core::view::history_rows(common::instrument(), &session, Some(earlier.id))
            .iter()
            .map(|r| (r.id, r.current, r.earlier))
            .collect();
    assert_eq!(rows, [(1_700_000_000_000, true, true)]);

    // Listed on the intro as earlier, beside a new result that is not.
    session.apply(instrument, Event::Home);
    let new = take(&mut session, &startup(), NOW);
    session.apply(instrument, Event::Home);
    assert!(matches!(screen(instrument, &session), Screen::Intro(_)), "expected the intro");
    let listed = context_check::core::view::history_rows(common::instrument(), &session, None);
    let rows: Vec<(u64, &str, bool)> = listed.iter().map(|r| (r.id, r.profile.as_str(), r.earlier)).collect();
    assert_eq!(rows, [(new, "New Offerings", false), (1_700_000_000_000, "Internal Product or Platform", true)]);

    // Opened from the list, still a notice; the new one is a card.
    session.apply(instrument, Event::OpenResult { id: 1_700_000_000_000 });
    assert!(matches!(screen(instrument, &session), Screen::Earlier(view) if view.id == 1_700_000_000_000));
    session.apply(instrument, Event::OpenResult { id: new });
    assert!(matches!(screen(instrument, &session), Screen::Result(view) if view.id == new));

    // And it survives another save and reload.
    let raw = stored::encode(&session.saved());
    let Decoded::Restored(saved) = stored::decode(Some(&raw)) else { panic!("reads back") };
    let again = Session::restore(instrument, saved);
    assert_eq!(again.history, session.history);
}

#[test]
fn a_result_from_a_later_version_of_the_questions_is_dropped_on_restore() {
    let instrument = instrument();
    let mut later = earlier_entry(1_700_000_000_000);
    later.instrument_version = instrument.version + 1;
    let mut history = History::default();
    history.push(later);
    history.push(earlier_entry(1_700_000_500_000));
    let saved = Saved { schema: SCHEMA, answers: Answers::new(), step: Step::Intro, from_review: false, history };
    let session = Session::restore(instrument, saved);
    let kept: Vec<u64> = session.history.entries().iter().map(|e| e.id).collect();
    assert_eq!(kept, [1_700_000_500_000]);
}

#[test]
fn a_result_after_one_from_an_earlier_version_has_no_comparison() {
    let instrument = instrument();
    let mut history = History::default();
    history.push(earlier_entry(NOW - WEEK));
    let saved = Saved { schema: SCHEMA, answers: Answers::new(), step: Step::Intro, from_review: false, history };
    let mut session = Session::restore(instrument, saved);
    assert_eq!(session.history.entries().len(), 1);
    let id = take(&mut session, &startup(), NOW);
    let view = result_of(&session);
    assert_eq!(view.id, id);
    assert!(view.previous.is_none(), "nothing to compare with across versions of the questions");
    assert!(
        view.dimensions.iter().all(|d| d.delta.is_none()),
        "{:?}",
        view.dimensions.iter().map(|d| &d.delta).collect::<Vec<_>>()
    );
    let rows: Vec<(u64, bool, bool)> =
        context_check::core::view::history_rows(common::instrument(), &session, Some(view.id))
            .iter()
            .map(|r| (r.id, r.current, r.earlier))
            .collect();
    assert_eq!(rows, [(id, true, false), (NOW - WEEK, false, true)]);
}

#[test]
fn the_question_screen_says_where_the_respondent_is() {
    let instrument = instrument();
    let total = instrument.question_count();
    assert_eq!(total, 17);
    let mut session = Session::new();
    session.apply(instrument, Event::Begin);
    let Screen::Question(first) = screen(instrument, &session) else { panic!("expected a question") };
    assert_eq!(first.progress, format!("Question 1 of {total}"));
    assert_eq!(first.percent, 0);
    assert_eq!(first.section, format!("Part 1 of {}: {}", instrument.sections.len(), instrument.sections[0].title));
    assert_eq!(first.prompt, instrument.sections[0].questions[0].prompt);
    assert_eq!(first.next_label, EN.next);
    assert_eq!(first.finish, None, "only the last question offers the result");
    assert_eq!(first.options.len(), instrument.sections[0].questions[0].options.len());
    assert!(first.options.iter().enumerate().all(|(i, o)| o.index == i && !o.selected));

    for (question, option) in startup().into_iter().take(total - 1) {
        session.apply(instrument, Event::Choose { question, option });
        session.apply(instrument, Event::Next);
    }
    let Screen::Question(last) = screen(instrument, &session) else { panic!("expected a question") };
    assert_eq!(last.index, total - 1);
    assert_eq!(last.next_label, EN.to_review);
    assert_eq!(last.finish, Some((EN.see_result_now, false)), "offered, not yet enabled");
    assert!(last.percent < 100);
    assert!(last.section.starts_with(&format!("Part {} of", instrument.sections.len())));
    let (question, option) = startup()[total - 1];
    session.apply(instrument, Event::Choose { question, option });
    let Screen::Question(last) = screen(instrument, &session) else { panic!("expected a question") };
    assert_eq!(last.finish, Some(("See my result", true)), "enabled once every question is answered");
}

#[test]
fn the_review_lists_every_question_by_section_with_gaps_marked() {
    let instrument = instrument();
    let mut answers = Answers::new();
    answers.set("work_kind", "platform");
    let session = Session { answers, step: Step::Review, ..Session::default() };
    let Screen::Review(review) = screen(instrument, &session) else { panic!("expected the review") };
    let titles: Vec<&str> = review.sections.iter().map(|s| s.title.as_str()).collect();
    let expected: Vec<&str> = instrument.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, expected);
    assert!(!review.complete);
    let items: Vec<_> = review.sections.iter().flat_map(|s| &s.items).collect();
    assert_eq!(items.len(), instrument.question_count());
    assert_eq!(items[0].answer.as_deref(), Some("A platform or internal product that other teams build on"));
    assert!(items[1..].iter().all(|i| i.answer.is_none()));
}

#[test]
fn the_intro_lists_past_results_newest_first() {
    let mut session = Session::new();
    let first = take(&mut session, &startup(), NOW);
    let second = take(&mut session, &project_factory(), NOW + WEEK);
    session.apply(instrument(), Event::Home);
    let Screen::Intro(intro) = screen(instrument(), &session) else { panic!("expected the intro") };
    let listed = context_check::core::view::history_rows(common::instrument(), &session, None);
    let rows: Vec<(u64, &str, bool, bool)> =
        listed.iter().map(|r| (r.id, r.profile.as_str(), r.current, r.earlier)).collect();
    assert_eq!(rows, [(second, "Project Factory", false, false), (first, "New Offerings", false, false)]);
    assert!(!intro.started);
}

#[test]
fn a_result_step_for_a_missing_entry_shows_the_intro() {
    let session = Session { step: Step::Result { id: 99 }, ..Session::default() };
    assert!(matches!(screen(instrument(), &session), Screen::Intro(_)));
}

#[test]
fn the_card_image_is_a_standalone_1200_by_630_svg_with_the_profile_every_dimension_and_where_to_take_it() {
    use context_check::markup::{card_image, to_markup_string};
    let mut session = Session::new();
    take(&mut session, &startup(), NOW);
    let view = result_of(&session);
    let svg = to_markup_string(&card_image::card_image(&EN, &view, "24 Nov 2026", "blog.example/post"));
    assert!(svg.starts_with(r#"<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630""#), "{svg}");
    assert!(svg.contains(">New Offerings</text>"));
    assert!(svg.contains(">Take yours: blog.example/post</text>"), "where to take the check, in words");
    for dim in &view.dimensions {
        assert!(svg.contains(&format!(">{}</text>", dim.label)), "{} is labelled", dim.label);
    }
    let spectrum = view.dimensions.iter().filter(|d| d.spectrum).count();
    assert_eq!(svg.matches("<circle").count(), spectrum, "spectrum dimensions are dots, not bars");
    for external in ["href", "url(", "@import", "<image", "<foreignObject"] {
        assert!(!svg.contains(external), "the image refers to nothing outside it ({external})");
    }
}

#[test]
fn the_link_preview_card_asks_the_checks_question_and_says_how_long_it_takes_in_each_language() {
    use context_check::markup::{preview_image::preview_image, to_markup_string};
    use context_check::shipped::Shipped;
    for locale in Locale::ALL {
        let instrument = Instrument::shipped_in(locale).expect("compiled in natively");
        let t = instrument.strings();
        let svg = to_markup_string(&preview_image(instrument));
        assert!(svg.starts_with(r#"<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630""#), "{svg}");
        let text: String = svg.split('>').filter_map(|piece| piece.split('<').next()).collect::<Vec<_>>().join(" ");
        let words = |s: &str| s.split_whitespace().map(str::to_owned).collect::<Vec<_>>().join(" ");
        let shown = words(&text);
        assert!(shown.contains(&words(&instrument.tagline)), "{locale:?}: the question, whole");
        assert!(shown.contains(&t.length(instrument.question_count(), instrument.minutes)), "{locale:?}");
        assert!(shown.contains(t.start_assessment) && shown.contains(t.privacy_short), "{locale:?}");
        for external in ["href", "url(", "@import", "<image", "<foreignObject"] {
            assert!(!svg.contains(external), "the card refers to nothing outside it ({external})");
        }
    }
}

#[test]
fn a_shared_result_is_scored_again_from_its_answers_with_nothing_of_the_visitor() {
    use context_check::core::share::SharedResult;
    use context_check::core::view::shared_result;
    let mut session = Session::new();
    let id = take(&mut session, &startup(), NOW);
    let entry = session.history.get(id).expect("kept").clone();
    let shared = SharedResult::from_history(instrument(), &entry);
    let view = shared_result(instrument(), &shared);
    let own = result_of(&session);
    assert_eq!(view.profile, own.profile);
    assert_eq!(view.verdict, own.verdict);
    assert_eq!(
        view.dimensions.iter().map(|d| d.score).collect::<Vec<_>>(),
        own.dimensions.iter().map(|d| d.score).collect::<Vec<_>>()
    );
    assert!(view.previous.is_none(), "the visitor's own history plays no part");
    assert!(view.dimensions.iter().all(|d| d.delta.is_none()));
    assert_eq!(view.finished_at % 86_400_000, 0, "a shared result carries its day, not its time");
}
