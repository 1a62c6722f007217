#![cfg(not(target_arch = "wasm32"))]
//! The localStorage document: round trips, and how damaged or foreign data is recognised.

mod common;

use std::collections::BTreeMap;

use common::instrument;
use context_check::core::answers::Answers;
use context_check::core::history::{History, HistoryEntry, HISTORY_LIMIT};
use context_check::core::scoring;
use context_check::core::session::Step;
use context_check::core::stored::{backup_key, decode, encode, storage_key, Decoded, Saved, KEY_PREFIX, SCHEMA};
use proptest::prelude::*;

fn complete(option: usize) -> Answers {
    let instrument = instrument();
    let picks = instrument.questions().map(|p| (p.index, option % p.question.options.len()));
    Answers::from_indices(instrument, picks)
}

fn entry(id: u64, answers: Answers) -> HistoryEntry {
    let outcome = scoring::score(instrument(), &answers);
    HistoryEntry::new(instrument(), id, id, answers, &outcome)
}

/// A realistic document: answers in progress, a place, and two past results.
fn sample() -> Saved {
    let mut history = History::default();
    history.push(entry(1_700_000_000_000, complete(0)));
    history.push(entry(1_700_000_900_000, complete(2)));
    let answers = Answers::from_indices(instrument(), [(0, 1), (1, 2), (2, 0)]);
    Saved { schema: SCHEMA, answers, step: Step::Question { index: 3 }, from_review: true, history }
}

#[track_caller]
fn assert_unreadable(raw: &str) {
    match decode(Some(raw)) {
        Decoded::Unreadable { reason } => assert!(!reason.is_empty(), "a reason is given for {raw:?}"),
        other => panic!("{raw:?} should be unreadable, got {other:?}"),
    }
}

#[test]
fn a_saved_document_reads_back_unchanged() {
    let saved = sample();
    assert_eq!(decode(Some(&encode(&saved))), Decoded::Restored(saved));
}

#[test]
fn every_step_reads_back_unchanged() {
    for step in [
        Step::Intro,
        Step::Question { index: 0 },
        Step::Question { index: 15 },
        Step::Review,
        Step::Result { id: u64::MAX },
    ] {
        let saved = Saved { step, ..sample() };
        assert_eq!(decode(Some(&encode(&saved))), Decoded::Restored(saved), "{step:?}");
    }
}

#[test]
fn the_document_is_plain_versioned_json_keyed_by_ids() {
    let raw = encode(&sample());
    let value: serde_json::Value = serde_json::from_str(&raw).expect("encode writes JSON");
    assert_eq!(value["schema"], SCHEMA);
    assert_eq!(value["answers"]["work_kind"], "optimise", "answers are kept by question and option id");
    assert_eq!(value["step"]["question"]["index"], 3);
    assert_eq!(value["history"].as_array().map(Vec::len), Some(2));
    assert_eq!(value["history"][0]["instrument_version"], instrument().version);
    assert!(value["history"][0]["scores"]["awareness"].is_u64());
}

#[test]
fn a_document_written_by_hand_in_the_documented_shape_is_read() {
    let raw = r#"{"schema":1,"answers":{"work_kind":"platform"},"step":"review","history":[]}"#;
    match decode(Some(raw)) {
        Decoded::Restored(saved) => {
            assert_eq!(saved.answers.get("work_kind"), Some("platform"));
            assert_eq!(saved.step, Step::Review);
            assert!(saved.history.is_empty());
        }
        other => panic!("expected the document to be read, got {other:?}"),
    }
}

/// What version 1 of the widget wrote part-way through, with one result already kept.
const VERSION_1_IN_PROGRESS: &str = r#"{"schema":1,"answers":{"work_kind":"new_offering","funding":"stages"},"step":{"question":{"index":2}},"history":[{"id":1700000000000,"finished_at":1700000000000,"instrument_version":1,"answers":{"work_kind":"platform"},"profile":"platform","scores":{"awareness":40}}]}"#;

#[test]
fn a_version_1_document_is_migrated_with_its_answers_place_and_results_kept() {
    match decode(Some(VERSION_1_IN_PROGRESS)) {
        Decoded::Restored(saved) => {
            assert_eq!(saved.schema, SCHEMA, "migrated to the current schema");
            assert_eq!(saved.answers.get("work_kind"), Some("new_offering"));
            assert_eq!(saved.answers.get("funding"), Some("stages"));
            assert_eq!(saved.step, Step::Question { index: 2 });
            assert!(!saved.from_review, "version 1 did not keep it");
            assert_eq!(saved.history.entries().len(), 1);
            let written: serde_json::Value = serde_json::from_str(&encode(&saved)).expect("JSON");
            assert_eq!(written["schema"], 2, "the next save writes the current version");
        }
        other => panic!("expected the version 1 document to be read, got {other:?}"),
    }
}

