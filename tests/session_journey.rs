#![cfg(not(target_arch = "wasm32"))]
//! A respondent's journey through the session state machine, including a reload part-way.

mod common;

use common::{answered, apply, at_review, finished, instrument, option_for, reload, screen, total, Screen};
use context_check::core::answers::Answers;
use context_check::core::history::HistoryEntry;
use context_check::core::locale::EN;
use context_check::core::scoring;
use context_check::core::session::{Event, Found, Kept, Notice, Opening, Session, Step, StorageEvent};
use context_check::core::stored::{self, Saved, SCHEMA};

const NOW: u64 = 1_760_000_000_000;

#[test]
fn a_new_session_starts_at_the_intro_with_nothing_answered() {
    let session = Session::new();
    assert_eq!(session.step, Step::Intro);
    assert!(session.answers.is_empty() && session.history.is_empty() && session.resume.is_none());
    match screen(instrument(), &session) {
        Screen::Intro(intro) => {
            assert!(!intro.started);
            assert!(context_check::core::view::history_rows(instrument(), &session, None).is_empty());
            assert!(intro.length.contains(&total().to_string()));
        }
        other => panic!("expected the intro, got {other:?}"),
    }
}

#[test]
fn begin_then_choose_and_next_through_every_question_reaches_the_review() {
    let mut session = Session::new();
    apply(&mut session, [Event::Begin]);
    assert_eq!(session.step, Step::Question { index: 0 });
    for q in 0..total() {
        match screen(instrument(), &session) {
            Screen::Question(view) => {
                assert_eq!(view.index, q);
                assert!(!view.can_advance, "nothing chosen yet on question {q}");
            }
            other => panic!("expected question {q}, got {other:?}"),
        }
        apply(&mut session, [Event::Choose { question: q, option: option_for(q) }]);
        assert_eq!(session.answers.choice_index(instrument(), q), Some(option_for(q)));
        apply(&mut session, [Event::Next]);
    }
    assert_eq!(session.step, Step::Review);
    assert!(session.answers.is_complete(instrument()));
    match screen(instrument(), &session) {
        Screen::Review(review) => {
            assert!(review.complete);
            let items: usize = review.sections.iter().map(|s| s.items.len()).sum();
            assert_eq!(items, total());
            assert!(review.sections.iter().flat_map(|s| &s.items).all(|i| i.answer.is_some()));
        }
        other => panic!("expected the review, got {other:?}"),
    }
}

#[test]
fn next_refuses_to_move_on_without_an_answer() {
    let mut session = answered(3);
    assert_eq!(session.step, Step::Question { index: 3 });
    apply(&mut session, [Event::Next, Event::Next]);
    assert_eq!(session.step, Step::Question { index: 3 });
    apply(&mut session, [Event::Choose { question: 3, option: 0 }, Event::Next]);
    assert_eq!(session.step, Step::Question { index: 4 });
}

#[test]
fn choosing_for_a_question_not_on_screen_or_out_of_range_is_ignored() {
    let mut session = answered(2);
    let before = session.clone();
    apply(
        &mut session,
        [
            Event::Choose { question: 5, option: 0 },
            Event::Choose { question: 2, option: 99 },
            Event::Choose { question: total() + 3, option: 0 },
        ],
    );
    assert_eq!(session, before);
}

#[test]
fn changing_an_answer_replaces_it() {
    let mut session = answered(0);
    apply(&mut session, [Event::Choose { question: 0, option: 1 }, Event::Choose { question: 0, option: 3 }]);
    assert_eq!(session.answers.len(), 1);
    assert_eq!(session.answers.choice_index(instrument(), 0), Some(3));
}

#[test]
fn back_from_the_first_question_goes_to_the_intro() {
    let mut session = answered(0);
    apply(&mut session, [Event::Choose { question: 0, option: 2 }, Event::Back]);
    assert_eq!(session.step, Step::Intro);
    assert_eq!(session.answers.len(), 1, "going back keeps the answer");
    match screen(instrument(), &session) {
        Screen::Intro(intro) => assert!(intro.started, "the intro offers to continue"),
        other => panic!("expected the intro, got {other:?}"),
    }
}

