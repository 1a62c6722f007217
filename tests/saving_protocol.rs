#![cfg(not(target_arch = "wasm32"))]
//! The saving protocol, end to end through `Session::open`, `apply` and `stored`: what the core
//! asks the runtime to write, remove, erase, set aside or leave alone, what it says when storage
//! fails, how it takes what another tab wrote without echoing it, and when focus moves.

mod common;

use common::{answered, apply, at_review, finished, instrument, option_for, reload, total};
use context_check::core::session::{Control, Effect, Event, Found, Kept, Notice, Opening, Session, Step, StorageEvent};
use context_check::core::stored::{self, Decoded, Saved, SCHEMA};

const NOW: u64 = 1_760_000_000_000;

/// Text no version of the widget wrote: set aside.
const NOT_JSON: &str = "not json at all";
/// What a newer version of the widget wrote: left alone.
const NEWER: &str = r#"{"schema":3,"answers":{"work_kind":"new"},"progress":0.5}"#;

fn open(found: Found<'_>) -> (Session, Vec<Effect>) {
    Session::open(instrument(), found, Opening::Intro)
}

/// The stored value a session would write.
fn raw(session: &Session) -> String {
    stored::encode(&session.saved())
}

/// The save the core should ask for: what the session now holds.
fn save(session: &Session) -> Effect {
    Effect::Save(session.saved())
}

/// Another tab wrote `raw`, or removed the document (`None`).
fn changed_elsewhere(session: &mut Session, raw: Option<String>) -> Vec<Effect> {
    session.stored(instrument(), StorageEvent::ChangedElsewhere(raw))
}

/// Values storage may hold that can't be read: set aside, whatever their flaw.
fn unreadable_values() -> Vec<String> {
    let written = raw(&answered(3));
    vec![
        NOT_JSON.to_owned(),
        written[..written.len() / 2].to_owned(),
        "null".to_owned(),
        r#"{"schema":2,"answers":{},"step":"intro","history":[]}"#.to_owned(),
    ]
}

/// The effects of a whole round without storage: begin, answer every question, finish at `now`,
/// go home and delete everything. Focus follows each move and the host hears of the result;
/// nothing touches storage.
fn round_without_storage(now: u64) -> Vec<Effect> {
    let mut expected = vec![Effect::FocusHeading];
    expected.extend((0..total()).map(|_| Effect::FocusHeading));
    expected.extend([Effect::FocusHeading, Effect::Completed { id: now }, Effect::FocusHeading, Effect::FocusHeading]);
    expected
}

/// Plays the round of [`round_without_storage`] and returns the effects asked for.
fn play_round(session: &mut Session, now: u64) -> Vec<Effect> {
    let mut effects = apply(session, [Event::Begin]);
    for q in 0..total() {
        effects.extend(apply(session, [Event::Choose { question: q, option: option_for(q) }, Event::Next]));
    }
    effects.extend(apply(session, [Event::Finish { now }, Event::Home, Event::DeleteEverything]));
    effects
}

// ----- Opening -----

#[test]
fn opening_with_nothing_stored_is_a_fresh_session_that_asks_for_nothing() {
    let (session, effects) = open(Found::Value(None));
    assert_eq!(effects, []);
    assert_eq!(session, Session::new());
    assert_eq!(session.kept, Kept::Nothing);
}

#[test]
fn opening_with_blocked_storage_says_progress_is_not_kept_and_never_asks_to_save() {
    let (mut session, effects) = open(Found::Blocked);
    assert_eq!(effects, []);
    assert_eq!(session.notices, [Notice::NotKept]);
    assert_eq!(session.kept, Kept::Off);
    assert_eq!(play_round(&mut session, NOW), round_without_storage(NOW), "no save, remove or erase");
    assert_eq!(session.notices, [Notice::NotKept], "said once");
}