#[test]
fn a_version_2_document_must_say_whether_it_came_from_the_review() {
    assert_unreadable(r#"{"schema":2,"answers":{},"step":"intro","history":[]}"#);
    assert_unreadable(r#"{"schema":2,"answers":{},"step":"intro","from_review":"yes","history":[]}"#);
    assert_unreadable(r#"{"schema":1,"answers":{},"step":"intro","from_review":false,"history":[]}"#);
    assert_unreadable(r#"{"schema":0,"answers":{},"step":"intro","history":[]}"#);
}

#[test]
fn nothing_stored_is_empty() {
    assert_eq!(decode(None), Decoded::Empty);
}

#[test]
fn text_that_is_not_json_is_unreadable() {
    assert_unreadable("not json at all");
    assert_unreadable("");
    assert_unreadable("{schema: 1}");
}

#[test]
fn json_null_is_unreadable() {
    assert_unreadable("null");
}

#[test]
fn a_bare_number_or_string_or_list_is_unreadable() {
    assert_unreadable("1");
    assert_unreadable("\"context-check\"");
    assert_unreadable("[1, 2, 3]");
}

#[test]
fn a_truncated_write_is_unreadable() {
    let raw = encode(&sample());
    for cut in [raw.len() - 1, raw.len() / 2, 12, 1] {
        assert_unreadable(&raw[..cut]);
    }
}

#[test]
fn an_object_of_the_wrong_shape_is_unreadable() {
    assert_unreadable("{}");
    assert_unreadable(r#"{"answers":{}}"#);
    assert_unreadable(r#"{"schema":1}"#);
    assert_unreadable(r#"{"schema":1,"answers":["a"],"step":{"at":"intro"},"history":[]}"#);
    assert_unreadable(r#"{"schema":1,"answers":{},"step":{"at":"elsewhere"},"history":[]}"#);
    assert_unreadable(r#"{"schema":1,"answers":{},"step":{"at":"intro"},"history":{}}"#);
    assert_unreadable(r#"{"schema":"1","answers":{},"step":{"at":"intro"},"history":[]}"#);
    assert_unreadable(r#"{"schema":-1,"answers":{},"step":{"at":"intro"},"history":[]}"#);
}

#[test]
fn an_unknown_or_repeated_field_makes_the_document_unreadable() {
    let valid = r#"{"schema":2,"answers":{},"step":"intro","from_review":false,"history":[]}"#;
    assert!(matches!(decode(Some(valid)), Decoded::Restored(_)));
    assert_unreadable(r#"{"schema":2,"answers":{},"step":"intro","from_review":false,"history":[],"extra":1}"#);
    assert_unreadable(r#"{"schema":2,"answers":{},"step":"intro","step":"review","from_review":false,"history":[]}"#);
    assert_unreadable(r#"{"schema":1,"answers":{},"step":"intro","from_review":false,"history":[]}"#);
    let entry = r#"{"id":1,"finished_at":1,"instrument_version":2,"answers":{},"profile":"p","scores":{},"note":"x"}"#;
    assert_unreadable(&format!(
        r#"{{"schema":2,"answers":{{}},"step":"intro","from_review":false,"history":[{entry}]}}"#
    ));
    let score = r#"{"id":1,"finished_at":1,"instrument_version":2,"answers":{},"profile":"p","scores":{"a":256}}"#;
    assert_unreadable(&format!(
        r#"{{"schema":2,"answers":{{}},"step":"intro","from_review":false,"history":[{score}]}}"#
    ));
}

#[test]
fn escaped_text_in_a_document_reads_as_the_text_it_stands_for() {
    let raw =
        r#"{"schema":2,"answers":{"caf\u00e9 \"q\"":"line\nbreak"},"step":"intro","from_review":false,"history":[]}"#;
    let Decoded::Restored(saved) = decode(Some(raw)) else { panic!("readable") };
    assert_eq!(saved.answers.get("caf\u{e9} \"q\""), Some("line\nbreak"));
}

#[test]
fn an_older_or_zero_schema_is_unreadable() {
    let raw = encode(&Saved { schema: 0, ..sample() });
    match decode(Some(&raw)) {
        Decoded::Unreadable { reason } => assert!(reason.contains('0'), "{reason}"),
        other => panic!("schema 0 should be unreadable, got {other:?}"),
    }
}

#[test]
fn a_higher_schema_is_newer_and_not_parsed_further() {
    let raw = encode(&Saved { schema: SCHEMA + 1, ..sample() });
    assert_eq!(decode(Some(&raw)), Decoded::Newer { schema: u64::from(SCHEMA) + 1 });
    // A later version may change everything else; it is still recognised as newer, not damaged.
    let raw = r#"{"schema":7,"answers":[["work_kind","new"]],"progress":0.5}"#;
    assert_eq!(decode(Some(raw)), Decoded::Newer { schema: 7 });
    let huge = format!(r#"{{"schema":{}}}"#, u64::MAX);
    assert_eq!(decode(Some(&huge)), Decoded::Newer { schema: u64::MAX });
}

#[test]
fn keys_are_namespaced_under_context_check() {
    assert_eq!(KEY_PREFIX, "context-check:");
    let id = &instrument().id;
    assert_eq!(storage_key(id, None), format!("context-check:{id}"));
    assert_eq!(storage_key(id, Some("")), format!("context-check:{id}"), "an empty instance is no instance");
    assert_eq!(storage_key(id, Some("team-a")), format!("context-check:{id}:team-a"));
    assert_ne!(storage_key(id, Some("team-a")), storage_key(id, Some("team-b")));
    let backup = backup_key(&storage_key(id, Some("team-a")));
    assert!(backup.starts_with("context-check:"), "{backup}");
    assert_ne!(backup, storage_key(id, Some("team-a")), "a backup never overwrites the live key");
    assert_eq!(backup, format!("context-check:{id}:team-a:unreadable"));
}

#[test]
fn history_keeps_the_newest_results_up_to_its_limit() {
    let mut history = History::default();
    for i in 0..(HISTORY_LIMIT as u64 + 5) {
        history.push(entry(1_000 + i, complete(i as usize)));
    }
    assert_eq!(history.entries().len(), HISTORY_LIMIT);
    assert_eq!(history.entries()[0].id, 1_005, "the oldest go first");
    assert!(history.entries().windows(2).all(|w| w[0].id < w[1].id));
    assert_eq!(history.previous(1_006).map(|e| e.id), Some(1_005));
    assert_eq!(history.previous(1_005), None);
    assert_eq!(history.fresh_id(10), 1_000 + HISTORY_LIMIT as u64 + 5);
    assert_eq!(history.fresh_id(u64::MAX - 1), u64::MAX - 1);
}

fn any_step() -> impl Strategy<Value = Step> {
    prop_oneof![
        Just(Step::Intro),
        (0usize..64).prop_map(|index| Step::Question { index }),
        Just(Step::Review),
        any::<u64>().prop_map(|id| Step::Result { id }),
    ]
}

/// Any text as ids.
const ANY: &str = ".{0,12}";
/// Any text without control characters, which no id holds.
const PRINTABLE: &str = "[^\\x00-\\x1f]{0,12}";

fn any_answers(text: &'static str) -> impl Strategy<Value = Answers> {
    proptest::collection::btree_map(text, text, 0..20).prop_map(|map: BTreeMap<String, String>| {
        let mut answers = Answers::new();
        for (q, o) in &map {
            answers.set(q, o);
        }
        answers
    })
}

fn any_history(text: &'static str) -> impl Strategy<Value = History> {
    proptest::collection::vec(
        (
            any::<u64>(),
            any::<u64>(),
            any::<u32>(),
            any_answers(text),
            "[a-z_]{0,16}",
            proptest::collection::btree_map("[a-z_]{1,12}", any::<u8>(), 0..8),
        ),
        0..4,
    )
    .prop_map(|rows| {
        let mut history = History::default();
        for (id, finished_at, instrument_version, answers, profile, scores) in rows {
            history.push(HistoryEntry { id, finished_at, instrument_version, answers, profile, scores });
        }
        history
    })
}

proptest! {
    #[test]
    fn any_document_round_trips(answers in any_answers(ANY), step in any_step(), history in any_history(ANY)) {
        let from_review = matches!(step, Step::Question { .. });
        let saved = Saved { schema: SCHEMA, answers, step, from_review, history };
        let raw = encode(&saved);
        prop_assert_eq!(decode(Some(&raw)), Decoded::Restored(saved));
    }

    /// Documents written before the core changed JSON crates (serde_json, until stop 18) are
    /// recognised as its own writing. Only control characters, which no id holds, are written
    /// differently: as `\u001A` rather than `\u001a`, the same JSON.
    #[test]
    fn any_document_is_written_exactly_as_serde_json_writes_it(
        answers in any_answers(PRINTABLE),
        step in any_step(),
        history in any_history(PRINTABLE),
    ) {
        let saved = Saved { schema: SCHEMA, answers, step, from_review: true, history };
        prop_assert_eq!(encode(&saved), serde_json::to_string(&saved).expect("serialises"));
    }

    #[test]
    fn any_truncation_of_a_document_is_unreadable(answers in any_answers(ANY), step in any_step(), cut in 0.0f64..1.0) {
        let raw = encode(&Saved { schema: SCHEMA, answers, step, from_review: false, history: History::default() });
        let mut at = ((raw.len() as f64) * cut) as usize;
        while !raw.is_char_boundary(at) {
            at -= 1;
        }
        let decoded = decode(Some(&raw[..at]));
        prop_assert!(matches!(decoded, Decoded::Unreadable { .. }), "{:?}", decoded);
    }

    #[test]
    fn decoding_any_text_never_panics_and_never_claims_an_empty_store(raw in ".{0,80}") {
        let decoded = decode(Some(&raw));
        prop_assert_ne!(decoded, Decoded::Empty);
    }
}