#[test]
fn back_goes_to_the_previous_question_and_from_the_review_to_the_last() {
    let mut session = answered(4);
    apply(&mut session, [Event::Back]);
    assert_eq!(session.step, Step::Question { index: 3 });
    let mut session = at_review();
    apply(&mut session, [Event::Back]);
    assert_eq!(session.step, Step::Question { index: total() - 1 });
}

#[test]
fn begin_again_from_the_intro_lands_on_the_first_unanswered_question() {
    let mut session = answered(5);
    apply(&mut session, [Event::Home]);
    assert_eq!(session.step, Step::Intro);
    apply(&mut session, [Event::Begin]);
    assert_eq!(session.step, Step::Question { index: 5 });
}

#[test]
fn editing_from_the_review_returns_to_the_review_on_next() {
    let mut session = at_review();
    apply(&mut session, [Event::Edit { question: 3 }]);
    assert_eq!(session.step, Step::Question { index: 3 });
    assert!(session.from_review);
    match screen(instrument(), &session) {
        Screen::Question(view) => {
            assert_eq!(view.next_label, context_check::core::locale::EN.back_to_review);
            assert!(view.options[option_for(3)].selected, "the current answer is shown selected");
        }
        other => panic!("expected question 3, got {other:?}"),
    }
    let changed = (option_for(3) + 1) % instrument().question(3).expect("exists").question.options.len();
    apply(&mut session, [Event::Choose { question: 3, option: changed }, Event::Next]);
    assert_eq!(session.step, Step::Review, "Next goes back to the review, not to question 4");
    assert!(!session.from_review);
    assert_eq!(session.answers.choice_index(instrument(), 3), Some(changed));
}

#[test]
fn back_from_a_question_opened_from_the_review_returns_to_the_review() {
    for question in [total() - 1, 5, 0] {
        let mut session = at_review();
        apply(&mut session, [Event::Edit { question }, Event::Back]);
        assert_eq!(session.step, Step::Review, "Back from question {question} opened from the review");
    }
}

#[test]
fn edit_outside_the_review_or_out_of_range_is_ignored() {
    let mut session = answered(4);
    let before = session.clone();
    apply(&mut session, [Event::Edit { question: 1 }]);
    assert_eq!(session, before);
    let mut session = at_review();
    apply(&mut session, [Event::Edit { question: total() }]);
    assert_eq!(session.step, Step::Review);
}

#[test]
fn finish_with_missing_answers_jumps_to_the_first_unanswered_question() {
    let complete = at_review().answers;
    let mut partial = Answers::new();
    for placed in instrument().questions().filter(|p| p.index != 6 && p.index != 11) {
        partial.set(&placed.question.id, complete.get(&placed.question.id).expect("complete"));
    }
    let mut session = Session { answers: partial, step: Step::Review, ..Session::default() };
    match screen(instrument(), &session) {
        Screen::Review(review) => assert!(!review.complete),
        other => panic!("expected the review, got {other:?}"),
    }
    apply(&mut session, [Event::Finish { now: NOW }]);
    assert_eq!(session.step, Step::Question { index: 6 });
    assert!(session.history.is_empty(), "nothing is recorded until every question is answered");
}

/// The "See my result" button on the question screen, if the session shows a question.
fn finish_button(session: &Session) -> Option<(&'static str, bool)> {
    match screen(instrument(), session) {
        Screen::Question(view) => view.finish,
        other => panic!("expected a question, got {other:?}"),
    }
}

/// A session made by hand, as if storage already held it: an event writes only what it changes.
fn as_stored(mut session: Session) -> Session {
    session.kept = Kept::Holds(session.saved());
    session
}

