//! The format kept in localStorage: one versioned JSON document per instrument and instance.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize};

use crate::answers::Answers;
use crate::history::{History, HistoryEntry};
use crate::session::Step;

/// The current schema version of the stored document. Version 2 added `from_review`; version 1
/// documents are read and migrated (as not having come from the review).
pub const SCHEMA: u32 = 2;
/// Every key we own starts with this.
pub const KEY_PREFIX: &str = "context-check:";

/// The storage key for an instrument and an optional widget instance.
pub fn storage_key(instrument_id: &str, instance: Option<&str>) -> String {
    match instance {
        Some(name) if !name.is_empty() => format!("{KEY_PREFIX}{instrument_id}:{name}"),
        _ => format!("{KEY_PREFIX}{instrument_id}"),
    }
}

/// Where unreadable data under `key` is set aside.
pub fn backup_key(key: &str) -> String {
    format!("{key}:unreadable")
}

/// What is stored: the answers in progress, where the respondent was, and past results.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Saved {
    pub schema: u32,
    pub answers: Answers,
    pub step: Step,
    /// The respondent opened the question at `step` from the review, and Next goes back there.
    pub from_review: bool,
    pub history: History,
}

/// What a stored value turned out to hold.
#[derive(Debug, Clone, PartialEq)]
pub enum Decoded {
    /// Nothing stored yet.
    Empty,
    /// Our data, readable.
    Restored(Saved),
    /// Data we wrote in a later version: leave it alone.
    Newer { schema: u64 },
    /// Not our format, or damaged: set it aside.
    Unreadable { reason: String },
}

/// The document as written by schema 1 or 2, read strictly: an unknown or repeated field, or one
/// of the wrong shape, makes the whole value unreadable.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Document {
    schema: u64,
    answers: Choices,
    step: Step,
    /// Version 1 did not keep it.
    from_review: Option<bool>,
    history: Vec<Entry>,
}

/// Only the schema version, read before the rest: a later version's fields may be anything.
#[derive(Deserialize)]
struct Version {
    schema: u64,
}

/// A [`HistoryEntry`] as stored.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    id: u64,
    finished_at: u64,
    instrument_version: u32,
    answers: Choices,
    profile: String,
    scores: BTreeMap<Key, u8>,
}

/// [`Answers`] as stored: option ids by question id.
type Choices = BTreeMap<Key, String>;

/// A map's key. serde-json-core reads keys only as `str`, never as `String`, so the key is taken
/// as a `str` and owned here.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct Key(String);

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Text;
        impl Visitor<'_> for Text {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Key, E> {
                Ok(Key(text.to_owned()))
            }
        }
        deserializer.deserialize_str(Text)
    }
}

fn answers(choices: Choices) -> Answers {
    let mut answers = Answers::new();
    for (Key(question), option) in choices {
        answers.set(&question, &option);
    }
    answers
}

impl From<Entry> for HistoryEntry {
    fn from(entry: Entry) -> Self {
        Self {
            id: entry.id,
            finished_at: entry.finished_at,
            instrument_version: entry.instrument_version,
            answers: answers(entry.answers),
            profile: entry.profile,
            scores: entry.scores.into_iter().map(|(Key(dimension), score)| (dimension, score)).collect(),
        }
    }
}

/// Reads a stored value.
///
/// The JSON is read by serde-json-core into the types themselves. It parses no floats and keeps
/// no `Value` tree, so it costs the wasm bundle a fraction of serde_json (docs/size.md). Strings
/// are unescaped into a buffer as long as the text, which an unescaped string never outgrows.
pub fn decode(raw: Option<&str>) -> Decoded {
    let Some(raw) = raw else { return Decoded::Empty };
    let mut unescaped = vec![0; raw.len()];
    let unreadable = |e: serde_json_core::de::Error| Decoded::Unreadable { reason: e.to_string() };
    let schema = match serde_json_core::from_str_escaped::<Version>(raw, &mut unescaped) {
        Ok((Version { schema }, _)) => schema,
        Err(e) => return unreadable(e),
    };
    if schema > u64::from(SCHEMA) {
        return Decoded::Newer { schema };
    }
    if schema == 0 {
        return Decoded::Unreadable { reason: "unknown schema 0".into() };
    }
    let document = match serde_json_core::from_str_escaped::<Document>(raw, &mut unescaped) {
        Ok((document, _)) => document,
        Err(e) => return unreadable(e),
    };
    let from_review = match (document.from_review, document.schema) {
        (Some(flag), _) => flag,
        // Version 1 did not keep it: a restored question then goes on forward, as it did.
        (None, 1) => false,
        (None, _) => return Decoded::Unreadable { reason: "no from_review".into() },
    };
    if document.schema == 1 && document.from_review.is_some() {
        return Decoded::Unreadable { reason: "from_review in version 1".into() };
    }
    let mut history = History::default();
    for entry in document.history {
        history.push(entry.into());
    }
    let answers = answers(document.answers);
    Decoded::Restored(Saved { schema: SCHEMA, answers, step: document.step, from_review, history })
}

/// Writes a stored value.
pub fn encode(saved: &Saved) -> String {
    // Written by serde-json-core into a buffer that doubles until the document fits: its only
    // error is a full buffer. Its output is UTF-8, since every string in it came from a `str`.
    let mut buffer = vec![0; 4096];
    loop {
        match serde_json_core::to_slice(saved, &mut buffer) {
            Ok(length) => return String::from_utf8_lossy(&buffer[..length]).into_owned(),
            // Far beyond any browser's storage quota: never reached by a real document.
            Err(_) if buffer.len() >= 1 << 26 => return String::new(),
            Err(_) => buffer.resize(buffer.len() * 2, 0),
        }
    }
}
