//! The instrument: questions, scoring model and reading list, loaded from one data file.
//!
//! The file is compiled into the binary (`include_str!`) and checked by [`validate`] so that a
//! broken edit fails `cargo test` with a message naming the field.

pub mod overlay;
mod target;
mod validate;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use target::Target;
pub use validate::{InstrumentError, OPTIONS, QUESTIONS, READING_SHOWN};

/// The default instrument's source. The build script validates it and compiles it to a compact
/// binary form for the widget (see `build.rs` and the widget crate's `shipped`).
pub const DEFAULT_SOURCE: &str = include_str!("context_check.json");

/// The German translation of [`DEFAULT_SOURCE`], as an overlay (see [`overlay`]).
pub const GERMAN_OVERLAY: &str = include_str!("context_check.de.json");

fn english() -> String {
    "en".to_owned()
}

/// A whole questionnaire with its scoring model.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Instrument {
    /// Stable identifier; also namespaces storage keys.
    pub id: String,
    /// The language of its texts (set by a translation; the original is English).
    #[serde(default = "english")]
    pub lang: String,
    /// Bumped whenever questions or scoring change meaning.
    pub version: u32,
    /// Product name shown on the intro.
    pub title: String,
    /// One-line promise shown under the title.
    pub tagline: String,
    /// What the respondent gets, in a sentence or two.
    pub intro: String,
    /// How long the questionnaire takes, rounded up.
    pub minutes: u32,
    /// Trap severity (0 to 100) from which a trap counts as active ("shows up strongly").
    pub trap_active_from: u8,
    /// Trap severity from which a trap may be shown as "worth watching" to make up the minimum.
    pub trap_watch_from: u8,
    /// Categorical lenses: the kind of investment, the rate of change, how much of the work is
    /// that kind, and what the team is judged and funded like.
    pub lenses: Vec<Lens>,
    /// Points given when one lens lands on another category than a second (see [`Mismatch`]).
    #[serde(default)]
    pub mismatches: Vec<Mismatch>,
    /// Scored dimensions, 0 to 100.
    pub dimensions: Vec<Dimension>,
    /// The collaboration traps.
    pub traps: Vec<Trap>,
    /// Questions, grouped in sections, in order.
    pub sections: Vec<Section>,
    /// Recommended reading, picked per result.
    pub reading: Vec<Reading>,
}

/// A lens whose outcome is one category out of several (not a score).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Lens {
    pub id: String,
    pub label: String,
    /// A signal lens is shown as one line and feeds [`Mismatch`]es; its categories carry only a
    /// name, a phrase and a summary.
    #[serde(default)]
    pub signal: bool,
    /// For a signal lens, how the team is treated, as it goes into the verdict's sentence:
    /// "judged" (in "your team is judged like a project factory").
    #[serde(default)]
    pub verb: String,
    pub categories: Vec<Category>,
}

/// When `lens` lands on another category than `against` (by id), `effects` apply, unless either
/// landed on a `neutral` category. "You describe a platform; you're funded like a project factory."
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Mismatch {
    pub lens: String,
    pub against: String,
    #[serde(default)]
    pub neutral: Vec<String>,
    pub effects: BTreeMap<String, i32>,
}

/// One category of a lens, such as "New Offerings".
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    pub name: String,
    /// The category in a sentence: "You describe {phrase}".
    pub phrase: String,
    pub summary: String,
    #[serde(default)]
    pub description: String,
    /// The move to try; empty only in a signal lens.
    #[serde(default)]
    pub try_next: String,
    /// How the team will know the move worked.
    #[serde(default)]
    pub works_when: String,
}

/// A scored dimension with named levels.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    pub id: String,
    pub label: String,
    pub summary: String,
    /// True when neither end of the scale is better than the other.
    pub spectrum: bool,
    /// Shown beside the profile as one of the essay's lenses (awareness, effectiveness).
    #[serde(default)]
    pub profile: bool,
    /// The result's opening sentence weighs this dimension's level (effectiveness).
    #[serde(default)]
    pub verdict: bool,
    /// The question whose answer names the level, option by option; others may only nudge it.
    #[serde(default)]
    pub direct: Option<Direct>,
    /// Answers that move a direct level by one step, each with its reason.
    #[serde(default)]
    pub nudges: Vec<Nudge>,
    pub levels: Vec<Level>,
}

/// A dimension's own question: each option names a level by its index.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Direct {
    pub question: String,
    pub levels: BTreeMap<String, usize>,
}

/// An answer (`question.option`) that moves a direct level by `step` (1 or -1) when the direct
/// answer named one of the levels in `at`, except in the contexts named in `unless`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Nudge {
    pub answer: String,
    pub at: Vec<usize>,
    pub step: i8,
    /// Lens categories (`kind.project_factory`) in whose context the nudge doesn't apply.
    #[serde(default)]
    pub unless: Vec<String>,
    pub because: String,
}