/// Finish was ignored: same place, nothing recorded or written, answers still in progress.
#[track_caller]
fn assert_finish_ignored(mut session: Session, why: &str) {
    let before = session.clone();
    let effects = apply(&mut session, [Event::Finish { now: NOW }]);
    assert_eq!(session, before, "Finish is ignored {why}");
    assert_eq!(effects, [], "nothing is asked for {why}");
    assert!(session.history.is_empty(), "nothing is recorded {why}");
}

#[test]
fn finish_works_from_the_review() {
    let session = finished(NOW);
    assert!(matches!(session.step, Step::Result { .. }));
    assert_eq!(session.history.entries().len(), 1);
}

#[test]
fn finish_works_from_the_last_question_once_every_question_is_answered() {
    let last = total() - 1;
    let mut session = answered(last);
    assert_eq!(session.step, Step::Question { index: last });
    assert_eq!(finish_button(&session), Some((EN.see_result_now, false)), "offered, not yet enabled");
    apply(&mut session, [Event::Choose { question: last, option: option_for(last) }]);
    assert_eq!(finish_button(&session), Some((EN.see_result_now, true)), "enabled once every question is answered");
    let answers = session.answers.clone();
    assert!(answers.is_complete(instrument()));

    apply(&mut session, [Event::Finish { now: NOW }]);
    let Step::Result { id } = session.step else { panic!("expected a result, got {:?}", session.step) };
    let entry = session.history.get(id).expect("recorded");
    assert_eq!(session.history.entries().len(), 1);
    assert_eq!(entry.answers, answers);
    assert_eq!(entry.finished_at, NOW);
    assert_eq!(entry.profile, scoring::score(instrument(), &answers).profile());
    assert!(session.answers.is_empty(), "answers in progress are cleared for the next round");
    assert!(matches!(screen(instrument(), &session), Screen::Result(view) if view.id == id));
    // The same as going through the review.
    assert_eq!(session.history, finished(NOW).history);
}

#[test]
fn finish_is_ignored_on_other_questions_even_with_every_question_answered() {
    assert_finish_ignored(answered(0), "on the first question with nothing answered");
    assert_finish_ignored(answered(5), "on a question part-way through");
    // Every question answered, then back to an earlier one.
    let mut session = at_review();
    apply(&mut session, [Event::Back, Event::Back]);
    assert_eq!(session.step, Step::Question { index: total() - 2 });
    assert!(session.answers.is_complete(instrument()) && !session.from_review);
    assert_eq!(finish_button(&session), None, "only the last question offers the result");
    assert_finish_ignored(session, "on the second-to-last question");
    // And on the intro.
    let mut session = at_review();
    apply(&mut session, [Event::Home]);
    assert_finish_ignored(session, "on the intro");
}

#[test]
fn finish_is_ignored_on_the_last_question_with_answers_missing() {
    let last = total() - 1;
    // The last question itself not answered yet.
    let session = answered(last);
    assert_finish_ignored(session, "on the last question before it is answered");
    // The last question answered, an earlier one missing: it stays put rather than jumping.
    let complete = at_review().answers;
    let mut partial = Answers::new();
    for placed in instrument().questions().filter(|p| p.index != 6) {
        partial.set(&placed.question.id, complete.get(&placed.question.id).expect("complete"));
    }
    let session = as_stored(Session { answers: partial, step: Step::Question { index: last }, ..Session::default() });
    assert_eq!(finish_button(&session), Some((EN.see_result_now, false)));
    assert_finish_ignored(session, "on the last question with question 6 unanswered");
}

#[test]
fn finish_is_ignored_on_the_last_question_opened_from_the_review() {
    let last = total() - 1;
    let mut session = at_review();
    apply(&mut session, [Event::Edit { question: last }]);
    assert_eq!(session.step, Step::Question { index: last });
    assert!(session.from_review && session.answers.is_complete(instrument()));
    match screen(instrument(), &session) {
        Screen::Question(view) => {
            assert_eq!(view.finish, None, "the review is where the respondent came from");
            assert_eq!(view.next_label, EN.back_to_review);
        }
        other => panic!("expected the last question, got {other:?}"),
    }
    assert_finish_ignored(session.clone(), "on the last question opened from the review");
    apply(&mut session, [Event::Next]);
    assert_eq!(session.step, Step::Review, "Next goes back to the review");
    apply(&mut session, [Event::Finish { now: NOW }]);
    assert!(matches!(session.step, Step::Result { .. }), "and Finish works from there");
}

