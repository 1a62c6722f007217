//! The assessment as a state machine: events in, state out, no I/O.
//!
//! The shell feeds [`Event`]s from the user (and the clock for `Finish`), saves [`Session::saved`]
//! after every change, and renders [`crate::core::view::screen`].

use serde::{Deserialize, Serialize};

use crate::core::answers::Answers;
use crate::core::history::{History, HistoryEntry};
use crate::core::instrument::Instrument;
use crate::core::scoring;
use crate::core::stored::{Saved, SCHEMA};

/// Where the respondent is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    #[default]
    Intro,
    Question {
        index: usize,
    },
    Review,
    Result {
        id: u64,
    },
}

/// Something the respondent should know about storage, said once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// Storage is blocked or missing: progress lives only in this page.
    NotKept,
    /// Stored data could not be read and was set aside.
    SetAside,
    /// Stored data comes from a newer version and was left alone.
    NewerData,
    /// A save failed (quota); answers stay in memory and saving is retried.
    SaveFailed,
}

/// What the respondent did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// Start from the intro, at the first unanswered question.
    Begin,
    /// Accept the offer to continue where they left off.
    Continue,
    /// Throw away answers in progress and start at the first question.
    StartOver,
    /// Pick an option of a question (both by position).
    Choose {
        question: usize,
        option: usize,
    },
    Next,
    Back,
    /// From the review, change one answer.
    Edit {
        question: usize,
    },
    /// From the review, or the last question once every question is answered, see the result;
    /// `now` is ms since the epoch.
    Finish {
        now: u64,
    },
    /// Open a past result.
    OpenResult {
        id: u64,
    },
    DeleteResult {
        id: u64,
    },
    /// Ask to confirm deleting everything.
    AskDeleteEverything,
    /// Keep everything after all.
    CancelDelete,
    /// Forget answers and history.
    DeleteEverything,
    /// Back to the intro.
    Home,
}

/// The state of one respondent's assessment.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Session {
    pub answers: Answers,
    pub step: Step,
    /// Set on restore when the respondent was part-way through: the step to continue at.
    pub resume: Option<Step>,
    /// The respondent came to a question from the review, and Next goes back there.
    pub from_review: bool,
    pub history: History,
    pub notices: Vec<Notice>,
    /// "Delete everything" was pressed and waits for confirmation.
    pub confirming_delete: bool,
}

impl Event {
    /// The event a button's `data-action` names, such as `edit:3`; `now` is for `finish`.
    pub fn from_action(action: &str, now: u64) -> Option<Event> {
        let (name, argument) = match action.split_once(':') {
            Some((name, argument)) => (name, Some(argument)),
            None => (action, None),
        };
        let number = || argument.and_then(|a| a.parse::<u64>().ok());
        Some(match (name, argument) {
            ("begin", None) => Event::Begin,
            ("continue", None) => Event::Continue,
            ("start-over", None) => Event::StartOver,
            ("back", None) => Event::Back,
            ("finish", None) => Event::Finish { now },
            ("home", None) => Event::Home,
            ("ask-delete-all", None) => Event::AskDeleteEverything,
            ("cancel-delete-all", None) => Event::CancelDelete,
            ("delete-all", None) => Event::DeleteEverything,
            ("edit", Some(_)) => Event::Edit { question: usize::try_from(number()?).ok()? },
            ("open", Some(_)) => Event::OpenResult { id: number()? },
            ("delete", Some(_)) => Event::DeleteResult { id: number()? },
            _ => return None,
        })
    }
}

impl Session {
    /// A fresh session at the intro.
    pub fn new() -> Self {
        Self::default()
    }

    /// Rebuilds a session from stored data, dropping anything the instrument no longer knows.
    pub fn restore(instrument: &Instrument, saved: Saved) -> Self {
        let Saved { mut answers, step, from_review, mut history, .. } = saved;
        answers.retain_known(instrument);
        history.retain_valid(instrument);
        let mut session = Session { answers, history, ..Session::default() };
        let step = session.clamp(instrument, step);
        match step {
            Step::Question { .. } if !session.answers.is_empty() => {
                session.resume = Some(step);
                session.from_review = from_review;
            }
            Step::Review if !session.answers.is_empty() => session.resume = Some(step),
            Step::Result { .. } => session.step = step,
            _ => {}
        }
        session
    }

    /// What to store for this session.
    pub fn saved(&self) -> Saved {
        let step = self.resume.unwrap_or(self.step);
        Saved {
            schema: SCHEMA,
            answers: self.answers.clone(),
            step,
            from_review: self.from_review && matches!(step, Step::Question { .. }),
            history: self.history.clone(),
        }
    }