#[test]
fn with_blocked_storage_what_other_tabs_write_is_ignored() {
    let (mut session, _) = open(Found::Blocked);
    apply(&mut session, [Event::Begin, Event::Choose { question: 0, option: 1 }]);
    let before = session.clone();
    assert_eq!(changed_elsewhere(&mut session, Some(raw(&answered(5)))), []);
    assert_eq!(changed_elsewhere(&mut session, None), []);
    assert_eq!(session, before);
}

#[test]
fn an_unreadable_value_is_set_aside_and_the_session_starts_fresh() {
    for value in unreadable_values() {
        let (mut session, effects) = open(Found::Value(Some(&value)));
        assert_eq!(effects, [Effect::SetAside], "{value:?}");
        assert_eq!(session, Session { notices: vec![Notice::SetAside], ..Session::new() }, "{value:?}");
        // Storage is used as usual from then on.
        assert_eq!(apply(&mut session, [Event::Begin]), [Effect::FocusHeading]);
        let effects = apply(&mut session, [Event::Choose { question: 0, option: 2 }]);
        assert_eq!(effects, [save(&session)], "{value:?}");
    }
}

#[test]
fn when_setting_aside_fails_storage_is_left_alone_and_no_save_follows() {
    let (mut session, effects) = open(Found::Value(Some(NOT_JSON)));
    assert_eq!(effects, [Effect::SetAside]);
    assert_eq!(session.stored(instrument(), StorageEvent::SetAsideFailed), [Effect::Detach]);
    assert_eq!(session.kept, Kept::Off);
    assert_eq!(session.notices, [Notice::NotKept], "nothing was set aside: progress stays in this page");
    assert_eq!(play_round(&mut session, NOW), round_without_storage(NOW), "no save, remove or erase");
    assert_eq!(changed_elsewhere(&mut session, Some(raw(&answered(2)))), [], "nor reads");
    assert!(session.answers.is_empty() && session.history.is_empty());
}

#[test]
fn a_newer_versions_data_is_left_alone_and_nothing_is_ever_written() {
    let (mut session, effects) = open(Found::Value(Some(NEWER)));
    assert_eq!(effects, [Effect::Detach]);
    assert_eq!(session, Session { notices: vec![Notice::NewerData], kept: Kept::Off, ..Session::new() });
    assert_eq!(play_round(&mut session, NOW), round_without_storage(NOW), "no save, remove or erase");
    assert_eq!(changed_elsewhere(&mut session, Some(raw(&answered(2)))), []);
    assert!(session.answers.is_empty() && session.history.is_empty());

    let (session, effects) = Session::open(instrument(), Found::Value(Some(NEWER)), Opening::FirstQuestion);
    assert_eq!(effects, [Effect::Detach]);
    assert_eq!(session.step, Step::Question { index: 0 }, "a fresh visit still starts at the question");
}

#[test]
fn reopening_what_was_just_written_restores_it_and_writes_nothing() {
    let mut from_review = at_review();
    apply(&mut from_review, [Event::Edit { question: 4 }]);
    for session in [answered(3), at_review(), from_review, finished(NOW)] {
        let (restored, effects) = open(Found::Value(Some(&raw(&session))));
        assert_eq!(effects, [], "{:?}", session.step);
        assert_eq!(restored.saved(), session.saved());
        assert_eq!(restored.kept, Kept::Holds(session.saved()));
    }
}

#[test]
fn a_stored_document_the_instrument_has_outgrown_is_cleaned_and_written_back() {
    let mut saved = answered(3).saved();
    assert_eq!(saved.answers.get("roi"), None, "roi is not among the first three questions");
    saved.answers.set("retired_question", "yes");
    saved.answers.set("roi", "retired_option");
    let (session, effects) = open(Found::Value(Some(&stored::encode(&saved))));
    assert_eq!(effects, [save(&session)]);
    let Effect::Save(written) = &effects[0] else { unreachable!() };
    assert_eq!(written.answers, answered(3).answers, "only what the instrument knows is written");
    assert_eq!(session.resume, Some(Step::Question { index: 3 }));
}