#[test]
fn finish_adds_a_history_entry_and_shows_the_result() {
    let answers = at_review().answers;
    let session = finished(NOW);
    let Step::Result { id } = session.step else { panic!("expected a result step, got {:?}", session.step) };
    assert_eq!(session.history.entries().len(), 1);
    let entry = session.history.get(id).expect("the result is in history");
    assert_eq!(entry.finished_at, NOW);
    assert_eq!(entry.instrument_version, instrument().version);
    assert_eq!(entry.answers, answers);
    let outcome = scoring::score(instrument(), &answers);
    assert_eq!(entry.profile, outcome.profile());
    assert_eq!(entry.scores.len(), instrument().dimensions.len());
    assert_eq!(entry.scores.get("awareness"), outcome.dimension("awareness").map(|d| &d.score));
    assert!(session.answers.is_empty(), "answers in progress are cleared for the next round");
    match screen(instrument(), &session) {
        Screen::Result(view) => assert_eq!(view.id, id),
        other => panic!("expected the result, got {other:?}"),
    }
}

#[test]
fn taking_the_check_twice_keeps_both_results_with_distinct_ids() {
    let mut session = finished(NOW);
    apply(&mut session, [Event::Begin]);
    assert_eq!(session.step, Step::Question { index: 0 });
    for q in 0..total() {
        apply(&mut session, [Event::Choose { question: q, option: 0 }, Event::Next]);
    }
    // The clock went backwards: the id still comes after the first.
    apply(&mut session, [Event::Finish { now: NOW - 5_000 }]);
    let ids: Vec<u64> = session.history.entries().iter().map(|e| e.id).collect();
    assert_eq!(ids.len(), 2);
    assert!(ids[1] > ids[0], "{ids:?}");
    assert_eq!(session.step, Step::Result { id: ids[1] });
    apply(&mut session, [Event::OpenResult { id: ids[0] }]);
    assert_eq!(session.step, Step::Result { id: ids[0] });
    apply(&mut session, [Event::OpenResult { id: 42 }]);
    assert_eq!(session.step, Step::Result { id: ids[0] }, "an unknown result is not opened");
}

#[test]
fn deleting_the_open_result_goes_home_and_keeps_the_others() {
    let mut session = finished(NOW);
    let first = session.history.entries()[0].id;
    let mut again = at_review();
    again.history = session.history.clone();
    session = again;
    apply(&mut session, [Event::Finish { now: NOW + 1_000 }]);
    let Step::Result { id: second } = session.step else { panic!("expected a result") };
    apply(&mut session, [Event::DeleteResult { id: first }]);
    assert_eq!(session.step, Step::Result { id: second }, "deleting another result stays here");
    apply(&mut session, [Event::DeleteResult { id: second }]);
    assert_eq!(session.step, Step::Intro);
    assert!(session.history.is_empty());
}

#[test]
fn start_over_clears_answers_and_goes_to_the_first_question() {
    let mut session = answered(7);
    apply(&mut session, [Event::StartOver]);
    assert!(session.answers.is_empty());
    assert_eq!(session.step, Step::Question { index: 0 });
}

#[test]
fn delete_everything_clears_answers_and_history() {
    let mut session = finished(NOW);
    apply(&mut session, [Event::Begin, Event::Choose { question: 0, option: 1 }, Event::Next]);
    assert!(!session.history.is_empty() && !session.answers.is_empty());
    apply(&mut session, [Event::DeleteEverything]);
    assert!(session.history.is_empty());
    assert!(session.answers.is_empty());
    assert_eq!(session.step, Step::Intro);
    let saved = session.saved();
    assert!(saved.history.is_empty() && saved.answers.is_empty());
    assert_eq!(saved.step, Step::Intro);
}

