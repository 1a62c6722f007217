//! The assessment as a state machine: events in, state and [`Effect`]s out, no I/O.
//!
//! The runtime feeds [`Event`]s from the respondent (and the clock for `Finish`) and
//! [`StorageEvent`]s from storage, carries out the effects each returns, and renders the views
//! in [`crate::view`]. The whole saving protocol lives here: what to write and when, what
//! to do with what another tab wrote, and what to say when storage fails.

use serde::{Deserialize, Serialize};

use crate::answers::Answers;
use crate::history::{History, HistoryEntry};
use crate::instrument::Instrument;
use crate::scoring;
use crate::stored::{self, Decoded, Saved, SCHEMA};

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

/// Where a visit opens, once storage has been read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Opening {
    /// Where storage left the reader: the intro for a fresh visit.
    #[default]
    Intro,
    /// The host's `start="question"`: a fresh visit opens at the first question. A visit with
    /// answers to resume or a result to show stays where it is.
    FirstQuestion,
    /// An email's link chose this option of this question (both by position): it is answered,
    /// and the reader goes on to the next question (or the review, after the last).
    Answered { question: usize, option: usize },
}

/// What storage held when the widget opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found<'a> {
    /// Storage can't be used here.
    Blocked,
    /// The stored value, if there is one.
    Value(Option<&'a str>),
}

/// What storage said: the answers to the effects, and what other tabs did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageEvent {
    /// A [`Effect::Save`] was refused (the quota, say).
    SaveFailed,
    /// An [`Effect::SetAside`] was refused: storage is left alone from now on.
    SetAsideFailed,
    /// Another tab on the same assessment wrote this (`None`: it removed it).
    ChangedElsewhere(Option<String>),
}

/// What the runtime must do for the core: the core decides, the runtime carries it out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write this document: it differs from what storage holds.
    Save(Saved),
    /// Remove the stored document: nothing is left to keep (set-aside data stays).
    Remove,
    /// Remove everything this widget stored, set-aside data included.
    Erase,
    /// Move the stored data, which can't be read, aside under the backup key.
    SetAside,
    /// Stop all reads and writes: the stored data is a newer version's.
    Detach,
    /// The screen changed, or what had focus is gone: move focus to the step's heading.
    FocusHeading,
    /// Move focus to a control that just appeared in place of the one pressed.
    FocusControl(Control),
    /// The respondent finished: result `id` is new. Last, after its save.
    Completed { id: u64 },
}

/// A control that focus moves to when it takes the place of the one pressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Control {
    /// "Yes, delete everything", once "Delete everything stored" asks.
    ConfirmDelete,
    /// "Delete everything stored" again, once the visitor keeps everything.
    AskDeleteEverything,
}

impl Control {
    /// The `data-focus` name the control carries on the page.
    pub fn name(self) -> &'static str {
        match self {
            Control::ConfirmDelete => "confirm-delete",
            Control::AskDeleteEverything => "ask-delete-everything",
        }
    }
}