#[test]
fn a_stored_document_with_nothing_left_to_keep_is_removed_on_opening() {
    let empty = r#"{"schema":2,"answers":{},"step":"review","from_review":false,"history":[]}"#;
    let retired = r#"{"schema":2,"answers":{"retired_question":"yes"},"step":{"question":{"index":3}},"from_review":false,"history":[]}"#;
    for value in [empty, retired] {
        let (session, effects) = open(Found::Value(Some(value)));
        assert_eq!(effects, [Effect::Remove], "{value}");
        assert_eq!(session, Session::new(), "{value}");
    }
}

#[test]
fn an_older_versions_document_is_rewritten_in_the_current_version() {
    let version_1 = r#"{"schema":1,"answers":{"work_kind":"new"},"step":{"question":{"index":1}},"history":[]}"#;
    let (session, effects) = open(Found::Value(Some(version_1)));
    assert_eq!(session.resume, Some(Step::Question { index: 1 }), "read and migrated");
    assert_eq!(effects, [save(&session)], "what storage holds differs from what would be written");
    assert_eq!(session.saved().schema, SCHEMA);
}

#[test]
fn opening_never_asks_to_move_focus_even_when_starting_at_the_question() {
    let in_progress = raw(&answered(3));
    let done = raw(&finished(NOW));
    let values = [None, Some(in_progress.as_str()), Some(done.as_str()), Some(NOT_JSON), Some(NEWER)];
    let found = values.into_iter().map(Found::Value).chain([Found::Blocked]);
    for found in found {
        for opening in [Opening::Intro, Opening::FirstQuestion, Opening::Answered { question: 0, option: 1 }] {
            let (_, effects) = Session::open(instrument(), found, opening);
            assert!(!effects.contains(&Effect::FocusHeading), "{found:?}, {opening:?}: {effects:?}");
        }
    }
    let (session, effects) = Session::open(instrument(), Found::Value(None), Opening::FirstQuestion);
    assert_eq!((session.step, effects), (Step::Question { index: 0 }, vec![]));
}

// ----- Writing what changed, and only that -----

#[test]
fn choosing_an_answer_saves_a_document_that_reads_back_with_the_same_answers() {
    let mut session = answered(0);
    assert_eq!(session.kept, Kept::Nothing, "nothing to keep before the first answer");
    let effects = apply(&mut session, [Event::Choose { question: 0, option: option_for(0) }]);
    assert_eq!(effects, [save(&session)]);
    let Effect::Save(saved) = &effects[0] else { unreachable!() };
    assert_eq!(saved.answers.len(), 1);
    assert_eq!(saved.answers.choice_index(instrument(), 0), Some(option_for(0)));
    match stored::decode(Some(&stored::encode(saved))) {
        Decoded::Restored(read) => {
            assert_eq!(&read, saved);
            assert_eq!(read.answers, session.answers);
        }
        other => panic!("the saved document reads back as {other:?}"),
    }
}

#[test]
fn an_event_that_changes_nothing_writes_nothing() {
    let mut session = answered(3);
    let option = option_for(3);
    let before = session.clone();
    for event in [
        Event::Next,
        Event::Finish { now: NOW },
        Event::Choose { question: 5, option: 0 },
        Event::Choose { question: 3, option: 99 },
        Event::Edit { question: 1 },
        Event::OpenResult { id: 42 },
        Event::DeleteResult { id: 42 },
        Event::Continue,
    ] {
        assert_eq!(apply(&mut session, [event]), [], "{event:?}");
        assert_eq!(session, before, "{event:?}");
    }
    assert_eq!(apply(&mut session, [Event::Choose { question: 3, option }]), [save(&session)]);
    assert_eq!(apply(&mut session, [Event::Choose { question: 3, option }]), [], "the same option again");
}