#[test]
fn a_session_saved_mid_way_offers_to_resume_after_a_reload() {
    let session = answered(6);
    assert_eq!(session.saved().schema, SCHEMA);
    let restored = reload(&session);
    assert_eq!(restored.resume, Some(Step::Question { index: 6 }));
    assert_eq!(restored.answers, session.answers);
    match screen(instrument(), &restored) {
        Screen::Resume(view) => assert!(view.message.contains(&format!("6 of {}", total())), "{}", view.message),
        other => panic!("expected the offer to resume, got {other:?}"),
    }
}

#[test]
fn continue_lands_on_the_same_question_with_every_answer_kept() {
    let session = answered(6);
    let mut restored = reload(&session);
    apply(&mut restored, [Event::Continue]);
    assert_eq!(restored.resume, None);
    assert_eq!(restored.step, Step::Question { index: 6 });
    assert_eq!(restored.answers, session.answers);
    assert!(matches!(screen(instrument(), &restored), Screen::Question(view) if view.index == 6));
    // And the journey carries on from there.
    apply(&mut restored, [Event::Choose { question: 6, option: 0 }, Event::Next]);
    assert_eq!(restored.step, Step::Question { index: 7 });
}

#[test]
fn a_pending_resume_ignores_everything_but_continue_start_over_and_delete() {
    let mut restored = reload(&answered(6));
    let pending = restored.clone();
    let ignored = [
        Event::Begin,
        Event::Choose { question: 6, option: 0 },
        Event::Next,
        Event::Back,
        Event::Edit { question: 2 },
        Event::Finish { now: NOW },
        Event::OpenResult { id: 1 },
        Event::DeleteResult { id: 1 },
        Event::Home,
    ];
    for event in ignored {
        apply(&mut restored, [event]);
        assert_eq!(restored, pending, "{event:?} was not ignored while a resume is pending");
    }
}

#[test]
fn start_over_from_the_resume_offer_clears_answers() {
    let mut restored = reload(&answered(6));
    apply(&mut restored, [Event::StartOver]);
    assert!(restored.resume.is_none());
    assert!(restored.answers.is_empty());
    assert_eq!(restored.step, Step::Question { index: 0 });
}

#[test]
fn delete_everything_from_the_resume_offer_clears_it_all() {
    let mut session = finished(NOW);
    apply(&mut session, [Event::Begin, Event::Choose { question: 0, option: 1 }, Event::Next]);
    let mut restored = reload(&session);
    assert!(restored.resume.is_some());
    assert_eq!(restored.history.entries().len(), 1);
    apply(&mut restored, [Event::DeleteEverything]);
    assert!(restored.resume.is_none() && restored.answers.is_empty() && restored.history.is_empty());
    assert!(matches!(screen(instrument(), &restored), Screen::Intro(_)));
}

#[test]
fn a_session_saved_at_the_review_resumes_at_the_review() {
    let mut restored = reload(&at_review());
    assert_eq!(restored.resume, Some(Step::Review));
    apply(&mut restored, [Event::Continue, Event::Finish { now: NOW }]);
    assert!(matches!(restored.step, Step::Result { .. }));
}

#[test]
fn a_saved_step_while_the_offer_is_pending_is_the_step_to_resume() {
    let restored = reload(&answered(6));
    assert_eq!(restored.saved().step, Step::Question { index: 6 }, "saving again keeps the place");
    assert_eq!(reload(&restored).resume, Some(Step::Question { index: 6 }));
}

#[test]
fn a_restored_step_past_the_end_clamps_to_the_review() {
    let answers = answered(4).answers;
    let saved = Saved {
        schema: SCHEMA,
        answers: answers.clone(),
        step: Step::Question { index: total() + 10 },
        ..Saved::default()
    };
    let mut restored = Session::restore(instrument(), saved);
    assert_eq!(restored.resume, Some(Step::Review));
    apply(&mut restored, [Event::Continue]);
    assert_eq!(restored.step, Step::Review);
    assert_eq!(restored.answers, answers);
}