/// What the stored document is known to be, so that it is written only when it changes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Kept {
    /// Storage holds this.
    Holds(Saved),
    /// Storage holds nothing of ours.
    #[default]
    Nothing,
    /// A write failed: whatever the next change brings is written.
    Unsure,
    /// Storage is not used (blocked, or a newer version's data): progress lives in this page.
    Off,
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
    /// What storage holds.
    pub kept: Kept,
    /// The host skipped the intro (`start="question"`) and the respondent hasn't been to it
    /// since: the first question has nothing to go back to. Not stored.
    pub skipped_intro: bool,
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

    /// Opens the assessment from what storage held, and says what to do about it: data that
    /// can't be read is set aside, a newer version's is left alone. Then it opens where
    /// `opening` asks: see [`Opening`].
    pub fn open(instrument: &Instrument, found: Found<'_>, opening: Opening) -> (Self, Vec<Effect>) {
        let mut effects = Vec::new();
        let mut session = Session::new();
        match found {
            Found::Blocked => {
                session.kept = Kept::Off;
                session.notify(Notice::NotKept);
            }
            Found::Value(raw) => match stored::decode(raw) {
                Decoded::Empty => {}
                Decoded::Restored(saved) => {
                    // A document an earlier schema wrote reads as the current one: what storage
                    // holds is then the text, not what it decoded to, and the first change
                    // rewrites it.
                    let as_written = raw.is_some_and(|raw| raw == stored::encode(&saved));
                    session = Session::restore(instrument, saved.clone());
                    session.kept = if as_written { Kept::Holds(saved) } else { Kept::Unsure };
                }
                Decoded::Newer { .. } => {
                    effects.push(Effect::Detach);
                    session.kept = Kept::Off;
                    session.notify(Notice::NewerData);
                }
                Decoded::Unreadable { .. } => {
                    effects.push(Effect::SetAside);
                    session.notify(Notice::SetAside);
                }
            },
        }
        match opening {
            Opening::Intro => {}
            Opening::FirstQuestion => {
                if session.step == Step::Intro && session.resume.is_none() {
                    session.change(instrument, Event::Begin, &mut Vec::new());
                    session.skipped_intro = true;
                }
            }
            Opening::Answered { question, option } if instrument.question(question).is_some() => {
                // The reader chose this answer in the email: it replaces whatever they had
                // answered there, keeps their other answers and results, and they go on.
                session.resume = None;
                session.go(Step::Question { index: question });
                session.change(instrument, Event::Choose { question, option }, &mut Vec::new());
                session.change(instrument, Event::Next, &mut Vec::new());
            }
            Opening::Answered { .. } => {}
        }
        session.keep(&mut effects);
        (session, effects)
    }

    /// Takes what another tab of the same assessment just saved: its answers and results are
    /// newer than ours. This tab stays where it is when that still makes sense, so neither tab
    /// reverts an answer the other gave.
    fn adopt(&mut self, instrument: &Instrument, saved: Saved) {
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
            self.from_review = false;
        }
    }

    /// Notes something about storage once.
    pub fn notify(&mut self, notice: Notice) {
        if !self.notices.contains(&notice) {
            self.notices.push(notice);
        }
    }

    /// Applies one event and returns what to do about it. Events that make no sense where the
    /// respondent is are ignored.
    pub fn apply(&mut self, instrument: &Instrument, event: Event) -> Vec<Effect> {
        let mut effects = Vec::new();
        let before = ScreenKey::of(instrument, self);
        let was_confirming = self.confirming_delete;
        let results = self.history.entries().len();
        self.change(instrument, event, &mut effects);
        self.moved(instrument, before, &mut effects);
        match event {
            // What was pressed is gone (a history row, the confirmation): focus goes to the heading.
            Event::DeleteEverything | Event::DeleteResult { .. }
                if !effects.contains(&Effect::FocusHeading)
                    && (event == Event::DeleteEverything || self.history.entries().len() < results) =>
            {
                effects.push(Effect::FocusHeading)
            }
            Event::AskDeleteEverything if !was_confirming => effects.push(Effect::FocusControl(Control::ConfirmDelete)),
            Event::CancelDelete if was_confirming => effects.push(Effect::FocusControl(Control::AskDeleteEverything)),
            _ => {}
        }
        self.keep(&mut effects);
        // The host hears of a new result once it is saved.
        effects.sort_by_key(|effect| matches!(effect, Effect::Completed { .. }));
        effects
    }

    /// Takes what storage said. What another tab wrote is taken as it is and never written back,
    /// so two tabs don't echo each other's saves.
    pub fn stored(&mut self, instrument: &Instrument, event: StorageEvent) -> Vec<Effect> {
        let mut effects = Vec::new();
        match event {
            StorageEvent::SaveFailed => {
                self.kept = Kept::Unsure;
                self.notify(Notice::SaveFailed);
            }
            StorageEvent::SetAsideFailed => {
                // Nothing was set aside after all: progress now lives only in this page.
                self.kept = Kept::Off;
                self.notices.retain(|n| *n != Notice::SetAside);
                self.notify(Notice::NotKept);
                effects.push(Effect::Detach);
            }
            StorageEvent::ChangedElsewhere(raw) if self.kept != Kept::Off => {
                let saved = match stored::decode(raw.as_deref()) {
                    Decoded::Restored(saved) => saved,
                    Decoded::Empty => Saved::default(),
                    // A newer version took over in another tab: leave its data alone from now on.
                    Decoded::Newer { .. } => {
                        self.kept = Kept::Off;
                        self.notify(Notice::NewerData);
                        effects.push(Effect::Detach);
                        return effects;
                    }
                    Decoded::Unreadable { .. } => return effects,
                };
                let before = ScreenKey::of(instrument, self);
                self.adopt(instrument, saved);
                self.moved(instrument, before, &mut effects);
                self.kept = if self.is_empty() { Kept::Nothing } else { Kept::Holds(self.saved()) };
            }
            StorageEvent::ChangedElsewhere(_) => {}
        }
        effects
    }

    /// Nothing to keep: no answers in progress and no results.
    fn is_empty(&self) -> bool {
        self.answers.is_empty() && self.history.is_empty()
    }

    /// Focus follows the respondent to a new screen.
    fn moved(&self, instrument: &Instrument, before: ScreenKey, effects: &mut Vec<Effect>) {
        if ScreenKey::of(instrument, self) != before {
            effects.push(Effect::FocusHeading);
        }
    }

    /// Writes the document when it differs from what storage holds, and removes it when nothing
    /// is left to keep.
    fn keep(&mut self, effects: &mut Vec<Effect>) {
        if self.kept == Kept::Off {
            return;
        }
        if self.is_empty() {
            if self.kept != Kept::Nothing {
                effects.push(Effect::Remove);
                self.kept = Kept::Nothing;
            }
            return;
        }
        let saved = self.saved();
        if self.kept != Kept::Holds(saved.clone()) {
            effects.push(Effect::Save(saved.clone()));
            self.kept = Kept::Holds(saved);
        }
    }

    fn change(&mut self, instrument: &Instrument, event: Event, effects: &mut Vec<Effect>) {
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
                Step::Question { index: 0 } if self.skipped_intro => {}
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
                effects.push(Effect::Completed { id });
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
                if self.kept != Kept::Off {
                    effects.push(Effect::Erase);
                    self.kept = Kept::Nothing;
                }
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
        if step == Step::Intro {
            self.skipped_intro = false;
        }
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

/// Which screen is up, without its contents: changes only when the respondent moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScreenKey {
    Intro,
    Resume,
    Question(usize),
    Review,
    Result(u64),
}

impl ScreenKey {
    /// The screen a session is on.
    pub fn of(instrument: &Instrument, session: &Session) -> Self {
        if session.resume.is_some() {
            return ScreenKey::Resume;
        }
        match session.step {
            Step::Intro => ScreenKey::Intro,
            Step::Question { index } if index < instrument.question_count() => ScreenKey::Question(index),
            Step::Question { .. } => ScreenKey::Intro,
            Step::Review => ScreenKey::Review,
            Step::Result { id } if session.history.get(id).is_some() => ScreenKey::Result(id),
            Step::Result { .. } => ScreenKey::Intro,
        }
    }

    /// The name used in the widget's `data-screen` attribute.
    pub fn name(self) -> &'static str {
        match self {
            ScreenKey::Intro => "intro",
            ScreenKey::Resume => "resume",
            ScreenKey::Question(_) => "question",
            ScreenKey::Review => "review",
            ScreenKey::Result(_) => "result",
        }
    }
}