#[test]
fn toggling_the_delete_confirmation_writes_nothing() {
    let mut session = finished(NOW);
    let before = session.clone();
    let ask = Effect::FocusControl(Control::ConfirmDelete);
    assert_eq!(
        apply(&mut session, [Event::AskDeleteEverything]),
        [ask],
        "focus moves to the question, nothing written"
    );
    assert!(session.confirming_delete);
    assert_eq!(apply(&mut session, [Event::AskDeleteEverything]), [], "asked already");
    let back = Effect::FocusControl(Control::AskDeleteEverything);
    assert_eq!(apply(&mut session, [Event::CancelDelete]), [back], "focus goes back, nothing written");
    assert_eq!(apply(&mut session, [Event::CancelDelete]), [], "nothing to cancel");
    assert!(!session.confirming_delete);
    assert_eq!(session, before);
}

#[test]
fn deleting_the_last_result_removes_the_document_once() {
    let mut session = finished(NOW);
    let Step::Result { id } = session.step else { unreachable!() };
    assert_eq!(apply(&mut session, [Event::DeleteResult { id }]), [Effect::FocusHeading, Effect::Remove]);
    assert_eq!(session.kept, Kept::Nothing);
    assert_eq!(apply(&mut session, [Event::DeleteResult { id }]), [], "removed once");
    assert_eq!(apply(&mut session, [Event::Begin]), [Effect::FocusHeading], "an empty session writes nothing");
}

#[test]
fn starting_over_with_no_results_removes_the_document() {
    let mut session = answered(4);
    assert_eq!(apply(&mut session, [Event::StartOver]), [Effect::FocusHeading, Effect::Remove]);
    assert_eq!(session.step, Step::Question { index: 0 });
    assert_eq!(apply(&mut session, [Event::Next]), [], "nothing answered, nothing to write");
}

#[test]
fn deleting_everything_erases_exactly_once_and_leaves_a_fresh_session() {
    let mut session = finished(NOW);
    apply(&mut session, [Event::Begin, Event::Choose { question: 0, option: 1 }, Event::Next]);
    assert!(!session.answers.is_empty() && !session.history.is_empty());
    assert_eq!(apply(&mut session, [Event::AskDeleteEverything]), [Effect::FocusControl(Control::ConfirmDelete)]);
    assert_eq!(apply(&mut session, [Event::DeleteEverything]), [Effect::Erase, Effect::FocusHeading]);
    assert_eq!(session, Session::new());
    assert_eq!(apply(&mut session, [Event::Begin, Event::Back]), [Effect::FocusHeading, Effect::FocusHeading]);

    // And from the offer to resume.
    let mut restored = reload(&answered(6));
    assert_eq!(apply(&mut restored, [Event::DeleteEverything]), [Effect::Erase, Effect::FocusHeading]);
    assert_eq!(restored, Session::new());
}

#[test]
fn a_save_that_fails_is_said_once_and_retried_on_the_next_change() {
    let mut session = answered(0);
    assert_eq!(apply(&mut session, [Event::Choose { question: 0, option: 1 }]), [save(&session)]);
    assert_eq!(session.stored(instrument(), StorageEvent::SaveFailed), []);
    assert_eq!(session.notices, [Notice::SaveFailed]);
    assert_eq!(session.kept, Kept::Unsure);

    assert_eq!(apply(&mut session, [Event::Next]), [Effect::FocusHeading, save(&session)], "retried");
    assert_eq!(session.stored(instrument(), StorageEvent::SaveFailed), []);
    assert_eq!(session.notices, [Notice::SaveFailed], "said once");
    assert_eq!(apply(&mut session, [Event::Choose { question: 1, option: 0 }]), [save(&session)], "retried again");

    // That one went through: what changes nothing writes nothing again.
    assert_eq!(apply(&mut session, [Event::Choose { question: 1, option: 0 }]), []);
    assert_eq!(session.notices, [Notice::SaveFailed]);
}

// ----- Focus and the host -----