#[test]
fn a_restored_question_without_answers_starts_at_the_intro() {
    let saved = Saved { schema: SCHEMA, step: Step::Question { index: 3 }, ..Saved::default() };
    let restored = Session::restore(instrument(), saved);
    assert_eq!(restored.resume, None);
    assert_eq!(restored.step, Step::Intro);
    let saved = Saved { schema: SCHEMA, step: Step::Review, ..Saved::default() };
    let restored = Session::restore(instrument(), saved);
    assert_eq!((restored.resume, restored.step), (None, Step::Intro));
}

#[test]
fn a_restored_result_is_shown_again_and_an_unknown_one_falls_back_to_the_intro() {
    let session = finished(NOW);
    let restored = reload(&session);
    assert_eq!(restored.resume, None);
    assert_eq!(restored.step, session.step);
    assert!(matches!(screen(instrument(), &restored), Screen::Result(_)));

    let saved = Saved { step: Step::Result { id: 7 }, ..session.saved() };
    let restored = Session::restore(instrument(), saved);
    assert_eq!(restored.step, Step::Intro);
}

#[test]
fn restoring_drops_answers_and_results_the_instrument_no_longer_knows() {
    let session = finished(NOW);
    let mut saved = answered(3).saved();
    saved.answers.set("retired_question", "yes");
    saved.answers.set("work_kind", "retired_option");
    saved.history = session.history.clone();
    let mut incomplete = session.history.entries()[0].clone();
    incomplete.id += 1;
    let mut trimmed = Answers::new();
    trimmed.set("work_kind", "new");
    incomplete.answers = trimmed;
    saved.history.push(incomplete);
    assert_eq!(saved.history.entries().len(), 2);

    let restored = Session::restore(instrument(), saved);
    assert_eq!(restored.answers.len(), 2, "work_kind's unknown option and the retired question are dropped");
    assert_eq!(restored.answers.get("retired_question"), None);
    assert_eq!(restored.answers.get("work_kind"), None);
    assert_eq!(restored.history.entries().len(), 1, "a result whose answers no longer complete is dropped");
    assert_eq!(restored.resume, Some(Step::Question { index: 3 }));
}

#[test]
fn a_history_entry_records_the_outcome_it_was_scored_with() {
    let answers = at_review().answers;
    let outcome = scoring::score(instrument(), &answers);
    let entry = HistoryEntry::new(instrument(), 9, NOW, answers.clone(), &outcome);
    assert_eq!(entry.profile, outcome.profile());
    for d in &outcome.dimensions {
        assert_eq!(entry.scores.get(&d.dimension), Some(&d.score));
    }
}

#[test]
fn storage_notices_are_kept_once_each() {
    let mut session = Session::new();
    session.notify(Notice::SaveFailed);
    session.notify(Notice::NotKept);
    session.notify(Notice::SaveFailed);
    assert_eq!(session.notices, [Notice::SaveFailed, Notice::NotKept]);
}

#[test]
fn a_host_that_skips_the_intro_opens_a_fresh_visit_at_the_first_question() {
    let (session, _) = Session::open(instrument(), Found::Value(None), Opening::FirstQuestion);
    assert_eq!(session.step, Step::Question { index: 0 });
}

