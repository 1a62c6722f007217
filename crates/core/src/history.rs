//! Finished results kept in the browser, and how one differs from the one before.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::answers::Answers;
use crate::instrument::Instrument;
use crate::scoring::Outcome;

/// A finished assessment as kept in history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HistoryEntry {
    /// Unique within a history; also the finish time in ms since the epoch, or just after it.
    pub id: u64,
    /// When it was finished, ms since the Unix epoch.
    pub finished_at: u64,
    /// The instrument version that scored it.
    pub instrument_version: u32,
    pub answers: Answers,
    /// The profile category id at the time.
    pub profile: String,
    /// Dimension scores at the time, for comparisons that survive instrument changes.
    pub scores: BTreeMap<String, u8>,
}

impl HistoryEntry {
    pub fn new(instrument: &Instrument, id: u64, finished_at: u64, answers: Answers, outcome: &Outcome) -> Self {
        Self {
            id,
            finished_at,
            instrument_version: instrument.version,
            answers,
            profile: outcome.profile().to_owned(),
            scores: outcome.dimensions.iter().map(|d| (d.dimension.clone(), d.score)).collect(),
        }
    }
}

/// Past results, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct History(Vec<HistoryEntry>);

/// At most this many results are kept; the oldest go first.
pub const HISTORY_LIMIT: usize = 50;

impl History {
    pub fn entries(&self) -> &[HistoryEntry] {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, id: u64) -> Option<&HistoryEntry> {
        self.0.iter().find(|e| e.id == id)
    }

    /// The entry finished just before this one.
    pub fn previous(&self, id: u64) -> Option<&HistoryEntry> {
        let at = self.0.iter().position(|e| e.id == id)?;
        at.checked_sub(1).and_then(|i| self.0.get(i))
    }

    /// An id not used yet, at or after `now`.
    pub fn fresh_id(&self, now: u64) -> u64 {
        let last = self.0.iter().map(|e| e.id).max().unwrap_or(0);
        now.max(last.saturating_add(1))
    }

    pub fn push(&mut self, entry: HistoryEntry) {
        // Kept oldest first: the new entry goes before the first one that is newer.
        let at = self.0.iter().position(|e| e.id > entry.id).unwrap_or(self.0.len());
        self.0.insert(at, entry);
        let excess = self.0.len().saturating_sub(HISTORY_LIMIT);
        self.0.drain(..excess);
    }

    pub fn remove(&mut self, id: u64) -> bool {
        let before = self.0.len();
        self.0.retain(|e| e.id != id);
        before != self.0.len()
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// Drops entries whose answers no longer fit the instrument, keeping the rest in order.
    /// Entries from an earlier version of the questions are kept as they are: they open as what
    /// they said then. Entries from a later version are dropped.
    pub fn retain_valid(&mut self, instrument: &Instrument) {
        self.0.retain_mut(|e| {
            if e.instrument_version < instrument.version {
                return true;
            }
            e.answers.retain_known(instrument);
            e.instrument_version == instrument.version && e.answers.is_complete(instrument)
        });
        let mut ordered = History::default();
        for entry in std::mem::take(&mut self.0) {
            if ordered.get(entry.id).is_none() {
                ordered.push(entry);
            }
        }
        *self = ordered;
    }
}

/// How a dimension moved between two results.
pub fn delta(previous: &HistoryEntry, dimension: &str, score: u8) -> Option<i16> {
    previous.scores.get(dimension).map(|old| i16::from(score) - i16::from(*old))
}