#[test]
fn finishing_tells_the_host_the_new_results_id_and_moves_focus() {
    let mut session = at_review();
    let effects = apply(&mut session, [Event::Finish { now: NOW }]);
    assert_eq!(session.step, Step::Result { id: NOW });
    assert_eq!(
        effects,
        [Effect::FocusHeading, save(&session), Effect::Completed { id: NOW }],
        "the host hears once it's saved"
    );

    // A second round, the clock gone backwards: the host hears the new id, after the first.
    let last = total() - 1;
    apply(&mut session, [Event::Begin]);
    for q in 0..last {
        apply(&mut session, [Event::Choose { question: q, option: 0 }, Event::Next]);
    }
    apply(&mut session, [Event::Choose { question: last, option: 0 }]);
    let effects = apply(&mut session, [Event::Finish { now: NOW - 5_000 }]);
    let id = NOW + 1;
    assert_eq!(session.step, Step::Result { id });
    assert_eq!(effects, [Effect::FocusHeading, save(&session), Effect::Completed { id }], "from the last question");
}

#[test]
fn finishing_with_an_answer_missing_moves_to_it_without_completing() {
    let saved = Saved { step: Step::Review, ..answered(6).saved() };
    let (mut session, effects) = open(Found::Value(Some(&stored::encode(&saved))));
    assert_eq!(effects, []);
    assert_eq!(apply(&mut session, [Event::Continue]), [Effect::FocusHeading], "the review, as it was kept");
    assert_eq!(session.step, Step::Review);
    let effects = apply(&mut session, [Event::Finish { now: NOW }]);
    assert_eq!(session.step, Step::Question { index: 6 });
    assert_eq!(effects, [Effect::FocusHeading, save(&session)], "no Completed");
    assert!(session.history.is_empty());
}

#[test]
fn moving_between_screens_moves_focus_and_choosing_an_option_does_not() {
    let mut session = answered(0);
    assert_eq!(apply(&mut session, [Event::Choose { question: 0, option: 1 }]), [save(&session)]);
    assert_eq!(apply(&mut session, [Event::Next]), [Effect::FocusHeading, save(&session)]);
    assert_eq!(apply(&mut session, [Event::Choose { question: 1, option: 1 }]), [save(&session)]);
    assert_eq!(apply(&mut session, [Event::Choose { question: 1, option: 0 }]), [save(&session)]);
    assert_eq!(apply(&mut session, [Event::Back]), [Effect::FocusHeading, save(&session)]);
    assert_eq!(apply(&mut session, [Event::Back]), [Effect::FocusHeading, save(&session)]);
    assert_eq!(session.step, Step::Intro);
    assert_eq!(apply(&mut session, [Event::Begin]), [Effect::FocusHeading, save(&session)]);
    assert_eq!(session.step, Step::Question { index: 2 });

    let mut session = at_review();
    let other = (option_for(3) + 1) % instrument().question(3).expect("exists").question.options.len();
    assert_eq!(apply(&mut session, [Event::Edit { question: 3 }]), [Effect::FocusHeading, save(&session)]);
    assert_eq!(apply(&mut session, [Event::Choose { question: 3, option: other }]), [save(&session)]);
    assert_eq!(apply(&mut session, [Event::Next]), [Effect::FocusHeading, save(&session)]);
    assert_eq!(session.step, Step::Review);
}

// ----- Other tabs -----

#[test]
fn what_another_tab_saved_is_taken_and_not_written_back() {
    let mut this_tab = answered(2);
    let mut other_tab = reload(&this_tab);
    apply(&mut other_tab, [Event::Continue]);
    let effects = apply(&mut other_tab, [Event::Choose { question: 2, option: option_for(2) }]);
    let [Effect::Save(written)] = effects.as_slice() else { panic!("the other tab saves: {effects:?}") };

    assert_eq!(changed_elsewhere(&mut this_tab, Some(stored::encode(written))), [], "no save, no focus");
    assert_eq!(this_tab.answers, other_tab.answers);
    assert_eq!(this_tab.step, Step::Question { index: 2 });
    assert_eq!(
        apply(&mut this_tab, [Event::Choose { question: 2, option: option_for(2) }]),
        [],
        "the answer taken is not written back"
    );
    // This tab's next change of its own writes again.
    assert_eq!(apply(&mut this_tab, [Event::Next]), [Effect::FocusHeading, save(&this_tab)]);
    assert_eq!(this_tab.answers, other_tab.answers);
}

