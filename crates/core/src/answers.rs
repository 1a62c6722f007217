//! A respondent's answers: which option they chose for each question, by id.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::instrument::Instrument;

/// Chosen option ids keyed by question id. Ids (not positions) keep saved answers meaningful
/// when an instrument adds or reorders questions.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Answers(BTreeMap<String, String>);

impl Answers {
    pub fn new() -> Self {
        Self::default()
    }

    /// The chosen option id for a question.
    pub fn get(&self, question: &str) -> Option<&str> {
        self.0.get(question).map(String::as_str)
    }

    pub fn set(&mut self, question: &str, option: &str) {
        self.0.insert(question.to_owned(), option.to_owned());
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Answers by position: question index and option index.
    pub fn from_indices(instrument: &Instrument, picks: impl IntoIterator<Item = (usize, usize)>) -> Self {
        let mut answers = Self::new();
        for (q, o) in picks {
            if let Some(placed) = instrument.question(q) {
                if let Some(choice) = placed.question.options.get(o) {
                    answers.set(&placed.question.id, &choice.id);
                }
            }
        }
        answers
    }

    /// The option index chosen for the question at `index`.
    pub fn choice_index(&self, instrument: &Instrument, index: usize) -> Option<usize> {
        let placed = instrument.question(index)?;
        let chosen = self.get(&placed.question.id)?;
        placed.question.options.iter().position(|o| o.id == chosen)
    }

    /// Keeps only answers that name a question and option of this instrument.
    pub fn retain_known(&mut self, instrument: &Instrument) -> usize {
        let before = self.0.len();
        self.0.retain(|q, o| instrument.question_by_id(q).is_some_and(|p| p.question.choice(o).is_some()));
        before - self.0.len()
    }

    /// The first question, in order, that has no answer.
    pub fn first_unanswered(&self, instrument: &Instrument) -> Option<usize> {
        instrument.questions().find(|p| self.get(&p.question.id).is_none()).map(|p| p.index)
    }

    /// Whether every question has an answer.
    pub fn is_complete(&self, instrument: &Instrument) -> bool {
        self.first_unanswered(instrument).is_none()
    }
}
