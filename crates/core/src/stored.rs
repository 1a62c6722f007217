//! The format kept in localStorage: one versioned JSON document per instrument and instance.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
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

/// Reads a stored value.
///
/// The text is parsed by serde_json into a `Value` and mapped onto [`Saved`] by hand: a derived
/// `Deserialize` pulls float formatting and a visitor per type into the wasm bundle (about 8 KB
/// compressed), and the budget has no room for it. The mapping is strict: any field of the wrong
/// shape makes the whole value unreadable.
pub fn decode(raw: Option<&str>) -> Decoded {
    let Some(raw) = raw else { return Decoded::Empty };
    let value: Value = match serde_json::from_str(raw) {
        Ok(value) => value,
        Err(e) => return Decoded::Unreadable { reason: e.to_string() },
    };
    let Some(schema) = value.get("schema").and_then(Value::as_u64) else {
        return Decoded::Unreadable { reason: "no schema version".into() };
    };
    if schema > u64::from(SCHEMA) {
        return Decoded::Newer { schema };
    }
    if schema == 0 {
        return Decoded::Unreadable { reason: "unknown schema 0".into() };
    }
    match saved(&value, schema) {
        Some(saved) => Decoded::Restored(saved),
        None => Decoded::Unreadable { reason: "a field has the wrong shape".into() },
    }
}

/// Maps a document of `schema` (1 or 2) onto the current [`Saved`].
fn saved(value: &Value, schema: u64) -> Option<Saved> {
    let object = value.as_object()?;
    let known = |k: &str| matches!(k, "schema" | "answers" | "step" | "history") || (schema >= 2 && k == "from_review");
    if object.keys().any(|k| !known(k)) {
        return None;
    }
    // Version 1 did not keep it: a restored question then goes on forward, as it did.
    let from_review = match value.get("from_review") {
        Some(flag) => flag.as_bool()?,
        None if schema == 1 => false,
        None => return None,
    };
    let history = value.get("history")?.as_array()?.iter().map(entry).collect::<Option<Vec<_>>>()?;
    let mut kept = History::default();
    for item in history {
        kept.push(item);
    }
    Some(Saved {
        schema: SCHEMA,
        answers: answers(value.get("answers")?)?,
        step: step(value.get("step")?)?,
        from_review,
        history: kept,
    })
}

fn answers(value: &Value) -> Option<Answers> {
    let mut answers = Answers::new();
    for (question, option) in value.as_object()? {
        answers.set(question, option.as_str()?);
    }
    Some(answers)
}

fn step(value: &Value) -> Option<Step> {
    if let Some(name) = value.as_str() {
        return match name {
            "intro" => Some(Step::Intro),
            "review" => Some(Step::Review),
            _ => None,
        };
    }
    let object = value.as_object()?;
    let (name, inner) = object.iter().next().filter(|_| object.len() == 1)?;
    let field = |key: &str| inner.as_object().filter(|o| o.len() == 1)?.get(key)?.as_u64();
    match name.as_str() {
        "question" => Some(Step::Question { index: usize::try_from(field("index")?).ok()? }),
        "result" => Some(Step::Result { id: field("id")? }),
        _ => None,
    }
}

fn entry(value: &Value) -> Option<HistoryEntry> {
    let object = value.as_object()?;
    if object.len() != 6 {
        return None;
    }
    let mut scores = BTreeMap::new();
    for (dimension, score) in value.get("scores")?.as_object()? {
        scores.insert(dimension.clone(), u8::try_from(score.as_u64()?).ok()?);
    }
    Some(HistoryEntry {
        id: value.get("id")?.as_u64()?,
        finished_at: value.get("finished_at")?.as_u64()?,
        instrument_version: u32::try_from(value.get("instrument_version")?.as_u64()?).ok()?,
        answers: answers(value.get("answers")?)?,
        profile: value.get("profile")?.as_str()?.to_owned(),
        scores,
    })
}

/// Writes a stored value.
pub fn encode(saved: &Saved) -> String {
    // Serialising plain structs and maps with string keys cannot fail.
    serde_json::to_string(saved).unwrap_or_default()
}