impl Nudge {
    /// The question and option ids of [`Nudge::answer`].
    pub fn question_and_option(&self) -> Option<(&str, &str)> {
        self.answer.split_once('.')
    }
}

/// A named band of a dimension's 0 to 100 scale, starting at `from`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub from: u8,
    pub name: String,
    pub text: String,
}

/// A collaboration trap with the move to try when it shows up.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Trap {
    pub id: String,
    pub name: String,
    pub summary: String,
    /// Points at which the trap is at full strength (100). Severity is points over this, so a
    /// weight that depends on the context keeps its size.
    pub full_at: u8,
    pub next_move: String,
    /// How the team will know the move worked.
    pub works_when: String,
}

/// A titled group of questions.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub title: String,
    pub questions: Vec<Question>,
}

/// One single-choice question.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub prompt: String,
    /// A few words naming the question in the review and in "why".
    pub short: String,
    /// A conversation to have when a team's answers to this question split (the team view).
    pub discuss: String,
    #[serde(default)]
    pub help: Option<String>,
    pub options: Vec<Choice>,
}

/// One answer option and what choosing it does to the result.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    pub label: String,
    /// Points added to targets (`kind.x`, `dim.x`, `trap.x`) whatever else was answered.
    #[serde(default)]
    pub effects: BTreeMap<String, i32>,
    /// Further points, applied only when the named lens category is the outcome.
    #[serde(default)]
    pub when: BTreeMap<String, BTreeMap<String, i32>>,
}

/// A recommended reading link.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Reading {
    pub id: String,
    pub title: String,
    pub source: String,
    pub url: String,
    pub blurb: String,
    /// Targets this reading helps with; matched against the result.
    pub tags: Vec<String>,
}

/// A question with its place in the questionnaire.
#[derive(Debug, Clone, Copy)]
pub struct Placed<'a> {
    pub index: usize,
    pub section: &'a Section,
    pub question: &'a Question,
}

impl Instrument {
    /// Parses and validates an instrument from its JSON source.
    /// The instrument of `source` with a translation overlay in language `lang` applied.
    pub fn translated(source: &str, overlay: &str, lang: &str) -> Result<Self, InstrumentError> {
        let syntax = |e: serde_json::Error| InstrumentError::Syntax(e.to_string());
        let mut base: serde_json::Value = serde_json::from_str(source).map_err(syntax)?;
        let overlay: serde_json::Value = serde_json::from_str(overlay).map_err(syntax)?;
        overlay::apply(&mut base, &overlay).map_err(InstrumentError::Translation)?;
        base["lang"] = serde_json::Value::String(lang.to_owned());
        Self::from_json(&base.to_string())
    }

    pub fn from_json(source: &str) -> Result<Self, InstrumentError> {
        let mut json = serde_json::Deserializer::from_str(source);
        let instrument: Instrument = serde_path_to_error::deserialize(&mut json)
            .map_err(|e| InstrumentError::Syntax(format!("at `{}`: {}", e.path(), e.inner())))?;
        validate::validate(&instrument)?;
        Ok(instrument)
    }

    /// Every question in order, with its section and position.
    pub fn questions(&self) -> impl Iterator<Item = Placed<'_>> {
        self.sections
            .iter()
            .flat_map(|section| section.questions.iter().map(move |question| (section, question)))
            .enumerate()
            .map(|(index, (section, question))| Placed { index, section, question })
    }

    /// How many questions there are.
    pub fn question_count(&self) -> usize {
        self.sections.iter().map(|s| s.questions.len()).sum()
    }

    /// The question at `index` in order.
    pub fn question(&self, index: usize) -> Option<Placed<'_>> {
        self.questions().nth(index)
    }

    /// The question with this id.
    pub fn question_by_id(&self, id: &str) -> Option<Placed<'_>> {
        self.questions().find(|p| p.question.id == id)
    }

    pub fn lens(&self, id: &str) -> Option<&Lens> {
        self.lenses.iter().find(|l| l.id == id)
    }

    pub fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    pub fn trap(&self, id: &str) -> Option<&Trap> {
        self.traps.iter().find(|t| t.id == id)
    }
}

impl Lens {
    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }
}

impl Question {
    pub fn choice(&self, id: &str) -> Option<&Choice> {
        self.options.iter().find(|c| c.id == id)
    }
}

impl Dimension {
    /// The index of the level a score falls in.
    pub fn level_index(&self, score: u8) -> usize {
        self.levels.iter().rposition(|l| l.from <= score).unwrap_or(0)
    }

    /// The middle of a level's band on the 0 to 100 scale: the score a direct level stands for.
    pub fn level_midpoint(&self, index: usize) -> u8 {
        let from = self.levels.get(index).map_or(0, |l| u16::from(l.from));
        let to = self.levels.get(index + 1).map_or(101, |l| u16::from(l.from));
        u8::try_from((from + to - 1) / 2).unwrap_or(100)
    }
}
