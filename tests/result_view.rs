#![cfg(not(target_arch = "wasm32"))]
//! What the screens show, already worded, for known answers.

mod common;

use context_check::core::answers::Answers;
use context_check::core::locale::EN;
use context_check::core::instrument::Instrument;
use context_check::core::session::{Event, Session, Step};
use context_check::core::view::{screen, ResultView, Screen, WhyLine};

const NOW: u64 = 1_760_000_000_000;
const WEEK: u64 = 7 * 24 * 60 * 60 * 1000;

fn instrument() -> &'static Instrument {
    Instrument::shipped().expect("the shipped instrument is valid")
}

/// Option indices by question id, turned into positions for Choose events.
fn picks(pairs: &[(&str, &str)]) -> Vec<(usize, usize)> {
    let instrument = instrument();
    let picks: Vec<(usize, usize)> = pairs
        .iter()
        .map(|(q, o)| {
            let placed = instrument.question_by_id(q).unwrap_or_else(|| panic!("no question `{q}`"));
            let option = placed.question.options.iter().position(|c| c.id == *o).unwrap_or_else(|| panic!("no option `{o}` in `{q}`"));
            (placed.index, option)
        })
        .collect();
    assert_eq!(picks.len(), instrument.question_count(), "the fixture answers every question");
    picks
}

/// A startup-like team testing a new offering, growing fast, its ways of working in heads.
fn startup() -> Vec<(usize, usize)> {
    picks(common::STARTUP_GROWING_FAST)
}

/// A project factory working from tickets, where value is never discussed.
fn project_factory() -> Vec<(usize, usize)> {
    picks(common::PROJECT_FACTORY)
}

/// Takes the whole check from wherever the session is, as a respondent would, and finishes.
fn take(session: &mut Session, answers: &[(usize, usize)], now: u64) -> u64 {
    session.apply(instrument(), Event::Begin);
    for (question, option) in answers {
        assert_eq!(session.step, Step::Question { index: *question });
        session.apply(instrument(), Event::Choose { question: *question, option: *option });
        session.apply(instrument(), Event::Next);
    }
    assert_eq!(session.step, Step::Review);
    session.apply(instrument(), Event::Finish { now });
    match session.step {
        Step::Result { id } => id,
        other => panic!("expected a result, got {other:?}"),
    }
}

fn result_of(session: &Session) -> ResultView {
    match screen(instrument(), session) {
        Screen::Result(view) => view,
        other => panic!("expected a result screen, got {other:?}"),
    }
}

#[test]
fn the_result_names_the_profile_with_its_reasons() {
    let mut session = Session::new();
    take(&mut session, &startup(), NOW);
    let view = result_of(&session);
    assert_eq!(view.profile.id, "new_offerings");
    assert_eq!(view.profile.name, "New Offerings");
    assert_eq!(view.profile.lens_label, "Kind of investment");
    assert!(!view.profile.description.is_empty() && !view.profile.try_next.is_empty());
    assert!(view.profile.why.contains(&WhyLine {
        question: "Main work".into(),
        answer: "Finding out whether a new product or offering can work".into(),
    }), "{:?}", view.profile.why);
    assert!(view.profile.why.len() <= 3);
}

#[test]
fn the_result_shows_the_lenses_beside_the_profile() {
    let mut session = Session::new();
    take(&mut session, &startup(), NOW);
    let view = result_of(&session);
    let lenses: Vec<(&str, &str)> = view.lenses.iter().map(|l| (l.label.as_str(), l.name.as_str())).collect();
    assert_eq!(lenses, [("Rate of change", "Rapid growth"), ("Awareness", "Implicit"), ("Effectiveness", "Working for now")]);
    assert!(view.lenses.iter().all(|l| !l.text.is_empty()));
    assert!(view.lenses.iter().all(|l| !l.why.is_empty()), "each lens says why: {:?}", view.lenses);
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
        let level = &dim.levels[dim.level_index(shown.score)];
        assert_eq!(shown.level, level.name, "{}", dim.id);
        assert_eq!(shown.level_text, level.text);
        assert_eq!(shown.spectrum, dim.spectrum);
        assert_eq!(shown.delta, None, "no previous result to compare with");
    }
    let levels: Vec<&str> = view.dimensions.iter().map(|d| d.level.as_str()).collect();
    assert_eq!(levels, ["Implicit", "Working for now", "Focused", "Routine", "Good fit", "Mixed", "Model anything"]);
    assert!(view.previous.is_none());
}