#[test]
fn when_the_host_skips_the_intro_the_first_question_has_no_back_until_the_intro_is_visited() {
    let question = |session: &Session, index| {
        context_check::core::view::question(instrument(), session, index).expect("a question")
    };
    let (mut session, _) = Session::open(instrument(), Found::Value(None), Opening::FirstQuestion);
    assert!(!question(&session, 0).can_go_back, "nothing before the first question");
    apply(&mut session, [Event::Back]);
    assert_eq!(session.step, Step::Question { index: 0 }, "Back there does nothing");

    apply(&mut session, [Event::Choose { question: 0, option: option_for(0) }, Event::Next]);
    assert!(question(&session, 1).can_go_back, "the second question goes back to the first");
    apply(&mut session, [Event::Back]);
    assert_eq!(session.step, Step::Question { index: 0 });
    assert!(!question(&session, 0).can_go_back);

    // From the review, Back on the first question returns to the review.
    let mut reviewing = at_review();
    reviewing.skipped_intro = true;
    apply(&mut reviewing, [Event::Edit { question: 0 }]);
    assert!(question(&reviewing, 0).can_go_back);
    apply(&mut reviewing, [Event::Back]);
    assert_eq!(reviewing.step, Step::Review);

    // Once the respondent has been to the intro (Home, say), Back there leads to it again.
    apply(&mut session, [Event::Home, Event::Begin, Event::Back]);
    assert_eq!(session.step, Step::Question { index: 0 });
    assert!(question(&session, 0).can_go_back);
    apply(&mut session, [Event::Back]);
    assert_eq!(session.step, Step::Intro);

    let (mut started, _) = Session::open(instrument(), Found::Value(None), Opening::Intro);
    apply(&mut started, [Event::Begin]);
    assert!(question(&started, 0).can_go_back, "a visit that opened at the intro goes back to it");
}

#[test]
fn skipping_the_intro_leaves_a_visit_with_something_to_resume_or_a_result_alone() {
    let open = |session: &Session, skip: bool| {
        let raw = stored::encode(&session.saved());
        let opening = if skip { Opening::FirstQuestion } else { Opening::Intro };
        Session::open(instrument(), Found::Value(Some(&raw)), opening)
    };
    let resumable = answered(3);
    assert_eq!(open(&resumable, true), open(&resumable, false), "the Continue or Start over choice stays");
    assert_eq!(open(&resumable, true).0.resume, Some(Step::Question { index: 3 }));

    let done = finished(1_700_000_000_000);
    assert_eq!(open(&done, true), open(&done, false), "the result card stays");
    assert_eq!(open(&done, true).0.step, done.step);
}

#[test]
fn a_question_opened_from_the_review_still_goes_back_to_the_review_after_a_reload() {
    let mut session = at_review();
    apply(&mut session, [Event::Edit { question: 4 }]);
    let mut restored = reload(&session);
    apply(&mut restored, [Event::Continue]);
    assert_eq!(restored.step, Step::Question { index: 4 });
    apply(&mut restored, [Event::Next]);
    assert_eq!(restored.step, Step::Review, "Next returns to the review, as before the reload");
}

/// Another tab's write, as the runtime hears of it (`None`: it removed the document).
fn changed_elsewhere(session: &mut Session, other: Option<&Session>) {
    let raw = other.map(|other| stored::encode(&other.saved()));
    session.stored(instrument(), StorageEvent::ChangedElsewhere(raw));
}

#[test]
fn a_tab_takes_the_answers_another_tab_saved_and_stays_where_it_is() {
    let mut this_tab = answered(2);
    let mut other_tab = reload(&this_tab);
    apply(&mut other_tab, [Event::Continue, Event::Choose { question: 2, option: option_for(2) }]);
    changed_elsewhere(&mut this_tab, Some(&other_tab));
    assert_eq!(this_tab.answers, other_tab.answers, "the other tab's answer is taken, not reverted");
    assert_eq!(this_tab.step, Step::Question { index: 2 }, "this tab stays on its question");

    // Everything deleted in the other tab: this one starts over at the intro.
    changed_elsewhere(&mut this_tab, None);
    assert!(this_tab.answers.is_empty() && this_tab.history.is_empty());
    assert_eq!(this_tab.step, Step::Question { index: 2 }, "a question step without answers is still valid");
    let mut done = finished(1_700_000_000_000);
    changed_elsewhere(&mut done, None);
    assert_eq!(done.step, Step::Intro, "a result that no longer exists falls back to the intro");
}