    /// Takes what another tab of the same assessment just saved: its answers and results are
    /// newer than ours. This tab stays where it is when that still makes sense, so neither tab
    /// reverts an answer the other gave.
    pub fn adopt(&mut self, instrument: &Instrument, saved: Saved) {
        let Saved { mut answers, mut history, .. } = saved;
        answers.retain_known(instrument);
        history.retain_valid(instrument);
        self.answers = answers;
        self.history = history;
        self.confirming_delete = false;
        let step = self.clamp(instrument, self.step);
        if step != self.step {
            self.go(step);
        }
        if self.answers.is_empty() {
            self.resume = None;
        }
    }

    /// Opens a fresh visit at the first question (the host's `start="question"`). A visit with
    /// answers to resume or a result to show stays where it is.
    pub fn skip_intro(&mut self, instrument: &Instrument) {
        if self.step == Step::Intro && self.resume.is_none() {
            self.apply(instrument, Event::Begin);
        }
    }

    /// Notes something about storage once.
    pub fn notify(&mut self, notice: Notice) {
        if !self.notices.contains(&notice) {
            self.notices.push(notice);
        }
    }

    /// Applies one event. Events that make no sense where the respondent is are ignored.
    pub fn apply(&mut self, instrument: &Instrument, event: Event) {
        let total = instrument.question_count();
        if self.resume.is_some() && !matches!(event, Event::Continue | Event::StartOver | Event::DeleteEverything) {
            return;
        }
        if !matches!(event, Event::DeleteEverything | Event::AskDeleteEverything) {
            self.confirming_delete = false;
        }
        match event {
            Event::Begin => {
                let index = self.answers.first_unanswered(instrument).unwrap_or(0);
                self.go(Step::Question { index });
            }
            Event::Continue => {
                if let Some(step) = self.resume.take() {
                    let from_review = self.from_review;
                    self.go(step);
                    self.from_review = from_review;
                }
            }
            Event::StartOver => {
                self.resume = None;
                self.from_review = false;
                self.answers = Answers::new();
                self.go(Step::Question { index: 0 });
            }
            Event::Choose { question, option } => {
                if self.step != (Step::Question { index: question }) {
                    return;
                }
                if let Some(placed) = instrument.question(question) {
                    if let Some(choice) = placed.question.options.get(option) {
                        self.answers.set(&placed.question.id, &choice.id);
                    }
                }
            }
            Event::Next => {
                if let Step::Question { index } = self.step {
                    if self.answers.choice_index(instrument, index).is_none() {
                        return;
                    }
                    if self.from_review || index + 1 >= total {
                        self.go(Step::Review);
                    } else {
                        self.go(Step::Question { index: index + 1 });
                    }
                }
            }
            Event::Back => match self.step {
                Step::Question { .. } if self.from_review => self.go(Step::Review),
                Step::Question { index: 0 } => self.go(Step::Intro),
                Step::Question { index } => self.go(Step::Question { index: index - 1 }),
                Step::Review => self.go(Step::Question { index: total.saturating_sub(1) }),
                _ => {}
            },
            Event::Edit { question } => {
                if self.step == Step::Review && question < total {
                    self.step = Step::Question { index: question };
                    self.from_review = true;
                }
            }
            Event::Finish { now } => {
                let on_last = self.step == Step::Question { index: total.saturating_sub(1) } && !self.from_review;
                if self.step != Step::Review && !(on_last && self.answers.is_complete(instrument)) {
                    return;
                }
                if let Some(index) = self.answers.first_unanswered(instrument) {
                    // From the review, the missing answer leads back to it (as "Change" does).
                    let from_review = self.step == Step::Review;
                    self.go(Step::Question { index });
                    self.from_review = from_review;
                    return;
                }
                let outcome = scoring::score(instrument, &self.answers);
                let id = self.history.fresh_id(now);
                let answers = std::mem::take(&mut self.answers);
                self.history.push(HistoryEntry::new(instrument, id, now, answers, &outcome));
                self.go(Step::Result { id });
            }
            Event::OpenResult { id } => {
                if self.history.get(id).is_some() {
                    self.go(Step::Result { id });
                }
            }
            Event::DeleteResult { id } => {
                self.history.remove(id);
                if self.step == (Step::Result { id }) {
                    self.go(Step::Intro);
                }
            }
            Event::AskDeleteEverything => self.confirming_delete = true,
            Event::CancelDelete => {}
            Event::DeleteEverything => {
                self.confirming_delete = false;
                self.answers = Answers::new();
                self.history.clear();
                self.resume = None;
                self.go(Step::Intro);
            }
            Event::Home => self.go(Step::Intro),
        }
    }

    fn go(&mut self, step: Step) {
        self.step = step;
        self.from_review = false;
    }

    /// A stored step that still makes sense for this instrument and these answers.
    fn clamp(&self, instrument: &Instrument, step: Step) -> Step {
        match step {
            Step::Question { index } if index < instrument.question_count() => step,
            Step::Question { .. } => Step::Review,
            Step::Review if self.answers.is_empty() => Step::Intro,
            Step::Result { id } if self.history.get(id).is_none() => Step::Intro,
            other => other,
        }
    }
}