#[test]
fn the_result_shows_the_traps_that_matter_each_with_a_next_move_and_why() {
    let instrument = instrument();
    for (name, answers, expected) in [
        ("startup", startup(), vec!["loop_back", "implicit_scaling"]),
        ("project factory", project_factory(), vec!["value_avoidance", "premature_convergence", "scattered_focus"]),
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
            assert!(!trap.why.is_empty(), "{name}: `{}` says why", trap.id);
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
    assert_eq!(loop_back.why, [WhyLine {
        question: "Side decisions".into(),
        answer: "The rest of the team finds out when the work shows up".into(),
    }]);
    assert_eq!(loop_back.severity, 100);
}

#[test]
fn a_trap_below_the_threshold_is_worth_watching() {
    let mut answers = startup();
    let change = instrument().question_by_id("change").expect("exists");
    let steady = change.question.options.iter().position(|o| o.id == "steady_growth").expect("exists");
    answers[change.index].1 = steady;
    let mut session = Session::new();
    take(&mut session, &answers, NOW);
    let view = result_of(&session);
    let badges: Vec<(&str, &str)> = view.traps.iter().map(|t| (t.id.as_str(), t.badge)).collect();
    assert_eq!(badges, [("loop_back", EN.active_trap), ("model_anything", EN.watch_trap)]);
}

#[test]
fn the_result_offers_three_to_six_readings_with_a_reason_each() {
    let instrument = instrument();
    for answers in [startup(), project_factory()] {
        let mut session = Session::new();
        take(&mut session, &answers, NOW);
        let view = result_of(&session);
        assert!((3..=6).contains(&view.reading.len()));
        for item in &view.reading {
            let defined = instrument.reading.iter().find(|r| r.url == item.url).expect("a known link");
            assert_eq!(item.title, defined.title);
            assert!(item.url.starts_with("https://"));
            assert!(!item.because.is_empty());
        }
    }
    let mut session = Session::new();
    take(&mut session, &startup(), NOW);
    let first = &result_of(&session).reading[0];
    assert_eq!(first.title, "TBM 405: Hope, Context, and Control");
    assert!(first.because.starts_with("Helps with: "), "{}", first.because);
}

#[test]
fn deltas_appear_when_a_previous_result_exists() {
    let mut session = Session::new();
    let first = take(&mut session, &startup(), NOW);
    let before = result_of(&session);
    let second = take(&mut session, &project_factory(), NOW + WEEK);
    let after = result_of(&session);
    assert_eq!(after.id, second);

    let previous = after.previous.as_ref().expect("the first result is the previous one");
    assert_eq!(previous.finished_at, NOW);
    assert_eq!(previous.profile, "New Offerings");
    assert!(previous.profile_changed);
    for (now, then) in after.dimensions.iter().zip(&before.dimensions) {
        let change = i16::from(now.score) - i16::from(then.score);
        assert_eq!(now.delta, Some((change, EN.delta(change))), "{}", now.id);
    }
    // value fell from 85 to 15.
    let value = after.dimensions.iter().find(|d| d.id == "value").expect("shown");
    assert_eq!(value.delta.as_ref().map(|d| d.1.as_str()), Some("down 70"));

    // The history lists both, newest first, marking the one on screen.
    let rows: Vec<(u64, bool)> = after.history.iter().map(|r| (r.id, r.current)).collect();
    assert_eq!(rows, [(second, true), (first, false)]);

    // Opening the first result again shows no comparison.
    session.apply(instrument(), Event::OpenResult { id: first });
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
    assert!(view.dimensions.iter().all(|d| d.delta == Some((0, "no change".to_owned()))));
}

#[test]
fn deltas_are_worded_with_their_direction() {
    assert_eq!(EN.delta(0), "no change");
    assert_eq!(EN.delta(12), "up 12");
    assert_eq!(EN.delta(-7), "down 7");
}

#[test]
fn the_question_screen_says_where_the_respondent_is() {
    let instrument = instrument();
    let total = instrument.question_count();
    let mut session = Session::new();
    session.apply(instrument, Event::Begin);
    let Screen::Question(first) = screen(instrument, &session) else { panic!("expected a question") };
    assert_eq!(first.progress, format!("Question 1 of {total}"));
    assert_eq!(first.percent, 0);
    assert_eq!(first.section, format!("Part 1 of {}: {}", instrument.sections.len(), instrument.sections[0].title));
    assert_eq!(first.prompt, instrument.sections[0].questions[0].prompt);
    assert_eq!(first.next_label, EN.next);
    assert_eq!(first.options.len(), instrument.sections[0].questions[0].options.len());
    assert!(first.options.iter().enumerate().all(|(i, o)| o.index == i && !o.selected));

    for (question, option) in startup().into_iter().take(total - 1) {
        session.apply(instrument, Event::Choose { question, option });
        session.apply(instrument, Event::Next);
    }
    let Screen::Question(last) = screen(instrument, &session) else { panic!("expected a question") };
    assert_eq!(last.index, total - 1);
    assert_eq!(last.next_label, EN.to_review);
    assert!(last.percent < 100);
    assert!(last.section.starts_with(&format!("Part {} of", instrument.sections.len())));
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
    let rows: Vec<(u64, &str, bool)> = intro.history.iter().map(|r| (r.id, r.profile.as_str(), r.current)).collect();
    assert_eq!(rows, [(second, "Project Factory", false), (first, "New Offerings", false)]);
    assert!(!intro.started);
}

#[test]
fn a_result_step_for_a_missing_entry_shows_the_intro() {
    let session = Session { step: Step::Result { id: 99 }, ..Session::default() };
    assert!(matches!(screen(instrument(), &session), Screen::Intro(_)));
}

#[test]
fn the_card_image_is_a_standalone_1200_by_630_svg_with_the_profile_and_every_dimension() {
    use context_check::markup::{card_image, to_markup_string};
    let mut session = Session::new();
    take(&mut session, &startup(), NOW);
    let view = result_of(&session);
    let svg = to_markup_string(&card_image::card_image(&EN, &view, "24 Nov 2026"));
    assert!(svg.starts_with(r#"<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630""#), "{svg}");
    assert!(svg.contains(">New Offerings</text>"));
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
    assert_eq!(view.dimensions.iter().map(|d| d.score).collect::<Vec<_>>(), own.dimensions.iter().map(|d| d.score).collect::<Vec<_>>());
    assert!(view.history.is_empty() && view.previous.is_none(), "the visitor's own history plays no part");
    assert_eq!(view.finished_at % 86_400_000, 0, "a shared result carries its day, not its time");
}