/// Hands every document a tab asked to save (its `effects`) to the other tab, which writes nothing back.
#[track_caller]
fn deliver(effects: &[Effect], to: &mut Session) {
    for effect in effects {
        if let Effect::Save(saved) = effect {
            let heard = changed_elsewhere(to, Some(stored::encode(saved)));
            assert!(!heard.iter().any(|e| matches!(e, Effect::Save(_) | Effect::Remove | Effect::Erase)), "{heard:?}");
        }
    }
}

#[test]
fn two_tabs_answering_in_turn_never_echo_each_others_saves() {
    let [mut first, mut second] = [answered(0), answered(0)];
    for q in 0..total() {
        let (writer, reader) = if q % 2 == 0 { (&mut first, &mut second) } else { (&mut second, &mut first) };
        let effects = apply(writer, [Event::Choose { question: q, option: option_for(q) }, Event::Next]);
        let saves = effects.iter().filter(|e| matches!(e, Effect::Save(_))).count();
        assert_eq!(saves, 2, "question {q}: the answer, then the move");
        deliver(&effects, reader);
        assert_eq!(reader.answers, writer.answers, "question {q}");
        // The reader moves on too, which is a change of its own: the writer hears of it.
        let effects = apply(reader, [Event::Next]);
        assert_eq!(effects, [Effect::FocusHeading, save(reader)], "question {q}");
        deliver(&effects, writer);
    }
    assert_eq!(first.step, Step::Review);
    assert_eq!(second.step, Step::Review);
    assert!(first.answers.is_complete(instrument()) && first.answers == second.answers);
}

#[test]
fn a_result_another_tab_finished_shows_up_here_without_being_written_back() {
    let mut this_tab = finished(NOW);
    apply(&mut this_tab, [Event::Home]);
    let mut other_tab = reload(&this_tab);
    apply(&mut other_tab, [Event::Begin]);
    for q in 0..total() {
        apply(&mut other_tab, [Event::Choose { question: q, option: 0 }, Event::Next]);
    }
    apply(&mut other_tab, [Event::Finish { now: NOW + 60_000 }]);
    assert_eq!(changed_elsewhere(&mut this_tab, Some(raw(&other_tab))), []);
    assert_eq!(this_tab.history, other_tab.history);
    assert_eq!(this_tab.step, Step::Intro, "this tab stays where it is");
    assert_eq!(apply(&mut this_tab, [Event::Home]), []);
}

#[test]
fn another_tab_removing_everything_brings_this_tab_back_to_a_fresh_state_without_writing() {
    let mut resuming = reload(&answered(6));
    assert_eq!(changed_elsewhere(&mut resuming, None), [Effect::FocusHeading], "from the offer to the intro");
    assert_eq!(resuming, Session::new());

    let mut showing = finished(NOW);
    apply(&mut showing, [Event::AskDeleteEverything]);
    assert_eq!(changed_elsewhere(&mut showing, None), [Effect::FocusHeading], "the result is gone");
    assert_eq!(showing, Session::new());

    let mut at_intro = Session::new();
    assert_eq!(changed_elsewhere(&mut at_intro, None), []);

    // From there the tab saves as a fresh one would.
    assert_eq!(apply(&mut showing, [Event::Begin]), [Effect::FocusHeading]);
    assert_eq!(apply(&mut showing, [Event::Choose { question: 0, option: 0 }]), [save(&showing)]);
}

#[test]
fn an_unreadable_value_from_another_tab_is_ignored() {
    let mut session = answered(4);
    let before = session.clone();
    for value in unreadable_values() {
        assert_eq!(changed_elsewhere(&mut session, Some(value.clone())), [], "{value:?}");
        assert_eq!(session, before, "{value:?}");
    }
}

#[test]
fn a_newer_version_taking_over_in_another_tab_is_left_alone_from_then_on() {
    let mut session = answered(4);
    assert_eq!(changed_elsewhere(&mut session, Some(NEWER.to_owned())), [Effect::Detach]);
    assert_eq!(session.kept, Kept::Off);
    assert!(session.notices.contains(&Notice::NewerData));
    assert_eq!(session.answers.len(), 4, "this tab keeps its answers in the page");
    assert_eq!(apply(&mut session, [Event::Back]), [Effect::FocusHeading], "and never writes over the newer data");
}

#[test]
fn deleting_an_earlier_result_moves_focus_to_the_heading_since_its_row_is_gone() {
    let mut session = finished(NOW);
    let Step::Result { id: first } = session.step else { unreachable!() };
    apply(&mut session, [Event::Home]);
    let mut second = finished(NOW + 1);
    std::mem::swap(&mut session.history, &mut second.history);
    session.history.push(second.history.entries()[0].clone());
    apply(&mut session, [Event::OpenResult { id: first }]);
    let other = session.history.entries().iter().map(|e| e.id).find(|id| *id != first).expect("two results");
    let effects = apply(&mut session, [Event::DeleteResult { id: other }]);
    assert_eq!(effects, [Effect::FocusHeading, save(&session)], "the result on screen stays");
    assert_eq!(session.step, Step::Result { id: first });
}

// ----- An answer chosen in an email -----

fn email(question: usize, option: usize) -> Opening {
    Opening::Answered { question, option }
}

#[test]
fn an_answer_chosen_in_an_email_opens_a_fresh_visit_at_the_next_question_and_is_saved() {
    let option = option_for(0);
    let (session, effects) = Session::open(instrument(), Found::Value(None), email(0, option));
    assert_eq!(session.step, Step::Question { index: 1 });
    assert_eq!(session.answers.choice_index(instrument(), 0), Some(option));
    assert_eq!(session.answers.len(), 1);
    assert_eq!(effects, [save(&session)], "saved at once, so a reload keeps it");
}

#[test]
fn an_answer_chosen_in_an_email_replaces_that_answer_and_keeps_the_others_and_the_results() {
    let mut earlier = finished(NOW);
    apply(&mut earlier, [Event::Begin]);
    let stored = raw(&earlier);
    let other = (option_for(0) + 1) % instrument().question(0).expect("q1").question.options.len();
    let (session, effects) = Session::open(instrument(), Found::Value(Some(&stored)), email(0, other));
    assert_eq!(session.step, Step::Question { index: 1 });
    assert_eq!(session.resume, None, "no offer to continue: the reader already chose where to go");
    assert_eq!(session.answers.choice_index(instrument(), 0), Some(other));
    assert_eq!(session.history, earlier.history, "earlier results stay");
    assert_eq!(effects, [save(&session)]);
}

#[test]
fn an_answer_to_the_last_question_opens_the_review_once_everything_is_answered() {
    let last = total() - 1;
    let stored = raw(&at_review());
    let (session, _) = Session::open(instrument(), Found::Value(Some(&stored)), email(last, 0));
    assert_eq!(session.step, Step::Review);
    assert_eq!(session.answers.choice_index(instrument(), last), Some(0));
}

#[test]
fn an_answer_chosen_in_an_email_is_kept_in_memory_when_storage_is_blocked_or_newer() {
    for found in [Found::Blocked, Found::Value(Some(NEWER))] {
        let (session, effects) = Session::open(instrument(), found, email(0, 0));
        assert_eq!(session.step, Step::Question { index: 1 }, "{found:?}");
        assert!(effects.iter().all(|e| !matches!(e, Effect::Save(_))), "{found:?}: {effects:?}");
    }
}
